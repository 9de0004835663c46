"""Which sentences of a cited turn are quoted (`assistant.answering.select_quotes`): the quote
carries the answer, starts where a sentence starts, and works across languages. Built in code
with tests/samples.py, no model."""

from __future__ import annotations

import dataclasses

import pytest
from samples import make_english_transcript, make_verslag

from assistant.answering import (
    FACT_REACH,
    LEAD_QUOTE_CHARS,
    MAX_QUOTE_CHARS,
    Quote,
    _with_fact,
    answer_cues,
    select_quotes,
)
from assistant.evidence_fit import fact_in_language
from assistant.retrieval import RetrievedChunk, RetrievedTurn
from ingest.chunking import chunk_transcript, sentence_spans
from ingest.models import Transcript, Turn
from ingest.parse_verslag import parse_verslag


def _cited(transcript: Transcript, turn_index: int, chunk_from: str | None = None) -> tuple[Turn, RetrievedTurn]:
    """Turn ``turn_index`` as retrieval returns it, its best chunk the one that contains
    ``chunk_from`` (default: the turn's first chunk)."""
    turn = transcript.turns[turn_index]
    chunks = [c for c in chunk_transcript(transcript) if c.turn_id == turn.id]
    chunk = next(c for c in chunks if chunk_from is None or chunk_from in c.text)
    meta = dataclasses.replace(chunk.metadata, embed_text=chunk.embed_text)
    return turn, RetrievedTurn(turn.id, transcript.id, 1.0, 0.85, 1.0, [RetrievedChunk(chunk.id, chunk.text, meta, 0.85, 1.0)])


def _quoted(question: str, transcript: Transcript, turn_index: int, chunk_from: str | None = None) -> str:
    """The quote ``select_quotes`` takes from ``turn_index`` when it is the only turn cited."""
    turn, retrieved = _cited(transcript, turn_index, chunk_from)
    [quote] = select_quotes(question, [(turn, retrieved)])
    return turn.text[quote.start : quote.end]


def _second_quoted(question: str, transcript: Transcript, turn_index: int) -> str:
    """The quote of ``turn_index`` cited second, after the member's question (turn 1)."""
    cited = [_cited(transcript, 1), _cited(transcript, turn_index)]
    quote = select_quotes(question, cited)[1]
    return transcript.turns[turn_index].text[quote.start : quote.end]


def _english(says: str) -> Transcript:
    return make_english_transcript(chancellor_says=says)


def _dutch(says: str) -> Transcript:
    return parse_verslag(make_verslag(minister_says=says), "slachtoffers-2024-03-05.txt")


def _minister(transcript: Transcript) -> int:
    return next(t.index for t in transcript.turns if t.role == "minister")


# --- paragraph breaks --------------------------------------------------------------------------

PARAGRAPHS = (
    "I can also confirm to the House that, following a review of the plans, alcohol duty rates will be uprated shortly\n"
    "Secondly, the Government are currently committed to the energy price guarantee for households until April."
)


def test_a_line_break_between_paragraphs_ends_a_sentence() -> None:
    spans = sentence_spans(PARAGRAPHS, "en", paragraphs=True)
    assert [PARAGRAPHS[a:b].strip() for a, b in spans][1].startswith("Secondly, the Government")


def test_chunks_keep_their_sentences_unless_paragraphs_are_asked_for() -> None:
    assert len(sentence_spans(PARAGRAPHS, "en")) == 1


@pytest.mark.parametrize("question", ["How long will the energy price guarantee for households last?",
                                      "Hoe lang blijft de energy price guarantee voor households?"])
def test_a_quote_starts_at_the_paragraph_that_answers_not_at_the_one_before(question: str) -> None:
    quoted = _quoted(question, _english(PARAGRAPHS), 2)
    assert quoted.startswith("Secondly, the Government"), quoted
    assert "alcohol" not in quoted


# --- cross-lingual questions -------------------------------------------------------------------

TELEPHONE = ("Let's just sort this telephone out, because the ringing in the Chamber this afternoon is "
             "disturbing the statement for everyone who is here to listen to it. I am sorry, Chancellor, carry on. "
             "The Chancellor will now continue with the rest of the statement.")


def test_a_question_sharing_no_word_with_the_turn_quotes_the_chunk_from_its_start() -> None:
    """Before, the shortest sentence was quoted ("I am sorry, Chancellor, carry on.") with the one after it."""
    quoted = _second_quoted("Wat zei de voorzitter toen er een mobieltje afging?", _english(TELEPHONE), 2)
    assert quoted.startswith("Let's just sort this telephone out"), quoted


def test_a_turn_as_short_as_a_quote_is_quoted_whole() -> None:
    """The word the question shares ("Chancellor") sits in the turn's least informative sentence."""
    short = "Order. Let's just sort this telephone out. It is off. I am sorry, Chancellor, carry on."
    quoted = _second_quoted("Wat zei de Speaker toen er tijdens de verklaring van de Chancellor een telefoon afging?",
                            _english(short), 2)
    assert quoted == short


def test_a_question_sharing_a_word_quotes_the_sentence_that_shares_it() -> None:
    says = ("We will publish the review of business rates in the spring, after talking to the sector. "
            "The fuel duty freeze continues for another year, as I promised the House in March.")
    quoted = _quoted("Wat zei de Chancellor over fuel duty?", _english(says), 2)
    assert quoted.startswith("The fuel duty freeze"), quoted


# --- the kind of answer the question asks for ---------------------------------------------------

COUNCIL = (
    "Growth needs the best advice, from people who know the markets and who will tell me when I am wrong, "
    "so today I am announcing the formation of a new economic advisory council to do just that. "
    "This council will advise me: Rupert Harrison, Karen Ward, Gertjan Vlieghe and Sushil Wadhwani. "
    "We will also publish the terms of reference of the council in due course."
)


@pytest.mark.parametrize("question", ["Who will sit on the new economic advisory council?",
                                      "Wie zitten er in de nieuwe economic advisory council?"])
def test_a_who_question_quotes_the_next_sentence_when_it_names_the_people(question: str) -> None:
    quoted = _quoted(question, _english(COUNCIL), 2)
    assert "announcing the formation" in quoted and "Rupert Harrison" in quoted, quoted


def test_a_later_citation_of_a_what_question_keeps_to_the_sentence_that_matches() -> None:
    quoted = _second_quoted("What did the Chancellor announce about the best advice on growth?", _english(COUNCIL), 2)
    assert quoted.startswith("Growth needs the best advice") and "Rupert Harrison" not in quoted, quoted


def test_a_who_question_extends_a_later_citation_to_the_names_too() -> None:
    quoted = _second_quoted("Who will sit on the new economic advisory council?", _english(COUNCIL), 2)
    assert "Rupert Harrison" in quoted and "terms of reference" not in quoted, quoted


def test_the_first_citation_goes_on_to_the_sentences_after_the_match_up_to_the_lead_length() -> None:
    quoted = _quoted("What did the Chancellor announce about the best advice on growth?", _english(COUNCIL), 2)
    assert quoted.startswith("Growth needs the best advice") and "Rupert Harrison" in quoted, quoted
    assert quoted == COUNCIL  # the whole turn fits the lead length
    longer = COUNCIL + " " + " ".join(f"The council will meet for the {n} time in the spring, at the Treasury." for n in
                                      ("first", "second", "third", "fourth", "fifth", "sixth", "seventh"))
    quoted = _quoted("What did the Chancellor announce about the best advice on growth?", _english(longer), 2)
    assert quoted.startswith("Growth needs the best advice") and MAX_QUOTE_CHARS < len(quoted) <= LEAD_QUOTE_CHARS
    assert quoted.endswith("at the Treasury.")  # whole sentences


def test_words_that_only_frame_the_question_do_not_choose_the_sentence() -> None:
    says = ("The minister of housing has asked me to say that she regrets the delays, and that she will answer "
            "the questions of the committee in writing before the recess. "
            "Stamp duty on homes under £250,000 is abolished from today, for every buyer.")
    quoted = _second_quoted("What did the minister say about stamp duty?", _english(says), 2)
    assert quoted.startswith("Stamp duty"), quoted


ADVICE = (
    "Dan kom ik bij het amendement van mevrouw Bikker over de vergoeding voor de slachtoffers van de "
    "toeslagenaffaire en de uitvoering daarvan door de gemeenten en de Belastingdienst in de komende jaren. "
    "Dat amendement moet ik ontraden, omdat de dekking ten koste gaat van het budget voor de hersteloperatie zelf. "
    "Ik hoop dat mevrouw Bikker daar begrip voor heeft."
)


@pytest.mark.parametrize("question", ["Waarom ontraadt de minister het amendement over de vergoeding?",
                                      "Why did the minister advise against the amendment on the vergoeding?"])
def test_a_why_question_quotes_the_sentence_that_gives_the_reason(question: str) -> None:
    transcript = _dutch(ADVICE)
    quoted = _quoted(question, transcript, _minister(transcript), chunk_from="Dan kom ik")
    assert "omdat de dekking" in quoted, quoted


BUDGET = (
    "Het kabinet investeert in de komende jaren fors in de bereikbaarheid van de regio's buiten de Randstad, "
    "zoals wij in het coalitieakkoord hebben afgesproken met alle partijen die daaraan deelnemen. "
    "Het gaat om 7,5 miljard euro tot en met 2030. Daarnaast komt er geld voor onderhoud."
)


@pytest.mark.parametrize("question", ["Hoeveel investeert het kabinet in de bereikbaarheid van de regio's?",
                                      "How much does the cabinet invest in the bereikbaarheid of the regio's?"])
def test_a_how_much_question_quotes_the_sentence_with_the_amount(question: str) -> None:
    transcript = _dutch(BUDGET)
    quoted = _quoted(question, transcript, _minister(transcript))
    assert "7,5 miljard" in quoted, quoted
    assert len(quoted) <= MAX_QUOTE_CHARS


@pytest.mark.parametrize(("question", "cues"), [
    ("Who will sit on the council?", ("person",)),
    ("Wie zit er in de raad?", ("person",)),
    ("How much does the scheme cost?", ("number",)),
    ("Hoeveel kost de regeling?", ("number",)),
    ("When will the review be published?", ("date",)),
    ("Wanneer komt de brief?", ("date",)),
    ("Why did the minister advise against it?", ("reason",)),
    ("Waarom ontraadt de minister de motie?", ("reason",)),
    ("What did the minister say about fuel duty?", ()),
])
def test_the_question_word_says_what_kind_of_answer_a_quote_must_hold(question: str, cues: tuple[str, ...]) -> None:
    assert answer_cues(question) == cues


def test_every_quote_is_a_slice_of_its_turn_starting_at_a_sentence() -> None:
    for says, question in ((COUNCIL, "Who advises the Chancellor?"), (PARAGRAPHS, "Wat gebeurt er met alcohol?"),
                           (TELEPHONE, "Wat zei de voorzitter?")):
        transcript = _english(says)
        turn: Turn = transcript.turns[2]
        quoted = _quoted(question, transcript, 2)
        assert quoted in turn.text
        before = turn.text[: turn.text.index(quoted)]
        assert before == "" or before.endswith((". ", "\n", ": ")), (quoted, before)


def _two_chunk_turn(dense_first: float, dense_second: float) -> tuple[Turn, RetrievedTurn]:
    """The Chancellor's turn as two retrieved chunks: the first names the member asked about
    (the best fused, BM25 found the name), the second gives the figure."""
    says = ("I thank my hon. Friend Anneliese Dodds for her question, and I agree that the high street matters. "
            "She has raised it many times in this House and I have listened to her with care. " * 4
            + "We will cut business rates by one third for small retailers, saving them £900 million.")
    transcript = _english(says)
    turn = transcript.turns[2]
    chunks = [c for c in chunk_transcript(transcript) if c.turn_id == turn.id]
    assert len(chunks) >= 2 and "£900 million" in chunks[-1].text and "£900 million" not in chunks[0].text
    retrieved = [RetrievedChunk(c.id, c.text, dataclasses.replace(c.metadata, embed_text=c.embed_text), dense, fused)
                 for c, dense, fused in ((chunks[0], dense_first, 0.9), (chunks[-1], dense_second, 0.5))]
    return turn, RetrievedTurn(turn.id, transcript.id, 1.0, max(dense_first, dense_second), 1.0, retrieved)


def test_a_question_in_another_language_is_quoted_from_the_chunk_closest_in_meaning() -> None:
    turn, retrieved = _two_chunk_turn(dense_first=0.80, dense_second=0.84)
    [across] = select_quotes("Hoeveel bespaart Anneliese Dodds' winkelstraat?", [(turn, retrieved)], "nl")
    assert "£900 million" in turn.text[across.start : across.end]
    [same] = select_quotes("What did the Chancellor say to Anneliese Dodds?", [(turn, retrieved)], "en")
    assert "£900 million" not in turn.text[same.start : same.end], "same language: the best fused chunk"


# --- the fact asked for, a few sentences from the quote ---------------------------------------------

PHASED = ("Dan het knooppunt. Daarvoor is echter een substantieel budget nodig. We praten hier over 500 miljoen "
          "euro. Ik kan daarom niet zomaar een studie starten. Dat zal niet eerder zijn dan volgend jaar. Dat betekent "
          "dat de realisatie van een gefaseerde aanpak van het knooppunt pas kan starten na 2030.\n"
          "Dan de N50. Daar ligt een keuze van 200 miljoen euro.")


def _quote_of(sentence: str) -> Quote:
    start = PHASED.index(sentence)
    return Quote(start, start + len(sentence), 1.0)


def test_a_quote_without_the_amount_asked_for_reaches_for_the_sentence_of_its_paragraph_that_states_it() -> None:
    states = fact_in_language("Wat kost een gefaseerde aanpak van het knooppunt?")
    assert states is not None
    quote = _with_fact(PHASED, _quote_of("Dat betekent dat de realisatie van een gefaseerde aanpak van het knooppunt pas "
                                         "kan starten na 2030."), states("nl"), "nl")
    quoted = PHASED[quote.start:quote.end]
    assert quoted.startswith("We praten hier over 500 miljoen euro.") and quoted.endswith("na 2030.")
    assert "200 miljoen" not in quoted  # the next paragraph is about another road


def test_a_quote_stating_the_amount_or_with_none_near_it_stays_as_it_is() -> None:
    states = fact_in_language("How much does a phased approach cost?")
    assert states is not None and fact_in_language("What did the minister say about the junction?") is None
    holding = _quote_of("We praten hier over 500 miljoen euro.")
    assert _with_fact(PHASED, holding, states("nl"), "nl") == holding
    far = "Dan het knooppunt. Het is een knelpunt. Er staan files. Dat weten we. Het kost 500 miljoen euro."
    assert FACT_REACH < 4 and _with_fact(far, Quote(0, 18, 1.0), states("nl"), "nl") == Quote(0, 18, 1.0)
