"""Who took part in a debate: "Which ministers took part in the MIRT debate?", "Wie sprak namens de
ChristenUnie in het AO mensenhandel?", "Who chaired the police debate?".

Such a question asks for a list the structure holds (each turn's speaker, party, role and function
as the transcript records them), not for a passage: retrieval found a few turns of one speaker and
the answer quoted them ("Which ministers took part in the MIRT debate?" got five quotes of the
minister and none of the state secretary who answered beside him; "Who chaired the police
debate?" five passages of the chair's procedure, which never say she chaired). Answered here, for
the debates the question names, with every speaker of the roles and
parties it asks for, in the order they first spoke, each with their number of turns and their
first turn's opening cited. A question about who spoke *about* something ("Wie sprak over de
Politieacademie in het politiedebat?") is a topic question and left to retrieval: the verb must be
followed by the debate, the party or nothing (`_WHO_TOOK_PART`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answering import cut_at_word
from assistant.debate_lists import ListedTurn, listed_answer, named_debates
from assistant.models import Answer
from assistant.plan import DebateQuestion
from assistant.question import DEBATE_LOCATOR, DEBATE_NOUNS
from ingest.exchanges import is_procedural, speaks_as_member
from ingest.models import CABINET_ROLES, Transcript, Turn
from ingest.profiles.language import language_profile
from ingest.sentences import split_sentences

_ASKED_WHO = (r"(?:\bwho\b|\bwhich\s+(?:ministers?|members?|mps?|parties|speakers|state\s+secretar(?:y|ies)|spokes\w+)\b"
              r"|\bwie\b|\bwelke\s+(?:ministers?|bewindspersonen|kamerleden|leden|partijen|fracties|sprekers|"
              r"staatssecretarissen|woordvoerders)\b)")
_HOW_MANY = (r"\b(?:how\s+many\s+(?:speakers|members|mps|parties|ministers|people)"
             r"|hoeveel\s+(?:sprekers|kamerleden|leden|partijen|fracties|bewindspersonen|ministers|mensen))\b")
""""How many speakers were there in ...?", "Hoeveel Kamerleden spraken in ...?": the list's first line
gives the count."""
_MOST = r"(?:het\s+(?:vaakst|meest|langst)|(?:the\s+)?most(?:\s+often)?|(?:the\s+)?longest)\b"
""""Wie sprak het vaakst in ...?", "Who spoke the longest in ...?": the list ranked, by turns or by
words (`_LONGEST`)."""
_WITHOUT_THE_CHAIR = re.compile(
    r"\bvoorzitter\s+(?:niet\s+(?:meegerekend|meegeteld)|buiten\s+beschouwing)|\bzonder\s+de\s+voorzitter\b"
    r"|\b(?:not\s+counting|excluding|apart\s+from|besides|except(?:\s+for)?)\s+the\s+chair\b",
    re.IGNORECASE)
""""Hoeveel sprekers had het debat, de voorzitter niet meegerekend?": the chair's turns running the
sitting are not counted (a chair who also speaks as a member still is, for those turns)."""
_LONGEST = re.compile(r"\b(?:het\s+langst|longest)\b", re.IGNORECASE)
_TOOK_PART = (r"(?:spoke|speak|speaks|took\s+part|take\s+part|took\s+the\s+floor|participated|were\s+present|was\s+present|chaired|"
              r"sprak|spraken|spreekt|nam\s+deel|namen\s+deel|deelnam|deelnamen|waren\s+(?:er\s+)?aanwezig|"
              r"was\s+(?:er\s+)?aanwezig|voerde\s+het\s+woord|voerden\s+het\s+woord|zat\s+voor)")
_WHO_TOOK_PART = re.compile(
    rf"{_ASKED_WHO}[^?]{{0,40}}?\b{_TOOK_PART}(?:\s+er)?\s*(?=(?:in|at|during|for|on\s+behalf|namens|tijdens|bij|op|aan)\b|\?|$)"
    rf"|{_ASKED_WHO}\s+(?:was|were|is)\s+(?:the\s+|de\s+)?(?:chair|voorzitter)\b|\bwho\s+chaired\b"
    rf"|\bwie\s+zat\b[^?]{{0,60}}\bvoor\s*\?"
    rf"|{_ASKED_WHO}[^?]{{0,40}}?\b{_TOOK_PART}\s+{_MOST}"
    rf"|{_HOW_MANY}\s+(?:were\s+there|are\s+there|waren\s+er|zijn\s+er|had|has|telde|kende|did)\b"
    rf"|{_HOW_MANY}[^?]{{0,40}}?\b{_TOOK_PART}(?:\s+er)?\s*(?=(?:in|at|during|for|on\s+behalf|namens|tijdens|bij|op|aan)\b|\?|$)",
    re.IGNORECASE)
"""A question for the list of who took part: "Which ministers took part in ...", "Who spoke for
the SP in ...", "Wie sprak namens de ChristenUnie in ...", "Welke Kamerleden namen deel aan ...",
"Who chaired ...", "Wie was de voorzitter van ...", "Wie zat het debat voor?", "Hoeveel sprekers waren
er in ...?" (`_HOW_MANY`). The verb is followed
by where, for whom or nothing: "Who spoke about X" asks who said something, which retrieval answers."""
_CABINET_ASKED = re.compile(r"\bministers\b|\bbewindsperso\w*|\bcabinet\b|\bkabinet\b", re.IGNORECASE)
"""A question for the ministers in the plural, or the cabinet's members, means everyone who spoke
for the cabinet: a debate's state secretary answers beside its minister ("Which ministers took part
in the MIRT debate?" listed the minister alone, the state secretary answering half the questions)."""
_ASKS_FOR_THE_CHAIR = re.compile(r"\bchair(?:ed|man|woman)?\b|\bvoorzitter\b|\bzat\b[^?]{0,60}\bvoor\s*\?", re.IGNORECASE)

MAX_LISTED = 25
"""At most this many speakers are quoted; the answer's first line gives the count of all. The
sample corpus's debates have 2 to 25 speakers (the chair included)."""

OPENING_QUOTE_CHARS = 160
"""A speaker's first turn is quoted by its opening sentence, cut at a word here: it shows the
reader where they come in, not what they said."""


_ABOUT = re.compile(r"\b(?:about|regarding|concerning|over|aangaande|betreffende|inzake)\b", re.IGNORECASE)
"""A subject named outside the debate's own name ("Wie sprak namens de VVD over de Politieacademie
in het politiedebat?"): the question asks what was said about it, which retrieval answers."""
_DEBATE_ABOUT = re.compile(rf"\S*(?:{DEBATE_NOUNS})\S*\s+(?:over|about|on)\b[^,;?]*", re.IGNORECASE)
"""A debate named by its subject without "in" before it ("Wie zat het debat over de politie voor?")."""


def asks_who_took_part(question: str) -> bool:
    outside_debate = _DEBATE_ABOUT.sub(" ", DEBATE_LOCATOR.sub(" ", question))
    return bool(_WHO_TOOK_PART.search(question)) and not _ABOUT.search(outside_debate)


def opening_span(text: str) -> tuple[int, int]:
    """The first sentence of a turn beyond its courtesies ("Dank u wel, voorzitter."), cut at a word
    after `OPENING_QUOTE_CHARS`."""
    sentences = [s for s in split_sentences(text) if s.text.strip()]
    if not sentences:
        return 0, min(len(text), OPENING_QUOTE_CHARS)
    first = next((s for s in sentences if not is_procedural(s.text)), sentences[0])
    return first.start, cut_at_word(text, first.start, first.end, OPENING_QUOTE_CHARS)


def _asked(turn: Turn, roles: Sequence[str], parties: Sequence[str]) -> bool:
    """Whether ``turn``'s speaker is of a role and party the question asks for: the chair running the
    sitting when the chair is asked for or nobody in particular is, a party's speaker only while
    speaking for it (the chair's party label is no party's word: `ingest.lexical.ChunkTable.chair_running`)."""
    chair_asked = turn.is_chair and ("chair" in roles or not (roles or parties))
    if not chair_asked and (not speaks_as_member(turn) or (roles and turn.role not in roles)):
        return False
    return not parties or (turn.party or "").lower() in {p.lower() for p in parties}


@dataclass(frozen=True)
class Speaker:
    """One asked-for speaker of a debate: their first turn, their number of turns and of words."""

    first: Turn
    turns: int
    words: int


def _speakers(transcript: Transcript, roles: Sequence[str], parties: Sequence[str],
              as_chair: bool = True) -> list[Speaker]:
    """Each asked-for speaker, in the order they first spoke; with ``as_chair`` false, the chair's
    turns running the sitting are not counted."""
    first: dict[str, Turn] = {}
    counts: dict[str, int] = {}
    words: dict[str, int] = {}
    for turn in transcript.turns:
        if not turn.text.strip() or not _asked(turn, roles, parties) or (turn.is_chair and not as_chair):
            continue
        first.setdefault(turn.speaker, turn)
        counts[turn.speaker] = counts.get(turn.speaker, 0) + 1
        words[turn.speaker] = words.get(turn.speaker, 0) + len(turn.text.split())
    return [Speaker(turn, counts[name], words[name]) for name, turn in first.items()]


def participants_listed(plan: DebateQuestion, load: Callable[[str], Transcript | None],
                        named_parties: Sequence[str] = ()) -> Answer | None:
    """The answer to a who-took-part question about the debates it names; None for any other
    question, or one that names no debate (retrieval answers it as before). ``named_parties`` are
    the parties the question names anywhere: "Wie sprak namens de ChristenUnie" names the party
    after the verb, where a who-question's mentions are its object (`assistant.mentions`), not a
    filter, so the plan's constraints hold none."""
    if not asks_who_took_part(plan.standalone) or not plan.constraints.doc_ids:
        return None
    transcripts = named_debates(plan, load)
    if not transcripts:
        return None
    # "Hoeveel sprekers had het debat?" counts those who took part, not the chair running the sitting
    # (two blind development sets, `dev-structure-28` and `-30`, counted so); "... en de voorzitter?" asks for it
    as_chair = not _WITHOUT_THE_CHAIR.search(plan.standalone) and not (
        re.search(_HOW_MANY, plan.standalone, re.IGNORECASE) and not _ASKS_FOR_THE_CHAIR.search(plan.standalone))
    roles = [r for r in plan.constraints.roles if as_chair or r != "chair"]  # "voorzitter" names whom not to count
    if _ASKS_FOR_THE_CHAIR.search(plan.standalone) and "chair" not in roles and as_chair:
        roles.append("chair")
    if _CABINET_ASKED.search(plan.standalone):
        roles += [r for r in CABINET_ROLES if r not in roles]
    parties = list(plan.constraints.parties) or list(named_parties)
    say = language_profile(plan.language).messages
    if re.search(_MOST, plan.standalone, re.IGNORECASE) and "chair" not in roles:
        # ranked: who spoke most often, or longest, the chair's running of the sitting not counted
        longest = bool(_LONGEST.search(plan.standalone))
        ranked = sorted(((t, sp) for t in transcripts for sp in _speakers(t, roles, parties, as_chair=False)),
                        key=lambda pair: -(pair[1].words if longest else pair[1].turns))
        measure = say.participants_words if longest else say.participants_turns
        found = [ListedTurn(t, sp.first, opening_span(sp.first.text),
                            f" ({measure.format(count=sp.words if longest else sp.turns)})") for t, sp in ranked]
        head = say.participants_longest_head if longest else say.participants_most_head
        return listed_answer(plan, transcripts, found, head, say.participants_none, MAX_LISTED)
    found = [ListedTurn(t, sp.first, opening_span(sp.first.text), f" ({say.participants_turns.format(count=sp.turns)})")
             for t in transcripts for sp in _speakers(t, roles, parties, as_chair)]
    head = say.participants_head if as_chair else say.participants_no_chair_head
    return listed_answer(plan, transcripts, found, head, say.participants_none, MAX_LISTED)
