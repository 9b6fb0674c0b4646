"""Assemble the HTTP API: routers, error handlers, CORS. `create_app(settings)` is the factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from api.deps import StoreProvider
from api.routes import areas, bodies, health, maps, projects, queries, review, units
from dangjian import __version__
from dangjian.config import Settings
from graph.errors import DangjianError, NotFoundError, QueryError, SchemaError, StoreUnavailableError
from graph.store import GraphStore

log = logging.getLogger(__name__)


class UnicodeJSONResponse(JSONResponse):
    """JSON with Chinese names as they are, not \\u-escaped."""

    def render(self, content: object) -> bytes:
        import json

        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def create_app(settings: Settings, store: GraphStore | None = None) -> FastAPI:
    """The app; `store` hands in an open store (tests), else it opens the configured one."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.stores.close()

    app = FastAPI(
        title="dangjian-map API",
        version=__version__,
        summary="The regional party-building network (区域化党建) of Jing'an: which units cover this area?",
        default_response_class=UnicodeJSONResponse,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.stores = StoreProvider(settings, store)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["*"],
        )
    for module in (health, areas, bodies, units, projects, queries, maps, review):
        app.include_router(module.router)
    _add_error_handlers(app, settings)
    return app


def app_from_environment() -> FastAPI:
    """The app of one `dangjian serve --workers N` process, configured from the environment."""
    return create_app(Settings())


def _add_error_handlers(app: FastAPI, settings: Settings) -> None:
    @app.exception_handler(NotFoundError)
    async def not_found(_: Request, exc: NotFoundError) -> JSONResponse:
        return UnicodeJSONResponse({"detail": str(exc), "suggestions": exc.suggestions}, status_code=404)

    @app.exception_handler(QueryError)
    @app.exception_handler(SchemaError)
    async def bad_query(_: Request, exc: DangjianError) -> JSONResponse:
        return UnicodeJSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(StoreUnavailableError)
    async def unavailable(request: Request, exc: StoreUnavailableError) -> JSONResponse:
        request.app.state.stores.mark_unavailable()
        return UnicodeJSONResponse(
            {"detail": f"the store is not available: {exc}"},
            status_code=503,
            headers={"Retry-After": str(settings.retry_after_s)},
        )

    @app.exception_handler(DangjianError)
    async def other_error(_: Request, exc: DangjianError) -> JSONResponse:
        return UnicodeJSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return UnicodeJSONResponse({"detail": "invalid request", "errors": errors}, status_code=422)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return UnicodeJSONResponse({"detail": "internal error; see the server log"}, status_code=500)
