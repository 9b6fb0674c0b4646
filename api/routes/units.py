from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from api.common import TEXT, Label, PageDep, resolve
from api.deps import StoreDep
from api.models import ERROR_RESPONSES, NotFound, PathPublic, ProfilePublic, SearchPublic
from graph import schema
from queries import answers
from queries.runner import run_named

router = APIRouter(tags=["units"], responses=ERROR_RESPONSES)


@router.get("/units/{ref}", response_model=ProfilePublic, responses={404: {"model": NotFound}})
def unit_profile(
    store: StoreDep,
    ref: Annotated[
        str, Path(**TEXT, description="Unit (or any node): id, name or alias.", examples=["国际集团"])
    ],
) -> dict[str, object]:
    """A unit's profile: memberships, chairs, projects, agreements, pairings, stations, people, sources."""
    unit = resolve(store, ref, "Unit", *[label for label in schema.LABELS if label != "Unit"])
    return answers.profile(store, unit["id"])


@router.get("/search", response_model=SearchPublic)
def search(
    store: StoreDep,
    page: PageDep,
    q: Annotated[str, Query(**TEXT, description="Text in a name or alias.", examples=["太古汇"])],
    label: Annotated[Label | None, Query(description="Only this label.", examples=["Unit"])] = None,
) -> dict[str, object]:
    """Substring and alias search over names."""
    rows = run_named(store, "search", {"q": q, "label": label.value if label else None})
    return {"data": page.of(rows), "total": len(rows)}


@router.get("/path", response_model=PathPublic, responses={404: {"model": NotFound}})
def path(
    store: StoreDep,
    from_: Annotated[
        str, Query(**TEXT, alias="from", description="One end: id, name or alias.", examples=["国际集团"])
    ],
    to: Annotated[
        str, Query(**TEXT, description="The other end: id, name or alias.", examples=["兴业太古汇商圈"])
    ],
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
