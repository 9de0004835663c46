"""The web server: the browser chat at ``/``, a compact chat for intranet sidebars at
``/embed``, the REST API under ``/api`` (OpenAPI docs at ``/docs``), transcript views at
``/transcript/{doc_id}`` and ``/healthz``. One FastAPI app with two Gradio apps mounted in it.

    debate serve [--host 127.0.0.1] [--port 7860] [--root-path /debate] [--ingest PATH]
    python app.py ...   (the same command, for hosts that run a script)

The embedding model loads once, when the app is created; the start-up time is logged. The index
is served by generation (`assistant.live`): an ingest that commits a new one is picked up between
requests, without a restart; ``--ingest PATH`` indexes in the background while serving
(`assistant.background_ingest`). Auth, CORS and embedding are described in `assistant.web.security` and
``docs/embedding.md``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # gradio calls outside hosts otherwise
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import gradio as gr
from fastapi import FastAPI

from assistant.background_ingest import BackgroundIngest
from assistant.live import LiveAssistant
from assistant.service import Assistant
from assistant.web import api, pages, security, ui
from assistant.web.admission import AdmissionControl, bound_chat_queue
from assistant.web.feedback import FeedbackLog
from ingest.settings import Settings

log = logging.getLogger("debate.web")

MAX_BODY_BYTES = 4 * 1024 * 1024
"""Bigger request bodies get a 413 before they are read (a question's own limit is far lower)."""

API_DESCRIPTION = (
    "Answers questions about parliamentary debate transcripts; every answer cites the speaker turns it "
    "quotes. Errors are `{\"error\": {\"code\": ..., \"message\": ...}}`. When the server has an API token, "
    "send `Authorization: Bearer <token>`."
)


def create_app(settings: Settings, assistant: Assistant | LiveAssistant | None = None,
               ingest: Sequence[Path] = ()) -> FastAPI:
    """The whole web app for ``settings``. Loads the model and the index's current generation
    (`LiveAssistant.open`) unless an ``assistant`` is given (tests share one); a `LiveAssistant`
    follows new generations while the app runs. ``ingest``: files and folders to index in the
    background while serving (then the index may still be empty)."""
    started = time.perf_counter()
    if assistant is None:
        assistant = LiveAssistant.open(settings, require_index=not ingest)
    loaded = time.perf_counter() - started
    live = assistant if isinstance(assistant, LiveAssistant) else None
    background = BackgroundIngest(live, ingest) if live is not None and ingest else None

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        import psutil

        since_exec = time.time() - psutil.Process().create_time()
        log.info("debate assistant ready: %d documents; index and models loaded in %.1f s, app built in %.1f s; "
                 "start-up took %.1f s since the process started", len(assistant.documents()), loaded,
                 time.perf_counter() - started, since_exec)
        if live is not None:
            live.start()
        if background is not None:
            background.start()
        try:
            yield
        finally:
            if background is not None:
                background.stop()
            if live is not None:
                live.stop()

    app = FastAPI(title="Debate assistant", description=API_DESCRIPTION, version="0.1.0",
                  docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.settings = settings
    app.state.assistant = assistant
    app.state.feedback = FeedbackLog(settings.resolved_feedback_path, settings.feedback_max_bytes,
                                     settings.feedback_backups)
    api.install_error_handlers(app)
    app.include_router(api.health)
    app.include_router(api.router)
    app.include_router(pages.router)
    pages.install_api_docs(app)
    # No root_path for the mounts: they read it per request from the ASGI scope (uvicorn's
    # --root-path plus the mount path), which is right for "/" and "/embed" alike.
    options: dict[str, Any] = ui.mount_options()
    # Order matters: routes above win over the mounts; /embed before the catch-all "/".
    bounds = (settings.max_concurrent_questions, settings.max_queued_questions)  # admission control
    gr.mount_gradio_app(app, bound_chat_queue(ui.build_embed_ui(assistant, app.state.feedback), *bounds),
                        path="/embed", **options)
    gr.mount_gradio_app(app, bound_chat_queue(ui.build_chat_ui(assistant, app.state.feedback), *bounds),
                        path="/", **options)
    token = settings.api_token.reveal() if settings.api_token is not None else None
    app.add_middleware(api.BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(api.PathLimit)
    app.add_middleware(AdmissionControl, concurrent=bounds[0], queued=bounds[1])  # beyond: 503 + Retry-After
    security.install(app, token, settings.allowed_origins, settings.allowed_hosts)
    return app


def one_torch_thread() -> None:
    """One torch thread per question in the server: concurrent questions use the cores side by side
    instead. On this 2-core machine at load average 5-6, a query embedding took 620-820 ms with
    torch's default two threads (they wait for each other whenever a neighbour holds a core) and
    40-55 ms with one."""
    import torch

    torch.set_num_threads(1)


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860, root_path: str = "",
          ingest: Sequence[Path] = ()) -> None:
    """Load everything, then serve on ``host:port`` until interrupted (Ctrl-C); index ``ingest``
    in the background meanwhile."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    root_path = root_path.rstrip("/")
    if host not in ("0.0.0.0", "::", "") and host not in settings.allowed_hosts:
        settings = settings.replace(allowed_hosts=(*settings.allowed_hosts, host))  # the address it is reached at
    elif host in ("0.0.0.0", "::"):
        log.info("answering only to the hosts %s; set DEBATE_ALLOWED_HOSTS to the name users open",
                 ", ".join(settings.allowed_hosts))
    one_torch_thread()
    app = create_app(settings, ingest=ingest)
    log.info("serving on http://%s:%d%s/ (API docs at %s/docs)", host, port, root_path, root_path)
    uvicorn.run(app, host=host, port=port, root_path=root_path, log_level="info", proxy_headers=True)

