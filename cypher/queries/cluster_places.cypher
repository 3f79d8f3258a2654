// name: cluster_places
// description: Counties or parks (label) that develop or upgrade any of the clusters ids, or hold a project or member enterprise of them.
// mode: read
// params: ids: list[str], label: str
// returns: id, name, aliases, how, rel, cluster_id, cluster, via_id, via, policy, props
// example: {"ids": ["cluster:新材料"], "label": "County"}
MATCH (k:Entity)-[r:DEVELOPS|UPGRADES]->(c:Cluster)
WHERE c.id IN $ids AND $label IN labels(k)
RETURN k.id AS id, k.name AS name, coalesce(k.aliases, []) AS aliases, 'direct' AS how, type(r) AS rel,
       c.id AS cluster_id, c.name AS cluster, null AS via_id, null AS via, r.policy AS policy, properties(r) AS props
UNION ALL
MATCH (k:Entity)<-[r:LOCATED_IN]-(x:Entity)-[:IN_CLUSTER]->(c:Cluster)
WHERE c.id IN $ids AND $label IN labels(k) AND (x:Project OR x:Enterprise)
RETURN k.id AS id, k.name AS name, coalesce(k.aliases, []) AS aliases, 'member' AS how, type(r) AS rel,
       c.id AS cluster_id, c.name AS cluster, x.id AS via_id, x.name AS via, r.policy AS policy, properties(r) AS props
