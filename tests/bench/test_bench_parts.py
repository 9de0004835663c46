"""The benchmark's parts that need no model: how synthetic collections are made, how filter
speakers are chosen, how hits are counted, how the naive pipeline sees a transcript."""

import numpy as np
import pytest

from eval.bench import rank_metrics
from eval.bench_corpus import SourceChunks, synthetic_batches
from eval.bench_scale import percentiles, pick_speakers, speaker_sets
from eval.naive_pipeline import first_hit_rank, transcript_text
from ingest.models import Transcript, Turn


def _source(n_docs: int = 2, per_doc: int = 3) -> SourceChunks:
    rng = np.random.default_rng(1)
    ids, texts, metas = [], [], []
    for d in range(n_docs):
        for t in range(per_doc):
            turn_id = f"doc{d}:t{t:04d}"
            ids.append(f"{turn_id}:c000")
            texts.append(f"tekst {d} {t}")
            metas.append({"doc_id": f"doc{d}", "turn_id": turn_id, "speaker": f"Spreker {t}",
                          "speaker_key": f"spreker {t}", "turn_index": t,
                          "date": "2024-03-05", "date_int": 20240305, "doc_title": "Debat",
                          "chunk_ordinal": 0, "start": 0, "end": 9, "embed_text": f"Kop\ntekst {d} {t}"})
    vectors = rng.normal(size=(len(ids), 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return SourceChunks(ids, texts, metas, vectors, "test-model")


def _all(source: SourceChunks, n: int) -> tuple[list, np.ndarray]:
    chunks, vectors = [], []
    for batch, vecs in synthetic_batches(source, n):
        chunks.extend(batch)
        vectors.append(vecs)
    return chunks, np.concatenate(vectors)


def test_synthetic_collection_has_exactly_n_chunks_with_unique_ids():
    chunks, vectors = _all(_source(), 20)
    assert len(chunks) == 20 == len(vectors)
    assert len({c.id for c in chunks}) == 20


def test_first_replica_is_the_real_corpus_unchanged():
    source = _source()
    chunks, vectors = _all(source, 6)
    assert [c.id for c in chunks] == source.ids
    assert np.array_equal(vectors, source.vectors)
    assert chunks[0].embed_text == "Kop\ntekst 0 0" and "embed_text" not in chunks[0].metadata.to_chroma()


def test_later_replicas_are_new_documents_with_shifted_dates_and_real_speakers():
    chunks, _ = _all(_source(), 12)
    copy = chunks[6]
    assert copy.doc_id == "doc0~s0001" and copy.turn_id == "doc0~s0001:t0000"
    assert copy.id == "doc0~s0001:t0000:c000" and copy.metadata.turn_id == copy.turn_id
    assert copy.metadata.date == "2024-03-08" and copy.metadata.date_int == 20240308
    assert copy.metadata.speaker_key == chunks[0].metadata.speaker_key
    assert copy.text == chunks[0].text


def test_replica_vectors_are_unit_length_and_close_to_their_source():
    source = _source()
    _, vectors = _all(source, 12)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosines = np.sum(vectors[6:] * source.vectors, axis=1)
    assert np.all(cosines > 0.99) and np.all(cosines < 1.0)


def test_source_fingerprint_changes_with_the_embedded_text():
    a, b = _source(), _source()
    assert a.fingerprint == b.fingerprint
    b.metadatas[0]["embed_text"] = "anders"
    assert a.fingerprint != b.fingerprint


def test_filter_speakers_are_the_one_nearest_one_in_forty_and_the_rarest():
    keys = np.array(["a"] * 25 + ["b"] * 60 + ["c"] * 914 + ["d"], dtype=object)
    picked = pick_speakers(keys)
    assert picked["1/40"] == ("a", 25) and picked["rare"] == ("d", 1)


def test_speaker_sets_approach_each_selectivity_from_below_the_tolerance():
    keys = np.array([f"s{i % 1000}" for i in range(10_000)], dtype=object)
    sets = speaker_sets(keys)
    assert [target for target, _, _ in sets] == [1 / 10, 1 / 40, 1 / 200, 1 / 1000]
    for target, speakers, size in sets:
        assert size == 10 * len(speakers)
        assert 0.85 * target * 10_000 <= size <= 1.15 * target * 10_000


def test_rank_metrics_count_hits_in_the_top_five_and_reciprocal_ranks_in_the_top_ten():
    assert rank_metrics([1, 5, 6, None]) == (0.5, round((1 + 1 / 5 + 1 / 6) / 4, 3))
    assert rank_metrics([11]) == (0.0, 0.0)
    assert rank_metrics([]) == (0.0, 0.0)


def test_naive_hit_is_a_normalised_phrase_inside_a_node():
    nodes = ["Blok: iets anders", "Blok: De  afgelopen tijd is\ndaarop het Project 13 Oceans gestart"]
    assert first_hit_rank(nodes, ["de afgelopen tijd is daarop het project 13 Oceans"]) == 2
    assert first_hit_rank(nodes, ["niet in de tekst"]) is None


def test_naive_text_is_one_speaker_line_per_turn():
    turns = (Turn(id="x:t0000", index=0, speaker="Blok", text="Dank u wel."),
             Turn(id="x:t0001", index=1, speaker="Van Nispen", text="Voorzitter."))
    transcript = Transcript(id="x", title="t", date=None, source_format="verslag", source_path="p", turns=turns)
    assert transcript_text(transcript) == "Blok: Dank u wel.\nVan Nispen: Voorzitter."


def test_percentiles_are_p50_and_p95():
    assert percentiles(list(range(1, 101))) == pytest.approx((50.5, 95.05), abs=0.1)


@pytest.mark.parametrize(("available_gb", "fits"), [(100, True), (16, False)])
def test_million_chunks_are_tried_only_when_the_extrapolated_memory_fits(monkeypatch, available_gb, fits):
    import psutil

    from eval.bench import _million_fits

    class Memory:
        available = available_gb * 2**30

    monkeypatch.setattr(psutil, "virtual_memory", lambda: Memory)
    # 850 MB of index at 100k -> 8.5 GB at 1M, 1.5x for building, plus the model: about 13.7 GB
    assert _million_fits({"n_chunks": 100_000, "rss_mb": 1800.0, "rss_model_mb": 950.0}) is fits
    assert _million_fits(None) is False
