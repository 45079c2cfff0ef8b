"""Every section the template requires is present.

A missing section is anchored where it belongs: at the heading of the next
section (in template order) that the document does have, or at the end of
the document.  ``severities`` sets a different severity for some sections
(a pack may make Tikanga considerations a warning, say).
"""

from __future__ import annotations

from ..findings import SEVERITIES
from ..vocab import Field, List, Map, NonEmpty, OneOf, SectionKey
from ._common import say, unknown_sections, words

KIND = "required-sections"
PARAMS = {
    "sections": Field(NonEmpty(List(SectionKey)), "The sections the template requires, in its order."),
    "severities": Field(Map(OneOf(SEVERITIES)), "A severity other than the rule's for some sections "
                                                "(section key = severity).", {}),
    "words": words("{where} in the fix says where the missing section belongs.",
                   before="Before the section that follows it; {heading} is that section's heading.",
                   at_end="At the end of the document, when no later section is there."),
}


def validate(pack, rule):
    return unknown_sections(pack, rule.params["severities"])


def check(facts, rule):
    outline = facts.outline
    for key in rule.params["sections"]:
        if outline.has(key):
            continue
        following = outline.following(key)
        where = say(rule, "before", heading=following.title) if following else say(rule, "at_end")
        yield rule.finding(
            facts.section_or_place(key),
            {"section": key},
            severity=rule.params["severities"].get(key),
            section_name=facts.pack.section(key).name,
            where=where,
        )
