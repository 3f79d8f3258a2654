"""Extraction: a cleaned document -> its DocumentGraph (no database).

`extract_document` runs the spaCy pipeline (nlp.py) and then the rule
components in the order listed in document.py.
"""

from ingest.extract.document import extract_document

__all__ = ["extract_document"]
