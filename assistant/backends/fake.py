"""A scripted stand-in for a language model, entering through the real backend seam."""

from __future__ import annotations

import re
from collections.abc import Iterator


class FakeLLM:
    """Replies with the scripted ``replies`` in turn (the last one repeats); with none, it answers
    by quoting the first sentence of source [1], as a well-behaved model would. Every prompt is
    recorded in ``prompts`` so a test can check what the model was shown. ``stream`` yields the
    reply in ``chunk_chars``-character pieces (default: word by word), so a test can cut a reply
    anywhere, even inside a quote mark or a citation marker."""

    name = "fake"

    def __init__(self, replies: list[str] | None = None, chunk_chars: int | None = None) -> None:
        self.replies = list(replies or [])
        self.chunk_chars = chunk_chars
        self.prompts: list[str] = []

    def complete(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if self.replies:
            return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        match = re.search(r"^<<<SOURCE 1>>>\n(.+?)\n<<<END SOURCE 1>>>$", prompt, flags=re.M | re.S)
        if not match:
            return "NOT_FOUND"
        first = re.split(r"(?<=[.!?])\s", match.group(1).strip(), maxsplit=1)[0]
        return f"The first source says: “{first}” [1]"

    def stream(self, prompt: str) -> Iterator[str]:
        reply = self.complete(prompt)
        if self.chunk_chars:
            yield from (reply[i : i + self.chunk_chars] for i in range(0, len(reply), self.chunk_chars))
            return
        yield from re.split(r"(?<= )", reply)
