from pathlib import Path

import pytest

from graph import schema
from graph.errors import SchemaError
from graph.model import Node, Relationship

DOC = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


def test_unknown_label_is_rejected() -> None:
    with pytest.raises(SchemaError, match="unknown label 'Company'"):
        Node.create("Company", "某公司")


def test_missing_required_property_is_rejected() -> None:
    with pytest.raises(SchemaError, match="required property 'kind'"):
        Node.create("Area", "兴业太古汇商圈")


def test_enum_values_are_enforced() -> None:
    with pytest.raises(SchemaError, match="must be one of"):
        Node.create("Area", "兴业太古汇商圈", properties={"kind": "mall"})


def test_unknown_property_is_rejected() -> None:
    with pytest.raises(SchemaError, match="'colour' is not in the schema"):
        Node.create("Unit", "某公司", properties={"colour": "red"})


def test_empty_name_is_rejected() -> None:
    with pytest.raises(SchemaError, match="empty name"):
        Node.create("Unit", "   ")


def test_relationship_end_labels_are_checked() -> None:
    unit = Node.create("Unit", "某公司")
    person = Node.create("Person", "张三")
    with pytest.raises(SchemaError, match="cannot end at a Person"):
        Relationship.create("MEMBER_OF", unit, person)


def test_bad_date_is_rejected() -> None:
    unit = Node.create("Unit", "某公司")
    council = Node.create("Council", "某联席会议", properties={"level": "street"})
    with pytest.raises(SchemaError, match="must be a date"):
        Relationship.create("MEMBER_OF", unit, council, properties={"from": "2019-13-01"})


def test_ids_are_stable_and_distinguish_labels() -> None:
    a = Node.create("Building", "恒隆广场")
    b = Node.create("Building", "恒隆广场 ")
    c = Node.create("Area", "恒隆广场", properties={"kind": "commercial_district"})
    assert a.id == b.id
    assert a.id != c.id


def test_full_width_and_half_width_names_are_one_node() -> None:
    a = Node.create("Unit", "毕马威华振会计师事务所（特殊普通合伙）上海分所")
    b = Node.create("Unit", "毕马威华振会计师事务所(特殊普通合伙)上海分所")
    assert a.id == b.id


def test_relationship_key_properties_separate_terms() -> None:
    unit = Node.create("Unit", "某公司")
    council = Node.create("Council", "某联席会议", properties={"level": "street"})
    first = Relationship.create("CHAIRS", unit, council, properties={"from": "2018"})
    second = Relationship.create("CHAIRS", unit, council, properties={"from": "2020"})
    assert first.id != second.id


def test_docs_are_generated_from_the_schema() -> None:
    import contextlib
    import io
    import sys

    sys.path.insert(0, str(DOC.parents[1] / "scripts"))
    import schema_doc

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        schema_doc.main()
    assert DOC.read_text(encoding="utf-8") == buf.getvalue(), (
        "docs/schema.md is stale: run python scripts/schema_doc.py > docs/schema.md"
    )


def test_docs_describe_every_label_and_type() -> None:
    text = DOC.read_text(encoding="utf-8")
    for label in schema.LABELS:
        assert f"`{label}`" in text, f"docs/schema.md does not describe {label}"
    for rel_type in schema.REL_TYPES:
        assert f"`{rel_type}`" in text, f"docs/schema.md does not describe {rel_type}"
