// name: search_entities
// description: Entities whose name or an alias contains q, ranked exact name > exact alias > prefix > contains, shorter names first.
// mode: read
// params: q: str, type: str = '', limit: int[0..100000] = 20
// returns: id, labels, name, aliases, rank
// example: {"q": "鲁西", "limit": 10}
// Why an override: on Neo4j the candidates come from the full-text index entity_text
// (`cjk` analyzer: Han characters as overlapping bigrams) instead of a scan of every entity.
// For q of two or more Han characters the phrase query "q" matches exactly the names and
// aliases containing q (its bigrams, consecutive), so hits and ranking equal the shared
// CONTAINS query; other q (one character, Latin letters, digits, punctuation, '') use CONTAINS.
// Ranking stays the shared rule: it beat Lucene's own score on the planners' queries (docs/SEARCH.md).
CALL () {
  // '""' (an empty phrase, no hits) keeps any other q out of Lucene's query syntax.
  CALL db.index.fulltext.queryNodes('entity_text', CASE WHEN $q =~ '\\p{IsHan}{2,}' THEN '"' + $q + '"' ELSE '""' END,
                                    {limit: 10000}) YIELD node
  RETURN node AS n
  UNION
  // No row to start from when the index answered: the scan below does not run at all.
  UNWIND CASE WHEN $q =~ '\\p{IsHan}{2,}' THEN [] ELSE [true] END AS scan
  MATCH (n:Entity)
  WHERE n.name CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q)
  RETURN n
}
WITH n
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
