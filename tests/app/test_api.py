"""The REST API and the server-rendered pages, through FastAPI's TestClient over a real small
index: every endpoint, the one error shape, auth, CORS, feedback and HTML escaping."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

pytestmark = pytest.mark.slow

OCEANS = "What did the minister say about 13 Oceans?"
INTRANET = "http://intranet.example"


def _without_timings(answer: dict) -> dict:
    return {k: v for k, v in answer.items() if k != "timings_ms"}


def assert_error(response, status: int, code: str) -> dict:
    """The one error shape: ``{"error": {"code": str, "message": non-empty str}}`` and nothing else."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]


# -- /api/ask ----------------------------------------------------------------------------------


def test_ask_returns_the_json_of_debate_ask_with_citations_of_minister_blok(client, web_assistant) -> None:
    response = client.post("/api/ask", json={"question": OCEANS})
    assert response.status_code == 200
    answer = response.json()
    assert answer["answerable"] is True
    assert answer["citations"] and {c["speaker"] for c in answer["citations"]} == {"Blok"}
    assert answer["timings_ms"]["total"] > 0
    assert _without_timings(answer) == _without_timings(web_assistant.ask(OCEANS).to_dict())


def test_ask_applies_the_filters(client, web_index) -> None:
    filters = {"speakers": ["Van Nispen"], "doc_ids": [web_index.verslag_id], "date_from": "2017-01-01",
               "date_to": "2017-12-31"}
    answer = client.post("/api/ask", json={"question": "Wat werd er gezegd over de Nationaal Rapporteur?",
                                           "filters": filters}).json()
    assert answer["citations"], answer["answer"]
    assert {c["speaker"] for c in answer["citations"]} == {"Van Nispen"}


def test_ask_with_a_date_range_outside_every_debate_finds_nothing(client) -> None:
    answer = client.post("/api/ask", json={"question": OCEANS, "filters": {"date_from": "2030-01-01"}}).json()
    assert answer["answerable"] is False and answer["citations"] == []


def test_ask_passes_history_so_a_follow_up_keeps_the_speaker(client) -> None:
    first = client.post("/api/ask", json={"question": "Wat zei Van Nispen over de Nationaal Rapporteur?"}).json()
    follow_up = client.post("/api/ask", json={"question": "What did he say about loverboys?", "history": [first]}).json()
    assert follow_up["citations"] and {c["speaker"] for c in follow_up["citations"]} == {"Van Nispen"}
    plain = client.post("/api/ask", json={"question": "What did he say about loverboys?",
                                          "history": [{"question": "Wat zei Van Nispen over de Nationaal Rapporteur?"}]})
    assert plain.status_code == 200


def test_a_question_the_transcripts_do_not_answer_is_marked_unanswerable_with_closest_turns(client) -> None:
    answer = client.post("/api/ask", json={"question": "What did the minister say about the price of bananas in Peru?"}).json()
    assert answer["answerable"] is False
    assert answer["citations"] == [] and answer["closest"]


def test_an_empty_question_is_a_400(client) -> None:
    assert_error(client.post("/api/ask", json={"question": "   "}), 400, "invalid_question")


def test_an_oversized_question_is_a_413(client, web_index) -> None:
    too_long = "Wat zei de minister? " * (web_index.settings.max_question_chars // 10)
    error = assert_error(client.post("/api/ask", json={"question": too_long}), 413, "question_too_long")
    assert str(web_index.settings.max_question_chars) in error["message"]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"question": 42},
        {"question": "x", "filters": {"date_from": "16-02-2017"}},
        {"question": "x", "filters": {"colour": "red"}},
        {"question": "x", "history": "not a list"},
    ],
    ids=["missing-question", "question-not-text", "bad-date", "unknown-filter", "history-not-a-list"],
)
def test_a_malformed_request_is_a_422_naming_the_field(client, body) -> None:
    assert_error(client.post("/api/ask", json=body), 422, "invalid_request")


def test_a_request_body_over_the_server_limit_is_a_413(client) -> None:
    response = client.post("/api/ask", content=b'{"question": "' + b"x" * 5_000_000 + b'"}',
                           headers={"content-type": "application/json"})
    assert_error(response, 413, "too_large")


def test_a_chunked_request_body_over_the_server_limit_is_a_413(client) -> None:
    chunks = (b"x" * 1_000_000 for _ in range(5))
    response = client.post("/api/ask", content=chunks, headers={"content-type": "application/json"})
    assert_error(response, 413, "too_large")


def test_a_body_that_is_not_json_is_a_422(client) -> None:
    response = client.post("/api/ask", content=b"question=hi", headers={"content-type": "application/json"})
    assert_error(response, 422, "invalid_request")


# -- documents, speakers, health, docs ---------------------------------------------------------


def test_documents_lists_the_indexed_debates(client, web_index) -> None:
    rows = client.get("/api/documents").json()
    assert {row["id"] for row in rows} == {web_index.verslag_id, web_index.html_doc_id}
    verslag = next(row for row in rows if row["id"] == web_index.verslag_id)
    assert verslag["title"] and verslag["date"] == "2017-02-16" and verslag["turns"] == 104


def test_a_document_has_its_metadata_and_every_turn(client, web_index) -> None:
    body = client.get(f"/api/documents/{web_index.verslag_id}").json()
    assert body["transcript"]["id"] == web_index.verslag_id
    assert len(body["turns"]) == 104
    assert {"speaker", "party", "role", "text", "index"} <= set(body["turns"][0])


def test_an_unknown_document_is_a_404_in_the_error_shape(client) -> None:
    assert_error(client.get("/api/documents/no-such-debate"), 404, "not_found")


def test_an_unknown_api_route_is_a_404_in_the_error_shape(client) -> None:
    assert_error(client.get("/api/nothing-here"), 404, "not_found")


def test_a_wrong_method_is_a_405_in_the_error_shape(client) -> None:
    assert_error(client.get("/api/ask"), 405, "method_not_allowed")


def test_speakers_lists_names_parties_and_roles(client) -> None:
    speakers = {s["name"]: s for s in client.get("/api/speakers").json()}
    assert speakers["Van Nispen"]["parties"] == ["SP"]
    assert "minister" in speakers["Blok"]["roles"]


def test_healthz_reports_ok_with_the_number_of_documents(client) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "documents": 2}


def test_embed_without_the_trailing_slash_redirects_to_the_compact_chat(client) -> None:
    response = client.get("/embed", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == "/embed/"
    assert client.get("/embed").status_code == 200


def test_openapi_docs_describe_the_api(client) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/ask", "/api/documents", "/api/documents/{doc_id}", "/api/feedback", "/healthz"} <= set(paths)


def test_the_docs_page_loads_swagger_ui_from_this_server_not_a_cdn(client) -> None:
    pytest.importorskip("fastapi_offline")
    page = client.get("/docs").text
    assets = re.findall(r"(?:src|href)=['\"]([^'\"]+)['\"]", page)
    assert assets and all(a.startswith("/docs-assets/") for a in assets), assets
    assert all(client.get(a).status_code == 200 for a in assets)


# -- pages -------------------------------------------------------------------------------------


def test_the_chat_and_the_embed_chat_are_served(client) -> None:
    for path in ("/", "/embed/"):
        page = client.get(path)
        assert page.status_code == 200 and "<gradio-app" in page.text, path


def test_the_web_component_script_comes_from_this_server(client) -> None:
    script = client.get("/gradio.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    asset = re.search(r"\./(assets/[\w.-]+\.js)", script.text).group(1)
    assert client.get(f"/{asset}").status_code == 200


def test_the_transcript_view_lists_every_turn_with_its_speaker_and_an_anchor(client, web_index) -> None:
    page = client.get(f"/transcript/{web_index.verslag_id}")
    assert page.status_code == 200
    assert len(re.findall(r'<li class="tv-turn[^"]*" id="turn-\d+"', page.text)) == 104
    assert 'id="turn-84"' in page.text and "Minister Blok" in page.text and "Van Nispen" in page.text
    assert "script-src" not in page.headers["content-security-policy"]  # default-src 'none': no script runs


def test_the_transcript_view_highlights_the_cited_quote_in_its_turn(client, web_index, web_assistant) -> None:
    citation = web_assistant.ask(OCEANS).citations[0]
    page = client.get(f"/transcript/{citation.doc_id}",
                      params={"turn": citation.turn_index, "quote": f"{citation.quote_start}-{citation.quote_end}"})
    turn = re.search(rf'<li class="tv-turn[^"]* tv-cited[^"]*" id="turn-{citation.turn_index}"[^>]*>.*?</li>', page.text,
                     re.S).group(0)
    assert f"<mark>{citation.quote[:40]}" in turn.replace("&#x27;", "'")


def test_an_unknown_transcript_is_a_404_page(client) -> None:
    page = client.get("/transcript/no-such-debate")
    assert page.status_code == 404 and "not found" in page.text.lower()


# -- untrusted transcript text ------------------------------------------------------------------


def test_html_in_speech_shows_as_text_in_the_transcript_view(client, web_index) -> None:
    page = client.get(f"/transcript/{web_index.html_doc_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "<script>" not in page and "<b>" not in page


def test_html_in_speech_shows_as_text_in_the_citation_cards(web_assistant, web_index, html_speech_question) -> None:
    from assistant.web.render import answer_html

    answer = web_assistant.ask(html_speech_question)
    assert any(c.doc_id == web_index.html_doc_id and "<script>" in c.text for c in answer.citations + answer.closest)
    markup = answer_html(answer, "http://server")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup and "&lt;b&gt;bold&lt;/b&gt;" in markup
    assert "<script" not in markup and "<b>" not in markup


def test_the_api_returns_speech_verbatim_as_json(client, web_index) -> None:
    turns = client.get(f"/api/documents/{web_index.html_doc_id}").json()["turns"]
    assert any("<script>alert(1)</script>" in t["text"] for t in turns)


# -- feedback ----------------------------------------------------------------------------------


def test_feedback_is_appended_to_the_jsonl_file_with_question_answer_and_citations(client, make_settings) -> None:
    answer = client.post("/api/ask", json={"question": OCEANS}).json()
    assert client.post("/api/feedback", json={"rating": "helpful", "answer": answer}).status_code == 201
    assert client.post("/api/feedback", json={"rating": "wrong", "answer": answer, "comment": "wrong minister"}).status_code == 201
    lines = make_settings().resolved_feedback_path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["rating"] for r in records] == ["helpful", "wrong"]
    first = records[0]
    assert first["question"] == OCEANS and first["answer"] == answer["answer"]
    assert [c["turn_id"] for c in first["citations"]] == [c["turn_id"] for c in answer["citations"]]
    assert first["timestamp"].endswith("+00:00") and first["source"] == "api"
    assert records[1]["comment"] == "wrong minister"


def test_feedback_with_an_unknown_rating_is_a_422(client) -> None:
    assert_error(client.post("/api/feedback", json={"rating": "meh", "answer": {}}), 422, "invalid_request")


# -- auth --------------------------------------------------------------------------------------


def test_with_a_token_the_api_wants_the_bearer_header(make_client, token) -> None:
    client = make_client(token=token)
    assert_error(client.get("/api/documents"), 401, "unauthorized")
    assert client.get("/api/documents").headers["www-authenticate"] == "Bearer"
    assert_error(client.get("/api/documents", headers={"Authorization": "Bearer wrong"}), 401, "unauthorized")
    assert_error(client.post("/api/ask", json={"question": OCEANS}), 401, "unauthorized")
    assert client.get("/api/documents", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_with_a_token_health_and_docs_stay_public(make_client, token) -> None:
    client = make_client(token=token)
    assert client.get("/healthz").status_code == 200
    assert client.get("/docs").status_code == 200
    assert client.get("/openapi.json").status_code == 200


def test_with_a_token_a_browser_gets_a_sign_in_form_instead_of_the_chat(make_client, token, web_index) -> None:
    client = make_client(token=token)
    for path in ("/", "/embed/", f"/transcript/{web_index.verslag_id}"):
        page = client.get(path, headers={"Accept": "text/html"})
        assert page.status_code == 401 and '<form method="post"' in page.text, path
    assert_error(client.get("/config"), 401, "unauthorized")
    assert_error(client.post("/gradio_api/queue/join", json={}), 401, "unauthorized")


def test_opening_a_page_with_the_token_sets_an_httponly_cookie_and_drops_the_token_from_the_url(make_client, token) -> None:
    client = make_client(token=token, follow_redirects=False)
    response = client.get(f"/embed/?token={token}&lang=nl")
    assert response.status_code == 303 and response.headers["location"] == "/embed/?lang=nl"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and token not in cookie
    assert client.get("/embed/").status_code == 200  # the client now sends the cookie
    assert client.get("/config").status_code == 200


def test_a_wrong_token_in_the_url_is_refused(make_client, token) -> None:
    client = make_client(token=token, follow_redirects=False)
    page = client.get("/?token=guess", headers={"Accept": "text/html"})
    assert page.status_code == 401 and "not valid" in page.text and "set-cookie" not in page.headers


def test_the_sign_in_form_sets_the_cookie_and_returns_to_the_page(make_client, token) -> None:
    client = make_client(token=token, follow_redirects=False)
    refused = client.post("/login", data={"token": "guess", "next": "/embed/"})
    assert refused.status_code == 401 and "set-cookie" not in refused.headers
    signed_in = client.post("/login", data={"token": token, "next": "/embed/"})
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/embed/"
    assert client.get("/").status_code == 200


def test_the_sign_in_form_never_redirects_off_the_server(make_client, token) -> None:
    client = make_client(token=token, follow_redirects=False)
    response = client.post("/login", data={"token": token, "next": "//evil.example/"})
    assert response.headers["location"] == "/"


def test_pages_accept_the_bearer_header_too(make_client, token) -> None:
    client = make_client(token=token)
    assert client.get("/", headers={"Authorization": f"Bearer {token}"}).status_code == 200


# -- CORS and framing --------------------------------------------------------------------------


def test_an_allowed_origin_may_call_the_api_and_the_chat(make_client) -> None:
    client = make_client(origins=(INTRANET,))
    for path in ("/api/documents", "/config", "/gradio.js"):
        response = client.get(path, headers={"Origin": INTRANET})
        assert response.headers["access-control-allow-origin"] == INTRANET, path
    preflight = client.options("/api/ask", headers={"Origin": INTRANET, "Access-Control-Request-Method": "POST",
                                                    "Access-Control-Request-Headers": "authorization,content-type"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == INTRANET
    assert "POST" in preflight.headers["access-control-allow-methods"]


def test_another_origin_gets_no_cors_headers_from_the_api_or_gradio(make_client) -> None:
    client = make_client(origins=(INTRANET,))
    for path in ("/api/documents", "/config", "/gradio_api/info"):
        response = client.get(path, headers={"Origin": "http://elsewhere.example"})
        assert "access-control-allow-origin" not in response.headers, path
    preflight = client.options("/api/ask", headers={"Origin": "http://elsewhere.example",
                                                    "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_with_a_token_a_cors_preflight_still_succeeds(make_client, token) -> None:
    client = make_client(token=token, origins=(INTRANET,))
    preflight = client.options("/config", headers={"Origin": INTRANET, "Access-Control-Request-Method": "GET"})
    assert preflight.status_code == 200 and preflight.headers["access-control-allow-origin"] == INTRANET


def test_only_this_server_and_allowed_origins_may_frame_the_pages(make_client) -> None:
    assert make_client().get("/embed/").headers["content-security-policy"] == "frame-ancestors 'self'"
    page = make_client(origins=(INTRANET,)).get("/embed/")
    assert page.headers["content-security-policy"] == f"frame-ancestors 'self' {INTRANET}"


# -- behind a reverse proxy --------------------------------------------------------------------


def test_behind_a_proxy_with_a_root_path_redirects_cookies_and_links_carry_the_prefix(make_client, token, web_index) -> None:
    client = make_client(token=token, root_path="/debate", follow_redirects=False)
    signed_in = client.get(f"/debate/embed/?token={token}")
    assert signed_in.headers["location"] == "/debate/embed/"
    assert "Path=/debate" in signed_in.headers["set-cookie"]
    assert client.get("/debate/").status_code == 200 and client.get("/debate/embed/").status_code == 200
    assert client.get("/debate/embed/config").json()["root"].endswith("/debate/embed")
    assert 'href="/debate/"' in client.get(f"/debate/transcript/{web_index.verslag_id}").text
    assert client.get("/debate/api/documents", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_commitments_lists_the_ministers_promises_with_the_issue_10_fields(client, web_index) -> None:
    rows = client.get("/api/commitments", params={"doc": web_index.verslag_id}).json()
    finder = [r for r in rows if r["source"] == "finder"]
    assert finder and {r["speaker"] for r in finder} == {"Blok"}
    assert {"speaker", "role", "function", "to", "quote", "deadline_text", "deadline", "doc_id",
            "doc_title", "date", "turn_id"} <= set(rows[0])
    assert any(r["deadline"] == "2017-07-06" for r in finder)
    # the chair's list of the 2017 AO is corrected while read: "Ik zou het dus graag ietsje breder willen"
    corrected = [c for r in rows for c in r["list_corrections"] if c["speaker"] == "Van Toorenburg"]
    assert corrected and all(c["role"] == "member" and c["turn_id"].startswith(web_index.verslag_id) for c in corrected)


def test_commitments_filters_by_speaker_and_date(client) -> None:
    assert client.get("/api/commitments", params={"speaker": "nobody-of-that-name"}).json() == []
    assert client.get("/api/commitments", params={"since": "2018-01-01"}).json() == []
    assert_error(client.get("/api/commitments", params={"since": "not-a-date"}), 422, "invalid_request")


def test_commitments_filter_by_whether_their_deadline_has_passed(client, web_index) -> None:
    every = client.get("/api/commitments", params={"doc": web_index.verslag_id}).json()
    overdue = client.get("/api/commitments", params={"doc": web_index.verslag_id, "overdue": "true"}).json()
    assert overdue and all(r["deadline"] and r["deadline"].split("/")[-1] < date.today().isoformat() for r in overdue)
    assert len(overdue) == len([r for r in every if r["deadline"]])  # the 2017 debate's dated promises, all passed
    assert client.get("/api/commitments", params={"due_before": "2017-02-16"}).json() == []  # the day of the debate
    assert_error(client.get("/api/commitments", params={"due_before": "soon"}), 422, "invalid_request")


def test_commitments_of_a_debate_that_is_not_indexed_is_a_404_not_an_empty_list(client) -> None:
    error = assert_error(client.get("/api/commitments", params={"doc": "no-such-debate"}), 404, "not_found")
    assert "no-such-debate" in error["message"]
