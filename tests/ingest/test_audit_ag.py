"""Mechanisms from audit AG of raw zone and park profiles and cluster reports (tests/audit/docs/341-352, judged_ag.yaml):
a clause glued to a bare 园区 it governs (领导多次到园区), a title a park was given (命名为“…园区”, 荣获…称号), a province's parks
in general (湖南省产业园区), a park's name and its class (…工业园区省级开发区), verbs opening a park's name (建立, 相当于将),
a bare 开发区 in a report on a county's zone, an adverb before a cluster paragraph's verb (强力壮大…产业), a verb of helping
before 产业集群, the verb opening a list of projects (积极推动A、B等项目), a count before 项目, a boundary's bearing before a
line, and a park's or a product's name in a list of firms, on sentences composed for the test (not copied from any set's
texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, named, pairs


def test_a_clause_before_a_bare_yuanqu_is_no_park() -> None:
    """省领导多次到园区视察, 考察团来园区参观, 春节给园区企业…: the bare word is a one-character verb's object."""
    g = extracted("几年来，省领导多次到园区视察指导，各地考察团来园区参观学习。春节前夕，管委会给园区企业送去慰问。")
    assert not [p for p in named(g, Label.PARK) if p.endswith("园区")]


def test_a_title_given_and_a_provinces_parks_are_no_parks() -> None:
    """命名为“…科技园区”, 荣获陕西省重点县域工业园区…称号, 湖南省产业园区建设领导小组: titles and a class; the park stays."""
    g = extracted("蒲城县工业园区2009年被省科技厅命名为“陕西省新材料产业民营科技园区”，先后荣获陕西省重点县域工业园区、"
                  "省级中小企业创业基地等荣誉称号。近日，湖南省产业园区建设领导小组发布了新的目录。")
    parks = named(g, Label.PARK)
    assert not [p for p in parks if p.startswith(("陕西省", "湖南省"))]
    assert [p for p in parks if p.startswith("蒲城")]


def test_a_parks_name_then_its_class() -> None:
    """河北涞源工业园区省级开发区 (a directory's heading): the park is 涞源工业园区, its class no part of the name."""
    g = extracted("河北涞源工业园区省级开发区\n涞源工业园区规划面积9平方公里，入园企业40家。")
    parks = named(g, Label.PARK)
    assert not [p for p in parks if p.endswith("省级开发区")] and [p for p in parks if p.endswith("涞源工业园区")]


def test_verbs_opening_a_parks_name_are_cut() -> None:
    """政府研究决定，建立闽宁合作产业园 / 相当于将望远工业园区…延伸: the verbs are no part of the names."""
    g = extracted("经永宁县委研究决定，建立闽宁合作产业园，面积12平方公里，相当于将望远工业园区规划面积向南延伸。")
    parks = named(g, Label.PARK)
    assert not [p for p in parks if p.startswith(("建立", "相当于"))]
    assert "闽宁合作产业园" in parks


def test_a_bare_kaifaqu_in_a_report_on_a_countys_zone_is_that_zone() -> None:
    """A report on 金寨开发区 in 六安: its bare 开发区 is 金寨's zone, not 六安's; a province's 开发区 and a directory's
    kind (园区类型：开发区) name no zone."""
    g = extracted("六安市金寨开发区推动产业集群发展\n金寨开发区紧紧围绕新能源首位产业建链补链。目前，开发区培育规上企业120家。"
                  "六安市各县区也在加快发展。\n园区类型：开发区\n全省开发区考核中名列前茅。")
    zones = named(g, Label.COUNTY)
    assert not [z for z in zones if z.startswith("六安") and z.endswith("开发区")]
    parks = named(g, Label.PARK)
    assert [p for p in parks if p.startswith("金寨") and p.endswith("开发区")]


def test_an_adverb_before_a_cluster_paragraphs_verb() -> None:
    """强力壮大高端装备制造产业。依托A、B等链主企业…: the firms are IN_CLUSTER 高端装备制造, no cluster keeps 强力壮大."""
    g = extracted("强力壮大高端装备制造产业。依托甲乙电动车、丙丁机车等链主企业编制招商目录，成功引进配套企业50余家。")
    clusters = named(g, Label.CLUSTER)
    assert not [c for c in clusters if c.startswith("强力")]
    assert {c for _f, c in pairs(g, RelType.IN_CLUSTER)} <= {"高端装备制造"} and pairs(g, RelType.IN_CLUSTER)


def test_a_verb_of_helping_before_chanye_jiqun_is_no_cluster() -> None:
    g = extracted("正阳县实施全产业链招商，助力产业集群快速崛起。")
    assert "助力" not in named(g, Label.CLUSTER)


def test_a_list_of_projects_after_tuidong() -> None:
    """某县将积极推动A、B、C等一批已签约项目尽快开工建设: the first project starts after the verb."""
    g = extracted("后段，宁乡县将积极推动瑞丰织布、美华服饰、千姿服饰等一批已签约项目尽快开工建设。")
    projects = named(g, Label.PROJECT)
    assert "瑞丰织布" in projects and not [p for p in projects if "推动" in p]


def test_a_count_before_xiangmu_is_no_project() -> None:
    g = extracted("地点：茂名高州\n产业转移4项目投产当年上规\n佛茂合作园一期厂房已全部入驻。")
    assert not [p for p in named(g, Label.PROJECT) if p.endswith("4项目")]


def test_a_grade_after_a_middle_dot_is_part_of_the_name() -> None:
    """己内酰胺·尼龙6项目: the 6 is the nylon's grade, no count (the 聊城 devset's 10.txt)."""
    g = extracted("某经济开发区还引进了某化工集团投资的己内酰胺·尼龙6项目和10万吨有机硅项目等一批项目。")
    assert "己内酰胺·尼龙6项目" in named(g, Label.PROJECT)


def test_a_line_after_a_boundarys_bearing_is_no_project() -> None:
    """规划区范围调整为：北起城市南环高速，南至永清沟: the motorway is the area's edge."""
    g = extracted("2008年，经市政府批准，将望远工业园区规划区范围调整为：北起银川城市南环高速，南至永清沟，总面积32平方公里。")
    assert not [p for p in named(g, Label.PROJECT) if "高速" in p]


def test_a_park_or_a_product_in_a_list_of_firms_is_no_firm() -> None:
    """如A稻米食品产业园区、B药业有限公司等企业 / 建设一批高新技术、电子产品、生物制药等企业: a park and a trade, no firms;
    the firm with its legal ending stays."""
    g = extracted("园区以绿色食品加工为主导，如虎林福娃稻米食品产业园区、黑龙江君安药业有限公司等企业，产品远销国内外。"
                  "园区主要建设一批高新技术、电子产品、生物制药等企业。")
    firms = named(g, Label.ENTERPRISE)
    assert not [f for f in firms if f.endswith(("产业园区", "产品"))]
    assert [f for f in firms if f.startswith("黑龙江君安药业")]
