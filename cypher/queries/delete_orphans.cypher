// name: delete_orphans
// description: Remove entities that no relationship touches any more (policies stay).
// mode: write
// params:
// returns: count
MATCH (n:Entity)
WHERE NOT n:Policy AND NOT (n)--()
DELETE n
RETURN count(*) AS count
