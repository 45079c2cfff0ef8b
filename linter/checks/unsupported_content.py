"""Content the document holds that isplint cannot read.

isplint checks what it can read; when part of a document is stored in a
form it does not read (an imported HTML or RTF chunk, say), a section may
look missing although Word shows it.  This says so, instead of leaving the
reader to wonder why.
"""

from __future__ import annotations

KIND = "unsupported-content"
PARAMS: dict = {}


def check(facts, rule):
    blocks = facts.document.blocks
    location = facts.location(blocks[0]) if blocks else facts.end_location()
    for what in facts.document.unsupported:
        yield rule.finding(location, {"content": what}, what=what)
