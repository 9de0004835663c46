"""The entry points, above everything else: the `debate` command (`debate.cli`), the web server
(`debate.server`) and the terminal rendering and chat (`debate.terminal`). They may import
`eval`, `assistant` and `ingest`; nothing imports them (``lint-imports``: the layers contract in
pyproject.toml)."""
