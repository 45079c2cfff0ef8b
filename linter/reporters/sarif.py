"""SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps, GitLab).

A Word document has no lines, so a result's region uses the paragraph
number as its line (``startLine``), and the section heading, part and table
cell are given as a logical location and in the result's properties.  A
result's message says what is wrong; how to fix it is the result's
``properties.fix`` (and, for the rule in general, the rule's ``help``):
SARIF's own ``fixes`` are byte-level edits, which a finding's fix is not.
"""

from __future__ import annotations

import json
from typing import Sequence

from .. import __version__
from ..findings import FileResult
from ..pack import Pack
from ..rule_docs import generic

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _descriptor(rule) -> dict:
    text = rule.explanation.strip() or rule.summary
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": " ".join(text.split())},
        "help": {"text": generic(rule.fix) or rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }


def _result(path: str, f, rule_index: dict[str, int]) -> dict:
    loc = f.location
    physical = {"artifactLocation": {"uri": path}}
    if loc.paragraph:
        physical["region"] = {"startLine": loc.paragraph}
    location: dict = {"physicalLocation": physical}
    if loc.section:
        location["logicalLocations"] = [{"name": loc.section, "kind": "section"}]
    result = {
        "ruleId": f.rule,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [location],
        "partialFingerprints": {"isplint/v1": f.fingerprint(path)},
        "properties": {"fix": f.fix, "location": loc.as_dict(), "data": dict(f.data)},
    }
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    return result


class SarifReporter:
    def render(self, pack: Pack, results: Sequence[FileResult]) -> str:
        rules = list(pack.rules)
        rule_index = {r.code: i for i, r in enumerate(rules)}
        run = {
            "tool": {"driver": {
                "name": "isplint", "version": __version__,
                "rules": [_descriptor(r) for r in rules],
            }},
            "artifacts": [{"location": {"uri": r.path}} for r in results],
            "results": [_result(r.path, f, rule_index) for r in results for f in r.findings],
        }
        return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"
