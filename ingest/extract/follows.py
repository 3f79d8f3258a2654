"""FOLLOWS between documents: a later document follows an earlier one of the same programme.

Documents seldom cite each other's exact titles (the 2020 progress report cites the
2020 work points, not the 2018 plan), but they name the programme they carry on:
新旧动能转换重大工程 in both the plan's title and the report's. So a later document
follows an earlier one when its title, or a title it cites, shares a run of at least
`MIN_SHARED` characters with the earlier title, once region names, years and
punctuation are left out. Links are computed in both directions whenever a document
is written, so the order of ingestion does not matter.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from graph.model import EdgeRecord, Evidence, NodeRecord, RelType
from ingest.lexicon import Lexicon, default_lexicon
from ingest.rules import pattern, rule_confidence

RULE = "shared-programme"

MIN_SHARED = 6  # 新旧动能转换; shorter runs (高质量发展, 制造业强市) are too common to mean one programme
_NOISE = pattern("layout", "title_noise")
_TITLE_SECTION = pattern("layout", "title_section").pattern  # the section name of evidence from a title


def _programme_text(title: str, lexicon: Lexicon) -> str:
    for region in lexicon.regions:  # longest first
        title = title.replace(region, "|")
    return _NOISE.sub("|", title)


def shared_programme(a: str, b: str, lexicon: Lexicon) -> str:
    """The longest run of characters two titles share (regions, years, punctuation left out)."""
    x, y = _programme_text(a, lexicon), _programme_text(b, lexicon)
    m = SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y))
    run = x[m.a:m.a + m.size]
    return max(run.split("|"), key=len) if run else ""


def _evidence(text: str, title: str, shared: str) -> Evidence:
    """The line of the document that names the programme, else its title."""
    i = text.find(shared)
    if i < 0:
        return Evidence(section=_TITLE_SECTION, sentence=title, start=0, end=0, rule=RULE, surface=shared, confidence=rule_confidence(RULE))
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    return Evidence(section=_TITLE_SECTION if start == 0 else "", sentence=text[start:end], start=start, end=end,
                    rule=RULE, surface=shared, confidence=rule_confidence(RULE))


def follow_links(policy: NodeRecord, others: list[dict[str, Any]], lexicon: Lexicon | None = None) -> list[EdgeRecord]:
    """FOLLOWS edges between `policy` and stored policies `others` ({id, name, date, cites}), either way."""
    lexicon = lexicon or default_lexicon()
    date = str(policy.props.get("date") or "")
    mine = [policy.name, *(policy.props.get("cites") or [])]
    text = str(policy.props.get("text") or "")
    edges = []
    for other in others:
        odate = str(other.get("date") or "")
        if other["id"] == policy.id or not date or not odate or date[:10] == odate[:10]:
            continue
        if date > odate:  # this document is the later one: its titles against the other's title
            best = max((shared_programme(t, other["name"], lexicon) for t in mine), key=len)
            source, target = policy.id, other["id"]
        else:  # the other is later: its titles against this one's
            theirs = [other["name"], *(other.get("cites") or [])]
            best = max((shared_programme(t, policy.name, lexicon) for t in theirs), key=len)
            source, target = other["id"], policy.id
        if len(best) >= MIN_SHARED:
            edges.append(EdgeRecord(type=RelType.FOLLOWS, source=source, target=target,
                                    props={"programme": best}, evidence=[_evidence(text, policy.name, best)]))
    return edges
