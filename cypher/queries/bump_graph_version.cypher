// name: bump_graph_version
// description: Give the graph a new version token; the last statement of every document load.
// mode: write
// params: version: str
// returns: version
// example: {"version": "0123456789abcdef0123456789abcdef"}
MERGE (m:GraphMeta {id: 'graph'})
SET m.version = $version
RETURN m.version AS version
