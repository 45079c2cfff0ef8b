"""The document model reads what Word shows, from real .docx files built here."""

from __future__ import annotations

import datetime as dt
import hashlib
import os

import pytest

from linter.docx_reader import read_document
from linter.loader import open_package
from sample_protocols.docbuilder import DocBuilder


def read(b: DocBuilder, tmp_path, name="doc.docx"):
    path = tmp_path / name
    b.save(path)
    return read_document(open_package(path))


def texts(doc):
    return [b.text for b in doc.blocks]


def test_paragraphs_and_tables_in_body_order(tmp_path):
    b = DocBuilder()
    b.heading("Attending agencies", 1)
    b.para("Before the table.")
    b.table([["Agency", "Role"], ["New Zealand Police", "Lead"]])
    b.para("After the table.")
    doc = read(b, tmp_path)
    assert texts(doc) == ["Attending agencies", "Before the table.", "Agency", "Role",
                          "New Zealand Police", "Lead", "After the table."]
    assert [b.index for b in doc.blocks] == list(range(1, 8))
    police = doc.blocks[4]
    assert (police.table, police.row, police.cell, police.table_depth) == (1, 2, 1, 1)
    assert doc.blocks[0].outline_level == 0 and doc.blocks[0].style == "Heading 1"
    assert doc.blocks[1].outline_level is None and doc.blocks[1].table is None
    assert doc.tables[0].rows[1][0].text == "New Zealand Police"


def test_nested_table_and_merged_cells_counted_once(tmp_path):
    b = DocBuilder()
    t = b.table([["Agency", "Contact", "Phone"], ["Oranga Tamariki", "", ""]],
                merges=[((1, 1), (1, 2))])
    t.cell(1, 1).paragraphs[0].add_run("Mere Walker")
    b.nested_table(t.cell(0, 0), [["Inner", "Cell"]])
    doc = read(b, tmp_path)
    assert texts(doc).count("Mere Walker") == 1
    top = [t for t in doc.tables if t.depth == 1][0]
    assert [c.text for c in top.rows[1]] == ["Oranga Tamariki", "Mere Walker"]
    inner = [t for t in doc.tables if t.depth == 2][0]
    assert inner.rows[0][1].text == "Cell"
    inner_block = next(b for b in doc.blocks if b.text == "Inner")
    assert inner_block.table_depth == 2 and inner_block.table == 1


def test_vertically_merged_cell_text_once(tmp_path):
    b = DocBuilder()
    b.table([["Purpose", "Authority"], ["Assess risk", "Family Violence Act 2018, s 20"], ["Plan", ""]],
             merges=[((1, 1), (2, 1))])
    doc = read(b, tmp_path)
    assert texts(doc).count("Family Violence Act 2018, s 20") == 1


def test_inline_content_controls_are_in_the_text(tmp_path):
    b = DocBuilder()
    p = b.para("Classification: ")
    b.dropdown(["IN-CONFIDENCE", "SENSITIVE"], selected="SENSITIVE", paragraph=p, tag="classification")
    q = b.para("Lead agency: ")
    b.text_control(None, paragraph=q)
    doc = read(b, tmp_path)
    first, second = doc.blocks
    assert first.text == "Classification: SENSITIVE"
    (ctl,) = first.controls
    assert ctl.kind == "dropdown" and ctl.text == "SENSITIVE" and not ctl.showing_placeholder
    assert ctl.choices == ("IN-CONFIDENCE", "SENSITIVE")  # Word's "Choose an item." entry is not a choice
    assert ctl.tag == "classification"
    assert second.text == "Lead agency: Click or tap here to enter text."
    assert second.controls[0].showing_placeholder and second.controls[0].kind == "text"


def test_unfilled_dropdown_is_known_to_be_unfilled(tmp_path):
    b = DocBuilder()
    b.dropdown(["12 months", "24 months"])
    doc = read(b, tmp_path)
    (ctl,) = doc.controls
    assert ctl.showing_placeholder and ctl.text == "Choose an item."


def test_date_control_value_is_iso_whatever_it_shows(tmp_path):
    b = DocBuilder()
    b.date_control(dt.date(2026, 3, 4))
    b.date_control(None)
    doc = read(b, tmp_path)
    filled, empty = doc.controls
    assert filled.kind == "date" and filled.text == "4 March 2026" and filled.date == "2026-03-04"
    assert empty.showing_placeholder and empty.date is None


def test_block_level_control_attached_to_its_first_paragraph(tmp_path):
    b = DocBuilder()
    b.text_control("Hana Rāwiri, Privacy Officer", block=True)
    b.text_control(None, block=True)
    doc = read(b, tmp_path)
    assert texts(doc) == ["Hana Rāwiri, Privacy Officer", "Click or tap here to enter text."]
    assert not doc.blocks[0].controls[0].showing_placeholder
    assert doc.blocks[1].controls[0].showing_placeholder


def test_tracked_changes_accepted_view(tmp_path):
    b = DocBuilder()
    p = b.para("Review every ")
    b.tracked(p, deleted="36 months", inserted="24 months")
    b.tracked_paragraph_delete("This paragraph was deleted.")
    b.tracked_paragraph_insert("This paragraph was added.")
    doc = read(b, tmp_path)
    assert "Review every 24 months" in texts(doc)
    assert not any("36 months" in t for t in texts(doc))
    assert "This paragraph was deleted." not in texts(doc)
    assert "This paragraph was added." in texts(doc)
    assert doc.revisions >= 3
    assert doc.blocks[0].revised


def test_clean_document_has_no_revisions(tmp_path):
    b = DocBuilder()
    b.para("Nothing tracked here.")
    assert read(b, tmp_path).revisions == 0


def test_text_boxes_follow_their_anchor_once(tmp_path):
    b = DocBuilder()
    anchor = b.para("Anchor paragraph.")
    b.textbox(["IN-CONFIDENCE", "Do not copy"], paragraph=anchor)
    b.para("Next paragraph.")
    doc = read(b, tmp_path)
    assert texts(doc) == ["Anchor paragraph.", "IN-CONFIDENCE", "Do not copy", "Next paragraph."]
    assert [x.part for x in doc.blocks] == ["document", "textbox", "textbox", "document"]


def test_headers_footers_footnotes_comments(tmp_path):
    b = DocBuilder()
    b.header("IN-CONFIDENCE")
    b.footer("Page footer – IN-CONFIDENCE")
    b.header("First page marking", which="first")
    p = b.para("Shared under section 66C.")
    b.footnote(p, "Oranga Tamariki Act 1989.")
    b.comment(p, "Check this authority.", author="Legal")
    doc = read(b, tmp_path)
    assert {x.text for x in doc.headers} >= {"IN-CONFIDENCE", "First page marking"}
    assert [x.text for x in doc.footers] == ["Page footer – IN-CONFIDENCE"]
    assert all(x.part == "header" for x in doc.headers)
    assert any("Oranga Tamariki Act 1989." in n.text for n in doc.notes)
    (c,) = doc.comments
    assert c.text == "Check this authority." and c.author == "Legal" and c.anchor == 1


def test_core_and_custom_properties(tmp_path):
    b = DocBuilder(title="FV Safety Meeting ISP", author="Privacy Team")
    b.custom_property("Classification", "IN-CONFIDENCE")
    b.para("Body.")
    doc = read(b, tmp_path)
    assert doc.properties.title == "FV Safety Meeting ISP"
    assert doc.properties.author == "Privacy Team"
    assert isinstance(doc.properties.modified, dt.datetime)
    assert doc.properties.custom == {"Classification": "IN-CONFIDENCE"}


def test_toc_entries_are_marked(tmp_path):
    b = DocBuilder()
    b.toc([("Purpose of sharing", 1, 2), ("Legal authority to share", 1, 3)])
    b.heading("Purpose of sharing", 1)
    doc = read(b, tmp_path)
    toc = [x for x in doc.blocks if "Legal authority" in x.text]
    assert toc and all(x.in_toc for x in toc)
    assert not next(x for x in doc.blocks if x.style == "Heading 1").in_toc


def test_renamed_heading_style_carries_outline_level(tmp_path):
    b = DocBuilder()
    b.styled_heading("Legal authority to share", "Kōrero Heading", 1)
    b.bold_heading("4. Method of sharing")
    doc = read(b, tmp_path)
    assert doc.blocks[0].outline_level == 1 and doc.blocks[0].style == "Kōrero Heading"
    assert doc.blocks[1].bold and doc.blocks[1].outline_level is None


def test_lists_have_a_level(tmp_path):
    b = DocBuilder()
    b.bullets(["One", "Two"], numbered=True)
    b.bullets(["Sub-item"], level=1)
    doc = read(b, tmp_path)
    assert [x.list_level for x in doc.blocks] == [0, 0, 1]  # "List Bullet 2" is level 1 by its numbering


@pytest.mark.parametrize("suffix", [".docm", ".dotx", ".dotm"])
def test_other_word_formats_are_read(tmp_path, suffix):
    import zipfile

    content_types = {
        ".docm": "application/vnd.ms-word.document.macroEnabled.main+xml",
        ".dotx": "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        ".dotm": "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    }
    b = DocBuilder()
    b.heading("Review", 1)
    src = tmp_path / "plain.docx"
    b.save(src)
    out = tmp_path / f"doc{suffix}"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    content_types[suffix].encode(),
                )
            zout.writestr(item, data)
    doc = read_document(open_package(out))
    assert doc.format == suffix[1:]
    assert texts(doc) == ["Review"]


def test_reading_never_modifies_the_file(tmp_path):
    b = DocBuilder()
    b.para("Body.")
    path = tmp_path / "doc.docx"
    b.save(path)
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns)
    read_document(open_package(path))
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns) == before


# -- documents that went through a PDF, and tables typed with tabs ---------------------------------

PRINTED = ("Information is shared at the Safety Table only for the purposes set out in this protocol and "
           "only within the limits of the legal authority that it was shared under. Representatives do not "
           "put information received from another agency into their own agency's systems unless they need "
           "it to carry out an action agreed at the meeting. ") * 6


def printed_lines(text: str, width: int = 84) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def test_a_paragraph_broken_at_every_printed_line_is_read_whole(tmp_path):
    b = DocBuilder()
    b.para("6.\tUSE OF INFORMATION")
    for line in printed_lines(PRINTED):
        b.para(line)
    b.para("7.\tTRANSPARENCY")
    b.para("•\tEach agency describes the meeting in its privacy statement.")
    doc = read(b, tmp_path)
    got = texts(doc)
    assert got[0] == "6.\tUSE OF INFORMATION"
    assert got[-2:] == ["7.\tTRANSPARENCY", "Each agency describes the meeting in its privacy statement."]
    assert_whole_sentences(got[1:-2])
    assert doc.blocks[1].index == 2  # a joined paragraph keeps its first line's number


def assert_whole_sentences(got: list[str]) -> None:
    """The text is all there, and no sentence is split between paragraphs (a printed line that
    happens to end a sentence may still end a paragraph)."""
    assert " ".join(got) == " ".join(PRINTED.split())
    assert all(t.endswith(".") for t in got) and len(got) <= PRINTED.count(".")


def test_wide_printed_lines_are_joined_where_the_next_starts_with_a_capital(tmp_path):
    """A landscape page or small type: lines of 200 characters, broken before "Safety Table",
    "Representatives" or "(lead agency)" as often as before a lower-case word."""
    b = DocBuilder()
    text = PRINTED.replace("agency into", "agency (the sender) into") * 2
    for line in printed_lines(text, 200):
        b.para(line)
    got = texts(read(b, tmp_path))
    assert " ".join(got) == " ".join(text.split())
    assert all(t.endswith(".") for t in got)


def test_ordinary_paragraphs_that_end_without_a_full_stop_stay_apart(tmp_path):
    b = DocBuilder()
    b.para("Signed for and on behalf of New Zealand Police")
    b.para("Inspector Rāwiri Tane")
    b.para("A long paragraph as Word wraps it itself, " * 8 + "ending in a full stop.")
    b.para("Attending agencies")
    b.para("Oranga Tamariki")
    doc = read(b, tmp_path)
    assert len(doc.blocks) == 5


def test_page_headers_and_footers_left_in_the_body_are_read_as_such(tmp_path):
    b = DocBuilder()
    lines = printed_lines(PRINTED)
    for n, line in enumerate(lines, 1):
        b.para(line)
        if n % 7 == 0:  # a page break in mid-sentence
            b.para("IN-CONFIDENCE")
            b.para(f"Page {n // 7} of 4")
            b.para("Whangārei Whānau Safety Table – Information Sharing Protocol v2.0")
    doc = read(b, tmp_path)
    assert_whole_sentences(texts(doc))
    furniture = [x.text.strip() for x in doc.footers]
    assert furniture.count("IN-CONFIDENCE") == len(lines) // 7 and "Page 1 of 4" in furniture


def test_a_single_page_number_is_left_alone(tmp_path):
    b = DocBuilder()
    b.para("Review")
    b.para("Page 1 of 1")
    b.para("IN-CONFIDENCE")
    doc = read(b, tmp_path)
    assert texts(doc) == ["Review", "Page 1 of 1", "IN-CONFIDENCE"] and not doc.footers


def test_a_table_typed_with_tabs_is_read_as_a_table(tmp_path):
    b = DocBuilder()
    b.para("The authority relied on for each purpose is:")
    b.para("Purpose of sharing\tLegal authority")
    b.para("1. Assess the risk\tFamily Violence Act 2018, section 20")
    b.para("2. Safety plan\tPrivacy Act 2020, IPP 11(1)(f); Oranga Tamariki")
    b.para("\tAct 1989, section 66C")  # a long cell wrapped onto a line of its own
    b.para("A representative who is unsure does not share.")
    doc = read(b, tmp_path)
    (table,) = doc.tables
    assert table.typed
    assert [[c.text for c in row] for row in table.rows] == [
        ["Purpose of sharing", "Legal authority"],
        ["1. Assess the risk", "Family Violence Act 2018, section 20"],
        ["2. Safety plan", "Privacy Act 2020, IPP 11(1)(f); Oranga Tamariki Act 1989, section 66C"]]
    assert table.rows[2][1].blocks == (4, 5)
    assert len(doc.blocks) == 6  # the paragraphs are still the body's paragraphs


def test_numbered_clauses_typed_with_a_tab_are_not_a_table(tmp_path):
    b = DocBuilder()
    b.para("5.1\tThis Protocol does not authorise the disclosure of information.")
    b.para("5.2\tA Representative disclosing under section 66C must be satisfied it applies.")
    b.para("(a)\tidentifying and contact details;")
    b.para("•\tthe Police family harm report.")
    assert read(b, tmp_path).tables == ()


def test_table_cells_of_a_pdf_conversion_are_joined_back(tmp_path):
    b = DocBuilder()
    b.table([["Purpose", "Legal authority"],
             [["1. Assess the risk of", "abuse or neglect"],
              ["Family Violence Act 2018, section 20 (where the person causing",
               "harm is a family member); Privacy Act 2020, IPP 11(1)(f); Health",
               "Information Privacy Code 2020, rule 11(2)(d)"]]])
    doc = read(b, tmp_path)
    assert texts(doc)[2:] == [
        "1. Assess the risk of abuse or neglect",
        "Family Violence Act 2018, section 20 (where the person causing harm is a family member); "
        "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)"]


def test_lines_of_an_ordinary_table_cell_stay_apart(tmp_path):
    b = DocBuilder()
    b.table([["Signed for and on behalf of New Zealand Police", "Signed for Oranga Tamariki"],
             [["Name: Aroha Ngata", "Position: District Commander", "Date: 3 March 2026"],
              ["Name: Mere Walker", "Position: Regional Manager of the", "Date: 4 March 2026"]]])
    doc = read(b, tmp_path)
    assert len(doc.blocks) == 8


def test_an_emoji_before_a_bold_title_does_not_unbold_the_line(tmp_path):
    b = DocBuilder()
    p = b.para("")
    p.add_run("🚨 ")
    p.add_run("If something goes wrong").bold = True
    q = b.para("")
    q.add_run("Plain ")
    q.add_run("and bold").bold = True
    doc = read(b, tmp_path)
    by_text = {blk.text.strip(): blk for blk in doc.blocks}
    assert by_text["🚨 If something goes wrong"].bold
    assert not by_text["Plain and bold"].bold
