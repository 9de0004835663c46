"""Does an index agree with itself? The check behind `ingest.indexing.index_health`.

An index has four parts written at different moments of an ingest: the manifest (which documents
are complete, from which file, how many chunks), Chroma (chunks and vectors), the lexical folder
(BM25, chunk table, ``vectors.npy``) and ``generation.json`` (what is published). A run killed
between two writes leaves them disagreeing; this module lists every disagreement and what it
takes to mend it, and writes nothing. `ingest.indexing` does the mending under the ingest lock.

Cost: one metadata-only pass over Chroma and one read of the chunk table's ids.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ingest.catalog import IndexLayout, read_generation
from ingest.lexical import VECTORS_FILE, read_lexical_generation


@dataclass(frozen=True)
class IndexHealth:
    """What a consistency check found. ``ok`` means every part agrees and is published.

    ``redo`` maps each document whose stored chunks cannot be trusted to the source file it was
    ingested from: the next run re-ingests it from there (or removes it if that is impossible).
    ``orphans`` are documents Chroma holds chunks of that the manifest does not list complete.
    """

    published: str | None
    manifest_generation: str | None
    chroma_generation: str | None
    lexical_generation: str | None
    problems: tuple[str, ...] = ()
    redo: dict[str, str] = field(default_factory=dict)
    orphans: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def chroma_interrupted(self) -> bool:
        """A run stamped Chroma with its generation (which it does before its first write) and
        did not publish it: it may have been killed while writing there."""
        return self.chroma_generation is not None and self.chroma_generation != self.published

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "published": self.published,
            "generations": {"manifest": self.manifest_generation, "chroma": self.chroma_generation,
                            "lexical": self.lexical_generation},
            "problems": list(self.problems),
        }


def check_index(layout: IndexLayout, manifest: dict[str, Any], store: Any) -> IndexHealth:
    """Compare the manifest, Chroma (``store``: a `ingest.store.ChunkStore`), the lexical folder
    and ``generation.json`` of the index at ``layout``; see `IndexHealth`."""
    problems: list[str] = []
    redo: dict[str, str] = {}
    documents = manifest.get("documents", {})
    complete = {doc_id: e for doc_id, e in documents.items() if e.get("complete")}
    stored = store.chunk_ids_by_document()

    for doc_id, source in manifest.get("pending", {}).items():
        problems.append(f"document {doc_id!r} was being written when a run stopped")
        redo[doc_id] = source
    for doc_id, entry in documents.items():
        if not entry.get("complete"):
            problems.append(f"document {doc_id!r} is listed but not complete")
            redo.setdefault(doc_id, entry.get("source_path") or "")
    for doc_id, entry in complete.items():
        found = len(stored.get(doc_id, ()))
        if found != entry.get("chunks"):
            problems.append(f"document {doc_id!r} has {found} chunks in Chroma, the manifest says {entry.get('chunks')}")
            redo.setdefault(doc_id, entry.get("source_path") or "")
        if not layout.transcript_file(doc_id).is_file():
            problems.append(f"document {doc_id!r} has no stored transcript")
            redo.setdefault(doc_id, entry.get("source_path") or "")
    for source, doc_ids in _shared_sources(complete).items():
        problems.append(f"documents {', '.join(map(repr, doc_ids))} all come from {source}")
        for doc_id in doc_ids:
            redo.setdefault(doc_id, source)
    orphans = tuple(sorted(set(stored) - set(complete)))
    if orphans:
        problems.append(f"Chroma holds chunks of {len(orphans)} document(s) the manifest does not list: "
                        + ", ".join(map(repr, orphans[:5])))

    generations = {
        "published": read_generation(layout),
        "manifest": manifest.get("generation"),
        "chroma": store.generation,
        "lexical": read_lexical_generation(layout.lexical),
    }
    empty = not documents and not stored and not layout.lexical.exists()
    if not empty and (None in generations.values() or len(set(generations.values())) > 1):
        problems.append("generations disagree: " + ", ".join(f"{k} {v}" for k, v in generations.items()))
    lexical_problem = None if empty else _lexical_problem(layout, stored)
    if lexical_problem:
        problems.append(lexical_problem)
    return IndexHealth(
        published=generations["published"],
        manifest_generation=generations["manifest"],
        chroma_generation=generations["chroma"],
        lexical_generation=generations["lexical"],
        problems=tuple(problems),
        redo=redo,
        orphans=orphans,
    )


def _shared_sources(complete: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Source files that more than one complete document claims (a replaced document whose old
    entry a killed run did not drop)."""
    by_source: dict[str, list[str]] = {}
    for doc_id, entry in complete.items():
        if entry.get("source_path"):
            by_source.setdefault(entry["source_path"], []).append(doc_id)
    return {source: sorted(ids) for source, ids in by_source.items() if len(ids) > 1}


def _lexical_problem(layout: IndexLayout, stored: dict[str, set[str]]) -> str | None:
    """Why the lexical folder does not match Chroma row for row, or None if it does."""
    folder = layout.lexical
    try:
        ids = json.loads((folder / "chunks.json").read_text(encoding="utf-8"))["ids"]
    except (OSError, ValueError, KeyError, TypeError):
        return f"lexical index {folder} is missing or unreadable"
    expected = sorted(chunk_id for chunk_ids in stored.values() for chunk_id in chunk_ids)
    if ids != expected:
        return f"lexical index has {len(ids)} chunks, Chroma {len(expected)}, or other ids"
    try:
        rows = len(np.load(folder / VECTORS_FILE, mmap_mode="r")) if ids else 0
    except (OSError, ValueError) as exc:
        return f"{folder / VECTORS_FILE} is missing or unreadable: {exc}"
    if rows != len(ids):
        return f"{VECTORS_FILE} has {rows} rows for {len(ids)} chunks"
    return None
