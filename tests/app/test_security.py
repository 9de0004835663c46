"""The pieces of auth hardening on their own: the expiring session cookie, the sign-in throttle,
safe redirects, the host allow-list and the token-free access log."""

from __future__ import annotations

import logging

import pytest

from assistant.web.security import (
    COOKIE_MAX_AGE,
    SignInThrottle,
    TokenRedactingFilter,
    TrustedHosts,
    is_public,
    redact_tokens_in_access_log,
    safe_next,
    session_valid,
    session_value,
)

NOW = 1_800_000_000


def test_a_session_cookie_is_valid_until_its_expiry_and_only_for_its_token() -> None:
    value = session_value("token", NOW + COOKIE_MAX_AGE)
    assert session_valid(value, "token", now=NOW)
    assert not session_valid(value, "token", now=NOW + COOKIE_MAX_AGE)
    assert not session_valid(value, "another token", now=NOW)
    assert "token" not in value


@pytest.mark.parametrize("value", ["", "abc", "1.2", "\u00e9\u00e9", "12.\u00e9", f"{NOW + 10**9}.00", "-1.00",
                                   "\ud800", "9" * 100])
def test_a_malformed_or_far_future_cookie_is_invalid_without_raising(value) -> None:
    assert not session_valid(value, "token", now=NOW)


def test_a_cookie_with_a_changed_expiry_is_invalid() -> None:
    mac = session_value("token", NOW + 100).split(".", 1)[1]
    assert not session_valid(f"{NOW + 200}.{mac}", "token", now=NOW)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_throttle_blocks_after_the_limit_until_the_oldest_failure_leaves_the_window() -> None:
    clock = Clock()
    throttle = SignInThrottle(limit=3, window=60, clock=clock)
    for _ in range(3):
        assert throttle.wait("10.0.0.1") == 0
        throttle.failed("10.0.0.1")
        clock.now += 1
    assert 0 < throttle.wait("10.0.0.1") <= 60
    assert throttle.wait("10.0.0.2") == 0
    clock.now += 58
    assert throttle.wait("10.0.0.1") == 0


def test_the_throttle_remembers_a_bounded_number_of_addresses() -> None:
    throttle = SignInThrottle(limit=2, window=60, max_clients=100, clock=Clock())
    for n in range(10_000):
        throttle.failed(f"10.0.{n // 256}.{n % 256}")
    assert len(throttle) == 100


@pytest.mark.parametrize(("given", "expected"), [
    ("/embed/?lang=nl", "/embed/?lang=nl"), ("//evil.example/", "/"), ("https://evil.example", "/"),
    ("/\\evil.example", "/"), ("/\t/evil.example", "/"), ("/\n/evil.example", "/"), ("evil", "/"), ("", "/"),
])
def test_safe_next_keeps_only_paths_on_this_server(given, expected) -> None:
    assert safe_next(given, "") == expected


def test_public_paths_are_exact() -> None:
    assert is_public("/theme.css") and is_public("/embed/theme.css") and is_public("/healthz")
    assert not is_public("/transcript/x/theme.css") and not is_public("/healthz/x") and not is_public("/")


@pytest.mark.parametrize(("host", "allowed"), [
    ("localhost", True), ("localhost:7860", True), ("127.0.0.1:80", True), ("[::1]:7860", True),
    ("debate.intranet.example", True), ("a.b.intranet.example", True), ("intranet.example", False),
    ("evil.example", False), ("", False), ("localhost.evil.example", False), ("[::1", False),
])
def test_the_host_allow_list_matches_names_ports_and_subdomain_wildcards(host, allowed) -> None:
    hosts = TrustedHosts(None, ["127.0.0.1", "localhost", "::1", "debate.intranet.example", "*.b.intranet.example"])
    assert hosts.allowed(host) is allowed


def _access_record(path: str) -> logging.LogRecord:
    """A record as uvicorn's access logger makes it."""
    return logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                             ("127.0.0.1:5000", "GET", path, "1.1", 303), None)


def test_the_access_log_shows_no_token() -> None:
    record = _access_record("/embed/?lang=nl&token=s3cret&x=1")
    assert TokenRedactingFilter().filter(record)
    line = record.getMessage()
    assert "s3cret" not in line and "token=***" in line and "lang=nl" in line and "x=1" in line


def test_the_redacting_filter_sits_on_uvicorns_access_logger_once() -> None:
    redact_tokens_in_access_log()
    redact_tokens_in_access_log()
    filters = [f for f in logging.getLogger("uvicorn.access").filters if isinstance(f, TokenRedactingFilter)]
    assert len(filters) == 1
