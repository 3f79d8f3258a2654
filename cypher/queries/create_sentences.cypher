// name: create_sentences
// description: Create evidence sentences of a document loaded for the first time (no Policy node before: none of its sentences can exist), each once: id (policy@start-end), policy, start, end, section, text, rev.
// mode: write
// params: rows: rows
// returns: count
// example: {"rows": [{"id": "policy:000_b99d51a1da965aef@0-12", "policy": "policy:000_b99d51a1da965aef", "start": 0, "end": 12, "section": "", "text": "鲁西集团是化工产业的龙头。", "rev": "0123456789abcdef"}]}
// CREATE, not upsert_sentences' MERGE: half the server time (bench/bench_store.py).
UNWIND $rows AS row
CREATE (s:Sentence)
SET s = row
RETURN count(s) AS count
