"""What a pack knows about its sections, and how well a heading or a body fits each one.

Each ``[[section]]`` of a pack gives its ``name``, the other headings that
mean it (``synonyms``) and words typical of its body (``content``).  They
are compiled once per pack into a :class:`SectionModel`:

* every name and synonym is read as a bag of terms (lemmas mapped to the
  lexicon's concepts, see :mod:`linter.lexicon`): "Approval and
  signatories" is {approve}, "How shared information may be used" is
  {how, share, information, use};
* each term is weighted by how distinctive it is among the sections
  (inverse document frequency over the sections' vocabularies): "breach"
  belongs to one section and weighs much, "information" to many and weighs
  little; a word no section uses weighs ``unknown_weight``.

A heading's fit to a section is the weighted Jaccard similarity of its
terms with the closest of the section's phrases; a heading that joins two
sections ("Security classification and controls") also fits the pair.
Numbering, "Part 3 –", "Schedule 2:", "Annex A." and a second language
("Te Arotake | Review") are taken off first, each language scored on its
own.  A body's fit is how many of the section's content phrases it uses.
Which heading *is* which section is decided over the whole document by
:mod:`linter.alignment`, with the template's order as a soft preference.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from .lexicon import Terms, lexicon
from .pack import Pack
from .vocab import Field, Float, Int, List, Regex, Str, Table, declare

OUTLINE = declare(Table(
    "outline",
    "How headings are found and matched to the pack's sections.",
    {
        "other_headings": Field(List(Str), "Headings the template does not require but that are welcome "
                                           "(Background, Definitions ...): they open a section of their own and "
                                           "are never reported.", []),
        "annex_prefix": Field(Regex, "A heading prefix that puts the section in a schedule, annex or appendix "
                                     "('Schedule 2 –'); such sections may come in any order.",
                              r"(?!x)x"),
        "number_prefix": Field(Regex, "A heading's numbering ('4.', '4.2', 'Part 3 –', 'Clause 7:'), taken off "
                                      "before the heading is compared.", r"^\s*\d+(?:\.\d+)*[.)]?\s+"),
        "language_separators": Field(Regex, "What separates the languages of a bilingual heading "
                                            "('Te Arotake | Review').", r"\s*[|/]\s*|\n"),
        "join_words": Field(List(Str), "Words that, starting the part of a heading after a separator, make "
                                       "it one heading joining two sections ('Why we share — and the law "
                                       "that allows it') rather than one heading in two languages.", []),
        "unknown_weight": Field(Float, "Weight of a heading word that no section uses (the most distinctive "
                                       "section word weighs about 3).", 1.0),
        "weak_words": Field(List(Str), "Words that say little about which section a heading is, whatever the "
                                       "sections' own headings use them for (question words: 'who', 'how').", []),
        "weak_weight": Field(Float, "The weight of those words.", 0.3),
        "heading_threshold": Field(Float, "Least fit (0-1) for a styled or numbered heading to be a section.",
                                   0.5),
        "emphasis_threshold": Field(Float, "Least fit (0-1) for a bold or capitalised line to be a section "
                                           "heading.", 0.7),
        "paragraph_threshold": Field(Float, "Least fit (0-1) for a paragraph of a document without headings to "
                                            "open a section: its content alone counts (content_weight x share "
                                            "of content_saturation phrases).", 0.4),
        "order_penalty": Field(Float, "Cost of a section that comes out of the template's order (outside "
                                      "schedules and annexes).", 0.35),
        "pair_penalty": Field(Float, "Cost of reading one heading as two sections joined.", 0.1),
        "repeat_penalty": Field(Float, "Cost of a heading that is the same section as the heading before it "
                                       "(outside schedules and annexes).", 0.15),
        "content_weight": Field(Float, "How much a body's content counts when its heading is not "
                                       "distinctive (0: never, 1: as much as the heading).", 0.7),
        "content_words": Field(Int, "How many of a body's first words are read for its content.", 150),
        "content_saturation": Field(Int, "How many of a section's content phrases make a body fully "
                                         "typical of it.", 3),
        "own_name_verbs": Field(Regex, "Verbs whose object is the meeting the protocol is for ('attend', "
                                       "'convene'): the capitalised name after them ('attend the Case Review') "
                                       "is the document's own name for its meeting.", r"(?!x)x"),
        "own_name_as": Field(Str, "The word that name reads as in a heading ('Objectives of the Case "
                                  "Review' reads as 'Objectives of the meeting').", "meeting"),
    },
))


@dataclass(frozen=True)
class Phrase:
    text: str
    bag: frozenset[str]
    plain: tuple[str, ...] = ()  # its words, folded, for word-for-word comparison


def _plain(words) -> tuple[str, ...]:
    from .lexicon import fold

    return tuple(fold(w) for w in words if any(ch.isalnum() for ch in w))


@dataclass(frozen=True)
class Profile:
    key: str
    name: str
    index: int  # position in the template
    phrases: tuple[Phrase, ...]
    cues: tuple[str, ...]  # content phrases, matched on lemmas ("*" is a gap of a few words)
    vocabulary: frozenset[str]
    step: int = 0  # its step in the template's order (sections written in either order share one)


@dataclass(frozen=True)
class Fit:
    """How well a heading fits one section (or a pair), and why."""

    keys: tuple[str, ...]  # one section, or two for a joined heading
    score: float  # 0-1
    phrase: str = ""  # the name or synonym it is closest to
    shared: tuple[str, ...] = ()  # the terms they share

    @property
    def key(self) -> str:
        return self.keys[0]


@dataclass(frozen=True)
class HeadingReading:
    text: str  # as written
    parts: tuple[Terms, ...]  # one per language, numbering and annex prefix removed
    annex: bool  # in a schedule, annex or appendix
    joins: bool = False  # says it joins two things ("Why we share — and the law that allows it")

    @property
    def bag(self) -> frozenset[str]:
        return frozenset(t for p in self.parts for t in p.content)


@dataclass
class SectionModel:
    profiles: tuple[Profile, ...]
    idf: dict[str, float]
    unknown_weight: float
    other: tuple[Phrase, ...]
    cfg: dict
    annex_re: re.Pattern
    number_re: re.Pattern
    split_re: re.Pattern
    lex: object
    join_words: frozenset = frozenset()  # a part after a separator that starts with one joins the heading
    marking_re: re.Pattern | None = None  # a line that is only a protective marking ("SENSITIVE")
    _cue_index: dict = field(default_factory=dict)
    _fit_cache: dict = field(default_factory=dict)

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.unknown_weight)

    def _wj(self, a: frozenset[str], b: frozenset[str]) -> float:
        union = sum(self.weight(t) for t in a | b)
        return sum(self.weight(t) for t in a & b) / union if union else 0.0

    # -- headings -----------------------------------------------------------
    def read_heading(self, text: str) -> HeadingReading:
        text = " ".join(text.replace("\t", " ").split(" ")).strip()
        annex = False
        m = self.annex_re.match(text)
        if m:
            annex, text = True, text[m.end():]
        text = self.number_re.sub("", text, count=1)
        parts = [p for p in self.split_re.split(text) if p and p.strip()]
        if any(set(_plain(p.split()[:1])) & self.join_words for p in parts[1:]):
            parts = [" ".join(parts)]  # one heading joining two sections ("Why we share — and the law")
        read = tuple(self.lex.read(self.number_re.sub("", p.strip(), count=1)) for p in parts or [text])
        return HeadingReading(text, tuple(r for r in read if r.content) or read[:1], annex,
                              bool(set(_plain(text.split())) & self.join_words))

    def fits(self, heading: HeadingReading) -> list[Fit]:
        """The heading's fit to every section and to joined pairs, best first (cached per heading)."""
        key = tuple(p.bag for p in heading.parts)
        if key not in self._fit_cache:
            self._fit_cache[key] = self._fits(heading)
        return self._fit_cache[key]

    def _fits(self, heading: HeadingReading) -> list[Fit]:
        best: dict[tuple[str, ...], Fit] = {}
        for part in heading.parts:
            bag = part.bag
            if not bag:
                continue
            singles = []
            for prof in self.profiles:
                fit = Fit((prof.key,), 0.0)
                for phrase in prof.phrases:
                    score = self._wj(bag, phrase.bag)
                    if score > fit.score:
                        fit = Fit((prof.key,), score, phrase.text, tuple(sorted(bag & phrase.bag)))
                if fit.score > best.get(fit.keys, Fit(fit.keys, -1)).score:
                    best[fit.keys] = fit
                if bag & prof.vocabulary:
                    singles.append(prof)
            for fit in self._pairs(bag, singles):
                if fit.score > best.get(fit.keys, Fit(fit.keys, -1)).score:
                    best[fit.keys] = fit
        return sorted(best.values(), key=lambda f: -f.score)

    def _pairs(self, bag: frozenset[str], profiles: list[Profile]) -> Iterable[Fit]:
        """Fits of two sections joined in one heading, when each explains words the other does not."""
        for i, a in enumerate(profiles):
            for b in profiles[i + 1:]:
                only_a, only_b = (bag & a.vocabulary) - b.vocabulary, (bag & b.vocabulary) - a.vocabulary
                if not only_a or not only_b:
                    continue
                top = None
                for pa in a.phrases:
                    if not pa.bag & only_a:
                        continue
                    for pb in b.phrases:
                        if not pb.bag & only_b:
                            continue
                        score = self._wj(bag, pa.bag | pb.bag)
                        if top is None or score > top.score:
                            top = Fit((a.key, b.key), score, f"{pa.text} + {pb.text}",
                                      tuple(sorted(bag & (pa.bag | pb.bag))))
                if top is not None:
                    yield top

    def best(self, text: str, margin: float = 0.1) -> tuple[str | None, float]:
        """The one section a heading names on its own, without the document around it: the best
        fit when it reaches the heading threshold and no other section comes within ``margin``."""
        reading = self.read_heading(text)
        other, _ = self.other_fit(reading)
        singles = [f for f in self.fits(reading) if len(f.keys) == 1]
        if not singles or singles[0].score < float(self.cfg["heading_threshold"]) or other >= singles[0].score:
            return None, singles[0].score if singles else 0.0
        if len(singles) > 1 and singles[1].score > singles[0].score - margin:
            return None, singles[0].score
        return singles[0].key, singles[0].score

    def other_fit(self, heading: HeadingReading) -> tuple[float, str]:
        """How far the heading is one of the welcome other headings (Background, Definitions ...): 1 word
        for word; the share of its words the other heading is when more words follow ("Scope of
        information" is a third "Scope", and mostly about information); else 0.  Compared as words, not
        concepts: "Document control" is an other heading, "Security controls" is not."""
        best = (0.0, "")
        for part in heading.parts:
            words = _plain(part.words)
            for phrase in self.other:
                if words[:len(phrase.plain)] == phrase.plain and words:
                    best = max(best, (len(phrase.plain) / len(words), phrase.text))
        return best

    # -- bodies ----------------------------------------------------------------
    def content_fit(self, texts: Iterable[str]) -> dict[str, tuple[float, tuple[str, ...]]]:
        """For each section, how typical of it a body is (0-1), and the content phrases it uses.
        Phrases are matched on the words' lemmas ("signed" for "sign"), one paragraph at a time."""
        from .wording import Sentence, find

        found: dict[str, set[str]] = {}
        phrases, keys = self._cues()
        for text in texts:
            for _, _, phrase in find(Sentence.of(text), phrases):
                for key in keys[id(phrase)]:
                    found.setdefault(key, set()).add(phrase.text)
        k = max(1, int(self.cfg["content_saturation"]))
        return {key: (min(1.0, len(c) / k), tuple(sorted(c))) for key, c in found.items()}

    def _cues(self) -> tuple[list, dict[int, list[str]]]:
        """Every section's content phrases, compiled once, and the sections each phrase is a cue of."""
        if not self._cue_index:
            from .wording import compile_phrase

            cues = [(prof.key, compile_phrase(text)) for prof in self.profiles for text in prof.cues]
            keys: dict[int, list[str]] = {}
            for key, phrase in cues:
                keys.setdefault(id(phrase), []).append(key)
            self._cue_index["cues"] = ([p for _, p in cues], keys)
        return self._cue_index["cues"]


def section_model(pack: Pack) -> SectionModel:
    """The pack's section model, compiled once per pack."""
    return pack.compiled("section_model", _build)


def _build(pack: Pack) -> SectionModel:
    cfg = OUTLINE.read(pack)
    lex = lexicon(pack)
    profiles = []
    step = -1
    for i, spec in enumerate(pack.sections):
        step += 0 if spec.with_previous else 1
        phrases = tuple(Phrase(t, lex.bag(t)) for t in (spec.name, *spec.synonyms))
        phrases = tuple(p for p in phrases if p.bag)
        cues = tuple(spec.content)
        vocab = frozenset(t for p in phrases for t in p.bag)
        profiles.append(Profile(spec.key, spec.name, i, phrases, cues, vocab, step))
    df = Counter(t for p in profiles for t in p.vocabulary)
    n = len(profiles)
    idf = {t: math.log((n + 1) / c) for t, c in df.items()}
    for word in cfg["weak_words"]:
        idf[lex.term(word)] = float(cfg["weak_weight"])
    other = tuple(Phrase(t, lex.bag(t), _plain(lex.read(t).words)) for t in cfg["other_headings"])
    return SectionModel(
        profiles=tuple(profiles), idf=idf, unknown_weight=float(cfg["unknown_weight"]),
        other=tuple(p for p in other if p.plain), cfg=cfg,
        annex_re=re.compile(cfg["annex_prefix"], re.I), number_re=re.compile(cfg["number_prefix"], re.I),
        split_re=re.compile(cfg["language_separators"]), lex=lex,
        join_words=frozenset(_plain(cfg["join_words"])), marking_re=_markings(pack),
    )


def _markings(pack: Pack) -> re.Pattern | None:
    """The pack's classification markings, each alone on a line with any endorsement after it: a
    marking at the top of a page is no heading, however it is set out."""
    from .facts.classification import CLASSIFICATIONS

    cfg = CLASSIFICATIONS.read(pack)
    levels = [m["pattern"] for m in (*cfg["levels"], *cfg["foreign"])]
    if not levels:
        return None
    endorsements = "|".join(re.escape(e) for e in cfg["endorsements"])
    after = rf"(?:\s*(?:[-–—:/|]+\s*)?(?:{endorsements}))*" if endorsements else ""
    return re.compile(rf"^\s*(?:{'|'.join(levels)}){after}\s*$", re.I)


def is_marking(model: SectionModel, text: str) -> bool:
    return bool(model.marking_re and model.marking_re.match(" ".join(text.split())))
