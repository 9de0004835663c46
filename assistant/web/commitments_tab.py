"""The Commitments tab of the chat page: every commitment of the index as a table that can be
filtered (any words in any column), sorted (by date, debate, speaker, member or deadline, either
way) and downloaded as CSV (the rows shown, the columns of `debate commitments --csv`).

The table is a Gradio Dataframe of plain-text cells (``datatype="str"``): transcript text is shown
as text, never as HTML or Markdown. Commitments are computed from the catalog when the tab opens,
once per index generation (`assistant.documents()` changes when a new generation is served).

The CSV of the rows shown is written before the user clicks "Download CSV" (a Gradio DownloadButton
serves the file it was last given), so every filter or sort writes one. Each is written as
``commitments.csv`` in a folder named by its content: two users filtering at once never get each other's rows.
(With one shared file they could: Gradio copies the file into its cache after the handler
returns, by which time another request may have overwritten it.) The folder keeps the newest `KEPT_CSV_FILES` and is removed
when the table goes (328 folders were left in /tmp by test runs before it was).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
import weakref
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.commitment_listing import COLUMNS, CommitmentFilter, as_csv, list_commitments
from assistant.live import LiveAssistant
from assistant.service import Assistant
from assistant.structure.commitments import Commitment

HEADERS = ("Date", "Debate", "Speaker", "Function", "To", "Commitment", "In answer to", "Deadline (as spoken)",
           "Deadline", "Chair's list", "Turn")
SORTS: dict[str, Any] = {
    "Date": lambda c: (c.date or "", c.doc_id, c.turn_id, c.start),
    "Debate": lambda c: (c.doc_title.casefold(), c.turn_id, c.start),
    "Speaker": lambda c: (c.speaker.casefold(), c.date or "", c.turn_id),
    "To": lambda c: ((c.to or "").casefold(), c.date or "", c.turn_id),
    "Deadline": lambda c: (c.deadline or "9999", c.date or "", c.turn_id),
}

KEPT_CSV_FILES = 32
"""CSV files kept in the table's folder; older ones are deleted. Gradio copies a returned file
into its own cache before it answers the request, so a file is needed only until then: 32 covers
32 filters typed in the same instant, far more than the chat's concurrency limit lets run."""


class CommitmentTable:
    """The commitments of the served index, recomputed when the index generation changes."""

    def __init__(self, assistant: Assistant | LiveAssistant) -> None:
        self.assistant = assistant
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._rows: list[Commitment] = []
        self._files_lock = threading.Lock()
        self._dir = Path(tempfile.mkdtemp(prefix="debate-commitments-"))
        weakref.finalize(self, shutil.rmtree, self._dir, ignore_errors=True)

    def all(self) -> list[Commitment]:
        documents = self.assistant.documents()
        key = tuple((row["id"], row.get("chunks"), row.get("turns")) for row in documents)
        with self._lock:
            if key != self._key:
                ids = [row["id"] for row in documents]
                self._rows = list_commitments(ids, self.assistant.transcript, CommitmentFilter(),
                                              self.assistant.commitments)
                self._key = key
            return list(self._rows)

    def select(self, words: str | None, sort: str | None, descending: bool) -> list[Commitment]:
        """The commitments holding every one of ``words`` (in any column), sorted."""
        wanted = (words or "").casefold().split()
        rows = [c for c in self.all() if all(w in _haystack(c) for w in wanted)]
        return sorted(rows, key=SORTS.get(sort or "Date", SORTS["Date"]), reverse=descending)

    def csv_file(self, rows: list[Commitment]) -> str:
        """The CSV of ``rows`` as ``commitments.csv`` in a folder of its own, named by the content and
        written whole (a rename): a concurrent request can neither change nor half-write it."""
        text = as_csv(rows)
        folder = self._dir / hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        path = folder / "commitments.csv"
        with self._files_lock:  # a prune never removes a folder being written
            folder.mkdir(exist_ok=True)
            partial = folder / ".commitments.csv.part"
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, path)
            self._prune()
        return str(path)

    def _prune(self) -> None:
        folders = sorted(self._dir.iterdir(), key=_modified, reverse=True)
        for old in folders[KEPT_CSV_FILES:]:
            shutil.rmtree(old, ignore_errors=True)


def _modified(folder: Path) -> float:
    return (folder / "commitments.csv").stat().st_mtime


def _haystack(c: Commitment) -> str:
    return " ".join(str(getattr(c, name) or "") for name in COLUMNS).casefold()


def table_rows(rows: list[Commitment]) -> list[list[str]]:
    """One row of plain strings per commitment, in `HEADERS` order."""
    return [[c.date or "", c.doc_title, c.speaker, c.function or c.role, c.to or "", c.quote, c.asked or "",
             c.deadline_text or "", c.deadline or "", f"{c.list_item}. {c.list_text}" if c.list_item else "", c.turn_id]
            for c in rows]


def build_commitments_tab(assistant: Assistant | LiveAssistant, tab: gr.Tab) -> None:
    """The tab's widgets and events, inside ``tab``; the table fills when the tab is opened."""
    table = CommitmentTable(assistant)
    with gr.Row():
        words = gr.Textbox(label="Filter", placeholder="e.g. Blok zomer brief", elem_id="da-c-filter", scale=3)
        sort = gr.Dropdown(list(SORTS), value="Date", label="Sort by", elem_id="da-c-sort", scale=1)
        descending = gr.Checkbox(value=True, label="Descending", elem_id="da-c-desc", scale=1)
        download = gr.DownloadButton("Download CSV", elem_id="da-c-csv", scale=1)
    count = gr.Markdown(elem_id="da-c-count")
    grid = gr.Dataframe(headers=list(HEADERS), datatype=["str"] * len(HEADERS), interactive=False, wrap=True,
                        elem_id="da-c-table", max_height=700, column_widths=["6%", "8%", "7%", "8%", "6%", "24%",
                                                                             "17%", "7%", "6%", "6%", "5%"])

    def refresh(words_: str | None, sort_: str | None, descending_: bool) -> tuple[Any, str, str]:
        rows = table.select(words_, sort_, descending_)
        return table_rows(rows), f"{len(rows)} commitments", table.csv_file(rows)

    inputs, outputs = [words, sort, descending], [grid, count, download]
    words.change(refresh, inputs, outputs)
    sort.change(refresh, inputs, outputs)
    descending.change(refresh, inputs, outputs)
    tab.select(refresh, inputs, outputs)

