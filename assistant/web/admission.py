"""Admission control: a bounded number of questions answered at once and waiting, for the API
and the chats alike; beyond it the server answers 503 with ``Retry-After`` at once, so a client
under overload hears "busy" instead of timing out in a line that never moves.

- ``POST /api/ask``: `AdmissionControl` answers at most ``max_concurrent_questions`` at once and
  lets ``max_queued_questions`` more wait (each at most `MAX_WAIT_S`); the next gets the 503.
- The chats (``/`` and ``/embed``): Gradio's own queue gets the same bounds (`bound_chat_queue`);
  its "queue full" 503 on ``.../gradio_api/queue/join`` gets the same ``Retry-After``.

Both settings are documented in the README; `debate bench --load` measures what they give.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.web.api import error_response

if TYPE_CHECKING:  # the middleware itself needs no Gradio (importing it costs seconds)
    import gradio as gr

RETRY_AFTER_S = 2
"""What a refused client is told to wait. One question takes ~0.1-0.3 s of CPU on the sample
corpus (`debate bench --load`), so a full line of 64 drains in a few seconds at 2 cores."""

MAX_WAIT_S = 20.0
"""The longest a question waits for its turn before it gets the 503 instead: below the 30 s
that HTTP clients (httpx, browsers' fetch behind proxies) commonly give up at."""

_ASK = "/api/ask"
_CHAT_JOIN = "/gradio_api/queue/join"


def _busy(message: str) -> Any:
    return error_response(503, "busy", message, headers={"Retry-After": str(RETRY_AFTER_S)})


class AdmissionControl:
    """ASGI middleware bounding ``POST /api/ask`` (in flight plus waiting) and adding
    ``Retry-After`` to the chats' queue-full 503s."""

    def __init__(self, app: ASGIApp, concurrent: int, queued: int, max_wait_s: float = MAX_WAIT_S) -> None:
        self.app = app
        self.concurrent = concurrent
        self.capacity = concurrent + queued
        self.max_wait_s = max_wait_s
        self.pending = 0
        self._slots = asyncio.Semaphore(concurrent)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if path.endswith(_CHAT_JOIN):
            await self.app(scope, receive, _with_retry_after(send))
        elif path.endswith(_ASK) and scope.get("method") == "POST":
            await self._admit(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _admit(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.pending >= self.capacity:
            await _busy(f"the server is answering {self.capacity} questions already; "
                        f"retry after {RETRY_AFTER_S} s")(scope, receive, send)
            return
        self.pending += 1
        try:
            try:
                async with asyncio.timeout(self.max_wait_s):  # acquire() gives its slot back if cancelled
                    await self._slots.acquire()
            except TimeoutError:
                await _busy(f"no answer slot came free within {self.max_wait_s:g} s; "
                            f"retry after {RETRY_AFTER_S} s")(scope, receive, send)
                return
            try:
                await self.app(scope, receive, send)
            finally:
                self._slots.release()
        finally:
            self.pending -= 1


def _with_retry_after(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start" and message.get("status") == 503:
            headers = [h for h in message.get("headers", []) if h[0].lower() != b"retry-after"]
            message = {**message, "headers": [*headers, (b"retry-after", str(RETRY_AFTER_S).encode())]}
        await send(message)

    return sending


def bound_chat_queue(blocks: gr.Blocks, concurrent: int, queued: int) -> gr.Blocks:
    """Give a chat's Gradio queue the same bounds: ``concurrent`` events run at once, at most
    ``queued`` wait (at least 1: Gradio counts the event being handed to a worker)."""
    blocks.queue(default_concurrency_limit=concurrent, max_size=max(1, queued))
    return blocks
