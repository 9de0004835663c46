"""The feedback log: one JSON object per line, appended under a lock.

A record keeps what the user judged (question, answer text, citations) so it can be reviewed
without the index; the full turn texts are left out (the turn ids find them again). The lock is
both a thread lock (one server process answers many users) and an ``flock`` on the file (several
processes may share one log).
"""

from __future__ import annotations

import fcntl
import json
import threading
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

Rating = Literal["helpful", "wrong"]
RATINGS: tuple[str, ...] = ("helpful", "wrong")
_CITATION_FIELDS = ("n", "turn_id", "doc_id", "doc_title", "date", "speaker", "party", "role", "quote")


class FeedbackLog:
    """Appends feedback records to ``path`` (created with its folder on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, rating: Rating, answer: Mapping[str, Any], *, source: str,
               comment: str | None = None) -> dict[str, Any]:
        """Append one record for ``answer`` (an ``Answer.to_dict()``) and return it.

        Raises ``ValueError`` for a rating other than ``helpful`` or ``wrong``.
        """
        if rating not in RATINGS:
            raise ValueError(f"rating must be one of {', '.join(RATINGS)}, not {rating!r}")
        entry = {
            "timestamp": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "rating": rating,
            "source": source,
            "question": answer.get("question", ""),
            "answer": answer.get("answer", ""),
            "answerable": answer.get("answerable"),
            "citations": [_compact(c) for c in answer.get("citations") or []],
            "closest": [_compact(c) for c in answer.get("closest") or []],
            "filters": answer.get("filters") or {},
            "backend": answer.get("backend"),
            "comment": comment,
        }
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock, self.path.open("a", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                handle.write(line)
                handle.flush()
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
        return entry


def _compact(citation: Mapping[str, Any]) -> dict[str, Any]:
    return {key: citation.get(key) for key in _CITATION_FIELDS}
