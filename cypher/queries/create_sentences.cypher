// name: create_sentences
// description: Create evidence sentences of a document loaded for the first time (no Policy node before: none of its sentences can exist), each once. A row is [id (policy@start-end), start, end, section, text]; policy and rev are the document's.
// mode: write
// params: rows: rows, policy: str, rev: str
// returns: count
// example: {"rows": [["policy:000_b99d51a1da965aef@0-12", 0, 12, "", "鲁西集团是化工产业的龙头。"]], "policy": "policy:000_b99d51a1da965aef", "rev": "0123456789abcdef"}
// CREATE, not upsert_sentences' MERGE: half the server time (bench/bench_store.py).
UNWIND $rows AS row
CREATE (s:Sentence {id: row[0], policy: $policy, start: row[1], end: row[2], section: row[3], text: row[4], rev: $rev})
RETURN count(s) AS count
