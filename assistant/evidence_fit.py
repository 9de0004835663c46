"""Does the evidence hold what the question names and asks? Checks made after retrieval, on the
turns the answer would cite, that turn an answer into an honest "not in the transcripts".

The answer-or-abstain policy (`assistant.abstention`) and the answerability model
(`assistant.answerability`) judge how well the best passages match the question as a whole. A
*near miss* matches it well: the topic is discussed, the question's words are there, the margin
is clear, but the one thing asked for is not ("how much will the measures cost?" over turns that
discuss the measures and never give an amount). A question about the *wrong occasion* matches
too: "what did the minister promise in the debate of March 2021?" finds the minister's promise
on that topic in a debate of February 2022. Neither signal sees this; each check here does, for
one kind of mismatch, and each is measured on the development questions for what it gains on the
unanswerable ones and what it costs on the answerable ones (figures in each docstring).

Words come from the language profiles (`ingest/profiles/languages/*.toml`): the month names and
the number expressions (`answer_cues.number`) of every language, since the question's language
and the transcript's may differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from assistant.answerability import asks
from assistant.answering import cue_pattern
from assistant.premises import number_label_re
from ingest.chunking import sentence_spans
from ingest.profiles.language import language_profile, language_profiles

_YEAR = r"((?:19|20)\d\d)"


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Every profiled language's month names (as listed: "maart", "Mar"), lower-cased, and the
    month's number."""
    return {name.lower().rstrip("."): n for p in language_profiles().values() for n, name in enumerate(p.months, 1)}


@lru_cache(maxsize=1)
def _month_year_re() -> re.Pattern[str]:
    """A month name of any profiled language (or a longer word it begins: the English profile
    lists "Mar", a question writes "March"), then a year: "March 2021", "maart 2023"."""
    names = "|".join(sorted((re.escape(m) for m in _month_numbers()), key=len, reverse=True))
    return re.compile(rf"\b({names})([a-z]*)\.?\s+{_YEAR}\b", re.I)


MAX_MONTH_CHARS = 9
"""The longest month name ("september"): a longer word after a month's first letters is not a
month. A word that only begins with a listed name must also be capitalised, as English writes
its months ("March 2021" where the profile lists "Mar"): "the marriages 2020 report" names none."""


def months_named(question: str) -> tuple[str, ...]:
    """The months (``YYYY-MM``) the question names with their year ("in March 2021", "de
    begroting van maart 2023"), in order; a year alone is not one (see `unmatched_month`)."""
    found: list[str] = []
    numbers = _month_numbers()
    for match in _month_year_re().finditer(question):
        word = match.group(1) + match.group(2)
        if match.group(2) and (len(word) > MAX_MONTH_CHARS or not word[0].isupper()):
            continue
        found.append(f"{match.group(3)}-{numbers[match.group(1).lower()]:02d}")
    return tuple(dict.fromkeys(found))


def unmatched_month(question: str, cited: Sequence[Cited], as_of: str | None = None) -> str | None:
    """The month (``YYYY-MM``) the question dates its occasion by when none of the debates the
    answer would cite was held in it and none of the cited turns names it, else None.

    "What did Kaag promise ... in the financial markets debate of March 2021?" answered from the
    debate of 3 February 2022 quotes a promise the question did not ask about. An exact date is
    already a filter (`assistant.question.find_dates`); a month with its year is not (a debate
    spans one day), so it is checked here. A month the turn itself names ("in April 2024 we
    invest ...") may be the date of the event asked about, so it fits. A year alone is not
    checked: it is most often the year of an event ("the law of 2019", "the screenings of
    2024"); on the development set five answerable questions whose answer cites a gold turn
    name a year that is not their debate's. Measured on the 482 development questions (December
    2026): eight answered questions name a month with its year; it fires on the two whose
    debate is another (both wrong-debate, both answered before, one by a commitment answer:
    the assistant checks those too), and on no answerable one. ``as_of`` is the month of the day a
    question about overdue commitments asks as of (`assistant.plan.Plan.as_of`): no debate's."""
    months = [m for m in months_named(question) if m != as_of]
    if not months:
        return None
    held = {c.date[:7] for c in cited if c.date}
    named = {m for c in cited for m in months_named(c.text)}
    if any(m in held or m in named for m in months):
        return None
    return months[0]


@dataclass(frozen=True)
class Cited:
    """A turn the answer would cite: the quote it would show, the turn's whole text, the date of
    its debate (ISO), the language of its transcript, the debate's id and the passage that
    matched."""

    quote: str
    text: str
    date: str | None
    language: str
    doc_id: str = ""
    passage: str = ""
    """The turn's passage (chunk) that matched the question best: the quote is cut from it, but
    may leave out the sentence with the figure (for a question across languages the quote is
    the passage's first sentences)."""


_A_YEAR = re.compile(r"(?:19|20)\d\d")


def figures_stated(text: str, language: str, question: str = "") -> tuple[str, ...]:
    """The figures ``text`` (in ``language``) states that could answer "how many/how much",
    lower-cased: its number expressions (`answer_cues.number`, as `assistant.answering.cue_pattern` reads them) without those that count nothing. Left out: a number
    word that is also a stop word (Dutch "een" is "one" and, far more often, "a"); a year
    ("in 2025"); digits glued to letters (the road "A2", "Q3"); a day before a month name ("1
    juli"); digits after a word that labels a document, article or page ("de motie op stuk nr.
    163", "artikel 100": the profile's ``number_labels``; on the development questions this
    was the only figure in the quotes of one answered near miss, "Hoeveel gedupeerden telt het
    faillissement van Conservatrix?"); and any figure the ``question`` states itself (it is what the question counts with,
    not what it asks for)."""
    stopwords = language_profile(language).stopwords
    asked = question.lower()
    found: list[str] = []
    for match in cue_pattern(language, "number").finditer(text):
        word, (start, end) = match.group(0).lower(), match.span()
        glued = (start > 0 and text[start - 1].isalpha()) or text[end : end + 1].isalpha()
        following = text[end : end + 12].lower().split()
        dated = word.isdigit() and bool(following) and following[0].startswith(tuple(_month_numbers()))
        labelled = word[:1].isdigit() and bool(number_label_re(language).search(text[max(0, start - 20) : start]))
        if word in stopwords or glued or dated or labelled or _A_YEAR.fullmatch(word):
            continue
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", asked):
            continue
        found.append(word)
    return tuple(found)


def lacks_asked_number(question: str, cited: Sequence[Cited], language: str) -> bool:
    """Whether ``question`` asks how many or how much (in any profiled language; a "why" question
    that mentions an amount asks for a reason) and no turn the answer would ``cite`` from its
    lead debate states a figure (`figures_stated`) in its quote or in the passage that matched the
    question: the turns discuss the topic but not the figure asked for, a near miss ("How many
    reports did the new helpline receive?" over turns about the helpline's launch). Only the lead
    citation's debate counts: a figure in a turn of another debate, cited for its closeness in
    meaning, is not about the topic asked (unanswerable English questions about Dutch debates
    met the Economic Update's "£3 billion"). The whole turn is not read: a long turn states some
    figure about something else (on the dev set that rescued 4 of the 5 near misses below).

    Only a question asked in the language of the lead debate (``language`` is the question's):
    across languages no sentence shares a word with the question, so the quote is the passage's
    first sentences (`assistant.answering`) and the passage a chunk picked by meaning alone; the
    figure is as likely outside both. On the golden gate two English questions about Dutch
    debates ("How many staff officers ...") were refused so, their figure later in the turn.

    Measured on the development questions (December 2026; 64 ask how many/much or when, 34 of
    them answered before this check): it fires on three answered unanswerable near misses (of 12
    answered how-many unanswerables, 4 of them in the language of their debate) and on no
    answerable question (0 of 15 whose answer cites a gold turn, 0 of 3 others). Variants
    measured: across languages too, five near misses on dev, but two answerable golden questions
    refused (above); the quotes alone without the passage, also a third golden one whose figure
    stood in the passage outside the quote ("142 Kamerleden"); every citation's quote, not only
    the lead debate's, three near misses of the five; the first citation's alone, five and two
    answerable dev questions whose figure is in the second quote; the whole turn, one. Across
    languages, the two chunks of the lead debate's cited turns closest in meaning to the question
    (chunk vectors, a few sentences each) instead of quote and passage (December 2026,
    /tmp/idx-c): of the 18 how-many questions answered across languages, the closest chunk stated
    a figure for 13 of the 14 answerable ones, the second for the last; the first figure of the 4
    unanswerable ones stood 2nd, 2nd, 3rd and 16th, so two near misses refused and no answerable
    dev question; but the same two golden questions as above were refused again (their figure is
    in neither chunk: closeness in meaning across languages does not find the sentence with the
    figure). Not adopted. Nor the chunks retrieval matched in the lead debate's cited turns (2
    December 2026, /tmp/idx-c): of the 10 unanswerable how-many or amount questions answered across
    languages, only one has no figure in them; all 14 answerable ones have one."""
    if not cited or not asks(question, "how_many") or asks(question, "why") or cited[0].language != language:
        return False
    lead = cited[0].doc_id
    return not any(figures_stated(f"{c.quote}\n{c.passage}", c.language, question) for c in cited if c.doc_id == lead)


FactKind = Literal["amount", "percentage", "day"]
FACT_KINDS: tuple[FactKind, ...] = ("percentage", "day", "amount")
"""The kinds of fact `asked_fact` tells apart, in the order it tries them ("what percentage of the
budget" asks for a percentage, not an amount)."""


def letter_bounded(patterns: Sequence[str]) -> re.Pattern[str]:
    """``patterns`` as one regular expression matched between letter boundaries: "procent" not
    inside "procentueel", while "€" and "%" match beside the digits they belong to."""
    return re.compile(r"(?<![^\W\d_])(?:" + ("|".join(patterns) or r"(?!)") + r")(?![^\W\d_])", re.I)


@lru_cache(maxsize=4)
def _asked_re(kind: FactKind) -> re.Pattern[str]:
    """How a question asks for ``kind``, in every profiled language (the question's language
    and the text's may differ, and a question may mix them)."""
    cue: Literal["amount_asked", "percentage_asked", "day_asked"] = (
        "amount_asked" if kind == "amount" else "percentage_asked" if kind == "percentage" else "day_asked")
    return letter_bounded([w for p in language_profiles().values() for w in p.asked_facts.get(cue, ())])


@lru_cache(maxsize=16)
def stated_fact_re(language: str, kind: FactKind) -> re.Pattern[str]:
    """What a passage in ``language`` holds when it states a fact of ``kind``; for a day, also a
    day of the month before or after a month name of the language ("31 October", "Oct 31", "8
    juli")."""
    profile = language_profile(language)
    patterns = list(profile.asked_facts.get(kind, ()))
    if kind == "day":
        months = "|".join(re.escape(m.rstrip(".")) + r"\w*" for m in profile.months)
        patterns += [rf"\d{{1,2}}(?:st|nd|rd|th|e|ste|de)?\.?\s+(?:of\s+)?(?:{months})",
                     rf"(?:{months})\.?\s+\d{{1,2}}(?!\d)"]
    return letter_bounded(patterns)


def fact_in_language(question: str) -> Callable[[str], re.Pattern[str]] | None:
    """For a question that asks for an amount, a percentage or a day (`asked_fact`), what a
    passage in a given language holds when it states one (`stated_fact_re`); None for any other
    question. The quote of such an answer reaches for the sentence that states it
    (`assistant.answering.select_quotes`)."""
    kind = asked_fact(question)
    return None if kind is None else (lambda language: stated_fact_re(language, kind))


def asked_fact(question: str) -> FactKind | None:
    """The kind of fact ``question`` asks for, in any profiled language: an amount of money ("how
    much will it cost", "hoeveel geld trekt de minister uit"), a percentage ("welk percentage") or
    a day ("on what date"); None for any other question, and for a "why" question (one that
    mentions a cost asks for a reason: "why can't the state secretary say how much it raises?")."""
    if asks(question, "why"):
        return None
    return next((kind for kind in FACT_KINDS if _asked_re(kind).search(question)), None)


def unstated_fact(question: str, cited: Sequence[Cited], language: str) -> FactKind | None:
    """The kind of fact ``question`` (in ``language``) asks for (`asked_fact`) when no turn the
    answer would ``cite`` from its lead debate states one in its quote or in the passage that
    matched the question ("miljoen", "€", "procent", "31 October", "dinsdag"); else None. "Op
    welke datum wordt de A16 Rotterdam opengesteld?" over turns that say only that the road opens
    "dit jaar" is a near miss: the topic is there, the day is not; "Hoeveel geld trekt de
    minister uit ...?" over quotes whose only figure is a number of steps asks for money they do
    not give.

    A stricter `lacks_asked_number` for three kinds of fact, and, like it, only for a question in
    the language of the lead debate, with only that debate's citations counted and not the whole
    turn (a long turn states some amount about something else). Across languages the quote is the
    passage's first sentences, and the sentence with the amount may lie outside both quote and
    passage: measured (December 2026, /tmp/idx-c) it refused three more near misses on dev (the
    cost of an amendment, a subsidy per trainee, the new energy-bill scheme) and no answerable dev
    question, but on the golden gate an English "what would abolishing X cost" question about a
    Dutch debate whose quote and passage hold no amount (the amount is later in the gold turn).
    Not adopted across languages.

    Measured on the 482 development questions (December 2026, /tmp/idx-c): of the answered
    questions in the language of their lead debate, four ask for one of these kinds; it fires on
    the two near misses among them (the R&D budget, the A16 date) and on neither answerable one
    (a percentage and a date, each in the quote)."""
    kind = asked_fact(question)
    if kind is None or not cited or cited[0].language != language:
        return None
    lead = cited[0].doc_id
    if any(stated_fact_re(c.language, kind).search(f"{c.quote}\n{c.passage}") for c in cited if c.doc_id == lead):
        return None
    return kind


Closeness = Callable[[Sequence[str]], Sequence[float]]
"""How close in meaning each of some sentences is to the question (cosines of the embedder's
vectors), for `distant_fact`."""

FACT_SENTENCE_GAP = 0.02
"""How much closer in meaning (cosine) the sentence of the lead quotes and passages closest to a
question may be than the closest one that states the fact it asks for, before that fact is taken
to be about something else. Measured on the 482 development questions (December 2026,
/tmp/idx-c, e5-small, before any of the checks here refused them): for each of the 17 answered
ones that ask for an amount, a percentage, a day or a count and cite a gold turn, the closest
sentence stating a figure is the closest sentence of all (gap 0) but one (a count, 0.012); of
the 8 answered unanswerable ones with a figure in their quotes, the gaps are 0, 0, 0.007, 0.014,
0.016 (the figure is in the closest sentences, about another thing) and 0.029, 0.062, 0.091
(about another thing, further away)."""
MIN_SENTENCE_CHARS = 15
"""Shorter pieces ("Dank u.", "Voorzitter.") are no sentences a fact could be in."""


def distant_fact(question: str, cited: Sequence[Cited], closeness: Closeness) -> FactKind | None:
    """The kind of fact ``question`` asks for (`asked_fact`) when the lead debate's quotes and
    matched passages state one only in sentences further in meaning from the question than the
    closest sentence by more than `FACT_SENTENCE_GAP` (``closeness`` gives each sentence's
    cosine); else None. "Exactly how much extra will the bat measures on the A2 cost?" over Dutch
    turns about the measures whose only amounts are a road budget's: the amount is about something
    else. Closeness in meaning needs no shared words, so this holds across languages, where
    `unstated_fact` cannot be used; when no sentence states the fact it says nothing (across
    languages the fact may lie outside the quote and passage).

    Measured on the 482 development questions (December 2026, /tmp/idx-c), after the other
    checks: it fires on three near misses (an amount, a maximum amount and a date, all English
    questions about Dutch debates) and on no answerable question; counts ("how many") are left out,
    as a question's count is often written as a word in the text ("tien", "een paar").

    Not called by the service (`assistant.service.Assistant`): the sentences must be embedded
    while the user waits, 0.3 to 1.7 s a question on two cores (five to fifteen sentences), and
    `debate bench --quick` measured answer p95 169 ms with it against 89 ms without (target
    100 ms). Read with the index's chunk vectors instead (a sentence as close as the chunk it
    starts in), it fired on none of the three near misses and refused an answerable question.
    It waits for sentence vectors built at ingest."""
    kind = asked_fact(question)
    if kind is None or not cited:
        return None
    lead = cited[0].doc_id
    sentences: dict[str, bool] = {}
    for c in cited:
        if c.doc_id != lead:
            continue
        text = f"{c.quote}\n{c.passage}"
        for start, end in sentence_spans(text, c.language):
            sentence = text[start:end].strip()
            if len(sentence) >= MIN_SENTENCE_CHARS and sentence not in sentences:
                sentences[sentence] = bool(stated_fact_re(c.language, kind).search(sentence))
    if not any(sentences.values()):
        return None
    sims = [float(x) for x in closeness(list(sentences))]
    best_fact = max(sim for sim, states in zip(sims, sentences.values(), strict=True) if states)
    return kind if max(sims) - best_fact > FACT_SENTENCE_GAP else None


@lru_cache(maxsize=8)
def _currency_res(language: str | None) -> dict[str, re.Pattern[str]]:
    """Per currency, its names in ``language`` (None: in every profiled language)."""
    profiles = language_profiles().values() if language is None else [language_profile(language)]
    names: dict[str, list[str]] = {}
    for profile in profiles:
        for currency, patterns in profile.currencies.items():
            names.setdefault(currency, []).extend(patterns)
    return {currency: letter_bounded(patterns) for currency, patterns in names.items()}


def unnamed_currency(question: str, cited: Sequence[Cited]) -> str | None:
    """The currency a ``question`` that asks for an amount (`asked_fact`) names (in any profiled
    language: "dollars", "€") when no turn
    the answer would ``cite`` from its lead debate names it anywhere in its text (in the turn's
    language), else None: "At what level in dollars per barrel ...?" over turns that discuss the
    oil price cap and name no dollar amount asks for what they do not say. The whole turn is
    read, not the quote (a currency is rarer than a figure, and the question may name it only as
    its unit). A question that names a currency and asks for no amount ("what did she say about
    twelve million euros?") names its topic, not a unit. Measured on the development questions (December 2026, /tmp/idx-c): of the answered
    ones, it fires on that one near miss and on no answerable question."""
    if not cited or asked_fact(question) is None:
        return None
    named = [currency for currency, pattern in _currency_res(None).items() if pattern.search(question)]
    lead = cited[0].doc_id
    texts = [(c.text or c.passage, c.language) for c in cited if c.doc_id == lead]
    for currency in named:
        if not any((p := _currency_res(language).get(currency)) is not None and p.search(text) for text, language in texts):
            return currency
    return None


_QUOTED_RE = re.compile(r"“([^”]{2,80})”|‘([^’]{2,80})’|\"([^\"]{2,80})\"|(?<!\w)'([^']{2,80}?)'(?!\w)")
"""A phrase between quotation marks (typographic, straight double, or straight single ones that
stand apart from words, so that "Van Houwelingen's" opens none)."""


def _folded(text: str) -> str:
    """``text`` lower-cased with its white space and dashes made alike, for a verbatim match."""
    return re.sub(r"\s+", " ", re.sub(r"[‐‑‒–—-]", "-", text)).strip().lower()


def unsaid_phrase(question: str, cited: Sequence[Cited]) -> str | None:
    """The first phrase ``question`` puts between quotation marks ("Van Houwelingen's 'rugzakje
    2.0' motion", "give the motion 'oordeel Kamer'") that no turn the answer would ``cite``
    contains (case, white space and dashes folded), else None. A quoted phrase is what the question
    says was said, word for word: turns that never say it do not answer it, whatever else they
    share with the question.

    Measured on the 482 development questions (December 2026, /tmp/idx-c): four put a phrase in
    quotation marks, all unanswerable; two of them were answered, each citing turns without the
    phrase (a motion that does not exist, and an appreciation the motion did not get). It fires on
    both. Thin evidence, but no answerable dev question quotes a phrase; the golden gate is the
    check on answerable ones."""
    texts = [_folded(c.text or c.quote) for c in cited]
    for match in _QUOTED_RE.finditer(question):
        phrase = next(g for g in match.groups() if g)
        if not any(_folded(phrase) in text for text in texts):
            return phrase.strip()
    return None


MIN_QUOTED_CHARS = 4
"""A quoted phrase shorter than this ("'ja'", "'nee'") says too little to stand for its turn."""


def said_alone(question: str, texts: Sequence[str]) -> str | None:
    """The first phrase ``question`` puts between quotation marks that the first of ``texts`` (the
    best-ranked turn's) says and none of the others (the rest of retrieval's turns) does, else None:
    the converse of `unsaid_phrase`. A phrase the question quotes word for word and only the best
    turn says ("Who compared the three MPs ... to a kind of 'F-side' of the House?") is evidence
    that this turn is the one asked about, however little it stands out in meaning (margin 0.012,
    under the floor of 0.014). A phrase several turns say ("'oordeel Kamer'") points to none of them.

    `assistant.service.Assistant.ask` answers on it where the margins alone refuse. Measured on the
    930 development questions (5 December 2026; 11 put a phrase in quotation marks): one more
    passes every check (that one, from `dev-structure-12`) and one more cites its gold turn
    (Postma's "'saaie rol'", its key fact outside the quote); no unanswerable question is answered
    and no other answer changes. Golden identical."""
    phrases = [p for m in _QUOTED_RE.finditer(question) if len(p := _folded(next(g for g in m.groups() if g))) >= MIN_QUOTED_CHARS]
    if not phrases or not texts:
        return None
    best, *others = [_folded(text) for text in texts]
    return next((p for p in phrases if p in best and not any(p in text for text in others)), None)


@dataclass(frozen=True)
class Misfit:
    """Why the passages an answer would cite do not answer its question though they match it:
    the month the question names that none of their debates was held in (``YYYY-MM``), or
    (``month`` None) the fact it asks for that none of them states: ``fact`` names its kind (a
    day, an amount, a percentage; None for a number of any kind), or the phrase it quotes that
    none of them says (``phrase``)."""

    month: str | None = None
    fact: FactKind | None = None
    phrase: str | None = None
    """A phrase the question quotes that no cited turn says (`unsaid_phrase`)."""


def evidence_misfit(question: str, cited: Sequence[Cited], language: str,
                    closeness: Closeness | None = None) -> Misfit | None:
    """The first check that fails for the turns an extractive answer would ``cite`` for a
    question in ``language``, or None when they fit (or there are none): `unmatched_month`,
    `unsaid_phrase`, `unstated_fact`, `unnamed_currency`, `lacks_asked_number`, then (with ``closeness``, the
    sentences' closeness in meaning to the question) `distant_fact`."""
    if not cited:
        return None
    if (month := unmatched_month(question, cited)) is not None:
        return Misfit(month)
    if (phrase := unsaid_phrase(question, cited)) is not None:
        return Misfit(phrase=phrase)
    if (fact := unstated_fact(question, cited, language)) is not None:
        return Misfit(fact=fact)
    if unnamed_currency(question, cited) is not None:
        return Misfit(fact="amount")
    if lacks_asked_number(question, cited, language):
        return Misfit()
    if closeness is not None and (fact := distant_fact(question, cited, closeness)) is not None:
        return Misfit(fact=fact)
    return None
