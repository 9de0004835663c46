"""What is derived from one parsed debate, derived once (`PerTranscript`).

Commitments, exchange marks and word weights are pure functions of a `Transcript`, and each
reads every turn of the debate: the answers for one question ask for them several times, the
commitment listing for every debate on each request.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from ingest.models import Transcript

T = TypeVar("T")


class PerTranscript(Generic[T]):
    """``derive(transcript)``, kept for the most recently asked ``maxsize`` debates. An entry is
    reused only for the very transcript object it was derived from: a transcript is a frozen
    parse of one index generation, and a later generation loads new objects under the same ids,
    so nothing derived from an old parse is served for a new one. Thread-safe: two requests may
    derive the same debate at once, and both get an equal result."""

    def __init__(self, derive: Callable[[Transcript], T], maxsize: int = 256) -> None:
        self._derive = derive
        self._maxsize = maxsize
        self._kept: OrderedDict[str, tuple[Transcript, T]] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, transcript: Transcript) -> T:
        with self._lock:
            kept = self._kept.get(transcript.id)
            if kept is not None and kept[0] is transcript:
                self._kept.move_to_end(transcript.id)
                return kept[1]
        derived = self._derive(transcript)
        with self._lock:
            self._kept[transcript.id] = (transcript, derived)
            self._kept.move_to_end(transcript.id)
            while len(self._kept) > self._maxsize:
                self._kept.popitem(last=False)
        return derived
