"""Indicators: targets and reported values across policies and years, with a verdict per target."""

from __future__ import annotations

import operator
from typing import Any, Callable

from api.schemas import IndicatorOut, Report, Target

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge, ">": operator.gt, "=": lambda a, b: abs(a - b) < 1e-9, "<=": operator.le, "<": operator.lt,
    "~": lambda a, b: a >= b * 0.95,  # 左右 ("about 35%"): a plan's figure, reached within 5 %
}


def _report_basis(target: Target, reports: list[Report]) -> Report | None:
    """The report a target is judged on: one for the target year, the full-year figure when there is one,
    else the latest stated (a half-year figure is the best evidence there is)."""
    same_year = [r for r in reports if r.year == target.year and r.value is not None]
    if not same_year:
        return None
    full = [r for r in same_year if r.period == str(target.year)]
    return max(full or same_year, key=lambda r: (r.policy_date or "", r.period or ""))


def verdict(target: Target, reports: list[Report]) -> Target:
    """met / not met: a report for the target year satisfies the comparator or not.
    met early: no report for the target year, but one made after the target was set, for an
    earlier year, already satisfies it (2.95 % in 2021 against a 2022 target of 2.7 %).
    unknown: neither, or the units differ, or the target has no value or comparator."""
    compare = _COMPARE.get(target.comparator or "")
    unknown = target.model_copy(update={"verdict": "unknown", "basis": None})
    if compare is None or target.value is None:
        return unknown

    def comparable(r: Report) -> bool:
        return r.value is not None and not (target.unit and r.unit and target.unit != r.unit)

    basis = _report_basis(target, reports)
    if basis is not None:
        if not comparable(basis):
            return target.model_copy(update={"verdict": "unknown", "basis": basis})
        return target.model_copy(update={"verdict": "met" if compare(basis.value, target.value) else "not met",
                                         "basis": basis})
    set_in = int(target.policy_date[:4]) if target.policy_date and target.policy_date[:4].isdigit() else None
    early = [r for r in reports if comparable(r) and r.year is not None and target.year is not None
             and set_in is not None and set_in <= r.year < target.year and compare(r.value, target.value)]
    if early:
        return target.model_copy(update={"verdict": "met early", "basis": max(early, key=lambda r: (r.year, r.period or ""))})
    return unknown


def _num(v: Any) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _int(v: Any) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def indicators_from_rows(rows: list[dict[str, Any]]) -> list[IndicatorOut]:
    out: dict[str, IndicatorOut] = {}
    for r in rows:
        ind = out.setdefault(r["id"], IndicatorOut(id=r["id"], name=r["name"], aliases=list(r["aliases"] or []),
                                                  unit=r["unit"], targets=[], reports=[]))
        p = r["props"] or {}
        if r["rel"] == "SETS_TARGET":
            ind.targets.append(Target(policy=r["policy"], policy_date=r["policy_date"], year=_int(p.get("year")),
                                      value=_num(p.get("value")), unit=p.get("unit"), comparator=p.get("comparator"),
                                      verdict="unknown"))
        elif r["rel"] == "REPORTS":
            ind.reports.append(Report(policy=r["policy"], policy_date=r["policy_date"], period=p.get("period"),
                                      year=_int(p.get("year")), value=_num(p.get("value")), unit=p.get("unit")))
    for ind in out.values():
        ind.targets = sorted((verdict(t, ind.reports) for t in ind.targets), key=lambda t: (t.year or 0, t.policy or ""))
        ind.reports.sort(key=lambda x: (x.year or 0, x.period or "", x.policy or ""))
    return list(out.values())
