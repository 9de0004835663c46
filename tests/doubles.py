"""Test doubles for the typed seams, shared by every test module (a plain module, like
samples.py). Each double satisfies the real Protocol, so code under test cannot tell it apart
except by speed: fusion, abstention and ingest-integrity logic get tests that never load the model.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from assistant.seams import ChunkStore
from assistant.service import Assistant
from ingest.chunking import chunk_transcript
from ingest.embedder import DEFAULT_BATCH_SIZE, Embedder, Progress
from ingest.lexical import LexicalIndex
from ingest.models import Transcript
from ingest.settings import Settings
from ingest.store import StoredChunk

_WORD_RE = re.compile(r"\w+", re.UNICODE)


class HashEmbedder:
    """A deterministic `Embedder`: a bag of hashed lower-cased words, L2-normalised.

    Texts that share words get a higher cosine, so retrieval over it behaves like a crude lexical
    search; the same text always gives the same vector in any process, which the fault-injection
    tests need to compare a repaired index with a clean build row for row.
    """

    def __init__(self, dim: int = 64, model_id: str = "test-hash-embedder") -> None:
        self.dim = dim
        self.model_id = model_id

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for word in _WORD_RE.findall(text.lower()):
            digest = hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest()
            vec[int.from_bytes(digest[:4], "little") % self.dim] += 1.0 if digest[4] & 1 else -1.0
        norm = float(np.linalg.norm(vec))
        if norm == 0.0:
            vec[0] = 1.0
            return vec
        return vec / norm

    def embed_passages(self, texts: Sequence[str], batch_size: int = DEFAULT_BATCH_SIZE,
                       progress: Progress | None = None) -> np.ndarray:
        out = np.stack([self._vector(t) for t in texts]) if texts else np.empty((0, self.dim), np.float32)
        if progress is not None:
            progress(len(texts))
        return out

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed_passages(texts)


def _satisfies_protocol(embedder: Embedder) -> Embedder:
    return embedder


_satisfies_protocol(HashEmbedder())


class InMemoryStore:
    """A `ChunkStore` (`assistant.seams`) over a list: exact cosine over every stored chunk that
    passes ``ids`` and a Chroma ``where`` clause ($and, $or, $in, $gte, $lte, equality), so
    retrieval's store path runs without Chroma."""

    def __init__(self, chunks: Sequence[StoredChunk], vectors: np.ndarray) -> None:
        self.chunks = list(chunks)
        self.vectors = np.asarray(vectors, dtype=np.float32)

    def query(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None,
              ids: Sequence[str] | None = None) -> list[StoredChunk]:
        wanted = set(ids) if ids is not None else None
        rows = [i for i, c in enumerate(self.chunks)
                if (wanted is None or c.id in wanted) and (where is None or _matches(c.metadata, where))]
        sims = [float(self.vectors[i] @ vector) for i in rows]
        best = sorted(zip(sims, rows, strict=True), key=lambda pair: (-pair[0], pair[1]))[:n]
        return [dataclasses.replace(self.chunks[i], distance=1.0 - sim) for sim, i in best]


def _matches(meta: dict[str, Any], where: dict[str, Any]) -> bool:
    for key, cond in where.items():
        if key == "$and":
            ok = all(_matches(meta, part) for part in cond)
        elif key == "$or":
            ok = any(_matches(meta, part) for part in cond)
        elif isinstance(cond, dict):
            ok = _compare(meta.get(key), cond)
        else:
            ok = meta.get(key) == cond
        if not ok:
            return False
    return True


def _compare(have: Any, cond: dict[str, Any]) -> bool:
    (op, value), = cond.items()
    if op == "$in":
        return bool(have in value)
    if have is None:
        return False
    return bool(have >= value) if op == "$gte" else bool(have <= value)


def assistant_over(transcripts: Sequence[Transcript], settings: Settings) -> Assistant:
    """An `Assistant` over ``transcripts`` built from the doubles: chunks embedded by
    `HashEmbedder`, kept in `InMemoryStore` and a real BM25 `LexicalIndex`, transcripts served
    from memory. Milliseconds, no model, no Chroma, nothing on disk."""
    embedder = HashEmbedder()
    chunks = [c for t in transcripts for c in chunk_transcript(t)]
    vectors = embedder.embed_passages([c.embed_text for c in chunks])
    stored = [StoredChunk(c.id, c.text, dict(c.metadata.to_chroma(), embed_text=c.embed_text)) for c in chunks]
    lexical = LexicalIndex.build([(s.id, s.text, s.metadata) for s in stored],
                                 {c.id: v for c, v in zip(chunks, vectors, strict=True)})
    catalog = ({t.id: t for t in transcripts}, [t.metadata() for t in transcripts])
    return Assistant(settings, InMemoryStore(stored, vectors), lexical, embedder, catalog=catalog)


_satisfies_store: ChunkStore = InMemoryStore([], np.empty((0, 64), np.float32))
