"""The isplint command line: output formats, exit codes, folders, bad input."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.pack import default_pack_path
from tests.protocols import build_protocol


def run(*args):
    result = CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)
    return result


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.docx"
    build_protocol("styles").save(path)
    return path


@pytest.fixture
def no_review(tmp_path):
    path = tmp_path / "no-review.docx"
    build_protocol("styles", omit=("review",)).save(path)
    return path


def test_clean_file_exits_0(good):
    r = run("lint", good)
    assert r.exit_code == 0, r.output
    assert "No problems found in 1 file." in r.output


def test_text_output_one_line_per_finding_with_summary(no_review):
    r = run("lint", no_review)
    assert r.exit_code == 1
    lines = [line for line in r.output.splitlines() if line]
    isp101 = [line for line in lines if " ISP101 " in line]
    assert len(isp101) == 1
    path, para, rest = isp101[0].split(":", 2)
    assert path == str(no_review) and int(para) > 0
    assert rest.startswith(" ISP101 [error] The protocol has no \"Review\" section.")
    assert lines[-1].startswith("1 finding") or "finding" in lines[-1]


def test_json_output_schema(no_review, good, tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip at all")
    r = run("lint", "--format", "json", no_review, good, bad)
    assert r.exit_code == 1
    doc = json.loads(r.output)
    assert doc["version"] == 1 and doc["tool"]["name"] == "isplint"
    files = {os.path.basename(f["path"]): f for f in doc["files"]}
    assert files["good.docx"] == {"path": str(good), "status": "ok", "findings": []}
    (f,) = [x for x in files["no-review.docx"]["findings"] if x["rule"] == "ISP101"]
    assert f["name"] == "missing-section" and f["severity"] == "error"
    assert f["data"] == {"section": "review"}
    assert set(f["location"]) == {"part", "paragraph", "section", "table", "row", "cell"}
    assert f["location"]["section"] == "Approval"
    assert files["broken.docx"]["status"] == "error"
    assert [x["rule"] for x in files["broken.docx"]["findings"]] == ["ISP001"]
    s = doc["summary"]
    assert s["files"] == 3 and s["files_with_findings"] == 2
    assert s["by_rule"]["ISP001"] == 1 and s["by_rule"]["ISP101"] >= 1


def test_folders_are_searched_recursively_and_other_files_skipped(tmp_path, good, no_review):
    sub = tmp_path / "archive" / "2019"
    sub.mkdir(parents=True)
    build_protocol("numbered-bold").save(sub / "old.docx")
    (sub / "notes.txt").write_text("not a protocol")
    (sub / "~$old.docx").write_bytes(b"lock file")
    r = run("lint", "--format", "json", tmp_path)
    paths = sorted(os.path.relpath(f["path"], tmp_path) for f in json.loads(r.output)["files"])
    assert paths == ["archive/2019/old.docx", "good.docx", "no-review.docx"]


def test_output_file(no_review, tmp_path):
    out = tmp_path / "report.json"
    r = run("lint", "--format", "json", "-o", out, no_review)
    assert r.exit_code == 1 and r.output == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["files"] == 1


def test_usage_errors_exit_2(tmp_path, good):
    assert run("lint", tmp_path / "nope.docx").exit_code == 2
    assert run("lint", "--format", "yaml", good).exit_code == 2
    bad_pack = tmp_path / "bad.toml"
    bad_pack.write_text("[pack]\n")
    r = run("lint", "--rules", bad_pack, good)
    assert r.exit_code == 2 and "invalid rule pack" in r.output
    assert run("lint", "--as-of", "next tuesday", good).exit_code == 2
    assert run("lint").exit_code == 2


def test_unreadable_file_does_not_stop_the_run(tmp_path, good):
    empty = tmp_path / "a-empty.docx"
    empty.write_bytes(b"")
    r = run("lint", empty, good)
    assert r.exit_code == 1
    assert "ISP001" in r.output and "Traceback" not in r.output
    assert "in 1 of 2 files" in r.output


def test_legacy_doc_in_a_folder_is_reported_not_skipped(tmp_path):
    (tmp_path / "old.doc").write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 1024)
    r = run("lint", "--format", "json", tmp_path)
    (f,) = json.loads(r.output)["files"]
    assert f["findings"][0]["rule"] in ("ISP001", "ISP003")


def test_rules_and_rule_commands():
    r = run("rules")
    assert r.exit_code == 0
    codes = [line.split()[0] for line in r.output.splitlines()]
    assert "ISP101" in codes and "ISP102" in codes
    r = run("rule", "ISP101")
    assert r.exit_code == 0
    assert "missing-section" in r.output and "Example that is reported" in r.output
    assert "Example that passes" in r.output
    assert run("rule", "missing-section").exit_code == 0
    assert run("rule", "ISP999").exit_code == 2


def test_lint_never_modifies_the_input(good):
    before = (hashlib.sha256(good.read_bytes()).hexdigest(), os.stat(good).st_mtime_ns)
    run("lint", good)
    run("lint", "--format", "json", good)
    assert (hashlib.sha256(good.read_bytes()).hexdigest(), os.stat(good).st_mtime_ns) == before


def test_python_dash_m_and_version():
    out = subprocess.run([sys.executable, "-m", "linter", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "isplint" in out.stdout


def test_parallel_run_gives_the_same_results(tmp_path, good, no_review):
    one = json.loads(run("lint", "--format", "json", tmp_path).output)
    two = json.loads(run("lint", "--format", "json", "--jobs", "2", tmp_path).output)
    assert one == two


def test_a_failing_check_is_isp000_for_that_file_and_the_run_goes_on(tmp_path):
    pack = tmp_path / "pack.toml"
    pack.write_text(
        f'include = ["{(default_pack_path().parent / "common" / "input.toml").as_posix()}"]\n'
        '[pack]\nname = "broken"\n\n[[section]]\nkey = "review"\nname = "Review"\n\n'
        '[[rule]]\ncode = "ISP101"\nname = "missing-section"\nkind = "required-sections"\nseverity = "error"\n'
        'summary = "Missing."\nmessage = "No {no_such_value} section."\n[rule.params]\nsections = ["review"]\n'
        'words = { before = "before", at_end = "at the end" }\n',
        encoding="utf-8")
    failing, fine = tmp_path / "a.docx", tmp_path / "b.docx"
    build_protocol("styles", omit=("review",)).save(failing)
    build_protocol("styles").save(fine)
    r = CliRunner().invoke(main, ["lint", "--format", "json", "--rules", str(pack), str(failing), str(fine)])
    assert r.exit_code == 1 and "Traceback" not in r.output
    first, second = json.loads(r.output)["files"]
    assert first["status"] == "error" and first["findings"][0]["rule"] == "ISP000"
    assert "an error in isplint itself (PackError)" in first["findings"][0]["message"]
    assert second == {"path": str(fine), "status": "ok", "findings": []}
