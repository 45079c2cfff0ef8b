"""Paragraphs broken at the end of every printed line, joined back into what they say.

A protocol that only survived as a PDF and was converted back to Word often
has one paragraph per printed line: a sentence runs from one paragraph into
the next ("... the victim and any children in the" / "household ...") and
words are split across lines ("informa-" / "tion").  Read as they are, no
sentence is whole.  :func:`unwrap` joins a body paragraph to the one before
it when it plainly continues it: the one before ends without a sentence's
closing punctuation, and this one starts in lower case (or the one before
ends with a hyphen inside a word, or with a word such as "the" or "of" that
cannot end a sentence, or, in a document whose lines are visibly printed lines,
filled its line).  Headings, list items, bold lines and run-in labels are never
joined; lines in a table cell only in a document whose lines are printed lines.

The joined paragraph keeps the first one's number, so findings still point at
the paragraph where the text starts.

Such a conversion also puts each page's running header and footer in the body
("IN-CONFIDENCE", "Page 2 of 5", the protocol's title), often in the middle of
a sentence.  :func:`page_furniture` finds them: the page numbers ("Page 2 of
5", "2 of 5", counting up through the document), and the short lines next to
them that repeat at other page numbers.  They are read as the page headers and
footers they were.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Block

ENDS_SENTENCE = re.compile(r"[.!?:;][)\]\"”’]*\s*$")  # (a closing bracket alone ends no sentence)
MID_WORD_END = re.compile(r"[\w\-–]$")  # a line cut where the page ran out, not at a clause
HYPHEN_SPLIT = re.compile(r"(?<=[a-zāēīōū])-\s*$")
OPEN_ENDING = re.compile(r"\b(?:the|a|an|of|and|or|to|in|for|with|by|under|from|on|at|that|which|who|is|are|be)\s*$",
                         re.I)


PAGE_NUMBER = re.compile(r"(?:^|\bpage\s+|[|–—-]\s*)(\d{1,3})(?:\s*(?:of|/)\s*\d{1,3})?\s*$", re.I)
PAGE_DASHED = re.compile(r"^[-–—]?\s*(\d{1,3})\s*[-–—]$")
FURNITURE_REACH = 2  # how many lines either side of a page number a running header or footer can be
MAX_FURNITURE_WORDS = 16
# A document whose body lines are printed lines: of at least MIN_WRAPPED_LINES lines of more than
# MIN_LINE_WORDS words, those at least FULL_LINE as long as the longest (90th percentile) number at
# least MIN_FULL_LINES, and at least RUN_ON_SHARE of them end on a word, with no punctuation at all.  (Measured on the
# corpora in tests/: in documents written in Word, at most 1 in 10 of the longest paragraphs ends
# without a full stop, colon or semicolon; in documents converted from a PDF, 1 in 5 to 9 in 10 do.)
MIN_WRAPPED_LINES = 20
MIN_LINE_WORDS = 3
MIN_FULL_LINES = 8
RUN_ON_SHARE = 0.18
FULL_LINE = 0.75
MIN_RUN_ONS = 2  # a table shows its printed lines when at least this many cell lines plainly run on


def _page_number(block: Block) -> int | None:
    text = block.text.strip()
    if block.part != "document" or block.table_depth or len(text.split()) > MAX_FURNITURE_WORDS:
        return None
    dashed = PAGE_DASHED.match(text)  # "- 2 -" (its first dash may have been read as a typed bullet)
    if dashed:
        return int(dashed.group(1))
    m = PAGE_NUMBER.search(text)
    if m is None or not (m.start() == 0 or re.search(r"page|\bof\b|/", text[m.start():], re.I)):
        return None
    return int(m.group(1))


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).casefold())


def page_furniture(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
    """Split a body into (body, page furniture) when it carries printed page headers and footers."""
    lines = [b for b in blocks if b.text.strip()]
    marks = [(i, n) for i, n in ((i, _page_number(b)) for i, b in enumerate(lines)) if n is not None]
    numbers = [n for _, n in marks]
    if len(marks) < 2 or numbers != sorted(numbers) or len(set(numbers)) < len(numbers):
        return blocks, ()
    near: dict[str, set[int]] = {}
    for m, (i, _) in enumerate(marks):
        for j in range(max(0, i - FURNITURE_REACH), min(len(lines), i + FURNITURE_REACH + 1)):
            b = lines[j]
            if j != i and not b.table_depth and len(b.text.split()) <= MAX_FURNITURE_WORDS:
                near.setdefault(_shape(b.text), set()).add(m)
    reach = {j for i, _ in marks for j in range(max(0, i - FURNITURE_REACH), i + FURNITURE_REACH + 1)}
    elsewhere: dict[str, int] = {}  # text seen away from page numbers is the document's own (but for
    for j, b in enumerate(lines):   # the first page's header, which has no number beside it)
        if j not in reach:
            elsewhere[_shape(b.text)] = elsewhere.get(_shape(b.text), 0) + 1
    furniture = {id(lines[i]) for i, _ in marks}
    for j in reach & set(range(len(lines))):
        shape = _shape(lines[j].text)
        if len(near.get(shape, ())) >= 2 and elsewhere.get(shape, 0) <= 1:
            furniture.add(id(lines[j]))
    return (tuple(b for b in blocks if id(b) not in furniture),
            tuple(b for b in blocks if id(b) in furniture))


def _same_place(a: Block, b: Block) -> bool:
    """Both in the body text, or both in one table cell."""
    if a.part != b.part or a.part not in ("document", "textbox") or a.table_depth != b.table_depth:
        return False
    return not a.table_depth or (a.table, a.row, a.cell) == (b.table, b.row, b.cell)


class _Widths:
    """How wide a printed line was, where the document shows it.  A body converted from a PDF has
    most lines about as long as the longest (they filled the line), and no long paragraphs; a
    table converted from a PDF has cells of several lines that plainly run on into each other.
    Elsewhere there are no printed lines to measure, and nothing is measured."""

    def __init__(self, blocks: tuple[Block, ...]):
        lines = [b.text.strip() for b in blocks
                 if not b.table_depth and len(b.text.split()) > MIN_LINE_WORDS and "\t" not in b.text]
        self.body = 0
        if len(lines) >= MIN_WRAPPED_LINES:
            lengths = sorted(len(t) for t in lines)
            width = lengths[int(len(lengths) * 0.9)]
            full = [t for t in lines if len(t) >= FULL_LINE * width]
            run_on = sum(1 for t in full if MID_WORD_END.search(t))
            if len(full) >= MIN_FULL_LINES and run_on >= RUN_ON_SHARE * len(full):
                self.body = width
        run_ons: dict[int | None, int] = {}
        for a, b in zip(blocks, blocks[1:]):
            if a.table_depth and _same_place(a, b) and _plainly_continues(a.text.rstrip(), b.text.strip()):
                run_ons[a.table] = run_ons.get(a.table, 0) + 1
        self.columns: dict[tuple, int] = {}
        for b in blocks:
            if b.table_depth and (self.body or run_ons.get(b.table, 0) >= MIN_RUN_ONS):
                key = (b.table, b.cell)
                self.columns[key] = max(self.columns.get(key, 0), len(b.text))

    def printed(self, block: Block) -> bool:
        """The block is a printed line: the document shows where its lines were."""
        return (block.table, block.cell) in self.columns if block.table_depth else bool(self.body)

    def full(self, block: Block) -> bool:
        """The block filled its printed line (so the line after it carries on)."""
        width = self.columns.get((block.table, block.cell), 0) if block.table_depth else self.body
        return bool(width) and len(block.text.rstrip()) >= FULL_LINE * width


def _plainly_continues(first: str, second: str) -> bool:
    if not first or not second or "\t" in first or "\t" in second or ENDS_SENTENCE.search(first):
        return False  # (a line with tabs is a row of a table typed with tabs)
    return second[0].islower() or bool(HYPHEN_SPLIT.search(first)) or bool(OPEN_ENDING.search(first))


def _continues(a: Block, b: Block, widths: _Widths) -> bool:
    if (not _same_place(a, b) or a.in_toc or b.in_toc or a.outline_level is not None
            or b.outline_level is not None or b.list_level is not None or b.lead or a.bold or b.bold
            or a.all_caps or b.all_caps or a.style != b.style):
        return False
    if a.table_depth and not widths.printed(a):
        return False  # lines in a cell are joined only where the table shows its printed lines
    first, second = a.text.rstrip(), b.text.strip()
    if _plainly_continues(first, second):
        return True
    return (bool(first) and bool(second) and "\t" not in first + second and not ENDS_SENTENCE.search(first)
            and widths.full(a))


def _join(first: str, second: str) -> str:
    first = first.rstrip()
    if HYPHEN_SPLIT.search(first) and second.lstrip()[:1].islower():
        return first[:-1] + second.lstrip()
    return f"{first} {second.lstrip()}"


def unwrap(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    widths = _Widths(blocks)
    out: list[Block] = []
    line: Block | None = None  # the last line as printed (out[-1] may be several joined)
    for b in blocks:
        if out and line is not None and _continues(line, b, widths):
            a = out[-1]
            out[-1] = replace(a, text=_join(a.text, b.text), controls=a.controls + b.controls,
                              revised=a.revised or b.revised)
        else:
            out.append(b)
        line = b
    return tuple(out)
