"""Unfinished drafts: ISP201 placeholders, ISP202 tracked changes, ISP203 comments, ISP204 instructions."""

from __future__ import annotations

from datetime import date

import pytest

from linter.docx_reader import read_document
from linter.engine import check_document
from linter.facts import Options
from linter.loader import open_package
from linter.pack import load_pack
from sample_protocols.docbuilder import DocBuilder
from tests.protocols import LAYOUTS, SECTIONS, build_protocol

PACK = load_pack()
DRAFT_RULES = ("ISP201", "ISP202", "ISP203", "ISP204")
AS_OF = date(2026, 11, 24)


def model(b, tmp_path):
    path = tmp_path / "p.docx"
    b.save(path)
    return read_document(open_package(path))


def lint(b, tmp_path, codes=DRAFT_RULES):
    document = model(b, tmp_path)
    return [f for f in check_document(document, PACK, Options(as_of=AS_OF)) if f.rule in codes]


def body(key):
    return next(items for k, _, items in SECTIONS if k == key)


def heading(key):
    return next(h for k, h, _ in SECTIONS if k == key)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_complete_protocol_is_clean(tmp_path, layout):
    assert lint(build_protocol(layout), tmp_path) == []


# -- ISP201 unfilled-placeholder ----------------------------------------------------
def test_unfilled_dropdown_is_reported_at_its_paragraph(tmp_path):
    b = build_protocol("styles", omit=("security-classification",))
    b.heading("Security classification", 1)
    p = b.para("Information shared at the meeting is classified: ")
    b.dropdown(["IN-CONFIDENCE", "SENSITIVE"], paragraph=p, tag="Classification")
    (f,) = lint(b, tmp_path)
    assert (f.rule, dict(f.data), f.severity) == ("ISP201", {"text": "Choose an item."}, "warning")
    assert f.location.section == "Security classification"
    assert f.location.paragraph is not None and f.location.part == "document"
    assert 'content control "Choose an item."' in f.message


def test_filled_dropdown_and_text_control_are_not_placeholders(tmp_path):
    b = build_protocol("styles", omit=("security-classification",))
    b.heading("Security classification", 1)
    p = b.para("Information shared at the meeting is classified: ")
    b.dropdown(["IN-CONFIDENCE", "SENSITIVE"], selected="IN-CONFIDENCE", paragraph=p)
    p = b.para("Classification agreed by: ")
    b.text_control("the relationship managers", paragraph=p)
    assert lint(b, tmp_path) == []


@pytest.mark.parametrize("filler", ["[Insert agency name]", "<<Agency>>", "XX/XX/20XX", "TBC", "Agency A"])
def test_typed_filler_is_reported_one_finding_each(tmp_path, filler):
    text = f"The breach contact is {filler}, reachable during business hours."
    b = build_protocol("styles", replace={"breach-management": ("Privacy and security breach management", [text])})
    (f,) = lint(b, tmp_path)
    assert (f.rule, dict(f.data)) == ("ISP201", {"text": filler})
    assert f.location.section == "Privacy and security breach management"


def test_two_placeholders_in_a_table_give_two_findings_at_their_cells(tmp_path):
    rows = [["Agency", "Information"], ["New Zealand Police", "TBC"], ["[Insert agency name]", "Case notes"]]
    b = build_protocol("styles", replace={"information-shared": ("Information to be shared", [("table", rows)])})
    got = sorted(((f.data["text"], f.location.row, f.location.cell) for f in lint(b, tmp_path)))
    assert got == [("TBC", 2, 2), ("[Insert agency name]", 3, 1)]


def test_placeholder_in_footer_and_header_control(tmp_path):
    b = build_protocol("styles")
    b.footer("Version 0.3 – XX/XX/20XX")
    b.text_control(None, paragraph=b.header("Meeting: "))
    got = sorted((f.location.part, f.data["text"]) for f in lint(b, tmp_path))
    assert got == [("footer", "XX/XX/20XX"), ("header", "Click or tap here to enter text.")]


@pytest.mark.parametrize("text", [
    "The protocol was agreed on 12/03/2026 by the attending agencies.",
    "Agency Agreements between the parties are listed in Schedule 2.",
    "The lead agency emails the agenda (TBCs and actions are tracked in the action log) to representatives.",
])
def test_ordinary_text_is_not_a_placeholder(tmp_path, text):
    b = build_protocol("styles", replace={"method-of-sharing": ("Method of sharing", [text])})
    assert lint(b, tmp_path) == []


# -- ISP202 unresolved-tracked-changes ----------------------------------------------
def test_tracked_changes_give_one_finding_with_the_count(tmp_path):
    b = build_protocol("styles", omit=("meeting-purpose",))
    b.heading("Meeting purpose", 1)
    p = b.para("The meeting meets weekly to agree safety plans for families affected by family violence")
    b.tracked(p, inserted=" in Tāmaki Makaurau", deleted=" in Auckland")
    b.tracked_paragraph_insert("Corrections attends when a person on its caseload is discussed.")
    (f,) = lint(b, tmp_path)
    doc = model(b, tmp_path)
    # an insertion, a deletion, and a new paragraph (its text and its paragraph mark)
    assert (f.rule, dict(f.data), f.severity) == ("ISP202", {"count": doc.revisions}, "warning")
    assert doc.revisions >= 3
    assert f.location.section == "Meeting purpose"
    assert f.location.paragraph == doc.blocks[-2].index  # the first revised paragraph
    assert f"{doc.revisions} tracked changes" in f.message


def test_no_tracked_changes_no_finding(tmp_path):
    assert [f for f in lint(build_protocol("form-table"), tmp_path) if f.rule == "ISP202"] == []


# -- ISP203 unresolved-comments ------------------------------------------------------
def test_comments_give_one_finding_with_the_count_at_the_commented_paragraph(tmp_path):
    b = build_protocol("styles", omit=("method-of-sharing",))
    b.heading("Method of sharing", 1)
    p = b.para("The lead agency emails the list two days before the meeting using SEEMail.")
    b.comment(p, "Can we confirm Corrections can attend daily?", author="Tama Rāwiri")
    p2 = b.para("Information is otherwise shared verbally at the meeting.")
    b.comment(p2, "Agreed.", author="Aroha Ngata")
    (f,) = lint(b, tmp_path)
    assert (f.rule, dict(f.data), f.severity) == ("ISP203", {"count": 2}, "info")
    assert f.location.section == "Method of sharing"
    assert "2 Word comments" in f.message


def test_a_footnote_is_not_a_comment(tmp_path):
    b = build_protocol("styles")
    b.footnote(b.para("See the guidance for examples."), "Sharing information at multi-agency meetings.")
    assert lint(b, tmp_path) == []


# -- ISP204 template-instructions-left -----------------------------------------------
def test_instructions_part_is_one_finding_at_its_first_paragraph(tmp_path):
    lines = [
        "Delete these instructions before finalising the protocol.",
        "Complete the areas marked with an asterisk (*).",
        "Select the classification from the drop-down list.",
    ]
    b = DocBuilder(title="Family Violence Safety Meeting – Information Sharing Protocol")
    b.heading("Instructions for using this template", 1)
    for line in lines:
        b.para(line)
    got = lint(build_protocol("styles", builder=b), tmp_path)
    assert [(f.rule, f.data["text"]) for f in got] == [
        ("ISP204", ("Instructions for using this template " + " ".join(lines))[:80].rstrip())]
    assert (got[0].location.paragraph, got[0].location.section) == (1, "Instructions for using this template")


def test_instruction_sentence_inside_a_section_is_reported_there(tmp_path):
    items = ["Select the classification from the drop-down.",
             "Information shared under this protocol is classified IN-CONFIDENCE."]
    b = build_protocol("numbered-bold", replace={"security-classification": ("Security classification", items)})
    (f,) = lint(b, tmp_path)
    assert (f.rule, dict(f.data)) == ("ISP204", {"text": "Select the classification from the drop-down."})
    assert f.location.section == "9. Security classification"


@pytest.mark.parametrize("text", [
    "Agencies delete personal information sent by email once it is stored in their business system.",
    "Representatives select the relevant information from their agency's records before the meeting.",
    "Complete records of each meeting are kept by the lead agency.",
])
def test_instructions_to_staff_are_not_template_instructions(tmp_path, text):
    b = build_protocol("styles", replace={"retention-disposal": ("Retention and disposal of information shared", [text])})
    assert lint(b, tmp_path) == []
