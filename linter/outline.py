"""Find a protocol's headings and map them to the pack's sections.

Real protocols mark headings in several ways.  In order of trust:

* **styled** - a Heading 1-9 style, or any style or paragraph that carries
  an outline level (renamed and localised heading styles do);
* **numbered** - a short bold paragraph that starts with a number
  ("4. Legal authority to share", "4.2 Security controls");
* **form rows** - the left column of a two-column form table
  ("Review period | 12 months") when the table has at least two such rows;
* **emphasised** - a short line that is all bold or all capitals.

Styled and numbered headings always open a section (known or not), so the
body of a section stops at the next heading of the same or higher level.
An emphasised line is a heading only when it names a pack section or one of
the pack's other known headings (Background, Definitions ...): otherwise a
bold sub-label such as "Requirements" inside a section would cut it short.
Table-of-contents entries are never headings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

from .model import Block, Document
from .pack import Pack

NUMBERED_RE = re.compile(r"^\s*(?:(?:section|part|clause)\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+(?=\D)", re.I)
# "Schedule 1 – Legal authorities", "Annex A: Signatures", "Appendix 2 - ..."
ANNEX_RE = re.compile(
    r"^\s*(?:schedule|annex|annexure|appendix|attachment|part)\s+(?:[0-9]{1,2}|[A-Z]|[IVX]{1,4})\b\s*[-–—:.]?\s*",
    re.I,
)
MAX_HEADING_WORDS = 12


@dataclass(frozen=True)
class Section:
    """A heading and the blocks under it."""

    key: str | None  # the pack's section key; None for a heading the pack does not know
    title: str  # the heading as written
    level: int  # 1 = top level
    heading: Block
    blocks: tuple[Block, ...]  # the body: everything up to the next heading of the same or higher level
    form_row: bool = False  # a row of a form table: heading in the left cell, body in the right

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


def normalise(text: str) -> str:
    """Lower-case heading words without numbering, punctuation or '(s)'."""
    text = unicodedata.normalize("NFKD", text).replace("’", "'")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))  # Māori -> Maori
    text = ANNEX_RE.sub("", text)
    text = NUMBERED_RE.sub("", text)
    text = re.sub(r"\(s\)", "s", text, flags=re.I)
    text = re.sub(r"[*:()\[\]\"'.,;/–—-]+", " ", text)
    return " ".join(text.lower().split())


class SectionMatcher:
    """Maps heading text to a section key of the pack, fuzzily."""

    def __init__(self, pack: Pack):
        cfg = pack.vocab("outline", {}) or {}
        self.cutoff = float(cfg.get("score_cutoff", 88))
        self.stopwords = frozenset(cfg.get("stopwords", ["the", "of", "and", "for", "to", "a", "an", "this", "our", "we", "in", "on"]))
        self.names: list[tuple[str, str]] = []  # (normalised phrase, key)
        for spec in pack.sections:
            for phrase in (spec.name, *spec.synonyms):
                self.names.append((normalise(phrase), spec.key))
        self.other = [normalise(h) for h in cfg.get("other_headings", [])]

    def match(self, text: str) -> tuple[str | None, float]:
        norm = normalise(text)
        if not norm or norm in self.other:  # a known other heading is never a section
            return None, 0.0
        best_key, best = None, 0.0
        words = self._content(norm)
        for phrase, key in self.names:
            if norm == phrase:
                return key, 100.0
            score = fuzz.token_sort_ratio(norm, phrase)
            pwords = self._content(phrase)
            # A heading that holds all the words of a multi-word name, plus a
            # few of its own ("Legal authority to share information").
            if len(pwords) >= 2 and pwords <= words and len(words - pwords) <= 3:
                score = max(score, 92.0)
            if score > best:
                best_key, best = key, score
        return (best_key, best) if best >= self.cutoff else (None, best)

    def is_other(self, text: str) -> bool:
        norm = normalise(text)
        return any(norm == o or (norm.startswith(o + " ") and len(o) > 3) for o in self.other)

    def _content(self, norm: str) -> frozenset[str]:
        return frozenset(w.rstrip("s") for w in norm.split() if w not in self.stopwords)


@dataclass(frozen=True)
class _Candidate:
    block: Block
    level: int
    trusted: bool  # styled or numbered: a boundary even when the pack does not know it


def _words(text: str) -> int:
    return len(text.split())


def _heading_candidate(block: Block) -> _Candidate | None:
    text = block.text.strip()
    if not text or block.in_toc or block.part not in ("document", "textbox") or block.table_depth:
        return None
    if _words(text) > 30:
        return None
    if block.outline_level is not None:
        return _Candidate(block, block.outline_level + 1, True)
    if _words(text) > MAX_HEADING_WORDS or text.endswith((".", ";", ",")) and not NUMBERED_RE.match(text + " "):
        return None
    m = NUMBERED_RE.match(text)
    if m and block.bold:
        return _Candidate(block, m.group(1).count(".") + 1, True)
    if block.bold and block.list_level is not None:
        return _Candidate(block, block.list_level + 1, True)
    if block.bold or (block.all_caps and sum(ch.isalpha() for ch in text) >= 4):
        return _Candidate(block, 0, False)  # level fixed once the styled headings are known
    return None


class Outline:
    """The document's sections, found once and shared by every check."""

    def __init__(self, document: Document, pack: Pack):
        self.document = document
        self.pack = pack
        self.matcher = SectionMatcher(pack)

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        return tuple(sorted(self._body_sections() + self._form_sections(),
                            key=lambda s: s.heading.index))

    def by_key(self, key: str) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.key == key)

    def has(self, key: str) -> bool:
        return any(s.key == key for s in self.sections)

    def following(self, key: str) -> Section | None:
        """Where a missing section belongs: the first later section of the
        template (pack order) that the document has, as a body heading."""
        order = [s.key for s in self.pack.sections]
        if key not in order:
            return None
        for later in order[order.index(key) + 1:]:
            for s in self.by_key(later):
                if not s.form_row:
                    return s
        return None

    def blocks_of(self, key: str) -> tuple[Block, ...]:
        """Body blocks of every section with this key, each block once, in order."""
        seen: dict[int, Block] = {}
        for s in self.by_key(key):
            for b in s.blocks:
                seen.setdefault(b.index, b)
        return tuple(seen[i] for i in sorted(seen))

    @cached_property
    def _heading_of(self) -> dict[int, Section]:
        """Innermost section for each body block index (form rows beat the section around them)."""
        out: dict[int, Section] = {}
        for s in sorted(self.sections, key=lambda s: (s.form_row, s.level)):
            out[s.heading.index] = s
            for b in s.blocks:
                out[b.index] = s
        return out

    def section_at(self, block: Block) -> Section | None:
        if block.part not in ("document", "textbox"):
            return None
        return self._heading_of.get(block.index)

    # -- building --------------------------------------------------------
    def _body_sections(self) -> list[Section]:
        blocks = self.document.blocks
        cands = [c for c in (_heading_candidate(b) for b in blocks) if c]
        headings: list[tuple[_Candidate, str | None]] = []
        current_trusted_level = 0
        for c in cands:
            key, _ = self.matcher.match(c.block.text)
            if c.trusted:
                current_trusted_level = c.level
                headings.append((c, key))
            elif key is not None or self.matcher.is_other(c.block.text):
                level = current_trusted_level + 1 if current_trusted_level else 1
                headings.append((_Candidate(c.block, level, False), key))
        sections = []
        pos = {b.index: i for i, b in enumerate(blocks)}
        for n, (c, key) in enumerate(headings):
            start = pos[c.block.index] + 1
            end = len(blocks)
            for later, _ in headings[n + 1:]:
                if later.level <= c.level:
                    end = pos[later.block.index]
                    break
            sections.append(Section(key=key, title=c.block.text.strip(), level=c.level,
                                    heading=c.block, blocks=tuple(blocks[start:end])))
        return sections

    def _form_sections(self) -> list[Section]:
        by_index = {b.index: b for b in self.document.blocks}
        out: list[Section] = []
        for table in self.document.tables:
            rows = []
            for row in table.rows:
                filled = [c for c in row if c.blocks]
                if len(row) != 2 or len(filled) < 1 or not row[0].blocks:
                    continue
                label = row[0].text.strip()
                if not label or _words(label) > MAX_HEADING_WORDS:
                    continue
                key, _ = self.matcher.match(label)
                if key:
                    rows.append((key, row))
            # A form has several labelled rows; a one-row two-column table is a
            # form of its own ("Review | Every 24 months").  A single matching
            # row in a bigger table is more likely a column header.
            if len({k for k, _ in rows}) < 2 and len(table.rows) != 1:
                continue
            for key, row in rows:
                heading = by_index[row[0].blocks[0]]
                body = tuple(by_index[i] for i in row[1].blocks)
                out.append(Section(key=key, title=row[0].text.strip(), level=99, heading=heading,
                                   blocks=body, form_row=True))
        return out
