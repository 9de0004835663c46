"""What the cabinet answered a member: "Wat antwoordde de minister op de vragen van Van Nispen in het
politiedebat?", "What did the minister say to the SP's questions in the police debate?".

Retrieval refused the first: the answers are spread over the minister's answer block, where the
minister takes the members one by one ("Dan de vragen van de heer Van Nispen. ..."), and over the
replies to the member's interruptions. The structure holds both: each paragraph of a minister's or
state secretary's turn goes to the member it is addressed to, by the rule that gives a promise its
member (`assistant.structure.addressees.addressee`: the member named in it or before it in the
turn, else the member whose turn or interruption it answers; measured on the promises of the tuning
split of `eval/commitments/` at 0.955 right, no wrong member), where the turn names that member by
then or replies to their interruption (`_answers`). The answer quotes the opening of each paragraph
addressed to the member asked about, in spoken order, each cited from its turn.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answering import cut_at_word, debate_place
from assistant.debate_lists import ListedTurn, listed_answer, speaks_for
from assistant.models import Answer
from assistant.plan import DebateQuestion
from assistant.speaker_directory import mention
from assistant.structure.addressees import addressee, member_names, named_members, role_aliases
from assistant.structure.cabinet import is_cabinet, is_member
from assistant.topic_debates import literal
from ingest.models import Transcript, Turn
from ingest.profiles.language import language_profile
from ingest.sentences import paragraphs, split_sentences

_ASKS_REPLIES = re.compile(
    r"\b(?:wat|hoe)\s+(?:antwoordde|antwoordden|reageerde|reageerden|zei|zeiden)\b[^?]{0,80}?"
    r"\bop\s+(?:de\s+)?vragen\s+van\b"
    r"|\b(?:what|how)\s+did\b[^?]{0,80}?\b(?:answer|reply|respond|say)\b[^?]{0,30}?"
    r"\bto\s+(?:the\s+)?questions\s+(?:of|from|by)\b"
    r"|\b(?:what|how)\s+did\b[^?]{0,80}?\b(?:answer|reply|respond|say)\b[^?]{0,30}?\bto\s+[^?]{1,40}?(?:'s|’s)\s+questions\b"
    r"|\b(?:what|how)\s+did\b[^?]{0,80}?\banswer\s+[^?]{1,40}?(?:'s|’s)\s+questions\b",
    re.IGNORECASE)
"""A question for what the cabinet answered a member's questions: "Wat antwoordde de minister op de
vragen van Van Nispen?", "How did the minister respond to the questions of the SP?", "What did the
state secretary say to Dobbe's questions?"; not "Wat antwoordde de minister toen X vroeg ...", which
asks about one exchange (`exchange_answers`), nor "op de vraag van X over Y" (one question and its
answer, the exchange's), nor "op de vragen over X" (a topic, for retrieval)."""
_ANSWERED_IN = re.compile(
    r"^\s*what\s+did\s+[^?]{1,80}?\s+answer\s+[^?]{1,40}?\s+(?:in|at|during)\s+[^?]*\?\s*$"
    r"|^\s*wat\s+antwoordde\s+[^?]{1,80}?\s+aan\s+[^?]{1,40}?\s+(?:in|tijdens|bij|op)\s+[^?]*\?\s*$",
    re.IGNORECASE)
""""What did Brekelmans answer Dobbe in the EUFOR Althea debate?", "Wat antwoordde Hunt aan Reeves in
het Lagerhuis?": all a member was answered in a debate, where the question names nothing more
(`_ONE_EXCHANGE`); it was answered with one of their exchanges (`dev-structure-30`, written blind)."""
_ONE_EXCHANGE = re.compile(r"\b(?:when|after|about|toen|nadat|over|vraag)\b", re.IGNORECASE)
"""What makes such a question one about a single exchange: "... when she asked about the vests"."""

MAX_LISTED = 20
"""At most this many paragraphs quoted; the first line counts them all."""

MAX_PARAGRAPH_QUOTE_CHARS = 400
"""A paragraph is quoted from its start, cut at a word here (its first sentence at least)."""


def asks_replies_to(question: str) -> bool:
    if _ASKS_REPLIES.search(question):
        return True
    return bool(_ANSWERED_IN.search(question)) and not _ONE_EXCHANGE.search(question)


def _answers(turn: Turn, member: str, span: tuple[int, int], named: Sequence[tuple[int, str]]) -> bool:
    """Whether the paragraph at ``span`` of ``turn``, which `addressee` gives ``member``, answers
    them: it names no other member only ("Dan kom ik op het laatste punt. De heer Boswijk vroeg
    ..."), and the turn names them by its end or replies to their interruption (``named``: the
    members the turn names, with their offsets). Not the opening of the minister's answer to all
    the members, which `addressee` gives the member who spoke last before it (a promise there was
    made to them; "De eerste vier blokjes zijn: Oekraïne, Gaza, ..." answers no one)."""
    start, end = span
    here = {name for at, name in named if start <= at < end}
    if here and member not in here:
        return False
    replied = turn.exchange_role == "reply" and turn.challenger == member
    return replied or any(name == member and at < end for at, name in named)


def replies_to(transcript: Transcript, members: set[str], replier: Callable[[Turn], bool]) -> list[ListedTurn]:
    """The paragraphs of ``transcript``'s cabinet turns (those ``replier`` keeps) addressed to one of
    ``members``, in spoken order, each quoted from its start."""
    names = member_names(transcript)
    aliases = role_aliases(transcript)
    found: list[ListedTurn] = []
    for turn in transcript.turns:
        if not is_cabinet(turn) or not replier(turn):
            continue
        sentences = [s for s in split_sentences(turn.text) if s.text.strip()]
        named: list[tuple[int, str]] | None = None  # the members the turn names, read once where needed
        for paragraph in paragraphs(sentences):
            member = addressee(transcript, turn, paragraph[0], sentences, names, aliases)
            if member not in members:
                continue
            named = named_members(turn.text, names, aliases) if named is None else named
            start, end = paragraph[0].start, paragraph[-1].end
            if _answers(turn, member, (start, end), named):
                cut = max(paragraph[0].end, cut_at_word(turn.text, start, end, MAX_PARAGRAPH_QUOTE_CHARS))
                found.append(ListedTurn(transcript, turn, (start, min(end, cut)), f" → {member}"))
    return found


def replies_listed(plan: DebateQuestion, debates: Sequence[str], load: Callable[[str], Transcript | None],
                   parties: Sequence[str] = ()) -> Answer | None:
    """The answer to "what did the cabinet answer <member>'s questions?" over ``debates`` (those the
    question names, else every debate): the members are the member speakers the question names (the
    possessor of "de vragen van Van Nispen" is no filter of the plan's: `assistant.mentions`) or the
    members of the ``parties`` it names; a cabinet member it names, by name or role, keeps their
    replies. None for any other question, or one that names no member (retrieval answers it)."""
    if not asks_replies_to(plan.standalone):
        return None
    wanted = {p.lower() for p in (*parties, *plan.constraints.parties)}
    roles = set(plan.constraints.roles)
    transcripts = [t for d in debates if (t := load(d)) is not None]
    speakers = {turn.speaker for t in transcripts for turn in t.turns}
    named = {s for s in speakers if mention(plan.standalone, s) >= 0}
    asked = {turn.speaker for t in transcripts for turn in t.turns if is_member(turn) and speaks_for(turn, named, wanted)}
    if not asked:
        return None
    cabinet_named = named - asked

    def replier(turn: Turn) -> bool:
        if cabinet_named:
            return turn.speaker in cabinet_named
        return not roles or turn.role in roles

    held = [t for t in transcripts if any(turn.speaker in asked for turn in t.turns)]
    found = [row for t in held for row in replies_to(t, asked, replier)]
    say = language_profile(plan.language).messages
    where = ", ".join(debate_place(t.title, t.date, plan.language) for t in held)
    who = ", ".join(sorted(asked))
    head = say.replies_head.format(count=len(found), where=where, members=who, shown=min(len(found), MAX_LISTED))
    none = say.replies_none.format(where=where, members=who)
    return listed_answer(plan, [], found, literal(head), literal(none), MAX_LISTED)
