"""Rendering for the terminal (rich): transcripts, ingest progress and summaries, answers.

Kept apart from the CLI wiring so each command stays a few lines, and apart from the core so the
core never prints.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

console = Console()
err_console = Console(stderr=True)


def render_transcript(transcript: Any) -> None:
    meta = transcript.metadata()
    console.print(f"[bold]{escape(transcript.title)}[/bold]  {transcript.date or ''}  ({transcript.source_format})")
    for key in ("id", "chamber", "kind", "committee", "number", "start_time", "end_time"):
        if meta.get(key):
            console.print(f"  {key}: {escape(str(meta[key]))}")
    table = Table("#", "speaker", "party", "role", "page/time", "text")
    for turn in transcript.turns:
        where = str(turn.page) if turn.page is not None else (turn.start_time or "")[11:16]
        snippet = turn.text[:80] + ("…" if len(turn.text) > 80 else "")
        table.add_row(str(turn.index), escape(turn.speaker), escape(turn.party or ""),
                      turn.role + (" (chair)" if turn.is_chair and turn.role != "chair" else ""), where, escape(snippet))
    console.print(table)
    for warning in transcript.warnings:
        err_console.print(f"[yellow]warning:[/yellow] {escape(warning)}")


def ingest_with_progress(ingest_fn: Callable[..., Any], paths: list[Path], settings: Any, quiet: bool) -> Any:
    """Run ``ingest_fn`` with a rich progress bar on stderr (none with ``quiet``)."""
    if quiet:
        return ingest_fn(paths, settings)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=False) as bar:
        tasks: dict[str, Any] = {}

        def progress(stage: str, done: int, total: int) -> None:
            label = {"embed": "embedding chunks", "lexical": "building lexical index"}.get(stage, stage)
            if stage not in tasks:
                tasks[stage] = bar.add_task(label, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        return ingest_fn(paths, settings, progress=progress)


def render_ingest_summary(summary: Any) -> None:
    data = summary.to_dict()
    console.print(
        f"documents: {data['documents_added']} added, {data['documents_updated']} updated, "
        f"{data['documents_unchanged']} unchanged; turns: {data['turns']}; chunks: {data['chunks_added']} added, "
        f"{data['chunks_unchanged']} unchanged, {data['chunks_removed']} removed; {data['elapsed_s']:.1f} s"
    )
    for result in summary.files:
        if result.status == "failed":
            err_console.print(f"[red]failed:[/red] {escape(result.message or result.path)}")
        elif result.status == "warning":
            err_console.print(f"[yellow]warning:[/yellow] {escape(result.message or result.path)}")
        elif result.status == "skipped":
            console.print(f"[dim]skipped: {escape(result.path)} ({escape(result.message or '')})[/dim]")


def render_documents(rows: list[dict[str, Any]]) -> None:
    table = Table("id", "title", "date", "turns", "chunks")
    for row in rows:
        table.add_row(escape(row["id"]), escape(row.get("title") or ""), row.get("date") or "",
                      str(row.get("turns", "")), str(row.get("chunks", "")))
    console.print(table)
    console.print(f"{len(rows)} documents")


def render_answer(answer: Any) -> None:
    style = "bold" if answer.answerable else "bold yellow"
    if answer.answerable and answer.confidence_label:
        shown = f" ({answer.confidence:.2f})" if answer.confidence is not None else ""
        console.print(f"[dim]{escape(answer.confidence_label)}{shown}[/dim]")
    console.print(f"[{style}]{escape(answer.answer)}[/{style}]")
    if answer.notice:
        console.print(f"[dim]{escape(answer.notice)}[/dim]")
    sources = answer.citations if answer.answerable else answer.closest
    if sources:
        console.print("\n[bold]Sources[/bold]" if answer.answerable else "\n[bold]Closest matches[/bold]")
    for c in sources:
        where = f"p. {c.page}" if c.page is not None else (c.start_time or "")[11:16]
        console.print(
            f"[{c.n}] {escape(c.speaker)}{' (' + escape(c.party) + ')' if c.party else ''}, "
            f"{escape(c.function or c.role)} — {escape(c.doc_title)}, {c.date or ''} {where}  [dim]{c.turn_id}[/dim]"
        )
        if c.asked and c.asked_by:  # a promise's "Dat zal ik doen." needs the request it answers
            console.print(f"    in answer to {escape(c.asked_by)}: “{escape(c.asked)}”")
        if c.dated and c.dated_by:  # the notice's deadline, where the quote does not say it
            console.print(f"    deadline as said by {escape(c.dated_by)}: “{escape(c.dated)}”")
    console.print(f"[dim]{answer.timings_ms.get('total', 0):.0f} ms[/dim]")


def chat_loop(assistant: Any) -> None:
    history: list[Any] = []
    console.print("[dim]Ask a question (empty line to quit).[/dim]")
    while True:
        try:
            question = console.input("[bold]> [/bold]").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not question:
            break
        answer = assistant.ask(question, history=history)
        render_answer(answer)
        history.append(answer)
