"""A debate's commitments are found once per parsed transcript, and found again for a new parse."""

from __future__ import annotations

import dataclasses
import threading

from assistant.commitment_answers import answer_from_commitments
from assistant.commitment_listing import CommitmentFilter, FoundCommitments, list_commitments
from assistant.structure.commitments import Commitment, debate_commitments
from ingest.models import Transcript
from tests.assistant.test_structure_commitments import COMMISSION


class CountingFinder:
    """`debate_commitments`, counting the debates it reads."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def __call__(self, transcript: Transcript) -> list[Commitment]:
        self.read.append(transcript.id)
        return debate_commitments(transcript)


def test_the_same_transcript_is_read_once_however_often_it_is_asked_about() -> None:
    finder = CountingFinder()
    found = FoundCommitments(finder)
    first = found(COMMISSION)
    assert found(COMMISSION) == first == tuple(debate_commitments(COMMISSION))
    assert finder.read == ["d"]


def test_a_new_parse_of_the_same_debate_is_read_again() -> None:
    """A later index generation loads new transcript objects under the same ids: what was found
    in the old parse is not reused for them."""
    finder = CountingFinder()
    found = FoundCommitments(finder)
    found(COMMISSION)
    reparsed = dataclasses.replace(COMMISSION, turns=COMMISSION.turns[:3])
    assert found(reparsed) == tuple(debate_commitments(reparsed))
    assert finder.read == ["d", "d"]


def test_the_least_recently_asked_debate_is_dropped_beyond_the_limit() -> None:
    finder = CountingFinder()
    found = FoundCommitments(finder, maxsize=2)
    debates = [dataclasses.replace(COMMISSION, id=f"d{i}") for i in range(3)]
    for debate in debates:
        found(debate)
    found(debates[2])
    found(debates[0])
    assert finder.read == ["d0", "d1", "d2", "d0"]


def test_concurrent_requests_get_the_same_commitments() -> None:
    found = FoundCommitments()
    results: list[tuple[Commitment, ...]] = []
    threads = [threading.Thread(target=lambda: results.append(found(COMMISSION))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4 and all(r == results[0] for r in results) and results[0]


def test_the_listing_and_the_commitment_answer_read_each_debate_once_between_them() -> None:
    finder = CountingFinder()
    found = FoundCommitments(finder)
    listed = list_commitments(["d"], {"d": COMMISSION}.get, CommitmentFilter(), found)
    answer = answer_from_commitments("What did the minister promise about the initiatiefnota?", "en", ["d"], [],
                                     {"d": COMMISSION}.get, 3, found)
    assert listed and answer is not None and answer.answerable
    assert finder.read == ["d"]
