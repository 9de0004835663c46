"""The deadline grammar: time words as spoken, normalised against the debate date (rules D of
eval/commitments/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.structure.deadlines import (
    find_deadline,
    meeting_date,
    prinsjesdag,
    timed_span,
    two_minute_debate_date,
    vote_date,
)

JULY_2 = date(2025, 7, 2)


@pytest.mark.parametrize(("text", "iso"), [
    ("Ik stuur u voor de zomer een brief.", "2025-07-03"),
    ("Vóór de zomer stuur ik u een brief.", "2025-07-03"),
    ("Vóór 22 juli geven we meer informatie.", "2025-07-21"),
    ("We zorgen ervoor dat die er morgen gewoon ligt.", "2025-07-03"),
    ("U heeft de brief overmorgen.", "2025-07-04"),
    ("Ik kom daar nog voor het zomerreces op terug.", "2025-07-03"),
    ("De brief komt in het najaar.", "2025-09-01/2025-11-30"),
    ("Vlak na de zomer informeer ik u.", "2025-09-01/2025-11-30"),
    ("Deze zomer krijgt u de verkenning.", "2025-06-01/2025-08-31"),
    ("Ik informeer u voor het kerstreces.", "2025-12-18"),
    ("Dat doe ik voor de Miljoenennota.", "2025-09-15"),
    ("Ik kom erop terug bij de Miljoenennota.", "2025-09-16"),
    ("U krijgt in september een brief.", "2025-09-01/2025-09-30"),
    ("Dat hoort u voor 1 oktober.", "2025-09-30"),
    ("U krijgt binnen twee weken een brief.", "2025-07-16"),
    ("Later dit jaar komt de evaluatie.", "2025-12-31"),
    ("In de tweede helft van dit jaar delen we het.", "2025-07-01/2025-12-31"),
    ("Dat komt nog dit najaar, dan wel begin volgend jaar.", "2025-09-01/2026-03-31"),
    ("Spoedig na de zomer en ruim voor het verkiezingsreces kom ik met een reactie.", "2025-09-01/2025-10-28"),
    ("Ik breng het ter sprake als ik maandag op bezoek ga.", "2025-07-07"),
    ("Ik spreek hem van de week.", "2025-07-06"),
    ("Ik verwacht de brief uiterlijk volgende week te sturen.", "2025-07-13"),
    ("De brief komt volgende week.", "2025-07-07/2025-07-13"),
    ("Ik informeer de Kamer uiterlijk in september.", "2025-09-30"),
    ("Het komt zeer binnenkort, en dat betekent voor het zomerreces.", "2025-07-03"),
    ("We will publish the plan on 31 October.", "2025-10-31"),
    ("I will publish the forecasts in a fortnight’s time.", "2025-07-16"),
    ("Voor de verkiezingen kom ik daarop terug.", "2025-10-28"),
    ("Dat kunnen we toezeggen, een week voor de 23ste.", "2025-07-16"),
    ("U hoort het voor de 15de.", "2025-07-14"),
    ("U hoort het voor de 1e.", "2025-07-31"),
    ("We informeren u voor het BO MIRT in het najaar.", "2025-09-01/2025-11-30"),
    ("Ik stuur u komend najaar een brief.", "2025-09-01/2025-11-30"),
    ("Dat komt in de brief van volgend jaar voorjaar.", "2026-03-01/2026-05-31"),
    ("Het plan komt in het volgende voorjaar.", "2026-03-01/2026-05-31"),
    ("Ik informeer u aan het eind van het jaar.", "2025-12-31"),
    ("De Kamer ontvangt uiterlijk 16 juli een opgave.", "2025-07-16"),
    ("Ik stuur het op 1 oktober.", "2025-10-01"),
    ("De appreciatie stuur ik u vóór de Raad Handel van 20 maart.", "2026-03-19"),  # a meeting with its day
])
def test_time_words_normalise_relative_to_the_debate_date(text: str, iso: str) -> None:
    deadline = find_deadline(text, JULY_2)
    assert deadline is not None and deadline.iso == iso


@pytest.mark.parametrize("text", [
    "Ik kom daarop terug in de volgende voortgangsrapportage.",
    "Dat komt voor de begrotingsbehandeling van dit departement.",
    "Ik informeer u binnenkort.",
    "I will provide further details shortly.",
    "Wij leven toe naar een debat in het najaar.",
    "Ik informeer de Kamer na de BO's MIRT per brief.",
    "Daarop kan ik terugkomen in het tweeminutendebat.",
    "Voor het volgende commissiedebat ontvangt u een plan.",
    "Ik informeer u over de uitkomst voor het volgende AO vreemdelingenbeleid.",  # the 2015-2019 idiom (round 17)
])
def test_words_that_name_no_date_are_kept_undated(text: str) -> None:
    deadline = find_deadline(text, JULY_2)
    assert deadline is not None and deadline.text and deadline.iso is None


@pytest.mark.parametrize(("text", "iso"), [
    ("Ik stuur u begin september een brief.", "2025-09-01/2025-09-10"),
    ("Medio september ontvangt u de rapportage.", "2025-09-11/2025-09-20"),
    ("U krijgt half september een reactie.", "2025-09-11/2025-09-20"),
    ("Ik stuur de brief eind september.", "2025-09-30"),
    ("Dat komt uiterlijk eind augustus.", "2025-08-31"),
    ("Dat komt voor eind augustus.", "2025-08-31"),
    ("U hoort het voor half september.", "2025-09-10"),
    ("De uitkomsten verwacht ik medio mei van dit jaar.", "2025-05-11/2025-05-20"),
    ("Dat komt in april volgend jaar.", "2026-04-01/2026-04-30"),
    ("Ik kom er volgend jaar op terug.", "2026-01-01/2026-12-31"),
    ("In de loop van volgend jaar komt de evaluatie.", "2026-01-01/2026-12-31"),
    ("Dat is eind volgend jaar klaar.", "2026-12-31"),
    ("In de eerste helft van volgend jaar gaat het in consultatie.", "2026-01-01/2026-06-30"),
    ("In het eerste kwartaal informeer ik u.", "2026-01-01/2026-03-31"),
    ("In het eerste kwartaal van volgend jaar informeer ik u.", "2026-01-01/2026-03-31"),
    ("Dit kwartaal nog stuur ik het plan.", "2025-07-01/2025-09-30"),
    ("In het najaar van 2026 publiceren we de regeling.", "2026-09-01/2026-11-30"),
    ("Ik doe dat voor de zomer van 2026.", "2026-07-02"),
    ("Voor het zomerreces van volgend jaar ligt er een voorstel.", "2026-07-02"),
    ("Dat doe ik in de zomer van 2026.", "2026-06-01/2026-08-31"),
    ("Ik stuur u voor de kerst een brief.", "2025-12-18"),
    ("Na het kerstreces ontvangt u de evaluatie.", "2026-01-01/2026-03-31"),
    ("Rond de zomer weten we meer.", "2025-06-01/2025-08-31"),
    ("Ik kom daar rond Prinsjesdag op terug.", "2025-09-16"),
    ("Deze maand nog stuur ik de brief.", "2025-07-31"),
    ("Voor het eind van de maand heeft u de brief.", "2025-07-31"),
    ("Volgende maand krijgt u het rapport.", "2025-08-01/2025-08-31"),
    ("Over twee weken heeft u de brief.", "2025-07-16"),
    ("Binnen een halfjaar komt er een besluit.", "2025-12-31"),
    ("Voor de jaarwisseling informeer ik u.", "2025-12-31"),
    ("I will write to him by the end of the year.", "2025-12-31"),
    ("We will publish it next week.", "2025-07-07/2025-07-13"),
])
def test_more_time_words_of_everyday_dutch_and_english(text: str, iso: str) -> None:
    """Written from the language, not from a labelled debate: on the debates outside the test split
    none of them changes a commitment's deadline the finder gives (measured 3 December 2026)."""
    deadline = find_deadline(text, JULY_2)
    assert deadline is not None and deadline.iso == iso


@pytest.mark.parametrize(("text", "words"), [
    ("Ik stuur u voor het voorjaarsreces een brief.", "voor het voorjaarsreces"),  # not "het voorjaar"
    ("Na het herfstreces komt er een debat.", "Na het herfstreces"),
    ("Dat komt bij de Voorjaarsnota.", "bij de Voorjaarsnota"),
    ("Ik kom daar over een paar weken op terug.", "over een paar weken"),
    ("We will report before the summer recess.", "before the summer recess"),
    ("en zal de Kamer hierover tijdig, voor behandeling van de Defensiebegroting 2026, informeren.",
     "voor behandeling van de Defensiebegroting 2026"),
    ("Ik kom erop terug bij de begrotingsbehandeling.", "bij de begrotingsbehandeling"),
])
def test_recesses_and_moments_whose_date_moves_are_kept_undated(text: str, words: str) -> None:
    deadline = find_deadline(text, JULY_2)
    assert deadline is not None and deadline.text == words and deadline.iso is None


@pytest.mark.parametrize("text", [
    "Ik stuur u een brief over de begroting van volgend jaar.",
    "Ik deel de plannen voor volgend jaar met u.",
    "Ik stuur u een overzicht van wat we in 2024 hebben gedaan.",
])
def test_a_year_that_says_what_a_promise_is_about_is_no_deadline(text: str) -> None:
    assert find_deadline(text, JULY_2) is None


def test_a_sentence_without_time_words_has_no_deadline() -> None:
    assert find_deadline("Ik zal de Kamer informeren.", JULY_2) is None


def test_the_summer_of_another_year_uses_that_years_recess() -> None:
    deadline = find_deadline("Ik kom voor de zomer terug.", date(2017, 2, 16))
    assert deadline is not None and deadline.iso == "2017-07-06"


def test_a_month_already_past_means_next_year() -> None:
    deadline = find_deadline("We sturen het in maart.", date(2025, 7, 2))
    assert deadline is not None and deadline.iso == "2026-03-01/2026-03-31"


def test_prinsjesdag_is_the_third_tuesday_of_september() -> None:
    assert prinsjesdag(2025) == date(2025, 9, 16)
    assert prinsjesdag(2026) == date(2026, 9, 15)


def test_without_a_debate_date_only_the_words_are_kept() -> None:
    deadline = find_deadline("voor de zomer", None)
    assert deadline is not None and deadline.text == "voor de zomer" and deadline.iso is None


def test_a_meeting_abbreviation_is_not_read_inside_a_longer_word() -> None:
    assert find_deadline("Ik ga langs bij de Bodegravenboog.", JULY_2) is None


def test_the_council_meeting_a_debate_prepares_dates_a_promise_to_act_there() -> None:
    meeting = meeting_date("Raad Buitenlandse Zaken 15 juli 2025")
    assert meeting == date(2025, 7, 15)
    found = find_deadline("Ja, ik kan dat doen tijdens de RBZ.", JULY_2, meeting)
    assert found is not None and (found.text, found.iso) == ("tijdens de RBZ", "2025-07-15")
    assert find_deadline("Ja, ik kan dat doen tijdens de RBZ.", JULY_2) is None, "outside a Council debate it is no time"


def test_only_a_title_naming_an_eu_council_gives_a_meeting_date() -> None:
    assert meeting_date("Europese Raad 26 en 27 juni 2025") == date(2025, 6, 27)
    assert meeting_date("Advies Raad van State 3 juli 2025") is None
    assert meeting_date("Politie") is None and meeting_date(None) is None
    assert find_deadline("Dat vraag ik aan de Raad van State.", JULY_2, date(2025, 7, 15)) is None


def test_a_morning_is_not_tomorrow() -> None:
    assert find_deadline("Ik heb hem vanmorgen gesproken.", JULY_2) is None
    assert find_deadline("Dat bespreken we morgenochtend.", JULY_2) is None
    assert find_deadline("Dat hebben we de hele morgen besproken.", JULY_2) is None


def test_before_the_vote_is_the_day_before_the_vote_the_chair_announces() -> None:
    thursday = date(2021, 12, 9)
    vote = vote_date(["Dank u wel. We stemmen dinsdag over de wet."], thursday)
    assert vote == date(2021, 12, 14)
    found = find_deadline("Ik kom voor de stemming over de wet met een kort briefje.", thursday, vote=vote)
    assert found is not None and found.iso == "2021-12-13" and found.text == "voor de stemming over de wet"
    assert vote_date(["Over de moties wordt dinsdag gestemd."], thursday) == date(2021, 12, 14)


def test_before_the_vote_without_an_announced_day_keeps_its_words_undated() -> None:
    assert vote_date(["Ik schors de vergadering."], JULY_2) is None
    found = find_deadline("Die brief komt voor de stemmingen.", JULY_2)
    assert found is not None and found.text == "voor de stemmingen" and found.iso is None


def test_the_tweeminutendebat_is_dated_by_the_day_the_chair_plans_it_for() -> None:
    planned = ["Ik stel vast dat er een tweeminutendebat is aangevraagd door de heer Paternotte. Dat staat ingepland "
               "voor morgenavond. Morgen is de laatste dag voor het reces."]
    day = two_minute_debate_date(planned, JULY_2)
    assert day == date(2025, 7, 3)
    during = find_deadline("Daarop kan ik terugkomen in het tweeminutendebat.", JULY_2, two_minute=day)
    before = find_deadline("U krijgt de brief voor het tweeminutendebat.", JULY_2, two_minute=day)
    assert during is not None and during.iso == "2025-07-03"
    assert before is not None and before.iso == "2025-07-02"
    assert two_minute_debate_date(["Het tweeminutendebat wordt gehouden op donderdag."], JULY_2) == date(2025, 7, 3)


def test_a_guess_at_the_tweeminutendebat_is_no_plan() -> None:
    guessed = ["Buiten de microfoon wordt de vraag gesteld wanneer dat tweeminutendebat dan zou kunnen plaatsvinden. "
               "Ja, daar ga ik niet over als voorzitter. Morgen, denk ik."]
    assert two_minute_debate_date(guessed, JULY_2) is None


def test_the_sentence_beside_a_promise_that_says_when_joins_it() -> None:
    text = "Ik stuur u een brief over de monitor. Die komt voor de zomer. Dan het volgende punt, de bruggen."
    end = text.index(".") + 1
    assert timed_span(text, 0, end, lambda words: find_deadline(words, JULY_2)) == (0, text.index("Dan") - 1)
    own = "Ik stuur u voor de zomer een brief. Die gaat over de monitor."
    assert timed_span(own, 0, own.index(".") + 1, lambda words: find_deadline(words, JULY_2)) == (0, own.index(".") + 1)


def test_a_bound_before_the_window_begins_does_not_end_it() -> None:
    """Said in July: next spring and next summer, not a range that ends before it starts (round 19)."""
    deadline = find_deadline("Ik spreek de platforms in het voorjaar, en voor de zomer laat ik de Kamer weten wat dat "
                             "heeft opgeleverd.", JULY_2)
    assert deadline is not None and deadline.iso == "2026-03-01/2026-05-31"
