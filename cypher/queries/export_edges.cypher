// name: export_edges
// description: Every relationship with its ends (our ids) and properties, a page at a time.
// mode: read
// params: skip: int[0..] = 0, limit: int[0..100000] = 10000
// returns: source, type, target, properties
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r, b
ORDER BY a.id, type(r), b.id, r.policy, r.key
SKIP $skip LIMIT $limit
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties
