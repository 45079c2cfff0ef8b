"""Helpers shared by several check kinds (parameter validation beyond each parameter's type)."""

from __future__ import annotations


def unknown_sections(pack, keys) -> str | None:
    """A problem string when a parameter names sections the pack does not define."""
    known = {s.key for s in pack.sections}
    bad = [k for k in keys if k not in known]
    if bad:
        return f"unknown section key(s) {', '.join(bad)} (the pack defines: {', '.join(sorted(known))})"
    return None
