"""Reporters: pure functions from (pack, results) to text.

One module per format; ``REPORTERS`` maps the ``--format`` name to the
reporter.  A reporter never re-reads a document: everything it prints is in
the findings and the pack's rule metadata.
"""

from __future__ import annotations

from typing import Protocol, Sequence

from ..findings import FileResult
from ..pack import Pack


class Reporter(Protocol):
    def render(self, pack: Pack, results: Sequence[FileResult]) -> str: ...


def summary(results: Sequence[FileResult]) -> dict:
    """Counts every format reports the same way."""
    by_rule: dict[str, int] = {}
    by_severity = {"error": 0, "warning": 0, "info": 0}
    for r in results:
        for f in r.findings:
            by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
            by_severity[f.severity] += 1
    return {
        "files": len(results),
        "files_with_findings": sum(1 for r in results if r.findings),
        "unreadable_files": sum(1 for r in results if r.status == "error"),
        "findings": sum(len(r.findings) for r in results),
        "by_severity": by_severity,
        "by_rule": dict(sorted(by_rule.items())),
    }


def _registry():
    from .json import JsonReporter
    from .junit import JunitReporter
    from .sarif import SarifReporter
    from .text import TextReporter

    return {"text": TextReporter, "json": JsonReporter, "sarif": SarifReporter, "junit": JunitReporter}


REPORTERS = _registry()
