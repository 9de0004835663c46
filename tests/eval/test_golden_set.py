"""The hand-written question sets (eval/golden/*.jsonl, eval/dev.jsonl, eval/dev/*.jsonl) are well-formed, and every
gold reference resolves to exactly one turn of the named speaker in the parsed sample corpus."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from eval.golden_set import (
    TAGS,
    GoldenSetError,
    GoldQuestion,
    GoldReferenceError,
    GoldTurnRef,
    find_turns,
    load_questions,
    normalize_text,
    resolve_gold_turns,
    speaker_matches,
)
from ingest.detect import parse_file
from ingest.errors import EmptyTranscriptError, NotASittingError
from ingest.models import Transcript, Turn

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
GOLDEN_DIR = REPO / "eval" / "golden"
DEV_FILE = REPO / "eval" / "dev.jsonl"
DEV_DIR = REPO / "eval" / "dev"

GOLDEN = load_questions(GOLDEN_DIR)
DEV = load_questions(DEV_FILE, *([DEV_DIR] if DEV_DIR.is_dir() else []))
ALL = GOLDEN + DEV
ANSWERABLE = [q for q in ALL if q.answerable]


@pytest.fixture(scope="module")
def corpus() -> dict[str, Transcript]:
    transcripts: dict[str, Transcript] = {}
    skipped: list[str] = []
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix not in {".txt", ".xml", ".pdf"}:
            continue
        try:
            transcript = parse_file(path)
        except EmptyTranscriptError:  # the VLOS 'Casco' skeleton report
            skipped.append(path.name)
            continue
        except NotASittingError:  # ParlaMint metadata beside its sitting (corpus/parlamint/GB)
            continue
        assert transcript.id not in transcripts, f"two corpus files share the id {transcript.id}"
        transcripts[transcript.id] = transcript
    assert all(name.startswith("sample_vlos_") for name in skipped), skipped
    return transcripts


@pytest.fixture(scope="module")
def turns_by_id(corpus: dict[str, Transcript]) -> dict[str, Turn]:
    return {turn.id: turn for t in corpus.values() for turn in t.turns}


@pytest.fixture(scope="module")
def gold_turn_ids(corpus: dict[str, Transcript]) -> Callable[[GoldQuestion], list[str]]:
    """`resolve_gold_turns` of a question, computed once for the module's two tests of it: one
    resolution normalises the text of every turn of the named speakers (10-20 ms a question, over
    800 cases). A question that fails to resolve is not cached: each test raises its error."""
    resolved: dict[tuple[str, str], list[str]] = {}

    def resolve(question: GoldQuestion) -> list[str]:
        key = (question.source, question.id)
        if key not in resolved:
            resolved[key] = resolve_gold_turns(question, corpus)
        return resolved[key]

    return resolve


# --- every question against the corpus -------------------------------------------------------


@pytest.mark.parametrize("question", ANSWERABLE, ids=lambda q: q.id)
def test_gold_references_resolve_to_one_turn_each(question: GoldQuestion, gold_turn_ids, turns_by_id) -> None:
    ids = gold_turn_ids(question)
    assert len(ids) == len(question.gold_turns)
    for ref, turn_id in zip(question.gold_turns, ids, strict=True):
        assert speaker_matches(ref.speaker, turns_by_id[turn_id].speaker)
        assert turn_id.startswith(ref.doc_id + ":")


@pytest.mark.parametrize("question", ANSWERABLE, ids=lambda q: q.id)
def test_key_facts_occur_in_a_gold_turn(question: GoldQuestion, gold_turn_ids, turns_by_id) -> None:
    texts = [normalize_text(turns_by_id[turn_id].text) for turn_id in gold_turn_ids(question)]
    missing = [fact for fact in question.verbatim_key_facts if not any(normalize_text(fact) in t for t in texts)]
    assert not missing, f"{question.source} ({question.id}): key facts not in any gold turn: {missing}"


def test_absent_terms_occur_nowhere_in_the_corpus(corpus: dict[str, Transcript]) -> None:
    haystack = [normalize_text(turn.text) for t in corpus.values() for turn in t.turns]
    haystack += [normalize_text(event.text) for t in corpus.values() for event in t.events]
    found = [
        (q.id, term)
        for q in ALL
        for term in q.absent_terms
        if any(normalize_text(term) in text for text in haystack)
    ]
    assert not found, f"terms claimed absent occur in the corpus: {found}"


def test_the_corpus_has_every_referenced_document(corpus: dict[str, Transcript]) -> None:
    referenced = {ref.doc_id for q in ALL for ref in q.gold_turns}
    assert referenced <= set(corpus), sorted(referenced - set(corpus))


# --- the sets as a whole ---------------------------------------------------------------------


def test_golden_set_sizes_and_mix() -> None:
    assert len(GOLDEN) >= 90
    per_file = Counter(Path(q.source.rsplit(":", 1)[0]).name for q in GOLDEN)
    assert set(per_file) == {"verslag.jsonl", "vlos.jsonl", "parlamint.jsonl"}
    assert per_file["verslag.jsonl"] >= 30 and per_file["vlos.jsonl"] >= 35 and per_file["parlamint.jsonl"] >= 12
    tags = Counter(tag for q in GOLDEN for tag in q.tags)
    assert sum(not q.answerable for q in GOLDEN) >= 18
    assert tags["adversarial"] >= 12
    for tag in ("follow-up", "chair", "interruption", "number-lookup", "name-lookup", "speaker-specific"):
        assert tags[tag] >= 3, tag
    english = sum(q.language == "en" for q in GOLDEN) / len(GOLDEN)
    assert 0.4 <= english <= 0.6, f"{english:.0%} of the golden questions are in English"


def test_golden_vlos_questions_cover_at_least_eight_reports() -> None:
    vlos = [q for q in GOLDEN if Path(q.source.rsplit(":", 1)[0]).name == "vlos.jsonl"]
    docs = {ref.doc_id for q in vlos for ref in q.gold_turns}
    assert all(doc.startswith("vlos-") for doc in docs), sorted(docs)
    assert len(docs) >= 8, sorted(docs)


def test_dev_set_sizes_and_spread(corpus: dict[str, Transcript]) -> None:
    assert len(DEV) >= 45
    assert sum(not q.answerable for q in DEV) >= 10
    formats = Counter(corpus[doc].source_format for q in DEV for doc in q.doc_ids)
    assert {"verslag", "vlos", "parlamint"} <= set(formats), formats
    assert all(n >= 5 for n in formats.values()), formats


def test_ids_are_unique_across_golden_and_dev() -> None:
    counts = Counter(q.id for q in ALL)
    assert [qid for qid, n in counts.items() if n > 1] == []


def test_dev_does_not_repeat_golden_questions() -> None:
    golden_questions = {normalize_text(q.question) for q in GOLDEN}
    assert [q.id for q in DEV if normalize_text(q.question) in golden_questions] == []
    golden_refs = {(r.doc_id, normalize_text(r.phrase)) for q in GOLDEN for r in q.gold_turns}
    assert [q.id for q in DEV for r in q.gold_turns if (r.doc_id, normalize_text(r.phrase)) in golden_refs] == []


def test_tags_are_known_and_languages_consistent(corpus: dict[str, Transcript]) -> None:
    """'cross-lingual': the question's language is not its transcript's (an English question
    about a Dutch debate, a Dutch one about the English ParlaMint-GB sitting). An unanswerable
    question has no gold transcript; its tag says which debate it is about, unchecked."""
    for q in ALL:
        assert set(q.tags) <= TAGS
        assert ("dutch" in q.tags) == (q.language == "nl"), q.id
        languages = {corpus[doc].language for doc in q.doc_ids}
        if languages:
            assert ("cross-lingual" in q.tags) == (languages != {q.language}), q.id


# --- the loader ------------------------------------------------------------------------------


def _good() -> dict:
    return {
        "id": "t-001",
        "question": "What did Blok say?",
        "language": "en",
        "answerable": True,
        "gold_turns": [{"doc_id": "doc", "speaker": "Blok", "phrase": "dit is een zin van vier"}],
        "expected_speakers": ["Blok"],
        "key_facts": ["zin"],
        "tags": ["speaker-specific"],
    }


def _write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_loader_accepts_a_good_line(tmp_path: Path) -> None:
    (question,) = load_questions(_write(tmp_path / "q.jsonl", "", json.dumps(_good())))
    assert question.gold_turns == (GoldTurnRef("doc", "Blok", "dit is een zin van vier"),)
    assert question.source.endswith("q.jsonl:2")


def test_loader_names_file_and_line_for_invalid_json(tmp_path: Path) -> None:
    path = _write(tmp_path / "q.jsonl", json.dumps(_good()), '{"id": "t-002",')
    with pytest.raises(GoldenSetError, match=rf"^{path}:2: invalid JSON"):
        load_questions(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"tags": ["speaker-specific", "gossip"]}, "unknown tag"),
        ({"colour": "red"}, "unknown field"),
        ({"language": "de"}, "language must be"),
        ({"answerable": False}, "no gold turns"),
        ({"gold_turns": [{"doc_id": "d", "speaker": "Blok", "phrase": "te kort"}]}, "use 4-12"),
        ({"expected_speakers": ["Van Laar"]}, "not in expected_speakers"),
        ({"tags": ["speaker-specific", "follow-up"]}, "'follow-up'"),
        ({"tags": ["dutch"]}, "not in Dutch"),
        ({"id": "Bad Id"}, "lower-case"),
    ],
)
def test_loader_rejects_bad_entries(tmp_path: Path, change: dict, message: str) -> None:
    path = _write(tmp_path / "q.jsonl", json.dumps({**_good(), **change}))
    with pytest.raises(GoldenSetError, match=message) as info:
        load_questions(path)
    assert str(info.value).startswith(f"{path}:1")


def test_loader_rejects_missing_fields(tmp_path: Path) -> None:
    raw = _good()
    del raw["key_facts"]
    with pytest.raises(GoldenSetError, match="missing field"):
        load_questions(_write(tmp_path / "q.jsonl", json.dumps(raw)))


def test_loader_rejects_duplicate_ids_across_files(tmp_path: Path) -> None:
    _write(tmp_path / "a.jsonl", json.dumps(_good()))
    _write(tmp_path / "b.jsonl", json.dumps(_good()))
    with pytest.raises(GoldenSetError, match=r"b\.jsonl:1.*duplicate id 't-001' \(first at .*a\.jsonl:1\)"):
        load_questions(tmp_path)


# --- reference resolution --------------------------------------------------------------------


def _transcript(*turns: tuple[str, str]) -> Transcript:
    return Transcript(
        id="doc",
        title="t",
        date=None,
        source_format="verslag",
        source_path="x.txt",
        turns=tuple(Turn(id=f"doc:t{i:04d}", index=i, speaker=s, text=x) for i, (s, x) in enumerate(turns)),
    )


def _question(*refs: GoldTurnRef) -> GoldQuestion:
    speakers = tuple(dict.fromkeys(r.speaker for r in refs))
    return GoldQuestion("q-1", "?", "en", True, refs, speakers, ("x",), ("speaker-specific",), source="q.jsonl:1")


def test_resolution_is_whitespace_case_and_quote_insensitive() -> None:
    doc = _transcript(("Blok", "Het is  toch\nzeker de Minister’s  route."), ("Van Nispen", "toch zeker de minister's route"))
    ref = GoldTurnRef("doc", "Blok", "toch zeker de minister's route")
    assert resolve_gold_turns(_question(ref), {"doc": doc}) == ["doc:t0000"]


def test_resolution_fails_on_no_match_and_on_two_matches() -> None:
    doc = _transcript(("Blok", "een twee drie vier"), ("Blok", "een twee drie vier vijf"))
    with pytest.raises(GoldReferenceError, match="matches 2 turns"):
        resolve_gold_turns(_question(GoldTurnRef("doc", "Blok", "een twee drie vier")), {"doc": doc})
    with pytest.raises(GoldReferenceError, match="matches 0 turns"):
        resolve_gold_turns(_question(GoldTurnRef("doc", "Van Laar", "een twee drie vier")), {"doc": doc})
    with pytest.raises(GoldReferenceError, match="unknown doc_id"):
        resolve_gold_turns(_question(GoldTurnRef("other", "Blok", "een twee drie vier")), {"doc": doc})


def test_resolution_rejects_two_references_to_the_same_turn() -> None:
    doc = _transcript(("Blok", "een twee drie vier vijf zes zeven acht"))
    refs = (GoldTurnRef("doc", "Blok", "een twee drie vier"), GoldTurnRef("doc", "Blok", "vijf zes zeven acht"))
    with pytest.raises(GoldReferenceError, match="already named"):
        resolve_gold_turns(_question(*refs), {"doc": doc})


def test_speaker_names_match_on_trailing_words_only() -> None:
    assert speaker_matches("Rutte", "Mark Rutte")
    assert speaker_matches("vera bergkamp", "Bergkamp")
    assert speaker_matches("Van Nispen", "van  Nispen")
    assert not speaker_matches("Van Dijk", "Olger van Dijkstra")
    assert not speaker_matches("Nispen van", "Van Nispen")
    assert not speaker_matches("Dijk", "Inge van Dijk Jansen")
    doc = _transcript(("Inge van Dijk", "een twee drie vier"))
    assert [t.id for t in find_turns(GoldTurnRef("doc", "Van Dijk", "een twee drie vier"), doc)] == ["doc:t0000"]
