"""Sentences of the protocol, and phrase patterns matched in them with negation.

:func:`sentences` splits every body paragraph (table cells and text boxes
included; template instructions and the table of contents left out) into
sentences once per document, with spaCy's rule-based sentencizer.

:class:`PhraseRule` holds one rule's wording from the pack: ``patterns``
(regular expressions for what the rule looks for), ``negations`` (cues such
as "not" or "never" that turn a match round when they stand in the same
clause before it or inside it: "This protocol does not itself authorise
..."), ``exceptions`` (sentences that are never reported, such as the
guidance's own "'Just in case' is not a good reason") and ``requires``
(the sentence must also say one of these, e.g. a word for keeping
information).  Clauses are the parts of a sentence between commas,
semicolons, colons and dashes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Block
from . import Facts
from ..wording import Negation, Sentence as Words, Wording
from .filler import filler

CLAUSE_BREAK = re.compile(r"\s*(?:[,;:()]|\s[–—-]\s)\s*")
MAX_TEXT = 80


@dataclass(frozen=True)
class Sentence:
    block: Block
    text: str


@dataclass(frozen=True)
class StatementMatch:
    sentence: Sentence
    matched: str  # the words the pattern matched
    clause: str  # the clause(s) holding the match, as written


def sentences(facts: Facts) -> tuple[Sentence, ...]:
    """Every sentence of the body, in reading order."""
    from .. import nlp

    fill = facts.get(filler)
    out: list[Sentence] = []
    for block in facts.document.blocks:
        if block.in_toc or not block.text.strip() or block.index in fill.instruction_indexes:
            continue
        out.extend(Sentence(block, s) for s in nlp.sentences(block.text))
    return tuple(out)


@dataclass(frozen=True)
class PhraseRule:
    patterns: tuple[str, ...]
    negations: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    wordings: tuple[Wording, ...] = ()  # word groups in any inflection, negated by the pack's language
    negation: Negation | None = None

    @staticmethod
    @lru_cache(maxsize=256)
    def _compile(pattern: str) -> re.Pattern:
        return re.compile(pattern, re.I)

    def problems(self) -> str | None:
        """A problem string when a pattern is not a valid regular expression."""
        for p in (*self.patterns, *self.negations, *self.exceptions, *self.requires):
            try:
                re.compile(p)
            except re.error as exc:
                return f"pattern {p!r} is not a valid regular expression: {exc}"
        return None

    def _any(self, patterns, text: str) -> bool:
        return any(self._compile(p).search(text) for p in patterns)

    def match(self, sentence: Sentence) -> StatementMatch | None:
        text = sentence.text.replace("’", "'").replace("‘", "'")
        if text.rstrip().endswith("?"):
            return None  # a question states nothing ("Does this protocol itself allow sharing?")
        if self._any(self.exceptions, text):
            return None
        if self.requires and not self._any(self.requires, text):
            return None
        for p in self.patterns:
            for m in self._compile(p).finditer(text):
                start, end = clause_bounds(text, m.start(), m.end())
                scope = text[start:m.end()]  # the clause before the match, and the match itself
                if self._any(self.negations, scope):
                    continue
                return StatementMatch(sentence, sentence.text[m.start():m.end()],
                                      excerpt(sentence.text, start, end, m.start(), m.end()))
        if self.wordings:
            words = Words.of(text)
            for w in self.wordings:
                span = w.said(words, self.negation)
                if span is not None:
                    ms, me = words.chars(span)
                    start, end = clause_bounds(text, ms, me)
                    return StatementMatch(sentence, sentence.text[ms:me],
                                          excerpt(sentence.text, min(start, ms), max(end, me), ms, me))
        return None


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the clause(s) that hold text[start:end]."""
    left = 0
    for m in CLAUSE_BREAK.finditer(text, 0, start):
        left = m.end()
    right = len(text)
    m = CLAUSE_BREAK.search(text, end)
    if m:
        right = m.start()
    return left, right


def excerpt(text: str, start: int, end: int, match_start: int, match_end: int, limit: int = MAX_TEXT) -> str:
    """The clause text[start:end] holding a match, cut to ``limit`` characters around the match:
    from the clause's start when the match fits in them, else ending with the match, or, for a match
    longer than the limit, from the match's start (its first words say who claims what)."""
    clause = text[start:end].strip()
    if len(" ".join(clause.split())) <= limit or match_end - start <= limit:
        return clause
    if match_end - match_start > limit:
        return text[match_start:match_end]
    head = text[max(start, match_end - limit):match_end]
    space = head.find(" ")
    return head[space + 1:] if 0 <= space < len(head) - 1 else head


def shorten(text: str, limit: int = MAX_TEXT) -> str:
    """The text cut to at most ``limit`` characters at a word boundary, without closing punctuation."""
    text = " ".join(text.split()).rstrip(" .;:,")
    if len(text) <= limit:
        return text
    cut = text[:limit + 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > 0 else text[:limit]).rstrip(" .;:,")


def find(facts: Facts, rule: PhraseRule, keys: tuple[str, ...] = ()) -> tuple[StatementMatch, ...]:
    """Sentences the phrase rule reports, optionally only in the sections with these keys."""
    within = None
    if keys:
        within = {b.index for k in keys for b in facts.outline.blocks_of(k)}
    out = []
    for s in facts.get(sentences):
        if within is not None and s.block.index not in within:
            continue
        m = rule.match(s)
        if m is not None:
            out.append(m)
    return tuple(out)
