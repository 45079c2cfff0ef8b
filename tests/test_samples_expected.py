"""The shipped samples give exactly the findings listed in EXPECTED.json.

A rule that starts missing a deliberate defect, or reporting noise on a
clean protocol, fails here.  The comparison is on (rule, data) per file, as
a multiset, with review deadlines checked against the corpus's fixed date.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from sample_protocols import build

SAMPLES_DIR = Path(build.__file__).resolve().parent
EXPECTED = json.loads((SAMPLES_DIR / "EXPECTED.json").read_text(encoding="utf-8"))


def key(f: dict) -> tuple[str, str]:
    return f["rule"], json.dumps(f["data"], ensure_ascii=False, sort_keys=True)


@pytest.fixture(scope="module")
def actual() -> dict[str, list[dict]]:
    files = sorted(str(p) for p in SAMPLES_DIR.glob("*.docx"))  # aisa/ holds the other pack's samples
    result = CliRunner().invoke(main, ["lint", "--format", "json", "--as-of", EXPECTED["as_of"], *files])
    assert result.exit_code in (0, 1), result.output
    return {Path(f["path"]).name: f["findings"] for f in json.loads(result.output)["files"]}


def test_expected_json_is_what_build_py_declares():
    assert (SAMPLES_DIR / "EXPECTED.json").read_text(encoding="utf-8") == build.expected_json()


def test_every_sample_was_linted(actual):
    assert sorted(actual) == sorted(EXPECTED["files"])


@pytest.mark.parametrize("name", sorted(EXPECTED["files"]))
def test_sample_gives_exactly_its_expected_findings(actual, name):
    got = Counter(key(f) for f in actual[name])
    want = Counter(key(f) for f in EXPECTED["files"][name])
    missing = sorted((want - got).elements())
    noise = sorted((got - want).elements())
    assert not missing and not noise, f"{name}: missing {missing}; unexpected {noise}"
