"""Purposes of sharing, the legal authorities cited, and which authority covers which purpose.

Everything the template calls for here is pack data (``[authorities]``):
the sections that hold purposes and authorities, how tables label their
columns, label and reference wording, and the catalogue of laws (current,
with aliases and the provisions that name them on their own; repealed or
renamed, with the law that replaced them).

* :class:`AuthorityCatalogue` finds citations in a piece of text
  ("Family Violence Act 2018, ss 20–22", "section 66C of the OT Act",
  "IPP 11(1)(e)", a law the catalogue does not know).
* :func:`purpose_authorities` reads the protocol's purposes (list items,
  numbered paragraphs, prose, table rows, the purpose column of a
  purpose/authority table anywhere), its authorities (the legal-authority
  section, authority columns, sub-items under a purpose) and maps one to
  the other: by table row, by a purpose or authority label, by wording
  that covers all purposes, by a sentence that repeats a purpose's words,
  or because there is only one purpose.
* :func:`repealed_mentions` finds repealed laws cited anywhere in the body,
  leaving out sentences that only record the repeal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from rapidfuzz import fuzz

from ..model import Block, Cell, Table
from ..lexicon import LEXICON, is_inflected_verb
from ..text import fold, fold_in_place
from . import Facts
from .filler import filler
from .law import AUTHORITIES, Citation, catalogue
from .table_rows import table_index

SHORT_WORDS = 6  # a list item this short without a verb is stated as an authority
NOT_LAW_WORDS = 12  # a list item this short naming a policy, guideline ... is given as an authority
_BRACKETS = re.compile(r"\(((?:[^()]|\([^()]*\))*)\)")  # a parenthesis, one level of nesting inside


_LIST_STYLE = re.compile(r"^List(?: Bullet| Number| Continue)? ([2-9])$")


def list_depth(block: Block) -> int | None:
    """The block's list level, counting Word's "List Bullet 2" style as one level down."""
    if block.list_level is None:
        return None
    m = _LIST_STYLE.match(block.style or "")
    return block.list_level + (int(m.group(1)) - 1 if m and block.list_level == 0 else 0)


@dataclass(frozen=True)
class Authority:
    """One authority as the protocol states it: a cell, a list item, a line or a sentence."""

    text: str
    block: Block
    citations: tuple[Citation, ...]
    label: tuple[str, ...] = ()  # how purposes refer to it ("b", "2")
    purpose_labels: tuple[str, ...] = ()  # purposes it says it covers ("Purposes 1 and 2: ...")
    all_purposes: bool = False  # "for all purposes"
    authority_labels: tuple[str, ...] = ()  # it points at another authority ("see authority B")
    stated: bool = False  # given as an authority (a cell or list item), so no citation means an unknown one
    pointer: bool = False  # it only points at authorities stated elsewhere ("See section 5", "As for
    # purpose 1"): the purposes it names (purpose_labels), else the legal-authority section's

    @property
    def states_authority(self) -> bool:
        return bool(self.citations) or (self.stated and not self.authority_labels and not self.pointer)


@dataclass(frozen=True)
class Purpose:
    text: str  # without its label ("1.", "Purpose 2:")
    block: Block
    label: tuple[str, ...] = ()  # "1" and "a" for the first item of an auto-numbered list


@dataclass(frozen=True)
class Mapping:
    purpose: Purpose
    authority: Authority
    how: str  # table row | same item | purpose label | authority label | all purposes | wording | pointer |
    # only purpose


@dataclass(frozen=True)
class PurposeAuthorities:
    purposes: tuple[Purpose, ...]
    authorities: tuple[Authority, ...]
    mappings: tuple[Mapping, ...]
    has_sources: bool  # the protocol states authorities somewhere (a section, a table or inline)

    def authorities_of(self, purpose: Purpose) -> tuple[Authority, ...]:
        return tuple(m.authority for m in self.mappings if m.purpose == purpose)

    @property
    def unmapped(self) -> tuple[Purpose, ...]:
        mapped = {id(m.purpose) for m in self.mappings}
        return tuple(p for p in self.purposes if id(p) not in mapped)

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(c for a in self.authorities for c in a.citations)


# ---------------------------------------------------------------- catalogue
@dataclass(frozen=True)
class _Row:
    purpose_cells: tuple[Cell, ...]  # the purpose cell (or the cell a merged one continues)
    authority_cells: tuple[Cell, ...]  # one per authority column ("Health agencies (HIPC) | Others (Privacy Act)")
    label_cell: Cell | None


@dataclass(frozen=True)
class AuthorityTable:
    """A table with an authority column, and usually a purpose column."""

    table: Table
    rows: tuple[_Row, ...]
    has_purposes: bool

    @cached_property
    def block_indexes(self) -> frozenset[int]:
        return frozenset(i for row in self.table.rows for cell in row for i in cell.blocks)


class _PurposePatterns:
    """How the pack writes purposes and authorities, compiled once per pack."""

    def __init__(self, pack):
        cfg = AUTHORITIES.read(pack)
        self.purpose_key = cfg["purpose_section"]
        self.authority_key = cfg["authority_section"]
        self.purpose_headers = [re.compile(p, re.I) for p in cfg["purpose_headers"]]
        self.authority_headers = [re.compile(p, re.I) for p in cfg["authority_headers"]]
        self.label_headers = [re.compile(p, re.I) for p in cfg["label_headers"]]
        self.label_re = re.compile(cfg["label_prefix"], re.I)
        self.purpose_ref_re = re.compile(cfg["purpose_references"], re.I)
        self.authority_ref_re = re.compile(cfg["authority_references"])
        self.purpose_ref_cell = re.compile(cfg["purpose_reference_cell"], re.I)
        self.all_res = [re.compile(p, re.I) for p in cfg["all_purposes"]]
        self.purpose_start = re.compile(cfg["purpose_start"], re.I)
        self.not_purposes = [re.compile(p, re.I) for p in cfg["not_purposes"]]
        self.pointers = [re.compile(p, re.I) for p in cfg["pointers"]]
        self.authority_pointers = [re.compile(p, re.I) for p in cfg["authority_pointers"]]
        self.authority_lead = re.compile(cfg["authority_lead"], re.I)
        self.stopwords = frozenset(w.lower() for w in cfg["stopwords"])


class _Reader:
    """Reads purposes and authorities out of one document (see :func:`purpose_authorities`)."""

    def __init__(self, facts: Facts):
        self.facts = facts
        self.cat = facts.get(catalogue)
        self.fill = facts.get(filler)
        self.p = facts.pack.compiled("purpose_patterns", _PurposePatterns)  # compiled once per pack
        doc = facts.document
        self.by_index = doc.by_index
        self.heading_indexes = frozenset(s.heading.index for s in facts.outline.sections)
        # run-in headings: the paragraph goes on after its label ("3. Purpose of sharing. Information is
        # shared for one purpose only: to plan ..."), so it is the section's text as well
        self.run_in_headings = frozenset(s.heading.index for s in facts.outline.sections
                                         if s.blocks and s.blocks[0].index == s.heading.index
                                         and s.heading.lead and s.title in " ".join(s.heading.lead.split()))

    # -- small helpers ------------------------------------------------------
    def own_blocks(self, key: str) -> list[Block]:
        """The section's blocks, less those of another section inside it (a form row after its heading)."""
        outline = self.facts.outline
        out = []
        for b in outline.blocks_of(key):
            inner = outline.section_at(b)
            if inner is None or inner.key in (key, None):
                out.append(b)
        return out

    def substance(self, block: Block) -> str:
        return self.fill.substance(block)

    def cell_text(self, cell: Cell) -> str:
        return self.fill.cell_text(cell, self.by_index)

    def cell_block(self, cell: Cell) -> Block | None:
        said = self.fill.cell_paragraphs(cell, self.by_index)
        if said:
            return said[0][0]
        return next((self.by_index[i] for i in cell.blocks if i in self.by_index), None)

    def split_label(self, text: str) -> tuple[str | None, str]:
        """The label a purpose or authority starts with, and the rest: ("2", "To plan ...") for "2. To
        plan ...".  A clause number before a label ("4.1  P1 – to assess") gives the inner label."""
        labels, rest = self.split_labels(text)
        return (labels[-1] if labels else None), rest

    def split_labels(self, text: str) -> tuple[tuple[str, ...], str]:
        labels: list[str] = []
        rest = text.strip()
        for _ in range(2):
            m = self.p.label_re.match(rest)
            if not m or m.end() >= len(rest):
                break
            labels.append(m.group("label").lower())
            rest = rest[m.end():].strip()
        return tuple(labels), rest

    @staticmethod
    def labels_of(spec: str) -> tuple[str, ...]:
        """'1 and 2' -> ('1', '2'); '1–3' -> ('1', '2', '3'); '(a), (b)' -> ('a', 'b')."""
        items = re.findall(r"\b(?:[0-9]{1,2}(?:\.[0-9]{1,2})*|[A-Za-z]{1,2}[0-9]{1,2}|[A-Za-z])\b", spec)
        out = [item.lower() for item in items]
        # ranges: "1–3", "1 to 3"
        for m in re.finditer(r"([0-9]{1,2})\s*(?:[-–—]|to)\s*([0-9]{1,2})", spec):
            a, b = int(m.group(1)), int(m.group(2))
            if a < b <= a + 20:
                out.extend(str(n) for n in range(a, b + 1))
        for m in re.finditer(r"\b([a-h])\)?\s*(?:[-–—]|to)\s*\(?([a-h])\b", spec, re.I):
            a, b = ord(m.group(1).lower()), ord(m.group(2).lower())
            if a < b:
                out.extend(chr(n) for n in range(a, b + 1))
        return tuple(dict.fromkeys(out))

    def purpose_refs(self, text: str) -> tuple[str, ...]:
        refs: list[str] = []
        for m in self.p.purpose_ref_re.finditer(fold_in_place(text)):
            refs.extend(self.labels_of(m.group("labels")))
        return tuple(dict.fromkeys(refs))

    def authority_refs(self, text: str) -> tuple[str, ...]:
        refs: list[str] = []
        for m in self.p.authority_ref_re.finditer(fold_in_place(text)):
            refs.extend(self.labels_of(m.group("labels")))
        return tuple(dict.fromkeys(refs))

    def says_all(self, text: str) -> bool:
        return any(rx.search(text) for rx in self.p.all_res)

    @staticmethod
    def ordinal_label(n: int) -> tuple[str, ...]:
        return (str(n), chr(ord("a") + n - 1)) if n <= 26 else (str(n),)

    def content_words(self, text: str) -> set[str]:
        words = re.findall(r"[a-z]{4,}", fold_in_place(text).lower())
        return {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words if w not in self.p.stopwords}

    # -- tables --------------------------------------------------------------
    @cached_property
    def tables(self) -> tuple[AuthorityTable, ...]:
        out = []
        auth_blocks = {b.index for b in self.own_blocks(self.p.authority_key)}
        for table in self.facts.document.tables:
            if table.part not in ("document", "textbox"):
                continue
            found = self._headed(table)
            if found is None and any(i in auth_blocks for row in table.rows for c in row for i in c.blocks):
                found = self._unheaded(table)
            if found is not None:
                out.append(found)
        return tuple(out)

    def _header_cols(self, row: tuple[Cell, ...]):
        a_col = p_col = l_col = None
        if any(len(c.text.split()) > 6 and c.text.rstrip().endswith(".") for c in row):
            return a_col, p_col, l_col  # a sentence in it: a label | value row, not column headings
        for i, cell in enumerate(row):
            text = " ".join(cell.text.split())
            if not text or len(text.split()) > 6:
                continue
            if a_col is None and any(rx.search(text) for rx in self.p.authority_headers):
                a_col = i
            elif p_col is None and any(rx.search(text) for rx in self.p.purpose_headers):
                p_col = i
            elif l_col is None and any(rx.search(text) for rx in self.p.label_headers):
                l_col = i
        return a_col, p_col, l_col

    def _headed(self, table: Table) -> AuthorityTable | None:
        head = table.title_rows  # the column headings are under any title row ("5. Legal authority")
        for h, row in enumerate(table.rows[:head + 2]):
            if h < head:
                continue
            a_col, p_col, l_col = self._header_cols(row)
            if a_col is not None and l_col is None and _label_column(table, h + 1, set(), only=a_col) == a_col:
                # "Authority | Law | What it allows" over "A | Privacy Act 2020 ...": the labels of the
                # authorities the law columns state
                l_col, a_col = a_col, None
                a_cols = [i for i in self._citing_columns(table, h + 1) if i not in (l_col, p_col)]
                if a_cols:
                    if p_col is None and not self._in_authority_section(table):
                        return None
                    return AuthorityTable(table, self._rows(table, h + 1, tuple(a_cols), p_col, l_col),
                                          p_col is not None)
            a_cols = [a_col] if a_col is not None else []
            if p_col is not None:  # other columns that cite laws are authority columns too, whatever their heading
                a_cols += [i for i in self._citing_columns(table, h + 1) if i not in (a_col, p_col, l_col)]
            if a_cols and l_col is None:
                l_col = _label_column(table, h + 1, {*a_cols, p_col})
            if a_cols:
                if p_col is None and not self._in_authority_section(table):
                    return None  # an authority column alone is only read in the legal-authority section
                return AuthorityTable(table, self._rows(table, h + 1, tuple(sorted(a_cols)), p_col, l_col),
                                      p_col is not None)
        return None

    def _citing_columns(self, table: Table, start: int) -> list[int]:
        """Columns most of whose cells cite a law."""
        rows = table.rows[start:]
        out = []
        for col in range(max((len(r) for r in rows), default=0)):
            cells = [r[col].text for r in rows if col < len(r) and r[col].text.strip()]
            if cells and sum(1 for c in cells if self.cat.citations_in(c)) * 2 > len(cells):
                out.append(col)
        return out

    def _unheaded(self, table: Table) -> AuthorityTable | None:
        """A two-column table in the legal-authority section: purpose | citation, without headings."""
        head = table.title_rows  # under any title row
        rows = [r for r in table.rows[head:] if len(r) == 2]
        if len(rows) != len(table.rows) - head or not rows:
            return None
        cited = [bool(self.cat.citations_in(r[1].text)) and not self.cat.citations_in(r[0].text) for r in rows]
        first = head + (1 if not cited[0] and len(rows) > 1 else 0)
        data = cited[first:]
        if not data or sum(data) * 2 < len(data):
            return None
        return AuthorityTable(table, self._rows(table, first, (1,), 0, None), True)

    def _in_authority_section(self, table: Table) -> bool:
        blocks = {b.index for b in self.own_blocks(self.p.authority_key)}
        return any(i in blocks for row in table.rows for c in row for i in c.blocks)

    @staticmethod
    def _rows(table: Table, start: int, a_cols: tuple[int, ...], p_col: int | None,
              l_col: int | None) -> tuple[_Row, ...]:
        out = []
        last_purpose: tuple[Cell, ...] = ()
        for row in table.rows[start:]:
            if a_cols[0] >= len(row):
                continue
            purpose: tuple[Cell, ...] = ()
            if p_col is not None and p_col < len(row):
                cell = row[p_col]
                # a vertically merged purpose cell covers the rows below it
                purpose = last_purpose if not cell.blocks and last_purpose else (cell,)
                last_purpose = purpose
            out.append(_Row(purpose, tuple(row[c] for c in a_cols if c < len(row)),
                            row[l_col] if l_col is not None and l_col < len(row) else None))
        return tuple(out)

    @cached_property
    def table_blocks(self) -> frozenset[int]:
        return frozenset(i for t in self.tables for i in t.block_indexes)

    # -- purposes --------------------------------------------------------------
    @cached_property
    def section_items(self) -> list[tuple[Purpose, list[Block]]]:
        """Purposes stated in the purpose section, each with the sub-items under it."""
        blocks = [b for b in self.own_blocks(self.p.purpose_key)
                  if not b.in_toc and b.index not in self.table_blocks
                  and (b.index not in self.heading_indexes or b.index in self.run_in_headings)]
        if not blocks:
            return []
        base = min(b.table_depth for b in blocks)
        flat = [b for b in blocks if b.table_depth == base and self.substance(b)]
        out: list[tuple[Purpose, list[Block]]] = []
        listed = [b for b in flat if list_depth(b) is not None or self.split_label(b.text)[0] is not None]
        if listed:
            # the purposes are the items of the shallowest level that states one ("4.1 Information is
            # exchanged only for the following purposes:" over "(a) Re-engagement: to identify ...")
            items = [b for b in flat if b.list_level is not None]
            stating = [b for b in items if self.p.purpose_start.search(self._run_in_rest(self.split_label(b.text)[1]))]
            top = min((list_depth(b) for b in (stating or items)), default=0)
            # where some items start like a purpose ("(a) to assess ..."), the others are clauses
            # about purposes ("3.3 Information must not be disclosed except for a Permitted Purpose")
            worded = any(self.p.purpose_start.search(self._run_in_rest(self.split_label(b.text)[1])) for b in flat
                         if b.list_level is not None or self.split_label(b.text)[0] is not None)
            # ... and where none does but a table states the purposes, the list is clauses about them
            clauses = not worded and any(t.has_purposes for t in self.tables)
            n = 0
            for b in flat:
                typed, rest = self.split_label(b.text)
                rest = self._after_label(b, rest)
                is_item = (b.list_level is not None and list_depth(b) <= top) or (b.list_level is None and typed)
                if (worded and not self.p.purpose_start.search(self._run_in_rest(rest))) or clauses:
                    is_item = False
                if out and self.p.authority_lead.search(b.text):
                    out[-1][1].append(b)  # "Legal authority: ..." under a purpose is not a purpose
                elif is_item and not self._not_purpose(rest) and not self._pointer(rest) \
                        and not rest.rstrip().endswith(":"):  # "Information is shared to:" introduces them
                    typed_labels = self.split_labels(b.text)[0]
                    for inner, text in _run_on_items(typed, rest):  # "(a) to assess ...; and (b) to agree ..."
                        n += 1
                        label = typed_labels[:-1] + (inner,) if typed else self.ordinal_label(n)
                        if typed and any("." in t for t in typed_labels):  # "3.1" is also the first purpose
                            label += self.ordinal_label(n)
                        out.append((Purpose(text, b, label), []))
                elif out and b.list_level is not None and list_depth(b) > top:
                    out[-1][1].append(b)
        else:
            prose = [b for b in flat if not self._not_purpose(b.text.strip()) and not self._pointer(b.text)]
            starts = [b for b in prose if self.p.purpose_start.search(b.text)]
            # a paragraph that does not start like a purpose is one only when nothing else states them
            chosen = starts or ([] if any(t.has_purposes for t in self.tables) else prose[:1])
            n = 0
            for b in prose:
                if b in chosen:
                    n += 1
                    out.append((Purpose(self._after_label(b), b, self.ordinal_label(n)), []))
                elif out and self.p.authority_lead.search(b.text):
                    out[-1][1].append(b)
        for table in self._purpose_section_tables(blocks, base):
            out.extend((p, []) for p in table)
        return out

    def _after_label(self, b: Block, text: str | None = None) -> str:
        """A paragraph's text (or the rest after its number), less its run-in heading when it is one
        ("3. Purpose of sharing. Information is shared ..." -> "Information is shared ...")."""
        text = (b.text if text is None else text).strip()
        if b.index in self.run_in_headings:
            text = " ".join(text.split())
            lead = " ".join(b.lead.split())
            at = text.find(lead) if lead else -1
            if at < 0:  # the number is not part of the label: "3." typed before the bold words
                lead = re.sub(r"^\S*\d\S*\s+", "", lead)
                at = text.find(lead) if lead else -1
            if at >= 0:
                text = text[at + len(lead):].strip()
        return text

    @staticmethod
    def _run_in_rest(text: str) -> str:
        """A purpose after its short run-in name ("Re-engagement: to identify ..." -> "to identify ...")."""
        m = re.match(r"^\s*[^:.;]{1,40}:\s+(?=\S)", text)
        return text[m.end():] if m else text

    def _not_purpose(self, text: str) -> bool:
        return any(rx.search(text) for rx in self.p.not_purposes)

    def _pointer(self, text: str) -> bool:
        """A lead-in or cross-reference ("the purposes below", "as described above"), not a purpose."""
        return not self.p.purpose_start.search(text) and any(rx.search(text) for rx in self.p.pointers)

    def _purpose_section_tables(self, blocks: list[Block], base: int) -> list[list[Purpose]]:
        """Purposes listed in an ordinary table inside the purpose section (one per row)."""
        inner = {b.index for b in blocks if b.table_depth > base}
        out = []
        for table in self.facts.document.tables:
            cells = [i for row in table.rows for c in row for i in c.blocks]
            if table.depth != base + 1 or not cells or not set(cells) <= inner:
                continue
            col, head = 0, table.title_rows
            for i, cell in enumerate(table.rows[head]):
                if any(rx.search(" ".join(cell.text.split())) for rx in self.p.purpose_headers):
                    col = i
                    break
            purposes = []
            for row in table.rows[head:]:
                if col >= len(row):
                    continue
                text = self.cell_text(row[col])
                block = self.cell_block(row[col])
                if text and block is not None and not self._not_purpose(text):
                    typed, rest = self.split_label(text.split("\n")[0])
                    purposes.append(Purpose(rest, block, (typed,) if typed else self.ordinal_label(len(purposes) + 1)))
            out.append(purposes)
        return out

    # -- authorities --------------------------------------------------------------
    def authority(self, text: str, block: Block, stated: bool, label: tuple[str, ...] = ()) -> Authority:
        typed, rest = self.split_label(text)
        if typed and not label:
            label = (typed,)
        return Authority(
            text=self._without_lead(rest),
            block=block,
            citations=self.cat.citations_in(text, block),
            label=label,
            purpose_labels=self.purpose_refs(text),
            all_purposes=self.says_all(text),
            authority_labels=self.authority_refs(text),
            stated=stated,
        )

    def cell_authorities(self, cell: Cell, label: tuple[str, ...] = ()) -> list[Authority]:
        """Each line or ';'-separated part of an authority cell."""
        out = []
        for block, text in self.fill.cell_paragraphs(cell, self.by_index):
            if self.cat.says_none(text):
                continue
            whole = self.cat.citations_in(text, block)
            if not whole and any(rx.search(text) for rx in self.p.authority_pointers):
                out.append(replace(self.authority(text, block, stated=False, label=label), pointer=True))
                continue
            stated = bool(whole) or not self._prose(text)  # (a sentence citing no law says, not gives)
            for part in (p.strip() for p in text.split(";") if p.strip()):
                a = self.authority(part, block, stated=stated, label=label)
                if not a.citations:  # "...; s 66" and "...; s 15 for reports of concern" cite the law before
                    a = replace(a, citations=tuple(c for c in whole if c.text and c.text in part))
                out.append(a)
        return out

    @cached_property
    def section_authorities(self) -> list[Authority]:
        """Authorities stated in the legal-authority section, outside authority tables."""
        blocks = [b for b in self.own_blocks(self.p.authority_key)
                  if not b.in_toc and b.index not in self.table_blocks and b.text.strip()]
        if not blocks:
            return []
        from .. import nlp

        panels = self._panel_blocks(blocks)
        depth = {b.index: b.table_depth - (1 if b.index in panels else 0) for b in blocks}
        base = min(depth.values())
        listed = [b for b in blocks if b.list_level is not None and depth[b.index] == base]
        top = min((list_depth(b) for b in listed), default=0)
        out: list[Authority] = []
        n = 0
        for b in blocks:
            text = self.substance(b)
            if not text:
                continue
            if b.index in self.heading_indexes:
                a = self.authority(text, b, stated=False)
                if a.citations:
                    out.append(a)
                continue
            if depth[b.index] > base or b.list_level is not None:
                label: tuple[str, ...] = ()
                if b.list_level is not None and list_depth(b) <= top and depth[b.index] == base:
                    n += 1
                    label = () if self.split_label(text)[0] else self.ordinal_label(n)
                # a table cell gives an authority, unless it is prose ("No. Each disclosure relies on ...")
                stated = (depth[b.index] > base and not self._prose(text)) or self._stated_item(text)
                parts = [p for p in text.split(";") if p.strip()] if stated else [text]
                out.extend(self.authority(p.strip(), b, stated=stated, label=label) for p in parts)
                continue
            for sentence in nlp.sentences(text):
                out.append(self.authority(sentence, b, stated=self._stated_for_purposes(sentence)))
        return self._with_context(out)

    def _panel_blocks(self, blocks: list[Block]) -> set[int]:
        """Paragraphs in a one-cell table (a shaded note or panel: "Important – This protocol does not
        itself authorise ..."): prose, not a table's cells."""
        tables = self.facts.get(table_index)
        out = set()
        for b in blocks:
            place = tables.place(b) if b.table_depth else None
            if place is not None and len(place.table.rows) == 1 and len(place.table.rows[0]) == 1:
                out.add(b.index)
        return out

    def _stated_for_purposes(self, sentence: str) -> bool:
        """"Purpose 2: Youth Offending Team Terms of Reference, clause 6." gives an authority for a purpose."""
        rest = self._without_lead(sentence)
        if rest == sentence.strip() or not self.purpose_refs(sentence):
            return False
        return len(rest.split()) <= NOT_LAW_WORDS and not self._says_a_verb(rest)

    @staticmethod
    def _with_context(found: list[Authority]) -> list[Authority]:
        """"It applies to purposes 1 and 3." cites the law named just before it."""
        out: list[Authority] = []
        last: tuple[Citation, ...] = ()
        for a in found:
            if a.citations:
                last = a.citations
            elif last and (a.purpose_labels or a.all_purposes) and not a.stated:
                a = replace(a, citations=last)
            out.append(a)
        return out

    def _bracketed(self, purpose: Purpose) -> list[Authority]:
        """An authority given in brackets after a purpose that is not a law ("To prevent offending
        (the Regional Data Sharing Guidelines)"); a bracket citing a law is read with the purpose."""
        out = []
        for m in _BRACKETS.finditer(purpose.text):
            inner = m.group(1).strip()
            if inner and not self.cat.citations_in(inner) and self.cat.is_not_law(inner):
                out.append(self.authority(inner, purpose.block, stated=True))
        return out

    def _without_lead(self, text: str) -> str:
        """The authority without a lead naming the purposes it covers ("Purposes 1 and 2: ...")."""
        m = self.p.purpose_ref_re.match(fold_in_place(text).lstrip())
        lead = re.match(r"\s*[:–—-]\s*", text.lstrip()[m.end():]) if m else None
        if m and lead:
            return text.lstrip()[m.end() + lead.end():].strip()
        for rx in self.p.all_res:
            m = rx.match(text)
            lead = re.match(r"\s*[:–—-]\s*", text[m.end():]) if m else None
            if m and lead:
                return text[m.end() + lead.end():].strip()
        return text.strip()

    def _prose(self, text: str) -> bool:
        """A sentence about the authorities rather than one given: it has a verb."""
        return self._says_a_verb(text) or any(is_inflected_verb(w) for w in text.split())

    def _says_a_verb(self, text: str) -> bool:
        return any(fold(w.strip(".,;:()")) in self.finite_verbs for w in text.split())

    @cached_property
    def finite_verbs(self) -> frozenset[str]:
        return frozenset(fold(w) for w in LEXICON.read(self.facts.pack)["finite_verbs"])

    def _stated_item(self, text: str) -> bool:
        """A list item given as an authority rather than an explanation."""
        _, rest = self.split_label(text)
        rest = self.p.purpose_ref_re.sub(" ", fold_in_place(rest))
        rest = re.sub(r"^[\s:–—-]+", "", rest)
        words = len(rest.split())
        if self._prose(rest):  # a statement about authorities ("This protocol does not ..."), not one
            return False
        return words <= SHORT_WORDS or (words <= NOT_LAW_WORDS and self.cat.is_not_law(rest))

    # -- mapping ----------------------------------------------------------------------
    @cached_property
    def result(self) -> PurposeAuthorities:
        purposes: list[Purpose] = [p for p, _ in self.section_items]
        details = {id(p): sub for p, sub in self.section_items}
        authorities: list[Authority] = []
        mappings: list[Mapping] = []

        def by_label(labels) -> list[Purpose]:
            return [p for p in purposes if set(p.label) & set(labels)]

        # purpose/authority tables
        row_links: list[tuple[list[Purpose], list[Authority]]] = []
        table_only: list[tuple[Purpose, list[Authority]]] = []
        for table in self.tables:
            last: list[Authority] = []
            pending_text_rows = []
            for row in table.rows:
                label = self.labels_of(row.label_cell.text) if row.label_cell is not None else ()
                if row.authority_cells and not any(c.blocks for c in row.authority_cells):
                    auths = last  # a merged cell continues the authority above
                else:
                    auths = [a for c in row.authority_cells for a in self.cell_authorities(c, label)]
                    authorities.extend(auths)
                last = auths
                if not table.has_purposes:
                    continue
                ptext = "\n".join(self.cell_text(c) for c in row.purpose_cells).strip()
                pblock = next((self.cell_block(c) for c in row.purpose_cells if self.cell_block(c)), None)
                raw = " ".join(" ".join(c.text for c in row.purpose_cells).split())
                if self.p.purpose_ref_cell.match(fold_in_place(raw)):  # "1", "Purposes 1 and 2" (too short for substance)
                    row_links.append((by_label(self.labels_of(re.sub(r"(?i)purposes?", " ", raw))), auths))
                    continue
                if not ptext or pblock is None:
                    continue
                if self.says_all(ptext):
                    row_links.append((purposes, auths))
                else:
                    pending_text_rows.append((ptext, pblock, auths))
            for ptext, pblock, auths in pending_text_rows:
                refs = self.purpose_refs(ptext.split(":")[0]) if ":" in ptext else ()
                if refs and by_label(refs):  # "Permitted Purposes (a) and (b): to assess ..."
                    row_links.append((by_label(refs), auths))
                    continue
                typed, rest = self.split_label(ptext.split("\n")[0])
                table_only.append((Purpose(rest, pblock, (typed,) if typed else ()), auths))
        # table purposes are the section's purposes written again, or purposes of their own
        matched = self._match_table_purposes(purposes, [p for p, _ in table_only])
        for (tp, auths), same in zip(table_only, matched):
            if not same:
                purposes.append(tp)
                row_links.append(([tp], auths))
            else:
                row_links.append((same, auths))
        for targets, auths in row_links:
            for p in targets:
                for a in auths:
                    if (a.authority_labels and not a.citations) or a.pointer:
                        continue  # resolved below with the other references
                    mappings.append(Mapping(p, a, "table row"))

        # the legal-authority section
        section = self.section_authorities
        authorities.extend(section)
        labelled = [a for a in authorities if a.label and a.states_authority]

        def resolve(labels) -> list[Authority]:
            return [a for a in labelled if set(a.label) & set(labels)]

        # purposes that cite an authority themselves, or in the sub-items under them
        for p in purposes:
            inline = self.authority(p.text, p.block, stated=False)
            own = [inline] if inline.citations or inline.authority_labels else []
            own += self._bracketed(p)
            for b in details.get(id(p), []):
                text = self.substance(b)
                lead = self.p.authority_lead.search(text)
                own.append(self.authority(text[lead.end():] if lead else text, b, stated=bool(lead)))
            for a in own:
                if a is not inline or a.citations:
                    authorities.append(a)
                if a.states_authority:
                    mappings.append(Mapping(p, a, "same item"))
                for target in resolve(a.authority_labels):
                    mappings.append(Mapping(p, target, "authority label"))
        # authority cells that point at a labelled authority ("See authority B")
        for targets, auths in row_links:
            for a in auths:
                for target in resolve(a.authority_labels):
                    for p in targets:
                        mappings.append(Mapping(p, target, "authority label"))
        # section statements that name purposes, cover all of them, or repeat a purpose's words
        for a in section:
            if not a.states_authority:
                continue
            if a.purpose_labels:
                mappings.extend(Mapping(p, a, "purpose label") for p in by_label(a.purpose_labels))
            elif a.all_purposes:
                mappings.extend(Mapping(p, a, "all purposes") for p in purposes)
            elif a.citations:
                for p in self._same_wording(purposes, a):
                    mappings.append(Mapping(p, a, "wording"))
        # authority cells that point elsewhere: at the authorities of the purposes they name ("As for
        # purpose 1"), else at those the legal-authority section states ("See section 5")
        for targets, auths in row_links:
            for a in (a for a in auths if a.pointer):
                named = by_label(a.purpose_labels)
                found = ([m.authority for m in mappings if m.purpose in named] if a.purpose_labels
                         else [b for b in section if b.states_authority])
                for p in targets:
                    mappings.extend(Mapping(p, b, "pointer") for b in found if p not in named)
        stated = [a for a in authorities if a.states_authority]
        if len(purposes) == 1 and stated and not any(m.purpose is purposes[0] for m in mappings):
            mappings.append(Mapping(purposes[0], stated[0], "only purpose"))
        has_sources = bool(stated) or bool(self.tables)
        return PurposeAuthorities(tuple(purposes), tuple(authorities), tuple(mappings), has_sources)

    def _match_table_purposes(self, purposes: list[Purpose], table: list[Purpose]) -> list[list[Purpose]]:
        """For each table purpose, the section purposes it repeats (by label, by the names the section
        gives them, by wording or by position); none when it is a purpose of its own."""
        found = self._match_one_each(purposes, table)
        out: list[list[Purpose]] = [[p] if p is not None else [] for p in found]
        names = {j: self._run_in_name(p.text) for j, p in enumerate(purposes)}
        for i, tp in enumerate(table):
            # "Needs identification and 4.1.2 Support planning": the names the section gives its purposes
            named = [purposes[j] for j, name in names.items()
                     if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", fold_in_place(tp.text), re.I)]
            if len(named) > 1 or (named and not out[i]):
                out[i] = named
        return out

    def _run_in_name(self, text: str) -> str:
        """The short name before a purpose's words ("Re-engagement: to identify ..." -> "Re-engagement")."""
        m = re.match(r"^\s*([^:.;]{2,40}):\s+(?=\S)", fold_in_place(text))
        return m.group(1).strip() if m and self.p.purpose_start.search(text[m.end():]) else ""

    def _match_one_each(self, purposes: list[Purpose], table: list[Purpose]) -> list[Purpose | None]:
        """For each table purpose, the one section purpose it repeats (by label, wording or position)."""
        out: list[Purpose | None] = [None] * len(table)
        used: set[int] = set()
        for i, tp in enumerate(table):
            for j, p in enumerate(purposes):
                if j in used:
                    continue
                if set(tp.label) & set(p.label):
                    out[i] = p
                    used.add(j)
                    break
        for i, tp in enumerate(table):
            if out[i] is not None:
                continue
            best, best_j = 0.0, None
            for j, p in enumerate(purposes):
                if j in used:
                    continue
                score = fuzz.token_set_ratio(fold_in_place(tp.text).lower(), fold_in_place(p.text).lower())
                if score > best:
                    best, best_j = score, j
            if best_j is not None and best >= 80:
                out[i] = purposes[best_j]
                used.add(best_j)
        rest_t = [i for i, m in enumerate(out) if m is None]
        rest_p = [j for j in range(len(purposes)) if j not in used]
        if rest_t and len(table) == len(purposes) and len(rest_t) == len(rest_p):
            for i, j in zip(rest_t, rest_p):
                out[i] = purposes[j]
        return out

    def _same_wording(self, purposes: list[Purpose], a: Authority) -> list[Purpose]:
        """Purposes whose own words a sentence repeats beside its citation."""
        text = a.text
        for c in a.citations:
            text = text.replace(c.text, " ")
        words = self.content_words(text)
        out = []
        for p in purposes:
            pw = self.content_words(p.text)
            shared = pw & words
            if pw and len(shared) >= 2 and (len(shared) / len(pw) >= 0.5 or len(shared) >= 4):
                out.append(p)
        return out


def authority_tables(facts: Facts) -> tuple[AuthorityTable, ...]:
    """Tables with an authority column (purpose/authority tables), wherever they sit."""
    return _reader(facts).tables


def purpose_authorities(facts: Facts) -> PurposeAuthorities:
    """The protocol's purposes, its authorities, and which authority covers which purpose."""
    return _reader(facts).result


def section_purposes(facts: Facts) -> tuple[Purpose, ...]:
    """Purposes written in the purpose-of-sharing section itself (not only in a table)."""
    return tuple(p for p, _ in _reader(facts).section_items)


def _reader(facts: Facts) -> _Reader:
    return facts.get(_new_reader)


def _new_reader(facts: Facts) -> _Reader:
    return _Reader(facts)


_LABEL_CELL = re.compile(r"^\s*\(?(?:[0-9]{1,2}|[A-Za-z]|[ivx]{1,4})[.)]?\s*$")


def _label_column(table: Table, start: int, taken: set, only: int | None = None) -> int | None:
    """A column whose cells are all labels ("A", "2", "(b)"), whatever its heading says (or whether
    column ``only`` is one)."""
    rows = table.rows[start:]
    for col in range(max((len(r) for r in rows), default=0)):
        if col in taken or (only is not None and col != only):
            continue
        cells = [r[col].text for r in rows if col < len(r) and r[col].text.strip()]
        if cells and all(_LABEL_CELL.match(c) for c in cells):
            return col
    return None


# --------------------------------------------------------------- repealed laws
@dataclass(frozen=True)
class RepealedMention:
    citation: Citation
    sentence: str


def repealed_mentions(facts: Facts) -> tuple[RepealedMention, ...]:
    """Repealed or renamed laws cited in the body, headers, footers and notes.

    A sentence that records the repeal ("The Privacy Act 2020 replaced the
    Privacy Act 1993"), or names the old law together with the law that
    replaced it, is history, not a citation, and is left out.
    Template instructions and table-of-contents entries are left out too.
    """
    from .. import nlp

    cat = facts.get(catalogue)
    fill = facts.get(filler)
    doc = facts.document
    given = {a.block.index for a in facts.get(purpose_authorities).authorities if a.stated}
    out: list[RepealedMention] = []
    for block in (*doc.blocks, *doc.notes, *doc.headers, *doc.footers):
        if block.in_toc or (block.part == "document" and block.index in fill.instruction_indexes):
            continue
        cites = [c for c in cat.citations_in(block.text, block) if c.repealed_by]
        if not cites:
            continue
        for sentence in nlp.sentences(block.text):
            if cat.is_repeal_context(sentence):
                continue
            cited = cat.citations_in(sentence, block)
            current = {c.act for c in cited if not c.repealed_by}
            for c in cited:
                # Naming the old law with its replacement is about the change ("signed under the
                # Privacy Act 1993 and updated for the 2020 Act"), except where both are given as
                # authorities ("Domestic Violence Act 1995 (until 30 June 2019); Family Violence Act 2018").
                if c.repealed_by and (c.repealed_by not in current or block.index in given):
                    out.append(RepealedMention(c, sentence))
    return tuple(out)


_NEXT_ITEM = re.compile(r";\s*(?:\w+\s+)?\((?P<label>[a-z]|[0-9]{1,2})\)\s+")


def _run_on_items(label: str | None, text: str) -> list[tuple[str | None, str]]:
    """A lettered item that runs on into the next in one paragraph ("(a) to assess ...; and (b) to
    agree ..."): each item with its label, when the labels follow one another."""
    out: list[tuple[str | None, str]] = [(label, text)]
    if label is None or not re.fullmatch(r"[a-z]|[0-9]{1,2}", label):
        return out
    while True:
        last_label, last = out[-1]
        want = str(int(last_label) + 1) if last_label.isdigit() else chr(ord(last_label) + 1)
        m = next((m for m in _NEXT_ITEM.finditer(last) if m.group("label") == want), None)
        if m is None:
            return out
        out[-1] = (last_label, last[:m.start()].strip())
        out.append((want, last[m.end():].strip()))
