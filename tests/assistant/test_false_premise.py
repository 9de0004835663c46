"""A question whose premise the transcript contradicts ("why did the minister cut the rate to
19 %?" where the minister only had planned to, and kept it at 20 %) is not answered as if it were
true: the answer says the transcripts do not say that, and shows what was said (issue 9 §3).
Narrow by design: only questions that presume (why, when); amounts and percentages read in any
language, a sentence that repeats the premise's words and denies them only in the question's."""

from __future__ import annotations

import pytest
from doubles import assistant_over
from samples import make_verslag

from assistant.abstention import AbstentionPolicy
from assistant.premises import (
    contradicted_date,
    contradicted_premise,
    denied_premise,
    premise_contradiction,
    presumed_base_years,
    presumed_figures,
    presumes,
    quantities,
    unstated_premise,
)
from assistant.refusals import presumes_promise
from assistant.service import Assistant
from ingest.parse_verslag import parse_verslag
from ingest.settings import load_settings

ENGLISH_TURN = (
    "Secondly, the Government are currently committed to cutting the basic rate of income tax to 19% in April. "
    "We cannot afford a permanent increase in borrowing worth £6 billion a year. "
    "I have decided that the basic rate of income tax will remain at 20%, and it will do so indefinitely."
)
DUTCH_TURN = (
    "Het kabinet was van plan het tarief in april te verlagen naar 19 procent. "
    "Dat kost 6 miljard per jaar en dat kunnen we ons niet veroorloven. "
    "Het tarief blijft daarom 21 procent."
)


def _said(question: str, text: str, language: str) -> str | None:
    found = contradicted_premise(question, text, language)
    return None if found is None else text[found.said[0] : found.said[1]].strip()


def test_percentages_and_amounts_are_read_the_same_in_both_languages() -> None:
    assert quantities("verlaagd naar 19,5 procent") == quantities("cut to 19.5%") == {("19.5", "%")}
    assert quantities("a saving of £1,000 and 20 per cent") == {("1000", "£"), ("20", "%")}
    assert quantities("in 2023 there were 19 of them") == set()


@pytest.mark.parametrize("question", [
    "Why did the Chancellor cut the basic rate of income tax to 19%?",
    "Waarom verlaagde de Chancellor het basistarief naar 19%?",
    "When did the Chancellor lower the basic rate to 19 per cent?",
])
def test_a_question_that_takes_a_dropped_plan_as_done_is_contradicted_in_either_language(question: str) -> None:
    assert _said(question, ENGLISH_TURN, "en") == (
        "I have decided that the basic rate of income tax will remain at 20%, and it will do so indefinitely.")


def test_the_dutch_cues_find_a_dropped_plan_in_dutch_text() -> None:
    assert _said("Why did the minister lower the rate to 19 percent?", DUTCH_TURN, "nl") == "Het tarief blijft daarom 21 procent."


@pytest.mark.parametrize("question", [
    "How much would cutting the basic rate to 19% have cost?",  # asks about the plan itself
    "Did the Chancellor cut the basic rate to 19%?",  # a yes/no question is answered (no)
    "Why will the basic rate remain at 20%?",  # the value that was kept
    "Why did the Chancellor cut the basic rate?",  # no value to check
    "Why did the Chancellor cut the rate to 15%?",  # a value the turn does not give
])
def test_questions_that_do_not_presume_the_dropped_value_are_left_to_the_answer(question: str) -> None:
    assert contradicted_premise(question, ENGLISH_TURN, "en") is None


def test_a_plan_that_was_carried_out_contradicts_nothing() -> None:
    carried = "The Government are committed to cutting the rate to 19%. From April the rate is 19%."
    assert contradicted_premise("Why did the Chancellor cut the rate to 19%?", carried, "en") is None


def _over_one_turn(turn: str, topic: str, tmp_path_factory: pytest.TempPathFactory, *, answer_anything: bool = True) -> Assistant:
    """An assistant over one debate in which minister Jansen says ``turn`` about ``topic``; with
    ``answer_anything`` its policy answers whatever the evidence, so only the check under test refuses."""
    debate = parse_verslag(make_verslag(turn, topic=topic), "debate.txt")
    assistant = assistant_over([debate], load_settings(env={}, index_dir=tmp_path_factory.mktemp("index")))
    if answer_anything:
        assistant.policy = AbstentionPolicy(min_coverage=0.0)
    return assistant


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _over_one_turn(DUTCH_TURN, "het btw-tarief", tmp_path_factory, answer_anything=False)


def test_the_assistant_says_what_was_said_instead_of_answering_a_false_premise(assistant: Assistant) -> None:
    answer = assistant.ask("Waarom verlaagde de minister het tarief naar 19 procent?")
    assert not answer.answerable and not answer.citations
    assert answer.answer.startswith("Dat zeggen de transcripten niet.")
    assert "Het tarief blijft daarom 21 procent." in answer.answer and "(Jansen)" in answer.answer
    assert answer.closest[0].speaker == "Jansen" and answer.closest[0].quote.strip() == "Het tarief blijft daarom 21 procent."


def test_the_assistant_still_answers_a_question_about_the_plan_itself(assistant: Assistant) -> None:
    answer = assistant.ask("Hoeveel kost het verlagen van het tarief naar 19 procent per jaar?")
    assert "Dat zeggen de transcripten niet" not in answer.answer


DENYING_TURN = (
    "Voorzitter. Ik begrijp de wens van de heer Jansen goed. "
    "Ik kan niet zomaar zeggen dat er bij de Voorjaarsnota extra geld voor de jeugdzorg komt. "
    "Wel ga ik in gesprek met de gemeenten over de wachtlijsten."
)


def _denied(question: str, text: str = DENYING_TURN, language: str = "nl") -> str | None:
    found = denied_premise(question, text, language)
    return None if found is None else text[found[0] : found[1]].strip()


def test_a_sentence_that_repeats_a_why_question_s_premise_and_denies_it_contradicts_it() -> None:
    assert _denied("Waarom zegde de minister extra geld voor de jeugdzorg toe bij de Voorjaarsnota?") == (
        "Ik kan niet zomaar zeggen dat er bij de Voorjaarsnota extra geld voor de jeugdzorg komt.")


def test_a_denial_that_points_back_denies_the_sentence_before_it_and_is_quoted_with_it() -> None:
    text = ("Dan de vraag van de heer Vijlbrief of het klopt dat de opbrengst van de kansspelbelasting op termijn "
            "daalt met 70 miljoen. Die aanname klopt niet. De verhoging levert structureel 202 miljoen op.")
    question = "Waarom erkende de staatssecretaris dat de kansspelbelasting op termijn 70 miljoen minder oplevert?"
    assert _denied(question, text) == ("Dan de vraag van de heer Vijlbrief of het klopt dat de opbrengst van de "
                                       "kansspelbelasting op termijn daalt met 70 miljoen. Die aanname klopt niet.")
    # a denial that does not point back stands alone: its sentence shares no word of the premise
    alone = text.replace("Die aanname klopt niet.", "Het kabinet klopt niet aan.")
    assert _denied(question, alone) is None


def test_english_denials_are_read_with_the_english_profile() -> None:
    text = "I have listened carefully. We will not cut the budget for rural bus services this year. That is final."
    assert denied_premise("Why did the minister cut the budget for rural bus services?", text, "en") is not None


@pytest.mark.parametrize("question", [
    "Zegde de minister extra geld voor de jeugdzorg toe bij de Voorjaarsnota?",  # asks whether: answered (no)
    "Waarom komt er bij de Voorjaarsnota geen extra geld voor de jeugdzorg?",  # denies itself: the sentence answers it
    "Waarom sprak de minister met de gemeenten over de wachtlijsten?",  # the sentence with its words denies nothing
    "Waarom zegde de minister extra personeel toe voor het onderwijs?",  # one word in common is not the premise
])
def test_questions_whose_premise_no_sentence_denies_are_left_to_the_answer(question: str) -> None:
    assert _denied(question) is None


def test_a_denial_is_only_read_in_the_question_s_language() -> None:
    question = "Why did the minister promise extra money for youth care in the Voorjaarsnota?"
    assert premise_contradiction(question, DENYING_TURN, "nl", "en") is None


def test_the_assistant_quotes_the_denying_sentence_instead_of_answering(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = _over_one_turn(DENYING_TURN, "de jeugdzorg", tmp_path_factory, answer_anything=False)
    answer = assistant.ask("Waarom zegde de minister extra geld voor de jeugdzorg toe bij de Voorjaarsnota?")
    assert not answer.answerable and not answer.citations
    assert answer.answer == ("Dat zeggen de transcripten niet. Wat er wel gezegd is: “Ik kan niet zomaar zeggen "
                             "dat er bij de Voorjaarsnota extra geld voor de jeugdzorg komt.” (Jansen)")


@pytest.mark.parametrize("question", [
    "Waarom ontraadde de minister extra geld voor de jeugdzorg bij de Voorjaarsnota?",  # presumes a refusal
    "Why did the minister refuse extra money for youth care in the spring budget?",
])
def test_a_question_that_presumes_a_refusal_is_answered_by_the_denial_not_contradicted(question: str) -> None:
    english = "We will not find extra money for youth care in the spring budget this year."
    assert _denied(question) is None and denied_premise(question, english, "en") is None


def test_a_denying_sentence_that_gives_a_reason_answers_the_why_and_contradicts_nothing() -> None:
    text = "Er komt bij de Voorjaarsnota geen extra geld voor de jeugdzorg, omdat de gemeenten al genoeg krijgen."
    assert _denied("Waarom zegde de minister extra geld voor de jeugdzorg toe bij de Voorjaarsnota?", text) is None


def test_the_letters_of_an_abbreviation_are_not_words_of_the_premise() -> None:
    text = "Je kan niet zomaar R&D kopen en dan is het er. Het plan komt voor de zomer naar de Kamer."
    assert _denied("Wanneer stuurt de minister het R&D-actieplan naar de Kamer?", text) is None
    assert _denied("Wanneer stuurt de minister het R&D-actieplan naar de Kamer?",
                   "Ik stuur het R&D-actieplan niet naar de Kamer.") is not None


# --- a figure the question presumes that no cited turn states ----------------------------------


@pytest.mark.parametrize(("question", "figures"), [
    ("Waarom heeft de staatssecretaris toegezegd de leeftijdsgrens te verhogen naar 40 jaar?", ("40",)),
    ("Why was the rate cut to 19,5 %?", ("19.5",)),
    ("Waarom geeft deze artikel 100-brief ook een mandaat voor Oekraïne?", ()),  # a label, not a quantity
    ("Why did the minister advise against motion no. 49?", ()),
    ("Waarom werd het voorstel op 10 juli 2025 verworpen?", ()),  # a day and a year
    ("Why did the minister hire 3 advisers?", ()),  # small numbers are often written as words
    ("How much does raising the limit to 40 cost?", ()),  # presumes nothing
])
def test_a_why_question_presumes_its_figures_but_not_labels_days_years_or_small_numbers(
        question: str, figures: tuple[str, ...]) -> None:
    assert presumed_figures(question) == figures


def test_a_presumed_figure_no_cited_turn_states_is_unstated_in_any_language() -> None:
    question = "Why did the state secretary promise to raise the age limit to 40?"
    assert unstated_premise(question, ["Ik zie geen aanleiding: de grens blijft 35 jaar, niet 400."]) == "40"
    assert unstated_premise(question, ["Ik verhoog de grens naar 40 jaar."]) is None
    assert unstated_premise("Why was the rate cut to 19,5 %?", ["It is now 19.5%."]) is None
    assert unstated_premise("Why was the rate cut to 19,5 %?", ["It is now 19.55%."]) == "19.5"


def test_a_when_question_after_the_debates_name_presumes_its_figure_too() -> None:
    """"In the MIRT debate, by what date did the state secretary promise Stoffer an update of the 35
    billion overview ...?" was answered with a promise to Stoffer on another subject: neither the
    debate named first nor "by what date" was read as a question that presumes (`dev-structure-21`)."""
    for question in ("In the MIRT debate, by what date did the minister promise an update of the 35 billion overview?",
                     "In het MIRT-debat, wanneer beloofde de minister een update van het overzicht van 35 miljard?",
                     "By what date did the minister promise an update of the 35 billion overview?"):
        assert presumes(question) and unstated_premise(question, ["Dat zoeken we uit."]) == "35", question
    assert not presumes("In the MIRT debate, what did the minister say about the 35 billion overview?")
    # a "when" clause after the debate's name is no "when" question (`dev-structure-24`)
    assert not presumes("In the tax debate, when the chair read back the promise, the state secretary wanted a word "
                        "dropped. Who objected?")


def test_a_date_the_question_presumes_counts_where_the_turns_give_another_day_of_its_month() -> None:
    """"Waarom wilde minister Van Weel ... niets zeggen vóór de uitspraak in het kort geding van 11
    juli?" where he said "4 juli is de uitspraak in het kort geding" (`dev-structure-23`)."""
    question = "Waarom wilde de minister niets zeggen vóór de uitspraak in het kort geding van 11 juli?"
    assert contradicted_date(question, ["4 juli is de uitspraak in het kort geding."], set()) == "11 juli"
    assert contradicted_date("Why would he say nothing before the ruling of 11 July?", ["4 juli is de uitspraak."],
                             set()) == "11 July"  # any language
    assert contradicted_date(question, ["De uitspraak komt snel."], set()) is None  # no other day of July said
    assert contradicted_date(question, ["Op 11 juli is de uitspraak."], set()) is None
    assert contradicted_date("Waarom zei de minister in het debat van 2 juli dat het snel gaat?", ["4 juli is het."],
                             {(2, 6)}) is None  # the debate's own day
    assert contradicted_date("Zei de minister iets over 11 juli?", ["4 juli is het."], set()) is None  # presumes nothing


@pytest.mark.parametrize(("question", "years"), [
    ("Met hoeveel zijn de stromen naar belastingparadijzen sinds 2015 gedaald?", ("2015",)),
    ("By how much did the flows fall between 2019 and 2023?", ("2019", "2023")),
    ("Hoeveel is er vanaf 2020 uitgegeven?", ("2020",)),
    ("Wat zei de minister in 2015 over de stromen?", ()),  # an event's year, not a base
])
def test_a_year_a_question_compares_with_is_presumed_whatever_it_asks(question: str, years: tuple[str, ...]) -> None:
    assert presumed_base_years(question) == years


def test_a_base_year_no_cited_turn_states_is_unstated() -> None:
    question = "Met hoeveel zijn de stromen naar belastingparadijzen sinds 2015 gedaald?"
    assert unstated_premise(question, ["De stroom is gedaald van 37 miljard in 2019 naar 7 miljard in 2023."]) == "2015"
    assert unstated_premise("By how much did the flows fall between 2019 and 2023?",
                            ["De stroom is gedaald van 37 miljard in 2019 naar 7 miljard in 2023."]) is None


def test_the_assistant_refuses_a_why_question_whose_figure_no_cited_turn_states(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    turn = "De leeftijdsgrens van de startersvrijstelling blijft 35 jaar, zoals in het regeerakkoord staat."
    assistant = _over_one_turn(turn, "de startersvrijstelling", tmp_path_factory)
    answer = assistant.ask("Waarom verhoogde de minister de leeftijdsgrens van de startersvrijstelling naar 40 jaar?")
    assert not answer.answerable and not answer.citations
    assert "Geen van de gevonden passages noemt 40." in answer.answer
    assert assistant.ask("Waarom blijft de leeftijdsgrens van de startersvrijstelling 35 jaar?").answerable


def test_the_assistant_refuses_a_why_question_whose_deadline_the_answer_gives_otherwise(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """"Why does the economy minister want to get his letter on the ondernemerspact to the Kamer before
    the summer?" was answered with "Ik wil de Kamer daar vlak na de zomer over informeren"
    (`dev-structure-24`, written blind)."""
    turn = "Over het ondernemerspact wil ik de Kamer vlak na de zomer informeren."
    assistant = _over_one_turn(turn, "het ondernemerspact", tmp_path_factory)
    answer = assistant.ask("Waarom wil de minister de Kamer voor de zomer informeren over het ondernemerspact?")
    assert not answer.answerable and not answer.citations
    assert "“vlak na de zomer”" in answer.answer and "niet voor de zomer" in answer.answer
    assert assistant.ask("Waarom wil de minister de Kamer na de zomer informeren over het ondernemerspact?").answerable
    assert assistant.ask("Wanneer informeert de minister de Kamer over het ondernemerspact?").answerable


@pytest.mark.parametrize(("question", "presumed"), [
    ("Why did minister Blok agree to merge the two residence schemes?", True),
    ("Waarom zegde de staatssecretaris toe een expertisecentrum op te richten?", True),
    ("When did the minister promise to send the letter?", True),
    ("What did the minister promise about the letter?", False),  # asks what was promised, presumes nothing
    ("Why did the minister not promise a letter?", False),  # presumes no promise
    ("Why did the state secretary refuse to commit to a deadline?", False),  # presumes a refusal
    ("Why did the minister reject the motion?", False),  # no promise asked for
])
def test_a_why_or_when_question_that_asks_for_a_commitment_presumes_a_promise(question: str, presumed: bool) -> None:
    assert presumes_promise(question) is presumed


def test_the_assistant_refuses_a_presumed_promise_no_debate_records(tmp_path_factory: pytest.TempPathFactory) -> None:
    turn = ("Een apart expertisecentrum voor nabestaanden vind ik niet nodig. "
            "Ik wil liever het bestaande aanbod voor nabestaanden verbeteren.")
    assistant = _over_one_turn(turn, "nabestaanden", tmp_path_factory)
    answer = assistant.ask("Why did the minister agree to set up an expertise centre for relatives?")
    assert not answer.answerable and not answer.citations
    assert "No such promise is recorded in the debates found." in answer.answer
    assert assistant.ask("Why does the minister want to improve the existing support for relatives?").answerable


def test_a_presumed_promise_the_debate_records_is_answered_from_the_commitment(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    turn = "Ik zeg toe dat ik de Kamer voor de zomer een brief over het expertisecentrum stuur."
    assistant = _over_one_turn(turn, "nabestaanden", tmp_path_factory)
    answer = assistant.ask("Wanneer zegde de minister toe een brief over het expertisecentrum te sturen?")
    assert answer.answerable and answer.citations[0].speaker == "Jansen"


PROMISING_TURN = ("Voorzitter. Mevrouw Bakker vroeg om een brief over de fietsenstallingen. "
                  "Ik zeg mevrouw Bakker toe dat ik de Kamer voor de zomer een brief over de fietsenstallingen stuur.")


@pytest.fixture(scope="module")
def promising(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _over_one_turn(PROMISING_TURN, "fietsendiefstal", tmp_path_factory)


@pytest.mark.parametrize("question", [
    "Why did the minister reject Bakker's request for a letter about the bicycle sheds?",
    "Waarom weigerde de minister het verzoek van mevrouw Bakker om een brief over de fietsenstallingen?",
    # a promise presumed not made (`dev-structure-27`, written blind: "Why couldn't state secretary
    # Aartsen promise Grinwis the updated 35 billion infrastructure overview before ...?")
    "Why couldn't the minister promise Bakker a letter about the bicycle sheds?",
    "Waarom kon de minister mevrouw Bakker niet toezeggen dat er een brief over de fietsenstallingen komt?",
])
def test_a_refusal_presumed_where_the_debate_records_a_promise_to_that_member_is_contradicted(
        promising: Assistant, question: str) -> None:
    answer = promising.ask(question)
    assert not answer.answerable and not answer.citations
    assert answer.closest[0].speaker == "Jansen" and "brief over de fietsenstallingen stuur" in answer.closest[0].quote
    assert "Ik zeg mevrouw Bakker toe" in answer.answer


@pytest.mark.parametrize("question", [
    "Why did the minister reject Bakker's motion on bicycle sheds?",  # a motion's appreciation is the motion answers'
    "Why did the minister reject De Vries's request for a letter about the bicycle sheds?",  # promised to someone else
    "Did the minister reject Bakker's request for a letter?",  # presumes nothing
])
def test_a_refusal_is_contradicted_only_by_a_promise_to_the_member_the_why_question_names(
        promising: Assistant, question: str) -> None:
    assert "The transcripts do not say that." not in promising.ask(question).answer


def test_a_denied_premise_is_not_answered_by_a_commitment_either(tmp_path_factory: pytest.TempPathFactory) -> None:
    turn = ("Voorzitter. Ik kan niet zomaar zeggen dat er bij de Voorjaarsnota extra geld voor de jeugdzorg komt. "
            "Ik zeg toe dat ik de Kamer voor de zomer een brief over de wachtlijsten stuur.")
    assistant = _over_one_turn(turn, "de jeugdzorg", tmp_path_factory)
    question = "Waarom zegde de minister extra geld voor jeugdzorg toe bij de Voorjaarsnota?"
    found = assistant._retrieve(question, None, None, 10)
    assert found.promised is not None  # a commitment answer would answer it
    answer = assistant.ask(question)
    assert not answer.answerable and answer.answer.startswith("Dat zeggen de transcripten niet.")
    assert "Ik kan niet zomaar zeggen dat er bij de Voorjaarsnota extra geld" in answer.closest[0].quote
