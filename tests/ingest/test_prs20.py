"""The prose component split by job (prs20): the package ingest/extract/prose/, one module a job, each documented, one
import surface that gives every name document.rule_prose and the other rule modules read, every rule its docstring
lists written by one of its modules. A refactor: the output is the same as before (the tests of earlier rounds hold);
the sentences below, composed in the shapes of the learning texts' news (a firm investing in a project, a project
settling in a zone, a zone developing industries), check that each job's module still writes its rule."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import ingest.extract.prose as prose
from graph.model import RelType
from tests.ingest.graphs import news

ROOT = Path(__file__).resolve().parents[2]
JOBS = {"common", "state", "owners", "sentence_places", "parks", "name_places", "dateline", "develops", "short_names"}
# what modules outside the package import from it (document.py, industries/, enterprise_lists.py, report_place.py…)
SURFACE = ("Found", "ProseState", "ABOVE_COUNTY", "PLACE_LABELS", "NOT_INDUSTRY_NAMES", "start_of_clause", "end_of_clause",
           "prose_edge", "group_after", "prose_words", "counted_object", "topic_comma", "above_county", "aspect_list", "brought_in",
           "clause_topic_park", "cluster_span", "defined_short_names", "document_place", "generic_industry",
           "held_by_name", "is_list", "split_items", "title_place", "rule_owner", "rule_located", "rule_parks_built_in",
           "rule_name_bracket_place", "rule_name_county_place", "rule_head_park", "rule_dateline", "rule_park_dateline",
           "rule_develops", "rule_leading_industries", "rule_cluster_place", "rule_leading_list", "rule_represented",
           "rule_place_industry_pairs", "rule_short_owner", "rule_defined_names")


def _modules() -> list:
    return [importlib.import_module(f"ingest.extract.prose.{m.name}") for m in pkgutil.iter_modules(prose.__path__)]


def test_the_component_is_one_package_by_job_with_one_import_surface() -> None:
    """ingest.extract.prose is a package of one module a job, each with a docstring saying what it reads and writes;
    its __init__ gives every name other modules import, and the rule entry points live in their job's module."""
    modules = _modules()
    assert {m.__name__.rsplit(".", 1)[1] for m in modules} == JOBS
    assert not (ROOT / "ingest" / "extract" / "prose.py").exists()
    for m in modules:
        doc = (m.__doc__ or "").strip()
        assert doc and ("Reads" in doc or "reads" in doc.split(".")[0] or m.__name__.endswith(".common")), m.__name__
    assert set(SURFACE) <= set(prose.__all__)
    assert all(getattr(prose, name) is not None for name in SURFACE)
    home = {"rule_owner": "owners", "rule_located": "sentence_places", "rule_parks_built_in": "parks",
            "rule_name_county_place": "name_places", "rule_dateline": "dateline", "title_place": "dateline",
            "rule_develops": "develops", "rule_short_owner": "short_names", "ProseState": "state", "Found": "common"}
    assert {name: getattr(prose, name).__module__.rsplit(".", 1)[1] for name in home} == home


def test_every_rule_of_the_docstring_is_written_by_a_module_of_the_package() -> None:
    """The rule list (data/rules/confidence.yaml's entries, test_prose) stays in the package's docstring; each rule
    there is a name some module writes as evidence (or, title_place, the function that finds that place)."""
    rules = re.findall(r"^  ([a-z_]+) ", prose.__doc__ or "", re.M)
    assert len(rules) >= 30
    sources = "\n".join(Path(m.__file__).read_text(encoding="utf-8") for m in _modules())
    assert [r for r in rules if f'"{r}"' not in sources and f"def {r}(" not in sources] == []


def _rules(g, rel: RelType) -> list[tuple[str, str, str]]:
    """(source, target, rule) of each edge of one relation (an edge several rules wrote names them joined by +)."""
    names = {n.id: n.name for n in g.nodes}
    return [(names[e.source], names[e.target], rule) for e in g.edges if e.type == rel
            for ev in e.evidence for rule in ev.rule.split("+")]


def test_each_job_module_still_writes_its_rules() -> None:
    """A firm investing in a project (owners.py: invested_by), the project settling in a zone (sentence_places.py:
    settled_in), the zone developing industries (develops.py: develops_prose), as the learning texts' news write them."""
    g = news("山东恒信新材料有限公司投资建设的年产10万吨高性能纤维项目落户茌平经济开发区。\n"
             "茌平经济开发区大力发展铝精深加工产业和新材料产业，打造千亿级产业集群。")
    assert ("年产10万吨高性能纤维项目", "恒信新材料", "invested_by") in _rules(g, RelType.CARRIED_OUT_BY)
    assert any(src == "年产10万吨高性能纤维项目" and rule == "settled_in" for src, _, rule in _rules(g, RelType.LOCATED_IN))
    assert any(rule == "develops_prose" for _, _, rule in _rules(g, RelType.DEVELOPS))
