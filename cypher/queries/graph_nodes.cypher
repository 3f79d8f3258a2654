// name: graph_nodes
// description: A page of entities of the given types (all when empty), the most connected first, and how many there are.
// mode: read
// params: labels: list[str] = [], limit: int[0..100000] = 500
// returns: total, ids
// example: {"limit": 100}
MATCH (n:Entity)
WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
OPTIONAL MATCH (n)-[r]-()
WITH n, count(r) AS degree
ORDER BY degree DESC, n.id
WITH collect(n.id) AS all_ids
RETURN size(all_ids) AS total, all_ids[0..$limit] AS ids
