"""A fixture that lets a test reach 127.0.0.1 only (a plain module, like samples.py): any other
address fails the test at ``connect``, so a library default that reaches out (llama-index's
OpenAI ``Settings.llm``, tiktoken's download, Ollama's default host) cannot pass unseen. Import
``loopback_only`` into a test module and use it (or make it autouse there)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

LOOPBACK = ("127.0.0.1", "::1", "localhost")


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Refuse every non-loopback connection; yields the refused addresses."""
    refused: list[Any] = []
    connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in LOOPBACK:
            refused.append(address)
            raise OSError(f"test blocked a connection to {address!r}: only 127.0.0.1 is allowed")
        return connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield refused
    assert not refused, f"something tried to reach the network: {refused}"
