"""debate-assistant's question-answering core. The public surface is ``__all__``; the app, the
CLI and the eval suite import only these names.

`DebateRetriever` and `DebateQueryEngine` (`assistant.llamaindex`) import llama-index, so they
are loaded on first use (PEP 562 module ``__getattr__``): ``import assistant`` and the CLI's
light commands stay free of it (`tests/test_cli.py` checks)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.constraints import Constraints
from assistant.models import Answer, Citation
from assistant.service import Assistant

if TYPE_CHECKING:
    from assistant.llamaindex import DebateQueryEngine, DebateRetriever

__all__ = ["Answer", "Assistant", "Citation", "Constraints", "DebateQueryEngine", "DebateRetriever"]

_LAZY = {"DebateRetriever", "DebateQueryEngine"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from assistant import llamaindex

        return getattr(llamaindex, name)
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")
