"""False premises: a question that takes as done what a turn gives only as a plan, or denies.

"Why did the Chancellor cut the tax to 19 %?" when the turn says "the Government are committed to
cutting it to 19 % ... it will remain at 20 %" is not answered by quoting the 19 %: the assistant
says "the transcripts do not say that; what was said is ..." and cites the sentence that keeps
the other value (issue 9). Kept apart from the answerability model: this is a rule over the
text of one turn, not evidence weighed by a fitted model, and it decides on its own.

Two rules, both only for questions that presume (why, when): a plan dropped for another value
(`contradicted_premise`, percentages and amounts) and a sentence that repeats the question's
words and denies them (`denied_premise`: "waarom heeft het kabinet besloten de bewakers alsnog
over te brengen?" over "het kabinet heeft laten weten dat er geen opvolging wordt gegeven aan de
intentie om alsnog bewakers over te brengen"). A question that presumes the other view of a
motion is `assistant.motion_answers`' (it knows the appreciation from the debate's structure).

The cue words ("committed to", "will remain", "procent", "niet") are data, in each language profile's
`[premise]` table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.abstention import content_terms
from assistant.answerability import asks
from assistant.answering import cue_pattern
from assistant.structure.deadlines import EN_MONTHS, MONTHS
from ingest.chunking import sentence_spans
from ingest.lexical import tokenize
from ingest.profiles.language import PremiseCue, QuestionType, language_profile, language_profiles

_PRESUMING: tuple[QuestionType, ...] = ("why", "when")
"""Kinds of question that take their premise as given ("why did he cut it to 19 %?"); a "how
much would cutting it to 19 % cost?" asks about the plan itself and is answered."""
_CURRENCY_RE = re.compile(r"([£€$])\s?(\d+(?:[.,]\d+)*)")
PREMISE_WINDOW = 3
"""How many sentences after the plan the sentence that drops it may come (the same sentence
included): "The Government are committed to cutting it to 19 %. [reason] I have decided that it
will remain at 20 %" is two sentences apart."""


@dataclass(frozen=True)
class Contradiction:
    """Where a turn contradicts a question's premise (character spans in the turn's text): the
    sentence that says what was really said or done (``said``: that keeps another value, drops
    the plan or denies the premise), and, for a dropped plan, the sentence that gave the
    question's value as a plan (``planned``; None for a premise denied outright)."""

    planned: tuple[int, int] | None
    said: tuple[int, int]


@lru_cache(maxsize=1)
def _percent_re() -> re.Pattern[str]:
    """A number followed by "%" or by a percent word of any language (the question's and the
    text's may differ)."""
    words = dict.fromkeys(w for p in language_profiles().values() for w in p.premise["percent"])
    return re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:%|\b(?:" + "|".join(words) + r")\b)", re.I)


@lru_cache(maxsize=8)
def _cue_re(language: str, cue: PremiseCue) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(language_profile(language).premise[cue]) + r")\b", re.I)


def quantities(text: str) -> set[tuple[str, str]]:
    """The percentages and currency amounts ``text`` states, as (number, unit) pairs written the
    same way in every language ("19,5 procent" and "19.5%" are both ("19.5", "%"))."""
    found = {(m.group(1).replace(",", "."), "%") for m in _percent_re().finditer(text)}
    found |= {(re.sub(r"[.,]", "", m.group(2)), m.group(1)) for m in _CURRENCY_RE.finditer(text)}
    return found


def presumes(question: str) -> bool:
    """Whether ``question`` takes what it says as done (a why or when question, in any profiled
    language): "why did the minister accept the motion?" presumes the acceptance, "did the
    minister accept the motion?" asks whether, and is answered (no, with what was said). Where
    the debate is named first ("In the MIRT debate, by when did ...?", "In het MIRT-debat, waarom
    ..."), the question starts after it (`_SETTING_FIRST`), where what follows is one clause up to
    the question mark: "In the international tax debate, when the chair read back the promise ...,
    the state secretary wanted ... dropped. Who objected ...?" opens a "when" clause, no "when"
    question (`dev-structure-24`: refused as a promise presumed and not recorded)."""
    asked = _SETTING_FIRST.sub("", question, count=1)
    if asked != question and not _ONE_CLAUSE.match(asked):
        asked = question
    return any(asks(asked, kind) for kind in _PRESUMING)


_ONE_CLAUSE = re.compile(r"[^,.;:?]*\?")
"""The rest of a question after its setting, when it is one clause: no comma, period or colon
before its question mark. Development (1,290 questions, 5 December 2026): with the setting read
past and "by what date" a "when" question, one false premise more refused ("In the MIRT debate, by
what date did the state secretary promise Stoffer an update of the 35 billion overview ...?"),
none lost; the one-clause condition later kept a "when" clause from being read as a question."""


_SETTING_FIRST = re.compile(r"^\s*(?:in|during|at|bij|tijdens)\b[^,?]{1,80},\s*", re.IGNORECASE)
"""A clause that names where, before the question proper: "In the MIRT debate, ", "Tijdens het
commissiedebat over de MIVD, "."""


def presumes_quantity(question: str) -> bool:
    """Whether ``question`` takes a percentage or an amount as given (why/when questions that
    state one): the only questions `contradicted_premise` checks. Cheap, so the assistant asks
    it before reading any turn."""
    return presumes(question) and bool(quantities(question))


def contradicted_premise(question: str, text: str, language: str) -> Contradiction | None:
    """Whether ``text`` (a turn, in ``language``) contradicts the premise of ``question``: the
    question takes a value as done ("why did the Chancellor cut the tax to 19 %?") that the turn
    gives only as a plan ("the Government are committed to cutting it to 19 %") before it keeps
    another value or drops the plan ("it will remain at 20 %"). Deliberately narrow: only
    percentages and currency amounts, which read the same in every language, only questions
    that presume (why, when), and only a plan followed within `PREMISE_WINDOW` sentences by a
    sentence that keeps another value of the same unit. On the 448 development questions it
    fires twice, both on false premises, and on none of the 299 answerable ones."""
    if not presumes_quantity(question):
        return None
    asked = quantities(question)
    units = {unit for _, unit in asked}
    spans = sentence_spans(text, language)
    planned, kept = _cue_re(language, "planned"), _cue_re(language, "kept")
    for i, (start, end) in enumerate(spans):
        sentence = text[start:end]
        if not quantities(sentence) & asked or not planned.search(sentence):
            continue
        for said in spans[i : i + PREMISE_WINDOW + 1]:
            other = text[said[0] : said[1]]
            if kept.search(other) and any(u in units for _, u in quantities(other) - asked):
                return Contradiction((start, end), said)
    return None


MIN_DENIED_TERMS = 2
MIN_DENIED_SHARE = 0.4
"""A sentence denies a question's premise when it holds a denying word and at least
`MIN_DENIED_TERMS` of the question's content words, and at least this share of them: "Er is
bewust voor gekozen om niet ook op te nemen dat de naam en geboortedatum weggelaten kunnen worden"
repeats 3 of the 7 of "Waarom heeft de staatssecretaris besloten dat ook de naam en geboortedatum
van slachtoffers mogen worden weggelaten?". Set on the
development questions (December 2026): with the refusing questions and the reason sentences left
out (`denied_premise`), at 2 and 0.4 it fires on 4 of the 33 false premises (one of them, a
"why did the minister promise ..." question, was answered by a commitment answer first: since
December 2026 the service checks the premise before a commitment answer is given, which refuses
it and changes no other dev answer) and on
none of 272 answerable who-said, speaker-specific, why, yes-no and motion questions (without
those exclusions: on 3 of them, each a why question answered by a sentence with "niet" and a
reason, or a question that presumes "ontraden"); 3 terms lose two false premises."""


MIN_DENIED_TERM_CHARS = 2
"""One-character tokens are pieces of an abbreviation or a code ("R&D" gives "r" and "d"), not
words of the premise: "Wanneer stuurt de minister het R&D-actieplan naar de Kamer?" is not denied
by "Je kan niet zomaar R&D kopen" (on the development questions, December 2026, this was the only
answerable question a denial refused with its gold turn first; none of the 4 false premises the
rule catches needs such a token)."""


def premise_contradiction(question: str, text: str, language: str, question_language: str,
                          names: tuple[str, ...] = ()) -> Contradiction | None:
    """Whether ``text`` (a turn, in ``language``) contradicts what ``question`` (in
    ``question_language``) presumes: a dropped plan (`contradicted_premise`, in any language) or
    a denial (`denied_premise`, in the question's language only)."""
    if (found := contradicted_premise(question, text, language)) is not None:
        return found
    if language != question_language or (said := denied_premise(question, text, language, names)) is None:
        return None
    return Contradiction(None, said)


def denied_premise(question: str, text: str, language: str, names: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """The span of the sentence of ``text`` (a turn, in ``language``) that denies what a presuming
    ``question`` in the same language takes as done, or None. "Waarom heeft het kabinet besloten
    de bewakers alsnog naar Nederland over te brengen?" over "Het kabinet heeft laten weten dat
    er geen opvolging wordt gegeven aan de intentie om alsnog bewakers naar Nederland over te
    brengen": the sentence repeats the premise's words (`MIN_DENIED_TERMS`, `MIN_DENIED_SHARE`)
    and denies them. Not checked: a question that denies or refuses something itself ("why will
    the minister not ...", "why did she advise against the motion?"), whose answer is a denial;
    and a sentence that gives a reason ("want het is niet uitvoerbaar"), which answers the why. ``names`` (of the speakers and
    parties the question names) are no evidence: they are left out of its words. A denying
    sentence that opens by pointing back (the profile's ``premise.points_back``: "Die aanname van
    de heer Vijlbrief klopt niet.") denies what the sentence before it says, so it is read with
    that sentence ("... of het klopt dat de opbrengst van de tariefsverhoging van de
    kansspelbelasting op termijn gaat dalen met 70 miljoen."), and both are quoted. The debate's
    name is left out of the question's words too (`refusals.premise_contradicted`): "in het
    commissiedebat nationale fiscaliteit" says where. Development (1,010, 5 December 2026): one
    false premise more refused ("Waarom erkende de staatssecretaris ... dat de verhoging van de
    kansspelbelasting op termijn zo'n 70 miljoen minder oplevert?", `dev-structure-14`), nothing
    else changes; golden identical.

    Lexical, so only within one language: across languages no sentence repeats the question's
    words (then the answer model decides). Measured and not adopted (December 2026, /tmp/idx-c,
    the 40 presuming dev questions answered across languages): closeness in meaning in place of
    the shared words, a denying sentence without a reason in the cited turns' chunk closest to the
    question (`assistant.evidence_fit`'s chunk vectors), for questions that deny or refuse
    nothing themselves: it fires on 4 false premises and on 6 answerable questions (Dutch
    "niet"/"geen" are in most answers to a why question). The same at the level of sentences
    (December 2026, /tmp/idx-c, after the fact checks of `assistant.evidence_fit`): of the 28
    presuming dev questions still answered with an extractive answer that deny or refuse nothing
    themselves, the sentence of the lead quotes and passages closest in meaning to the question
    (`evidence_fit.Closeness`, e5) denies without a reason for 3 false premises (all across
    languages, one of them a Dutch question about the English sitting) and for one answerable question whose gold turn is cited (a "when
    will the minister inform the House" answered by a sentence that quotes a member's "niet");
    the second closest sentence adds one false premise and two more answerable ones. Not adopted:
    it would cost an answer with a gold citation."""
    denied = _cue_re(language, "denied")
    if not presumes(question) or denied.search(question) or _cue_re(language, "refused").search(question):
        return None
    reason = cue_pattern(language, "reason")
    asked = {t for t in content_terms(question, names, language) if len(t) >= MIN_DENIED_TERM_CHARS}
    if len(asked) < MIN_DENIED_TERMS:
        return None
    back = _cue_re(language, "points_back")
    spans = sentence_spans(text, language)
    for i, (start, end) in enumerate(spans):
        sentence = text[start:end]
        if not denied.search(sentence) or reason.search(sentence):
            continue
        if i > 0 and back.match(sentence, len(sentence) - len(sentence.lstrip(_OPENING))):  # "Die aanname ..." denies the one before
            start = spans[i - 1][0]
        shared = asked & set(tokenize([text[start:end]], language)[0])
        if len(shared) >= MIN_DENIED_TERMS and len(shared) >= MIN_DENIED_SHARE * len(asked):
            return start, end
    return None


_OPENING = " \t\n\"'“‘(«"
"""What may stand before a sentence's first word."""


MIN_PRESUMED_FIGURE = 13
"""The smallest whole number `presumed_figures` takes from a question: smaller ones are as often
written as words ("drie", "twelve") as in digits, so a turn that never writes the digits may
still say it."""
_FIGURE_RE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)(?![\w])")


@lru_cache(maxsize=8)
def number_label_re(language: str | None) -> re.Pattern[str]:
    """A word after which a number names a document, article or page ("nr.", "artikel": the
    profile's ``number_labels``), at the end of the text before the number; in ``language``, or
    in every profiled language for None (a question's own figures, whatever its language)."""
    profiles = language_profiles().values() if language is None else [language_profile(language)]
    labels = "|".join(dict.fromkeys(w for p in profiles for w in p.asked_facts.get("number_labels", ()))) or r"(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{labels})\.?\s*$", re.I)


@lru_cache(maxsize=1)
def _month_after_re() -> re.Pattern[str]:
    """What follows a day of the month: a month name, in every profiled language."""
    months = "|".join(dict.fromkeys(re.escape(m.rstrip(".")) for p in language_profiles().values() for m in p.months))
    return re.compile(rf"^[-\s]*(?:{months})", re.I)


def presumed_figures(question: str) -> tuple[str, ...]:
    """The figures a presuming ``question`` (why, when) takes as given ("Why did the state
    secretary raise the limit to 40?"), written with a point for a decimal: numbers in digits of
    at least `MIN_PRESUMED_FIGURE` or with decimals, not a year (an event's), not a number after a
    word that labels a document or article ("motion no. 56", "artikel 100-brief"), not a day
    before a month name ("10 juli")."""
    if not presumes(question):
        return ()
    found: list[str] = []
    for match in _FIGURE_RE.finditer(question):
        number, (start, end) = match.group(1), match.span()
        whole = number.replace(",", ".")
        if re.fullmatch(r"(?:19|20)\d\d", number) or ("." not in whole and int(whole) < MIN_PRESUMED_FIGURE):
            continue
        if number_label_re(None).search(question[max(0, start - 20) : start]) or _month_after_re().search(question[end : end + 12]):
            continue
        found.append(whole)
    return tuple(dict.fromkeys(found))


_DAY_MONTH = re.compile(r"(?<![\w.,])([1-3]?\d)\s+([^\W\d_]{3,})")
"""A day of the month before a word that may be a month name ("11 juli", "4 July")."""


def _month_index(word: str) -> int | None:
    """The month (0-11) ``word`` names ("juli", "July", "Jul"): a full Dutch or English name
    (`structure.deadlines`) or a profile's short form; None for any other word ("decennia")."""
    return _month_numbers().get(word.lower().rstrip("."))


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Every month name `_month_index` reads, lower-cased, with its month (0-11): built once, as every
    number in a cited turn ("2 miljard") has the word after it looked up."""
    names = (MONTHS, EN_MONTHS, *([m.lower().rstrip(".") for m in p.months] for p in language_profiles().values()))
    return {name: i for months in reversed(names) for i, name in enumerate(months)}


def stated_dates(text: str) -> set[tuple[int, int]]:
    """The days of a month ``text`` states, as (day, month 0-11)."""
    return {(int(m.group(1)), month) for m in _DAY_MONTH.finditer(text)
            if (month := _month_index(m.group(2))) is not None and 1 <= int(m.group(1)) <= 31}


def contradicted_date(question: str, texts: Sequence[str], own_days: set[tuple[int, int]]) -> str | None:
    """The first date a presuming ``question`` (why, when) gives ("Waarom wilde minister Van Weel ...
    niets zeggen vóór de uitspraak in het kort geding van 11 juli?") that none of ``texts`` states
    while one of them states another day of that month ("4 juli is de uitspraak in het kort
    geding", `dev-structure-23`, written blind), as the question writes it; None otherwise. A day
    of ``own_days`` (the debates' own dates: "in het debat van 2 juli") says when, not what is
    presumed. Unlike a figure (`unstated_premise`), a date only counts against another of its month:
    a turn that names no date of that month may still speak of it ("morgen", "donderdag").
    Development (1,370 questions): that question refused, no other answer changed."""
    if not presumes(question):
        return None
    stated = set().union(*(stated_dates(text) for text in texts)) if texts else set()
    for m in _DAY_MONTH.finditer(question):
        month = _month_index(m.group(2))
        if month is None or not 1 <= (day := int(m.group(1))) <= 31 or (day, month) in own_days:
            continue
        if (day, month) not in stated and any(other == month for _, other in stated):
            return m.group(0)
    return None


@lru_cache(maxsize=1)
def _base_year_re() -> re.Pattern[str]:
    """A year after a word that makes it the base of a comparison ("sinds 2015", "between 2019 and
    2023": the profiles' ``premise.base_year``, every language), and the year after the next word."""
    words = "|".join(dict.fromkeys(w for p in language_profiles().values() for w in p.premise["base_year"]))
    return re.compile(rf"\b(?:{words})\s+((?:19|20)\d\d)\b(?:\s+\w+\s+((?:19|20)\d\d)\b)?", re.IGNORECASE)


def presumed_base_years(question: str) -> tuple[str, ...]:
    """The years ``question`` compares with ("Met hoeveel zijn de ... stromen naar
    belastingparadijzen sinds 2015 gedaald?"), whatever it asks: a base year is a figure the
    question takes as given, not an event's year (`presumed_figures` leaves those out). The
    state secretary gave the fall from 2019 to 2023, and the question was answered with it
    (`dev-structure-16`, written blind)."""
    return tuple(dict.fromkeys(y for m in _base_year_re().finditer(question) for y in m.groups() if y))


def unstated_premise(question: str, texts: Sequence[str]) -> str | None:
    """The first figure a presuming ``question`` takes as given (`presumed_figures`) that none of
    ``texts`` (the whole turns an answer would cite from its lead debate) states, in digits with
    either decimal sign; else None. "Waarom heeft de staatssecretaris toegezegd de leeftijdsgrens
    ... te verhogen naar 40 jaar?" over turns in which the limit stays at 35 and 40 is never
    said: the premise is the question's own. Digits read alike in every language, so it holds
    across languages, unlike `denied_premise`.

    Measured on the 482 development questions (December 2026, /tmp/idx-c, every answered question,
    commitment and exchange answers included): nine answered presuming questions state a number;
    without the exclusions (years, labels, days, small numbers) the turns lack it for three, all
    false premises, but two of them only by accident (an "artikel 100-brief", "10 juli 2025");
    with them it fires on the one whose figure is its premise, and on none of the six answerable
    ones (their "25%", "508 miljoen", "motie op stuk nr. 56" are in the cited turns or are not
    checked)."""
    for figure in (*presumed_figures(question), *presumed_base_years(question)):
        pattern = re.compile(r"(?<![\d.,])" + re.escape(figure).replace(r"\.", "[.,]") + r"(?![\d]|[.,]\d)")
        if not any(pattern.search(text) for text in texts):
            return figure
    return None
