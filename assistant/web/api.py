"""The REST API: ``/api/ask`` (the JSON of ``debate ask --json``), documents, speakers,
feedback, and ``/healthz``.

Every error leaves as one JSON shape, ``{"error": {"code": ..., "message": ...}}``, built in
`error_response` only: deliberate errors (`DebateError`, `ApiError`), request validation, unknown
routes and unexpected failures (whose details stay in the server log).
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.models import Answer
from assistant.structure.motion_listing import list_motions
from assistant.web.schemas import (
    MAX_ID_CHARS,
    AskRequest,
    CommitmentOut,
    FeedbackRequest,
    MotionOut,
)
from assistant.web.security import client_address, token_matches
from ingest.errors import (
    BackendError,
    DebateError,
    EmptyQuestionError,
    QuestionError,
    QuestionTooLongError,
    StoreError,
    UnknownDocumentError,
)

log = logging.getLogger("debate.web")


class ApiError(Exception):
    """An error the API reports on purpose, with its HTTP status and a stable ``code``."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The one error shape of the API."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 413: "too_large", 422: "invalid_request", 429: "too_many_attempts",
                 503: "index_unavailable"}


def _debate_error(exc: DebateError) -> tuple[int, str]:
    """The HTTP status and code of a core error: the core says what went wrong, this says how
    HTTP puts it."""
    if isinstance(exc, UnknownDocumentError):
        return 404, "not_found"
    if isinstance(exc, EmptyQuestionError):
        return 400, "invalid_question"
    if isinstance(exc, QuestionTooLongError):
        return 413, "question_too_long"
    if isinstance(exc, QuestionError):  # not Unicode text, or a malformed history
        return 422, "invalid_question"
    if isinstance(exc, StoreError):
        return 503, "index_unavailable"
    if isinstance(exc, BackendError):
        return 502, "backend_failed"
    return 500, "debate_error"


def install_error_handlers(app: FastAPI) -> None:
    """Route every error of the parent app through `error_response`."""

    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    async def debate_error(request: Request, exc: DebateError) -> JSONResponse:
        status, code = _debate_error(exc)
        if status >= 500:
            log.warning("%s on %s: %s", type(exc).__name__, request.url.path, exc)
        return error_response(status, code, str(exc))

    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()
        )
        return error_response(422, "invalid_request", problems or "invalid request")

    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))

    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(500, "internal_error", "internal error; the server log has the details")

    # Starlette types every handler as taking Exception, though it calls each only with the type
    # it is registered for: the narrower parameter is right, the stub is not.
    app.add_exception_handler(ApiError, api_error)  # type: ignore[arg-type]
    app.add_exception_handler(DebateError, debate_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, invalid)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, http_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, unexpected)


class _TooLarge(HTTPException):
    """Raised while a route reads a chunked body past the limit; FastAPI passes HTTPExceptions on
    to the exception handlers, which give it the error shape."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"the request body is over {max_bytes} bytes")


class BodyLimit:
    """ASGI middleware: a request body over ``max_bytes`` gets a 413 in the error shape, refused
    by its Content-Length before it is read, or as soon as a chunked body passes the limit."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = error_response(413, "too_large", f"the request body is over {self.max_bytes} bytes")
        length = dict(scope.get("headers", [])).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_bytes:
            await too_large(scope, receive, send)
            return
        received, started = 0, False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise _TooLarge(self.max_bytes)
            return message

        async def noting_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, noting_send)
        except _TooLarge:
            if started:
                raise
            await too_large(scope, receive, send)


MAX_SEGMENT_BYTES = 255
"""The longest file name Linux file systems allow (NAME_MAX); no debate id, asset or route of
this server has a longer path segment."""


class PathLimit:
    """ASGI middleware: a path with a segment over ``MAX_SEGMENT_BYTES`` gets a 404 in the error
    shape before any route sees it (Gradio's asset routes would otherwise fail on the file
    system with ENAMETOOLONG, a 500)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and any(len(part.encode("utf-8", "surrogatepass")) > MAX_SEGMENT_BYTES
                                           for part in scope.get("path", "").split("/")):
            await error_response(404, "not_found", "no resource of this server has a name that long")(scope, receive, send)
            return
        await self.app(scope, receive, send)


# -- auth -------------------------------------------------------------------------------------

_bearer = HTTPBearer(auto_error=False, description="The server's DEBATE_API_TOKEN (only when one is set).")


def require_token(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    """When the server has an API token, every API call must send ``Authorization: Bearer <it>``.
    A client with too many wrong tokens lately gets a 429 until its window passes."""
    token = request.app.state.settings.api_token
    if token is None:
        return
    throttle, client = request.app.state.sign_in_throttle, client_address(request.scope)
    wait = throttle.wait(client)
    if wait:
        raise ApiError(429, "too_many_attempts", f"too many wrong tokens; try again in {wait} s",
                       headers={"Retry-After": str(wait)})
    if credentials is None or not token_matches(credentials.credentials, token.reveal()):
        if credentials is not None:
            throttle.failed(client)
        raise ApiError(401, "unauthorized", "send the API token as 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})


class ErrorDetail(BaseModel):
    code: str = Field(examples=["invalid_question"])
    message: str = Field(examples=["the question is empty"])


class ErrorBody(BaseModel):
    """The shape of every error response."""

    error: ErrorDetail


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorBody, "description": _STATUS_CODES.get(status, "error")} for status in statuses}


# -- routes -----------------------------------------------------------------------------------

router = APIRouter(prefix="/api", dependencies=[Depends(require_token)], tags=["assistant"],
                   responses=_errors(401, 422))
health = APIRouter(tags=["health"])


@router.post("/ask", summary="Answer a question with numbered citations", responses=_errors(400, 413, 503))
def ask(body: AskRequest, request: Request) -> dict[str, Any]:
    """The same JSON as `debate ask --json`. 400: empty question; 413: too long (the question or
    one in the history); 422: a malformed body or history."""
    filters = body.filters.for_assistant() if body.filters else None
    history = [item.for_assistant() for item in body.history]
    answer: Answer = request.app.state.assistant.ask(body.question, history=history, filters=filters)
    return answer.to_dict()


def without_server_paths(metadata: dict[str, Any]) -> dict[str, Any]:
    """A document's metadata as the API shows it: ``source_path`` (a path on the server)
    becomes ``source_file``, the file's name only."""
    shown = {k: v for k, v in metadata.items() if k != "source_path"}
    if metadata.get("source_path"):
        shown["source_file"] = PurePath(str(metadata["source_path"])).name
    return shown


@router.get("/documents", summary="The indexed debates")
def documents(request: Request) -> list[dict[str, Any]]:
    return [without_server_paths(row) for row in request.app.state.assistant.documents()]


@router.get("/documents/{doc_id:path}", summary="One debate: metadata, turns and procedural events",
            responses=_errors(404))
def document(doc_id: str, request: Request) -> dict[str, Any]:
    transcript = request.app.state.assistant.transcript(doc_id)
    if transcript is None:
        shown = doc_id if len(doc_id) <= 100 else doc_id[:100] + "…"
        raise ApiError(404, "not_found", f"no indexed debate has the id {shown!r}")
    data = transcript.to_dict()
    return {**data, "transcript": without_server_paths(data["transcript"])}


@router.get("/speakers", summary="Speakers in the index, with their parties and roles")
def speakers(request: Request) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = request.app.state.assistant.speakers()
    return rows


@router.post("/feedback", status_code=201, summary="Record that an answer was helpful or wrong")
def feedback(body: FeedbackRequest, request: Request) -> dict[str, Any]:
    entry = request.app.state.feedback.record(body.rating, body.answer.for_log(), source="api", comment=body.comment)
    return {"stored": True, "timestamp": entry["timestamp"]}


@router.get("/motions", summary="Motions in the indexed debates and the cabinet's view of each",
            response_model=list[MotionOut], responses=_errors(404))
def motions(request: Request, doc: str | None = Query(None, max_length=MAX_ID_CHARS,
                                                      description="Only this debate (an id from /api/documents).")
            ) -> list[dict[str, Any]]:
    """The same JSON as `debate motions --json`. 404: no indexed debate has the id ``doc``."""
    return [m.to_dict() for m in list_motions(request.app.state.assistant, doc)]
@router.get("/commitments", summary="Commitments (toezeggingen) made by ministers and state secretaries",
            response_model=list[CommitmentOut], responses=_errors(404))
def commitments(request: Request, doc: str | None = Query(None, max_length=MAX_ID_CHARS,
                                                          description="Only this debate (an id from /api/documents)."),
                speaker: str | None = Query(None, max_length=300),
                since: date | None = None,
                due_before: date | None = Query(None, description="Only those whose deadline's last day is before this "
                                                                   "date (undated ones left out)."),
                overdue: bool = Query(False, description="Only those whose deadline has passed today (due_before = "
                                                         "today, unless given).")) -> list[dict[str, Any]]:
    """The same objects as `debate commitments --json`, with the same filters: ``doc`` (a debate
    id; 404 when no indexed debate has it), ``speaker`` (part of a name), ``since`` (YYYY-MM-DD;
    422 when not a date), ``due_before`` and ``overdue``."""
    from assistant.commitment_listing import CommitmentFilter, as_rows, list_commitments

    assistant = request.app.state.assistant
    due = due_before or (date.today() if overdue else None)
    where = CommitmentFilter(doc, speaker, since.isoformat() if since else None, due.isoformat() if due else None)
    return as_rows(list_commitments([row["id"] for row in assistant.documents()], assistant.transcript, where,
                                    assistant.commitments))


@router.api_route("/{rest:path}", methods=["GET", "POST", "PUT", "DELETE", "PATCH"], include_in_schema=False)
def unknown(rest: str, request: Request) -> None:
    """Unknown API paths get the API's error shape, not the chat's 404 page (nor a 405 lost to
    this catch-all)."""
    path = f"/api/{rest}"
    allowed = sorted({m for r in router.routes if isinstance(r, APIRoute) and r.path_regex.match(path)
                      and r.endpoint is not unknown for m in (r.methods or ())})
    if allowed:
        raise ApiError(405, "method_not_allowed", f"/api/{rest} accepts {', '.join(allowed)}",
                       headers={"Allow": ", ".join(allowed)})
    raise ApiError(404, "not_found", f"no API endpoint /api/{rest}")


@health.get("/healthz", summary="Liveness: the index is loaded")
def healthz(request: Request) -> dict[str, Any]:
    return {"status": "ok", "documents": len(request.app.state.assistant.documents())}
