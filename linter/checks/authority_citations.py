"""The legal authorities a protocol cites are laws, and laws still in force.

``report`` picks what a rule reports:

* ``unrecognised`` - an authority given for sharing (an authority cell, a
  list item, a purpose's own citation) that is not a law in the pack's
  catalogue: a law the catalogue does not know ("Social Sector Information
  Sharing Act 2019, s 12") or something that is not law at all ("common
  law", "our agency's policy", "the Protocol").  Each wording is reported
  once, where it first appears.
* ``repealed`` - a repealed or renamed law cited anywhere in the document
  (not only in the legal-authority section), once per law, at its first
  mention; sentences that only record the repeal are not citations.
"""

from __future__ import annotations

from ..facts.authorities import catalogue, purpose_authorities, repealed_mentions
from ..vocab import Field, OneOf
from ._common import say, words

KIND = "authority-citations"
REPORTS = ("unrecognised", "repealed")
PARAMS = {
    "report": Field(OneOf(REPORTS), "Which citations to report: laws the pack does not know, or repealed laws."),
    "words": words("{reason} says why an authority is not recognised; {mentions} how often a repealed law "
                   "is cited.",
                   unknown_law="Unrecognised: a law by a name and year the pack does not know.",
                   not_law="Unrecognised: something that is not a law.",
                   mentioned_once="Repealed: cited once.",
                   mentioned="Repealed: cited {times} times."),
}


def check(facts, rule):
    if rule.params["report"] == "unrecognised":
        yield from _unrecognised(facts, rule)
    else:
        yield from _repealed(facts, rule)


def _unrecognised(facts, rule):
    cat = facts.get(catalogue)
    seen: set[str] = set()
    for authority in facts.get(purpose_authorities).authorities:
        found = [(c.text, c.block or authority.block, "unknown_law") for c in authority.citations
                 if not c.known and c.act]
        if authority.stated and not authority.citations and not authority.authority_labels:
            text = authority.text.strip().rstrip(".")
            if text and not cat.says_none(text):
                found.append((text, authority.block, "not_law"))
        for text, block, why in found:
            if text.lower() in seen:
                continue
            seen.add(text.lower())
            yield rule.finding(facts.location(block), {"authority": text}, reason=say(rule, why))


def _repealed(facts, rule):
    first: dict[str, object] = {}
    count: dict[str, int] = {}
    for mention in facts.get(repealed_mentions):
        act = mention.citation.act
        first.setdefault(act, mention)
        count[act] = count.get(act, 0) + 1
    for act, mention in first.items():
        c = mention.citation
        times = count[act]
        yield rule.finding(
            facts.location(c.block),
            {"authority": act, "replacement": c.repealed_by},
            mentions=say(rule, "mentioned_once") if times == 1 else say(rule, "mentioned", times=times),
        )
