from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from api.common import PageDep, resolve
from api.deps import StoreDep
from api.models import NotFound, PathPublic, ProfilePublic, SearchPublic
from graph import schema
from queries import answers
from queries.runner import run_named

router = APIRouter(tags=["units"])


@router.get("/units/{ref}", response_model=ProfilePublic, responses={404: {"model": NotFound}})
def unit_profile(
    store: StoreDep,
    ref: Annotated[str, Path(description="Unit (or any node): id, name or alias.", examples=["国际集团"])],
) -> dict[str, object]:
    """A unit's profile: memberships, chairs, projects, agreements, pairings, stations, people, sources."""
    unit = resolve(store, ref, "Unit", *[label for label in schema.LABELS if label != "Unit"])
    return answers.profile(store, unit["id"])


@router.get("/search", response_model=SearchPublic)
def search(
    store: StoreDep,
    page: PageDep,
    q: Annotated[
        str, Query(min_length=1, max_length=200, description="Text in a name or alias.", examples=["太古汇"])
    ],
    label: Annotated[str | None, Query(description="Only this label.", examples=["Unit"])] = None,
) -> dict[str, object]:
    """Substring and alias search over names."""
    if label is not None:
        schema.node_spec(label)
    rows = run_named(store, "search", {"q": q, "label": label})
    return {"data": page.of(rows), "total": len(rows)}


@router.get("/path", response_model=PathPublic, responses={404: {"model": NotFound}})
def path(
    store: StoreDep,
    from_: Annotated[
        str, Query(alias="from", description="One end: id, name or alias.", examples=["国际集团"])
    ],
    to: Annotated[str, Query(description="The other end: id, name or alias.", examples=["兴业太古汇商圈"])],
) -> dict[str, object]:
    """The shortest connection between two nodes, with every hop's source."""
    start = resolve(store, from_)
    end = resolve(store, to)
    if start["id"] == end["id"]:
        return {"length": 0, "nodes": [start], "hops": []}
    found = answers.connection(store, start["id"], end["id"])
    if found is None:
        raise HTTPException(404, detail=f"no connection between {start['name']} and {end['name']}")
    return found
