"""What the cabinet answered a member (`assistant.member_replies`): each paragraph of a minister's
turn addressed to that member (named in or before it, or a reply to their interruption), in spoken
order; never the opening of the answer to all the members, nor a paragraph that names another."""

from __future__ import annotations

import pytest

from assistant.constraints import Constraints
from assistant.member_replies import asks_replies_to, replies_listed
from ingest.models import Transcript
from tests.assistant.test_exchange_answers import PlanDouble
from tests.assistant.test_structure_commitments import _debate, _exchange

DEBATE = _exchange(_debate(
    ("Pool", "chair", "Het woord is aan de heer Smit."),
    ("Smit", "member", "Voorzitter. Hoeveel wijkagenten komen er bij? En wanneer?"),
    ("Bakker", "member", "Voorzitter. Wat doet de minister aan de bodycams?"),
    ("Van Weel", "minister", "Voorzitter. Ik begin met een algemene inleiding over de politie.\n"
                             "De heer Smit vroeg naar de wijkagenten. Er komen er vijfhonderd bij.\n"
                             "Dat gebeurt in 2026.\n"
                             "Mevrouw Bakker vroeg naar de bodycams. Die komen er voor iedereen."),
    ("Smit", "member", "Vijfhonderd is te weinig, toch?"),
    ("Van Weel", "minister", "Het is wat we kunnen betalen."),
), "Smit", "Van Weel", {4: "challenge", 5: "reply"})


@pytest.mark.parametrize(("question", "asks"), [
    ("Wat antwoordde de minister op de vragen van Smit?", True),
    ("How did the minister respond to the questions of the SP?", True),
    ("What did the minister say to Smit's questions?", True),
    ("Wat antwoordde de minister op de vraag van Smit over de wijkagenten?", False),  # one question: the exchange's
    ("Wat antwoordde de minister toen Smit vroeg naar de wijkagenten?", False),
    ("Wat antwoordde de minister op de vragen over de bodycams?", False),
    # all a member was answered in a debate, asked with nothing more (`dev-structure-30`, `-31`, written blind)
    ("How did state secretary Struycken answer Koops's questions in the victims debate?", True),
    ("What did defence minister Brekelmans answer Dobbe in the EUFOR Althea debate?", True),
    ("Wat antwoordde Hunt aan Reeves in het Lagerhuis op 17 oktober 2022?", True),
    ("What did Brekelmans answer Dobbe when she asked about the vests in the EUFOR debate?", False),
    ("Wat antwoordde de minister aan Smit over de wijkagenten in het politiedebat?", False),
])
def test_questions_for_what_the_cabinet_answered_a_member(question: str, asks: bool) -> None:
    assert asks_replies_to(question) is asks


def _ask(question: str, language: str = "nl", parties: tuple[str, ...] = (), debate: Transcript = DEBATE):
    plan = PlanDouble(question, language, constraints=Constraints(doc_ids=(debate.id,), roles=("minister",)))
    return replies_listed(plan, [debate.id], {debate.id: debate}.get, parties)


def test_the_paragraphs_addressed_to_the_member_and_the_reply_to_their_interruption_in_spoken_order() -> None:
    answer = _ask("Wat antwoordde de minister op de vragen van Smit?")
    assert answer is not None and answer.answerable
    assert [c.quote for c in answer.citations] == [
        "De heer Smit vroeg naar de wijkagenten. Er komen er vijfhonderd bij.", "Dat gebeurt in 2026.",
        "Het is wat we kunnen betalen."]
    assert all(c.speaker == "Van Weel" for c in answer.citations)
    assert "- Minister Van Weel" in answer.answer and "→ Smit" in answer.answer


def test_another_member_gets_their_own_paragraph_and_nobody_gets_the_introduction() -> None:
    answer = _ask("What did the minister say to Bakker's questions?", "en")
    assert answer is not None and [c.quote for c in answer.citations] == [
        "Mevrouw Bakker vroeg naar de bodycams. Die komen er voor iedereen."]


def test_a_member_who_got_no_answer_is_not_in_the_transcripts_and_no_member_named_is_left_to_retrieval() -> None:
    quiet = _exchange(_debate(("Pool", "chair", "Het woord is aan de heer De Vries."),
                              ("De Vries", "member", "Voorzitter. Ik heb geen vragen."),
                              ("Van Weel", "minister", "Voorzitter. Ik begin met de politie.")), "x", "y", {})
    none = _ask("Wat antwoordde de minister op de vragen van De Vries?", debate=quiet)
    assert none is not None and not none.answerable and "richt het kabinet geen antwoord aan De Vries" in none.answer
    assert _ask("Wat antwoordde de minister op de vragen van de commissie?") is None
