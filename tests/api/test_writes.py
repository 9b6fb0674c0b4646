"""Writes need the API key: 401 without it; with it, ingest and review work."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from dangjian.config import Settings
from tests.conftest import StoreHandle
from tests.loaders.test_review import ARTICLE

KEY = "s3cret-key-for-tests"


@pytest.fixture
def writable(handle: StoreHandle) -> TestClient:
    handle.store.clear()
    handle.holds_dataset = False
    return TestClient(create_app(Settings(api_key=KEY), handle.store))  # type: ignore[arg-type]


BODY = {"filename": "2021-新华路.txt", "text": ARTICLE}


def test_writes_without_a_key_are_401(writable: TestClient) -> None:
    assert writable.post("/ingest", json=BODY).status_code == 401
    assert writable.post("/ingest", json=BODY, headers={"X-API-Key": "wrong"}).status_code == 401
    assert writable.get("/review").status_code == 401
    assert writable.post("/review/x/accept").status_code == 401
    assert writable.get("/health").json()["nodes"] == 0


def test_no_key_configured_refuses_every_write(handle: StoreHandle) -> None:
    client = TestClient(create_app(Settings(), handle.store))
    assert client.post("/ingest", json=BODY, headers={"X-API-Key": ""}).status_code == 401


def test_ingest_review_accept_reject(writable: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    headers = {"X-API-Key": KEY}
    with caplog.at_level(logging.DEBUG):
        r = writable.post("/ingest", json=BODY, headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["staged"] > 0
    assert KEY not in caplog.text, "the key is never logged"
    pending = writable.get("/review", headers=headers).json()["data"]
    rel = next(p for p in pending if p["kind"] == "rel")
    other = next(p for p in pending if p["kind"] == "rel" and p["id"] != rel["id"])
    assert writable.post(f"/review/{rel['id']}/accept", headers=headers).json()["accepted"] >= 3
    assert writable.post(f"/review/{other['id']}/reject", headers=headers).status_code == 200
    assert writable.post("/review/nope/accept", headers=headers).status_code == 404
    assert writable.get("/health").json()["nodes"] > 0
    again = writable.post("/ingest", json=BODY, headers=headers).json()
    assert again["staged"] == 0
    rejected = writable.get("/review", params={"status": "rejected"}, headers=headers).json()["data"]
    assert [p["id"] for p in rejected] == [other["id"]]


def test_ingest_refuses_bad_input(writable: TestClient) -> None:
    headers = {"X-API-Key": KEY}
    assert (
        writable.post("/ingest", json={"filename": "../x.txt", "text": "x"}, headers=headers).status_code
        == 422
    )
    assert (
        writable.post("/ingest", json={"filename": "a.txt", "text": ""}, headers=headers).status_code == 422
    )
