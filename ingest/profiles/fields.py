"""Typed reading of one profile file: each key checked for its type, every problem a `ProfileError`
that names the file and the key, so a typo in a data file is found at load, not mid-answer."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ingest.errors import ProfileError


def read_toml(path: Path) -> dict[str, Any]:
    """The TOML table in ``path``; raises `ProfileError` when it is missing or not TOML."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ProfileError(path, f"cannot read the profile: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(path, f"not valid TOML: {exc}") from exc


class Fields:
    """The keys of one table of a profile file (``where`` says which, for messages)."""

    def __init__(self, path: Path, table: Mapping[str, Any], where: str = "") -> None:
        self.path = path
        self.table = table
        self.where = where

    def _fail(self, key: str, expected: str) -> ProfileError:
        name = f"{self.where}.{key}" if self.where else key
        if key not in self.table:
            return ProfileError(self.path, f"missing key {name!r} ({expected})")
        return ProfileError(self.path, f"key {name!r} must be {expected}, not {type(self.table[key]).__name__}")

    def text(self, key: str) -> str:
        value = self.table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self._fail(key, "a non-empty string")
        return value

    def flag(self, key: str, default: bool | None = None) -> bool:
        if key not in self.table and default is not None:
            return default
        value = self.table.get(key)
        if not isinstance(value, bool):
            raise self._fail(key, "true or false")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        """A list of strings, or a string of whitespace-separated words."""
        value = self.table.get(key)
        if isinstance(value, str):
            return tuple(value.split())
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        raise self._fail(key, "a list of strings or a string of words")

    def patterns(self, key: str) -> tuple[str, ...]:
        """A list of regular expressions, each checked to compile."""
        values = self.strings(key)
        for value in values:
            try:
                re.compile(value)
            except re.error as exc:
                raise ProfileError(self.path, f"{self.where + '.' if self.where else ''}{key}: "
                                              f"bad regular expression {value!r}: {exc}") from exc
        return values

    def table_of(self, key: str) -> Fields:
        value = self.table.get(key)
        if not isinstance(value, dict):
            raise self._fail(key, "a table")
        return Fields(self.path, value, f"{self.where}.{key}" if self.where else key)

    def tables(self, key: str) -> list[Fields]:
        value = self.table.get(key)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self._fail(key, "an array of tables")
        return [Fields(self.path, v, f"{key}[{i}]") for i, v in enumerate(value)]

    def string_map(self, key: str) -> dict[str, str]:
        value = self.table.get(key)
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise self._fail(key, "a table of strings")
        return dict(value)
