"""Helpers shared by several check kinds (parameter validation)."""

from __future__ import annotations

from ..findings import SEVERITIES


def unknown_sections(pack, keys) -> str | None:
    """A problem string when a parameter names sections the pack does not define."""
    known = {s.key for s in pack.sections}
    bad = [k for k in keys if k not in known]
    if bad:
        return f"unknown section key(s) {', '.join(bad)} (the pack defines: {', '.join(sorted(known))})"
    return None


def section_list_problem(pack, keys) -> str | None:
    """A problem string for a ``sections`` parameter that must name at least one known section."""
    if not keys:
        return "sections must name at least one section"
    return unknown_sections(pack, keys)


def bad_patterns(name: str, patterns) -> str | None:
    """A problem string for the first pattern of a parameter that is not a valid regular expression."""
    import re

    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            return f"{name}: bad regular expression {pattern!r}: {exc}"
    return None


def not_one_of(rule, param: str, choices) -> str | None:
    """A problem string when a parameter that picks a variant names none of the choices."""
    if rule.params[param] not in choices:
        return f"parameter '{param}' must be one of {', '.join(choices)}"
    return None


def bad_severities(mapping) -> str | None:
    bad = {k: v for k, v in mapping.items() if v not in SEVERITIES}
    if bad:
        return f"severity must be one of {', '.join(SEVERITIES)} (got {bad})"
    return None
