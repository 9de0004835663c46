"""Running the assistant over a question set: which questions, in which configuration, and what
came back (the ranking and the answer), before anything is scored.

Kept apart from scoring so that a score can be recomputed from recorded runs and so that the
configurations a maintainer compares (``--top-k``, ``--degrade``) are visible in one place.
"""

from __future__ import annotations

import copy
import hashlib
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.golden_set import GoldQuestion, GoldReferenceError, load_questions, resolve_gold_turns

REPO = Path(__file__).resolve().parent.parent
GOLDEN_DIR = REPO / "eval" / "golden"
DEV_FILE = REPO / "eval" / "dev.jsonl"
FAST_SIZE = 40
SUBSETS = ("full", "fast")
DEGRADATIONS = ("random-ranking",)
RANDOM_POOL = 30
"""`degrade` "random-ranking" shuffles this many retrieved turns, so gold turns usually fall out of the top 5."""


def question_format(question: GoldQuestion) -> str:
    """The question file's stem (``verslag``, ``vlos``, ``parlamint``, ``dev``): one per format."""
    return Path(question.source.rsplit(":", 1)[0]).stem if question.source else "unknown"


def _rank_key(question: GoldQuestion) -> str:
    return hashlib.sha1(question.id.encode("utf-8")).hexdigest()


def fast_subset(questions: Sequence[GoldQuestion], size: int = FAST_SIZE) -> list[GoldQuestion]:
    """A deterministic subset of about ``size`` questions for CI.

    Questions are taken in the order of a hash of their id (stable when questions are added
    elsewhere in a file), first greedily until every tag and every format is covered twice where
    possible, then round-robin over formats so each format keeps roughly its share. The result
    is returned in the original order.
    """
    order = sorted(questions, key=_rank_key)
    need: dict[str, int] = {}
    for q in order:
        for key in (*(f"tag:{t}" for t in q.tags), f"format:{question_format(q)}"):
            need[key] = min(2, need.get(key, 0) + 1)
    chosen: list[GoldQuestion] = []
    for q in order:
        keys = (*(f"tag:{t}" for t in q.tags), f"format:{question_format(q)}")
        if any(need[k] > 0 for k in keys):
            chosen.append(q)
            for k in keys:
                need[k] = max(0, need[k] - 1)
    by_format: dict[str, list[GoldQuestion]] = {}
    for q in order:
        if q not in chosen:
            by_format.setdefault(question_format(q), []).append(q)
    total = len(questions)
    while len(chosen) < min(size, total):
        fmt = max(by_format, key=lambda f: (len(by_format[f]) / total, f) if by_format[f] else (-1.0, f))
        if not by_format[fmt]:
            break
        chosen.append(by_format[fmt].pop(0))
    ids = {q.id for q in chosen}
    return [q for q in questions if q.id in ids]


def select_questions(paths: Sequence[Path], subset: str = "full") -> list[GoldQuestion]:
    """Load the question files (validated) and take ``subset``: ``full`` or ``fast``."""
    if subset not in SUBSETS:
        raise ValueError(f"unknown subset {subset!r}; use one of {', '.join(SUBSETS)}")
    questions = load_questions(*paths)
    return fast_subset(questions) if subset == "fast" else questions


def configure(assistant: Any, top_k: int | None = None, degrade: str | None = None, seed: int = 0) -> Any:
    """The assistant as the run should see it: with another ``top_k``, or deliberately degraded.

    Returns a shallow copy when anything changes, so the caller's assistant (a shared test
    fixture, say) is untouched. "random-ranking" replaces the copy's public ``retrieve`` with one
    that shuffles a pool of `RANDOM_POOL` retrieved turns (seeded per question, so repeatable);
    `Assistant.ask` retrieves through that method, so answers degrade with the ranking. It exists
    to prove the gate fails on a bad change.
    """
    if top_k is None and degrade is None:
        return assistant
    if degrade is not None and degrade not in DEGRADATIONS:
        raise ValueError(f"unknown degradation {degrade!r}; use one of {', '.join(DEGRADATIONS)}")
    clone = copy.copy(assistant)
    if top_k is not None:
        clone.settings = assistant.settings.replace(top_k=top_k)
    if degrade == "random-ranking":
        original = assistant.retrieve

        def shuffled(question: str, history: Any = None, filters: Any = None, k: int = 10) -> tuple[Any, list[Any]]:
            plan, turns = original(question, history, filters, k=max(k, RANDOM_POOL))
            random.Random(f"{seed}:{question}").shuffle(turns)
            return plan, turns[:k]

        clone.retrieve = shuffled
    return clone


@dataclass(frozen=True)
class QuestionRun:
    """What the assistant returned for one question: the top-10 turn ids, their speakers, the
    answer, and the resolved gold turn ids. ``error`` names a gold reference that did not resolve."""

    question: GoldQuestion
    gold: tuple[str, ...]
    ranked: tuple[str, ...]
    answer: Any
    error: str | None = None


def replay_history(assistant: Any, question: GoldQuestion, cache: dict[tuple[str, ...], Any]) -> list[Any]:
    """Replay the conversation before a follow-up, as the chat does: each earlier question is
    asked with the answers before it, and the follow-up sees those `Answer`s."""
    answers: list[Any] = []
    for i, turn in enumerate(question.history):
        key = tuple(t.question for t in question.history[: i + 1])
        if key not in cache:
            cache[key] = assistant.ask(turn.question, history=list(answers))
        answers.append(cache[key])
    return answers


def _recording(assistant: Any) -> tuple[Any, list[Any]]:
    """A shallow copy of ``assistant`` whose ``retrieve`` keeps what it returned, so the ranking
    the answer was built from is scored without retrieving twice (half the run time)."""
    seen: list[Any] = []
    clone = copy.copy(assistant)
    original = assistant.retrieve

    def retrieve(question: str, history: Any = None, filters: Any = None, k: int = 10) -> tuple[Any, list[Any]]:
        plan, turns = original(question, history, filters, k=k)
        seen.append((k, turns))
        return plan, turns

    clone.retrieve = retrieve
    return clone, seen


def collect(assistant: Any, questions: Sequence[GoldQuestion],
            progress: Callable[[int, GoldQuestion], None] | None = None) -> list[QuestionRun]:
    """Ask every question on ``assistant``; keep the top-10 turns of ``retrieve`` for each
    answerable one (the call `ask` makes, or a call of our own if `ask` made none with k >= 10)."""
    runs: list[QuestionRun] = []
    cache: dict[tuple[str, ...], Any] = {}
    recorder, seen = _recording(assistant)
    for i, q in enumerate(questions):
        history = replay_history(recorder, q, cache)
        gold: tuple[str, ...] = ()
        error = None
        if q.answerable:
            docs = {d: t for d in q.doc_ids if (t := assistant.transcript(d)) is not None}
            try:
                gold = tuple(resolve_gold_turns(q, docs))
            except GoldReferenceError as exc:
                error = f"gold reference does not resolve: {exc}"
        seen.clear()
        answer = recorder.ask(q.question, history=history or None)
        ranked: tuple[str, ...] = ()
        if q.answerable:
            turns = seen[0][1] if len(seen) == 1 and seen[0][0] >= 10 else recorder.retrieve(q.question, history=history or None, k=10)[1]
            ranked = tuple(t.turn_id for t in turns[:10])
        runs.append(QuestionRun(q, gold, ranked, answer, error))
        if progress is not None:
            progress(i + 1, q)
    return runs
