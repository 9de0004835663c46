"""The mini-debates (eval/commitments/probes/debates-*.jsonl): well formed, scored as the labelled
debates are (a later saying matches its promise, a repeat left unfolded is wrong), and the finder's
figures on them kept."""

from __future__ import annotations

from typing import Any

import pytest

from eval.commitment_debate_probes import debate_probe_sets, score_debate_probe
from eval.commitment_probes import load_probes, score_probes

SETS = {path.stem: load_probes(path) for path in debate_probe_sets()}
DEBATES = [debate for debates in SETS.values() for debate in debates]


@pytest.mark.parametrize("debate", DEBATES, ids=[d["id"] for d in DEBATES])
def test_every_quote_of_a_mini_debate_is_verbatim_in_its_turn(debate: dict[str, Any]) -> None:
    turns = debate["turns"]
    assert all(turn["role"] in ("chair", "member", "minister", "staatssecretaris") for turn in turns)
    for label in debate["commitments"]:
        assert turns[label["turn"]]["role"] in ("minister", "staatssecretaris")
        for ref in (label, *label.get("also_in", [])):
            assert ref["quote"] in turns[ref["turn"]]["text"]
    for look in debate["lookalikes"]:
        assert look["quote"] in turns[look["turn"]]["text"]


def test_there_are_thirty_three_sets_with_unique_ids() -> None:
    assert list(SETS) == [f"debates-{n}" for n in range(1, 34)]
    assert [len(debates) for debates in SETS.values()] == [30] * 11 + [20] * 4 + [12] * 18
    assert len({d["id"] for d in DEBATES}) == len(DEBATES)


def _debate(*minister_turns: str, labels: list[dict[str, Any]]) -> dict[str, Any]:
    turns: list[dict[str, Any]] = [{"speaker": "Bos", "role": "chair", "text": "Het woord is aan de heer Brink."}]
    for text in minister_turns:
        turns += [{"speaker": "Brink", "role": "member", "party": "CDA", "text": "Wanneer komt die brief?"},
                  {"speaker": "Tieman", "role": "minister", "function": "minister van Infrastructuur en Waterstaat", "text": text}]
    return {"id": "x01", "turns": turns, "commitments": labels, "lookalikes": []}


PROMISE = "Ik stuur u voor de zomer een brief over de sluizen."
LABEL = {"turn": 2, "quote": PROMISE, "rule": "I1", "strict": True, "to": "Brink", "deadline_text": "voor de zomer"}


def test_a_promise_found_is_right_and_a_later_saying_it_does_not_fold_is_wrong() -> None:
    once = score_debate_probe(_debate(PROMISE, labels=[LABEL]))
    assert (once.tp, once.fp, once.fn, once.deadline_ok) == (1, 0, 0, 1)
    again = "Ik heb u al gezegd dat ik u een brief stuur over de sluizen, en die stuur ik u voor de zomer."
    unfolded = score_debate_probe(_debate(PROMISE, "Ik stuur u voor 1 juli een brief over de bruggen.", labels=[LABEL]))
    assert (unfolded.tp, unfolded.fp) == (1, 1)
    assert score_debate_probe(_debate("Dat is een goede vraag.", again, labels=[{**LABEL, "turn": 4, "quote": again}])).fn == 1


def test_a_record_of_a_later_saying_matches_the_promise_and_a_borderline_one_counts_neither_way() -> None:
    later = {**LABEL, "turn": 2, "quote": "Dat is een goede vraag.", "also_in": [{"turn": 4, "quote": PROMISE}]}
    counts = score_debate_probe(_debate("Dat is een goede vraag.", PROMISE, labels=[later]))
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 0)
    borderline = score_debate_probe(_debate(PROMISE, labels=[{**LABEL, "rule": "I3", "strict": False}]))
    assert (borderline.tp, borderline.fp, borderline.fn) == (0, 0, 0)


@pytest.mark.parametrize(("name", "precision", "recall"), [("debates-1", 0.87, 0.95), ("debates-2", 0.91, 0.99),
                                                          ("debates-3", 0.89, 0.91), ("debates-4", 0.93, 0.97),
                                                          ("debates-5", 0.91, 0.99), ("debates-6", 0.86, 0.97),
                                                          ("debates-7", 0.98, 0.94), ("debates-8", 0.93, 0.98),
                                                          ("debates-9", 0.73, 0.80), ("debates-10", 0.92, 0.91),
                                                          ("debates-11", 0.85, 0.79), ("debates-12", 0.98, 0.81),
                                                          ("debates-13", 0.91, 0.80), ("debates-14", 0.95, 0.65),
                                                          ("debates-15", 0.94, 0.69), ("debates-16", 0.96, 0.93),
                                                          ("debates-17", 0.99, 0.97), ("debates-18", 0.72, 0.70),
                                                          ("debates-19", 0.84, 0.94), ("debates-20", 0.93, 0.96),
                                                          ("debates-21", 0.81, 0.88), ("debates-22", 0.86, 0.88),
                                                          ("debates-23", 0.87, 0.97), ("debates-24", 0.82, 0.85),
                                                          ("debates-25", 0.89, 0.89), ("debates-26", 0.94, 0.99),
                                                          ("debates-27", 0.83, 0.85), ("debates-28", 0.79, 0.81),
                                                          ("debates-29", 0.85, 0.87), ("debates-30", 0.86, 0.82),
                                                          ("debates-31", 0.82, 0.91), ("debates-32", 0.90, 0.90),
                                                          ("debates-33", 0.95, 0.72)])
def test_the_finder_keeps_its_figures_on_the_mini_debates(name: str, precision: float, recall: float) -> None:
    # Measured 6 December 2026 (eval/commitments/README.md, "Round 19" and "Round 20"), strict. Round 19: debates-1
    # 0.808 / 0.933 (42, 10, 3) on round 18's code, 0.896 / 0.956 (43, 5, 2) after, written from its errors; debates-2
    # 0.913 / 0.913 (42, 4, 4) unseen, 0.920 / 1.0 (46, 4, 0) after; debates-5 0.792 / 0.844 (38, 10, 7) unseen, 0.918 /
    # 1.0 (45, 4, 0) after. Round 20 (two members of the cabinet answering in turn), written from debates-4 (0.741 / 0.851
    # (40, 14, 7) on round 19's code, 0.920 / 0.979 (46, 4, 1) after), debates-7 (0.765 / 0.912 (52, 16, 5) unseen, 0.964 /
    # 0.947 (54, 2, 3) after), debates-8 (0.729 / 0.911 (51, 19, 5) unseen, 0.932 / 0.982 (55, 4, 1) after) and debates-10
    # (0.721 / 0.786 (44, 17, 12) unseen, 0.942 / 0.875 (49, 3, 7) after). Held out, errors never read: debates-3 0.865 /
    # 0.938 (45, 7, 3) after round 19, 0.898 / 0.917 (44, 5, 4) after round 20; debates-6 0.818 / 0.957 (45, 10, 2), 0.865 /
    # 0.957 (45, 7, 2); debates-9 0.733 / 0.775 (55, 20, 16) on round 19's code, 0.747 / 0.789 (56, 19, 15) after round 20;
    # debates-11 0.820 / 0.694 (50, 11, 22) on round 19's code, 0.881 / 0.722 (52, 7, 20) after round 20.
    # Round 21 (the present tense for the future, in ministers' own words), written from debates-12 (0.957 / 0.319 (22, 1,
    # 47) on round 20's code, 0.982 / 0.783 (54, 1, 15) after) and debates-13 (0.793 / 0.348 (23, 6, 43), 0.911 / 0.773
    # (51, 5, 15)); debates-14 held out (errors never read), 0.971 / 0.507 (34, 1, 33) and 0.957 / 0.672 (45, 2, 22);
    # debates-15, written under the same brief after the round and held out, 0.875 / 0.396 (21, 3, 32) on round 20's code
    # and 0.923 / 0.679 (36, 3, 17) on round 21's.
    # The round moved the earlier sets: debates-1 0.878 / 0.956 (43, 6, 2), debates-4 0.939 / 0.979 (46, 3, 1), debates-6
    # 0.868 / 0.979 (46, 7, 1), debates-7 0.982 / 0.947 (54, 1, 3), debates-9 0.750 / 0.803 (57, 19, 14), debates-10 0.927
    # / 0.911 (51, 4, 5), debates-11 0.851 / 0.792 (57, 10, 15).
    # Round 22 (7 December 2026: mini-debates in real debates' density, 12 each, 2 to 6 promises in 1,500 words or more of
    # cabinet text), written from debates-16 (0.806 / 0.758 (25, 6, 8) on round 21's code, 0.969 / 0.939 (31, 1, 2) after),
    # debates-17 (0.848 / 0.824 (28, 5, 6), 1.0 / 0.971 (33, 0, 1)), debates-19 (0.763 / 0.829 (29, 9, 6), 0.846 / 0.943
    # (33, 6, 2)) and debates-20 (0.778 / 0.875 (28, 8, 4), 0.939 / 0.969 (31, 2, 1)); held out, errors never read:
    # debates-18 0.688 / 0.647 (22, 10, 12) and 0.719 / 0.676 (23, 9, 11); debates-21, written during the round, 0.829 /
    # 0.829 (29, 6, 6) and 0.816 / 0.886 (31, 7, 4). The round moved the earlier sets: debates-3 0.917 / 0.917 (44, 4, 4),
    # debates-5 0.938 / 1.0 (45, 3, 0), debates-10 0.945 / 0.929 (52, 3, 4), debates-13 0.912 / 0.788 (52, 5, 14),
    # debates-14 0.957 / 0.657 (44, 2, 23: one right find fewer with "hoort u" read as the Kamer having it, `repeats`; not
    # read), debates-15 0.947 / 0.679 (36, 2, 17).
    # Round 23 (7 December 2026: six more sets under round 22's brief), written from debates-22 (0.844 / 0.771 (27, 5, 8) on
    # round 22's code, 0.861 / 0.886 (31, 5, 4) after), debates-23 (0.829 / 0.919 (34, 7, 3), 0.878 / 0.973 (36, 5, 1)),
    # debates-25 (0.824 / 0.737 (28, 6, 10), 0.895 / 0.895 (34, 4, 4)) and debates-26 (0.914 / 0.889 (32, 3, 4), 0.947 /
    # 1.0 (36, 2, 0)); held out, errors never read: debates-24 0.829 / 0.853 (29, 6, 5) and debates-27 0.833 / 0.857 (30,
    # 6, 5), both the same after. The round moved the earlier sets: debates-1 0.898 / 0.978 (44, 5, 1), debates-9 0.740 /
    # 0.803 (57, 20, 14: one wrong find more, not read), debates-12 0.982 / 0.812 (56, 1, 13), debates-13 0.914 / 0.803
    # (53, 5, 13), debates-15 0.949 / 0.698 (37, 2, 16), debates-18 0.727 / 0.706 (24, 9, 10). Six more sets under the same
    # brief, written after round 23's rules were fixed and all held out (errors never read), scored on round 22's code and
    # on round 23's: debates-28 0.786 / 0.786 (33, 9, 9) and 0.791 / 0.810 (34, 9, 8); debates-29 0.853 / 0.879 (29, 5,
    # 4), debates-30 0.865 / 0.821 (32, 5, 7), debates-31 0.825 / 0.917 (33, 7, 3) and debates-32 0.905 / 0.905 (38, 4, 4)
    # on both; debates-33 0.958 / 0.697 (23, 1, 10) and 0.960 / 0.727 (24, 1, 9).
    figures = score_probes(SETS[name], score_debate_probe).figures()
    assert figures["precision"] >= precision and figures["recall"] >= recall
