// name: upsert_edges
// description: Create or update relationships of one type, keyed by (start, type, end, policy, key). A row is [start id, end id, key, confidence, ev_sid, ev_rule, ev_surface, ev_resolution, ev_confidence, the fact's own props] (as create_edges); policy and rev are the document's.
// mode: write
// params: rows: rows, policy: str, rev: str
// returns: count
// templates: rel_type
// example: {"rows": [["enterprise:鲁西集团", "cluster:化工", "", 1.0, ["policy:000_b99d51a1da965aef@0-12"], ["leading"], ["鲁西集团"], [""], [1.0], {"role": "leading"}]], "policy": "policy:000_b99d51a1da965aef", "rev": "0123456789abcdef"}
UNWIND $rows AS row
MATCH (a:Entity {id: row[0]})
MATCH (b:Entity {id: row[1]})
MERGE (a)-[r:{{rel_type}} {policy: $policy, key: row[2]}]->(b)
SET r += row[9]
SET r.rev = $rev, r.confidence = row[3], r.ev_sid = row[4], r.ev_rule = row[5], r.ev_surface = row[6],
    r.ev_resolution = row[7], r.ev_confidence = row[8]
RETURN count(r) AS count
