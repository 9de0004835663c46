"""The same ingest and retrieval against a real Chroma server (`chroma run`), as an installation
that outgrows one process would run it."""

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from samples import make_verslag

from ingest.indexing import ingest_paths
from ingest.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.server]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path: Path):
    port = _free_port()
    chroma = Path(sys.executable).parent / "chroma"
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("chroma run did not start within 60 s")
    yield url
    process.terminate()
    process.wait(timeout=30)


def test_ingest_and_answer_through_a_chroma_server(chroma_server, tmp_path, embedder) -> None:
    from assistant.service import Assistant

    settings = Settings(index_dir=tmp_path / "index", chroma_url=chroma_server)
    (tmp_path / "fietsen.txt").write_text(make_verslag(), encoding="utf-8")
    first = ingest_paths([tmp_path / "fietsen.txt"], settings, embedder=embedder)
    again = ingest_paths([tmp_path / "fietsen.txt"], settings, embedder=embedder)
    assert first.chunks_added == 3 and again.chunks_added == 0
    assert not (settings.index_dir / "chroma").exists(), "vectors live on the server, not on local disk"
    assistant = Assistant.open(settings, embedder=embedder)
    question = "Hoeveel geld investeert de minister in fietsenstallingen?"
    _, turns = assistant.retrieve(question, k=3)
    assert turns[0].speaker == "Jansen" and "twaalf miljoen" in turns[0].chunks[0].text
    answer = assistant.ask(question)
    best = (answer.citations or answer.closest)[0]
    assert best.speaker == "Jansen" and "twaalf miljoen" in best.text


def test_a_repair_writes_the_server_collection_anew_with_the_same_rows(chroma_server, tmp_path, embedder) -> None:
    """`ChunkStore.rebuild` (create, fill, drop, rename) through the HTTP client, as a run that
    mends one killed while it wrote to Chroma does it."""
    from ingest.catalog import IndexLayout, load_manifest
    from ingest.durable import write_json_atomic
    from ingest.indexing import index_health, repair_index
    from ingest.store import ChunkStore

    settings = Settings(index_dir=tmp_path / "index", chroma_url=chroma_server)
    (tmp_path / "fietsen.txt").write_text(make_verslag(), encoding="utf-8")
    ingest_paths([tmp_path / "fietsen.txt"], settings, embedder=embedder)
    store = ChunkStore.open(settings.index_dir, chroma_server, settings.collection)
    rows = {c.id: (c.text, c.metadata, list(v)) for c, v in store.iter_all(with_vectors=True)}
    layout = IndexLayout(settings.index_dir)
    manifest = load_manifest(layout)
    manifest["generation"] = "killed-run"
    write_json_atomic(layout.manifest, manifest)
    store.set_generation("killed-run")
    summary = repair_index(settings, embedder=embedder)
    after = ChunkStore.open(settings.index_dir, chroma_server, settings.collection)
    assert after.collection_id != store.collection_id and after.generation == summary.generation
    assert {c.id: (c.text, c.metadata, list(v)) for c, v in after.iter_all(with_vectors=True)} == rows
    assert index_health(settings).ok
