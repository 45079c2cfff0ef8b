"""Paragraphs broken at the end of every printed line, joined back into what they say.

A protocol that only survived as a PDF and was converted back to Word often
has one paragraph per printed line: a sentence runs from one paragraph into
the next ("... the victim and any children in the" / "household ...") and
words are split across lines ("informa-" / "tion").  Read as they are, no
sentence is whole.  :func:`unwrap` joins a body paragraph to the one before
it when it plainly continues it: the one before ends without a sentence's
closing punctuation, and this one starts in lower case (or the one before
ends with a hyphen inside a word, or with a word such as "the" or "of" that
cannot end a sentence).  Headings, list items, table cells, bold lines and
run-in labels are never joined.

The joined paragraph keeps the first one's number, so findings still point at
the paragraph where the text starts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Block

ENDS_SENTENCE = re.compile(r"[.!?:;)\]\"”’]\s*$")
HYPHEN_SPLIT = re.compile(r"(?<=[a-zāēīōū])-\s*$")
OPEN_ENDING = re.compile(r"\b(?:the|a|an|of|and|or|to|in|for|with|by|under|from|on|at|that|which|who|is|are|be)\s*$",
                         re.I)


def _continues(a: Block, b: Block) -> bool:
    if (a.part != b.part or a.part not in ("document", "textbox") or a.table_depth or b.table_depth
            or a.in_toc or b.in_toc or a.outline_level is not None or b.outline_level is not None
            or b.list_level is not None or b.lead or a.bold or b.bold or a.all_caps or b.all_caps
            or a.style != b.style):
        return False
    first, second = a.text.rstrip(), b.text.strip()
    if not first or not second or "\t" in second.split(" ")[0] or ENDS_SENTENCE.search(first):
        return False
    return second[0].islower() or bool(HYPHEN_SPLIT.search(first)) or bool(OPEN_ENDING.search(first))


def _join(first: str, second: str) -> str:
    first = first.rstrip()
    if HYPHEN_SPLIT.search(first) and second.lstrip()[:1].islower():
        return first[:-1] + second.lstrip()
    return f"{first} {second.lstrip()}"


def unwrap(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    out: list[Block] = []
    for b in blocks:
        if out and _continues(out[-1], b):
            a = out[-1]
            out[-1] = replace(a, text=_join(a.text, b.text), controls=a.controls + b.controls,
                              revised=a.revised or b.revised)
        else:
            out.append(b)
    return tuple(out)
