"""Errors raised by ingestion. Catch `IngestError` to handle all of them."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """Root of every ingestion error."""


class DocumentError(IngestError):
    """One document cannot be ingested: which file, why, and what to do about it.

    `reason` and `next_step` never contain a path, so they can be shown to an
    uploader (the server's temp folder stays private); str() names the file."""

    def __init__(self, path: str | Path, reason: str, next_step: str = ""):
        self.path, self.reason, self.next_step = str(path), reason, next_step
        super().__init__(f"{path}: {reason}" + (f"; {next_step}" if next_step else ""))

    @property
    def public(self) -> str:
        """The message without the path."""
        return self.reason + (f"; {self.next_step}" if self.next_step else "")


class UnsupportedDocument(DocumentError):
    """The file type has no reader (e.g. `.xls`)."""


class DocumentReadError(DocumentError):
    """The file exists and has a known type but its content cannot be read."""


class LexiconError(IngestError):
    """A lexicon file is malformed (missing name/type, unknown type, bad YAML)."""
