"""Every purpose of sharing has a legal authority; the purpose section states purposes.

``report`` picks what a rule reports:

* ``unmapped-purposes`` - each purpose no authority is stated for (by table
  row, label, "all purposes" wording, a sentence repeating the purpose's
  words, or because it is the only purpose).  Nothing is reported when the
  protocol states no authority anywhere and its legal-authority section is
  missing or empty: the section rules report that instead.
* ``no-purposes`` - the purpose section is there and has content, but none
  of it is a purpose (and no purpose/authority table gives any).  An empty
  section is left to the empty-section rule, so one problem is reported once.

Purposes and authorities are read by :mod:`linter.facts.authorities`.
"""

from __future__ import annotations

from ..facts.authorities import purpose_authorities, section_purposes
from ..facts.filler import filler
from ..facts.statements import shorten
from ._common import not_one_of

KIND = "purpose-authority"
PARAMS = {"report": str}
DEFAULTS: dict = {}
REPORTS = ("unmapped-purposes", "no-purposes")
PURPOSE_CHARS = 80


def validate(pack, rule):
    return not_one_of(rule, "report", REPORTS)


def check(facts, rule):
    if rule.params["report"] == "unmapped-purposes":
        yield from _unmapped(facts, rule)
    else:
        yield from _no_purposes(facts, rule)


def _unmapped(facts, rule):
    found = facts.get(purpose_authorities)
    if not found.has_sources and not _filled(facts, _key(facts, "authority_section", "legal-authority")):
        return  # no legal-authority section, or an empty one: the section rules report it
    for purpose in found.unmapped:
        yield rule.finding(facts.location(purpose.block), {"purpose": purpose.text.strip()},
                           quoted=shorten(purpose.text, PURPOSE_CHARS))


def _no_purposes(facts, rule):
    key = _key(facts, "purpose_section", "sharing-purpose")
    copies = facts.outline.by_key(key)
    if not _filled(facts, key):
        return  # a missing or empty section is the section rules' business
    if facts.get(section_purposes) or facts.get(purpose_authorities).purposes:
        return
    yield rule.finding(facts.section_location(copies[0]), {"section": key}, heading=copies[0].title)


def _key(facts, name: str, default: str) -> str:
    return (facts.pack.vocab("authorities", {}) or {}).get(name, default)


def _filled(facts, key: str) -> bool:
    """The section is there and something real is written in it."""
    fill = facts.get(filler)
    return any(fill.substance(b) for s in facts.outline.by_key(key) for b in s.blocks)
