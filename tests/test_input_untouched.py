"""No command that reads documents changes them: same bytes, same modification time."""

from __future__ import annotations

import hashlib
import os

import pytest
from click.testing import CliRunner

from linter.cli import main
from tests.protocols import build_protocol

COMMANDS = [
    ["lint"], ["lint", "--format", "json"], ["lint", "--format", "sarif"], ["lint", "--format", "junit"],
    ["lint", "-j", "2"], ["lint", "--timeout", "0", "--max-memory", "0"], ["lint", "--final"],
    ["register"], ["register", "--format", "json"], ["outline"], ["annotate"],
]


def state(path):
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns, os.stat(path).st_mode


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_command_leaves_the_input_unchanged(tmp_path, command):
    draft = tmp_path / "draft.docx"
    build_protocol("styles", omit=("review",)).save(draft)
    other = tmp_path / "other.docx"
    build_protocol("form-table").save(other)
    before = {p: state(p) for p in (draft, other)}
    listing = sorted(os.listdir(tmp_path))
    targets = [str(draft)] if command[0] in ("outline", "annotate") else [str(tmp_path)]
    extra = ["-o", str(tmp_path / "out" / "copy.docx")] if command[0] == "annotate" else []
    (tmp_path / "out").mkdir()
    r = CliRunner().invoke(main, [*command, *extra, *targets], catch_exceptions=False)
    assert r.exit_code in (0, 1), r.output
    assert {p: state(p) for p in (draft, other)} == before
    assert sorted(x for x in os.listdir(tmp_path) if x != "out") == listing  # no lock or temp files left
