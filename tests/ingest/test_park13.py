"""Park mechanisms of session park13 (false parks counted over the learning halves of batches 5-11), on sentences
composed for the test: a park's status taken as its name (a level after words that are no place, a title after a verb
of rating or granting)."""

from __future__ import annotations

from graph.model import Label
from ingest.extract.names import find_parks
from tests.ingest.graphs import named, news


def _names(text: str) -> set[str]:
    return {name for _, _, name in find_parks(text)}


def test_a_level_after_words_that_are_no_place_is_a_status_not_a_name() -> None:
    for text in ("青禾工业园区始建于2005年，2012年获批为首家自治区级工业园区。",
                 "去年该园区已成功申报为宁夏自治区级工业园区。",
                 "北湖经济开发区在“中国省级开发区综合发展百强”中排名第20位。",
                 "柳溪经济开发区成立于2010年，属省级经济开发区，规划面积30平方公里。"):
        assert not {n for n in _names(text) if "级" in n}, (text, _names(text))


def test_a_title_after_a_verb_of_rating_names_no_park() -> None:
    for text in ("青禾经济开发区获评自治区科技创新强园区，产值达到120亿元。",
                 "园区去年成功创成国家级绿色工业园区，并入选全省十强。"):
        assert not {n for n in _names(text) if n.startswith(("自治区", "成功", "国家"))}, (text, _names(text))
    g = news("青禾经济开发区获评自治区科技创新强园区，全年产值增长8%。")
    assert not {n for n in named(g, Label.PARK) if "科技创新" in n}


def test_a_countys_level_zone_and_a_plain_park_stay_parks() -> None:
    assert "宁陕省级经开区池河园区" in _names("本次集中开工在宁陕省级经开区池河园区举行。")
    assert "青禾工业园区" in _names("项目落户青禾工业园区，总投资5亿元。")
