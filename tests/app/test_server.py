"""The app under a real uvicorn server on loopback: several users at once, and start-up as
`python app.py` does it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

pytestmark = [pytest.mark.server, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
USERS = 10
QUESTIONS = [
    "What did the minister say about 13 Oceans?",
    "Wat zei Van Nispen over de Nationaal Rapporteur?",
    "Wat zei Van Toorenburg over uitgebuite kinderen?",
    "What did the minister say about the Koninklijke Marechaussee?",
    "Wat zei Van Laar over loverboys?",
    "Wat zei de minister over extra geld voor de aanpak van mensenhandel?",
    "Wat zei Van Oosten over de prostitutiewet?",
    "Wat zei Van Nispen over de registratie van slachtoffers?",
    "What did Van Laar ask about the Nationaal Rapporteur?",
    "Wat zei de minister over 13 Oceans?",
]


class MeetAtBarrier:
    """The real assistant, except that every question first waits until ``parties`` questions are
    being answered at the same moment: if the server ran them one at a time, the wait would time
    out and the question would fail."""

    def __init__(self, assistant, parties: int, timeout: float = 60) -> None:
        self._assistant = assistant
        self.barrier = threading.Barrier(parties, timeout=timeout)

    def __getattr__(self, name: str):
        return getattr(self._assistant, name)

    def ask(self, *args, **kwargs):
        self.barrier.wait()
        return self._assistant.ask(*args, **kwargs)

    def stream(self, *args, **kwargs):
        self.barrier.wait()
        yield from self._assistant.stream(*args, **kwargs)


def _post_all(url: str, questions: list[str]) -> tuple[list[httpx.Response], list[float], float]:
    start = threading.Barrier(len(questions), timeout=30)

    def post(question: str) -> tuple[httpx.Response, float]:
        start.wait()
        began = time.perf_counter()
        response = httpx.post(f"{url}/api/ask", json={"question": question}, timeout=180)
        return response, time.perf_counter() - began

    began = time.perf_counter()
    with ThreadPoolExecutor(len(questions)) as pool:
        results = list(pool.map(post, questions))
    return [r for r, _ in results], [s for _, s in results], time.perf_counter() - began


def test_ten_simultaneous_questions_to_the_api_are_all_answered_with_citations(
        web_index, web_assistant, serve, artifacts_dir) -> None:
    with serve(web_index.settings, web_assistant) as server:
        single = httpx.post(f"{server.url}/api/ask", json={"question": QUESTIONS[0]}, timeout=180)
        assert single.status_code == 200
        responses, latencies, wall = _post_all(server.url, QUESTIONS)
    assert [r.status_code for r in responses] == [200] * USERS
    answers = [r.json() for r in responses]
    assert all(a["citations"] for a in answers), [a["question"] for a in answers if not a["citations"]]
    assert [a["question"] for a in answers] == QUESTIONS
    report = {"users": USERS, "wall_s": round(wall, 2), "latency_s": sorted(round(s, 2) for s in latencies),
              "single_answer_ms": single.json()["timings_ms"]["total"]}
    (artifacts_dir / "concurrency.json").write_text(json.dumps(report, indent=1))
    print(f"\n{USERS} simultaneous /api/ask: wall {wall:.2f} s; {report}")


def test_the_api_answers_ten_questions_at_the_same_moment(web_index, web_assistant, serve) -> None:
    gate = MeetAtBarrier(web_assistant, USERS)
    with serve(web_index.settings, gate) as server:
        responses, _, _ = _post_all(server.url, QUESTIONS)
    assert [r.status_code for r in responses] == [200] * USERS


def test_the_chat_answers_ten_users_at_the_same_moment(web_index, web_assistant, serve) -> None:
    from gradio_client import Client

    gate = MeetAtBarrier(web_assistant, USERS)
    with serve(web_index.settings, gate) as server:
        clients = [Client(f"{server.url}/", verbose=False) for _ in range(USERS)]
        try:
            jobs = [c.submit(q, [], [], [], [], None, None, api_name="/respond") for c, q in zip(clients, QUESTIONS, strict=False)]
            results = [job.result(timeout=180) for job in jobs]
        finally:
            for client in clients:
                client.close()
    for question, (chat, _) in zip(QUESTIONS, results, strict=False):
        reply = chat[-1]["content"][0]["text"]
        assert 'class="da-card"' in reply, (question, reply[:300])


def test_app_py_serves_on_the_given_port_and_logs_its_start_up_time(web_index, tmp_path, wait) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "DEBATE_HOME": str(tmp_path), "DEBATE_INDEX": str(web_index.settings.index_dir),
           "DEBATE_FEEDBACK_PATH": str(tmp_path / "feedback.jsonl"), "GRADIO_ANALYTICS_ENABLED": "False"}
    log = tmp_path / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "app.py", "--port", str(port)], cwd=str(REPO),
                                   env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        def healthy() -> bool:
            assert process.poll() is None, log.read_text()
            try:
                return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200
            except httpx.TransportError:
                return False

        wait(healthy, 180, "app.py to answer /healthz", interval=0.5)
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=10).status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=30)
    text = log.read_text()
    assert "debate assistant ready: 2 documents" in text, text
    assert re.search(r"start-up took \d+\.\d s since the process started", text), text
