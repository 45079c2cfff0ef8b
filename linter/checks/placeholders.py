"""Template placeholders left in the document (unfilled content controls, "[Insert ...]").

What counts as a placeholder is the pack's ``[placeholders]`` vocabulary and
every content control still showing its placeholder text; see
:mod:`linter.facts.filler`.  One finding per placeholder, at its paragraph,
in the body, text boxes, headers and footers.  ``parts`` limits the parts
checked.
"""

from __future__ import annotations

from ..facts.filler import filler
from ..model import PARTS
from ..vocab import Field, List, OneOf
from ._common import needs_words, say, words

KIND = "placeholders"
PARAMS = {"parts": Field(List(OneOf(PARTS)), "The parts of the document to look in.",
                         ["document", "textbox", "header", "footer"]),
          "words": words("{kind} names what was left unfilled.", optional=True,
                         control="A content control still showing its placeholder.",
                         text="Typed filler ('[Insert agency name]').")}


def validate(pack, rule):
    return needs_words(rule, "kind")


def check(facts, rule):
    parts = set(rule.params["parts"])
    for ph in facts.get(filler).placeholders:
        if ph.block.part in parts:
            yield rule.finding(facts.location(ph.block), {"text": ph.text},
                               kind=_kind(rule, ph))


def _kind(rule, ph) -> str:
    if rule.params["words"] is None:
        return ""
    return say(rule, "control" if ph.control else "text")
