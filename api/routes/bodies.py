from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from api.common import TEXT, AsOf, PageDep, check_date, resolve
from api.deps import StoreDep
from api.models import ERROR_RESPONSES, BodyMembersPublic, NotFound
from queries import answers

router = APIRouter(prefix="/bodies", tags=["bodies"], responses=ERROR_RESPONSES)


@router.get("/{ref}/members", response_model=BodyMembersPublic, responses={404: {"model": NotFound}})
def body_members(
    store: StoreDep,
    page: PageDep,
    ref: Annotated[
        str,
        Path(
            **TEXT,
            description="Council, alliance or committee: id, name or alias.",
            examples=["兴业太古汇商圈党建联席会议"],
        ),
    ],
    as_of: AsOf = None,
) -> dict[str, object]:
    """Members of a body (as of a date), its stated size, and its chair."""
    body = resolve(store, ref, "Council", "Alliance", "Committee", "Unit")
    result = answers.body_members(store, body["id"], as_of=check_date(as_of))
    members = result["members"]
    return {**result, "members": page.of(members), "total": len(members)}
