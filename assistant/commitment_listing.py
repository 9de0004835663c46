"""The commitments of the indexed debates, filtered: what `debate commitments`, `GET
/api/commitments` and the Commitments tab show. Reads transcripts from the index catalog; the
structure itself comes from `assistant.structure.commitments` (pure)."""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from assistant.structure.asked_deadlines import promised_deadline
from assistant.structure.commitments import Commitment, debate_commitments
from assistant.structure.per_transcript import PerTranscript
from ingest.errors import UnknownDocumentError
from ingest.models import Transcript

# The columns of the JSON objects and the CSV, in order (issue 10's list, then the chair's item, then the
# member's request the promise answers, then what was said about the item while the list was read: appended,
# so a reader of the older CSV finds its columns where they were).
COLUMNS: tuple[str, ...] = ("speaker", "role", "function", "to", "quote", "deadline_text", "deadline", "doc_id",
                            "doc_title", "date", "turn_id", "source", "list_item", "list_text", "list_speaker",
                            "list_turn_id", "asked", "asked_turn_id", "list_corrections")


def last_day(commitment: Commitment) -> date | None:
    """The last day of ``commitment``'s dated deadline (of a window, its end); None when it has no
    date ("binnenkort", "in de volgende voortgangsrapportage") or none at all."""
    promised = promised_deadline(commitment.deadline_text, commitment.deadline)
    return None if promised is None else promised.end


@dataclass(frozen=True)
class CommitmentFilter:
    """``doc``: one debate id; ``speaker``: a case-insensitive part of the speaker's name;
    ``since``: debates on or after this ISO date; ``due_before``: commitments whose deadline's last
    day lies before this ISO date (on the day asked: those overdue), undated ones left out."""

    doc: str | None = None
    speaker: str | None = None
    since: str | None = None
    due_before: str | None = None

    def keeps(self, commitment: Commitment) -> bool:
        if self.speaker and self.speaker.casefold() not in commitment.speaker.casefold():
            return False
        if self.due_before and ((day := last_day(commitment)) is None or day.isoformat() >= self.due_before):
            return False
        return not (self.since and (commitment.date or "") < self.since)


CommitmentsOf = Callable[[Transcript], Sequence[Commitment]]
"""A debate's commitments: `debate_commitments`, or a `FoundCommitments` cache of it."""


class FoundCommitments(PerTranscript[tuple[Commitment, ...]]):
    """`debate_commitments` found once per transcript and kept (`PerTranscript`): finding them
    reads every turn of a debate (measured on the sample corpus, 2 busy cores: 60 to 690 ms a
    debate, 5.2 s for all eighteen), which a commitment question paid for up to five debates and
    `GET /api/commitments` for every debate, on each request."""

    def __init__(self, find: CommitmentsOf = debate_commitments, maxsize: int = 256) -> None:
        super().__init__(lambda transcript: tuple(find(transcript)), maxsize)


def list_commitments(doc_ids: Sequence[str], load: Callable[[str], Transcript | None],
                     where: CommitmentFilter, commitments_of: CommitmentsOf = debate_commitments) -> list[Commitment]:
    """The commitments of the debates ``doc_ids`` (loaded with ``load``, found with
    ``commitments_of``) that ``where`` keeps, newest debate first, in document order within one.
    Raises `UnknownDocumentError` when ``where.doc`` is none of ``doc_ids``, as `debate motions`
    does: an empty list would read as "no commitments in that debate"."""
    if where.doc is not None:
        if where.doc not in doc_ids:
            raise UnknownDocumentError(where.doc)
        doc_ids = [where.doc]
    rows: list[Commitment] = []
    for doc_id in doc_ids:
        transcript = load(doc_id)
        if transcript is None or (where.since and (transcript.date or "") < where.since):
            continue
        rows += [c for c in commitments_of(transcript) if where.keeps(c)]
    return sorted(rows, key=lambda c: (c.date or "", c.doc_id), reverse=True)


def as_rows(commitments: Iterable[Commitment]) -> list[dict[str, object]]:
    """JSON objects with the `COLUMNS` fields; each of ``list_corrections`` an object with its
    speaker, role, turn and words."""
    return [{name: [dataclasses.asdict(x) for x in c.list_corrections] if name == "list_corrections" else getattr(c, name)
             for name in COLUMNS} for c in commitments]


def corrections_cell(commitment: Commitment) -> str:
    """The corrections of a promise's list item in one cell, "speaker: words" each, joined by " | "
    (the CSV column and the Commitments tab's)."""
    return " | ".join(str(correction) for correction in commitment.list_corrections)


def as_csv(commitments: Iterable[Commitment]) -> str:
    """CSV text with a header row of `COLUMNS`; ``list_corrections`` in one cell, "speaker: words"
    per correction, joined by " | "."""
    kept = list(commitments)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for commitment, row in zip(kept, as_rows(kept), strict=True):
        row["list_corrections"] = corrections_cell(commitment)
        writer.writerow(row)
    return out.getvalue()
