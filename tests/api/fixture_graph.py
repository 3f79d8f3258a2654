"""A small graph modelled on real corpus facts, written through the real writer.

Used until the corpus pipeline (ingest/__init__.py) is available, and for
facts the API must handle whatever the extractor finds (parallel edges from two
documents, met / not met / unknown targets).
"""

from __future__ import annotations

from graph.model import DocumentGraph, EdgeRecord, Evidence, Label, NodeRecord, RelType, make_id

PLAN = "policy:001_96019a36a6392bfa"
REPORT = "policy:000_b99d51a1da965aef"

PLAN_TEXT = (
    "聊城市新旧动能转换重大工程实施规划（2018-2022年）\n"
    "到2020年，全社会研发经费投入占GDP的比重达到2.5%，高新技术产业产值占比达到50%。"
    "到2022年，全社会研发经费投入占GDP的比重达到2.7%。\n"
    "第一节 新材料产业集群\n"
    "依托鲁西化工，建设鲁西化工新材料产业园，重点发展化工新材料。"
    "新材料产业包括化工新材料。\n"
    "专栏3 新能源汽车产业集群重点项目\n"
    "中通客车氢燃料电池汽车研发及产业化项目。\n"
    "专栏6 绿色化工产业集群重点项目\n"
    "鲁西集团高端氟材料项目。\n"
    "有色金属及金属深加工产业集群以祥光铜业为龙头，阳谷县重点发展铜加工。"
    "祥光铜业铜箔项目落户阳谷县。\n"
    "临清市改造提升临清轴承产业园，临清轴承产业园位于临清市。\n"
    "茌平区建设鲁西化工新材料产业园。\n"
)
REPORT_TEXT = (
    "关于2020年上半年全市新旧动能转换重大工程推进情况的通报\n"
    "上半年，全市研发经费投入占GDP比重为2.6%，高新技术产业产值占比为45%。"
    "鲁西集团新材料项目加快推进。\n"
)


def _ev(text: str, sentence: str, surface: str, rule: str, section: str = "", resolution: str = "") -> Evidence:
    start = text.index(sentence)
    return Evidence(section=section, sentence=sentence, start=start, end=start + len(sentence), rule=rule,
                    surface=surface, resolution=resolution)


def _node(label: Label, name: str, aliases: list[str] | None = None, **props) -> NodeRecord:
    return NodeRecord(id=make_id(label, name), label=label, name=name, aliases=aliases or [], props=props)


C_NM = _node(Label.CLUSTER, "新材料", ["新材料产业", "新材料产业集群"], level="cluster")
C_HGXCL = _node(Label.CLUSTER, "化工新材料", level="subindustry")
C_LSHG = _node(Label.CLUSTER, "绿色化工", ["绿色化工产业集群"], level="cluster")
C_XNYQC = _node(Label.CLUSTER, "新能源汽车", ["新能源汽车产业集群"], level="cluster")
C_YS = _node(Label.CLUSTER, "有色金属及金属深加工", ["有色金属"], level="cluster")
C_TJG = _node(Label.CLUSTER, "铜加工", ["铜精深加工"], level="subindustry")
C_GDZB = _node(Label.CLUSTER, "高端装备制造", ["高端装备"], level="cluster")
K_CP = _node(Label.COUNTY, "茌平区", ["茌平县"], kind="district")
K_YG = _node(Label.COUNTY, "阳谷县", kind="county")
K_LQ = _node(Label.COUNTY, "临清市", kind="city")
E_LX = _node(Label.ENTERPRISE, "鲁西集团", ["鲁西化工", "鲁西化工集团"], county=K_CP.id)
E_ZT = _node(Label.ENTERPRISE, "中通客车", ["中通客车控股股份有限公司"])
E_XG = _node(Label.ENTERPRISE, "祥光铜业", ["阳谷祥光铜业有限公司"], county=K_YG.id)
P_LXY = _node(Label.PARK, "鲁西化工新材料产业园")
P_LQZC = _node(Label.PARK, "临清轴承产业园")
J_ZT = _node(Label.PROJECT, "中通客车氢燃料电池汽车研发及产业化项目", total_investment="12亿元", total_investment_yi=12.0)
J_LX = _node(Label.PROJECT, "鲁西集团高端氟材料项目", total_investment="30亿元", total_investment_yi=30.0,
             status="开工", status_date="2018-04")
J_XG = _node(Label.PROJECT, "祥光铜业铜箔项目", total_investment="5000万元", total_investment_yi=0.5)
I_RD = _node(Label.INDICATOR, "研发经费投入占GDP比重", ["全社会研发经费投入占GDP的比重"], unit="%")
I_GX = _node(Label.INDICATOR, "高新技术产业产值占比", unit="%")


def _edge(t: RelType, a: NodeRecord, b: NodeRecord, text: str, sentence: str, rule: str, *, surface: str = "",
          section: str = "", key: str = "", resolution: str = "", **props) -> EdgeRecord:
    return EdgeRecord(type=t, source=a.id, target=b.id, key=key, props=props,
                      evidence=[_ev(text, sentence, surface or b.name, rule, section, resolution)])


def plan_graph() -> DocumentGraph:
    t = PLAN_TEXT
    policy = NodeRecord(id=PLAN, label=Label.POLICY, name="聊城市新旧动能转换重大工程实施规划（2018-2022年）",
                        props={"title": "聊城市人民政府关于印发《聊城市新旧动能转换重大工程实施规划（2018-2022年）》的通知",
                               "issuer": "聊城市人民政府", "date": "2018-04-04", "kind": "plan", "period": "2018-2022",
                               "text": t})
    s_nm = "依托鲁西化工，建设鲁西化工新材料产业园，重点发展化工新材料。"
    s_rd20 = "到2020年，全社会研发经费投入占GDP的比重达到2.5%，高新技术产业产值占比达到50%。"
    s_rd22 = "到2022年，全社会研发经费投入占GDP的比重达到2.7%。"
    s_ys = "有色金属及金属深加工产业集群以祥光铜业为龙头，阳谷县重点发展铜加工。"
    edges = [
        _edge(RelType.IN_CLUSTER, E_LX, C_NM, t, s_nm, "leading:依托", surface="鲁西化工", section="第一节 新材料产业集群",
              resolution="alias:lexicon", role="leading"),
        _edge(RelType.HAS_SUBINDUSTRY, C_NM, C_HGXCL, t, "新材料产业包括化工新材料。", "subindustry:lexicon"),
        _edge(RelType.LOCATED_IN, P_LXY, K_CP, t, "茌平区建设鲁西化工新材料产业园。", "park-in-county"),
        _edge(RelType.DEVELOPS, P_LXY, C_HGXCL, t, s_nm, "park-develops"),
        _edge(RelType.IN_CLUSTER, J_ZT, C_XNYQC, t, "中通客车氢燃料电池汽车研发及产业化项目。", "box-listed",
              section="专栏3 新能源汽车产业集群重点项目", role="listed"),
        _edge(RelType.CARRIED_OUT_BY, J_ZT, E_ZT, t, "中通客车氢燃料电池汽车研发及产业化项目。", "project-owner-prefix"),
        _edge(RelType.IN_CLUSTER, J_LX, C_LSHG, t, "鲁西集团高端氟材料项目。", "box-listed",
              section="专栏6 绿色化工产业集群重点项目", role="listed"),
        _edge(RelType.CARRIED_OUT_BY, J_LX, E_LX, t, "鲁西集团高端氟材料项目。", "project-owner-prefix"),
        _edge(RelType.LOCATED_IN, J_LX, P_LXY, t, "鲁西集团高端氟材料项目。", "project-in-park"),
        _edge(RelType.IN_CLUSTER, E_XG, C_YS, t, s_ys, "leading:为龙头", role="leading"),
        _edge(RelType.HAS_SUBINDUSTRY, C_YS, C_TJG, t, s_ys, "subindustry:lexicon"),
        _edge(RelType.DEVELOPS, K_YG, C_TJG, t, s_ys, "county-develops"),
        _edge(RelType.IN_CLUSTER, J_XG, C_TJG, t, "祥光铜业铜箔项目落户阳谷县。", "project-cluster", role="member"),
        _edge(RelType.CARRIED_OUT_BY, J_XG, E_XG, t, "祥光铜业铜箔项目落户阳谷县。", "project-owner-prefix"),
        _edge(RelType.LOCATED_IN, J_XG, K_YG, t, "祥光铜业铜箔项目落户阳谷县。", "project-in-county"),
        _edge(RelType.LOCATED_IN, E_XG, K_YG, t, s_ys, "enterprise-county"),
        _edge(RelType.LOCATED_IN, P_LQZC, K_LQ, t, "临清市改造提升临清轴承产业园，临清轴承产业园位于临清市。", "park-in-county"),
        _edge(RelType.UPGRADES, K_LQ, C_GDZB, t, "临清市改造提升临清轴承产业园，临清轴承产业园位于临清市。", "county-upgrades"),
        _edge(RelType.SETS_TARGET, _policy_stub(PLAN), I_RD, t, s_rd20, "target", key="2020",
              year=2020, value=2.5, unit="%", comparator=">="),
        _edge(RelType.SETS_TARGET, _policy_stub(PLAN), I_RD, t, s_rd22, "target", key="2022",
              year=2022, value=2.7, unit="%", comparator=">="),
        _edge(RelType.SETS_TARGET, _policy_stub(PLAN), I_GX, t, s_rd20, "target", key="2020",
              year=2020, value=50.0, unit="%", comparator=">="),
    ]
    nodes = [C_NM, C_HGXCL, C_LSHG, C_XNYQC, C_YS, C_TJG, C_GDZB, K_CP, K_YG, K_LQ, E_LX, E_ZT, E_XG,
             P_LXY, P_LQZC, J_ZT, J_LX, J_XG, I_RD, I_GX]
    edges += [EdgeRecord(type=RelType.MENTIONS, source=PLAN, target=n.id) for n in nodes if n is not C_GDZB]
    return DocumentGraph(policy=policy, nodes=nodes, edges=edges)


def report_graph() -> DocumentGraph:
    t = REPORT_TEXT
    policy = NodeRecord(id=REPORT, label=Label.POLICY, name="关于2020年上半年全市新旧动能转换重大工程推进情况的通报",
                        props={"title": "关于2020年上半年全市新旧动能转换重大工程推进情况的通报",
                               "issuer": "聊城市新旧动能转换综合试验区建设办公室", "date": "2020-09-07",
                               "kind": "progress-report", "period": "2020-H1", "text": t})
    s = "上半年，全市研发经费投入占GDP比重为2.6%，高新技术产业产值占比为45%。"
    edges = [
        _edge(RelType.IN_CLUSTER, E_LX, C_NM, t, "鲁西集团新材料项目加快推进。", "member:cooccur", role="member"),
        _edge(RelType.REPORTS, _policy_stub(REPORT), I_RD, t, s, "reported", key="2020-H1",
              period="2020-H1", year=2020, value=2.6, unit="%"),
        _edge(RelType.REPORTS, _policy_stub(REPORT), I_GX, t, s, "reported", key="2020-H1",
              period="2020-H1", year=2020, value=45.0, unit="%"),
    ]
    nodes = [E_LX, C_NM, I_RD, I_GX]
    edges += [EdgeRecord(type=RelType.MENTIONS, source=REPORT, target=n.id) for n in nodes]
    return DocumentGraph(policy=policy, nodes=nodes, edges=edges)


def _policy_stub(policy_id: str) -> NodeRecord:
    return NodeRecord(id=policy_id, label=Label.POLICY, name=policy_id)


def documents() -> list[DocumentGraph]:
    return [plan_graph(), report_graph()]
