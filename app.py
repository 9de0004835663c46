"""`python app.py ARGS` is `debate serve ARGS`, for hosts that run a script rather than the console
command: one definition of the server's options (`debate.cli`), one server (`debate.server`)."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from debate.cli import main

    sys.argv = ["debate", "serve", *sys.argv[1:]]
    main()
