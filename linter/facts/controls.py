"""Required statements: which of a pack's concepts a protocol states, in any wording.

A concept set is a pack table (``[security_controls]`` for the template's
minimum security controls) holding:

* ``concepts`` - each ``{key, label, patterns}``; a pattern is ``{all =
  [regex, ...], key = n, negatable = true}``.  A sentence states the concept
  when, for one of its patterns, every regex of ``all`` matches somewhere in
  it (a term group: "hard copy" and "destroy", each with its synonyms);
* ``negations`` - regexes of words that cancel a statement ("need not",
  "not", "may") when they appear in the same clause within
  ``negation_window`` words before the pattern's key term (``all[key]``,
  the last group by default).  A pattern with ``negatable = false`` is
  itself a prohibition ("hard copies are not given to other attendees") and
  carries its own negative group instead;
* ``clause_breaks`` - a regex for where a clause ends (",", ";", "unless" ...),
  so "not emailed unless attachments are password protected" is not a
  negated password control.

List items are read together with the lead-in above them ("Representatives
must not:" followed by "- record the meeting"), so a prohibition written as
a list still counts; a table cell with the label at the start of its row
("Online meetings | The chat is not used").  Placeholders and template instructions are not read
(see :mod:`linter.facts.filler`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..model import Block
from . import Facts
from .filler import filler
from .table_rows import table_index

MAX_LEAD_IN_WORDS = 8  # a bold label such as "Restrictions" that introduces a list


@dataclass(frozen=True)
class Pattern:
    groups: tuple[re.Pattern, ...]
    key: int  # which group's match negation words must precede
    negatable: bool


@dataclass(frozen=True)
class Concept:
    key: str
    label: str
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True)
class ConceptSet:
    name: str
    concepts: tuple[Concept, ...]
    negations: tuple[re.Pattern, ...]
    window: int
    clause_break: re.Pattern


@dataclass(frozen=True)
class Statement:
    concept: str  # the concept's key
    block: Block
    sentence: str


@dataclass(frozen=True)
class ConceptResult:
    concept: Concept
    statements: tuple[Statement, ...]  # every sentence that states it, in document order

    @property
    def stated(self) -> bool:
        return bool(self.statements)


def load_concept_set(pack, name: str) -> ConceptSet:
    """Compile a concept set from the pack; raises ValueError (with the problem) when malformed."""
    cfg = pack.vocab(name)
    if not isinstance(cfg, dict) or not isinstance(cfg.get("concepts"), list) or not cfg["concepts"]:
        raise ValueError(f"the pack has no [{name}] table with a list of concepts")
    concepts = []
    for i, c in enumerate(cfg["concepts"]):
        if not isinstance(c, dict) or not isinstance(c.get("key"), str) or not isinstance(c.get("label"), str):
            raise ValueError(f"[{name}] concept #{i + 1} needs a key and a label")
        patterns = []
        for p in c.get("patterns", []):
            groups = p.get("all") if isinstance(p, dict) else None
            if not isinstance(groups, list) or not groups or not all(isinstance(g, str) for g in groups):
                raise ValueError(f"[{name}] concept {c['key']}: each pattern needs all = [regex, ...]")
            key = p.get("key", len(groups) - 1)
            if not isinstance(key, int) or not 0 <= key < len(groups):
                raise ValueError(f"[{name}] concept {c['key']}: pattern key must index one of its groups")
            try:
                compiled = tuple(re.compile(g, re.I) for g in groups)
            except re.error as exc:
                raise ValueError(f"[{name}] concept {c['key']}: bad regular expression: {exc}") from None
            patterns.append(Pattern(compiled, key, bool(p.get("negatable", True))))
        if not patterns:
            raise ValueError(f"[{name}] concept {c['key']} has no patterns")
        concepts.append(Concept(c["key"], c["label"], tuple(patterns)))
    try:
        negations = tuple(re.compile(n, re.I) for n in cfg.get("negations", []))
        clause_break = re.compile(cfg.get("clause_breaks", r"[,;:()]"), re.I)
    except re.error as exc:
        raise ValueError(f"[{name}]: bad regular expression: {exc}") from None
    return ConceptSet(name, tuple(concepts), negations, int(cfg.get("negation_window", 5)), clause_break)


class ConceptFinder:
    """Finds the sentences that state each concept of a set in given sections (cached per query)."""

    def __init__(self, facts: Facts):
        self.facts = facts
        self._cache: dict[tuple[str, tuple[str, ...]], tuple[ConceptResult, ...]] = {}

    def find(self, set_name: str, sections: tuple[str, ...]) -> tuple[ConceptResult, ...]:
        key = (set_name, tuple(sections))
        if key not in self._cache:
            cset = load_concept_set(self.facts.pack, set_name)
            found: dict[str, list[Statement]] = {c.key: [] for c in cset.concepts}
            for block, sentence in self._sentences(sections):
                for concept in cset.concepts:
                    if any(_states(sentence, p, cset) for p in concept.patterns):
                        found[concept.key].append(Statement(concept.key, block, sentence))
            self._cache[key] = tuple(ConceptResult(c, tuple(found[c.key])) for c in cset.concepts)
        return self._cache[key]

    def _sentences(self, sections: tuple[str, ...]) -> list[tuple[Block, str]]:
        from .. import nlp

        out = []
        for key in sections:
            lead = ""
            for block in self.facts.outline.blocks_of(key):
                text = self._fill.substance(block)
                raw = " ".join(block.text.split())
                if _is_lead_in(block, raw):
                    lead = raw.rstrip(":").strip()
                    continue
                if not text:
                    continue
                if block.list_level is None:
                    lead = ""
                elif lead:
                    text = f"{lead}: {text}"
                label = self._row_label(block)
                if label:
                    text = f"{label}: {text}"
                out.extend((block, s) for s in nlp.sentences(text))
        return out

    def _row_label(self, block: Block) -> str:
        """The label cell of a "label | what is done" row the block is a value of
        ("Online meetings | The chat is not used"); not a form table's section heading."""
        place = self._tables.place(block)
        if place is None or place.cell == 0 or not place.cells[0].blocks:
            return ""
        if place.cells[0].blocks[0] in self._headings:
            return ""
        return " ".join(place.cells[0].text.split()).rstrip(":")

    @cached_property
    def _tables(self):
        return self.facts.get(table_index)

    @cached_property
    def _headings(self) -> frozenset[int]:
        return frozenset(s.heading.index for s in self.facts.outline.sections)

    @cached_property
    def _fill(self):
        return self.facts.get(filler)


def _is_lead_in(block: Block, text: str) -> bool:
    """A line that introduces the list below it: ends with a colon, or a short bold label."""
    if not text or block.list_level is not None:
        return False
    return text.endswith(":") or (block.bold and len(text.split()) <= MAX_LEAD_IN_WORDS
                                  and not text.endswith("."))


def _states(sentence: str, pattern: Pattern, cset: ConceptSet) -> bool:
    matches = [rx.search(sentence) for rx in pattern.groups]
    if not all(matches):
        return False
    if not pattern.negatable:
        return True
    before = sentence[:matches[pattern.key].start()]
    breaks = list(cset.clause_break.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    window = " ".join(before.split()[-cset.window:])
    return not any(rx.search(window) for rx in cset.negations)


def concepts(facts: Facts) -> ConceptFinder:
    return ConceptFinder(facts)
