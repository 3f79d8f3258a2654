// name: search_entities
// description: Entities whose name or an alias contains q, ranked exact name > exact alias > prefix > contains, shorter names first.
// mode: read
// params: q: str, type: str = '', limit: int[0..100000] = 20
// returns: id, labels, name, aliases, rank
// example: {"q": "鲁西", "limit": 10}
MATCH (n:Entity)
WHERE ($type = '' OR $type IN labels(n))
  AND (n.name CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q))
WITH n, coalesce(n.aliases, []) AS aliases
WITH n, aliases,
     CASE
       WHEN n.name = $q THEN 4
       WHEN $q IN aliases THEN 3
       WHEN n.name STARTS WITH $q OR any(a IN aliases WHERE a STARTS WITH $q) THEN 2
       ELSE 1
     END AS rank
RETURN n.id AS id, labels(n) AS labels, n.name AS name, aliases, rank
ORDER BY rank DESC, size(n.name), n.name
LIMIT $limit
