"""The next review is not overdue on the ``--as-of`` date (default today).

Due is the stated next review date, or the approval date (latest signature
date, or a date of approval statement) plus the review period.  With neither
known, nothing is reported.
"""

from __future__ import annotations

from ..facts.review import review

KIND = "review-due"
PARAMS: dict = {}


def check(facts, rule):
    terms = facts.get(review)
    due = terms.due
    if due is None or due >= facts.options.as_of:
        return
    if terms.next_review is not None:
        basis = f'the protocol gives "{terms.next_review.text}" as the next review date'
    else:
        basis = f"{terms.period.months} months after approval on {_day(terms.approved)}"
    anchor = terms.due_at
    location = facts.location(anchor) if anchor else facts.end_location()
    yield rule.finding(location, {"due": due.isoformat()}, basis=basis, due_date=_day(due),
                       as_of=_day(facts.options.as_of))


def _day(d) -> str:
    return f"{d.day} {d:%B %Y}"  # 4 November 2025 (strftime's %-d is not portable)
