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
from ..vocab import Field, OneOf
from ._anchors import vocab_section

KIND = "purpose-authority"
REPORTS = ("unmapped-purposes", "no-purposes")
PARAMS = {"report": Field(OneOf(REPORTS), "What to report: purposes with no authority, or a purposes section "
                                          "that states none.")}
PURPOSE_CHARS = 80


def check(facts, rule):
    if rule.params["report"] == "unmapped-purposes":
        yield from _unmapped(facts, rule)
    else:
        yield from _no_purposes(facts, rule)


def _unmapped(facts, rule):
    found = facts.get(purpose_authorities)
    if not found.has_sources and not _filled(facts, vocab_section(facts.pack, "authorities", "authority_section")):
        return  # no legal-authority section, or an empty one: the section rules report it
    for purpose in found.unmapped:
        yield rule.finding(facts.location(purpose.block), {"purpose": purpose.text.strip()},
                           quoted=shorten(purpose.text, PURPOSE_CHARS))


def _no_purposes(facts, rule):
    key = vocab_section(facts.pack, "authorities", "purpose_section")
    copies = facts.outline.by_key(key)
    if not _filled(facts, key):
        return  # a missing or empty section is the section rules' business
    if facts.get(section_purposes) or facts.get(purpose_authorities).purposes:
        return
    yield rule.finding(facts.section_location(copies[0]), {"section": key}, heading=copies[0].title)


def _filled(facts, key: str) -> bool:
    """The section is there and something real is written in it."""
    fill = facts.get(filler)
    return any(fill.substance(b) for s in facts.outline.by_key(key) for b in s.blocks)
