// name: export_sentences
// description: Every evidence sentence (id, document, offsets, section, text), a page at a time; the export joins them onto the relationships citing them (ev_sid).
// mode: read
// params: skip: int[0..] = 0, limit: int[0..100000] = 10000
// returns: id, policy, start, end, section, text
MATCH (s:Sentence)
WITH s
ORDER BY s.id
SKIP $skip LIMIT $limit
RETURN s.id AS id, s.policy AS policy, s.start AS start, s.end AS end, s.section AS section, s.text AS text
