// name: create_edges
// description: Create relationships of one type for a document loaded for the first time (no Policy node before: none of its relationships can exist); the loader sends each (start, type, end, key) once. props carry policy, key, rev and evidence.
// mode: write
// params: rows: rows
// returns: count
// templates: rel_type
// example: {"rows": [{"source": "enterprise:鲁西集团", "target": "cluster:化工", "props": {"policy": "policy:000_b99d51a1da965aef", "key": "", "role": "leading", "rev": "0123456789abcdef"}}]}
// CREATE, not upsert_edges' MERGE, which first looks for the relationship between the two ends.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:{{rel_type}}]->(b)
SET r = row.props
RETURN count(r) AS count
