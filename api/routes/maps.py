from __future__ import annotations

import tempfile
from pathlib import Path as FilePath
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response

from api.common import TEXT, AsOf, Label, check_date, resolve
from api.deps import StoreDep
from api.models import ERROR_RESPONSES, NotFound
from graph.store import GraphStore


def street_id(store: GraphStore, ref: str | None) -> str | None:
    """A street's id; the district (or no street) means the whole map."""
    if ref is None:
        return None
    node = resolve(store, ref, "Street", "District")
    return node["id"] if node["label"] == "Street" else None


router = APIRouter(tags=["maps"], responses=ERROR_RESPONSES)


@router.get("/map", response_class=HTMLResponse, responses={404: {"model": NotFound}})
def network_map(
    store: StoreDep,
    street: Annotated[str | None, Query(**TEXT, description="Only this street: id, name or alias.")] = None,
    focus: Annotated[str | None, Query(**TEXT, description="Centre on this node: id, name or alias.")] = None,
    depth: Annotated[int, Query(ge=1, le=6)] = 2,
    as_of: AsOf = None,
    label: Annotated[list[Label] | None, Query(description="Only these labels.")] = None,
) -> HTMLResponse:
    """The interactive network map: one self-contained HTML page that works offline."""
    from viz import render_map_html

    html = render_map_html(
        store.fetch_graph(),
        street=street_id(store, street),
        focus=resolve(store, focus)["id"] if focus else None,
        depth=depth,
        as_of=check_date(as_of),
        labels=[lab.value for lab in label] if label else None,
    )
    return HTMLResponse(html)


@router.get(
    "/poster.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, 404: {"model": NotFound}},
)
def poster(
    store: StoreDep,
    street: Annotated[str | None, Query(**TEXT, description="Only this street: id, name or alias.")] = None,
    size: Annotated[Literal["A3", "A2", "A1"], Query()] = "A3",
    as_of: AsOf = None,
) -> Response:
    """The print-ready poster (党建版图) as a vector PDF."""
    from viz import render_poster

    street_id_ = street_id(store, street)
    with tempfile.TemporaryDirectory() as tmp:
        out = FilePath(tmp) / "poster.pdf"
        render_poster(store.fetch_graph(), out, street=street_id_, size=size, as_of=check_date(as_of))
        return Response(out.read_bytes(), media_type="application/pdf")
