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
    offsets: tuple[int, ...] = ()  # where each word starts in ``text``

    @staticmethod
    @lru_cache(maxsize=16384)
    def of(text: str) -> "Sentence":
        toks = nlp.tokens(_HYPHEN.sub(" ", text))
        return Sentence(text, tuple(t.text for t in toks), tuple(_forms(t.text) for t in toks),
                        tuple(t.idx for t in toks))

    @property
    def index(self) -> dict[str, list[int]]:
        """Where each lemma form occurs (computed once)."""
        found = self.__dict__.get("_index")
        if found is None:
            found = {}
            for i, forms in enumerate(self.forms):
                for f in forms:
                    found.setdefault(f, []).append(i)
            object.__setattr__(self, "_index", found)
        return found

    def chars(self, span: tuple[int, int]) -> tuple[int, int]:
        """The character offsets of a span of words."""
        start, end = span
        return self.offsets[start], self.offsets[end - 1] + len(self.words[end - 1])


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
    index = sentence.index
    for p in phrases:
        if not p.words or p.words[0] == GAP:
            continue
        hits = [index[f] for f in p.words[0] if f in index]  # most phrases are not said at all
        if not hits:
            continue
        starts = hits[0] if len(hits) == 1 else sorted(set().union(*hits))
        for i in starts:
            end = _match_at(sentence, i, p)
            if end is not None:
                out.append((i, end, p))
    out.sort(key=lambda h: (h[0], h[1]))
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

    def negated_before(self, sentence: Sentence, at: int, first: int | None = None) -> bool:
        """A negation cue in the clause before word ``at``, within the window before ``at`` (or
        before ``first``, where the statement starts: "Nothing in this protocol is an authority")."""
        start = 0
        for s, e, _ in find(sentence, self.breaks):
            if e <= min(at, first if first is not None else at):
                start = e
        start = max(start, min(at, first if first is not None else at) - self.window)
        fake = [(s, e) for s, e, _ in find(sentence, self.not_cues)]  # "no later than", "cannot be avoided"
        return any(start <= s and e <= at and not any(fs <= s < fe for fs, fe in fake)
                   for s, e, _ in find(sentence, self.cues))


@dataclass(frozen=True)
class Wording:
    groups: tuple[tuple[Phrase, ...], ...]
    key: int = -1  # the group a negation must precede (default: the last)
    negatable: bool = True
    ordered: bool = False
    within: int | None = None  # at most this many words from the first group to the last

    @staticmethod
    def compile(groups: Sequence[Sequence[str]], key: int | None = None, negatable: bool = True,
                ordered: bool = False, within: int | None = None) -> "Wording":
        compiled = tuple(tuple(compile_phrase(e) for e in g) for g in groups)
        return Wording(compiled, len(compiled) - 1 if key is None else key, negatable, ordered, within)

    def said(self, sentence: Sentence, negation: Negation | None) -> tuple[int, int] | None:
        """The span (first word, end) where the sentence says this wording, or None."""
        hits = [find(sentence, g) for g in self.groups]
        if not all(hits):
            return None
        if self.ordered:
            chains = self._in_order(hits)
        else:
            chains = [[(s, e) for s, e, _ in h][:1] for h in hits]
            chains = [[c[0] for c in chains]] if all(chains) else []
            # the key group may match several times: try each, the other groups where first found
            chains = [[*chain[:self.key % len(hits)], (s, e), *chain[self.key % len(hits) + 1:]]
                      for chain in chains for s, e, _ in hits[self.key]]
        for chain in chains:
            first, last = min(s for s, _ in chain), max(e for _, e in chain)
            if self.within is not None and last - first > self.within:
                continue
            ks = chain[self.key][0]
            # an ordered statement is negated from its start ("Nothing in this protocol is ..."),
            # a bag of words only in the clause of its key ("... and all hard copies are shredded")
            if self.negatable and negation is not None and negation.negated_before(
                    sentence, ks, first if self.ordered else None):
                continue
            return first, last
        return None

    @staticmethod
    def _in_order(hits) -> list[list[tuple[int, int]]]:
        """Chains of matches, one per group, each after the one before (from each start of the first)."""
        out = []
        for s0, e0, _ in hits[0]:
            chain, at = [(s0, e0)], e0
            for group in hits[1:]:
                nxt = next(((s, e) for s, e, _ in group if s >= at), None)
                if nxt is None:
                    break
                chain.append(nxt)
                at = nxt[1]
            else:
                out.append(chain)
        return out


ORDERED_WITHIN = 12  # words from the first group to the last, for a wording whose groups come in order


def compile_wordings(items, negatable: bool = False, ordered: bool = False) -> tuple[Wording, ...]:
    """A pack's list of wordings: a phrase is one group of one entry; a list is its groups (in
    that order, close together, when ``ordered``)."""
    return tuple(Wording.compile([[item]] if isinstance(item, str) else item, negatable=negatable,
                                 ordered=ordered and not isinstance(item, str),
                                 within=ORDERED_WITHIN if ordered else None) for item in items)


def says(text: str, wordings: Sequence[Wording], negation: Negation | None = None) -> bool:
    """Whether the text says one of the wordings."""
    sentence = Sentence.of(text)
    return any(w.said(sentence, negation) for w in wordings)
