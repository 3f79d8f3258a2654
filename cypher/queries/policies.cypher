// name: policies
// description: Every document's metadata (not its text), oldest first.
// mode: read
// params:
// returns: id, name, aliases, title, issuer, date, kind, period, file, status, text_length
MATCH (p:Policy)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, p.title AS title, p.issuer AS issuer,
       p.date AS date, p.kind AS kind, p.period AS period, p.file AS file, p.status AS status,
       size(coalesce(p.text, '')) AS text_length
ORDER BY date, id
