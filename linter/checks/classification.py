"""The protocol's security classification: stated, high enough, known, consistent.

One kind, four problems, chosen by the ``problem`` parameter (each is its
own rule in the pack):

* ``missing`` - no classification anywhere: not in the classification
  section, not stated elsewhere in the body, not in the page header or
  footer, not in a classification document property.  Reported also when
  the section is missing (a protocol with no classification at all has two
  problems); silent when the section is there but empty, which the
  empty-section rule reports.
* ``below-minimum`` - the classification that counts (see
  :mod:`linter.facts.classification`) ranks below ``minimum``.
  ``data: {"classification": level}``.
* ``unknown`` - a marking that is not a level of the pack's scheme, with the
  nearest level as a suggestion (raised to ``minimum`` when it is lower).
  ``data: {"classification": marking}``.
* ``mismatch`` - a header, footer or property marking of a level the body
  does not state.  ``data: {"classification": body level, "marking": other level}``.

Message placeholders besides ``data``: ``minimum``, ``suggestion``, ``where``
(where the marking is: 'the page header', 'the "Security classification"
section' ...), ``section_name``.
"""

from __future__ import annotations

from ..facts.classification import Marking, classification, scheme
from ..facts.filler import filler
from ..facts.classification import CLASSIFICATIONS
from ..vocab import Field, OneOf, Str
from ._anchors import each_section, sections_param
from ._common import needs_words, say, words

KIND = "classification"
PROBLEMS = ("missing", "below-minimum", "unknown", "mismatch")
PARAMS = {
    "problem": Field(OneOf(PROBLEMS), "What to report: no classification, one below the minimum, a marking "
                                      "of another scheme, or two that disagree."),
    "minimum": Field(Str, "The lowest level allowed (a level of [classifications]); for below-minimum.", ""),
    "sections": sections_param("that state the classification", "classifications"),
    "words": words("{where} and {body_where} say where a marking is.", optional=True,
                   header="In the page header.", footer="In the page footer.",
                   property="In a document property; {property} is its name.",
                   section="In the body; {title} is the section's heading."),
}


def validate(pack, rule):
    unworded = needs_words(rule, "where", "body_where")
    if unworded:
        return unworded
    cfg = CLASSIFICATIONS.read(pack)
    if not cfg["levels"] or not cfg["section"]:
        return "the pack needs a [classifications] table with levels and section"
    levels = [lv["name"] for lv in cfg["levels"]]
    minimum = rule.params["minimum"]
    if rule.params["problem"] == "below-minimum" and not minimum:
        return "problem below-minimum needs a minimum"
    if minimum and minimum not in levels:
        return f"minimum {minimum!r} is not one of the classification levels ({', '.join(levels)})"
    return None


def check(facts, rule):
    for arg, _ in each_section(facts, rule, "classifications"):
        yield from _CHECKS[rule.params["problem"]](facts, rule, facts.get(classification, arg))


def _missing(facts, rule, found):
    if found.statements or found.markings:
        return
    fill = facts.get(filler)
    key = found.section
    copies = facts.outline.by_key(key)
    if copies and not any(fill.substance(b) or any(not c.showing_placeholder for c in b.controls)
                          for s in copies for b in s.blocks):
        return  # an empty section: the empty-section rule says so
    yield rule.finding(facts.section_or_place(key), {}, section_name=facts.pack.section(key).name)


def _below_minimum(facts, rule, found):
    stated = found.stated
    minimum = rule.params["minimum"]
    levels = found.scheme
    if stated is None or not stated.known or levels.rank(stated.name) >= levels.rank(minimum):
        return
    yield rule.finding(_location(facts, found, stated), {"classification": stated.name},
                       minimum=minimum, where=_where(facts, rule, found, stated))


def _unknown(facts, rule, found):
    minimum = rule.params["minimum"]
    levels = facts.get(scheme)
    for marking in found.foreign:
        suggestion = marking.nearest or minimum or levels.levels[0]
        if minimum and (levels.rank(suggestion) or 0) < levels.rank(minimum):
            suggestion = minimum
        yield rule.finding(_location(facts, found, marking), {"classification": marking.name},
                           suggestion=suggestion, minimum=minimum or suggestion,
                           where=_where(facts, rule, found, marking))


def _mismatch(facts, rule, found):
    body = found.stated
    for marking in found.mismatches:
        yield rule.finding(_location(facts, found, marking),
                           {"classification": body.name, "marking": marking.name},
                           where=_where(facts, rule, found, marking), body_where=_where(facts, rule, found, body))


_CHECKS = {"missing": _missing, "below-minimum": _below_minimum, "unknown": _unknown, "mismatch": _mismatch}


def _location(facts, found, marking: Marking):
    if marking.block is not None:
        return facts.location(marking.block)
    copies = facts.outline.by_key(found.section)
    return facts.section_location(copies[0]) if copies else facts.end_location()


def _where(facts, rule, found, marking: Marking) -> str:
    if rule.params["words"] is None:
        return ""
    if marking.source in ("header", "footer"):
        return say(rule, marking.source)
    if marking.source == "property":
        return say(rule, "property", property=marking.property)
    section = facts.outline.section_at(marking.block) if marking.block is not None else None
    title = section.title if section else facts.pack.section(found.section).name
    return say(rule, "section", title=title)
