// name: neighbours
// description: The entities one relationship away from any of ids (either direction, of the given types), each once, with the first of ids (by id) it was reached from and the labels, name and aliases a graph view shows: one breadth-first step of a subgraph.
// mode: read
// params: ids: list[str], types: list[str], limit: int[0..100000] = 5000
// returns: from_id, id, labels, name, aliases
// example: {"ids": ["enterprise:鲁西集团"], "types": ["IN_CLUSTER", "CARRIED_OUT_BY"]}
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $ids AND type(r) IN $types
WITH b, min(a.id) AS from_id
RETURN from_id, b.id AS id, labels(b) AS labels, b.name AS name, coalesce(b.aliases, []) AS aliases
LIMIT $limit
