"""The first run: the server answers at once and indexes in the background, showing how far it
is, and answers from the debates indexed so far (`assistant.background_ingest`). On the hash
embedder, so fast."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from doubles import HashEmbedder
from samples import CASCO_SAMPLE, make_verslag

TOPICS = ("fietsendiefstal", "verkeersveiligheid", "woninginbraken")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for day, topic in enumerate(TOPICS, start=5):
        says = f"Over {topic} zeg ik: wij investeren {day} miljoen euro in de aanpak van {topic}."
        (folder / f"{topic}-2024-03-0{day}.txt").write_text(make_verslag(says, topic, day), encoding="utf-8")
    (folder / "README.md").write_text("not a transcript", encoding="utf-8")
    return folder


@pytest.fixture
def live(tmp_path: Path):
    from assistant.live import LiveAssistant
    from ingest.settings import Settings

    return LiveAssistant.open(Settings(index_dir=tmp_path / "index"), embedder=HashEmbedder(), require_index=False)


@pytest.fixture
def paused(monkeypatch: pytest.MonkeyPatch):
    """The background ingest waits after each file until the test lets it go on."""
    import assistant.background_ingest as background

    real = background.ingest_paths
    committed, go_on = threading.Semaphore(0), threading.Semaphore(0)

    def ingest_then_wait(*args: Any, **kwargs: Any) -> Any:
        summary = real(*args, **kwargs)
        committed.release()
        go_on.acquire(timeout=60)
        return summary

    monkeypatch.setattr(background, "ingest_paths", ingest_then_wait)
    return committed, go_on


def test_before_the_first_debate_is_indexed_a_question_gets_the_progress_not_an_error(live, corpus) -> None:
    from assistant.background_ingest import BackgroundIngest

    BackgroundIngest(live, [corpus])  # not started: nothing indexed yet
    answer = live.ask("Wat zei de minister over fietsendiefstal?")

    assert answer.answerable is False
    assert "Indexing: 0 of 3 debates indexed" in answer.answer


def test_answers_come_from_the_debates_indexed_so_far_with_the_progress_noted(live, corpus, paused) -> None:
    from assistant.background_ingest import BackgroundIngest

    committed, go_on = paused
    ingest = BackgroundIngest(live, [corpus]).start()
    try:
        assert committed.acquire(timeout=60)
        go_on.release()
        assert committed.acquire(timeout=60)  # the first file is served, the second one just committed

        assert live.progress.done == 1 and len(live.documents()) == 1
        answer = live.ask("Wat zei minister Jansen over fietsendiefstal?")
        assert "Indexing: 1 of 3 debates indexed." in (answer.notice or "")
        cited = answer.citations or answer.closest
        assert cited and {c.doc_id for c in cited} <= {d["id"] for d in live.documents()}
    finally:
        for _ in TOPICS:
            go_on.release()
        ingest.join(timeout=60)

    assert live.progress.running is False and live.status() is None
    assert len(live.documents()) == 3
    assert live.ask("Wat zei minister Jansen over woninginbraken?").notice is None


def test_the_page_banner_shows_the_progress_and_disappears_when_done(live, corpus) -> None:
    from assistant.background_ingest import BackgroundIngest
    from assistant.web.index_status import banner_html

    ingest = BackgroundIngest(live, [corpus])
    assert "Indexing: 0 of 3 debates indexed." in banner_html(live)
    ingest.start().join(timeout=60)

    assert banner_html(live) == ""
    assert {d["title"] for d in live.documents()} and len(live.documents()) == 3


def test_a_file_that_fails_is_counted_and_the_others_are_indexed(live, corpus) -> None:
    from assistant.background_ingest import BackgroundIngest

    (corpus / "broken-2024-03-09.xml").write_text("<not-a-transcript", encoding="utf-8")
    ingest = BackgroundIngest(live, [corpus]).start()
    ingest.join(timeout=60)

    assert [Path(f.split(":")[0]).name for f in live.progress.failed] == ["broken-2024-03-09.xml"]
    assert len(live.documents()) == 3


def test_a_report_without_speech_is_not_counted_as_a_debate(live, corpus) -> None:
    import dataclasses
    import shutil

    from assistant.background_ingest import BackgroundIngest

    shutil.copy(CASCO_SAMPLE, corpus / CASCO_SAMPLE.name)
    ingest = BackgroundIngest(live, [corpus])
    assert live.status() == "Indexing: 0 of 4 debates indexed."  # not known to be empty yet
    ingest.start().join(timeout=60)

    assert (live.progress.indexed, live.progress.empty, live.progress.failed) == (3, 1, [])
    assert dataclasses.replace(live.progress, running=True).message() == "Indexing: 3 of 3 debates indexed."


def test_a_background_ingest_is_locked_out_by_another_ingest_and_says_so(live, corpus) -> None:
    from assistant.background_ingest import BackgroundIngest
    from ingest.catalog import IndexLayout
    from ingest.indexing import index_lock

    with index_lock(IndexLayout(live.settings.index_dir)):
        BackgroundIngest(live, [corpus]).start().join(timeout=60)

    assert "another ingest is writing to this index" in (live.status() or "")
    assert live.documents() == []


def test_serve_with_ingest_answers_at_once_and_serves_the_whole_corpus_when_done(corpus, tmp_path, wait) -> None:
    from fastapi.testclient import TestClient

    from assistant.live import LiveAssistant
    from debate.server import create_app
    from ingest.settings import Settings

    settings = Settings(index_dir=tmp_path / "served-index", feedback_path=tmp_path / "feedback.jsonl")
    live = LiveAssistant.open(settings, embedder=HashEmbedder(), require_index=False)
    app = create_app(settings, assistant=live, ingest=[corpus])
    with TestClient(app, base_url="http://localhost") as client:
        assert "Indexing: 0 of 3 debates indexed." in client.get("/config").text  # the page's banner
        first = client.post("/api/ask", json={"question": "Wat zei minister Jansen over fietsendiefstal?"})
        assert first.status_code == 200
        wait(lambda: not live.progress.running, 60, "the background ingest to finish")
        wait(lambda: len(client.get("/api/documents").json()) == 3, 10, "all three debates to be served")
        last = client.post("/api/ask", json={"question": "Wat zei minister Jansen over woninginbraken?"})

    assert last.status_code == 200 and (last.json()["citations"] or last.json()["closest"])
