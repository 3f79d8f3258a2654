// name: entity_degree
// description: How many relationships touch one entity.
// mode: read
// params: id: str
// returns: degree
// example: {"id": "enterprise:鲁西集团"}
MATCH (n:Entity {id: $id})-[r]-()
RETURN count(r) AS degree
