"""Editing left unresolved: tracked changes or comments still in the document.

``count`` says what to count: ``revisions`` (unresolved tracked insertions,
deletions and moves) or ``comments``.  One finding per document, with the
number, at the first revised paragraph or the first commented one.
"""

from __future__ import annotations

from ..vocab import Field, OneOf
from ._common import say, words

KIND = "document-state"
COUNTS = ("revisions", "comments")
PARAMS = {
    "count": Field(OneOf(COUNTS), "What to count: tracked changes, or comments."),
    "words": words("{things} names what was counted, as many as there are.",
                   one="One of them ('tracked change').", many="More than one ('tracked changes')."),
}


def check(facts, rule):
    doc = facts.document
    if rule.params["count"] == "revisions":
        n = doc.revisions
        first = next((b for b in (*doc.blocks, *doc.headers, *doc.footers, *doc.notes) if b.revised), None)
    else:
        n = len(doc.comments)
        anchors = {c.anchor for c in doc.comments if c.anchor is not None}
        first = next((b for b in doc.blocks if b.part == "document" and b.index in anchors), None)
    if n:
        # Not placed (a change in a comment or a style, say): the finding is about the whole document.
        yield rule.finding(facts.location(first), {"count": n}, things=say(rule, "one" if n == 1 else "many"))
