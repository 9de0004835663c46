"""How much one transcript file may cost: a size limit checked before reading, and a time limit
checked while parsing.

Why both: the parsers are linear, but a hostile or broken file can still be huge (a 2 GB log
renamed ``.txt``) or slow in a way no test foresaw, and ingest runs unattended at night next to a
live server. The size limit refuses such a file before a byte of it is read; the time limit stops
a parse that runs too long, so one file can never hold up the rest of a run.

Why a deadline checked in the parsers' loops: ingest parses in its main thread, the server in
worker threads, and the PDF text comes from pure-Python pdfminer. ``signal.alarm`` works only in
the main thread and a watchdog thread cannot stop another thread, so the parsers call
`check_deadline` at each line, element or page instead. The deadline lives in a `ContextVar`, so
concurrent parses in different threads each see their own, and the pure parsing functions keep
their signatures. Work between two checks is bounded (one line, one XML element, one PDF page);
only lxml's own parse of the bytes, linear in C and bounded by the size limit, runs unchecked.

Defaults (measured on this 2-core machine, December 2026): the largest sample transcript is a
0.55 MB VLOS file and parses in 0.3 s; a 50 MB verslag text (the sample repeated, 57,928 turns)
parses in 47 s with a peak of 520 MB, one 50 MB turn in 26 s with 1.1 GB; real verslag PDFs run to
tens of MB, mostly images. So 100 MB and 300 s refuse nothing real and still bound a bad night.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.errors import FileTooLargeError, ParseTimeoutError

if TYPE_CHECKING:  # settings.py imports this module for its defaults
    from ingest.settings import Settings

DEFAULT_MAX_FILE_MB = 100
DEFAULT_MAX_PARSE_SECONDS = 300.0
_MB = 1024 * 1024


@dataclass(frozen=True)
class ParseLimits:
    """The size and time one file may take; built from `Settings` by `from_settings`."""

    max_file_bytes: int = DEFAULT_MAX_FILE_MB * _MB
    max_parse_seconds: float = DEFAULT_MAX_PARSE_SECONDS

    @classmethod
    def from_settings(cls, settings: Settings) -> ParseLimits:
        """The limits of ``settings`` (its ``max_file_mb`` and ``max_parse_seconds``)."""
        return cls(int(settings.max_file_mb * _MB), float(settings.max_parse_seconds))

    def check_size(self, size: int, path: str | Path) -> None:
        """Raise `FileTooLargeError` naming ``path`` when ``size`` bytes is over the limit."""
        if size > self.max_file_bytes:
            raise FileTooLargeError(
                path,
                f"file too large: {size / _MB:.1f} MB ({size} bytes) is over the limit of "
                f"{self.max_file_bytes / _MB:g} MB (setting max_file_mb, DEBATE_MAX_FILE_MB)",
            )


DEFAULT_LIMITS = ParseLimits()


class _Deadline:
    __slots__ = ("clock", "ends", "path", "seconds")

    def __init__(self, path: str, seconds: float, clock: Callable[[], float]) -> None:
        self.path, self.seconds, self.clock = path, seconds, clock
        self.ends = clock() + seconds

    def check(self) -> None:
        if self.clock() >= self.ends:
            raise ParseTimeoutError(
                self.path,
                f"parsing took longer than the limit of {self.seconds:g} s (setting "
                "max_parse_seconds, DEBATE_MAX_PARSE_SECONDS); the file is too large or malformed",
            )


_current: ContextVar[_Deadline | None] = ContextVar("parse_deadline", default=None)


@contextmanager
def parse_deadline(
    path: str | Path, seconds: float, clock: Callable[[], float] = time.monotonic
) -> Iterator[None]:
    """Within this block, `check_deadline` raises `ParseTimeoutError` naming ``path`` once
    ``seconds`` have passed on ``clock`` (a test passes a counting clock)."""
    token = _current.set(_Deadline(str(path), seconds, clock))
    try:
        yield
    finally:
        _current.reset(token)


def check_deadline() -> None:
    """Raise `ParseTimeoutError` if the current parse is past its deadline; no-op outside one.

    Raises:
        ParseTimeoutError: the deadline set by `parse_deadline` has passed.
    """
    deadline = _current.get()
    if deadline is not None:
        deadline.check()
