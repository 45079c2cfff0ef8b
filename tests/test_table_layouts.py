"""Layouts of round 6 of tests/blind, written by people who never saw isplint: each section a table
under a title row (a fillable form); the whole protocol one two-column table with te reo Māori beside
English and the headings in rows of their own; a heading that joins two sections after a dash.

Each layout is built from the same filled protocol (tests/protocols.py): the untouched protocol must
give no finding, and deleting one section must give exactly that section's finding.
"""

from __future__ import annotations

from datetime import date

import pytest

from linter.docx_reader import read_document
from linter.engine import check_document
from linter.facts import Facts, Options
from linter.facts.attendance import attending_agencies
from linter.facts.signatures import signatories
from linter.loader import open_package
from linter.pack import load_pack
from sample_protocols.docbuilder import DocBuilder
from tests.protocols import AGENCIES, SECTIONS, SIGNATORIES, _cell_value, _write_body, build_protocol

PACK = load_pack()
AS_OF = date(2026, 11, 24)


def _read(b: DocBuilder, tmp_path, name="p.docx"):
    path = tmp_path / name
    b.save(path)
    return read_document(open_package(path))


def lint(b: DocBuilder, tmp_path):
    return check_document(_read(b, tmp_path), PACK, Options(as_of=AS_OF))


def facts(b: DocBuilder, tmp_path) -> Facts:
    return Facts(_read(b, tmp_path), PACK, Options(as_of=AS_OF))


def _tables(body) -> list:
    return [item[1] for item in body if not isinstance(item, str) and item[0] == "table"]


# ------------------------------------------------------------------ a form: a table per section
def form_blocks(omit=(), signature_title: str | None = None) -> DocBuilder:
    """Each section its own table: "n. Heading" merged across the top, then "Details | what it says"
    (any table of the section nested in the details cell)."""
    b = DocBuilder(title="Safety Table protocol form", author="Privacy Team")
    b.header("IN-CONFIDENCE")
    b.para("Multi-agency meeting information sharing protocol", style="Title")
    b.para("Safety Table", bold=True)
    for n, (key, heading, body) in enumerate([s for s in SECTIONS if s[0] not in omit], 1):
        if key == "approval" and signature_title:
            b.para("Each attending agency signs below.")
            b.table([[signature_title, "", "", "", ""], *SIGNATORIES], header=False,
                    merges=[((0, 0), (0, 4))])
            continue
        table = b.table([[f"{n}. {heading}", ""], ["Details", _cell_value(body)]], header=False,
                        merges=[((0, 0), (0, 1))])
        for rows in _tables(body):
            b.nested_table(table.cell(1, 1), rows)
        b.para("")
    return b


def test_a_form_with_a_title_row_over_each_section_is_clean(tmp_path):
    assert [f.text for f in lint(form_blocks(), tmp_path)] == []


def test_the_title_rows_are_the_sections_headings(tmp_path):
    outline = facts(form_blocks(), tmp_path).outline
    assert {s.key for s in outline.sections} >= {k for k, _, _ in SECTIONS}
    assert [s.title for s in outline.sections if s.key == "review"] == [f"{len(SECTIONS) - 1}. Review"]


def test_a_section_left_out_of_the_form_is_missing(tmp_path):
    found = lint(form_blocks(omit=("conflicts-of-interest",)), tmp_path)
    assert [(f.rule, f.data) for f in found] == [("ISP101", {"section": "conflicts-of-interest"})]


def test_a_signature_table_under_a_title_row_reads_its_column_headings(tmp_path):
    f = facts(form_blocks(signature_title="17. Sign-off"), tmp_path)
    signed = {(s.agency, s.name, s.role) for s in f.get(signatories)}
    assert {tuple(row[:3]) for row in SIGNATORIES[1:]} <= signed
    assert [x.rule for x in check_document(f.document, PACK, Options(as_of=AS_OF))] == []


def test_a_title_row_naming_no_section_stays_in_its_section(tmp_path):
    """"For New Zealand Police" over a Name | Title block is part of the signature block, not a heading."""
    b = DocBuilder(title="Protocol", author="Privacy Team")
    b.header("IN-CONFIDENCE")
    for key, heading, body in SECTIONS:
        b.heading(heading, 1)
        if key != "approval":
            _write_body(b, body)
            continue
        b.para("Signed for and on behalf of each attending agency.")
        for agency, name, role, _, when in SIGNATORIES[1:]:
            b.table([[f"For {agency}", ""], ["Name", name], ["Title", role], ["Date", when]],
                    header=False, merges=[((0, 0), (0, 1))])
    f = facts(b, tmp_path)
    assert [s.title for s in f.outline.sections][-1] == "Approval"
    assert {s.agency for s in f.get(signatories)} >= {row[0] for row in SIGNATORIES[1:]}
    assert [x.rule for x in check_document(f.document, PACK, Options(as_of=AS_OF))] == []


# ------------------------------------------------------------------ te reo Māori beside English
def side_by_side(heading_rows: str, omit=()) -> DocBuilder:
    """One two-column table, te reo Māori left and English right.  Headings are a row of one merged
    cell ("Wāhanga 3 | Purpose of sharing") or a row of two cells in a heading style."""
    b = DocBuilder(title="Kawa", author="Privacy Team")
    b.header("IN-CONFIDENCE")
    b.para("Kawa Whakawhiti Mōhiohio | Information Sharing Protocol", style="Title")
    rows, merges, styled, nested = [["Te Reo Māori", "English"]], [], [], []
    for n, (key, heading, body) in enumerate([s for s in SECTIONS if s[0] not in omit], 1):
        if heading_rows == "merged":
            merges.append(((len(rows), 0), (len(rows), 1)))
            rows.append([f"{n}. Wāhanga {n} | {heading}", ""])
        else:
            styled.append(len(rows))
            rows.append([f"{n}. Wāhanga {n}", f"{n}. {heading}"])
        for rows_of_table in _tables(body):
            nested.append((len(rows), rows_of_table))
        rows.append(["Kei te taha matau te kōrero.", _cell_value(body)])
    table = b.table(rows, merges=merges)
    for r in [*styled, *(start[0] for start, _ in merges)]:
        for cell in table.rows[r].cells:
            for p in cell.paragraphs:
                p.style = b.doc.styles["Heading 2"]
    for r, rows_of_table in nested:
        b.nested_table(table.cell(r, 1), rows_of_table)
    return b


@pytest.mark.parametrize("heading_rows", ["merged", "two-cells"])
def test_te_reo_beside_english_in_one_table_is_clean(heading_rows, tmp_path):
    assert [f.text for f in lint(side_by_side(heading_rows), tmp_path)] == []


@pytest.mark.parametrize("heading_rows", ["merged", "two-cells"])
def test_a_section_left_out_of_the_bilingual_table_is_missing(heading_rows, tmp_path):
    found = lint(side_by_side(heading_rows, omit=("tikanga",)), tmp_path)
    assert [(f.rule, f.data) for f in found] == [("ISP101", {"section": "tikanga"})]


# ------------------------------------------------------------------ a heading joining two sections
def joined(heading: str) -> DocBuilder:
    """The purposes and the law under one heading, before "Information to be shared" (which the
    template puts between them)."""
    body = {k: b for k, _, b in SECTIONS}
    b = DocBuilder(title="Protocol", author="Privacy Team")
    b.header("IN-CONFIDENCE")
    for key, name, items in SECTIONS:
        if key == "legal-authority":
            continue
        b.heading(heading if key == "sharing-purpose" else name, 1)
        _write_body(b, items)
        if key == "sharing-purpose":
            _write_body(b, body["legal-authority"])
    return b


def test_a_heading_that_says_and_after_a_dash_is_both_sections(tmp_path):
    f = facts(joined("Why we share — and the law that allows it"), tmp_path)
    section = next(s for s in f.outline.sections if s.title.startswith("Why we share"))
    assert section.keys == ("sharing-purpose", "legal-authority")
    assert [x.rule for x in check_document(f.document, PACK, Options(as_of=AS_OF))] == []


def test_a_dash_between_two_languages_is_one_section(tmp_path):
    """"Te Tikanga Tuari — Method of sharing": tikanga here means a way of doing, and the heading is
    the method of sharing in two languages, not the tikanga section joined to it."""
    b = DocBuilder(title="Protocol", author="Privacy Team")
    b.header("IN-CONFIDENCE")
    for key, name, items in SECTIONS:
        b.heading("Te Tikanga Tuari — Method of sharing" if key == "method-of-sharing" else name, 1)
        _write_body(b, items)
    keys = [s.keys for s in facts(b, tmp_path).outline.sections if s.title.startswith("Te Tikanga Tuari")]
    assert keys == [("method-of-sharing",)]


# ------------------------------------------------------------------ a form's questions and answers
def _with(key: str, extra: list, keep: bool = True) -> DocBuilder:
    heading, body = next((h, b) for k, h, b in SECTIONS if k == key)
    return build_protocol(replace={key: (heading, [*(body if keep else []), *extra])})


def _rules(b: DocBuilder, tmp_path) -> list[str]:
    return [f.rule for f in lint(b, tmp_path)]


def test_a_forms_question_states_nothing(tmp_path):
    question = [("table", [["Question", "Answer"], ["Does this protocol itself allow sharing?",
                            "No. Each disclosure relies on the legal authority stated for its purpose."]])]
    assert _rules(_with("legal-authority", question), tmp_path) == []


def test_the_answer_under_a_question_still_states_what_it_says(tmp_path):
    claim = [("table", [["Question", "Answer"], ["Does this protocol itself allow sharing?",
                         "Yes. This protocol authorises the attending agencies to share personal information."]])]
    assert _rules(_with("legal-authority", claim), tmp_path) == ["ISP305"]


def _review_form(owner_answer: str) -> DocBuilder:
    return _with("review", [("table", [["Question", "Answer"],
                                       ["How often is the protocol reviewed?", "Review every: 24 months"],
                                       ["Which agency initiates the review?", owner_answer]])], keep=False)


def test_a_question_asking_who_initiates_the_review_labels_its_answer(tmp_path):
    assert _rules(_review_form("Responsible agency: New Zealand Police"), tmp_path) == []


def test_the_question_answered_with_no_agency_leaves_the_review_without_an_owner(tmp_path):
    assert _rules(_review_form("To be confirmed at the first meeting."), tmp_path) == ["ISP603"]


NAMES = [a.replace(" (lead attending agency)", "") for a in AGENCIES]


def test_a_table_of_agencies_under_a_question_with_a_lead_row(tmp_path):
    rows = [["Which agencies attend?", "Sector"], *[[a, "Government"] for a in NAMES],
            ["Lead attending agency", "New Zealand Police"]]
    b = _with("attending-agencies", ["These agencies attend the meeting.", ("table", rows)], keep=False)
    found = facts(b, tmp_path).get(attending_agencies)
    assert [a.name for a in found] == NAMES
    assert [a.name for a in found if a.lead] == ["New Zealand Police"]
    assert _rules(b, tmp_path) == []


def test_agencies_a_line_each_in_the_answer_cell_of_a_form(tmp_path):
    rows = [["Question", "Answer"], ["Which agencies attend?", list(NAMES)], ["Lead agency", "New Zealand Police"]]
    b = _with("attending-agencies", [("table", rows)], keep=False)
    assert [a.name for a in facts(b, tmp_path).get(attending_agencies)] == NAMES
    rows[1][1] = rows[1][1][:-1]  # one agency no longer attends: it need not sign, and is no finding
    assert _rules(_with("attending-agencies", [("table", rows)], keep=False), tmp_path) == []


def _review_rows(period_answer: str) -> DocBuilder:
    return _with("review", [("table", [["Question", "Answer"],
                                       ["How often is the protocol reviewed?", period_answer],
                                       ["Which agency initiates the review?", "New Zealand Police"]])], keep=False)


@pytest.mark.parametrize("answer", ["Every 18 months, or earlier if the meeting's processes change.",
                                    "Review every: [18] months"])
def test_the_answer_to_how_often_the_review_is_gives_its_period(answer, tmp_path):
    assert _rules(_review_rows(answer), tmp_path) == []


def test_a_bracketed_field_of_36_months_is_too_long(tmp_path):
    assert [(f.rule, f.data.get("months")) for f in lint(_review_rows("Review every: [36] months"), tmp_path)] \
        == [("ISP602", 36)]


@pytest.mark.parametrize("boxes", [("☒", "☐"), ("[X]", "[ ]")])
def test_only_the_ticked_classification_is_stated(boxes, tmp_path):
    on, off = boxes
    ticked = _with("security-classification",
                   [f"Classification: {on} IN-CONFIDENCE   {off} SENSITIVE   {off} RESTRICTED"], keep=False)
    assert _rules(ticked, tmp_path) == []
    low = _with("security-classification",
                [f"Classification: {on} UNCLASSIFIED   {off} IN-CONFIDENCE   {off} SENSITIVE"], keep=False)
    found = [(f.rule, f.data.get("classification")) for f in lint(low, tmp_path)]
    assert ("ISP402", "UNCLASSIFIED") in found  # (and ISP404: the page header still says IN-CONFIDENCE)
    assert {rule for rule, _ in found} == {"ISP402", "ISP404"}


# ------------------------------------------------------------------ prose in an authority table
def _authority_table(last_row: list[str]) -> DocBuilder:
    heading, body = next((h, b) for k, h, b in SECTIONS if k == "legal-authority")
    rows = [*_tables(body)[0], last_row]
    return build_protocol(replace={"legal-authority": (heading, [("table", rows)])})


def test_a_sentence_in_an_authority_cell_gives_no_authority(tmp_path):
    note = ["Note", "The protocol records which authority each purpose relies on; it cannot create or change the law."]
    assert _rules(_authority_table(note), tmp_path) == []


def test_a_name_in_an_authority_cell_that_is_no_law_is_still_reported(tmp_path):
    given = ["3. Coordinate the meeting", "Safety Meeting Terms of Reference"]
    assert "ISP302" in _rules(_authority_table(given), tmp_path)


# ------------------------------------------------------------------ a heading over a form
def terms_of_reference(omit=()) -> DocBuilder:
    """A group's terms of reference: its own headings, then "Confidentiality and information sharing"
    over a form table holding most of the protocol's sections."""
    inside = [s for s in SECTIONS[2:-2] if s[0] not in omit]
    b = DocBuilder(title="Terms of Reference", author="Secretariat")
    b.header("IN-CONFIDENCE")
    for key, heading, body in SECTIONS[:2]:
        b.heading(heading, 1)
        _write_body(b, body)
    b.heading("Quorum", 1)
    b.para("Half the members, including the chair, make a quorum.")
    b.heading("Confidentiality and information sharing", 1)
    b.para("The table below is the group's information sharing protocol.")
    table = b.form_table([(heading, _cell_value(body)) for _, heading, body in inside])
    for row, (_, _, body) in enumerate(inside):
        for rows in _tables(body):
            b.nested_table(table.cell(row, 1), rows)
    for key, heading, body in SECTIONS[-2:]:
        b.heading(heading, 1)
        _write_body(b, body)
    return b


def test_a_heading_over_a_form_naming_one_of_its_rows_groups_the_form(tmp_path):
    f = facts(terms_of_reference(), tmp_path)
    group = next(s for s in f.outline.sections if s.title == "Confidentiality and information sharing")
    assert group.key is None
    assert [x.rule for x in check_document(f.document, PACK, Options(as_of=AS_OF))] == []


def test_a_row_left_out_of_the_form_under_the_heading_is_missing(tmp_path):
    found = lint(terms_of_reference(omit=("tikanga",)), tmp_path)
    assert [(f.rule, f.data) for f in found] == [("ISP101", {"section": "tikanga"})]


# ------------------------------------------------------------------ terms of reference drafting
def _run_on_purposes(second_authority: str) -> DocBuilder:
    purposes = [
        "Members share personal information for two purposes:",
        "(a)  to assess the risk of family violence to victims and their children; and (b)  to agree a "
        "safety plan and the supports each agency will provide to the family.",
    ]
    heading, _ = next((h, b) for k, h, b in SECTIONS if k == "legal-authority")
    authority = (heading, [("table", [["Purpose", "Legal authority"],
                                      ["(a) Assessing risk", "Family Violence Act 2018, section 20"],
                                      ["(b) Safety planning", second_authority]])])
    return build_protocol(replace={"sharing-purpose": ("Purpose of sharing", purposes),
                                   "legal-authority": authority})


def test_lettered_purposes_running_on_in_one_paragraph_are_each_a_purpose(tmp_path):
    assert _rules(_run_on_purposes("Oranga Tamariki Act 1989, section 66C"), tmp_path) == []


def test_the_second_run_on_purpose_without_its_authority_is_reported(tmp_path):
    found = lint(_run_on_purposes(""), tmp_path)
    assert [(f.rule, f.data["purpose"][:20]) for f in found] == [("ISP301", "to agree a safety pl")]


def test_people_being_told_is_what_a_transparency_section_says(tmp_path):
    told = ["People referred are told, on the referral form and in person, which agencies attend and what "
            "may be shared about them."]
    b = build_protocol(replace={"transparency": ("Openness with people and whānau", told)})
    assert _rules(b, tmp_path) == []


def test_degenerate_tables_in_every_section_do_not_break_the_reading(tmp_path):
    """Rows with no cells and tables with nothing in them, as damaged or hand-made files have them,
    after every heading: the protocol is still read, with no finding."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    b = build_protocol()
    empty_rows = f'<w:tbl {nsdecls("w")}><w:tblPr/><w:tblGrid/><w:tr/><w:tr/></w:tbl>'
    blank_cell = (f'<w:tbl {nsdecls("w")}><w:tblPr/><w:tblGrid/><w:tr/><w:tr><w:tc><w:p/></w:tc>'
                  f'<w:tc><w:p/></w:tc></w:tr><w:tr/></w:tbl>')
    for p in [p for p in b.doc.paragraphs if p.style.name.startswith("Heading")]:
        p._p.addnext(parse_xml(empty_rows))
        p._p.addnext(parse_xml(blank_cell))
    assert _rules(b, tmp_path) == []
