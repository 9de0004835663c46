"""The `debate` command. Every subcommand is a thin surface: parse options, resolve `Settings`
once, call one core function, render. Heavy libraries (torch, chromadb, gradio, llama-index) are
imported inside the commands that need them, so `debate --help` and `debate parse` stay fast.

Errors: a `DebateError` prints ``Error: <message>`` on stderr and exits 1; usage errors exit 2;
`debate eval` exits 1 on a quality regression (documented there). Anything else is a bug and keeps
its traceback.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer

from ingest.errors import DebateError
from ingest.settings import Settings, load_settings

app = typer.Typer(
    name="debate",
    help="Ask parliamentary debate transcripts questions; every answer cites the speaker turn it comes from.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

from eval.cli import eval_app  # noqa: E402  (a light module: heavy imports happen inside its commands)

app.add_typer(eval_app, name="eval", help="Grounding and attribution regression gate over the golden question sets.")

IndexOpt = Annotated[Path | None, typer.Option("--index", help="Index directory (env DEBATE_INDEX).")]
ChromaOpt = Annotated[str | None, typer.Option("--chroma-url", help="Chroma server URL instead of the embedded store (env DEBATE_CHROMA_URL).")]
ModelOpt = Annotated[str | None, typer.Option("--embed-model", help="Local sentence-transformers dir or model name (default: bundled multilingual-e5-small).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
LlmOpt = Annotated[str | None, typer.Option("--llm", help="Answer backend: none (extractive, default), openai, ollama, azure, gguf.")]
BaseUrlOpt = Annotated[str | None, typer.Option("--base-url", help="The model server: an OpenAI-compatible /v1 URL, Ollama's base URL, or the Azure resource endpoint.")]
LlmModelOpt = Annotated[str | None, typer.Option("--model", help="Model name at the endpoint (the deployment name for --llm azure).")]
ModelPathOpt = Annotated[str | None, typer.Option("--model-path", help="GGUF file for --llm gguf.")]
TopKOpt = Annotated[int | None, typer.Option("--top-k", help="Number of turns to cite at most.")]


def _settings(**overrides: object) -> Settings:
    return load_settings(None, index_dir=overrides.pop("index", None), **overrides)


def _print_json(payload: object) -> None:
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(help="A transcript file (verslag .txt/.pdf, VLOS XML, ParlaMint TEI).")],
    as_json: JsonOpt = False,
) -> None:
    """Parse one transcript and show its metadata and speaker turns (nothing is indexed)."""
    from ingest.detect import parse_file
    from ingest.parse_limits import ParseLimits

    transcript = parse_file(file, ParseLimits.from_settings(_settings()))
    if as_json:
        _print_json(transcript.to_dict())
        return
    from debate.terminal import render_transcript

    render_transcript(transcript)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Transcript files or folders.")],
    index: IndexOpt = None,
    chroma_url: ChromaOpt = None,
    embed_model: ModelOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Index transcripts: parse, chunk per speaker turn, embed, store. Safe to re-run; mends what an
    interrupted run left. Exits 1 if any file failed (the others are still indexed)."""
    from debate.terminal import ingest_with_progress, render_ingest_summary
    from ingest.indexing import ingest_paths

    settings = _settings(index=index, chroma_url=chroma_url, embed_model=embed_model)
    summary = ingest_with_progress(ingest_paths, paths, settings, quiet=as_json)
    if as_json:
        _print_json(summary.to_dict())
    else:
        render_ingest_summary(summary)
        for problem in summary.repaired:
            typer.echo(f"repaired: {problem}", err=True)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def docs(index: IndexOpt = None, as_json: JsonOpt = False) -> None:
    """List the indexed documents."""
    from ingest.catalog import IndexLayout, list_documents

    rows = list_documents(IndexLayout(_settings(index=index).index_dir))
    if as_json:
        _print_json(rows)
        return
    from debate.terminal import render_documents

    render_documents(rows)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in English or Dutch.")],
    index: IndexOpt = None,
    chroma_url: ChromaOpt = None,
    embed_model: ModelOpt = None,
    llm: LlmOpt = None,
    base_url: BaseUrlOpt = None,
    model: LlmModelOpt = None,
    model_path: ModelPathOpt = None,
    top_k: TopKOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Answer one question from the transcripts, with numbered citations."""
    from assistant.service import Assistant

    settings = _settings(index=index, chroma_url=chroma_url, embed_model=embed_model, llm=llm,
                         llm_base_url=base_url, llm_model=model, llm_model_path=model_path, top_k=top_k)
    answer = Assistant.open(settings).ask(question)
    if as_json:
        _print_json(answer.to_dict())
        return
    from debate.terminal import render_answer

    render_answer(answer)


@app.command()
def chat(
    index: IndexOpt = None,
    chroma_url: ChromaOpt = None,
    llm: LlmOpt = None,
    base_url: BaseUrlOpt = None,
    model: LlmModelOpt = None,
    model_path: ModelPathOpt = None,
) -> None:
    """An interactive session: follow-up questions keep the speaker and topic. Empty line quits."""
    from assistant.service import Assistant
    from debate.terminal import chat_loop

    settings = _settings(index=index, chroma_url=chroma_url, llm=llm, llm_base_url=base_url,
                         llm_model=model, llm_model_path=model_path)
    chat_loop(Assistant.open(settings))


@app.command()
def serve(
    index: IndexOpt = None,
    chroma_url: ChromaOpt = None,
    llm: LlmOpt = None,
    base_url: BaseUrlOpt = None,
    model: LlmModelOpt = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 7860,
    root_path: Annotated[str, typer.Option("--root-path", help="Path prefix when behind a reverse proxy.")] = "",
    ingest_paths: Annotated[list[Path] | None, typer.Option(
        "--ingest", help="Index these files or folders in the background while serving (repeatable).")] = None,
) -> None:
    """Serve the browser chat, the REST API and the embeddable assistant; a new index generation
    (from any `debate ingest`) is picked up without a restart."""
    from debate import server as web

    settings = _settings(index=index, chroma_url=chroma_url, llm=llm, llm_base_url=base_url, llm_model=model)
    web.serve(settings, host=host, port=port, root_path=root_path, ingest=ingest_paths or [])


@app.command()
def bench(
    quick: Annotated[bool, typer.Option("--quick", help="A CI smoke run: under 3 minutes.")] = False,
    full: Annotated[bool, typer.Option("--full", help="Also measure 1M chunks if memory allows.")] = False,
    load: Annotated[bool, typer.Option("--load", help="Instead: simulated users against a server (API and chat).")] = False,
    users: Annotated[int, typer.Option("--users", help="With --load: concurrent users.")] = 50,
    seconds: Annotated[float, typer.Option("--seconds", help="With --load: how long.")] = 60.0,
    think: Annotated[tuple[float, float], typer.Option("--think", help="With --load: each user's pause between questions, min max seconds.")] = (5.0, 15.0),
    url: Annotated[str | None, typer.Option("--url", help="With --load: a running loopback server (default: serve a copy of the index).")] = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Measure ingest throughput, latency, scale and quality against a naive llama-index pipeline;
    with --load, throughput and latency of a server under many users."""
    if load:
        from eval.load import LoadConfig, render_load, run_load, served_copy

        config = LoadConfig(users=users, seconds=seconds, think_s=(think[0], think[1]))
        if url:
            result = run_load(url, config, server_pid=None)
        else:
            with served_copy(_settings(index=index).index_dir) as served:
                result = run_load(served.url, config, server_pid=served.pid)
        if as_json:
            _print_json(result)
        else:
            render_load(result)
        return
    from eval.bench import render_bench, run_bench

    # the bench builds its own temporary indexes and never touches the configured one
    result = run_bench(_settings(), quick=quick, full=full)
    if as_json:
        _print_json(result)
    else:
        render_bench(result)


@app.command()
def motions(
    doc: Annotated[str | None, typer.Option("--doc", help="Only this debate (an id from `debate docs`).")] = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV instead of text (the Motions tab's columns).")] = False,
) -> None:
    """The motions mentioned in the indexed debates and the cabinet's view of each (oordeel Kamer,
    ontraden, ...), with the minister's reasoning. No model is loaded."""
    from assistant.structure.motion_listing import CatalogSource, describe, list_motions
    from assistant.structure.motion_listing import as_csv as to_csv
    from ingest.catalog import IndexLayout

    found = list_motions(CatalogSource(IndexLayout(_settings(index=index).index_dir)), doc)
    if as_json:
        _print_json([m.to_dict() for m in found])
        return
    if as_csv:
        typer.echo(to_csv(found), nl=False)
        return
    current = None
    for motion in found:
        if (motion.doc_id, motion.section) != current:
            current = (motion.doc_id, motion.section)
            typer.echo(f"\n{motion.doc_title} ({motion.date or 'no date'}) [{motion.doc_id}] {motion.section or ''}")
        typer.echo(f"  {describe(motion)}")
    if not found:
        typer.echo("No motions found.")


@app.command()
def commitments(
    doc: Annotated[str | None, typer.Option("--doc", help="Only this debate (its id, see `debate docs`).")] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Only commitments of speakers whose name contains this.")] = None,
    since: Annotated[datetime | None, typer.Option("--since", formats=["%Y-%m-%d"],
                                                   help="Only debates on or after this date (YYYY-MM-DD).")] = None,
    due_before: Annotated[datetime | None, typer.Option(
        "--due-before", formats=["%Y-%m-%d"],
        help="Only those whose deadline's last day is before this date (YYYY-MM-DD); undated ones are left out.")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only those whose deadline has passed today.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV instead of text.")] = False,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List the commitments (toezeggingen) ministers and state secretaries made, with the member they
    were made to, the deadline and the chair's list item; found from the debate structure. Whether
    one was kept, the transcripts cannot say: --overdue lists those whose time is up."""
    from assistant.commitment_listing import CommitmentFilter, as_rows, list_commitments
    from assistant.commitment_listing import as_csv as to_csv
    from ingest.catalog import IndexLayout, list_documents, load_transcript

    layout = IndexLayout(_settings(index=index).index_dir)
    ids = [row["id"] for row in list_documents(layout)]
    due_by = due_before.date() if due_before else (date.today() if overdue else None)
    where = CommitmentFilter(doc, speaker, since.date().isoformat() if since else None,
                             due_by.isoformat() if due_by else None)
    rows = list_commitments(ids, lambda doc_id: load_transcript(layout, doc_id), where)
    if as_json:
        _print_json(as_rows(rows))
    elif as_csv:
        typer.echo(to_csv(rows), nl=False)
    else:
        for c in rows:
            due = f" [{c.deadline_text} = {c.deadline or '?'}]" if c.deadline_text else ""
            asked = f"\n  in answer to {c.to}: “{c.asked}” ({c.asked_turn_id})" if c.asked else ""
            listed = (f"\n  item {c.list_item} of the chair's list: “{c.list_text}” ({c.list_turn_id})"
                      if c.list_item and c.source == "finder" else "")
            said = "".join(f"\n    then {x.speaker}: “{x.text}” ({x.turn_id})" for x in c.list_corrections)
            typer.echo(f"{c.date} {c.speaker} ({c.function or c.role}) -> {c.to or '-'}{due}\n  {c.quote}\n  {c.turn_id}"
                       f"{asked}{listed}{said}")
        if not rows:
            typer.echo("No commitments found.")


def main() -> None:
    """Console entry point: one place where errors become output."""
    try:
        result = app(standalone_mode=False)
    except DebateError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        sys.exit(1)
    except typer.TyperException as exc:  # usage errors (typer's click) carry exit code 2
        show = getattr(exc, "show", None)
        if show is None:
            raise
        show()
        sys.exit(getattr(exc, "exit_code", 2))
    sys.exit(result if isinstance(result, int) else 0)


if __name__ == "__main__":
    main()
