"""clu12: industries and their places on the learning halves of batches 5-10, on sentences composed for the test
(not copied from any set's texts), through the real pipeline."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.graphs import named, news


def test_a_verb_governing_a_list_is_no_part_of_its_first_industry() -> None:
    # 紧扣, 构建, 主攻, 承接, 紧盯 govern the list after them (find_industries' industry_verbs)
    for verb in ("紧扣", "构建", "主攻", "承接", "紧盯"):
        got = named(news(f"该区{verb}精密铸造、智能家电、功能膜材料等主导产业。"), Label.CLUSTER)
        assert "精密铸造" in got, (verb, got)
        assert not any(n.startswith(verb) for n in got), (verb, got)


def test_nuli_shi_opens_a_counted_list() -> None:
    got = named(news("全面深化改革，努力使精密铸造、智能家电、功能膜材料三大产业产值翻番。"), Label.CLUSTER)
    assert "精密铸造" in got and not any(n.startswith("努力使") for n in got)


def test_a_level_is_no_industry() -> None:
    got = named(news("着力构建县级、省级、国家级特色产业集群三级梯度培育体系。"), Label.CLUSTER)
    assert "县级" not in got
