"""The evidence split: every Evidence field is stored either once per sentence or on the edge."""

from graph.model import EDGE_EVIDENCE_FIELDS, SENTENCE_FIELDS, Evidence


def test_every_evidence_field_has_one_home() -> None:
    assert not set(SENTENCE_FIELDS) & set(EDGE_EVIDENCE_FIELDS)
    assert set(SENTENCE_FIELDS) | set(EDGE_EVIDENCE_FIELDS) == set(Evidence.model_fields)
