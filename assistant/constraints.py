"""The filters a question (or the UI, or an API call) puts on retrieval: speakers, roles,
parties, documents and a date range. One frozen value shared by the question parser, the
retriever, the service and the llama-index adapter."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ingest.chunking import speaker_key


@dataclass(frozen=True)
class Constraints:
    """Filters a question (or the UI) puts on retrieval. Empty fields constrain nothing."""

    speakers: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    date_from: int | None = None
    date_to: int | None = None
    as_members: bool = False
    """The speakers named count as what they said, not as the chair running the sitting: their
    chair turns are left out where they have others (`assistant.retrieval.constraint_mask`). Set
    by a question that names a speaker and not the chair's role (`assistant.question`), and kept
    by the service only for an exchange question: a side of an exchange never runs the sitting,
    but "Wat zei Van Oosten over de prostitutiewet?" has its only answer in the chair's reading of
    the promises (the member's own turns never name prostitution; refused with them left out)."""

    def is_empty(self) -> bool:
        return self == Constraints()

    def merged(self, other: Constraints) -> Constraints:
        """``other``'s non-empty fields win (explicit UI filters over question-derived ones)."""
        changes = {f: getattr(other, f) for f in self.__dataclass_fields__ if getattr(other, f)}
        return replace(self, **changes)

    def allows_date(self, iso_date: str) -> bool:
        """Whether a debate held on ``iso_date`` ("2025-07-02") lies within the date range."""
        day = date_number(iso_date)
        return day is not None and (self.date_from is None or day >= self.date_from) and (
            self.date_to is None or day <= self.date_to)

    def allows_debate(self, doc_id: str, iso_date: str | None) -> bool:
        """Whether the debate ``doc_id``, held on ``iso_date``, is one the filter names (any, where it
        names none) and lies within its dates (any, where it has none)."""
        dated = self.date_from is not None or self.date_to is not None
        return (not self.doc_ids or doc_id in self.doc_ids) and (not dated or self.allows_date(iso_date or ""))

    def to_dict(self) -> dict[str, Any]:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items() if v}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Constraints:
        if not data:
            return cls()
        def tup(name: str) -> tuple[str, ...]:
            value = data.get(name) or ()
            return (value,) if isinstance(value, str) else tuple(value)
        return cls(
            speakers=tuple(speaker_key(s) for s in tup("speakers")),
            roles=tup("roles"),
            parties=tup("parties"),
            doc_ids=tup("doc_ids"),
            date_from=date_number(data.get("date_from")),
            date_to=date_number(data.get("date_to"), end=True),
            as_members=bool(data.get("as_members")),
        )


def day_of(number: int) -> date:
    """The day of a date number (`date_number`): 20250703 -> 3 July 2025."""
    return date(number // 10000, number // 100 % 100, number % 100)


def date_number(value: Any, end: bool = False) -> int | None:
    """A date as the number YYYYMMDD the index filters on: "2025-07-03" -> 20250703; a bare year
    is its first day, or with ``end`` its last."""
    if value in (None, ""):
        return None
    if isinstance(value, int):
        return value
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return int(text + ("1231" if end else "0101"))
    return int(text[:10].replace("-", ""))
