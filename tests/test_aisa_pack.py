"""The second rule pack, nz-aisa (approved information sharing agreements, Privacy Act 2020 Part 7).

It is data only: the same check kinds as the first pack, pointed at other
sections, vocabularies and messages.  Its samples in sample_protocols/aisa/
(built by sample_protocols/aisa/build.py) must give exactly their
EXPECTED.json; the builder's EXPECTED must be current; and every rule of the
pack must be exercised by at least one sample, so that a rule that can no
longer fire is noticed.  The commands that take a pack (rules, rule,
outline) work with it by name.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.pack import load_pack, pack_path
from sample_protocols.aisa import build

PACK = build.PACK
SAMPLES_DIR = Path(build.__file__).resolve().parent
EXPECTED = json.loads((SAMPLES_DIR / "EXPECTED.json").read_text(encoding="utf-8"))
RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


def key(f: dict) -> tuple[str, str]:
    return f["rule"], json.dumps(f["data"], ensure_ascii=False, sort_keys=True)


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK)


@pytest.fixture(scope="module")
def actual() -> dict[str, list[dict]]:
    result = CliRunner().invoke(main, ["lint", "--rules", PACK, "--format", "json", "--as-of", EXPECTED["as_of"],
                                       str(SAMPLES_DIR)])
    assert result.exit_code in (0, 1), result.output
    return {Path(f["path"]).name: f["findings"] for f in json.loads(result.output)["files"]}


# -- the pack ---------------------------------------------------------------------
def test_the_pack_is_shipped_and_found_by_name():
    assert pack_path(PACK) == RULES_DIR / "nz-aisa.toml"


def test_the_pack_loads_with_its_own_sections(pack):
    assert pack.name == PACK
    assert [s.key for s in pack.sections] == list(build.SECTIONS)
    first = load_pack()
    assert {s.key for s in pack.sections} != {s.key for s in first.sections}


def test_every_rule_of_the_pack_is_exercised_by_a_sample(pack):
    exercised = {f["rule"] for findings in EXPECTED["files"].values() for f in findings}
    rules = {r.code for r in pack.rules if r.enabled and r.kind != "input-problem"}  # files, not agreements
    assert rules - exercised == set(), "rules no sample exercises"
    assert exercised <= {r.code for r in pack.rules}, "samples expect rules the pack does not have"


def test_every_section_of_the_pack_is_required(pack):
    required = next(r for r in pack.rules if r.kind == "required-sections").params["sections"]
    assert list(required) == [s.key for s in pack.sections]


# -- the samples ------------------------------------------------------------------
def test_expected_json_is_what_the_builder_declares():
    assert (SAMPLES_DIR / "EXPECTED.json").read_text(encoding="utf-8") == build.expected_json()


def test_every_sample_is_committed_and_nothing_else():
    committed = sorted(p.name for p in SAMPLES_DIR.glob("*.docx"))
    assert committed == sorted(s.filename for s in build.SAMPLES)
    assert sorted(EXPECTED["files"]) == committed


def test_the_samples_are_clean_and_defective_as_named():
    for s in build.SAMPLES:
        assert s.description
        assert bool(s.findings) == ("-bad-" in s.filename), s.filename


def test_every_sample_was_linted(actual):
    assert sorted(actual) == sorted(EXPECTED["files"])


@pytest.mark.parametrize("name", sorted(EXPECTED["files"]))
def test_sample_gives_exactly_its_expected_findings(actual, name):
    got = Counter(key(f) for f in actual[name])
    want = Counter(key(f) for f in EXPECTED["files"][name])
    missing = sorted((want - got).elements())
    noise = sorted((got - want).elements())
    assert not missing and not noise, f"{name}: missing {missing}; unexpected {noise}"


@pytest.mark.parametrize("sample", build.SAMPLES, ids=lambda s: s.filename)
def test_committed_sample_is_what_the_builder_writes(sample):
    assert (SAMPLES_DIR / sample.filename).read_bytes() == sample.build().to_bytes(), \
        f"{sample.filename} drifted from sample_protocols/aisa/build.py; run it"


# -- the other commands -------------------------------------------------------------
def test_rules_lists_the_packs_rules(pack):
    result = CliRunner().invoke(main, ["rules", "--rules", PACK])
    assert result.exit_code == 0, result.output
    for rule in pack.rules:
        assert rule.code in result.output and rule.name in result.output


@pytest.mark.parametrize("code", ["ISP305", "ISP801", "missing-complaint-assistance"])
def test_rule_explains_one_rule_of_the_pack(pack, code):
    result = CliRunner().invoke(main, ["rule", "--rules", PACK, code])
    assert result.exit_code == 0, result.output
    rule = pack.rule(code)
    assert rule.code in result.output and "Privacy Act 2020" in result.output


@pytest.mark.parametrize("sample", [s for s in build.SAMPLES if not s.findings], ids=lambda s: s.filename)
def test_outline_finds_every_part_of_a_clean_agreement(sample):
    result = CliRunner().invoke(main, ["outline", "--rules", PACK, str(SAMPLES_DIR / sample.filename)])
    assert result.exit_code == 0, result.output
    found = {line.split()[1] for line in result.output.splitlines() if line.strip()}
    assert set(build.SECTIONS) <= found, result.output
