"""The industry rules split by job (ils20): the package ingest/extract/industries/ replaces industry_lists.py, one
module per job (lists of industries, roles, fields, topics, a place's industries, firms, lists of firms, projects, the
sentence's place, a list's items, name tests, what they share), each documented, with one import surface. A refactor:
the output is the same as before (the tests of earlier rounds hold, and a dump of every set's extraction compared
byte for byte). Sentences composed for the test in the shapes of the learning texts' reports (a develop verb's list of
industries, firms leading a cluster, a project serving an industry), not copied from any set's texts."""

from __future__ import annotations

import importlib
import pkgutil

import ingest.extract.industries as industries
from graph.model import RelType
from tests.ingest.graphs import by_rule
from tests.ingest.test_prose_relations import _news

RULES = ("rule_industry_list", "rule_list_siblings", "rule_place_industries", "rule_cluster_of_firms",
         "rule_project_vehicle", "rule_firm_invests", "rule_project_serves", "rule_firm_industry",
         "rule_around_industry", "rule_topic_firms", "rule_group_firms", "rule_lead_firms", "rule_kind_projects",
         "rule_project_industry", "rule_field_topic", "rule_paragraph_topic", "rule_project_fields")


def test_the_industry_rules_are_one_package_with_one_import_surface() -> None:
    """ingest.extract.industries gives every rule document.rule_prose runs, under its old name, and what
    industry_clauses reads (subject_place, report_place, industry_item, node_above_county); each module has a docstring
    saying what it reads and writes; the old module is gone."""
    for name in RULES + ("subject_place", "report_place", "industry_item", "industry_name", "node_above_county",
                         "listed_firms"):
        assert callable(getattr(industries, name)), name
    assert set(industries.__all__) >= set(RULES)
    modules = [importlib.import_module(f"ingest.extract.industries.{m.name}")
               for m in pkgutil.iter_modules(industries.__path__)]
    assert {m.__name__.rsplit(".", 1)[1] for m in modules} == {
        "lists", "roles", "fields", "topics", "place_industries", "firms", "firm_lists", "projects", "subject", "items",
        "name_tests", "shared"}
    assert all("Reads:" in (m.__doc__ or "") and "Writes:" in (m.__doc__ or "") for m in modules)
    assert importlib.util.find_spec("ingest.extract.industry_lists") is None


def test_each_rule_is_defined_in_the_module_named_for_its_job() -> None:
    """A newcomer finds a rule where its job says: lists in lists.py, firms in firms.py / firm_lists.py, projects in
    projects.py, an industry heading a paragraph in topics.py, a place's industries in place_industries.py."""
    where = {name: getattr(industries, name).__module__.rsplit(".", 1)[1] for name in RULES}
    assert where["rule_industry_list"] == where["rule_list_siblings"] == "lists"
    assert {where[r] for r in ("rule_cluster_of_firms", "rule_firm_invests", "rule_firm_industry")} == {"firms"}
    assert {where[r] for r in ("rule_topic_firms", "rule_around_industry", "rule_group_firms",
                               "rule_lead_firms")} == {"firm_lists"}
    assert {where[r] for r in ("rule_project_vehicle", "rule_project_serves", "rule_kind_projects",
                               "rule_project_industry", "rule_project_fields")} == {"projects"}
    assert {where[r] for r in ("rule_field_topic", "rule_paragraph_topic")} == {"topics"}
    assert where["rule_place_industries"] == "place_industries"


def test_the_rules_keep_their_names_in_the_evidence() -> None:
    """The split renames no rule: a develop verb's list (industry_list), firms framed as a cluster's leaders
    (cluster_of_firms) and a project serving an industry (project_serves) are read and named as before."""
    g = _news("桐柏县产业集聚区重点发展新材料、生物医药、装备制造等三大主导产业。"
              "园区形成了以宏达新材料有限公司为龙头，华信化工有限公司等企业相配套的氟化工产业集群。"
              "总投资12亿元的桐柏县年产5万吨氟材料项目，主要生产新型氟材料，将助推全县新材料产业实现新的突破。")
    developed = {t for _s, t in by_rule(g, RelType.DEVELOPS, "industry_list")}
    assert {"新材料", "生物医药", "装备制造"} <= developed
    assert {("宏达新材料", "氟化工"), ("华信化工", "氟化工")} <= by_rule(g, RelType.IN_CLUSTER, "cluster_of_firms")
    assert any(t == "新材料" for _s, t in by_rule(g, RelType.IN_CLUSTER, "project_serves"))
