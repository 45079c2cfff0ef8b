"""Every table of a pack is declared, and a typo anywhere in one fails to load, naming it.

The shipped pack is copied to a temporary folder and broken one way at a time,
in its own TOML text, the way a pack author would break it: a table renamed,
each key of each table misspelt, a value of the wrong type, a bad regular
expression, a section key that is not a section.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.errors import PackError
from linter.pack import default_pack_path, load_pack
from linter.vocab import declared

RULES = default_pack_path().parent
PACK = load_pack()
SKIP = {"pack", "section", "rule"}
HEADER_RE = re.compile(r"^\[+([^\]]+)\]+\s*$")


def _tables() -> list[str]:
    return sorted(k for k in PACK.data if k not in SKIP)


def _keys() -> list[tuple[str, str]]:
    return [(t, k) for t in _tables() for k in sorted(PACK.data[t]) if isinstance(PACK.data[t], dict)]


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(RULES, tmp_path / "rules")
    return tmp_path / "rules" / default_pack_path().name


def _edit(folder: Path, table: str, key: str | None, edit) -> None:
    """Apply ``edit(line) -> line`` to the header of ``[table]`` (key None) or to the first line
    that sets ``key`` directly under it, in whichever file of the pack holds it."""
    for path in folder.rglob("*.toml"):
        lines = path.read_text(encoding="utf-8").split("\n")
        current = None
        for i, line in enumerate(lines):
            m = HEADER_RE.match(line)
            if m:
                current = m.group(1).strip()
                # the table's header, or the header of a table inside it ([[agencies.known]])
                name = table if key is None else f"{table}.{key}"
                if current == name or current.startswith(name + "."):
                    lines[i] = edit(line)
                    path.write_text("\n".join(lines), encoding="utf-8")
                    return
                continue
            if key is not None and current == table and re.match(rf"^{re.escape(key)}\s*=", line):
                lines[i] = edit(line)
                path.write_text("\n".join(lines), encoding="utf-8")
                return
    raise AssertionError(f"[{table}] {key} is not written in the pack's files")


def test_every_table_of_the_shipped_pack_is_declared():
    assert set(_tables()) <= set(declared())


@pytest.mark.parametrize("table", _tables())
def test_a_renamed_table_fails_to_load_naming_it(tmp_path, table):
    pack = _copy(tmp_path)
    _edit(pack.parent, table, None, lambda line: line.replace(table, f"{table}z", 1))
    with pytest.raises(PackError, match=rf"unknown table \[{re.escape(table)}z\]"):
        load_pack(pack)


@pytest.mark.parametrize("table,key", _keys())
def test_a_misspelt_key_fails_to_load_naming_the_table_and_the_key(tmp_path, table, key):
    pack = _copy(tmp_path)
    _edit(pack.parent, table, key, lambda line: line.replace(key, f"{key}z", 1))
    with pytest.raises(PackError) as exc:
        load_pack(pack)
    assert f"[{table}]" in str(exc.value) and f"{key}z" in str(exc.value), str(exc.value)


def test_a_value_of_the_wrong_type_names_the_key(tmp_path):
    pack = _copy(tmp_path)
    _edit(pack.parent, "agencies", "score_cutoff", lambda line: 'score_cutoff = "high"')
    with pytest.raises(PackError, match=r"\[agencies\]\.score_cutoff must be an integer"):
        load_pack(pack)


def test_a_bad_regular_expression_names_the_key(tmp_path):
    pack = _copy(tmp_path)
    _edit(pack.parent, "attending_agencies", "split", lambda line: "split = '(unclosed'")
    with pytest.raises(PackError, match=r"\[attending_agencies\]\.split: bad regular expression"):
        load_pack(pack)


@pytest.mark.parametrize("table,key", [(t, k) for t, k in _keys() if k.endswith("section")])
def test_a_section_key_that_is_not_a_section_names_it(tmp_path, table, key):
    pack = _copy(tmp_path)
    _edit(pack.parent, table, key, lambda line: f'{key} = "no-such-section"')
    with pytest.raises(PackError, match=rf"\[{table}\]\.{key}: 'no-such-section' is not a section of the pack"):
        load_pack(pack)


def test_a_broken_pack_is_a_usage_error_on_the_command_line(tmp_path):
    pack = _copy(tmp_path)
    _edit(pack.parent, "placeholders", None, lambda line: "[placeholderz]")
    r = CliRunner().invoke(main, ["lint", "--rules", str(pack), str(tmp_path)])
    assert r.exit_code == 2
    assert "placeholderz" in r.output and "Traceback" not in r.output


def test_a_pack_without_a_table_finds_nothing_of_that_kind(tmp_path):
    """A template with no signature blocks leaves [signatories] out: no section key is guessed."""
    pack = _copy(tmp_path)
    path = next(p for p in pack.parent.rglob("*.toml") if "[signatories]" in p.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    start = text.index("[signatories]")
    end = text.find("\n[", text.index("[signatories.labels]") + 1)
    path.write_text(text[:start] + (text[end:] if end > 0 else ""), encoding="utf-8")
    loaded = load_pack(pack)
    assert "signatories" not in loaded.data
    assert declared()["signatories"].read(loaded)["section"] is None


@pytest.mark.parametrize("table,key", [("agencies.known", "aliases"), ("signatories.labels", "role"),
                                       ("authorities.current", "implied_by")])
def test_a_misspelt_key_inside_a_nested_table_names_it(tmp_path, table, key):
    pack = _copy(tmp_path)
    _edit(pack.parent, table, key, lambda line: line.replace(key, f"{key}z", 1))
    with pytest.raises(PackError) as exc:
        load_pack(pack)
    assert f"[{table.split('.')[0]}]" in str(exc.value) and f"{key}z" in str(exc.value), str(exc.value)


def test_docs_packs_md_is_generated_from_the_declarations():
    docs = Path(__file__).resolve().parents[1] / "docs" / "packs.md"
    r = CliRunner().invoke(main, ["pack-format"])
    assert r.exit_code == 0
    assert docs.read_text(encoding="utf-8") == r.output, (
        "docs/packs.md is stale: run `isplint pack-format > docs/packs.md`")


def test_every_check_kind_parameter_is_declared_with_a_meaning():
    from linter.checks import kinds
    from linter.vocab import Field

    for name, module in kinds().items():
        for key, f in module.PARAMS.items():
            assert isinstance(f, Field) and f.doc.strip(), f"{name}.{key}"


def test_the_words_a_kind_puts_in_a_message_are_the_packs(tmp_path):
    """No English phrase of a finding is written in Python: a pack rewords them."""
    from linter.docx_reader import read_document
    from linter.engine import check_document
    from linter.loader import open_package
    from tests.protocols import build_protocol

    pack = _copy(tmp_path)
    path = next(p for p in pack.parent.rglob("*.toml") if 'at_end = "at the end of the document"'
                in p.read_text(encoding="utf-8"))
    path.write_text(path.read_text(encoding="utf-8").replace(
        'at_end = "at the end of the document"', 'at_end = "à la fin du document"'), encoding="utf-8")
    doc_path = tmp_path / "p.docx"
    build_protocol("styles", omit=("approval",)).save(doc_path)
    found = [f for f in check_document(read_document(open_package(doc_path)), load_pack(pack)) if f.rule == "ISP101"]
    assert [f.data["section"] for f in found] == ["approval"] and "à la fin du document" in found[0].fix
