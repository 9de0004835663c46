"""`run_load` end to end, small: four users (two through the API, two through the Gradio chat)
for a few seconds against the real app served on loopback, over a small index on the hash
embedder. The report has the documented shape and counts every request; the speed targets are
measured by `debate bench --load`, never asserted here."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from doubles import HashEmbedder
from samples import make_verslag

from eval.load import LoadConfig, render_load, require_loopback, run_load

pytestmark = pytest.mark.server


@pytest.fixture
def url(tmp_path: Path):
    import uvicorn

    from assistant.live import LiveAssistant
    from debate.server import create_app
    from ingest.indexing import ingest_paths
    from ingest.settings import Settings

    settings = Settings(index_dir=tmp_path / "index", feedback_path=tmp_path / "feedback.jsonl")
    source = tmp_path / "fietsen-2024-03-05.txt"
    source.write_text(make_verslag(), encoding="utf-8")
    embedder = HashEmbedder()
    assert not ingest_paths([source], settings, embedder=embedder).failed
    app = create_app(settings, assistant=LiveAssistant.open(settings, embedder=embedder))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=30)
    sock.close()


def test_a_short_load_run_answers_every_user_on_both_surfaces_and_reports_latencies(url, capsys) -> None:
    result = run_load(url, LoadConfig(users=4, seconds=4, think_s=(0.05, 0.2)))

    assert result["overall"]["errors"] == 0, result["error_examples"]
    assert result["overall"]["requests"] == sum(u["requests"] for u in result["per_user"])
    assert {u["surface"] for u in result["per_user"]} == {"api", "chat"}
    assert all(u["ok"] >= 1 for u in result["per_user"]), result["per_user"]
    overall = result["overall"]
    assert overall["p50_ms"] <= overall["p95_ms"] <= overall["p99_ms"]
    assert result["seconds"] < 4 + 35  # it stopped by itself
    render_load(result)
    assert "users with p95 < 2 s" in capsys.readouterr().out


def test_the_load_test_refuses_a_server_that_is_not_on_loopback() -> None:
    with pytest.raises(ValueError, match="loopback"):
        require_loopback("http://intranet.example:7860")
