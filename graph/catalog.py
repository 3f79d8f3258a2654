"""The catalogue of named, parameterised Cypher queries in cypher/queries/.

Each file starts with a header of `// key: value` lines:

    // name: enterprise_clusters
    // description: The clusters an enterprise belongs to, directly or through its projects.
    // mode: read                      (read | write)
    // params: ref: str, limit: int[1..500] = 50    (an int may declare its range, either end open)
    // returns: cluster_id, cluster, role, via, evidence
    // templates: label                (optional; slots filled only from the allow-list)
    // example: {"ref": "鲁西集团"}     (optional JSON object of params; required when a param has no default)

The example is what tests and docs run the query with: tests/graph/test_catalog.py
runs every read query with its example, so each query is exercised on a real graph.

A file of the same name under cypher/queries/<backend>/ replaces the body for
that backend only, where the dialects differ; it must declare the same params.
Template slots (`{{label}}`, `{{rel_type}}`) take only values of
graph.model.LABELS / REL_TYPES: they exist because neither backend accepts a
label as a parameter, and no user text ever reaches them.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.errors import InvalidParameter, QueryNotFound
from graph.model import LABELS, REL_TYPES
from graph.store import GraphStore

CYPHER_DIR = Path(__file__).resolve().parent.parent / "cypher"
BACKENDS = ("falkordb", "neo4j")
TEMPLATE_VALUES: dict[str, frozenset[str]] = {"label": LABELS, "rel_type": REL_TYPES}

_HEADER = re.compile(r"^//\s*(\w+)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(\w+)\s*:\s*(list\[str\]|\w+)(?:\[(-?\d*)\.\.(-?\d*)\])?\s*(?:=\s*(.+))?$")
INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # what both stores hold in an integer
_COUNTS = {"limit", "skip", "offset"}
_SLOT = re.compile(r"\{\{(\w+)\}\}")
_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,), "int": (int,), "float": (int, float), "bool": (bool,),
    "list": (list, tuple), "list[str]": (list, tuple), "map": (dict,), "rows": (list, tuple),
}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: Any = None
    required: bool = True
    minimum: int | None = None  # declared range of an int (`limit: int[1..500]`)
    maximum: int | None = None

    def _in_range(self, value: Any) -> Any:
        if self.type != "int" or value is None:
            return value
        low = INT_MIN if self.minimum is None else self.minimum
        high = INT_MAX if self.maximum is None else self.maximum
        if not low <= value <= high:
            raise InvalidParameter(f"parameter {self.name} must be between {low} and {high}, got {value}")
        return value

    def coerce(self, value: Any) -> Any:
        """Accept text for scalar types (CLI and query strings); check types and declared ranges."""
        return self._in_range(self._typed(value))

    def _typed(self, value: Any) -> Any:
        if isinstance(value, str) and self.type in ("int", "float", "bool"):
            try:
                if self.type == "bool":
                    if value.lower() not in ("true", "false", "1", "0"):
                        raise ValueError(value)
                    return value.lower() in ("true", "1")
                return int(value) if self.type == "int" else float(value)
            except ValueError:
                raise InvalidParameter(f"parameter {self.name} must be {self.type}, got {value!r}") from None
        if self.type == "float" and isinstance(value, float) and not math.isfinite(value):
            raise InvalidParameter(f"parameter {self.name} must be a finite number")
        if self.type in ("int", "float") and isinstance(value, bool) or not isinstance(value, _TYPES[self.type]):
            if value is None and not self.required:
                return None
            raise InvalidParameter(f"parameter {self.name} must be {self.type}, got {type(value).__name__}")
        return value


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    mode: str
    params: tuple[Param, ...]
    returns: tuple[str, ...]
    templates: tuple[str, ...]
    body: str
    path: Path
    overrides: dict[str, str] = field(default_factory=dict)  # backend -> body
    example: dict[str, Any] | None = None  # params to run it with (header `// example: {json}`)

    def text(self, backend: str, **slots: str) -> str:
        body = self.overrides.get(backend, self.body)
        for slot in self.templates:
            value = slots.get(slot)
            if value not in TEMPLATE_VALUES[slot]:
                raise InvalidParameter(f"{self.name}: {slot} must be one of {sorted(TEMPLATE_VALUES[slot])}, got {value!r}")
            body = body.replace("{{" + slot + "}}", value)
        return body

    def bind(self, params: dict[str, Any] | None) -> dict[str, Any]:
        """Declared params only, defaults filled, types checked."""
        params = dict(params or {})
        declared = {p.name: p for p in self.params}
        unknown = sorted(set(params) - set(declared))
        if unknown:
            raise InvalidParameter(f"{self.name}: unknown parameter(s) {', '.join(unknown)}; declared: {', '.join(declared) or 'none'}")
        bound: dict[str, Any] = {}
        for p in self.params:
            if p.name in params:
                bound[p.name] = p.coerce(params[p.name])
            elif p.required:
                raise InvalidParameter(f"{self.name}: missing parameter {p.name} ({p.type})")
            else:
                bound[p.name] = p.default
        return bound


def _parse_default(raw: str, type_: str) -> Any:
    raw = raw.strip()
    if raw == "null":
        return None
    if type_ == "int":
        return int(raw)
    if type_ == "float":
        return float(raw)
    if type_ == "bool":
        return raw == "true"
    if type_ in ("list", "list[str]", "rows"):
        if raw != "[]":
            raise ValueError(f"only [] is allowed as a list default, got {raw}")
        return []
    return raw.strip("'\"")


def parse_query_file(path: Path) -> NamedQuery:
    header: dict[str, str] = {}
    body_lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _HEADER.match(line)
        if m and not body_lines:
            header[m.group(1)] = m.group(2)
        elif line.strip() or body_lines:
            body_lines.append(line)
    for key in ("name", "description", "mode", "returns"):
        if key not in header:
            raise ValueError(f"{path}: header line '// {key}: …' is missing")
    if header["name"] != path.stem:
        raise ValueError(f"{path}: name {header['name']!r} must match the file name")
    if header["mode"] not in ("read", "write"):
        raise ValueError(f"{path}: mode must be read or write")
    params = []
    for item in filter(None, (s.strip() for s in header.get("params", "").split(","))):
        m = _PARAM.match(item)
        if not m or m.group(2) not in _TYPES or (m.group(3) is not None and m.group(2) != "int"):
            raise ValueError(f"{path}: bad param declaration {item!r} (name: type [= default], int[lo..hi]; types {sorted(_TYPES)})")
        name, type_, low, high, default = m.groups()
        has_default = default is not None
        if type_ == "int" and name in _COUNTS and not low:
            low = "0"  # LIMIT/SKIP below 0 is a store error (a 500), whether or not the header says so
        param = Param(name, type_, _parse_default(default, type_) if has_default else None, not has_default,
                      int(low) if low else None, int(high) if high else None)
        if has_default:
            param._in_range(param.default)
        params.append(param)
    templates = tuple(filter(None, (s.strip() for s in header.get("templates", "").split(","))))
    for slot in templates:
        if slot not in TEMPLATE_VALUES:
            raise ValueError(f"{path}: unknown template slot {slot!r}")
    example = _parse_example(path, header.get("example"), params)
    body = "\n".join(body_lines).strip().rstrip(";")
    for slot in _SLOT.findall(body):
        if slot not in templates:
            raise ValueError(f"{path}: slot {{{{{slot}}}}} is used but not declared in '// templates:'")
    return NamedQuery(
        name=header["name"], description=header["description"], mode=header["mode"], params=tuple(params),
        returns=tuple(filter(None, (s.strip() for s in header["returns"].split(",")))), templates=templates,
        body=body, path=path, example=example,
    )


def _parse_example(path: Path, raw: str | None, params: list[Param]) -> dict[str, Any] | None:
    if raw is None:
        return None
    try:
        example = json.loads(raw)
    except ValueError as e:
        raise ValueError(f"{path}: the example is not JSON: {e}") from None
    if not isinstance(example, dict):
        raise ValueError(f"{path}: the example must be a JSON object of params")
    unknown = sorted(set(example) - {p.name for p in params})
    if unknown:
        raise ValueError(f"{path}: the example names undeclared param(s) {', '.join(unknown)}")
    return example


class Catalog:
    def __init__(self, queries: dict[str, NamedQuery]):
        self._queries = queries

    @classmethod
    def load(cls, root: Path = CYPHER_DIR / "queries") -> Catalog:
        queries: dict[str, NamedQuery] = {}
        for path in sorted(root.glob("*.cypher")):
            q = parse_query_file(path)
            overrides = {}
            for backend in BACKENDS:
                alt = root / backend / path.name
                if alt.exists():
                    oq = parse_query_file(alt)
                    if oq.params != q.params or oq.mode != q.mode or oq.templates != q.templates:
                        raise ValueError(f"{alt}: its header must declare the same mode, params and templates as {path}")
                    overrides[backend] = oq.body
            queries[q.name] = NamedQuery(**{**q.__dict__, "overrides": overrides})
        for backend in BACKENDS:
            for alt in (root / backend).glob("*.cypher"):
                if alt.stem not in queries:
                    raise ValueError(f"{alt}: an override without a shared query of that name")
        return cls(queries)

    def __contains__(self, name: str) -> bool:
        return name in self._queries

    def __iter__(self):
        return iter(sorted(self._queries.values(), key=lambda q: q.name))

    def get(self, name: str) -> NamedQuery:
        try:
            return self._queries[name]
        except KeyError:
            raise QueryNotFound(f"no query named {name!r}; see `kg query --list`") from None

    def run(self, store: GraphStore, name: str, params: dict[str, Any] | None = None,
            *, timeout_ms: int | None = None, **slots: str) -> list[dict[str, Any]]:
        q = self.get(name)
        text = q.text(store.backend, **slots)
        bound = q.bind(params)
        if q.mode == "read":
            return store.read(text, bound, timeout_ms=timeout_ms)
        return store.write(text, bound)

    def write_batch(self, store: GraphStore, name: str, rows: list[dict[str, Any]],
                    *, batch_size: int = 5000, **slots: str) -> int:
        """A write query whose only parameter is `rows: rows`, run in chunks."""
        q = self.get(name)
        if q.mode != "write" or [p.name for p in q.params] != ["rows"]:
            raise InvalidParameter(f"{name}: write_batch needs a write query whose only parameter is rows")
        return store.write_batch(q.text(store.backend, **slots), rows, batch_size=batch_size)


def schema_statements(backend: str) -> list[str]:
    """The statements of cypher/schema/<backend>.cypher, split on ';' at line ends."""
    text = (CYPHER_DIR / "schema" / f"{backend}.cypher").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


@lru_cache(maxsize=1)
def get_catalog() -> Catalog:
    return Catalog.load()
