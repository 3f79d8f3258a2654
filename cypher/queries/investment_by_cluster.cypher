// name: investment_by_cluster
// description: Stated total investment (亿元, RMB) of the projects in each cluster, itself or one of its sub-industries; each project counted once. projects: all in it; priced: those with a stated total.
// mode: read
// params: limit: int[0..100000] = 100
// returns: id, name, projects, priced, total_yi
// example: {"limit": 10}
MATCH (c:Cluster)
WITH c, [(p:Project)-[:IN_CLUSTER]->(c) | p] + [(p:Project)-[:IN_CLUSTER]->(:Cluster)<-[:HAS_SUBINDUSTRY]-(c) | p] AS found
UNWIND found AS p
WITH c, collect(DISTINCT p) AS ps
RETURN c.id AS id, c.name AS name, size(ps) AS projects,
       size([p IN ps WHERE p.total_investment_yi IS NOT NULL]) AS priced,
       reduce(s = 0.0, p IN ps | s + coalesce(p.total_investment_yi, 0.0)) AS total_yi
ORDER BY total_yi DESC, name
LIMIT $limit
