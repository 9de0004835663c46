"""`debate ingest`: transcript files -> parsed turns -> chunks -> vectors in Chroma + BM25.

The policy that keeps an index trustworthy:

- **Idempotent.** A document is known by its transcript id; its content hash (file bytes plus
  parser/chunker versions) decides whether it is unchanged, and chunk ids are deterministic, so
  ingesting the same file twice writes nothing.
- **Replace, never duplicate.** A changed document's chunks are upserted first and only then are
  its chunks that no longer exist deleted: no moment without the document, no duplicates.
- **One generation, published last.** A run that changes anything stamps a new generation id on
  the manifest and the Chroma collection before its first write, rebuilds the lexical folder
  (BM25, chunk table, vectors) stamped with it, and writes ``generation.json`` last. A server
  polls `ingest.catalog.read_generation` and reloads when it changes.
- **Crash-safe.** The manifest marks a document *pending* before its chunks are written and
  complete (no longer pending) after its chunks and transcript (with its members' questions,
  `ingest.asked`) are. Every run first checks that
  the parts agree (`index_health`) and mends what a killed run left: pending or miscounted
  documents are re-ingested from their source file, chunks of unlisted documents are deleted,
  the lexical folder is rebuilt, and a new generation is published. A document that must be
  re-ingested but whose file is gone or no longer yields it is removed and reported as failed:
  an index never serves chunks its manifest cannot vouch for. Where the killed run had begun
  writing to Chroma, the mended collection is then written anew from its own rows
  (`ingest.store.ChunkStore.rebuild`: Chroma's search can lose live rows after a kill; 7 s for
  the sample corpus's 6,490 chunks).
- **ParlaMint metadata, in any order.** A sitting's hash includes the metadata found beside it;
  a corpus root brings its XIncluded sittings, and any metadata file re-reads the indexed
  sittings of its corpus beside it (`ingest.parlamint_files`).
- **Bad files never hurt good ones.** Any exception while parsing or planning a file fails that
  file alone, reported with its path and reason; nothing already indexed is touched for it.
- **One id, one source.** A document id already indexed from another file that still exists is
  refused, naming both files. The same file again, or a file moved or renamed (the old path is
  gone, or the content is identical), is fine.
- **One writer.** An exclusive lock on the index directory; Chroma is not process-safe. Temp
  files a killed run left are removed under that lock at the start of the next run.
"""

from __future__ import annotations

import fcntl
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ingest.asked import embed_asked, remove_asked, save_asked
from ingest.catalog import (
    IndexLayout,
    load_manifest,
    load_transcript,
    new_generation,
    remove_transcript,
    save_manifest,
    save_transcript,
    stray_transcripts,
    write_generation,
)
from ingest.durable import remove_leftovers
from ingest.errors import (
    ConfigError,
    StoreError,
)
from ingest.faults import armed, fault_point
from ingest.ingest_plan import (
    FileResult,
    IngestPlan,
    IngestSummary,
    PlannedDocument,
    parse_all,
    plan_documents,
    replaced_documents,
)
from ingest.integrity import IndexHealth, check_index
from ingest.lexical import LexicalIndex
from ingest.parse_limits import ParseLimits
from ingest.settings import Settings

ProgressFn = Callable[[str, int, int], None]
logger = logging.getLogger(__name__)


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


def _check_model(manifest: dict[str, Any], model_id: str, layout: IndexLayout) -> None:
    built_with = manifest.get("embed_model")
    if built_with and built_with != model_id and manifest["documents"]:
        raise ConfigError(
            f"index {layout.root} was built with embedding model {built_with!r}, not {model_id!r}: "
            "vectors of two models cannot be mixed; use another --index or re-ingest into a new one"
        )
    manifest["embed_model"] = model_id


def rebuild_lexical(store: Any, layout: IndexLayout, generation: str | None = None) -> LexicalIndex:
    """Rebuild BM25 and the chunk table (with its vectors) from what the store holds (the
    single source of truth), stamped with ``generation``."""
    rows, vectors = [], {}
    for chunk, vector in store.iter_all(with_vectors=True):
        rows.append((chunk.id, chunk.text, chunk.metadata))
        vectors[chunk.id] = vector
    lexical = LexicalIndex.build(rows, vectors, generation)
    lexical.save(layout.lexical)
    return lexical


def index_health(settings: Settings) -> IndexHealth:
    """Check that the index of ``settings`` agrees with itself; writes nothing, takes no lock.

    A server calls this at load: if ``health.ok`` is False (a killed ingest left the manifest,
    Chroma, BM25/vectors or ``generation.json`` disagreeing; ``health.problems`` says how), it
    calls `repair_index`, or, if another ingest holds the lock, keeps serving and waits for that
    run's new generation (`ingest.catalog.read_generation`). While an ingest is running its
    unpublished work shows here as problems; that is expected.

    Raises `StoreError` if Chroma or the manifest cannot be read.
    """
    from ingest.store import ChunkStore

    layout = IndexLayout(settings.index_dir)
    store = ChunkStore.open(settings.index_dir, settings.chroma_url, settings.collection)
    return check_index(layout, load_manifest(layout), store)


def repair_index(settings: Settings, *, embedder: Any = None, progress: ProgressFn | None = None) -> IngestSummary:
    """Mend the index of ``settings`` after an interrupted run and publish a new generation, as
    the start of every ingest does; a no-op (nothing written) when `index_health` is ok.

    Takes the ingest lock: raises `StoreError` if another ingest holds it. The embedding model
    (``embedder``, else the configured one) is loaded only if a document must be re-embedded.
    What could not be mended (a document whose source file is gone) is removed and listed in
    ``summary.failed``.
    """
    return ingest_paths([], settings, embedder=embedder, progress=progress)


def ingest_paths(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    embedder: Any = None,
    progress: ProgressFn | None = None,
) -> IngestSummary:
    """Ingest transcript files and folders into the index of ``settings``, mending first what
    an interrupted run left (see the module docstring).

    Returns a summary; per-file failures are in ``summary.failed``, never raised. Raises
    `StoreError` if the index itself cannot be written (or another ingest holds its lock) and
    `ConfigError` if it was built with another embedding model.
    """
    from ingest.store import ChunkStore

    started = time.perf_counter()
    summary = IngestSummary()
    layout = IndexLayout(settings.index_dir)
    with armed(settings.fault), index_lock(layout):
        _remove_leftovers(layout)
        manifest = load_manifest(layout)
        store = ChunkStore.open(settings.index_dir, settings.chroma_url, settings.collection)
        settled = store.settle_copy()
        health = check_index(layout, manifest, store)
        summary.repaired = [settled, *health.problems] if settled else list(health.problems)
        indexed = [e.get("source_path") or "" for e in manifest["documents"].values()]
        parsed = parse_all(paths, health.redo, summary, ParseLimits.from_settings(settings), indexed)
        plan = plan_documents(parsed, manifest, summary, force=set(health.redo))
        fault_point("after-parse")
        unasked = _unasked(layout, manifest, plan, health)
        if plan.write or plan.moved or unasked or not health.ok or replaced_documents(manifest, plan.sources):
            if plan.write or unasked:
                embedder = embedder or _load_embedder(settings)
                _check_model(manifest, embedder.model_id, layout)
            generation = _begin_generation(layout, manifest, store)
            _write_all(store, layout, manifest, plan, embedder, summary, progress)
            _write_asked(layout, unasked, embedder)
            _finish(store, layout, manifest, plan, health, summary, progress, generation)
    summary.elapsed_s = round(time.perf_counter() - started, 2)
    return summary


def _load_embedder(settings: Settings) -> Any:
    from ingest.embedder import load_embedder

    return load_embedder(settings.embed_model)


def _remove_leftovers(layout: IndexLayout) -> None:
    """Temp files and folders of a killed run: next to the manifest and lexical folder, and
    among the transcripts and their member questions."""
    ours = tuple(p.name for p in (layout.manifest, layout.generation, layout.lexical))
    for path in (remove_leftovers(layout.root, of=ours) + remove_leftovers(layout.transcripts)
                 + remove_leftovers(layout.asked)):
        logger.info("removed %s, left by an interrupted run", path)


def _begin_generation(layout: IndexLayout, manifest: dict[str, Any], store: Any) -> str:
    """Stamp a new generation on the manifest and Chroma before the first write of a run: from
    here until ``generation.json`` names it, every part disagrees with the published one."""
    generation = new_generation()
    manifest["generation"] = generation
    save_manifest(layout, manifest)
    store.set_generation(generation)
    fault_point("after-generation-begin")
    return generation


def _write_all(store: Any, layout: IndexLayout, manifest: dict[str, Any], plan: IngestPlan, embedder: Any,
               summary: IngestSummary, progress: ProgressFn | None) -> None:
    for doc_id, source in plan.moved.items():
        manifest["documents"][doc_id]["source_path"] = source
    if plan.moved:
        save_manifest(layout, manifest)
    total = sum(len(item.chunks) for item in plan.write)
    done = 0
    for item in plan.write:
        def embedded(n: int, base: int = done) -> None:
            if progress:
                progress("embed", base + n, total)

        _write_document(store, layout, manifest, item, embedder, summary, embedded)
        done += len(item.chunks)


def _unasked(layout: IndexLayout, manifest: dict[str, Any], plan: IngestPlan, health: IndexHealth) -> list[str]:
    """Complete documents this run does not rewrite that have no member questions stored
    (`ingest.asked`): an index written before they were. Embedding them costs seconds (the sample
    corpus: 1,208 sentences), re-ingesting the debates minutes."""
    written = {item.transcript.id for item in plan.write}
    return [doc_id for doc_id, entry in manifest["documents"].items()
            if entry.get("complete") and doc_id not in written and doc_id not in health.redo
            and not layout.asked_file(doc_id).exists()]


def _write_asked(layout: IndexLayout, doc_ids: Sequence[str], embedder: Any) -> None:
    """A stored transcript that cannot be read is left without them (it answers from its chunks,
    as before), not a reason to stop the ingest of other files; the next ingest tries again."""
    for doc_id in doc_ids:
        try:
            transcript = load_transcript(layout, doc_id)
        except StoreError as exc:
            logger.warning("%s: member questions not embedded: %s", doc_id, exc)
            continue
        if transcript is not None:
            save_asked(layout, doc_id, embed_asked(transcript, embedder))
    if doc_ids:
        logger.info("embedded the member questions of %d documents indexed before they were stored", len(doc_ids))


def _finish(store: Any, layout: IndexLayout, manifest: dict[str, Any], plan: IngestPlan, health: IndexHealth,
            summary: IngestSummary, progress: ProgressFn | None, generation: str) -> None:
    """After the writes: drop replaced and unmendable documents and orphan chunks, write Chroma
    anew if a killed run had written to it, rebuild the lexical folder and publish
    ``generation``."""
    for old_id, new_id in replaced_documents(manifest, plan.sources):
        _drop_document(store, layout, manifest, old_id, summary)
        logger.info("dropped %s: its file now holds %s", old_id, new_id)
    written = {item.transcript.id for item in plan.write}
    for doc_id, source in sorted(health.redo.items()):
        if doc_id in written or not (doc_id in manifest["documents"] or doc_id in manifest.get("pending", {})):
            continue
        _drop_document(store, layout, manifest, doc_id, summary)
        summary.files.append(FileResult(source or doc_id, "failed", doc_id,
                                        f"{source or doc_id}: document {doc_id!r} was left unfinished by an "
                                        "interrupted run and its file is gone or no longer holds it; removed"))
    complete = {d for d, e in manifest["documents"].items() if e.get("complete")}
    orphans = sorted(set(store.chunk_ids_by_document()) - complete)
    for doc_id in orphans:
        stale = sorted(store.ids_of_document(doc_id))
        store.delete_ids(stale)
        summary.chunks_removed += len(stale)
    fault_point("after-orphans-delete")
    for path in stray_transcripts(layout, complete):
        path.unlink(missing_ok=True)
    if health.chroma_interrupted:
        store.rebuild(checkpoint=fault_point)
    if progress:
        progress("lexical", 0, 1)
    lexical = rebuild_lexical(store, layout, generation)
    fault_point("after-lexical-save")
    write_generation(layout, generation, documents=len(complete), chunks=len(lexical.table))
    summary.generation = generation
    fault_point("after-generation-write")


def _drop_document(store: Any, layout: IndexLayout, manifest: dict[str, Any], doc_id: str,
                   summary: IngestSummary) -> None:
    """Remove a document: out of the manifest first, then its chunks and transcript, so a kill
    in between leaves only orphan chunks, which the next run deletes."""
    manifest["documents"].pop(doc_id, None)
    manifest.get("pending", {}).pop(doc_id, None)
    save_manifest(layout, manifest)
    fault_point("after-old-unlisted")
    old_ids = sorted(store.ids_of_document(doc_id))
    store.delete_ids(old_ids)
    summary.chunks_removed += len(old_ids)
    fault_point("after-old-chunks-delete")
    remove_transcript(layout, doc_id)
    remove_asked(layout, doc_id)


def _write_document(store: Any, layout: IndexLayout, manifest: dict[str, Any], item: PlannedDocument, embedder: Any,
                    summary: IngestSummary, progress: Callable[[int], Any]) -> None:
    """Embed and write one document: mark it pending, write chunks and transcript, then mark it
    complete (and no longer pending) in one manifest write.

    A changed document counts all its old chunks as removed and all new ones as added, even where
    an id is reused: the content behind the id may have changed.
    """
    transcript, chunks = item.transcript, item.chunks
    source = str(item.path.resolve())
    existed = transcript.id in manifest["documents"]
    vectors = embedder.embed_passages([c.embed_text for c in chunks], progress=progress)
    asked = embed_asked(transcript, embedder)
    manifest.setdefault("pending", {})[transcript.id] = source
    save_manifest(layout, manifest)
    fault_point("after-pending-mark")
    old_ids = store.ids_of_document(transcript.id)
    store.upsert(chunks, vectors)
    fault_point("after-chroma-upsert")
    store.delete_ids(sorted(old_ids - {c.id for c in chunks}))
    fault_point("after-stale-delete")
    save_transcript(layout, transcript)
    save_asked(layout, transcript.id, asked)
    fault_point("after-transcript-write")
    manifest["documents"][transcript.id] = {
        "title": transcript.title,
        "date": transcript.date,
        "source_format": transcript.source_format,
        "source_path": source,
        "hash": item.digest,
        "turns": len(transcript.turns),
        "chunks": len({c.id for c in chunks}),
        "speakers": sorted({t.speaker for t in transcript.turns}),
        "complete": True,
    }
    manifest["pending"].pop(transcript.id, None)
    save_manifest(layout, manifest)
    fault_point("after-manifest-complete")
    summary.chunks_added += len(chunks)
    summary.chunks_removed += len(old_ids)
    if existed:
        summary.documents_updated += 1
    else:
        summary.documents_added += 1
    summary.files.append(FileResult(str(item.path), "updated" if existed else "added", transcript.id))
