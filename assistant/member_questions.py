"""The questions a member asked: "Welke vragen stelde Van Nispen in het politiedebat?", "Which
questions did the SP ask in the police debate?", "Welke vragen stelde Paternotte over Matra?".

Retrieval refused the first ("not in the transcripts", the closest passages below it): no one
passage holds a member's questions, which are spread over their speech and their interruptions.
They are in the structure: every sentence of the member's own turns (never their turns as chair)
that ends with a question mark, in spoken order, each cited from its turn. A question that also
names what the questions were about keeps those in paragraphs that say its words
(`topic_debates`: stemmed, Dutch compounds by part); none is an honest "not in the transcripts"
that names the words ("Welke vragen stelde Paternotte over scherfvesten?" of a member who never
said the word). In a debate of another language than the question's, only the words it says
somewhere are looked for (a name: "Lelylijn"); where none is, every question is listed, and the
answer says so (`_checkable`).

The requests a member made are read the same way: "Wat vroeg Pierik de minister te doen in het
MIRT-debat?" was refused, "What did Verkuijlen ask the state secretary to do?" answered with whole
turns (`dev-structure-31`, written blind). They are the sentences of the member's own turns that ask
the cabinet to act, by the language profile's request cues ("Ik vraag de minister om ...", "Wil de
minister ...?", "Is de staatssecretaris bereid ...?": ``commitment_cues.request`` and
``asked_to_act``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from assistant.answering import debate_place
from assistant.debate_lists import ListedTurn, listed_answer, speaks_for
from assistant.models import Answer
from assistant.participants import MAX_LISTED
from assistant.plan import DebateQuestion
from assistant.question import DEBATE_NOUNS, TITLE_GLOSSARY
from assistant.structure.requests import request_cue
from assistant.topic_debates import (
    literal,
    looked_for,
    says_all,
    topic_turns,
    topic_words,
    with_caveat,
)
from ingest.lexical import tokenize
from ingest.models import Transcript, Turn
from ingest.profiles.language import language_profile
from ingest.sentences import paragraphs, split_sentences

_ASKS_QUESTIONS = re.compile(
    r"\b(?:welke|wat\s+voor)\s+vragen?\s+(?:stelde|stelden|had|hadden|heeft|hebben|stelt|stellen)\b"
    r"|\b(?:which|what)\s+questions?\s+(?:did|does|do)\b",
    re.IGNORECASE)
"""A question for the questions someone asked: "Welke vragen stelde ...", "What questions did ...
ask"; not "Wat vroeg X toen ...", which asks about one exchange (`exchange_answers`)."""


MIN_QUESTION_WORDS = 3
"""A question sentence of fewer words asks nothing the list can show: "Ja?", "Hoe?" (the blind set
`dev-structure-29` quoted Crijns's "Ja?" among his questions); "Klopt dat nu?" has three."""


_CABINET = r"(?:\w+\s+){0,2}?(?:minister|ministers|state\s+secretary|secretary\s+of\s+state|cabinet|government|chancellor)"
_KABINET = r"(?:de|het)\s+(?:minister|staatssecretaris|kabinet|regering|bewindspersonen)(?:\s+van\s+\S+(?:\s+en\s+\S+)?)?"
_ASKS_REQUESTS = re.compile(
    rf"\bwhat\s+did\s+[^?,]{{1,60}}?\s+ask\s+the\s+{_CABINET}\s+to\s+do\b"
    r"|\b(?:which|what)\s+requests?\s+did\b"
    rf"|\bwat\s+vroeg\s+[^?,]{{1,60}}?\s+{_KABINET}\s+(?:om\s+)?te\s+doen\b"
    r"|\b(?:welke|wat\s+voor)\s+verzoeken\s+(?:deed|deden|had|hadden|heeft|hebben)\b",
    re.IGNORECASE)
"""A question for the requests someone made of the cabinet: "What did Verkuijlen ask the state
secretary to do ...?", "Wat vroeg Pierik de minister te doen ...?", "Welke verzoeken deed de SP ...?";
not what a minister asked a member ("Wat vroeg Kaag de PvdA'er te doen met zijn motie?")."""
_ANOTHER_CLAUSE = re.compile(r",\s*(?:and|en)\b|\band\s+(?:did|was|were|what|how|why|when)\b"
                             r"|\ben\s+(?:veranderde|was|wat|hoe|waarom|wanneer|zei)\b", re.IGNORECASE)
"""A second question after the first ("..., and did he say that had to wait for the WODC report?"):
the list would answer only the first, so retrieval answers both."""


def asks_questions_asked(question: str) -> bool:
    return bool(_ASKS_QUESTIONS.search(question)) or asks_requests_made(question)


def asks_requests_made(question: str) -> bool:
    return bool(_ASKS_REQUESTS.search(question)) and not _ANOTHER_CLAUSE.search(question)


_FRAME = frozenset("""
vragen vraag stelde stelden gesteld stellen stelt had hadden heeft hebben welke wat voor
questions question ask asked asks put raise raised did does do which what
als namens woordvoerder woordvoerders as behalf spokesperson spokesman spokeswoman
vroeg verzoeken verzoek deed deden doen te om requests request to
minister ministers staatssecretaris kabinet regering bewindspersonen state secretary cabinet government chancellor
""".split())
"""The words of the question's own frame, in every profiled language: not what the questions were about."""

_IN_THE_DEBATE = re.compile(rf"\b(?:in|during|at|tijdens|bij|op)\s+(?:\S+\s+){{0,6}}?\S*(?:{DEBATE_NOUNS})\S*",
                            re.IGNORECASE)
"""Where the question names its debate ("in het EUFOR Althea-debat", "in the police debate"), up to
the debate's noun: what follows may be the topic ("... over scherfvesten")."""

_APPOSITION = re.compile(r"\([^)]*\)")
""""Paternotte (D66)": the party in brackets says who, not what about."""


def about_words(topic_text: str, language: str, titles: Sequence[str]) -> tuple[str, ...]:
    """What the questions asked for were about: the topic words of ``topic_text`` (`topic_words`)
    without the question's frame (also as a compound's last part: "als CDA-woordvoerder"), the
    debate it names, a bracketed party, or the words of the ``titles`` of the debates it names ("in
    het debat over de politie" of "Politie"), also as the glossary gives them ("the Foreign Affairs
    Council" of "Raad Buitenlandse Zaken 15 juli 2025")."""
    text = _IN_THE_DEBATE.sub(" ", _APPOSITION.sub(" ", topic_text))
    named = set(tokenize([" ".join(titles)], language)[0]) if titles else set()
    title_words = {w for t in titles for w in re.findall(r"[^\W\d_]+", t.lower())}
    glossed = {w for term, gloss in TITLE_GLOSSARY.items() if set(gloss.split()) <= title_words for w in term.split()}
    return tuple(w for w in topic_words(text, language) if w.lower().split("-")[-1] not in _FRAME
                 and w.lower() not in glossed and not set(tokenize([w], language)[0]) <= named)


def _checkable(words: Sequence[str], debate_language: str, language: str,
               transcripts: Sequence[Transcript]) -> tuple[str, ...]:
    """The ``words`` that tell, in a debate of ``debate_language``, which questions were about them:
    all of them where that is the question's ``language`` (a word no turn says was asked about by no
    one); in another language (the words glossed, `topic_debates.looked_for`), those some debate of
    it looked at says ("Lelylijn", "bodycams" in an English question on Dutch debates), since the
    others may be said in its own words ("landmines").
    None left: every question is listed, and the answer says the words were not looked for
    (`questions_topic_unchecked`)."""
    if debate_language == language:
        return tuple(words)
    same = [t for t in transcripts if t.language == debate_language]
    return tuple(w for w in words if any(topic_turns(t, (w,), lambda _: True) is not None for t in same))


def _is_question(sentence: str, language: str) -> bool:
    """Whether ``sentence`` asks a question (in any language: it ends with a question mark)."""
    return sentence.rstrip(" )”’\"'»").endswith("?")


def _is_request(sentence: str, language: str) -> bool:
    """Whether ``sentence``, in ``language``, asks the cabinet to act (its profile's request cues)."""
    return bool(request_cue(language).search(sentence) or request_cue(language, "asked_to_act").search(sentence))


def _questions(turn: Turn, words: Sequence[str], language: str,
               kept: Callable[[str, str], bool] = _is_question) -> list[tuple[int, int]]:
    """The spans of ``turn``'s sentences that end with a question mark (or that ``kept`` keeps: a
    request); with ``words``, those of its paragraphs that say them ("Klopt het dat die er nog
    steeds niet zijn?" after the sentence on the vests), not the questions on other subjects a long
    speech asks."""
    sentences = split_sentences(turn.text)
    on_topic = {group[0].paragraph for group in paragraphs(sentences)
                if not words or says_all(" ".join(s.text for s in group), words, language)}
    return [(s.start, s.end) for s in sentences if s.paragraph in on_topic
            and kept(s.text, language) and len(s.text.split()) >= MIN_QUESTION_WORDS]


def questions_asked(plan: DebateQuestion, topic_text: str, debates: Sequence[str],
                    load: Callable[[str], Transcript | None], names: Sequence[str]) -> Answer | None:
    """The answer to "which questions did <speakers or party> ask (about <topic>)?" over ``debates``
    (the debates the question names, else those where the speakers speak): each question sentence of
    their own turns, in spoken order, at most `MAX_LISTED`; to "what did they ask the minister to
    do?" (`asks_requests_made`), each request sentence. ``topic_text`` is the question without
    the names its filters hold (`assistant.question.search_text`); ``names`` the speakers it names.
    None for any other question, or one that names no speaker or party (retrieval answers it)."""
    parties = {p.lower() for p in plan.constraints.parties}
    if not asks_questions_asked(plan.standalone) or not (names or parties):
        return None
    say = language_profile(plan.language).messages
    requests = asks_requests_made(plan.standalone)

    def theirs(turn: Turn) -> bool:
        return not turn.is_chair and speaks_for(turn, names, parties)

    if _IN_THE_DEBATE.search(topic_text) and not plan.constraints.doc_ids:
        return None  # a debate named that the question's filters could not find: not every debate's questions
    transcripts = [t for d in debates if (t := load(d)) is not None and any(theirs(turn) for turn in t.turns)]
    named = [t.title for t in transcripts if t.id in plan.constraints.doc_ids]
    # "ask the foreign minister to do": whom they asked, not what about
    words = about_words(_ASKS_REQUESTS.sub(" ", topic_text) if requests else topic_text, plan.language, named)
    unchecked = False
    found: list[ListedTurn] = []
    for transcript in transcripts:
        asked = _checkable(looked_for(words, plan.language, transcript.language), transcript.language, plan.language,
                           transcripts)
        unchecked = unchecked or (bool(words) and not asked)
        found += [ListedTurn(transcript, turn, span, "") for turn in transcript.turns if theirs(turn)
                  for span in _questions(turn, asked, transcript.language, _is_request if requests else _is_question)]
    about = say.questions_about.format(words=", ".join(f"“{w}”" for w in words)) if words else ""

    def place(t: Transcript) -> str:
        return debate_place(t.title, t.date, plan.language)

    asked_in = [t for t in transcripts if any(row.transcript is t for row in found)] or transcripts  # else where looked
    where = ", ".join(place(t) for t in asked_in)
    if len(asked_in) > 1:  # each line says which debate
        found = [dataclasses.replace(row, after_name=f" {say.debate_in.format(where=place(row.transcript))}") for row in found]
    head = (say.requests_asked_head if requests else say.questions_asked_head).format(
        count=len(found), where=where, about=about, shown=min(len(found), MAX_LISTED))
    none = (say.requests_asked_none if requests else say.questions_asked_none).format(where=where, about=about)
    return with_caveat(listed_answer(plan, [], found, literal(head), literal(none), MAX_LISTED),
                       say.questions_topic_unchecked if unchecked else None)
