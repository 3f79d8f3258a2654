"""Large documents: extracted part by part, so memory follows the part, not the document.

Extraction holds a spaCy `Doc` for every sentence of a document (about 300 bytes
per character), so a 50 MB text would need gigabytes. A document longer than
`KG_MAX_CHUNK_CHARS` is cut into parts at chapter starts (第…章), or else at
paragraph, line or sentence ends, each part is extracted on its own, and the
parts' facts are merged into one DocumentGraph whose evidence offsets are shifted
back onto the whole text: `text[start:end] == sentence` holds for the whole
document, and the loader writes it as one document (one revision, one stale-edge
sweep).

What a part cannot see: facts that need two parts at once (a 专栏 project whose
company is named only in another part, a paragraph's year stated in another
part). A chapter start resets the section path, so cutting there keeps every
other fact as the whole document gives it; ordinary documents (the corpus's
largest is 120,000 characters) are never cut.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Iterator

from graph.model import DocumentGraph, EdgeRecord, NodeRecord

if TYPE_CHECKING:
    from ingest.read import SourceDocument

_CHAPTER_LINE = re.compile(r"(?m)^[ \t\u3000]*第[一二三四五六七八九十百零〇\d]+[章篇]")
_ROLE_RANK = {"member": 1, "listed": 2, "leading": 3}  # as ingest/extract/builder.py: the strongest role wins


def max_chunk_chars() -> int:
    """KG_MAX_CHUNK_CHARS (ingest/settings.py): the longest text extracted in one piece."""
    from ingest.settings import ingest_settings

    return ingest_settings().max_chunk_chars


def chunk_spans(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive parts of `text`, each at most `limit` characters, covering it all.

    A part ends before the last chapter start that fits, else after the last blank line,
    line end or sentence end that fits, else at `limit` (a line of `limit` characters
    without a sentence end).
    """
    chapters = [m.start() for m in _CHAPTER_LINE.finditer(text)]
    start = 0
    while len(text) - start > limit:
        hi = start + limit
        i = bisect.bisect_right(chapters, hi) - 1
        if i >= 0 and chapters[i] > start:
            cut = chapters[i]
        else:
            ends = [text.rfind(sep, start, hi - len(sep) + 1) for sep in ("\n\n", "\n", "。")]
            found = [at + len(sep) for at, sep in zip(ends, ("\n\n", "\n", "。")) if at >= 0 and at + len(sep) > start]
            cut = found[0] if found else hi  # the first kind found: a paragraph end before a line end
        yield start, cut
        start = cut
    yield start, len(text)


class _Merged:
    """The parts' graphs as one, merged the way GraphBuilder merges repeated facts."""

    def __init__(self) -> None:
        self.nodes: dict[str, NodeRecord] = {}
        self.edges: dict[tuple[str, str, str, str], EdgeRecord] = {}

    def add(self, part: DocumentGraph, shift: int) -> None:
        for node in part.nodes:
            have = self.nodes.get(node.id)
            if have is None:
                self.nodes[node.id] = node
                continue
            have.aliases += [a for a in node.aliases if a not in have.aliases]
            for k, v in node.props.items():
                have.props.setdefault(k, v)  # the first value stated wins, as in one piece
        for edge in part.edges:
            for ev in edge.evidence:
                ev.start += shift
                ev.end += shift
            k = (edge.type.value, edge.source, edge.target, edge.key)
            have_e = self.edges.get(k)
            if have_e is None:
                self.edges[k] = edge
                continue
            have_e.evidence += edge.evidence
            role = edge.props.get("role")
            if role and _ROLE_RANK.get(str(role), 0) > _ROLE_RANK.get(str(have_e.props.get("role")), 0):
                have_e.props["role"] = role
            for k2, v in edge.props.items():
                have_e.props.setdefault(k2, v)


def extract_large(doc: "SourceDocument", limit: int | None = None) -> DocumentGraph:
    """`extract_document(doc)`, part by part when the text is longer than `limit` (KG_MAX_CHUNK_CHARS)."""
    from ingest.extract import extract_document
    from ingest.extract.builder import GraphBuilder

    limit = limit or max_chunk_chars()
    if len(doc.text) <= limit:
        return extract_document(doc)
    merged = _Merged()
    for start, end in chunk_spans(doc.text, limit):
        part = doc.model_copy(update={"text": doc.text[start:end], "raw_text": "", "offsets": [], "warnings": []})
        merged.add(extract_document(part), start)
    policy = GraphBuilder(doc, resolver=None).policy_node()  # type: ignore[arg-type]  # the whole text, its hash
    return DocumentGraph(policy=policy, nodes=list(merged.nodes.values()), edges=list(merged.edges.values()))
