"""Forms the extractor learned from articles of other districts: name boundaries, lists, venues,
speakers in turn (all sentences invented)."""

from __future__ import annotations

from loaders.extract import Gazetteer, extract_text
from loaders.extract.candidate import Candidates
from loaders.extract.linking import Known


def _nodes(text: str) -> set[tuple[str, str]]:
    return {(n.label, n.name) for n in extract_text(text, document_name="t.txt").nodes}


def _node_names(text: str) -> set[str]:
    return {name for _, name in _nodes(text)}


def _held(c: Candidates) -> set[tuple[str, str, str]]:
    """(person, body, title) of every HOLDS_POSITION."""
    return {
        (r.start.name, r.end.name, str(r.properties["title"]))
        for r in c.relationships
        if r.type == "HOLDS_POSITION"
    }


def test_place_word_filed_as_numeral_stays_in_the_name() -> None:
    names = _node_names("千里街道党工委书记周明与万里春晖居民区党总支书记李华共同出席。")
    assert "万里春晖居民区" in names
    assert "春晖居民区" not in names


def test_a_count_is_not_part_of_a_name() -> None:
    names = _node_names("长风新增3家“红帆”党群服务站，服务周边楼宇。")
    assert not any("3家" in n or n.startswith("长风新增") for n in names)


def test_a_name_starts_inside_an_open_bracket() -> None:
    names = _node_names("在区委组织部(区社工委)指导下，红帆楼宇(园区)党群服务站开展评估。")
    assert "区社工委" in names
    assert not any(n.endswith("(园区") or "(区社工委" in n for n in names)


def test_a_brand_in_quotes_is_not_part_of_a_building() -> None:
    nodes = _nodes("“红帆驿站”长风时代广场党群服务站位于云岭西路99号。")
    assert ("Building", "长风时代广场") in nodes
    assert not any(label == "Building" and "“" in name for label, name in nodes)
    c = extract_text("“红帆驿站”长风时代广场党群服务站位于云岭西路99号。", document_name="t.txt")
    located = {(r.start.name, r.end.name) for r in c.relationships if r.type == "LOCATED_IN"}
    assert ("“红帆驿站”长风时代广场党群服务站", "长风时代广场") in located


def test_a_branch_of_a_company_is_one_body() -> None:
    names = _node_names("服务站得到了云海物业服务有限公司上海分公司的支持。")
    assert "云海物业服务有限公司上海分公司" in names
    assert "上海分公司" not in names


def test_a_kind_of_party_body_is_no_body() -> None:
    names = _node_names("仪式中，长风一村项目临时党支部宣布成立，临时党支部书记王强发言。")
    assert "临时党支部" not in names
    assert "长风一村项目临时党支部" in names


def test_a_verb_before_a_suffix_makes_no_name() -> None:
    names = _node_names("物业专门提供了公用区域空间用于服务站建设。")
    assert not any(n.endswith("用于服务站") for n in names)


def test_bodies_by_newer_suffixes_and_bank_titles() -> None:
    nodes = _nodes("工商银行长风支行行长孙莉、普陀区少年宫、长风第二离职干部休养所代表出席会议。")
    assert ("Person", "孙莉") in nodes
    assert ("Unit", "长风第二离职干部休养所") in nodes
    assert ("Unit", "普陀区少年宫") in nodes


def test_experience_is_no_meeting() -> None:
    labels = _nodes("围绕过去一年开展区域化党建工作的有效做法与体会，三位代表作交流发言。")
    assert not any(label == "Event" and name.endswith("体会") for label, name in labels)


def test_an_agreement_with_a_list_pairs_each_item() -> None:
    c = extract_text(
        "长风社区卫生服务中心党支部与云岭中学党委、长风交警中队党支部、华东建材有限公司党委签订了结对共建协议。",
        document_name="t.txt",
    )
    paired = {(r.start.name, r.end.name) for r in c.relationships if r.type == "PAIRED_WITH"}
    assert paired == {
        ("长风社区卫生服务中心", "云岭中学"),
        ("长风社区卫生服务中心", "长风交警中队"),
        ("长风社区卫生服务中心", "华东建材有限公司"),
    }


def test_a_place_name_starts_after_a_verb() -> None:
    names = _node_names("“红帆治理”党建引领云岭路街区治理项目启动，云岭路街区党支部参加。")
    assert "云岭路街区" in names
    assert not any(n.endswith("街区") and "引领" in n for n in names)


def test_the_council_signs_not_the_street_inside_its_name() -> None:
    text = "仪式上，长风街道区域化党建联席会议与云岭中学党委签订党建联建共建协议。"
    c = extract_text(text, document_name="t.txt")
    signed = {(r.start.name, r.end.name) for r in c.relationships if r.type == "SIGNED_AGREEMENT"}
    assert signed == {("长风街道区域化党建联席会议", "云岭中学")}


def test_a_preposition_before_a_quotation_ends_a_name() -> None:
    names = _node_names("长风街道党群办副主任刘莎以“资源赋能促发展”为主题作介绍。")
    assert "刘莎" in names and "刘莎以" not in names
    # A three-character name stays whole before other words.
    assert "王以明" in _node_names("长风街道党群办副主任王以明作介绍。")


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {
        (r.type, r.start.name, r.end.name) for r in extract_text(text, document_name="t.txt").relationships
    }


def test_speakers_in_turn_take_part() -> None:
    text = (
        "4月8日，长风街道召开区域化党建工作联席会议。"
        "云岭中学校长李华、华东建材有限公司总经理王强分别作交流发言。"
    )
    takers = {s for t, s, e in _rels(text) if t == "PARTICIPATED_IN" and e.endswith("联席会议")}
    assert {"李华", "王强"} <= takers
    # Named without speaking, they do not.
    text = "4月8日，长风街道召开区域化党建工作联席会议。云岭中学校长李华分管德育工作。"
    assert not any(t == "PARTICIPATED_IN" and s == "李华" for t, s, _ in _rels(text))


def test_projects_listed_before_a_qualified_count() -> None:
    names = _nodes("会上签订了长风滨江步道提升项目、云岭社区食堂项目两个具有代表性的区域化党建项目。")
    assert ("Project", "长风滨江步道提升项目") in names and ("Project", "云岭社区食堂项目") in names


def test_a_meeting_held_in_an_industrial_park_or_a_hall() -> None:
    rels = _rels("日前，长风街道区域化党建联席会议在云岭节能环保产业园召开。")
    assert any(t == "HELD_AT" and e == "云岭节能环保产业园" for t, _, e in rels)


def test_committees_set_up_by_quoted_fields() -> None:
    names = _nodes("街道决定成立“城市更新”、“青年发展”、“为老服务”三个区域性党建专业委员会。")
    for field in ("城市更新", "青年发展", "为老服务"):
        assert ("Committee", field + "专业委员会") in names
    # Quoted words not closed by a count of committees make none.
    assert not any(label == "Committee" for label, _ in _nodes("街道推出“城市更新”、“青年发展”等活动。"))


# Forms of other cities' articles (Beijing's 协调委员会, 社区, 街道工委 …).


def test_a_district_before_its_street_anywhere() -> None:
    nodes = _nodes("近日，昌平区回龙街道召开2023年党建工作协调委员会全体会议。")
    assert ("District", "昌平区") in nodes and ("Street", "回龙街道") in nodes
    assert ("Council", "回龙街道党建工作协调委员会") in nodes
    rels = _rels("近日，昌平区回龙街道召开2023年党建工作协调委员会全体会议。")
    assert ("PART_OF", "回龙街道", "昌平区") in rels
    assert ("COVERS", "回龙街道党建工作协调委员会", "回龙街道") in rels
    # A word before 区 that is not a district's name ("园区") makes no district.
    assert not any(label == "District" for label, _ in _nodes("园区胜利街道召开会议。"))


def test_members_that_attend_by_their_leaders() -> None:
    text = (
        "5月9日下午，云岭街道召开党建联盟会议，区政协主席、云岭街道驻点领导周强到会指导，"
        "云岭化工厂、高新分局、云岭一中等18家企事业单位党组织负责人参加会议。"
    )
    nodes, rels = _nodes(text), _rels(text)
    assert ("Person", "周强") in nodes
    takers = {s for t, s, e in rels if t == "PARTICIPATED_IN" and e.endswith("会议")}
    assert {"周强", "云岭化工厂", "高新分局", "云岭一中"} <= takers
    # Members that merely attend ("参会") take part too.
    text = "云岭街道召开2023年党建工作协调委员会全体会议，区检察院、云岭实业有限公司等11家成员单位参会。"
    takers = {s for t, s, e in _rels(text) if t == "PARTICIPATED_IN"}
    assert {"区检察院", "云岭实业有限公司"} <= takers


def test_a_street_office_title_is_held_in_the_street() -> None:
    rels = _rels("会议由云岭街道党工委书记、办事处主任吴刚主持。")
    assert ("HOLDS_POSITION", "吴刚", "云岭街道党工委") in rels
    assert ("HOLDS_POSITION", "吴刚", "云岭街道") in rels


def test_a_community_named_after_its_street() -> None:
    nodes = _nodes("9月12日，云岭街道翠湖社区开展党建联席会。")
    assert ("Area", "翠湖社区") in nodes
    assert not any(label == "Area" for label, _ in _nodes("街道推动社区治理，服务社区居民。"))


def test_a_meeting_room_is_a_venue() -> None:
    rels = _rels("5月9日，云岭街道在翠湖社区会议室召开党建联盟会议。")
    assert any(t == "HELD_AT" and e == "翠湖社区会议室" for t, _, e in rels)


def test_a_positional_stop_word_at_a_names_head_is_the_names() -> None:
    names = _node_names("会上，中宏物流有限公司党支部、新江桥街道党工委书记王强发言。")
    assert "中宏物流有限公司" in names and "新江桥街道" in names
    # After a verb of setting up, 内 is the sentence's: "开设内X工作站" is "X工作站".
    names = _node_names("街道在云岭大厦党群服务站开设内商务楼宇法律服务工作站。")
    assert "商务楼宇法律服务工作站" in names


def test_words_that_only_look_like_names() -> None:
    nodes = _nodes("为贯彻习近平总书记关于社会治理的重要论述，落实区委关于物业治理的部署，长风街道举办活动。")
    assert not any(label == "Person" for label, _ in nodes)
    assert ("Unit", "落实区委") not in nodes
    assert not any(name.endswith("举办") for _, name in nodes)


def test_a_building_council_and_its_members() -> None:
    nodes = _nodes("1月6日，长风商业中心楼宇治理委员会揭牌。二级巡视员史文明出席。")
    assert ("Council", "长风商业中心楼宇治理委员会") in nodes
    assert ("Building", "长风商业中心") in nodes
    assert ("Person", "史文明") in nodes


def test_forms_of_a_district_newsletter_report() -> None:
    text = (
        "12月17日上午，长风街道在云岭会堂先后召开长风街道2020年区域化党建联席会议理事会和"
        "“共建家园”2020长风街道区域化党建联席会议暨“长风红”系列活动启动仪式。"
        "区委常委、组织部部长周明，长风街道党工委书记王强参加会议。"
        "会议决定，增补华东建材有限公司上海分公司党委和云岭中学党总支为理事单位。"
        "街道将按照“做强街镇、做优社区”的要求推进工作。"
    )
    nodes, rels = _nodes(text), _rels(text)
    events = {name for label, name in nodes if label == "Event"}
    assert "2020年长风街道区域化党建联席会议理事会" in events
    assert any(name.startswith("“共建家园”2020长风街道区域化党建联席会议") for name in events)
    assert ("Council", "“共建家园”2020长风街道区域化党建联席会议") not in nodes
    assert ("HOLDS_POSITION", "周明", "区委") in rels
    assert ("Unit", "华东建材有限公司上海分公司") in nodes
    assert not any(name.startswith("增补") for _, name in nodes)
    assert ("Street", "做强街镇") not in nodes


def test_an_event_written_before_its_verb() -> None:
    text = (
        "6月27日，“同心同行”长风街道庆祝建党主题活动暨区域化党建工作联席会议年度工作会议举行。"
        "区委副书记周明出席会议。"
    )
    events = {name for label, name in _nodes(text) if label == "Event"}
    assert "长风街道庆祝建党主题活动暨区域化党建工作联席会议年度工作会议" in events
    assert any(t == "PARTICIPATED_IN" and s == "周明" for t, s, _ in _rels(text))


def test_a_community_party_committee_stands_for_the_community() -> None:
    text = "4月26日，城南街道翠湖社区党委、云岭社区党总支结成党建联盟。翠湖社区党委书记费明说。"
    nodes, rels = _nodes(text), _rels(text)
    assert ("Area", "翠湖社区") in nodes and ("Area", "云岭社区") in nodes
    assert ("HOLDS_POSITION", "费明", "翠湖社区") in rels
    assert not any(label == "Unit" and name.endswith("社区党委") for label, name in nodes)


def test_a_government_body_or_school_may_hold_and_in_its_name() -> None:
    text = (
        "松江区住房保障和房屋管理局副局长陈实、华东大学新材料与绿色能源学院党委副书记林岚、"
        "市规划和自然资源局处长王丰出席活动。"
    )
    c = extract_text(text, document_name="t.txt")
    names = {n.name for n in c.nodes}
    assert {"松江区住房保障和房屋管理局", "华东大学新材料与绿色能源学院", "市规划和自然资源局"} <= names
    assert "房屋管理局" not in names and "绿色能源学院" not in names
    held = _held(c)
    assert ("陈实", "松江区住房保障和房屋管理局", "副局长") in held
    assert ("林岚", "华东大学新材料与绿色能源学院", "党委副书记") in held


def test_two_bodies_joined_by_and_stay_two() -> None:
    names = _node_names(
        "街道党工委和居民区党总支共同主办，区委组织部和区委宣传部参加，市民和游客服务中心开放。"
    )
    assert {"区委组织部", "区委宣传部"} <= names
    assert not any("和" in n for n in names)


def test_a_district_bureau_before_its_head_title() -> None:
    c = extract_text("区人力资源局局长赵平出席会议。", document_name="t.txt")
    held = _held(c)
    assert held == {("赵平", "区人力资源局", "局长")}


def test_another_districts_bodies_do_not_link_to_the_known_district() -> None:
    known = Gazetteer(
        [
            Known("Unit", "静安区委组织部", ("区委组织部",)),
            Known("Unit", "中共静安区委", ("静安区委", "区委")),
        ]
    )

    def units(text: str) -> set[str]:
        c = extract_text(text, document_name="t.txt", gazetteer=known)
        return {n.name for n in c.nodes if n.label == "Unit"}

    assert "静安区委组织部" not in units("作者：西城区委组织部。")
    assert "西城区委组织部" in units("西城区金融街街道召开会议。区委组织部副部长李明出席。")
    assert "静安区委组织部" not in units("西城区金融街街道召开会议。区委组织部副部长李明出席。")
    assert "静安区委组织部" in units("静安区南京西路街道召开会议。区委组织部副部长李明出席。")


def test_a_list_closed_by_a_kind_of_organisation_names_units() -> None:
    text = "东方重工、远洋商飞等大国重器之央企，申城地产、滨江集团等区域开发主体参加活动。"
    names = _node_names(text)
    assert {"东方重工", "远洋商飞", "申城地产", "滨江集团"} <= names
    assert not _node_names("加强党建、服务群众等工作单位。") & {"服务群众", "加强党建"}


def test_units_listed_as_members_of_a_body_at_its_meeting() -> None:
    text = (
        "9月17日，长河街道召开党建协调委员会联席会。街道工委书记方明主持会议，"
        "新华社、远东银行总行、北方电力集团、北京联通等街道党建协调委员会成员单位党组织代表参加会议。"
        "长河街道党建工作协调委员会成立于2018年，来自辖区的新华社、北方电力、远东银行总行等机关企事业单位"
        "成为首批成员单位。"
    )
    c = extract_text(text, document_name="t.txt", article_date="2020-09-24")
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    council, meeting = "长河街道党建协调委员会", "长河街道党建协调委员会联席会"
    for unit in ("新华社", "远东银行总行", "北方电力集团", "北京联通"):
        assert ("MEMBER_OF", unit, council) in rels
        assert ("PARTICIPATED_IN", unit, meeting) in rels
    assert ("ORGANISED", "长河街道", meeting) in rels
    # The street convenes the council's meeting: the council is at it.
    assert ("PARTICIPATED_IN", council, meeting) in rels
    by_name = {n.name: n for n in c.nodes}
    # "党建工作协调委员会" is the same council; "北方电力" the group named in full before.
    assert "长河街道党建工作协调委员会" in by_name[council].aliases
    assert "北方电力" in by_name["北方电力集团"].aliases
    assert "远东银行" not in by_name


def test_units_that_become_members_of_the_body_the_sentence_is_about() -> None:
    text = (
        "长河街道党建工作协调委员会成立于2018年，来自辖区的新华社、北方电力等机关企事业单位成为首批成员单位。"
    )
    c = extract_text(text, document_name="t.txt")
    members = {(r.start.name, r.end.name) for r in c.relationships if r.type == "MEMBER_OF"}
    assert members == {("新华社", "长河街道党建工作协调委员会"), ("北方电力", "长河街道党建工作协调委员会")}


def test_a_list_closed_by_a_count_of_units_without_deng() -> None:
    text = (
        "活动中，华泾镇、区教育局、规资局、申城地铁建设集团有限公司十九号线项目管理分公司、"
        "龙华房地产有限公司5家单位共同点亮“华之门共建共治联盟”。"
    )
    nodes = _nodes(text)
    assert {("Unit", "规资局"), ("Unit", "申城地铁建设集团有限公司十九号线项目管理分公司")} <= nodes
    assert not any(label == "Project" for label, _ in nodes)
    assert ("Unit", "申城地铁建设集团有限公司") not in nodes


def test_people_and_unit_counts_are_not_listed_units_or_projects() -> None:
    text = (
        "潞源街道召开会议，区住房和城乡建设委员会、潞源街道相关工作负责人及16家项目单位党组织负责人参加会议。"
    )
    nodes = _nodes(text)
    assert ("Unit", "区住房和城乡建设委员会") in nodes
    assert ("Street", "潞源街道") in nodes
    assert not any("负责人" in name or label == "Project" for label, name in nodes)


def test_an_ordinal_sitting_a_complement_and_a_word_ending_in_zhen_are_not_names() -> None:
    names = _node_names(
        "杨浦区区域化党建联盟第四次联席会议举行，要进一步发挥好街道建筑企业党建工作协调委员会的作用，"
        "全力打造科创重镇。"
    )
    assert "第四次联席会议" not in names and "科创重镇" not in names
    assert not any(n.startswith("好") for n in names)


def test_one_alliance_written_in_full_short_and_after_a_slogan() -> None:
    text = (
        "2021年12月29日，“上海市浦东新区世博地区央地融合区域化党建联盟”正式揭牌成立。"
        "近日，“荟聚世博”世博地区央地融合区域化党建联盟党建品牌联展活动启动。"
        "世博地区央地融合区域化党建联盟共有45家成员单位。"
    )
    alliances = [n for n in extract_text(text, document_name="t.txt").nodes if n.label == "Alliance"]
    assert [a.name for a in alliances] == ["上海市浦东新区世博地区央地融合区域化党建联盟"]
    assert "世博地区央地融合区域化党建联盟" in alliances[0].aliases


def test_a_universitys_own_page_calls_it_our_school() -> None:
    text = (
        "青浦区区域化党建联盟第三次联席会议在东华理工大学举行\n"
        "16.03.2018 11:18\n"
        "本文来源: 东华理工大学\n"
        "3月15日上午,青浦区区域化党建联盟第三次联席会议在我校举行。我校党委书记吴松出席会议。"
        "我校作为青浦区区域化党建联盟常务理事单位，受邀做主题交流发言。\n"
        "会议现场(王博 摄)\n"
    )
    c = extract_text(text, document_name="t.txt")
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    meeting, alliance, school = "青浦区区域化党建联盟第三次联席会议", "青浦区区域化党建联盟", "东华理工大学"
    assert ("HELD_AT", meeting, school) in rels
    assert ("HOLDS_POSITION", "吴松", school) in rels
    assert ("MEMBER_OF", school, alliance) in rels
    # Convened by no one the page names: the alliance's own meeting.
    assert ("ORGANISED", alliance, meeting) in rels
    # The date and source lines are sentences of their own, not part of the headline's names.
    assert not any(n.name.startswith(("16", "本文")) for n in c.nodes)
    assert not any(r.type == "ORGANISED" and r.start.name == school for r in c.relationships)


def test_compound_surnames_doubled_district_and_a_place_after_daibiao() -> None:
    c = extract_text(
        "杨浦区区委书记诸葛宇杰作了报告。会上，唐海东代表杨浦区介绍区情。", document_name="t.txt"
    )
    people = {n.name for n in c.nodes if n.label == "Person"}
    assert people == {"诸葛宇杰"}
    held = {(r.start.name, r.end.name) for r in c.relationships if r.type == "HOLDS_POSITION"}
    assert held == {("诸葛宇杰", "中共杨浦区委")}


def test_a_district_named_before_its_streets_body_and_as_its_committees_owner() -> None:
    c = extract_text(
        "作者：西城区委组织部\n静安区南京西路街道党工委书记周惠珍出席。金融街街道工委书记许晓红主持会议。",
        document_name="t.txt",
    )
    nodes = {(n.label, n.name) for n in c.nodes}
    assert {("District", "西城区"), ("Unit", "南京西路街道党工委"), ("Unit", "金融街街道工委")} <= nodes
    assert ("Street", "静安区南京西路街道") not in nodes
    held = _held(c)
    assert ("周惠珍", "南京西路街道党工委", "书记") in held
    assert ("许晓红", "金融街街道工委", "书记") in held
    assert not _nodes("锦霞社区委员会书记张明出席。") & {("District", "锦霞社区"), ("District", "霞社区")}


def test_leaders_of_three_places_at_a_signing_ceremony() -> None:
    text = (
        "5月15日,由上海市崇明区委组织部发起的崇启海“毗邻党建”联盟签约仪式在崇明区东平镇社区党群服务中心举行。"
        "崇明区委常委、组织部部长姚卫华,启东市委常委、组织部部长葛伟等三地领导出席签约仪式并讲话。"
        "会上,崇明区东平镇党委、启东市启隆镇党委作了交流发言。"
    )
    c = extract_text(text, document_name="t.txt", article_date="2020-05-18")
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    events = [n for n in c.nodes if n.label == "Event"]
    assert len(events) == 1
    ceremony = events[0].name
    assert ("ORGANISED", "上海市崇明区委组织部", ceremony) in rels
    for taker in ("姚卫华", "葛伟", "东平镇党委", "启隆镇党委"):
        assert ("PARTICIPATED_IN", taker, ceremony) in rels
    assert {("HOLDS_POSITION", "葛伟", "中共启东市委"), ("HOLDS_POSITION", "葛伟", "启东市委组织部")} <= rels
    assert ("PART_OF", "启东市委组织部", "中共启东市委") in rels
    assert ("Street", "启隆镇") in {(n.label, n.name) for n in c.nodes}


def test_a_ceremony_is_attended_by_those_who_attend_and_speak_at_it() -> None:
    text = "“长风行”党建品牌发布活动在云岭会议厅举行。区委书记周明出席活动。部长李华表示支持。"
    c = extract_text(text, document_name="t.txt")
    takers = {r.start.name for r in c.relationships if r.type == "PARTICIPATED_IN"}
    assert takers == {"周明", "李华"}


def test_district_and_town_heads_and_a_committees_political_and_legal_commission() -> None:
    c = extract_text(
        "青浦区委副书记、区长杨小菁，区委常委、政法委书记顾骏出席仪式。朱家角镇党委副书记、镇长李明出席。",
        document_name="t.txt",
    )
    held = _held(c)
    assert {
        ("杨小菁", "青浦区", "区长"),
        ("顾骏", "中共青浦区委", "常委"),
        ("顾骏", "青浦区委政法委", "书记"),
        ("李明", "朱家角镇", "镇长"),
    } <= held
    assert ("PART_OF", "青浦区委政法委", "中共青浦区委") in {
        (r.type, r.start.name, r.end.name) for r in c.relationships
    }


def test_a_bare_district_committee_in_another_districts_article() -> None:
    known = Gazetteer([Known("Unit", "中共静安区委", ("静安区委", "区委"))])
    c = extract_text("青浦区委副书记杨小菁，区委常委顾骏出席仪式。", document_name="t.txt", gazetteer=known)
    assert "中共静安区委" not in {n.name for n in c.nodes}


def test_an_alliances_members_listed_after_its_founder() -> None:
    text = (
        "镇内5家单位近日共同签订协议书成立“同心园”党建联盟。"
        "党建联盟由新桥镇第一综合党委牵头发起，包括新桥镇第一综合党委、新桥镇工业园区管委会(镇经济发展办公室)党支部、"
        "新桥联合党支部(文化中心)和新桥镇市场监督管理所党支部。"
    )
    c = extract_text(text, document_name="t.txt")
    members = {
        r.start.name for r in c.relationships if r.type == "MEMBER_OF" and r.end.name == "“同心园”党建联盟"
    }
    assert members == {"新桥镇第一综合党委", "新桥镇工业园区管委会", "新桥联合党支部", "新桥镇市场监督管理所"}
    assert not {"联合党支部", "楼宇联合党支部"} & _node_names("成立了楼宇联合党支部和联合党支部。")


def test_a_counted_membership_lists_members_across_its_clauses() -> None:
    text = (
        "2021年5月，“云岭湾区域化党建联盟”正式揭牌成立。"
        "党建联盟共有20家成员单位，包括12家央企总部，云岭区委组织部、云岭区发展和改革委员会等5家职能部门"
        "以及千里街道、万里街道等2个街道。"
    )
    c = extract_text(text, document_name="t.txt")
    members = {r.start.name for r in c.relationships if r.type == "MEMBER_OF"}
    assert {"千里街道", "万里街道", "云岭区委组织部"} <= members


def test_kinds_of_unit_are_not_units_and_place_words_end_street_names() -> None:
    names = _node_names("佛祖岭街道提名了来自园区、高校、国企、中小学等各类单位代表共9位。")
    assert "佛祖岭街道" in names
    assert not names & {"园区", "高校", "国企", "中小学"}


def test_two_parties_hold_a_signing_and_pair_up() -> None:
    c = extract_text(
        "上海市黄浦区业余大学与上海市绿化管理指导站举行党建联建签约仪式。"
        "月浦镇党委与上海交大医学院医院管理处开展联建共建活动。"
        "崇启海联盟签约仪式在东平镇社区党群服务中心举行。",
        document_name="t.txt",
    )
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    event = "上海市黄浦区业余大学与上海市绿化管理指导站党建联建签约仪式"
    assert {
        ("ORGANISED", "上海市黄浦区业余大学", event),
        ("ORGANISED", "上海市绿化管理指导站", event),
    } <= rels
    assert ("SIGNED_AGREEMENT", "上海市黄浦区业余大学", "上海市绿化管理指导站") in rels
    assert ("PAIRED_WITH", "月浦镇党委", "上海交大医学院医院管理处") in rels
    # A ceremony's place is no party to the agreement.
    assert not any(t == "SIGNED_AGREEMENT" and "东平镇" in e for t, _, e in rels)


def test_fields_of_work_are_no_projects_unless_quoted() -> None:
    names = _node_names("双方将在党性教育交流、社区志愿服务、关爱弱势困难群体等方面加强合作。")
    assert not names & {"社区志愿服务", "关爱弱势困难群体"}
    nodes = _nodes("围绕“先锋南西”、“志愿南西”、“共治南西”六个方面推进。")
    assert ("Project", "先锋南西") in nodes


def test_a_numeral_that_begins_a_place_a_pronoun_a_caption_and_a_counted_group() -> None:
    text = (
        "1月22日下午，杨浦区五角场街道召开了2019年度党员代表会议。"
        "来自校区、园区的160位党员代表齐聚一堂。\n"
        "图为杨浦区委常委、组织部部长黄红，上海财经大学党委组织部部长刘庆生为两个专委会揭牌。新华网发\n"
        "杨浦区委常委、组织部长黄红表示肯定，她希望五角场街道继续努力。"
    )
    c = extract_text(text, document_name="t.txt")
    names = {n.name for n in c.nodes}
    assert {"五角场街道", "杨浦区委组织部", "刘庆生"} <= names
    assert not any(n.startswith(("角场", "她", "图为", "新华网")) for n in names)
    assert "齐聚" not in names
    held = {(r.start.name, r.end.name) for r in c.relationships if r.type == "HOLDS_POSITION"}
    assert ("黄红", "杨浦区委组织部") in held


def test_a_known_districts_alias_does_not_name_another_districts_department() -> None:
    known = Gazetteer(
        [Known("Unit", "静安区委组织部", ("区委组织部",)), Known("Unit", "中共静安区委", ("区委",))]
    )
    c = extract_text(
        "宝山区区委书记汪泓、区委常委、组织部部长李峻出席。", document_name="t.txt", gazetteer=known
    )
    units = {n.name for n in c.nodes if n.label == "Unit"}
    assert "宝山区委组织部" in units and "静安区委组织部" not in units


def test_parks_named_and_not_and_a_theme_with_a_comma() -> None:
    names = _node_names("大力将党建工作融入园区建设，中成智谷作为新型产业园，位于中成智谷物业管理处。")
    assert "中成智谷物业管理处" in names
    assert not any(n.endswith(("融入园区", "新型产业园")) or n.startswith("成智谷") for n in names)
    c = extract_text(
        "4月20日，漕河泾开发区松江园区党委和新桥镇第一综合党委共同举办了“助力G60科创走廊建设，区域化党建共建”活动。",
        document_name="t.txt",
    )
    organisers = {r.start.name for r in c.relationships if r.type == "ORGANISED"}
    assert organisers == {"漕河泾开发区松江园区党委", "新桥镇第一综合党委"}
    # Names are NFKC-normalised: the full-width comma is stored as ",".
    assert next(n.name for n in c.nodes if n.label == "Event").endswith(
        "“助力G60科创走廊建设,区域化党建共建”活动"
    )


def test_a_three_character_name_in_a_list_of_titled_people() -> None:
    c = extract_text("淞南镇党委副书记、镇长徐洪发、淞南镇党委副书记詹军出席。", document_name="t.txt")
    assert {"徐洪发", "詹军"} <= {n.name for n in c.nodes if n.label == "Person"}


def test_two_communities_sign_and_pair() -> None:
    text = (
        "2024年9月11日，石羊街道新园社区与盛兴社区携手，共同开启了一场共建签约仪式。"
        "接下来，新园社区与盛兴社区共同签署了《区域化党建共建协议书》。"
        "盛兴社区和新园社区将继续深化结对共建工作。"
    )
    c = extract_text(text, document_name="t.txt")
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    pairs = {(t, frozenset((a, b))) for t, a, b in rels if t in ("SIGNED_AGREEMENT", "PAIRED_WITH")}
    assert ("SIGNED_AGREEMENT", frozenset({"新园社区", "盛兴社区"})) in pairs
    assert ("PAIRED_WITH", frozenset({"新园社区", "盛兴社区"})) in pairs
    organisers = {a for t, a, _ in rels if t == "ORGANISED"}
    assert organisers == {"新园社区", "盛兴社区"}


def test_founded_at_a_place_held_there_and_furniture_on_the_headline_line() -> None:
    c = extract_text(
        "月浦镇党委与上海交大医学院医院管理处开展联建共建活动 日期:[2021/4/14] 作者:[月浦镇]\n"
        "2月28日下午，以“新引擎”为主题的安亭镇2023年度“区块联动”主题月活动在嘉定区党建(群团)服务中心顺利开展。"
        "2021年12月29日，“世博地区央地融合区域化党建联盟”在世博会博物馆正式揭牌成立。",
        document_name="t.txt",
    )
    events = {n.name for n in c.nodes if n.label == "Event"}
    assert "世博地区央地融合区域化党建联盟揭牌成立" in events
    assert any(e.endswith("“区块联动”主题月活动") for e in events)
    assert ("Street", "安亭镇") in {(n.label, n.name) for n in c.nodes}
    assert not any("日期" in e or "作者" in e for e in events)
    held = {(r.start.name, r.end.name) for r in c.relationships if r.type == "HELD_AT"}
    assert any(place == "嘉定区党建(群团)服务中心" for _, place in held)


def test_party_branches_written_in_full_stand_for_their_units() -> None:
    nodes = _nodes(
        "“7”是指中共杭州市儿童福利院支部委员会、中共浙江方圆检测集团股份有限公司金属支部委员会。"
        "一批上海外国语大学的学生参加，落实省市委部署，在市、区组织部门的指导下开展。"
    )
    assert {
        ("Unit", "杭州市儿童福利院"),
        ("Unit", "浙江方圆检测集团股份有限公司"),
        ("Unit", "上海外国语大学"),
    } <= nodes
    names = {name for _, name in nodes}
    assert not any(
        n.startswith(("指", "中共浙江", "一批", "落实")) or n in ("区组织部", "金属支部委员会") for n in names
    )
    assert ("Unit", "中共二大会址纪念馆") in _nodes("上海棋院、中共二大会址纪念馆等单位参加。")


def test_villages_town_streets_demonstratives_and_areas_listed_with_one_suffix() -> None:
    nodes = _nodes(
        "叶榭镇金家村党总支书记金雄斌介绍情况。虹口区江湾镇街道在三门路街区党群服务中心举办活动。"
        "由一栋三层主楼和一间24小时驿站组成。周边有晋元、三生、永顺、文安居民区。"
        "平安办、自治办、交警大队、中凯居民区代表发言。"
    )
    assert {("Area", "金家村"), ("Street", "江湾镇街道"), ("Station", "24小时驿站")} <= nodes
    assert {("Area", "晋元居民区"), ("Area", "三生居民区"), ("Area", "文安居民区")} <= nodes
    names = {name for _, name in nodes}
    assert "江湾镇" not in names and not any(
        n.startswith(("一间", "边有")) or n == "平安办居民区" for n in names
    )


def test_a_bare_district_committee_of_an_article_that_never_names_the_known_district() -> None:
    known = Gazetteer([Known("Unit", "中共静安区委", ("静安区委", "区委"))])
    other = extract_text(
        "“心联鑫”金山区域化党建联席会议召开。区委书记赵卫星出席会议。", document_name="t.txt", gazetteer=known
    )
    assert "中共静安区委" not in {n.name for n in other.nodes}
    own = extract_text("静安寺街道召开会议。区委书记于勇出席会议。", document_name="t.txt", gazetteer=known)
    assert "中共静安区委" in {n.name for n in own.nodes}


def test_communities_listed_before_one_with_its_party_body_and_a_district_named_by_its_organs() -> None:
    nodes = _nodes(
        "街道辖区内望城区人民检察院、中共望城区委党校等单位参加。旺旺路社区、仁和社区、喻家坡社区党支部书记出席。"
    )
    assert {
        ("District", "望城区"),
        ("Area", "旺旺路社区"),
        ("Area", "仁和社区"),
        ("Area", "喻家坡社区"),
    } <= nodes
    assert not any(label == "District" and name != "望城区" for label, name in nodes)


def test_a_centre_opened_is_an_event_held_there_by_its_street() -> None:
    c = extract_text("日前，五角场街道党群服务中心正式启用。", document_name="t.txt")
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    event = "五角场街道党群服务中心启用"
    assert {("ORGANISED", "五角场街道", event), ("HELD_AT", event, "五角场街道党群服务中心")} <= rels


def test_a_parent_written_at_the_head_of_a_name_is_a_node_and_holds_it() -> None:
    text = "云岭理工大学材料学院、华东市公安局云岭分局东湖派出所、东湖第二人民医院后勤党支部参加活动。"
    rels = _rels(text)
    assert {
        ("PART_OF", "云岭理工大学材料学院", "云岭理工大学"),
        ("PART_OF", "华东市公安局云岭分局东湖派出所", "华东市公安局云岭分局"),
        ("PART_OF", "华东市公安局云岭分局", "华东市公安局"),
        ("PART_OF", "东湖第二人民医院后勤党支部", "东湖第二人民医院"),
    } <= rels


def test_only_the_nearest_parent_holds_a_part() -> None:
    rels = _rels("云岭医科大学附属第二医院急诊科党支部、华东建工集团第二建设有限公司参加活动。")
    assert ("PART_OF", "云岭医科大学附属第二医院急诊科党支部", "云岭医科大学附属第二医院") in rels
    assert not any(e in ("云岭医科大学", "华东建工集团") for t, _, e in rels if t == "PART_OF")


def test_a_bodys_own_party_body_and_a_university_hospital_are_no_parts() -> None:
    names = _node_names("云岭理工大学校党委、云岭医科大学附属第一医院、华东银行东湖支行参加活动。")
    assert "云岭理工大学校党委" not in names and "云岭理工大学" in names
    assert "云岭医科大学" not in names and "华东银行" not in names


def test_a_name_written_short_after_its_parent_is_the_same_unit() -> None:
    text = (
        "6月26日，云岭大学人民医院东湖医院与华东市公安局云岭分局东湖派出所签订共建协议。"
        "东湖医院执行院长李明致辞。东湖派出所所长王强致辞。"
    )
    rels = _rels(text)
    assert ("HOLDS_POSITION", "李明", "云岭大学人民医院东湖医院") in rels
    assert ("HOLDS_POSITION", "王强", "华东市公安局云岭分局东湖派出所") in rels
    assert "东湖医院" not in _node_names(text)


def test_a_towns_own_bodies_written_without_its_name_are_the_articles_towns() -> None:
    text = (
        "近日，云岭镇党委与华东电力有限公司开展联建共建活动。"
        "镇党委书记李强介绍了情况。镇社区党群服务中心主任王丽参加。"
    )
    rels = _rels(text)
    assert ("HOLDS_POSITION", "李强", "云岭镇党委") in rels
    assert ("HOLDS_POSITION", "王丽", "云岭镇社区党群服务中心") in rels
    assert "镇" not in _node_names(text)
    # In a street's article a town's body is nobody's in particular; 镇江 is a city, not a town's.
    assert "镇党委" not in _node_names("云岭街道召开会议。镇党委书记李强介绍了情况。")


def test_a_particle_before_a_name_is_not_its_head() -> None:
    names = _node_names("此次联盟成立，代表着云岭广场商圈基层党支部迈出了一步。")
    assert "云岭广场商圈" in names and not any(n.startswith("着") for n in names)


def test_a_communitys_party_committee_stands_for_the_community() -> None:
    nodes = _nodes("此次联建由华东市云岭区东湖街道星河社区委员会牵头。")
    assert ("Area", "星河社区") in nodes
    assert not any(name.endswith("社区委") for _, name in nodes)


def test_a_companys_branch_named_by_its_place_is_one_body() -> None:
    names = _node_names("华东航空油料有限责任公司云南公司、云岭派出所参加活动。")
    assert "华东航空油料有限责任公司云南公司" in names and "云南公司" not in names


def test_a_streets_party_body_after_its_city_and_district_is_the_streets() -> None:
    rels = _rels("华东市云岭区东湖街道党工委书记李明介绍了东湖街道的基本情况。")
    assert ("HOLDS_POSITION", "李明", "东湖街道党工委") in rels
    assert ("PART_OF", "东湖街道党工委", "东湖街道") in rels


def test_a_districts_party_committee_is_named_in_full() -> None:
    text = "云岭区委副书记、区长李明讲话。云岭区委常委、组织部部长王强出席。中共东湖区委党校参加。"
    rels = _rels(text)
    assert ("HOLDS_POSITION", "李明", "中共云岭区委") in rels
    assert ("PART_OF", "云岭区委组织部", "中共云岭区委") in rels
    names = _node_names(text)
    assert "云岭区委" not in names and not any(n.startswith("中共中共") for n in names)


def test_a_community_and_a_hospital_joined_by_and_are_two_bodies() -> None:
    names = _node_names("1月25日，华东市云岭区东湖街道星河社区与华东市第四人民医院联合开展主题联建活动。")
    assert {"星河社区", "华东市第四人民医院"} <= names
    assert not any("与" in n and not n.endswith("活动") for n in names)


def test_a_committee_is_not_named_across_another_body_and_a_verb() -> None:
    names = _node_names("据了解，云岭街道党工委认真落实市委、区委部署。")
    assert "云岭街道党工委" in names and not any(n.endswith("落实市委") for n in names)


def test_a_party_or_legal_committee_at_a_titles_head_is_a_body_inside_the_one_before() -> None:
    rels = _rels(
        "云岭镇副镇长、综合党委书记张鹏陪同。市委政法委常务副书记、机关党委书记李磊出席。"
        "云岭区委政法委副书记周峰出席。华东传媒有限公司党委副书记、纪委书记王丽出席。"
    )
    assert {
        ("HOLDS_POSITION", "张鹏", "云岭镇综合党委"),
        ("PART_OF", "云岭镇综合党委", "云岭镇"),
        ("HOLDS_POSITION", "李磊", "市委政法委机关党委"),
        ("HOLDS_POSITION", "周峰", "云岭区委政法委"),
        ("HOLDS_POSITION", "王丽", "华东传媒有限公司"),  # a 纪委书记 is the company's own post
    } <= rels
    assert not any(e.endswith("纪委") for _, _, e in rels)


def test_congresses_consultative_conferences_societies_and_a_districts_head() -> None:
    held = {
        (s, e)
        for t, s, e in _rels(
            "华东市人大常委会副主任郑一出席。云岭区政协副主席王二参加。"
            "华东市法学会专职副会长施明出席。云岭区副区长陈明出席活动。"
        )
        if t == "HOLDS_POSITION"
    }
    assert {
        ("郑一", "华东市人大常委会"),
        ("王二", "云岭区政协"),
        ("施明", "华东市法学会"),
        ("陈明", "云岭区"),
    } <= held


def test_a_peoples_government_is_a_unit() -> None:
    nodes = _nodes("在云岭镇人民政府的指导下，华东市云岭区人民政府主办活动。")
    assert {("Unit", "云岭镇人民政府"), ("Unit", "华东市云岭区人民政府")} <= nodes


def test_a_places_committee_or_government_written_short_has_its_full_name() -> None:
    from loaders.extract.entities import official_name

    assert official_name("闵行区委") == "中共闵行区委"
    assert official_name("闵行区政府") == "闵行区人民政府"
    assert official_name("民盟上海市委") == "民盟上海市委"
    assert official_name("中共闵行区委") == "中共闵行区委"


def test_a_body_of_no_known_suffix_ends_before_and_and_its_party_committee_stands_for_it() -> None:
    nodes = _nodes("近日，云岭区青少年活动中心与华东理工学院签订共建协议。云岭交响乐团党委书记周明出席。")
    assert {("Unit", "云岭区青少年活动中心"), ("Unit", "华东理工学院"), ("Unit", "云岭交响乐团")} <= nodes
    assert not any("与" in name for _, name in nodes)
    # A government body's own name still holds 和.
    assert ("Unit", "云岭区人力资源和社会保障局") in _nodes("华东市云岭区人力资源和社会保障局参加活动。")


def test_a_district_body_written_short_after_its_districts_name() -> None:
    nodes = _nodes("徐汇区国资委、徐汇区卫生健康委员会、区文明办等单位参加。")
    assert {("Unit", "徐汇区国资委"), ("Unit", "徐汇区卫生健康委员会"), ("Unit", "区文明办")} <= nodes


def test_federations_foundations_and_judicial_offices() -> None:
    names = _node_names("云岭市工商业联合会、云岭慈善基金会、千里司法所等单位参加。")
    assert {"云岭市工商业联合会", "云岭慈善基金会", "千里司法所"} <= names


def test_a_street_written_x_jie_after_its_district_or_before_its_bodies() -> None:
    c = extract_text(
        "7月1日，云岭区彩霞街在华东外国语学校开展活动。彩霞街党工委与华东外国语学校签署共建协议。"
        "翠湖街明月社区书记李红出席。",
        document_name="t.txt",
    )
    nodes = {(n.label, n.name) for n in c.nodes}
    assert {
        ("Street", "彩霞街"),
        ("Street", "翠湖街"),
        ("Area", "明月社区"),
        ("Unit", "华东外国语学校"),
    } <= nodes
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    assert ("PART_OF", "彩霞街党工委", "彩霞街") in rels
    one_street = extract_text("翠湖街明月社区书记李红出席。", document_name="t.txt")
    assert ("PART_OF", "明月社区", "翠湖街") in {
        (r.type, r.start.name, r.end.name) for r in one_street.relationships
    }
    # Not a street: a street's own 街道, a shopping street.
    assert ("Street", "云岭街") not in _nodes("云岭街道翠湖社区开展活动。")


def test_democratic_party_committees_and_their_chairs() -> None:
    c = extract_text(
        "民进云岭区基层委员会与千里街道党工委举行结对共建活动。民进云岭区基层委员会主委杨清出席。",
        document_name="t.txt",
    )
    assert ("Unit", "民进云岭区基层委员会") in {(n.label, n.name) for n in c.nodes}
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    assert ("HOLDS_POSITION", "杨清", "民进云岭区基层委员会") in rels
    assert ("PAIRED_WITH", "民进云岭区基层委员会", "千里街道党工委") in rels


def test_a_station_named_by_its_brand_starts_at_the_brand_or_at_its_place() -> None:
    names = _node_names("双方共建“同心之家”实践站。明月社区“同心之家”实践站正式启用。")
    assert {"“同心之家”实践站", "明月社区“同心之家”实践站"} <= names
    assert not any(n.startswith("双方") for n in names)


def test_a_base_with_a_proper_name_is_a_building() -> None:
    c = extract_text(
        "2021年12月29日，“云岭湾党建联盟”在云岭园B片区总部基地正式揭牌成立。", document_name="t.txt"
    )
    held = {(r.start.label, r.end.name) for r in c.relationships if r.type == "HELD_AT"}
    assert held == {("Event", "云岭园B片区总部基地")}
    assert not {"党性教育基地", "实践基地"} & _node_names("参观了党性教育基地和实践基地。")


def test_a_common_word_before_jiequ_names_no_block() -> None:
    names = _node_names("深入推进协同街区治理，打造明湖路街区。")
    assert "明湖路街区" in names
    assert "协同街区" not in names


def test_a_community_a_body_is_joined_to_is_an_area() -> None:
    nodes = _nodes("2020年12月8日，华东市社会科学院党总支与明湖社区展开党建共建工作。")
    assert {("Unit", "华东市社会科学院"), ("Area", "明湖社区")} <= nodes
    assert not any(name == "所在社区" for _, name in _nodes("华东公司党委与所在社区开展活动。"))


def test_a_title_naming_no_body_is_held_where_the_one_before_it_in_the_list_is() -> None:
    held = _held(
        extract_text(
            "千里街道党工委书记周明、办事处副主任厉红、统战委员李华出席。华东区委统战部常务副部长、一级调研员郑一出席。",
            document_name="t.txt",
        )
    )
    assert {
        ("周明", "千里街道党工委", "书记"),
        ("厉红", "千里街道", "办事处副主任"),
        ("李华", "千里街道", "统战委员"),
        ("郑一", "华东区委统战部", "常务副部长"),
        ("郑一", "华东区委统战部", "一级调研员"),
    } <= held


def test_a_known_body_written_without_its_place_is_not_linked_in_another_places_article() -> None:
    known = Gazetteer([Known("Alliance", "千里街道区域化党建物业联盟", ("物业联盟",))])
    elsewhere = extract_text(
        "万里街道通过组建商铺联盟、物业联盟等治理联盟，凝聚力量。", document_name="t.txt", gazetteer=known
    )
    assert "千里街道区域化党建物业联盟" not in {n.name for n in elsewhere.nodes}
    at_home = extract_text(
        "千里街道召开会议。物业联盟成员单位出席会议。", document_name="t.txt", gazetteer=known
    )
    assert "千里街道区域化党建物业联盟" in {n.name for n in at_home.nodes}


def test_bodies_sign_through_their_titled_people() -> None:
    c = extract_text(
        "会上，华东建设集团党委书记周明、千里街道党工委书记李华共同签署了共建协议。", document_name="t.txt"
    )
    signed = {frozenset((r.start.name, r.end.name)) for r in c.relationships if r.type == "SIGNED_AGREEMENT"}
    assert signed == {frozenset(("华东建设集团", "千里街道党工委"))}
    # Launching a council together through people makes no members of it.
    launched = extract_text(
        "会上，华东建设集团党委书记周明、千里街道党工委书记李华共同启动明湖商圈党建联席会议。",
        document_name="t.txt",
    )
    assert not any(r.type == "MEMBER_OF" for r in launched.relationships)


def test_two_communities_joined_and_a_banks_branch_after_its_registered_name() -> None:
    c = extract_text("接下来，明湖社区与翠湖社区共同签署了《区域化党建共建协议书》。", document_name="t.txt")
    signed = {frozenset((r.start.name, r.end.name)) for r in c.relationships if r.type == "SIGNED_AGREEMENT"}
    assert signed == {frozenset(("明湖社区", "翠湖社区"))}
    nodes = _nodes("10月31日下午，千里镇和华东银行股份有限公司市北分行举行共建签约仪式。")
    assert ("Unit", "华东银行股份有限公司市北分行") in nodes
    assert ("Unit", "市北分行") not in nodes


def test_street_names_after_their_district_and_places_that_end_in_qu_but_are_no_district() -> None:
    nodes = _nodes("联盟在华东市云岭区中泰街道揭牌。全市城市社区和创新社区都有服务站。")
    assert {("District", "云岭区"), ("Street", "中泰街道")} <= nodes
    assert not any(label == "District" and name.endswith("社区") for label, name in nodes)
    # One character before 街道 is no street's name: "搭建起街道党工委" is the street's own body.
    assert not any(label == "Street" for label, _ in _nodes("以服务基地为纽带，搭建起街道党工委的联动平台。"))


def test_members_of_the_body_named_by_its_kind_and_list_items_that_begin_with_a_verb() -> None:
    c = extract_text(
        "7月1日，云岭路“红色工地”党建联盟启动。云岭市建管中心、云岭交建集团、安居苑小学党支部等15家党建联盟成员单位参加了启动仪式。",
        document_name="t.txt",
    )
    members = {
        r.start.name
        for r in c.relationships
        if r.type == "MEMBER_OF" and r.end.name == "云岭路“红色工地”党建联盟"
    }
    assert {"云岭市建管中心", "云岭交建集团", "安居苑小学"} <= members


def test_a_streets_community_committee_written_in_full_signs_as_itself() -> None:
    c = extract_text(
        "会上，中共华东建工房产有限公司委员会与中共上海市黄浦区明湖路街道社区委员会完成党建共建签约。",
        document_name="t.txt",
    )
    nodes = {(n.label, n.name) for n in c.nodes}
    assert {("Unit", "明湖路街道社区委员会"), ("Street", "明湖路街道")} <= nodes
    signed = {frozenset((r.start.name, r.end.name)) for r in c.relationships if r.type == "SIGNED_AGREEMENT"}
    assert signed == {frozenset(("华东建工房产有限公司", "明湖路街道社区委员会"))}


def test_residential_area_names_across_a_town_a_function_word_and_a_title() -> None:
    nodes = _nodes("长征镇丽湖居民区开展活动。会前，千里街道党工委书记杨静，同煌居民区党总支书记凌勤出席。")
    assert {("Area", "丽湖居民区"), ("Area", "同煌居民区")} <= nodes
    # A title and a person are no part of a body joined by 与.
    names = _node_names("区委组织部副部长李红波与华东大学马克思主义学院党委副书记赵琪为基地揭牌。")
    assert {"区委组织部", "华东大学马克思主义学院"} <= names
    assert not any("李红波与" in n for n in names)


def test_a_short_name_the_article_defines_stands_for_the_body() -> None:
    c = extract_text(
        "7月1日，明湖古城综合党群服务中心(以下简称“古城服务中心”)揭牌仪式举行。古城服务中心由千里街道党工委负责运营。",
        document_name="t.txt",
    )
    nodes = {(n.label, n.name) for n in c.nodes}
    assert ("Station", "明湖古城综合党群服务中心") in nodes
    assert not any(name == "古城服务中心" for _, name in nodes)
    assert "明湖古城综合党群服务中心揭牌仪式" in {name for label, name in nodes if label == "Event"}
    runs = {(r.start.name, r.end.name) for r in c.relationships if r.type == "RUNS"}
    assert ("千里街道党工委", "明湖古城综合党群服务中心") in runs


def test_asides_and_the_partys_prefix_before_a_name() -> None:
    nodes = _nodes("本报南京讯(通讯员秦明)华东省明湖市新街口商圈举行活动。中共武昌区委副书记李章出席。")
    assert {("Area", "华东省明湖市新街口商圈"), ("District", "武昌区")} <= nodes
    assert not any(name.startswith(("本报", "共")) for _, name in nodes)
    # A place's own bracket before its suffix stays in its name.
    assert ("Council", "张园(丰盛里-吴江路)商圈党建联席会议") in _nodes(
        "张园(丰盛里-吴江路)商圈党建联席会议召开。"
    )


def test_words_that_begin_with_xin_and_the_preposition_jiu() -> None:
    names = _node_names(
        "街道打造新时代文明实践站，组建新就业新业态联盟。双方就检察院提供的公益活动进行了介绍。"
    )
    assert {"新时代文明实践站", "新就业新业态联盟"} <= names
    assert not any(n.startswith(("时代", "业态", "就")) for n in names)
    assert "新就业群体服务联盟服务站" in _node_names("举行了一场新就业群体服务联盟服务站揭牌仪式。")


def test_items_of_a_member_list_are_units_even_without_a_suffix() -> None:
    c = extract_text(
        "“明湖更新”党建联盟是云岭区的党建品牌，成员单位包括华东地产、华东建工、申明集团、绿城中国、千里街道，覆盖设计规划等领域。",
        document_name="t.txt",
    )
    members = {r.start.name for r in c.relationships if r.type == "MEMBER_OF"}
    assert {"华东地产", "华东建工", "申明集团", "绿城中国", "千里街道"} <= members


def test_co_governance_committees_and_a_place_word_after_a_joining_word() -> None:
    nodes = _nodes("3月15日，“明湖一家亲”共治委员会正式成立。明湖社区党委与上木场社区党委结成共建对子。")
    assert {("Council", "“明湖一家亲”共治委员会"), ("Area", "上木场社区")} <= nodes
    # A caption's event word and number run into a name are not its start.
    assert ("Council", "“明湖一家亲”共治委员会") in _nodes("成立大会1“明湖一家亲”共治委员会成立大会")
