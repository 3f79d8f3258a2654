// name: viz_edges_by_type
// description: Every relationship of the given types with both ends, up to a limit (the whole-graph view).
// mode: read
// params: types: list[str], limit: int[0..100000] = 2000
// returns: source, type, props, target
// example: {"types": ["IN_CLUSTER", "LOCATED_IN"]}
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
WITH a, r, b LIMIT $limit
RETURN {id: a.id, name: a.name, labels: labels(a), aliases: a.aliases} AS source, type(r) AS type,
       properties(r) AS props, {id: b.id, name: b.name, labels: labels(b), aliases: b.aliases} AS target
