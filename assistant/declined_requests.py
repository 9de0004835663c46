"""Whether the cabinet promised a member what the member asked for, where it did not: "Could the
interior minister promise Bikkers that municipalities will get clarity on the underspending
provision before September?"

Bikkers asked "Kan de minister dat toezeggen?"; the minister answered "Ik kan het echt niet sneller
maken dan september." and promised nothing. Answered from the commitments, the question got two
promises the minister made to others on other subjects: an answer that reads as yes, to a question
whose answer is no. The honest answer is the exchange itself: the member's request for a promise,
then the reply, in spoken order and attributed from structure, with a notice that no promise was
found in the reply. The reader judges the reply; the assistant does not call it a refusal.

A *request for a promise* is a sentence of a member's challenge that asks the cabinet to promise
(the language profile's ``commitment_cues.promise_request``: "Kan de minister dat toezeggen?",
"Ik had gevraagd om een toezegging", "Graag een toezegging daarop"), not one that mentions a
promise made before ("volgens mij was de eerdere toezegging ..."). Its *reply* is the exchange's
first substantive reply after it; the request counts as unanswered by a promise when the finder
found none in that reply (`assistant.structure.finder`, the same promises every other answer and
the Commitments tab use).

Only a yes/no question about a promise (`ASKS_WHETHER_PROMISED`) that names the member who asked
is answered this way, and only where the request or the reply shares a content word with the
question beyond the names: a member's other requests in the debate are about other things.
What was measured: `declined_request_answer`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from assistant.commitment_answers import content_words
from assistant.commitment_listing import CommitmentsOf
from assistant.exchange_answers import (
    challenges_are_questions,
    compose_exchange,
    exchange_citations,
)
from assistant.models import Answer
from assistant.retrieval import RetrievedTurn
from assistant.speaker_directory import mention
from assistant.structure.requests import request_cue
from ingest.exchanges import is_procedural
from ingest.models import Transcript, Turn
from ingest.profiles.language import language_profile
from ingest.sentences import split_sentences

ASKS_WHETHER_PROMISED = re.compile(
    r"(?:^|(?<=[.?!])\s)\W*(?:(?:could|can|did|would|will|was|were|has|had|kon|kan|heeft|wilde|wil|zou)\b[^?]{0,200}?"
    r"\b(?:promis\w*|commit\w*|pledge\w*|toe\s+te\s+zeggen|toegezegd|toezeg\w*|beloo?f\w*|beloven)"
    r"|(?:zegde|zegt)\b[^?]{0,120}\btoe\b)",
    re.IGNORECASE,
)
"""A yes/no question whether a promise was made ("Could the minister promise Bikkers ...", "Heeft de
minister Bamenga toegezegd ...", "Zegde de staatssecretaris Van Eijk toe ..."): the only kind whose
answer may be that none was. It may follow the sentence that tells the request ("In his second
round Stultiens asked the tax state secretary to just promise ... Did he get that promise?",
`dev-structure-4`)."""


@dataclass(frozen=True)
class DeclinedRequest:
    """A member's request for a promise and the reply that made none."""

    transcript: Transcript
    request: Turn
    reply: Turn


def declined_requests(transcript: Transcript, promised_turns: set[str]) -> Iterator[DeclinedRequest]:
    """Each challenge of ``transcript`` that asks for a promise (`requests.request_cue` of kind
    ``promise_request``) whose reply,
    the first substantive one of its exchange before the member challenges again, is not among
    ``promised_turns`` (the turns where the finder found a promise, repeats included)."""
    cue = request_cue(transcript.language, "promise_request")
    for turn in transcript.turns:
        if turn.exchange_role != "challenge" or turn.exchange_id is None:
            continue
        if not any(cue.search(s.text) for s in split_sentences(turn.text)):
            continue
        reply = _reply_to(transcript, turn)
        if reply is not None and reply.id not in promised_turns:
            yield DeclinedRequest(transcript, turn, reply)


def _reply_to(transcript: Transcript, challenge: Turn) -> Turn | None:
    for later in transcript.turns[challenge.index + 1:]:
        if later.exchange_id != challenge.exchange_id:
            continue
        if later.exchange_role == "challenge" and not is_procedural(later.text):
            return None  # the member spoke again before any reply
        if later.exchange_role == "reply" and not is_procedural(later.text):
            return later
    return None


def _exchange_before(transcript: Transcript, request: Turn) -> str:
    """The member's words in the exchange up to the request: "Kan de minister dat toezeggen?" names
    nothing, the challenge before it does."""
    return " ".join(t.text for t in transcript.turns[:request.index + 1]
                    if t.exchange_id == request.exchange_id and t.speaker == request.speaker)


def declined_request_answer(question: str, language: str, turns: Sequence[RetrievedTurn],
                            load: Callable[[str], Transcript | None], commitments_of: CommitmentsOf,
                            doc_ids: Sequence[str] = ()) -> Answer | None:
    """The request and its reply, when ``question`` asks whether a promise was made to a member it
    names (`ASKS_WHETHER_PROMISED`), that member asked for a promise in a debate retrieval chose
    (or ``doc_ids`` names) and the reply made none; None otherwise, and also where the cabinet made
    that member a promise sharing as many of the question's words (the ordinary commitment answer
    then quotes it). Of several such requests, the one sharing most content words with the question.

    Measured 4 December 2026: development set 296 -> 297 passing every check, none fewer (the
    Bikkers question; the five other yes/no promise questions there, three of which name no member,
    keep their answers); golden set identical. An English question shares few words with a Dutch
    debate: here "September", beside the member's name. Choosing the request by meaning instead (the index's chunk vectors) was looked
    at on the development question that names no member ("Did the state secretary commit to a
    follow-up study on innovation tax credits ...?"): the request it asks about came second (0.805
    against 0.819 for a request the reply granted), so a question that names no member is left to
    the commitment answer."""
    if not ASKS_WHETHER_PROMISED.search(question):
        return None
    docs = list(doc_ids) or list(dict.fromkeys(t.doc_id for t in turns))
    wanted = content_words(question)
    best: tuple[int, DeclinedRequest] | None = None
    kept_promise = 0
    for doc_id in docs[:2]:
        transcript = load(doc_id)
        if transcript is None:
            continue
        commitments = [c for c in commitments_of(transcript) if c.source == "finder"]
        promised = {c.turn_id for c in commitments} | {t for c in commitments for t in c.repeated_in}
        for c in commitments:
            if c.to and mention(question, c.to) >= 0:
                kept_promise = max(kept_promise, len(wanted & content_words(c.quote)))
        for declined in declined_requests(transcript, promised):
            member = declined.request.speaker
            if mention(question, member) < 0:
                continue
            names = content_words(member)
            shared = len((wanted - names) & content_words(
                f"{_exchange_before(transcript, declined.request)} {declined.reply.text}"))
            if shared and (best is None or shared > best[0]):
                best = (shared, declined)
    if best is None or kept_promise >= best[0]:
        return None
    declined = best[1]
    score = next((t.score for t in turns if t.turn_id in (declined.request.id, declined.reply.id)),
                 turns[0].score if turns else 0.0)
    citations = exchange_citations(question, declined.transcript, [declined.request, declined.reply], score, language)
    say = language_profile(language).messages
    notice = say.promise_not_found.format(member=declined.request.speaker, request=citations[0].n, reply=citations[-1].n)
    text = compose_exchange(citations, language, challenges_are_questions(declined.transcript))
    return Answer(question=question, answer=text, answerable=True, language=language,
                  citations=tuple(citations), notice=notice)
