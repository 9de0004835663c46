import itertools
from pathlib import Path

import pytest
from samples import SPEECH_SAMPLES as SAMPLES
from samples import VERSLAG_SAMPLE

from ingest.chunking import MAX_CHUNK_CHARS, chunk_transcript, sentence_spans
from ingest.detect import parse_file

_parsed = parse_file


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:40])
def test_every_chunk_is_a_verbatim_slice_of_exactly_one_turn(path: Path) -> None:
    transcript = _parsed(path)
    turns = {t.id: t for t in transcript.turns}
    for chunk in chunk_transcript(transcript):
        turn = turns[chunk.turn_id]
        assert turn.text[chunk.start : chunk.end] == chunk.text
        assert chunk.metadata.speaker == turn.speaker
        assert chunk.metadata.party == turn.party
        assert chunk.text in chunk.embed_text


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:40])
def test_chunks_cover_every_turn_without_losing_text(path: Path) -> None:
    transcript = _parsed(path)
    chunks = chunk_transcript(transcript)
    for turn in transcript.turns:
        own = [c for c in chunks if c.turn_id == turn.id]
        assert own, f"turn {turn.id} produced no chunk"
        covered = set()
        for c in own:
            covered.update(range(c.start, c.end))
        missing = [i for i in range(len(turn.text)) if i not in covered and not turn.text[i].isspace()]
        assert not missing, f"{turn.id}: characters {missing[:5]} are in no chunk"


def test_long_turns_split_within_the_window_and_overlap_by_a_sentence() -> None:
    transcript = parse_file(VERSLAG_SAMPLE)
    chunks = chunk_transcript(transcript)
    assert max(len(c.text) for c in chunks) <= MAX_CHUNK_CHARS
    split_turn = next(t for t in transcript.turns if len([c for c in chunks if c.turn_id == t.id]) > 2)
    own = [c for c in chunks if c.turn_id == split_turn.id]
    for first, second in itertools.pairwise(own):
        assert second.start < first.end, "consecutive chunks of a turn share a sentence"


def test_chunk_ids_are_stable_across_runs() -> None:
    first = [c.id for c in chunk_transcript(parse_file(VERSLAG_SAMPLE))]
    second = [c.id for c in chunk_transcript(parse_file(VERSLAG_SAMPLE))]
    assert first == second
    assert len(set(first)) == len(first)


def test_embedded_text_names_speaker_role_and_party() -> None:
    transcript = parse_file(VERSLAG_SAMPLE)
    chunk = next(c for c in chunk_transcript(transcript) if c.metadata.role == "minister")
    header = chunk.embed_text.splitlines()[0]
    assert "Blok" in header and "Minister van Veiligheid en Justitie" in header
    member = next(c for c in chunk_transcript(transcript) if c.metadata.speaker == "Van Nispen" and not c.metadata.is_chair)
    assert "Van Nispen (SP)" in member.embed_text.splitlines()[0]


def test_short_answer_is_findable_through_the_question_it_answers_but_quotes_only_itself() -> None:
    transcript = parse_file(VERSLAG_SAMPLE)
    chunks = chunk_transcript(transcript)
    short = [c for c in chunks if c.context]
    assert short, "some short turns carry the previous speaker's words as context"
    for chunk in short:
        turn = transcript.turns[chunk.metadata.turn_index]
        previous = transcript.turns[turn.index - 1]
        assert chunk.context.startswith(previous.speaker)
        assert chunk.context.split(": ", 1)[1] in previous.text
        assert chunk.context not in chunk.text


def test_sentence_spans_do_not_split_after_dutch_abbreviations() -> None:
    text = "De brief d.d. 29 november 2016 (Kamerstuk 28 638, nr. 151) is helder. Dat klopt."
    assert [text[s:e].strip() for s, e in sentence_spans(text, "nl")] == [
        "De brief d.d. 29 november 2016 (Kamerstuk 28 638, nr. 151) is helder.",
        "Dat klopt.",
    ]
