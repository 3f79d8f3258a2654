// name: policy_contribution
// description: What one document stated: its relationships per type, and the distinct entities they touch per label.
// mode: read
// params: id: str
// returns: kind, name, count
// example: {"id": "policy:001_96019a36a6392bfa"}
MATCH ()-[r]->()
WHERE r.policy = $id
RETURN 'relationship' AS kind, type(r) AS name, count(r) AS count
UNION ALL
MATCH (n:Entity)-[r]-()
WHERE r.policy = $id AND NOT n:Policy
WITH DISTINCT n
UNWIND labels(n) AS label
WITH label WHERE label <> 'Entity'
RETURN 'node' AS kind, label AS name, count(*) AS count
