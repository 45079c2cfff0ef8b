"""A section names someone to contact: a person or role, their agency, and an email or phone.

``sections`` lists the section keys to read (every copy); the first present
one is where a missing contact is reported.  ``exclude`` holds regexes for
bodies that are not the contact although the section mentions them with
their own details (a regulator to notify, say): in a sentence that mentions
one, its numbers and addresses do not count unless the rest of the sentence
is a complete contact.  ``references`` holds regexes for references to
another part of the document ("Schedule 2", "the key contacts table"): a
section whose heading contains the referenced words is read too, so a
contact kept in a schedule the section points to counts.

Nothing is reported when none of the sections is present (the section rules
say so).  Message placeholders: ``heading`` and ``missing`` (what the
contact lacks, in words).
"""

from __future__ import annotations

import re

from ..facts.contacts import contacts
from ..facts.table_rows import table_index
from ..text import words_only
from ..vocab import Field, List, NonEmpty, Regex, SectionKey
from ._common import listing, say, words

KIND = "contact-present"
PARAMS = {
    "sections": Field(NonEmpty(List(SectionKey)), "The sections that hold the contact."),
    "exclude": Field(List(Regex), "Sentences that name people who are not the contact.", []),
    "references": Field(List(Regex), "Sentences that point to a contact written elsewhere ('see the contacts "
                                     "table').", []),
    "reference_focus": Field(List(Regex), "Words that make such a reference about this contact.", []),
    "words": words("{missing} in the message says what the contact lacks.",
                   no_who="No person or role.", no_agency="No agency.", no_reach="No email address or phone.",
                   **{"and": "Between the last two of a list ('a, b and c')."}),
}


def check(facts, rule):
    copies = [s for key in rule.params["sections"] for s in facts.outline.by_key(key)]
    if not copies:
        return
    recogniser = facts.get(contacts)
    exclude = tuple(re.compile(p, re.I) for p in rule.params["exclude"])
    blocks = tuple(b for s in copies for b in s.blocks)
    found = recogniser.contact_in(blocks, exclude)
    if not found.complete:
        focus = tuple(re.compile(p, re.I) for p in rule.params["reference_focus"])
        for section in _referenced(facts, copies, rule.params["references"]):
            found = found + recogniser.contact_in(_focused(facts, section.blocks, focus), exclude)
    if found.complete:
        return
    yield rule.finding(facts.section_location(copies[0]), {}, heading=copies[0].title,
                       missing=_missing(rule, found))


def _referenced(facts, copies, patterns):
    """Other sections whose heading holds words the given sections refer to."""
    text = "\n".join(b.text for s in copies for b in s.blocks)
    refs = {words_only(m.group(0)) for p in patterns for m in re.finditer(p, text, re.I)}
    own = {s.heading.index for s in copies}
    return [s for s in facts.outline.sections
            if s.heading.index not in own and any(r and r in words_only(s.title) for r in refs)]


def _focused(facts, blocks, focus):
    """In a referenced section (a key contacts schedule), the table rows and paragraphs that are about
    this contact (they mention one of ``focus``: "Privacy Incident Contact | ..."); all of them when
    ``focus`` is empty."""
    if not focus:
        return blocks
    rows = facts.get(table_index)
    out = []
    for b in blocks:
        place = rows.place(b)
        text = " ".join(c.text for c in place.cells) if place is not None else b.text
        if any(rx.search(text) for rx in focus):
            out.append(b)
    return tuple(out)


def _missing(rule, found) -> str:
    """What the contact lacks, in the pack's words ("no person or role, no agency and ...")."""
    lacks = [key for key, ok in (("no_who", found.who), ("no_agency", found.agencies),
                                 ("no_reach", found.reachable)) if not ok]
    return listing(rule, [say(rule, key) for key in lacks])
