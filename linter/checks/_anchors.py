"""Helpers for the kinds that read pack vocabularies naming a section (review, approval ...)."""

from __future__ import annotations

from ..findings import Location


def vocab_section(pack, table: str, default: str, key: str = "section") -> str:
    """The section key a vocabulary table names (``[review_terms] section = "review"``)."""
    return (pack.vocab(table, {}) or {}).get(key, default)


def unknown_vocab_section(pack, table: str, default: str, key: str = "section") -> str | None:
    """A problem string when that section key is not one of the pack's sections."""
    name = vocab_section(pack, table, default, key)
    known = {s.key for s in pack.sections}
    if name not in known:
        return f"[{table}] {key} = '{name}' is not a section of the pack (known: {', '.join(sorted(known))})"
    return None


def section_anchor(facts, key: str) -> Location:
    """Where to point at something missing from a section: its heading, else where the section belongs."""
    return facts.section_or_place(key)
