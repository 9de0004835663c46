"""An OpenAI-compatible chat endpoint (vLLM, Ollama, a llama.cpp server, ...), over httpx.

No SDK: the chat-completions protocol is small, and httpx's errors are translated here, once,
into `BackendError` naming the endpoint.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx

from ingest.errors import BackendError
from ingest.settings import Secret

TIMEOUT = httpx.Timeout(120.0, connect=5.0)


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
            return response.json()["choices"][0]["message"]["content"] or ""
        except (httpx.HTTPError, KeyError, IndexError, ValueError) as exc:
            raise BackendError(f"openai {self.url}", f"request failed: {exc}") from exc

    def stream(self, prompt: str) -> Iterator[str]:
        try:
            with httpx.stream("POST", self.url, json=self._body(prompt, True), headers=self._headers,
                              timeout=TIMEOUT) as response:
                response.raise_for_status()
                for line in response.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        return
                    delta = json.loads(data)["choices"][0].get("delta", {}).get("content")
                    if delta:
                        yield delta
        except (httpx.HTTPError, KeyError, IndexError, ValueError) as exc:
            raise BackendError(f"openai {self.url}", f"streaming failed: {exc}") from exc
