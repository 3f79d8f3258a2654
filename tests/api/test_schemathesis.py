"""Property-based run of the OpenAPI schema against the real app on the corpus graph:
no server errors, and every response conforms to the schema (status, content type, body)."""

from __future__ import annotations

import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)
from schemathesis.checks import not_a_server_error

MAX_EXAMPLES = 12  # per operation: the whole run stays well under a minute on 2 cores
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def test_openapi_schema_holds(corpus_app: FastAPI) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", corpus_app)
    failures: list[str] = []
    operations = calls = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @given(case=operation.as_strategy())
        @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case: schemathesis.Case) -> None:
            nonlocal calls
            calls += 1
            case.call_and_validate(checks=CHECKS)

        try:
            run()
        except Exception as e:  # collect every operation's failure, not only the first
            failures.append(f"{operation.label}: {type(e).__name__}: {str(e)[:800]}")
    assert operations >= 20 and calls >= 5 * operations
    assert not failures, "\n\n".join(failures)
