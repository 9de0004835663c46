"""A promise that opens the minister's answer to a member carries the member's request, quoted from
the member's own turn: "Dat zal ik doen." alone does not say what was promised."""

from __future__ import annotations

from assistant.structure.commitments import debate_commitments
from assistant.structure.requests import MAX_ANSWERED_CHARS, request_span
from tests.assistant.test_structure_commitments import _debate


def _request(text: str, promise: str, language: str = "nl") -> str:
    span = request_span(text, promise, language)
    assert span is not None
    return text[span[0]:span[1]]


def test_the_request_is_the_members_last_question() -> None:
    turn = "Ik heb de brief gelezen. Het is een goede brief. Wil de minister de Kamer voor de zomer informeren over de pilots?"
    assert _request(turn, "Dat zal ik doen.") == "Het is een goede brief. Wil de minister de Kamer voor de zomer informeren over de pilots?"


def test_a_request_sentence_beats_a_rhetorical_question_before_it() -> None:
    turn = ("De verzekeraars zeggen steeds: dat is toch in het belang van die persoon? Ik heb daar grote twijfels bij. "
            "Ik wil de staatssecretaris uitdagen om daar iets op te verzinnen.")
    assert _request(turn, "Ik kom daarop terug.").endswith("Ik wil de staatssecretaris uitdagen om daar iets op te verzinnen.")


def test_of_two_questions_the_one_the_promise_answers() -> None:
    turn = ("Komt er in de volgende voortgangsrapportage informatie over de vermindering van bureaucratie? "
            "Mijn andere vraag betrof de FSV. Hebben de zaakbehandelaars voortaan toegang tot de FSV?")
    promise = "We geven in de voortgangsrapportage zeker meer informatie over de bureaucratie."
    assert _request(turn, promise).startswith("Komt er in de volgende voortgangsrapportage")


def test_an_announced_request_is_quoted_with_what_it_announces() -> None:
    turn = "Dank u wel. Mijn vraag is de volgende. Kan de staatssecretaris de landen in de brief vergelijken?"
    assert _request(turn, "Ja.").endswith("Kan de staatssecretaris de landen in de brief vergelijken?")


def test_a_short_opening_demand_takes_what_follows() -> None:
    assert _request("Voer deze motie uit! Zet het onmiddellijk stop. Het kan.", "We gaan ermee aan de slag.") == (
        "Voer deze motie uit! Zet het onmiddellijk stop. Het kan.")


def test_a_turn_that_asks_nothing_has_no_request() -> None:
    assert request_span("Dank aan de minister voor de beantwoording. Ik kijk uit naar het verbod.", "Ik zal dat doen.") is None
    assert request_span("...", "Ik zal dat doen.") is None


def test_english_requests_are_read_with_english_cues() -> None:
    turn = ("The figures are worrying. I would like the Chancellor to publish the forecast of the Office for Budget "
            "Responsibility before the statement. That matters to people.")
    assert _request(turn, "I will publish it.", "en") == (
        "I would like the Chancellor to publish the forecast of the Office for Budget Responsibility before the statement.")


ASKED = _debate(
    ("Pool", "chair", "Mevrouw Mutluer, een interruptie."),
    ("Mutluer", "member", "Kan de minister de burgemeester van Amsterdam vragen om de cijfers over de wijkagenten?"),
    ("Pool", "chair", "De minister."),
    ("Van Weel", "minister", "Dat zal ik doen."),
    ("Boswijk", "member", "En de brief over PTSS?"),
    ("Van Weel", "minister", "Het beleid werkt.\nMevrouw Michon-Derkzen vroeg naar de meldkamer. Ik zal u na de zomer informeren."),
    ("Michon-Derkzen", "member", "Voorzitter. " + "Dit is mijn betoog over de politie. " * 60 + "Komt er een brief?"),
    ("Van Weel", "minister", "Ik zal u voor de zomer een brief sturen."),
)


def test_a_promise_opening_the_answer_to_a_member_carries_the_members_request() -> None:
    records = {c.turn_id: c for c in debate_commitments(ASKED)}
    yes = records["d:t0003"]
    assert yes.to == "Mutluer" and yes.asked_turn_id == "d:t0001"
    assert yes.asked == "Kan de minister de burgemeester van Amsterdam vragen om de cijfers over de wijkagenten?"


def test_no_request_where_the_promise_answers_someone_else_or_a_speech() -> None:
    records = {c.turn_id: c for c in debate_commitments(ASKED)}
    later = records["d:t0005"]  # a later paragraph, made to the member it names, not to Boswijk who just spoke
    assert later.to == "Michon-Derkzen" and later.asked is None and later.asked_turn_id is None
    speech = records["d:t0007"]  # after a whole speech: its last question is one of many
    assert len(ASKED.turns[6].text) > MAX_ANSWERED_CHARS and speech.to == "Michon-Derkzen" and speech.asked is None
