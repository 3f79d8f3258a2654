"""Relations stated in prose, between the names a sentence holds (news, reports, zone profiles).

Reads: the sentence and the names found in it (`Found`, from document.rule_mentions), the words of
data/rules/prose.yaml. Writes: CARRIED_OUT_BY (role owner | contractor), LOCATED_IN, DEVELOPS and
IN_CLUSTER edges through the GraphBuilder. Every relation needs a stated pattern; two names in one
sentence are not enough. Rules (Evidence.rule; confidences in data/rules/confidence.yaml):

  invested_by     "A投资建设的B项目", "A和C合作开发的B", "与A签约的B": B CARRIED_OUT_BY A (承建: role contractor)
  firm_of_project "A公司的B项目": B CARRIED_OUT_BY A {owner}
  signed_with     "A与X签署B项目…协议": B CARRIED_OUT_BY the firms of both sides, LOCATED_IN a place among them
  built_by        "B由A投资建设", "该项目由A承建"
  place_invests   "开发区投资26亿元的B项目": B LOCATED_IN the place
  located_at      "位于X的Y", "Y位于X"
  settled_in      "Y落户X", "Y落户的X"
  project_at_site "P项目（，）正在X有序推进", "P项目在X开工建设": P is where 在 puts its works
  in_x_of_y       "在X的Y，…": Y LOCATED_IN X, and what the sentence goes on to name is in Y (and X)
  frame           "在X，…": what the sentence goes on to name is in X
  subject_place   a sentence opening with a place that 引进/实施/建设… a project or a firm
  host_place      a place opening a clause that 举行…/集中开工/签约…: the sentence's projects after it
  paragraph_place the place a paragraph's first sentence opens with (report_place.paragraph_subject), for its
                  projects nothing nearer places, before the report's place (rule_dateline)
  speaker_place   a quote closed by "<county>委…书记…说": its parks and projects are in the county
  dateline        the place a report is filed from or about (title "茌平区：…", "高唐报道"),
                  for projects nothing nearer places
  title_place     without a dateline: the zone or county a headline names, or that hosts the projects'
                  ceremony in the opening lines ("卢龙县举行…集中开工仪式"), for projects nothing nearer places
  develops_prose  a place or park opening a sentence that 发展/打造/形成… a cluster or industry
  leading_industries  "X开发区…，主导产业为A、B和C产业": X DEVELOPS each
  cluster_place   a cluster named after its county (阳谷县化工新材料产业集群): the county DEVELOPS it
  leading_list    "龙头企业A、B、C等": IN_CLUSTER {role: leading} in the sentence's cluster
  place_industry_pairs  "冠县锻造、东昌府保持器、东阿滚动体齐头并进的…格局": each place DEVELOPS its industry
  project_short_owner  a project opening with the short name of a firm the document names in full
  defined_short_name   "A有限公司（以下简称“B”）": B is A wherever the document uses it afterwards
  subject_owner   a firm (or joined firms) opening a clause owns the projects after its building verb:
                  "汉能集团…，决定投资建设A、B等项目", "开发区引进A拟投资20亿元建设B"
  built_at        "A拟投资3亿元，在X建设B项目": B (A's) is in X
  speaker_owner   "在A项目建设现场…。据B公司总经理C介绍，…": a firm's head speaking after the one project a passage named
  clause_place    a park or zone opening a later clause that 落地/引进… what follows: "…，B产业园目前已落地A集团"
  name_head_place a project whose name opens with a park or zone the document names on its own
  name_bracket_place  a county in brackets inside a project's or park's name: "…管道工程（盂县段）"
  represented_by  "以A、B为代表的Y产业集群": A and B IN_CLUSTER Y
Words and patterns: data/rules/prose.yaml (`patterns`, filled from its word lists by ingest.rules.pattern).

The package, by what each part reads (document.rule_prose drives it: one ProseState per document, the per-sentence rules
in order, then the rules over the whole document's names; everything is imported from ingest.extract.prose):

    common.py           what the rules share: Found, the patterns (_P), clauses, coordinated names, list items, prose_edge
    state.py            ProseState, what earlier sentences said (the last project, firm, park, zone; the places around)
    owners.py           a project's owner or contractor (rule_owner: invested_by, built_by, signed_with, subject_owner…)
    sentence_places.py  where a sentence puts a project, firm or park (rule_located: located_at, settled_in, frame…)
    parks.py            parks inside a zone or county a sentence lists (rule_parks_built_in: built_in_park, composed_of…)
    name_places.py      where a project's or park's own name puts it (name_bracket_place, name_head_place, name_county_place)
    dateline.py         the report's place (document_place, title_place) and what it holds (rule_dateline, rule_park_dateline)
    develops.py         industries and clusters a place develops, firms in a cluster (rule_develops, leading_industries…)
    short_names.py      a firm's short name: defined (以下简称) or opening a project's name (project_short_owner)
"""

from __future__ import annotations

from ingest.extract.prose.common import (ABOVE_COUNTY, Found, NOT_INDUSTRY_NAMES, PLACE_LABELS, end_of_clause, start_of_clause, prose_edge,
                                         group_after, prose_words, above_county, aspect_list, cluster_span, held_by_name,
                                         is_list, split_items)
from ingest.extract.prose.dateline import brought_in, document_place, rule_dateline, rule_park_dateline, title_place
from ingest.extract.prose.develops import (counted_object, generic_industry, rule_cluster_place, rule_develops,
                                             rule_leading_industries, rule_leading_list, rule_place_industry_pairs,
                                             rule_represented)
from ingest.extract.prose.name_places import rule_head_park, rule_name_bracket_place, rule_name_county_place
from ingest.extract.prose.owners import rule_owner
from ingest.extract.prose.parks import rule_parks_built_in
from ingest.extract.prose.sentence_places import topic_comma, clause_topic_park, rule_located
from ingest.extract.prose.short_names import defined_short_names, rule_defined_names, rule_short_owner
from ingest.extract.prose.state import ProseState

__all__ = ["ABOVE_COUNTY", "Found", "ProseState", "NOT_INDUSTRY_NAMES", "PLACE_LABELS", "end_of_clause", "start_of_clause",
           "counted_object", "prose_edge", "group_after", "topic_comma", "prose_words", "above_county", "aspect_list",
           "brought_in", "clause_topic_park", "cluster_span", "defined_short_names", "document_place",
           "generic_industry", "held_by_name", "is_list", "rule_cluster_place", "rule_dateline", "rule_defined_names",
           "rule_develops", "rule_head_park", "rule_leading_industries", "rule_leading_list", "rule_located",
           "rule_name_bracket_place", "rule_name_county_place", "rule_owner", "rule_park_dateline",
           "rule_parks_built_in", "rule_place_industry_pairs", "rule_represented", "rule_short_owner", "split_items",
           "title_place"]
