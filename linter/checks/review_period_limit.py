"""The review period is no longer than the pack allows (``max_months``)."""

from __future__ import annotations

from ..facts.review import review
from ..vocab import AtLeast, Field

KIND = "review-period-limit"
PARAMS = {"max_months": Field(AtLeast(1), "The longest review period allowed, in months.", 24)}


def check(facts, rule):
    terms = facts.get(review)
    limit = rule.params["max_months"]
    if terms.period is not None and terms.period.months > limit:
        yield rule.finding(facts.location(terms.period_at), {"months": terms.period.months},
                           max_months=limit, period=terms.period.text)
