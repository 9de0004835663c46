"""Language models served over HTTP, through llama-index's LLM classes.

``openai`` is `OpenAILike` (any OpenAI-compatible server: vLLM, a llama.cpp server, LM Studio,
TGI), ``ollama`` is `Ollama` (its own ``/api/chat``), ``azure`` is `AzureOpenAI` (a deployment
under ``/openai/deployments/{name}``). The client libraries speak the protocols; this module only
builds them from `Settings` and puts them behind the `LLMBackend` seam (``complete`` and
``stream`` of plain text), so validation and the extractive fallback (`GenerativeAnswerer`) do
not depend on which one answers.

Every client is built with the values a local run needs, never a library default that reaches
out: the endpoint and key come from `Settings` only (``OPENAI_API_KEY`` / ``AZURE_OPENAI_*`` in
the environment are not consulted: a placeholder key is sent when none is configured), no
retries (a failed answer falls back at once instead of waiting 20 s between tries), and a fixed
context window (Ollama would otherwise ask the server with ``/api/show`` before every request).
llama-index's global ``Settings.llm`` is never read or set.

The client libraries' exceptions are translated here, once, into `BackendError` naming the
backend and its endpoint.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.llms import LLM

from ingest.errors import BackendError, ConfigError
from ingest.settings import Settings

TIMEOUT_S = 120.0
"""Seconds one request may take: a local 7B model writes a five-source answer in 20-60 s on CPU."""

CONTEXT_WINDOW = 8192
"""What the answer prompt needs: five sources of at most 1,500 characters each
(`assistant.backends.prompt.MAX_SOURCE_CHARS`) plus the instructions come to under 3,000
tokens, and the answer is cut at 6,000 characters (`MAX_ANSWER_CHARS`)."""

MAX_ERROR_CHARS = 300
"""A failure's message is shown to the user in the fallback notice: one line, not a page."""

NO_KEY = "no-key"
"""Sent as the bearer token when no key is configured: local servers ignore it, and an empty
key would make the client libraries read ``OPENAI_API_KEY`` from the environment."""


def _client_errors() -> tuple[type[BaseException], ...]:
    """What the client libraries raise for a failed request or a reply they cannot read: the
    OpenAI SDK's errors, Ollama's `ResponseError` and its builtin `ConnectionError`, httpx's,
    a body that is not JSON (`ValueError`), and a chunk in a shape the library's parser does
    not expect (``"choices": null``: `TypeError`, `KeyError`, `AttributeError`)."""
    import openai
    from ollama import ResponseError

    return (openai.OpenAIError, ResponseError, httpx.HTTPError, ConnectionError, ValueError,
            TypeError, KeyError, AttributeError)


class LlamaIndexChat:
    """A llama-index chat `LLM` behind the `LLMBackend` seam: the prompt is one user message."""

    def __init__(self, name: str, endpoint: str, llm: LLM) -> None:
        self.name = name
        self.endpoint = endpoint
        self.llm = llm
        self._errors = _client_errors()

    def _messages(self, prompt: str) -> list[ChatMessage]:
        return [ChatMessage(role=MessageRole.USER, content=prompt)]

    def complete(self, prompt: str) -> str:
        try:
            return self.llm.chat(self._messages(prompt)).message.content or ""
        except self._errors as exc:
            raise BackendError(f"{self.name} {self.endpoint}", f"request failed: {_brief(exc)}") from exc

    def stream(self, prompt: str) -> Iterator[str]:
        try:
            for response in self.llm.stream_chat(self._messages(prompt)):
                if response.delta:
                    yield response.delta
        except self._errors as exc:
            raise BackendError(f"{self.name} {self.endpoint}", f"streaming failed: {_brief(exc)}") from exc


def _brief(exc: BaseException) -> str:
    """The exception's message, cut to `MAX_ERROR_CHARS` (the OpenAI client lists every model
    it knows in one of its messages)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


def _key(settings: Settings) -> str:
    return settings.llm_api_key.reveal() if settings.llm_api_key else NO_KEY


def openai_like(settings: Settings) -> LlamaIndexChat:
    """``DEBATE_LLM=openai``: `OpenAILike` at ``llm_base_url`` (the ``/v1`` base)."""
    if not settings.llm_base_url or not settings.llm_model:
        raise ConfigError("--llm openai needs --base-url and --model (env DEBATE_LLM_BASE_URL, DEBATE_LLM_MODEL)")
    from llama_index.llms.openai_like import OpenAILike

    llm = OpenAILike(model=settings.llm_model, api_base=settings.llm_base_url, api_key=_key(settings),
                     is_chat_model=True, context_window=CONTEXT_WINDOW, temperature=0.0,
                     max_retries=0, timeout=TIMEOUT_S)
    return LlamaIndexChat("openai", settings.llm_base_url, llm)


def ollama(settings: Settings) -> LlamaIndexChat:
    """``DEBATE_LLM=ollama``: `Ollama` at ``llm_base_url`` (e.g. ``http://127.0.0.1:11434``)."""
    if not settings.llm_base_url or not settings.llm_model:
        raise ConfigError("--llm ollama needs --base-url and --model (env DEBATE_LLM_BASE_URL, DEBATE_LLM_MODEL)")
    from llama_index.llms.ollama import Ollama

    headers = {"Authorization": f"Bearer {settings.llm_api_key.reveal()}"} if settings.llm_api_key else None
    llm = Ollama(model=settings.llm_model, base_url=settings.llm_base_url, temperature=0.0,
                 context_window=CONTEXT_WINDOW, request_timeout=TIMEOUT_S, headers=headers)
    return LlamaIndexChat("ollama", settings.llm_base_url, llm)


def azure(settings: Settings) -> LlamaIndexChat:
    """``DEBATE_LLM=azure``: `AzureOpenAI`, the deployment ``llm_model`` at the resource
    ``llm_base_url`` (``https://NAME.openai.azure.com``), REST ``api-version`` ``llm_api_version``."""
    if not (settings.llm_base_url and settings.llm_model and settings.llm_api_version and settings.llm_api_key):
        raise ConfigError("--llm azure needs an endpoint, a deployment, an API version and a key (env DEBATE_LLM_BASE_URL, "
                          "DEBATE_LLM_MODEL, DEBATE_LLM_API_VERSION, DEBATE_LLM_API_KEY)")
    from llama_index.llms.azure_openai import AzureOpenAI

    # `engine` is what the request names; llama-index's `model` only labels its metadata and must
    # be an OpenAI model name, so it keeps its default: the deployment decides which model answers
    llm = AzureOpenAI(engine=settings.llm_model, azure_endpoint=settings.llm_base_url,
                      api_version=settings.llm_api_version, api_key=_key(settings), temperature=0.0,
                      max_retries=0, timeout=TIMEOUT_S)
    return LlamaIndexChat("azure", settings.llm_base_url, llm)

