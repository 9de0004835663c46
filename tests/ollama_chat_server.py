"""A fake Ollama server for tests (a plain module, like samples.py): ``POST /api/chat``.

It runs in a thread of the test process on 127.0.0.1, like `chat_completions_server`, and
shares its `Reply` and `ChatServer`. For ``"stream": true`` (Ollama's default) the reply's
``sse_lines`` are sent as NDJSON: one JSON object per line, written and flushed one by one, as
Ollama sends them; otherwise its JSON body. Any other path answers 404 as Ollama does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from typing import Any

from chat_completions_server import ChatServer, Reply, read_request, send_json, serve

MODEL = "llama3.2"


def ndjson_chunk(content: str, *, done: bool = False, **extra: Any) -> str:
    """One line of Ollama's streamed ``/api/chat`` reply."""
    chunk: dict[str, Any] = {"model": MODEL, "created_at": "2026-12-01T11:00:00Z",
                             "message": {"role": "assistant", "content": content}, "done": done}
    if done:
        chunk.update(done_reason="stop", total_duration=1, prompt_eval_count=10, eval_count=5)
    return json.dumps({**chunk, **extra})


def ndjson_streamed(text: str, piece_chars: int = 7) -> list[str]:
    """``text`` as Ollama streams it: pieces of ``piece_chars`` characters, then a final
    ``"done": true`` line with an empty message and the token counts."""
    return [ndjson_chunk(text[i : i + piece_chars]) for i in range(0, len(text), piece_chars)] + [ndjson_chunk("", done=True)]


def whole_reply(text: str) -> dict[str, Any]:
    """Ollama's non-streamed ``/api/chat`` body."""
    return json.loads(ndjson_chunk(text, done=True))


def _handler(server: ChatServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            request, reply = read_request(self, server)
            if reply is None:
                return
            if reply.status != 200 or request.get("stream") is False:
                send_json(self, reply.status, reply.body if reply.body is not None else {"error": "no body scripted"})
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson")
            self.send_header("Connection", "close")
            self.end_headers()
            for line in reply.sse_lines:
                self.wfile.write(f"{line}\n".encode())
                self.wfile.flush()
            self.close_connection = True

    return Handler


def _route(path: str, query: dict[str, list[str]], headers: dict[str, str]) -> tuple[int, Any] | None:
    return None if path == "/api/chat" else (404, {"error": "404 page not found"})


@contextmanager
def ollama_server(replies: Sequence[Reply]) -> Iterator[ChatServer]:
    """A running fake Ollama on 127.0.0.1; its ``url`` is the base URL (no ``/api``)."""
    with serve(ChatServer(url="", replies=list(replies), route=_route), _handler, "") as state:
        yield state
