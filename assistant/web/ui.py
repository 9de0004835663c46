"""The Gradio chats: the full page (chat plus filters) at ``/`` and a compact one for a sidebar
at ``/embed``. Callbacks are thin: read the inputs, call `Assistant.stream`, render with
`assistant.web.render`.

Each browser session keeps the JSON of its answers (``gr.State``), aligned with the chat's
assistant messages: it is the follow-up history passed to the assistant and what a helpful/wrong
click is stored with.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

import gradio as gr

from assistant.answering import format_date
from assistant.live import LiveAssistant
from assistant.models import Answer
from assistant.service import Assistant
from assistant.web.commitments_tab import build_commitments_tab
from assistant.web.feedback import FeedbackLog
from assistant.web.index_status import add_banner, follow_indexing
from assistant.web.motions_tab import build_motions_tab
from assistant.web.render import answer_html, base_url, error_html, esc, pending_html, static_text
from ingest.errors import DebateError

log = logging.getLogger("debate.web")

UI_CONCURRENCY = 16
"""Chat events answered at once per Gradio app (Gradio's default is 1). `Assistant` is read-only
and thread-safe and torch releases the GIL, so parallel questions share the CPU instead of
waiting in line; the bound keeps memory predictable."""

EXAMPLES = (
    "What did the minister say about 13 Oceans?",
    "Wat zei Van Nispen over de Nationaal Rapporteur?",
    "Wat zei Van Toorenburg over uitgebuite kinderen?",
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

Chat = list[dict[str, Any]]
Answers = list[dict[str, Any] | None]
"""The answer JSON behind each assistant message of a chat (None for an error reply)."""
Reply = Iterator[tuple[Chat, Answers, str]]
"""What a chat callback yields as the answer streams: the chat, its answers, the question box."""


def filters_from(debates: list[str] | None, speakers: list[str] | None, parties: list[str] | None,
                 date_from: str | None, date_to: str | None) -> dict[str, Any]:
    """The filter widgets as `Assistant.ask` filters; raises ``ValueError`` for a bad date."""
    filters: dict[str, Any] = {"doc_ids": debates or [], "speakers": speakers or [], "parties": parties or []}
    for key, value in (("date_from", date_from), ("date_to", date_to)):
        value = (value or "").strip()[:10]
        if value and not _ISO_DATE.fullmatch(value):
            raise ValueError(f"Dates are written YYYY-MM-DD, e.g. 2017-02-16 (got “{value}”).")
        if value:
            filters[key] = value
    return {k: v for k, v in filters.items() if v}


def answer_stream(assistant: Assistant | LiveAssistant, question: str, chat: Chat, answers: list[dict[str, Any] | None],
                  filters: dict[str, Any] | None, base: str) -> Iterator[tuple[Chat, list[dict[str, Any] | None]]]:
    """Yield the chat as the reply grows: a pending bubble, streamed text, the final answer."""
    chat = [*chat, {"role": "user", "content": question}, {"role": "assistant", "content": pending_html()}]
    yield chat, answers
    history = [a for a in answers if a is not None]
    text, final = "", None
    try:
        for item in assistant.stream(question, history, filters):
            if isinstance(item, Answer):
                final = item
            elif item:
                text += item
                chat[-1] = {"role": "assistant", "content": pending_html(text)}
                yield chat, answers
    except DebateError as exc:
        chat[-1] = {"role": "assistant", "content": error_html(str(exc))}
        yield chat, [*answers, None]
        return
    except Exception:  # the chat must not hang on a bug; the log keeps the traceback
        log.exception("answering %r failed", question)
        chat[-1] = {"role": "assistant", "content": error_html("Something went wrong while answering; please try again.")}
        yield chat, [*answers, None]
        return
    assert final is not None
    chat[-1] = {"role": "assistant", "content": answer_html(final, base)}
    yield chat, [*answers, final.to_dict()]


def _answer_for_message(chat: Chat, answers: list[dict[str, Any] | None], index: int) -> dict[str, Any] | None:
    """The answer JSON behind assistant message ``index`` of ``chat``."""
    position = sum(1 for m in chat[:index] if m.get("role") == "assistant")
    return answers[position] if 0 <= position < len(answers) else None


def feedback_handler(feedback: FeedbackLog, source: str) -> Callable[[Chat, Answers, gr.LikeData], None]:
    def on_like(chat: Chat, answers: list[dict[str, Any] | None], data: gr.LikeData) -> None:
        if not isinstance(data.liked, bool) or not isinstance(data.index, int):
            return  # a click that removes an earlier rating
        answer = _answer_for_message(chat, answers, data.index)
        if answer is None:
            return
        feedback.record("helpful" if data.liked else "wrong", answer, source=source)
        gr.Info("Thank you, your feedback was saved.")

    return on_like


def _choices(assistant: Assistant | LiveAssistant) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[str]]:
    debates = [(f"{d.get('title') or d['id']} ({format_date(d.get('date'), 'en')})", d["id"])
               for d in assistant.documents()]
    people = assistant.speakers()
    speakers = [(p["name"] + (f" ({', '.join(p['parties'])})" if p["parties"] else ""), p["name"]) for p in people]
    parties = sorted({party for p in people for party in p["parties"]})
    return debates, speakers, parties


_HEADER = (
    '<div class="da-header"><div class="da-brand"><span class="da-logo">⚖</span>'
    '<div><div class="da-title">Debate assistant</div>'
    '<div class="da-subtitle">Questions about Dutch parliamentary debates, answered with the exact words '
    "spoken: every quote links to the speaker turn it comes from.</div></div></div></div>"
)
_PLACEHOLDER = (
    '<div class="da-empty"><strong>Ask about the debates, in English or Dutch.</strong><br>'
    "Answers quote the transcripts word for word. Open a source to read the whole turn.</div>"
)


def build_chat_ui(assistant: Assistant | LiveAssistant, feedback: FeedbackLog) -> gr.Blocks:
    """The full page: header, chat with sources, filters beside it."""
    debates, speakers, parties = _choices(assistant)
    blocks: gr.Blocks
    with gr.Blocks(title="Debate assistant", analytics_enabled=False) as blocks:
        answers = gr.State([])
        gr.HTML(_HEADER, padding=False)
        banner = add_banner(assistant)  # indexing progress (serving while indexing)
        with gr.Tabs(elem_id="da-tabs"):
            with gr.Tab("Chat", id="chat"), gr.Row(equal_height=False, elem_classes="da-main"):
                with gr.Column(scale=3, min_width=420):
                    chatbot = gr.Chatbot(
                        elem_id="da-chat", show_label=False, height="calc(100vh - 260px)", min_height=420,
                        layout="panel", placeholder=_PLACEHOLDER, latex_delimiters=[], buttons=[],
                        feedback_options=("Like", "Dislike"), examples=[{"text": q} for q in EXAMPLES],
                    )
                    question = gr.Textbox(
                        elem_id="da-question", show_label=False, lines=1, max_lines=5, autofocus=True,
                        placeholder="Ask a question, e.g. What did the minister say about 13 Oceans?", submit_btn="Ask",
                    )
                with gr.Column(scale=1, min_width=260, elem_classes="da-side"):
                    gr.HTML('<div class="da-side-title">Filters</div>', padding=False)
                    f_debates = gr.Dropdown(debates, multiselect=True, label="Debates", elem_id="da-f-debates")
                    f_speakers = gr.Dropdown(speakers, multiselect=True, label="Speakers", elem_id="da-f-speakers")
                    f_parties = gr.Dropdown(parties, multiselect=True, label="Parties", elem_id="da-f-parties")
                    with gr.Row():
                        f_from = gr.DateTime(include_time=False, type="string", label="From", elem_id="da-f-from")
                        f_to = gr.DateTime(include_time=False, type="string", label="To", elem_id="da-f-to")
                    with gr.Row():
                        clear_filters = gr.Button("Clear filters", size="sm", variant="secondary")
                        new_chat = gr.Button("New conversation", size="sm", variant="secondary", elem_id="da-new")
                    gr.HTML('<div class="da-side-note">Filters apply to the next question. The thumbs under an answer '
                            'tell the team whether it helped (stored with the question and its sources). <a href="docs" target="_blank">REST API</a></div>',
                            padding=False)
            with gr.Tab("Commitments", id="commitments", elem_id="da-commitments-tab") as commitments_tab:
                build_commitments_tab(assistant, commitments_tab)
            with gr.Tab("Motions", id="motions", elem_id="da-motions-tab") as motions_tab:
                build_motions_tab(assistant, motions_tab)

        def respond(text: str, chat: Chat, state: Answers, debates_: list[str], speakers_: list[str],
                    parties_: list[str], date_from: str | None, date_to: str | None, request: gr.Request) -> Reply:
            if not (text or "").strip():
                yield chat, state, text
                return
            try:
                filters = filters_from(debates_, speakers_, parties_, date_from, date_to)
            except ValueError as exc:
                yield [*chat, {"role": "user", "content": text}, {"role": "assistant", "content": error_html(str(exc))}], [*state, None], ""
                return
            for chat_, state_ in answer_stream(assistant, text, chat, state, filters, base_url(request, "/")):
                yield chat_, state_, ""

        def from_example(chat: Chat, state: Answers, debates_: list[str], speakers_: list[str], parties_: list[str],
                         date_from: str | None, date_to: str | None, request: gr.Request, data: gr.SelectData) -> Reply:
            yield from respond(data.value["text"], chat, state, debates_, speakers_, parties_, date_from, date_to, request)

        filters_in = [f_debates, f_speakers, f_parties, f_from, f_to]
        question.submit(respond, [question, chatbot, answers, *filters_in], [chatbot, answers, question])
        chatbot.example_select(from_example, [chatbot, answers, *filters_in], [chatbot, answers, question])
        chatbot.like(feedback_handler(feedback, "ui"), [chatbot, answers], None, concurrency_limit=None)
        clear_filters.click(lambda: ([], [], [], None, None), None, filters_in, concurrency_limit=None)
        new_chat.click(lambda: ([], []), None, [chatbot, answers], concurrency_limit=None)
        chatbot.clear(lambda: [], None, answers, concurrency_limit=None)
        follow_indexing(banner, blocks, [f_debates, f_speakers, f_parties], lambda: _choices(assistant))
    blocks.queue(default_concurrency_limit=UI_CONCURRENCY)
    return blocks


def _embed_header(base: str) -> str:
    return ('<div class="da-embed-head"><span class="da-logo">⚖</span> Debate assistant '
            f'<a href="{esc(base)}/" target="_blank" rel="noopener">open full ↗</a></div>')


def build_embed_ui(assistant: Assistant | LiveAssistant, feedback: FeedbackLog) -> gr.Blocks:
    """The compact chat for an intranet sidebar: no filters, sources inside the replies."""
    blocks: gr.Blocks
    with gr.Blocks(title="Debate assistant", analytics_enabled=False, fill_height=True) as blocks:
        answers = gr.State([])
        header = gr.HTML(_embed_header(".."), padding=False)
        banner = add_banner(assistant)  # indexing progress (serving while indexing)
        chatbot = gr.Chatbot(
            elem_id="da-chat", show_label=False, scale=1, min_height=300, layout="panel",
            placeholder=_PLACEHOLDER, latex_delimiters=[], buttons=[], feedback_options=("Like", "Dislike"),
            examples=[{"text": q} for q in EXAMPLES[:2]],
        )
        question = gr.Textbox(elem_id="da-question", show_label=False, lines=1, max_lines=4,
                              placeholder="Ask about the debates…", submit_btn="Ask")

        def respond(text: str, chat: Chat, state: Answers, request: gr.Request) -> Reply:
            if not (text or "").strip():
                yield chat, state, text
                return
            for chat_, state_ in answer_stream(assistant, text, chat, state, None, base_url(request, "/embed")):
                yield chat_, state_, ""

        def from_example(chat: Chat, state: Answers, request: gr.Request, data: gr.SelectData) -> Reply:
            yield from respond(data.value["text"], chat, state, request)

        def absolute_header(request: gr.Request) -> str:  # in a web component "../" would leave the server
            return _embed_header(base_url(request, "/embed"))

        blocks.load(absolute_header, None, header, concurrency_limit=None)
        question.submit(respond, [question, chatbot, answers], [chatbot, answers, question])
        chatbot.example_select(from_example, [chatbot, answers], [chatbot, answers, question])
        chatbot.like(feedback_handler(feedback, "embed"), [chatbot, answers], None, concurrency_limit=None)
        chatbot.clear(lambda: [], None, answers, concurrency_limit=None)
        follow_indexing(banner, blocks)
    blocks.queue(default_concurrency_limit=UI_CONCURRENCY)
    return blocks


def mount_options() -> dict[str, Any]:
    """What both chats share when mounted: theme, CSS, the card script, no Gradio footer."""
    # Gradio's SourceSansPro-SemiBold.woff2 holds 55 glyphs (no C-Z), so semibold text mixes two
    # fonts; the regular and bold files are complete, so 600 falls back to bold.
    font: list[gr.themes.Font | str] = [gr.themes.LocalFont("Source Sans Pro", weights=(400, 700)), "ui-sans-serif", "system-ui", "sans-serif"]
    theme = gr.themes.Default(primary_hue="blue", neutral_hue="slate", radius_size="md", font=font)
    return {
        "theme": theme,
        "css": static_text("chat.css"),
        "head": f"<style>{static_text('page.css')}</style><script>{static_text('chat.js')}</script>",
        "footer_links": [],
        "run_history": False,
        "show_error": False,
        "ssr_mode": False,
    }
