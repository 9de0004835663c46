"""Motions and the cabinet's view (`assistant.structure.motions`), on small debates built in code:
what the extractor takes from the motion events, which words are the appreciation, whose they are,
and how a changed or conditional appreciation is recorded."""

from __future__ import annotations

from motion_samples import build, motion_event, tweeminutendebat

from assistant.structure.motion_texts import number_order, read_motion_text
from assistant.structure.motions import Motion, appreciation_in, extract_motions, sentence_spans
from ingest.models import Event


def _by_number(motions: tuple[Motion, ...]) -> dict[str | None, Motion]:
    return {m.number: m for m in motions if m.mention == "submitted"}


def test_a_motion_event_gives_number_kamerstuk_submitters_and_dictum() -> None:
    text = read_motion_text(motion_event("11", "de leden Bakker, De Jong en Visser", "verzoekt de regering X te doen", 2).text, 2)
    assert text is not None
    assert (text.number, text.kamerstuk, text.submitters) == ("11", "31497-11", ("Bakker", "De Jong", "Visser"))
    assert text.dictum == "verzoekt de regering X te doen"


def test_a_parlamint_motion_number_and_a_budget_chapter_are_read() -> None:
    tei = read_motion_text("verzoekt de regering iets,\nen gaat over tot de orde van de dag.\n"
                           "Deze motie is voorgesteld door het lid Tony van Dijck.\nZij krijgt nr. kst-32545-160", 3)
    budget = read_motion_text("verzoekt de regering iets.\nDeze motie is voorgesteld door het lid Paulusma.\n"
                              "Zij krijgt nr. 18 (36740-XVI).", 4)
    assert tei is not None and (tei.number, tei.kamerstuk, tei.submitters) == ("160", "32545-160", ("Tony van Dijck",))
    dossier_part = read_motion_text("verzoekt de regering iets.\nZij krijgt nr. kst-21501-33-905", 5)
    assert dossier_part is not None and (dossier_part.number, dossier_part.kamerstuk) == ("905", "21501-33-905")
    assert budget is not None and (budget.number, budget.kamerstuk) == ("18", "36740-XVI-18")


def test_an_eerste_kamer_motion_is_lettered_and_its_submitters_are_named_in_the_turn_that_reads_it() -> None:
    # As in ParlaMint-NL 2021-11-02 (Eerste Kamer): the event carries no "voorgesteld door" line.
    event = Event("motion", "De Kamer,\ngehoord de beraadslaging,\nverzoekt de regering iets,\n"
                            "en gaat over tot de orde van de dag.\nZij krijgt nr. kst-35355-E", 0)
    transcript = build(
        [("Recourt", "member", "Voor nu heb ik nog een motie. Door de leden Recourt, De Boer en Janssen wordt de "
                               "volgende motie voorgesteld:"),
         ("Dekker", "minister", "Tot slot, de motie van de heer Recourt en consorten. Ik kan het oordeel aan de Kamer laten.")],
        [event])
    motion = _by_number(extract_motions(transcript))["E"]
    assert (motion.kamerstuk, motion.submitter, motion.co_submitters) == ("35355-E", "Recourt", ("De Boer", "Janssen"))
    assert motion.appreciation == "oordeel Kamer"


def test_motion_numbers_sort_as_numbers_and_letters_by_letter() -> None:
    assert sorted(["10", "9", "100"], key=number_order) == ["9", "10", "100"]
    assert sorted(["F", "E"], key=number_order) == ["E", "F"]


def test_a_motion_event_without_a_number_is_no_motion() -> None:
    assert read_motion_text("De Kamer, gehoord de beraadslaging, verzoekt de regering iets.", 1) is None


def test_every_submitted_motion_is_found_in_number_order_of_reading() -> None:
    motions = _by_number(extract_motions(tweeminutendebat()))
    assert set(motions) == {"10", "11", "12", "13"}
    assert motions["11"].submitter == "Bakker" and motions["11"].co_submitters == ("Visser",)


def test_ontraden_after_the_number_is_the_appreciation_with_the_reasons_verbatim_from_the_state_secretary() -> None:
    transcript = tweeminutendebat()
    motion = _by_number(extract_motions(transcript))["10"]
    assert motion.appreciation == "ontraden"
    assert (motion.speaker, motion.role, motion.function) == ("Smit", "state_secretary", "staatssecretaris Onderwijs")
    turn = transcript.turns[4]
    assert motion.turn_id == turn.id
    assert motion.reasoning == turn.text[motion.reasoning_start:motion.reasoning_end]
    assert "geen dekking" in motion.reasoning and "Daarom moet ik deze motie ontraden." in motion.reasoning
    assert "nr. 11" not in motion.reasoning  # the reasons stop where the next motion starts
    assert motion.subject == "gratis vervoer voor alle leerlingen" and motion.subject_source == "minister"


def test_oordeel_kamer_mits_is_oordeel_kamer_met_appreciatie_with_its_condition() -> None:
    motion = _by_number(extract_motions(tweeminutendebat()))["11"]
    assert motion.appreciation == "oordeel Kamer met appreciatie"
    assert motion.condition is not None and "mits het meldpunt bij de gemeenten" in motion.condition


def test_a_spreekt_uit_motion_and_a_motion_never_reached_have_no_appreciation() -> None:
    motions = _by_number(extract_motions(tweeminutendebat()))
    assert motions["12"].appreciation is None and motions["12"].speaker == "Smit"
    assert motions["13"].appreciation is None and motions["13"].turn_id is None
    assert motions["13"].subject == "verzoekt de regering de wachttijden te meten"
    assert motions["13"].subject_source == "motion_text"


def test_a_member_saying_ontraden_is_not_the_cabinet_s_view() -> None:
    motion = _by_number(extract_motions(tweeminutendebat()))["10"]
    assert motion.history == ()  # the chair's summary and the member's words add no step


def _debate(cabinet_turns: list[tuple[str, str, str]]) -> dict[str | None, Motion]:
    turns = [("Jansen", "member", "Ik heb een motie."), *cabinet_turns]
    return _by_number(extract_motions(build(turns, [motion_event("10", "het lid Jansen", "verzoekt de regering iets", 0)])))


def test_a_request_to_hold_the_motion_does_not_replace_ontraden() -> None:
    motion = _debate([("Smit", "minister", "De motie op stuk nr. 10 wordt ontraden. Ik vraag de heer Jansen de motie aan te houden.")])["10"]
    assert motion.appreciation == "ontraden"


def test_a_changed_appreciation_counts_last_and_keeps_its_history() -> None:
    motion = _debate([
        ("Smit", "minister", "De motie op stuk nr. 10 acht ik overbodig."),
        ("Jansen", "member", "Dat is niet zo, want het gebeurt nu niet."),
        ("Smit", "minister", "Dan moet ik hem ontraden, want het kost te veel."),
    ])["10"]
    assert motion.appreciation == "ontraden"
    assert [step.value for step in motion.history] == ["overbodig", "ontraden"]
    assert motion.turn_id is not None and motion.turn_id.endswith("t0003")


CHAIR_OVERRULES_THE_INTERPRETATION = [
    ("Smit", "minister", "De motie op stuk nr. 10 geef ik oordeel Kamer, mits ik die zo mag lezen dat we eerst met de "
                         "gemeenten praten."),
    ("Jansen", "member", "Zo is de motie niet bedoeld; ik houd haar graag bij deze tekst."),
    ("Smit", "minister", "Ik blijf bij mijn interpretatie, want dit moet je met de gemeenten doen."),
    ("De Vries", "chair", "Als ik het goed begrijp, ontraadt u de motie zoals die er nu ligt."),
    ("Smit", "minister", "Ja."),
    ("De Vries", "chair", "De motie op stuk nr. 10 is daarmee ontraden."),
]


def test_a_value_changed_later_records_where_it_was_settled_and_an_unchanged_one_does_not() -> None:
    motion = _debate(CHAIR_OVERRULES_THE_INTERPRETATION)["10"]
    assert motion.appreciation == "ontraden"
    assert motion.settled is not None and (motion.settled.role, motion.settled.turn_id[-5:]) == ("chair", "t0006")
    assert motion.settled.quote == "De motie op stuk nr. 10 is daarmee ontraden."
    assert _debate([("Smit", "minister", "De motie op stuk nr. 10 moet ik ontraden.")])["10"].settled is None


def test_a_bare_ontraden_answering_the_chair_cites_the_turn_that_gives_the_reasons() -> None:
    motion = _debate([
        ("Smit", "minister", "Dan de motie op stuk nr. 10, over wachttijden. Elke maand meten is niet uitvoerbaar."),
        ("De Vries", "chair", "En de appreciatie is?"),
        ("Smit", "minister", "Ontraden."),
    ])["10"]
    assert motion.appreciation == "ontraden"
    assert motion.turn_id is not None and motion.turn_id.endswith("t0001")
    assert motion.appreciation_turn_id is not None and motion.appreciation_turn_id.endswith("t0003")
    assert motion.reasoning is not None and "niet uitvoerbaar" in motion.reasoning


def test_the_chair_s_question_confirmed_by_the_minister_changes_the_appreciation() -> None:
    motion = _debate([
        ("Smit", "minister", "De motie op stuk nr. 10 geef ik oordeel Kamer, met de volgende interpretatie: alleen in 2026."),
        ("Jansen", "member", "Die interpretatie deel ik niet."),
        ("De Vries", "chair", "Dan is de motie op stuk nr. 10 zoals ze hier staat ontraden?"),
        ("Smit", "minister", "Ja. Dat zou ik jammer vinden."),
    ])["10"]
    assert motion.appreciation == "ontraden"
    assert [s.value for s in motion.history] == ["oordeel Kamer met appreciatie", "ontraden"]


def test_an_oordeel_kamer_if_the_minister_may_keep_room_is_oordeel_kamer_met_appreciatie() -> None:
    motion = _debate([("Smit", "minister", "Als ik die ruimte in de komende tijd mag nemen om het maximale uit de "
                                           "onderhandelingen te halen, dan kan ik de motie op stuk nr. 10 oordeel Kamer geven.")])["10"]
    assert motion.appreciation == "oordeel Kamer met appreciatie" and motion.condition is not None


def test_an_oordeel_kamer_offered_on_a_condition_leaves_ontraden() -> None:
    motion = _debate([("Smit", "minister", "De motie op stuk nr. 10 moet ik ontraden. Ik zou de motie oordeel Kamer "
                                           "kunnen geven als zij zich beperkt tot het eerste deel.")])["10"]
    assert motion.appreciation == "ontraden" and motion.condition is not None


def test_de_volgende_motie_is_the_next_number_of_the_debate() -> None:
    transcript = build(
        [("Jansen", "member", "Ik heb twee moties."),
         ("Smit", "minister", "De eerste motie, op stuk nr. 10, ontraad ik. Dan de volgende motie. Die krijgt oordeel Kamer.")],
        [motion_event("10", "het lid Jansen", "verzoekt de regering iets", 0),
         motion_event("11", "het lid Jansen", "verzoekt de regering nog iets", 0)])
    motions = _by_number(extract_motions(transcript))
    assert (motions["10"].appreciation, motions["11"].appreciation) == ("ontraden", "oordeel Kamer")


def test_an_earlier_adopted_motion_is_referenced_not_submitted() -> None:
    transcript = build(
        [("Smit", "minister", "Ik verwijs naar de eerder aangenomen motie van de heer Alkaya en de heer Heinen. "
                              "Ook de motie-Rog/Van Meenen gaat hierover.")], [])
    referenced = [m for m in extract_motions(transcript) if m.mention == "referenced"]
    assert [(m.submitter, m.co_submitters) for m in referenced] == [("Alkaya", ("Heinen",)), ("Rog", ("Van Meenen",))]
    assert all(m.appreciation is None and m.number is None for m in referenced)


def test_an_earlier_motion_a_member_names_first_is_recorded_where_the_cabinet_names_it() -> None:
    transcript = build(
        [("Jansen", "member", "Hoe staat het met de motie-Rog?"),
         ("Smit", "minister", "De motie-Rog voeren we voor de zomer uit."),
         ("Bakker", "member", "Ook de motie-Rog is belangrijk.")], [])
    [rog] = [m for m in extract_motions(transcript) if m.mention == "referenced"]
    assert (rog.submitter, rog.speaker, rog.turn_id, rog.subject_source) == ("Rog", "Smit", transcript.turns[1].id, "minister")


def test_a_motion_named_after_a_member_who_submitted_one_in_the_debate_is_that_motion_not_an_earlier_one() -> None:
    transcript = build(
        [("Jansen", "member", "Ik heb een motie."),
         ("Smit", "minister", "De motie-Jansen cum suis op stuk nr. 10 ontraad ik. De motie-Jansen gaat te ver. "
                              "De motie-Rog gaat hierover.")],
        [motion_event("10", "het lid Jansen", "verzoekt de regering iets", 0)])
    referenced = [m.submitter for m in extract_motions(transcript) if m.mention == "referenced"]
    assert referenced == ["Rog"]


def test_the_chair_saying_what_the_minister_could_do_does_not_change_the_appreciation() -> None:
    motion = _debate([
        ("Smit", "minister", "De motie op stuk nr. 10 moet ik formeel ontraden. Laat ik het oordeel dan maar aan de Kamer laten."),
        ("De Vries", "chair", "Dat is aan u. U kunt de motie ook ontraden als het al gebeurt."),
    ])["10"]
    assert motion.appreciation == "oordeel Kamer"


def test_the_chair_s_question_with_zou_still_waits_for_the_minister_s_yes() -> None:
    motion = _debate([
        ("Smit", "minister", "De motie op stuk nr. 10 geef ik oordeel Kamer, met de volgende interpretatie: alleen in 2026."),
        ("Jansen", "member", "Die interpretatie deel ik niet."),
        ("De Vries", "chair", "Zou de motie op stuk nr. 10 zoals ze hier staat dan ontraden zijn?"),
        ("Smit", "minister", "Ja."),
    ])["10"]
    assert motion.appreciation == "ontraden"


def test_a_split_daar_over_names_no_subject_so_the_dictum_is_the_subject() -> None:
    motion = _debate([("Smit", "minister", "Daar zal ik zo meteen nog wat meer over zeggen in reactie op de motie van "
                                           "de heer Jansen. Die motie ontraad ik.")])["10"]
    assert (motion.subject, motion.subject_source) == ("verzoekt de regering iets", "motion_text")


def test_the_office_comes_from_the_chair_s_introduction_when_the_turn_has_none() -> None:
    transcript = build(
        [("Jansen", "member", "Ik heb een motie."),
         ("Bergkamp", "chair", "Het woord is aan de minister van Financiën voor de appreciatie van de moties."),
         ("Kaag", "minister", "De motie op stuk nr. 10 ontraad ik.")],
        [motion_event("10", "het lid Jansen", "verzoekt de regering iets", 0)], function=None)
    assert _by_number(extract_motions(transcript))["10"].function == "minister van Financiën"


def test_the_appreciation_words() -> None:
    assert appreciation_in("Die motie is wat mij betreft ontijdig.") == "ontijdig"
    assert appreciation_in("Ik kan het oordeel dus aan de Kamer laten.") == "oordeel Kamer"
    assert appreciation_in("Ik kan het oordeel over deze motie van de heer Van Wijngaarden c.s. aan de Kamer laten.") == "oordeel Kamer"
    assert appreciation_in("Het oordeel van de functionaris is onafhankelijk.") is None
    assert appreciation_in("Ik laat de motie aan het oordeel van de Kamer.") == "oordeel Kamer"
    assert appreciation_in("Die motie kan ik overnemen.") == "overnemen"
    assert appreciation_in("Het advies over te nemen is verstandig.") is None
    assert appreciation_in("Ik ontraad de motie, want oordeel Kamer is niet mogelijk.") == "oordeel Kamer"


def test_nr_and_a_number_do_not_end_a_sentence() -> None:
    text = "Dan de motie op stuk nr. 45 van mevrouw X. Die ontraad ik!\nNieuwe alinea."
    assert [text[s.start:s.end] for s in sentence_spans(text)] == [
        "Dan de motie op stuk nr. 45 van mevrouw X.", "Die ontraad ik!", "Nieuwe alinea."]


def test_a_debate_without_motions_has_none() -> None:
    transcript = build([("Smit", "minister", "Ik ontraad dat beleid, want het werkt niet.")], [Event("time", "10.00 uur", 0)])
    assert extract_motions(transcript) == ()
