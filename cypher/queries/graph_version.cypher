// name: graph_version
// description: The graph's version: a token every document load replaces (bump_graph_version), so cached answers of every process know when the data changed. No row before the first load.
// mode: read
// params:
// returns: version
MATCH (m:GraphMeta {id: 'graph'})
RETURN m.version AS version
