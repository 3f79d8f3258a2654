// name: place_enterprises
// description: Enterprises of a county: its county property, or LOCATED_IN the county or a park in it; with their clusters.
// mode: read
// params: id: str, limit: int[0..100000] = 1000
// returns: id, name, aliases, clusters
// example: {"id": "county:阳谷县"}
MATCH (e:Enterprise)
WITH e, [(e)-[:LOCATED_IN]->(k:Entity) | k.id] AS direct, [(e)-[:LOCATED_IN]->(:Park)-[:LOCATED_IN]->(k2:County) | k2.id] AS via_park
WHERE e.county = $id OR $id IN direct OR $id IN via_park
// Clusters collected after ORDER BY, not by a pattern comprehension: a comprehension lists
// them in storage order, which differs between FalkorDB and Neo4j.
OPTIONAL MATCH (e)-[r:IN_CLUSTER]->(c:Cluster)
WITH e, r, c
ORDER BY c.name, r.role
WITH e, collect(CASE WHEN c IS NOT NULL THEN {id: c.id, name: c.name, role: r.role} END) AS clusters
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, clusters
ORDER BY name
LIMIT $limit
