// name: policy_evidence
// description: Every relationship a document stated that carries evidence, with its ends and the ids of its evidence sentences, to highlight in its text.
// mode: read
// params: id: str, limit: int[0..100000] = 20000
// returns: source, type, target, key, sids, rules, surfaces
// example: {"id": "policy:001_96019a36a6392bfa"}
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.policy = $id AND size(coalesce(r.ev_sid, [])) > 0
RETURN a.id AS source, type(r) AS type, b.id AS target, r.key AS key,
       r.ev_sid AS sids, coalesce(r.ev_rule, []) AS rules, coalesce(r.ev_surface, []) AS surfaces
ORDER BY source, type, target, key
LIMIT $limit
