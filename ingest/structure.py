"""Document structure: headings, 专栏 boxes, numbered lists, tables -> sentences with a section path.

Works on the cleaned text and never copies text: every `Sentence` and table
`Cell` is a span with `text[start:end] == .text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ingest.rules import pattern, rule_data

_S = rule_data("structure")
_CHAPTER = pattern("structure", "chapter")
_SECTION = pattern("structure", "section")
_BOX = pattern("structure", "box")
_BOX_LABEL = pattern("structure", "box_label")
_MARKDOWN = re.compile(r"^(#{1,6})\s*(\S.*)$")
_LIST1 = pattern("structure", "list1")
_LIST2 = pattern("structure", "list2")
_LIST3 = re.compile(r"^\d{1,2}[.．、](?!\d)")
_SENT_END = "。！？；"
# a further line of a box: another list of projects, or a "企业品牌：…" line
_BOX_CONTINUES = pattern("structure", "box_continues")
_BOX_SEP = "，；。"

# heading levels; a heading clears every deeper level
L_CHAPTER, L_SECTION, L_TITLE, L_LIST1, L_LIST2, L_LIST3, L_BOX, L_TABLE = range(8)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    path: tuple[str, ...]
    block: str = "para"     # para | heading | box | table
    lead: str = ""          # paragraph topic: "临清市" in "临清市：依托…", "铜加工" in "铜加工。以…"
    para_start: int = 0

    @cached_property
    def section(self) -> str:  # every piece of evidence from the sentence asks
        return " > ".join(self.path)


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass
class Table:
    title: str
    path: tuple[str, ...]
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass
class Structure:
    sentences: list[Sentence]
    tables: list[Table]


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000":
        start += 1
    while end > start and text[end - 1] in " \t\u3000":
        end -= 1
    return start, end


_OPENS, _CLOSES = "（(《“", "）)》”"


@lru_cache(maxsize=None)
def _marks(seps: str) -> re.Pattern[str]:
    """The characters split_spans acts on: it visits only these, not every character."""
    return re.compile(f"[{re.escape(_OPENS + _CLOSES + seps)}]")


def split_spans(text: str, start: int, end: int, seps: str) -> list[tuple[int, int]]:
    """Split text[start:end] after each separator (kept in the left piece), outside brackets."""
    spans, s, depth = [], start, 0
    for m in _marks(seps).finditer(text, start, end):
        i, c = m.start(), m.group()
        if c in _OPENS:
            depth += 1
        elif c in _CLOSES and depth:
            depth -= 1
        elif c in seps and depth == 0:
            spans.append(_trim(text, s, i + 1))
            s = i + 1
    spans.append(_trim(text, s, end))
    return [(a, b) for a, b in spans if b > a and text[a:b].strip(seps + " ")]


def _heading_title(line: str) -> str:
    """The heading part of a line such as "（一）加强总体部署。印发…"."""
    m = re.search(rf"[{_SENT_END}：]", line)
    head = line[: m.start()] if m else line
    return head.strip()[:40]


def _lead(line: str) -> str:
    m = re.match(r"^([^，。：；、\s]{2,14})[：。]", line)
    if m and len(line) > len(m.group(0)) + 4:
        return m.group(1)
    return ""


def analyse(text: str) -> Structure:
    """Split cleaned text into sentences carrying their section path, and collect tables."""
    levels: dict[int, str] = {}
    sentences: list[Sentence] = []
    tables: list[Table] = []
    lines = _lines(text)
    blank_run = 0
    prev_line = ""
    title_group = False  # consecutive markdown headings form one title
    box_has_content = False
    i = 0

    def path() -> tuple[str, ...]:
        # levels holds its keys in ascending order: set_level drops every deeper level before adding one
        return tuple(levels.values())

    def set_level(level: int, title: str) -> None:
        for k in [k for k in levels if k >= level]:
            del levels[k]
        levels[level] = title

    while i < len(lines):
        s, e = _trim(text, *lines[i])
        raw_line = text[lines[i][0]:lines[i][1]]
        line = text[s:e]
        if not line:
            blank_run += 1
            if L_BOX in levels and box_has_content:
                del levels[L_BOX]  # a box is its title and the lines right under it
            i += 1
            continue
        after_blank, blank_run = blank_run, 0

        if _BOX.match(line):
            set_level(L_BOX, _BOX_LABEL.sub(r"\1 ", re.sub(r"\s+", " ", line)))
            box_has_content = False
            sentences.append(Sentence(s, e, line, path(), "heading", "", s))
            title_group = False
            i += 1
            continue

        if raw_line.startswith("\t"):  # flattened table: a cell per tab line, rows split by blank lines
            j, rows, row = i, [], []
            while j < len(lines):
                ls, le = lines[j]
                raw = text[ls:le]
                if raw.startswith("\t") and not _BOX.match(raw.strip()):
                    cs, ce = _trim(text, ls, le)
                    row.append(Cell(cs, ce, text[cs:ce]))
                elif not raw.strip():
                    if row:
                        rows.append(row)
                        row = []
                    # a table ends at two blank lines in a row
                    if j + 1 < len(lines) and not text[lines[j + 1][0]:lines[j + 1][1]].startswith("\t"):
                        break
                else:
                    break
                j += 1
            if row:
                rows.append(row)
            if rows and len(rows[0]) >= 3 and len(rows) >= 2:
                title = prev_line if prev_line and len(prev_line) <= 40 and "。" not in prev_line else _S["table_title"]
                tpath = path() + (title,)
                tables.append(Table(title, tpath, rows))
                for r in rows:
                    sentences.append(Sentence(r[0].start, r[-1].end, text[r[0].start:r[-1].end], tpath, "table", "", r[0].start))
                i = j
                continue
            # not a table: fall through and treat the line as text

        md = _MARKDOWN.match(line)
        if md:
            title = md.group(2).strip()
            if title_group and L_TITLE in levels:
                set_level(L_TITLE, levels[L_TITLE] + " " + title)
            else:
                set_level(L_TITLE, title)
            title_group = True
            sentences.append(Sentence(s, e, line, path(), "heading", "", s))
            i += 1
            continue
        title_group = False

        block = "para"
        if _CHAPTER.match(line):
            set_level(L_CHAPTER, re.sub(r"\s+", " ", line))
            block = "heading"
        elif _SECTION.match(line):
            set_level(L_SECTION, re.sub(r"\s+", " ", line))
            block = "heading"
        elif _LIST1.match(line):
            set_level(L_LIST1, _heading_title(line))
        elif _LIST2.match(line):
            set_level(L_LIST2, _heading_title(line))
        elif _LIST3.match(line):
            set_level(L_LIST3, _heading_title(line))
        elif after_blank >= 2 and L_BOX in levels:
            del levels[L_BOX]

        if L_BOX in levels and block == "para" and box_has_content and not _BOX_CONTINUES.search(line):
            del levels[L_BOX]  # prose right after a box's list (no blank line between)
        in_box = L_BOX in levels and block == "para"
        box_has_content = box_has_content or in_box
        lead = _lead(line)
        seps = _BOX_SEP if in_box else _SENT_END
        for a, b in split_spans(text, s, e, seps):
            sentences.append(Sentence(a, b, text[a:b], path(), "box" if in_box else block, lead, s))
        prev_line = line
        i += 1
    return Structure(sentences, tables)
