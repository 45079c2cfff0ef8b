"""The protocol register: one row per protocol, for a privacy office's audit.

A privacy office auditing hundreds of legacy protocols needs, for each one,
what it is, who is party to it, under what authorities, how it is secured,
when it is due for review, and how many problems it has.  The register reads
each document once and takes every column from the same facts the rules use,
so the register and the findings cannot disagree.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any, Sequence

from . import __version__
from .engine import ReadOptions, failed, read, run_checks
from .errors import InputProblem
from .facts import Facts, Options
from .findings import FileResult
from .pack import Pack

COLUMNS = (
    "path", "status", "title", "attending_agencies", "lead_agency", "purposes", "authorities",
    "classification", "review_months", "review_owner", "approved", "review_due", "review_status",
    "signatories", "errors", "warnings", "info", "rules",
)


@dataclass(frozen=True)
class Entry:
    result: FileResult
    record: dict[str, Any] = field(default_factory=dict)


def _title(facts: Facts) -> str:
    if facts.document.properties.title:
        return facts.document.properties.title
    first = next((b.text.strip() for b in facts.document.blocks if b.text.strip()), "")
    return first[:120]


def _facts_record(facts: Facts) -> dict[str, Any]:
    """The register columns that describe the protocol itself (not its findings)."""
    from .facts.authorities import purpose_authorities
    from .facts.classification import classification
    from .facts.review import review
    from .facts.attendance import attending_agencies, lead_agency
    from .facts.signatures import signatories

    mapping = facts.get(purpose_authorities)
    acts = sorted({c.act for c in mapping.citations if c.act})
    stated = facts.get(classification).stated
    terms = facts.get(review)
    lead = facts.get(lead_agency)
    due = terms.due
    return {
        "title": _title(facts),
        "attending_agencies": [a.name for a in facts.get(attending_agencies)],
        "lead_agency": lead.name if lead else None,
        "purposes": len(mapping.purposes),
        "authorities": acts,
        "classification": stated.name if stated else None,
        "review_months": terms.period.months if terms.period else None,
        "review_owner": terms.owner,
        "approved": terms.approved.isoformat() if terms.approved else None,
        "review_due": due.isoformat() if due else None,
        "review_status": terms.status(facts.options.as_of),
        "signatories": len(facts.get(signatories)),
    }


def _counts(result: FileResult) -> dict[str, Any]:
    sev = {"error": 0, "warning": 0, "info": 0}
    for f in result.findings:
        sev[f.severity] += 1
    return {"errors": sev["error"], "warnings": sev["warning"], "info": sev["info"],
            "rules": sorted({f.rule for f in result.findings})}


def register_path(path: str, pack: Pack, options: Options, read_options: ReadOptions) -> Entry:
    """Read one protocol once: its findings and its register row.  Never raises."""
    try:
        facts = Facts(read(path, read_options), pack, options)
        result = FileResult(path=path, status="ok", findings=tuple(run_checks(facts)))
        return Entry(result, {"path": path, "status": "ok", **_facts_record(facts), **_counts(result)})
    except Exception as exc:  # noqa: BLE001 - a bug in isplint must not end the audit
        result = failed(path, pack, exc)
        status = "unreadable" if isinstance(exc, InputProblem) else "error"
        return Entry(result, {"path": path, "status": status, **_counts(result)})


def render_csv(entries: Sequence[Entry]) -> str:
    """CSV that opens in Excel: lists joined with "; ", missing values empty."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for e in entries:
        writer.writerow({k: _cell(e.record.get(k)) for k in COLUMNS})
    return "\ufeff" + out.getvalue()  # a byte-order mark so that Excel reads macrons as UTF-8


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def render_json(entries: Sequence[Entry], options: Options) -> str:
    doc = {
        "version": 1,
        "tool": {"name": "isplint", "version": __version__},
        "as_of": options.as_of.isoformat(),
        "protocols": [{k: e.record.get(k) for k in COLUMNS} for e in entries],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
