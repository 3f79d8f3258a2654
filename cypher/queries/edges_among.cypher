// name: edges_among
// description: The relationships of the given types whose two ends are both in ids, with how many evidence entries each has, and their properties (the evidence lists only when evidence is true: they are most of the bytes).
// mode: read
// params: ids: list[str], types: list[str], evidence: bool = true, limit: int[0..100000] = 20000
// returns: source, type, target, evidence_count, props
// example: {"ids": ["enterprise:鲁西集团", "cluster:新材料"], "types": ["IN_CLUSTER"]}
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
RETURN a.id AS source, type(r) AS type, b.id AS target, size(coalesce(r.ev_sid, [])) AS evidence_count,
       CASE WHEN $evidence THEN properties(r)
            ELSE {policy: r.policy, key: r.key, role: r.role, year: r.year, value: r.value, unit: r.unit,
                  comparator: r.comparator, period: r.period, confidence: r.confidence} END AS props
ORDER BY source, type, target, r.policy, r.key
LIMIT $limit
