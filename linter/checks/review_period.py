"""The review section states how often the protocol is reviewed.

A period ("every 12 months", "annually", "a drop-down showing 24 months") or
a next review date ("review by 30 June 2026") both count; see
:mod:`linter.facts.review`.  With no review section at all the
missing-section rule reports it, not this one.
"""

from __future__ import annotations

from ..facts.review import review

KIND = "review-period"
PARAMS: dict = {}


def check(facts, rule):
    terms = facts.get(review)
    if terms.section is None or terms.period is not None or terms.next_review is not None:
        return
    yield rule.finding(facts.section_location(terms.section), {}, heading=terms.section.title)
