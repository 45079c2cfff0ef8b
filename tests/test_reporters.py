"""Reporters: SARIF and JUnit carry the same findings as JSON, in their own shapes."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from linter.cli import main
from tests.protocols import build_protocol


@pytest.fixture
def files(tmp_path):
    good, bad, broken = tmp_path / "good.docx", tmp_path / "bad.docx", tmp_path / "broken.docx"
    build_protocol("styles").save(good)
    build_protocol("styles", omit=("breach-management",)).save(bad)
    broken.write_bytes(b"PK\x03\x04 truncated")
    return good, bad, broken


def lint(*args):
    return CliRunner().invoke(main, ["lint", *map(str, args)], catch_exceptions=False)


def test_sarif(files):
    good, bad, broken = files
    r = lint("--format", "sarif", good, bad, broken)
    assert r.exit_code == 1
    doc = json.loads(r.output)
    assert doc["version"] == "2.1.0"
    (run,) = doc["runs"]
    rules = run["tool"]["driver"]["rules"]
    ids = [x["id"] for x in rules]
    assert "ISP101" in ids and len(ids) == len(set(ids))
    results = run["results"]
    by_rule = {x["ruleId"]: x for x in results}
    isp101 = by_rule["ISP101"]
    assert isp101["level"] == "error"
    assert rules[isp101["ruleIndex"]]["id"] == "ISP101"
    assert isp101["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == str(bad)
    assert isp101["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
    assert isp101["properties"]["data"] == {"section": "breach-management"}
    assert isp101["partialFingerprints"]["isplint/v1"]
    assert by_rule["ISP001"]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == str(broken)
    assert not any(x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == str(good) for x in results)


def test_fingerprint_survives_moving_paragraphs(tmp_path):
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    build_protocol("styles", omit=("review",)).save(a)
    doc = build_protocol("styles", omit=("review",))
    doc.doc.paragraphs[1].insert_paragraph_before("An extra paragraph near the top.")
    doc.save(b)
    fa = [x for x in json.loads(lint("--format", "sarif", a).output)["runs"][0]["results"] if x["ruleId"] == "ISP101"]
    fb = [x for x in json.loads(lint("--format", "sarif", b).output)["runs"][0]["results"] if x["ruleId"] == "ISP101"]
    assert fa[0]["locations"][0]["physicalLocation"]["region"] != fb[0]["locations"][0]["physicalLocation"]["region"]
    assert fa[0]["partialFingerprints"] == fb[0]["partialFingerprints"]


def test_junit(files):
    good, bad, broken = files
    r = lint("--format", "junit", good, bad, broken)
    root = ET.fromstring(r.output)
    suite = root.find("testsuite")
    assert suite.get("tests") == "3" and suite.get("failures") == "1" and suite.get("errors") == "1"
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert list(cases[str(good)]) == []
    assert "ISP101" in cases[str(bad)].find("failure").text
    assert "ISP001" in cases[str(broken)].find("error").text


def test_every_output_says_what_is_wrong_and_how_to_fix_it(files, tmp_path):
    """JSON and SARIF keep the message and the fix apart; text, JUnit and Word comments show both."""
    good, bad, broken = files
    findings = {f["rule"]: f for r in json.loads(lint("--format", "json", bad, broken).output)["files"]
                for f in r["findings"]}
    isp101, isp001 = findings["ISP101"], findings["ISP001"]
    for f in (isp101, isp001):
        assert f["message"] and f["fix"] and f["fix"] not in f["message"]

    sarif = json.loads(lint("--format", "sarif", bad, broken).output)["runs"][0]
    for result in sarif["results"]:
        f = findings[result["ruleId"]]
        assert result["message"]["text"] == f["message"] and result["properties"]["fix"] == f["fix"]
    assert all("{" not in r["help"]["text"] for r in sarif["tool"]["driver"]["rules"])

    text = lint(bad, broken).output
    junit = lint("--format", "junit", bad, broken).output
    for f in (isp101, isp001):
        assert f"{f['message']} {f['fix']}" in text
        assert f"{f['message']} {f['fix']}" in "".join(ET.fromstring(junit).itertext())

    from linter.docx_reader import read_document
    from linter.loader import open_package

    copy = tmp_path / "copy.docx"
    CliRunner().invoke(main, ["annotate", str(bad), "-o", str(copy)], catch_exceptions=False)
    (comment,) = read_document(open_package(copy)).comments
    assert comment.text.endswith(f"{isp101['message']} {isp101['fix']}")
