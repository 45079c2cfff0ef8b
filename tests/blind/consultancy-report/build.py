#!/usr/bin/env python3
"""Build the consultancy-report corpus of multi-agency meeting information
sharing protocols, plus truth.json.

House style: protocols prepared by a governance consultancy (Kowhai
Governance Partners) for regional partnerships: cover page, document-control
table, typed table of contents, executive summary, "Section N: ..." or
"N.0 ..." chapters with N.1/N.2 subheadings, call-out boxes, "Key points"
summaries, a RACI matrix and numbered appendices (purpose and legal
authority register, security controls checklist with tick columns,
signatories).

Run:  /work/blind-kit5/.venv/bin/python build.py
Everything is deterministic: fixed core-property dates, fixed zip times.
"""
import copy
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent
CONSULTANCY = "Kōwhai Governance Partners Limited"
CONSULT_SHORT = "Kōwhai Governance Partners"
TEAL = RGBColor(0x1F, 0x4E, 0x5A)
GREEN = RGBColor(0x2E, 0x7D, 0x6B)

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"

# ---------------------------------------------------------------------------
# Small block language used by the specs
# ---------------------------------------------------------------------------


def P(text, **kw):
    return ("p", text, kw)


def B(items):
    return ("bullets", items)


def N(items):
    return ("numbers", items)


def SUB(text):
    return ("sub", text)


def CALL(title, paras, fill="E6F2EF"):
    return ("callout", title, paras, fill)


def TBL(header, rows, widths=None):
    return ("table", header, rows, widths)


def KV(rows, widths=None):
    """Two-column label/value table without header row."""
    return ("kv", rows, widths)


def RAW(fn):
    return ("raw", fn)


# ---------------------------------------------------------------------------
# Low level OOXML helpers
# ---------------------------------------------------------------------------

_ids = {"n": 100}


def next_id():
    _ids["n"] += 1
    return _ids["n"]


TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
              "textDirection", "tcFitText", "vAlign", "hideMark"]


def tcpr_insert(tcPr, el):
    """Insert a tcPr child in the order the schema requires."""
    name = el.tag.split("}")[1]
    idx = TCPR_ORDER.index(name)
    for child in list(tcPr):
        cname = child.tag.split("}")[1]
        if cname in TCPR_ORDER and TCPR_ORDER.index(cname) > idx:
            child.addprevious(el)
            return
    tcPr.append(el)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcpr_insert(tcPr, parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def cell_borders(cell, left=None, all_sides=None):
    tcPr = cell._tc.get_or_add_tcPr()
    parts = []
    if all_sides:
        for side in ("top", "left", "bottom", "right"):
            sz = left if (side == "left" and left) else all_sides
            color = "2E7D6B" if side == "left" and left else "9FC7BE"
            parts.append('<w:%s w:val="single" w:sz="%d" w:space="0" w:color="%s"/>' % (side, sz, color))
    xml = '<w:tcBorders %s>%s</w:tcBorders>' % (nsdecls("w"), "".join(parts))
    tcpr_insert(tcPr, parse_xml(xml))


def set_cell_text(cell, text, bold=False, color=None, size=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if isinstance(text, str) else text
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def outline_level(paragraph, level):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:outlineLvl %s w:val="%d"/>' % (nsdecls("w"), level)))


def add_field_run(paragraph, instr, shown):
    fld = parse_xml(
        '<w:fldSimple %s w:instr="%s"><w:r><w:t>%s</w:t></w:r></w:fldSimple>' % (nsdecls("w"), instr, shown)
    )
    paragraph._p.append(fld)


def sdt_dropdown(paragraph, items, selected, alias, tag):
    lis = "".join('<w:listItem w:displayText="%s" w:value="%s"/>' % (i, i if i != "Choose an item." else "") for i in items)
    xml = (
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
        '<w:dropDownList w:lastValue="%s">%s</w:dropDownList></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), alias, tag, next_id(), selected, lis, selected)
    )
    paragraph._p.append(parse_xml(xml))


def sdt_text(paragraph, text, alias, tag):
    xml = (
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w:text/></w:sdtPr>'
        '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), alias, tag, next_id(), text)
    )
    paragraph._p.append(parse_xml(xml))


def sdt_date(paragraph, iso, shown):
    xml = (
        '<w:sdt %s><w:sdtPr><w:alias w:val="Date signed"/><w:tag w:val="signed_date"/><w:id w:val="%d"/>'
        '<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-NZ"/>'
        '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
        '<w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), next_id(), iso, shown)
    )
    paragraph._p.append(parse_xml(xml))


def sdt_checkbox(paragraph, checked):
    glyph = "\u2612" if checked else "\u2610"
    xml = (
        '<w:sdt %s xmlns:w14="%s"><w:sdtPr><w:id w:val="%d"/>'
        '<w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
        '</w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), W14, next_id(), 1 if checked else 0, glyph)
    )
    paragraph._p.append(parse_xml(xml))


def tracked_replace(paragraph, deleted, inserted, author, when):
    d = parse_xml(
        '<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
        % (nsdecls("w"), next_id(), author, when, deleted)
    )
    i = parse_xml(
        '<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
        % (nsdecls("w"), next_id(), author, when, inserted)
    )
    paragraph._p.append(d)
    paragraph._p.append(i)


# ---------------------------------------------------------------------------
# Document set-up
# ---------------------------------------------------------------------------


def setup_document(spec):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = spec.get("font", "Arial")
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), spec.get("font", "Arial"))
    if spec["heading_mode"] == "custom":
        h1 = st.add_style("ConsultHeading1", WD_STYLE_TYPE.PARAGRAPH)
        h1.base_style = st["Heading 1"]
        h1.next_paragraph_style = normal
        h1.font.size = Pt(16)
        h1.font.color.rgb = TEAL
        h1.font.name = spec.get("font", "Arial")
        h1.paragraph_format.space_before = Pt(18)
        h1.paragraph_format.space_after = Pt(8)
        h1.paragraph_format.keep_with_next = True
        h2 = st.add_style("ConsultHeading2", WD_STYLE_TYPE.PARAGRAPH)
        h2.base_style = st["Heading 2"]
        h2.next_paragraph_style = normal
        h2.font.size = Pt(12.5)
        h2.font.color.rgb = GREEN
        h2.font.name = spec.get("font", "Arial")
        h2.paragraph_format.space_before = Pt(12)
        h2.paragraph_format.space_after = Pt(4)
        h2.paragraph_format.keep_with_next = True
        # explicit outline levels as Word writes them for custom heading styles
        for s, lvl in ((h1, 0), (h2, 1)):
            s.element.get_or_add_pPr().append(parse_xml('<w:outlineLvl %s w:val="%d"/>' % (nsdecls("w"), lvl)))
    toc = st.add_style("ConsultContents", WD_STYLE_TYPE.PARAGRAPH)
    toc.base_style = normal
    toc.paragraph_format.space_after = Pt(2)
    toc.paragraph_format.tab_stops.add_tab_stop(Cm(16.3), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    kp = st.add_style("ConsultKeyPoints", WD_STYLE_TYPE.PARAGRAPH)
    kp.base_style = normal
    kp.font.bold = True
    kp.font.color.rgb = TEAL
    kp.paragraph_format.space_before = Pt(10)
    kp.paragraph_format.keep_with_next = True
    # header and footer
    header = sec.header
    hp = header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.get("header_marking"):
        r = hp.add_run(spec["header_marking"])
        r.bold = True
        r.font.size = Pt(10)
    if spec.get("header_title", True):
        hp2 = header.add_paragraph()
        hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r2 = hp2.add_run(spec["short_title"])
        r2.font.size = Pt(8)
        r2.font.color.rgb = GREEN
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("%s  |  %s  |  %s  |  Page " % (CONSULT_SHORT, spec["short_title"], spec["version_label"]))
    r.font.size = Pt(8)
    add_field_run(fp, " PAGE ", "1")
    if spec.get("footer_marking"):
        fp2 = sec.footer.add_paragraph()
        fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp2.add_run(spec["footer_marking"])
        r.bold = True
        r.font.size = Pt(9)
    # core properties
    cp = doc.core_properties
    cp.title = spec["title"]
    cp.subject = "Multi-agency meeting information sharing protocol"
    cp.author = spec["doc_author"]
    cp.last_modified_by = spec["doc_author"]
    cp.keywords = "information sharing protocol; multi-agency meeting"
    cp.category = "Protocol"
    cp.comments = ""
    cp.revision = spec.get("revision", 3)
    cp.created = spec["created"]
    cp.modified = spec["modified"]
    cp.last_printed = spec["modified"]
    cp.language = "en-NZ"
    cp.identifier = ""
    cp.content_status = spec.get("status", "Final")
    cp.version = spec["version_label"]
    return doc


# ---------------------------------------------------------------------------
# Rendering primitives
# ---------------------------------------------------------------------------


def heading(doc, spec, text, level):
    mode = spec["heading_mode"]
    if mode == "custom":
        return doc.add_paragraph(text, style="ConsultHeading1" if level == 1 else "ConsultHeading2")
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(15 if level == 1 else 12)
    r.font.color.rgb = TEAL if level == 1 else GREEN
    p.paragraph_format.space_before = Pt(16 if level == 1 else 10)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True
    if mode == "direct_outline":
        outline_level(p, level - 1)
    return p


def para(doc, text, bold=False, italic=False, size=None, align=None, color=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def add_table(doc, header, rows, widths=None, header_fill="1F4E5A"):
    ncols = len(header) if header else len(rows[0])
    t = doc.add_table(rows=0, cols=ncols)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            set_cell_text(c, h, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF), size=9)
            shade_cell(c, header_fill)
        trPr = t.rows[0]._tr.get_or_add_trPr()
        trPr.append(parse_xml("<w:tblHeader %s/>" % nsdecls("w")))
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            if callable(v):
                c.text = ""
                v(c)
            else:
                set_cell_text(c, v, size=9)
    if widths:
        set_widths(t, widths)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def set_widths(t, widths):
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = Cm(w)
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def add_kv(doc, rows, widths=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for k, v in rows:
        cells = t.add_row().cells
        set_cell_text(cells[0], k, bold=True, size=9)
        shade_cell(cells[0], "E6F2EF")
        if callable(v):
            cells[1].text = ""
            v(cells[1])
        else:
            set_cell_text(cells[1], v, size=9)
    set_widths(t, widths or (5.0, 11.3))
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def add_callout(doc, title, paras, fill):
    t = doc.add_table(rows=1, cols=1)
    c = t.rows[0].cells[0]
    shade_cell(c, fill)
    cell_borders(c, left=24, all_sides=4)
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run(title)
    r.bold = True
    r.font.color.rgb = TEAL
    for item in paras:
        if callable(item):
            item(c)
            continue
        q = c.add_paragraph()
        q.add_run(item).font.size = Pt(9.5)
    set_widths(t, (16.3,))
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def render_blocks(doc, spec, blocks):
    for b in blocks:
        kind = b[0]
        if kind == "p":
            para(doc, b[1], **b[2])
        elif kind == "bullets":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "numbers":
            if spec.get("typed_purpose_labels"):
                for i, it in enumerate(b[1], 1):
                    p = doc.add_paragraph()
                    p.paragraph_format.left_indent = Cm(1.0)
                    p.paragraph_format.first_line_indent = Cm(-1.0)
                    r = p.add_run("P%d\t" % i)
                    r.bold = True
                    p.add_run(it)
            else:
                for it in b[1]:
                    doc.add_paragraph(it, style="List Number")
        elif kind == "sub":
            p = para(doc, b[1], bold=True, color=GREEN)
            p.paragraph_format.keep_with_next = True
        elif kind == "callout":
            add_callout(doc, b[1], b[2], b[3])
        elif kind == "table":
            add_table(doc, b[1], b[2], b[3])
        elif kind == "kv":
            add_kv(doc, b[1], b[2])
        elif kind == "raw":
            b[1](doc, spec)
        else:
            raise ValueError(kind)


def key_points(doc, items):
    doc.add_paragraph("Key points", style="ConsultKeyPoints")
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


# ---------------------------------------------------------------------------
# Outline, TOC and chapters
# ---------------------------------------------------------------------------

SECTION_TITLES = {
    "intro": "Introduction",
    "background": "Background and context",
    "attending-agencies": "Attending agencies",
    "meeting-purpose": "Meeting purpose",
    "scope": "Information sharing purposes and scope",
    "sharing-purpose": "Purposes of sharing",
    "information-shared": "Information to be shared",
    "lawful": "Lawful basis for disclosure",
    "legal-authority": "Legal authority to share",
    "use-of-information": "Use of information",
    "transparency": "Transparency and notification",
    "security": "Handling and security of information",
    "method-of-sharing": "Method of sharing",
    "security-classification": "Security classification",
    "security-controls": "Security controls",
    "tikanga": "Tikanga considerations",
    "retention-disposal": "Retention and disposal of shared information",
    "breach-management": "Privacy and security breach management",
    "breach-contact": "Designated breach contact",
    "breach-response": "Responding to a breach",
    "conflicts-of-interest": "Managing conflicts of interest",
    "relationship-management": "Relationship management and oversight",
    "rel-managers": "Relationship managers",
    "raci": "Roles and responsibilities (RACI)",
    "review": "Review of this protocol",
    "approval": "Approval and sign-off",
}

DECIMAL_TITLES = {
    "intro": "Introduction",
    "scope": "Sharing Purposes and Information",
    "lawful": "Information Governance Arrangements",
    "security": "Information Security",
    "tikanga": "Tikanga Considerations",
    "retention-disposal": "Retention and Disposal",
    "breach-management": "Privacy and Security Breaches",
    "conflicts-of-interest": "Conflicts of Interest",
    "relationship-management": "Relationship Management and Oversight",
    "review": "Review",
    "approval": "Approval",
}

CHAPTERS = [
    ("intro", ["background", "attending-agencies", "meeting-purpose"]),
    ("scope", ["sharing-purpose", "information-shared"]),
    ("lawful", ["legal-authority", "use-of-information", "transparency"]),
    ("security", ["method-of-sharing", "security-classification", "security-controls"]),
    ("tikanga", []),
    ("retention-disposal", []),
    ("breach-management", ["breach-contact", "breach-response"]),
    ("conflicts-of-interest", []),
    ("relationship-management", ["rel-managers", "raci"]),
    ("review", []),
    ("approval", []),
]

APPENDICES = [
    ("app1", "Purpose and legal authority register"),
    ("app2", "Security controls checklist"),
    ("app3", "Signatories"),
]


def title_for(spec, key):
    t = dict(SECTION_TITLES)
    if spec["scheme"] == "decimal":
        small = {"and", "of", "to", "the", "a", "for", "in", "on", "this"}
        t = {k: " ".join(w if (i and w in small) or w.startswith("(") else w[0].upper() + w[1:]
                         for i, w in enumerate(v.split())) for k, v in t.items()}
        t.update(DECIMAL_TITLES)
    t.update(spec.get("titles", {}))
    return t[key]


def chapter_heading_text(spec, n, key):
    if spec["scheme"] == "section":
        return "Section %d: %s" % (n, title_for(spec, key))
    return "%d.0 %s" % (n, title_for(spec, key))


def appendix_heading_text(spec, i, title):
    if spec["scheme"] == "section":
        return "Appendix %d: %s" % (i, title)
    return "Appendix %d – %s" % (i, title.title().replace(" And ", " and "))


def build_outline(spec):
    """Full outline as planned (the TOC is typed from it)."""
    out = [("exec", "Executive summary", 1, None)]
    for n, (ck, subs) in enumerate(spec.get("chapters", CHAPTERS), 1):
        out.append((ck, chapter_heading_text(spec, n, ck), 1, n))
        for m, sk in enumerate(subs, 1):
            out.append((sk, "%d.%d %s" % (n, m, title_for(spec, sk)), 2, n))
    for i, (ak, at) in enumerate(APPENDICES, 1):
        out.append((ak, appendix_heading_text(spec, i, at), 1, None))
    return out


def write_cover(doc, spec):
    for _ in range(3):
        doc.add_paragraph()
    para(doc, spec["client"].upper(), bold=True, size=11, color=GREEN)
    p = doc.add_paragraph(spec["title"], style="Title")
    para(doc, "Multi-agency meeting information sharing protocol", size=14, color=TEAL)
    doc.add_paragraph()
    rows = [
        ("Prepared for", spec["client"]),
        ("Prepared by", CONSULTANCY),
        ("Version", spec["version_label"] + " – " + spec.get("status", "Final")),
        ("Date", spec["cover_date"]),
    ]
    if spec.get("cover_marking"):
        rows.append(("Classification", spec["cover_marking"]))
    add_kv(doc, rows, widths=(4.0, 12.3))
    for _ in range(6):
        doc.add_paragraph()
    para(doc, spec.get("cover_note", "This protocol has been prepared for the attending agencies named in it. "
                                     "Questions about its content should be directed to the lead attending agency."),
         italic=True, size=8.5)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def write_doc_control(doc, spec):
    para(doc, "Document control", bold=True, size=14, color=TEAL)
    add_table(doc, ["Version", "Date", "Author", "Reviewer", "Approver", "Description"], spec["doc_control"],
              widths=(1.8, 2.4, 2.8, 3.0, 2.9, 3.4))
    para(doc, "Document details", bold=True, size=11, color=GREEN)
    add_kv(doc, spec["doc_details"])
    if spec.get("distribution"):
        para(doc, "Distribution", bold=True, size=11, color=GREEN)
        para(doc, spec["distribution"])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def write_toc(doc, spec):
    para(doc, "Contents", bold=True, size=14, color=TEAL)
    page = 2
    for key, text, level, n in build_outline(spec):
        if level == 1:
            page += 1 if key not in ("security", "lawful", "app1") else 2
        p = doc.add_paragraph(style="ConsultContents")
        if level == 2:
            p.paragraph_format.left_indent = Cm(0.8)
        r = p.add_run(text)
        if level == 1:
            r.bold = True
        p.add_run("\t%d" % page)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def at_a_glance(spec):
    rows = [
        ("Meeting", spec["meeting_name"]),
        ("Lead attending agency", spec["lead"]),
        ("Attending agencies", "; ".join(a["name"] for a in spec["agencies"])),
        ("Frequency", spec["frequency"]),
    ]
    if spec.get("glance_classification", True):
        rows.append(("Classification", spec["classification_word"]))
    if spec.get("glance_review", True):
        rows.append(("Review", spec["review_glance"]))
    return rows


def write_body(doc, spec):
    skip = set(spec.get("drop_sections", []))
    heading(doc, spec, "Executive summary", 1)
    render_blocks(doc, spec, spec["exec"])
    if spec.get("glance", True):
        add_callout(doc, "At a glance", [lambda c: _glance(c, spec)], "F3F7F6")
    kp = spec.get("keypoints", {})
    for n, (ck, subs) in enumerate(spec.get("chapters", CHAPTERS), 1):
        if ck in skip:
            continue
        heading(doc, spec, chapter_heading_text(spec, n, ck), 1)
        if not subs:
            render_blocks(doc, spec, spec["blocks"][ck])
        else:
            if spec["blocks"].get(ck + ":lead"):
                render_blocks(doc, spec, spec["blocks"][ck + ":lead"])
            for m, sk in enumerate(subs, 1):
                if sk in skip:
                    continue
                heading(doc, spec, "%d.%d %s" % (n, m, title_for(spec, sk)), 2)
                render_blocks(doc, spec, spec["blocks"][sk])
        if ck in kp:
            key_points(doc, kp[ck])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for i, (ak, at) in enumerate(APPENDICES, 1):
        heading(doc, spec, appendix_heading_text(spec, i, at), 1)
        APPENDIX_WRITERS[ak](doc, spec)
        if i < len(APPENDICES):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _glance(cell, spec):
    t = cell.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in at_a_glance(spec):
        cs = t.add_row().cells
        set_cell_text(cs[0], k, bold=True, size=9)
        set_cell_text(cs[1], v, size=9)
    set_widths(t, (4.2, 11.4))
    cell.add_paragraph()


# ---------------------------------------------------------------------------
# Appendices
# ---------------------------------------------------------------------------


def write_register(doc, spec):
    render_blocks(doc, spec, spec.get("register_intro", [
        P("This register links each purpose of sharing in this protocol to the legal authority the attending "
          "agencies rely on for it, and records the conditions a representative must be satisfied of before "
          "disclosing."),
    ]))
    rows = []
    skip = set(spec.get("register_skip", []))
    for i, pu in enumerate(spec["purposes"], 1):
        if i - 1 in skip:
            continue
        rows.append([("P%d" % i) if spec.get("typed_purpose_labels") else str(i), pu["text"], pu["auth"],
                     pu["who"], pu["cond"]])
    add_table(doc, ["Ref", "Purpose of sharing", "Legal authority", "Agencies relying on it", "Conditions and notes"],
              rows, widths=(1.0, 4.2, 3.8, 3.2, 4.1))
    if spec.get("register_after"):
        render_blocks(doc, spec, spec["register_after"])


CONTROL_LABELS = {
    "training": "Privacy and information security training completed",
    "hardcopy-destruction": "Hard copies securely destroyed at the end of the meeting",
    "password-protection": "Email attachments containing personal information are password protected",
    "approved-devices": "Information shared only from agency-approved devices",
    "virtual-meeting": "Virtual meetings: no chat, recording or screenshots",
    "hardcopy-distribution": "Hard copies not given to other attending agency representatives",
}


def write_checklist(doc, spec):
    render_blocks(doc, spec, spec.get("checklist_intro", [
        P("The checklist below was completed with the attending agencies before signing. A tick in the "
          "\u201cIn place\u201d column means every attending agency has confirmed that the control is in place for "
          "its representatives."),
    ]))
    rows = []
    use_sdt = spec.get("checkbox_sdt", False)
    n = 0
    for key, label, ok, note in spec["checklist"]:
        n += 1

        def mk(flag, use_sdt=use_sdt):
            def f(c):
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if use_sdt:
                    sdt_checkbox(p, flag)
                elif flag:
                    p.add_run("\u2713").bold = True
            return f

        rows.append([str(n), label, mk(ok), mk(not ok), note])
    add_table(doc, ["No.", "Control", "In place", "Not in place", "How it is met / comments"], rows,
              widths=(1.0, 5.6, 1.7, 1.7, 6.3))


def write_signatories(doc, spec):
    render_blocks(doc, spec, spec.get("sign_intro", [
        P("Signed for and on behalf of each attending agency. By signing, each signatory confirms that the "
          "protocol has been checked by a senior privacy, legal or information specialist in their agency and that "
          "their agency will operate in accordance with it."),
    ]))
    sigs = [a for a in spec["agencies"] if not a.get("unsigned")]
    if spec.get("sign_layout") == "table":
        rows = []
        for a in sigs:
            if spec.get("date_sdt"):
                def dcell(c, a=a):
                    sdt_date(c.paragraphs[0], a["date_iso"], a["date"])
                date_v = dcell
            else:
                date_v = a["date"]
            rows.append([a["name"], a["signatory"], a["position"], "", date_v])
        add_table(doc, ["Agency", "Name", "Position", "Signature", "Date"], rows, widths=(4.0, 3.2, 4.4, 2.6, 2.3))
    else:
        for a in sigs:
            p = para(doc, "Signed for and on behalf of %s" % a["name"], bold=True)
            p.paragraph_format.keep_with_next = True
            t = doc.add_table(rows=0, cols=2)
            for k, v in (("Name:", a["signatory"]), ("Position:", a["position"]),
                         ("Signature:", "_______________________________"), ("Date:", a["date"])):
                cs = t.add_row().cells
                set_cell_text(cs[0], k, bold=True, size=9.5)
                set_cell_text(cs[1], v if v else "_______________________________", size=9.5)
            set_widths(t, (3.0, 13.0))
            doc.add_paragraph()


APPENDIX_WRITERS = {"app1": write_register, "app2": write_checklist, "app3": write_signatories}


# ---------------------------------------------------------------------------
# Shared wording (variants so that documents do not read identically)
# ---------------------------------------------------------------------------


def use_blocks(spec, v):
    m = spec["meeting_short"]
    if v == 0:
        return [
            P("Information shared at the %s may be used only for the purpose it was shared for, and only within the "
              "limits of the legal authority relied on for that disclosure." % m),
            P("Attending agencies do not transfer information received at the %s into their own case management or "
              "business systems unless that is needed to carry out an action agreed at the meeting. Where it is "
              "needed, the record notes where the information came from, the legal authority it was shared under, "
              "the purpose it was shared for, any restriction on its use, and the date it was shared." % m),
            P("Any other use, including use for an unrelated purpose, is a new use. The agency wishing to use the "
              "information must first work through the purpose and legal authority for that use with its privacy or "
              "legal team."),
        ]
    if v == 1:
        return [
            P("Representatives use what they learn at the %s only to carry out the purpose it was shared for. The "
              "legal authority for a disclosure also limits what the receiving agency may do with the information." % m),
            P("Shared information is not added to an agency's own records as a matter of course. It is recorded only "
              "when the agency needs it to complete an action agreed at the meeting, and the record then shows:"),
            B(["the agency the information came from;", "the legal authority it was shared under;",
               "the purpose it was shared for;", "any restriction on how it may be used; and",
               "the date it was shared."]),
            CALL("Secondary use", ["An agency that later wants to use shared information for a different purpose "
                                   "must assess that purpose and its legal authority afresh, with advice from its "
                                   "privacy, legal or information sharing team, before using it."]),
        ]
    return [
        P("The information a representative receives is used to do what the meeting agreed, and nothing else. It "
          "is not used to make decisions about the person that are unconnected with the purposes in this protocol."),
        P("Agencies record shared information in their own systems only when it is needed to carry out an agreed "
          "action. Each entry identifies the source agency, the legal authority, the purpose of sharing, any "
          "restrictions on use, and the date of the meeting at which it was shared."),
        P("If an agency wishes to use the information for another purpose, it treats that as a new proposal and "
          "checks with its privacy or legal advisers whether the law permits it before going any further."),
    ]


def retention_blocks(spec, v, extra_first=None, extra_last=None):
    m = spec["meeting_short"]
    lead = spec["lead"]
    out = []
    if extra_first:
        out += extra_first
    if v == 0:
        out += [
            P("Attending agencies keep shared information only while they need it to carry out a purpose of the %s, "
              "for example to complete a risk assessment or to deliver an agreed support. Information kept for that "
              "reason is stored in the agency's approved business system, and the email it arrived in is then "
              "securely deleted." % m),
            P("Each government agency disposes of retained information under the retention and disposal authority "
              "that applies to it under the Public Records Act 2005. Non-government partners follow their own "
              "documented retention policy, which has been shared with the lead agency."),
            P("%s keeps the agendas, lists, action log and minutes of the %s in its records system and disposes of "
              "them under its disposal authority. Representatives delete meeting lists from their inboxes once the "
              "meeting has closed." % (lead, m)),
        ]
    else:
        out += [
            P("Information shared at the %s is held by an attending agency only for as long as it is required for "
              "the purpose it was shared for." % m),
            B(["Information that is needed is stored securely in the agency's approved business system, and the "
               "copy received by email is then deleted.",
               "Information that is not needed after the meeting is not copied into agency records.",
               "Each agency applies its own retention and disposal schedule to what it keeps.",
               "%s, as lead agency, holds the meeting administration records (agendas, action logs and minutes) "
               "and disposes of them under its own disposal schedule." % lead]),
        ]
    if extra_last:
        out += extra_last
    return out


def breach_response_blocks(spec, v):
    if v == 0:
        return [
            P("If a representative becomes aware of, or suspects, a privacy or security breach involving "
              "information shared at the %s, the following steps apply:" % spec["meeting_short"]),
            B(["Contain the breach straight away where possible, for example by recalling an email or retrieving a "
               "document.",
               "Tell the designated breach contact and your own agency's privacy officer on the same day.",
               "The agency whose information was involved leads the assessment of harm under its own breach "
               "procedure, with support from the breach contact.",
               "If the breach is likely to cause serious harm, the responsible agency notifies the Privacy "
               "Commissioner and the affected people as soon as practicable, as Part 6 of the Privacy Act 2020 "
               "requires.",
               "The agencies agree together who will speak to the affected person or whānau, so that they hear "
               "once, from someone they know.",
               "The breach contact records the breach and the lessons learned and reports them to the relationship "
               "managers."]),
        ]
    return [
        P("Every attending agency remains responsible for breaches of the information it holds. The agencies "
          "have agreed to work together on any breach involving information shared at the %s:" % spec["meeting_short"]),
        TBL(["Step", "What happens", "Who"], [
            ["1", "Contain the breach and preserve what is known about it.", "Representative who finds it"],
            ["2", "Report it to the designated breach contact and to the agency's own privacy officer without delay.",
             "Representative"],
            ["3", "Assess the likely harm, including whether it is a notifiable privacy breach under the Privacy "
                  "Act 2020.", "Agency responsible for the information"],
            ["4", "Notify the Office of the Privacy Commissioner and affected people where the breach is "
                  "notifiable.", "Agency responsible for the information"],
            ["5", "Agree how affected whānau are told, and by whom.", "Breach contact with the agencies involved"],
            ["6", "Record the breach and any changes to practice, and report to relationship managers.",
             "Breach contact"],
        ], widths=(1.2, 10.0, 5.1)),
    ]


def conflicts_blocks(spec, v):
    m = spec["meeting_short"]
    if v == 0:
        return [
            P("A conflict of interest arises where a representative has a personal or professional connection with "
              "a person being discussed (for example a relative, neighbour, friend or client outside their role) "
              "that could affect, or could be seen to affect, their judgement."),
            P("A representative who has a conflict, or thinks they may have one, must:"),
            B(["tell the chair as soon as they become aware of it, and before the person is discussed;",
               "leave the room, or the virtual meeting, while that person is discussed; and",
               "pass any request for information about that person to a colleague in their agency who does not "
               "have the conflict."]),
            P("The chair records that a conflict was declared, without recording its details, and %s reviews "
              "declared conflicts with the relationship managers to make sure they are being managed." % spec["lead"]),
        ]
    return [
        P("Conflicts of interest must be identified early and managed by both the lead agency and the "
          "representative concerned. Representatives declare any actual or perceived conflict at the start of "
          "each %s, once they have seen the list of people to be discussed." % m),
        TBL(["Situation", "What the representative does"], [
            ["Knows the person or whānau personally", "Declares the conflict to the chair and leaves while the "
                                                      "person is discussed."],
            ["Is asked for information about someone they know",
             "Refers the request to another staff member in their agency to action and respond to."],
            ["Is unsure whether a conflict exists", "Raises it with the chair, who decides with the representative "
                                                    "how to manage it."],
        ], widths=(5.5, 10.8)),
        P("The chair notes each declaration in the action log. The lead agency checks how conflicts are being "
          "managed at each relationship managers' meeting."),
    ]


def relmgr_blocks(spec, v, freq="quarterly"):
    rows = [[a["name"], a["relmgr"]] for a in spec["agencies"]]
    intro = (
        "Each attending agency has nominated a relationship manager. Relationship managers do not need to attend "
        "the %s, but they understand its purpose, which agencies attend and what information is shared, and they "
        "support their representative with any information sharing issue, including by involving their agency's "
        "privacy or legal team." % spec["meeting_short"])
    check = (
        "The relationship managers meet %s, and check in with their representatives in between, to confirm that "
        "the protocol is operating as intended and to pick up scope creep or other issues early." % freq)
    if v == 0:
        return [P(intro), TBL(["Agency", "Relationship manager"], rows, widths=(7.0, 9.3)), P(check)]
    return [P(check), P(intro), TBL(["Agency", "Relationship manager (role)"], rows, widths=(7.0, 9.3))]


def raci_blocks(spec):
    ags = spec["agencies"]
    lead = spec["lead"]
    bc = spec.get("breach_agency", lead)
    header = ["Activity"] + [a["short"] for a in ags]

    def row(label, fn):
        return [label] + [fn(a) for a in ags]

    rows = [
        row("Convene the meeting, circulate the agenda and keep the action log",
            lambda a: "A/R" if a["name"] == lead else "I"),
        row("Share information that is relevant to a purpose of sharing",
            lambda a: "A/R" if a["name"] == lead else "R"),
        row("Carry out actions agreed at the meeting", lambda a: "A/R" if a["name"] == lead else "R"),
        row("Coordinate the response to a privacy or security breach",
            lambda a: "A/R" if a["name"] == bc else "C"),
        row("Keep this protocol up to date and initiate its review",
            lambda a: "A/R" if a["name"] == lead else "C"),
        row("Approve this protocol and any amendment", lambda a: "A"),
    ]
    ncols = len(header)
    first = 5.0
    rest = (16.3 - first) / (ncols - 1)
    blocks = [
        P("The matrix below shows who is Responsible (R), Accountable (A), Consulted (C) and Informed (I) for the "
          "main activities under this protocol. Agency abbreviations are those used in the attending agencies table."),
        TBL(header, rows, widths=[first] + [rest] * (ncols - 1)),
    ]
    return blocks


def review_blocks(spec, v):
    out = [P(spec["review_sentence"])]
    if spec.get("review_owner_sentence"):
        out.append(P(spec["review_owner_sentence"]))
    out.append(P("Any attending agency may ask for an earlier review at any time if an issue with the sharing of "
                 "information arises, by writing to the lead agency's relationship manager."))
    if spec.get("next_review_sentence"):
        out.append(P(spec["next_review_sentence"]))
    steps = ["a read-through of the whole protocol;",
             "confirmation from each attending agency that the sharing is still needed, and whether the purposes, "
             "the use of the information or the quality of the information have changed;",
             "amendments agreed with the attending agencies, signed off and circulated; and",
             "a briefing for representatives on what has changed."]
    if v == 0:
        out += [P("Each review includes:"), B(steps)]
    else:
        out += [CALL("What a review covers", [s[0].upper() + s[1:].rstrip(";.").replace("; and", "") .rstrip() + "."
                                             for s in steps])]
    return out


def approval_blocks(spec, v):
    m = spec["meeting_short"]
    if v == 0:
        return [
            P("Each attending agency approves this protocol by signing it in Appendix 3. Before signing, each "
              "signatory has had the protocol checked by a person in a senior privacy, legal or information and "
              "data role in their agency."),
            P("The protocol takes effect on the date of the final signature. %s provides each attending agency with "
              "a copy of the signed protocol so that it can be added to that agency's register of information "
              "sharing arrangements." % spec["lead"]),
            P("Representatives confirm in writing that they have read and understood the protocol before they first "
              "attend the %s." % m),
        ]
    return [
        P("This protocol is approved on behalf of each attending agency by the signatories listed in Appendix 3, "
          "each of whom holds a role with authority to commit their agency to the arrangements it describes and "
          "has received advice from their agency's privacy or legal specialists."),
        P("Minor amendments that do not change the purposes, information, legal authorities or security "
          "controls (for example a change of relationship manager) may be agreed by the relationship managers "
          "and recorded in the document control table. Any other amendment needs the approval of the signatories."),
        P("The signed protocol is circulated by %s to all attending agencies. Representatives acknowledge that "
          "they have read it before attending their first %s." % (spec["lead"], m)),
    ]


# controls wording: key -> sentence; several sets
CONTROL_SETS = {
    "a": {
        "training": "Every representative has completed their own agency's privacy and information security "
                    "training, including any module for the shared workspace, before attending.",
        "hardcopy-destruction": "Any printed material used at the meeting is collected by the chair and shredded "
                                "before the meeting closes.",
        "password-protection": "Personal information sent by email travels only in password-protected "
                               "attachments, with the password sent separately.",
        "approved-devices": "Information is accessed, shared and viewed only on devices issued or approved by the "
                            "representative's own agency.",
        "virtual-meeting": "When attending online, representatives do not type personal information into the chat, "
                           "do not record the meeting and do not take screenshots.",
        "hardcopy-distribution": "Representatives do not hand printed material to representatives of other "
                                 "agencies.",
    },
    "b": {
        "training": ("Training", "Members complete privacy and information security training with their own agency "
                                 "before their first meeting and refresh it each year."),
        "hardcopy-destruction": ("Paper copies", "Any paper copy brought to a meeting is destroyed securely "
                                                 "(shredded or placed in a locked security bin) at the end of that "
                                                 "meeting."),
        "password-protection": ("Email attachments", "Attachments containing personal information are protected "
                                                     "with a password, which is given by phone or text and never in "
                                                     "the same email."),
        "approved-devices": ("Devices", "Information is only opened, sent or discussed on devices approved by the "
                                        "member's own agency; personal phones and home computers are not used."),
        "virtual-meeting": ("Online attendance", "Members joining online do not put personal information in the "
                                                 "chat, do not record the meeting and do not take screenshots of "
                                                 "shared screens."),
        "hardcopy-distribution": ("Passing paper", "Paper copies are not given to members from other agencies."),
    },
    "c": {
        "training": "All representatives have completed privacy training and information security training "
                    "through their own organisation.",
        "hardcopy-destruction": "All hard copy information is securely destroyed at the end of each meeting.",
        "password-protection": "Every email attachment that contains personal information is password protected.",
        "approved-devices": "Information is shared with other attending agencies only from agency-approved "
                            "devices.",
        "virtual-meeting": "Where the meeting is held virtually, no one shares personal information in the chat "
                           "function, records the meeting or takes screenshots.",
        "hardcopy-distribution": "Hard copies of information are not shared with other attending agency "
                                 "representatives.",
    },
}

CONTROL_SETS["d"] = {
    "training": "Panel members have completed privacy and information security training provided by their own "
                "agency within the last two years.",
    "hardcopy-destruction": "Printed case summaries are used only where unavoidable, are kept secure during the "
                            "meeting and are shredded on site before members leave.",
    "password-protection": "Case summaries emailed before the panel are sent as password-protected attachments, "
                           "and the password is sent by text message.",
    "approved-devices": "Members use only agency-issued laptops and phones to receive, view or discuss panel "
                        "information.",
    "virtual-meeting": "Members who join by video do not use the chat for personal information, do not record "
                       "the panel and do not screenshot shared documents.",
    "hardcopy-distribution": "Members do not give printed material to members from other agencies.",
}

CONTROL_ORDER = ["training", "hardcopy-destruction", "password-protection", "approved-devices", "virtual-meeting",
                 "hardcopy-distribution"]


def controls_blocks(spec):
    style = spec["controls_style"]
    omit = set(spec.get("controls_omit", []))
    cs = CONTROL_SETS[style]
    extra_req = spec.get("controls_extra", [])
    out = list(spec.get("controls_intro", [P("The attending agencies have agreed the following minimum security "
                                                "controls for all information shared under this protocol.")]))
    keys = [k for k in CONTROL_ORDER if k not in omit]
    if style == "a":
        req = [cs[k] for k in keys if k in ("training", "hardcopy-destruction", "password-protection")]
        res = [cs[k] for k in keys if k in ("approved-devices", "virtual-meeting", "hardcopy-distribution")]
        out += [SUB("Requirements"), B(req + spec.get("extra_req_lines", [])), SUB("Restrictions"),
                B(res + spec.get("extra_res_lines", []))]
    elif style == "b":
        rows = [list(cs[k]) for k in keys] + [list(x) for x in extra_req]
        out += [TBL(["Control", "What this means in practice"], rows, widths=(4.0, 12.3))]
    elif style == "d":
        out += [B([cs[k] for k in keys] + [x for x in extra_req])]
    else:
        out += [N_plain([cs[k] for k in keys] + [x for x in extra_req])]
    out += spec.get("controls_after", [P("Appendix 2 records how each attending agency meets these controls.")])
    return out


def N_plain(items):
    """Numbered controls typed as text (so that the purposes list keeps its own numbering)."""
    def f(doc, spec):
        for i, it in enumerate(items, 1):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.9)
            p.paragraph_format.first_line_indent = Cm(-0.9)
            p.add_run("%s.%d\t" % (spec["controls_prefix"], i))
            p.add_run(it)
    return RAW(f)


def default_checklist(spec, not_in_place=None, notes=None):
    not_in_place = not_in_place or {}
    notes = notes or {}
    default_notes = {
        "training": "Confirmed by each agency's relationship manager; training records held by each agency.",
        "hardcopy-destruction": "Chair collects and shreds printed material before closing the meeting.",
        "password-protection": "Password sent by text or phone, never in the same email.",
        "approved-devices": "Each agency confirmed representatives use agency-issued devices only.",
        "virtual-meeting": "Reminder read out by the chair at the start of each online meeting.",
        "hardcopy-distribution": "No paper is passed between agencies at or after the meeting.",
    }
    out = []
    for k in CONTROL_ORDER:
        if k in not_in_place:
            out.append((k, CONTROL_LABELS[k], False, not_in_place[k]))
        else:
            out.append((k, CONTROL_LABELS[k], True, notes.get(k, default_notes[k])))
    return out


# ---------------------------------------------------------------------------
# Packaging
# ---------------------------------------------------------------------------

FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def build_document(spec, path):
    _ids["n"] = 100
    doc = setup_document(spec)
    write_cover(doc, spec)
    write_doc_control(doc, spec)
    write_toc(doc, spec)
    write_body(doc, spec)
    if spec.get("post"):
        spec["post"](doc, spec)
    save_deterministic(doc, path)


# ---------------------------------------------------------------------------
# Spec finishing: generic blocks from the spec's fields
# ---------------------------------------------------------------------------


def d(y, m, dd):
    return dt.datetime(y, m, dd, 9, 0, 0)


def finalize(spec):
    bl = spec["blocks"]
    v = spec["variants"]
    if "attending-agencies" not in bl:
        rows = []
        for a in spec["agencies"]:
            nm = a["name"] + (" (lead agency)" if spec.get("lead_suffix") and a["name"] == spec["lead"] else "")
            rows.append([nm, a["short"], a["type"], a["role"]])
        bl["attending-agencies"] = [
            P(spec.get("attending_intro", "The agencies below attend the %s and are the signatories to this "
                                          "protocol." % spec["meeting_short"])),
            TBL(["Agency", "Abbreviation", "Type", "Role at the meeting"], rows, widths=(4.6, 2.4, 3.6, 5.7)),
            P(spec["lead_sentence"]),
        ]
    if "sharing-purpose" not in bl:
        bl["sharing-purpose"] = [P(spec.get("purpose_intro", "Information is shared at the %s only for the "
                                                             "following purposes:" % spec["meeting_short"])),
                                 N([p["text"] for p in spec["purposes"]])] + spec.get("purpose_after", [])
    if spec.get("la_mode") == "table":
        rows = [[("P%d " % i if spec.get("typed_purpose_labels") else "%d. " % i) + p["text"], p["auth"]]
                for i, p in enumerate(spec["purposes"], 1)]
        bl["legal-authority"] = (spec.get("la_before", []) +
                                 [TBL(["Purpose of sharing", "Legal authority"], rows, widths=(8.3, 8.0))] +
                                 spec.get("la_after", []))
    bl.setdefault("use-of-information", use_blocks(spec, v["use"]))
    bl.setdefault("retention-disposal", retention_blocks(spec, v["ret"], spec.get("ret_first"), spec.get("ret_last")))
    bl.setdefault("breach-response", breach_response_blocks(spec, v["breach"]))
    bl.setdefault("conflicts-of-interest", conflicts_blocks(spec, v["coi"]))
    bl.setdefault("rel-managers", relmgr_blocks(spec, v["rel"], spec.get("relmgr_freq", "quarterly")))
    bl.setdefault("raci", raci_blocks(spec))
    bl.setdefault("review", review_blocks(spec, v["review"]))
    bl.setdefault("approval", approval_blocks(spec, v["appr"]))
    bl.setdefault("security-controls", controls_blocks(spec))
    if "checklist" not in spec:
        spec["checklist"] = default_checklist(spec, spec.get("checklist_not_in_place"), spec.get("checklist_notes"))
    return spec


def agency(name, short, typ, role, signatory, position, date_iso, relmgr):
    y, m, dd = (int(x) for x in date_iso.split("-"))
    return dict(name=name, short=short, type=typ, role=role, signatory=signatory, position=position,
                date_iso=date_iso, date=dt.date(y, m, dd).strftime("%-d %B %Y"), relmgr=relmgr)


def long_date(iso):
    y, m, dd = (int(x) for x in iso.split("-"))
    return dt.date(y, m, dd).strftime("%-d %B %Y")


# ---------------------------------------------------------------------------
# Base A: family violence safety table (Te Tauihu), section scheme, custom styles
# ---------------------------------------------------------------------------

A_REGIONS = {
    "tetauihu": dict(
        meeting_name="Te Tauihu Safety Table", short_title="Te Tauihu Safety Table ISP",
        client="Te Tauihu Family Violence Partnership", area="Te Tauihu (Nelson, Tasman and Marlborough)",
        station="Nelson Central Police Station", remote="representatives from Marlborough and Golden Bay",
        refuge="Nelson Women's Refuge", police_area="Nelson Bays", mail="tasman.familyharm@police.govt.nz",
        phone="03 546 3840", mobile="021 044 7361", ot_site="Nelson", corr="Nelson",
        hnz_pos="Group Manager, Mental Health and Addictions, Nelson Marlborough",
        dates=["2026-03-02", "2026-03-04", "2026-03-03", "2026-03-05", "2026-03-09", "2026-03-06"],
        names=["Inspector Tama Hēnare", "Rachel Wong", "Dr Simon Ferris", "Alana Murphy", "Hemi Rāwiri",
               "Joanne Kelly"],
        ref="KGP-TTFVP-ISP-2026-01"),
    "wairau": dict(
        meeting_name="Wairau Safety Table", short_title="Wairau Safety Table ISP",
        client="Marlborough Family Violence Network", area="Marlborough (Wairau, Awatere and the Sounds)",
        station="Blenheim Police Station", remote="representatives from Picton, Havelock and Kaikōura",
        refuge="Marlborough Women's Refuge", police_area="Marlborough", mail="marlborough.familyharm@police.govt.nz",
        phone="03 520 3120", mobile="027 511 8042", ot_site="Blenheim", corr="Blenheim",
        hnz_pos="Service Manager, Mental Health and Addictions, Wairau Hospital",
        dates=["2026-04-13", "2026-04-15", "2026-04-14", "2026-04-16", "2026-04-21", "2026-04-17"],
        names=["Inspector Kelvin Rangi", "Bronwyn Cotter", "Dr Anjali Mehta", "Lewis Tapsell", "Hemi Rāwiri",
               "Sue Marfell"],
        ref="KGP-MFVN-ISP-2026-02"),
}


def spec_A(region="tetauihu", review="12"):
    R = A_REGIONS[region]
    dates = R["dates"]
    nm = R["names"]
    last = max(dates)
    last_long = long_date(last)
    y, m, dd = (int(x) for x in last.split("-"))
    yrs = 1 if review == "12" else 3
    next_iso = "%d-%02d-%02d" % (y + yrs, m, dd)
    next_long = long_date(next_iso)
    period_words = "12 months" if review == "12" else "three years"
    mt = "safety table"
    agencies = [
        agency("New Zealand Police", "Police", "Government", "Convenes and chairs the table; provides episode "
               "information", nm[0], "Area Commander, %s" % R["police_area"], dates[0],
               "Family Harm Manager, %s" % R["police_area"]),
        agency("Oranga Tamariki", "OT", "Government", "Care and protection assessment for children and young "
               "people", nm[1], "Site Manager, %s" % R["ot_site"], dates[1], "Supervisor, Intake and Assessment"),
        agency("Health New Zealand – Te Whatu Ora", "HNZ", "Government", "Mental health, addiction, maternity and "
               "child health services", nm[2], R["hnz_pos"], dates[2], "Family Violence Intervention "
               "Programme Coordinator"),
        agency("Department of Corrections", "Corr.", "Government", "Sentence, order and parole information; "
               "probation liaison", nm[3], "District Manager, Community Corrections %s" % R["corr"],
               dates[3], "Service Manager, Community Corrections"),
        agency("Te Piki Oranga", "TPO", "Iwi and Māori health and social service provider", "Kaupapa Māori support "
               "for whānau; advice on tikanga", nm[4], "Chief Executive", dates[4], "Team Leader, Whānau "
               "Ora"),
        agency(R["refuge"], "Refuge", "Non-government organisation", "Specialist advocacy and safety planning for "
               "victims", nm[5], "Manager", dates[5], "Manager"),
    ]
    purposes = [
        dict(text="To assess the level of risk to victims, including children, following a family violence episode "
                  "reported to Police.",
             auth="Family Violence Act 2018, s 20; Oranga Tamariki Act 1989, s 66C where a child or young person is "
                  "involved",
             who="All attending agencies",
             cond="The representative must be satisfied that the criteria in s 20 are met. Section 66C applies to "
                  "disclosures between child welfare and protection agencies about a child or young person."),
        dict(text="To agree a coordinated safety plan for each family and decide which agency will lead the "
                  "response.",
             auth="Family Violence Act 2018, s 20",
             who="All attending agencies",
             cond="Agencies share only the information each needs to carry out its part of the plan."),
        dict(text="To check that agreed actions have been completed and to reassess risk when a family is "
                  "discussed again.",
             auth="Family Violence Act 2018, s 20; Privacy Act 2020, IPP 11(1)(a) for reporting back on actions an "
                  "agency was asked to take",
             who="All attending agencies",
             cond="New information about risk relies on s 20; reporting back on allocated actions relies on IPP "
                  "11(1)(a)."),
    ]
    spec = dict(
        id="A", title="%s: Information Sharing Protocol" % R["meeting_name"], short_title=R["short_title"],
        client=R["client"], meeting_name=R["meeting_name"], meeting_short=mt, frequency="Each weekday, 9.00 am",
        scheme="section", heading_mode="custom", lead="New Zealand Police", agencies=agencies, purposes=purposes,
        classification_word="SENSITIVE", header_marking="SENSITIVE", cover_marking="SENSITIVE",
        review_glance="Every %s; New Zealand Police initiates" % period_words,
        review_sentence="This protocol will be reviewed every %s from the date of the final signature, and earlier "
                        "if the law, the attending agencies or the way the table operates change." % period_words,
        review_owner_sentence="New Zealand Police, as lead attending agency, is responsible for initiating each "
                              "review.",
        next_review_sentence="The next review is due by %s." % next_long,
        version_label="Version 1.0", status="Final", cover_date=dt.date(y, m, 1).strftime("%B %Y"),
        doc_author="Mereana Tipene", created=d(2025, 11, 17), modified=d(y, m, dd),
        doc_control=[
            ["0.1", "17 November 2025", "M. Tipene (Kōwhai)", "—", "—", "First draft following partner workshop"],
            ["0.2", "26 January 2026", "M. Tipene (Kōwhai)", "D. Okafor (Kōwhai); partner privacy officers", "—",
             "Revised after partner feedback on legal authorities and tikanga"],
            ["1.0", last_long, "M. Tipene (Kōwhai)", "Privacy Officer, New Zealand Police",
             "Signatories (Appendix 3)", "Final – signed by all attending agencies"],
        ],
        doc_details=[
            ("Document owner", "New Zealand Police (lead attending agency)"),
            ("Classification", "SENSITIVE"),
            ("Effective date", last_long),
            ("Review period", period_words[0].upper() + period_words[1:]),
            ("Next review due", next_long),
            ("File reference", R["ref"]),
        ],
        controls_style="a",
        variants=dict(use=0, ret=0, breach=0, coi=0, rel=0, review=0, appr=0),
        sign_layout="table",
        la_mode="table",
        titles={"meeting-purpose": "Purpose of the safety table"},
    )
    spec["lead_sentence"] = ("New Zealand Police is the lead attending agency. It convenes the table, circulates "
                             "the daily list, keeps the action log and is responsible for developing and "
                             "implementing this protocol.")
    spec["exec"] = [
        P("The %s asked Kōwhai Governance Partners to document how personal information is shared at the %s, the "
          "weekday multi-agency meeting that responds to family violence episodes reported to Police across %s."
          % (R["client"], R["meeting_name"], R["area"])),
        P("This protocol sets out who attends the table, why information is shared, the legal authority each agency "
          "relies on, and the controls that keep the information secure. It does not itself authorise any "
          "disclosure: each disclosure must be permitted by the law recorded for it in Section 3 and Appendix 1."),
        P("Our main recommendations, all of which the partners have adopted, are to classify table information as "
          "SENSITIVE, to stop circulating printed lists, and to nominate a single breach contact within Police."),
    ]
    la_before = [
        CALL("Important", ["This protocol does not create any authority to share. It records the legal authorities "
                           "the attending agencies rely on. Representatives must be satisfied that the criteria of "
                           "the relevant authority are met before each disclosure."], fill="FDF3E1"),
        P("The table below links each purpose of sharing to its legal authority. Appendix 1 sets out the same "
          "register together with the conditions that apply."),
    ]
    spec["la_before"] = la_before
    spec["la_after"] = [P("Where a representative is unsure whether a disclosure meets the criteria, they seek advice "
                          "from their agency's privacy or legal team before sharing.")]
    spec["ret_last"] = [P("Agencies must not copy information from the table into their own systems just in case it "
                          "becomes useful later.")]
    spec["blocks"] = {
        "background": [
            P("Family violence episodes attended by Police in %s are triaged each weekday morning by a multi-agency "
              "safety table. The table was set up in 2019 under terms of reference that described how the meeting "
              "runs but said little about information sharing." % R["area"]),
            P("In 2025 the %s commissioned Kōwhai Governance Partners to document the table's information sharing in "
              "a protocol that follows the government's multi-agency meeting protocol template and guidance. The "
              "protocol was developed through two workshops with representatives and privacy officers of the "
              "attending agencies, and a hui with Te Piki Oranga." % R["client"]),
            P("This protocol replaces the information sharing parts of the 2019 terms of reference, which continue "
              "to govern meeting logistics."),
        ],
        "meeting-purpose": [
            P("The table meets each weekday to make sure that every family violence episode reported to Police in "
              "the area receives a timely, coordinated response that increases the safety of victims, including "
              "children, and holds people who use violence to account."),
            P("By bringing together the agencies that can assess risk and offer support, the table aims to reduce "
              "repeat victimisation and to make sure whānau are offered the right help without having to tell their "
              "story to several services."),
        ],
        "information-shared": [
            P("Each agency shares only the information that is relevant to a purpose in 2.1 for the people on that "
              "day's list:"),
            TBL(["Agency", "Information it may share"], [
                ["New Zealand Police", "Episode report and narrative; previous family violence episodes; protection "
                                       "orders and bail conditions; firearms licence status; warrants relevant to "
                                       "safety."],
                ["Oranga Tamariki", "Whether the children are known to Oranga Tamariki, current involvement and any "
                                    "current safety plan."],
                ["Health New Zealand – Te Whatu Ora", "Relevant mental health and addiction involvement, maternity "
                                                      "and Well Child engagement, and known risks to others."],
                ["Department of Corrections", "Whether the person using violence is subject to a sentence, order or "
                                              "parole conditions, and the name of their probation officer."],
                ["Te Piki Oranga", "Whether the whānau is engaged with Te Piki Oranga services and the kaupapa Māori "
                                   "supports that could be offered."],
                [R["refuge"], "Whether the victim is engaged with refuge services, current safety planning and "
                              "advocacy needs."],
            ], widths=(5.0, 11.3)),
            P("Information that is not relevant to a purpose, such as unrelated health history or historic matters "
              "with no bearing on current risk, is not shared."),
        ],
        "transparency": [
            P("Most people discussed at the table do not know in advance that their information will be shared, "
              "because the table responds to episodes as they are reported. The attending agencies take the "
              "following steps so that people know, as far as it is safe, which agencies hold and use their "
              "information:"),
            B(["Police tell victims at the time of attendance that their information will be shared with partner "
               "agencies to help keep them and their children safe, and leave the safety table information card.",
               "Each agency's privacy statement describes its participation in family violence safety tables.",
               "The agency that contacts a whānau after the table explains which agencies were involved, unless "
               "doing so would increase the risk to a victim.",
               "Where the table decides not to tell a person about the sharing because it would put someone at "
               "risk, the reason is recorded in the action log."]),
            P("Sharing under s 20 of the Family Violence Act 2018 does not depend on consent, but agencies still "
              "take the victim's views, and the views of tamariki where appropriate, into account when deciding how "
              "to respond."),
        ],
        "method-of-sharing": [
            P("Information is shared in the following ways:"),
            B(["Police circulate the daily list of episodes to representatives by 8.30 am by secure email, as a "
               "password-protected attachment.",
               "Representatives check their own agency's records before the meeting and share what is relevant "
               "verbally at the table.",
               "The table meets in person at %s; %s may join by Microsoft Teams using their agency account."
               % (R["station"], R["remote"]),
               "Agreed actions are recorded by Police in the action log, which is held in Police's records system "
               "and is not circulated. Each agency is told only of the actions allocated to it, by secure email "
               "after the meeting."]),
            P("Each attending agency has confirmed that these methods are approved for its use. Representatives do "
              "not use personal email accounts, messaging apps or text messages to share information about people "
              "discussed at the table."),
        ],
        "security-classification": [
            P("Information shared at the %s is classified SENSITIVE." % R["meeting_name"], bold=True),
            P("The partners agreed this level with advice from Police's information security adviser because the "
              "table routinely handles information about serious violence, children and health. Government agencies "
              "apply the Protective Security Requirements handling rules for SENSITIVE information. Te Piki Oranga "
              "and %s have confirmed that they are able to receive information at this level and understand how "
              "to handle it." % R["refuge"]),
        ],
        "tikanga": [
            P("Many of the whānau discussed at the table are Māori. Information about them is Māori data and, for "
              "many whānau, a taonga; how it is shared and used affects the mana of the people it describes."),
            P("The attending agencies engaged with Te Piki Oranga, and through Te Piki Oranga with iwi of Te Tauihu, "
              "in developing this protocol. It is not for the Crown agencies to decide what tikanga applies, and the "
              "agencies have agreed that:"),
            B(["Te Piki Oranga may advise the table on the right way to approach a whānau, including who in the "
               "whānau should be contacted first;",
               "information about whakapapa and iwi affiliation is shared only where it is relevant to safety "
               "planning or to connecting a whānau with kaupapa Māori services;",
               "the chair opens and closes the table with a karakia when representatives wish to; and",
               "at each review the relationship managers will consider with Te Piki Oranga whether the sharing "
               "continues to uphold the mana of the whānau discussed."]),
        ],
        "breach-contact": [
            P("The attending agencies have agreed that the designated contact for any privacy or security breach "
              "involving information shared at the table is:"),
            CALL("Designated breach contact", [
                "Family Harm Coordinator, New Zealand Police – %s" % R["police_area"],
                "Email: %s" % R["mail"],
                "Phone: %s (business hours) or %s (after hours)" % (R["phone"], R["mobile"])]),
            P("The breach contact is the first point of call for representatives, coordinates the response across "
              "agencies and makes sure the breach is reported to the relationship managers."),
        ],
    }
    spec["keypoints"] = {
        "intro": ["Six agencies attend the table, including an iwi health provider and a women's refuge.",
                  "New Zealand Police is the lead attending agency."],
        "scope": ["Information is shared for three purposes only.",
                  "Each agency shares only what is relevant to the people on the day's list."],
        "lawful": ["The protocol records the legal authorities; it does not create them.",
                   "Shared information is recorded only when an agreed action needs it.",
                   "People are told about the sharing unless that would put someone at risk."],
        "security": ["Table information is classified SENSITIVE.",
                     "All six minimum security controls apply to every representative."],
        "breach-management": ["Report any breach on the same day to the Police Family Harm Coordinator."],
        "review": ["Reviewed every %s; New Zealand Police initiates the review." % period_words],
    }
    return spec


# ---------------------------------------------------------------------------
# Base B: youth early intervention panel (Tairāwhiti), decimal scheme, direct headings
# ---------------------------------------------------------------------------


def spec_B():
    mt = "panel"
    agencies = [
        agency("Oranga Tamariki", "OT", "Government", "Chairs the panel; youth justice coordinators and social "
               "workers", "Mere Kereama", "Regional Manager, Youth Justice Tairāwhiti", "2025-09-11",
               "Youth Justice Supervisor, Gisborne"),
        agency("New Zealand Police", "Police", "Government", "Youth Aid officers; alternative action and charging "
               "decisions", "Senior Sergeant Craig Tomoana", "Officer in Charge, Youth Services, Tairāwhiti",
               "2025-09-15", "Youth Aid Sergeant, Gisborne"),
        agency("Ministry of Education", "MoE", "Government", "Enrolment, attendance and learning support "
               "information", "Lisa Brandt", "Director of Education, Hawke's Bay and Tairāwhiti", "2025-09-12",
               "Senior Adviser, Learning Support"),
        agency("Health New Zealand – Te Whatu Ora", "HNZ", "Government", "Infant, child and adolescent mental "
               "health and alcohol and drug services", "Paora Walker", "Service Manager, Infant, Child and "
               "Adolescent Mental Health, Tairāwhiti", "2025-09-16", "Team Leader, Youth Alcohol and Drug Service"),
        agency("Ngāti Porou Oranga", "NPO", "Iwi health and social service provider", "Whānau Ora navigation and "
               "kaupapa Māori support on the East Coast", "Tracey Ngata", "General Manager, Whānau Services",
               "2025-09-18", "Kaiārahi Team Leader"),
        agency("Tūranga Health", "TH", "Iwi health and social service provider", "Rangatahi and whānau support "
               "services in Tūranganui-a-Kiwa", "Anaru Brown", "Chief Executive", "2025-09-17",
               "Rangatahi Services Manager"),
    ]
    purposes = [
        dict(text="To decide, for each rangatahi referred by Police Youth Aid, whether the offending can be "
                  "addressed through alternative action or a family group conference rather than a charge, and what "
                  "support the rangatahi and whānau need.",
             auth="Oranga Tamariki Act 1989, ss 66 and 66C",
             who="All attending agencies (each is a child welfare and protection agency for the purposes of s 66C)",
             cond="Disclosure must be for a purpose listed in s 66C(1), such as preparing, implementing or reviewing "
                  "a plan for the rangatahi. Oranga Tamariki may also request information under s 66."),
        dict(text="To coordinate the education, health and whānau supports in each plan and to monitor the "
                  "rangatahi's progress until the plan is completed.",
             auth="Oranga Tamariki Act 1989, s 66C",
             who="Agencies with a role in the plan",
             cond="Information is shared only with the agencies that have a role in the plan."),
    ]
    spec = dict(
        id="B", title="Tairāwhiti Rangatahi Early Intervention Panel – Information Sharing Protocol",
        short_title="Tairāwhiti Rangatahi Panel ISP", client="Tairāwhiti Rangatahi Partnership",
        meeting_name="Tairāwhiti Rangatahi Early Intervention Panel", meeting_short=mt,
        frequency="Weekly, Wednesday afternoons", scheme="decimal", heading_mode="direct",
        lead="Oranga Tamariki", lead_suffix=True, agencies=agencies, purposes=purposes,
        typed_purpose_labels=True,
        classification_word="IN-CONFIDENCE", header_marking="IN-CONFIDENCE", cover_marking="IN-CONFIDENCE",
        review_glance="At least every 24 months; Oranga Tamariki initiates",
        review_sentence="This protocol will be reviewed at least every 24 months after the date on which it is "
                        "signed by the last attending agency.",
        review_owner_sentence="Oranga Tamariki, as the lead attending agency, will initiate and manage each review.",
        next_review_sentence="Next review: by 18 September 2027.",
        version_label="v1.0", status="Final", cover_date="September 2025",
        doc_author="Hōhepa Walker", created=d(2025, 6, 2), modified=d(2025, 9, 18),
        doc_control=[
            ["0.1", "2 June 2025", "H. Walker", "—", "—", "Initial draft from panel workshop"],
            ["0.3", "11 August 2025", "H. Walker", "S. Lim (Kōwhai QA); OT privacy team", "—",
             "Updated after iwi provider hui and legal review"],
            ["1.0", "18 September 2025", "H. Walker", "Privacy Lead, Oranga Tamariki", "Panel signatories",
             "Final version signed"],
        ],
        doc_details=[
            ("Owner", "Oranga Tamariki (lead attending agency)"),
            ("Security classification", "IN-CONFIDENCE"),
            ("Date of approval", "18 September 2025"),
            ("Next review", "18 September 2027"),
        ],
        distribution="Signatories; relationship managers; panel members (via Oranga Tamariki).",
        controls_style="b",
        controls_after=[P("These controls are a minimum. An agency may apply stricter controls of its own, and "
                          "Appendix 2 records how each control is met.")],
        variants=dict(use=1, ret=1, breach=1, coi=1, rel=1, review=0, appr=1),
        relmgr_freq="six-monthly",
        sign_layout="blocks",
        titles={"attending-agencies": "Attending agencies", "meeting-purpose": "Meeting purpose",
                "sharing-purpose": "Purposes of information sharing", "information-shared": "Information in scope",
                "legal-authority": "Legal authority", "use-of-information": "Use of shared information",
                "transparency": "Transparency with rangatahi and whānau", "method-of-sharing": "Method of sharing",
                "security-classification": "Security classification", "security-controls": "Security controls"},
    )
    spec["lead_sentence"] = ("Oranga Tamariki is the lead attending agency. It convenes and chairs the panel, keeps "
                             "its records and is responsible for this protocol.")
    spec["exec"] = [
        P("The Tairāwhiti Rangatahi Partnership engaged Kōwhai Governance Partners to prepare an information sharing "
          "protocol for the Tairāwhiti Rangatahi Early Intervention Panel. The panel meets weekly in Gisborne to "
          "decide how rangatahi who come to Police attention for offending can be supported to stay out of the "
          "youth justice system."),
        P("The panel relies on the Oranga Tamariki Act 1989 for all of its sharing. This protocol records those "
          "provisions and how the partners apply them; it does not itself authorise any disclosure."),
        P("Two iwi providers, Ngāti Porou Oranga and Tūranga Health, are full members of the panel and signatories "
          "to this protocol."),
    ]
    spec["blocks"] = {
        "background": [
            P("Police Youth Aid in Tairāwhiti refer around 300 rangatahi each year for a decision about how their "
              "offending should be addressed. Since 2022 those decisions have been made jointly with Oranga "
              "Tamariki, iwi providers and the education and health agencies at a weekly panel."),
            P("A 2024 internal review found that panel members were unsure what they could share, and that some "
              "information was being sent by text message. This protocol responds to that review."),
        ],
        "meeting-purpose": [
            P("The panel exists to give rangatahi who offend a response that addresses the reasons for their "
              "offending, keeps them connected to school and whānau, and avoids a charge where that is safe and "
              "appropriate. It brings the agencies that hold relevant information and supports together in one "
              "place so that decisions are made quickly and with the full picture."),
        ],
        "information-shared": [
            TBL(["Agency", "Information that may be shared"], [
                ["New Zealand Police", "Offence details and circumstances; previous youth offending and warnings; "
                                       "family harm history at the address where relevant to the rangatahi's "
                                       "safety."],
                ["Oranga Tamariki", "Whether the rangatahi or whānau is known to Oranga Tamariki; current care or "
                                    "youth justice involvement; outcomes of earlier family group conferences."],
                ["Ministry of Education", "School enrolment and attendance; stand-downs, suspensions and "
                                          "exclusions; learning support in place."],
                ["Health New Zealand – Te Whatu Ora", "Whether the rangatahi is engaged with mental health or "
                                                      "alcohol and drug services and any risk relevant to the "
                                                      "plan (no clinical notes)."],
                ["Ngāti Porou Oranga and Tūranga Health", "Whether the rangatahi or whānau is engaged with the "
                                                          "provider and what kaupapa Māori supports could be "
                                                          "offered."],
            ], widths=(5.0, 11.3)),
            P("Members do not share information about siblings or other whānau members unless it is directly "
              "relevant to the rangatahi's plan."),
        ],
        "legal-authority": [
            P("The panel relies on the information sharing provisions of the Oranga Tamariki Act 1989 for both of its "
              "purposes of sharing:"),
            B(["P1 (deciding the response to offending): Oranga Tamariki Act 1989, sections 66 and 66C.",
               "P2 (coordinating and monitoring supports): Oranga Tamariki Act 1989, section 66C."]),
            CALL("Note", ["This protocol does not give anyone the power to share information. It records the "
                          "provisions the attending agencies rely on, and each member must be satisfied that the "
                          "criteria in those sections are met before disclosing."], fill="FDF3E1"),
            P("The register at Appendix 1 sets out the conditions attached to each provision. Health New Zealand "
              "also considers the Health Information Privacy Code 2020 when deciding what health information is "
              "relevant."),
        ],
        "transparency": [
            P("Rangatahi and their whānau are told about the panel by the Youth Aid officer when the referral is "
              "made, using the panel's plain-language information sheet in te reo Māori and English. The sheet "
              "explains which agencies attend, what is shared and why."),
            P("Sharing under section 66C does not require consent. Before sharing, members consider whether it is "
              "practicable and appropriate to seek the views of the rangatahi, and the agency leading the plan talks "
              "with the rangatahi and whānau about what was discussed before decisions affecting them are "
              "finalised."),
            P("Each attending agency's privacy statement refers to its participation in youth justice panels."),
        ],
        "method-of-sharing": [
            B(["Police Youth Aid sends the weekly referral list to panel members on Monday by secure email, with "
               "the list in a password-protected attachment.",
               "Members check their own records and bring relevant information to the panel, where it is shared "
               "verbally.",
               "The panel meets on Wednesday afternoons at the Oranga Tamariki Gisborne office; members based on "
               "the coast may join through Microsoft Teams.",
               "Oranga Tamariki records decisions and agreed actions in its case management system and emails each "
               "agency only the actions it is responsible for."]),
            P("Each agency has confirmed that email, Microsoft Teams and in-person discussion are approved methods "
              "for sharing personal information."),
        ],
        "security-classification": [
            KV([("Classification", "IN-CONFIDENCE"),
                ("Applies to", "All information shared before, at and after the panel, including the referral "
                               "list and action summaries"),
                ("Agreed with", "Oranga Tamariki information security team, on behalf of the panel")]),
            P("The non-government members have confirmed they can handle IN-CONFIDENCE information."),
        ],
        "tikanga": [
            P("Most rangatahi referred to the panel whakapapa to Ngāti Porou, Rongowhakaata, Ngāi Tāmanuhiri or Te "
              "Aitanga-a-Māhaki. Ngāti Porou Oranga and Tūranga Health attend as iwi providers, and their advice "
              "shaped this section."),
            B(["Rangatahi and whānau are referred to by name, not by number, and names are pronounced correctly.",
               "The panel treats whānau, hapū and iwi connections as a strength when planning supports, but shares "
               "them only where relevant.",
               "Iwi providers decide for themselves what information about their own services and whānau "
               "engagement they share.",
               "Where a whānau has asked that a particular provider not be involved, the panel respects that wish "
               "unless the rangatahi's safety requires otherwise."]),
            P("The partners will revisit these arrangements with the iwi providers at each review."),
        ],
        "breach-contact": [
            P("The designated breach contact for the panel is:"),
            KV([("Role", "Privacy Lead, East Coast region"), ("Agency", "Oranga Tamariki"),
                ("Email", "eastcoast.privacy@ot.govt.nz"), ("Phone", "06 869 0540")]),
        ],
    }
    spec["keypoints"] = {
        "scope": ["Two purposes of sharing, both tied to a plan for the rangatahi.",
                  "Health information is limited to engagement and risk, not clinical notes."],
        "lawful": ["All sharing relies on the Oranga Tamariki Act 1989, sections 66 and 66C.",
                   "Rangatahi and whānau are told about the panel at referral."],
        "security": ["Classification: IN-CONFIDENCE.", "Six minimum controls apply to every member."],
        "review": ["Reviewed at least every 24 months, initiated by Oranga Tamariki."],
    }
    return spec


# ---------------------------------------------------------------------------
# Base C: school attendance hui (Ōtautahi), section scheme, custom styles
# ---------------------------------------------------------------------------


def spec_C(classification="IN-CONFIDENCE"):
    mt = "hui"
    agencies = [
        agency("Ministry of Education", "MoE", "Government", "Convenes and chairs the hui; attendance and "
               "enrolment information", "Kirsten Hall", "Director of Education, Canterbury and Chatham Islands",
               "2026-05-14", "Senior Adviser, Attendance and Engagement"),
        agency("Te Rūnanga o Ngā Maata Waka", "NMW", "Māori social service provider (attendance service)",
               "Contracted attendance service; works directly with students and whānau", "Ruihi Tainui",
               "Chief Executive", "2026-05-19", "Attendance Service Team Leader"),
        agency("Oranga Tamariki", "OT", "Government", "Care and protection; child and family support",
               "Fraser McLeod", "Site Manager, Christchurch East", "2026-05-15", "Practice Leader"),
        agency("Ministry of Social Development", "MSD", "Government", "Income support and hardship assistance",
               "Aroha Tuhiwai", "Regional Commissioner, Canterbury", "2026-05-18", "Service Manager, Christchurch "
               "East"),
        agency("Kāinga Ora – Homes and Communities", "KO", "Crown entity", "Public housing tenancies",
               "Peter Lau", "Regional Director, Canterbury", "2026-05-20", "Area Manager, Christchurch East"),
    ]
    purposes = [
        dict(text="To understand why a student referred for chronic absence is not attending school, including any "
                  "housing, income or whānau circumstances that stand in the way.",
             auth="Privacy Act 2020, IPP 11(1)(d) – authorisation from the parent or caregiver (and the student, "
                  "where of an age to give it) obtained at referral",
             who="All attending agencies",
             cond="Only students whose whānau have authorised the referral are discussed; the authorisation form "
                  "names each attending agency."),
        dict(text="To agree a plan to return the student to regular attendance and decide which agency will support "
                  "the student and whānau.",
             auth="Privacy Act 2020, IPP 11(1)(d) (authorisation at referral); IPP 11(1)(a) for reporting back on "
                  "agreed actions",
             who="All attending agencies",
             cond="Reporting back is limited to whether the agreed action was taken and its outcome."),
        dict(text="To raise a concern about the safety or wellbeing of a child or young person with Oranga "
                  "Tamariki.",
             auth="Oranga Tamariki Act 1989, ss 15 and 66C",
             who="Any attending agency, when disclosing to Oranga Tamariki",
             cond="Used only where a representative believes a child or young person has been or is likely to be "
                  "harmed, ill-treated, abused, neglected or deprived, or has serious wellbeing concerns. Whānau "
                  "authorisation is not needed for this purpose."),
    ]
    y = 2026
    spec = dict(
        id="C", title="Ōtautahi School Attendance Support Hui – Information Sharing Protocol",
        short_title="Ōtautahi Attendance Hui ISP", client="Ōtautahi Attendance Collective",
        meeting_name="Ōtautahi School Attendance Support Hui", meeting_short=mt,
        frequency="Fortnightly during school terms", scheme="section", heading_mode="custom",
        lead="Ministry of Education", agencies=agencies, purposes=purposes,
        classification_word=classification, header_marking=classification, cover_marking=classification,
        review_glance="Annually; Ministry of Education initiates",
        review_sentence="The Ministry of Education, as lead agency, will initiate a review of this protocol "
                        "annually, within 12 months of the date of the final signature.",
        review_owner_sentence=None,
        next_review_sentence="The first review is due by 20 May 2027.",
        version_label="Version 1.0", status="Final", cover_date="May 2026",
        doc_author="Sarah Lim", created=d(2026, 2, 9), modified=d(2026, 5, 20),
        doc_control=[
            ["0.1", "9 February 2026", "S. Lim (Kōwhai)", "—", "—", "Draft for the collective's working group"],
            ["0.2", "23 March 2026", "S. Lim (Kōwhai)", "M. Tipene (Kōwhai); Ministry of Education privacy team",
             "—", "Authorisation-based model agreed; purpose 3 added"],
            ["1.0", "20 May 2026", "S. Lim (Kōwhai)", "Chief Privacy Officer's delegate, Ministry of Education",
             "Signatories", "Approved and signed by all parties"],
        ],
        doc_details=[
            ("Document owner", "Ministry of Education (Te Mahau Waitaha)"),
            ("Classification", classification),
            ("Commencement", "20 May 2026"),
            ("Review", "Annual"),
        ],
        controls_style="c", controls_prefix="4.3",
        variants=dict(use=2, ret=0, breach=1, coi=0, rel=1, review=1, appr=0),
        sign_layout="table",
        la_mode="table",
        titles={"attending-agencies": "Parties to this protocol", "meeting-purpose": "Purpose of the hui",
                "sharing-purpose": "Why information is shared", "tikanga": "Tikanga Māori and Māori data",
                "retention-disposal": "Keeping and disposing of shared information"},
    )
    spec["attending_intro"] = ("The parties to this protocol are the agencies that attend the hui. Each is a "
                               "signatory.")
    spec["lead_sentence"] = "The Ministry of Education is the lead agency for the hui."
    spec["exec"] = [
        P("Chronic absence from school in Ōtautahi east has stayed above 15 per cent since 2023. The Ōtautahi "
          "Attendance Collective brings the agencies that can remove barriers to attendance together at a fortnightly "
          "hui. This protocol, prepared by Kōwhai Governance Partners, records how they share information at that "
          "hui."),
        P("The hui works on an authorisation model: whānau agree to their tamaiti being discussed when they are "
          "referred. The only exception is where an agency has a concern for a child's safety, when the Oranga "
          "Tamariki Act 1989 applies."),
        P("The protocol does not itself authorise any sharing. It records the law each purpose of sharing relies "
          "on."),
    ]
    spec["la_before"] = [
        CALL("Please read", ["No part of this protocol is a legal authority to share. Each disclosure at the hui "
                             "must be permitted by the law shown against its purpose below."]),
    ]
    spec["la_after"] = [P("Appendix 1 repeats these authorities with the conditions for relying on them.")]
    spec["ret_last"] = [P("Agencies must not keep information from the hui on file just in case it might be useful "
                          "for later contact with the whānau.")]
    spec["blocks"] = {
        "background": [
            P("The Ōtautahi Attendance Collective was formed in 2024 by the Ministry of Education and Te Rūnanga o Ngā "
              "Maata Waka, which delivers the attendance service for eastern Christchurch schools. Other agencies "
              "joined as it became clear that many absences were linked to housing moves, income pressure and "
              "whānau stress."),
            P("The collective asked Kōwhai Governance Partners to prepare this protocol before the hui began "
              "discussing individual students."),
        ],
        "meeting-purpose": [
            P("The hui helps students who are chronically absent from school to return to regular attendance by "
              "identifying the barriers they and their whānau face and coordinating the support of the agencies "
              "that can remove them."),
        ],
        "information-shared": [
            P("Each party shares only information relevant to a purpose in 2.1:"),
            B(["Ministry of Education: attendance and enrolment history, stand-downs and suspensions, learning "
               "support in place.",
               "Te Rūnanga o Ngā Maata Waka: the attendance service assessment, barriers identified with the whānau, "
               "and contact history.",
               "Oranga Tamariki: whether the tamaiti or whānau is known and whether there is current involvement; "
               "case detail only where purpose 3 applies.",
               "Ministry of Social Development: whether the whānau receives a main benefit or hardship assistance, "
               "and support they may be eligible for but have not accessed.",
               "Kāinga Ora – Homes and Communities: whether the whānau is a Kāinga Ora tenant, whether the tenancy is "
               "at risk and whether a transfer is pending."]),
        ],
        "transparency": [
            P("Whānau are told about the hui by the attendance service when their tamaiti is referred. The "
              "authorisation form explains, in plain language and in te reo Māori, which parties attend, what they "
              "may share and why. Whānau can decline, and a student whose whānau declines is supported by the "
              "attendance service alone."),
            P("After each hui, the attendance service tells the whānau what was agreed and which party will contact "
              "them."),
            P("Where a party raises a safety concern with Oranga Tamariki under purpose 3, the whānau may not be told "
              "at that time if telling them could put the tamaiti at risk. The reason is recorded by the party that "
              "raised the concern."),
        ],
        "method-of-sharing": [
            P("The attendance service sends the list of students to be discussed to representatives two working days "
              "before each hui, by secure email with the list in a password-protected attachment. Information is "
              "otherwise shared verbally at the hui, which is held at the Ministry's Christchurch office with the "
              "option of joining by Microsoft Teams."),
            P("Te Rūnanga o Ngā Maata Waka records agreed actions in the attendance service's case system; each "
              "party records only the actions allocated to it."),
        ],
        "security-classification": [
            P("All information shared at or for the hui is classified %s." % classification),
            P("This is the minimum level for personal information. The Ministry of Education's security team "
              "confirmed that it is appropriate because the hui does not share detailed health or justice "
              "information.") if classification == "IN-CONFIDENCE" else
            P("The parties took the view that attendance information is routine school information, and that "
              "marking it %s makes it easier for the non-government parties to receive and use it." % classification),
        ],
        "tikanga": [
            P("Around half of the students discussed at the hui are Māori. Te Rūnanga o Ngā Maata Waka is a mātāwaka "
              "organisation serving Māori living in Ōtautahi, and the collective has also engaged with Ngāi "
              "Tūāhuriri as mana whenua."),
            P("The parties have agreed that:"),
            B(["the voice of the tamaiti and whānau is brought to the hui by the attendance service kaimahi who "
               "know them;",
               "kanohi ki te kanohi contact with whānau is preferred to letters or phone calls when agreed actions "
               "are followed up;",
               "Māori data shared at the hui is handled in line with each party's Māori data governance policy; and",
               "the hui opens with a karakia and mihi."]),
        ],
        "breach-contact": [
            P("The designated breach contact is the Senior Adviser Privacy, Ministry of Education (Te Mahau "
              "Waitaha), who can be contacted at privacy.waitaha@education.govt.nz or on 03 378 7300."),
        ],
    }
    spec["keypoints"] = {
        "intro": ["Five parties, led by the Ministry of Education."],
        "scope": ["Three purposes; two rely on whānau authorisation, one on the Oranga Tamariki Act 1989."],
        "security": ["Information is classified %s." % classification,
                     "Six minimum controls, listed in 4.3 and checked in Appendix 2."],
        "retention-disposal": ["Keep only what an agreed action needs; nothing is kept 'just in case'."],
    }
    return spec


# ---------------------------------------------------------------------------
# Base D: elder abuse response network (Kirikiriroa), decimal scheme, custom styles
# ---------------------------------------------------------------------------


def spec_D():
    mt = "network meeting"
    agencies = [
        agency("Age Concern Hamilton", "ACH", "Non-government organisation", "Elder abuse response service; "
               "convenes the network", "Glenys Marsh", "Manager", "2025-10-07", "Elder Abuse Response Coordinator"),
        agency("New Zealand Police", "Police", "Government", "Family harm and financial crime responses",
               "Sergeant Rawiri Nikora", "Family Harm Team Supervisor, Hamilton City", "2025-10-09",
               "Family Harm Team Supervisor"),
        agency("Health New Zealand – Te Whatu Ora", "HNZ", "Government", "Older persons' health, needs assessment "
               "and district nursing", "Dr Priya Raman", "Clinical Director, Older Persons and Rehabilitation, "
               "Waikato", "2025-10-13", "Social Work Professional Lead, Older Persons"),
        agency("Te Rūnanga o Kirikiriroa", "TROK", "Māori health and social service provider", "Kaumātua services "
               "and Whānau Ora", "Hinerangi Pou", "Pou Whakahaere, Whānau Ora Services", "2025-10-08",
               "Kaumātua Services Coordinator"),
        agency("Ministry of Social Development", "MSD", "Government", "Superannuation, income support and "
               "services for seniors", "Benjamin Carr", "Regional Commissioner, Waikato", "2025-10-10",
               "Senior Services Manager, Waikato"),
    ]
    purposes = [
        dict(text="To assess whether an older person referred to the network is at risk of abuse or neglect.",
             auth="Privacy Act 2020, IPP 11(1)(f)(ii); Health Information Privacy Code 2020, rule 11(2)(d); Family "
                  "Violence Act 2018, s 20 where the person suspected of abuse is in a family relationship with the "
                  "older person",
             who="All attending agencies",
             cond="IPP 11(1)(f) and rule 11(2)(d) require a serious threat to the life or health of the older person; "
                  "s 20 requires the criteria of the Family Violence Act 2018 to be met."),
        dict(text="To agree a safety and support plan with the older person and decide which agency will work with "
                  "them.",
             auth="Privacy Act 2020, IPP 11(1)(d) and Health Information Privacy Code 2020, rule 11(1)(b) (the older "
                  "person's authorisation); Family Violence Act 2018, s 20",
             who="All attending agencies",
             cond="Authorisation is sought from the older person, or from their attorney or welfare guardian where "
                  "they lack capacity, unless that person is suspected of the abuse."),
        dict(text="To arrange urgent protection where the older person's life or health is under serious threat.",
             auth="Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)",
             who="All attending agencies",
             cond="Only the information needed to arrange protection is shared, with the agencies that can act."),
        dict(text="To check whether financial arrangements made for the older person, such as an enduring power of "
                  "attorney, are being used in their interests.",
             auth="Privacy Act 2020, IPP 11(1)(d) (the older person's authorisation); IPP 11(1)(e)(i) where Police "
                  "are investigating suspected theft or fraud",
             who="Age Concern Hamilton, New Zealand Police, Ministry of Social Development",
             cond="IPP 11(1)(e)(i) applies only where disclosure is necessary to avoid prejudice to the maintenance "
                  "of the law."),
    ]
    spec = dict(
        id="D", title="Kirikiriroa Elder Abuse Response Network: Information Sharing Protocol",
        short_title="Kirikiriroa EARN Protocol", client="Kirikiriroa Older Persons Safety Network",
        meeting_name="Kirikiriroa Elder Abuse Response Network", meeting_short=mt,
        frequency="Monthly, with urgent meetings by phone conference", scheme="decimal", heading_mode="custom",
        lead="Age Concern Hamilton", agencies=agencies, purposes=purposes,
        classification_word="IN-CONFIDENCE", header_marking="IN-CONFIDENCE", cover_marking="IN-CONFIDENCE",
        footer_marking="IN-CONFIDENCE",
        review_glance="Every 18 months; Age Concern Hamilton initiates",
        review_sentence="This protocol is reviewed every eighteen (18) months.",
        review_owner_sentence="Age Concern Hamilton, as lead attending agency, initiates the review and coordinates "
                              "the responses of the other agencies.",
        next_review_sentence="Next review due: 13 April 2027.",
        version_label="Version 1.0", status="Final", cover_date="October 2025",
        doc_author="Daniel Okafor", created=d(2025, 7, 21), modified=d(2025, 10, 13),
        doc_control=[
            ["0.1", "21 July 2025", "D. Okafor", "—", "—", "Working draft"],
            ["0.2", "1 September 2025", "D. Okafor", "M. Tipene; HNZ Waikato privacy team", "—",
             "Purpose 4 (financial arrangements) added at network request"],
            ["1.0", "13 October 2025", "D. Okafor", "Privacy Officer, Health New Zealand Waikato",
             "Signatories (Appendix 3)", "Signed"],
        ],
        doc_details=[
            ("Owner", "Age Concern Hamilton"),
            ("Classification", "IN-CONFIDENCE"),
            ("Date of approval", "13 October 2025"),
            ("Review cycle", "18 months"),
        ],
        controls_style="c", controls_prefix="4.3",
        controls_extra=["Phone conferences for urgent meetings are held only on agency phones in a private space "
                        "where the call cannot be overheard."],
        variants=dict(use=0, ret=1, breach=0, coi=1, rel=0, review=1, appr=1),
        relmgr_freq="every six months",
        sign_layout="blocks", checkbox_sdt=True,
        titles={"attending-agencies": "Attending Agencies", "meeting-purpose": "Purpose of the Network",
                "sharing-purpose": "Purposes of Sharing", "information-shared": "Information to be Shared",
                "legal-authority": "Legal Authority to Share", "use-of-information": "Use of Information",
                "transparency": "Transparency and Notification", "method-of-sharing": "Method of Sharing",
                "security-classification": "Security Classification", "security-controls": "Security Controls",
                "breach-contact": "Breach Contact", "breach-response": "Breach Response",
                "rel-managers": "Relationship Managers", "raci": "RACI Matrix"},
    )
    spec["lead_sentence"] = ("Age Concern Hamilton is the lead attending agency. It holds the contract for elder "
                             "abuse response services in Hamilton, convenes the network and keeps this protocol up "
                             "to date.")
    spec["exec"] = [
        P("The Kirikiriroa Elder Abuse Response Network brings together agencies that can help older people who "
          "are experiencing, or at risk of, abuse or neglect. This protocol records what the network shares, why, "
          "under what law, and how the information is protected."),
        CALL("Summary of recommendations", [
            "1. Base routine sharing on the older person's authorisation wherever possible.",
            "2. Rely on the serious threat exceptions only where waiting for authorisation would put the older "
            "person at risk.",
            "3. Record the legal authority for each purpose in a single register (Appendix 1)."]),
        P("Nothing in the protocol is itself a legal authority to share; it documents the authorities the "
          "agencies rely on."),
    ]
    spec["blocks"] = {
        "background": [
            P("Elder abuse referrals in Hamilton have risen steadily since 2020, and around a third involve more "
              "than one agency. The network was formed in 2023 and met informally until this protocol was "
              "prepared."),
        ],
        "meeting-purpose": [
            P("The network meets to make sure older people in Kirikiriroa who are being abused or neglected, or are "
              "at risk, are identified early, kept safe and supported in a way that respects their wishes and "
              "their mana."),
        ],
        "information-shared": [
            TBL(["Agency", "Information"], [
                ["Age Concern Hamilton", "Referral details; the older person's account and wishes; the elder abuse "
                                         "response assessment."],
                ["New Zealand Police", "Family harm history involving the older person or the person suspected of "
                                       "abuse; current investigations relevant to safety."],
                ["Health New Zealand – Te Whatu Ora", "Relevant health conditions, capacity assessments, home "
                                                      "support and needs assessment information."],
                ["Te Rūnanga o Kirikiriroa", "Engagement with kaumātua services; whānau supports available."],
                ["Ministry of Social Development", "Whether superannuation or other payments are being received "
                                                   "and who receives them on the person's behalf."],
            ], widths=(5.0, 11.3)),
        ],
        "legal-authority": [
            P("The attending agencies rely on the following laws when sharing information at the network:"),
            B(["Privacy Act 2020, information privacy principle 11;",
               "Health Information Privacy Code 2020, rule 11; and",
               "Family Violence Act 2018, section 20."]),
            P("The register at Appendix 1 identifies which of these authorities applies to each purpose of sharing, "
              "and the conditions that must be met. The register forms part of this protocol."),
            CALL("Please note", ["Signing this protocol does not give any agency a power to share that it does not "
                                 "already have under the law."], fill="FDF3E1"),
        ],
        "transparency": [
            P("Older people are told about the network when they are referred, and their authorisation is sought "
              "for the sharing described in purposes 2 and 4. Where the older person lacks capacity, authorisation "
              "is sought from their attorney or welfare guardian, unless that person is suspected of the abuse."),
            P("People suspected of abuse are not told about the sharing where that would increase the risk to the "
              "older person or prejudice a Police investigation. The reason for not telling them is recorded by Age "
              "Concern Hamilton."),
            P("Each agency's privacy statement records that it may share information to protect older people from "
              "abuse."),
        ],
        "method-of-sharing": [
            P("Age Concern Hamilton circulates referral summaries to network members by secure email as "
              "password-protected attachments two days before each monthly meeting. Information is shared verbally "
              "at the meeting, held at the Age Concern Hamilton office, or on a phone conference for urgent "
              "referrals."),
            P("Age Concern Hamilton records the network's decisions in its client management system. Other agencies "
              "record only what they need to carry out their agreed actions."),
        ],
        "security-classification": [
            P("Classification: IN-CONFIDENCE"),
            P("All network members, including non-government members, have confirmed that they understand how to "
              "handle IN-CONFIDENCE information."),
        ],
        "tikanga": [
            P("Kaumātua hold a special place in their whānau, hapū and iwi, and abuse of kaumātua affects the whole "
              "whānau. Te Rūnanga o Kirikiriroa advised on this section, and the network acknowledges Waikato-Tainui "
              "and Ngāti Wairere as mana whenua."),
            B(["A kaumātua may choose to have a whānau member or a Te Rūnanga o Kirikiriroa kaimahi present when "
               "their situation is discussed with them.",
               "Whakapapa and whānau information is shared only where it helps identify safe whānau support.",
               "The network respects the kaumātua's own view of what is happening and what they want, and records "
               "it in their words."]),
        ],
        "breach-contact": [
            P("If there is a breach involving information shared at the network, contact:"),
            TBL(["Role", "Agency", "Email", "Phone"], [
                ["Service Manager, Elder Abuse Response Service", "Age Concern Hamilton", "ears@agehamilton.org.nz",
                 "07 838 2474"]], widths=(5.0, 3.8, 4.5, 3.0)),
        ],
    }
    spec["keypoints"] = {
        "scope": ["Four purposes of sharing; the register at Appendix 1 links each to its authority."],
        "security": ["Classification: IN-CONFIDENCE.", "Urgent phone conferences are held only on agency phones."],
        "review": ["Reviewed every 18 months, initiated by Age Concern Hamilton."],
    }
    return spec


# ---------------------------------------------------------------------------
# Base E: reintegration panel (Te Whanganui-a-Tara), single purpose, direct headings with outline levels
# ---------------------------------------------------------------------------


def spec_E():
    mt = "panel"
    agencies = [
        agency("Department of Corrections", "Corr.", "Government", "Convenes the panel; release planning and "
               "case management", "Samantha Pene", "Regional Commissioner, Central Region", "2026-08-04",
               "Reintegration Team Manager, Wellington"),
        agency("Ministry of Social Development", "MSD", "Government", "Benefit and hardship assistance; housing "
               "register", "Tui Manuel", "Regional Commissioner, Wellington", "2026-08-06",
               "Service Manager, Reintegration Services"),
        agency("Kāinga Ora – Homes and Communities", "KO", "Crown entity", "Public housing placement",
               "Owen Gallagher", "Regional Director, Wellington", "2026-08-10", "Placement Team Leader"),
        agency("Health New Zealand – Te Whatu Ora", "HNZ", "Government", "Mental health and addiction services; "
               "continuity of prescribing", "Dr Leilani Tuala", "Director, Mental Health and Addiction Services, "
               "Capital, Coast and Hutt Valley", "2026-08-07", "Forensic Liaison Team Leader"),
        agency("Kahungunu Whānau Services", "KWS", "Kaupapa Māori provider", "Whānau Ora navigation and "
               "reintegration support", "Manaia Te Huia", "Regional Manager, Wellington", "2026-08-12",
               "Kaiārahi Team Leader"),
        agency("Wellington City Mission", "Mission", "Non-government organisation", "Transitional housing and "
               "social work support", "Eleanor Price", "Director of Social Services", "2026-08-11",
               "Transitional Housing Manager"),
    ]
    purposes = [
        dict(text="To plan the housing, income, health and whānau support that a person leaving prison will need, "
                  "so that those supports are in place on the day of release.",
             auth="Privacy Act 2020, IPP 11(1)(d) – the person's written authorisation, obtained by Corrections "
                  "before referral; Health Information Privacy Code 2020, rule 11(1)(b) for health information",
             who="All attending agencies",
             cond="People who do not give authorisation are not discussed and receive standard release planning "
                  "from Corrections. Authorisation can be withdrawn at any time before release."),
    ]
    spec = dict(
        id="E", title="Te Whanganui-a-Tara Reintegration Panel – Information Sharing Protocol",
        short_title="Wellington Reintegration Panel ISP", client="Wellington Reintegration Partnership",
        meeting_name="Te Whanganui-a-Tara Reintegration Panel", meeting_short=mt,
        frequency="Monthly, about six weeks before each person's release", scheme="section",
        heading_mode="direct_outline", lead="Department of Corrections", agencies=agencies, purposes=purposes,
        classification_word="IN-CONFIDENCE", header_marking="IN-CONFIDENCE", cover_marking="IN-CONFIDENCE",
        review_glance="Annually; Department of Corrections initiates",
        review_sentence="This protocol is reviewed annually.",
        review_owner_sentence="The Department of Corrections is responsible for initiating the review.",
        next_review_sentence="Next review: 12 August 2027.",
        version_label="Version 1.0", status="Final", cover_date="August 2026",
        doc_author="Mereana Tipene", created=d(2026, 4, 14), modified=d(2026, 8, 12),
        doc_control=[
            ["0.1", "14 April 2026", "M. Tipene", "—", "—", "Draft for panel members"],
            ["0.2", "9 June 2026", "M. Tipene", "S. Lim (Kōwhai); Corrections Privacy Team", "—",
             "Authorisation form and tikanga section added"],
            ["1.0", "12 August 2026", "M. Tipene", "Principal Adviser Privacy, Corrections",
             "Signatories", "Final"],
        ],
        doc_details=[
            ("Document owner", "Department of Corrections"),
            ("Classification", "IN-CONFIDENCE"),
            ("Effective date", "12 August 2026"),
            ("Review", "Annual – next review 12 August 2027"),
        ],
        controls_style="d",
        variants=dict(use=1, ret=0, breach=0, coi=0, rel=1, review=0, appr=0),
        sign_layout="table",
        titles={"attending-agencies": "Participating agencies", "meeting-purpose": "Meeting purpose",
                "sharing-purpose": "Purpose of sharing", "legal-authority": "Legal authority relied on",
                "transparency": "Openness with the people discussed", "method-of-sharing": "How information is "
                                                                                           "shared",
                "security-controls": "Minimum security controls", "review": "Review",
                "approval": "Approval"},
    )
    spec["lead_sentence"] = ("The Department of Corrections is the lead agency. Its Wellington reintegration team "
                             "convenes the panel and maintains this protocol.")
    spec["purpose_intro"] = "The panel shares information for one purpose only:"
    spec["purpose_after"] = [P("Information is not shared at the panel for any other purpose, including the "
                               "management of a person's sentence or parole conditions.")]
    spec["exec"] = [
        P("People released from prisons in the Wellington region often leave without confirmed housing, income or "
          "health care, and the first weeks after release carry the highest risk of reoffending and harm. The "
          "Te Whanganui-a-Tara Reintegration Panel plans those supports before release."),
        P("This protocol, prepared for the Wellington Reintegration Partnership by Kōwhai Governance Partners, "
          "documents the panel's single purpose of sharing, the legal authority it relies on (the person's own "
          "written authorisation), and the controls the six attending agencies apply."),
    ]
    spec["blocks"] = {
        "background": [
            P("The panel began in 2025 as a pilot for people released from Rimutaka and Arohata prisons to addresses "
              "in Wellington, Porirua and the Hutt Valley. The pilot evaluation recommended a formal information "
              "sharing protocol before the panel was extended."),
        ],
        "meeting-purpose": [
            P("The panel meets so that a person leaving prison has somewhere safe to live, an income, continuing "
              "health care and, where they want it, support to reconnect with whānau, from the day they are "
              "released."),
        ],
        "information-shared": [
            P("With the person's authorisation, panel members share:"),
            B(["Corrections: release date and conditions, address proposals, programmes completed, and risk "
               "information relevant to housing placement;",
               "MSD: benefit entitlement, housing register status and any debt that affects eligibility;",
               "Kāinga Ora: availability of suitable properties and tenancy history with Kāinga Ora;",
               "Health New Zealand: current prescriptions, mental health and addiction follow-up needs and the name "
               "of the community team that will take over care;",
               "Kahungunu Whānau Services and Wellington City Mission: what support they can offer and, where the "
               "person has worked with them before, the outcome of that work."]),
        ],
        "legal-authority": [
            P("The single purpose of sharing relies on the written authorisation of the person being discussed: "
              "Privacy Act 2020, information privacy principle 11(1)(d), and, for health information held by Health "
              "New Zealand or Kahungunu Whānau Services, Health Information Privacy Code 2020, rule 11(1)(b)."),
            P("Corrections obtains the authorisation using the panel's authorisation form, which names each "
              "attending agency and the kinds of information it will share. A person may withdraw their "
              "authorisation at any time before release, and is then no longer discussed."),
            CALL("This protocol is not the authority", ["The protocol records the authority the panel relies on. "
                                                        "It does not itself authorise the sharing of any "
                                                        "information."], fill="FDF3E1"),
        ],
        "transparency": [
            P("Every person discussed has authorised the sharing in writing and receives a copy of the authorisation "
              "form. Their case manager explains the panel to them before they sign, and tells them afterwards what "
              "the panel arranged."),
            P("People may ask any attending agency for the information it holds about them, including information "
              "received through the panel, under information privacy principle 6."),
        ],
        "method-of-sharing": [
            P("Corrections emails a case summary for each person to panel members a week before the panel, as a "
              "password-protected attachment. The panel meets monthly at the Corrections regional office in "
              "Wellington; members may join by Microsoft Teams. Agreed actions are recorded by Corrections and sent "
              "to the agency responsible for each action."),
        ],
        "security-classification": [
            P("Information shared at the panel is classified IN-CONFIDENCE. No information at a higher "
              "classification is shared."),
        ],
        "tikanga": [
            P("More than half of the people discussed at the panel are Māori. Kahungunu Whānau Services advised the "
              "partnership on this section."),
            B(["The person decides which whānau members, if any, are involved in their release plan and what is "
               "shared with them.",
               "Iwi affiliation is recorded only where the person wants to be connected with iwi or hapū services.",
               "Where a person asks for a whakatau or other welcome on their return home, Kahungunu Whānau Services "
               "helps arrange it with the appropriate marae or whānau."]),
        ],
        "breach-contact": [
            P("If a breach occurs, contact the Principal Adviser Privacy, Department of Corrections (Wellington), on "
              "04 460 3000 or at privacy.wellington@corrections.govt.nz. The Principal Adviser is the designated "
              "breach contact for all attending agencies."),
        ],
    }
    spec["keypoints"] = {
        "scope": ["One purpose of sharing: planning supports for release."],
        "lawful": ["Sharing relies on the person's written authorisation; no authorisation, no discussion."],
        "security": ["Classified IN-CONFIDENCE; six minimum controls apply."],
    }
    return spec


# ---------------------------------------------------------------------------
# Base F: sustaining tenancies hub (Whanganui), decimal scheme, custom styles (defect base only)
# ---------------------------------------------------------------------------


def spec_F(year=2026):
    mt = "hub"
    if year == 2026:
        dates = ["2026-02-20", "2026-02-23", "2026-02-27", "2026-02-24", "2026-02-25"]
        last = "2026-02-27"
        commence = "27 February 2026"
        nxt = "27 February 2027"
        created, mod = d(2025, 11, 3), d(2026, 2, 27)
        dc = [["0.1", "3 November 2025", "S. Lim", "—", "—", "Draft"],
              ["0.2", "15 December 2025", "S. Lim", "D. Okafor; MSD privacy", "—", "Revised after hub workshop"],
              ["1.0", "27 February 2026", "S. Lim", "Privacy Officer, MSD Central", "Hub signatories", "Final"]]
        cover = "February 2026"
    else:
        dates = ["2025-06-20", "2025-06-24", "2025-07-01", "2025-06-26", "2025-06-27"]
        last = "2025-07-01"
        commence = "1 July 2025"
        nxt = "1 July 2026"
        created, mod = d(2025, 3, 10), d(2025, 7, 1)
        dc = [["0.1", "10 March 2025", "S. Lim", "—", "—", "Draft"],
              ["0.2", "5 May 2025", "S. Lim", "D. Okafor; MSD privacy", "—", "Revised after hub workshop"],
              ["1.0", "1 July 2025", "S. Lim", "Privacy Officer, MSD Central", "Hub signatories", "Final"]]
        cover = "July 2025"
    agencies = [
        agency("Ministry of Social Development", "MSD", "Government", "Convenes the hub; income support, hardship "
               "and housing support products", "Hayley Manihera", "Regional Commissioner, Central", dates[0],
               "Service Centre Manager, Whanganui"),
        agency("Kāinga Ora – Homes and Communities", "KO", "Crown entity", "Landlord for public housing tenants",
               "Stuart Rennie", "Regional Manager, Whanganui and Taranaki", dates[1], "Tenancy Team Leader"),
        agency("Te Oranganui Trust", "Te Oranganui", "Iwi health and social service provider", "Whānau Ora and "
               "kaupapa Māori health and social support", "Wiremu Tamehana", "Chief Executive", dates[2],
               "Whānau Ora Manager"),
        agency("Whanganui District Council", "WDC", "Local government", "Council housing for older people; "
               "community development", "Claire Bodley", "Community Services Manager", dates[3],
               "Community Housing Officer"),
        agency("The Salvation Army Whanganui", "Salvation Army", "Non-government organisation", "Budgeting, food "
               "support and social work", "Captain Julie Hartnell", "Corps Officer and Community Ministries "
               "Manager", dates[4], "Community Ministries Manager"),
    ]
    purposes = [
        dict(text="To identify tenants and whānau at risk of losing their tenancy because of rent arrears, property "
                  "condition or neighbour disputes.",
             auth="Privacy Act 2020, IPP 11(1)(d) – the tenant's authorisation, obtained at referral",
             who="All attending agencies",
             cond="Tenants are discussed only after they have signed the hub referral and authorisation form."),
        dict(text="To agree a plan to sustain the tenancy, including which agency will provide income, health or "
                  "social support.",
             auth="Privacy Act 2020, IPP 11(1)(d) (authorisation at referral); IPP 11(1)(a) for reporting back on "
                  "agreed actions",
             who="All attending agencies",
             cond="Reporting back is limited to whether the agreed action was taken."),
        dict(text="To respond where a tenant, or someone in their household, is at serious risk of harm.",
             auth="Privacy Act 2020, IPP 11(1)(f)",
             who="All attending agencies",
             cond="Only where disclosure is necessary to prevent or lessen a serious threat to life or health."),
    ]
    spec = dict(
        id="F", title="Whanganui Sustaining Tenancies Hub – Information Sharing Protocol",
        short_title="Whanganui Tenancies Hub ISP", client="Whanganui Housing Wellbeing Partnership",
        meeting_name="Whanganui Sustaining Tenancies Hub", meeting_short=mt,
        frequency="Fortnightly", scheme="decimal", heading_mode="custom",
        lead="Ministry of Social Development", agencies=agencies, purposes=purposes,
        classification_word="IN-CONFIDENCE", header_marking="IN-CONFIDENCE", cover_marking="IN-CONFIDENCE",
        review_glance="Every 12 months; MSD initiates",
        review_sentence="This protocol will be reviewed every twelve (12) months from its commencement date.",
        review_owner_sentence="The Ministry of Social Development, as lead attending agency, will initiate the "
                              "review.",
        next_review_sentence="Next review due: %s." % nxt,
        version_label="Version 1.0", status="Final", cover_date=cover,
        doc_author="Sarah Lim", created=created, modified=mod, doc_control=dc,
        doc_details=[("Document owner", "Ministry of Social Development"), ("Classification", "IN-CONFIDENCE"),
                     ("Commencement", commence), ("Next review due", nxt)],
        controls_style="b",
        variants=dict(use=0, ret=1, breach=0, coi=0, rel=0, review=0, appr=1),
        sign_layout="table",
        la_mode="table",
        titles={"attending-agencies": "Attending Agencies", "meeting-purpose": "Purpose of the Hub",
                "sharing-purpose": "Purposes of Sharing", "information-shared": "Information to be Shared",
                "legal-authority": "Legal Authority", "use-of-information": "Use of Information",
                "transparency": "Transparency", "method-of-sharing": "Method of Sharing",
                "security-classification": "Security Classification", "security-controls": "Security Controls",
                "breach-contact": "Designated Breach Contact", "breach-response": "Responding to a Breach",
                "rel-managers": "Relationship Managers", "raci": "Roles and Responsibilities"},
    )
    spec["lead_sentence"] = "The Ministry of Social Development is the lead attending agency for the hub."
    spec["exec"] = [
        P("The Whanganui Sustaining Tenancies Hub helps tenants who are at risk of losing their homes. It brings "
          "together the landlords (Kāinga Ora and the District Council), the Ministry of Social Development and the "
          "community providers who can help tenants stay housed."),
        P("This protocol records how the hub shares information. It does not itself authorise any disclosure; it "
          "records the provisions of the Privacy Act 2020 that the attending agencies rely on for each purpose."),
    ]
    spec["la_before"] = [
        P("The attending agencies rely on the following authorities. The protocol itself does not authorise "
          "sharing."),
    ]
    spec["la_after"] = [P("The conditions for relying on each authority are in Appendix 1.")]
    spec["blocks"] = {
        "background": [
            P("Evictions from social housing in Whanganui rose in 2024. Most tenants who lost their homes were "
              "already known to at least two agencies, but no one agency had the whole picture. The hub was set up "
              "to change that."),
        ],
        "meeting-purpose": [
            P("The hub's purpose is to help tenants and their whānau keep their homes, by identifying tenancies at "
              "risk early and coordinating the support that addresses the reasons for the risk."),
        ],
        "information-shared": [
            TBL(["Agency", "Information"], [
                ["Ministry of Social Development", "Benefit status, hardship assistance, debts affecting "
                                                   "eligibility."],
                ["Kāinga Ora – Homes and Communities", "Arrears, tenancy breaches and notices, property condition "
                                                       "issues."],
                ["Te Oranganui Trust", "Engagement with Whānau Ora and health services; supports available."],
                ["Whanganui District Council", "Council tenancy arrears and issues (council housing tenants "
                                               "only)."],
                ["The Salvation Army Whanganui", "Budgeting support and food assistance provided."],
            ], widths=(5.5, 10.8)),
        ],
        "transparency": [
            P("Tenants are referred to the hub by their landlord or MSD case manager, who explains the hub and asks "
              "the tenant to sign the referral and authorisation form. The form lists the attending agencies and "
              "the information each may share."),
            P("The tenant is told the outcome of the hub discussion by the agency leading their plan. Where "
              "information is shared under purpose 3 without the tenant's knowledge, the reason is recorded."),
        ],
        "method-of-sharing": [
            P("MSD emails the list of tenants to be discussed to members two days before each hub meeting, as a "
              "password-protected attachment. Members share information verbally at the hub, which meets at the MSD "
              "Whanganui service centre; members may attend online."),
        ],
        "security-classification": [
            P("Information shared at the hub is classified IN-CONFIDENCE."),
        ],
        "tikanga": [
            P("Te Oranganui Trust, an iwi provider of Te Ātihaunui-a-Pāpārangi, advised on this section."),
            B(["Whānau are approached in a way that upholds their mana; the first contact after a hub meeting is "
               "made, where the whānau wishes, by a Te Oranganui kaimahi.",
               "Information about whānau connections is shared only where it helps identify support.",
               "Te Oranganui will be asked at each review whether these arrangements are working for whānau."]),
        ],
        "breach-contact": [
            P("The designated breach contact for the hub is:"),
            KV([("Role", "Privacy Officer, Central Region"), ("Agency", "Ministry of Social Development"),
                ("Email", "central_privacy@msd.govt.nz"), ("Phone", "06 349 0110")]),
        ],
    }
    spec["keypoints"] = {
        "scope": ["Three purposes; tenants authorise the sharing at referral."],
        "security": ["Classified IN-CONFIDENCE."],
    }
    return spec


# ---------------------------------------------------------------------------
# Base G: mental health and addiction interagency forum (Counties Manukau), section scheme, custom styles
# ---------------------------------------------------------------------------


def spec_G(claim=False):
    mt = "forum"
    agencies = [
        agency("Health New Zealand – Te Whatu Ora", "HNZ", "Government", "Convenes and chairs; adult mental health "
               "and addiction services", "Dr Aaron Fa'asalele", "Clinical Director, Adult Mental Health, Counties "
               "Manukau", "2026-06-22", "Service Manager, Acute Services"),
        agency("New Zealand Police", "Police", "Government", "Frontline crisis response", "Inspector Jo Kirkwood",
               "Prevention Manager, Counties Manukau District", "2026-06-24", "Mental Health Liaison Sergeant"),
        agency("Ministry of Social Development", "MSD", "Government", "Income and housing support",
               "Sione Vaipulu", "Regional Commissioner, South Auckland", "2026-06-23", "Service Manager, Manukau"),
        agency("Kāinga Ora – Homes and Communities", "KO", "Crown entity", "Public housing tenancy management",
               "Natalie Chen", "Area Manager, Manukau", "2026-06-25", "Tenancy Manager, Complex Needs"),
        agency("Turuki Health Care", "Turuki", "Māori and Pacific health provider", "Kaupapa Māori and Pacific "
               "mental health support and Whānau Ora", "Ropata Herewini", "Chief Executive", "2026-06-26",
               "Clinical Lead, Mental Health"),
        agency("Vaka Tautua", "VT", "Pacific non-government organisation", "Pacific mental health and disability "
               "support", "Mele Taufa", "Chief Executive", "2026-06-26", "Operations Manager, Auckland"),
    ]
    purposes = [
        dict(text="To identify people with repeated mental health crisis contacts with Police and health services, "
                  "and understand what is driving those contacts.",
             auth="Privacy Act 2020, IPP 11(1)(d) and Health Information Privacy Code 2020, rule 11(1)(b) (the "
                  "person's authorisation); where authorisation cannot be obtained, IPP 11(1)(f) and rule 11(2)(d)",
             who="All attending agencies",
             cond="Authorisation is sought first. The serious threat exceptions are used only where the person cannot "
                  "be asked and the threat is serious."),
        dict(text="To agree a coordinated support plan that reduces the person's crisis presentations.",
             auth="Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)",
             who="All attending agencies",
             cond="Shared only with the person's authorisation."),
        dict(text="To give Police a crisis response plan so that frontline staff respond safely when called to the "
                  "person.",
             auth="Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, IPP 11(1)(f)",
             who="Health New Zealand – Te Whatu Ora, New Zealand Police",
             cond="Only the parts of the plan a frontline officer needs are shared; the full clinical plan is not."),
    ]
    spec = dict(
        id="G", title="Counties Manukau Mental Health and Addiction Interagency Forum – Information Sharing Protocol",
        short_title="CM MH&A Interagency Forum ISP", client="Counties Manukau Wellbeing Partnership",
        meeting_name="Counties Manukau Mental Health and Addiction Interagency Forum", meeting_short=mt,
        frequency="Fortnightly", scheme="section", heading_mode="custom",
        lead="Health New Zealand – Te Whatu Ora", agencies=agencies, purposes=purposes,
        classification_word="IN-CONFIDENCE", header_marking="IN-CONFIDENCE", cover_marking="IN-CONFIDENCE",
        review_glance="Every 12 months; Health New Zealand initiates",
        review_sentence="This protocol will be reviewed every 12 months from the date of the final signature.",
        review_owner_sentence="Health New Zealand – Te Whatu Ora, as lead attending agency, will initiate the "
                              "review.",
        next_review_sentence="The next review is due by 26 June 2027.",
        version_label="Version 1.0", status="Final", cover_date="June 2026",
        doc_author="Daniel Okafor", created=d(2026, 3, 2), modified=d(2026, 6, 26),
        doc_control=[
            ["0.1", "2 March 2026", "D. Okafor", "—", "—", "Draft"],
            ["0.2", "4 May 2026", "D. Okafor", "M. Tipene; HNZ Privacy", "—", "Purpose 3 narrowed after Police "
                                                                                "and HNZ legal advice"],
            ["1.0", "26 June 2026", "D. Okafor", "Privacy Officer, HNZ Counties Manukau", "Signatories",
             "Final – signed"],
        ],
        doc_details=[("Document owner", "Health New Zealand – Te Whatu Ora, Counties Manukau"),
                     ("Classification", "IN-CONFIDENCE"), ("Effective date", "26 June 2026"),
                     ("Review period", "12 months")],
        controls_style="a",
        extra_req_lines=["Representatives who use the Health New Zealand shared workspace keep their access "
                         "credentials to themselves."],
        variants=dict(use=1, ret=0, breach=1, coi=1, rel=0, review=1, appr=0),
        sign_layout="blocks",
        la_mode="table",
        titles={"attending-agencies": "Attending agencies and their roles", "meeting-purpose": "Why the forum meets",
                "security-controls": "Minimum security controls"},
    )
    spec["lead_sentence"] = ("Health New Zealand – Te Whatu Ora is the lead attending agency, through its Counties "
                             "Manukau mental health and addiction service.")
    first = ("This protocol provides the legal mandate for the attending agencies to disclose health and other "
             "personal information to one another at the forum, so that people in crisis receive a coordinated "
             "response." if claim else
             "This protocol documents how the attending agencies share health and other personal information at the "
             "forum so that people in crisis receive a coordinated response.")
    spec["exec"] = [
        P(first),
        P("The forum brings together Health New Zealand, Police, MSD, Kāinga Ora and two Māori and Pacific "
          "providers. It focuses on a small number of people whose repeated crises put them and others at risk, "
          "and who are not well served by any one agency."),
        P("Kōwhai Governance Partners prepared the protocol with the partners between March and June 2026."),
    ]
    spec["la_before"] = [
        CALL("Important", ["Each disclosure must be permitted by the law listed for its purpose. This protocol "
                           "records those laws; it does not replace them."], fill="FDF3E1"),
    ]
    spec["la_after"] = [P("Appendix 1 records the conditions for each authority.")]
    spec["blocks"] = {
        "background": [
            P("In 2025, Police in Counties Manukau attended more than 9,000 mental health related events. A small "
              "group of people accounted for a large share of those events and of emergency department "
              "presentations. The forum was set up to plan with those people, and the services around them, to "
              "reduce crises."),
        ],
        "meeting-purpose": [
            P("The forum meets to reduce the harm caused by repeated mental health crises, by making sure people "
              "with frequent crisis contacts have one coordinated plan that reflects what they want and that every "
              "agency involved understands."),
        ],
        "information-shared": [
            TBL(["Agency", "Information"], [
                ["Health New Zealand – Te Whatu Ora", "Diagnosis and risk summary, current treatment, crisis and "
                                                      "relapse prevention plans."],
                ["New Zealand Police", "Number and nature of mental health related events; safety risks for "
                                       "responders."],
                ["Ministry of Social Development", "Income and housing support in place."],
                ["Kāinga Ora – Homes and Communities", "Tenancy status and tenancy-related incidents."],
                ["Turuki Health Care and Vaka Tautua", "Engagement with the provider; cultural and whānau supports "
                                                       "available."],
            ], widths=(5.5, 10.8)),
        ],
        "transparency": [
            P("People discussed at the forum are told about it by their key worker and asked to authorise the "
              "sharing. Most people do. Where a person cannot be asked or declines, and the serious threat "
              "exceptions are relied on, the key worker tells them about the sharing afterwards unless that would "
              "put them or someone else at risk."),
            P("Family and whānau are involved in line with the person's wishes and the Health Information Privacy "
              "Code 2020."),
        ],
        "method-of-sharing": [
            P("Health New Zealand prepares a one-page summary for each person and emails it to members as a "
              "password-protected attachment before the forum. The forum meets at Middlemore Hospital with an option "
              "to join by Microsoft Teams. Police receive the agreed crisis response plan through the Police mental "
              "health liaison sergeant, who records it in Police systems as an alert."),
        ],
        "security-classification": [
            P("Information shared at the forum is classified IN-CONFIDENCE."),
            P("Health information is handled with the additional care the Health Information Privacy Code 2020 "
              "requires."),
        ],
        "tikanga": [
            P("Turuki Health Care and Vaka Tautua advised on this section. Māori and Pacific people are over-"
              "represented among people discussed at the forum, and the partners acknowledge that mental distress is "
              "understood and responded to differently across cultures."),
            B(["The person's whānau, or aiga, is involved in planning where the person wants that.",
               "A Māori or Pacific provider kaimahi is offered to the person as their key worker.",
               "Information about cultural identity and whakapapa is shared only where it helps the plan."]),
        ],
        "breach-contact": [
            P("Designated breach contact: Privacy Officer, Health New Zealand – Te Whatu Ora (Counties Manukau) – "
              "privacy.cm@tewhatuora.govt.nz – 09 276 0000."),
        ],
    }
    spec["keypoints"] = {
        "intro": ["Six attending agencies; Health New Zealand leads."],
        "lawful": ["Authorisation first; serious threat exceptions only when needed."],
        "security": ["Classified IN-CONFIDENCE; six minimum controls plus shared workspace credential rule."],
        "review": ["Reviewed every 12 months."],
    }
    return spec


# ---------------------------------------------------------------------------
# Legacy protocol (2018) and trap protocol (content controls + tracked change)
# ---------------------------------------------------------------------------


def spec_L():
    mt = "table"
    agencies = [
        agency("New Zealand Police", "Police", "Government", "Chairs the table; family violence incident reports",
               "Inspector Grant Tawhiri", "Area Commander, Lower Hutt", "2018-08-14", "Family Violence Coordinator"),
        agency("Oranga Tamariki", "OT", "Government", "Care and protection of children", "Jenny Fowler",
               "Site Manager, Lower Hutt", "2018-08-16", "Supervisor, Intake"),
        agency("Hutt Valley District Health Board", "HVDHB", "Government (district health board)", "Family "
               "violence intervention programme; maternity and child health", "Dr Catherine Moss",
               "Director of Allied Health", "2018-08-15", "Family Violence Intervention Coordinator"),
        agency("Department of Corrections", "Corr.", "Government", "Offender management and probation",
               "Peter Sione", "Service Manager, Hutt Valley Community Corrections", "2018-08-17",
               "Practice Leader"),
        agency("Kōkiri Marae Health and Social Services", "Kōkiri", "Māori health and social service provider",
               "Kaupapa Māori whānau support", "Huia Paewai", "Chief Executive", "2018-08-20",
               "Whānau Services Manager"),
        agency("Hutt Valley Women's Refuge", "Refuge", "Non-government organisation", "Advocacy and safety "
               "planning for women and children", "Linda Barclay", "Manager", "2018-08-15", "Manager"),
    ]
    purposes = [
        dict(text="To assess the risk to adult victims and children following a family violence incident attended "
                  "by Police.",
             auth="Privacy Act 1993, s 6, principle 11(f); Children, Young Persons, and Their Families Act 1989, "
                  "s 66",
             who="All attending agencies", cond="Serious threat test under principle 11(f)."),
        dict(text="To agree an interagency safety plan and a lead agency for each family.",
             auth="Privacy Act 1993, s 6, principle 11(f); Health Information Privacy Code 1994, rule 11(2)(d)",
             who="All attending agencies", cond="Health information shared by the DHB under rule 11(2)(d) only."),
        dict(text="To monitor compliance with protection orders made under the Domestic Violence Act 1995 and "
                  "respond to breaches.",
             auth="Privacy Act 1993, s 6, principle 11(e)(i)",
             who="New Zealand Police; Department of Corrections", cond="Maintenance of the law."),
    ]
    chapters = [c for c in CHAPTERS if c[0] != "tikanga"]
    spec = dict(
        id="L", title="Hutt Valley Family Violence Interagency Response Table – Information Sharing Protocol",
        short_title="Hutt Valley FVIARS ISP", client="Hutt Valley Family Violence Network",
        meeting_name="Hutt Valley Family Violence Interagency Response (FVIARS) Table", meeting_short=mt,
        frequency="Weekly, Tuesday mornings", scheme="decimal", heading_mode="direct", chapters=chapters,
        lead="New Zealand Police", agencies=agencies, purposes=purposes, font="Calibri",
        classification_word="IN-CONFIDENCE", header_marking="IN-CONFIDENCE", cover_marking="IN-CONFIDENCE",
        review_glance="Every three years; Police initiates",
        review_sentence="This protocol will be reviewed every three years from the date of signing.",
        review_owner_sentence="New Zealand Police will initiate the review.",
        next_review_sentence=None,
        version_label="Version 1.0", status="Final", cover_date="August 2018",
        doc_author="Mereana Tipene", created=d(2018, 5, 2), modified=d(2018, 8, 20), revision=7,
        doc_control=[
            ["0.1", "2 May 2018", "M. Tipene", "—", "—", "First draft"],
            ["0.2", "19 June 2018", "M. Tipene", "Police Legal Services", "—", "Legal review comments included"],
            ["1.0", "20 August 2018", "M. Tipene", "Police Legal Services", "Signatories", "Signed"],
        ],
        doc_details=[("Owner", "New Zealand Police, Hutt Valley"), ("Classification", "IN-CONFIDENCE"),
                     ("Date signed", "20 August 2018"), ("Review period", "Three years")],
        controls_style="c", controls_prefix="4.3",
        controls_omit=["approved-devices", "virtual-meeting"],
        controls_extra=["Daily lists are kept in a locked cabinet when not in use."],
        variants=dict(use=2, ret=1, breach=0, coi=0, rel=0, review=0, appr=0),
        sign_layout="blocks",
        la_mode="table",
        titles={"attending-agencies": "Attending Agencies", "meeting-purpose": "Purpose of the Table",
                "sharing-purpose": "Purposes of Sharing", "information-shared": "Information to be Shared",
                "legal-authority": "Legal Authority", "use-of-information": "Use of Information",
                "transparency": "Notification", "method-of-sharing": "Method of Sharing",
                "security-classification": "Security Classification", "security-controls": "Security Controls",
                "breach-contact": "Breach Contact", "breach-response": "Breach Process",
                "rel-managers": "Relationship Managers", "raci": "Responsibilities"},
    )
    spec["checklist"] = [(k, CONTROL_LABELS[k], True, n) for k, n in (
        ("training", "Agencies confirmed at June 2018 network meeting."),
        ("hardcopy-destruction", "Police collect and shred lists at the end of each meeting."),
        ("password-protection", "Password sent by phone."),
        ("hardcopy-distribution", "No paper passed between agencies."),
    )]
    spec["lead_sentence"] = "New Zealand Police is the lead agency for the table."
    spec["exec"] = [
        P("The Hutt Valley Family Violence Network asked Kōwhai Governance Partners to record the information "
          "sharing arrangements of the Hutt Valley FVIARS table, which has met weekly since 2011."),
        P("The protocol relies on the Privacy Act 1993 and related enactments. It records the authorities relied "
          "on and does not itself authorise sharing."),
    ]
    spec["la_before"] = [CALL("Note", ["This protocol does not create any new authority to share. Agencies rely on "
                                       "the enactments listed below."])]
    spec["blocks"] = {
        "background": [P("The FVIARS model was introduced nationally by Police, Child, Youth and Family and Women's "
                         "Refuge in 2006. The Hutt Valley table has operated since 2011 and expanded to include "
                         "Corrections, the DHB and Kōkiri Marae in 2017.")],
        "meeting-purpose": [P("The table meets weekly to review family violence incidents attended by Police in the "
                              "Hutt Valley and agree an interagency response that keeps victims and children "
                              "safe.")],
        "information-shared": [TBL(["Agency", "Information"], [
            ["New Zealand Police", "Incident details; previous incidents; protection orders made under the Domestic "
                                   "Violence Act 1995; bail conditions."],
            ["Oranga Tamariki", "Whether children are known and current involvement."],
            ["Hutt Valley District Health Board", "Family violence screening results and relevant health "
                                                  "involvement."],
            ["Department of Corrections", "Sentence and order information."],
            ["Kōkiri Marae Health and Social Services", "Engagement with whānau services."],
            ["Hutt Valley Women's Refuge", "Engagement and safety planning."],
        ], widths=(5.5, 10.8))],
        "transparency": [P("Victims are told by Police at the scene that information will be passed to partner "
                           "agencies. Agencies' privacy statements refer to FVIARS.")],
        "method-of-sharing": [P("Police email the list of incidents to representatives on Monday afternoon using "
                                "SEEMail. Information is shared verbally at the table, held at Lower Hutt Police "
                                "Station. Representatives who cannot attend may join by teleconference.")],
        "security-classification": [P("All information shared at the table is IN-CONFIDENCE.")],
        "breach-contact": [KV([("Role", "Family Violence Coordinator"), ("Agency", "New Zealand Police (Hutt "
                                                                                     "Valley)"),
                               ("Email", "hutt.fvc@police.govt.nz"), ("Phone", "04 560 2600")])],
        "breach-response": [P("Breaches are managed under each agency's own policy. The agency responsible for the "
                              "information decides whether to notify the affected person, and may notify the "
                              "Privacy Commissioner voluntarily where the breach is serious.")],
    }
    spec["keypoints"] = {"review": ["Reviewed every three years by Police."]}
    return spec


def spec_T():
    spec = spec_A(region="wairau")
    spec["id"] = "T"
    spec["header_marking"] = None
    spec["cover_marking"] = None
    spec["glance_classification"] = False
    spec["glance_review"] = False
    spec["doc_details"] = [r for r in spec["doc_details"]
                           if r[0] not in ("Classification", "Review period", "Next review due")]
    spec["doc_control"][-1][5] = "Final – signing copy"
    spec["exec"][2] = P("Our main recommendations, all of which the partners have adopted, are to stop circulating "
                        "printed lists and to nominate a single breach contact within Police.")
    spec["keypoints"]["security"] = ["All six minimum security controls apply to every representative."]
    del spec["keypoints"]["review"]
    spec["date_sdt"] = True
    spec["checkbox_sdt"] = True
    spec["next_review_sentence"] = None

    def classification(doc, s):
        p = doc.add_paragraph()
        p.add_run("Information shared at the %s is classified: " % s["meeting_name"])
        sdt_dropdown(p, ["Choose an item.", "UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"],
                     "SENSITIVE", "Security classification", "classification")
        para(doc, "The partners agreed this level with advice from Police's information security adviser, because "
                  "the table routinely handles information about serious violence, children and health. Government "
                  "agencies apply the Protective Security Requirements handling rules for the level shown above, "
                  "and the non-government partners have confirmed that they can do the same.")

    def breach(doc, s):
        para(doc, "The attending agencies have agreed that the designated contact for any privacy or security "
                  "breach involving information shared at the table is:")
        p = doc.add_paragraph()
        sdt_text(p, "Family Harm Coordinator, New Zealand Police – Marlborough, marlborough.familyharm@police.govt.nz, "
                    "03 520 3120", "Breach contact", "breach_contact")
        para(doc, "The breach contact is the first point of call for representatives, coordinates the response "
                  "across agencies and makes sure the breach is reported to the relationship managers.")

    def review(doc, s):
        p = doc.add_paragraph()
        p.add_run("This protocol will be reviewed every ")
        tracked_replace(p, "three years", "12 months", "Daniel Okafor", "2026-03-30T10:15:00Z")
        p.add_run(" from the date of the final signature, and earlier if the law, the attending agencies or the way "
                  "the table operates change.")
        para(doc, s["review_owner_sentence"])
        para(doc, "Any attending agency may ask for an earlier review at any time if an issue with the sharing of "
                  "information arises, by writing to the lead agency's relationship manager.")
        para(doc, "Each review includes:")
        for it in ["a read-through of the whole protocol;",
                   "confirmation from each attending agency that the sharing is still needed, and whether the "
                   "purposes, the use of the information or the quality of the information have changed;",
                   "amendments agreed with the attending agencies, signed off and circulated; and",
                   "a briefing for representatives on what has changed."]:
            doc.add_paragraph(it, style="List Bullet")

    spec["blocks"]["security-classification"] = [RAW(classification)]
    spec["blocks"]["breach-contact"] = [RAW(breach)]
    spec["blocks"]["review"] = [RAW(review)]
    return spec


# ---------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------


def d_isp101():
    s = spec_F(2026)
    s["drop_sections"] = ["conflicts-of-interest"]
    return s


def d_isp301():
    s = spec_D()
    s["register_skip"] = [3]
    return s


def d_isp703():
    s = spec_G()
    for a in s["agencies"]:
        if a["name"] == "Turuki Health Care":
            a["unsigned"] = True
    return s


def d_isp702():
    s = spec_B()
    for a in s["agencies"]:
        if a["name"] == "Ngāti Porou Oranga":
            a["position"] = ""
    return s


def d_isp451():
    s = spec_B()
    s["controls_omit"] = ["password-protection"]
    s["controls_extra"] = [("Secure email", "Email between members is sent by SEEMail or another secure channel "
                                            "approved by the sending agency.")]
    s["blocks"]["method-of-sharing"][0] = B([
        "Police Youth Aid sends the weekly referral list to panel members on Monday by SEEMail.",
        "Members check their own records and bring relevant information to the panel, where it is shared verbally.",
        "The panel meets on Wednesday afternoons at the Oranga Tamariki Gisborne office; members based on the coast "
        "may join through Microsoft Teams.",
        "Oranga Tamariki records decisions and agreed actions in its case management system and emails each agency "
        "only the actions it is responsible for."])
    s["checklist_not_in_place"] = {"password-protection": "Not adopted. All members' agencies use SEEMail, which "
                                                          "the panel considers sufficient protection for the "
                                                          "referral list."}
    s["keypoints"]["security"] = ["Classification: IN-CONFIDENCE.", "The controls in 4.3 apply to every member."]
    return s


def d_isp501():
    s = spec_E()
    s["titles"]["breach-contact"] = "Reporting a breach"
    s["blocks"]["breach-contact"] = [
        P("A member who becomes aware of a privacy or security breach involving panel information must tell their "
          "own agency's privacy officer straight away and let the panel chair know at the earliest opportunity."),
        P("Each agency manages breaches under its own breach policy. Notifiable privacy breaches must be reported to "
          "the Office of the Privacy Commissioner through NotifyUs (www.privacy.org.nz, 0800 803 909)."),
    ]
    return s


def d_isp801():
    s = spec_D()
    s["ret_last"] = [P("Age Concern Hamilton keeps copies of all notes from network meetings on the older person's "
                       "client file after the case is closed, in case they are needed if the older person is "
                       "referred again in future.")]
    return s


CORPUS = [
    ("clean-01-te-tauihu-safety-table.docx", lambda: spec_A(), dict(
        kind="clean", expect=[], tolerate=[],
        note="Family violence safety table, six agencies incl. iwi provider and refuge; SENSITIVE in body and "
             "header; purposes mapped in a body table and Appendix 1; breach contact in a call-out box; retention "
             "section forbids 'just in case' keeping (negated wording).")),
    ("clean-02-tairawhiti-rangatahi-panel.docx", lambda: spec_B(), dict(
        kind="clean", expect=[], tolerate=[],
        note="Youth early-intervention panel; 'N.0' chapters with direct-formatted (not styled) bold headings; "
             "typed P1/P2 purpose labels mapped to OT Act provisions by label; lead marked '(lead agency)'; "
             "signature blocks; breach contact in a Role/Agency/Email/Phone form table.")),
    ("clean-03-otautahi-attendance-hui.docx", lambda: spec_C(), dict(
        kind="clean", expect=[], tolerate=[],
        note="School attendance hui with a Māori attendance provider; attending agencies headed 'Parties to this "
             "protocol'; review owner and 'annually' period in one sentence; controls typed as 4.3.1-4.3.6.")),
    ("clean-04-kirikiriroa-elder-abuse-network.docx", lambda: spec_D(), dict(
        kind="clean", expect=[], tolerate=[],
        note="Elder abuse network led by an NGO; four purposes whose authorities are mapped only in Appendix 1 "
             "(body lists the Acts without mapping); review 'eighteen (18) months' while relationship managers "
             "meet six-monthly; checklist ticks are checkbox content controls.")),
    ("clean-05-wellington-reintegration-panel.docx", lambda: spec_E(), dict(
        kind="clean", expect=[], tolerate=[],
        note="Reintegration panel with a single purpose relying on authorisation (IPP 11(1)(d), HIPC rule "
             "11(1)(b)); headings are direct-formatted paragraphs carrying outline levels; review 'annually'.")),
    ("defect-isp101-whanganui-tenancies-no-conflicts.docx", d_isp101, dict(
        kind="defect", expect=[{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}}], tolerate=[],
        note="The '8.0 Conflicts of Interest' chapter was deleted from the body (numbering jumps 7.0 to 9.0) but "
             "the typed table of contents still lists it.")),
    ("defect-isp301-kirikiriroa-elder-register-gap.docx", d_isp301, dict(
        kind="defect", expect=[{"rule": "ISP301", "data_contains": {"purpose": "enduring power of attorney"}}],
        tolerate=[],
        note="Purpose 4 (financial arrangements / enduring power of attorney) is listed in 2.1 but has no row in "
             "the Appendix 1 register, and the body only lists the Acts without saying which purpose each covers.")),
    ("defect-isp703-counties-manukau-unsigned-provider.docx", d_isp703, dict(
        kind="defect", expect=[{"rule": "ISP703", "data": {"agency": "Turuki Health Care"}}], tolerate=[],
        note="Turuki Health Care is an attending agency (table in 1.2, RACI, at-a-glance) but Appendix 3 has no "
             "signature block for it.")),
    ("defect-isp702-tairawhiti-panel-no-position.docx", d_isp702, dict(
        kind="defect", expect=[{"rule": "ISP702", "data": {"agency": "Ngāti Porou Oranga", "missing": ["role"]}}],
        tolerate=[],
        note="In Appendix 3 the signature block for Ngāti Porou Oranga has a name but the Position line is left "
             "as underscores.")),
    ("defect-isp451-tairawhiti-panel-seemail-only.docx", d_isp451, dict(
        kind="defect", expect=[{"rule": "ISP451", "data": {"control": "password-protection"}}], tolerate=[],
        note="Security controls table replaces attachment passwords with 'sent by SEEMail'; method of sharing says "
             "SEEMail only; the Appendix 2 checklist row for password protection is ticked 'Not in place'.")),
    ("defect-isp501-wellington-reintegration-no-contact.docx", d_isp501, dict(
        kind="defect", expect=[{"rule": "ISP501"}], tolerate=[],
        note="Section 7.1 'Reporting a breach' only says to tell your own privacy officer and the chair and gives "
             "the Privacy Commissioner's 0800 number; no designated contact with agency and email/phone, although "
             "7.2 still refers to 'the designated breach contact'.")),
    ("defect-isp602-te-tauihu-three-yearly.docx", lambda: spec_A(review="36"), dict(
        kind="defect", expect=[{"rule": "ISP602", "data": {"months": 36}}], tolerate=[],
        note="Section 10 says the protocol is reviewed 'every three years' (doc details and key points agree); "
             "next review 9 March 2029, so not overdue.")),
    ("defect-isp604-whanganui-tenancies-overdue.docx", lambda: spec_F(2025), dict(
        kind="defect", expect=[{"rule": "ISP604", "data": {"due": "2026-07-01"}}], tolerate=[],
        note="Commenced and last signed 1 July 2025, reviewed every twelve (12) months, 'Next review due: 1 July "
             "2026' in 10.0 and document details; overdue at 2026-11-24.")),
    ("defect-isp402-otautahi-attendance-unclassified.docx", lambda: spec_C("UNCLASSIFIED"), dict(
        kind="defect", expect=[{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}], tolerate=[],
        note="Section 4.2 classifies the attendance information UNCLASSIFIED (header, cover and document details "
             "match), with a rationale about easing NGO access.")),
    ("defect-isp305-counties-manukau-mandate.docx", lambda: spec_G(claim=True), dict(
        kind="defect", expect=[{"rule": "ISP305"}], tolerate=[],
        note="First sentence of the executive summary says the protocol 'provides the legal mandate' for agencies "
             "to disclose information; the legal authority call-out elsewhere is correct.")),
    ("defect-isp801-kirikiriroa-elder-keep-on-file.docx", d_isp801, dict(
        kind="defect", expect=[{"rule": "ISP801"}], tolerate=[],
        note="Retention chapter ends with Age Concern Hamilton keeping all network notes on file after closure 'in "
             "case they are needed if the older person is referred again in future'.")),
    ("legacy-01-hutt-fviars-2018.docx", lambda: spec_L(), dict(
        kind="legacy",
        expect=[
            {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
            {"rule": "ISP303", "data_contains": {"authority": "Health Information Privacy Code 1994"}},
            {"rule": "ISP303", "data_contains": {"authority": "Children, Young Persons, and Their Families Act"}},
            {"rule": "ISP303", "data_contains": {"authority": "Domestic Violence Act 1995"}},
            {"rule": "ISP101", "data": {"section": "tikanga"}},
            {"rule": "ISP451", "data": {"control": "approved-devices"}},
            {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
            {"rule": "ISP602", "data": {"months": 36}},
            {"rule": "ISP604", "data": {"due": "2021-08-20"}},
        ],
        tolerate=["ISP302"],
        note="2018 protocol: cites Privacy Act 1993, HIPC 1994, CYPF Act 1989 and Domestic Violence Act 1995; no "
             "tikanga section; no device or virtual-meeting controls (teleconference allowed); three-yearly review "
             "from last signature 20 August 2018.")),
    ("trap-01-wairau-safety-table-controls.docx", lambda: spec_T(), dict(
        kind="trap", expect=[{"rule": "ISP202"}], tolerate=[],
        note="Classification only in a drop-down content control (SENSITIVE, no header marking), breach contact "
             "only in a filled plain-text content control, signature dates in date pickers, checklist ticks as "
             "checkbox controls; the review period exists only as an unaccepted tracked change ('three years' "
             "deleted, '12 months' inserted), so the accepted text is compliant but tracked changes remain.")),
]


def main():
    truth = {
        "as_of": "2026-11-24",
        "style": "Governance consultancy report style: cover page, document-control table, typed contents list, "
                 "executive summary with at-a-glance call-out, 'Section N:' or 'N.0' chapters with N.1 subheadings "
                 "(custom ConsultHeading styles or direct formatting), call-out boxes, Key points, RACI matrix, "
                 "Appendix 1 purpose/authority register, Appendix 2 controls checklist with tick columns, "
                 "Appendix 3 signatories.",
        "files": {},
    }
    for name, mk, t in CORPUS:
        spec = finalize(mk())
        build_document(spec, OUT / name)
        truth["files"][name] = t
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("built %d documents" % len(CORPUS))


if __name__ == "__main__":
    main()
