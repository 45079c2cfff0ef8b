"""Helpers for the kinds that point at a section a fact is read from (review, approval ...)."""

from __future__ import annotations

from ..findings import Location
from ..vocab import declared


def vocab_section(pack, table: str, key: str = "section") -> str | None:
    """The section key a declared pack table names (``[review_terms] section = "review"``); None
    when the pack has no such table.  The loader has checked that it is a section of the pack."""
    return declared()[table].read(pack)[key]


def section_anchor(facts, key: str) -> Location:
    """Where to point at something missing from a section: its heading, else where the section belongs."""
    return facts.section_or_place(key)
