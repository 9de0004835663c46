"""A question about how the chair's list of commitments was corrected is answered with the item as
read and what was said about it, in order, each quote attributed from its turn."""

from __future__ import annotations

from assistant.commitment_answers import _quoting, answer_from_commitments, content_words, settled
from assistant.list_corrections import correction_answer
from assistant.models import Citation
from assistant.structure.chair_list import Correction, ListItem, parse_chair_list
from assistant.structure.commitments import debate_commitments
from ingest.models import Transcript
from tests.assistant.test_structure_commitments import _debate, _exchange

READING = _debate(
    ("Pool", "chair", "Ik open de vergadering."),
    ("Boswijk", "member", "Voorzitter. Ik heb drie punten."),
    ("Michon-Derkzen", "member", "Voorzitter. Ik sluit mij aan bij de vorige spreker."),
    ("Van Weel", "minister", "Dank u wel. Ik begin met de vragen over de politie."),
    ("Boswijk", "member", "Hoe staat het met de registratie van thuiswerkende prostituees?"),
    ("Michon-Derkzen", "member", "Ik maak mij zorgen over de registratie."),
    ("Van Weel", "minister", "Dan de politie. Het budget groeit. De wijkagent blijft."),
    ("Van Weel", "minister", "Ik zal in de brief aan de Eerste Kamer ingaan op de vraag van de heer Boswijk over de "
                             "registratie van thuiswerkende prostituees."),
    ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                      "De minister zal in de brief aan de Eerste Kamer over niet-geregistreerde thuiswerkende prostituees "
                      "ingaan op de vraag van de heer Boswijk."),
    ("Michon-Derkzen", "member", "Ik gun dat de heer Boswijk van harte, maar ik zou het graag ietsje breder willen."),
    ("Pool", "chair", "Zal ik het nog eens voorlezen?"),
    ("Van Weel", "minister", "Ja."),
    ("Pool", "chair", "Ik stel voor dat we de naam eruit halen en het veralgemeniseren. Dan kom ik bij de tweede en "
                      "laatste toezegging.\nDe minister zal de Kamer voor de zomer informeren over de cijfers van de politie."),
    ("Pool", "chair", "Dat is genoteerd. Ik dank u allen voor uw bijdragen. Ik sluit de vergadering."),
    ("Michon-Derkzen", "member", "Tot ziens, allemaal, en een goede zomer."),
)


def _load(debate: Transcript):
    return lambda doc_id: debate if doc_id == debate.id else None


def test_an_item_s_corrections_run_to_the_next_item_and_keep_the_chair_s_settled_wording() -> None:
    first, second = parse_chair_list(READING)
    assert first.corrected and not second.corrected
    # the last item's run ends where the chair closes the meeting: the member's goodbye is not in it
    assert [(c.speaker, c.text) for c in second.corrections] == [("Pool", "Dat is genoteerd.")]
    assert [(c.speaker, c.text) for c in first.corrections] == [
        ("Michon-Derkzen", "Ik gun dat de heer Boswijk van harte, maar ik zou het graag ietsje breder willen."),
        ("Pool", "Ik stel voor dat we de naam eruit halen en het veralgemeniseren."),
    ]  # the chair's question, a bare "Ja." and her announcing the next item settle nothing


def test_how_an_item_was_corrected_quotes_it_as_read_then_the_correction_in_order() -> None:
    answer = answer_from_commitments("Hoe werd de toezegging over thuiswerkende prostituees aangepast?", "nl", ["d"], [],
                                     _load(READING), 3)
    assert answer is not None and answer.answerable
    assert [(c.speaker, c.turn_id) for c in answer.citations] == [
        ("Pool", "d:t0008"), ("Michon-Derkzen", "d:t0009"), ("Pool", "d:t0012")]
    assert answer.answer.startswith("Punt 1 van de lijst van toezeggingen van de voorzitter in “Politie”")
    assert all(c.quote == c.text[c.quote_start:c.quote_end] and f"“{c.quote}” [{c.n}]" in answer.answer
               for c in answer.citations)


def test_a_correction_is_looked_for_in_every_debate_when_retrieval_chose_others() -> None:
    answer = answer_from_commitments("Hoe werd de toezegging over thuiswerkende prostituees aangepast?", "nl", [], [],
                                     _load(READING), 3, every_debate=lambda: ["d"])
    assert answer is not None and answer.citations[1].speaker == "Michon-Derkzen"


def test_a_question_about_no_correction_gets_the_promise_not_the_discussion() -> None:
    answer = answer_from_commitments("Wat zegde de minister toe over thuiswerkende prostituees?", "nl", ["d"], [],
                                     _load(READING), 3)
    assert answer is not None and [c.speaker for c in answer.citations] == ["Van Weel"]


def test_an_item_nobody_corrected_is_no_answer_to_how_it_was_corrected() -> None:
    wanted = content_words("Hoe werd de toezegging over de cijfers van de politie aangepast?")
    assert correction_answer("Hoe werd de toezegging over de cijfers van de politie aangepast?", "nl",
                             [_debate(*((t.speaker, t.role, t.text) for t in READING.turns if t.index != 9))],
                             wanted, content_words, None) is None


def test_an_english_question_on_a_dutch_list_takes_the_discussion_closest_in_meaning() -> None:
    closeness = {"d:t0009": 0.9, "d:t0012": 0.5}
    answer = correction_answer("How was the commitment changed when a member objected?", "en", [READING],
                               content_words("How was the commitment changed when a member objected?"), content_words,
                               lambda turn_id, offset: closeness.get(turn_id))
    assert answer is not None and answer.answer.startswith("Item 1 of the chair's list of commitments")


REREAD = _debate(
    ("Pool", "chair", "Ik open de vergadering."),
    ("Boswijk", "member", "Hoe staat het met Pijler 2?"),
    ("Van Weel", "minister", "Over Pijler 2 wordt nog onderhandeld."),
    ("Van Weel", "minister", "Dan de politie. Het budget groeit. De wijkagent blijft."),
    ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                      "Ten aanzien van de aanpassingen van Pijler 2 informeert de minister de Kamer nader over de aanpassing "
                      "van tax credits, na afloop van de lopende onderhandelingen.\n"
                      "De minister zal de Kamer voor de zomer informeren over de cijfers van de politie."),
    ("Van Weel", "minister", "Die eerste ging wel erg snel. Ik vraag me af of dat zo klopt."),
    ("Pool", "chair", "De minister zal ten aanzien van de aanpassing van Pijler 2 de Kamer na afloop van de lopende "
                      "onderhandelingen nader informeren over de aanpassing van tax credits."),
    ("Van Weel", "minister", "Dat gaat niet specifiek over tax credits, dus ik zou dat vooral weglaten."),
    ("Pool", "chair", "Ik sluit de vergadering."),
)


def test_an_item_read_again_in_other_words_stays_one_item_with_its_second_reading_as_a_correction() -> None:
    first, second = parse_chair_list(REREAD)
    assert (first.n, second.n) == (1, 2) and first.text.startswith("Ten aanzien van de aanpassingen van Pijler 2")
    assert [(c.speaker, c.turn_id) for c in first.corrections] == [("Pool", "d:t0006"), ("Van Weel", "d:t0007")]
    assert first.corrections[0].text.startswith("De minister zal ten aanzien van de aanpassing van Pijler 2")
    # the objection made after the second item was read is that item's, as the parser cannot tell otherwise
    assert [c.turn_id for c in second.corrections] == ["d:t0005"]


def test_the_chair_s_words_end_at_the_sentence_announcing_the_next_item_even_after_a_line_break() -> None:
    turns = [(t.speaker, t.role, t.text) for t in READING.turns]
    turns[12] = ("Pool", "chair", "Ik stel voor dat we de naam eruit halen. Maar het blijft bij prostitutie.\nDan kom ik "
                                  "bij de tweede toezegging.\nDe minister zal de Kamer voor de zomer informeren over de "
                                  "cijfers van de politie.")
    first, _ = parse_chair_list(_debate(*turns))
    assert first.corrections[-1].text == "Ik stel voor dat we de naam eruit halen. Maar het blijft bij prostitutie."


def test_what_the_list_finally_records_is_the_item_with_its_correction() -> None:
    answer = answer_from_commitments("Hoe werd de brief over thuiswerkende prostituees uiteindelijk genoteerd?", "nl",
                                     ["d"], [], _load(READING), 3)
    assert answer is not None and [(c.speaker, c.turn_id) for c in answer.citations] == [
        ("Pool", "d:t0008"), ("Michon-Derkzen", "d:t0009"), ("Pool", "d:t0012")]


def test_what_the_list_records_of_an_item_nobody_corrected_is_left_to_retrieval() -> None:
    # no promise word: only the list could answer it here, and its item as read says nothing more than retrieval's turns
    assert answer_from_commitments("Werden de cijfers van de politie voor de zomer genoteerd?", "nl", ["d"], [],
                                   _load(READING), 3) is None


def _tie(turn_id: str, offset: int) -> float:
    return 0.8  # the chunk holding both items: the index's vectors cannot tell them apart


def test_an_item_named_by_its_place_in_the_list_is_taken_when_meaning_cannot_choose() -> None:
    question = "Why did the minister object to the second commitment as the chair read it out?"
    answer = correction_answer(question, "en", [REREAD], content_words(question), content_words, _tie)
    assert answer is not None and answer.answer.startswith("Item 2 of the chair's list of commitments")


def test_an_english_question_whose_item_meaning_cannot_choose_is_not_answered_from_the_list() -> None:
    question = "Why did the minister object to the commitment as the chair read it out?"
    assert correction_answer(question, "en", [REREAD], content_words(question), content_words, _tie) is None


SETTLED_BY_THE_MINISTER = _debate(
    ("Pool", "chair", "Ik open de vergadering."),
    ("Boswijk", "member", "Hoe staat het met het toezicht op de gedragscode letselschade?"),
    ("Van Weel", "minister", "De AFM ziet daarop toe. Ik zeg toe dat ik erop terugkom in de volgende voortgangsrapportage."),
    ("Van Weel", "minister", "Dan de politie. Het budget groeit. De wijkagent blijft."),
    ("Pool", "chair", "Ik loop graag nog even de toezeggingen met u door.\n"
                      "De minister zegt de Kamer toe in de volgende voortgangsrapportage de Kamer te informeren over het "
                      "toezicht op de gedragscode letselschade."),
    ("Van Weel", "minister", "Ik ga in het najaar een afzonderlijke brief over letselschade aan uw Kamer sturen."),
    ("Pool", "chair", "Dat is nog beter. Dan maken we dat ervan."),
    ("Pool", "chair", "Ik sluit de vergadering."),
)


def test_a_promise_the_minister_makes_while_an_item_is_read_is_that_item_s() -> None:
    by_turn = {c.turn_id: c for c in debate_commitments(SETTLED_BY_THE_MINISTER)}
    settled = by_turn["d:t0005"]
    assert settled.source == "finder" and settled.speaker == "Van Weel" and settled.list_item == 1
    assert settled.deadline_text == "in het najaar"  # its own time, not the item's


def test_what_was_promised_instead_is_answered_with_the_item_and_how_it_was_settled() -> None:
    answer = answer_from_commitments("Welke brief over letselschade beloofde de minister in plaats van de "
                                     "voortgangsrapportage?", "nl", ["d"], [], _load(SETTLED_BY_THE_MINISTER), 3)
    assert answer is not None and [(c.speaker, c.turn_id) for c in answer.citations] == [
        ("Pool", "d:t0004"), ("Van Weel", "d:t0005"), ("Pool", "d:t0006")]


CORRECTED_DATE = _debate(
    ("Nijhof-Leeuw", "chair", "Ik open de vergadering."),
    ("Kouwenhoven", "member", "Voorzitter. Wanneer komt de brief over de hervorming van het toeslagenstelsel?"),
    ("Van Oostenbruggen", "state_secretary", "Dank u wel. Daar wordt hard aan gewerkt."),
    ("Nijhof-Leeuw", "chair", "Dan kom ik bij de toezeggingen van de staatssecretaris.\n"
                              "De staatssecretaris zal de brief over de hervorming van het toeslagenstelsel na de zomer "
                              "aan de Kamer sturen."),
    ("Van Oostenbruggen", "state_secretary", "Er is een motie aangenomen om het voor de zomer te doen."),
    ("Nijhof-Leeuw", "chair", "Dan maken we van het woordje \"na\" het woordje \"voor\". Ik sluit de vergadering."),
)


def test_a_chairs_item_quoted_for_a_promise_comes_with_what_corrected_it() -> None:
    """The item as read is not what the list finally records: quoting it alone gave a wrong date."""
    answer = answer_from_commitments("Wanneer krijgt de Kamer de brief over de hervorming van het toeslagenstelsel?",
                                     "nl", ["d"], [], _load(CORRECTED_DATE), 5)
    assert answer is not None
    assert [(c.speaker, c.turn_id) for c in answer.citations] == [
        ("Nijhof-Leeuw", "d:t0003"), ("Van Oostenbruggen", "d:t0004"), ("Nijhof-Leeuw", "d:t0005")]
    assert "woordje" in answer.citations[2].quote
    assert answer.notice is not None and "[1] is bij het voorlezen van de lijst gecorrigeerd: [2], [3]" in answer.notice


def test_an_uncorrected_chairs_item_is_quoted_alone() -> None:
    uncorrected = _debate(*((t.speaker, t.role, t.text) for t in CORRECTED_DATE.turns[:4]),
                          ("Nijhof-Leeuw", "chair", "Ik sluit de vergadering."))
    answer = answer_from_commitments("Wanneer krijgt de Kamer de brief over de hervorming van het toeslagenstelsel?",
                                     "nl", ["d"], [], _load(uncorrected), 5)
    assert answer is not None and [c.turn_id for c in answer.citations] == ["d:t0003"]


def test_what_settled_an_item_is_the_cabinets_first_and_last_word_on_it_and_the_chairs_after() -> None:
    def said(speaker: str, role: str, n: int) -> Correction:
        return Correction(speaker, role, f"d:t{n:04d}", 0, 5, f"zin {n}")

    run = (said("Veltman", "member", 1), said("Boutkan", "chair", 2), said("Aartsen", "state_secretary", 3),
           said("Boutkan", "chair", 4), said("Aartsen", "state_secretary", 5), said("Boutkan", "chair", 6))
    item = ListItem(1, "De staatssecretaris gaat in gesprek met de RET.", "Boutkan", "d:t0000", "Veltman", run)
    # the state secretary's first and last word on it, then the chair's after the last
    assert [c.turn_id for c in settled(item)] == ["d:t0003", "d:t0005", "d:t0006"]
    # no cabinet member spoke: the last other speaker's word and the chair's after it
    members_only = ListItem(2, "De minister zal informeren.", "Boutkan", "d:t0000", None, run[:2])
    assert [c.turn_id for c in settled(members_only)] == ["d:t0001", "d:t0002"]
    assert settled(ListItem(3, "De minister zal informeren.", "Boutkan", "d:t0000", None, run[1:2])) == []


RESTATED = _debate(
    ("Boutkan", "chair", "Ik open de vergadering."),
    ("Veltman", "member", "Voorzitter. Kan de staatssecretaris bij de flessenhals Meppel kijken of er ook andere "
                          "vervoerders dan de NS kunnen rijden?"),
    ("Aartsen", "state_secretary", "Dank u wel. Eerst het spoor in het oosten. De dienstregeling wordt volgend jaar "
                                   "herzien. De stations krijgen meer fietsenstallingen. De tarieven stijgen minder dan "
                                   "verwacht. Het onderhoud van de bruggen loopt op schema. De sociale veiligheid in de "
                                   "treinen heeft mijn aandacht. De regio vraagt om snellere verbindingen. Het budget is "
                                   "krap. De planning wordt in het najaar bekend. De provincie denkt mee. Het "
                                   "personeel krijgt extra opleiding. Dan de vraag van mevrouw Veltman. We kunnen in het "
                                   "onderzoek naar de flessenhals Meppel kijken of we dat kunnen meenemen. Dat kan ik wel "
                                   "toezeggen."),
    ("Boutkan", "chair", "Dan kom ik bij de toezeggingen.\nDe staatssecretaris zegt toe de Kamer te informeren over "
                         "snelle oplossingen voor de flessenhals Meppel."),
    ("Aartsen", "state_secretary", "Het was een toezegging aan mevrouw Veltman om de mogelijkheid van open toegang voor "
                                   "andere vervoerders bij de flessenhals Meppel te bekijken."),
    ("Boutkan", "chair", "Dat staat genoteerd. Ik sluit de vergadering."),
)


def test_a_promise_whose_list_item_its_maker_corrected_is_quoted_with_how_they_put_it() -> None:
    """The minister's "Dat kan ik wel toezeggen." says what only with their correction of the clerk's item."""
    [commitment] = [c for c in debate_commitments(RESTATED) if c.source == "finder"]
    assert commitment.list_item == 1
    answer = answer_from_commitments("Wat heeft de staatssecretaris toegezegd over de flessenhals Meppel?", "nl", ["d"],
                                     [], _load(RESTATED), 5)
    assert answer is not None
    assert [(c.speaker, c.turn_id) for c in answer.citations][:2] == [("Aartsen", "d:t0002"), ("Aartsen", "d:t0004")]
    assert all(not c.is_chair for c in answer.citations)  # the maker's own words, not the chair's


BARE_ASSENT = _exchange(_debate(
    ("Boutkan", "chair", "Ik open de vergadering."),
    ("Tieman", "minister", " ".join(f"Het {n}e punt van het beleid werkt goed." for n in range(20))),
    ("Pierik", "member", "Wil de minister toezeggen dat hij samen met de regio een quickscan doet naar de gepauzeerde "
                         "projecten, zoals Amelisweerd en de verbreding van de N50, om die gefaseerd op te pakken?"),
    ("Tieman", "minister", "Ja, die toezegging kan ik doen."),
    ("Boutkan", "chair", "Dan kom ik bij de toezeggingen.\nDe minister zegt toe samen met de regio een quickscan "
                         "te doen naar de gepauzeerde projecten, waaronder Amelisweerd en de N50, om die gefaseerd op te "
                         "pakken, en zal de Kamer hierover informeren. Dit is een toezegging aan de heer "
                         "Pierik. De vraag is wel wanneer."),
    ("Tieman", "minister", "Na het BO MIRT."),
    ("Boutkan", "chair", "Dat komt dus na het BO MIRT. Ik sluit de vergadering."),
), "Pierik", "Tieman", {2: "challenge", 3: "reply"})


def test_a_bare_assent_is_cited_with_the_chairs_item_that_says_what_and_no_quote_is_cited_twice() -> None:
    """"Ja, die toezegging kan ik doen." names nothing of what was promised: the clerk's item does.
    The minister's "Na het BO MIRT." is both how he put the promise and what settled the item."""
    [commitment] = [c for c in debate_commitments(BARE_ASSENT) if c.source == "finder"]
    assert commitment.quote == "Ja, die toezegging kan ik doen." and commitment.list_item == 1
    answer = answer_from_commitments("Wat zegde de minister toe over een quickscan?", "nl", ["d"], [],
                                     _load(BARE_ASSENT), 5)
    assert answer is not None
    cited = [(c.speaker, c.turn_id) for c in answer.citations]
    assert cited == [("Tieman", "d:t0003"), ("Tieman", "d:t0005"), ("Boutkan", "d:t0004"), ("Boutkan", "d:t0006")]
    assert "quickscan" in answer.citations[2].quote
    assert answer.notice is not None and "[3] is bij het voorlezen van de lijst gecorrigeerd: [2], [4]" in answer.notice



def test_a_quote_another_citation_of_the_same_turn_already_holds_is_not_quoted_again() -> None:
    """A promise restated while the chair's list is read is cited beside the promise it restates,
    and the finder may have found it as a promise of its own too: it is quoted once."""
    def cite(n: int, at: int, end: int | None = None) -> Citation:
        turn = READING.turns[at]
        return Citation.of_turn(n, turn, (0, end or len(turn.text)), doc_id="d", doc_title="Politie",
                                date="2025-07-02", score=1.0)

    restated = cite(2, 7)
    found_too = cite(6, 7, READING.turns[7].text.index(" ingaan") + 1)
    elsewhere = cite(3, 6, 10)
    assert _quoting([elsewhere, restated], found_too) is restated
    assert _quoting([elsewhere], found_too) is None
    assert _quoting([found_too], restated) is None  # a longer quote of the turn says more: it is cited
