"""Fake chat-completions servers for tests (a plain module, like samples.py): OpenAI-compatible
(``POST /v1/chat/completions``) and Azure OpenAI (``POST /openai/deployments/{deployment}/chat/
completions?api-version=...``, the same body and stream).

Each runs in a thread of the test process on 127.0.0.1 (an ephemeral port), so it stays in the
fast default suite. Each request takes the next scripted `Reply` (the last one repeats): for
``"stream": true`` its SSE lines are sent one by one as they are given, raw, so a test can send
exactly the odd shapes real servers send (``"delta": null``, ``"choices": []``, comments,
``[DONE]``); otherwise its JSON body. Every request body is kept in ``requests``, its path and
query in ``paths`` and its headers in ``headers``. The Azure server answers 404 as Azure does for
a deployment or API version it does not serve, and 401 without the ``api-key`` header.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


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
    paths: list[str] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    route: Any = None
    """``(path, query, headers) -> (status, error body) | None``: refuses a request before any reply."""


def send_json(handler: BaseHTTPRequestHandler, status: int, body: Any) -> None:
    data = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def read_request(handler: BaseHTTPRequestHandler, server: ChatServer) -> tuple[dict[str, Any], Reply | None]:
    """The request's JSON body, recorded, and the reply to send (None: refused by the route)."""
    length = int(handler.headers.get("Content-Length", "0"))
    request = json.loads(handler.rfile.read(length) or b"{}")
    server.requests.append(request)
    server.paths.append(handler.path)
    server.headers.append({k.lower(): v for k, v in handler.headers.items()})
    if server.route is not None:
        parts = urlsplit(handler.path)
        refused = server.route(parts.path, parse_qs(parts.query), server.headers[-1])
        if refused is not None:
            send_json(handler, *refused)
            return request, None
    return request, server.replies.pop(0) if len(server.replies) > 1 else server.replies[0]


def _handler(server: ChatServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            request, reply = read_request(self, server)
            if reply is None:
                return
            if reply.status != 200 or not request.get("stream"):
                send_json(self, reply.status, reply.body if reply.body is not None else {"error": "no body scripted"})
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
    """A running fake OpenAI-compatible server on 127.0.0.1; its ``url`` is the ``/v1`` base URL."""
    with serve(ChatServer(url="", replies=list(replies)), _handler, "/v1") as state:
        yield state


@contextmanager
def azure_server(replies: Sequence[Reply], deployment: str, api_version: str, api_key: str) -> Iterator[ChatServer]:
    """A running fake Azure OpenAI resource on 127.0.0.1 serving one ``deployment`` at one
    ``api_version``; its ``url`` is the resource endpoint (``https://NAME.openai.azure.com``)."""

    def route(path: str, query: dict[str, list[str]], headers: dict[str, str]) -> tuple[int, Any] | None:
        if headers.get("api-key") != api_key:
            return 401, {"error": {"code": "401", "message": "Access denied due to invalid subscription key."}}
        if path != f"/openai/deployments/{deployment}/chat/completions" or query.get("api-version") != [api_version]:
            return 404, {"error": {"code": "DeploymentNotFound", "message": "The API deployment for this resource does not exist."}}
        return None

    with serve(ChatServer(url="", replies=list(replies), route=route), _handler, "") as state:
        yield state


@contextmanager
def serve(state: ChatServer, handler: Any, base_path: str) -> Iterator[ChatServer]:
    """``state`` served by ``handler(state)`` on 127.0.0.1 (an ephemeral port) until the block ends."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler(state))
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}{base_path}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
