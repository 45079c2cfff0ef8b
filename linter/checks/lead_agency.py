"""The protocol identifies its lead attending agency.

Found anywhere: "New Zealand Police is the lead attending agency", "Lead
agency: MSD", "(lead agency)" after a name in the list, a "Lead agency" role
cell (see :mod:`linter.facts.signatories`).  Reported at the attending
agencies section; with no such section the missing-section rule reports
that instead.
"""

from __future__ import annotations

from ..facts.attendance import lead_agency
from ._anchors import each_section, sections_param

KIND = "lead-agency"
PARAMS = {"sections": sections_param("where a missing lead agency is reported", "attending_agencies")}


def check(facts, rule):
    if facts.get(lead_agency) is not None:
        return
    for _, key in each_section(facts, rule, "attending_agencies"):
        sections = facts.outline.by_key(key)
        if sections:
            yield rule.finding(facts.section_location(sections[0]), {}, heading=sections[0].title)
