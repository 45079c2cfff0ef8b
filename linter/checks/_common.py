"""Helpers shared by several check kinds (parameter validation beyond each parameter's type)."""

from __future__ import annotations

from ..vocab import Field, Str, Table


def unknown_sections(pack, keys) -> str | None:
    """A problem string when a parameter names sections the pack does not define."""
    known = {s.key for s in pack.sections}
    bad = [k for k in keys if k not in known]
    if bad:
        return f"unknown section key(s) {', '.join(bad)} (the pack defines: {', '.join(sorted(known))})"
    return None


def words(doc: str, **keys: str):
    """A kind's ``words`` parameter: the phrases it puts into its message ("before \"{heading}\"",
    "at the end of the document"), each a template the kind fills.  They are the pack's, never
    written in Python, so a pack in another language or for another template words them itself."""
    return Field(Table("words", doc, {k: Field(Str, meaning) for k, meaning in keys.items()}),
                 "The phrases this kind puts into the rule's message and fix: " + doc)


def say(rule, key: str, **values) -> str:
    """One of the rule's words, filled in."""
    return rule.params["words"][key].format(**values)


def listing(rule, items: list[str]) -> str:
    """Items joined as the pack's words say ("a, b and c")."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + say(rule, "and") + items[-1]
