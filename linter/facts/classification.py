"""Security classification: what the protocol says its information is classified.

A protocol states its classification in up to four places: the security
classification section (a drop-down, a line that is just the marking, or a
sentence such as "Information shared at the meeting is classified
IN-CONFIDENCE"), the page header or footer, and a custom document property
written by a classification labelling tool.  This fact finds all of them.

Everything that is template-specific is pack data in ``[classifications]``:

* ``levels`` - the scheme, lowest first, each ``{name, pattern}``;
* ``endorsements`` - words that may follow a level ("STAFF", "CABINET");
* ``foreign`` - markings of other schemes, each ``{name, pattern, nearest}``;
* ``section`` - the section key that holds the statement;
* ``property_names`` - regexes for custom property names that carry a marking;
* ``lead_ins`` / ``weak_lead_ins`` - regexes the text before a marking must
  end with for it to be a statement in running text (weak ones only
  introduce a marking written in capitals: "is UNCLASSIFIED");
* ``guidance`` - regexes of sentences that talk about classifications
  without stating this protocol's ("should be classified as IN-CONFIDENCE
  at a minimum"); such sentences are never statements.

How a marking is told apart from ordinary words: in running text it must be
introduced by a lead-in ("keep information confidential" is not a marking);
in a header or footer it must be written in capitals or stand alone; a block
of the section that holds nothing but a marking, a filled drop-down and a
property value always count.  Consecutive lines that each hold just a
different level are the drop-down's list of choices, not a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..model import Block
from ..text import BOXES, box_before
from ..vocab import Field, List, Regex, SectionKey, Str, Table, Tables, declare
from . import Facts

CLASSIFICATIONS = declare(Table("classifications", "The country's security classification scheme.", {
    "section": Field(SectionKey, "The section that states the classification."),
    "levels": Field(Tables(Table("level", "One level of the scheme.", {
        "name": Field(Str, "The level as it is written ('IN-CONFIDENCE')."),
        "pattern": Field(Regex, "How it may be written ('IN[ -]?CONFIDENCE')."),
    })), "The levels, lowest first (their order is their rank)."),
    "foreign": Field(Tables(Table("foreign marking", "A marking of another country's scheme.", {
        "name": Field(Str, "The marking ('OFFICIAL-SENSITIVE')."),
        "pattern": Field(Regex, "How it may be written."),
        "nearest": Field(Str, "The level of this scheme closest to it, for the fix.", None),
    })), "Markings of other schemes, reported as not this scheme's.", []),
    "endorsements": Field(List(Str), "Words that may follow a level ('SENSITIVE // CABINET').", []),
    "property_names": Field(List(Regex), "Document property names a labelling tool writes the classification "
                                         "in.", []),
    "lead_ins": Field(List(Regex), "Words before a level that make it this protocol's classification "
                                   "('classified as').", []),
    "weak_lead_ins": Field(List(Regex), "Weaker such words, counted only in the classification section.", []),
    "guidance": Field(List(Regex), "Words that make a sentence advice about the scheme, not a statement "
                                   "('should', 'at a minimum').", []),
}))
from .filler import filler

SEPARATORS = "–—|•·\t\n"  # split header/footer text into segments
MAX_ALONE_WORDS = 6  # a block "holding just the marking" has at most this many words


@dataclass(frozen=True)
class Marking:
    """One classification marking found in the document."""

    name: str  # canonical: a level of the scheme ("IN-CONFIDENCE") or a foreign marking ("PROTECTED")
    known: bool  # True when ``name`` is a level of the pack's scheme
    text: str  # as written
    endorsement: str | None  # "STAFF" in "IN-CONFIDENCE – STAFF"
    source: str  # statement | control | header | footer | property
    block: Block | None = None  # None for a property
    property: str | None = None  # the property name, for source "property"
    nearest: str | None = None  # for a foreign marking: the nearest level of the scheme


@dataclass(frozen=True)
class _Kind:
    name: str
    known: bool
    regex: re.Pattern
    nearest: str | None


class Scheme:
    """The pack's classification scheme: levels in order, foreign markings, how to spot them."""

    def __init__(self, pack):
        cfg = CLASSIFICATIONS.read(pack)
        self.section = cfg["section"]
        self.levels: tuple[str, ...] = tuple(lv["name"] for lv in cfg["levels"])
        kinds = [_Kind(f["name"], False, re.compile(rf"(?<![\w-])(?:{f['pattern']})(?![\w-])", re.I),
                       f.get("nearest")) for f in cfg["foreign"]]
        kinds += [_Kind(lv["name"], True, re.compile(rf"(?<![\w-])(?:{lv['pattern']})(?![\w-])", re.I), None)
                  for lv in cfg["levels"]]
        self.kinds = tuple(kinds)
        ends = sorted(cfg["endorsements"], key=len, reverse=True)
        self.endorsement_re = (re.compile(
            r"\s*(?:[:\-–—/,]|//)?\s*(" + "|".join(re.escape(e) for e in ends) + r")(?![\w-])", re.I)
            if ends else None)
        self.property_res = [re.compile(p, re.I) for p in cfg["property_names"]]
        self.lead_ins = [re.compile(p + r"\s*$", re.I) for p in cfg["lead_ins"]]
        self.weak_lead_ins = [re.compile(p + r"\s*$", re.I) for p in cfg["weak_lead_ins"]]
        self.guidance = [re.compile(p, re.I) for p in cfg["guidance"]]

    def rank(self, name: str) -> int | None:
        """Position of a level in the scheme (0 = lowest), None for anything else."""
        return self.levels.index(name) if name in self.levels else None

    def is_property(self, name: str) -> bool:
        return any(rx.search(name) for rx in self.property_res)

    def spans(self, text: str) -> list[tuple[int, int, _Kind, str | None]]:
        """Every candidate marking in the text (start, end incl. endorsement, kind, endorsement).
        Where candidates overlap the longest wins, so "Commercial in confidence" is not read as
        IN-CONFIDENCE and "TOP SECRET" not as SECRET."""
        candidates = [(m.start(), m.end(), kind) for kind in self.kinds for m in kind.regex.finditer(text)]
        candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2].known))
        found: list[tuple[int, int, _Kind, str | None]] = []
        for start, end, kind in candidates:
            if any(start < e and s < end for s, e, _, _ in found):
                continue
            endorsement = None
            if kind.known and self.endorsement_re is not None:
                em = self.endorsement_re.match(text, end)
                if em:
                    end, endorsement = em.end(), em.group(1).upper()
            found.append((start, end, kind, endorsement))
        return sorted(found, key=lambda f: f[0])


def _upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _caps_word(word: str) -> bool:
    return len(word) > 1 and _upper(word) and any(c.isalpha() for c in word)


class Classification:
    """Every classification the document states, and the one that counts."""

    def __init__(self, facts: Facts, section: str | None = None):
        self.facts = facts
        self.scheme = facts.get(scheme)
        self.section = section or self.scheme.section  # where the classification is stated

    # -- what the document says ---------------------------------------------
    @cached_property
    def section_present(self) -> bool:
        return bool(self.section) and self.facts.outline.has(self.section)

    @cached_property
    def statements(self) -> tuple[Marking, ...]:
        """Markings stated in the body: the classification section's drop-down, lines and sentences;
        when that section states none (or there is no such section), sentences anywhere in the body
        that state one ("All information shared at the meeting is classified IN-CONFIDENCE")."""
        fill = self.facts.get(filler)
        if self.section_present:
            found = self._stated_in(self.facts.outline.blocks_of(self.section), fill)
            if found:
                return found
        section = set(b.index for b in self.facts.outline.blocks_of(self.section or ""))
        elsewhere = [b for b in self.facts.document.blocks if not b.in_toc and b.index not in section]
        return self._stated_in(elsewhere, fill)

    def _stated_in(self, blocks, fill) -> tuple[Marking, ...]:
        from .. import nlp

        found: list[Marking] = []
        alone: list[tuple[int, Block, Marking]] = []  # (position among non-empty blocks, ...)
        position = 0
        for block in blocks:
            controls = [c for c in block.controls if not c.showing_placeholder and c.kind != "checkbox"]
            for control in controls:
                found.extend(self._markings(control.text, "control", block, lambda *_: True))
            text = fill.substance(block)
            if not text:
                continue
            position += 1
            whole = self._alone_in(text, block)
            if whole is not None:
                alone.append((position, block, whole))
                continue
            if BOXES.search(text):  # "Classification: ☒ IN-CONFIDENCE ☐ SENSITIVE": the ticked one
                found.extend(self._markings(text, "statement", block, lambda t, s, e: box_before(t, s) is True))
                continue
            for sentence in nlp.sentences(text):
                if any(rx.search(sentence) for rx in self.scheme.guidance):
                    continue
                found.extend(self._markings(sentence, "statement", block, self._introduced))
        found.extend(self._not_a_choice_list(alone))
        return tuple(_dedupe(found))

    @cached_property
    def markings(self) -> tuple[Marking, ...]:
        """Markings in the page headers and footers and in custom document properties."""
        doc = self.facts.document
        found: list[Marking] = []
        for source, blocks in (("header", doc.headers), ("footer", doc.footers)):
            for block in blocks:
                found.extend(self._markings(block.text, source, block, self._marking_in_margin))
        for name, value in doc.properties.custom.items():
            if self.scheme.is_property(name):
                for m in self._markings(str(value), "property", None, lambda *_: True)[:1]:
                    found.append(Marking(**{**m.__dict__, "property": name}))
        return tuple(_dedupe(found))

    # -- what counts ---------------------------------------------------------
    @cached_property
    def stated(self) -> Marking | None:
        """The classification that counts: the highest level the body states, else the first
        foreign marking it states, else the first header, footer or property marking."""
        for group in (self.statements, self.markings):
            known = [m for m in group if m.known]
            if known:
                return max(known, key=lambda m: self.scheme.rank(m.name))
            if group:
                return group[0]
        return None

    @cached_property
    def mismatches(self) -> tuple[Marking, ...]:
        """Header, footer and property markings of a level the body does not state (one per level)."""
        body = {m.name for m in self.statements if m.known}
        if not body:
            return ()
        out: dict[str, Marking] = {}
        for m in self.markings:
            if m.known and m.name not in body:
                out.setdefault(m.name, m)
        return tuple(out.values())

    @cached_property
    def foreign(self) -> tuple[Marking, ...]:
        """Markings that are not levels of the scheme, one per marking, body statements first."""
        out: dict[str, Marking] = {}
        for m in (*self.statements, *self.markings):
            if not m.known:
                out.setdefault(m.name, m)
        return tuple(out.values())

    # -- recognising ---------------------------------------------------------
    def _markings(self, text: str, source: str, block: Block | None, accept) -> list[Marking]:
        out = []
        for start, end, kind, endorsement in self.scheme.spans(text):
            if accept(text, start, end):
                out.append(Marking(name=kind.name, known=kind.known, text=text[start:end].strip(),
                                   endorsement=endorsement, source=source, block=block,
                                   nearest=kind.nearest))
        return out

    def _introduced(self, text: str, start: int, end: int) -> bool:
        """A marking in running text: after a lead-in ("classified as"), or in capitals after a weak one."""
        before = text[:start].rstrip(" \"“‘'")
        if self._followed_by_list(text, end):
            return False
        if any(rx.search(before) for rx in self.scheme.lead_ins):
            return True
        return _upper(text[start:end]) and any(rx.search(before) for rx in self.scheme.weak_lead_ins)

    def _followed_by_list(self, text: str, end: int) -> bool:
        """"IN-CONFIDENCE or SENSITIVE": a choice, not a statement."""
        rest = text[end:]
        m = re.match(r"\s*(?:,|/|\bor\b|\band\b)\s*", rest, re.I)
        return bool(m) and any(s == end + m.end() for s, _, _, _ in self.scheme.spans(text))

    def _alone_in(self, text: str, block: Block) -> Marking | None:
        """The block holds nothing but one marking (optionally after a label such as "Classification:")."""
        spans = self.scheme.spans(text)
        if len(spans) != 1 or len(text.split()) > MAX_ALONE_WORDS:
            return None
        start, end, kind, endorsement = spans[0]
        before = text[:start].strip(" :-–—\"“”‘’'")
        after = text[end:].strip(" .;:\"“”‘’'")
        if after or (before and not any(rx.search(text[:start]) for rx in self.scheme.lead_ins)):
            return None
        return Marking(name=kind.name, known=kind.known, text=text[start:end].strip(), endorsement=endorsement,
                       source="statement", block=block, nearest=kind.nearest)

    @staticmethod
    def _not_a_choice_list(alone: list[tuple[int, Block, Marking]]) -> list[Marking]:
        """Drop runs of consecutive stand-alone lines (outside tables) that name different levels:
        the template's list of choices pasted as text."""
        keep: list[Marking] = []
        run: list[tuple[int, Block, Marking]] = []

        def flush():
            if len({m.name for _, _, m in run}) <= 1:
                keep.extend(m for _, _, m in run)
            run.clear()

        for item in alone:
            position, block, _ = item
            if not (run and block.table is None and run[-1][1].table is None and position == run[-1][0] + 1):
                flush()
            run.append(item)
        flush()
        return keep

    def _marking_in_margin(self, text: str, start: int, end: int) -> bool:
        """A header or footer marking: alone in its segment, or in capitals and not part of
        a longer run of capitals ("SENSITIVE CLAIMS UNIT" is a name, not a marking)."""
        seg_start = max(text.rfind(ch, 0, start) for ch in SEPARATORS) + 1
        seg_end = min([i for i in (text.find(ch, end) for ch in SEPARATORS) if i >= 0] or [len(text)])
        before = text[seg_start:start].strip(" -:([")
        after = text[end:seg_end].strip(" -:.)]")
        if not before and not after:
            return True
        if not _upper(text[start:end]):
            return False
        prev_words = before.split()[-1:] if before else []
        next_words = after.split()[:1] if after else []
        return not any(_caps_word(w.strip("(),.:;")) for w in prev_words + next_words)


def _dedupe(markings: list[Marking]) -> list[Marking]:
    seen: set[tuple] = set()
    out = []
    for m in markings:
        key = (m.name, m.source, m.block.index if m.block else m.property)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def scheme(facts: Facts) -> Scheme:
    """The pack's classification scheme, compiled once per pack."""
    return facts.pack.compiled("classification_scheme", Scheme)


def classification(facts: Facts, section: str | None = None) -> Classification:
    """The document's classification, stated in ``[classifications] section`` unless another is named."""
    return Classification(facts, section)
