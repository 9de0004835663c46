"""The answering logic through its typed seams, with the test doubles instead of the model and
Chroma (`tests/doubles.py`): reciprocal-rank fusion, choosing which minister "the minister" means,
and abstaining. Two small debates, one minister each, built in code."""

from __future__ import annotations

import pytest
from doubles import assistant_over
from samples import make_verslag

from assistant.constraints import Constraints
from assistant.retrieval import RRF_K
from assistant.service import Assistant
from ingest.models import Transcript
from ingest.parse_verslag import parse_verslag
from ingest.settings import load_settings


def _debates() -> list[Transcript]:
    bikes = parse_verslag(make_verslag(), "fietsen.txt")
    drugs_text = make_verslag("Ik pak de drugshandel in de haven van Rotterdam aan met extra douaniers.",
                              topic="drugshandel", day=6).replace("Jansen", "Smit")
    return [bikes, parse_verslag(drugs_text, "drugs.txt")]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    settings = load_settings(env={}, index_dir=tmp_path_factory.mktemp("index"))
    return assistant_over(_debates(), settings)


# -- fusion ------------------------------------------------------------------------------------


def test_a_turn_found_by_meaning_and_by_words_scores_the_sum_of_its_two_reciprocal_ranks(assistant: Assistant) -> None:
    retrieval = assistant.retriever.retrieve("drugshandel haven Rotterdam douaniers", Constraints())
    best = retrieval.turns[0]
    assert best.speaker == "Smit" and best.dense > 0 and best.lexical > 0
    chunk = best.chunks[0]
    # ranked first by both sides: 1/(k+1) twice, nothing else
    assert chunk.fused == pytest.approx(2.0 / (RRF_K + 1))
    assert best.score == chunk.fused
    assert [t.score for t in retrieval.turns] == sorted((t.score for t in retrieval.turns), reverse=True)


# -- speaker resolution ------------------------------------------------------------------------


def test_the_minister_a_question_means_is_the_one_whose_words_answer_it(assistant: Assistant) -> None:
    plan, turns = assistant.retrieve("Wat zei de minister over drugshandel?")
    assert plan.constraints.speakers == ("smit",)
    assert turns and {t.speaker for t in turns} == {"Smit"}
    plan, turns = assistant.retrieve("Wat zei de minister over fietsenstallingen?")
    assert plan.constraints.speakers == ("jansen",) and {t.speaker for t in turns} == {"Jansen"}


def _chaired_debates() -> list[Transcript]:
    """Bakker speaks in the first debate, chaired by De Vries, who pauses it for the bell; in the
    second Bakker is the chair herself."""
    paused = make_verslag().replace(
        "Voorzitter. Wat gaat de minister doen", "Voorzitter. Ik begin bij de fietsenstallingen.\n\n"
        "De voorzitter: \nWe pauzeren een minuutje vanwege de bel. Gaat u verder met uw betoog.\n\n"
        "Mevrouw Bakker (GL): \nWat gaat de minister doen")
    chaired = make_verslag("Ik pak de drugshandel aan.", topic="drugshandel", day=6).replace(
        "Voorzitter: De Vries", "Voorzitter: Bakker").replace("Ik geef het woord aan mevrouw Bakker.",
                                                                "Mevrouw Bakker opent de vergadering. Het woord is aan de heer De Vries.")
    return [parse_verslag(paused, "fietsen.txt"), parse_verslag(chaired, "drugs.txt")]


def test_the_chair_a_question_means_is_not_the_member_it_names_beside_the_chair(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = assistant_over(_chaired_debates(), load_settings(env={}, index_dir=tmp_path_factory.mktemp("index")))
    plan, turns = assistant.retrieve("Waarom pauzeerde de voorzitter de vergadering tijdens het betoog van mevrouw Bakker?")
    assert plan.constraints.speakers == ("de vries",), "Bakker chairs only the other debate"
    assert turns and {t.speaker for t in turns} == {"De Vries"}
    assert "bel" in turns[0].chunks[0].text


def test_a_member_named_in_an_exchange_question_is_no_chair_but_elsewhere_may_be(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A side of an exchange never runs the sitting ("when the NSC member pressed Boutkan ...":
    Boutkan chaired the MIRT debate); what a member who chaired said may be the chair's words ("Wat
    zei Van Oosten over de prostitutiewet?" is answered only by his reading of the promises)."""
    assistant = assistant_over(_chaired_debates(), load_settings(env={}, index_dir=tmp_path_factory.mktemp("index")))
    assert assistant.plan("Wat antwoordde mevrouw Bakker toen de minister haar onderbrak?").constraints.as_members
    assert not assistant.plan("Wat zei mevrouw Bakker over de drugshandel?").constraints.as_members


def test_retrieval_returns_a_new_plan_and_leaves_the_understood_one_as_it_was(assistant: Assistant) -> None:
    understood = assistant.plan("Wat zei de minister over drugshandel?")
    learned, _ = assistant.retrieve("Wat zei de minister over drugshandel?")
    assert understood.constraints.speakers == () and understood.dense_margin == 0.0
    assert learned.constraints.speakers == ("smit",) and learned.dense_margin > 0
    assert learned.question == understood.question and learned.constraints.roles == understood.constraints.roles
    with pytest.raises(AttributeError):
        understood.dense_margin = 1.0  # type: ignore[misc]


def test_the_answer_names_and_quotes_the_minister_it_chose(assistant: Assistant) -> None:
    answer = assistant.ask("Wat zei de minister over drugshandel?")
    assert answer.answerable
    assert [c.speaker for c in answer.citations] == ["Smit"]
    assert "Minister Smit" in answer.answer and "douaniers" in answer.citations[0].quote


# -- abstention --------------------------------------------------------------------------------


def test_a_person_who_never_spoke_gets_no_one_elses_words(assistant: Assistant) -> None:
    answer = assistant.ask("Wat zei Rutte over fietsendiefstal?")
    assert not answer.answerable and not answer.citations
    assert "Rutte spreekt niet in de geïndexeerde transcripten" in answer.answer


def test_a_subject_no_transcript_mentions_is_refused_and_named(assistant: Assistant) -> None:
    answer = assistant.ask("Wat zei de minister over kernenergie?")
    assert not answer.answerable and not answer.citations
    assert answer.filters["evidence"]["missing_terms"] == ["kernenergie"]
    assert "Geen enkel transcript bevat “kernenergie”" in answer.answer
    assert answer.closest  # the nearest passages are still offered to check


def test_a_refusal_names_the_missing_word_as_asked_not_the_indexs_stem(assistant: Assistant) -> None:
    answer = assistant.ask("Wat zei de minister over de toeristenbelasting?")
    assert answer.filters["evidence"]["missing_terms"] == ["toeristenbelast"]
    assert "Geen enkel transcript bevat “toeristenbelasting”" in answer.answer


def test_a_question_neither_signal_supports_is_refused(assistant: Assistant) -> None:
    answer = assistant.ask("What did the minister say about bicycle theft?")
    assert not answer.answerable and not answer.citations


# -- a whole debate ------------------------------------------------------------------------------


def test_what_a_named_debate_was_about_is_each_of_its_speakers_typical_sentence(tmp_path_factory) -> None:
    """Routed before retrieval (`assistant.overview`): no passage says what a debate was about, so
    "Waar ging het debat over fietsendiefstal over?" was refused as not in the transcripts."""
    import dataclasses

    bikes, drugs = (dataclasses.replace(t, title=title) for t, title in zip(_debates(), ("Fietsendiefstal", "Drugshandel"),
                                                                                strict=True))
    assistant = assistant_over([bikes, drugs], load_settings(env={}, index_dir=tmp_path_factory.mktemp("index")))
    answer = assistant.ask("Waar ging het debat over fietsendiefstal over?")
    assert answer.answerable and answer.answer.startswith("Waar “Fietsendiefstal”")
    assert [(c.speaker, c.doc_id) for c in answer.citations] == [("Bakker", bikes.id), ("Jansen", bikes.id)]
    assert all(c.quote == c.text[c.quote_start:c.quote_end] for c in answer.citations)
    english = assistant.ask("Summarize the debate on drugshandel.")
    assert english.answerable and {c.doc_id for c in english.citations} == {drugs.id}
    assert [c.speaker for c in english.citations] == ["Bakker", "Smit"]
