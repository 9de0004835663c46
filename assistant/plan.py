"""How the assistant understood a question (`Plan`): what retrieval searches with, what the
answer is built for and what an answerer (extractive or LLM) is handed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from assistant.constraints import Constraints
from assistant.offices import Office


class DebateQuestion(Protocol):
    """What an answer read from a debate's structure needs of a plan (who interrupted whom, who
    took part): the service's `Plan`, or a test's double."""

    @property
    def question(self) -> str: ...
    @property
    def standalone(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def constraints(self) -> Constraints: ...


@dataclass(frozen=True)
class Plan:
    """How a question was understood: standalone text, language, constraints, notes.

    Immutable: retrieval returns a new plan with what it learned (`Assistant.retrieve`), so a plan
    handed to an answerer or kept by the eval says what the answer was really built from.
    """

    question: str
    standalone: str
    language: str
    constraints: Constraints
    notes: tuple[str, ...]
    unknown: str | None
    names: tuple[str, ...]
    office: Office | None = None
    """The office the question named by portfolio ("the finance minister"), if any."""
    unheld: str | None = None
    """Why the meeting the question names is not in the transcripts: a kind of meeting ("the
    committee debate of 10 July") none of the debates held on its days was (`assistant.meeting_kinds`)."""
    as_of: int | None = None
    """The day (YYYYMMDD) a question about commitments overdue or still open asks as of ("had their
    deadlines passed by 6 December 2026?"): a day it names on which no debate was held, which is
    then no date filter (`assistant.commitment_status`)."""
    dense_margin: float = 0.0
    """Learned by retrieval: how far the best passage stands out (the abstention's main signal)."""
    other_language_margin: float = 0.0
    """Learned by retrieval: the same among the passages in another language than the question's
    (`assistant.abstention.answer_margin`)."""

    @property
    def names_someone_absent(self) -> bool:
        """The question asks about a person or an office nobody in the transcripts is, or a meeting
        none of them is: the answer is "not in the transcripts" whatever retrieval finds."""
        return bool(self.unknown) or (self.office is not None and not self.office.held) or self.unheld is not None

    @property
    def constraining_words(self) -> tuple[str, ...]:
        """The question's words that only say whom it asks about: the speakers' and parties' names,
        and the office it named by portfolio ("de staatssecretaris van Financiën"). They are its
        filters, not what the answer must say: "Wat zei de staatssecretaris van Financiën over een
        digitaledienstenbelasting?" was refused where "Wat zei de staatssecretaris over ..."
        was answered, "Financiën" counting as a word the best turns lacked (`dev-structure-32`,
        written blind), and its promise was looked for among those that say "Financiën"."""
        return (*self.names, self.office.phrase) if self.office is not None else self.names

    @property
    def notice(self) -> str | None:
        """What the user is told about how the question was read (instructions ignored, language
        not recognised), as shown above any answer built from this plan."""
        return " ".join(self.notes) or None

    @property
    def rewritten(self) -> str | None:
        """The standalone question a follow-up was rewritten to, when it was."""
        return self.standalone if self.standalone != self.question else None
