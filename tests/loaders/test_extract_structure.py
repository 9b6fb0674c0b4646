"""Structural rules of the extractor: districts and committees, short names, chairs, stations,
counted parts. Sentences are invented (other streets, other companies)."""

from __future__ import annotations

from loaders.extract import Gazetteer, extract_text
from loaders.extract.entities import find_organisations
from loaders.extract.linking import Known
from loaders.extract.relative import short_street
from loaders.extract.text import split_sentences


def _run(text: str, gaz: Gazetteer | None = None) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    c = extract_text(text, document_name="t.txt", gazetteer=gaz)
    return {(n.label, n.name) for n in c.nodes}, {(r.type, r.start.name, r.end.name) for r in c.relationships}


_MEDIA = Gazetteer([Known("Unit", "华东传媒集团", ("HMG",))])


# --- acronyms, departments ---------------------------------------------------------------


def test_latin_acronym_is_found_where_it_stands_alone() -> None:
    assert [k.name for _, _, k in _MEDIA.scan("会上HMG纪录片中心党总支发言")] == ["华东传媒集团"]
    assert _MEDIA.scan("XHMG公司和HMGX公司") == []  # inside a longer Latin word


def test_sub_unit_of_an_acronym_is_part_of_the_group() -> None:
    _, rels = _run("2020年5月6日，HMG纪录片中心党总支书记李明出席活动。", _MEDIA)
    assert ("PART_OF", "HMG纪录片中心", "华东传媒集团") in rels


def test_department_after_a_known_unit_is_part_of_the_title() -> None:
    nodes, rels = _run("2020年5月6日，HMG党群工作部副主任王芳致辞。", _MEDIA)
    assert ("HOLDS_POSITION", "王芳", "华东传媒集团") in rels
    assert ("Unit", "HMG党群工作部") not in nodes
    # Without a known unit before it, the department is still a body the rules name.
    nodes, _ = _run("2020年5月6日，HMG党群工作部副主任王芳致辞。")
    assert ("Unit", "HMG党群工作部") in nodes


def test_claim_by_the_whole_name_not_the_acronym_inside_it() -> None:
    _, rels = _run("2020年5月6日，甲乙物流公司党委、HMG纪录片中心党总支认领了“银发课堂”项目。", _MEDIA)
    assert ("CLAIMED", "HMG纪录片中心", "银发课堂") in rels
    assert not any(t == "CLAIMED" and s == "华东传媒集团" for t, s, _ in rels)


# --- districts and party committees ---------------------------------------------------------


def test_district_named_by_its_committee_is_a_district() -> None:
    nodes, rels = _run("2020年5月6日，徐汇区委组织部部长张强出席会议，枫林路街道党工委书记王刚主持。")
    assert ("District", "徐汇区") in nodes
    assert ("PART_OF", "徐汇区委组织部", "中共徐汇区委") in rels
    # The committee says nothing of where the streets lie.
    assert not any(t == "PART_OF" and e == "徐汇区" for t, _, e in rels)
    nodes, _ = _run("2020年5月6日，徐汇区域化党建工作推进会召开。")
    assert ("District", "徐汇区") not in nodes


def test_short_committee_department_belongs_to_the_articles_district() -> None:
    _, rels = _run("2020年5月6日，徐汇区委副书记张强，区委宣传部副部长李红出席。")
    # Named with the article's district, as the curated 静安区委组织部 is.
    assert ("PART_OF", "徐汇区委宣传部", "中共徐汇区委") in rels
    assert ("HOLDS_POSITION", "李红", "徐汇区委宣传部") in rels


def test_department_of_a_city_committee() -> None:
    _, rels = _run("2020年5月6日，民盟上海市委宣传部副部长陈红出席活动。")
    assert ("PART_OF", "民盟上海市委宣传部", "民盟上海市委") in rels
    # A bare "区委" in an article that names no district: no committee to name.
    _, rels = _run("2020年5月6日，区委组织部副部长陈红出席活动。")
    assert not any(t == "PART_OF" for t, _, _ in rels)


def test_unit_named_after_a_district_is_not_part_of_the_place() -> None:
    _, rels = _run("2020年5月6日，上海市徐汇区外商投资协会召开会议。")
    assert ("PART_OF", "徐汇区外商投资协会", "徐汇区") not in rels


# --- names written short or run on -----------------------------------------------------------


def test_street_short_name() -> None:
    assert short_street("长风", "长风新村")
    assert not short_street("长宁", "长风新村")
    assert not short_street("南京路", "南京西路")
    text = "长风新村街道召开会议。长风新村街道党工委书记王刚主持。第二天，长风街道中心组一行前往金山参观。"
    nodes, _ = _run(text)
    assert ("Unit", "长风新村街道中心组") in nodes
    assert ("Unit", "长风街道中心组") not in nodes


def test_two_part_headline_ends_its_line() -> None:
    text = "学习先进经验 推进基层治理\n街道中心组开展学习参观\n"
    assert [s.text for s in split_sentences(text)] == ["学习先进经验推进基层治理", "街道中心组开展学习参观"]
    caption = "区域单位党员 参\n加活动\n"  # a caption broken mid-word: one sentence
    assert len(split_sentences(caption)) == 1


def test_no_names_from_verb_phrases() -> None:
    names = lambda s: {(m.label, m.name) for m in find_organisations(s)}  # noqa: E731
    assert not names("他现场赠送给街道一幅画")
    assert not names("要走出公司、走向社区")
    assert not names("共绘江湾园区域发展蓝图")
    assert not names("围绕全面落实区委的要求")
    assert ("Street", "淮海路街道") in names("会上，淮海路街道作交流")
    assert ("Unit", "东方港务公司") in names("会上，东方港务公司作交流")


def test_residential_areas_of_a_street_at_large_are_no_area() -> None:
    nodes, _ = _run("2020年5月6日，《凉城新村街道居民区30周年》画册发布。")
    assert not any(label == "Area" for label, _ in nodes)


def test_name_without_its_bracketed_part_is_the_full_one() -> None:
    gaz = Gazetteer([Known("Area", "江湾(新江湾城)商圈")])
    text = (
        "2020年5月6日，江湾(新江湾城)商圈党建联席会议在凉城新村街道成立。"
        "凉城新村街道将提升江湾商圈活力。凉城新村街道党工委书记王刚出席。"
    )
    nodes, _ = _run(text, gaz)
    assert ("Area", "江湾(新江湾城)商圈") in nodes
    assert ("Area", "江湾商圈") not in nodes


def test_short_name_inside_a_known_short_name() -> None:
    gaz = Gazetteer(
        [
            Known("Council", "曹杨广场商圈党建联席会议", ("曹杨商圈党建联席会议",)),
            Known("Area", "曹杨广场商圈"),
        ]
    )
    nodes, _ = _run("2020年5月6日，曹杨商圈党建联席会议成员单位出席。", gaz)
    assert ("Area", "曹杨广场商圈") in nodes
    assert ("Area", "曹杨商圈") not in nodes


# --- chairs ----------------------------------------------------------------------------------

_HANDOVER = (
    "6月9日，凉城新村街道召开区域化党建联席会议，东华大学党委副书记张伟出席。"
    "接着，凉城新村街道区域化党建联席会议现任轮值主席张伟向新任轮值主席、东方报业集团党委委员李强"
    "交接理事会理事长单位铜牌。"
)


def test_handover_between_two_units_people() -> None:
    _, rels = _run(_HANDOVER)
    council = "凉城新村街道区域化党建联席会议"
    assert ("CHAIRS", "张伟", council) in rels
    assert ("CHAIRS", "东华大学", council) in rels
    assert ("CHAIRS", "东华大学", council + "理事会") in rels
    assert ("CHAIRS", "东方报业集团", council + "理事会") in rels


def test_no_handover_without_one() -> None:
    text = _HANDOVER.replace("交接理事会理事长单位铜牌", "共同出席")
    _, rels = _run(text)
    assert ("CHAIRS", "东华大学", "凉城新村街道区域化党建联席会议") not in rels


def test_delegate_of_the_chair_unit() -> None:
    text = "2020年5月6日，东方港务公司副总经理、凉城新村街道区域化党建轮值主席单位代表王芳致辞。"
    _, rels = _run(text)
    council = "凉城新村街道区域化党建联席会议"
    assert ("CHAIRS", "东方港务公司", council) in rels
    assert ("HOLDS_POSITION", "王芳", council) in rels
    _, rels = _run(text.replace("轮值主席单位代表", "成员单位代表"))
    assert not any(t == "CHAIRS" for t, _, _ in rels)


def test_chair_of_unnamed_holders_is_no_chair() -> None:
    text = "会上，甲商圈、乙商圈三个商圈党建联席会议的轮值主席共同发布了凉城新村街道区域化党建版图。"
    _, rels = _run(text)
    assert not any(t == "CHAIRS" for t, _, _ in rels)


# --- stations --------------------------------------------------------------------------------


def test_bodies_that_build_a_station_run_it() -> None:
    text = "2019年以来，凉城新村街道党工委与东方报业集团党委携手打造报业大厦党群服务站。"
    _, rels = _run(text)
    assert ("RUNS", "凉城新村街道党工委", "报业大厦党群服务站") in rels
    assert ("RUNS", "东方报业集团", "报业大厦党群服务站") in rels
    _, rels = _run("2019年，凉城新村街道党工委与东方报业集团党委参观了报业大厦党群服务站。")
    assert not any(t == "RUNS" for t, _, _ in rels)


def test_station_set_up_in_another() -> None:
    text = "凉城新村街道召开会议。今年街道在来福广场党建服务站开设青年法律服务工作站。"
    _, rels = _run(text)
    assert ("RUNS", "凉城新村街道", "青年法律服务工作站") in rels
    assert ("PART_OF", "青年法律服务工作站", "来福广场党建服务站") in rels
    assert ("LOCATED_IN", "青年法律服务工作站", "来福广场") in rels


def test_stations_a_new_one_follows() -> None:
    text = "凉城新村街道召开会议。该站点是街道继来福广场和中环大厦之后又一个位于商务楼宇中的党群活动站点。"
    _, rels = _run(text)
    assert ("RUNS", "凉城新村街道", "来福广场党群活动站点") in rels
    assert ("RUNS", "凉城新村街道", "中环大厦党群活动站点") in rels
    assert ("LOCATED_IN", "中环大厦党群活动站点", "中环大厦") in rels
    _, rels = _run(text.replace("之后又一个", "一样，是"))
    assert not any(t == "RUNS" for t, _, _ in rels)


# --- counted parts -----------------------------------------------------------------------------

_COUNTED = (
    "凉城新村街道召开会议。会上，甲商圈、乙商圈、丙商圈三个商圈党建联席会议的轮值主席出席。"
    "凉城新村街道在街道区域化党建联席会议的总体框架下，在三个片区布局地域性区域化党建联席会议。"
)


def test_councils_counted_earlier_are_the_frames_parts() -> None:
    nodes, rels = _run(_COUNTED)
    council = "凉城新村街道区域化党建联席会议"
    for area in "甲乙丙":
        assert ("PART_OF", f"{area}商圈党建联席会议", council) in rels
    assert not any(label == "Council" and "片区" in name for label, name in nodes)  # a count, no name


def test_a_different_count_is_not_the_list() -> None:
    _, rels = _run(_COUNTED.replace("在三个片区", "在四个片区"))
    assert not any(t == "PART_OF" and s.endswith("商圈党建联席会议") for t, s, _ in rels)


# --- units named by their place ------------------------------------------------------------------


def test_service_centre_is_a_unit_party_service_centre_a_station() -> None:
    names = {
        (m.label, m.name)
        for m in find_organisations("参观了凉城新村街道综合为老服务中心和凉城新村街道党群服务中心")
    }
    assert ("Unit", "凉城新村街道综合为老服务中心") in names
    assert ("Station", "凉城新村街道党群服务中心") in names
    visit = "一行来到了金山城市运行管理中心，参观了枫泾党建中心"
    names = {(m.label, m.name) for m in find_organisations(visit)}
    assert {("Unit", "金山城市运行管理中心"), ("Unit", "枫泾党建中心")} <= names
    # A centre of no kind the rules know is no name ("活动中心" alone, "中心组织").
    assert not find_organisations("来到了社区活动中心组织的讲座")


def test_building_before_a_business_title_is_its_management() -> None:
    text = "2020年5月6日，物业联盟轮值主席、来福广场物业经理王刚发出倡议。"
    nodes, rels = _run(text)
    assert ("Unit", "来福广场") in nodes
    assert ("HOLDS_POSITION", "王刚", "来福广场") in rels
    assert ("LOCATED_IN", "来福广场", "来福广场") in rels
    # The rotating chair's alliance is not where the building's manager works.
    assert not any(t == "HOLDS_POSITION" and e.endswith("联盟") for t, _, e in rels)
    # A building followed by no business title (a place of the person's activity) is no employer.
    nodes, _ = _run("2020年5月6日，在来福广场，主持人王刚发出倡议。")
    assert ("Unit", "来福广场") not in nodes


def test_building_joint_committee_covers_its_building_and_is_the_streets() -> None:
    text = (
        "凉城新村街道召开会议。凉城新村街道党工委书记王刚主持。"
        "来福汇联合党委是继中环大厦联合党委之后，凉城新村街道成立的第二个以楼宇综合体为单位的楼宇联合党委。"
    )
    nodes, rels = _run(text)
    assert ("Building", "来福汇") in nodes
    assert ("COVERS", "来福汇联合党委", "来福汇") in rels
    assert ("COVERS", "中环大厦联合党委", "中环大厦") in rels
    assert ("PART_OF", "来福汇联合党委", "凉城新村街道") in rels
    # Not said to be a building's committee: no building is made of its name.
    nodes, _ = _run(text.replace("以楼宇综合体为单位的楼宇联合党委", "联合党委"))
    assert ("Building", "来福汇") not in nodes


def test_party_body_and_its_unit_are_one() -> None:
    text = (
        "2020年5月6日，凉城新村街道召开会议，飞鸿影视中心党总支作交流。"
        "成员单位包括飞鸿影视中心、东方港务公司、大华银行静安支行等3家单位。"
    )
    nodes, _ = _run(text)
    assert ("Unit", "飞鸿影视中心") in nodes
    assert ("Unit", "飞鸿影视中心党总支") not in nodes


def test_council_written_back_by_its_kind_is_no_new_council() -> None:
    names = {
        (m.label, m.name)
        for m in find_organisations("成立了来福汇商圈党建联席会议，商圈党建联席会议将发挥作用")
    }
    assert ("Council", "来福汇商圈党建联席会议") in names
    assert ("Council", "商圈党建联席会议") not in names
    assert not find_organisations("形成“1个区级联席会议+7个专业委员会”的体制")  # a level, no name


def test_bare_street_is_never_a_town() -> None:
    text = "凉城新村街道中心组前往金山枫泾镇参观学习。（街道党政办）"
    _, rels = _run(text)
    assert not any(t == "PART_OF" and e == "枫泾镇" for t, _, e in rels)
    assert ("PART_OF", "凉城新村街道党政办", "凉城新村街道") in rels


def test_centre_after_a_groups_acronym_is_its_unit() -> None:
    nodes, rels = _run("2020年5月6日，凉城新村街道牵手HMG融媒体中心，合力打造思政课。", _MEDIA)
    assert ("PART_OF", "HMG融媒体中心", "华东传媒集团") in rels
    # A centre not written right after the acronym is not the group's.
    nodes, _ = _run("2020年5月6日，凉城新村街道牵手HMG，合力打造融媒体中心。", _MEDIA)
    assert not any(label == "Unit" and name.endswith("融媒体中心") for label, name in nodes)


def test_names_written_short_are_not_a_streets_when_no_street_dominates() -> None:
    text = (
        "静安区召开会议。甲乙路街道与区域单位联学联建。丙丁路街道为区域化党建度身订制活动。"
        "同时，区域化党建联席会议常务理事会和专业委员会的设置改进了决策机制。"
    )
    nodes, _ = _run(text)
    assert not any(
        label == "Council" and name.endswith("街道区域化党建联席会议常务理事会") for label, name in nodes
    )
    # In an article about one street, they are that street's.
    nodes, _ = _run(text.replace("丙丁路街道", "甲乙路街道"))
    assert ("Council", "甲乙路街道区域化党建联席会议常务理事会") in nodes


_DISTRICT_WIDE = (
    "徐汇区区域化党建工作围绕中心任务。甲乙路街道与区域单位联学联建。丙丁路街道为区域单位订制活动。"
    "在区、街道、居民区分别建立了“同心行动”区域化党建联席会议制度。"
    "区的联席会议由200多家单位组成，下设理事会；同时设立医疗卫生、文化教育等2个专业委员会。"
    "区域化党建年度演出专场轮值理事长单位华东理工大学“名家讲坛”。"
)


def test_councils_of_a_district_wide_article_are_the_districts() -> None:
    nodes, rels = _run(_DISTRICT_WIDE)
    council = "徐汇区“同心行动”区域化党建联席会议"
    assert ("Council", council) in nodes
    assert ("PART_OF", "医疗卫生专业委员会", council) in rels
    assert ("PART_OF", "文化教育专业委员会", council) in rels


def test_board_chair_unit_chairs_the_councils_board() -> None:
    _, rels = _run(_DISTRICT_WIDE)
    council = "徐汇区“同心行动”区域化党建联席会议"
    assert ("CHAIRS", "华东理工大学", council + "理事会") in rels
    assert ("PART_OF", council + "理事会", council) in rels
    assert ("CHAIRS", "华东理工大学", council) not in rels


def test_a_streets_article_keeps_its_own_council() -> None:
    # One street dominates: its council, not the district's, and committees set up in a
    # sentence naming no council under no district council.
    text = _DISTRICT_WIDE.replace("丙丁路街道", "甲乙路街道")
    nodes, _ = _run(text)
    assert not any(label == "Council" and name.startswith("徐汇区") for label, name in nodes)


def test_chair_units_receive_their_plaques() -> None:
    text = (
        "长风街道召开区域化党建联席会议。"
        "新一年度轮值主席产生，街道党工委书记王强为工商银行长风支行、普陀区少年宫、长风第二中学四个轮值单位授牌。"
    )
    _, rels = _run(text)
    chairs = {s for t, s, e in rels if t == "CHAIRS" and e == "长风街道区域化党建联席会议"}
    assert chairs == {"工商银行长风支行", "普陀区少年宫", "长风第二中学"}
    # Plaques for something else ("示范点") name no chairs.
    _, rels = _run("长风街道召开区域化党建联席会议。王强为工商银行长风支行、普陀区少年宫两个示范点授牌。")
    assert not any(t == "CHAIRS" for t, _, _ in rels)


def test_a_council_named_by_its_brand_in_a_streets_article_is_the_streets() -> None:
    nodes, rels = _run("2017年11月1日，云岭街道党工委在云岭大厦召开“云岭一家”区域化党建联席会议。")
    council = "云岭街道“云岭一家”区域化党建联席会议"
    assert ("Council", council) in nodes
    assert ("COVERS", council, "云岭街道") in rels
