// name: policy_titles
// description: Every stored document's title, date and the titles it cites, to link a new document to the programme it carries on.
// mode: read
// params:
// returns: id, name, date, cites
MATCH (p:Policy)
RETURN p.id AS id, p.name AS name, p.date AS date, coalesce(p.cites, []) AS cites
ORDER BY id
