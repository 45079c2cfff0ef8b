"""The review section names the agency responsible for initiating the review.

"The lead agency will initiate the review" counts when the protocol says
which agency is the lead; see :mod:`linter.facts.review`.
"""

from __future__ import annotations

from ..facts.review import review
from ._anchors import each_section, sections_param

KIND = "review-owner"
PARAMS = {"sections": sections_param("whose review terms must name who starts the review", "review_terms")}


def check(facts, rule):
    for arg, _ in each_section(facts, rule, "review_terms"):
        terms = facts.get(review, arg)
        if terms.section is None or terms.owner is not None:
            continue
        yield rule.finding(facts.section_location(terms.section), {}, heading=terms.section.title)
