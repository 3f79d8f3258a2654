"""Name mechanisms from the eighth batch's learning half (ent10: project, firm and park names on new texts), on
sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.graphs import named, news


def _firms(text: str) -> set[str]:
    return named(news(text), Label.ENTERPRISE)


def _parks(text: str) -> set[str]:
    return named(news(text), Label.PARK)


def _projects(text: str) -> set[str]:
    return named(news(text), Label.PROJECT)


def test_an_items_number_in_brackets_is_no_part_of_the_projects_name() -> None:
    """(1)年产…项目; (2)…: the item's number opens no project name."""
    got = _projects("项目总投资20亿元，拟新上：\n\n(1)年产50万吨瓦楞纸及纸箱深加工项目；\n\n(2)年产8万吨造纸助剂项目。")
    assert {"年产50万吨瓦楞纸及纸箱深加工项目", "年产8万吨造纸助剂项目"} <= got
    assert not {p for p in got if p.startswith(("(", "（"))}


def test_a_visits_or_a_brands_verb_before_a_park_word_names_no_park() -> None:
    """调研|园区发展, 重点考察|园区产业, 摸清|园区瓶颈, 建议|园区搭建, 放大|A产业园的品牌效应, 展示|B开发区的…."""
    got = _parks("厅负责人赴某某高新区调研园区发展，重点考察园区产业发展，旨在摸清园区发展瓶颈，建议园区搭建对接平台。")
    assert not {p for p in got if p.endswith("园区") and p.startswith(("调研", "考察", "摸清", "建议", "高新区"))}
    got = _parks("放大鹿角胶产业园的品牌效应，进一步壮大鹿角胶产业。")
    assert "鹿角胶产业园" in got and "放大鹿角胶产业园" not in got
    assert "展示蓝溪开发区" not in _parks("本文将全面展示蓝溪开发区的历史沿革和产业布局。")
    got = _parks("下一步要合理规划化工园区，先建好园区基础设施。重点项目具体包括通州圣华科技产业园等。")
    assert not {p for p in got if p.startswith(("要合理", "规划", "建好", "具体包括"))}


def test_a_regions_level_or_old_scattered_sites_name_no_park() -> None:
    """“自治区级工业园区” is a level won, 老旧零散物流园 a kind of site moved."""
    got = _parks("园区被自治区人民政府批准为“自治区级工业园区”，统筹推进老旧零散物流园集中搬迁。")
    assert not got & {"自治区级工业园区", "老旧零散物流园"}


def test_a_listed_firm_after_its_title() -> None:
    """中国…领导者|A、…十大…企业|B、著名…龙头企业|C等公司; “瞪羚企业”|D: each firm after its title."""
    got = _firms("引导培育的中国优质禽蛋领导者康源蛋业、全国饲料行业十大企业华牧饲料、著名食品龙头企业"
                 "味佳乐食品等公司领跑食品加工企业；四川省“瞪羚企业”安康制药、“专精特新小巨人”惠丰生物等公司蓬勃发展。")
    assert {"康源蛋业", "华牧饲料", "味佳乐食品", "安康制药", "惠丰生物"} <= got
    assert not {f for f in got if "领导者" in f or "企业" in f or "“" in f}
    # a quoted brand is no title: what follows it is no firm of its own
    assert "风味食品" not in _firms("园区重点企业有“老干妈”风味食品、华丰机械、金源纸业等企业。")


def test_a_list_of_firms_closed_by_their_count_alone() -> None:
    """A、B两大集团, A、B、C三家公司 (no 等): every item a firm, no firm named by the count."""
    got = _firms("全力配合中石油、中石化两大集团油气资源的勘探开发。")
    assert {"中石油", "中石化"} <= got and not {f for f in got if "两大" in f or "配合" in f}
    got = _firms("市长对金源新材料、华星纸业、兖盛新材料三家公司联合投资建设生物质材料项目给予高度评价。")
    assert {"金源新材料", "华星纸业", "兖盛新材料"} <= got and not {f for f in got if "三家" in f}


def test_a_rank_after_the_firms_field_still_closes_their_list() -> None:
    """等新型工业化龙头企业: the field, then the rank; 等一批行业领军企业 still lists firms (行业领军 is a standing)."""
    got = _firms("吸引了东方工贸、湖北宏化、天泽石化等新型工业化龙头企业到本县投资兴业。")
    assert {"东方工贸", "湖北宏化", "天泽石化"} <= got
    assert {"秦汽", "吉达"} <= _firms("目前，区内聚集了秦汽、吉达等一批行业领军企业。")


def test_a_list_a_clause_opens_with_including_names_projects() -> None:
    """…，包括A、B、C等一批先进制造项目: what the clause includes are named projects, whatever their endings."""
    got = _projects("这些项目含金量高、覆盖面广，包括华启生物医药产业园、中建绿色建材、联达机电、宝华复合新材料等一批先进制造项目。")
    assert {"中建绿色建材", "联达机电", "宝华复合新材料"} <= got
    got = _projects("今年推进的工作多，包括城市更新、老旧小区改造等一批民生项目。")
    assert not got & {"城市更新", "老旧小区改造"}


def test_a_paragraph_opening_with_a_name_alone_then_its_figures_names_a_project() -> None:
    """A度假区。总投资50亿元，项目位于…: the name standing alone is the project the paragraph is about, whatever its ending;
    no project when the second sentence gives no figure or site, or the first is a sentence of news."""
    text = ("全市在建温泉旅游项目共9个。\n\n黄河“运河之窗”生态旅游度假区。总投资50亿元，项目位于冠县林场内。\n\n"
            "东湖天泉环保生态科技园。总投资12亿元，项目位于东昌府区。该项目借助人工湖与地热资源建设温泉洗浴设施。")
    got = _projects(text)
    assert {"黄河“运河之窗”生态旅游度假区", "东湖天泉环保生态科技园"} <= got
    assert "东湖天泉环保生态科技园" not in _parks(text)
    assert "东湖天泉环保生态科技园" not in _projects("东湖天泉环保生态科技园。园区环境优美，游客众多。")
    assert not _projects("全县招商引资成效显著。总投资50亿元的项目已经开工。") & {"全县招商引资成效显著"}


def test_a_relative_clause_or_a_quality_before_listed_projects_is_no_part_of_their_names() -> None:
    """总投资7亿余元建设的|A、B等项目; 具有徽派特色的|C: the names start after the 的."""
    got = _projects("总投资7亿余元建设的鼎盛国际、天然气利用工程、县中医院住院综合楼等项目将进一步完善城市功能。")
    assert {"鼎盛国际", "天然气利用工程"} <= got and not {p for p in got if p.startswith("的")}
    got = _projects("总投资4亿余元的岩湾村生态农业观光园、具有徽派特色的500户集中安置幸福小区建设、古道沟至庙沟公路改建工程等"
                    "生态旅游项目集中开工建设。")
    assert "500户集中安置幸福小区建设" in got and not {p for p in got if p.startswith("具有")}


def test_a_count_before_zai_jian_a_demonstrative_or_a_fair_names_a_kind_of_project() -> None:
    """9个在|建温泉旅游项目, 吉安这些项目, A农业综合项目|招商洽谈会: kinds or batches, no one project."""
    got = _projects("目前共有温泉旅游项目13个，其中在建项目9个。\n\n9个在建温泉旅游项目\n\n全市这些项目开工、签约！")
    assert not {p for p in got if p.startswith("建") or "这些" in p}
    got = _projects("在开发区举行的宁夏（海原）农业综合项目招商洽谈会上签下多个项目。")
    assert not {p for p in got if p.endswith("农业综合项目")}


def test_a_units_number_sign_stays_in_the_projects_name() -> None:
    """榆钢3#高炉…项目: # after a numeral is a mark inside the name."""
    got = _projects("近日，榆钢3#高炉冲渣水余热回收供暖项目开工建设。")
    assert "榆钢3#高炉冲渣水余热回收供暖项目" in got and "高炉冲渣水余热回收供暖项目" not in got


def test_an_event_joined_by_ji_before_a_list_opens_no_item() -> None:
    """举行…“擂台赛”暨|A、B等14个工业项目开工活动: the first item starts after 暨; 暨 inside a name stays."""
    got = _projects("吉水县举行三季度重大项目“擂台赛”暨华澳控股智能装备、鼎超智造等14个工业项目开工活动。")
    assert {"华澳控股智能装备", "鼎超智造"} <= got and not {p for p in got if "擂台赛" in p}
    got = _projects("此次签约项目包括集成电路测试探针暨中国大陆营运总部、柳峰汽车配件等项目。")
    assert "集成电路测试探针暨中国大陆营运总部" in got


def test_members_of_a_batch_after_qizhong_baokuo() -> None:
    """签订了…农业综合项目，其中包括A、B、C: the batch's members, whatever words they hold."""
    got = _projects("企业与海原县签订了16亿元的农业综合项目，其中包括年产5万锭棉纱加工项目、肉牛养殖技术升级合作项目、"
                    "肉牛交易中心建设运营合作项目。")
    assert {"肉牛养殖技术升级合作项目", "肉牛交易中心建设运营合作项目"} <= got


def test_a_holding_or_a_stone_trade_at_a_projects_head_names_its_firm() -> None:
    """华澳控股|智能装备项目, 翰鼎石业|…石材加工厂项目: a brand and 控股/石业 open the name: the firm owns the project."""
    g = news("此次开工的华鼎控股智能装备项目总投资50亿元。以金鼎石业文家庙石材加工厂项目建设为载体，开发石材产业。")
    assert {"华鼎控股", "金鼎石业"} <= named(g, Label.ENTERPRISE)


def test_juti_baokuo_opening_a_list_is_no_firm() -> None:
    """…优质项目，具体包括总投资40亿元的A项目、…: 具体包括 owns nothing."""
    g = news("此次集中签约的项目均为新兴赛道优质项目，具体包括总投资40亿元的半导体先进封装项目、总投资20亿元的POE胶膜产业项目等。")
    assert not {f for f in named(g, Label.ENTERPRISE) if "包括" in f}


def test_a_park_shaped_name_a_plan_invests_in_is_one_project() -> None:
    """投资4.1亿元规划建设|健康食品产业园: the park-shaped name is the project built, no park."""
    text = "2022年，梓潼县投资4.1亿元规划建设健康食品产业园。到2025年，健康食品产业园建设初具特色。"
    assert "健康食品产业园" in _projects(text) and "健康食品产业园" not in _parks(text)


def test_a_batch_whose_members_follow_is_no_project() -> None:
    """签订了…农业综合项目，其中包括A、B: the batch's name is no one project, here or where it stands again."""
    got = _projects("洽谈会上签下16亿元的农业综合项目。企业与县里签订了16亿元的农业综合项目，其中包括年产5万锭棉纱加工项目、"
                    "香水梨产业采购项目。")
    assert "农业综合项目" not in got and "年产5万锭棉纱加工项目" in got


def test_a_base_pushed_on_and_built_is_one_project() -> None:
    """加快A创业基地建设, 推进B产业基地建设: the base is a project; 大力推进油茶示范基地建设 (a field's demonstration base) and
    加快一批…基地建设 are kinds."""
    got = _projects("着力发展食品产业；加快汇银中小企业创业基地建设，积极打造创业平台。全力推进激光产业基地建设。")
    assert {"汇银中小企业创业基地", "激光产业基地"} <= got
    got = _projects("大力推进油茶示范基地建设，加快一批现代农业基地建设。")
    assert not {p for p in got if p.endswith("基地")}
