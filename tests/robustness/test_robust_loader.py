"""open_package on good, odd and hostile files: a Package or one clear InputProblem."""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import time
import zipfile

import docx
import msoffcrypto
import pytest
from msoffcrypto.format.ooxml import OOXMLFile

from linter import loader
from linter.errors import InputProblem
from linter.findings import Finding
from linter.loader import Limits, Package, open_package

from hostile_files import (
    assert_clear_problem,
    compound_file,
    legacy_doc,
    make_zip,
    set_declared_size,
    valid_docx_bytes,
    with_part,
    zip_parts,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT_XML = "word/document.xml"
CONTENT_TYPES = "[Content_Types].xml"


def problem(path, code: str, **kwargs) -> Finding:
    """The finding for the file at ``path``, which open_package refuses; it must be rule ``code``."""
    with pytest.raises(InputProblem) as caught:
        open_package(path, **kwargs)
    return assert_clear_problem(caught.value, code)


def python_docx_text(package: Package) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(package.docx_bytes())).paragraphs)


# ----------------------------------------------------------------------------- good files


def test_valid_docx_gives_package_python_docx_can_open(write, docx_bytes):
    package = open_package(write(docx_bytes))
    assert package.format == "docx"
    assert package.main_part == DOCUMENT_XML
    assert not package.strict
    assert package.parts[DOCUMENT_XML] == zip_parts(docx_bytes)[DOCUMENT_XML]
    assert "how the parties share personal information" in python_docx_text(package)


@pytest.mark.parametrize(
    ("content_type", "fmt"),
    [
        ("application/vnd.ms-word.document.macroEnabled.main+xml", "docm"),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", "dotx"),
        ("application/vnd.ms-word.template.macroEnabledTemplate.main+xml", "dotm"),
    ],
)
def test_format_comes_from_content_type_and_docx_bytes_opens(write, docx_bytes, content_type, fmt):
    types = zip_parts(docx_bytes)[CONTENT_TYPES].replace(loader.DOCX_MAIN_TYPE.encode(), content_type.encode())
    package = open_package(write(with_part(docx_bytes, CONTENT_TYPES, types), name="misnamed.docx"))
    assert package.format == fmt
    assert "Purpose" in python_docx_text(package)


def test_strict_ooxml_is_translated_for_python_docx(write, docx_bytes):
    parts = zip_parts(docx_bytes)
    for name, data in parts.items():
        for strict, transitional in loader.STRICT_TO_TRANSITIONAL.items():
            if name.endswith((".xml", ".rels")) and not strict.endswith("extendedProperties"):
                data = data.replace(transitional.encode(), strict.encode())
        parts[name] = data
    assert loader.STRICT_W_NS.encode() in parts[DOCUMENT_XML]
    package = open_package(write(make_zip(parts)))
    assert package.strict
    assert "Discloser" in [c.text for t in docx.Document(io.BytesIO(package.docx_bytes())).tables for c in t._cells]


def test_main_part_found_without_package_relationships(write, docx_bytes):
    parts = zip_parts(docx_bytes)
    del parts["_rels/.rels"]
    package = open_package(write(make_zip(parts)))
    assert package.main_part == DOCUMENT_XML
    assert "Purpose" in python_docx_text(package)


def test_dangling_relationship_does_not_stop_python_docx(write, docx_bytes):
    parts = zip_parts(docx_bytes)
    del parts["docProps/core.xml"]
    package = open_package(write(make_zip(parts)))
    assert "Purpose" in python_docx_text(package)


def test_part_names_are_case_insensitive(write, docx_bytes):
    parts = zip_parts(docx_bytes)
    parts["[content_types].XML"] = parts.pop(CONTENT_TYPES)
    parts["_RELS/.rels"] = parts.pop("_rels/.rels")
    assert "Purpose" in python_docx_text(open_package(write(make_zip(parts))))


def test_package_survives_pickling(write, docx_bytes):
    """The batch runner may send packages between processes."""
    package = open_package(write(docx_bytes))
    copy = pickle.loads(pickle.dumps(package))
    assert copy == package
    with pytest.raises(TypeError):
        copy.parts["word/document.xml"] = b""  # still read-only


def test_svg_picture_with_doctype_is_not_refused(write, docx_bytes):
    types = zip_parts(docx_bytes)[CONTENT_TYPES].replace(
        b"</Types>", b'<Default Extension="svg" ContentType="image/svg+xml"/></Types>'
    )
    data = with_part(docx_bytes, CONTENT_TYPES, types)
    svg = b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd"><svg/>'
    assert open_package(write(with_part(data, "word/media/image1.svg", svg))).format == "docx"


# ----------------------------------------------------------------------------- ISP001: not readable


def test_missing_file(tmp_path):
    assert "does not exist" in problem(tmp_path / "nope.docx", "ISP001").text


def test_empty_file(write):
    assert "empty" in problem(write(b""), "ISP001").text


def test_directory_named_docx(tmp_path):
    (tmp_path / "folder.docx").mkdir()
    assert "folder" in problem(tmp_path / "folder.docx", "ISP001").text


def test_broken_symlink(tmp_path):
    link = tmp_path / "link.docx"
    link.symlink_to(tmp_path / "gone.docx")
    assert "no longer exists" in problem(link, "ISP001").text


def test_no_read_permission(write, docx_bytes, monkeypatch):
    path = write(docx_bytes)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # root can read anything: simulate the refusal the OS would give.
        def refuse(*_args, **_kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(loader, "open", refuse, raising=False)
    else:
        path.chmod(0)
    assert "permission" in problem(path, "ISP001").text


def test_file_over_size_limit(write, docx_bytes):
    message = problem(write(docx_bytes), "ISP001", limits=Limits(max_file_bytes=1000)).text
    assert "--max-file-size" in message


def test_random_bytes(write):
    assert "not a Word document" in problem(write(os.urandom(3000)), "ISP001").text


def test_truncated_zip(write, docx_bytes):
    finding = problem(write(docx_bytes[: len(docx_bytes) // 2]), "ISP001")
    assert finding.data == {"problem": "damaged"}
    assert finding.text == ("The file is damaged: it is not a complete Word (.docx) file. "
                            "Open it in Word and save it again, or get a fresh copy.")


def test_corrupt_member(write, docx_bytes):
    data = bytearray(docx_bytes)
    start = data.find(b"word/document.xml") + 40  # inside the compressed body of the first local copy
    data[start : start + 50] = os.urandom(50)
    problem(write(bytes(data)), "ISP001")


def test_zip_without_word_document(write):
    assert "ZIP archive" in problem(write(make_zip({"notes.txt": b"hello"})), "ISP001").text


def test_zip_with_content_types_but_no_main_part(write, docx_bytes):
    parts = zip_parts(docx_bytes)
    del parts[DOCUMENT_XML]
    assert "main text" in problem(write(make_zip(parts)), "ISP001").text


def test_excel_workbook_named_docx(write):
    xlsx = make_zip(
        {
            CONTENT_TYPES: b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            b'spreadsheetml.sheet.main+xml"/></Types>',
            "_rels/.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'officeDocument" Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
        }
    )
    assert "Excel workbook, not a Word document" in problem(write(xlsx), "ISP001").text


@pytest.mark.parametrize("names", [["word/document.xml"] * 2, ["word/document.xml", "Word/Document.xml"]])
def test_duplicate_member_names(write, docx_bytes, names):
    parts = list(zip_parts(docx_bytes).items()) + [(name, b"<w:document/>") for name in names[1:]]
    assert "same name" in problem(write(make_zip(parts)), "ISP001").text


def test_too_many_members(write):
    parts = {f"junk/{i}.bin": b"" for i in range(5001)}
    assert "too many parts" in problem(write(make_zip(parts, compression=zipfile.ZIP_STORED)), "ISP001").text


def test_too_many_members_custom_limit(write, docx_bytes):
    problem(write(docx_bytes), "ISP001", limits=Limits(max_parts=3))


# ----------------------------------------------------------------------------- zip bombs


def _zip_with_zero_member(total: int, name: str = "word/media/bomb.bin") -> bytes:
    """A ZIP whose one member is ``total`` zero bytes, written in a stream so memory stays small."""
    buffer = io.BytesIO()
    chunk = bytes(8 * 1024 * 1024)
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open(name, "w", force_zip64=True) as member:
            for _ in range(total // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def _never_decompress(monkeypatch):
    def fail(*_args):
        raise AssertionError("a member was decompressed before the limits were checked")

    monkeypatch.setattr(loader, "_read_member", fail)


def test_500_mb_member_refused_before_decompressing(write, monkeypatch):
    path = write(_zip_with_zero_member(500 * 1024 * 1024))
    assert path.stat().st_size < 5 * 1024 * 1024
    _never_decompress(monkeypatch)
    started = time.monotonic()
    assert "exhaust" in problem(path, "ISP001").text
    assert time.monotonic() - started < 2


def test_high_compression_ratio_refused(write, monkeypatch):
    _never_decompress(monkeypatch)
    problem(write(_zip_with_zero_member(16 * 1024 * 1024)), "ISP001")


def test_total_size_refused(write, docx_bytes, monkeypatch):
    _never_decompress(monkeypatch)
    problem(write(docx_bytes), "ISP001", limits=Limits(max_total_bytes=10_000))


@pytest.mark.parametrize("declared", [10, 0])
def test_member_that_lies_about_its_size(write, docx_bytes, declared):
    started = time.monotonic()
    problem(write(set_declared_size(docx_bytes, DOCUMENT_XML, declared)), "ISP001")
    assert time.monotonic() - started < 2


def test_read_member_stops_one_byte_past_declared_size(docx_bytes):
    """The chunked reader's own guard, independent of zipfile's CRC check."""
    archive = zipfile.ZipFile(io.BytesIO(docx_bytes))
    info = archive.getinfo(DOCUMENT_XML)
    info.file_size -= 1
    archive.open = lambda *_a, **_k: io.BytesIO(zip_parts(docx_bytes)[DOCUMENT_XML])  # a stream that over-delivers
    with pytest.raises(InputProblem) as caught:
        loader._read_member(archive, info)
    assert_clear_problem(caught.value, "ISP001")


# ----------------------------------------------------------------------------- XML attacks

XXE = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>' % W.encode()
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b']><w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>' % W.encode()
)


@pytest.mark.parametrize("payload", [XXE, LAUGHS], ids=["xxe", "billion-laughs"])
@pytest.mark.parametrize("part", [DOCUMENT_XML, "word/styles.xml", "_rels/.rels", CONTENT_TYPES])
def test_doctype_refused_quickly(write, docx_bytes, payload, part):
    started = time.monotonic()
    message = problem(write(with_part(docx_bytes, part, payload)), "ISP001").text
    assert "DOCTYPE" in message and part in message
    assert "root:" not in message
    assert time.monotonic() - started < 2


def test_utf16_doctype_refused(write, docx_bytes):
    payload = XXE.replace(b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="UTF-16"?>').decode().encode("utf-16")
    problem(write(with_part(docx_bytes, DOCUMENT_XML, payload)), "ISP001")


def test_malformed_xml_part(write, docx_bytes):
    message = problem(write(with_part(docx_bytes, "word/styles.xml", b"<w:styles><oops>")), "ISP001").text
    assert "word/styles.xml" in message


# ----------------------------------------------------------------------------- ISP002: encrypted


@pytest.fixture
def encrypted_docx(write, docx_bytes):
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(docx_bytes)).encrypt("Tuatara-42", out)
    return write(out.getvalue(), name="secret.docx")


def test_encrypted_without_password(encrypted_docx):
    message = problem(encrypted_docx, "ISP002").text
    assert "--password" in message and "ISPLINT_PASSWORD" in message


def test_encrypted_with_right_password(encrypted_docx):
    package = open_package(encrypted_docx, password="Tuatara-42")
    assert "Purpose" in python_docx_text(package)


def test_encrypted_with_wrong_password(encrypted_docx):
    finding = problem(encrypted_docx, "ISP002", password="kiwi")
    assert finding.data == {"problem": "wrong-password"}
    assert finding.message == "The password given for this document is not correct."
    assert "kiwi" not in finding.text


def test_encrypted_decryption_is_in_memory_only(encrypted_docx, tmp_path):
    before = sorted(p.name for p in tmp_path.iterdir())
    open_package(encrypted_docx, password="Tuatara-42")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


# ----------------------------------------------------------------------------- ISP003: other formats


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"{\\rtf1\\ansi Information sharing protocol}", ".rtf"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
        (b'<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>', "Word 2003 XML"),
        (b"<!DOCTYPE html><html><body>protocol</body></html>", "web page"),
    ],
)
def test_other_formats(write, data, expected):
    assert expected in problem(write(data), "ISP003").text


def test_odt(write):
    odt = make_zip(
        [("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<office:document-content/>")],
        compression=zipfile.ZIP_STORED,
    )
    message = problem(write(odt, name="protocol.odt"), "ISP003").text
    assert ".odt" in message and "--convert" in message


def test_legacy_doc(write):
    message = problem(write(legacy_doc(), name="protocol.doc"), "ISP003").text
    assert "Word 97-2003" in message and "Save As" in message


def test_encrypted_legacy_doc_is_unsupported_not_encrypted(write):
    message = problem(write(legacy_doc(encrypted=True)), "ISP003").text
    assert "password" in message and "Save As" in message


def test_compound_file_of_another_kind(write):
    assert "Excel" in problem(write(compound_file({"Workbook": b"\0" * 10})), "ISP001").text


def test_damaged_compound_file(write):
    problem(write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), "ISP001")


# ----------------------------------------------------------------------------- the input is never touched


def _fingerprint(path):
    info = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), info.st_mtime_ns, info.st_size


@pytest.mark.parametrize(
    "make",
    [
        valid_docx_bytes,
        lambda: valid_docx_bytes()[:2000],
        lambda: with_part(valid_docx_bytes(), DOCUMENT_XML, XXE),
        lambda: legacy_doc(),
    ],
    ids=["valid", "truncated", "xxe", "legacy-doc"],
)
def test_input_unchanged(write, make):
    path = write(make())
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = _fingerprint(path)
    folder_before = sorted(p.name for p in path.parent.iterdir())
    try:
        open_package(path)
    except InputProblem:
        pass
    assert _fingerprint(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == folder_before


def test_encrypted_input_unchanged(encrypted_docx):
    before = _fingerprint(encrypted_docx)
    open_package(encrypted_docx, password="Tuatara-42")
    assert _fingerprint(encrypted_docx) == before


def test_msoffcrypto_supports_encryption():
    """The encrypted-file tests depend on msoffcrypto-tool being able to encrypt."""
    assert hasattr(OOXMLFile, "encrypt"), msoffcrypto.__version__
