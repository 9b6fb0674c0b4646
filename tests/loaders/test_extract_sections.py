"""Long reports made of sections: a section's subject, a district's own council, works made."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.sections import district_mentions
from loaders.extract.text import split_sentences

DISTRICT = """同舟共济，共建虹口新格局

虹口区区域化党建工作以“同心圆”区域化党建为抓手。在区、街道分别建立了“同心圆”区域化党建联席会议制度。
区的联席会议由区域内 150多家单位组成，下设理事会采用理事长轮值制；
同时设立城市建设、文化体育、金融服务等 3 个专业委员会。
各专业委员会在《虹口区“同心圆”区域化党建联席会议工作规则》的框架下运作。同时，
区域化党建联席会议常务理事会的设置，完善了议事机制。

虹口区积极探索新的体制。如，成立了“楼宇先锋党建联盟”等组织。

依托瑞虹大厦等楼宇开展服务。坚持项目化运作。大力推行项目化运作方式，推出面向区级联席会议成员单位的“红色课堂”党课。

嘉兴路街道：“嘉人有约”服务暖人心

嘉兴路街道党工委精准打造“嘉人有约”区域化党建品牌。“嘉人有约”充分利用驻区单位资源，推出“银发课堂”项目。
开展“邻里嘉年华”游园会，吸引居民参与。通过“邻里互助”项目，凝聚居民。整合星光大厦等楼宇的会议室资源，推出“共享书房”，方便党员学习。
依托党建资源配送站开展学习。“嘉人有约”依托社区党建服务中心这一平台，开展社区联盟月度例会。居民区开展的“楼组议事”项目广受好评。

凉城新村街道依托复旦大学专业优势，开发沪剧党课《初心如磐》。居民学习《党章》。通过“楼道微更新”项目，凝聚居民。

轮值理事长单位复旦大学“名师讲堂”
"""

COMMITTEE = """服务企业，优化营商环境

虹口区“同心圆”区域化党建金融服务委员会通过党建引领服务企业。专委会聚焦北外滩商圈，成立北外滩商圈党建联盟，充分发挥北外滩商圈党建联盟的作用，编制《北外滩商圈服务公约》。联手区财政局、区税务局等成员单位，举办金融知识竞赛。区财政局、区税务局参加了活动。
"""


def _rels(text: str) -> set[tuple[str, str, str]]:
    c = extract_text(text, document_name="t.txt")
    return {(r.type, r.start.name, r.end.name) for r in c.relationships}


def _nodes(text: str) -> dict[tuple[str, str], list[str]]:
    c = extract_text(text, document_name="t.txt")
    return {(n.label, n.name): n.aliases for n in c.nodes}


COUNCIL = "虹口区“同心圆”区域化党建联席会议"


def test_the_district_council_and_its_parts() -> None:
    nodes, rels = _nodes(DISTRICT), _rels(DISTRICT)
    # Written short ("区级联席会议", without its district) it is the district's council.
    assert {"区级联席会议", "“同心圆”区域化党建联席会议"} <= set(nodes[("Council", COUNCIL)])
    assert ("Council", "区级联席会议") not in nodes
    assert ("PART_OF", COUNCIL + "理事会", COUNCIL) in rels
    assert ("PART_OF", COUNCIL + "常务理事会", COUNCIL) in rels
    for field in ("城市建设", "文化体育", "金融服务"):
        assert ("PART_OF", field + "专业委员会", COUNCIL) in rels
    # An alliance the district sets up is part of its council.
    assert ("PART_OF", "楼宇先锋党建联盟", COUNCIL) in rels
    # A 理事长 chairs the board, not the council.
    assert ("CHAIRS", "复旦大学", COUNCIL + "理事会") in rels
    assert ("CHAIRS", "复旦大学", COUNCIL) not in rels
    # "社区的联席会议" is no district's.
    assert len(district_mentions("区的联席会议由居民组成", [], COUNCIL)) == 1
    assert district_mentions("社区的联席会议由居民组成", [], COUNCIL) == []
    # No street's council is made up from "区域化党建联席会议" in a district-wide report.
    assert not any(label == "Council" and "街道" in name for label, name in nodes)


def test_no_district_council_in_a_street_report() -> None:
    text = "嘉兴路街道召开区域化党建联席会议。区的联席会议下设理事会。"
    nodes = _nodes(text)
    assert not any(name.endswith("理事会") for _, name in nodes)


def test_a_section_subject_carries_to_what_its_sentences_launch() -> None:
    rels = _rels(DISTRICT)
    # The district's section: "推出…" with no maker of its own.
    assert ("ORGANISED", "虹口区", "红色课堂") in rels
    # The brand's section: what it launches is branded by it.
    assert ("BRANDED", "“邻里嘉年华”游园会", "嘉人有约") in rels
    assert ("BRANDED", "共享书房", "嘉人有约") in rels
    # A project with no maker in a brand's section is the brand's; not once another section began.
    assert ("BRANDED", "邻里互助", "嘉人有约") in rels
    assert ("BRANDED", "楼道微更新", "嘉人有约") not in rels
    # A relative clause has a maker of its own ("居民区开展的X").
    assert not any(r[1] == "楼组议事" or r[2] == "楼组议事" for r in rels)
    # A street's section: a station, school or alliance named by common words alone is the
    # street's, and in its brand's section a station is the brand's platform.
    nodes = _nodes(DISTRICT)
    assert ("Station", "嘉兴路街道党建资源配送站") in nodes
    assert ("Station", "嘉兴路街道社区党建服务中心") in nodes
    assert ("Alliance", "嘉兴路街道社区联盟") in nodes
    assert ("BRANDED", "嘉兴路街道社区党建服务中心", "嘉人有约") in rels
    assert ("BRANDED", "嘉兴路街道党建资源配送站", "嘉人有约") in rels
    assert not any(t == "BRANDED" and s == "嘉兴路街道社区联盟" for t, s, _ in rels)
    # A building named in the street's section lies in it; one in the district's part does not.
    assert ("LOCATED_IN", "星光大厦", "嘉兴路街道") in rels
    assert not any(s == "瑞虹大厦" and t == "LOCATED_IN" for t, s, _ in rels)


def test_no_street_section_in_an_article_about_one_street() -> None:
    text = "嘉兴路街道召开会议。嘉兴路街道依托社区党校开展学习。嘉兴路街道表示。凉城新村街道参加。"
    nodes = _nodes(text)
    assert not any("社区党校" in name for _, name in nodes)


def test_works_made_and_helpers() -> None:
    nodes, rels = _nodes(DISTRICT), _rels(DISTRICT)
    assert ("Project", "沪剧党课《初心如磐》") in nodes
    assert ("ORGANISED", "凉城新村街道", "沪剧党课《初心如磐》") in rels
    # "依托X的优势": X helps, it does not make it.
    assert ("PARTICIPATED_IN", "复旦大学", "沪剧党课《初心如磐》") in rels
    assert ("ORGANISED", "复旦大学", "沪剧党课《初心如磐》") not in rels
    # A title read, not made, is no project.
    assert ("Project", "《党章》") not in nodes


def test_a_committee_section() -> None:
    nodes, rels = _nodes(COMMITTEE), _rels(COMMITTEE)
    committee = "虹口区“同心圆”区域化党建金融服务委员会"
    assert ("Committee", committee) in nodes
    # A headline run on into the committee's line: the committee still opens the section.
    assert ("PART_OF", "北外滩商圈党建联盟", committee) in rels
    assert ("ORGANISED", committee, "《北外滩商圈服务公约》") in rels
    assert ("PARTICIPATED_IN", "北外滩商圈党建联盟", "《北外滩商圈服务公约》") in rels
    assert ("MEMBER_OF", "区财政局", committee) in rels and ("MEMBER_OF", "区税务局", committee) in rels
    # Named without 成员单位, units are no members.
    assert not any(t == "MEMBER_OF" and e != committee for t, _, e in rels)
    # The district and the brand in its name are its council's, not the committee's.
    assert not any(s == committee and t in ("COVERS", "BRANDED") for t, s, _ in rels)


def test_short_form_of_a_district_named_body() -> None:
    text = (
        "虹口北外滩商圈党建联盟今天成立。北外滩商圈党建联盟由 20家单位组成。"
        "北外滩商圈党建联盟和虹口北外滩商圈党建联盟都在虹口区。"
    )
    nodes = _nodes(text)
    assert ("Alliance", "北外滩商圈党建联盟") not in nodes
    assert "北外滩商圈党建联盟" in nodes[("Alliance", "虹口北外滩商圈党建联盟")]
    # Without the full name in the article the short one stays.
    assert ("Alliance", "北外滩商圈党建联盟") in _nodes("北外滩商圈党建联盟由 20家单位组成。")


def test_a_column_line_under_a_headline_runs_on() -> None:
    text = "服务企业，优化营商环境\n虹口区金融服务委员会通过党建引\n\n领服务企业。\n\n短标题\n\n正文开始了。"
    texts = [s.text for s in split_sentences(text)]
    assert "服务企业，优化营商环境虹口区金融服务委员会通过党建引领服务企业。" in texts
    # A short headline alone stays a sentence of its own.
    assert "短标题" in texts


def test_units_a_volunteer_action_attracts_take_part() -> None:
    text = "“夏日送清凉”志愿行动吸引了来自中国移动、东方航空、锦江集团等区域化党建单位的 30余名志愿者参与。"
    nodes, rels = _nodes(text), _rels(text)
    event = "“夏日送清凉”志愿行动"
    assert ("Event", event) in nodes and ("Project", "夏日送清凉") not in nodes
    for unit in ("中国移动", "东方航空", "锦江集团"):
        assert ("PARTICIPATED_IN", unit, event) in rels
    # Attracting no one to take part ("吸引…关注") is no participation.
    near = "“夏日送清凉”志愿行动吸引了中国移动、东方航空的关注。"
    assert not any(t == "PARTICIPATED_IN" for t, _, _ in _rels(near))


def test_a_street_name_the_dictionary_knows_only_by_its_characters() -> None:
    from loaders.extract.entities import find_organisations

    found = {
        (m.label, m.name)
        for m in find_organisations("如，汤家浜街道“社区书场”、何家湾街道“邻里汇”等品牌项目")
    }
    assert ("Street", "汤家浜街道") in found
    # Words, not a name: "在该街道", "全区各个街道".
    for text in ("在该街道开展活动", "全区各个街道开展活动"):
        assert not any(m.label == "Street" for m in find_organisations(text))


def test_things_offered_in_a_brands_section() -> None:
    text = (
        "长寿路街道党工委精准打造“长乐汇”区域化党建品牌。“长乐汇”充分利用驻区单位资源，推出“银发课堂”项目。"
        "推出兰心剧场音乐会门票、“手工香皂制作活动”等福利。做好便民服务、法律咨询等工作。"
    )
    nodes, rels = _nodes(text), _rels(text)
    for item in ("兰心剧场音乐会门票", "手工香皂制作活动"):
        assert ("Project", item) in nodes
        assert ("BRANDED", item, "长乐汇") in rels
    # The theatre whose name opens the item takes part in it.
    assert ("PARTICIPATED_IN", "兰心剧场", "兰心剧场音乐会门票") in rels
    # Not closed by a word for things offered: no projects.
    assert ("Project", "便民服务") not in nodes


def test_an_occasion_named_after_a_brand_is_the_brands() -> None:
    text = "虹口区精准打造“同心圆”党建品牌。“同心圆”邻里运动会圆满落幕。“夏日”邻里运动会同期举行。"
    rels = _rels(text)
    assert ("BRANDED", "“同心圆”邻里运动会", "同心圆") in rels
    # Quotes that hold no brand of the article brand nothing.
    assert not any(s == "“夏日”邻里运动会" for t, s, _ in rels if t == "BRANDED")
