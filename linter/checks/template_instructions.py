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

KIND = "template-instructions"
PARAMS = {"quote_chars": int}
DEFAULTS = {"quote_chars": 80}


def validate(pack, rule):
    return "parameter 'quote_chars' must be at least 10" if rule.params["quote_chars"] < 10 else None


def check(facts, rule):
    for ins in facts.get(filler).instructions:
        first = ins.blocks[0]
        yield rule.finding(facts.location(first), {"text": ins.text[: rule.params["quote_chars"]].rstrip()},
                           paragraphs=len([b for b in ins.blocks if b.text.strip()]))
