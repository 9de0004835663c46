"""The Motions tab of the chat page: every motion of the index with the cabinet's view of it, as a
table that can be filtered (any words in any column), sorted (by date, debate, number, submitter
or view, either way) and downloaded as CSV (the rows shown, the columns of `debate motions --csv`).
It answers a clerk's "which motions were discussed, and what did the cabinet think of each" for
every debate at once; the table's machinery is `assistant.web.structure_table`."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.live import LiveAssistant
from assistant.service import Assistant
from assistant.structure.motion_listing import CSV_COLUMNS, as_csv, list_motions
from assistant.structure.motions import Motion
from assistant.web.structure_table import (
    StructureTable,
    TableKind,
    TableLayout,
    TurnRef,
    build_table_tab,
)

HEADERS = ("Date", "Debate", "Nr.", "Submitted by", "Subject", "Cabinet's view", "Given by", "Reasons", "Turn")


def _number(motion: Motion) -> tuple[int, str]:
    number = motion.number or ""
    return (int(number), "") if number.isdigit() else (-1, number)


SORTS: dict[str, Any] = {
    "Date": lambda m: (m.date or "", m.doc_id, _number(m)),
    "Debate": lambda m: (m.doc_title.casefold(), _number(m)),
    "Nr.": lambda m: (_number(m), m.date or ""),
    "Submitted by": lambda m: ((m.submitter or "").casefold(), m.date or "", _number(m)),
    "Cabinet's view": lambda m: (m.appreciation or "~", m.date or "", _number(m)),
}


class MotionTable(StructureTable[Motion]):
    """The motions of the served index, recomputed when the index generation changes."""

    def __init__(self, assistant: Assistant | LiveAssistant) -> None:
        super().__init__(assistant, TableKind(
            rows_of=lambda _ids: list_motions(assistant), searched=CSV_COLUMNS, sorts=SORTS, csv_of=as_csv,
            file_name="motions.csv"))


def _cells(m: Motion) -> list[str]:
    """One motion as plain strings, in `HEADERS` order but the last (the link to its turn); a motion
    only referred to says so."""
    view = m.appreciation or ("referred to" if m.mention == "referenced" else "no view given")
    given_by = f"{m.speaker} ({m.function or m.role})" if m.appreciation and m.speaker else ""
    submitters = ", ".join(n for n in (m.submitter, *m.co_submitters) if n)
    return [m.date or "", m.doc_title, m.number or "", submitters, m.subject or "", view, given_by,
            m.reasoning or ""]


def _turn(m: Motion) -> TurnRef | None:
    """The turn that gives the cabinet's view, its reasons marked (none for a motion only referred to)."""
    if m.turn_id is None:
        return None
    span = (m.reasoning_start, m.reasoning_end) if m.reasoning else None
    return m.turn_id, span


LAYOUT = TableLayout(headers=HEADERS, widths=("6%", "9%", "4%", "9%", "22%", "8%", "10%", "25%", "7%"),
                     cells=_cells, turn=_turn, noun="motions", placeholder="e.g. ontraden Israël", ids="da-m")


def build_motions_tab(assistant: Assistant | LiveAssistant, tab: gr.Tab) -> None:
    """The tab's widgets and events, inside ``tab``; the table fills when the tab is opened."""
    build_table_tab(MotionTable(assistant), LAYOUT, tab)
