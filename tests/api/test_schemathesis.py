"""Generated requests against the OpenAPI schema: no 5xx, every response matches the schema."""

from __future__ import annotations

import re

import schemathesis
from hypothesis import HealthCheck, given, settings

from api.main import create_app
from dangjian.config import Settings
from graph.store import GraphStore

MIN_REQUESTS = 2000
EXAMPLES_PER_OPERATION = 250
# The map and the poster render whole pages per request; their own tests cover them.
SKIPPED_PATHS = re.compile(r"^/(map|poster)")


def test_generated_requests_conform(dataset_store: GraphStore) -> None:
    app = create_app(Settings(api_key="fuzz-key-123"), dataset_store)  # type: ignore[arg-type]
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    sent = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if SKIPPED_PATHS.match(operation.path):
            continue

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: schemathesis.Case) -> None:
            nonlocal sent
            sent += 1
            case.call_and_validate()

        check()
    assert sent >= MIN_REQUESTS, f"only {sent} generated requests"
