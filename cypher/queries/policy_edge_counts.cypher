// name: policy_edge_counts
// description: How many relationships each document stated, per type.
// mode: read
// params:
// returns: policy, type, count
MATCH ()-[r]->()
WHERE r.policy IS NOT NULL
RETURN r.policy AS policy, type(r) AS type, count(r) AS count
ORDER BY policy, type
