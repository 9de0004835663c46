"""Agreement between two blind labellings of the same debates (eval/commitments/second/): the
measure is the finder's own match rule with the second labels in the finder's place."""

from __future__ import annotations

from pathlib import Path

from eval.commitment_agreement import SECOND, agreement, as_found
from eval.commitment_scores import load_corpus, load_labels, score_debate

REPO = Path(__file__).resolve().parents[2]


def test_labels_agree_perfectly_with_themselves() -> None:
    """The adapter keeps every label matchable: a labelling scored against itself is all right."""
    doc_id = "kst-28638-157"
    transcript = load_corpus(REPO / "corpus" / "verslag")[doc_id]
    labels = load_labels()[doc_id]
    counts = score_debate(transcript, labels, False, as_found(transcript, labels, False))
    made = sum(label["kind"] == "made" for label in labels)
    assert (counts.tp, counts.fp, counts.fn) == (made, 0, 0)


def test_every_second_labelling_has_a_first_and_resolves_in_its_debate() -> None:
    second = load_labels(SECOND)
    assert second and set(second) <= set(load_labels())
    report = agreement(REPO / "corpus")  # raises if a second label's phrase is in no single turn
    assert set(second) <= set(report)
