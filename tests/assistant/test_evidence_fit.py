"""Checks that the passages an answer would cite hold what the question names and asks: a month
none of their debates was held in, or a number none of them states, is "not in the
transcripts". Fast: the service tests run on a hash-embedded one-debate index."""

from __future__ import annotations

import numpy as np
import pytest
from doubles import HashEmbedder
from samples import make_verslag

from assistant.evidence_fit import (
    Cited,
    Misfit,
    asked_fact,
    distant_fact,
    evidence_misfit,
    figures_stated,
    lacks_asked_number,
    months_named,
    said_alone,
    unmatched_month,
    unnamed_currency,
    unsaid_phrase,
    unstated_fact,
)
from assistant.speaker_fit import (
    SPEAKER_GAP,
    SpeakerCloseness,
    outmatched_speaker,
    speaker_closeness,
)
from ingest.lexical import ChunkTable


def _cited(quote: str = "", *, text: str = "", date: str | None = "2025-07-02", language: str = "nl",
           doc_id: str = "d1", passage: str = "") -> Cited:
    return Cited(quote, text or quote, date, language, doc_id, passage)


# --- a month the question names ------------------------------------------------------------------


@pytest.mark.parametrize(("question", "months"), [
    ("What did Kaag promise in the financial markets debate of March 2021?", ("2021-03",)),
    ("Wat kondigde de Chancellor aan in zijn begroting van maart 2023?", ("2023-03",)),
    ("What was said in the sitting of 17 Oct. 2022?", ("2022-10",)),
    ("Why did the minister mention the law of 2019?", ()),
    ("What did the minister say about the marriages 2020 report?", ()),
])
def test_a_month_is_named_only_with_its_year_in_any_profiled_language(question: str, months: tuple[str, ...]) -> None:
    assert months_named(question) == months


QUESTION_OF_MARCH = "What did the minister promise in the debate of March 2021?"


def test_a_month_no_cited_debate_was_held_in_is_unmatched() -> None:
    assert unmatched_month(QUESTION_OF_MARCH, [_cited("x", date="2022-02-03"), _cited("y", date=None)]) == "2021-03"


def test_a_month_one_cited_debate_was_held_in_is_matched() -> None:
    cited = [_cited("x", date="2022-02-03"), _cited("y", date="2021-03-11")]
    assert unmatched_month(QUESTION_OF_MARCH, cited) is None


def test_a_month_a_cited_turn_names_may_be_the_events_and_is_matched() -> None:
    cited = [_cited("We beloofden het.", text="In maart 2021 hebben we dit beloofd. We beloofden het.", date="2022-02-03")]
    assert unmatched_month(QUESTION_OF_MARCH, cited) is None


def test_a_year_alone_is_never_checked_it_is_usually_the_year_of_an_event() -> None:
    assert unmatched_month("Which law of 2019 did the minister mention?", [_cited("x", date="2022-02-03")]) is None


# --- a number the question asks for ------------------------------------------------------------


def test_dutch_een_is_an_article_not_a_figure_but_twee_and_digits_are() -> None:
    assert figures_stated("Dat kost een hoop geld.", "nl") == ()
    assert figures_stated("Dat kost twee miljoen.", "nl") == ("twee", "miljoen")
    assert figures_stated("It costs 3 million pounds.", "en") == ("3", "million")


def test_years_roads_dates_and_the_questions_own_figures_are_not_figures_it_asks_for() -> None:
    text = "In 2025 gaat de A2 op 1 juli open, dat zei ik voor 1 miljoen mensen."
    assert figures_stated(text, "nl", question="Hoeveel kost het voor 1 miljoen mensen?") == ()


def test_a_how_much_question_whose_quotes_state_no_figure_lacks_it() -> None:
    cited = [_cited("De maatregelen voor vleermuizen zijn nodig en worden in 2026 uitgevoerd.")]
    assert lacks_asked_number("Hoeveel kosten de maatregelen voor vleermuizen?", cited, "nl")
    assert lacks_asked_number("Wat kost het in totaal? Hoeveel kosten de maatregelen?", cited, "nl")


def test_a_question_in_another_language_than_the_lead_debate_is_not_checked() -> None:
    # across languages the quote is the passage's first sentences: the figure may be anywhere
    cited = [_cited("De maatregelen voor vleermuizen zijn nodig en worden in 2026 uitgevoerd.")]
    assert not lacks_asked_number("How much will the bat measures cost?", cited, "en")


def test_a_how_much_question_with_a_figure_in_a_quote_of_the_lead_debate_does_not_lack_it() -> None:
    cited = [_cited("De maatregelen zijn nodig."), _cited("Ze kosten 4 miljoen euro.")]
    assert not lacks_asked_number("Hoeveel kosten de maatregelen voor vleermuizen?", cited, "nl")


def test_a_figure_in_the_matched_passage_outside_the_quote_answers() -> None:
    cited = [_cited("Het amendement is door de Kamer geregeld.",
                    passage="Het amendement is door de Kamer geregeld. Het is door in totaal 142 Kamerleden gesteund.")]
    assert not lacks_asked_number("Door hoeveel Kamerleden werd het amendement gesteund?", cited, "nl")


def test_a_figure_elsewhere_in_a_long_turn_does_not_answer() -> None:
    cited = [_cited("Het meldpunt is gisteren in de lucht gekomen.", passage="Het meldpunt is gisteren in de lucht gekomen.",
                    text="Het meldpunt is gisteren in de lucht gekomen. Wij trekken 30 miljoen uit voor de politie.")]
    assert lacks_asked_number("Hoeveel meldingen kreeg het nieuwe meldpunt?", cited, "nl")


def test_a_figure_from_another_debate_than_the_lead_citations_does_not_count() -> None:
    cited = [_cited("De maatregelen zijn nodig."), _cited("It will raise £3 billion.", language="en", doc_id="d2")]
    assert lacks_asked_number("Hoeveel kosten de maatregelen voor vleermuizen?", cited, "nl")


def test_a_question_that_asks_no_figure_or_asks_why_never_lacks_one() -> None:
    cited = [_cited("De maatregelen voor vleermuizen zijn nodig.")]
    assert not lacks_asked_number("Waarom zijn de maatregelen voor vleermuizen nodig?", cited, "nl")
    assert not lacks_asked_number("Waarom kan de minister niet zeggen hoeveel de maatregelen kosten?", cited, "nl")


def test_the_month_is_checked_before_the_figure_and_no_citations_means_no_misfit() -> None:
    question = "How much did the minister promise in March 2021?"
    before, during = (_cited("The measures are needed.", date=d, language="en") for d in ("2022-02-03", "2021-03-02"))
    assert evidence_misfit(question, [before], "en") == Misfit("2021-03")
    assert evidence_misfit(question, [during], "en") == Misfit()
    assert evidence_misfit(question, [], "en") is None


# --- the kind of fact the question asks for: an amount, a percentage, a day ---------------------


@pytest.mark.parametrize(("question", "kind"), [
    ("How much will the new subsidy pay employers per trainee?", "amount"),
    ("What would the planned amendment cost?", "amount"),
    ("What maximum amount does the state secretary propose?", "amount"),
    ("Hoeveel geld trekt de minister uit voor het actieplan?", "amount"),
    ("Hoeveel gaat de nieuwe aanpak na april kosten?", "amount"),
    ("What percentage of the screenings overran the term?", "percentage"),
    ("Met hoeveel procent drukt de garantie de inflatie?", "percentage"),
    ("At what level in dollars per barrel should the cap be set?", "amount"),
    ("On what date will the fiscal plan be presented?", "day"),
    ("Op welke datum wordt de weg opengesteld?", "day"),
    ("How many reports did the helpline receive?", None),
    ("Why can't the state secretary say how much the measure raises?", None),
])
def test_the_kind_of_fact_a_question_asks_for_is_read_in_every_profiled_language(question: str, kind: str | None) -> None:
    assert asked_fact(question) == kind


def test_an_amount_asked_is_unstated_when_the_lead_quotes_name_no_money() -> None:
    cited = [_cited("Ik ben voornemens om dit najaar de subsidieregeling te publiceren.",
                    text="Ik ben voornemens om dit najaar de subsidieregeling te publiceren. Dat kost 60 miljoen.")]
    assert unstated_fact("Hoeveel gaat de nieuwe subsidie per werkgever betalen?", cited, "nl") == "amount"


def test_an_amount_in_the_lead_quote_or_passage_states_it() -> None:
    quoted = [_cited("De regeling kost 60 miljoen euro per jaar.")]
    in_passage = [_cited("Ik publiceer de regeling.", passage="Ik publiceer de regeling. Er is €60 mln voor.")]
    english = [_cited("It will save £2 billion a year.", language="en")]
    assert unstated_fact("Hoeveel gaat de nieuwe regeling kosten?", quoted, "nl") is None
    assert unstated_fact("Hoeveel gaat de nieuwe regeling kosten?", in_passage, "nl") is None
    assert unstated_fact("How much does reversing it save a year?", english, "en") is None


def test_a_question_in_another_language_than_the_lead_debate_is_not_checked_for_its_fact() -> None:
    # across languages the quote is the passage's first sentences: the amount may be later in the turn
    cited = [_cited("Ik ben voornemens om dit najaar de subsidieregeling te publiceren.")]
    assert unstated_fact("How much will the new subsidy pay employers per trainee?", cited, "en") is None


def test_an_amount_in_another_debate_than_the_lead_citations_does_not_state_it() -> None:
    cited = [_cited("De regeling komt er dit najaar."), _cited("It will raise £3 billion.", language="en", doc_id="d2")]
    assert unstated_fact("Hoeveel gaat de nieuwe regeling kosten?", cited, "nl") == "amount"


def test_a_day_is_a_day_of_the_month_with_its_name_or_a_weekday_not_a_year_or_a_season() -> None:
    question = "Op welke datum wordt de A16 Rotterdam opengesteld?"
    assert unstated_fact(question, [_cited("De A16 gaat dit najaar in 2025 open.")], "nl") == "day"
    assert unstated_fact(question, [_cited("De A16 gaat op 8 juli open.")], "nl") is None
    assert unstated_fact(question, [_cited("De A16 gaat dinsdag open.")], "nl") is None
    assert unstated_fact("On what date will the plan be presented?",
                         [_cited("We will publish it on 31 October.", language="en")], "en") is None


def test_a_percentage_asked_needs_a_percent_sign_or_word_not_any_figure() -> None:
    question = "Welk percentage van de onderzoeken was te laat?"
    assert unstated_fact(question, [_cited("Er waren 933 onderzoeken te laat.")], "nl") == "percentage"
    assert unstated_fact(question, [_cited("Van de onderzoeken was 12 procent te laat.")], "nl") is None
    assert unstated_fact(question, [_cited("Van de onderzoeken was 12% te laat.")], "nl") is None


def test_a_percent_word_inside_a_longer_word_states_no_percentage() -> None:
    assert unstated_fact("Welk percentage is te laat?", [_cited("De stijging is procentueel groot.")], "nl") == "percentage"


def _closeness(scores: dict[str, float]):
    """A closeness in meaning that scores each sentence by the first key it contains (0.80 else)."""
    def closeness(sentences):
        return [next((v for k, v in scores.items() if k in s), 0.80) for s in sentences]
    return closeness


BAT_QUOTE = "De maatregelen voor vleermuizen op de A2 zijn nodig. Het budget voor de weg is 40 miljoen euro."


def test_an_amount_only_in_a_sentence_far_from_the_question_is_about_something_else() -> None:
    cited = [_cited(BAT_QUOTE)]
    question = "Exactly how much extra will the bat measures on the A2 cost?"
    assert distant_fact(question, cited, _closeness({"vleermuizen": 0.87, "budget": 0.78})) == "amount"
    assert distant_fact(question, cited, _closeness({"vleermuizen": 0.87, "budget": 0.86})) is None


def test_an_amount_in_the_closest_sentence_answers_in_any_language() -> None:
    cited = [_cited(BAT_QUOTE)]
    assert distant_fact("How much will the bat measures cost?", cited, _closeness({"vleermuizen": 0.80, "budget": 0.85})) is None


def test_without_any_stated_amount_closeness_says_nothing_the_amount_may_lie_outside_the_quote() -> None:
    cited = [_cited("De maatregelen voor vleermuizen op de A2 zijn nodig. Ze worden volgend jaar uitgevoerd.")]
    assert distant_fact("How much will the bat measures cost?", cited, _closeness({"vleermuizen": 0.9})) is None


def test_a_count_or_a_question_that_asks_no_fact_is_not_checked_by_closeness() -> None:
    cited = [_cited(BAT_QUOTE)]
    far = _closeness({"vleermuizen": 0.87, "budget": 0.70})
    assert distant_fact("How many bat measures are there on the A2?", cited, far) is None
    assert distant_fact("Why are the bat measures on the A2 needed?", cited, far) is None


def test_the_closeness_check_runs_last_and_only_when_given() -> None:
    cited = [_cited(BAT_QUOTE, language="nl")]
    far = _closeness({"vleermuizen": 0.87, "budget": 0.70})
    assert evidence_misfit("How much will the bat measures cost?", cited, "en", far) == Misfit(fact="amount")
    assert evidence_misfit("How much will the bat measures cost?", cited, "en") is None


def test_a_currency_the_question_names_must_be_named_in_a_cited_lead_turn() -> None:
    question = "At what level in dollars per barrel should the oil price cap be set?"
    euros = [_cited("Ik zou zo'n prijsplafond graag willen.", text="Ik zou zo'n prijsplafond graag willen. Het kost 1,2 miljoen euro.")]
    dollars = [_cited("Ik wil een plafond.", text="Ik wil een plafond van 60 dollar per vat.")]
    assert unnamed_currency(question, euros) == "dollar"
    assert unnamed_currency(question, dollars) is None
    assert unnamed_currency("Wat kost het plafond?", euros) is None
    assert unnamed_currency("What did the minister say about the cap of sixty dollars?", euros) is None


def test_a_phrase_the_question_quotes_must_be_said_in_a_cited_turn() -> None:
    cited = [_cited("De staatssecretaris ontraadt de motie over directe financiering.")]
    assert unsaid_phrase("What appreciation did the state secretary give the 'rugzakje 2.0' motion?", cited) == "rugzakje 2.0"
    assert unsaid_phrase("Why did he give the motion “oordeel Kamer”?", cited) == "oordeel Kamer"
    assert unsaid_phrase("Waarom noemde hij het ‘directe  Financiering’?", cited) is None  # case and spaces folded


def test_a_quoted_phrase_only_the_best_turn_says_points_to_it() -> None:
    question = "Who compared the three MPs to a kind of 'F-side' of the House?"
    best, other = "Jullie zijn de fiscale harde kern, een soort F-side van de Tweede Kamer.", "Dank u wel."
    assert said_alone(question, [best, other]) == "f-side"
    assert said_alone(question, [other, best]) is None  # said, but not by the best-ranked turn
    assert said_alone(question, [best, "Die F-side zit er weer."]) is None  # said by more than one turn: no pointer
    assert said_alone("Why did he give the motion “oordeel Kamer”?", ["Oordeel Kamer.", "Ontraden."]) == "oordeel kamer"
    assert said_alone("Why did he say 'ja'?", ["Ja.", "Nee."]) is None  # too short to stand for a turn
    assert said_alone("Who spoke of a kind of F-side?", [best]) is None  # nothing quoted
    assert said_alone(question, []) is None


def test_an_apostrophe_inside_a_word_quotes_nothing() -> None:
    cited = [_cited("De staatssecretaris ontraadt de motie.")]
    assert unsaid_phrase("What did Van Houwelingen's motion ask, and what was the members' view?", cited) is None


def test_a_document_number_is_no_figure_a_how_many_question_asks_for() -> None:
    text = "Ik kom op de motie op stuk nr. 163. Het faillissement van Conservatrix raakt veel mensen."
    assert figures_stated(text, "nl") == ()
    assert figures_stated("Article 12 says so; 40 people were hurt.", "en") == ("40",)


def test_the_kind_of_fact_is_checked_before_any_figure() -> None:
    cited = [_cited("De regeling kost nog niets; 12 werkgevers doen mee.")]
    assert evidence_misfit("Hoeveel geld trekt de minister uit voor de regeling?", cited, "nl") == Misfit(fact="amount")
    assert evidence_misfit("Hoeveel werkgevers doen mee?", cited, "nl") is None


# --- a speaker the question names who never said it ---------------------------------------------


def _table(rows: list[tuple[str, str, bool, list[float]]]) -> ChunkTable:
    """A chunk table of (debate, speaker key, is chair, vector) rows."""
    metadatas = [{"doc_id": doc, "turn_id": f"{doc}:t{i}", "speaker_key": who, "is_chair": chair}
                 for i, (doc, who, chair, _) in enumerate(rows)]
    vectors = np.asarray([v for *_, v in rows], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return ChunkTable([f"c{i}" for i in range(len(rows))], [""] * len(rows), metadatas, vectors)


TOPIC = np.asarray([1.0, 0.0, 0.0], dtype=np.float32)


def test_another_speaker_far_closer_to_the_question_in_that_debate_outmatches_the_named_one() -> None:
    table = _table([("d1", "bakker", False, [0.2, 1.0, 0.0]), ("d1", "jansen", False, [1.0, 0.1, 0.0]),
                    ("d2", "visser", False, [1.0, 0.0, 0.0])])
    closeness = speaker_closeness(table, TOPIC, "d1", "bakker")
    assert closeness is not None and closeness.other_speaker == "jansen" and closeness.other > closeness.named
    assert outmatched_speaker(closeness) == "jansen"


def test_the_chair_and_other_debates_never_outmatch_the_named_speaker() -> None:
    table = _table([("d1", "bakker", False, [1.0, 0.3, 0.0]), ("d1", "de vries", True, [1.0, 0.0, 0.0]),
                    ("d1", "jansen", False, [0.0, 1.0, 0.0]), ("d2", "visser", False, [1.0, 0.0, 0.0])])
    closeness = speaker_closeness(table, TOPIC, "d1", "bakker")
    assert closeness is not None and closeness.other_speaker == "jansen"
    assert outmatched_speaker(closeness) is None


def test_a_small_lead_of_another_speaker_is_no_wrong_speaker() -> None:
    assert outmatched_speaker(SpeakerCloseness(0.80, 0.80 + SPEAKER_GAP * 0.9, "jansen")) is None
    assert outmatched_speaker(SpeakerCloseness(0.80, 0.80 + SPEAKER_GAP, "jansen")) == "jansen"


def test_closeness_in_meaning_counts_only_with_a_word_of_the_question_the_named_speaker_never_says() -> None:
    table = _table([("d1", "bakker", False, [0.2, 1.0, 0.0]), ("d1", "jansen", False, [1.0, 0.1, 0.0])])
    table.texts[:] = ["Wat gaat de minister doen aan diefstal?", "Ik investeer in fietsenstallingen met camera's."]
    said_by_jansen_only = speaker_closeness(table, TOPIC, "d1", "bakker", frozenset({"fietsenstall", "camera"}))
    said_by_both = speaker_closeness(table, TOPIC, "d1", "bakker", frozenset({"diefstal"}))
    assert said_by_jansen_only is not None and said_by_jansen_only.unshared == 2
    assert outmatched_speaker(said_by_jansen_only) == "jansen"
    assert said_by_both is not None and said_by_both.unshared == 0 and outmatched_speaker(said_by_both) is None


def test_nothing_is_compared_where_the_named_speaker_or_nobody_else_speaks() -> None:
    table = _table([("d1", "bakker", False, [1.0, 0.0, 0.0]), ("d2", "jansen", False, [1.0, 0.0, 0.0])])
    assert speaker_closeness(table, TOPIC, "d1", "bakker") is None
    assert speaker_closeness(table, TOPIC, "d1", "jansen") is None
    assert outmatched_speaker(None) is None


# --- in the assistant ---------------------------------------------------------------------------


def _assistant(tmp_path_factory: pytest.TempPathFactory, minister_says: str):
    """A one-debate index (5 March 2024) whose threshold policy answers whatever the evidence,
    so that only the checks under test can turn an answer into "not in the transcripts"."""
    from assistant.abstention import AbstentionPolicy
    from assistant.service import Assistant
    from ingest.indexing import ingest_paths
    from ingest.settings import Settings

    folder = tmp_path_factory.mktemp("fit-corpus")
    (folder / "fiets.txt").write_text(make_verslag(minister_says=minister_says), encoding="utf-8")
    settings = Settings(index_dir=tmp_path_factory.mktemp("fit-index") / "index")
    assert not ingest_paths([folder], settings, embedder=HashEmbedder()).failed
    assistant = Assistant.open(settings, embedder=HashEmbedder())
    assistant.policy = AbstentionPolicy(min_coverage=0.0)
    return assistant


@pytest.fixture(scope="module")
def with_amount(tmp_path_factory: pytest.TempPathFactory):
    return _assistant(tmp_path_factory, "Jansen investeert twaalf miljoen euro in fietsenstallingen met camera's.")


@pytest.fixture(scope="module")
def without_amount(tmp_path_factory: pytest.TempPathFactory):
    return _assistant(tmp_path_factory, "Jansen investeert fors in fietsenstallingen met camera's.")


HOW_MUCH = "Hoeveel investeert Jansen in fietsenstallingen met camera's?"


def test_a_how_much_question_is_answered_when_the_quote_gives_the_amount(with_amount) -> None:
    answer = with_amount.ask(HOW_MUCH)
    assert answer.answerable and "twaalf miljoen" in answer.answer


def test_a_how_much_question_is_not_answered_when_no_quote_gives_an_amount(without_amount) -> None:
    answer = without_amount.ask(HOW_MUCH)
    assert not answer.answerable
    assert "noemen geen aantal of bedrag" in answer.answer
    assert answer.filters["evidence"]["coverage"] >= 0.8  # the topic is there: a near miss
    assert answer.closest and "fietsenstallingen" in answer.closest[0].quote


def test_an_amount_question_over_quotes_that_give_a_number_but_no_money_is_not_answered(tmp_path_factory) -> None:
    assistant = _assistant(tmp_path_factory, "Jansen plaatst twaalf fietsenstallingen met camera's.")
    answer = assistant.ask("Hoeveel geld trekt Jansen uit voor fietsenstallingen met camera's?")
    assert not answer.answerable and "noemen geen aantal of bedrag" in answer.answer
    assert assistant.ask("Hoeveel fietsenstallingen met camera's plaatst Jansen?").answerable


def test_a_day_question_over_quotes_without_a_day_is_not_answered_and_says_so(with_amount) -> None:
    answer = with_amount.ask("Op welke datum investeert Jansen in fietsenstallingen met camera's?")
    assert not answer.answerable
    assert "noemen geen datum" in answer.answer


def test_a_question_quoting_words_no_cited_turn_says_is_not_answered_and_says_which(with_amount) -> None:
    answer = with_amount.ask("Waarom noemde Jansen de fietsenstallingen met camera's “een gouden greep”?")
    assert not answer.answerable
    assert "Geen van de gevonden passages zegt “een gouden greep”." in answer.answer


def test_a_question_about_another_month_is_not_answered_and_says_which(with_amount) -> None:
    answer = with_amount.ask("Wat zei Jansen in april 2024 over fietsenstallingen met camera's?")
    assert not answer.answerable
    assert "april 2024" in answer.answer


def test_a_question_about_the_debates_month_is_answered(with_amount) -> None:
    answer = with_amount.ask("Wat zei Jansen in maart 2024 over fietsenstallingen met camera's?")
    assert answer.answerable


def test_a_commitment_answer_from_a_debate_of_another_month_is_not_answered(with_amount, monkeypatch) -> None:
    import dataclasses

    import assistant.service as service

    promised = dataclasses.replace(with_amount.ask(HOW_MUCH), answer="Jansen zegde toe ...")  # cites the 5 March 2024 debate
    assert promised.answerable and promised.citations[0].date == "2024-03-05"
    monkeypatch.setattr(service, "answer_from_commitments", lambda *args, **kwargs: promised)
    elsewhere = with_amount.ask("Wat zegde Jansen in april 2024 toe over fietsenstallingen met camera's?")
    assert not elsewhere.answerable and "april 2024" in elsewhere.answer
    assert with_amount.ask("Wat zegde Jansen in maart 2024 toe over fietsenstallingen met camera's?").answer == "Jansen zegde toe ..."


def test_what_a_member_said_about_what_only_the_minister_said_is_not_answered_and_says_who(with_amount) -> None:
    answer = with_amount.ask("Wat zei Bakker over twaalf miljoen euro voor fietsenstallingen met camera's?")
    assert not answer.answerable
    assert "In dat debat zegt Jansen wat het dichtst bij de vraag komt, niet Bakker." in answer.answer


def test_what_the_minister_said_about_it_is_answered(with_amount) -> None:
    assert with_amount.ask("Wat zei Jansen over twaalf miljoen euro voor fietsenstallingen met camera's?").answerable
