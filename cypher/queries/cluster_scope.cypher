// name: cluster_scope
// description: A cluster and its sub-industries (HAS_SUBINDUSTRY, one level), with its parent clusters.
// mode: read
// params: id: str
// returns: id, level, subs, parents
// example: {"id": "cluster:新材料"}
MATCH (c:Cluster {id: $id})
// Collected after ORDER BY so both backends list them alike (storage order differs).
OPTIONAL MATCH (c)-[:HAS_SUBINDUSTRY]->(s:Cluster)
WITH c, s
ORDER BY s.name
WITH c, collect(DISTINCT {id: s.id, name: s.name}) AS subs
OPTIONAL MATCH (p:Cluster)-[:HAS_SUBINDUSTRY]->(c)
WITH c, subs, p
ORDER BY p.name
RETURN c.id AS id, c.level AS level, [x IN subs WHERE x.id IS NOT NULL] AS subs,
       [x IN collect(DISTINCT {id: p.id, name: p.name}) WHERE x.id IS NOT NULL] AS parents
