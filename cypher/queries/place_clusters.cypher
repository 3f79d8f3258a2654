// name: place_clusters
// description: The clusters a county or park develops or upgrades, itself or through the parks located in it.
// mode: read
// params: id: str
// returns: cluster_id, cluster, aliases, level, rel, via_id, via, policy, props
// example: {"id": "county:阳谷县"}
MATCH (k:Entity {id: $id})
OPTIONAL MATCH (pk:Park)-[:LOCATED_IN]->(k)
WITH k, collect(pk) AS parks
UNWIND [k] + parks AS x
MATCH (x)-[r:DEVELOPS|UPGRADES]->(c:Cluster)
RETURN c.id AS cluster_id, c.name AS cluster, coalesce(c.aliases, []) AS aliases, c.level AS level, type(r) AS rel,
       CASE WHEN x.id = k.id THEN null ELSE x.id END AS via_id, CASE WHEN x.id = k.id THEN null ELSE x.name END AS via,
       r.policy AS policy, properties(r) AS props
ORDER BY cluster, rel, via_id
