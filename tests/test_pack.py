"""Rule packs load, validate loudly, and are found after installation."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from linter.errors import PackError
from linter.pack import default_pack_path, load_pack

MINIMAL = """
[pack]
name = "tiny"

[[section]]
key = "review"
name = "Review"

[[rule]]
code = "ISP101"
name = "missing-section"
kind = "required-sections"
severity = "error"
summary = "A section is missing."
message = "No {section_name} section."
fix = "Add one."
[rule.params]
sections = ["review"]
words = { before = 'before "{heading}"', at_end = "at the end" }
""" + "".join(  # every pack words the problems of files it cannot read
    f'\n[[rule]]\ncode = "ISP00{n}"\nname = "{name}"\nkind = "input-problem"\nseverity = "error"\n'
    f'summary = "x"\nmessage = "Cannot lint it ({{problem}})."\nfix = "Ask for help."\n'
    + ('params.numbers = { megabytes = "{n} MB", bytes = "{n} bytes" }\n' if name == "unreadable-document" else "")
    for n, name in enumerate(("internal-error", "unreadable-document", "encrypted-document", "unsupported-format")))


def write(tmp_path: Path, text: str, name="pack.toml") -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def test_default_pack_loads_and_has_the_template_sections():
    pack = load_pack()
    assert [s.key for s in pack.sections] == [
        "attending-agencies", "meeting-purpose", "sharing-purpose", "information-shared",
        "legal-authority", "use-of-information", "transparency", "method-of-sharing",
        "security-classification", "security-controls", "tikanga", "retention-disposal",
        "breach-management", "conflicts-of-interest", "relationship-management", "review", "approval",
    ]
    assert default_pack_path().name == "nz-multi-agency-meeting.toml"
    for rule in pack.rules:
        assert rule.summary and rule.message, rule.code


def test_default_pack_rules_have_unique_codes_and_explanations():
    pack = load_pack()
    codes = [r.code for r in pack.rules]
    assert len(codes) == len(set(codes))
    assert all(r.explanation.strip() for r in pack.rules if r.code != "ISP000")


def test_minimal_pack_loads(tmp_path):
    pack = load_pack(write(tmp_path, MINIMAL))
    assert pack.name == "tiny" and pack.rule("ISP101").params["severities"] == {}


@pytest.mark.parametrize(
    "change,expected",
    [
        (('kind = "required-sections"', 'kind = "no-such-kind"'), "unknown kind 'no-such-kind'"),
        (('severity = "error"', 'severity = "fatal"'), "severity must be one of"),
        (('sections = ["review"]', 'sections = ["reveiw"]'), "params.sections[0]: 'reveiw' is not a section of the pack"),
        (('sections = ["review"]', 'sections = "review"'), "params.sections must be a list of section keys of the pack"),
        (('sections = ["review"]', 'sections = ["review"]\nsection = 1'), "params: unknown key(s) section"),
        (('sections = ["review"]', 'sections = []'), "params.sections must name at least one"),
        (('code = "ISP101"', 'code = "ISP1"'), "code must be ISP followed by three digits"),
        (('name = "missing-section"', 'name = "Missing Section"'), "name must be kebab-case"),
        (('fix = "Add one."', 'fix = "Add one."\nfixx = 1'), "unknown field(s) fixx"),
        (('[pack]\nname = "tiny"', '[pack]'), "[pack] needs a name"),
    ],
)
def test_invalid_packs_fail_loudly_naming_the_problem(tmp_path, change, expected):
    old, new = change
    assert old in MINIMAL
    path = write(tmp_path, MINIMAL.replace(old, new))
    with pytest.raises(PackError) as err:
        load_pack(path)
    assert expected in str(err.value)
    assert str(path) in str(err.value)


def test_duplicate_codes_are_refused(tmp_path):
    rule = MINIMAL[MINIMAL.index("[[rule]]"):]
    with pytest.raises(PackError, match="defined twice"):
        load_pack(write(tmp_path, MINIMAL + rule.replace("missing-section", "other-name")))


@pytest.mark.parametrize("value", ["true", '"yes"'])
def test_with_previous_needs_a_section_before_it_and_a_boolean(tmp_path, value):
    text = MINIMAL.replace('name = "Review"\n', f'name = "Review"\nwith_previous = {value}\n')
    with pytest.raises(PackError, match="with_previous must be true or false, and not on the first section"):
        load_pack(write(tmp_path, text))


def test_not_toml_is_refused(tmp_path):
    with pytest.raises(PackError, match="not valid TOML"):
        load_pack(write(tmp_path, "[pack\nname="))


def test_includes_are_merged_relative_to_the_including_file(tmp_path):
    (tmp_path / "more").mkdir()
    write(tmp_path / "more", '[placeholders]\npatterns = ["<<[^>]+>>"]\n', "extra.toml")
    pack = load_pack(write(tmp_path, 'include = ["more/extra.toml"]\n' + MINIMAL))
    assert pack.vocab("placeholders") == {"patterns": ["<<[^>]+>>"]}


def test_message_placeholder_the_check_does_not_provide_is_an_error(tmp_path):
    from linter.findings import Location

    pack = load_pack(write(tmp_path, MINIMAL.replace("No {section_name} section.", "No {secton} section.")))
    with pytest.raises(PackError, match=r"\{secton\}"):
        pack.rule("ISP101").finding(Location(), {"section": "review"}, section_name="Review")


def test_docs_rules_md_is_generated_from_the_pack():
    """docs/rules.md is `isplint rules --format markdown`: regenerate it when a rule changes."""
    from linter.rule_docs import rules_markdown

    docs = Path(__file__).resolve().parents[1] / "docs" / "rules.md"
    assert docs.read_text(encoding="utf-8") == rules_markdown(load_pack()), (
        "docs/rules.md is stale: run `isplint rules --format markdown > docs/rules.md`")


def test_a_variant_parameter_must_name_a_known_variant(tmp_path):
    rule = ('\n[[rule]]\ncode = "ISP202"\nname = "unresolved-tracked-changes"\nkind = "document-state"\n'
            'severity = "warning"\nsummary = "Tracked changes."\nmessage = "{count} changes."\n'
            '[rule.params]\ncount = "words"\n')
    with pytest.raises(PackError, match="params.count must be one of 'revisions', 'comments'"):
        load_pack(write(tmp_path, MINIMAL + rule))


def test_a_shipped_pack_is_named_by_its_name():
    assert load_pack("nz-multi-agency-meeting").source == str(default_pack_path())
    with pytest.raises(PackError, match="no such rule pack"):
        load_pack("nz-no-such-pack")


def test_the_code_prefix_is_the_packs(tmp_path):
    other = MINIMAL.replace('name = "tiny"', 'name = "tiny"\ncode_prefix = "AUS"').replace('code = "ISP', 'code = "AUS')
    assert [r.code for r in load_pack(write(tmp_path, other)).rules] == ["AUS000", "AUS001", "AUS002", "AUS003",
                                                                         "AUS101"]
    with pytest.raises(PackError, match="code must be AUS followed by three digits"):
        load_pack(write(tmp_path, other.replace("AUS101", "ISP101")))


def test_a_renamed_rule_is_found_by_its_former_code_and_name_and_says_it_is_deprecated(tmp_path):
    from linter.rule_docs import rule_text

    pack = load_pack(write(tmp_path, MINIMAL.replace(
        'fix = "Add one."', 'fix = "Add one."\naliases = ["ISP100", "section-missing"]\n'
                            'deprecated = "Use ISP102 instead, which also reports empty sections."')))
    assert pack.rule("ISP100").code == pack.rule("section-missing").code == "ISP101"
    text = rule_text(pack.rule("ISP100"))
    assert "Deprecated: Use ISP102 instead" in text and "Formerly: ISP100, section-missing." in text


def test_an_alias_may_not_be_another_rules_code(tmp_path):
    rule = MINIMAL[MINIMAL.index("[[rule]]"):].replace("ISP101", "ISP102").replace("missing-section", "other")
    text = MINIMAL.replace('fix = "Add one."', 'fix = "Add one."\naliases = ["ISP102"]', 1) + rule
    with pytest.raises(PackError, match="ISP102 is defined twice"):
        load_pack(write(tmp_path, text))


def test_an_include_adds_to_the_tables_of_another_at_any_depth(tmp_path):
    write(tmp_path, '[agencies]\nscore_cutoff = 90\n[[agencies.known]]\nname = "Inland Revenue"\n', "shared.toml")
    pack = load_pack(write(tmp_path, MINIMAL.replace('[pack]', 'include = ["shared.toml"]\n[pack]') +
                           '\n[[agencies.known]]\nname = "New Zealand Customs Service"\n'
                           '[lexicon.concepts]\nreview = ["review", "arotake"]\n'))
    assert [a["name"] for a in pack.data["agencies"]["known"]] == ["New Zealand Customs Service", "Inland Revenue"]
    assert pack.data["agencies"]["score_cutoff"] == 90
    with pytest.raises(PackError, match="key agencies.score_cutoff is defined twice"):
        load_pack(write(tmp_path, MINIMAL.replace('[pack]', 'include = ["shared.toml"]\n[pack]') +
                        '\n[agencies]\nscore_cutoff = 80\n'))
