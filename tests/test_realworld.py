"""Every rule runs over real Word files from other projects without failing.

The files in ../shared/realworld/ (see its README) were made by Word,
LibreOffice and other tools and hold structures a generator does not think
of.  Each must get a clean result or a clear ISP001-ISP003, and never an
internal error.  Skipped when the folder is not there.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from linter.cli import main
from tests.robustness.hostile_files import realworld_dir

REALWORLD = realworld_dir()


@pytest.mark.skipif(REALWORLD is None, reason="../shared/realworld is not present")
def test_full_lint_of_the_realworld_corpus_never_fails_internally():
    result = CliRunner().invoke(main, ["lint", "--format", "json", "-j", "2", str(REALWORLD)],
                                catch_exceptions=False)
    assert result.exit_code in (0, 1)
    files = json.loads(result.output)["files"]
    assert len(files) >= 100
    for f in files:
        rules = {x["rule"] for x in f["findings"]}
        assert "ISP000" not in rules, (f["path"], f["findings"])
        if f["status"] == "error":
            assert len(f["findings"]) == 1 and rules <= {"ISP001", "ISP002", "ISP003"}
            assert "\n" not in f["findings"][0]["message"]
        for x in f["findings"]:
            assert x["message"] and x["location"]["part"], x
