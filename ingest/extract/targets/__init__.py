"""Targets and reported values anywhere in prose, for any indicator (open vocabulary).

Reads: a prose sentence, the paragraph before it, the document's date and title.
Writes: Indicator nodes (props unit, scope, measure level|rate) and Policy
SETS_TARGET / REPORTS edges (year, value, unit, comparator | period, scope), rule
`prose_target`. Words and patterns: data/rules/targets.yaml.

    到2025年，聊城市要重点建设3家绿色园区、20家绿色工厂      -> 绿色园区 2025 >= 3 家, 绿色工厂 2025 >= 20 家
    力争建成5G基站1.5万个                                 -> 5G基站 15000 个
    地区生产总值年均增长8%                                 -> 地区生产总值年均增长率 8 %  (a rate, not the level)

The year: 到2025年, 2023—2025年 (its end), 十四五末 (2025), 年内/今年 (the document's
year), else a year stated earlier in the paragraph. A figure is a target when the
words say so (力争, 预计, 到…年) or its year is after the document's; otherwise a
reported value of its period. The scope is the county or city the sentence names
before the figure, else the place in the document's title or issuer, else the province,
prefecture or county another place's text is about (context.document_subject), else the home
city (data/lexicon/regions.yaml) when the text names it or a county of it; one indicator node per (scope, name): the
home city's keep the plain name, another place's carry it in front (东莞市规模以上工业增加值), and a text naming no
place at all gets its own, marked (研发强度（地区未明）).
Figures the older lexicon rule (indicators.py) already read are left to it.

Also (docs/EXTRACTION.md, "Targets, third round"): a plan's to-year carries to the paragraphs that list its
targets (years.carried_year); a batch of projects' money (batches.batch_money: 重点项目496个，总投资…，今年计划完成投资…); figures that
are no year's (years.no_years_figure); a zone opening a headline or a clause is the scope; a headline's target the body
restates is dropped (component.drop_restated_headlines). Fifth round ("Targets, fifth round"): a part of a sentence about one
project gives no area's figures (batches.project_parts); a sentence opening with a part of a year gives only its plans; a
title naming a plan of the document's year makes its figures targets. Sixth round ("Targets, sixth round"): a report of
the year's first month states its own year's figures as plans (early_month); a figure its name states keeps that name
before 的 and a noun that is not counted, and the zone made into it (把X打造成为…) is its scope.

The package, by what each part reads (one entry point: `rule_prose_targets` per sentence and `fill_scopes` at the
end of a document, with the `TargetState` the component makes per document):

    component.py        the component: each figure of a sentence read, judged a target or a reported value, written
    state.py            TargetState, the rule's state over one document
    values.py           a figure's value and unit (magnitudes, fractions, doublings)
    years.py            the year and period a figure is of (headings, paragraphs, a plan's to-year carried)
    scope.py            the place a figure is for (Places: the document's counties, cities, zones and parks)
    indicator_names.py  the indicator a figure is of (the words around it, lists, 分别, anaphora)
    batches.py          batches of projects: their money, plans and 其中 breakdowns; a sentence's parts about one project
    patterns.py         data/rules/targets.yaml, checked and compiled once (rules())
"""

from ingest.extract.targets.component import drop_restated_headlines, fill_scopes, rule_prose_targets
from ingest.extract.targets.patterns import rules
from ingest.extract.targets.state import TargetState
from ingest.extract.targets.years import period_year

__all__ = ["TargetState", "drop_restated_headlines", "fill_scopes", "period_year", "rule_prose_targets", "rules"]
