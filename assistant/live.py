"""Serving while ingesting: the `Assistant` of an index's current generation, replaced whole when
an ingest commits a new one, without a restart.

An ingest writes transcripts, Chroma, BM25 and the vectors file first and
``<index>/generation.json`` last (`ingest.catalog.read_generation`). `LiveAssistant` reads that
id (one small file, at most once per `POLL_S`) and, when it changed, builds a complete new
`Assistant` in its watcher thread, off the request path: the chunk table, every transcript and the
document list are read once and checked against each other (each chunk must be the slice of its
turn that the table says it is), then one reference is swapped. A request calls `current()` once
and keeps that Assistant to its end, so it never mixes two generations, and quote offsets always
point into the transcript text they were computed from; an old generation is dropped when its
last request ends. The embedder (the 1 GB model) and the answer backend are shared by all.

An index from before generation files has no id: the stat (mtime, size, inode) of the manifest
and of the chunk table stands in for it (the manifest changes per document during a run, the
chunk table once at its end, so both are needed to see the end of a run). A build that finds the
files disagreeing (an ingest was writing while we read) is dropped and tried again when the id
changes next; the old generation keeps serving meanwhile. At load, an index that a killed ingest
left inconsistent is repaired first (`repair_at_load`), unless an ingest is running.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from assistant.models import Answer
from assistant.seams import Answerer, Embedder
from assistant.service import Assistant
from assistant.structure.commitments import Commitment, debate_commitments
from ingest.catalog import IndexLayout, list_documents, load_transcript, read_generation
from ingest.errors import StoreError
from ingest.lexical import ChunkTable, LexicalIndex
from ingest.models import Transcript
from ingest.settings import Settings

if TYPE_CHECKING:
    from assistant.background_ingest import IngestProgress

log = logging.getLogger("debate.live")

POLL_S = 1.0
"""How often the watcher reads the generation id. Reading the small JSON file takes ~20 µs, so
this costs nothing; it bounds how long after an ingest the new generation starts answering (plus
the build: ~1 s for the 17-debate sample corpus)."""


def generation_key(layout: IndexLayout) -> str | None:
    """The index's generation id; for an index without ``generation.json``, the stat of its
    manifest and chunk table. None when there is no index yet. Raises `StoreError` for an
    unreadable generation file."""
    generation = read_generation(layout)
    if generation is not None:
        return generation
    parts = []
    for path in (layout.manifest, layout.lexical / "chunks.json"):
        try:
            stat = path.stat()
        except FileNotFoundError:
            return None
        parts.append(f"{stat.st_ino}:{stat.st_mtime_ns}:{stat.st_size}")
    return "stat:" + "|".join(parts)


class GenerationMismatch(StoreError):
    """The index's parts disagree: an ingest is writing it, or one was interrupted."""


def _check_agreement(table: ChunkTable, transcripts: Mapping[str, Transcript], where: str) -> None:
    """Every chunk is the slice of its turn's text that the chunk table records: otherwise an
    ingest rewrote a transcript after the table was written, and quote offsets would point into
    the wrong text."""
    for row, meta in enumerate(table.metadatas):
        turn_id = str(meta.get("turn_id", ""))
        transcript = transcripts.get(str(meta.get("doc_id", "")))
        turn = transcript.turn(turn_id) if transcript is not None else None
        start = int(meta.get("start", 0))
        if turn is None or turn.id != turn_id or turn.text[start : start + len(table.texts[row])] != table.texts[row]:
            raise GenerationMismatch(where, f"chunk {table.ids[row]} does not match its transcript (an ingest "
                                            "is writing, or was interrupted: run `debate ingest` again)")


def open_generation(settings: Settings, embedder: Embedder, backend: Answerer | None = None) -> Assistant:
    """A complete `Assistant` over what the index holds now, with its transcripts and document
    list read once. Raises `StoreError` when there is no index or its parts disagree."""
    from ingest.store import ChunkStore

    layout = IndexLayout(settings.index_dir)
    where = f"index {settings.index_dir}"
    if not (layout.lexical / "chunks.json").exists():
        raise StoreError(where, "no index here yet; run `debate ingest corpus` first")
    lexical = LexicalIndex.load(layout.lexical)
    transcripts: dict[str, Transcript] = {}
    for doc_id in sorted({str(meta.get("doc_id", "")) for meta in lexical.table.metadatas}):
        transcript = load_transcript(layout, doc_id)
        if transcript is None:
            raise GenerationMismatch(where, f"debate {doc_id!r} is searchable but its transcript is missing")
        transcripts[doc_id] = transcript
    _check_agreement(lexical.table, transcripts, where)
    documents = [row for row in list_documents(layout) if row["id"] in transcripts]
    store = ChunkStore.open(settings.index_dir, settings.chroma_url, settings.collection)
    assistant = Assistant(settings, store, lexical, embedder, backend, catalog=(transcripts, documents))
    if len(lexical.table):
        assistant.retrieve("warm-up")  # builds the speaker directory and filter columns now, not in a request
    return assistant


def repair_at_load(settings: Settings, embedder: Embedder) -> bool:
    """Mend an index a killed ingest left inconsistent before serving it (`ingest.indexing.
    repair_index`), so that what `/api/documents` lists is also what search finds. Returns
    whether a repair ran. When another ingest holds the lock its own start repairs the index,
    and its new generation is picked up by the watcher: the server starts on what is there."""
    from ingest.indexing import index_health, repair_index

    health = index_health(settings)
    if health.ok:
        return False
    log.warning("index %s is inconsistent (%s); repairing it before serving",
                settings.index_dir, "; ".join(health.problems[:3]))
    try:
        summary = repair_index(settings, embedder=embedder)
    except StoreError as exc:  # an ingest is running: it repairs, the watcher follows
        log.warning("not repaired at load: %s", exc)
        return False
    for failed in summary.failed:
        log.warning("removed while repairing: %s", failed.message)
    return True


class LiveAssistant:
    """The current generation's `Assistant`, behind the surface the web layer calls (`ask`,
    `stream`, `documents`, `transcript`, `speakers`). Each call takes `current()` once, so a
    request that makes one call sees one generation. Thread-safe."""

    def __init__(self, settings: Settings, embedder: Embedder, backend: Answerer | None = None, poll_s: float = POLL_S) -> None:
        self.settings = settings
        self.layout = IndexLayout(settings.index_dir)
        self.embedder = embedder
        self.backend = backend
        self.poll_s = poll_s
        self.progress: IngestProgress | None = None
        """Set while a background ingest fills this index (`assistant.background_ingest`)."""
        self._current: Assistant | None = None
        self._generation: str | None = None
        self._tried: str | None = None
        self._refreshing = threading.Lock()
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None, require_index: bool = True) -> LiveAssistant:
        """Load the model, the backend and the index's current generation. Raises `StoreError`
        when there is no usable index, unless ``require_index`` is False (a background ingest
        is about to fill it)."""
        from assistant.backends import load_backend

        if embedder is None:
            from ingest.embedder import load_embedder

            embedder = load_embedder(settings.embed_model)
            embedder.embed_queries(["warm-up"])  # the first user should not pay for lazy init
        live = cls(settings, embedder, load_backend(settings))
        if not require_index:
            live.refresh()
            return live
        generation = generation_key(live.layout)
        if generation is None:
            raise StoreError(f"index {settings.index_dir}", "no index here yet; run `debate ingest corpus` first")
        if repair_at_load(settings, embedder):
            generation = generation_key(live.layout) or generation
        try:
            live._swap(open_generation(settings, embedder, live.backend), generation)
        except GenerationMismatch as exc:  # an ingest is writing: serve its generation when it commits
            live._tried = generation
            log.warning("not serving yet: %s", exc)
        return live

    # -- generations ----------------------------------------------------------------------------

    def current(self) -> Assistant | None:
        """The Assistant of the newest complete generation (None before the first one)."""
        return self._current

    @property
    def generation(self) -> str | None:
        return self._generation

    def _swap(self, assistant: Assistant, generation: str | None) -> None:
        self._current, self._generation, self._tried = assistant, generation, generation
        log.info("serving index generation %s: %d documents", generation, len(assistant.documents()))

    def refresh(self) -> bool:
        """Read the generation id once; when it is new, build its Assistant and swap it in.
        Returns True when a new generation now answers. Never raises: a generation that cannot
        be loaded is logged and the current one keeps serving."""
        with self._refreshing:
            try:
                generation = generation_key(self.layout)
                if generation is None or generation in (self._generation, self._tried):
                    return False
                self._tried = generation
                assistant = open_generation(self.settings, self.embedder, self.backend)
                if generation_key(self.layout) != generation:  # an ingest committed meanwhile: read again
                    self._tried = None
                    return False
            except StoreError as exc:
                log.warning("index generation %s not loaded: %s", self._tried, exc)
                return False
            self._swap(assistant, generation)
            return True

    def start(self) -> None:
        """Watch the generation id in a daemon thread until `stop`."""
        if self._watcher is not None:
            return
        self._stop.clear()
        self._watcher = threading.Thread(target=self._watch, name="debate-generation-watch", daemon=True)
        self._watcher.start()

    def stop(self) -> None:
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout=30)
            self._watcher = None

    def _watch(self) -> None:
        while not self._stop.wait(self.poll_s):
            try:
                self.refresh()
            except Exception:  # the watcher must outlive a bug in one build; the log has it
                log.exception("reloading the index failed")

    # -- the Assistant's surface ------------------------------------------------------------------

    def stream(self, question: str, history: Sequence[Any] | None = None,
               filters: Mapping[str, Any] | None = None) -> Iterator[str | Answer]:
        """`Assistant.stream` of the current generation; while nothing is indexed yet, one
        answer that says how far indexing is."""
        assistant = self.current()
        if assistant is None:
            answer = self._nothing_indexed(question)
            yield answer.answer
            yield answer
            return
        notice = self._indexing_notice(assistant)
        for item in assistant.stream(question, history, filters):
            yield _noted(item, notice) if isinstance(item, Answer) else item

    def ask(self, question: str, history: Sequence[Any] | None = None,
            filters: Mapping[str, Any] | None = None) -> Answer:
        answer = None
        for item in self.stream(question, history, filters):
            if isinstance(item, Answer):
                answer = item
        assert answer is not None
        return answer

    def documents(self) -> list[dict[str, Any]]:
        assistant = self.current()
        return assistant.documents() if assistant is not None else []

    def transcript(self, doc_id: str) -> Transcript | None:
        assistant = self.current()
        return assistant.transcript(doc_id) if assistant is not None else None

    def commitments(self, transcript: Transcript) -> Sequence[Commitment]:
        """The debate's commitments, kept by the current generation's assistant (`FoundCommitments`)."""
        assistant = self.current()
        return assistant.commitments(transcript) if assistant is not None else debate_commitments(transcript)

    def speakers(self) -> list[dict[str, Any]]:
        assistant = self.current()
        return assistant.speakers() if assistant is not None else []

    def status(self) -> str | None:
        """A line for the page while indexing runs or has stopped on an error; None otherwise."""
        if self.progress is None:
            return None
        return self.progress.message()

    def _indexing_notice(self, assistant: Assistant) -> str | None:
        if self.progress is None or not self.progress.running:
            return None
        return f"{self.progress.message()} Answers come from the debates indexed so far."

    def _nothing_indexed(self, question: str) -> Answer:
        status = self.status()
        text = (f"{status} Nothing can be answered until the first debate is indexed; please ask again in a minute."
                if status else "The index is being updated; nothing can be answered until that is complete. "
                "Please ask again in a minute.")
        return Answer(question=question, answer=text, answerable=False, language="en", backend="indexing")


def _noted(answer: Answer, notice: str | None) -> Answer:
    if not notice:
        return answer
    return dataclasses.replace(answer, notice=f"{answer.notice} {notice}" if answer.notice else notice)

