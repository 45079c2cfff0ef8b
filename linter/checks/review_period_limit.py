"""The review period is no longer than the pack allows (``max_months``)."""

from __future__ import annotations

from ..facts.review import review
from ._anchors import unknown_vocab_section

KIND = "review-period-limit"
PARAMS = {"max_months": int}
DEFAULTS = {"max_months": 24}


def validate(pack, rule):
    if rule.params["max_months"] < 1:
        return "parameter 'max_months' must be at least 1"
    return unknown_vocab_section(pack, "review_terms", "review")


def check(facts, rule):
    terms = facts.get(review)
    limit = rule.params["max_months"]
    if terms.period is not None and terms.period.months > limit:
        yield rule.finding(facts.location(terms.period_at), {"months": terms.period.months},
                           max_months=limit, period=terms.period.text)
