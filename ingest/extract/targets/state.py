"""The target rule's state over one document, declared in one place.

The component (document.extract_document) makes one `TargetState` per document and hands it to
`rule_prose_targets` for each sentence and to `fill_scopes` at the end; the modules of this package read and write
its fields (the years a plan carries, the headings' years, the last batch planned…), nothing is kept on the builder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (scope.py reads the state too)
    from ingest.extract.targets.scope import Places


@dataclass
class TargetState:
    """What the target rule keeps over one document, from sentence to sentence (the component makes one per document,
    document.extract_document, and hands it to `rule_prose_targets` for each sentence and to `fill_scopes` at the end).
    Read and written only by the modules of this package."""

    # paragraph start -> the last indicator named in it (这一比例, the share or rate of the indicator just named)
    memory: dict[int, str] = field(default_factory=dict)
    places: Places | None = None  # the document's scope words, read at its first prose sentence (Places)
    # (year, end of the sentence that set or carried it): a plan's to-year the paragraphs after it carry (carried_year)
    carry: tuple[int, int] | None = None
    # paragraph start -> (the division a 全县/全旗 gave a figure of it, where that figure ends) (paragraph_whole)
    whole_scopes: dict[int, tuple[str, int]] = field(default_factory=dict)
    # (paragraph start, sentence end) of the last sentence that counted a batch of projects as a target
    # (breakdown_of_planned: its 其中 breakdown in the next sentence is planned too)
    planned_batch: tuple[int, int] | None = None
    # (line start, year, whether it heads a review) of the document's year headings, read once (heading_year)
    heads: list[tuple[int, int, bool]] | None = None
    estimate_below: int | None = None  # where the text first says its figures are estimates, -1 never (estimate_below)
