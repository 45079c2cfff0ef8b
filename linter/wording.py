"""Wordings: what a sentence says, matched on lemmas, with negation and clauses.

A *wording* is a few groups of words and phrases that must all be said in
one sentence ("hard copy" ... "destroy"), in any inflection: an entry
matches a word when they share a lemma ("give" matches "gives", "given",
"gave"; "shred" matches "shredded").  A multi-word entry matches those
words in a row; ``*`` in it stands for up to three words of anything
("record * meeting").  Hyphens count as spaces ("password-protected").

A wording is *said* when every group matches.  If it is ``negatable``, the
match does not count when a negation cue ("not", "never", "need not" ...)
stands in the same clause before its key group, within a few words; a
wording that is itself a prohibition ("hard copies are not given to ...")
is written with a negation group of its own and ``negatable = false``.
Clauses end at the pack's clause breaks (",", ";", "unless", "but" ...), so
"not emailed unless the attachment is password protected" does not negate
the password.  With ``ordered``, the groups must come in the order given.

Everything is compiled once per pack; words are lemmatised once each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from . import nlp
from .lexicon import GAP, MAX_GAP, lemmas_of

_HYPHEN = re.compile(r"(?<=\w)[-‐‑](?=\w)")


def _forms(word: str) -> frozenset[str]:
    return frozenset(lemmas_of(word))


@dataclass(frozen=True)
class Phrase:
    """One entry of a group: its words' lemma forms, with GAP for ``*``."""

    text: str
    words: tuple[frozenset[str] | str, ...]


def compile_phrase(text: str) -> Phrase:
    words: list[frozenset[str] | str] = []
    for part in text.split(GAP):
        if words:
            words.append(GAP)
        for tok in nlp.tokens(_HYPHEN.sub(" ", part.strip())):
            words.append(_forms(tok.text))
    while words and words[-1] == GAP:
        words.pop()
    return Phrase(text, tuple(words))


@dataclass(frozen=True)
class Sentence:
    """A sentence as words (each with its lemma forms) and clause breaks."""

    text: str
    words: tuple[str, ...]
    forms: tuple[frozenset[str], ...]

    @staticmethod
    @lru_cache(maxsize=16384)
    def of(text: str) -> "Sentence":
        toks = [t.text for t in nlp.tokens(_HYPHEN.sub(" ", text))]
        return Sentence(text, tuple(toks), tuple(_forms(t) for t in toks))


def _match_at(sentence: Sentence, i: int, phrase: Phrase) -> int | None:
    """Where the phrase ends when it starts at word ``i``, else None."""
    j, gap = i, False
    for forms in phrase.words:
        if forms == GAP:
            gap = True
            continue
        limit = min(len(sentence.forms), j + (MAX_GAP + 1 if gap else 1))
        while j < limit and not (forms & sentence.forms[j]):
            if not gap:
                return None
            j += 1
        if j >= limit:
            return None
        j += 1
        gap = False
    return j


def find(sentence: Sentence, phrases: Sequence[Phrase]) -> list[tuple[int, int, Phrase]]:
    """Every (start, end, phrase) where one of the phrases is said, in order."""
    out = []
    for i in range(len(sentence.words)):
        for p in phrases:
            if p.words and p.words[0] != GAP and p.words[0] & sentence.forms[i]:
                end = _match_at(sentence, i, p)
                if end is not None:
                    out.append((i, end, p))
    return out


@dataclass(frozen=True)
class Negation:
    """How a language negates: cues, cues that only look like one ("may only"), clause breaks."""

    cues: tuple[Phrase, ...]
    not_cues: tuple[Phrase, ...]
    breaks: tuple[Phrase, ...]
    window: int

    @staticmethod
    def compile(cues: Iterable[str], not_cues: Iterable[str], breaks: Iterable[str], window: int) -> "Negation":
        return Negation(tuple(compile_phrase(c) for c in cues), tuple(compile_phrase(c) for c in not_cues),
                        tuple(compile_phrase(b) for b in breaks), window)

    def negated_before(self, sentence: Sentence, at: int) -> bool:
        """A negation cue in the clause before word ``at`` (within the window)."""
        start = 0
        for s, e, _ in find(sentence, self.breaks):
            if e <= at:
                start = e
        start = max(start, at - self.window)
        fake = {s for s, _, _ in find(sentence, self.not_cues)}
        return any(start <= s and e <= at and s not in fake for s, e, _ in find(sentence, self.cues))


@dataclass(frozen=True)
class Wording:
    groups: tuple[tuple[Phrase, ...], ...]
    key: int = -1  # the group a negation must precede (default: the last)
    negatable: bool = True
    ordered: bool = False

    @staticmethod
    def compile(groups: Sequence[Sequence[str]], key: int | None = None, negatable: bool = True,
                ordered: bool = False) -> "Wording":
        compiled = tuple(tuple(compile_phrase(e) for e in g) for g in groups)
        return Wording(compiled, len(compiled) - 1 if key is None else key, negatable, ordered)

    def said(self, sentence: Sentence, negation: Negation | None) -> tuple[int, int] | None:
        """The span (first word, end) where the sentence says this wording, or None."""
        hits = [find(sentence, g) for g in self.groups]
        if not all(hits):
            return None
        if self.ordered:
            spans = self._in_order(hits)
            if spans is None:
                return None
            keys = [spans[self.key]]
        else:
            keys = [(s, e) for s, e, _ in hits[self.key]]
        for ks, ke in keys:
            if self.negatable and negation is not None and negation.negated_before(sentence, ks):
                continue
            starts = [h[0][0] for h in hits] + [ks]
            ends = [h[-1][1] for h in hits] + [ke]
            return min(starts), max(ends)
        return None

    @staticmethod
    def _in_order(hits) -> list[tuple[int, int]] | None:
        spans, at = [], 0
        for group in hits:
            nxt = next(((s, e) for s, e, _ in group if s >= at), None)
            if nxt is None:
                return None
            spans.append(nxt)
            at = nxt[1]
        return spans


def compile_wordings(items) -> tuple[Wording, ...]:
    """A pack's list of wordings: a phrase is one group of one entry; a list is its groups."""
    return tuple(Wording.compile([[item]] if isinstance(item, str) else item, negatable=False) for item in items)


def says(text: str, wordings: Sequence[Wording], negation: Negation | None = None) -> bool:
    """Whether the text says one of the wordings."""
    sentence = Sentence.of(text)
    return any(w.said(sentence, negation) for w in wordings)
