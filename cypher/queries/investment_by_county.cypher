// name: investment_by_county
// description: Stated total investment (亿元, RMB) of the projects in each county or zone, located there directly or through their park; each project counted once. projects: all located there; priced: those with a stated total.
// mode: read
// params: limit: int[0..100000] = 100
// returns: id, name, projects, priced, total_yi
// example: {"limit": 10}
MATCH (k:County)
WITH k, [(p:Project)-[:LOCATED_IN]->(k) | p] + [(p:Project)-[:LOCATED_IN]->(:Park)-[:LOCATED_IN]->(k) | p] AS found
UNWIND found AS p
WITH k, collect(DISTINCT p) AS ps
RETURN k.id AS id, k.name AS name, size(ps) AS projects,
       size([p IN ps WHERE p.total_investment_yi IS NOT NULL]) AS priced,
       reduce(s = 0.0, p IN ps | s + coalesce(p.total_investment_yi, 0.0)) AS total_yi
ORDER BY total_yi DESC, name
LIMIT $limit
