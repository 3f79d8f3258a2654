// name: upsert_nodes
// description: Create or update nodes of one label by id; aliases are unioned, never replaced.
// mode: write
// params: rows: rows
// returns: count
// templates: label
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:{{label}},
    n.name = row.name,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n += row.props
RETURN count(n) AS count
