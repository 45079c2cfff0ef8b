"""A section heading is present but nothing real is written under it.

"Nothing real" means the body holds only unfilled content controls,
placeholder text, template instructions or bare labels ("Agency:"); see
:mod:`linter.facts.filler`.  When a section appears more than once (in the
body and in a schedule, say), it is empty only if every copy is.
"""

from __future__ import annotations

from ..facts.filler import filler
from ..vocab import Field, List, SectionKey

KIND = "empty-sections"
PARAMS = {"sections": Field(List(SectionKey), "The sections that must not be empty; none listed: every "
                                             "section of the pack.", [])}


def check(facts, rule):
    fill = facts.get(filler)
    keys = rule.params["sections"] or [s.key for s in facts.pack.sections]
    for key in keys:
        copies = facts.outline.by_key(key)
        if not copies:
            continue  # missing, not empty: another rule's business
        if any(fill.substance(b) for s in copies for b in s.blocks):
            continue
        first = copies[0]
        yield rule.finding(
            facts.section_location(first),
            {"section": key},
            section_name=facts.pack.section(key).name,
            heading=first.title,
        )
