"""Serving while ingesting: a server follows the index's generations between requests, never
mixes two, and never answers from a transcript another generation wrote (`assistant.live`).

These run on the deterministic hash embedder (no model), so they are fast; the test at the end
serves the real app on a loopback port while an ingest replaces the document it answers from."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from doubles import HashEmbedder
from samples import make_verslag

OLD = "Ik investeer twaalf miljoen euro in fietsenstallingen met camera's bij elk station."
NEW = "Ik trek veertig miljoen euro uit voor bewaakte fietsenstallingen en extra handhavers op straat."
QUESTION = "Wat zei minister Jansen over fietsenstallingen?"


@pytest.fixture
def index(tmp_path: Path):
    """An index of one small verslag, and a way to replace that file's text and re-ingest it."""
    from ingest.indexing import ingest_paths
    from ingest.settings import Settings

    settings = Settings(index_dir=tmp_path / "index")
    source = tmp_path / "files" / "fietsen-2024-03-05.txt"
    source.parent.mkdir()
    embedder = HashEmbedder()

    def write(minister_says: str) -> Any:
        source.write_text(make_verslag(minister_says=minister_says), encoding="utf-8")
        summary = ingest_paths([source], settings, embedder=embedder)
        assert not summary.failed, summary.failed
        return summary

    write(OLD)
    return settings, embedder, write


def _open(settings: Any, embedder: Any) -> Any:
    from assistant.live import LiveAssistant

    return LiveAssistant.open(settings, embedder=embedder)


def _cited(answer: dict[str, Any]) -> list[dict[str, Any]]:
    return answer["citations"] or answer["closest"]


def _minister_turn(answer: dict[str, Any]) -> dict[str, Any]:
    turns = [c for c in _cited(answer) if c["speaker"] == "Jansen"]
    assert turns, _cited(answer)
    return turns[0]


def _assert_offsets_hold(answer: dict[str, Any]) -> None:
    for citation in _cited(answer):
        assert citation["text"][citation["quote_start"]:citation["quote_end"]] == citation["quote"]


def test_after_a_reingest_the_next_question_cites_the_new_text_with_correct_offsets(index) -> None:
    settings, embedder, write = index
    live = _open(settings, embedder)
    before = live.ask(QUESTION).to_dict()
    assert OLD in _minister_turn(before)["text"]

    write(NEW)
    assert live.refresh() is True
    after = live.ask(QUESTION).to_dict()

    turn = _minister_turn(after)
    assert NEW in turn["text"] and OLD not in turn["text"]
    _assert_offsets_hold(after)
    transcript = live.transcript(turn["doc_id"])
    assert transcript is not None and NEW in transcript.turns[turn["turn_index"]].text
    assert [d["id"] for d in live.documents()] == [turn["doc_id"]]


def test_a_question_keeps_the_generation_it_started_with_to_its_end(index) -> None:
    settings, embedder, write = index
    live = _open(settings, embedder)
    stream = live.stream(QUESTION)
    next(stream)  # retrieval and quoting ran on the old generation

    write(NEW)
    assert live.refresh() is True
    final = [item for item in stream][-1].to_dict()

    assert OLD in _minister_turn(final)["text"]
    _assert_offsets_hold(final)


def test_a_debate_not_found_before_an_ingest_is_found_after_it(index, tmp_path: Path) -> None:
    from ingest.indexing import ingest_paths

    settings, embedder, _ = index
    live = _open(settings, embedder)
    other = tmp_path / "files" / "other-2024-03-07.txt"
    other.write_text(make_verslag(topic="verkeersveiligheid", day=7), encoding="utf-8")
    summary = ingest_paths([other], settings, embedder=embedder)
    new_id = summary.files[0].doc_id
    assert live.transcript(new_id) is None  # the current generation does not have it yet

    assert live.refresh() is True
    assert live.transcript(new_id) is not None
    assert new_id in {d["id"] for d in live.documents()}


def test_a_generation_whose_transcripts_disagree_with_its_chunks_is_not_served(index) -> None:
    from ingest.catalog import IndexLayout, write_json_atomic

    settings, embedder, write = index
    live = _open(settings, embedder)
    layout = IndexLayout(settings.index_dir)
    doc_id = live.documents()[0]["id"]
    data = json.loads(layout.transcript_file(doc_id).read_text(encoding="utf-8"))
    data["turns"][-1]["text"] = "Tekst die een ingest halverwege schreef. " + data["turns"][-1]["text"]
    write_json_atomic(layout.transcript_file(doc_id), data)  # a transcript rewritten, its chunks not yet
    write_json_atomic(layout.generation, {"generation": "half-written"})
    served = live.generation

    assert live.refresh() is False
    assert live.generation == served
    assert OLD in _minister_turn(live.ask(QUESTION).to_dict())["text"]

    write(NEW)  # the ingest completes: its generation agrees and is served
    write_json_atomic(layout.generation, {"generation": "complete"})  # what that ingest writes last
    assert live.refresh() is True
    assert NEW in _minister_turn(live.ask(QUESTION).to_dict())["text"]


def test_a_server_started_while_an_ingest_writes_waits_for_its_generation_instead_of_failing(index) -> None:
    from assistant.live import LiveAssistant
    from ingest.catalog import IndexLayout, write_json_atomic

    settings, embedder, write = index
    layout = IndexLayout(settings.index_dir)
    doc_id = json.loads(layout.manifest.read_text(encoding="utf-8"))["documents"].popitem()[0]
    data = json.loads(layout.transcript_file(doc_id).read_text(encoding="utf-8"))
    data["turns"][-1]["text"] = "Half geschreven. " + data["turns"][-1]["text"]
    write_json_atomic(layout.transcript_file(doc_id), data)

    live = LiveAssistant.open(settings, embedder=embedder)
    assert live.current() is None
    assert "being updated" in live.ask(QUESTION).answer

    write(NEW)
    write_json_atomic(layout.generation, {"generation": "committed"})  # what that ingest writes last
    assert live.refresh() is True
    assert NEW in _minister_turn(live.ask(QUESTION).to_dict())["text"]


def test_a_server_without_an_index_says_to_ingest_first(tmp_path: Path) -> None:
    from assistant.live import LiveAssistant
    from ingest.errors import StoreError
    from ingest.settings import Settings

    with pytest.raises(StoreError, match="no index here yet"):
        LiveAssistant.open(Settings(index_dir=tmp_path / "nothing"), embedder=HashEmbedder())


def test_the_watcher_picks_up_a_new_generation_id_by_itself(index, wait) -> None:
    from ingest.catalog import IndexLayout, write_json_atomic

    settings, embedder, _ = index
    live = _open(settings, embedder)
    live.poll_s = 0.05
    live.start()
    try:
        write_json_atomic(IndexLayout(settings.index_dir).generation, {"generation": "g-42"})
        wait(lambda: live.generation == "g-42", 10, "the watcher to load generation g-42")
    finally:
        live.stop()


def test_an_index_without_a_generation_file_is_versioned_by_its_manifest_and_chunk_table(index) -> None:
    from assistant.live import generation_key
    from ingest.catalog import IndexLayout

    settings, _, write = index
    layout = IndexLayout(settings.index_dir)
    layout.generation.unlink(missing_ok=True)
    first = generation_key(layout)
    assert first is not None and first.startswith("stat:")
    write(NEW)
    layout.generation.unlink(missing_ok=True)
    assert generation_key(layout) not in (None, first)


def test_an_empty_index_answers_how_far_indexing_is_instead_of_an_error(tmp_path: Path) -> None:
    from assistant.background_ingest import IngestProgress
    from assistant.live import LiveAssistant
    from ingest.settings import Settings

    live = LiveAssistant.open(Settings(index_dir=tmp_path / "index"), embedder=HashEmbedder(), require_index=False)
    live.progress = IngestProgress(total=17, done=0)
    answer = live.ask(QUESTION)

    assert answer.answerable is False
    assert "0 of 17 debates indexed" in answer.answer
    assert live.documents() == [] and live.transcript("anything") is None


@pytest.mark.server
def test_a_server_answers_during_and_after_a_reingest_that_replaces_its_document(index, serve, wait) -> None:
    """Four clients ask and open transcripts without pause while the document is replaced
    three times: no response is a 5xx, and once the last generation is served the answer cites
    its text with offsets that hold and the transcript page shows it."""
    settings, embedder, write = index
    live = _open(settings, embedder)
    live.poll_s = 0.05
    statuses: list[int] = []
    stop = threading.Event()

    def client(url: str) -> None:
        with httpx.Client(base_url=url, timeout=30) as http:
            while not stop.is_set():
                answer = http.post("/api/ask", json={"question": QUESTION})
                statuses.append(answer.status_code)
                if answer.status_code == 200:
                    _assert_offsets_hold(answer.json())
                    doc_id = _minister_turn(answer.json())["doc_id"]
                    statuses.append(http.get(f"/transcript/{doc_id}").status_code)

    with serve(settings, live) as server:
        threads = [threading.Thread(target=client, args=(server.url,)) for _ in range(4)]
        for thread in threads:
            thread.start()
        try:
            for text in (NEW, OLD, NEW):
                write(text)
            wait(lambda: len(statuses) > 40, 60, "the clients to ask during the ingests")
            http = httpx.Client(base_url=server.url, timeout=30)
            answer = wait(lambda: (a := http.post("/api/ask", json={"question": QUESTION}).json())
                          and NEW in _minister_turn(a)["text"] and a, 30, "the new generation to answer")
            page = http.get(f"/transcript/{_minister_turn(answer)['doc_id']}")
        finally:
            stop.set()
            for thread in threads:
                thread.join(timeout=60)

    assert statuses and all(status < 500 for status in statuses), sorted(set(statuses))
    _assert_offsets_hold(answer)
    assert page.status_code == 200 and "veertig miljoen euro" in page.text


def test_a_server_repairs_at_load_an_index_a_killed_ingest_left_stale(index) -> None:
    """A document complete in the manifest but missing from BM25 and the vectors (the run died
    before the lexical rebuild) is listed by /api/documents; the server mends that before it
    serves, so search finds what is listed."""
    import shutil

    from ingest.catalog import IndexLayout
    from ingest.indexing import index_health

    settings, embedder, _ = index
    lexical = IndexLayout(settings.index_dir).lexical
    shutil.rmtree(lexical)
    assert not index_health(settings).ok
    live = _open(settings, embedder)
    assert index_health(settings).ok
    answer = live.ask(QUESTION).to_dict()
    assert "twaalf miljoen" in _minister_turn(answer)["text"]


def test_a_server_does_not_repair_while_an_ingest_holds_the_lock(index) -> None:
    from ingest.catalog import IndexLayout
    from ingest.indexing import index_health, index_lock

    settings, embedder, _ = index
    manifest = IndexLayout(settings.index_dir).manifest
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["generation"] = "a-run-in-progress"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with index_lock(IndexLayout(settings.index_dir)):
        _open(settings, embedder)
    assert not index_health(settings).ok  # left for the running ingest to mend
