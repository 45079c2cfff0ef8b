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


def words(doc: str, optional: bool = False, **keys: str):
    """A kind's ``words`` parameter: the phrases it puts into its message ("before \"{heading}\"",
    "at the end of the document"), each a template the kind fills.  They are the pack's, never
    written in Python, so a pack in another language or for another template words them itself.
    ``optional``: only a rule whose templates use them needs them (the kind's ``validate`` says so)."""
    table = Table("words", doc, {k: Field(Str, meaning) for k, meaning in keys.items()})
    meaning = "The phrases this kind puts into the rule's message and fix: " + doc
    return Field(table, meaning, None) if optional else Field(table, meaning)


def needs_words(rule, *placeholders: str) -> str | None:
    """A problem string when the rule's message or fix uses one of ``placeholders`` (filled from the
    ``words`` parameter) and the rule gives no words."""
    used = [p for p in placeholders if "{" + p + "}" in rule.message + rule.fix]
    if used and rule.params.get("words") is None:
        return f"its message or fix uses {{{used[0]}}}, so it needs params.words"
    return None


def say(rule, key: str, **values) -> str:
    """One of the rule's words, filled in."""
    return rule.params["words"][key].format(**values)


def listing(rule, items: list[str]) -> str:
    """Items joined as the pack's words say ("a, b and c")."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + say(rule, "and") + items[-1]
