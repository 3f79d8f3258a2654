// name: upsert_nodes
// description: Create or update nodes of one label by id; aliases are unioned, never replaced.
// mode: write
// params: rows: rows
// returns: count
// templates: label
// example: {"rows": [{"id": "enterprise:鲁西集团", "name": "鲁西集团", "aliases": ["鲁西化工"], "props": {"county": "county:东昌府区"}}]}
// The type label is in the MERGE pattern, not added by SET: on FalkorDB adding a label to
// an existing node is slow and grows with the graph (~800 nodes/s at 20k nodes against
// ~13,000/s; bench/bench_store.py). Safe because an id's prefix fixes its label.
UNWIND $rows AS row
MERGE (n:Entity:{{label}} {id: row.id})
SET n.name = row.name,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n += row.props
RETURN count(n) AS count
