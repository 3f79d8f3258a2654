"""Load the hand-made gold set (tests/gold/*.yaml) into plain records.

The YAML files are written for people (see tests/gold/README.md); this module
turns them into the flat facts the evaluator scores. A name is a tuple of
accepted spellings, the first as the text writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from evaluation.names import corpus_gold_rules

Names = tuple[str, ...]


def _names(value: Any) -> Names:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(str(v) for v in value)
    return (str(value),)


@dataclass(frozen=True)
class GoldProject:
    name: str
    box: str
    cluster: str             # "" outside the cluster boxes 专栏1–9
    enterprise: Names = ()
    county: Names = ()
    enterprise_maybe: Names = ()
    county_maybe: Names = ()


@dataclass(frozen=True)
class GoldProseProject:
    name: Names
    enterprise: Names = ()


@dataclass(frozen=True)
class GoldPark:
    name: str
    county: Names = ()
    county_maybe: Names = ()
    basis: str = ""


@dataclass(frozen=True)
class GoldValue:
    """One number: a target (SETS_TARGET) or a reported value (REPORTS). year None = any year."""
    indicator: str
    year: int | None
    value: float
    unit: str
    document: str
    source: str          # "table", "prose", "reported"


@dataclass(frozen=True)
class AliasGroup:
    type: str
    names: Names


@dataclass
class Gold:
    document: str                                         # the 2018 plan's key
    projects: list[GoldProject]
    prose_projects: list[GoldProseProject]
    prose_projects_maybe: list[str]
    prose_elsewhere: list[GoldProseProject]             # named outside 第五章 and the boxes, all documents
    prose_elsewhere_maybe: list[str]
    enterprise_cluster: list[tuple[Names, str]]           # (enterprise spellings, cluster) from prose
    enterprise_cluster_maybe: list[tuple[Names, str]]
    enterprises_also: list[Names]                         # named with no cluster pair, whole corpus
    enterprises_maybe: list[str]
    not_enterprises: list[str]
    counties: list[str]
    ambiguous_counties: list[str]
    parks: list[GoldPark]
    ambiguous_parks: list[str]
    subindustries: list[tuple[str, str]]                  # (cluster, sub-industry)
    subindustries_maybe: list[tuple[str, str]]
    develops: list[tuple[str, str]]                       # (county, industry)
    upgrades: list[tuple[str, str]]
    indicators: list[str]                                 # rows of the target table
    rate_indicators: list[str]                            # rows with a text (rate) target only
    values: list[GoldValue]
    maybe_reported: list[GoldValue]
    same: list[AliasGroup]
    distinct: list[tuple[str, str, str]]                  # (type, name, other)
    uncertain: list[Names] = field(default_factory=list)

    def box_enterprise_cluster(self) -> list[tuple[Names, str]]:
        """(enterprise spellings, cluster) for every box project with a known enterprise."""
        return [(p.enterprise, p.cluster) for p in self.projects if p.enterprise and p.cluster]


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader) or {}  # noqa: S506 (a safe loader)


_NUMBER = re.compile(corpus_gold_rules()["table_value"])


def parse_table(text: str, document: str) -> tuple[list[str], list[str], list[GoldValue]]:
    """The TSV target table -> (indicators, rate-only indicators, values).

    Header: 指标, 单位, base year column, target year columns. A base cell may carry
    its own year ("27.1（2016）"). A row with one text cell after the base is a rate
    target over the whole period and yields no value.
    """
    rows = [line.split("\t") for line in text.splitlines() if "\t" in line]
    header, body = rows[0], rows[1:]
    years = [int(re.sub(r"\D", "", h)) for h in header[2:]]
    indicators: list[str] = []
    rates: list[str] = []
    values: list[GoldValue] = []
    for row in body:
        name, unit, cells = row[0], row[1], row[2:]
        indicators.append(name)
        unit = "" if unit == "—" else unit
        if len(cells) < len(years):
            rates.append(name)
        for i, cell in enumerate(cells[: len(years)]):
            m = _NUMBER.match(cell.strip())
            if not m or (len(cells) < len(years) and i > 0):
                continue
            year = int(m.group(2)) if m.group(2) else years[i]
            source = "reported" if i == 0 else "table"
            values.append(GoldValue(name, year, float(m.group(1)), unit, document, source))
    return indicators, rates, values


def load_gold(gold_dir: str | Path) -> Gold:
    d = Path(gold_dir)
    pbc = _load(d / "projects_by_cluster.yaml")
    pob = _load(d / "projects_other_boxes.yaml")
    ec = _load(d / "enterprise_cluster.yaml")
    cp = _load(d / "county_park.yaml")
    ci = _load(d / "county_industry.yaml")
    tg = _load(d / "targets.yaml")
    al = _load(d / "aliases.yaml")
    en = _load(d / "enterprises.yaml")
    si = _load(d / "subindustries.yaml")
    pp = _load(d / "projects_prose.yaml")
    document = str(pbc["document"])

    projects = [
        GoldProject(
            name=p["name"], box=b["box"], cluster=b.get("cluster", ""),
            enterprise=_names(p.get("enterprise")), county=_names(p.get("county")),
            enterprise_maybe=_names(p.get("enterprise_maybe")), county_maybe=_names(p.get("county_maybe")),
        )
        for b in pbc["boxes"] + pob["boxes"] for p in b["projects"]
    ]
    parks = [GoldPark(p["name"], _names(p.get("county")), _names(p.get("county_maybe")), p.get("basis", ""))
             for p in cp["parks"]]
    develops = [(c["county"], i) for c in ci["counties"] for i in c.get("develops", [])]
    upgrades = [(c["county"], i) for c in ci["counties"] for i in c.get("upgrades", [])]

    tdoc = str(tg.get("document", document))
    indicators, rates, values = parse_table(tg["table"], tdoc)

    def value(v: dict[str, Any], source: str) -> GoldValue:
        return GoldValue(v["indicator"], v.get("year"), float(v["value"]), str(v.get("unit", "")),
                         str(v.get("document", tdoc)), source)

    values += [value(v, "reported") for v in tg.get("reported", [])]
    values += [value(v, "prose") for v in tg.get("prose_targets", [])]
    maybe = [value(v, "reported") for v in tg.get("maybe_reported", [])]

    return Gold(
        document=document,
        projects=projects,
        prose_projects=[GoldProseProject(_names(p["name"]), _names(p.get("enterprise"))) for p in pp["projects"]],
        prose_projects_maybe=list(pp.get("maybe", [])),
        prose_elsewhere=[GoldProseProject(_names(p["name"])) for p in pp.get("elsewhere", [])],
        prose_elsewhere_maybe=list(pp.get("elsewhere_maybe", [])),
        enterprise_cluster=[(_names(e), p["cluster"]) for p in ec["pairs"] for e in p["enterprises"]],
        enterprise_cluster_maybe=[(_names(p["enterprise"]), p["cluster"]) for p in ec.get("maybe_pairs", [])],
        enterprises_also=[_names(n) for n in ec.get("also_mentioned", [])]
        + [_names(e["name"]) for e in en.get("enterprises", [])],
        enterprises_maybe=list(en.get("maybe", [])),
        not_enterprises=list(ec.get("not_enterprises", [])) + list(en.get("not_enterprises", [])),
        counties=[c["name"] for c in cp["counties"]],
        ambiguous_counties=list(cp.get("ambiguous_counties", [])),
        parks=parks,
        ambiguous_parks=list(cp.get("ambiguous_parks", [])),
        subindustries=[(c["cluster"], x) for c in si["clusters"] for x in c.get("subindustries", [])],
        subindustries_maybe=[(c["cluster"], x) for c in si["clusters"] for x in c.get("maybe", [])],
        develops=develops,
        upgrades=upgrades,
        indicators=indicators,
        rate_indicators=rates,
        values=values,
        maybe_reported=maybe,
        same=[AliasGroup(g["type"], _names(g["names"])) for g in al.get("same", [])],
        distinct=[(g["type"], g["name"], o) for g in al.get("distinct", []) for o in g["not"]],
        uncertain=[_names(g["names"]) for g in al.get("uncertain", [])],
    )
