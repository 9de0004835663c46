"""The lexical side of the index: BM25 (bm25s, Snowball stemming in each document's language) over
the same chunks as the vectors, plus a compact table of every chunk's text and metadata.

Both are built at ingest and persisted under ``<index>/lexical``, so a query never rebuilds
anything. The table lets the retriever turn a speaker/document filter into a boolean mask over
all chunks in microseconds, and gives lexical hits their text and metadata without a round trip to
Chroma. Names and numbers ("13 Oceans", "AVIM", "B8/3") are where BM25 beats the embedder.

One index serves documents in several languages. Each chunk is stemmed with its own document's
stemmer (the chunk metadata's ``language``, `ingest.profiles.language`), so "businesses" and
"business" meet in an English sitting as "bedrijven" and "bedrijf" do in a Dutch one. A query is
stemmed once per language present, and each stemming searches only the rows of its language.
Terms are kept apart per language in the one vocabulary (`index_term`: "en:busi"), so each
language has its own document frequencies: with one shared vocabulary, 40 English chunks added
to the sample corpus changed the best BM25 row of 14 of the 490 dev and golden questions (40
Dutch chunks: 5), because English words in English questions over Dutch text ("small",
"business") counted English rows; kept apart, 5, as many as for 40 Dutch chunks (top five: 8
and 14 of 490; measured December 2026). Scores still compare
across languages (one BM25 model, one document count). An index of Dutch debates alone searches
exactly as before (one pass, the Dutch stemmer, unprefixed terms). The stopwords of every
language are dropped everywhere (`all_stopwords`).

Dutch compounds are not split. Tried (December 2026, `/tmp/idx-c`, the 482 dev questions through
the whole pipeline): each Dutch word of nine letters or more, in chunks and questions alike, also
indexed as the two parts whose stems occur in at least three chunks (a linking "s", "e" or "en"
dropped: "investeringsaftrek" -> "investering" + "aftrek", "zedenwetgeving" -> "zeden" +
"wetgeving"). hit@5 0.754 -> 0.757 (paraphrase 0.333 -> 0.350), but answers citing a gold turn
0.625 -> 0.616 and questions passing every check 266 -> 264: the parts of common compounds
("staatssecretaris" -> "staat") pull BM25 towards turns that only share a common word.
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

from ingest.chunk_meta import ChunkMeta
from ingest.durable import fsync_dir, fsync_tree, temp_sibling
from ingest.errors import StoreError
from ingest.exchanges import chair_speaks_as_member
from ingest.faults import fault_point
from ingest.models import chunk_id as turn_chunk_id
from ingest.profiles.language import all_stopwords, language_profile

TOKEN_PATTERN = r"(?u)\b\w+\b"
"""Unlike bm25s's default, keeps one-character tokens, so "B8/3" and "nr. 5" stay searchable."""

VECTORS_FILE = "vectors.npy"
GENERATION_FILE = "generation.json"
"""Inside the lexical folder: the generation that built it, so a reader can tell a folder left by
an interrupted run from a current one (`ingest.catalog` explains generations)."""

FILTER_FIELDS = ("doc_id", "turn_id", "speaker_key", "party_key", "role", "date_int", "is_chair")

UNMARKED_LANGUAGE = "nl"
"""The language of a chunk whose metadata names none: an index written before documents carried
a language stemmed every chunk as Dutch, so its rows are searched as Dutch."""


@lru_cache(maxsize=1)
def _stopwords() -> list[str]:
    return sorted(all_stopwords())


@lru_cache(maxsize=8)
def _stemmer(algorithm: str) -> Any:
    import Stemmer  # PyStemmer ships no type information (see [tool.mypy] overrides)

    return Stemmer.Stemmer(algorithm)


def tokenize(texts: list[str], language: str) -> list[list[str]]:
    """Lower-cased, stop-worded tokens, stemmed with ``language``'s stemmer (its profile's; an
    unknown language gets the default profile's): the same for chunks and queries."""
    import bm25s  # bm25s ships no type information (see [tool.mypy] overrides)

    tokens: list[list[str]] = bm25s.tokenize(
        texts,
        token_pattern=TOKEN_PATTERN,
        stopwords=_stopwords(),
        stemmer=_stemmer(language_profile(language).stemmer),
        return_ids=False,
        show_progress=False,
    )
    return tokens


def chunk_language(meta: ChunkMeta | Mapping[str, Any]) -> str:
    """The language a chunk's text was stemmed in (its document's; see `UNMARKED_LANGUAGE`)."""
    value = meta.language if isinstance(meta, ChunkMeta) else meta.get("language")
    return value if isinstance(value, str) and value else UNMARKED_LANGUAGE


def index_term(term: str, language: str) -> str:
    """How a term stemmed in ``language`` is stored in the BM25 vocabulary: as it is for
    `UNMARKED_LANGUAGE` (so an index from before languages reads the same), else behind its
    language code ("en:busi"), so that each language counts its own document frequencies."""
    return term if language == UNMARKED_LANGUAGE else f"{language}:{term}"


def index_terms(text: str, language: str) -> list[str]:
    """``text`` tokenised in ``language`` (`tokenize`), as the vocabulary stores its terms."""
    return [index_term(term, language) for term in tokenize([text], language)[0]]


def _tokenize_rows(texts: list[str], languages: list[str]) -> list[list[str]]:
    """Each text stemmed in its own language, as the vocabulary stores it, in the given order."""
    tokens: list[list[str]] = [[] for _ in texts]
    for language in sorted(set(languages)):
        rows = [i for i, lang in enumerate(languages) if lang == language]
        for i, row_tokens in zip(rows, tokenize([texts[i] for i in rows], language), strict=True):
            tokens[i] = [index_term(term, language) for term in row_tokens]
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

    def turn_rows(self, turn_id: str) -> list[int]:
        """The rows of a turn's chunks, in order (chunk ids are the turn id and the chunk's ordinal,
        `ingest.models.chunk_id`)."""
        rows: list[int] = []
        while (row := self._row.get(turn_chunk_id(turn_id, len(rows)))) is not None:
            rows.append(row)
        return rows

    @cached_property
    def languages(self) -> np.ndarray:
        """Each row's stemming language (`chunk_language`)."""
        return np.array([chunk_language(meta) for meta in self.metadatas], dtype=object)

    @cached_property
    def chair_running(self) -> np.ndarray:
        """Per row: whether its turn is the chair running the sitting, not a chair who says they
        speak "als woordvoerder" (`ingest.exchanges.chair_speaks_as_member`, read on the turn's
        first chunk). A party's view is its members' words: the chair of a committee carries a
        party label, and "Wat vindt de PVV van de CO2-heffing?" was answered with the PVV chair's
        "Dan passen we die zo even aan." (`assistant.retrieval.constraint_mask`)."""
        running = np.zeros(len(self), dtype=bool)
        decided: dict[str, bool] = {}
        for row, meta in enumerate(self.metadatas):
            if not meta.get("is_chair"):
                continue
            turn_id = str(meta.get("turn_id", ""))
            if turn_id not in decided:
                first = self._row.get(turn_chunk_id(turn_id, 0), row)
                decided[turn_id] = not chair_speaks_as_member(self.texts[first])
            running[row] = decided[turn_id]
        return running

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
        speaker names are searchable too, stemmed in the metadata's ``language``
        (`chunk_language`). ``generation`` is stamped into the saved folder."""
        import bm25s

        ids, texts, metas = [], [], []
        for chunk_id, text, meta in sorted(rows, key=lambda row: row[0]):
            ids.append(chunk_id)
            texts.append(text)
            metas.append(meta)
        bm25 = bm25s.BM25()
        if ids:
            embedded = [m.get("embed_text", t) for t, m in zip(texts, metas, strict=True)]
            bm25.index(_tokenize_rows(embedded, [chunk_language(m) for m in metas]), show_progress=False)
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

    @cached_property
    def _language_masks(self) -> dict[str, np.ndarray]:
        """Per stemming language, its rows; empty when the index has one language only."""
        present = sorted(set(self.table.languages.tolist()))
        if len(present) < 2:
            return {}
        return {language: self.table.languages == language for language in present}

    def languages(self) -> tuple[str, ...]:
        """The stemming languages of the indexed chunks."""
        return tuple(sorted(set(self.table.languages.tolist())))

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Top ``k`` (row, score) pairs with a positive score, restricted to ``mask`` rows. The
        query is stemmed in each language of the index and meets only that language's rows."""
        n = len(self.table)
        if n == 0:
            return []
        if not self._language_masks:
            return self._search(index_terms(query, chunk_language(self.table.metadatas[0])), k, mask)
        hits: list[tuple[int, float]] = []
        for language, rows in self._language_masks.items():
            within = rows if mask is None else rows & mask
            if within.any():
                hits += self._search(index_terms(query, language), k, within)
        return sorted(hits, key=lambda hit: (-hit[1], hit[0]))[:k]

    def _search(self, terms: list[str], k: int, mask: np.ndarray | None) -> list[tuple[int, float]]:
        if not terms:
            return []
        weight = None if mask is None else mask.astype(np.float32)
        rows, scores = self.bm25.retrieve(
            [terms], k=min(k, len(self.table)), show_progress=False, weight_mask=weight, n_threads=0
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
