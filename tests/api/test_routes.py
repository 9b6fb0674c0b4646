"""Every endpoint on both stores against the curated dataset, checked against the articles."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"

# The 2019 article: 兴业太古汇商圈党建联席会议 "涵盖了包括兴业太古汇、上海第一财经传媒有限公司、
# 五星体育传媒有限公司、SMG 纪录片中心、上海棋院、中共二大会址纪念馆、上海市方达律师事务所、仲量联行、
# 爱茉莉等在内的 25 家党组织".
TAIKOO_MEMBERS = [
    "第一财经",
    "五星体育",
    "纪录片中心",
    "上海棋院",
    "中共二大会址纪念馆",
    "方达律师事务所",
    "仲量联行",
    "爱茉莉",
]


def names_of(items: list[dict]) -> list[str]:
    return [i["name"] for i in items]


def has(names: list[str], part: str) -> bool:
    return any(part in n for n in names)


def test_health(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    body = r.json()
    assert body["reachable"] is True and body["nodes"] > 0 and body["relationships"] > 0
    assert body["store"] in {"falkordb", "neo4j"}


def test_json_is_utf8_with_chinese_unescaped(client: TestClient) -> None:
    r = client.get("/areas")
    assert r.headers["content-type"].startswith("application/json")
    assert "静安区".encode() in r.content
    assert b"\\u" not in r.content


def test_areas_have_parents_and_kinds(client: TestClient) -> None:
    data = client.get("/areas", params={"limit": 1000}).json()
    by_name = {a["name"]: a for a in data["data"]}
    assert by_name["静安区"]["label"] == "District"
    assert by_name["南京西路街道"]["parent"]["name"] == "静安区"
    taikoo = next(a for a in data["data"] if "太古汇" in a["name"] and a["label"] == "Area")
    assert taikoo["kind"] == "commercial_district"
    assert data["total"] == len(data["data"])


def test_area_units_lists_the_taikoo_li_council_members(client: TestClient) -> None:
    r = client.get("/areas/兴业太古汇商圈/units", params={"limit": 1000})
    assert r.status_code == 200, r.text
    body = r.json()
    assert "太古汇" in body["area"]["name"]
    names = names_of(body["units"])
    for part in TAIKOO_MEMBERS:
        assert has(names, part), f"{part} is missing from the units covering 兴业太古汇商圈"
    for unit in body["units"]:
        for via in unit["via"]:
            assert via["source"]["quote"], "every way of covering cites its source"
            article = (CORPUS / via["source"]["file"]).read_text(encoding="utf-8")
            assert "".join(via["source"]["quote"].split()) in "".join(article.split())


def test_area_units_via_filter_and_pagination(client: TestClient) -> None:
    whole = client.get("/areas/兴业太古汇商圈/units", params={"limit": 1000}).json()
    members = client.get("/areas/兴业太古汇商圈/units", params={"via": "member", "limit": 1000}).json()
    assert members["total"] <= whole["total"]
    assert all(v["kind"] == "member" for u in members["units"] for v in u["via"])
    page = client.get("/areas/兴业太古汇商圈/units", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == whole["total"]
    assert names_of(page["units"]) == names_of(whole["units"])[1:3]


def test_a_street_includes_its_areas(client: TestClient) -> None:
    street = client.get("/areas/南京西路街道/units", params={"limit": 1000}).json()
    taikoo = client.get("/areas/兴业太古汇商圈/units", params={"limit": 1000}).json()
    assert set(names_of(taikoo["units"])) <= set(names_of(street["units"]))


def test_unknown_area_is_404_with_suggestions(client: TestClient) -> None:
    r = client.get("/areas/太古汇商圈X/units")
    assert r.status_code == 404
    body = r.json()
    assert any("太古汇" in s for s in body["suggestions"])


def test_bad_date_is_422(client: TestClient) -> None:
    assert client.get("/areas/兴业太古汇商圈/units", params={"as_of": "2020-13-01"}).status_code == 422
    assert client.get("/areas/兴业太古汇商圈/units", params={"as_of": "yesterday"}).status_code == 422
    assert client.get("/areas", params={"limit": 0}).status_code == 422


def test_body_members_with_stated_size(client: TestClient) -> None:
    r = client.get("/bodies/兴业太古汇商圈党建联席会议/members", params={"limit": 1000})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stated_members"] == 25
    assert body["known_members"] == body["total"] >= len(TAIKOO_MEMBERS)
    for part in TAIKOO_MEMBERS:
        assert has(names_of(body["members"]), part)


def test_chair_of_the_nanjing_road_council_in_mid_2020(client: TestClient) -> None:
    # 2020-06-29: 文汇报社's 谢海光 handed the chair to 国际集团's 陈振鹏.
    before = client.get(
        "/bodies/南京西路街道区域化党建联席会议理事会/members", params={"as_of": "2020-06-01"}
    )
    after = client.get("/bodies/南京西路街道区域化党建联席会议理事会/members", params={"as_of": "2020-07-01"})
    assert before.status_code == 200, before.text
    assert has(names_of(before.json()["chair"]), "文汇报")
    assert has(names_of(after.json()["chair"]), "国际集团")
    history = after.json()["chair_history"]
    assert len(history) >= 2


def test_unit_profile_by_alias(client: TestClient) -> None:
    r = client.get("/units/国际集团")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["node"]["name"] == "上海国际集团有限公司"
    assert body["chairs"], "国际集团 chairs the 理事会 from 2020-06-29"
    assert body["documents"] and all(d["file"] for d in body["documents"])
    assert body["node"]["sources"][0]["quote"]


def test_search_by_substring_and_label(client: TestClient) -> None:
    r = client.get("/search", params={"q": "太古汇"}).json()
    assert r["total"] >= 3  # the area, the council, the joint party committee at least
    units = client.get("/search", params={"q": "太古汇", "label": "Council"}).json()
    assert all(h["label"] == "Council" for h in units["data"])
    assert client.get("/search", params={"q": "x", "label": "Nope"}).status_code == 422


def test_path_between_two_organisations_has_sources(client: TestClient) -> None:
    r = client.get("/path", params={"from": "国际集团", "to": "兴业太古汇商圈"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["length"] == len(body["hops"]) >= 1
    assert body["nodes"][0]["name"] == "上海国际集团有限公司"
    assert all(h["source"]["quote"] for h in body["hops"])


def test_projects_by_year_and_claimant(client: TestClient) -> None:
    all_2020 = client.get("/projects", params={"year": 2020, "limit": 1000}).json()
    names = names_of(all_2020["data"])
    # 2019 article: the 2020 福民项目 "将新增“回眸初心——溯历史、看未来”、“We 课 V 讲”、
    # 张园旧改征收法律服务、商务楼宇公共法律服务、垃圾分类我先行 5 个项目", and units claimed
    # "Nancy 群团新干线、跃动南西、情景党课等项目".
    for part in [
        "回眸初心",
        "张园旧改征收法律服务",
        "商务楼宇公共法律服务",
        "垃圾分类我先行",
        "跃动南西",
        "情景党课",
    ]:
        assert has(names, part), f"{part} is missing from the 2020 projects"
    nio = client.get("/projects", params={"claimed_by": "蔚来汽车"})
    assert nio.status_code == 200, nio.text
    assert nio.json()["total"] >= 1
    for project in nio.json()["data"]:
        assert any("蔚来" in c["name"] for c in project["claimants"])
    unclaimed = client.get("/projects", params={"unclaimed": "true", "limit": 1000}).json()
    assert all(not p["claimants"] for p in unclaimed["data"])


def test_named_queries_list_and_run(client: TestClient) -> None:
    names = [q["name"] for q in client.get("/queries").json()]
    assert {
        "area_coverage",
        "body_members",
        "body_chairs",
        "projects",
        "shortest_path",
        "structure",
        "brokers",
    } <= set(names)
    r = client.get("/query/structure", params={"root": "南京西路街道"})
    assert r.status_code == 200, r.text
    assert r.json()["total"] >= 4
    brokers = client.get("/query/brokers", params={"limit": 5}).json()
    assert brokers["rows"] and all(b["bodies"] >= 2 for b in brokers["rows"])
    assert client.get("/query/nope").status_code == 404
    assert client.get("/query/area_coverage").status_code == 422


def test_no_endpoint_takes_cypher(client: TestClient) -> None:
    r = client.get("/query/search", params={"q": "x", "cypher": "MATCH (n) DETACH DELETE n"})
    assert r.status_code == 422
    assert client.get("/health").json()["nodes"] > 0


def test_openapi_has_an_example_per_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    text = json.dumps(spec, ensure_ascii=False)
    assert "/areas/{ref}/units" in spec["paths"]
    assert "兴业太古汇商圈" in text
