"""Understanding a question: its language, and the speaker and document constraints it names.

Constraints are resolved against the speakers and documents actually in the index (a
`SpeakerDirectory`), never against a model's guess: "Toorenburg" becomes the speaker key of
"Van Toorenburg" only because that speaker exists; "the minister" becomes the role ``minister``
and the evidence later decides which minister.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ingest.chunking import speaker_key

_NL_WORDS = frozenset(
    "de het een en van wat wie waarom hoe zei heeft hebben over is zijn wordt worden welke waar wanneer "
    "minister staatssecretaris voorzitter daarover hij zij niet ook dat die deze dit met voor bij aan "
    "kamer debat zegt vond vindt antwoord vraag gaat moet kan zou hun haar hem ik je u".split()
)
_EN_WORDS = frozenset(
    "the a an and of what who why how did does do said say says about is are was were which where when "
    "minister secretary chair chairman he she they not also that this with for at on to debate think "
    "answer question going should can would their her him his i you".split()
)

ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("state_secretary", re.compile(r"\b(staatssecretaris(sen)?|state[- ]secretar(y|ies)|kabinet|cabinet|regering|government)\b", re.I)),
    ("minister", re.compile(r"\b(minister|ministers|bewindspersoon|bewindslieden|kabinet|cabinet|regering|government)\b", re.I)),
    ("chair", re.compile(r"\b(the chair(man|woman|person)?|de voorzitter|voorzitter|chairs?|chaired|chairing|commissievoorzitter|kamervoorzitter)\b", re.I)),
)
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
_NAME_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "het", "'t", "te", "la", "le", "du", "el"})


def detect_language(text: str) -> str:
    """``"nl"``, ``"en"`` or ``"other"``, by counting function words (questions are short; a
    model would be heavier than this problem)."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    nl = sum(w in _NL_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    other = sum(w in _OTHER_WORDS for w in words)
    if other > max(nl, en) or (nl == 0 and en == 0):
        return "other" if len(words) >= 3 else "en"
    return "nl" if nl > en else "en"


@dataclass(frozen=True)
class Speaker:
    """One person as the index knows them."""

    name: str
    key: str
    parties: frozenset[str]
    roles: frozenset[str]
    functions: frozenset[str]
    doc_ids: frozenset[str]


@dataclass
class SpeakerDirectory:
    """Speakers, parties and documents in the index, for resolving names in questions."""

    speakers: dict[str, Speaker]
    parties: dict[str, str]
    documents: dict[str, dict[str, Any]]

    @classmethod
    def from_metadatas(cls, metadatas: Iterable[Mapping[str, Any]]) -> SpeakerDirectory:
        acc: dict[str, dict[str, set[str]]] = {}
        names: dict[str, str] = {}
        documents: dict[str, dict[str, Any]] = {}
        for meta in metadatas:
            key = meta.get("speaker_key") or speaker_key(meta.get("speaker", ""))
            names.setdefault(key, meta.get("speaker", key))
            entry = acc.setdefault(key, {"parties": set(), "roles": set(), "functions": set(), "docs": set()})
            for name, value in (("parties", meta.get("party")), ("roles", meta.get("role")),
                                ("functions", meta.get("function")), ("docs", meta.get("doc_id"))):
                if value:
                    entry[name].add(value)
            documents.setdefault(meta["doc_id"], {"title": meta.get("doc_title", ""), "date": meta.get("date")})
        speakers = {
            key: Speaker(names[key], key, frozenset(e["parties"]), frozenset(e["roles"]),
                         frozenset(e["functions"]), frozenset(e["docs"]))
            for key, e in acc.items()
        }
        parties = {p.lower(): p for s in speakers.values() for p in s.parties}
        return cls(speakers, parties, documents)


@dataclass(frozen=True)
class Constraints:
    """Filters a question (or the UI) puts on retrieval. Empty fields constrain nothing."""

    speakers: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    date_from: int | None = None
    date_to: int | None = None

    def is_empty(self) -> bool:
        return self == Constraints()

    def merged(self, other: Constraints) -> Constraints:
        """``other``'s non-empty fields win (explicit UI filters over question-derived ones)."""
        changes = {f: getattr(other, f) for f in self.__dataclass_fields__ if getattr(other, f)}
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items() if v}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Constraints:
        if not data:
            return cls()
        def tup(name: str) -> tuple[str, ...]:
            value = data.get(name) or ()
            return (value,) if isinstance(value, str) else tuple(value)
        return cls(
            speakers=tuple(speaker_key(s) for s in tup("speakers")),
            roles=tup("roles"),
            parties=tup("parties"),
            doc_ids=tup("doc_ids"),
            date_from=_date_int(data.get("date_from")),
            date_to=_date_int(data.get("date_to"), end=True),
        )


def _date_int(value: Any, end: bool = False) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, int):
        return value
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return int(text + ("1231" if end else "0101"))
    return int(text[:10].replace("-", ""))


def _surname_core(name: str) -> str:
    """"Van Toorenburg" -> "Toorenburg", "Van der Werf" -> "Werf": what people type."""
    parts = [p for p in name.split() if p.lower() not in _NAME_PARTICLES]
    return " ".join(parts) if parts else name


@dataclass(frozen=True)
class ParsedQuestion:
    """A question with its language and the constraints it states itself."""

    text: str
    language: str
    constraints: Constraints = field(default_factory=Constraints)
    topic: str = ""


def find_speakers(question: str, directory: SpeakerDirectory) -> tuple[str, ...]:
    """Speaker keys named in the question: the full printed name, or the surname without its
    particles as a capitalised word ("Nispen", "Toorenburg"). Case matters for the short form so
    that the Dutch word "blok" does not summon Minister Blok."""
    found: list[str] = []
    lowered = question.lower()
    for key, speaker in directory.speakers.items():
        core = _surname_core(speaker.name)
        if len(core) < 3:
            continue
        multi_word = " " in key
        full = multi_word and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", lowered)
        short = re.search(rf"(?<!\w){re.escape(core)}(?!\w)", question)
        last = speaker.name.split()[-1]
        # names built from a person id carry first names ("Mark Rutte"): people type the surname
        by_last = multi_word and len(last) >= 4 and last[0].isupper() and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", question)
        if full or short or by_last:
            found.append(key)
    if len(found) > 1:
        # "volgens minister Karremans, in reactie op Thijssen": the introduced one is the speaker
        introduced = [k for k in found if re.search(_INTRODUCES_SPEAKER + re.escape(_surname_core(directory.speakers[k].name).split()[-1]), question, re.I)]
        found = introduced or found
    return tuple(sorted(found))


def find_parties(question: str, directory: SpeakerDirectory) -> tuple[str, ...]:
    """Parties named in the question as printed ("SP", "PvdA", "GroenLinks-PvdA"); case-sensitive
    so that "denk" (I think) is not the party DENK."""
    found = []
    for party in directory.parties.values():
        if re.search(rf"(?<![\w-]){re.escape(party)}(?!\w)(?!-[A-Z])", question):
            found.append(party)
    # "GroenLinks-PvdA" also contains "PvdA": keep the longest mention only
    return tuple(sorted(p for p in found if not any(p != q and p in q for q in found)))


def find_roles(question: str) -> tuple[str, ...]:
    return tuple(role for role, pattern in ROLE_PATTERNS if pattern.search(question))


def find_dates(question: str) -> tuple[int | None, int | None]:
    if m := _ISO_DATE.search(question):
        day = int("".join(m.groups()))
        return day, day
    if m := _DAY_MONTH_YEAR.search(question):
        day = int(f"{m.group(3)}{_MONTHS[m.group(2).lower()]:02d}{int(m.group(1)):02d}")
        return day, day
    years = sorted({int(y) for y in _YEAR.findall(question)})
    if years and re.search(r"\b(in|of|from|van|uit|sinds|since|during|tijdens)\s+(19|20)\d\d\b", question, re.I):
        return years[0] * 10000 + 101, years[-1] * 10000 + 1231
    return None, None


_GENERIC_TITLE_WORDS = frozenset(
    "algemeen overleg commissiedebat vergadering debat plenair plenaire verslag maandag dinsdag woensdag "
    "donderdag vrijdag januari februari maart april juni juli augustus september oktober november december "
    "tweede eerste kamer van het der voor over".split()
)


def find_documents(question: str, directory: SpeakerDirectory) -> tuple[str, ...]:
    """Documents the question points at by title ("in the Politie debate", "het debat over MIVD",
    "the mensenhandel debate"). Only when the question speaks of a debate/meeting, so a topic word
    alone stays a topic; generic title words ("overleg", weekdays) do not count."""
    if not _DEBATE_WORDS.search(question):
        return ()
    lowered = question.lower()
    hits = []
    for doc_id, doc in directory.documents.items():
        title = (doc.get("title") or "").lower()
        words = [w for w in re.findall(r"[^\W\d_]+", title) if len(w) > 3 and w not in _GENERIC_TITLE_WORDS]
        if title and (title in lowered or any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words)):
            hits.append(doc_id)
    return tuple(sorted(hits))


def parse_question(question: str, directory: SpeakerDirectory) -> ParsedQuestion:
    """Language and constraints of one (already condensed) question."""
    speakers = find_speakers(question, directory)
    roles = find_roles(question)
    parties = find_parties(question, directory) if not speakers else ()
    if speakers and "chair" in roles:
        roles = tuple(r for r in roles if r != "chair")
    if parties:  # "vond de VVD dat de minister ...": the party speaks, the minister is the topic
        roles = tuple(r for r in roles if r == "chair")
    date_from, date_to = find_dates(question)
    constraints = Constraints(
        speakers=speakers,
        roles=() if speakers else roles,
        parties=parties,
        doc_ids=find_documents(question, directory),
        date_from=date_from,
        date_to=date_to,
    )
    return ParsedQuestion(question, detect_language(question), constraints, topic_of(question))


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
)


def unknown_speaker(question: str, directory: SpeakerDirectory) -> str | None:
    """A person the question says spoke ("What did Rutte say ...") who never speaks in the index.

    Returns the name as written, or None. Parties and known speakers are not unknown."""
    for match in _SPEAKS.finditer(question):
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
