"""Which table row and cell a body paragraph sits in (the innermost table).

A paragraph of a table typed with tabs (see :mod:`linter.typed_tables`) is a
whole row, and is found with :meth:`TableIndex.typed` rather than ``place``.

Facts that read label | value tables ("Review period | 12 months",
"Name: | Aroha Ngata") need the other cells of a paragraph's row; the
document model gives each :class:`~linter.model.Cell` its paragraphs, and
this fact turns that into a lookup from paragraph to (table, row, cell).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Block, Cell, Table
from . import Facts


@dataclass(frozen=True)
class Place:
    table: Table
    row: int  # 0-based
    cell: int  # 0-based

    @property
    def cells(self) -> tuple[Cell, ...]:
        return self.table.rows[self.row]

    @property
    def headings(self) -> tuple[Cell, ...]:
        """The row of column headings over this cell (the first row under any title row); () for a
        cell in that row or above it."""
        head = self.table.title_rows
        return self.table.rows[head] if self.row > head else ()

    @property
    def column_heading(self) -> str:
        """The heading of this cell's column, on one line; "" when there is none."""
        headings = self.headings
        return " ".join(headings[self.cell].text.split()) if self.cell < len(headings) else ""


class TableIndex:
    def __init__(self, facts: Facts):
        self._places: dict[int, Place] = {}
        self._typed: dict[int, Place] = {}
        depth: dict[int, int] = {}
        for table in facts.document.tables:
            if table.typed:
                for r, row in enumerate(table.rows):
                    for index in {i for cell in row for i in cell.blocks}:
                        self._typed.setdefault(index, Place(table, r, 0))
                continue
            for r, row in enumerate(table.rows):
                for c, cell in enumerate(row):
                    for index in cell.blocks:
                        if table.depth >= depth.get(index, 0):  # the innermost table wins
                            depth[index] = table.depth
                            self._places[index] = Place(table, r, c)

    def place(self, block: Block) -> Place | None:
        if block.part not in ("document", "textbox") or not block.table_depth:
            return None
        return self._places.get(block.index)

    def typed(self, block: Block) -> Place | None:
        """The row of a table typed with tabs that a body paragraph is (or continues)."""
        if block.part != "document" or block.table_depth:
            return None
        return self._typed.get(block.index)


def table_index(facts: Facts) -> TableIndex:
    return TableIndex(facts)
