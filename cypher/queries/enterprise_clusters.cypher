// name: enterprise_clusters
// description: The clusters an enterprise belongs to: directly (IN_CLUSTER, with role) or through a project it carries out that is in a cluster.
// mode: read
// params: id: str
// returns: cluster_id, cluster, cluster_aliases, parents, how, role, via_id, via, policy, props, via_props
// example: {"id": "enterprise:鲁西集团"}
MATCH (e:Enterprise {id: $id})-[r:IN_CLUSTER]->(c:Cluster)
RETURN c.id AS cluster_id, c.name AS cluster, coalesce(c.aliases, []) AS cluster_aliases,
       [(pc:Cluster)-[:HAS_SUBINDUSTRY]->(c) | {id: pc.id, name: pc.name}] AS parents, 'direct' AS how,
       r.role AS role, null AS via_id, null AS via, r.policy AS policy, properties(r) AS props, null AS via_props
UNION ALL
MATCH (e:Enterprise {id: $id})<-[v:CARRIED_OUT_BY]-(p:Project)-[r:IN_CLUSTER]->(c:Cluster)
RETURN c.id AS cluster_id, c.name AS cluster, coalesce(c.aliases, []) AS cluster_aliases,
       [(pc:Cluster)-[:HAS_SUBINDUSTRY]->(c) | {id: pc.id, name: pc.name}] AS parents, 'project' AS how,
       r.role AS role, p.id AS via_id, p.name AS via, r.policy AS policy, properties(r) AS props, properties(v) AS via_props
