// name: viz_edges_of
// description: Relationships of the given types that touch any of the given nodes, each with both ends (for the drawn views).
// mode: read
// params: ids: list[str], types: list[str], limit: int[0..100000] = 500
// returns: source, type, props, target
// example: {"ids": ["enterprise:鲁西集团"], "types": ["IN_CLUSTER", "CARRIED_OUT_BY"]}
UNWIND $ids AS i
MATCH (c:Entity {id: i})-[r]-(:Entity)
WHERE type(r) IN $types
WITH DISTINCT r LIMIT $limit
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN {id: a.id, name: a.name, labels: labels(a), aliases: a.aliases} AS source, type(r) AS type,
       properties(r) AS props, {id: b.id, name: b.name, labels: labels(b), aliases: b.aliases} AS target
