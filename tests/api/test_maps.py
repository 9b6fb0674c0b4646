"""The maps over HTTP: GET /map (one self-contained page) and GET /poster.pdf."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_map_page_for_a_street_and_an_ego_view(client: TestClient) -> None:
    r = client.get("/map", params={"street": "南京西路街道"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    page = r.text
    assert "兴业太古汇商圈党建联席会议" in page
    for remote in ('src="http', "src='http", 'href="http', "href='http"):
        assert remote not in page, "the page loads nothing from the network"
    ego = client.get("/map", params={"focus": "国际集团", "depth": 1, "label": ["Unit", "Council"]})
    assert ego.status_code == 200 and "上海国际集团有限公司" in ego.text
    assert client.get("/map", params={"street": "不存在街道"}).status_code == 404
    assert client.get("/map", params={"label": "Nope"}).status_code == 422


def test_poster_pdf(client: TestClient) -> None:
    r = client.get("/poster.pdf", params={"street": "南京西路街道", "size": "A3"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/pdf"
    assert r.content.startswith(b"%PDF") and len(r.content) > 10_000
    assert client.get("/poster.pdf", params={"size": "B5"}).status_code == 422
