"""Abbreviations a document defines for itself, so that "COI:" reads as "conflict of interest".

Protocols written in a hurry abbreviate and say so: a table of abbreviations
("COI | conflict of interest", "RM / COI | relationship manager / conflict
of interest"), a list ("NZP = New Zealand Police; FH = family harm") or a
name followed by its abbreviation in brackets ("Family Safety System (FSS)").  :func:`abbreviations` collects them from the
document model; :func:`expand` writes a short text out in full.
"""

from __future__ import annotations

import re

from .model import Document

ABBR = r"[A-Z][A-Za-z&]{0,2}[A-Z&]{1,6}"  # COI, FSS, MH&A, NZP, OTA
CELL_ABBR_RE = re.compile(rf"^\s*{ABBR}\s*$")
IN_BRACKETS_RE = re.compile(rf"\b((?:[A-ZĀĒĪŌŪ][\w’'-]*|of|and|for|the|&)(?:\s+(?:[A-ZĀĒĪŌŪ][\w’'-]*|of|and|for|the|&)){{1,7}})\s*\(\s*({ABBR})\s*\)")
EQUALS_RE = re.compile(rf"(?:^|[;:,]\s*)({ABBR})\s*=\s*([^;=]{{3,80}}?)(?=\s*(?:;|\.\s*$|$))")  # "NZP = New Zealand Police;"
MAX_MEANING_WORDS = 10


def abbreviations(document: Document) -> dict[str, str]:
    """Abbreviation -> what it stands for, as the document defines them."""
    found: dict[str, str] = {}
    for table in document.tables:
        for row in table.rows:
            if len(row) != 2:
                continue
            short, meaning = row[0].text.strip(), " ".join(row[1].text.split())
            shorts = [s.strip() for s in short.split("/")]
            meanings = [m.strip() for m in meaning.split("/")]
            if len(shorts) != len(meanings):
                shorts, meanings = [short], [meaning]
            for s, m in zip(shorts, meanings):
                if CELL_ABBR_RE.match(s) and m and len(m.split()) <= MAX_MEANING_WORDS:
                    found.setdefault(s, m)
    for block in document.blocks:
        for m in IN_BRACKETS_RE.finditer(block.text):
            found.setdefault(m.group(2), m.group(1))
        for m in EQUALS_RE.finditer(block.text):
            if len(m.group(2).split()) <= MAX_MEANING_WORDS:
                found.setdefault(m.group(1), m.group(2).strip())
    return found


def expand(text: str, known: dict[str, str]) -> str:
    """The text with each defined abbreviation written out ("COI" -> "conflict of interest")."""
    if not known:
        return text
    return re.sub(rf"\b{ABBR}\b", lambda m: known.get(m.group(0), m.group(0)), text)
