"""Each LLM backend (llama-index's `OpenAILike`, `Ollama`, `AzureOpenAI`) against a local server
that speaks its API on 127.0.0.1, started by the test in a thread: streaming with every chunk
shape real servers send, whole replies, and failures as `BackendError` naming the endpoint."""

import pytest
from chat_completions_server import Reply, azure_server, chat_server, sse_chunk, streamed
from loopback import loopback_only  # noqa: F401  (a fixture)
from ollama_chat_server import ndjson_chunk, ndjson_streamed, ollama_server, whole_reply

from assistant.backends import REGISTRY
from ingest.errors import BackendError, ConfigError
from ingest.settings import Secret, Settings

TEXT = "Jansen zei: “Ik investeer twaalf miljoen euro” [1]. Dat was alles [1]."
DEPLOYMENT, API_VERSION, AZURE_KEY = "debate-gpt", "2024-10-21", "azure-secret"

pytestmark = pytest.mark.usefixtures("loopback_only")  # only the local servers may be reached


def _openai(url: str, **changes: object):
    return REGISTRY["openai"](Settings(llm="openai", llm_base_url=url, llm_model="m", **changes))


def _ollama(url: str):
    return REGISTRY["ollama"](Settings(llm="ollama", llm_base_url=url, llm_model="llama3.2"))


def _azure(url: str, api_version: str = API_VERSION, key: str = AZURE_KEY):
    return REGISTRY["azure"](Settings(llm="azure", llm_base_url=url, llm_model=DEPLOYMENT,
                                      llm_api_version=api_version, llm_api_key=Secret(key)))


# -- OpenAI-compatible (vLLM, llama.cpp server, LM Studio, TGI) ----------------------------------

def test_an_openai_stream_with_null_deltas_empty_choices_and_comments_yields_just_the_text() -> None:
    with chat_server([Reply(sse_lines=streamed(TEXT, piece_chars=5))]) as server:
        pieces = list(_openai(server.url).stream("prompt"))
    assert "".join(pieces) == TEXT
    assert len(pieces) == -(-len(TEXT) // 5), "streamed piece by piece, as the server sent them"
    request = server.requests[0]
    assert request["stream"] is True and request["messages"] == [{"role": "user", "content": "prompt"}]
    assert request["model"] == "m" and request["temperature"] == 0.0
    assert server.paths == ["/v1/chat/completions"]


def test_an_openai_stream_that_ends_without_done_still_yields_its_text() -> None:
    with chat_server([Reply(sse_lines=[sse_chunk("Half"), sse_chunk(delta=None), sse_chunk(" af.")])]) as server:
        assert "".join(_openai(server.url).stream("p")) == "Half af."


@pytest.mark.parametrize(("lines", "message"), [
    ([sse_chunk("Begin"), 'data: {"error": {"message": "overloaded"}}'], "overloaded"),
    ([sse_chunk("Begin"), "data: {not json"], "streaming failed"),
    (['data: {"choices": null}'], "streaming failed"),
])
def test_a_broken_openai_stream_is_a_backend_error_naming_the_endpoint(lines: list[str], message: str) -> None:
    # imported here, not while collecting: it brings llama-index (seconds, in every xdist worker)
    from assistant.backends.chat_models import MAX_ERROR_CHARS

    with chat_server([Reply(sse_lines=lines)]) as server, pytest.raises(BackendError, match=message) as info:
        list(_openai(server.url).stream("p"))
    assert server.url in str(info.value) and len(str(info.value)) < MAX_ERROR_CHARS + 200


def test_an_openai_http_error_is_a_backend_error_and_is_not_retried() -> None:
    with chat_server([Reply(status=500, body={"error": "boom"})]) as server, pytest.raises(BackendError, match="500"):
        list(_openai(server.url).stream("p"))
    assert len(server.requests) == 1


def test_a_whole_openai_completion_is_its_message_and_null_content_is_empty() -> None:
    body = {"id": "c", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": TEXT}}]}
    empty = {**body, "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": None}}]}
    with chat_server([Reply(body=body), Reply(body=empty)]) as server:
        backend = _openai(server.url)
        assert backend.complete("p") == TEXT
        assert backend.complete("p") == ""
    assert server.requests[0]["stream"] is False


def test_the_configured_key_is_sent_and_the_environment_key_never_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "from-the-environment")
    with chat_server([Reply(sse_lines=streamed("Ja [1]."))]) as server:
        list(_openai(server.url).stream("p"))
        list(_openai(server.url, llm_api_key=Secret("configured")).stream("p"))
    assert [h["authorization"] for h in server.headers] == ["Bearer no-key", "Bearer configured"]


def test_an_openai_server_that_is_not_there_is_a_backend_error() -> None:
    with chat_server([Reply()]) as server:
        url = server.url
    with pytest.raises(BackendError, match="streaming failed"):
        list(_openai(url).stream("p"))


# -- Ollama ----------------------------------------------------------------------------------------

def test_an_ollama_ndjson_stream_yields_the_text_piece_by_piece() -> None:
    with ollama_server([Reply(sse_lines=ndjson_streamed(TEXT, piece_chars=6))]) as server:
        pieces = list(_ollama(server.url).stream("prompt"))
    assert "".join(pieces) == TEXT and len(pieces) == -(-len(TEXT) // 6)
    request = server.requests[0]
    assert request["stream"] is True and request["model"] == "llama3.2"
    assert request["messages"] == [{"role": "user", "content": "prompt"}]
    assert request["options"]["temperature"] == 0.0 and request["options"]["num_ctx"] > 0
    assert server.paths == ["/api/chat"], "the context window is configured: no /api/show before the chat"


def test_a_whole_ollama_reply_is_its_message() -> None:
    with ollama_server([Reply(body=whole_reply(TEXT))]) as server:
        assert _ollama(server.url).complete("p") == TEXT
    assert server.requests[0]["stream"] is False


def test_an_error_line_in_an_ollama_stream_is_a_backend_error() -> None:
    lines = [ndjson_chunk("Begin"), '{"error": "model runner has unexpectedly stopped"}']
    with ollama_server([Reply(sse_lines=lines)]) as server, pytest.raises(BackendError, match="unexpectedly stopped") as info:
        list(_ollama(server.url).stream("p"))
    assert str(info.value).startswith(f"ollama {server.url}")


def test_an_unknown_ollama_model_is_a_backend_error() -> None:
    with ollama_server([Reply(status=404, body={"error": "model 'llama3.2' not found"})]) as server, \
            pytest.raises(BackendError, match="not found"):
        list(_ollama(server.url).stream("p"))


# -- Azure OpenAI ----------------------------------------------------------------------------------

def test_azure_streams_from_the_deployment_at_its_api_version_with_its_key() -> None:
    with azure_server([Reply(sse_lines=streamed(TEXT, piece_chars=4))], DEPLOYMENT, API_VERSION, AZURE_KEY) as server:
        pieces = list(_azure(server.url).stream("prompt"))
    assert "".join(pieces) == TEXT and len(pieces) == -(-len(TEXT) // 4)
    assert server.paths == [f"/openai/deployments/{DEPLOYMENT}/chat/completions?api-version={API_VERSION}"]
    assert server.headers[0]["api-key"] == AZURE_KEY
    assert server.requests[0]["messages"] == [{"role": "user", "content": "prompt"}]


@pytest.mark.parametrize(("api_version", "key", "message"), [
    ("2023-01-01", AZURE_KEY, "DeploymentNotFound"), (API_VERSION, "wrong", "401"),
])
def test_an_azure_request_the_resource_refuses_is_a_backend_error(api_version: str, key: str, message: str) -> None:
    with azure_server([Reply()], DEPLOYMENT, API_VERSION, AZURE_KEY) as server, pytest.raises(BackendError, match=message):
        list(_azure(server.url, api_version, key).stream("p"))


@pytest.mark.parametrize(("backend", "missing"), [
    ("openai", {"llm_model": None}), ("ollama", {"llm_base_url": None}),
    ("azure", {"llm_api_version": None}), ("azure", {"llm_api_key": None}),
])
def test_a_backend_without_its_settings_is_a_config_error_naming_them(backend: str, missing: dict) -> None:
    values = {"llm_base_url": "http://127.0.0.1:9", "llm_model": "m", "llm_api_version": API_VERSION,
              "llm_api_key": Secret("k"), **missing}
    with pytest.raises(ConfigError, match="DEBATE_LLM_"):
        REGISTRY[backend](Settings(llm=backend, **values))
