"""The template's own guidance left in the document.

Instruction blocks are found by :mod:`linter.facts.filler` from the pack's
``[instructions]`` vocabulary: a part headed "Instructions for using this
template", or sentences addressed to the author ("Delete this instruction
before finalising").  One finding per block of consecutive guidance
paragraphs, at its first paragraph, quoting its first ``quote_chars``
characters.
"""

from __future__ import annotations

from ..facts.filler import filler
from ..vocab import AtLeast, Field

KIND = "template-instructions"
PARAMS = {"quote_chars": Field(AtLeast(10), "How much of the instruction the finding quotes, in characters.", 80)}


def check(facts, rule):
    for ins in facts.get(filler).instructions:
        first = ins.blocks[0]
        yield rule.finding(facts.location(first), {"text": ins.text[: rule.params["quote_chars"]].rstrip()},
                           paragraphs=len([b for b in ins.blocks if b.text.strip()]))
