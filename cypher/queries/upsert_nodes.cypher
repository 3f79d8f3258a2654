// name: upsert_nodes
// description: Create or update nodes of one label by id; aliases are unioned, never replaced.
// mode: write
// params: rows: rows
// returns: count
// templates: label
// example: {"rows": [{"id": "enterprise:鲁西集团", "name": "鲁西集团", "aliases": ["鲁西化工"], "props": {"county": "county:东昌府区"}}]}
// Not `MERGE (n:Entity:{{label}} {id: row.id})`: on FalkorDB a MERGE on two labels costs
// about twice this lookup and create (bench/bench_store.py), most of a document's node
// rows being nodes already stored. The label is written at creation, never added by SET:
// on FalkorDB adding a label to an existing node is slow and grows with the graph (~800
// nodes/s at 20k nodes). Safe because an id's prefix fixes its label, the loader sends
// each id once, and one loader writes at a time (graph/loader.py). `count` counts the
// nodes already stored, not those created (nothing reads it).
UNWIND $rows AS row
OPTIONAL MATCH (n:Entity {id: row.id})
FOREACH (_ IN CASE WHEN n IS NULL THEN [1] ELSE [] END |
  CREATE (m:Entity:{{label}} {id: row.id, name: row.name, aliases: row.aliases})
  SET m += row.props)
WITH n, row
WHERE n IS NOT NULL
SET n.name = row.name,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n += row.props
RETURN count(n) AS count
