"""The optional LLM-judge tier: claim-level faithfulness and answer relevance.

The deterministic tier can prove a quote is verbatim but not that a paraphrase is faithful; a
language model can judge that, at the price of cost and some noise. So this tier runs only when a
model is configured (``settings.llm != "none"``) and is otherwise reported as *skipped*, never as
passed. Faithfulness follows the usual claim decomposition (as in RAGAS): the answer is split
into atomic claims, each claim is checked against the cited turns, and the score is supported
claims / all claims. Relevance is the model's 1-5 rating of how directly the answer addresses
the question, scaled to 0-1. A reply that cannot be parsed is counted, not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from eval.metrics import mean

Complete = Callable[[str], str]

CLAIMS_PROMPT = """Split the answer below into short, atomic factual claims. Write one claim per line, each starting with "- ". Leave out citation markers like [1]. Write nothing else.

Answer:
{answer}
"""

VERIFY_PROMPT = """Sources (speaker turns from parliamentary transcripts):
{sources}

Claim: {claim}

Is the claim fully supported by the sources, including who said it? Reply with exactly one word: SUPPORTED or UNSUPPORTED.
"""

RELEVANCE_PROMPT = """Question: {question}

Answer: {answer}

How directly does the answer address the question (ignore whether it is true)? Reply with one digit from 1 (not at all) to 5 (fully).
"""


@dataclass(frozen=True)
class JudgeScore:
    """One answer's judgement; ``unparsed`` counts model replies that fit no expected form."""

    claims: int
    supported: int
    relevance: float | None
    unparsed: int = 0

    @property
    def faithfulness(self) -> float | None:
        return self.supported / self.claims if self.claims else None


def parse_claims(reply: str) -> list[str]:
    return [line.strip()[2:].strip() for line in reply.splitlines() if line.strip().startswith("- ") and line.strip()[2:].strip()]


def parse_verdict(reply: str) -> bool | None:
    word = reply.strip().split()[0].strip(".:*").upper() if reply.strip() else ""
    return {"SUPPORTED": True, "UNSUPPORTED": False}.get(word)


def parse_rating(reply: str) -> float | None:
    match = re.search(r"\b([1-5])\b", reply)
    return (int(match.group(1)) - 1) / 4 if match else None


def judge_answer(question: str, answer: Any, complete: Complete) -> JudgeScore | None:
    """Judge one `Answer` with ``complete`` (prompt -> reply); None for an abstention."""
    if not answer.answerable:
        return None
    sources = "\n\n".join(f"[{c.n}] {c.speaker}: {c.text}" for c in answer.citations)
    claims = parse_claims(complete(CLAIMS_PROMPT.format(answer=answer.answer)))
    unparsed = 0 if claims else 1
    supported = 0
    for claim in claims:
        verdict = parse_verdict(complete(VERIFY_PROMPT.format(sources=sources, claim=claim)))
        unparsed += verdict is None
        supported += verdict is True
    relevance = parse_rating(complete(RELEVANCE_PROMPT.format(question=question, answer=answer.answer)))
    unparsed += relevance is None
    return JudgeScore(len(claims), supported, relevance, unparsed)


def judge_runs(pairs: Sequence[tuple[str, Any]], complete: Complete | None, reason: str = "") -> dict[str, Any]:
    """The judge tier's section of the result: ``status`` "skipped" (with the reason) or "ran"."""
    if complete is None:
        return {"status": "skipped", "reason": reason or "no LLM configured (settings.llm = none)"}
    scores = [s for q, a in pairs if (s := judge_answer(q, a, complete)) is not None]
    claims = sum(s.claims for s in scores)
    return {
        "status": "ran",
        "answers": len(scores),
        "claims": claims,
        "unparsed_replies": sum(s.unparsed for s in scores),
        "metrics": {
            "judge.faithfulness": sum(s.supported for s in scores) / claims if claims else None,
            "judge.relevance": mean(s.relevance for s in scores),
        },
    }
