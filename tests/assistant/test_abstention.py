"""Which words of a question count as missing from the index: a word no transcript has refuses a
question in the transcripts' language outright, so only words that name the topic may count."""

from __future__ import annotations

from assistant.abstention import AbstentionPolicy, answer_kinds, gather_evidence
from assistant.retrieval import RetrievedChunk, RetrievedTurn
from ingest.chunk_meta import ChunkMeta
from ingest.lexical import index_term


def _dutch_turn(text: str = "De minister vergeleek bedrijven die op hun geld blijven zitten met een stripheld.") -> RetrievedTurn:
    meta = ChunkMeta(doc_id="d1", doc_title="", turn_id="d1:t0000", turn_index=0, speaker="", speaker_key="", language="nl")
    return RetrievedTurn("d1:t0000", "d1", 1.0, 0.85, 1.0, [RetrievedChunk("d1:t0000:c0", text, meta, 0.85, 1.0)])


def _missing(question: str, *indexed: str) -> tuple[str, ...]:
    vocabulary = {index_term(t, "nl") for t in indexed}
    return gather_evidence(question, [_dutch_turn()], [], "nl", vocabulary, margin=0.05).missing_terms


def test_a_compound_of_two_indexed_words_is_present_when_its_first_part_is_indexed_only_stemmed() -> None:
    # "school" is indexed as its stem "schol"; the compound's first part is stemmed before the look-up
    assert _missing("Was de schooldirecteur daarbij aanwezig?", "schol", "directeur", "aanwez") == ()
    assert _missing("Was de schooldirecteur daarbij aanwezig?", "directeur", "aanwez") == ("schooldirecteur",)


def test_an_inflected_first_part_of_a_compound_is_found_by_its_stem() -> None:
    assert _missing("Wat zei de minister over troepenaanwezigheid?", "troep", "aanwez") == ()


def test_a_compound_whose_first_part_no_transcript_has_stays_missing() -> None:
    assert _missing("Wat zei de minister over de suikertaks?", "tak", "taks") == ("suikertak",)


def test_the_noun_that_names_the_kind_of_answer_is_no_missing_topic() -> None:
    asked_for = _missing("Met welke stripfiguur vergeleek de minister de bedrijven?", "bedrijv", "vergelek")
    asked_about = _missing("Wat zei de minister over de stripfiguur?", "bedrijv", "vergelek")
    assert asked_for == () and asked_about == ("stripfigur",)


def test_the_kind_of_answer_is_read_in_either_language() -> None:
    assert answer_kinds("Met welke stripfiguur vergeleek de minister de bedrijven?", "nl") == {"stripfigur"}
    assert answer_kinds("Which bird did the initiator propose?", "en") == {"bird"}
    assert answer_kinds("Wat zei de minister over kernenergie?", "nl") == set()


def test_a_question_whose_only_absent_word_is_the_kind_of_answer_meets_the_floors_only() -> None:
    vocabulary = {index_term(t, "nl") for t in ("bedrijv", "vergelek")}
    evidence = gather_evidence("Met welke stripfiguur vergeleek de minister de bedrijven?", [_dutch_turn()], [], "nl",
                               vocabulary, margin=0.05)
    assert evidence.same_language and AbstentionPolicy().answerable(evidence)
    weak = gather_evidence("Met welke stripfiguur vergeleek de minister de bedrijven?", [_dutch_turn()], [], "nl",
                           vocabulary, margin=0.001)
    assert not AbstentionPolicy().answerable(weak)
