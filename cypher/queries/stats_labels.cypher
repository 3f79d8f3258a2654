// name: stats_labels
// description: Node counts per label set (the API folds them to the type label).
// mode: read
// params:
// returns: labels, count
MATCH (n:Entity)
RETURN labels(n) AS labels, count(*) AS count
