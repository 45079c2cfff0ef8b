"""Folder settings: an .isplint.toml names the rule pack of the protocols below it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from linter.cli import main
from tests.protocols import build_protocol

AISA = Path(__file__).resolve().parents[1] / "sample_protocols" / "aisa"


def lint_json(*args):
    r = CliRunner().invoke(main, ["lint", "--format", "json", "--as-of", "2026-11-24", *map(str, args)])
    assert r.exit_code in (0, 1), r.output
    return {Path(f["path"]).name: [x["rule"] for x in f["findings"]] for f in json.loads(r.output)["files"]}


def folders(tmp_path):
    """A meeting protocol at the top, and a clean AISA in a folder whose settings name its pack."""
    build_protocol("styles").save(tmp_path / "meeting.docx")
    (tmp_path / "aisa").mkdir()
    shutil.copy(AISA / "aisa-good-01-student-loans-heading-styles.docx", tmp_path / "aisa" / "agreement.docx")
    return tmp_path


def test_the_closest_settings_file_names_the_pack(tmp_path):
    root = folders(tmp_path)
    (root / "aisa" / ".isplint.toml").write_text('rules = "nz-aisa"\n', encoding="utf-8")
    assert lint_json(root) == {"meeting.docx": [], "agreement.docx": []}


def test_without_settings_every_file_follows_the_default_pack(tmp_path):
    found = lint_json(folders(tmp_path))
    assert found["meeting.docx"] == [] and "ISP101" in found["agreement.docx"]


def test_rules_on_the_command_line_win_over_the_settings(tmp_path):
    root = folders(tmp_path)
    (root / "aisa" / ".isplint.toml").write_text('rules = "nz-aisa"\n', encoding="utf-8")
    found = lint_json("--rules", "nz-multi-agency-meeting", root)
    assert "ISP101" in found["agreement.docx"]


def test_a_pack_path_is_relative_to_the_settings_file(tmp_path):
    root = folders(tmp_path)
    pack = Path(__file__).resolve().parents[1] / "rules"
    shutil.copytree(pack, root / "aisa" / "packs")
    (root / "aisa" / ".isplint.toml").write_text('rules = "packs/nz-aisa.toml"\n', encoding="utf-8")
    assert lint_json(root)["agreement.docx"] == []


def test_an_unknown_setting_is_a_usage_error_naming_the_file_and_key(tmp_path):
    root = folders(tmp_path)
    (root / "aisa" / ".isplint.toml").write_text('rulez = "nz-aisa"\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["lint", str(root)])
    assert r.exit_code == 2 and "rulez" in r.output and ".isplint.toml" in r.output and "Traceback" not in r.output


def test_one_file_commands_follow_the_settings_too(tmp_path):
    root = folders(tmp_path)
    (root / "aisa" / ".isplint.toml").write_text('rules = "nz-aisa"\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["outline", str(root / "aisa" / "agreement.docx")])
    assert r.exit_code == 0 and "parties" in r.output
