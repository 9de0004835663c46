"""Rendering an eval result: the terminal tables, and the report directory (``result.json``,
``report.md``, ``report.html``, plots, and ``history.jsonl`` with one line per run).

History is appended, never rewritten, so the metric-history plot shows the trend across the
changes a maintainer made, and the report of a regression shows where it started.
"""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from eval.runner import failures

HISTORY_METRICS = ("retrieval.hit@5", "retrieval.mrr@10", "answers.key_fact_recall", "citations.recall",
                   "attribution.accuracy", "abstention.accuracy")
TAG_COLUMNS = (("hit@1", "retrieval.hit@1"), ("hit@5", "retrieval.hit@5"), ("MRR", "retrieval.mrr@10"),
               ("rec@10", "retrieval.recall@10"), ("facts", "answers.key_fact_recall"),
               ("gold cited", "answers.cites_gold"), ("cit.P", "citations.precision"), ("cit.R", "citations.recall"),
               ("speaker", "attribution.accuracy"), ("abst.acc", "abstention.accuracy"))
MAX_LISTED_FAILURES = 25


def fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.0f}" if value.is_integer() and abs(value) >= 2 else f"{value:.3f}"
    return str(value)


def metric_rows(result: Mapping[str, Any]) -> list[list[str]]:
    """Metric, value, baseline, delta, threshold, tolerance, status: one row per metric."""
    rows = []
    for r in result["gate"]["rows"]:
        delta = r.get("delta")
        shown = "" if delta is None else "±0" if abs(delta) < 5e-4 else f"{delta:+.3f}"
        rows.append([r["metric"], fmt(r["value"]), fmt(r["baseline"]), shown, fmt(r["threshold"]),
                     fmt(r["tolerance"]), r["status"]])
    return rows


def group_rows(result: Mapping[str, Any]) -> list[list[str]]:
    """One row per group (overall, each tag, each format) with the key metrics."""
    rows = [["overall", str(result["questions"]), *(fmt(result["metrics"].get(k)) for _, k in TAG_COLUMNS)]]
    for name, values in result["groups"].items():
        rows.append([name, str(values["n"]), *(fmt(values.get(k)) for _, k in TAG_COLUMNS)])
    return rows


def render_terminal(result: Mapping[str, Any], console: Any = None) -> None:
    """Rich tables: metrics against the gate, metrics per tag/format, failures, verdict."""
    from rich.console import Console
    from rich.table import Table

    if console is None:
        console = Console()
        if not console.is_terminal:  # a CI log: wide enough that no metric name is cut
            console = Console(width=160)
    colour = {"ok": "green", "below threshold": "bold red", "dropped": "bold red", "report": "dim", "n/a": "dim"}
    table = Table(title=f"debate eval: {result['questions']} questions ({result['subset']} subset)")
    for col in ("metric", "value", "baseline", "Δ", "threshold", "tolerance", "status"):
        table.add_column(col, justify="left" if col in ("metric", "status") else "right", no_wrap=col == "metric")
    for row in metric_rows(result):
        table.add_row(*row[:-1], f"[{colour.get(row[-1], 'white')}]{row[-1]}[/]")
    console.print(table)
    per_tag = Table(title="per tag and format")
    for col in ("group", "n", *(c for c, _ in TAG_COLUMNS)):
        per_tag.add_column(col, justify="left" if col == "group" else "right", no_wrap=col == "group")
    for row in group_rows(result):
        per_tag.add_row(*row)
    console.print(per_tag)
    judge = result["judge"]
    console.print(f"LLM judge: {judge['status']}" + (f" ({judge['reason']})" if judge.get("reason") else ""))
    rows = failures(result)
    if rows:
        console.print(f"\n[bold]Failing questions[/] ({len(rows)}; worst first):")
        for row in rows[:MAX_LISTED_FAILURES]:
            reasons = "; ".join(f"{c}: {why}" for c, why in row["reasons"].items())
            console.print(f"  {row['id']}: {reasons}", markup=False, highlight=False)
        if len(rows) > MAX_LISTED_FAILURES:
            console.print(f"  ... and {len(rows) - MAX_LISTED_FAILURES} more (see the report)")
    for flip in result["gate"]["flips"]:
        console.print(f"[red]flipped[/] {flip}", highlight=False)
    style = "bold green" if result["gate"]["passed"] else "bold red"
    console.print(f"\n[{style}]{result['gate']['verdict']}[/]", highlight=False)


def _table_md(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)


def markdown(result: Mapping[str, Any], plots: Sequence[str] = ()) -> str:
    """The report as Markdown (plots referenced as files next to it)."""
    parts = [f"# debate eval: {result['started']}", "", f"**{result['gate']['verdict']}**", "",
             f"{result['questions']} questions, {result['subset']} subset, {result['runtime_s']} s. "
             f"Config: `{json.dumps(result['config'], ensure_ascii=False)}`", "", "## Metrics", "",
             _table_md(("metric", "value", "baseline", "Δ", "threshold", "tolerance", "status"), metric_rows(result)),
             "", "## Per tag and format", "",
             _table_md(("group", "n", *(c for c, _ in TAG_COLUMNS)), group_rows(result)), ""]
    parts += [f"![{Path(p).stem}]({Path(p).name})" for p in plots]
    judge = result["judge"]
    parts += ["", f"LLM judge: {judge['status']}" + (f" ({judge['reason']})" if judge.get("reason") else ""), ""]
    if result["gate"]["flips"]:
        parts += ["## Checks that flipped from pass to fail", "", *(f"- {f}" for f in result["gate"]["flips"]), ""]
    if result["wrong_speakers"]:
        parts += ["## Wrong speakers", "", *(f"- {w['question']}: cited {w['cited']} ({w['turn_id']}), expected "
                                             f"{', '.join(w['expected'])}" for w in result["wrong_speakers"]), ""]
    rows = failures(result)
    parts += ["## Failing questions", "", f"{len(rows)} questions fail at least one check.", ""]
    parts += [f"- **{r['id']}** ({', '.join(r['tags'])}): " + "; ".join(f"{c}: {w}" for c, w in r["reasons"].items())
              for r in rows]
    return "\n".join(parts) + "\n"


NO_CHARTS = ("The charts were left out: they need matplotlib, in the bench extra "
             "(pip install -e '.[bench]'; `make setup` installs it).")


def charts_available() -> bool:
    """Whether matplotlib (the ``bench`` extra) is installed: the report is complete without
    its charts, so the gate never fails for want of a plotting library."""
    import importlib.util

    return importlib.util.find_spec("matplotlib") is not None


def plot(result: Mapping[str, Any], history: Sequence[Mapping[str, Any]], out_dir: Path) -> list[Path]:
    """``history.png`` (key metrics per run of the same subset) and ``tags.png`` (per-tag bars)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    paths = []
    runs = [h for h in history if h.get("subset") == result["subset"]]
    fig, ax = plt.subplots(figsize=(8, 4))
    for name in HISTORY_METRICS:
        ax.plot(range(1, len(runs) + 1), [h["metrics"].get(name) for h in runs], marker="o", label=name)
    ax.set(xlabel=f"run ({result['subset']} subset)", ylabel="score", ylim=(0, 1.05), title="metric history")
    ax.legend(fontsize=7, loc="lower left")
    fig.tight_layout()
    paths.append(out_dir / "history.png")
    fig.savefig(paths[-1], dpi=100)
    plt.close(fig)
    tags = [k for k in result["groups"] if k.startswith("tag:")]
    fig, ax = plt.subplots(figsize=(10, 4))
    width = 0.27
    for i, (label, key) in enumerate((("hit@5", "retrieval.hit@5"), ("key facts", "answers.key_fact_recall"),
                                      ("abstention acc.", "abstention.accuracy"))):
        values = [result["groups"][t].get(key) or 0.0 for t in tags]
        ax.bar([x + (i - 1) * width for x in range(len(tags))], values, width, label=label)
    ax.set_xticks(range(len(tags)), [t[4:] for t in tags], rotation=30, ha="right", fontsize=8)
    ax.set(ylim=(0, 1.05), title="per tag")
    ax.legend(fontsize=7)
    fig.tight_layout()
    paths.append(out_dir / "tags.png")
    fig.savefig(paths[-1], dpi=100)
    plt.close(fig)
    bins = (result.get("calibration") or {}).get("bins") or []
    if bins:
        paths.append(_reliability_plot(plt, result["calibration"], out_dir / "reliability.png"))
    return paths


def _reliability_plot(plt: Any, calibration: Mapping[str, Any], path: Path) -> Path:
    """Mean confidence against the share of answers that cite a gold turn, per bin: on the
    diagonal when the confidence means what it says."""
    bins = calibration["bins"]
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", linewidth=1, label="perfect calibration")
    ax.plot([b["confidence"] for b in bins], [b["accuracy"] for b in bins], marker="o", label="answers")
    for b in bins:
        ax.annotate(str(b["n"]), (b["confidence"], b["accuracy"]), fontsize=7, xytext=(3, 3), textcoords="offset points")
    ax.set(xlim=(0, 1), ylim=(0, 1.05), xlabel="confidence", ylabel="cites a gold turn",
           title=f"reliability (ECE {calibration['ece']:.3f}, {calibration['questions']} questions)")
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def _table_html(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def html_report(result: Mapping[str, Any], plots: Sequence[Path]) -> str:
    """A self-contained HTML page (plots inlined), the same content as the Markdown."""
    esc = html.escape
    passed = result["gate"]["passed"]
    images = "".join(
        f'<figure><img alt="{p.stem}" src="data:image/png;base64,{base64.b64encode(p.read_bytes()).decode()}"></figure>'
        for p in plots
    )
    lists = ""
    for title, items in (("Checks that flipped from pass to fail", result["gate"]["flips"]),
                         ("Wrong speakers", [f"{w['question']}: cited {w['cited']} ({w['turn_id']}), expected "
                                             f"{', '.join(w['expected'])}" for w in result["wrong_speakers"]]),
                         ("Failing questions", [f"{r['id']} ({', '.join(r['tags'])}): "
                                                + "; ".join(f"{c}: {w}" for c, w in r["reasons"].items())
                                                for r in failures(result)])):
        if items:
            lists += f"<h2>{esc(title)}</h2><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"
    judge = result["judge"]
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>debate eval</title><style>"
        "body{font-family:sans-serif;max-width:80em;margin:2em auto;padding:0 1em}"
        "table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
        "td:first-child,th:first-child{text-align:left}img{max-width:100%}.pass{color:#070}.fail{color:#b00}"
        "</style></head><body>"
        f"<h1>debate eval: {esc(result['started'])}</h1>"
        f"<p class='{'pass' if passed else 'fail'}'><b>{esc(result['gate']['verdict'])}</b></p>"
        f"<p>{result['questions']} questions, {esc(result['subset'])} subset, {result['runtime_s']} s. "
        f"Config: <code>{esc(json.dumps(result['config'], ensure_ascii=False))}</code></p>"
        "<h2>Metrics</h2>"
        + _table_html(("metric", "value", "baseline", "Δ", "threshold", "tolerance", "status"), metric_rows(result))
        + "<h2>Per tag and format</h2>"
        + _table_html(("group", "n", *(c for c, _ in TAG_COLUMNS)), group_rows(result))
        + images
        + f"<p>LLM judge: {esc(judge['status'])}" + (f" ({esc(judge['reason'])})" if judge.get("reason") else "") + "</p>"
        + lists + "</body></html>\n"
    )


def write_report(result: Mapping[str, Any], out_dir: Path) -> list[Path]:
    """Append to ``history.jsonl`` and write ``result.json``, the plots, ``report.md`` and ``report.html``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    history_file = out_dir / "history.jsonl"
    entry = {"started": result["started"], "subset": result["subset"], "config": result["config"],
             "metrics": result["metrics"], "passed": result["gate"]["passed"]}
    with history_file.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    history = [json.loads(line) for line in history_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    (out_dir / "result.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    plots = plot(result, history, out_dir) if charts_available() else []
    text = markdown(result, [str(p) for p in plots]) + ("" if plots else f"\n{NO_CHARTS}\n")
    (out_dir / "report.md").write_text(text, encoding="utf-8")
    (out_dir / "report.html").write_text(html_report(result, plots), encoding="utf-8")
    return [out_dir / "result.json", out_dir / "report.md", out_dir / "report.html", *plots, history_file]
