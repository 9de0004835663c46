"""The assistant through llama-index's interfaces (`assistant.llamaindex`): `DebateRetriever`
is a llama-index retriever returning whole speaker turns with their attribution and scores, the
query engine answers with the assistant's own answerer as a llama-index `Response`, and the
README's example runs as written against the sample corpus. Nothing reaches past 127.0.0.1.

llama-index is imported inside the tests, not at the top: importing it costs seconds, and every
pytest-xdist worker collects every module (`tests/conftest.py`)."""

import re
import subprocess
import sys

import pytest
from doubles import HashEmbedder
from loopback import loopback_only  # noqa: F401  (a fixture)
from samples import REPO, make_verslag

from assistant import Assistant
from ingest.errors import ConfigError
from ingest.indexing import ingest_paths
from ingest.settings import Settings

pytestmark = pytest.mark.usefixtures("loopback_only")

QUESTION = "Wat zei minister Jansen over fietsenstallingen?"
TURN_KEYS = {"speaker", "party", "role", "function", "doc_id", "doc_title", "date", "turn_id",
             "dense_score", "lexical_score"}


@pytest.fixture(scope="module")
def small_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """Two small debates (hash embedder, no model): bicycle sheds on 5 March, dikes on 9 March."""
    root = tmp_path_factory.mktemp("llamaindex")
    (root / "corpus").mkdir()
    (root / "corpus" / "fietsen.txt").write_text(make_verslag(), encoding="utf-8")
    (root / "corpus" / "dijken.txt").write_text(
        make_verslag("Ik versterk de dijken langs de rivieren met vijftig miljoen euro.", topic="dijkversterking", day=9),
        encoding="utf-8")
    settings = Settings(index_dir=root / "index")
    assert not ingest_paths([root / "corpus"], settings, embedder=HashEmbedder()).failed
    return Assistant.open(settings, embedder=HashEmbedder())


def test_the_retriever_is_a_llama_index_retriever_returning_whole_attributed_turns(small_assistant: Assistant) -> None:
    from llama_index.core.retrievers import BaseRetriever
    from llama_index.core.schema import NodeWithScore, TextNode

    from assistant import DebateRetriever

    retriever = DebateRetriever(small_assistant)
    assert isinstance(retriever, BaseRetriever)
    hits = retriever.retrieve(QUESTION)
    assert hits and all(isinstance(h, NodeWithScore) and isinstance(h.node, TextNode) for h in hits)
    best = hits[0].node
    assert set(best.metadata) >= TURN_KEYS
    assert best.metadata["speaker"] == "Jansen" and best.metadata["role"] == "minister"
    assert best.node_id == best.metadata["turn_id"]
    turn = next(t for t in small_assistant.transcript(best.metadata["doc_id"]).turns if t.id == best.node_id)
    assert best.get_content() == turn.text, "the whole turn, not a chunk of it"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert best.metadata["dense_score"] > 0 and best.metadata["lexical_score"] > 0


def test_the_scores_stay_out_of_what_an_llm_sees(small_assistant: Assistant) -> None:
    from llama_index.core.schema import MetadataMode

    from assistant import DebateRetriever

    node = DebateRetriever(small_assistant).retrieve(QUESTION)[0].node
    shown = node.get_content(MetadataMode.LLM)
    assert "speaker: Jansen" in shown and "dense_score" not in shown and "lexical_score" not in shown


def test_the_filters_of_api_ask_restrict_what_comes_back(small_assistant: Assistant) -> None:
    from assistant import DebateRetriever

    dikes = next(d["id"] for d in small_assistant.documents() if d["date"] == "2024-03-09")
    hits = DebateRetriever(small_assistant, filters={"doc_ids": [dikes]}).retrieve(QUESTION)
    assert hits and {h.node.metadata["doc_id"] for h in hits} == {dikes}
    members = DebateRetriever(small_assistant, filters={"speakers": ["Bakker"]}).retrieve("fietsendiefstal")
    assert members and {h.node.metadata["speaker"] for h in members} == {"Bakker"}
    later = DebateRetriever(small_assistant, filters={"date_from": "2024-03-06", "date_to": "2024-03-31"}).retrieve(QUESTION)
    assert later and {h.node.metadata["date"] for h in later} == {"2024-03-09"}
    assert DebateRetriever(small_assistant, filters={"date_to": "2024-03-01"}).retrieve(QUESTION) == []


def test_top_k_bounds_the_turns_returned(small_assistant: Assistant) -> None:
    from assistant import DebateRetriever

    assert len(DebateRetriever(small_assistant, top_k=1).retrieve("minister")) == 1


def test_an_unknown_filter_is_a_config_error_naming_it(small_assistant: Assistant) -> None:
    from assistant import DebateRetriever

    with pytest.raises(ConfigError, match=r"speaker\b.*the filters are"):
        DebateRetriever(small_assistant, filters={"speaker": "Jansen"})


def test_the_query_engine_answers_with_validated_citations_as_a_llama_index_response(small_assistant: Assistant) -> None:
    from llama_index.core.base.response.schema import Response

    from assistant import DebateQueryEngine, DebateRetriever

    engine = DebateRetriever(small_assistant).as_query_engine()
    assert isinstance(engine, DebateQueryEngine)
    response = engine.query(QUESTION)
    answer = small_assistant.ask(QUESTION)
    assert isinstance(response, Response) and str(response) == answer.answer
    assert [n.node.node_id for n in response.source_nodes] == [c.turn_id for c in answer.citations]
    assert response.source_nodes[0].node.metadata["speaker"] == "Jansen"
    assert response.source_nodes[0].node.metadata["quote"] in response.source_nodes[0].node.get_content()
    assert response.metadata["answerable"] is True and response.metadata["backend"] == "extractive"
    assert response.metadata["confidence"] == answer.confidence
    assert response.metadata["answer"]["citations"][0]["turn_id"] == response.source_nodes[0].node.node_id


def test_the_query_engine_says_not_in_the_transcripts_with_no_sources(small_assistant: Assistant) -> None:
    from assistant import DebateQueryEngine

    response = DebateQueryEngine(small_assistant).query("Wat zei minister Pietersma over kernenergie?")
    assert response.metadata["answerable"] is False and response.source_nodes == []


def test_the_retriever_never_touches_llama_index_global_models(small_assistant: Assistant) -> None:
    from llama_index.core import Settings as LlamaSettings

    from assistant import DebateRetriever

    DebateRetriever(small_assistant).as_query_engine().query(QUESTION)
    assert LlamaSettings._llm is None and LlamaSettings._embed_model is None


@pytest.mark.integration  # a fresh interpreter
def test_importing_the_package_does_not_import_llama_index() -> None:
    code = "import sys, assistant; print('llama_index' in ''.join(sys.modules)); assistant.DebateRetriever; print('llama_index' in ''.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO,
                            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert result.stdout.split() == ["False", "True"], result.stderr


def readme_example() -> str:
    """The Python block of the README's "Use it from llama-index" section, as written."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Use it from llama-index\n(?:(?!^## ).)*?^```python\n(.*?)^```", readme, re.S | re.M)
    assert match, "the README has a Python example under 'Use it from llama-index'"
    return match.group(1)


@pytest.mark.slow
def test_the_readme_example_runs_as_written_against_the_sample_corpus(
        corpus_index: Settings, embedder, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DEBATE_INDEX", str(corpus_index.index_dir))
    namespace: dict = {}
    exec(compile(readme_example(), "README.md", "exec"), namespace)
    out = capsys.readouterr().out
    first = namespace["hits"][0].node.metadata
    assert first["speaker"] == "Blok" and first["role"] == "minister", "Minister Blok's turn comes first"
    assert out.splitlines()[0].split(" ", 1)[1].startswith("Blok (minister) in ")
    response = namespace["response"]
    assert response.metadata["answerable"] is True and "13 Oceans" in str(response)
    assert {n.node.metadata["speaker"] for n in response.source_nodes} == {"Blok"}
    assert response.metadata["confidence_label"] in out
    assert {h.node.metadata["party"] for h in namespace["party_hits"]} == {"SP"}
