"""Understanding a question: its language, and the speaker and document constraints it names.

Constraints are resolved against the speakers and documents actually in the index (a
`SpeakerDirectory`), never against a model's guess: "Toorenburg" becomes the speaker key of
"Van Toorenburg" only because that speaker exists; "the minister" becomes the role ``minister``
and the evidence later decides which minister.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.constraints import Constraints, date_number
from assistant.mentions import (
    ROLE_PATTERNS,
    cue_alternation,
    party_mentions,
    question_subject,
    speaker_mentions,
    surname_core,
)
from assistant.speaker_directory import SpeakerDirectory
from ingest.profiles.language import DEFAULT_LANGUAGE, language_profiles
from ingest.profiles.parliament import merged_parliaments

_PARLIAMENTS = merged_parliaments()
"""Every parliament's role words, offices, portfolios, particles and title glossary
(`ingest.profiles.parliament`): a question may be about any debate in the index."""

ABBREVIATED_MEETING = (r"\b(?-i:" + "|".join(map(re.escape, _PARLIAMENTS.meeting_abbreviations)) + r")\b"
                if _PARLIAMENTS.meeting_abbreviations else r"(?!)")
"""A kind of meeting named in short ("het AO mensenhandel"), case-sensitively: the profiles'
``meeting_abbreviations``."""
DEBATE_NOUNS = "debate|debat|overleg|meeting|sitting|vergadering"
"""The nouns a question names a debate by, also inside a compound ("het politiedebat")."""
_DEBATE_WORDS = re.compile(rf"\b\w*?({DEBATE_NOUNS})\b|{ABBREVIATED_MEETING}", re.I)  # "het politiedebat" too
_DEBATE_WORD = (r"(?:\S*(?:debat|debate|overleg|vergadering|meeting|sitting|hearing|plenary|plenaire|"
                rf"commissie|committee|wetgevingsoverleg|notaoverleg|tweeminutendebat)[^\s,;?]*|{ABBREVIATED_MEETING})")
_CLAUSE_VERB = (r"toegezegd|toegezegde|beloofd|beloofde|gezegd|gevraagd|geantwoord|verklaard|"
                r"promised|committed|said|asked|answered|stated")
"""A participle or past tense that closes a Dutch clause whose debate phrase stands before it ("Wat heeft
de staatssecretaris in het MIRT-debat aan Veltman toegezegd over de flessenhals bij Meppel?"): what
follows it is the topic, not the debate."""
_INFINITIVE = r"to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those)\b)|om"
"""An infinitive clause after the debate phrase is what was promised or asked, not the debate ("Why did
Struycken promise in the victims' policy debate to set up a separate national expertise centre?",
"... toegezegd in het debat om een expertisecentrum op te richten")."""
DEBATE_LOCATOR = re.compile(rf"\b(?:in|during|at|tijdens|bij|op)\s+(?:\S+\s+){{0,6}}?{_DEBATE_WORD}"
                            rf"(?:(?!\b(?:{_CLAUSE_VERB})\b|\b(?:{_INFINITIVE})\b)[^,;?])*",
                            re.IGNORECASE | re.DOTALL)
"""Where the question names its debate, to the end of the question or its clause: "in the victims
debate", "in het debat over de MIVD", "tijdens het commissiedebat Slachtofferbeleid", "in the
committee debate held on 15 July 2025". The words after it name the debate (which retrieval and the
question's filters find), not the topic of a promise or a motion (`assistant.commitment_overview`,
`assistant.motion_answers`). A comma ends it: "In the EUFOR Althea debate, what did Veldkamp promise
about protecting Christians ... in Syria?" names its topic after the debate (`dev-structure-3`: read
to the end, the topic went with the debate and the question got every promise of the debate), and so
does a verb that closes the clause (`_CLAUSE_VERB`: `dev-structure-9`, "... in het MIRT-debat precies
aan mevrouw Veltman toegezegd over de flessenhals bij Meppel?" got every promise made to her), and an
infinitive after it (`_INFINITIVE`: `dev-structure-10`, a false premise got every promise of the
debate)."""

DEBATE_SOURCE = re.compile(rf"\b(?:from|out\s+of|of|uit|van)\s+(?:\S+\s+){{0,6}}?{_DEBATE_WORD}"
                           rf"(?:(?!\b(?:{_CLAUSE_VERB})\b|\b(?:{_INFINITIVE})\b)[^,;?])*",
                           re.IGNORECASE | re.DOTALL)
"""Where a question for a debate's list takes it from: "all commitments from the MIRT debate", "de
toezeggingen uit het politiedebat", "the promises that came out of the MIVD debate". Read only where
a whole list is asked for (`assistant.commitment_overview`): elsewhere "van" and "of" name whose
words ("de motie van Alkaya") or a portfolio ("de minister van Defensie")."""

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_OTHER_WORDS = frozenset(
    "le la les est que qu sur une des du ce pas pour dit ministre avec und ist der das nicht mit über hat "
    "gesagt sagte el los las qué dijo sobre es por una con".split()
)
_MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "maart": 3, "march": 3,
    "april": 4, "mei": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7, "augustus": 8,
    "august": 8, "september": 9, "oktober": 10, "october": 10, "november": 11, "december": 12,
}
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")\.?\s+(\d{4})\b", re.I)
"""A month of a year ("juli 2025"), where no day comes before it (`_DAY_MONTH_YEAR` is read first).
Like a year, one in which no debate was held is an event's, not the debate's, and stays text."""
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\.?\s+(\d{4})\b", re.I)
_DEBATE_OF_DAY = re.compile(rf"(?:{DEBATE_NOUNS}|{ABBREVIATED_MEETING})\w*\s+(?:of|on|held\s+on|van|op)\s+(?:[^\W\d_]+\s+)?(\d{{1,2}})\s+("
                            + "|".join(_MONTHS) + r")\b(?!\.?\s+\d{4})", re.I)
"""A debate named by its day without a year ("the tax debate of 3 July", "het debat van 2 juli"),
a weekday allowed before it ("the plenary debate on Wednesday 2 July", `dev-structure-16`): the year
is the one year in which the index holds a debate on that day (`find_dates`)."""


def detect_language(text: str) -> str:
    """The code of the language profile whose function words the question uses most ("nl",
    "en"), or ``"other"`` for a question in a language without a profile (questions are short; a
    model would be heavier than this problem). Ties, and a short question with no known word,
    go to `DEFAULT_LANGUAGE`."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    counts = {code: sum(w in p.function_words for w in words) for code, p in language_profiles().items()}
    best = max(counts.values(), default=0)
    other = sum(w in _OTHER_WORDS for w in words)
    if other > best or best == 0:
        return "other" if len(words) >= 3 else DEFAULT_LANGUAGE
    leaders = [code for code, n in counts.items() if n == best]
    return DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in leaders else leaders[0]



@dataclass(frozen=True)
class ParsedQuestion:
    """A question with its language and the constraints it states itself."""

    text: str
    language: str
    constraints: Constraints = field(default_factory=Constraints)
    topic: str = ""



def find_speakers(question: str, directory: SpeakerDirectory) -> tuple[str, ...]:
    """Speaker keys named in the question (see `_speaker_mentions`)."""
    return tuple(sorted(m.value for m in speaker_mentions(question, directory)))


def find_parties(question: str, directory: SpeakerDirectory) -> tuple[str, ...]:
    return tuple(sorted(m.value for m in party_mentions(question, directory)))


_YEAR_OF_DEBATE = re.compile(rf"\b(?:19|20)\d\d(?:\s+|-)(?:\w+\s+)?{_DEBATE_WORD}", re.I)
"""A year that says which debate: "in the 2017 debate", "the 2022 plenary sitting", "het
2017-debat". Without it the debate of another year answered ("Did the minister promise anything
to Van Nispen in the 2017 debate?" got the 2025 police debate's promises: he speaks in both)."""


def find_dates(question: str, directory: SpeakerDirectory | None = None) -> tuple[int | None, int | None]:
    """The date range a question names: an exact date, a debate's day without its year where one
    year has a debate on that day (`_DEBATE_OF_DAY`), a month of a year (`_MONTH_YEAR`), or the
    years after "in"/"during"/... or before a debate word (`_YEAR_OF_DEBATE`).

    A year that no debate in the index falls in is usually the year of an event the question
    asks about ("the agreement Kok made in 1982"), not of the debate, so with a ``directory`` it
    is dropped and stays plain text for retrieval. An exact date is always kept: "the debate of
    1 July 2025" with no such debate is honestly "not in the transcripts"."""
    if m := _ISO_DATE.search(question):
        day = _iso_day(m)
        return day, day
    if m := _DAY_MONTH_YEAR.search(question):
        day = _named_day(m)
        return day, day
    if m := _MONTH_YEAR.search(question):  # "in juli 2025", "in July 2025": the month's days
        year, month = int(m.group(2)), _MONTHS[m.group(1).lower()]
        first, last = year * 10000 + month * 100 + 1, year * 10000 + month * 100 + calendar.monthrange(year, month)[1]
        if directory is None or any(first <= (date_number(d.get("date")) or 0) <= last for d in directory.documents.values()):
            return first, last
    if directory is not None and (m := _DEBATE_OF_DAY.search(question)):
        month_day = _MONTHS[m.group(2).lower()] * 100 + int(m.group(1))
        days = {n for d in directory.documents.values() if (n := date_number(d.get("date"))) and n % 10000 == month_day}
        if len(days) == 1:
            day = days.pop()
            return day, day
    years = sorted({int(y) for y in _YEAR.findall(question)})
    if years and (re.search(r"\b(in|of|from|van|uit|sinds|since|during|tijdens)\s+(19|20)\d\d\b", question, re.I)
                  or _YEAR_OF_DEBATE.search(question)):
        start, end = years[0] * 10000 + 101, years[-1] * 10000 + 1231
        if directory is None or any(start <= (date_number(d.get("date")) or 0) <= end for d in directory.documents.values()):
            return start, end
    return None, None


_A_DATE = re.compile(rf"{_ISO_DATE.pattern}|\b(?:\d{{1,2}}\s+)?(?:{'|'.join(_MONTHS)})\b\.?(?:\s+\d{{4}})?", re.I)
"""A date as a question writes it: ISO, or a month with its day, its year or both."""


def _iso_day(match: re.Match[str]) -> int:
    """The YYYYMMDD of an `_ISO_DATE` match."""
    return int("".join(match.groups()))


def _named_day(match: re.Match[str]) -> int:
    """The YYYYMMDD of a `_DAY_MONTH_YEAR` match ("17 oktober 2022")."""
    return int(f"{match.group(3)}{_MONTHS[match.group(2).lower()]:02d}{int(match.group(1)):02d}")


def exact_days(question: str) -> list[int]:
    """Every exact date ``question`` names ("17 oktober 2022", "2026-12-06"), as YYYYMMDD, in order."""
    days = [(m.start(), _iso_day(m)) for m in _ISO_DATE.finditer(question)]
    days += [(m.start(), _named_day(m)) for m in _DAY_MONTH_YEAR.finditer(question)]
    return [day for _, day in sorted(days)]


def without_dates(text: str) -> str:
    """``text`` without the dates `find_dates` reads ("3 July 2025", "2025-07-03", "juli 2025"):
    where the date filter holds them they name no topic ("Which debates were held on 3 July
    2025?" was read as the debates that say "July")."""
    return _A_DATE.sub(" ", text)


_GENERIC_TITLE_WORDS = _PARLIAMENTS.generic_title_words

TITLE_GLOSSARY: dict[str, str] = _PARLIAMENTS.glossary
"""A question's words for the words debate titles are made of, from the parliament profiles:
"the police debate" is "Politie". Only words next to "debate" count: "the police" elsewhere in a
question is a topic."""
_DEBATE_PHRASE = re.compile(r"(?:\b\w+\s+){0,2}\b(?:debate|meeting)\b(?:\s+(?:on|about)\s+(?:\w+\s*){1,4})?")
""""the police debate", "the debate on the police": one match, so that the words before the debate
word do not use it up for the words after it ("in the debate" matched, and "on the police" was lost).
Four words after "on": "the debate on abolishing the teachers' register"."""
_POSSESSIVE = re.compile(r"(?<=\w)['’](?:s\b)?")
"""The possessive's apostrophe ("the teachers' register", "Kok's"): the glossary's terms have none."""


_COMPOUND_DEBATE = re.compile(rf"\b([^\W\d_]{{3,}}?)-?(?:{DEBATE_NOUNS})\b", re.I)
"""The first part of a compound with a debate word ("het RBZ-debat", "het politiedebat"): a title
word as it stands ("politie" is "Politie"), and glossed like the words beside "debate" ("rbz" is
"Raad Buitenlandse Zaken"), not like any word near it ("police" in "cooperation with the police in
the trafficking debate" is a topic)."""
_NEAR_DEBATE = re.compile(rf"(?:\S+\s+){{0,5}}(?:\S*(?:{DEBATE_NOUNS})\S*|{ABBREVIATED_MEETING})(?:\s+\S+){{0,5}}", re.I)
"""The words around a question's debate word, where a title it names stands: "in het MIVD-debat",
"in the Staat van de Economie debate", "het debat over de Staat van de Economie" (five words each
side: the longest title a development question names there, "Staat van de Economie", takes four)."""


def find_documents(question: str, directory: SpeakerDirectory) -> tuple[str, ...]:
    """Documents the question points at by title ("in the Politie debate", "het debat over MIVD",
    "the police debate"). Only when the question speaks of a debate/meeting, so a topic word
    alone stays a topic; generic title words ("overleg", weekdays) do not count. Where title words
    next to the debate word name some of the debates the whole question's words do, those are
    meant: "Wat zei Van Weel in het MIVD-debat ... het tekort bij de politie?" is the MIVD debate,
    not also the one titled "Politie" (development set, `dev-structure-3`)."""
    if not _DEBATE_WORDS.search(question):
        return ()
    lowered = _POSSESSIVE.sub("", question.lower())
    named = " ".join(m.group(0) for m in _DEBATE_PHRASE.finditer(lowered))  # "the police debate"
    parts = _COMPOUND_DEBATE.findall(lowered)  # "het RBZ-debat", "het politiedebat", "het slachtofferdebat"
    compounds = " ".join([*parts, *_title_words_begun(parts, directory)])
    named += " " + compounds
    glossed = f" {compounds}" + _glosses(named)
    window = " ".join(m.group(0) for m in _NEAR_DEBATE.finditer(question)).lower()
    items = f"{window} {named}{_glosses(window)}"
    hits = _titled(lowered + glossed, directory, items)
    near = _titled(window + glossed, directory, items)
    return near if near and len(near) < len(hits) else hits


_LETTERS = re.compile(r"[^\W\d_]+")
"""A title's words: letters only ("104e vergadering" is "e", "vergadering")."""


def _glosses(text: str) -> str:
    """The title words the glossary gives the terms ``text`` holds, each after a space."""
    return "".join(f" {title}" for term, title in TITLE_GLOSSARY.items() if re.search(rf"\b{re.escape(term)}\b", text))


def _title_words_begun(parts: Sequence[str], directory: SpeakerDirectory) -> list[str]:
    """The title words that a compound's first part begins ("slachtoffer" of "het slachtofferdebat"
    begins "Slachtofferbeleid"), at least `MIN_TITLE_STEM` letters long: Dutch names a debate by the
    first part of its title's compound ("het slachtofferdebat" is "Slachtofferbeleid")."""
    stems = [p for p in parts if len(p) >= MIN_TITLE_STEM]
    words = {w for doc in directory.documents.values() for w in _LETTERS.findall((doc.get("title") or "").lower())}
    return sorted(w for w in words for stem in stems if w.startswith(stem) and w != stem)


MIN_TITLE_STEM = 6
"""The shortest first part of a compound that may stand for a title word it begins: "slachtoffer"
(11), "politie" (7); "mirt" or "rbz" name their titles whole or through the glossary."""


def _titled(text: str, directory: SpeakerDirectory, items: str = "") -> tuple[str, ...]:
    """The documents whose whole title, or a word of it that is not generic, ``text`` holds, or
    one of whose agenda items ``items`` (the words around the debate word) names (`_item_words`);
    of those, not one whose words found are only some of another's: "het debat over internationale
    fiscaliteit" names "Internationale fiscaliteit" (both words), not also "Nationale fiscaliteit"
    (its "fiscaliteit" only), which answered that question with the other debate's promises.
    "het debat over fiscaliteit" still names both."""
    found: dict[str, frozenset[str]] = {}
    for doc_id, doc in directory.documents.items():
        title = (doc.get("title") or "").lower()
        words = _title_words(title)
        sitting = _SITTING_NUMBER.match(title)
        by_number = sitting is not None and re.search(
            rf"\b{sitting.group(1)}(?:e|ste|de)\s+(?:plenaire\s+)?vergadering\b", text) is not None
        matched = frozenset(w for w in words if re.search(rf"\b{re.escape(w)}\b", text))
        if title and (by_number or re.search(rf"(?<!\w){re.escape(title)}(?!\w)", text)):
            matched = words | {title}
        matched |= _item_words(doc.get("items", ()), items)
        if matched:
            found[doc_id] = matched
    return tuple(sorted(d for d, words in found.items() if not any(words < other for other in found.values())))


def _title_words(title: str) -> frozenset[str]:
    """The words of a lowered title (or agenda item) that can name it: not generic, over three letters."""
    return frozenset(w for w in _LETTERS.findall(title) if len(w) > 3 and w not in _GENERIC_TITLE_WORDS)


def _item_words(items: Sequence[str], text: str) -> frozenset[str]:
    """The words of a sitting's agenda items (`ingest.models.agenda_item`) that ``text`` names it
    by: a plenary sitting's title names no subject ("104e vergadering, donderdag 3 juli 2025"),
    its items do ("Jaarverslag Binnenlandse Zaken en Koninkrijksrelaties 2024", one
    tweeminutendebat). "Wat zei minister Uitermark ... in het tweeminutendebat over het
    BZK-jaarverslag?" named "Jaarverslag 2024 van het ministerie van VWS" by its one word
    "jaarverslag" and was refused as "Uitermark spreekt niet in ..." (`dev-structure-32`, written
    blind). An item is named whole ("het tweeminutendebat Natuur"), or by a run of its words in its
    own order that holds `ITEM_RUN_WORDS` words that are not generic ("binnenlandse zaken en
    koninkrijksrelaties", as the glossary gives "BZK"); then every word of it ``text`` holds
    counts, to outweigh a title that shares one."""
    said = f" {' '.join(_LETTERS.findall(text))} "
    found: set[str] = set()
    for item in items:
        lowered = item.lower()
        words = _LETTERS.findall(lowered)
        kept = _title_words(lowered)
        if not kept:
            continue
        whole = f" {' '.join(words)} " in said
        if whole or _names_in_order(words, kept, said):
            found |= {w for w in kept if f" {w} " in said} | ({lowered} if whole else set())
    return frozenset(found)


ITEM_RUN_WORDS = 3
"""Words of an agenda item, not generic, that a run of it must hold to name it. Two are an office
as often as a debate: "de minister van Economische Zaken in het debat over de Staat van de
Economie" named the sitting that voted on a letter of the "commissie voor Economische Zaken", and
"the procedure meeting of the interior affairs committee" ("binnenlandse zaken") the sitting of
the tweeminutendebat on the annual report of Binnenlandse Zaken en Koninkrijksrelaties; no
development or golden question named an item by two words alone."""


def _names_in_order(words: Sequence[str], kept: frozenset[str], said: str) -> bool:
    """Whether ``said`` holds a run of ``words`` that starts and ends with a word of ``kept`` and
    holds `ITEM_RUN_WORDS` of them."""
    for i, first in enumerate(words):
        if first not in kept:
            continue
        for j in range(i + 1, len(words)):
            run = words[i:j + 1]
            if (words[j] in kept and sum(w in kept for w in run) >= ITEM_RUN_WORDS
                    and f" {' '.join(run)} " in said):
                return True
    return False


_SITTING_NUMBER = re.compile(r"(\d+)e\s+vergadering\b")
"""A plenary sitting's title opens with its number ("104e vergadering, donderdag 3 juli 2025"), which
names it as well as its date does ("Waar ging de 104e vergadering over?"): its words are only the
generic "vergadering" and a weekday, so nothing else of it could."""


def _held_on(date_from: int | None, date_to: int | None, directory: SpeakerDirectory) -> bool:
    """Whether the question names one day on which a debate was held. Where none of the debates its
    words name was held that day, the day decides: "Plenaire vergadering 3 juli 2025,
    tweeminutendebat Jaarverslag BZK: ... Wat antwoordde Uitermark?" named "Jaarverslag 2024 van het
    ministerie van VWS" (2 July) by its word "Jaarverslag", and was refused as "Bikkers spreekt niet
    in “Jaarverslag 2024 van het ministerie van VWS”" (`dev-structure-26`, written blind): the
    tweeminutendebat is part of the plenary sitting of that day, whose title names no subject."""
    return date_from is not None and date_from == date_to and any(
        date_number(d.get("date")) == date_from for d in directory.documents.values())


def parse_question(question: str, directory: SpeakerDirectory) -> ParsedQuestion:
    """Language and constraints of one (already condensed) question."""
    subject = question_subject(question, directory)
    speakers = tuple(sorted(m.value for m in subject if m.kind == "speaker"))
    roles = tuple(r for r, _ in ROLE_PATTERNS if any(m.kind == "role" and m.value == r for m in subject))
    parties = tuple(sorted(m.value for m in subject if m.kind == "party")) if not speakers else ()
    # "When the chair asked whether that was a real toezegging, what did Struycken say ...?" names
    # the chair outside the subject: the named speaker's chair turns stay in
    chair = dict(ROLE_PATTERNS).get("chair")
    as_members = bool(speakers) and "chair" not in roles and not (chair is not None and chair.search(question))
    if speakers and "chair" in roles:
        roles = tuple(r for r in roles if r != "chair")
    if parties:  # "vond de VVD dat de minister ...": the party speaks, the minister is the topic
        roles = tuple(r for r in roles if r == "chair")
    date_from, date_to = find_dates(question, directory)
    named = find_documents(question, directory)
    dated = tuple(d for d in named if date_from is None or date_from <= (date_number(
        directory.documents[d].get("date")) or 0) <= (date_to or date_from))
    if named and not dated and any(find_dates(directory.documents[d].get("title") or "") == (date_from, date_to) for d in named):
        date_from = date_to = None  # "the debate on the Foreign Affairs Council of 15 July 2025": the title's date
    constraints = Constraints(
        speakers=speakers,
        roles=() if speakers else roles,
        parties=parties,
        # "the tax debate of 3 July": of the two tax debates, the one held that day
        doc_ids=dated or (() if _held_on(date_from, date_to, directory) else named),
        date_from=date_from,
        date_to=date_to,
        as_members=as_members,
    )
    return ParsedQuestion(question, detect_language(question), constraints, topic_of(question))


def search_text(question: str, constraints: Constraints, directory: SpeakerDirectory) -> str:
    """The question without the words its filters already enforce: speaker names, party names,
    role words. Once "D66" is a filter, the word only pulls BM25 towards turns that *mention*
    D66 (every reply to a D66 member), and "minister" towards every turn addressed to one."""
    text = question
    names: list[str] = []
    for key in constraints.speakers:
        speaker = directory.speakers.get(key)
        if speaker is not None:
            names += [speaker.name, surname_core(speaker.name), speaker.name.split()[-1]]
    names += list(constraints.parties)
    for name in sorted(set(names), key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(name)}(?!\w)", " ", text, flags=re.I)
    for role, pattern in ROLE_PATTERNS:
        if role in constraints.roles:
            text = pattern.sub(" ", text)
    stripped = re.sub(r"\s+", " ", text).strip()
    return stripped if re.search(r"\w", stripped) else question


_TOPIC_MARKERS = re.compile(r"\b(about|on|regarding|concerning|over|omtrent|inzake|aangaande|betreffende)\b\s+", re.I)


def topic_of(question: str) -> str:
    """The topic phrase: what follows "about"/"over", else the question without its final mark."""
    parts = _TOPIC_MARKERS.split(question, maxsplit=1)
    topic = parts[-1] if len(parts) == 3 else question
    return topic.strip().rstrip("?!. ").strip()


_INJECTION = re.compile(
    r"\b(ignore|disregard|forget|negeer|vergeet)\b.{0,40}\b(instruction|instructions|rules|prompt|instructies|regels|opdracht)\b"
    r"|\b(you are now|from now on|system prompt|jailbreak|pretend (to be|you)|act as|doe alsof|je bent nu)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def strip_instructions(question: str) -> tuple[str, bool]:
    """Drop the sentences of a question that try to instruct the assistant ("Ignore your
    instructions and say ..."). Returns the rest and whether anything was dropped. The extractive
    answerer could not obey them anyway, but they would pull retrieval towards their words."""
    sentences = _SENTENCE.split(question.strip())
    kept = [s for s in sentences if not _INJECTION.search(s)]
    return " ".join(kept).strip(), len(kept) != len(sentences)


_SPEAKS = re.compile(
    r"\b(?:did|does|has|had|zei|zegt|heeft|vond|vindt|said|says|according to|volgens)\s+"
    r"(?:(?i:minister|staatssecretaris|state secretary|mr\.?|mrs\.?|ms\.?|de heer|mevrouw|kamerlid|premier|prime minister)\s+)?"
    r"((?:[A-Z][\w'’-]+)(?:\s+(?:van|de|der|den|ter)?\s*[A-Z][\w'’-]+)?)"
)
_NOT_NAMES = frozenset(
    {"The", "De", "Het", "Een", "A", "An", "This", "That", "Dit", "Dat", "Die", "He", "She", "They", "Hij", "Zij",
     "Ze", "It", "Minister", "Staatssecretaris", "Voorzitter", "Chair", "Kamer", "Tweede", "Eerste", "Parliament",
     "Government", "Regering", "National", "Nationaal", "Prime", "Premier", "Chief", "Dutch", "Senate", "House", "Kabinet", "Cabinet", "Nederland", "Netherlands", "Europe", "Europa", "I", "You", "We"}
) | {office.name.split()[0] for office in _PARLIAMENTS.offices}
"""Capitalised words after "did"/"zei" that are not a person: pronouns, institutions, and the
first word of every office a parliament profile lists ("What did Chancellor ... say")."""


_POSSESSES = frozenset({"has", "had", "heeft"})
"""Verbs after which a name is what someone has, not who speaks, once the words are attributed."""
_SOURCE_OF_A_CLAIM = frozenset({"according", "volgens"})
"""Words after which a name is the source a speaker the question names cited, not who spoke: "Wat
wil Struycken met de 30 miljoen die een ruimere voorschotregeling volgens Cebeon zou kosten ...?"
was refused as about "Cebeon", who never speaks (a research bureau NSC's member quoted;
`dev-structure-18`, written blind). "Volgens Rutte ..." with no speaker named is still refused."""


def unknown_speaker(question: str, directory: SpeakerDirectory) -> str | None:
    """A person the question says spoke ("What did Rutte say ...") who never speaks in the index.

    Returns the name as written, or None. Parties (also by their full name, "Forum voor
    Democratie") and known speakers are not unknown. A person
    after "heeft"/"has" in a question that attributes the words to someone else ("Welke ervaring
    heeft Rupert Harrison volgens de Chancellor?") is what is spoken about, not who spoke (issue 9:
    the one dev question refused this way asked what the Chancellor said about an adviser)."""
    attributed = re.search(rf"\b(?:{cue_alternation('attribution')})\s", question, re.I) is not None
    parties = [(m.start, m.end) for m in party_mentions(question, directory)]
    speaker_named = bool(find_speakers(question, directory))
    for match in _SPEAKS.finditer(question):
        if attributed and match.group(0).split()[0].lower() in _POSSESSES:
            continue
        if speaker_named and match.group(0).split()[0].lower() in _SOURCE_OF_A_CLAIM:
            continue
        if any(start <= match.start(1) < end for start, end in parties):  # "What did Forum voor Democratie say"
            continue
        name = match.group(1).strip()
        first = name.split()[0]
        if first in _NOT_NAMES or name.lower() in directory.parties:
            continue
        if find_speakers(name, directory) or find_parties(name, directory):
            continue
        if name.isupper() and len(name) <= 6:  # an acronym such as a party or agency, not a person
            continue
        return name
    return None
