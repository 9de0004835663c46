"""The vector store adapter: Chroma, embedded (a `PersistentClient` under the index directory) or
a server (`chroma run`, reached with `HttpClient`), behind one small class.

Chroma's exceptions are translated here, once, into `StoreError`. Collections are created with
``embedding_function=None``: Chroma's default embedder would try to download an ONNX model, and
we always pass our own vectors.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from ingest.errors import StoreError
from ingest.models import Chunk

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

SEARCH_EF = 400
"""HNSW breadth for the queries Chroma still answers (indexes too large for exact scoring).
At the default 100 we measured a query miss the right debate in some processes and not in
others; at 400 it found it every time (6 of 6 fresh processes)."""


@dataclass(frozen=True)
class StoredChunk:
    """A chunk as read back from the store, with its retrieval distance when queried."""

    id: str
    text: str
    metadata: dict[str, Any]
    distance: float | None = None


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


class ChunkStore:
    """Chunks with their vectors, keyed by the deterministic chunk id.

    Writes are upserts, so re-writing a document is idempotent; `delete_ids` removes what a
    changed document no longer has.
    """

    def __init__(self, collection: Any, backend: str) -> None:
        self._collection = collection
        self.backend = backend
        self._max_batch = 5000

    @classmethod
    def open(cls, index_dir: Path, chroma_url: str | None, name: str) -> ChunkStore:
        """Open (creating if needed) the collection ``name`` embedded under ``index_dir/chroma``
        or on the Chroma server at ``chroma_url``."""
        import chromadb

        try:
            if chroma_url:
                url = urlparse(chroma_url)
                client = chromadb.HttpClient(
                    host=url.hostname or "localhost",
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=_chroma_settings(),
                )
                backend = f"chroma server {chroma_url}"
            else:
                path = index_dir / "chroma"
                path.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
                backend = f"chroma {path}"
            collection = client.get_or_create_collection(
                name=name, embedding_function=None, metadata={"hnsw:space": "cosine", "hnsw:search_ef": SEARCH_EF}
            )
            store = cls(collection, backend)
            store._max_batch = min(5000, client.get_max_batch_size())
            return store
        except StoreError:
            raise
        except Exception as exc:  # chromadb raises many unrelated types; translate them all here
            where = chroma_url or str(index_dir / "chroma")
            raise StoreError(f"chroma {where}", f"cannot open collection {name!r}: {exc}") from exc

    def _call(self, what: str, fn: Any, **kwargs: Any) -> Any:
        try:
            return fn(**kwargs)
        except Exception as exc:
            raise StoreError(self.backend, f"{what} failed: {exc}") from exc

    def count(self) -> int:
        return int(self._call("count", self._collection.count))

    def upsert(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        """Write chunks in batches the server accepts; the chunk text is the stored document."""
        for lo in range(0, len(chunks), self._max_batch):
            batch = chunks[lo : lo + self._max_batch]
            self._call(
                "upsert",
                self._collection.upsert,
                ids=[c.id for c in batch],
                embeddings=vectors[lo : lo + len(batch)],
                documents=[c.text for c in batch],
                metadatas=[dict(c.metadata.to_chroma(), embed_text=c.embed_text) for c in batch],
            )

    @property
    def generation(self) -> str | None:
        """The generation id of the last ingest that began writing to this collection
        (`ingest.catalog` explains generations); None for a collection from before them."""
        metadata = self._call("read metadata", lambda: self._collection.metadata) or {}
        value = metadata.get("generation")
        return value if isinstance(value, str) else None

    def set_generation(self, generation: str) -> None:
        """Stamp ``generation`` on the collection. The ``hnsw:*`` keys are left out: Chroma keeps
        them in the collection's configuration and refuses to "change" the distance function."""
        metadata = self._call("read metadata", lambda: self._collection.metadata) or {}
        kept = {k: v for k, v in metadata.items() if not k.startswith("hnsw:")}
        self._call("modify", self._collection.modify, metadata={**kept, "generation": generation})

    def chunk_ids_by_document(self, batch: int = 5000) -> dict[str, set[str]]:
        """Every stored chunk id grouped by its ``doc_id`` (metadata only, no texts or vectors):
        what the consistency check compares with the manifest and the lexical table."""
        grouped: dict[str, set[str]] = {}
        offset = 0
        while True:
            got = self._call("get", self._collection.get, limit=batch, offset=offset, include=["metadatas"])
            if not got["ids"]:
                return grouped
            for chunk_id, meta in zip(got["ids"], got["metadatas"], strict=True):
                grouped.setdefault(str((meta or {}).get("doc_id")), set()).add(chunk_id)
            offset += len(got["ids"])

    def ids_of_document(self, doc_id: str) -> set[str]:
        got = self._call("get", self._collection.get, where={"doc_id": doc_id}, include=[])
        return set(got["ids"])

    def delete_ids(self, ids: Sequence[str]) -> None:
        for lo in range(0, len(ids), self._max_batch):
            self._call("delete", self._collection.delete, ids=list(ids[lo : lo + self._max_batch]))

    def iter_all(self, batch: int = 5000, with_vectors: bool = False) -> Iterator[tuple[StoredChunk, Any]]:
        """Every stored chunk (and its vector if asked), in pages; used to rebuild the lexical
        index and the in-memory filter table without keeping a second copy of the texts."""
        include = ["documents", "metadatas"] + (["embeddings"] if with_vectors else [])
        offset = 0
        while True:
            got = self._call("get", self._collection.get, limit=batch, offset=offset, include=include)
            if not got["ids"]:
                return
            vectors = got.get("embeddings") if with_vectors else None
            for i, chunk_id in enumerate(got["ids"]):
                yield (
                    StoredChunk(chunk_id, got["documents"][i], got["metadatas"][i]),
                    None if vectors is None else vectors[i],
                )
            offset += len(got["ids"])

    def query(
        self,
        vector: np.ndarray,
        n: int,
        where: dict[str, Any] | None = None,
        ids: Sequence[str] | None = None,
    ) -> list[StoredChunk]:
        """Nearest chunks to ``vector`` (cosine distance), optionally restricted by a metadata
        ``where`` or to a set of ``ids``."""
        kwargs: dict[str, Any] = {
            "query_embeddings": [vector],
            "n_results": n,
            "include": ["documents", "metadatas", "distances"],
        }
        if where:
            kwargs["where"] = where
        if ids is not None:
            kwargs["ids"] = list(ids)
        got = self._call("query", self._collection.query, **kwargs)
        return [
            StoredChunk(cid, doc, meta, dist)
            for cid, doc, meta, dist in zip(
                got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0], strict=True
            )
        ]
