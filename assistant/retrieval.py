"""Hybrid retrieval: dense (e5 vectors in Chroma) + lexical (BM25), fused, filtered, per turn.

Why our own retriever rather than llama-index's QueryFusionRetriever + BM25Retriever:
- Filters change with every question (speaker, party, debate, dates). BM25Retriever takes its
  metadata filter at construction and builds the corpus mask in a Python loop over every node, so
  a filtered query would mean a new retriever and an O(corpus) loop per question. Here the mask
  comes from numpy columns of the chunk table in microseconds and goes straight to bm25s.
- QueryFusionRetriever's reciprocal-rank fusion keeps only the fused score; the abstention
  decision needs each side's own evidence (best cosine, best BM25 score), which we keep.
- Results must be grouped per speaker turn (citations point at turns, not chunks).
The naive llama-index pipeline we compare against lives in the benchmark (`eval/bench.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.question import Constraints
from ingest.lexical import ChunkTable, LexicalIndex

RRF_K = 60
CANDIDATES = 40


@dataclass
class RetrievedChunk:
    chunk_id: str
    text: str
    metadata: dict[str, Any]
    dense: float | None = None
    lexical: float | None = None
    fused: float = 0.0


@dataclass
class RetrievedTurn:
    """A speaker turn with the chunks of it that matched, best first."""

    turn_id: str
    doc_id: str
    score: float
    dense: float
    lexical: float
    chunks: list[RetrievedChunk] = field(default_factory=list)

    @property
    def metadata(self) -> dict[str, Any]:
        return self.chunks[0].metadata

    @property
    def speaker(self) -> str:
        return self.metadata.get("speaker", "")


def constraint_mask(table: ChunkTable, constraints: Constraints) -> np.ndarray | None:
    """Boolean mask of the chunks that satisfy ``constraints`` (None: no constraint)."""
    if constraints.is_empty() or not len(table):
        return None
    cols = table.columns
    mask = np.ones(len(table), dtype=bool)
    if constraints.speakers:
        mask &= np.isin(cols["speaker_key"], list(constraints.speakers))
    if constraints.parties:
        mask &= np.isin(cols["party_key"], [p.lower() for p in constraints.parties])
    if constraints.roles:
        role_mask = np.zeros(len(table), dtype=bool)
        if "chair" in constraints.roles:
            role_mask |= cols["is_chair"]
        others = [r for r in constraints.roles if r != "chair"]
        if others:
            role_mask |= np.isin(cols["role"], others) & ~cols["is_chair"]
        mask &= role_mask
    if constraints.doc_ids:
        mask &= np.isin(cols["doc_id"], list(constraints.doc_ids))
    if constraints.date_from:
        mask &= cols["date_int"] >= constraints.date_from
    if constraints.date_to:
        mask &= cols["date_int"] <= constraints.date_to
    return mask


def constraint_where(constraints: Constraints) -> dict[str, Any] | None:
    """The same constraints as a Chroma ``where`` clause."""
    clauses: list[dict[str, Any]] = []
    if constraints.speakers:
        clauses.append({"speaker_key": {"$in": list(constraints.speakers)}})
    if constraints.parties:
        clauses.append({"party_key": {"$in": [p.lower() for p in constraints.parties]}})
    if constraints.roles:
        role_clauses: list[dict[str, Any]] = []
        if "chair" in constraints.roles:
            role_clauses.append({"is_chair": True})
        others = [r for r in constraints.roles if r != "chair"]
        if others:
            role_clauses.append({"$and": [{"role": {"$in": others}}, {"is_chair": False}]})
        clauses.append(role_clauses[0] if len(role_clauses) == 1 else {"$or": role_clauses})
    if constraints.doc_ids:
        clauses.append({"doc_id": {"$in": list(constraints.doc_ids)}})
    if constraints.date_from:
        clauses.append({"date_int": {"$gte": constraints.date_from}})
    if constraints.date_to:
        clauses.append({"date_int": {"$lte": constraints.date_to}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


class HybridRetriever:
    """Dense + BM25 over the same chunks, fused by reciprocal rank, grouped per turn.

    Filtered dense search: when the constraint leaves few chunks (a speaker in a 100k-chunk
    index), Chroma's ``where`` scan grows with the collection; we pass the allowed ids instead,
    which Chroma scores exactly. Unfiltered queries use Chroma's HNSW index.
    """

    ids_threshold = 20000

    def __init__(self, store: Any, lexical: LexicalIndex, embedder: Any) -> None:
        self.store = store
        self.lexical = lexical
        self.embedder = embedder

    def search(self, query: str, constraints: Constraints, k: int = 10) -> list[RetrievedTurn]:
        """The ``k`` best turns for ``query`` under ``constraints``; [] if nothing matches."""
        table = self.lexical.table
        mask = constraint_mask(table, constraints)
        if mask is not None and not mask.any():
            return []
        vector = self.embedder.embed_queries([query])[0]
        dense = self._dense(vector, constraints, mask)
        lexical = self.lexical.search(query, CANDIDATES, mask)
        return self._fuse(dense, lexical)[:k]

    def _dense(self, vector: np.ndarray, constraints: Constraints, mask: np.ndarray | None) -> list[RetrievedChunk]:
        n = CANDIDATES
        if mask is None:
            hits = self.store.query(vector, n)
        elif int(mask.sum()) <= self.ids_threshold:
            ids = [self.lexical.table.ids[i] for i in np.flatnonzero(mask)]
            hits = self.store.query(vector, min(n, len(ids)), ids=ids)
        else:
            hits = self.store.query(vector, n, where=constraint_where(constraints))
        return [RetrievedChunk(h.id, h.text, h.metadata, dense=1.0 - float(h.distance or 0.0)) for h in hits]

    def _fuse(self, dense: list[RetrievedChunk], lexical: list[tuple[int, float]]) -> list[RetrievedTurn]:
        table = self.lexical.table
        by_id: dict[str, RetrievedChunk] = {}
        for rank, chunk in enumerate(dense):
            chunk.fused += 1.0 / (RRF_K + rank + 1)
            by_id[chunk.chunk_id] = chunk
        for rank, (row, score) in enumerate(lexical):
            chunk_id = table.ids[row]
            chunk = by_id.get(chunk_id)
            if chunk is None:
                chunk = by_id[chunk_id] = RetrievedChunk(chunk_id, table.texts[row], table.metadatas[row])
            chunk.lexical = score
            chunk.fused += 1.0 / (RRF_K + rank + 1)
        turns: dict[str, RetrievedTurn] = {}
        for chunk in sorted(by_id.values(), key=lambda c: c.fused, reverse=True):
            turn_id = chunk.metadata["turn_id"]
            turn = turns.get(turn_id)
            if turn is None:
                turn = turns[turn_id] = RetrievedTurn(turn_id, chunk.metadata["doc_id"], chunk.fused, 0.0, 0.0)
            turn.chunks.append(chunk)
            turn.dense = max(turn.dense, chunk.dense or 0.0)
            turn.lexical = max(turn.lexical, chunk.lexical or 0.0)
        return sorted(turns.values(), key=lambda t: t.score, reverse=True)
