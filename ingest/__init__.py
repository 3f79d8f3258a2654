"""Extraction pipeline: documents -> graph.model.DocumentGraph (no database here)."""
