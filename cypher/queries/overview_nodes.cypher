// name: overview_nodes
// description: The explorer's first picture: entities of the given types with their size, the most members first. members: what sits in it (IN_CLUSTER, LOCATED_IN into it), plus, for a document, what it mentions.
// mode: read
// params: labels: list[str], limit: int[0..100000] = 500
// returns: id, labels, name, aliases, kind, level, members
// example: {"labels": ["Cluster", "County", "Policy"]}
MATCH (n:Entity)
WHERE any(l IN labels(n) WHERE l IN $labels)
OPTIONAL MATCH (m:Entity)-[:IN_CLUSTER|LOCATED_IN]->(n)
WITH n, count(DISTINCT m) AS inside
OPTIONAL MATCH (n)-[:MENTIONS]->(x:Entity)
WITH n, inside, count(DISTINCT x) AS mentioned
RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases,
       n.kind AS kind, n.level AS level, inside + mentioned AS members
ORDER BY members DESC, id
LIMIT $limit
