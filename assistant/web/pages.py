"""Server-rendered pages: the transcript view, the sign-in form, the API docs, and the script an
intranet page loads to use the ``<gradio-app>`` web component (served here, never from a CDN)."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from assistant.web.render import esc, login_page, page_csp, simple_page, transcript_page
from assistant.web.security import client_address, safe_next, set_session_cookie, token_matches

log = logging.getLogger("debate.web")
router = APIRouter(include_in_schema=False)

_QUOTE_SPAN = re.compile(r"(\d{1,7})-(\d{1,7})")
# The view's own CSP: no script at all, only its own stylesheet; transcript text cannot run anything.
TRANSCRIPT_CSP = page_csp()
SIGN_IN_CSP = page_csp(form_action="'self'")


def _root(request: Request) -> str:
    return str(request.scope.get("root_path", "")).rstrip("/")


@router.get("/transcript/{doc_id:path}", response_class=HTMLResponse)
def transcript(doc_id: str, request: Request, turn: int | None = None, quote: str | None = None) -> HTMLResponse:
    """The whole debate; ``#turn-N`` anchors a turn, ``?turn=N&quote=S-E`` highlights a quote."""
    found = request.app.state.assistant.transcript(doc_id)
    if found is None:
        shown = doc_id if len(doc_id) <= 100 else doc_id[:100] + "…"
        body = f'<p>No indexed debate has the id “{esc(shown)}”.</p><p><a href="{esc(_root(request))}/">Back to the assistant</a></p>'
        return HTMLResponse(simple_page("Debate not found", body), status_code=404,
                            headers={"Content-Security-Policy": TRANSCRIPT_CSP})
    span = _QUOTE_SPAN.fullmatch(quote or "")
    highlight = (turn, int(span.group(1)), int(span.group(2))) if turn is not None and span else None
    return HTMLResponse(transcript_page(found, _root(request), highlight),
                        headers={"Content-Security-Policy": TRANSCRIPT_CSP})


def sign_in_page(next_path: str, action: str, error: str | None = None, status: int = 200,
                 headers: dict[str, str] | None = None) -> HTMLResponse:
    """The sign-in form as a response, under its strict CSP."""
    return HTMLResponse(login_page(next_path, action, error), status_code=status,
                        headers={"Content-Security-Policy": SIGN_IN_CSP, **(headers or {})})


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    root = _root(request)
    return sign_in_page(safe_next(next, root), f"{root}/login")


@router.post("/login")
async def login(request: Request) -> Response:
    """Sign in with the access token; sets the session cookie and returns to ``next``. Wrong
    tokens count against the client's address (429 with ``Retry-After`` past the limit)."""
    root = _root(request)
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    given, next_path = form.get("token", [""])[0], safe_next(form.get("next", ["/"])[0], root)
    token = request.app.state.settings.api_token
    if token is None:
        return RedirectResponse(next_path, status_code=303)
    throttle, client = request.app.state.sign_in_throttle, client_address(request.scope)
    wait = throttle.wait(client)
    if wait:
        return sign_in_page(next_path, f"{root}/login", f"Too many wrong tokens; try again in {wait} seconds.",
                            status=429, headers={"Retry-After": str(wait)})
    if not token_matches(given, token.reveal()):
        throttle.failed(client)
        return sign_in_page(next_path, f"{root}/login", "That token is not valid.", status=401)
    response = RedirectResponse(next_path, status_code=303)
    set_session_cookie(response, token.reveal(), root, secure=request.url.scheme == "https")
    return response


def install_api_docs(app: FastAPI) -> None:
    """``/docs``: Swagger UI for the API, its script and styles served from the ``fastapi-offline``
    package (FastAPI's default page loads them from a CDN, which an offline intranet cannot
    reach). Without that package the CDN page is used, with a warning."""
    try:
        import fastapi_offline
    except ImportError:
        log.warning("fastapi-offline is not installed: /docs loads Swagger UI from a CDN")
        assets = None
    else:
        assets = Path(fastapi_offline.__file__).resolve().parent / "static"
        app.mount("/docs-assets", StaticFiles(directory=str(assets)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        root = _root(request)
        local: dict[str, Any] = {"swagger_js_url": f"{root}/docs-assets/swagger-ui-bundle.js",
                 "swagger_css_url": f"{root}/docs-assets/swagger-ui.css",
                 "swagger_favicon_url": f"{root}/docs-assets/favicon.png"} if assets else {}
        return get_swagger_ui_html(openapi_url=f"{root}{app.openapi_url}", title="Debate assistant API", **local)


@router.get("/embed", include_in_schema=False)
def embed_without_slash(request: Request) -> RedirectResponse:
    """The compact chat lives at ``/embed/`` (a Gradio mount answers only below its path): a link
    or iframe written without the slash is redirected there instead of getting a 404."""
    return RedirectResponse(f"{_root(request)}/embed/", status_code=307)


@router.get("/gradio.js")
def gradio_script() -> FileResponse:
    """Gradio's web-component loader from the installed package; it imports ``./assets/...``,
    which the chat mounted at ``/`` serves."""
    import gradio

    path = Path(gradio.__file__).resolve().parent / "templates" / "frontend" / "gradio.js"
    return FileResponse(path, media_type="text/javascript", headers={"Cache-Control": "no-cache"})
