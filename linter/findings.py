"""Findings and per-file results: what checks produce and reporters print."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Mapping

SEVERITIES = ("info", "warning", "error")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Location:
    """Where a person finds the problem in Word."""

    part: str = "document"  # document | textbox | header | footer | footnote | endnote | comment | file
    paragraph: int | None = None  # 1-based paragraph number within the part
    section: str | None = None  # the heading the paragraph sits under, as written
    table: int | None = None
    row: int | None = None
    cell: int | None = None

    def describe(self) -> str:
        """'section "Review", table 2 row 3 cell 1' for human-readable reports."""
        bits = []
        if self.part not in ("document", "file"):
            bits.append(self.part)
        if self.section:
            bits.append(f'section "{self.section}"')
        if self.table is not None:
            cell = f"table {self.table}"
            if self.row is not None:
                cell += f" row {self.row}"
            if self.cell is not None:
                cell += f" cell {self.cell}"
            bits.append(cell)
        return ", ".join(bits)

    def as_dict(self) -> dict[str, Any]:
        return {
            "part": self.part,
            "paragraph": self.paragraph,
            "section": self.section,
            "table": self.table,
            "row": self.row,
            "cell": self.cell,
        }


@dataclass(frozen=True)
class Finding:
    rule: str  # ISP101
    name: str  # missing-section
    severity: str  # error | warning | info
    message: str  # what is wrong, in plain English
    location: Location = field(default_factory=Location)
    data: Mapping[str, Any] = field(default_factory=dict)
    fix: str = ""  # how to fix it, in plain English

    @property
    def text(self) -> str:
        """What is wrong, then how to fix it: the one line a person reads."""
        return f"{self.message} {self.fix}" if self.fix else self.message

    def fingerprint(self, path: str = "") -> str:
        """A stable id for baselines: rule, part, section and the key facts, not the paragraph number."""
        key = "|".join(
            [self.rule, self.location.part, self.location.section or "", repr(sorted(self.data.items()))]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    def sort_key(self):
        from .model import PARTS

        part = PARTS.index(self.location.part) if self.location.part in PARTS else -1
        return (part, self.location.paragraph or 0, self.rule, repr(sorted(self.data.items())))


@dataclass(frozen=True)
class FileResult:
    path: str
    status: str  # ok | error
    findings: tuple[Finding, ...] = ()

    def worst(self) -> int:
        return max((severity_rank(f.severity) for f in self.findings), default=-1)
