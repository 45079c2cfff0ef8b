"""A complete, filled protocol lints clean under every rule, in every layout.

This is the precision guard: any rule that starts reporting noise on a
protocol a privacy adviser would sign off fails here.
"""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.docx_reader import read_document
from linter.engine import check_document
from linter.facts import Options
from linter.loader import open_package
from linter.pack import load_pack
from tests.protocols import LAYOUTS, build_protocol

PACK = load_pack()


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_complete_protocol_is_clean_under_every_rule(tmp_path, layout, final):
    path = tmp_path / f"{layout}.docx"
    build_protocol(layout).save(path)
    findings = check_document(read_document(open_package(path)), PACK,
                              Options(as_of=dt.date(2026, 11, 24), final=final))
    assert [(f.rule, dict(f.data), f.message) for f in findings] == []


def test_every_rule_is_documented_with_examples():
    for rule in PACK.rules:
        if rule.kind == "input-problem":
            continue
        assert rule.explanation.strip(), rule.code
        assert rule.bad_example.strip() and rule.good_example.strip(), rule.code
        assert rule.fix.strip(), rule.code


@pytest.mark.parametrize("code", [r.code for r in PACK.rules])
def test_rule_command_explains_every_rule(code):
    r = CliRunner().invoke(main, ["rule", code])
    assert r.exit_code == 0 and code in r.output
    assert "{" not in r.output.split("How to fix:")[-1]
