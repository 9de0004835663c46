"""HTML for answers, citation cards and the transcript view.

Transcript text is untrusted (a speech may quote ``<script>``; a file may be hostile): every value
that comes from a transcript, a question or an answer goes through `esc` before it touches markup,
and nothing in the web surface builds HTML anywhere else. Markup is emitted on one line with no
blank lines so the chat's Markdown renderer treats it as a single raw HTML block.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from assistant.answering import format_date
from assistant.models import Answer, Citation
from ingest.exchanges import with_exchanges
from ingest.models import Role, Transcript, Turn, TurnId
from ingest.profiles.language import language_profile

STATIC = Path(__file__).resolve().parent / "static"

ROLE_LABELS: dict[Role, str] = {
    "member": "Member of parliament",
    "minister": "Minister",
    "state_secretary": "State secretary",
    "chair": "Chair",
    "other": "",
}
_REF = re.compile(r"\[(\d{1,3})\]")


def esc(value: object) -> str:
    """``value`` as text that is safe inside HTML elements and quoted attributes."""
    return "" if value is None else html.escape(str(value), quote=True)


@lru_cache(maxsize=8)
def static_text(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def page_csp(*, form_action: str = "'none'") -> str:
    """The Content-Security-Policy of the pages built here (transcript view, not found, sign
    in): nothing may load or run except their one inline stylesheet, allowed by its hash, so
    even a transcript that smuggled markup past `esc` could not run a script or load anything.
    ``form_action`` is ``'self'`` for the sign-in form."""
    digest = base64.b64encode(hashlib.sha256(static_text("transcript.css").encode("utf-8")).digest()).decode()
    return (f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; "
            f"form-action {form_action}")


# -- links ------------------------------------------------------------------------------------


class _Request(Protocol):
    """What `base_url` reads of a Gradio event's request."""

    @property
    def url(self) -> object: ...


def base_url(request: _Request | None, mount: str) -> str:
    """This server's public base URL (scheme, host, root path), from the request of the event,
    so citation links work on the page, in an iframe and in a web component on another site."""
    if request is None:
        return ""
    base = str(request.url).split("/gradio_api/", 1)[0].rstrip("/")
    mount = mount.rstrip("/")
    return base[: -len(mount)] if mount and base.endswith(mount) else base


def transcript_url(base: str, doc_id: str, turn_index: int | None = None,
                   quote_span: tuple[int, int] | None = None) -> str:
    """``{base}/transcript/{doc_id}[?turn=..&quote=s-e]#turn-N``: the debate opened at a turn."""
    url = f"{base}/transcript/{quote(doc_id, safe='')}"
    if turn_index is None:
        return url
    if quote_span is not None:
        url += f"?turn={turn_index}&quote={quote_span[0]}-{quote_span[1]}"
    return url + f"#turn-{turn_index}"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~-])")


def turn_link_markdown(base: str, turn_id: str, quote_span: tuple[int, int] | None = None) -> str:
    """A Markdown link to the debate opened at turn ``turn_id`` (with the quote marked), its text the
    turn's short id ("t0121"): for a table cell that renders Markdown. Only ids go into it, never
    transcript text, and the text is escaped, so a cell can link and nothing else. Text that is not
    a turn id (`TurnId`) is shown escaped, without a link."""
    try:
        turn = TurnId.parse(turn_id)
    except ValueError:
        return _MARKDOWN_SPECIAL.sub(r"\\\1", "t" + turn_id.rpartition(":t")[2])
    return f"[t{turn.index:04d}]({transcript_url(base, turn.doc_id, turn.index, quote_span)})"


# -- speaker labels ---------------------------------------------------------------------------


def speaker_name(c: Citation | Turn) -> str:
    """"Minister Blok", "Van Nispen": the office is part of how a cabinet member is named."""
    if c.role == "minister" and not c.is_chair:
        return f"Minister {c.speaker}"
    if c.role == "state_secretary" and not c.is_chair:
        return f"Staatssecretaris {c.speaker}"
    return c.speaker


def speaker_function(c: Citation | Turn) -> str:
    """The office as the transcript gives it, else a plain role label."""
    if c.is_chair:
        return "Chair of the meeting"
    return c.function or ROLE_LABELS.get(c.role, "")


def location(page: int | None, start_time: str | None) -> str:
    if page is not None:
        return f"p. {page}"
    if start_time and len(start_time) >= 16:
        return start_time[11:16]
    return ""


def _party(party: str | None) -> str:
    return f'<span class="da-party">{esc(party)}</span>' if party else ""


# -- answers ----------------------------------------------------------------------------------


def _with_refs(escaped: str) -> str:
    return _REF.sub(r'<span class="da-ref" title="source \1">\1</span>', escaped)


def answer_text_html(text: str) -> str:
    """The answer text: paragraphs, ``- `` lines as a list, ``[n]`` as source badges."""
    parts: list[str] = []
    items: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith(("- ", "• ")):
            items.append(f"<li>{_with_refs(esc(line[2:]))}</li>")
            continue
        if items:
            parts.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if line:
            parts.append(f"<p>{_with_refs(esc(line))}</p>")
    if items:
        parts.append(f"<ul>{''.join(items)}</ul>")
    return "".join(parts)


def highlighted_turn(text: str, start: int, end: int) -> str:
    """The whole turn, escaped, with ``text[start:end]`` inside ``<mark>``."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if end <= start:
        return esc(text)
    return f"{esc(text[:start])}<mark>{esc(text[start:end])}</mark>{esc(text[end:])}"


def card_html(c: Citation, base: str, *, closest: bool = False) -> str:
    """One citation as a card: who, in which debate, when, where; opening it shows the full turn
    with the quote highlighted and a link to the debate at that turn."""
    source = " · ".join(esc(p) for p in (c.doc_title, format_date(c.date, "en"), location(c.page, c.start_time)) if p)
    link = transcript_url(base, c.doc_id, c.turn_index, (c.quote_start, c.quote_end))
    kind = " da-closest" if closest else ""
    return (
        f'<details class="da-card{kind}" data-turn="{esc(c.turn_id)}">'
        f'<summary><span class="da-num">{c.n}</span><span class="da-head">'
        f'<span class="da-who"><span class="da-speaker">{esc(speaker_name(c))}</span>{_party(c.party)}'
        f'<span class="da-function">{esc(speaker_function(c))}</span></span>'
        f'<span class="da-source">{source}</span>'
        f'<span class="da-quote">“{esc(c.quote)}”</span></span></summary>'
        f'<div class="da-card-body">{_asked_html(c, base)}{_dated_html(c, base)}<p class="da-turn">{highlighted_turn(c.text, c.quote_start, c.quote_end)}</p>'
        f'<a class="da-open" href="{esc(link)}" target="_blank" rel="noopener">Open the debate at this turn ↗</a>'
        "</div></details>"
    )


def _asked_html(c: Citation, base: str) -> str:
    """The member's request a cited commitment answers, in the member's own words, with a link to
    the member's turn: "Dat zal ik doen." needs it to be read."""
    if not c.asked or not c.asked_by:
        return ""
    link = transcript_url(base, c.doc_id, c.asked_turn_index)
    return (f'<p class="da-asked">In answer to <span class="da-speaker">{esc(c.asked_by)}</span>: “{esc(c.asked)}” '
            f'<a href="{esc(link)}" target="_blank" rel="noopener">↗</a></p>')


def _dated_html(c: Citation, base: str) -> str:
    """Where a cited commitment's deadline was said, when its quote does not say it (a later turn,
    the chair's list), with a link to that turn: the notice's deadline can then be checked."""
    if not c.dated or not c.dated_by:
        return ""
    link = transcript_url(base, c.doc_id, c.dated_turn_index)
    return (f'<p class="da-dated">Deadline as said by <span class="da-speaker">{esc(c.dated_by)}</span>: “{esc(c.dated)}” '
            f'<a href="{esc(link)}" target="_blank" rel="noopener">↗</a></p>')


def _footer(answer: Answer) -> str:
    bits = []
    total = answer.timings_ms.get("total")
    if total is not None:
        bits.append(f'<span class="da-time" title="time to answer">{total / 1000:.1f} s</span>')
    if answer.standalone_question:
        bits.append(f"<span>understood as “{esc(answer.standalone_question)}”</span>")
    if answer.backend != "extractive":
        bits.append(f"<span>{esc(answer.backend)}</span>")
    return f'<div class="da-foot">{" · ".join(bits)}</div>' if bits else ""


def confidence_html(answer: Answer) -> str:
    """How sure the answer is, in words (and the calibrated probability on hover), so that a
    reader knows when to check the quotes before relying on them."""
    say = language_profile(answer.language).messages
    words = {"answered": say.answered, "probably answered": say.probably_answered}.get(answer.confidence_label or "")
    if words is None:
        return ""
    kind = "da-sure" if answer.confidence_label == "answered" else "da-probable"
    title = f' title="confidence {answer.confidence:.2f}"' if answer.confidence is not None else ""
    return f'<div class="da-confidence {kind}"{title}>{esc(words)}</div>'


def answer_html(answer: Answer, base: str) -> str:
    """A whole chat reply. A not-found reply looks different on purpose: an amber box that says
    so, and its nearest passages labelled as not answering the question."""
    notice = f'<p class="da-notice">{esc(answer.notice)}</p>' if answer.notice else ""
    if answer.answerable:
        cards = "".join(card_html(c, base) for c in answer.citations)
        label = esc(language_profile(answer.language).messages.sources)
        return (f'<div class="da-answer">{confidence_html(answer)}{notice}<div class="da-text">{answer_text_html(answer.answer)}</div>'
                f'<div class="da-sources"><div class="da-label">{label}</div>{cards}</div>{_footer(answer)}</div>')
    say = language_profile(answer.language).messages
    head, label = esc(say.not_found_head), esc(say.closest)
    closest = "".join(card_html(c, base, closest=True) for c in answer.closest)
    closest_block = f'<div class="da-sources"><div class="da-label">{label}</div>{closest}</div>' if closest else ""
    return (f'<div class="da-answer da-notfound"><div class="da-nf-head">{head}</div>{notice}'
            f'<div class="da-text">{answer_text_html(answer.answer)}</div>{closest_block}{_footer(answer)}</div>')


def pending_html(text: str = "") -> str:
    """The reply while it is being produced (streamed text so far, or a searching note)."""
    if text:
        return f'<div class="da-answer da-pending"><div class="da-text">{answer_text_html(text)}</div></div>'
    return '<div class="da-answer da-pending"><p class="da-searching">Searching the transcripts…</p></div>'


def error_html(message: str) -> str:
    return f'<div class="da-answer da-error"><p>{esc(message)}</p></div>'


# -- transcript view --------------------------------------------------------------------------


def _exchange_label(turn: Turn) -> str:
    """Who challenges whom, in words (the view must not rely on indentation or colour alone)."""
    if turn.exchange_role == "challenge":
        words = f"Interruption: {turn.challenger} challenges {turn.challenged}"
    else:
        words = f"Reply by {turn.speaker} to {turn.challenger}"
    target = (f' <a class="tv-xref" href="#turn-{turn.interrupts_turn}">(interrupts #{turn.interrupts_turn})</a>'
              if turn.interrupts_turn is not None and turn.exchange_position == 0 else "")
    return f'<span class="tv-xrole">↳ {esc(words)}</span>{target}'


def _turn_html(turn: Turn, highlight: tuple[int, int, int] | None, inside_exchange: bool = False) -> str:
    cited = highlight is not None and highlight[0] == turn.index
    text = highlighted_turn(turn.text, highlight[1], highlight[2]) if highlight is not None and cited else esc(turn.text)
    classes = ("tv-turn" + (" tv-chair" if turn.is_chair else "") + (" tv-cited" if cited else "")
               + (" tv-in-exchange" if inside_exchange or turn.exchange_id else ""))
    where = location(turn.page, turn.start_time)
    exchange = ""
    if turn.exchange_id:
        exchange = (f' data-exchange="{esc(turn.exchange_id)}" data-exchange-role="{esc(turn.exchange_role)}"'
                    f' aria-label="{esc(_exchange_words(turn))}"')
    return (
        f'<li class="{classes}" id="turn-{turn.index}"{exchange}>'
        + (f'<div class="tv-xhead">{_exchange_label(turn)}</div>' if turn.exchange_id else "")
        + '<div class="tv-who">'
        f'<a class="tv-anchor" href="#turn-{turn.index}" title="link to this turn">#{turn.index}</a>'
        f'<span class="tv-speaker">{esc(speaker_name(turn))}</span>'
        + (f'<span class="tv-party">{esc(turn.party)}</span>' if turn.party else "")
        + f'<span class="tv-function">{esc(speaker_function(turn))}</span>'
        + (f'<span class="tv-loc">{esc(where)}</span>' if where else "")
        + f'</div><p class="tv-text">{text}</p></li>'
    )


def _exchange_words(turn: Turn) -> str:
    if turn.exchange_role == "challenge":
        return f"Turn {turn.index}, interruption by {turn.challenger} of {turn.challenged}"
    return f"Turn {turn.index}, reply by {turn.speaker} to {turn.challenger}"


def _exchange_spans(transcript: Transcript) -> list[tuple[int, int]]:
    """First and last turn index of each exchange: the chair's turns between them are shown
    indented with the exchange they interrupt."""
    spans: dict[str, tuple[int, int]] = {}
    for turn in transcript.turns:
        if turn.exchange_id:
            first, _last = spans.get(turn.exchange_id, (turn.index, turn.index))
            spans[turn.exchange_id] = (first, turn.index)
    return list(spans.values())


def _events_after(transcript: Transcript) -> dict[int, list[str]]:
    events: dict[int, list[str]] = {}
    for event in transcript.events:
        events.setdefault(event.after_turn, []).append(event.text)
    return events


def _items(transcript: Transcript, highlight: tuple[int, int, int] | None) -> Iterable[str]:
    events = _events_after(transcript)
    spans = _exchange_spans(transcript)
    for text in events.get(-1, []):
        yield f'<li class="tv-event">{esc(text)}</li>'
    for turn in transcript.turns:
        inside = any(first < turn.index < last for first, last in spans)
        yield _turn_html(turn, highlight, inside)
        for text in events.get(turn.index, []):
            yield f'<li class="tv-event">{esc(text)}</li>'


def transcript_page(transcript: Transcript, base: str, highlight: tuple[int, int, int] | None = None) -> str:
    """The whole debate, every turn with its speaker; ``#turn-N`` anchors each turn and
    ``highlight`` (turn index, quote start, quote end) marks a cited quote."""
    t = with_exchanges(transcript)
    meta = " · ".join(esc(p) for p in (format_date(t.date, "en"), t.chamber, t.committee, t.kind,
                                        f"{len(t.turns)} turns") if p)
    people = f'<p class="tv-people">Participants: {esc(", ".join(t.participants))}</p>' if t.participants else ""
    return (
        f'<!doctype html><html lang="{esc(t.language)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(t.title)} · transcript</title><style>{static_text('transcript.css')}</style></head><body>"
        f'<header class="tv-header"><a class="tv-back" href="{esc(base)}/">← Debate assistant</a>'
        f'<h1>{esc(t.title)}</h1><p class="tv-meta">{meta}</p>{people}</header>'
        f'<main><ol class="tv-turns">{"".join(_items(t, highlight))}</ol></main></body></html>'
    )


def simple_page(title: str, body: str) -> str:
    """A small standalone page (not found, login) in the transcript view's style; ``body`` is
    markup built by the caller from escaped values."""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{static_text('transcript.css')}</style></head>"
        f'<body><main class="tv-simple"><h1>{esc(title)}</h1>{body}</main></body></html>'
    )


def login_page(next_path: str, action: str, error: str | None = None) -> str:
    problem = f'<p class="tv-error">{esc(error)}</p>' if error else ""
    return simple_page(
        "Debate assistant: sign in",
        f"{problem}<p>This assistant needs an access token. Ask the administrator for it.</p>"
        f'<form method="post" action="{esc(action)}" class="tv-login">'
        f'<input type="hidden" name="next" value="{esc(next_path)}">'
        '<label>Access token <input type="password" name="token" autocomplete="current-password" autofocus required></label>'
        '<button type="submit">Sign in</button></form>',
    )
