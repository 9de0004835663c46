"""`debate eval generate`: draft candidate questions from a transcript, for a person to review.

Writing golden questions is slow mostly because of the bookkeeping: finding a turn worth asking
about, a phrase that singles it out, facts in the transcript's own words. This module does that
part and leaves the judgement to the reviewer. It picks turns with something checkable in them
(a number, an acronym, a proper name), picks a gold phrase that matches exactly one turn of that
speaker (the loader's own rule), and templates a question; with a language model configured the
model words the question and the template is the fallback.

Drafts carry ``"reviewed": false`` and live in ``eval/drafts/``: the loader refuses such a line,
and the eval reads only ``eval/golden/``, so a draft counts only after a person has checked it
against the source, set ``reviewed`` to true (or removed it) and moved it into a golden file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.golden_set import GoldTurnRef, find_turns, normalize_text, parse_question

DRAFTS_DIR = Path(__file__).resolve().parent / "drafts"
MIN_TURN_CHARS = 150
MIN_CHAIR_TURN_CHARS = 400
MAX_PER_SPEAKER = 3
PREFIX = {"verslag": "vs", "verslag_pdf": "vs", "vlos": "vl", "parlamint": "pm"}
_SENTENCE = re.compile(r"[^.!?]+[.!?]")
_NUMBER = re.compile(r"\b\d[\d.,]*(?:\s*(?:%|procent|miljoen|miljard|euro|jaar|maanden|weken|dagen|keer))?")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9/&-]*[A-Z0-9]\b")
_PROPER = re.compile(r"\b[A-Z][a-zë]{3,}(?:\s+[A-Z][a-zë]{2,})*")
_COMMON = frozenset("Voorzitter Kamer Minister Staatssecretaris Nederland Nederlandse Tweede Eerste Dank Ook Want Maar "
                    "Daarom Verder Tot Dat Die Dit Wij Het Een Als Dan Wat Hoe Waarom Ja Nee".split())
LLM_PROMPT = """Below is one speaker turn from a Dutch parliamentary transcript. Write one question in Dutch that a parliamentary staff member might ask and that this turn answers, and copy the 2-8 words of the turn that hold the answer.
Reply with JSON only: {{"question": "...", "key_fact": "..."}}

Speaker: {who}
Turn:
{text}
"""


@dataclass(frozen=True)
class Anchor:
    """Something checkable in a sentence: a number or a name, and the fact around it."""

    kind: str
    text: str
    start: int
    end: int


def anchors(sentence: str, ignore: frozenset[str] = frozenset()) -> list[Anchor]:
    """Numbers (amounts, counts, dates) and names (acronyms, capitalised names not opening the
    sentence) in ``sentence``; ``ignore`` holds words too common to ask about (parties, the speakers' own names)."""
    found = []
    for m in _NUMBER.finditer(sentence):
        text = m.group().strip().rstrip(".,")
        if not re.fullmatch(r"\d{1,2}", text):
            found.append(Anchor("number", text, m.start(), m.start() + len(text)))
    names = [m for m in _ACRONYM.finditer(sentence) if len(m.group()) >= 2]
    names += [m for m in _PROPER.finditer(sentence) if m.start() > 0 and m.group().split()[0] not in _COMMON]
    found += [Anchor("name", m.group(), m.start(), m.end()) for m in names
              if not set(m.group().split()) & ignore and not m.group().endswith(("se", "sche"))]  # no adjectives
    return found


def weight(anchor: Anchor) -> int:
    """How good a fact an anchor makes: an amount or percentage beats a count beats a year."""
    if anchor.kind == "number":
        if not anchor.text.isdigit():
            return 3
        return 1 if re.fullmatch(r"(19|20)\d\d", anchor.text) else 2
    return 2 if anchor.text.isupper() else 1


def who(turn: Any) -> str:
    """How a question names the speaker: "minister Blok", "Van Laar (PvdA)", "de voorzitter (Pool)"."""
    if turn.is_chair:
        return f"de voorzitter ({turn.speaker})"
    if turn.role == "minister":
        return f"minister {turn.speaker}"
    if turn.role == "state_secretary":
        return f"staatssecretaris {turn.speaker}"
    return f"{turn.speaker} ({turn.party})" if turn.party else turn.speaker


def _words_around(sentence: str, anchor: Anchor, width: int) -> str:
    """About ``width`` words of ``sentence`` around the anchor, cut from the sentence itself so
    the phrase stays verbatim (punctuation included)."""
    words = list(re.finditer(r"\S+", sentence))
    inside = [i for i, w in enumerate(words) if w.end() > anchor.start and w.start() < anchor.end]
    if not inside:
        return anchor.text
    first = max(0, inside[0] - max(0, width // 2 - 1))
    last = min(len(words) - 1, max(inside[-1], first + width - 1))
    return sentence[words[first].start() : words[last].end()].strip(" ,;:")


def unique_phrase(transcript: Any, turn: Any, sentence: str, anchor: Anchor) -> str | None:
    """A 6-12 word stretch around the anchor that matches only this turn of this speaker."""
    for width in (8, 10, 12, 6):
        phrase = _words_around(sentence, anchor, width)
        if not 4 <= len(phrase.split()) <= 12:
            continue
        matches = find_turns(GoldTurnRef(transcript.id, turn.speaker, phrase), transcript)
        if [t.id for t in matches] == [turn.id]:
            return phrase
    return None


def _best_sentence(turn: Any, ignore: frozenset[str]) -> tuple[int, str, Anchor] | None:
    best = None
    for m in _SENTENCE.finditer(turn.text):
        sentence = m.group().strip()
        if not 40 <= len(sentence) <= 400:
            continue
        found = anchors(sentence, ignore)
        if not found:
            continue
        score = sum(weight(a) for a in found)
        if best is None or score > best[0]:
            best = (score, sentence, max(found, key=lambda a: (weight(a), len(a.text))))
    return best


def _template(turn: Any, sentence: str, anchor: Anchor) -> tuple[str, str, list[str]]:
    """(question, key fact, tags) without a model."""
    if anchor.kind == "number":
        context = " ".join(sentence[anchor.end :].split()[:5]).strip(" ,;:.")
        if len(context.split()) < 3:
            context = " ".join(sentence[: anchor.start].split()[-5:]).strip(" ,;:.")
        return (f"Welk getal noemde {who(turn)} bij „{context}”?", anchor.text,
                ["speaker-specific", "number-lookup", "dutch"])
    fact = _words_around(sentence, anchor, 5)
    return f"Wat zei {who(turn)} over {anchor.text}?", fact, ["speaker-specific", "name-lookup", "dutch"]


def _from_llm(complete: Callable[[str], str], turn: Any) -> tuple[str, str] | None:
    reply = complete(LLM_PROMPT.format(who=who(turn), text=turn.text[:3000]))
    match = re.search(r"\{.*\}", reply, flags=re.S)
    try:
        data = json.loads(match.group()) if match else {}
    except json.JSONDecodeError:
        return None
    question, fact = str(data.get("question", "")).strip(), str(data.get("key_fact", "")).strip()
    if question and fact and normalize_text(fact) in normalize_text(turn.text):
        return question, fact
    return None


def draft_questions(transcript: Any, n: int = 10, complete: Callable[[str], str] | None = None) -> list[dict[str, Any]]:
    """Up to ``n`` draft questions (golden-format dicts with ``"reviewed": false``), one per turn,
    best-anchored turns first, at most `MAX_PER_SPEAKER` per speaker, in document order."""
    ignore = frozenset(t.party for t in transcript.turns if t.party) | {
        w for t in transcript.turns for w in t.speaker.split() if w[:1].isupper()}
    candidates = []
    for turn in transcript.turns:
        if len(turn.text) < (MIN_CHAIR_TURN_CHARS if turn.is_chair else MIN_TURN_CHARS):
            continue  # a chair's short turns are procedure; a long one (a commemoration) is content
        if (best := _best_sentence(turn, ignore)) is None:
            continue
        candidates.append((best[0], turn, best[1], best[2]))
    candidates.sort(key=lambda c: (-c[0], c[1].index))
    per_speaker: dict[str, int] = {}
    chosen = []
    facts: set[str] = set()
    for _, turn, sentence, anchor in candidates:
        if len(chosen) >= n or per_speaker.get(turn.speaker, 0) >= MAX_PER_SPEAKER or anchor.text in facts:
            continue
        phrase = unique_phrase(transcript, turn, sentence, anchor)
        if phrase is not None:
            per_speaker[turn.speaker] = per_speaker.get(turn.speaker, 0) + 1
            facts.add(anchor.text)
            chosen.append((turn, sentence, anchor, phrase))
    chosen.sort(key=lambda c: c[0].index)
    slug = re.sub(r"[^a-z0-9]+", "-", transcript.id.lower()).strip("-")[-24:]
    drafts = []
    for i, (turn, sentence, anchor, phrase) in enumerate(chosen, start=1):
        question, fact, tags = _template(turn, sentence, anchor)
        method = "template"
        if complete is not None and (worded := _from_llm(complete, turn)) is not None:
            (question, fact), method = worded, "LLM"
        draft = {
            "id": f"{PREFIX.get(transcript.source_format, 'dev')}-draft-{slug}-{i:03d}",
            "question": question, "language": "nl", "answerable": True,
            "gold_turns": [{"doc_id": transcript.id, "speaker": turn.speaker, "phrase": phrase}],
            "expected_speakers": [turn.speaker], "key_facts": [fact], "tags": tags,
            "notes": f"Drafted by `debate eval generate` ({method}) from turn {turn.id}. Check the question, "
                     "key fact and tags against the source, then set reviewed to true and move it into eval/golden/.",
            "reviewed": False,
        }
        parse_question({k: v for k, v in draft.items() if k != "reviewed"}, f"draft {draft['id']}")
        drafts.append(draft)
    return drafts


def write_drafts(drafts: Sequence[dict[str, Any]], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts), encoding="utf-8")
    return path


def drafts_path(doc_id: str, out_dir: Path = DRAFTS_DIR) -> Path:
    return out_dir / (re.sub(r"[^A-Za-z0-9_.-]", "_", doc_id) + ".jsonl")
