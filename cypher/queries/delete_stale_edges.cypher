// name: delete_stale_edges
// description: Remove one type's relationships that a document stated in an earlier revision, then those of their ends that no relationship touches any more (policies stay). Only the stale edges' ends are checked: a sweep of every entity per document grew with the graph.
// mode: write
// params: policy: str, rev: str
// returns: orphans
// templates: rel_type
// example: {"policy": "policy:000_b99d51a1da965aef", "rev": "0123456789abcdef"}
MATCH (a)-[r:{{rel_type}} {policy: $policy}]->(b)
WHERE r.rev <> $rev
DELETE r
WITH collect(DISTINCT a) + collect(DISTINCT b) AS ends
UNWIND ends AS n
WITH DISTINCT n
WHERE NOT n:Policy AND NOT (n)--()
DELETE n
RETURN count(*) AS orphans
