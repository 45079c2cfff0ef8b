"""Builders for hostile and unusual input files (shared by the robustness tests).

Every file the robustness tests use is made here, inside the test run, so no
binary blobs are committed and each file's hostility is visible in code.
"""

from __future__ import annotations

import io
import os
import struct
import warnings
import zipfile
from pathlib import Path

import docx
from linter.engine import input_finding
from linter.errors import InputProblem
from linter.findings import Finding
from linter.pack import load_pack

# Words that would mean a programmer's exception leaked into a user message.
JARGON = ("Traceback", "BadZipFile", "Error:", "Exception", "errno", "lxml", "zipfile", "KeyError")


PACK = load_pack()


def said(problem: InputProblem) -> Finding:
    """The finding the default pack makes of ``problem``."""
    return input_finding(PACK, problem)


def assert_clear_problem(problem: InputProblem, code: str) -> Finding:
    """The problem is reported as rule ``code``, saying what is wrong and how to fix it on one plain line."""
    finding = said(problem)
    assert finding.rule == code, finding.text
    assert finding.message and finding.fix and "\n" not in finding.text
    assert not any(word in finding.text for word in JARGON), finding.text
    return finding


def valid_docx_bytes() -> bytes:
    """A realistic small protocol: headings, body text and a table."""
    document = docx.Document()
    document.add_heading("Information sharing protocol", level=0)
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph("This protocol sets out how the parties share personal information.")
    document.add_heading("2. Parties", level=1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Party"
    table.cell(0, 1).text = "Role"
    table.cell(1, 0).text = "Agency A"
    table.cell(1, 1).text = "Discloser"
    document.add_paragraph("Information will be stored securely.", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def make_zip(parts, *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP of ``parts`` (a dict, or a list of (name, bytes) pairs to allow duplicates)."""
    items = parts.items() if isinstance(parts, dict) else parts
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about deliberate duplicate names
        with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
            for name, data in items:
                archive.writestr(name, data)
    return buffer.getvalue()


def with_part(data: bytes, name: str, content: bytes) -> bytes:
    """A copy of the package ``data`` with member ``name`` replaced (or added)."""
    parts = zip_parts(data)
    parts[name] = content
    return make_zip(parts)


def set_declared_size(data: bytes, name: str, size: int) -> bytes:
    """Patch the central directory so member ``name`` claims ``size`` uncompressed bytes."""
    encoded = name.encode()
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack_from("<H", out, at + 28)[0]
        if bytes(out[at + 46 : at + 46 + name_length]) == encoded:
            struct.pack_into("<I", out, at + 24, size)
            return bytes(out)
        at = out.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"{name} not in central directory")


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal, valid OLE compound file (the .doc container) holding ``streams``.

    olefile cannot create files, so this writes the format directly: version 3
    (512-byte sectors), one FAT sector, one directory sector, and each stream
    padded to at least 4096 bytes so it lives in regular sectors (no mini
    stream needed).
    """
    end, free, fat_sector = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    bodies = [body.ljust(max(4096, -(-len(body) // 512) * 512), b"\0") for body in streams.values()]
    starts, fat, next_sector = [], [fat_sector, end], 2
    for body in bodies:
        count = len(body) // 512
        starts.append(next_sector)
        fat += [next_sector + i + 1 for i in range(count - 1)] + [end]
        next_sector += count
    assert len(fat) <= 128 and len(streams) <= 3
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end)
    struct.pack_into("<I", header, 72, 0)  # no DIFAT sectors
    header[76:512] = b"\xff" * 436
    struct.pack_into("<I", header, 76, 0)  # DIFAT[0]: the FAT is sector 0
    fat_bytes = struct.pack("<128I", *(fat + [free] * (128 - len(fat))))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        raw[0 : len(encoded)] = encoded
        struct.pack_into("<HBBIII", raw, 64, len(encoded), kind, 1, free, right, child)
        struct.pack_into("<IQ", raw, 116, start, size)
        return bytes(raw)

    names = list(streams)
    directory = entry("Root Entry", 5, 1 if names else free, free, end, 0)
    for i, (name, start) in enumerate(zip(names, starts)):
        right = i + 2 if i + 1 < len(names) else free
        directory += entry(name, 2, free, right, start, len(streams[name]))
    directory = directory.ljust(512, b"\0")
    return bytes(header) + fat_bytes + directory + b"".join(bodies)


def legacy_doc(encrypted: bool = False) -> bytes:
    """A Word 97-2003 .doc skeleton: a WordDocument stream whose FIB says whether it is encrypted."""
    fib = bytearray(4096)
    struct.pack_into("<HH", fib, 0, 0xA5EC, 0x00C1)  # wIdent, nFib (Word 97)
    struct.pack_into("<H", fib, 10, 0x0100 if encrypted else 0)  # fEncrypted
    return compound_file({"WordDocument": bytes(fib)})


def realworld_dir() -> Path | None:
    """The shared real-world corpus, from ISPLINT_REALWORLD or next to the repository."""
    configured = os.environ.get("ISPLINT_REALWORLD")
    candidate = Path(configured) if configured else (Path(__file__).parents[2] / ".." / "shared" / "realworld").resolve()
    return candidate if candidate.is_dir() else None
