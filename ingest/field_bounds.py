"""Bounds on the short fields of a parsed `Transcript`: names, titles, sections, labels.

Why: these fields are copied into every chunk (the speaker header of the embedded text, the
chunk metadata in Chroma), so a field of a megabyte, which a hostile file can carry in a VLOS
``titel`` or a TEI ``head``, costs a megabyte per chunk: a 1 MB title in a turn of 2,000 chunks
took minutes and gigabytes to chunk (issue 11). Real fields are short; the longest in the samples
are a section title of 182 characters and a function of 77.

* Display fields (title, committee, section, label, ...) longer than `MAX_FIELD_CHARS` are cut,
  with "…" and one warning per field.
* Attribution fields (speaker, party, function) longer than that are not a name or an office, and
  attribution is never guessed: the file fails, naming the turn.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ingest.errors import TranscriptParseError
from ingest.models import Transcript, Turn

MAX_FIELD_CHARS = 500
"""Nearly three times the longest field in the samples (a 182-character section title)."""

_DISPLAY_FIELDS = ("title", "committee", "kind", "chamber", "number", "status")
_TURN_DISPLAY_FIELDS = ("section", "label")
_ATTRIBUTION_FIELDS = ("speaker", "party", "function")


def _cut(value: str) -> str:
    return value[: MAX_FIELD_CHARS - 1] + "…"


def bound_fields(transcript: Transcript, source_path: str) -> Transcript:
    """``transcript`` with over-long display fields cut (and a warning per field).

    Raises:
        TranscriptParseError: a turn's speaker, party or function is over `MAX_FIELD_CHARS`.
    """
    warnings: list[str] = []
    # Any: dataclasses.replace takes each field's own type; these are all str fields
    changes: dict[str, Any] = {
        name: _cut(value)
        for name in _DISPLAY_FIELDS
        if isinstance(value := getattr(transcript, name), str) and len(value) > MAX_FIELD_CHARS
    }
    warnings.extend(f"{name} longer than {MAX_FIELD_CHARS} characters, cut" for name in changes)
    turns = tuple(_bound_turn(turn, source_path, warnings) for turn in transcript.turns)
    if not warnings:
        return transcript
    return dataclasses.replace(
        transcript, **changes, turns=turns, warnings=(*transcript.warnings, *dict.fromkeys(warnings))
    )


def _bound_turn(turn: Turn, source_path: str, warnings: list[str]) -> Turn:
    for name in _ATTRIBUTION_FIELDS:
        value = getattr(turn, name)
        if value is not None and len(value) > MAX_FIELD_CHARS:
            problem = (f"turn {turn.index}: {name} of {len(value)} characters is over the limit of "
                       f"{MAX_FIELD_CHARS}: not a {name}")
            raise TranscriptParseError(source_path, problem)
    changes: dict[str, Any] = {
        name: _cut(value)
        for name in _TURN_DISPLAY_FIELDS
        if (value := getattr(turn, name)) is not None and len(value) > MAX_FIELD_CHARS
    }
    warnings.extend(f"turn {name} longer than {MAX_FIELD_CHARS} characters, cut" for name in changes)
    return dataclasses.replace(turn, **changes) if changes else turn
