"""The large synthetic collections of the scale benchmark (10k, 100k, 1M chunks), built honestly
enough that their retrieval latency and memory mean something.

How a collection of ``n`` chunks is made from the real index of the sample corpus (some
thousands of chunks, about 6.6k with 450-character chunks, every one embedded for real by the
ingest pipeline):

- **Chunks are replicated as synthetic documents.** Replica 0 is the real corpus unchanged;
  replica ``r >= 1`` copies every document under a new doc id (``<doc id>~s<r>``, so turn and
  chunk ids change with it), a date shifted by ``3 * r`` days, and a title marked as a copy. The
  last replica is cut short at ``n``. Texts (and so BM25 postings) are the real texts, repeated.
- **Speaker keys stay real.** A year of debates is a few hundred speakers speaking again and
  again, so a speaker's share of the chunks does not shrink as the collection grows. That keeps
  a speaker filter at the same selectivity at every size (about 1/40 for the busiest members,
  about 1/6000 for a speaker heard once), which is what the filtered-latency figures compare.
- **Vectors are the real vectors plus a small perturbation.** Each replica adds Gaussian noise
  (``sigma = 0.01`` per dimension, cosine about 0.98 to the original) and re-normalises.
  Embedding 100k chunks for real would take about an hour on two cores at the encoder's best
  (tens of chunks/s), 1M chunks half a day. The perturbation keeps HNSW from seeing exact
  duplicates. Real vectors of 100k *different* texts would be more spread out than these
  clusters of ``n / len(source)`` near-copies; HNSW search time depends little on that, recall
  (not measured here) would.
- **They are written through the real classes**: `ingest.store.ChunkStore.upsert` into an
  embedded Chroma collection and `ingest.lexical.LexicalIndex.build(...).save(...)`, the same
  on-disk layout `debate ingest` produces (without transcripts and manifest, which retrieval
  does not read).

Built collections are cached under ``<cache>/synthetic-v<version>-<source>-<n>/`` (the cache is
``~/.cache/debate-assistant/bench`` by default) and reused while the bench version, the source
chunks and their model are the same; a fresh machine builds them. Builds run in a child process
(``python -m eval.bench_corpus``) so their memory is returned when they finish, and land with an
atomic rename, so an interrupted build is never reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import shutil
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

CORPUS_VERSION = "2"
"""Bump when the way synthetic collections are made changes; old cache entries are then ignored."""

NOISE_SIGMA = 0.01
DATE_STEP_DAYS = 3
BATCH = 5000
MARKER = "BUILD_OK.json"


def default_cache_dir() -> Path:
    return Path.home() / ".cache" / "debate-assistant" / "bench"


@dataclass
class SourceChunks:
    """The real chunks of an index: ids, texts, store metadata (with ``embed_text``), vectors."""

    ids: list[str]
    texts: list[str]
    metadatas: list[dict[str, Any]]
    vectors: np.ndarray
    model_id: str

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def fingerprint(self) -> str:
        """Changes when any chunk, its embedded text or the model changes."""
        digest = hashlib.sha256(f"{CORPUS_VERSION}:{self.model_id}".encode())
        for chunk_id, meta in zip(self.ids, self.metadatas, strict=False):
            digest.update(f"\x00{chunk_id}\x01{meta.get('embed_text', '')}".encode())
        return digest.hexdigest()[:12]

    @classmethod
    def from_index(cls, index_dir: Path, collection: str, model_id: str) -> SourceChunks:
        """Read every chunk and its vector back from an index built by `ingest_paths`."""
        from ingest.store import ChunkStore

        store = ChunkStore.open(index_dir, None, collection)
        ids, texts, metas, vectors = [], [], [], []
        for chunk, vector in store.iter_all(with_vectors=True):
            ids.append(chunk.id)
            texts.append(chunk.text)
            metas.append(chunk.metadata)
            vectors.append(np.asarray(vector, dtype=np.float32))
        order = sorted(range(len(ids)), key=ids.__getitem__)
        return cls([ids[i] for i in order], [texts[i] for i in order], [metas[i] for i in order],
                   np.stack([vectors[i] for i in order]) if vectors else np.empty((0, 0), np.float32), model_id)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.save(directory / "vectors.npy", self.vectors)
        payload = {"ids": self.ids, "texts": self.texts, "metadatas": self.metadatas, "model_id": self.model_id}
        (directory / "chunks.json").write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> SourceChunks:
        payload = json.loads((directory / "chunks.json").read_text(encoding="utf-8"))
        return cls(payload["ids"], payload["texts"], payload["metadatas"], np.load(directory / "vectors.npy"),
                   payload["model_id"])


def _shift_date(date: str | None, days: int) -> str | None:
    if not date:
        return date
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def _replica_meta(meta: dict[str, Any], replica: int) -> dict[str, Any]:
    if replica == 0:
        return dict(meta)
    doc_id = meta["doc_id"]
    new_doc = f"{doc_id}~s{replica:04d}"
    out = dict(meta, doc_id=new_doc, turn_id=new_doc + meta["turn_id"][len(doc_id):])
    date = _shift_date(meta.get("date"), DATE_STEP_DAYS * replica)
    if date:
        out["date"] = date
        out["date_int"] = int(date.replace("-", ""))
    out["doc_title"] = f"{meta.get('doc_title', '')} (synthetic copy {replica})"
    return out


def synthetic_batches(source: SourceChunks, n: int, seed: int = 0) -> Iterator[tuple[list[Any], np.ndarray]]:
    """``n`` synthetic chunks (as `ingest.models.Chunk`) with their vectors, ``BATCH`` at a time."""
    from ingest.chunk_meta import ChunkMeta
    from ingest.models import Chunk

    if not len(source):
        raise ValueError("the source index holds no chunks")
    made = 0
    replica = 0
    while made < n:
        rng = np.random.default_rng([seed, replica])
        take = min(len(source), n - made)
        vectors = source.vectors[:take]
        if replica:
            vectors = vectors + rng.normal(0.0, NOISE_SIGMA, size=vectors.shape).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        for lo in range(0, take, BATCH):
            chunks = []
            for i in range(lo, min(take, lo + BATCH)):
                meta = _replica_meta(source.metadatas[i], replica)
                embed_text = meta.pop("embed_text", source.texts[i])
                prefix_len = len(source.metadatas[i]["turn_id"])
                chunk_id = meta["turn_id"] + source.ids[i][prefix_len:]
                chunks.append(Chunk(
                    id=chunk_id, turn_id=meta["turn_id"], doc_id=meta["doc_id"],
                    ordinal=int(meta.get("chunk_ordinal", 0)), text=source.texts[i],
                    start=int(meta.get("start", 0)), end=int(meta.get("end", len(source.texts[i]))),
                    embed_text=embed_text, metadata=ChunkMeta.from_chroma(meta),
                ))
            yield chunks, np.ascontiguousarray(vectors[lo : lo + len(chunks)], dtype=np.float32)
        made += take
        replica += 1


def build_synthetic_index(source: SourceChunks, n: int, target: Path, collection: str) -> dict[str, Any]:
    """Write a collection of ``n`` synthetic chunks under ``target`` (an index directory: ``chroma/``
    and ``lexical/``) through `ChunkStore` and `LexicalIndex`. Returns build timings."""
    from ingest.lexical import LexicalIndex
    from ingest.store import ChunkStore

    started = time.perf_counter()
    store = ChunkStore.open(target, None, collection)
    rows: list[tuple[str, str, dict[str, Any]]] = []
    by_id: dict[str, np.ndarray] = {}
    for chunks, vectors in synthetic_batches(source, n):
        store.upsert(chunks, vectors)
        rows.extend((c.id, c.text, dict(c.metadata.to_chroma(), embed_text=c.embed_text)) for c in chunks)
        by_id.update(zip((c.id for c in chunks), vectors, strict=False))
    chroma_s = time.perf_counter() - started
    LexicalIndex.build(rows, by_id).save(target / "lexical")
    return {"n_chunks": store.count(), "chroma_s": round(chroma_s, 1),
            "total_s": round(time.perf_counter() - started, 1)}


def cached_index_dir(cache_dir: Path, source: SourceChunks, n: int) -> Path:
    return cache_dir / f"synthetic-v{CORPUS_VERSION}-{source.fingerprint}-{n}"


def is_complete(directory: Path) -> bool:
    return (directory / MARKER).is_file()


def ensure_source(cache_dir: Path, source: SourceChunks) -> Path:
    """The source chunks saved in the cache (for the child processes), written once."""
    directory = cache_dir / f"source-v{CORPUS_VERSION}-{source.fingerprint}"
    if not is_complete(directory):
        staging = directory.with_name(f".{directory.name}.{uuid.uuid4().hex[:8]}")
        source.save(staging)
        (staging / MARKER).write_text(json.dumps({"n_chunks": len(source)}), encoding="utf-8")
        shutil.rmtree(directory, ignore_errors=True)
        staging.rename(directory)
    return directory


def ensure_synthetic_index(cache_dir: Path, source: SourceChunks, n: int, collection: str,
                           log: Any = None) -> tuple[Path, dict[str, Any]]:
    """The cached collection of ``n`` chunks, built first in a child process if missing.

    Returns its directory (holding ``index/``) and the build record (``cached`` says whether
    this run found it ready)."""
    directory = cached_index_dir(cache_dir, source, n)
    if is_complete(directory):
        record = json.loads((directory / MARKER).read_text(encoding="utf-8"))
        return directory, dict(record, cached=True)
    source_dir = ensure_source(cache_dir, source)
    staging = directory.with_name(f".{directory.name}.{uuid.uuid4().hex[:8]}")
    if log:
        log(f"building the synthetic {n:,}-chunk collection (cached afterwards in {directory})")
    try:
        command = [sys.executable, "-m", "eval.bench_corpus", "--source", str(source_dir), "--n", str(n),
                   "--out", str(staging / "index"), "--collection", collection]
        record = _run_child(command)
        (staging / MARKER).write_text(json.dumps(record), encoding="utf-8")
        shutil.rmtree(directory, ignore_errors=True)
        staging.rename(directory)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return directory, dict(record, cached=False)


def _run_child(command: list[str]) -> dict[str, Any]:
    """Run a bench child process; its last stdout line is its JSON result."""
    import subprocess

    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def directory_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build one synthetic collection for `debate bench`.")
    parser.add_argument("--source", type=Path, required=True, help="a source directory saved by ensure_source")
    parser.add_argument("--n", type=int, required=True, help="number of chunks")
    parser.add_argument("--out", type=Path, required=True, help="index directory to create")
    parser.add_argument("--collection", default="debate_chunks")
    args = parser.parse_args(argv)
    record = build_synthetic_index(SourceChunks.load(args.source), args.n, args.out, args.collection)
    record["index_mb"] = directory_mb(args.out)
    print(json.dumps(record))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
