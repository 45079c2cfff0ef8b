"""Every attending agency has a signatory block.

Agencies are matched by name, alias and fuzzily (``same_agency``), or by a
block that names the agency.  When the protocol has no signatory blocks at
all, the missing-signatories rule reports that instead of one finding per
agency.
"""

from __future__ import annotations

from ..facts.attendance import attending_agencies
from ..facts.signatures import signatories, signs_for
from ._anchors import vocab_section

KIND = "unsigned-agencies"
PARAMS: dict = {}


def check(facts, rule):
    signed = facts.get(signatories)
    if not signed:
        return
    key = vocab_section(facts.pack, "signatories")
    approval = facts.outline.by_key(key)
    for agency in facts.get(attending_agencies):
        if any(signs_for(facts, s, agency.name) for s in signed):
            continue
        where = facts.section_location(approval[0]) if approval else facts.location(agency.block)
        yield rule.finding(where, {"agency": agency.name},
                           heading=approval[0].title if approval else facts.pack.section(key).name)
