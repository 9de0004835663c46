"""Ingest keeps the index trustworthy: idempotent, replace-not-duplicate, bad files never hurt
good ones. These use the real embedder and a real embedded Chroma on tiny transcripts."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from samples import CASCO_SAMPLE, VERSLAG_SAMPLE, make_verslag

from ingest.catalog import IndexLayout, list_documents, load_manifest
from ingest.errors import ConfigError
from ingest.indexing import ingest_paths
from ingest.settings import Settings
from ingest.store import ChunkStore

pytestmark = pytest.mark.slow


def _store_ids(settings: Settings) -> list[str]:
    store = ChunkStore.open(settings.index_dir, settings.chroma_url, settings.collection)
    return [c.id for c, _ in store.iter_all()]


def test_ingesting_the_same_files_twice_adds_nothing(settings, mini, embedder) -> None:
    first = ingest_paths([mini], settings, embedder=embedder)
    assert (first.documents_added, first.turns) == (2, 6)
    ids = _store_ids(settings)
    second = ingest_paths([mini], settings, embedder=embedder)
    assert (second.documents_added, second.documents_unchanged, second.chunks_added) == (0, 2, 0)
    assert sorted(_store_ids(settings)) == sorted(ids)
    assert len(ids) == len(set(ids)) == first.chunks_added


def test_a_changed_file_replaces_its_documents_chunks(settings, mini, embedder) -> None:
    ingest_paths([mini], settings, embedder=embedder)
    before = len(_store_ids(settings))
    (mini / "fietsen.txt").write_text(make_verslag("Ik stop met de subsidie voor fietsenstallingen."), encoding="utf-8")
    summary = ingest_paths([mini], settings, embedder=embedder)
    assert summary.documents_unchanged == 1
    assert summary.documents_added + summary.documents_updated == 1
    assert summary.chunks_removed >= 1
    layout = IndexLayout(settings.index_dir)
    assert len(list_documents(layout)) == 2
    store = ChunkStore.open(settings.index_dir, None, settings.collection)
    texts = [c.text for c, _ in store.iter_all()]
    assert len(texts) == before
    assert not any("twaalf miljoen" in t for t in texts)
    assert any("stop met de subsidie" in t for t in texts)
    lexical_ids = json.loads((layout.lexical / "chunks.json").read_text())["ids"]
    assert sorted(lexical_ids) == sorted(_store_ids(settings))


def test_the_chunk_table_carries_each_chunks_stored_vector_row_for_row(settings, mini, embedder) -> None:
    import numpy as np

    from ingest.lexical import LexicalIndex

    ingest_paths([mini], settings, embedder=embedder)
    table = LexicalIndex.load(IndexLayout(settings.index_dir).lexical).table
    stored = {c.id: np.asarray(v) for c, v in ChunkStore.open(settings.index_dir, None, settings.collection).iter_all(with_vectors=True)}
    assert table.vectors is not None and table.vectors.shape == (len(table), len(next(iter(stored.values()))))
    for row, chunk_id in enumerate(table.ids):
        assert np.allclose(table.vectors[row], stored[chunk_id], atol=1e-6)


def test_each_debate_keeps_its_members_questions_embedded_beside_its_transcript(settings, mini, embedder) -> None:
    from ingest.asked import asked_sentences, load_asked
    from ingest.catalog import load_transcript

    ingest_paths([mini], settings, embedder=embedder)
    layout = IndexLayout(settings.index_dir)
    for row in list_documents(layout):
        transcript = load_transcript(layout, row["id"])
        assert transcript is not None
        asked = load_asked(layout, transcript, embedder.model_id)
        assert asked is not None and list(asked.texts) == [text for _, text in asked_sentences(transcript)]
        assert asked.vectors.shape == (len(asked.texts), embedder.dim)


def test_an_index_from_before_the_members_questions_gets_them_without_re_embedding_its_chunks(settings, mini,
                                                                                            embedder) -> None:
    from ingest.catalog import read_generation

    ingest_paths([mini], settings, embedder=embedder)
    layout = IndexLayout(settings.index_dir)
    shutil.rmtree(layout.asked)
    layout.asked.mkdir()
    (layout.asked / "ghost.json").write_text("{}", encoding="utf-8")  # of no indexed debate
    before = read_generation(layout)
    summary = ingest_paths([mini], settings, embedder=embedder)
    assert (summary.documents_unchanged, summary.chunks_added) == (2, 0)
    assert sorted(p.name for p in layout.asked.iterdir()) == sorted(
        layout.asked_file(row["id"]).name for row in list_documents(layout))
    assert read_generation(layout) != before  # a running server reloads and uses them


def test_an_unreadable_stored_transcript_does_not_stop_the_others_getting_their_questions(settings, mini,
                                                                                          embedder) -> None:
    ingest_paths([mini], settings, embedder=embedder)
    layout = IndexLayout(settings.index_dir)
    shutil.rmtree(layout.asked)
    broken, kept = sorted(row["id"] for row in list_documents(layout))
    layout.transcript_file(broken).write_text("{not json", encoding="utf-8")
    summary = ingest_paths([mini], settings, embedder=embedder)
    assert not summary.failed
    assert layout.asked_file(kept).is_file() and not layout.asked_file(broken).exists()


def test_an_index_from_before_the_vectors_file_is_upgraded_without_re_embedding(settings, mini, embedder) -> None:
    ingest_paths([mini], settings, embedder=embedder)
    vectors = IndexLayout(settings.index_dir).lexical / "vectors.npy"
    vectors.unlink()
    summary = ingest_paths([mini], settings, embedder=embedder)
    assert (summary.documents_unchanged, summary.chunks_added) == (2, 0)
    assert vectors.is_file()


def test_bad_files_are_reported_by_name_and_good_ones_still_ingested(settings, mini, embedder, tmp_path) -> None:
    ingest_paths([mini], settings, embedder=embedder)
    kept = sorted(_store_ids(settings))
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.pdf").write_bytes(b"\x00\x01\x02garbage" * 50)
    (bad / "broken.xml").write_text("<vlosCoreDocument xmlns='http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0'><vergadering>")
    (bad / "prose.txt").write_text("Dit is gewoon een verhaal zonder sprekers.\nNog een regel.\n")
    (bad / "good.txt").write_text(make_verslag("Fietsen worden gegraveerd.", "fietsgraveren", 7), encoding="utf-8")
    shutil.copy(CASCO_SAMPLE, bad / "casco.xml")
    summary = ingest_paths([bad], settings, embedder=embedder)
    by_name = {Path(f.path).name: f for f in summary.files}
    for name in ("empty.txt", "binary.pdf", "broken.xml", "prose.txt"):
        assert by_name[name].status == "failed"
        assert name in by_name[name].message
    assert by_name["casco.xml"].status == "warning" and "Casco" in by_name["casco.xml"].message
    assert by_name["good.txt"].status == "added"
    assert set(kept) <= set(_store_ids(settings)), "nothing already indexed is lost"


def test_the_cli_exits_non_zero_when_a_file_failed_and_prints_json(settings, tmp_path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = subprocess.run(
        [sys.executable, "-m", "debate.cli", "ingest", str(tmp_path / "empty.txt"), str(CASCO_SAMPLE),
         "--index", str(settings.index_dir), "--json"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 1
    summary = json.loads(result.stdout)
    assert summary["files_failed"] == 1 and summary["warnings"] == 1


def test_an_index_built_with_one_model_refuses_another(settings, mini, embedder) -> None:
    ingest_paths([mini], settings, embedder=embedder)

    class OtherModel:
        model_id = "some-other-model"
        dim = embedder.dim

    (mini / "new.txt").write_text(make_verslag("Nieuw.", "iets nieuws", 9), encoding="utf-8")
    with pytest.raises(ConfigError, match="some-other-model"):
        ingest_paths([mini], settings, embedder=OtherModel())


def test_an_ingest_killed_midway_leaves_a_usable_index_and_a_rerun_completes_it(settings, tmp_path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "a").mkdir(parents=True)
    (corpus / "a" / "mini.txt").write_text(make_verslag(), encoding="utf-8")
    (corpus / "b").mkdir()
    shutil.copy(VERSLAG_SAMPLE, corpus / "b")
    cmd = [sys.executable, "-m", "debate.cli", "ingest", str(corpus), "--index", str(settings.index_dir), "--json"]
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    layout = IndexLayout(settings.index_dir)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        if layout.manifest.exists() and load_manifest(layout)["documents"]:
            break
        time.sleep(0.2)
    assert process.poll() is None, "the ingest finished before it could be interrupted"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert [d["id"] for d in list_documents(layout)] == [next(iter(load_manifest(layout)["documents"]))]
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["documents_unchanged"] == 1 and summary["documents_added"] == 1
    ids = _store_ids(settings)
    assert len(ids) == len(set(ids)) == sum(d["chunks"] for d in list_documents(layout))
