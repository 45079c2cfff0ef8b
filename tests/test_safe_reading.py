"""Every command that reads a document reads it the same safe way.

lint, annotate, outline and register all read through the same path, under
the same time, memory and file-size limits (--timeout, --max-memory,
--max-file-size), and a document that goes over a limit is the same one-line
ISP001 everywhere, with lint's exit status, no traceback and the file
untouched.  The documents are real .docx files; the limits are set low
enough that an ordinary protocol goes over them.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys

import pytest
from click.testing import CliRunner

from linter.cli import main
from tests.protocols import build_protocol

# Each limit, set so that a small protocol goes over it, and the problem it is reported as.
LIMITS = {
    "timeout": (["--timeout", "0.001"], "timeout"),
    "memory": (["--max-memory", "1"], "memory-limit"),
    "file-size": (["--max-file-size", "0.001"], "too-large"),
}
POSIX_ONLY = {"memory"}  # address-space limits


def limit_params():
    return [pytest.param(name, marks=pytest.mark.skipif(sys.platform == "win32" and name in POSIX_ONLY,
                                                        reason="address-space limits are POSIX only"))
            for name in LIMITS]


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def state(path):
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "draft.docx"
    build_protocol("styles", omit=("review",)).save(path)
    return path


@pytest.mark.parametrize("limit", limit_params())
def test_lint_reports_the_limit_as_isp001_naming_it(draft, limit):
    options, problem = LIMITS[limit]
    r = run("lint", "--format", "json", *options, draft)
    assert r.exit_code == 1, r.output
    (finding,) = json.loads(r.output)["files"][0]["findings"]
    assert finding["rule"] == "ISP001" and finding["data"]["problem"] == problem
    assert options[0] in finding["fix"]  # how to raise the limit


@pytest.mark.parametrize("limit", limit_params())
@pytest.mark.parametrize("command", ["annotate", "outline"])
def test_one_document_commands_give_lints_line(draft, tmp_path, command, limit):
    options, _ = LIMITS[limit]
    before, listing = state(draft), sorted(os.listdir(tmp_path))
    linted = run("lint", *options, draft)
    r = run(command, *options, draft)
    assert r.exit_code == linted.exit_code == 1, r.output
    (line,) = r.output.splitlines()  # one line, no traceback
    assert " ISP001 [error] " in line and options[0] in line
    assert line in linted.output.splitlines()
    assert state(draft) == before
    assert sorted(os.listdir(tmp_path)) == listing  # no annotated copy, no temporary files


@pytest.mark.parametrize("limit", limit_params())
def test_register_gives_the_file_an_unreadable_row(draft, limit):
    options, _ = LIMITS[limit]
    before = state(draft)
    r = run("register", "--format", "json", *options, draft)
    assert r.exit_code == 1, r.output
    (row,) = json.loads(r.output)["protocols"]
    assert row["status"] == "unreadable" and row["rules"] == ["ISP001"] and row["errors"] == 1
    assert state(draft) == before


def test_annotate_timeout_is_exactly_lints_isp001(draft):
    linted = run("lint", "--timeout", "0.001", draft)
    annotated = run("annotate", "--timeout", "0.001", draft)
    assert annotated.exit_code == linted.exit_code == 1
    assert annotated.output.splitlines() == linted.output.splitlines()[:1]
    assert "took longer than 0.001 seconds" in annotated.output and "raise --timeout" in annotated.output


def test_within_the_limits_every_command_reads_the_document(draft, tmp_path):
    options = ["--timeout", "60", "--max-memory", "2048", "--max-file-size", "10"]
    assert " ISP101 " in run("lint", *options, draft).output
    assert "Not found: Review" in run("outline", *options, draft).output
    assert "Wrote 1 comment" in run("annotate", *options, "-o", tmp_path / "copy.docx", draft).output
    (row,) = json.loads(run("register", "--format", "json", *options, draft).output)["protocols"]
    assert row["status"] == "ok" and row["rules"] == ["ISP101"]


def test_unreadable_document_is_the_same_finding_in_every_command(tmp_path):
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    linted = run("lint", empty).output.splitlines()[0]
    assert linted == (f"{empty}:0: ISP001 [error] The file is empty (0 bytes). "
                      "Open it in Word and save it again, or get a fresh copy.")
    for command in ("annotate", "outline"):
        r = run(command, empty)
        assert r.exit_code == 1 and r.output.splitlines() == [linted]
