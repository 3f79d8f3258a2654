// name: indicator_facts
// description: Indicators (one, or all when id is empty) with every target (SETS_TARGET) and reported value (REPORTS) and the stating policy.
// mode: read
// params: id: str = ''
// returns: id, name, aliases, unit, rel, policy, policy_date, props
// example: {"id": "indicator:研发经费投入占GDP比重"}
MATCH (i:Indicator)
WHERE $id = '' OR i.id = $id
OPTIONAL MATCH (p:Policy)-[r:SETS_TARGET|REPORTS]->(i)
RETURN i.id AS id, i.name AS name, coalesce(i.aliases, []) AS aliases, i.unit AS unit,
       type(r) AS rel, p.id AS policy, p.date AS policy_date, properties(r) AS props
ORDER BY name, rel, policy_date, policy
