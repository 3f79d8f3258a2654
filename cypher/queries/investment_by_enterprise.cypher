// name: investment_by_enterprise
// description: Stated total investment (亿元, RMB) of the projects each enterprise carries out; each project counted once. projects: all its projects; priced: those with a stated total.
// mode: read
// params: limit: int[0..100000] = 100
// returns: id, name, projects, priced, total_yi
// example: {"limit": 10}
MATCH (e:Enterprise)
WITH e, [(p:Project)-[:CARRIED_OUT_BY]->(e) | p] AS found
UNWIND found AS p
WITH e, collect(DISTINCT p) AS ps
RETURN e.id AS id, e.name AS name, size(ps) AS projects,
       size([p IN ps WHERE p.total_investment_yi IS NOT NULL]) AS priced,
       reduce(s = 0.0, p IN ps | s + coalesce(p.total_investment_yi, 0.0)) AS total_yi
ORDER BY total_yi DESC, name
LIMIT $limit
