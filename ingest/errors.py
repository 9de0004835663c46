"""Every error debate-assistant raises on purpose, in one hierarchy.

    DebateError                      base: catch this at a surface (CLI, REST, UI)
    ├── TranscriptError              a transcript file could not be read (carries ``path``)
    │   ├── UnknownFormatError       content matches none of the supported formats
    │   ├── EmptyTranscriptError     the file holds no speaker turns (empty, or a Casco report)
    │   ├── NotASittingError         a ParlaMint metadata file (corpus root, listPerson, listOrg)
    │   ├── TranscriptParseError     the file claims a format but breaks it (carries ``line``)
    │   ├── FileTooLargeError        the file is over the size limit (``max_file_mb``)
    │   └── ParseTimeoutError        parsing ran past the time limit (``max_parse_seconds``)
    ├── StoreError                   the vector store or lexical index failed (carries ``backend``)
    ├── EmbedderError                the embedding model is missing or broken
    ├── BackendError                 an answer backend (LLM endpoint, GGUF) failed (carries ``backend``)
    ├── QuestionError                a question cannot be asked as given
    │   ├── EmptyQuestionError       nothing to ask (empty or only spaces)
    │   ├── QuestionTooLongError     the question (or one in its history) is over the limit
    │   └── InvalidQuestionError     not text that can be answered (lone surrogates), or a
    │                                malformed history
    ├── ConfigError                  a setting is invalid
    │   └── ProfileError             a language or parliament profile file is malformed
    │                                (carries ``path``)
    └── UnknownDocumentError         no indexed debate has the id asked for

Third-party exceptions are translated once, at the adapter that calls the library, with
``raise ... from exc`` so the traceback keeps the cause. Surfaces print ``str(error)``, which
always names the file (or backend) and says what was expected.
"""

from __future__ import annotations

from pathlib import Path


class DebateError(Exception):
    """Base class: everything debate-assistant raises deliberately."""


class TranscriptError(DebateError):
    """A transcript file could not be turned into a `Transcript`."""

    def __init__(self, path: str | Path, problem: str, line: int | None = None) -> None:
        self.path = str(path)
        self.problem = problem
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {problem}")


class UnknownFormatError(TranscriptError):
    """The content is none of: verslag text/PDF, VLOS XML, ParlaMint TEI."""


class EmptyTranscriptError(TranscriptError):
    """The file is well-formed but holds no speech.

    ``warning_only`` marks the expected case of a VLOS 'Casco' skeleton report: ingest reports it
    as a warning, not a failure.
    """

    def __init__(
        self, path: str | Path, problem: str, line: int | None = None, *, warning_only: bool = False
    ) -> None:
        super().__init__(path, problem, line)
        self.warning_only = warning_only


class NotASittingError(TranscriptError):
    """A ParlaMint file that describes a corpus instead of holding speech: a corpus root
    (``teiCorpus``), a ``listPerson``, a ``listOrg`` or a taxonomy. ``kind`` is its root element.
    Ingest reads it as metadata for the sittings beside it (and a root for its sittings); only
    parsing it as one transcript is refused."""

    def __init__(self, path: str | Path, problem: str, kind: str) -> None:
        super().__init__(path, problem)
        self.kind = kind


class TranscriptParseError(TranscriptError):
    """The file is of a known format but malformed (bad XML, truncated, ...)."""


class FileTooLargeError(TranscriptError):
    """The file is larger than ``Settings.max_file_mb``: refused before it is read."""


class ParseTimeoutError(TranscriptError):
    """Parsing the file took longer than ``Settings.max_parse_seconds``; see `ingest.parse_limits`."""


class StoreError(DebateError):
    """Chroma or the lexical index failed; ``backend`` names which."""

    def __init__(self, backend: str, problem: str) -> None:
        self.backend = backend
        super().__init__(f"{backend}: {problem}")


class EmbedderError(DebateError):
    """The embedding model could not be built or loaded."""


class BackendError(DebateError):
    """An answer backend failed; ``backend`` names which."""

    def __init__(self, backend: str, problem: str) -> None:
        self.backend = backend
        super().__init__(f"{backend}: {problem}")


class QuestionError(DebateError):
    """The question cannot be asked as given. The subclass says why; each surface maps it to its
    own outcome (the REST API: 400, 413 or 422), so no HTTP lives in the core."""


class EmptyQuestionError(QuestionError):
    """There is nothing to ask: the question is empty or only white space."""


class QuestionTooLongError(QuestionError):
    """The question, or a question in its history, is longer than ``max_question_chars``."""


class InvalidQuestionError(QuestionError):
    """The question is not answerable text (a lone surrogate cannot be encoded), or its history
    is malformed."""


class ConfigError(DebateError):
    """A setting has an invalid value."""


class ProfileError(ConfigError):
    """A language or parliament profile (`ingest.profiles`) cannot be read; ``path`` names the file."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
class UnknownDocumentError(DebateError):
    """No indexed debate has the id asked for (``debate motions --doc``, ``/api/motions``)."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        shown = doc_id if len(doc_id) <= 100 else doc_id[:100] + "…"
        super().__init__(f"no indexed debate has the id {shown!r}; `debate docs` lists them")
