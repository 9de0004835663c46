"""The baseline `debate bench` compares against: llama-index wired together in an afternoon.

What "naive" means here, exactly:

- **Text.** Each transcript becomes one llama-index ``Document`` whose text is its turns as
  ``"Speaker: text"`` lines, joined by newlines (the speaker's name is in the text, as anyone
  converting a transcript would write it; there is no speaker, party or date metadata).
- **Chunks.** ``SentenceSplitter()`` with its defaults (1024 tokens, 200 overlap), which cuts
  across speaker turns. multilingual-e5-small reads 512 tokens, so the embedder sees roughly the
  first half of each chunk; that too is what the afternoon version gets.
- **Vectors.** The same e5 model as ours, through llama-index's own
  ``HuggingFaceEmbedding(model_name=<local model dir>, query_instruction="query: ",
  text_instruction="passage: ")``, in a ``VectorStoreIndex`` on a Chroma collection
  (``llama-index-vector-stores-chroma`` over a ``chromadb.PersistentClient``, Chroma's default
  distance). Top-10 by similarity, no lexical side, no filters, no reranking.
- **Scoring.** A retrieved node is a hit for a question when its text, whitespace- and
  case-normalised (`eval.golden_set.normalize_text`), contains the phrase of one of the
  question's gold turns. hit@5: a hit among the first 5 nodes; MRR@10: 1/rank of the first hit
  among the first 10 (0 if none). Nodes are much longer than turns (about 4,000 characters
  against a turn's few hundred), which makes containing a phrase easier than naming the right
  turn: the comparison leans towards the baseline.

Offline: the embedding model is a local directory, ``Settings.embed_model`` and ``Settings.llm``
are set explicitly (a ``MockLLM``: nothing here generates), and the collection is created
without Chroma's default embedding function, so nothing reaches OpenAI or a model hub.

Embedding the corpus again with these chunks is slow (minutes), so the built index is cached
under ``<cache>/naive-v<version>-<key>/``, keyed by the documents' texts, the model and the
splitter settings.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.golden_set import normalize_text
from ingest.errors import ConfigError
from ingest.models import Transcript

NAIVE_VERSION = "1"
COLLECTION = "naive_llama_index"
MARKER = "BUILD_OK.json"


def transcript_text(transcript: Transcript) -> str:
    """A transcript as plain text: one ``"Speaker: text"`` line per turn."""
    return "\n".join(f"{turn.speaker}: {turn.text}" for turn in transcript.turns)


def _cache_key(transcripts: Sequence[Transcript], model_id: str) -> str:
    digest = hashlib.sha256(f"{NAIVE_VERSION}:{model_id}:SentenceSplitter()".encode())
    for transcript in sorted(transcripts, key=lambda t: t.id):
        digest.update(f"\x00{transcript.id}\x01".encode())
        digest.update(transcript_text(transcript).encode())
    return digest.hexdigest()[:12]


def require_bench_extra() -> None:
    """Raise `ConfigError` naming the ``bench`` extra when its packages (llama-index's
    HuggingFace embeddings and Chroma vector store, used only by this baseline) are missing."""
    import importlib.util

    missing = [name for name in ("llama_index.embeddings.huggingface", "llama_index.vector_stores.chroma")
               if importlib.util.find_spec(name) is None]
    if missing:
        raise ConfigError(f"the naive llama-index baseline of `debate bench` needs {', '.join(missing)}: "
                          "install the bench extra (pip install -e '.[bench]'; `make setup` does)")


def _embed_model(model_dir: str, prefixes: bool) -> Any:
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    from transformers.utils import logging as transformers_logging

    bar_was_on = transformers_logging.is_progress_bar_enabled()
    transformers_logging.disable_progress_bar()  # "Loading weights" would clutter the bench output
    try:
        return HuggingFaceEmbedding(
            model_name=model_dir,
            query_instruction="query: " if prefixes else None,
            text_instruction="passage: " if prefixes else None,
            device="cpu",
        )
    finally:
        if bar_was_on:
            transformers_logging.enable_progress_bar()


def _configure_llama_index(embed_model: Any) -> None:
    from llama_index.core import Settings
    from llama_index.core.llms import MockLLM

    Settings.embed_model = embed_model
    Settings.llm = MockLLM()


def _client(path: Path) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


@dataclass
class NaiveIndex:
    """A built (or reloaded) naive index; `search` returns the retrieved nodes' texts."""

    index: Any
    n_nodes: int
    build_s: float | None
    directory: Path

    def search(self, question: str, k: int = 10) -> list[str]:
        retriever = self.index.as_retriever(similarity_top_k=k)
        return [hit.node.get_content() for hit in retriever.retrieve(question)]


def open_naive_index(transcripts: Sequence[Transcript], model_dir: str, model_id: str, cache_dir: Path,
                     *, prefixes: bool = True) -> NaiveIndex:
    """The naive index of ``transcripts``: from the cache, or built (and cached) now. Raises
    `ConfigError` when the ``bench`` extra is not installed."""
    require_bench_extra()
    from llama_index.core import Document, StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.vector_stores.chroma import ChromaVectorStore

    embed_model = _embed_model(model_dir, prefixes)
    _configure_llama_index(embed_model)
    directory = cache_dir / f"naive-v{NAIVE_VERSION}-{_cache_key(transcripts, model_id)}"
    if (directory / MARKER).is_file():
        record = json.loads((directory / MARKER).read_text(encoding="utf-8"))
        collection = _client(directory / "chroma").get_collection(COLLECTION)
        index = VectorStoreIndex.from_vector_store(ChromaVectorStore(chroma_collection=collection),
                                                   embed_model=embed_model)
        return NaiveIndex(index, record["n_nodes"], None, directory)

    shutil.rmtree(directory, ignore_errors=True)  # an unfinished build (no marker) is redone
    started = time.perf_counter()
    collection = _client(directory / "chroma").get_or_create_collection(COLLECTION, embedding_function=None)
    documents = [Document(text=transcript_text(t), id_=t.id) for t in transcripts]
    storage = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
    index = VectorStoreIndex.from_documents(documents, storage_context=storage, embed_model=embed_model,
                                            transformations=[SentenceSplitter()])
    build_s = round(time.perf_counter() - started, 1)
    record = {"n_nodes": collection.count(), "build_s": build_s, "documents": len(documents)}
    (directory / MARKER).write_text(json.dumps(record), encoding="utf-8")
    return NaiveIndex(index, record["n_nodes"], build_s, directory)


def first_hit_rank(texts: Iterable[str], phrases: Sequence[str]) -> int | None:
    """1-based rank of the first text containing one of ``phrases`` (normalised), else None."""
    wanted = [normalize_text(p) for p in phrases]
    for rank, text in enumerate(texts, start=1):
        normalized = normalize_text(text)
        if any(p in normalized for p in wanted):
            return rank
    return None
