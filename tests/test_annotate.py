"""`isplint annotate` writes each finding as a Word comment on its paragraph, in a copy."""

from __future__ import annotations

import hashlib
import os

from click.testing import CliRunner

from linter.cli import main
from linter.docx_reader import read_document
from linter.loader import open_package
from tests.protocols import build_protocol


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns


def test_findings_become_comments_on_their_paragraphs(tmp_path):
    draft = tmp_path / "draft.docx"
    build_protocol("styles", omit=("review",)).save(draft)
    before = digest(draft)
    r = CliRunner().invoke(main, ["annotate", str(draft), "--as-of", "2026-11-24"], catch_exceptions=False)
    assert r.exit_code == 1, r.output
    out = tmp_path / "draft-isplint.docx"
    assert f"Wrote 1 comment to {out}." in r.output
    assert digest(draft) == before  # the draft itself is untouched
    doc = read_document(open_package(out))
    (c,) = doc.comments
    assert c.author == "isplint"
    assert c.text.startswith('ISP101 missing-section (error): The protocol has no "Review" section.')
    approval = next(b for b in doc.blocks if b.text == "Approval")
    assert c.anchor == approval.index
    # the copy reads the same as the original, comments aside
    original = read_document(open_package(draft))
    assert [b.text for b in doc.blocks] == [b.text for b in original.blocks]


def test_clean_draft_gets_no_comments(tmp_path):
    draft = tmp_path / "clean.docx"
    build_protocol("form-table").save(draft)
    out = tmp_path / "out.docx"
    r = CliRunner().invoke(main, ["annotate", str(draft), "-o", str(out), "--as-of", "2026-11-24"])
    assert r.exit_code == 0 and "Wrote 0 comments" in r.output
    assert read_document(open_package(out)).comments == ()


def test_refuses_to_overwrite_the_draft(tmp_path):
    draft = tmp_path / "draft.docx"
    build_protocol("styles").save(draft)
    before = digest(draft)
    r = CliRunner().invoke(main, ["annotate", str(draft), "-o", str(draft)])
    assert r.exit_code == 2 and "must not overwrite" in r.output
    assert digest(draft) == before


def test_unreadable_draft_is_a_one_line_finding(tmp_path):
    draft = tmp_path / "draft.docx"
    draft.write_bytes(b"not a word file")
    r = CliRunner().invoke(main, ["annotate", str(draft)])
    assert r.exit_code == 1 and "ISP001" in r.output and len(r.output.strip().splitlines()) == 1
    assert not (tmp_path / "draft-isplint.docx").exists()
