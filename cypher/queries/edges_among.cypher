// name: edges_among
// description: The relationships of the given types whose two ends are both in ids, with how many evidence entries each has, and their properties (the evidence lists only when evidence is true: they are most of the bytes).
// mode: read
// params: ids: list[str], types: list[str], evidence: bool = true, limit: int[0..100000] = 20000
// returns: source, type, target, evidence_count, fields, props
// example: {"ids": ["enterprise:鲁西集团", "cluster:新材料"], "types": ["IN_CLUSTER"]}
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
// Without evidence, the properties a graph view shows come as a list in a fixed order (api/services/edges.py
// EDGE_FIELDS), not a map: no key names in every row, a quarter less to send and read for a subgraph.
RETURN a.id AS source, type(r) AS type, b.id AS target, size(coalesce(r.ev_sid, [])) AS evidence_count,
       CASE WHEN $evidence THEN null
            ELSE [r.policy, r.key, r.role, r.year, r.value, r.unit, r.comparator, r.period, r.confidence] END AS fields,
       CASE WHEN $evidence THEN properties(r) ELSE null END AS props
ORDER BY source, type, target, r.policy, r.key
LIMIT $limit
