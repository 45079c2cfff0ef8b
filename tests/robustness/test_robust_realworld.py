"""Every real-world file gives a Package python-docx opens, or one clear ISP001-ISP003.

The corpus (../shared/realworld, or ISPLINT_REALWORLD) holds files made by
Word, LibreOffice and other producers, including damaged, encrypted and legacy
ones.  It is not part of the repository, so these tests skip without it.
"""

from __future__ import annotations

import io

import docx
import pytest

from hostile_files import assert_clear_problem, realworld_dir, said
from linter.errors import InputProblem
from linter.loader import open_package

CORPUS = realworld_dir()
FILES = sorted(p for p in CORPUS.iterdir() if p.is_file()) if CORPUS else []

# What a few files must give, so a regression in classification shows up by name.
EXPECTED = {
    "poi__SampleDoc.doc": "ISP003",
    "poi__PasswordProtected.doc": "ISP003",
    "openxmlsdk__document_with_password.docx": "ISP002",
    "poi__zero-length.docx": "package",
    "poi__crash-517626e815e0afa9decd0ebb6d1dee63fb9907dd.docx": "ISP001",
    "poi__stress025.docx": "ISP001",
    "docx4j__Normal.dotm": "package",
    "poi__45690.docm": "package",
    "openxmlsdk__shd-Table_Shading-val-pct5.docx.docx": "package",
    "openxmlsdk__textDirection-Paragraph_Text_Flow_Direction-val-tbRl.docx": "package",
}


pytestmark = pytest.mark.skipif(CORPUS is None, reason="real-world corpus not found (set ISPLINT_REALWORLD)")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_realworld_file(path):
    try:
        package = open_package(path)
    except InputProblem as problem:
        outcome = said(problem).rule
        assert outcome in {"ISP001", "ISP002", "ISP003"}
        assert_clear_problem(problem, outcome)
    else:
        document = docx.Document(io.BytesIO(package.docx_bytes()))
        assert document.paragraphs is not None
        outcome = "package"
    assert outcome == EXPECTED.get(path.name, outcome)


@pytest.mark.parametrize(
    "name", ["openxmlsdk__shd-Table_Shading-val-pct5.docx.docx", "openxmlsdk__textDirection-Paragraph_Text_Flow_Direction-val-tbRl.docx"]
)
def test_strict_ooxml_text_is_readable(name):
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} not in corpus")
    package = open_package(path)
    assert package.strict
    document = docx.Document(io.BytesIO(package.docx_bytes()))
    text = " ".join(p.text for p in document.paragraphs) + " ".join(c.text for t in document.tables for c in t._cells)
    assert text.strip() or document.tables
