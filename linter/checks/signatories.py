"""The approval section has at least one signatory.

A signatory is a signature block with something in it: a row of the
signatures table, a label table, or "Signed for and on behalf of ..."
paragraphs (see :mod:`linter.facts.signatories`).  A table left at its
placeholders has none.  With no approval section at all the
missing-section rule reports it, not this one.
"""

from __future__ import annotations

from ..facts.signatures import signatories
from ._anchors import vocab_section

KIND = "signatories"
PARAMS: dict = {}


def check(facts, rule):
    sections = facts.outline.by_key(vocab_section(facts.pack, "signatories"))
    if not sections or facts.get(signatories):
        return
    yield rule.finding(facts.section_location(sections[0]), {}, heading=sections[0].title)
