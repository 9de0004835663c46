"""The OpenAI-compatible backend against a fake server on 127.0.0.1 (in a thread of the test):
every chunk shape real servers send, and failures as `BackendError`."""

import pytest
from chat_completions_server import Reply, chat_server, sse_chunk, streamed

from assistant.backends.openai_compat import OpenAICompatible, delta_text
from ingest.errors import BackendError

TEXT = "Jansen zei: “Ik investeer twaalf miljoen euro” [1]. Dat was alles [1]."


def test_a_stream_with_null_deltas_empty_choices_and_comments_yields_just_the_text() -> None:
    with chat_server([Reply(sse_lines=streamed(TEXT, piece_chars=5))]) as server:
        pieces = list(OpenAICompatible(server.url, "m").stream("prompt"))
    assert "".join(pieces) == TEXT
    assert all(pieces), "no empty pieces"
    assert server.requests[0]["stream"] is True and server.requests[0]["messages"][0]["content"] == "prompt"


@pytest.mark.parametrize("chunk", [
    {"choices": [{"delta": None}]}, {"choices": []}, {"choices": None}, {"choices": [{}]},
    {"choices": [{"delta": {"role": "assistant"}}]}, {"choices": [{"delta": {"content": None}}]},
    {"choices": [{"delta": {"tool_calls": []}, "finish_reason": "stop"}]}, {"usage": {"total_tokens": 3}},
    {"choices": [None]}, {"choices": [{"delta": {"content": 5}}]},
])
def test_a_chunk_without_text_is_skipped(chunk: dict) -> None:
    assert delta_text(chunk) == ""


def test_a_stream_that_ends_without_done_still_yields_its_text() -> None:
    with chat_server([Reply(sse_lines=[sse_chunk("Half"), sse_chunk(delta=None), sse_chunk(" af.")])]) as server:
        assert "".join(OpenAICompatible(server.url, "m").stream("p")) == "Half af."


@pytest.mark.parametrize(("lines", "message"), [
    ([sse_chunk("Begin"), 'data: {"error": {"message": "overloaded"}}'], "overloaded"),
    ([sse_chunk("Begin"), "data: {not json"], "streaming failed"),
    (["data: [1, 2]"], "not a JSON object"),
])
def test_a_broken_stream_is_a_backend_error_naming_the_endpoint(lines: list[str], message: str) -> None:
    with chat_server([Reply(sse_lines=lines)]) as server, pytest.raises(BackendError, match=message) as info:
        list(OpenAICompatible(server.url, "m").stream("p"))
    assert server.url in str(info.value)


def test_an_http_error_is_a_backend_error() -> None:
    with chat_server([Reply(status=500, body={"error": "boom"})]) as server, pytest.raises(BackendError, match="500"):
        list(OpenAICompatible(server.url, "m").stream("p"))


def test_a_whole_completion_with_null_content_is_empty_and_one_without_choices_fails() -> None:
    with chat_server([Reply(body={"choices": [{"message": {"role": "assistant", "content": None}}]}),
                      Reply(body={"choices": []})]) as server:
        backend = OpenAICompatible(server.url, "m")
        assert backend.complete("p") == ""
        with pytest.raises(BackendError, match="no choices"):
            backend.complete("p")
    assert server.requests[0]["stream"] is False
