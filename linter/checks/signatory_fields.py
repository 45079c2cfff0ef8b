"""Each signatory block says who signs and in what role (and, for a final version, when).

``required`` lists the fields every block needs (name, role, agency,
signature, date); ``required_final`` the ones a final version (``--final``)
needs as well.  A blank, a line of underscores or a placeholder is missing.
"""

from __future__ import annotations

from ..facts.signatures import FIELDS, signatories
from ..vocab import Field, List, OneOf

KIND = "signatory-fields"
PARAMS = {
    "required": Field(List(OneOf(FIELDS)), "The fields every signature block must have filled.", ["name", "role"]),
    "required_final": Field(List(OneOf(FIELDS)), "More fields required of a final version (--final).", ["date"]),
}
LABELS = {"agency": "agency", "name": "name", "role": "role or title", "signature": "signature", "date": "date"}


def check(facts, rule):
    fields = list(rule.params["required"])
    if facts.options.final:
        fields += [f for f in rule.params["required_final"] if f not in fields]
    for s in facts.get(signatories):
        missing = s.missing(fields)
        if not missing:
            continue
        agency = s.agency or None
        who = f"for {agency}" if agency else (f"of {s.name}" if s.name else "")
        yield rule.finding(facts.location(s.block), {"agency": agency, "missing": missing},
                           who=who, fields=" and ".join(LABELS[f] for f in missing))
