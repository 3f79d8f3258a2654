// name: nodes_by_ids
// description: Entities by id (type, name, aliases) for a set of ids.
// mode: read
// params: ids: list[str]
// returns: id, labels, name, aliases
// example: {"ids": ["enterprise:鲁西集团", "cluster:新材料"]}
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases
