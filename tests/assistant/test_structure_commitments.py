"""Commitments from structure: the chair's list, the finder over cabinet turns, linking and
attribution, on small transcripts built in code."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.structure.chair_list import parse_chair_list
from assistant.structure.commitments import debate_commitments
from assistant.structure.finder import _KEYWORDS, CUES, find_commitments
from ingest.models import Transcript, Turn

FUNCTION = "minister van Justitie en Veiligheid"


def _debate(*turns: tuple[str, str, str], title: str = "Politie") -> Transcript:
    built = []
    for i, (speaker, role, text) in enumerate(turns):
        built.append(Turn(id=f"d:t{i:04d}", index=i, speaker=speaker, text=text, role=role,  # type: ignore[arg-type]  # test data: roles are literals
                          function=FUNCTION if role == "minister" else None, is_chair=role == "chair"))
    return Transcript(id="d", title=title, date="2025-07-02", source_format="vlos", source_path="d.xml",
                      turns=tuple(built))


def _exchange(debate: Transcript, challenger: str, challenged: str, roles: dict[int, str]) -> Transcript:
    """``debate`` with one exchange marked as ingest marks it (`ingest.exchanges`): ``roles`` gives
    the turns' indexes and their role in it ("challenge", "reply")."""
    exchange = {"exchange_id": f"{debate.id}:x001", "challenger": challenger, "challenged": challenged}
    return dataclasses.replace(debate, turns=tuple(
        dataclasses.replace(t, exchange_role=roles[t.index], **exchange) if t.index in roles else t  # type: ignore[arg-type]
        for t in debate.turns))


COMMISSION = _debate(
    ("Pool", "chair", "Ik open de vergadering."),
    ("Boswijk", "member", "Wanneer komt de reactie op de initiatiefnota over PTSS?"),
    ("Van Weel", "minister", "Dat is een goede vraag. Ik zal u na de zomer informeren over de reactie op de initiatiefnota over PTSS."),
    ("Michon-Derkzen", "member", "Kan de minister de politie vragen om de cijfers?"),
    ("Van Weel", "minister", "Het beleid is al jaren dat de politie cijfers publiceert. Daar kom ik straks op terug."),
    ("Van Weel", "minister", "Ik kan niet toezeggen dat er meer geld komt."),
    ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                      "De minister zegt toe na de zomer de Kamer te informeren over de reactie op de initiatiefnota over PTSS. "
                      "Dit is een toezegging aan de heer Boswijk.\nDan sluit ik de vergadering bijna."),
    ("Michon-Derkzen", "member", "Ik mis nog de toezegging over de cijfers van de politie."),
    ("Pool", "chair", "Dank u wel. Ik sluit de vergadering."),
)


def test_the_chair_list_gives_each_item_its_text_and_the_member_it_was_made_to() -> None:
    items = parse_chair_list(COMMISSION)
    assert [item.n for item in items] == [1, 2]
    assert items[0].text.startswith("De minister zegt toe na de zomer")
    assert items[0].to == "Boswijk" and items[0].speaker == "Pool"


def test_a_member_who_misses_a_commitment_adds_an_item() -> None:
    added = parse_chair_list(COMMISSION)[1]
    assert added.added and added.speaker == "Michon-Derkzen"


def test_a_debate_without_a_list_has_no_items() -> None:
    assert parse_chair_list(_debate(("Van Weel", "minister", "Ik zal u informeren."))) == []


def test_the_finder_takes_a_ministers_promise_and_not_a_come_back_a_refusal_or_policy() -> None:
    quotes = [f.quote for f in find_commitments(COMMISSION)]
    assert quotes == ["Ik zal u na de zomer informeren over de reactie op de initiatiefnota over PTSS."]


def test_only_cabinet_turns_make_commitments() -> None:
    debate = _debate(("Boswijk", "member", "Ik zal de Kamer informeren."), ("Pool", "chair", "Ik zeg u toe dat we om vijf uur stoppen."))
    assert find_commitments(debate) == []


def test_a_bare_yes_to_a_request_for_a_commitment_counts() -> None:
    debate = _debate(("Boswijk", "member", "Kan de minister toezeggen dat hij dit uitzoekt?"),
                     ("Van Weel", "minister", "Jazeker. Het is een belangrijk punt."))
    assert [f.quote for f in find_commitments(debate)] == ["Jazeker."]


def test_a_commitment_records_speaker_addressee_deadline_and_the_chairs_item_separately() -> None:
    [record] = [c for c in debate_commitments(COMMISSION) if c.source == "finder"]
    assert (record.speaker, record.role, record.function) == ("Van Weel", "minister", FUNCTION)
    assert record.to == "Boswijk" and record.turn_id == "d:t0002"
    assert record.deadline_text == "na de zomer" and record.deadline == "2025-09-01/2025-11-30"
    assert record.list_item == 1 and record.list_speaker == "Pool" and record.list_turn_id == "d:t0006"
    assert record.quote in COMMISSION.turns[2].text and "zegt toe" not in record.quote


def test_a_list_item_no_promise_matches_is_attributed_to_the_chair_who_read_it() -> None:
    listed = [c for c in debate_commitments(COMMISSION) if c.source == "list"]
    assert [(c.speaker, c.role, c.list_item) for c in listed] == [("Michon-Derkzen", "member", 2)]


def test_the_member_named_in_the_ministers_paragraph_is_the_addressee() -> None:
    debate = _debate(("Boswijk", "member", "Dank."), ("Pool", "chair", "De minister."),
                     ("Van Weel", "minister", "Intro.\nDe heer Boswijk vroeg naar de opleiding. Ik stuur u in september een brief daarover."))
    [record] = debate_commitments(debate)
    assert record.to == "Boswijk" and record.deadline == "2025-09-01/2025-09-30"


def test_every_list_item_appears_once_even_when_two_items_match_one_promise() -> None:
    debate = _debate(
        ("Van Weel", "minister", "Ik zal u na de zomer informeren over de initiatiefnota over PTSS en de nazorg."),
        ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                          "De minister zegt toe de Kamer na de zomer te informeren over de initiatiefnota over PTSS.\n"
                          "De minister zegt toe de Kamer te informeren over de nazorg bij PTSS."),
    )
    records = debate_commitments(debate)
    assert sorted(r.list_item for r in records if r.list_item) == [1, 2]


def test_a_numbered_paragraph_of_the_list_is_an_item_whatever_its_wording() -> None:
    debate = _debate(("Van Weel", "minister", "Ik zal u informeren."),
                     ("Pool", "chair", "Dan waren we gekomen bij de toezeggingen.\n"
                                       "Eén. De minister zal in oktober een brief sturen.\n"
                                       "Punt twee. De relevante evaluaties worden in de agenda meegenomen."))
    assert [item.text for item in parse_chair_list(debate)] == [
        "Eén. De minister zal in oktober een brief sturen.",
        "Punt twee. De relevante evaluaties worden in de agenda meegenomen."]


def test_an_item_may_put_a_phrase_and_the_verb_before_the_minister() -> None:
    debate = _debate(("Van Weel", "minister", "Ik zal u informeren."),
                     ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                                       "Ten aanzien van Pijler 2 informeert de staatssecretaris de Kamer nader.\n"
                                       "Ik mis nog de toezegging over de clusters."))
    items = parse_chair_list(debate)
    assert [item.text[:20] for item in items] == ["Ten aanzien van Pijl", "Ik mis nog de toezeg"]
    assert items[1].added


def test_the_ministers_road_map_through_the_debate_is_no_promise() -> None:
    debate = _debate(("Van Weel", "minister", "Daarna ga ik in op de vragen over de politie. Ik ga door naar de wijkagenten. "
                                             "Dan ga ik weer terug naar de heer Boswijk. Ik zal u kort meenemen in de redenen. "
                                             "Die oproep neem ik mee. Als het mag, ga ik nu iets dieper in op de "
                                             "verschillende vragen die zijn gesteld. Daarna ga ik in op de gestelde vragen."))
    assert find_commitments(debate) == []


def test_a_letter_the_minister_will_read_is_no_letter_to_the_kamer() -> None:
    debate = _debate(("Veldkamp", "minister", "Ik ga de brief bestuderen. Ik zal die brief goed lezen."))
    assert find_commitments(debate) == []


def test_an_agreement_proposed_by_the_minister_counts_even_with_a_negation_in_it() -> None:
    debate = _debate(("Van Weel", "minister", "Laten we afspreken dat wij dit met hen bespreken en het een zetje geven als het niet wordt opgevolgd."))
    assert len(find_commitments(debate)) == 1


def test_a_confirmation_that_points_back_joins_the_promise_it_confirms() -> None:
    debate = _debate(("Van Weel", "minister", "Het rapport wordt zeer binnenkort met de Kamer gedeeld. "
                                             "Het goede nieuws is dat dit voor het reces is. Dat gaan we dus doen."))
    found = find_commitments(debate)
    assert len(found) == 1 and found[0].quote.endswith("Dat gaan we dus doen.")


def test_the_english_cues_apply_to_an_english_sitting_and_not_to_a_dutch_one() -> None:
    english = Transcript(id="e", title="Economic Update", date="2022-10-17", source_format="parlamint", source_path="e.xml",
                         language="en", turns=(
        Turn(id="e:t0000", index=0, speaker="Jeremy Hunt", role="minister", function="Chancellor of the Exchequer",
             text="I will pick her up on one point. I will publish the forecasts in a fortnight’s time. "
                  "I will provide further details—[Interruption.]"),))
    assert [f.quote for f in find_commitments(english)] == ["I will publish the forecasts in a fortnight’s time."]
    assert find_commitments(_debate(("Van Weel", "minister", "I will publish the forecasts soon."))) == []


def _english(text: str) -> list[str]:
    sitting = Transcript(id="e", title="Economic Update", date="2022-10-17", source_format="parlamint", source_path="e.xml",
                         language="en", turns=(Turn(id="e:t0000", index=0, speaker="Jeremy Hunt", role="minister",
                                                    function="Chancellor of the Exchequer", text=text),))
    return [f.quote for f in find_commitments(sitting)]


@pytest.mark.parametrize("sentence", [
    "I am happy to meet him to discuss it.",
    "My officials will be in touch with his office.",
    "I will take that away and look at it.",
    "I will keep the House updated.",
    "We will bring forward legislation in the new year.",
    "I give the hon. Lady my assurance that we will look at this.",
    "I will write to the hon. Member with the details.",
])
def test_the_commons_offers_are_found_whole(sentence: str) -> None:
    """Written from the Commons' idiom (3 December 2026); "hon." ends no sentence."""
    assert _english(sentence) == [sentence]


def test_an_offer_on_a_condition_is_not_a_promise() -> None:
    assert _english("I would be happy to look at that if he writes to me.") == []


def test_a_restatement_and_someone_elses_plan_are_no_new_promise() -> None:
    debate = _debate(("Van Weel", "minister", "Volgens mij heb ik aangegeven dat wij de Kamer zullen informeren. "
                                             "Ik heb meegekregen van VWS dat de verkenning in het najaar naar uw Kamer wordt gestuurd."))
    assert find_commitments(debate) == []


def test_a_come_back_placed_later_in_this_debate_by_the_next_sentence_is_no_promise() -> None:
    debate = _debate(("Van Weel", "minister", "Daar kom ik absoluut op terug. Het zit in het blokje ouderenzorg."))
    assert find_commitments(debate) == []


def test_a_hypothetical_after_the_promise_does_not_undo_it() -> None:
    debate = _debate(("Van Weel", "minister", "Daarop kom ik dan bij u terug, want u gaat mij er vast aan houden wat het zou moeten opleveren."))
    assert len(find_commitments(debate)) == 1


def test_passive_and_verb_final_announcements_to_the_kamer_are_found() -> None:
    debate = _debate(("Van Weel", "minister", "Op korte termijn ontvangt uw Kamer een ambtelijke verkenning. Dat is een complexe zaak. "
                                             "Het tweede moment waarop ik uw Kamer wil informeren, is bij het jaarverslag. "
                                             "Ik heb er vertrouwen in. Ik kan uw Kamer de toezegging doen dat ik een brief stuur."))
    assert [f.strength for f in find_commitments(debate)] == ["passive", "explicit", "explicit"]


def test_a_hedged_promise_to_share_results_with_the_kamer_is_a_borderline_commitment() -> None:
    debate = _debate(("Tieman", "minister", "Dit onderzoek wordt op dit moment uitgevoerd. "
                                            "De resultaten verwacht ik voor het einde van het jaar met u te kunnen delen."))
    found = find_commitments(debate)
    assert [f.strength for f in found] == ["passive"] and "met u te kunnen delen" in found[0].quote


def test_a_yes_to_noting_a_promise_just_made_confirms_it_and_is_not_a_second_one() -> None:
    debate = _debate(("Van Weel", "minister", "Ik zal u na de zomer informeren over de cijfers."),
                     ("Pool", "chair", "Kan ik dat noteren als een toezegging?"),
                     ("Van Weel", "minister", "Jazeker."))
    [record] = debate_commitments(debate)
    assert record.quote == "Ik zal u na de zomer informeren over de cijfers." and record.repeated_in == ("d:t0002",)


def test_toegezegd_in_answer_to_a_request_for_a_promise_is_one() -> None:
    debate = _debate(("Boswijk", "member", "Kan de minister toezeggen dat hij de quickscan voor de zomer stuurt?"),
                     ("Van Weel", "minister", "Toegezegd."))
    assert [f.quote for f in find_commitments(debate)] == ["Toegezegd."]


def test_a_yes_to_a_request_for_a_new_promise_is_that_promise_not_a_repeat() -> None:
    debate = _debate(("Van Weel", "minister", "Ik zal u na de zomer informeren over de cijfers."),
                     ("Boswijk", "member", "Wil de minister toezeggen dat hij de quickscan gaat oppakken?"),
                     ("Van Weel", "minister", "Ja, die toezegging kan ik doen."))
    assert [r.quote for r in debate_commitments(debate)] == ["Ik zal u na de zomer informeren over de cijfers.",
                                                             "Ja, die toezegging kan ik doen."]


def _quotes(text: str) -> list[str]:
    return [f.quote for f in find_commitments(_debate(("Tieman", "minister", text)))]


def test_a_promise_named_as_a_toezegging_is_found_in_any_word_order() -> None:
    assert _quotes("Ja, die toezegging kan ik doen.") == ["Ja, die toezegging kan ik doen."]
    assert _quotes("Dit kunt u lezen als een toezegging dat ik ermee aan de slag ga.") != []
    assert _quotes("We gaan u natuurlijk toezeggen dat u wordt geïnformeerd over de uitkomsten.") != []


def test_a_yes_may_open_an_agreement_and_a_plural_can_agree() -> None:
    assert _quotes("Ja, ik kan dat doen tijdens de RBZ.") == ["Ja, ik kan dat doen tijdens de RBZ."]
    assert _quotes("Dat kunnen we doen.") == ["Dat kunnen we doen."]


def test_a_negation_across_a_contrast_does_not_undo_the_promise() -> None:
    assert _quotes("Ik weet niet hoe het zit met Armenië, maar daarop kan ik terugkomen in het tweeminutendebat.") != []
    assert _quotes("Dat kunnen we doen, alleen zijn het geen streefwaarden.") != []
    assert _quotes("Ik kan daar niet op terugkomen.") == []


def test_the_present_tense_is_a_promise_with_a_time_or_one_document_and_a_habit_without() -> None:
    assert _quotes("In het najaar van dit jaar informeer ik de Kamer over de voortgang.") != []
    assert _quotes("Ik informeer de Kamer na de overleggen per brief over de verdeling.") != []
    assert _quotes("Die deel ik met u in de jaarlijkse voortgangsrapportage van het programma.") != []
    assert _quotes("We informeren de Kamer graag grondig, ook via technische briefings.") == []
    assert _quotes("Ik deel informatie met uw Kamer wanneer ik die kan delen.") == []


@pytest.mark.parametrize("sentence", [
    "Ik beloof u dat ik daar voor de zomer op terugkom.",
    "Dat beloven we.",
    "Ik stuur u het rapport toe.",
    "Ik koppel dat voor de zomer aan de Kamer terug.",
    "Dat koppel ik aan u terug.",
    "U hoort nog van mij.",
    "Die toezegging doe ik.",
    "Uw Kamer ontvangt voor de zomer een brief.",
    "Voor het einde van het jaar ontvangt u de evaluatie.",
    "Ik informeer u daar nog over.",
    "Ik breng de Kamer voor de zomer op de hoogte.",
    "Ik zal de Kamer de uitkomsten van het gesprek melden.",
    "De minister van Financiën zal de Kamer daarover informeren.",
])
def test_promises_said_in_everyday_dutch_are_found(sentence: str) -> None:
    """Written from the language, not from a labelled debate (3 December 2026)."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Ik beloof niets.",
    "Ik informeer u nog steeds via de website.",
    "De Kamer ontvangt elk jaar een brief over de voortgang.",  # routine reporting is existing policy (E2)
    "U ontvangt ieder kwartaal een overzicht.",
    "We zullen de Kamer, zoals gebruikelijk, informeren via de voortgangsrapportage.",
    "Ik ga nu naar de vragen over de politie.",  # the road map through the answer
])
def test_their_negations_habits_and_look_alikes_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Ik kom daar liever op terug in een brief, en die brief sturen we u voor het zomerreces.",
    "Het kabinet informeert de Kamer nog voor Prinsjesdag over de variant die het kiest.",
    "Ik beantwoord die vraag schriftelijk, binnen twee weken, met het actuele aantal.",
    "Ik stel de Kamer, zodra de gesprekken met de VNG zijn afgerond, in het eerste kwartaal schriftelijk op de hoogte.",
    "U krijgt die doorrekening van mij uiterlijk half maart.",
    "Ik neem in de komende Staat van de Unie een aparte paragraaf op over de rechtsstaat.",
    "In de kabinetsreactie op de evaluatie ga ik daar in een aparte paragraaf op in.",
])
def test_promises_of_the_probe_set_are_found(sentence: str) -> None:
    """Written from the language: a helper wrote 100 exchanges blind from the label rules
    (`eval/commitments/probes/`, 6 December 2026); these are the forms the finder missed there."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Ik ga eerst in op de vragen over de onderhoudsopgave van de bruggen.",  # the road map (E1)
    "Ik kom daar na de schorsing op terug.",  # this sitting (E1)
    "We sturen die brief toch al in het najaar.",  # already planned (E2)
    "Ik zal de motie uitvoeren door de Kamer voor de begrotingsbehandeling te informeren.",  # the motion's label (E6)
    "Die motie krijgt oordeel Kamer, want we zullen de Kamer daarover in het najaar informeren.",  # E6
    "In die brief gaan we in op de varianten die worden genoemd in de motie-Van Eijk.",  # E6, a tuning debate's
])
def test_look_alikes_of_the_probe_set_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Ik neem zijn punt over de zij-instromers daarin mee, met de cijfers die we hebben.",
    "In de brief over het sociaal minimum die ik samen met de minister van SZW in september stuur, neem ik haar vraag mee.",
    "Dat ga ik na bij de LHV en het Nivel.",
    "Beide antwoorden krijgt u voor de begrotingsbehandeling.",
    "Ik ga met de staatssecretaris in gesprek over een overgangsregeling, en ik laat de heer Vreugdenhil weten wat dat oplevert.",
    "Ik zal, en dat vind ik na de discussie van vanavond echt belangrijk, een analyse van de bankenbelasting naar de Kamer sturen.",
])
def test_promises_of_the_second_probe_set_are_found(sentence: str) -> None:
    """Written from the language: a second probe set, written blind like the first (6 December 2026)."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Ik zal die vragen uiteraard binnen de gebruikelijke termijn beantwoorden.",  # written questions' routine (E5)
    "En ik zal, zoals ik altijd doe, in mijn gesprekken met collega's aandacht vragen voor de positie van vrouwen.",
    "Dat zal ik doen, en ik doe het nu meteen.",  # at once (E1)
    "Ik ga er overigens van uit dat de Rekenkamer zelf ook met een update komt.",  # an assumption
    "Dat plan wordt ook met de Kamer gedeeld, heeft de Raad mij laten weten.",  # someone else's plan (E5)
    "Ik kom bij de heer Sprenger en mevrouw Van Hout, die allebei iets vroegen over dezelfde brief.",  # the road map
    "Die antwoorden krijgt u nu dus ook nog cadeau, in samenhang hiermee.",  # given now (a tuning debate's)
    "We nemen dit hierin mee, maar ik zie helaas nog niet dat het nu al gerealiseerd kan worden.",  # E3 (tuning)
])
def test_look_alikes_of_the_second_probe_set_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_carrying_out_a_motion_after_its_view_is_no_promise_of_its_own() -> None:
    """"Als ik de motie zo mag lezen ..., dan laat ik haar oordeel aan de Kamer. Dan gaan we dat ook doen, en
    dan zal ik dat in de eerstvolgende voortgangsbrief melden.": the motion's label (E6)."""
    assert _quotes("Als ik de motie zo mag lezen, dan laat ik haar oordeel aan de Kamer. Dan gaan we dat ook doen, en "
                   "dan zal ik dat in de eerstvolgende voortgangsbrief melden.") == []
    assert _quotes("Dat is een goed punt. Dan gaan we dat ook doen, en ik zal dat in de eerstvolgende voortgangsbrief "
                   "melden.") != []  # no view before it: a promise


def test_a_come_back_in_a_letter_is_a_promise_whatever_the_next_sentence_says_of_this_debate() -> None:
    assert _quotes("Ik kom daar liever op terug in een brief voor het zomerreces. Ik wil niet nu een getal noemen "
                   "dat straks niet klopt.") == ["Ik kom daar liever op terug in een brief voor het zomerreces."]
    assert _quotes("Daar kom ik absoluut op terug. Het zit straks in het blokje ouderenzorg.") == []


def test_correspondence_with_a_third_party_is_no_promise_to_the_kamer() -> None:
    assert _quotes("We zijn bezig met een antwoord, dat we gaan delen met de ondertekenaars van de brief.") == []
    assert _quotes("Dat zullen we spoedig met de advocaten van het kantoor delen.") == []
    assert _quotes("We gaan daar zorgvuldig mee om en dan krijgt de advocaat natuurlijk een brief terug.") == []
    assert _quotes("Die resultaten zullen we met de Kamer delen.") != []


def test_a_cue_that_refers_back_a_few_sentences_later_is_the_same_promise() -> None:
    assert len(_quotes("Ik ga langs bij de brug en laat me informeren door de partijen. Dat zal op korte termijn "
                       "gebeuren. Dat is een toezegging van mij.")) == 1
    assert len(_quotes("Ik kan de heer Bamenga toezeggen dat ik hem voor het overleg zal informeren. Dit wordt een puzzel. "
                       "Daar zijn zorgen over. We moeten verstandig investeren. "
                       "Met uw goedkeuren informeer ik u daar graag voor het overleg nog wat verder over.")) == 1


def test_coming_with_it_after_a_time_is_a_promise() -> None:
    assert _quotes("Voor het einde van het jaar komen we daarmee.") != []


def test_a_conclusion_with_dus_restates_the_promise_of_its_paragraph() -> None:
    assert len(_quotes("Ik ga dit incident onder de aandacht brengen bij de vervoerder. Het is mij niet bekend. "
                       "Ik ga het dus nog wel onder de aandacht brengen.")) == 1


def test_wanting_to_return_to_a_topic_now_is_the_road_map_not_a_promise() -> None:
    assert _quotes("Ik wil toch nog heel even terugkomen op de vaarwegrecreatie.") == []
    assert _quotes("Deze zomer krijgt u daar informatie over.") != []


def test_common_dutch_promise_forms_are_found() -> None:
    for text in ("U ontvangt voor de zomer een brief over de uitvoering.",
                 "Ik zal dat doen.",
                 "We gaan dat zeker doen.",
                 "Ik zoek dat even uit.",
                 "Dat ga ik na.",
                 "Ik vraag het na.",
                 "Ik laat u dat voor het kerstreces weten.",
                 "Ik houd u op de hoogte van de uitkomst.",
                 "Ik zal met de provincie in overleg gaan over de planning.",
                 "Ik ga het gesprek aan met de provincie.",
                 "Ik neem dat op in de brief over de voortgang.",
                 "We zullen in kaart brengen hoeveel scholen het betreft.",
                 "Dat doe ik."):
        assert _quotes(text) == [text], text


def test_a_preposition_na_after_a_pronoun_is_not_the_particle_of_nagaan() -> None:
    assert _quotes("Ik ga het na de zomer over de begroting hebben.") == []


def test_a_repeat_opened_by_maar_goed_is_the_same_promise() -> None:
    assert len(_quotes("Dat gaan we even uitzoeken. Je zou zeggen van wel, toch? Maar goed, dat zoeken we uit.")) == 1


def test_what_the_cabinet_already_does_or_will_study_for_itself_is_no_promise() -> None:
    assert _quotes("Dat doen we al.") == []
    assert _quotes("We gaan eerst onderzoeken waar de groei precies in zit.") == []


def test_a_list_item_that_paraphrases_the_members_request_links_to_the_promise_replying_to_it() -> None:
    debate = _debate(
        ("Van Weel", "minister", "Ik zal u voor de zomer informeren over de politiecapaciteit in Limburg. "
                                 + " ".join(f"Het {n}e punt van het beleid werkt goed." for n in range(20))),
        ("Van Nispen", "member", "Kan de minister uitzoeken of sektes verboden kunnen worden, zoals in Frankrijk?"),
        ("Van Weel", "minister", "Ja, ik zeg toe dat we daarnaar blijven kijken."),
        ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                          "De minister informeert de Kamer over het verbieden van sektes, zoals in Frankrijk."),
    )
    linked = {c.turn_id: c.list_item for c in debate_commitments(_exchange(debate, "Van Nispen", "Van Weel",
                                                                          {1: "challenge", 2: "reply"}))
              if c.source == "finder"}
    assert linked == {"d:t0000": None, "d:t0002": 1}


def test_a_list_item_for_one_member_is_not_linked_to_a_promise_made_to_another() -> None:
    """MIRT's item "De minister zegt toe na te denken over ... het jaartal 2034 ... Deze toezegging is
    gericht aan de heer Van Dijk" was linked to the promise of indicators to De Hoop, whose turn shares
    "2,5 miljard" with it (`dev-structure-4`); the promise to Van Dijk, which the finder does not
    count, leaves the item the chair's own."""
    debate = _debate(
        ("Van Dijk", "member", "Kan het jaartal 2034 voor de woningbouw bij de 2,5 miljard naar voren?"),
        ("Van Weel", "minister", "Ik ben bereid daarnaar te kijken. "
                                 + " ".join(f"Het {n}e punt van het beleid werkt goed." for n in range(20))),
        ("De Hoop", "member", "Welke indicatoren gelden voor de 2,5 miljard voor de woningbouw?"),
        ("Van Weel", "minister", "Ik zeg de heer De Hoop toe dat ik de indicatoren voor de 2,5 miljard voor de "
                                 "woningbouw in de volgende rapportage opneem."),
        ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                          "De minister zegt toe na te denken over het vervroegen van het jaartal 2034 voor de woningbouw "
                          "bij de 2,5 miljard. Deze toezegging is gericht aan de heer Van Dijk."),
    )
    records = debate_commitments(debate)
    assert [(c.turn_id, c.to, c.list_item) for c in records if c.source == "finder"] == [("d:t0003", "De Hoop", None)]
    assert [(c.turn_id, c.list_item) for c in records if c.source == "list"] == [("d:t0004", 1)]


_TWO_PROMISES = (
    ("Boswijk", "member", "Hoe staat het met de politie in Limburg?"),
    ("Van Weel", "minister", "Ik zal u voor de zomer informeren over de politiecapaciteit in Limburg. "
                             + " ".join(f"Het {n}e punt van het beleid werkt goed." for n in range(20))),
    ("Michon-Derkzen", "member", "En het cameratoezicht in Rotterdam?"),
    ("Van Weel", "minister", "Ik stuur u na de zomer een brief over het cameratoezicht in Rotterdam."),
)
"""Two promises in two turns, the first among twenty sentences of policy (so its words are rare in the debate)."""

def test_the_chairs_items_follow_the_debate_so_an_item_is_not_linked_past_the_next_items_promise() -> None:
    """The clerk registers promises as they are made, so the chair reads them in the debate's order.
    Item 1 shares more rare words with the third promise (the Limburg border region) than with the
    first, but item 2's promise comes between them: item 1 is the first promise's. Slachtofferbeleid's
    item 2 went to a promise forty turns after its own, and item 6 to item 2's."""
    debate = _debate(
        *_TWO_PROMISES,
        ("Van Nispen", "member", "En de grensregio?"),
        ("Van Weel", "minister", "Ik kom voor het kerstreces terug op de politiecapaciteit in de grensregio Limburg."),
        ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                          "De minister informeert de Kamer voor de zomer over de politiecapaciteit in Limburg en de grensregio.\n"
                          "De minister stuurt na de zomer een brief over het cameratoezicht in Rotterdam."),
    )
    linked = {c.turn_id: c.list_item for c in debate_commitments(debate) if c.source == "finder"}
    assert linked == {"d:t0001": 1, "d:t0003": 2, "d:t0005": None}


def test_an_item_a_member_adds_after_the_reading_links_to_its_promise_wherever_it_was_made() -> None:
    """An added item ("Ik mis nog de toezegging ...") comes after the list, not in the debate's order:
    MIRT's sixteenth item, which De Hoop added, was promised early in the debate."""
    debate = _debate(
        *_TWO_PROMISES,
        ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                          "De minister stuurt na de zomer een brief over het cameratoezicht in Rotterdam."),
        ("Boswijk", "member", "Ik mis nog de toezegging over de politiecapaciteit in Limburg, voor de zomer."),
    )
    linked = {c.turn_id: c.list_item for c in debate_commitments(debate) if c.source == "finder"}
    assert linked == {"d:t0001": 2, "d:t0003": 1}


def _found_quotes(*sentences: str) -> list[str]:
    debate = _debate(("Jansen", "member", "Kan de minister daarop ingaan?"), ("Van Weel", "minister", " ".join(sentences)))
    return [f.quote for f in find_commitments(debate)]


def test_a_promise_with_a_long_aside_before_toezeggen_is_found() -> None:
    sentence = "Ik kan in ieder geval namens de staatssecretaris toezeggen dat er een voortgangsbrief komt."
    assert _found_quotes(sentence) == [sentence]


def test_a_point_put_into_the_letter_is_a_promise() -> None:
    sentence = "Hoe zich dat tot elkaar verhoudt, kan ik keurig nog even in de brief opschrijven."
    assert _found_quotes(sentence) == [sentence]


def test_a_point_taken_up_later_in_the_debate_is_not_a_promise() -> None:
    assert _found_quotes("Ik zal later nog ingaan op het amendement van mevrouw Leijten.",
                         "Daar kom ik later nog wat uitgebreider op terug.") == []


def test_a_would_in_an_indirect_question_does_not_make_the_promise_hypothetical() -> None:
    promise = "Ik kom dus graag terug op hoe dat vorm zou kunnen krijgen."
    assert _found_quotes(promise) == [promise]
    assert _found_quotes("Ik zou u daar later over kunnen informeren als de Kamer dat wil.") == []
    assert _found_quotes("Dat zou ik kunnen toezeggen, maar ik doe het niet.") == []


def test_information_given_at_a_date_is_a_promise_but_not_without_one() -> None:
    dated = "Vóór 22 juni hebben we de pilot nog niet uitgevoerd, maar we geven zeker meer informatie over de vormgeving."
    assert _found_quotes(dated) == [dated]
    assert _found_quotes("We geven veel informatie over de pilots, ook op de website.") == []


def test_carrying_out_a_motion_or_working_out_a_plan_is_not_a_promise() -> None:
    assert _found_quotes("Die motie neem ik graag mee in het gesprek dat ik daarover voer met gemeenten.",
                         "Maar wij gaan wel degelijk een proces uitwerken om die inventarisatie te maken.") == []


def test_the_sentence_beside_a_promise_that_says_when_gives_its_deadline() -> None:
    debate = _debate(("Boswijk", "member", "Komt er een brief over de PTSS-zorg?"),
                     ("Van Weel", "minister", "Ik stuur u een brief over de PTSS-zorg. Die komt nog voor de zomer."))
    [record] = [c for c in debate_commitments(debate) if c.source == "finder"]
    assert (record.deadline_text, record.deadline) == ("nog voor de zomer", "2025-07-03")


def test_an_item_the_chair_announces_as_a_promise_she_has_noted_is_read() -> None:
    debate = _debate(("Van Weel", "minister", "Ik zal u informeren."),
                     ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                                       "De minister zal in oktober een brief sturen over de nazorg.\n"
                                       "Tot slot heb ik de toezegging staan dat de minister de Kamer dit jaar nader zal "
                                       "informeren over de wachtlijsten."))
    assert [item.n for item in parse_chair_list(debate)] == [1, 2]
    assert parse_chair_list(debate)[1].text.startswith("Tot slot heb ik de toezegging staan dat de minister")


def test_a_come_back_to_a_topic_the_minister_takes_up_later_in_the_debate_is_the_road_map() -> None:
    def debate(come_back: str) -> Transcript:
        return _debate(("Boswijk", "member", "Hoe zit het met de wachtlijsten en met de power purchase agreements?"),
                       ("Van Weel", "minister", f"Eerst de wachtlijsten: die lopen terug. {come_back}"),
                       ("Pool", "chair", "Gaat u verder."),
                       ("Van Weel", "minister", "Dan de power purchase agreements: die zijn vertrouwelijk."),
                       *[("Pool", "chair", f"Dank u wel, punt {i}.") for i in range(80)])

    def found(text: str) -> list[str]:
        return [c.quote for c in debate_commitments(debate(text)) if c.source == "finder"]

    assert found("Ik kom op die power purchase agreements terug.") == []
    assert found("Ik kom bij de Kamer op die power purchase agreements terug.") != []  # an occasion: a promise
    assert found("Ik kom voor de zomer op die power purchase agreements terug.") != []  # a time: a promise
    assert found("Ik kom op de subsidieregeling terug.") != []  # not taken up later in the debate


def test_a_promise_after_the_chairs_remark_goes_to_the_member_the_minister_was_answering() -> None:
    debate = _debate(("Paternotte", "member", "Hoe zit het met Armenië?"),
                     ("Pool", "chair", "De minister."),
                     ("Van Weel", "minister", "Dank voor de oproep van de heer Paternotte om met Prinsjesdag aanwezig te zijn."),
                     ("Pool", "chair", "Dit noteren wij ook als een toezegging."),
                     ("Van Weel", "minister", "Ik ga echt mijn best doen.\n"
                                              "Over Armenië weet ik het niet, maar daarop kan ik terugkomen in het tweeminutendebat."))
    [record] = [c for c in debate_commitments(debate) if c.source == "finder"]
    assert record.to == "Paternotte"
    moved_on = _debate(
        ("Paternotte", "member", "Hoe zit het met Armenië?"),
        ("Van Weel", "minister", "Dank voor de oproep van de heer Paternotte."),
        ("Pool", "chair", "Gaat u verder."),
        ("Van Weel", "minister", "Dan het volgende punt, de sancties.\nDaarop kan ik terugkomen in het tweeminutendebat."))
    assert [c.to for c in debate_commitments(moved_on) if c.source == "finder"] == [None]


def test_a_motion_taken_up_by_its_submitter_names_the_member_a_motion_referred_to_does_not() -> None:
    def to(sentence: str) -> str | None:
        debate = _debate(("Inge van Dijk", "member", "Ik dien een motie in."), ("Pierik", "member", "Ik ook."),
                         ("Van Weel", "minister", sentence))
        return next(c.to for c in debate_commitments(debate) if c.source == "finder")

    assert to("Dan de motie-Inge van Dijk c.s. op stuk nr. 828. Op de details kom ik terug in de voortgangsrapportage.") \
        == "Inge van Dijk"
    assert to("Wij kijken ook in het licht van de motie-Inge van Dijk naar de weg. "
              "Ik kom daar voor de zomer schriftelijk op terug.") != "Inge van Dijk"


def test_talks_the_cabinet_will_hold_are_a_promise_only_when_dated_or_asked_for() -> None:
    assert _quotes("Wij gaan hierover nog in gesprek met de regio.") == []
    assert _quotes("De komende periode ga ik met de provincie en andere partijen in gesprek om te komen tot een besluit.") == []
    dated = "Ik ga voor de zomer met de regio in gesprek over een versoberde variant van de N36."
    assert _quotes(dated) == [dated]
    asked = _debate(("Veltman", "member", "Wil de minister met de vervoerder in gesprek gaan over de controles?"),
                    ("Van Weel", "minister", "Ik ga met de vervoerder in gesprek over de controles."))
    assert [f.quote for f in find_commitments(asked)] == ["Ik ga met de vervoerder in gesprek over de controles."]


def _dated_list(item: str) -> Transcript:
    return _debate(("Grinwis", "member", "Kan de minister een update van het overzicht sturen?"),
                   ("Van Weel", "minister", "Dat kan ik bij dezen toezeggen."),
                   ("Grinwis", "member", "Voor welke datum is dat dan?"),
                   ("Van Weel", "minister", "Dat kunnen we toezeggen, een week voor de 23ste."),
                   ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n" + item))


def test_an_item_whose_words_meet_no_promise_is_the_promise_to_the_same_member_by_the_same_day() -> None:
    records = debate_commitments(_dated_list("De Kamer ontvangt uiterlijk 16 juli een bijgewerkte opgave. "
                                             "Dit is een toezegging aan de heer Grinwis."))
    [promise] = [r for r in records if r.source == "finder"]
    assert (promise.turn_id, promise.deadline, promise.to, promise.list_item) == ("d:t0001", "2025-07-16", "Grinwis", 1)
    assert [r.source for r in records] == ["finder"]  # no second record of the chair's words


@pytest.mark.parametrize("item", [
    "De Kamer ontvangt uiterlijk 17 juli een bijgewerkte opgave. Dit is een toezegging aan de heer Grinwis.",
    "De Kamer ontvangt uiterlijk 16 juli een bijgewerkte opgave. Dit is een toezegging aan de heer Bikkers.",
    "De Kamer ontvangt uiterlijk 16 juli een bijgewerkte opgave.",
])
def test_another_day_another_member_or_no_member_leaves_the_item_the_chairs(item: str) -> None:
    records = debate_commitments(_dated_list(item))
    assert [r.list_item for r in records if r.source == "finder"] == [None]
    assert [r.source for r in records].count("list") == 1


def _reply_to(question: str, reply: str) -> list[str]:
    """The promises the finder takes from a minister's ``reply`` to a member's ``question``."""
    return [f.quote for f in find_commitments(_debate(("Dittrich", "member", question), ("Dekker", "minister", reply)))]


def test_a_check_the_member_asked_to_have_answered_later_in_the_debate_is_no_promise() -> None:
    """Round 8 (two fresh debates moved to the tuning split): "Fijn als u daar straks nog even op
    terugkomt." - "Ik ga het voor u na, want ik wil het ook zelf zeker weten." is answered in the
    second term (E1), and so is a yes to "in zijn beantwoording". A check asked for with no time in
    this debate, or one that names a letter, stays a promise."""
    assert _reply_to("Fijn als u daar straks nog even op terugkomt.",
                     "Ik ga het voor u na, want ik wil het ook zelf zeker weten.") == []
    assert _reply_to("Dus zou de minister in zijn beantwoording juist op die categorie willen ingaan?",
                     "Dat wil ik doen, maar dan beland ik bijna in het volgende blok.") == []
    assert _reply_to("Wil de minister nagaan hoe vaak dat gebeurt?",
                     "Ik ga het voor u na, want ik wil het ook zelf zeker weten.") != []
    assert _reply_to("Fijn als u daar straks nog even op terugkomt.",
                     "Ik ga het voor u na en stuur de Kamer daarover een brief.") != []


def test_a_come_back_said_again_after_one_placed_in_the_second_term_is_the_same_come_back() -> None:
    assert _quotes("Ik ga dat nog even na en kom daarop terug in de tweede termijn. Ik heb dat nu niet paraat. "
                   "Ik kom daarop terug, en ook op het punt van de actualiteit. Ik ga specifiek dat voor u uitzoeken.") == []
    assert _quotes("Ik heb dat nu niet paraat. Ik kom daarop terug, en ook op het punt van de actualiteit.") != []


def test_what_goes_into_a_letter_and_the_letter_are_one_promise() -> None:
    """"Daarin zal ik schetsen ..." before "Ik zal die beleidsbrief in februari naar de Kamer sturen" (round 8)."""
    text = ("Daarin zal ik schetsen hoe ik uw Kamer wil meenemen in de uitwerking van het klimaatfonds. Dat is een grote "
            "opgave. Ik zal die beleidsbrief in februari naar de Kamer sturen.")
    assert _quotes(text) == [text]


@pytest.mark.parametrize("sentence", [
    "Zijn verzoek is om breder te kijken dan alleen de TU Delft. Dat is iets wat ik zeker graag doe.",
    "Wat betreft het rapporteren over de aantallen: ik vraag Justis om dat te doen.",
])
def test_a_yes_to_a_request_reported_and_a_request_passed_on_are_promises(sentence: str) -> None:
    assert _quotes(sentence) != []


@pytest.mark.parametrize("sentence", [
    "Ik vraag u om dat te doen.",  # asking the Kamer
    "Dat is iets wat we al jaren doen.",  # existing policy
])
def test_their_look_alikes_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_a_member_saying_straks_of_the_future_asks_for_nothing_in_this_debate() -> None:
    assert _reply_to("Straks gaan de scholen dicht. Wil de minister uitzoeken hoe vaak dat gebeurt?",
                     "Dat ga ik uitzoeken.") != []


@pytest.mark.parametrize("sentence", [
    "Ik ben dan ook bereid om uw Kamer twee jaar na inwerkingtreding een tussentijdse evaluatie te doen toekomen.",
    "Ik zal de positie van de Kopten daar, en specifiek de vergunningverlening voor kerken, bij hem aan de orde stellen.",
    "U krijgt ze voor het kerstreces, met een uitsplitsing per universiteit.",
    "Ik kan u wel zeggen dat ik uw Kamer daarover, zodra de gesprekken met de provincie zijn afgerond en in ieder "
    "geval voor de begrotingsbehandeling, nader zal informeren.",
    "Ik zal het bij de eerstvolgende Visserijraad aan de orde stellen, al zeg ik er meteen bij dat ik niet om een verbod ga vragen.",
])
def test_promises_of_the_fourth_probe_set_are_found(sentence: str) -> None:
    """Written from the language: a fourth probe set in the Handelingen' spoken style, with long answer
    turns and interruptions (round 9, `eval/commitments/probes/`); the forms the finder missed there."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Ik ga gewoon even de vragen langs in de volgorde waarin ze gesteld zijn, en ik begin met het spoor.",
    "Ik zal de vragen beantwoorden in de volgorde van de schadeafhandeling, de waardedaling en de versterking.",
    "Ik ga eerst in op het Meerjarig Financieel Kader, want daar zijn de meeste vragen over, en daarna kom ik bij de bankenunie.",
    "Ik zal beginnen met het statiegeld, daarna de plastic tasjes, en tot slot de overige vragen.",
    "Ik ga ze in die volgorde af, en de vragen over de nachtvluchten beantwoord ik in het blokje Schiphol.",
    "Elke melding wordt onderzocht, en ik wil ook dat mensen die iets melden dat veilig kunnen doen.",  # a wish (E3)
    "Over elke levering wordt de Kamer achteraf geïnformeerd via de periodieke brief over militaire steun.",  # E2
    "Het proces is als volgt: eerst leveren de provincies hun programma's in, en vervolgens krijgt de Kamer een brief.",
    "Ik wil best een brief sturen, maar dan moet ik wel weten wat de heer El Abassi precies wil weten.",  # E4
])
def test_look_alikes_of_the_fourth_probe_set_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_wanting_to_check_is_an_act_not_a_wish_about_others() -> None:
    assert _quotes("Ik wil dat nagaan en ik zal dat met Justis bespreken.") != []  # a tuning debate's


def test_a_bare_yes_to_an_act_of_the_cabinet_asked_for_is_a_promise_but_not_one_that_goes_on_to_the_road_map() -> None:
    assert _reply_to("Dus gaan we dit nu uitwerken in een plan van aanpak, met doelen en een tijdpad?",
                     "Ja. Daar is het ook hoog tijd voor.") == ["Ja."]
    assert _reply_to("Gaat de staatssecretaris ook in op de concessie?", "Ja, met mijn blokje algemeen.") == []


def test_a_bare_yes_to_a_member_pressing_for_an_answer_now_is_the_answer_that_follows() -> None:
    assert _reply_to("Ik wil gewoon een eerlijk antwoord: zijn er minder mensen met een advocaat, ja of nee?",
                     "Dat zal ik doen. Het eerlijke antwoord is dat we het niet precies weten.") == []
    assert _reply_to("Wil de minister de cijfers over de advocaten naar de Kamer sturen?",
                     "Dat zal ik doen. Het eerlijke antwoord is dat we het niet precies weten.") != []


@pytest.mark.parametrize("sentence", [
    "Ik leg de uitkomst van dat gesprek, met de bedragen per gemeente, voor de zomer aan uw Kamer voor.",
    "U krijgt voor het commissiedebat in juni een lijst van de opleidingen die in de problemen komen.",
    "Ik zal u die cijfers vertrouwelijk ter inzage leggen, met die van Antwerpen erbij.",
])
def test_promises_of_the_sixth_probe_set_are_found(sentence: str) -> None:
    """Written from the language: a sixth probe set in the same style as the fourth (round 10)."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Op de vragen over topsport kom ik aan het eind terug, als ik dan nog tijd krijg van de voorzitter.",  # E1
    "Vanuit de Douane doen we wat we kunnen: er zijn meer screeningen, en medewerkers kunnen anoniem melden.",  # E2
])
def test_look_alikes_of_the_sixth_probe_set_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_the_end_of_the_year_is_a_time_not_the_end_of_the_answer() -> None:
    assert _quotes("Ik kom daar aan het eind van het jaar bij u op terug.") != []


def test_a_member_asking_that_the_minister_go_into_the_question_now_gets_the_answer_that_follows() -> None:
    assert _reply_to("Ik hoop dat de staatssecretaris dan ook echt ingaat op mijn vraag over de beslagvrije voet.",
                     "Dat zal ik doen, en wel meteen. De beslagvrije voet is sinds 2021 eenvoudiger te berekenen.") == []


@pytest.mark.parametrize("sentence", [
    "We gaan ermee aan de slag om die cijfers beter inzichtelijk te krijgen.",  # for the cabinet itself (E3)
    "Ik zal eerst ingaan op de vraag van mevrouw De Boer en daarna op die van mevrouw Van der Linden.",  # the road map
    "Ik ga verder met het onderwerp medicijnresten, en daar waren vragen over van mevrouw Dik-Faber.",  # the road map
    "Ik ga ermee aan de slag om te kijken of de overheid daar iets in kan betekenen.",  # E3
    "Daarna zullen we bezien of er aanleiding is voor verdere stappen, en dan uiteraard in overleg met de havens.",  # E3
    "Ik ben bereid u daarover vertrouwelijk te informeren als de commissie daar prijs op stelt.",  # an offer (E4)
])
def test_look_alikes_of_the_seventh_and_eighth_probe_sets_are_not(sentence: str) -> None:
    """Written from the language: two more sets in the spoken style, one leaning to look-alikes, one to
    plenary debates on a bill (round 11)."""
    assert _quotes(sentence) == []


def test_a_promise_of_the_seventh_probe_set_is_found() -> None:
    sentence = ("Ik ben bereid de Kamer uiterlijk 1 juli van het jaar voor de inwerkingtreding een notitie te doen toekomen "
                "over de gereedheid.")
    assert _quotes(sentence) == [sentence]


def test_asking_the_provincie_is_an_act_and_the_questions_of_members_are_not() -> None:
    assert _quotes("Ik zal de provincie vragen de cijfers per gemeente aan te leveren.") != []
    assert _quotes("Ik zal de adviescommissie vragen aandacht te besteden aan signalen van discriminatie.") != []


def test_a_bare_yes_to_a_deliverable_the_member_asks_for_is_a_promise() -> None:
    assert _reply_to("Krijgen wij bij de uitwerking ook een doorrekening voor ouders rond het minimumloon, ja of nee?",
                     "Ja.") == ["Ja."]


@pytest.mark.parametrize("sentence", [
    "Ik zoek uit hoeveel van die zaken het Openbaar Ministerie heeft vervolgd, en dat krijgt u schriftelijk voor het commissiedebat in maart.",
    "Het precieze aantal Nederlanders dat zich heeft gemeld, zoeken we even uit; dat krijgt u binnen twee weken.",
    "Ik ga met de werkgevers praten over die stageplaatsen, en ik meld u in het najaar, in de voortgangsbrief, wat eruit gekomen is.",
    "Ik zal bij de volgende voortgangsrapportage per provincie laten zien hoeveel woningen er echt zijn opgeleverd.",
    "Ik zal in juni, in de geannoteerde agenda voor de Raad, expliciet aangeven hoe de naleving wordt gemonitord.",
])
def test_promises_of_the_ninth_probe_set_are_found(sentence: str) -> None:
    """Written from the language: a ninth probe set, commission debates in the spoken style (round 12):
    a check in the present tense, a deliverable with its object first, what a document will show."""
    assert _quotes(sentence) == [sentence]


def test_looking_into_something_is_a_promise_only_when_asked_dated_or_said_with_a_yes() -> None:
    """Rule E3: "we kijken ernaar" counts when accepted, tied to a time or asked for (round 12)."""
    sentence = "We gaan kijken of er in de tussentijd iets kan gebeuren aan de busverbindingen."
    assert _reply_to("Wat gaat de minister doen aan de busverbindingen in het Noorden?", sentence) == []
    assert _reply_to("Wil de minister kijken of er een tussenoplossing mogelijk is voor de bus?", sentence) == [sentence]
    assert _quotes("Ja, ik zal kijken of dat in deze fase van het onderzoek nog kan worden meegenomen.") != []
    assert _quotes("We gaan voor de zomer kijken of er iets kan gebeuren aan de busverbindingen.") != []


def test_a_bare_yes_after_the_minister_restates_the_members_request_is_a_promise() -> None:
    reply = ("Dan de natuur. Maar zij vroeg iets anders, namelijk of de Kamer het ontwerp voor 1 september krijgt. Ja. "
             "Dan kunnen we er nog een goed debat over voeren.")
    assert _reply_to("Krijgt de Kamer het ontwerp van het natuurherstelplan voor 1 september?", reply) == ["Ja."]
    # a yes to a question of fact restated is no promise
    assert _reply_to("Klopt het dat de kosten zijn gestegen?",
                     "Dan de kosten. Hij vroeg of het klopt dat de kosten zijn gestegen. Ja. Dat is zo.") == []


def test_a_yes_to_a_request_to_be_honest_now_is_the_answer_that_follows() -> None:
    reply = ("Dan de visa. Mevrouw Yilmaz vroeg me om eerlijk te zijn over de wachttijden voor familiebezoek. Dat zal ik doen. "
             "Die wachttijden zijn in sommige posten gewoon te lang.")
    assert _reply_to("Ik wil de minister vragen daar gewoon eerlijk over te zijn.", reply) == []


@pytest.mark.parametrize("sentence", [
    "Ik zal de gedeputeerden van Groningen en Drenthe voor het volgende BO MIRT uitnodigen om over de cofinanciering te spreken.",
    "Ik vraag onze ambassade in Kinshasa om na te gaan wat er van die berichten klopt, en ik informeer de Kamer daarover "
    "zodra ik het antwoord heb.",
])
def test_promises_of_the_tenth_probe_set_are_found(sentence: str) -> None:
    """Written from the language: a tenth probe set, tweeminutendebatten and motions (round 12)."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "De motie op stuk nr. 623 is ontijdig; daar kom ik op terug in de brief over het vestigingsklimaat.",  # E6
    "Mevrouw Nijhof vroeg wat ik doe tegen nepaccounts die massaal berichten over de stemprocedure verspreidden.",
    "Zodra die evaluatie er is, krijgt u die, zoals dat gebruikelijk is.",  # E2
    "Nou, ik kan heel veel toezeggen, maar niet dat box 3 ooit nog simpel wordt.",
])
def test_look_alikes_of_the_tenth_probe_set_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_a_promise_after_the_minister_turns_to_another_members_question_is_its_own() -> None:
    first = "Ik zal in de brief over het vestigingsklimaat, die voor Prinsjesdag komt, specifiek ingaan op de huisvesting."
    second = "Dat ga ik nagaan bij Techleap, en u hoort het voor het eind van de maand."
    text = (f"{first} Mevrouw Van der Meer vroeg hoeveel startups vorig jaar naar de Verenigde Staten zijn vertrokken. "
            f"Dat weet ik niet. {second}")
    assert _quotes(text) == [first, second]


def test_a_bare_yes_and_the_promise_two_sentences_on_are_one_promise() -> None:
    quotes = _reply_to("Gaat de staatssecretaris met de gemeente Rotterdam in gesprek over de schuldhulp, ja of nee?",
                       "Ja. Ik heb er in de eerste ronde wat omheen gedraaid, dat geef ik toe. Ik ga dat gesprek met de "
                       "wethouder aan, en ik meld u de uitkomst in de volgende voortgangsrapportage.")
    assert len(quotes) == 1 and quotes[0].startswith("Ja.") and quotes[0].endswith("voortgangsrapportage.")


@pytest.mark.parametrize("sentence", [
    "Ik wil dit graag opbrengen in het gesprek dat ik volgende maand met de burgemeester van Utrecht heb.",
    "Ik wil dat graag met onze ambassadeur in Rabat bespreken; ik spreek haar volgende week toch.",
    "Ik zoek het op en stuur het u na dit debat toe, uitgesplitst per land als dat lukt.",
    "Prima, dan stuur ik u dat, vertrouwelijk, via de griffie.",
    "Ja, u hoort ervan, voor het zomerreces.",
    "Wat ik wel ga doen, is in die brief ook aangeven wat een verhoging van de drempel ongeveer kost.",
])
def test_promises_of_the_thirteenth_probe_set_are_found(sentence: str) -> None:
    """Written from the language: a thirteenth probe set, interruptions in two or three rounds (round 13)."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Nou, dan de vervolgvraag: of ik dan in ieder geval een brief wil sturen.",  # the question said again
    "Ik beloof u: dit is mijn laatste punt in dit blokje.",  # the road map
    "Als er nieuwe informatie komt over de bodemdaling, nemen we die natuurlijk mee in het besluit.",  # E3
    "Ik wil graag met u bespreken hoe we dat in de toekomst doen.",  # this debate's talk
])
def test_look_alikes_of_the_thirteenth_probe_set_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


@pytest.mark.parametrize(("restated", "yes"), [
    ("Dan de vraag van de heer Koopmans of hij dat overzicht voor de begrotingsbehandeling als toezegging mag noteren.",
     "Ja. Dat kunt u noteren."),
    ("De heer Bakker vraagt of ik het onderzoek van Regioplan wil sturen voordat we het wetsvoorstel behandelen.", "U krijgt het."),
    ("De heer Van Gils vraagt of ik een bijeenkomst met de omwonenden wil organiseren.", "Goed, dat doen we."),
])
def test_short_yeses_after_the_request_said_again_are_promises(restated: str, yes: str) -> None:
    quotes = _reply_to("Kan de minister dat toezeggen?", f"Voorzitter. Dan dat punt. {restated} {yes} Daar is het hoog tijd voor.")
    assert quotes == [yes]


def test_a_yes_that_says_it_will_do_what_was_asked_is_found_with_wel() -> None:
    assert _quotes("Dat wil ik wel doen.") == ["Dat wil ik wel doen."]


@pytest.mark.parametrize("sentence", [
    "Ik zal een nota van wijziging indienen waarin expliciet wordt opgenomen dat een coöperatie als publieke partij kan gelden.",
    "Ik zal in de nota van wijziging die ik na dit debat indien, de drempel voor openbaarmaking verlagen naar 1.000 euro.",
    "Ik zal uw Kamer jaarlijks, voor het eerst in het voorjaar van 2019, per brief rapporteren over het aantal lasten.",
    "Ik zal de Kamer in de halfjaarrapportage van de Douane van juni een apart overzicht geven van de onderschepte zendingen.",
])
def test_promises_of_the_twelfth_probe_set_are_found(sentence: str) -> None:
    """Written from the language: a twelfth probe set, plenary debates on bills and the Eerste Kamer
    (round 13): a nota van wijziging, a new yearly report ("voor het eerst"), a document with an adjective."""
    assert _quotes(sentence) == [sentence]


def test_a_yearly_report_that_exists_is_still_policy() -> None:
    assert _quotes("Ik zal uw Kamer jaarlijks per brief rapporteren over het aantal lasten, zoals de wet voorschrijft.") == []


def test_the_question_said_again_is_no_promise_but_talks_about_a_question_are() -> None:
    assert _quotes("Dan de vraag of ik kan toezeggen dat we opzeggen bij claims tegen klimaatmaatregelen.") == []
    sentence = "Ik ga met de raad van bestuur van UWV in gesprek over de vraag of de inzet kan worden opgeschaald, voor de zomer."
    assert _quotes(sentence) == [sentence]


def test_a_yes_after_any_question_said_again_is_a_promise_when_the_member_asked_for_one() -> None:
    reply = "Voorzitter. Mevrouw Lammers vroeg of de evaluatie naar voren kan, naar drie jaar. Ja. Ik vind dat ook logisch."
    assert _reply_to("Kan de staatssecretaris toezeggen dat de wet al binnen drie jaar wordt geëvalueerd?", reply) == ["Ja."]
    assert _reply_to("Wordt de wet na vijf jaar geëvalueerd?", reply) == []


def test_a_yes_after_the_minister_says_he_will_go_into_the_question_is_the_answer_that_follows() -> None:
    reply = "Voorzitter. De heer Sneijder stelt een terechte vraag, en ik wil er ook serieus op ingaan. Dat zal ik doen. Het wetsvoorstel ..."
    assert _reply_to("Gaat de minister de AP vragen om een toets te doen?", reply) == []


@pytest.mark.parametrize("sentence", [
    "Ik zal u de compromistekst toesturen zodra die niet meer als limité geldt.",  # the "niet" is the condition's
    "De kabinetsappreciatie van dat grondstoffenplan stuur ik u vóór de Raad Handel van 20 maart.",
    "Ik zal in de Raad voorstellen dat zij de gevangenen meeneemt in haar eerstvolgende gesprek met de regering.",
    "Ik laat UWV uitzoeken hoeveel mensen langer dan de wettelijke termijn hebben gewacht, en ik stuur u dat overzicht "
    "bij de volgende voortgangsbrief.",
    "Ik ga met het bestuur van het ziekenhuis in gesprek, en ik informeer u over de uitkomst voordat er een besluit valt.",
])
def test_promises_of_the_fifteenth_and_sixteenth_probe_sets_are_found(sentence: str) -> None:
    """Written from the language: probe sets on EU Councils and on care and social security (round 14)."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Ik ga in januari naar Dubai, zoals u in de brief over de aanpak van ondermijning al heeft kunnen lezen.",  # E2
    "Zodra er meer duidelijkheid is over de staalheffing, zullen we het bedrijfsleven daarover informeren.",  # not the Kamer
    "Bij de evaluatie zullen we de nieuwe inzichten natuurlijk wel inbrengen.",  # E3
    'Ik heb in de eerste termijn, als ik het me goed herinner, een paar keer "dat ga ik uitzoeken" gezegd.',
])
def test_look_alikes_of_the_fifteenth_and_sixteenth_probe_sets_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_informing_the_kamer_about_the_outcome_is_still_a_promise() -> None:
    sentence = "Ik zal u voor de zomer over de uitkomsten informeren."
    assert _quotes(sentence) == [sentence]


def test_a_member_asking_whether_the_minister_will_be_honest_gets_the_answer_that_follows() -> None:
    reply = "Voorzitter. Mevrouw Van Wijk vraagt of ik eerlijk wil zijn over de kosten. Dat zal ik doen. De uitvoering kost geld."
    assert _reply_to("Hoe staat het met de kosten voor gemeenten?", reply) == []


@pytest.mark.parametrize("sentence", [
    "Wat ik wel kan doen, is bij het College van procureurs-generaal navragen hoe vaak zaken zijn geseponeerd, en dat cijfer "
    "stuur ik u toe.",
    "Hoe het bij de marechaussee precies zit, weet ik niet uit mijn hoofd; dat ga ik na bij de commandant, en dat neem ik "
    "mee in dezelfde brief.",  # not knowing is why the minister checks
])
def test_promises_of_the_nineteenth_probe_set_are_found(sentence: str) -> None:
    """Written from the language: a nineteenth probe set, commission debates on justice and police (round 15)."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Die laat ik aan het oordeel van de Kamer, want we gaan in kaart brengen wat een minimumbezetting zou kosten.",  # E6
    "Maar ik beloof niks.",
])
def test_look_alikes_of_the_nineteenth_probe_set_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_a_refusal_is_still_no_promise_when_the_minister_also_says_what_he_knows() -> None:
    assert _quotes("Ik weet niet of dat kan, en ik ga u niet toezeggen dat ik dat uitzoek.") == []


def test_an_opening_yes_after_the_address_to_the_chair_is_a_promise() -> None:
    assert _reply_to("Gaat de minister de Kamer voor de verkiezingen per brief informeren? Kan ik dat als toezegging noteren?",
                     "Voorzitter. Jazeker. Absoluut. Dat lijkt me ook belangrijk.") != []


def test_a_yes_after_the_minister_says_the_member_asked_for_a_letter_is_a_promise() -> None:
    reply = "Voorzitter. De heer Aarts vraagt om een brief voor 1 april. Ja. Wel in algemene termen."
    assert _reply_to("Worden de medewerkers van de marechaussee ook gescreend?", reply) == ["Ja."]


def test_a_member_asking_for_an_honest_answer_without_een_gets_the_answer_that_follows() -> None:
    reply = "Voorzitter. De heer Verhoef vraagt mij daar eerlijk antwoord op te geven. Dat zal ik doen. De locatie is bedoeld ..."
    assert _reply_to("Waarom worden ze daar niet allemaal naartoe gestuurd?", reply) == []


@pytest.mark.parametrize("sentence", [
    "Het rapport stuur ik u dan ongewijzigd door.",
    "Ik ga hier volgende maand met de Friese zorgverzekeraar en de huisartsenkring over spreken.",
])
def test_promises_of_the_eighteenth_probe_set_are_found(sentence: str) -> None:
    """Written from the language: an eighteenth probe set, plenary debates of 2020 to 2023 (round 15)."""
    assert _quotes(sentence) == [sentence]


def test_a_report_back_on_an_unlikely_event_is_no_promise() -> None:
    assert _quotes("Mocht er in Brussel toch nog iets bewegen, dan hoort u dat natuurlijk.") == []


def test_a_yes_after_the_members_question_quoted_is_a_promise() -> None:
    reply = ("Voorzitter. Dan het lezen. De heer Kloosterman vroeg: gaat de minister dit uitwerken in een plan van aanpak met "
             "concrete doelen per school? Jazeker. Want geld zonder doelen, dat hebben we te vaak gezien.")
    assert _reply_to("Wat doet de minister aan de leesvaardigheid?", reply) == ["Jazeker."]


def test_a_yes_to_going_into_a_proposal_seriously_is_the_answer_that_follows() -> None:
    reply = "Voorzitter. De heer Van Wijk vraagt of ik serieus wil ingaan op zijn voorstel. Dat zal ik doen. Zijn voorstel is sympathiek."
    assert _reply_to("Hoe kijkt de staatssecretaris aan tegen extra cellen?", reply) == []


def test_every_keyword_gate_names_exactly_one_cue() -> None:
    """A gate whose key no longer names its cue (the cue reworded) silently stops speeding it up; one
    naming two would gate a cue with another's words."""
    for key, _ in _KEYWORDS:
        assert sum(key in pattern.pattern for pattern, _ in CUES) == 1, key


@pytest.mark.parametrize("sentence", ["Ik zoek het op.", "Ik laat UWV dat onderzoeken.", "Ik laat het CPB dat doorrekenen."])
def test_a_check_is_found_whatever_other_words_the_sentence_holds(sentence: str) -> None:
    """The keyword gate of the separable verbs let these through only when "uit", "na", "weten" or
    "hoogte" happened to stand elsewhere in the sentence ("Ik zoek het op en stuur het u na dit debat toe")."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("question", [
    "En wil hij ook met de schippers zelf praten?",
    "Praat de minister daarover met zijn collega van Defensie, zodat we niet voor een voldongen feit staan?",
    "Wil de minister daarover met de woningcorporaties om tafel?",
])
def test_talks_the_member_asked_for_in_any_words_are_a_promise(question: str) -> None:
    """A twenty-second probe set, commission debates on infrastructure, housing and energy (round 16)."""
    reply = "Voorzitter. Ik ga met de sector in gesprek over de schade die zij oplopen."
    assert _reply_to(question, reply) == ["Ik ga met de sector in gesprek over de schade die zij oplopen."]


def test_undated_talks_nobody_asked_for_stay_the_cabinets_course_unless_the_minister_goes_in_person() -> None:
    assert _quotes("Ik ga met de sector in gesprek over de schade die zij oplopen.") == []
    in_person = "Ik ga zelf met Zorginstituut Nederland in gesprek over de vraag of ergotherapie ruimer vergoed kan worden."
    assert _quotes(in_person) == [in_person]


def test_talks_round_the_table_before_a_date_are_a_promise() -> None:
    sentence = "Ik ga daarover met Aedes en de Woonbond om tafel, en dat doe ik nog voor het zomerreces."
    assert _quotes(sentence) == [sentence]


def test_a_promise_that_opens_by_adding_is_an_act_of_its_own() -> None:
    first = "De precieze cijfers heb ik nu niet, maar die stuur ik u binnen twee weken schriftelijk."
    second = "Daarnaast zal ik de Belastingdienst vragen om samen met de KNB na te gaan hoe vaak de vrijstelling ten onrechte is toegepast."
    assert _quotes(f"{first} {second}") == [first, second]


@pytest.mark.parametrize("addition", ["Ook zal ik daarin ingaan op wat de regio's zelf doen.", "Ook zal ik daar in die brief op ingaan."])
def test_what_goes_into_the_document_that_opens_with_ook_is_still_the_same_promise(addition: str) -> None:
    text = f"Ik zal de Kamer voor de zomer een brief sturen over de wachttijden. {addition}"
    assert _quotes(text) == [text]


def test_a_check_of_what_the_minister_does_not_know_is_its_own_promise() -> None:
    first = "Ik zal daar bij de beantwoording van die vragen ook ingaan op de rol van de AFM."
    text = (f"{first} Want dat is de kern van haar zorg. Of de AFM al boetes heeft opgelegd, weet ik eerlijk gezegd niet. "
            "Dat ga ik na.")
    assert _quotes(text) == [first, "Dat ga ik na."]


@pytest.mark.parametrize("sentence", [
    "Ik ga volgende week in Veldhoven met de directie praten, en ik zal daarbij expliciet de positie van de "
    "toeleveranciers op tafel leggen.",
    "Ik zal de president-directeur van NS deze week nog bellen over de uitval in Limburg.",
])
def test_promises_of_the_twenty_first_probe_set_are_found(sentence: str) -> None:
    """Written from the language: a twenty-first probe set, question hours and short plenary debates (round 16)."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Ik zal, nou ja, ik kan er in elk geval voor zorgen dat ik er in elk overleg met de instellingen op blijf hameren.",
    "Ik ga er in de gesprekken met de samenwerkingsverbanden wel heel scherp op zitten dat ze de ouders beter informeren.",
    "Wel ga ik, en dat staat al in die brief van juni, in Europa pleiten voor strengere typekeuring van deze fietsen.",
    "Ik ga wel met de gedeputeerden in gesprek over hun aanvragen; dat gesprek stond al gepland voor volgende maand.",
    # the time belongs to the effort, not to the talks
    "Ik ga me ervoor inzetten dat we daar in de loop van dit jaar een stap in zetten, maar ik ga eerst met de sector praten.",
])
def test_look_alikes_of_the_twenty_first_probe_set_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_a_yes_to_the_members_request_asked_again_as_a_question_is_a_promise() -> None:
    reply = ("Voorzitter. Er is al een aanpak voor winkelstraten. Gaan we dat uitwerken in een plan van aanpak, en krijgt de "
             "Kamer dat voor de zomer? Zeker. Ik ga daarvoor eerst met de VNG om tafel; dat overleg stond al gepland.")
    assert _reply_to("Wat doet de minister aan de leegstand?", reply) == ["Zeker."]


def test_a_yes_after_a_question_that_asks_for_nothing_is_no_promise() -> None:
    reply = "Voorzitter. Is de leegstand in de winkelstraten een probleem? Zeker. Daar is de aanpak voor."
    assert _reply_to("Wat doet de minister aan de leegstand?", reply) == []


def test_a_request_of_the_member_before_the_last_is_read() -> None:
    """A reply that answers a member and the one who followed: the opening yes answers the first's request."""
    debate = _debate(("Wuite", "member", "Kan de minister toezeggen dat de Kamer voor het kerstreces een overzicht krijgt?"),
                     ("Jansen", "member", "Wil de minister ook kijken naar mensen net boven de grens?"),
                     ("Dekker", "minister", "Voorzitter. Ja. Ik vind het ook belangrijk dat we weten hoe het ervoor staat."))
    assert [f.quote for f in find_commitments(debate)] == ["Ja."]


def test_a_yes_to_the_chair_after_a_whole_first_term_is_no_promise() -> None:
    debate = _debate(("Wuite", "member", "Kan de minister toezeggen dat de Kamer voor het kerstreces een overzicht krijgt?"),
                     ("Jansen", "member", "Ik heb nog een vraag over de grens."),
                     ("Pool", "chair", "We schorsen tot 14.15 uur. Hebt u daar voldoende aan?"),
                     ("Dekker", "minister", "Jazeker. Ik begreep dat er groepsgewijs wordt gestemd."))
    assert find_commitments(debate) == []


@pytest.mark.parametrize("sentence", [
    "Ik ga dan met hem na wat hij nodig heeft aan beveiliging en ondersteuning.",
    "Ik stuur het u na, samen met de verklaring waarom de norm niet wordt gehaald.",
    "Dat gesprek ga ik met de bestuursvoorzitter van het COA voeren, en ik informeer u over de uitkomst voor het volgende "
    "AO vreemdelingenbeleid.",
])
def test_promises_of_the_twenty_fourth_probe_set_are_found(sentence: str) -> None:
    """Written from the language: a twenty-fourth probe set, algemeen overleggen of 2015 to 2019 (round 17)."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "En verder – even los van de cijfers – we blijven er bovenop zitten, dat beloof ik u wel.",
    "Zoals ik in mijn brief van maart al heb geschreven, krijgt de Kamer de evaluatie van de taskforce in het najaar.",
    "Het kabinet is voornemens de regeling te vereenvoudigen, en daarover krijgt u voor de zomer een wetsvoorstel, zoals "
    "in de brief van februari al is aangekondigd.",
    "Over de uitkomst daarvan hoort u van mij bij de gebruikelijke geannoteerde agenda van de Landbouw- en Visserijraad.",
    "Als ik dat advies heb, zal ik de Kamer daarover natuurlijk informeren zoals de wet dat voorschrijft.",
    "Ik zal de vragen per missie beantwoorden, te beginnen met Mali, want daar gingen de meeste vragen over.",
    "Ik zal bezien of we in de volgende vergunningen strengere dekkingseisen kunnen opnemen.",
    "Dat neem ik wel mee in mijn verdere gesprekken met de sector.",
])
def test_look_alikes_of_the_twenty_fourth_probe_set_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_a_look_with_a_report_back_is_still_a_promise() -> None:
    sentence = ("Het kabinet zal bezien of er ruimte is voor zo'n grens, en ik zal uw Kamer daarover voor het einde van dit "
                "jaar bij brief berichten.")
    assert _quotes(sentence) == [sentence]


def test_an_agreement_accepted_is_a_promise() -> None:
    reply = ("Voorzitter. Mevrouw Oostveen vraagt of we kunnen afspreken dat ik met de KNVB een plan van aanpak maak. "
             "Ja, dat kunnen we afspreken. De KNVB heeft bovendien al veel gedaan.")
    assert _reply_to("Wat doet de staatssecretaris aan racisme op de amateurvelden?", reply) == ["Ja, dat kunnen we afspreken."]


@pytest.mark.parametrize("request_", ["De heer Remmers vroeg of ik nog wil ingaan op de groeiruimte van Schiphol.",
                                      "De heer Pronk vraagt of ik kan uitleggen waarom de vergoeding lager is."])
def test_a_yes_to_explaining_something_now_is_the_answer_that_follows(request_: str) -> None:
    assert _reply_to("Hoe zit het met Schiphol?", f"Voorzitter. {request_} Dat zal ik doen. Het principe is helder.") == []


def test_a_yes_to_going_into_a_point_in_a_letter_is_a_promise() -> None:
    reply = ("Voorzitter. Mevrouw Bakker vroeg of ik in de voortgangsbrief voor de zomer ook wil ingaan op de "
             "zij-instromers. Ja, dat zeg ik toe.")
    assert _reply_to("Kan de minister toezeggen dat hij in de voortgangsbrief op deze groep ingaat?", reply) == ["Ja, dat zeg ik toe."]


@pytest.mark.parametrize("sentence", [
    "Ik zal dat voorstel van de heer Strolenberg volgende week bij de NAVO-ministeriële inbrengen.",
    "Ik zal de toelating van RENURE als kunstmestvervanger op 21 maart in de Landbouw- en Visserijraad opnieuw agenderen.",
    "Dat laat ik uitzoeken, en ik meld het u in de eerstvolgende stand-van-zakenbrief.",
])
def test_promises_of_the_twenty_fifth_probe_set_are_found(sentence: str) -> None:
    """Written from the language: a twenty-fifth probe set, plenary debates of 2021 and 2022 (round 17)."""
    assert _quotes(sentence) == [sentence]


def test_talks_held_every_week_are_routine() -> None:
    assert _quotes("Ik ga deze week weer met de energieleveranciers om tafel, zoals elke week sinds de zomer.") == []


def test_an_offer_the_next_sentence_promises_is_quoted_with_the_promise() -> None:
    offer = "Wat ik wel kan doen, is de notulen van het OMT binnen vier weken naar de Kamer sturen."
    assert _quotes(f"Alles openbaar maken, dat ga ik niet doen. {offer} Dat zeg ik u toe.") == [f"{offer} Dat zeg ik u toe."]


@pytest.mark.parametrize("sentence", [
    "Ik zal bij de evaluatie van de wet specifiek laten onderzoeken wat de toets heeft betekend voor de technische opleidingen.",
    "Dat kan ik toezeggen: ik stuur u elk halfjaar een voortgangsbrief over de transitie, de eerste voor 1 juli.",
    "Die vraag beantwoord ik schriftelijk, voor de stemmingen, zodat u er in uw afweging rekening mee kunt houden.",
    "Ik zal u daarom voortaan elk kwartaal de cijfers over heenzendingen sturen, de eerste keer voor het kerstreces.",
])
def test_promises_of_the_twenty_seventh_and_twenty_eighth_probe_sets_are_found(sentence: str) -> None:
    """Written from the language: a twenty-seventh probe set, the Eerste Kamer, and a twenty-eighth, commission
    debates where a minister and a state secretary answer in turn (round 18)."""
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Ik stuur u elk halfjaar een voortgangsbrief over de transitie.",  # a routine report, said in passing
    "Ik ben bereid om dat in de evaluatie te betrekken, maar dan vraag ik de Kamer wel om dat via een motie te vragen.",
    "We doen er alles aan om families zo goed mogelijk op de hoogte te houden.",
    "Ik wil de Kamer zo goed als mogelijk informeren en meenemen.",
    "Ik neem het punt van de gastouders zeker mee in de verdere uitwerking.",
])
def test_look_alikes_of_the_twenty_seventh_and_twenty_eighth_probe_sets_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_a_negation_before_the_ministers_own_main_clause_does_not_undo_the_report_back() -> None:
    """Mini-debates of many turns (round 19)."""
    sentence = ("Ik ga met de PO-Raad en de VO-raad in gesprek over de vraag waarom die afspraken op veel scholen niet "
                "worden nagekomen, en ik laat de Kamer weten wat dat gesprek heeft opgeleverd.")
    assert _quotes(sentence) == [sentence]
    # ... while what excludes the first clause still does (E6)
    assert _quotes("Die krijgt oordeel Kamer, want dat nemen we mee in de bouwstenen, en ik zal u dat overzicht "
                   "daarbij doen toekomen.") == []


@pytest.mark.parametrize("sentence", [
    "Ik zal dit maandag zelf inbrengen in het bestuurlijk overleg met de gedeputeerden.",
    "Ik ga volgende week naar Loppersum, en dan spreek ik ook met de ondernemersvereniging.",
])
def test_promises_of_the_mini_debates_are_found(sentence: str) -> None:
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Daar kom ik, als ik iets te melden heb, vanzelf op terug.",
    "Ik wil eerst de cijfers zien; ik vraag haar de motie aan te houden, en anders ontraad ik haar.",
    "De Kamer wordt op grond van het Defensie Materieel Proces al geïnformeerd zodra een project de eerste fase ingaat.",
])
def test_look_alikes_of_the_mini_debates_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_talks_asked_for_as_bespreken_and_said_as_dat_gesprek_ga_ik_voeren_are_a_promise() -> None:
    assert _reply_to("Wil de minister met de minister van Landbouw bespreken of die middelen van de markt kunnen?",
                     "Ja, dat gesprek ga ik voeren. Het Ctgb is onafhankelijk.") == ["Ja, dat gesprek ga ik voeren."]


def test_a_member_asking_for_a_serious_answer_gets_the_answer_that_follows() -> None:
    assert _reply_to("Ik wil echt een serieus antwoord op de vraag wanneer er een verbod komt.",
                     "Dat zal ik doen. Een verbod moet Europees geregeld worden.") == []


def test_a_yes_after_a_request_for_talks_said_again_is_a_promise() -> None:
    reply = ("Voorzitter. De heer Brouwers vroeg of ik LTO en de natuurorganisaties voor de kerst samen om tafel haal. "
             "Jazeker. Absoluut.")
    assert _reply_to("Ik dien een motie in.", reply) == ["Jazeker."]


@pytest.mark.parametrize("sentence", [
    "Ik zal het punt van de heer Bakkenes over de kosten voor kleine ondernemers bij mijn collega van Economische Zaken neerleggen.",
    "Ik zal het punt van mevrouw Van Beek inbrengen in mijn volgende bestuurlijk overleg met de VNG.",
    "Goed. Ik zal een jaar na de inwerkingtreding bij de gemeenten uitvragen hoe vaak zij van die ruimte gebruikmaken, en "
    "de uitkomst daarvan stuur ik naar de Kamer.",
    "Ik zal u tot aan de inwerkingtreding elke maand een korte voortgangsrapportage sturen over de stabiliteit van het DSO.",
])
def test_more_promises_of_the_mini_debates_are_found(sentence: str) -> None:
    assert _quotes(sentence) != [] and sentence.endswith(_quotes(sentence)[-1])


def test_the_road_map_through_one_members_questions_is_no_promise() -> None:
    assert _quotes("Ik ga de vijf vragen van de heer Van Wijnen een voor een langs, en daarna zeg ik iets over de regio.") == []


def test_a_short_yes_and_the_promise_two_sentences_on_are_one_promise() -> None:
    reply = ("Ja, dat kan ik doen. Die gegevens hebben we eigenlijk al. Ik zal in de eerstvolgende Staat van de "
             "Volkshuisvesting per gemeente inzichtelijk maken hoe het staat met het aandeel sociale huur.")
    assert _reply_to("Wil de minister dat per gemeente laten zien?", reply) == [reply]


def test_talks_asked_for_round_the_table_and_taken_up_in_person_are_a_promise() -> None:
    reply = "Ja. Ik ga met Aedes en met een paar kleine corporaties zelf in gesprek over welke regels lichter kunnen."
    assert _reply_to("Gaat de minister nu ook echt met Aedes om de tafel?", reply) == [reply]


def test_a_yes_to_noting_that_the_minister_comes_with_a_plan_is_a_promise() -> None:
    assert _reply_to("Kan ik noteren dat de staatssecretaris voor het einde van het jaar met een plan komt?",
                     "Jazeker. Dat plan komt er.") != []


def test_a_yes_to_going_into_the_question_now_is_the_answer_that_follows() -> None:
    assert _reply_to("De minister is nog niet ingegaan op mijn vraag. Kan hij daar nog even op ingaan?",
                     "Dat zal ik doen. De reden is heel simpel.") == []


# Round 20: mini-debates where a minister and a state secretary answer in turn (debates-4).
@pytest.mark.parametrize("sentence", [
    "Het precieze aantal heb ik niet bij de hand; dat ga ik navragen bij de Nationaal Coördinator Groningen, en dat hoort u "
    "deze week nog.",
    "Ik zal in de eerste suppletoire begroting per defensieonderdeel laten zien waar de onderbesteding zit.",
    "Wat ik mevrouw Nijenhuis wel kan toezeggen, is dat ik de uitstroomcijfers nog voor het zomerreces apart naar haar stuur.",
    "Voor deze familie zou ik willen zeggen: ik zal de ambassade in Caïro vragen deze week nog contact op te nemen met de familie.",
    "Ik zal de Georgische ambassadeur op het ministerie ontbieden om onze zorgen over de wet over te brengen.",
    "Vanaf oktober stuur ik u elke maand een overzicht van het aantal heengezonden gedetineerden, per delictcategorie.",
    "Ja, ik ben bereid dat aan de orde te stellen: ik breng het in bij de JBZ-Raad van juli.",
    "Wat ik toezeg, is dat ik het advies van de Autoriteit Persoonsgegevens tegelijk met de ontwerp-AMvB aan uw Kamer voorleg.",
    "Wat ik kan doen, en ook ga doen, is de ACM vragen om in die marktscan te kijken naar de tarieven voor kleine gemeenten.",
    "Dat regel ik.",
    "Dus wat de heer Oudejans vraagt: ik neem het mee naar mijn eerstvolgende bestuurlijk overleg met de VNG.",
    "Dat vind ik een redelijke vraag, en het antwoord is dat ik hem u toestuur zodra hij er ligt.",
    "Ik vraag die cijfers bij alle GI's op, per regio, en voor het kerstreces heeft u ze.",
])
def test_promises_of_the_mini_debates_of_two_members_of_the_cabinet_are_found(sentence: str) -> None:
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Ik ga in op de overlast; daarna neemt de staatssecretaris de andere vragen.",
    "Ja, dat rapport wordt, zoals alle inspectierapporten, openbaar gemaakt en aan de Kamer gestuurd.",
    # a frame of saying only opens the clause when it is the minister's own
    "Het zou raar zijn als ik zou zeggen: ik ga vooral sturen op het verminderen van het verdienvermogen.",
    "Wat ik niet kan toezeggen, is dat ik de cijfers voor de zomer stuur.",
    # what a colleague said the speaker will do: the colleague's promise on the speaker's behalf, said again
    "De minister zei dat ik u over de wachttijden zal informeren.",
    "De minister-president heeft al gezegd dat ik de Kamer over het onderzoek naar de oorzaak zal informeren.",
    "Daar kom ik bij de appreciatie van de amendementen op terug.",
    "Over de aanpak daarvan informeer ik uw Kamer al twee keer per jaar via de voortgangsbrief sociaal-medische beoordelingen.",
    "Op de dienstplicht kom ik bij de moties nog terug, want ik verwacht dat daar een motie over komt.",
    "Wanneer precies, dat wil ik eerst nagaan bij ProRail; dat hoort u in de tweede termijn van mij.",
    "De resultaten zelf stuur ik u in september, zoals ik al zei.",
    "Eigenlijk heeft u die al: in de brief van 12 maart staat het hele tijdpad.",
    "Dan heeft u die informatie voordat u uw stem uitbrengt.",
])
def test_look_alikes_of_the_mini_debates_of_two_members_of_the_cabinet_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_a_yes_that_takes_along_what_the_member_asked_to_add_is_a_promise() -> None:
    asked = "Wil de staatssecretaris in die evaluatie in het najaar ook de overheid zelf meenemen?"
    assert _reply_to(asked, "Zeker, dat neem ik mee. Dan ziet u ook welk ministerie achterloopt.") == ["Zeker, dat neem ik mee."]
    assert _reply_to(asked, "Die suggestie neem ik mee. Dan ziet u ook welk ministerie achterloopt.") == []  # no yes


def test_a_serious_answer_the_minister_promises_himself_is_the_answer_that_follows() -> None:
    assert _reply_to("Wat is het echte prijskaartje?",
                     "Dat is een terechte vraag, en ik zal die serieus beantwoorden. Dat zal ik doen. De kosten zijn gestegen.") == []


def test_a_yes_to_reacting_now_is_the_answer_that_follows_and_a_reaction_in_writing_is_a_promise() -> None:
    reply = "Mevrouw Van Gaal vraagt me te reageren op de video uit Twente. Dat zal ik doen. Ik vond de beelden afschuwelijk."
    assert _reply_to("Ik dien een motie in.", reply) == []
    assert _reply_to("Wil de minister schriftelijk reageren op de video uit Twente?",
                     "Dat zal ik doen. Ik vond de beelden afschuwelijk.") == ["Dat zal ik doen."]


def test_what_goes_into_the_letter_just_named_is_a_promise() -> None:
    reply = ("Mevrouw Ravenstein: de brief over de leges komt voor 1 oktober. Ik neem daarin ook mee bij hoeveel gemeenten de "
             "leges kostendekkend zijn.")
    assert _reply_to("Kan daar ook in staan bij hoeveel gemeenten de leges kostendekkend zijn?", reply) != []


@pytest.mark.parametrize("request_", ["De heer Koç vroeg mij in te gaan op het recht op papier.",
                                      "De heer Hilgersom vroeg mij uit te leggen wie de kosten betaalt."])
def test_a_yes_to_a_request_restated_to_answer_now_is_the_answer_that_follows(request_: str) -> None:
    assert _reply_to("Ik dien een motie in.", f"{request_} Dat zal ik doen, en ik begin met het goede nieuws.") == []
    assert _reply_to("Ik dien een motie in.", "De heer Koç vroeg mij schriftelijk in te gaan op het recht op papier. "
                                              "Dat zal ik doen.") == ["Dat zal ik doen."]


def test_a_yes_to_noting_and_the_letter_it_promises_are_one_promise() -> None:
    reply = ("Dat mag u noteren. U krijgt na het go/no-go-moment in september een uitvoeringsverklaring van de Dienst "
             "Toeslagen. Ik stuur die brief aan beide Kamers.")
    assert len(_reply_to("Mag ik als toezegging noteren dat de staatssecretaris ons een uitvoeringsverklaring stuurt?", reply)) == 1


def test_talks_said_again_in_the_same_answer_are_the_same_promise() -> None:
    reply = ("Jazeker. Ik ga met ActiZ en de NVZ in gesprek over een minimale stagevergoeding. Ik kan niet beloven dat er een "
             "minimum uitkomt. Maar het gesprek ga ik voeren, en ik vind dat het gesprek nodig is.")
    assert len(_reply_to("Kan de minister toezeggen dat zij met de werkgevers in gesprek gaat?", reply)) == 1


@pytest.mark.parametrize("request_", ["Wil zij nu ingaan op Oost-Groningen?", "Wil hij dat nu doen?",
                                      "Wil de staatssecretaris daar ook op ingaan?", "Wil hij nu zeggen of de marechaussee controleert?"])
def test_a_yes_to_a_member_asking_for_the_answer_now_is_the_answer_that_follows(request_: str) -> None:
    assert _reply_to(request_, "Dat zal ik doen. De marechaussee controleert al sinds jaar en dag.") == []


def test_a_yes_to_a_member_asking_for_it_in_a_letter_is_still_a_promise() -> None:
    assert _reply_to("Wil de minister in de voortgangsbrief ook ingaan op de werkdruk?", "Dat zal ik doen.") == ["Dat zal ik doen."]


# Round 21: mini-debates in the words ministers use when they do not read from a list (debates-12 and -13): the present
# tense for the future, with a time, one document or the Kamer named; a third party asked to act; "Wat ik wel doe".
@pytest.mark.parametrize("sentence", [
    "De heer Heerema wil het per kwartaal zien; die cijfers zet ik vanaf de eerstvolgende halfjaarsrapportage apart in de "
    "rapportage.",
    "Een uitsplitsing naar nationaliteit heb ik niet bij de hand, dus die voeg ik toe aan de eerstvolgende Staat van Migratie.",
    "Drie jaar vind ik redelijk, dus de evaluatiebepaling pas ik in dezelfde nota van wijziging aan.",
    "Wel neem ik in de evaluatieopdracht op dat de positie van kleine kantoren apart wordt onderzocht.",
    "Ik bel deze week met de gezaghebber over een oplossing.",
    "Het gesprek dat de heer Van Hoorn vraagt, voer ik in december met de Vereniging Hogescholen.",
    "Volgende week ga ik naar Oosterwolde, en dan zit ik met het bestuur, de zorgverzekeraar, de huisartsen en de wethouders "
    "aan één tafel.",
    "Die vertrouwelijke briefing organiseer ik gewoon, nog voor het kerstreces.",
    "Ik wil weten waar die minuten zijn gebleven, en die tijdlijn ligt nog deze maand bij u.",
    "Dat laat ik het COA uitzoeken, en het antwoord heeft u voor de begrotingsbehandeling.",
    "Die lijst krijgt u na dat overleg, met per provincie wat er met die aanvragen gebeurt.",
    "In het verslag van die JBZ-Raad leest u wat zij daarop zegt.",
    "Dat getal geef ik u in de brief over de schuldenaanpak na de zomer.",
    "Zodra het rapport er is, stuur ik het u met mijn beleidsreactie.",
    "In de eerstvolgende voortgangsbrief laat ik voor de drie gebieden waar het het slechtst gaat zien wat we daar bijsturen.",
    "Daar heb ik geen enkel bezwaar tegen: ik zorg ervoor dat beide Kamers de regeling ten minste vier weken voor de "
    "inwerkingtreding ontvangen, zodat er nog ruimte is voor vragen.",
    "Ik vraag de NZa om specifiek voor deze regio na te gaan of na de sluiting iedereen binnen 45 minuten bij een SEH kan zijn.",
    "Daarom vraag ik de Inspectie Justitie en Veiligheid om de caseload bij Nidos te onderzoeken.",
    "In het bestuurlijk overleg vraag ik de PO-Raad concreet hoeveel van de werkdrukmiddelen in de klas terechtkomt.",
    "Daarom laat ik de provincies per provincie aanleveren hoeveel melders er in behandeling zijn.",
    "Ik leg de vraag naar de onzekerheidsmarges voor aan de KNAW, met het verzoek om een kort advies.",
    "Wat ik wel doe: vanaf de volgende Rapportage Vreemdelingenketen neem ik de verdwijningen op als aparte tabel.",
    "Wat ik wel doe, is in mijn reactie op het rapport apart ingaan op wat het betekent voor nachttreinen.",
    "Wat u wel van mij krijgt, zodra die raming er is, is een brief waarin ik per maatregel laat zien wat die doet.",
    "Wat ik kan doen, is de cijfers die er nu al zijn in een korte brief voor het zomerreces naar u sturen.",
    "Wat ik wel kan doen, is de SVB vragen hoeveel uitkeringen er tijdelijk zijn stopgezet.",
    "Doe ik.",
    "Komt goed.",
])
def test_promises_in_the_present_tense_of_the_mini_debates_are_found(sentence: str) -> None:
    assert _quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    # done, under way or going on anyway (E2, E3)
    "Die krijgt u al, de volgende in oktober; die staat gewoon in de planning.",
    "Wat ik wel doe, is de vaccinatiepilot uitbreiden; daarover heeft u in oktober een brief gehad.",
    "Wat we wel doen, is de cijfers in de voortgangsrapportage nauwgezet blijven volgen.",
    "Wat ik wel doe, is via gemeenten bekendheid geven aan de regeling in de nieuwsbrief, zoals we dat nu ook al doen.",
    "De minister van Defensie heeft u gisteren per brief geïnformeerd over de inzet van de vliegtuigen.",
    "Over de uitkomst leest u in het verslag van die Raad, zoals altijd.",
    "Over de onderhandelingen informeer ik uw Kamer, zoals afgesproken, via de geannoteerde agenda's van de Ecofin-Raad.",
    "Het wetsvoorstel versterking regie volkshuisvesting gaat dit najaar naar de Kamer.",
    "Verder komt er in het voorjaar de Monitor Voedselprijzen van Wageningen.",
    # an offer on the Kamer's wish, a choice left to it, an effort (E4, E3)
    "En als de Kamer vóór die tijd nog een technische briefing wil, dan organiseer ik die graag.",
    "Verder ga ik nog even in op het amendement van de heer Smit; dat laat ik aan de Kamer.",
    "De Commissie komt dit najaar met een voorstel, en daar zet ik op in.",
    "Als ik nu alle stappen op tafel ga leggen, dan organiseer ik Europese verdeeldheid.",
    # pending, or "let us see"
    "Die ligt morgen voor bij u.",
    "Of dat volledig wordt, laten we dan nog even zien.",
    # what points back to a promise made before (`repeats` dates it)
    "Dan heeft u hem ruim voor de begrotingsbehandeling.",
])
def test_look_alikes_in_the_present_tense_of_the_mini_debates_are_not(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_what_the_member_asked_to_add_said_to_be_in_it_is_a_promise_only_on_that_request() -> None:
    reply = "De uitsplitsing naar nationaliteit komt erin, voor zover het om meer dan tien kinderen gaat."
    assert _reply_to("Komt daarin ook een uitsplitsing naar nationaliteit?", reply) == [reply]
    assert _reply_to("Ik dien een motie in over de opvang.", reply) == []


def test_a_sentence_that_opens_on_another_member_is_a_promise_of_its_own() -> None:
    first = ("Ik vraag de Belastingdienst om het formulier met een panel van spaarders te testen, en de uitkomst daarvan deel "
             "ik voor de zomer met u.")
    second = ("De heer Heerema wil het per kwartaal zien; die cijfers zet ik vanaf de eerstvolgende halfjaarsrapportage apart "
              "in de rapportage.")
    assert _quotes(f"{first} {second}") == [first, second]


# Round 22: mini-debates in real debates' density (eval/commitments/probes/debates-16 and -17, written from).

def test_a_yes_that_does_not_say_to_what_is_quoted_with_the_act_it_goes_on_to() -> None:
    asked = "Gaat de minister met de wethouders in Twente praten? Mag ik dat noteren als een toezegging?"
    reply = "Ja, dat doe ik, zo gesteld. Ik ga voor de zomer naar Twente en spreek daar met de wethouders."
    assert _reply_to(asked, reply) == [reply]
    assert _reply_to(asked, "Ja, dat doe ik. Het is een belangrijk punt.") == ["Ja, dat doe ik."]


def test_a_yes_then_after_a_colon_what_the_kamer_gets_is_a_promise_and_a_confirmed_fact_is_not() -> None:
    asked = "Kan de minister toezeggen dat de Kamer die cijfers krijgt?"
    reply = ("Dat is een heldere vraag, en het antwoord is ja: in de voortgangsbrief van februari staat hoeveel "
             "huishoudens alsnog huurtoeslag ontvangen.")
    assert _reply_to(asked, reply) == [reply]
    assert _reply_to("Is die brief al verstuurd?", "Ja, dat klopt: de brief is in mei verstuurd.") == []


def test_a_negation_before_a_colon_that_opens_the_ministers_act_does_not_undo_it() -> None:
    reply = ("Ja, en ik doe dat niet via de koepel maar rechtstreeks: ik ga nog voor de kerst met de directeuren van de "
             "klinieken om tafel.")
    assert _reply_to("Gaat de minister met de klinieken praten?", reply) == [reply]


def test_a_negation_in_what_the_minister_finds_out_is_the_questions() -> None:
    promise = ("Ik ga bij het waterschap na waarom er in Meerssen geen kade stond, en dat antwoord stuur ik u voor het "
               "einde van de maand.")
    assert _quotes(promise) == [promise]
    assert _quotes("Ik ga niet na waarom er in Meerssen geen kade stond.") == []


def test_a_point_raised_at_a_periodic_meeting_or_laid_on_the_table_is_a_promise() -> None:
    raised = ("Ik heb in mei mijn periodieke overleg met de voorzitter van de Huurcommissie, en daar ga ik specifiek "
              "vragen wat de verwachte doorlooptijd is.")
    laid = "Ik zal het in het bestuurlijk overleg met de banken, dat in april op de agenda staat, zelf op tafel leggen."
    assert _quotes(raised) == [raised]
    assert _quotes(laid) == [laid]


def test_talks_at_the_table_and_the_explanatory_note_of_a_regulation_count_as_their_kind() -> None:
    talks = "Ik ga met de KNMP aan tafel over de vraag waarom juist kleinere apotheken stoppen."
    assert _reply_to("Gaat de minister met de apothekers om tafel?", talks) == [talks]
    note = "Bij de voorhang van de AMvB laat ik in de toelichting zien hoeveel mensen onder de uitzondering vallen."
    assert _quotes(note) == [note]


def test_a_motion_carried_out_a_routine_report_a_weighing_and_a_look_over_months_are_no_promises() -> None:
    assert _quotes("Die is in november aangenomen en die voeren we gewoon uit; daarom wordt nu samen met de "
                   "Fraudehelpdesk uitgezocht hoe zo'n meldpunt eruit moet zien.") == []
    assert _quotes("Die wordt uitgevoerd: we gaan de NZa vragen om een toets te doen, en dat nemen we op in de "
                   "beleidsregel die in het najaar wordt vastgesteld.") == []
    assert _quotes("Over de voortgang houd ik u op de hoogte via de voortgangsrapportage die u, zoals gebruikelijk, "
                   "elk kwartaal krijgt.") == []
    assert _quotes("Ik neem de vraag wel mee in mijn bredere afweging over de rol van het NCSC.") == []
    assert _quotes("We gaan de komende maanden met de branche kijken of een verkort traject mogelijk is.") == []
    dated = "We gaan voor de zomer met de branche kijken of een verkort traject mogelijk is."
    assert _quotes(dated) == [dated]


def test_noting_asked_for_after_the_act_and_a_promise_made_here_and_now_are_promises() -> None:
    noted = ("Goed, vóór 1 februari maak ik het afromingspercentage bekend, met een brief aan uw Kamer erbij; dat kunt u "
             "noteren.")
    assert _quotes(noted) == [noted]
    assert _quotes("Dat kan, dat is bij dezen toegezegd.") == ["Dat kan, dat is bij dezen toegezegd."]
    agreed = "Dat is goed: voor 1 juli maak ik met de netbeheerders afspraken over een standaardcontract."
    assert _reply_to("Kan de minister dat voor de zomer regelen?", agreed) == [agreed]


def test_what_goes_into_a_document_and_a_party_asked_count_as_acts() -> None:
    worked_out = "Ja, die variant werk ik uit, met de budgettaire gevolgen, in de brief die met de nota meegaat."
    described = "Daarnaast zal ik er kort in beschrijven hoe de discussie over het associatieakkoord is verlopen."
    asked = "Ik ga de ACM verzoeken om in de eerstvolgende tariefrapportage de kleine netten apart te tonen."
    laid = "Ik leg aan ResearchNed de vraag voor om in de volgende monitor de doorstroom per sector te tonen."
    for sentence in (worked_out, described, asked, laid):
        assert _quotes(sentence) == [sentence], sentence


def test_the_debates_own_course_is_no_promise() -> None:
    """Round 22's look-alikes: informing the Kamer now, a come-back at a later block of this debate, talking it over with
    the Kamer, keeping it short, making it concrete."""
    for sentence in ("Tot slot nog één punt dat niet op de agenda staat, maar waar ik u wel even over wil informeren.",
                     "Die twijfel snap ik, en ik kom daar bij de vragen over de wallet nog op terug.",
                     "Als de monitor dat laat zien, dan zullen we dat met elkaar bespreken; dat spreekt voor zich.",
                     "Ik zal het kort houden, want de meeste vragen zijn in eerste termijn beantwoord.",
                     "Nou, dat is een woord dat altijd wat vaag klinkt, dus laat ik het concreter maken."):
        assert _quotes(sentence) == [], sentence
    assert _quotes("Daarom laat ik het Planbureau de varianten doorrekenen.") != []


# Round 23: more mini-debates in real debates' density (eval/commitments/probes/debates-22, -23, -25 and -26, written from).

def test_what_the_minister_finds_out_does_not_undo_the_report_back_that_follows() -> None:
    """A negation or a "straks", "jaarlijks", "inmiddels" inside what is to be found out is the question's, not the act's:
    after a comma and "en dat ... ik", after what the minister does not know, or in an indirect question."""
    fronted = ("Ik ga bij de provincies na hoeveel boeren dit jaar subsidie hebben gekregen, en ook waar het niet lukte, en "
               "dat laat ik u weten in de voortgangsbrief van maart.")
    unknown = ("Hoeveel bedrijven daar straks gebruik van kunnen maken, weet ik eerlijk gezegd niet; dat laat ik nazoeken "
               "bij het CBS, en wat eruit komt meld ik u in de uitwerkingsbrief.")
    already = ("Ik laat bij de musea uitvragen hoeveel objecten inmiddels zijn onderzocht, en dat overzicht stuur ik u vóór "
               "het zomerreces.")
    for sentence in (fronted, unknown, already):
        assert _quotes(sentence) == [sentence], sentence
    assert _quotes("Ik denk eerlijk gezegd dat dat niet nodig is; dat nemen we mee in de behandeling van de wet.") == []


def test_a_negation_in_a_clause_after_the_act_says_something_about_it_not_whether_it_happens() -> None:
    caveat = ("Ik zal de eerste cijfers nog voor de kerst aan u sturen, met de kanttekening dat het geen officiële "
              "statistiek is.")
    assert _quotes(caveat) == [caveat]
    assert _quotes("Ik beloof u dat ik dat fiche niet zelf ga schrijven.") == []
    assert _quotes("Ik ga met de instellingen in gesprek over samenwerking, want het hoeft niet zo te zijn dat elke "
                   "instelling alles zelf aanbiedt.") == []


def test_a_yearly_overview_that_starts_at_a_date_is_a_new_series() -> None:
    reply = "Ja, dat overzicht krijgt u elk jaar, voor het eerst bij het jaarverslag in mei volgend jaar."
    assert _reply_to("Krijgt de Kamer dat overzicht?", reply) == [reply]
    assert _reply_to("Krijgt de Kamer dat overzicht?", "Dat overzicht krijgt u elk jaar bij het jaarverslag.") == []


def test_talks_the_minister_says_a_member_proposed_are_asked_for() -> None:
    talks = ("Ik ga met de huisartsen om de tafel om te kijken hoe we de voorlichting breder kunnen maken, zoals de heer "
             "Kahraman voorstelt.")
    assert _quotes(talks) == [talks]
    assert _quotes("Ik ga met de huisartsen om de tafel om te kijken hoe we de voorlichting breder kunnen maken.") == []


def test_more_ways_to_say_yes_to_a_request_are_promises() -> None:
    """Noting "van mij", "Dat doe ik, in ...", "dus dat doen we: ...", an assignment given along, a point taken to a
    meeting."""
    noted = "Dat de mantelzorgers een eigen plek krijgen in de evaluatie, dat kunt u van mij noteren."
    assert _quotes(noted) == [noted]
    asked = "Kan de staatssecretaris dat per provincie laten zien?"
    done = "Dat doe ik, in de voortgangsrapportage van het voorjaar, per provincie."
    assert _reply_to(asked, done) == [done]
    agreed = "Nou, dat vind ik een goed verzoek, dus dat doen we: in de kabinetsreactie krijgt die groep een eigen paragraaf."
    assert _reply_to("Wil de minister die groep apart behandelen in de kabinetsreactie?", agreed) == [agreed]
    assigned = "Ik zal de commissie in de opdracht meegeven dat zij in haar eerste rapport ingaat op de haalbaarheid."
    taken = "Dat punt neem ik mee naar het overleg met de sociale partners, dat komende maand plaatsvindt."
    for sentence in (assigned, taken):
        assert _quotes(sentence) == [sentence], sentence


def test_a_bare_yes_is_quoted_with_what_it_arranges_for_the_committee() -> None:
    reply = "Zeker. Ik regel met de commandant een vertrouwelijke briefing voor de commissie over de voorraden."
    assert _reply_to("Kan de minister toezeggen dat de commissie vertrouwelijk wordt ingelicht over de voorraden?", reply) == [reply]


def test_a_yes_with_its_act_after_a_colon_answers_a_member_who_wants_a_yes_or_no() -> None:
    asked = "Ik wil dat als toezegging genoteerd zien: gaat het CPB dit per jaar doorrekenen, ja of nee?"
    reply = ("Dat is goed, dat neem ik over: ik vraag het CPB om de effecten per jaar door te rekenen, en de uitkomst "
             "stuur ik u toe met de uitwerkingsbrief.")
    assert _reply_to(asked, "Ik heb het inmiddels kunnen nagaan. " + reply) == [reply]


def test_what_the_kamer_had_steering_a_road_map_and_agreeing_are_no_promises() -> None:
    for sentence in ("In de brief van 5 juni heeft u het volledige akkoord met de bijlagen ontvangen.",
                     "Ik wil daar de komende tijd harder op gaan sturen.",
                     "Ik zal de moties in volgorde behandelen en daar waar vragen zijn gesteld, die meenemen.",
                     "Op de vraag naar de cijfers per provincie kom ik na de interruptie nog even terug."):
        assert _quotes(sentence) == [], sentence
    assert _reply_to("Heeft de minister die vraag laten liggen?", "Ja, dat klopt, die heb ik nog laten liggen, excuus.") == []
    assert _quotes("Voor de zomer heeft u het.") == ["Voor de zomer heeft u het."]


# Round 24: the last four blind-labelled ParlaMint-NL plenaries, moved to the tuning split (real debates, not invented).

def test_answering_a_point_in_this_debate_and_looking_up_the_questions_left_are_the_road_map() -> None:
    for sentence in ("Het ging hier om iets anders, maar ik zal er zeker op ingaan.",
                     "Ik zal even kijken welke vragen er nog liggen."):
        assert _quotes(sentence) == [], sentence
    in_the_letter = "Ik zal daar in de brief van volgende maand zeker op ingaan."
    assert _quotes(in_the_letter) == [in_the_letter]


def test_what_others_think_quoted_after_a_colon_is_not_the_ministers_promise() -> None:
    assert _quotes("Dan zie je dat zij denken: oké, dan leggen wij het voor aan een hoger dek, zoals dat bij ons heet.") == []
    assert _quotes("Ik zeg u toe: ik leg het voor aan de korpschef.") == ["Ik zeg u toe: ik leg het voor aan de korpschef."]


def test_taking_part_in_what_others_do_is_a_promise() -> None:
    sentence = "Wij zullen daar in bredere zin aan meedoen."
    assert _reply_to("Sluit de minister zich aan bij de groep ministers die dit onderzoekt?", sentence) == [sentence]
    assert _quotes("Ik zal dan wel aansluiten bij de gegevens die de ACM al verzamelt.") == []


# Round 24, Handelingen of 5 April 2018 (eval/commitments/handelingen/, the tuning half).

def test_a_polite_would_like_to_promise_is_a_promise_unless_it_declines_or_supposes() -> None:
    polite = "Ik zou graag toezeggen in de richting van mevrouw Agema om dat bij die aanpak nader te verhelderen."
    assert _quotes(polite) == [polite]
    for sentence in ("Ik zou graag toezeggen dat ik de senatoren persoonlijk ga overtuigen, maar ik vrees dat dat averechts werkt.",
                     "Als ik nu zou toezeggen dat alle verzoeken binnen vier weken worden afgehandeld, breek ik die toezegging."):
        assert _quotes(sentence) == [], sentence


def test_an_agreement_the_minister_proposes_with_words_between_is_a_promise() -> None:
    agreed = ("Laten we dan in algemene zin afspreken dat ik, als ik nieuwe informatie heb, bereid ben om de Kamer daarover "
              "te informeren.")
    assert _quotes(agreed) == [agreed]


def test_a_promise_that_the_rules_apply_is_existing_policy() -> None:
    assert _quotes("Maar ik kan wel toezeggen dat de normale regels van toepassing zijn.") == []


def test_the_kamer_informed_in_the_passive_two_sentences_on_is_the_same_promise() -> None:
    turn = ("Ja, voorzitter, dat wil ik. Ik wil daar ook zeker op terugkomen bij de Kamer. Ook nu ben ik in gesprek met de "
            "gemeenten. De Kamer zal hier nader over geïnformeerd worden in de Kamerbrief over het actieplan, die medio 2018 "
            "wordt verstuurd.")
    [quote] = _reply_to("Wil de staatssecretaris bevorderen dat overheden binnen 30 dagen betalen?", turn)
    assert quote.startswith("Ik wil daar ook zeker op terugkomen") and quote.endswith("wordt verstuurd.")
