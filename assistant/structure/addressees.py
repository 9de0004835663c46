"""To whom a cabinet turn's sentence is addressed, from structure: the member the minister names
for that point, else the member whose question or interruption the turn answers.

Names come only from the transcript: the speakers of member turns. A name counts as named when
it follows "de heer", "mevrouw", "het lid", "collega" or "zeg ik tegen", printed as the
transcript prints it or without a first name no other member shares (`_spoken_forms`); "de
rapporteur" names the member who spoke as one (`role_aliases`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ingest.models import Transcript, Turn
from ingest.sentences import Sentence

from .cabinet import is_cabinet, is_member

_TITLE = r"(?:(?:de\s+heer|heer|mevrouw|het\s+lid|lid|collega)\s+|^(?:dan\s+)?(?:de\s+)?motie-)"
"""What names a member: a title, or a sentence that takes up a motion by its submitter ("Dan de
motie-Inge van Dijk c.s. op stuk nr. 828 ...": the minister answers its submitter). A motion named
inside a sentence ("ook in het licht van de motie-Pierik") is a reference, not the member addressed."""


def member_names(transcript: Transcript) -> tuple[str, ...]:
    """Every speaker who spoke as a member, longest name first (so "Tony van Dijck" wins over
    "Van Dijck")."""
    names = {turn.speaker for turn in transcript.turns if is_member(turn)}
    return tuple(sorted(names, key=lambda name: (-len(name), name)))


def _spoken_forms(names: tuple[str, ...]) -> list[tuple[str, str]]:
    """(form, name): each name as printed, then, where the printed name has a first name
    ("Olger van Dijk", "Six Dijkstra"), the name without it when no other member's name reads the
    same without its own: ministers say "de heer Van Dijk" of the only Van Dijk present, while the
    transcript prints the first name only where another member shares the surname elsewhere in
    the corpus (tuning split of `eval/commitments/`: two MIRT promises to Olger van Dijk, one of
    them given to another member before)."""
    forms = [(name, name) for name in names]
    shortened: dict[str, list[str]] = {}
    for name in names:
        words = name.split()
        if len(words) >= 2:
            shortened.setdefault(" ".join(words[1:]).lower(), []).append(name)
    printed = {name.lower() for name in names}
    forms += [(short, owners[0]) for short, owners in shortened.items() if len(owners) == 1 and short not in printed]
    return forms


def named_members(text: str, names: tuple[str, ...], aliases: Mapping[str, str] | None = None) -> list[tuple[int, str]]:
    """(offset, name) of every member named with a title in ``text``, in order of appearance,
    printed names first (`_spoken_forms`); ``aliases`` maps a role word to the member who holds
    it ("rapporteur", see `role_aliases`), named as "de rapporteur"."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    patterns = [(re.compile(_TITLE + re.escape(form).replace(r"\ ", r"\s+") + r"\b", re.IGNORECASE), name)
                for form, name in _spoken_forms(names)]
    patterns += [(re.compile(rf"\bde\s+{re.escape(role)}\b", re.IGNORECASE), name) for role, name in (aliases or {}).items()]
    for pattern, name in patterns:
        for match in pattern.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                taken.append((match.start(), match.end()))
                found.append((match.start(), name))
    return sorted(found)


_AS_RAPPORTEUR = re.compile(r"\bals\s+rapporteur\b", re.IGNORECASE)


def role_aliases(transcript: Transcript) -> dict[str, str]:
    """The member roles a minister names instead of the member: "de rapporteur" of a committee's
    annual-report or budget scrutiny is the one member who speaks "als rapporteur" (VWS jaarverslag,
    tuning split of `eval/commitments/`: five promises the minister made "de rapporteur"). None
    when no member, or more than one, speaks as such."""
    speakers = {turn.speaker for turn in transcript.turns if is_member(turn) and _AS_RAPPORTEUR.search(turn.text)}
    return {"rapporteur": speakers.pop()} if len(speakers) == 1 else {}


def answered_turn(transcript: Transcript, turn: Turn) -> Turn | None:
    """The member's turn this cabinet turn answers: the nearest earlier non-chair turn when it is
    a member's and no other cabinet turn came between."""
    for earlier in reversed(transcript.turns[:turn.index]):
        if earlier.is_chair or earlier.role == "chair":
            continue
        if is_cabinet(earlier):
            return None
        return earlier if is_member(earlier) else None
    return None


def replied_challenge(transcript: Transcript, turn: Turn) -> Turn | None:
    """The challenge of the exchange ``turn`` replies to (the latest before it), or None where
    ``turn`` is no reply in an exchange."""
    if turn.exchange_role != "reply":
        return None
    return next((t for t in reversed(transcript.turns[:turn.index])
                 if t.exchange_id == turn.exchange_id and t.exchange_role == "challenge"), None)


def interrupter(transcript: Transcript, turn: Turn) -> str | None:
    """The member whose turn this cabinet turn answers (`answered_turn`)."""
    answered = answered_turn(transcript, turn)
    return answered.speaker if answered else None


def addressee(transcript: Transcript, turn: Turn, sentence: Sentence, sentences: list[Sentence],
              names: tuple[str, ...], aliases: Mapping[str, str] | None = None) -> str | None:
    """The member a promise in ``sentence`` of ``turn`` was made to, or None.

    A member named in the sentence wins; then the member named last in the same paragraph before
    it; then, for a promise in the turn's first paragraph, the member whose turn this one answers
    (or whose interruption, where the minister's own turn came between: "Nogmaals: ik kan dat nu
    niet toezeggen." - "Oké." - "Maar ik kom er bij u op terug"); then the member named last in an
    earlier paragraph of the turn (a minister answers member by member and names each where their
    part begins: "Mevrouw Mutluer vroeg ..." and, paragraphs on, the promise); then, in a reply to
    an interruption, the member who interrupted, until a paragraph opens the next point. Measured on the tuning split of `eval/commitments/` (73 promises found and
    labelled): the member right 0.740 -> 0.767 with the names without first names
    (`_spoken_forms`), 0.849 with the earlier paragraphs, 0.904 with "de rapporteur"
    (`role_aliases`), 0.918 with the interruption's member in a reply's first paragraph, 0.945
    with it in the reply's later paragraphs until one opens the minister's next point
    (`_moved_on`); a wrong member 2 -> 1 (the one left is a promise the labels give to no one).
    Every paragraph of a reply, without that stop, gave 0.932 and a second wrong member (a reply
    that answers the interruption first and then moves on: "Ik kom nu op privacy"). Last, the member
    named in the minister's turn before the chair's remark (`_named_before_the_chair`), and a motion
    taken up by its submitter ("Dan de motie-Inge van Dijk c.s. ...", `_TITLE`): 0.921 -> 0.955 on
    the tuning split (4 December 2026), no wrong member on any split.
    """
    in_sentence = named_members(sentence.text, names, aliases)
    if in_sentence:
        return in_sentence[0][1]
    before = [s for s in sentences if s.paragraph == sentence.paragraph and s.end <= sentence.start]
    for earlier in reversed(before):
        named = named_members(earlier.text, names, aliases)
        if named:
            return named[-1][1]
    if sentence.paragraph == 0:
        return interrupter(transcript, turn) or (turn.challenger if turn.exchange_role == "reply" else None)
    for earlier in reversed([s for s in sentences if s.paragraph < sentence.paragraph]):
        named = named_members(earlier.text, names, aliases)
        if named:
            return named[-1][1]
    if turn.exchange_role == "reply" and not _moved_on(sentences, sentence.paragraph):
        return turn.challenger
    if _moved_on(sentences, sentence.paragraph, first=0):
        return None
    return _named_before_the_chair(transcript, turn, names, aliases)


def _named_before_the_chair(transcript: Transcript, turn: Turn, names: tuple[str, ...],
                            aliases: Mapping[str, str] | None) -> str | None:
    """The member named last in this speaker's previous turn when only the chair spoke between: her
    remark ("Dit noteren wij ook als een toezegging.") does not end the answer the minister was giving
    member by member ("Dank voor de oproep van de heer Paternotte ..." then, after it, "... daarop kan
    ik terugkomen in het tweeminutendebat"). Not once the turn opens a new point ("Ja. / Dan de
    motie-Inge van Dijk ...": the member named before was another's). Tuning split: the member right
    0.921 -> 0.933 (Raad Buitenlandse Zaken), no wrong member; without that stop one promise of
    none went to the wrong member."""
    for earlier in reversed(transcript.turns[:turn.index]):
        if earlier.is_chair or earlier.role == "chair":
            continue
        if earlier.speaker != turn.speaker:
            return None
        named = named_members(earlier.text, names, aliases)
        return named[-1][1] if named else None
    return None


NEW_POINT = re.compile(
    r"^\s*(?:voorzitter\b|dan\s|ik\s+kom\s+(?:nu\s+)?(?:op|bij|aan)\b|ik\s+ga\s+(?:nu\s+)?(?:door|verder)\b|"
    r"wat\s+betreft\b|dat\s+brengt\s+mij\b|tot\s+slot\b|over\s+naar\b|"
    r"(?:then|next|finally|turning\s+to|moving\s+on|i\s+(?:now\s+)?turn\s+to)\b)", re.IGNORECASE)
"""A paragraph that opens the minister's next point ("Voorzitter. ...", "Dan ...", "Ik kom nu op
privacy", "Wat betreft ...", "Tot slot"): a reply to an interruption that reaches one has moved
on from the member who interrupted (here, for the member a promise was made to; in
`assistant.exchange_answers`, for where the quote of a reply ends)."""


def _moved_on(sentences: list[Sentence], paragraph: int, first: int = 1) -> bool:
    """Whether a paragraph of the turn from ``first`` (by default the one after the turn's first)
    up to ``paragraph`` opens a new point (`NEW_POINT`)."""
    openers: dict[int, str] = {}
    for s in sentences:
        openers.setdefault(s.paragraph, s.text)
    return any(NEW_POINT.search(openers[p]) for p in range(first, paragraph + 1) if p in openers)
