// name: delete_stale_edges
// description: Remove one type's relationships that a document stated in an earlier revision.
// mode: write
// params: policy: str, rev: str
// returns: count
// templates: rel_type
MATCH ()-[r:{{rel_type}} {policy: $policy}]->()
WHERE r.rev <> $rev
DELETE r
RETURN count(*) AS count
