"""The web surface: REST API, browser chat, embeddable chat and transcript view.

``app.create_app`` assembles these modules; each is a thin layer over `assistant.Assistant`:

- `api`       JSON endpoints (``/api/...``, ``/healthz``) and the one JSON error shape;
- `pages`     server-rendered HTML: the transcript view, the login form, the web-component script;
- `ui`        the Gradio chats (full page at ``/``, compact sidebar at ``/embed``);
- `render`    every piece of HTML built from transcript text (all of it escaped there);
- `security`  bearer-token auth, the browser session cookie, CORS and framing policy;
- `feedback`  the helpful/wrong log (JSONL).

Gradio and FastAPI are imported only here, never by the core.
"""
