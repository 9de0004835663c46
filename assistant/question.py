"""Understanding a question: its language, and the speaker and document constraints it names.

Constraints are resolved against the speakers and documents actually in the index (a
`SpeakerDirectory`), never against a model's guess: "Toorenburg" becomes the speaker key of
"Van Toorenburg" only because that speaker exists; "the minister" becomes the role ``minister``
and the evidence later decides which minister.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.constraints import Constraints, date_number
from assistant.offices import find_offices
from assistant.speaker_directory import SpeakerDirectory
from ingest.profiles.language import DEFAULT_LANGUAGE, language_profiles
from ingest.profiles.parliament import merged_parliaments

_PARLIAMENTS = merged_parliaments()
"""Every parliament's role words, offices, portfolios, particles and title glossary
(`ingest.profiles.parliament`): a question may be about any debate in the index."""

ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = _PARLIAMENTS.roles
_INTRODUCES_SPEAKER = r"(?:minister|staatssecretaris|state secretary|volgens|according to|premier|prime minister)\s+(?:(?:de heer|mevrouw|mr\.?|mrs\.?|ms\.?)\s+)?"
_DEBATE_WORDS = re.compile(r"\b(debate|debat|overleg|meeting|sitting|vergadering|commissiedebat)\b", re.I)
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
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\.?\s+(\d{4})\b", re.I)
_NAME_PARTICLES = _PARLIAMENTS.name_particles


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


def _surname_core(name: str) -> str:
    """"Van Toorenburg" -> "Toorenburg", "Van der Werf" -> "Werf": what people type."""
    parts = [p for p in name.split() if p.lower() not in _NAME_PARTICLES]
    return " ".join(parts) if parts else name


@dataclass(frozen=True)
class Mention:
    """Where the question refers to a speaker, a party or a role."""

    start: int
    end: int
    kind: str
    value: str


@dataclass(frozen=True)
class ParsedQuestion:
    """A question with its language and the constraints it states itself."""

    text: str
    language: str
    constraints: Constraints = field(default_factory=Constraints)
    topic: str = ""


def _speaker_mentions(question: str, directory: SpeakerDirectory) -> list[Mention]:
    """Speakers named in the question, each at its first mention: the full printed name, or the
    surname without its particles as a capitalised word ("Nispen", "Toorenburg"). Case matters
    for the short form so that the Dutch word "blok" does not summon Minister Blok."""
    found: list[Mention] = []
    lowered = question.lower()
    for key, speaker in directory.speakers.items():
        core = _surname_core(speaker.name)
        if len(core) < 3:
            continue
        multi_word = " " in key
        last = speaker.name.split()[-1]
        matches = [re.search(rf"(?<!\w){re.escape(core)}(?!\w)", question)]
        if multi_word:
            matches.append(re.search(rf"(?<!\w){re.escape(key)}(?!\w)", lowered))
            # names built from a person id carry first names ("Mark Rutte"): people type the surname
            if len(last) >= 4 and last[0].isupper():
                matches.append(re.search(rf"(?<!\w){re.escape(last)}(?!\w)", question))
        spans = [m.span() for m in matches if m]
        if spans:
            found.append(Mention(*min(spans), "speaker", key))
    if len(found) > 1:
        # "volgens minister Karremans, in reactie op Thijssen": the introduced one is the speaker
        introduced = [m for m in found if re.search(
            _INTRODUCES_SPEAKER + re.escape(_surname_core(directory.speakers[m.value].name).split()[-1]), question, re.I)]
        found = introduced or found
    return found


def _party_mentions(question: str, directory: SpeakerDirectory) -> list[Mention]:
    """Parties named as printed ("SP", "PvdA", "GroenLinks-PvdA"); case-sensitive so that
    "denk" (I think) is not the party DENK."""
    found = []
    for party in directory.parties.values():
        if m := re.search(rf"(?<![\w-]){re.escape(party)}(?!\w)(?!-[A-Z])", question):
            found.append(Mention(m.start(), m.end(), "party", party))
    # "GroenLinks-PvdA" also contains "PvdA": keep the longest mention only
    return [m for m in found if not any(m.value != o.value and m.value in o.value for o in found)]


def _member_office_spans(question: str) -> list[tuple[int, int]]:
    """Where the question names a title that holds a role word but no role ("the Chair of the
    Treasury Committee" asks questions as a member), from the parliament profiles."""
    pattern = _PARLIAMENTS.member_offices
    return [m.span() for m in pattern.finditer(question)] if pattern is not None else []


def _role_mentions(question: str) -> list[Mention]:
    """Role words ("de minister", "the chair") and offices named alone ("the Chancellor"), each
    as the role it holds; a role word inside a member's title ("Chair of the Treasury
    Committee") is none."""
    masked = _member_office_spans(question)
    found = []
    for role, pattern in ROLE_PATTERNS:
        match = next((m for m in pattern.finditer(question)
                      if not any(m.start() < b and a < m.end() for a, b in masked)), None)
        if match is not None:
            found.append(Mention(match.start(), match.end(), "role", role))
    offices, span = find_offices(question)
    if offices and span is not None:
        found += [Mention(span[0], span[1], "role", role) for role in dict.fromkeys(o.role for o in offices)]
    return found



def find_speakers(question: str, directory: SpeakerDirectory) -> tuple[str, ...]:
    """Speaker keys named in the question (see `_speaker_mentions`)."""
    return tuple(sorted(m.value for m in _speaker_mentions(question, directory)))


def find_parties(question: str, directory: SpeakerDirectory) -> tuple[str, ...]:
    return tuple(sorted(m.value for m in _party_mentions(question, directory)))


def find_dates(question: str, directory: SpeakerDirectory | None = None) -> tuple[int | None, int | None]:
    """The date range a question names: an exact date, or the years after "in"/"during"/...

    A year that no debate in the index falls in is usually the year of an event the question
    asks about ("the agreement Kok made in 1982"), not of the debate, so with a ``directory`` it
    is dropped and stays plain text for retrieval. An exact date is always kept: "the debate of
    1 July 2025" with no such debate is honestly "not in the transcripts"."""
    if m := _ISO_DATE.search(question):
        day = int("".join(m.groups()))
        return day, day
    if m := _DAY_MONTH_YEAR.search(question):
        day = int(f"{m.group(3)}{_MONTHS[m.group(2).lower()]:02d}{int(m.group(1)):02d}")
        return day, day
    years = sorted({int(y) for y in _YEAR.findall(question)})
    if years and re.search(r"\b(in|of|from|van|uit|sinds|since|during|tijdens)\s+(19|20)\d\d\b", question, re.I):
        start, end = years[0] * 10000 + 101, years[-1] * 10000 + 1231
        if directory is None or any(start <= (date_number(d.get("date")) or 0) <= end for d in directory.documents.values()):
            return start, end
    return None, None


_GENERIC_TITLE_WORDS = _PARLIAMENTS.generic_title_words

TITLE_GLOSSARY: dict[str, str] = _PARLIAMENTS.glossary
"""A question's words for the words debate titles are made of, from the parliament profiles:
"the police debate" is "Politie". Only words next to "debate" count: "the police" elsewhere in a
question is a topic."""
_DEBATE_PHRASE = re.compile(r"(?:\b\w+\s+){1,2}(?:debate|meeting)\b|\b(?:debate|meeting)\s+(?:on|about)\s+(?:\w+\s*){1,2}")


def find_documents(question: str, directory: SpeakerDirectory) -> tuple[str, ...]:
    """Documents the question points at by title ("in the Politie debate", "het debat over MIVD",
    "the police debate"). Only when the question speaks of a debate/meeting, so a topic word
    alone stays a topic; generic title words ("overleg", weekdays) do not count."""
    if not _DEBATE_WORDS.search(question):
        return ()
    lowered = question.lower()
    named = " ".join(m.group(0) for m in _DEBATE_PHRASE.finditer(lowered))  # "the police debate"
    lowered += "".join(f" {title}" for term, title in TITLE_GLOSSARY.items() if re.search(rf"\b{re.escape(term)}\b", named))
    hits = []
    for doc_id, doc in directory.documents.items():
        title = (doc.get("title") or "").lower()
        words = [w for w in re.findall(r"[^\W\d_]+", title) if len(w) > 3 and w not in _GENERIC_TITLE_WORDS]
        if title and (title in lowered or any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words)):
            hits.append(doc_id)
    return tuple(sorted(hits))


_LEADING_CLAUSE = re.compile(r"^\s*(?:when|whenever|after|while|toen|nadat|terwijl|wanneer|als)\b[^,?]*,", re.I)
_SAME_SUBJECT = re.compile(
    r"\s*(?:,|and|en|or|of|&)?\s*(?:(?:the|de|het)\s+)?(?:mr\.?|mrs\.?|ms\.?|de heer|mevrouw|member|kamerlid|lid|"
    r"woordvoerder|spokesperson|spokesman|spokeswoman)?\s*",
    re.I,
)


def subject_mentions(question: str, mentions: list[Mention]) -> list[Mention]:
    """Who the question asks about, when it names several people: the first one named,
    with whoever is joined to it ("Van Nispen and Van Laar", "minister Blok", "the SP member
    Van Nispen"). In "What did the minister promise Van Toorenburg?" the minister speaks and
    Van Toorenburg is spoken to; in "How did the minister respond when DENK pressed him?" DENK
    only interrupts. A leading "When Van Laar interrupted, ..." clause is skipped: the subject
    comes after it. Returns all mentions when none stands after such a clause."""
    clause = _LEADING_CLAUSE.match(question)
    after = [m for m in mentions if m.start >= (clause.end() if clause else 0)]
    if not after:
        return mentions
    group = [after[0]]
    for mention in after[1:]:
        end = max(m.end for m in group)
        if mention.start < end or _SAME_SUBJECT.fullmatch(question[end:mention.start]):
            group.append(mention)
        else:
            break
    return group


_NOT_VERBS = frozenset("from among amongst else exactly uit onder namens binnen precies".split())
"""Words after "who" that are not its verb (prepositions the stopword lists lack): "Who from
Labour ..." asks about Labour."""


@lru_cache(maxsize=1)
def _who_verb_object() -> re.Pattern[str]:
    """"Who <verb> [the]" or "Which member <verb> [the]": a question that asks who did
    something, with the verb right after its who-phrase (not an auxiliary: in "Whom did the
    Speaker call" the Speaker acts). Its end is where the verb's object starts. The who-phrases
    ("who", "which member", "welk kamerlid"), the auxiliaries (the words that open a yes/no
    question), the articles and the words that cannot be a verb come from the language profiles."""
    profiles = language_profiles().values()
    who = {w for p in profiles for w in p.question_types["who"]}
    auxiliaries = {w for p in profiles for w in p.question_types["yes_no"]}
    not_verbs = sorted(auxiliaries | _NOT_VERBS | {w for p in profiles for w in p.stopwords})
    return re.compile(rf"^\s*(?:{'|'.join(sorted(who))})\s+(?!(?:{'|'.join(not_verbs)})\b)\w+\s+"
                      r"(?:(?:the|a|an|de|het|een)\s+)?", re.I)


def _object_of_who(question: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions without those after the verb of "Who <verb> ...": the question asks who spoke,
    so whoever it names after the verb is spoken to or about. In "Who compared the government
    to an arsonist?" the government is compared; in "Which member defended the police against
    the PVV?" the PVV is attacked; in "Welk Kamerlid vroeg de staatssecretaris ..." the state
    secretary is asked. A who-phrase that names the speaker ("Which minister compared ...",
    "Who from Labour ...") stands before the verb and is kept, and so does one the question
    attributes the words to ("Wie verhinderde volgens Stultiens ..."). On the dev set (331 answerable
    questions) 8 of 38 who-said questions had their gold turn filtered out by such a mention."""
    match = _who_verb_object().match(question)
    if match is None:
        return mentions
    return [m for m in mentions if m.start < match.end() or _ATTRIBUTED.search(question[:m.start])]


_ATTRIBUTED = re.compile(r"\b(?:volgens|according to)\s+(?:(?:de|het|the)\s+)?$", re.I)
"""A mention right after "volgens" / "according to" names who said it, wherever it stands:
"Wie verhinderde volgens Stultiens ..." asks what Stultiens said."""


_ARTICLE = re.compile(r"(?:^|\s)(?:de|the)\s+$", re.I)


def _with_article(question: str, mention: Mention) -> bool:
    """Whether a role word stands with an article: before it, or opening its match ("de voorzitter")."""
    words = question[mention.start:mention.end].split()
    return bool(_ARTICLE.search(question[:mention.start])) or (len(words) > 1 and words[0].lower() in ("de", "the"))


def _without_addressee(question: str, subject: list[Mention], directory: SpeakerDirectory) -> list[Mention]:
    """The subject without a person named right after "de <role word>" who never held that role
    in the transcripts: in "Wat zegde de minister Boswijk toe?", "Heeft de minister Bamenga
    toegezegd ...?" or "Welke keuze gaf de voorzitter de heer Grinwis?" the minister or the
    chair speaks and the member is spoken to (Dutch puts the indirect object straight after the
    subject). A title without an article ("minister Blok", "Prime Minister Rutte") names the
    person, whatever roles the transcripts record for them (ParlaMint without government
    metadata has Rutte as a member). On the dev set (333 answerable questions) five questions
    of this shape had their gold turns filtered out by the member's name; no other dev
    question's constraints change."""
    roles = [m for m in subject if m.kind == "role" and _with_article(question, m)]
    if not roles:
        return subject
    kept = []
    for mention in subject:
        held = directory.speakers[mention.value].roles if mention.value in directory.speakers else frozenset()
        after_role = any(r.end <= mention.start and _SAME_SUBJECT.fullmatch(question[r.end:mention.start])
                         for r in roles)
        if mention.kind == "speaker" and after_role and held and not any(r.value in held for r in roles):
            continue
        kept.append(mention)
    return kept


def parse_question(question: str, directory: SpeakerDirectory) -> ParsedQuestion:
    """Language and constraints of one (already condensed) question."""
    everyone = sorted(_speaker_mentions(question, directory) + _party_mentions(question, directory)
                      + _role_mentions(question), key=lambda m: (m.start, -m.end))
    everyone = _object_of_who(question, everyone)
    attributed = [m for m in everyone if _ATTRIBUTED.search(question[:m.start])]
    subject = _without_addressee(question, subject_mentions(
        question, [m for m in everyone if m.start >= attributed[0].start] if attributed else everyone), directory)
    speakers = tuple(sorted(m.value for m in subject if m.kind == "speaker"))
    roles = tuple(r for r, _ in ROLE_PATTERNS if any(m.kind == "role" and m.value == r for m in subject))
    parties = tuple(sorted(m.value for m in subject if m.kind == "party")) if not speakers else ()
    if speakers and "chair" in roles:
        roles = tuple(r for r in roles if r != "chair")
    if parties:  # "vond de VVD dat de minister ...": the party speaks, the minister is the topic
        roles = tuple(r for r in roles if r == "chair")
    date_from, date_to = find_dates(question, directory)
    constraints = Constraints(
        speakers=speakers,
        roles=() if speakers else roles,
        parties=parties,
        doc_ids=find_documents(question, directory),
        date_from=date_from,
        date_to=date_to,
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
            names += [speaker.name, _surname_core(speaker.name), speaker.name.split()[-1]]
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


_ATTRIBUTED_ELSEWHERE = re.compile(r"\b(?:volgens|according to|aldus)\s", re.I)
_POSSESSES = frozenset({"has", "had", "heeft"})
"""Verbs after which a name is what someone has, not who speaks, once the words are attributed."""


def unknown_speaker(question: str, directory: SpeakerDirectory) -> str | None:
    """A person the question says spoke ("What did Rutte say ...") who never speaks in the index.

    Returns the name as written, or None. Parties and known speakers are not unknown. A person
    after "heeft"/"has" in a question that attributes the words to someone else ("Welke ervaring
    heeft Rupert Harrison volgens de Chancellor?") is what is spoken about, not who spoke (issue 9:
    the one dev question refused this way asked what the Chancellor said about an adviser)."""
    attributed = _ATTRIBUTED_ELSEWHERE.search(question) is not None
    for match in _SPEAKS.finditer(question):
        if attributed and match.group(0).split()[0].lower() in _POSSESSES:
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
