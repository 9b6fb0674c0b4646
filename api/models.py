"""Response models, named by role; they give the OpenAPI schema its shapes."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorPublic(BaseModel):
    """Every error answer: a message, and where it helps, what was wrong or what to try."""

    detail: str
    suggestions: list[str] | None = None
    errors: list[dict[str, Any]] | None = None


NotFound = ErrorPublic

# Documented on every router, replacing FastAPI's default 422 shape with ours.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorPublic, "description": "A parameter is missing or not valid."},
    503: {"model": ErrorPublic, "description": "The store is not reachable; retry after Retry-After."},
}


class SourcePublic(BaseModel):
    document: str
    title: str | None = None
    file: str | None = None
    quote: str | None = None


class NodeRef(BaseModel):
    id: str
    name: str
    label: str | None = None


class NodePublic(NodeRef):
    aliases: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict)
    sources: list[SourcePublic | None] = Field(default_factory=list)


class Health(BaseModel):
    store: str
    reachable: bool
    nodes: int | None = None
    relationships: int | None = None
    detail: str | None = None


class AreaPublic(NodeRef):
    kind: str | None = None
    outside_district: bool = False
    parent: NodeRef | None = None


class AreasPublic(BaseModel):
    data: list[AreaPublic]
    total: int


class Via(BaseModel):
    kind: str = Field(description="located, member or station")
    relation: str
    through: NodeRef
    source: SourcePublic | None = None


class CoveringUnit(NodeRef):
    via: list[Via]


class AreaUnitsPublic(BaseModel):
    area: NodePublic
    units: list[CoveringUnit]
    total: int


class Membership(NodeRef):
    role: str | None = None
    from_: str | None = Field(None, alias="from")
    to: str | None = None
    source: SourcePublic | None = None

    model_config = {"populate_by_name": True}


class BodyMembersPublic(BaseModel):
    body: NodePublic
    as_of: str | None = None
    stated_members: int | None = None
    stated_members_text: str | None = None
    known_members: int
    members: list[Membership]
    total: int
    chair: list[Membership]
    chair_history: list[Membership]


class Link(BaseModel):
    type: str
    direction: str
    other: NodeRef
    properties: dict[str, Any]
    sources: list[SourcePublic | None]


class DocumentRef(BaseModel):
    id: str
    title: str | None = None
    file: str | None = None
    date: str | None = None
    quote: str | None = None


class ProfilePublic(BaseModel):
    node: NodePublic
    memberships: list[Link]
    members: list[Link]
    chairs: list[Link]
    projects: list[Link]
    agreements: list[Link]
    pairings: list[Link]
    stations: list[Link]
    people: list[Link]
    part_of: list[Link]
    parts: list[Link]
    located_in: list[Link]
    awards: list[Link]
    other: list[Link]
    documents: list[DocumentRef]


class SearchHit(NodeRef):
    aliases: list[str] = Field(default_factory=list)


class SearchPublic(BaseModel):
    data: list[SearchHit]
    total: int


class Hop(BaseModel):
    type: str
    start: str
    end: str
    source: SourcePublic | None = None


class PathPublic(BaseModel):
    length: int
    nodes: list[NodeRef]
    hops: list[Hop]


class Claimant(NodeRef):
    year: int | None = None
    source: SourcePublic | None = None


class ProjectPublic(BaseModel):
    id: str
    name: str
    year: int | None = None
    category: str | None = None
    brands: list[str]
    claimants: list[Claimant]
    source: SourcePublic | None = None


class ProjectsPublic(BaseModel):
    data: list[ProjectPublic]
    total: int


class QueryInfo(BaseModel):
    name: str
    title: str
    answers: str
    params: list[dict[str, Any]]
    examples: list[str]


class QueryResultPublic(BaseModel):
    query: str
    rows: list[dict[str, Any]]
    total: int
