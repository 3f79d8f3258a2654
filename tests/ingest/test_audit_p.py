"""Mechanisms from audit P of raw real texts (tests/audit/docs/147-156, judged_p.yaml): pinyin glosses on a page, a
branch's 分公司, a village cooperative's name, and industry names (a scale word, an adverb before 成为, a kind after a
place, a firm leading a named cluster, 一手抓, an ownership kind, 文旅|用品), a verb over 项目建设 and a zone's short
name in its own profile, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.read.clean import clean_text
from tests.ingest.graphs import named, news, pairs


def test_a_pinyin_gloss_after_each_word_is_dropped_on_reading() -> None:
    """領(lǐng)導(dǎo)和縣人大: the gloss splits words; dropped, 和县 (a county) is no longer read out of 导）和县人大."""
    ct = clean_text("在縣委的堅(jiān)強領(lǐng)導(dǎo)和縣人大的監(jiān)督支持下，岳西縣經濟穩中向好。碳化硅(SiC)项目")
    assert "（" not in ct.text.split("碳化硅")[0] and "碳化硅（SiC）" in ct.text
    g = news("在县委的坚(jiān)强领(lǐng)导(dǎo)和县人大、县政协的监督支持下，岳西县经济稳中向好。")
    assert named(g, Label.COUNTY) == {"岳西县"}


def test_a_branch_keeps_its_fen_gongsi() -> None:
    """由华能集团山东分公司投资: the legal form stripped is no 公司 of 分公司 (a branch), no 山东分."""
    g = news("总投资60亿元的天然气热电联产项目，由华能集团山东分公司投资，目前正在办理前期工作。")
    assert ("天然气热电联产项目", "华能集团山东分公司") in pairs(g, RelType.CARRIED_OUT_BY)


def test_a_village_shareholding_cooperative_is_no_broken_firm() -> None:
    """李家庄股份经济合作社年储存…项目: the name runs past 股份; no firm 龙都街道李家庄股份."""
    g = news("省绿色低碳高质量发展项目2个：1、诸城市龙都街道李家庄股份经济合作社年储存加工30000吨果蔬项目；"
             "2、山东米乐食品科技有限公司农产品加工物流项目")
    assert not {n for n in named(g, Label.ENTERPRISE) if n.endswith("股份")}
    assert "米乐食品科技" in named(g, Label.ENTERPRISE)


def test_a_scale_word_opening_a_quoted_item_is_no_part_of_the_industry() -> None:
    """打造“百亿纺织、千亿新材料”两大主导产业: 千亿 is the scale aimed at."""
    g = news("对岳西县打造“千亿级纺织、百亿元新材料”两大主导产业具有重大意义。")
    clusters = named(g, Label.CLUSTER)
    assert "新材料" in clusters and not {c for c in clusters if "亿" in c}


def test_an_adverb_before_chengwei_closes_the_last_item() -> None:
    """…、高端装备制造逐渐成为支柱产业: the item is 高端装备制造, not …逐渐成."""
    g = news("近年来，岳西县战新产业快速壮大，电子信息、新型显示、高端装备制造逐渐成为支柱产业。")
    assert ("岳西县", "高端装备制造") in pairs(g, RelType.DEVELOPS)
    assert not {c for c in named(g, Label.CLUSTER) if "逐渐" in c}


def test_a_kind_after_a_place_names_no_industry() -> None:
    """茶叶加工、蚕桑加工等岳西县|传统主导产业: the kind of the listed industries, no industry of its own."""
    g = news("签约项目中，还包括茶叶加工、蚕桑加工等岳西县传统主导产业，如总投资2亿元的岳西茶业项目。")
    assert "传统主导" not in named(g, Label.CLUSTER)
    assert "光伏材料" in named(news("岳西县光伏材料产业规模进一步扩大。"), Label.CLUSTER)


def test_a_firm_leading_a_named_cluster_is_no_industry() -> None:
    """以华芯精密为龙头的电子信息300亿产业集群: the cluster's lead firm; a known industry in that place stays one."""
    g = news("岳西县全力打造以华芯精密为龙头的电子信息300亿产业集群。")
    assert "华芯精密" not in named(g, Label.CLUSTER)
    g = news("岳西县全力打造以新能源汽车为龙头的汽车产业集群。")
    assert "新能源汽车" in named(g, Label.CLUSTER)


def test_grasping_with_one_hand_opens_no_cluster() -> None:
    """岳西县一手抓|战新产业集群发展: 抓 is a verb and 战新 (short for 战略性新兴) a kind."""
    g = news("“十三五”期间，岳西县一手抓战新产业集群发展，一手抓传统产业提质增效。")
    assert not named(g, Label.CLUSTER)


def test_private_firms_and_tourist_goods_are_no_clusters() -> None:
    """培育民营企业产业集群: an ownership kind; 文旅用品 (tourist goods) holds no 文旅 (文化旅游)."""
    g = news("岳西县加快培育民营企业产业集群，形成了“光电照明、文旅用品”两大优势产业。")
    clusters = named(g, Label.CLUSTER)
    assert {"光电照明", "文旅用品"} <= clusters
    assert not clusters & {"民营企业", "文化旅游"}


def test_a_verb_of_pace_over_xiangmu_jianshe_names_no_project() -> None:
    """奋力跑出项目建设“加速度”: 项目 opens 项目建设, the words before it are a verb phrase."""
    assert not named(news("下步，市发改局将创新实干，奋力跑出项目建设“加速度”。"), Label.PROJECT)


def test_a_zones_short_name_in_its_own_profile_is_not_inside_it() -> None:
    """浙江东湖经济开发区：… 东湖开发区交通发达: the topic named again by its short form, no park inside itself."""
    g = news("浙江东湖经济开发区：1993年设立的省级开发区之一。现设有浙江东湖化学工业园区、金属制品工业园区两个特色工业园区。"
             "东湖开发区交通发达。")
    located = pairs(g, RelType.LOCATED_IN)
    assert ("浙江东湖化学工业园区", "浙江东湖经济开发区") in located
    assert ("东湖开发区", "浙江东湖经济开发区") not in located
