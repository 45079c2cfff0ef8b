"""Contact details: people, roles, agencies, email addresses and phone numbers.

General recognisers for anything in a protocol that names someone to
contact (a breach contact, a review owner, a relationship manager, a
signatory).  What they recognise is pack data in ``[contacts]``:

* ``email`` - a regex for an email address;
* ``phones`` - regexes for phone numbers in the country's formats;
* ``roles`` - regexes for job titles and teams ("Privacy Officer",
  "Senior Adviser Privacy", "District Commander"); use ``(?i:...)`` for
  parts that may be written in lower case;
* ``free_mail_domains`` - email domains that say nothing about an agency;
* ``not_name_words`` - capitalised words that never start or sit in a
  person's name ("Privacy", "Breach", "Contact" ...).

An agency is a name from the agency catalogue (:mod:`linter.facts.agencies`),
a capitalised phrase holding one of its organisation words ("Te Rūnanga o
Ngāti Whātua", "Age Concern Trust"), or, failing those, the organisation's
email domain ("privacy@cyf.govt.nz" names the agency that owns cyf.govt.nz).
A person is a run of two to four capitalised words that is not an agency,
a role or made of ``not_name_words``: a heuristic, used only together with
an agency and contact details.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..model import Block
from ..vocab import Field, List, Regex, Str, Table, declare
from . import Facts
from .agencies import catalogue
from .filler import filler
from .table_rows import table_index

WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*")
CONNECTORS = {"o", "of", "for", "and", "the", "&", "te", "ki", "a", "me"}
MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class ContactDetails:
    """What a piece of text says about someone to contact."""

    people: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()

    @property
    def who(self) -> bool:
        return bool(self.people or self.roles)

    @property
    def reachable(self) -> bool:
        return bool(self.emails or self.phones)

    @property
    def complete(self) -> bool:
        """A person or role, an agency, and an email address or phone number."""
        return self.who and bool(self.agencies) and self.reachable

    def __add__(self, other: "ContactDetails") -> "ContactDetails":
        def merge(a, b):
            return tuple(dict.fromkeys((*a, *b)))

        return ContactDetails(*(merge(getattr(self, f), getattr(other, f))
                                for f in ("people", "roles", "agencies", "emails", "phones")))


CONTACTS = declare(Table("contacts", "How people, roles and ways to reach them are written.", {
    "email": Field(Regex, "An email address.", r"[\w.%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "phones": Field(List(Regex), "Phone numbers as the country writes them.", []),
    "roles": Field(List(Regex), "Role titles that stand for a person ('Privacy Officer'); letter case matters "
                                "unless a pattern says (?i).", []),
    "who_columns": Field(List(Regex), "Column headers of a contacts table that hold who to call.", []),
    "free_mail_domains": Field(List(Str), "Personal email domains (an address there is no agency's).", []),
    "not_name_words": Field(List(Str), "Capitalised words that never start a person's name.", []),
}))


class _ContactPatterns:
    """The pack's contact patterns, compiled once per pack."""

    def __init__(self, pack):
        cfg = CONTACTS.read(pack)
        self.email_re = re.compile(cfg["email"])
        self.phone_res = [re.compile(p) for p in cfg["phones"]]
        self.role_res = [re.compile(p) for p in cfg["roles"]]
        self.free_mail = tuple(d.lower() for d in cfg["free_mail_domains"])
        self.not_name_words = frozenset(w.lower() for w in cfg["not_name_words"])
        self.who_column_res = [re.compile(p, re.I) for p in cfg["who_columns"]]


class ContactRecogniser:
    def __init__(self, facts: Facts):
        self.facts = facts
        p = facts.pack.compiled("contacts", _ContactPatterns)
        self.email_re, self.phone_res, self.role_res = p.email_re, p.phone_res, p.role_res
        self.free_mail, self.not_name_words, self.who_column_res = p.free_mail, p.not_name_words, p.who_column_res

    @cached_property
    def agencies_catalogue(self):
        return self.facts.get(catalogue)

    # -- single recognisers -----------------------------------------------
    def emails(self, text: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.group(0).rstrip(".") for m in self.email_re.finditer(text)))

    def phones(self, text: str) -> tuple[str, ...]:
        found: list[tuple[int, int, str]] = []
        for rx in self.phone_res:
            for m in rx.finditer(text):
                if not any(m.start() < e and s < m.end() for s, e, _ in found):
                    found.append((m.start(), m.end(), m.group(0).strip()))
        return tuple(p for _, _, p in sorted(found))

    def roles(self, text: str) -> tuple[str, ...]:
        found = []
        for rx in self.role_res:
            found.extend(" ".join(m.group(0).split()) for m in rx.finditer(text))
        return tuple(dict.fromkeys(found))

    def agencies(self, text: str) -> tuple[str, ...]:
        """Agencies named in the text (catalogue names, or the phrase as written), then email domains."""
        cat = self.agencies_catalogue
        found = list(cat.known_in(text))
        for phrase in self._capitalised_runs(text, connectors=True):
            if not cat.known_in(phrase) and cat.looks_like_agency(phrase):
                found.append(phrase)
        if not found:
            for email in self.emails(text):
                domain = email.rsplit("@", 1)[1].lower()
                if not any(domain == d or domain.endswith("." + d) for d in self.free_mail):
                    found.append(domain)
        return tuple(dict.fromkeys(found))

    def people(self, text: str) -> tuple[str, ...]:
        """Runs of 2-4 capitalised words that are not an agency, a role or known non-name words."""
        cat = self.agencies_catalogue
        roles = " ".join(self.roles(text)).lower()
        out = []
        for phrase in self._capitalised_runs(text, connectors=False):
            words = phrase.split()
            while words and self._not_name(words[0]):  # "Contact Hana Rāwiri" -> "Hana Rāwiri"
                words.pop(0)
            if not 2 <= len(words) <= MAX_NAME_WORDS or any(self._not_name(w) for w in words):
                continue  # "Privacy Act", "FUNDING OPPORTUNITIES": not names
            phrase = " ".join(words)
            if cat.looks_like_agency(phrase) or phrase.lower() in roles:
                continue
            out.append(phrase)
        return tuple(dict.fromkeys(out))

    def _not_name(self, word: str) -> bool:
        return word.lower().strip("’'") in self.not_name_words or word.isupper()

    def details(self, text: str) -> ContactDetails:
        return ContactDetails(self.people(text), self.roles(text), self.agencies(text),
                              self.emails(text), self.phones(text))

    # -- over blocks ---------------------------------------------------------
    def contact_in(self, blocks: tuple[Block, ...], exclude: tuple[re.Pattern, ...] = ()) -> ContactDetails:
        """Everything the blocks say about a contact, read sentence by sentence.

        In a sentence that mentions one of ``exclude`` (a body such as a
        regulator whose own number appears in a sentence about notifying it)
        the excluded names are ignored, and so are its email addresses and
        phone numbers unless the rest of the sentence is a complete contact."""
        from .. import nlp

        fill = self.facts.get(filler)
        total = ContactDetails()
        for block in blocks:
            text = fill.substance(block)
            if not text:
                continue
            if self._under_who_column(block) and not self.emails(text) and not self.phones(text):
                total = total + ContactDetails(roles=(text,))  # "Breach contact | Agency | Phone": the who
            for sentence in nlp.sentences(text):
                if exclude and any(rx.search(sentence) for rx in exclude):
                    kept = self.details(_without(sentence, exclude))
                    if not kept.complete:  # their number, not the contact's: keep only who and where
                        kept = ContactDetails(kept.people, kept.roles, kept.agencies)
                    total = total + kept
                else:
                    total = total + self.details(sentence)
        return total

    def _under_who_column(self, block: Block) -> bool:
        """A table cell under a heading that names the person or role ("Breach contact", "Name")."""
        place = self.facts.get(table_index).place(block)
        header = place.column_heading if place is not None else ""
        return bool(header) and len(header.split()) <= 4 and any(rx.search(header) for rx in self.who_column_res)

    def _capitalised_runs(self, text: str, connectors: bool) -> list[str]:
        """Maximal runs of capitalised words (joined by connectors such as "of", "o" when asked)."""
        runs: list[list[str]] = []
        current: list[str] = []
        last_end = 0
        for m in WORD_RE.finditer(text):
            word = m.group(0)
            gap = text[last_end:m.start()]
            joined = current and re.fullmatch(r"[ \u00a0]+|\s*[–-]\s*" if connectors else r"[ \u00a0]+", gap)
            if word[0].isupper():
                if current and not joined:
                    runs.append(current)
                    current = []
                current.append(word)
            elif connectors and current and joined and word.lower() in CONNECTORS:
                current.append(word)
            else:
                if current:
                    runs.append(current)
                current = []
            last_end = m.end()
        if current:
            runs.append(current)
        out = []
        for run in runs:
            while run and run[-1].lower() in CONNECTORS and not run[-1][0].isupper():
                run.pop()
            if run:
                out.append(" ".join(run))
        return out


def _without(text: str, patterns: tuple[re.Pattern, ...]) -> str:
    for rx in patterns:
        text = rx.sub(" ", text)
    return text


def contacts(facts: Facts) -> ContactRecogniser:
    return ContactRecogniser(facts)
