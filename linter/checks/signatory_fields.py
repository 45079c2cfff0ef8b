"""Each signatory block says who signs and in what role (and, for a final version, when).

``required`` lists the fields every block needs (name, role, agency,
signature, date); ``required_final`` the ones a final version (``--final``)
needs as well.  A blank, a line of underscores or a placeholder is missing.
"""

from __future__ import annotations

from ..facts.signatures import FIELDS, signatories
from ..vocab import Field, List, OneOf
from ._anchors import each_section, sections_param
from ._common import listing, say, words

KIND = "signatory-fields"
PARAMS = {
    "required": Field(List(OneOf(FIELDS)), "The fields every signature block must have filled.", ["name", "role"]),
    "required_final": Field(List(OneOf(FIELDS)), "More fields required of a final version (--final).", ["date"]),
    "sections": sections_param("whose signature blocks are checked", "signatories"),
    "words": words("{who} says whose block it is, {fields} what it lacks.",
                   agency="The agency field.", name="The name field.", role="The role field.",
                   signature="The signature field.", date="The date field.",
                   for_agency="Whose block: {agency} is the agency it is for.",
                   of_person="Whose block, when it names no agency: {name} is the signatory.",
                   **{"and": "Between the last two of a list ('name and role')."}),
}


def check(facts, rule):
    fields = list(rule.params["required"])
    if facts.options.final:
        fields += [f for f in rule.params["required_final"] if f not in fields]
    for s in (s for arg, _ in each_section(facts, rule, "signatories") for s in signatories(facts, arg)):
        missing = s.missing(fields)
        if not missing:
            continue
        agency = s.agency or None
        who = say(rule, "for_agency", agency=agency) if agency else (
            say(rule, "of_person", name=s.name) if s.name else "")
        yield rule.finding(facts.location(s.block), {"agency": agency, "missing": missing},
                           who=who, fields=listing(rule, [say(rule, f) for f in missing]))
