// name: place_parks
// description: The parks located in a county (or in a park), with the clusters each develops or upgrades.
// mode: read
// params: id: str
// returns: id, name, aliases, clusters, policies
// example: {"id": "county:临清市"}
MATCH (pk:Park)-[r:LOCATED_IN]->(k:Entity {id: $id})
RETURN pk.id AS id, pk.name AS name, coalesce(pk.aliases, []) AS aliases,
       [(pk)-[d:DEVELOPS|UPGRADES]->(c:Cluster) | {id: c.id, name: c.name, rel: type(d)}] AS clusters,
       collect(DISTINCT r.policy) AS policies
ORDER BY name
