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
    for key, value in params.items():
        where = f"{_path}.{key}" if _path else str(key)
        if not isinstance(key, str) or not _KEY.match(key):
            raise InvalidParameter(f"parameter name {where!r} is not a plain identifier")
        _check_value(value, where)


def _check_value(value: Any, where: str) -> None:
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if not -(2**63) <= value < 2**63:  # the stores' integers are 64-bit: a bigger one was misread silently
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
        check_params(value, where)
        return
    raise InvalidParameter(f"parameter {where} has unsupported type {type(value).__name__}")
