"""Machine-readable results (schema version 1; other tools parse this, keep it stable)."""

from __future__ import annotations

import json
from typing import Sequence

from .. import __version__
from ..findings import FileResult
from ..pack import Pack


def finding_dict(f) -> dict:
    return {
        "rule": f.rule,
        "name": f.name,
        "severity": f.severity,
        "message": f.message,
        "fix": f.fix,
        "location": f.location.as_dict(),
        "data": dict(f.data),
    }


class JsonReporter:
    def render(self, pack: Pack, results: Sequence[FileResult]) -> str:
        from . import summary

        doc = {
            "version": 1,
            "tool": {"name": "isplint", "version": __version__, "pack": pack.name},
            "files": [
                {"path": r.path, "status": r.status, "findings": [finding_dict(f) for f in r.findings]}
                for r in results
            ],
            "summary": summary(results),
        }
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
