"""Industries named in prose, and the places that develop them and the firms and projects in them.

  industry_list     a list of industries: every item is one; the place the sentence is about DEVELOPS it
  place_industry    "银川经开区光伏材料产业规模…": the place right before "X产业" DEVELOPS it
  chain_topic       "X产业链方面，…" opening a paragraph: the report's place DEVELOPS X产业链
  cluster_of_firms  "形成以A为龙头，B、C等企业相配套…的Y产业集群": each firm IN_CLUSTER Y
  project_serves    "A项目，…，将助推我市X产业…": each project named before the verb IN_CLUSTER X
  firm_industry     "A是全市X产业的龙头企业", "作为X产业链链主企业，A…", "X产业链集聚了A、B等链主企业": A IN_CLUSTER X;
                    (clu20) X named bare where the document names it an industry: "作为铜加工龙头企业，A…"
  around_industry   "围绕X产业链，引进了A、B等企业", "A、B等企业围绕X布局…": each firm or project brought in IN_CLUSTER X
  topic_firms       "加快发展X产业，…龙头企业A、B等…", "X产业集聚了A、B等企业", "引进A、B等电子信息企业": A IN_CLUSTER X
  lead_firms        "以A、B为龙头，引导…，推动X产业链向下延伸": each firm IN_CLUSTER X (clu20)
  project_industry  "A项目…。这是X市现代煤化工产业发展的“窗口”": the paragraph's last project IN_CLUSTER X
  role_group        "形成以A、B为基础，C、D为补充的多元化产业集群": the sentence's place DEVELOPS each
  inline_heading    "…，新能源产业。加快推进A、B等项目…": the next sentences' projects IN_CLUSTER 新能源产业
  project_kind      "新能源新材料类项目5个：A、B", "A项目，属于旅游商贸类": each project IN_CLUSTER its kind;
                    "电子信息项目5个，新能源汽车项目2个，医药类项目2个": a batch's counted kinds are industries
  industry_base     "黄陵县…是陕西重要的煤电产业基地": the place DEVELOPS it (a project becoming one: IN_CLUSTER)
  counted_head      "蛟河市“四大经济发展动力源”——A、B、C、D领域": the place DEVELOPS each of exactly four items
  list_siblings     "涉及A产业、B、C产业、D等。": the other items of a list the rules named two of are industries too

Reads: a prose sentence and the names found in it (prose.Found), the prose rules' state over the document
(prose.ProseState). Writes: Cluster nodes (level industry unless the lexicon knows them, or a list's ending says 集群),
DEVELOPS edges from the place the sentence is about, else the report's place, and IN_CLUSTER edges for the firms and
projects of an industry. Words and patterns: data/rules/prose.yaml (`industry_list`, `place_industry`,
`firm_industry`, `project_serves`, `around_industry`, …). Every rule runs per sentence from document.rule_prose.

The package, by job (the rules' entry points are all here; each module's docstring says what it reads and writes):

    lists.py             lists of industries: rule_industry_list (the shapes of roles, fields and topics read
                         first), rule_list_siblings
    roles.py             industries given a role, a rank or a base (以A为支柱, 三大主导产业：A、B、C, …的煤电产业基地)
    fields.py            kinds of project and fields: a batch's counted kinds and fields, the fields a focus verb takes
    topics.py            an industry heading a paragraph or its later sentences: rule_field_topic, rule_paragraph_topic
    place_industries.py  a place's industries stated without a list: rule_place_industries
    firms.py             firms in an industry or cluster: rule_cluster_of_firms, rule_firm_invests, rule_firm_industry
    firm_lists.py        lists of firms in a group of clauses about one industry: rule_topic_firms, rule_around_industry,
                         rule_group_firms, rule_lead_firms
    projects.py          projects in an industry: rule_project_vehicle, rule_project_serves, rule_kind_projects,
                         rule_project_industry, rule_project_fields
    subject.py           the place a sentence about industries is about (subject_place, report_place)
    items.py             the items of a list and their names (list_items, count_of, field_name)
    name_tests.py        whether a name may be an industry (industry_name, industry_item), a place above a county
    shared.py            the rule name, the patterns, clause groups, and writing a new industry (new_industry)
"""

from ingest.extract.industries.firm_lists import rule_around_industry, rule_group_firms, rule_lead_firms, rule_topic_firms
from ingest.extract.industries.firms import listed_firms, rule_cluster_of_firms, rule_firm_industry, rule_firm_invests
from ingest.extract.industries.lists import rule_industry_list, rule_list_siblings
from ingest.extract.industries.name_tests import industry_item, industry_name, node_above_county
from ingest.extract.industries.place_industries import rule_place_industries
from ingest.extract.industries.projects import (rule_kind_projects, rule_project_fields, rule_project_industry,
                                                rule_project_serves, rule_project_vehicle)
from ingest.extract.industries.subject import report_place, subject_place
from ingest.extract.industries.topics import rule_field_topic, rule_paragraph_topic

__all__ = ["industry_item", "industry_name", "listed_firms", "node_above_county", "report_place", "rule_around_industry",
           "rule_cluster_of_firms", "rule_field_topic", "rule_firm_industry", "rule_firm_invests", "rule_group_firms",
           "rule_industry_list", "rule_kind_projects", "rule_lead_firms", "rule_list_siblings", "rule_paragraph_topic",
           "rule_place_industries", "rule_project_fields", "rule_project_industry", "rule_project_serves",
           "rule_project_vehicle", "rule_topic_firms", "subject_place"]
