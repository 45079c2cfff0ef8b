"""Lists and tables typed with tabs, read as lists and tables.

Writers without a table to hand, and PDF conversions, lay a table out as
lines of text with tabs between the columns::

    Purpose of sharing<tab>Legal authority
    1. Assess the risk<tab>Family Violence Act 2018, section 20
    2. Safety plan<tab>Privacy Act 2020, IPP 11(1)(f)

:func:`typed_tables` finds runs of two or more such lines in the body and
returns each as a :class:`~linter.model.Table` (``typed=True``) whose cells
point at the paragraph they were typed in, so facts that read tables read
these the same way.  The paragraphs themselves stay body paragraphs.

A line is a row when a tab separates at least two cells that are more than a
list number or bullet ("1.<tab>to assess ..." is a numbered paragraph, not a
row).  A line that starts with tabs continues the row above: the cell its
tabs bring it to (a long cell wrapped onto the next line).  A few words with no
tab, between two rows or after the last, continue the row's first cell when
the table has a row of column headings.
"""

from __future__ import annotations

import re

from .model import Block, Cell, Table

# Lists typed by hand rather than made with Word's numbering (exports from other
# editors, old documents): a bullet character, or an enumerator followed by a tab.
# The bullet is dropped from the text, as Word's own bullets are not in it.
TYPED_BULLET = re.compile(r"^[ \t]*(?:[•·▪◦‣●○■□➢►✓\uf0b7\uf0a7](?:[ \t\u00a0]+|(?=\w))|[-–—*][ \t\u00a0]+(?=\S))")
TYPED_ENUMERATOR = re.compile(
    r"^[ \t]*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\d{1,2}(?:\.\d{1,2})+\.?|[A-Z]{1,2}\d{1,2}[.:)]?)\t", re.I)


MAX_WRAPPED_WORDS = 6
MAX_HEADING_WORDS = 4
MIN_COLUMNS_FOR_GAPS = 3  # in a table this wide, a line with gaps (two tabs for an empty cell) and
# at most half its cells filled is the row above wrapped onto a second line


def _filled(text: str) -> list[str]:
    return [c.strip() for c in text.split("\t") if c.strip()]


def _positions(text: str) -> list[str]:
    """The cells where a tab is a column: an empty cell between two tabs is an empty column."""
    cells = [c.strip() for c in text.split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _is_row(block: Block) -> bool:
    if (block.part != "document" or block.table_depth or block.in_toc or block.outline_level is not None
            or "\t" not in block.text or block.text.startswith("\t") or "\n" in block.text.strip()):
        return False  # (lines broken inside one paragraph are that paragraph's own layout)
    return sum(1 for c in _filled(block.text) if not _enumerator(c)) >= 2


def _enumerator(cell: str) -> bool:
    """A list number or bullet alone ("1.", "(a)", "5.3", "P1", "•")."""
    return bool(TYPED_ENUMERATOR.match(cell + "\t")) or (len(cell) == 1 and not cell.isalnum())


def _typed_line(block: Block) -> bool:
    return block.part == "document" and not block.table_depth and "\t" in block.text.strip("\n ")


def _heading_row(cells: list[str]) -> bool:
    """Column headings ("Agency<tab>Name<tab>Position")."""
    return all(len(c.split()) <= MAX_HEADING_WORDS and not c.endswith(":") and not any(ch.isdigit() for ch in c)
               for c in cells if c)


def _wraps_first_cell(block: Block, after: Block | None) -> bool:
    """A few words with no tab between two rows (or after the last): the first cell wrapped onto a
    line of its own ("Te Tūāpapa Kura Kāinga – Ministry<tab>..." / "of Housing and Urban Development")."""
    text = block.text.strip()
    return (block.part == "document" and not block.table_depth and block.list_level is None
            and block.outline_level is None and "\t" not in text and len(text.split()) <= MAX_WRAPPED_WORDS
            and not text.endswith((".", ":", ";", "?", "!"))
            and (text[0].islower() or after is None or _is_row(after)))


class _Run:
    """Consecutive lines of one typed table."""

    def __init__(self) -> None:
        self.rows: list[list[tuple[str, list[int]]]] = []

    @property
    def columns(self) -> int:
        return max(len(_filled_row) for _filled_row in ([t for t, _ in r if t] for r in self.rows))

    @property
    def headed(self) -> bool:
        return bool(self.rows) and _heading_row([t for t, _ in self.rows[0]])

    def add_row(self, block: Block) -> None:
        self.rows.append([(c, [block.index]) for c in _filled(block.text)])

    def wrapped(self, block: Block) -> bool:
        """Whether the line is the last row carried on to a second line: it starts with a tab, or
        (under column headings) has gaps and at most half its cells filled."""
        if block.text.startswith("\t"):
            return True
        if not self.headed or self.columns < MIN_COLUMNS_FOR_GAPS:
            return False
        cells = _positions(block.text)
        return "" in cells and sum(1 for c in cells if c) * 2 <= self.columns and len(cells) <= self.columns

    def carry_on(self, block: Block) -> None:
        """Add a wrapped line's cells to the last row, each to the column its tabs bring it to."""
        row = self.rows[-1]
        for col, text in enumerate(_positions(block.text)):
            if text:
                col = min(col, len(row) - 1)
                was, ids = row[col]
                row[col] = (f"{was} {text}", ids if block.index in ids else ids + [block.index])


def typed_tables(blocks: tuple[Block, ...], first_number: int) -> tuple[Table, ...]:
    """The tables typed with tabs among body ``blocks``, numbered from ``first_number``."""
    out: list[Table] = []
    run = _Run()

    def close() -> None:
        if len(run.rows) >= 2:
            rows = tuple(tuple(Cell(text, tuple(ids), typed=True) for text, ids in row) for row in run.rows)
            out.append(Table(index=first_number + len(out), part="document", rows=rows, typed=True))
        run.rows.clear()

    said = [b for b in blocks if b.text.strip()]
    for n, block in enumerate(said):
        after = said[n + 1] if n + 1 < len(said) else None
        if run.rows and _typed_line(block) and run.wrapped(block):
            run.carry_on(block)
        elif _is_row(block):
            run.add_row(block)
        elif run.rows and run.headed and _wraps_first_cell(block, after):
            run.carry_on(block)
        else:
            close()
    close()
    return tuple(out)
