"""A promise said again is one commitment: repeats asked for by a note or a date request, or said
during the chair's list reading, fold into the first saying and give it their date."""

from __future__ import annotations

from assistant.structure.commitments import debate_commitments
from ingest.models import Transcript, Turn


def _debate(*turns: tuple[str, str, str]) -> Transcript:
    built = [Turn(id=f"d:t{i:04d}", index=i, speaker=speaker, text=text, role=role,  # type: ignore[arg-type]  # test data: roles are literals
                  function="minister van Infrastructuur en Waterstaat" if role == "minister" else None,
                  is_chair=role == "chair")
             for i, (speaker, role, text) in enumerate(turns)]
    return Transcript(id="d", title="MIRT", date="2025-07-02", source_format="vlos", source_path="d.xml", turns=tuple(built))


def _finder(debate: Transcript) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(c.quote, c.deadline, c.repeated_in) for c in debate_commitments(debate) if c.source == "finder"]


def test_a_date_given_when_asked_when_dates_the_promise_and_is_not_a_second_one() -> None:
    debate = _debate(("Veltman", "member", "Wil de minister met de vervoerder in gesprek gaan over de controles?"),
                     ("Tieman", "minister", "Dat kan ik van harte toezeggen."),
                     ("Boutkan", "chair", "Het is dan wel de vraag wanneer."),
                     ("Tieman", "minister", "Voor het kerstreces kom ik daarop terug."))
    assert _finder(debate) == [("Dat kan ik van harte toezeggen.", "2025-12-18", ("d:t0003",))]


def test_a_repeat_the_finder_found_keeps_its_words_where_a_date_answer_keeps_only_its_turn() -> None:
    debate = _debate(("Veltman", "member", "Wil de minister met de vervoerder in gesprek gaan over de controles?"),
                     ("Tieman", "minister", "Dat kan ik van harte toezeggen."),
                     ("Boutkan", "chair", "Kunnen we dat noteren als een toezegging?"),
                     ("Tieman", "minister", "Ja. Ik ga met de vervoerder in gesprek over de controles op het perron "
                                            "en informeer u voor het kerstreces."))
    [record] = [c for c in debate_commitments(debate) if c.source == "finder"]
    [(turn_id, start, end)] = record.said_again
    assert turn_id == "d:t0003" and "controles op het perron" in debate.turns[3].text[start:end]
    dated = _debate(("Veltman", "member", "Wil de minister de Kamer informeren over de controles?"),
                    ("Tieman", "minister", "Ik stuur u een brief over de controles."),
                    ("Veltman", "member", "Wanneer komt die brief?"),
                    ("Tieman", "minister", "Uiterlijk vrijdag."))
    [record] = [c for c in debate_commitments(dated) if c.source == "finder"]
    assert record.repeated_in == ("d:t0003",) and record.said_again == ()  # a date, no saying of its own


def _listed(*after: tuple[str, str, str]) -> Transcript:
    """A promise, then the chair reading it out as a list item, then ``after``."""
    return _debate(("Tieman", "minister", "De sancties tegen Rusland blijven. De steun aan Oekraïne gaat door. "
                                          "Over Georgië is de Raad verdeeld. Het Ottawaverdrag blijft van belang."),
                   ("Dassen", "member", "Kan de minister de correspondentie over de brief van de advocaten sturen?"),
                   ("Tieman", "minister", "Ik zal navraag doen naar de correspondentie tussen het departement en het "
                                          "advocatenkantoor over dit informatieverzoek."),
                   ("Klaver", "chair", "Dank u wel. Ik heb nog de toezeggingen met u door te nemen.\n"
                                       "De minister komt terug op het informatieverzoek over de correspondentie tussen het "
                                       "departement en het advocatenkantoor."),
                   *after)


def test_a_come_back_during_the_list_reading_is_the_listed_promise_again() -> None:
    debate = _listed(("Klaver", "chair", "Kan ik de toezegging zo noteren?"), ("Tieman", "minister", "Ik kom daarop terug."))
    [(quote, _, repeated)] = _finder(debate)
    assert quote.startswith("Ik zal navraag doen") and repeated == ("d:t0005",)
    assert [c.list_item for c in debate_commitments(debate)] == [1]


def test_a_new_act_answering_a_question_about_dates_stays_its_own_promise() -> None:
    debate = _debate(("Veltman", "member", "Wil de minister met de vervoerder in gesprek gaan?"),
                     ("Tieman", "minister", "Dat kan ik van harte toezeggen."),
                     ("Boutkan", "chair", "Het is dan wel de vraag wanneer."),
                     ("Tieman", "minister", "Ik stuur u in september een brief over de nazorg."))
    assert len(_finder(debate)) == 2


def test_a_refer_back_without_a_request_to_note_or_date_is_not_folded() -> None:
    debate = _debate(("Veltman", "member", "Wil de minister met de vervoerder in gesprek gaan?"),
                     ("Tieman", "minister", "Dat kan ik van harte toezeggen."),
                     ("Vedder", "member", "Wil de minister ook met de provincie praten?"),
                     ("Tieman", "minister", "Dat zal ik doen."))
    assert len(_finder(debate)) == 2


def test_an_undated_restatement_during_the_list_reading_is_the_item_being_read() -> None:
    assert len(_finder(_listed(("Tieman", "minister", "Wij zullen dus ingaan op hoe de correspondentie precies zit en u informeren.")))) == 1


def test_a_new_dated_deliverable_during_the_list_reading_is_a_promise_of_its_own() -> None:
    assert len(_finder(_listed(("Tieman", "minister", "Ik ga in het najaar een afzonderlijke brief over de correspondentie aan uw Kamer sturen.")))) == 2


def test_a_point_added_to_the_letter_in_the_next_turn_is_that_letter_again() -> None:
    debate = _debate(("Leijten", "member", "Wat vindt de minister van het amendement?"),
                     ("Tieman", "minister", "Ik ontraad het amendement. Ik zal de Kamer nog een kort briefje sturen om dat te duiden."),
                     ("Boutkan", "chair", "Daar zien we naar uit."),
                     ("Tieman", "minister", "Dan zullen we dat verder ook nog even in de brief zetten."))
    [(quote, _, repeated_in)] = _finder(debate)
    assert quote == "Ik zal de Kamer nog een kort briefje sturen om dat te duiden." and repeated_in == ("d:t0003",)


def test_a_short_answer_about_when_the_letter_comes_dates_it_and_the_last_date_wins() -> None:
    debate = _debate(("Leijten", "member", "Wat vindt de minister van het amendement?"),
                     ("Tieman", "minister", "Ik zal de Kamer nog een kort briefje sturen om dat te duiden."),
                     ("Boutkan", "chair", "Zouden we de stemmingen aanhouden totdat we die brief hebben ontvangen?"),
                     ("Tieman", "minister", "Nee, hoor. We zorgen ervoor dat die er morgen gewoon ligt."),
                     ("Boutkan", "chair", "O, die is er morgen?"),
                     ("Tieman", "minister", "Ja, natuurlijk. Die is er in ieder geval uiterlijk vrijdag."))
    assert _finder(debate) == [("Ik zal de Kamer nog een kort briefje sturen om dat te duiden.", "2025-07-04",
                                ("d:t0003", "d:t0005"))]


def test_a_date_in_an_answer_on_another_point_does_not_date_the_promise() -> None:
    debate = _debate(("Leijten", "member", "Wat vindt de minister van het amendement?"),
                     ("Tieman", "minister", "Ik zal de Kamer nog een kort briefje sturen om dat te duiden."),
                     ("Stoffer", "member", "Hoe staat het met de aanbesteding van het spoor?"),
                     ("Tieman", "minister", "Die is in augustus klaar."))
    assert _finder(debate) == [("Ik zal de Kamer nog een kort briefje sturen om dat te duiden.", None, ())]


def test_a_repeat_that_names_a_meeting_gives_the_undated_promise_its_words() -> None:
    debate = _debate(("Dassen", "member", "Ik doe een beroep op artikel 68 voor de correspondentie over deze brief."),
                     ("Tieman", "minister", "Ik zal navraag doen binnen het departement."),
                     ("Boutkan", "chair", "U kunt de minister vragen wanneer hij daarop terugkomt."),
                     ("Tieman", "minister", "Ik zal er alles aan doen om daarop terug te komen tijdens het tweeminutendebat."))
    [record] = [c for c in debate_commitments(debate) if c.source == "finder"]
    assert record.quote == "Ik zal navraag doen binnen het departement."
    assert record.deadline_text == "tijdens het tweeminutendebat" and record.repeated_in == ("d:t0003",)


def test_the_tweeminutendebat_the_chair_planned_dates_a_promise_for_it() -> None:
    debate = _debate(("Dassen", "member", "Wil de minister terugkomen op de correspondentie?"),
                     ("Tieman", "minister", "Ik kom daarop terug tijdens het tweeminutendebat."),
                     ("Boutkan", "chair", "Er is een tweeminutendebat aangevraagd door de heer Dassen. "
                                          "Dat staat ingepland voor morgenavond."))
    [record] = [c for c in debate_commitments(debate) if c.source == "finder"]
    assert (record.deadline_text, record.deadline) == ("tijdens het tweeminutendebat", "2025-07-03")


def test_a_promise_said_again_in_its_own_words_in_a_later_turn_is_the_same_promise() -> None:
    """Round 8 (an Eerste Kamer debate): the second saying shares eight content words, half of either's."""
    debate = _debate(("Tieman", "minister", "Ik zal de adviescommissie vragen in de jaarlijkse rapportages, die gaan over de "
                                            "kwaliteit, ook aandacht te besteden aan eventuele signalen van discriminatie."),
                     ("Veltman", "member", "Hoe zit het met de controle?"),
                     ("Tieman", "minister", "Naast de controle zal ik de adviescommissie vragen in de jaarlijkse rapportage "
                                            "aandacht te besteden aan eventuele signalen van discriminatie."))
    [(_, _, repeated_in)] = _finder(debate)
    assert repeated_in == ("d:t0002",)
    other = _debate(("Tieman", "minister", "Ik zal de adviescommissie vragen in de jaarlijkse rapportages aandacht te besteden "
                                           "aan eventuele signalen van discriminatie."),
                    ("Veltman", "member", "En de wachttijden?"),
                    ("Tieman", "minister", "Ik zal de Kamer voor de zomer informeren over de wachttijden bij de rechtbanken."))
    assert len(_finder(other)) == 2


def test_a_yes_to_noting_that_the_promise_comes_by_a_date_is_that_promise_again() -> None:
    """Mini-debates (round 19): "Kan ik ook noteren dat ...?" asks to note a promise already made."""
    debate = _debate(("Bulut", "member", "Is de lange doorlooptijd van de Raad een landelijk beeld?"),
                     ("Tieman", "minister", "Dat weet ik niet. Ik ga dat navragen bij de Raad, en ik kom daar schriftelijk op terug."),
                     ("Bulut", "member", "Kan ik ook noteren dat de Kamer dat voor de zomer hoort? Kan de minister dat toezeggen?"),
                     ("Tieman", "minister", "Mevrouw Bulut vraagt of ze het voor de zomer hoort. Dat kan ik toezeggen."))
    [(quote, _, repeated_in)] = _finder(debate)
    assert quote.startswith("Ik ga dat navragen") and repeated_in == ("d:t0003",)


def test_a_promise_the_minister_says_he_says_again_is_that_promise_again() -> None:
    debate = _debate(("Ravensbergen", "member", "Moeten banken terugbetalen bij helpdeskfraude?"),
                     ("Tieman", "minister", "Dat gaan we even uitzoeken, meneer Ravensbergen, en ik laat u weten wat eruit komt."),
                     ("Ravensbergen", "member", "Ik hoop dat de minister daar echt werk van maakt."),
                     ("Tieman", "minister", "Tegen de heer Ravensbergen zeg ik nogmaals: we zoeken uit hoe het zit met de "
                                            "terugbetalingen, per bank, en u hoort van mij voor de zomer."))
    [(quote, deadline, repeated_in)] = _finder(debate)
    assert quote.startswith("Dat gaan we even uitzoeken") and repeated_in == ("d:t0003",) and deadline is not None


def test_a_promise_in_its_own_words_after_the_member_asked_when_dates_the_earlier_one() -> None:
    debate = _debate(("Oomen", "member", "Wil de minister de platforms vragen met de bezorgers te overleggen?"),
                     ("Tieman", "minister", "Ik kan wel toezeggen, mevrouw Oomen, dat ik de platforms vraag om met de bezorgers "
                                            "in overleg te gaan, en dat ik de Kamer daarover informeer."),
                     ("Oomen", "member", "Wanneer horen we daar iets over?"),
                     ("Tieman", "minister", "Mevrouw Oomen vraagt wanneer. Ik spreek de platforms in het voorjaar, en voor de "
                                            "zomer laat ik de Kamer weten wat dat heeft opgeleverd."))
    [(quote, deadline, repeated_in)] = _finder(debate)
    assert quote.startswith("Ik kan wel toezeggen") and repeated_in == ("d:t0003",) and deadline == "2026-03-01/2026-05-31"


def test_a_promise_the_minister_says_was_promised_in_the_first_term_is_that_promise_again() -> None:
    debate = _debate(("Demir", "member", "Hoeveel studenten zijn er teruggevorderd?"),
                     ("Tieman", "minister", "Dat zoek ik uit, meneer Demir, en ik stuur u de cijfers."),
                     ("Demir", "member", "Ik dien een motie in."),
                     ("Tieman", "minister", "De cijfers over de studenten die zijn teruggevorderd, stuur ik u voor 1 juni; "
                                            "dat heb ik de heer Demir in eerste termijn toegezegd."))
    [(quote, deadline, repeated_in)] = _finder(debate)
    assert quote.startswith("Dat zoek ik uit") and repeated_in == ("d:t0003",) and deadline == "2026-05-31"
