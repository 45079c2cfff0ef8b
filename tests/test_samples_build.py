"""The committed sample corpus is exactly what sample_protocols/build.py writes.

Fails when a committed .docx drifts from the script (or the script changes
without the corpus being rebuilt): run ``python sample_protocols/build.py``
and commit the result.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from linter.pack import load_pack
from sample_protocols import build

SAMPLES_DIR = Path(build.__file__).resolve().parent
PACK_SECTIONS = {s.key for s in load_pack().sections}


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    build.build_all(out)
    return out


def _member_diff(a: bytes, b: bytes) -> str:
    za, zb = zipfile.ZipFile(io.BytesIO(a)), zipfile.ZipFile(io.BytesIO(b))
    if za.namelist() != zb.namelist():
        return f"members differ: {za.namelist()} != {zb.namelist()}"
    changed = [n for n in za.namelist() if za.read(n) != zb.read(n)]
    if changed:
        return f"content differs in {changed}"
    return "same XML, different zip bytes (zip metadata or the zlib build compresses differently)"


def test_every_sample_is_committed_and_nothing_else(rebuilt):
    built = sorted(p.name for p in rebuilt.glob("*.docx"))
    committed = sorted(p.name for p in SAMPLES_DIR.glob("*.docx"))
    assert built == sorted(s.filename for s in build.SAMPLES)
    assert committed == built, "run `python sample_protocols/build.py` and commit the corpus"


@pytest.mark.parametrize("sample", build.SAMPLES, ids=lambda s: s.filename)
def test_committed_file_is_byte_identical_to_rebuilt(sample, rebuilt):
    committed = SAMPLES_DIR / sample.filename
    assert committed.exists(), f"{sample.filename} is not committed; run sample_protocols/build.py"
    new = (rebuilt / sample.filename).read_bytes()
    old = committed.read_bytes()
    assert old == new, f"{sample.filename} drifted from build.py: {_member_diff(old, new)}"


@pytest.mark.parametrize("sample", build.SAMPLES, ids=lambda s: s.filename)
def test_sample_opens_in_python_docx(sample):
    d = docx.Document(str(SAMPLES_DIR / sample.filename))
    assert d.paragraphs and d.sections


def test_registry_is_well_formed():
    names = [s.filename for s in build.SAMPLES]
    assert len(names) == len(set(names))
    good = [s for s in build.SAMPLES if s.filename.startswith("good-")]
    bad = [s for s in build.SAMPLES if s.filename.startswith("bad-")]
    assert len(good) >= 5 and len(bad) >= 10
    assert "00-unfilled-template.docx" in names
    assert all(not s.findings for s in good)
    assert all(s.findings for s in bad)
    for s in build.SAMPLES:
        assert s.description
        for f in s.findings:
            assert set(f) == {"rule", "data"} and f["rule"].startswith("ISP") and len(f["rule"]) == 6
            if "section" in f["data"]:
                assert f["data"]["section"] in PACK_SECTIONS


def test_readme_lists_every_sample():
    readme = (SAMPLES_DIR / "README.md").read_text(encoding="utf-8")
    for s in build.SAMPLES:
        assert f"`{s.filename}`" in readme, f"README.md does not list {s.filename}"
        for f in s.findings:
            assert f["rule"] in readme


def test_build_is_deterministic(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build.build_all(a)
    build.build_all(b)
    for p in a.iterdir():
        assert p.read_bytes() == (b / p.name).read_bytes(), p.name
