"""Score the motion extractor (`assistant.structure.motions`) against the hand labels.

Run:  .venv/bin/python eval/motions/score.py [--errors]   (from the repository root)

Per sitting and per split it reports: recall (labelled motions found / labelled), precision (found
motions that are labelled / found), appreciation accuracy among the found ones (the final value
equal to the label, a missing appreciation counting as a value), the same over the found motions
the cabinet did appreciate, and how often the cited turn is the labelled one.

A submitted motion matches on its stuk number; a referenced one (no number) on its first
submitter's surname. The split is fixed here and in README.md: the rules were developed on
`DEVELOPMENT` only; `HELD_OUT` was scored after they were final. `FRESH` are ParlaMint-NL sittings
labelled blind on 3 December 2026, after every rule was written (`eval/transcripts/`, not in the
sample corpus): the extractor's figures on sittings nobody wrote it on.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from assistant.structure.motions import Motion, extract_motions
from eval.golden_set import normalize_text, speaker_matches
from ingest.detect import parse_file
from ingest.models import Transcript

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "corpus"
TRANSCRIPTS = HERE.parents[1] / "eval" / "transcripts"
FILES = {
    "ParlaMint-NL_2022-02-03-tweedekamer-4": "parlamint/ParlaMint-NL_2022-02-03-tweedekamer-4.xml",
    "ParlaMint-NL_2021-06-17-tweedekamer-7": "parlamint/ParlaMint-NL_2021-06-17-tweedekamer-7.xml",
    "vlos-4b991f97-41d9-44ed-90ef-516aa54c3ab2":
        "vlos/sample_vlos_dc665b38-00f1-4efe-a39a-1245ddd7e2ef_1378fd61-cf82-4208-a700-021382f839b0.xml",
    "vlos-a2e92839-ca83-406a-8e3d-4bb7cd687f00":
        "vlos/sample_vlos_ce0428cf-375f-41e3-baef-e15cd953172a_604b6f07-0077-4e6c-bd09-03509b9b8849.xml",
    "vlos-d4c36531-4761-4f0e-a36a-930b5ce1bb3a":
        "vlos/sample_vlos_e2903f19-34e9-4c37-b1dc-f985d071fc97_d5130a6f-0400-4b03-b8d3-8daed02dc4af.xml",
}
# Sittings in TRANSCRIPTS, each as <doc_id>.xml.
FRESH = ("ParlaMint-NL_2021-07-08-tweedekamer-59", "ParlaMint-NL_2021-09-29-tweedekamer-4",
         "ParlaMint-NL_2021-11-23-tweedekamer-15", "ParlaMint-NL_2022-02-17-tweedekamer-4",
         # Labelled blind later on 3 December 2026, after the extractor was changed for 2022-01-20 and 2021-05-26.
         "ParlaMint-NL_2021-04-21-tweedekamer-8")
# The last three were labelled blind on 3 December 2026 like `FRESH` and scored once unseen, then the extractor
# was changed for their errors: 2022-01-20 and 2021-05-26 (17 motions: recall 0.471, precision 0.667, appreciation
# 0.500 of the found), and the Eerste Kamer sitting 2021-11-02 (2 motions: none found right).
DEVELOPMENT = ("ParlaMint-NL_2022-02-03-tweedekamer-4", "vlos-4b991f97-41d9-44ed-90ef-516aa54c3ab2",
               "ParlaMint-NL_2022-01-20-tweedekamer-5", "ParlaMint-NL_2021-05-26-tweedekamer-9",
               "ParlaMint-NL_2021-11-02-eerstekamer-5")
HELD_OUT = ("vlos-a2e92839-ca83-406a-8e3d-4bb7cd687f00", "ParlaMint-NL_2021-06-17-tweedekamer-7",
            "vlos-d4c36531-4761-4f0e-a36a-930b5ce1bb3a")


@dataclass
class Tally:
    """Counts for one sitting or one split."""

    labelled: int = 0
    found: int = 0
    matched: int = 0
    appreciation_right: int = 0
    appreciated: int = 0
    appreciated_right: int = 0
    turn_checked: int = 0
    turn_right: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("labelled", "found", "matched", "appreciation_right", "appreciated",
                     "appreciated_right", "turn_checked", "turn_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors

    def figures(self) -> dict[str, float | None]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None
        return {
            "recall": ratio(self.matched, self.labelled), "precision": ratio(self.matched, self.found),
            "appreciation_accuracy": ratio(self.appreciation_right, self.matched),
            "appreciated_accuracy": ratio(self.appreciated_right, self.appreciated),
            "turn_accuracy": ratio(self.turn_right, self.turn_checked),
        }


def _key(item_number: str | None, submitter: str | None) -> tuple[str, str]:
    if item_number:
        return ("nr", item_number)
    return ("ref", normalize_text(submitter or "").split()[-1] if submitter else "")


def _label_turn(transcript: Transcript, label: dict[str, Any]) -> str | None:
    if not label["speaker"] or not label["phrase"] or not label["appreciation"]:
        return None
    phrase = normalize_text(label["phrase"])
    turns = [t for t in transcript.turns if speaker_matches(label["speaker"], t.speaker) and phrase in normalize_text(t.text)]
    return turns[0].id if len(turns) == 1 else None


def score_sitting(transcript: Transcript, labels: list[dict[str, Any]], motions: tuple[Motion, ...]) -> Tally:
    """Compare one sitting's extracted motions with its labels."""
    tally = Tally(labelled=len(labels), found=len(motions))
    predicted = {_key(m.number, m.submitter): m for m in motions}
    gold_keys = {_key(g["number"], g["submitter"]) for g in labels}
    for label in labels:
        name = f"{transcript.id} nr. {label['number'] or label['submitter']}"
        motion = predicted.get(_key(label["number"], label["submitter"]))
        if motion is None:
            tally.errors.append(f"MISSED {name} ({label['mention']}, {label['appreciation']})")
            continue
        tally.matched += 1
        right = motion.appreciation == label["appreciation"]
        tally.appreciation_right += right
        if label["appreciation"]:
            tally.appreciated += 1
            tally.appreciated_right += right
        if not right:
            tally.errors.append(f"APPRECIATION {name}: found {motion.appreciation!r}, labelled {label['appreciation']!r}")
        gold_turn = _label_turn(transcript, label)
        if gold_turn is not None:
            tally.turn_checked += 1
            tally.turn_right += motion.turn_id == gold_turn
            if motion.turn_id != gold_turn:
                tally.errors.append(f"TURN {name}: cited {motion.turn_id}, labelled {gold_turn}")
    for key, motion in predicted.items():
        if key not in gold_keys:
            tally.errors.append(f"EXTRA {transcript.id} {key[1]} ({motion.mention}, {motion.appreciation})")
    return tally


def run(labels_dir: Path = HERE, corpus: Path = CORPUS) -> dict[str, Tally]:
    """Tallies per sitting, per split ("development", "held-out", "fresh") and "overall"."""
    result: dict[str, Tally] = {}
    paths = {doc_id: corpus / rel for doc_id, rel in FILES.items()} | {
        doc_id: TRANSCRIPTS / f"{doc_id}.xml" for doc_id in DEVELOPMENT + HELD_OUT + FRESH if doc_id not in FILES}
    for doc_id, path in paths.items():
        transcript = parse_file(path)
        path = labels_dir / f"{doc_id}.jsonl"
        labels = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        result[doc_id] = score_sitting(transcript, labels, extract_motions(transcript))
    for split, docs in (("development", DEVELOPMENT), ("held-out", HELD_OUT), ("fresh", FRESH),
                        ("overall", DEVELOPMENT + HELD_OUT + FRESH)):
        total = Tally()
        for doc in docs:
            total.add(result[doc])
        result[split] = total
    return result


def main(argv: list[str]) -> int:
    result = run()
    print(f"{'sitting / split':44} {'lab':>4} {'found':>5} {'match':>5} {'recall':>6} {'prec':>6} {'appr':>6} {'appr*':>6} {'turn':>6}")
    for name, tally in result.items():
        f = tally.figures()
        cells = " ".join(f"{'-' if v is None else f'{v:.3f}':>6}" for v in f.values())
        print(f"{name:44} {tally.labelled:4} {tally.found:5} {tally.matched:5} {cells}")
    print("appr: appreciation right among found motions; appr*: among found motions with a labelled appreciation")
    if "--errors" in argv:
        for line in result["overall"].errors:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
