"""`debate ingest`: transcript files -> parsed turns -> chunks -> vectors in Chroma + BM25.

The policy that keeps an index trustworthy:

- **Idempotent.** A document is known by its transcript id; its content hash (file bytes plus
  parser/chunker versions) decides whether it is unchanged, and chunk ids are deterministic, so
  ingesting the same file twice writes nothing.
- **Replace, never duplicate.** A changed document's chunks are upserted first and only then are
  its chunks that no longer exist deleted: no moment without the document, no duplicates.
- **Crash-safe.** The manifest marks a document complete only after its chunks and transcript are
  written; an interrupted run leaves earlier documents complete and the next run redoes the rest.
  The lexical index is rebuilt from the store at the end, atomically.
- **Bad files never hurt good ones.** Every file is parsed before anything is written, each
  failure is reported with its path, and nothing already indexed is touched for a failed file.
- **One writer.** An exclusive lock on the index directory; Chroma is not process-safe.
"""

from __future__ import annotations

import fcntl
import hashlib
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from ingest.catalog import IndexLayout, load_manifest, save_manifest, save_transcript
from ingest.chunking import MAX_CHUNK_CHARS, chunk_transcript
from ingest.detect import parse_file
from ingest.errors import ConfigError, EmptyTranscriptError, StoreError, TranscriptError
from ingest.lexical import VECTORS_FILE, LexicalIndex
from ingest.models import Transcript
from ingest.parse_limits import ParseLimits
from ingest.settings import Settings

PIPELINE_VERSION = "2"
"""Bump when parsing or chunking changes the output, so re-ingest replaces old chunks."""

TRANSCRIPT_SUFFIXES = {".txt", ".xml", ".pdf"}

FileStatus = Literal["added", "updated", "unchanged", "warning", "failed", "skipped"]
ProgressFn = Callable[[str, int, int], None]


@dataclass
class FileResult:
    path: str
    status: FileStatus
    doc_id: str | None = None
    message: str | None = None


@dataclass
class IngestSummary:
    """What an ingest did, for the terminal summary and ``--json``."""

    documents_added: int = 0
    documents_updated: int = 0
    documents_unchanged: int = 0
    turns: int = 0
    chunks_added: int = 0
    chunks_unchanged: int = 0
    chunks_removed: int = 0
    elapsed_s: float = 0.0
    files: list[FileResult] = field(default_factory=list)

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["files_failed"] = len(self.failed)
        data["files_skipped"] = sum(f.status == "skipped" for f in self.files)
        data["warnings"] = sum(f.status == "warning" for f in self.files)
        return data


def expand_paths(paths: Sequence[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Files to ingest, with a skip reason for those a folder walk will not try.

    An explicitly named file is always tried; inside folders only .txt/.xml/.pdf are, so a
    README or SOURCE note next to the transcripts is reported as skipped, not as a failure.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                reason = None if child.suffix.lower() in TRANSCRIPT_SUFFIXES else "not a transcript file type"
                yield child, reason
        else:
            yield path, None


def content_hash(path: Path) -> str:
    digest = hashlib.sha256(f"{PIPELINE_VERSION}:{MAX_CHUNK_CHARS}:".encode())
    digest.update(path.read_bytes())
    return digest.hexdigest()


@contextmanager
def index_lock(layout: IndexLayout) -> Iterator[None]:
    layout.root.mkdir(parents=True, exist_ok=True)
    with open(layout.lock, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise StoreError(f"index {layout.root}", "another ingest is writing to this index") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _parse_all(paths: Sequence[str | Path], summary: IngestSummary, limits: ParseLimits) -> list[tuple[Path, Transcript]]:
    parsed: list[tuple[Path, Transcript]] = []
    for path, skip_reason in expand_paths(paths):
        if skip_reason:
            summary.files.append(FileResult(str(path), "skipped", message=skip_reason))
            continue
        try:
            parsed.append((path, parse_file(path, limits)))
        except EmptyTranscriptError as exc:
            status: FileStatus = "warning" if exc.warning_only else "failed"
            summary.files.append(FileResult(str(path), status, message=str(exc)))
        except TranscriptError as exc:
            summary.files.append(FileResult(str(path), "failed", message=str(exc)))
    return parsed


def _check_model(manifest: dict[str, Any], model_id: str, layout: IndexLayout) -> None:
    built_with = manifest.get("embed_model")
    if built_with and built_with != model_id and manifest["documents"]:
        raise ConfigError(
            f"index {layout.root} was built with embedding model {built_with!r}, not {model_id!r}: "
            "vectors of two models cannot be mixed; use another --index or re-ingest into a new one"
        )
    manifest["embed_model"] = model_id


def rebuild_lexical(store: Any, layout: IndexLayout) -> LexicalIndex:
    """Rebuild BM25 and the chunk table (with its vectors) from what the store holds (the
    single source of truth)."""
    rows, vectors = [], {}
    for chunk, vector in store.iter_all(with_vectors=True):
        rows.append((chunk.id, chunk.text, chunk.metadata))
        vectors[chunk.id] = vector
    lexical = LexicalIndex.build(rows, vectors)
    lexical.save(layout.lexical)
    return lexical


def ingest_paths(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    embedder: Any = None,
    progress: ProgressFn | None = None,
) -> IngestSummary:
    """Ingest transcript files and folders into the index of ``settings``.

    Returns a summary; per-file failures are in ``summary.failed``, never raised. Raises
    `StoreError` if the index itself cannot be written and `ConfigError` if it was built with
    another embedding model.
    """
    from ingest.store import ChunkStore

    started = time.perf_counter()
    summary = IngestSummary()
    layout = IndexLayout(settings.index_dir)
    parsed = _parse_all(paths, summary, ParseLimits.from_settings(settings))
    with index_lock(layout):
        manifest = load_manifest(layout)
        if embedder is None:
            from ingest.embedder import load_embedder

            embedder = load_embedder(settings.embed_model)
        _check_model(manifest, embedder.model_id, layout)
        store = ChunkStore.open(settings.index_dir, settings.chroma_url, settings.collection)
        todo = _plan(parsed, manifest, summary)
        total = sum(len(chunks) for _, _, chunks, _ in todo)
        done = 0
        for path, transcript, chunks, digest in todo:
            _write_document(store, layout, manifest, path, transcript, chunks, digest, embedder, summary,
                            lambda n, base=done: progress and progress("embed", base + n, total))
            _drop_replaced(store, layout, manifest, path, transcript.id, summary)
            done += len(chunks)
        if todo or not (layout.lexical / VECTORS_FILE).exists():  # also upgrades an index from before vectors.npy
            if progress:
                progress("lexical", 0, 1)
            rebuild_lexical(store, layout)
    summary.elapsed_s = round(time.perf_counter() - started, 2)
    return summary


def _plan(parsed: list[tuple[Path, Transcript]], manifest: dict[str, Any], summary: IngestSummary) -> list[tuple]:
    """Decide per parsed document: unchanged (skip) or to be (re)written with its chunks."""
    todo, seen = [], set()
    for path, transcript in parsed:
        if transcript.id in seen:
            summary.files.append(FileResult(str(path), "skipped", transcript.id, "same debate as an earlier file"))
            continue
        seen.add(transcript.id)
        digest = content_hash(path)
        entry = manifest["documents"].get(transcript.id)
        summary.turns += len(transcript.turns)
        if entry and entry.get("complete") and entry.get("hash") == digest:
            summary.documents_unchanged += 1
            summary.chunks_unchanged += entry.get("chunks", 0)
            summary.files.append(FileResult(str(path), "unchanged", transcript.id))
            continue
        todo.append((path, transcript, chunk_transcript(transcript), digest))
    return todo


def _drop_replaced(store: Any, layout: IndexLayout, manifest: dict[str, Any], path: Path, doc_id: str,
                   summary: IngestSummary) -> None:
    """A file whose content changed so much that its transcript id changed (ids of files without
    a Kamerstuk number are content hashes) replaces the document it was before: same file, same
    debate. Runs after the new document is complete, so the file is never absent."""
    source = str(path.resolve())
    for old_id, entry in list(manifest["documents"].items()):
        if old_id != doc_id and entry.get("source_path") == source:
            old_ids = sorted(store.ids_of_document(old_id))
            store.delete_ids(old_ids)
            summary.chunks_removed += len(old_ids)
            del manifest["documents"][old_id]
            layout.transcript_file(old_id).unlink(missing_ok=True)
            save_manifest(layout, manifest)


def _write_document(store, layout, manifest, path, transcript, chunks, digest, embedder, summary, progress) -> None:
    """Embed and write one document; mark it complete in the manifest last.

    A changed document counts all its old chunks as removed and all new ones as added, even where
    an id is reused: the content behind the id may have changed.
    """
    existed = transcript.id in manifest["documents"]
    vectors = embedder.embed_passages([c.embed_text for c in chunks], progress=progress)
    old_ids = store.ids_of_document(transcript.id)
    store.upsert(chunks, vectors)
    stale = sorted(old_ids - {c.id for c in chunks})
    store.delete_ids(stale)
    save_transcript(layout, transcript)
    manifest["documents"][transcript.id] = {
        "title": transcript.title,
        "date": transcript.date,
        "source_format": transcript.source_format,
        "source_path": str(path.resolve()),
        "hash": digest,
        "turns": len(transcript.turns),
        "chunks": len(chunks),
        "speakers": sorted({t.speaker for t in transcript.turns}),
        "complete": True,
    }
    save_manifest(layout, manifest)
    summary.chunks_added += len(chunks)
    summary.chunks_removed += len(old_ids)
    if existed:
        summary.documents_updated += 1
    else:
        summary.documents_added += 1
    summary.files.append(FileResult(str(path), "updated" if existed else "added", transcript.id))
