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
from ..wording import compile_wordings
from ..vocab import Field, List, Regex, SectionKey, Wordings

KIND = "forbidden-statement"
PARAMS = {
    "patterns": Field(List(Regex), "Sentences that say what must not be said.", []),
    "wordings": Field(Wordings, "The same as wordings (phrases, or word groups all said in one clause).", []),
    "negations": Field(List(Regex), "Cues before the match, in its clause, that negate it ('does not').", []),
    "exceptions": Field(List(Regex), "Sentences that are not reported although they match.", []),
    "requires": Field(List(Regex), "When given, a sentence is reported only if it matches one of these too.", []),
    "sections": Field(List(SectionKey), "The sections to look in; none listed: the whole body.", []),
}


def _phrases(pack, rule) -> PhraseRule:
    def build(pack):
        p = rule.params
        return PhraseRule(tuple(p["patterns"]), tuple(p["negations"]), tuple(p["exceptions"]), tuple(p["requires"]),
                          compile_wordings(p["wordings"], negatable=True, ordered=True), language_negation(pack))
    return pack.compiled(("phrases", rule.code), build)


def validate(pack, rule):
    if not rule.params["patterns"] and not rule.params["wordings"]:
        return "patterns or wordings must list at least one way of saying it"
    return None


def check(facts, rule):
    for m in find(facts, _phrases(facts.pack, rule), tuple(rule.params["sections"])):
        yield rule.finding(facts.location(m.sentence.block), {"text": shorten(m.clause)},
                           sentence=shorten(m.sentence.text, 200))
