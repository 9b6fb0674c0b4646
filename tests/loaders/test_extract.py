"""The article extractor: encodings, names, relation verbs, dates, linking, JSON shape."""

from __future__ import annotations

import codecs
from itertools import combinations
from pathlib import Path

import pytest

from graph import schema
from graph.errors import DataFileError
from graph.model import GraphData, Node
from loaders.datafiles import load_dataset
from loaders.extract import Gazetteer, evaluate, extract_file, extract_text
from loaders.extract.dates import ArticleDate, detect_article_date, resolve_date, resolve_year

DATA = Path(__file__).resolve().parents[2] / "data"
SEED = sorted((DATA / "corpus").glob("*.txt"))[0]


def _names(text: str, **kw: object) -> set[tuple[str, str]]:
    c = extract_text(text, document_name="t.txt", **kw)  # type: ignore[arg-type]
    return {(n.label, n.name) for n in c.nodes}


def _rels(text: str, **kw: object) -> set[tuple[str, str, str]]:
    c = extract_text(text, document_name="t.txt", **kw)  # type: ignore[arg-type]
    return {(r.type, r.start.name, r.end.name) for r in c.relationships}


def _shape(c: dict) -> tuple:
    return (
        sorted((n["label"], n["name"]) for n in c["nodes"]),
        sorted((r["type"], r["start"], r["end"]) for r in c["relationships"]),
    )


# --- encodings ------------------------------------------------------------------------


def test_encodings_give_the_same_candidates(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    variants = {
        "plain.txt": text.encode("utf-8"),
        "bom.txt": codecs.BOM_UTF8 + text.encode("utf-8"),
        "gb.txt": text.encode("gb18030"),
    }
    shapes = []
    for name, raw in variants.items():
        path = tmp_path / name
        path.write_bytes(raw)
        out = extract_file(path).to_json()
        assert out["documents"][0]["file"] == name
        shapes.append(_shape(out))
    assert shapes[0] == shapes[1] == shapes[2]
    assert shapes[0][0]


def test_a_big5_file_of_traditional_characters_reads_as_its_utf8_twin(tmp_path: Path) -> None:
    text = "千里街道黨工委與華東建設集團黨委簽訂黨建共建協議。華東建設集團黨委書記周明出席活動。\n"
    (tmp_path / "big5.txt").write_bytes(text.encode("big5"))
    (tmp_path / "utf8.txt").write_bytes(text.encode("utf-8"))
    big5, utf8 = extract_file(tmp_path / "big5.txt").to_json(), extract_file(tmp_path / "utf8.txt").to_json()
    assert _shape(big5) == _shape(utf8)
    assert "华东建设集团" in {n["name"] for n in big5["nodes"]}
    assert big5["nodes"][0]["source"]["quote"] in text


@pytest.mark.parametrize("raw", [b"", b"   \n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20])
def test_binary_or_empty_file_is_a_clear_error(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    with pytest.raises(DataFileError):
        extract_file(path)


# --- names ------------------------------------------------------------------------------


def test_cultural_and_medical_suffixes() -> None:
    names = _names("中心组一行参观了长风社区卫生中心、天山社区家庭医生诊所和枫林经验陈列馆。")
    assert {
        ("Unit", "长风社区卫生中心"),
        ("Unit", "天山社区家庭医生诊所"),
        ("Unit", "枫林经验陈列馆"),
    } <= names


def test_organisation_suffixes() -> None:
    names = _names(
        "近日，长风大道街道与华东纺织科技有限公司党委、梅川居民区、长风商圈党建联盟、"
        "长风大道街道区域化党建联席会议理事会、长风社区文化专业委员会和长风“邻里汇”党群服务站共同开展活动。"
    )
    assert ("Street", "长风大道街道") in names
    assert ("Unit", "华东纺织科技有限公司") in names
    assert ("Area", "梅川居民区") in names
    assert ("Alliance", "长风商圈党建联盟") in names
    assert ("Council", "长风大道街道区域化党建联席会议理事会") in names
    assert ("Committee", "长风社区文化专业委员会") in names


def _nodes(text: str, **kw: object) -> dict[tuple[str, str], list[str]]:
    c = extract_text(text, document_name="t.txt", **kw)  # type: ignore[arg-type]
    return {(n.label, n.name): n.aliases for n in c.nodes}


def test_quoted_projects() -> None:
    # The name is what the quotes hold; "…项目" is how the text calls it, kept as an alias.
    nodes = _nodes("街道推出“红色管家”项目和“清凉夏日”行动，受到居民欢迎。")
    assert "红色管家项目" in nodes[("Project", "红色管家")]
    assert "清凉夏日行动" in nodes[("Project", "清凉夏日")]
    assert ("Project", "暖心工程") in _nodes("街道实施“暖心工程”。")
    assert "“悦读”音乐党课" in _nodes("推出“悦读”音乐党课。")[("Project", "悦读")]


def test_quoted_everyday_vocabulary_is_not_a_name() -> None:
    names = _names("街道服务“两新”党建重点楼宇，开展“三会一课”项目。")
    assert not any(name in ("两新", "三会一课") for _, name in names)


def test_brands_and_who_carries_them() -> None:
    text = (
        "近年来，曹杨新村街道深入推进“邻里曹杨”区域化党建工作品牌。"
        "长风大厦“白领之家”党群服务站正式揭牌。"
        "他围绕以“同舟家园”为品牌的长寿路街道党建格局作了说明。"
    )
    rels = _rels(text)
    assert ("BRANDED", "曹杨新村街道", "邻里曹杨") in rels
    assert ("BRANDED", "长风大厦“白领之家”党群服务站", "白领之家") in rels
    assert ("BRANDED", "长寿路街道", "同舟家园") in rels
    assert ("Brand", "白领之家") in _names(text)


def test_counted_list_of_projects_and_its_programme() -> None:
    text = "新一年的“暖心项目”将新增“银发课堂”、社区助餐服务、楼宇健身角 3 个项目。"
    names, rels = _names(text), _rels(text)
    for item in ("银发课堂", "社区助餐服务", "楼宇健身角"):
        assert ("Project", item) in names
        assert ("PART_OF", item, "暖心项目") in rels
    # Without a count the same words are no list.
    assert ("Project", "社区助餐服务") not in _names("街道推出“银发课堂”、社区助餐服务、楼宇健身角。")


def test_project_owner_before_quotes_or_verb() -> None:
    rels = _rels(
        "以品牌项目为抓手，如，临汾路街道“睦邻课堂”、大宁路街道“企业会客厅”等品牌项目。"
        "街道挖掘辖区资源，推出“弄堂故事会”特色党课。",
        article_date="2021",
    )
    assert ("ORGANISED", "临汾路街道", "睦邻课堂") in rels
    assert ("ORGANISED", "大宁路街道", "企业会客厅") in rels


def test_bare_street_is_the_articles_street() -> None:
    rels = _rels("彭浦镇党委召开会议。彭浦镇地处北部。街道挖掘辖区资源，推出“弄堂故事会”特色党课。")
    assert ("ORGANISED", "彭浦镇", "弄堂故事会") in rels


def test_list_closed_by_count() -> None:
    rels = _rels("光明乳业有限公司、东方明珠酒店有限公司、申江律师事务所等3家单位加入虹桥商圈党建联盟。")
    for unit in ("光明乳业有限公司", "东方明珠酒店有限公司", "申江律师事务所"):
        assert ("MEMBER_OF", unit, "虹桥商圈党建联盟") in rels


# --- relation verbs ------------------------------------------------------------------------


def test_member_of() -> None:
    assert ("MEMBER_OF", "新华书店有限公司", "曹杨街道区域化党建联席会议") in _rels(
        "今年，新华书店有限公司正式加入曹杨街道区域化党建联席会议。"
    )


def test_claimed() -> None:
    rels = _rels("会上，远东银行静安支行认领了“爱心助老”项目。", article_date="2021-05-06")
    assert ("CLAIMED", "远东银行静安支行", "爱心助老") in rels


def test_signed_agreement() -> None:
    c = extract_text(
        "3月5日，华光电子有限公司与天山路街道签订共建协议。", document_name="t.txt", article_date="2021-03-20"
    )
    rel = next(r for r in c.relationships if r.type == "SIGNED_AGREEMENT")
    assert {rel.start.name, rel.end.name} == {"华光电子有限公司", "天山路街道"}
    assert rel.properties["date"] == "2021-03-05"


def test_paired_with() -> None:
    rels = _rels("同济中学党总支与彩虹居民区结对，开展助学活动。")
    assert {("PAIRED_WITH", "同济中学", "彩虹居民区"), ("PAIRED_WITH", "彩虹居民区", "同济中学")} & rels


def test_chairs_with_handover_date() -> None:
    c = extract_text(
        "9月1日，上海文艺出版有限公司向新任轮值主席单位长江证券有限公司交接虹口商圈党建联席会议轮值主席铜牌。",
        document_name="t.txt",
        article_date="2021-09-10",
    )
    chairs = [r for r in c.relationships if r.type == "CHAIRS"]
    assert chairs
    assert chairs[0].end.name == "虹口商圈党建联席会议"
    assert chairs[0].properties.get("from") == "2021-09-01"


def test_located_in_and_covers() -> None:
    rels = _rels("“乐活驿站”党群服务站设在金桥大厦，服务范围覆盖金桥商圈。")
    assert any(t == "LOCATED_IN" and e == "金桥大厦" for t, _, e in rels)
    assert any(t == "COVERS" and e == "金桥商圈" for t, _, e in rels)


def test_founding_ceremony_is_an_event() -> None:
    names = _names("5月，彭浦镇举行彭浦镇楼宇党建联盟成立仪式。", article_date="2021")
    assert any(label == "Event" and "成立仪式" in name for label, name in names)
    # A founding told in passing is a fact about the body, not an occurrence of its own.
    names = _names("5月，彭浦镇成立了彭浦镇楼宇党建联盟。", article_date="2021")
    assert not any(label == "Event" for label, _ in names)


def test_holds_position() -> None:
    c = extract_text("星河置业有限公司党委书记郑文龙出席活动。", document_name="t.txt")
    rel = next(r for r in c.relationships if r.type == "HOLDS_POSITION")
    assert (rel.start.name, rel.end.name) == ("郑文龙", "星河置业有限公司")
    assert rel.properties["title"] == "党委书记"


# --- dates ------------------------------------------------------------------------------


def test_article_date_from_masthead_and_fallback() -> None:
    assert detect_article_date("2020年1月8日本期第102期").iso() == "2020-01-08"
    assert detect_article_date("6月29日，街道举行2020年区域化党建联席会议。").iso() == "2020-06-29"
    assert detect_article_date("没有日期的文章。").iso() is None


def test_month_day_and_relative_years() -> None:
    article = ArticleDate(2020, 1, 8)
    assert resolve_date("12月20日，理事会召开会议。", article) == "2019-12-20"
    assert resolve_date("1月5日，理事会召开会议。", article) == "2020-01-05"
    assert resolve_year("今年将新增5个项目。", article) == 2020
    assert resolve_year("明年将新增5个项目。", article) == 2021
    assert resolve_year("2018年街道成立联盟。", article) == 2018


# --- linking ------------------------------------------------------------------------------


def test_known_alias_links_to_existing_id() -> None:
    known = Node.create("Unit", "上海国际集团有限公司", aliases=["国际集团"])
    gaz = Gazetteer.from_graph(GraphData(nodes=[known]))
    c = extract_text(
        "国际集团党委与街道党工委共同打造服务站。上海国际集团有限公司党委出席。",
        document_name="t.txt",
        gazetteer=gaz,
    )
    ids = [n["id"] for n in c.to_json()["nodes"] if n["label"] == "Unit"]
    assert known.id in ids
    assert len([n for n in c.nodes if n.name == "上海国际集团有限公司"]) == 1
    # A short form the graph does not list as an alias stays unlinked.
    assert Gazetteer.from_graph(GraphData(nodes=[known])).lookup("国际") is None


# --- JSON shape ------------------------------------------------------------------------------


def test_json_shape_and_quotes() -> None:
    for path in sorted((DATA / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out = extract_file(path).to_json()
        assert set(out) == {"documents", "nodes", "relationships"}
        ids = {n["id"] for n in out["nodes"]}
        for n in out["nodes"]:
            assert n["label"] in schema.LABELS
            assert {"id", "label", "name", "aliases", "properties", "source", "confidence"} <= set(n)
            s = n["source"]
            assert text[s["start"] : s["end"]] == s["quote"]
        for r in out["relationships"]:
            assert r["type"] in schema.REL_TYPES
            assert r["start"] in ids and r["end"] in ids
            s = r["source"]
            assert text[s["start"] : s["end"]] == s["quote"]


def test_to_graph_and_rows() -> None:
    c = extract_file(SEED)
    g = c.to_graph()
    doc = [n for n in g.nodes if n.label == "Document"]
    assert len(doc) == 1 and doc[0].properties["file"] == SEED.name
    ids = {n.id for n in g.nodes}
    assert all(r.start in ids and r.end in ids for r in g.relationships)
    assert len(c.rows()) == len(c.nodes) + len(c.relationships)


# --- evaluation ------------------------------------------------------------------------------


def test_evaluation_runs() -> None:
    report = evaluate(DATA)
    d = report.as_dict()
    for score in [d["nodes"], d["relationships"], *d["nodes_by_label"].values()]:
        for k in ("precision", "recall", "f1"):
            assert 0.0 <= score[k] <= 1.0
    assert "nodes (all)" in report.as_text()


def test_held_out_set_is_read_against_the_known_graph(tmp_path: Path) -> None:
    # An invented article naming a unit only by an acronym the curated graph holds.
    (tmp_path / "corpus").mkdir()
    (tmp_path / "facts").mkdir()
    (tmp_path / "corpus" / "h1.txt").write_text(
        "共建简讯\n2024年3月5日,SMG与长寿路街道签订共建协议。", encoding="utf-8"
    )
    (tmp_path / "facts" / "h1.yaml").write_text(
        "document: {file: h1.txt, title: 共建简讯, date: 2024-03-05}\n"
        "nodes:\n"
        "  - {label: Unit, name: 上海文化广播影视集团, aliases: [SMG], quote: SMG与长寿路街道}\n"
        "  - {label: Street, name: 长寿路街道, quote: SMG与长寿路街道}\n"
        "relationships:\n"
        "  - {type: SIGNED_AGREEMENT, start: Unit:SMG, end: Street:长寿路街道, date: 2024-03-05,"
        " quote: SMG与长寿路街道签订共建协议}\n",
        encoding="utf-8",
    )
    alone = evaluate(tmp_path)
    known = evaluate(tmp_path, known=load_dataset(DATA))
    assert alone.articles == known.articles == ["h1.txt"]
    assert "- Unit 上海文化广播影视集团 | SMG与长寿路街道" in alone.misses["h1.txt"]
    assert known.nodes.tp == alone.nodes.tp + 1 and known.nodes.fn == alone.nodes.fn - 1
    assert known.relationships.tp == 1 and not any(m.startswith("- ") for m in known.misses["h1.txt"])
    assert "h1.txt: + extracted but not in the facts" in known.as_text(misses=True)


# --- events, attendance, titles -----------------------------------------------------------


def test_meeting_held_organised_at_a_place_with_participants() -> None:
    text = (
        "长寿路街道召开2021年区域化党建联席会议。"
        "5月8日，长寿路街道在华东大厦举行2021年区域化党建联席会议暨“红帆驿站”党群服务站揭牌仪式。"
        "区委组织部副部长李明强、长寿路街道党工委书记陈晓梅出席会议。"
        "会上，陈晓梅表示，要把服务做实。"
    )
    c = extract_text(text, document_name="t.txt", article_date="2021-05-10")
    events = [n for n in c.nodes if n.label == "Event"]
    meeting = next(e for e in events if e.name == "2021年长寿路街道区域化党建联席会议")
    # The headline and the body describe one meeting.
    assert len([e for e in events if "联席会议" in e.name]) == 1
    assert any(e.name.endswith("党群服务站揭牌仪式") for e in events)
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    assert ("ORGANISED", "长寿路街道", meeting.name) in rels
    assert ("HELD_AT", meeting.name, "华东大厦") in rels
    assert ("PARTICIPATED_IN", "李明强", meeting.name) in rels
    assert ("PARTICIPATED_IN", "陈晓梅", meeting.name) in rels


def test_described_meeting_is_named_after_its_organiser() -> None:
    names = _names("2021年3月2日，曹杨街道睦邻理事会各成员单位齐聚华联宾馆，召开了一场务实高效的联席会议。")
    assert ("Event", "2021年曹杨街道睦邻理事会联席会议") in names


def test_no_event_without_a_head_word() -> None:
    assert not any(label == "Event" for label, _ in _names("街道召开居民，开展宣传。"))


def test_each_title_in_a_list_is_a_position() -> None:
    c = extract_text(
        "华联商厦有限公司党委书记、董事长吴晓东，区委宣传部副部长、区文明办主任方敏出席。",
        document_name="t.txt",
        article_date="2021-05-10",
    )
    pos = {
        (r.start.name, r.end.name, r.properties["title"])
        for r in c.relationships
        if r.type == "HOLDS_POSITION"
    }
    assert ("吴晓东", "华联商厦有限公司", "党委书记") in pos
    assert ("吴晓东", "华联商厦有限公司", "董事长") in pos


def test_street_own_body_at_sentence_start() -> None:
    rels = _rels("曹杨新村街道召开会议。街道党工委书记周文华、街道市容所所长钱立出席。")
    assert ("HOLDS_POSITION", "周文华", "曹杨新村街道党工委") in rels
    assert ("PART_OF", "曹杨新村街道市容所", "曹杨新村街道") in rels


def test_short_form_of_a_full_name_is_the_same_unit() -> None:
    c = extract_text(
        "华东建工集团有限公司党委与街道签约。华东建工集团党委书记王强出席。", document_name="t.txt"
    )
    units = [n for n in c.nodes if n.label == "Unit"]
    assert [u.name for u in units] == ["华东建工集团有限公司"]
    assert "华东建工集团" in units[0].aliases


def test_common_nouns_are_not_bodies() -> None:
    names = _names("辖区内各个“暖心驿站”党群服务站和区域化党建单位党组织积极参与。")
    assert not any("各个" in name or name.endswith("党组") for _, name in names)


def test_brand_needs_a_verb_of_building_it_or_to_stand_against_its_body() -> None:
    rels = _rels("华联商厦有限公司党委书记吴晓东表示，要深入理解“邻里曹杨”的内涵。")
    assert not any(t == "BRANDED" for t, _, _ in rels)


def test_a_body_named_after_a_place_serves_or_sits_in_it() -> None:
    rels = _rels("长风商圈党建联席会议和长风大厦党群服务站同日启用。")
    assert ("COVERS", "长风商圈党建联席会议", "长风商圈") in rels
    assert ("LOCATED_IN", "长风大厦党群服务站", "长风大厦") in rels


def test_bare_street_only_where_no_name_precedes_it() -> None:
    rels = _rels("彭浦镇召开会议。如，曹家渡街道“社区读书节”深受欢迎。今年街道推出“暖心工程”。")
    # "街道" alone is the street named last (曹家渡街道, now found), not a tail of its name.
    assert ("ORGANISED", "曹家渡街道", "暖心工程") in rels
    assert ("ORGANISED", "彭浦镇", "社区读书节") not in rels


def test_leading_verbs_are_not_part_of_a_name() -> None:
    names = _names("要提升长风商圈活力，做好居民区党建，恰逢长寿路街道成立周年。")
    assert ("Area", "长风商圈") in names
    assert ("Street", "长寿路街道") in names
    assert not any(name.startswith(("提升", "做好", "恰逢")) for _, name in names)
    # A registered company's name may begin with any word.
    assert ("Unit", "创新工场有限公司") in _names("创新工场有限公司党委书记王强出席。")


def test_street_offices_named_short_in_a_list() -> None:
    text = (
        "3月2日，曹杨新村街道召开2021年工作务虚会。"
        "会上，综治办、城建所、网格中心、兰溪居民区代表围绕“平安社区”进行交流发言。"
        "（街道自治办）"
    )
    c = extract_text(text, document_name="t.txt", article_date="2021-03-05")
    names = {(n.label, n.name) for n in c.nodes}
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    for office in ("综治办", "城建所", "网格中心", "自治办"):
        assert ("Unit", "曹杨新村街道" + office) in names
        assert ("PART_OF", "曹杨新村街道" + office, "曹杨新村街道") in rels
    meeting = next(n.name for n in c.nodes if n.label == "Event")
    assert ("PARTICIPATED_IN", "曹杨新村街道综治办", meeting) in rels
    assert ("PARTICIPATED_IN", "兰溪居民区", meeting) in rels
    # One short office name alone is no list.
    assert not any(
        n.startswith("曹杨新村街道") and n.endswith("所")
        for _, n in _names("曹杨新村街道召开会议。派出所民警出席。")
    )


def test_launch_of_a_named_thing_is_an_event() -> None:
    text = "长寿路街道召开联席会议。现场，街道启动了“睦邻家园”微网站，并发布《长寿路街道服务资源手册》。"
    c = extract_text(text, document_name="t.txt", article_date="2021-04-01")
    events = {n.name for n in c.nodes if n.label == "Event"}
    assert "“睦邻家园”微网站启动" in events
    assert "《长寿路街道服务资源手册》发布" in events
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    assert ("ORGANISED", "长寿路街道", "“睦邻家园”微网站启动") in rels
    # Releasing a project is about the project: no event.
    assert not any(n.endswith("发布") for _, n in _names("联盟共同发布“共享单车共治项目”。"))


def test_district_before_street_and_second_level_bodies() -> None:
    rels = _rels(
        "中心组一行来到虹口区嘉兴路街道参观。"
        "长寿路街道召开长寿路街道区域化党建联席会议。长寿路街道区域化党建联席会议开幕。"
        "长寿路街道成立了长寿路街道区域化党建楼宇联盟，这是街道成立的第二个区域化党建二级联盟。"
    )
    assert ("PART_OF", "嘉兴路街道", "虹口区") in rels
    assert ("PART_OF", "长寿路街道区域化党建楼宇联盟", "长寿路街道区域化党建联席会议") in rels


def test_person_names_end_where_a_verb_begins() -> None:
    names = _names(
        "街道党工委副书记陆颖宣读了批复，区商务委党委副书记赵坚以及上汽集团部长朱一平提到，要加强合作。"
    )
    for person in ("陆颖", "赵坚", "朱一平"):
        assert ("Person", person) in names


def test_district_bodies_written_short() -> None:
    c = extract_text(
        "区委宣传部副部长、区文明办主任马嘉文出席，联手区总工会、区金融办等成员单位。", document_name="t.txt"
    )
    names = {(n.label, n.name) for n in c.nodes}
    for body in ("区委宣传部", "区文明办", "区总工会", "区金融办"):
        assert ("Unit", body) in names
    pos = {(r.start.name, r.end.name) for r in c.relationships if r.type == "HOLDS_POSITION"}
    assert {("马嘉文", "区委宣传部"), ("马嘉文", "区文明办")} <= pos


def test_list_closed_by_units_holds_units_without_a_suffix() -> None:
    text = "联席会议涵盖了包括宝龙广场有限公司、星巴克、华联商厦有限公司、联华超市等在内的18家党组织。"
    names = _names(text)
    assert ("Unit", "星巴克") in names
    assert ("Unit", "联华超市") in names
    rels = _rels(
        "长风商圈党建联席会议成立，涵盖了包括宝龙广场有限公司、星巴克、华联商厦有限公司等在内的18家党组织。"
    )
    assert ("MEMBER_OF", "星巴克", "长风商圈党建联席会议") in rels
    # A list of plain words is no list of units.
    assert ("Unit", "读书") not in _names("开展读书、观影、健身、讲座等活动。")


def test_shared_suffix_after_a_count_belongs_to_every_item() -> None:
    rels = _rels("会上，长风商圈、曹杨商圈、真北商圈三个商圈党建联席会议共同发布倡议。")
    for area in ("长风商圈", "曹杨商圈", "真北商圈"):
        assert ("COVERS", area + "党建联席会议", area) in rels


def test_kind_of_activity_is_named_by_its_doers_or_dropped() -> None:
    names = _names("长风中学与华联商厦有限公司开展联建活动。驻区单位深入开展结对活动。")
    assert ("Event", "长风中学与华联商厦有限公司联建活动") in names
    assert not any(label == "Event" and name.startswith("结对") for label, name in names)


def test_project_written_quoted_and_plain_is_one() -> None:
    c = extract_text(
        "街道实施“暖心工程”项目。“暖心工程”项目受到欢迎。推进暖心工程项目。", document_name="t.txt"
    )
    projects = [n for n in c.nodes if n.label == "Project"]
    assert len(projects) == 1


def test_chair_title_in_a_position_list_is_chairing() -> None:
    c = extract_text(
        "长寿路街道召开会议。长寿路街道区域化党建楼宇联盟首轮轮值主席、华联商厦有限公司总经理吴晓东发言。",
        document_name="t.txt",
        article_date="2021-04-01",
    )
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    assert ("CHAIRS", "吴晓东", "长寿路街道区域化党建楼宇联盟") in rels
    assert ("HOLDS_POSITION", "吴晓东", "长寿路街道区域化党建楼宇联盟") not in rels
    assert ("HOLDS_POSITION", "吴晓东", "华联商厦有限公司") in rels


def test_sentence_runs_on_across_a_blank_line_after_a_comma() -> None:
    from loaders.extract.text import split_sentences

    text = "街道挖掘辖区资源，\n\n推出“弄堂故事会”特色党课。\n\n新闻标题\n\n正文开始。"
    assert [s.text for s in split_sentences(text)] == [
        "街道挖掘辖区资源，推出“弄堂故事会”特色党课。",
        "新闻标题",
        "正文开始。",
    ]


def test_sentence_runs_on_across_a_blank_line_in_running_text() -> None:
    from loaders.extract.text import split_sentences

    # An OCR column breaks mid-sentence: the line before the blank holds a comma.
    text = (
        "会上，华光电子\n有限公司党委、远东银行党委等 12\n\n家单位代表签订协议。"
        "\n\n体验行业初心，做新时代答卷人\n\n正文开始。"
    )
    assert [s.text for s in split_sentences(text)] == [
        "会上，华光电子有限公司党委、远东银行党委等12家单位代表签订协议。",
        "体验行业初心，做新时代答卷人",
        "正文开始。",
    ]


def test_an_occasion_named_as_a_time_is_no_event() -> None:
    names = _names("彭浦镇楼宇党建联盟成立仪式当天，区委组织部部长王强出席。", article_date="2021")
    assert not any(label == "Event" for label, _ in names)


def test_study_visit_and_where_it_goes() -> None:
    text = (
        "2021年4月2日\n\n长寿路街道中心组开展了为期一天的中心组学习。中心组一行来到了普陀区宜川路街道。"
        "在宜川路街道，中心组一行参观了市民驿站和华阳社区卫生中心。"
    )
    names = _names(text)
    assert ("Unit", "长寿路街道中心组") in names
    assert ("Event", "长寿路街道中心组学习") in names
    assert ("Station", "宜川路街道市民驿站") in names  # common words alone: the street's
    rels = _rels(text)
    assert ("ORGANISED", "长寿路街道中心组", "长寿路街道中心组学习") in rels
    assert ("HELD_AT", "长寿路街道中心组学习", "宜川路街道") in rels
    assert ("HELD_AT", "长寿路街道中心组学习", "华阳社区卫生中心") in rels
    assert ("LOCATED_IN", "华阳社区卫生中心", "宜川路街道") in rels
    assert not any(t == "HELD_AT" and e == "普陀区" for t, _, e in rels)


def test_centre_group_is_no_verb() -> None:
    assert not any(name.endswith("中心组") for _, name in _names("静安寺街道中心组织志愿者开展读书活动。"))


def test_committees_set_up_in_a_list_and_their_short_form() -> None:
    text = "联席会议同时设立社区服务、经济贸易、文化体育等3个专业委员会。经贸专委会举办了技能比武大赛。"
    c = extract_text(text, document_name="t.txt")
    committees = {n.name: n for n in c.nodes if n.label == "Committee"}
    assert set(committees) == {"社区服务专业委员会", "经济贸易专业委员会", "文化体育专业委员会"}
    assert "经贸专委会" in committees["经济贸易专业委员会"].aliases
    assert committees["文化体育专业委员会"].properties.get("domain") == "文化体育"


def test_bare_street_does_not_make_a_district_article_one_streets() -> None:
    text = (
        "天山路街道打造“邻里汇”品牌。街道推出读书活动。街道开展结对活动。街道组织志愿服务。"
        "仙霞路街道推出“乐龄”项目。虹桥街道推出“彩虹”项目。金桥商圈党建联盟成立。"
    )
    assert not any(t == "PART_OF" and s == "金桥商圈" for t, s, _ in _rels(text))


def test_verbs_tagged_as_nouns_and_vague_counts_are_not_names() -> None:
    names = _names("街道将从构筑商圈经济发展共同体出发，党员干部联系居民区，一个单位联系数个居民区。")
    assert not any(label == "Area" for label, _ in names)


def test_common_surname_hong() -> None:
    assert ("Person", "洪国华") in _names("天山路街道党工委书记洪国华出席会议。")


def test_delegates_of_member_units_make_their_units_members() -> None:
    text = (
        "天山路街道共建理事会召开会议。会上，华光电子有限公司党委副书记王强、远东置业有限公司"
        "物业部党总支书记李明作为成员单位代表发言。"
    )
    rels = _rels(text)
    assert ("MEMBER_OF", "华光电子有限公司", "天山路街道共建理事会") in rels
    assert ("MEMBER_OF", "远东置业有限公司", "天山路街道共建理事会") in rels
    assert not any(t == "MEMBER_OF" and "物业部" in s for t, s, _ in rels)


def test_bodies_within_a_councils_frame_are_its_parts() -> None:
    text = "在天山路街道区域化党建联席会议的总体框架下，完善“校园联盟”“教育联盟”等“X”个领域性联盟。"
    rels = _rels(text)
    assert ("PART_OF", "校园联盟", "天山路街道区域化党建联席会议") in rels
    assert ("PART_OF", "教育联盟", "天山路街道区域化党建联席会议") in rels
    assert not any("个" in name for _, name in _names(text))


def test_people_launching_a_project_together_take_part_in_it() -> None:
    text = "华光电子有限公司总经理王强和远东银行行长李明共同发布“共享停车”项目。"
    rels = _rels(text)
    assert ("PARTICIPATED_IN", "王强", "共享停车") in rels
    assert ("PARTICIPATED_IN", "华光电子有限公司", "共享停车") in rels


def test_streets_own_council_written_short_covers_the_street() -> None:
    text = "天山路街道召开区域化党建联席会议。天山路街道党工委书记王强出席。天山路街道推出读书活动。"
    assert ("COVERS", "天山路街道区域化党建联席会议", "天山路街道") in _rels(text)


def test_work_is_filler_in_a_councils_name() -> None:
    text = "天山路街道召开天山路街道区域化党建工作联席会议。天山路街道区域化党建联席会议成员单位出席。"
    councils = [n for n in extract_text(text, document_name="t.txt").nodes if n.label == "Council"]
    assert [c.name for c in councils] == ["天山路街道区域化党建联席会议"]
    assert "天山路街道区域化党建工作联席会议" in councils[0].aliases


def test_building_and_station_written_short_are_the_full_ones() -> None:
    text = "上海华光大厦“邻里家”党群服务站揭牌。华光大厦“邻里家”党群服务站位于华光大厦。"
    names = _names(text)
    assert ("Building", "华光大厦") not in names and ("Building", "上海华光大厦") in names
    assert ("Station", "华光大厦“邻里家”党群服务站") not in names


def test_dictionary_cut_is_jiebas() -> None:
    import jieba

    from loaders.extract.entities import cut_words

    # The last holds a word the extractor teaches the dictionary (为老, not 为|老).
    for text in ("天山路街道党工委书记王强出席会议", "推出面向成员单位的名师讲坛", "综合为老服务中心"):
        assert list(cut_words(text)) == jieba.lcut(text, HMM=False)
    # A run of digits is one numeral character per word, as the name's start reads it.
    assert cut_words("2020年南京西路") == ("2", "0", "2", "0", "年", "南京", "西路")


def test_branch_venue_of_a_meeting() -> None:
    text = "天山路街道召开区域化党建联席会议。机关干部在主会场和华光大厦分会场参加活动。"
    assert any(t == "HELD_AT" and "联席会议" in s and e == "华光大厦" for t, s, e in _rels(text))


def test_brand_that_puts_out_a_project_carries_it() -> None:
    rels = _rels("街道精心打造“邻里汇”区域化党建品牌。“邻里汇”充分利用驻区单位资源，推出“银龄课堂”公益项目。")
    assert ("BRANDED", "银龄课堂", "邻里汇") in rels


def test_bodies_that_act_at_the_meeting_take_part() -> None:
    c = extract_text(
        "长寿路街道召开2021年区域化党建联席会议。会上，长寿路商圈党建联席会议和长寿路楼宇联盟宣布成立。",
        document_name="t.txt",
        article_date="2021-04-01",
    )
    meeting = next(n.name for n in c.nodes if n.label == "Event")
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    assert ("PARTICIPATED_IN", "长寿路商圈党建联席会议", meeting) in rels
    assert ("PARTICIPATED_IN", "长寿路楼宇联盟", meeting) in rels


def test_title_after_the_name() -> None:
    rels = _rels("在华东师范大学社会学院钱立教授带来的专题讲座后，与会同志交流。")
    assert ("HOLDS_POSITION", "钱立", "华东师范大学社会学院") in rels


def test_street_office_is_the_street_and_counts_are_no_names() -> None:
    c = extract_text(
        "长寿路街道办事处主任张峰出席，长风商圈、曹杨商圈两个商圈党建联席会议发言。", document_name="t.txt"
    )
    names = {(n.label, n.name) for n in c.nodes}
    assert ("Street", "长寿路街道") in names
    assert not any("两个" in name for _, name in names)
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    assert ("HOLDS_POSITION", "张峰", "长寿路街道") in rels


def test_owner_is_the_whole_name_before_the_verb() -> None:
    rels = _rels("长寿路街道党工委全面加强基层党建，精准打造“长寿同心”区域化党建品牌。")
    assert ("BRANDED", "长寿路街道党工委", "长寿同心") in rels
    assert ("BRANDED", "长寿路街道", "长寿同心") not in rels


def test_every_event_of_a_list_was_held() -> None:
    names = _names("经贸专委会先后举办楼宇白领厨艺大赛、金融行业劳动竞赛，反响热烈。")
    assert ("Event", "楼宇白领厨艺大赛") in names
    assert ("Event", "金融行业劳动竞赛") in names


def test_quoted_occasion_is_an_event() -> None:
    names = _names("4位代表在“睦邻项目”高峰论坛中分享了感想，随后观看了“同心同行”中秋慰问晚会。")
    assert ("Event", "“睦邻项目”高峰论坛") in names
    assert ("Event", "“同心同行”中秋慰问晚会") in names


def test_units_of_delegates_take_part() -> None:
    c = extract_text(
        "长寿路街道召开联席会议。会上，华联商厦有限公司党委副书记吴晓东作为成员单位代表发言。",
        document_name="t.txt",
        article_date="2021-04-01",
    )
    meeting = next(n.name for n in c.nodes if n.label == "Event")
    rels = {(r.type, r.start.name, r.end.name) for r in c.relationships}
    assert ("PARTICIPATED_IN", "华联商厦有限公司", meeting) in rels


def test_organisation_first_department_in_the_title() -> None:
    c = extract_text(
        "华东建工集团老干部和统战工作部部长、总部党委副书记朱平提到，区商务委党委副书记赵刚出席，"
        "上海九百(集团)有限公司董事长许强发言。",
        document_name="t.txt",
    )
    pos = {
        (r.start.name, r.end.name, r.properties["title"])
        for r in c.relationships
        if r.type == "HOLDS_POSITION"
    }
    assert ("朱平", "华东建工集团", "老干部和统战工作部部长") in pos
    assert ("朱平", "华东建工集团", "总部党委副书记") in pos
    assert ("赵刚", "区商务委", "党委副书记") in pos
    assert ("许强", "上海九百(集团)有限公司", "董事长") in pos


def test_project_after_yi_is_still_a_project() -> None:
    assert ("Project", "睦邻先锋行动") in _names("街道以“睦邻先锋行动”为契机，组织开展志愿活动。")


def test_claim_of_listed_projects_is_a_claim_in_their_programme() -> None:
    rels = _rels(
        "会上举行了“暖心项目”认领仪式，华联商厦有限公司党委带头认领了银龄课堂、楼宇健身角等项目。",
        article_date="2021-04-01",
    )
    assert ("CLAIMED", "华联商厦有限公司", "银龄课堂") in rels
    assert ("CLAIMED", "华联商厦有限公司", "暖心项目") in rels


def test_title_matches_may_overlap_and_company_closes_a_name() -> None:
    names = _names("长寿路街道区域化党建轮值主席单位代表钱晓红为活动致辞。")
    assert ("Person", "钱晓红") in names
    pos = {
        (r.start.name, r.end.name, r.properties["title"])
        for r in extract_text(
            "华东隧道公司轨交项管部党总支书记盛华出席。", document_name="t.txt"
        ).relationships
        if r.type == "HOLDS_POSITION"
    }
    assert ("盛华", "华东隧道公司", "轨交项管部党总支书记") in pos


def _signed(text: str) -> set[frozenset[str]]:
    return {frozenset((s, e)) for t, s, e in _rels(text) if t == "SIGNED_AGREEMENT"}


def test_a_list_of_parties_before_a_signing_sign_with_one_another() -> None:
    text = (
        "6月29日，云岭交通管理中心党支部、云岭镇金家村党总支、云岭派出所党支部"
        "举行了“喜迎七一”党建共建签约仪式。"
    )
    parties = ("云岭交通管理中心", "金家村", "云岭派出所")
    assert _signed(text) == {frozenset((a, b)) for i, a in enumerate(parties) for b in parties[i + 1 :]}
    # Those who attended the signing are not said to sign here.
    attended = "云岭派出所党支部、云岭中学党总支等参与签约的两方党组织代表出席仪式。"
    assert _signed(attended) == set()


def test_parties_sign_with_the_body_their_agreement_names() -> None:
    text = (
        "随后，云岭服务中心、云岭中学、华东电力有限公司共3家单位代表"
        "签署了《云岭街道区域化党建联合体共建协议书》。"
    )
    body = "云岭街道区域化党建联合体"
    assert _signed(text) == {frozenset((u, body)) for u in ("云岭服务中心", "云岭中学", "华东电力有限公司")}


def test_a_list_closed_by_and_signs_with_the_body_and_joins_it() -> None:
    text = (
        "仪式现场，云岭市场党支部、云岭区残联党支部、星河社区党委和东湖派出所党支部代表"
        "共同签署《云岭广场红色商圈联盟协议书》。"
    )
    rels = _rels(text)
    body = "云岭广场红色商圈联盟"
    parties = {"云岭市场党支部", "云岭区残联党支部", "星河社区", "东湖派出所"}
    assert {s for t, s, e in rels if t == "MEMBER_OF" and e == body} == parties
    assert _signed(text) == {frozenset((p, body)) for p in parties}  # 和 pairs no two sides


def test_units_that_found_a_body_together_are_its_members() -> None:
    text = "活动中，华东电力有限公司、云岭房地产有限公司、云岭中学3家单位共同点亮“云岭之门共建联盟”。"
    members = {s for t, s, e in _rels(text) if t == "MEMBER_OF" and e == "云岭之门共建联盟"}
    assert members == {"华东电力有限公司", "云岭房地产有限公司", "云岭中学"}


def test_names_in_quotes_one_after_another_are_items_of_a_project_list() -> None:
    text = "现场，“云岭充电站”“骑手课堂”“燃动之家”三大特色项目发布。"
    projects = {name for label, name in _names(text) if label == "Project"}
    assert projects == {"云岭充电站", "骑手课堂", "燃动之家"}
    assert not any(t == "PART_OF" for t, _, _ in _rels(text))  # the last is an item, not the programme


def _typed(text: str, rel_type: str) -> set[tuple[str, str]]:
    return {(s, e) for t, s, e in _rels(text, article_date="2024-05-10") if t == rel_type}


UNITS = ("华东电力有限公司", "云岭中学", "云岭派出所")


def test_members_who_become_members_or_make_up_a_body() -> None:
    becomes = "华东电力有限公司、云岭中学、云岭派出所成为云岭联盟首批成员单位。"
    made_up = "云岭联盟由华东电力有限公司、云岭中学、云岭派出所等12家单位组成。"
    for text in (becomes, made_up):
        assert _typed(text, "MEMBER_OF") == {(u, "云岭联盟") for u in UNITS}


def test_units_that_form_pairs_pair_with_one_another() -> None:
    pairs = _typed("华东电力有限公司、云岭中学、云岭派出所三家单位结成共建对子。", "PAIRED_WITH")
    assert {frozenset(p) for p in pairs} == {frozenset(p) for p in combinations(UNITS, 2)}


def test_a_station_run_by_a_body() -> None:
    runs = _typed("云岭党群服务中心由云岭街道党工委负责运营。", "RUNS")
    assert runs == {("云岭街道党工委", "云岭党群服务中心")}


def test_those_listed_as_attending_take_part_people_over_their_units() -> None:
    meeting = "5月10日，云岭街道召开2024年区域化党建联席会议。"
    units = meeting + "参加会议的有华东电力有限公司、云岭中学和云岭派出所。"
    assert {s for s, _ in _typed(units, "PARTICIPATED_IN")} == set(UNITS)
    people = meeting + "出席会议的领导有云岭中学校长王刚、华东电力有限公司总经理李梅等。"
    assert {s for s, _ in _typed(people, "PARTICIPATED_IN")} == {"王刚", "李梅"}


def test_a_unit_that_is_a_bodys_member_unit() -> None:
    assert _typed("华东电力有限公司是云岭联盟的成员单位。", "MEMBER_OF") == {("华东电力有限公司", "云岭联盟")}
