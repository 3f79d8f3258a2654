// name: upsert_nodes
// description: Create or update nodes of one label by id; aliases are unioned, never replaced. A row is [id, name, aliases, props].
// mode: write
// params: rows: rows
// returns: count
// templates: label
// example: {"rows": [["enterprise:鲁西集团", "鲁西集团", ["鲁西化工"], {"county": "county:东昌府区"}]]}
// Not `MERGE (n:Entity:{{label}} {id: row[0]})`: on FalkorDB a MERGE on two labels costs
// about twice this lookup and create (bench/bench_store.py), most of a document's node
// rows being nodes already stored. The label is written at creation, never added by SET:
// on FalkorDB adding a label to an existing node is slow and grows with the graph (~800
// nodes/s at 20k nodes). Safe because an id's prefix fixes its label, the loader sends
// each id once, and one loader writes at a time (graph/loader.py). A stored node the row
// would not change is not written at all: on FalkorDB every SET re-indexes the node (id,
// name, aliases), and on the corpus scaled 100x 93% of the node rows change nothing
// (bench/bench_extract.py). `count` counts the stored nodes a row changed (nothing reads it).
UNWIND $rows AS row
OPTIONAL MATCH (n:Entity {id: row[0]})
FOREACH (_ IN CASE WHEN n IS NULL THEN [1] ELSE [] END |
  CREATE (m:Entity:{{label}} {id: row[0], name: row[1], aliases: row[2]})
  SET m += row[3])
WITH n, row
WHERE n IS NOT NULL
WITH n, row, reduce(acc = coalesce(n.aliases, []), a IN row[2] | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
WHERE NOT coalesce(n.name = row[1] AND n.aliases = aliases AND all(k IN keys(row[3]) WHERE n[k] = row[3][k]), false)
SET n.name = row[1], n.aliases = aliases
SET n += row[3]
RETURN count(n) AS count
