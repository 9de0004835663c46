"""GET /api/motions: the JSON of `debate motions --json`, filtered by debate, through the API's
own router and error handlers over a debate built in code (no model, no index)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from motion_samples import DOC_ID, overruled_by_the_chair, tweeminutendebat

from assistant.web.api import install_error_handlers, router
from assistant.web.schemas import MotionOut
from ingest.models import Transcript
from ingest.settings import Settings


class Source:
    def __init__(self, transcript: Transcript) -> None:
        self._transcript = transcript

    def documents(self) -> list[dict[str, Any]]:
        return [{"id": self._transcript.id}]

    def transcript(self, doc_id: str) -> Transcript | None:
        return self._transcript if doc_id == self._transcript.id else None


def _client(tmp_path, transcript: Transcript) -> TestClient:
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(router)
    app.state.settings = Settings(index_dir=tmp_path)
    app.state.assistant = Source(transcript)
    return TestClient(app)


@pytest.fixture
def client(tmp_path) -> TestClient:
    return _client(tmp_path, tweeminutendebat())


def test_motions_lists_each_motion_with_the_cabinet_s_appreciation(client) -> None:
    response = client.get("/api/motions")
    assert response.status_code == 200, response.text
    motions = [MotionOut.model_validate(m) for m in response.json()]
    assert {m.number: m.appreciation for m in motions} == {
        "10": "ontraden", "11": "oordeel Kamer met appreciatie", "12": None, "13": None}
    ten = next(m for m in motions if m.number == "10")
    assert (ten.speaker, ten.role, ten.submitter) == ("Smit", "state_secretary", "Jansen")
    assert ten.reasoning and "geen dekking" in ten.reasoning
    assert ten.settled is None and ten.history == []  # a view that never changed needs no settling statement


def test_a_view_the_chair_settled_later_carries_where(tmp_path) -> None:
    settled = overruled_by_the_chair()
    [motion] = [MotionOut.model_validate(m) for m in _client(tmp_path, settled).get("/api/motions").json()]
    assert motion.appreciation == "ontraden" and motion.settled is not None
    assert (motion.settled.role, motion.settled.quote) == ("chair", "De motie op stuk nr. 10 is daarmee ontraden.")


def test_motions_of_one_debate_and_of_an_unknown_one(client) -> None:
    assert len(client.get("/api/motions", params={"doc": DOC_ID}).json()) == 4
    response = client.get("/api/motions", params={"doc": "no-such-debate"})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert "no-such-debate" in response.json()["error"]["message"]


def test_a_doc_id_over_the_bound_is_refused_as_invalid(client) -> None:
    response = client.get("/api/motions", params={"doc": "x" * 301})
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


def test_the_openapi_schema_describes_motions(client) -> None:
    schema = client.get("/openapi.json").json()
    assert "/api/motions" in schema["paths"]
    assert {"number", "appreciation", "reasoning", "turn_id"} <= set(schema["components"]["schemas"]["MotionOut"]["properties"])
