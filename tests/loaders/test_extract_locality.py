"""Units named as lying in a street's area (loaders/extract/locality.py). Sentences are
invented (other streets, other units)."""

from __future__ import annotations

from loaders.extract import extract_text


def _located(text: str) -> set[tuple[str, str]]:
    c = extract_text(text, document_name="t.txt")
    return {(r.start.name, r.end.name) for r in c.relationships if r.type == "LOCATED_IN"}


def test_list_after_the_word_of_area_lies_in_the_street_before_it() -> None:
    located = _located("云岭街道整合辖区内华东电力有限公司、云岭派出所、云岭中学等十家单位组建联盟。")
    assert located >= {
        ("华东电力有限公司", "云岭街道"),
        ("云岭派出所", "云岭街道"),
        ("云岭中学", "云岭街道"),
    }


def test_bare_street_before_the_word_is_the_articles_street() -> None:
    text = "6月3日，云岭街道召开联席会议。街道辖区内云岭派出所、华东电力有限公司等单位参加。"
    assert {("云岭派出所", "云岭街道"), ("华东电力有限公司", "云岭街道")} <= _located(text)


def test_counted_list_before_the_word_lies_in_the_place_named_before_it() -> None:
    text = "会上，云岭街道与华东电力有限公司、云岭派出所等2家驻地单位签订共建协议。"
    assert {("华东电力有限公司", "云岭街道"), ("云岭派出所", "云岭街道")} <= _located(text)


def test_buildings_stationed_in_the_area_lie_in_the_street() -> None:
    text = "甲乙路街道党工委加强基层党建。整合来福金融园区、中环大厦等各驻区单位和楼宇园区的会议室资源。"
    assert {("来福金融园区", "甲乙路街道"), ("中环大厦", "甲乙路街道")} <= _located(text)
    assert _located(text.replace("各驻区单位和", "")) == set()


def test_units_of_no_area_word_lie_nowhere() -> None:
    assert _located("云岭街道与华东电力有限公司、云岭派出所签订共建协议。") == set()


def test_what_lies_in_a_place_named_first_lies_in_it() -> None:
    assert _located("位于云岭大厦的华东电力有限公司党支部参加活动。") == {("华东电力有限公司", "云岭大厦")}
    # A name of no known suffix before a floor is a building.
    assert _located("位于星河湾中心42楼的星河湾党群服务中心正式启用。") == {
        ("星河湾党群服务中心", "星河湾中心")
    }


def test_verbs_of_place_and_a_list_after_the_word_of_area_with_its_verb() -> None:
    assert _located("云岭党群服务中心坐落于云岭大厦三楼。") == {("云岭党群服务中心", "云岭大厦")}
    listed = _located("云岭街道辖区内有云岭中学、华东电力有限公司等单位。")
    assert listed == {("云岭中学", "云岭街道"), ("华东电力有限公司", "云岭街道")}
    assert _located("云岭镇地处华东市青浦区西南部。") == set()  # a town is part of its district
