from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from api.common import TEXT, AsOf, PageDep, check_date, resolve
from api.deps import StoreDep
from api.models import ERROR_RESPONSES, AreasPublic, AreaUnitsPublic, NotFound
from queries import answers
from queries.runner import run_named

router = APIRouter(prefix="/areas", tags=["areas"], responses=ERROR_RESPONSES)


@router.get("", response_model=AreasPublic)
def list_areas(store: StoreDep, page: PageDep) -> dict[str, object]:
    """Every area, street and district, with its parent and kind."""
    rows = run_named(store, "areas")
    data = [
        {
            "id": r["id"],
            "name": r["name"],
            "label": r["label"],
            "kind": r["kind"],
            "outside_district": bool(r["outside_district"]),
            "parent": {"id": r["parent_id"], "name": r["parent_name"]} if r["parent_id"] else None,
        }
        for r in rows
    ]
    return {"data": page.of(data), "total": len(data)}


@router.get(
    "/{ref}/units",
    response_model=AreaUnitsPublic,
    responses={404: {"model": NotFound}},
)
def area_units(
    store: StoreDep,
    page: PageDep,
    ref: Annotated[str, Path(**TEXT, description="Area id, name or alias.", examples=["兴业太古汇商圈"])],
    as_of: AsOf = None,
    via: Annotated[
        Literal["located", "member", "station"] | None,
        Query(description="Only units that cover the area this way."),
    ] = None,
) -> dict[str, object]:
    """Which units cover this area (its sub-areas and buildings included), and how."""
    area = resolve(store, ref, "Area", "Street", "District", "Building")
    return answers.area_units(
        store, area["id"], as_of=check_date(as_of), via=via, offset=page.offset, limit=page.limit
    )
