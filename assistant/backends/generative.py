"""Answers written by a language model, held to the same contract as the extractive ones.

The model sees the numbered sources (the turns the retriever found, with who/party/role/debate/
date from the transcript's structure), fenced as data (`assistant.backends.prompt`), and the
prompt in `prompts/answer.md`. Its text is cut into sentences as it streams; each sentence is
validated (`assistant.citations`) as soon as it is complete, and only the sentences that pass are
streamed on to the user. Nothing unvalidated leaves this module: the final `Answer` carries
exactly the streamed sentences and the sources they cite. If too little survives, or the model
fails, the extractive answer is returned instead, saying so.

The backend only yields text (`LLMBackend.stream`), so validation does not depend on how the text
was fetched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Generator, Iterable
from typing import Any

from assistant.backends.prompt import answer_prompt, condense_prompt
from assistant.citations import AnswerValidator
from assistant.models import Answer, Citation
from ingest.errors import BackendError

MIN_KEPT_SHARE = 0.5
"""Below this share of kept claims the model did not follow the rules (or followed someone
else's), and the extractive answer is more trustworthy than what is left of its answer."""

NOT_FOUND = "NOT_FOUND"

MAX_ANSWER_CHARS = 6000
"""Five sources quoted at length (5 x 450 characters) with their framing fit well inside; a model
that goes on past this is not answering, and the rest of its reply is not read."""


class GenerativeAnswerer:
    def __init__(self, llm: Any) -> None:
        self.llm = llm

    def condense(self, history_text: str, question: str) -> str:
        return str(self.llm.complete(condense_prompt(history_text, question))).strip()

    def answer(self, plan: Any, citations: list[Citation], extractive: Answer,
               speakers: Iterable[str] = ()) -> Generator[str, None, Answer]:
        """Yield validated sentences (each with the space or line break that joins it to the
        previous one) as the model writes them; return the final `Answer`. ``speakers`` are the
        names of every speaker in the index: a sentence that names one must cite a turn of theirs."""
        language = "nl" if plan.language == "nl" else "en"
        prompt = answer_prompt(citations, plan.standalone, language)
        validator = AnswerValidator(citations, speakers)
        raw: list[str] = []
        pieces = self.llm.stream(prompt)
        try:
            read = 0
            for piece in pieces:
                piece = piece[: MAX_ANSWER_CHARS - read]
                read += len(piece)
                raw.append(piece)
                if passed := validator.feed(piece):
                    yield passed
                if read >= MAX_ANSWER_CHARS:
                    break
            if passed := validator.close():
                yield passed
        except BackendError as exc:
            return _fallback(extractive, self.llm.name, f"The language model failed ({exc}); showing the extractive answer.")
        finally:
            getattr(pieces, "close", lambda: None)()  # a reply cut short frees its connection now
        if "".join(raw).strip().startswith(NOT_FOUND):
            return _fallback(extractive, self.llm.name, "The language model found no answer in the sources; showing the extractive answer.")
        checked = validator.result
        if checked.kept_sentences == 0 or checked.kept_sentences < MIN_KEPT_SHARE * checked.total_sentences:
            reasons = "; ".join(list(dict.fromkeys(checked.problems))[:3]) or "no cited statement"
            return _fallback(extractive, self.llm.name, f"The language model's answer failed validation ({reasons}); showing the extractive answer.")
        removed = (f"Removed {len(checked.problems)} sentence(s) of the model's answer that failed validation: "
                   f"{'; '.join(dict.fromkeys(checked.problems))}.") if checked.problems else None
        notice = " ".join(filter(None, [extractive.notice, removed])) or None
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
