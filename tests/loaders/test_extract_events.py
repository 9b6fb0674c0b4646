"""Who takes part in, organises and claims what at a meeting (loaders/extract/events.py)."""

from __future__ import annotations

from loaders.extract import extract_text


def _rels(text: str) -> set[tuple[str, str, str]]:
    c = extract_text(text, document_name="t.txt", article_date="2021-05-10")
    return {(r.type, r.start.name, r.end.name) for r in c.relationships}


def _events(text: str) -> set[str]:
    c = extract_text(text, document_name="t.txt", article_date="2021-05-10")
    return {n.name for n in c.nodes if n.label == "Event"}


def _taking_part(text: str, meeting: str) -> set[str]:
    return {s for t, s, e in _rels(text) if t == "PARTICIPATED_IN" and meeting in e}


MEETING = "长寿路街道召开2021年区域化党建联席会议。"


def test_bodies_whose_members_attend_take_part() -> None:
    text = (
        MEETING + "区人大副主任李文华，以及普陀区医疗联盟、普陀区教育联盟成员单位的代表，"
        "长寿商圈党建联席会议成员单位等出席本次活动。"
    )
    took = _taking_part(text, "联席会议")
    assert {"李文华", "普陀区医疗联盟", "普陀区教育联盟", "长寿商圈党建联席会议"} <= took


def test_bodies_named_without_members_do_not_take_part_beside_people() -> None:
    text = MEETING + "普陀区医疗联盟理事长李文华出席本次活动。"
    took = _taking_part(text, "联席会议")
    assert "李文华" in took
    assert "普陀区医疗联盟" not in took


def test_units_whose_people_attend_on_their_behalf_take_part_not_the_people() -> None:
    text = (
        MEETING + "会上，宝钢集团有限公司党委副书记王海、上海百联有限公司总经理陈洁作为成员单位代表作了交流。"
    )
    took = _taking_part(text, "联席会议")
    assert {"宝钢集团有限公司", "上海百联有限公司"} <= took
    assert not {"王海", "陈洁"} & took


def test_recipients_of_a_certificate_are_not_counted_as_acting() -> None:
    text = MEETING + "现场，会议为宝钢集团有限公司、上海百联有限公司颁发纪念奖杯。"
    took = _taking_part(text, "联席会议")
    assert not {"宝钢集团有限公司", "上海百联有限公司"} & took


def test_a_speaker_who_gives_the_address_takes_part() -> None:
    text = MEETING + "轮值主席单位代表、上海百联有限公司副总经理陈洁为本次活动致辞。"
    assert "陈洁" in _taking_part(text, "联席会议")


def test_speakers_after_a_sub_event_speak_at_it_and_at_the_meeting() -> None:
    text = (
        MEETING + "街道党工委书记赵明为3位代表颁发证书，3位代表在“睦邻项目”沙龙论坛中分享了感想。"
        "上海百联有限公司总经理陈洁表示，要把服务送进楼宇。"
    )
    rels = _rels(text)
    forum = {e for t, s, e in rels if t == "PARTICIPATED_IN" and s == "陈洁" and "论坛" in e}
    meeting = {e for t, s, e in rels if t == "PARTICIPATED_IN" and s == "陈洁" and e.endswith("联席会议")}
    assert forum and meeting
    # 赵明 acts before the sub-event is named: the meeting only.
    assert not {e for t, s, e in rels if s == "赵明" and "论坛" in e}


def test_in_a_meeting_sentence_earlier_clauses_act_at_the_meeting() -> None:
    text = (
        MEETING + "嘉宾共同启动长寿商圈党建联席会议。"
        "会上，街道党工委副书记王海宣读了批复，区委副书记李文华、上海百联有限公司总经理陈洁共同启动长寿商圈党建联席会议。"
    )
    rels = _rels(text)
    launch = next(e for e in _events(text) if e.endswith("启动"))
    assert ("PARTICIPATED_IN", "李文华", launch) in rels
    assert ("PARTICIPATED_IN", "王海", launch) not in rels
    assert any(
        t == "PARTICIPATED_IN" and s == "王海" and e.endswith("区域化党建联席会议") for t, s, e in rels
    )


def test_an_unveiling_told_as_a_moment_of_the_meeting_is_part_of_it() -> None:
    text = MEETING + "活动上，区委副书记李文华、街道党工委书记赵明共同为长寿路街道区域化党建医疗联盟揭牌。"
    assert not any(e.endswith("揭牌") for e in _events(text))
    assert "李文华" in _taking_part(text, "联席会议")


def test_an_unveiling_named_before_stays_an_event() -> None:
    text = (
        "长寿路街道举行2021年区域化党建联席会议暨长寿路街道区域化党建医疗联盟揭牌仪式。"
        "活动上，区委副书记李文华、街道党工委书记赵明共同为长寿路街道区域化党建医疗联盟揭牌。"
    )
    assert any("揭牌" in e for e in _events(text))


def test_a_claim_ceremony_is_named_after_the_programme_and_held_by_the_meeting_host() -> None:
    text = MEETING + "会议还发布了2022年“睦邻项目”，同时举行了“睦邻项目”的认领仪式。"
    rels = _rels(text)
    assert "2022年睦邻项目认领仪式" in _events(text)
    assert ("ORGANISED", "长寿路街道", "2022年睦邻项目认领仪式") in rels


def test_an_event_with_its_own_organiser_does_not_inherit_the_host() -> None:
    text = MEETING + "会上，上海百联有限公司举行了“睦邻项目”的认领仪式。"
    organised = {(s, e) for t, s, e in _rels(text) if t == "ORGANISED" and e.endswith("认领仪式")}
    assert {s for s, _ in organised} == {"上海百联有限公司"}


def test_a_persons_body_does_not_organise_what_the_person_launches() -> None:
    text = "上海百联有限公司总经理陈洁共同启动长寿商圈党建联席会议。"
    assert not {r for r in _rels(text) if r[0] == "ORGANISED"}
    assert ("ORGANISED", "长寿路街道", "长寿商圈党建联席会议启动") in _rels(
        "长寿路街道启动长寿商圈党建联席会议。"
    )


# --- claims (loaders/extract/claims.py) ----------------------------------------------


def test_a_call_to_claim_is_a_project_and_certificates_claim_it() -> None:
    text = (
        MEETING + "街道党工委副书记赵明发出了2022年区域化党建项目的认领倡议。"
        "现场赵书记还为上海百联有限公司、宝钢集团有限公司两家单位颁发项目认领证书。"
    )
    rels = _rels(text)
    project = "长寿路街道2022年区域化党建项目"
    assert ("ORGANISED", "长寿路街道党工委", project) in rels
    assert ("CLAIMED", "上海百联有限公司", project) in rels
    assert ("CLAIMED", "宝钢集团有限公司", project) in rels


def test_a_certificate_without_a_call_claims_nothing() -> None:
    text = MEETING + "现场赵书记还为上海百联有限公司颁发项目认领证书。"
    assert not {r for r in _rels(text) if r[0] == "CLAIMED"}


def test_claiming_items_of_a_programme() -> None:
    text = "上海百联有限公司总经理陈洁认为，通过认领爱心课堂、助老餐桌等“睦邻项目”，党员得到了锻炼。"
    rels = _rels(text)
    assert ("PART_OF", "爱心课堂", "睦邻项目") in rels
    assert ("PART_OF", "助老餐桌", "睦邻项目") in rels
    assert ("CLAIMED", "上海百联有限公司", "爱心课堂") in rels
    assert ("CLAIMED", "上海百联有限公司", "睦邻项目") in rels


def test_several_claimants_of_several_projects_claim_the_programme() -> None:
    text = (
        "会上举行了“睦邻项目”的认领仪式，上海百联有限公司党委、宝钢集团有限公司党委带头认领了"
        "爱心课堂、助老餐桌等2个项目。"
    )
    claimed = {(s, e) for t, s, e in _rels(text) if t == "CLAIMED"}
    assert claimed and {e for _, e in claimed} == {"睦邻项目"}


def test_an_activity_that_draws_volunteers_from_bodies() -> None:
    text = "“邻里守望·温暖冬日”志愿行动吸引了来自上海百联有限公司、宝钢集团有限公司等单位的30余名志愿者参与。"
    event = "“邻里守望·温暖冬日”志愿行动"
    assert event in _events(text)
    assert {"上海百联有限公司", "宝钢集团有限公司"} <= _taking_part(text, event)
    assert "邻里守望·温暖冬日" not in {n for _, n in _names_of(text, "Project")}


def test_drawing_people_in_general_is_no_event() -> None:
    text = "该活动已经吸引越来越多的党组织、党员参与其中，上海百联有限公司也积极响应。"
    assert not _events(text)


def _names_of(text: str, label: str) -> set[tuple[str, str]]:
    c = extract_text(text, document_name="t.txt", article_date="2021-05-10")
    return {(n.label, n.name) for n in c.nodes if n.label == label}


def test_partners_joined_by_the_subject_organise_too_and_the_next_sentence_goes_on() -> None:
    text = (
        "长寿路街道联手上海百联有限公司、宝钢集团有限公司等成员单位，举办社区志愿服务月活动。"
        "先后举办普陀区青年厨艺展示暨青年技能比武大赛、普陀区金融行业劳动竞赛。"
    )
    rels = _rels(text)
    events = _events(text)
    assert "普陀区青年厨艺展示暨青年技能比武大赛" in events  # one event in two parts
    for body in ("长寿路街道", "上海百联有限公司", "宝钢集团有限公司"):
        assert ("ORGANISED", body, "普陀区金融行业劳动竞赛") in rels
        assert not {r for r in rels if r[0] == "PARTICIPATED_IN" and r[1] == body}


def test_a_sentence_with_its_own_subject_does_not_go_on() -> None:
    text = (
        "长寿路街道联手上海百联有限公司等成员单位，举办社区志愿服务月活动。"
        "宝钢集团有限公司先后举办普陀区金融行业劳动竞赛。"
    )
    organised = {s for t, s, e in _rels(text) if t == "ORGANISED" and e.endswith("金融行业劳动竞赛")}
    assert organised == {"宝钢集团有限公司"}


def test_a_joint_ceremony_that_names_a_body_is_two_events() -> None:
    text = "长寿路街道举行2021年区域化党建联席会议暨长寿路街道党群服务站揭牌仪式。"
    events = _events(text)
    assert any(e.endswith("联席会议") for e in events)
    assert any(e.endswith("揭牌仪式") for e in events)


# --- who makes a project when the clause leaves the subject out (ownership.py) -------------


def test_a_clause_opening_with_a_verb_of_making_has_the_articles_district() -> None:
    text = (
        "普陀区区域化党建工作不断深化。普陀区委组织部牵头各方。"
        "大力推行项目化运作，推出面向区级联席会议成员单位的“书香普陀”讲坛、“乐享普陀”音乐党课等两大实事项目。"
    )
    rels = _rels(text)
    assert ("ORGANISED", "普陀区", "书香普陀") in rels


def test_a_clause_with_its_own_subject_keeps_it() -> None:
    text = "普陀区区域化党建工作不断深化。宝钢集团有限公司推出面向区级联席会议成员单位的“书香普陀”讲坛。"
    organised = {s for t, s, e in _rels(text) if t == "ORGANISED" and e == "书香普陀"}
    assert organised == {"宝钢集团有限公司"}


def test_a_verb_in_mid_clause_does_not_take_the_district() -> None:
    text = "普陀区区域化党建工作不断深化。居民们都知道已经推出的“书香普陀”讲坛。"
    assert not {r for r in _rels(text) if r[0] == "ORGANISED" and r[2] == "书香普陀"}


def test_delegates_list_passes_over_an_unnamed_item() -> None:
    text = (
        MEETING
        + "宝钢集团有限公司、上海百联有限公司、绿地物业、长寿路街道党群服务中心代表围绕“民生”进行交流发言。"
    )
    took = _taking_part(text, "联席会议")
    assert {"宝钢集团有限公司", "上海百联有限公司"} <= took


def test_a_lecturer_takes_part() -> None:
    text = MEETING + "在复旦大学顾明教授带来的“基层治理”专题讲座后，与会同志深入交流。"
    assert "顾明" in _taking_part(text, "联席会议")
    assert "顾明" not in _taking_part(MEETING + "复旦大学顾明教授的新书已经出版。", "联席会议")


def test_a_ceremony_opened_at_the_meeting_takes_the_next_sentences_signatories() -> None:
    text = (
        MEETING + "现场开展了区域化党建共建签约仪式。"
        "宝钢集团有限公司党委、上海百联有限公司党委等8家区域共建单位代表分别与街道党工委书记赵明交换共建协议书。"
    )
    signing = next(e for e in _events(text) if e.endswith("签约仪式"))
    took = _taking_part(text, signing)
    assert {"宝钢集团有限公司", "上海百联有限公司", "赵明"} <= took
    # Only the next sentence: later delegates speak at the meeting.
    later = text + "宝钢集团有限公司代表围绕“民生”进行交流发言。"
    rels = _rels(later)
    assert any(
        t == "PARTICIPATED_IN" and s == "宝钢集团有限公司" and e.endswith("联席会议") for t, s, e in rels
    )


def test_signing_without_a_ceremony_is_no_attendance() -> None:
    text = MEETING + "会后，上海百联有限公司总经理陈洁与宝钢集团有限公司签订了合作协议。"
    assert "陈洁" not in _taking_part(text, "联席会议")


def test_launchers_speak_for_the_body_of_their_first_title() -> None:
    text = (
        "同时，绿城联盟首轮轮值主席、宝钢集团有限公司总经理王海和街道网格中心主任陈洁"
        "共同发布“绿城联盟垃圾分类共治项目”。"
    )
    rels = _rels(text)
    project = next(e for t, s, e in rels if t == "PARTICIPATED_IN" and s == "王海")
    assert ("PARTICIPATED_IN", "陈洁", project) in rels
    assert ("PARTICIPATED_IN", "宝钢集团有限公司", project) not in rels
    # The body the project is named after runs it.
    assert any(t == "ORGANISED" and s.endswith("绿城联盟") and e == project for t, s, e in rels)


def test_in_a_meeting_sentence_a_list_item_before_a_comma_acts_with_the_list() -> None:
    text = (
        MEETING
        + "会上，区委组织部副部长李文华，以及绿城联盟、碧水联盟的轮值主席共同发布了《长寿路街道党建地图》。"
    )
    rels = _rels(text)
    release = next(e for e in _events(text) if e.endswith("发布"))
    assert ("PARTICIPATED_IN", "李文华", release) in rels


def test_the_person_who_issues_a_text_at_the_meeting_takes_part_in_its_release() -> None:
    text = MEETING + "会议现场，绿城联盟轮值主席、宝钢集团有限公司经理王海发出《共建美好社区的倡议》。"
    release = next(e for e in _events(text) if e.endswith("发布"))
    assert ("PARTICIPATED_IN", "王海", release) in _rels(text)
    # Outside a sentence about the meeting, issuing is no attendance.
    other = "宝钢集团有限公司经理王海发出《共建美好社区的倡议》。"
    assert not {r for r in _rels(other) if r[0] == "PARTICIPATED_IN"}


def test_every_body_of_the_organisers_list_organises() -> None:
    text = (
        "宝钢集团有限公司党委、上海百联有限公司党委、长寿路街道区域化党建“文化联盟”共同联手，"
        "携手发起了苏州河商圈发展研讨会。"
    )
    organised = {s for t, s, e in _rels(text) if t == "ORGANISED" and e.endswith("研讨会")}
    assert {"宝钢集团有限公司", "上海百联有限公司"} <= organised
    # A body in another clause is no co-organiser.
    other = "宝钢集团有限公司党委很重视，上海百联有限公司发起了苏州河商圈发展研讨会。"
    organised = {s for t, s, e in _rels(other) if t == "ORGANISED" and e.endswith("研讨会")}
    assert organised == {"上海百联有限公司"}


def test_a_sentence_back_at_the_meeting_ends_the_sub_event() -> None:
    text = MEETING + "3位代表在“睦邻项目”沙龙论坛中分享了感想。会上，区委副书记李文华指出，要服务群众。"
    assert not {e for t, s, e in _rels(text) if s == "李文华" and "论坛" in e}
    assert "李文华" in _taking_part(text, "联席会议")


def test_a_planned_activity_is_no_event_and_the_clause_subject_runs_the_project() -> None:
    text = "在“绿色家园”项目中，长寿路街道将为商务楼宇、学校等各类群体开展垃圾分类培训活动。"
    assert not _events(text)
    assert ("ORGANISED", "长寿路街道", "绿色家园") in _rels(text)
    held = "长寿路街道为商务楼宇、学校等各类群体开展了垃圾分类培训活动。"
    assert _events(held)


def test_a_meeting_joined_to_another_activity_is_the_meeting_reported() -> None:
    text = (
        "6月8日下午，长风街道区域化党建联席会议暨“长风行”党建品牌发布活动在云岭会议厅举行。"
        "普陀区委常委、组织部部长周明出席会议并讲话。"
    )
    # Two events held together (B names a brand of its own); the meeting is the one attended.
    assert _taking_part(text, "长风街道区域化党建联席会议") == {"周明"}
    assert _taking_part(text, "发布活动") == set()
    # With no meeting reported, the later speakers speak at the launch.
    launch = "“长风行”党建品牌发布活动在云岭会议厅举行。部长周明表示支持。"
    assert _taking_part(launch, "发布活动") == {"周明"}


def test_a_meeting_the_streets_party_body_holds_is_named_after_the_street() -> None:
    text = "2021年3月1日，云岭街道党工委在云岭大厦召开“云岭一家”区域化党建联席会议。"
    assert "2021年云岭街道“云岭一家”区域化党建联席会议" in _events(text)
    # A town's party committee is written as it is (it signs as itself).
    assert "云岭镇党委与华东电力有限公司党建共建签约仪式" in _events(
        "3月1日，云岭镇党委与华东电力有限公司举行党建共建签约仪式。"
    )


VISIT = "华东市社会工作党委书记李明一行调研云岭智谷。"


def test_a_delegations_visit_is_an_event_of_the_body_its_leader_speaks_for() -> None:
    rels = _rels(VISIT)
    assert ("ORGANISED", "华东市社会工作党委", "华东市社会工作党委调研云岭智谷") in rels
    assert ("PARTICIPATED_IN", "李明", "华东市社会工作党委调研云岭智谷") in rels
    assert "华东市社会工作党委考察云岭中学" in _events("华东市社会工作党委书记李明一行来到云岭中学考察。")


def test_those_who_accompany_a_visit_take_part_and_what_it_sees_hosts_it() -> None:
    text = (
        VISIT + "云岭区委书记王强、云岭镇党委书记孙丽等陪同调研。"
        "期间，李书记一行调研了位于云岭智谷的华东电力有限公司党支部。"
    )
    rels = _rels(text)
    visit = "华东市社会工作党委调研云岭智谷"
    assert {("PARTICIPATED_IN", "王强", visit), ("PARTICIPATED_IN", "孙丽", visit)} <= rels
    assert ("HELD_AT", visit, "华东电力有限公司") in rels


def test_a_ceremony_named_by_its_theme_is_held_by_every_party_of_the_list() -> None:
    text = (
        "6月29日，云岭交通管理中心党支部、云岭镇金家村党总支、云岭派出所党支部"
        "举行了“喜迎七一”党建共建签约仪式。"
    )
    ceremony = "“喜迎七一”党建共建签约仪式"
    assert ceremony in _events(text)
    hosts = {s for t, s, e in _rels(text) if t == "ORGANISED" and e == ceremony}
    assert hosts == {"云岭交通管理中心", "金家村", "云岭派出所"}


def test_speakers_at_a_ceremony_with_no_meeting_take_part_in_it() -> None:
    text = (
        "6月26日下午，“携手奋进”党建共建签约仪式在云岭医院举办。"
        "云岭医院执行院长李明致辞。东湖派出所所长王强表示支持。"
    )
    assert _events(text) == {"“携手奋进”党建共建签约仪式"}  # one ceremony, not one per phrase
    assert _taking_part(text, "签约仪式") == {"李明", "王强"}  # a speech or a view given there


def test_attendees_of_a_meeting_held_with_a_founding_attend_the_meeting() -> None:
    text = (
        "3月27日，云岭镇举办云岭镇区域化党建联建会议暨云岭之门共建联盟成立大会。"
        "活动中，华东电力有限公司、云岭中学等单位负责人出席。"
    )
    meeting, founding = "云岭镇区域化党建联建会议", "云岭之门共建联盟成立大会"
    assert {meeting, founding} <= _events(text)
    rels = _rels(text)
    assert ("PARTICIPATED_IN", "华东电力有限公司", meeting) in rels
    assert ("PARTICIPATED_IN", "华东电力有限公司", founding) not in rels


def test_an_event_sponsored_and_hosted_is_organised_by_both() -> None:
    text = "近日，由云岭街道主办、华东电力有限公司承办的党建论坛在云岭大厦举行。"
    assert _events(text) == {"云岭街道党建论坛"}
    rels = _rels(text)
    assert {
        ("ORGANISED", "云岭街道", "云岭街道党建论坛"),
        ("ORGANISED", "华东电力有限公司", "云岭街道党建论坛"),
        ("HELD_AT", "云岭街道党建论坛", "云岭大厦"),
    } <= rels


def test_the_body_that_joins_with_another_organises_with_it() -> None:
    text = "5月10日，云岭街道联合华东电力有限公司开展志愿服务活动。"
    hosts = {s for t, s, e in _rels(text) if t == "ORGANISED"}
    assert hosts == {"云岭街道", "华东电力有限公司"} and _events(text) == {"云岭街道志愿服务活动"}


def test_those_who_found_a_body_take_part_in_its_founding_not_the_meeting_it_was_held_with() -> None:
    c = extract_text(
        "3月27日，千里镇举办云岭区党建促进会千里分会会议暨明湖共建联盟成立大会。"
        "活动中，千里镇、区教育局、华东置业有限公司等12家单位共同点亮“明湖共建联盟”。",
        document_name="t.txt",
    )
    took_part = {(r.start.name, r.end.name) for r in c.relationships if r.type == "PARTICIPATED_IN"}
    members = {r.start.name for r in c.relationships if r.type == "MEMBER_OF"}
    assert ("华东置业有限公司", "明湖共建联盟成立大会") in took_part
    assert not any(start in members and end.endswith("会议") for start, end in took_part)
    # The list's first item is a member too, though a second rule also names the body after it.
    assert {"千里镇", "区教育局", "华东置业有限公司"} <= members


def test_bodies_whose_unnamed_leaders_unveil_together_take_part_not_organise() -> None:
    c = extract_text(
        "4月13日，明湖路党群服务站揭牌仪式举行。区委组织部、区建管委、区党建服务中心有关负责人共同为明湖路党群服务站揭牌。",
        document_name="t.txt",
    )
    organised = {r.start.name for r in c.relationships if r.type == "ORGANISED"}
    took_part = {r.start.name for r in c.relationships if r.type == "PARTICIPATED_IN"}
    assert "区党建服务中心" not in organised
    assert {"区委组织部", "区建管委"} <= took_part


def test_a_themed_launch_held_with_a_ceremony_written_before_its_verb_is_two_events() -> None:
    c = extract_text(
        "4月13日，“明湖共治·美好街区”党建引领明湖路街区治理暨明湖项目党群服务站揭牌仪式举行。",
        document_name="t.txt",
    )
    events = {n.name for n in c.nodes if n.label == "Event"}
    assert events == {"“明湖共治·美好街区”党建引领明湖路街区治理", "明湖项目党群服务站揭牌仪式"}


def test_an_activity_said_to_start_is_an_event() -> None:
    c = extract_text(
        "近日，“荟聚明湖”明湖地区党建联盟党建品牌联展活动启动，集中展示党建工作成果。", document_name="t.txt"
    )
    assert ("Event", "明湖地区党建联盟党建品牌联展活动") in {(n.label, n.name) for n in c.nodes}


def _events_and_hosts(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    c = extract_text(text, document_name="t.txt")
    events = {n.name for n in c.nodes if n.label == "Event"}
    hosts = {(r.start.name, r.end.name) for r in c.relationships if r.type == "ORGANISED"}
    return events, hosts


def test_a_ceremony_held_with_a_meeting_is_an_occasion_of_its_own() -> None:
    for text in (
        "千里街道举办“七一”表彰大会暨党建联建签约仪式。",
        "6月28日，千里街道“七一”表彰大会暨党建联建签约仪式在明湖大厦举行。",
    ):
        events, hosts = _events_and_hosts(text)
        assert events == {"千里街道“七一”表彰大会", "千里街道党建联建签约仪式"}, text
        assert {("千里街道", e) for e in events} <= hosts, text
    # Not a show held with a contest: one event in two parts.
    events, _ = _events_and_hosts("千里街道举办白领午餐套餐展示暨白领技能比武大赛。")
    assert len(events) == 1


def test_a_meeting_said_to_be_held_well_is_its_owners() -> None:
    events, hosts = _events_and_hosts(
        "3月5日，千里街道区域化党建工作会议顺利召开，街道党工委书记周明出席会议并讲话。"
    )
    assert events == {"千里街道区域化党建工作会议"}
    assert ("千里街道", "千里街道区域化党建工作会议") in hosts


def test_a_leader_who_leads_a_visit_makes_it_a_visit() -> None:
    events, _ = _events_and_hosts("千里街道党工委书记周明带队赴华东建设集团调研走访。")
    assert events == {"千里街道党工委调研华东建设集团"}


def test_a_network_body_founded_as_news_of_its_own_is_an_event() -> None:
    events, _ = _events_and_hosts("7月4日，“红领明湖”明湖科学城党建联盟在云岭市千里区明湖街道成立。")
    assert events == {"“红领明湖”明湖科学城党建联盟成立"}
    events, _ = _events_and_hosts("“云岭湾党建联盟”在云岭园区总部基地正式揭牌成立。")
    assert events == {"云岭湾党建联盟揭牌成立"}
    # A founding referred to, or a time since it, is no event.
    for text in ("共建共治联盟的成立，旨在深度融合党建工作。", "党建联盟成立以来，累计推进40余个项目。"):
        assert _events_and_hosts(text)[0] == set(), text


def test_a_launch_ceremony_held_somewhere_is_not_the_launch_of_its_place() -> None:
    events, _ = _events_and_hosts("4日下午，明湖城镇党建联盟启动仪式在云岭市王店镇“城市客厅”举行。")
    assert not any(e.startswith("仪式") for e in events)
    assert any(e.endswith("明湖城镇党建联盟启动仪式") for e in events)


def test_an_event_titled_in_quotes_after_its_theme_and_a_plaque_hung() -> None:
    events, hosts = _events_and_hosts(
        "7月1日上午，荔湾区彩霞街在华东外国语学校开展“不忘初心再立新功——彩霞地区党建共建活动”。"
    )
    assert events == {"彩霞街彩霞地区党建共建活动"}
    assert ("彩霞街", "彩霞街彩霞地区党建共建活动") in hosts
    events, hosts = _events_and_hosts(
        "3月2日，九三学社云岭大学委员会赴明湖社区“同心之家”实践站挂牌并开展座谈交流。"
    )
    assert events == {"明湖社区“同心之家”实践站挂牌"}
    assert hosts == {("九三学社云岭大学委员会", "明湖社区“同心之家”实践站挂牌")}


def test_a_body_and_its_own_party_body_pair_with_nobody() -> None:
    c = extract_text("千里镇与千里镇党委结对共建。", document_name="t.txt")
    assert not any(r.type in ("PAIRED_WITH", "SIGNED_AGREEMENT") for r in c.relationships)
