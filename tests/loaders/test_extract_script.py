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
