"""Who attends and who leads: the attending agencies and the lead attending agency.

* :func:`attending_agencies` - the agencies listed in the attending agencies
  section: a bulleted or numbered list (Word's numbering or typed: "1.1",
  "(a)"), a table column, a sentence listing them ("The parties are A, B
  and C"), a plain list separated by semicolons, or content controls.  Each
  name has its numbering and annotations removed ("(lead attending agency)",
  "(kaupapa Māori provider)", a trailing ";"), and a ``lead`` flag.
* :func:`lead_agency` - the agency identified as the lead attending agency,
  wherever the protocol says so ("New Zealand Police is the lead attending
  agency", "Lead agency: MSD", "(lead agency)" next to a name, a "Lead"
  role cell).
* :func:`agency_named` - the agency a piece of text names, as the list
  writes it (for review owners, breach contacts ...).

Every phrase and section key is pack data: ``[attending_agencies]`` and
``[lead_agency]`` (see rules/nz/approval.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..model import Block, Table
from ..vocab import Field, List, Regex, SectionKey, Str, Table as PackTable, declare
from ..text import tidy
from . import Facts
from .agencies import catalogue
from .contacts import contacts
from .filler import filler
from .table_rows import table_index

ATTENDING = declare(PackTable("attending_agencies", "How the list of attending agencies is written.", {
    "section": Field(SectionKey, "The section that lists the attending agencies."),
    "other_headings": Field(List(Str), "Headings of a list of parties that stands in for that section "
                                       "('Parties').", []),
    "column_headers": Field(List(Regex), "Column headers of the agency column of a members table.", []),
    "list_sentences": Field(List(Regex), "Sentences that list the agencies in running text ('The attending "
                                         "agencies are ...').", []),
    "split": Field(Regex, "What separates the agencies of such a sentence.", r",|;|\band\b"),
    "annotations": Field(List(Regex), "Notes after an agency's name that are not part of it ('(chair)').", []),
    "lead_annotations": Field(List(Regex), "Notes after an agency's name that make it the lead agency "
                                           "('(lead agency)').", []),
}))
LEAD = declare(PackTable("lead_agency", "How a protocol says which attending agency leads.", {
    "before": Field(List(Regex), "Words after an agency's name that make it the lead ('... is the lead "
                                 "agency').", []),
    "after": Field(List(Regex), "Words before an agency's name that make it the lead ('Lead agency: ...').", []),
    "cells": Field(List(Regex), "A table cell, next to an agency's, that makes it the lead ('Lead').", []),
}))

SENTENCE_SPLIT_RE = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(\"“‘'])")
LIST_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“‘'])")
LEADING_ARTICLE_RE = re.compile(r"^\s*(?i:the)\s+(?=[A-ZĀĒĪŌŪ])")  # "the Ministry of Education" in a list
# a description after the name: "Manukau Fanau Ora Trust, a charitable trust contracted by ..."
APPOSITIVE_RE = re.compile(r",\s+(?:an?|the|which|who|being|trading as)\s.*$", re.I)
# numbering typed before a name: "1.", "1.1", "(a)", "a)", "iv.", a bullet
LIST_NUMBER_RE = re.compile(r"^\s*(?:\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]|\d{1,2}(?:\.\d{1,2})+|[•·▪◦\-–])\s+",
                            re.I)
# a note in brackets after a name that is not an acronym of it: "(kaupapa Māori provider)", "(Youth Aid, Whangārei)"
NOTE_RE = re.compile(r"\s*\((?![A-ZĀĒĪŌŪ&]{2,8}\))[^()]*\)")
GLOSSED_LABEL_RE = re.compile(r"^\s*[^():]{1,40}?\s*\(([^()]{2,40})\)\s*:")  # "Rōpū ārahi (lead agency):"
SENTENCE_END_RE = re.compile(r"(?<=[a-zāēīōū)])\.\s+(?=[A-ZĀĒĪŌŪ])")
NOT_A_NAME = frozenset(["it", "this", "that", "which", "who", "they", "there", "each", "every", "all", "the"])
MAX_NAME_WORDS = 12
MIN_LOWER_WORD, MIN_LOWER_WORDS = 4, 2  # this many lower-case words this long: sentence case, not a name
MIN_LIST_PARTS = 3  # "A; B; C" written as one paragraph is a list of agencies


class _Patterns:
    """The pack's attending and lead agency patterns, compiled once per pack."""

    def __init__(self, pack):
        cfg, lead = ATTENDING.read(pack), LEAD.read(pack)
        self.section_key: str = cfg["section"]
        self.other_headings = [h.lower() for h in cfg["other_headings"]]
        self.split_re = re.compile(cfg["split"], re.I)
        self.res = {key: [re.compile(p, re.I) for p in table[key]]
                    for table, keys in ((cfg, ("column_headers", "list_sentences", "annotations", "lead_annotations")),
                                        (lead, ("before", "after", "cells")))
                    for key in keys}


def _clean(text: str) -> str:
    """A name as listed, without a trailing "and" or "or" ("Police, OT and")."""
    return re.sub(r"\s+(?:and|or)$", "", tidy(text)).strip(" :;,.–—-")


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_SPLIT_RE.split(text) if s.strip()]


# ---------------------------------------------------------------- attending
@dataclass(frozen=True)
class AttendingAgency:
    name: str  # as written in the list, annotations removed
    lead: bool
    block: Block


@dataclass(frozen=True)
class LeadAgency:
    name: str
    block: Block


class _Agencies:
    """Reads the attending agencies section and lead agency statements."""

    def __init__(self, facts: Facts):
        self.facts = facts
        self.cat = facts.get(catalogue)
        self.fill = facts.get(filler)
        self.tables = facts.get(table_index)
        self.roles = facts.get(contacts).roles
        p = facts.pack.compiled("attending_agencies", _Patterns)
        self.section_key, self.other_headings, self.split_re = p.section_key, p.other_headings, p.split_re
        self.column_res, self.list_res = p.res["column_headers"], p.res["list_sentences"]
        self.annotation_res, self.lead_annotation_res = p.res["annotations"], p.res["lead_annotations"]
        self.before_res, self.after_res, self.cell_res = p.res["before"], p.res["after"], p.res["cells"]

    # -- the list ---------------------------------------------------------
    def blocks(self) -> tuple[Block, ...]:
        outline = self.facts.outline
        found = outline.blocks_of(self.section_key)
        if found:
            return found
        for s in outline.sections:  # "Parties" when there is no attending agencies section
            if s.key is None and _clean(s.title).lower() in self.other_headings:
                return s.blocks
        return ()

    def plausible(self, name: str, listed: bool) -> bool:
        words = name.split()
        if not words or len(words) > MAX_NAME_WORDS or not re.search(r"\w\w", name):
            return False
        if words[0].lower() in NOT_A_NAME or not (name[0].isupper() or name[0].isdigit()):
            return False
        if not listed and not self.cat.canonical(name) and self._describes(name, words):
            return False
        return listed or self.cat.looks_like_agency(name)

    def _describes(self, name: str, words: list[str]) -> bool:
        """A line that describes rather than names: a role on its own ("Safety Services Manager", the
        person who attends), or words in sentence case ("Forensic mental health and addiction services",
        a description or a name's second line)."""
        if any(_clean(r) == _clean(name) for r in self.roles(name)):
            return True
        return sum(1 for w in words[1:] if len(w) >= MIN_LOWER_WORD and w[0].islower()) >= MIN_LOWER_WORDS

    def strip(self, text: str) -> tuple[str, bool]:
        """The name without numbering and annotations, and whether an annotation said 'lead'."""
        lead = any(rx.search(text) for rx in self.lead_annotation_res)
        text = LEADING_ARTICLE_RE.sub("", LIST_NUMBER_RE.sub("", text))
        for rx in (*self.lead_annotation_res, *self.annotation_res):
            text = rx.sub(" ", text)
        return self._without_representative(_clean(APPOSITIVE_RE.sub("", NOTE_RE.sub(" ", _clean(text))))), lead

    def _without_representative(self, name: str) -> str:
        """"Te Whatu Ora – Health New Zealand – Youth Health Nurse": the agency, without the role of the
        person who represents it (the last part after a dash, when that part is a role and no agency)."""
        head, dash, tail = name.rpartition(" – ") if " – " in name else name.rpartition(" - ")
        if not dash or not head.strip() or self.cat.canonical(tail) or self.cat.looks_like_agency(tail):
            return name
        if any(role == _clean(tail) for role in self.roles(tail)):
            return _clean(head)
        return name

    @cached_property
    def listed(self) -> tuple[AttendingAgency, ...]:
        out: list[AttendingAgency] = []

        def add(raw: str, block: Block, listed: bool, lead: bool = False) -> None:
            name, annotated = self.strip(raw)
            if not self.plausible(name, listed):
                return
            for i, a in enumerate(out):
                if self.cat.same_agency(a.name, name):
                    if (lead or annotated) and not a.lead:
                        out[i] = AttendingAgency(a.name, True, a.block)
                    return
            out.append(AttendingAgency(name, lead or annotated, block))

        blocks = self.blocks()
        inside = {b.index for b in blocks}
        done_tables: set[int] = set()
        for block in blocks:
            text = self.fill.substance(block)
            if not text:
                continue
            place = self.tables.place(block) or self.tables.typed(block)
            if place is not None and all(i in inside for i in place.table.blocks_under_title):
                if id(place.table) not in done_tables:
                    done_tables.add(id(place.table))
                    for raw, cell_block, lead in self._table_names(place.table):
                        add(raw, cell_block, True, lead)
                continue
            label = self._lead_label_value(text)
            if label is not None:
                add(label, block, True, lead=True)
                continue
            parts = self._plain_list(text)
            if parts:  # "A (lead agency); B; C; D."
                for raw in parts:
                    add(raw, block, True)
                continue
            listed = self._listed_in_sentence(text)
            if listed:
                for raw in listed:
                    add(raw, block, True)
                named_lead = self._lead_in_text(text, use_list=False)
                if named_lead:  # "The parties are A, B and C. A is the lead agency."
                    add(named_lead, block, True, lead=True)
                continue
            named_lead = self._lead_in_text(text, use_list=False)
            if named_lead:  # "Lifewise is the lead attending agency."
                add(named_lead, block, True, lead=True)
                continue
            in_list = block.list_level is not None or bool(block.controls)
            if in_list and SENTENCE_END_RE.search(text.strip()):
                continue  # a numbered paragraph of prose ("3. Lead agency. As lead agency, MSD convenes ...")
            line = in_list or (len(text.split()) <= MAX_NAME_WORDS and not text.rstrip().endswith("."))
            if line and not text.rstrip().endswith(":"):
                add(text, block, block.list_level is not None or any(
                    c.text.strip() == text.strip() for c in block.controls))
        if not out:  # no list: agencies the catalogue knows, named anywhere in the section
            for block in blocks:
                for name in self.cat.known_in(self.fill.substance(block)):
                    add(name, block, True)
        return tuple(out)

    def _table_names(self, table: Table):
        by_index = self.facts.document.by_index
        rows = table.rows
        if not rows:
            return
        head = table.title_rows  # the column headings, under any title row
        header = [c.text.strip() for c in rows[head]]
        col = next((i for i, h in enumerate(header) if any(rx.search(h) for rx in self.column_res)), None)
        body = rows[head + 1:] if col is not None else rows[head:]
        if col is None:  # no heading names it: the column naming most agencies, under any headings
            width = max(len(r) for r in body)
            if not width:
                return
            col = max(range(width), key=lambda c: (self._agencies_in_column(body, c), -c))
            if body and not self._agencies_in_column(body[:1], col):
                body = body[1:]
        for row in body:
            if col >= len(row) or not row[col].blocks:
                continue
            cells = [(col, row[col])]
            if self._lead_label(row[col].text):  # "Lead attending agency | New Zealand Police"
                cells = [(i, c) for i, c in enumerate(row) if i != col and c.text.strip()][:1]
            for at, cell in cells:
                lead = any(rx.search(c.text) for i, c in enumerate(row) if i != at for rx in self.cell_res)
                for cell_block, text in self.fill.cell_paragraphs(cell, by_index):  # a name a line
                    yield text, cell_block, lead

    def _agencies_in_column(self, rows, col: int) -> int:
        """How many of the column's cells name an agency the catalogue knows (not as a lead label)."""
        return sum(1 for row in rows if col < len(row) and self.cat.known_in(row[col].text.split("\n")[0])
                   and not self._lead_label(row[col].text))

    def _lead_label(self, text: str) -> bool:
        """A cell that is only a lead label ("Lead attending agency")."""
        text = " ".join(text.split()).strip(" :")
        return any(rx.fullmatch(text) for rx in self.cell_res)

    def _plain_list(self, text: str) -> list[str]:
        """The parts of a paragraph that is nothing but agencies separated by semicolons."""
        parts = [p for p in text.split(";") if p.strip(" .")]
        if len(parts) < MIN_LIST_PARTS:
            return []
        names = [self.strip(p)[0] for p in parts]
        if all(self.plausible(n, True) for n in names) and sum(self.cat.looks_like_agency(n) for n in names) * 2 >= len(names):
            return parts
        return []

    def _lead_label_value(self, text: str) -> str | None:
        """The agency after a lead label ("Lead agency: MSD"; "Rōpū ārahi (lead agency): ...", a label
        with its translation in brackets), up to the end of its sentence."""
        for candidate in (text, GLOSSED_LABEL_RE.sub(r"\1:", text, count=1)):
            for rx in self.after_res:
                m = rx.match(candidate)
                if m and m.start() == 0 and candidate[m.end():].strip():
                    return SENTENCE_END_RE.split(candidate[m.end():], maxsplit=1)[0]
        return None

    def _listed_in_sentence(self, text: str) -> list[str]:
        """The agencies listed by the sentences of a paragraph ("The attending agencies are ...")."""
        out: list[str] = []
        for sentence in LIST_SENTENCE_SPLIT_RE.split(text):  # not at ";": it separates the agencies
            for rx in self.list_res:
                m = rx.search(sentence)
                if m and m.groupdict().get("list"):
                    out.extend(p for p in self.split_re.split(m["list"]) if p.strip())
                    break
        return out

    # -- the lead -----------------------------------------------------------
    @cached_property
    def lead(self) -> LeadAgency | None:
        for a in self.listed:
            if a.lead:
                return LeadAgency(a.name, a.block)
        instructions = self.fill.instruction_indexes
        for block in self.facts.document.blocks:
            if block.in_toc or block.index in instructions:
                continue
            text = self.fill.substance(block)
            if not text or not any(rx.search(text) for rx in (*self.before_res, *self.after_res, *self.cell_res)):
                continue  # says nothing the pack's lead agency wordings say
            name = self._lead_in_text(text) or self._lead_in_row(block)
            if name:
                return LeadAgency(self.as_listed(name), block)
        return None

    def _lead_in_text(self, text: str, use_list: bool = True) -> str | None:
        for sentence in sentences(text):
            for rx in self.before_res:
                m = rx.search(sentence)
                if m:
                    name = self.agency_in(sentence[:m.start()], last=True, loose=True, use_list=use_list)
                    if name:
                        return name
            for rx in self.after_res:
                m = rx.search(sentence)
                if m:
                    name = self.agency_in(sentence[m.end():], last=False, loose=True, use_list=use_list)
                    if name:
                        return name
        return None

    def _lead_in_row(self, block: Block) -> str | None:
        """A "Lead agency" label cell with the agency in the next cell, or a "Lead" role cell."""
        place = self.tables.place(block)
        if place is None:
            return None
        cells = place.cells
        text = cells[place.cell].text.strip()
        if any(rx.fullmatch(_clean(text)) for rx in self.cell_res) or any(
                rx.match(text) and not text[rx.match(text).end():].strip() for rx in self.after_res):
            others = [c.text for i, c in enumerate(cells) if i != place.cell]
            for other in (others[place.cell:] + others[:place.cell]) if place.cell < len(others) else others:
                name = self.agency_in(other, last=False, loose=True)
                if name:
                    return name
        return None

    def agency_in(self, text: str, last: bool = False, loose: bool = False, use_list: bool = True) -> str | None:
        """The agency named in a stretch of text: a catalogue agency or a listed one.

        With ``loose`` (the text is a label's value or the words next to "is the
        lead agency"), a short name the catalogue does not know counts too.
        """
        known = self.cat.known_in(text)
        if known:
            name = known[-1] if last else known[0]
            return self.as_listed(name) if use_list else name
        hits = [(m.start(), a.name) for a in (self.listed if use_list else ())
                for form in self.cat.short_forms(a.name)
                for m in [re.search(re.escape(form), text, re.I)] if m]
        if use_list and not hits:  # "the Council", "the Trust": the one listed agency whose name ends in that word
            hits = [(m.start(), name) for head, name in self.heads.items()
                    for m in re.finditer(rf"\b[Tt]he\s+{re.escape(head)}\b", text)]
        if hits:
            return sorted(hits)[-1 if last else 0][1]
        if not loose:
            return None
        parts = [p for p in re.split(r"[.;,]", text) if p.strip()]
        if not parts:
            return None
        candidate = _clean(parts[-1] if last else parts[0])
        return candidate if self.plausible(candidate, len(candidate.split()) <= 6) else None

    @cached_property
    def heads(self) -> dict[str, str]:
        """The last word of each listed agency's name that no other listed name ends in ("Council" for
        "Te Rerenga District Council"), for "the Council"."""
        ends: dict[str, list[str]] = {}
        for a in self.listed:
            words = re.findall(r"[^\W\d_]+", re.split(r"\s[–—-]\s|[(,|]", a.name)[0])  # not the region
            if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) >= 4:
                ends.setdefault(words[-1], []).append(a.name)
        return {head: names[0] for head, names in ends.items() if len(names) == 1}

    def as_listed(self, name: str) -> str:
        """The name as the attending agencies list writes it, when it is there."""
        for a in self.listed:
            if self.cat.same_agency(a.name, name):
                return a.name
        return name


def _agencies(facts: Facts) -> _Agencies:
    return _Agencies(facts)


def attending_agencies(facts: Facts) -> tuple[AttendingAgency, ...]:
    """The attending agencies, the lead one flagged wherever the protocol names it."""
    reader = facts.get(_agencies)
    lead = reader.lead
    if lead is None:
        return reader.listed
    return tuple(AttendingAgency(a.name, a.lead or reader.cat.same_agency(a.name, lead.name), a.block)
                 for a in reader.listed)


def lead_agency(facts: Facts) -> LeadAgency | None:
    return facts.get(_agencies).lead


def agency_named(facts: Facts, text: str, loose: bool = False) -> str | None:
    """The (first) agency a piece of text names (see ``_Agencies.agency_in``), as the list writes it."""
    return facts.get(_agencies).agency_in(text, last=False, loose=loose)
