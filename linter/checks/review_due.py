"""The next review is not overdue on the ``--as-of`` date (default today).

Due is the stated next review date, or the approval date (latest signature
date, or a date of approval statement) plus the review period.  With neither
known, nothing is reported.
"""

from __future__ import annotations

from ..facts.dates import calendar_of
from ..facts.review import review
from ._anchors import each_section, sections_param
from ._common import say, words

KIND = "review-due"
PARAMS = {"sections": sections_param("whose next review must not be overdue", "review_terms"),
          "words": words(
    "{basis} in the message says how the due date was worked out.",
    stated="The due date as the document states it; {date} is its words.",
    computed="The due date worked out; {months} is the review period, {approved} the approval date.")}


def check(facts, rule):
    for arg, _ in each_section(facts, rule, "review_terms"):
        yield from _overdue(facts, rule, facts.get(review, arg))


def _overdue(facts, rule, terms):
    day = calendar_of(facts.pack).write  # 4 November 2025, in the pack's words
    if terms.status(facts.options.as_of) != "overdue":
        return
    due = terms.due
    if terms.next_review is not None:
        basis = say(rule, "stated", date=terms.next_review.text)
    else:
        basis = say(rule, "computed", months=terms.period.months, approved=day(terms.approved))
    anchor = terms.due_at
    location = facts.location(anchor) if anchor else facts.end_location()
    yield rule.finding(location, {"due": due.isoformat()}, basis=basis, due_date=day(due),
                       as_of=day(facts.options.as_of))
