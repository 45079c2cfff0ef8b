"""Template placeholders left in the document (unfilled content controls, "[Insert ...]").

What counts as a placeholder is the pack's ``[placeholders]`` vocabulary and
every content control still showing its placeholder text; see
:mod:`linter.facts.filler`.  One finding per placeholder, at its paragraph,
in the body, text boxes, headers and footers.  ``parts`` limits the parts
checked.
"""

from __future__ import annotations

from ..facts.filler import filler

KIND = "placeholders"
PARAMS = {"parts": (list, str)}
DEFAULTS = {"parts": ["document", "textbox", "header", "footer"]}


def validate(pack, rule):
    from ..model import PARTS

    bad = [p for p in rule.params["parts"] if p not in PARTS]
    return f"unknown part(s) {', '.join(bad)} (known: {', '.join(PARTS)})" if bad else None


def check(facts, rule):
    parts = set(rule.params["parts"])
    for ph in facts.get(filler).placeholders:
        if ph.block.part in parts:
            yield rule.finding(facts.location(ph.block), {"text": ph.text},
                               kind="content control" if ph.control else "placeholder text")
