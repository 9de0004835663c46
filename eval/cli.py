"""`debate eval`: the grounding and attribution regression gate, and its helpers.

    debate eval [--golden PATH] [--index DIR] [--top-k N] [--subset fast] [--baseline FILE]
                [--report DIR] [--json] [--update-baseline] [--llm ...] [--degrade random-ranking]
    debate eval generate TRANSCRIPT|DOC_ID [--index DIR] [--out FILE] [-n 10]
    debate eval calibrate [--dev PATH]... [--index DIR] [--write] [--thresholds]

Exit codes of the run: 0 every metric at or above its threshold and within tolerance of the
baseline; 1 a regression (the verdict line names the metric); 2 a usage error (bad path, unknown
option). Each command parses options, calls one core function and renders; heavy libraries
(torch, chromadb, matplotlib) load inside the commands, so importing this module is cheap.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

eval_app = typer.Typer(
    help="Grounding and attribution regression suite over the golden question sets.",
    add_completion=False,
    pretty_exceptions_enable=False,
)

REPO = Path(__file__).resolve().parent.parent


class Subset(StrEnum):
    full = "full"
    fast = "fast"


class LLM(StrEnum):
    none = "none"
    openai = "openai"
    ollama = "ollama"
    azure = "azure"
    gguf = "gguf"
    fake = "fake"


class Degrade(StrEnum):
    random_ranking = "random-ranking"


IndexOpt = Annotated[Path | None, typer.Option("--index", help="Index directory (env DEBATE_INDEX).")]


def _existing(path: Path | None, option: str, kind: str = "path") -> Path | None:
    if path is not None and not path.exists():
        raise typer.BadParameter(f"no such {kind}: {path}", param_hint=option)
    return path


def _shown(path: Path) -> str:
    """A path as the report shows it: relative to the repository when inside it."""
    resolved = path.resolve()
    return str(resolved.relative_to(REPO)) if resolved.is_relative_to(REPO) else str(path)


def open_assistant(settings: Any) -> Any:
    """The assistant for ``settings`` (tests replace this to reuse a loaded embedder)."""
    from assistant import Assistant

    return Assistant.open(settings)


def _settings(index: Path | None, **overrides: Any) -> Any:
    from ingest.settings import load_settings

    _existing(index, "--index", "index directory")
    return load_settings(index_dir=index, **overrides)


def _progress(total: int, quiet: bool) -> Any:
    if quiet:
        return None

    def report(done: int, question: Any) -> None:
        typer.echo(f"\r  {done}/{total} {question.id:<40}", err=True, nl=done == total)

    return report


@eval_app.callback(invoke_without_command=True)
def run(
    ctx: typer.Context,
    golden: Annotated[list[Path] | None, typer.Option("--golden", help="Question file or folder (repeatable; default eval/golden/).")] = None,
    index: IndexOpt = None,
    llm: Annotated[LLM | None, typer.Option("--llm", help="Answer backend; anything but none also runs the LLM-judge tier.")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="The model server for --llm openai, ollama or azure.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="Model name at the endpoint.")] = None,
    model_path: Annotated[str | None, typer.Option("--model-path", help="GGUF file for --llm gguf.")] = None,
    top_k: Annotated[int | None, typer.Option("--top-k", min=1, max=50, help="Cite at most N turns per answer.")] = None,
    baseline: Annotated[Path, typer.Option("--baseline", help="Thresholds, tolerances and baseline values.")] = REPO / "eval" / "baseline.json",
    report: Annotated[Path, typer.Option("--report", help="Report directory (history.jsonl is kept there).")] = Path("artifacts/eval"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    update_baseline: Annotated[bool, typer.Option("--update-baseline", help="Write this run's values as the new baseline.")] = False,
    subset: Annotated[Subset, typer.Option("--subset", help="fast: a fixed ~40-question subset for CI.")] = Subset.full,
    degrade: Annotated[Degrade | None, typer.Option("--degrade", help="Deliberately degrade the system (proves the gate fails).")] = None,
) -> None:
    """Run the golden sets, score grounding, attribution and abstention, and gate on the baseline."""
    if ctx.invoked_subcommand is not None:
        return
    from eval.collect import GOLDEN_DIR, select_questions
    from eval.golden_set import GoldenSetError
    from eval.report import render_terminal, write_report
    from eval.runner import run_eval

    paths = [_existing(p, "--golden") for p in golden] if golden else [GOLDEN_DIR]
    if update_baseline and degrade is not None:
        raise typer.BadParameter("a degraded run cannot become the baseline", param_hint="--update-baseline")
    if not update_baseline:
        _existing(baseline, "--baseline", "baseline file")
    try:
        questions = select_questions(paths, subset.value)
    except GoldenSetError as exc:
        raise typer.BadParameter(str(exc), param_hint="--golden") from exc
    settings = _settings(index, llm=llm.value if llm else None, llm_base_url=base_url, llm_model=model,
                         llm_model_path=model_path)
    from eval.collect import configure

    assistant = configure(open_assistant(settings), top_k=top_k, degrade=degrade.value if degrade else None)
    config = {"index": str(settings.index_dir), "top_k": assistant.settings.top_k, "llm": settings.llm,
              "degrade": degrade.value if degrade else None, "golden": [_shown(p) for p in paths],
              "embed_model": settings.embed_model}
    result = run_eval(assistant, questions, subset=subset.value, config=config, baseline_path=baseline,
                      update_baseline=update_baseline, progress=_progress(len(questions), as_json))
    write_report(result, report)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        render_terminal(result)
        typer.echo(f"Report: {report / 'report.html'}" + (f"; baseline written to {baseline}" if update_baseline else ""))
    raise typer.Exit(result["gate"]["exit_code"])


@eval_app.command()
def generate(
    source: Annotated[str, typer.Argument(help="A transcript file, or the doc id of an indexed transcript.")],
    index: IndexOpt = None,
    out: Annotated[Path | None, typer.Option("--out", help="Draft file (default eval/drafts/<doc id>.jsonl).")] = None,
    n: Annotated[int, typer.Option("-n", min=1, max=100, help="Number of drafts.")] = 10,
    llm: Annotated[LLM | None, typer.Option("--llm", help="Let a model word the questions (template otherwise).")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url")] = None,
    model: Annotated[str | None, typer.Option("--model")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing draft file.")] = False,
) -> None:
    """Draft candidate questions ("reviewed": false) from a transcript, for a person to review."""
    from eval.generate import draft_questions, drafts_path, write_drafts

    transcript = _load_transcript(source, index)
    target = out or drafts_path(transcript.id)
    if target.exists() and not force:
        raise typer.BadParameter(f"{target} exists (it may hold reviews in progress); pass --force to overwrite", param_hint="--out")
    complete = None
    if llm is not None and llm is not LLM.none:  # the model comes with an assistant (needs an index)
        from eval.runner import llm_complete

        assistant = open_assistant(_settings(index, llm=llm.value, llm_base_url=base_url, llm_model=model))
        complete, reason = llm_complete(assistant)
        if complete is None:
            raise typer.BadParameter(reason, param_hint="--llm")
    drafts = draft_questions(transcript, n=n, complete=complete)
    write_drafts(drafts, target)
    typer.echo(f"{len(drafts)} draft questions for {transcript.id} written to {target} (\"reviewed\": false).")


def _load_transcript(source: str, index: Path | None) -> Any:
    path = Path(source)
    if path.exists():
        from ingest.detect import parse_file

        return parse_file(path)
    from ingest.catalog import IndexLayout, load_transcript

    settings = _settings(index)
    transcript = load_transcript(IndexLayout(settings.index_dir), source)
    if transcript is None:
        raise typer.BadParameter(f"{source} is neither a file nor a document of the index {settings.index_dir}",
                                 param_hint="SOURCE")
    return transcript


@eval_app.command()
def calibrate(
    dev: Annotated[list[Path] | None, typer.Option("--dev", help="Labelled development questions, a file or a folder (never a golden set); repeatable.")] = None,
    index: IndexOpt = None,
    write: Annotated[bool, typer.Option("--write", help="Save the fitted answerability model to assistant/answerability.json.")] = False,
    thresholds: Annotated[bool, typer.Option("--thresholds", help="Also re-fit the abstention thresholds (grid search); with --write, save them to assistant/calibration.json.")] = False,
    cache: Annotated[Path | None, typer.Option("--cache", help="Keep the answerability observations in this folder, keyed by the code, questions and index, so a re-fit on unchanged code skips asking every question (features are recomputed).")] = None,
) -> None:
    """Fit the answerability model on the development set and measure it leave-one-debate-out."""
    from eval.golden_set import GoldenSetError, load_questions

    paths = dev or [REPO / "eval" / "dev.jsonl", REPO / "eval" / "dev"]
    for path in paths:
        _existing(path, "--dev")
        if "golden" in path.resolve().parts:
            raise typer.BadParameter("calibrate on eval/dev.jsonl or eval/dev/, not on a golden set (the gate would grade its own tuning)",
                                     param_hint="--dev")
    try:
        questions = load_questions(*paths)
    except GoldenSetError as exc:
        raise typer.BadParameter(str(exc), param_hint="--dev") from exc
    settings = _settings(index)
    assistant = open_assistant(settings)
    if thresholds:
        _fit_thresholds(assistant, questions, paths, write)
    _fit_answerability(assistant, questions, paths, write, cache, settings)


def _fit_thresholds(assistant: Any, questions: list[Any], paths: list[Path], write: bool) -> None:
    from eval.calibrate import confusion_text, fit, observe, score

    observations = observe(assistant, questions, progress=_progress(len(questions), False))
    before, after = score(assistant.policy, observations), fit(assistant.policy, observations)
    for label, f in (("current", before), ("fitted", after)):
        fields = {k: v for k, v in vars(f.policy).items() if isinstance(v, float)}
        typer.echo(f"\n{label} policy {fields}: balanced accuracy {f.balanced_accuracy:.3f}, accuracy {f.accuracy:.3f}")
        typer.echo(confusion_text(f))
    if write:
        after.policy.save(fitted_on=", ".join(_shown(p) for p in paths), accuracy=round(after.balanced_accuracy, 4),
                          metric="balanced_accuracy", questions=len(observations), confusion=after.confusion)
        typer.echo("\nSaved to assistant/calibration.json.")


def _fit_answerability(assistant: Any, questions: list[Any], paths: list[Path], write: bool,
                       cache: Path | None = None, settings: Any = None) -> None:
    from eval.answerability_fit import (
        cached_observations,
        expected_calibration_error,
        fit_model,
        leave_one_debate_out,
        observation_key,
        observe,
        render_fit,
    )

    def collect() -> list[Any]:
        return observe(assistant, questions, progress=_progress(len(questions), False))

    if cache is None:
        observations = collect()
    else:
        key = observation_key(paths, Path(settings.index_dir), settings)
        observations, hit = cached_observations(cache, key, assistant.policy, collect)
        typer.echo(f"observations {'read from' if hit else 'stored in'} {cache} (key {key})", err=True)
    held = leave_one_debate_out(observations)
    ece, _ = expected_calibration_error(held)
    model = fit_model(observations, fitted_on=", ".join(_shown(p) for p in paths), questions=len(observations),
                      lodo_ece=ece)
    typer.echo(render_fit(model, held))
    if write:
        model.save()
        typer.echo("\nSaved to assistant/answerability.json.")
    else:
        typer.echo("\nNot saved (pass --write to save).")
