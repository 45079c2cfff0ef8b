"""DocBuilder writes the structures Word writes: checked on the saved XML itself
(zipfile + lxml), never through the project's reader."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest
from lxml import etree

from sample_protocols.docbuilder import DocBuilder

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "cp": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
}


def wa(name: str) -> str:
    return f"{{{W}}}{name}"


class Saved:
    """A saved .docx opened as a zip, with parsed parts on demand."""

    def __init__(self, b: DocBuilder):
        self.data = b.to_bytes()
        self.zip = zipfile.ZipFile(io.BytesIO(self.data))

    def xml(self, name: str):
        return etree.fromstring(self.zip.read(name))

    @property
    def body(self):
        return self.xml("word/document.xml").find(wa("body"))

    def text(self, el) -> str:
        return "".join(el.xpath(".//w:t/text()", namespaces=NS))


def test_headings_styles_and_outline_levels():
    b = DocBuilder()
    b.heading("Attending agencies", 1)
    b.styled_heading("Te kaupapa o te hui", "Kōrero Heading", 0)
    b.styled_heading("Zweck", "Überschrift 1", 1)
    b.bold_heading("4. Legal authority to share")
    b.caps_heading("Review")
    b.caps_heading("Signatories", caps_property=True)
    s = Saved(b)
    paras = s.body.findall(wa("p"))
    styles = [p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) for p in paras]
    assert styles[:3] == ["Heading1", "KreroHeading", "berschrift1"]
    st = s.xml("word/styles.xml")
    korero = st.xpath('w:style[@w:styleId="KreroHeading"]', namespaces=NS)[0]
    assert korero.xpath("string(w:name/@w:val)", namespaces=NS) == "Kōrero Heading"
    assert korero.xpath("string(w:pPr/w:outlineLvl/@w:val)", namespaces=NS) == "0"
    assert st.xpath('string(w:style[@w:styleId="berschrift1"]/w:pPr/w:outlineLvl/@w:val)', namespaces=NS) == "1"
    # bold heading: Normal paragraph (no pStyle), every run bold
    assert styles[3] == "" and paras[3].xpath("count(w:r[not(w:rPr/w:b)])", namespaces=NS) == 0
    assert s.text(paras[4]) == "REVIEW"
    assert s.text(paras[5]) == "Signatories" and paras[5].find(".//" + wa("caps")) is not None


def test_lists_use_real_numbering_and_restart():
    b = DocBuilder()
    b.bullets(["one", "two"], numbered=True)
    b.bullets(["three"], numbered=True)
    b.bullets(["dot"])
    s = Saved(b)
    paras = s.body.findall(wa("p"))
    assert [p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) for p in paras] == [
        "ListNumber", "ListNumber", "ListNumber", "ListBullet"]
    ids = [p.xpath("string(w:pPr/w:numPr/w:numId/@w:val)", namespaces=NS) for p in paras[:3]]
    assert ids[0] == ids[1] != ids[2]
    numbering = s.xml("word/numbering.xml")
    for num_id in {ids[0], ids[2]}:
        num = numbering.xpath(f'w:num[@w:numId="{num_id}"]', namespaces=NS)[0]
        assert num.xpath("string(w:lvlOverride/w:startOverride/@w:val)", namespaces=NS) == "1"


def test_tables_header_merge_nested_form():
    b = DocBuilder()
    t = b.table([["Purpose", "Authority"], ["Assess risk", "Family Violence Act 2018, s 20"], ["Note", ""]],
                merges=[((2, 0), (2, 1))])
    b.nested_table(t.cell(1, 1), [["Section", "Test"], ["s 20", "risk of family violence"]])
    b.form_table([("Lead attending agency", "New Zealand Police"), ("Review period", "Every 24 months")])
    s = Saved(b)
    tables = s.body.findall(wa("tbl"))
    assert len(tables) == 2
    first = tables[0]
    assert first.xpath("string(w:tblPr/w:tblStyle/@w:val)", namespaces=NS) == "TableGrid"
    assert first.find(f"{wa('tr')}/{wa('trPr')}/{wa('tblHeader')}") is not None
    assert first.xpath("string(w:tr[3]/w:tc[1]/w:tcPr/w:gridSpan/@w:val)", namespaces=NS) == "2"
    nested = first.xpath("w:tr[2]/w:tc[2]/w:tbl", namespaces=NS)
    assert len(nested) == 1
    # Word needs a paragraph after a nested table, as the last thing in the cell
    assert etree.QName(first.xpath("w:tr[2]/w:tc[2]/*[last()]", namespaces=NS)[0]).localname == "p"
    form = tables[1]
    assert s.text(form.xpath("w:tr[1]/w:tc[1]", namespaces=NS)[0]) == "Lead attending agency"
    assert form.xpath("count(w:tr/w:tc[1]//w:r[not(w:rPr/w:b)])", namespaces=NS) == 0


def test_dropdown_placeholder_and_selected():
    b = DocBuilder()
    p = b.para("Security classification: ")
    b.dropdown(["IN-CONFIDENCE", "SENSITIVE"], paragraph=p, tag="classification", alias="Classification")
    b.dropdown(["IN-CONFIDENCE", "SENSITIVE"], selected="SENSITIVE")
    s = Saved(b)
    sdts = s.body.findall(f"{wa('p')}/{wa('sdt')}")
    assert len(sdts) == 2
    empty, chosen = sdts
    pr = empty.find(wa("sdtPr"))
    assert [etree.QName(c).localname for c in pr] == ["alias", "tag", "id", "placeholder", "showingPlcHdr",
                                                      "dropDownList"]
    assert pr.xpath("string(w:tag/@w:val)", namespaces=NS) == "classification"
    assert pr.xpath("w:dropDownList/w:listItem/@w:displayText", namespaces=NS) == [
        "Choose an item.", "IN-CONFIDENCE", "SENSITIVE"]
    run = empty.find(f"{wa('sdtContent')}/{wa('r')}")
    assert run.xpath("string(w:rPr/w:rStyle/@w:val)", namespaces=NS) == "PlaceholderText"
    assert s.text(empty) == "Choose an item."
    assert chosen.find(f"{wa('sdtPr')}/{wa('showingPlcHdr')}") is None
    assert s.text(chosen) == "SENSITIVE"
    st = s.xml("word/styles.xml")
    assert st.xpath('w:style[@w:styleId="PlaceholderText"]/@w:type', namespaces=NS) == ["character"]
    # the inline control sits after the paragraph's own text
    assert s.text(s.body.findall(wa("p"))[0]) == "Security classification: Choose an item."


def test_text_date_checkbox_controls_and_block_level():
    b = DocBuilder()
    b.text_control()
    b.text_control("Te Rūnanga o Ngāti Whātua", block=True, tag="agency")
    b.date_control(dt.date(2026, 3, 1))
    b.date_control()
    b.checkbox(True, label="Privacy training completed")
    b.checkbox(False)
    s = Saved(b)
    body = s.body
    inline = body.findall(f"{wa('p')}/{wa('sdt')}")
    block = body.findall(wa("sdt"))
    assert len(block) == 1 and len(inline) == 5
    assert block[0].find(f"{wa('sdtContent')}/{wa('p')}") is not None
    assert s.text(block[0]) == "Te Rūnanga o Ngāti Whātua"
    assert block[0].find(f"{wa('sdtPr')}/{wa('text')}") is not None
    text_empty, date_set, date_empty, box_on, box_off = inline
    assert text_empty.find(f"{wa('sdtPr')}/{wa('showingPlcHdr')}") is not None
    assert s.text(text_empty) == "Click or tap here to enter text."
    assert date_set.xpath("string(w:sdtPr/w:date/@w:fullDate)", namespaces=NS) == "2026-03-01T00:00:00Z"
    assert s.text(date_set) == "1 March 2026"
    assert s.text(date_empty) == "Click or tap to enter a date."
    assert date_empty.find(f"{wa('sdtPr')}/{wa('showingPlcHdr')}") is not None
    assert box_on.xpath("string(w:sdtPr/w14:checkbox/w14:checked/@w14:val)", namespaces=NS) == "1"
    assert s.text(box_on) == "☒" and s.text(box_off) == "☐"
    ids = body.xpath(".//w:sdt/w:sdtPr/w:id/@w:val", namespaces=NS)
    assert len(set(ids)) == len(ids) == 6


def test_control_in_form_table_cell():
    b = DocBuilder()
    t = b.form_table([("Security classification", "")])
    b.dropdown(["IN-CONFIDENCE", "SENSITIVE"], paragraph=t.cell(0, 1).paragraphs[0])
    b.text_control(paragraph=t.cell(0, 0).paragraphs[0], block=True)
    s = Saved(b)
    tc = s.body.xpath("w:tbl/w:tr/w:tc", namespaces=NS)
    assert tc[1].xpath("count(w:p/w:sdt/w:sdtPr/w:dropDownList)", namespaces=NS) == 1
    assert tc[0].xpath("count(w:sdt/w:sdtContent/w:p)", namespaces=NS) == 1


def test_tracked_changes():
    b = DocBuilder()
    p = b.para("Information is held for ")
    b.tracked(p, deleted="as long as it may be useful", inserted="no longer than needed",
              author="Mere Tane", date=dt.datetime(2026, 2, 3, 10, 0))
    b.tracked_paragraph_insert("Relationship managers meet six-monthly.", author="Mere Tane")
    b.tracked_paragraph_delete("This protocol authorises sharing.", author="Mere Tane")
    s = Saved(b)
    body = s.body
    dels, inss = body.findall(f".//{wa('del')}"), body.findall(f".//{wa('ins')}")
    assert len(dels) == len(inss) == 3  # two run-level and one paragraph-mark change each
    first_del = dels[0]
    assert first_del.get(wa("author")) == "Mere Tane"
    assert first_del.get(wa("date")) == "2026-02-03T10:00:00Z"
    assert first_del.xpath("string(w:r/w:delText)", namespaces=NS) == "as long as it may be useful"
    assert body.xpath("string(w:p[1]/w:ins/w:r/w:t)", namespaces=NS) == "no longer than needed"
    assert body.find(f"{wa('p')}/{wa('pPr')}/{wa('rPr')}/{wa('ins')}") is not None
    ids = [e.get(wa("id")) for e in dels + inss]
    assert len(set(ids)) == len(ids)


def test_comment_part_and_anchor():
    b = DocBuilder()
    p = b.para("Review every 36 months.")
    b.comment(p, "Is 36 months too long? The guidance suggests reviewing regularly.", "Aroha Ngata")
    s = Saved(b)
    rels = s.xml("word/_rels/document.xml.rels")
    assert rels.xpath('rel:Relationship[contains(@Type,"/comments")]/@Target', namespaces=NS) == ["comments.xml"]
    comments = s.xml("word/comments.xml").findall(wa("comment"))
    assert len(comments) == 1
    c = comments[0]
    assert c.get(wa("author")) == "Aroha Ngata" and c.get(wa("initials")) == "AN"
    assert c.get(wa("date")) == "2024-01-01T00:00:00Z"
    assert "36 months" in s.text(c)
    p_xml = s.body.find(wa("p"))
    assert p_xml.find(wa("commentRangeStart")) is not None
    assert p_xml.find(f".//{wa('commentReference')}") is not None


def test_headers_footers_first_and_even():
    b = DocBuilder()
    b.para("Body")
    b.header("IN-CONFIDENCE")
    b.footer("IN-CONFIDENCE")
    b.header("SENSITIVE – first page", which="first")
    b.footer("Page footer (even)", which="even")
    s = Saved(b)
    sect = s.body.find(wa("sectPr"))
    refs = {(etree.QName(r).localname, r.get(wa("type"))) for r in sect
            if etree.QName(r).localname in ("headerReference", "footerReference")}
    assert ("headerReference", "default") in refs and ("headerReference", "first") in refs
    assert ("footerReference", "even") in refs
    assert sect.find(wa("titlePg")) is not None
    assert s.xml("word/settings.xml").find(wa("evenAndOddHeaders")) is not None
    texts = [s.text(s.xml(n)) for n in s.zip.namelist() if n.startswith("word/header")]
    assert "IN-CONFIDENCE" in texts and "SENSITIVE – first page" in texts


def test_textbox_as_word_writes_it():
    b = DocBuilder()
    b.textbox(["Lead attending agency:", "New Zealand Police"])
    s = Saved(b)
    run = s.body.find(f"{wa('p')}/{wa('r')}")
    alt = run.find("mc:AlternateContent", NS)
    assert alt.find("mc:Choice", NS).get("Requires") == "wps"
    choice_txbx = alt.xpath("mc:Choice/w:drawing//wps:wsp/wps:txbx/w:txbxContent", namespaces=NS)
    fallback_txbx = alt.xpath("mc:Fallback/w:pict/v:shape/v:textbox/w:txbxContent", namespaces=NS)
    assert len(choice_txbx) == 1 and len(fallback_txbx) == 1
    assert s.text(choice_txbx[0]) == s.text(fallback_txbx[0]) == "Lead attending agency:New Zealand Police"


def test_footnotes_part_is_related_with_separators():
    b = DocBuilder()
    p = b.para("Personal information should be IN-CONFIDENCE at a minimum.")
    b.footnote(p, "Protective Security Requirements, classification system.")
    b.footnote(p, "Second note.")
    s = Saved(b)
    rels = s.xml("word/_rels/document.xml.rels")
    assert rels.xpath('rel:Relationship[contains(@Type,"/footnotes")]/@Target', namespaces=NS) == ["footnotes.xml"]
    ct = s.xml("[Content_Types].xml")
    assert ct.xpath('ct:Override[@PartName="/word/footnotes.xml"]/@ContentType', namespaces=NS) == [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"]
    notes = s.xml("word/footnotes.xml").findall(wa("footnote"))
    assert [(n.get(wa("id")), n.get(wa("type"))) for n in notes] == [
        ("-1", "separator"), ("0", "continuationSeparator"), ("1", None), ("2", None)]
    assert notes[2].find(f".//{wa('footnoteRef')}") is not None
    assert "Protective Security" in s.text(notes[2])
    assert s.body.xpath("w:p/w:r/w:footnoteReference/@w:id", namespaces=NS) == ["1", "2"]
    assert s.xml("word/settings.xml").find(wa("footnotePr")) is not None


def test_custom_properties_part():
    b = DocBuilder()
    b.para("x")
    b.custom_property("Classification", "IN-CONFIDENCE")
    b.custom_property("ProtocolVersion", 3)
    s = Saved(b)
    assert "docProps/custom.xml" in s.zip.namelist()
    rels = s.xml("_rels/.rels")
    assert rels.xpath('rel:Relationship[contains(@Type,"/custom-properties")]/@Target', namespaces=NS) == [
        "docProps/custom.xml"]
    ct = s.xml("[Content_Types].xml")
    assert ct.xpath('ct:Override[@PartName="/docProps/custom.xml"]/@ContentType', namespaces=NS) == [
        "application/vnd.openxmlformats-officedocument.custom-properties+xml"]
    props = s.xml("docProps/custom.xml").findall("cp:property", NS)
    assert [(p.get("name"), p.get("pid")) for p in props] == [("Classification", "2"), ("ProtocolVersion", "3")]
    assert props[0].findtext("vt:lpwstr", namespaces=NS) == "IN-CONFIDENCE"
    assert props[1].findtext("vt:i4", namespaces=NS) == "3"


def test_toc_field():
    b = DocBuilder()
    b.toc([("Attending agencies", 1), ("Lead attending agency", 2), ("Meeting purpose", 1)])
    b.heading("Attending agencies")
    s = Saved(b)
    body = s.body
    assert body.xpath("string(.//w:instrText[1])", namespaces=NS).strip() == 'TOC \\o "1-3" \\h \\z \\u'
    kinds = body.xpath(".//w:fldChar/@w:fldCharType", namespaces=NS)
    assert kinds[:2] == ["begin", "separate"] and kinds[-1] == "end"
    assert kinds.count("begin") == kinds.count("end") == 4  # TOC + 3 nested PAGEREFs
    styles = body.xpath("w:p/w:pPr/w:pStyle/@w:val", namespaces=NS)
    assert styles[:4] == ["TOCHeading", "TOC1", "TOC2", "TOC1"]
    st = s.xml("word/styles.xml")
    assert st.xpath('string(w:style[@w:styleId="TOC1"]/w:name/@w:val)', namespaces=NS) == "toc 1"
    # the field end sits in its own paragraph after the entries, before the first heading
    paras = body.findall(wa("p"))
    assert paras[4].xpath("string(w:r/w:fldChar/@w:fldCharType)", namespaces=NS) == "end"


def test_landscape_section_and_page_break():
    b = DocBuilder()
    b.para("Portrait")
    b.landscape_section()
    b.table([["Purpose", "Legal authority"], ["1", "Privacy Act 2020, IPP 11(1)(e)"]])
    b.portrait_section()
    b.page_break()
    s = Saved(b)
    sizes = s.body.xpath(".//w:sectPr/w:pgSz", namespaces=NS)
    assert len(sizes) == 3
    orient = [z.get(wa("orient")) for z in sizes]
    assert orient[1] == "landscape" and orient[0] in (None, "portrait") and orient[2] in (None, "portrait")
    assert int(sizes[1].get(wa("w"))) > int(sizes[1].get(wa("h")))
    assert int(sizes[0].get(wa("w"))) == 11906  # A4
    assert s.body.find(f".//{wa('br')}").get(wa("type")) == "page"


def _everything() -> DocBuilder:
    b = DocBuilder(title="Kāinga Ora housing-first ISP", author="Kāinga Ora – Homes and Communities",
                   created=dt.datetime(2026, 2, 1, 9, 30))
    b.toc([("Purpose", 1)])
    b.heading("Purpose")
    p = b.para("Classification: ")
    b.dropdown(["IN-CONFIDENCE", "SENSITIVE"], paragraph=p)
    b.text_control("Shine", block=True)
    b.checkbox(True)
    b.date_control(dt.date(2026, 5, 1))
    t = b.table([["a", "b"], ["c", "d"]])
    b.nested_table(t.cell(1, 1), [["x"]])
    q = b.para("Tracked ")
    b.tracked(q, inserted="in", deleted="out", author="A")
    b.comment(q, "A comment", "B Person")
    b.header("IN-CONFIDENCE")
    b.footer("IN-CONFIDENCE")
    b.textbox("box")
    b.footnote(q, "note")
    b.custom_property("Classification", "IN-CONFIDENCE")
    b.landscape_section()
    b.para("wide")
    return b


def test_two_saves_are_byte_identical(tmp_path):
    a, c = tmp_path / "a.docx", tmp_path / "c.docx"
    _everything().save(a)
    _everything().save(c)
    assert a.read_bytes() == c.read_bytes()
    b = _everything()
    assert b.to_bytes() == b.to_bytes()  # saving twice from one builder is stable too


def test_zip_layout_fixed_dates_and_core_properties():
    data = _everything().to_bytes()
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.namelist()[0] == "[Content_Types].xml"
    assert {i.date_time for i in z.infolist()} == {(2024, 1, 1, 0, 0, 0)}
    core = etree.fromstring(z.read("docProps/core.xml"))
    dc = "http://purl.org/dc/terms/"
    assert core.findtext(f"{{{dc}}}created") == "2026-02-01T09:30:00Z"
    assert core.findtext("{http://purl.org/dc/elements/1.1/}title") == "Kāinga Ora housing-first ISP"
    assert b"python-docx" not in z.read("docProps/core.xml")
    assert b"rsid" not in z.read("word/document.xml")


@pytest.mark.parametrize("make", [_everything, lambda: DocBuilder()])
def test_output_opens_in_python_docx(make):
    d = docx.Document(io.BytesIO(make().to_bytes()))
    assert d.sections


def test_dropdown_rejects_unknown_selection():
    with pytest.raises(ValueError):
        DocBuilder().dropdown(["IN-CONFIDENCE"], selected="SECRET")
