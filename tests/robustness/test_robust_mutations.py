"""Property tests: a mutated Word file gives a Package or an InputProblem, never a crash.

Starting from a valid protocol built with python-docx, Hypothesis flips bytes,
truncates, drops or duplicates members, cuts or shuffles the main XML and
splices in tracked-change and content-control fragments.  The loader must
answer each with a Package or an InputProblem; the CLI must exit 0 or 1 (a
clean report or findings, unreadable files included), never with a traceback.

ISPLINT_HYPOTHESIS_EXAMPLES sets how many examples each property tries.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import docx
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile_files import assert_clear_problem, make_zip, said, valid_docx_bytes, zip_parts
from linter.errors import InputProblem
from linter.loader import Package, open_package

DOCUMENT_XML = "word/document.xml"
BASE = valid_docx_bytes()
BASE_PARTS = zip_parts(BASE)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FRAGMENTS = [
    b"<w:sdt><w:sdtPr><w:alias w:val='Agency'/></w:sdtPr><w:sdtContent><w:r><w:t>Agency A</w:t></w:r></w:sdtContent></w:sdt>",
    b"<w:sdt><w:sdtContent><w:p><w:r><w:t>block</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    b"<w:ins w:id='1' w:author='A'><w:r><w:t>inserted</w:t></w:r></w:ins>",
    b"<w:del w:id='2' w:author='B'><w:r><w:delText>deleted</w:delText></w:r></w:del>",
    b"<w:p><w:ins w:id='3' w:author='C'><w:r><w:t>para</w:t></w:r></w:ins></w:p>",
    b"<w:sdt>",
    b"</w:ins>",
    b"<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>",
]

SETTINGS = settings(
    max_examples=int(os.environ.get("ISPLINT_HYPOTHESIS_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# ----------------------------------------------------------------------------- mutations


def _flip_bytes(data: st.DataObject, blob: bytes) -> bytes:
    out = bytearray(blob)
    for _ in range(data.draw(st.integers(1, 20), label="flips")):
        out[data.draw(st.integers(0, len(out) - 1))] = data.draw(st.integers(0, 255))
    return bytes(out)


def _truncate(data: st.DataObject, blob: bytes) -> bytes:
    return blob[: data.draw(st.integers(0, len(blob) - 1), label="cut at")]


def _drop_member(data: st.DataObject, blob: bytes) -> bytes:
    parts = dict(BASE_PARTS)
    del parts[data.draw(st.sampled_from(sorted(parts)), label="drop")]
    return make_zip(parts)


def _duplicate_member(data: st.DataObject, blob: bytes) -> bytes:
    name = data.draw(st.sampled_from(sorted(BASE_PARTS)), label="duplicate")
    return make_zip(list(BASE_PARTS.items()) + [(name, BASE_PARTS[name])])


def _with_document(xml: bytes) -> bytes:
    return make_zip({**BASE_PARTS, DOCUMENT_XML: xml})


def _cut_xml(data: st.DataObject, blob: bytes) -> bytes:
    xml = BASE_PARTS[DOCUMENT_XML]
    start = data.draw(st.integers(0, len(xml)), label="xml from")
    end = data.draw(st.integers(start, len(xml)), label="xml to")
    return _with_document(xml[:start] + xml[end:])


def _shuffle_xml(data: st.DataObject, blob: bytes) -> bytes:
    pieces = BASE_PARTS[DOCUMENT_XML].split(b"><")
    order = data.draw(st.permutations(range(len(pieces))), label="order")
    return _with_document(b"><".join(pieces[i] for i in order))


def _insert_fragment(data: st.DataObject, blob: bytes) -> bytes:
    xml = BASE_PARTS[DOCUMENT_XML]
    for _ in range(data.draw(st.integers(1, 4), label="inserts")):
        fragment = data.draw(st.sampled_from(FRAGMENTS), label="fragment")
        # Insert at a tag boundary most of the time, anywhere some of the time.
        boundaries = [i for i in range(len(xml)) if xml[i : i + 1] == b"<"]
        at = data.draw(st.one_of(st.sampled_from(boundaries), st.integers(0, len(xml))), label="at")
        xml = xml[:at] + fragment + xml[at:]
    return _with_document(xml)


def _random_bytes(data: st.DataObject, blob: bytes) -> bytes:
    return data.draw(st.binary(min_size=1, max_size=2000), label="random")


def _bad_member_bytes(data: st.DataObject, blob: bytes) -> bytes:
    name = data.draw(st.sampled_from(sorted(BASE_PARTS)), label="member")
    return make_zip({**BASE_PARTS, name: _flip_bytes(data, BASE_PARTS[name] or b"x")})


MUTATIONS = [
    _flip_bytes, _truncate, _drop_member, _duplicate_member, _cut_xml,
    _shuffle_xml, _insert_fragment, _random_bytes, _bad_member_bytes,
]


def _mutate(data: st.DataObject) -> bytes:
    """One or two mutations of the valid base file, chosen by Hypothesis."""
    blob = BASE
    for _ in range(data.draw(st.integers(1, 2), label="rounds")):
        mutation = data.draw(st.sampled_from(MUTATIONS), label="mutation")
        blob = mutation(data, blob)
        if not blob:
            break
    return blob


def _write(blob: bytes, folder: str) -> Path:
    path = Path(folder) / "mutant.docx"
    path.write_bytes(blob)
    return path


# ----------------------------------------------------------------------------- properties


@SETTINGS
@given(st.data())
def test_open_package_returns_package_or_input_problem(data):
    blob = _mutate(data)
    with tempfile.TemporaryDirectory() as folder:
        try:
            package = open_package(_write(blob, folder))
        except InputProblem as problem:
            assert assert_clear_problem(problem, said(problem).rule).rule in {"ISP001", "ISP002", "ISP003"}
        else:
            assert isinstance(package, Package)
            # The contract with the reader: python-docx opens every package the loader returns.
            docx.Document(io.BytesIO(package.docx_bytes()))


@SETTINGS
@given(st.data())
def test_cli_exits_0_or_1_on_mutated_files(data):
    from linter.cli import main

    blob = _mutate(data)
    with tempfile.TemporaryDirectory() as folder:
        path = _write(blob, folder)
        result = CliRunner().invoke(main, ["lint", str(path), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code in (0, 1), result.output
