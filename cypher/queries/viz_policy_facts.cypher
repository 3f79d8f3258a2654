// name: viz_policy_facts
// description: Every relationship a document stated, with both ends and its evidence (the document view).
// mode: read
// params: id: str, limit: int[0..100000] = 5000
// returns: source, type, props, target
// example: {"id": "policy:001_96019a36a6392bfa"}
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.policy = $id
WITH a, r, b LIMIT $limit
RETURN {id: a.id, name: a.name, labels: labels(a), aliases: a.aliases} AS source, type(r) AS type,
       properties(r) AS props, {id: b.id, name: b.name, labels: labels(b), aliases: b.aliases} AS target
