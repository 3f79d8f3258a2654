// name: policy_state
// description: The stored revision and ingest status of a document, to skip unchanged ones.
// mode: read
// params: id: str
// returns: rev, status
// example: {"id": "policy:000_b99d51a1da965aef"}
MATCH (p:Policy {id: $id})
RETURN p.rev AS rev, p.status AS status
