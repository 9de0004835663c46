"""`debate bench`: the three numbers users care about, measured side by side in one run.

1. **Ingest throughput.** The raw encoder (`Embedder.embed_passages` over the chunks'
   ``embed_text`` and the members' question sentences, `ingest.asked`, which ingest embeds too;
   all at once: the physical limit of this machine; timed before and after the pipeline,
   averaged) against the whole pipeline (`ingest_paths`: parse, chunk, embed, write to Chroma,
   rebuild BM25) into a fresh temporary index, on the same documents. ``ratio`` =
   pipeline / encoder (target >= 0.85).
2. **Latency.** `Assistant.retrieve` and `Assistant.ask` (extractive answers, no LLM) over the
   golden questions on the index just built, each question once after a warm-up; p50/p95.
   Follow-up questions get their history. The same retrieval run gives our quality figures.
3. **Scale.** Retrieval latency, index size and process memory on synthetic collections of
   10k and 100k chunks (1M with ``full`` if memory allows), made from the real chunks and
   vectors of step 1: see `eval.bench_corpus` for how, `eval.bench_scale` for what is timed.
4. **Quality against a naive llama-index pipeline** (`eval.naive_pipeline`): hit@5 and MRR@10
   over the answerable golden questions, ours by gold turn id from `Assistant.retrieve`, the
   naive one by gold phrase contained in a retrieved node. Follow-ups are left out of this
   comparison: the naive pipeline has no conversation, and they would measure our follow-up
   rules rather than retrieval.

``quick`` (a CI smoke run, under 3 minutes): a few small documents chosen for the questions they
answer, at most 30 questions, scale at 10k only. The full run ingests the whole sample corpus
(several minutes on two cores). What is slow to build and not itself measured (the naive index,
the synthetic collections: about 2 minutes for 100k chunks on a quiet machine) is cached in
``~/.cache/debate-assistant/bench``; delete it at any time.

Timings are wall-clock. On two cores they are very sensitive to other processes: torch's two
threads wait for each other, so one busy neighbour can make an embedding ten times slower. The
load average before and after is reported with the machine; compare runs only at similar load.
Targets are reported, never asserted.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval.bench_corpus import default_cache_dir

REPO = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO / "corpus"
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"

TARGETS = {
    "ratio": 0.85,
    "retrieval_p95_ms": 100.0,
    "answer_p95_ms": 400.0,
    "scale_filtered_p95_ms": 150.0,  # at 100k chunks
    "hit_at_5_margin": 0.15,
}
ONE_MILLION = 1_000_000


@dataclass(frozen=True)
class BenchConfig:
    """What a run covers. `for_mode` gives the CLI's settings; tests pass a tiny one."""

    documents: tuple[Path, ...] = (CORPUS_DIR,)
    golden: tuple[Path, ...] = (GOLDEN_DIR,)
    cache_dir: Path = field(default_factory=default_cache_dir)
    subset_chunks: int | None = None
    """Use only the documents that answer the most questions per chunk, up to this many chunks."""
    max_questions: int | None = None
    scale_sizes: tuple[int, ...] = (10_000, 100_000)
    scale_queries: int = 40
    try_million: bool = False

    @classmethod
    def for_mode(cls, *, quick: bool, full: bool) -> BenchConfig:
        if quick:
            return cls(subset_chunks=400, max_questions=30, scale_sizes=(10_000,), scale_queries=20)
        return cls(try_million=full)


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def run_bench(settings: Any, quick: bool = False, full: bool = False, *,
              config: BenchConfig | None = None) -> dict[str, Any]:
    """Run the benchmark and return its result (the ``--json`` object; see the module docstring).

    ``settings`` supplies the embedding model, collection name and ``top_k``; the bench never
    reads or writes ``settings.index_dir``: it ingests into a temporary index and keeps its large
    collections and the naive index in ``config.cache_dir``. Progress goes to stderr.
    """
    from ingest.embedder import load_embedder

    config = config or BenchConfig.for_mode(quick=quick, full=full)
    started = time.perf_counter()
    load_start = os.getloadavg()
    with contextlib.redirect_stdout(sys.stderr), tempfile.TemporaryDirectory(prefix="debate-bench-") as tmp:
        bench_settings = dataclasses.replace(settings, index_dir=Path(tmp) / "index", chroma_url=None,
                                             llm="none", feedback_path=None)
        embedder = load_embedder(settings.embed_model)
        parsed = _select_documents(config)
        questions = _select_questions(config, {t.id for _, t in parsed})
        _log(f"{len(parsed)} documents, {len(questions)} questions")
        ingest = bench_ingest(parsed, bench_settings, embedder)
        latency, ours = bench_latency(bench_settings, embedder, questions, {t.id: t for _, t in parsed})
        naive = bench_naive(settings, embedder, [t for _, t in parsed], questions, config.cache_dir)
        scale = bench_scale(bench_settings, embedder, [q.question for q in questions], config)
    quality = {"hit_at_5": ours[0], "mrr_at_10": ours[1], "naive_hit_at_5": naive[0], "naive_mrr_at_10": naive[1]}
    machine = machine_info(embedder.model_id)
    machine.update(load_avg_start=[round(x, 2) for x in load_start],
                   load_avg_end=[round(x, 2) for x in os.getloadavg()],
                   bench_s=round(time.perf_counter() - started, 1), mode="quick" if quick else "full" if full else "default",
                   documents=len(parsed), questions=len(questions))
    return {"ingest": ingest, "retrieval": latency["retrieval"], "answer": latency["answer"],
            "scale": scale, "quality": quality, "machine": machine}


# -- inputs ---------------------------------------------------------------------------------------


def _select_documents(config: BenchConfig) -> list[tuple[Path, Any]]:
    """Parsed transcripts of ``config.documents`` (files that do not parse, like the empty Casco
    report, are left out); with ``subset_chunks``, the few that answer most questions per chunk."""
    from eval.golden_set import load_questions
    from ingest.chunking import chunk_transcript
    from ingest.detect import parse_file
    from ingest.errors import TranscriptError
    from ingest.ingest_plan import expand_paths

    parsed = []
    for path, skip in expand_paths(config.documents):
        if skip:
            continue
        with contextlib.suppress(TranscriptError):
            parsed.append((path, parse_file(path)))
    if not parsed:
        raise ValueError(f"no transcripts parse under {', '.join(map(str, config.documents))}")
    if config.subset_chunks is None:
        return parsed
    asked: dict[str, int] = {}
    for question in load_questions(*config.golden):
        for doc_id in question.doc_ids:
            asked[doc_id] = asked.get(doc_id, 0) + 1
    sizes = {t.id: len(chunk_transcript(t)) for _, t in parsed}
    ranked = sorted(parsed, key=lambda pt: (-asked.get(pt[1].id, 0) / sizes[pt[1].id], pt[1].id))
    chosen, total = [], 0
    for path, transcript in ranked:
        size = sizes[transcript.id]
        if not asked.get(transcript.id) or (chosen and total + size > 1.25 * config.subset_chunks):
            continue
        chosen.append((path, transcript))
        total += size
        if total >= config.subset_chunks:
            break
    return chosen or ranked[:1]


def _select_questions(config: BenchConfig, doc_ids: set[str]) -> list[Any]:
    """Golden questions about the chosen documents (and the unanswerable ones), capped."""
    from eval.golden_set import load_questions

    questions = [q for q in load_questions(*config.golden) if set(q.doc_ids) <= doc_ids]
    if config.max_questions is not None:
        answerable = [q for q in questions if q.answerable]
        others = [q for q in questions if not q.answerable]
        n_others = min(len(others), config.max_questions // 5)  # about the golden sets' share
        questions = answerable[: config.max_questions - n_others] + others[:n_others]
    return questions


def _history(question: Any) -> list[dict[str, str]]:
    return [{"question": h.question, **({"answer": h.answer} if h.answer else {})} for h in question.history]


# -- 1. ingest ------------------------------------------------------------------------------------


def bench_ingest(parsed: Sequence[tuple[Path, Any]], settings: Any, embedder: Any) -> dict[str, float]:
    """Encoder alone against `ingest_paths`, on the same documents' chunks.

    The encoder runs before and after the pipeline and its time is the mean of the two, so a
    load that drifts during the run (a shared machine) biases neither side."""
    from ingest.asked import asked_sentences
    from ingest.chunking import chunk_transcript
    from ingest.indexing import ingest_paths

    texts = [c.embed_text for _, t in parsed for c in chunk_transcript(t)]
    questions = [text for _, t in parsed for _, text in asked_sentences(t)]
    embedder.embed_passages(texts[:16])  # warm-up: first calls allocate and tune kernels

    def encode() -> float:
        started = time.perf_counter()
        embedder.embed_passages(texts)
        if questions:
            embedder.embed_passages(questions)
        return time.perf_counter() - started

    before = encode()
    _log(f"encoder: {len(texts)} chunks and {len(questions)} member questions in {before:.1f} s")
    started = time.perf_counter()
    summary = ingest_paths([p for p, _ in parsed], settings, embedder=embedder)
    pipeline_s = time.perf_counter() - started
    if summary.failed or summary.chunks_added != len(texts):
        raise RuntimeError(f"bench ingest wrote {summary.chunks_added} of {len(texts)} chunks: {summary.failed}")
    _log(f"pipeline: {summary.chunks_added} chunks in {pipeline_s:.1f} s")
    after = encode()
    _log(f"encoder again: {after:.1f} s")
    encoder, pipeline = len(texts) / ((before + after) / 2), len(texts) / pipeline_s
    return {"encoder_chunks_per_s": round(encoder, 2), "pipeline_chunks_per_s": round(pipeline, 2),
            "ratio": round(pipeline / encoder, 3)}


# -- 2. latency and our quality -------------------------------------------------------------------


def bench_latency(settings: Any, embedder: Any, questions: Sequence[Any],
                  transcripts: dict[str, Any]) -> tuple[dict[str, Any], tuple[float, float]]:
    """p50/p95 of `retrieve` and `ask` over ``questions``; and (hit@5, MRR@10) from the same
    retrieval runs, over the answerable non-follow-up questions."""
    from assistant.service import Assistant
    from eval.bench_scale import percentiles
    from eval.golden_set import resolve_gold_turns

    def warmed() -> Any:
        """A new assistant, warmed up (lazy directory, first-call allocations) on questions that
        are not measured: an assistant embeds each question once (`QueryCachingEmbedder`), so a
        question it has seen would be timed without its embedding."""
        fresh = Assistant.open(settings, embedder=embedder)
        for question in questions[:3]:
            fresh.ask(f"{question.question} (warm-up)")
        return fresh

    assistant = warmed()
    retrieve_ms, ask_ms, ranks = [], [], []
    for question in questions:
        started = time.perf_counter()
        _, turns = assistant.retrieve(question.question, _history(question), k=10)
        retrieve_ms.append((time.perf_counter() - started) * 1000)
        if question.answerable and not question.history:
            gold = set(resolve_gold_turns(question, transcripts))
            ranks.append(next((i for i, t in enumerate(turns, start=1) if t.turn_id in gold), None))
    assistant = warmed()  # `ask` is timed with retrieval's embeddings, as a user's question is
    for question in questions:
        started = time.perf_counter()
        assistant.ask(question.question, _history(question))
        ask_ms.append((time.perf_counter() - started) * 1000)
    r50, r95 = percentiles(retrieve_ms)
    a50, a95 = percentiles(ask_ms)
    _log(f"latency: retrieve p50 {r50} / p95 {r95} ms, ask p50 {a50} / p95 {a95} ms")
    latency = {"retrieval": {"n_chunks": len(assistant.lexical.table), "p50_ms": r50, "p95_ms": r95},
               "answer": {"p50_ms": a50, "p95_ms": a95}}
    return latency, rank_metrics(ranks)


def rank_metrics(ranks: Sequence[int | None]) -> tuple[float, float]:
    """(hit@5, MRR@10) from the 1-based rank of each question's first hit (None: no hit)."""
    if not ranks:
        return 0.0, 0.0
    hit = sum(r is not None and r <= 5 for r in ranks) / len(ranks)
    mrr = sum(1.0 / r for r in ranks if r is not None and r <= 10) / len(ranks)
    return round(hit, 3), round(mrr, 3)


# -- 4. the naive pipeline ------------------------------------------------------------------------


def bench_naive(settings: Any, embedder: Any, transcripts: Sequence[Any], questions: Sequence[Any],
                cache_dir: Path) -> tuple[float, float]:
    """(hit@5, MRR@10) of the naive llama-index pipeline on the same documents and questions."""
    from eval.naive_pipeline import first_hit_rank, open_naive_index

    if settings.embed_model is None:
        from ingest.model_build import build_e5_model

        model_dir = str(build_e5_model())
    else:
        model_dir = settings.embed_model
    started = time.perf_counter()
    naive = open_naive_index(transcripts, model_dir, embedder.model_id, cache_dir,
                             prefixes=getattr(embedder, "prefixes", True))
    _log(f"naive index: {naive.n_nodes} nodes, {'built' if naive.build_s else 'cached'} "
         f"({time.perf_counter() - started:.1f} s)")
    ranks = [
        first_hit_rank(naive.search(q.question, k=10), [ref.phrase for ref in q.gold_turns])
        for q in questions
        if q.answerable and not q.history
    ]
    return rank_metrics(ranks)


# -- 3. scale -------------------------------------------------------------------------------------


def bench_scale(settings: Any, embedder: Any, queries: Sequence[str], config: BenchConfig) -> list[dict[str, Any]]:
    """Latency and memory per synthetic collection size (built or taken from the cache)."""
    from eval.bench_corpus import SourceChunks, directory_mb, ensure_synthetic_index
    from eval.bench_scale import run_measure_child

    source = SourceChunks.from_index(settings.index_dir, settings.collection, embedder.model_id)
    rows: list[dict[str, Any]] = []
    largest: dict[str, Any] | None = None
    queries = list(queries[: config.scale_queries])
    for n in list(config.scale_sizes) + ([ONE_MILLION] if config.try_million else []):
        if n == ONE_MILLION and not _million_fits(largest):
            continue
        directory, build = ensure_synthetic_index(config.cache_dir, source, n, settings.collection, log=_log)
        if not build["cached"]:
            _log(f"built {n:,} chunks in {build['total_s']} s (Chroma {build['chroma_s']} s)")
        measured = run_measure_child(directory / "index", settings.collection, settings.embed_model, queries)
        _log(f"scale {n:,}: {measured}")
        if largest is None or measured["n_chunks"] > largest["n_chunks"]:
            largest = measured
        rows.append({
            "n_chunks": measured["n_chunks"],
            "retrieval_p50_ms": measured["retrieval_ms"][0],
            "retrieval_p95_ms": measured["retrieval_ms"][1],
            "filtered_p95_ms": max(p95 for _, p95 in measured["filtered_ms"].values()),
            "index_mb": directory_mb(directory / "index"),
            "rss_mb": measured["rss_mb"],
        })
    return rows


def _million_fits(largest: dict[str, Any] | None) -> bool:
    """Whether 1M chunks fit in memory: the index part of the largest measured process's memory,
    scaled linearly, with half again for building, must fit in 60% of the available memory."""
    import psutil

    if largest is None:
        _log("1M chunks skipped: no smaller size to extrapolate memory from")
        return False
    index_mb = max(0.0, largest["rss_mb"] - largest["rss_model_mb"]) * ONE_MILLION / largest["n_chunks"]
    needed_mb = 1.5 * index_mb + largest["rss_model_mb"]
    available_mb = psutil.virtual_memory().available / 2**20
    if needed_mb > 0.6 * available_mb:
        _log(f"1M chunks skipped: about {needed_mb:,.0f} MB needed, {available_mb:,.0f} MB available")
        return False
    _log(f"1M chunks: about {needed_mb:,.0f} MB needed, {available_mb:,.0f} MB available; building may take an hour")
    return True


# -- machine and rendering ------------------------------------------------------------------------


def machine_info(embed_model: str) -> dict[str, Any]:
    """CPU, memory and library versions of this machine."""
    from importlib import metadata

    import psutil

    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break

    def version(name: str) -> str | None:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None

    return {
        "cpu_count": os.cpu_count(), "cpu_model": cpu,
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(), "torch": version("torch"), "chromadb": version("chromadb"),
        "llama_index_core": version("llama-index-core"), "embed_model": embed_model,
        "platform": platform.platform(),
    }


def _verdict(ok: bool) -> str:
    return "[green]ok[/green]" if ok else "[red]missed[/red]"


def render_bench(result: dict[str, Any]) -> None:
    """Print the result of `run_bench` as rich tables, each figure next to its target."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    ing, ret, ans, qual = result["ingest"], result["retrieval"], result["answer"], result["quality"]
    table = Table(title="debate bench", show_lines=False)
    for column in ("measure", "value", "target", ""):
        table.add_column(column)
    table.add_row("encoder alone (chunks/s)", f"{ing['encoder_chunks_per_s']:.1f}", "", "")
    table.add_row("ingest pipeline (chunks/s)", f"{ing['pipeline_chunks_per_s']:.1f}", "", "")
    table.add_row("pipeline / encoder", f"{ing['ratio']:.2f}", f">= {TARGETS['ratio']}",
                  _verdict(ing["ratio"] >= TARGETS["ratio"]))
    table.add_row(f"retrieval p50 / p95 ({ret['n_chunks']:,} chunks)", f"{ret['p50_ms']} / {ret['p95_ms']} ms",
                  f"p95 < {TARGETS['retrieval_p95_ms']:.0f} ms", _verdict(ret["p95_ms"] < TARGETS["retrieval_p95_ms"]))
    table.add_row("answer p50 / p95", f"{ans['p50_ms']} / {ans['p95_ms']} ms",
                  f"p95 < {TARGETS['answer_p95_ms']:.0f} ms", _verdict(ans["p95_ms"] < TARGETS["answer_p95_ms"]))
    margin = qual["hit_at_5"] - qual["naive_hit_at_5"]
    table.add_row("hit@5: ours / naive llama-index", f"{qual['hit_at_5']:.3f} / {qual['naive_hit_at_5']:.3f}",
                  f"+{TARGETS['hit_at_5_margin']}", _verdict(margin >= TARGETS["hit_at_5_margin"]))
    table.add_row("MRR@10: ours / naive llama-index", f"{qual['mrr_at_10']:.3f} / {qual['naive_mrr_at_10']:.3f}", "", "")
    console.print(table)

    scale = Table(title="scale (synthetic collections, see eval/bench_corpus.py)")
    for column in ("chunks", "retrieval p50 / p95", "speaker filter p95", "index on disk", "process RSS"):
        scale.add_column(column, justify="right")
    for row in result["scale"]:
        filtered = f"{row['filtered_p95_ms']} ms"
        if row["n_chunks"] == 100_000:
            filtered += " " + _verdict(row["filtered_p95_ms"] < TARGETS["scale_filtered_p95_ms"])
        scale.add_row(f"{row['n_chunks']:,}", f"{row['retrieval_p50_ms']} / {row['retrieval_p95_ms']} ms", filtered,
                      f"{row['index_mb']:,.0f} MB", f"{row['rss_mb']:,.0f} MB")
    console.print(scale)
    m = result["machine"]
    console.print(f"[dim]{m['cpu_count']} × {m['cpu_model']}, {m['memory_gb']} GB; Python {m['python']}, "
                  f"torch {m['torch']}, chromadb {m['chromadb']}; {m['embed_model']}; "
                  f"load average {m['load_avg_start'][0]} → {m['load_avg_end'][0]}; {m['bench_s']} s[/dim]")
