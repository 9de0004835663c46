"""Answer backends, registered in one place.

``none`` is the extractive answer and needs no backend object. The others wrap a model behind the
small `LLMBackend` protocol (``complete`` and ``stream``); `GenerativeAnswerer` turns any of them
into validated, cited answers. ``openai``, ``ollama`` and ``azure`` are llama-index LLM classes
(`assistant.backends.chat_models`); ``gguf`` runs a local file through llama-cpp-python; ``fake``
ships in the package so tests and demos exercise the real seam without a model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Protocol

from ingest.errors import ConfigError
from ingest.settings import Settings

if TYPE_CHECKING:
    from assistant.backends.generative import GenerativeAnswerer


class LLMBackend(Protocol):
    name: str

    def complete(self, prompt: str) -> str: ...

    def stream(self, prompt: str) -> Iterator[str]: ...


def _openai(settings: Settings) -> LLMBackend:
    from assistant.backends.chat_models import openai_like

    return openai_like(settings)


def _ollama(settings: Settings) -> LLMBackend:
    from assistant.backends.chat_models import ollama

    return ollama(settings)


def _azure(settings: Settings) -> LLMBackend:
    from assistant.backends.chat_models import azure

    return azure(settings)


def _gguf(settings: Settings) -> LLMBackend:
    from assistant.backends.gguf import GGUFModel

    if not settings.llm_model_path:
        raise ConfigError("--llm gguf needs --model-path FILE (env DEBATE_LLM_MODEL_PATH)")
    return GGUFModel(settings.llm_model_path)


def _fake(settings: Settings) -> LLMBackend:
    from assistant.backends.fake import FakeLLM

    return FakeLLM()


REGISTRY: dict[str, Callable[[Settings], LLMBackend]] = {
    "openai": _openai, "ollama": _ollama, "azure": _azure, "gguf": _gguf, "fake": _fake,
}


def load_backend(settings: Settings, llm: LLMBackend | None = None) -> GenerativeAnswerer | None:
    """The answerer for ``settings.llm`` (None for the extractive default). ``llm`` overrides the
    registry, e.g. a scripted `FakeLLM` in a test."""
    if llm is None and settings.llm == "none":
        return None
    from assistant.backends.generative import GenerativeAnswerer

    return GenerativeAnswerer(llm or REGISTRY[settings.llm](settings))

