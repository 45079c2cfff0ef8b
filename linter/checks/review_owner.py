"""The review section names the agency responsible for initiating the review.

"The lead agency will initiate the review" counts when the protocol says
which agency is the lead; see :mod:`linter.facts.review`.
"""

from __future__ import annotations

from ..facts.review import review

KIND = "review-owner"
PARAMS: dict = {}


def check(facts, rule):
    terms = facts.get(review)
    if terms.section is None or terms.owner is not None:
        return
    yield rule.finding(facts.section_location(terms.section), {}, heading=terms.section.title)
