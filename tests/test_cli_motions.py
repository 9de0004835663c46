"""`debate motions`: the motions of the indexed debates from the index's catalog, as text or
JSON, through the console entry point run in-process (`debate_cli`)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from motion_samples import DOC_ID, tweeminutendebat
from samples import catalog_only_index


def _index(root: Path) -> Path:
    """An index directory holding only the catalog of one debate (all `debate motions` reads)."""
    return catalog_only_index(root, tweeminutendebat())


def test_motions_json_lists_number_submitter_appreciation_and_the_cabinet_turn(tmp_path, debate_cli) -> None:
    done = debate_cli("motions", "--index", str(_index(tmp_path)), "--json")
    assert done.returncode == 0, done.stderr
    motions = {m["number"]: m for m in json.loads(done.stdout)}
    assert motions["10"]["appreciation"] == "ontraden" and motions["10"]["submitter"] == "Jansen"
    assert motions["10"]["speaker"] == "Smit" and motions["10"]["turn_id"] == f"{DOC_ID}:t0004"
    assert motions["11"]["co_submitters"] == ["Visser"]


def test_motions_csv_has_a_row_per_motion_with_the_view_whose_words_and_why(tmp_path, debate_cli) -> None:
    done = debate_cli("motions", "--index", str(_index(tmp_path)), "--csv")
    assert done.returncode == 0, done.stderr
    rows = {row["number"]: row for row in csv.DictReader(io.StringIO(done.stdout))}
    assert set(rows) == {"10", "11", "12", "13"}
    assert (rows["10"]["appreciation"], rows["10"]["speaker"], rows["10"]["submitter"]) == ("ontraden", "Smit", "Jansen")
    assert "geen dekking" in rows["10"]["reasoning"] and rows["11"]["co_submitters"] == "Visser"
    assert rows["13"]["appreciation"] == ""


def test_motions_text_shows_one_line_per_motion_under_its_debate(tmp_path, debate_cli) -> None:
    done = debate_cli("motions", "--index", str(_index(tmp_path)), "--doc", DOC_ID)
    assert done.returncode == 0, done.stderr
    assert "nr. 10 (Jansen) ontraden by Smit: gratis vervoer voor alle leerlingen" in done.stdout
    assert "nr. 13 (Jansen) no appreciation" in done.stdout


def test_an_unknown_debate_is_an_error_naming_it(tmp_path, debate_cli) -> None:
    done = debate_cli("motions", "--index", str(_index(tmp_path)), "--doc", "nope")
    assert done.returncode == 1
    assert done.stderr.startswith("Error: no indexed debate has the id 'nope'")
