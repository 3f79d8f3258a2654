"""mem13: IN_CLUSTER on new text, read across the learning halves of seven batches (learn5to11), on sentences composed
for the test (not copied from any set's texts), through the real pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import news, pairs


def _members(text: str) -> set[tuple[str, str]]:
    g = news(text)
    rules = {e.evidence[0].rule for e in g.edges if e.type == RelType.IN_CLUSTER}
    # an industry's node may drop its 产业 or 产业集群 ending (a canonical name)
    return {(p, c.removesuffix("产业集群").removesuffix("产业")) for p, c in pairs(g, RelType.IN_CLUSTER)} \
        if "paragraph_topic" in rules else set()


def test_a_paragraph_opening_on_an_industry_heads_its_later_projects() -> None:
    got = _members("在低空经济产业，规模正不断扩大。青山区重点推进鹏飞无人机总装项目、"
                   "云翼航电测试基地项目等8个项目建设，总投资20亿元。")
    assert ("鹏飞无人机总装项目", "低空经济") in got, got
    assert ("云翼航电测试基地项目", "低空经济") in got, got


def test_a_sentence_of_around_an_industry_and_projects_heads_the_next_ones() -> None:
    got = _members("青山县围绕林木产业上项目。去年，投资2亿元的年产10万立方米刨花板项目建成投产。"
                   "青山县围绕食品产业上项目。投资8000万元的鲜食玉米加工项目已开工建设。")
    assert ("年产10万立方米刨花板项目", "林木") in got, got
    assert ("鲜食玉米加工项目", "食品") in got, got
    assert ("鲜食玉米加工项目", "林木") not in got, got  # the next such sentence ends the topic


def test_a_sentence_closing_on_a_cluster_heads_the_paragraphs_projects() -> None:
    got = _members("发力新兴工业。青山区立足资源禀赋，全力打造具有青山特色的百亿级储能材料产业集群。"
                   "投资12亿元的青山钠电池正极材料项目实现产值5亿元，青山储能电站项目加快建设。")
    assert ("青山钠电池正极材料项目", "百亿级储能材料") in got or ("青山钠电池正极材料项目", "储能材料") in got, got


def test_no_topic_where_the_sentence_names_a_project_or_the_cluster_is_not_last() -> None:
    # the closing cluster's sentence names a project itself: it is no heading
    assert not _members("青山区依托青山储能电站项目，全力打造储能材料产业集群。投资12亿元的青山钠电池正极材料项目实现产值5亿元。")
    # the cluster opens the sentence, no develop verb closes it
    assert not _members("储能材料产业集群发展迅速，产值增长30%。投资12亿元的青山钠电池正极材料项目实现产值5亿元。")
    # another paragraph: the topic stays in its own
    assert not _members("在低空经济产业，规模正不断扩大。\n\n青山区重点推进鹏飞无人机总装项目建设。")


def test_the_firm_investing_in_a_topic_paragraphs_project_is_no_member() -> None:
    got = _members("青山县围绕林木产业上项目。去年，青山宏达木业有限公司投资2亿元建设的年产10万立方米刨花板项目建成投产。")
    assert ("年产10万立方米刨花板项目", "林木") in got, got
    assert not any(p.startswith("青山宏达木业") for p, _c in got), got
