"""The README documents what the code offers: every subcommand and every setting."""

import dataclasses

from samples import REPO

from ingest.settings import Settings

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_the_quick_start_is_the_two_commands() -> None:
    assert "make run" in README and "make test" in README


def test_every_subcommand_is_documented() -> None:
    from debate.cli import app

    names = {c.name or c.callback.__name__ for c in app.registered_commands} | {g.name for g in app.registered_groups}
    assert names == {"parse", "ingest", "docs", "ask", "chat", "serve", "eval", "bench", "motions", "commitments"}
    for name in names:
        assert f"debate {name}" in README, name


def test_every_setting_has_its_environment_variable_documented() -> None:
    for field in dataclasses.fields(Settings):
        env = "DEBATE_INDEX" if field.name == "index_dir" else f"DEBATE_{field.name.upper()}"
        assert env in README, f"{field.name} ({env}) is not in the README"
