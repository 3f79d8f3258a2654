// name: resolve_entity
// description: The entities a reference names: our id, an exact name or an exact alias (in that order), optionally of one type.
// mode: read
// params: ref: str, type: str = ''
// returns: id, labels, name, aliases, rank
// example: {"ref": "鲁西集团"}
// Three index seeks (id, name, aliases: FalkorDB indexes each element of a list), not a scan of every
// entity testing all three; Neo4j, which has no index on list elements, scans for the alias part only.
CALL {
  MATCH (n:Entity {id: $ref}) RETURN n, 0 AS rank
  UNION
  MATCH (n:Entity {name: $ref}) RETURN n, 1 AS rank
  UNION
  MATCH (n:Entity) WHERE $ref IN n.aliases RETURN n, 2 AS rank
}
WITH n, min(rank) AS rank
WHERE $type = '' OR $type IN labels(n)
RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases, rank
ORDER BY rank, size(n.name), n.id
LIMIT 5
