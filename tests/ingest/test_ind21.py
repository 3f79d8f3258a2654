"""ind21: industry names on new text. Sentences composed for the test (shapes of the learning halves of batches 14-19),
through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_verb_of_upgrading_before_a_list_is_no_part_of_its_first_item() -> None:
    # "转型升级|金属加工、绿色建材等传统优势产业" (batch 16): the clause's verb is cut from the first item
    g = news("近年来，高要区加快发展新能源汽车、电子信息等新兴产业，转型升级陶瓷加工、绿色建材等传统优势产业。")
    assert "陶瓷加工" in named(g, Label.CLUSTER)
    assert ("高要区", "陶瓷加工") in pairs(g, RelType.DEVELOPS)
    assert not any(c.startswith("转型升级") for _p, c in pairs(g, RelType.DEVELOPS))


def test_a_verb_of_entering_or_planning_before_a_list_is_cut() -> None:
    # "探索切入|未来材料、低空经济…" (batch 16), "谋准谋深谋实|风电装备制造、光伏装备制造等10条重点产业链" (batch 15)
    g = news("该市前瞻布局未来产业，探索切入量子信息、低空经济、机器人等未来产业领域。")
    assert "量子信息" in named(g, Label.CLUSTER)
    assert not any("切入" in c for _p, c in pairs(g, RelType.DEVELOPS))
    g = news("近年来，靖边县围绕发展新质生产力布局产业链，谋准谋深谋实储能装备制造、光伏装备制造、氢能装备制造等8条重点产业链。")
    assert "储能装备制造" in named(g, Label.CLUSTER)
    assert not any("谋实" in c for _p, c in pairs(g, RelType.DEVELOPS))
