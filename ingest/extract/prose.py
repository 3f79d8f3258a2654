"""Relations stated in prose, between the names a sentence holds (news, reports, zone profiles).

Reads: the sentence and the names found in it (`Found`, from document.rule_mentions), the words of
data/rules/prose.yaml. Writes: CARRIED_OUT_BY (role owner | contractor), LOCATED_IN, DEVELOPS and
IN_CLUSTER edges through the GraphBuilder. Every relation needs a stated pattern; two names in one
sentence are not enough. Rules (Evidence.rule; confidences in data/rules/confidence.yaml):

  invested_by     "A投资建设的B项目", "A和C合作开发的B", "与A签约的B": B CARRIED_OUT_BY A (承建: role contractor)
  firm_of_project "A公司的B项目": B CARRIED_OUT_BY A {owner}
  signed_with     "A与X签署B项目…协议": B CARRIED_OUT_BY the firms of both sides, LOCATED_IN a place among them
  built_by        "B由A投资建设", "该项目由A承建"
  place_invests   "开发区投资26亿元的B项目": B LOCATED_IN the place
  located_at      "位于X的Y", "Y位于X"
  settled_in      "Y落户X", "Y落户的X"
  project_at_site "P项目（，）正在X有序推进", "P项目在X开工建设": P is where 在 puts its works
  in_x_of_y       "在X的Y，…": Y LOCATED_IN X, and what the sentence goes on to name is in Y (and X)
  frame           "在X，…": what the sentence goes on to name is in X
  subject_place   a sentence opening with a place that 引进/实施/建设… a project or a firm
  host_place      a place opening a clause that 举行…/集中开工/签约…: the sentence's projects after it
  paragraph_place the place a paragraph's first sentence opens with (report_place.paragraph_subject), for its
                  projects nothing nearer places, before the report's place (rule_dateline)
  speaker_place   a quote closed by "<county>委…书记…说": its parks and projects are in the county
  dateline        the place a report is filed from or about (title "茌平区：…", "高唐报道"),
                  for projects nothing nearer places
  title_place     without a dateline: the zone or county a headline names, or that hosts the projects'
                  ceremony in the opening lines ("卢龙县举行…集中开工仪式"), for projects nothing nearer places
  develops_prose  a place or park opening a sentence that 发展/打造/形成… a cluster or industry
  leading_industries  "X开发区…，主导产业为A、B和C产业": X DEVELOPS each
  cluster_place   a cluster named after its county (阳谷县化工新材料产业集群): the county DEVELOPS it
  leading_list    "龙头企业A、B、C等": IN_CLUSTER {role: leading} in the sentence's cluster
  place_industry_pairs  "冠县锻造、东昌府保持器、东阿滚动体齐头并进的…格局": each place DEVELOPS its industry
  project_short_owner  a project opening with the short name of a firm the document names in full
  defined_short_name   "A有限公司（以下简称“B”）": B is A wherever the document uses it afterwards
  subject_owner   a firm (or joined firms) opening a clause owns the projects after its building verb:
                  "汉能集团…，决定投资建设A、B等项目", "开发区引进A拟投资20亿元建设B"
  built_at        "A拟投资3亿元，在X建设B项目": B (A's) is in X
  speaker_owner   "在A项目建设现场…。据B公司总经理C介绍，…": a firm's head speaking after the one project a passage named
  clause_place    a park or zone opening a later clause that 落地/引进… what follows: "…，B产业园目前已落地A集团"
  name_head_place a project whose name opens with a park or zone the document names on its own
  name_bracket_place  a county in brackets inside a project's or park's name: "…管道工程（盂县段）"
  represented_by  "以A、B为代表的Y产业集群": A and B IN_CLUSTER Y
Words and patterns: data/rules/prose.yaml (`patterns`, filled from its word lists by ingest.rules.pattern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Callable

from graph.model import Label, NodeRecord, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.names import (AREA_PARK_SUFFIXES, INFRA_SUFFIXES, ZONE_WORD_ALT, built_before, find_parks, holds_verb,
                                  places_only, plain_park_name, shared_head, suffix_name)
from ingest.resolve import Resolved
from ingest.rules import pattern, pattern_group, rule_data, scan, search
from ingest.structure import Sentence

_NOT_INDUSTRY = frozenset(map(str, rule_data("prose")["industry_not_names"]))
_PLACE = (Label.COUNTY, Label.PARK)
ABOVE_COUNTY = ("prefecture", "province", "region")  # kinds of place nodes no county, zone or park rule speaks for


@dataclass(frozen=True)
class Found:
    """A name found in a sentence (offsets in sent.text) and the node it resolved to."""
    start: int
    end: int
    label: Label
    nid: str
    surface: str


def held_by_name(spans: list[Found], start: int, end: int) -> bool:
    """Whether a name that is no industry's (a firm, project, park or place) holds some of text[start:end]: the words are
    part of that name, no industry of their own."""
    return any(f.label != Label.CLUSTER and f.start < end and f.end > start for f in spans)


@dataclass
class ProseState:
    """What earlier sentences said, for anaphora (该项目, a bare 产业园) and the document's place."""
    last_project: Found | None = None
    last_project_para: int = -1                       # where last_project's paragraph starts
    last_park: Found | None = None
    last_zone: Found | None = None                    # the development zone (…开发区, …高新区) named last, park or county node
    last_firm: Found | None = None                    # the firm named last, for 该公司 opening a clause
    last_firm_para: int = -1
    # the names each earlier prose sentence held, newest last: (its paragraph's start, its text, its projects, its firms), for a firm's
    # head speaking of the one project the sentences before named (rule speaker_owner) and 该公司 across a paragraph
    recent: list[tuple[int, str, tuple[Found, ...], tuple[Found, ...]]] = field(default_factory=list)
    heading_clusters: dict[str, Found] = field(default_factory=dict)  # heading -> the cluster it names
    topic_place: tuple[int, Found] | None = None      # (paragraph start, the park or zone "X：" opens it with)
    inline_industry: tuple[int, Found] | None = None  # (paragraph start, the industry a clause of its own heads: "新能源产业。")
    field_topic: tuple[int, Found] | None = None      # (paragraph start, the industry its opening "在X产业方面，" names)
    heading_industry: tuple[int, Found] | None = None  # (paragraph start, the industry its heading "大力发展X。" names), for the next sentence
    paragraph_topic: tuple[int, Found] | None = None  # (paragraph start, the industry a topic sentence "在X产业，", "围绕X产业上项目。" names)
    industry_breakdown: int = -1                      # paragraph start of a batch "根据行业划分，A项目4个，…；B项目2个…"

    doc_place: tuple[str, str] | None = None          # (node id, surface)
    doc_place_rule: str = "dateline"                  # dateline | title_place
    located: set[str] = field(default_factory=set)    # projects some rule placed
    section_place: Found | None = None                # the place a line of its own name heads ("鄢陵县" above its projects)
    section_of: dict[int, Found] = field(default_factory=dict)  # sentence start -> the section's place, once one is set
    paragraph_of: dict[int, Found] = field(default_factory=dict)  # paragraph start -> the place its first sentence opens with
    sentence_of: dict[int, Found] = field(default_factory=dict)  # sentence start -> the place a later sentence of its paragraph opened with, up to it

    def paragraph_place(self, sent: Sentence) -> Found | None:
        """The place a sentence's paragraph speaks of at that sentence: a later sentence's opening place, else the first's."""
        return self.sentence_of.get(sent.start, self.paragraph_of.get(sent.para_start))

    def note_section(self, b: GraphBuilder, sent: Sentence, spans: list[Found]) -> None:
        """A line that is only a county's or zone's name heads a section (a report on several counties: 禹州市 / 长葛市 /
        鄢陵县, each above its projects), or that name and a short title after a colon (榆林汽车产业园：…新平台): the
        projects under it are that place's, not the first heading's."""
        line = sent.text.strip()
        head = next((f for f in spans if f.label in _PLACE and line.startswith(f.surface)
                     and (len(line) - len(f.surface) <= 1 or _P("section_title").fullmatch(line, len(f.surface)))
                     and not above_county(b, f)), None)
        if head is not None:
            self.section_place = head
        if self.section_place is not None:
            self.section_of[sent.start] = self.section_place

    def heading_cluster(self, sent: Sentence) -> Found | None:
        """The cluster named by the innermost heading above the sentence ("（一）做强…产业集群")."""
        return next((self.heading_clusters[p] for p in reversed(sent.path) if p in self.heading_clusters), None)

    def place_at(self, sent: Sentence) -> Found | None:
        """The place nothing nearer than the text around a sentence gives: its paragraph's, else its section's, else the
        report's."""
        return self.paragraph_place(sent) or self.section_of.get(sent.start) or self.doc_place_found()

    def doc_place_found(self) -> Found | None:
        """The report's place (dateline or title) as a span of no width, for rules with no nearer place."""
        if self.doc_place is None:
            return None
        nid, surface = self.doc_place
        return Found(0, 0, Label.PARK if nid.startswith("park:") else Label.COUNTY, nid, surface)


@lru_cache(maxsize=None)
def _words(key: str) -> str:
    """A regex alternation of one word list of data/rules/prose.yaml, longest first (projects.py uses it)."""
    words = sorted(map(str, rule_data("prose")[key]), key=len, reverse=True)
    return "|".join(map(re.escape, words))


# _P(key): one pattern of data/rules/prose.yaml `patterns` (its <<list>> slots filled with that file's words); a
# partial, not a function calling `pattern`: the rules ask for a pattern some twenty thousand times a corpus
_P: Callable[[str], re.Pattern[str]] = partial(pattern, "prose")


def split_items(text: str) -> list[str]:
    """The items of a coordinated list (A、B、C), as written."""
    return _P("list_sep").split(text)


def is_list(text: str) -> bool:
    return search(_P("list_sep"), text) is not None


def aspect_list(text: str) -> bool:
    """Whether a list names the aspects a chain renews (新材料、新模式、新工艺、新市场: audit R), no industries: one of
    its items is a new way of working (prose.yaml industry_list `vocabulary_aspect_item`)."""
    aspect = pattern_group("prose", "industry_list")["vocabulary_aspect_item"]
    return any(aspect.match(item) for item in split_items(text))


def _clause_start(text: str, pos: int) -> int:
    ends = [m.end() for m in _P("clause_end").finditer(text, 0, pos)]
    return ends[-1] if ends else 0


def _clause_end(text: str, pos: int) -> int:
    m = _P("clause_end").search(text, pos)
    return m.start() if m else len(text)


def _group_before(spans: list[Found], text: str, end: int, labels: tuple[Label, ...]) -> list[Found]:
    """The names ending exactly at `end`, joined by 和/与/、/及 (A和B合作开发): last one first."""
    out: list[Found] = []
    pos = end
    for f in sorted(spans, key=lambda f: -f.end):
        if f.label not in labels or f.end > pos:
            continue
        if f.end == pos or (out and _P("joiner").fullmatch(text[f.end:pos])):
            out.append(f)
            pos = f.start
        elif f.end < pos:
            break
    return out


def _group_after(spans: list[Found], text: str, start: int, labels: tuple[Label, ...]) -> list[Found]:
    out: list[Found] = []
    pos = start
    for f in sorted(spans, key=lambda f: f.start):
        if f.label not in labels or f.start < pos:
            continue
        if f.start == pos or (out and _P("joiner").fullmatch(text[pos:f.start])):
            out.append(f)
            pos = f.end
        elif f.start > pos:
            break
    return out


def _edge(b: GraphBuilder, rel: RelType, src: Found, dst: Found, sent: Sentence, rule: str,
          state: ProseState, props: dict | None = None) -> None:
    b.edge(rel, src.nid, dst.nid, sent, rule, dst.surface, "", props=props)
    if rel == RelType.LOCATED_IN and src.label == Label.PROJECT:
        state.located.add(src.nid)


def _owner(b: GraphBuilder, sent: Sentence, project: Found, actors: list[Found], verb: str, rule: str,
           state: ProseState) -> None:
    role = "contractor" if _P("contractor_verb").fullmatch(verb) else "owner"
    for a in actors:
        if a.label == Label.ENTERPRISE:
            _edge(b, RelType.CARRIED_OUT_BY, project, a, sent, rule, state, {"role": role})
        elif role == "owner":
            _edge(b, RelType.LOCATED_IN, project, a, sent, "place_invests", state)


def rule_owner(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"A投资建设的B项目" and "B（该项目）由A投资建设"."""
    text = sent.text
    actors_of = (Label.ENTERPRISE, Label.COUNTY, Label.PARK)
    for p in [f for f in spans if f.label == Label.PROJECT]:
        cs = _clause_start(text, p.start)
        left = text[cs:p.start]
        if _P("ends_of").search(left):
            for a in sorted((f for f in spans if f.label in actors_of and cs <= f.start and f.end <= p.start),
                            key=lambda f: -f.end):
                m = _P("invested_by").match(text[a.end:p.start])
                if m:
                    _owner(b, sent, p, _group_before(spans, text, a.end, (a.label,)), m.group(1), "invested_by", state)
                    break
                if a.label == Label.ENTERPRISE and _P("firm_of").match(text[a.end:p.start]):  # A公司的B项目
                    _owner(b, sent, p, _group_before(spans, text, a.end, (a.label,)), "", "firm_of_project", state)
                    break
        _owner_before(b, sent, spans, p, cs, state)
        _by_split(b, sent, spans, p, cs, state)
        _its_owner(b, sent, spans, p, cs, state)
        _bracket_name(b, sent, spans, p)
        m = _P("project_by").match(text[p.end:])  # "B项目，是由A和C合作开发的…"
        if m:
            _by(b, sent, spans, p, p.end + m.end(), state)
        _signed_with(b, sent, spans, p, cs, state)
    _signed_batch(b, sent, spans, state)
    _signed_investment(b, sent, spans, state)
    _host_venue(b, sent, spans, state)
    _owner_role(b, sent, spans, state)
    if state.last_project is not None:  # "该项目由A…" speaks of the project named before (_by sets no other)
        for m in scan(_P("anaphora_by"), text):
            if not any(f.label == Label.PROJECT and f.end <= m.start() + 1 for f in spans):
                _by(b, sent, spans, state.last_project, m.end(), state)
    _subject_owner(b, sent, spans, state)
    _subject_firm_projects(b, sent, spans, state)
    _speaker_owner(b, sent, spans, state)


def _by_split(b: GraphBuilder, sent: Sentence, spans: list[Found], p: Found, cs: int, state: ProseState) -> None:
    """"由A投资2.5亿元，分两期建设的B项目": a clause 由A…投资 before the clause that builds B (rule built_by)."""
    text = sent.text
    if cs == 0 or not _P("by_split_of").fullmatch(text, cs, p.start) or any(cs <= f.start < p.start for f in spans):
        return  # the building clause has no subject of its own (冠县分两期建设的B: the county's)
    pcs = _clause_start(text, cs - 1)
    for f in spans:
        if f.label == Label.ENTERPRISE and pcs <= f.start and f.end < cs \
                and _P("by_split_lead").fullmatch(text, pcs, f.start) and _P("by_split_verb").fullmatch(text, f.end, cs - 1):
            actors = _group_before(spans, text, f.end, (Label.ENTERPRISE,))
            _owner(b, sent, p, actors, "", "built_by", state)
            return


def _owner_role(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A project's owner or builder named by its role: "B项目的投资方为A", "B项目，建设单位为A", "该项目业主单位是A",
    "项目施工单位为A" (承建/施工 roles: `role: contractor`); 该项目/项目 opening the clause is the project named last in
    the paragraph (rule owner_role)."""
    text = sent.text
    if not any(f.label == Label.ENTERPRISE for f in spans):
        return  # every role names a firm found right after it: no firm, nothing to read (the regex scan is the cost)
    for m in scan(_P("owner_role"), text):
        firm = next((f for f in spans if f.label == Label.ENTERPRISE and f.start == m.end()), None)
        if firm is None:
            continue
        project = next((f for f in spans if f.label == Label.PROJECT and f.end in (m.start(), m.end("anaphor"))), None)
        if project is None and m.group("anaphor") and m.start() == _clause_start(text, m.start()) \
                and not any(f.label == Label.PROJECT and f.end <= m.start() for f in spans) \
                and state.last_project is not None and state.last_project_para == sent.para_start:
            project = state.last_project
        if project is None:
            continue
        role = "contractor" if m.group("role") in rule_data("prose")["contractor_roles"] else "owner"
        _edge(b, RelType.CARRIED_OUT_BY, project, firm, sent, "owner_role", state, {"role": role})


def _subject_firm_projects(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A sentence opening with a firm as its subject and naming no other firm and no place: its projects, that no rule
    gave an owner, are the firm's ("抚顺新钢铁有限责任公司加速与央企混改，转炉节能改造项目3月份复工，总投资9亿元的
    环保升级改造项目4月份开工"; rule subject_firm_projects)."""
    text = sent.text
    firms = [f for f in spans if f.label == Label.ENTERPRISE]
    if len({f.nid for f in firms}) != 1 or any(f.label in _PLACE for f in spans):
        return
    firm = min(firms, key=lambda f: f.start)
    if any(p.label == Label.PROJECT and p.start <= firm.start and firm.end <= p.end for p in spans):
        return  # "中检集团华东药物检测中心、A、B4个…项目同步落户": the firm opens the first item's name, no subject (ent12)
    if _clause_start(text, firm.start) != 0 or not _P("subject_lead").fullmatch(text[:firm.start]) \
            or not _P("firm_subject_follows").match(text, firm.end):
        return
    owned = b.sources(RelType.CARRIED_OUT_BY)
    named_at = b.sources(RelType.LOCATED_IN)  # 冠县…项目: a place inside the project's name is a place the sentence names
    for p in spans:
        if p.label == Label.PROJECT and p.start > firm.end and p.nid not in owned and p.nid not in named_at:
            _edge(b, RelType.CARRIED_OUT_BY, p, firm, sent, "subject_firm_projects", state, {"role": "owner"})


def _speaker_owner(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A firm's head speaking in a passage about one project speaks for its owner: "在A项目建设现场，…。项目总投资5亿元。
    据B有限公司总经理C介绍，…", "…”B有限公司董事长C说", "项目实施方B副总经理C介绍" (rule speaker_owner). The firm is
    the sentence's only firm and opens its clause (after 据, a closing quote or a role word: 投资方, 项目实施方); the
    sentences before, back to the nearest naming a project (at most `speaker_reach` of them, `speaker_role_reach` after
    a role word) and on to its paragraph's start, name that one project and no firm (nor the speaker's inside a name); the speaker speaks (介绍，/说：/表示。, not 介绍开工项目情况); a
    project with another owner already, or a builder's speaker (项目经理, 施工), gives nothing."""
    text = sent.text
    firms = [f for f in spans if f.label == Label.ENTERPRISE]
    if len({f.nid for f in firms}) != 1:
        return
    firm = firms[0]
    said = _P("firm_speaker").match(text, firm.end)
    lead = _P("speaker_owner_lead").search(text, 0, firm.start)
    if said is None or lead is None or _P("speaker_not_owner").search(text, firm.end, said.end()) \
            or not _P("speaker_said_end").match(text, said.end()):
        return  # (介绍开工项目情况: the head presents a batch, no speech of the firm's own)
    reach = int(rule_data("prose")["speaker_role_reach" if lead.group("role") else "speaker_reach"])
    named = [f for f in spans if f.label == Label.PROJECT]
    ids = {p.nid for p in named}
    topic = named[0] if named else None
    own = (firm.surface, b.nodes[firm.nid].name)
    para = -1
    for k, (start, before, projects, others) in enumerate(reversed(state.recent)):
        if (topic is not None and start != para) or k >= reach + 6:
            break  # back to the start of the paragraph that named the project
        if topic is None and k >= reach:
            return
        if others or any(name in before for name in own):
            return  # a firm spoken of between the project and the speaker, or the speaker's inside another's name
        ids |= {p.nid for p in projects}
        if topic is None and projects:
            topic, para = projects[-1], start
    if topic is None or len(ids) != 1:
        return
    if b.targets(RelType.CARRIED_OUT_BY, topic.nid) - {firm.nid}:
        return
    _edge(b, RelType.CARRIED_OUT_BY, topic, firm, sent, "speaker_owner", state, {"role": "owner"})


def _its_owner(b: GraphBuilder, sent: Sentence, spans: list[Found], p: Found, cs: int, state: ProseState) -> None:
    """"以A为链主，其重点打造的P项目": 其 is the firm named before in the sentence, else last in the paragraph."""
    if not _P("its_owner").match(sent.text[cs:p.start]):
        return
    firm = next((f for f in sorted(spans, key=lambda f: -f.start) if f.label == Label.ENTERPRISE and f.end <= cs), None)
    if firm is None and state.last_firm is not None and state.last_firm_para == sent.para_start:
        firm = state.last_firm
    if firm is not None:
        _edge(b, RelType.CARRIED_OUT_BY, p, firm, sent, "invested_by", state, {"role": "owner"})


def _bracket_name(b: GraphBuilder, sent: Sentence, spans: list[Found], p: Found) -> None:
    """A project's other name in brackets right after it, naming a firm's project ("B项目（A公司大龙项目）"):
    the firm owns B too (rule bracket_name)."""
    if not _P("bracket_open").match(sent.text, p.end):
        return
    other = next((f for f in spans if f.label == Label.PROJECT and f.start == p.end + 1
                  and _P("bracket_close").match(sent.text, f.end)), None)
    if other is None:
        return
    for e in [e for e in b.edges.values() if e.type == RelType.CARRIED_OUT_BY and e.source == other.nid]:
        firm = b.nodes[e.target]
        b.edge(RelType.CARRIED_OUT_BY, p.nid, e.target, sent, "bracket_name", firm.name, "", props={"role": "owner"})


def _owner_before(b: GraphBuilder, sent: Sentence, spans: list[Found], p: Found, cs: int, state: ProseState) -> None:
    """Firms right before their project with a joint building verb or the project's figure between them and no
    的: "A、B合作投资建设P项目", "A公司总投资13亿元、P项目" (rule owner_before)."""
    text = sent.text
    for f in spans:
        m = _P("owner_before").match(text[f.end:p.start]) if f.label == Label.ENTERPRISE and cs <= f.start < f.end < p.start else None
        if m is None:
            continue
        firms = _group_before(spans, text, f.end, (Label.ENTERPRISE,))
        if m.group("verb") and _P("subject_lead").fullmatch(text[_clause_start(text, firms[-1].start):firms[-1].start]):
            return
        for a in firms:
            _edge(b, RelType.CARRIED_OUT_BY, p, a, sent, "owner_before", state, {"role": "owner"})
        return
    short = _short_firm_before(b, sent, cs, p.start)
    if short is not None:
        spans.append(short)
        _edge(b, RelType.CARRIED_OUT_BY, p, short, sent, "owner_before", state, {"role": "owner"})


def _short_firm_before(b: GraphBuilder, sent: Sentence, cs: int, end: int) -> Found | None:
    """A short name opening its clause right before the project's figure and 的 ("新乡化纤总投资162亿元的P项目"):
    the firm, when it is no place, zone or generic word."""
    text = sent.text
    m = _P("figure_of").search(text, cs, end)
    if m is None or m.end() != end:
        return None
    for j in range(max(cs, m.start() - 6), m.start() - 1):
        word = text[j:m.start()]
        if not _P("subject_lead").fullmatch(text[cs:j]) or not _P("cjk_word").fullmatch(word):
            continue
        if _P("short_firm_not").search(word) or holds_verb(word) or b.resolver.county(word) is not None or b.resolver.counties_in(word) \
                or b.resolver.gaz.upper_unit(word) is not None or word.startswith(tuple(rule_data("prose")["project_not_heads"])) \
                or any(n.label in _PLACE and n.name.startswith(word) for n in b.nodes.values()):
            return None
        r = b.resolver.enterprise(word)
        return Found(j, m.start(), Label.ENTERPRISE, b.node(r, word, sent, "owner_before"), word) if r else None
    return None


def _signed_batch(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"…的企业，与海原县签订了16.26亿元的农业综合项目，其中包括A项目、B项目、C项目": the items of a batch a place signs
    are in that place (rule signed_with); their owners are not split among the firms, so no owner."""
    text = sent.text
    if not any(f.label == Label.PROJECT for f in spans):
        return  # the batch's items are the projects found after it: none, nothing to read
    for m in scan(_P("signed_with"), text):
        where = next((f for f in spans if f.start == m.start(1) and f.label in _PLACE and not above_county(b, f)
                      and (f.end == m.end(1) or _P("organ").fullmatch(text, f.end, m.end(1)))), None)
        batch = _P("signed_batch").match(text, m.end())
        if where is None or batch is None:
            continue
        stop = _clause_end(text, batch.end())  # each item the list names, one not found between standing apart
        for p in spans:
            if p.label == Label.PROJECT and batch.end() <= p.start and p.end <= stop \
                    and (p.start == batch.end() or _P("joiner").fullmatch(text, p.start - 1, p.start)):
                _edge(b, RelType.LOCATED_IN, p, where, sent, "signed_with", state)


def _host_venue(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"11月2日，郑东新区在龙子湖智慧岛隆重举行…签约仪式": a county or zone opening its clause holds its event at a park of
    its own (rule host_venue; rel10)."""
    text = sent.text
    for host in spans:
        if host.label not in _PLACE or above_county(b, host) \
                or not _P("host_venue_lead").fullmatch(text, _clause_start(text, host.start), host.start):
            continue
        at = _P("host_venue_at").match(text, host.end)
        park = next((f for f in spans if at is not None and f.start == at.end() and f.label == Label.PARK), None)
        if park is None or park.nid == host.nid or not _P("venue_verb_after").match(text, park.end):
            continue
        if host.label == Label.PARK and not _P("county_park_end").search(host.surface):
            continue  # a zone typed as a park (…开发区) holds parks; a park holds none
        _edge(b, RelType.LOCATED_IN, park, host, sent, "host_venue", state)


def _signed_investment(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"怀远县与山东尚品尚科技有限公司签订投资协议" / "A公司与X开发区签署入园协议": the firm that signs an agreement to
    invest or settle with a county, zone or park is to be there (rule signed_with; rel10)."""
    text = sent.text
    if not any(f.label == Label.ENTERPRISE for f in spans):
        return  # one side is a firm found in the sentence: none, nothing to read
    for m in scan(_P("signed_with"), text):
        if not _P("investment_agreement").match(text, m.end()):
            continue
        other = next((f for f in spans if f.start == m.start(1) and f.label in (Label.ENTERPRISE, *_PLACE)
                      and (f.end == m.end(1) or f.label != Label.ENTERPRISE and _P("organ").fullmatch(text, f.end, m.end(1)))), None)
        organ = _P("organ_before").search(text, 0, m.start())
        left = organ.start() if organ is not None and organ.end() == m.start() else m.start()
        before = _group_before(spans, text, left, (Label.ENTERPRISE, *_PLACE))
        if other is None or len(before) != 1 or before[0].label == other.label \
                or Label.ENTERPRISE not in (before[0].label, other.label):
            continue
        firm, place = (other, before[0]) if other.label == Label.ENTERPRISE else (before[0], other)
        if not above_county(b, place):
            _edge(b, RelType.LOCATED_IN, firm, place, sent, "signed_with", state)


def _signed_with(b: GraphBuilder, sent: Sentence, spans: list[Found], p: Found, cs: int, state: ProseState) -> None:
    """"A（、B）与X签署B项目投资合作协议", "X与A签约B项目": the firms of the two sides own the project,
    a place among them is where it is (rule signed_with)."""
    m = _P("signed_with").search(sent.text, cs, p.start)
    if m is None or m.end() != p.start and not _P("signed_figure").fullmatch(sent.text, m.end(), p.start):
        return  # 签订了投资58亿元的B项目: the project's figure may stand between
    rep = _P("representative_before").search(sent.text, cs, m.start())  # X开发区主任王某|与…
    left = rep.start() if rep is not None and rep.end() == m.start() else m.start()
    organ = _P("organ_before").search(sent.text, cs, left)  # 瑞丽市政府|与…: the place signs by its government
    left = organ.start() if organ is not None and organ.end() == left else left
    sides = _group_before(spans, sent.text, left, (Label.ENTERPRISE, Label.COUNTY, Label.PARK)) + \
        [f for f in spans if f.start == m.start(1) and f.label in (Label.ENTERPRISE, *_PLACE)
         and (f.end == m.end(1) or f.label != Label.ENTERPRISE and _P("organ").fullmatch(sent.text, f.end, m.end(1)))]
    places = [f for f in sides if f.label != Label.ENTERPRISE]
    if not any(f.label == Label.ENTERPRISE for f in sides) and len(places) != 1:
        return  # with no firm among the sides, one place signs for the project it holds (企业还与合浦县政府签约了B项目)
    if any(above_county(b, f) for f in places):
        return
    for f in sides:
        if f.label == Label.ENTERPRISE:
            _edge(b, RelType.CARRIED_OUT_BY, p, f, sent, "signed_with", state, {"role": "owner"})
        else:
            _edge(b, RelType.LOCATED_IN, p, f, sent, "signed_with", state)


def _subject_owner(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A firm a clause opens with owns the projects its building verb is followed by, up to the next
    firm: "汉能集团也将其…基地放在了…，决定投资建设A、B等项目", "华夏电源有限公司…，一期建设了B项目"."""
    text = sent.text
    projects = [f for f in spans if f.label == Label.PROJECT]
    if not projects:
        return  # (before reading the firms: most sentences name no project)
    firms = sorted((f for f in spans if f.label == Label.ENTERPRISE), key=lambda f: f.start)
    if state.last_firm is not None and (state.last_firm_para == sent.para_start or _previous_firm(state)):
        # "公司将在荣投资18亿元，建设P项目": a clause opening with 该公司 speaks of the firm named last; in a paragraph of
        # its own only with 该 and when the sentence before named that one firm ("…步阳集团是重头戏。\n据悉，该集团将投资…")
        firms = sorted(firms + [Found(m.start(), m.end(), Label.ENTERPRISE, state.last_firm.nid, state.last_firm.surface)
                                for m in _P("firm_anaphor").finditer(text)
                                if m.start() == _clause_start(text, m.start()) and not any(f.start <= m.start() < f.end for f in firms)
                                and (state.last_firm_para == sent.para_start or _P("firm_demonstrative").match(m.group()))],
                       key=lambda f: f.start)
    if not firms:
        return
    verbs = _P("subject_owner_verb")
    k = 0
    while k < len(firms):
        firm = firms[k]
        group = _group_after(firms, text, firm.start, (Label.ENTERPRISE,))  # A与B共同投资建设…: joint owners
        k += len(group)
        lead = text[_clause_start(text, firm.start):firm.start]
        if lead and not _P("subject_lead").fullmatch(lead):
            continue
        nxt = firms[k].start if k < len(firms) else len(text)
        m = verbs.search(text, group[-1].end, min(nxt, group[-1].end + 60))
        if m is None:
            continue
        site = [f for f in spans if f.label in _PLACE and m.start("site") <= f.start and f.end <= m.end("site")] \
            if m.group("site") else []  # "…，在双流建设B项目": B is there (rule built_at)
        for p in projects:
            if m.end() <= p.start and p.end <= nxt:
                for owner in group:
                    _edge(b, RelType.CARRIED_OUT_BY, p, owner, sent, "subject_owner", state, {"role": "owner"})
                for where in site[-1:]:
                    _edge(b, RelType.LOCATED_IN, p, where, sent, "built_at", state)


def _previous_firm(state: ProseState) -> bool:
    """Whether the sentence before this one named one firm, the one named last, and no project: what 该公司 opening
    this sentence's paragraph speaks of (rule subject_owner)."""
    if not state.recent or state.last_firm is None:
        return False
    _, _, projects, firms = state.recent[-1]
    return not projects and bool(firms) and {f.nid for f in firms} == {state.last_firm.nid}


def _by(b: GraphBuilder, sent: Sentence, spans: list[Found], project: Found, pos: int, state: ProseState) -> None:
    actors = _group_after(spans, sent.text, pos, (Label.ENTERPRISE,)) or _named_by(b, sent, spans, pos)
    if not actors:
        return
    sub = _P("subsidiary").match(sent.text, actors[-1].end)
    if sub is not None:  # "由A的子公司B投资兴建": B builds it
        actors = _group_after(spans, sent.text, sub.end(), (Label.ENTERPRISE,)) or actors
    m = _P("by_verb").match(sent.text[actors[-1].end:])
    if m:
        _owner(b, sent, project, actors, m.group(1), "built_by", state)


def _named_by(b: GraphBuilder, sent: Sentence, spans: list[Found], pos: int) -> list[Found]:
    """"B项目由湖南鑫汇能印业投资建设": between 由 and the building verb, a name that ends as a firm's does (a trade
    word: names.yaml enterprise_weak) is the firm, though no rule found it; a place or any other found name is none."""
    m = _P("by_name").match(sent.text, pos)
    if m is None or any(f.start < m.end() and pos < f.end for f in spans):
        return []
    firm = m.group("firm")
    if suffix_name(firm, b.resolver.lex.strip_region) != firm or b.resolver.county_prefix(firm) is not None \
            and b.resolver.county_prefix(firm)[0] == firm:  # type: ignore[index]
        return []
    r = b.resolver.enterprise(firm)
    if r is None:
        return []
    return [Found(m.start(), m.end(), Label.ENTERPRISE, b.node(r, firm, sent, "built_by"), firm)]


def _place_at(spans: list[Found], pos: int, state: ProseState, text: str) -> Found | None:
    """The place or park starting at `pos`; a bare 产业园/园区 is the park named last."""
    for f in spans:
        if f.start == pos and f.label in _PLACE:
            return f
    bare = _P("bare_park").match(text, pos)
    if state.last_park is not None and bare is not None:
        lp = state.last_park
        return Found(pos, bare.end(1), lp.label, lp.nid, bare.group(1))
    return None


def above_county(b: GraphBuilder, f: Found) -> bool:
    """Whether a place found is a prefecture, province or region: no county, zone or park rule speaks for it."""
    return b.nodes[f.nid].props.get("kind") in ABOVE_COUNTY


def _local_place_at(b: GraphBuilder, spans: list[Found], pos: int) -> Found | None:
    """The county, zone or park (no prefecture or province) found starting at `pos`."""
    return next((f for f in spans if f.start == pos and f.label in _PLACE and not above_county(b, f)), None)


def rule_located(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    text = sent.text
    things = (Label.PROJECT, Label.ENTERPRISE, Label.PARK)
    placed: set[str] = set()
    # (each verb places names found in the sentence: with none found, its regex scan reads nothing)
    verbs = (("located_at", "locate"), ("settled_in", "settle")) if spans else ()
    for rule, key in verbs:
        for m in _P(key).finditer(text):
            # 位于定西市|安定区西川片区: the county past the province and prefecture the place is written after
            where = _place_at(spans, m.end(), state, text) \
                or _place_at(spans, m.end() + b.resolver.gaz.upper_prefix(text[m.end():m.end() + 12]), state, text)
            if where is not None:  # 位于临洮县临洮经济开发区中铺镇中铺工业园: the last place of the address
                where = _address_run(b, spans, text, where, sent)[-1]
            elif _P("here").match(text, m.end()):  # "X开发区位于…，一汽集团总部坐落于此": 此 is the sentence's subject
                _here(b, sent, spans, m, rule, state, placed)
                continue
            own_de = _P("of").match(text, m.end(1)) is not None
            if own_de:  # "…项目落户的聊城化工产业园": the place follows 的
                where = _place_at(spans, m.start(1) + len(m.group(1)) + 1, state, text)
                subjects = _group_before(spans, text, m.start(1), things)
            elif where is not None and (de := _P("town_of").match(text, where.end)):
                subjects = _group_after(spans, text, de.end(), things)   # 位于X的Y, 位于X新窑镇的Y
                kind = _P("site_kind_between").match(text, de.end())
                if not subjects and kind is not None:  # 落户轮台县的首家制造业企业|A有限公司: the kind, then the firm
                    subjects = _group_after(spans, text, kind.end(), (Label.PROJECT, Label.ENTERPRISE))
                if not subjects:  # "A落户来安县的<a zone not found>": A is in X all the same
                    subjects = _group_before(spans, text, m.start(1), things)
            else:  # Y位于X; "A、B、C等落户荣昌": a list's close before the verb; "“Y”，选址在X": Y set off by a comma
                close = _P("list_close_before").search(text, max(0, m.start(1) - 12), m.start(1)) \
                    or _P("subject_set_off").search(text, max(0, m.start(1) - 3), m.start(1)) \
                    or _P("settle_adverb_before").search(text, max(0, m.start(1) - 6), m.start(1))
                subjects = _group_before(spans, text, close.start() if close else m.start(1), things)
            if where is None:
                continue
            if not subjects and (rule == "located_at" or rule == "settled_in" and where.label in _PLACE):
                # (B项目由A投资建设，落户X开发区: a clause of settling goes on speaking of the project too; rel10)
                subjects = _continued_subject(spans, text, m.start(1))
                rule_here = "located_continued"
            else:
                rule_here = rule
            for s in subjects:
                if s.nid != where.nid:
                    _edge(b, RelType.LOCATED_IN, s, where, sent, rule_here, state)
                    placed.add(s.nid)
    for p in [f for f in spans if f.label == Label.PROJECT and f.nid not in placed]:
        m = _P("project_site").match(text, p.end)  # "P项目，正在准格尔旗大路煤化工基地有序推进": built where 在 puts it
        where = _place_at(spans, m.end(), state, text) if m else None
        if where is not None and _P("project_site_verb").match(text, where.end):
            _edge(b, RelType.LOCATED_IN, p, where, sent, "project_at_site", state)
            placed.add(p.nid)
    for p in [f for f in spans if f.label == Label.PROJECT and f.nid not in placed]:
        m = _P("project_is").match(text[p.end:])  # "中通…项目是东昌府区着力实施…的一个缩影"
        where = _place_at(spans, p.end + m.end(), state, text) if m else None
        if where is not None and (where.label == Label.COUNTY or where.label == Label.PARK and _P("project_is_park").match(text, where.end)):
            _edge(b, RelType.LOCATED_IN, p, where, sent, "project_is_of", state)
            placed.add(p.nid)
    _frame(b, sent, spans, state, placed)
    _visit(b, sent, spans, state, placed)
    _subject(b, sent, spans, state, placed)
    _host(b, sent, spans, state, placed)
    _speaker(b, sent, spans, state, placed)
    _speaker_firm(b, sent, spans, state)
    _firm_at_site(b, sent, spans, state)


def _address_run(b: GraphBuilder, spans: list[Found], text: str, where: Found, sent: Sentence) -> list[Found]:
    """The places written one after another after 位于, from the larger to the smaller, a town or a zone's part
    allowed between (位于甘肃省定西市临洮县临洮经济开发区中铺镇中铺工业园的西南部): each is inside the one before
    (rule address_run), and the last is where the subject is."""
    run = [where]
    while True:
        gap = _P("address_gap").match(text, run[-1].end)
        nxt = next((f for f in spans if gap is not None and f.start == gap.end() and f.label in _PLACE), None)
        if nxt is None or nxt.nid == run[-1].nid:
            break
        if nxt.label != Label.PARK and b.nodes[nxt.nid].props.get("kind") != "zone":
            break  # only a zone or park lies inside the place before it (两个县 side by side are no address)
        b.edge(RelType.LOCATED_IN, nxt.nid, run[-1].nid, sent, "address_run", run[-1].surface, "")
        run.append(nxt)
    return run


def _here(b: GraphBuilder, sent: Sentence, spans: list[Found], m: re.Match[str], rule: str, state: ProseState,
          placed: set[str]) -> None:
    """"长春汽车经济技术开发区位于…，…，一汽集团总部坐落于此", "…，A、B等企业先后落户于此": 此 is the place opening the
    sentence; the names right before the verb (their 总部 or an adverb between) are there (rules located_at, settled_in)."""
    text = sent.text
    first = min(spans, key=lambda f: f.start, default=None)
    if first is None or first.label not in _PLACE or above_county(b, first) \
            or not _P("subject_lead").fullmatch(text[:first.start]):
        return
    gap = _P("here_gap").search(text, max(0, m.start(1) - 12), m.start(1))
    close = _P("list_close_before").search(text, max(0, m.start(1) - 12), gap.start() if gap else m.start(1))
    end = close.start() if close is not None and close.end() == (gap.start() if gap else m.start(1)) else \
        (gap.start() if gap else m.start(1))
    for f in _group_before(spans, text, end, (Label.PROJECT, Label.ENTERPRISE, Label.PARK)):
        if f.nid != first.nid and f.start > first.end:
            _edge(b, RelType.LOCATED_IN, f, first, sent, rule, state)
            placed.add(f.nid)


def _continued_subject(spans: list[Found], text: str, verb: int) -> list[Found]:
    """"B项目由A投资1.8亿元建设，位于X", "B项目由A投资兴建，选址位于X": a clause opening with the verb of site (only
    选址, 项目 or 并 before it) goes on speaking of the project or park that opens the sentence, where only firms (its
    builders) are named between (rule located_continued)."""
    cs = _clause_start(text, verb)
    if cs == 0 or not _P("locate_continued_lead").fullmatch(text[cs:verb]):
        return []
    before = sorted((f for f in spans if f.end <= cs), key=lambda f: f.start)
    if not before or before[0].label not in (Label.PROJECT, Label.PARK):
        return []
    head = before[0]
    if not _P("subject_lead").fullmatch(text[_clause_start(text, head.start):head.start]) \
            or _clause_start(text, head.start) != 0:
        return []
    if any(f.label != Label.ENTERPRISE for f in before[1:] if f.start >= head.end):
        return []
    return [head]


def rule_name_county_place(b: GraphBuilder, projects: list[tuple[Found, Sentence]]) -> None:
    """A project nothing placed whose name holds one county, anywhere in it (中船风电|兴城|一期20万千瓦风电, 辽宁大唐国际
    葫芦岛|连山|25万千瓦风力发电, 西岭磁能科技|正定|有限责任公司储能…项目, 瑞金医院|太仓|分院): the name says where it is
    (rule name_county_place; loc15: batches 5, 6, 8, 9, 10, 11 of learn5to13). Not two counties, nor a line between
    places (…至…), nor a zone (a zone word is read by the zone rules), nor a name that is only places and 项目 (无锡市新吴区项目:
    the place's projects)."""
    located = b.sources(RelType.LOCATED_IN)
    for p, sent in projects:
        if p.nid in located or p.label != Label.PROJECT:
            continue
        name = b.nodes[p.nid].name
        if _P("name_place_line").search(name):
            continue
        found = {r.id: (w, r) for _, w, r in b.resolver.counties_in(name) if r.label == Label.COUNTY}
        if len(found) != 1:
            continue
        ((written, r),) = found.values()
        if r.entry is not None and r.entry.kind == "zone" or r.id.startswith("park:"):
            continue
        rest = _P("name_place_stem").sub("", name.replace(written, "", 1))
        if len(rest) < 2 or places_only(rest):
            continue
        cid = b.node(r, written, sent, "name_county_place")
        b.edge(RelType.LOCATED_IN, p.nid, cid, sent, "name_county_place", written, r.resolution)
        located.add(p.nid)


def rule_name_bracket_place(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A county in brackets inside a project's or park's name says where it is: 中联煤层气管道工程（盂县段）, 甘肃南部（临洮）
    物流中心, 广东湛江临港大型工业园（雷州奋勇片区）, 正威新材料（渭南大荔）纳米谷产业园 (a prefecture before the county is
    left out); not a firm's legal name (福融新材料（肇庆）有限公司: where it is registered), nor a prefecture or province alone
    (腾讯（苏州）数字产业基地: no county). Rule name_bracket_place."""
    for f in spans:
        if f.label not in (Label.PROJECT, Label.PARK):
            continue
        for m in scan(_P("name_bracket"), f.surface):
            if _P("bracket_firm_after").match(f.surface, m.end()):
                continue
            words = m.group(1)
            words = words[b.resolver.gaz.upper_prefix(words):]
            where = _bracket_county(b, words)
            if where is None:
                continue
            surface, r = where
            cid = b.node(r, surface, sent, "name_bracket_place")
            b.edge(RelType.LOCATED_IN, f.nid, cid, sent, "name_bracket_place", surface, r.resolution)
            if f.label == Label.PROJECT:
                state.located.add(f.nid)
            break


def _bracket_county(b: GraphBuilder, words: str) -> tuple[str, Resolved] | None:
    """The county the bracket's words name, alone or before a stretch or part of it (盂县|段, 雷州|奋勇片区)."""
    for k in range(len(words), 1, -1):
        if not _P("bracket_place_rest").fullmatch(words, k):
            continue
        r = b.resolver.county(words[:k])
        if r is not None and r.label == Label.COUNTY and (r.entry is None or r.entry.kind != "zone"):
            return words[:k], r
    return None


def _visit(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, placed: set[str]) -> None:
    """"…一行还前往平桥区明港镇，参加A项目投产仪式和B项目开工仪式": the projects whose ceremonies a visit to X attends,
    up to the sentence's end, are in X (rule visit_site)."""
    text = sent.text
    if not any(f.label == Label.PROJECT for f in spans):
        return  # what a visit places are the projects found after it: none, nothing to read
    for m in scan(_P("visit_to"), text):
        where = _place_at(spans, m.end(), state, text)
        if where is None or where.label != Label.COUNTY and where.label != Label.PARK:
            continue
        attend = _P("visit_attend").match(text, where.end)
        if attend is None:
            continue
        stop = _P("full_stop").search(text, attend.end())
        for f in spans:
            if attend.start() <= f.start < (stop.start() if stop else len(text)) and f.label == Label.PROJECT \
                    and f.nid not in placed and _P("ceremony").match(text, f.end):
                _edge(b, RelType.LOCATED_IN, f, where, sent, "visit_site", state)
                placed.add(f.nid)


def _frame(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, placed: set[str]) -> None:
    """"在X的Y，…" / "在X，…" opening a clause: the rest of the sentence happens there."""
    text = sent.text
    if not spans:
        return  # what a frame places are names found in the sentence (a bare 园区 alone is the last park, in itself)
    for m in scan(_P("frame"), text):
        outer = _place_at(spans, m.end(), state, text)
        if outer is None:
            continue
        inner = None
        de = _P("of_place").match(text, outer.end)  # "在X的Y", "在X占地5000亩的Y内"
        if de is not None:
            inner = _place_at(spans, de.end(), state, text)
            if inner is not None and inner.label == Label.PARK:
                _edge(b, RelType.LOCATED_IN, inner, outer, sent, "in_x_of_y", state)
            elif inner is None:  # "在海口高新区狮子岭飞地工业园区的海南英利生产车间内": a firm or project there
                thing = next((f for f in spans if f.start == de.end() and f.label in (Label.ENTERPRISE, Label.PROJECT)), None)
                if thing is not None and thing.nid not in placed:
                    _edge(b, RelType.LOCATED_IN, thing, outer, sent, "in_x_of_y", state)
                    placed.add(thing.nid)
        head_end = (inner or outer).end
        stop = _clause_end(text, head_end)
        if _P("frame_seeing").fullmatch(text[head_end:stop]):
            pass  # "笔者在X看到，…": what is seen is there
        elif _P("frame_goes_on").search(text[head_end:stop]) and not _P("frame_area").match(text[head_end:stop]):
            continue  # "在X召开…" is no frame: the clause goes on past the place
        # a firm is placed only when the sentence names no project (then the project is what happens there)
        kinds = (Label.PROJECT, Label.PARK) if any(f.label == Label.PROJECT for f in spans) else \
            (Label.ENTERPRISE, Label.PARK)
        for f in spans:
            if f.start > stop and f.label in kinds and f.nid not in placed and f.nid not in (outer.nid, (inner or outer).nid):
                if inner is not None:
                    _edge(b, RelType.LOCATED_IN, f, inner, sent, "in_x_of_y", state)
                    if f.label == Label.PROJECT:
                        _edge(b, RelType.LOCATED_IN, f, outer, sent, "in_x_of_y", state)
                else:
                    _edge(b, RelType.LOCATED_IN, f, outer, sent, "frame", state)
                placed.add(f.nid)


def _subject(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, placed: set[str]) -> None:
    """A sentence opening with a place that 引进/实施/建设…: its projects (and the firms it
    引进) are there."""
    text = sent.text
    if not search(_P("subject_verb"), text):
        _clause_subject(b, sent, spans, state, placed)  # "…获悉，A产业园目前已落地B集团等27个项目": 落地 is no subject verb
        return
    subj = next((f for f in spans if f.label in _PLACE and (f.start == 0 or _P("subject_place_lead").fullmatch(text, 0, f.start)
                 and not above_county(b, f))), None)  # (为…部署，2022年，|梓潼县投资…建设A: after a purpose and a time; rel10)
    if subj is not None and _P("listed_next").match(text, subj.end):
        subj = None  # "A产业园、B厂房…、C区建设D项目": the first item of a list, no subject
    speech = _P("speaker_organ_after").match(text, subj.end) if subj is not None else None
    if speech is not None:  # "X工业园区管委会副主任黎光介绍说，…以来，轮台县大力实施…，建成A、B": the speaker's organ is
        # no subject; the county or zone opening a later clause of the speech is (rel10)
        subj = next((f for f in spans if f.label in _PLACE and f.start >= speech.end() and not above_county(b, f)
                     and _opens_clause(text, f)), None)
    if subj is not None:
        # "濉溪县|濉溪芜湖现代产业园内的A项目": a park right after the county is the nearer place, in it
        park = next((f for f in spans if f.start == subj.end and f.label == Label.PARK), None)
        for f in spans:
            if f.nid in placed or f is subj or f is park:
                continue
            brought = f.label == Label.ENTERPRISE and _P("brought").search(text[:f.start])
            if f.label == Label.PROJECT and not unlisted_line(text, f) or brought:
                _edge(b, RelType.LOCATED_IN, f, subj, sent, "subject_place", state)
                if park is not None:
                    _edge(b, RelType.LOCATED_IN, f, park, sent, "subject_place", state)
                placed.add(f.nid)
        return
    _clause_subject(b, sent, spans, state, placed)


def _opens_clause(text: str, f: Found) -> bool:
    """Whether place `f` opens its clause as its subject, after at most a time (…以来，|轮台县大力实施…)."""
    cs = _clause_start(text, f.start)
    return (f.start == cs or _P("subject_place_lead").fullmatch(text, cs, f.start) is not None) \
        and _P("subject_follows").match(text, f.end) is not None


def _host(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, placed: set[str]) -> None:
    """A county, zone or park opening a clause (after at most a date) whose clause holds a ceremony or starts or signs
    projects ("近日，嘉善县姚庄镇也举行了…活动，A、B等6个项目集中开工", "…，江阴高新区举行重大项目集中开工暨B项目开工仪式"):
    the projects the sentence names after it, up to another place, are there (rule host_place), nearer than the
    report's place; not a project its clause holds the ceremony at (仪式在A项目现场举行: a venue)."""
    text = sent.text
    if not any(f.label in _PLACE for f in spans) or not search(_P("host_verb"), text):
        return  # (the host is a place found in the sentence: the cheap test first)
    located = b.sources(RelType.LOCATED_IN)  # a project its name places (冠县…项目) is not the host's
    for host in [f for f in spans if f.label in _PLACE and _opens_host_clause(b, text, f, spans)]:
        stop = next((g.start for g in spans if g.start >= host.end and g.label in _PLACE), len(text))
        for f in spans:
            if host.end <= f.start < stop and f.label == Label.PROJECT and f.nid not in placed and f.nid not in located \
                    and not _P("clause_at").search(text, _clause_start(text, f.start), f.start):
                _edge(b, RelType.LOCATED_IN, f, host, sent, "host_place", state)
                placed.add(f.nid)


def _opens_host_clause(b: GraphBuilder, text: str, f: Found, spans: list[Found]) -> bool:
    """A place (no province or prefecture, no list item) opening its clause after at most a date, whose clause goes
    on to a host verb (举行, 集中开工, 签约…) before any other name: a place heading a list of projects (澧县稳健…产业基地、
    常德经开区智见…产业园等106个…项目开工建设) names where each item is, not where all are."""
    node = b.nodes.get(f.nid)
    if node is None or node.props.get("kind") in ABOVE_COUNTY or _P("listed_next").match(text, f.end):
        return False
    if not _P("host_lead").fullmatch(text, _clause_start(text, f.start), f.start):
        return False
    verb = _P("host_verb").search(text, f.end, _clause_end(text, f.end))
    return verb is not None and not any(f.end <= g.start < verb.start() for g in spans if g is not f)


def _topic_comma(b: GraphBuilder, text: str, f: Found) -> int | None:
    """Where the next clause starts when park or zone `f` ends its clause (its comma, and a phase or 园区内 after it):
    that clause, opening with no subject, may speak of it (rule clause_place, enterprise_list_settled)."""
    after = _P("park_topic_comma").match(text, f.end)
    if after is None or not (f.label == Label.PARK or b.nodes[f.nid].props.get("kind") == "zone"):
        return None
    return after.end()


def clause_topic_park(b: GraphBuilder, text: str, spans: list[Found], pos: int) -> Found | None:
    """The park or zone ending the clause before the one holding `pos`, when that clause opens with no subject but the
    gap words and a verb of landing firms up to `pos` (建设X产业园，已入驻|A、B等5家企业): where the list at `pos` is."""
    cs = _clause_start(text, pos)
    m = _P("clause_place_gap").match(text, cs)
    v = _P("clause_place_verb").match(text, m.end()) if m else None
    if v is None or v.end() != pos:
        return None
    return next((f for f in spans if f.label in _PLACE and f.end < cs and _topic_comma(b, text, f) == cs), None)


def _clause_subject(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, placed: set[str]) -> None:
    """A park or zone opening a later clause that 落地/引进… what follows its verb:
    "…获悉，广东海南先进制造业合作产业园目前已落地康佳集团等27个项目" (rule clause_place)."""
    text = sent.text
    verb = _P("clause_place_verb")
    for subj in (f for f in spans if f.label in _PLACE):
        cs = _clause_start(text, subj.start)
        after = _topic_comma(b, text, subj)
        if after is not None:
            at = after  # 建设5000亩的X产业园，已入驻A、B等5家企业: the park ending a clause is the next one's topic
        elif cs == 0 or text[cs:subj.start].strip():
            continue  # not a later clause's subject
        else:
            at = subj.end
        m = _P("clause_place_gap").match(text, at)
        v = verb.match(text, m.end()) if m else None
        if v is None:
            continue
        stop = _clause_end(text, v.end())
        for f in spans:
            if f.nid in placed or f.start < v.end() or f.end > stop or f.label not in (Label.PROJECT, Label.ENTERPRISE):
                continue
            _edge(b, RelType.LOCATED_IN, f, subj, sent, "clause_place", state)
            placed.add(f.nid)



def _speaker(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, placed: set[str]) -> None:
    """"…，打造…。”茌平区委副书记、区长汲广树说": the quote is about the speaker's county."""
    m = search(_P("speaker"), sent.text)
    if m is None:
        return
    hits = b.resolver.counties_in(m.group(1))
    if not hits:
        return
    pos, surface, county = hits[0]
    if surface in rule_data("zones")["bare"]:  # "高新区党工委书记": the zone of the city the text is about
        zone = b.resolver.park(surface, None)
        if zone is None:
            return
        county = zone
    cid = b.node(county, surface, sent, "speaker_place")
    where = Found(m.start(1) + pos, m.start(1) + pos + len(surface), Label.COUNTY, cid, surface)
    for f in spans:
        if f.end <= m.start() and f.label in (Label.PROJECT, Label.PARK) and f.nid not in placed:
            _edge(b, RelType.LOCATED_IN, f, where, sent, "speaker_place", state)


def _firm_at_site(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"A有限公司在雄安新区启动区…办公楼正式办公", "A有限公司将投资6亿元，在永川建立…", "A公司在X投资建厂": a firm
    opening its clause that sets itself or its works up in a place (办公, 建立, 设立, 建厂, 注册成立…; not 建设 or 投资建设,
    which build a project: built_at) is there (rule firm_at_site). One clause of its investment may stand between."""
    text = sent.text
    for f in spans:
        if f.label != Label.ENTERPRISE or not _P("subject_lead").fullmatch(text, _clause_start(text, f.start), f.start):
            continue
        m = _P("firm_site").match(text, f.end)
        if m is None:
            continue
        where = _local_place_at(b, spans, m.end())
        if where is not None and _P("firm_site_verb").match(text, where.end):
            _edge(b, RelType.LOCATED_IN, f, where, sent, "firm_at_site", state)


def _speaker_firm(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"“选择落户在上海湾区高新区，是因为…。”金海芯半导体（上海）有限公司总经理申振胜表示": a firm's head speaking of
    where they settled or built (落户X, 在X已建成…) says where the firm is, when the quote names no other firm
    (rule speaker_firm)."""
    text = sent.text
    if not any(f.label == Label.ENTERPRISE for f in spans):
        return  # the speaker's firm is one found right after the quote: none, nothing to read
    for q in scan(_P("quote"), text):
        firm = next((f for f in spans if f.label == Label.ENTERPRISE and f.start == q.end()), None)
        if firm is None or not _P("firm_speaker").match(text, firm.end):
            continue
        if any(f.label == Label.ENTERPRISE and q.start() <= f.start < q.end() for f in spans):
            continue  # the quote names a firm: it may speak of that one
        for m in _P("speaker_site").finditer(text, q.start(), q.end()):
            where = _local_place_at(b, spans, m.end())
            if where is not None and (m.group("settle") or _P("speaker_site_works").match(text, where.end)):
                _edge(b, RelType.LOCATED_IN, firm, where, sent, "speaker_firm", state)
                break


def rule_develops(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A place or park opening the sentence (after a short "如今，") 发展/打造/形成… clusters;
    a sentence opening with the verb itself speaks of the document's place."""
    text = sent.text
    first = _P("short_opening").match(text)
    at = first.end() if first else 0
    subj = next((f for f in spans if f.start in (0, at) and f.label in _PLACE), None) or next(
        (f for f in spans if f.label in _PLACE and _P("heading_colon").match(text, f.end) and f.start <= 30), None)  # "…|茌平区：延伸…"
    m = _P("as_industry").match(text)
    if m:  # "作为茌平特色优势产业，铝加工产业正向…": the industry of that place
        place = next((f for f in spans if f.label in _PLACE and f.end <= m.end(1)), None)
        ind = next((f for f in spans if f.label == Label.CLUSTER and f.start == m.end()), None)
        if place is not None and ind is not None:
            _edge(b, RelType.DEVELOPS, place, ind, sent, "industry_of_place", state)
    rule = "develops_prose"
    first, limit = 0, len(text)
    para = state.paragraph_place(sent)
    opening = search(_P("develop_clause"), text) if subj is None and (state.doc_place or para) else None
    if opening is not None and not any(f.label in _PLACE and f.start < opening.start() for f in spans):
        # a clause with no subject in a report about one place: "大力发展A、B和C" in a zone's profile; a place
        # named in a later clause is that clause's ("大力培育X产业，…，帮助A、B等向…"): the verbs before it only;
        # under a paragraph opened by another place (今年以来，临桂区…。大力发展A、B), that place's (rule develops_paragraph_place)
        own = state.doc_place_found()
        subj, rule = (Found(0, 0, para.label, para.nid, para.surface), "develops_paragraph_place") \
            if para is not None and (own is None or own.nid != para.nid) else (own, "develops_doc_place")
        limit = min((f.start for f in spans if f.label in _PLACE), default=limit)
        first = opening.start()  # the subject-less clause's verbs, not those of a clause before it with its own subject
    if subj is None:
        _subjectless_objects(b, sent, text, spans, state)
        return
    for m in _P("develop_verb").finditer(text, first, limit):
        if m.start() < subj.end:
            continue
        stop = _clause_end(text, m.end())
        if aspect_list(text[m.end():stop]):
            continue  # "聚焦新材料、新模式、新工艺、新市场": what the chain renews, no industries
        _develop_objects(b, sent, subj, text, m.end(), stop, spans, rule, state)
        for f in spans:
            # the cluster is the object itself, not a word of a longer phrase (打造…轴承生产基地: a base)
            if f.label == Label.CLUSTER and m.end() <= f.start and f.end <= stop \
                    and _P("cluster_object_end").match(text[f.end:]) \
                    and _P("cluster_object_start").search(text[m.end():f.start]):
                _edge(b, RelType.DEVELOPS, subj, f, sent, rule, state)


def _subjectless_objects(b: GraphBuilder, sent: Sentence, text: str, spans: list[Found], state: ProseState) -> None:
    """A develop verb's object with no place to develop it ("海南将加快发展X产业", "积极发展智能智造产业" in a
    province's plan, a clause after another subject's): the industries it names are named all the same, with no
    DEVELOPS (rule develop_object, ind18)."""
    for m in _P("develop_verb").finditer(text):
        if any(f.start <= m.start() < f.end for f in spans):
            continue  # a name's word (工业集中发展区), no verb
        if any(f.label == Label.CLUSTER and f.end <= m.start() and not _P("clause_mark").search(text, f.end, m.start())
               for f in spans):
            continue  # "X产业集群则聚焦Y产业": a cluster's own field, its clause's subject a cluster (rule_subindustry's)
        _develop_objects(b, sent, None, text, m.end(), _clause_end(text, m.end()), spans, "develop_object", state)


_GENERIC_HEADS = tuple(sorted(_NOT_INDUSTRY, key=len, reverse=True))


_SECTOR_MODIFIERS = tuple(map(str, rule_data("prose")["sector_modifiers"]))
_SECTOR_CORES = frozenset(map(str, rule_data("prose")["sector_cores"]))


def generic_industry(name: str) -> bool:
    """Whether a name says only what kind of industry it is (优势特色, 新兴, 全市重点): what is left after its
    generic opening words (新型, 现代, 高端…) is shorter than two characters. 新型功能材料 and 现代物流 are names;
    so is a sector a quality word opens (现代农业, 现代服务业, 高端制造: prose.yaml `sector_modifiers`, ind14)."""
    if name.startswith(_SECTOR_MODIFIERS) and any(name.endswith(c) and len(name) - len(c) <= 2 and name[:len(name) - len(c)]
                                                  in _SECTOR_MODIFIERS for c in _SECTOR_CORES):
        return False
    core = name
    while core:
        head = next((w for w in _GENERIC_HEADS if core.startswith(w)), None)
        if head is None:
            break
        core = core[len(head):]
    return len(core) < 2


def _counted_object(item: str) -> bool:
    """"打造五个千亿产业集群": a count or a scale is what the object says of the clusters, no name (clu11)."""
    P = pattern_group("prose", "industry_list")
    return P["item_counted"].search(item) is not None or P["object_scale"].search(item) is not None


def _develop_objects(b: GraphBuilder, sent: Sentence, subj: Found | None, text: str, start: int, stop: int,
                     spans: list[Found], rule: str, state: ProseState) -> None:
    """"发展新能源汽车和智能家居产业": a verb's object that ends in an industry word names industries
    (each item of its list) even where no other rule named them; canonical ones link, others are new."""
    m = _P("industry_object").fullmatch(text[start:stop])
    if m is None or any(f.label == Label.CLUSTER and start <= f.start < stop for f in spans) \
            or _P("object_not_names").search(m.group(1)):
        return  # not an industry phrase, or its names were read already, or a clause
    items = _P("item_joiner").split(m.group(1))
    pos = start
    for k, item in enumerate(items):
        a = text.find(item, pos)
        pos = a + len(item)
        surface = item + (m.group(2) if k == len(items) - 1 and _P("kept_tail").fullmatch(m.group(2)) else "")
        if not (2 <= len(item) <= 12) or generic_industry(item) \
                or _P("develop_verb").search(item) or b.resolver.county(item) is not None \
                or _counted_object(item) or _P("object_item_not").search(item) \
                or any(f.start < a + len(item) and a < f.end for f in spans):
            continue  # (ind18: nor a verb's complement, a question, a park, nor words a firm, place or project holds)
        f = cluster_span(b, surface, a, sent, rule)
        if f is None:
            continue
        spans.append(f)
        if subj is not None:
            _edge(b, RelType.DEVELOPS, subj, f, sent, rule, state)


def rule_cluster_place(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """阳谷县化工新材料产业集群: the county it is named after develops it."""
    for f in spans:
        if f.label != Label.CLUSTER or not _P("says_cluster").search(f.surface):
            continue  # a county's cluster says so (阳谷县化工新材料产业集群); 阳谷特种光电线缆 is a product
        hit = b.resolver.county_prefix(f.surface)
        if hit is not None and len(f.surface) - len(hit[0]) >= 4:
            cid = b.node(hit[1], hit[0], sent, "cluster_place")
            _edge(b, RelType.DEVELOPS, Found(f.start, f.start + len(hit[0]), Label.COUNTY, cid, hit[0]), f, sent,
                  "cluster_place", state)


def rule_leading_list(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState,
                      section_cluster: Found | None) -> None:
    """"在龙头企业A、B、C等龙头企业带动下": leading firms of the sentence's cluster."""
    text = sent.text
    cluster = next((f for f in spans if f.label == Label.CLUSTER and f.start == 0), None) or section_cluster
    if cluster is None:
        return
    for m in scan(_P("leading"), text):
        group = 1 if m.group(1) is not None else 2
        pos = m.start(group)
        for name in _P("leading_split").split(m.group(group)):
            start = text.find(name, pos)
            pos = start + len(name)
            if not (2 <= len(name) <= 14) or _P("leading_not_name").search(name):
                continue
            known = next((f for f in spans if f.start == start and f.label == Label.ENTERPRISE), None)
            if known is None:
                r = b.resolver.enterprise(name)
                if r is None:
                    continue
                known = Found(start, start + len(name), Label.ENTERPRISE, b.node(r, name, sent, "leading_list"), name)
            _edge(b, RelType.IN_CLUSTER, known, cluster, sent, "leading_list", state, {"role": "leading"})


def rule_represented(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"以潍柴、雷沃为代表的高端装备产业集群": each firm or project named before 为代表的 is in the cluster or
    industry named right after it (rule represented_by)."""
    if not any(f.label == Label.CLUSTER for f in spans):
        return  # the members join a cluster or industry found right after 为代表的: none, nothing to read
    for m in scan(_P("represented_by"), sent.text):
        cluster = next((f for f in spans if f.label == Label.CLUSTER and f.start == m.end()), None)
        if cluster is None:
            continue
        members = [f for f in spans if f.label in (Label.ENTERPRISE, Label.PROJECT) and m.start(1) <= f.start
                   and f.end <= m.end(1)]
        pos = m.start(1)
        for name in _P("leading_split").split(_P("list_etc").sub("", m.group(1))):
            start = sent.text.find(name, pos)
            pos = start + len(name)
            if any(f.start <= start < f.end for f in members) or not (2 <= len(name) <= 14):
                continue
            r = b.resolver.enterprise(name)  # a firm named without a legal form (潍柴)
            if r is not None:
                members.append(Found(start, pos, Label.ENTERPRISE, b.node(r, name, sent, "represented_by"), name))
        for f in members:
            _edge(b, RelType.IN_CLUSTER, f, cluster, sent, "represented_by", state)


def rule_short_owner(b: GraphBuilder, projects: list[tuple[Found, Sentence]], text: str = "") -> None:
    """A project opening with the short name of a firm the document names in full
    (弗兰卡年产350万套…项目 and 山东弗兰卡汽车部件有限公司); not a head the document also names a zone by
    (临空|国际会展中心项目 in a text on 临空经济区, beside 河北临空集团), nor a group's short name for its
    subsidiary (国药 names 国药集团, not 国药集团融资租赁有限公司)."""
    owned = b.sources(RelType.CARRIED_OUT_BY)
    # the firms' cores by their first two characters: a core shares a head of two or more with a name only when those
    # agree (in the document's order, so the first of equal heads still wins; not every core against every project)
    cores: dict[str, list[tuple[str, NodeRecord]]] = {}
    for rec in b.nodes.values():
        if rec.label == Label.ENTERPRISE:
            for n in (rec.name, *rec.aliases):
                core = _strip_places(b, b.resolver.lex.strip_region(n))
                if len(core) >= 3:
                    cores.setdefault(core[:2], []).append((core, rec))
    # the brand a park of the document is named by (粤海|产业园)
    parks = [(brand, rec.id) for rec in b.nodes.values() if rec.label == Label.PARK
             for brand in [_P("park_brand").sub("", rec.name)] if 2 <= len(brand) < len(rec.name)]
    for p, sent in projects:
        if p.nid in owned:
            continue
        name = _strip_places(b, b.resolver.lex.strip_region(p.surface))
        best: tuple[int, object] | None = None  # the firm sharing the longest head (广耀生物科技 over 广耀集团)
        for core, rec in cores.get(name[:2], ()) if len(name) >= 2 else ():
            k = shared_head(core, name)  # (two or more: the cores are bucketed by their first two characters)
            # (the whole core before a capacity: 中泰石化|120万吨/年PTA项目 and 新疆库尔勒中泰石化有限责任公司; a place in
            # brackets after the short name: 台玻|技改项目 and 台玻（福建）光伏玻璃有限公司)
            if k >= 2 and _group_of(core, k):
                continue
            if k >= 2 and (k < len(core) or k == len(core) and _P("capacity_after_short").match(name[k:])) \
                    and (_P("capacity_after_short").match(name[k:])
                         or _short_head(b, name, k) and (core.startswith(_BRAND_ENDS(), k) or _P("bracket_open").match(core, k))):
                if best is None or k > best[0]:
                    best = (k, rec)
        park = next((q for q in parks if best is not None and q[0] == name[:best[0]]), None)
        if park is not None:  # 粤海|普洛斯…项目 beside 粤海产业园 and 粤海集团: the head is the park's brand
            b.edge(RelType.LOCATED_IN, p.nid, park[1], sent, "name_head_place", park[0], "")
            continue
        if best is not None and _zone_head(text, name[:best[0]]):
            continue
        if best is not None:
            k, rec = best
            b.edge(RelType.CARRIED_OUT_BY, p.nid, rec.id, sent, "project_short_owner", name[:k],  # type: ignore[attr-defined]
                   f"short:{name[:k]}→{rec.name}", props={"role": "owner"})  # type: ignore[attr-defined]
            owned.add(p.nid)


def _strip_places(b: GraphBuilder, name: str) -> str:
    """A name without the provinces, prefectures and counties it opens with (黑龙江克山牧原农牧 -> 牧原农牧)."""
    while True:
        upper = b.resolver.gaz.upper_units_in(name[:6])
        hit = b.resolver.county_prefix(name)
        if upper and upper[0][0] == 0 and len(name) - len(upper[0][1]) >= 3:
            name = name[len(upper[0][1]):]
        elif hit is not None and len(name) - len(hit[0]) >= 3:
            name = name[len(hit[0]):]
        else:
            return name


@lru_cache(maxsize=1)
def _BRAND_ENDS() -> tuple[str, ...]:
    """What follows a firm's short name inside its full name: a trade word or a legal form (云鹰|农业集团)."""
    n = rule_data("names")
    words = {*n["enterprise_strong"], *n["enterprise_weak"], *n["generic_company_tails"],
             *rule_data("prose")["short_owner_brand_ends"]}
    return tuple(sorted(map(str, words), key=len, reverse=True))


def _group_of(core: str, k: int) -> bool:
    """The short head names a group and the firm is one of its companies (国药|集团|融资租赁)."""
    return any(core.startswith(w, k) and len(core) > k + len(w) for w in rule_data("prose")["short_owner_group_words"])


def _zone_head(text: str, head: str) -> bool:
    """The document names a zone by the head (临空|经济区): the project's name opens with the zone's name."""
    return re.search(f"{re.escape(head)}(?:{ZONE_WORD_ALT})", text) is not None


def _short_head(b: GraphBuilder, name: str, k: int) -> bool:
    """The first k characters of a project's name are a firm's short name (云鹰马铃薯全产业链项目 and
    广东云鹰农业集团有限公司): no place, no word every name may open with, and a name goes on after it, or only
    the project's ending (捷泰新能源|项目 and 滁州捷泰新能源科技有限公司)."""
    head = name[:k]
    return (len(name) - k >= 4 or _P("bare_project_rest").fullmatch(name, k) is not None) and _P("cjk").match(name[k]) is not None \
        and head not in rule_data("prose")["short_owner_not_heads"] and b.resolver.county(head) is None \
        and not b.resolver.counties_in(head)


def document_place(b: GraphBuilder, sentences: list[Sentence]) -> tuple[Resolved, str] | None:
    """The place a report is filed from or about: a heading "茌平区：…" or "…|高唐开发区：…", a first
    line that is a zone's name, or a dateline "高唐报道"; only within the first lines."""
    for sent in sentences[:6]:
        t = sent.text
        for m in scan(_P("heading_place"), t):
            r = _place(b, m.group(1))
            if r is not None:
                return r, m.group(1)
        if len(t) <= 20:
            r = _place(b, t.strip())
            if r is not None and r.label == Label.PARK:
                return r, t.strip()
    for sent in sentences[:6]:
        m = search(_P("dateline"), sent.text)
        if m:
            r = _place(b, m.group(1))
            if r is not None:
                return r, m.group(1)
        for m in scan(_P("dateline_outlet"), sent.text):
            r = _place(b, m.group(1))
            if r is not None and not (r.entry is not None and r.entry.kind in ABOVE_COUNTY):
                return r, m.group(1)
    return None


def _after_aside(text: str, end: int) -> int:
    """Past a bracketed aside right after a name: "广西—东盟经济技术开发区（武鸣华侨农场）举办…"."""
    m = _P("aside").match(text[end:])
    return end + m.end() if m else end


_TITLE_LINES = 16  # how far down a page's chrome the document's title line is looked for (title_place)


def title_place(b: GraphBuilder, sentences: list[Sentence], spans: dict[int, list[Found]]) -> Found | None:
    """The zone, park or county a report is about when no dateline says it: the one a headline
    (a short first line) names, or the one that hosts the report's ceremony in its opening lines
    ("卢龙县举行…集中开工仪式"); a zone or park before a county."""
    host = _P("host_verb")
    found: list[Found] = []
    title = b.doc.title.strip()
    # the opening lines (a headline split at ！ takes two), and the line that is the document's title further down,
    # after a site's menu, breadcrumbs or a forum's header (rel11: 首页 > … > 正文 … 奠基礼花未散去 施工机械正轰鸣单县14个…)
    opening = [*sentences[:4], *(s for s in sentences[4:_TITLE_LINES] if _is_title(s.text, title))]
    parks: dict[str, Found] | None = None
    for i, sent in enumerate(opening):
        text = sent.text
        # the first line, or the line that is the document's title after a site's menu or breadcrumbs
        headline = (i == 0 or _is_title(text, title)) and len(text) <= 60 and not search(_P("full_stop"), text)
        if headline and parks is None:
            parks = {f.surface: f for fs in spans.values() for f in fs
                     if f.label == Label.PARK and not _P("bare_park_word").fullmatch(f.surface)
                     and not pattern_group("prose", "industry_list")["bare_zone_head"].match(f.surface)}
            # (no bare word: “国字号”经开区成投资洼地 names a kind of zone)
        for f in [*spans.get(sent.start, []), *(_headline_parks(text, spans.get(sent.start, []), parks) if headline else ())]:
            node = b.nodes.get(f.nid)
            if f.label not in _PLACE or node is None or node.props.get("kind") in ABOVE_COUNTY:
                continue
            after = _after_aside(text, f.end)
            venue = _P("venue_before").search(text, 0, f.start) is not None and _P("venue_verb").match(text, after)
            listed = _P("listed_next").match(text, f.end) is not None or _P("listed_before").search(text[:f.start]) is not None
            if headline and not listed or not venue and host.match(text, after) or _hosts(b, text, f):
                # (a headline listing places, 远安、当阳、高新、夷陵电池基地连点成线, names none as the report's: audit V)
                found.append(f)
        if found:
            break
        if headline and b.resolver.gaz.upper_units_in(text):
            return None  # "嘉兴74个重大项目3月集中开工": a report on the city, whose counties' and zones' projects it lists
    zones = [f for f in found if f.label == Label.PARK or b.nodes[f.nid].props.get("kind") == "zone"]
    return (zones or found or [None])[0]


def _headline_parks(text: str, spans: list[Found], parks: dict[str, Found] | None) -> list[Found]:
    """The parks the text names elsewhere that a headline writes in full where its own names found none, or only the
    county heading the park's name ("浙江|苍南|工业园区6个项目集中开工", "云南台湾食品加工园5个新项目月底投产", whose run the
    project rules read and reject): the headline speaks of the park (loc18)."""
    out: list[Found] = []
    for surface, f in (parks or {}).items():
        at = text.find(surface)
        # no place of the headline's own outside it (北京丰台|拟建…低空经济产业园: the county builds the park it names)
        if at >= 0 and all(at <= g.start and g.end <= at + len(surface) and g.label == Label.COUNTY
                           for g in spans if g.label in _PLACE):
            out.append(Found(at, at + len(surface), Label.PARK, f.nid, surface))
    return out


def _is_title(text: str, title: str) -> bool:
    """Whether a line of the opening is (part of) the document's title: "贵州大龙开发区2021年新引进项目20个" of
    "开工率100%!贵州大龙开发区…" (a headline split at ！), a breadcrumb ending with the title."""
    text = text.strip()
    text, title = _P("non_word").sub("", text), _P("non_word").sub("", title)  # the text's brackets and commas are cleaned
    return len(title) >= 6 and len(text) >= 6 and (text in title or title in text)


def _hosts(b: GraphBuilder, text: str, f: Found) -> bool:
    """A place opening a clause of the report's first sentences whose sentence goes on to hold a
    ceremony or sign or start projects ("3月30日，磴口县2023年春季重点项目集中开工仪式在…举行",
    "年初以来，肇州县…，已新签约项目19个", after its province: "近日，黑龙江穆棱市…集中签约仪式…");
    a place after 在/从 is a venue or a source, not the host."""
    if _P("listed_next").match(text, f.end):
        return False  # one of a list of places (孝南、高新、临空三区开工项目…) is not the report's host
    event = _P("host_event").match(text, f.end)
    if event is not None and _P("venue_before").search(text, 0, f.start) is None:
        # "以…为主题的定州市第四届定商发展大会举办": the place an event's edition is named by hosts it (rule title_place)
        end = _P("full_stop").search(text, event.end())
        return bool(_P("host_verb").search(text, event.end(), end.start() if end else len(text)))
    lead = text[_clause_start(text, f.start):f.start]
    upper = b.resolver.gaz.upper_units_in(lead) if lead else []
    if upper and upper[-1][0] + len(upper[-1][1]) == len(lead):
        lead = lead[:upper[-1][0]]  # the province or prefecture the place belongs to (黑龙江|穆棱市)
    # a frame opening the sentence (17日，在X，…开工仪式在这里举行) is where the report's ceremony is: X hosts it
    frame = _P("host_frame").fullmatch(lead) is not None and _clause_end(text, f.end) == f.end
    if lead and not _P("host_lead").fullmatch(lead) and not frame:
        return False
    end = _P("full_stop").search(text, f.end)
    return bool(_P("host_verb").search(text, f.end, end.start() if end else len(text)))



def _place(b: GraphBuilder, surface: str) -> Resolved | None:
    r = b.resolver.county(surface) or b.resolver.regional_county(surface)
    if r is not None:
        return r
    if _P("zone_shaped").search(surface) and plain_park_name(surface) and _P("cjk_run").fullmatch(surface):
        return b.resolver.park(surface, None)  # a park's name, not a headline or a site's breadcrumbs ending in one
    return None


def rule_head_park(b: GraphBuilder, projects: list[tuple[Found, Sentence]]) -> list[tuple[Found, Sentence]]:
    """A project whose name opens with a park or zone the document names (新型材料产业园·华强…项目,
    准东开发区产教融合实训基地项目), or with a park by the grammar of its name whose rest names a work of its own
    (北部石材园区|铁路物流园建设项目, 北碚传感器产业园|标准化厂房…项目; not 新材料产业园|项目, the park's own project):
    the project is there (rule name_head_place). Returns the parks named only at such a head."""
    heads = sorted(((n, rec) for rec in b.nodes.values()
                    if rec.label == Label.PARK or rec.label == Label.COUNTY and rec.props.get("kind") == "zone"
                    for n in (rec.name, *rec.aliases) if len(n) >= 4),
                   key=lambda x: -len(x[0]))
    text = b.doc.text
    new: list[tuple[Found, Sentence]] = []
    for p, sent in projects:
        # the park is named on its own somewhere too, or set off from the rest (新型材料产业园·华强…)
        head = next(((n, rec) for n, rec in heads if p.surface.startswith(n) and len(p.surface) - len(n) >= 3
                     and rec.id != p.nid and (text.count(n) > text.count(p.surface) or p.surface[len(n)] in "·•・")
                     and not _P("park_own_project").fullmatch(p.surface[len(n):])),  # X产业园|建设项目: the park's own
                    None)
        if head is not None:
            b.edge(RelType.LOCATED_IN, p.nid, head[1].id, sent, "name_head_place", head[0], "")
            continue
        park = _head_park(b, p, sent)
        if park is not None:
            b.edge(RelType.LOCATED_IN, p.nid, park.nid, sent, "name_head_place", park.surface, "")
            new.append((park, sent))
    return new


def _head_park(b: GraphBuilder, p: Found, sent: Sentence) -> Found | None:
    """The park a project's name opens with by the grammar of park names, when the rest of the name is a work
    of its own (more than a phase, 建设 and 项目)."""
    if built_before(sent.text, p.start):
        return None  # 投资180亿元的|专精特新化工产业园孵化基地: the park built as one project (projects.park_project)
    for s, e, name in find_parks(p.surface):
        rest = p.surface[e:]
        if s != 0 or len(rest) < 4 or _P("park_own_project").fullmatch(rest):
            continue
        r = b.resolver.park(name, None)
        if r is None or r.label != Label.PARK:
            return None  # a zone at the head: text_project places it
        return Found(p.start, p.start + e, Label.PARK, b.node(r, name, sent, "name_head_place"), name)
    return None


def brought_in(text: str, f: Found, spans: list[Found]) -> bool:
    """A firm the report's place brought in: right after 新引进的/引进, or a later item of a list whose
    first firm is ("引进正英电子、新加坡PBA、深圳金科基等企业")."""
    if _P("brought_firm").search(text, 0, f.start):
        return True
    before = next((g for g in spans if g.label == Label.ENTERPRISE and g.end < f.start
                   and _P("joiner").fullmatch(text[g.end:f.start])), None)
    return before is not None and brought_in(text, before, spans)


_TOWN_ENDINGS = tuple(map(str, rule_data("prose")["town_endings"]))  # a "project" named as a town is a place (rel12)


def names_other_county(b: GraphBuilder, name: str, nid: str) -> bool:
    """Whether a project's or firm's name holds a county's full name that is neither the place `nid` nor the county a
    zone or park `nid` lies in (佛山市三水区联信5G科技城项目 in a report on 南海区, 朝阳区孙河组团配套学校 in a list under a
    park of 通州): the name says where it is, so the report's place does not hold it (loc14: 4 wrong, none right on
    learn5to12 and old561, batches 4, 7, 11; a prefecture or province in the name, 佛山市金属交易…项目, says nothing)."""
    place = b.nodes[nid]
    written = (place.name, *place.aliases)
    for s, e, units in b.resolver.gaz.full_names_in(name):
        if not any(u.level == "county" for u in units):
            continue
        forms = {name[s:e], *(short for u in units for short in u.shorts)}
        if any(f in w for f in forms for w in written):
            continue  # the place itself, or its zone named by the county (高唐县…项目 in 高唐经济开发区)
        if any(b.has_edge(RelType.LOCATED_IN, nid, c.id) for c in b.nodes_of(Label.COUNTY) if c.name in forms):
            continue  # a park of that county
        return True
    return False


def unlisted_line(text: str, p: Found) -> bool:
    """A railway, motorway or airport named as a project (its name ends so) that is no item of a list of projects in
    `text` (prose.yaml `line_listed`): a line passes by or spans places, so the report's or the clause's subject's place
    does not hold it (loc14: such edges were 4 right and 15 wrong on learn5to12 and old561, batches 7, 8, 10, 11, 12)."""
    return p.label == Label.PROJECT and p.surface.endswith(INFRA_SUFFIXES) and not _P("line_listed").match(text, p.end)


def rule_dateline(b: GraphBuilder, projects: list[tuple[Found, Sentence]], state: ProseState) -> None:
    """Projects (and firms the report's place brought in: 新引进的A公司) that nothing nearer places are in
    the document's place (lower confidence)."""
    if state.doc_place is None and not state.paragraph_of:
        return
    located = b.sources(RelType.LOCATED_IN)
    for p, sent in projects:
        # the paragraph's place holds its projects and firms (a park at a project's head stays with the report's)
        para = state.paragraph_place(sent) if p.label != Label.PARK else None
        if para is not None and (_P("clause_at").search(sent.text, _clause_start(sent.text, p.start), p.start)
                                 or state.doc_place is not None and para.nid == state.doc_place[0]):
            para = None  # "…，在10平方公里园区内集聚A、B等企业": a nearer place than the paragraph's; the report's own
        section = para or state.section_of.get(sent.start)
        if section is None and state.doc_place is None:
            continue
        nid, surface = (section.nid, section.surface) if section is not None else state.doc_place
        rule = "paragraph_place" if para is not None else state.doc_place_rule
        park = b.nodes[nid].label == Label.PARK
        clause = _clause_start(sent.text, p.start)
        if p.nid not in located and not _clause_at_place(b, sent.text, p.start) \
                and not (p.label == Label.PROJECT and p.surface.endswith(_TOWN_ENDINGS)) and not unlisted_line(sent.text, p) \
                and not names_other_county(b, b.nodes[p.nid].name, nid) \
                and not _P("other_scope").search(sent.text, clause, p.start) \
                and not (park and _P("county_scope").search(sent.text, clause, p.start)):
            b.edge(RelType.LOCATED_IN, p.nid, nid, sent, rule, surface, "")
            located.add(p.nid)


def rule_parks_built_in(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """Parks a place builds in itself: "在X建设A、B和C产业园" (X a zone, a county, or a bare 园区 for the park
    named last; rule built_in_park), and a list of parks closed by "一区N园" (A、B、C一区三园), each in the zone
    named before the list (rule zone_parks)."""
    text = sent.text
    parks = [f for f in spans if f.label == Label.PARK]
    if not parks:
        return
    for m in scan(_P("built_in"), text):
        place = next((f for f in spans if f.start == m.start("place") and f.end == m.end("place") and f.label in _PLACE),
                     None)
        if place is None and _P("bare_park_word").fullmatch(m.group("place")):
            place = next((f for f in reversed(parks) if f.end <= m.start() and not _P("bare_park_word").fullmatch(f.surface)),
                         None) or state.last_park
        end = _clause_end(text, m.end())
        for f in parks:
            if place is not None and m.end() <= f.start < end and f.nid != place.nid:
                _edge(b, RelType.LOCATED_IN, f, place, sent, "built_in_park", state)
    _composed_of(b, sent, spans, state)
    for m in scan(_P("zone_parks"), text):
        if m.group("close"):  # A、B、C一区三园, A、B等园中园: the list before, in its clause
            listed = [f for f in parks if _clause_start(text, m.start()) <= f.start and f.end <= m.start()]
        elif m.group("parts"):  # 开发区西部规划为A、B、C: the parks listed right after, in the zone its clause names before
            listed = [f for f in parks if m.end() <= f.start and f.end <= _clause_end(text, m.end())]
            zone = next((f for f in reversed(spans) if _clause_start(text, m.start()) <= f.start and f.end <= m.start()
                         and f.label in _PLACE and (f.label == Label.PARK or b.nodes[f.nid].props.get("kind") == "zone")), None)
            if len(listed) >= 2 and listed[0].start == m.end() and zone is not None:
                for f in listed:
                    _edge(b, RelType.LOCATED_IN, f, zone, sent, "zone_parks", state)
            continue
        else:  # “区中园”建设，规划建设了A、B…: the list after, in the sentence
            listed = [f for f in parks if m.end() <= f.start]
        if not listed:
            continue
        zone = next((f for f in reversed(spans) if f.end <= listed[0].start and f.label in _PLACE
                     and (f.label == Label.PARK or b.nodes[f.nid].props.get("kind") == "zone")), None) \
            or _zone_spoken_of(b, state, listed)
        for f in listed if zone is not None else []:
            _edge(b, RelType.LOCATED_IN, f, zone, sent, "zone_parks", state)


def _zone_spoken_of(b: GraphBuilder, state: ProseState, parts: list[Found]) -> Found | None:
    """The zone or park a text names last before a sentence that names none before a list of a zone's parts (…新型工业园区
    迅速投入实施，并逐步形成了A、B、C的“一区三园”; 该园区由A、B组成): the zone the text is about (park14)."""
    whole = state.last_zone or state.last_park
    if whole is None or any(f.nid == whole.nid for f in parts) or above_county(b, whole):
        return None
    return whole


def _composed_of(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"铁西区…，由主城区、沈阳经济技术开发区（以下简称…）和中德（沈阳）高端装备制造产业园组成": a county, zone or park
    made up of parts holds each park among them (rule composed_of). The whole is the place right before 由, or the
    one opening the sentence when 由 opens a later clause; no prefecture or province."""
    text = sent.text
    for m in scan(_P("composed_of"), text):
        whole = next((f for f in spans if f.end == m.start() and f.label in _PLACE), None)  # X由A、B组成
        if whole is None and _clause_start(text, m.start()) == m.start():  # X位于…，由A、B组成: the sentence's subject
            first = min(spans, key=lambda f: f.start, default=None)
            if first is not None and first.label in _PLACE and first.end <= m.start() \
                    and _P("subject_lead").fullmatch(text[:first.start]):
                whole = first
        if whole is None and _P("park_demonstrative").search(text, 0, m.start()):  # 该园区由A、B、C组成 (park14)
            whole = _zone_spoken_of(b, state, [f for f in spans if m.start(1) <= f.start and f.end <= m.end(1)])
        if whole is None or above_county(b, whole):
            continue
        for f in spans:
            if m.start(1) <= f.start and f.end <= m.end(1) and f.nid != whole.nid and f.label == Label.PARK:
                # a zone among the parts is left alone: a district and its zone often share one administration (区政合一)
                _edge(b, RelType.LOCATED_IN, f, whole, sent, "composed_of", state)


def rule_park_dateline(b: GraphBuilder, parks: list[tuple[Found, Sentence]], state: ProseState) -> None:
    """Parks that nothing nearer places (no county or zone in their name, no 位于/在X的Y) are in the report's
    place when that is a development zone (lower confidence, rule park_dateline): a zone's report names its
    own parks (乐山高新区 … 东盟电子信息产业园中园); a park its clause only plans (打造X, 规划建设X) or renames
    (更名为X, 前身为X: a name of the same park) is not placed so."""
    if state.doc_place is None or state.doc_place_rule in ("opening_subject", "opening_past_chrome"):
        return  # a place read from the report's first words places its projects, not its parks
    nid, surface = state.doc_place
    if not _P("zone_name_end").search(b.nodes[nid].name):
        return  # a county's or a city's report names parks anywhere; a park's report speaks of its own parts
    located = b.sources(RelType.LOCATED_IN)
    for p, sent in parks:
        if p.nid not in located and p.nid != nid and b.nodes[p.nid].props.get("kind") != "zone" \
                and not _P("zone_name_end").search(p.surface) and not p.surface.endswith(AREA_PARK_SUFFIXES) \
                and not _P("planned_park").search(sent.text, _clause_start(sent.text, p.start), p.start) \
                and not search(_P("renamed_park"), sent.text):
            b.edge(RelType.LOCATED_IN, p.nid, nid, sent, "park_dateline", surface, "")
            located.add(p.nid)


def _clause_at_place(b: GraphBuilder, text: str, pos: int) -> bool:
    """Whether the clause before `pos` puts what follows at a county (在双流建设A项目): a place nearer
    than the report's."""
    start = _clause_start(text, pos)
    return any(b.resolver.county_prefix(text[m.end():pos]) is not None
               for m in _P("clause_at").finditer(text, start, pos))


def rule_place_industry_pairs(b: GraphBuilder, sent: Sentence) -> None:
    """"形成了冠县锻造、东昌府保持器、东阿滚动体齐头并进的轴承产业格局": a list of place+industry
    items closed by a layout word (格局, 布局): each place DEVELOPS its industry."""
    if not search(_P("layout_word"), sent.text):
        return  # no 格局/布局: the common case, skipped before the regex
    for m in scan(_P("layout_pairs"), sent.text):
        items = _P("item_joiner").split(m.group(1))
        if len(items) < 2:
            continue
        for item in items:
            places = b.resolver.counties_in(item)  # the last place of the item: "形成了|莘县|钢管"
            if not places:
                places = [(0, item[:k], r) for k in range(len(item) - 2, 1, -1)
                          for r in [b.resolver.county(item[:k])] if r is not None][:1]
            if not places:
                continue
            pos, surface, county = places[-1]
            hit = (surface, county)
            rest = item[pos + len(surface):]
            if not (2 <= len(rest) <= 8) or rest in _NOT_INDUSTRY or not _P("cjk_run").fullmatch(rest):
                continue
            r = b.resolver.cluster(rest)
            if r is None:
                continue
            cid = b.node(hit[1], hit[0], sent, "place_industry_pairs")
            iid = b.node(r, rest, sent, "place_industry_pairs")
            b.edge(RelType.DEVELOPS, cid, iid, sent, "place_industry_pairs", rest, r.resolution)


def rule_leading_industries(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A place's profile stating its leading industries: "商洛经开区批准面积为722.62公顷，主导产业为新材料、智能制造和新型
    建材产业；商南经开区…，主导产业为…" (each ；-group's own place, the last one named before the cue in it), "园区主导产业有
    A、B和C" (a bare 园区 is the report's place), a profile's trades "工业有A、B和C等" (the report's place; after 园区内, the
    zone named last: ind16): the place DEVELOPS each item (rule leading_industries). No place in the group (全市主导产业
    为…, a city's), no rule."""
    text = sent.text
    for m in scan(_P("leading_industries"), text):
        group = max((g.end() for g in _P("group_end").finditer(text, 0, m.start())), default=0)
        place = next((f for f in sorted(spans, key=lambda f: -f.end) if f.label in _PLACE and group <= f.start
                      and f.end <= m.start() and not above_county(b, f)), None)
        sector = place is None and m.group("sector") and _P("bare_sector_subject").fullmatch(text, group, m.start())
        if sector:  # "工业有A、B…": the report's place; "园区内工业行业主要有…": the zone named last, else no place's (ind16)
            bare_park = _P("bare_park_subject").match(text, group) is not None
            place = state.last_zone if bare_park else state.doc_place_found()
        elif place is None and _P("bare_park_subject").fullmatch(text, group, m.start()):
            place = state.doc_place_found()  # "园区主导产业有…": the report's zone
        if place is None and not sector:
            continue
        stop = _clause_end(text, m.end())
        items = split_items(text[m.end():stop])
        if len(items) < 2:
            continue
        items[-1:] = _P("leading_last_joiner").split(_P("leading_last_deng").sub("", items[-1]))
        pos = m.end()
        for item in items:
            start = text.index(item, pos)
            pos = start + len(item)
            f = cluster_span(b, item, start, sent, "leading_industries") if 2 <= len(item) <= 14 else None
            if f is not None and place is not None:
                _edge(b, RelType.DEVELOPS, place, f, sent, "leading_industries", state)


def cluster_span(b: GraphBuilder, surface: str, start: int, sent: Sentence, rule: str) -> Found | None:
    """A cluster or industry named at `start`: the known cluster it matches, else a new node
    (GraphBuilder.node gives it its level). None when the name is no cluster, or holds a count (7个电子信息产业链, 主攻三大)."""
    r = b.resolver.cluster(surface) if not _P("cluster_counted").search(surface) else None
    if r is None:
        return None
    nid = b.node(r, surface, sent, rule)  # a new name is an industry unless it says 集群 (GraphBuilder.node)
    return Found(start, start + len(surface), Label.CLUSTER, nid, surface)

def defined_short_names(b: GraphBuilder, sent: Sentence, spans: list[Found]) -> dict[str, Found]:
    """"山东华鲁恒升化工股份有限公司（以下简称“华鲁恒升”）": the short name is the firm's alias
    for the rest of the document; returns {short name: the firm's Found}."""
    out: dict[str, Found] = {}
    for m in scan(_P("defined_short"), sent.text):
        firm = next((f for f in spans if f.end == m.start() and f.label == Label.ENTERPRISE), None)
        if firm is None:
            continue
        short = m.group(1)
        b.node(Resolved(Label.ENTERPRISE, b.nodes[firm.nid].name), short, sent, "defined_short_name")
        out[short] = firm
    return out


def rule_defined_names(b: GraphBuilder, sent: Sentence, spans: list[Found], shorts: dict[str, Found]) -> None:
    """A short name the document defined, where no other name covers it: a mention of its firm."""
    for short, firm in shorts.items():
        for m in re.finditer(re.escape(short), sent.text):
            if any(f.start < m.end() and m.start() < f.end for f in spans):
                continue
            r = Resolved(Label.ENTERPRISE, b.nodes[firm.nid].name, f"defined:{short}→{b.nodes[firm.nid].name}")
            spans.append(Found(m.start(), m.end(), Label.ENTERPRISE, b.node(r, short, sent, "defined_short_name"), short))
