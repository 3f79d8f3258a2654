"""Reading a figure: its value and unit.

Reads: a sentence's text. Gives: every figure in it as (start, end, value, unit, surface), magnitudes resolved (万, 亿,
千亿元), a fraction (三分之一 -> 33.3 %) or a doubling (翻一番 -> 2 倍) read as a value.
"""

from __future__ import annotations

from ingest.extract.targets.patterns import Rules
from ingest.rules import scan


def figures_in(R: Rules, text: str) -> list[tuple[int, int, float, str, str]]:
    """(start, end, value, unit, surface) of every figure in a text, magnitudes resolved."""
    d = R.data
    out = []
    for m in scan(R.p["value"], text):
        mag = m.group("mag") or m.group("mmag")
        unit = m.group("money") or m.group("money2") or m.group("unit") or d["bare_yi_unit"]  # "产值过10亿。": 亿元
        unit += m.group("per") or ""  # "亩均税收达到20万元/亩": 万元/亩
        if m.group("mag") and m.group("mag") + unit in d["units"]:
            mag, unit = None, m.group("mag") + unit  # a unit written with its magnitude stays so: 400万千瓦
        factor = float(d["magnitudes"].get(mag) or d["money_magnitudes"].get(mag)) if mag else 1.0
        out.append((m.start(), m.end(), float(m.group("num")) * factor, unit, m.group(0)))
    for m in scan(R.p["chinese"], text):  # 千亿元
        v, u = d["chinese_values"][m.group("cn")]
        out.append((m.start(), m.end(), float(v), u, m.group(0)))
    for m in scan(R.p["fraction"], text):  # 三分之一 -> 33.3 %
        share = 100 * d["chinese_digits"][m.group("part")] / d["chinese_digits"][m.group("whole")]
        out.append((m.start(), m.end(), round(share, 1), d["fraction_unit"], m.group(0)))
    for m in scan(R.p["doubling"], text):  # 比2015年翻一番 -> 2 倍, 翻两番 -> 4 倍 (tgt17)
        out.append((m.start(), m.end(), float(2 ** d["chinese_digits"].get(m.group("times") or "", 1)),
                    d["doubling_unit"], m.group(0)))
    return sorted(out)
