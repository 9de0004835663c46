"""Retrieval latency and memory of large collections (the ``scale`` part of `debate bench`).

Each size is measured in its own child process (``python -m eval.bench_scale``) that loads the
embedder and the collection exactly as `Assistant.open` does (`ChunkStore` + `LexicalIndex`,
searched by `HybridRetriever`), so its resident memory is what a server holding that index
would hold, and no size inherits another's caches.

Timed, per question (query embedding included, as a user waits for it):
- ``HybridRetriever.search`` without a filter;
- with a speaker filter, for the speaker whose share of the chunks is closest to 1/40 and for
  the rarest speaker; ``filtered_p95_ms`` is the worse of the two p95s.

With ``--paths`` the child also times the dense step alone on each way the retriever can
take it (exact numpy scoring, Chroma's metadata ``where``, an explicit ``ids`` list), for
speaker sets of several selectivities, with precomputed query vectors: the figures behind
``exact_limit`` and ``ids_threshold`` of `assistant.retrieval.HybridRetriever`. Run it by hand:

    python -m eval.bench_scale --paths --index ~/.cache/debate-assistant/bench/synthetic-v2-<source>-100000/index
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

WARMUP = 3
PATH_TARGETS = (1 / 10, 1 / 40, 1 / 200, 1 / 1000)


def percentiles(samples_ms: Sequence[float]) -> tuple[float, float]:
    """(p50, p95) in ms, rounded to 0.1."""
    arr = np.asarray(samples_ms, dtype=float)
    return round(float(np.percentile(arr, 50)), 1), round(float(np.percentile(arr, 95)), 1)


def time_calls(fn: Callable[[Any], Any], items: Sequence[Any], warmup: int = WARMUP) -> list[float]:
    """Milliseconds per call of ``fn(item)``, after ``warmup`` untimed calls."""
    for item in items[:warmup]:
        fn(item)
    samples = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def rss_mb() -> float:
    import psutil

    return round(psutil.Process().memory_info().rss / 2**20, 1)


def pick_speakers(keys: np.ndarray) -> dict[str, tuple[str, int]]:
    """The speaker closest to 1/40 of the chunks and the rarest one: ``{label: (key, count)}``."""
    counts = Counter(k for k in keys.tolist() if k)
    total = len(keys)
    busy = min(counts, key=lambda k: (abs(counts[k] / total - 1 / 40), k))
    rare = min(counts, key=lambda k: (counts[k], k))
    return {"1/40": (busy, counts[busy]), "rare": (rare, counts[rare])}


def speaker_sets(keys: np.ndarray) -> list[tuple[float, tuple[str, ...], int]]:
    """Speaker sets whose share approaches each of ``PATH_TARGETS`` (greedy, largest first)."""
    counts = Counter(k for k in keys.tolist() if k)
    total = len(keys)
    out = []
    for target in PATH_TARGETS:
        chosen: list[str] = []
        size = 0
        for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if size + count <= target * total * 1.15:
                chosen.append(key)
                size += count
            if size >= target * total:
                break
        if chosen:
            out.append((target, tuple(chosen), size))
    return out


def measure(index_dir: Path, collection: str, model: str | None, queries: list[str],
            paths: bool = False) -> dict[str, Any]:
    """Open the collection under ``index_dir`` and time retrieval on it (see module docstring)."""
    from assistant.constraints import Constraints
    from assistant.retrieval import HybridRetriever
    from ingest.catalog import IndexLayout
    from ingest.embedder import load_embedder
    from ingest.lexical import LexicalIndex
    from ingest.store import ChunkStore

    embedder = load_embedder(model)
    embedder.embed_queries(["warm-up"])
    rss_model = rss_mb()
    store = ChunkStore.open(index_dir, None, collection)
    lexical = LexicalIndex.load(IndexLayout(index_dir).lexical)
    retriever = HybridRetriever(store, lexical, embedder)
    speakers = pick_speakers(lexical.table.columns["speaker_key"])
    plain = time_calls(lambda q: retriever.search(q, Constraints()), queries)
    filtered = {
        label: time_calls(lambda q, key=key: retriever.search(q, Constraints(speakers=(key,))), queries)
        for label, (key, _) in speakers.items()
    }
    result: dict[str, Any] = {
        "n_chunks": len(lexical.table),
        "retrieval_ms": percentiles(plain),
        "filtered_ms": {label: percentiles(s) for label, s in filtered.items()},
        "speakers": {label: {"key": key, "chunks": count} for label, (key, count) in speakers.items()},
        "rss_mb": rss_mb(),
        "rss_model_mb": rss_model,
    }
    if paths:
        result["paths"] = compare_paths(retriever, embedder.embed_queries(queries))
    return result


def compare_paths(retriever: Any, vectors: np.ndarray) -> dict[str, Any]:
    """Dense step alone per speaker-set selectivity (p50/p95 ms): Chroma ``where``, Chroma
    ``ids`` (including turning the mask into the id list), and the exact numpy scoring the
    retriever uses (`assistant.retrieval.exact_nearest` over the chunk table's memory-mapped
    vectors). The mask itself (``mask_ms``) is timed apart: the retriever computes it for BM25
    anyway."""
    from assistant.constraints import Constraints
    from assistant.retrieval import CANDIDATES, constraint_mask, constraint_where, exact_nearest

    table = retriever.lexical.table
    store = retriever.store
    matrix = table.vectors
    if matrix is None:
        raise ValueError("this index has no vectors file; run `debate ingest` on it again")
    rows: list[dict[str, Any]] = [{"selectivity": 1.0, "chunks": len(table), "speakers": 0,
                                   "hnsw_ms": percentiles(time_calls(lambda v: store.query(v, CANDIDATES), vectors)),
                                   "numpy_ms": percentiles(time_calls(lambda v: exact_nearest(matrix, v, CANDIDATES), vectors))}]
    sets = speaker_sets(table.columns["speaker_key"])
    rare = pick_speakers(table.columns["speaker_key"])["rare"]
    sets.append((rare[1] / len(table), (rare[0],), rare[1]))
    for target, keys, size in sets:
        constraints = Constraints(speakers=keys)
        where = constraint_where(constraints)
        mask_ms = time_calls(lambda _, c=constraints: constraint_mask(table, c), vectors)
        mask = constraint_mask(table, constraints)
        allowed = np.flatnonzero(mask)

        def by_ids(vector: np.ndarray, allowed: np.ndarray = allowed) -> Any:
            ids = [table.ids[i] for i in allowed]
            return store.query(vector, min(CANDIDATES, len(ids)), ids=ids)

        rows.append({
            "selectivity": round(size / len(table), 5), "target": round(target, 5), "chunks": size,
            "speakers": len(keys), "mask_ms": percentiles(mask_ms),
            "where_ms": percentiles(time_calls(lambda v, w=where: store.query(v, CANDIDATES, where=w), vectors)),
            "ids_ms": percentiles(time_calls(by_ids, vectors)),
            "numpy_ms": percentiles(time_calls(lambda v, m=mask: exact_nearest(matrix, v, CANDIDATES, m), vectors)),
        })
    return {"rows": rows, "numpy_mb": round(matrix.nbytes / 2**20, 1)}


def run_measure_child(index_dir: Path, collection: str, model: str | None, queries: list[str],
                      paths: bool = False) -> dict[str, Any]:
    """`measure` in a fresh child process; returns its result."""
    import sys
    import tempfile

    from eval.bench_corpus import _run_child

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(queries, handle, ensure_ascii=False)
        queries_file = Path(handle.name)
    try:
        command = [sys.executable, "-m", "eval.bench_scale", "--index", str(index_dir),
                   "--collection", collection, "--queries-file", str(queries_file)]
        if model:
            command += ["--model", model]
        if paths:
            command.append("--paths")
        return _run_child(command)
    finally:
        queries_file.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time retrieval on one index for `debate bench`.")
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--collection", default="debate_chunks")
    parser.add_argument("--model", default=None, help="embedding model (default: the bundled e5)")
    parser.add_argument("--queries-file", type=Path, help="a JSON list of questions (default: golden ones)")
    parser.add_argument("--queries", type=int, default=40, help="how many golden questions by default")
    parser.add_argument("--paths", action="store_true", help="also compare the where and ids paths")
    args = parser.parse_args(argv)
    if args.queries_file:
        queries = json.loads(args.queries_file.read_text(encoding="utf-8"))
    else:
        from eval.golden_set import load_questions

        golden = Path(__file__).resolve().parent / "golden"
        queries = [q.question for q in load_questions(golden)][: args.queries]
    print(json.dumps(measure(args.index, args.collection, args.model, queries, args.paths)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
