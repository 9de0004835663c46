"""Whose motion and whose request, against the real corpus index (real e5, real Chroma), as two
blind development sets of 6 December 2026 asked (`eval/dev/dev-structure-36`, `-37`): a member's
motion described by another member's motion's subject is not theirs; what a member asked the cabinet
to promise is the member's words, not the promise that restates them; a pronoun after an answer that
found who means that person."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

MIVD = "vlos-ca333c74-359b-4120-a050-37d158b9507d"


def test_a_members_motion_on_another_members_subject_is_not_in_the_transcripts(corpus_assistant) -> None:
    """Answered before with Nijboer's one motion, on Conservatrix, ontraden, as if it were the one."""
    answer = corpus_assistant.ask("Wat vond minister Kaag van de motie van Nijboer over de compensatieregeling van "
                                  "ABN AMRO?")
    assert not answer.answerable and not answer.citations
    assert "ingediend door Alkaya, niet door Nijboer" in answer.answer


def test_what_a_member_asked_to_be_promised_is_quoted_from_the_member(corpus_assistant) -> None:
    """Answered before with the minister's restatement ("een minimale zekerheid van vijf jaar") and
    his promises: her request was for ten years."""
    answer = corpus_assistant.ask("How many years of minimum certainty did Postma ask the economy minister to commit to?")
    assert answer.answerable and {c.speaker for c in answer.citations} == {"Postma"}
    assert any("tien jaar" in c.quote for c in answer.citations)


def test_a_pronoun_after_a_who_question_means_the_member_found(corpus_assistant) -> None:
    """"And did the minister promise him anything on that?" quoted the minister's turns on the report
    before, not his promise to Olger van Dijk."""
    first = corpus_assistant.ask("In the MIVD committee debate, who asked whether organisations actually follow the "
                                 "recommendations of the Laundry Bear report?")
    assert first.answerable and first.citations[0].speaker == "Olger van Dijk"
    answer = corpus_assistant.ask("And did the minister promise him anything on that?", history=[first])
    assert answer.answerable and {c.doc_id for c in answer.citations} == {MIVD}
    assert f"{MIVD}:t0027" in {c.turn_id for c in answer.citations}  # "Laten we afspreken dat wij dit inbrengen ..."
