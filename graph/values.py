"""Turn backend result objects into plain Python values (dicts, lists, scalars).

Nodes become {"element_id", "labels", "properties"}, relationships
{"element_id", "type", "start", "end", "properties"}, paths
{"nodes": [...], "relationships": [...]}, the same shape from both backends.
"""

from __future__ import annotations

import math
import re
from typing import Any

from graph.errors import InvalidParameter

_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def node_dict(element_id: str, labels: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {"element_id": element_id, "labels": sorted(labels), "properties": dict(properties)}


def rel_dict(element_id: str, rel_type: str, start: str, end: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {"element_id": element_id, "type": rel_type, "start": start, "end": end, "properties": dict(properties)}


def check_params(params: dict[str, Any], _path: str = "") -> None:
    """Refuse values the FalkorDB client cannot carry faithfully.

    The `falkordb` client writes parameters into the query text (a `CYPHER k=v`
    header): a NUL character cuts the query short, NaN/inf print as bare words,
    and map keys outside identifiers need quoting it cannot always do. We refuse
    these here, for both backends, so that behaviour does not depend on the store.
    """
    if not scan_params(params, set()):
        _explain(params, _path)


def scan_params(value: Any, keys: set[str]) -> bool:
    """True when check_params accepts `value`; adds every map key met to `keys`.

    The fast walk of every write (a document's rows are tens of thousands of values):
    no error text is built here; `_explain` walks again to name the bad value.
    """
    t = type(value)
    if t is str:
        return "\x00" not in value
    if t is dict:
        for k, v in value.items():
            if k not in keys:
                if type(k) is not str or not _KEY.match(k):
                    return False
                keys.add(k)
            if not scan_params(v, keys):
                return False
        return True
    if t is list or t is tuple:
        for v in value:
            if not scan_params(v, keys):
                return False
        return True
    if value is None or t is bool:
        return True
    if t is int:
        return _INT64[0] <= value <= _INT64[1]
    if t is float:
        return math.isfinite(value)
    return False


_INT64 = (-(2**63), 2**63 - 1)


def _explain(params: dict[str, Any], _path: str) -> None:
    """Raise InvalidParameter naming the first value check_params refuses."""
    for key, value in params.items():
        where = f"{_path}.{key}" if _path else str(key)
        if not isinstance(key, str) or not _KEY.match(key):
            raise InvalidParameter(f"parameter name {where!r} is not a plain identifier")
        _check_value(value, where)


def _check_value(value: Any, where: str) -> None:
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if not _INT64[0] <= value <= _INT64[1]:
            raise InvalidParameter(f"parameter {where} is outside the 64-bit integer range")
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidParameter(f"parameter {where} is not a finite number")
        return
    if isinstance(value, str):
        if "\x00" in value:
            raise InvalidParameter(f"parameter {where} contains a NUL character")
        return
    if isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _check_value(item, f"{where}[{i}]")
        return
    if isinstance(value, dict):
        _explain(value, where)
        return
    raise InvalidParameter(f"parameter {where} has unsupported type {type(value).__name__}")
