// name: create_edges
// description: Create relationships of one type for a document loaded for the first time (no Policy node before: none of its relationships can exist); the loader sends each (start, type, end, key) once. A row is [start id, end id, key, confidence, ev_sid, ev_rule, ev_surface, ev_resolution, ev_confidence, the fact's own props]; policy and rev are the document's.
// mode: write
// params: rows: rows, policy: str, rev: str
// returns: count
// templates: rel_type
// example: {"rows": [["enterprise:鲁西集团", "cluster:化工", "", 1.0, ["policy:000_b99d51a1da965aef@0-12"], ["leading"], ["鲁西集团"], [""], [1.0], {"role": "leading"}]], "policy": "policy:000_b99d51a1da965aef", "rev": "0123456789abcdef"}
// CREATE, not upsert_edges' MERGE, which first looks for the relationship between the two ends.
// Rows are lists, not maps, and policy and rev travel once per statement: on FalkorDB
// parameters are query text the server parses, and a map's keys were a third of it.
UNWIND $rows AS row
MATCH (a:Entity {id: row[0]})
MATCH (b:Entity {id: row[1]})
CREATE (a)-[r:{{rel_type}}]->(b)
SET r += row[9]
SET r.policy = $policy, r.key = row[2], r.rev = $rev, r.confidence = row[3], r.ev_sid = row[4], r.ev_rule = row[5],
    r.ev_surface = row[6], r.ev_resolution = row[7], r.ev_confidence = row[8]
RETURN count(r) AS count
