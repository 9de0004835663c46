"""Which words of a question count as missing from the index: a word no transcript has refuses a
question in the transcripts' language outright, so only words that name the topic may count."""

from __future__ import annotations

import dataclasses

from assistant.abstention import AbstentionPolicy, answer_kinds, answer_margin, gather_evidence
from assistant.constraints import Constraints
from assistant.offices import Office
from assistant.plan import Plan
from assistant.retrieval import RetrievedChunk, RetrievedTurn
from ingest.chunk_meta import ChunkMeta
from ingest.lexical import index_term


def _dutch_turn(text: str = "De minister vergeleek bedrijven die op hun geld blijven zitten met een stripheld.") -> RetrievedTurn:
    meta = ChunkMeta(doc_id="d1", doc_title="", turn_id="d1:t0000", turn_index=0, speaker="", speaker_key="", language="nl")
    return RetrievedTurn("d1:t0000", "d1", 1.0, 0.85, 1.0, [RetrievedChunk("d1:t0000:c0", text, meta, 0.85, 1.0)])


def _missing(question: str, *indexed: str) -> tuple[str, ...]:
    vocabulary = {index_term(t, "nl") for t in indexed}
    return gather_evidence(question, [_dutch_turn()], [], "nl", vocabulary, margin=0.05).missing_terms


def test_a_word_of_another_language_than_the_debates_is_called_absent_only_when_no_transcript_has_it() -> None:
    # an English question over a Dutch debate: "government" is no Dutch word, but an English
    # sitting in the index has it, so "No transcript contains “government”" would be false
    vocabulary = {index_term(t, "nl") for t in ("bedrijv", "vergelek")} | {index_term("govern", "en")}
    evidence = gather_evidence("What did the government say about electrification?", [_dutch_turn()], [], "en",
                               vocabulary, margin=0.05)
    assert evidence.text_language == "nl" and "government" in evidence.missing_terms
    assert evidence.absent_words == ("electrification",)


def test_a_compound_of_two_indexed_words_is_present_when_its_first_part_is_indexed_only_stemmed() -> None:
    # "school" is indexed as its stem "schol"; the compound's first part is stemmed before the look-up
    assert _missing("Was de schooldirecteur daarbij aanwezig?", "schol", "directeur", "aanwez") == ()
    assert _missing("Was de schooldirecteur daarbij aanwezig?", "directeur", "aanwez") == ("schooldirecteur",)


def test_an_inflected_first_part_of_a_compound_is_found_by_its_stem() -> None:
    assert _missing("Wat zei de minister over troepenaanwezigheid?", "troep", "aanwez") == ()


def test_a_compound_whose_first_part_no_transcript_has_stays_missing() -> None:
    assert _missing("Wat zei de minister over de suikertaks?", "tak", "taks") == ("suikertak",)


def test_a_verb_in_the_past_tense_is_present_when_the_index_holds_its_present() -> None:
    # "suggereerde" stems to "suggereerd", which no present form of the verb shares
    question = "Klopt het, zoals Vijlbrief suggereerde, dat de kansspelbelasting minder oplevert?"
    indexed = ("klopt", "vijlbrief", "kansspelbelast", "minder", "oplevert")
    assert _missing(question, *indexed, "suggereert") == ()
    assert _missing(question, *indexed, "suggerer") == ()  # "suggereren", "suggereer"
    assert _missing(question, *indexed) == ("suggereerd",)


def test_a_weak_verbs_participle_is_present_when_the_index_holds_its_present() -> None:
    """"Tot hoe laat werd de Eerste Kamer geschorst ...?" was refused: "Geen enkel transcript bevat
    “geschorst”", where the chair says "Ik schors de vergadering" (`dev-structure-21`)."""
    question = "Tot hoe laat werd de vergadering geschorst?"
    assert _missing(question, "hoe", "lat", "vergader", "schor") == ()
    assert _missing(question, "hoe", "lat", "vergader") == ("geschorst",)


def test_what_a_member_did_in_an_exchange_frames_the_question_and_is_no_missing_topic() -> None:
    """"En wat antwoordde hij toen Stultiens doorvroeg omdat die 250 miljoen ... geschrapt was?" was
    refused: no transcript has "doorvroeg" (`dev-structure-18`)."""
    assert _missing("Wat zei de minister toen Stultiens doorvroeg over de stelpost?", "stultiens", "stelpost") == ()
    assert _missing("Wat zei de minister toen Bakker hem onderbrak over de stelpost?", "bakker", "stelpost") == ()
    assert _missing("Wat zei de minister over de doorrekening van de stelpost?", "stelpost") == ("doorreken",)


def test_the_noun_that_names_the_kind_of_answer_is_no_missing_topic() -> None:
    asked_for = _missing("Met welke stripfiguur vergeleek de minister de bedrijven?", "bedrijv", "vergelek")
    asked_about = _missing("Wat zei de minister over de stripfiguur?", "bedrijv", "vergelek")
    assert asked_for == () and asked_about == ("stripfigur",)


def test_the_kind_of_answer_is_read_in_either_language() -> None:
    assert answer_kinds("Met welke stripfiguur vergeleek de minister de bedrijven?", "nl") == {"stripfigur"}
    assert answer_kinds("Which bird did the initiator propose?", "en") == {"bird"}
    assert answer_kinds("Wat zei de minister over kernenergie?", "nl") == set()


def test_a_capitalised_word_after_which_qualifies_the_kind_named_by_the_word_after_it() -> None:
    assert answer_kinds("Which Conservative backbencher asked the Chancellor?", "en") == {"conserv", "backbench"}
    assert answer_kinds("Which backbencher asked the Chancellor?", "en") == {"backbench"}
    assert answer_kinds("Which member asked the Chancellor about backbenchers?", "en") == {"member"}
    assert _missing("Which Conservative backbencher asked about the advisory council?", "advisori", "council") == ()


def test_a_question_whose_only_absent_word_is_the_kind_of_answer_meets_the_floors_only() -> None:
    vocabulary = {index_term(t, "nl") for t in ("bedrijv", "vergelek")}
    evidence = gather_evidence("Met welke stripfiguur vergeleek de minister de bedrijven?", [_dutch_turn()], [], "nl",
                               vocabulary, margin=0.05)
    assert evidence.same_language and AbstentionPolicy().answerable(evidence)
    weak = gather_evidence("Met welke stripfiguur vergeleek de minister de bedrijven?", [_dutch_turn()], [], "nl",
                           vocabulary, margin=0.001)
    assert not AbstentionPolicy().answerable(weak)


def _english_turn() -> RetrievedTurn:
    text = "I confirm today that the support we are providing between now and April next year will not change."
    meta = ChunkMeta(doc_id="gb", doc_title="", turn_id="gb:t0002", turn_index=2, speaker="", speaker_key="", language="en")
    return RetrievedTurn("gb:t0002", "gb", 1.0, 0.85, 1.0, [RetrievedChunk("gb:t0002:c0", text, meta, 0.85, 1.0)])


def test_a_question_in_the_texts_language_reads_the_whole_crowds_margin() -> None:
    assert answer_margin(0.01, 0.05, "nl", "nl") == 0.01


def test_across_languages_the_best_turn_may_stand_out_from_the_passages_in_its_own_language() -> None:
    # the Dutch passages a Dutch question scores higher flatten the whole crowd's top
    assert answer_margin(0.005, 0.054, "nl", "en") == 0.054
    assert answer_margin(0.02, 0.007, "en", "nl") == 0.02  # standing out from the whole crowd still counts


def test_a_dutch_question_answered_by_an_english_turn_that_stands_out_among_english_passages_is_answered() -> None:
    question = "Blijft de steun tot april volgend jaar ongewijzigd?"
    flat = gather_evidence(question, [_english_turn()], [], "nl", set(), margin=0.005)
    assert not AbstentionPolicy().answerable(flat)
    evidence = gather_evidence(question, [_english_turn()], [], "nl", set(), margin=0.005, other_language_margin=0.054)
    assert evidence.margin == 0.054 and AbstentionPolicy().answerable(evidence)


def test_the_office_a_question_names_is_whom_it_asks_about_not_a_word_the_answer_must_hold() -> None:
    """"de staatssecretaris van Financiën" is the office the plan resolved (`Plan.constraining_words`):
    "Financiën" is no word the turns about the tax lack (`dev-structure-32`: refused at coverage 0.5)."""
    turn = _dutch_turn("Willen wij een digitaledienstenbelasting? Daar hebben we nog geen antwoord op.")
    question = "Wat zei de staatssecretaris van Financiën over een digitaledienstenbelasting?"
    assert gather_evidence(question, [turn], [], "nl", margin=0.05).coverage == 0.5
    office = gather_evidence(question, [turn], ["staatssecretaris van Financiën"], "nl", margin=0.05)
    assert office.coverage == 1.0


def test_a_plan_constrains_on_the_names_and_the_office_it_resolved() -> None:
    office = Office("staatssecretaris van Financiën", held=True)
    plan = Plan("q", "q", "nl", Constraints(speakers=("van oostenbruggen",)), (), None, ("Van Oostenbruggen",), office)
    assert plan.constraining_words == ("Van Oostenbruggen", "staatssecretaris van Financiën")
    assert dataclasses.replace(plan, office=None).constraining_words == ("Van Oostenbruggen",)
