from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.common import TEXT, PageDep, resolve
from api.deps import StoreDep
from api.models import ERROR_RESPONSES, NotFound, ProjectsPublic
from queries import answers

router = APIRouter(tags=["projects"], responses=ERROR_RESPONSES)


@router.get("/projects", response_model=ProjectsPublic, responses={404: {"model": NotFound}})
def list_projects(
    store: StoreDep,
    page: PageDep,
    year: Annotated[int | None, Query(ge=1900, le=2100, examples=[2020])] = None,
    claimed_by: Annotated[str | None, Query(**TEXT, description="Claimant: id, name or alias.")] = None,
    brand: Annotated[str | None, Query(**TEXT, description="Brand: id, name or alias.")] = None,
    unclaimed: Annotated[bool | None, Query(description="true: only projects no one claimed.")] = None,
) -> dict[str, object]:
    """Projects by year, brand or claimant, or those no one has claimed."""
    rows = answers.projects(
        store,
        year=year,
        brand=resolve(store, brand, "Brand")["id"] if brand else None,
        claimed_by=resolve(store, claimed_by)["id"] if claimed_by else None,
        unclaimed=unclaimed,
    )
    return {"data": page.of(rows), "total": len(rows)}
