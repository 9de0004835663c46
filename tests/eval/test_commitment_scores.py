"""The commitment finder against the hand labels (eval/commitments/): the figures reached must stay
reached, so a regression fails. Test split = the four debates issue 10 names; fresh split = debates
labelled blind after the rules were written and never tuned on (none since round 24, which moved the
last four to tuning); tuning split = the other labelled debates."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.commitment_scores import FRESH_DOCS, TEST_DOCS, TUNE_DOCS, load_labels, score_all

LAST_FRESH = ("ParlaMint-NL_2021-05-26-tweedekamer-9", "ParlaMint-NL_2021-09-29-tweedekamer-4",
              "ParlaMint-NL_2021-11-23-tweedekamer-15", "ParlaMint-NL_2022-02-17-tweedekamer-4")
"""The four debates of the fresh split until round 24 (7 December 2026), now tuning debates."""

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def report() -> dict:
    return score_all(REPO / "corpus")


def test_the_split_covers_every_labelled_debate_once() -> None:
    assert set(TEST_DOCS) | set(TUNE_DOCS) | set(FRESH_DOCS) == set(load_labels())
    assert len(TEST_DOCS) + len(TUNE_DOCS) + len(FRESH_DOCS) == len(load_labels())


def test_the_test_split_keeps_the_measured_precision_recall_and_deadline_accuracy(report: dict) -> None:
    # Precision floor lowered from 0.69 to 0.68 on 1 December 2026 (evening): measured 0.688 (22 right,
    # 10 wrong) where it was 0.690 (20 right, 9 wrong); recall rose from 0.57 to 0.63 in the same change.
    # 6 December 2026, round 8: 0.719 (23 right, 9 wrong); rounds 9 to 11 (probe sets in the spoken style):
    # 0.750 / 0.686 (24 right, 8 wrong, 11 missed); round 12: 0.774 / 0.686 (24 right, 7 wrong, 11 missed); round 13:
    # 0.781 / 0.714 (25 right, 7 wrong, 10 missed); 0.812 / 0.743 (26, 6, 9) from round 17 to 20; round 21 (present-tense
    # cues written from invented mini-debates): 0.788 / 0.743 (26 right, 7 wrong, 9 missed), one more wrong find.
    strict = report["splits"]["test"]["strict"]
    assert strict["precision"] >= 0.78 and strict["recall"] >= 0.71
    assert strict["deadline_accuracy"] >= 0.9  # 0.917 (11 of 12) since 4 December 2026: the 0.9 holds
    assert strict["list_recall"] >= 0.8 and strict["list_parse_recall"] >= 0.9


def test_the_tuning_split_keeps_its_figures(report: dict) -> None:
    # Measured 0.859 / 0.986 / 0.896 (list recall 0.891) after the third round, on twelve tuning debates.
    # 3 December 2026, fourth round, fifteen debates (three ParlaMint-NL plenaries added, 0.36 / 0.53 on them
    # unseen): 0.840 / 0.978 / 0.897 (89 right, 17 wrong, 2 missed). 4 December 2026, road maps, deadlines
    # beside the promise and talks counted only when dated or asked for: 0.899 / 0.978 / 0.966 (89 right, 10 wrong).
    # 6 December 2026, round 8, four fresh debates moved in: 0.862 / 0.949 with them before the round (94 right,
    # 15 wrong, 5 missed), 0.906 / 0.970 / 0.966 after it (96 right, 10 wrong, 3 missed). 7 December 2026, round 24, the last
    # four fresh debates moved in: 0.921 / 0.972 / 0.968 (105 right, 9 wrong, 3 missed).
    strict = report["splits"]["tune"]["strict"]
    assert strict["precision"] >= 0.9 and strict["recall"] >= 0.96 and strict["list_recall"] >= 0.89
    assert strict["list_parse_recall"] >= 0.96
    assert strict["deadline_accuracy"] >= 0.96


def test_the_plenaries_labelled_blind_keep_their_figures_after_they_were_tuned_on(report: dict) -> None:
    # The fresh split (ParlaMint-NL tweeminutendebatten, 3 December 2026): 0.60 / 0.60 strict on the first three
    # (3 right, 2 wrong, 2 missed), the same before and after the fourth round, which was tuned on other debates;
    # 0.56 / 0.77 (10 right, 8 wrong, 3 missed) with three more, labelled after the round; 0.50 / 0.71 (12 right,
    # 12 wrong, 5 missed) with two more labelled later that day (one of them an Eerste Kamer debate). 6 December
    # 2026, round 8: four of the eight moved to the tuning split; the four left 0.571 / 0.889 (8 right, 6 wrong,
    # 1 missed), the same before and after the round; 0.667 / 0.889 (8 right, 4 wrong) after round 9; 0.615 / 0.889 (8 right,
    # 5 wrong) after round 21, whose present-tense cues (written from invented mini-debates) found one more there.
    # 7 December 2026, round 24: those four moved to the tuning split too; 1.0 / 1.0 (9 right) after the round.
    moved = [report["debates"][doc]["strict"] for doc in LAST_FRESH]
    right, wrong, missed = (sum(figures[key] for figures in moved) for key in ("tp", "fp", "fn"))
    assert right / (right + wrong) >= 0.9 and right / (right + missed) >= 0.9


def test_the_debate_without_commitments_yields_none(report: dict) -> None:
    assert report["debates"]["ParlaMint-NL_2021-06-17-tweedekamer-7"]["strict"]["fp"] == 0


def test_the_english_sitting_yields_its_commitments(report: dict) -> None:
    strict = report["debates"]["ParlaMint-GB_2022-10-17-commons"]["strict"]
    assert strict["tp"] >= 3 and strict["fp"] == 0


def test_the_member_a_promise_was_made_to_is_right_for_nine_in_ten_found(report: dict) -> None:
    # Measured 2 December 2026 after the addressee rules (names without first names, earlier
    # paragraphs, "de rapporteur", a reply's interrupter): tune 0.945 (73), test 0.909 (22); before
    # them 0.740 and 0.773. 4 December, addressees named before the chair: tune 0.955.
    assert report["splits"]["tune"]["strict"]["addressee_accuracy"] >= 0.9
    assert report["splits"]["test"]["strict"]["addressee_accuracy"] >= 0.9


def test_the_chairs_items_are_linked_to_the_promise_they_record(report: dict) -> None:
    # Measured 2 December 2026 with the member's challenge read beside a promise that replies to it:
    # tune 0.698 (37 of 53), test 0.444 (4 of 9); 0.642 and 0.222 before. 3 December, finder round 5:
    # tune 0.679 (36), a new promise drew one MIRT item (`linking._COMMON` says what was tried).
    # 4 December: the chair's announced eighth item of Nationale fiscaliteit is now parsed, and not
    # linked: 36 of 54 = 0.667; then the item linked by its day and member (`commitments._same_day`): 37 = 0.685.
    # 7 December: the items read in the debate's order (`linking._in_debate_order`): 41 of 54 = 0.759.
    assert report["splits"]["tune"]["strict"]["link_accuracy"] >= 0.75
    assert report["splits"]["test"]["strict"]["link_accuracy"] >= 0.44


def test_what_was_said_about_the_chairs_items_is_read_with_them(report: dict) -> None:
    # Measured 3 December 2026, the labels' `corrected_by` found among the item's corrections: tune
    # 0.826 (19 of 23), test 0.6 (3 of 5). Two corrections of the tuning split are said after the
    # chair moved on; giving them to the item they name cost one on the test split (not adopted).
    assert report["splits"]["tune"]["strict"]["correction_recall"] >= 0.8
    assert report["splits"]["test"]["strict"]["correction_recall"] >= 0.6
