// name: set_policy_status
// description: Mark a document's ingest as loading or done.
// mode: write
// params: id: str, status: str
// returns: id
// example: {"id": "policy:000_b99d51a1da965aef", "status": "done"}
MATCH (p:Policy {id: $id})
SET p.status = $status
RETURN p.id AS id
