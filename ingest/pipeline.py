"""Entry points: documents in, DocumentGraphs out (no database; see ingest/writer.py)."""

from __future__ import annotations

from pathlib import Path

from graph.model import DocumentGraph
from ingest.extract import extract_document
from ingest.lexicon import Lexicon
from ingest.nlp import get_pipeline
from ingest.readers import SourceDocument, load_corpus, read_document

__all__ = ["extract_document", "extract_path", "extract_file", "SourceDocument"]


def extract_path(path: str | Path, lexicon: Lexicon | None = None) -> list[DocumentGraph]:
    """Every document of a folder (or one file) as a DocumentGraph."""
    nlp = get_pipeline(lexicon)
    return [extract_document(d, lexicon, nlp) for d in load_corpus(path)]


def extract_file(path: str | Path, meta: dict | None = None, lexicon: Lexicon | None = None) -> DocumentGraph:
    return extract_document(read_document(path, meta), lexicon)
