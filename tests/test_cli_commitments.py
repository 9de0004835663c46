"""`debate commitments`: the ministers' promises of the indexed debates from the index's catalog,
as text, JSON or CSV, through the console entry point run in-process (`debate_cli`); bad filters
are errors, not silently empty lists."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from motion_samples import DOC_ID, build
from samples import catalog_only_index


def _index(root: Path) -> Path:
    """An index directory holding only the catalog of one debate in which the state secretary makes
    one dated promise to a member (all `debate commitments` reads)."""
    transcript = build([
        ("De Vries", "chair", "Het woord is aan mevrouw Jansen."),
        ("Jansen", "member", "Kan de staatssecretaris de Kamer informeren over de wachttijden?"),
        ("Smit", "state_secretary", "Dank u wel, voorzitter. Ik stuur de Kamer voor de zomer een brief over de "
                                    "wachttijden in het leerlingenvervoer."),
    ], [])
    return catalog_only_index(root, transcript)


def test_json_gives_who_promised_what_to_whom_and_by_when(tmp_path, debate_cli) -> None:
    done = debate_cli("commitments", "--index", str(_index(tmp_path)), "--json")
    assert done.returncode == 0, done.stderr
    [row] = json.loads(done.stdout)
    assert (row["speaker"], row["to"], row["doc_id"]) == ("Smit", "Jansen", DOC_ID)
    assert row["quote"].startswith("Ik stuur de Kamer voor de zomer een brief")
    assert row["deadline_text"] == "voor de zomer" and row["deadline"] is not None
    # the member's request it answers, from the member's own turn
    assert row["asked"] == "Kan de staatssecretaris de Kamer informeren over de wachttijden?"
    assert row["asked_turn_id"] == f"{DOC_ID}:t0001"


def test_text_shows_the_promise_with_the_request_it_answers(tmp_path, debate_cli) -> None:
    done = debate_cli("commitments", "--index", str(_index(tmp_path)))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("2") and "Smit" in lines[0] and "-> Jansen [voor de zomer" in lines[0]
    assert lines[3] == (f"  in answer to Jansen: “Kan de staatssecretaris de Kamer informeren over de wachttijden?” "
                        f"({DOC_ID}:t0001)")


def test_csv_has_the_same_rows_under_a_header(tmp_path, debate_cli) -> None:
    done = debate_cli("commitments", "--index", str(_index(tmp_path)), "--csv", "--doc", DOC_ID)
    assert done.returncode == 0, done.stderr
    [row] = list(csv.DictReader(io.StringIO(done.stdout)))
    assert row["speaker"] == "Smit" and row["turn_id"] == f"{DOC_ID}:t0002"


def test_filters_that_keep_nothing_say_so_in_text(tmp_path, debate_cli) -> None:
    done = debate_cli("commitments", "--index", str(_index(tmp_path)), "--since", "2030-01-01")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "No commitments found."


def test_due_before_keeps_those_whose_deadline_ends_before_the_day_and_overdue_is_due_before_today(
        tmp_path, debate_cli) -> None:
    index = str(_index(tmp_path))  # "voor de zomer" of a debate of 2025
    [row] = json.loads(debate_cli("commitments", "--index", index, "--json", "--due-before", "2030-01-01").stdout)
    assert row["deadline"] < "2030-01-01"
    assert debate_cli("commitments", "--index", index, "--due-before", "2020-01-01").stdout.strip() == "No commitments found."
    [overdue] = json.loads(debate_cli("commitments", "--index", index, "--json", "--overdue").stdout)
    assert overdue == row


def test_a_since_that_is_not_a_date_is_a_usage_error(tmp_path, debate_cli) -> None:
    done = debate_cli("commitments", "--index", str(_index(tmp_path)), "--since", "last-summer")
    assert done.returncode == 2
    assert "'last-summer' does not match" in done.stderr


def test_an_unknown_debate_is_an_error_naming_it(tmp_path, debate_cli) -> None:
    done = debate_cli("commitments", "--index", str(_index(tmp_path)), "--doc", "nope", "--json")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("Error: no indexed debate has the id 'nope'")


def _corrected_index(root: Path) -> Path:
    """One debate whose chair's list item is corrected by the member it was made to."""
    transcript = build([
        ("De Vries", "chair", "Het woord is aan mevrouw Jansen."),
        ("Jansen", "member", "Kan de staatssecretaris de Kamer informeren over de wachttijden?"),
        ("Smit", "state_secretary", "Ik stuur de Kamer voor de zomer een brief over de wachttijden in het leerlingenvervoer."),
        ("Bakker", "member", "Ik heb verder geen vragen."),
        ("De Vries", "chair", "Ik loop graag nog even de toezeggingen met u door.\nDe staatssecretaris stuurt de Kamer voor de "
                              "zomer een brief over de wachttijden in het leerlingenvervoer. Dit is een toezegging aan "
                              "mevrouw Jansen."),
        ("Jansen", "member", "Ik zou graag zien dat die brief ook over het speciaal onderwijs gaat."),
        ("De Vries", "chair", "Dan noteren we dat de brief ook over het speciaal onderwijs gaat. Ik sluit de vergadering."),
    ], [])
    return catalog_only_index(root, transcript)


def test_json_and_csv_carry_what_was_said_about_the_chairs_list_item(tmp_path, debate_cli) -> None:
    index = str(_corrected_index(tmp_path))
    done = debate_cli("commitments", "--index", index, "--json")
    assert done.returncode == 0, done.stderr
    [listed] = [row for row in json.loads(done.stdout) if row["list_item"] == 1]
    assert [(c["speaker"], c["role"], c["turn_id"]) for c in listed["list_corrections"]] == [
        ("Jansen", "member", f"{DOC_ID}:t0005"), ("De Vries", "chair", f"{DOC_ID}:t0006")]
    assert listed["list_corrections"][0]["text"] == "Ik zou graag zien dat die brief ook over het speciaal onderwijs gaat."
    done = debate_cli("commitments", "--index", index, "--csv")
    [row] = [row for row in csv.DictReader(io.StringIO(done.stdout)) if row["list_item"] == "1"]
    assert row["list_corrections"].startswith("Jansen: Ik zou graag zien dat die brief ook over het speciaal onderwijs gaat. | "
                                              "De Vries: Dan noteren we")


def test_text_shows_what_was_said_about_the_chairs_list_item_under_it(tmp_path, debate_cli) -> None:
    done = debate_cli("commitments", "--index", str(_corrected_index(tmp_path)))
    assert done.returncode == 0, done.stderr
    assert (f"\n    then Jansen: “Ik zou graag zien dat die brief ook over het speciaal onderwijs gaat.” ({DOC_ID}:t0005)\n"
            f"    then De Vries: “Dan noteren we dat de brief ook over het speciaal onderwijs gaat.” ({DOC_ID}:t0006)") in done.stdout
