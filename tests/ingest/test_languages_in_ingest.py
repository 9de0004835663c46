"""A document's language decides how its text is cut into sentences and stemmed for BM25; an
index of Dutch debates alone behaves as before languages existed."""

from __future__ import annotations

from samples import HON_FRIEND_TURN, make_english_transcript

from ingest.chunking import chunk_transcript, sentence_spans
from ingest.lexical import LexicalIndex, tokenize


def _sentences(text: str, language: str) -> list[str]:
    return [text[s:e].strip() for s, e in sentence_spans(text, language)]


def test_english_sentences_go_on_after_hon_mr_and_st() -> None:
    sentences = _sentences(HON_FRIEND_TURN, "en")
    assert sentences[1].startswith("My hon. Friend will be aware, small businesses")
    assert "Mr. Speaker, the Government" in sentences[1]
    assert sentences[-1].endswith("St. Helens council about it.")
    assert not any(s.startswith(("Friend", "Speaker", "Gentleman", "Helens")) for s in sentences)


def test_dutch_sentences_go_on_after_nr_and_mevr() -> None:
    text = "Zie Kamerstuk 28638, nr. 157 over dit punt. Mevr. Van Toorenburg vroeg ernaar. Dat klopt."
    assert _sentences(text, "nl") == ["Zie Kamerstuk 28638, nr. 157 over dit punt.", "Mevr. Van Toorenburg vroeg ernaar.", "Dat klopt."]


def test_a_chunk_of_an_english_turn_never_starts_mid_sentence() -> None:
    long_turn = " ".join([HON_FRIEND_TURN] * 4)
    transcript = make_english_transcript(long_turn)
    turn = transcript.turns[2]
    starts = {s for s, _ in sentence_spans(turn.text, "en")}
    chunks = [c for c in chunk_transcript(transcript) if c.turn_id == turn.id]
    assert len(chunks) > 1
    for chunk in chunks:
        assert chunk.start in starts
        assert not chunk.text.startswith(("Friend", "Speaker", "Gentleman"))


def test_chunks_carry_their_documents_language() -> None:
    assert {c.metadata.language for c in chunk_transcript(make_english_transcript())} == {"en"}


def _index(rows: list[tuple[str, str, str | None]]) -> LexicalIndex:
    metas = []
    for chunk_id, text, language in rows:
        meta = {"doc_id": chunk_id.split(":")[0], "turn_id": chunk_id.rsplit(":", 1)[0], "embed_text": text}
        if language is not None:
            meta["language"] = language
        metas.append((chunk_id, text, meta))
    return LexicalIndex.build(metas)


def test_an_english_chunk_is_stemmed_in_english_so_plurals_meet() -> None:
    assert tokenize(["policies"], "en") == tokenize(["policy"], "en")
    assert tokenize(["policies"], "nl") != tokenize(["policy"], "nl")
    index = _index([("gb:t0000:c000", "Our policies for small businesses.", "en"),
                    ("nl:t0000:c000", "Het beleid voor kleine bedrijven.", "nl")])
    hits = index.search("What is the policy for a small business?", 5)
    assert [index.table.ids[row] for row, _ in hits] == ["gb:t0000:c000"]


def test_one_index_answers_a_query_from_rows_of_both_languages() -> None:
    index = _index([("gb:t0000:c000", "The Chancellor spoke about the 13 Oceans project.", "en"),
                    ("nl:t0000:c000", "De minister sprak over het project 13 Oceans.", "nl"),
                    ("nl:t0001:c000", "Iets heel anders over woningen.", "nl")])
    hits = index.search("13 Oceans", 5)
    assert sorted(index.table.ids[row] for row, _ in hits) == ["gb:t0000:c000", "nl:t0000:c000"]
    assert index.languages() == ("en", "nl")


def test_each_language_counts_its_own_document_frequencies() -> None:
    index = _index([("gb:t0000:c000", "Small business rates.", "en"), ("nl:t0000:c000", "Small is een Engels woord.", "nl")])
    vocabulary = set(index.bm25.vocab_dict)
    assert {"en:small", "small"} <= vocabulary  # the same word, counted apart per language


def test_rows_without_a_language_are_searched_as_dutch_as_before() -> None:
    rows = [("a:t0000:c000", "De kinderen van de woningen.", None), ("a:t0001:c000", "Een kind in een woning.", None)]
    unmarked, dutch = _index(rows), _index([(i, t, "nl") for i, t, _ in rows])
    assert unmarked.languages() == ("nl",)
    assert unmarked.search("kind woning", 5) == dutch.search("kind woning", 5)


def test_a_mask_limits_each_languages_search() -> None:
    import numpy as np

    index = _index([("gb:t0000:c000", "Oceans in English.", "en"), ("nl:t0000:c000", "Oceans in het Nederlands.", "nl")])
    only_dutch = np.array([row_id.startswith("nl") for row_id in index.table.ids])
    assert [index.table.ids[r] for r, _ in index.search("Oceans", 5, only_dutch)] == ["nl:t0000:c000"]
