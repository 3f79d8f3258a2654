"""Bytes -> text for legacy Chinese files: find the encoding, and refuse rather than guess.

A Big5 file also decodes as GB18030 without an error, into rare characters and
kana (mojibake, with no U+FFFD to flag it). So every candidate encoding (a BOM,
UTF-8, what charset-normalizer proposes, GB18030, Big5) is judged by what it
produces: the share of characters a Chinese policy text does not use (private
use, C1 controls, kana, ideographs outside the common sets of GB2312 and Big5
level 1). The most plausible decoding wins; when even that one is implausible,
the file is refused.
"""

from __future__ import annotations

import codecs
from functools import lru_cache

from charset_normalizer import from_bytes

BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
FALLBACKS = ("gb18030", "big5hkscs")  # the code pages of mainland and Taiwan/Hong Kong texts
MAX_UNUSUAL = 0.05   # share of non-ASCII characters a real text may have outside the common sets
SAMPLE_BYTES = 1 << 20  # detection looks at the first MiB; the chosen encoding decodes the whole file


class Undecodable(ValueError):
    """No encoding gives a plausible text; the message says what the best guess looked like."""


def _pairs(leads: range, trails: range, encoding: str) -> set[str]:
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(bytes((lead, trail)).decode(encoding))
            except UnicodeDecodeError:
                pass
    return chars


@lru_cache(maxsize=1)
def common_chars() -> frozenset[str]:
    """GB2312's punctuation, numbers and fullwidth rows (A1-A3) and its 6,763 ideographs (B0-F7),
    and Big5's 5,401 common ideographs (level 1, A440-C67E) and its punctuation row (A1-A3).
    Kana, Greek and Cyrillic rows are left out on purpose: a Chinese text rarely uses them, and
    mojibake does."""
    gb = _pairs(range(0xA1, 0xA4), range(0xA1, 0xFF), "gb2312") | _pairs(range(0xB0, 0xF8), range(0xA1, 0xFF), "gb2312")
    big5_trails = range(0x40, 0xFF)
    big5 = _pairs(range(0xA1, 0xA4), big5_trails, "big5") | _pairs(range(0xA4, 0xC7), big5_trails, "big5")
    return frozenset(gb | big5)


def unusual_share(text: str) -> float:
    """Share of the non-ASCII characters outside what Chinese policy text uses."""
    common = common_chars()
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 0.0
    odd = sum(1 for c in wide if c not in common and not _usual_symbol(c))
    # a handful of rare characters (𠮷 䶮 in a name) is normal even in a short text
    return 0.0 if odd <= 2 else odd / len(wide)


def _usual_symbol(c: str) -> bool:
    o = ord(c)
    return (0x2000 <= o <= 0x206F or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E or 0x2460 <= o <= 0x24FF
            or 0x2160 <= o <= 0x217F or o in (0xA0, 0xB0, 0xB7, 0xD7, 0xF7, 0x2103, 0x2116, 0x3001, 0x3002))


def utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark (NUL bytes everywhere), or None."""
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text[:100_000] if ord(c) < 0x20 and c not in "\t\n\r")
        if controls <= 2 and unusual_share(text[:100_000]) <= MAX_UNUSUAL:
            return text
    return None


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding). Raises Undecodable when no encoding gives a plausible text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as e:
                raise Undecodable(f"it starts with a {encoding} byte-order mark but is not {encoding} "
                                  f"(bad bytes at {e.start})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:SAMPLE_BYTES]
    proposed = [m.encoding for m in from_bytes(sample)]
    best: tuple[float, str] | None = None
    for encoding in dict.fromkeys([*proposed, *FALLBACKS]):
        try:
            share = unusual_share(sample.decode(encoding, errors="ignore" if len(data) > SAMPLE_BYTES else "strict"))
        except (UnicodeDecodeError, LookupError):
            continue
        if best is None or share < best[0]:
            best = (share, encoding)
    if best is None:
        raise Undecodable("no known encoding decodes it (not UTF-8, GB18030 or Big5)")
    share, encoding = best
    if share > MAX_UNUSUAL:
        raise Undecodable(f"cannot tell its encoding with confidence: the best guess, {encoding}, "
                          f"gives {share:.0%} characters that Chinese text does not use")
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as e:
        raise Undecodable(f"looks like {encoding} but has bytes that are not {encoding} at {e.start}") from None
