"""Normalising text: one place for the ways isplint folds, tidies and compares words.

* :func:`fold` - lower case, no diacritics, straight apostrophes ("Māori" -> "maori"): how words are
  compared as concepts (:mod:`linter.lexicon`).
* :func:`fold_in_place` - macrons and curly quotes folded one character for one, case kept, so that
  positions found in the folded text index the original (citations, :mod:`linter.facts.law`).
* :func:`words_only` - letters, digits and "&" only, dashes and punctuation as spaces, diacritics
  removed; lower case unless ``keep_case`` ("OT" must not be found in "not"): names compared as words
  (agencies, headings referred to by name).
* :func:`contains_words` - whether a name is said in a text, word for word.
* :func:`tidy` - one line, without the stars and edge punctuation of a template's labels
  ("*Agency name:*" -> "Agency name").
* :func:`box_before` - whether a form's tick box in front of an option is ticked ("☒ IN-CONFIDENCE
  ☐ SENSITIVE", "[X] Yes [ ] No"; a Word checkbox control reads as ☒ or ☐); ``TICKS``, the marks
  that tick a checklist cell.

Sentence splitting is :mod:`linter.nlp` (spaCy); negation is :class:`linter.wording.Negation`, with
the pack's negation words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_IN_PLACE = str.maketrans("āēīōūĀĒĪŌŪ’‘“”", "aeiouAEIOU''\"\"")
_DASHES = re.compile(r"[–—-]")
_NOT_WORD = re.compile(r"[^\w\s&]")
_EDGES = " :;,.–—-"


def fold(text: str) -> str:
    """Lower case, without diacritics (ā -> a) or curly apostrophes."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def fold_in_place(text: str) -> str:
    """Macrons and curly quotes folded one character for one: the same length, case kept."""
    return text.translate(_IN_PLACE)


@lru_cache(maxsize=16384)
def words_only(text: str, keep_case: bool = False) -> str:
    """The words of a text, diacritics removed, dashes and punctuation (but "&") as spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))  # Kāinga -> Kainga
    text = _NOT_WORD.sub(" ", _DASHES.sub(" ", text))
    return " ".join((text if keep_case else text.lower()).split())


def contains_words(text: str, name: str, least: int = 4) -> bool:
    """Whether ``name`` (at least ``least`` characters of words) is said in ``text``, word for word."""
    n = words_only(name)
    return len(n) >= least and f" {n} " in f" {words_only(text)} "


def tidy(text: str) -> str:
    """One line, without the stars a template puts round its labels and the punctuation at its edges."""
    return " ".join(text.replace("*", " ").split()).strip(_EDGES)


_TICKED = "☒☑✓✔"  # a ticked box or a tick
TICKS = frozenset(_TICKED + "✗✘×xX")  # a mark alone in a checklist cell (a cross marks it too)
_TICKED_BOX = re.compile(rf"(?:[{_TICKED}]|\[\s*[xX✓✔]\s*\])\s*$")
_EMPTY_BOX = re.compile(r"(?:[☐□]|\[\s*\])\s*$")
BOXES = re.compile(r"[☒☑☐□]|\[\s*[xX✓✔]?\s*\](?=\s*[A-Za-z])")  # a text with these offers choices


def box_before(text: str, start: int) -> bool | None:
    """True when a ticked box comes right before ``start``, False for an empty one, None for no box."""
    before = text[:start]
    if _TICKED_BOX.search(before):
        return True
    if _EMPTY_BOX.search(before):
        return False
    return None
