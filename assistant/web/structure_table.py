"""A tab of the chat page that shows one kind of debate structure (commitments, motions) of the
whole index as a table: filtered (any words in any column), sorted (by the columns it names, either
way) and downloaded as CSV (the rows shown). `commitments_tab` and `motions_tab` say what rows,
columns and sorts; this module holds what they share.

The table is a Gradio Dataframe of plain-text cells (``datatype="str"``): transcript text is shown
as text, never as HTML or Markdown. Rows are computed from the catalog when the tab opens, once per
index generation (`assistant.documents()` changes when a new generation is served).

The CSV of the rows shown is written before the user clicks "Download CSV" (a Gradio DownloadButton
serves the file it was last given), so every filter or sort writes one. Each is written under the
tab's file name in a folder named by its content: two users filtering at once never get each
other's rows. (With one shared file they could: Gradio copies the file into its cache after the
handler returns, by which time another request may have overwritten it.) The folder keeps the
newest `KEPT_CSV_FILES` and is removed when the table goes (328 folders were left in /tmp by test
runs before it was).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Literal, Protocol, TypeVar

import gradio as gr

from assistant.web.render import base_url, turn_link_markdown

Row = TypeVar("Row")

KEPT_CSV_FILES = 32
"""CSV files kept in the table's folder; older ones are deleted. Gradio copies a returned file
into its own cache before it answers the request, so a file is needed only until then: 32 covers
32 filters typed in the same instant, far more than the chat's concurrency limit lets run."""


class Documents(Protocol):
    """The part of the assistant a table reads: the served index's documents."""

    def documents(self) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class TableKind(Generic[Row]):
    """What one tab shows. ``rows_of`` finds the rows of the debates whose ids it is given;
    ``searched`` are the row fields the filter looks in; ``sorts`` the sort keys by name (the first
    is the default); ``csv_of`` writes rows as CSV, saved as ``file_name``."""

    rows_of: Callable[[list[str]], list[Row]]
    searched: Sequence[str]
    sorts: Mapping[str, Callable[[Row], Any]]
    csv_of: Callable[[list[Row]], str]
    file_name: str


class StructureTable(Generic[Row]):
    """The rows of the served index, recomputed when the index generation changes."""

    def __init__(self, assistant: Documents, kind: TableKind[Row]) -> None:
        self.assistant = assistant
        self.kind = kind
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._rows: list[Row] = []
        self._files_lock = threading.Lock()
        self._folder: Path | None = None

    def _csv_folder(self) -> Path:
        """The folder of this table's CSV files, made at the first export: a served app that is
        killed (SIGTERM runs no finalizer) leaves a folder behind only if someone exported. Called
        under ``_files_lock``."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix=f"debate-{Path(self.kind.file_name).stem}-"))
            weakref.finalize(self, shutil.rmtree, self._folder, ignore_errors=True)
        return self._folder

    def all(self) -> list[Row]:
        documents = self.assistant.documents()
        key = tuple((row["id"], row.get("chunks"), row.get("turns")) for row in documents)
        with self._lock:
            if key != self._key:
                self._rows = self.kind.rows_of([row["id"] for row in documents])
                self._key = key
            return list(self._rows)

    def select(self, words: str | None, sort: str | None, descending: bool) -> list[Row]:
        """The rows holding every one of ``words`` (in any searched field), sorted."""
        wanted = (words or "").casefold().split()
        rows = [row for row in self.all() if all(w in self._haystack(row) for w in wanted)]
        default = next(iter(self.kind.sorts))
        return sorted(rows, key=self.kind.sorts.get(sort or default, self.kind.sorts[default]), reverse=descending)

    def _haystack(self, row: Row) -> str:
        return " ".join(_text(getattr(row, name)) for name in self.kind.searched).casefold()

    def csv_file(self, rows: list[Row]) -> str:
        """The CSV of ``rows`` under the tab's file name in a folder of its own, named by the content
        and written whole (a rename): a concurrent request can neither change nor half-write it."""
        text = self.kind.csv_of(rows)
        with self._files_lock:  # a prune never removes a folder being written
            root = self._csv_folder()
            folder = root / hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
            path = folder / self.kind.file_name
            folder.mkdir(exist_ok=True)
            partial = folder / f".{self.kind.file_name}.part"
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, path)
            self._prune(root)
        return str(path)

    def _prune(self, root: Path) -> None:
        folders = sorted(root.iterdir(), key=lambda folder: (folder / self.kind.file_name).stat().st_mtime,
                         reverse=True)
        for old in folders[KEPT_CSV_FILES:]:
            shutil.rmtree(old, ignore_errors=True)


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    return "" if value is None else str(value)


TurnRef = tuple[str, "tuple[int, int] | None"]
"""(turn id, the quoted span of the turn or None): where a row's words were said."""


@dataclass(frozen=True)
class TableLayout(Generic[Row]):
    """How a tab shows its rows: column headers and widths, the cells of a row (plain text, every
    column but the last), the turn the last column links to (`TurnRef`, or None), the word the count
    names ("12 commitments"), a filter example, and the prefix of its element ids (``da-c`` gives
    ``#da-c-filter``, ``#da-c-table``, ...).

    The last column is a link that opens the debate at the turn, with the quote marked, as a
    citation card does: a row is checked against the transcript in one click. It is the only
    column rendered as Markdown, and holds only ids (`render.turn_link_markdown`); every other cell
    is plain text, so transcript text can never become markup."""

    headers: Sequence[str]
    widths: Sequence[str]
    cells: Callable[[Row], list[str]]
    turn: Callable[[Row], TurnRef | None]
    noun: str
    placeholder: str
    ids: str

    def row(self, row: Row, base: str) -> list[str]:
        """The row's cells as the table shows them: its plain cells, then the link to its turn."""
        ref = self.turn(row)
        return [*self.cells(row), turn_link_markdown(base, *ref) if ref is not None else ""]


def build_table_tab(table: StructureTable[Row], layout: TableLayout[Row], tab: gr.Tab) -> None:
    """The tab's widgets and events, inside ``tab``; the table fills when the tab is opened."""
    with gr.Row():
        words = gr.Textbox(label="Filter", placeholder=layout.placeholder, elem_id=f"{layout.ids}-filter", scale=3)
        sort = gr.Dropdown(list(table.kind.sorts), value=next(iter(table.kind.sorts)), label="Sort by",
                           elem_id=f"{layout.ids}-sort", scale=1)
        descending = gr.Checkbox(value=True, label="Descending", elem_id=f"{layout.ids}-desc", scale=1)
        download = gr.DownloadButton("Download CSV", elem_id=f"{layout.ids}-csv", scale=1)
    count = gr.Markdown(elem_id=f"{layout.ids}-count")
    plain: list[Literal["str", "markdown"]] = ["str"] * (len(layout.headers) - 1)
    grid = gr.Dataframe(headers=list(layout.headers), datatype=[*plain, "markdown"],  # the last column links
                        interactive=False, wrap=True, elem_id=f"{layout.ids}-table", elem_classes=["da-structure-table"],
                        max_height=700, column_widths=list(layout.widths))

    def refresh(words_: str | None, sort_: str | None, descending_: bool, request: gr.Request) -> tuple[Any, str, str]:
        rows = table.select(words_, sort_, descending_)
        base = base_url(request, "/")
        return [layout.row(row, base) for row in rows], f"{len(rows)} {layout.noun}", table.csv_file(rows)

    inputs, outputs = [words, sort, descending], [grid, count, download]
    words.change(refresh, inputs, outputs)
    sort.change(refresh, inputs, outputs)
    descending.change(refresh, inputs, outputs)
    tab.select(refresh, inputs, outputs)
