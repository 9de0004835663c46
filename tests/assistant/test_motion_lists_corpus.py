"""Motion list questions against the real corpus index: a question naming an appreciation lists
only the motions that got it, and says so when none did."""

from __future__ import annotations

import pytest

from assistant.structure.motion_listing import list_motions

pytestmark = pytest.mark.slow


def test_which_motions_got_oordeel_kamer_lists_those_and_no_other(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Welke moties kregen oordeel Kamer?")
    favourable = [m for m in list_motions(corpus_assistant) if m.appreciation and m.appreciation.startswith("oordeel Kamer")]
    views = [line.split(" — appreciatie: ")[1] for line in answer.answer.splitlines() if " — appreciatie: " in line]
    assert answer.answerable and len(views) == len(favourable) >= 5
    assert all(view.startswith("oordeel Kamer") for view in views)


def test_an_appreciation_no_motion_of_the_debate_got_is_said_to_be_absent(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Welke moties kregen oordeel Kamer in het debat over passend onderwijs?")
    assert not answer.answerable and not answer.citations
    assert answer.answer.startswith("Geen van de moties besproken in “103e vergadering, woensdag 2 juli 2025” kreeg oordeel Kamer")
    assert {c.speaker for c in answer.closest} == {"Paul"}  # the views the state secretary did give


@pytest.mark.parametrize("question", [
    "Waarom hield Van Dijck zijn motie over bankfilialen niet aan?",
    "Why did the PVV member refuse to hold his motion on bank branches?",
])
def test_why_a_member_kept_their_motion_is_answered_in_the_member_s_own_words(corpus_assistant, question) -> None:
    answer = corpus_assistant.ask(question)
    assert answer.answerable and answer.citations
    assert {c.speaker for c in answer.citations} == {"Tony van Dijck"}
    assert any("in stemming willen brengen" in c.quote for c in answer.citations)


def test_the_motions_of_a_commission_debate_named_after_debate_on_are_not_in_the_transcripts(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Which motions were discussed in the debate on the police?")
    assert not answer.answerable and not answer.citations
    assert "No motion is submitted or given a view in “Politie” (2 Jul 2025)." in answer.answer


def test_the_view_of_a_motion_the_minister_never_reached_is_not_another_motions_view(corpus_assistant) -> None:
    """The 104th sitting's transcript ends after Keijzer's view of motion 283 (NSC, indoor climate);
    the PVV motion on dormers (288) got none in it."""
    answer = corpus_assistant.ask("Welk oordeel gaf minister Keijzer bij het tweeminutendebat Bouwregelgeving aan de "
                                  "PVV-motie over vergunningvrije dakkapellen?")
    assert not answer.answerable and not answer.citations
    assert "geen appreciatie van de motie op stuk nr.\u00a0288" in answer.answer


def test_a_list_of_a_members_motions_quotes_each_verdict_with_its_reason(corpus_assistant) -> None:
    """"Deze motie moet ik ook ontraden." alone said nothing of why nr. 15 was advised against."""
    answer = corpus_assistant.ask("Which motions did Thiadens table at the VWS annual report debate, and what did the "
                                  "health minister think of each?")
    assert answer.answerable and {c.speaker for c in answer.citations} == {"Jansen"}
    assert any(c.quote.startswith("Deze motie moet ik ook ontraden.") and "uitvoeringstechnisch" in c.quote
               for c in answer.citations)


def test_a_motion_number_the_debate_does_not_have_is_not_another_motion(corpus_assistant) -> None:
    answer = corpus_assistant.ask("What was minister Kaag's view of motion no. 170 in the financial markets debate?")
    assert not answer.answerable and not answer.citations
    assert "No motion no.\u00a0170 is submitted, given a view or referred to in “Financiële markten" in answer.answer


def test_the_motion_of_a_member_who_submitted_none_is_not_another_members_motion(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Welk oordeel gaf minister Kaag over de motie van Van Weyenberg in het debat over "
                                  "financiële markten?")
    assert not answer.answerable and not answer.citations
    assert "Van Weyenberg dient in “Financiële markten" in answer.answer


def test_the_motion_a_question_puts_on_the_wrong_member_is_not_answered_as_theirs(corpus_assistant) -> None:
    """The stagefonds motion of the VWS annual report debate is Paulusma's (nr. 18); Bevers co-signed
    two others there, so he does own motions in that debate, just not this one."""
    answer = corpus_assistant.ask("Welk oordeel gaf het kabinet bij het WGO jaarverslag VWS over de motie van VVD'er "
                                  "Bevers om de bezuiniging op het stagefonds terug te draaien?")
    assert not answer.answerable and not answer.citations
    assert "De motie op stuk nr.\u00a018 hierover is ingediend door Paulusma, niet door Bevers." in answer.answer
    assert any(c.speaker == "Jansen" and "stuk nr. 18" in c.quote for c in answer.closest)
    owned = corpus_assistant.ask("Welk oordeel gaf minister Jansen over de motie van Paulusma over het stagefonds?")
    assert owned.answerable and any("nr. 18" in c.quote for c in owned.citations)


def test_a_partys_second_motion_is_the_second_of_its_motions_not_the_one_sharing_more_words(corpus_assistant) -> None:
    answer = corpus_assistant.ask("In the two-minute debate on defence equipment on 3 July, why did the state secretary "
                                  "advise against DENK's second motion on Israeli-made weapons?")
    assert answer.answerable
    assert "motion no.\u00a0471 (Van Baarle)" in answer.answer and "no.\u00a0470" not in answer.answer


def test_the_view_of_a_motion_only_referred_to_in_a_sitting_without_motions_is_not_in_the_transcripts(
        corpus_assistant) -> None:
    """dev-s2-mo-rogvanmeenen-un-012: in the 2021 debate on the teachers' register a member only refers
    to the earlier motion-Rog/Van Meenen; no motion is submitted or judged there."""
    answer = corpus_assistant.ask("What appreciation did minister Slob give to the Rog/Van Meenen motion in the debate "
                                  "on abolishing the teachers' register?")
    assert not answer.answerable and not answer.citations
    assert "No motion is submitted or given a view in “Afschaffing van het lerarenregister" in answer.answer


def test_a_verdict_that_closes_its_reasoning_is_quoted_with_the_reasons_before_it(corpus_assistant) -> None:
    """dev-s13-a-mo-vws-paulusma-012: nr. 17 was quoted as "Maar de motie ontraad ik." alone."""
    answer = corpus_assistant.ask("Welke moties diende Paulusma in bij het WGO jaarverslag VWS, en hoe apprecieerde het kabinet ze?")
    [view] = [c for c in answer.citations if c.speaker == "Pouw-Verweij"]
    assert view.quote.endswith("Maar de motie ontraad ik.") and "voorbarig" in view.quote


def test_which_motions_a_party_submitted_lists_that_partys_motions_only(corpus_assistant) -> None:
    """dev-s14-b-mo-vws-thiadens-010 listed every motion of the debate, most of them Slagt-Tichelman's."""
    answer = corpus_assistant.ask("Welke moties over mensen met een chronische ziekte diende de PVV in bij het WGO "
                                  "jaarverslag VWS, en wat vond de minister ervan?")
    listed = [line for line in answer.answer.splitlines() if " over de motie op stuk nr." in line]
    assert listed and all("(Thiadens)" in line for line in listed)


def test_a_favourable_view_under_a_condition_is_answered_with_the_motion_not_refused(corpus_assistant) -> None:
    """dev-s17-b-mo-slavernij-motie-49-013: refused as a false premise ("oordeel Kamer" of a motion
    ontraden), though the minister would give it oordeel Kamer only if part of it were dropped."""
    answer = corpus_assistant.ask("Welke motie van White in het tweeminutendebat Slavernijverleden wilde de minister "
                                  "alleen oordeel Kamer geven als een deel van het verzoek werd geschrapt, en waarom?")
    assert answer.answerable and "nr. 49" in answer.answer
    assert "onnodig stigmatiserend" in answer.citations[0].quote


def test_the_motion_of_a_party_none_of_whose_members_submitted_one_is_not_another_partys_motion(corpus_assistant) -> None:
    """dev-s18-b-un-finmarkt-d66-motie-012: answered with the view of Nijboer's (PvdA) motion."""
    answer = corpus_assistant.ask("Welk oordeel gaf minister Kaag over de motie van D66 over bankrekeningen voor "
                                  "sekswerkers en autohandelaren?")
    assert not answer.answerable and not answer.citations
    assert "D66 dient in “Financiële markten" in answer.answer


def test_the_submitters_offer_and_its_refusal_are_quoted_when_the_question_asks_about_the_offer(corpus_assistant) -> None:
    """dev-s18-a-mo-103e-thuiszitters-009: taken for a false premise (oordeel Kamer of a motion that
    was ontraden), then answered from retrieval without the offer or its refusal."""
    answer = corpus_assistant.ask("In the plenary of Wednesday 2 July, didn't the state secretary refuse to give "
                                  "Westerveld's motion on reporting home-sitting pupils oordeel Kamer even when she "
                                  "offered every six months instead of every three?")
    assert answer.answerable and "ontraden" in answer.answer
    assert any(c.speaker == "Westerveld" and "zes maanden" in c.quote for c in answer.citations)
    assert any(c.speaker == "Paul" and c.quote.startswith("Nee, ik ga daar niet in mee.") for c in answer.citations)


def test_whether_a_view_that_changed_stayed_is_answered_with_how_it_changed(corpus_assistant) -> None:
    """dev-s19-a-mo-104-natuurbranden-007: refused as a false premise (the motion ended ontraden)."""
    answer = corpus_assistant.ask("Bleef het bij oordeel Kamer voor de VVD-motie over wetgeving tegen natuurbranden "
                                  "in het tweeminutendebat Natuur van 3 juli?")
    assert answer.answerable and "nr. 457" in answer.answer.replace("\u00a0", " ") and "ontraden" in answer.answer
    assert any("Ik blijf toch bij mijn interpretatie" in c.quote for c in answer.citations)


def test_advising_against_in_the_past_tense_of_a_motion_given_oordeel_kamer_is_a_false_premise(corpus_assistant) -> None:
    """dev-s19-a-un-fm-negatieverente-011: "ontried" was not read as advising against, and the view
    of the motion (oordeel Kamer) was given as the answer to why it was advised against."""
    answer = corpus_assistant.ask("Waarom ontried minister Kaag de PVV-motie die moest voorkomen dat banken de grens "
                                  "van €100.000 voor negatieve rente verlagen?")
    assert not answer.answerable and "oordeel Kamer" in answer.answer


def test_a_follow_up_whether_that_motion_got_oordeel_kamer_after_all_quotes_the_refusal(corpus_assistant) -> None:
    """dev-s21-b-mo-passend-zesmaanden-008: "die motie" named no motion, and a yes/no question on the
    other view was left to retrieval, held to Westerveld's own turns."""
    history = [{"question": "Welk oordeel gaf staatssecretaris Paul in de plenaire vergadering van 2 juli 2025 over "
                            "de motie van Westerveld om de Kamer elke drie maanden een overzicht van thuiszitters te sturen?"}]
    answer = corpus_assistant.ask("En toen Westerveld voorstelde om er elke zes maanden van te maken, kreeg die motie "
                                  "dan alsnog oordeel Kamer?", history)
    assert answer.answerable and answer.citations[0].speaker == "Paul"
    assert any(c.speaker == "Paul" and c.quote.startswith("Nee, ik ga daar niet in mee") for c in answer.citations)


def test_a_figure_the_why_question_gives_the_motions_reasoning_that_it_never_states_is_not_answered(
        corpus_assistant) -> None:
    """dev-s22-b-un-2022-nhggrens-019: Kaag said the limit went from €325.000 to €350.000."""
    answer = corpus_assistant.ask("In the February 2022 financial markets debate minister Kaag said the NHG limit had "
                                  "just gone up from €350,000 to €375,000. Why did she still advise against the PVV "
                                  "motion to raise it further?")
    assert not answer.answerable and not answer.citations and "375.000" in answer.answer
    assert answer.closest[0].speaker == "Kaag"


def test_the_motion_of_a_member_named_as_de_vvder_who_submitted_none_is_not_another_members(corpus_assistant) -> None:
    """dev-s24-a-un-kisteman-motie-001: Kisteman submitted no motion; Westerveld's was answered."""
    answer = corpus_assistant.ask("Welk oordeel gaf staatssecretaris Paul op de motie van de VVD'er Kisteman over "
                                  "thuiszitters in het tweeminutendebat Passend onderwijs?")
    assert not answer.answerable and not answer.citations and answer.answer.count("Kisteman dient") == 1
