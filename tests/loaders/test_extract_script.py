"""Articles in Traditional characters are read in Simplified ones; quotes stay the original's."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.script import simplified

TRADITIONAL = (
    "2023年5月10日，千里街道黨工委與華東建設集團黨委簽訂黨建共建協議。華東建設集團黨委書記周明出席。"
)


def test_a_traditional_article_is_read_in_simplified_characters() -> None:
    c = extract_text(TRADITIONAL, document_name="t.txt")
    names = {(n.label, n.name) for n in c.nodes}
    assert {("Street", "千里街道"), ("Unit", "华东建设集团"), ("Person", "周明")} <= names
    signed = {frozenset((r.start.name, r.end.name)) for r in c.relationships if r.type == "SIGNED_AGREEMENT"}
    assert frozenset(("千里街道党工委", "华东建设集团")) in signed
    # Every source is the original's words at the original's place.
    for fact in [*c.nodes, *c.relationships]:
        src = fact.source
        assert TRADITIONAL[src.start : src.end] == src.quote
        assert "黨" in src.quote or "華" in src.quote or "書" in src.quote


def test_a_simplified_text_is_left_as_it_is() -> None:
    text = "於明与华东建设集团党委签订协议，乾隆年间的老街。"
    assert simplified(text) == text
    converted = simplified(TRADITIONAL)
    assert len(converted) == len(TRADITIONAL)
    assert "党" in converted and "黨" not in converted


def test_printed_readings_are_read_past_and_quoted_as_printed() -> None:
    text = "2日，普陀區(qū)委書記周艷出席明湖街道黨群服務中心(zhōng xīn)揭牌儀式。"
    c = extract_text(text, document_name="t.txt")
    names = {(n.label, n.name) for n in c.nodes}
    assert {("Unit", "中共普陀区委"), ("Person", "周艳"), ("Station", "明湖街道党群服务中心")} <= names
    assert not any(")" in name for _, name in names)
    for fact in [*c.nodes, *c.relationships]:
        assert text[fact.source.start : fact.source.end] == fact.source.quote


def test_a_four_character_phrase_begins_no_name() -> None:
    c = extract_text(
        "与街区党支部党员共同完成明湖街道党群服务中心空中花园的墙绘作品。", document_name="t.txt"
    )
    assert ("Station", "明湖街道党群服务中心") in {(n.label, n.name) for n in c.nodes}


def test_a_dateline_is_no_part_of_a_name() -> None:
    text = "新华网明湖9月9日电(李明 王红)云岭市海珠区直机关工委举办“学党史”活动。"
    c = extract_text(text, document_name="t.txt")
    names = {n.name for n in c.nodes}
    assert "云岭市海珠区直机关工委" in names
    assert not any("新华网" in n for n in names)
    for fact in [*c.nodes, *c.relationships]:
        assert text[fact.source.start : fact.source.end] == fact.source.quote


def test_a_name_read_from_traditional_characters_keeps_its_written_form_as_an_alias() -> None:
    c = extract_text(TRADITIONAL, document_name="t.txt")
    street = next(n for n in c.nodes if n.name == "千里街道党工委")
    assert "千里街道黨工委" in street.aliases
