"""ProseState: what earlier sentences of a document said, for the prose rules of later ones.

Reads: the names each sentence held (document.rule_prose sets the last project, firm, park and zone, the recent
sentences, the headings' clusters) and the places the text around a sentence gives (the report's place, its
section's, its paragraph's: `note_section`, `paragraph_of`, `sentence_of`). Writes: nothing to the graph; answers the
rules' questions: the place a sentence's paragraph speaks of (`paragraph_place`), the cluster its heading names
(`heading_cluster`), the place nothing nearer gives (`place_at`), the report's place as a `Found` (`doc_place_found`).
One ProseState per document (document.rule_prose makes it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model import Label
from ingest.extract.builder import GraphBuilder
from ingest.extract.prose.common import Found, prose_pattern, PLACE_LABELS, above_county
from ingest.structure import Sentence


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
        head = next((f for f in spans if f.label in PLACE_LABELS and line.startswith(f.surface)
                     and (len(line) - len(f.surface) <= 1 or prose_pattern("section_title").fullmatch(line, len(f.surface)))
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
