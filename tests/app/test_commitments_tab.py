"""The CSV behind the Commitments tab's "Download CSV": the rows one user is shown, never another
user's, and no files left behind when the table goes."""

from __future__ import annotations

import csv
import dataclasses
import gc
import io
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from assistant.structure.chair_list import Correction
from assistant.structure.commitments import Commitment
from assistant.web.commitments_tab import LAYOUT, CommitmentTable
from assistant.web.structure_table import KEPT_CSV_FILES


def _commitment(n: int) -> Commitment:
    return Commitment(speaker="Blok", role="minister", function="Minister van Veiligheid en Justitie", to="Kuiken",
                      quote=f"Ik stuur de Kamer brief {n} voor de zomer.", deadline_text="voor de zomer",
                      deadline="2017-06-21", doc_id="doc-1", doc_title="Mensenhandel", date="2017-02-16",
                      turn_id=f"doc-1:t{n:04d}", start=0, end=10, strength="explicit", source="finder")


def _table() -> CommitmentTable:
    return CommitmentTable(assistant=None)  # type: ignore[arg-type]  # csv_file never reads the index


def _quotes(path: str) -> list[str]:
    return [row["quote"] for row in csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8")))]


def test_two_selections_get_two_files_each_with_only_its_own_rows() -> None:
    table = _table()
    first, second = table.csv_file([_commitment(1)]), table.csv_file([_commitment(2), _commitment(3)])
    assert first != second
    assert _quotes(first) == ["Ik stuur de Kamer brief 1 voor de zomer."]
    assert _quotes(second) == ["Ik stuur de Kamer brief 2 voor de zomer.", "Ik stuur de Kamer brief 3 voor de zomer."]
    assert Path(first).name == Path(second).name == "commitments.csv"  # the name the user downloads


def test_concurrent_filters_each_get_the_rows_they_asked_for() -> None:
    table = _table()
    selections = [[_commitment(n)] for n in range(12)] * 4

    def write(rows: list[Commitment]) -> tuple[str, list[str]]:
        path = table.csv_file(rows)
        return rows[0].quote, _quotes(path)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results: list[Any] = list(pool.map(write, selections))
    assert all(quotes == [asked] for asked, quotes in results)


def test_old_files_are_pruned_and_the_folder_goes_with_the_table() -> None:
    table = _table()
    paths = [table.csv_file([_commitment(n)]) for n in range(KEPT_CSV_FILES + 5)]
    folder = Path(paths[-1]).parent.parent
    assert len(list(folder.iterdir())) == KEPT_CSV_FILES
    assert Path(paths[-1]).exists()
    del table
    gc.collect()
    assert not folder.exists()


def test_a_table_nobody_exported_from_makes_no_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A served app stopped by a signal runs no finalizer: only a table that wrote a CSV may leave
    its folder behind."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    table = _table()
    assert list(tmp_path.iterdir()) == []
    table.csv_file([_commitment(1)])
    assert [p.name.startswith("debate-commitments-") for p in tmp_path.iterdir()] == [True]


def test_what_was_said_about_a_list_item_is_shown_in_its_own_column_and_found_by_the_filter() -> None:
    corrections = (Correction("Van Toorenburg", "mp", "doc-1:t0090", 0, 31, "Ik zou het graag breder willen."),
                   Correction("Van Oosten", "chair", "doc-1:t0091", 0, 33, "Ik stel voor het te veralgemeniseren."))
    corrected = dataclasses.replace(_commitment(1), list_item=3, list_text="De minister zal ...",
                                    list_corrections=corrections)
    table = CommitmentTable(assistant=None)  # type: ignore[arg-type]
    table.all = lambda: [corrected, _commitment(2)]  # type: ignore[method-assign]  # the rows, without an index
    assert [c.quote for c in table.select("veralgemeniseren", None, True)] == [corrected.quote]
    cells = dict(zip(LAYOUT.headers, LAYOUT.row(corrected, "http://x"), strict=True))
    assert cells["Said about the list item"] == ("Van Toorenburg: Ik zou het graag breder willen. | "
                                                 "Van Oosten: Ik stel voor het te veralgemeniseren.")
    assert cells["Said about the list item"] in _csv_cells(table.csv_file([corrected]), "list_corrections")
    # the last cell opens the debate at the promise, the quote marked: the only Markdown of the row
    assert cells["Turn"] == "[t0001](http://x/transcript/doc-1?turn=1&quote=0-10#turn-1)"


def _csv_cells(path: str, column: str) -> list[str]:
    return [row[column] for row in csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8")))]
