"""Prompts built from untrusted text: transcript turns and the user's question.

Transcripts and questions are data, never instructions. Each enters the prompt fenced between
``<<<SOURCE n>>>`` / ``<<<END SOURCE n>>>`` (or ``<<<QUESTION>>>`` / ``<<<END QUESTION>>>``)
lines, and the prompt says that fenced text is data. So that no text can close its fence early
or open a fake one, `neutralise` rewrites anything inside it that looks like a fence. The
header line of each source (speaker, debate, date) comes from the transcript's structure but is
neutralised too, and kept to one line. Sentences of a turn that address an assistant ("negeer
alle eerdere instructies", "ignore your instructions", the detector `strip_instructions` uses on
questions) are left out of the prompt altogether, and the header says so: a model cannot obey an
instruction it never sees. The validator still checks quotes against the whole turn.

Templates in `prompts/` name their slots ``{name}``. `render` fills them in one pass over the
template only: a ``{question}`` that a transcript (or a question) contains is never seen as a
slot, because filled-in text is never scanned again (`str.format` and chained ``replace`` both
would substitute it, or fail on a stray brace).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering import format_date, prompt_sections, speaker_title
from assistant.models import Citation
from assistant.question import strip_instructions
from ingest.errors import ConfigError
from ingest.profiles.language import language_profile

MAX_SOURCE_CHARS = 1500
"""A turn longer than this enters the prompt as its selected quote only (at most 450
characters, `assistant.answering.MAX_QUOTE_CHARS`): five whole long turns would crowd a 4k
context, which is what the GGUF backend opens."""

_SLOT = re.compile(r"\{([a-z_]+)\}")
_OPENERS = re.compile(r"[<＜﹤〈⟨‹«≪⟪〈《]{2,}")
_CLOSERS = re.compile(r"[>＞﹥〉⟩›»≫⟫〉》]{2,}")
_FENCE_WORDS = re.compile(r"\b(END\s+SOURCE|SOURCE|END\s+QUESTION|QUESTION|END\s+HISTORY|HISTORY)\b")


def neutralise(text: str) -> str:
    """``text`` with nothing left that could pass for a fence line: runs of two or more angle
    brackets or their look-alikes become one ``‹``/``›``; the fence words in capitals become
    lower case (verbatim checks fold case). Everything else is untouched, so quotes taken from
    it stay verbatim."""
    text = _OPENERS.sub("‹", text)
    text = _CLOSERS.sub("›", text)
    return _FENCE_WORDS.sub(lambda m: m.group(0).lower(), text)


def _one_line(text: str) -> str:
    return " ".join(neutralise(text).split())


def fence(label: str, text: str) -> str:
    """``text`` between ``<<<LABEL>>>`` and ``<<<END LABEL>>>`` lines, neutralised."""
    return f"<<<{label}>>>\n{neutralise(text).strip()}\n<<<END {label}>>>"


def format_sources(citations: Sequence[Citation], language: str) -> str:
    """The numbered sources, each fenced, with who/party/role/debate/date on a header line
    taken from the transcript's structure."""
    blocks = []
    for c in citations:
        header = _one_line(f"[{c.n}] {speaker_title(c, language)}, {c.doc_title}, {format_date(c.date, language)}")
        text = c.text if len(c.text) <= MAX_SOURCE_CHARS else c.quote
        text, dropped = strip_instructions(text)
        if dropped:
            header += " (sentences addressed to an AI assistant were left out of this turn)"
        blocks.append(f"{header}\n{fence(f'SOURCE {c.n}', text)}")
    return "\n\n".join(blocks)


def render(name: str, **values: str) -> str:
    """The prompt ``prompts/<name>`` (without its title line) with each ``{slot}`` filled from
    ``values`` in a single pass over the template. Raises `ConfigError` if the template names a
    slot that has no value (a typo in a prompt file must not reach the model)."""
    template = prompt_sections(name)[""].split("\n", 2)[-1].lstrip()
    missing = sorted({m.group(1) for m in _SLOT.finditer(template)} - set(values))
    if missing:
        raise ConfigError(f"prompts/{name} has slots with no value: {', '.join(missing)}")
    return _SLOT.sub(lambda m: values[m.group(1)], template)


def answer_prompt(citations: Sequence[Citation], question: str, language: str) -> str:
    """The answering prompt: fenced sources, the fenced question, the answer language."""
    return render(
        "answer.md",
        sources=format_sources(citations, language),
        question=fence("QUESTION", question),
        language_name=language_profile(language).name,
    )


def condense_prompt(history_text: str, question: str) -> str:
    """The follow-up rewriting prompt, with the conversation and the follow-up fenced."""
    return render("condense.md", history=fence("HISTORY", history_text), question=fence("QUESTION", question))
