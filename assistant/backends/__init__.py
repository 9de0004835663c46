"""Answer backends, registered in one place. ``none`` is the extractive answer (no model)."""

from __future__ import annotations

from typing import Any

from ingest.settings import Settings


def load_backend(settings: Settings) -> Any:
    """The LLM backend named by ``settings.llm``, or None for the extractive default."""
    if settings.llm == "none":
        return None
    raise NotImplementedError(settings.llm)
