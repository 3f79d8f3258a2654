// name: export_nodes
// description: Every node with its type and properties (policy text left out), a page at a time.
// mode: read
// params: skip: int[0..] = 0, limit: int[0..100000] = 10000
// returns: id, type, properties
MATCH (n:Entity)
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
ORDER BY n.id
SKIP $skip LIMIT $limit
RETURN n.id AS id, type, properties(n) AS properties
