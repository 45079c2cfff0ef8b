"""Facts: what a protocol states, computed once per document and shared.

A :class:`Facts` object wraps the document model, the outline and the pack.
Fact functions live in the modules of this package (``filler``,
``authorities``, ``classification`` ...); each takes a ``Facts`` and returns
an immutable value.  ``facts.get(fn)`` computes a fact the first time a
check asks for it and caches it, so rules, ``annotate`` and the register
share one reading of the document, and facts no enabled rule needs are
never computed (spaCy is loaded only by the facts that use it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, Callable, TypeVar

from ..findings import Location
from ..model import Block, Document
from ..outline import Outline, Section
from ..pack import Pack

T = TypeVar("T")


@dataclass(frozen=True)
class Options:
    """Run options that change what some checks report."""

    as_of: date = field(default_factory=date.today)  # "today" for overdue reviews
    final: bool = False  # checking a final version for sign-off: stricter signatory rules


class Facts:
    def __init__(self, document: Document, pack: Pack, options: Options | None = None):
        self.document = document
        self.pack = pack
        self.options = options or Options()
        self._cache: dict[Any, Any] = {}

    @cached_property
    def outline(self) -> Outline:
        return Outline(self.document, self.pack)

    def get(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(self, *args)``, computed once per document (a fact read from one section of
        several takes the section key as its argument, and each section is read once; None
        arguments are left to the fact's defaults)."""
        while args and args[-1] is None:
            args = args[:-1]
        key = (fn, *args) if args else fn
        if key not in self._cache:
            self._cache[key] = fn(self, *args)
        return self._cache[key]

    def location(self, block: Block | None) -> Location:
        """Where a block is, for a finding: part, paragraph, section heading, table cell."""
        if block is None:
            return Location()
        section = self.outline.section_at(block)
        return Location(
            part=block.part,
            paragraph=block.index,
            section=section.title if section else None,
            table=block.table,
            row=block.row,
            cell=block.cell,
        )

    def section_location(self, section: Section) -> Location:
        return self.location(section.heading)

    def section_or_place(self, key: str) -> Location:
        """A section's heading; for a missing section, where it belongs (the next
        template section present, else the end of the document)."""
        present = self.outline.by_key(key)
        if present:
            return self.section_location(present[0])
        following = self.outline.following(key)
        return self.section_location(following) if following else self.end_location()

    def end_location(self) -> Location:
        """The end of the document body, for things that should be there and are not."""
        blocks = self.document.blocks
        return self.location(blocks[-1]) if blocks else Location()
