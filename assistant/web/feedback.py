"""The feedback log: one JSON object per line, appended under a lock, bounded and rotated.

A record keeps what the user judged (question, answer text, citations) so it can be reviewed
without the index; the full turn texts are left out (the turn ids find them again). Records come
from clients, so each is bounded: every text field is cut to a limit (``FIELD_LIMITS``; a cut
record says ``"truncated": true``), at most ``MAX_CITATIONS`` citations and ``MAX_CLOSEST``
closest turns are kept, and a record is never over ``MAX_RECORD_BYTES`` (a 3.9 MB request once
stored 3.9 MB). With those limits a record of real answers stays near 3 KB.

The file is rotated by size: before a record would take it past ``max_bytes``
(``DEBATE_FEEDBACK_MAX_BYTES``), ``feedback.jsonl`` becomes ``feedback.jsonl.1``, ``.1`` becomes
``.2`` and so on; ``backups`` (``DEBATE_FEEDBACK_BACKUPS``) old files are kept, older ones
deleted. The lock is a thread lock (one server process answers many users) and an ``flock`` on
a sibling ``.lock`` file (several processes may share one log, and the log file itself is
renamed by rotation).
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

Rating = Literal["helpful", "wrong"]
RATINGS: tuple[str, ...] = ("helpful", "wrong")
_CITATION_FIELDS = ("n", "turn_id", "doc_id", "doc_title", "date", "speaker", "party", "role", "quote")
_FILTER_FIELDS = ("speakers", "parties", "roles", "doc_ids", "date_from", "date_to")

FIELD_LIMITS = {"question": 2000, "answer": 8000, "comment": 2000, "quote": 600, "backend": 100}
"""Characters kept per text field: the question and comment limits match the API's; an answer
of 8,000 characters is longer than any the assistant gives (extractive ones quote five passages)."""
SHORT_FIELD_CHARS = 200
"""Other citation fields (ids, titles, names) and filter values."""
MAX_CITATIONS = 10
MAX_CLOSEST = 3
MAX_FILTER_VALUES = 10
MAX_RECORD_BYTES = 64 * 1024
"""A record past this size after the cuts above (only possible with many multi-byte
characters) keeps just the citations' numbers and turn ids."""


class FeedbackLog:
    """Appends feedback records to ``path`` (created with its folder on first use), rotating it
    before it grows past ``max_bytes`` and keeping ``backups`` old files."""

    def __init__(self, path: Path, max_bytes: int = 10_000_000, backups: int = 5) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups
        self._lock = threading.Lock()

    def record(self, rating: Rating, answer: Mapping[str, Any], *, source: str,
               comment: str | None = None) -> dict[str, Any]:
        """Append one record for ``answer`` (an ``Answer.to_dict()``) and return it.

        Raises ``ValueError`` for a rating other than ``helpful`` or ``wrong``.
        """
        if rating not in RATINGS:
            raise ValueError(f"rating must be one of {', '.join(RATINGS)}, not {rating!r}")
        entry, line = bounded_record(rating, answer, source=source, comment=comment)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        with self._lock, lock_path.open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                self._rotate_if_full(len(line))
                with self.path.open("ab") as handle:
                    handle.write(line)
                    handle.flush()
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
        return entry

    def _rotate_if_full(self, incoming: int) -> None:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size == 0 or size + incoming <= self.max_bytes:
            return
        if self.backups == 0:
            self.path.unlink()
            return
        for n in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{n}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{n + 1}"))
        os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))


def bounded_record(rating: str, answer: Mapping[str, Any], *, source: str,
                   comment: str | None) -> tuple[dict[str, Any], bytes]:
    """The record for ``answer`` with every field cut to its limit, and its JSON line."""
    clip = _Clipper()
    entry: dict[str, Any] = {
        "timestamp": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "rating": rating,
        "source": clip.text(source, "backend"),
        "question": clip.text(answer.get("question"), "question"),
        "answer": clip.text(answer.get("answer"), "answer"),
        "answerable": answer.get("answerable") if isinstance(answer.get("answerable"), bool) else None,
        "citations": clip.citations(answer.get("citations"), MAX_CITATIONS),
        "closest": clip.citations(answer.get("closest"), MAX_CLOSEST),
        "filters": clip.filters(answer.get("filters")),
        "backend": clip.text(answer.get("backend"), "backend"),
        "comment": clip.text(comment, "comment"),
        "truncated": False,
    }
    entry["truncated"] = clip.cut
    line = _line(entry)
    if len(line) > MAX_RECORD_BYTES:
        for key in ("citations", "closest"):
            entry[key] = [{"n": c.get("n"), "turn_id": c.get("turn_id")} for c in entry[key]]
        entry["filters"] = {}
        entry["truncated"] = True
        line = _line(entry)
    return entry, line


def _line(entry: Mapping[str, Any]) -> bytes:
    return (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8", "replace")


class _Clipper:
    """Cuts values to their limits and remembers whether it cut anything."""

    def __init__(self) -> None:
        self.cut = False

    def text(self, value: Any, field: str | None = None) -> str | None:
        if value is None:
            return None
        text = value if isinstance(value, str) else str(value)
        text = text.encode("utf-8", "replace").decode("utf-8")  # no lone surrogates in the log
        limit = FIELD_LIMITS.get(field or "", SHORT_FIELD_CHARS)
        if len(text) > limit:
            self.cut = True
            return text[:limit] + "…"
        return text

    def citations(self, values: Any, limit: int) -> list[dict[str, Any]]:
        items = [c for c in values if isinstance(c, Mapping)] if isinstance(values, list | tuple) else []
        if len(items) > limit or (isinstance(values, list | tuple) and len(items) != len(values)):
            self.cut = True
        return [{key: self._field(c.get(key), key) for key in _CITATION_FIELDS} for c in items[:limit]]

    def _field(self, value: Any, key: str) -> Any:
        if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
            return value
        return self.text(value, key)

    def filters(self, values: Any) -> dict[str, Any]:
        if not isinstance(values, Mapping):
            return {}
        kept: dict[str, Any] = {}
        for key in _FILTER_FIELDS:
            value = values.get(key)
            if isinstance(value, list | tuple):
                if len(value) > MAX_FILTER_VALUES:
                    self.cut = True
                kept[key] = [self.text(v) for v in value[:MAX_FILTER_VALUES]]
            elif value is not None:
                kept[key] = self._field(value, key)
        evidence = values.get("evidence")
        if isinstance(evidence, Mapping):  # why the answer was (not) given: a few numbers and words
            items = list(evidence.items())[:MAX_FILTER_VALUES]
            kept["evidence"] = {self.text(k): (v if isinstance(v, bool | int | float) else
                                               [self.text(x) for x in v[:MAX_FILTER_VALUES]] if isinstance(v, list)
                                               else self.text(v)) for k, v in items}
        return {k: v for k, v in kept.items() if v not in (None, [], "", {})}
