"""Every purpose of sharing has a legal authority; the purpose section states purposes.

``report`` picks what a rule reports:

* ``unmapped-purposes`` - each purpose no authority is stated for (by table
  row, label, "all purposes" wording, a sentence repeating the purpose's
  words, or because it is the only purpose).  Nothing is reported when the
  protocol states no authority anywhere: the missing or empty
  legal-authority section is reported by the section rules instead.
* ``no-purposes`` - the purpose section is there and has content, but none
  of it is a purpose (and no purpose/authority table gives any).  An empty
  section is left to the empty-section rule, so one problem is reported once.

Purposes and authorities are read by :mod:`linter.facts.authorities`.
"""

from __future__ import annotations

from ..facts.authorities import purpose_authorities, section_purposes
from ..facts.filler import filler

KIND = "purpose-authority"
PARAMS = {"report": str}
DEFAULTS: dict = {}
REPORTS = ("unmapped-purposes", "no-purposes")
PURPOSE_CHARS = 80


def validate(pack, rule):
    if rule.params["report"] not in REPORTS:
        return f"report must be one of {', '.join(REPORTS)}"
    return None


def check(facts, rule):
    if rule.params["report"] == "unmapped-purposes":
        yield from _unmapped(facts, rule)
    else:
        yield from _no_purposes(facts, rule)


def _unmapped(facts, rule):
    found = facts.get(purpose_authorities)
    if not found.has_sources:
        return
    for purpose in found.unmapped:
        yield rule.finding(facts.location(purpose.block), {"purpose": purpose.text[:PURPOSE_CHARS].rstrip()})


def _no_purposes(facts, rule):
    key = (facts.pack.vocab("authorities", {}) or {}).get("purpose_section", "sharing-purpose")
    copies = facts.outline.by_key(key)
    if not copies:
        return  # a missing section is the missing-section rule's business
    fill = facts.get(filler)
    if not any(fill.substance(b) for s in copies for b in s.blocks):
        return  # an empty section is the empty-section rule's business
    if facts.get(section_purposes) or facts.get(purpose_authorities).purposes:
        return
    yield rule.finding(facts.section_location(copies[0]), {"section": key}, heading=copies[0].title)
