"""Command-line options for hard input: passwords, limits, conversion."""

from __future__ import annotations

import io
import json
import shutil
import subprocess

from msoffcrypto.format.ooxml import OOXMLFile
import pytest
from click.testing import CliRunner

from linter.cli import main
from tests.protocols import build_protocol

PASSWORD = "Kōrero-2026!"


def lint_json(*args, env=None):
    r = CliRunner().invoke(main, ["lint", "--format", "json", *map(str, args)], env=env, catch_exceptions=False)
    assert r.exit_code in (0, 1), r.output
    return r, json.loads(r.output)["files"]


@pytest.fixture
def encrypted(tmp_path):
    plain = tmp_path / "plain.docx"
    build_protocol("styles", omit=("review",)).save(plain)
    out = io.BytesIO()
    with open(plain, "rb") as fh:
        OOXMLFile(fh).encrypt(PASSWORD, out)
    path = tmp_path / "encrypted.docx"
    path.write_bytes(out.getvalue())
    return path


def test_encrypted_without_password(encrypted):
    _, (f,) = lint_json(encrypted)
    assert f["status"] == "error" and f["findings"][0]["rule"] == "ISP002"
    assert f["findings"][0]["data"] == {"problem": "encrypted-no-password"}
    assert "encrypted" in f["findings"][0]["message"] and "--password" in f["findings"][0]["fix"]


def test_encrypted_with_password_option_and_env(encrypted):
    r, (f,) = lint_json("--password", PASSWORD, encrypted)
    assert f["status"] == "ok" and [x["data"] for x in f["findings"] if x["rule"] == "ISP101"] == [{"section": "review"}]
    assert PASSWORD not in r.output
    r, (f,) = lint_json(encrypted, env={"ISPLINT_PASSWORD": PASSWORD})
    assert f["status"] == "ok"


def test_wrong_password_is_isp002_and_not_echoed(encrypted):
    r, (f,) = lint_json("--password", "wrong-password-xyz", encrypted)
    assert f["findings"][0]["rule"] == "ISP002" and "wrong-password-xyz" not in r.output


def test_file_size_limit(tmp_path):
    path = tmp_path / "p.docx"
    build_protocol("styles").save(path)
    _, (f,) = lint_json("--max-file-size", "0.001", path)
    assert f["findings"][0]["rule"] == "ISP001" and "--max-file-size" in f["findings"][0]["fix"]
    assert f["findings"][0]["data"] == {"problem": "too-large", "size_bytes": path.stat().st_size, "limit_bytes": 1048}


def test_time_limit(tmp_path):
    path = tmp_path / "p.docx"
    build_protocol("styles").save(path)
    _, (f,) = lint_json("--timeout", "0.0001", path)
    assert f["findings"][0]["rule"] == "ISP001" and "--timeout" in f["findings"][0]["fix"]
    assert f["findings"][0]["message"].startswith("The document took longer than 0.0001 seconds to read")


def test_limits_can_be_switched_off(tmp_path):
    path = tmp_path / "p.docx"
    build_protocol("styles").save(path)
    _, (f,) = lint_json("--timeout", "0", "--max-memory", "0", path)
    assert f == {"path": str(path), "status": "ok", "findings": []}


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_convert_legacy_doc_with_libreoffice(tmp_path):
    src = tmp_path / "protocol.docx"
    build_protocol("styles", omit=("review",)).save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", str(tmp_path / "out"), str(src)],
                   check=True, capture_output=True, timeout=180)
    doc = tmp_path / "out" / "protocol.doc"
    _, (f,) = lint_json(doc)
    assert f["findings"][0]["rule"] == "ISP003" and "--convert" in f["findings"][0]["fix"]
    _, (f,) = lint_json("--convert", doc)
    assert f["status"] == "ok" and f["path"] == str(doc)
    assert [x["data"] for x in f["findings"] if x["rule"] == "ISP101"] == [{"section": "review"}]
