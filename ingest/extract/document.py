"""One cleaned, structured document -> graph.model.DocumentGraph.

`extract_document` runs the relation rules (ingest/extract/{clusters,indicators,places,projects}.py) over the sentences
of ingest/structure.py and the NER pipeline (ingest/extract/nlp.py) for mentions. Rules
write through `GraphBuilder` (ingest/extract/builder.py), which merges repeated facts into
one edge with several evidence entries and adds a Policy-MENTIONS edge for every
entity it touches.

Rules (the `Evidence.rule` values):
  box_project      a 专栏 item: one or several projects, their enterprise and county
  box_names        a 专栏 line "企业品牌：A、B、…" naming enterprises
  box_known_owner  a box project opening with a company the document names elsewhere
  county_layout    "临清市：依托A、B，发展X产业，改造提升Y产业" (parks, DEVELOPS, UPGRADES)
  town_park        "临清市烟店镇与轴承产业园" (park in the county)
  park_name        a park whose name starts with a county (冠县精品钢板产业园)
  lexicon_county   a lexicon park/enterprise mentioned here, placed in its lexicon county
  leading          "依托/支持/发挥/鼓励 A、B等企业", "以A、B等企业为龙头" in a cluster's section
  project_list     "支持建设A年产…、B年产…等项目": projects, their companies (members of the section's cluster)
  park_cluster     a park named the same way in a cluster's section
  subindustry      a paragraph topic "铜加工。以…" inside a cluster's section
  target_table     a row of a target table (year columns)
  indicator_text   "<indicator>达到2.7%" with the year from the sentence or its section
  indicator_respectively  "A、B增加值…，占GDP比重分别达到x%、y%"
  (project_facts)  a project's investment, capacity, area and stage: node properties, not edges
  prose_target     any figure with a year in prose, any indicator: 到2025年…5G基站1.5万个 (targets.py)
  section_member   an enterprise named anywhere in a cluster's section (role member)
  text_project     a project named in prose whose name carries a company or a county, or a
                   railway/motorway/airport/bridge (its names meet on resolve.project_key)
  mention          any entity the NER pipeline finds
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from graph.model import DocumentGraph, Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import name_county, sentence_county
from ingest.lexicon import Lexicon, default_lexicon
from ingest.extract.nlp import get_pipeline
from ingest.read import SourceDocument
from ingest.resolve import Resolved, Resolver
from ingest.extract.clusters import rule_leading, rule_subindustry, section_member
from ingest.extract.indicators import rule_indicator_text, rule_table
from ingest.extract.places import rule_county_layout, rule_town_park
from ingest.extract.projects import rule_box, rule_known_owner, rule_project_list, text_project
from ingest.extract.project_facts import rule_project_facts
from ingest.extract.targets import fill_scopes, rule_prose_targets
from ingest.structure import Sentence, Structure, analyse


_BARE_ZONE = re.compile(r"(?:^|(?<=[，。；：、在对向与和及])|(?<=支持|依托|推动|推进|鼓励|全市|我市))(经济开发区|开发区|高新区)(?![\u4e00-\u9fff]{0,2}(?:体制|机制))")


def _bare_zones(b: GraphBuilder, sent: Sentence, county: Resolved | None, taken: list[tuple[int, int]]) -> None:
    """A bare 开发区/高新区 is the park or zone of the sentence's county (临清市：…开发区 ->
    临清经济开发区), or the city's zone when no county is in sight."""
    for m in _BARE_ZONE.finditer(sent.text):
        if any(s <= m.start() < e for s, e in taken) or sent.text.rfind("《", 0, m.start()) > sent.text.rfind("》", 0, m.start()):
            continue
        r = b.resolver.park(m.group(1), county)
        if r is not None:
            b.node(r, m.group(1), sent, "mention")


def rule_mentions(b: GraphBuilder, parsed: list[tuple[Sentence, Doc]]) -> None:
    """Every entity the NER pipeline finds in prose and headings: a node and MENTIONS;
    parks also LOCATED_IN the county their name or lexicon entry gives."""
    for sent, sdoc in parsed:
        found = sentence_county(b, sent)
        county = found[1] if found else None
        _bare_zones(b, sent, county, [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ != Label.PROJECT.value])
        for ent in sdoc.ents:
            label = Label(ent.label_)
            surface = ent.text
            r: Resolved | None
            if label == Label.COUNTY:
                r = b.resolver.county(surface)
                county = r or county
            elif label == Label.ENTERPRISE:
                r = b.resolver.enterprise(surface)
            elif label == Label.PARK:
                hit = b.resolver.county_prefix(surface)
                if hit and re.match(r"^(省级|市级|县级|特色)", surface[len(hit[0]):]):
                    continue  # "高唐省级开发区": a kind of place, not a name
                r = b.resolver.park(surface, county)
            elif label == Label.CLUSTER:
                r = b.resolver.cluster(surface, create=False)
            elif label == Label.INDICATOR:
                r = b.resolver.indicator(surface, create=False)
            elif label == Label.PROJECT:
                text_project(b, sent, surface)
                continue
            else:
                r = None
            if r is None:
                continue
            nid = b.node(r, surface, sent, "mention")
            section_member(b, sent, r, surface)
            # a park or enterprise whose lexicon entry or name places it in a county
            if r.label in (Label.PARK,):
                hit = name_county(b, r.name)
                where = hit[1] if hit else (b.resolver.county(r.entry.county) if r.entry and r.entry.county else None)
                if where is not None and where.label == Label.COUNTY:
                    cid = b.node(where, hit[0] if hit else where.name, sent, "park_name" if hit else "lexicon_county")
                    b.edge(RelType.LOCATED_IN, nid, cid, sent, "park_name" if hit else "lexicon_county",
                           surface, r.resolution)


def extract_document(doc: SourceDocument, lexicon: Lexicon | None = None,
                     nlp: Language | None = None) -> DocumentGraph:
    """Everything one document states, as nodes and evidence-carrying edges."""
    lex = lexicon or default_lexicon()
    nlp = nlp or get_pipeline(lexicon)
    b = GraphBuilder(doc, Resolver(lex))
    st: Structure = analyse(doc.text)
    prose = [s for s in st.sentences if s.block in {"para", "heading"}]
    parsed = list(zip(prose, nlp.pipe(s.text for s in prose)))  # one spaCy pass per sentence
    sdocs = {s.start: d for s, d in parsed}
    by_start = {s.start: s for s in st.sentences if s.block == "table"}
    for table in st.tables:
        rule_table(b, table, by_start)
    year_ctx: int | None = None
    section = None
    last_indicator: dict[int, str] = {}  # per paragraph, for "这一比例"
    for sent in st.sentences:
        if sent.path[:2] != section:
            section, year_ctx = sent.path[:2], None
        m = re.search(r"到(\d{4})年", sent.text)
        if m and sent.block == "para":
            year_ctx = int(m.group(1))
        if sent.block == "box":
            rule_box(b, sent)
        elif sent.block == "para":
            rule_county_layout(b, sent)
            rule_town_park(b, sent)
            rule_leading(b, sent, sdocs[sent.start])
            rule_project_list(b, sent)
            rule_subindustry(b, sent)
            rule_indicator_text(b, sent, year_ctx)
            rule_prose_targets(b, sent, last_indicator)
        elif sent.block == "heading":
            rule_indicator_text(b, sent, None)
            rule_prose_targets(b, sent, last_indicator)
    rule_mentions(b, parsed)
    rule_known_owner(b)
    rule_project_facts(b, prose)
    fill_scopes(b)
    return b.graph()
