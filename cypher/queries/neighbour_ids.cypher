// name: neighbour_ids
// description: One breadth-first step: the entities one relationship (of the given types, either direction) away from any of ids.
// mode: read
// params: ids: list[str], types: list[str], limit: int[0..100000] = 5000
// returns: from_id, to_id
// example: {"ids": ["enterprise:鲁西集团"], "types": ["IN_CLUSTER", "CARRIED_OUT_BY"]}
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $ids AND type(r) IN $types
RETURN DISTINCT a.id AS from_id, b.id AS to_id
LIMIT $limit
