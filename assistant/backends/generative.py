"""Answers written by a language model, held to the same contract as the extractive ones.

The model sees the numbered sources (the turns the retriever found, with who/party/role/debate/
date from the transcript's structure) and the prompt in `prompts/answer.md`. Its text streams to
the user as it comes; then it is validated (`assistant.citations`) and the final `Answer` carries
only the surviving sentences and the sources they cite. If too little survives, or the model
fails, the extractive answer is returned instead, saying so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Generator, Sequence
from typing import Any

from assistant.answering import format_date, prompt_sections, speaker_title
from assistant.citations import validate_answer
from assistant.models import Answer, Citation
from ingest.errors import BackendError

MIN_KEPT_SHARE = 0.5
MAX_SOURCE_CHARS = 1500


def format_sources(citations: Sequence[Citation], language: str) -> str:
    blocks = []
    for c in citations:
        header = f"[{c.n}] {speaker_title(c, language)}, {c.doc_title}, {format_date(c.date, language)}"
        text = c.text if len(c.text) <= MAX_SOURCE_CHARS else c.quote
        blocks.append(f"{header}\n{text}")
    return "\n\n".join(blocks)


def render_prompt(name: str, **values: str) -> str:
    template = prompt_sections(name)[""].split("\n", 2)[-1].lstrip()
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


class GenerativeAnswerer:
    def __init__(self, llm: Any) -> None:
        self.llm = llm

    def condense(self, history_text: str, question: str) -> str:
        return self.llm.complete(render_prompt("condense.md", history=history_text, question=question)).strip()

    def answer(self, plan: Any, citations: list[Citation], extractive: Answer) -> Generator[str, None, Answer]:
        language = "nl" if plan.language == "nl" else "en"
        prompt = render_prompt(
            "answer.md",
            sources=format_sources(citations, language),
            question=plan.standalone,
            language_name="Dutch" if language == "nl" else "English",
        )
        pieces: list[str] = []
        try:
            for piece in self.llm.stream(prompt):
                pieces.append(piece)
                yield piece
        except BackendError as exc:
            return _fallback(extractive, self.llm.name, f"The language model failed ({exc}); showing the extractive answer.")
        text = "".join(pieces).strip()
        if text.startswith("NOT_FOUND"):
            return _fallback(extractive, self.llm.name, "The language model found no answer in the sources; showing the extractive answer.")
        checked = validate_answer(text, citations)
        if checked.kept_sentences == 0 or checked.kept_sentences < MIN_KEPT_SHARE * checked.total_sentences:
            reasons = "; ".join(checked.problems[:3]) or "no cited statement"
            return _fallback(extractive, self.llm.name, f"The language model's answer failed validation ({reasons}); showing the extractive answer.")
        notice = " ".join(filter(None, [extractive.notice, *(f"Removed: {p}." for p in checked.problems)])) or None
        return dataclasses.replace(
            extractive,
            answer=checked.text,
            citations=tuple(c for c in citations if c.n in checked.cited),
            backend=self.llm.name,
            notice=notice,
        )


def _fallback(extractive: Answer, backend: str, notice: str) -> Answer:
    joined = " ".join(filter(None, [notice, extractive.notice]))
    return dataclasses.replace(extractive, backend=f"extractive (fallback from {backend})", notice=joined)
