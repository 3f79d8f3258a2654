"""The evaluator on hand-built graphs: independent of the extraction pipeline.

`_Builder` writes, from the gold set, the graph a perfect extractor would produce
(every node under its expected name, every fact with evidence in the right
section); each test then damages one thing and checks the score moves the way it
must.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import DocumentGraph, EdgeRecord, Evidence, Label, NodeRecord, RelType, make_id
from evaluation.gold import load_gold, parse_table
from evaluation.names import enterprise_core, key, match_projects, normalize
from evaluation.report import evaluate, format_report, regions

GOLD = Path(__file__).parent / "gold"
PLAN = "001_96019a36a6392bfa"
NEWS = "002_1e4e7bf190f2a039"
NINE = ["新材料", "高端装备制造", "新能源汽车", "医养健康", "有色金属及金属深加工",
        "绿色化工", "纺织服装", "文化旅游", "现代高效农业"]


def _plan_text() -> tuple[str, dict[str, int]]:
    """A plan text with the sections the evaluator locates, and an offset inside each."""
    parts = ["前言。\n", "新旧动能转换主要目标表\n指标\n", "第三章 发展布局\n临清市：依托临清经济开发区。\n",
             "第五章 突出转换重点\n依托鲁西集团。\n"]
    at: dict[str, int] = {}
    for i, name in enumerate(NINE, 1):
        parts.append(f"第{'一二三四五六七八九'[i - 1]}节 {name}产业集群\n正文。\n")
        parts.append(f"\t专栏{i}  {name}产业集群重点项目\n项目甲，项目乙。\n")
    parts.append("第六章 融合\n正文。\n")
    for i in range(10, 15):
        parts.append(f"第{i}节 其他\n正文。\n\t专栏{i}  重点项目\n项目甲，项目乙。\n")
    text = "".join(parts)
    at["table"] = text.index("主要目标表") + 1
    at["layout"] = text.index("临清市：")
    at["chapter5"] = text.index("依托鲁西集团")
    for i in range(1, 15):
        at[f"box:{i}"] = text.index(f"专栏{i} ") + 3
    return text, at


class _Builder:
    def __init__(self) -> None:
        self.gold = load_gold(GOLD)
        self.text, self.at = _plan_text()
        self.groups = {(g.type, key(g.type, n)): g.names for g in self.gold.same for n in g.names}
        self.nodes: dict[str, NodeRecord] = {}
        self.edges: dict[str, list[EdgeRecord]] = {PLAN: [], NEWS: []}

    def node(self, label: Label, name: str, **props) -> str:
        names = self.groups.get((label.value, key(label.value, name)), (name,))
        canon = names[0]
        if label == Label.CLUSTER:
            canon = key("Cluster", canon)
        nid = make_id(label, canon)
        if nid not in self.nodes:
            aliases = [n for n in names if n != canon]
            self.nodes[nid] = NodeRecord(id=nid, label=label, name=canon, aliases=aliases, props=props)
        elif name != canon and name not in self.nodes[nid].aliases:
            self.nodes[nid].aliases.append(name)
        return nid

    def edge(self, type_: RelType, a: str, b: str, where: str, doc: str = PLAN, key_: str = "", **props) -> EdgeRecord:
        start = self.at[where] if doc == PLAN else 0
        e = EdgeRecord(type=type_, source=a, target=b, key=key_, props=props,
                       evidence=[Evidence(sentence="…", start=start, end=start + 1, rule="test")])
        self.edges[doc].append(e)
        return e

    def perfect(self) -> "_Builder":
        g = self.gold
        for p in g.projects:
            pid = self.node(Label.PROJECT, p.name)
            where = f"box:{p.box[2:]}"
            if p.cluster:
                self.edge(RelType.IN_CLUSTER, pid, self.node(Label.CLUSTER, p.cluster, level="cluster"), where,
                          role="listed")
            else:
                self.edge(RelType.MENTIONS, f"policy:{PLAN}", pid, where)
            if p.enterprise:
                eid = self.node(Label.ENTERPRISE, p.enterprise[0])
                self.edge(RelType.CARRIED_OUT_BY, pid, eid, where)
            if p.county:
                self.edge(RelType.LOCATED_IN, pid, self.node(Label.COUNTY, p.county[0]), where)
        for pp in g.prose_projects:  # named in 第五章's running text ("chapter5" is outside the boxes)
            pid = self.node(Label.PROJECT, pp.name[0])
            self.edge(RelType.MENTIONS, f"policy:{PLAN}", pid, "chapter5")
            if pp.enterprise:
                self.edge(RelType.CARRIED_OUT_BY, pid, self.node(Label.ENTERPRISE, pp.enterprise[0]), "chapter5")
        for pp in g.prose_elsewhere:  # named in the rest of the plan ("layout" is in 第三章)
            self.edge(RelType.MENTIONS, f"policy:{PLAN}", self.node(Label.PROJECT, pp.name[0]), "layout")
        nine = {p.cluster for p in g.projects}
        for e, c in g.enterprise_cluster:  # the one pair outside the nine is stated outside 第五章 (L386)
            self.edge(RelType.IN_CLUSTER, self.node(Label.ENTERPRISE, e[0]), self.node(Label.CLUSTER, c, level="cluster"),
                      "chapter5" if c in nine else "layout", role="leading")
        for n in g.enterprises_also:
            self.edge(RelType.MENTIONS, f"policy:{PLAN}", self.node(Label.ENTERPRISE, n[0]), "chapter5")
        for n in g.counties:
            self.edge(RelType.MENTIONS, f"policy:{PLAN}", self.node(Label.COUNTY, n), "layout")
        for p in g.parks:
            park = self.node(Label.PARK, p.name)
            if p.county:
                self.edge(RelType.LOCATED_IN, park, self.node(Label.COUNTY, p.county[0]), "layout")
            else:
                self.edge(RelType.MENTIONS, f"policy:{PLAN}", park, "layout")
        for a, b in g.subindustries:
            self.edge(RelType.HAS_SUBINDUSTRY, self.node(Label.CLUSTER, a, level="cluster"),
                      self.node(Label.CLUSTER, b, level="subindustry"), "chapter5")
        for rel, facts in ((RelType.DEVELOPS, g.develops), (RelType.UPGRADES, g.upgrades)):
            for a, b in facts:
                self.edge(rel, self.node(Label.COUNTY, a), self.node(Label.CLUSTER, b), "layout")
        for v in g.values:
            ind = self.node(Label.INDICATOR, v.indicator)
            where = "table" if v.source in ("table", "reported") and v.document == PLAN else "chapter5"
            rel = RelType.REPORTS if v.source == "reported" else RelType.SETS_TARGET
            self.edge(rel, f"policy:{v.document}", ind, where, doc=v.document, key_=str(v.year),
                      year=v.year, value=v.value, unit=v.unit)
        for n in g.indicators:  # rate-only rows have no value but are indicators of the table
            self.edge(RelType.MENTIONS, f"policy:{PLAN}", self.node(Label.INDICATOR, n), "table")
        for grp in g.same:  # every alias on its node
            for n in grp.names:
                self.node(Label(grp.type), n)
        return self

    def graphs(self) -> list[DocumentGraph]:
        out = []
        for doc, edges in self.edges.items():
            ids = {x for e in edges for x in (e.source, e.target)}
            props = {"text": self.text} if doc == PLAN else {"text": ""}
            pol = NodeRecord(id=f"policy:{doc}", label=Label.POLICY, name=doc, props=props)
            out.append(DocumentGraph(policy=pol, nodes=[n for i, n in self.nodes.items() if i in ids or doc == PLAN],
                                     edges=edges))
        return out


@pytest.fixture()
def built() -> _Builder:
    return _Builder().perfect()


def _report(b: _Builder):
    return evaluate(b.graphs(), GOLD)


def test_perfect_graph_scores_one_everywhere(built):
    rep = _report(built)
    for s in [*rep.entities.values(), *rep.relations.values()]:
        assert s.gold > 0, s.name
        assert (s.precision, s.recall) == (1.0, 1.0), (s.name, s.false_positives[:3], s.false_negatives[:3])


def test_gold_sizes():
    g = load_gold(GOLD)
    assert len(g.projects) == 175 + 74
    assert [sum(p.box == f"专栏{i}" for p in g.projects) for i in range(1, 15)] == [
        15, 18, 11, 25, 14, 22, 10, 33, 27, 22, 0, 21, 20, 11]
    assert len([v for v in g.values if v.source == "table"]) == 33


def test_missing_edge_lowers_recall_only(built):
    first = next(e for e in built.edges[PLAN] if e.type == RelType.IN_CLUSTER)
    built.edges[PLAN].remove(first)
    s = _report(built).relations["project→cluster"]
    assert s.recall == pytest.approx(174 / 175) and s.precision == 1.0
    assert s.fn == 1 and s.false_negatives[0].startswith("鲁西化工年产80万吨TDI")


def test_spurious_edge_lowers_precision_only(built):
    p = built.node(Label.PROJECT, "鲁西化工年产100万吨尼龙66项目")
    built.edge(RelType.IN_CLUSTER, p, built.node(Label.CLUSTER, "文化旅游产业集群"), "box:1")
    s = _report(built).relations["project→cluster"]
    assert s.recall == 1.0 and s.precision == pytest.approx(175 / 176)
    assert s.false_positives == ["鲁西化工年产100万吨尼龙66项目 → 文化旅游"]


def test_spurious_project_outside_the_boxes_is_not_scored(built):
    p = built.node(Label.PROJECT, "中通客车年产2万辆燃料电池汽车项目")
    built.edge(RelType.IN_CLUSTER, p, built.node(Label.CLUSTER, "新能源汽车"), "chapter5")
    rep = _report(built)
    assert rep.entities["Project"].precision == 1.0
    assert rep.relations["project→cluster"].precision == 1.0


def test_alias_resolution_and_lenient_names():
    b = _Builder().perfect()
    # the enterprise node carries another canonical name; the gold names reach it by alias
    old = b.nodes["enterprise:鲁西集团"]
    assert "鲁西化工" in old.aliases
    # a project named with its inherited enterprise, and full-width text -> still the gold item
    pid = "project:年产60万吨MTO项目"
    b.nodes[pid] = b.nodes[pid].model_copy(update={"name": "鲁西集团年产６０万吨ＭＴＯ项目"})
    # a project written with the canonical enterprise instead of the text's 鲁西化工
    pid = "project:鲁西化工年产100万吨尼龙66项目"
    b.nodes[pid] = b.nodes[pid].model_copy(update={"name": "鲁西集团年产100万吨尼龙66项目"})
    rep = _report(b)
    assert rep.entities["Project"].recall == 1.0
    assert rep.relations["project→enterprise"].recall == 1.0


def test_unmerged_alias_is_a_missed_merge_and_a_wrong_merge_is_a_false_one(built):
    lx = built.nodes["enterprise:鲁西集团"]
    built.nodes[lx.id] = lx.model_copy(update={"aliases": [a for a in lx.aliases if a != "鲁西化工"]})
    rep = _report(built)
    assert "鲁西集团 = 鲁西化工" in rep.relations["alias merges"].false_negatives
    park = built.nodes["park:山东鲁西经济开发区"]
    built.nodes["enterprise:鲁西集团"].aliases.append("鲁西经济开发区")
    s = _report(built).relations["alias merges"]
    assert s.precision < 1.0 and any("鲁西经济开发区" in x for x in s.false_positives)
    assert park.name == "山东鲁西经济开发区"


def test_uncertain_merge_is_not_scored(built):
    before = _report(built).relations["alias merges"]
    park = built.nodes["park:中国化工新材料（聊城）产业园"]
    park.aliases.append("鲁西化工新材料产业园")  # both names known to the gold, one `uncertain` group
    after = _report(built).relations["alias merges"]
    assert (after.matched, after.fp) == (before.matched, before.fp)
    park.aliases.append("鲁西集团")  # a `distinct` look-alike
    assert _report(built).relations["alias merges"].fp == before.fp + 1


def test_target_value_must_match_year_value_and_unit(built):
    st = [e for e in built.edges[PLAN] if e.type == RelType.SETS_TARGET and e.props["year"] == 2020
          and e.target == "indicator:研发投入占生产总值比重"]
    assert len(st) == 1 and st[0].props["value"] == 2.5
    st[0].props["value"] = 2.5 + 1e-3
    s = _report(built).relations["target values (table)"]
    assert s.tp == 32 and s.fp == 1
    st[0].props.update(value=2.5 + 1e-9, unit="％")  # full-width percent is the same unit
    assert _report(built).relations["target values (table)"].recall == 1.0
    st[0].props["unit"] = "个"
    assert _report(built).relations["target values (table)"].recall < 1.0


def test_rate_rows_are_not_compared_but_prose_values_are(built):
    ind = built.node(Label.INDICATOR, "科技进步贡献率")
    built.edge(RelType.SETS_TARGET, f"policy:{PLAN}", ind, "table", key_="2020", year=2020, value=1.2, unit="%")
    assert _report(built).relations["target values (table)"].fp == 0      # the rate cell 年均提高1.2个百分点
    built.edge(RelType.SETS_TARGET, f"policy:{PLAN}", ind, "chapter5", key_="2021", year=2021, value=55, unit="%")
    assert _report(built).relations["target values (all)"].fp == 1       # no such prose target


def test_reported_value_needs_the_right_document(built):
    rep = [e for e in built.edges[NEWS] if e.type == RelType.REPORTS]
    assert {e.props["value"] for e in rep} == {2.95, 30.6}
    built.edges[NEWS] = [e for e in built.edges[NEWS] if e.props.get("value") != 2.95]
    s = _report(built).relations["reported values"]
    assert s.fn == 1 and "2021" in s.false_negatives[0]


def test_cluster_suffixes_and_subindustries(built):
    assert key("Cluster", "新材料产业集群") == key("Cluster", "新材料") == "新材料"
    assert key("Cluster", "医养健康新兴产业") == "医养健康"
    assert key("Cluster", "现代服务业") == key("Cluster", "现代服务") and key("Cluster", "农业") == "农业"
    assert key("Cluster", "纺织业") == "纺织"
    # an enterprise linked to a sub-industry of the right cluster is right
    sub = built.node(Label.CLUSTER, "铜加工", level="subindustry")
    built.edge(RelType.HAS_SUBINDUSTRY, built.node(Label.CLUSTER, "有色金属及金属深加工"), sub, "chapter5")
    built.edge(RelType.IN_CLUSTER, built.node(Label.ENTERPRISE, "祥光铜业"), sub, "chapter5")
    s = _report(built).relations["enterprise→cluster"]
    assert s.precision == 1.0 and s.recall == 1.0


def test_names():
    assert normalize("太平洋（聊城）光电科技") == normalize("太平洋(聊城)光电科技")
    assert normalize("高唐县“鲁西民俗第一村” 旅游项目") == "高唐县鲁西民俗第一村旅游项目"
    assert enterprise_core("山东芯力量汽车科技有限公司") == "芯力量汽车科技"
    assert enterprise_core("东阿阿胶") == "东阿阿胶"      # too short once the place is gone
    assert key("Indicator", "8、研发投入占生产总值比重") == "研发投入占生产总值比重"


def test_project_containment_is_one_to_one():
    nodes = {"project:x": NodeRecord(id="project:x", label=Label.PROJECT,
                                     name="鲁西化工集团年产100万吨有机硅项目、年产60万吨MTO项目")}
    out = match_projects([("鲁西化工集团年产100万吨有机硅项目",), ("年产60万吨MTO项目",)], nodes)
    assert sum(bool(x) for x in out) == 1


def test_table_parser():
    inds, rates, vals = parse_table("指标\t单位\t2017年\t2018年\t2020年\t2022年\n（一）类\n"
                                    "新经济占比\t%\t27.1（2016）\t29左右\t32左右\t35左右\n"
                                    "全员劳动生产率\t万元\t—\t年均提高0.7万元\n", "d")
    assert inds == ["新经济占比", "全员劳动生产率"] and rates == ["全员劳动生产率"]
    assert [(v.year, v.value, v.source) for v in vals] == [
        (2016, 27.1, "reported"), (2018, 29.0, "table"), (2020, 32.0, "table"), (2022, 35.0, "table")]


def test_regions_on_the_real_plan():
    text = (Path(__file__).parents[1] / "data/corpus" / f"{PLAN}.txt").read_text(encoding="utf-8")
    spans = regions(text)
    assert sorted(k for k in spans if k.startswith("box:")) == sorted(f"box:{i}" for i in range(1, 15))
    s, e = spans["box:6"][0]
    assert "鲁西化工集团年产100万吨有机硅项目" in text[s:e] and "第七节" not in text[s:e]
    s, e = spans["table"][0]
    assert "研发投入占生产总值比重" in text[s:e] and "第三章" not in text[s:e]
    s, e = spans["chapter5"][0]
    assert "专栏9" in text[s:e] and "第六章" not in text[s:e]


def test_report_text_and_rows(built):
    first = next(e for e in built.edges[PLAN] if e.type == RelType.IN_CLUSTER)
    built.edges[PLAN].remove(first)
    rep = _report(built)
    text = format_report(rep, details=True)
    assert "project→cluster" in text and "FN  鲁西化工年产80万吨TDI及年产100万吨MDI项目 → 新材料产业集群" in text
    assert "FN" not in format_report(rep)
    row = next(r for r in rep.rows() if r["type"] == "project→cluster")
    assert (row["kind"], row["gold"], row["tp"], row["fn"], row["fp"]) == ("relation", 175, 174, 1, 0)


def test_gold_names_are_written_in_the_corpus():
    """The gold is typed from the text: every name (its first spelling) occurs in the corpus."""
    corpus = "".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parents[1] / "data/corpus").glob("*.txt"))
    g = load_gold(GOLD)
    names = ([p.name for p in g.projects] + [p.enterprise[0] for p in g.projects if p.enterprise]
             + [e[0] for e, _ in g.enterprise_cluster] + [e[0] for e in g.enterprises_also]
             + [p.name for p in g.parks] + g.counties)
    missing = [n for n in names if n not in corpus]
    assert missing == []


def test_box_items_rebuild_each_box():
    """The gold items of 专栏N, put back with the box's separators, are exactly its text."""
    import re

    lines = (Path(__file__).parents[1] / "data/corpus" / f"{PLAN}.txt").read_text(encoding="utf-8").split("\n")
    g = load_gold(GOLD)
    for n in [*range(1, 11), 12, 13, 14]:
        head = next(i for i, line in enumerate(lines) if re.match(rf"\s*专栏{n}\s", line))
        body = next(re.sub(r"\[bookmark: [^\]]*\]", "", line) for line in lines[head + 1:] if line.strip())
        items = [p.name for p in g.projects if p.box == f"专栏{n}"]
        rest = body
        for name in items:
            assert name in rest, name
            rest = rest.replace(name, "|", 1)
        assert set(rest) <= set("|，,、。"), (n, rest)
        assert rest.count("|") == len(items)


def test_alias_names_are_written_in_the_corpus():
    corpus = "".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parents[1] / "data/corpus").glob("*.txt"))
    g = load_gold(GOLD)
    missing = [n for grp in g.same for n in grp.names if n not in corpus]
    assert missing == ["茌平区"]  # the renaming of 茌平县 (2019), which the corpus does not write


def test_main_prints_the_report(built, monkeypatch, capsys):
    import evaluation.report as ev

    seen = {}

    def fake_run_eval(corpus, gold, details=False):
        seen.update(corpus=corpus, gold=gold, details=details)
        rep = evaluate(built.graphs(), GOLD)
        rep.details = details
        return rep

    monkeypatch.setattr(ev, "run_eval", fake_run_eval)
    assert ev.main(["--corpus", "somewhere", "--details"]) == 0
    assert seen == {"corpus": Path("somewhere"), "gold": Path("tests/gold"), "details": True}
    assert "alias merges" in capsys.readouterr().out


def test_empty_extraction_scores_zero_recall():
    rep = evaluate([], GOLD)
    assert all(s.recall == 0.0 and s.fp == 0
               for s in [*rep.entities.values(), *rep.relations.values(), *rep.targets.values()])
