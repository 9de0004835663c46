"""Who may call the server, and from which origins.

Auth is off unless ``settings.api_token`` (``DEBATE_API_TOKEN``) is set. Then:

- the REST API (``/api/...``) wants ``Authorization: Bearer <token>`` on every call (401 JSON
  otherwise; checked by `assistant.web.api.require_token`);
- browser pages (the chat, ``/embed``, transcript views and Gradio's own endpoints) want the
  session cookie. A browser gets it once, by opening any page with ``?token=<token>`` (the
  server sets an HttpOnly cookie and redirects to the same URL without the token; the token is
  masked in the access log) or through the sign-in form shown instead of a page. The cookie
  holds its expiry and an HMAC of that expiry keyed by the token, never the token: a tampered or
  expired cookie is refused, and changing the token signs everyone out. A request with the
  bearer header is accepted by pages too (a reverse proxy may add it);
- wrong tokens are counted per client address (`SignInThrottle`): after
  ``MAX_FAILED_SIGN_INS`` within ``SIGN_IN_WINDOW_S`` seconds every token from that address,
  right or wrong, gets a 429 with ``Retry-After`` until the window has passed;
- ``/healthz``, ``/docs``, ``/openapi.json`` and Gradio's static assets stay public (exact paths
  and asset prefixes, `is_public`).

Every redirect goes through `safe_next` (a path on this server only). Requests whose ``Host`` is
not in ``settings.allowed_hosts`` (``DEBATE_ALLOWED_HOSTS``; loopback by default) are refused
with 400 (`TrustedHosts`, against DNS rebinding). Every response says ``nosniff`` and a
``same-origin`` referrer policy (`SecurityHeaders`); the transcript and sign-in pages carry a
strict CSP of their own (`assistant.web.pages`).

CORS: one allow-list, ``settings.allowed_origins`` (``DEBATE_ALLOWED_ORIGINS``), applied by
Starlette's CORSMiddleware to the API and the mounted Gradio apps alike (Gradio steps back when
the parent app configures CORS). The same origins may frame the pages (``frame-ancestors``).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qsl, urlencode

from starlette.middleware.cors import CORSMiddleware
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE_NAME = "debate_session"
COOKIE_MAX_AGE = 12 * 3600
PUBLIC_PATHS = frozenset({
    "/healthz", "/login", "/docs", "/openapi.json", "/gradio.js", "/favicon.ico", "/manifest.json",
    # Gradio's theme: the web component on an intranet page of another site fetches it without cookies
    "/theme.css", "/gradio_api/theme.css", "/embed/theme.css", "/embed/gradio_api/theme.css",
})
PUBLIC_PREFIXES = ("/api/", "/assets/", "/static/", "/embed/assets/", "/embed/static/", "/svelte/",
                   "/embed/svelte/", "/docs-assets/")
"""``/api/`` is public here because the API checks its bearer token itself (JSON 401)."""

MAX_FAILED_SIGN_INS = 10
"""Wrong tokens one client address may send per window. A person mistyping needs a few; a
guesser at 10 per 5 minutes would need far longer than the universe's age for a 20-character
token."""
SIGN_IN_WINDOW_S = 300
MAX_TRACKED_CLIENTS = 10_000
"""Addresses with recent failures kept in memory at most (the oldest are forgotten first): about
2 MB, whatever the number of addresses an attacker uses."""
DEFAULT_ALLOWED_HOSTS = ("127.0.0.1", "localhost", "::1")


def token_matches(given: str, token: str) -> bool:
    """Constant-time comparison of a presented token with the server's, for any text (bytes are
    compared: `hmac.compare_digest` raises on non-ASCII ``str``)."""
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), str.__str__(token).encode("utf-8"))


def session_value(token: str, expires: int) -> str:
    """What the session cookie holds: ``<expiry>.<HMAC of the expiry keyed by the token>``; the
    cookie is neither the token nor valid after ``expires`` (Unix seconds)."""
    mac = hmac.new(str.__str__(token).encode(), f"debate-assistant browser session|{expires}".encode(), hashlib.sha256)
    return f"{expires}.{mac.hexdigest()}"


def session_valid(value: str, token: str, now: float | None = None) -> bool:
    """Whether a session cookie ``value`` was signed with ``token`` and has not expired. A value
    of any shape (non-ASCII, no dot, a far-future expiry) is simply invalid."""
    now = time.time() if now is None else now
    expires, _, _mac = value.partition(".")
    if not (expires.isascii() and expires.isdigit() and len(expires) <= 12):
        return False
    if not now < int(expires) <= now + COOKIE_MAX_AGE + 60:
        return False
    return hmac.compare_digest(value.encode("utf-8", "surrogatepass"), session_value(token, int(expires)).encode())


def client_address(scope: Scope) -> str:
    """The client's address as uvicorn saw it (behind a trusted proxy: the forwarded one)."""
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


class SignInThrottle:
    """Counts wrong tokens per client address: at most ``limit`` per ``window`` seconds, then
    every attempt waits until the oldest failure leaves the window. Memory stays bounded:
    ``limit`` timestamps for each of at most ``max_clients`` addresses. Thread-safe."""

    def __init__(self, limit: int = MAX_FAILED_SIGN_INS, window: float = SIGN_IN_WINDOW_S,
                 max_clients: int = MAX_TRACKED_CLIENTS, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.max_clients = max_clients
        self.clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def wait(self, client: str) -> int:
        """Seconds ``client`` must wait before its next attempt (0: it may try now)."""
        with self._lock:
            failures = self._failures.get(client)
            if not failures or len(failures) < self.limit:
                return 0
            left = failures[0] + self.window - self.clock()
            return max(0, int(left) + 1) if left > 0 else 0

    def failed(self, client: str) -> None:
        """Note one wrong token from ``client``."""
        with self._lock:
            failures = self._failures.pop(client, None) or deque(maxlen=self.limit)
            failures.append(self.clock())
            self._failures[client] = failures
            while len(self._failures) > self.max_clients:
                self._failures.popitem(last=False)

    def __len__(self) -> int:
        return len(self._failures)


_TOKEN_IN_QUERY = re.compile(r"(?i)((?:^|[?&;])token=)[^&;#\s]*")


class TokenRedactingFilter(logging.Filter):
    """Masks ``token=...`` in the request lines of uvicorn's access log (``?token=`` sign-ins),
    so the token never lands in a log file."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, str) and "token=" in a.lower() for a in record.args):
            record.args = tuple(_TOKEN_IN_QUERY.sub(r"\1***", a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.msg, str) and "token=" in record.msg.lower():
            record.msg = _TOKEN_IN_QUERY.sub(r"\1***", record.msg)
        return True


def redact_tokens_in_access_log() -> None:
    """Install `TokenRedactingFilter` on uvicorn's access logger (once)."""
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, TokenRedactingFilter) for f in logger.filters):
        logger.addFilter(TokenRedactingFilter())


def route_path(scope: Scope) -> str:
    """The path inside the app (uvicorn's ``--root-path`` prefix removed)."""
    path, root = scope.get("path", ""), scope.get("root_path", "")
    return (path[len(root):] or "/") if root and path.startswith(root) else path


def is_public(path: str) -> bool:
    """Exact public paths and asset prefixes; nothing is public for how its name ends."""
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


class BrowserAuth:
    """ASGI middleware: browser pages need the session cookie (or the bearer header)."""

    def __init__(self, app: ASGIApp, token: str, throttle: SignInThrottle) -> None:
        self.app = app
        self.token = token
        self.throttle = throttle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or is_public(route_path(scope)):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "http" and scope["method"] == "OPTIONS":  # CORS preflights carry no credentials
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if self._has_session(headers) or self._bearer_ok(scope, headers):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        response = self._challenge(scope, headers)
        await response(scope, receive, send)

    def _has_session(self, headers: dict[str, str]) -> bool:
        cookie: SimpleCookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except CookieError:
            return False
        return COOKIE_NAME in cookie and session_valid(cookie[COOKIE_NAME].value, self.token)

    def _bearer_ok(self, scope: Scope, headers: dict[str, str]) -> bool:
        scheme, _, credentials = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer":
            return False
        client = client_address(scope)
        if self.throttle.wait(client):
            return False
        if token_matches(credentials.strip(), self.token):
            return True
        self.throttle.failed(client)
        return False

    def _challenge(self, scope: Scope, headers: dict[str, str]) -> Response:
        from assistant.web.render import login_page, page_csp

        def sign_in(error: str | None, status: int, extra: dict[str, str] | None = None) -> HTMLResponse:
            return HTMLResponse(login_page(here, f"{root}/login", error), status_code=status,
                                headers={"Content-Security-Policy": page_csp(form_action="'self'"), **(extra or {})})

        root = scope.get("root_path", "")
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        given = next((v for k, v in query if k == "token"), None)
        rest = urlencode([(k, v) for k, v in query if k != "token"])
        here = safe_next(root + route_path(scope) + (f"?{rest}" if rest else ""), root)
        wants_html = "text/html" in headers.get("accept", "") and scope.get("method") == "GET"
        client = client_address(scope)
        wait = self.throttle.wait(client) if given is not None or headers.get("authorization") else 0
        if wait:
            message = f"Too many wrong tokens from your address; try again in {wait} seconds."
            retry = {"Retry-After": str(wait)}
            if wants_html:
                return sign_in(message, 429, retry)
            return JSONResponse({"error": {"code": "too_many_attempts", "message": message}}, status_code=429,
                                headers=retry)
        if given is not None and token_matches(given, self.token):
            response = RedirectResponse(here, status_code=303)
            set_session_cookie(response, self.token, root, secure=scope.get("scheme") == "https")
            return response
        if given is not None:
            self.throttle.failed(client)
        if not wants_html:
            return JSONResponse({"error": {"code": "unauthorized", "message": "sign in first (open the page with ?token=...)"}},
                                status_code=401)
        error = "That token is not valid." if given is not None else None
        return sign_in(error, 401)


def set_session_cookie(response: Response, token: str, root: str, *, secure: bool) -> None:
    expires = int(time.time()) + COOKIE_MAX_AGE
    response.set_cookie(COOKIE_NAME, session_value(token, expires), max_age=COOKIE_MAX_AGE, path=root or "/",
                        httponly=True, samesite="lax", secure=secure)


_UNSAFE_IN_PATH = re.compile(r"[\x00-\x1f\x7f\\]")


def safe_next(next_path: str, root: str) -> str:
    """Only a path on this server may follow a sign-in or a redirect (no open redirect): it must
    start with one ``/`` and hold no backslash or control character (browsers drop tabs and
    newlines from URLs, so ``/<tab>/evil.example`` would become ``//evil.example``)."""
    if not next_path.startswith("/") or next_path.startswith("//") or _UNSAFE_IN_PATH.search(next_path):
        return f"{root}/"
    return next_path


class SecurityHeaders:
    """ASGI middleware: every response says ``nosniff`` and ``Referrer-Policy: same-origin``;
    HTML pages may be framed by this server and the allowed origins only (``frame-ancestors``)."""

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
                names = {k.lower() for k, _ in headers}
                headers.append((b"x-content-type-options", b"nosniff"))
                if b"referrer-policy" not in names:
                    headers.append((b"referrer-policy", b"same-origin"))
                content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if content_type.startswith(b"text/html"):
                    headers.append((b"content-security-policy", self.value))
            await send(message)

        await self.app(scope, receive, send_with_policy)


def _host_name(header: str) -> str:
    """The host of a ``Host`` header, without its port: ``[::1]:7860`` -> ``::1``."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class TrustedHosts:
    """ASGI middleware: a request whose ``Host`` header is not on the allow-list gets a 400 in
    the API's error shape (a DNS-rebinding page would send its own host name). Entries are host
    names or addresses, ``*.example.org`` for subdomains, or ``*`` for any."""

    def __init__(self, app: ASGIApp, hosts: Iterable[str]) -> None:
        self.app = app
        self.hosts = {_host_name(h) if not h.startswith("*") else h.lower() for h in hosts}
        self.any = "*" in self.hosts
        self.suffixes = tuple(h[1:] for h in self.hosts if h.startswith("*."))

    def allowed(self, host: str) -> bool:
        name = _host_name(host)
        return self.any or name in self.hosts or (bool(name) and name.endswith(self.suffixes) and bool(self.suffixes))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        host = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k.lower() == b"host"), "")
        if self.allowed(host):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        shown = host[:100]
        response = JSONResponse({"error": {"code": "bad_host", "message": f"this server does not answer to the host "
                                           f"{shown!r}; add it to DEBATE_ALLOWED_HOSTS"}}, status_code=400)
        await response(scope, receive, send)


def install(app: ASGIApp, token: str | None, origins: tuple[str, ...],
            hosts: tuple[str, ...] = DEFAULT_ALLOWED_HOSTS) -> None:
    """Add the middlewares to a FastAPI ``app`` (outermost last: the security headers go on every
    response, refusals included; then the host check, CORS and the browser sign-in). CORS
    is installed even with no origins, so that Gradio's own (looser) CORS handling stands down and
    this allow-list is the only policy. ``app.state.sign_in_throttle`` counts wrong tokens for
    the pages, the sign-in form and the API alike."""
    throttle = SignInThrottle()
    app.state.sign_in_throttle = throttle  # type: ignore[attr-defined]
    redact_tokens_in_access_log()
    if token is not None:
        app.add_middleware(BrowserAuth, token=token, throttle=throttle)  # type: ignore[attr-defined]
    app.add_middleware(  # type: ignore[attr-defined]
        CORSMiddleware,
        allow_origins=list(origins),
        allow_credentials="*" not in origins,
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["*"],
        max_age=600,
    )
    app.add_middleware(TrustedHosts, hosts=hosts)  # type: ignore[attr-defined]
    app.add_middleware(SecurityHeaders, origins=origins)  # type: ignore[attr-defined]
