// name: cluster_enterprises
// description: Enterprises in any of the clusters ids: directly (IN_CLUSTER, role) or as the enterprise carrying out a project in it; with the enterprise's counties.
// mode: read
// params: ids: list[str], role: str = ''
// returns: id, labels, name, aliases, counties, cluster_id, cluster, how, role, via_id, via, policy, props
// example: {"ids": ["cluster:新材料"]}
MATCH (e:Enterprise)-[r:IN_CLUSTER]->(c:Cluster)
WHERE c.id IN $ids AND ($role = '' OR r.role = $role)
RETURN e.id AS id, labels(e) AS labels, e.name AS name, coalesce(e.aliases, []) AS aliases,
       [x IN [(e)-[:LOCATED_IN]->(k:County) | k.id] + [(e)-[:LOCATED_IN]->(:Park)-[:LOCATED_IN]->(k:County) | k.id] + [e.county] WHERE x IS NOT NULL] AS counties,
       c.id AS cluster_id, c.name AS cluster, 'direct' AS how, r.role AS role, null AS via_id, null AS via,
       r.policy AS policy, properties(r) AS props
UNION ALL
MATCH (e:Enterprise)<-[:CARRIED_OUT_BY]-(p:Project)-[r:IN_CLUSTER]->(c:Cluster)
WHERE c.id IN $ids AND ($role = '' OR r.role = $role)
RETURN e.id AS id, labels(e) AS labels, e.name AS name, coalesce(e.aliases, []) AS aliases,
       [x IN [(e)-[:LOCATED_IN]->(k:County) | k.id] + [(e)-[:LOCATED_IN]->(:Park)-[:LOCATED_IN]->(k:County) | k.id] + [e.county] WHERE x IS NOT NULL] AS counties,
       c.id AS cluster_id, c.name AS cluster, 'project' AS how, r.role AS role, p.id AS via_id, p.name AS via,
       r.policy AS policy, properties(r) AS props
