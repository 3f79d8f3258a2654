// name: upsert_edges
// description: Create or update relationships of one type, keyed by (start, type, end, policy, key); props carry policy, key, rev and evidence.
// mode: write
// params: rows: rows
// returns: count
// templates: rel_type
// example: {"rows": [{"source": "enterprise:鲁西集团", "target": "cluster:化工", "props": {"policy": "policy:000_b99d51a1da965aef", "key": "", "role": "leading", "rev": "0123456789abcdef"}}]}
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:{{rel_type}} {policy: row.props.policy, key: row.props.key}]->(b)
SET r += row.props
RETURN count(r) AS count
