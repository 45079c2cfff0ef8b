"""Every attending agency has a signatory block.

Agencies are matched by name, alias and fuzzily (``same_agency``), or by a
block that names the agency.  When the protocol has no signatory blocks at
all, the missing-signatories rule reports that instead of one finding per
agency.
"""

from __future__ import annotations

from ..facts.attendance import attending_agencies
from ..facts.signatures import signatories, signs_for
from ._anchors import each_section, sections_param

KIND = "unsigned-agencies"
PARAMS = {"sections": sections_param("whose signature blocks must cover every attending agency", "signatories")}


def check(facts, rule):
    for arg, key in each_section(facts, rule, "signatories"):
        yield from _unsigned(facts, rule, signatories(facts, arg), key)


def _unsigned(facts, rule, signed, key):
    if not signed:
        return
    approval = facts.outline.by_key(key)
    for agency in facts.get(attending_agencies):
        if any(signs_for(facts, s, agency.name) for s in signed):
            continue
        where = facts.section_location(approval[0]) if approval else facts.location(agency.block)
        yield rule.finding(where, {"agency": agency.name},
                           heading=approval[0].title if approval else facts.pack.section(key).name)
