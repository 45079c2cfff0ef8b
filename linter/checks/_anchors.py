"""Helpers for the kinds that point at a section a fact is read from (review, approval ...)."""

from __future__ import annotations

from ..vocab import Field, List, SectionKey, declared


def vocab_section(pack, table: str, key: str = "section") -> str | None:
    """The section key a declared pack table names (``[review_terms] section = "review"``); None
    when the pack has no such table.  The loader has checked that it is a section of the pack."""
    return declared()[table].read(pack)[key]


def sections_param(what: str, table: str, key: str = "section") -> Field:
    """The ``sections`` parameter of a kind that reads a fact from one section: a rule may point it
    at sections of its own (a second review-like clause); by default the one the table names."""
    return Field(List(SectionKey), f"The sections {what}, each on its own; none listed: the one "
                                   f"[{table}] {key} names.", [])


def each_section(facts, rule, table: str, key: str = "section") -> list[tuple[str | None, str]]:
    """(fact argument, section key) for each section the rule points its kind at: the rule's
    ``sections``, else the one the table names (argument None: the fact reads its own default)."""
    named = rule.params["sections"]
    if named:
        return [(k, k) for k in named]
    return [(None, vocab_section(facts.pack, table, key))]
