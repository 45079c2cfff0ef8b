"""Who attends, who leads, and who signed: attending agencies and signatory blocks.

* :func:`attending_agencies` - the agencies listed in the attending agencies
  section (bullet list, table column, a sentence listing them, or content
  controls), each with its annotation ("(lead attending agency)") removed and
  a ``lead`` flag.
* :func:`lead_agency` - the agency identified as the lead attending agency,
  wherever the protocol says so ("New Zealand Police is the lead attending
  agency", "Lead agency: MSD", "(lead agency)" next to a name, a "Lead"
  role cell).
* :func:`signatories` - the signatory blocks of the approval section: rows of
  an Agency | Name | Role | Signature | Date table, one label table per
  agency ("Name:", "Title:" ...), or paragraphs ("Signed for and on behalf
  of Oranga Tamariki", "Name: ...", "Position: ...", "Date: ...").

Every phrase, label and section key is pack data: ``[attending_agencies]``,
``[lead_agency]`` and ``[signatories]`` (see rules/nz/approval.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from ..model import Block, Table
from . import Facts
from .agencies import catalogue
from .dates import find_dates
from .filler import filler
from .table_rows import table_index

FIELDS = ("agency", "name", "role", "signature", "date")
LABELLED = (*FIELDS, "name_role")  # a "Name and title" label fills both
BLANK_RE = re.compile(r"^[\s_.…·\-–—/|]*$")
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(\"“‘'])")
LIST_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“‘'])")
LEADING_ARTICLE_RE = re.compile(r"^\s*the\s+(?=[A-Z])")  # "the Ministry of Education" in a list
LIST_NUMBER_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[•·▪◦\-–])\s+")
NOT_A_NAME = frozenset(["it", "this", "that", "which", "who", "they", "there", "each", "every", "all", "the"])
MAX_NAME_WORDS = 12


def _res(cfg: dict, key: str) -> list[re.Pattern]:
    return [re.compile(p, re.I) for p in cfg.get(key, [])]


def _clean(text: str) -> str:
    return " ".join(text.replace("*", " ").split()).strip(" :;,.–—-")


def blank(text: str | None) -> bool:
    return text is None or bool(BLANK_RE.match(text))


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
        cfg = facts.pack.vocab("attending_agencies", {}) or {}
        self.section_key = cfg.get("section", "attending-agencies")
        self.other_headings = [h.lower() for h in cfg.get("other_headings", [])]
        self.column_res = _res(cfg, "column_headers")
        self.list_res = _res(cfg, "list_sentences")
        self.annotation_res = _res(cfg, "annotations")
        self.lead_annotation_res = _res(cfg, "lead_annotations")
        self.split_re = re.compile(cfg.get("split", r",|;|\band\b"), re.I)
        lead = facts.pack.vocab("lead_agency", {}) or {}
        self.before_res = _res(lead, "before")
        self.after_res = _res(lead, "after")
        self.cell_res = _res(lead, "cells")

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
        return listed or self.cat.looks_like_agency(name)

    def strip(self, text: str) -> tuple[str, bool]:
        """The name without numbering and annotations, and whether an annotation said 'lead'."""
        lead = any(rx.search(text) for rx in self.lead_annotation_res)
        text = LEADING_ARTICLE_RE.sub("", LIST_NUMBER_RE.sub("", text))
        for rx in (*self.lead_annotation_res, *self.annotation_res):
            text = rx.sub(" ", text)
        return _clean(text), lead

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
            place = self.tables.place(block)
            if place is not None and all(i in inside for row in place.table.rows for c in row for i in c.blocks):
                if id(place.table) not in done_tables:
                    done_tables.add(id(place.table))
                    for raw, cell_block, lead in self._table_names(place.table):
                        add(raw, cell_block, True, lead)
                continue
            label = self._lead_label_value(text)
            if label is not None:
                add(label, block, True, lead=True)
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
        by_index = {b.index: b for b in self.facts.document.blocks}
        rows = table.rows
        if not rows:
            return
        header = [c.text.strip() for c in rows[0]]
        col = next((i for i, h in enumerate(header) if any(rx.search(h) for rx in self.column_res)), None)
        body = rows[1:] if col is not None else rows
        if col is None:
            col = 0
        for row in body:
            if col >= len(row) or not row[col].blocks:
                continue
            cell_block = by_index.get(row[col].blocks[0])
            if cell_block is None:
                continue
            text = " ".join(self.fill.substance(by_index[i]) for i in row[col].blocks if i in by_index)
            lead = any(rx.search(c.text) for i, c in enumerate(row) if i != col for rx in self.cell_res)
            yield text, cell_block, lead

    def _lead_label_value(self, text: str) -> str | None:
        for rx in self.after_res:
            m = rx.match(text)
            if m and m.start() == 0 and text[m.end():].strip():
                return text[m.end():]
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
            if not text or "lead" not in text.lower():
                continue
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
        if hits:
            return sorted(hits)[-1 if last else 0][1]
        if not loose:
            return None
        parts = [p for p in re.split(r"[.;,]", text) if p.strip()]
        if not parts:
            return None
        candidate = _clean(parts[-1] if last else parts[0])
        return candidate if self.plausible(candidate, len(candidate.split()) <= 6) else None

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


# --------------------------------------------------------------- signatories
@dataclass(frozen=True)
class Signatory:
    """One signatory block.  A field is None when the block has no such field, "" when it is blank."""

    agency: str | None
    name: str | None
    role: str | None
    signature: str | None
    date_text: str | None
    date: date | None
    block: Block  # where the block starts (its first cell or paragraph)
    text: str  # everything written in the block, for matching agencies

    def missing(self, fields) -> list[str]:
        out = []
        for f in fields:
            if f == "date":
                if self.date is None and blank(self.date_text):
                    out.append(f)
            elif blank(getattr(self, f)):
                out.append(f)
        return out

    @property
    def empty(self) -> bool:
        return all(blank(getattr(self, f)) for f in ("agency", "name", "role", "signature", "date_text"))


class _Group:
    def __init__(self, block: Block):
        self.block = block
        self.values: dict[str, str] = {}
        self.loose: list[str] = []  # unlabelled lines ("Aroha Ngata", "District Commander")
        self.texts: list[str] = []

    def has(self, field: str) -> bool:
        return field in self.values or (field == "name_role" and ("name" in self.values or "role" in self.values))

    def set(self, field: str, value: str) -> None:
        for f in (("name", "role") if field == "name_role" else (field,)):
            self.values[f] = value


class _Signatories:
    def __init__(self, facts: Facts):
        self.facts = facts
        self.fill = facts.get(filler)
        self.tables = facts.get(table_index)
        self.agencies = facts.get(_agencies)
        cfg = facts.pack.vocab("signatories", {}) or {}
        self.section_key = cfg.get("section", "approval")
        self.day_first = bool((facts.pack.vocab("dates", {}) or {}).get("day_first", True))
        self.starter_res = _res(cfg, "starters")
        labels = cfg.get("labels", {})
        self.label_res = {f: [re.compile(rf"^\s*(?:{p})\b", re.I) for p in labels.get(f, [])] for f in LABELLED}
        self.by_index = {b.index: b for b in facts.document.blocks}

    # -- labels -------------------------------------------------------------
    def field_of(self, label: str) -> str | None:
        """Which field a label or column header names ("Role/Title" -> role)."""
        label = _clean(label)
        if not label or len(label.split()) > 5:
            return None
        best, best_end = None, 0
        for f in LABELLED:
            for rx in self.label_res[f]:
                m = rx.match(label)
                if m and m.end() > best_end and (m.end() == len(label) or not label[m.end()].isalnum()):
                    best, best_end = f, m.end()
        return best

    def labelled(self, text: str) -> tuple[str, str] | None:
        """("name", "Aroha Ngata") for "Name: Aroha Ngata"; value "" for a bare "Name:"."""
        m = re.match(r"^\s*([^:：]{1,40}?)\s*\*?\s*[:：]\s*(.*)$", text, re.S)
        if m:
            f = self.field_of(m.group(1))
            if f:
                return f, m.group(2).strip()
        return None

    def value(self, blocks) -> str:
        return " ".join(t for t in (self.fill.substance(b) for b in blocks) if t).strip()

    def starter(self, text: str) -> str | None:
        for rx in self.starter_res:
            m = rx.match(text.strip())
            if m:
                name, _ = self.agencies.strip(m["agency"])
                if self.agencies.plausible(name, True):
                    return name
                return ""
        return None

    # -- reading --------------------------------------------------------------
    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        return self.facts.outline.blocks_of(self.section_key)

    @cached_property
    def found(self) -> tuple[Signatory, ...]:
        groups: list[_Group] = []
        inside = {b.index for b in self.blocks}
        done: set[int] = set()
        current: list[_Group | None] = [None]
        instructions = self.fill.instruction_indexes
        for block in self.blocks:
            if block.index in instructions:
                continue
            place = self.tables.place(block)
            if place is not None and all(i in inside for row in place.table.rows for c in row for i in c.blocks):
                if id(place.table) not in done:
                    done.add(id(place.table))
                    current[0] = None
                    groups.extend(self._table(place.table))
                continue
            self._paragraph(block, groups, current)
        return tuple(s for s in (self._signatory(g) for g in groups) if not s.empty)

    def _paragraph(self, block: Block, groups: list[_Group], current: list) -> None:
        raw = block.text.strip()
        text = self.fill.substance(block)
        agency = self.starter(raw)
        if agency is not None:
            if agency:
                g = _Group(block)
                g.values["agency"] = agency
                g.texts.append(raw)
                groups.append(g)
                current[0] = g
            else:
                current[0] = None  # "Signed for and on behalf of each attending agency:"
            return
        lab = self.labelled(raw)
        if lab:
            f, _ = lab
            sub = self.labelled(text) if text else None
            value = sub[1] if sub and sub[0] == f else ""
            g = current[0]
            if g is None or g.has(f):
                g = _Group(block)
                groups.append(g)
                current[0] = g
            g.set(f, value)
            g.texts.append(raw)
            return
        if not text and block.bold and raw and not self.fill.placeholders_in(block):
            text = raw  # a bold agency name heading a column of signature blocks
        if not text:
            return
        g = current[0]
        if len(text.split()) > MAX_NAME_WORDS or text.endswith(":"):
            current[0] = None  # a sentence ends the block
            return
        if block.bold and self.agencies.plausible(_clean(text), False):
            g = _Group(block)
            g.values["agency"] = _clean(text)
            g.texts.append(text)
            groups.append(g)
            current[0] = g
        elif g is not None:
            g.loose.append(text)
            g.texts.append(text)

    def _cells_text(self, cell) -> str:
        return self.value(self.by_index[i] for i in cell.blocks if i in self.by_index)

    def _table(self, table: Table) -> list[_Group]:
        rows = table.rows
        if not rows:
            return []
        header = [self.field_of(c.text) for c in rows[0]]
        if sum(1 for f in header if f) >= 2 and any(f in ("name", "role", "name_role", "signature", "date") for f in header):
            return self._column_table(table, header)
        labels = [bool(self.field_of(row[0].text.split(":")[0])) for row in rows if row[0].text.strip()]
        starters = [self.starter(row[0].text) is not None for row in rows if row[0].text.strip()]
        if (sum(labels) >= 2 and all(a or b for a, b in zip(labels, starters))
                and all(len(row) >= 2 for row in rows)):
            return self._label_table(table)
        groups: list[_Group] = []  # side-by-side blocks: read each column top to bottom
        ncols = max(len(r) for r in rows)
        for c in range(ncols):
            current: list[_Group | None] = [None]
            for row in rows:
                if c < len(row):
                    for i in row[c].blocks:
                        if i in self.by_index:
                            self._paragraph(self.by_index[i], groups, current)
        return groups

    def _column_table(self, table: Table, header: list[str | None]) -> list[_Group]:
        groups = []
        for row in table.rows[1:]:
            first = next((self.by_index[i] for c in row for i in c.blocks if i in self.by_index), None)
            if first is None:
                continue
            g = _Group(first)
            for f, cell in zip(header, row):
                g.texts.append(cell.text)
                if f:
                    g.set(f, self._cells_text(cell))
            groups.append(g)
        return groups

    def _label_table(self, table: Table) -> list[_Group]:
        groups: list[_Group] = []
        g = None
        for row in table.rows:
            label = row[0].text.strip()
            first = next((self.by_index[i] for i in row[0].blocks if i in self.by_index), None)
            if not label or first is None:
                continue
            agency = self.starter(label)
            if agency is not None:
                g = _Group(first) if agency else None
                if g is not None:
                    g.values["agency"] = agency
                    g.texts.append(label)
                    groups.append(g)
                continue
            f = self.field_of(label.split(":")[0])
            if g is None or g.has(f):
                g = _Group(first)
                groups.append(g)
            value = " ".join(self._cells_text(c) for c in row[1:]).strip()
            if not value and ":" in label:
                inline = self.labelled(self._cells_text(row[0]))
                value = inline[1] if inline else ""
            g.set(f, value)
            g.texts.append(" ".join(c.text for c in row))
        return groups

    def _signatory(self, g: _Group) -> Signatory:
        values = dict(g.values)
        loose = [x for x in g.loose if not blank(x)]
        if blank(values.get("name")) and loose:
            values["name"] = loose.pop(0)
        if blank(values.get("role")) and loose:
            values["role"] = loose.pop(0)
        date_text = values.get("date")
        dates = find_dates(date_text or "", self.day_first, month_year=False)
        return Signatory(
            agency=values.get("agency"), name=values.get("name"), role=values.get("role"),
            signature=values.get("signature"), date_text=date_text,
            date=dates[0].value if dates else None, block=g.block, text=" ".join(g.texts),
        )


def _signatories(facts: Facts) -> _Signatories:
    return _Signatories(facts)


def signatories(facts: Facts) -> tuple[Signatory, ...]:
    return facts.get(_signatories).found


def signs_for(facts: Facts, signatory: Signatory, agency: str) -> bool:
    """Whether a signatory block is for this agency (by its agency field, or by naming it)."""
    cat = facts.get(catalogue)
    if signatory.agency and cat.same_agency(signatory.agency, agency):
        return True
    if signatory.agency and not blank(signatory.agency):
        return False
    canon = cat.canonical(agency) or (cat.known_in(agency)[:1] or [None])[0]
    if canon and canon in cat.known_in(signatory.text):
        return True
    return _norm_contains(signatory.text, agency)


def _norm_contains(text: str, name: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())
    n = norm(name)
    return len(n) >= 4 and f" {n} " in f" {norm(text)} "
