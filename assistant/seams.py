"""The typed seams of the assistant: what `Assistant` needs from each part it is built from.

Each is a structural ``Protocol``: the Chroma store (`ingest.store.ChunkStore`), the
sentence-transformers embedder, `HybridRetriever` and the generative answerer satisfy them without
naming them, and so do the in-memory test doubles (``tests/doubles.py``), which is what lets the
fusion, speaker-resolution and abstention logic be tested without the model.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from ingest.embedder import Embedder

if TYPE_CHECKING:
    from assistant.constraints import Constraints
    from assistant.models import Answer, Citation
    from assistant.plan import Plan
    from assistant.retrieval import Retrieval
    from ingest.store import StoredChunk

__all__ = ["Answerer", "ChunkStore", "Embedder", "Retriever"]


class ChunkStore(Protocol):
    """The vector store as retrieval reads it: nearest chunks to a vector, optionally only among
    ``ids`` or those matching a Chroma ``where`` clause (`assistant.retrieval.constraint_where`)."""

    def query(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None,
              ids: Sequence[str] | None = None) -> list[StoredChunk]: ...


class Retriever(Protocol):
    """Every candidate turn for a query under the question's constraints, best first."""

    def retrieve(self, query: str, constraints: Constraints, lexical_query: str | None = None) -> Retrieval: ...


class Answerer(Protocol):
    """Writes the answer from the cited turns; yields only text that passed validation and
    returns the final `Answer` (the extractive one is its fallback)."""

    def answer(self, plan: Plan, citations: list[Citation], extractive: Answer,
               speakers: Iterable[str] = ()) -> Generator[str, None, Answer]: ...


