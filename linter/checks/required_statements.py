"""Each concept of a pack's concept set is stated, in some wording, in the given sections.

``concepts`` names the pack table holding the concept set (see
:mod:`linter.facts.controls` for its shape: phrase patterns with synonyms,
negation-aware); ``sections`` lists the section keys where a statement
counts, the first present one being where a missing statement is reported;
``only`` limits the rule to some concept keys; ``data_key`` names the
finding's data key for the concept ("control" for security controls).

One finding per concept not stated.  When none of the sections is in the
document, nothing is reported: the missing section is one finding (ISP101),
not one per concept.  Message placeholders: ``label`` (the concept's
label), ``heading`` (the heading the finding points at), and ``data_key``'s
value.
"""

from __future__ import annotations

from ..facts.controls import STATEMENTS, concepts
from ..vocab import Field, List, NonEmpty, SectionKey, Str

KIND = "required-statements"
PARAMS = {
    "concepts": Field(Str, "The concept set ([statements.NAME]) whose every concept must be stated."),
    "sections": Field(NonEmpty(List(SectionKey)), "The sections to look in."),
    "only": Field(List(Str), "Only these concepts of the set; none listed: all.", []),
    "data_key": Field(Str, "The finding's data key for the missing concept.", "concept"),
}


def validate(pack, rule):
    sets = STATEMENTS.read(pack)  # validated, not compiled: compiling needs spaCy, which loads lazily
    name = rule.params["concepts"]
    if name not in sets:
        return f"the pack has no concept set [statements.{name}] (it has: {', '.join(sorted(sets)) or 'none'})"
    keys = {c["key"] for c in sets[name]["concepts"]}
    unknown = [k for k in rule.params["only"] if k not in keys]
    if unknown:
        return f"only names concept(s) {', '.join(unknown)} that [statements.{name}] does not define"
    return None


def check(facts, rule):
    sections = tuple(rule.params["sections"])
    present = [s for key in sections for s in facts.outline.by_key(key)]
    if not present:
        return
    anchor = present[0]
    only = set(rule.params["only"])
    for result in facts.get(concepts).find(rule.params["concepts"], sections):
        if result.stated or (only and result.concept.key not in only):
            continue
        yield rule.finding(facts.section_location(anchor), {rule.params["data_key"]: result.concept.key},
                           label=result.concept.label, heading=anchor.title)
