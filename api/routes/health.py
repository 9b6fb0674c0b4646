from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from api.models import ERROR_RESPONSES, Health
from graph.errors import StoreError

router = APIRouter(tags=["health"], responses=ERROR_RESPONSES)


@router.get("/health", response_model=Health, responses={503: {"model": Health}})
def health(request: Request) -> Health | JSONResponse:
    """Store kind, whether it answers, and how much it holds."""
    provider = request.app.state.stores
    settings = request.app.state.settings
    kind = "neo4j" if settings.store == "neo4j" else "falkordb"
    try:
        store = provider.get()
        counts = store.counts()
    except StoreError as exc:
        provider.mark_unavailable()
        body = Health(store=kind, reachable=False, detail=str(exc))
        return JSONResponse(
            body.model_dump(), status_code=503, headers={"Retry-After": str(settings.retry_after_s)}
        )
    return Health(store=store.kind, reachable=True, nodes=counts.nodes, relationships=counts.relationships)
