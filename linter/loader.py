"""The safe loader: the first thing that touches a file given to isplint.

It turns a path into a :class:`Package` (every part of a Word file, read into
memory and vetted) or raises :class:`~linter.errors.InputProblem` naming the
problem, which the pack's rules put in words a privacy adviser can act on.
Nothing downstream ever opens the file itself, so the guarantees made here
hold for the whole run:

* the input is read once and never written (no lock files, no temp copies);
* nothing inside the ZIP is used as a filesystem path; member names are
  dictionary keys only;
* the ZIP is checked against size and ratio limits *before* anything is
  decompressed, and decompression stops as soon as a member produces more
  than it declared ("zip bombs");
* every XML part python-docx or the reader will parse is parsed first with
  :mod:`linter.safexml`, so DOCTYPE/entity tricks (XXE, billion laughs) are
  refused here;
* encrypted packages are decrypted in memory only, and the password is never
  written into a message.

The file's *kind* is decided from its bytes, never from its name: a .docx
that is really a PDF gets the PDF message.
"""

from __future__ import annotations

import io
import os
import posixpath
import re
import stat
import zipfile
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping
from urllib.parse import unquote

from lxml import etree

from linter import safexml
from linter.errors import InputProblem

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Ceilings that keep one hostile file from exhausting memory or time."""

    max_file_bytes: int = 100 * MIB  # size of the file on disk
    max_part_bytes: int = 200 * MIB  # uncompressed size of any one zip member
    max_total_bytes: int = 500 * MIB  # all members together, uncompressed
    max_ratio: float = 200.0  # uncompressed/compressed for any member bigger than 1 MiB
    max_parts: int = 5000


# --------------------------------------------------------------------------
# Vocabulary: content types, relationship types and namespaces
# --------------------------------------------------------------------------

DOCX_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

# The main part's content type decides the format; the file name does not.
WORD_MAIN_TYPES = {
    DOCX_MAIN_TYPE: "docx",
    "application/vnd.ms-word.document.macroEnabled.main+xml": "docm",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": "dotx",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": "dotm",
}

# Fragments of other formats' main content types, and the problem each is.
OTHER_OFFICE_TYPES = (
    ("spreadsheetml", "excel"),
    ("ms-excel", "excel"),
    ("presentationml", "powerpoint"),
    ("ms-powerpoint", "powerpoint"),
    ("ms-visio", "visio"),
    ("themeManager", "office-theme"),
)

OFFICE_DOCUMENT_RELS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
HYPERLINK_REL_SUFFIX = "/hyperlink"

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"

# ISO/IEC 29500 Strict uses its own namespace URIs for the same vocabulary.
# python-docx only knows the Transitional ones, so docx_bytes() rewrites
# them; anything not listed keeps its Strict URI and is simply ignored.
STRICT_TO_TRANSITIONAL = {
    "http://purl.oclc.org/ooxml/wordprocessingml/main": W_NS,
    "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties":
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
    "http://purl.oclc.org/ooxml/officeDocument/relationships":
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/math":
        "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://purl.oclc.org/ooxml/officeDocument/sharedTypes":
        "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
    "http://purl.oclc.org/ooxml/officeDocument/customXml":
        "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties":
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "http://purl.oclc.org/ooxml/officeDocument/customProperties":
        "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes":
        "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "http://purl.oclc.org/ooxml/officeDocument/bibliography":
        "http://schemas.openxmlformats.org/officeDocument/2006/bibliography",
    "http://purl.oclc.org/ooxml/schemaLibrary/main":
        "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
    "http://purl.oclc.org/ooxml/drawingml/main":
        "http://schemas.openxmlformats.org/drawingml/2006/main",
    "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing":
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "http://purl.oclc.org/ooxml/drawingml/picture":
        "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "http://purl.oclc.org/ooxml/drawingml/chart":
        "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "http://purl.oclc.org/ooxml/drawingml/chartDrawing":
        "http://schemas.openxmlformats.org/drawingml/2006/chartDrawing",
    "http://purl.oclc.org/ooxml/drawingml/diagram":
        "http://schemas.openxmlformats.org/drawingml/2006/diagram",
    "http://purl.oclc.org/ooxml/drawingml/lockedCanvas":
        "http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas",
}
# Longest first, so ".../relationships/extendedProperties" wins over the
# ".../relationships" prefix it starts with.
_STRICT_URI_RE = re.compile(
    "|".join(re.escape(uri) for uri in sorted(STRICT_TO_TRANSITIONAL, key=len, reverse=True)).encode()
)

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
READ_CHUNK = 64 * 1024

# --------------------------------------------------------------------------
# The package
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Package:
    """Every part of one Word file, read into memory and vetted.

    ``parts`` maps ZIP member names (no leading slash, folders left out) to
    their bytes.  ``main_part`` names the main document part (normally
    ``word/document.xml``).
    """

    path: str
    format: str  # "docx" | "docm" | "dotx" | "dotm"
    parts: Mapping[str, bytes]
    main_part: str = "word/document.xml"
    strict: bool = field(default=False)  # ISO 29500 Strict namespaces, translated by docx_bytes()

    def __post_init__(self) -> None:
        if not isinstance(self.parts, MappingProxyType):
            object.__setattr__(self, "parts", MappingProxyType(dict(self.parts)))

    def __reduce__(self):
        """Pickle with a plain dict (a read-only mapping proxy cannot be pickled),
        so a Package can cross process boundaries (run_isolated, --jobs)."""
        return (Package, (self.path, self.format, dict(self.parts), self.main_part, self.strict))

    def docx_bytes(self) -> bytes:
        """An in-memory .docx of the same parts that python-docx will open.

        python-docx only accepts the plain .docx main content type, only
        Transitional namespaces, and fails on relationships that point at
        missing parts.  Word itself shrugs these off, so rather than refuse
        a macro-enabled file, a template, a Strict file or a slightly damaged
        file, this repairs the copy handed to python-docx: the text is
        unchanged.
        """
        parts = dict(self.parts)
        if self.strict:
            parts = {name: _to_transitional(name, data) for name, data in parts.items()}
        parts["[Content_Types].xml"] = _fixed_content_types(parts, self.main_part)
        parts["_rels/.rels"] = _fixed_package_rels(parts.get("_rels/.rels"), self.main_part)
        names = _NameIndex(parts)
        for name in [n for n in parts if _is_rels_name(n)]:
            parts[name] = _without_dangling_targets(name, parts[name], names)
        return _zip_bytes(parts)


def open_package(
    path: str | os.PathLike,
    *,
    password: str | None = None,
    limits: Limits | None = None,
) -> Package:
    """Read, vet and return the Word package at ``path``.

    Raises :class:`InputProblem` for anything that cannot be linted (an
    unreadable, encrypted or unsupported file; see ``linter.errors.PROBLEMS``).
    """
    limits = limits or Limits()
    data = _read_file(path, limits)
    if data.startswith(CFB_MAGIC):
        data = _unwrap_compound_file(data, password)
    elif not data.startswith(ZIP_MAGICS):
        raise _describe_non_zip(data)
    parts = _read_zip(data, limits)
    return _build_package(os.fspath(path), parts)


# --------------------------------------------------------------------------
# Stage 1: the file on disk
# --------------------------------------------------------------------------


def _read_file(path: str | os.PathLike, limits: Limits) -> bytes:
    """Read the whole file once, after checking it is a sensible regular file.

    Special files are refused up front because reading a FIFO or a device
    would block or never end.  The size is checked both before reading (so a
    huge file is never loaded) and after (in case it grew in between).
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.lexists(path):
            raise InputProblem("broken-link") from None
        raise InputProblem("not-found") from None
    except PermissionError:
        raise InputProblem("no-permission") from None
    except (OSError, ValueError):
        raise InputProblem("cannot-open") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputProblem("folder")
    if not stat.S_ISREG(info.st_mode):
        raise InputProblem("special-file")
    _check_file_size(info.st_size, limits)
    try:
        with open(path, "rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except PermissionError:
        raise InputProblem("no-permission") from None
    except OSError:
        raise InputProblem("read-error") from None
    _check_file_size(len(data), limits)
    return data


def _check_file_size(size: int, limits: Limits) -> None:
    if size == 0:
        raise InputProblem("empty")
    if size > limits.max_file_bytes:
        raise InputProblem("too-large", size_bytes=size, limit_bytes=limits.max_file_bytes)


# --------------------------------------------------------------------------
# Stage 2: what kind of file is it?
# --------------------------------------------------------------------------


def _describe_non_zip(data: bytes) -> InputProblem:
    """Name a file that is not a ZIP at all, by its first bytes.

    Formats Word or LibreOffice can turn into a .docx are unsupported formats
    (reported with the conversion hint); anything else is an unreadable file.
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = head.lower()
    if head.startswith(b"{\\rtf"):
        return InputProblem("rtf")
    if head.startswith(b"%PDF"):
        return InputProblem("pdf")
    if b"schemas.microsoft.com/office/word/2003/wordml" in lower or b"<w:worddocument" in lower:
        return InputProblem("word-xml")
    if b"urn:oasis:names:tc:opendocument" in lower:
        return InputProblem("flat-odt")
    if lower.startswith(b"mime-version:"):
        return InputProblem("mht")
    if lower.startswith((b"<!doctype html", b"<html")) or b"<html" in lower[:512]:
        return InputProblem("html")
    if head.startswith(b"\xffWPC"):
        return InputProblem("wordperfect")
    return InputProblem("unknown-format")


def _unwrap_compound_file(data: bytes, password: str | None) -> bytes:
    """Handle an OLE compound file: an encrypted .docx, or a legacy Office file.

    Word stores a password-encrypted .docx inside a compound file (the same
    container as a Word 97-2003 .doc), so the container alone does not say
    which it is; the streams inside do.  Returns the decrypted ZIP bytes of
    an encrypted .docx, and raises for everything else.
    """
    import olefile  # a dependency of msoffcrypto-tool

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            streams = {"/".join(entry).lower() for entry in ole.listdir(streams=True, storages=False)}
    except Exception:  # olefile raises many types on damaged containers
        raise InputProblem("damaged-container") from None
    if "encryptedpackage" in streams:
        return _decrypt(data, password)
    if "worddocument" in streams:
        raise _legacy_doc_problem(data)
    if "workbook" in streams or "book" in streams:
        raise InputProblem("excel")
    if "powerpoint document" in streams:
        raise InputProblem("powerpoint")
    raise InputProblem("other-container")


def _legacy_doc_problem(data: bytes) -> InputProblem:
    """A Word 97-2003 .doc (an unsupported format), saying so if it has a password.

    An encrypted .doc is an unsupported format, not an encrypted document: even with the right
    password isplint could not read the old binary format, so asking for the
    password would only send the user round in a circle.  The one fix that
    works is to open it in Word (entering the password) and save as .docx.
    """
    return InputProblem("doc-encrypted" if _is_encrypted_legacy(data) else "doc")


def _is_encrypted_legacy(data: bytes) -> bool:
    import msoffcrypto

    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception:  # a damaged FIB: report it as a plain .doc
        return False


def _decrypt(data: bytes, password: str | None) -> bytes:
    """Decrypt an encrypted .docx in memory; the password never leaves this function."""
    import msoffcrypto
    from msoffcrypto import exceptions as crypto_errors

    if not password:
        raise InputProblem("encrypted-no-password")
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        office.load_key(password=password, verify_password=True)
        out = io.BytesIO()
        office.decrypt(out)
    except crypto_errors.InvalidKeyError:
        raise InputProblem("wrong-password") from None
    except Exception:
        # Rights-management (IRM) protection, unknown ciphers, damaged headers.
        raise InputProblem("unsupported-encryption") from None
    return out.getvalue()


# --------------------------------------------------------------------------
# Stage 3: the ZIP, within limits
# --------------------------------------------------------------------------


def _read_zip(data: bytes, limits: Limits) -> dict[str, bytes]:
    """Every member of the ZIP, checked against the limits before and while unpacking.

    zipfile's error surface on hostile input is wide (BadZipFile, EOFError,
    zlib.error, struct.error, UnicodeDecodeError, NotImplementedError ...);
    whatever it raises, the user's answer is the same: the file is damaged.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = _vetted_members(archive.infolist(), limits)
            return _unpack(archive, members, limits)
    except InputProblem:
        raise
    except MemoryError:
        raise
    except Exception:
        raise InputProblem("damaged") from None


def _vetted_members(infos: list[zipfile.ZipInfo], limits: Limits) -> list[zipfile.ZipInfo]:
    """The file members, after refusing anything over a limit.

    Uses only the sizes the ZIP declares, so a zip bomb is refused before a
    single byte is decompressed.  Names are compared case-insensitively
    because Office treats part names that way: two members differing only by
    case (or exactly equal) could be read differently by different programs.
    """
    if len(infos) > limits.max_parts:
        raise InputProblem("too-many-parts", parts=len(infos), max_parts=limits.max_parts)
    seen: set[str] = set()
    members = []
    total = 0
    for info in infos:
        key = info.filename.casefold()
        if key in seen:
            raise InputProblem("duplicate-part", part=info.filename)
        seen.add(key)
        if info.is_dir():
            continue
        if info.flag_bits & 0x1:
            raise InputProblem("zip-password")
        _check_declared_size(info, limits)
        total += info.file_size
        members.append(info)
    if total > limits.max_total_bytes:
        raise InputProblem("zip-bomb-total", size_bytes=total, limit_bytes=limits.max_total_bytes)
    return members


def _check_declared_size(info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.file_size > limits.max_part_bytes:
        raise InputProblem("zip-bomb-part", size_bytes=info.file_size, limit_bytes=limits.max_part_bytes)
    if info.file_size > MIB and info.file_size > limits.max_ratio * max(info.compress_size, 1):
        raise InputProblem("zip-bomb-ratio", size_bytes=info.file_size, ratio=limits.max_ratio)


def _unpack(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], limits: Limits) -> dict[str, bytes]:
    parts: dict[str, bytes] = {}
    budget = limits.max_total_bytes
    for info in members:
        data = _read_member(archive, info)
        budget -= len(data)
        if budget < 0:
            raise InputProblem("zip-bomb-undeclared", limit_bytes=limits.max_total_bytes)
        parts[info.filename] = data
    return parts


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Decompress one member in chunks, refusing it the moment it exceeds its declared size.

    zipfile already clips output at the declared size and then fails the CRC
    check; counting here keeps the guarantee even if that behaviour changes.
    """
    chunks = []
    produced = 0
    with archive.open(info) as stream:
        while chunk := stream.read(READ_CHUNK):
            produced += len(chunk)
            if produced > info.file_size:
                raise InputProblem("part-overflow", part=info.filename)
            chunks.append(chunk)
    return b"".join(chunks)


# --------------------------------------------------------------------------
# Stage 4: is the ZIP a Word document?
# --------------------------------------------------------------------------


def _build_package(path: str, parts: dict[str, bytes]) -> Package:
    _refuse_opendocument(parts)
    names = _NameIndex(parts)
    _use_canonical_names(parts, names)
    if "[Content_Types].xml" not in parts:
        if names.find("word/document.xml") is None:
            raise InputProblem("zip-of-other-files")
        raise InputProblem("damaged")
    content_types = _ContentTypes(_parse_expecting(parts, "[Content_Types].xml", f"{{{CT_NS}}}Types"))
    main = _main_part_name(parts, names)
    if main is None:
        raise InputProblem("no-main-part")
    root = _parse(parts[main], main)
    for name in parts:
        if _is_rels_name(name):
            _parse_expecting(parts, name, f"{{{RELS_NS}}}Relationships")
        elif name != main and _is_vetted_xml(name, content_types):
            _parse(parts[name], name)
    fmt = _format_of(content_types.of(main), root)
    return Package(
        path=path,
        format=fmt,
        parts=MappingProxyType(parts),
        main_part=main,
        strict=etree.QName(root).namespace == STRICT_W_NS,
    )


def _parse_expecting(parts: Mapping[str, bytes], name: str, tag: str) -> etree._Element:
    """Parse a packaging part and check it is what its name says (python-docx assumes so)."""
    root = _parse(parts[name], name)
    if root.tag != tag:
        raise InputProblem("bad-part", part=name)
    return root


def _parse(data: bytes, name: str) -> etree._Element:
    """A part parsed with :mod:`linter.safexml`, a refusal named: an attack, or a damaged part."""
    try:
        return safexml.parse(data, name=name)
    except InputProblem:
        raise InputProblem("xml-declarations" if safexml.has_declarations(data) else "bad-part", part=name) from None


def _use_canonical_names(parts: dict[str, bytes], names: "_NameIndex") -> None:
    """Store the two fixed-name parts under their exact names, whatever case the ZIP used.

    Office matches part names case-insensitively; python-docx asks for these
    two by exact name.
    """
    for canonical in ("[Content_Types].xml", "_rels/.rels"):
        found = names.find(canonical)
        if found is not None and found != canonical:
            parts[canonical] = parts.pop(found)
            names.rename(found, canonical)


def _refuse_opendocument(parts: Mapping[str, bytes]) -> None:
    """OpenDocument files are ZIPs too; their first member names the kind."""
    mimetype = parts.get("mimetype", b"")[:100]
    if not mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        raise InputProblem("odt")
    kind = mimetype.rsplit(b".", 1)[-1].decode("ascii", "replace")
    raise InputProblem("opendocument-other", format=kind)


class _ContentTypes:
    """Look-ups in [Content_Types].xml (part names are case-insensitive in OPC)."""

    def __init__(self, root: etree._Element):
        self.defaults = {
            el.get("Extension", "").lower(): el.get("ContentType", "")
            for el in root.iter(f"{{{CT_NS}}}Default")
        }
        self.overrides = {
            el.get("PartName", "").lstrip("/").lower(): el.get("ContentType", "")
            for el in root.iter(f"{{{CT_NS}}}Override")
        }

    def of(self, name: str) -> str | None:
        found = self.overrides.get(name.lower())
        if found is None:
            found = self.defaults.get(posixpath.splitext(name)[1].lstrip(".").lower())
        return found


def _is_vetted_xml(name: str, content_types: _ContentTypes) -> bool:
    """Parts isplint or python-docx may parse as XML, and so must be safe to parse.

    Images are left out: an SVG picture legitimately carries a DOCTYPE, and
    nothing in isplint parses pictures.
    """
    ctype = (content_types.of(name) or "").lower()
    if ctype.startswith("image/"):
        return False
    return ctype.endswith("xml") or name.lower().endswith((".xml", ".rels"))


def _main_part_name(parts: Mapping[str, bytes], names: "_NameIndex") -> str | None:
    """The main document part: the package's officeDocument relationship, else word/document.xml."""
    rels = parts.get("_rels/.rels")
    if rels is not None:
        root = _parse(rels, "_rels/.rels")
        for rel in root.iter(f"{{{RELS_NS}}}Relationship"):
            if rel.get("Type") in OFFICE_DOCUMENT_RELS and rel.get("TargetMode") != "External":
                found = names.find(_resolve_target("", rel.get("Target", "")))
                if found is not None:
                    return found
    return names.find("word/document.xml")


def _format_of(content_type: str | None, root: etree._Element) -> str:
    if content_type in WORD_MAIN_TYPES:
        if not _is_word_body(root):
            raise InputProblem("bad-main-text")
        return WORD_MAIN_TYPES[content_type]
    for fragment, problem in OTHER_OFFICE_TYPES:
        if content_type and fragment.lower() in content_type.lower():
            raise InputProblem(problem)
    if _is_word_body(root):
        return "docx"  # a Word body with a missing or odd content type: Word opens these
    raise InputProblem("no-word-body")


def _is_word_body(root: etree._Element) -> bool:
    return root.tag in (f"{{{W_NS}}}document", f"{{{STRICT_W_NS}}}document")


class _NameIndex:
    """Case-insensitive look-up of member names (OPC part names ignore case).

    Built once per package so resolving thousands of relationships stays
    linear rather than scanning every member for each one.
    """

    def __init__(self, names):
        self._by_folded = {name.casefold(): name for name in names}

    def find(self, name: str) -> str | None:
        return self._by_folded.get(name.casefold())

    def rename(self, old: str, new: str) -> None:
        del self._by_folded[old.casefold()]
        self._by_folded[new.casefold()] = new


def _resolve_target(base_dir: str, target: str) -> str:
    """A relationship target as a member name: absolute or relative, %-escapes undone."""
    target = unquote(target.split("#", 1)[0])
    joined = target.lstrip("/") if target.startswith("/") else posixpath.join(base_dir, target)
    return posixpath.normpath(joined).lstrip("/")


# --------------------------------------------------------------------------
# docx_bytes() helpers: the repaired copy for python-docx
# --------------------------------------------------------------------------


def _is_rels_name(name: str) -> bool:
    return name.lower().endswith(".rels")


def _to_transitional(name: str, data: bytes) -> bytes:
    """Rewrite Strict namespace URIs (and relationship types) to Transitional ones.

    Byte-level replacement is safe here because the URIs are long and
    distinctive, and the parts were already checked to be well-formed XML.
    """
    if not name.lower().endswith((".xml", ".rels")):
        return data
    return _STRICT_URI_RE.sub(lambda m: STRICT_TO_TRANSITIONAL[m.group(0).decode()].encode(), data)


def _fixed_content_types(parts: Mapping[str, bytes], main: str) -> bytes:
    """[Content_Types].xml with the main part typed as a plain .docx and every part typed.

    python-docx rejects .docm/.dotx/.dotm main types outright, and fails on a
    part whose extension has no content type; Word tolerates both.
    """
    root = safexml.parse(parts["[Content_Types].xml"], name="[Content_Types].xml")
    for el in list(root.iter(f"{{{CT_NS}}}Override")):
        if el.get("PartName", "").lstrip("/").lower() == main.lower():
            root.remove(el)
    _add_override(root, main, DOCX_MAIN_TYPE)
    known = _ContentTypes(root)
    for name in parts:
        if name != "[Content_Types].xml" and known.of(name) is None:
            ctype = "application/vnd.openxmlformats-package.relationships+xml" if _is_rels_name(name) else "application/octet-stream"
            _add_override(root, name, ctype)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _add_override(root: etree._Element, name: str, content_type: str) -> None:
    etree.SubElement(root, f"{{{CT_NS}}}Override", PartName="/" + name, ContentType=content_type)


def _fixed_package_rels(data: bytes | None, main: str) -> bytes:
    """_rels/.rels with exactly one Transitional officeDocument relationship, to ``main``."""
    if data is None:
        root = etree.Element(f"{{{RELS_NS}}}Relationships", nsmap={None: RELS_NS})
    else:
        root = safexml.parse(data, name="_rels/.rels")
    for rel in list(root.iter(f"{{{RELS_NS}}}Relationship")):
        if rel.get("Type") in OFFICE_DOCUMENT_RELS:
            root.remove(rel)
    ids = {rel.get("Id") for rel in root.iter(f"{{{RELS_NS}}}Relationship")}
    new_id = next(f"rIdMain{i}" for i in range(len(ids) + 1) if f"rIdMain{i}" not in ids)
    etree.SubElement(root, f"{{{RELS_NS}}}Relationship", Id=new_id, Type=OFFICE_DOCUMENT_RELS[0], Target="/" + main)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _without_dangling_targets(name: str, data: bytes, names: _NameIndex) -> bytes:
    """A part's relationships with internal targets that do not exist removed.

    python-docx loads every internal target eagerly and stops at the first
    missing one.  A hyperlink whose target is missing is kept but marked
    external, so the r:id in the text still resolves; any other dangling
    relationship is dropped, as Word does when it opens such a file.
    """
    root = safexml.parse(data, name=name)
    source_dir = posixpath.dirname(posixpath.dirname(name))  # word/_rels/x.rels -> word
    changed = False
    for rel in list(root.iter(f"{{{RELS_NS}}}Relationship")):
        if rel.get("TargetMode") == "External":
            continue
        if names.find(_resolve_target(source_dir, rel.get("Target", ""))) is not None:
            continue
        changed = True
        if (rel.get("Type") or "").endswith(HYPERLINK_REL_SUFFIX):
            rel.set("TargetMode", "External")
        else:
            root.remove(rel)
    if not changed:
        return data
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _zip_bytes(parts: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", parts["[Content_Types].xml"])
        for name, data in parts.items():
            if name != "[Content_Types].xml":
                archive.writestr(name, data)
    return buffer.getvalue()
