"""Score the commitment finder on the probe sets: short exchanges written from the language, not
from any debate (`eval/commitments/probes/`).

The labelled debates show the finder's errors only where a debate happens to hold them, and the
test and fresh splits may not be read (`eval.commitment_scores`). The probes are development sets
of another kind: invented exchanges that helpers wrote blind on 6 December 2026 from the label rules
alone (never the finder, its output or any labelled debate), each a member's question (or two
members') and a cabinet reply in the Handelingen's spoken style, with every commitment labelled
and every sentence that only looks like one. Three sets of 100: the finder's cues were written from
the errors of the first two (rounds 6 and 7); the third is held out, its errors never read. Twenty-six
of 80 in the Handelingen' spoken style (long answer turns, interruptions, older idiom): rounds 9 to 18
were written from 18 of them; the fifth, the eleventh, the fourteenth, the seventeenth, the twentieth,
the twenty-third, the twenty-sixth and the twenty-ninth are held out (`eval/commitments/probes/README.md`).
Mini-debates of many turns are scored by `eval.commitment_debate_probes`.

Each probe becomes a small debate (the chair, the member or two, the reply) and goes through
`debate_commitments`, so what is measured is what the answers use. Matching is the labelled
debates' rule (`commitment_scores.overlaps`): a record matches a label when one quote holds the
other or a sentence of it; each label is matched once; a record matching a borderline label, or a
look-alike that says a promise of the reply again (`REPEAT`), is neither right nor wrong; one
matching none is wrong.

Run ``python -m eval.commitment_probes [-v] [FILE ...]`` for every probe set (``-v`` prints every
error; FILE another set of the same format).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.structure.commitments import Commitment, debate_commitments
from eval.commitment_scores import Counts, overlaps, same_member
from ingest.models import Role, Transcript, Turn

PROBE_SETS = Path(__file__).resolve().parent / "commitments" / "probes"
PROBES = PROBE_SETS / "probes-1.jsonl"
"""The first probe set; ``probes-2.jsonl`` .. ``probes-29.jsonl`` beside it (`probe_sets`; ``-3``, ``-5``, ``-11``,
``-14``, ``-17``, ``-20``, ``-23``, ``-26`` and ``-29`` held out)."""
REPEAT = "S1 repeat"
"""The look-alike rule of a sentence that says a commitment of the same reply again ("Dat zeg ik u
dus toe."): a record of it is neither right nor wrong, as a record matching a borderline label."""
_ROLES: dict[str, Role] = {"minister": "minister", "staatssecretaris": "state_secretary", "state_secretary": "state_secretary"}


def probe_sets() -> list[Path]:
    """Every probe set, in the order they were written."""
    return sorted(PROBE_SETS.glob("probes*.jsonl"), key=lambda path: int(path.stem.rpartition("-")[2]))


def load_probes(path: Path = PROBES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def probe_debate(probe: dict[str, Any]) -> Transcript:
    """The probe as a debate: the chair gives the floor, the member asks (and a second member,
    ``member2``, where the reply answers two at once), the cabinet replies (`reply_turn_id`)."""
    members = [probe["member"], *([probe["member2"]] if probe.get("member2") else [])]
    reply = probe["reply"]
    turns = [Turn(id=f"{probe['id']}:t0000", index=0, speaker="Voorzitter", text="Ik geef het woord aan de volgende spreker.",
                  role="chair", is_chair=True)]
    turns += [Turn(id=f"{probe['id']}:t{i:04d}", index=i, speaker=m["speaker"], text=m["text"], role="member",
                   party=m.get("party")) for i, m in enumerate(members, start=1)]
    turns.append(Turn(id=reply_turn_id(probe), index=len(turns), speaker=reply["speaker"], text=reply["text"],
                      role=_ROLES[reply["role"]], function=reply.get("function")))
    return Transcript(id=probe["id"], title="Commissiedebat", date="2025-07-02", source_format="vlos",
                      source_path=f"{probe['id']}.xml", turns=tuple(turns))


def reply_turn_id(probe: dict[str, Any]) -> str:
    return f"{probe['id']}:t{2 + bool(probe.get('member2')):04d}"


def count_right(counts: Counts, record: Commitment, label: dict[str, Any]) -> None:
    """Count ``record`` right for the strict ``label`` it matches: its member, and whether it keeps the label's
    time words (an invented exchange has no date to normalise against)."""
    counts.tp += 1
    counts.to_n += 1
    counts.to_ok += same_member(record.to, label.get("to"))
    if label.get("deadline_text"):
        counts.deadline_n += 1
        counts.deadline_ok += bool(record.deadline_text)


def score_probe(probe: dict[str, Any]) -> Counts:
    """One probe's right, wrong and missed commitments (strict), the reply's records only. A
    record matching a borderline label or a repeat (`REPEAT`) counts neither way; ``deadline_ok``
    counts the right ones that keep time words where the label has some (a probe has no date to
    normalise against)."""
    counts = Counts()
    reply_id = reply_turn_id(probe)
    labels = probe.get("commitments", [])
    used: set[int] = set()
    for record in (c for c in debate_commitments(probe_debate(probe)) if c.turn_id == reply_id):
        hit = next((i for i, label in enumerate(labels) if i not in used and overlaps(record.quote, label["quote"])), None)
        if hit is None and any(look["rule"] == REPEAT and overlaps(record.quote, look["quote"]) for look in probe["lookalikes"]):
            continue  # a promise said again, which the labels give to its first saying (rule S1)
        if hit is None:
            counts.fp += 1
            counts.errors.append(f"{probe['id']} wrong: {record.quote}")
            continue
        used.add(hit)
        if labels[hit].get("strict", True):
            count_right(counts, record, labels[hit])
    for i, label in enumerate(labels):
        if i not in used and label.get("strict", True):
            counts.fn += 1
            counts.errors.append(f"{probe['id']} missed ({label['rule']}): {label['quote']}")
    return counts


def score_probes(probes: list[dict[str, Any]], score: Callable[[dict[str, Any]], Counts] = score_probe) -> Counts:
    """The counts of a whole set, each item scored by ``score``."""
    total = Counts()
    for probe in probes:
        total.add(score(probe))
    return total


def print_figures(args: list[str], sets: list[Path], score: Callable[[dict[str, Any]], Counts]) -> None:
    """One line of figures per set (the files named in ``args``, else ``sets``), every error with ``-v``."""
    for path in [Path(a) for a in args if not a.startswith("-")] or sets:
        total = score_probes(load_probes(path), score)
        f = total.figures()
        print(f"{path.name}: strict P {f['precision']} R {f['recall']}  right {total.tp} wrong {total.fp} missed {total.fn}; "
              f"time words kept {total.deadline_ok} of {total.deadline_n}; to right {total.to_ok} of {total.to_n}")
        if "-v" in args:
            print("\n".join(total.errors))


if __name__ == "__main__":
    print_figures(sys.argv[1:], probe_sets(), score_probe)
