"""The Commitments tab of the chat page: every commitment of the index as a table that can be
filtered (any words in any column), sorted (by date, debate, speaker, member or deadline, either
way) and downloaded as CSV (the rows shown, the columns of `debate commitments --csv`). The
table's machinery is `assistant.web.structure_table`."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.commitment_listing import (
    COLUMNS,
    CommitmentFilter,
    as_csv,
    corrections_cell,
    list_commitments,
)
from assistant.live import LiveAssistant
from assistant.service import Assistant
from assistant.structure.commitments import Commitment
from assistant.web.structure_table import (
    StructureTable,
    TableKind,
    TableLayout,
    TurnRef,
    build_table_tab,
)

HEADERS = ("Date", "Debate", "Speaker", "Function", "To", "Commitment", "In answer to", "Deadline (as spoken)",
           "Deadline", "Chair's list", "Said about the list item", "Turn")
SORTS: dict[str, Any] = {
    "Date": lambda c: (c.date or "", c.doc_id, c.turn_id, c.start),
    "Debate": lambda c: (c.doc_title.casefold(), c.turn_id, c.start),
    "Speaker": lambda c: (c.speaker.casefold(), c.date or "", c.turn_id),
    "To": lambda c: ((c.to or "").casefold(), c.date or "", c.turn_id),
    "Deadline": lambda c: (c.deadline or "9999", c.date or "", c.turn_id),
}

class CommitmentTable(StructureTable[Commitment]):
    """The commitments of the served index, recomputed when the index generation changes."""

    def __init__(self, assistant: Assistant | LiveAssistant) -> None:
        super().__init__(assistant, TableKind(
            rows_of=lambda ids: list_commitments(ids, assistant.transcript, CommitmentFilter(), assistant.commitments),
            searched=COLUMNS, sorts=SORTS, csv_of=as_csv, file_name="commitments.csv"))


def _cells(c: Commitment) -> list[str]:
    """One commitment as plain strings, in `HEADERS` order but the last (the link to its turn)."""
    return [c.date or "", c.doc_title, c.speaker, c.function or c.role, c.to or "", c.quote, c.asked or "",
            c.deadline_text or "", c.deadline or "", f"{c.list_item}. {c.list_text}" if c.list_item else "",
            corrections_cell(c)]


def _turn(c: Commitment) -> TurnRef:
    """The minister's turn (the chair's, for a list item no promise claims), the quote marked."""
    return c.turn_id, (c.start, c.end)


LAYOUT = TableLayout(headers=HEADERS, widths=("6%", "7%", "6%", "7%", "6%", "21%", "15%", "6%", "6%", "6%", "10%", "4%"),
                     cells=_cells, turn=_turn, noun="commitments", placeholder="e.g. Blok zomer brief", ids="da-c")


def build_commitments_tab(assistant: Assistant | LiveAssistant, tab: gr.Tab) -> None:
    """The tab's widgets and events, inside ``tab``; the table fills when the tab is opened."""
    build_table_tab(CommitmentTable(assistant), LAYOUT, tab)
