"""Who a question names (speakers, parties, roles, offices) and which of them it is about.

A question names people for many reasons: as the speaker ("What did Van Nispen say"), as the one
spoken to ("What did the minister promise Van Toorenburg"), as the author of what is discussed
("Why did the minister reject Van Baarle's motion"), or as the owner of a thing ("Why was Van der
Plas's microphone switched off"). Only the speaker may become a constraint: a constraint on the
wrong person filters the answer out of retrieval altogether, which is worse than none
(attribution is sacred). `question_subject` applies the rules in turn; each says which question
shapes it exists for and what it measured on the development set. The words come from the language
profiles (`ingest.profiles.language`, ``mention_cues``) and the parliament profiles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from assistant.offices import find_offices
from assistant.speaker_directory import SpeakerDirectory
from ingest.profiles.language import MentionCue, language_profiles
from ingest.profiles.parliament import merged_parliaments

_PARLIAMENTS = merged_parliaments()
ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = _PARLIAMENTS.roles
_NAME_PARTICLES = _PARLIAMENTS.name_particles
SURNAME_PARTICLES = r"(?:(?i:" + "|".join(map(re.escape, sorted(_NAME_PARTICLES))) + r")\s+)*"
"""The particles a surname may be written with before it ("Van", "de", "der"; every parliament
profile's), as a pattern: "de motie van Van Weyenberg", "minister Van Weel"."""
_INTRODUCES_SPEAKER = r"(?:minister|staatssecretaris|state secretary|volgens|according to|premier|prime minister)\s+(?:(?:de heer|mevrouw|mr\.?|mrs\.?|ms\.?)\s+)?"


def surname_core(name: str) -> str:
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


def speaker_mentions(question: str, directory: SpeakerDirectory) -> list[Mention]:
    """Speakers named in the question, each at its first mention: the full printed name, or the
    surname without its particles as a capitalised word ("Nispen", "Toorenburg"). Case matters
    for the short form so that the Dutch word "blok" does not summon Minister Blok."""
    found: list[Mention] = []
    lowered = question.lower()
    for key, speaker in directory.speakers.items():
        core = surname_core(speaker.name)
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
            start, end = min(spans)
            if question[start:end].split()[0].lower() == last.lower():  # typed without its particles
                start = _with_particles(question, start, speaker.name)
            found.append(Mention(start, end, "speaker", key))
    if len(found) > 1:
        # "volgens minister Karremans, in reactie op Thijssen": the introduced one is the speaker
        introduced = [m for m in found if re.search(
            _INTRODUCES_SPEAKER + re.escape(surname_core(directory.speakers[m.value].name).split()[-1]), question, re.I)]
        found = introduced or found
    return found


def _with_particles(question: str, start: int, name: str) -> int:
    """Where a surname typed without its particles really starts: "Van Dijck" in "Hoe legde
    Van Dijck uit" for the speaker "Tony van Dijck", so that "Van" is not read as the
    preposition "van" (`attachment`). Only the speaker's own particles count: in "de motie van
    Van Dijck" the first "van" stays the preposition."""
    words = name.split()
    particles: list[str] = []
    for word in reversed(words[:-1]):
        if word.lower() not in _NAME_PARTICLES:
            break
        particles.insert(0, word)
    if not particles:
        return start
    typed = re.search(r"(?<!\S)" + r"\s+".join(map(re.escape, particles)) + r"\s+$", question[:start], re.I)
    return typed.start() if typed else start


def party_spelled(party: str) -> str:
    """A regular expression for ``party`` as printed or by a name the parliament profiles give it
    ("GL-PvdA" for "GroenLinks-PvdA", "Forum voor Democratie" for "FVD")."""
    names = _PARLIAMENTS.party_names.get(party)
    return f"(?:{re.escape(party)}|{names})" if names else re.escape(party)


def printed_party(question: str, party: str) -> re.Match[str] | None:
    """Where ``question`` names ``party`` as printed ("de VVD", "BBB-woordvoerder", "het
    VVD-Kamerlid") or by another of its names (`party_spelled`); "GroenLinks" is not named inside
    "GroenLinks-PvdA", nor "PvdA" there. A capital after the hyphen starts another party's name,
    except in "Kamerlid" and the like: "Wat zegde het BBB-Kamerlid toe ...?" was read as naming no
    party (`dev-structure-12`)."""
    return re.search(rf"(?<![\w-]){party_spelled(party)}(?!\w)(?!-(?!Kamer)[A-Z])", question)


def party_mentions(question: str, directory: SpeakerDirectory) -> list[Mention]:
    """Parties named as printed ("SP", "PvdA", "GroenLinks-PvdA"), by their full name or by
    their members ("Forum voor Democratie", "Welke christendemocraat ...", from the parliament
    profiles); case-sensitive so that "denk" (I think) is not the party DENK."""
    found = []
    for party in directory.parties.values():
        if m := printed_party(question, party):
            found.append(Mention(m.start(), m.end(), "party", party))
    for abbreviation, names in _PARLIAMENTS.party_names.items():  # "Forum voor Democratie", "christendemocraat"
        printed = directory.parties.get(abbreviation.lower())
        if printed is not None and (m := re.search(rf"(?<![\w-])(?:{names})(?![\w-])", question)):
            found.append(Mention(m.start(), m.end(), "party", printed))
    found = list({m.value: m for m in sorted(found, key=lambda m: -m.start)}.values())  # each party at its first mention
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
    Committee") is none, and one inside an office's name is that office's ("head of government"
    is the prime minister, not "the government")."""
    offices, span = find_offices(question)
    masked = _member_office_spans(question) + ([span] if offices and span is not None else [])
    found = [Mention(m.start(), m.end(), "role", role) for role, pattern in ROLE_PATTERNS for m in pattern.finditer(question)
             if not any(m.start() < b and a < m.end() for a, b in masked)]
    if offices and span is not None:
        found += [Mention(span[0], span[1], "role", role) for role in dict.fromkeys(o.role for o in offices)]
    return found


_PLACING_PHRASE = r"(?:[^,?]{1,120},\s*)?"
"""A phrase that places a question before its clause, up to its comma ("In the EUFOR Althea debate, ...")."""
_ASKING_VERB = (r"(?:did|does|do|will|would|is|was|are|were|has|have|had|can|could|should|shall|may|might|must|"
                r"zei|zegt|komt|kwam|heeft|hadden|wordt|werd|gaat|ging|zal|zou|zullen|kan|kon|moet|moest|"
                r"stuurt|stuurde|krijgt|kreeg|ontvangt|hoort|informeert|beloofde|zegde)")
_LEADING_CLAUSE = re.compile(rf"^\s*{_PLACING_PHRASE}(?:when|whenever|after|while|toen|nadat|terwijl|wanneer|als)\b"
                             rf"(?!\s+{_ASKING_VERB}\b)[^,?]*,", re.I)
"""A subordinate clause that opens a question, up to its comma ("When Van Laar interrupted, ...");
not the question word with its verb ("When did the state secretary say ..., after Paulusma pressed
her for a date?" was read as a clause, and the member who pressed her became the one asked about:
the answer quoted Paulusma, never the state secretary, `dev-structure-35`, written blind)."""
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
    comes after it, also behind a phrase that places the question ("In the EUFOR Althea debate,
    when the D66 member pressed the foreign minister ..., what figures did the minister give?" was
    answered with the D66 member's words, `dev-structure-16`). Returns all mentions when none
    stands after such a clause."""
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
    question), the articles and the words that cannot be a verb come from the language profiles.
    A clause before the who-phrase, up to its comma, is passed over ("In the plenary debate on
    Wednesday 2 July about special-needs education, which party said it would go further than
    NSC ...?" took NSC for the party asked about, `dev-structure-16`)."""
    profiles = language_profiles().values()
    who = {w for p in profiles for w in p.question_types["who"]}
    auxiliaries = {w for p in profiles for w in p.question_types["yes_no"]}
    not_verbs = sorted(auxiliaries | _NOT_VERBS | {w for p in profiles for w in p.stopwords})
    return re.compile(rf"^\s*{_PLACING_PHRASE}(?:{'|'.join(sorted(who))})\s+(?!(?:{'|'.join(not_verbs)})\b)\w+\s+"
                      r"(?:(?:the|a|an|de|het|een)\s+)?", re.I)


def _object_of_who(question: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions without those after the verb of "Who <verb> ...": the question asks who spoke,
    so whoever it names after the verb is spoken to or about. In "Who compared the government
    to an arsonist?" the government is compared; in "Which member defended the police against
    the PVV?" the PVV is attacked; in "Welk Kamerlid vroeg de staatssecretaris ..." the state
    secretary is asked. A who-phrase that names the speaker ("Which minister compared ...",
    "Who from Labour ...") stands before the verb and is kept, and so does one the question
    attributes the words to ("Wie verhinderde volgens Stultiens ...") or a party the speaker
    spoke for ("Wie sprak namens de VVD over ...?", `_represented`). On the dev set (331
    answerable questions) 8 of 38 who-said questions had their gold turn filtered out by such a
    mention."""
    match = _who_verb_object().match(question)
    if match is None:
        return mentions
    return [m for m in mentions if m.start < match.end() or _attributed().search(question[:m.start])
            or (m.kind == "party" and _represented().search(question[:m.start]))]


@lru_cache(maxsize=4)
def cue_alternation(cue: MentionCue) -> str:
    """Every language's ``mention_cues[cue]`` expressions (``attribution``: "volgens", "aldus",
    "according to"), as one regular-expression alternation."""
    return "|".join(dict.fromkeys(w for p in language_profiles().values() for w in p.mention_cues[cue]))


@lru_cache(maxsize=4)
def _right_after(cue: MentionCue) -> re.Pattern[str]:
    """The end of a question's text that stands right before a mention after one of ``cue``'s
    words, an article allowed between ("volgens de", "namens")."""
    return re.compile(rf"\b(?:{cue_alternation(cue)})\s+(?:(?:de|het|the)\s+)?$", re.I)


def _attributed() -> re.Pattern[str]:
    """A mention right after an attribution word names who said it, wherever it stands: "Wie
    verhinderde volgens Stultiens ..." asks what Stultiens said, and so does "..., aldus de
    regeringsleider?"."""
    return _right_after("attribution")


def _represented() -> re.Pattern[str]:
    """A party right after "namens"/"on behalf of" is the party the one asked about spoke for:
    "Wie sprak namens de VVD over de Politieacademie?" asks for a VVD member, and without this
    the VVD, standing after the who-verb, was taken for whom the speaker spoke to, which left
    the question with no party filter and refused it (found by hand, 5 December 2026). Only
    in a who-question: elsewhere ("Wat zei Mutluer namens GroenLinks-PvdA ...?") the speaker is
    named already and the party changes nothing."""
    return _right_after("representation")


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


Attachment = Literal["author", "possessor"]


@lru_cache(maxsize=1)
def _cue_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Every language's speech nouns, person nouns and verification openings, as three
    patterns. A noun is matched as a word ending, since Dutch writes compounds as one word
    ("informatieverzoek" is a request)."""
    return (re.compile(rf"\w*(?:{cue_alternation('speech_nouns')})", re.I),
            re.compile(rf"\w*(?:{cue_alternation('person_nouns')})", re.I),
            re.compile(rf"^\s*(?:{cue_alternation('verification')})\b", re.I))


_GENITIVE = re.compile(r"^(?:'s|’s|'|’)\s+((?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)")
""""X's claim", "Thiadens' motion", "Labour's election platform": up to three words after the
possessive, the last of which is usually the noun (adjectives and compounds come first)."""
_OF_NOUN = re.compile(r"(?:^|[^\w-])([^\W\d_][\w-]*)(-|\s+(?-i:van|of)\s+(?:(?:de|het|the)\s+)?)$", re.I)
"""The noun right before "van X" / "of X" / "motie-X": "de motie van Van Baarle", "the claim
of the SP", "de motie-Oostenbrink"."""
_BY_NOUN = re.compile(r"(?:^|[^\w-])([^\W\d_][\w-]*)\s+(?:by|from|door)\s+(?:(?:de|het|the)\s+)?$", re.I)
"""A speech noun before "by X" / "from X" ("the motion by Van Baarle"); after a verb ("said
by X") the name is who spoke."""


def attachment(question: str, mention: Mention) -> Attachment | None:
    """How a name hangs on a noun: ``"author"`` of a speech noun ("X's claim", "de motie van
    X", "motie-X", "the proposal by X"): X said it, though the question may be about someone
    who answered it; ``"possessor"`` of any other noun ("X's microphone", "Labour's election
    platform", "het verkiezingsprogramma van de PvdA"): X is not who speaks. A person noun ("het
    Kamerlid van de SP", "members of the VVD") or a role or name before "van"/"of" ("Wat vond
    de minister van Van Laar") leaves the name as it is (None), and so do a role's possessive
    ("the minister's letter": the minister sends it, and says when) and the party one speaks
    for ("on behalf of the VVD", "uit naam van de SP")."""
    speech, person, _ = _cue_words()
    if mention.kind == "role":
        return None
    if genitive := _GENITIVE.match(question[mention.end:]):
        words = genitive.group(1).split()
        if any(speech.fullmatch(w) for w in words):
            return "author"
        return None if any(person.fullmatch(w) for w in words) else "possessor"
    before = question[:mention.start]
    if _represented().search(before):
        return None
    if noun := _BY_NOUN.search(before):
        return "author" if speech.fullmatch(noun.group(1)) else None
    noun = _OF_NOUN.search(before)
    if noun is None or noun.group(1)[0].isupper() or any(p.search(noun.group(1)) for _, p in ROLE_PATTERNS):
        return None
    if speech.fullmatch(noun.group(1)):
        return "author"
    if noun.group(2) == "-" or person.fullmatch(noun.group(1)):
        return None
    return "possessor"


_ASKED = re.compile(r"\b(?:verzoek\w*|roept|riep|asks?|asked|asking|calls? on|called on|urge[sd]?)\s+(?:de|het|the)\s+$", re.I)
"""A role a motion asks something of ("verzoekt de regering", "asks the government"): it is
addressed, and does not take the question from the motion's author."""


_AS_CLAIMED = re.compile(r"\b(?:as|zoals)\s+(?:(?:de|het|the)\s+)?$", re.I)
"""The claimant in a verification question: "Is it true, as Van Laar claimed, that ..."."""


def _without_owners(question: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions without possessors, and without authors where the question is about someone
    else: in "Why did the state secretary advise against Van Baarle's motion" or "Welke moties
    van Thiadens werden besproken en hoe oordeelde de minister erover?" the cabinet member
    speaks; in "Klopte de bewering van Vijlbrief dat ...?" whoever answered the claim does (its
    author's own turn cannot say whether it is true). An author named alone ("Wat vroeg de
    motie van Van Baarle?") stays the speaker. On the development set (482 questions) four
    answerable questions had every gold turn filtered out by such a mention (a possessor in
    two, an author in two)."""
    kinds = {m: attachment(question, m) for m in mentions}
    kept = [m for m in mentions if kinds[m] != "possessor"]
    others = [m for m in kept if kinds[m] is None and not (m.kind == "role" and _ASKED.search(question[:m.start]))]
    if verification := _cue_words()[2].match(question):
        # the claimant: "Was Van Laar right that", "Is it true, as Van Laar claimed, that"
        return [m for m in others if m.start >= verification.end() and not _AS_CLAIMED.search(question[:m.start])]
    return others or kept


@lru_cache(maxsize=1)
def _wh_auxiliary() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The question phrase of an English question up to its first auxiliary ("Which comparison
    with Labour's platform | did"), and the words that may stand between the auxiliary and its
    subject ("the", one qualifier: "did the interior minister"). The auxiliaries are the words
    that open a yes/no question (language profiles); the question words are English only, since
    a Dutch question puts its main verb, not an auxiliary, before the subject."""
    auxiliaries = "|".join(sorted({w for p in language_profiles().values() for w in p.question_types["yes_no"]}))
    phrase = re.compile(rf"^\s*(?:what|which|how|why|when|where|whom|who|whose)\b((?:(?!\b(?:{auxiliaries})\b)[^,;?])*?)"
                        rf"\b(?:{auxiliaries})\b", re.I)
    return phrase, re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?", re.I)


def _wh_phrase_objects(question: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions without those inside the question phrase when a mention stands right after its
    auxiliary, as the subject: in "Which long-term government obligation did Postma cite"
    Postma cites and "government" only qualifies the obligation; in "Which VVD member did the
    minister answer?" the minister answers. When no mention stands there ("What did the House
    decide about the SP motion?"), nothing is dropped. On the development set this changes one
    question's constraints, from a wrong role to the right speaker."""
    phrase, gap = _wh_auxiliary()
    head = phrase.match(question)
    if head is None or not head.group(1).strip():
        return mentions
    if not any(gap.fullmatch(question[head.end():m.start]) for m in mentions if m.start >= head.end()):
        return mentions
    return [m for m in mentions if not head.start(1) <= m.start < head.end(1)]


def question_subject(question: str, directory: SpeakerDirectory) -> list[Mention]:
    """The mentions a question is about, as speakers: every speaker, party and role it names,
    without possessors and displaced authors (`_without_owners`), the question phrase before
    an English subject (`_wh_phrase_objects`), the objects of a who-verb (`_object_of_who`),
    and then, after "volgens"/"according to" when the words are attributed, the first one named
    with whoever is joined to it (`subject_mentions`), less a member named right after "de
    <role>" who is spoken to (`_without_addressee`)."""
    everyone = sorted(speaker_mentions(question, directory) + party_mentions(question, directory)
                      + _role_mentions(question), key=lambda m: (m.start, -m.end))
    everyone = _wh_phrase_objects(question, _without_owners(question, everyone))
    everyone = _object_of_who(question, everyone)
    attributed = [m for m in everyone if _attributed().search(question[:m.start])]
    candidates = [m for m in everyone if m.start >= attributed[0].start] if attributed else everyone
    return _without_addressee(question, subject_mentions(question, candidates), directory)
