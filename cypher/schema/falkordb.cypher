// FalkorDB schema. Why a separate file: FalkorDB has no constraints-as-DDL with
// IF NOT EXISTS (an existing index is an error the store ignores), and its
// full-text indexes are procedures.
CREATE INDEX FOR (n:Entity) ON (n.id);
CREATE INDEX FOR (n:Entity) ON (n.name);
// A list property is indexed element by element: resolve_entity seeks an alias.
CREATE INDEX FOR (n:Entity) ON (n.aliases);
CREATE INDEX FOR (n:Policy) ON (n.id);
CREATE INDEX FOR (n:Cluster) ON (n.id);
CREATE INDEX FOR (n:Enterprise) ON (n.id);
CREATE INDEX FOR (n:Park) ON (n.id);
CREATE INDEX FOR (n:County) ON (n.id);
CREATE INDEX FOR (n:Project) ON (n.id);
CREATE INDEX FOR (n:Indicator) ON (n.id);
CREATE INDEX FOR ()-[r:IN_CLUSTER]-() ON (r.policy);
CREATE INDEX FOR ()-[r:CARRIED_OUT_BY]-() ON (r.policy);
CREATE INDEX FOR ()-[r:LOCATED_IN]-() ON (r.policy);
CREATE INDEX FOR ()-[r:DEVELOPS]-() ON (r.policy);
CREATE INDEX FOR ()-[r:UPGRADES]-() ON (r.policy);
CREATE INDEX FOR ()-[r:HAS_SUBINDUSTRY]-() ON (r.policy);
CREATE INDEX FOR ()-[r:SETS_TARGET]-() ON (r.policy);
CREATE INDEX FOR ()-[r:REPORTS]-() ON (r.policy);
CREATE INDEX FOR ()-[r:MENTIONS]-() ON (r.policy);
CREATE INDEX FOR ()-[r:FOLLOWS]-() ON (r.policy);
CREATE INDEX FOR (s:Sentence) ON (s.id);
CREATE INDEX FOR (s:Sentence) ON (s.policy);
