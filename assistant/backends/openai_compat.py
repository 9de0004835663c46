"""An OpenAI-compatible chat endpoint (vLLM, Ollama, a llama.cpp server, ...), over httpx.

No SDK: the chat-completions protocol is small, and httpx's errors are translated here, once,
into `BackendError` naming the endpoint.

Servers differ in what a streamed chunk holds. `delta_text` takes the text from any chunk and
skips, without failing, every shape that carries none: ``"delta": null``, ``"choices": []``, a
delta without ``content`` or with ``"content": null`` (role-only first chunks, tool calls, the
final chunk with ``finish_reason``, usage-only chunks). A chunk with an ``error`` object, or a
line that is not JSON, fails the request with `BackendError`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx

from ingest.errors import BackendError
from ingest.settings import Secret

TIMEOUT = httpx.Timeout(120.0, connect=5.0)


def delta_text(chunk: Any) -> str:
    """The text of one streamed chat-completion chunk ("" when it carries none)."""
    if not isinstance(chunk, dict):
        raise ValueError(f"a stream chunk is not a JSON object: {str(chunk)[:80]}")
    if chunk.get("error"):
        raise ValueError(f"the server reported an error: {str(chunk['error'])[:200]}")
    choices = chunk.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return ""
    delta = choices[0].get("delta") or choices[0].get("message")
    content = delta.get("content") if isinstance(delta, dict) else None
    return content if isinstance(content, str) else ""


def message_text(body: Any) -> str:
    """The reply text of a whole (non-streamed) chat completion."""
    if not isinstance(body, dict):
        raise ValueError("the response is not a JSON object")
    if body.get("error"):
        raise ValueError(f"the server reported an error: {str(body['error'])[:200]}")
    choices = body.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise ValueError("the response has no choices")
    message = choices[0].get("message")
    content = message.get("content") if isinstance(message, dict) else None
    return content if isinstance(content, str) else ""


class OpenAICompatible:
    name = "openai"

    def __init__(self, base_url: str, model: str, api_key: Secret | None = None) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self._headers = {"Authorization": f"Bearer {api_key.reveal()}"} if api_key else {}

    def _body(self, prompt: str, stream: bool) -> dict[str, Any]:
        return {"model": self.model, "messages": [{"role": "user", "content": prompt}],
                "temperature": 0.0, "stream": stream}

    def complete(self, prompt: str) -> str:
        try:
            response = httpx.post(self.url, json=self._body(prompt, False), headers=self._headers, timeout=TIMEOUT)
            response.raise_for_status()
            return message_text(response.json())
        except (httpx.HTTPError, ValueError) as exc:
            raise BackendError(f"openai {self.url}", f"request failed: {exc}") from exc

    def stream(self, prompt: str) -> Iterator[str]:
        try:
            with httpx.stream("POST", self.url, json=self._body(prompt, True), headers=self._headers,
                              timeout=TIMEOUT) as response:
                response.raise_for_status()
                for line in response.iter_lines():
                    if not line.startswith("data:"):
                        continue  # SSE comments (": keep-alive"), event: and id: lines, blank lines
                    data = line[5:].strip()
                    if data == "[DONE]":
                        return
                    if text := delta_text(json.loads(data)):
                        yield text
        except (httpx.HTTPError, ValueError) as exc:
            raise BackendError(f"openai {self.url}", f"streaming failed: {exc}") from exc
