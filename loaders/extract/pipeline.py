"""An article → candidate nodes and relationships, each resting on one sentence."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import partial
from pathlib import Path

from graph.ids import node_id, normalise_name
from loaders.extract.awards import AwardList, awarder, find_award_lists, subtitle_runners
from loaders.extract.candidate import CandidateNode, CandidateRel, Candidates, DocumentInfo, Evidence
from loaders.extract.claims import ClaimState, find_claims
from loaders.extract.collect import add_candidate_rel, add_node, add_rel
from loaders.extract.committees import find_founded_committees
from loaders.extract.dates import ArticleDate, detect_article_date, resolve_date, resolve_year
from loaders.extract.entities import (
    Mention,
    find_committee_departments,
    find_communities,
    find_democratic_party_bodies,
    find_district_bodies,
    find_districts,
    find_organisations,
    find_short_streets,
    official_name,
    starts_word,
)
from loaders.extract.events import (
    EventState,
    find_drawn,
    find_held,
    find_launches,
    find_participants,
    find_venues,
    find_visit,
    find_visits,
    fold_into_meeting,
    inherit_organiser,
    may_hold,
    note_moment,
    note_sub_event,
    qualify_in_place,
    update_state,
)
from loaders.extract.linking import Gazetteer
from loaders.extract.lists import find_list_units, find_set_up, find_shared_area_suffix, find_shared_suffix
from loaders.extract.locality import AREA_WORDS, find_floor_places, find_stationed
from loaders.extract.merging import (
    merge,
    merge_body_forms,
    merge_body_suffixes,
    merge_bracketed,
    merge_by_alias,
    merge_events,
    merge_party_bodies,
    merge_short_names,
)
from loaders.extract.offices import find_offices, office_parts
from loaders.extract.ownership import find_ownership
from loaders.extract.people import find_people, find_people_titled_after
from loaders.extract.positions import find_positions
from loaders.extract.publisher import publishing_unit, self_references
from loaders.extract.quoted import find_project_lists, find_quoted
from loaders.extract.relations import Found, find_events, find_relations
from loaders.extract.relative import (
    BARE_DISTRICT_BODIES,
    OWN_HEAD,
    RELATIVE_HEAD,
    about_one_street,
    bare_street,
    known_place_named,
    link,
    main_street_of,
    party_committees,
    qualify_home_district,
    qualify_own,
    relink_elsewhere,
    unshorten_inside,
)
from loaders.extract.script import readable
from loaders.extract.sections import (
    SectionState,
    district_short_forms,
    qualify_district,
    section_facts,
    section_mentions,
)
from loaders.extract.structure import (
    find_acronym_units,
    find_board_chair,
    find_building_committees,
    find_building_staff,
    find_chair_delegate,
    find_counted_parts,
    find_earlier_stations,
    find_handover,
    find_runs,
)
from loaders.extract.text import Sentence, split_sentences
from loaders.gc_relaxed import gc_relaxed
from loaders.textfile import read_text

_PLACES = ("Street", "Area", "Building", "District")
# A company's departments ("党群工作部"): part of a title after the company's name.
_DEPARTMENT = ("工作部",)
_BODIES = ("Council", "Alliance", "Committee")
_OWN_PREFIXES = ("街道", "区域化党建", "党建工作")
_HEADLINE = re.compile(r"^[^。，,；;：:]{6,40}$")


def extract_file(path: Path, *, gazetteer: Gazetteer | None = None) -> Candidates:
    """Read an article (encoding detected) and extract its candidate graph."""
    return extract_text(read_text(path), document_name=path.name, gazetteer=gazetteer)


def extract_text(
    text: str,
    *,
    document_name: str,
    article_date: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Candidates:
    with gc_relaxed():
        return _extract(text, document_name, article_date, gazetteer)


def _extract(
    original: str, document_name: str, article_date: str | None, gazetteer: Gazetteer | None
) -> Candidates:
    # The rules read Simplified characters; quotes and the title are cut from the original.
    text = readable(original)
    converted = text != original
    sentences = split_sentences(text)
    whole = "".join(s.text for s in sentences)
    date = ArticleDate.parse(article_date) if article_date else detect_article_date(whole)
    doc = DocumentInfo(title=_title(original, sentences, document_name), file=document_name, date=date.iso())
    doc_id = node_id("Document", doc.title)
    gaz = gazetteer or Gazetteer()

    award_lists = find_award_lists(text)
    # The entries of an award list are read as a list, not as prose.
    listed = [s for s in sentences if not _in_list(s, award_lists)] if award_lists else sentences
    found = [(s, _mentions(s.text, gaz)) for s in listed]
    _rescan(found)
    if "简称" in text:
        _short_names(found)
    publisher = publishing_unit(sentences)
    if publisher is not None:
        for sentence, mentions in found:
            if "我" in sentence.text or "本校" in sentence.text:
                mentions[:] = sorted([*mentions, *self_references(sentence.text, publisher)], key=_order)
    main_street = main_street_of(found)
    home = Counter(m.name for _, ms in found for m in ms if m.label == "District").most_common(1)
    home_district = home[0][0] if home else None
    # Counted on the streets written out, before a bare "街道" is read as the street named last.
    dominant = about_one_street(found)
    # Sections and the district's own council (in a district-wide report).
    section = SectionState.for_article(found, main_street, dominant)
    out = Candidates(documents=[doc])
    nodes: dict[tuple[str, str], CandidateNode] = {}
    rels: dict[tuple[object, ...], CandidateRel] = {}
    districts: set[tuple[str, str]] = set()
    district_counts: Counter[str] = Counter()
    context: Mention | None = None
    state = EventState()
    claim_state = ClaimState()
    recent_street: str | None = None
    employers: dict[str, Mention] = {}
    counted: list[list[Mention]] = []
    last_council: Mention | None = None
    own_council: list[str] = []  # the district's council, as the article first names it

    for sentence, mentions in found:
        extra = section_mentions(sentence.text, mentions, section)
        if extra:
            mentions[:] = sorted([*mentions, *extra], key=_order)
        streets_councils: list[Mention] = []  # brand-named councils read as the street's
        for m in mentions:
            if section.district_council:
                qualify_district(m, section.district_council, section.districts)
            if qualify_own(m, main_street if dominant else None):
                streets_councils.append(m)
            if not dominant and home_district:
                qualify_home_district(m, home_district, own_council)
            bare = m.name in BARE_DISTRICT_BODIES or m.name.startswith("区委")
            if home_district and not m.linked and m.label == "Unit" and bare:
                # "区委常委…" in an article about 青浦区: 青浦区委, linked by that name only
                # (the bare one is the known district's alias too).
                short, m.name = m.name, official_name(home_district + m.name[1:])
                link(m, gaz)
                if m.name != short:
                    m.aliases.append(short)
            else:
                link(m, gaz)
            if m.linked and home_district:
                relink_elsewhere(m, sentence.text, home_district, gaz)
            elif m.linked and not known_place_named(m, sentence.text, whole):
                # "区委书记赵卫星" in an article that never names the known body's district.
                m.name, m.linked, m.confidence = sentence.text[m.start : m.end], False, 0.5
        if any(m.linked for m in mentions):
            unshorten_inside(sentence.text, mentions, gaz)
        if "委" in sentence.text:
            committees = party_committees(sentence.text, mentions, home_district, gaz)
            mentions[:] = sorted([*mentions, *committees], key=_order)
        # Still generic ("街道党工委" with no street in the article): not a particular body.
        mentions[:] = [m for m in mentions if m.linked or not OWN_HEAD.match(m.name)]
        offices = find_offices(sentence.text, mentions, main_street) if main_street else []
        if main_street and "街道" in sentence.text:
            # In an article about several streets, "街道" is the one named last.
            here_street = recent_street or main_street
            mentions[:] = sorted([*mentions, *bare_street(sentence.text, mentions, here_street)], key=_order)
        if offices:
            mentions[:] = sorted([*mentions, *offices], key=_order)
        if sentence.text.startswith("在"):
            qualify_in_place(sentence.text, mentions)
        if (
            not mentions
            and not may_hold(sentence.text)
            and "发" not in sentence.text
            and "启动" not in sentence.text
        ):
            continue  # nothing named and nothing held: no facts (most sentences)
        evidence = _evidence(original, sentence, doc_id)
        sdate = resolve_date(sentence.text, date)
        year = resolve_year(sentence.text, date)
        meetings = find_held(sentence.text, mentions, sdate) or find_visit(sentence.text, mentions, sdate)
        drawn = find_drawn(sentence.text, mentions, sdate)
        if drawn:
            # The activity's quoted name is the event's, not a project of its own.
            spans = [(e.start, e.end) for e, _ in drawn]
            mentions[:] = [
                m
                for m in mentions
                if not (m.label == "Project" and any(a <= m.start and m.end <= b for a, b in spans))
            ]
            meetings += drawn
        held = meetings + find_launches(sentence.text, mentions, sdate)
        # A ceremony inside a meeting held ("举行A暨B揭牌仪式") is organised by whoever held it.
        actions = fold_into_meeting(sentence.text, find_events(sentence.text, mentions, sdate), state)
        # "“X”党建共建签约仪式在Y举办": the ceremony held is the one its action words name.
        actions = [(e, fs) for e, fs in actions if not any(h.start <= e.start < h.end for h, _ in held)]
        events = [(e, [] if held else fs) for e, fs in actions] + held
        claimed, claims = find_claims(sentence.text, mentions, claim_state, year)
        handed, handover = ([], [])
        if "交接" in sentence.text or "移交" in sentence.text:
            handed, handover = find_handover(sentence.text, mentions, sdate, context, employers)
        if "理事长" in sentence.text:
            boards, chaired = find_board_chair(sentence.text, mentions, last_council)
            handed, handover = [*handed, *boards], [*handover, *chaired]
        if "单位代表" in sentence.text:
            delegated, delegates = find_chair_delegate(sentence.text, mentions, sdate)
            handed, handover = [*handed, *delegated], [*handover, *delegates]
        if any(m.label == "Building" for m in mentions) and any(m.label == "Person" for m in mentions):
            staffed, staff = find_building_staff(sentence.text, mentions, sdate)
            handed, handover = [*handed, *staffed], [*handover, *staff]
        if any(m.linked and m.end - m.start < 4 for m in mentions):
            subs, parts = find_acronym_units(sentence.text, mentions)
            handed, handover = [*handed, *subs], [*handover, *parts]
        if "楼宇联合党委" in sentence.text:
            buildings, covered = find_building_committees(sentence.text, mentions)
            handed, handover = [*handed, *buildings], [*handover, *covered]
        if "之后又一" in sentence.text:
            known = [k.name for k in gaz.entries if k.label == "Station"]
            known += [n.name for n in nodes.values() if n.label == "Station"]
            earlier, runs = find_earlier_stations(sentence.text, mentions, known)
            handed, handover = [*handed, *earlier], [*handover, *runs]
        for m in handed:
            link(m, gaz)
        all_mentions = [*mentions, *(e for e, _ in events), *claimed, *handed]
        if converted:
            _as_written(mentions, sentence, original)
        for m in all_mentions:
            add_node(nodes, m, evidence)
            # Only districts named as places say where the streets lie, not "静安区委…".
            if m.label == "District" and not sentence.text.startswith("委", m.end):
                districts.add((m.label, m.name))
                district_counts[m.name] += 1
        facts: list[Found] = [f for _, fs in events for f in fs] + claims
        if meetings:
            facts += inherit_organiser(sentence.text, meetings, state)
        facts += find_relations(sentence.text, mentions, date=sdate, year=year, context=context)
        titled_bodies, positions = find_positions(sentence.text, mentions, sdate)
        for m in titled_bodies:
            add_node(nodes, m, evidence)  # "副镇长、综合党委书记甲": X镇综合党委
        facts += positions
        facts += handover
        built = [m for m in mentions if m.label in ("Council", "Alliance") and _built(m, sentence.text)]
        if len(built) > 1:
            counted.append(built)  # "A商圈、B商圈四个商圈党建联席会议"
        if counted and ("框架" in sentence.text or "体系" in sentence.text):
            facts += find_counted_parts(sentence.text, mentions, counted)
        if "站" in sentence.text or "由" in sentence.text:
            facts += find_runs(sentence.text, mentions)
        facts += _containment(sentence.text, mentions)
        if context is not None and context.label == "Council" and "委员会" in sentence.text:
            facts += _set_up_under(sentence.text, mentions, context)
        if any(word in sentence.text for word in AREA_WORDS):
            streets = [m.name for m in mentions if m.label == "Street" and m.name.endswith("街道")]
            facts += find_stationed(sentence.text, mentions, streets[-1] if streets else recent_street)
        facts += _district_before_street(sentence.text, mentions)
        if streets_councils and main_street:
            street = Mention("Street", main_street, 0, 0, linked=True)
            facts += [Found("COVERS", m, street, {}, 0.4) for m in streets_councils]
        facts += _second_level(sentence.text, mentions, main_street)
        facts += _own_bodies(mentions, main_street, dominant)
        facts += office_parts(offices, main_street) if offices and main_street else []
        # Within a section, the section's subject makes what a clause launches (sections.py).
        topic = _topic(nodes, main_street, dominant, district_counts) if section.subject is None else None
        facts += find_ownership(sentence.text, mentions, topic)
        facts = section_facts(
            sentence.text, mentions, all_mentions, facts, section, partial(_headline_end, text, sentence)
        )
        here = [e for e, _ in events]
        hosts = {(id(f.start), id(f.end)) for f in facts if f.type == "ORGANISED"}
        # An organiser is not also a guest.
        facts += [
            f
            for f in find_participants(sentence.text, mentions, here, state)
            if (id(f.start), id(f.end)) not in hosts
        ]
        note_sub_event(sentence.text, mentions, state)
        note_moment(sentence.text, here, state)
        facts += find_visits(sentence.text, mentions, state)
        if "会场" in sentence.text:
            facts += find_venues(sentence.text, mentions, here, state)
        update_state(state, here, facts)
        for f in facts:
            add_rel(rels, nodes, f, evidence)
            if f.type == "HOLDS_POSITION" and f.end.label == "Unit":
                employers.setdefault(f.start.name, f.end)  # whom the person speaks for later
        # Streets written out (not a bare "街道" standing for one).
        # A bare "街道" is a 街道, never a town (镇) named last.
        named = [
            m
            for m in mentions
            if m.label == "Street" and m.end - m.start > len("街道") and m.name.endswith("街道")
        ]
        if named:
            recent_street = named[-1].name
        bodies = [m for m in mentions if m.label in _BODIES]
        if bodies:
            context = bodies[-1]
        councils = [m for m in mentions if m.label == "Council"]
        if councils:
            last_council = councils[-1]

    for award_list in award_lists:
        _add_award_list(award_list, original, doc_id, found, gaz, main_street, nodes, rels)
    _named_after_brand(nodes, rels)
    _places_within(nodes, rels, districts, main_street, district_counts, dominant)

    merge_events(nodes, rels)
    merge_short_names(nodes, rels)
    merge(nodes, rels, district_short_forms(nodes.values(), section.districts))
    merge_bracketed(nodes, rels)
    merge_party_bodies(nodes, rels)
    merge_body_forms(nodes, rels)
    merge_body_suffixes(nodes, rels)
    merge_by_alias(nodes, rels)
    _bodies_at_their_meetings(nodes, rels)
    out.nodes = list(nodes.values())
    out.relationships = list(rels.values())
    return out


# Not committees: a council's committees bear its brand in their names, and the brand is the
# council's ("X区“Y”区域化党建Z委员会").
_BRAND_CARRIERS = ("Council", "Alliance", "Station", "Unit")


def _named_after_brand(
    nodes: dict[tuple[str, str], CandidateNode], rels: dict[tuple[object, ...], CandidateRel]
) -> None:
    """A body named after a brand of the article carries it ("X街道同心家园共建理事会" and the
    brand "同心家园"), wherever the article names the two."""
    brands = [n for n in nodes.values() if n.label == "Brand" and len(n.name) >= 2]
    for n in list(nodes.values()):
        if n.label in _BRAND_CARRIERS:
            for b in brands:
                if b.name in n.name:
                    add_candidate_rel(rels, "BRANDED", n, b, {}, n.source, 0.4)


# What follows a body's name in the name of its meeting ("联席会", "成立暨第一次会议", "2020年度全体会议").
_MEETING_AFTER = re.compile(r"[^“”]{0,12}?(?:会议|大会|联席会|例会|年会)")
_MEETING_ENDS = ("会议", "大会", "联席会", "例会", "年会")


def _bodies_at_their_meetings(
    nodes: dict[tuple[str, str], CandidateNode], rels: dict[tuple[object, ...], CandidateRel]
) -> None:
    """ "X街道召开党建协调委员会联席会": a body whose meeting someone else convenes takes part
    in it; "X联盟第四次联席会议在Y举行", convened by no one the article names, is the body's own."""
    organisers: dict[int, list[CandidateNode]] = {}
    for r in rels.values():
        if r.type == "ORGANISED" and r.end.label == "Event":
            organisers.setdefault(id(r.end), []).append(r.start)
    joined = {(id(r.start), id(r.end)) for r in rels.values()}
    bodies = [n for n in nodes.values() if n.label in ("Council", "Alliance", "Committee")]
    for event in [n for n in nodes.values() if n.label == "Event" and n.name.endswith(_MEETING_ENDS)]:
        # The body whose meeting it is: the longest named right before the meeting word
        # ("X联席会议理事会会议" is the board's, not the council's).
        named = [
            (len(name), body)
            for body in bodies
            for name in (body.name, *body.aliases)
            if len(name) >= 4
            and name in event.name
            and _MEETING_AFTER.fullmatch(event.name.split(name, 1)[1])
        ]
        if not named:
            continue
        body = max(named, key=lambda t: t[0])[1]
        hosts = organisers.get(id(event), [])
        if (id(body), id(event)) not in joined and body not in hosts:
            kind = "PARTICIPATED_IN" if hosts else "ORGANISED"
            add_candidate_rel(rels, kind, body, event, {}, event.source, 0.4)


def _in_list(sentence: Sentence, award_lists: list[AwardList]) -> bool:
    return any(a.body_start <= sentence.start and sentence.end <= a.body_end for a in award_lists)


def _own_bodies_by_word(found: list[tuple[Sentence, list[Mention]]]) -> dict[str, Mention]:
    """The article's most-named council (under ""), and its most-named body of each kind
    by the word its name ends with ("理事会", "联盟" …): what a bare "理事会" stands for."""
    counts = Counter(
        (m.label, m.name) for _, ms in found for m in ms if m.label in ("Council", "Alliance", "Committee")
    )
    own: dict[str, Mention] = {}
    for (label, name), _ in counts.most_common():
        body = Mention(label, name, 0, 0, linked=True)
        if label == "Council":
            own.setdefault("", body)
        for word in ("理事会", "联席会议", "联盟", "委员会", "专委会"):
            if name.endswith(word):
                own.setdefault(word, body)
    return own


def _add_award_list(
    award_list: AwardList,
    text: str,
    doc_id: str,
    found: list[tuple[Sentence, list[Mention]]],
    gaz: Gazetteer,
    main_street: str | None,
    nodes: dict[tuple[str, str], CandidateNode],
    rels: dict[tuple[object, ...], CandidateRel],
) -> None:
    """Each entry is a Project, AWARDED by the body that gives the awards, PART_OF the
    programme the heading names, ORGANISED by the units and areas its subtitle names."""
    heading = Evidence(doc_id, award_list.start, award_list.end, text[award_list.start : award_list.end])
    awards = sorted({e.award for e in award_list.entries if e.award} | set(award_list.awards))
    giver = awarder([(s.text, ms) for s, ms in found], awards, _own_bodies_by_word(found))
    programme = Mention("Project", award_list.programme, 0, 0) if award_list.programme else None
    if programme is not None:
        add_node(nodes, programme, heading)
    if giver is not None and (giver.label, normalise_name(giver.name)) not in nodes:
        giver = None
    props: dict[str, object] = {}
    if award_list.years:
        props["note"] = award_list.years
    if award_list.year:
        props["year"] = award_list.year
    for entry in award_list.entries:
        ev = Evidence(doc_id, entry.start, entry.end, text[entry.start : entry.end])
        project = Mention("Project", entry.title, 0, 0, confidence=0.6)
        facts: list[Found] = []
        if giver is not None and entry.award:
            facts.append(Found("AWARDED", project, giver, {"award": entry.award, **props}, 0.6))
        if programme is not None:
            facts.append(Found("PART_OF", project, programme, {}, 0.6))
        if entry.subtitle:
            mentions = _mentions(entry.subtitle, gaz)
            for m in mentions:
                qualify_own(m, main_street)
                link(m, gaz)
            for m in subtitle_runners(entry.subtitle, mentions):
                add_node(nodes, m, ev)
                # The article's own street is where the whole list stands, not one entry's runner.
                if m.name != main_street:
                    facts.append(Found("ORGANISED", m, project, {}, 0.5))
        add_node(nodes, project, ev)
        for f in facts:
            add_rel(rels, nodes, f, heading if f.type != "ORGANISED" else ev)


def _headline_end(text: str, sentence: Sentence) -> int:
    """Where, in a sentence that opens with a headline run on into it (a short first line with
    no full stop), the line under the headline starts; -1 when it does not."""
    first = text.find("\n", sentence.start, sentence.end)
    if first < 0 or first - sentence.start > _HEADLINE_LINE:
        return -1
    at = bisect_left(sentence.offsets, first)
    return at if 0 < at < len(sentence.offsets) else -1


_HEADLINE_LINE = 30


def _title(text: str, sentences: list[Sentence], fallback: str) -> str:
    """The first headline-like line: short and without sentence punctuation."""
    for line in text.splitlines()[:40]:
        squashed = "".join(line.split())
        if _HEADLINE.match(squashed) and not re.search(r"\d{4}年\d{1,2}月\d{1,2}日$", squashed):
            return squashed
    return fallback


# What a list of units closes with, besides 等 and 在内的: a count of them ("12家单位").
_COUNTED_UNITS = re.compile(r"\d\s*家")


def _mentions(sentence: str, gaz: Gazetteer) -> list[Mention]:
    people = find_people(sentence)
    districts = find_districts(sentence)
    ms = [*districts, *find_organisations(sentence), *find_district_bodies(sentence, districts)]
    ms += find_short_streets(sentence, districts)
    if (
        "民" in sentence
        or "九三" in sentence
        or "农工" in sentence
        or "致公" in sentence
        or "台盟" in sentence
    ):
        ms += find_democratic_party_bodies(sentence)
    if "、" in sentence and "委" in sentence:
        ms += find_committee_departments(sentence, ms)
    ms += find_communities(sentence)
    ms += [q.mention for q in find_quoted(sentence)]
    ms += find_project_lists(sentence)
    if "、" in sentence:
        if "个" in sentence:
            ms += find_shared_suffix(sentence, ms)
        if (
            "等" in sentence
            or "在内的" in sentence
            or "成员单位" in sentence
            or _COUNTED_UNITS.search(sentence)
        ):
            ms += find_list_units(sentence, ms)
        if "个" in sentence:
            ms += find_set_up(sentence)
        if "居民区" in sentence or "社区" in sentence:
            ms += find_shared_area_suffix(sentence, ms)
    if "委员会" in sentence:
        ms += find_founded_committees(sentence, ms)
    if "位于" in sentence or "设在" in sentence or "坐落于" in sentence:
        ms += find_floor_places(sentence, ms)
    ms += [p for p, _, _ in people]
    body_ends = {m.end for m in ms if m.label in ("Unit", "Council", "Alliance", "Station", "Street")}
    taken = {p.start for p, _, _ in people}
    ms += [p for p in find_people_titled_after(sentence, body_ends) if p.start not in taken]
    for start, end, known in gaz.scan(sentence):
        if sentence[start] in RELATIVE_HEAD and not starts_word(sentence, start):
            continue  # "西城区委组织部": another district's body, not the known "区委组织部"
        ms.append(Mention(known.label, known.name, start, end, confidence=0.9, linked=True, nested_ok=True))
    if "工作部" in sentence:
        ms = _drop_departments(ms)
    # Drop a name inside a longer one at the same place unless it names something itself.
    ms.sort(key=_order)
    linked_spans = {(m.start, m.end) for m in ms if m.linked}
    keep = []
    # One name found by two rules is one mention: a list steps from item to item by the text
    # between them, and a name written twice at one place would end it.
    seen: set[tuple[object, ...]] = set()
    # Every name before this one in this order starts no later; the furthest end among them
    # (and where that one starts) says whether this name lies inside a longer one.
    far_end, far_start = -1, 0
    for m in ms:
        inside = far_end > m.end or (far_end == m.end and far_start < m.start)
        # An unquoted project item of a list ("推出X剧场话剧票、…等福利") hides no unit written in it.
        hides = not (m.in_list and not m.aliases)
        if hides and (far_end < m.end or (far_end == m.end and m.start < far_start)):
            far_end, far_start = m.end, m.start
        if inside and not (m.nested_ok or m.label in _PLACES):
            continue
        if not m.linked and (m.start, m.end) in linked_spans and not _built(m, sentence):
            continue  # the same words, linked
        same = (m.label, m.name, m.start, m.end, m.in_list, m.linked, tuple(m.aliases))
        if same in seen:
            continue
        seen.add(same)
        keep.append(m)
    return keep


def _drop_departments(ms: list[Mention]) -> list[Mention]:
    """ "SMG党群工作部副主任": a department written right after a known unit is part of the
    title held in that unit, not a body of its own."""
    known = {m.start: m.end for m in ms if m.linked and m.label == "Unit"}
    if not known:
        return ms
    return [
        m
        for m in ms
        if m.linked
        or m.label != "Unit"
        or not m.name.endswith(_DEPARTMENT)
        or known.get(m.start, m.end) >= m.end
    ]


def _built(m: Mention, sentence: str) -> bool:
    """A name built on the words rather than read off them: "A商圈" of "A商圈、B商圈四个商圈党建
    联席会议" is "A商圈党建联席会议" (its words may link to the area itself)."""
    raw = sentence[m.start : m.end]
    return m.name != raw and m.name.startswith(raw)


def _order(m: Mention) -> tuple[int, int]:
    return (m.start, -m.end)


# Names the article itself has put in quotes are names wherever it repeats them unquoted
# ("“福民项目”…" then "推进福民项目"); only the labels that have no suffix of their own.
# People too: a name once written after a title is a person where it stands alone
# ("会上，陈晓梅表示").
_RESCAN = ("Project", "Brand", "Person")
_MIN_RESCAN = 3
_RESCAN_PROPS: dict[str, dict[str, object]] = {"Area": {"kind": "residential"}}
_MIN_PERSON = 2


# "X(以下简称“Y”)": the article names X by Y from here on.
SHORT_FOR = re.compile(r"[（(](?:以下|下文)?简称[：:]?[“\"]?([^”\"()（）]{2,12})[”\"]?[)）]")


def _short_names(found: list[tuple[Sentence, list[Mention]]]) -> None:
    """Where the article defines a short name ("香山古城综合党群服务中心(以下简称“古城服务中心”)"),
    the short name written later is the body it stands for."""
    short: dict[str, Mention] = {}
    for sentence, ms in found:
        for hit in SHORT_FOR.finditer(sentence.text):
            named = [m for m in ms if m.end == hit.start() and m.label not in ("Person", "Event")]
            if named:
                body = max(named, key=lambda m: m.end - m.start)
                body.aliases.append(hit[1])
                short.setdefault(hit[1], body)
    if not short:
        return
    pattern = re.compile("|".join(map(re.escape, sorted(short, key=len, reverse=True))))
    for sentence, ms in found:
        # The definitions themselves ("(以下简称“Y”)") hold no name.
        asides = [d.span() for d in SHORT_FOR.finditer(sentence.text)]
        hits = [h for h in pattern.finditer(sentence.text) if not any(a <= h.start() < b for a, b in asides)]
        # The rules may have read the short name as a name of its own ("古城服务中心": a unit by
        # its suffix); the definition says what it is.
        spans = {h.span() for h in hits}
        kept = [
            m for m in ms if (m.start, m.end) not in spans and not any(a <= m.start < b for a, b in asides)
        ]
        extra = [
            Mention(body.label, body.name, hit.start(), hit.end(), dict(body.properties), [hit.group()], 0.5)
            for hit in hits
            for body in [short[hit.group()]]
            if not any(m.start <= hit.start() and hit.end() <= m.end for m in kept)
        ]
        if extra or len(kept) < len(ms):
            ms[:] = sorted([*kept, *extra], key=_order)


def _rescan(found: list[tuple[Sentence, list[Mention]]]) -> None:
    names: dict[str, str] = {}
    for _, ms in found:
        for m in ms:
            least = _MIN_PERSON if m.label == "Person" else _MIN_RESCAN
            if m.label in _RESCAN and len(m.name) >= max(least, 4 if m.in_list else 0):
                names.setdefault(m.name, m.label)
            elif m.label == "Area" and m.name.endswith("社区") and len(m.name) >= 4:
                # A community once named after its street ("石羊街道盛兴社区") is one wherever the
                # article names it alone ("新园社区与盛兴社区…").
                names.setdefault(m.name, m.label)
    if not names:
        return
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    for sentence, ms in found:
        extra = [
            Mention(
                names[hit.group()],
                hit.group(),
                hit.start(),
                hit.end(),
                _RESCAN_PROPS.get(names[hit.group()], {}).copy(),
                confidence=0.5,
                nested_ok=True,
            )
            for hit in pattern.finditer(sentence.text)
            if not any(m.start <= hit.start() and hit.end() <= m.end for m in ms)
        ]
        if extra:
            ms[:] = sorted([*ms, *extra], key=_order)


def _topic(
    nodes: dict[tuple[str, str], CandidateNode],
    main_street: str | None,
    dominant: bool,
    district_counts: Counter[str],
) -> Mention | None:
    """What the article is about: its street, or in an article about several, its district."""
    if dominant and main_street:
        label, name = "Street", main_street
    elif district_counts:
        label, name = "District", district_counts.most_common(1)[0][0]
    else:
        return None
    if (label, normalise_name(name)) not in nodes:
        return None
    return Mention(label, name, 0, 0, linked=True)


def _as_written(mentions: list[Mention], sentence: Sentence, original: str) -> None:
    """A name read from Traditional characters keeps its written form as an alias ("金陽街道"
    for 金阳街道): a reviewer finds it in the text, a graph written that way links to it."""
    for m in mentions:
        if m.end > len(sentence.text) or sentence.text[m.start : m.end] != m.name:
            continue
        written = "".join(original[sentence.offsets[i]] for i in range(m.start, m.end))
        if written != m.name and written not in m.aliases:
            m.aliases.append(written)


def _evidence(text: str, sentence: Sentence, doc_id: str) -> Evidence:
    return Evidence(doc_id, sentence.start, sentence.end, text[sentence.start : sentence.end])


def _places_within(
    nodes: dict[tuple[str, str], CandidateNode],
    rels: dict[tuple[object, ...], CandidateRel],
    districts: set[tuple[str, str]],
    main_street: str | None,
    district_counts: Counter[str],
    dominant: bool,
) -> None:
    """A street written in an article about one district lies in that district; the article's
    own street lies in the district it names most; residential areas and commercial districts
    of a street's article lie in that street."""
    if len(districts) == 1:
        district = nodes[next(iter(districts))]
        for n in list(nodes.values()):
            if n.label == "Street":
                add_candidate_rel(rels, "PART_OF", n, district, {}, n.source, 0.4)
    street = nodes.get(("Street", normalise_name(main_street))) if main_street else None
    if street is None or not dominant:
        return
    if district_counts:
        district = nodes.get(("District", district_counts.most_common(1)[0][0]))
        if district is not None:
            add_candidate_rel(rels, "PART_OF", street, district, {}, street.source, 0.4)
    for n in list(nodes.values()):
        # A building's joint party committee ("X楼宇联合党委") is the street's, as its areas are.
        if n.label == "Council" and n.name.endswith("联合党委"):
            add_candidate_rel(rels, "PART_OF", n, street, {}, n.source, 0.3)
        if n.label == "Area" and n.properties.get("kind") in ("residential", "commercial_district"):
            add_candidate_rel(rels, "PART_OF", n, street, {}, n.source, 0.3)


def _set_up_under(sentence: str, mentions: list[Mention], council: Mention) -> list[Found]:
    """ "（X联席会议…）同时设立A、B…等7个专业委员会": committees set up in a sentence that names
    no council are parts of the council the text is about."""
    if any(m.label == "Council" for m in mentions) or not _SET_UP_COMMITTEES.search(sentence):
        return []
    return [Found("PART_OF", m, council, {}, 0.4) for m in mentions if m.label == "Committee"]


_SET_UP_COMMITTEES = re.compile(r"(?:设立|成立|组建|下设|设置|设有).{2,60}?(?:专业委员会|专委会)")


def _district_before_street(sentence: str, mentions: list[Mention]) -> list[Found]:
    """ "虹口区嘉兴路街道": the district written right before a street contains it."""
    districts = {m.end: m for m in mentions if m.label == "District"}
    return [
        Found("PART_OF", m, districts[m.start], {}, 0.6)
        for m in mentions
        if m.label == "Street" and m.start in districts
    ]


# "区域化党建二级联盟/平台": a body of the second level under the street's own council.
_SECOND_LEVEL = re.compile(r"二级(?:联盟|平台|联席会议)")


def _second_level(sentence: str, mentions: list[Mention], main_street: str | None) -> list[Found]:
    if not main_street or not _SECOND_LEVEL.search(sentence):
        return []
    council = Mention("Council", main_street + "区域化党建联席会议", 0, 0, linked=True)
    return [
        Found("PART_OF", m, council, {}, 0.4)
        for m in mentions
        if m.label in ("Alliance", "Council") and not _SECOND_LEVEL.search(m.name) and m.name != council.name
    ]


def _own_bodies(mentions: list[Mention], main_street: str | None, dominant: bool) -> list[Found]:
    """ "街道党工委", "街道市容所" qualified with the article's street are parts of that street;
    in an article about that street, "(街道)区域化党建联席会议" qualified with it serves it
    (COVERS), as the name written out with the street does (see _containment)."""
    if not main_street:
        return []
    street = Mention("Street", main_street, 0, 0, linked=True)
    out = []
    for m in mentions:
        if not any(a.startswith(_OWN_PREFIXES) for a in m.aliases):
            continue
        if m.label in ("Unit", "Station") and any(a.startswith("街道") for a in m.aliases):
            out.append(Found("PART_OF", m, street, {}, 0.5))
        elif (
            dominant
            and m.label == "Council"
            and m.name.startswith(main_street)
            and m.name.endswith(("联席会议", "联席会", "协调委员会"))
        ):
            out.append(Found("COVERS", m, street, {}, 0.5))
    return out


_COMMITTEE_DEPARTMENT_END = re.compile(r"(?:(?:组织|宣传|统战|社会工作)部|政法委)$")


def _containment(sentence: str, mentions: list[Mention]) -> list[Found]:
    """ "X公司党委" is part of "X公司", "X街道党工委" of "X街道": a name that extends
    another by a suffix names a body inside it. Only the longest name inside counts
    ("X集团大厦党群服务站" is in "X集团大厦", not in "X集团")."""
    out = []
    for outer in mentions:
        if outer.label in _PLACES or outer.label in ("Person", "Project", "Brand", "Event"):
            continue
        # "“白领驿家”X大厦党群服务站": the brand in quotes opens the name; the place follows it.
        starts = {outer.start}
        if sentence.startswith("“", outer.start):
            starts.add(sentence.find("”", outer.start) + 1)
        inners = [
            inner
            for inner in mentions
            if inner is not outer
            and inner.start in starts
            # Written inside it (a linked name may differ from the words: "静安区委" → 中共静安区委),
            # or, for names built from a shared suffix, named as its beginning.
            and (
                inner.end < outer.end
                or (
                    inner.end == outer.end
                    and len(inner.name) < len(outer.name)
                    and outer.name.startswith(inner.name)
                )
            )
            and inner.label not in ("Person", "Project", "Brand", "Event")
        ]
        if not inners:
            continue
        inner = max(inners, key=lambda m: m.end)
        if inner.label == "District" and outer.label == "Unit":
            continue  # "静安区委", "静安区外商投资协会": named after the district, not a part of the place
        # A council named after its street, area or building serves it; a station or unit
        # named after a building or area sits in it; a body named after a street is part of it.
        kind = "PART_OF"
        if inner.label in _PLACES and outer.label in _BODIES:
            kind = "COVERS"
        elif inner.label in ("Building", "Area"):
            kind = "LOCATED_IN"
        out.append(Found(kind, outer, inner, {}, 0.5))
    # "崇明区委常委、组织部部长": the department written apart is the committee's all the same.
    if "、" not in sentence or "委" not in sentence:
        return out
    committees = {m.name: m for m in mentions if m.label == "Unit" and m.name.endswith("委")}
    for m in mentions:
        if m.label == "Unit" and m.start > 0 and sentence[m.start - 1] == "、":
            committee = committees.get(official_name(_COMMITTEE_DEPARTMENT_END.sub("", m.name)))
            if committee is not None and committee.end < m.start:
                out.append(Found("PART_OF", m, committee, {}, 0.5))
    return out
