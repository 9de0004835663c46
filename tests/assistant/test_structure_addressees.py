"""To whom a promise was made comes from the debate's structure: the member the minister names
(also by surname alone, or by the role they spoke in), else the member whose turn is answered."""

from __future__ import annotations

from assistant.structure.addressees import named_members, role_aliases
from assistant.structure.commitments import debate_commitments
from tests.assistant.test_structure_commitments import _debate, _exchange

NAMES = ("Olger van Dijk", "Inge van Dijk", "Six Dijkstra", "Veltman")


def test_a_member_named_without_the_first_name_the_transcript_prints_is_still_named() -> None:
    assert named_members("Ik dank de heer Dijkstra voor zijn vraag.", NAMES) == [(8, "Six Dijkstra")]


def test_a_surname_two_members_share_names_neither() -> None:
    assert named_members("De heer Van Dijk vroeg naar de brug.", NAMES) == []
    assert named_members("De heer Van Dijk vroeg naar de brug.", ("Olger van Dijk", "Veltman")) == [(0, "Olger van Dijk")]


def test_the_member_who_speaks_as_rapporteur_is_de_rapporteur() -> None:
    debate = _debate(("Pool", "chair", "Het woord is aan mevrouw Slagt."),
                     ("Slagt", "member", "Als rapporteur heb ik het jaarverslag onderzocht."),
                     ("Van Weel", "minister", "Dank aan de rapporteur. Ik zal u in oktober informeren."))
    assert role_aliases(debate) == {"rapporteur": "Slagt"}
    assert named_members("Zoals de rapporteur vroeg.", ("Slagt",), role_aliases(debate)) == [(6, "Slagt")]
    [record] = debate_commitments(debate)
    assert record.to == "Slagt"


def test_no_rapporteur_when_none_or_two_members_speak_as_one() -> None:
    assert role_aliases(_debate(("Slagt", "member", "Ik vraag de minister iets."))) == {}
    assert role_aliases(_debate(("Slagt", "member", "Als rapporteur ..."), ("Bikker", "member", "Als rapporteur ..."))) == {}


def test_a_promise_paragraphs_after_the_member_was_named_is_made_to_that_member() -> None:
    debate = _debate(("Michon-Derkzen", "member", "Hoe staat het met de opleiding van agenten?"),
                     ("Boswijk", "member", "Mijn vraag gaat over de meldkamer."),
                     ("Pool", "chair", "De minister."),
                     ("Van Weel", "minister", "Intro.\nMevrouw Michon-Derkzen vroeg naar de opleiding van agenten.\n"
                                              "Dat is een lang verhaal.\nIk stuur u in september een brief daarover."))
    [record] = debate_commitments(debate)
    assert record.to == "Michon-Derkzen"


def test_a_reply_after_the_ministers_own_turn_is_to_the_member_who_interrupted() -> None:
    debate = _debate(("Van Weel", "minister", "Dan de regio."),
                     ("Thiadens", "member", "Kan de minister toezeggen dat zij de regio steunt?"),
                     ("Van Weel", "minister", "Nogmaals: dat kan ik nu niet toezeggen."),
                     ("Pool", "chair", "Oké."),
                     ("Van Weel", "minister", "Maar ik kom er bij u op terug en dat is wel voor het reces."))
    [record] = debate_commitments(_exchange(debate, "Thiadens", "Van Weel", {1: "challenge", 2: "reply", 4: "reply"}))
    assert record.to == "Thiadens" and record.turn_id == "d:t0004"


def test_a_reply_is_to_the_member_who_interrupted_until_the_minister_moves_on_to_a_new_point() -> None:
    debate = _debate(("Van Weel", "minister", "Dan de sektes."),
                     ("Van Nispen", "member", "Kan de minister een verbod op sektes uitzoeken?"),
                     ("Van Weel", "minister", "Ik maak daar wel een onderscheid in.\nHet wettelijk kader is er al.\n"
                                              "Ja, ik zeg toe dat we daarnaar blijven kijken.\n"
                                              "Ik kom nu op privacy. Ik zal u in oktober een brief sturen over de privacy."))
    records = debate_commitments(_exchange(debate, "Van Nispen", "Van Weel", {1: "challenge", 2: "reply"}))
    assert [(r.quote[:20], r.to) for r in records] == [("Ja, ik zeg toe dat w", "Van Nispen"), ("Ik zal u in oktober ", None)]
