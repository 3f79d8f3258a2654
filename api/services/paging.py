"""Paging of lists grouped in Python (members of a cluster, places)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page_of(items: list[T], page: Page) -> tuple[list[T], int]:
    """The page's slice of items, and how many there are in all."""
    return items[page.offset:page.offset + page.limit], len(items)
