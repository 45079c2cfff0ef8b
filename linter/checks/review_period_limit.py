"""The review period is no longer than the pack allows (``max_months``)."""

from __future__ import annotations

from ..facts.review import review
from ._anchors import each_section, sections_param
from ..vocab import AtLeast, Field

KIND = "review-period-limit"
PARAMS = {"max_months": Field(AtLeast(1), "The longest review period allowed, in months.", 24),
          "sections": sections_param("whose review period is limited", "review_terms")}


def check(facts, rule):
    limit = rule.params["max_months"]
    for arg, _ in each_section(facts, rule, "review_terms"):
        terms = facts.get(review, arg)
        if terms.period is not None and terms.period.months > limit:
            yield rule.finding(facts.location(terms.period_at), {"months": terms.period.months},
                               max_months=limit, period=terms.period.text)
