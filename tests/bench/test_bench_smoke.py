"""`run_bench` end to end on a tiny setup (one short ParlaMint sitting, its questions, a
1,000-chunk synthetic collection): the result has the documented shape and sane numbers.
Speed targets are reported by the bench, never asserted here."""

import json

import pytest
from samples import TEI_DIR

from eval.bench import GOLDEN_DIR, BenchConfig, render_bench, run_bench
from ingest.settings import Settings

pytestmark = pytest.mark.slow

SITTING = TEI_DIR / "ParlaMint-NL_2018-10-30-eerstekamer-4.xml"
KEYS = {
    "ingest": {"encoder_chunks_per_s", "pipeline_chunks_per_s", "ratio"},
    "retrieval": {"n_chunks", "p50_ms", "p95_ms"},
    "answer": {"p50_ms", "p95_ms"},
    "quality": {"hit_at_5", "mrr_at_10", "naive_hit_at_5", "naive_mrr_at_10"},
}
SCALE_KEYS = {"n_chunks", "retrieval_p50_ms", "retrieval_p95_ms", "filtered_p95_ms", "index_mb", "rss_mb"}


@pytest.fixture(scope="module")
def result(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("bench")
    config = BenchConfig(documents=(SITTING,), golden=(GOLDEN_DIR / "parlamint.jsonl",), cache_dir=root / "cache",
                         scale_sizes=(1000,), scale_queries=4)
    return run_bench(Settings(index_dir=root / "untouched"), quick=True, config=config)


def test_result_has_exactly_the_documented_keys(result):
    assert set(result) == set(KEYS) | {"scale", "machine"}
    for section, keys in KEYS.items():
        assert set(result[section]) == keys, section
    assert [set(row) for row in result["scale"]] == [SCALE_KEYS]
    json.dumps(result)


def test_ingest_throughputs_are_positive_and_the_ratio_is_theirs(result):
    ingest = result["ingest"]
    assert ingest["encoder_chunks_per_s"] > 0 and ingest["pipeline_chunks_per_s"] > 0
    assert ingest["ratio"] == pytest.approx(ingest["pipeline_chunks_per_s"] / ingest["encoder_chunks_per_s"], rel=0.05)
    assert 0 < ingest["ratio"] < 2


def test_latencies_are_positive_and_ordered(result):
    from ingest.chunking import chunk_transcript
    from ingest.detect import parse_file

    assert result["retrieval"]["n_chunks"] == len(chunk_transcript(parse_file(SITTING)))
    for section in ("retrieval", "answer"):
        assert 0 < result[section]["p50_ms"] <= result[section]["p95_ms"] < 60_000


def test_quality_figures_are_fractions_and_ours_finds_the_gold_turns(result):
    quality = result["quality"]
    assert all(0 <= value <= 1 for value in quality.values())
    assert quality["hit_at_5"] > 0


def test_scale_row_describes_the_synthetic_collection(result, tmp_path_factory):
    row = result["scale"][0]
    assert row["n_chunks"] == 1000
    assert 0 < row["retrieval_p50_ms"] <= row["retrieval_p95_ms"] and row["filtered_p95_ms"] > 0
    assert row["index_mb"] > 0 and row["rss_mb"] > 100


def test_machine_names_cpu_memory_and_versions(result):
    machine = result["machine"]
    assert machine["cpu_count"] >= 1 and machine["memory_gb"] > 0
    assert machine["python"].startswith("3.") and machine["chromadb"] and machine["torch"]


def test_bench_never_touches_the_configured_index(result, tmp_path_factory):
    assert not any(tmp_path_factory.getbasetemp().rglob("untouched"))


def test_render_prints_every_section(result, capsys):
    render_bench(result)
    out = capsys.readouterr().out
    for label in ("pipeline / encoder", "retrieval p50 / p95", "answer p50 / p95", "hit@5", "1,000"):
        assert label in out
