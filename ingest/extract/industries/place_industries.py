"""Industries a place holds, stated without a list (rule_place_industries): "银川经开区光伏材料产业规模…"
(the place right before X产业 DEVELOPS it: rule place_industry), "以A产业为支柱" in a develop clause (industry_list),
"…园区是以A为主的…产业示范园区" (roles.mainly_lone), "A产业链方面，…" opening a paragraph in a report on one place
(the report's place DEVELOPS it: chain_topic).

Reads: a prose sentence, its names, the ProseState. Writes: Cluster nodes and DEVELOPS edges. Patterns: prose.yaml
`place_industry`, `industry_list` (develops_cue).
"""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.industries.name_tests import industry_name, node_above_county
from ingest.extract.industries.roles import mainly_lone
from ingest.extract.industries.shared import RULE, list_patterns, new_industry, place_patterns
from ingest.extract.industries.subject import subject_place
from ingest.extract.names import is_place_word
from ingest.extract.prose import Found, ProseState, PLACE_LABELS, prose_edge, cluster_span, generic_industry
from ingest.rules import scan, search
from ingest.structure import Sentence


def rule_place_industries(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """Industries a place holds, stated without a list: "银川经开区光伏材料产业规模…" (rule place_industry),
    "以A产业为支柱" in a develop clause (industry_list), "A产业链方面，…" in a report on one place (chain_topic)."""
    P, text = place_patterns(), sent.text
    for f in list(spans):
        if f.label not in PLACE_LABELS:
            continue
        m = P["after_place"].match(text, f.end)
        node = b.nodes.get(f.nid)
        if m is None or node is None or node_above_county(node) \
                or not industry_name(m.group("name")) or any(g.start == m.start("name") and g.label != Label.CLUSTER for g in spans) \
                or generic_industry(P["industry_ending"].sub("", m.group("name"))):  # 等舒城|传统主导产业: a kind, no name
            continue
        found = next((g for g in spans if g.start == m.start("name") and g.label == Label.CLUSTER), None) \
            or cluster_span(b, m.group("name"), m.start("name"), sent, "place_industry")
        if found is not None:
            spans.append(found)
            prose_edge(b, RelType.DEVELOPS, f, found, sent, "place_industry", state)
    if search(list_patterns()["develops_cue"], text):
        for m in scan(P["role"], text):
            found = next((g for g in spans if g.label == Label.CLUSTER and g.start == m.start("name")
                          and g.end <= m.end("name")), None)
            if found is None and P["role_industry"].match(text, m.end()) and industry_name(m.group("name")) \
                    and not is_place_word(m.group("name")):
                # "以新能源电池为核心产业特色": the role says it is an industry
                found = new_industry(b, sent, spans, m.group("name"), m.start("name"), m.end("name"))
            subj = subject_place(b, spans, m.start(), state, text) if found is not None else None
            if subj is not None:
                prose_edge(b, RelType.DEVELOPS, subj, found, sent, RULE, state)
    mainly_lone(b, sent, spans, state)
    m = P["chain_topic"].match(text)
    if m is not None and sent.start == sent.para_start and state.doc_place is not None:
        found = cluster_span(b, m.group("name"), 0, sent, "chain_topic")
        doc = state.doc_place_found()
        if found is not None and doc is not None:
            spans.append(found)
            prose_edge(b, RelType.DEVELOPS, doc, found, sent, "chain_topic", state)
