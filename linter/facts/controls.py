"""Required statements: which of a pack's concepts a protocol states, in any wording.

A pack's ``[statements.<set>]`` table is a concept set (the template's
minimum security controls, say).  Each concept has a key, a label and one
or more *wordings* (see :mod:`linter.wording`): groups of words, in any
inflection, that a sentence must all say ("hard copy" ... "destroy").  A
sentence states the concept when one of its wordings is said, not negated
("hard copies need not be destroyed") and not merely permitted when the set
says permissions cancel it ("hard copies may be destroyed").

Sentences are read in their context: a list item with the lead-in above it
("Representatives must not:" then "- record the meeting"), a table cell with
the label at the start of its row ("Online meetings | The chat is not used")
and with its column's heading ("What we never do").  Placeholders and
template instructions are not read.  Each statement keeps the sentence that
made it, so a reader can see why a control counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..lexicon import LEXICON, antecedent
from ..model import Block
from ..pack import Pack
from ..text import TICKS
from ..vocab import Bool, Field, Int, List, Named, Str, Table, Tables, declare
from ..wording import Negation, Sentence, Wording
from . import Facts
from .filler import filler
from .table_rows import table_index

MAX_LEAD_IN_WORDS = 8  # a bold label such as "Restrictions" that introduces a list
MAX_HEADER_WORDS = 6  # a column heading ("What we never do") read with each cell under it

WORDING = Table("wording", "Groups of words a sentence must all say.", {
    "all": Field(List(List(Str)), "The groups: each a list of words or phrases, any one of which will do "
                                  "(any inflection; '*' is a gap of up to three words)."),
    "key": Field(Int, "The group a negation must come before (0-based; default: the last).", -1),
    "negatable": Field(Bool, "A negation before the key group cancels the statement (false for a wording that "
                             "is itself a prohibition and has a negation group of its own).", True),
    "ordered": Field(Bool, "The groups must come in the order given.", False),
})
CONCEPT = Table("concept", "One thing the protocol must state.", {
    "key": Field(Str, "The concept's key, given in findings' data."),
    "label": Field(Str, "What must be stated, as a clause that completes 'does not say that ...'."),
    "wordings": Field(Tables(WORDING), "The ways of saying it."),
})
STATEMENTS = declare(Named(
    "statements",
    "Concept sets: things a protocol must state, each in the wordings people use for it "
    "([statements.NAME], named by a rule's `concepts` parameter).",
    Table("concept set", "A set of concepts checked together.", {
        "permissions": Field(List(Str), "Words that only permit, and so cancel a requirement ('may', "
                                        "'optional').", []),
        "concepts": Field(Tables(CONCEPT), "The concepts."),
    }),
))


@dataclass(frozen=True)
class Concept:
    key: str
    label: str
    wordings: tuple[Wording, ...]


@dataclass(frozen=True)
class ConceptSet:
    name: str
    concepts: tuple[Concept, ...]
    negation: Negation


@dataclass(frozen=True)
class Statement:
    concept: str  # the concept's key
    block: Block
    sentence: str  # as read, with its context ("Online meetings: The chat is not used.")


@dataclass(frozen=True)
class ConceptResult:
    concept: Concept
    statements: tuple[Statement, ...]  # every sentence that states it, in document order

    @property
    def stated(self) -> bool:
        return bool(self.statements)


def concept_sets(pack: Pack) -> dict[str, ConceptSet]:
    """The pack's concept sets, compiled once per pack."""
    return pack.compiled("concept_sets", _compile)


def _compile(pack: Pack) -> dict[str, ConceptSet]:
    lang = LEXICON.read(pack)
    out = {}
    for name, cfg in STATEMENTS.read(pack).items():
        negation = Negation.compile([*lang["negations"], *cfg.get("permissions", [])], lang["not_negations"],
                                    lang["clause_breaks"], lang["negation_window"])
        concepts = tuple(
            Concept(c["key"], c["label"], tuple(
                Wording.compile(w["all"], None if w["key"] == -1 else w["key"], w["negatable"], w["ordered"])
                for w in map(WORDING.filled, c["wordings"])))
            for c in cfg["concepts"])
        out[name] = ConceptSet(name, concepts, negation)
    return out


def load_concept_set(pack: Pack, name: str) -> ConceptSet:
    """A concept set of the pack; raises ValueError (with the problem) when there is none by that name."""
    sets = concept_sets(pack)
    if name not in sets:
        raise ValueError(f"the pack has no concept set [statements.{name}] "
                         f"(it has: {', '.join(sorted(sets)) or 'none'})")
    return sets[name]


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
            for block, text in self._sentences(sections):
                sentence = Sentence.of(text)
                for concept in cset.concepts:
                    if any(w.said(sentence, cset.negation) for w in concept.wordings):
                        found[concept.key].append(Statement(concept.key, block, text))
            self._cache[key] = tuple(ConceptResult(c, tuple(found[c.key])) for c in cset.concepts)
        return self._cache[key]

    def _sentences(self, sections: tuple[str, ...]) -> list[tuple[Block, str]]:
        from .. import nlp

        out = []
        for key in sections:
            lead, lead_block = "", None
            for block in self.facts.outline.blocks_of(key):
                text = self._fill.substance(block)
                raw = " ".join(block.text.split())
                if _is_lead_in(block, raw) or (block.list_level is not None and raw.endswith(":")):
                    lead, lead_block = raw.strip(), block  # "24. Representatives must not:"
                    continue
                if not text or self._ticked_against(block):
                    continue
                if block.list_level is None or (lead_block is not None and _same_rank(lead_block, block)):
                    lead = ""  # past the list: a paragraph, or the next item of the lead-in's own list
                context = [c for c in self._cell_context(block) if c]
                prefix = "".join(f"{c}: " for c in context)
                if lead and block.list_level is not None:  # the lead-in and its item read as one sentence
                    prefix = (f"{lead[:-1]} " if lead.endswith(":") else f"{lead}: ") + prefix
                before = ""
                for s in nlp.sentences(text):
                    pointed = antecedent(self.facts.pack, s, before)  # "Any that are brought ..."
                    out.append((block, prefix + (f"{pointed}: " if pointed else "") + s))
                    before = s
        return out

    def _cell_context(self, block: Block) -> list[str]:
        """For a table cell: its column's heading and its row's label, when the table has them
        ("What we never do", "Online meetings"); not a form table's section heading."""
        place = self._tables.place(block)
        if place is None:
            return []
        out = []
        header = place.column_heading.rstrip(":")
        if header and len(header.split()) <= MAX_HEADER_WORDS and not header.endswith("."):
            out.append(header)
        first = place.cells[0]
        if place.cell > 0 and first.blocks and first.blocks[0] not in self._headings:
            label = " ".join(first.text.split()).rstrip(":")
            if label and len(label.split()) <= MAX_HEADER_WORDS:
                out.append(label)
        return out

    def _ticked_against(self, block: Block) -> bool:
        """A checklist row ticked in a column whose heading negates ("In place | Not in place"): the
        control in the row is not in place, whatever its cell says."""
        place = self._tables.place(block)
        if place is None:
            return False
        header = place.headings
        for n, cell in enumerate(place.cells):
            if n == place.cell or n >= len(header) or cell.text.strip() not in TICKS:
                continue
            words = {w.lower().strip(".,:;()") for w in header[n].text.split()}
            if words & self._negations:
                return True
        return False

    @cached_property
    def _negations(self) -> frozenset[str]:
        return frozenset(w.lower() for w in LEXICON.read(self.facts.pack)["negations"])

    @cached_property
    def _tables(self):
        return self.facts.get(table_index)

    @cached_property
    def _headings(self) -> frozenset[int]:
        return frozenset(s.heading.index for s in self.facts.outline.sections)

    @cached_property
    def _fill(self):
        return self.facts.get(filler)


def _same_rank(lead_in: Block, item: Block) -> bool:
    """The item is a sibling of a list item that introduced a list ("24. ... must not:" and "25. ..."),
    not one of the items it introduced ("(a) ...", a level down whether Word numbers it or it is typed:
    see the reader's typed list levels)."""
    return lead_in.list_level is not None and item.list_level == lead_in.list_level


def _is_lead_in(block: Block, text: str) -> bool:
    """A line that introduces the list below it: ends with a colon, or a short bold label."""
    if not text or block.list_level is not None:
        return False
    return text.endswith(":") or (block.bold and len(text.split()) <= MAX_LEAD_IN_WORDS
                                  and not text.endswith("."))


def concepts(facts: Facts) -> ConceptFinder:
    return ConceptFinder(facts)
