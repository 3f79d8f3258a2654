"""The `CYPHER name=value …` header that carries parameters to FalkorDB, written by orjson.

FalkorDB takes parameters only as literals in front of the query text. The `falkordb`
client writes them with a recursive Python function; for a document's rows that cost as
much as the server's work (bench/bench_store.py). orjson writes JSON in C, and JSON is a
Cypher literal but for two points handled here:

* map keys: Cypher wants identifiers, not strings, so each `"key":` becomes `` `key`: ``.
  Safe as a plain replace: every key is an identifier (scan_params checks it), and inside
  a JSON string a quote is always escaped, so `"key":` can only be a key;
* `\\uXXXX` escapes (control characters other than \\b \\f \\n \\r \\t), which FalkorDB reads
  literally: such values, and anything orjson refuses, go the client's way instead.

The values accepted and refused are exactly those of graph.values.check_params.
"""

from __future__ import annotations

from typing import Any

import orjson
from falkordb.helpers import stringify_param_value

from graph.values import check_params, scan_params


def params_header(params: dict[str, Any] | None) -> str:
    """The header to put before the query text ('' without parameters); raises InvalidParameter."""
    return header_text(params, checked_keys(params))


def checked_keys(params: dict[str, Any] | None) -> set[str] | None:
    """Check `params` (InvalidParameter names a refused value); the map keys they hold, for
    header_text, or None when a value must go the client's way (e.g. a subclass of str)."""
    keys: set[str] = set()
    if not params or scan_params(params, keys):
        return keys
    check_params(params)
    return None


def header_text(params: dict[str, Any] | None, keys: set[str] | None) -> str:
    """The header of parameters already checked (`keys` from checked_keys)."""
    if not params:
        return ""
    if keys is not None:
        parts = [_literal(value, keys) for value in params.values()]
        if None not in parts:
            return "CYPHER " + " ".join(f"`{name}`={text}" for name, text in zip(params, parts)) + " "
    return "CYPHER " + " ".join(f"`{k}`={stringify_param_value(v)}" for k, v in params.items()) + " "


def _literal(value: Any, keys: set[str]) -> str | None:
    """`value` as a Cypher literal, or None where orjson's text would not read back the same."""
    try:
        text = orjson.dumps(value)
    except TypeError:  # a type orjson does not write (a subclass of str or int)
        return None
    if b"\\u" in text:
        return None
    if keys and type(value) in (dict, list, tuple):
        for key in keys:
            text = text.replace(b'"%s":' % key.encode(), b"`%s`:" % key.encode())
    return text.decode()
