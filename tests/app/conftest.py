"""Fixtures for the web app: one small real index (the Mensenhandel verslag plus a tiny verslag
whose speech contains HTML), one `Assistant` over it, apps built from it, and a real uvicorn
server on a free loopback port when a test needs one."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
# This folder is named like the top-level module it tests: pytest puts tests/ on sys.path, where
# "app" would resolve to this folder (a namespace package). The repository root goes first.
if sys.path[0] != str(REPO):
    sys.path.insert(0, str(REPO))
ARTIFACTS = REPO / "artifacts"
TOKEN = "s3cret-token"

HTML_SPEECH_VERSLAG = """De vaste commissie voor Digitale Zaken heeft op 1 maart 2024 
overleg gevoerd met de heer Smit, Minister van Binnenlandse Zaken, 
over de beveiliging van overheidswebsites. 

Voorzitter: De Vries 
Griffier: Pietersen 

Aanwezig zijn twee leden der Kamer, te weten: De Vries en Bakker, 

en de heer Smit, Minister van Binnenlandse Zaken. 

Aanvang 10.00 uur. 

De voorzitter: 
Welkom bij dit overleg over websitebeveiliging. Ik geef het woord aan mevrouw Bakker. 

Mevrouw Bakker (GL): 
Voorzitter. Op een gemeentelijke website stond de code <script>alert(1)</script> midden in een formulier, \
en een reactie met <b>bold</b> opmaak werd zomaar getoond. Hoe voorkomt de minister dat kwaadaardige scripts \
op overheidswebsites terechtkomen? 

Minister Smit: 
Alle overheidswebsites moeten invoer van bezoekers voortaan filteren, zodat ingevoegde scripts nooit worden uitgevoerd. 

Sluiting 10.30 uur. 
"""
HTML_SPEECH_QUESTION = "Wat zei Bakker over de code op de gemeentelijke website?"


def wait_until(condition: Callable[[], Any], timeout: float, what: str, interval: float = 0.05) -> Any:
    """Poll ``condition`` until it is truthy (and return it) or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


@dataclass
class WebIndex:
    settings: Any
    verslag_id: str
    html_doc_id: str


@pytest.fixture(scope="session")
def web_index(tmp_path_factory: pytest.TempPathFactory, embedder) -> WebIndex:
    """The Mensenhandel verslag (Minister Blok) and the HTML-in-speech verslag, ingested once."""
    from ingest.indexing import ingest_paths
    from ingest.settings import Settings

    root = tmp_path_factory.mktemp("web-index")
    extra = root / "files" / "websites-2024-03-01.txt"
    extra.parent.mkdir()
    extra.write_text(HTML_SPEECH_VERSLAG, encoding="utf-8")
    settings = Settings(index_dir=root / "index")
    summary = ingest_paths([REPO / "corpus" / "verslag", extra], settings, embedder=embedder)
    assert not summary.failed, summary.failed
    ids = {Path(f.path).name: f.doc_id for f in summary.files if f.doc_id}
    return WebIndex(settings, ids["tk-28638-157-ao-mensenhandel-2017-02-16.txt"], ids["websites-2024-03-01.txt"])


@pytest.fixture(scope="session")
def web_assistant(web_index: WebIndex, embedder):
    from assistant.service import Assistant

    return Assistant.open(web_index.settings, embedder=embedder)


@pytest.fixture
def make_settings(web_index: WebIndex, tmp_path: Path):
    """Settings for one app: the shared index, a fresh feedback file, auth/CORS as asked."""
    from ingest.settings import Secret

    def make(token: str | None = None, origins: tuple[str, ...] = ()) -> Any:
        return web_index.settings.replace(
            feedback_path=tmp_path / "feedback.jsonl",
            api_token=Secret(token) if token else None,
            allowed_origins=origins,
        )

    return make


@pytest.fixture
def make_client(make_settings, web_assistant):
    """``make_client(token=..., origins=...)``: a TestClient over a freshly built app. It calls
    the app as ``http://localhost`` (TestClient's own ``testserver`` is not an allowed host)."""
    from fastapi.testclient import TestClient

    from debate.server import create_app

    with contextlib.ExitStack() as stack:
        def make(token: str | None = None, origins: tuple[str, ...] = (), **kwargs: Any) -> TestClient:
            app = create_app(make_settings(token, origins), assistant=web_assistant)
            kwargs.setdefault("base_url", "http://localhost")
            return stack.enter_context(TestClient(app, **kwargs))

        yield make


@pytest.fixture
def client(make_client):
    """An app without auth and without allowed origins."""
    return make_client()


class LiveServer:
    """A uvicorn server for ``app`` in a background thread, on a socket bound to a free port."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=5)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        wait_until(lambda: self.server.started or not self.thread.is_alive(), 60, "the server to start")
        assert self.server.started, "the server did not start"
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.socket.close()


@contextlib.contextmanager
def live_server(settings: Any, assistant: Any) -> Iterator[LiveServer]:
    from debate.server import create_app

    with LiveServer(create_app(settings, assistant=assistant)) as server:
        yield server


@pytest.fixture(scope="session")
def token() -> str:
    """The API token of apps built with auth on."""
    return TOKEN


@pytest.fixture(scope="session")
def html_speech_question() -> str:
    """A question whose answer cites the turn that quotes ``<script>`` and ``<b>``."""
    return HTML_SPEECH_QUESTION


@pytest.fixture(scope="session")
def serve():
    """``serve(settings, assistant)``: a context manager running the app on a free port."""
    return live_server


@pytest.fixture(scope="session")
def wait():
    """``wait(condition, timeout, what)``: poll until true, fail after ``timeout`` seconds."""
    return wait_until


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
