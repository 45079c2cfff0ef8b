"""Signature blocks: who signed the protocol, for which agency, in what role, and when.

Every copy of the approval section is read (the clause and an "Annex A -
Execution blocks"), as *lines*: each paragraph, and each line of a
paragraph broken with line breaks.  Signature blocks come in many shapes:

* a signatures table whose header row names its columns ("Agency | Name |
  Role | Signature | Date", "Rōpū | Agency", or one column for several
  fields: "Signed by (name, role, date)");
* a label table per agency ("Name | Aroha Ngata", "Position | ..."), often
  right after a "SIGNED for and on behalf of ... by:" line;
* blocks side by side in the cells of a layout table;
* paragraphs: "Signed for and on behalf of Oranga Tamariki", "Name:<tab>...",
  "Position: ...", "Date: ...".

In a run of lines, a starter ("Signed for and on behalf of X", "For X") or
a line that names an attending agency begins a block; a labelled line
("Name: Aroha Ngata") fills its field and begins a new block when the
field is already filled; a line of underscores is where the signature goes;
a date is the date; other short lines are the name, then the role.  A bare
caption under a signature line ("Signature", "Date") fills nothing.

Labels and starters are pack data: ``[signatories]`` (rules/nz/approval.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from ..lexicon import lexicon
from ..model import Block, Cell, Table
from ..section_model import section_model
from ..text import contains_words, tidy
from ..vocab import Field, List, Regex, SectionKey, Table as PackTable, declare
from . import Facts
from .agencies import catalogue
from .attendance import _agencies
from .contacts import contacts
from .dates import calendar_of
from .filler import filler
from .table_rows import table_index

FIELDS = ("agency", "name", "role", "signature", "date")
LABELLED = (*FIELDS, "name_role")  # a "Name and title" label fills both
# When a header or label names several fields without listing them, the one it is about.
PRIORITY = ("date", "name_role", "name", "role", "agency", "signature")
BLANK_RE = re.compile(r"^[\s_.…·\-–—/|]*$")
LABEL_RE = re.compile(r"^\s*([^:：]{1,40}?)\s*\*?\s*[:：]\s*(.*)$", re.S)
LISTING_RE = re.compile(r",|\band\b|&|/|\(")  # a header that lists several fields
MAX_LABEL_WORDS = 6
MAX_LINE_WORDS = 12  # a longer line is a sentence, not part of a signature block
MAX_CLOSING_LINES = 8  # a letter's signature: the lines after its closing that may hold it


SIGNATORIES = declare(PackTable("signatories", "How signature blocks are written.", {
    "section": Field(SectionKey, "The section that holds the signature blocks."),
    "starters": Field(List(Regex), "A line that begins a block and names its agency in a group 'agency' "
                                   "('Signed for and on behalf of X'), and may name the signatory, role and "
                                   "date in groups 'name', 'role' and 'date'.", []),
    "weak_starters": Field(List(Regex), "The same, counted only when it names an agency ('For X').", []),
    "closings": Field(List(Regex), "A letter's closing ('Yours sincerely', 'Nāku noa, nā'): the name, title "
                                   "and agency under it sign for the writer's agency, wherever the letter is "
                                   "(an exchange of letters).", []),
    "witness_labels": Field(List(Regex), "Labels of a witness's details, which are not the signatory's "
                                         "('Witness name:', 'Occupation:').", []),
    "labels": Field(PackTable("labels", "Labels and column headers of each field of a block.", {
        f: Field(List(Regex), doc, []) for f, doc in (
            ("agency", "The agency signed for."), ("name", "The signatory's name."),
            ("role", "The signatory's role or title."), ("signature", "Where the signature goes."),
            ("date", "The date signed."), ("name_role", "One label for both the name and the role."))
    }), "Labels of the fields.", {}),
}))


def blank(text: str | None) -> bool:
    return text is None or bool(BLANK_RE.match(text))


def _unbracketed(text: str) -> str:
    """A line without the brackets round it: "(Signed for and on behalf of ...)" under its translation."""
    text = text.strip()
    return text[1:-1].strip() if text[:1] in "([" and text[-1:] in ")]" else text


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
        """Nothing written, or only a date with no field for who signed ("Signed | 12/6/19" in a
        key-facts box): no signature block."""
        if self.agency is None and self.name is None and self.role is None:
            return True
        return all(blank(getattr(self, f)) for f in ("agency", "name", "role", "date_text"))


@dataclass(frozen=True)
class Line:
    raw: str  # as written
    text: str  # without placeholders
    block: Block


@dataclass
class _Group:
    block: Block
    values: dict[str, str] = field(default_factory=dict)
    loose: list[str] = field(default_factory=list)  # unlabelled lines ("Aroha Ngata", "District Commander")
    texts: list[str] = field(default_factory=list)

    def has(self, f: str) -> bool:
        return f in self.values or (f == "name_role" and ("name" in self.values or "role" in self.values))

    def set(self, f: str, value: str) -> None:
        for one in (("name", "role") if f == "name_role" else (f,)):
            if one not in self.values or (blank(self.values[one]) and not blank(value)):
                self.values[one] = value

    @property
    def started(self) -> bool:
        return any(f in self.values for f in ("name", "role", "date")) or bool(self.loose)


class _Patterns:
    """The pack's signature block patterns, compiled once per pack."""

    def __init__(self, pack):
        cfg = SIGNATORIES.read(pack)
        self.section_key: str = cfg["section"]
        self.starter_res = [re.compile(p, re.I) for p in cfg["starters"]]
        self.weak_starter_res = [re.compile(p, re.I) for p in cfg["weak_starters"]]
        self.witness_res = [re.compile(p, re.I) for p in cfg["witness_labels"]]
        self.closing_res = [re.compile(p, re.I) for p in cfg["closings"]]
        labels = cfg["labels"]
        self.label_res = {f: [re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.I) for p in labels.get(f, [])]
                          for f in LABELLED}


class _Reader:
    def __init__(self, facts: Facts, section: str | None):
        self.facts = facts
        self.fill = facts.get(filler)
        self.tables = facts.get(table_index)
        self.agencies = facts.get(_agencies)
        self.cat = facts.get(catalogue)
        self.contacts = facts.get(contacts)
        p = facts.pack.compiled("signatories", _Patterns)
        self.section_key = section or p.section_key
        self.lex = lexicon(facts.pack)
        profiles = {pr.key: pr for pr in section_model(facts.pack).profiles}
        own = profiles.get(self.section_key)
        self.section_terms = own.vocabulary if own else frozenset()
        self.starter_res, self.weak_starter_res = p.starter_res, p.weak_starter_res
        self.witness_res, self.closing_res = p.witness_res, p.closing_res
        self.label_res, self.calendar = p.label_res, calendar_of(facts.pack)
        self.by_index = facts.document.by_index

    # -- labels -------------------------------------------------------------
    def fields_of(self, label: str) -> tuple[str, ...]:
        """The fields a label or column header names: "Role/Title" -> (role,), "Rōpū | Agency" ->
        (agency,), "Signed by (name, role, date)" -> (name, role, date), "Date signed" -> (date,)."""
        if "\n" in label.strip():
            return ()  # several lines: a block, not a label
        label = tidy(label)
        if not label or len(label.split()) > MAX_LABEL_WORDS:
            return ()
        hits: list[tuple[int, int, str]] = []
        for f in LABELLED:
            for rx in self.label_res[f]:
                hits.extend((m.start(), m.end(), f) for m in rx.finditer(label))
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        kept: list[tuple[int, int, str]] = []
        for h in sorted(hits, key=lambda h: h[0] - h[1]):  # longest first wins where they overlap
            if not any(h[0] < k[1] and k[0] < h[1] for k in kept):
                kept.append(h)
        kept.sort()
        found: list[str] = []
        for _, _, f in kept:
            for one in (("name", "role") if f == "name_role" else (f,)):
                if one not in found:
                    found.append(one)
        if len(found) > 1 and not LISTING_RE.search(label):
            first = next(p for p in PRIORITY if p in [k[2] for k in kept])
            return ("name", "role") if first == "name_role" else (first,)
        return tuple(found)

    def labelled(self, text: str) -> tuple[tuple[str, ...], str] | None:
        """((name,), "Aroha Ngata") for "Name: Aroha Ngata"; value "" for a bare "Name:"."""
        m = LABEL_RE.match(text)
        if m:
            fields = self.fields_of(m.group(1))
            if fields:
                return fields, m.group(2).strip()
        return None

    def starter(self, text: str) -> str | None:
        """The agency a block starter names ("Signed for and on behalf of X"); "" for a starter that
        names none ("Signed for and on behalf of each attending agency:"); None for no starter."""
        text = _unbracketed(text)
        m = self._strong_starter(text)
        if m:
            name, _ = self.agencies.strip(m["agency"])
            return name if self.agencies.plausible(name, True) else ""
        for rx in self.weak_starter_res:  # "For Age Concern Manawatū": only when it names an agency
            m = rx.match(text)
            if m:
                name, _ = self.agencies.strip(m["agency"])
                if self.names_agency(name):
                    return name
        return None

    def starter_fields(self, text: str) -> dict[str, str]:
        """The signatory, role and date a starter names with the agency ("... by Benjamin Hurae, Regional
        Director, in the presence of:"); a blank ("by ________,") is a blank field."""
        m = self._strong_starter(_unbracketed(text))
        if m is None:
            return {}
        found = {k: v.strip() for k, v in m.groupdict().items() if k in ("name", "role", "date") and v is not None}
        return {k: ("" if blank(v) else v) for k, v in found.items()}

    def _strong_starter(self, text: str) -> re.Match | None:
        return next((m for m in (rx.match(text) for rx in self.starter_res) if m), None)

    def is_witness(self, text: str) -> bool:
        """A witness's detail ("Witness name: Sunil Rao", "Occupation: Solicitor"): not the signatory's."""
        label = LABEL_RE.match(text)
        head = label.group(1) if label else text
        return any(rx.search(head) for rx in self.witness_res)

    def names_agency(self, text: str) -> str | None:
        """The agency a short line is (an attending agency, or an agency the catalogue knows or its
        words show), unless it reads as a role ("Regional Commissioner, MSD")."""
        text = tidy(text)
        if not text or len(text.split()) > MAX_LINE_WORDS or self.contacts.roles(text):
            return None
        for a in self.agencies.listed:
            if self.cat.same_agency(a.name, text):
                return a.name
        if self.cat.canonical(text) or (self.agencies.plausible(text, False) and not self._person(text)):
            return text
        return None

    def _person(self, text: str) -> bool:
        return bool(self.contacts.people(text)) and not self.cat.known_in(text)

    def is_date(self, text: str) -> bool:
        dates = self.calendar.find_dates(text, month_year=False)
        return bool(dates) and len(text.strip(" .")) <= len(dates[0].text) + 6

    # -- reading --------------------------------------------------------------
    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        return self.facts.outline.blocks_of(self.section_key)

    def lines(self, block: Block) -> list[Line]:
        return [Line(raw, text, block) for raw, text in self.fill.lines(block)]

    @cached_property
    def found(self) -> tuple[Signatory, ...]:
        groups: list[_Group] = []
        inside = {b.index for b in self.blocks}
        done: set[int] = set()
        state: list[_Group | None] = [None]
        previous = None
        for block in self.blocks:
            section = self.facts.outline.section_at(block)
            if section is not previous and section is not None and section.form_row:
                state[0] = None  # a key-facts row ("Agreed with | ...") is a block of its own
            previous = section
            place = self.tables.place(block) or self.tables.typed(block)
            if place is not None and all(i in inside for i in place.table.blocks_under_title):
                if id(place.table) not in done:
                    done.add(id(place.table))
                    groups.extend(self._table(place.table, state[0]))
                    state[0] = None
                continue
            for line in self.lines(block):
                self._line(line, groups, state)
        groups.extend(self._closings(inside))
        return tuple(s for s in (self._signatory(g) for g in groups if not self._no_block(g)) if not s.empty)

    def _no_block(self, g: _Group) -> bool:
        """Loose words with no field, date or signature line that are no signature block: a key-facts
        row ("Agreed with | the information security team, on behalf of the panel") describing who
        agreed, or one word alone ("Details" labelling a cell that holds the signature table)."""
        if g.values:
            return False
        section = self.facts.outline.section_at(g.block)
        return (section is not None and section.form_row) or (len(g.loose) == 1 and len(g.loose[0].split()) == 1)

    def _closings(self, inside: set[int]) -> list[_Group]:
        """The signature under a letter's closing ("Yours sincerely", then the name, title and agency
        lines) outside the signatures section: the writer's agency signs the letter the terms go with."""
        if not self.closing_res:
            return []
        body = [b for b in self.facts.document.blocks if b.part == "document" and not b.table_depth
                and not b.in_toc and b.index not in inside]
        groups: list[_Group] = []
        for n, block in enumerate(body):
            if not any(rx.match(block.text.strip()) for rx in self.closing_res):
                continue
            mine: list[_Group] = []
            state: list[_Group | None] = [None]
            for later in body[n + 1:n + 1 + MAX_CLOSING_LINES]:
                text = later.text.strip()
                if not text:
                    if mine:
                        break  # the blank line after the signature
                    continue
                if ":" in text or len(text.split()) > MAX_LINE_WORDS:
                    break  # "Encl: ...", "cc:", or the letter goes on
                for line in self.lines(later):
                    self._line(line, mine, state)
            if mine:  # one signature: its agency line comes last, after the name and title
                first = mine[0]
                for g in mine[1:]:
                    for k, v in g.values.items():
                        first.values.setdefault(k, v)
                    first.loose.extend(g.loose)
                    first.texts.extend(g.texts)
                if len(first.loose) + len(first.values) >= 2:  # a name and a title or agency: a signature
                    groups.append(first)
        return groups

    def _line(self, line: Line, groups: list[_Group], state: list) -> None:
        raw, text = line.raw.strip(), line.text
        if not raw:
            return
        current = state[0]

        def new() -> _Group:
            g = _Group(line.block)
            groups.append(g)
            state[0] = g
            return g

        agency = self.starter(raw)
        if agency is not None:
            if agency and current is not None and not current.started and current.values.get("agency") \
                    and self.cat.same_agency(current.values["agency"], agency):
                current.texts.append(raw)  # the same starter again, in the other language
            elif agency:
                g = new()
                g.values["agency"] = agency
                g.values.update(self.starter_fields(raw))
                g.texts.append(raw)
            else:
                state[0] = None  # "Signed for and on behalf of each attending agency:"
            return
        if self.is_witness(raw):
            return  # the witness's details, not the signatory's
        lab = self.labelled(raw)
        if lab:
            fields, _ = lab
            sub = self.labelled(text) if text else None
            value = sub[1] if sub and sub[0] == fields else ""
            if current is None or any(current.has(f) for f in fields):
                current = new()
            for f in fields:
                current.set(f, value)
            current.texts.append(raw)
            return
        if blank(raw):
            if current is None:
                current = new()
            current.set("signature", "")
            return
        caption = self.fields_of(raw)
        if caption and len(raw.split()) <= 3:  # "Signature" or "Date" under a line: a caption
            return
        if not text:
            return
        if len(text.split()) > MAX_LINE_WORDS or (text.endswith((".", ":")) and not self.is_date(text)):
            state[0] = None  # a sentence ends the block
            return
        if self.is_date(text):
            if current is None or current.has("date"):
                current = new()
            current.values["date"] = text
            current.texts.append(raw)
            return
        named = self.names_agency(text)
        if named and (line.block.bold or current is None or current.started or "agency" not in current.values):
            if current is None or current.started or "agency" in current.values:
                current = new()
            current.values["agency"] = named
            current.texts.append(raw)
            return
        if self._section_word(text):
            return  # "Signatories" over the blocks (or in a who-column): the section's own word, no name
        if current is None:
            current = new()
        current.loose.append(text)
        current.texts.append(text)

    def _section_word(self, text: str) -> bool:
        """One word that says what the section is about ("Signatories", "Signatures"): the concepts of
        the section's own name and synonyms in the pack."""
        words = text.strip(" :.").split()
        return len(words) == 1 and self.lex.term(words[0]) in self.section_terms

    # -- tables ------------------------------------------------------------------
    def _cell_lines(self, cell: Cell) -> list[Line]:
        if cell.typed:
            return [Line(text, text, block) for block, text in self.fill.cell_paragraphs(cell, self.by_index)]
        return [ln for i in cell.blocks if i in self.by_index for ln in self.lines(self.by_index[i])]

    def _table(self, table: Table, before: _Group | None) -> list[_Group]:
        rows = table.rows
        if not rows:
            return []
        for head in dict.fromkeys((0, table.title_rows)):  # the column headings, under any title row
            header = [self.fields_of(c.text) if len(c.text.split("\n")) <= 2 and self.starter(c.text) is None
                      else () for c in rows[head]]
            named = {f for fs in header for f in fs}
            if (sum(1 for fs in header if fs) >= 2 and len(named) >= 2
                    and any(f in ("name", "role", "signature", "date") for f in named)):
                return self._column_table(table, header, head)
        if self._transposed(rows):
            return self._column_blocks(table)
        labels = [bool(self.fields_of(row[0].text.split(":")[0])) for row in rows if row[0].text.strip()]
        starters = [self.starter(row[0].text) is not None for row in rows if row[0].text.strip()]
        if (sum(labels) >= 2 and all(a or b for a, b in zip(labels, starters))
                and all(len(row) >= 2 or self.starter(row[0].text) is not None for row in rows)):
            return self._label_table(table, before)
        groups: list[_Group] = []  # side-by-side blocks: read each column top to bottom
        for c in range(max(len(r) for r in rows)):
            state: list[_Group | None] = [None]
            for row in rows[table.title_rows:]:
                if c < len(row):
                    for line in self._cell_lines(row[c]):
                        self._line(line, groups, state)
        return groups

    def _transposed(self, rows) -> bool:
        """A grid with a column per agency: the first row names the agencies (its first cell blank or
        an agency label), the first column the fields ("Name", "Role", "Signature", "Date")."""
        if len(rows) < 3 or any(len(r) < 3 for r in rows):
            return False
        corner = rows[0][0].text.strip()
        if corner and self.fields_of(corner) != ("agency",):
            return False
        labels = [self.fields_of(r[0].text.split(":")[0]) for r in rows[1:] if r[0].text.strip()]
        return sum(1 for f in labels if f) >= 2 and all(labels) and not any("agency" in f for f in labels)

    def _column_blocks(self, table: Table) -> list[_Group]:
        """One block per column of a transposed grid."""
        rows = table.rows
        groups = []
        for c in range(1, len(rows[0])):
            first = next((self.by_index[i] for r in rows if c < len(r) for i in r[c].blocks if i in self.by_index),
                         None)
            if first is None:
                continue
            g = _Group(first)
            agency = " ".join(ln.text for ln in self._cell_lines(rows[0][c])).strip()
            g.values["agency"] = agency
            g.texts.append(agency)
            for row in rows[1:]:
                if c >= len(row):
                    continue
                value = " ".join(ln.text for ln in self._cell_lines(row[c])).strip()
                for f in self.fields_of(row[0].text.split(":")[0]):
                    g.set(f, value)
                g.texts.append(value)
            groups.append(g)
        return groups

    def _column_table(self, table: Table, header: list[tuple[str, ...]], head: int = 0) -> list[_Group]:
        covered = {f for fs in header for f in fs}
        groups = []
        for row in table.rows[head + 1:]:
            first = next((self.by_index[i] for c in row for i in c.blocks if i in self.by_index), None)
            if first is None:
                continue
            g = _Group(first)
            for fields, cell in zip(header, row):
                lines = [ln.text for ln in self._cell_lines(cell)]
                g.texts.append(" ".join(ln.raw for ln in self._cell_lines(cell)))
                if not fields:
                    continue
                if fields == ("name", "role") and len([t for t in lines if t]) == 1:
                    # "Endorsed by (name and title)" on one line: "Grant Lowe, Regional Commissioner",
                    # or a name alone, with no title
                    name, _, role = next(t for t in lines if t).partition(",")
                    g.set("name", name.strip())
                    g.set("role", role.strip())
                    continue
                if len(lines) <= 1 or fields[0] in ("agency", "signature"):
                    for f in fields:
                        g.set(f, " ".join(t for t in lines if t))
                    continue
                # several lines in one cell: dates to the date, the rest in order to the fields the
                # column names and then to those no column names ("Tama Pōtaka" / "Regional Commissioner")
                spare = [f for f in ("name", "role") if f not in covered]
                order = [f for f in fields if f not in ("date", "signature")] + spare
                for text in lines:
                    if not text:
                        continue
                    if self.is_date(text) and "date" in fields:
                        g.set("date", text)
                    elif order:
                        g.set(order.pop(0), text)
            groups.append(g)
        return groups

    def _label_table(self, table: Table, before: _Group | None) -> list[_Group]:
        groups: list[_Group] = []
        g = before if before is not None and not before.started else None
        for row in table.rows:
            label = row[0].text.strip()
            first = next((self.by_index[i] for i in row[0].blocks if i in self.by_index), None)
            if not label or first is None or self.is_witness(label):
                continue
            agency = self.starter(label)
            if agency is not None:
                g = _Group(first) if agency else None
                if g is not None:
                    g.values["agency"] = agency
                    g.texts.append(label)
                    groups.append(g)
                continue
            fields = self.fields_of(label.split(":")[0])
            if g is None or any(g.has(f) and not blank(g.values.get(f)) for f in fields):
                g = _Group(first)
                groups.append(g)
            value = " ".join(ln.text for c in row[1:] for ln in self._cell_lines(c)).strip()
            if not value and ":" in label:
                inline = self.labelled(" ".join(ln.text for ln in self._cell_lines(row[0])))
                value = inline[1] if inline else ""
            for f in fields:
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
        dates = self.calendar.find_dates(date_text or "", month_year=False)
        return Signatory(
            agency=values.get("agency"), name=values.get("name"), role=values.get("role"),
            signature=values.get("signature"), date_text=date_text,
            date=dates[0].value if dates else None, block=g.block, text=" ".join(g.texts),
        )


def _reader(facts: Facts, section: str | None = None) -> _Reader:
    return _Reader(facts, section)


def signatories(facts: Facts, section: str | None = None) -> tuple[Signatory, ...]:
    """The signature blocks of a section: ``[signatories] section`` unless another is named."""
    return facts.get(_reader, section).found


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
    return contains_words(signatory.text, agency)
