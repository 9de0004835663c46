"""A yes/no question whether the cabinet promised a member what the member asked for
(`assistant.declined_requests`): where the reply made no promise, the answer is the request and
the reply, in spoken order, with a notice saying no promise was found; where the reply promised,
or the question names no member who asked, the ordinary commitment answer stands (None here)."""

from __future__ import annotations

import pytest

from assistant.declined_requests import (
    ASKS_WHETHER_PROMISED,
    declined_request_answer,
)
from assistant.models import Answer
from assistant.structure.commitments import debate_commitments
from assistant.structure.requests import request_cue
from ingest.models import Transcript
from tests.assistant.test_exchange_answers import debate_of, retrieved

OPENING = ("Minister Jansen:", "Voorzitter. Ik begin met de fietsenstallingen bij de stations, daar investeer ik in.")
LEAD = ("Mevrouw Bakker (GL):", "De gemeenten moeten nu hun begroting maken en willen weten of zij de kluizen bij de "
        "stations al in 2026 mogen bestellen. In september horen zij dat pas, en dan is het te laat.")
ASK = ("Mevrouw Bakker (GL):", "Kan de minister dat toezeggen?")
CHAIR = ("De voorzitter:", "Mevrouw Bakker, uw vraag.")
DECLINED = ("Minister Jansen:", "Ik begrijp de vraag. Het vergt afstemming met de provincie, en dat kost tijd. Ik kan "
            "het echt niet sneller maken dan september.")
PROMISED = ("Minister Jansen:", "Ja, dat zeg ik toe: de gemeenten horen het voor de zomer, ruim voor september.")

QUESTION = "Could the minister promise Bakker that municipalities may order the lockers before September?"


def _answer(transcript: Transcript, question: str = QUESTION, language: str = "en") -> Answer | None:
    return declined_request_answer(question, language, retrieved(transcript, len(transcript.turns) - 2),
                                   {transcript.id: transcript}.get, debate_commitments)


def test_a_request_for_a_promise_whose_reply_made_none_is_answered_with_the_request_then_the_reply() -> None:
    debate = debate_of([OPENING, LEAD, CHAIR, ASK, DECLINED], "geweigerd.txt")
    answer = _answer(debate)
    assert answer is not None and answer.answerable
    assert [(c.speaker, c.turn_index) for c in answer.citations] == [("Bakker", 3), ("Jansen", 4)]
    assert answer.citations[0].quote == "Kan de minister dat toezeggen?"
    assert "niet sneller maken dan september" in answer.citations[1].quote
    assert answer.notice == "Bakker asked for a promise [1]; no promise was found in the reply [2]."


def test_in_dutch_the_notice_is_dutch() -> None:
    debate = debate_of([OPENING, LEAD, CHAIR, ASK, DECLINED], "geweigerd.txt")
    answer = _answer(debate, "Kon de minister Bakker toezeggen dat gemeenten de kluizen voor september mogen bestellen?", "nl")
    assert answer is not None
    assert answer.notice == "Bakker vroeg om een toezegging [1]; in het antwoord [2] is geen toezegging gevonden."


def test_a_reply_that_promised_leaves_the_question_to_the_commitments() -> None:
    assert _answer(debate_of([OPENING, LEAD, CHAIR, ASK, PROMISED], "toegezegd.txt")) is None


def test_a_question_that_names_another_member_or_asks_no_yes_or_no_is_not_answered_this_way() -> None:
    debate = debate_of([OPENING, LEAD, CHAIR, ASK, DECLINED], "geweigerd.txt")
    assert _answer(debate, "Could the minister promise Smit that municipalities may order the lockers before September?") is None
    assert _answer(debate, "What did the minister promise Bakker about the lockers?") is None


def test_a_request_on_another_subject_is_not_the_answer() -> None:
    debate = debate_of([OPENING, LEAD, CHAIR, ASK, DECLINED], "geweigerd.txt")
    assert _answer(debate, "Could the minister promise Bakker more police officers on the trains?") is None


def test_a_promise_made_before_that_a_member_mentions_is_no_request() -> None:
    mentions = ("Mevrouw Bakker (GL):", "Volgens mij was de eerdere toezegging dat de kluizen in het najaar zouden komen. "
                "Zo gaat het met veel toezeggingen.")
    debate = debate_of([OPENING, mentions, DECLINED], "eerder.txt")
    assert _answer(debate, "Heeft de minister Bakker toegezegd dat de kluizen in het najaar komen?", "nl") is None


@pytest.mark.parametrize(("sentence", "language", "asks"), [
    ("Kan de minister dat toezeggen?", "nl", True),
    ("Ik had gevraagd om een toezegging om nog een slag te maken.", "nl", True),
    ("Graag een toezegging daarop dus.", "nl", True),
    ("Is de staatssecretaris bereid toe te zeggen dat hij die stap neemt?", "nl", True),
    ("Volgens mij was de eerdere toezegging dat we dit wetsvoorstel in het najaar zouden zien.", "nl", False),
    ("Could the minister promise that the review will be published?", "en", True),
    ("I asked for a commitment on the funding.", "en", True),
    ("The minister made a promise last year.", "en", False),
])
def test_a_request_for_a_promise_asks_the_cabinet_to_promise(sentence: str, language: str, asks: bool) -> None:
    assert bool(request_cue(language, "promise_request").search(sentence)) is asks


@pytest.mark.parametrize(("question", "asks"), [
    ("Could the interior minister promise Bikkers that municipalities will get clarity before September?", True),
    ("Heeft de minister Bamenga toegezegd met een plan te komen?", True),
    ("Zegde de staatssecretaris Van Eijk een vervolgonderzoek toe?", True),
    ("What did the minister promise Bikkers?", False),
    ("Wat zegde de minister toe over de stelpost?", False),
    # the yes/no question after the sentence that tells the request (`dev-structure-4`)
    ("Stultiens asked the state secretary to carry out the motions. Did he get that promise?", True),
    ("Stultiens asked about the motions. What did the minister promise him?", False),
])
def test_only_a_yes_or_no_question_about_a_promise_can_have_no_for_an_answer(question: str, asks: bool) -> None:
    assert bool(ASKS_WHETHER_PROMISED.search(question)) is asks


@pytest.mark.slow
def test_bikkers_request_and_the_ministers_september_are_the_answer_in_the_corpus(corpus_assistant) -> None:
    """The 104e vergadering of 3 July 2025: answered from the commitments, this question got two
    promises the minister made to others on other subjects."""
    answer = corpus_assistant.ask("Could the interior minister promise Bikkers that municipalities will get clarity "
                                  "on the underspending provision before September?")
    assert answer.answerable
    request, reply = answer.citations
    assert (request.speaker, request.party, request.quote) == ("Bikkers", "VVD", "Kan de minister dat toezeggen?")
    assert reply.speaker == "Uitermark" and reply.role == "minister" and reply.turn_index == request.turn_index + 1
    assert "Ik kan het echt niet sneller maken dan september." in reply.quote
    assert answer.notice == "Bikkers asked for a promise [1]; no promise was found in the reply [2]."
