"""The catalog of indexed documents: a manifest (what is indexed, from which file, with which
content hash and model) and the parsed transcripts themselves (for the transcript view, the API
and answer framing).

Everything lives as plain JSON under the index directory and is written atomically (temp file +
rename), so an ingest killed at any point leaves a catalog that still describes a usable index.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.errors import StoreError
from ingest.models import Event, Transcript, Turn

MANIFEST_VERSION = 1


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
    def lock(self) -> Path:
        return self.root / ".ingest.lock"

    @property
    def generation(self) -> Path:
        """The id of the index's current generation, written last by every ingest that changed
        anything; a server that sees it change reloads the index between requests."""
        return self.root / "generation.json"

    def transcript_file(self, doc_id: str) -> Path:
        return self.transcripts / f"{re.sub(r'[^A-Za-z0-9_.-]', '_', doc_id)}.json"


def write_json_atomic(path: Path, payload: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


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
        manifest = json.loads(layout.manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"catalog {layout.manifest}", f"unreadable manifest: {exc}") from exc
    if manifest.get("version") != MANIFEST_VERSION:
        raise StoreError(f"catalog {layout.manifest}", f"manifest version {manifest.get('version')} is not {MANIFEST_VERSION}")
    return manifest


def save_manifest(layout: IndexLayout, manifest: dict[str, Any]) -> None:
    write_json_atomic(layout.manifest, manifest)


def save_transcript(layout: IndexLayout, transcript: Transcript) -> None:
    write_json_atomic(layout.transcript_file(transcript.id), transcript.to_dict())


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
