"""The indexing banner of the chats: while the server indexes in the background
(``debate serve --ingest``), each page shows "Indexing: 7 of 17 debates indexed." and, as
debates arrive, the filter lists grow. Only for a `LiveAssistant`; a fixed `Assistant` gets none.

The page asks every `TICK_S` seconds while indexing runs and stops asking when it is done; each
tick is one cheap read of the progress, answered outside the chat's queue.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.live import LiveAssistant
from assistant.web.render import esc

TICK_S = 2.0
"""One debate of the sample corpus takes ~15 s to index on two cores: a 2 s tick shows each step."""


def banner_html(live: LiveAssistant) -> str:
    """The banner's HTML (transcript-free, escaped anyway); "" when there is nothing to say."""
    status = live.status()
    return f'<div class="da-index-status" role="status">{esc(status)}</div>' if status else ""


def _indexing(live: LiveAssistant) -> bool:
    return live.progress is not None and live.progress.running


@dataclass
class IndexBanner:
    live: LiveAssistant
    html: gr.HTML
    timer: gr.Timer


def add_banner(assistant: Any) -> IndexBanner | None:
    """Place the banner here, in the Blocks being built (None for a fixed `Assistant`)."""
    if not isinstance(assistant, LiveAssistant):
        return None
    text = banner_html(assistant)
    html = gr.HTML(text, visible=bool(text), padding=False, elem_id="da-index-status")
    return IndexBanner(assistant, html, gr.Timer(TICK_S, active=_indexing(assistant)))


def follow_indexing(banner: IndexBanner | None, blocks: gr.Blocks, dropdowns: Sequence[gr.Dropdown] = (),
                    choices: Callable[[], Sequence[Any]] | None = None) -> None:
    """On page load and on each tick while indexing: refresh the banner and the ``dropdowns``'
    choices (``choices()`` gives one list per dropdown)."""
    if banner is None:
        return
    live = banner.live

    def update() -> list[Any]:
        text = banner_html(live)
        lists = list(choices()) if choices is not None else []
        return [gr.HTML(text, visible=bool(text)), gr.Timer(active=_indexing(live)),
                *(gr.Dropdown(choices=c) for c in lists)]

    outputs = [banner.html, banner.timer, *dropdowns]
    banner.timer.tick(update, None, outputs, concurrency_limit=None, show_progress="hidden", api_visibility="private")
    blocks.load(update, None, outputs, concurrency_limit=None, show_progress="hidden", api_visibility="private")
