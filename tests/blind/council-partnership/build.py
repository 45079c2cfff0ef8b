# -*- coding: utf-8 -*-
"""Build the Te Rerenga District Council community safety partnership corpus.

House style: the council's corporate Word template (cover page with council
logo text and a document-control table, a table of contents, headings on
custom "TRDC Heading 1/2/3" styles numbered by a Word multilevel list, shaded
table header rows, merged cells, an endorsement table).

Run:  /work/blind-kit3/.venv/bin/python build.py
Everything is deterministic: fixed core-property dates, no randomness.
"""
import copy
import datetime as dt
import json
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor


HERE = os.path.dirname(os.path.abspath(__file__))
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEAL = "00594F"
PALE = "DCEBE8"

# --------------------------------------------------------------------------
# styles and numbering (the council template's custom styles)
# --------------------------------------------------------------------------
HEADING_NUM_ID = 40
BULLET_NUM_ID = 41

STYLE_XML = [
    # body text
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCBodyText">
      <w:name w:val="TRDC Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
      <w:pPr><w:spacing w:before="60" w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCHeading1">
      <w:name w:val="TRDC Heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="TRDCBodyText"/>
      <w:uiPriority w:val="9"/><w:qFormat/>
      <w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>
        <w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:bCs/><w:color w:val="00594F"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCHeading2">
      <w:name w:val="TRDC Heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="TRDCBodyText"/>
      <w:uiPriority w:val="9"/><w:qFormat/>
      <w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="%d"/></w:numPr>
        <w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:bCs/><w:color w:val="00594F"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCHeading3">
      <w:name w:val="TRDC Heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="TRDCBodyText"/>
      <w:uiPriority w:val="9"/><w:qFormat/>
      <w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="2"/><w:numId w:val="%d"/></w:numPr>
        <w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:bCs/><w:i/><w:color w:val="333333"/><w:sz w:val="21"/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCScheduleHeading">
      <w:name w:val="TRDC Schedule Heading"/><w:basedOn w:val="Normal"/><w:next w:val="TRDCBodyText"/>
      <w:uiPriority w:val="9"/><w:qFormat/>
      <w:pPr><w:keepNext/><w:pageBreakBefore/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:bCs/><w:color w:val="00594F"/><w:sz w:val="30"/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCBullet">
      <w:name w:val="TRDC Bullet"/><w:basedOn w:val="TRDCBodyText"/><w:qFormat/>
      <w:pPr><w:numPr><w:numId w:val="%d"/></w:numPr><w:spacing w:before="0" w:after="60"/><w:ind w:left="567" w:hanging="283"/></w:pPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCTableText">
      <w:name w:val="TRDC Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
      <w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>
      <w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCTableHeading">
      <w:name w:val="TRDC Table Heading"/><w:basedOn w:val="TRDCTableText"/><w:qFormat/>
      <w:pPr><w:keepNext/></w:pPr>
      <w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCLogo">
      <w:name w:val="TRDC Logo"/><w:basedOn w:val="Normal"/>
      <w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="Arial Black" w:hAnsi="Arial Black"/><w:b/><w:color w:val="00594F"/><w:spacing w:val="20"/><w:sz w:val="44"/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCCoverTitle">
      <w:name w:val="TRDC Cover Title"/><w:basedOn w:val="Normal"/>
      <w:pPr><w:spacing w:before="1200" w:after="120"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:color w:val="00594F"/><w:sz w:val="48"/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCCoverSubtitle">
      <w:name w:val="TRDC Cover Subtitle"/><w:basedOn w:val="Normal"/>
      <w:pPr><w:spacing w:before="0" w:after="480"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:color w:val="404040"/><w:sz w:val="32"/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCContentsTitle">
      <w:name w:val="TRDC Contents Title"/><w:basedOn w:val="Normal"/>
      <w:pPr><w:spacing w:before="0" w:after="240"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:color w:val="00594F"/><w:sz w:val="32"/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCClassification">
      <w:name w:val="TRDC Classification"/><w:basedOn w:val="Normal"/>
      <w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:caps/><w:color w:val="C00000"/><w:sz w:val="20"/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="TRDCNote">
      <w:name w:val="TRDC Note"/><w:basedOn w:val="TRDCBodyText"/>
      <w:rPr><w:i/><w:color w:val="404040"/><w:sz w:val="18"/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:styleId="TOC1">
      <w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
      <w:pPr><w:tabs><w:tab w:val="left" w:pos="440"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs><w:spacing w:before="120" w:after="40"/></w:pPr>
      <w:rPr><w:b/></w:rPr>
    </w:style>""",
    """<w:style %s w:type="paragraph" w:styleId="TOC2">
      <w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
      <w:pPr><w:tabs><w:tab w:val="left" w:pos="1100"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs><w:spacing w:before="0" w:after="40"/><w:ind w:left="440"/></w:pPr>
    </w:style>""",
]

ABSTRACT_HEADING = """<w:abstractNum %s w:abstractNumId="40">
  <w:nsid w:val="5A3C1E20"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="7B2E0C14"/>
  <w:name w:val="TRDC Heading Numbering"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="TRDCHeading1"/>
    <w:lvlText w:val="%%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="TRDCHeading2"/>
    <w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="TRDCHeading3"/>
    <w:lvlText w:val="%%1.%%2.%%3"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%%4)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="425"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%%5)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1559" w:hanging="425"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="5"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2.%%3.%%4.%%5.%%6"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1985" w:hanging="425"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="6"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%7."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="2410" w:hanging="425"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="7"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%%8."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="2835" w:hanging="425"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="8"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%%9."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="3260" w:hanging="425"/></w:pPr></w:lvl>
</w:abstractNum>"""

ABSTRACT_BULLET = """<w:abstractNum %s w:abstractNumId="41">
  <w:nsid w:val="1F6B2D41"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="3E0A1C22"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="TRDCBullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/><w:color w:val="00594F"/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1134" w:hanging="283"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/></w:rPr></w:lvl>
</w:abstractNum>"""


def install_template(doc):
    """Add the council template's styles and numbering definitions."""
    styles = doc.styles.element
    for sx in STYLE_XML:
        if sx.count("%d"):
            num = BULLET_NUM_ID if "TRDCBullet" in sx else HEADING_NUM_ID
            xml = sx % (nsdecls("w"), num)
        else:
            xml = sx % nsdecls("w")
        styles.append(parse_xml(xml))
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:cs"), "Arial")
    rfonts.set(qn("w:eastAsia"), "Arial")

    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for ax in (ABSTRACT_HEADING, ABSTRACT_BULLET):
        first_num.addprevious(parse_xml(ax % nsdecls("w")))
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="40"/></w:num>' % (nsdecls("w"), HEADING_NUM_ID)))
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="41"/></w:num>' % (nsdecls("w"), BULLET_NUM_ID)))

    # NZ English proofing language
    lang = parse_xml('<w:lang %s w:val="en-NZ" w:eastAsia="en-US" w:bidi="ar-SA"/>' % nsdecls("w"))
    drpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    old = drpr.find(qn("w:lang"))
    if old is not None:
        drpr.remove(old)
    drpr.append(lang)


# --------------------------------------------------------------------------
# low-level writers
# --------------------------------------------------------------------------
class Ids:
    def __init__(self):
        self.n = 100

    def next(self):
        self.n += 1
        return self.n


def _run(text, bold=False, italic=False):
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", "<w:i/>" if italic else "")
    return parse_xml('<w:r %s>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (nsdecls("w"), rpr, _esc(text)))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _dd_sdt(ids, alias, tag, value, items):
    li = "".join('<w:listItem w:displayText="%s" w:value="%s"/>' % (_esc(i), _esc(i)) for i in items)
    return parse_xml(
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
        '<w:dropDownList><w:listItem w:displayText="Choose an item." w:value=""/>%s</w:dropDownList></w:sdtPr>'
        '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), _esc(alias), tag, 100000 + ids.next(), li, _esc(value)))


def _text_sdt(ids, alias, tag, value):
    return parse_xml(
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w:text/></w:sdtPr>'
        '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), _esc(alias), tag, 100000 + ids.next(), _esc(value)))


def _date_sdt(ids, alias, tag, iso, shown):
    return parse_xml(
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
        '<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-NZ"/>'
        '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
        '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), _esc(alias), tag, 100000 + ids.next(), iso, _esc(shown)))


def _ins(ids, text, author, date):
    return parse_xml(
        '<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
        % (nsdecls("w"), ids.next(), _esc(author), date, _esc(text)))


def _del(ids, text, author, date):
    return parse_xml(
        '<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
        % (nsdecls("w"), ids.next(), _esc(author), date, _esc(text)))


def fill_paragraph(p, content, ids):
    """content: a string (with **bold** markup) or a list of parts."""
    if isinstance(content, str):
        content = [content]
    for part in content:
        if isinstance(part, str):
            bits = part.split("**")
            for i, bit in enumerate(bits):
                if bit:
                    p._p.append(_run(bit, bold=(i % 2 == 1)))
            continue
        kind = part[0]
        if kind == "b":
            p._p.append(_run(part[1], bold=True))
        elif kind == "i":
            p._p.append(_run(part[1], italic=True))
        elif kind == "dd":
            p._p.append(_dd_sdt(ids, part[1], part[2], part[3], part[4]))
        elif kind == "txt":
            p._p.append(_text_sdt(ids, part[1], part[2], part[3]))
        elif kind == "date":
            p._p.append(_date_sdt(ids, part[1], part[2], part[3], part[4]))
        elif kind == "ins":
            p._p.append(_ins(ids, part[1], part[2], part[3]))
        elif kind == "del":
            p._p.append(_del(ids, part[1], part[2], part[3]))
        else:
            raise ValueError(kind)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill))
    after = ["w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
             "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange"]
    for child in tcPr:
        if child.tag in [qn(a) for a in after]:
            child.addprevious(shd)
            return
    tcPr.append(shd)


def set_cell(cell, value, ids, heading=False):
    """value: str (\n separates paragraphs), or list of parts (one paragraph)."""
    style = "TRDC Table Heading" if heading else "TRDC Table Text"
    first = cell.paragraphs[0]
    if isinstance(value, list):
        first.style = style
        fill_paragraph(first, value, ids)
        return
    lines = value.split("\n") if value else [""]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.style = style
        if line.startswith("- "):
            p.style = "TRDC Bullet"
            line = line[2:]
        if line:
            fill_paragraph(p, line, ids)


def add_table(doc, header, rows, widths, ids, merges=(), first_col_shade=False, header_fill=TEAL):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLook %s w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
                           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>' % nsdecls("w")))
    for i, h in enumerate(header):
        c = t.cell(0, i)
        set_cell(c, h, ids, heading=(header_fill == TEAL))
        shade(c, header_fill)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    for r, row in enumerate(rows, start=1):
        for c, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(r, c), val, ids)
            if first_col_shade and c == 0:
                shade(t.cell(r, c), PALE)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1 + 1, c1)
        b = t.cell(r2 + 1, c2)
        a.merge(b)
    for row in t.rows:
        for i, cell in enumerate(row.cells):
            if i < len(widths):
                cell.width = Cm(widths[i])
    return t


def add_field_paragraph_runs(p, instr, shown):
    p._p.append(parse_xml('<w:fldSimple %s w:instr=" %s "><w:r><w:t>%s</w:t></w:r></w:fldSimple>'
                          % (nsdecls("w"), instr, shown)))


# --------------------------------------------------------------------------
# document assembly
# --------------------------------------------------------------------------
def heading_numbers(blocks):
    """Return [(level, number, text)] as Word's multilevel list would number them."""
    out = []
    n = [0, 0, 0]
    for b in blocks:
        if b[0] == "h1":
            n = [n[0] + 1, 0, 0]
            out.append((1, "%d" % n[0], b[1]))
        elif b[0] == "h2":
            n = [n[0], n[1] + 1, 0]
            out.append((2, "%d.%d" % (n[0], n[1]), b[1]))
        elif b[0] == "h3":
            n[2] += 1
        elif b[0] == "sched":
            out.append((1, "", b[1]))
    return out


def build_toc(doc, entries):
    title = doc.add_paragraph("Contents", style="TRDC Contents Title")
    page = 3
    paras = []
    for i, (lvl, num, text) in enumerate(entries):
        if lvl == 1 and i:
            page += 1
        style = "toc 1" if lvl == 1 else "toc 2"
        p = doc.add_paragraph(style=style)
        paras.append(p)
        if i == 0:
            p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % nsdecls("w")))
            p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>' % nsdecls("w")))
            p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % nsdecls("w")))
        label = ("%s\t%s" % (num, text)) if num else text
        for j, seg in enumerate(label.split("\t")):
            if j:
                p._p.append(parse_xml('<w:r %s><w:tab/></w:r>' % nsdecls("w")))
            p._p.append(_run(seg))
        p._p.append(parse_xml('<w:r %s><w:tab/></w:r>' % nsdecls("w")))
        p._p.append(_run(str(page)))
    end = doc.add_paragraph()
    end._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w")))
    return title


CLASS_ITEMS = ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"]


def _marking(p, spec, ids, where):
    if spec.get("marking_sdt"):
        p._p.append(_dd_sdt(ids, "Classification", "classification_" + where, spec["marking"], CLASS_ITEMS))
    else:
        p.add_run(spec["marking"])


def set_header_footer(doc, spec, ids):
    sec = doc.sections[0]
    marking = spec.get("marking")
    hdr = sec.header
    hp = hdr.paragraphs[0]
    if marking:
        hp.style = "TRDC Classification"
        _marking(hp, spec, ids, "header")
        h2 = hdr.add_paragraph()
    else:
        h2 = hp
    h2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = h2.add_run(spec.get("header_text", "Te Rerenga District Council  |  Community Safety Partnership"))
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    ftr = sec.footer
    fp = ftr.paragraphs[0]
    if marking:
        fp.style = "TRDC Classification"
        _marking(fp, spec, ids, "footer")
        f2 = ftr.add_paragraph()
    else:
        f2 = fp
    f2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = f2.add_run(spec.get("footer_text", "") + "  |  Page ")
    r.font.size = Pt(8)
    add_field_paragraph_runs(f2, "PAGE", "1")
    r2 = f2.add_run(" of ")
    r2.font.size = Pt(8)
    add_field_paragraph_runs(f2, "NUMPAGES", "8")


def build_cover(doc, spec, ids):
    doc.add_paragraph("TE RERENGA", style="TRDC Logo")
    p = doc.add_paragraph("DISTRICT COUNCIL", style="TRDC Logo")
    p.runs[0].font.size = Pt(16)
    p = doc.add_paragraph("Te Kaunihera ā-Rohe o Te Rerenga", style="TRDC Body Text")
    p.runs[0].italic = True
    p.runs[0].font.color.rgb = RGBColor(0x00, 0x59, 0x4F)
    doc.add_paragraph(spec.get("cover_title", "Information Sharing Protocol"), style="TRDC Cover Title")
    doc.add_paragraph(spec["meeting"], style="TRDC Cover Subtitle")
    p = doc.add_paragraph(spec.get("partnership", "Te Rerenga Community Safety Partnership | Te Rōpū Haumaru Hapori o Te Rerenga"),
                          style="TRDC Body Text")
    p.runs[0].bold = True
    doc.add_paragraph("Document control", style="TRDC Body Text").runs[0].bold = True
    rows = [[k, v] for (k, v) in spec["control"]]
    t = add_table(doc, ["Item", "Detail"], rows, [5.0, 11.0], ids, first_col_shade=True)
    if spec.get("history"):
        doc.add_paragraph("")
        doc.add_paragraph("Version history", style="TRDC Body Text").runs[0].bold = True
        add_table(doc, ["Version", "Date", "Prepared by", "Summary of change"], spec["history"],
                  [1.8, 2.6, 4.2, 7.4], ids)
    doc.add_paragraph(spec.get("cover_note", "Printed copies of this document are uncontrolled. The current version is held in the Council's records system under the record number above."),
                      style="TRDC Note")
    doc.add_page_break()


def build_body(doc, blocks, ids):
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            doc.add_paragraph(b[1], style="TRDC Heading 1")
        elif kind == "h2":
            doc.add_paragraph(b[1], style="TRDC Heading 2")
        elif kind == "h3":
            doc.add_paragraph(b[1], style="TRDC Heading 3")
        elif kind == "sched":
            doc.add_paragraph(b[1], style="TRDC Schedule Heading")
        elif kind == "p":
            p = doc.add_paragraph(style="TRDC Body Text")
            fill_paragraph(p, b[1], ids)
        elif kind == "note":
            p = doc.add_paragraph(style="TRDC Note")
            fill_paragraph(p, b[1], ids)
        elif kind == "bul":
            for item in b[1]:
                p = doc.add_paragraph(style="TRDC Bullet")
                fill_paragraph(p, item, ids)
        elif kind == "table":
            _, header, rows, widths = b[:4]
            opts = b[4] if len(b) > 4 else {}
            add_table(doc, header, rows, widths, ids, merges=opts.get("merges", ()),
                      first_col_shade=opts.get("first_col_shade", False))
            doc.add_paragraph("", style="TRDC Body Text")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)


def build(spec, outdir):
    ids = Ids()
    doc = Document()
    install_template(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.header_distance = sec.footer_distance = Cm(1.1)
    # python-docx starts with one empty paragraph: reuse nothing, remove it
    body = doc.element.body
    for p in list(body.findall(qn("w:p"))):
        body.remove(p)

    set_header_footer(doc, spec, ids)
    build_cover(doc, spec, ids)
    toc_entries = heading_numbers(spec.get("toc_blocks") or spec["blocks"])
    build_toc(doc, toc_entries)
    doc.add_page_break()
    build_body(doc, spec["blocks"], ids)

    if spec.get("track_settings"):
        settings = doc.settings.element
        settings.insert(2, parse_xml('<w:trackRevisions %s/>' % nsdecls("w")))

    cp = doc.core_properties
    core = spec["core"]
    cp.author = core.get("author", "Community Safety Partnership Secretariat")
    cp.last_modified_by = core.get("last_modified_by", "Rawiri Whaanga")
    cp.title = spec.get("cover_title", "Information Sharing Protocol") + " – " + spec["meeting"]
    cp.subject = "Multi-agency meeting information sharing protocol"
    cp.category = "Community Safety Partnership"
    cp.keywords = core.get("keywords", "information sharing; protocol; community safety")
    cp.comments = ""
    cp.created = core["created"]
    cp.modified = core["modified"]
    cp.last_printed = core["modified"]
    cp.revision = core.get("revision", 7)
    cp.identifier = ""
    cp.language = "en-NZ"
    cp.content_status = core.get("status", "Final")
    path = os.path.join(outdir, spec["file"])
    doc.save(path)
    return path


def normalise_zip(path):
    """Rewrite the package with fixed zip timestamps so rebuilds are byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ==========================================================================
# CONTENT: the protocols of the Te Rerenga Community Safety Partnership
# ==========================================================================

TRUTH_META = {
    "style": ("District council community safety partnership secretariat: corporate Word template with cover "
              "page (council logo text, document-control table with TRIM number), Word TOC field, council-speak "
              "headings on custom 'TRDC Heading 1/2/3' styles numbered by a multilevel list (number not in the "
              "text), shaded-header tables, a purposes-and-authorities matrix with vertically merged authority "
              "cells, and an endorsement table 'Organisation | Endorsed by (name and title) | Signature | Date'."),
}

SIG_HEAD = ["Organisation", "Endorsed by (name and title)", "Signature", "Date"]
SIG_W = [4.6, 6.0, 3.0, 2.6]
MATRIX_HEAD = ["Ref", "Purpose of sharing", "Legal authority relied on", "What the representative must be satisfied of"]
MATRIX_W = [1.1, 5.0, 4.4, 5.9]

FVA = "Family Violence Act 2018, sections 20 and 21"
OTA = "Oranga Tamariki Act 1989, section 66C"
SERIOUS = "Privacy Act 2020, IPP 11(1)(f)\nHealth Information Privacy Code 2020, rule 11(2)(d)"
CONSENT = "Privacy Act 2020, IPP 11(1)(c)\nHealth Information Privacy Code 2020, rule 11(1)(b)"


def sig_rows(rows):
    out = []
    for org, name, title, sig, date in rows:
        who = name if title is None else "%s\n%s" % (name, title)
        out.append([org, who, sig, date])
    return out


def core(created, modified, revision=9, status="Final", last="Rawiri Whaanga"):
    return {"created": created, "modified": modified, "revision": revision, "status": status,
            "last_modified_by": last}


def drop_section(blocks, heading):
    """Remove a heading and everything under it up to the next heading of the same or higher level."""
    out, skipping, level = [], False, None
    order = {"h1": 1, "h2": 2, "h3": 3, "sched": 1}
    for b in blocks:
        if b[0] in order and skipping and order[b[0]] <= level:
            skipping = False
        if b[0] in order and b[1] == heading:
            skipping, level = True, order[b[0]]
            continue
        if not skipping:
            out.append(b)
    assert len(out) < len(blocks), heading
    return out


def replace_block(blocks, match, new):
    """Replace the first block whose text contains `match`; `new` may be a block or a list of blocks (or None)."""
    out, done = [], False
    for b in blocks:
        text = b[1] if len(b) > 1 and isinstance(b[1], str) else ""
        if not done and match in text:
            done = True
            if new is None:
                continue
            out.extend(new if isinstance(new, list) else [new])
        else:
            out.append(b)
    assert done, match
    return out


# ==========================================================================
# A  Te Rerenga Family Harm Safety Table  (lead: New Zealand Police, SENSITIVE)
# ==========================================================================
def family_harm(defect=None):
    body_class = "SENSITIVE"
    marking = "IN-CONFIDENCE" if defect == "isp404" else "SENSITIVE"
    members = [
        ("New Zealand Police (lead agency)", "Convenes and chairs triage and case hui; provides family harm episode reports",
         "Family Harm Coordinator; Family Harm Prevention Officers"),
        ("Oranga Tamariki", "Safety and wellbeing of tamariki in the household", "Supervisor, Rerenga site"),
        ("Health New Zealand | Te Whatu Ora", "Health, mental health and addiction services",
         "Family Violence Intervention Coordinator"),
        ("Ara Poutama Aotearoa | Department of Corrections", "People on a sentence, order or release conditions",
         "Senior Probation Officer"),
        ("Ministry of Social Development", "Income, hardship and housing support", "Integrated Services Case Manager"),
        ("Rerenga Women's Refuge", "Specialist advocacy and safety planning for victims", "Senior Advocate"),
        ("Te Whare Ahuru Trust", "Kaupapa Māori whānau ora and stopping-violence services", "Kaitoko Whānau"),
        ("Te Rerenga District Council", "Partnership secretariat; council services linked to safety",
         "Community Safety Partnership Advisor"),
    ]
    sigs = [
        ("New Zealand Police", "Inspector Mere Tawhai", "Area Commander, Te Rerenga Area", "", "18/02/2026"),
        ("Oranga Tamariki", "Raniera Pōhatu", "Site Manager, Oranga Tamariki Rerenga", "", "12/02/2026"),
        ("Health New Zealand | Te Whatu Ora", "Dr Sarah Lindqvist", "Group Manager Mental Health and Addictions, Te Rerenga district", "", "10/02/2026"),
        ("Ara Poutama Aotearoa | Department of Corrections", "Mark Tūhoe", "District Manager, Community Corrections Te Rerenga", "", "09/02/2026"),
        ("Ministry of Social Development", "Losa Faleolo", "Regional Commissioner, Rerenga and Coast", "", "11/02/2026"),
        ("Rerenga Women's Refuge", "Jo Meredith", "Chief Executive", "", "05/02/2026"),
        ("Te Whare Ahuru Trust", "Tama Rāwiri", "Pou Whakahaere (General Manager)", "", "04/02/2026"),
        ("Te Rerenga District Council", "Helen Parata", "General Manager Community Services", "", "16/02/2026"),
    ]
    if defect == "isp703":
        sigs = [s for s in sigs if s[0] != "Te Whare Ahuru Trust"]

    purposes = [
        ("P1", "To assess the level of risk to victims, tamariki and other whānau members after a family harm episode is reported to Police."),
        ("P2", "To agree a safety plan for each whānau and which member will lead the response."),
        ("P3", "To coordinate support for the person using violence so that the violence stops."),
        ("P4", "To identify and respond to risks to the safety and wellbeing of tamariki living in or visiting the household."),
        ("P5", "To prevent or lessen a serious threat to a person's life or health where a disclosure is not covered by P1 to P4."),
    ]
    matrix = [
        ["P1", purposes[0][1], FVA,
         "The member is a family violence agency or social services practitioner under the Act; the disclosure is for a purpose in section 20 (for example, to make or contribute to a family violence risk or needs assessment, or to help ensure a victim is protected); and the representative has considered the principles in sections 21 and 22 before sharing."],
        ["P2", purposes[1][1], None, None],
        ["P3", purposes[2][1], None, None],
        ["P4", purposes[3][1], OTA,
         "The member is a child welfare and protection agency (or an independent person) and the disclosure is to prevent or reduce the risk of harm to a child or young person, or to assess or meet their wellbeing needs; the wellbeing and best interests of the child are the first consideration."],
        ["P5", purposes[4][1], SERIOUS,
         "The representative believes on reasonable grounds that the disclosure is necessary to prevent or lessen a serious threat to the life or health of the person or another person (for health information, that it is also not desirable or practicable to get the person's authorisation)."],
    ]

    class_para = ("Information shared at, before and after the Safety Table, including triage lists, case summaries "
                  "and the action log, is classified **%s**." % body_class)

    blocks = [
        ("h1", "Introduction"),
        ("p", "The Te Rerenga Family Harm Safety Table (the Safety Table) is one of the working groups of the Te Rerenga Community Safety Partnership. Every family harm episode reported to Police in the Te Rerenga area is brought to the Safety Table so that member organisations can agree, together, how to keep the people involved safe."),
        ("p", "This protocol records why members share personal information at the Safety Table, what they share, the law each member relies on, and how the information is used, protected, kept and disposed of. It replaces version 2.0 (May 2024)."),
        ("p", "This protocol does not itself authorise the sharing of any information and it does not change the law. Every disclosure at the Safety Table must be permitted by legislation. The authority relied on for each purpose is recorded in the matrix at 4.3. A representative who is unsure whether a particular disclosure is permitted should pause and check with their own privacy or legal team before sharing."),
        ("h1", "Partnership membership"),
        ("p", "New Zealand Police is the lead agency for the Safety Table. Police convenes the daily triage and the weekly case hui, chairs both, and is responsible for developing and implementing this protocol. The Council's Community Safety Partnership Secretariat supports Police with administration."),
        ("p", "The member organisations below attend the Safety Table and are signatories to this protocol (see section 8)."),
        ("table", ["Member organisation", "Role at the Safety Table", "Attending representative(s)"],
         [list(m) for m in members], [5.2, 6.2, 4.8], {"first_col_shade": True}),
        ("p", "An organisation that is not listed above does not attend the Safety Table. Before a new organisation joins, this protocol is amended and the new member endorses it."),
        ("h1", "Kaupapa of the partnership meeting"),
        ("p", "The kaupapa of the Safety Table is that victims, tamariki and whānau in Te Rerenga are safe from family harm. The Safety Table reviews each family harm episode reported to Police, assesses the risk, and agrees a coordinated response so that each member knows what it will do and by when."),
        ("p", "The Safety Table meets each weekday at 9.00am for triage (in person at Rerenga Police Station, with an option to join online) and each Thursday for a case hui on whānau assessed as high risk or with repeat episodes."),
        ("bul", ["Whānau get the right support from the right service, without having to repeat their story to each agency.",
                 "People using violence are held to account and offered help to change.",
                 "Tamariki are seen and their needs are considered in every plan."]),
        ("h1", "Information sharing"),
        ("h2", "Purposes of sharing"),
        ("p", "Members share personal information at the Safety Table only for the following purposes:"),
        ("table", ["Ref", "Purpose of sharing"], [list(p) for p in purposes], [1.4, 14.8]),
        ("h2", "Information members may share"),
        ("p", "Members share only the information that is relevant to the purposes above and that is needed for the discussion of the whānau in front of the Safety Table. The table shows the information members usually bring."),
        ("table", ["Information", "Usually held by", "When it is shared"], [
            ["Names, dates of birth, addresses and relationships of the people involved", "New Zealand Police; all members check their own records", "Triage"],
            ["Details of the family harm episode, history of episodes, protection orders, bail conditions", "New Zealand Police", "Triage and case hui"],
            ["Current involvement with tamariki, reports of concern and safety plans", "Oranga Tamariki", "Where tamariki live in or visit the household"],
            ["Relevant health, mental health and addiction information (only what is needed to assess risk or plan support)", "Health New Zealand | Te Whatu Ora", "Case hui"],
            ["Sentence, order, release and parole conditions", "Ara Poutama Aotearoa | Department of Corrections", "Triage and case hui"],
            ["Benefit, hardship and emergency housing status", "Ministry of Social Development", "Case hui"],
            ["Victim's views, safety plan and advocate's risk assessment", "Rerenga Women's Refuge", "Triage and case hui"],
            ["Engagement with whānau ora and stopping-violence programmes", "Te Whare Ahuru Trust", "Case hui"],
            ["Council tenancy, animal management or noise complaints at the address", "Te Rerenga District Council", "Case hui, where relevant to safety"],
        ], [7.4, 5.2, 3.6]),
        ("h2", "Legal authority for sharing"),
        ("p", "The matrix below records the legal authority relied on for each purpose of sharing. Where one authority applies to several purposes, the authority cell spans those purposes."),
        ("table", MATRIX_HEAD, matrix, MATRIX_W, {"merges": [(0, 2, 2, 2), (0, 3, 2, 3)]}),
        ("p", "Listing an authority against a purpose does not mean that every disclosure for that purpose is permitted. Each representative must be satisfied that the criteria are met for the particular disclosure they are about to make."),
        ("h2", "Use of shared information"),
        ("p", "Information shared at the Safety Table is used only for the purpose it was shared for, and only as far as the legal authority for that purpose allows."),
        ("p", "Members do not copy Safety Table information into their own case management systems unless they need it to carry out an action agreed at the meeting. When a member does record it, the record notes where the information came from, the legal authority it was shared under, the purpose it was shared for, any limits on its use, and the date it was shared."),
        ("p", "Members must not collect or keep information about a person on the chance that it might become relevant later. Any other use of Safety Table information is a secondary use that needs its own purpose and legal authority, and the representative checks with their privacy or legal team first."),
        ("h2", "Transparency and notification"),
        ("bul", [
            "Each member's privacy statement explains that it takes part in multi-agency family harm meetings and may share information there.",
            "The member leading the response tells the victim, and where safe the person using violence, that their situation was discussed at the Safety Table and what the Safety Table agreed, unless telling them would increase the risk to the victim or tamariki or prejudice an investigation. The reason for not telling a person is recorded in the action log.",
            "Where the Family Violence Act 2018 requires a member to consider consulting the victim before sharing, the member does so and records the outcome.",
            "People can ask any member for access to, or correction of, the information that member holds about them."]),
        ("h2", "How information is shared"),
        ("bul", [
            "Police circulates the triage list to member representatives by 8.00am each weekday by secure email (SEEMail or enforced TLS) as a password-protected attachment.",
            "Members share information verbally at triage and at the case hui. Members do not table documents.",
            "The Council secretariat records agreed actions in the action log, which is held on the Safety Table's restricted Microsoft Teams channel. Only named representatives have access.",
            "Follow-up information between members after the meeting is sent by secure email with any attachment password protected."]),
        ("h1", "Information handling"),
        ("h2", "Security classification"),
        ("p", class_para),
        ("p", "Members handle it in line with the Protective Security Requirements for that classification. Non-government members have confirmed that they can receive and handle information at this classification."),
        ("h2", "Minimum security controls"),
        ("p", "Each member agrees to the following controls."),
        ("h3", "Before the meeting"),
        ("bul", [
            "Every representative has completed their own organisation's privacy and information security training before attending, including training for the Teams channel.",
            "Information is shared only from devices that are issued or approved by the representative's own organisation. Personal phones and home computers are not used.",
            "Email attachments containing personal information are password protected, with the password sent by a separate message."]),
        ("h3", "During the meeting"),
        ("bul", [
            "When the meeting is held online, no one puts personal information in the chat, records the meeting or takes screenshots or photographs of shared screens.",
            "Representatives joining from home make sure they cannot be overheard.",
            "Hard copies are not passed to other members' representatives."]),
        ("h3", "After the meeting"),
        ("bul", [
            "Any hard copy notes made at the meeting are securely destroyed (cross-shredded or placed in a locked secure-destruction bin) at the end of the meeting.",
            "Emails holding Safety Table information are deleted once the information has been transferred to the member's approved system, or within ten working days if it is not needed."]),
        ("h2", "Tikanga Māori and Māori data"),
        ("p", "Many of the whānau discussed at the Safety Table are Māori. Information about them is taonga and is handled with care and respect for the mana of the whānau."),
        ("bul", [
            "Te Whare Ahuru Trust advises the Safety Table on tikanga and on how whānau would want their information treated, and may raise a concern about any proposed sharing at any time.",
            "Whakapapa and whānau relationships are shared only to the extent needed to understand who is at risk and who can support safety.",
            "Where a whānau has asked that a kaumātua or a trusted person be involved, the member leading the response discusses this with the Safety Table.",
            "The Safety Table meets with Te Whare Ahuru Trust and the partnership's iwi liaison once a year to check that the way it uses Māori data remains appropriate."]),
        ("h2", "Retention and disposal"),
        ("p", "Members keep Safety Table information only when they need it to carry out an action agreed at the meeting, such as a risk assessment, a safety plan or a referral. It is kept in the member's approved business system and disposed of under that member's retention and disposal schedule."),
        ("p", "The triage list is deleted by each representative at the end of the day it is received. Police keeps the Safety Table action log and minutes in its approved system; the Council secretariat does not keep personal information after the log has been handed over each Friday."),
        ("h2", "Privacy and security breaches"),
        ("p", "If a representative becomes aware of a privacy or security breach involving Safety Table information (for example, an email sent to the wrong person or a lost notebook), they tell their own privacy officer and the Safety Table breach contact as soon as possible and in any case within 24 hours."),
        ("table", ["Breach contact", "Organisation", "Email", "Phone"], [
            ["Senior Sergeant Hemi Walker, Family Harm Coordinator", "New Zealand Police", "familyharm.tererenga@police.govt.nz", "06 349 2100"]],
            [5.2, 3.8, 5.0, 2.2]),
        ("p", "The breach contact coordinates the response with the members whose information is involved: containing the breach, deciding with them who will tell the affected people and what they will be told, and whether the breach is notifiable to the Privacy Commissioner. The member that holds the information remains responsible for notifying the Commissioner where required."),
        ("h1", "Conflicts of interest"),
        ("p", "A representative who knows, or is related to, a person being discussed tells the chair as soon as they become aware of it. The representative leaves the discussion of that whānau, and their organisation arranges for another staff member to respond to any request for information. The chair records the conflict and how it was managed in the action log."),
        ("h1", "Assurance and review"),
        ("h2", "Relationship management and oversight"),
        ("p", "Each member nominates a relationship manager who understands the Safety Table's kaupapa, membership and the information shared. Relationship managers support their representative with information sharing questions and check in with them regularly to make sure the protocol is working as intended."),
        ("table", ["Organisation", "Relationship manager (role)"], [
            ["New Zealand Police", "Family Harm Manager, Te Rerenga Area"],
            ["Oranga Tamariki", "Practice Leader, Rerenga site"],
            ["Health New Zealand | Te Whatu Ora", "Family Violence and Sexual Violence Lead"],
            ["Ara Poutama Aotearoa | Department of Corrections", "Service Manager, Community Corrections"],
            ["Ministry of Social Development", "Service Centre Manager, Rerenga"],
            ["Rerenga Women's Refuge", "Services Manager"],
            ["Te Whare Ahuru Trust", "Kaiārahi Ratonga (Services Lead)"],
            ["Te Rerenga District Council", "Community Safety Team Leader"]], [7.0, 9.2]),
        ("p", "Relationship managers meet twice a year, and the Family Harm Governance Group receives a short report on the operation of this protocol each year."),
        ("h2", "Review of this protocol"),
        ("p", "This protocol is reviewed every twelve (12) months from the date of the last endorsement. New Zealand Police, as lead agency, is responsible for initiating the review; the partnership secretariat arranges the review hui. The next review is due by **18 February 2027**."),
        ("p", "Any member may ask Police for an earlier review if an issue with the sharing of information arises. Amendments are endorsed by all members and a copy of the updated protocol is sent to each member."),
        ("h1", "Endorsement"),
        ("p", "By endorsing this protocol each member organisation confirms that it has read and agrees to the protocol, that the signatory has had advice from their organisation's privacy or legal adviser, and that its representatives will be made aware of the protocol before they attend the Safety Table."),
        ("table", SIG_HEAD, sig_rows(sigs), SIG_W, {"first_col_shade": True}),
    ]
    spec = {
        "meeting": "Te Rerenga Family Harm Safety Table",
        "marking": marking,
        "footer_text": "TRIM CSP/26/0041  |  Version 3.0",
        "control": [
            ("Document title", "Information Sharing Protocol: Te Rerenga Family Harm Safety Table"),
            ("Version", "3.0 (final)"),
            ("Document owner", "Community Safety Partnership Secretariat, Te Rerenga District Council"),
            ("Approver", "Te Rerenga Family Harm Governance Group (member organisations, see section 8)"),
            ("TRIM record number", "CSP/26/0041"),
            ("Date of approval", "18 February 2026"),
            ("Next review due", "18 February 2027"),
        ],
        "history": [
            ["1.0", "14/03/2022", "Partnership Secretariat", "First protocol for the Safety Table."],
            ["2.0", "02/05/2024", "Partnership Secretariat", "Health New Zealand replaces the district health board; action log moved to Teams."],
            ["3.0", "18/02/2026", "Partnership Secretariat", "Annual review. Corrections and Te Whare Ahuru Trust join; matrix of purposes and authorities added."],
        ],
        "blocks": blocks,
        "core": core(dt.datetime(2025, 11, 3, 9, 12), dt.datetime(2026, 2, 18, 15, 40)),
    }
    return spec


# ==========================================================================
# B  Rangatahi Ora Partnership Panel  (lead: Oranga Tamariki)
# ==========================================================================
def rangatahi(defect=None):
    purposes = [
        ("P1", "To identify rangatahi aged 10 to 17 whose safety or wellbeing is at risk and who may be drifting towards offending."),
        ("P2", "To agree a single coordinated plan of support for each rangatahi and their whānau, and which member leads it."),
        ("P3", "To prevent or reduce offending and reoffending by rangatahi referred to the Panel."),
        ("P4", "To connect rangatahi and their whānau with education, training, health and community services they have agreed to."),
    ]
    matrix = [
        ["P1", purposes[0][1], OTA,
         "The member is a child welfare and protection agency or an independent person under the Act, and the disclosure is to prevent or reduce the risk of harm or offending, or to assess or meet the wellbeing needs of the rangatahi. The representative has considered whether to consult the rangatahi and their whānau first."],
        ["P2", purposes[1][1], None, None],
        ["P3", purposes[2][1], None, None],
        ["P4", purposes[3][1], CONSENT,
         "The rangatahi (and, where appropriate, their parent or caregiver) has agreed to the referral and understands what will be shared and with whom."],
    ]
    if defect == "isp301":
        purposes.append(("P5", "To identify rangatahi for council-funded holiday programmes, sports grants and youth events."))
        matrix.append(["P5", purposes[4][1], "", ""])

    intro_authority = ("This protocol does not, by itself, authorise any member to share information. It records the legal authority each member relies on for each purpose (see 4.3); members remain responsible for checking that the criteria of that authority are met before they share.")
    if defect == "isp305":
        intro_authority = ("This protocol provides the authority for member organisations to share personal information about rangatahi and their whānau at the Panel. Members should still take care to share only what is relevant to the Panel's kaupapa.")

    sigs = [
        ("Oranga Tamariki", "Raniera Pōhatu", "Site Manager, Oranga Tamariki Rerenga", "Signed", "2 September 2025"),
        ("New Zealand Police", "Senior Sergeant Ana Whitcombe", "Youth Services Manager, Te Rerenga Area", "Signed", "27 August 2025"),
        ("Ministry of Education", "Priya Nand", "Director of Education, Te Tai Whenua region", "Signed", "21 August 2025"),
        ("Health New Zealand | Te Whatu Ora", "Michael Orsborn", "Service Manager, Infant, Child and Adolescent Mental Health", "Signed", "25 August 2025"),
        ("Te Rerenga District Council", "Helen Parata", "General Manager Community Services", "Signed", "19 August 2025"),
        ("Te Rūnanga o Ngāti Rerenga Social Services", "Huia Te Rangi", "Kaiwhakahaere Matua (Chief Executive)", "Signed", "29 August 2025"),
        ("Rerenga Youth Trust", "Daniel Fa'amausili", "Trust Manager", "Signed", "20 August 2025"),
    ]

    blocks = [
        ("h1", "About this protocol"),
        ("p", "The Rangatahi Ora Partnership Panel (the Panel) brings together the organisations in the Te Rerenga Community Safety Partnership that work with young people. It was set up in 2023 after the partnership's youth safety workshop identified that rangatahi were being referred between services without anyone holding the whole picture."),
        ("p", intro_authority),
        ("h1", "Partnership membership"),
        ("table", ["Member organisation", "Contribution to the Panel"], [
            ["Oranga Tamariki (lead agency)", "Chairs the Panel; care and protection and youth justice information"],
            ["New Zealand Police", "Youth Aid and youth offending information"],
            ["Ministry of Education", "Enrolment, attendance and learning support information"],
            ["Health New Zealand | Te Whatu Ora", "Youth mental health and addiction, school-based health services"],
            ["Te Rerenga District Council", "Youth development programmes; partnership secretariat"],
            ["Te Rūnanga o Ngāti Rerenga Social Services", "Iwi social services and kaupapa Māori youth mentoring"],
            ["Rerenga Youth Trust", "Youth workers and alternative education"]], [6.2, 10.0], {"first_col_shade": True}),
        ("p", "Oranga Tamariki is the lead agency. It sets up the Panel, provides the chair and is responsible for developing and implementing this protocol. Each member organisation listed above attends the Panel and is a signatory to this protocol."),
        ("h1", "Kaupapa of the Panel"),
        ("p", "The Panel meets fortnightly to make sure that rangatahi who are at risk, and their whānau, get joined-up support early, before harm or offending escalates. Rangatahi are referred by any member, usually after a Police youth aid contact, a school stand-down or a report of concern."),
        ("p", "The Panel works from the strengths of the rangatahi and their whānau, and rangatahi and whānau voice is brought to the Panel by the member who knows them best."),
        ("h1", "Sharing information at the Panel"),
        ("h2", "Why members share information"),
        ("p", "Members share information about rangatahi and their whānau for these purposes only:"),
        ("bul", ["**%s** %s" % p for p in purposes]),
        ("h2", "What members may share"),
        ("bul", [
            "Identity and contact details of the rangatahi, their parents or caregivers and siblings.",
            "Oranga Tamariki involvement, current plans and youth justice status.",
            "Police youth aid contacts, alternative action plans and relevant offending.",
            "School enrolment, attendance, stand-downs, suspensions and learning support.",
            "Relevant mental health, alcohol and drug information, limited to what is needed for the plan.",
            "Involvement with iwi, youth work and community services.",
            "The views and goals of the rangatahi and their whānau."]),
        ("p", "Members share the minimum needed for the purpose, and check that what they share is accurate and current. Information about other people (for example, a sibling's health) is shared only where it is directly relevant to the safety of the rangatahi being discussed."),
        ("h2", "Legal basis for sharing"),
        ("p", "Each purpose relies on the authority shown against it in the matrix below. The Oranga Tamariki Act 1989 authority spans purposes P1 to P3."),
        ("table", MATRIX_HEAD, matrix, MATRIX_W, {"merges": [(0, 2, 2, 2), (0, 3, 2, 3)]}),
        ("h2", "How shared information is used"),
        ("p", "Information shared at the Panel is used only to carry out the purposes above, in line with the legal authority for each purpose. Members do not add Panel information to their own records except where they need it to carry out a task in the rangatahi's plan; in that case the record shows the source, the authority, the purpose, any restrictions and the date shared."),
        ("p", "Using Panel information for another purpose, such as a prosecution decision or an unrelated service, needs a separate assessment of purpose and legal authority with the member's privacy or legal team."),
        ("h2", "Transparency with rangatahi and whānau"),
        ("p", "Before a rangatahi is referred to the Panel, the referring member explains to the rangatahi and their whānau what the Panel is, who attends and what will be shared, and gives them the Panel's information sheet. Their views are recorded on the referral."),
        ("p", "If telling the rangatahi or whānau would put the rangatahi at risk of harm, the referring member records the reason on the referral and the Panel chair reviews that decision at the next meeting. Each member's privacy statement refers to its participation in multi-agency youth panels."),
        ("h2", "Method of sharing"),
        ("p", "Referrals are sent to the Oranga Tamariki Panel coordinator on the Panel referral form by secure email, with the form as a password-protected attachment. The coordinator circulates the agenda (names of rangatahi and reason for referral only) to members two working days before the Panel. Members share information verbally at the Panel, which meets in person at the Council's Youth Space with an online option. Agreed actions are recorded by the coordinator in the Oranga Tamariki case management system."),
        ("h1", "Information handling"),
        ("h2", "Security classification"),
        ("p", "Classification of information shared at the Panel: **IN-CONFIDENCE**."),
        ("h2", "Security controls"),
        ("table", ["Control", "What members agree to do"], [
            ["Training", "All representatives have completed privacy and information security training provided by their organisation before attending the Panel."],
            ["Devices", "Panel information is only accessed and shared on devices approved by the representative's own organisation."],
            ["Email attachments", "All email attachments containing personal information are password protected."],
            ["Online meetings", "When joining online, representatives do not use the chat function for personal information, do not record the meeting and do not take screenshots."],
            ["Hard copies", "Representatives do not bring printed case material. If printing cannot be avoided, hard copies are kept secure during the meeting, are not handed to other members' representatives, and are securely destroyed at the end of the meeting."]],
            [3.6, 12.6], {"first_col_shade": True}),
        ("h2", "Tikanga considerations"),
        ("p", "Te Rūnanga o Ngāti Rerenga Social Services is a member of the Panel and guides its practice on tikanga. The Panel opens and closes with karakia. Rangatahi are referred to by their preferred names, and whakapapa connections are shared only where whānau have agreed or where they are needed to identify safe whānau support."),
        ("p", "Information about Māori rangatahi and whānau is treated as a taonga. Any proposal to use Panel information for reporting or analysis beyond the Panel (for example, to report on outcomes for Māori rangatahi) is discussed with Te Rūnanga o Ngāti Rerenga Social Services before it proceeds."),
        ("h2", "Keeping and disposing of information"),
        ("p", "Members keep Panel information only while they need it to carry out a purpose of the Panel, and only in their organisation's approved business system. Emails and attachments are deleted once the information is saved there. Oranga Tamariki keeps the Panel's agendas and action records under its disposal authority; other members dispose of Panel information under their own retention and disposal schedules."),
        ("h2", "Privacy and security breaches"),
        ("p", "Any actual or suspected breach involving Panel information is reported straight away to the member's own privacy officer and to the Panel breach contact: the Panel Coordinator, Oranga Tamariki Rerenga, rangatahi.panel@ot.govt.nz, 06 348 7720."),
        ("p", "The Panel Coordinator works with the affected members to contain the breach, agree who will tell the rangatahi and whānau affected, and decide whether the breach must be notified to the Privacy Commissioner."),
        ("h1", "Declaring and managing conflicts of interest"),
        ("p", "Representatives declare any personal connection with a rangatahi or whānau on the agenda at the start of the Panel. A representative with a conflict leaves the room for that discussion, and a colleague from their organisation responds to any request for information. Declarations are minuted."),
        ("h1", "Assurance and review"),
        ("h2", "Relationship managers and oversight"),
        ("p", "Each member names a relationship manager (usually the representative's manager). Relationship managers keep an overview of how the Panel's information sharing is working, help their representative with any questions, and raise concerns with the chair. The partnership's Youth Governance Group receives a report on the Panel each year."),
        ("h2", "Review of this protocol"),
        ("p", "This protocol will be reviewed at least every 24 months. Oranga Tamariki, as lead agency, initiates the review and will start it no later than **2 September 2027**. A member may ask for an earlier review at any time if there is a problem with the sharing of information."),
        ("h1", "Endorsement"),
        ("p", "The following people have endorsed this protocol on behalf of their organisation after taking advice from a senior privacy, legal or information adviser."),
        ("table", SIG_HEAD, sig_rows(sigs), SIG_W, {"first_col_shade": True}),
    ]
    return {
        "meeting": "Rangatahi Ora Partnership Panel",
        "marking": "IN-CONFIDENCE",
        "footer_text": "TRIM CSP/25/0213  |  Version 2.0",
        "control": [
            ("Document title", "Rangatahi Ora Partnership Panel – Information Sharing Protocol"),
            ("Version", "2.0"),
            ("Owner", "Oranga Tamariki Rerenga (lead agency), with the Community Safety Partnership Secretariat"),
            ("Approver", "Member organisations of the Panel"),
            ("TRIM/record number", "CSP/25/0213"),
            ("Effective date", "2 September 2025"),
        ],
        "history": [
            ["1.0", "11 July 2023", "Partnership Secretariat", "First version."],
            ["2.0", "2 September 2025", "Partnership Secretariat / Oranga Tamariki", "Two-yearly review; Rerenga Youth Trust added; matrix updated."],
        ],
        "blocks": blocks,
        "core": core(dt.datetime(2025, 6, 20, 10, 5), dt.datetime(2025, 9, 2, 16, 22), revision=14),
    }


# ==========================================================================
# C  Kaumātua and Older People Safety Network  (lead: Age Concern Te Rerenga)
# ==========================================================================
def older_people(defect=None):
    purposes = [
        ("P1", "To assess the risk of elder abuse or neglect to an older person referred to the Network."),
        ("P2", "To agree a coordinated safety and support plan that respects the older person's own wishes."),
        ("P3", "To act where an older person faces a serious threat to their life or health and cannot give, or is prevented from giving, their agreement."),
        ("P4", "To connect an older person with the services they have agreed to receive."),
    ]
    matrix = [
        ["P1", purposes[0][1], FVA,
         "Elder abuse by a family member or a person in a close personal relationship is family violence under the Act. The member is a family violence agency or social services practitioner and the disclosure is for a family violence purpose; the representative has considered the older person's views where it is safe to ask."],
        ["P2", purposes[1][1], None, None],
        ["P3", purposes[2][1], SERIOUS,
         "The representative believes on reasonable grounds that the disclosure is necessary to prevent or lessen a serious threat to the life or health of the older person or another person, and that it is not practicable to get the person's authorisation."],
        ["P4", purposes[3][1], CONSENT,
         "The older person (or their attorney under an activated enduring power of attorney) has agreed to the referral."],
    ]
    sigs = [
        ("Age Concern Te Rerenga", "Bronwyn Hale", "Manager", "", "11 June 2026"),
        ("New Zealand Police", "Inspector Mere Tawhai", "Area Commander, Te Rerenga Area", "", "3 June 2026"),
        ("Health New Zealand | Te Whatu Ora", "Katarina Moana", "Operations Manager, Older Adults and Home Health", "", "5 June 2026"),
        ("Ministry of Social Development", "Grant Lowe", "Regional Director Service Delivery", "", "8 June 2026"),
        ("Te Rerenga District Council", "Helen Parata", "General Manager Community Services", "", "2 June 2026"),
        ("Te Hauora o Ngāti Rerenga", "Wiremu Hēnare", "Tumu Whakarae (Chief Executive)", "", "9 June 2026"),
    ]
    if defect == "isp702":
        sigs[3] = ("Ministry of Social Development", "Grant Lowe", None, "", "8 June 2026")

    breach = [
        ("p", "A member who becomes aware of a privacy or security breach involving Network information notifies the breach contact named in Schedule 1 – Key contacts straight away, and their own privacy officer."),
        ("p", "The breach contact convenes the members concerned within one working day to contain the breach, agree how and by whom the older person and any other affected person will be told, and decide whether the breach is notifiable. The member that holds the information notifies the Privacy Commissioner if the breach is likely to cause serious harm."),
    ]
    schedule_rows = [
        ["Breach contact", "Network Coordinator", "Age Concern Te Rerenga", "safety.network@agecon-tererenga.org.nz\n06 347 1185"],
        ["Relationship manager", "Manager", "Age Concern Te Rerenga", "manager@agecon-tererenga.org.nz"],
        ["Relationship manager", "Prevention Manager", "New Zealand Police", "prevention.tererenga@police.govt.nz"],
        ["Relationship manager", "Clinical Nurse Manager, Older Adults", "Health New Zealand | Te Whatu Ora", "olderadults.tererenga@tewhatuora.govt.nz"],
        ["Relationship manager", "Service Centre Manager", "Ministry of Social Development", "rerenga.servicecentre@msd.govt.nz"],
        ["Relationship manager", "Community Housing Team Leader", "Te Rerenga District Council", "communityhousing@trdc.govt.nz"],
        ["Relationship manager", "Kaiwhakahaere Hauora", "Te Hauora o Ngāti Rerenga", "hauora@ngatirerenga.iwi.nz"],
    ]
    if defect == "isp501":
        breach = [
            ("p", "Members manage any privacy or security breach involving Network information under their own organisation's privacy breach procedure. Age Concern Te Rerenga, as lead agency, is to be kept informed so that the Network can consider whether any change to its practice is needed."),
            ("p", "Where a breach is likely to cause serious harm, the member that holds the information notifies the Office of the Privacy Commissioner (0800 803 909) as required by the Privacy Act 2020, and tells the people affected."),
        ]
        schedule_rows = schedule_rows[1:]

    blocks = [
        ("h1", "Introduction"),
        ("p", "The Kaumātua and Older People Safety Network (the Network) is the Te Rerenga Community Safety Partnership's response to elder abuse and neglect. Age Concern Te Rerenga delivers the Elder Abuse Response Service in the district and convenes the Network."),
        ("p", "This protocol sets out how Network members share personal information about older people and their whānau. It does not itself authorise any sharing: each purpose relies on the legal authority recorded against it in 4.3."),
        ("h1", "Partnership membership"),
        ("p", "Age Concern Te Rerenga is the lead agency for the Network. It sets up the monthly meeting, provides the coordinator, and is responsible for developing and implementing this protocol."),
        ("table", ["Member organisation", "Type", "Why it attends"], [
            ["Age Concern Te Rerenga (lead agency)", "NGO", "Elder Abuse Response Service; coordinator of the Network"],
            ["New Zealand Police", "Government", "Family harm and financial offending against older people"],
            ["Health New Zealand | Te Whatu Ora", "Government", "Older adults, home and community support, needs assessment"],
            ["Ministry of Social Development", "Government", "Superannuation, hardship and housing support"],
            ["Te Rerenga District Council", "Local government", "Council housing for older people; community safety"],
            ["Te Hauora o Ngāti Rerenga", "Iwi health provider", "Kaumātua services, whānau ora and tikanga advice"]],
            [5.8, 3.0, 7.4], {"first_col_shade": True}),
        ("p", "All of the member organisations above are attending agencies and sign this protocol."),
        ("h1", "Kaupapa of the partnership meeting"),
        ("p", "Older people in Te Rerenga live free from abuse and neglect, with their mana and independence respected. The Network meets monthly (and by urgent call when needed) to consider older people referred by a member where there are concerns about psychological, financial, physical or sexual abuse, or neglect, and to agree a coordinated response that the older person is involved in."),
        ("h1", "Information sharing"),
        ("h2", "Purposes of sharing"),
        ("table", ["Ref", "Purpose"], [list(p) for p in purposes], [1.4, 14.8]),
        ("h2", "Information to be shared"),
        ("p", "Members share the information below only where it is relevant to the older person being discussed:"),
        ("bul", [
            "name, age, address and living situation of the older person, and who else lives with them;",
            "the nature of the concern and who raised it;",
            "details of any person alleged to be causing harm, including their relationship to the older person;",
            "relevant health, cognitive and care information, including the existence of an enduring power of attorney;",
            "income, superannuation and known financial arrangements where financial abuse is alleged;",
            "council tenancy information for older people in council housing;",
            "the older person's own views and wishes."]),
        ("h2", "Legal authority to share"),
        ("table", MATRIX_HEAD, matrix, MATRIX_W, {"merges": [(0, 2, 1, 2), (0, 3, 1, 3)]}),
        ("h2", "Use of information"),
        ("p", "Network information is used only for the purposes in 4.1 and within the limits of the authority for each purpose. A member may record Network information in its own system only where it needs to in order to carry out an agreed action. The record shows where the information came from, the authority and purpose it was shared for, any restrictions on its use and the date. Any secondary use is checked with the member's privacy team first."),
        ("h2", "Transparency"),
        ("p", "Wherever it is safe, the older person is told about the referral to the Network, is asked for their views, and is told what the Network agreed. If the older person lacks capacity, their attorney or welfare guardian is told unless that person is the one alleged to be causing harm. Members' privacy statements explain that they take part in multi-agency elder abuse meetings."),
        ("h2", "Method of sharing"),
        ("p", "The Network Coordinator sends members the meeting list (first name, initial and referral reason) by secure email as a password-protected attachment three days before the meeting. Information is shared verbally at the meeting, which is held at Age Concern's rooms with a Microsoft Teams option. The Coordinator records agreed actions in Age Concern's client management system and sends each member only the actions allocated to it."),
        ("h1", "Information handling"),
        ("h2", "Security classification"),
        ("p", "Information shared through the Network is classified IN-CONFIDENCE."),
        ("h2", "Security controls"),
        ("bul", [
            "Members' representatives have completed privacy and information security training through their own organisation.",
            "All personal information sent by email is in a password-protected attachment.",
            "Network information is only shared on devices approved by the member organisation.",
            "At online meetings no one uses the chat function, records the meeting or takes screenshots.",
            "Hard copies are not handed to other representatives.",
            "Any hard copy brought to the meeting is collected by the Coordinator and securely destroyed at the end of the meeting."]),
        ("h2", "Tikanga"),
        ("p", "Kaumātua hold a special place in their whānau, hapū and iwi. Te Hauora o Ngāti Rerenga advises the Network on how to involve whānau in a way that upholds the mana of the kaumātua, including who in the whānau should be approached and how. Where the older person wishes, a kaumātua worker from Te Hauora o Ngāti Rerenga is involved in any visit."),
        ("h2", "Retention and disposal"),
        ("p", "Members keep Network information only as long as they need it to carry out an agreed action, in their approved business system, and dispose of it under their retention and disposal schedule. The Coordinator deletes the meeting list after each meeting. Age Concern keeps the Network's action records for seven years after the file is closed."),
        ("h2", "Privacy and security breach management"),
    ] + breach + [
        ("h1", "Managing conflicts of interest"),
        ("p", "Rerenga is a small community and representatives may know an older person or their whānau. Representatives declare any conflict of interest to the Coordinator as soon as they become aware of it, step out of that discussion, and refer any request for information to a colleague."),
        ("h1", "Assurance and review"),
        ("h2", "Relationship management"),
        ("p", "Each member has a relationship manager (see Schedule 1). Relationship managers keep in touch with their representative about how the protocol is working and raise any issue with the Coordinator."),
        ("h2", "Review"),
        ("p", "The protocol is reviewed annually. Age Concern Te Rerenga is responsible for starting each review; the next review is due by 11 June 2027. Any member may ask for an earlier review."),
        ("h1", "Endorsement"),
        ("table", SIG_HEAD, sig_rows(sigs), SIG_W, {"first_col_shade": True}),
        ("sched", "Schedule 1 – Key contacts"),
        ("table", ["Role in the Network", "Role", "Organisation", "Contact"], schedule_rows, [3.4, 4.2, 4.2, 4.4]),
    ]
    return {
        "meeting": "Kaumātua and Older People Safety Network",
        "marking": "IN-CONFIDENCE",
        "footer_text": "TRIM A2690418  |  v1.1",
        "control": [
            ("Document title", "Information Sharing Protocol – Kaumātua and Older People Safety Network"),
            ("Version", "1.1"),
            ("Owner", "Age Concern Te Rerenga (lead agency)"),
            ("Approver", "Network member organisations"),
            ("TRIM number", "A2690418"),
            ("Approved", "11 June 2026"),
            ("Next review", "11 June 2027"),
        ],
        "history": [
            ["1.0", "12/06/2025", "CSP Secretariat", "First version."],
            ["1.1", "11/06/2026", "CSP Secretariat", "Annual review; Te Hauora o Ngāti Rerenga joins; key contacts moved to Schedule 1."],
        ],
        "blocks": blocks,
        "core": core(dt.datetime(2026, 4, 14, 8, 30), dt.datetime(2026, 6, 11, 14, 2), revision=6),
    }


# ==========================================================================
# D  Central Rerenga Street Outreach and Housing Hui  (lead: the Council)
# ==========================================================================
def housing(defect=None):
    purposes = [
        ("P1", "To understand the immediate needs of people sleeping rough or living in unsuitable accommodation who have agreed to be discussed at the hui."),
        ("P2", "To match each person to a housing option and coordinate the support they need to keep a tenancy."),
        ("P3", "To respond to a serious threat to the life or health of a person sleeping rough, including during severe weather or acute mental distress."),
    ]
    matrix = [
        ["P1", purposes[0][1], CONSENT,
         "The person has signed, or given recorded verbal agreement to, the hui consent form, which explains who attends and what is shared. Agreement can be withdrawn at any time."],
        ["P2", purposes[1][1], None, None],
        ["P3", purposes[2][1], SERIOUS,
         "The representative believes on reasonable grounds that sharing is necessary to prevent or lessen a serious threat to the person's life or health, or another person's; used only when agreement cannot reasonably be obtained or has not been given."],
    ]
    controls = [
        "have completed their organisation's privacy and information security training, and the hui induction, before attending;",
        "use only devices issued or approved by their own organisation to view or send hui information;",
        "password protect any email attachment that contains personal information;",
        "when joining on Teams, keep personal information out of the chat, do not record the hui and do not take screenshots;",
        "do not give printed material to representatives of other members; and",
        "securely destroy any printed material at the end of the hui (the Council provides a locked shredding bin in the meeting room).",
    ]
    if defect == "isp451":
        controls = [c for c in controls if not c.startswith("use only devices")]
    review_period = "every 12 months"
    next_review = "27 November 2026"
    if defect == "isp602":
        review_period = "every three (3) years, in line with the Council's policy and protocol review cycle"
        next_review = "27 November 2028"
    sigs = [
        ("Te Rerenga District Council", "Helen Parata", "General Manager Community Services", "", "27/11/2025"),
        ("Kāinga Ora – Homes and Communities", "Sione Taufa", "Regional Manager, Central", "", "20/11/2025"),
        ("Ministry of Social Development", "Grant Lowe", "Regional Director Service Delivery", "", "21/11/2025"),
        ("Health New Zealand | Te Whatu Ora", "Dr Sarah Lindqvist", "Group Manager Mental Health and Addictions, Te Rerenga district", "", "24/11/2025"),
        ("New Zealand Police", "Senior Sergeant Paul Dreyer", "Prevention Manager, Te Rerenga Area", "", "18/11/2025"),
        ("Rerenga City Mission", "Rev. Alison Kerr", "City Missioner", "", "19/11/2025"),
        ("Te Tūāpapa Trust", "Marama Hohaia", "Kaiwhakahaere (Manager), Housing First Te Rerenga", "", "25/11/2025"),
    ]
    blocks = [
        ("h1", "Purpose of this document"),
        ("p", "This protocol describes how the organisations that attend the Central Rerenga Street Outreach and Housing Hui (the hui) share information about the people they are helping into housing. It is part of the Council's Te Rerenga Housing and Homelessness Action Plan and the Community Safety Partnership work programme."),
        ("p", "The protocol does not give anyone legal authority to share information. It records the legal authorities the members rely on (section 4.3) and the safeguards they have agreed."),
        ("h1", "Partnership membership"),
        ("p", "Te Rerenga District Council is the lead agency for the hui. The Council's Community Safety team convenes and chairs the hui and is responsible for developing and implementing this protocol. The attending agencies, each of which has endorsed this protocol, are:"),
        ("table", ["Member organisation", "Representative at the hui"], [
            ["Te Rerenga District Council (lead agency)", "Community Safety Team Leader (chair); Homelessness Coordinator"],
            ["Kāinga Ora – Homes and Communities", "Placement and Tenancy Manager"],
            ["Ministry of Social Development", "Housing Broker"],
            ["Health New Zealand | Te Whatu Ora", "Mental Health and Addictions Outreach Clinician"],
            ["New Zealand Police", "Prevention Sergeant, Central Rerenga"],
            ["Rerenga City Mission", "Outreach Team Leader"],
            ["Te Tūāpapa Trust", "Housing First Team Leader"]], [7.2, 9.0], {"first_col_shade": True}),
        ("h1", "Kaupapa of the hui"),
        ("p", "The hui meets every Tuesday so that people who are sleeping rough in the central city, or who are living in cars, emergency housing or other unsuitable places, are offered a home and the support to keep it. The hui is consent-based: a person is only discussed once they have agreed, except where P3 applies."),
        ("h1", "Information sharing"),
        ("h2", "Purposes of sharing"),
        ("bul", ["%s – %s" % p for p in purposes]),
        ("h2", "Information shared"),
        ("table", ["Category", "Examples", "Source"], [
            ["Identity and contact", "Name, date of birth, usual locations, phone", "All members"],
            ["Housing history", "Housing register status, past tenancies, reasons tenancies ended", "Kāinga Ora; MSD; Te Tūāpapa Trust"],
            ["Income and entitlements", "Benefit status, emergency housing grants", "Ministry of Social Development"],
            ["Health and wellbeing", "Engagement with mental health and addiction services, immediate health risks", "Health New Zealand | Te Whatu Ora; City Mission"],
            ["Safety", "Risks to the person or to workers visiting them; trespass notices", "New Zealand Police; all members"],
            ["Support plan", "Agreed actions, key worker, progress", "All members"]],
            [3.6, 8.0, 4.6]),
        ("h2", "Legal authority"),
        ("table", MATRIX_HEAD, matrix, MATRIX_W, {"merges": [(0, 2, 1, 2), (0, 3, 1, 3)]}),
        ("h2", "Use of information"),
        ("p", "Members use hui information only to carry out the purposes above and the actions agreed for the person. Members put information into their own systems only when it is needed to carry out an agreed action, and record its source, authority, purpose, limits and date. Information is never kept because it may come in handy later. Any other use needs its own legal authority and advice from the member's privacy team."),
        ("h2", "Transparency and notification"),
        ("p", "Outreach workers explain the hui to each person using the plain-language consent form, which lists the members, the information shared and the person's right to withdraw. A copy is offered to the person. Where P3 is relied on, the person is told afterwards what was shared, unless that would put them or someone else at risk. The Council's privacy statement describes the hui."),
        ("h2", "Method of sharing"),
        ("p", "The Homelessness Coordinator circulates the hui list on the Monday by secure email as a password-protected attachment. Information is shared verbally at the hui (Council Civic Building, Room 3, or on Microsoft Teams). The Coordinator keeps the action tracker in the Council's records system (Content Manager) in a restricted folder."),
        ("h1", "Information handling"),
        ("h2", "Security classification"),
        ("p", "Security classification: IN-CONFIDENCE"),
        ("h2", "Security controls"),
        ("p", "Representatives:"),
        ("bul", controls),
        ("h2", "Tikanga"),
        ("p", "Māori are over-represented among people sleeping rough in Rerenga. Te Tūāpapa Trust, a kaupapa Māori provider, advises the hui on tikanga. Whānau and hapū connections are recorded only with the person's agreement, and the hui will offer connection with iwi services where the person wants it. The hui applies the Council's Māori data guidelines to any reporting of hui data."),
        ("h2", "Retention and disposal"),
        ("p", "Members retain hui information only while it is needed for the person's plan and dispose of it under their own retention and disposal schedules. The hui list is deleted after each hui. The Council keeps the action tracker as a public record under the Public Records Act 2005 and its approved retention schedule, and closes each person's entry twelve months after they are housed."),
        ("h2", "Privacy and security breaches"),
        ("p", "Report any breach of hui information immediately to the Privacy Officer, Te Rerenga District Council (privacy@trdc.govt.nz, 06 350 4400), and to your own privacy officer. The Council's Privacy Officer coordinates the joint response, including what the affected person is told and by whom, and whether the Privacy Commissioner must be notified."),
        ("h1", "Conflicts of interest"),
        ("p", "Representatives declare any personal relationship with a person on the hui list at the start of the hui, do not take part in that discussion, and ask a colleague to deal with any information request. The chair records declarations."),
        ("h1", "Assurance and review"),
        ("h2", "Relationship management and oversight"),
        ("p", "Each member names a relationship manager who oversees its participation. The Council's Community Safety Manager is the relationship manager for the lead agency and reports on the hui to the Housing and Homelessness Steering Group."),
        ("h2", "Review"),
        ("p", "This protocol is reviewed %s. Te Rerenga District Council (Community Safety team) initiates the review. Next review: %s." % (review_period, next_review)),
        ("h1", "Endorsement"),
        ("table", SIG_HEAD, sig_rows(sigs), SIG_W, {"first_col_shade": True}),
    ]
    return {
        "meeting": "Central Rerenga Street Outreach and Housing Hui",
        "marking": "IN-CONFIDENCE",
        "footer_text": "TRIM CSP/25/0377  |  Version 1.0",
        "control": [
            ("Title", "Information Sharing Protocol – Central Rerenga Street Outreach and Housing Hui"),
            ("Version", "1.0 Final"),
            ("Document owner", "Community Safety Team Leader, Te Rerenga District Council"),
            ("Approver", "General Manager Community Services, and the endorsing member organisations"),
            ("TRIM record number", "CSP/25/0377"),
            ("Date of approval", "27 November 2025"),
            ("Next review", next_review),
        ],
        "history": [
            ["0.3", "09/09/2025", "Homelessness Coordinator", "Draft for member comment."],
            ["1.0", "27/11/2025", "Community Safety Team", "Final for endorsement."],
        ],
        "blocks": blocks,
        "core": core(dt.datetime(2025, 8, 19, 11, 0), dt.datetime(2025, 11, 27, 17, 5), revision=11),
    }


# ==========================================================================
# E  Safe Homes Panel (hoarding and self-neglect)  (lead: the Council)
# ==========================================================================
def safe_homes(defect=None):
    purposes = [
        ("P1", "To identify people whose hoarding or self-neglect seriously puts their health, safety or home at risk."),
        ("P2", "To agree a person-centred support plan and which member will lead contact with the person."),
        ("P3", "To reduce the risk of fire to the occupant, neighbours and firefighters."),
        ("P4", "To coordinate any regulatory action about the property with the support being offered, so that the action causes the least harm."),
    ]
    matrix = [
        ["P1", purposes[0][1], CONSENT,
         "The person has agreed to their situation being discussed at the Panel after the lead member has explained what the Panel is."],
        ["P2", purposes[1][1], None, None],
        ["P3", purposes[2][1], SERIOUS,
         "There are reasonable grounds to believe the disclosure is necessary to prevent or lessen a serious threat to public safety or to the life or health of the occupant or another person (for example, blocked exits, fire load, or gas heaters near stored material)."],
        ["P4", purposes[3][1], "Privacy Act 2020, IPP 11(1)(e)(i)",
         "Disclosure is necessary to avoid prejudice to the maintenance of the law by a public sector agency (for example, the Council's building control and public health functions), and the chair has confirmed that support has been offered first."],
    ]
    classification = "UNCLASSIFIED" if defect == "isp402" else "IN-CONFIDENCE"
    if defect == "isp604":
        sig_dates = ["30 September 2025", "22 September 2025", "24 September 2025", "19 September 2025",
                     "23 September 2025", "17 September 2025", "26 September 2025"]
        approval, next_review, period = "30 September 2025", "30 September 2026", "every twelve (12) months"
    else:
        sig_dates = ["5 May 2026", "28 April 2026", "30 April 2026", "24 April 2026",
                     "29 April 2026", "22 April 2026", "1 May 2026"]
        approval, next_review, period = "5 May 2026", "5 November 2027", "every eighteen (18) months"
    sigs = [
        ("Te Rerenga District Council", "Jeremy Castle", "Group Manager Regulatory Services"),
        ("Fire and Emergency New Zealand", "Leanne Hura", "District Manager, Te Rerenga"),
        ("Health New Zealand | Te Whatu Ora", "Katarina Moana", "Operations Manager, Older Adults and Home Health"),
        ("Kāinga Ora – Homes and Communities", "Sione Taufa", "Regional Manager, Central"),
        ("New Zealand Police", "Senior Sergeant Paul Dreyer", "Prevention Manager, Te Rerenga Area"),
        ("Age Concern Te Rerenga", "Bronwyn Hale", "Manager"),
        ("Te Hauora o Ngāti Rerenga", "Wiremu Hēnare", "Tumu Whakarae (Chief Executive)"),
    ]
    sig_table = sig_rows([(o, n, t, "", d) for (o, n, t), d in zip(sigs, sig_dates)])

    if defect == "isp402":
        class_blocks = [("p", "Information shared at the Panel is classified **UNCLASSIFIED**, consistent with the Council's standard marking for working-group papers."),
                        ("p", "Panel papers are not published and are handled in accordance with the security controls in 5.2.")]
    else:
        class_blocks = [("p", "Information shared at the Panel is classified **IN-CONFIDENCE**."),
                        ("p", "Papers, emails and the case register are marked accordingly and handled in line with the Protective Security Requirements.")]

    blocks = [
        ("h1", "Introduction"),
        ("p", "The Safe Homes Panel (the Panel) is a working group of the Te Rerenga Community Safety Partnership. It brings together the organisations that are called to homes where hoarding or serious self-neglect is putting the occupant, neighbours or emergency services at risk, so that they can offer coordinated support rather than separate, and sometimes conflicting, interventions."),
        ("p", "This protocol does not itself authorise the sharing of information. The legal authority relied on for each purpose is set out in the purposes and authorities matrix in 4.3."),
        ("h1", "Partnership membership"),
        ("table", ["Member organisation", "Role", "Representative"], [
            ["Te Rerenga District Council", "Lead agency: convenes and chairs the Panel; environmental health, building and animal management", "Environmental Health Team Leader (chair)"],
            ["Fire and Emergency New Zealand", "Home fire safety visits and fire risk assessment", "Risk Reduction Adviser"],
            ["Health New Zealand | Te Whatu Ora", "Needs assessment, home support, mental health", "Social Worker, Older Adults"],
            ["Kāinga Ora – Homes and Communities", "Landlord for Kāinga Ora tenants", "Tenancy Manager"],
            ["New Zealand Police", "Welfare checks and safety of visiting staff", "Prevention Sergeant"],
            ["Age Concern Te Rerenga", "Support and advocacy for older people", "Community Support Coordinator"],
            ["Te Hauora o Ngāti Rerenga", "Whānau ora and kaumātua services; tikanga advice", "Kaiāwhina Whānau"]],
            [5.0, 7.0, 4.2], {"first_col_shade": True}),
        ("p", "Te Rerenga District Council is the lead agency. All of the organisations above are attending agencies and endorse this protocol in section 8."),
        ("h1", "Kaupapa of the Panel"),
        ("p", "The Panel meets monthly to make sure that people living with hoarding or self-neglect are safe in their homes, are treated with dignity, and receive support that they are part of planning. The Panel prefers support to enforcement, and coordinates the two where regulatory action cannot be avoided."),
        ("h1", "Information sharing"),
        ("h2", "Purposes of sharing"),
        ("table", ["Ref", "Purpose"], [list(p) for p in purposes], [1.4, 14.8]),
        ("h2", "Information to be shared"),
        ("table", ["Information", "Shared by"], [
            ["Name, address, household members and pets", "Any member"],
            ["Condition of the property, access and exits, fire load and working smoke alarms", "Fire and Emergency New Zealand; Te Rerenga District Council; Kāinga Ora – Homes and Communities"],
            ["Relevant health, mobility, cognition and support services", "Health New Zealand | Te Whatu Ora; Age Concern Te Rerenga; Te Hauora o Ngāti Rerenga"],
            ["Tenancy status and any tenancy action", "Kāinga Ora – Homes and Communities"],
            ["Complaints, notices and regulatory history about the property", "Te Rerenga District Council"],
            ["Risks to visiting staff", "New Zealand Police; any member"],
            ["The person's views, goals and agreed supports", "Lead member for the person"]],
            [8.6, 7.6]),
        ("h2", "Legal authority to share"),
        ("p", "Each purpose of sharing and the authority relied on for it:"),
        ("table", MATRIX_HEAD, matrix, MATRIX_W, {"merges": [(0, 2, 1, 2), (0, 3, 1, 3)]}),
        ("h2", "Use of information"),
        ("p", "Information shared at the Panel is used only for the purpose it was shared for. Members record it in their own systems only when they need it to carry out an action agreed at the Panel, and then note the source, legal authority, purpose, any restriction on use and the date it was shared. In particular, information shared for support (P1, P2) is not used for regulatory action unless P4 applies and the chair has confirmed it."),
        ("h2", "Transparency and notification"),
        ("p", "The lead member for each person explains the Panel to them (using the Safe Homes information sheet), asks for their agreement, and tells them what the Panel decided. If the Panel relies on P3 or P4 without the person's agreement, the person is told what was shared and why, unless doing so would put someone at risk. Each member's privacy statement mentions its part in the Panel."),
        ("h2", "Method of sharing"),
        ("p", "Referrals are made on the Safe Homes referral form, sent to the Council's Environmental Health team by secure email as a password-protected attachment. Information is shared verbally at the Panel, held in the Council's Civic Building or on Microsoft Teams. The Council keeps the case register in a restricted Content Manager folder that only the Panel chair and Environmental Health Team Leader can access."),
        ("h1", "Information handling"),
        ("h2", "Security classification"),
    ] + class_blocks + [
        ("h2", "Security controls"),
        ("p", "Members agree that:"),
        ("bul", [
            "their representatives have completed privacy and information security training with their own organisation;",
            "hard copy information is collected and securely destroyed at the end of each Panel meeting;",
            "email attachments with personal information are password protected;",
            "Panel information is only shared from devices approved by their organisation;",
            "at virtual meetings, nobody uses the chat function for personal information, records the meeting or takes screenshots; and",
            "hard copies are not given to the representatives of other members."]),
        ("h2", "Tikanga and Māori data"),
        ("p", "Te Hauora o Ngāti Rerenga advises the Panel on tikanga. Where the person is Māori, the Panel asks whether they would like Te Hauora o Ngāti Rerenga or their own whānau involved, and respects the tapu of personal belongings and taonga in the home during any clean-up. Information about Māori whānau is not used for purposes beyond the Panel without discussion with Te Hauora o Ngāti Rerenga."),
        ("h2", "Retention and disposal"),
        ("p", "Members keep Panel information only while it is needed for an agreed action, in their approved business systems, and dispose of it under their retention and disposal schedules. Emailed referrals are deleted once saved. The Council keeps the case register under the Public Records Act 2005 and its retention schedule, and closes entries two years after the Panel stops working with the person."),
        ("h2", "Privacy and security breaches"),
        ("p", "If a breach happens, contact the Environmental Health Team Leader, Te Rerenga District Council, on 06 350 4471 or safehomes@trdc.govt.nz, and tell your own privacy officer. The Team Leader brings together the members involved to contain the breach, agree who tells the person affected, and decide whether the Privacy Commissioner must be notified."),
        ("h1", "Conflicts of interest"),
        ("p", "Panel representatives declare any conflict of interest (for example, where they are a neighbour or relative of the person) to the chair, step out of that discussion, and pass any information request to a colleague. The chair records the declaration."),
        ("h1", "Assurance and review"),
        ("h2", "Relationship management and oversight"),
        ("p", "Each member nominates a relationship manager. Relationship managers are kept informed about the Panel, support their representative, and attend an annual check-in led by the Council's Regulatory Services group to confirm the sharing is still needed and working as intended."),
        ("h2", "Review of this protocol"),
        ("p", "This protocol is reviewed %s. Te Rerenga District Council, as lead agency, initiates the review. Next review due: %s." % (period, next_review)),
        ("h1", "Endorsement"),
        ("table", SIG_HEAD, sig_table, SIG_W, {"first_col_shade": True}),
    ]
    toc_blocks = None
    if defect == "isp101":
        toc_blocks = blocks
        blocks = drop_section(blocks, "Tikanga and Māori data")
    return {
        "meeting": "Safe Homes Panel (hoarding and self-neglect)",
        "marking": classification,
        "footer_text": "TRIM CSP/26/0102  |  Version 1.0",
        "control": [
            ("Document title", "Information Sharing Protocol – Safe Homes Panel"),
            ("Version", "1.0"),
            ("Document owner", "Environmental Health Team Leader, Te Rerenga District Council"),
            ("Approver", "Group Manager Regulatory Services, and the endorsing member organisations"),
            ("TRIM record number", "CSP/26/0102"),
            ("Date of approval", approval),
            ("Next review due", next_review),
        ],
        "history": [
            ["0.4", "14/07/2025" if defect == "isp604" else "17/02/2026", "Environmental Health", "Consultation draft for members."],
            ["1.0", approval, "Environmental Health / CSP Secretariat", "Final."],
        ],
        "blocks": blocks,
        "toc_blocks": toc_blocks,
        "core": core(dt.datetime(2025, 7, 1, 9, 0) if defect == "isp604" else dt.datetime(2026, 2, 9, 9, 0),
                     dt.datetime(2025, 9, 30, 16, 0) if defect == "isp604" else dt.datetime(2026, 5, 5, 12, 30),
                     revision=8),
    }


# ==========================================================================
# T  Kura Engagement and Attendance Hub  (trap: content controls + tracked changes)
# ==========================================================================
def kura_trap():
    members = ["Ministry of Education", "Oranga Tamariki", "Health New Zealand | Te Whatu Ora",
               "Te Ara Ako Trust", "Te Rūnanga o Ngāti Rerenga Social Services"]
    rev1 = ("Aroha Mitchell", "2025-08-12T10:14:00Z")
    rev2 = ("Legal Services (MoE)", "2025-08-14T15:41:00Z")
    purposes = [
        ("P1", "To understand why ākonga (students) in the Hub's schools are persistently absent or not enrolled."),
        ("P2", "To agree supports that help ākonga and their whānau re-engage with learning, and which member leads them."),
        ("P3", "To make a referral where an absence is linked to a concern for the safety or wellbeing of a child."),
    ]
    matrix = [
        ["P1", purposes[0][1], OTA,
         "The member is a child welfare and protection agency or an independent person, and the disclosure is to assess or meet the wellbeing needs of the child or to prevent or reduce the risk of harm."],
        ["P2", purposes[1][1], None, None],
        ["P3", purposes[2][1], "Oranga Tamariki Act 1989, section 66C\nPrivacy Act 2020, IPP 11(1)(f)",
         "As above; or the representative believes on reasonable grounds the disclosure is necessary to prevent or lessen a serious threat to the child's life or health."],
    ]
    sigs = [
        ("Ministry of Education", "Priya Nand\nDirector of Education, Te Tai Whenua region", "2025-08-20", "20 August 2025"),
        ("Oranga Tamariki", "Raniera Pōhatu\nSite Manager, Oranga Tamariki Rerenga", "2025-08-18", "18 August 2025"),
        ("Health New Zealand | Te Whatu Ora", "Michael Orsborn\nService Manager, Infant, Child and Adolescent Mental Health", "2025-08-19", "19 August 2025"),
        ("Te Ara Ako Trust", "Ngaire Poutama\nAttendance Service Manager", "2025-08-15", "15 August 2025"),
        ("Te Rūnanga o Ngāti Rerenga Social Services", "Huia Te Rangi\nKaiwhakahaere Matua (Chief Executive)", "2025-08-19", "19 August 2025"),
    ]
    sig_table = [[o, who, "", [("date", "Date signed", "sig_date", iso, shown)]] for o, who, iso, shown in sigs]
    blocks = [
        ("h1", "Introduction"),
        ("p", "The Kura Engagement and Attendance Hub (the Hub) brings together the organisations supporting ākonga in the eastern Rerenga schools cluster who are persistently absent or not enrolled. The Hub was established under the Te Rerenga Community Safety Partnership's Tamariki and Rangatahi work programme; the Partnership Secretariat prepared this protocol for the Hub's members."),
        ("p", "This protocol does not itself authorise any sharing of information. It records the legal authority each member relies on for each purpose of sharing (section 4.3)."),
        ("h1", "Partnership membership"),
        ("table", ["Member organisation", "Representative"], [
            ["Ministry of Education", "Senior Adviser, Attendance and Engagement (chair)"],
            ["Oranga Tamariki", "Social Worker in Schools Supervisor"],
            ["Health New Zealand | Te Whatu Ora", "School-Based Health Services Team Leader"],
            ["Te Ara Ako Trust", "Attendance Service Lead Adviser"],
            ["Te Rūnanga o Ngāti Rerenga Social Services", "Kaitoko Whānau"]], [7.2, 9.0], {"first_col_shade": True}),
        ("p", ["Lead agency: ", ("dd", "Lead agency", "lead_agency", "Ministry of Education", members)]),
        ("p", "The lead agency sets up the Hub and is responsible for developing and implementing this protocol. Every member organisation listed above attends the Hub and is a signatory to this protocol."),
        ("h1", "Kaupapa of the partnership meeting"),
        ("p", "Every ākonga in the cluster is enrolled, attending and engaged in learning. The Hub meets fortnightly during term to consider ākonga referred by the Attendance Service or a member, understand the barriers to attendance, and agree a plan with the whānau."),
        ("h1", "Information sharing"),
        ("h2", "Purposes of sharing"),
        ("table", ["Ref", "Purpose of sharing"], [list(p) for p in purposes], [1.4, 14.8]),
        ("h2", "Information members may share"),
        ("bul", [
            "Name, date of birth, school, year level and whānau contact details of the ākonga.",
            "Enrolment and attendance records, including patterns of absence and any stand-downs.",
            "Known barriers to attendance (transport, health, caring responsibilities, housing).",
            "Current involvement of Oranga Tamariki or health services, limited to what is needed for the plan.",
            "The views of the ākonga and their whānau."]),
        ("h2", "Legal authority for sharing"),
        ("table", MATRIX_HEAD, matrix, MATRIX_W, {"merges": [(0, 2, 1, 2), (0, 3, 1, 3)]}),
        ("h2", "Use of shared information"),
        ("p", "Hub information is used only for the purpose for which it was shared and within the limits of the authority for that purpose. Members record Hub information in their own systems only where they need it to carry out an agreed action, noting its source, authority, purpose, restrictions and the date it was shared."),
        ("h2", "Transparency with ākonga and whānau"),
        ("p", "The Attendance Service tells whānau about the Hub when it first makes contact, using the Hub pānui, and tells them what the Hub agreed. Where telling the whānau might place a child at risk, the reason is recorded and reviewed at the next Hub meeting. Members' privacy statements refer to the Hub."),
        ("h2", "How information is shared"),
        ("p", "The Ministry circulates the Hub list by secure email as a password-protected attachment two working days before the meeting. Information is shared verbally at the Hub, which meets at the Ministry's Rerenga office with a Microsoft Teams option. Actions are recorded by the Ministry in the Hub action register."),
        ("h1", "Information handling"),
        ("h2", "Security classification"),
        ("p", ["Classification of information shared at the Hub: ",
               ("dd", "Security classification", "classification", "IN-CONFIDENCE",
                ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"])]),
        ("h2", "Security controls"),
        ("bul", [
            "Representatives have completed privacy and information security training with their own organisation before attending.",
            "Any printed material is securely destroyed at the end of the meeting.",
            "Email attachments containing personal information are password protected.",
            "Hub information is shared only from devices approved by the member organisation.",
            "In online meetings, representatives do not use the chat function for personal information, record the meeting or take screenshots.",
            "Hard copies are not handed to other members' representatives."]),
        ("h2", "Tikanga considerations"),
        ("p", "Te Rūnanga o Ngāti Rerenga Social Services advises the Hub on tikanga and on engaging with Māori whānau. Hui with whānau are held where and how the whānau prefer, and information about Māori ākonga is not used for reporting beyond the Hub without discussion with the Rūnanga."),
        ("h2", "Retention and disposal"),
        ("p", ["Members keep Hub information only while it is needed to carry out an action agreed at the Hub, in their approved business system. ",
               ("del", "Members may also keep their own notes of Hub discussions for future reference. ", rev1[0], rev1[1]),
               "Emails are deleted once the information has been saved. The Ministry keeps the Hub action register under its retention and disposal schedule."]),
        ("h2", "Privacy and security breaches"),
        ("p", ["Breach contact: ", ("txt", "Breach contact role", "breach_role", "Hub Coordinator"), ", ",
               ("txt", "Breach contact agency", "breach_agency", "Ministry of Education"), ", ",
               ("txt", "Breach contact email", "breach_email", "kura.hub.rerenga@education.govt.nz"), ", ",
               ("txt", "Breach contact phone", "breach_phone", "06 345 0920"), "."]),
        ("p", "Members report any breach of Hub information to the breach contact and their own privacy officer on the day they become aware of it. The breach contact coordinates the members' response, including telling affected whānau and deciding whether the breach is notifiable to the Privacy Commissioner."),
        ("h1", "Conflicts of interest"),
        ("p", "A representative who has a personal connection to an ākonga or whānau on the Hub list declares it to the chair, leaves that discussion and refers any information request to a colleague."),
        ("h1", "Assurance and review"),
        ("h2", "Relationship management and oversight"),
        ("p", "Each member names a relationship manager who oversees its participation in the Hub and supports its representative. The Partnership's Tamariki and Rangatahi Governance Group receives an annual report from the Hub."),
        ("h2", "Review of this protocol"),
        ("p", ["This protocol is reviewed every ",
               ("del", "36 months", rev2[0], rev2[1]),
               ("ins", "24 months", rev2[0], rev2[1]),
               " from the date of the last signature. Agency responsible for initiating the review: ",
               ("dd", "Review owner", "review_owner", "Ministry of Education", members), "."]),
        ("h1", "Endorsement"),
        ("table", SIG_HEAD, sig_table, SIG_W, {"first_col_shade": True}),
    ]
    return {
        "meeting": "Kura Engagement and Attendance Hub",
        "marking": "IN-CONFIDENCE",
        "marking_sdt": True,
        "footer_text": "TRIM CSP/25/0190  |  Version 1.0",
        "control": [
            ("Document title", "Information Sharing Protocol – Kura Engagement and Attendance Hub"),
            ("Version", "1.0"),
            ("Document owner", "Senior Adviser, Attendance and Engagement, Ministry of Education (Rerenga office)"),
            ("Approver", "Hub member organisations"),
            ("TRIM record number", "CSP/25/0190"),
            ("Date of approval", "20 August 2025"),
        ],
        "history": [
            ["0.2", "01/08/2025", "CSP Secretariat", "Draft for legal review."],
            ["1.0", "20/08/2025", "CSP Secretariat", "Signed version."],
        ],
        "blocks": blocks,
        "track_settings": True,
        "core": core(dt.datetime(2025, 7, 22, 9, 45), dt.datetime(2025, 8, 20, 11, 10), revision=12,
                     last="Aroha Mitchell"),
    }


# ==========================================================================
# L  2019 Vulnerable Persons and Hoarding Panel (legacy, several defects)
# ==========================================================================
def legacy_2019():
    purposes = [
        "To identify vulnerable adults who are living in unsafe or insanitary conditions, including hoarding.",
        "To agree a coordinated plan of visits and support for each household.",
        "To reduce the risk of fire to occupants and neighbours.",
    ]
    sigs = [
        ("Te Rerenga District Council", "Alan Brierley", "Group Manager Environmental Services", "", "30/08/2019"),
        ("Fire and Emergency New Zealand", "Leanne Hura", "Principal Rural Fire Officer, Te Rerenga", "", "21/08/2019"),
        ("Te Rerenga District Health Board", "Dr Colin Matheson", "General Manager, Health of Older People", "", "26/08/2019"),
        ("Housing New Zealand Corporation", "Sione Taufa", "Area Manager, Rerenga", "", "22/08/2019"),
        ("New Zealand Police", "Inspector Graham Wadsworth", "Area Commander, Te Rerenga Area", "", "27/08/2019"),
        ("Age Concern Te Rerenga", "Bronwyn Hale", "Manager", "", "20/08/2019"),
    ]
    blocks = [
        ("h1", "Introduction"),
        ("p", "This protocol sets out how the member agencies of the Vulnerable Persons and Hoarding Panel share information about people living in unsafe conditions in the Te Rerenga district. It was prepared by the Council's Environmental Services group following the 2018 Ōtaki Street house fire review."),
        ("h1", "Membership"),
        ("p", "Te Rerenga District Council is the lead agency and chairs the Panel. The members of the Panel are:"),
        ("table", ["Member agency", "Representative"], [
            ["Te Rerenga District Council (lead agency)", "Environmental Health Manager (chair)"],
            ["Fire and Emergency New Zealand", "Community Risk Manager"],
            ["Te Rerenga District Health Board", "Social Worker, Health of Older People"],
            ["Housing New Zealand Corporation", "Tenancy Manager"],
            ["New Zealand Police", "Community Constable"],
            ["Age Concern Te Rerenga", "Elder Abuse and Neglect Prevention Coordinator"]], [7.2, 9.0], {"first_col_shade": True}),
        ("h1", "Purpose of the Panel"),
        ("p", "The Panel meets every two months to provide a coordinated, multi-agency response to vulnerable adults whose living conditions place them or others at risk, with a focus on hoarding and self-neglect."),
        ("h1", "Information sharing"),
        ("h2", "Purpose of information sharing"),
        ("p", "Members share information for the following purposes:"),
        ("bul", purposes),
        ("h2", "Information to be shared"),
        ("p", "Name, address and household composition; the condition of the property; relevant health and support information; tenancy information; and any history of complaints or notices about the property."),
        ("h2", "Legal basis"),
        ("p", "The following legislation is relevant to the sharing of information at the Panel:"),
        ("bul", ["Privacy Act 1993 (information privacy principle 11)",
                 "Health Information Privacy Code 1994 (rule 11)",
                 "Domestic Violence Act 1995"]),
        ("p", "Members should seek advice from their own agency if they are unsure whether information can be shared."),
        ("h2", "Use of information"),
        ("p", "Information is used by members to plan and deliver support to the household. Members may keep Panel information on their own files for future reference when working with the household or with other residents at the address."),
        ("h2", "Telling people about the sharing"),
        ("p", "Where possible the lead worker tells the person that their situation has been discussed at the Panel."),
        ("h2", "How information is shared"),
        ("p", "The Council administrator emails the agenda to members before each meeting. Information is discussed verbally at the meeting, held in the Council Chambers meeting room."),
        ("h1", "Confidentiality and security"),
        ("h2", "Security classification"),
        ("p", "All information shared at the Panel is confidential to Panel members and is to be treated as such."),
        ("h2", "Security"),
        ("bul", [
            "Emails containing personal information are sent by SEEMail or another secure email service.",
            "Any notes or papers brought to the meeting are collected by the Council administrator at the close of the meeting and securely shredded.",
            "Members do not hand printed case information to other members."]),
        ("h2", "Retention"),
        ("p", "The Council keeps Panel agendas and minutes for ten years in its records system. Other members keep information in line with their own record-keeping policies."),
        ("h2", "Breaches"),
        ("p", "Any breach of this protocol or loss of Panel information must be reported to the Panel chair, Environmental Health Manager, Te Rerenga District Council, phone 06 350 4471, who will work with the members concerned to manage it."),
        ("h1", "Conflicts of interest"),
        ("p", "Members declare any conflict of interest at the start of the meeting and take no part in the discussion of that household."),
        ("h1", "Governance and review"),
        ("h2", "Panel governance and relationship management"),
        ("p", "Each member agency nominates a senior manager to oversee its participation. The Panel reports annually to the Community Safety Partnership."),
        ("h2", "Review"),
        ("p", "The Council will review this protocol every two years. Next review: 30 August 2021."),
        ("h1", "Endorsement"),
        ("table", SIG_HEAD, sig_rows(sigs), SIG_W, {"first_col_shade": True}),
    ]
    return {
        "meeting": "Vulnerable Persons and Hoarding Panel",
        "marking": None,
        "header_text": "Te Rerenga District Council  |  Vulnerable Persons and Hoarding Panel",
        "footer_text": "A1123456  |  v1.2",
        "control": [
            ("Document title", "Vulnerable Persons and Hoarding Panel – Information Sharing Protocol"),
            ("Version", "1.2"),
            ("Owner", "Environmental Health Manager, Te Rerenga District Council"),
            ("Approver", "Panel member agencies"),
            ("TRIM record number", "A1123456"),
            ("Date of approval", "30 August 2019"),
            ("Next review", "30 August 2021"),
        ],
        "history": [
            ["1.0", "05/06/2018", "Environmental Services", "First version."],
            ["1.1", "14/12/2018", "Environmental Services", "Age Concern added."],
            ["1.2", "30/08/2019", "Environmental Services", "Minor updates following first year of operation."],
        ],
        "blocks": blocks,
        "core": core(dt.datetime(2018, 5, 21, 10, 0), dt.datetime(2019, 8, 30, 13, 20), revision=23,
                     last="Alan Brierley"),
    }


# ==========================================================================
# the corpus
# ==========================================================================
def _f(name, spec, kind, expect, tolerate, note):
    spec = dict(spec)
    spec["file"] = name
    spec["truth"] = {"kind": kind, "expect": expect, "tolerate": tolerate, "note": note}
    return spec


PROTOCOLS = [
    _f("clean-01-family-harm-safety-table.docx", family_harm(), "clean", [], [],
       "Police-led family harm table classified SENSITIVE (header and body agree); FVA authority cell merged vertically over P1-P3 of a five-purpose matrix; breach contact in a small table; controls split over 1.1.1-style sub-headings."),
    _f("clean-02-rangatahi-ora-panel.docx", rangatahi(), "clean", [], [],
       "Oranga Tamariki-led youth panel; purposes as bold-ref bullets, OTA s 66C merged over P1-P3; controls in a two-column table; review 24 months from an 'Effective date' of 2 September 2025."),
    _f("clean-03-older-people-safety-network.docx", older_people(), "clean", [], [],
       "NGO-led (Age Concern) elder abuse network; breach section points to the breach contact in 'Schedule 1 – Key contacts' at the end; annual review by 11 June 2027."),
    _f("clean-04-street-outreach-housing-hui.docx", housing(), "clean", [], [],
       "Council-led consent-based homelessness hui; review every 12 months with next review 27 November 2026 (three days after the as-of date, not overdue); negated 'come in handy later' retention sentence."),
    _f("clean-05-safe-homes-hoarding-panel.docx", safe_homes(), "clean", [], [],
       "Council-led hoarding/self-neglect panel with an iwi provider; review every eighteen (18) months, next due 5 November 2027; breach contact given in a sentence."),

    _f("defect-isp101-safe-homes-no-tikanga.docx", safe_homes("isp101"), "defect",
       [{"rule": "ISP101", "data": {"section": "tikanga"}}], [],
       "The 'Tikanga and Māori data' sub-section was deleted from the body, but the stale Word TOC still lists it as 5.3; no tikanga heading exists in the body."),
    _f("defect-isp301-rangatahi-holiday-programmes.docx", rangatahi("isp301"), "defect",
       [{"rule": "ISP301", "data_contains": {"purpose": "holiday programmes"}}], [],
       "A fifth purpose (council holiday programmes and sports grants) was added to the purposes list and matrix, but its authority and criteria cells in the matrix are blank."),
    _f("defect-isp305-rangatahi-protocol-as-authority.docx", rangatahi("isp305"), "defect",
       [{"rule": "ISP305", "data_contains": {"text": "provides the authority"}}], [],
       "Section 1 'About this protocol' says the protocol provides the authority for members to share personal information at the Panel."),
    _f("defect-isp402-safe-homes-unclassified.docx", safe_homes("isp402"), "defect",
       [{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}], [],
       "Security classification sub-section (and the header/footer marking) state UNCLASSIFIED, the council's default for working-group papers."),
    _f("defect-isp404-family-harm-header-marking.docx", family_harm("isp404"), "defect",
       [{"rule": "ISP404", "data": {"classification": "SENSITIVE", "marking": "IN-CONFIDENCE"}}], [],
       "Body classifies the information SENSITIVE but the template's header and footer markings were left at IN-CONFIDENCE."),
    _f("defect-isp451-housing-hui-devices.docx", housing("isp451"), "defect",
       [{"rule": "ISP451", "data": {"control": "approved-devices"}}], [],
       "The 'Representatives:' control list under Security controls has five of the six controls; nothing (there or in the method of sharing) says information is shared only from agency-approved devices."),
    _f("defect-isp501-older-people-no-breach-contact.docx", older_people("isp501"), "defect",
       [{"rule": "ISP501"}], [],
       "Breach section only refers to each member's own procedure, keeping the lead agency informed, and the Privacy Commissioner's 0800 number; the breach-contact row is gone from Schedule 1."),
    _f("defect-isp602-housing-hui-three-yearly.docx", housing("isp602"), "defect",
       [{"rule": "ISP602", "data": {"months": 36}}], [],
       "Review sub-section says the protocol is reviewed every three (3) years in line with the council's policy review cycle."),
    _f("defect-isp604-safe-homes-review-lapsed.docx", safe_homes("isp604"), "defect",
       [{"rule": "ISP604", "data": {"due": "2026-09-30"}}], [],
       "Approved 30 September 2025 with a twelve-month review; the stated next review date 30 September 2026 has passed by 24 November 2026."),
    _f("defect-isp702-older-people-msd-no-title.docx", older_people("isp702"), "defect",
       [{"rule": "ISP702", "data": {"agency": "Ministry of Social Development", "missing": ["role"]}}], [],
       "In the endorsement table the 'Endorsed by (name and title)' cell for the Ministry of Social Development holds only the name Grant Lowe, no title."),
    _f("defect-isp703-family-harm-iwi-unsigned.docx", family_harm("isp703"), "defect",
       [{"rule": "ISP703", "data": {"agency": "Te Whare Ahuru Trust"}}], [],
       "Te Whare Ahuru Trust is listed in the Partnership membership table but has no row in the endorsement table."),

    _f("legacy-01-vulnerable-persons-hoarding-2019.docx", legacy_2019(), "legacy",
       [
           {"rule": "ISP101", "data": {"section": "tikanga"}},
           {"rule": "ISP301", "data_contains": {"purpose": "insanitary conditions"}},
           {"rule": "ISP301", "data_contains": {"purpose": "plan of visits"}},
           {"rule": "ISP301", "data_contains": {"purpose": "risk of fire"}},
           {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
           {"rule": "ISP303", "data_contains": {"authority": "Health Information Privacy Code 1994"}},
           {"rule": "ISP303", "data_contains": {"authority": "Domestic Violence Act 1995"}},
           {"rule": "ISP401"},
           {"rule": "ISP451", "data": {"control": "training"}},
           {"rule": "ISP451", "data": {"control": "password-protection"}},
           {"rule": "ISP451", "data": {"control": "approved-devices"}},
           {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
           {"rule": "ISP801", "data_contains": {"text": "future reference"}},
           {"rule": "ISP604", "data": {"due": "2021-08-30"}},
       ],
       ["ISP302"],
       "2019 protocol: laws listed without saying which purpose each covers, all three repealed; 'confidential' but no classification; SEEMail but no password protection; keeps info 'for future reference'; review due 30 August 2021; no tikanga section."),
    _f("trap-01-kura-attendance-tracked-and-controls.docx", kura_trap(), "trap",
       [{"rule": "ISP202"}], [],
       "Lead agency, classification and review owner are only in drop-down content controls, breach contact only in plain-text controls, signing dates in date pickers; tracked changes delete a 'for future reference' clause and change the review period from 36 to 24 months, so only ISP202 applies when read as accepted."),
]


def main():
    outdir = HERE
    truth = {"as_of": "2026-11-24", "style": TRUTH_META["style"], "files": {}}
    for spec in PROTOCOLS:
        path = build(spec, outdir)
        normalise_zip(path)
        truth["files"][spec["file"]] = spec["truth"]
        print("built", os.path.basename(path))
    with open(os.path.join(outdir, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
