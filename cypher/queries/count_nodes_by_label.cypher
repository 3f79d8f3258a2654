// name: count_nodes_by_label
// description: How many nodes of each type the graph holds.
// mode: read
// params:
// returns: label, count
MATCH (n:Entity)
UNWIND labels(n) AS label
WITH label WHERE label <> 'Entity'
RETURN label, count(*) AS count
ORDER BY label
