"""Text cleaning that keeps a map from every cleaned character back to the raw text.

Evidence offsets point into the cleaned text (what the Policy node stores); the
offset map lets a user jump back to the received file. Each step is a regex
substitution whose replacement characters inherit the raw offset of the text
they replace, so maps compose without bookkeeping per step.
"""

from __future__ import annotations

import re
from array import array
from itertools import chain
from dataclasses import dataclass
from typing import Callable

from ingest.read.script import CJK as _CJK, is_traditional, to_simplified
from ingest.rules import rule_data

# Characters after which a paragraph is finished; a paragraph ending in anything
# else and continued after blank lines was split by a page break.
_FINAL = "。！？；：!?;:…」』】"
_HEADING_START = re.compile(rule_data("structure")["heading_start"])
_CREDIT_END = re.compile(rule_data("structure")["credit_end"])


def offset_array(values: "range | list[int]" = ()) -> array:
    """Offsets as 4-byte integers: a list of ints costs 36 bytes per character, 600 MB for a 50 MB text."""
    return array("I", values)


@dataclass
class CleanText:
    text: str
    offsets: array  # offsets[i] = index in the raw text of cleaned character i
    script: str = ""  # "traditional" when the raw text was converted to simplified (ingest/read/script.py)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-text span covering cleaned text[start:end]."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else (self.offsets[-1] + 1 if self.offsets else 0)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


Repl = Callable[[re.Match[str]], str]


def _sub(ct: CleanText, pattern: re.Pattern[str], repl: str | Repl) -> CleanText:
    """re.sub that carries the offset map along."""
    text, old = ct.text, ct.offsets
    matches = pattern.finditer(text)
    first = next(matches, None)
    if first is None:
        return ct  # most steps change nothing in most texts: no copy
    out: list[str] = []
    offs = offset_array()
    pos = 0
    for m in chain((first,), matches):
        out.append(text[pos:m.start()])
        offs.extend(old[pos:m.start()])
        new = repl(m) if callable(repl) else m.expand(repl)
        out.append(new)
        if len(new) == m.end() - m.start():
            offs.extend(old[m.start():m.end()])
        elif m.re.groups and new == m.group(1):  # unwrapping (**x** -> x): keep x's own offsets
            offs.extend(old[m.start(1):m.end(1)])
        else:
            anchor = old[m.start()] if m.start() < len(old) else (old[-1] + 1 if old else 0)
            offs.extend([anchor] * len(new))
        pos = m.end()
    out.append(text[pos:])
    offs.extend(old[pos:])
    return CleanText("".join(out), offs)


_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_CRLF = re.compile(r"\r\n?")
_FULLWIDTH_ALNUM = re.compile(r"[０-９Ａ-Ｚａ-ｚ％．]")
# ASCII punctuation touching a CJK character becomes the full-width form, so one
# sentence splitter serves documents typed either way.
_ASCII_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
# (each pattern that would open with a lookbehind opens with the character it can start with instead, the lookbehind
# after it: the regex engine then skips to those characters; a lookahead first gives the engine no such hint, nor does
# a repeated class: [ ][ ]* and [ ][ ]+, not [ ]+ and [ ]{2,}, spd19)
_PUNCT_NEAR_CJK = re.compile(rf"[,;:?!()](?:(?<=[{_CJK}][,;:?!()])|(?=[{_CJK}]))")
_LEAD_SPACE = re.compile(r"(?m)^[ \u3000\xa0]+")
_TRAIL_SPACE = re.compile(r"(?m)[ \u3000\xa0\t][ \u3000\xa0\t]*$")
# a space between a CJK character and a number/percent ("2020 年", "下降 6.1%") or a Latin letter ("储能 PACK包", "5G 基站":
# a name goes on across it; audit V)
_SPACE_CJK_NUM = re.compile(rf"[ \xa0](?:(?<=[{_CJK}][ \xa0])[ \xa0]*(?=[\d%A-Za-z])|(?<=[\d%A-Za-z][ \xa0])[ \xa0]*(?=[{_CJK}]))")
_MULTI_SPACE = re.compile(r"[ \u3000\xa0][ \u3000\xa0]+")
_MD_EMPH = re.compile(r"\*\*([^*\n]+)\*\*")
# a pinyin gloss after a character (導(dǎo)): dropped, so the words it split join again (the bracket first, the character
# before it a lookbehind after the bracket: the engine skips to brackets, spd19)
_PINYIN_GLOSS = re.compile(rf"[（(](?<=[{_CJK}][（(]){rule_data('structure')['pinyin_gloss']}")


def drop_pinyin_glosses(text: str) -> str:
    """`text` without the pinyin glosses after its characters (開發(fā)區(qū) -> 開發區), as reading drops them: for names
    written off such a page elsewhere (a gold scope, sco16)."""
    return _PINYIN_GLOSS.sub("", text)


# a paragraph ending mid-sentence, blank line(s), then a continuation line
_JOIN = re.compile(rf"[ \t\n](?<=[^\s{re.escape(_FINAL)}][ \t\n])(?:(?<=\n)|(?<=[ \t])[ \t]*\n)(?:[ \t\u3000]*\n)+(?=[^\s#])")


_TOPIC_OPENING = re.compile(r"[^\s，。；：:,;、]{2,20}[：:]")


def _join_page_breaks(ct: CleanText) -> CleanText:
    """Remove blank lines that split one sentence (a page break in the source).

    Joined only when the line before is a paragraph (long, or clearly unfinished)
    and the line after continues it: not a heading and not a short title line.
    """
    text = ct.text

    def repl(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        after_end = text.find("\n", m.end())
        after = text[m.end(): after_end if after_end >= 0 else len(text)]
        if _HEADING_START.match(after) or after.startswith("\t") or before.lstrip().startswith(("#", "\t")):
            return m.group(0)
        if _HEADING_START.match(before) and len(before) < 40:
            return m.group(0)
        if _CREDIT_END.search(before):  # "…作业。记者 白素君摄": a photo credit ends its paragraph
            return m.group(0)
        # a short line without sentence punctuation after the break is a title
        if len(after) < 40 and not re.search(r"[。；！？]", after):
            return m.group(0)
        # a paragraph opening with its topic and a colon ("张掖经济技术开发区：2006年…") starts anew
        if _TOPIC_OPENING.match(after):
            return m.group(0)
        # a line with no sentence punctuation before the break is a title
        if len(before) < 30 or not re.search(r"[，。；、]", before):
            return m.group(0)
        return ""

    return _sub(ct, _JOIN, repl)


# Characters neither store carries in a property (NUL cuts FalkorDB's query text short) or that mean
# nothing in a policy text: C0 controls but tab and line ends, lone surrogates, non-characters.
_UNSTORABLE = re.compile(r"[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PAGE_FEED = re.compile(r"[\x0b\x0c]")


def drop_unstorable(raw: str) -> tuple[str, int]:
    """`raw` without unstorable characters (vertical tab and form feed become line ends), and how many were removed."""
    text, removed = _UNSTORABLE.subn("", raw)
    return _PAGE_FEED.sub("\n", text), removed


def clean_text(raw: str) -> CleanText:
    """Clean converted policy text, keeping an offset map to `raw`.

    A text written in traditional characters is converted to simplified first (one character for one,
    so the identity offset map still holds): every later step and rule reads simplified text."""
    script = "traditional" if is_traditional(raw) else ""
    ct = CleanText(to_simplified(raw) if script else raw, offset_array(range(len(raw))))
    ct = _sub(ct, _CRLF, "\n")
    ct = _sub(ct, _BOOKMARK, "")
    ct = _sub(ct, _MD_EMPH, lambda m: m.group(1))
    ct = _sub(ct, _PINYIN_GLOSS, "")
    ct = _sub(ct, _FULLWIDTH_ALNUM, lambda m: chr(ord(m.group(0)) - 0xFEE0))
    ct = _sub(ct, _PUNCT_NEAR_CJK, lambda m: _ASCII_PUNCT[m.group(0)])
    ct = _sub(ct, _LEAD_SPACE, "")
    ct = _sub(ct, _TRAIL_SPACE, "")
    ct = _sub(ct, _SPACE_CJK_NUM, "")
    ct = _sub(ct, _MULTI_SPACE, " ")
    ct = _join_page_breaks(ct)
    ct.script = script
    return ct
