"""The read-only document model: what a Word file says, in reading order.

Built once per file by :mod:`linter.docx_reader` (the only module that reads
WordprocessingML).  Everything downstream (outline, facts, checks, reporters)
works on these frozen dataclasses and never sees XML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

# Parts a block can sit in.  ``document`` is the main body; text boxes and
# shapes anchored in the body are reported as ``textbox`` blocks placed right
# after the paragraph that anchors them.
PARTS = ("document", "textbox", "header", "footer", "footnote", "endnote", "comment")

# Content a document can hold that isplint does not read, by name: ``alt-chunk`` is content imported
# from another file (w:altChunk, often pasted HTML or RTF), which Word shows but stores separately.
UNSUPPORTED = ("alt-chunk",)


@dataclass(frozen=True)
class Control:
    """A content control (``w:sdt``), block-level or inline."""

    kind: str  # dropdown | combobox | text | richtext | date | checkbox | picture | group | other
    text: str  # the text it shows now (its placeholder text when unfilled)
    showing_placeholder: bool  # True when the control still shows its placeholder
    tag: str | None = None
    alias: str | None = None  # the control's title
    choices: tuple[str, ...] = ()  # drop-down / combo box list items (display text)
    date: str | None = None  # a filled date picker's value as YYYY-MM-DD (w:fullDate), whatever it displays


@dataclass(frozen=True)
class Block:
    """One paragraph, in reading order, with where it sits.

    ``text`` is the accepted view: tracked insertions in, deletions out,
    inline content controls included, field results (not field codes),
    tabs as ``\\t`` and breaks as ``\\n``.
    """

    index: int  # 1-based paragraph number within its part (body: document order incl. table cells)
    part: str  # one of PARTS
    text: str
    style: str | None = None  # style display name ("Heading 1", "Title", "TOC 1")
    outline_level: int | None = None  # 0-8 (0 = Heading 1) from style chain or direct w:outlineLvl; None = body text
    list_level: int | None = None  # numbering level in a numbered/bulleted list (0 for a list typed by hand:
    # "•<tab>item", whose bullet is dropped from ``text``, or "(a)<tab>item")
    bold: bool = False  # every visible character is bold
    all_caps: bool = False  # every visible character is rendered in capitals (w:caps or upper-case text)
    table: int | None = None  # 1-based number of the top-level table in the part (document order)
    row: int | None = None  # 1-based row within the innermost table
    cell: int | None = None  # 1-based cell within that row (a merged cell counts once)
    table_depth: int = 0  # 0 outside tables, 1 in a table, 2 in a nested table ...
    controls: tuple[Control, ...] = ()  # inline controls, and a block-level control on its first paragraph only
    lead: str | None = None  # the bold words it starts with when plain text follows ("PURPOSE:" in
    # "PURPOSE: The table meets daily"), a heading run into its paragraph
    in_toc: bool = False  # a table-of-contents entry (TOC style or inside a TOC field)
    revised: bool = False  # holds unresolved tracked changes


@dataclass(frozen=True)
class Cell:
    text: str  # paragraphs joined with "\n" (nested tables' paragraphs included)
    blocks: tuple[int, ...]  # indexes (Block.index) of the paragraphs in this cell, nested ones included
    typed: bool = False  # a cell of a table typed with tabs: ``text`` is the cell, its paragraph holds the row


@dataclass(frozen=True)
class Table:
    index: int  # 1-based, same numbering as Block.table for top-level tables
    part: str
    rows: tuple[tuple[Cell, ...], ...]
    depth: int = 1  # nested tables have depth 2+ (their index is that of the enclosing top-level table)
    typed: bool = False  # typed with tabs in body paragraphs (see linter.typed_tables), not a Word table

    @property
    def title_rows(self) -> int:
        """How many rows at its top are one cell across a table whose other rows have more: a title
        ("17. Sign-off") over the row of column headings, which is the next row."""
        n = 0
        while n < len(self.rows) - 1 and len(self.rows[n]) == 1:
            n += 1
        return n if any(len(row) > 1 for row in self.rows[n:]) else 0

    @property
    def blocks_under_title(self) -> tuple[int, ...]:
        """The paragraphs of its rows under any title row (the title may be the heading of the section
        the table is in)."""
        return tuple(i for row in self.rows[self.title_rows:] for cell in row for i in cell.blocks)


@dataclass(frozen=True)
class Comment:
    author: str | None
    text: str
    anchor: int | None = None  # Block.index of the body paragraph the comment is anchored to, if known


@dataclass(frozen=True)
class Properties:
    title: str | None = None
    author: str | None = None
    modified: datetime | None = None
    custom: dict[str, str] = field(default_factory=dict)  # custom document properties, as text


@dataclass(frozen=True)
class Document:
    path: str
    format: str  # docx | docm | dotx | dotm
    blocks: tuple[Block, ...]  # main body and its text boxes, reading order
    headers: tuple[Block, ...] = ()  # headers of every section (deduplicated by part)
    footers: tuple[Block, ...] = ()
    notes: tuple[Block, ...] = ()  # footnotes and endnotes
    tables: tuple[Table, ...] = ()  # body tables (nested ones included, depth > 1)
    comments: tuple[Comment, ...] = ()
    revisions: int = 0  # number of unresolved tracked changes (w:ins, w:del, moves, formatting changes)
    properties: Properties = field(default_factory=Properties)
    unsupported: tuple[str, ...] = ()  # content isplint cannot read, by name (UNSUPPORTED)

    @cached_property
    def by_index(self) -> dict[int, Block]:
        """The body's blocks by their index (the index is not always the position: text boxes)."""
        return {b.index: b for b in self.blocks}

    @property
    def controls(self) -> tuple[Control, ...]:
        seen: list[Control] = []
        for b in (*self.blocks, *self.headers, *self.footers):
            seen.extend(b.controls)
        return tuple(seen)
