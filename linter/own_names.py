"""The name a protocol gives its own meeting, so that headings that use it read as they mean.

A protocol calls its meeting by name: "the Case Review", "the Hub", "the
Rangatahi Panel".  A heading such as "Objectives of the Case Review" is about
the meeting's purpose, not about reviewing.  :func:`meeting_names` finds the
capitalised names that follow the pack's ``[outline] own_name_verbs`` ("attend
the Case Review", "convenes the Case Review") at least twice in the body, and
:func:`as_meeting` writes them as the pack's ``own_name_as`` word.
"""

from __future__ import annotations

import re
from collections import Counter

from .model import Document

NAME = r"[A-ZĀĒĪŌŪ][\w’'-]*(?:\s+(?:[A-ZĀĒĪŌŪ][\w’'-]*|of|o|for|and))*"
LINKS = ("of", "o", "for", "and")  # words that may join a name's words, never end it
MAX_NAME_WORDS = 6
MIN_USES = 2


def meeting_names(document: Document, verbs: str) -> tuple[str, ...]:
    """The names the body gives the meeting, longest first."""
    rx = re.compile(rf"\b(?:{verbs})\s+the\s+({NAME})")
    uses: Counter[str] = Counter()
    for block in document.blocks:
        for m in rx.finditer(block.text):
            words = m.group(1).split()
            while words and words[-1] in LINKS:
                words.pop()
            if 0 < len(words) <= MAX_NAME_WORDS:
                uses[" ".join(words)] += 1
    return tuple(sorted((n for n, c in uses.items() if c >= MIN_USES), key=len, reverse=True))


def as_meeting(text: str, names: tuple[str, ...], word: str) -> str:
    """The text with the meeting's own names written as ``word``."""
    for name in names:
        text = re.sub(rf"\b{re.escape(name)}\b", word, text)
    return text
