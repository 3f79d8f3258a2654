// name: upsert_sentences
// description: Create or update evidence sentences, each once: id (policy@start-end), policy, start, end, section, text, rev. Edges refer to them by id (ev_sid).
// mode: write
// params: rows: rows
// returns: count
// example: {"rows": [{"id": "policy:000_b99d51a1da965aef@0-12", "policy": "policy:000_b99d51a1da965aef", "start": 0, "end": 12, "section": "", "text": "鲁西集团是化工产业的龙头。", "rev": "0123456789abcdef"}]}
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
SET s += row
RETURN count(s) AS count
