"""Use of information: no keeping or collecting information "just in case" (ISP801)."""

from __future__ import annotations

import pytest

from linter.docx_reader import read_document
from linter.engine import check_document
from linter.loader import open_package
from linter.pack import load_pack
from sample_protocols.docbuilder import DocBuilder
from tests.protocols import LAYOUTS, build_protocol

PACK = load_pack()
RETENTION = "Retention and disposal of information shared"
USE = "Use of information"


def lint(b: DocBuilder, tmp_path):
    path = tmp_path / "p.docx"
    b.save(path)
    doc = read_document(open_package(path))
    return doc, [f for f in check_document(doc, PACK) if f.rule == "ISP801"]


def with_text(key, heading, *body, layout="styles"):
    return build_protocol(layout, replace={key: (heading, list(body))})


@pytest.mark.parametrize("layout", LAYOUTS)
def test_clean_protocol_has_no_just_in_case_wording(tmp_path, layout):
    assert lint(build_protocol(layout), tmp_path)[1] == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_keeping_information_because_it_may_be_useful_in_future(tmp_path, layout):
    sentence = ("Attending agencies may also keep copies of all information shared at the meeting on their own "
                "files, as it may be useful in future work with the whānau.")
    doc, found = lint(with_text("retention-disposal", RETENTION, sentence, layout=layout), tmp_path)
    assert [(f.rule, dict(f.data)) for f in found] == [
        ("ISP801", {"text": "as it may be useful in future work with the whānau"})]
    f = found[0]
    assert f.severity == "warning"
    assert f.location.paragraph == next(b.index for b in doc.blocks if sentence in b.text)
    assert f.location.section.casefold().endswith(RETENTION.casefold())
    assert "in case it is useful later" in f.message


@pytest.mark.parametrize("sentence,text", [
    ("Agencies keep a copy of the minutes just in case.", "Agencies keep a copy of the minutes just in case"),
    ("Representatives may record what is said for future reference.",
     "Representatives may record what is said for future reference"),
    ("Agencies may collect any information about the family for any purpose.",
     "Agencies may collect any information about the family for any purpose"),
    ("Information is stored in case it is needed later.", "Information is stored in case it is needed later"),
    ("Agencies retain shared information because it might be relevant at a later date; it is deleted "
     "after seven years.", "Agencies retain shared information because it might be relevant at a later date"),
])
def test_other_just_in_case_wordings(tmp_path, sentence, text):
    _, found = lint(with_text("use-of-information", USE, sentence), tmp_path)
    assert [dict(f.data) for f in found] == [{"text": text}]


def test_wording_in_a_table_cell(tmp_path):
    body = [("table", [["Information", "How long it is kept"],
                       ["Meeting notes", "Kept indefinitely for future reference"]])]
    _, found = lint(with_text("retention-disposal", RETENTION, *body), tmp_path)
    assert [(dict(f.data), f.location.table, f.location.row, f.location.cell) for f in found] == [
        ({"text": "Kept indefinitely for future reference"}, 2, 2, 2)]  # table 1 is the authority table


@pytest.mark.parametrize("sentence", [
    "‘Just in case’ is not a good enough reason to keep information.",
    "Do not record or keep information just in case it might be useful later: 'just in case' is not a reason "
    "to keep information.",
    "There is no good reason to keep information just in case.",
    "Agencies must not keep information just in case it is needed later.",
    "Agencies should not collect and store information about a person just because they think it might be "
    "relevant in the future.",
    "Information must not be used for any purpose other than the purposes of the meeting.",
    "Information shared at the meeting is not to be used for any purpose other than the meeting's purposes.",
    "Agencies never keep information for future reference.",
    "This protocol may be useful in future reviews of other meetings.",
    "Representatives bring a printed copy of the protocol to each meeting just in case.",
    "The relationship managers may be contacted later if problems arise.",
])
def test_warnings_against_just_in_case_are_not_reported(tmp_path, sentence):
    assert lint(with_text("use-of-information", USE, sentence), tmp_path)[1] == []
