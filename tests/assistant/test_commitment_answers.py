"""Commitment questions are answered from the commitments first, citing the minister's own turn."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import numpy as np

from assistant.commitment_answers import (
    ASKS_FOR_A_REPORT_OR_LETTER,
    TURN_WORD_REACH,
    _addressed_party,
    answer_from_commitments,
    asks_for_commitments,
    by_meaning,
    cite_commitment,
)
from assistant.structure.chair_list import parse_chair_list
from assistant.structure.commitments import Commitment, debate_commitments
from ingest.models import Transcript
from tests.assistant.test_exchange_answers import retrieved
from tests.assistant.test_structure_commitments import COMMISSION, _debate, _exchange
from tests.doubles import HashEmbedder


def _answer(question: str):
    return answer_from_commitments(question, "en", ["d"], [], lambda doc_id: COMMISSION if doc_id == "d" else None, 3)


def test_a_commitment_question_is_recognised_in_dutch_and_english() -> None:
    assert asks_for_commitments("Wat heeft de minister toegezegd over PTSS?")
    assert asks_for_commitments("What did the minister promise about PTSD?")
    assert not asks_for_commitments("What did the minister say about PTSD?")


def test_the_answer_quotes_the_ministers_turn_and_notes_addressee_and_deadline() -> None:
    answer = _answer("What did the minister promise about the initiatiefnota?")
    assert answer is not None and answer.answerable
    [citation] = answer.citations
    assert citation.speaker == "Van Weel" and citation.turn_id == "d:t0002"
    assert citation.quote == citation.text[citation.quote_start:citation.quote_end]
    assert "[1]" in answer.answer and citation.quote in answer.answer
    assert answer.notice is not None and "Boswijk" in answer.notice and "2025-09-01/2025-11-30" in answer.notice


def test_a_commitment_question_no_commitment_matches_falls_through() -> None:
    assert _answer("What did the minister promise about bicycles?") is None


def test_other_questions_are_left_to_retrieval() -> None:
    assert _answer("What did the minister say about the initiatiefnota?") is None


def test_a_committee_is_not_a_commitment() -> None:
    assert not asks_for_commitments("Who chaired the committee debate on victim policy?")
    assert asks_for_commitments("Did the minister commit to keeping the 144 number?")


SECTS = _debate(
    ("Pool", "chair", "Ik open de vergadering."),
    ("Boswijk", "member", "Hoe staat het met de uitvoering van de motie over sektes?"),
    ("Van Weel", "minister", "Dat is een terechte vraag over de uitvoering. Ik zal u na de zomer informeren in de "
                             "voortgangsrapportage."),
    ("Van Weel", "minister", "Dan de politie. Het budget groeit. De wijkagent blijft. Het nieuwe systeem werkt goed. "
                             "De regio's overleggen vaak. De opleiding is vernieuwd. Het verzuim daalt."),
    ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                      "De minister zegt toe na de zomer de Kamer in de voortgangsrapportage te informeren over de uitvoering "
                      "van de motie over sektes. Dit is een toezegging aan de heer Boswijk.\nDan sluit ik de vergadering."),
)


def _ask(debate: Transcript, question: str, language: str = "nl"):
    return answer_from_commitments(question, language, ["d"], [], lambda doc_id: debate if doc_id == "d" else None, 3)


def test_a_question_about_the_list_gets_the_chairs_item_beside_the_promise_when_only_it_names_what_was_asked() -> None:
    answer = _ask(SECTS, "Welke toezegging over de motie over sektes werd aan het eind voorgelezen?")
    assert answer is not None
    assert [(c.speaker, c.turn_id) for c in answer.citations] == [("Van Weel", "d:t0002"), ("Pool", "d:t0004")]
    chair = answer.citations[1]
    assert "sektes" in chair.quote and chair.quote == chair.text[chair.quote_start:chair.quote_end]
    assert "Pool" in answer.answer and "Van Weel" in answer.answer  # each quote under its own speaker


def test_the_chairs_list_item_is_left_out_when_the_promise_itself_names_what_was_asked() -> None:
    answer = _ask(COMMISSION, "Welke toezegging over de initiatiefnota werd voorgelezen?")
    assert answer is not None and [c.turn_id for c in answer.citations] == ["d:t0002"]


def test_a_question_about_what_the_minister_promised_cites_the_minister_only() -> None:
    answer = _ask(SECTS, "Wat zegde de minister toe over de motie over sektes?")
    assert answer is None or {c.speaker for c in answer.citations} == {"Van Weel"}


def test_a_list_item_the_finder_missed_answers_as_the_chairs_words() -> None:
    answer = _ask(COMMISSION, "Welke toezegging over de cijfers van de politie staat op de lijst?")
    assert answer is not None
    assert [(c.speaker, c.turn_id) for c in answer.citations] == [("Michon-Derkzen", "d:t0007")]


def test_a_list_item_the_finder_missed_matches_by_its_own_words_not_by_the_other_items_the_chair_read() -> None:
    listing = COMMISSION.turns[6]
    read = listing.text.replace("\nDan sluit ik", "\nDe minister zegt toe de wachttijden bij de meldkamer te laten meten.\nDan sluit ik")
    debate = dataclasses.replace(COMMISSION, turns=(*COMMISSION.turns[:6], dataclasses.replace(listing, text=read),
                                                    *COMMISSION.turns[7:]))
    answer = _ask(debate, "Welke toezegging over de initiatiefnota staat op de lijst?")
    assert answer is not None and [c.quote for c in answer.citations if "wachttijden" in c.quote] == []
    answer = _ask(debate, "Welke toezegging over de wachttijden staat op de lijst?")
    assert answer is not None and "wachttijden" in answer.citations[0].quote


def test_the_chairs_remarks_right_after_an_item_join_its_quote_up_to_the_next_item() -> None:
    listing = COMMISSION.turns[6]
    read = listing.text.replace("\nDan sluit ik",
                                "\nDe Kamer ontvangt op korte termijn een verkenning over de wachttijden.\n"
                                "Is dat nog voor het reces? Voor het reces, hoor ik.\n"
                                "De minister zegt toe de cijfers van de meldkamer te publiceren.\nDan sluit ik")
    debate = dataclasses.replace(COMMISSION, turns=(*COMMISSION.turns[:6], dataclasses.replace(listing, text=read),
                                                    *COMMISSION.turns[7:]))
    answer = _ask(debate, "Welke toezegging over de verkenning over de wachttijden werd voorgelezen?")
    assert answer is not None
    quote = answer.citations[0].quote
    assert quote.startswith("De Kamer ontvangt") and quote.endswith("Voor het reces, hoor ik.")


def test_a_question_asking_when_the_house_gets_something_is_a_commitment_question() -> None:
    assert asks_for_commitments("Wanneer stuurt de minister de evaluaties naar de Kamer?")
    assert asks_for_commitments("By when will the House receive the agenda for district nursing?")
    assert not asks_for_commitments("Wanneer krijgt een slachtoffer een uitkering?")
    assert not asks_for_commitments("When did the minister send the letter to the House?")


REPORTS = _debate(
    ("Pool", "chair", "Ik open de vergadering."),
    ("Van Weel", "minister", "Ik zal het rapport over de politie aan de Kamer sturen."),
    ("Van Weel", "minister", "Ik zal het rapport over de wijkagent voor de zomer aan de Kamer sturen."),
)


def test_a_question_asking_when_prefers_the_promise_that_says_when() -> None:
    answer = _ask(REPORTS, "Wanneer ontvangt de Kamer het rapport?")
    assert answer is not None and answer.citations[0].turn_id == "d:t0002"
    answer = _ask(REPORTS, "Wat beloofde de minister over het rapport?")
    assert answer is not None and answer.citations[0].turn_id == "d:t0001"


def test_a_question_asking_when_may_be_answered_by_a_list_item_the_finder_missed() -> None:
    answer = _ask(COMMISSION, "Wanneer krijgt de Kamer de cijfers van de politie?")
    assert answer is not None
    assert [(c.speaker, c.turn_id) for c in answer.citations] == [("Michon-Derkzen", "d:t0007")]


def test_a_question_asking_when_also_cites_the_chairs_item_that_dates_a_vague_promise() -> None:
    vague = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Boswijk", "member", "Komt de verkenning over de zorgkosten er nog?"),
        ("Van Weel", "minister", "Op korte termijn ontvangt uw Kamer de verkenning over de zorgkosten."),
        ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                          "De Kamer ontvangt op korte termijn de verkenning over de zorgkosten. Is dat voor het "
                          "verkiezingsreces? Voor het verkiezingsreces, hoor ik.\nDan sluit ik de vergadering."),
    )
    answer = _ask(vague, "Wanneer ontvangt de Kamer de verkenning over de zorgkosten?")
    assert answer is not None
    assert [(c.speaker, c.turn_id) for c in answer.citations] == [("Van Weel", "d:t0002"), ("Pool", "d:t0003")]
    assert "verkiezingsreces" in answer.citations[1].quote
    answer = _ask(vague, "Wat beloofde de minister over de verkenning over de zorgkosten?")
    assert answer is not None and [c.turn_id for c in answer.citations] == ["d:t0002"]


def test_a_question_asking_when_cites_the_chairs_item_whose_time_the_promise_is_given() -> None:
    """The promise names no time; the list item it is linked to does, and lends it to the promise:
    the item is cited, so that the time shown beside the promise can be checked in its words."""
    undated = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Boswijk", "member", "Kan de minister de opvolging van de cyberrapporten bespreken met het NCSC?"),
        ("Van Weel", "minister", "Laten we afspreken dat wij de opvolging van de openbare cyberrapporten met het NCSC "
                                 "bespreken en de Kamer schriftelijk informeren."),
        ("Van Weel", "minister", "Dan de politie. Het budget groeit. De wijkagent blijft. Het nieuwe systeem werkt goed. "
                                 "De regio's overleggen vaak. De opleiding is vernieuwd. Het verzuim daalt."),
        ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                          "De minister zegt toe de opvolging van de openbare cyberrapporten met het NCSC te bespreken en de "
                          "Kamer schriftelijk "
                          "voor behandeling van de Defensiebegroting 2026 te informeren. Dit is een toezegging aan de "
                          "heer Boswijk.\nDan sluit ik de vergadering."),
    )
    [promise] = [c for c in debate_commitments(undated) if c.source == "finder"]
    assert promise.deadline_text == "voor behandeling van de Defensiebegroting 2026" and promise.list_item == 1
    answer = _ask(undated, "Wat zegde de minister toe over de opvolging van de cyberrapporten, en wanneer?")
    assert answer is not None
    assert [(c.speaker, c.turn_id) for c in answer.citations] == [("Van Weel", "d:t0002"), ("Pool", "d:t0004")]
    assert "Defensiebegroting 2026" in answer.citations[1].quote


def test_a_promise_naming_the_asked_thing_itself_outranks_one_matched_only_by_its_turn() -> None:
    debate = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Van Weel", "minister", "Het actieplan over innovatie is belangrijk.\nIk zal u voor de zomer informeren."),
        ("Van Weel", "minister", "Ik kom voor de zomer met het R&D-actieplan."),
    )
    answer = _ask(debate, "Wanneer stuurt de minister het actieplan over innovatie naar de Kamer?")
    assert answer is not None and answer.citations[0].turn_id == "d:t0002"


def test_a_compound_in_the_question_matches_a_promise_by_its_first_part() -> None:
    """"letselschadeverzekeraars" asks about "letselschade"; the promise on another subject shares
    a word with the question only in the rest of its turn."""
    debate = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Van Nispen", "member", "De letselschadeverzekeraars traineren. Wanneer hoort de Kamer meer?"),
        ("Struycken", "state_secretary", "Over de rechtbanken en de hardheidsclausule: de Kamer hoort meer. "
                                         "Ik zal dat onder de aandacht brengen van de Raad voor de rechtspraak."),
        ("Struycken", "state_secretary", "Ik ga in het najaar een afzonderlijke brief over letselschade aan uw Kamer sturen."),
    )
    answer = _ask(debate, "Wat heeft de staatssecretaris toegezegd over de trainerende letselschadeverzekeraars?")
    assert answer is not None and answer.citations[0].turn_id == "d:t0003"


def test_the_initials_of_the_debates_title_name_the_debate_not_what_a_promise_is_about() -> None:
    """"bij de RBZ" names the Raad Buitenlandse Zaken; "Ja, ik kan dat doen tijdens de RBZ."
    promised nothing about Hongarije."""
    debate = _debate(
        ("Klaver", "chair", "Ik open de vergadering."),
        ("Dassen", "member", "Kan de minister dit ook tijdens de RBZ aankaarten?"),
        ("Veldkamp", "minister", "Ja, ik kan dat doen tijdens de RBZ."),
        title="Raad Buitenlandse Zaken 15 juli 2025",
    )
    assert _ask(debate, "Wat zegde de minister bij de RBZ toe over Hongarije?") is None


class GlossaryEmbedder(HashEmbedder):
    """A `HashEmbedder` that reads English words as their Dutch gloss first: the stand-in for a
    multilingual model, where an English question and a Dutch sentence can be close in meaning
    without sharing a word."""

    GLOSS: ClassVar[dict[str, str]] = {"public": "publieke", "money": "middelen", "lever": "hefboom", "private": "private",
                                       "research": "onderzoek", "letter": "brief", "roads": "wegen"}

    def _vector(self, text: str) -> np.ndarray:
        return super()._vector(" ".join(self.GLOSS.get(w, w) for w in text.lower().split()))


LEVER = _debate(
    ("Pool", "chair", "Ik open de vergadering."),
    ("Sneller", "member", "Ik heb een verzoek voor die brief: er zijn publieke middelen nodig als hefboom om private "
                          "investeringen in onderzoek uit te lokken. Ik hoop dat we dat van de minister kunnen krijgen."),
    ("Van Weel", "minister", "Dat kan ik toezeggen en dat ben ik ook volstrekt met de heer Sneller eens."),
    ("Boswijk", "member", "Hoe staat het met het onderhoud?"),
    ("Van Weel", "minister", "Ik zal u na de zomer een brief sturen over het onderhoud van de wegen."),
)
LEVER_QUESTION = "Did the minister agree to address that public money is needed as a lever for private research?"


def _closeness_of(embedder: HashEmbedder, question: str):
    """The stand-in for the index's chunk vectors: each turn of ``LEVER`` as one chunk."""
    query = embedder.embed_queries([question])[0]
    turns = {t.id: t.text for t in LEVER.turns}
    return lambda turn_id, offset: float(embedder.embed_passages([turns[turn_id]])[0] @ query) if turn_id in turns else None


def _ask_with(embedder: HashEmbedder | None, question: str, language: str = "en"):
    return answer_from_commitments(question, language, ["d"], [], lambda doc_id: LEVER if doc_id == "d" else None, 3,
                                   closeness=None if embedder is None else _closeness_of(embedder, question))


def test_agreeing_to_something_is_asking_for_a_commitment_but_agreeing_with_it_is_not() -> None:
    assert asks_for_commitments("Did the minister agree to address the lever in the plan?")
    assert not asks_for_commitments("Did the minister agree with the motion on the lever?")


def test_an_english_question_chooses_the_dutch_promise_by_the_meaning_of_the_request_it_answers() -> None:
    assert _ask_with(None, LEVER_QUESTION) is None  # no word meets: words alone choose nothing
    answer = _ask_with(GlossaryEmbedder(model_id="test-glossary"), LEVER_QUESTION)
    assert answer is not None and answer.answerable
    first = answer.citations[0]
    assert first.turn_id == "d:t0002" and "Dat kan ik toezeggen" in first.quote


def test_a_question_in_the_debates_own_language_is_not_matched_by_meaning() -> None:
    # the same words, taken as a Dutch question: the meaning that found the promise above is not
    # asked; what words alone find (here "private", which Sneller's request holds) stands
    by_meaning = _ask_with(GlossaryEmbedder(model_id="test-glossary"), LEVER_QUESTION, language="nl")
    by_words = _ask_with(None, LEVER_QUESTION, language="nl")
    assert by_meaning is not None and by_words is not None
    assert [c.turn_id for c in by_meaning.citations] == [c.turn_id for c in by_words.citations]
    assert "toegezegd aan Sneller" in (by_words.notice or "") and "publieke middelen" not in by_words.answer


class SameEmbedder(HashEmbedder):
    """Every text at the same place: no promise stands out in meaning. (Each double has its own
    ``model_id``: embedded promises are kept per model.)"""

    def _vector(self, text: str) -> np.ndarray:
        return super()._vector("same")


def test_no_promise_is_chosen_by_meaning_when_none_stands_out() -> None:
    assert _ask_with(SameEmbedder(model_id="test-same"), LEVER_QUESTION) is None


def test_a_promise_to_the_chair_as_member_does_not_displace_the_list_item_a_question_about_the_list_asks_for() -> None:
    debate = _debate(
        ("Pool", "chair", "Als woordvoerder van de VVD heb ik nog een vraag. Kunt u een tijdpad geven?"),
        ("Van Weel", "minister", "Ik kom daar voor de zomer op terug."),
        ("Boswijk", "member", "Hoeveel vluchtelingenkinderen zijn verdwenen?"),
        ("Van Weel", "minister", "Dat weet ik niet precies."),
        ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                          "De minister informeert de Kamer in een brief over de verdwenen vluchtelingenkinderen."),
    )
    debate = _exchange(debate, "Pool", "Van Weel", {0: "challenge", 1: "reply"})
    [promise] = [c for c in debate_commitments(debate) if c.source == "finder"]
    assert promise.to == "Pool"  # the chair asked as a member: the promise is made to him
    question = "Welke toezegging over verdwenen vluchtelingenkinderen las de voorzitter voor?"
    answer = answer_from_commitments(question, "nl", ["d"], retrieved(debate, 4, 0), {"d": debate}.get, 3)
    assert answer is not None and [c.turn_id for c in answer.citations] == ["d:t0004"]


def _pointing_back() -> Transcript:
    debate = _debate(
        ("Van Weel", "minister", " ".join(f"Het {n}e punt van het beleid werkt goed." for n in range(20))),
        ("Boswijk", "member", "Kunnen incestkinderen een beroep doen op het Schadefonds?"),
        ("Van Weel", "minister", "Dat is een terechte vraag. Als er nader zicht is, zal ik uw Kamer daarover informeren."),
        ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                          "De minister zegt toe de Kamer te informeren over de vraag of incestkinderen een beroep kunnen "
                          "doen op het Schadefonds."),
    )
    return _exchange(debate, "Boswijk", "Van Weel", {1: "challenge", 2: "reply"})


POINTING_BACK = _pointing_back()


def test_a_promise_that_only_points_back_to_its_subject_is_cited_with_the_chairs_item_that_names_it() -> None:
    answer = _ask(POINTING_BACK, "Wat zegde de minister toe over incestkinderen en het Schadefonds?")
    assert answer is not None
    assert [(c.speaker, c.turn_id) for c in answer.citations] == [("Van Weel", "d:t0002"), ("Pool", "d:t0003")]
    assert "incestkinderen" in answer.citations[1].quote and "incestkinderen" not in answer.citations[0].quote


def test_a_promise_that_names_its_subject_is_cited_alone() -> None:
    names_it = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Boswijk", "member", "Kunnen incestkinderen een beroep doen op het Schadefonds?"),
        ("Van Weel", "minister", "Ik zal uw Kamer informeren over incestkinderen en het Schadefonds."),
        ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                          "De minister zegt toe de Kamer te informeren over de vraag of incestkinderen een beroep "
                          "kunnen doen op het Schadefonds."),
    )
    answer = _ask(names_it, "Wat zegde de minister toe over incestkinderen en het Schadefonds?")
    assert answer is not None and [c.turn_id for c in answer.citations] == ["d:t0002"]


def test_a_promise_sharing_only_function_words_with_the_question_does_not_answer_it() -> None:
    bikes = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Boswijk", "member", "Wat gaat de minister doen aan fietsendiefstal?"),
        ("Van Weel", "minister", "Ik zal de Kamer voor de zomer een brief sturen over fietsendiefstal."),
    )
    assert _ask(bikes, "Wat heeft de minister toegezegd over fietsendiefstal?") is not None
    # "voor" and "komen" are four letters and more, but say nothing of what was promised
    assert _ask(bikes, "Heeft de minister toegezegd met een plan te komen voor de wachttijden voor spoedvisa?") is None


def test_a_yes_to_a_members_request_is_cited_with_the_request_it_answers() -> None:
    """"Dat zal ik doen." alone says nothing: its citation carries the member's request, in the
    member's words and attributed to the member's turn, beside the minister's own quote."""
    debate = _debate(
        ("Pool", "chair", "Mevrouw Mutluer."),
        ("Mutluer", "member", "Kan de minister de burgemeester van Amsterdam vragen om de cijfers over de wijkagenten?"),
        ("Van Weel", "minister", "Dat zal ik doen."),
    )
    answer = answer_from_commitments("What did the minister promise Mutluer?", "en", ["d"], [],
                                     lambda doc_id: debate if doc_id == "d" else None, 3)
    assert answer is not None and answer.answerable
    [citation] = answer.citations
    assert (citation.speaker, citation.quote) == ("Van Weel", "Dat zal ik doen.")
    assert citation.asked_by == "Mutluer" and citation.asked_turn_index == 1
    assert citation.asked == debate.turns[1].text


def test_a_member_named_keeps_only_the_promises_made_to_them() -> None:
    """"What did the minister promise Boswijk about the brief?" once also quoted the promises on the
    same subject made to another member."""
    debate = _debate(
        ("Pool", "chair", "De heer Boswijk."),
        ("Boswijk", "member", "Komt er een brief over de wijkagenten?"),
        ("Van Weel", "minister", "Ik stuur u voor de zomer een brief over de wijkagenten."),
        ("Aardema", "member", "En over de wijkagenten in Friesland?"),
        ("Van Weel", "minister", "Ik zal u na de zomer een brief sturen over de wijkagenten in Friesland."),
    )
    answer = answer_from_commitments("What did the minister promise Boswijk about the wijkagenten?", "en", ["d"], [],
                                     lambda doc_id: debate if doc_id == "d" else None, 3)
    assert answer is not None and [c.turn_id for c in answer.citations] == ["d:t0002"]


def test_a_member_named_who_was_promised_nothing_on_it_gets_no_promise_made_to_another() -> None:
    """"Wat beloofde staatssecretaris Aartsen de heer Stoffer over de manieren om grote
    infrastructuurprojecten te financieren?" was answered with his promise to Veltman: Stoffer's
    own promise, on another subject, shared no word with the question and left the filter off. The
    promise on the subject, made to another member, is shown and said to be his (`_made_to_another`)."""
    debate = _debate(
        ("Pool", "chair", "De heer Stoffer."),
        ("Stoffer", "member", "Komt er een verkenning naar het openbaar vervoer in Zeeland?"),
        ("Van Weel", "minister", "Ik stuur u na de zomer een verkenning over het openbaar vervoer in Zeeland."),
        ("Aardema", "member", "Komt er een brief over de financiering van grote projecten?"),
        ("Van Weel", "minister", "Ik stuur u voor de zomer een brief over de financiering van grote projecten."),
    )
    to_stoffer = _ask(debate, "Wat beloofde de minister de heer Stoffer over de financiering van grote projecten?")
    assert to_stoffer is not None and not to_stoffer.answerable and not to_stoffer.citations
    assert "aan Aardema, niet aan Stoffer" in to_stoffer.answer
    to_aardema = _ask(debate, "Wat beloofde de minister Aardema over de financiering van grote projecten?")
    assert to_aardema is not None and [c.turn_id for c in to_aardema.citations] == ["d:t0004"]


def test_a_party_named_as_whom_the_promises_were_made_to_keeps_those_made_to_its_members() -> None:
    """"Welke toezeggingen deed de staatssecretaris aan de SP in het debat over slachtofferbeleid?"
    was refused: the party was read as the subject the promises should name, and none did."""
    debate = dataclasses.replace(_debate(
        ("Pool", "chair", "De heer Van Nispen."),
        ("Van Nispen", "member", "Komt er een brief over letselschade?"),
        ("Van Weel", "minister", "Ik stuur u in het najaar een brief over letselschade."),
        ("Aardema", "member", "Gaat de minister praten met de gemeenten?"),
        ("Van Weel", "minister", "Ik ga het gesprek aan met de gemeenten."),
    ), title="Slachtofferbeleid")
    parties = {"Van Nispen": "SP", "Aardema": "PVV"}
    debate = dataclasses.replace(debate, turns=tuple(dataclasses.replace(t, party=parties.get(t.speaker))
                                                     for t in debate.turns))
    to_sp = _ask(debate, "Welke toezeggingen deed de minister aan de SP in het debat over slachtofferbeleid?")
    assert to_sp is not None and [c.turn_id for c in to_sp.citations] == ["d:t0002"]
    to_pvv = _ask(debate, "Which promises did the minister make to the PVV?", "en")
    assert to_pvv is not None and [c.turn_id for c in to_pvv.citations] == ["d:t0004"]
    promised_sp = _ask(debate, "What did the minister promise the SP about the letter?", "en")
    assert promised_sp is not None and [c.turn_id for c in promised_sp.citations] == ["d:t0002"]
    assert _ask(debate, "Welke toezeggingen deed de minister aan de VVD?") is None  # no VVD member spoke


def test_a_party_whose_member_did_something_else_names_no_one_the_promises_were_made_to() -> None:
    """"Did the economy minister agree to write a fresh cabinet response ... when the
    GroenLinks-PvdA member sided with D66's criticism?" is about what that member did, not the
    promises made to them."""
    assert _addressed_party("Welke toezeggingen deed de staatssecretaris aan de SP?", "SP")
    assert _addressed_party("Wat beloofde de minister de VVD?", "VVD")
    assert _addressed_party("Wat zegde de minister het CDA-Kamerlid toe?", "CDA")
    assert not _addressed_party("Did the minister agree when the GroenLinks-PvdA member sided with D66?", "GroenLinks-PvdA")
    assert not _addressed_party("Wat zegde de minister toe toen de VVD vroeg om een brief?", "VVD")
    assert not _addressed_party("Welke toezeggingen deed de staatssecretaris aan GroenLinks-PvdA?", "GroenLinks")


def test_a_promise_said_again_more_precisely_is_cited_beside_the_first_saying() -> None:
    debate = _debate(("Veltman", "member", "Wil de minister met de vervoerder in gesprek gaan over de controles?"),
                     ("Van Weel", "minister", "Ik ga met de vervoerder in gesprek over de controles."),
                     ("Pool", "chair", "Kunnen we dat noteren als een toezegging?"),
                     ("Van Weel", "minister", "Ja. Ik ga met de vervoerder in gesprek over de controles op het perron "
                                              "en informeer u voor het kerstreces."))
    answer = answer_from_commitments("Wat heeft de minister toegezegd over de controles?", "nl", ["d"], [],
                                     lambda doc_id: debate if doc_id == "d" else None, 3)
    assert answer is not None
    assert [c.turn_id for c in answer.citations] == ["d:t0001", "d:t0003"]
    assert all(c.speaker == "Van Weel" for c in answer.citations) and "controles op het perron" in answer.citations[1].quote


def _road_map_turn(point: str) -> Transcript:
    return _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Boswijk", "member", "Komt er nog een brief over de wachtlijsten?"),
        ("Van Weel", "minister", f"Voorzitter. Ik ga beginnen met een algemene vraag over de zorguitgaven, dan heb ik een "
                                 f"kopje fraude en dan nog overig. {point} In ieder geval kom ik met een brief voor het "
                                 f"zomerreces, zoals ik heb beloofd."),
    )


def test_a_word_only_the_turns_road_map_names_does_not_make_its_promise_the_answer() -> None:
    assert _ask(_road_map_turn("De wachtlijsten lopen op."), "Wat heeft de minister toegezegd over fraude?") is None
    answer = _ask(_road_map_turn("De fraude met zorggeld loopt op."), "Wat heeft de minister toegezegd over fraude?")
    assert answer is not None and [c.turn_id for c in answer.citations] == ["d:t0002"]


def _long_answer(between: str) -> Transcript:
    """One answer that speaks of the Lelylijn, then of much else, then promises an update."""
    return _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Van Weel", "minister", f"Voorzitter. Over de Lelylijn is veel gezegd en die pijn voel ik. {between}"
                                 "Over de 35 miljard zeg ik u toe dat u voor de zomer een update krijgt."),
    )


def test_a_word_of_the_turn_far_from_the_promise_does_not_say_what_it_is_about() -> None:
    filler = "Het onderhoud van de sluizen en de bruggen vraagt veel aandacht van ons allemaal. " * 10
    assert len(filler) > TURN_WORD_REACH
    assert _ask(_long_answer(filler), "Wat heeft de minister toegezegd over de Lelylijn?") is None
    near = _ask(_long_answer("Dat is zo. "), "Wat heeft de minister toegezegd over de Lelylijn?")
    assert near is not None and [c.turn_id for c in near.citations] == ["d:t0001"]


def test_a_cited_promise_shows_where_its_deadline_was_said_when_its_quote_does_not() -> None:
    repeated = _debate(("Dassen", "member", "Ik wil de correspondentie over de brief opvragen."),
                       ("Veldkamp", "minister", "Ik zal navraag doen binnen het departement."),
                       ("Klaver", "chair", "U kunt de minister vragen wanneer hij daarop terugkomt."),
                       ("Veldkamp", "minister", "Goed. Ik zal er alles aan doen om daarop terug te komen tijdens het "
                                                "tweeminutendebat."))
    [record] = [c for c in debate_commitments(repeated) if c.source == "finder"]
    cited = cite_commitment(1, record, repeated, 1.0, [])
    assert (cited.dated_by, cited.dated_turn_index) == ("Veldkamp", 3)
    assert cited.dated == "Ik zal er alles aan doen om daarop terug te komen tijdens het tweeminutendebat."
    item_dated = _debate(("Boswijk", "member", "Komt er een brief over de nazorg?"),
                         ("Van Weel", "minister", "Ja, ik stuur u een brief over de nazorg bij veteranen met PTSS."),
                         ("Van Weel", "minister", "Dan de politie. Het budget groeit. De wijkagent blijft. Het systeem "
                                                  "werkt goed. De regio's overleggen vaak. De opleiding is vernieuwd."),
                         ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                                           "De minister stuurt voor de zomer een brief over de nazorg bij veteranen met PTSS. "
                                           "Dit is een toezegging aan de heer Boswijk."))
    [record] = [c for c in debate_commitments(item_dated) if c.source == "finder"]
    cited = cite_commitment(1, record, item_dated, 1.0, parse_chair_list(item_dated))
    assert record.deadline_text == "voor de zomer" and (cited.dated_by, cited.dated_turn_index) == ("Pool", 3)
    assert cited.dated == "De minister stuurt voor de zomer een brief over de nazorg bij veteranen met PTSS."
    said = next(c for c in debate_commitments(COMMISSION) if c.source == "finder")
    assert cite_commitment(1, said, COMMISSION, 1.0, []).dated is None  # its quote says when ("na de zomer")


def test_a_report_or_letter_yet_to_come_is_answered_from_the_commitments_without_presuming_a_promise() -> None:
    """"Wanneer stuurt de staatssecretaris de brief over ...?" names neither a promise nor the House:
    it is answered from the commitments when one matches, but is no question that takes a promise
    as made (`refusals.presumes_promise` refuses those that match none)."""
    for question in ("Wanneer stuurt de staatssecretaris de brief over de frisdrank?",
                     "Where will the economy minister report on next steps for start-ups?",
                     "When will the letter on the tax reform be sent?"):
        assert ASKS_FOR_A_REPORT_OR_LETTER.search(question), question
        assert not asks_for_commitments(question), question
    assert not ASKS_FOR_A_REPORT_OR_LETTER.search("Wat stond er in de brief over de frisdrank?")
    debate = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Kouwenhoven", "member", "Komt er een brief over de verbruiksbelasting op frisdrank?"),
        ("Van Oostenbruggen", "minister", "Ik verwacht deze brief over de frisdrank uiterlijk volgende week naar de Kamer te sturen."),
    )
    answer = _ask(debate, "Wanneer stuurt de staatssecretaris de brief over de frisdrank?")
    assert answer is not None and [c.turn_id for c in answer.citations] == ["d:t0002"]


def _letters_debate() -> Transcript:
    """A debate where "brief" is a word of many turns and one promise names the subject asked about."""
    members = [("Stultiens", "member", f"Over de brief van punt {i} heb ik een vraag.") for i in range(6)]
    return _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        *members,
        ("Van Oostenbruggen", "minister", "Ik zal u de brief over de kansspelen voor de zomer sturen."),
        ("Van Oostenbruggen", "minister", "Over de geheimhoudingsplicht informeer ik u in september."),
        *[("Pool", "chair", f"Dank u. Punt {i}.") for i in range(10)],
    )


def test_a_word_of_many_turns_counts_less_than_the_word_that_names_the_subject() -> None:
    """A promise sharing only "brief" (in more than 5 % of the turns), in a turn retrieval chose,
    once outranked the promise on the subject the question names (development set: the RBZ
    minister's "Ik zal navraag doen" answered a question on the letter about the fiscal secrecy)."""
    debate = _letters_debate()
    retrieved_letter = retrieved(debate, 7)
    answer = answer_from_commitments("Wanneer krijgt de Kamer de brief over de geheimhoudingsplicht?", "nl", ["d"],
                                     retrieved_letter, lambda doc_id: debate if doc_id == "d" else None, 3)
    assert answer is not None and answer.citations[0].turn_id == "d:t0008"


def test_promises_to_the_named_member_on_other_subjects_do_not_answer_a_question_on_a_subject() -> None:
    """A member named and a subject asked: promises to that member that share nothing with the
    subject are no answer where another promise names it (development set: five promises to the
    rapporteur came before the one on the "toelichting" the question asked about)."""
    debate = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Jansen", "minister", "Ik zal verkennen hoe we in de volgende editie een duidelijkere toelichting kunnen geven."),
        ("Slagt-Tichelman", "member", "Komt er een brief over het financieel beheer?"),
        ("Jansen", "minister", "Ik stuur u in oktober een brief over het financieel beheer."),
    )
    answer = _ask(debate, "Wat heeft de minister Slagt-Tichelman toegezegd over een toelichting bij de monitor?")
    assert answer is not None and [c.turn_id for c in answer.citations] == ["d:t0001"]
    alone = _ask(debate, "Wat heeft de minister Slagt-Tichelman toegezegd?")  # no subject: the member decides
    assert alone is not None and alone.citations[0].turn_id == "d:t0003"


def test_promises_to_the_named_member_on_other_subjects_do_not_answer_where_no_promise_names_the_subject() -> None:
    """The promise on the subject asked was made by another cabinet member than the one named: the
    named one's promise to that member on another subject is no answer (development set,
    `dev-structure-3`: "What did state secretary Aartsen promise Grinwis about the temporary cycle
    bridges ...?" was answered with Aartsen's promise to Grinwis on the budget)."""
    debate = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Grinwis", "member", "Komt er een overzicht van de begroting?"),
        ("Aartsen", "minister", "Ik stuur u voor de zomer een overzicht van de begroting."),
    )
    assert _ask(debate, "Wat heeft Aartsen Grinwis toegezegd over de tijdelijke fietsbruggen?") is None
    alone = _ask(debate, "Wat heeft Aartsen Grinwis toegezegd?")  # no subject: the member decides
    assert alone is not None and alone.citations[0].turn_id == "d:t0002"


def test_the_debates_title_words_do_not_name_what_a_promise_is_about() -> None:
    """"In the EUFOR Althea debate, what did Veldkamp promise about ... Syria?": the one promise of
    that debate, on Bosnia, matched by the title's words in its turn (`dev-structure-3`)."""
    debate = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Paternotte", "member", "Wat doet het kabinet voor Bosnië binnen Althea?"),
        ("Van Weel", "minister", "Althea blijft nodig. Ik zal deze week met mijn Bosnische collega overleggen."),
        title="Artikel 100-bijdrage aan EUFOR Althea",
    )
    assert _ask(debate, "Wat heeft de minister toegezegd over Althea en de christenen in Syrië?") is None


def test_a_presumed_promise_to_one_member_is_not_answered_with_a_promise_to_another() -> None:
    """"Wanneer komt de bespiegeling ... die Karremans aan Thijssen heeft toegezegd?": the promise in
    the turn on that subject was made to Sneller (`dev-structure-3`, a false premise). A promise
    whose own words do not name the subject answers a presumed promise only if it was made to the
    member named; with no member named, its turn naming the subject is enough."""
    debate = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Thijssen", "member", "Kan de Centrale Economische Commissie zich over het verdienvermogen buigen?"),
        ("Sneller", "member", "En wanneer komt het actieplan?"),
        ("Karremans", "minister", "Over de Centrale Economische Commissie en het verdienvermogen heb ik gesprekken. "
                                  "Ik wil de Kamer daar vlak na de zomer over informeren."),
    )
    debate = _exchange(debate, "Sneller", "Karremans", {2: "challenge", 3: "reply"})
    presumed = "Wanneer komt de bespiegeling over het verdienvermogen die Karremans aan Thijssen heeft toegezegd?"
    assert _ask(debate, presumed) is None
    unnamed = _ask(debate, "Wanneer informeert de minister de Kamer over de commissie en het verdienvermogen?")
    assert unnamed is not None and unnamed.citations[0].turn_id == "d:t0003"


def test_a_chairs_item_the_finder_missed_answers_when_it_names_the_subject_in_two_rare_words() -> None:
    """"Wat heeft de minister Van Dijk beloofd over het naar voren halen van 2034 ...?": the
    minister's "Ik ben bereid daarnaar te kijken" is no promise to the finder; the chair's item
    records it (`dev-structure-4`: answered with other promises of a turn that names 2034)."""
    debate = _debate(
        ("Van Dijk", "member", "Kan het jaartal 2034 voor de woningbouw naar voren?"),
        ("Van Weel", "minister", "Ik ben bereid daarnaar te kijken."),
        ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                          "De minister zegt toe na te denken over het vervroegen van het jaartal 2034 voor de woningbouw. "
                          "Deze toezegging is gericht aan de heer Van Dijk."),
    )
    answer = _ask(debate, "Wat heeft de minister Van Dijk beloofd over het jaartal 2034 voor de woningbouw?")
    assert answer is not None and answer.citations[0].turn_id == "d:t0002"
    assert _ask(debate, "Wat heeft de minister beloofd over de woningbouw?") is None  # one word: not enough


def test_a_promise_due_later_than_the_question_says_is_a_false_premise_shown_as_the_closest_passage() -> None:
    answer = _answer("Did the minister promise Boswijk the reaction to the initiatiefnota before Prinsjesdag?")
    assert answer is not None and not answer.answerable and not answer.citations
    assert "“na de zomer” (2025-09-01/2025-11-30), not before Prinsjesdag" in answer.answer
    [closest] = answer.closest
    assert (closest.speaker, closest.turn_id) == ("Van Weel", "d:t0002") and "initiatiefnota" in closest.quote


def test_a_promise_due_within_the_time_the_question_says_answers_it() -> None:
    for question in ("Did the minister promise Boswijk the reaction to the initiatiefnota before Christmas?",
                     "Heeft de minister de reactie op de initiatiefnota voor het kerstreces toegezegd?"):
        answer = answer_from_commitments(question, "nl" if question.startswith("Heeft") else "en", ["d"], [],
                                         lambda doc_id: COMMISSION if doc_id == "d" else None, 3)
        assert answer is not None and answer.answerable
        assert [c.turn_id for c in answer.citations][:1] == ["d:t0002"]


def test_a_promise_on_the_subject_made_to_another_member_than_the_one_named_says_so() -> None:
    """"Wat heeft de staatssecretaris ... aan NSC'er Kouwenhoven toegezegd over het rapport over rode
    diesel?" was answered with the promise to Vijlbrief, who asked for the report (`dev-structure-22`)."""
    debate = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Vijlbrief", "member", "Wanneer komt het rapport over rode diesel?"),
        ("Kouwenhoven", "member", "Hoe staat het met de verbruiksbelasting?"),
        ("Van Weel", "minister", "De heer Vijlbrief vroeg naar het rapport over rode diesel. Ik zeg toe dat ik het "
                                 "rapport over rode diesel voor de zomer naar de Kamer stuur."),
    )
    debate = _exchange(debate, "Vijlbrief", "Van Weel", {1: "challenge", 3: "reply"})
    answer = _ask(debate, "Wat heeft de minister aan Kouwenhoven toegezegd over het rapport over rode diesel?")
    assert answer is not None and not answer.answerable and not answer.citations
    assert "Van Weel deed deze toezegging aan Vijlbrief, niet aan Kouwenhoven." in answer.answer
    assert answer.closest[0].turn_id == "d:t0003"
    asked = _ask(debate, "Wat heeft de minister aan Vijlbrief toegezegd over het rapport over rode diesel?")
    assert asked is not None and asked.answerable and asked.citations[0].turn_id == "d:t0003"


def _promise(turn_id: str, start: int) -> Commitment:
    return Commitment(speaker="Jansen", role="minister", function=None, to=None, quote=f"promise at {start}",
                      deadline_text=None, deadline=None, doc_id="d", doc_title="", date=None, turn_id=turn_id,
                      start=start, end=start + 10, strength="strong", source="finder")


def _closest(scores: dict[tuple[str, int], float]):
    return lambda turn_id, offset: scores.get((turn_id, offset))


DUTCH = Transcript(id="d", title="", date=None, source_format="vlos", source_path="", turns=(), language="nl")


def test_a_promise_made_in_a_few_sentences_of_one_turn_stands_out_in_meaning_as_one() -> None:
    letter, october, next_year, other = _promise("d:t0003", 0), _promise("d:t0003", 200), _promise("d:t0003", 400), _promise("d:t0009", 0)
    candidates = [(c, DUTCH) for c in (letter, october, next_year, other)]
    together = {("d:t0003", 0): 0.862, ("d:t0003", 200): 0.861, ("d:t0003", 400): 0.856, ("d:t0009", 0): 0.834}
    assert by_meaning(_closest(together), "What did the minister promise?", "en", candidates) == (letter, october, next_year)
    alone = {**together, ("d:t0003", 0): 0.890}
    assert by_meaning(_closest(alone), "What did the minister promise?", "en", candidates) == (letter,)


def test_close_promises_of_different_turns_do_not_stand_out_together() -> None:
    here, there, far = _promise("d:t0003", 0), _promise("d:t0005", 0), _promise("d:t0009", 0)
    scores = {("d:t0003", 0): 0.862, ("d:t0005", 0): 0.860, ("d:t0009", 0): 0.830}
    candidates = [(c, DUTCH) for c in (here, there, far)]
    assert by_meaning(_closest(scores), "What did the minister promise?", "en", candidates) == ()
    # and a question in the debate's own language is matched by its words, never by meaning
    assert by_meaning(_closest(scores), "Wat beloofde de minister?", "nl", candidates) == ()


def test_a_question_for_the_member_behind_a_promise_cites_their_request_first() -> None:
    """"In the MIRT debate, which MP pushed the minister to ... report back before Prinsjesdag?" was
    answered with the minister's promise alone, whose member only the notice named (`dev-structure-34`)."""
    answer = _answer("Which member did the minister promise to report back on the initiatiefnota?")
    assert answer is not None and answer.answerable
    assert [c.speaker for c in answer.citations[:2]] == ["Boswijk", "Van Weel"]
    assert answer.citations[0].quote == "Wanneer komt de reactie op de initiatiefnota over PTSS?"
    assert answer.notice is not None and answer.notice.startswith("[2] ")  # the promise's notes keep their numbers
    # a question for the promise itself cites the minister first, as before
    assert _answer("What did the minister promise to report back on the initiatiefnota?").citations[0].speaker == "Van Weel"


TWO_ASKED = _debate(
    ("Pool", "chair", "Ik open de vergadering."),
    ("Boswijk", "member", "Wanneer komt de reactie op de initiatiefnota over PTSS?"),
    ("Van Weel", "minister", "Ik zal u na de zomer informeren over de reactie op de initiatiefnota over PTSS."),
    ("Michon-Derkzen", "member", "Komt er ook een brief over de kosten van de initiatiefnota over PTSS?"),
    ("Van Weel", "minister", "Ik zal u voor de kerst een brief sturen over de kosten van de initiatiefnota over PTSS."),
)


def test_a_question_for_the_member_behind_a_promise_cites_that_promise_alone() -> None:
    """The other promises on the subject were made to other members: beside the one asked about they
    were wrong speakers (`dev-structure-34`: the MIRT answer also quoted promises to Pierik)."""
    def ask(question: str):
        return answer_from_commitments(question, "en", ["d"], [], lambda doc_id: TWO_ASKED if doc_id == "d" else None, 5)
    both = ask("What did the minister promise to report back on the initiatiefnota?")
    assert both is not None and len({c.turn_id for c in both.citations}) == 2
    one = ask("Which member did the minister promise to report back on the initiatiefnota?")
    assert one is not None and len(one.citations) == 2
    asker, promise = one.citations
    assert asker.speaker in {"Boswijk", "Michon-Derkzen"} and promise.speaker == "Van Weel"
    assert one.notice is not None and one.notice.startswith(f"[2] made to {asker.speaker}")
