#!/usr/bin/env node
// Lint Cypher meant for Neo4j 5 with Neo4j's own language support (@neo4j-cypher/language-support):
// syntax, semantic analysis, undeclared parameters, unknown functions/procedures, unknown labels.
//
// Input (stdin, JSON):
//   {"schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...], "procedures": ["db.index.fulltext.queryNodes"]},
//    "queries": [{"name": "policy_state", "text": "MATCH …", "params": ["id"]}]}
// Output (stdout, JSON): [{"name", "diagnostics": [{"severity": "error"|"warning", "message", "line", "column", "offset", "text"}]}]
// Exit code 0 even when there are diagnostics: the caller decides (tests/test_cypher_lint.py fails on errors).
//
// tests/test_cypher_lint.py builds the input from graph/model.py and the query catalogue.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The package's ESM build uses extension-less imports that Node cannot resolve: load the CJS build.
const { lintCypherQuery, testData } = createRequire(import.meta.url)('@neo4j-cypher/language-support');

const VERSION = 'CYPHER 5';
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

// Signatures of Neo4j 5's built-in functions and procedures. The package ships them (as the
// schema its own tests use, taken from a real Neo4j 5); declaring functions makes an unknown
// function an error, declaring procedures makes any procedure we did not list an error.
const known = testData.mockSchema;

function dbSchema(schema, params) {
  const functions = Object.fromEntries(
    Object.entries(known.functions[VERSION]).filter(([, fn]) => fn.isBuiltIn),
  );
  const procedures = {};
  for (const name of schema.procedures ?? []) {
    const proc = known.procedures[VERSION][name];
    if (!proc) throw new Error(`procedure ${name} is not a Neo4j 5 procedure`);
    procedures[name] = proc;
  }
  return {
    labels: schema.labels,
    relationshipTypes: schema.relationshipTypes,
    propertyKeys: schema.propertyKeys ?? [],
    // Only the names matter to the linter; the values are placeholders.
    parameters: Object.fromEntries(params.map((p) => [p, null])),
    functions: { [VERSION]: functions },
    procedures: { [VERSION]: procedures },
    defaultLanguage: VERSION,
  };
}

function lint(query, schema) {
  return lintCypherQuery(query.text, dbSchema(schema, query.params ?? [])).map((d) => ({
    severity: SEVERITY[d.severity] ?? String(d.severity),
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    offset: d.offsets?.start,
    text: d.offsets ? query.text.slice(d.offsets.start, d.offsets.end) : undefined,
  }));
}

const input = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));
const out = input.queries.map((q) => ({ name: q.name, diagnostics: lint(q, input.schema) }));
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
