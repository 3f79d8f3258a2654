// name: stats_relationships
// description: Relationship counts per type.
// mode: read
// params:
// returns: type, count
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
