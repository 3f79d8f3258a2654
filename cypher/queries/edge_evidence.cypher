// name: edge_evidence
// description: One relationship by its merge key (start, type, end, policy, key): its properties (evidence included) and its document's title.
// mode: read
// params: source: str, target: str, policy: str, key: str
// returns: props, policy_title
// templates: rel_type
// example: {"source": "enterprise:鲁西集团", "target": "cluster:新材料", "policy": "policy:001_96019a36a6392bfa", "key": ""}
MATCH (a:Entity {id: $source})-[r:{{rel_type}} {policy: $policy, key: $key}]->(b:Entity {id: $target})
OPTIONAL MATCH (p:Policy {id: $policy})
RETURN properties(r) AS props, coalesce(p.title, p.name) AS policy_title
