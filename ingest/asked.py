"""The questions members ask, embedded one sentence each at ingest, so that an exchange question
is matched by meaning to the challenge it describes (`assistant.exchange_choice`).

"How did the minister respond when Kahraman interrupted to ask what pressure Europe was building
for a ceasefire?" describes one sentence of Kahraman's challenge ("Kan de minister aangeven welke
druk vanuit Europa wordt opgebouwd?"). A chunk's vector is the whole turn's meaning, and on one
debate the challenges' chunks lie within a few hundredths of cosine of each other: that question
got Kahraman's other challenge, on Al-Jolani (0.7653 against 0.7626). Its question sentence is
0.8098 close, the other challenge's best 0.7948.

Only sentences ending in a question mark are kept, not a member's every sentence: a statement
sentence that meets one word of the question's description pulls the wrong challenge.

Measured through the whole pipeline on the 488 development questions (4 December 2026): questions
passing every check 297 -> 299, none lost (the pressure Kahraman asked about, and why Slob thought
the Council of State agreed), the golden sets identical, question by question; how much the
question weighs beside the chunk is `assistant.exchange_choice.QUESTION_WEIGHT`. Tried and left
out, with the sentences embedded while answering: every sentence of a challenge rather than its
questions, 297 (two won, and the Iran threat and the Meppel junction lost their round to a
statement sentence that met a word of the question); its questions and its request sentences
(the language profile's ``commitment_cues.request``), 298 (the Meppel junction lost to "... is een
iets andere toezegging aan mij gedaan"). Embedding them while answering took an exchange
question's p90 from 122 to 476 ms on two cores (2.7 s for the first question on a debate); at
ingest the sample corpus's 1,208 member questions take ~15 s (a `debate ingest` that embedded
only them, over an index written before they were stored: 33 s, the lexical rebuild included).

Stored beside the debate's transcript (`IndexLayout.asked_file`), with the embedding model and a
digest of the turns they were taken from: a reader ignores a file of another model or of another
version of the debate's text (an ingest killed between the two writes), and answers as before,
from the chunks' vectors, where there is none (an index written before this file existed).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ingest.catalog import IndexLayout
from ingest.durable import write_json_atomic
from ingest.embedder import Embedder
from ingest.models import CABINET_ROLES, Transcript, Turn
from ingest.sentences import split_sentences

ASKED_VERSION = 1


def asks(turn: Turn) -> bool:
    """Whether the turn is a member's, whose questions an exchange question may describe: not the
    chair's procedure, not the cabinet's (its questions are rhetorical, and a question about how
    a member reacted to the cabinet weighs the cabinet's words by their chunks)."""
    return not turn.is_chair and turn.role not in CABINET_ROLES


def asked_sentences(transcript: Transcript) -> list[tuple[str, str]]:
    """``(turn id, sentence)`` for every sentence ending in a question mark of a member's turn."""
    return [(turn.id, sentence.text) for turn in transcript.turns if asks(turn)
            for sentence in split_sentences(turn.text) if sentence.text.rstrip().endswith("?")]


def turns_digest(transcript: Transcript) -> str:
    """What the sentences were taken from: the turns' ids and texts."""
    hasher = hashlib.sha256()
    for turn in transcript.turns:
        hasher.update(f"{turn.id}\x00{turn.text}\x01".encode("utf-8", "surrogatepass"))
    return hasher.hexdigest()


@dataclass(frozen=True)
class AskedSentences:
    """One debate's member questions with their unit vectors, row i = sentence i."""

    model_id: str
    digest: str
    turn_ids: tuple[str, ...]
    texts: tuple[str, ...]
    vectors: np.ndarray
    _rows: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for row, turn_id in enumerate(self.turn_ids):
            self._rows.setdefault(turn_id, []).append(row)

    def closeness(self, turn_id: str, query: np.ndarray) -> float | None:
        """The best cosine of the turn's questions to the unit vector ``query``; None without any."""
        rows = self._rows.get(turn_id)
        if not rows:
            return None
        return float(np.max(self.vectors[rows] @ query))

    def to_dict(self) -> dict[str, Any]:
        matrix = np.ascontiguousarray(self.vectors, dtype="<f4")
        return {"version": ASKED_VERSION, "model_id": self.model_id, "digest": self.digest,
                "dim": int(matrix.shape[1]) if matrix.ndim == 2 else 0,
                "turn_ids": list(self.turn_ids), "texts": list(self.texts),
                "vectors": base64.b64encode(matrix.tobytes()).decode("ascii")}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AskedSentences:
        if data.get("version") != ASKED_VERSION:
            raise ValueError(f"asked-sentences version {data.get('version')!r}, expected {ASKED_VERSION}")
        turn_ids, texts = tuple(data["turn_ids"]), tuple(data["texts"])
        flat = np.frombuffer(base64.b64decode(data["vectors"]), dtype="<f4")
        vectors = flat.reshape(len(turn_ids), int(data["dim"])) if turn_ids else np.zeros((0, 0), np.float32)
        if len(texts) != len(turn_ids):
            raise ValueError(f"{len(texts)} sentences for {len(turn_ids)} turn ids")
        return cls(str(data["model_id"]), str(data["digest"]), turn_ids, texts, vectors.astype(np.float32))


def embed_asked(transcript: Transcript, embedder: Embedder) -> AskedSentences:
    """The debate's member questions, embedded as passages (what they are compared with is the
    description of a challenge the question gives, embedded as a query)."""
    pairs = asked_sentences(transcript)
    texts = [text for _, text in pairs]
    vectors = (np.asarray(embedder.embed_passages(texts), dtype=np.float32) if texts
               else np.zeros((0, embedder.dim), dtype=np.float32))
    return AskedSentences(embedder.model_id, turns_digest(transcript), tuple(t for t, _ in pairs), tuple(texts), vectors)


def save_asked(layout: IndexLayout, doc_id: str, asked: AskedSentences) -> None:
    write_json_atomic(layout.asked_file(doc_id), asked.to_dict())


def remove_asked(layout: IndexLayout, doc_id: str) -> None:
    layout.asked_file(doc_id).unlink(missing_ok=True)


def load_asked(layout: IndexLayout, transcript: Transcript, model_id: str) -> AskedSentences | None:
    """The stored questions of ``transcript`` if they were embedded by ``model_id`` from this very
    text; None otherwise (no file, another model or text, an unreadable file): the caller then
    weighs the chunks' vectors alone, as before this file existed."""
    path: Path = layout.asked_file(transcript.id)
    try:
        asked = AskedSentences.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if asked.model_id != model_id or asked.digest != turns_digest(transcript):
        return None
    return asked
