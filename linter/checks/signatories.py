"""The approval section has at least one signatory.

A signatory is a signature block with something in it: a row of the
signatures table, a label table, or "Signed for and on behalf of ..."
paragraphs (see :mod:`linter.facts.signatories`).  A table left at its
placeholders has none.  With no approval section at all the
missing-section rule reports it, not this one.
"""

from __future__ import annotations

from ..facts.signatures import signatories
from ._anchors import each_section, sections_param

KIND = "signatories"
PARAMS = {"sections": sections_param("that must hold at least one signature block", "signatories")}


def check(facts, rule):
    for arg, key in each_section(facts, rule, "signatories"):
        sections = facts.outline.by_key(key)
        if sections and not signatories(facts, arg):
            yield rule.finding(facts.section_location(sections[0]), {}, heading=sections[0].title)
