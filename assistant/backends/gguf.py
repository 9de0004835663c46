"""A local GGUF model through llama-cpp-python (an optional extra: it compiles from source).

`Llama.create_chat_completion` applies the model's own chat template; llama-index's LlamaCPP
wrapper would format prompts Llama-2 style and download a model when the path is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingest.errors import BackendError


def delta_text(chunk: Any) -> str:
    """The text of one streamed chunk of `create_chat_completion` (an OpenAI-shaped dict; the
    first holds only the role, the last only the finish reason)."""
    choices = chunk.get("choices") if isinstance(chunk, dict) else None
    delta = choices[0].get("delta") if choices and isinstance(choices[0], dict) else None
    content = delta.get("content") if isinstance(delta, dict) else None
    return content if isinstance(content, str) else ""


class GGUFModel:
    name = "gguf"

    def __init__(self, model_path: str, n_ctx: int = 4096) -> None:
        if not Path(model_path).is_file():
            raise BackendError(f"gguf {model_path}", "model file not found")
        try:
            from llama_cpp import (
                Llama,  # the optional gguf extra (untyped: see [tool.mypy] overrides)
            )
        except ImportError as exc:
            raise BackendError("gguf", "llama-cpp-python is not installed: pip install 'debate-assistant[gguf]'") from exc
        try:
            self._llm: Any = Llama(model_path=model_path, n_ctx=n_ctx, verbose=False)
        except Exception as exc:  # llama_cpp raises ValueError/RuntimeError for bad files
            raise BackendError(f"gguf {model_path}", f"cannot load model: {exc}") from exc

    def complete(self, prompt: str) -> str:
        return "".join(self.stream(prompt))

    def stream(self, prompt: str) -> Iterator[str]:
        try:
            for part in self._llm.create_chat_completion(
                messages=[{"role": "user", "content": prompt}], temperature=0.0, stream=True
            ):
                if text := delta_text(part):
                    yield text
        except Exception as exc:
            raise BackendError("gguf", f"generation failed: {exc}") from exc
