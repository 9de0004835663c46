"""Admission control: beyond the questions answered at once and those allowed to wait, the server
answers 503 with Retry-After at once, never a silent time-out (`assistant.web.admission`).
Deterministic: the answering is a fake that blocks until the test releases it. The middleware is
imported inside the tests: it brings FastAPI, seconds of import that every xdist worker would
otherwise pay while collecting."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest


class BlockingApp:
    """An ASGI app whose every request waits until ``release`` is set."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.entered = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        self.entered += 1
        if scope["path"].endswith("/queue/join"):
            status = 503
        else:
            status = 200
            await self.release.wait()
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"ok"})


async def _until(condition: Any) -> None:
    for _ in range(200):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("timed out")


def _assert_busy(response: httpx.Response) -> None:
    from assistant.web.admission import RETRY_AFTER_S

    assert response.status_code == 503
    assert response.headers["retry-after"] == str(RETRY_AFTER_S)
    assert response.json()["error"]["code"] == "busy"


def test_a_question_beyond_capacity_gets_503_with_retry_after_at_once() -> None:
    from assistant.web.admission import AdmissionControl

    async def scenario() -> None:
        inner = BlockingApp()
        app = AdmissionControl(inner, concurrent=1, queued=0)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            first = asyncio.create_task(client.post("/api/ask", json={"question": "q"}))
            await _until(lambda: inner.entered == 1)
            _assert_busy(await client.post("/api/ask", json={"question": "q"}))
            inner.release.set()
            assert (await first).status_code == 200
            assert (await client.post("/api/ask", json={"question": "q"})).status_code == 200

    asyncio.run(scenario())


def test_questions_within_the_queue_wait_their_turn_and_the_next_one_is_refused() -> None:
    from assistant.web.admission import AdmissionControl

    async def scenario() -> None:
        inner = BlockingApp()
        app = AdmissionControl(inner, concurrent=1, queued=1)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            running = asyncio.create_task(client.post("/api/ask", json={}))
            waiting = asyncio.create_task(client.post("/api/ask", json={}))
            await _until(lambda: app.pending == 2)
            assert inner.entered == 1  # the second one waits for the slot
            _assert_busy(await client.post("/api/ask", json={}))
            inner.release.set()
            assert [(await running).status_code, (await waiting).status_code] == [200, 200]
            assert app.pending == 0

    asyncio.run(scenario())


def test_a_question_that_waits_too_long_for_its_turn_gets_503_instead_of_hanging() -> None:
    from assistant.web.admission import AdmissionControl

    async def scenario() -> None:
        inner = BlockingApp()
        app = AdmissionControl(inner, concurrent=1, queued=5, max_wait_s=0.1)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            running = asyncio.create_task(client.post("/api/ask", json={}))
            await _until(lambda: inner.entered == 1)
            _assert_busy(await client.post("/api/ask", json={}))
            inner.release.set()
            assert (await running).status_code == 200
            assert (await client.post("/api/ask", json={})).status_code == 200  # no slot was lost

    asyncio.run(scenario())


def test_other_routes_are_not_held_up_and_the_chat_queue_full_503_gets_retry_after() -> None:
    from assistant.web.admission import RETRY_AFTER_S, AdmissionControl

    async def scenario() -> None:
        inner = BlockingApp()
        app = AdmissionControl(inner, concurrent=1, queued=0)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            running = asyncio.create_task(client.post("/api/ask", json={}))
            await _until(lambda: inner.entered == 1)
            chat = await client.post("/embed/gradio_api/queue/join", json={})
            assert chat.status_code == 503 and chat.headers["retry-after"] == str(RETRY_AFTER_S)
            inner.release.set()
            assert (await client.get("/healthz")).status_code == 200
            assert (await running).status_code == 200

    asyncio.run(scenario())


class BlockingAssistant:
    """Answers after the test sets ``release``; enough of the Assistant's surface for the app."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.entered = threading.Event()

    def ask(self, question: str, history: Any = None, filters: Any = None) -> Any:
        from assistant.models import Answer

        self.entered.set()
        assert self.release.wait(30)
        return Answer(question=question, answer="Nothing to quote.", answerable=False, language="en")

    def documents(self) -> list[dict[str, Any]]:
        return []

    def speakers(self) -> list[dict[str, Any]]:
        return []

    def transcript(self, doc_id: str) -> None:
        return None


@pytest.mark.server
def test_the_served_app_refuses_a_question_beyond_its_setting_with_503_and_retry_after(tmp_path, serve) -> None:
    from ingest.settings import Settings

    settings = Settings(index_dir=tmp_path / "index", feedback_path=tmp_path / "feedback.jsonl",
                        max_concurrent_questions=1, max_queued_questions=0)
    fake = BlockingAssistant()
    with serve(settings, fake) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        results: list[httpx.Response] = []
        first = threading.Thread(target=lambda: results.append(http.post("/api/ask", json={"question": "q"})))
        first.start()
        assert fake.entered.wait(30)
        _assert_busy(http.post("/api/ask", json={"question": "q"}))
        fake.release.set()
        first.join(timeout=30)
        assert [r.status_code for r in results] == [200]


class BlockingStream(BlockingAssistant):
    def stream(self, question: str, history: Any = None, filters: Any = None) -> Any:
        yield self.ask(question)


@pytest.mark.server
def test_the_chat_refuses_a_question_beyond_its_queue_with_503_and_retry_after(tmp_path, serve, wait) -> None:
    from assistant.web.admission import RETRY_AFTER_S
    from ingest.settings import Settings

    settings = Settings(index_dir=tmp_path / "index", feedback_path=tmp_path / "feedback.jsonl",
                        max_concurrent_questions=1, max_queued_questions=1)
    fake = BlockingStream()
    with serve(settings, fake) as server, httpx.Client(base_url=f"{server.url}/embed", timeout=30) as http:
        config = http.get("/config").json()
        fn = next(i for i, d in enumerate(config["dependencies"]) if d.get("api_name") == "respond")

        def join(session: str) -> httpx.Response:
            return http.post("/gradio_api/queue/join", json={
                "data": ["Wat zei de minister?", [], None], "fn_index": fn, "session_hash": session,
                "event_data": None, "trigger_id": None})

        assert join("first").status_code == 200
        assert fake.entered.wait(30)  # the first question is being answered
        assert join("second").status_code == 200  # the second waits in the queue
        refused = join("third")
        fake.release.set()

    assert refused.status_code == 503
    assert refused.headers["retry-after"] == str(RETRY_AFTER_S)
