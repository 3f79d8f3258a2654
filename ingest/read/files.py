"""Read source documents (txt/md/html/docx/pdf) into cleaned `SourceDocument`s.

Metadata comes from a folder's `manifest.yaml` when there is one, otherwise from
the text itself (title line, 印发/发布 date, issuer line), and explicit `meta`
always wins.
"""

from __future__ import annotations

import re
from array import array
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field

from ingest.read.clean import clean_text, drop_unstorable
from ingest.read.script import to_simplified
from ingest.read.encoding import Undecodable, decode, utf16_without_bom
from ingest.errors import DocumentReadError, UnsupportedDocument
from ingest.rules import pattern, rule_data

TEXT_SUFFIXES = {".txt", ".md"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | {".html", ".htm", ".docx", ".pdf"}
META_FIELDS = ("title", "issuer", "date", "kind", "period", "publisher")
BINARY_SHARE = 0.01  # a text with more control characters than this is not a text


def max_document_chars() -> int:
    """KG_MAX_DOCUMENT_CHARS (ingest/settings.py): extraction goes part by part (ingest/chunks.py), but one
    document's facts still load in one transaction, so memory grows with its length."""
    from ingest.settings import ingest_settings

    return ingest_settings().max_document_chars


class SourceDocument(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)  # offsets: an array, not a list of ints

    key: str                  # file name stem; the policy id is policy:<key>
    path: str
    title: str = ""
    issuer: str = ""
    date: str = ""            # ISO date or a year
    kind: str = ""
    period: str = ""
    publisher: str = ""       # the site or body that published the page (洛川县人民政府): a manifest's, never read from the text
    text: str                 # cleaned text; evidence offsets point here
    raw_text: str
    offsets: Union[array, list[int]] = Field(default_factory=list, repr=False)  # cleaned index -> raw index (clean.offset_array)
    warnings: list[str] = Field(default_factory=list)  # what reading changed (characters removed)
    script: str = ""          # "traditional": the raw text was written so and read converted to simplified

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.raw_text)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


# ---------------------------------------------------------------- raw readers

def _decode(data: bytes, path: Path) -> str:
    try:
        return decode(data)[0]
    except Undecodable as e:
        raise DocumentReadError(path, str(e), "save it as UTF-8") from None


class _HTMLText(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "section", "article"}
    _SKIP = {"script", "style", "noscript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
        elif tag == "td":
            self.parts.append("\n\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _read_html(data: bytes, path: Path) -> str:
    parser = _HTMLText()
    parser.feed(_decode(data, path))
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.parts))


def _read_docx(path: Path) -> str:
    try:
        import docx  # python-docx, optional
    except ImportError as exc:
        raise UnsupportedDocument(path, "reading .docx needs the python-docx package", "pip install python-docx") from exc
    try:
        d = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types on corrupt files
        # The library's message names the file's (temp) path: only its kind is kept.
        raise DocumentReadError(path, f"not a readable .docx file ({type(exc).__name__})",
                                "open and save it again in a word processor, or send it as .txt") from exc
    lines = [p.text for p in d.paragraphs]
    for table in d.tables:  # flattened like the corpus: a cell per tab line, rows apart
        for row in table.rows:
            lines.append("\n".join("\t" + c.text for c in row.cells) + "\n")
    return "\n".join(lines)


def _read_pdf(path: Path) -> str:
    try:
        from pypdf import PdfReader  # optional
    except ImportError as exc:
        raise UnsupportedDocument(path, "reading .pdf needs the pypdf package", "pip install pypdf") from exc
    try:
        return "\n\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    except Exception as exc:
        raise DocumentReadError(path, f"not a readable .pdf file ({type(exc).__name__})",
                                "export it again as PDF, or send its text as .txt") from exc


def read_raw(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedDocument(path, f"unsupported file type {suffix or '(none)'}",
                                  f"convert it to one of {', '.join(sorted(SUPPORTED_SUFFIXES))}")
    if not path.is_file():
        raise DocumentReadError(path, "no such file")
    if suffix == ".docx":
        return _read_docx(path)
    if suffix == ".pdf":
        return _read_pdf(path)
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = utf16_without_bom(data)
        if text is not None:
            return _read_html(text.encode(), path) if suffix in {".html", ".htm"} else text
        raise DocumentReadError(path, "looks binary, not text (NUL bytes at its start)", "check it is the right file")
    return _read_html(data, path) if suffix in {".html", ".htm"} else _decode(data, path)


# ---------------------------------------------------------- metadata from text

_D = rule_data("documents")
_DATE_CN = pattern("documents", "date")
_PUBLISHED = pattern("documents", "published")
_TITLE_YEAR = pattern("documents", "title_year")
_TITLE_PERIOD = pattern("documents", "title_period")
_TITLE_END = pattern("documents", "title_end")
_ISSUER_LINE = pattern("documents", "issuer_line")
_HISTORY_BEFORE = pattern("documents", "history_before")
_HISTORY_AFTER = pattern("documents", "history_after")
_KIND_WORDS = tuple((str(kind), tuple(map(str, words))) for kind, words in _D["kinds"])


def _history(text: str, start: int, end: int) -> bool:
    """Whether the date or year at text[start:end] is one of the text's history (建于2001年, 2002年12月23日，经…批准设立):
    a founding or an approval, not the day the text was published."""
    return bool(_HISTORY_BEFORE.search(text, max(0, start - 4), start) or _HISTORY_AFTER.match(text, end))


def metadata_from_text(text: str) -> dict[str, str]:
    """Best-effort title/issuer/date/kind/period from a document's own text."""
    lines = [ln.strip(" #\t") for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    meta: dict[str, str] = {}
    # title: the first lines up to the one ending a document title (…通知/规划/…)
    head: list[str] = []
    for ln in lines[:6]:
        if re.search(r"[，。；]", ln) and head:
            break
        head.append(ln)
        if _TITLE_END.search(ln):
            break
    if head:
        meta["title"] = "".join(head)[:120]
    dates = [(m.start(), m) for m in _DATE_CN.finditer(text) if not _history(text, m.start(), m.end())]
    # the signature date (after the body) or the 印发/发布 date
    signed = [m for pos, m in dates if pos > len(text) * 0.8]
    m = signed[-1] if signed else None
    if m is None:  # a notice (通知) signs before its attachment
        early = [m for pos, m in dates if pos < 800]
        m = early[0] if early else None
    if m is None:
        pub = _PUBLISHED.search(text)
        m = pub
    if m is not None:
        meta["date"] = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    else:
        title = meta.get("title", "")
        years = [y.group(1) for y in _TITLE_YEAR.finditer(title) if not _history(title, y.start(), y.end())]
        if years:
            meta["date"] = years[-1]
    for ln in reversed(lines[-5:]):
        if _ISSUER_LINE.match(ln):
            meta["issuer"] = ln
            break
    else:
        if lines and _ISSUER_LINE.match(lines[0]):
            meta["issuer"] = lines[0]
    title = meta.get("title", "") + " " + " ".join(lines[:3])
    for kind, words in _KIND_WORDS:
        if any(w in title for w in words):
            meta["kind"] = kind
            break
    period = _TITLE_PERIOD.search(meta.get("title", ""))
    if period:
        meta["period"] = f"{period.group(1)}-{period.group(2)}"
    elif meta.get("date"):
        meta["period"] = meta["date"][:4]
    return meta


# --------------------------------------------------------------- public API

def read_document(path: str | Path, meta: dict[str, Any] | None = None) -> SourceDocument:
    """Read and clean one document. `meta` (e.g. a manifest entry) overrides text metadata."""
    p = Path(path)
    cap = max_document_chars()
    if p.suffix.lower() in TEXT_SUFFIXES and p.exists() and p.stat().st_size > 4 * cap:  # > cap chars in any encoding
        raise DocumentReadError(p, f"{p.stat().st_size:,} bytes, more than KG_MAX_DOCUMENT_CHARS ({cap:,}) characters",
                                "split it into several files (by chapter), or raise KG_MAX_DOCUMENT_CHARS")
    raw, removed = drop_unstorable(read_raw(p))
    if len(raw) > cap:
        raise DocumentReadError(p, f"{len(raw):,} characters, more than KG_MAX_DOCUMENT_CHARS ({cap:,})",
                                "split it into several files (by chapter), or raise KG_MAX_DOCUMENT_CHARS "
                                "where there is memory for it (bench/results/large.md)")
    if removed > max(3, len(raw) * BINARY_SHARE):
        raise DocumentReadError(p, f"{removed} NUL or control characters: binary data, not text", "check it is the right file")
    warnings = [f"removed {removed} NUL or control character(s)"] if removed else []
    if not raw.strip():
        raise DocumentReadError(p, "the document is empty" + (" (a PDF without a text layer?)" if p.suffix.lower() == ".pdf" else ""),
                                "add its text, or run OCR on a scanned PDF" if p.suffix.lower() == ".pdf" else "add its text or remove the file")
    ct = clean_text(raw)
    if ct.script:
        warnings.append(f"read as {ct.script} characters, converted to simplified")
    found = metadata_from_text(ct.text)
    for k, v in (meta or {}).items():
        if k in META_FIELDS and v is not None:
            # a traditional page's manifest title is read converted like its text (the title places and scopes)
            found[k] = to_simplified(str(v)) if ct.script else str(v)
    return SourceDocument(
        key=p.stem, path=str(p), text=ct.text, raw_text=raw, offsets=ct.offsets, warnings=warnings, script=ct.script,
        **{k: found.get(k, "") for k in META_FIELDS},
    )


def _manifest(folder: Path) -> dict[str, dict[str, Any]]:
    mf = folder / "manifest.yaml"
    if not mf.is_file():
        return {}
    try:
        data = yaml.safe_load(mf.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise DocumentReadError(mf, f"invalid YAML ({exc})", "fix the manifest") from exc
    docs = data.get("documents", []) if isinstance(data, dict) else []
    return {str(d["file"]): d for d in docs if isinstance(d, dict) and "file" in d}


def load_corpus(path: str | Path, overrides: dict[str, Any] | None = None) -> list[SourceDocument]:
    """All supported documents of a folder (sorted by name), or one file.

    Metadata, weakest first: the text itself, the folder's manifest.yaml, `overrides`
    (e.g. {"kind": "news"} for a folder of news pages)."""
    return [read_document(f, m) for f, m in corpus_files(path, overrides)]


def corpus_files(path: str | Path, overrides: dict[str, Any] | None = None) -> list[tuple[Path, dict[str, Any]]]:
    """The documents `load_corpus` would read, each with its metadata, without reading them."""
    p = Path(path)
    if p.is_file():
        return [(p, {**(_manifest(p.parent).get(p.name) or {}), **(overrides or {})})]
    if not p.is_dir():
        raise DocumentReadError(p, "no such file or folder")
    manifest = _manifest(p)
    files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
    return [(f, {**(manifest.get(f.name) or {}), **(overrides or {})}) for f in files]
