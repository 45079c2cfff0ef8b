"""Wording a protocol must not contain, found sentence by sentence with negation handled.

A rule lists ``patterns`` (regular expressions); a sentence that matches one
is reported unless a ``negations`` cue stands before the match in the same
clause or inside the match ("This protocol does NOT itself authorise ..."),
the sentence matches one of the ``exceptions`` (the guidance's own warning
wording), or it fails all of ``requires`` when that list is given (e.g. a
word for keeping or collecting information).  ``sections`` limits the rule
to some sections; empty means the whole body.  The finding's ``text`` is
the clause holding the match, cut at a word boundary to 80 characters.
"""

from __future__ import annotations

from ..facts.statements import PhraseRule, find, shorten
from ..lexicon import language_negation
from ..vocab import Wordings
from ..wording import compile_wordings
from ._common import unknown_sections

KIND = "forbidden-statement"
PARAMS = {
    "patterns": (list, str),
    "wordings": Wordings,
    "negations": (list, str),
    "exceptions": (list, str),
    "requires": (list, str),
    "sections": (list, str),
}
DEFAULTS = {"patterns": [], "wordings": [], "negations": [], "exceptions": [], "requires": [], "sections": []}


def _phrases(pack, rule) -> PhraseRule:
    def build(pack):
        p = rule.params
        return PhraseRule(tuple(p["patterns"]), tuple(p["negations"]), tuple(p["exceptions"]), tuple(p["requires"]),
                          compile_wordings(p["wordings"], negatable=True, ordered=True), language_negation(pack))
    return pack.compiled(("phrases", rule.code), build)


def validate(pack, rule):
    if not rule.params["patterns"] and not rule.params["wordings"]:
        return "patterns or wordings must list at least one way of saying it"
    p = rule.params
    return (PhraseRule(tuple(p["patterns"]), tuple(p["negations"]), tuple(p["exceptions"]),
                       tuple(p["requires"])).problems()
            or unknown_sections(pack, rule.params["sections"]))


def check(facts, rule):
    for m in find(facts, _phrases(facts.pack, rule), tuple(rule.params["sections"])):
        yield rule.finding(facts.location(m.sentence.block), {"text": shorten(m.clause)},
                           sentence=shorten(m.sentence.text, 200))
