"""The catalog of indexed documents: a manifest (what is indexed, from which file, with which
content hash and model) and the parsed transcripts themselves (for the transcript view, the API
and answer framing).

Everything lives as plain JSON under the index directory and is written atomically and durably
(`ingest.durable`: temp file, fsync, rename, fsync of the folder), so an ingest killed at any
point leaves a catalog that still describes a usable index.

Generations: the manifest, the Chroma collection's metadata and the lexical folder each carry the
id of the generation that last wrote them, and ``generation.json`` names the generation that is
published. An ingest that changes anything stamps a new id on the manifest and Chroma first and
writes ``generation.json`` last, once all parts agree (`ingest.indexing`); any disagreement means
a run was interrupted, and the next run (or `ingest.indexing.repair_index`) repairs it.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.durable import write_json_atomic
from ingest.errors import StoreError
from ingest.models import Event, Transcript, Turn

MANIFEST_VERSION = 1

MAX_PLAIN_FILE_STEM = 120
"""Longest transcript id stored under its own name. Names are capped at 255 bytes (ext4, XFS,
APFS); a 300-character VLOS objectid made the write fail with ENAMETOOLONG after its chunks were
in Chroma. Longer or non-plain ids get a bounded name: a readable prefix and a hash of the id."""

_PLAIN_ID = re.compile(r"[A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class IndexLayout:
    """Where each part of an index lives under its directory."""

    root: Path

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.json"

    @property
    def transcripts(self) -> Path:
        return self.root / "transcripts"

    @property
    def lexical(self) -> Path:
        return self.root / "lexical"

    @property
    def asked(self) -> Path:
        """The debates' member questions with their vectors (`ingest.asked`), one file per debate."""
        return self.root / "asked"

    @property
    def lock(self) -> Path:
        return self.root / ".ingest.lock"

    @property
    def generation(self) -> Path:
        """The id of the index's current generation, written last by every ingest that changed
        anything; a server that sees it change reloads the index between requests."""
        return self.root / "generation.json"

    def transcript_file(self, doc_id: str) -> Path:
        """Where transcript ``doc_id`` is stored: one file per id, and a name that always fits.

        A plain id (letters, digits, ``_.-``, at most `MAX_PLAIN_FILE_STEM` characters, not
        starting with a dot) is the name itself, as in indexes written before this rule; any
        other id is ``<prefix>~<sha256 of the id, 24 hex>``. ``~`` never occurs in a plain id, so
        two ids never share a file (``a/b`` and ``a_b`` used to).
        """
        if len(doc_id) <= MAX_PLAIN_FILE_STEM and _PLAIN_ID.fullmatch(doc_id) and not doc_id.startswith("."):
            return self.transcripts / f"{doc_id}.json"
        prefix = re.sub(r"[^A-Za-z0-9_.-]", "_", doc_id)[:60].lstrip(".")
        digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:24]
        return self.transcripts / f"{prefix}~{digest}.json"

    def asked_file(self, doc_id: str) -> Path:
        """Where the member questions of debate ``doc_id`` are stored: named as its transcript."""
        return self.asked / self.transcript_file(doc_id).name


def new_generation() -> str:
    """A fresh generation id: sortable by time for a human, unique by its random tail."""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:12]


def write_generation(layout: IndexLayout, generation: str, **facts: Any) -> None:
    """Publish ``generation``: the last write of an ingest that changed anything."""
    write_json_atomic(layout.generation, {"generation": generation, **facts})


def read_generation(layout: IndexLayout) -> str | None:
    """The current generation id, or None for an index that has none yet (new, or built before
    generations existed). Cheap: a server calls it between requests."""
    try:
        data = json.loads(layout.generation.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StoreError(f"catalog {layout.generation}", f"unreadable generation: {exc}") from exc
    generation = data.get("generation") if isinstance(data, dict) else None
    return generation if isinstance(generation, str) else None


def load_manifest(layout: IndexLayout) -> dict[str, Any]:
    """The manifest, or an empty one for a new index."""
    if not layout.manifest.exists():
        return {"version": MANIFEST_VERSION, "embed_model": None, "documents": {}}
    try:
        manifest: dict[str, Any] = json.loads(layout.manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"catalog {layout.manifest}", f"unreadable manifest: {exc}") from exc
    if manifest.get("version") != MANIFEST_VERSION:
        raise StoreError(f"catalog {layout.manifest}", f"manifest version {manifest.get('version')} is not {MANIFEST_VERSION}")
    return manifest


def save_manifest(layout: IndexLayout, manifest: dict[str, Any]) -> None:
    write_json_atomic(layout.manifest, manifest)


def save_transcript(layout: IndexLayout, transcript: Transcript) -> None:
    write_json_atomic(layout.transcript_file(transcript.id), transcript.to_dict())


def remove_transcript(layout: IndexLayout, doc_id: str) -> None:
    layout.transcript_file(doc_id).unlink(missing_ok=True)


def stray_transcripts(layout: IndexLayout, doc_ids: set[str]) -> list[Path]:
    """Stored transcript files, and their member questions (`ingest.asked`), that belong to none
    of ``doc_ids`` (left by a killed run)."""
    expected = {layout.transcript_file(doc_id).name for doc_id in doc_ids}
    return sorted(p for folder in (layout.transcripts, layout.asked) if folder.is_dir()
                  for p in folder.glob("*.json") if p.name not in expected)


def transcript_from_dict(data: dict[str, Any]) -> Transcript:
    meta = dict(data["transcript"])
    for key in ("participants", "agenda", "warnings"):
        meta[key] = tuple(meta.get(key) or ())
    return Transcript(
        **meta,
        turns=tuple(Turn(**turn) for turn in data["turns"]),
        events=tuple(Event(**event) for event in data.get("events", [])),
    )


def load_transcript(layout: IndexLayout, doc_id: str) -> Transcript | None:
    """The stored transcript ``doc_id``, or None if it is not indexed."""
    path = layout.transcript_file(doc_id)
    if not path.exists():
        return None
    try:
        return transcript_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise StoreError(f"catalog {path}", f"unreadable transcript: {exc}") from exc


def list_documents(layout: IndexLayout) -> list[dict[str, Any]]:
    """Indexed documents (complete ones only), newest first: id, title, date, turns, chunks, ..."""
    documents = load_manifest(layout)["documents"]
    rows = [dict(entry, id=doc_id) for doc_id, entry in documents.items() if entry.get("complete")]
    return sorted(rows, key=lambda row: (row.get("date") or "", row["id"]), reverse=True)
