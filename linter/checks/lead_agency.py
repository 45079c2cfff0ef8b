"""The protocol identifies its lead attending agency.

Found anywhere: "New Zealand Police is the lead attending agency", "Lead
agency: MSD", "(lead agency)" after a name in the list, a "Lead agency" role
cell (see :mod:`linter.facts.signatories`).  Reported at the attending
agencies section; with no such section the missing-section rule reports
that instead.
"""

from __future__ import annotations

from ..facts.attendance import lead_agency
from ._anchors import vocab_section

KIND = "lead-agency"
PARAMS: dict = {}


def check(facts, rule):
    sections = facts.outline.by_key(vocab_section(facts.pack, "attending_agencies"))
    if not sections or facts.get(lead_agency) is not None:
        return
    yield rule.finding(facts.section_location(sections[0]), {}, heading=sections[0].title)
