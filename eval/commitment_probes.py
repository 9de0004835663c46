"""Score the commitment finder on the probe set: short exchanges written from the language, not
from any debate (`eval/commitments/probes/`).

The labelled debates show the finder's errors only where a debate happens to hold them, and the
test and fresh splits may not be read (`eval.commitment_scores`). The probes are a development set
of another kind: 100 exchanges a helper wrote blind on 6 December 2026 from the label rules alone
(never the finder, its output or any labelled debate), each a member's question and a cabinet reply
of three to ten sentences in the Handelingen's spoken style. 45 replies hold 47 commitments (37
strict, 10 borderline); 55 hold none but look like they do (road maps, existing policy, refusals,
offers, motion appreciations, past and hypothetical promises: 183 look-alike sentences in all).

Each probe becomes a small debate (the chair, the member, the reply) and goes through
`debate_commitments`, so what is measured is what the answers use. Matching is the labelled
debates' rule (`commitment_scores.overlaps`): a record matches a label when one quote holds the
other or a sentence of it; each label is matched once; a record matching a borderline label is
neither right nor wrong; one matching none is wrong.

Run ``python -m eval.commitment_probes [-v]`` (``-v`` prints every error).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from assistant.structure.commitments import debate_commitments
from eval.commitment_scores import Counts, overlaps, same_member
from ingest.models import Role, Transcript, Turn

PROBES = Path(__file__).resolve().parent / "commitments" / "probes" / "probes.jsonl"
_ROLES: dict[str, Role] = {"minister": "minister", "staatssecretaris": "state_secretary", "state_secretary": "state_secretary"}


def load_probes(path: Path = PROBES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def probe_debate(probe: dict[str, Any]) -> Transcript:
    """The probe as a debate: the chair gives the floor, the member asks, the cabinet replies."""
    member, reply = probe["member"], probe["reply"]
    turns = (
        Turn(id=f"{probe['id']}:t0000", index=0, speaker="Voorzitter", text="Ik geef het woord aan de volgende spreker.",
             role="chair", is_chair=True),
        Turn(id=f"{probe['id']}:t0001", index=1, speaker=member["speaker"], text=member["text"], role="member",
             party=member.get("party")),
        Turn(id=f"{probe['id']}:t0002", index=2, speaker=reply["speaker"], text=reply["text"],
             role=_ROLES[reply["role"]], function=reply.get("function")),
    )
    return Transcript(id=probe["id"], title="Commissiedebat", date="2025-07-02", source_format="vlos",
                      source_path=f"{probe['id']}.xml", turns=turns)


def score_probe(probe: dict[str, Any]) -> Counts:
    """One probe's right, wrong and missed commitments (strict), the reply's records only. A
    record matching a borderline label counts neither way; ``deadline_ok`` counts the right ones
    that keep time words where the label has some (a probe has no date to normalise against)."""
    counts = Counts()
    reply_id = f"{probe['id']}:t0002"
    labels = probe.get("commitments", [])
    used: set[int] = set()
    for record in (c for c in debate_commitments(probe_debate(probe)) if c.turn_id == reply_id):
        hit = next((i for i, label in enumerate(labels) if i not in used and overlaps(record.quote, label["quote"])), None)
        if hit is None:
            counts.fp += 1
            counts.errors.append(f"{probe['id']} wrong: {record.quote}")
            continue
        used.add(hit)
        label = labels[hit]
        if not label.get("strict", True):
            continue
        counts.tp += 1
        counts.to_n += 1
        counts.to_ok += same_member(record.to, label.get("to"))
        if label.get("deadline_text"):
            counts.deadline_n += 1
            counts.deadline_ok += bool(record.deadline_text)
    for i, label in enumerate(labels):
        if i not in used and label.get("strict", True):
            counts.fn += 1
            counts.errors.append(f"{probe['id']} missed ({label['rule']}): {label['quote']}")
    return counts


def score_probes(probes: list[dict[str, Any]]) -> Counts:
    total = Counts()
    for probe in probes:
        total.add(score_probe(probe))
    return total


def _main() -> None:
    total = score_probes(load_probes())
    f = total.figures()
    print(f"probes strict P {f['precision']} R {f['recall']}  right {total.tp} wrong {total.fp} missed {total.fn}; "
          f"time words kept {total.deadline_ok} of {total.deadline_n}; to right {total.to_ok} of {total.to_n}")
    if "-v" in sys.argv[1:]:
        print("\n".join(total.errors))


if __name__ == "__main__":
    _main()
