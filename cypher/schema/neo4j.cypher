// Neo4j 5 schema. Why a separate file: Neo4j has uniqueness constraints and
// IF NOT EXISTS; FalkorDB has neither in this form.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX policy_id IF NOT EXISTS FOR (n:Policy) ON (n.id);
CREATE INDEX cluster_id IF NOT EXISTS FOR (n:Cluster) ON (n.id);
CREATE INDEX enterprise_id IF NOT EXISTS FOR (n:Enterprise) ON (n.id);
CREATE INDEX park_id IF NOT EXISTS FOR (n:Park) ON (n.id);
CREATE INDEX county_id IF NOT EXISTS FOR (n:County) ON (n.id);
CREATE INDEX project_id IF NOT EXISTS FOR (n:Project) ON (n.id);
CREATE INDEX indicator_id IF NOT EXISTS FOR (n:Indicator) ON (n.id);
CREATE INDEX in_cluster_policy IF NOT EXISTS FOR ()-[r:IN_CLUSTER]-() ON (r.policy);
CREATE INDEX carried_out_by_policy IF NOT EXISTS FOR ()-[r:CARRIED_OUT_BY]-() ON (r.policy);
CREATE INDEX located_in_policy IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.policy);
CREATE INDEX develops_policy IF NOT EXISTS FOR ()-[r:DEVELOPS]-() ON (r.policy);
CREATE INDEX upgrades_policy IF NOT EXISTS FOR ()-[r:UPGRADES]-() ON (r.policy);
CREATE INDEX has_subindustry_policy IF NOT EXISTS FOR ()-[r:HAS_SUBINDUSTRY]-() ON (r.policy);
CREATE INDEX sets_target_policy IF NOT EXISTS FOR ()-[r:SETS_TARGET]-() ON (r.policy);
CREATE INDEX reports_policy IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.policy);
CREATE INDEX mentions_policy IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.policy);
CREATE INDEX follows_policy IF NOT EXISTS FOR ()-[r:FOLLOWS]-() ON (r.policy);
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE INDEX sentence_policy IF NOT EXISTS FOR (s:Sentence) ON (s.policy);
// Search candidates (cypher/queries/neo4j/search_entities.cypher): names and aliases, with
// the `cjk` analyzer (Han characters as overlapping bigrams; docs/SEARCH.md).
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
// New indexes fill in the background: wait, so the first search after apply_schema sees them.
CALL db.awaitIndexes(300);
