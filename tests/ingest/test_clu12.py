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


def test_a_clause_after_a_place_names_no_industry_of_it() -> None:
    # place_industry: "<place>X产业…" where X opens with a clause's verb or word, or goes on with a zone word
    from graph.model import RelType
    from tests.ingest.graphs import pairs
    for text in ("青川县加速构建陶瓷产业发展新格局。", "青川县坚定不移兴陶瓷产业，实现跨越。",
                 "青川县以陶瓷产业为抓手。", "青川工业园区进一步完善产业配套。",
                 "青川工业园区发布陶瓷产业扶持政策，青川县经济开发区陶瓷产业规模扩大。"):
        g = news(text)
        bad = {n for n in named(g, Label.CLUSTER) if n.startswith(("加速", "坚定", "以", "进一步", "发布", "经济开发区"))}
        assert not bad, (text, bad)
        assert not any(t.startswith(("加速", "坚定", "以", "进一步", "发布")) for _s, t in pairs(g, RelType.DEVELOPS)), text
