"""The next review is not overdue on the ``--as-of`` date (default today).

Due is the stated next review date, or the approval date (latest signature
date, or a date of approval statement) plus the review period.  With neither
known, nothing is reported.
"""

from __future__ import annotations

from ..facts.review import review
from ._common import say, words

KIND = "review-due"
PARAMS = {"words": words(
    "{basis} in the message says how the due date was worked out.",
    stated="The due date as the document states it; {date} is its words.",
    computed="The due date worked out; {months} is the review period, {approved} the approval date.")}


def check(facts, rule):
    terms = facts.get(review)
    due = terms.due
    if due is None or due >= facts.options.as_of:
        return
    if terms.next_review is not None:
        basis = say(rule, "stated", date=terms.next_review.text)
    else:
        basis = say(rule, "computed", months=terms.period.months, approved=_day(terms.approved))
    anchor = terms.due_at
    location = facts.location(anchor) if anchor else facts.end_location()
    yield rule.finding(location, {"due": due.isoformat()}, basis=basis, due_date=_day(due),
                       as_of=_day(facts.options.as_of))


def _day(d) -> str:
    return f"{d.day} {d:%B %Y}"  # 4 November 2025 (strftime's %-d is not portable)
