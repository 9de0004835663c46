"""Ingest integrity without the model (deterministic `HashEmbedder`, embedded Chroma): one bad
file fails alone, ids are stored under bounded names, two files cannot share an id, a killed
run's temp files are cleaned up, writes are fsynced, and `index_health` / `repair_index` find
and mend an index whose parts disagree."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from doubles import HashEmbedder
from samples import CASCO_SAMPLE, TEI_DIR, VLOS_DIR, make_verslag

import ingest.ingest_plan as ingest_plan
from ingest.catalog import IndexLayout, load_manifest, load_transcript, read_generation
from ingest.durable import write_json_atomic
from ingest.errors import ConfigError, StoreError
from ingest.indexing import index_health, index_lock, ingest_paths, repair_index
from ingest.lexical import LexicalIndex
from ingest.settings import Settings, load_settings
from ingest.store import ChunkStore

TEI_SMALL = TEI_DIR / "ParlaMint-NL_2018-10-30-eerstekamer-4.xml"
VLOS_SMALL = VLOS_DIR / "sample_vlos_e2903f19-34e9-4c37-b1dc-f985d071fc97_d5130a6f-0400-4b03-b8d3-8daed02dc4af.xml"
VLOS_MEETING_ID = 'objectid="d4c36531-4761-4f0e-a36a-930b5ce1bb3a"'


def _ingest(paths, settings):
    return ingest_paths(paths, settings, embedder=HashEmbedder())


def _by_name(summary) -> dict:
    return {Path(f.path).name: f for f in summary.files}


def _store_ids(settings: Settings) -> list[str]:
    return [c.id for c, _ in ChunkStore.open(settings.index_dir, None, settings.collection).iter_all()]


# --- one bad file fails alone (finding 2) -------------------------------------------------------

def test_any_exception_while_parsing_a_file_fails_that_file_alone_with_its_type_and_message(
        settings, mini, monkeypatch) -> None:
    real_parse = ingest_plan.parse_file
    raising = {"mediabox.txt": IndexError("list index out of range"), "rotate.txt": TypeError("bad /Rotate")}

    def parse(path, *args):
        if Path(path).name in raising:
            raise raising[Path(path).name]
        return real_parse(path, *args)

    for name in raising:
        (mini / name).write_text("whatever", encoding="utf-8")
    monkeypatch.setattr(ingest_plan, "parse_file", parse)
    summary = _ingest([mini], settings)
    files = _by_name(summary)
    assert files["mediabox.txt"].status == files["rotate.txt"].status == "failed"
    assert "mediabox.txt: unexpected IndexError while parsing: list index out of range" in files["mediabox.txt"].message
    assert "unexpected TypeError while parsing: bad /Rotate" in files["rotate.txt"].message
    assert "Traceback" not in files["rotate.txt"].message
    assert files["fietsen.txt"].status == files["scooters.txt"].status == "added"
    assert summary.documents_added == 2 and len(summary.failed) == 2


def test_a_chunking_error_fails_that_file_alone_before_anything_is_written(settings, mini, tmp_path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "datum.xml").write_text(VLOS_SMALL.read_text(encoding="utf-8-sig").replace(
        "<datum>2025-07-10T00:00:00</datum>", "<datum>onbekend</datum>"), encoding="utf-8")
    summary = _ingest([bad, mini], settings)
    files = _by_name(summary)
    assert files["datum.xml"].status == "failed"
    assert "datum.xml" in files["datum.xml"].message and "onbekend" in files["datum.xml"].message
    assert [d for d in load_manifest(IndexLayout(settings.index_dir))["documents"]
            if d.startswith("vlos")] == []
    assert summary.documents_added == 2


def test_a_300_character_document_id_is_stored_under_a_bounded_name_and_a_rerun_changes_nothing(
        settings, tmp_path) -> None:
    long_id = "d4c36531-" + "x" * 291
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.xml").write_text(VLOS_SMALL.read_text(encoding="utf-8-sig").replace(
        VLOS_MEETING_ID, f'objectid="{long_id}"', 1), encoding="utf-8")
    first = _ingest([folder], settings)
    assert not first.failed and first.documents_added == 1
    doc_id = first.files[0].doc_id
    assert doc_id.startswith("vlos-d4c36531-xxxx") and len(doc_id) <= 120  # bounded by ingest.doc_ids
    layout = IndexLayout(settings.index_dir)
    assert len(layout.transcript_file(doc_id).name.encode()) < 255
    assert load_transcript(layout, doc_id).id == doc_id
    again = _ingest([folder], settings)
    assert (again.documents_unchanged, again.failed, again.generation) == (1, [], None)


def test_transcript_file_names_are_bounded_distinct_and_unchanged_for_plain_ids(tmp_path) -> None:
    layout = IndexLayout(tmp_path)
    assert layout.transcript_file("vlos-abc.1_2").name == "vlos-abc.1_2.json"
    names = {layout.transcript_file(i).name for i in ("a/b", "a_b", "a:b", "../../etc", "é" * 300, "x" * 121)}
    assert len(names) == 6
    assert all(len(n.encode()) <= 255 and "/" not in n and not n.startswith(".") for n in names)


def test_the_cli_names_a_failed_file_with_its_reason_and_exits_non_zero(tmp_path, debate_cli) -> None:
    bad = tmp_path / "datum.xml"
    bad.write_text(VLOS_SMALL.read_text(encoding="utf-8-sig").replace(
        "<datum>2025-07-10T00:00:00</datum>", "<datum>onbekend</datum>"), encoding="utf-8")
    result = debate_cli("ingest", str(bad), str(CASCO_SAMPLE), "--index", str(tmp_path / "index"), "--json")
    assert result.returncode == 1, result.stderr
    summary = json.loads(result.stdout)
    assert summary["files_failed"] == 1 and summary["warnings"] == 1
    failed = next(f for f in summary["files"] if f["status"] == "failed")
    assert failed["path"] == str(bad) and "onbekend" in failed["message"]


# --- identity (finding 4) ------------------------------------------------------------------------

def _tei_variant(path: Path, word: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEI_SMALL.read_text(encoding="utf-8").replace("Rutte", word, 1), encoding="utf-8")
    return path


def test_an_id_indexed_from_another_existing_file_is_refused_naming_both(settings, tmp_path) -> None:
    original = _tei_variant(tmp_path / "a" / "debat.xml", "Rutte")
    _ingest([original], settings)
    before = sorted(_store_ids(settings))
    impostor = _tei_variant(tmp_path / "b" / "ander.xml", "Kaag")
    summary = _ingest([impostor], settings)
    (refused,) = summary.failed
    assert str(impostor) in refused.message and str(original.resolve()) in refused.message
    assert "ParlaMint-NL_2018-10-30-eerstekamer-4" in refused.message
    assert sorted(_store_ids(settings)) == before
    entry = load_manifest(IndexLayout(settings.index_dir))["documents"]["ParlaMint-NL_2018-10-30-eerstekamer-4"]
    assert entry["source_path"] == str(original.resolve())


def test_two_files_claiming_one_id_in_one_run_the_second_fails_naming_the_first(settings, tmp_path) -> None:
    _tei_variant(tmp_path / "in" / "1.xml", "Rutte")
    _tei_variant(tmp_path / "in" / "2.xml", "Kaag")
    _tei_variant(tmp_path / "in" / "3.xml", "Rutte")
    files = _by_name(_ingest([tmp_path / "in"], settings))
    assert files["1.xml"].status == "added"
    assert files["2.xml"].status == "failed" and "1.xml" in files["2.xml"].message
    assert files["3.xml"].status == "skipped", "an identical copy is harmless"


def test_a_copy_is_unchanged_and_a_moved_file_keeps_its_document(settings, tmp_path) -> None:
    original = _tei_variant(tmp_path / "a" / "debat.xml", "Rutte")
    _ingest([original], settings)
    copy = _tei_variant(tmp_path / "b" / "kopie.xml", "Rutte")
    assert _ingest([copy], settings).documents_unchanged == 1
    moved = tmp_path / "c" / "verplaatst.xml"
    moved.parent.mkdir()
    original.rename(moved)
    summary = _ingest([moved], settings)
    assert (summary.documents_unchanged, summary.failed) == (1, [])
    entry = load_manifest(IndexLayout(settings.index_dir))["documents"]["ParlaMint-NL_2018-10-30-eerstekamer-4"]
    assert entry["source_path"] == str(moved.resolve())
    edited = _tei_variant(tmp_path / "d" / "bewerkt.xml", "Kaag")
    copy.unlink()
    moved.unlink()
    assert _ingest([edited], settings).documents_updated == 1, "moved and edited, the old file gone: an update"


# --- durability (finding 5) ----------------------------------------------------------------------

def test_json_is_fsynced_before_its_rename_and_the_folder_after(tmp_path, monkeypatch) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b))[1])
    write_json_atomic(tmp_path / "x.json", {"a": 1})
    assert events == ["fsync", "replace", "fsync"]
    assert json.loads((tmp_path / "x.json").read_text()) == {"a": 1}


def test_temp_files_and_folders_of_a_killed_run_are_removed_by_the_next(settings, mini) -> None:
    _ingest([mini], settings)
    root = settings.index_dir
    leftovers = [root / ".manifest.json.tmp-1234abcd", root / ".manifest.json.ab12cd34.tmp",
                 root / "transcripts" / ".x.json.tmp-1234abcd"]
    for path in leftovers:
        path.write_text("half", encoding="utf-8")
    for folder in (root / ".lexical.tmp-1234abcd", root / ".lexical.old.ab12cd34"):
        folder.mkdir()
        (folder / "chunks.json").write_text("{}", encoding="utf-8")
    (root / ".notes.txt.tmp").write_text("not ours", encoding="utf-8")
    _ingest([mini], settings)
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".")) == [".ingest.lock", ".notes.txt.tmp"]
    assert not any(p.name.startswith(".") for p in (root / "transcripts").iterdir())


# --- generations, health and repair (finding 1) --------------------------------------------------

def test_a_clean_build_is_healthy_and_every_part_carries_the_published_generation(settings, mini) -> None:
    summary = _ingest([mini], settings)
    health = index_health(settings)
    assert health.ok, health.problems
    assert summary.generation == health.published == health.manifest_generation == health.chroma_generation \
        == health.lexical_generation
    assert LexicalIndex.load(IndexLayout(settings.index_dir).lexical).generation == summary.generation


def test_repairing_a_healthy_index_writes_nothing(settings, mini) -> None:
    _ingest([mini], settings)
    layout = IndexLayout(settings.index_dir)
    before = (read_generation(layout), layout.manifest.stat().st_mtime_ns, (layout.lexical / "chunks.json").stat().st_ino)
    summary = repair_index(settings)
    assert (summary.generation, summary.repaired) == (None, [])
    assert (read_generation(layout), layout.manifest.stat().st_mtime_ns,
            (layout.lexical / "chunks.json").stat().st_ino) == before


def test_a_document_complete_in_the_manifest_but_missing_from_bm25_and_vectors_is_repaired(settings, mini) -> None:
    _ingest([mini], settings)
    layout = IndexLayout(settings.index_dir)
    full = LexicalIndex.load(layout.lexical)
    dropped = full.table.metadatas[0]["doc_id"]
    rows = [(i, t, m) for i, t, m in zip(full.table.ids, full.table.texts, full.table.metadatas, strict=True)
            if m["doc_id"] != dropped]
    vectors = {i: full.table.vectors[full.table.row(i)] for i, _, _ in rows}
    LexicalIndex.build(rows, vectors, full.generation).save(layout.lexical)
    health = index_health(settings)
    assert not health.ok and any("lexical index has" in p for p in health.problems)
    summary = repair_index(settings)
    assert summary.repaired == list(health.problems) and summary.generation != full.generation
    assert index_health(settings).ok
    assert LexicalIndex.load(layout.lexical).table.ids == full.table.ids


def test_an_index_without_generations_is_stamped_without_re_embedding(settings, mini) -> None:
    _ingest([mini], settings)
    layout = IndexLayout(settings.index_dir)
    manifest = load_manifest(layout)
    del manifest["generation"]
    write_json_atomic(layout.manifest, manifest)
    layout.generation.unlink()
    assert not index_health(settings).ok
    summary = _ingest([mini], settings)
    assert (summary.documents_unchanged, summary.chunks_added) == (2, 0)
    assert index_health(settings).ok


def test_an_unfinished_document_whose_file_is_gone_is_removed_and_reported(settings, mini) -> None:
    summary = _ingest([mini], settings)
    layout = IndexLayout(settings.index_dir)
    doc_id = summary.files[0].doc_id
    manifest = load_manifest(layout)
    manifest["pending"] = {doc_id: str((mini / "fietsen.txt").resolve())}
    write_json_atomic(layout.manifest, manifest)
    (mini / "fietsen.txt").unlink()
    repaired = repair_index(settings)
    (failed,) = repaired.failed
    assert doc_id in failed.message and "fietsen.txt" in failed.message
    assert doc_id not in load_manifest(layout)["documents"]
    assert not any(i.startswith(doc_id) for i in _store_ids(settings))
    assert index_health(settings).ok


def _stamp_as_killed_while_writing(settings: Settings) -> None:
    """What a run killed after its first write to Chroma leaves: the manifest and Chroma carry its
    generation, ``generation.json`` the one before."""
    layout = IndexLayout(settings.index_dir)
    manifest = load_manifest(layout)
    manifest["generation"] = "killed-run"
    write_json_atomic(layout.manifest, manifest)
    ChunkStore.open(settings.index_dir, None, settings.collection).set_generation("killed-run")


def _rows(store: ChunkStore) -> dict:
    return {c.id: (c.text, c.metadata, [round(float(x), 6) for x in v]) for c, v in store.iter_all(with_vectors=True)}


def test_mending_a_run_killed_while_writing_to_chroma_writes_the_collection_anew_with_the_same_rows(
        settings, mini) -> None:
    _ingest([mini], settings)
    before = ChunkStore.open(settings.index_dir, None, settings.collection)
    rows, old_id = _rows(before), before.collection_id
    _stamp_as_killed_while_writing(settings)
    assert index_health(settings).chroma_interrupted
    summary = repair_index(settings)
    after = ChunkStore.open(settings.index_dir, None, settings.collection)
    assert after.collection_id != old_id, "the mended collection was not written anew"
    assert _rows(after) == rows and after.generation == summary.generation
    assert index_health(settings).ok
    for chunk_id, (_, _, vector) in rows.items():
        assert after.query(vector, 1)[0].id == chunk_id, "a row is not found by its own vector"


def test_an_ordinary_re_ingest_and_a_repair_of_the_lexical_folder_keep_the_collection(settings, mini) -> None:
    """Writing the collection anew costs seconds (7 s for the sample corpus): only a run that
    mends one killed while it wrote to Chroma pays it."""
    _ingest([mini], settings)
    collection_id = ChunkStore.open(settings.index_dir, None, settings.collection).collection_id
    (mini / "fietsen.txt").write_text(make_verslag("Ik verdubbel het budget voor fietsenstallingen."), encoding="utf-8")
    assert _ingest([mini], settings).chunks_removed > 0
    (IndexLayout(settings.index_dir).lexical / "chunks.json").unlink()
    assert repair_index(settings).generation is not None
    assert ChunkStore.open(settings.index_dir, None, settings.collection).collection_id == collection_id


def test_a_copy_left_by_a_killed_rebuild_is_kept_if_complete_and_dropped_if_not(settings, mini) -> None:
    _ingest([mini], settings)
    store = ChunkStore.open(settings.index_dir, None, settings.collection)
    rows = _rows(store)
    client = store._client
    unfinished = client.create_collection(settings.collection + "-copy", embedding_function=None)
    unfinished.add(ids=["half"], embeddings=[[1.0] * len(next(iter(rows.values()))[2])], documents=["half"])
    dropped = repair_index(settings)
    assert "incomplete copy" in dropped.repaired[0]
    assert [c.name for c in client.list_collections()] == [settings.collection]
    assert _rows(ChunkStore.open(settings.index_dir, None, settings.collection)) == rows

    _stamp_as_killed_while_writing(settings)
    store = ChunkStore.open(settings.index_dir, None, settings.collection)
    with pytest.raises(RuntimeError):
        store.rebuild(checkpoint=lambda stage: _raise(stage) if stage == "after-collection-drop" else None)
    assert not index_health(settings).ok  # a reader meanwhile re-creates the dropped collection, empty
    kept = repair_index(settings)
    assert "complete copy" in kept.repaired[0]
    assert [c.name for c in client.list_collections()] == [settings.collection]
    assert _rows(ChunkStore.open(settings.index_dir, None, settings.collection)) == rows
    assert index_health(settings).ok


def _raise(stage: str) -> None:
    raise RuntimeError(f"stopped at {stage}")


def test_repair_refuses_while_another_ingest_holds_the_lock(settings, mini) -> None:
    _ingest([mini], settings)
    with index_lock(IndexLayout(settings.index_dir)), pytest.raises(StoreError, match="another ingest"):
        repair_index(settings)


def test_an_unknown_fault_stage_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="after-chroma-upsert"):
        load_settings(env={"DEBATE_FAULT": "after-chroma-upsret"})
    assert load_settings(env={"DEBATE_FAULT": "after-chroma-upsert:2"}).fault == "after-chroma-upsert:2"
