"""Fault injection for the ingest's crash-safety tests: ``DEBATE_FAULT=<stage>`` (the `fault`
setting) makes an ingest kill itself with SIGKILL the first time it reaches that stage boundary;
``<stage>:<n>`` the n-th time (per-document stages are reached once per document written).

SIGKILL, not an exception: nothing runs after it (no ``finally``, no flush, no atexit), which is
what a power cut, the OOM killer or ``kill -9`` does to a nightly ingest. The tests in
``tests/ingest/test_fault_injection.py`` kill a run at every stage below, rerun it without the
fault and check that the index equals a clean build.

The setting is read once, at the edge (`Settings`), and armed for the length of one ingest; with
no fault armed `fault_point` is a dictionary lookup.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager

from ingest.errors import ConfigError

STAGES = (
    "after-parse",                   # every file parsed and planned; nothing written
    "after-generation-begin",        # manifest and Chroma carry the new generation id
    "after-pending-mark",            # manifest says: this document is being written
    "after-chroma-upsert",           # the document's chunks are in Chroma
    "after-stale-delete",            # its chunks that no longer exist are gone from Chroma
    "after-transcript-write",        # its parsed transcript is on disk
    "after-manifest-complete",       # the manifest marks it complete
    "after-old-unlisted",            # a replaced document (its file now yields another id) is out of the manifest
    "after-old-chunks-delete",       # ... and its chunks are out of Chroma
    "after-orphans-delete",          # chunks of documents the manifest does not list are gone
    "after-chroma-copy",             # mending a killed run: Chroma's rows copied to a new collection ...
    "after-collection-drop",         # ... the old collection dropped, the copy not yet renamed
    "after-vectors-save",            # the new lexical folder (BM25, chunk table, vectors) is written
    "during-lexical-swap",           # the old lexical folder is moved aside, the new one not yet in
    "after-lexical-save",            # the new lexical folder is in place: all agree, generation.json is the old one
    "after-generation-write",        # the run is published
)

_armed: dict[str, int] = {}
"""The armed stage -> how many more times it may be passed before it fires (empty: none)."""


def check_stage(fault: str | None) -> tuple[str, int] | None:
    """``fault`` (``stage`` or ``stage:n``) as (stage, n), or None; raises `ConfigError` for an
    unknown stage or a bad count, since a typo would otherwise never fire."""
    if fault is None:
        return None
    stage, _, count = fault.partition(":")
    if stage not in STAGES or (count and not (count.isdigit() and int(count) >= 1)):
        raise ConfigError(f"fault must be one of {', '.join(STAGES)}, optionally with :<n> (n >= 1), not {fault!r}")
    return stage, int(count or 1)


@contextmanager
def armed(fault: str | None) -> Iterator[None]:
    """Arm ``fault`` (None: none) for the duration of one ingest."""
    global _armed
    parsed = check_stage(fault)
    previous, _armed = _armed, ({parsed[0]: parsed[1]} if parsed else {})
    try:
        yield
    finally:
        _armed = previous


def fault_point(stage: str) -> None:
    """A stage boundary: if ``stage`` is armed and this is its n-th pass, die here as
    ``kill -9`` would."""
    if stage in _armed:
        _armed[stage] -= 1
        if _armed[stage] == 0:
            os.kill(os.getpid(), signal.SIGKILL)
