"""Input problems are rules like any other.

The loader, the limits and conversion name a problem and its data; the
pack's rules (ISP000-ISP003) put it in words, a message and a fix kept
apart, and a pack can word them its own way.  A pack that words them wrongly
fails to load, naming what is wrong.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.engine import input_finding
from linter.errors import PROBLEMS, InputProblem, PackError
from linter.pack import load_pack

PACK = load_pack()
EXAMPLE_DATA = {"error": "ValueError", "size_bytes": 150 * 1024 * 1024, "limit_bytes": 100 * 1024 * 1024,
                "part": "word/styles.xml", "parts": 6001, "max_parts": 5000, "ratio": 200.0,
                "format": "spreadsheet", "seconds": 0.5, "limit_mb": 2048, "exit_code": -11}


def example(name: str) -> InputProblem:
    return InputProblem(name, **{key: EXAMPLE_DATA[key] for key in PROBLEMS[name][1]})


@pytest.mark.parametrize("name", sorted(PROBLEMS))
def test_every_problem_is_worded_by_its_rule_in_the_default_pack(name):
    finding = input_finding(PACK, example(name))
    rule = PACK.rule(PROBLEMS[name][0])
    assert (finding.rule, finding.name, finding.severity) == (rule.code, rule.name, rule.severity)
    assert finding.message and finding.fix and finding.fix not in finding.message
    assert "{" not in finding.text and "\n" not in finding.text
    assert dict(finding.data) == {"problem": name, **example(name).data}
    assert set(finding.data) <= set(rule.data), "every data key is documented in the rule's data table"


def test_no_two_problems_read_the_same():
    texts = [input_finding(PACK, example(name)).text for name in PROBLEMS]
    assert len(set(texts)) == len(texts)


def test_sizes_and_limits_are_given_in_words():
    finding = input_finding(PACK, example("too-large"))
    assert finding.message == "The file is too large to lint (150 MB; the limit is 100 MB)."
    assert finding.fix == ("Remove large embedded pictures or files in Word, "
                           "or raise the limit with --max-file-size.")


def test_problems_cross_process_boundaries():
    import pickle

    problem = pickle.loads(pickle.dumps(example("timeout")))
    assert (problem.problem, problem.data, problem.rule) == ("timeout", {"seconds": 0.5}, "unreadable-document")


def test_the_old_form_still_raised_by_the_xml_and_document_readers_is_a_damaged_document():
    problem = InputProblem("ISP001", "The Word document is damaged and its content cannot be read.")
    assert problem.problem == "unreadable-content" and problem.rule == "unreadable-document"


def test_a_problem_is_named_with_exactly_its_data():
    with pytest.raises(ValueError):
        InputProblem("no-such-problem")
    with pytest.raises(ValueError):
        InputProblem("timeout")  # without its seconds


def lint_json(*args):
    r = CliRunner().invoke(main, ["lint", "--format", "json", *map(str, args)])
    assert r.exit_code in (0, 1), r.output
    return json.loads(r.output)["files"][0]["findings"]


def test_empty_file_message_and_fix_come_from_the_pack(tmp_path):
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    (finding,) = lint_json(empty)
    assert finding["message"] == "The file is empty (0 bytes)."
    assert finding["fix"] == PACK.rule("ISP001").fix  # the rule's fix, as `isplint rule ISP001` shows it
    assert finding["data"] == {"problem": "empty"}


# ---------------------------------------------------------------------------- a pack's own words

# Every pack words the four input problems; these tests change only the unreadable-document one.
OTHER_INPUT_RULES = "".join(
    f'[[rule]]\ncode = "{code}"\nname = "{name}"\nkind = "input-problem"\nseverity = "error"\n'
    f'summary = "x"\nmessage = "Cannot lint it ({{problem}})."\nfix = "Ask for help."\n\n'
    for code, name in (("ISP000", "internal-error"), ("ISP002", "encrypted-document"),
                       ("ISP003", "unsupported-format")))
PACK_HEAD = '[pack]\nname = "test"\n\n[[section]]\nkey = "review"\nname = "Review"\n\n' + OTHER_INPUT_RULES
ISP001 = ('[[rule]]\ncode = "ISP001"\nname = "unreadable-document"\nkind = "input-problem"\n'
          'severity = "warning"\nsummary = "Unreadable."\nmessage = "{message}"\nfix = "Ask for a new copy."\n'
          '[rule.params.numbers]\nmegabytes = "{{n}} MB"\nbytes = "{{n}} bytes"\n')


def write_pack(tmp_path, body: str):
    path = tmp_path / "pack.toml"
    path.write_text(PACK_HEAD + body, encoding="utf-8")
    return path


def test_a_pack_words_its_own_input_problems(tmp_path):
    pack = write_pack(tmp_path, ISP001.format(message="Cannot read it ({problem}).") +
                      '[rule.params.problems]\nempty = { message = "There is nothing in it." }\n')
    empty, folder = tmp_path / "empty.docx", tmp_path / "folder.docx"
    empty.write_bytes(b"")
    folder.mkdir()
    (f,) = lint_json("--rules", pack, empty)
    assert (f["rule"], f["severity"], f["message"], f["fix"]) == (
        "ISP001", "warning", "There is nothing in it.", "Ask for a new copy.")
    (f,) = lint_json("--rules", pack, folder)
    assert (f["message"], f["fix"]) == ("Cannot read it (folder).", "Ask for a new copy.")


def test_a_pack_without_an_input_rule_is_refused_naming_it(tmp_path):
    """A pack that could not word a file's own problems is refused: it never reports them in another
    pack's words."""
    with pytest.raises(PackError, match="no rule of kind input-problem named unreadable-document"):
        load_pack(write_pack(tmp_path, ""))


@pytest.mark.parametrize(("body", "named"), [
    (ISP001.format(message="x") + '[rule.params.problems]\nemtpy = { message = "Empty." }\n', "emtpy"),
    (ISP001.format(message="x") + '[rule.params.problems]\nempty = { mesage = "Empty." }\n', "mesage"),
    (ISP001.format(message="x") + '[rule.params.problems]\nempty = { message = "Empty: {size}." }\n',
     "params.problems.empty.message uses {size}"),
    (ISP001.format(message="The file is damaged: {what}."), "uses {what}"),
    (ISP001.format(message="x").replace("unreadable-document", "unreadable-file"), "unreadable-file"),
])
def test_a_mistake_in_a_packs_input_words_fails_to_load_naming_it(tmp_path, body, named):
    with pytest.raises(PackError) as caught:
        load_pack(write_pack(tmp_path, body))
    assert named in str(caught.value) and "ISP001" in str(caught.value)
