"""A promise said again is one commitment: repeats asked for by a note or a date request, or said
during the chair's list reading, fold into the first saying and give it their date."""

from __future__ import annotations

from assistant.structure.cabinet import turns_answered
from assistant.structure.commitments import debate_commitments
from ingest.models import Transcript, Turn


def _debate(*turns: tuple[str, str, str]) -> Transcript:
    built = [Turn(id=f"d:t{i:04d}", index=i, speaker=speaker, text=text, role=role,  # type: ignore[arg-type]  # test data: roles are literals
                  function={"minister": "minister van Infrastructuur en Waterstaat",
                            "state_secretary": "staatssecretaris van Infrastructuur en Waterstaat"}.get(role),
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


# Round 20: mini-debates where a minister and a state secretary answer in turn (debates-4).
def test_a_member_interrupting_to_ask_when_or_how_gets_the_same_promise_dated() -> None:
    """"Dat zoek ik uit, dat is fijn, maar wanneer weten we het?" and "Maar hoe weten we wat daar uitkomt?": the
    reply's promise is the one just made, given a date or a form (the writers' later sayings, five of five)."""
    def interrupted(question: str, reply: str) -> Transcript:
        return _debate(("Karsten", "member", "Hoeveel kazernes zijn afgekeurd?"),
                       ("Atsma", "state_secretary", "Hoeveel gebouwen er precies zijn afgekeurd, weet ik niet uit mijn hoofd. "
                                                    "Dat zoek ik uit."),
                       ("Karsten", "member", question),
                       ("Atsma", "state_secretary", reply))
    dated = interrupted("Dat zoek ik uit, dat is fijn, maar wanneer weten we het?",
                        "Nou, dan zeg ik u toe dat u het voor 1 oktober per brief heeft, met de aantallen per locatie.")
    assert _finder(dated) == [("Dat zoek ik uit.", "2025-09-30", ("d:t0003",))]
    how = interrupted("Uitzoeken is goed. Maar hoe hoort de Kamer de uitkomst?", "Ik stuur u daar een korte brief over, voor 1 juli.")
    assert [repeated_in for _, _, repeated_in in _finder(how)] == [("d:t0003",)]
    # ... and not where the member asks for something else
    other = interrupted("En de kazerne in Havelte, wordt die gesloten?", "Ik stuur u voor 1 juli een brief over Havelte.")
    assert len(_finder(other)) == 2


def test_a_request_to_note_answered_after_a_colleague_of_the_cabinet_is_still_read() -> None:
    """The minister answers another member between the request and the state secretary's yes."""
    debate = _debate(("Verweij", "member", "Wil de staatssecretaris in gesprek gaan over de PFAS-grenswaarde?"),
                     ("Luiten", "state_secretary", "Ik zal met de drinkwaterbedrijven in gesprek gaan over de grenswaarde, en ik "
                                                   "informeer u over de uitkomst."),
                     ("Verweij", "member", "Ik heb van de staatssecretaris gehoord dat ze in gesprek gaat. Kan ik dat noteren "
                                           "als een toezegging, met een datum?"),
                     ("Van Steenis", "minister", "Ik heb mevrouw Holtkamp niets meer te zeggen over de dijk."),
                     ("Luiten", "state_secretary", "Ja, mevrouw Verweij kan dat noteren: voor de zomer informeer ik de Kamer over "
                                                   "het gesprek met de drinkwaterbedrijven."))
    [(quote, deadline, repeated_in)] = _finder(debate)
    assert quote.startswith("Ik zal met de drinkwaterbedrijven") and repeated_in == ("d:t0004",) and deadline == "2025-07-03"


def test_the_turns_a_cabinet_turn_answers_skip_a_colleague_only_for_members_who_spoke_to_it() -> None:
    debate = _debate(("Bosveld", "member", "Wil de minister ook het onderscheid maken?"),
                     ("Ruigrok", "minister", "Ja, dat onderscheid neem ik daarin mee."),
                     ("Karsten", "member", "En de staatssecretaris: wanneer komt het vastgoed?"),
                     ("Ruigrok", "minister", "Dat is voor mijn collega."),
                     ("Atsma", "state_secretary", "Voor 1 juli."))
    assert [t.speaker for t in turns_answered(debate, debate.turns[4])] == ["Karsten"]
    assert turns_answered(debate, debate.turns[3]) == [debate.turns[2]]
    to_the_minister = _debate(*[(t.speaker, t.role, t.text) for t in debate.turns[:2]],
                              ("Bosveld", "member", "Dus de minister doet het?"),
                              ("Ruigrok", "minister", "Ja."), ("Atsma", "state_secretary", "Ja."))
    assert turns_answered(to_the_minister, to_the_minister.turns[4]) == []


def test_a_yes_to_noting_a_new_promise_in_the_members_own_words_is_a_new_promise() -> None:
    debate = _debate(("Zandstra", "member", "Hoeveel adviezen zijn uitgebracht?"),
                     ("Knipscheer", "state_secretary", "Dat ga ik navragen bij de Nationaal Coördinator Groningen, en dat hoort "
                                                       "u deze week nog."),
                     ("Zandstra", "member", "Fijn. Kan ik noteren dat de staatssecretaris voor 1 oktober met een oplossing voor "
                                            "de batchwoningen komt?"),
                     ("Knipscheer", "state_secretary", "Jazeker. Voor 1 oktober ligt er een oplossing voor de batchwoningen, en "
                                                       "die stuur ik u per brief."))
    assert [repeated_in for _, _, repeated_in in _finder(debate)] == [(), ()]


def test_a_promise_after_saying_the_member_has_the_promise_is_that_promise_again() -> None:
    debate = _debate(("Middag", "member", "Wil de minister met de inspectie in gesprek over de registraties?"),
                     ("Hendriksen", "minister", "Jazeker. Ik ga met de inspectie in gesprek over welke registraties zij nodig heeft."),
                     ("Middag", "member", "Dank voor de toezegging."),
                     ("Hendriksen", "minister", "Mevrouw Middag heeft de toezegging dat ik met de inspectie in gesprek ga. Ik zal "
                                                "u in de voortgangsrapportage van het najaar laten weten wat dat gesprek heeft "
                                                "opgeleverd."))
    [(_, _, repeated_in)] = _finder(debate)
    assert repeated_in == ("d:t0003",)


def test_a_later_saying_to_a_member_who_has_not_spoken_since_is_that_promise_dated() -> None:
    """"Dan de telling op Rotterdam-Zuid voor de heer Ten Hove: die laat ik u voor de zomer weten." in the second term,
    where Ten Hove asked nothing since the promise."""
    def second_term(between: tuple[str, str, str]) -> Transcript:
        return _debate(("Ten Hove", "member", "Hoeveel scholen op Zuid zitten net onder de grens?"),
                       ("Oosterhof", "state_secretary", "Ik ga bij de gemeente Rotterdam na hoeveel scholen op Zuid net onder de "
                                                        "grens zitten, en dat laat ik u weten."),
                       between,
                       ("Oosterhof", "state_secretary", "Dan de telling op Rotterdam-Zuid voor de heer Ten Hove: die laat ik u "
                                                        "voor de zomer weten."))
    [(_, deadline, repeated_in)] = _finder(second_term(("Schaap", "member", "Ik dien een motie in over de lerarenbeurs.")))
    assert repeated_in == ("d:t0003",) and deadline == "2025-07-03"
    asked_again = second_term(("Ten Hove", "member", "En kan de staatssecretaris ook de scholen in Noord tellen?"))
    assert [repeated_in for _, _, repeated_in in _finder(asked_again)] == [(), ()]


def test_a_promise_the_member_named_when_asking_for_its_date_is_dated_by_the_answer_that_names_it() -> None:
    debate = _debate(("Gerrits", "member", "Welke dijken halen de norm niet?"),
                     ("Sterkenburg", "state_secretary", "Ik ga u een overzicht sturen van de dijktrajecten die in 2030 nog niet "
                                                        "aan de norm voldoen."),
                     ("Gerrits", "member", "Ik wacht nog op de datum van het overzicht van de dijktrajecten."),
                     ("Sterkenburg", "state_secretary", "Ik heb navraag gedaan bij de Unie van Waterschappen: het overzicht van "
                                                        "de dijktrajecten stuur ik u in het najaar."))
    [(_, deadline, repeated_in)] = _finder(debate)
    assert repeated_in == ("d:t0003",) and deadline == "2025-09-01/2025-11-30"


def test_a_come_back_on_a_question_the_minister_turns_to_is_a_promise_of_its_own() -> None:
    debate = _debate(("Ten Cate", "member", "Wil de minister het College vragen naar Ter Apel te kijken?"),
                     ("Boerema", "minister", "Ik zal het College van procureurs-generaal vragen naar Ter Apel te kijken."),
                     ("Ten Cate", "member", "Ik wacht nog op het aantal vervolgde zaken. Wanneer krijg ik dat?"),
                     ("Boerema", "minister", "De heer Ten Cate vraagt naar het aantal vervolgde zaken. De cijfers sluiten niet "
                                             "op elkaar aan. Ik wil daar graag voor de zomer op terugkomen, in een brief."))
    assert [repeated_in for _, _, repeated_in in _finder(debate)] == [(), ()]


def test_a_promise_after_saying_the_member_has_it_right_is_that_promise_again() -> None:
    debate = _debate(("Kuiper", "member", "Gaat de minister de bonussen terugvorderen?"),
                     ("Bakema", "minister", "Ik zal de raad van toezicht vragen om de bonussen van beide bestuurders terug te "
                                            "vorderen."),
                     ("Kuiper", "member", "Ik heb gehoord dat de minister de raad van toezicht vraagt de bonussen terug te "
                                          "vorderen. Ik dien een motie in."),
                     ("Bakema", "minister", "De heer Kuiper heeft het goed samengevat. Ik vraag de raad van toezicht morgen "
                                            "per brief om de bonussen terug te vorderen, en ik stuur u een afschrift."))
    [(_, _, repeated_in)] = _finder(debate)
    assert repeated_in == ("d:t0003",)


def test_a_date_for_what_the_member_asked_when_goes_to_the_promise_it_names() -> None:
    """"X vraagt wanneer <subject>": the answer dates an earlier promise on that subject (or the request it answered),
    and is a promise of its own where the earlier one names none of it."""
    def asked_when(subject: str, answer: str) -> Transcript:
        return _debate(("Smeets", "member", "Wil de minister met de VNG in gesprek gaan over de schulden?"),
                       ("Koolhaas", "minister", "Ja, dat ga ik doen."),
                       ("Hoogland", "member", "Ik dien een motie in."),
                       ("Smeets", "member", "Kan de minister zeggen wanneer we iets horen?"),
                       ("Koolhaas", "minister", f"De heer Smeets vraagt wanneer {subject}. {answer}"))
    same = asked_when("hij hoort over het gesprek met de VNG", "Ja, de uitkomst laat ik u voor de begrotingsbehandeling weten.")
    assert [repeated_in for _, _, repeated_in in _finder(same)] == [("d:t0004",)]
    other = asked_when("gemeenten de bedragen krijgen", "Dat is eind juli; dat laten we de gemeenten weten, en u krijgt daar "
                                                         "een afschrift van.")
    assert [repeated_in for _, _, repeated_in in _finder(other)] == [(), ()]


def test_a_member_asking_when_they_hear_more_names_no_subject_of_its_own() -> None:
    """"Mevrouw Leijdekker vraagt wanneer zij meer weet." asks the date of the promise made to her."""
    debate = _debate(("Leijdekker", "member", "Kan de minister toezeggen dat zij de NZa vraagt dit te onderzoeken?"),
                     ("Tieman", "minister", "Absoluut."),
                     ("Hoevenaar", "member", "Ik dien een motie in."),
                     ("Leijdekker", "member", "Wanneer weten we meer?"),
                     ("Tieman", "minister", "Mevrouw Leijdekker vraagt wanneer zij meer weet. Ik heb de NZa gevraagd dit "
                                            "onderzoek te doen, en in het voorjaar stuur ik u de uitkomst."))
    [(_, _, repeated_in)] = _finder(debate)
    assert repeated_in == ("d:t0004",)


def test_when_the_kamer_has_what_was_promised_in_a_later_turn_dates_that_promise() -> None:
    """"U heeft het antwoord voor de begrotingsbehandeling." after "... en ik laat u het antwoord schriftelijk weten." (a
    mini-debate, round 21): the same promise, dated; "Deze zomer krijgt u daar informatie over." names what any report
    gives, and stays a promise of its own (a tuning debate's)."""
    debate = _debate(("Wolters", "member", "Waarom was de buffer niet beschikbaar?"),
                     ("Terpstra", "minister", "Dat ga ik voor u nagaan bij het waterschap, en ik laat u het antwoord schriftelijk "
                                              "weten."),
                     ("Wolters", "member", "Dan wil ik dat antwoord wel voor de begrotingsbehandeling. Kan dat?"),
                     ("Terpstra", "minister", "Ja, dat moet lukken. U heeft het antwoord voor de begrotingsbehandeling."))
    [(_, _, repeated_in)] = _finder(debate)
    assert repeated_in == ("d:t0003",)
    news = _debate(("Wolters", "member", "Hoe staat het met de sluizen?"),
                   ("Terpstra", "minister", "Ik zal u informatie sturen over de sluizen bij Born."),
                   ("Wolters", "member", "En de bruggen?"),
                   ("Terpstra", "minister", "Deze zomer krijgt u daar informatie over."))
    assert [repeated_in for _, _, repeated_in in _finder(news)] == [(), ()]


def test_a_date_that_names_nothing_but_the_letter_goes_to_the_promise_the_member_asked_the_time_of() -> None:
    debate = _debate(("Verdaas", "member", "Kan de minister de gevolgen uitrekenen?"),
                     ("Lodewijks", "state_secretary", "Ik laat het uitrekenen en stuur het de Kamer in een brief."),
                     ("Verdaas", "member", "Voor de stemming van dinsdag. Gaat dat lukken?"),
                     ("Lodewijks", "state_secretary", "U krijgt de brief maandag."))
    [(_, _, repeated_in)] = _finder(debate)
    assert repeated_in == ("d:t0003",)


def test_a_confirmation_asked_for_in_the_second_term_dates_the_promise_it_confirms() -> None:
    """A mini-debate in real debates' density (round 22): the member asks the minister to confirm the promise's time,
    and the minister's "Ja, die brief ligt voor het kerstreces bij u" is that promise, dated, not a second one."""
    debate = _debate(("Nijhof", "member", "Wil de minister per locatie laten uitzoeken hoe het met de kinderen gaat?"),
                     ("Tieman", "minister", "Ik ga het COA vragen om dat per locatie op een rij te zetten, en die gegevens "
                                            "stuur ik u binnen zes weken."),
                     ("Nijhof", "member", "Binnen zes weken betekent wat mij betreft voor het kerstreces. Ik hoor graag "
                                          "dat de minister dat bevestigt."),
                     ("Tieman", "minister", "Ja, die brief ligt voor het kerstreces bij u."))
    assert [(quote, repeated) for quote, _, repeated in _finder(debate)] == [
        ("Ik ga het COA vragen om dat per locatie op een rij te zetten, en die gegevens stuur ik u binnen zes weken.",
         ("d:t0003",))]


def test_that_conversation_said_in_a_later_turn_is_the_talks_promised() -> None:
    """A mini-debate in real debates' density (round 22): "Dat gesprek wil ik nog voor de kerst voeren" in the second
    term shares no word with "Ik ga met de KNMP aan tafel ...", and is that promise, dated."""
    debate = _debate(("Van Wageningen", "member", "Gaat de minister met de apothekers om tafel? Mag ik dat noteren?"),
                     ("Tieman", "minister", "Ja, dat mag u noteren. Ik ga met de KNMP aan tafel over de vraag waarom "
                                            "kleinere apotheken stoppen."),
                     ("Van Wageningen", "member", "Dank voor de antwoorden. Ik ben blij met wat de minister over de "
                                                 "apotheken zei."),
                     ("Tieman", "minister", "Dat gesprek wil ik nog voor de kerst voeren, en wat eruit komt, meld ik u in "
                                            "de voortgangsbrief."))
    assert [repeated for _, _, repeated in _finder(debate)] == [("d:t0003",)]


def test_a_later_saying_that_names_the_occasion_or_the_letter_promised_is_that_promise() -> None:
    """Mini-debates in real debates' density (round 22): "na die conferentie" and "in die brief" point at what was
    promised in an earlier turn, and "U hoort het van mij" tells when the Kamer has it."""
    conference = _debate(("Van Wijlen", "member", "Wil de minister een reductiedoel voor PFAS voorstellen?"),
                         ("Tieman", "minister", "Ik zal in februari op de ministersconferentie van de Rijncommissie een "
                                                "gezamenlijk reductiedoel agenderen."),
                         ("Van Wijlen", "member", "Dank. En hoe hoort de Kamer wat het oplevert?"),
                         ("Tieman", "minister", "Ik stuur u binnen een maand na die conferentie een korte brief met de "
                                                "uitkomst."))
    letter = _debate(("Tuinstra", "member", "Staat de privacywetgeving het delen van signalen in de weg?"),
                     ("Tieman", "minister", "Ik laat precies uitzoeken of de privacywetgeving daaraan in de weg staat, en "
                                            "de uitkomst leest u in de voortgangsbrief van oktober."),
                     ("Tuinstra", "member", "En als het nodig is, hoe lang duurt een wetswijziging?"),
                     ("Tieman", "minister", "Ik zal in die brief van oktober ook schetsen welke route dat dan zou zijn."))
    heard = _debate(("Kuiperij", "member", "Wil de minister het IMG vragen de oudste dossiers af te ronden?"),
                    ("Tieman", "minister", "Ik ga het IMG verzoeken om de dossiers van meer dan drie jaar voor het "
                                           "kerstreces af te ronden."),
                    ("Kuiperij", "member", "En als dat niet lukt? Dan wil ik dat ook weten, voor het kerstreces."),
                    ("Tieman", "minister", "Dan hoort u dat van mij, in de brief voor het kerstreces."))
    for debate in (conference, letter, heard):
        assert [repeated for _, _, repeated in _finder(debate)] == [("d:t0003",)], debate.turns[3].text


def test_a_second_request_for_figures_is_a_promise_of_its_own() -> None:
    """Round 23: "hoeveel" and "daarvan" name no promise in particular; two reports of figures to one member are two."""
    debate = _debate(("Boukema", "member", "Ik vraag de minister in beeld te brengen hoeveel veteranen er wachten."),
                     ("Tieman", "minister", "Dat wil ik laten uitzoeken, en de uitkomst daarvan deel ik met u bij de "
                                            "personeelsrapportage van juni."),
                     ("Boukema", "member", "En de aanvragen bij de organisaties?"),
                     ("Tieman", "minister", "Ik ga bij die organisaties na hoeveel aanvragen er openstaan en hoeveel daarvan "
                                            "langer dan een jaar lopen, en dat krijgt u binnen zes weken per brief."))
    assert [repeated for _, _, repeated in _finder(debate)] == [(), ()]


def test_the_same_act_said_again_while_the_member_presses_on_is_that_promise_again() -> None:
    """Round 24 (a ParlaMint-NL plenary moved to tuning): "Ik zal eens navragen wie die reactie heeft gemaakt" and,
    after the member pressed on with no one else between, "Ik zal navragen wie dat heeft gezegd en ...": one promise.
    Another member between, or another act, makes it a promise of its own."""
    def pressed(between: tuple[str, str, str], again: str) -> Transcript:
        return _debate(("Fritsma", "member", "Wie heeft die reactie aan de pers gegeven?"),
                       ("Tieman", "minister", "Ik zal eens navragen wie die reactie heeft gemaakt, maar het klopt niet."),
                       between,
                       ("Tieman", "minister", again))
    same = "Ik zal navragen wie dat heeft gezegd en ik zal die persoon erop aanspreken."
    assert [repeated for _, _, repeated in _finder(pressed(("Fritsma", "member", "Dan is er iets weggemoffeld."), same))] \
        == [("d:t0003",)]
    assert len(_finder(pressed(("Leijten", "member", "Wie heeft dat gezegd?"), same))) == 2
    other_act = "Ik zal de Kamer voor de zomer informeren over de persrichtlijn."
    assert len(_finder(pressed(("Fritsma", "member", "Dan is er iets weggemoffeld."), other_act))) == 2


def test_a_conclusion_with_dus_later_in_the_turn_dates_the_promise_it_concludes() -> None:
    """Round 24 (a ParlaMint-NL plenary moved to tuning): a promise with a time, another promise, then "Ik zal uw Kamer
    daar dus in december nader over informeren." paragraphs later: the conclusion is the first promise, dated by it."""
    def turn(conclusion: str) -> Transcript:
        return _debate(("Van Wijngaarden", "member", "Wil de minister de Kamer informeren over de lessen?"),
                       ("Tieman", "minister", "Maar ik wil het volgende toezeggen: aan het eind van het jaar rapporteren we "
                                              "u over wat we met de aanbevelingen hebben gedaan.\n"
                                              "Zodra de roadmap af is, zal ik die naar de Kamer sturen.\n"
                                              "Ik hoop dat de lessen geleerd worden. " + conclusion))
    [(quote, deadline, _), (roadmap, _, _)] = _finder(turn("Ik zal uw Kamer daar dus in december nader over informeren."))
    assert quote.startswith("Maar ik wil het volgende toezeggen") and deadline == "2025-12-01/2025-12-31"
    assert roadmap.startswith("Zodra de roadmap af is")
    assert len(_finder(turn("Ik zal uw Kamer daar dus in maart nader over informeren."))) == 3


def test_a_promise_said_again_after_the_minister_recaps_it_is_that_promise_again() -> None:
    """Round 24 (Handelingen of 5 April 2018): "Ik heb al aangegeven dat ik u daarover informeer" or "Nogmaals, ..."
    before a saying makes it the earlier promise on the same point; a recap of something else does not, nor a yes."""
    def recapped(recap: str, again: str) -> Transcript:
        return _debate(("Dijksma", "member", "Is de deadline van 1 april gehaald?"),
                       ("Tieman", "minister", "De inspectie onderzoekt of de deadline van 1 april is gehaald; daarover zal "
                                              "ik u informeren."),
                       ("Bergkamp", "member", "Hoe staat het met de zorg bij de instelling?"),
                       ("Tieman", "minister", recap + " " + again))
    again = "De inspectie zal haar oordeel vellen over de deadline en daarover zal ik u berichten."
    assert [repeated for _, _, repeated in _finder(recapped("Ik heb al aangegeven dat ik u daarover informeer.", again))] \
        == [("d:t0003",)]
    assert len(_finder(recapped("Ik heb vorige week toegezegd dat ik met de bonden praat.",
                                "Ik zal u over de cao-onderhandelingen berichten."))) == 2
    assert len(_finder(recapped("Ik heb al aangegeven dat ik u daarover informeer.",
                                "Ja, dat kunt u noteren: de inspectie stuurt u over de deadline een brief."))) == 2


def test_the_answer_to_when_the_minister_comes_back_on_it_is_that_promise_dated() -> None:
    """Round 24 (Handelingen of 5 April 2018): the chair's "Wanneer komt u daarop terug en op welke manier?" answered with
    what looks like a new act is the promise just made, dated; a member asking when something else happens is not."""
    def asked(question: tuple[str, str, str], answer: str) -> Transcript:
        return _debate(("Koerhuis", "member", "Wil de minister nog eens naar de afspraken met Vestia kijken?"),
                       ("Tieman", "minister", "Ik zal nog eens heel goed naar de afspraken kijken en u daarover informeren."),
                       question,
                       ("Tieman", "minister", answer))
    dated = asked(("Arib", "chair", "Wanneer komt u daarop terug en op welke manier?"),
                  "Dan zal ik vragen om de hele kwestie op papier te zetten. Dat kan ik binnen een paar maanden per brief hier "
                  "hebben liggen.")
    assert [repeated for _, _, repeated in _finder(dated)] == [("d:t0003",)]
    lift = asked(("Beckerman", "member", "En wanneer gaat de lift in het gebouw weer werken?"),
                 "Ik laat u schriftelijk weten wanneer de lift weer werkt.")
    assert len(_finder(lift)) == 2
