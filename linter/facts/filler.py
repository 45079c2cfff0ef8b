"""Template filler: unfilled content controls, placeholder text, instructions.

What counts as filler is pack data: ``[placeholders] patterns`` (regular
expressions for text such as "[Insert agency name]" or "<<Agency>>"),
``[instructions] patterns`` (sentences addressed to the author) and
``[instructions] headings`` (a part of the document that is nothing but
instructions, "Instructions for using this template").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..model import Block, Cell
from ..vocab import Field, List, Regex, Table, declare
from . import Facts
from .table_rows import table_index

PLACEHOLDERS = declare(Table("placeholders", "Typed filler the template leaves for the author to replace.", {
    "patterns": Field(List(Regex), "Text that is a placeholder ('[Insert agency name]', '<<Agency>>'); letter "
                                   "case matters.", []),
}))
INSTRUCTIONS = declare(Table("instructions", "The template's guidance addressed to the author.", {
    "patterns": Field(List(Regex), "Sentences that are instructions to the author ('Delete this guidance "
                                   "before ...').", []),
    "headings": Field(List(Regex), "Headings of a part that is nothing but instructions ('Instructions for "
                                   "using this template').", []),
}))

# A closing lead-in says what should follow ("Lead agency:", "The attending agencies are:"); it is not
# content, but a sentence before it is ("Police is the lead agency. The attending agencies are:").
LEAD_IN_RE = re.compile(r"(?:^|(?<=[.!?])\s+)(?:[^.!?]|[.!?](?=\S))*:\s*$")
FIELD_NUMBER_RE = re.compile(r"\[\s*(\d{1,4})\s*\]")  # a number typed into a bracketed form field
MAX_HEADER_WORDS = 8


@dataclass(frozen=True)
class Placeholder:
    block: Block
    text: str  # the placeholder as it reads in the document
    control: bool  # an unfilled content control (rather than typed filler)


@dataclass(frozen=True)
class Instruction:
    blocks: tuple[Block, ...]  # consecutive paragraphs of template guidance
    text: str


def _patterns(pack) -> tuple[list[re.Pattern], list[re.Pattern], list[re.Pattern]]:
    ph, ins = PLACEHOLDERS.read(pack), INSTRUCTIONS.read(pack)
    return ([re.compile(p) for p in ph["patterns"]], [re.compile(p, re.I) for p in ins["patterns"]],
            [re.compile(p, re.I) for p in ins["headings"]])


class Filler:
    def __init__(self, facts: Facts):
        self.facts = facts
        pack = facts.pack
        self.placeholder_res, self.instruction_res, self.instruction_heading_res = pack.compiled(
            "filler", _patterns)

    # -- placeholders ------------------------------------------------------
    def placeholders_in(self, block: Block) -> list[Placeholder]:
        found = [Placeholder(block, c.text.strip() or "(empty control)", True)
                 for c in block.controls if c.showing_placeholder]
        text = self._without_controls(block)
        for rx in self.placeholder_res:
            for m in rx.finditer(text):
                found.append(Placeholder(block, m.group(0).strip(), False))
        return found

    @cached_property
    def placeholders(self) -> tuple[Placeholder, ...]:
        doc = self.facts.document
        out: list[Placeholder] = []
        for block in (*doc.blocks, *doc.headers, *doc.footers):
            if block.in_toc or block.index in self.instruction_indexes and block.part == "document":
                continue
            out.extend(self.placeholders_in(block))
        return tuple(out)

    # -- instructions ------------------------------------------------------
    def is_instruction_sentence(self, text: str) -> bool:
        return any(rx.search(text) for rx in self.instruction_res)

    @cached_property
    def instruction_indexes(self) -> frozenset[int]:
        """Body paragraphs that are template guidance."""
        outline = self.facts.outline
        marked: set[int] = set()
        for section in outline.sections:
            if any(rx.search(section.title) for rx in self.instruction_heading_res):
                marked.add(section.heading.index)
                marked.update(b.index for b in section.blocks)
        for block in self.facts.document.blocks:
            if block.text.strip() and self.is_instruction_sentence(block.text):
                marked.add(block.index)
        return frozenset(marked)

    @cached_property
    def instructions(self) -> tuple[Instruction, ...]:
        """Runs of consecutive guidance paragraphs, one per instruction block."""
        runs: list[list[Block]] = []
        last = None
        for block in self.facts.document.blocks:
            if block.index in self.instruction_indexes:
                if last is not None and block.index == last + 1 and runs:
                    runs[-1].append(block)
                else:
                    runs.append([block])
                last = block.index
            elif block.text.strip():
                last = None
            elif last is not None:
                last = block.index  # blank lines do not split a run
        return tuple(Instruction(tuple(r), " ".join(b.text.strip() for b in r if b.text.strip())) for r in runs)

    # -- what is left ------------------------------------------------------
    def substance(self, block: Block) -> str:
        """The block's text without filler: what the author actually wrote."""
        if block.index in self.instruction_indexes and block.part == "document":
            return ""
        text = self._without_controls(block)
        for rx in self.placeholder_res:
            text = rx.sub(" ", text)
        text = LEAD_IN_RE.sub("", " ".join(text.split())).strip()
        text = FIELD_NUMBER_RE.sub(r"\1", text)  # a form's filled field: "Review every: [24] months"
        if self._column_header(block, text) and self._first_in_cell(block):
            return ""  # a column heading says what should follow, it is not the content
        return text if re.search(r"\w\w", text) else ""

    def cell_paragraphs(self, cell: Cell, by_index: dict[int, Block]) -> list[tuple[Block, str]]:
        """A table cell's paragraphs that say something, each with its text without filler."""
        blocks = [by_index[i] for i in cell.blocks if i in by_index]
        if not cell.typed:
            return [(b, t) for b, t in ((b, self.substance(b)) for b in blocks) if t]
        # typed with tabs: the cell is part of its paragraph's text
        if not blocks or any(b.index in self.instruction_indexes for b in blocks):
            return []
        text = cell.text
        for rx in self.placeholder_res:
            text = rx.sub(" ", text)
        text = " ".join(text.split())
        return [(blocks[0], text)] if re.search(r"\w\w", text) else []

    def cell_text(self, cell: Cell, by_index: dict[int, Block]) -> str:
        """A table cell's text without filler, its paragraphs joined with new lines."""
        return "\n".join(t for _, t in self.cell_paragraphs(cell, by_index))

    def lines(self, block: Block) -> list[tuple[str, str]]:
        """The block's lines (split at line breaks), each as written and without filler."""
        if block.index in self.instruction_indexes and block.part == "document":
            return []
        raw_lines = block.text.split("\n")
        clean_lines = self._without_controls(block).split("\n")
        if len(clean_lines) != len(raw_lines):
            clean_lines = raw_lines
        out = []
        for raw, clean in zip(raw_lines, clean_lines):
            for rx in self.placeholder_res:
                clean = rx.sub(" ", clean)
            out.append((raw, " ".join(clean.split())))
        return out

    @staticmethod
    def _column_header(block: Block, text: str) -> bool:
        """A short bold cell in a table's first row: a column heading such as "Agency"."""
        return block.row == 1 and block.bold and len(text.split()) <= MAX_HEADER_WORDS

    def _first_in_cell(self, block: Block) -> bool:
        """The first paragraph of its cell (a bold line under a card's title is the card's content)."""
        place = self.facts.get(table_index).place(block)
        if place is None:
            return True
        by_index = self.facts.document.by_index
        said = (i for i in place.cells[place.cell].blocks if i in by_index and by_index[i].text.strip())
        return next(said, block.index) == block.index

    def _without_controls(self, block: Block) -> str:
        text = block.text
        for c in block.controls:
            if c.showing_placeholder and c.text.strip():
                text = text.replace(c.text.strip(), " ", 1)
        return text


def filler(facts: Facts) -> Filler:
    return Filler(facts)
