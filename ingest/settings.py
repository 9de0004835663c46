"""One typed `Settings`, resolved once at the edge (CLI, app start-up, tests) and passed down.

Precedence: defaults < config file (TOML) < ``DEBATE_*`` environment < explicit overrides (CLI
flags). Core code never reads ``os.environ`` itself, so a test or an embedding application can
build a `Settings` by hand and know exactly what the code will see.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.errors import ConfigError
from ingest.parse_limits import DEFAULT_MAX_FILE_MB, DEFAULT_MAX_PARSE_SECONDS

LLM_BACKENDS = ("none", "openai", "ollama", "azure", "gguf", "fake")


class Secret(str):
    """A string that never shows itself in reprs or logs (an API key, a bearer token)."""

    def __repr__(self) -> str:
        return "Secret('***')"

    def reveal(self) -> str:
        return str.__str__(self)


def default_home() -> Path:
    return Path.home() / ".local" / "share" / "debate-assistant"


@dataclass(frozen=True)
class Settings:
    """Everything configurable. Field names match the env variables: ``index_dir`` <-
    ``DEBATE_INDEX``, other fields ``DEBATE_<FIELD>`` upper-cased."""

    index_dir: Path = field(default_factory=lambda: default_home() / "index")
    chroma_url: str | None = None
    collection: str = "debate_chunks"
    embed_model: str | None = None
    llm: str = "none"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: Secret | None = None
    llm_model_path: str | None = None
    llm_api_version: str | None = None
    """Azure OpenAI only: the ``api-version`` of the deployment's REST API (e.g. ``2024-10-21``)."""
    top_k: int = 5
    feedback_path: Path | None = None
    api_token: Secret | None = None
    allowed_origins: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1")
    """Host names the server answers to (``Host`` header); loopback only unless configured."""
    max_question_chars: int = 2000
    fault: str | None = None
    """Testing only: an ingest stage (`ingest.faults.STAGES`) at which ingest kills itself with
    SIGKILL, to prove a rerun repairs the index. Env ``DEBATE_FAULT``."""
    # --- parse limits (issue 11; ingest.parse_limits says why these defaults) ------------------
    max_file_mb: float = DEFAULT_MAX_FILE_MB
    max_parse_seconds: float = DEFAULT_MAX_PARSE_SECONDS
    # --- end of parse limits -----------------------------------------------------------------
    max_concurrent_questions: int = 16
    """Questions the server answers at once (API, and each chat); see `assistant.web.admission`."""
    max_queued_questions: int = 64
    """Questions that may wait beyond those; the next one gets HTTP 503 with Retry-After."""
    feedback_max_bytes: int = 10_000_000
    """The feedback log is rotated before it grows past this size."""
    feedback_backups: int = 5
    """Rotated feedback logs kept (``feedback.jsonl.1`` ... ``.N``); older ones are deleted."""

    def __post_init__(self) -> None:
        if self.llm not in LLM_BACKENDS:
            raise ConfigError(f"llm must be one of {', '.join(LLM_BACKENDS)}, not {self.llm!r}")
        if not 1 <= self.top_k <= 50:
            raise ConfigError(f"top_k must be between 1 and 50, not {self.top_k}")
        if self.fault is not None:
            from ingest.faults import check_stage

            check_stage(self.fault)
        _check_parse_limits(self)
        if self.max_concurrent_questions < 1 or self.max_queued_questions < 0:
            raise ConfigError("max_concurrent_questions must be at least 1 and max_queued_questions at least 0, "
                              f"not {self.max_concurrent_questions} and {self.max_queued_questions}")
        if self.feedback_max_bytes < 100_000:
            raise ConfigError(f"feedback_max_bytes must be at least 100000 (one record fits), not {self.feedback_max_bytes}")
        if self.feedback_backups < 0:
            raise ConfigError(f"feedback_backups must be 0 or more, not {self.feedback_backups}")

    @property
    def resolved_feedback_path(self) -> Path:
        return self.feedback_path or self.index_dir / "feedback.jsonl"

    def replace(self, **changes: Any) -> Settings:
        """A copy with the non-None ``changes`` applied (CLI flags left unset change nothing)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


# --- parse limits (issue 11) -------------------------------------------------------------------
_PARSE_LIMIT_FIELDS = ("max_file_mb", "max_parse_seconds")


def _check_parse_limits(settings: Settings) -> None:
    for name in _PARSE_LIMIT_FIELDS:
        value = getattr(settings, name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
            raise ConfigError(f"{name} must be a positive number, not {value!r}")


def _parse_limit(name: str, raw: Any) -> float:
    try:
        return float(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{name} must be a positive number, not {raw!r}") from exc


# --- end of parse limits -------------------------------------------------------------------------

_ENV_NAMES = {"index_dir": "DEBATE_INDEX"}


def _coerce(name: str, raw: Any) -> Any:
    """Turn a raw env/TOML value into the field's type."""
    if name in ("index_dir", "feedback_path"):
        return Path(raw).expanduser()
    if name in _PARSE_LIMIT_FIELDS:
        return _parse_limit(name, raw)
    if name in ("top_k", "max_question_chars", "max_concurrent_questions", "max_queued_questions",
                "feedback_max_bytes", "feedback_backups"):
        try:
            return int(raw)
        except ValueError as exc:
            raise ConfigError(f"{name} must be an integer, not {raw!r}") from exc
    if name in ("llm_api_key", "api_token"):
        return Secret(raw)
    if name in ("allowed_origins", "allowed_hosts"):
        items = raw.split(",") if isinstance(raw, str) else raw
        return tuple(item.strip() for item in items if item.strip())
    return raw


def load_settings(env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Resolve settings from defaults, the config file, ``env`` and ``overrides``.

    The config file is ``$DEBATE_CONFIG`` or ``<DEBATE_HOME>/config.toml`` if it exists; its keys
    are the field names. ``env`` defaults to ``os.environ`` (read here, at the edge, only).
    """
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    home = Path(env["DEBATE_HOME"]).expanduser() if env.get("DEBATE_HOME") else default_home()
    values["index_dir"] = home / "index"
    config_path = Path(env.get("DEBATE_CONFIG", home / "config.toml"))
    if config_path.is_file():
        try:
            values.update(tomllib.loads(config_path.read_text(encoding="utf-8")))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{config_path}: invalid TOML: {exc}") from exc
    for f in dataclasses.fields(Settings):
        env_name = _ENV_NAMES.get(f.name, f"DEBATE_{f.name.upper()}")
        if env.get(env_name):
            values[f.name] = env[env_name]
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name for f in dataclasses.fields(Settings)}
    unknown = set(values) - known
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    return Settings(**{k: _coerce(k, v) for k, v in values.items()})
