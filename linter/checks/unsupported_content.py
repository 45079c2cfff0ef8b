"""Content the document holds that isplint cannot read.

isplint checks what it can read; when part of a document is stored in a
form it does not read (an imported HTML or RTF chunk, say), a section may
look missing although Word shows it.  This says so, instead of leaving the
reader to wonder why.
"""

from __future__ import annotations

from ..model import UNSUPPORTED
from ._common import words

KIND = "unsupported-content"
PARAMS = {"words": words("{what} says what the document holds that was not read.",
                         **{name: f"Content of this kind ({name}, see linter/model.py UNSUPPORTED)."
                            for name in UNSUPPORTED})}


def check(facts, rule):
    blocks = facts.document.blocks
    location = facts.location(blocks[0]) if blocks else facts.end_location()
    for name in facts.document.unsupported:
        yield rule.finding(location, {"content": name}, what=rule.params["words"][name])
