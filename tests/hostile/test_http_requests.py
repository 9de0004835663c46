"""Hostile HTTP requests against every endpoint: each gets its exact status and, for the API, the
one error shape ``{"error": {"code", "message"}}``; none gets a 500.

The app runs over a small real index built with the deterministic `HashEmbedder` (no model), so
the whole module runs in seconds. Wrong tokens are sent from a different client address per test,
so the sign-in throttle of one test never answers another's requests.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
if sys.path[0] != str(REPO):  # "app" must be app.py, not the tests/app folder
    sys.path.insert(0, str(REPO))

from doubles import HashEmbedder  # noqa: E402
from samples import VERSLAG_SAMPLE  # noqa: E402

from assistant.web.schemas import MAX_ANSWER_CHARS  # noqa: E402

TOKEN = "hostile-test-token-0123456789"
OCEANS = "What did the minister say about 13 Oceans?"
INTRANET = "http://intranet.example"
_addresses = (f"10.9.{a}.{b}" for a, b in itertools.product(range(256), range(1, 255)))


@dataclass
class HttpIndex:
    settings: Any
    assistant: Any
    doc_id: str


@pytest.fixture(scope="module")
def http_index(tmp_path_factory: pytest.TempPathFactory) -> HttpIndex:
    from assistant.service import Assistant
    from ingest.indexing import ingest_paths
    from ingest.settings import Settings

    root = tmp_path_factory.mktemp("hostile-http")
    settings = Settings(index_dir=root / "index", feedback_path=root / "feedback.jsonl")
    summary = ingest_paths([VERSLAG_SAMPLE], settings, embedder=HashEmbedder())
    assert not summary.failed, summary.failed
    return HttpIndex(settings, Assistant.open(settings, embedder=HashEmbedder()), summary.files[0].doc_id)


def _client(app: Any, **kwargs: Any) -> Any:
    from fastapi.testclient import TestClient

    kwargs.setdefault("base_url", "http://localhost")
    kwargs.setdefault("client", (next(_addresses), 50000))
    return TestClient(app, raise_server_exceptions=False, follow_redirects=False, **kwargs)


@pytest.fixture(scope="module")
def open_app(http_index: HttpIndex) -> Any:
    from debate.server import create_app

    return create_app(http_index.settings.replace(allowed_origins=(INTRANET,)), assistant=http_index.assistant)


@pytest.fixture(scope="module")
def locked_app(http_index: HttpIndex) -> Any:
    from debate.server import create_app
    from ingest.settings import Secret

    return create_app(http_index.settings.replace(api_token=Secret(TOKEN)), assistant=http_index.assistant)


@pytest.fixture
def open_client(open_app: Any) -> Any:
    return _client(open_app)


@pytest.fixture
def locked_client(locked_app: Any) -> Any:
    return _client(locked_app)


def assert_error(response: Any, status: int, code: str) -> dict[str, str]:
    """The one error shape, with this status and code."""
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


# -- the request table: /api/ask, /api/feedback, documents, transcripts, static files -----------


@dataclass(frozen=True)
class Case:
    method: str
    path: str
    status: int
    code: str | None  # the API error code; None for an HTML page or a framework's own answer
    json: Any = None
    content: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


def ask(**body: Any) -> dict[str, Any]:
    return {"question": OCEANS, **body}


def item(**fields: Any) -> dict[str, Any]:
    return {"question": "What did Blok say about 13 Oceans?", **fields}


JSON = {"content-type": "application/json"}
LONG_ID = "kst-" + "9" * 296
CASES: dict[str, Case] = {
    # the body as a whole
    "ask-body-not-json": Case("POST", "/api/ask", 422, "invalid_request", content=b"question=hi", headers=JSON),
    "ask-body-a-list": Case("POST", "/api/ask", 422, "invalid_request", json=[OCEANS]),
    "ask-body-a-string": Case("POST", "/api/ask", 422, "invalid_request", json=OCEANS),
    "ask-body-null": Case("POST", "/api/ask", 422, "invalid_request", content=b"null", headers=JSON),
    "ask-body-invalid-utf8": Case("POST", "/api/ask", 400, "bad_request", content=b'{"question": "\xff"}',
                                  headers=JSON),
    "ask-body-nested-5000-deep": Case("POST", "/api/ask", 400, "bad_request", content=b"[" * 5000 + b"]" * 5000,
                                      headers=JSON),
    "ask-body-as-text-plain": Case("POST", "/api/ask", 422, "invalid_request",
                                   content=json.dumps(ask()).encode(), headers={"content-type": "text/plain"}),
    "ask-body-as-form": Case("POST", "/api/ask", 422, "invalid_request", content=b"question=hi",
                             headers={"content-type": "application/x-www-form-urlencoded"}),
    "ask-body-over-4-mb": Case("POST", "/api/ask", 413, "too_large", content=b" " * 4_200_000, headers=JSON),
    "ask-extra-top-level-key": Case("POST", "/api/ask", 422, "invalid_request", json=ask(debug=True)),
    # the question
    "question-missing": Case("POST", "/api/ask", 422, "invalid_request", json={}),
    "question-a-number": Case("POST", "/api/ask", 422, "invalid_request", json={"question": 42}),
    "question-null": Case("POST", "/api/ask", 422, "invalid_request", json={"question": None}),
    "question-an-object": Case("POST", "/api/ask", 422, "invalid_request", json={"question": {"text": OCEANS}}),
    "question-a-list": Case("POST", "/api/ask", 422, "invalid_request", json={"question": [OCEANS]}),
    "question-empty": Case("POST", "/api/ask", 400, "invalid_question", json={"question": ""}),
    "question-white-space": Case("POST", "/api/ask", 400, "invalid_question", json={"question": " \n\t "}),
    "question-over-2000-chars": Case("POST", "/api/ask", 413, "question_too_long", json={"question": "x" * 2001}),
    "question-lone-surrogate": Case("POST", "/api/ask", 422, "invalid_request",
                                    content=b'{"question": "What about \\ud800?"}', headers=JSON),
    # the history: every malformed shape
    "history-not-a-list": Case("POST", "/api/ask", 422, "invalid_request", json=ask(history="earlier")),
    "history-an-object": Case("POST", "/api/ask", 422, "invalid_request", json=ask(history=item())),
    "history-item-a-number": Case("POST", "/api/ask", 422, "invalid_request", json=ask(history=[1])),
    "history-item-a-string": Case("POST", "/api/ask", 422, "invalid_request", json=ask(history=["earlier"])),
    "history-item-null": Case("POST", "/api/ask", 422, "invalid_request", json=ask(history=[None])),
    "history-question-a-number": Case("POST", "/api/ask", 422, "invalid_request", json=ask(history=[{"question": 5}])),
    "history-question-an-object": Case("POST", "/api/ask", 422, "invalid_request",
                                       json=ask(history=[{"question": {"q": "x"}}])),
    "history-extra-key": Case("POST", "/api/ask", 422, "invalid_request", json=ask(history=[item(role="system")])),
    "history-filters-a-string": Case("POST", "/api/ask", 422, "invalid_request",
                                     json=ask(history=[item(filters="speakers")])),
    "history-filters-a-list": Case("POST", "/api/ask", 422, "invalid_request", json=ask(history=[item(filters=[1, 2])])),
    "history-filter-speakers-a-number": Case("POST", "/api/ask", 422, "invalid_request",
                                             json=ask(history=[item(filters={"speakers": 5})])),
    "history-filter-date-not-a-date": Case("POST", "/api/ask", 422, "invalid_request",
                                           json=ask(history=[item(filters={"date_from": "soon"})])),
    "history-citations-a-string": Case("POST", "/api/ask", 422, "invalid_request",
                                       json=ask(history=[item(citations="kst")])),
    "history-citation-a-number": Case("POST", "/api/ask", 422, "invalid_request", json=ask(history=[item(citations=[1])])),
    "history-citation-without-doc-id": Case("POST", "/api/ask", 422, "invalid_request",
                                            json=ask(history=[item(citations=[{}])])),
    "history-21-items": Case("POST", "/api/ask", 422, "invalid_request", json=ask(history=[item()] * 21)),
    "history-question-over-2000-chars": Case("POST", "/api/ask", 413, "question_too_long",
                                             json=ask(history=[{"question": "x" * 2001}])),
    "history-answer-over-the-limit": Case("POST", "/api/ask", 422, "invalid_request",
                                          json=ask(history=[item(answer="x" * (MAX_ANSWER_CHARS + 1))])),
    "history-lone-surrogate": Case("POST", "/api/ask", 422, "invalid_request",
                                   content=b'{"question": "and he?", "history": [{"question": "\\udc00"}]}', headers=JSON),
    # filters
    "filters-unknown-key": Case("POST", "/api/ask", 422, "invalid_request", json=ask(filters={"colour": "red"})),
    "filters-bad-date": Case("POST", "/api/ask", 422, "invalid_request", json=ask(filters={"date_from": "16-02-2017"})),
    "filters-unknown-role": Case("POST", "/api/ask", 422, "invalid_request", json=ask(filters={"roles": ["king"]})),
    "filters-51-speakers": Case("POST", "/api/ask", 422, "invalid_request", json=ask(filters={"speakers": ["x"] * 51})),
    "filters-a-list": Case("POST", "/api/ask", 422, "invalid_request", json=ask(filters=["Blok"])),
    # feedback
    "feedback-citations-not-objects": Case("POST", "/api/feedback", 422, "invalid_request",
                                           json={"rating": "wrong", "answer": {"citations": ["kst"]}}),
    "feedback-closest-not-objects": Case("POST", "/api/feedback", 422, "invalid_request",
                                         json={"rating": "wrong", "answer": {"closest": [1, 2]}}),
    "feedback-answer-a-list": Case("POST", "/api/feedback", 422, "invalid_request", json={"rating": "wrong", "answer": []}),
    "feedback-unknown-rating": Case("POST", "/api/feedback", 422, "invalid_request", json={"rating": "meh", "answer": {}}),
    "feedback-comment-over-2000": Case("POST", "/api/feedback", 422, "invalid_request",
                                       json={"rating": "wrong", "answer": {}, "comment": "x" * 2001}),
    "feedback-lone-surrogate-comment": Case("POST", "/api/feedback", 422, "invalid_request",
                                            content=b'{"rating": "wrong", "answer": {}, "comment": "\\ud83d"}', headers=JSON),
    # methods and unknown routes
    "get-on-ask": Case("GET", "/api/ask", 405, "method_not_allowed"),
    "delete-on-feedback": Case("DELETE", "/api/feedback", 405, "method_not_allowed"),
    "unknown-api-route": Case("GET", "/api/admin", 404, "not_found"),
    # documents and transcripts: long ids, traversal, NUL
    "document-300-char-id": Case("GET", f"/api/documents/{LONG_ID}", 404, "not_found"),
    "document-250-char-id": Case("GET", f"/api/documents/{'k' * 250}", 404, "not_found"),
    "document-traversal": Case("GET", "/api/documents/..%2F..%2F..%2Fetc%2Fpasswd", 404, "not_found"),
    "document-dot-dot-manifest": Case("GET", "/api/documents/..%2Fmanifest", 404, "not_found"),
    "document-nul": Case("GET", "/api/documents/kst%00", 404, "not_found"),
    "transcript-300-char-id": Case("GET", f"/transcript/{LONG_ID}", 404, "not_found"),
    "transcript-250-char-id": Case("GET", f"/transcript/{'k' * 250}", 404, None),
    "transcript-traversal": Case("GET", "/transcript/..%2F..%2Fmanifest", 404, None),
    "transcript-turn-not-a-number": Case("GET", "/transcript/x?turn=abc", 422, "invalid_request"),
    "docs-assets-traversal": Case("GET", "/docs-assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd", 404, "not_found"),
    "gradio-static-traversal": Case("GET", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", 403, None),
    "gradio-assets-traversal": Case("GET", "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd", 403, None),
    "gradio-assets-300-char-name": Case("GET", f"/assets/{'a' * 300}.js", 404, "not_found"),
    # hosts
    "host-not-allowed": Case("GET", "/healthz", 400, "bad_host", headers={"host": "evil.example"}),
    "host-rebinding-with-port": Case("GET", "/api/documents", 400, "bad_host", headers={"host": "attacker.test:7860"}),
    "host-empty": Case("GET", "/healthz", 400, "bad_host", headers={"host": ""}),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_hostile_request_gets_its_exact_status_and_error_shape(open_client, name) -> None:
    case = CASES[name]
    response = open_client.request(case.method, case.path, json=case.json, content=case.content,
                                   headers=case.headers)
    if case.code is not None:
        assert_error(response, case.status, case.code)
    else:
        assert response.status_code == case.status, response.text[:300]
    assert response.headers.get("x-content-type-options") == "nosniff"


def test_a_transcript_page_that_is_not_found_is_html_under_a_strict_csp(open_client) -> None:
    response = open_client.get(f"/transcript/{'k' * 250}")
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in response.headers["content-security-policy"]


def test_the_405_names_the_allowed_methods(open_client) -> None:
    response = open_client.get("/api/ask")
    assert response.headers["allow"] == "POST"


def test_the_loopback_names_with_their_ports_are_allowed_hosts(open_client) -> None:
    for host in ("localhost:7860", "127.0.0.1:7860", "[::1]:7860", "LOCALHOST"):
        assert open_client.get("/healthz", headers={"host": host}).status_code == 200, host


# -- the history costs bounded work -------------------------------------------------------------


def test_twenty_question_only_history_items_cost_one_extra_retrieval(open_client, http_index, monkeypatch) -> None:
    retriever = http_index.assistant.retriever
    calls: list[str] = []
    real = retriever.retrieve

    def counting(query: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(query)
        return real(query, *args, **kwargs)

    monkeypatch.setattr(retriever, "retrieve", counting)
    history = [{"question": f"What did Blok say about subject {n}?"} for n in range(20)]
    response = open_client.post("/api/ask", json={"question": "And what did he say about the money?", "history": history})
    assert response.status_code == 200, response.text
    assert len(calls) == 2  # the last history question, then the follow-up itself


def test_an_earlier_answer_sent_back_whole_is_accepted_as_history(open_client) -> None:
    first = open_client.post("/api/ask", json={"question": OCEANS}).json()
    follow = open_client.post("/api/ask", json={"question": "And what did he say about the money?", "history": [first]})
    assert follow.status_code == 200, follow.text
    assert {c["doc_id"] for c in follow.json()["citations"]} <= {c["doc_id"] for c in first["citations"]}


def test_a_backslash_topic_in_the_history_is_carried_literally(open_client) -> None:
    history = [{"question": r"What did the minister say about C:\temp and \g<0>?"}]
    response = open_client.post("/api/ask", json={"question": "And what did Blok say about that?", "history": history})
    assert response.status_code == 200, response.text
    assert response.json()["standalone_question"] == r"And what did Blok say about C:\temp and \g<0>?"


# -- no server paths ------------------------------------------------------------------------------


def test_documents_show_the_file_name_never_the_server_path(open_client, http_index) -> None:
    rows = open_client.get("/api/documents").json()
    assert rows and all("source_path" not in row for row in rows)
    assert rows[0]["source_file"] == VERSLAG_SAMPLE.name
    one = open_client.get(f"/api/documents/{http_index.doc_id}").json()["transcript"]
    assert "source_path" not in one and one["source_file"] == VERSLAG_SAMPLE.name
    assert str(REPO) not in open_client.get("/api/documents").text


# -- feedback is bounded --------------------------------------------------------------------------


def test_a_feedback_of_almost_4_mb_is_stored_cut_to_a_bounded_record(open_client, http_index) -> None:
    path = http_index.settings.resolved_feedback_path
    before = path.stat().st_size if path.exists() else 0
    huge = {"question": "q" * 1_250_000, "answer": "a" * 1_000_000,
            "citations": [{"turn_id": "t", "doc_id": "d", "quote": "x" * 10_000, "text": "y" * 20_000}] * 50,
            "filters": {"speakers": ["s" * 100] * 1000}}
    body = json.dumps({"rating": "wrong", "answer": huge}).encode()
    assert 3_800_000 < len(body) < 4_194_304
    response = open_client.post("/api/feedback", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 201, response.text
    added = path.stat().st_size - before
    assert 0 < added <= 64 * 1024
    record = json.loads(path.read_text(encoding="utf-8").splitlines()[-1])
    assert record["truncated"] is True and len(record["citations"]) == 10


# -- CORS ----------------------------------------------------------------------------------------


def test_a_foreign_origin_gets_no_cors_grant_from_the_api(open_client) -> None:
    for origin in ("http://evil.example", "null", f"{INTRANET}.evil.example"):
        response = open_client.get("/api/documents", headers={"Origin": origin})
        assert response.status_code == 200 and "access-control-allow-origin" not in response.headers, origin


def test_a_foreign_origins_preflight_is_refused(open_client) -> None:
    response = open_client.options("/api/ask", headers={"Origin": "http://evil.example",
                                                        "Access-Control-Request-Method": "POST"})
    assert response.status_code == 400 and "access-control-allow-origin" not in response.headers


def test_the_allowed_origin_is_granted_with_credentials(open_client) -> None:
    response = open_client.get("/api/documents", headers={"Origin": INTRANET})
    assert response.headers["access-control-allow-origin"] == INTRANET
    assert response.headers["access-control-allow-credentials"] == "true"


# -- auth: tokens, cookies, redirects --------------------------------------------------------------


def test_the_api_without_a_token_is_a_401_asking_for_a_bearer(locked_client) -> None:
    error = assert_error(locked_client.get("/api/documents"), 401, "unauthorized")
    assert "Bearer" in error["message"]


@pytest.mark.parametrize("header", [b"Bearer wrong", "Bearer t\u00f6ken".encode(), b"Basic " + b"x" * 20, b"Bearer ",
                                    b"bearer\t" + TOKEN.encode() + b"x"],
                         ids=["wrong", "non-ascii", "basic", "empty", "tab-separated-wrong"])
def test_a_bad_authorization_header_is_a_401(locked_client, header) -> None:
    assert_error(locked_client.get("/api/documents", headers=[(b"authorization", header)]), 401, "unauthorized")


@pytest.mark.parametrize(
    "cookie",
    ["debate_session=\u00e9\u00e9\u00e9".encode(), b"debate_session=1.abc", b"debate_session=99999999999.00",
     b"debate_session=\"unterminated", b"debate_session=" + b"9" * 5000, b"debate_session=-5.ab"],
    ids=["non-ascii", "bad-mac", "far-future", "unterminated-quote", "huge-number", "negative"],
)
def test_a_forged_session_cookie_gets_the_sign_in_form_not_a_500(locked_client, cookie) -> None:
    response = locked_client.get("/", headers=[(b"cookie", cookie), (b"accept", b"text/html")])
    assert response.status_code == 401 and '<form method="post"' in response.text


def test_an_expired_or_foreign_cookie_is_refused_and_a_fresh_one_is_accepted(locked_client) -> None:
    from assistant.web.security import session_value

    now = int(time.time())
    for value in (session_value(TOKEN, now - 1), session_value("another-token", now + 3600)):
        locked_client.cookies.set("debate_session", value)
        assert_error(locked_client.get("/config"), 401, "unauthorized")
    locked_client.cookies.set("debate_session", session_value(TOKEN, now + 3600))
    assert locked_client.get("/config").status_code == 200


def test_a_cookie_from_the_sign_in_carries_an_expiry_in_twelve_hours(locked_client) -> None:
    response = locked_client.get(f"/embed/?token={TOKEN}")
    value = response.cookies["debate_session"]
    expires = int(value.split(".")[0])
    assert abs(expires - (time.time() + 12 * 3600)) < 60 and TOKEN not in value


@pytest.mark.parametrize("path", ["//evil.example/", "//evil.example/%2F..", "//evil.example"])
def test_a_token_sign_in_never_redirects_off_the_server(locked_client, path) -> None:
    response = locked_client.get(f"{path}?token={TOKEN}")
    assert response.status_code == 303 and response.headers["location"] == "/"


@pytest.mark.parametrize("next_path", ["//evil.example/", "https://evil.example/", "/\t/evil.example", "/\\evil.example",
                                       "\r\nSet-Cookie: x=1"])
def test_the_sign_in_form_never_redirects_off_the_server_or_injects_headers(locked_client, next_path) -> None:
    response = locked_client.post("/login", data={"token": TOKEN, "next": next_path})
    assert response.status_code == 303 and response.headers["location"] == "/"
    assert "x=1" not in response.headers.get("set-cookie", "")


def test_other_query_parameters_survive_the_token_sign_in_encoded(locked_client) -> None:
    response = locked_client.get(f"/embed/?lang=nl%0d%0aSet-Cookie:%20x=1&token={TOKEN}")
    assert response.status_code == 303
    assert "\r" not in response.headers["location"] and "\n" not in response.headers["location"]
    assert response.headers["location"].startswith("/embed/?lang=nl")


def test_a_path_ending_in_theme_css_is_not_public(locked_client) -> None:
    assert_error(locked_client.get("/gradio_api/info/theme.css"), 401, "unauthorized")
    assert_error(locked_client.get("/transcript/x/theme.css"), 401, "unauthorized")
    assert locked_client.get("/theme.css").status_code == 200


def test_the_eleventh_wrong_token_from_one_address_is_a_429_with_retry_after(locked_client) -> None:
    for _ in range(10):
        assert_error(locked_client.get("/api/documents", headers={"Authorization": "Bearer guess"}), 401, "unauthorized")
    blocked = locked_client.get("/api/documents", headers={"Authorization": f"Bearer {TOKEN}"})
    assert_error(blocked, 429, "too_many_attempts")
    assert 0 < int(blocked.headers["retry-after"]) <= 300


def test_wrong_tokens_on_the_sign_in_form_and_the_url_count_together(locked_app) -> None:
    client = _client(locked_app)
    for n in range(10):
        if n % 2:
            assert client.post("/login", data={"token": f"guess{n}", "next": "/"}).status_code == 401
        else:
            assert client.get(f"/?token=guess{n}", headers={"Accept": "text/html"}).status_code == 401
    form = client.post("/login", data={"token": TOKEN, "next": "/"})
    assert form.status_code == 429 and "retry-after" in form.headers and "set-cookie" not in form.headers
    assert_error(client.get(f"/?token={TOKEN}"), 429, "too_many_attempts")
    assert _client(locked_app).post("/login", data={"token": TOKEN, "next": "/"}).status_code == 303


def test_the_sign_in_pages_have_a_strict_csp_without_unsafe_inline(locked_client, open_client, http_index) -> None:
    form = locked_client.get("/", headers={"Accept": "text/html"})
    page = open_client.get(f"/transcript/{http_index.doc_id}")
    for response in (form, page):
        policy = response.headers.get_list("content-security-policy")
        strict = next(p for p in policy if "default-src" in p)
        assert "default-src 'none'" in strict and "unsafe-inline" not in strict and "'sha256-" in strict
        assert response.headers["referrer-policy"] == "same-origin"
    assert "form-action 'self'" in next(p for p in form.headers.get_list("content-security-policy") if "default-src" in p)


def test_a_real_servers_access_log_never_shows_the_token(locked_app) -> None:
    import logging
    import socket
    import threading

    import httpx
    import uvicorn

    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(locked_app, log_level="info", lifespan="off"))
    access = logging.getLogger("uvicorn.access")
    handler = Collect()
    access.addHandler(handler)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/embed/?lang=nl&token={TOKEN}"
        assert httpx.get(url, follow_redirects=False, timeout=10).status_code == 303
        deadline = time.monotonic() + 5
        while not any("/embed/" in line for line in lines) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        access.removeHandler(handler)
        sock.close()
    logged = [line for line in lines if "/embed/" in line]
    assert logged and all(TOKEN not in line and "token=***" in line for line in logged), lines
