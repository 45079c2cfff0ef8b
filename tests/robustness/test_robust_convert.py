"""LibreOffice conversion (only when LibreOffice is installed)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from hostile_files import assert_clear_problem, valid_docx_bytes
from linter import convert
from linter.errors import InputProblem
from linter.loader import open_package

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def test_missing_libreoffice_is_a_clear_isp003(tmp_path, monkeypatch):
    monkeypatch.setattr(convert.shutil, "which", lambda _name: None)
    (tmp_path / "a.odt").write_bytes(b"x")
    with pytest.raises(InputProblem) as caught:
        with convert.converted(tmp_path / "a.odt"):
            pass
    assert "LibreOffice" in assert_clear_problem(caught.value, "ISP003").text


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_odt_round_trip(tmp_path):
    source = tmp_path / "protocol.docx"
    source.write_bytes(valid_docx_bytes())
    odt_dir = tmp_path / "odt"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "odt", "--outdir", str(odt_dir), str(source)],
        check=True, timeout=180, capture_output=True,
    )
    odt = odt_dir / "protocol.odt"
    before = odt.read_bytes()
    with convert.converted(odt, timeout=180) as docx_path:
        package = open_package(docx_path)
        assert package.format == "docx"
    assert not docx_path.exists()  # the temporary folder is gone
    assert odt.read_bytes() == before
    assert sorted(p.name for p in odt_dir.iterdir()) == ["protocol.odt"]  # no lock files beside the input
