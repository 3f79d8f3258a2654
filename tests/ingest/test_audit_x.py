"""Mechanisms from audit X of raw real texts (tests/audit/docs/237-248, judged_x.yaml): firms an 以…等企业为骨干的 frame
lists before a list of industries, modes of transport before a transport network, the verb 集 opening a chain of
stages, a batch's ordinal before a cluster word, a batch's example and count words in a target's name, one project's
own plan after its price, a one-character item of a respective list, a review heading's year, people and an event's
place closing a list of projects, a price opening a name whose 和 joins two fields, a firm's rank before its project, a
superlative naming a kind, verbs before a bare 园区, and 共有 before a firm, on sentences composed for the test (not
copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_firms_an_enterprise_frame_lists_are_no_industries() -> None:
    """以A、B、C等企业为骨干的|X、Y、Z等工业支柱产业: the industries are X, Y, Z; the firms are no industries."""
    g = news("滑县经济开发区形成以宏达水泥为龙头，以东林木业、华光冶炼、远航药业等企业为骨干的建材、冶金、制药等工业支柱产业。")
    devs = {t for s, t in pairs(g, RelType.DEVELOPS)}
    assert {"建材", "冶金", "制药"} <= devs
    assert not devs & {"东林木业", "华光冶炼"}
    assert not named(g, Label.CLUSTER) & {"东林木业", "华光冶炼"}


def test_modes_of_a_transport_network_are_no_industries() -> None:
    """形成了公路、铁路、航空“三位一体”的立体交通运输网: modes of transport; a develop list of industries stays."""
    g = news("滑县经济开发区交通便利，形成了公路、铁路、航空“三位一体”的立体交通运输网。")
    assert not named(g, Label.CLUSTER) & {"公路", "铁路", "航空"}
    g = news("滑县经济开发区重点发展新能源汽车、航空、生物医药。")
    assert {"新能源汽车", "生物医药"} <= named(g, Label.CLUSTER)


def test_ji_opening_a_chain_of_stages_is_no_part_of_the_first() -> None:
    """该县已发展成为集|羊绒分梳、纺纱、织布、织衫一条龙的完整产业体系: the first stage is 羊绒分梳."""
    g = news("目前，滑县已发展成为集羊绒分梳、纺纱、织布、织衫一条龙的完整产业体系。")
    clusters = named(g, Label.CLUSTER)
    assert "羊绒分梳" in clusters
    assert not any(c.startswith("集") for c in clusters)


def test_a_batchs_ordinal_is_no_part_of_a_clusters_name() -> None:
    """全国第九批|纺织产业集群试点地区: the ordinal is the batch of pilot areas, no part of a cluster's name."""
    g = news("在全国第九批纺织产业集群试点地区授牌仪式上，滑县被命名为纺织产业基地。")
    assert not any("第九批" in c for c in named(g, Label.CLUSTER))


def test_an_example_opening_a_batch_is_no_scope_and_a_count_no_part_of_a_name() -> None:
    """香菇产业园等|农业类项目19个: the county's batch of farm projects; 开工建设9个|社会民生类项目…年度计划完成投资:
    the batch is named without the count's 个; 共有15个项目: without the verb of having."""
    g = extracted("滑县今年确定建设110个重点项目。香菇产业园等农业类项目19个，总投资32.3亿元，年度计划完成投资8.8亿元。"
                  "滑县今年还将开工建设9个社会民生类项目，计划投资22.2亿元，年度计划完成投资6.7亿元。", date="2019-02-15")
    t = figures(g)
    assert {v["scope"] for v in t.values()} == {"滑县"}
    assert not any("香菇产业园" in k or "个社会" in k for k in t)
    assert any(k.endswith("农业类项目年度计划完成投资") and v["value"] == 8.8 for k, v in t.items())
    assert any(k.endswith("社会民生类项目年度计划完成投资") and v["value"] == 6.7 for k, v in t.items())
    g = extracted("3月13日，滑县举行第二批重点项目集中开工仪式。共有15个项目，年度计划投资1.88亿元。", date="2020-03-13")
    assert not any("共有" in k for k in figures(g))


def test_a_sum_after_one_priced_project_is_its_own() -> None:
    """其中计划投资40亿元的A选厂改扩建，|年度计划完成投资1.6亿元: that project's plan, no county's."""
    g = extracted("滑县今年建设工业类项目29个。其中计划投资40亿元的宏达集团2.3万吨选厂改扩建，年度计划完成投资1.6亿元。",
                  date="2019-02-15")
    assert not any(v["value"] == 1.6 for v in figures(g).values())


def test_a_one_character_item_of_a_respective_list_takes_the_whole_noun() -> None:
    """城、乡居民人均可支配收入分别增长8%、9%: 城居民人均可支配收入, not 城收入."""
    g = extracted("今年主要预期目标：城、乡居民人均可支配收入分别增长8%、9%。", date="2019-02-19")
    names = set(figures(g))
    assert any("城居民人均可支配收入" in k for k in names)
    assert not any(k.startswith("城收入") for k in names)


def test_a_review_headings_year_reports() -> None:
    """一、2022年工作回顾 … 全年实施重点项目83个: the review's figure reports; a plan's heading keeps its targets."""
    review = "一、2022年工作回顾\n全年实施重点项目83个，总投资430.8亿元。"
    g = extracted(review, kind="report", date="2022-12-21", title="滑县政府工作报告")
    assert not figures(g, RelType.SETS_TARGET)
    plan = "二、2023年工作安排\n全年实施重点项目90个，总投资450亿元。"
    g = extracted(plan, kind="report", date="2022-12-21", title="滑县政府工作报告")
    assert any(v["value"] == 90.0 for v in figures(g, RelType.SETS_TARGET).values())


def test_leaders_and_an_events_place_are_no_projects() -> None:
    """张某、王某等县领导参加了项目签约仪式: people; 在…签约仪式上|与A公司签订…: where the clause happens."""
    g = news("6个重点项目在滑县成功签约，张树林、魏华明、刘一、王二等县领导参加了项目签约仪式。")
    assert not named(g, Label.PROJECT) & {"张树林", "魏华明"}
    g = news("滑县在市重点项目签约仪式上与远航玻璃控股有限公司签订总投资15亿元的远航光伏发电项目、与东林食品有限公司"
             "签订总投资10亿元的东林食品产业园项目等8个项目签约。")
    projects = named(g, Label.PROJECT)
    assert "远航光伏发电项目" in projects
    assert not any(p.endswith("仪式上") for p in projects)


def test_a_price_opens_a_name_whose_he_joins_two_fields() -> None:
    """总投资700万元的|A庄园休闲农业和乡村旅游项目: one project; two priced projects joined by 和 stay two."""
    g = news("滑县集中开工的项目中，有总投资6000万元的新材料园区基础设施建设项目，总投资700万元的磐石庄园休闲农业和乡村旅游项目，"
             "总投资500万元的美丽乡村建设项目。")
    assert "磐石庄园休闲农业和乡村旅游项目" in named(g, Label.PROJECT)
    g = news("滑县开工了总投资2亿元的宏达公司年产5万吨树脂项目和东林电子元件项目。")
    assert "东林电子元件项目" in named(g, Label.PROJECT)


def test_a_firms_rank_and_a_superlative_are_no_part_of_a_project() -> None:
    """民营企业500强|杭萧钢构项目正式签约: the project without the rank; A是全省最大的|X项目: a kind, no name."""
    g = news("滑县招商引资成效明显，民营企业500强宏达钢构项目正式签约。")
    assert "宏达钢构项目" in named(g, Label.PROJECT)
    assert not any("500强" in p for p in named(g, Label.PROJECT))
    g = news("近几年，滑县纺织企业发展到356家，远航粘胶是目前全省投资规模最大的化纤短纤维项目。")
    assert "化纤短纤维项目" not in named(g, Label.PROJECT)


def test_a_verb_before_a_bare_park_word_opens_no_park() -> None:
    """一张张记录|园区发展的照片, 保持增长而领跑|园区经济: the bare word, no park; a named park stays."""
    g = news("从一张张记录园区发展的照片中，可以看到滑县工业园区的变化。生物医药产业持续增长而领跑园区经济。")
    assert named(g, Label.PARK) == {"滑县工业园区"}


def test_gongyou_before_a_firm_is_no_part_of_its_name() -> None:
    """全区共有|南昆公司、旭辉汽贸等贸易型企业: the firm is 南昆公司."""
    g = news("滑县经济开发区全区共有南昆公司、旭辉汽贸等贸易型企业200多户。")
    firms = named(g, Label.ENTERPRISE)
    assert not any(f.startswith("全区") for f in firms)
    assert any(f.startswith("南昆") for f in firms)


def test_each_item_states_its_own_sum_after_words_of_its_own() -> None:
    """…签订总投资15亿元的A项目、与C公司签订总投资10亿元的B项目等8个项目: each item's sum is its own; a sum before the
    first item of a list whose items state none is the batch's."""
    g = news("滑县在签约仪式上与宏达玻璃控股有限公司签订总投资15亿元的宏达光伏发电项目、与东林食品有限公司签订总投资10亿元的"
             "东林食品产业园项目等8个项目签约。")
    money = {n.name: n.props.get("total_investment") for n in g.nodes if n.label == Label.PROJECT}
    assert money == {"宏达光伏发电项目": "15亿元", "东林食品产业园项目": "10亿元"}
    g = news("滑县总投资375亿元的宏达光伏发电项目、东林食品产业园项目等121个项目集中开工。")
    assert not any(n.props.get("total_investment") for n in g.nodes if n.label == Label.PROJECT)


def test_a_place_where_projects_are_signed_with_an_adverb_hosts_them() -> None:
    """6个重点项目在河南滑县|成功签约: 滑县 hosts the signing; the projects listed after are in it."""
    g = news("项目建设再次于滑县拉开了大幕，据悉，9月1日，6个重点项目在河南滑县成功签约。据了解，此次签约活动涉及宏达实业有限公司"
             "投资1.2亿元的宏达板材加工项目；东林有限公司投资1亿元的东林建材项目。")
    assert {("宏达板材加工项目", "滑县"), ("东林建材项目", "滑县")} <= pairs(g, RelType.LOCATED_IN)


def test_a_project_priced_after_you_is_one_named_project() -> None:
    """集中开工的15个项目，有|总投资2.6亿元的A项目，…: one project a batch has, not a description nor a kind."""
    g = news("滑县集中开工的15个项目，有总投资2.6亿元的滑县标准化厂房建设项目，总投资5000万元的滑县耕地开发项目。")
    projects = {n.name: n.props.get("total_investment") for n in g.nodes if n.label == Label.PROJECT}
    assert projects.get("滑县标准化厂房建设项目") == "2.6亿元"
    g = news("滑县重点项目中，有新兴产业链项目，有补链强链骨干项目。")
    assert not named(g, Label.PROJECT)


def test_a_verb_inside_a_park_ending_is_no_verb_and_a_park_opens_no_firm() -> None:
    """滑县产业集聚|区浩洋服饰二期工程: 集聚 is part of 产业集聚区, the project is named whole and stands in the park;
    浮山产业集聚区|临汾染化集团迁建项目: the firm is 临汾染化集团."""
    g = news("2月14日，滑县产业集聚区浩洋服饰二期工程开工建设。")
    assert "滑县产业集聚区浩洋服饰二期工程" in named(g, Label.PROJECT)
    assert ("滑县产业集聚区浩洋服饰二期工程", "滑县产业集聚区") in pairs(g, RelType.LOCATED_IN)
    assert not any(p.startswith("区") for p in named(g, Label.PROJECT))
    g = news("临汾市集中开工项目有翼城产业集聚区精品钢基地项目，浮山产业集聚区临汾染化集团迁建项目。")
    assert ("浮山产业集聚区临汾染化集团迁建项目", "临汾染化集团") in pairs(g, RelType.CARRIED_OUT_BY)
