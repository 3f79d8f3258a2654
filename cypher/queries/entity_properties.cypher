// name: entity_properties
// description: All properties of one entity by id (the API drops a policy's big text).
// mode: read
// params: id: str
// returns: labels, props
// example: {"id": "enterprise:鲁西集团"}
MATCH (n:Entity {id: $id})
RETURN labels(n) AS labels, properties(n) AS props
