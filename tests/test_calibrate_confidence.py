"""tools/calibrate_confidence.py: measured precision, shrunk toward the default, written in place."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "calibrate_confidence", Path(__file__).resolve().parent.parent / "tools" / "calibrate_confidence.py")
cal = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cal)  # type: ignore[union-attr]


def test_a_rule_seen_often_nears_its_precision_and_a_perfect_one_stays_below_certain() -> None:
    assert cal.calibrated(125, 140, 0.7) == 0.89          # (125 + 3.5) / 145
    assert cal.calibrated(1000, 1000, 0.7) == cal.CEILING   # never certain from prose
    assert cal.calibrated(10, 10, 0.7) == 0.9               # ten right of ten says less than a thousand


def test_values_are_replaced_in_place_and_new_rules_appended() -> None:
    text = "default: 0.7\nrules:\n  dateline: 0.6            # the report's place\n  mention: 1.0\n"
    out = cal.rewrite(text, {"dateline": 0.78, "topic_firms": 0.95})
    assert "  dateline: 0.78           # the report's place\n" in out   # the comment keeps its column
    assert "  mention: 1.0\n" in out and out.startswith("default: 0.7\n")
    assert out.endswith("  topic_firms: 0.95\n")
