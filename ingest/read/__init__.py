"""Reading: files (txt, md, html, docx, pdf) -> cleaned text with offsets back to the raw text."""

from ingest.read.files import (
    META_FIELDS,
    SUPPORTED_SUFFIXES,
    SourceDocument,
    corpus_files,
    load_corpus,
    metadata_from_text,
    read_document,
    read_raw,
)

__all__ = ["META_FIELDS", "SUPPORTED_SUFFIXES", "SourceDocument", "corpus_files", "load_corpus", "metadata_from_text",
           "read_document", "read_raw"]
