"""Extraction quality: gold sets, name matching, precision/recall reports (`kg eval`)."""
