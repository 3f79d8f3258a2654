"""Mechanisms from audit G of raw real texts (tests/audit/docs/57-66, judged_g.yaml): industry lists, park and company
names, projects and targets, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_a_list_of_parks_closed_by_their_industry_word_names_no_industry() -> None:
    """A、B和C等3大园区的产业定位: the items are parks; 对A、B等其他产业项目的审批权: kinds of projects, nothing developed."""
    g = news("今年，武清区出台决定，明确临河科技新城、北站物流中心和南湖合作示范基地等3大园区的产业定位、发展重点，"
             "对工业、旅游业、商贸业等其他产业项目的审批权全部下放。")
    assert not named(g, Label.CLUSTER) & {"临河科技新城", "北站物流中心", "南湖合作示范基地"}
    assert pairs(g, RelType.DEVELOPS) == set()


def test_a_park_listed_among_industries_is_none() -> None:
    """…北京外迁产业基地、航空航天等特色主题产业园: an item named as a base or park is no industry."""
    g = news("宝坻区推动新材料、智能制造、绿色食品等5大产业成链发展，北京外迁产业基地、航空航天等特色主题产业园形成规模。")
    assert "北京外迁产业基地" not in named(g, Label.CLUSTER)
    assert ("宝坻区", "新材料") in pairs(g, RelType.DEVELOPS)


def test_a_place_then_clause_words_before_a_bare_zone_word_name_no_park() -> None:
    """宝坻区持续完善|经济开发区基础设施: no park named 宝坻区持续完善经济开发区; the district develops the list."""
    g = news("宝坻区持续完善经济开发区基础设施，推动新材料、工业电气、智能制造等5大产业成链发展。")
    assert not {p for p in named(g, Label.PARK) if "持续" in p}
    assert {("宝坻区", "新材料"), ("宝坻区", "智能制造")} <= pairs(g, RelType.DEVELOPS)


def test_a_park_the_text_names_alone_drops_the_clause_before_it_elsewhere() -> None:
    """万宁有|海南湾区经济开发区 beside a bare 海南湾区经济开发区: one park, without 万宁有."""
    g = news("万宁有海南湾区经济开发区和一个物流中心，要着力把两个园区建设好。县里将加快推进海南湾区经济开发区的建设。")
    assert named(g, Label.PARK) == {"海南湾区经济开发区"}


def test_a_kind_of_park_is_no_park() -> None:
    """…精品园区盘点: a kind of park, no name."""
    g = news("加强园区建设：万宁精品园区盘点。")
    assert not {p for p in named(g, Label.PARK) if "精品" in p}


def test_a_count_of_fields_after_a_list_and_a_projects_size_are_no_targets() -> None:
    """A、B、C3个领域 counts the list; A项目，总建筑面积…，总计住宅900户 is the project's size."""
    g = extracted("今年，全县计划实施重点项目120个，涉及产业发展、生态环境、社会民生3个领域。"
                 "城南片区安置房地块项目，总建筑面积约12万平方米，总计住宅900户，预计2024年竣工。")
    t = figures(g, RelType.SETS_TARGET)
    assert not [k for k, v in t.items() if v["value"] in (3.0, 900.0)]
    assert any(v["value"] == 120.0 for v in t.values())


def test_a_kind_that_has_firms_and_an_office_held_name_no_company() -> None:
    """新能源类项目有|华光集团、…: the firm is 华光集团; 时任|公司董事长: the bare 公司 names none."""
    g = news("以氢能为代表的新能源类项目有华光集团、恒达能源等5家企业。时任公司董事长表示将加快投资。")
    firms = named(g, Label.ENTERPRISE)
    assert "华光集团" in firms
    assert not {f for f in firms if f.startswith(("新能源", "时任"))}


def test_a_traditional_legal_form_ends_a_company_name() -> None:
    g = news("園區已入駐3家企業，其中西藏華達藥業有限責任公司已完成辦公樓建設。")
    # a page in traditional characters is read converted (ingest/read/script.py): the simplified name,
    # the written one kept as an alias
    firm = next(n for n in g.nodes if n.label == Label.ENTERPRISE and n.name == "西藏华达药业")
    assert "西藏華達藥業" in firm.aliases


def test_an_excepted_kind_a_kind_of_work_and_a_caption_are_no_projects() -> None:
    """除A项目外: the kind excepted; 拓宽工程项目: a kind of work; a line's name alone: a photo's caption."""
    g = news("除房地产项目外，县里对其他产业项目的审批权全部下放。拓宽工程项目的建设将改善通行条件。\n"
             "宏达食品有限公司饮料生产线。")
    assert named(g, Label.PROJECT) == set()


def test_a_region_word_after_a_serving_verb_is_no_part_of_the_industry() -> None:
    """A项目，…，将壮大地区|X产业: 地区 is the region's; the project is in X."""
    g = news("总投资12亿元的宏达年产10万吨PBAT建设项目，主要生产可降解材料，将壮大地区新材料产业。")
    assert pairs(g, RelType.IN_CLUSTER) == {("宏达年产10万吨PBAT建设项目", "新材料")}


def test_a_list_of_advantages_past_an_industry_ending_names_no_industry() -> None:
    """利用自身的A、B、C、特色产业、D优势: the list closes with 优势 after the industry ending: advantages, no industries."""
    g = news("万宁要充分利用自身的生态、区位、开放政策、特色产业、消费承接地优势和后发优势，加快推进园区建设。")
    assert not named(g, Label.CLUSTER) & {"生态", "区位", "开放政策"}


def test_the_count_of_listed_projects_signing_is_no_target() -> None:
    """还将与A、B、C等11个产业项目签约: the count of the list the sentence names, no goal."""
    g = extracted("据了解，本月宝山区还将与甲乙生物医药研发项目、丙丁芯片封测项目、戊己材料研发生产基地项目等11个产业项目签约。")
    assert not [k for k, v in figures(g, RelType.SETS_TARGET).items() if v["value"] == 11.0]


def test_a_company_the_text_names_alone_drops_the_clause_before_it_elsewhere() -> None:
    """园区已注册|A有限公司, 延伸|B集团 beside a bare A, B: the companies, without the clause words."""
    g = news("目前园区已注册瞻望世纪航空蛟河有限公司等企业12家。瞻望世纪航空蛟河有限公司主要从事通用航空服务。"
             "宏发集团是全国铝业龙头。县里将延伸宏发集团产业链条，做强铝精深加工。")
    assert named(g, Label.ENTERPRISE) == {"瞻望世纪航空蛟河", "宏发集团"}


def test_a_clause_word_before_a_lists_first_item_is_no_part_of_it() -> None:
    """依托|A、B等特色优势产业: the first item is A, not 依托A."""
    g = news("阳谷县坚持融合发展，依托新材料、新能源等特色优势产业，构建多个产业集群。")
    clusters = named(g, Label.CLUSTER)
    assert "新材料" in clusters
    assert not {c for c in clusters if c.startswith("依托")}
