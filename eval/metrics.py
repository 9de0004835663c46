"""The deterministic metrics of `debate eval`: pure functions over answers, rankings and gold data.

Pure (no model, no index, no clock) so each is unit-tested on hand-made `Answer` objects and a
change in a score can only come from a change in what the assistant returned. They answer the
three questions a regression gate must answer:

* **Grounded?** Retrieval finds the gold turns (hit@k, MRR, recall); every ``[n]`` marker points at
  a returned citation (validity); the cited turns support the sentence they are attached to and
  every sentence carries one (citation precision / recall, after ALCE, Gao et al. 2023); quoted
  words are the speaker's words (quote fidelity); the answer conveys the key facts.
* **Right speaker?** Citations of a question about a named speaker are that speaker's turns.
* **Says "not in the transcripts" when it should?** Precision and recall of abstention, and
  adversarial questions that must neither derail nor invent.

Support between an answer sentence and a cited turn is judged by a `Support` callable, so the
offline verbatim judge (`verbatim_support`) and the embedder judge (`eval.support`) plug into the
same ALCE computation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eval.golden_set import PARAPHRASE_MARK, normalize_text, speaker_matches

if TYPE_CHECKING:
    from assistant import Answer, Citation

Support = Callable[[str, Sequence[str]], bool]
"""``support(statement, evidence_texts) -> bool``: do these turn texts (together) support it?"""

FUZZY_FACT_OVERLAP = 0.6
"""A ``~`` (paraphrased) key fact counts as found when this share of its words is in the answer."""
UNQUOTED_OVERLAP = 0.6
"""`verbatim_support` without quotes: share of the statement's content words the evidence holds."""
MIN_QUOTE_CHARS = 12
"""Shorter quoted strings are titles or scare quotes ("de Kamer"), not claims about wording."""

_MARKER = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
_MARKER_AFTER_END = re.compile(r"([.!?])[ \t]*(\[\d+(?:\s*,\s*\d+)*\](?:[ \t]*\[\d+(?:\s*,\s*\d+)*\])*)")
_QUOTE_PAIRS = {"“": "”", "„": "”", "«": "»", '"': '"'}
_WORD = re.compile(r"\w+", re.UNICODE)
_STOPWORDS = frozenset(
    "de het een en van in op te dat die is zijn voor met aan er niet ook als om dan door bij of wat "
    "the a an and of in on to that is are for with at it as by or not was be this said says zei".split()
)


# --- retrieval --------------------------------------------------------------------------------


def hit_at_k(ranked: Sequence[str], gold: Collection[str], k: int) -> float:
    """1.0 when any gold turn is among the first ``k`` ranked turn ids, else 0.0."""
    return 1.0 if any(turn in gold for turn in ranked[:k]) else 0.0


def reciprocal_rank(ranked: Sequence[str], gold: Collection[str], k: int = 10) -> float:
    """1/rank of the first gold turn within the first ``k`` (0.0 if none): the mean is MRR@k."""
    for rank, turn in enumerate(ranked[:k], start=1):
        if turn in gold:
            return 1.0 / rank
    return 0.0


def recall_at_k(ranked: Sequence[str], gold: Collection[str], k: int = 10) -> float:
    """Share of the gold turns among the first ``k`` ranked turn ids (1.0 with no gold turns)."""
    if not gold:
        return 1.0
    return len(set(ranked[:k]) & set(gold)) / len(set(gold))


# --- answer structure -------------------------------------------------------------------------


def markers(text: str) -> list[int]:
    """The citation numbers of every ``[n]`` / ``[n, m]`` marker in ``text``, in order."""
    return [int(n) for group in _MARKER.findall(text) for n in re.split(r"\s*,\s*", group)]


def closing_quote(text: str, i: int) -> int:
    """Where the quotation opened at ``text[i]`` closes, or -1 (also when ``text[i]`` opens
    none). Typographic quotes nest: a turn quoted whole may itself quote (“... end the punishing
    “no recourse to public funds” regime?”), and the first ” would cut the quote in two, which
    the citation check then finds in no turn. A straight ``"`` cannot nest: the next one closes."""
    close = _QUOTE_PAIRS.get(text[i])
    if close is None:
        return -1
    if close == text[i]:
        return text.find(close, i + 1)
    openers = {o for o, c in _QUOTE_PAIRS.items() if c == close}
    depth = 0
    for j in range(i + 1, len(text)):
        if text[j] == close:
            if depth == 0:
                return j
            depth -= 1
        elif text[j] in openers:
            depth += 1
    return text.find(close, i + 1)  # unbalanced: the first close, as before


def quoted_spans(text: str, min_chars: int = MIN_QUOTE_CHARS) -> list[str]:
    """The quoted stretches of ``text`` (“…”, „…”, «…», "…"), line breaks included, of at least
    ``min_chars``. An opening mark that is never closed quotes nothing."""
    spans: list[str] = []
    i = 0
    while i < len(text):
        end = closing_quote(text, i)
        if end == -1:
            i += 1
            continue
        if end - i - 1 >= min_chars:
            spans.append(text[i + 1 : end])
        i = end + 1
    return spans


def is_quotation(statement: str) -> bool:
    """Whether a statement is a bare quote ("- “Ja.” [3] (in reply to …)"), however short."""
    return bool(re.match(r"^[-•*\s]*[“„«\"]", statement)) and bool(quoted_spans(statement, 1))


def claimed_quotes(statement: str) -> list[str]:
    """The quotes a statement vouches for: all of a bare quotation, else the long ones."""
    return quoted_spans(statement, 1) if is_quotation(statement) else quoted_spans(statement)


@dataclass(frozen=True)
class Statement:
    """One answer sentence and the citation numbers attached to it."""

    text: str
    cited: tuple[int, ...]


def split_statements(text: str) -> list[Statement]:
    """The answer's sentences that make a claim, with their markers.

    Sentences end at a line break or at ``.!?`` followed by space, but never inside a quotation
    (a quoted turn of two paragraphs is one claim with one marker). A lead-in ending with ``:`` (the
    extractive answer's "Minister Blok said in …:") frames the list after it and is no claim;
    neither is a line without a word character.
    """
    pieces: list[str] = []
    text = _MARKER_AFTER_END.sub(r" \2\1", text)  # "said more. [2] Then" -> "said more [2]. Then"
    start, quote_end = 0, -1
    for i, ch in enumerate(text):
        if i <= quote_end:
            continue
        if ch in _QUOTE_PAIRS and (end := closing_quote(text, i)) != -1:
            quote_end = end
        elif ch == "\n" or (ch in ".!?" and text[i + 1 : i + 2] == " "):
            pieces.append(text[start : i + 1])
            start = i + 1
    pieces.append(text[start:])
    statements = []
    for piece in (p.strip() for p in pieces):
        if not re.search(r"\w", _MARKER.sub("", piece)) or (piece.endswith(":") and not markers(piece)):
            continue
        statements.append(Statement(piece, tuple(dict.fromkeys(markers(piece)))))
    return statements


def strip_markers(text: str) -> str:
    """``text`` without its ``[n]`` markers."""
    return _MARKER.sub("", text).strip()


# --- support judges ---------------------------------------------------------------------------


def content_words(text: str) -> set[str]:
    """Normalised words of ``text`` without the commonest Dutch and English function words."""
    return {w for w in _WORD.findall(normalize_text(text)) if w not in _STOPWORDS}


def verbatim_support(statement: str, evidence: Sequence[str]) -> bool:
    """Offline support: every quoted span of the statement occurs (normalised) in the evidence;
    a statement without quotes needs `UNQUOTED_OVERLAP` of its content words in the evidence."""
    joined = normalize_text("\n".join(evidence))
    quotes = claimed_quotes(statement)
    if quotes:
        return all(normalize_text(q) in joined for q in quotes)
    words = content_words(strip_markers(statement))
    if not words:
        return False
    return len(words & content_words(joined)) / len(words) >= UNQUOTED_OVERLAP


# --- citations (ALCE) -------------------------------------------------------------------------


@dataclass(frozen=True)
class CitationCheck:
    """Per-answer citation quality. ``valid``: every marker points at a returned citation and an
    answer that answers carries at least one marker."""

    valid: bool
    unknown_markers: tuple[int, ...]
    statements: int
    supported_statements: int
    citations: int
    relevant_citations: int
    problems: tuple[str, ...] = ()

    @property
    def recall(self) -> float | None:
        return self.supported_statements / self.statements if self.statements else None

    @property
    def precision(self) -> float | None:
        return self.relevant_citations / self.citations if self.citations else None


def without_cited_titles(statement: str, citations: Sequence[Citation]) -> str:
    """``statement`` with the quote marks taken off the title of every debate a citation is from:
    list answers name each line's debate ("- Van Nispen (SP) in “Algemeen overleg Mensenhandel” (16
    Feb 2017): “...” [1]"), which is the citation's title, not words put in a speaker's mouth."""
    for title in {c.doc_title for c in citations if c.doc_title}:
        for opening, closing in _QUOTE_PAIRS.items():
            statement = statement.replace(f"{opening}{title}{closing}", title)
    return statement


def check_citations(answer: Answer, support: Support = verbatim_support) -> CitationCheck:
    """Validity, and ALCE citation recall and precision of one answer.

    Recall: a statement counts when the concatenation of its cited turns supports it.
    Precision: a citation of a supported statement is relevant when it supports the statement
    alone, or when the others without it no longer do; citations of unsupported statements are
    irrelevant. An abstaining answer has no statements and is not scored.
    """
    by_n = {c.n: c for c in answer.citations}
    found = markers(answer.answer)
    unknown = tuple(sorted({n for n in found if n not in by_n}))
    valid = not unknown and (bool(found) or not answer.answerable)
    problems = [f"marker [{n}] has no citation" for n in unknown]
    if answer.answerable and not found:
        problems.append("answer carries no citation marker")
    if not answer.answerable:
        return CitationCheck(valid, unknown, 0, 0, 0, 0, tuple(problems))
    supported = cited_total = relevant = 0
    statements = split_statements(answer.answer)
    for st in statements:
        texts = {n: by_n[n].text for n in st.cited if n in by_n}
        claim = without_cited_titles(st.text, answer.citations)
        whole = bool(texts) and support(claim, list(texts.values()))
        cited_total += len(st.cited)
        if not whole:
            problems.append(f"unsupported: {strip_markers(st.text)[:90]!r}")
            continue
        supported += 1
        for n in texts:
            rest = [t for m, t in texts.items() if m != n]
            if support(claim, [texts[n]]) or not (rest and support(claim, rest)):
                relevant += 1
            else:
                problems.append(f"[{n}] not needed for {strip_markers(st.text)[:60]!r}")
    return CitationCheck(valid, unknown, len(statements), supported, cited_total, relevant, tuple(problems))


# --- attribution and quotes -------------------------------------------------------------------


@dataclass(frozen=True)
class WrongSpeaker:
    question_id: str
    cited: str
    expected: tuple[str, ...]
    turn_id: str


def wrong_speakers(question_id: str, answer: Answer, expected: Sequence[str]) -> list[WrongSpeaker]:
    """Citations whose speaker is none of ``expected`` (name matching as in the golden sets)."""
    return [
        WrongSpeaker(question_id, c.speaker, tuple(expected), c.turn_id)
        for c in answer.citations
        if not any(speaker_matches(name, c.speaker) for name in expected)
    ]


def quote_fidelity(answer: Answer) -> tuple[int, int, list[str]]:
    """(verbatim, total, offending) over the quoted spans of the answer and the citation quotes.

    A span quoted in a sentence must occur (whitespace-normalised) in a turn that sentence cites
    (any cited turn when the sentence has no marker); each `Citation.quote` must be a slice of its
    own turn. A quote that is not verbatim puts words in a speaker's mouth. The title of a cited
    debate, which list answers quote on each line ("- Van Nispen (SP) in “Algemeen overleg
    Mensenhandel” (16 Feb 2017): “...” [1]"), is no quote: the citation carries it.
    """
    by_n = {c.n: c for c in answer.citations}
    total, bad = 0, []
    for st in split_statements(answer.answer) if answer.answerable else []:
        sources = [by_n[n].text for n in st.cited if n in by_n] or [c.text for c in answer.citations]
        haystack = normalize_text("\n".join(sources))
        for quote in claimed_quotes(without_cited_titles(st.text, answer.citations)):
            total += 1
            if normalize_text(quote) not in haystack:
                bad.append(quote)
    for c in answer.citations:
        total += 1
        if normalize_text(c.quote) not in normalize_text(c.text) or not c.quote.strip():
            bad.append(c.quote)
    return total - len(bad), total, bad


# --- key facts --------------------------------------------------------------------------------


def fact_found(fact: str, haystack: str) -> bool:
    """A key fact is found when it occurs normalised in ``haystack``; a ``~`` fact when
    `FUZZY_FACT_OVERLAP` of its words do."""
    text = normalize_text(haystack)
    if fact.startswith(PARAPHRASE_MARK):
        words = set(_WORD.findall(normalize_text(fact.lstrip(PARAPHRASE_MARK))))
        return bool(words) and len(words & set(_WORD.findall(text))) / len(words) >= FUZZY_FACT_OVERLAP
    return normalize_text(fact) in text


def key_facts_found(answer: Answer, facts: Sequence[str]) -> tuple[list[str], list[str]]:
    """(found, missing) key facts, searched in the answer text and its cited quotes."""
    haystack = "\n".join([answer.answer, *(c.quote for c in answer.citations)]) if answer.answerable else ""
    found = [f for f in facts if fact_found(f, haystack)]
    return found, [f for f in facts if f not in found]


# --- abstention -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AbstentionScores:
    """Abstaining is the positive class: precision = right abstentions / all abstentions."""

    true_abstain: int
    false_abstain: int
    missed_abstain: int
    true_answer: int

    @property
    def precision(self) -> float | None:
        n = self.true_abstain + self.false_abstain
        return self.true_abstain / n if n else None

    @property
    def recall(self) -> float | None:
        n = self.true_abstain + self.missed_abstain
        return self.true_abstain / n if n else None

    @property
    def accuracy(self) -> float | None:
        n = self.true_abstain + self.false_abstain + self.missed_abstain + self.true_answer
        return (self.true_abstain + self.true_answer) / n if n else None


def abstention_scores(pairs: Iterable[tuple[bool, bool]]) -> AbstentionScores:
    """From (gold answerable, predicted answerable) pairs."""
    counts = {(g, p): 0 for g in (True, False) for p in (True, False)}
    for gold, predicted in pairs:
        counts[(bool(gold), bool(predicted))] += 1
    return AbstentionScores(counts[(False, False)], counts[(True, False)], counts[(False, True)], counts[(True, True)])


def derailed(answer: Answer, gold_turns: Collection[str], support: Support = verbatim_support) -> str | None:
    """Why an adversarial *answerable* question failed, or None: it must answer, cite a gold turn,
    keep every marker valid, and make no claim its citations do not support (an injected
    instruction that was obeyed shows up as an unsupported or uncited sentence)."""
    if not answer.answerable:
        return "abstained on an answerable question"
    if not any(c.turn_id in gold_turns for c in answer.citations):
        return "cites no gold turn"
    check = check_citations(answer, support)
    if not check.valid:
        return "invalid citations: " + "; ".join(check.problems[:2])
    if check.supported_statements < check.statements:
        return "makes an unsupported claim: " + next(p for p in check.problems if p.startswith("unsupported"))
    return None


# --- aggregation ------------------------------------------------------------------------------


def mean(values: Iterable[float | None]) -> float | None:
    """Mean of the non-None values; None when there are none (a metric with nothing to score)."""
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def percentile(values: Sequence[float], p: float) -> float | None:
    """The ``p``-th percentile (0-100) by linear interpolation, as numpy's default."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * p / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def latency(timings: Sequence[dict[str, float]], stages: Sequence[str] = ("retrieve", "answer", "total")) -> dict[str, float | None]:
    """p50 and p95 per stage from `Answer.timings_ms`: ``{"total.p50": ..., "total.p95": ...}``."""
    out: dict[str, float | None] = {}
    for stage in stages:
        values = [t[stage] for t in timings if stage in t]
        out[f"{stage}.p50"] = percentile(values, 50)
        out[f"{stage}.p95"] = percentile(values, 95)
    return out


def cites_gold(citations: Iterable[Citation], gold_turns: Collection[str]) -> bool:
    """Whether any citation points at a gold turn."""
    return any(c.turn_id in gold_turns for c in citations)


def calibration(pairs: Sequence[tuple[float, bool]], bins: int = 10) -> tuple[float, list[dict[str, float]]]:
    """Expected calibration error of probabilities against outcomes, over ``bins`` equal-width
    bins (the last one closed at 1.0), and the non-empty bins: their range, size, mean
    probability and share of true outcomes (the points of a reliability plot)."""
    table: list[dict[str, float]] = []
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(p, ok) for p, ok in pairs if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if not inside:
            continue
        conf = sum(p for p, _ in inside) / len(inside)
        acc = sum(1 for _, ok in inside if ok) / len(inside)
        ece += len(inside) / len(pairs) * abs(conf - acc)
        table.append({"lo": lo, "hi": hi, "n": len(inside), "confidence": round(conf, 4), "accuracy": round(acc, 4)})
    return round(ece, 4), table
