// name: entity_edges
// description: The relationships of one entity, both directions, with the other end and all relationship properties (evidence included).
// mode: read
// params: id: str, limit: int[0..100000] = 1000
// returns: type, outgoing, other_id, other_labels, other_name, other_aliases, props
// example: {"id": "enterprise:鲁西集团"}
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
RETURN type(r) AS type, startNode(r).id = n.id AS outgoing,
       m.id AS other_id, labels(m) AS other_labels, m.name AS other_name, coalesce(m.aliases, []) AS other_aliases,
       properties(r) AS props
ORDER BY type, outgoing DESC, other_id, r.policy
LIMIT $limit
