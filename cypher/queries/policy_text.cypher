// name: policy_text
// description: A document's cleaned text (evidence offsets point into it).
// mode: read
// params: id: str
// returns: id, name, text
// example: {"id": "policy:001_96019a36a6392bfa"}
MATCH (p:Policy {id: $id})
RETURN p.id AS id, p.name AS name, coalesce(p.text, '') AS text
