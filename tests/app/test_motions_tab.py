"""The Motions tab's table: every motion of the served index, filtered by words in any column,
sorted, shown as plain text, downloaded as the CSV of `debate motions --csv`."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from motion_samples import tweeminutendebat

from assistant.web.motions_tab import HEADERS, LAYOUT, MotionTable
from ingest.models import Transcript


class OneDebate:
    """The parts of the assistant the table reads, over one transcript; ``documents`` can change."""

    def __init__(self, transcript: Transcript) -> None:
        self._transcript = transcript
        self.rows: list[dict[str, Any]] = [{"id": transcript.id, "chunks": 1, "turns": len(transcript.turns)}]

    def documents(self) -> list[dict[str, Any]]:
        return self.rows

    def transcript(self, doc_id: str) -> Transcript | None:
        return self._transcript if doc_id == self._transcript.id else None


def _table() -> MotionTable:
    return MotionTable(OneDebate(tweeminutendebat()))  # type: ignore[arg-type]  # the two methods the table reads


def test_every_motion_is_a_row_with_its_view_who_gave_it_and_why() -> None:
    rows = {LAYOUT.cells(m)[2]: dict(zip(HEADERS, LAYOUT.row(m, "http://x"), strict=True)) for m in _table().all()}
    assert set(rows) == {"10", "11", "12", "13"}
    assert rows["10"]["Cabinet's view"] == "ontraden" and rows["10"]["Given by"].startswith("Smit (")
    assert "geen dekking" in rows["10"]["Reasons"] and rows["11"]["Submitted by"] == "Bakker, Visser"
    assert rows["13"]["Cabinet's view"] == "no view given" and rows["13"]["Given by"] == ""


def test_the_filter_keeps_rows_holding_every_word_and_the_sort_orders_by_number() -> None:
    table = _table()
    assert [m.number for m in table.select("ontraden", "Nr.", descending=False)] == ["10"]
    assert [m.number for m in table.select("bakker meldpunt", "Nr.", descending=False)] == ["11"]
    assert [m.number for m in table.select("", "Nr.", descending=True)] == ["13", "12", "11", "10"]
    assert table.select("nergens-te-vinden", "Date", descending=True) == []


def test_the_csv_holds_the_rows_shown_under_the_cli_columns() -> None:
    table = _table()
    path = Path(table.csv_file(table.select("Jansen", "Nr.", descending=False)))
    assert path.name == "motions.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert [r["number"] for r in rows] == ["10", "13"] and rows[0]["appreciation"] == "ontraden"


def test_the_rows_are_found_again_only_when_the_index_changes() -> None:
    source = OneDebate(tweeminutendebat())
    table = MotionTable(source)  # type: ignore[arg-type]
    first = table.all()
    assert table.all() == first and table._rows is not first  # a copy, from the kept rows
    kept = table._rows
    source.rows = [{**source.rows[0], "chunks": 2}]  # a new index generation
    assert table.all() == first and table._rows is not kept


def test_a_motion_links_to_the_turn_that_gives_the_view_with_its_reasons_marked() -> None:
    [motion] = [m for m in _table().all() if m.number == "10"]
    assert motion.turn_id is not None and motion.reasoning
    index = int(motion.turn_id.rsplit(":t", 1)[1])
    link = LAYOUT.row(motion, "http://x")[-1]
    assert link == (f"[t{index:04d}](http://x/transcript/{motion.doc_id}?turn={index}"
                    f"&quote={motion.reasoning_start}-{motion.reasoning_end}#turn-{index})")
