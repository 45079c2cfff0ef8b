"""Review terms: how often the protocol is reviewed, who starts the review, when it is due.

Only the review section is read (and a review row of a form table), and in
it only what is about reviewing this protocol: a sentence with a review word
("reviewed every 24 months"), a labelled row ("Review period | 12 months"),
or a short value in a review form row ("Annually").  Other periods in the
protocol (relationship managers meeting six-monthly, information deleted
after 6 months) are not the review period.  A sentence about asking for a
review at any time is not the review cycle either.

The approval date is the latest date in the approval section (signature
dates), or else a "Date of approval" / "Effective date" / "Commencement"
statement anywhere.  Phrases and labels are pack data: ``[review_terms]``
and ``[dates]`` in rules/nz/review.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from datetime import date

from ..lexicon import LEXICON, fold
from ..model import Block
from ..outline import Section
from . import Facts
from .dates import DateMention, Period, add_months, calendar_of
from .filler import filler
from .attendance import agency_named, lead_agency, sentences
from .signatures import signatories
from .table_rows import table_index
from ..vocab import Field, List, Regex, SectionKey, Table, Wordings, declare
from ..wording import compile_wordings, says

SHORT_VALUE_WORDS = 8  # a form-row value this short is the answer to its label ("24 months")
INLINE_LABEL_RE = re.compile(r"^\s*([^:\n]{2,40}?):\s*\S")  # "Responsible agency: MSD"
CLAUSE_RE = re.compile(r"[,;:–—]\s|\s(?:and|but|although|while|however)\s", re.I)  # where a clause starts


@dataclass(frozen=True)
class Found:
    """Something the review section states, and where."""

    text: str
    block: Block


@dataclass(frozen=True)
class ReviewTerms:
    section: Section | None  # the (first) review section
    period: Period | None
    period_at: Block | None
    next_review: DateMention | None
    next_review_at: Block | None
    owner: str | None  # the agency responsible for initiating the review
    owner_at: Block | None
    owner_via_lead: bool  # named as "the lead agency" and resolved through the lead agency
    approved: date | None  # latest signature date, or a date of approval statement
    approved_at: Block | None

    @property
    def due(self) -> date | None:
        """When the next review is due: the stated next review date, else approval plus period."""
        if self.next_review is not None:
            return self.next_review.value
        if self.approved is not None and self.period is not None:
            return add_months(self.approved, self.period.months)
        return None

    def status(self, as_of: date) -> str:
        """"overdue" when the review fell due before ``as_of``, "current" when it falls due on or after
        it, "unknown" when no due date can be worked out (the review-due rule and the register)."""
        due = self.due
        if due is None:
            return "unknown"
        return "overdue" if due < as_of else "current"

    @property
    def due_at(self) -> Block | None:
        return self.next_review_at if self.next_review is not None else self.period_at


REVIEW_TERMS = declare(Table("review_terms", "What the review section says: period, owner, next date.", {
    "section": Field(SectionKey, "The section that states the review terms."),
    "approval_section": Field(SectionKey, "The section holding the signatures (their dates are the approval date)."),
    "about": Field(Wordings, "A sentence of the review section is about reviewing this protocol when it says one "
                             "of these."),
    "about_also": Field(Wordings, "Words that mean reviewing only in a review section that uses none of "
                                  "`about` ('check this agreement').", []),
    "not_about": Field(List(Regex), "... unless it says one of these (asking for a review at any time is not the "
                                    "review cycle)."),
    "period_labels": Field(List(Regex), "Row labels of a review period ('Review period | 12 months')."),
    "date_labels": Field(List(Regex), "Row labels of the next review date."),
    "owner_labels": Field(List(Regex), "Row labels of the agency that initiates the review."),
    "owner_cues": Field(Wordings, "Wordings that say who is responsible for starting the review "
                                  "('X initiates the review')."),
    "owner_patterns": Field(List(Regex), "Patterns for the same, where letter case matters ('reviewed annually "
                                         "by the Ministry of Education').", []),
    "next_cues": Field(Wordings, "Wordings that make a date in a review sentence the next review date."),
    "past_cues": Field(List(Regex), "Words that make a date a past review, not the next one."),
    "lead_phrases": Field(List(Regex), "The owner named only as the lead agency ('the lead agency will "
                                       "initiate it')."),
    "approval_statements": Field(List(Regex), "Statements that give the approval date when no signature is "
                                              "dated ('Effective date', 'Commencement')."),
}))


def _res(patterns) -> list[re.Pattern]:
    return [re.compile(p, re.I) for p in patterns]


class _Reader:
    def __init__(self, facts: Facts, section: str | None):
        self.facts = facts
        cfg = REVIEW_TERMS.read(facts.pack)
        self.section_key = section or cfg["section"]
        self.approval_key = cfg["approval_section"]
        self.about = compile_wordings(cfg["about"])
        self.about_also = compile_wordings(cfg["about_also"])
        self.not_about = _res(cfg["not_about"])
        self.period_labels = _res(cfg["period_labels"])
        self.date_labels = _res(cfg["date_labels"])
        self.owner_labels = _res(cfg["owner_labels"])
        self.owner_cues = compile_wordings(cfg["owner_cues"])
        self.owner_patterns = _res(cfg["owner_patterns"])
        self.next_cues = compile_wordings(cfg["next_cues"])
        self.past_cues = _res(cfg["past_cues"])
        self.lead_phrases = _res(cfg["lead_phrases"])
        self.approval_statements = _res(cfg["approval_statements"])
        self.calendar = calendar_of(facts.pack)
        self.fill = facts.get(filler)
        self.tables = facts.get(table_index)
        self.pronouns = frozenset(fold(w) for w in LEXICON.read(facts.pack)["pronouns"])

    def points_back(self, sentence: str) -> bool:
        """The sentence refers back to the one before it ("... is responsible for starting it")."""
        return any(fold(w.strip(".,;:()")) in self.pronouns for w in sentence.split())

    def says_owner(self, text: str) -> bool:
        return says(text, self.owner_cues) or any(rx.search(text) for rx in self.owner_patterns)

    # -- what the review section says -------------------------------------------
    def statements(self) -> list[tuple[str, Block, str | None]]:
        """(text, block, label) for each review statement; label is a row label's kind or None."""
        out: list[tuple[str, Block, str | None]] = []
        instructions = self.fill.instruction_indexes
        about = self.vocabulary()
        for section in self.facts.outline.by_key(self.section_key):
            title_kind = self.label_kind(section.title) if section.form_row else None
            # under a heading about the review, the answer to a question ("When is the protocol reviewed?"
            # - "Every 24 months.") and short notes ("Biennially", "MSD initiates") are about it
            titled = says(section.title, about)
            answer = titled and section.title.rstrip().endswith("?")
            for block in section.blocks:
                if block.index in instructions:
                    continue
                text = self.fill.substance(block)
                if not text:
                    continue
                label = self.row_label(block)
                kind = (self.label_kind(label) if label else None) or title_kind
                # the answer beside a row label about the review ("How often is the protocol reviewed?")
                asked = says(label, about)
                short = len(text.split()) <= SHORT_VALUE_WORDS
                before_about = False
                for sentence in sentences(text):
                    sentence = self.without_aside(sentence)
                    if not sentence:
                        continue
                    fragment = titled and self.is_note(sentence)
                    kind_here = kind or self.inline_label(sentence)
                    if (says(sentence, about) or (before_about and self.points_back(sentence)) or answer
                            or fragment or asked):
                        out.append((sentence, block, kind_here))  # (or it goes on about the review before it)
                        before_about, answer = True, False
                    elif short and (section.form_row or kind_here):
                        out.append((sentence, block, kind_here or "period"))
                    else:
                        before_about = False
                    answer = False
        return out + self.labelled_rows({b.index for _, b, _ in out})

    def is_note(self, sentence: str) -> bool:
        """A few words with no auxiliary verb ("Every 24 months", "Biennially", "MSD initiates"): a note,
        not a sentence about something else ("Information is deleted after 6 months")."""
        words = re.findall(r"[\w'’]+", sentence.lower())
        return len(words) <= SHORT_VALUE_WORDS and not set(words) & self.auxiliaries

    @cached_property
    def auxiliaries(self) -> frozenset[str]:
        return frozenset(w.lower() for w in LEXICON.read(self.facts.pack)["subject_ends"])

    def vocabulary(self):
        """The words this protocol uses for its review: the pack's ``about`` words, or, in a
        review section that uses none of them, its ``about_also`` words ("We check this
        agreement every 12 months"), which elsewhere mean other checks."""
        for section in self.facts.outline.by_key(self.section_key):
            if says(section.title, self.about) or any(says(self.fill.substance(b), self.about)
                                                       for b in section.blocks):
                return self.about
        return self.about + self.about_also

    def labelled_rows(self, seen: set[int]) -> list[tuple[str, Block, str | None]]:
        """Rows labelled with a review term anywhere ("Review owner | Oranga Tamariki" in a form)."""
        by_index = self.facts.document.by_index
        out = []
        for table in self.facts.document.tables:
            for row in table.rows:
                if len(row) < 2 or not says(row[0].text, self.about):
                    continue
                kind = self.label_kind(row[0].text)
                if kind is None:
                    continue
                for block, text in (p for cell in row[1:] for p in self.fill.cell_paragraphs(cell, by_index)):
                    if block.index not in seen:
                        seen.add(block.index)
                        out.extend((sentence, block, kind) for sentence in sentences(text))
        return out

    def without_aside(self, sentence: str) -> str:
        """The sentence up to a clause about something else ("..., and any agency may ask for a
        review at any time"); empty when the whole sentence is about that."""
        starts = [m.start() for rx in self.not_about for m in [rx.search(sentence)] if m]
        if not starts:
            return sentence
        head = sentence[:min(starts)]
        cut = max((m.start() for m in CLAUSE_RE.finditer(head)), default=0)
        return head[:cut].strip()

    def label_kind(self, label: str) -> str | None:
        for kind, res in (("date", self.date_labels), ("owner", self.owner_labels), ("period", self.period_labels)):
            if any(rx.search(label) for rx in res):
                return kind
        if self.says_owner(label):  # a form's question: "Which agency initiates the review?"
            return "owner"
        return None

    def inline_label(self, sentence: str) -> str | None:
        """The kind of a label the sentence starts with ("Responsible agency: New Zealand Police")."""
        m = INLINE_LABEL_RE.match(sentence)
        return self.label_kind(m.group(1)) if m else None

    def row_label(self, block: Block) -> str:
        """The label of the label | value row the block is the value of ("Review owner | MSD"), or ''."""
        place = self.tables.place(block)
        if place is None or place.cell == 0:
            return ""
        return place.cells[0].text

    # -- reading the statements -----------------------------------------------
    def read(self) -> ReviewTerms:
        sections = self.facts.outline.by_key(self.section_key)
        period = period_at = next_review = next_at = owner = owner_at = None
        via_lead = False
        for text, block, kind in self.statements():
            if next_review is None:
                found = self.next_date(text, kind)
                if found is not None:
                    next_review, next_at = found, block
            if period is None and kind in (None, "period"):
                periods = self.calendar.find_periods(text)
                if periods:
                    period, period_at = periods[0], block
            if owner is None and (kind == "owner" or self.says_owner(text)):
                name = agency_named(self.facts, text, loose=kind == "owner")
                if name is None and any(rx.search(text) for rx in self.lead_phrases):
                    lead = lead_agency(self.facts)
                    name, via_lead = (lead.name, True) if lead else (None, False)
                if name:
                    owner, owner_at = name, block
        approved, approved_at = self.approval()
        return ReviewTerms(sections[0] if sections else None, period, period_at, next_review, next_at,
                           owner, owner_at, via_lead, approved, approved_at)

    def next_date(self, text: str, kind: str | None) -> DateMention | None:
        if any(rx.search(text) for rx in self.past_cues):
            return None
        if kind == "date" or says(text, self.next_cues):
            dates = self.calendar.find_dates(text)
            return dates[0] if dates else None
        return None

    def approval(self) -> tuple[date | None, Block | None]:
        best: tuple[date, Block] | None = None
        for s in signatories(self.facts):
            if s.date is not None and (best is None or s.date > best[0]):
                best = (s.date, s.block)
        instructions = self.fill.instruction_indexes
        for block in self.facts.outline.blocks_of(self.approval_key):
            if block.index in instructions:
                continue
            for d in self.calendar.find_dates(self.fill.substance(block), month_year=False):
                if best is None or d.value > best[0]:
                    best = (d.value, block)
        if best is None:
            for block in self.facts.document.blocks:
                if block.in_toc or block.index in instructions:
                    continue
                text = self.fill.substance(block)
                if any(rx.search(text) for rx in self.approval_statements):
                    place = self.tables.place(block)
                    if place is not None:  # "Effective date | 1 July 2026"
                        text = " ".join([text, *(c.text for c in place.cells[place.cell + 1:])])
                    dates = self.calendar.find_dates(text, month_year=False)
                    if dates:
                        best = (dates[0].value, block)
                        break
        return best if best else (None, None)


def review(facts: Facts, section: str | None = None) -> ReviewTerms:
    """The review terms stated in a section: ``[review_terms] section`` unless another is named."""
    return _Reader(facts, section).read()
