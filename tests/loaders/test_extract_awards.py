"""Award lists at the end of a newsletter page: heading, award levels, title/subtitle entries."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.awards import describes, find_award_lists, runner_before_quote

_ARTICLE = """宜川路街道睦邻共建理事会召开年度会议

2021年3月5日，宜川路街道睦邻共建理事会召开年度会议。

理事会对评选出的优秀项目金橄榄奖、银橄榄奖予以表彰。

(党建办)



2019至2020年度宜川路街道邻里守望项目 金橄榄奖、银橄榄奖获奖名单

金 橄 榄 奖

"光影一条街"

宜川路街道老年影像课堂建设

温暖同行路

星巴克"咖啡公益日"

向阳而生·点亮微光 长寿居民区睦邻运动会

银橄榄奖

书香满楼宇

中山医院健康讲座进社区

邻里"一公里" "零距离"服务探索

主办：宜川路街道党工委
"""


def _facts() -> tuple[set[tuple[str, str]], set[tuple[str, str, str, str]]]:
    c = extract_text(_ARTICLE, document_name="t.txt")
    nodes = {(n.label, n.name) for n in c.nodes}
    rels = {(r.type, r.start.name, r.end.name, str(r.properties.get("award", ""))) for r in c.relationships}
    return nodes, rels


def test_heading_awards_programme_and_years() -> None:
    (found,) = find_award_lists(_ARTICLE)
    assert found.awards == ["金橄榄奖", "银橄榄奖"]
    assert found.programme == "邻里守望项目"
    assert found.years == "2019-2020年度"
    assert found.heading.startswith("2019至2020年度")


def test_entries_pair_titles_with_subtitles() -> None:
    (found,) = find_award_lists(_ARTICLE)
    entries = [(e.award, e.title, e.subtitle) for e in found.entries]
    assert entries == [
        ("金橄榄奖", "“光影一条街”", "宜川路街道老年影像课堂建设"),
        ("金橄榄奖", "温暖同行路", '星巴克"咖啡公益日"'),
        # Title and subtitle on one line, apart by a space.
        ("金橄榄奖", "向阳而生·点亮微光", "长寿居民区睦邻运动会"),
        ("银橄榄奖", "书香满楼宇", "中山医院健康讲座进社区"),
        # A space between two quoted words is inside the title; the last title has no subtitle.
        ("银橄榄奖", "邻里“一公里”“零距离”服务探索", None),
    ]


def test_projects_awarded_by_the_council_part_of_the_programme() -> None:
    nodes, rels = _facts()
    assert ("Project", "温暖同行路") in nodes
    assert ("AWARDED", "温暖同行路", "宜川路街道睦邻共建理事会", "金橄榄奖") in rels
    assert ("AWARDED", "书香满楼宇", "宜川路街道睦邻共建理事会", "银橄榄奖") in rels
    assert ("PART_OF", "向阳而生·点亮微光", "邻里守望项目", "") in rels


def test_runners_named_in_subtitles() -> None:
    nodes, rels = _facts()
    assert ("ORGANISED", "星巴克", "温暖同行路", "") in rels
    assert ("ORGANISED", "中山医院", "书香满楼宇", "") in rels
    assert ("ORGANISED", "长寿居民区", "向阳而生·点亮微光", "") in rels
    # The street that publishes the list runs none of its entries by being named.
    assert not any(r[0] == "ORGANISED" and r[1] == "宜川路街道" and r[2] == "“光影一条街”" for r in rels)
    # The entries are not read as prose: no name runs on from a title into its subtitle.
    assert {n for n in nodes if n[0] == "Area"} == {("Area", "长寿居民区")}


def test_prose_naming_a_list_is_no_heading() -> None:
    text = "会上，审议通过了理事成员单位及有关人员调整名单，经调整增至50家。\n\n温暖同行路\n\n星巴克公益日\n"
    assert find_award_lists(text) == []


def test_a_heading_without_entries_is_no_list() -> None:
    text = (
        "2020年度长寿路街道优秀项目表彰名单\n\n"
        "长寿路街道召开会议，对优秀项目予以表彰，来自各单位的代表参加了会议。\n"
    )
    assert find_award_lists(text) == []


def test_runner_before_quote_is_a_proper_name_only() -> None:
    assert runner_before_quote('星巴克"咖啡公益日"') == "星巴克"
    # A common noun or a verb before the quotes is no runner.
    assert runner_before_quote("团委“青年突击队”") is None
    assert runner_before_quote("喜迎“十九大”") is None


def test_describes_tells_subtitles_from_slogans() -> None:
    assert describes("中山医院健康讲座进社区")
    assert describes("长寿居民区睦邻运动会")
    assert not describes("向阳而生·点亮微光")
    assert not describes("书香满楼宇")


# --- committees set up by a unit, named whole ----------------------------------------------


def test_committee_founded_by_a_named_unit() -> None:
    text = "会上，代表分别就“成立申城置业集团曹家渡区域党建工作协调委员会的经验”进行了交流。"
    c = extract_text(text, document_name="t.txt")
    names = {(n.label, n.name) for n in c.nodes}
    assert ("Committee", "申城置业集团曹家渡区域党建工作协调委员会") in names
    # The unit inside the committee's name is not a unit of the sentence's own.
    assert ("Unit", "申城置业集团") not in names


def test_committee_without_an_owner_is_a_common_noun() -> None:
    for text in ("会上，街道决定成立党建工作协调委员会。", "社区成立了业主委员会。"):
        c = extract_text(text, document_name="t.txt")
        assert not [n for n in c.nodes if n.label == "Committee"]


# --- a body named after a brand carries it ---------------------------------------------------


def test_body_named_after_a_brand_carries_it() -> None:
    text = (
        "宜川路街道睦邻家园共建理事会召开年度会议。\n\n"
        "会上，书记围绕以“睦邻家园”为品牌的宜川路街道党建格局作了说明。"
    )
    c = extract_text(text, document_name="t.txt")
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    assert ("BRANDED", "宜川路街道睦邻家园共建理事会", "睦邻家园") in rels
    # A body whose name does not hold the brand does not carry it by name.
    text2 = "宜川路街道同舟共建理事会召开年度会议。\n\n会上，书记围绕以“睦邻家园”为品牌的党建格局作了说明。"
    c2 = extract_text(text2, document_name="t.txt")
    assert not [r for r in c2.relationships if r.type == "BRANDED" and r.start.label == "Council"]


# --- lists closed by the programme their items belong to, or by 等福利 ----------------------


def _graph(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    c = extract_text(text, document_name="t.txt")
    return {(n.label, n.name) for n in c.nodes}, {(r.type, r.start.name, r.end.name) for r in c.relationships}


def test_one_item_closed_by_its_programme() -> None:
    nodes, rels = _graph("申城置业有限公司通过认领护苗夏令营等“睦邻项目”，服务社区居民。")
    assert ("Project", "护苗夏令营") in nodes
    assert ("PART_OF", "护苗夏令营", "睦邻项目") in rels
    assert ("CLAIMED", "申城置业有限公司", "护苗夏令营") in rels
    assert ("CLAIMED", "申城置业有限公司", "睦邻项目") in rels


def test_one_item_closed_by_a_plain_word_is_no_list() -> None:
    nodes, _ = _graph("申城置业有限公司通过认领护苗夏令营等项目，服务社区居民。")
    assert ("Project", "护苗夏令营") not in nodes
    nodes, _ = _graph("活动覆盖楼宇白领等“两新”组织党员。")
    assert not [n for n in nodes if n[0] == "Project"]


def test_benefits_list_items_are_projects_and_keep_their_units() -> None:
    nodes, _ = _graph("联盟推出兰心剧场话剧票、“剪纸体验活动”等福利。")
    assert ("Project", "兰心剧场话剧票") in nodes
    assert ("Project", "剪纸体验活动") in nodes
    assert ("Unit", "兰心剧场") in nodes


def test_table_rows_with_numbers_and_award_cells() -> None:
    text = (
        "2021年度长寿路街道“四季公益”项目评选结果\n\n"
        "序号 项目名称 实施单位 获奖等级\n\n"
        "1. 银发课堂 长寿居民区老年学习点 一等奖\n\n"
        "2. 楼宇微心愿 申城置业有限公司志愿服务 二等奖\n"
    )
    (found,) = find_award_lists(text)
    assert found.programme == "“四季公益”项目"
    entries = [(e.award, e.title, e.subtitle) for e in found.entries]
    assert entries == [
        ("一等奖", "银发课堂", "长寿居民区老年学习点"),
        ("二等奖", "楼宇微心愿", "申城置业有限公司志愿服务"),
    ]
    assert text[found.entries[0].start : found.entries[0].end] == "银发课堂 长寿居民区老年学习点"


def test_lists_of_people_or_bodies_are_not_project_lists() -> None:
    for heading in (
        "2020年度长寿路街道优秀共产党员名单",
        "2020年度长寿路街道先进基层党组织名单",
        "长寿路街道睦邻共建理事会成员名单",
        "2020年长寿路街道评选结果",
    ):
        text = f"{heading}\n\n张明华\n\n申城置业有限公司党支部\n"
        assert find_award_lists(text) == []


def test_title_and_runner_apart_by_a_dash_or_in_brackets() -> None:
    text = (
        "2021年度长寿路街道“四季公益”项目金奖获奖名单\n\n"
        "银发课堂——长寿居民区\n\n"
        "楼宇微心愿（申城置业有限公司）\n\n"
        "梦想（起航）\n"
    )
    (found,) = find_award_lists(text)
    entries = [(e.award, e.title, e.subtitle) for e in found.entries]
    # One award in the heading is every entry's; brackets that name no runner are the title's.
    assert entries == [
        ("金奖", "银发课堂", "长寿居民区"),
        ("金奖", "楼宇微心愿", "申城置业有限公司"),
        ("金奖", "梦想（起航）", None),
    ]


def test_the_body_that_commends_gives_the_award() -> None:
    text = (
        "长寿路街道召开区域化党建工作会议。\n\n"
        "会上，长寿路街道党工委对评选出的优秀项目予以表彰，区委组织部副部长王立新为获奖项目颁奖。\n\n"
        "2020年度长寿路街道区域化党建优秀项目表彰名单\n\n"
        "银发课堂\n\n"
        "长寿居民区老年学习点建设\n"
    )
    (found,) = find_award_lists(text)
    assert found.awards == ["优秀项目"] and found.programme is None
    _, rels = _graph(text)
    # The commending body, not the department of the official who hands the prizes over.
    assert ("AWARDED", "银发课堂", "长寿路街道党工委") in rels
    assert not [r for r in rels if r[0] == "AWARDED" and r[2] == "区委组织部"]


def test_a_bracketed_credit_ends_the_list() -> None:
    text = (
        "2021年度长寿路街道“四季公益”项目金奖获奖名单\n\n银发课堂——长寿居民区\n\n"
        "（党建办）\n\n图为获奖项目负责人上台领奖\n"
    )
    (found,) = find_award_lists(text)
    assert [e.title for e in found.entries] == ["银发课堂"]


def test_a_dated_caption_before_the_heading_and_a_dash_inside_a_slogan() -> None:
    text = (
        "2021年5月8日 颁奖现场 2020年度长寿路街道“四季公益”项目金奖获奖名单\n\n"
        "党建引领——共治同心\n\n"
        "长寿居民区睦邻运动会\n"
    )
    (found,) = find_award_lists(text)
    assert found.heading.startswith("2020年度") and found.years == "2020年度"
    assert [(e.title, e.subtitle) for e in found.entries] == [("党建引领——共治同心", "长寿居民区睦邻运动会")]


def test_a_winner_is_not_the_giver() -> None:
    text = (
        "长寿路街道睦邻共建理事会召开年度会议。\n\n"
        "会上，申城置业有限公司党委荣获优秀项目表彰。\n\n"
        "2020年度长寿路街道区域化党建优秀项目表彰名单\n\n"
        "银发课堂\n\n"
        "长寿居民区老年学习点建设\n"
    )
    _, rels = _graph(text)
    assert ("AWARDED", "银发课堂", "长寿路街道睦邻共建理事会") in rels
    assert not [r for r in rels if r[0] == "AWARDED" and r[2] != "长寿路街道睦邻共建理事会"]
