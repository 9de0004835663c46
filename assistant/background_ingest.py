"""The first run: serve at once and index in the background (``debate serve --ingest corpus``).

Indexing the 17-debate sample corpus takes about five minutes on two cores; a new user should
see the chat at once, with the progress ("7 of 17 debates indexed"), and get answers from what is
indexed so far. So the server process runs the ingest in one background thread, one file per
`ingest_paths` call: each call commits its debate with a complete lexical index and a new
generation, and `LiveAssistant.refresh` swaps that generation in before the next file starts. The
price is one chunk-table rebuild per changed file (about a second at the sample corpus's size);
unchanged files cost only their parse and hash, so a second `make run` is serving its full index
within seconds.

Measured (``debate serve --ingest corpus`` into an empty index, 1 December 2026, load average 2-8
from other work on the 2 cores): the chat answered 14 s after the start (the model load), with
the first debate 20 s after it, and all 17 debates after 13 min 17 s. The server runs torch with
one thread (`app.one_torch_thread`), so the ingest embeds on one core and questions keep the other.

Chroma is not process-safe, so the ingest runs in the server's own process (one writer); the
server reads only the chunk table, the vectors file and the transcripts it loaded. An ingest in
another process is still locked out (`ingest.indexing.index_lock`): this thread then stops with
that message on the page.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.live import LiveAssistant
from ingest.errors import DebateError
from ingest.indexing import ingest_paths
from ingest.ingest_plan import expand_paths

log = logging.getLogger("debate.ingest")


@dataclass
class IngestProgress:
    """How far the background ingest is; read by the page and by answers' notices."""

    total: int = 0
    """Transcript files to go through."""
    done: int = 0
    """Files gone through, whatever their outcome."""
    indexed: int = 0
    """Debates served now (added, updated or unchanged)."""
    empty: int = 0
    """Files without speech (a report skeleton): not debates."""
    failed: list[str] = field(default_factory=list)
    running: bool = True
    error: str | None = None

    def message(self) -> str | None:
        """"Indexing: 7 of 17 debates indexed.", or why indexing stopped; None when done."""
        failed = f" ({len(self.failed)} could not be read)" if self.failed else ""
        if self.error:
            return f"Indexing stopped: {self.error}"
        if not self.running:
            return None
        if not self.total:
            return "Indexing: no transcript files were found to index."
        return f"Indexing: {self.indexed} of {self.total - self.empty} debates indexed{failed}."


class BackgroundIngest:
    """Ingest ``paths`` into ``live``'s index in a daemon thread, one file per commit."""

    def __init__(self, live: LiveAssistant, paths: Sequence[str | Path]) -> None:
        self.live = live
        self.files = [path for path, skip in expand_paths(paths) if skip is None]
        self.progress = IngestProgress(total=len(self.files))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="debate-background-ingest", daemon=True)
        live.progress = self.progress

    def start(self) -> BackgroundIngest:
        self._thread.start()
        return self

    def stop(self, timeout: float = 60) -> None:
        """Stop after the file being indexed (each file is committed whole or not at all)."""
        self._stop.set()
        self._thread.join(timeout=timeout)

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout=timeout)

    def _run(self) -> None:
        try:
            self._ingest_each()
        except DebateError as exc:  # the index itself (locked by another ingest, another model)
            self.progress.error = str(exc)
            log.warning("background ingest stopped: %s", exc)
        except Exception as exc:  # a bug must not pass silently: the page says so, the log has it
            self.progress.error = f"an unexpected {type(exc).__name__}; the server log has the details"
            log.exception("background ingest failed")
        finally:
            self.progress.running = False
            self.live.refresh()

    def _ingest_each(self) -> None:
        files = self.files
        log.info("indexing %d files in the background", len(files))
        for path in files:
            if self._stop.is_set():
                return
            summary = ingest_paths([path], self.live.settings, embedder=self.live.embedder)
            self.progress.failed += [f"{f.path}: {f.message}" for f in summary.failed]
            self.live.refresh()
            self.progress.indexed += sum(f.status in ("added", "updated", "unchanged") for f in summary.files)
            self.progress.empty += sum(f.status == "warning" for f in summary.files)
            self.progress.done += 1
        log.info("background ingest done: %d files, %d failed", len(files), len(self.progress.failed))
