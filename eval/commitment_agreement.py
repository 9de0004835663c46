"""How far two people labelling the same debate agree on its commitments: the ceiling that any
finder's score against one of them can be trusted to.

Issue 10 asks for precision >= 0.85 and recall >= 0.80 against the hand labels of the test split.
Whether a promise is a commitment (rules I1-I3 against E1-E6 of `eval/commitments/README.md`) is a
judgement; if a second labeller, following the same guideline, agrees with the first only at 0.7,
a finder's 0.7 against the first says as much about the labels as about the finder.

The second labels (`eval/commitments/second/`) were made blind: helper agents that read only the
parsed turns and the guideline's rules with every example taken from these debates removed, never
the first labels or the finder's output (`second/GUIDELINE_GIVEN.md` is what they read). They
label `made` items only.

Measured 3 December 2026 (`eval/commitments/README.md`): on the four test debates the second
labeller against the first 1.0 / 0.943 strict, the finder 0.688 / 0.629; on seven debates (three
fresh ones added) 1.0 / 0.957 against the finder's 0.600 / 0.652. The labels are reproducible; the
gap is the finder's.

Agreement is scored with the finder's own match rule (`eval.commitment_scores.score_debate`): the
second labels take the finder's place, so "precision" is the share of the second labeller's
promises the first also labelled, "recall" the share of the first's the second also found, in the
same turn with overlapping quotes. *Strict* drops borderline items (rule I3) on both sides; a
second-labeller item matching a first-labeller borderline one counts neither way, as for the
finder. Run ``python -m eval.commitment_agreement``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.structure.commitments import Commitment, debate_commitments
from eval.commitment_scores import (
    LABELS,
    TRANSCRIPTS,
    Counts,
    labelled_turn,
    load_corpus,
    load_labels,
    score_debate,
)
from ingest.models import Transcript

SECOND = LABELS / "second"


def as_found(transcript: Transcript, labels: list[dict[str, Any]], strict: bool) -> list[Commitment]:
    """A labelling's `made` items in the finder's shape (strict: without borderline ones). The finder
    names one member a promise was made to; where a label names several, the first stands for
    them, so the addressee agreement is a little strict for those (one label of the 2022 sitting)."""
    found = []
    for label in labels:
        if label["kind"] != "made" or (strict and label.get("borderline")):
            continue
        turn = labelled_turn(transcript, label["speaker"], label["phrase"])
        if turn is None:
            raise ValueError(f"{transcript.id}: phrase {label['phrase']!r} of {label['speaker']} is in no single turn")
        to = label.get("to")
        found.append(Commitment(
            speaker=turn.speaker, role=turn.role, function=turn.function, to=to[0] if isinstance(to, list) else to,
            quote=label["quote"].replace("[...]", " "), deadline_text=label.get("deadline_text"),
            deadline=label.get("deadline"), doc_id=transcript.id, doc_title=transcript.title, date=transcript.date,
            turn_id=turn.id, start=0, end=0, strength="label", source="finder"))
    return found


def agreement(corpus: Path) -> dict[str, dict[str, Any]]:
    """Per debate with second labels, and in total: the second labeller scored against the first
    (``second_vs_first``), the first against the second, and the finder against each labeller
    (``finder_vs_first``, ``finder_vs_second``), strict and with borderline."""
    docs = load_corpus(corpus) | load_corpus(TRANSCRIPTS)
    first = load_labels(LABELS)
    report: dict[str, dict[str, Any]] = {}
    totals: dict[str, Counts] = {}
    for doc_id, second in load_labels(SECOND).items():
        transcript = docs[doc_id]
        found = debate_commitments(transcript)
        row: dict[str, Any] = {}
        for mode in ("strict", "with_borderline"):
            strict = mode == "strict"
            pairs = {
                "second_vs_first": (first[doc_id], as_found(transcript, second, strict)),
                "first_vs_second": (second, as_found(transcript, first[doc_id], strict)),
                "finder_vs_first": (first[doc_id], found),
                "finder_vs_second": (second, found),
            }
            for way, (gold, other) in pairs.items():
                counts = score_debate(transcript, gold, strict, other)
                totals.setdefault(f"{way}/{mode}", Counts()).add(counts)
                row[f"{way}/{mode}"] = counts.figures()
        report[doc_id] = row
    report["total"] = {key: counts.figures() for key, counts in totals.items()}
    return report


def _main() -> None:
    for doc_id, row in agreement(Path("corpus")).items():
        for key, f in row.items():
            print(f"{doc_id[:40]:40} {key:32} P {f['precision']} R {f['recall']} deadline {f['deadline_accuracy']} "
                  f"(n {f['deadline_n']}) to {f['addressee_accuracy']}  matched {f['tp']} unmatched {f['fp']} missed {f['fn']}")


if __name__ == "__main__":
    _main()
