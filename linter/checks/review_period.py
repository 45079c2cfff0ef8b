"""The review section states how often the protocol is reviewed.

A period ("every 12 months", "annually", "a drop-down showing 24 months") or
a next review date ("review by 30 June 2026") both count; see
:mod:`linter.facts.review`.  With no review section at all the
missing-section rule reports it, not this one.
"""

from __future__ import annotations

from ..facts.review import review
from ._anchors import each_section, sections_param

KIND = "review-period"
PARAMS = {"sections": sections_param("whose review terms must state a period or next date", "review_terms")}


def check(facts, rule):
    for arg, _ in each_section(facts, rule, "review_terms"):
        terms = facts.get(review, arg)
        if terms.section is None or terms.period is not None or terms.next_review is not None:
            continue
        yield rule.finding(facts.section_location(terms.section), {}, heading=terms.section.title)
