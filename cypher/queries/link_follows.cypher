// name: link_follows
// description: A document follows each earlier document whose title or alias contains a title it cites.
// mode: write
// params: id: str, rev: str
// returns: count
// example: {"id": "policy:000_b99d51a1da965aef", "rev": "0123456789abcdef"}
MATCH (p:Policy {id: $id}), (q:Policy)
WHERE q.id <> p.id AND coalesce(q.date, '') <= coalesce(p.date, '')
  AND any(t IN coalesce(p.cites, []) WHERE size(t) >= 4 AND (q.name CONTAINS t OR any(a IN coalesce(q.aliases, []) WHERE a CONTAINS t)))
MERGE (p)-[r:FOLLOWS {policy: $id, key: ''}]->(q)
SET r.rev = $rev, r.ev_rule = ['cites-title']
RETURN count(r) AS count
