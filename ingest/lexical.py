"""The lexical side of the index: BM25 (bm25s, Dutch Snowball stemming) over the same chunks as
the vectors, plus a compact table of every chunk's text and metadata.

Both are built at ingest and persisted under ``<index>/lexical``, so a query never rebuilds
anything. The table lets the retriever turn a speaker/document filter into a boolean mask over
all chunks in microseconds, and gives lexical hits their text and metadata without a round trip to
Chroma. Names and numbers ("13 Oceans", "AVIM", "B8/3") are where BM25 beats the embedder.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ingest.durable import fsync_dir, fsync_tree, temp_sibling
from ingest.errors import StoreError
from ingest.faults import fault_point

TOKEN_PATTERN = r"(?u)\b\w+\b"
"""Unlike bm25s's default, keeps one-character tokens, so "B8/3" and "nr. 5" stay searchable."""

VECTORS_FILE = "vectors.npy"
GENERATION_FILE = "generation.json"
"""Inside the lexical folder: the generation that built it, so a reader can tell a folder left by
an interrupted run from a current one (`ingest.catalog` explains generations)."""

FILTER_FIELDS = ("doc_id", "turn_id", "speaker_key", "party_key", "role", "date_int", "is_chair")


@lru_cache(maxsize=1)
def _stopwords() -> list[str]:
    from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

    return sorted(set(STOPWORDS_DUTCH) | set(STOPWORDS_EN))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("dutch")


def tokenize(texts: list[str]) -> list[list[str]]:
    """Lower-cased, stop-worded, stemmed tokens: the same for chunks and queries."""
    import bm25s

    tokens: list[list[str]] = bm25s.tokenize(
        texts,
        token_pattern=TOKEN_PATTERN,
        stopwords=_stopwords(),
        stemmer=_stemmer(),
        return_ids=False,
        show_progress=False,
    )
    return tokens


@dataclass
class ChunkTable:
    """Column-oriented copy of every chunk's id, text, metadata and vector, row i = BM25
    document i. ``vectors`` (unit length, float32, memory-mapped when loaded) lets retrieval
    score the dense side exactly; None for an index written before it existed."""

    ids: list[str]
    texts: list[str]
    metadatas: list[dict[str, Any]]
    vectors: np.ndarray | None = None
    _row: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._row = {chunk_id: i for i, chunk_id in enumerate(self.ids)}

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, chunk_id: str) -> int | None:
        return self._row.get(chunk_id)

    @cached_property
    def columns(self) -> dict[str, np.ndarray]:
        """Filterable fields as numpy arrays, for fast boolean masks."""
        cols: dict[str, np.ndarray] = {}
        for name in FILTER_FIELDS:
            values = [meta.get(name) for meta in self.metadatas]
            if name == "date_int":
                cols[name] = np.array([v or 0 for v in values], dtype=np.int64)
            elif name == "is_chair":
                cols[name] = np.array([bool(v) for v in values], dtype=bool)
            else:
                cols[name] = np.array([v or "" for v in values], dtype=object)
        return cols


class LexicalIndex:
    """BM25 over the chunks' embedded text, aligned row for row with a `ChunkTable`."""

    def __init__(self, bm25: Any, table: ChunkTable, generation: str | None = None) -> None:
        self.bm25 = bm25
        self.table = table
        self.generation = generation

    @classmethod
    def build(cls, rows: Iterable[tuple[str, str, dict[str, Any]]],
              vectors: Mapping[str, Any] | None = None, generation: str | None = None) -> LexicalIndex:
        """Build from ``(chunk_id, text, metadata)`` rows and, optionally, each chunk's vector by
        id; the metadata's ``embed_text`` (header, context and text) is what BM25 indexes, so
        speaker names are searchable too. ``generation`` is stamped into the saved folder."""
        import bm25s

        ids, texts, metas = [], [], []
        for chunk_id, text, meta in sorted(rows, key=lambda row: row[0]):
            ids.append(chunk_id)
            texts.append(text)
            metas.append(meta)
        bm25 = bm25s.BM25()
        if ids:
            bm25.index(tokenize([m.get("embed_text", t) for t, m in zip(texts, metas, strict=False)]), show_progress=False)
        matrix = None
        if vectors is not None and ids:
            matrix = np.asarray([vectors[i] for i in ids], dtype=np.float32)
            matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
        return cls(bm25, ChunkTable(ids, texts, metas, matrix), generation)

    def save(self, directory: Path) -> None:
        """Write atomically and durably: build in a sibling temp folder, fsync it, then swap.

        A crash while the temp folder is written leaves the previous index intact (the temp
        folder is removed by the next run). The swap is two renames; a crash between them leaves
        no ``directory`` at all, which `ingest.indexing.index_health` reports and the next run
        rebuilds from the store.
        """
        tmp = temp_sibling(directory)
        tmp.mkdir(parents=True)
        if len(self.table):
            self.bm25.save(str(tmp / "bm25"), show_progress=False)
        if self.table.vectors is not None:
            np.save(tmp / VECTORS_FILE, np.ascontiguousarray(self.table.vectors, dtype=np.float32))
        payload = {"ids": self.table.ids, "texts": self.table.texts, "metadatas": self.table.metadatas}
        (tmp / "chunks.json").write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        (tmp / GENERATION_FILE).write_text(json.dumps({"generation": self.generation}), encoding="utf-8")
        fsync_tree(tmp)
        fault_point("after-vectors-save")
        old = temp_sibling(directory)
        if directory.exists():
            directory.rename(old)
            fault_point("during-lexical-swap")
        tmp.rename(directory)
        fsync_dir(directory.parent)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        import bm25s

        try:
            payload = json.loads((directory / "chunks.json").read_text(encoding="utf-8"))
            vectors_file = directory / VECTORS_FILE
            vectors = np.load(vectors_file, mmap_mode="r") if vectors_file.exists() else None
            table = ChunkTable(payload["ids"], payload["texts"], payload["metadatas"], vectors)
            if vectors is not None and len(vectors) != len(table):
                raise ValueError(f"{VECTORS_FILE} has {len(vectors)} rows for {len(table)} chunks")
            bm25 = bm25s.BM25.load(str(directory / "bm25"), show_progress=False) if len(table) else bm25s.BM25()
        except (OSError, ValueError, KeyError) as exc:
            raise StoreError(f"lexical index {directory}", f"cannot load: {exc}; run `debate ingest` again") from exc
        return cls(bm25, table, read_lexical_generation(directory))

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Top ``k`` (row, score) pairs with a positive score, restricted to ``mask`` rows."""
        n = len(self.table)
        if n == 0:
            return []
        tokens = tokenize([query])
        if not tokens[0]:
            return []
        weight = None if mask is None else mask.astype(np.float32)
        rows, scores = self.bm25.retrieve(
            tokens, k=min(k, n), show_progress=False, weight_mask=weight, n_threads=0
        )
        return [(int(r), float(s)) for r, s in zip(rows[0], scores[0], strict=False) if s > 0]


def read_lexical_generation(directory: Path) -> str | None:
    """The generation that built the lexical folder ``directory``; None if it has none (missing,
    or written before generations existed)."""
    try:
        data = json.loads((directory / GENERATION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    generation = data.get("generation") if isinstance(data, dict) else None
    return generation if isinstance(generation, str) else None
