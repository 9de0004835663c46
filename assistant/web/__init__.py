"""The web surface: REST API, browser chat, embeddable chat and transcript view.

``debate.server.create_app`` assembles these modules; each is a thin layer over `assistant.Assistant`:

- `api`       JSON endpoints (``/api/...``, ``/healthz``) and the one JSON error shape;
- `schemas`   the request bodies the API accepts, every field typed and bounded;
- `pages`     server-rendered HTML: the transcript view, the login form, the web-component script;
- `ui`        the Gradio chats (full page at ``/``, compact sidebar at ``/embed``);
- `render`    every piece of HTML built from transcript text (all of it escaped there);
- `security`  bearer-token auth, the session cookie, sign-in throttling, allowed hosts, CORS and
              security headers;
- `feedback`  the helpful/wrong log (JSONL), bounded and rotated.

Gradio and FastAPI are imported only here, never by the core.
"""
