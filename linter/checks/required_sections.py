"""Every section the template requires is present.

A missing section is anchored where it belongs: at the heading of the next
section (in template order) that the document does have, or at the end of
the document.  ``severities`` sets a different severity for some sections
(a pack may make Tikanga considerations a warning, say).
"""

from __future__ import annotations

from ._common import bad_severities, unknown_sections

KIND = "required-sections"
PARAMS = {"sections": (list, str), "severities": dict}
DEFAULTS = {"severities": {}}


def validate(pack, rule):
    return unknown_sections(pack, [*rule.params["sections"], *rule.params["severities"]]) or bad_severities(
        rule.params["severities"]
    )


def check(facts, rule):
    outline = facts.outline
    for key in rule.params["sections"]:
        if outline.has(key):
            continue
        following = outline.following(key)
        where = f'before "{following.title}"' if following else "at the end of the document"
        yield rule.finding(
            facts.section_or_place(key),
            {"section": key},
            severity=rule.params["severities"].get(key),
            section_name=facts.pack.section(key).name,
            where=where,
        )
