"""Unusual but legitimate Word structures: each lints correctly or says what is unsupported."""

from __future__ import annotations

import io
import json
import re
import zipfile

from click.testing import CliRunner

from linter.cli import main
from tests.protocols import build_protocol


def rewrite(src: bytes, edit) -> bytes:
    """A copy of a .docx with ``edit(parts)`` applied to its {name: bytes} parts."""
    with zipfile.ZipFile(io.BytesIO(src)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    edit(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def lint(tmp_path, data: bytes):
    path = tmp_path / "p.docx"
    path.write_bytes(data)
    r = CliRunner().invoke(main, ["lint", "--format", "json", "--as-of", "2026-11-24", str(path)],
                           catch_exceptions=False)
    (f,) = json.loads(r.output)["files"]
    return f


def protocol(**kw) -> bytes:
    return build_protocol("styles", **kw).to_bytes()


def test_missing_styles_part_still_finds_heading_styles(tmp_path):
    def drop_styles(parts):
        del parts["word/styles.xml"]
        rels = parts["word/_rels/document.xml.rels"].decode()
        parts["word/_rels/document.xml.rels"] = re.sub(r'<Relationship [^>]*styles\.xml"/>', "", rels).encode()
    f = lint(tmp_path, rewrite(protocol(), drop_styles))
    assert f["status"] == "ok"
    assert [x["rule"] for x in f["findings"] if x["rule"].startswith("ISP1")] == []


def test_numbering_without_definitions(tmp_path):
    def drop_numbering(parts):
        parts["word/numbering.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
    f = lint(tmp_path, rewrite(protocol(), drop_numbering))
    assert f["status"] == "ok" and f["findings"] == []


def test_glossary_document_is_ignored(tmp_path):
    glossary = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                b'<w:glossaryDocument xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                b'<w:docParts><w:docPart><w:docPartPr><w:name w:val="DefaultPlaceholder"/></w:docPartPr>'
                b'<w:docPartBody><w:p><w:r><w:t>Choose an item.</w:t></w:r></w:p></w:docPartBody>'
                b'</w:docPart></w:docParts></w:glossaryDocument>')

    def add_glossary(parts):
        parts["word/glossary/document.xml"] = glossary
        ct = parts["[Content_Types].xml"].decode()
        parts["[Content_Types].xml"] = ct.replace("</Types>", (
            '<Override PartName="/word/glossary/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/></Types>')).encode()
        rels = parts["word/_rels/document.xml.rels"].decode()
        parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
            '<Relationship Id="rIdGloss" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/glossaryDocument" Target="glossary/document.xml"/></Relationships>')).encode()
    f = lint(tmp_path, rewrite(protocol(), add_glossary))
    assert f["status"] == "ok" and f["findings"] == []  # the glossary's placeholder text is not the document's


def test_alt_chunk_is_reported_as_unsupported(tmp_path):
    def add_alt_chunk(parts):
        parts["word/afchunk.htm"] = b"<html><body><h1>Review</h1><p>Every 12 months.</p></body></html>"
        ct = parts["[Content_Types].xml"].decode()
        parts["[Content_Types].xml"] = ct.replace(
            "</Types>", '<Default Extension="htm" ContentType="text/html"/></Types>').encode()
        rels = parts["word/_rels/document.xml.rels"].decode()
        parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
            '<Relationship Id="rIdAlt" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/aFChunk" Target="afchunk.htm"/></Relationships>')).encode()
        doc = parts["word/document.xml"].decode()
        parts["word/document.xml"] = doc.replace("<w:sectPr", '<w:altChunk r:id="rIdAlt"/><w:sectPr', 1).encode()
    f = lint(tmp_path, rewrite(protocol(omit=("review",)), add_alt_chunk))
    assert f["status"] == "ok"
    rules = [x["rule"] for x in f["findings"]]
    assert rules.count("ISP004") == 1 and "ISP101" in rules
    (isp004,) = [x for x in f["findings"] if x["rule"] == "ISP004"]
    assert "imported from another file" in isp004["message"] and "save it again" in isp004["fix"]
