"""Score the commitment finder on invented mini-debates: what happens across turns, which the probe
sets' single replies cannot show (`eval/commitments/probes/debates-*.jsonl`).

A probe set (`eval.commitment_probes`) is one member's question and one cabinet reply. A real debate
is many turns: a first term, interruptions in two or three rounds, a second term where members ask
"Kan ik dat noteren als een toezegging?" and the minister confirms, dates or repeats a promise, and
in commission debates the chair's reading of the list. So the finder's cross-turn rules (a promise
said again folded into its first saying, `assistant.structure.repeats`; who a promise was made to
from the exchange, `assistant.structure.addressees`) were measured only on the 29 labelled debates.
These mini-debates were written blind, as the probe sets were, by helpers that read only the label
rules: 8 to 16 turns each, every commitment labelled once where it is first made, with its later
sayings (`also_in`).

Scoring is the labelled debates' rule (`eval.commitment_scores.score_debate`, `match_labels`): a
record matches a label when it lies in the label's turn or one of its later sayings' turns and one
quote holds the other; each label claims one record; a record matching a borderline label is neither
right nor wrong (strict); every other record, a later saying not folded into its first included,
is wrong.

Run ``python -m eval.commitment_debate_probes [-v] [FILE ...]`` (``-v`` prints every error).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from assistant.structure.commitments import debate_commitments
from eval.commitment_probes import count_right, print_figures
from eval.commitment_scores import Counts, match_labels
from ingest.exchanges import mark_exchanges
from ingest.models import Role, Transcript, Turn

DEBATE_PROBES = Path(__file__).resolve().parent / "commitments" / "probes"
_ROLES: dict[str, Role] = {"chair": "chair", "member": "member", "minister": "minister", "staatssecretaris": "state_secretary"}


def debate_probe_sets() -> list[Path]:
    """Every set of mini-debates, in the order they were written."""
    return sorted(DEBATE_PROBES.glob("debates-*.jsonl"), key=lambda path: int(path.stem.rpartition("-")[2]))


def turn_id(probe: dict[str, Any], index: int) -> str:
    return f"{probe['id']}:t{index:04d}"


def debate_probe(probe: dict[str, Any]) -> Transcript:
    """The mini-debate as a transcript, its exchanges marked as ingest marks a parsed debate's
    (`ingest.exchanges.mark_exchanges`)."""
    turns = tuple(Turn(id=turn_id(probe, i), index=i, speaker=t["speaker"], text=t["text"], role=_ROLES[t["role"]],
                       party=t.get("party"), function=t.get("function"), is_chair=t["role"] == "chair")
                  for i, t in enumerate(probe["turns"]))
    return mark_exchanges(Transcript(id=probe["id"], title=probe.get("title", "Commissiedebat"), date="2025-07-02",
                                     source_format="vlos", source_path=f"{probe['id']}.xml", turns=turns))


def score_debate_probe(probe: dict[str, Any]) -> Counts:
    """One mini-debate's right, wrong and missed commitments (strict); ``deadline_ok`` counts the
    right ones that keep time words where the label has some (no date to normalise against)."""
    counts = Counts()
    found = [c for c in debate_commitments(debate_probe(probe)) if c.source == "finder"]
    labels = probe.get("commitments", [])
    claimed = match_labels(found, [[(turn_id(probe, ref["turn"]), ref["quote"]) for ref in (label, *label.get("also_in", []))]
                                   for label in labels])
    for label, hit in zip(labels, claimed, strict=True):
        if not label.get("strict", True):
            continue  # a record it claims is neither right nor wrong
        if hit is not None:
            count_right(counts, found[hit], label)
        else:
            counts.fn += 1
            counts.errors.append(f"{probe['id']} missed ({label['rule']}, turn {label['turn']}): {label['quote']}")
    for i, record in enumerate(found):
        if i not in claimed:
            counts.fp += 1
            counts.errors.append(f"{probe['id']} wrong (turn {record.turn_id.rpartition(':t')[2]}): {record.quote}")
    return counts


if __name__ == "__main__":
    print_figures(sys.argv[1:], debate_probe_sets(), score_debate_probe)
