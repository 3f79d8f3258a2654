// name: upsert_sentences
// description: Create or update evidence sentences, each once. A row is [id (policy@start-end), start, end, section, text]; policy and rev are the document's. Edges refer to them by id (ev_sid).
// mode: write
// params: rows: rows, policy: str, rev: str
// returns: count
// example: {"rows": [["policy:000_b99d51a1da965aef@0-12", 0, 12, "", "鲁西集团是化工产业的龙头。"]], "policy": "policy:000_b99d51a1da965aef", "rev": "0123456789abcdef"}
UNWIND $rows AS row
MERGE (s:Sentence {id: row[0]})
SET s.policy = $policy, s.start = row[1], s.end = row[2], s.section = row[3], s.text = row[4], s.rev = $rev
RETURN count(s) AS count
