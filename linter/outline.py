"""Find a protocol's headings and decide which of the pack's sections each one is.

Headings are found by how they look (:func:`candidates`), in order of trust:

* **styled** - a Heading 1-9 style, or any style or paragraph with an
  outline level (renamed and localised heading styles carry one);
* **numbered** - a short bold paragraph that starts with a number
  ("4. Legal authority to share", "4.2 Security controls");
* **banners** - a short line alone in a one-cell table (a shaded banner);
  trusted when the document uses three or more of them;
* **cards** - the bold first line of a table cell that has more under it,
  in a layout table whose every cell is such a card (a "protocol on a
  page" set out as cards side by side);
* **form rows** - the left column of a two-column table whose left cells
  name sections ("Review period | 12 months");
* **emphasised** - a short line that is all bold or all capitals.

Which section each heading is comes from its words (concepts, see
:mod:`linter.section_model`), from what is written under it when the
heading is not distinctive, and from the template's order, decided for all
headings at once (:mod:`linter.alignment`).  Styled, numbered and trusted
banner headings always open a section, known or not, so a section's body
stops at the next heading of the same or higher level; an emphasised line
or a form row is a heading only when it is a section (or one of the pack's
welcome other headings), so a bold label inside a section does not cut it
short.  Table-of-contents entries and the title are never headings.

:meth:`Outline.explain` says, for each heading, the sections it could be,
with their scores and why, and which one it was given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .abbreviations import abbreviations, expand
from .own_names import as_meeting, meeting_names
from .alignment import Option, Placed, Slot, align
from .model import Block, Document, Table
from .pack import Pack
from .section_model import Fit, HeadingReading, SectionModel, is_marking, section_model

NUMBERED_RE = re.compile(r"^\s*(?:(?:section|part|clause)\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+(?=\D)", re.I)
MAX_HEADING_WORDS = 12
MAX_STYLED_WORDS = 30
TITLE_STYLES = ("Title", "Subtitle")
MIN_BANNERS = 3  # a document with this many one-cell banner tables uses them as its headings
MIN_CARDS = 3  # a document with this many cards uses them as its headings
MIN_TRUSTED = 3  # with fewer styled, numbered or banner headings, bold or capitalised lines are the headings
MIN_FORM_SECTIONS = 4  # a form table naming this many sections holds the protocol (not a key-facts box)
MAX_RUN_IN_WORDS = 6
MAX_HEADER_WORDS = 6  # a column heading ("Legal authority relied on") is this short
MIN_HEADED_SECTIONS = 3  # a document whose lines name fewer sections than this has no headings to go by
MIN_PARAGRAPH_WORDS = 8  # then each paragraph this long is read for the section it is typical of
PARAGRAPH_LABEL_WORDS = 8  # and named in findings by its first words
MIN_RUN_INS = 5  # with this many run-in labels that name sections, run-in labels are the document's headings
RUN_IN_END_RE = re.compile(r"\s*(?:[:.]|\s[–—-])\s*$")  # "PURPOSE:", "Review.", "Breach –"


@dataclass(frozen=True)
class Section:
    """A heading and the blocks under it."""

    key: str | None  # the pack's section key; None for a heading the pack does not know
    title: str  # the heading as written, on one line
    level: int  # 1 = top level
    heading: Block
    blocks: tuple[Block, ...]  # the body: everything up to the next heading of the same or higher level
    form_row: bool = False  # a row of a form table: heading in the left cell, body in the right
    also: tuple[str, ...] = ()  # a joined heading's other section keys ("... classification and controls")

    @property
    def keys(self) -> tuple[str, ...]:
        return ((self.key,) if self.key else ()) + self.also

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass
class Candidate:
    """A line that may be a heading, and what is known about it."""

    block: Block  # the heading's (first) paragraph
    text: str
    how: str  # styled | numbered | banner | form | emphasised | run-in | paragraph
    trusted: bool  # opens a section even when it is none of the pack's
    level: int | None  # None: fixed once the trusted headings around it are known
    last_index: int  # the last paragraph of the heading itself (a banner cell may have two)
    inline: bool = False  # a run-in heading: its paragraph goes on with the section's text
    body: tuple[Block, ...] = ()  # a form row's right cell; for others, filled in later
    reading: HeadingReading | None = None
    fits: list[Fit] = field(default_factory=list)
    other: tuple[float, str] = (0.0, "")
    content: dict = field(default_factory=dict)  # section key -> (fit, phrases used)
    options: list[tuple[Option, Fit | None]] = field(default_factory=list)
    grouping: bool = False  # a heading over sub-headings that are sections: none itself
    placed: Placed | None = None


def _words(text: str) -> int:
    return len(text.split())


MIN_GLOSSES = 2
GLOSS_RE = re.compile(r"^\s*[(\[].{2,80}[)\]]\s*$")  # "(What information is shared)" under a heading


def _title(blocks) -> Block | None:
    """The document's first line when a subtitle follows it ("WAIROA ATTENDANCE HUI" / "Information
    sharing protocol"): a title, not a section heading."""
    said = [b for b in blocks[:20] if b.text.strip()][:2]
    if len(said) == 2 and not said[1].table_depth and said[1].list_level is None \
            and _words(said[1].text) <= MAX_HEADING_WORDS and not said[1].text.rstrip().endswith((".", ":")):
        return said[0]
    return None


def _gloss_styles(blocks, heading_indexes: set[int]) -> frozenset[str]:
    """Paragraph styles used only for a short line right under a heading ("Te hainatanga" / "Approval
    and signatures" in a translation style): at least twice, and never anywhere else."""
    uses: dict[str, list[bool]] = {}
    for before, b in zip(blocks, blocks[1:]):
        if b.style and b.text.strip() and not b.table_depth and b.index not in heading_indexes:
            fits = (before.index in heading_indexes and before.style != b.style
                    and _words(b.text) <= MAX_HEADING_WORDS and not b.text.rstrip().endswith("."))
            uses.setdefault(b.style, []).append(fits)
    return frozenset(style for style, fits in uses.items() if len(fits) >= MIN_GLOSSES and all(fits))


def _with_gloss(c: Candidate, following: Block | None, gloss_styles: frozenset[str] = frozenset()) -> Candidate:
    """A heading followed by its translation on a line of its own, in brackets ("5. Ngā mōhiohio" /
    "(What information is shared)") or in a style kept for translations: the two lines are one
    heading in two languages."""
    if following is None or following.table_depth or _words(following.text) > MAX_HEADING_WORDS:
        return c
    if GLOSS_RE.match(following.text) or following.style in gloss_styles:
        c.text = f"{c.text}\n{following.text.strip().strip('()[]')}"
        c.last_index = following.index
    return c


def _body_candidate(block: Block) -> Candidate | None:
    text = block.text.strip()
    if (not text or block.in_toc or block.part not in ("document", "textbox") or block.table_depth
            or block.style in TITLE_STYLES):
        return None
    if _words(text) > MAX_STYLED_WORDS:
        return _run_in(block)
    if block.outline_level is not None:
        run_in = _run_in(block)
        if run_in is not None:  # "**Legal authority.** These terms ..." in a heading level: the bold words head it
            return Candidate(block, run_in.text, "styled", True, block.outline_level + 1, block.index, inline=True)
        return Candidate(block, text, "styled", True, block.outline_level + 1, block.index)
    if _words(text) > MAX_HEADING_WORDS or text.endswith((".", ";", ",")) and not NUMBERED_RE.match(text + " "):
        return _run_in(block)
    m = NUMBERED_RE.match(text)
    if m and block.bold:
        return Candidate(block, text, "numbered", True, m.group(1).count(".") + 1, block.index)
    if block.bold and block.list_level is not None:
        return Candidate(block, text, "numbered", True, block.list_level + 1, block.index)
    if block.bold or (block.all_caps and sum(ch.isalpha() for ch in text) >= 4):
        return Candidate(block, text, "emphasised", False, None, block.index)
    return _run_in(block)


def _run_in(block: Block) -> Candidate | None:
    """A bold label the paragraph's own text follows ("PURPOSE: The table meets daily ...")."""
    lead = (block.lead or "").strip()
    if not lead or _words(NUMBERED_RE.sub("", lead)) > MAX_RUN_IN_WORDS or not RUN_IN_END_RE.search(lead):
        return None  # (its number is no word of the label: "12. Retention and disposal of information shared.")
    label = RUN_IN_END_RE.sub("", lead).strip()
    if sum(ch.isalpha() for ch in label) < 2:
        return None
    return Candidate(block, label, "run-in", False, None, block.index, inline=True)


def _is_banner(blocks: list[Block]) -> bool:
    """A banner's cell holds a heading and nothing else: a line or three, no sentence."""
    text = "\n".join(b.text.strip() for b in blocks)
    return bool(blocks) and len(blocks) <= 3 and _words(text) <= MAX_HEADING_WORDS * 2 and not text.rstrip().endswith(".")


def _banners(document: Document, by_index: dict[int, Block], marking) -> list[Candidate]:
    """Short lines alone in a one-row, one-cell top-level table (but for a protective marking)."""
    out = []
    for table in document.tables:
        if table.depth != 1 or len(table.rows) != 1 or len(table.rows[0]) != 1:
            continue
        cell = table.rows[0][0]
        blocks = [by_index[i] for i in cell.blocks if i in by_index and by_index[i].text.strip()]
        if not _is_banner(blocks) or marking("\n".join(b.text.strip() for b in blocks)):
            continue
        out.append(Candidate(blocks[0], "\n".join(b.text.strip() for b in blocks), "banner", False, 1,
                             max(cell.blocks)))
    if len(out) >= MIN_BANNERS:
        for c in out:
            c.trusted = True
    return out


def _heading_rows(document: Document, by_index: dict[int, Block], marking) -> list[Candidate]:
    """Rows of a table that head what follows them in it: a row of one cell across a table whose other
    rows have more ("3. Purpose of sharing" over "Authority | Purpose | Information"), or a row whose
    every line is in a heading style ("5. Te Mana ā-Ture | 5. Legal authority", a language a cell).
    They head sections only when they name them, or when the document's rows name several (see
    ``Outline._find``): "For New Zealand Police" over a signature block stays in its section."""
    out = []
    for table in document.tables:
        if table.depth != 1 or table.typed or (len(table.rows) == 1 and len(table.rows[0]) == 1):
            continue  # (a one-cell table is a banner, see _banners)
        wide = any(len(row) > 1 for row in table.rows)
        for row in table.rows:
            blocks = [by_index[i] for cell in row for i in cell.blocks if i in by_index and by_index[i].text.strip()]
            if not blocks or any(b.table_depth != table.depth for b in blocks):
                continue
            styled = all(b.outline_level is not None for b in blocks)
            if not ((len(row) == 1 and wide) or styled) or not _is_banner(blocks):
                continue
            text = "\n".join(b.text.strip() for b in blocks)
            if marking(text):
                continue
            level = min(b.outline_level for b in blocks) + 1 if styled else 1
            out.append(Candidate(blocks[0], text, "banner", False, level, blocks[-1].index))
    return out


def _card_title(blocks: list[Block], depth: int) -> Block | None:
    """The title of a card: a short bold or capitalised first line with more written under it."""
    if len(blocks) < 2:
        return None
    first = blocks[0]
    text = first.text.strip()
    if (first.table_depth != depth or not (first.bold or first.all_caps) or _words(text) > MAX_HEADING_WORDS
            or text.endswith((".", ":", ";"))):
        return None
    return first


def _cards(document: Document, by_index: dict[int, Block], marking) -> list[Candidate]:
    """The titles of cards: tables used as a page layout, each cell a titled card (every cell with
    something in it has a title and more under it; a data table's cells do not)."""
    out = []
    for table in document.tables:
        if table.depth != 1 or table.typed:
            continue
        cells = [[by_index[i] for i in cell.blocks if i in by_index and by_index[i].text.strip()]
                 for row in table.rows for cell in row]
        cells = [c for c in cells if c]
        titles = [_card_title(c, table.depth) for c in cells]
        if not cells or not all(titles) or (len(cells) == 1 and _is_banner(cells[0])):
            continue  # not all cards; or a one-cell banner (see _banners)
        out += [Candidate(t, t.text.strip(), "card", False, 1, t.index) for t in titles
                if not marking(t.text)]
    return out


def _form_rows(document: Document, by_index: dict[int, Block]) -> list[tuple[Table, list[Candidate]]]:
    """The label | content rows of tables (whether a table is a form is decided later).

    The label is in one column and what it says in the columns after it: "Topic | Detail", but also
    "No. | Topic | Detail" and "Part | Section | Agreement" (a number or a group label before the
    label) and "Heading | What is agreed | Who" (more said after it).  Each column that could hold
    the labels gives one reading of the table; the one naming most sections is the form (see
    ``_find``)."""
    out = []
    for table in document.tables:
        if table.typed:
            continue  # a table typed with tabs is content, not the page's layout
        width = max((len(row) for row in table.rows), default=0)
        for col in range(width - 1):
            if col and not _numbers_or_groups(table, col - 1):
                break  # the labels are in the first column, or after one of numbers or group labels
            rows = []
            for row in table.rows:
                if len(row) < col + 2 or not row[col].blocks:
                    continue
                label = " ".join(row[col].text.split())
                if not label or _words(label) > MAX_HEADING_WORDS or label.endswith("."):
                    continue
                first = by_index.get(row[col].blocks[0])
                if first is None or first.in_toc:
                    continue
                body = tuple(by_index[i] for cell in row[col + 1:] for i in cell.blocks if i in by_index)
                rows.append(Candidate(first, label, "form", False, 99, max(row[col].blocks), body=body))
            if rows:
                out.append((table, rows))
    return out


_SHORT_TOKEN = re.compile(r"^\W*[\dA-Za-z]{1,3}\W*$")  # "1", "4.", "B2", "(a)"


def _numbers_or_groups(table: Table, col: int) -> bool:
    """A column of numbers ("No. | Topic | Detail") or of group labels merged down the rows ("Part 1" over
    blank cells): the labels may be in the column after it."""
    cells = [" ".join(row[col].text.split()) for row in table.rows[1:] if len(row) > col]
    if not cells:
        return False
    return 2 * sum(1 for c in cells if not c or _SHORT_TOKEN.match(c)) >= len(cells)


class Outline:
    """The document's sections, found once and shared by every check."""

    def __init__(self, document: Document, pack: Pack):
        self.document = document
        self.pack = pack
        self.model: SectionModel = section_model(pack)
        self._emphasis_is_heading = False
        self._run_ins_are_headings = False
        self._cards_are_headings = False

    # -- the result ---------------------------------------------------------
    @cached_property
    def sections(self) -> tuple[Section, ...]:
        return self._build()[0]

    @cached_property
    def candidates(self) -> tuple[Candidate, ...]:
        return self._build()[1]

    def by_key(self, key: str | None) -> tuple[Section, ...]:
        if key is None:  # a section the pack does not have
            return ()
        return tuple(s for s in self.sections if key in s.keys)

    def has(self, key: str) -> bool:
        return any(key in s.keys for s in self.sections)

    def following(self, key: str) -> Section | None:
        """Where a missing section belongs: the first later section of the
        template (pack order) that the document has, as a body heading."""
        order = [s.key for s in self.pack.sections]
        if key not in order:
            return None
        for later in order[order.index(key) + 1:]:
            for s in self.by_key(later):
                if not s.form_row:
                    return s
        return None

    def blocks_of(self, key: str) -> tuple[Block, ...]:
        """Body blocks of every section with this key, each block once, in order."""
        seen: dict[int, Block] = {}
        for s in self.by_key(key):
            for b in s.blocks:
                seen.setdefault(b.index, b)
        return tuple(seen[i] for i in sorted(seen))

    @cached_property
    def _heading_of(self) -> dict[int, Section]:
        """Innermost section for each body block index (form rows beat the section around them)."""
        out: dict[int, Section] = {}
        for s in sorted(self.sections, key=lambda s: (s.form_row, s.level)):
            out[s.heading.index] = s
            for b in s.blocks:
                out[b.index] = s
        return out

    def section_at(self, block: Block) -> Section | None:
        if block.part not in ("document", "textbox"):
            return None
        return self._heading_of.get(block.index)

    # -- building --------------------------------------------------------------
    def _build(self) -> tuple[tuple[Section, ...], tuple[Candidate, ...]]:
        if "_built" not in self.__dict__:
            self.__dict__["_built"] = self._find()
        return self.__dict__["_built"]

    def _find(self):
        doc, model = self.document, self.model
        blocks = doc.blocks
        by_index = doc.by_index
        pos = {b.index: i for i, b in enumerate(blocks)}
        raw = [c for c in (_body_candidate(b) for b in blocks) if c]
        glosses = _gloss_styles(blocks, {c.block.index for c in raw})
        cands = [_with_gloss(c, blocks[pos[c.block.index] + 1] if pos[c.block.index] + 1 < len(blocks) else None,
                             glosses) for c in raw]
        cands = [c for c in cands if not is_marking(model, c.text)]  # "IN-CONFIDENCE" atop a page
        cands += _banners(doc, by_index, lambda text: is_marking(model, text))
        heading_rows = _heading_rows(doc, by_index, lambda text: is_marking(model, text))
        cands += heading_rows
        cards = _cards(doc, by_index, lambda text: is_marking(model, text))
        self._cards_are_headings = len(cards) >= MIN_CARDS
        cands += cards
        forms = _form_rows(doc, by_index)
        for _, rows in forms:
            cands += rows
        cands.sort(key=lambda c: pos[c.block.index])
        short = abbreviations(doc)
        own = meeting_names(doc, model.cfg["own_name_verbs"])
        for c in cands:
            c.reading = model.read_heading(as_meeting(expand(c.text, short), own, model.cfg["own_name_as"]))
            c.fits = model.fits(c.reading)
            c.other = model.other_fit(c.reading)
        least = float(model.cfg["heading_threshold"])
        if len({c.fits[0].key for c in heading_rows if c.fits and c.fits[0].score >= least}) >= MIN_BANNERS:
            for c in heading_rows:  # the document's headings are rows of its tables
                c.trusted = True
        if self._headingless(cands):
            cands += self._paragraphs(blocks, {c.block.index for c in cands})
            cands.sort(key=lambda c: pos[c.block.index])
        title = _title(blocks)  # a title that reads like a section ("Wairoa Attendance Hui") is no section,
        cands = [c for c in cands if not (c.how == "emphasised" and c.block is title  # unless it is one
                                          and not (c.fits and c.fits[0].score >= 1.0))]
        # A table is a form when its rows name sections clearly: at least two different ones, and at
        # least half of its labelled rows (a one-row table naming one section is a form of its own).
        threshold = float(model.cfg["emphasis_threshold"])  # strong names: a signature block's "Date" is no form
        best: dict[int, tuple[int, list[Candidate]]] = {}  # per table, the column naming most sections
        for table, rows in forms:
            if self._header_row_names_sections(table, rows, threshold):
                continue  # "Purpose | Legal authority" over its rows: a table of purposes, not a form
            naming = [c for c in rows if c.fits and c.fits[0].score >= threshold]
            named = {c.fits[0].key for c in naming}
            if (len(named) >= 2 and 2 * len(naming) >= len(rows)) or (len(table.rows) == 1 and named):
                if id(table) not in best or len(naming) > best[id(table)][0]:
                    best[id(table)] = (len(naming), rows)
        form_ids = {id(c) for _, rows in best.values() for c in rows}
        cands = [c for c in cands if c.how != "form" or id(c) in form_ids]
        for c in cands:  # "Schedule 2 – Key contacts" starts a part of its own, whatever it holds
            if c.reading.annex and c.how in ("emphasised", "banner") and not c.trusted:
                c.trusted, c.level = True, 1
        # a document without styled, numbered or banner headings marks its headings by emphasis alone;
        # run-in labels ("PURPOSE: ...") are its headings only when many of them name sections
        layout_forms = {id(c) for _, rows in forms if id(rows[0]) in form_ids
                        and len({r.fits[0].key for r in rows if r.fits and r.fits[0].score >= threshold})
                        >= MIN_FORM_SECTIONS for c in rows}
        # (group headings naming no section, "How we work", do not count)
        self._emphasis_is_heading = sum(1 for c in cands if (c.trusted and c.fits and c.fits[0].score >= least)
                                        or id(c) in layout_forms) < MIN_TRUSTED
        strong = float(model.cfg["emphasis_threshold"])
        self._run_ins_are_headings = self._emphasis_is_heading and sum(
            1 for c in cands if c.how == "run-in" and c.fits and c.fits[0].score >= strong) >= MIN_RUN_INS
        # what is written under each line: up to the next line that may be a heading as much as it
        # (a run-in label such as "Purposes 1 and 2:" inside a section does not end it)
        for n, c in enumerate(cands):
            if c.how != "form":
                begin = pos[c.last_index] + (0 if c.inline else 1)
                end = next((pos[d.block.index] for d in cands[n + 1:]
                            if pos[d.block.index] >= begin and self._ends_body(c, d)), len(blocks))
                c.body = tuple(blocks[begin:end])
            # what it is about: its body's opening, and its own words ("What if I know the family?")
            c.content = model.content_fit([*([] if c.how == "paragraph" else [c.text]), *self._opening(c.body)])
        self._score(cands)
        self._groups(cands)
        order = {p.key: p.step for p in model.profiles}
        # a small form (a key-facts box: "Classification | IN-CONFIDENCE", "Next review | May 2027") sits
        # aside from the document's run of sections: its rows do not set the template order
        slots = [Slot(tuple(o for o, _ in c.options), self._threshold(c), c.reading.annex,
                      # (a paragraph is never a repeat: one like the paragraph before goes on in its section)
                      may_repeat=c.trusted or c.how == "form",
                      may_disorder=c.how != "run-in" or self._run_ins_are_headings or self._names_exactly(c),
                      aside=c.how == "form" and id(c) not in layout_forms)
                 for c in cands]
        for c, placed in zip(cands, align(slots, order, float(model.cfg["order_penalty"]),
                                          float(model.cfg["pair_penalty"]), float(model.cfg["repeat_penalty"]))):
            c.placed = placed
        self._paragraphs_join_the_next_section(cands)
        return tuple(self._sections(cands, blocks, pos)), tuple(cands)

    def _header_row_names_sections(self, table: Table, rows: list[Candidate], threshold: float) -> bool:
        """The table's first row is column headings, each naming a section ("Purpose | Legal authority"):
        the label column holds values under its heading, not the names of sections."""
        first = rows[0]
        if not table.rows or first.block.index not in {i for cell in table.rows[0] for i in cell.blocks}:
            return False
        if not (first.fits and first.fits[0].score >= threshold):
            return False
        body = " ".join(" ".join(b.text.split()) for b in first.body)
        if not body or _words(body) > MAX_HEADER_WORDS or any(p in body for p in ".;,:"):
            return False  # a sentence or a list: the row's content, not a column heading
        fits = self.model.fits(self.model.read_heading(body))
        return bool(fits) and fits[0].score >= threshold and fits[0].keys != first.fits[0].keys

    @staticmethod
    def _names_exactly(c: Candidate) -> bool:
        """A label that is a section's name word for word ("4. Legal authority. These terms ...")."""
        return bool(c.fits) and c.fits[0].score >= 1.0 and len(c.fits[0].keys) == 1

    def _headingless(self, cands: list[Candidate]) -> bool:
        """No line of the document names sections as a heading would (a protocol written as numbered
        paragraphs with no topic words): its sections are found by what its paragraphs say."""
        least = float(self.model.cfg["heading_threshold"])
        named = {k for c in cands if c.fits and c.fits[0].score >= least for k in c.fits[0].keys}
        return len(named) < MIN_HEADED_SECTIONS

    def _paragraphs(self, blocks, taken: set[int]) -> list[Candidate]:
        """Each paragraph of the body (not a sub-item, a table or a short line) as a candidate read by its
        content alone: it opens a section when it is typical of one (see ``_score``)."""
        out = []
        for b in blocks:
            if (b.index in taken or b.part != "document" or b.table_depth or b.in_toc
                    or (b.list_level or 0) > 0 or _words(b.text) < MIN_PARAGRAPH_WORDS):
                continue
            words = self.model.number_re.sub("", b.text.strip()).split()  # "25. If there is ..." -> "If there is ..."
            label = " ".join(words[:PARAGRAPH_LABEL_WORDS]) + "…"
            c = Candidate(b, label, "paragraph", False, None, b.index, inline=True)
            c.reading = HeadingReading(label, (), False)
            out.append(c)
        return out

    @staticmethod
    def _also_said(c: Candidate, cands: list[Candidate]) -> tuple[str, ...]:
        """A paragraph read by its content is also every section it is fully typical of that no other
        paragraph is ("8. Information is shared for these purposes: (a) ... (Family Violence Act 2018,
        s 20)" is the purposes and their legal authority)."""
        if c.how != "paragraph":
            return ()
        placed = {k for d in cands if d.placed and d.placed.option for k in d.placed.option.keys}
        return tuple(k for k, (score, _) in c.content.items() if score >= 1.0 and k not in placed)

    @staticmethod
    def _paragraphs_join_the_next_section(cands: list[Candidate]) -> None:
        """Without headings, a section starts at the first paragraph typical of it; the paragraphs just
        before it that say more of it than of the section before ("Before attending, every representative
        completes ... training" ahead of "Printed lists are avoided ...") start it instead."""
        def key(c):
            return c.placed.option.keys[0] if c.placed and c.placed.option else None

        previous = None
        for n, c in enumerate(cands):
            if c.how != "paragraph" or key(c) is None:
                continue
            k, m = key(c), n - 1
            while m >= 0 and cands[m].how == "paragraph" and key(cands[m]) is None:
                here = cands[m].content
                if here.get(k, (0.0,))[0] <= here.get(previous, (0.0,))[0]:
                    break
                m -= 1
            if m + 1 < n:
                option = Option((k,), c.placed.option.score)
                for earlier in cands[m + 1:n]:
                    earlier.placed = Placed(option, c.placed.in_order)
            previous = k

    def _ends_body(self, c: Candidate, d: Candidate) -> bool:
        """Whether heading-like line ``d`` ends what is written under ``c`` (a run-in label such as
        "Purposes 1 and 2:" inside a section does not, unless run-in labels are the headings)."""
        return (d.trusted or d.how == c.how or c.how == "run-in"
                or (d.how == "emphasised" and self._emphasis_is_heading)
                or (d.how == "run-in" and self._run_ins_are_headings))

    def _opening(self, body) -> list[str]:
        """The first paragraphs of a body, up to the pack's number of words: what a section opens with
        says what it is about (a long annex holds some of every section's words)."""
        limit = int(self.model.cfg["content_words"])
        texts: list[str] = []
        words = 0
        for b in body:
            if words >= limit:
                break
            texts.append(b.text)
            words += len(b.text.split())
        return texts

    def _groups(self, cands: list[Candidate]) -> None:
        """A heading over sub-headings that are two or more different sections ("Part 4 – Oversight and
        approval" over "Relationship management", "Review", "Approval", or over the rows of a form
        table) groups them: it is none of them."""
        def names(heads: list[Candidate]) -> set[tuple[str, ...]]:
            return {k.options[0][0].keys for k in heads if k.options and k.options[0][0].score >= self._threshold(k)}

        heads = [c for c in cands if (c.trusted or c.how == "form") and c.level is not None]
        for i, c in enumerate(heads):
            children, forms = [], []
            for later in heads[i + 1:]:
                if later.level <= c.level:
                    break
                if later.how != "form" or (c.block.table_depth and later.block.table == c.block.table):
                    children.append(later)  # (a form's rows are grouped by a row of their own table)
                else:
                    forms.append(later)
            named = names(children)
            # a heading over a form that names its section again ("Confidentiality and information
            # sharing" over "Purposes of sharing | ...", "Legal authority | ...") is the form's group
            in_forms = names(forms)
            if len(in_forms) >= 2 and c.options and c.options[0][0].keys in in_forms:
                named |= in_forms
            if len(named) >= 2:
                c.options = []
                c.grouping = True

    def _threshold(self, c: Candidate) -> float:
        cfg = self.model.cfg
        heading = (c.trusted or c.how == "form" or (c.how == "emphasised" and self._emphasis_is_heading)
                   or (c.how == "card" and self._cards_are_headings)
                   or (c.how == "run-in" and (self._run_ins_are_headings or self._names_exactly(c))))
        if c.how == "paragraph":
            return float(cfg["paragraph_threshold"])
        return float(cfg["heading_threshold"] if heading else cfg["emphasis_threshold"])

    def _score(self, cands: list[Candidate]) -> None:
        """Each candidate's options: its heading fit, raised by its body's content as far as the
        heading leaves room: score = heading + weight x (1 - room taken) x content, where the room
        is taken by this heading fit, by half the heading's best fit to any section (a heading that
        names another section leaves less room to its body), or by a welcome other heading
        ("Background" leaves none; "Scope of information" some).  A heading that is word for word a
        welcome other heading is no template section ("Document control")."""
        weight = float(self.model.cfg["content_weight"])
        for c in cands:
            if c.other[0] >= 1.0:  # word for word a welcome other heading ("Document control")
                c.options = []
                continue
            fits = {f.keys: f for f in c.fits}
            said = max((f.score for f in c.fits if len(f.keys) == 1), default=0.0) / 2  # what the heading says
            keys = set(fits) | {(k,) for k in c.content}
            opts = []
            for keys_ in keys:
                fit = fits.get(keys_)
                heading = fit.score if fit else 0.0
                content = sum(c.content.get(k, (0.0,))[0] for k in keys_) / len(keys_)
                score = heading + weight * (1.0 - max(heading, said, c.other[0])) * content
                if score > 0:
                    opts.append((Option(keys_, round(score, 4), len(keys_) > 1 and c.reading.joins), fit))
            opts.sort(key=lambda o: -o[0].score)
            c.options = opts

    def _sections(self, cands: list[Candidate], blocks, pos) -> list[Section]:
        headings: list[tuple[Candidate, int, tuple[str, ...]]] = []
        trusted_level = 0
        forms = []
        for c in cands:
            keys = c.placed.option.keys if c.placed and c.placed.option else ()
            if c.how == "form":
                if keys:
                    forms.append(Section(keys[0], " ".join(c.text.split()), 99, c.block, c.body, True, keys[1:]))
                continue
            if c.trusted:
                trusted_level = c.level
                headings.append((c, c.level, keys))
            elif keys or c.other[1]:  # a welcome other heading ends the section before it
                level = c.level if c.how == "banner" else (trusted_level + 1 if trusted_level else 1)
                headings.append((c, level, keys + self._also_said(c, cands)))
        out = []
        for n, (c, level, keys) in enumerate(headings):
            start = pos[c.last_index] + (0 if c.inline else 1)
            end = len(blocks)
            for later, later_level, _ in headings[n + 1:]:
                if later_level <= level:
                    end = pos[later.block.index]
                    break
            out.append(Section(keys[0] if keys else None, " ".join(c.text.split()), level, c.block,
                               tuple(blocks[start:end]), False, keys[1:]))
        return sorted(out + forms, key=lambda s: pos[s.heading.index])

    # -- explaining --------------------------------------------------------------
    def explain(self, top: int = 3) -> list[dict]:
        """For each line that may be a heading: what it is, the sections it could be and why."""
        names = {p.key: p.name for p in self.model.profiles}
        out = []
        for c in self.candidates:
            chosen = c.placed.option if c.placed else None
            options = []
            for opt, fit in c.options[:top]:
                why = []
                if fit is not None and fit.score > 0:
                    why.append(f'heading {fit.score:.2f} like "{fit.phrase}" ({", ".join(fit.shared)})')
                for k in opt.keys:
                    content = c.content.get(k)
                    if content:
                        why.append(f"{names[k]} content {content[0]:.2f}: {', '.join(content[1])}")
                options.append({"sections": list(opt.keys), "score": opt.score, "why": why})
            if chosen is not None:
                verdict = " + ".join(chosen.keys) + ("" if c.placed.in_order else " (out of template order)")
            elif c.grouping:
                verdict = "not a section: it groups the sections under it"
            else:
                verdict = "not a section"
            out.append({
                "paragraph": c.block.index, "heading": c.text, "looks": c.how, "trusted": c.trusted,
                "annex": c.reading.annex, "terms": sorted(c.reading.bag),
                "other": c.other[1] or None, "threshold": self._threshold(c), "options": options, "section": verdict,
            })
        return out
