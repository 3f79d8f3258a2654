// name: resolve_entity
// description: The entities a reference names: our id, an exact name or an exact alias (in that order), optionally of one type.
// mode: read
// params: ref: str, type: str = ''
// returns: id, labels, name, aliases, rank
// example: {"ref": "鲁西集团"}
MATCH (n:Entity)
WHERE ($type = '' OR $type IN labels(n))
  AND (n.id = $ref OR n.name = $ref OR $ref IN coalesce(n.aliases, []))
WITH n, CASE WHEN n.id = $ref THEN 0 WHEN n.name = $ref THEN 1 ELSE 2 END AS rank
RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases, rank
ORDER BY rank, size(n.name), n.id
LIMIT 5
