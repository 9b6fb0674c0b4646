"""Claims of party-building projects that the verb 认领 alone does not carry.

* "发出了2019年区域化党建项目的认领倡议": a call to claim the year's projects is a Project,
  "<street><year>年…项目", organised by the body that issues it.
* "为A、B、C三家单位颁发项目认领证书": A, B and C claimed the projects of the call the
  article made before (CLAIMED).
* "通过认领X、Y等“Z”": X and Y are projects of the programme Z (PART_OF), and the sentence's
  unit claimed X, Y and Z (CLAIMED).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.entities import Mention, whole_names
from loaders.extract.relations import Found, fits

_CALL = re.compile(
    r"(?:发出|发布|提出|发起)了?(?:关于)?([^，,。；;、]{2,30}?项目)的?认领(?:倡议|号召|倡议书)"
)
_YEAR_START = re.compile(r"^(?:(?:19|20)\d\d)年")
_CERTIFICATE = re.compile(r"为([^，,。；;]{2,120}?)颁发[^，,。；;]{0,8}?认领证书")
_OF_PROGRAMME = re.compile(r"认领了?([^，,。；;“”\"等]{2,40})等[“\"]([^”\"]{2,20})[”\"]")
_BODIES = ("Unit", "Council", "Alliance", "Committee", "Station", "Area")
_ISSUERS = ("Unit", "Street", "Council", "District")


@dataclass
class ClaimState:
    """The call to claim the article made, for the certificates handed out later."""

    call: Mention | None = None
    year: int | None = None


def _street_of(body: Mention) -> str:
    """ "X街道党工委" → "X街道": the place a call's projects belong to."""
    if body.label == "Street":
        return body.name
    hit = re.search(r"^.+?(?:街道|镇)", body.name)
    return hit.group() if hit else ""


def find_claims(
    sentence: str, mentions: list[Mention], state: ClaimState, year: int | None
) -> tuple[list[Mention], list[Found]]:
    """New project mentions and the claims a sentence states."""
    if "认领" not in sentence:
        return [], []
    new: list[Mention] = []
    out: list[Found] = []
    call = _CALL.search(sentence)
    if call is not None:
        issuers = [m for m in whole_names(mentions) if m.end <= call.start() and m.label in _ISSUERS]
        issuer = issuers[-1] if issuers else None
        words = call[1]
        name = (_street_of(issuer) if issuer is not None and _YEAR_START.match(words) else "") + words
        project = Mention("Project", name, call.start(1), call.end(1), confidence=0.5, nested_ok=True)
        new.append(project)
        state.call, state.year = project, year
        if issuer is not None and fits("ORGANISED", issuer, project):
            out.append(Found("ORGANISED", issuer, project, {}, 0.5))
    certificate = _CERTIFICATE.search(sentence)
    if certificate is not None and state.call is not None:
        lo, hi = certificate.span(1)
        props: dict[str, object] = {"year": state.year} if state.year else {}
        out += [
            Found("CLAIMED", m, state.call, dict(props), 0.5)
            for m in whole_names(mentions)
            if lo <= m.start and m.end <= hi and m.label in _BODIES and fits("CLAIMED", m, state.call)
        ]
    for hit in _OF_PROGRAMME.finditer(sentence):
        new_items, facts = _programme_items(sentence, mentions, hit, year)
        new += new_items
        out += facts
    return new, out


def _programme_items(
    sentence: str, mentions: list[Mention], hit: re.Match[str], year: int | None
) -> tuple[list[Mention], list[Found]]:
    # The programme's mention may hold its quotes.
    lo, hi = hit.start(2) - 1, hit.end(2)
    programme = next((m for m in mentions if m.label == "Project" and lo <= m.start < hi), None)
    claimers = [m for m in whole_names(mentions) if m.end <= hit.start() and m.label in _BODIES]
    if programme is None or not claimers:
        return [], []
    claimer = claimers[-1]
    items: list[Mention] = []
    at = hit.start(1)
    for word in hit[1].split("、"):
        known = next((m for m in mentions if m.start == at and m.end == at + len(word)), None)
        if known is None and word.strip():
            known = Mention("Project", word, at, at + len(word), confidence=0.4, in_list=True)
            items.append(known)
        at += len(word) + 1
        if known is not None and known.label == "Project":
            items = items if known in items else [*items, known]
    props: dict[str, object] = {"year": year} if year else {}
    out = [Found("PART_OF", p, programme, {}, 0.4) for p in items if fits("PART_OF", p, programme)]
    out += [
        Found("CLAIMED", claimer, p, dict(props), 0.4)
        for p in [*items, programme]
        if fits("CLAIMED", claimer, p)
    ]
    return [p for p in items if p not in mentions], out
