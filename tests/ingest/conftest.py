"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import pytest

from ingest.extract import tagged_names


@pytest.fixture
def tagger_off(monkeypatch: pytest.MonkeyPatch):
    """The statistical tagger turned off by its setting (KG_TAGGER=false), its cached instance dropped before and after."""
    monkeypatch.setenv("KG_TAGGER", "false")
    tagged_names.tagger.cache_clear()
    yield
    monkeypatch.delenv("KG_TAGGER")
    tagged_names.tagger.cache_clear()
