"""A fake OpenAI-compatible chat-completions server for tests (a plain module, like samples.py).

It runs in a thread of the test process on 127.0.0.1 (an ephemeral port), so it stays in the fast
default suite. Each request to ``POST /v1/chat/completions`` takes the next scripted `Reply`
(the last one repeats): for ``"stream": true`` its SSE lines are sent one by one as they are
given, raw, so a test can send exactly the odd shapes real servers send (``"delta": null``,
``"choices": []``, comments, ``[DONE]``); otherwise its JSON body. Every request body is kept in
``requests``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def sse_chunk(content: str | None = None, *, delta: Any = ..., choices: Any = ..., **extra: Any) -> str:
    """One ``data:`` line of a streamed chat completion: by default a delta holding ``content``;
    ``delta=None`` or ``choices=[]`` give the shapes some servers send between text chunks."""
    if choices is ...:
        if delta is ...:
            delta = {"content": content}
        choices = [{"index": 0, "delta": delta, "finish_reason": None}]
    return "data: " + json.dumps({"id": "c1", "object": "chat.completion.chunk", "choices": choices, **extra})


def streamed(text: str, piece_chars: int = 7) -> list[str]:
    """``text`` as SSE lines the way real servers send it: a role-only first chunk, text in
    ``piece_chars`` pieces with ``delta: null`` and ``choices: []`` chunks between them, a final
    chunk with a finish reason and no content, a usage-only chunk, then ``[DONE]``."""
    lines = [sse_chunk(delta={"role": "assistant"}), ": keep-alive"]
    for i in range(0, len(text), piece_chars):
        lines.append(sse_chunk(text[i : i + piece_chars]))
        lines.append(sse_chunk(delta=None))
        lines.append(sse_chunk(choices=[]))
    lines.append(sse_chunk(choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}]))
    lines.append(sse_chunk(choices=[], usage={"prompt_tokens": 1, "completion_tokens": 1}))
    lines.append("data: [DONE]")
    return lines


@dataclass
class Reply:
    """What the server answers to one request."""

    sse_lines: Sequence[str] = ()
    body: Any = None
    status: int = 200


@dataclass
class ChatServer:
    url: str
    replies: list[Reply]
    requests: list[dict[str, Any]] = field(default_factory=list)


def _handler(server: ChatServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            request = json.loads(self.rfile.read(length) or b"{}")
            server.requests.append(request)
            reply = server.replies.pop(0) if len(server.replies) > 1 else server.replies[0]
            if reply.status != 200 or not request.get("stream"):
                data = json.dumps(reply.body if reply.body is not None else {"error": "no body scripted"}).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            for line in reply.sse_lines:
                self.wfile.write(f"{line}\n\n".encode())
                self.wfile.flush()
            self.close_connection = True

    return Handler


@contextmanager
def chat_server(replies: Sequence[Reply]) -> Iterator[ChatServer]:
    """A running fake server on 127.0.0.1; its ``url`` is the ``/v1`` base URL."""
    state = ChatServer(url="", replies=list(replies))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
