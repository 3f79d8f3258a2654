"""Errors raised by ingestion. Catch `IngestError` to handle all of them."""

from __future__ import annotations


class IngestError(Exception):
    """Root of every ingestion error."""


class UnsupportedDocument(IngestError):
    """The file type has no reader (e.g. `.xls`)."""


class DocumentReadError(IngestError):
    """The file exists and has a known type but its content cannot be read."""


class LexiconError(IngestError):
    """A lexicon file is malformed (missing name/type, unknown type, bad YAML)."""
