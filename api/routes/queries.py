from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request

from api.common import TEXT, PageDep
from api.deps import StoreDep
from api.models import ERROR_RESPONSES, NotFound, QueryInfo, QueryResultPublic
from queries.runner import describe, query_names, run_named

router = APIRouter(tags=["queries"], responses=ERROR_RESPONSES)

_PAGING = {"limit", "offset"}


@router.get("/queries", response_model=list[QueryInfo])
def list_queries() -> list[dict[str, object]]:
    """Every named query, with its question and parameters."""
    return [describe(name) for name in query_names()]


@router.get(
    "/query/{name}",
    response_model=QueryResultPublic,
    responses={404: {"model": NotFound}},
)
def run_query(
    request: Request,
    store: StoreDep,
    page: PageDep,
    name: Annotated[str, Path(**TEXT, description="A named query from GET /queries.", examples=["areas"])],
) -> dict[str, object]:
    """Run a named, read-only query; its parameters come as query-string parameters."""
    if name not in query_names():
        raise HTTPException(404, detail=f"no query named {name!r}; see GET /queries")
    params = {k: v for k, v in request.query_params.items() if k not in _PAGING}
    if name == "brokers" and "limit" in request.query_params:
        params["limit"] = request.query_params["limit"]
    rows = run_named(store, name, params)
    return {"query": name, "rows": page.of(rows), "total": len(rows)}
