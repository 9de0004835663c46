"""The motions of the indexed debates: `assistant.structure.motions` over the transcripts an index
stores. One function serves `debate motions`, ``GET /api/motions`` and motion questions, so they
cannot disagree about which motions a debate has.

The source is anything that lists documents and returns stored transcripts: the running
`Assistant` (which caches them with its index generation) or, for the CLI, the catalog files
directly, so `debate motions` loads no model and no vector store.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from assistant.structure.motions import Motion, extract_motions
from assistant.structure.per_transcript import PerTranscript
from ingest.catalog import IndexLayout, list_documents, load_transcript
from ingest.errors import UnknownDocumentError
from ingest.models import Transcript


class TranscriptSource(Protocol):
    """Where the stored transcripts come from."""

    def documents(self) -> list[dict[str, Any]]: ...

    def transcript(self, doc_id: str) -> Transcript | None: ...


@dataclass(frozen=True)
class CatalogSource:
    """The transcripts of an index directory, read from its catalog."""

    layout: IndexLayout

    def documents(self) -> list[dict[str, Any]]:
        return list_documents(self.layout)

    def transcript(self, doc_id: str) -> Transcript | None:
        return load_transcript(self.layout, doc_id)


debate_motions = PerTranscript(extract_motions, 64)
"""`extract_motions` of a debate, derived once per parsed transcript: every motion question lists the
motions of every indexed debate (`motion_answers._candidates`), and a list question about a named
debate asks for its motions once more. Measured on the sample corpus (2 cores): listing them all
335 ms each time before, 0.13 ms once derived; a motion question asked again 377 ms -> 8 ms."""


def list_motions(source: TranscriptSource, doc_id: str | None = None) -> list[Motion]:
    """Every motion of every indexed debate (newest debate first, as `debate docs` lists them),
    or of the one debate ``doc_id``; raises `UnknownDocumentError` when no debate has that id."""
    if doc_id is not None:
        transcript = source.transcript(doc_id)
        if transcript is None:
            raise UnknownDocumentError(doc_id)
        return list(debate_motions(transcript))
    motions: list[Motion] = []
    for row in source.documents():
        transcript = source.transcript(str(row["id"]))
        if transcript is not None:
            motions.extend(debate_motions(transcript))
    return motions


def describe(motion: Motion) -> str:
    """One motion as a line of text: number, submitter, appreciation, by whom, subject."""
    number = f"nr. {motion.number}" if motion.number else "motie"
    submitter = f" ({motion.submitter})" if motion.submitter else ""
    if motion.mention == "referenced":
        view = "referenced"
    else:
        view = motion.appreciation or "no appreciation"
    by = f" by {motion.speaker}" if motion.appreciation and motion.speaker else ""
    subject = f": {motion.subject}" if motion.subject else ""
    return f"{number}{submitter} {view}{by}{subject}"


CSV_COLUMNS: tuple[str, ...] = ("date", "doc_title", "section", "number", "kamerstuk", "submitter", "co_submitters",
                                "subject", "appreciation", "condition", "speaker", "function", "reasoning", "doc_id",
                                "turn_id")
"""The columns of `debate motions --csv` and of the Motions tab's download: what a clerk's list of
motions holds (the debate, the motion, the cabinet's view, whose words and why), then the ids that
lead back to the transcript. The appreciation history stays in the JSON."""


def as_csv(motions: Iterable[Motion]) -> str:
    """CSV text with a header row of `CSV_COLUMNS`; co-submitters joined by "; "."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for motion in motions:
        row = {name: getattr(motion, name) for name in CSV_COLUMNS}
        row["co_submitters"] = "; ".join(motion.co_submitters)
        writer.writerow(row)
    return out.getvalue()
