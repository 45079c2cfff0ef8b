"""Folder settings: an ``.isplint.toml`` says which rule pack the protocols below it follow.

A repository that keeps protocols of two templates apart (the multi-agency
meeting protocols in one folder, Approved Information Sharing Agreements in
another) puts ``rules = "nz-aisa"`` in an ``.isplint.toml`` in the second
folder.  The closest file above a document wins, as with ruff; a ``rules``
given on the command line wins over every file.  ``rules`` is a shipped
pack's name or a path relative to the settings file.  Any other key, or a
value that is not a string, is an error naming the file and the key.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path

from .errors import PackError

SETTINGS_FILE = ".isplint.toml"
KEYS = {"rules": "the rule pack for the protocols in this folder and below: a shipped pack's name, or a path"}


class SettingsError(PackError):
    """A settings file that cannot be used (a usage error, exit 2)."""


@lru_cache(maxsize=256)
def settings_file(folder: str) -> Path | None:
    """The closest ``.isplint.toml`` in ``folder`` or above it."""
    here = Path(folder).resolve()
    for candidate in (here, *here.parents):
        path = candidate / SETTINGS_FILE
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=64)
def read_settings(path: Path) -> dict[str, str]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{path}: cannot be read as TOML: {exc}") from None
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise SettingsError(f"{path}: unknown setting(s) {', '.join(unknown)} (known: {', '.join(KEYS)})")
    for key, value in data.items():
        if not isinstance(value, str) or not value.strip():
            raise SettingsError(f"{path}: {key} must be a string ({KEYS[key]})")
    return data


def rules_for(document: str) -> str | None:
    """The rule pack the settings above a document name (a path made absolute), or None."""
    path = settings_file(os.path.dirname(os.path.abspath(document)))
    if path is None:
        return None
    rules = read_settings(path).get("rules")
    if rules is None:
        return None
    local = path.parent / rules
    return str(local) if (local.suffix or len(Path(rules).parts) > 1) else rules
