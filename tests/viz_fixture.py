"""A small graph of real corpus facts, for the explorer, /viz, document-view and notebook tests.

Every evidence sentence is cut from the shipped document text itself (offsets
found in it, not typed in), so the document view highlights real spans. Used
until the extraction pipeline (ingest/pipeline.py) lands; `load_viz_graph`
prefers the real pipeline when it exists.
"""

from __future__ import annotations

from pathlib import Path

from graph.model import DocumentGraph, EdgeRecord, Evidence, Label, NodeRecord, RelType, make_id
from graph.store import GraphStore

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
PLAN = "001_96019a36a6392bfa"
REPORT = "000_b99d51a1da965aef"
QA = "004_16fff03805f95ee7"


def _sentence(text: str, needle: str) -> tuple[int, int]:
    """The sentence of `text` that contains `needle`: from after the previous 。/newline to its 。."""
    at = text.index(needle)
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find("。", at)
    end = len(text) if end < 0 else end + 1
    return start, end


class _Doc:
    def __init__(self, key: str, title: str, date: str, kind: str, period: str):
        self.text = (CORPUS / f"{key}.txt").read_text(encoding="utf-8")
        self.policy = NodeRecord(id=f"policy:{key}", label=Label.POLICY, name=title,
                                 props={"title": title, "issuer": "聊城市人民政府", "date": date, "kind": kind,
                                        "period": period, "file": f"{key}.txt", "text": self.text})
        self.nodes: dict[str, NodeRecord] = {}
        self.edges: list[EdgeRecord] = []

    def node(self, label: Label, name: str, aliases: tuple[str, ...] = (), **props) -> str:
        node_id = make_id(label, name)
        self.nodes[node_id] = NodeRecord(id=node_id, label=label, name=name, aliases=list(aliases), props=props)
        return node_id

    def fact(self, rel: RelType, source: str, target: str, needle: str, surface: str = "",
             resolution: str = "", key: str = "", **props) -> None:
        start, end = _sentence(self.text, needle)
        ev = Evidence(section="", sentence=self.text[start:end], start=start, end=end, rule=f"fixture:{rel.value.lower()}",
                      surface=surface or needle, resolution=resolution)
        self.edges.append(EdgeRecord(type=rel, source=source, target=target, key=key, props=props, evidence=[ev]))

    def graph(self) -> DocumentGraph:
        stated = {e.target for e in self.edges if e.type is RelType.MENTIONS}
        mentions = [EdgeRecord(type=RelType.MENTIONS, source=self.policy.id, target=n)
                    for n in self.nodes if n not in stated]
        return DocumentGraph(policy=self.policy, nodes=list(self.nodes.values()), edges=self.edges + mentions)


def fixture_documents() -> list[DocumentGraph]:
    plan = _Doc(PLAN, "聊城市新旧动能转换重大工程实施规划（2018-2022年）", "2018-04-04", "plan", "2018-2022")
    L = Label
    luxi = plan.node(L.ENTERPRISE, "鲁西集团", ("鲁西化工", "鲁西化工集团"), county="county:聊城高新技术产业开发区")
    xinfa = plan.node(L.ENTERPRISE, "信发集团", ("信发",), county="county:茌平区")
    shangda = plan.node(L.ENTERPRISE, "上达稀土", ("山东上达稀土材料",))
    guohong = plan.node(L.ENTERPRISE, "国宏中环", ("山东国宏中环新材料",), county="county:茌平区")
    huatai = plan.node(L.ENTERPRISE, "华泰化工", ("阳谷华泰化工",), county="county:阳谷县")
    xinmat = plan.node(L.CLUSTER, "新材料", ("新材料产业",), level="cluster")
    chem = plan.node(L.CLUSTER, "绿色化工", ("化工",), level="cluster")
    pharma = plan.node(L.CLUSTER, "医养健康", ("医养健康产业集群",), level="cluster")
    chemmat = plan.node(L.CLUSTER, "化工新材料", (), level="subindustry")
    coal = plan.node(L.CLUSTER, "煤化工", (), level="subindustry")
    shen = plan.node(L.COUNTY, "莘县", (), kind="county")
    yanggu = plan.node(L.COUNTY, "阳谷县", (), kind="county")
    chiping = plan.node(L.COUNTY, "茌平区", ("茌平县",), kind="district")
    gaoxin = plan.node(L.COUNTY, "聊城高新技术产业开发区", ("高新区",), kind="zone")
    park = plan.node(L.PARK, "中国化工新材料（聊城）产业园", ("中国化工新材料(聊城)产业园",))
    luxi_park = plan.node(L.PARK, "山东鲁西经济开发区", ())
    nylon = plan.node(L.PROJECT, "鲁西化工年产100万吨尼龙66项目", (), capacity="年产100万吨")
    carbon = plan.node(L.PROJECT, "信发集团粉煤灰综合利用生产碳纤维项目", ())
    magnet = plan.node(L.PROJECT, "山东上达稀土材料年产8000吨高性能钕铁硼稀土永磁材料和产品项目", (), capacity="年产8000吨")
    sic = plan.node(L.PROJECT, "山东国宏中环新材料碳化硅晶体和衬底片基地项目", ())
    rubber = plan.node(L.PROJECT, "阳谷华泰化工年产3.2万吨橡胶助剂搬迁升级改造生产项目", (), capacity="年产3.2万吨")
    rd = plan.node(L.INDICATOR, "研发经费投入占GDP比重", ("全社会研发经费投入占GDP的比重",), unit="%")
    hitech = plan.node(L.INDICATOR, "高新技术产业产值占比", (), unit="%")

    R = RelType
    box = "鲁西化工年产80万吨TDI"
    plan.fact(R.IN_CLUSTER, luxi, xinmat, "发挥鲁西集团技术优势", "鲁西集团", "alias:lexicon", role="leading")
    plan.fact(R.IN_CLUSTER, luxi, chem, "支持鲁西集团，以洁净煤气化技术为龙头", "鲁西集团", role="leading")
    plan.fact(R.IN_CLUSTER, luxi, pharma, "支持鲁西集团依托现有化工产品延伸发展化学药品", "鲁西集团", role="member")
    plan.fact(R.IN_CLUSTER, xinfa, xinmat, box, "信发集团", role="listed")
    plan.fact(R.IN_CLUSTER, shangda, xinmat, box, "山东上达稀土材料", "suffix:山东上达稀土材料→上达稀土", role="listed")
    plan.fact(R.IN_CLUSTER, guohong, xinmat, box, "山东国宏中环新材料", role="listed")
    plan.fact(R.IN_CLUSTER, huatai, chem, "阳谷华泰化工年产3.2万吨橡胶助剂", "阳谷华泰化工", role="listed")
    for project in (nylon, carbon, magnet, sic):
        plan.fact(R.IN_CLUSTER, project, xinmat, box, role="listed")
    plan.fact(R.IN_CLUSTER, rubber, chem, "阳谷华泰化工年产3.2万吨橡胶助剂", role="listed")
    plan.fact(R.CARRIED_OUT_BY, nylon, luxi, "鲁西化工年产100万吨尼龙66项目", "鲁西化工", "alias:lexicon")
    plan.fact(R.CARRIED_OUT_BY, carbon, xinfa, "信发集团粉煤灰综合利用", "信发集团")
    plan.fact(R.CARRIED_OUT_BY, magnet, shangda, "山东上达稀土材料年产8000吨", "山东上达稀土材料")
    plan.fact(R.CARRIED_OUT_BY, sic, guohong, "山东国宏中环新材料碳化硅", "山东国宏中环新材料")
    plan.fact(R.CARRIED_OUT_BY, rubber, huatai, "阳谷华泰化工年产3.2万吨橡胶助剂", "阳谷华泰化工")
    plan.fact(R.LOCATED_IN, rubber, yanggu, "阳谷华泰化工年产3.2万吨橡胶助剂", "阳谷")
    plan.fact(R.LOCATED_IN, sic, chiping, "山东国宏中环新材料碳化硅", "茌平")
    plan.fact(R.LOCATED_IN, park, gaoxin, "高新区顾官屯镇与鲁西化工新材料产业园", "高新区")
    plan.fact(R.LOCATED_IN, luxi_park, shen, "莘县古云镇与鲁西经济开发区", "鲁西经济开发区")
    plan.fact(R.DEVELOPS, shen, xinmat, "莘县：依托山东鲁西经济开发区", "莘县")
    plan.fact(R.UPGRADES, shen, chem, "莘县：依托山东鲁西经济开发区", "莘县")
    plan.fact(R.DEVELOPS, luxi_park, xinmat, "莘县：依托山东鲁西经济开发区", "山东鲁西经济开发区")
    plan.fact(R.DEVELOPS, park, chemmat, "高水平建设中国化工新材料（聊城）产业园", "中国化工新材料（聊城）产业园")
    plan.fact(R.DEVELOPS, park, coal, "打造国内领先的煤化工产业基地", "中国化工新材料（聊城）产业园")
    plan.fact(R.HAS_SUBINDUSTRY, xinmat, chemmat, "高水平建设中国化工新材料（聊城）产业园", "化工新材料")
    plan.fact(R.HAS_SUBINDUSTRY, chem, coal, "打造国内领先的煤化工产业基地", "煤化工")
    plan.fact(R.SETS_TARGET, plan.policy.id, rd, "全社会研发经费投入占GDP的比重达到2.7%", key="2022",
              year=2022, value=2.7, unit="%", comparator=">=")
    plan.fact(R.REPORTS, plan.policy.id, rd, "科技研发投入占GDP的比重达到2.14%", key="2016",
              period="2016", year=2016, value=2.14, unit="%")
    plan.fact(R.REPORTS, plan.policy.id, hitech, "高新技术产业产值占比为30%", key="2017",
              period="2017", year=2017, value=30.0, unit="%")

    report = _Doc(REPORT, "关于2020年上半年全市新旧动能转换重大工程推进情况的通报", "2020-09-07",
                  "progress-report", "2020-H1")
    hitech2 = report.node(L.INDICATOR, "高新技术产业产值占比", ("高新技术产业产值占工业总产值比重",), unit="%")
    report.fact(R.REPORTS, report.policy.id, hitech2, "高新技术产业产值占工业总产值比重达到43.45%", key="2020-H1",
                period="2020-H1", year=2020, value=43.45, unit="%")
    xm = report.node(L.CLUSTER, "新材料", (), level="cluster")
    report.node(L.CLUSTER, "新能源汽车", (), level="cluster")
    report.fact(R.MENTIONS, report.policy.id, xm, "推动生物医药、新能源汽车、新材料", "新材料")
    return [plan.graph(), report.graph()]


def load_viz_graph(store: GraphStore) -> None:
    """The corpus through the real pipeline when it exists, else the fixture documents."""
    from ingest.writer import write_document

    store.write("MATCH (n) DETACH DELETE n")
    store.apply_schema()
    try:
        from ingest.pipeline import extract_document
        from ingest.readers import load_corpus
    except ImportError:
        docs = fixture_documents()
    else:
        docs = [extract_document(doc) for doc in load_corpus(CORPUS)]
    for doc in docs:
        write_document(store, doc)
