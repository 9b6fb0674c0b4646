from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from api.common import DATE_PATTERN, TEXT, PageDep
from api.deps import ApiKeyDep, StoreDep
from api.models import ERROR_RESPONSES, ErrorPublic
from loaders.review import ingest_text, proposals, review

router = APIRouter(
    tags=["review"],
    dependencies=[ApiKeyDep],
    responses={**ERROR_RESPONSES, 401: {"model": ErrorPublic, "description": "No valid X-API-Key."}},
)


class IngestRequest(BaseModel):
    filename: str = Field(
        pattern=r"^[^/\\\x00-\x1f]{1,120}$",
        description="The article's file name, for citing.",
        examples=["2021-石门二路.txt"],
    )
    text: str = Field(min_length=1, max_length=500_000, description="The article's text.")
    date: str | None = Field(
        None, pattern=DATE_PATTERN, description="The article's date, if the text lacks it."
    )
    accept: bool = Field(False, description="Accept every proposal at once.")


class IngestPublic(BaseModel):
    documents: list[str]
    staged: int
    already_known: int
    accepted: int


class ProposalPublic(BaseModel):
    id: str
    kind: str
    status: str
    summary: str
    document: str | None = None
    confidence: float | None = None


class ProposalsPublic(BaseModel):
    data: list[ProposalPublic]
    total: int


class ReviewedPublic(BaseModel):
    id: str
    status: str
    accepted: int


@router.post("/ingest", response_model=IngestPublic)
def ingest(store: StoreDep, body: IngestRequest) -> dict[str, object]:
    """Extract an article and stage what it states as proposals (needs the API key)."""
    report = ingest_text(store, body.text, name=body.filename, date=body.date, accept=body.accept)
    return vars(report)


@router.get("/review", response_model=ProposalsPublic)
def list_proposals(
    store: StoreDep,
    page: PageDep,
    status: Annotated[Literal["pending", "accepted", "rejected"] | None, Query()] = "pending",
) -> dict[str, object]:
    """Proposals waiting for review (or accepted / rejected ones)."""
    rows = proposals(store, status)
    return {"data": page.of(rows), "total": len(rows)}


@router.post(
    "/review/{proposal_id}/accept", response_model=ReviewedPublic, responses={404: {"model": ErrorPublic}}
)
def accept(store: StoreDep, proposal_id: Annotated[str, Path(**TEXT)]) -> dict[str, object]:
    """Accept a proposal: it becomes a graph fact with its source."""
    return {"id": proposal_id, "status": "accepted", "accepted": review(store, accept=[proposal_id])}


@router.post(
    "/review/{proposal_id}/reject", response_model=ReviewedPublic, responses={404: {"model": ErrorPublic}}
)
def reject(store: StoreDep, proposal_id: Annotated[str, Path(**TEXT)]) -> dict[str, object]:
    """Reject a proposal: it never comes back, even when the article is ingested again."""
    review(store, reject=[proposal_id])
    return {"id": proposal_id, "status": "rejected", "accepted": 0}
