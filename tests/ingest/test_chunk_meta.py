"""Chunk metadata and turn ids: one typed form, and exactly the flat form the index has always held."""

from __future__ import annotations

import json

import pytest
from samples import make_verslag

from ingest.chunk_meta import ChunkMeta
from ingest.chunking import chunk_transcript
from ingest.models import TurnId
from ingest.parse_verslag import parse_verslag


def _legacy_metadata(chunk_meta: ChunkMeta) -> dict[str, object]:
    """The dict the chunker wrote before ChunkMeta existed, rebuilt field by field (with the
    document's ``language`` after ``date``, the one key added since)."""
    m = chunk_meta
    old: dict[str, object] = {
        "doc_id": m.doc_id, "doc_title": m.doc_title, "date": m.date, "language": m.language,
        "date_int": m.date_int,
        "source_format": m.source_format, "turn_id": m.turn_id, "turn_index": m.turn_index,
        "speaker": m.speaker, "speaker_key": m.speaker_key, "party": m.party, "party_key": m.party_key,
        "role": m.role, "function": m.function, "is_chair": m.is_chair,
        "is_interruption": m.is_interruption, "page": m.page, "start_time": m.start_time,
        "section": m.section, "chunk_ordinal": m.chunk_ordinal, "start": m.start, "end": m.end,
    }
    if m.context:
        old["context"] = m.context
    return {k: v for k, v in old.items() if v is not None}


def _chunks() -> list:
    return chunk_transcript(parse_verslag(make_verslag(), "sample.txt"))


def test_the_flat_metadata_has_the_keys_values_and_order_the_index_always_held() -> None:
    chunks = _chunks()
    for chunk in chunks:
        flat = chunk.metadata.to_chroma()
        assert json.dumps(flat) == json.dumps(_legacy_metadata(chunk.metadata))
        assert all(value is not None for value in flat.values())
    assert any("context" in c.metadata.to_chroma() for c in chunks)


def test_metadata_read_back_from_the_store_is_the_metadata_written() -> None:
    for chunk in _chunks():
        stored = dict(chunk.metadata.to_chroma(), embed_text=chunk.embed_text)
        back = ChunkMeta.from_chroma(stored)
        assert back.to_chroma() == stored
        assert back.embed_text == chunk.embed_text and back.turn_id == chunk.turn_id


def test_keys_this_version_does_not_know_survive_a_round_trip() -> None:
    flat = dict(_chunks()[0].metadata.to_chroma(), exchange_id="x-1", exchange_ordinal=2)
    assert ChunkMeta.from_chroma(flat).to_chroma() == flat


def test_a_chunk_without_a_speaker_or_turn_is_refused() -> None:
    flat = _chunks()[0].metadata.to_chroma()
    for key in ("speaker", "turn_id", "doc_id"):
        with pytest.raises(ValueError, match=key):
            ChunkMeta.from_chroma({k: v for k, v in flat.items() if k != key})


def test_an_unknown_role_reads_as_other() -> None:
    flat = dict(_chunks()[0].metadata.to_chroma(), role="emperor")
    assert ChunkMeta.from_chroma(flat).role == "other"


@pytest.mark.slow
def test_the_sample_corpus_index_metadata_reads_as_chunk_meta(corpus_index) -> None:
    """Every chunk the real ingest stored for the sample corpus (the session's `corpus_index`)
    reads back into the `ChunkMeta` it was written from."""
    table = corpus_index.index_dir / "lexical" / "chunks.json"
    rows = json.loads(table.read_text(encoding="utf-8"))["metadatas"]
    assert rows and all(ChunkMeta.from_chroma(row).to_chroma() == row for row in rows)


@pytest.mark.parametrize(("doc_id", "index"), [("vlos-abc", 0), ("kst-36600-XV:12", 1234), ("ParlaMint-GB_2024", 7)])
def test_a_turn_id_parses_back_into_its_debate_and_position(doc_id: str, index: int) -> None:
    text = str(TurnId(doc_id, index))
    assert text == f"{doc_id}:t{index:04d}"
    assert TurnId.parse(text) == TurnId(doc_id, index)


@pytest.mark.parametrize("text", ["", "doc", "doc:t", "doc:tx1", ":t0001"])
def test_text_that_is_not_a_turn_id_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a turn id"):
        TurnId.parse(text)
