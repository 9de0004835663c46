"""Who interrupted whom in a debate: "Who interrupted the minister in the police debate?", "Wie
interrumpeerde minister Van Weel in het politiedebat?".

Such a question asks for a list the structure holds (`ingest.exchanges`), not for one passage:
retrieval found a passage or two and the answer-or-abstain decision refused it (the question's words
are in no turn). Answered here with every exchange of the debates it names in which the speaker it
names, or a speaker of the office it names, was challenged: each challenger, by name and party from
the transcript, with the first question of their challenge quoted and cited, in spoken order. No
exchange of that speaker in those debates is an honest "not in the transcripts", saying so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from assistant.answering import cut_at_word
from assistant.debate_lists import ListedTurn, listed_answer, named_debates
from assistant.exchange_answers import challenges_are_questions
from assistant.exchange_choice import exchanges_of, marked
from assistant.mentions import ROLE_PATTERNS
from assistant.models import Answer
from assistant.plan import DebateQuestion
from assistant.speaker_directory import mention
from assistant.topic_debates import literal
from ingest.models import Transcript, Turn
from ingest.profiles.language import language_profile
from ingest.sentences import split_sentences

_WHO_INTERRUPTED = re.compile(
    r"\b(?:who|which\s+(?:members?|mps?))\b[^?]{0,40}\binterrupt(?:ed|s)?\b|"
    r"\b(?:wie|welke\s+(?:leden|kamerleden))\b[^?]{0,40}\b(?:interrumpeerde\w*|onderbr[ao]k\w*)|"
    r"\bhow\s+(?:many\s+times|often)\b[^?]{0,60}\binterrupt(?:ed)?\b|"
    r"\bhoe\s*vaak\b[^?]{0,60}\b(?:geïnterrumpeerd|geinterrumpeerd|onderbroken|interrumpeerde\w*)|"
    r"\bhoeveel\s+(?:keer|maal)\b[^?]{0,60}\b(?:geïnterrumpeerd|geinterrumpeerd|onderbroken)",
    re.IGNORECASE)
"""A question for the list of who interrupted: "Who interrupted the minister ...?", "Which members
interrupted ...?", "Wie interrumpeerde ...?", "Welke Kamerleden onderbraken ...?"; and for how
often ("How many times was the minister interrupted ...?", "Hoe vaak werd de minister
geïnterrumpeerd ...?"): the list's first line gives the count. Those were refused as not in the
transcripts: no passage counts them. "Hoeveel interrupties" is left out: it asks as often how many
the chair allows ("Hoeveel interrupties stond de voorzitter toe?"), which the chair says."""

_CHALLENGER_ASKED = re.compile(
    r"\bhow\s+(?:many\s+times|often)\s+did\s+(?P<en>[^?]{1,80}?)\s+interrupt\b"
    r"|\b(?:hoe\s*vaak|hoeveel\s+(?:keer|maal))\s+(?:interrumpeerde|onderbrak)n?\s+(?P<nl>[^?]{1,80})",
    re.IGNORECASE)
"""A question for how often the speaker it names interrupted, not was interrupted: "How often did
Kouwenhoven interrupt?", "Hoe vaak interrumpeerde Kouwenhoven in het debat over nationale
fiscaliteit?" (answered with the three times he was interrupted, `dev-structure-30`, written
blind). The group holds the speaker: the subject of the active verb."""

_MOST = re.compile(r"\b(?:het\s+(?:vaakst|meest)|(?:the\s+)?most(?:\s+often)?)\b", re.IGNORECASE)
""""Wie interrumpeerde het vaakst?", "Which members interrupted the most?": the challengers ranked by
how often they interrupted, each once, cited by their first challenge."""

MAX_LISTED = 20
"""At most this many challenges are quoted; the answer's first line gives the count of all."""

MAX_CHALLENGE_QUOTE_CHARS = 300
"""A challenge is quoted by its first question, or its opening sentence, cut at a word here."""


def asks_who_interrupted(question: str) -> bool:
    return bool(_WHO_INTERRUPTED.search(question))


def _challenged_asked(named: AbstractSet[str], roles: AbstractSet[str], members: Sequence[Turn]) -> bool:
    """Whether the exchange's challenged speaker is one the question names (``named``, by surname
    of the debate's speakers: "Wie interrumpeerde minister Van Weel": the question's filters leave
    out the object of "wie interrumpeerde"), or holds an office it names (``roles``: "the minister",
    "de staatssecretaris"); any exchange when it names neither."""
    challenged = members[0].challenged or ""
    if named:
        return challenged in named
    return not roles or any(t.role in roles for t in members if t.speaker == challenged)


def _question_span(text: str) -> tuple[int, int]:
    """The challenge's first question sentence, else its first sentence, cut at a word."""
    sentences = [s for s in split_sentences(text) if len(s.text) > 1]
    if not sentences:
        return 0, len(text)
    first = next((s for s in sentences if s.text.endswith("?")), sentences[0])
    return first.start, cut_at_word(text, first.start, first.end, MAX_CHALLENGE_QUOTE_CHARS)


def _challenger_asked(transcript: Transcript, question: str) -> str | None:
    """The speaker of ``transcript`` whose interruptions ``question`` counts (`_CHALLENGER_ASKED`):
    the first it names after its verb; None where it asks who interrupted someone."""
    if (asked := _CHALLENGER_ASKED.search(question)) is None:
        return None
    after = asked.start("en" if asked.group("en") else "nl")
    named = {s: at for s in {t.speaker for t in transcript.turns} if (at := mention(question, s)) >= after}
    return min(named, key=named.__getitem__) if named else None


def _challenges(transcript: Transcript, plan: DebateQuestion, challenger: str | None) -> list[Turn]:
    """The opening challenge of every exchange of ``transcript`` whose challenged one the question
    asks about, or, where it asks how often a speaker it names interrupted (``challenger``,
    `_challenger_asked`), whose challenger is that speaker and whose challenged one is any other it
    asks about ("How many times did Smit interrupt the minister?")."""
    question = plan.standalone
    openings = [members for members in exchanges_of(marked(transcript)).values() if members[0].exchange_role == "challenge"]
    named = {s for s in {t.speaker for t in transcript.turns} if mention(question, s) >= 0}  # once per debate
    roles = {role for role, words in ROLE_PATTERNS if words.search(question)}
    if challenger is not None:
        return [members[0] for members in openings
                if members[0].speaker == challenger and _challenged_asked(named - {challenger}, roles, members)]
    return [members[0] for members in openings if _challenged_asked(named, roles, members)]


def interruptions_listed(plan: DebateQuestion, load: Callable[[str], Transcript | None]) -> Answer | None:
    """The answer to a who-interrupted question about the debates it names; None for any other
    question, or one that names no debate (retrieval answers it as before)."""
    if not asks_who_interrupted(plan.standalone) or not plan.constraints.doc_ids:
        return None
    transcripts = named_debates(plan, load)
    if not transcripts:
        return None
    say = language_profile(plan.language).messages
    counted = {t.id: _challenger_asked(t, plan.standalone) for t in transcripts}  # "Hoe vaak interrumpeerde X?"
    challenges = [(t, turn) for t in transcripts for turn in _challenges(t, plan, counted[t.id])]
    if _MOST.search(plan.standalone):  # ranked: each challenger once, by their first challenge
        counts = Counter(turn.speaker for _, turn in challenges)
        firsts = {turn.speaker: (t, turn) for t, turn in reversed(challenges)}
        ranked = sorted(firsts.values(), key=lambda pair: -counts[pair[1].speaker])
        found = [ListedTurn(t, turn, _question_span(turn.text), f" ({say.interruptions_times.format(count=counts[turn.speaker])})")
                 for t, turn in ranked]
        return listed_answer(plan, transcripts, found, say.interruptions_most_head, say.interruptions_none, MAX_LISTED)
    found = [ListedTurn(t, turn, _question_span(turn.text), f" → {turn.challenged}") for t, turn in challenges]
    if len(challengers := {c for c in counted.values() if c is not None}) == 1:
        # "Hoe vaak interrumpeerde Kouwenhoven?": the first line says how often he did
        who = literal(challengers.pop())
        return listed_answer(plan, transcripts, found, say.interruptions_by_head.replace("{challenger}", who),
                             say.interruptions_by_none.replace("{challenger}", who), MAX_LISTED)
    questioned = all(challenges_are_questions(t) for t in transcripts)  # the Commons: members put questions
    return listed_answer(plan, transcripts, found, say.questions_head if questioned else say.interruptions_head,
                         say.interruptions_none, MAX_LISTED)
