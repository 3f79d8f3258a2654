"""Target scopes of session 21 (tgt21), on sentences composed for the test in the shapes of the learning texts: a
figure whose name opens with a bare zone word (经开区, 园区, 新区) stands for the zone the text is about, or the park it
named just before, not for a clause's words run over the zone word nor for the county the text is about."""

from __future__ import annotations

from graph.model import DocumentGraph
from ingest.extract import extract_document
from tests.ingest.graphs import target_scopes
from tests.ingest.test_extract import _doc


def _graph(text: str, title: str = "", date: str = "2024-04-08") -> DocumentGraph:
    return extract_document(_doc(text, kind="news", date=date, title=title))

ZONE_NEWS = ("近日从长春经开区获悉，截至3月31日，经开区已开复工重点项目78个。\n"
             "这些项目的落位、建设，将有力推动经开区提档升级，集聚发展新动能。\n"
             "今年，经开区计划建设5000万元以上项目180个，目前已落实171个。\n")


def test_a_bare_zone_word_is_the_zone_the_text_is_about() -> None:
    """经开区计划建设…项目180个 after 将有力推动经开区提档升级: the text's own zone (长春经开区, its source), not the clause's
    words run over the zone word (有力推动经开区)."""
    scopes = target_scopes(_graph(ZONE_NEWS, title="经开区78个项目开复工", date="2017-04-24"))
    assert scopes.get(180.0) == "长春经开区"


PARK_NEWS = ("年初以来，长岭县坚持举全县之力抓实平台打造，带动产业结构优化升级。\n"
             "长岭县充分发挥背靠长春的区位优势，全力打造松原市长岭汽车配套产业园。园区总体规划面积10平方公里，"
             "起步区已完成“六通一平”建设，2024年园区工业产值预计实现1.3亿元。\n")


def test_a_bare_park_word_is_the_park_just_named() -> None:
    """2024年园区工业产值预计实现1.3亿元 right after the park is named in a county's text: the park's figure."""
    scopes = target_scopes(_graph(PARK_NEWS, title="长岭：加速动能集聚推动县域经济高质量发展"))
    assert scopes.get(1.3) == "松原市长岭汽车配套产业园"


def test_a_bare_park_word_after_no_named_park_keeps_the_county() -> None:
    """园区 where the text names only a kind of park (农业园区), no park by name: the county's figure, as before."""
    text = ("耿马县坚持以农业园区建设为平台，加快发展高原特色农业。\n"
            "到2026年，园区工业产值达到20亿元。\n")
    scopes = target_scopes(_graph(text, title="耿马县加快发展高原特色农业"))
    assert scopes.get(20.0) == "耿马县"
