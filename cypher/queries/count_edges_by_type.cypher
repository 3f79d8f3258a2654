// name: count_edges_by_type
// description: How many relationships of each type the graph holds.
// mode: read
// params:
// returns: type, count
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
