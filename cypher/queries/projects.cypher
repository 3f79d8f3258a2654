// name: projects
// description: Projects with their clusters, enterprises, counties (directly or through their park) and parks, filtered (empty = any) and paged; total counts all matches.
// mode: read
// params: clusters: list[str] = [], county: str = '', enterprise: str = '', policy: str = '', limit: int[0..100000] = 50, offset: int[0..] = 0
// returns: total, page
// example: {"clusters": ["cluster:新能源汽车"]}
// Each pattern comprehension names its relationship differently: FalkorDB (4.x) returned
// null for `r.policy` in the second of two comprehensions that both bind `r` (Neo4j did not).
MATCH (p:Project)
WITH p,
     [(p)-[rc:IN_CLUSTER]->(c:Cluster) | {id: c.id, name: c.name, role: rc.role, policy: rc.policy}] AS clusters,
     [(p)-[re:CARRIED_OUT_BY]->(e:Enterprise) | {id: e.id, name: e.name, policy: re.policy}] AS enterprises,
     [(p)-[:LOCATED_IN]->(k:County) | {id: k.id, name: k.name}]
       + [(p)-[:LOCATED_IN]->(:Park)-[:LOCATED_IN]->(k:County) | {id: k.id, name: k.name}] AS counties,
     [(p)-[:LOCATED_IN]->(k:Park) | {id: k.id, name: k.name}] AS parks,
     [(p)-[x]-() | x.policy] AS policies
WHERE (size($clusters) = 0 OR any(c IN clusters WHERE c.id IN $clusters))
  AND ($county = '' OR any(k IN counties WHERE k.id = $county))
  AND ($enterprise = '' OR any(e IN enterprises WHERE e.id = $enterprise))
  AND ($policy = '' OR $policy IN policies)
WITH p, clusters, enterprises, counties, parks, policies
ORDER BY p.name
WITH collect({id: p.id, name: p.name, aliases: coalesce(p.aliases, []), capacity: p.capacity, year: p.year,
              total_investment: p.total_investment, total_investment_yi: p.total_investment_yi,
              status: p.status, status_date: p.status_date,
              clusters: clusters, enterprises: enterprises, counties: counties, parks: parks, policies: policies}) AS rows
RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS page
