"""Sections are found however a protocol marks its headings; ISP101 and ISP102."""

from __future__ import annotations

import pytest

from linter.docx_reader import read_document
from linter.engine import check_document
from linter.facts import Facts
from linter.loader import open_package
from linter.section_model import section_model
from linter.pack import load_pack
from sample_protocols.docbuilder import DocBuilder
from tests.protocols import LAYOUTS, SECTIONS, build_protocol

PACK = load_pack()
SECTION_RULES = ("ISP101", "ISP102")


def model(b: DocBuilder, tmp_path, name="p.docx"):
    path = tmp_path / name
    b.save(path)
    return read_document(open_package(path))


def findings(b, tmp_path, codes=SECTION_RULES):
    return [f for f in check_document(model(b, tmp_path), PACK) if f.rule in codes]


def outline(b, tmp_path):
    return Facts(model(b, tmp_path), PACK).outline


@pytest.mark.parametrize("layout", LAYOUTS)
def test_complete_protocol_has_every_section(tmp_path, layout):
    o = outline(build_protocol(layout), tmp_path)
    assert {s.key for s in o.sections if s.key} == {k for k, _, _ in SECTIONS}
    assert findings(build_protocol(layout), tmp_path) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("key", [k for k, _, _ in SECTIONS])
def test_deleting_a_section_gives_exactly_that_isp101(tmp_path, layout, key):
    got = findings(build_protocol(layout, omit=(key,)), tmp_path)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP101", {"section": key})]
    assert got[0].location.paragraph  # anchored somewhere a person can find, never paragraph 0


def test_missing_section_is_anchored_at_the_next_section(tmp_path):
    (f,) = findings(build_protocol("styles", omit=("review",)), tmp_path)
    assert f.location.section == "Approval"
    assert 'before "Approval"' in f.fix
    assert f.severity == "error"


def test_missing_last_section_is_anchored_at_the_end(tmp_path):
    b = build_protocol("styles", omit=("approval",))
    doc = model(b, tmp_path)
    (f,) = [f for f in check_document(doc, PACK) if f.rule == "ISP101"]
    assert f.location.paragraph == doc.blocks[-1].index
    assert "at the end of the document" in f.fix


def test_pack_sets_severity_per_section(tmp_path):
    (f,) = findings(build_protocol("styles", omit=("tikanga",)), tmp_path)
    assert f.severity == "warning"


@pytest.mark.parametrize(
    "heading,key",
    [
        ("Purpose(s) for sharing information", "sharing-purpose"),
        ("Why we share", "sharing-purpose"),
        ("Legal basis for sharing", "legal-authority"),
        ("4. Legal authority to share", "legal-authority"),
        ("Schedule 1 – Legal authorities", "legal-authority"),
        ("Annex A – Signatures", "approval"),
        ("PRIVACY AND SECURITY BREACH MANAGEMENT", "breach-management"),
        ("Review period", "review"),
        ("Retention and disposal", "retention-disposal"),
        ("Tikanga Māori considerations", "tikanga"),
    ],
)
def test_heading_wordings_map_to_their_section(heading, key):
    assert section_model(PACK).best(heading)[0] == key


@pytest.mark.parametrize("heading", ["Background", "Definitions", "Contents", "Schedules", "Glossary",
                                     "Document control", "Definitions and interpretation"])
def test_other_headings_do_not_become_sections(heading):
    # (a bare "Purpose" or "Requirements" is decided by the headings around it: see test_section_finder)
    assert section_model(PACK).best(heading)[0] is None


def test_toc_entries_never_count_as_headings(tmp_path):
    b = DocBuilder()
    b.toc([(h, 1) for _, h, _ in SECTIONS])
    b2 = build_protocol("styles", omit=("breach-management",), builder=b)
    got = findings(b2, tmp_path)
    assert [(f.rule, f.data["section"]) for f in got] == [("ISP101", "breach-management")]


def test_schedule_holding_a_section_counts(tmp_path):
    items = dict((k, (h, body)) for k, h, body in SECTIONS)
    b = build_protocol("styles", omit=("legal-authority",))
    b.heading("Schedule 1 – Legal authorities", 1)
    for item in items["legal-authority"][1]:
        if isinstance(item, str):
            b.para(item)
        else:
            b.table(item[1])
    assert findings(b, tmp_path) == []


def test_unknown_sections_are_allowed_and_end_the_previous_one(tmp_path):
    b = build_protocol("styles")
    b.heading("Definitions", 1)
    b.para("Agency includes government agencies and NGOs.")
    o = outline(b, tmp_path)
    approval = o.by_key("approval")[0]
    assert not any("Agency includes" in x.text for x in approval.blocks)
    assert findings(b, tmp_path) == []


def test_bold_sub_label_does_not_cut_a_section(tmp_path):
    body = [("bullets", ["Only agency-approved devices are used."]), "Restrictions",
            ("bullets", ["No hard copies are handed to other attendees."])]
    b = build_protocol("numbered-bold", replace={"security-controls": ("Security controls", body)})
    # "Restrictions" written as a bold line inside the section
    for p in b.doc.paragraphs:
        if p.text == "Restrictions":
            for r in p.runs:
                r.bold = True
    o = outline(b, tmp_path)
    (sec,) = o.by_key("security-controls")
    assert any("hard copies" in x.text for x in sec.blocks)


def test_subheadings_belong_to_their_parent_section(tmp_path):
    b = DocBuilder()
    b.heading("Security of the information", 1)
    b.heading("Security classification", 2)
    b.para("IN-CONFIDENCE")
    b.heading("Security controls", 2)
    b.para("Only agency-approved devices are used.")
    b.heading("Review", 1)
    o = outline(b, tmp_path)
    assert [x.text for x in o.blocks_of("security-classification")] == ["IN-CONFIDENCE"]
    assert [x.text for x in o.blocks_of("security-controls")] == ["Only agency-approved devices are used."]


def test_form_table_rows_are_sections(tmp_path):
    b = DocBuilder()
    b.form_table([("Review period", "Every 12 months"), ("Security classification", "IN-CONFIDENCE")])
    o = outline(b, tmp_path)
    assert [x.text for x in o.blocks_of("review")] == ["Every 12 months"]
    assert o.section_at(o.blocks_of("review")[0]).title == "Review period"


def test_single_two_column_table_is_not_a_form(tmp_path):
    b = DocBuilder()
    b.heading("Legal authority to share", 1)
    b.table([["Purpose", "Legal authority"], ["Assess risk", "Family Violence Act 2018, s 20"]])
    o = outline(b, tmp_path)
    assert [s.key for s in o.sections] == ["legal-authority"]


# -- ISP102 ---------------------------------------------------------------

def test_unfilled_template_sections_are_empty(tmp_path):
    b = DocBuilder()
    b.heading("Security classification", 1)
    b.dropdown(["IN-CONFIDENCE", "SENSITIVE"])
    b.heading("Review", 1)
    p = b.para("Review period: ")
    b.dropdown(["12 months", "24 months"], paragraph=p)
    b.heading("Attending agencies", 1)
    b.para("[Insert agency name]")
    b.para("Delete this instruction before finalising the protocol.")
    b.heading("Meeting purpose", 1)
    b.para("The meeting coordinates support for families.")
    got = [f for f in check_document(model(b, tmp_path), PACK) if f.rule == "ISP102"]
    assert sorted(f.data["section"] for f in got) == ["attending-agencies", "review", "security-classification"]
    by_key = {f.data["section"]: f for f in got}
    assert by_key["review"].location.section == "Review"
    assert by_key["review"].location.paragraph == 3


def test_filled_controls_are_not_empty(tmp_path):
    b = build_protocol("styles", replace={"security-classification": ("Security classification", [])})
    # append a filled drop-down right under the (now empty) heading
    heading = next(p for p in b.doc.paragraphs if p.text == "Security classification")
    new = heading.insert_paragraph_before("")
    heading._p.addnext(new._p)
    b.dropdown(["IN-CONFIDENCE", "SENSITIVE"], selected="IN-CONFIDENCE", paragraph=new)
    assert findings(b, tmp_path) == []


def test_empty_form_table_cell_is_an_empty_section(tmp_path):
    b = DocBuilder()
    t = b.form_table([("Review period", ""), ("Security classification", "IN-CONFIDENCE")])
    b.text_control(None, paragraph=t.cell(0, 1).paragraphs[0])
    got = [f for f in check_document(model(b, tmp_path), PACK) if f.rule == "ISP102"]
    assert [(f.data["section"], f.location.table, f.location.row) for f in got] == [("review", 1, 1)]
