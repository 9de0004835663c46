"""`debate bench --load`: many simulated users at once against a real server, on loopback only.

Each user is a thread that arrives at a random moment within one think time, then, until the
run's end, asks one question from a mix (English and Dutch, named speakers and offices, some the
transcripts cannot answer), waits for the whole answer, then "reads" it for a random think
time. Half the users ask through ``POST /api/ask``, half through the Gradio chat at ``/`` (its
``/respond`` event, with `gradio_client`, as a browser's queue join and event stream would).
The run is bounded: ``users`` threads for ``seconds``, each request with a client time-out, and
it stops by itself. Chat clients connect (fetch the app's config) before the clock starts.

Reported: requests, throughput, p50/p95/p99 latency overall, per surface and per user, and the
outcomes: ``ok`` (HTTP 200 with an answer), ``refused`` (503 with ``Retry-After``: the server's
admission control, `assistant.web.admission`; the user waits as told and goes on) and ``error``
(anything else: a 5xx, a time-out, a malformed reply). Target: 0 errors and every user's p95
under 2 s on the sample corpus at 50 users. The load average before and after is part of the
report: on two shared cores, figures are comparable only at similar load.

Without ``url`` the run serves a temporary copy of the configured index with `debate serve` in a
subprocess on a free loopback port (the configured index itself is never written), and stops it
after. Only loopback URLs are accepted.

Measured on the 17-debate sample corpus, this 2-core machine, server and load generator on it
together (1 December 2026):

- 50 users, think 5-15 s, 60 s (load average 2.2 before, 1.5 after): 284 questions, 0 errors,
  0 refused, 4.7 answers/s; p50/p95/p99 172/706/969 ms (API 86/446/796, chat 260/749/1157);
  every user's p95 under 2 s (worst 1.22 s). Server 21 CPU-s, load generator 16 CPU-s.
- The same with think 1-3 s (stress): 682 questions, 0 errors, 11.1 answers/s, p95 6.1 s: two
  cores are saturated (server 49 CPU-s, load generator 30 CPU-s in 61 s).
- Stress with ``DEBATE_MAX_CONCURRENT_QUESTIONS=2 DEBATE_MAX_QUEUED_QUESTIONS=4``, 30 s: 290 of
  537 questions refused with 503 and Retry-After, 0 errors, no time-out.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import numpy as np

QUESTIONS = (
    "What did the minister say about 13 Oceans?",
    "Wat zei Van Nispen over de Nationaal Rapporteur?",
    "Wat zei Van Toorenburg over uitgebuite kinderen?",
    "What did the minister say about the Koninklijke Marechaussee?",
    "Wat zei de minister over extra geld voor de aanpak van mensenhandel?",
    "Wat zei Van Oosten over de prostitutiewet?",
    "Wat zei de minister over de Nationale Politie?",
    "What was said about the housing shortage?",
    "Wat werd er gezegd over stikstof?",
    "What did the minister say about quantum computers on Mars?",
)
"""A mix: answerable in English and Dutch, named members and offices, and one that is not in the
transcripts (an abstention costs the same retrieval)."""

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class LoadConfig:
    users: int = 50
    seconds: float = 60.0
    think_s: tuple[float, float] = (5.0, 15.0)
    """A user reads an answer (a few sentences and quotes) for this long, uniform, before asking
    again: 50 users then ask ~5 questions a second between them. ``--think 1 3`` is a stress run
    (~20 a second), past what two cores answer in time: latency grows, errors must stay 0."""
    chat_share: float = 0.5
    timeout_s: float = 30.0
    seed: int = 7


@dataclass(frozen=True)
class Sample:
    user: int
    surface: str
    latency_s: float
    outcome: str
    detail: str = ""
    ended: float = dataclasses.field(default_factory=time.monotonic)


def require_loopback(url: str) -> None:
    host = urlparse(url).hostname or ""
    if host not in LOOPBACK:
        raise ValueError(f"the load test drives loopback servers only, not {host!r}")


def _api_user(url: str, user: int, config: LoadConfig, deadline: float, samples: list[Sample]) -> None:
    rng = random.Random(config.seed * 1000 + user)
    _arrive(rng, config, deadline)
    with httpx.Client(base_url=url, timeout=config.timeout_s) as http:
        while time.monotonic() < deadline:
            question = rng.choice(QUESTIONS)
            began = time.perf_counter()
            try:
                response = http.post("/api/ask", json={"question": question})
                latency = time.perf_counter() - began
                if response.status_code == 200 and "answer" in response.json():
                    sample = Sample(user, "api", latency, "ok")
                elif response.status_code == 503 and "retry-after" in response.headers:
                    sample = Sample(user, "api", latency, "refused", response.headers["retry-after"])
                else:
                    sample = Sample(user, "api", latency, "error", f"HTTP {response.status_code}")
            except (httpx.HTTPError, ValueError) as exc:
                sample = Sample(user, "api", time.perf_counter() - began, "error", f"{type(exc).__name__}: {exc}")
            samples.append(sample)
            _pause(sample, rng, config, deadline)


def _chat_client(url: str, config: LoadConfig) -> Any:
    """A Gradio client of the chat: a browser session's queue join and event stream. Made before
    the clock starts: connecting fetches the app's config and API description, a page load's
    cost, not a question's."""
    from gradio_client import Client

    return Client(f"{url}/", verbose=False, download_files=False, analytics_enabled=False,
                  httpx_kwargs={"timeout": config.timeout_s})


def _chat_user(client: Any, user: int, config: LoadConfig, deadline: float, samples: list[Sample]) -> None:
    rng = random.Random(config.seed * 1000 + user)
    _arrive(rng, config, deadline)
    while time.monotonic() < deadline:
        question = rng.choice(QUESTIONS)
        began = time.perf_counter()
        try:
            job = client.submit(question, [], [], [], [], None, None, api_name="/respond")
            chat = job.result(timeout=config.timeout_s)[0]
            reply = str(chat[-1]["content"][0]["text"]) if chat else ""
            ok = "da-answer" in reply and "da-error" not in reply
            sample = Sample(user, "chat", time.perf_counter() - began, "ok" if ok else "error",
                            "" if ok else reply[:200])
        except Exception as exc:  # gradio_client raises many types: time-outs, queue full, protocol
            text = f"{type(exc).__name__}: {exc}"
            outcome = "refused" if "Queue is full" in text or "503" in text else "error"
            sample = Sample(user, "chat", time.perf_counter() - began, outcome, text[:200])
        samples.append(sample)
        _pause(sample, rng, config, deadline)


def _arrive(rng: random.Random, config: LoadConfig, deadline: float) -> None:
    """Users arrive spread over one think time, as if already reading an answer: the run
    measures a steady state, not 50 questions fired in the same millisecond."""
    time.sleep(max(0.0, min(rng.uniform(0, config.think_s[1]), deadline - time.monotonic())))


def _pause(sample: Sample, rng: random.Random, config: LoadConfig, deadline: float) -> None:
    told = sample.outcome == "refused" and sample.detail.isdigit()  # the API's Retry-After
    wait = float(sample.detail) if told else rng.uniform(*config.think_s)
    time.sleep(max(0.0, min(wait, deadline - time.monotonic())))


def _percentiles(latencies: list[float]) -> dict[str, float | None]:
    if not latencies:
        return {"p50_ms": None, "p95_ms": None, "p99_ms": None}
    p50, p95, p99 = np.percentile(np.asarray(latencies) * 1000, [50, 95, 99])
    return {"p50_ms": round(float(p50), 1), "p95_ms": round(float(p95), 1), "p99_ms": round(float(p99), 1)}


def _summary(samples: list[Sample], seconds: float) -> dict[str, Any]:
    answered = [s.latency_s for s in samples if s.outcome == "ok"]
    return {"requests": len(samples), "ok": len(answered),
            "refused": sum(s.outcome == "refused" for s in samples),
            "errors": sum(s.outcome == "error" for s in samples),
            "throughput_per_s": round(len(answered) / seconds, 2), **_percentiles(answered)}


def _cpu_s(pid: int | None) -> float | None:
    if pid is None:
        return None
    import psutil

    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def run_load(url: str, config: LoadConfig = LoadConfig(), server_pid: int | None = None) -> dict[str, Any]:
    """Drive the server at ``url`` (loopback only) with ``config.users`` users for
    ``config.seconds``; the report described in the module docstring. With ``server_pid`` the
    report has the server's CPU time too (the load generator's own is always there: on one
    machine, both share the cores)."""
    require_loopback(url)
    url = url.rstrip("/")
    samples: list[Sample] = []
    chat_users = round(config.users * config.chat_share)
    clients = [_chat_client(url, config) for _ in range(chat_users)]
    load_before = os.getloadavg()
    client_cpu, server_cpu = time.process_time(), _cpu_s(server_pid)
    started = time.monotonic()
    deadline = started + config.seconds
    threads = [threading.Thread(target=_chat_user, args=(client, user, config, deadline, samples), daemon=True)
               for user, client in enumerate(clients)]
    threads += [threading.Thread(target=_api_user, args=(url, user, config, deadline, samples), daemon=True)
                for user in range(chat_users, config.users)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=config.seconds + 2 * config.timeout_s + 60)
        elapsed = time.monotonic() - started
        client_cpu = time.process_time() - client_cpu
        server_cpu = None if server_cpu is None else _cpu_s(server_pid) - server_cpu  # type: ignore[operator]
    finally:
        for client in clients:
            client.close()
    per_user = []
    for user in range(config.users):
        mine = [s for s in samples if s.user == user]
        surface = "chat" if user < chat_users else "api"
        per_user.append({"user": user, "surface": surface, **_summary(mine, elapsed)})
    errors = [f"user {s.user} ({s.surface}): {s.detail}" for s in samples if s.outcome == "error"]
    slow = [{"at_s": round(s.ended - s.latency_s - started, 1), "surface": s.surface, "ms": round(s.latency_s * 1000)}
            for s in sorted(samples, key=lambda s: -s.latency_s)[:10]]
    p95s = [u["p95_ms"] for u in per_user if u["p95_ms"] is not None]
    return {
        "url": url, "users": config.users, "chat_users": chat_users, "seconds": round(elapsed, 1),
        "think_s": list(config.think_s),
        "overall": _summary(samples, elapsed),
        "by_surface": {name: _summary([s for s in samples if s.surface == name], elapsed) for name in ("api", "chat")},
        "worst_user_p95_ms": max(p95s) if p95s else None,
        "users_p95_under_2s": sum(p < 2000 for p in p95s),
        "per_user": per_user,
        "error_examples": errors[:10],
        "slowest": slow,
        "machine": {"cpus": os.cpu_count(), "load_before": [round(x, 2) for x in load_before],
                    "load_after": [round(x, 2) for x in os.getloadavg()],
                    "load_generator_cpu_s": round(client_cpu, 1),
                    "server_cpu_s": None if server_cpu is None else round(server_cpu, 1)},
    }


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Served:
    url: str
    pid: int


@contextlib.contextmanager
def served_copy(index_dir: Path, start_timeout_s: float = 600) -> Iterator[Served]:
    """`debate serve` over a temporary copy of ``index_dir`` on a free loopback port."""
    if not (index_dir / "manifest.json").exists():
        raise FileNotFoundError(f"no index at {index_dir}: run `debate ingest corpus` first")
    with tempfile.TemporaryDirectory(prefix="debate-load-") as tmp:
        copy = Path(tmp) / "index"
        shutil.copytree(index_dir, copy, ignore=shutil.ignore_patterns("feedback.jsonl*", ".ingest.lock"))
        port = _free_port()
        env = {**os.environ, "DEBATE_FEEDBACK_PATH": str(Path(tmp) / "feedback.jsonl"),
               "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        log = (Path(tmp) / "server.log").open("w")
        server = subprocess.Popen([sys.executable, "-m", "debate.cli", "serve", "--index", str(copy),
                                   "--host", "127.0.0.1", "--port", str(port)], env=env, stdout=log, stderr=log)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(url, server, start_timeout_s, Path(tmp) / "server.log")
            yield Served(url, server.pid)
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=30)
            log.close()


def _wait_healthy(url: str, server: subprocess.Popen, timeout_s: float, log: Path) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with {server.returncode}: {log.read_text()[-2000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/healthz", timeout=5).status_code == 200:
                return
        time.sleep(1)
    raise RuntimeError(f"the server did not answer /healthz within {timeout_s:g} s")


def render_load(result: dict[str, Any]) -> None:
    """Print the load report: overall and per surface, the worst users, the machine's load."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"{result['users']} users for {result['seconds']} s on {result['url']} "
                        f"(think {result['think_s'][0]:g}-{result['think_s'][1]:g} s)")
    for column in ("", "requests", "ok", "refused (503)", "errors", "answers/s", "p50 ms", "p95 ms", "p99 ms"):
        table.add_column(column, justify="right")
    rows = [("overall", result["overall"]), *list(result["by_surface"].items())]
    for name, s in rows:
        table.add_row(name, *(str(s[k]) for k in ("requests", "ok", "refused", "errors", "throughput_per_s",
                                                    "p50_ms", "p95_ms", "p99_ms")))
    console.print(table)
    verdict = "met" if result["overall"]["errors"] == 0 and result["users_p95_under_2s"] == result["users"] else "NOT met"
    console.print(f"worst user's p95: {result['worst_user_p95_ms']} ms; users with p95 < 2 s: "
                  f"{result['users_p95_under_2s']} of {result['users']} (target 0 errors and all: {verdict})")
    machine = result["machine"]
    console.print(f"{machine['cpus']} CPUs; load average before {machine['load_before']}, after {machine['load_after']}; "
                  f"CPU seconds used by the server {machine['server_cpu_s']}, by the load generator "
                  f"{machine['load_generator_cpu_s']}")
    for line in result["error_examples"]:
        console.print(f"  error: {line}")
