// name: delete_stale_edges
// description: Remove one type's relationships that a document stated in an earlier revision.
// mode: write
// params: policy: str, rev: str
// returns: count
// templates: rel_type
// example: {"policy": "policy:000_b99d51a1da965aef", "rev": "0123456789abcdef"}
MATCH ()-[r:{{rel_type}} {policy: $policy}]->()
WHERE r.rev <> $rev
DELETE r
RETURN count(*) AS count
