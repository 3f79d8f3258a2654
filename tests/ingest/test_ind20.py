"""ind20: industry names on new text. Sentences composed for the test (shapes of the learning halves of batches 9-18),
through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_list_a_zone_is_led_by_names_its_industries() -> None:
    # "以A、B、C、D为主导" with no 等: the zone the sentence opens with develops each (batch 15)
    g = news("近年来，庆城工业园区依托丰富的油气资源，以石油加工、煤制气化工、化工新材料、精细化工为主导，大力招商引资。")
    assert {"石油加工", "煤制气化工", "精细化工"} <= named(g, Label.CLUSTER)
    assert {("庆城工业园区", "石油加工"), ("庆城工业园区", "煤制气化工")} <= pairs(g, RelType.DEVELOPS)


def test_a_list_a_zone_has_formed_names_its_industries() -> None:
    # "形成了A、B、C为主导的…格局" (batch 18), "形成A、B、C为主的产业格局" (batch 17): no 以 after 形成
    g = news("铜鼓经济开发区已基本形成了装备制造、电子元件、特色食品、生物科技为主导的园区产业发展格局。")
    assert {("铜鼓经济开发区", "电子元件"), ("铜鼓经济开发区", "特色食品"), ("铜鼓经济开发区", "生物科技")} \
        <= pairs(g, RelType.DEVELOPS)
    g = news("准格尔经济开发区入驻企业90家，形成煤化工、煤电铝、新型建材为主的产业格局。")
    assert {"煤化工", "煤电铝", "新型建材"} <= named(g, Label.CLUSTER)


def test_a_led_list_of_no_industry_names_none() -> None:
    # the same frame over aims or firms' kinds: no item an official name or a maker's word, no industry
    g = news("该县以绿色转型、清洁生产、智能升级为主导，推动工业提质增效。")
    assert not {"绿色转型", "清洁生产", "智能升级"} & named(g, Label.CLUSTER)


def test_a_sector_word_among_a_batchs_fields_is_a_field() -> None:
    # 农业, 制造业 among the fields a batch of projects covers (batches 8, 9, 13-16); 工业 stays out, as the gold leaves it
    g = news("今年以来，全县共签约项目26个，总投资98亿元，项目涵盖新能源、农业、教育、新材料、制造业、商贸物流等多个领域。")
    assert {"农业", "制造业", "新材料"} <= named(g, Label.CLUSTER)
    g = news("此次集中开工的18个重点项目涵盖工业、服务业、旅游、民生等多个领域。")
    assert "服务业" in named(g, Label.CLUSTER)
    assert "工业" not in named(g, Label.CLUSTER)


def test_a_sector_word_outside_a_batch_names_no_industry() -> None:
    # no batch of projects covers them: 农业 and 服务业 stay generic
    g = news("全县经济涵盖农业、文化、服务业等各个领域。")
    assert not {"农业", "服务业"} & named(g, Label.CLUSTER)
