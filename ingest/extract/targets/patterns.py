"""The words and patterns of the target rule (data/rules/targets.yaml), checked and compiled once.

Reads: data/rules/targets.yaml. Gives: `rules()` (its words in `data`, its compiled patterns in `p`), the rule's
names (`RULE`, and `LEXICON_RULE` of the older lexicon rule), and `clauses_without` (the clauses a pattern finds
nothing in). Every other module of the package reads its words through these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ingest.errors import LexiconError
from ingest.rules import rule_data


RULE = "prose_target"


LEXICON_RULE = "indicator_text"  # the older rule of indicators.py, whose headline figures are dropped alike


_KEYS = ("rate_qualifiers", "respective_pairs", "parallel_qualifiers", "money_units", "money_magnitudes", "units", "magnitudes", "chinese_values", "plan_periods", "plan_period_end",
         "this_year", "that_year", "last_year", "chinese_digits", "this_year_kinds", "late_month", "early_month", "target_cues", "weak_target_cues",
         "reported_cues", "plan_sections", "comparator_after", "comparator_before", "lead_words", "flow_words",
         "verb_tail", "rate_words", "anaphora", "not_indicator", "subject_endings", "invest_words", "plan_invest_words",
         "batch_leads", "batch_plan_words", "batch_in_hand_words", "listed_batch_verbs", "dated_plan_words", "annual_plan_word",
         "annual_invest_words",
         "project_endings", "zone_endings", "generic_zones", "any_park", "project_verbs", "change_units", "count_units", "goods_units",
         "county_endings", "heading_joiners", "acronyms", "whole_levels", "clause_end", "present_cues", "project_anaphora", "bare_measures", "item_end", "city_endings", "max_name", "min_name", "firm_anaphora", "manner_adverbs",
         "measure_tail", "part_end_month", "fraction_unit", "doubling_unit", "bare_yi_unit", "per_units", "average_rate", "respective_cue", "respective_heads", "scale_word", "patterns")


_PATTERNS = ("value", "chinese", "year", "lead", "tail", "year_lead", "stated_lead", "verb_infix", "report_shows", "review_intro",
             "review_inline", "outlook_intro", "founded_before", "figure_close", "zone_lead", "item_capacity", "clause_subject", "counted_class", "made_into", "batch_in_hand",
             "target_cue", "weak_cue", "reported_cue", "present_cue", "have_end", "year_plan_sum", "clause_split", "yearly_effect", "count_then", "this_dated", "comparator_after",
             "comparator_before", "comparator_verbs", "rate", "not_indicator", "range_after", "range_before",
             "not_a_value", "qualifies_noun", "list_end", "change_from", "right_name", "right_name_not", "han", "topic",
             "action_end", "project_subject", "share_of_previous", "to_year", "carry_opening",
             "subject", "recurring", "sub_year", "batch_money", "plan_money", "item_split",
             "batch_counted", "batch_named", "batch_lead", "breakdown", "batch_plan", "annual_money",
             "year_tally", "zone_word", "completion", "rank_after", "annual_capacity", "this_or_last",
             "modal", "range_low", "number", "joiner_after", "inner_year", "count_tail",
             "zone_subject", "of_word", "publisher_body", "bare_project", "sentence_end", "year_heading",
             "continuation", "dated_plan", "project_capacity", "money_qualifier", "list_size", "list_fields", "after_cue",
             "breakdown_intro", "shared_head", "past_effort", "goal_met", "change_base", "year_estimate", "clause_estimate", "estimate_below", "date_month",
             "place_subject", "source_zone", "lead_date", "news_lead", "news_time_lead", "dateline_end", "per_item", "listed_firms", "right_batch_end",
             "progress_after", "capacity_before", "sentence_part", "part_project", "firm_part", "project_money", "clause_project",
             "project_count", "invest_word", "batch_event", "prose_end", "last_of",
             "opening_clause", "bare_counted", "counted_name", "listed_count", "listed_verb", "item_clause", "sentence_split", "whole_division", "opening_lead", "comparison",
             "cited_title", "structures_counted",
             "breakdown_after", "plan_title", "measure_tail", "fraction", "doubling",
             "since_year", "goal_frame", "priced_count", "priced_before", "invest_end",
             "not_headline", "paragraph_title", "inline_bullet", "respectively", "respective_joiner", "rate_run", "verb_pair", "money_class", "plan_opening", "calendar_year", "respective_split",
             "respective_head", "enumerated", "intro_lead", "graded_count", "headline_lead", "project_work",
             "actual_after", "actual_clause", "inner_period", "month_span_lead", "part_month", "inner_words", "place_end", "bare_period", "milestone_year",
             "plan_span_title", "graded_scale", "scale_subject", "scale_topic", "class_grade", "share_written",
             "rate_investment")


def word_alternation(words: Any) -> str:
    """A word list (or a mapping's keys) as a regex alternation, longest first."""
    return "|".join(sorted((str(w) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class Rules:
    data: dict[str, Any]
    p: dict[str, re.Pattern[str]]   # the compiled patterns, by name


@lru_cache(maxsize=1)
def rules() -> Rules:
    """data/rules/targets.yaml, checked and compiled once."""
    d = rule_data("targets")
    missing = [k for k in _KEYS if k not in d] + [f"patterns.{k}" for k in _PATTERNS if k not in (d.get("patterns") or {})]
    if missing:
        raise LexiconError(f"data/rules/targets.yaml: missing {', '.join(missing)}")
    words = {k: word_alternation(v) for k, v in d.items() if isinstance(v, (list, dict)) and k != "patterns"}
    try:
        compiled = {k: re.compile(str(v) % words) for k, v in d["patterns"].items()}
    except (re.error, KeyError, ValueError) as e:
        raise LexiconError(f"data/rules/targets.yaml: a pattern does not compile: {e}") from None
    return Rules(d, compiled)


def clauses_without(R: Rules, text: str, key: str) -> str:
    """The clauses of `text` in which pattern `key` finds nothing, joined (a cue is read from them only)."""
    return "".join(c for c in R.p["clause_split"].split(text) if not R.p[key].search(c))
