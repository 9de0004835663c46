"""Runs one ingest with the deterministic `HashEmbedder`, for the fault-injection tests:
``python tests/ingest/fault_driver.py <index dir> <path>...``. Settings come from the
environment like the CLI's (so ``DEBATE_FAULT`` arms a fault); exit status 1 if a file failed.
No model is loaded, so a run takes about a second plus imports."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]

from doubles import HashEmbedder  # noqa: E402

from ingest.indexing import ingest_paths  # noqa: E402
from ingest.settings import load_settings  # noqa: E402


def main(argv: list[str]) -> int:
    settings = load_settings(index_dir=argv[0])
    summary = ingest_paths(argv[1:], settings, embedder=HashEmbedder())
    print(json.dumps(summary.to_dict(), ensure_ascii=False))
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
