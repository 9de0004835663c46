"""What an ingest run will do, decided before anything is written: which files it reads, what each
parses to, and per document whether it is unchanged, refused or to be (re)written with its chunks.

Pure planning over the manifest (plus reading and parsing the files): `ingest.indexing` takes
the lock and does the writing. Every file's outcome goes into the run's `IngestSummary`, so a bad
file is reported with its path and reason and never stops the others (issue 11, finding 2).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from ingest.chunking import MAX_CHUNK_CHARS, chunk_transcript
from ingest.detect import parse_file
from ingest.errors import EmptyTranscriptError, NotASittingError, TranscriptError
from ingest.models import Chunk, Transcript
from ingest.parlamint_files import read_metadata_file
from ingest.parse_limits import ParseLimits

PIPELINE_VERSION = "2"
"""Bump when parsing or chunking changes the output, so re-ingest replaces old chunks."""

TRANSCRIPT_SUFFIXES = {".txt", ".xml", ".pdf"}

FileStatus = Literal["added", "updated", "unchanged", "warning", "failed", "skipped"]
logger = logging.getLogger(__name__)
@dataclass
class FileResult:
    path: str
    status: FileStatus
    doc_id: str | None = None
    message: str | None = None


@dataclass
class IngestSummary:
    """What an ingest did, for the terminal summary and ``--json``. ``repaired`` lists what the
    run found wrong with the index before it started (and mended); ``generation`` is the one it
    published, None if it changed nothing."""

    documents_added: int = 0
    documents_updated: int = 0
    documents_unchanged: int = 0
    turns: int = 0
    chunks_added: int = 0
    chunks_unchanged: int = 0
    chunks_removed: int = 0
    elapsed_s: float = 0.0
    files: list[FileResult] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    generation: str | None = None

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["files_failed"] = len(self.failed)
        data["files_skipped"] = sum(f.status == "skipped" for f in self.files)
        data["warnings"] = sum(f.status == "warning" for f in self.files)
        return data


@dataclass
class PlannedDocument:
    """A document to (re)write: its file, parsed transcript, chunks and content hash."""

    path: Path
    transcript: Transcript
    chunks: list[Chunk]
    digest: str


@dataclass
class IngestPlan:
    write: list[PlannedDocument] = field(default_factory=list)
    sources: list[tuple[str, str]] = field(default_factory=list)
    """(source path, doc id) of every document this run parsed and keeps: the basis for dropping
    a document its file used to be."""
    moved: dict[str, str] = field(default_factory=dict)
    """doc id -> its new source path, for a file moved with identical content."""


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


def content_hash(path: Path, metadata_digest: str = "") -> str:
    """Pipeline version, file bytes and (ParlaMint) the digest of the metadata used."""
    digest = hashlib.sha256(f"{PIPELINE_VERSION}:{MAX_CHUNK_CHARS}:".encode())
    digest.update(path.read_bytes() + metadata_digest.encode())
    return digest.hexdigest()


def unexpected_failure(path: Path, doing: str, exc: Exception) -> str:
    """A one-line reason for an exception no parser meant to raise: its type and message (the
    traceback goes to the debug log, not to the summary of every file)."""
    logger.debug("%s while %s %s", type(exc).__name__, doing, path, exc_info=exc)
    return f"{path}: unexpected {type(exc).__name__} while {doing}: {exc}"


def parse_all(paths: Sequence[str | Path], redo: dict[str, str], summary: IngestSummary,
               limits: ParseLimits, indexed: Sequence[str] = ()) -> list[tuple[Path, Transcript]]:
    """Parse every file named (and the source of every document a killed run left unfinished);
    a file that fails is recorded in ``summary`` and left out. ``indexed``: source paths of the
    documents in the index, for the ParlaMint sittings a metadata file re-parses."""
    files = list(expand_paths(paths))
    named = {path.resolve() for path, _ in files}

    def add(source: Path) -> None:
        if source.is_file() and source.resolve() not in named:
            files.append((source, None))
            named.add(source.resolve())

    for source in sorted(s for s in set(redo.values()) if s):
        add(Path(source))
    parsed: list[tuple[Path, Transcript]] = []
    for path, skip_reason in files:  # grows while it is walked: a corpus root adds its sittings
        if skip_reason:
            summary.files.append(FileResult(str(path), "skipped", message=skip_reason))
            continue
        try:
            parsed.append((path, parse_file(path, limits)))
        except NotASittingError as exc:  # a ParlaMint corpus root or list: metadata, not speech
            found = read_metadata_file(path, exc.kind, indexed)
            summary.files += [FileResult(str(path), "failed", message=p) for p in found.problems]
            if found.message:
                summary.files.append(FileResult(str(path), "skipped", message=found.message))
            for sitting in found.sources:
                add(sitting)
        except EmptyTranscriptError as exc:
            status: FileStatus = "warning" if exc.warning_only else "failed"
            summary.files.append(FileResult(str(path), status, message=str(exc)))
        except TranscriptError as exc:
            summary.files.append(FileResult(str(path), "failed", message=str(exc)))
        except Exception as exc:  # a parser bug must fail its file, not the run (issue 11, finding 2)
            summary.files.append(FileResult(str(path), "failed", message=unexpected_failure(path, "parsing", exc)))
    return parsed


def plan_documents(parsed: list[tuple[Path, Transcript]], manifest: dict[str, Any], summary: IngestSummary,
          force: set[str]) -> IngestPlan:
    """Decide per parsed document: unchanged (skip), refused, or to be (re)written with its
    chunks. ``force``: ids a killed run left unfinished, rewritten even if their hash matches."""
    plan, seen = IngestPlan(), dict[str, tuple[Path, str]]()
    for path, transcript in parsed:
        try:
            digest = content_hash(path, str(transcript.extra.get("metadata_digest") or ""))
            refusal = _refusal(path, transcript.id, digest, manifest, seen)
            if refusal:
                status: FileStatus = "skipped" if refusal[0] else "failed"
                summary.files.append(FileResult(str(path), status, transcript.id, refusal[1]))
                continue
            seen[transcript.id] = (path, digest)
            source = str(path.resolve())
            entry = manifest["documents"].get(transcript.id)
            if entry and entry.get("complete") and entry.get("hash") == digest and transcript.id not in force:
                if entry.get("source_path") != source and not Path(entry.get("source_path") or "").exists():
                    plan.moved[transcript.id] = source
                plan.sources.append((plan.moved.get(transcript.id, entry.get("source_path")), transcript.id))
                summary.turns += len(transcript.turns)
                summary.documents_unchanged += 1
                summary.chunks_unchanged += entry.get("chunks", 0)
                summary.files.append(FileResult(str(path), "unchanged", transcript.id))
                continue
            chunks = chunk_transcript(transcript)
        except Exception as exc:  # a chunker or hashing failure fails this file only (issue 11, finding 2)
            summary.files.append(FileResult(str(path), "failed", transcript.id, unexpected_failure(path, "chunking", exc)))
            continue
        summary.turns += len(transcript.turns)
        plan.write.append(PlannedDocument(path, transcript, chunks, digest))
        plan.sources.append((source, transcript.id))
    return plan


def _refusal(path: Path, doc_id: str, digest: str, manifest: dict[str, Any],
             seen: dict[str, tuple[Path, str]]) -> tuple[bool, str] | None:
    """Why ``path`` may not be ingested as ``doc_id``: (harmless, message), or None.

    Two files may not claim one id: ids come from file content, so a hostile or careless file
    could otherwise replace another debate. Harmless: a second copy with identical content in
    the same run (skipped). Refused: different content in the same run, or an id indexed from
    another file that still exists, unless the content is identical (a copy).
    """
    if doc_id in seen:
        first, first_digest = seen[doc_id]
        if first_digest == digest:
            return True, "same debate as an earlier file"
        return False, (f"{path}: document id {doc_id!r} is also claimed by {first}, with different content; "
                       "two files cannot share one id: only the first was ingested")
    entry = manifest["documents"].get(doc_id)
    indexed_from = (entry or {}).get("source_path")
    if not indexed_from or indexed_from == str(path.resolve()) or entry.get("hash") == digest:
        return None
    if Path(indexed_from).exists():
        return False, (f"{path}: document id {doc_id!r} is already indexed from {indexed_from}, with different "
                       "content; two files cannot share one id: remove or move that file first to replace it")
    return None


def replaced_documents(manifest: dict[str, Any], sources: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(old id, new id) for every complete document whose source file this run found holding
    another, complete document: its content changed so much that its id changed (ids of files
    without a Kamerstuk number are content hashes). Same file, same debate: the old one goes."""
    documents = manifest["documents"]
    pairs = []
    for source, doc_id in sources:
        new = documents.get(doc_id)
        if not (new and new.get("complete") and new.get("source_path") == source):
            continue
        pairs += [(old_id, doc_id) for old_id, old in documents.items()
                  if old_id != doc_id and old.get("source_path") == source]
    return sorted(set(pairs))
