"""`isplint register`: one row per protocol for an audit, from the same facts the rules use."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from linter.cli import main
from tests.protocols import build_protocol


def register(*args):
    r = CliRunner().invoke(main, ["register", "--as-of", "2026-11-24", *map(str, args)], catch_exceptions=False)
    assert r.exit_code in (0, 1), r.output
    return r


def test_json_register_describes_each_protocol(tmp_path):
    build_protocol("styles").save(tmp_path / "a-good.docx")
    build_protocol("form-table", omit=("review",)).save(tmp_path / "b-no-review.docx")
    (tmp_path / "c-broken.docx").write_bytes(b"PK\x03\x04 not really")
    r = register("--format", "json", "-j", "2", tmp_path)
    assert r.exit_code == 1
    doc = json.loads(r.output)
    assert doc["as_of"] == "2026-11-24"
    good, no_review, broken = doc["protocols"]
    assert good["status"] == "ok" and good["errors"] == good["warnings"] == 0 and good["rules"] == []
    assert good["lead_agency"] == "New Zealand Police"
    assert len(good["attending_agencies"]) == 5
    assert good["purposes"] == 2
    assert {"Family Violence Act 2018", "Oranga Tamariki Act 1989", "Privacy Act 2020"} <= set(good["authorities"])
    assert good["classification"] == "IN-CONFIDENCE"
    assert good["review_months"] == 24 and good["review_owner"] == "New Zealand Police"
    assert good["approved"] == "2026-03-09" and good["review_due"] == "2028-03-09"
    assert good["review_status"] == "current" and good["signatories"] == 5
    assert no_review["rules"] == ["ISP101"] and no_review["review_status"] == "unknown"
    assert broken["status"] == "unreadable" and broken["rules"] == ["ISP001"]


def test_review_status_overdue(tmp_path):
    build_protocol("styles").save(tmp_path / "p.docx")
    r = CliRunner().invoke(main, ["register", "--format", "json", "--as-of", "2028-06-01", str(tmp_path)])
    (p,) = json.loads(r.output)["protocols"]
    assert p["review_status"] == "overdue" and "ISP604" in p["rules"]


def test_csv_register_opens_in_excel(tmp_path):
    build_protocol("numbered-bold").save(tmp_path / "p.docx")
    out = tmp_path / "register.csv"
    register("-o", out, tmp_path)
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 1
    assert rows[0]["status"] == "ok" and rows[0]["errors"] == "0"
    assert "Kāinga Ora – Homes and Communities" in rows[0]["attending_agencies"].split("; ")
