"""Who may call the server, and from which origins.

Auth is off unless ``settings.api_token`` (``DEBATE_API_TOKEN``) is set. Then:

- the REST API (``/api/...``) wants ``Authorization: Bearer <token>`` on every call (401 JSON
  otherwise; checked by `assistant.web.api.require_token`);
- browser pages (the chat, ``/embed``, transcript views and Gradio's own endpoints) want the
  session cookie. A browser gets it once, by opening any page with ``?token=<token>`` (the
  server sets an HttpOnly cookie and redirects to the same URL without the token) or through the
  sign-in form shown instead of a page. The cookie holds an HMAC of the token, not the token.
  A request with the bearer header is accepted by pages too (a reverse proxy may add it);
- ``/healthz``, ``/docs``, ``/openapi.json`` and Gradio's static assets stay public.

CORS: one allow-list, ``settings.allowed_origins`` (``DEBATE_ALLOWED_ORIGINS``), applied by
Starlette's CORSMiddleware to the API and the mounted Gradio apps alike (Gradio steps back when
the parent app configures CORS). The same origins may frame the pages (``frame-ancestors``).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode

from starlette.middleware.cors import CORSMiddleware
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE_NAME = "debate_session"
COOKIE_MAX_AGE = 12 * 3600
PUBLIC_PATHS = ("/healthz", "/login", "/docs", "/openapi.json", "/gradio.js", "/favicon.ico", "/manifest.json")
PUBLIC_PREFIXES = ("/api/", "/assets/", "/static/", "/embed/assets/", "/embed/static/", "/svelte/",
                   "/embed/svelte/", "/docs-assets/")
"""``/api/`` is public here because the API checks its bearer token itself (JSON 401)."""


def token_matches(given: str, token: str) -> bool:
    return hmac.compare_digest(given.encode(), str.__str__(token).encode())


def session_value(token: str) -> str:
    """What the session cookie holds: an HMAC of the token, so the cookie is not the token."""
    return hmac.new(str.__str__(token).encode(), b"debate-assistant browser session", hashlib.sha256).hexdigest()


def route_path(scope: Scope) -> str:
    """The path inside the app (uvicorn's ``--root-path`` prefix removed)."""
    path, root = scope.get("path", ""), scope.get("root_path", "")
    return (path[len(root):] or "/") if root and path.startswith(root) else path


def is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES) or path.endswith("/theme.css")


class BrowserAuth:
    """ASGI middleware: browser pages need the session cookie (or the bearer header)."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token
        self.session = session_value(token)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or is_public(route_path(scope)):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "http" and scope["method"] == "OPTIONS":  # CORS preflights carry no credentials
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if self._authorised(headers):
            await self.app(scope, receive, send)
            return
        response = self._challenge(scope, headers)
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        await response(scope, receive, send)

    def _authorised(self, headers: dict[str, str]) -> bool:
        cookie = SimpleCookie()
        cookie.load(headers.get("cookie", ""))
        if COOKIE_NAME in cookie and hmac.compare_digest(cookie[COOKIE_NAME].value, self.session):
            return True
        scheme, _, credentials = headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and token_matches(credentials.strip(), self.token)

    def _challenge(self, scope: Scope, headers: dict[str, str]) -> Response:
        from assistant.web.render import login_page

        root = scope.get("root_path", "")
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        given = next((v for k, v in query if k == "token"), None)
        rest = urlencode([(k, v) for k, v in query if k != "token"])
        here = root + route_path(scope) + (f"?{rest}" if rest else "")
        if given is not None and token_matches(given, self.token):
            response = RedirectResponse(here, status_code=303)
            set_session_cookie(response, self.token, root, secure=scope.get("scheme") == "https")
            return response
        wants_html = "text/html" in headers.get("accept", "") and scope.get("method") == "GET"
        if not wants_html:
            return JSONResponse({"error": {"code": "unauthorized", "message": "sign in first (open the page with ?token=...)"}},
                                status_code=401)
        error = "That token is not valid." if given is not None else None
        return HTMLResponse(login_page(here, f"{root}/login", error), status_code=401)


def set_session_cookie(response: Response, token: str, root: str, *, secure: bool) -> None:
    response.set_cookie(COOKIE_NAME, session_value(token), max_age=COOKIE_MAX_AGE, path=root or "/",
                        httponly=True, samesite="lax", secure=secure)


def safe_next(next_path: str, root: str) -> str:
    """Only a path on this server may follow a sign-in (no open redirect)."""
    if not next_path.startswith("/") or next_path.startswith("//") or "\\" in next_path:
        return f"{root}/"
    return next_path


class FramePolicy:
    """ASGI middleware: HTML pages may be framed by this server and the allowed origins only."""

    def __init__(self, app: ASGIApp, origins: Iterable[str]) -> None:
        self.app = app
        allowed = " ".join(o for o in origins if o != "*")
        self.value = ("frame-ancestors *" if "*" in origins else f"frame-ancestors 'self' {allowed}".strip()).encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_policy(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.setdefault("headers", [])
                content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if content_type.startswith(b"text/html"):
                    headers.append((b"content-security-policy", self.value))
            await send(message)

        await self.app(scope, receive, send_with_policy)


def install(app: ASGIApp, token: str | None, origins: tuple[str, ...]) -> None:
    """Add the middlewares to a FastAPI ``app``. CORS is installed even with no origins, so that
    Gradio's own (looser) CORS handling stands down and this allow-list is the only policy."""
    app.add_middleware(FramePolicy, origins=origins)  # type: ignore[attr-defined]
    if token is not None:
        app.add_middleware(BrowserAuth, token=token)  # type: ignore[attr-defined]
    app.add_middleware(  # type: ignore[attr-defined]
        CORSMiddleware,
        allow_origins=list(origins),
        allow_credentials="*" not in origins,
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["*"],
        max_age=600,
    )
