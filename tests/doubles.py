"""Test doubles for the typed seams, shared by every test module (a plain module, like
samples.py). Each double satisfies the real Protocol, so code under test cannot tell it apart
except by speed: fusion, abstention and ingest-integrity logic get tests that never load the model.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from ingest.embedder import DEFAULT_BATCH_SIZE, Embedder, Progress

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
