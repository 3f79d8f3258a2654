// name: viz_policy
// description: One document's metadata and cleaned text (the document view).
// mode: read
// params: id: str
// returns: id, title, issuer, date, kind, period, text
// example: {"id": "policy:001_96019a36a6392bfa"}
MATCH (p:Policy {id: $id})
RETURN p.id AS id, coalesce(p.title, p.name) AS title, p.issuer AS issuer, p.date AS date, p.kind AS kind,
       p.period AS period, p.text AS text
