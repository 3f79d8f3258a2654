// name: sentences_by_ids
// description: Evidence sentences by id (the ev_sid entries of relationships): document, offsets, section, text.
// mode: read
// params: ids: list[str]
// returns: id, policy, start, end, section, text
// example: {"ids": ["policy:001_96019a36a6392bfa@11960-11977"]}
MATCH (s:Sentence)
WHERE s.id IN $ids
RETURN s.id AS id, s.policy AS policy, s.start AS start, s.end AS end, s.section AS section, s.text AS text
