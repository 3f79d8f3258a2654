// name: delete_stale_sentences
// description: Remove the evidence sentences a document's earlier revision kept and this one no longer cites.
// mode: write
// params: policy: str, rev: str
// returns: deleted
// example: {"policy": "policy:000_b99d51a1da965aef", "rev": "0123456789abcdef"}
MATCH (s:Sentence {policy: $policy})
WHERE s.rev <> $rev
DELETE s
RETURN count(*) AS deleted
