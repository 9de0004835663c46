"""Hand-written question sets: the golden sets that gate regressions (``eval/golden/*.jsonl``)
and the development set used to tune and calibrate (``eval/dev.jsonl``).

Why the format is as it is (the full description is in ``eval/golden/README.md``):

* **JSONL, one question per line.** A reviewer reads and diffs one question at a time, and an
  error names ``file:line``, so a broken entry is found in seconds.
* **Gold turns are referenced by (doc id, speaker, verbatim phrase), never by turn id or chunk id.**
  Turn indices shift when a parser learns to split or merge turns differently and chunk ids change
  with every chunking setting; a distinctive phrase from the speaker's own words keeps pointing at
  the same stretch of speech. :func:`resolve_gold_turns` turns a reference into the current turn id
  and fails loudly when the phrase matches no turn or more than one, so a parser change that breaks
  attribution (a label leaking into the text, two speakers merged) shows up as a failing reference
  rather than a silently wrong score.
* **Key facts are short phrases in the transcript's language** that a correct answer must convey.
  They occur (nearly) verbatim in a gold turn, which keeps them checkable against the corpus; a
  deliberate paraphrase is marked with a leading ``~``.
* **Unanswerable questions carry no gold turns.** The right behaviour is to say the transcripts do
  not cover it; ``absent_terms`` (optional) lists words whose absence from the corpus was checked
  when the question was written, so the claim "not in the corpus" stays tested.

Every question was written by a person reading the transcripts, not generated from system output.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ingest.models import Transcript, Turn

TAGS: frozenset[str] = frozenset(
    {
        "speaker-specific",
        "number-lookup",
        "name-lookup",
        "cross-lingual",
        "dutch",
        "follow-up",
        "unanswerable",
        "adversarial",
        "topic",
        "chair",
        "interruption",
        # question kinds of the development set (eval/dev/): what the answerability model must learn
        "paraphrase",
        "who-said",
        "why",
        "yes-no",
        "motion",
        "commitment",
        # kinds of unanswerable question, each beside the tag 'unanswerable'
        "near-miss",
        "false-premise",
        "wrong-speaker",
        "wrong-debate",
        "absent-topic",
    }
)
LANGUAGES: tuple[str, ...] = ("en", "nl")
PHRASE_MIN_WORDS = 4
PHRASE_MAX_WORDS = 12
PARAPHRASE_MARK = "~"

_REQUIRED = ("id", "question", "language", "answerable", "gold_turns", "expected_speakers", "key_facts", "tags")
_OPTIONAL = ("history", "notes", "absent_terms", "reviewed")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"'})
_SPACE_RE = re.compile(r"\s+")


class GoldenSetError(ValueError):
    """A question file is malformed; the message starts with ``file:line``."""


class GoldReferenceError(LookupError):
    """A gold-turn reference does not resolve to exactly one turn."""


@dataclass(frozen=True)
class GoldTurnRef:
    """A gold turn: the turn of ``speaker`` in document ``doc_id`` that contains ``phrase``."""

    doc_id: str
    speaker: str
    phrase: str


@dataclass(frozen=True)
class HistoryTurn:
    """An earlier question of the same conversation (for follow-ups)."""

    question: str
    answer: str | None = None


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    question: str
    language: str
    answerable: bool
    gold_turns: tuple[GoldTurnRef, ...]
    expected_speakers: tuple[str, ...]
    key_facts: tuple[str, ...]
    tags: tuple[str, ...]
    history: tuple[HistoryTurn, ...] = ()
    notes: str | None = None
    absent_terms: tuple[str, ...] = ()
    source: str = ""

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """The documents of the gold turns, in order, without repeats."""
        return tuple(dict.fromkeys(ref.doc_id for ref in self.gold_turns))

    @property
    def verbatim_key_facts(self) -> tuple[str, ...]:
        """The key facts that must occur (normalised) in a gold turn: those without the ``~`` mark."""
        return tuple(fact for fact in self.key_facts if not fact.startswith(PARAPHRASE_MARK))


def normalize_text(text: str) -> str:
    """Case-folded, NFC, typographic quotes made plain, soft hyphens dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "").translate(_QUOTES)
    return _SPACE_RE.sub(" ", text).strip().casefold()


def speaker_matches(reference: str, speaker: str) -> bool:
    """Whether a reference name denotes a parsed speaker name.

    Equal after normalisation, or one name is the trailing words of the other ("Rutte" and "Mark
    Rutte", "Bergkamp" and "Vera Bergkamp"), so a reference survives a parser choosing between the
    printed surname and the full name. The phrase still has to single out one turn.
    """
    ref_words = normalize_text(reference).split()
    spk_words = normalize_text(speaker).split()
    if not ref_words or not spk_words:
        return False
    shorter, longer = sorted((ref_words, spk_words), key=len)
    return longer[len(longer) - len(shorter) :] == shorter


def _fail(where: str, problem: str) -> GoldenSetError:
    return GoldenSetError(f"{where}: {problem}")


def _str(value: Any, where: str, key: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise _fail(where, f"{key!r} must be a non-empty string")
    return value


def _str_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise _fail(where, f"{key!r} must be a list of strings")
    return tuple(_str(item, where, f"{key}[{i}]") for i, item in enumerate(value))


def _parse_ref(raw: Any, where: str, index: int) -> GoldTurnRef:
    key = f"gold_turns[{index}]"
    if not isinstance(raw, dict) or set(raw) != {"doc_id", "speaker", "phrase"}:
        raise _fail(where, f"{key} must be an object with exactly doc_id, speaker, phrase")
    ref = GoldTurnRef(
        doc_id=_str(raw["doc_id"], where, f"{key}.doc_id"),
        speaker=_str(raw["speaker"], where, f"{key}.speaker"),
        phrase=_str(raw["phrase"], where, f"{key}.phrase"),
    )
    words = len(ref.phrase.split())
    if not PHRASE_MIN_WORDS <= words <= PHRASE_MAX_WORDS:
        raise _fail(where, f"{key}.phrase has {words} words; use {PHRASE_MIN_WORDS}-{PHRASE_MAX_WORDS}: {ref.phrase!r}")
    return ref


def _parse_history(value: Any, where: str) -> tuple[HistoryTurn, ...]:
    if not isinstance(value, list) or not value:
        raise _fail(where, "'history' must be a non-empty list of {\"question\": ...} objects")
    turns = []
    for i, item in enumerate(value):
        if not isinstance(item, dict) or "question" not in item or not set(item) <= {"question", "answer"}:
            raise _fail(where, f"history[{i}] must be an object with 'question' (and optionally 'answer')")
        answer = item.get("answer")
        turns.append(
            HistoryTurn(
                question=_str(item["question"], where, f"history[{i}].question"),
                answer=None if answer is None else _str(answer, where, f"history[{i}].answer"),
            )
        )
    return tuple(turns)


def _require_reviewed(raw: dict[str, Any], where: str) -> None:
    """Drafts from `debate eval generate` carry ``"reviewed": false`` until a person checked them."""
    if raw.get("reviewed", True) is not True:
        raise _fail(where, "a draft that is not reviewed yet ('reviewed': false); check it against the source, "
                           "then set 'reviewed' to true or remove the field")


def parse_question(raw: Any, where: str) -> GoldQuestion:
    """Validate one decoded JSON object; ``where`` (``file:line``) prefixes every error."""
    if not isinstance(raw, dict):
        raise _fail(where, "each line must be a JSON object")
    missing = [key for key in _REQUIRED if key not in raw]
    if missing:
        raise _fail(where, f"missing field(s): {', '.join(missing)}")
    unknown = sorted(set(raw) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise _fail(where, f"unknown field(s): {', '.join(unknown)}")

    _require_reviewed(raw, where)
    location = where
    qid = _str(raw["id"], where, "id")
    if not _ID_RE.match(qid):
        raise _fail(where, f"id {qid!r} must be lower-case letters, digits and hyphens")
    where = f"{where} ({qid})"
    language = raw["language"]
    if language not in LANGUAGES:
        raise _fail(where, f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    answerable = raw["answerable"]
    if not isinstance(answerable, bool):
        raise _fail(where, "'answerable' must be true or false")
    if not isinstance(raw["gold_turns"], list):
        raise _fail(where, "'gold_turns' must be a list")
    refs = tuple(_parse_ref(item, where, i) for i, item in enumerate(raw["gold_turns"]))
    speakers = _str_list(raw["expected_speakers"], where, "expected_speakers")
    facts = _str_list(raw["key_facts"], where, "key_facts")
    tags = _str_list(raw["tags"], where, "tags")
    unknown_tags = sorted(set(tags) - TAGS)
    if unknown_tags:
        raise _fail(where, f"unknown tag(s): {', '.join(unknown_tags)} (known: {', '.join(sorted(TAGS))})")
    if not tags:
        raise _fail(where, "'tags' must not be empty")
    if len(set(tags)) != len(tags):
        raise _fail(where, "duplicate tag")
    history = _parse_history(raw["history"], where) if "history" in raw else ()
    notes = _str(raw["notes"], where, "notes") if "notes" in raw else None
    absent = _str_list(raw["absent_terms"], where, "absent_terms") if "absent_terms" in raw else ()

    if answerable:
        if not refs:
            raise _fail(where, "an answerable question needs at least one gold turn")
        if not facts:
            raise _fail(where, "an answerable question needs at least one key fact")
        if "unanswerable" in tags:
            raise _fail(where, "tag 'unanswerable' on an answerable question")
        if absent:
            raise _fail(where, "'absent_terms' is only for unanswerable questions")
        for ref in refs:
            if not any(speaker_matches(name, ref.speaker) for name in speakers):
                raise _fail(where, f"gold speaker {ref.speaker!r} is not in expected_speakers")
    else:
        if refs or facts:
            raise _fail(where, "an unanswerable question has no gold turns and no key facts")
        if "unanswerable" not in tags:
            raise _fail(where, "an unanswerable question must carry the tag 'unanswerable'")
    if ("follow-up" in tags) != bool(history):
        raise _fail(where, "the tag 'follow-up' and a non-empty 'history' go together")
    if "dutch" in tags and language != "nl":
        raise _fail(where, "tag 'dutch' on a question that is not in Dutch")
    for fact in facts:
        if not fact.lstrip(PARAPHRASE_MARK).strip():
            raise _fail(where, "empty key fact")

    return GoldQuestion(
        id=qid,
        question=_str(raw["question"], where, "question"),
        language=language,
        answerable=answerable,
        gold_turns=refs,
        expected_speakers=speakers,
        key_facts=facts,
        tags=tags,
        history=history,
        notes=notes,
        absent_terms=absent,
        source=location,
    )


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise GoldenSetError(f"{path}: no *.jsonl files")
        return files
    if not path.is_file():
        raise GoldenSetError(f"{path}: no such file or directory")
    return [path]


def load_questions(*paths: str | Path) -> list[GoldQuestion]:
    """Load and validate the questions of each path: a ``.jsonl`` file, or a directory whose
    ``*.jsonl`` files are read in name order. Blank lines are skipped. Ids must be unique across
    everything loaded in one call.

    Raises `GoldenSetError` (message ``file:line: problem``) for invalid JSON, a missing or unknown
    field, an unknown tag, or an inconsistent entry.
    """
    if not paths:
        raise TypeError("load_questions() needs at least one path")
    questions: list[GoldQuestion] = []
    seen: dict[str, str] = {}
    for file in (f for p in paths for f in _files(Path(p))):
        with file.open(encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                where = f"{file}:{lineno}"
                try:
                    raw = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise _fail(where, f"invalid JSON: {exc.msg} (column {exc.colno})") from exc
                question = parse_question(raw, where)
                if question.id in seen:
                    raise _fail(where, f"duplicate id {question.id!r} (first at {seen[question.id]})")
                seen[question.id] = where
                questions.append(question)
    return questions


@lru_cache(maxsize=16384)
def normalize_turn_text(text: str) -> str:
    """`normalize_text` of a turn, computed once: every reference is looked up among all turns of
    its debate, so the same turns were normalised again for each of the ~600 questions (10-20 ms
    a question before this cache)."""
    return normalize_text(text)


def find_turns(ref: GoldTurnRef, transcript: Transcript) -> list[Turn]:
    """Every turn of the reference's speaker in ``transcript`` whose text contains the phrase."""
    phrase = normalize_text(ref.phrase)
    return [
        turn
        for turn in transcript.turns
        if phrase in normalize_turn_text(turn.text) and speaker_matches(ref.speaker, turn.speaker)
    ]


def resolve_gold_turns(question: GoldQuestion, transcripts: Mapping[str, Transcript]) -> list[str]:
    """The turn ids of the question's gold turns, in reference order.

    Raises `GoldReferenceError` naming the question and reference when a document is unknown, or
    a phrase matches zero turns or more than one turn of the named speaker, or two references
    resolve to the same turn.
    """
    ids: list[str] = []
    for i, ref in enumerate(question.gold_turns):
        where = f"{question.source} ({question.id}) gold_turns[{i}]"
        transcript = transcripts.get(ref.doc_id)
        if transcript is None:
            raise GoldReferenceError(f"{where}: unknown doc_id {ref.doc_id!r}")
        matches = find_turns(ref, transcript)
        if len(matches) != 1:
            found = ", ".join(turn.id for turn in matches) or "none"
            raise GoldReferenceError(
                f"{where}: phrase {ref.phrase!r} of speaker {ref.speaker!r} matches "
                f"{len(matches)} turns in {ref.doc_id} (expected exactly 1): {found}"
            )
        if matches[0].id in ids:
            raise GoldReferenceError(f"{where}: resolves to {matches[0].id}, already named by an earlier reference")
        ids.append(matches[0].id)
    return ids


def transcripts_by_id(transcripts: Iterable[Transcript]) -> dict[str, Transcript]:
    """Index parsed transcripts by id (what :func:`resolve_gold_turns` takes)."""
    return {t.id: t for t in transcripts}
