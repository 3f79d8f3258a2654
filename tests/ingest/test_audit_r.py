"""Mechanisms from audit R of raw real texts (tests/audit/docs/167-178, judged_r.yaml): a firm's staff after 项目, a
count by 宗, a preposition or a verb before a bare 项目 or 园区, an award's title, a byline's bracket, a firm's tie to
another, a list of fields or of the aspects a chain renews, 高科技 after a crop, and what stands now or passed one after
another as reports, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_a_firms_project_manager_names_no_project() -> None:
    """…有限公司项目经理某某说: the firm's staff; the 该项目 figure after the quote is the project's named before."""
    g = news("在东林县星光商业综合体项目建设现场，工人正在施工。“主体工程已经完成。”东林县华星房地产开发有限公司"
             "项目经理王明说。据了解，该项目总投资18亿元，占地60亩。")
    projects = {n.name: n for n in g.nodes if n.label == Label.PROJECT}
    assert not {p for p in projects if "房地产" in p}
    assert projects["东林县星光商业综合体项目"].props.get("total_investment") == "18亿元"
    assert "东林县华星房地产开发" in named(g, Label.ENTERPRISE)


def test_a_preposition_before_a_bare_xiangmu_names_no_project() -> None:
    """东林县针对|不同项目分类施策: what the measures are for, no project."""
    g = news("连日来，东林县针对不同项目分类施策、灵活安排，积极推动工业企业复工复产。")
    assert not named(g, Label.PROJECT)


def test_a_count_by_zong_names_no_project() -> None:
    """今年前10月152宗项目开工: a count of projects by the classifier 宗, no project."""
    g = news("东林产业园今年前10月152宗项目开工，121宗项目投产。")
    assert not {p for p in named(g, Label.PROJECT) if "宗" in p}


def test_a_firms_affiliate_is_no_firm_name() -> None:
    """A有限公司及其关联公司: 其关联 names no firm."""
    g = news("东林新材料科技有限公司及其关联公司新厂房投用，园区项目建设延续良好势头。")
    firms = named(g, Label.ENTERPRISE)
    assert "东林新材料科技" in firms
    assert not {f for f in firms if "关联" in f}


def test_a_bylines_closing_bracket_opens_no_firm_name() -> None:
    """（记者 某某 通讯员 某某某某）华新股份成功上市: the firm's name starts after the bracket."""
    g = news("本报讯（记者 王明 通讯员 李强张伟）华新股份成功在上海证券交易所上市，产业链式发展入选全国典型案例。")
    firms = named(g, Label.ENTERPRISE)
    assert "华新股份" in firms
    assert not {f for f in firms if "）" in f or "张伟" in f}


def test_verbs_before_a_bare_park_word_and_an_awards_title_name_no_park() -> None:
    """深化|园区改革, 经开区排名|苏北县级园区第一, 被评为“…十佳最具投资潜力开发区”: no park named."""
    g = news("东林经开区工业开票排名苏北县级园区第一，被评为“江苏省十佳最具投资潜力开发区”。近年来，东林经开区深化园区"
             "“一区多园”体制改革。")
    parks = named(g, Label.PARK)
    assert not {p for p in parks if "排名" in p or "县级园区" in p or "十佳" in p or "深化" in p}


def test_an_object_before_kaigong_jianshe_yiji_is_no_list_of_projects() -> None:
    """推动A产业园开工建设|以及B等项目落地: 以及 joins two objects, it opens no project's name."""
    g = news("东林区还在推动精密智能制造产业园开工建设以及居然之家等项目落地。")
    assert not {p for p in named(g, Label.PROJECT) if p.startswith("以及")}


def test_a_list_of_fields_before_a_count_of_projects_names_no_project() -> None:
    """加快A、B、C等13个重大项目前期手续办理 where B is an industry: the fields of the projects, no names."""
    g = news("东林县加快特色种养、文化旅游、农村物流等12个重大项目前期手续办理，并尽快推动实施。")
    assert not named(g, Label.PROJECT) & {"文化旅游", "农村物流", "特色种养", "加快特色种养"}


def test_gaokeji_after_a_crop_is_no_firm() -> None:
    """推进大型玉米高科技深加工项目: 高科技 (high-tech) is the product's quality, the head no firm."""
    g = news("东林县加强与农业院校合作，推进大型玉米高科技深加工项目，推动农业产业化发展。")
    assert "玉米高科技深加工项目" in named(g, Label.PROJECT)
    assert not {f for f in named(g, Label.ENTERPRISE) if "玉米" in f}
    assert not pairs(g, RelType.CARRIED_OUT_BY)


def test_what_stands_now_or_passed_one_after_another_is_reported() -> None:
    """目前A等3个项目已争取到资金…, 两镇工业开票先后突破百亿元, 等乡镇相继突破50亿元: no targets, even after 争取/预计;
    what stands now is reported (the marks passed one after another name no year of their own: no report either, since the
    eighth round dates undated news only from a target word in the figure's own clause)."""
    g = extracted("为强化要素保障，东林县全力争取上级资金支持，目前人民医院病房改造等3个项目已争取到资金2.1亿元。"
                  "东林经开区预计实现工业开票650亿元，桑园、贤庄两镇工业开票销售收入先后突破百亿元，"
                  "李桥、刘庄等乡镇相继突破50亿元。", date="2025-05-20")
    assert not {k: v for k, v in figures(g).items() if v["value"] in (3.0, 100.0, 50.0)}
    assert 3.0 in {v["value"] for v in figures(g, RelType.REPORTS).values()}


def test_a_list_of_what_a_chain_renews_names_no_industry() -> None:
    """聚焦新材料、新模式、新工艺、新市场: the aspects of the ceramics chain, no industries and no DEVELOPS."""
    g = news("东林市依托东林经开区，建设陶瓷产业园，聚焦新材料、新模式、新工艺、新市场，加快建设先进陶瓷制造名城。")
    assert not named(g, Label.CLUSTER) & {"新材料", "新模式", "新工艺", "新市场"}
    assert not {t for _, t in pairs(g, RelType.DEVELOPS) if t.startswith("新")}


def test_a_list_of_new_industries_is_still_read() -> None:
    """重点发展新材料、新能源、生物医药: industries whose names open with 新, no aspects."""
    g = news("东林经开区重点发展新材料、新能源、生物医药等产业。")
    assert {"新材料", "新能源"} <= {t for _, t in pairs(g, RelType.DEVELOPS)}


def test_an_outcome_estimated_in_january_is_the_year_just_closed() -> None:
    """预计实现工业开票650亿元 in a text of January: last year's outcome, not yet final; a goal of the year still counts."""
    january = extracted("东林经开区工业开票连年攀升，预计实现工业开票650亿元。东林县今年力争实现工业开票突破900亿元。",
                        date="2024-01-12")
    assert {v["value"]: v["year"] for v in figures(january).values()} == {900.0: 2024}
    may = extracted("东林经开区工业开票连年攀升，预计实现工业开票650亿元。", date="2024-05-12")
    assert {v["value"]: v["year"] for v in figures(may).values()} == {650.0: 2024}


def test_a_named_area_parks_xiangmu_jianshe_is_its_projects() -> None:
    """东林产业园区|项目建设延续良好势头 after the park is named: its projects; …产业园项目 is one project."""
    g = news("东林产业园区全力锻造产业核心竞争力。今年以来，东林产业园区项目建设延续良好势头，金山智联产业园项目开工建设。")
    projects = named(g, Label.PROJECT)
    assert "东林产业园区" in named(g, Label.PARK)
    assert "东林产业园区项目" not in projects
    assert "金山智联产业园项目" in projects


def test_a_quotes_figures_are_the_place_of_the_official_who_said_it() -> None:
    """“…年内工业开票销售突破1500亿元。”泗洪县委副书记、县长某某说: the county's goal, though the text opens with its zone."""
    opening = "本报讯（记者 李华）泗洪经开区工业开票连年攀升，近日亮出年度工业经济答卷。"
    quoted = extracted(opening + "“建成千亿级开发区，年内工业开票销售突破1500亿元。”泗洪县委副书记、县长王明说。",
                       date="2024-03-12")
    assert {v["value"]: v["scope"] for v in figures(quoted).values()} == {1500.0: "泗洪县"}
    unquoted = extracted(opening + "建成千亿级开发区，年内工业开票销售突破1500亿元。泗洪县委副书记、县长王明出席。",
                         date="2024-03-12")
    assert {v["value"]: v["scope"] for v in figures(unquoted).values()} == {1500.0: "泗洪经开区"}
