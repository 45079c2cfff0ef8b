# -*- coding: utf-8 -*-
"""Build the exchange-of-letters corpus of multi-agency meeting information
sharing protocols (house style: letter on agency letterhead + Attachment A
terms + "Agreed and accepted for" counter-signatures).

Run with /work/blind-kit5/.venv/bin/python build.py ; output goes next to
this script. Everything is deterministic: fixed core-property dates, fixed
zip timestamps, fixed ids.
"""
import datetime
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


OUT = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- helpers
class Ids:
    def __init__(self):
        self.n = 100

    def next(self):
        self.n += 1
        return self.n


def w_el(tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), str(v))
    return el


def add_text_runs(p, text, bold=False, italic=False, size=None, color=None):
    """Add runs to paragraph p; **x** marks bold segments."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part = part[2:-2]
            b = True
        r = p.add_run(part)
        r.bold = b or None
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def make_run_el(text, bold=False, deleted=False):
    r = w_el("w:r")
    if bold:
        rpr = w_el("w:rPr")
        rpr.append(w_el("w:b"))
        r.append(rpr)
    t = w_el("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


def sdt_inline(p, seg, ids):
    """Append an inline content control to paragraph p.
    seg: dict(kind='dropdown'|'date'|'text', value=..., items=[...],
              date='YYYY-MM-DD', alias=..., tag=..., placeholder=bool)"""
    sdt = w_el("w:sdt")
    pr = w_el("w:sdtPr")
    if seg.get("bold"):
        rpr = w_el("w:rPr")
        rpr.append(w_el("w:b"))
        pr.append(rpr)
    pr.append(w_el("w:alias", **{"w:val": seg.get("alias", "Field")}))
    pr.append(w_el("w:tag", **{"w:val": seg.get("tag", seg.get("alias", "field")).replace(" ", "")}))
    pr.append(w_el("w:id", **{"w:val": ids.next()}))
    if seg.get("placeholder"):
        pr.append(w_el("w:showingPlcHdr"))
    kind = seg["kind"]
    if kind == "dropdown":
        dd = w_el("w:dropDownList")
        for it in seg["items"]:
            dd.append(w_el("w:listItem", **{"w:displayText": it, "w:value": it}))
        pr.append(dd)
    elif kind == "date":
        d = w_el("w:date", **{"w:fullDate": seg["date"] + "T00:00:00Z"})
        d.append(w_el("w:dateFormat", **{"w:val": "d MMMM yyyy"}))
        d.append(w_el("w:lid", **{"w:val": "en-NZ"}))
        d.append(w_el("w:storeMappedDataAs", **{"w:val": "dateTime"}))
        d.append(w_el("w:calendar", **{"w:val": "gregorian"}))
        pr.append(d)
    elif kind == "text":
        pr.append(w_el("w:text"))
    sdt.append(pr)
    sdt.append(w_el("w:sdtEndPr"))
    content = w_el("w:sdtContent")
    content.append(make_run_el(seg["value"], bold=seg.get("bold", False)))
    sdt.append(content)
    p._p.append(sdt)


def tracked(p, seg, ids):
    kind = seg["kind"]  # 'ins' or 'del'
    el = w_el("w:" + kind, **{"w:id": ids.next(), "w:author": seg["author"],
                              "w:date": seg["date"] + "T09:00:00Z"})
    el.append(make_run_el(seg["text"], deleted=(kind == "del")))
    p._p.append(el)


def fill_segments(p, segs, ids):
    for seg in segs:
        if isinstance(seg, str):
            add_text_runs(p, seg)
        elif seg["kind"] in ("ins", "del"):
            tracked(p, seg, ids)
        else:
            sdt_inline(p, seg, ids)


def set_indent(p, left=None, hanging=None, first=None):
    pf = p.paragraph_format
    if left is not None:
        pf.left_indent = Cm(left)
    if hanging is not None:
        pf.first_line_indent = Cm(-hanging)
    if first is not None:
        pf.first_line_indent = Cm(first)


def add_outline_level(p, level):
    pPr = p._p.get_or_add_pPr()
    ol = w_el("w:outlineLvl", **{"w:val": level})
    # outlineLvl sits after jc/ind/spacing and before rPr/sectPr/pPrChange
    anchor = None
    for child in pPr:
        if child.tag in (qn("w:rPr"), qn("w:sectPr"), qn("w:pPrChange")):
            anchor = child
            break
    if anchor is not None:
        anchor.addprevious(ol)
    else:
        pPr.append(ol)


def bottom_border(p, color="1F3864", sz=12):
    pPr = p._p.get_or_add_pPr()
    bdr = w_el("w:pBdr")
    bdr.append(w_el("w:bottom", **{"w:val": "single", "w:sz": sz, "w:space": 4, "w:color": color}))
    # pBdr goes after numPr and before shd/tabs/spacing/ind/jc
    anchor = None
    for child in pPr:
        if child.tag in (qn("w:shd"), qn("w:tabs"), qn("w:spacing"), qn("w:ind"), qn("w:jc"),
                         qn("w:outlineLvl"), qn("w:rPr")):
            anchor = child
            break
    if anchor is not None:
        anchor.addprevious(bdr)
    else:
        pPr.append(bdr)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(w_el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill}))


def add_numbering(doc, num_id, fmt="decimal", text="%1.", bold=True, left=0.85):
    """Add an abstractNum + num pair for auto-numbered attachment paragraphs."""
    numbering = doc.part.numbering_part.element
    absn = w_el("w:abstractNum", **{"w:abstractNumId": num_id})
    absn.append(w_el("w:multiLevelType", **{"w:val": "hybridMultilevel"}))
    lvl = w_el("w:lvl", **{"w:ilvl": 0})
    lvl.append(w_el("w:start", **{"w:val": 1}))
    lvl.append(w_el("w:numFmt", **{"w:val": fmt}))
    lvl.append(w_el("w:lvlText", **{"w:val": text}))
    lvl.append(w_el("w:lvlJc", **{"w:val": "left"}))
    ppr = w_el("w:pPr")
    ppr.append(w_el("w:ind", **{"w:left": int(left * 567), "w:hanging": int(left * 567)}))
    lvl.append(ppr)
    rpr = w_el("w:rPr")
    if bold:
        rpr.append(w_el("w:b"))
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = w_el("w:num", **{"w:numId": num_id})
    num.append(w_el("w:abstractNumId", **{"w:val": num_id}))
    numbering.append(num)


def set_num(p, num_id, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def add_comment_free_custom_styles(doc, font, size):
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = w_el("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    normal.paragraph_format.space_after = Pt(6)
    # custom styles
    from docx.enum.style import WD_STYLE_TYPE
    s = st.add_style("Letterhead Name", WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = normal
    s.font.size = Pt(15)
    s.font.bold = True
    s.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    s.paragraph_format.space_after = Pt(0)
    s = st.add_style("Letterhead Detail", WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = normal
    s.font.size = Pt(8.5)
    s.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    s.paragraph_format.space_after = Pt(0)
    s = st.add_style("Address Block", WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = normal
    s.paragraph_format.space_after = Pt(0)
    s = st.add_style("Attachment Title", WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = normal
    s.font.size = Pt(14)
    s.font.bold = True
    s.paragraph_format.space_after = Pt(4)
    s = st.add_style("Terms Paragraph", WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = normal
    s.paragraph_format.space_after = Pt(8)
    s = st.add_style("Signature Block", WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = normal
    s.paragraph_format.space_after = Pt(0)


def marking_par(container_par, text):
    container_par.text = ""
    container_par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = container_par.add_run(text)
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)


# ---------------------------------------------------------------- renderer
def render_block(doc, block, ids, indent=None, style="Terms Paragraph"):
    if isinstance(block, str):
        p = doc.add_paragraph(style=style)
        add_text_runs(p, block)
        if indent is not None:
            set_indent(p, left=indent)
        return p
    kind = block[0]
    if kind == "segs":
        p = doc.add_paragraph(style=style)
        fill_segments(p, block[1], ids)
        if indent is not None:
            set_indent(p, left=indent)
        return p
    if kind == "bullets":
        for item in block[1]:
            p = doc.add_paragraph(style="List Bullet")
            if isinstance(item, str):
                add_text_runs(p, item)
            else:
                fill_segments(p, item, ids)
            if indent is not None:
                set_indent(p, left=indent + 0.63, hanging=0.63)
        return None
    if kind == "letters":
        for i, item in enumerate(block[1]):
            p = doc.add_paragraph(style=style)
            lab = block[2][i] if len(block) > 2 else "(%s)" % "abcdefghij"[i]
            add_text_runs(p, lab + "\t" + item)
            base = indent if indent is not None else 0
            set_indent(p, left=base + 0.9, hanging=0.9)
            p.paragraph_format.space_after = Pt(3)
        return None
    if kind == "table":
        header, rows = block[1], block[2]
        widths = block[3] if len(block) > 3 else None
        t = doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            c = t.rows[0].cells[j]
            c.text = ""
            add_text_runs(c.paragraphs[0], h, bold=True, size=10)
            shade_cell(c, "D9E2F3")
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.rows[i + 1].cells[j]
                c.text = ""
                if isinstance(val, str):
                    add_text_runs(c.paragraphs[0], val, size=10)
                else:
                    fill_segments(c.paragraphs[0], val, ids)
        if widths:
            for row in t.rows:
                for j, wd in enumerate(widths):
                    row.cells[j].width = Cm(wd)
        doc.add_paragraph(style=style).paragraph_format.space_after = Pt(2)
        return None
    if kind == "block_sdt":
        # a block-level rich text content control wrapping one paragraph
        p = doc.add_paragraph(style=style)
        fill_segments(p, block[1], ids)
        if indent is not None:
            set_indent(p, left=indent)
        sdt = w_el("w:sdt")
        pr = w_el("w:sdtPr")
        pr.append(w_el("w:alias", **{"w:val": block[2]}))
        pr.append(w_el("w:tag", **{"w:val": block[2].replace(" ", "")}))
        pr.append(w_el("w:id", **{"w:val": ids.next()}))
        sdt.append(pr)
        content = w_el("w:sdtContent")
        p._p.addprevious(sdt)
        content.append(p._p)
        sdt.append(content)
        return None
    raise ValueError(kind)


def build(spec):
    ids = Ids()
    doc = Document()
    add_comment_free_custom_styles(doc, spec.get("font", "Calibri"), spec.get("size", 11))
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

    marking = spec.get("marking")
    lh_in_header = spec.get("letterhead_in_header", False)
    if lh_in_header:
        sec.different_first_page_header_footer = True
        fh = sec.first_page_header
        if marking:
            marking_par(fh.paragraphs[0], marking)
            render_letterhead_header(fh, spec)
        else:
            render_letterhead_header(fh, spec, first_par=True)
        if marking:
            marking_par(sec.first_page_footer.paragraphs[0], marking)
    if marking:
        marking_par(sec.header.paragraphs[0], marking)
        marking_par(sec.footer.paragraphs[0], marking)
    if spec.get("footer_note"):
        fp = sec.footer.add_paragraph() if marking else sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(spec["footer_note"])
        r.font.size = Pt(8)

    # ---- letterhead in body
    if not lh_in_header:
        for i, line in enumerate(spec["letterhead"]):
            p = doc.add_paragraph(style="Letterhead Name" if i == 0 else "Letterhead Detail")
            add_text_runs(p, line)
        bottom_border(p)
        doc.add_paragraph()

    # ---- memo block or date/reference
    if spec.get("memo"):
        p = doc.add_paragraph()
        r = p.add_run("MEMORANDUM")
        r.bold = True
        r.font.size = Pt(16)
        r.font.all_caps = True
        t = doc.add_table(rows=0, cols=2)
        for label, val in spec["memo"]:
            row = t.add_row()
            row.cells[0].text = ""
            add_text_runs(row.cells[0].paragraphs[0], label, bold=True)
            row.cells[1].text = ""
            if isinstance(val, list) and val and isinstance(val[0], dict):
                fill_segments(row.cells[1].paragraphs[0], val, ids)
            elif isinstance(val, list):
                for k, line in enumerate(val):
                    cp = row.cells[1].paragraphs[0] if k == 0 else row.cells[1].add_paragraph()
                    add_text_runs(cp, line)
                    cp.paragraph_format.space_after = Pt(0)
            else:
                add_text_runs(row.cells[1].paragraphs[0], val)
            row.cells[0].width = Cm(2.6)
            row.cells[1].width = Cm(13.8)
        p = doc.add_paragraph()
        bottom_border(p, color="808080", sz=6)
    else:
        if spec.get("ref"):
            for line in spec["ref"]:
                p = doc.add_paragraph(style="Address Block")
                add_text_runs(p, line)
            doc.add_paragraph(style="Address Block")
        p = doc.add_paragraph(style="Address Block")
        if isinstance(spec["date"], str):
            add_text_runs(p, spec["date"])
        else:
            fill_segments(p, spec["date"], ids)
        doc.add_paragraph(style="Address Block")
        for blk in spec["addressees"]:
            for line in blk:
                p = doc.add_paragraph(style="Address Block")
                add_text_runs(p, line)
            doc.add_paragraph(style="Address Block")

    # ---- salutation and Re:
    p = doc.add_paragraph()
    add_text_runs(p, spec["salutation"])
    p = doc.add_paragraph()
    add_text_runs(p, "**" + spec["re"] + "**")

    for blk in spec["letter"]:
        render_block(doc, blk, ids, style="Normal")

    # ---- closing for writing agency
    cl = spec["closing"]
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    add_text_runs(p, cl.get("valediction", "Yours sincerely"))
    for _ in range(2):
        doc.add_paragraph(style="Signature Block")
    for k, line in enumerate(cl["lines"]):
        p = doc.add_paragraph(style="Signature Block")
        add_text_runs(p, line, bold=(k == 0))
    if spec.get("encl") or spec.get("cc"):
        doc.add_paragraph(style="Signature Block")
    if spec.get("encl"):
        p = doc.add_paragraph(style="Signature Block")
        add_text_runs(p, spec["encl"])
    if spec.get("cc"):
        doc.add_paragraph(style="Signature Block")
        p = doc.add_paragraph(style="Signature Block")
        add_text_runs(p, spec.get("cc_label", "cc:"))
        for line in spec["cc"]:
            p = doc.add_paragraph(style="Signature Block")
            add_text_runs(p, line)
            set_indent(p, left=1.0)

    # ---- attachment
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph(style="Attachment Title")
    add_text_runs(p, spec["attachment_title"])
    if spec.get("attachment_sub"):
        for line in spec["attachment_sub"]:
            p = doc.add_paragraph()
            add_text_runs(p, line)
    if spec.get("attachment_intro"):
        for blk in spec["attachment_intro"]:
            render_block(doc, blk, ids)

    style = spec["section_style"]
    if style == "autonum":
        add_numbering(doc, 41)
    for n, (key, lead, blocks) in enumerate(spec["sections"], start=1):
        number = spec.get("numbers", {}).get(key, str(n))
        if style in ("h3", "h3plain"):
            htext = lead if style == "h3plain" else "%s.  %s" % (number, lead)
            h = doc.add_paragraph(style="Heading 3")
            add_text_runs(h, htext)
            for blk in blocks:
                render_block(doc, blk, ids)
        else:
            first = blocks[0]
            p = doc.add_paragraph(style="Terms Paragraph")
            if style == "runin":
                add_text_runs(p, "**%s.\u00a0\u00a0%s.** " % (number, lead))
                set_indent(p, left=0.9, hanging=0.9)
            else:  # autonum
                set_num(p, 41)
                add_text_runs(p, "**%s.** " % lead)
            if isinstance(first, str):
                add_text_runs(p, first)
            elif first[0] == "segs":
                fill_segments(p, first[1], ids)
            else:
                raise ValueError("run-in section must start with text: " + key)
            if spec.get("outline_levels"):
                add_outline_level(p, 2)
            for blk in blocks[1:]:
                render_block(doc, blk, ids, indent=0.9)

    # ---- counter-signatures
    for cs in spec["countersigs"]:
        render_countersig(doc, cs, spec.get("sig_layout", "lines"), ids)

    # ---- core properties
    cp = doc.core_properties
    core = spec["core"]
    cp.author = core["author"]
    cp.last_modified_by = core.get("last_modified_by", core["author"])
    cp.title = core["title"]
    cp.subject = core.get("subject", "Information sharing protocol")
    cp.keywords = core.get("keywords", "")
    cp.comments = ""
    cp.category = core.get("category", "Correspondence")
    cp.created = datetime.datetime(*core["created"])
    cp.modified = datetime.datetime(*core["modified"])
    cp.last_printed = datetime.datetime(*core["modified"])
    cp.revision = core.get("revision", 4)
    return doc


def render_letterhead_header(header, spec, first_par=False):
    for i, line in enumerate(spec["letterhead"]):
        if i == 0 and first_par:
            p = header.paragraphs[0]
        else:
            p = header.add_paragraph()
        r = p.add_run(line.replace("**", ""))
        p.paragraph_format.space_after = Pt(0)
        if i == 0:
            r.bold = True
            r.font.size = Pt(15)
            r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        else:
            r.font.size = Pt(8.5)
            r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    bottom_border(p)


def render_countersig(doc, cs, layout, ids):
    layout = cs.get("layout", layout)
    p = doc.add_paragraph(style="Signature Block")
    p.paragraph_format.space_before = Pt(14)
    p.paragraph_format.keep_with_next = True
    add_text_runs(p, "**" + cs.get("heading", "Agreed and accepted for " + cs["agency"]) + "**")
    date = cs.get("date")
    date_segs = None
    if isinstance(date, dict):
        date_segs = [date]
    if layout == "labelled":
        p = doc.add_paragraph(style="Signature Block")
        p.paragraph_format.space_before = Pt(18)
        add_text_runs(p, "Signature: ..........................................................")
        if cs.get("name") is not None:
            p = doc.add_paragraph(style="Signature Block")
            add_text_runs(p, "Name: " + cs["name"])
        if cs.get("title") is not None:
            p = doc.add_paragraph(style="Signature Block")
            add_text_runs(p, "Title: " + cs["title"])
        if date is not None:
            p = doc.add_paragraph(style="Signature Block")
            if date_segs:
                fill_segments(p, ["Date: "] + date_segs, ids)
            else:
                add_text_runs(p, "Date: " + date)
    elif layout == "breaks":
        p = doc.add_paragraph(style="Signature Block")
        p.paragraph_format.space_before = Pt(18)
        lines = ["______________________________"]
        for k in ("name", "title"):
            if cs.get(k) is not None:
                lines.append(cs[k])
        for k, line in enumerate(lines):
            if k:
                p.add_run().add_break()
            add_text_runs(p, line)
        if date is not None:
            p.add_run().add_break()
            if date_segs:
                fill_segments(p, date_segs, ids)
            else:
                add_text_runs(p, date)
    else:  # lines: unlabelled, one paragraph each
        p = doc.add_paragraph(style="Signature Block")
        p.paragraph_format.space_before = Pt(18)
        add_text_runs(p, "………………………………………………")
        for k in ("name", "title"):
            if cs.get(k) is not None:
                p = doc.add_paragraph(style="Signature Block")
                add_text_runs(p, cs[k])
        if date is not None:
            p = doc.add_paragraph(style="Signature Block")
            if date_segs:
                fill_segments(p, date_segs, ids)
            else:
                add_text_runs(p, date)


# ================================================================ CONTENT
# Shared clause wordings. Each protocol draws on these but most text is
# written per meeting.

CONTROL_ORDER = ["training", "hardcopy-destruction", "password-protection",
                 "approved-devices", "virtual-meeting", "hardcopy-distribution"]

CONTROLS = {
    "A": {
        "training": "Every representative has completed their own agency's privacy and information security training before attending, including any training needed to use the shared workspace.",
        "hardcopy-destruction": "Any printed material brought to or produced at a meeting is collected by the chair when the meeting closes and securely shredded.",
        "password-protection": "Personal information sent by email travels only as a password-protected attachment, with the password sent separately.",
        "approved-devices": "Information is sent, received and viewed only on devices issued or approved by the representative's own agency.",
        "virtual-meeting": "When anyone joins online, no personal information is typed into the meeting chat, the meeting is not recorded, and nobody takes screenshots.",
        "hardcopy-distribution": "Representatives do not hand printed material to representatives of other agencies.",
    },
    "B": {
        "training": "representatives have completed privacy and information security training with their own agency;",
        "hardcopy-destruction": "hard copies are kept to a minimum and are securely destroyed (shredded, or placed in a locked secure-destruction bin) before attendees leave the room;",
        "password-protection": "attachments containing personal information are password protected, and passwords are given by phone or text, never in the same email;",
        "approved-devices": "only agency-approved laptops and phones are used to share or access meeting information, and personal devices and personal email accounts are not used;",
        "virtual-meeting": "in online meetings the chat function is not used for personal information, and the meeting is neither recorded nor captured by screenshot;",
        "hardcopy-distribution": "printed copies are not passed to, or left with, other attending agencies' representatives.",
    },
    "C": {
        "training": "Attending agency representatives have completed privacy and information security training modules, both their agency's internal modules and any modules required to use a secure business system.",
        "hardcopy-destruction": "All hard copy information is securely destroyed at the end of each meeting.",
        "password-protection": "All email attachments that contain personal information are password protected.",
        "approved-devices": "Information is shared only from agency-approved devices.",
        "virtual-meeting": "A representative attending by video link does not use the chat function for personal information, does not record the meeting and does not take screenshots of shared screens.",
        "hardcopy-distribution": "Hard copies are not given to representatives of other attending agencies.",
    },
}


def controls(setname, omit=()):
    return [CONTROLS[setname][k] for k in CONTROL_ORDER if k not in omit]


def cs(agency, name, title, date, **kw):
    d = {"agency": agency, "name": name, "title": title, "date": date}
    d.update(kw)
    return d


def dd(value, items, alias):
    return {"kind": "dropdown", "value": value, "items": items, "alias": alias}


def dt(iso, shown, alias="Date"):
    return {"kind": "date", "date": iso, "value": shown, "alias": alias}


CLASS_ITEMS = ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"]


# ---------------------------------------------------------------- family violence safety table
def fv(c):
    short = c["short"]
    lead = "New Zealand Police"
    agencies = c["agencies"]
    secs = []
    secs.append(("attending-agencies", c.get("h_att", "Attending agencies"), [
        "The agencies listed below attend the %s and are the parties to these terms. New Zealand Police is the lead agency: it convenes and chairs the meeting, keeps the action log and is responsible for putting these terms into practice." % c["meeting"],
        ("bullets", [a["name"] + (" (lead agency)" if a.get("lead") else "") for a in agencies]),
        "Each agency sends a named representative and a named alternate whose roles give them access to the information their agency may need to share, and who can commit their agency to actions.",
    ]))
    secs.append(("meeting-purpose", c.get("h_mp", "Purpose of the %s" % short), [
        "The %s meets %s at %s. Its purpose is to reduce harm, and the risk of further harm, to people affected by family violence in %s, by making sure that each family harm episode reported to Police, and each referral from a partner agency, receives a prompt, coordinated and culturally appropriate safety response." % (c["meeting"], c["freq"], c["venue"], c["area"]),
    ]))
    secs.append(("sharing-purpose", c.get("h_sp", "Purposes of sharing"), [
        "Information is shared at the %s for the following purposes, and for no other:" % short,
        ("letters", [
            "to assess the risk of further family violence to adult victims and to any children in the household;",
            "to develop a safety plan with each whānau and agree which agency will carry out each action in it; and",
            "to monitor whether the agreed actions and services have been delivered, and to adjust the plan when the risk changes.",
        ]),
    ]))
    secs.append(("legal-authority", c.get("h_la", "Legal authority"), [
        "These terms do not themselves authorise any sharing of information and cannot change the law. They record the authority the parties rely on for each purpose in paragraph 3:",
        ("table", ["Purpose", "Legal authority relied on"], [
            ["(a) Assessing risk", "Family Violence Act 2018, section 20; and, where the wellbeing or safety of a child or young person is in question, Oranga Tamariki Act 1989, section 66C"],
            ["(b) Safety planning and allocating actions", "Family Violence Act 2018, section 20; and, where the plan concerns a child or young person, Oranga Tamariki Act 1989, section 66C"],
            ["(c) Monitoring delivery of agreed actions", "Family Violence Act 2018, section 20"],
        ], [5.0, 11.0]),
        "Before sharing, each representative checks that the disclosure meets the requirements of the provision relied on. A representative who is unsure does not share until they have advice from their agency's privacy or legal team.",
    ]))
    secs.append(("information-shared", c.get("h_is", "Information to be shared"), [
        "Only information relevant to the purposes in paragraph 3 is shared, and representatives share the least that will do the job; a whole file is never tabled. In general the information is:",
        ("bullets", ["names, dates of birth and contact details of the adult victim, the person alleged to have used violence and any children in the household;"] +
         [a["info"] for a in agencies if a.get("info")]),
    ]))
    secs.append(("use-of-information", c.get("h_use", "Use of information"), [
        "Information received at the %s is used only for the purpose for which it was shared. A representative records shared information in their own agency's system only when it is needed to carry out an action allocated to that agency, and then notes with it:" % short,
        ("bullets", ["the agency the information came from;", "the legal authority under which it was shared;",
                     "the purpose for which it was shared;", "any restriction on its use; and", "the date it was shared."]),
        "Any other use, including use in an unrelated investigation or proceeding, needs a fresh assessment of purpose and legal authority, made with advice from the agency's privacy or legal team.",
    ]))
    secs.append(("transparency", c.get("h_tr", "Telling people about the sharing"), [
        "Each party's privacy statement explains that it takes part in multi-agency family violence safety meetings and may share personal information there to keep people safe. Where it is safe to do so, the agency with the closest relationship with a victim tells them that their situation will be discussed at the %s, which agencies attend and why, and records that this has been done." % short,
        "A person alleged to have used violence is not told in advance where telling them could increase the risk to a victim or child. The reason for not telling a person is recorded in the action log and reconsidered when the case is next discussed.",
    ]))
    secs.append(("method-of-sharing", c.get("h_ms", "How information is shared"), [
        "Police send the list of episodes to be discussed to representatives by secure email no earlier than 3 pm on the working day before the meeting. Most information is shared verbally at the meeting, which is held in person; a representative who cannot attend in person may join by Microsoft Teams. Actions agreed at the meeting are recorded by the chair in %s, to which only named representatives have access. Information sent by email after the meeting goes only to the representatives who need it to complete an allocated action." % c["system"],
    ]))
    secs.append(("security-classification", c.get("h_sc", "Classification"), [
        "Information shared at the %s, including the episode list and the action log, is classified **IN-CONFIDENCE**. Each government party handles it under the Protective Security Requirements for that classification; the NGO parties have confirmed that they can receive and handle information at this level." % short,
    ]))
    secs.append(("security-controls", c.get("h_ctl", "Security controls"), [
        "The following minimum controls apply to all sharing under these terms:",
        ("bullets", controls(c.get("controls", "A"))),
    ]))
    secs.append(("tikanga", c.get("h_tk", "Tikanga"), [
        "Many of the whānau discussed at the %s are Māori, and information about them is taonga. %s advises the parties on tikanga, and the parties have agreed that:" % (short, c["iwi"]),
        ("bullets", [
            "whānau are discussed respectfully and by name, and whakapapa or wider whānau connections are shared only where they bear on safety;",
            "where a whānau has asked for a particular kaupapa Māori service or kaumātua to be involved, that wish is recorded and honoured where it is safe to do so;",
            "aggregate or de-identified information about Māori whānau drawn from the action log is not used for reporting or research without first discussing it with %s; and" % c["iwi"],
            "tikanga practices are revisited with %s at each review of these terms." % c["iwi"],
        ]),
    ]))
    secs.append(("retention-disposal", c.get("h_rd", "Keeping and disposing of information"), [
        "Parties keep information from the %s only where they need it to carry out an action allocated to them, and then store it in their agency's approved business system. Once it is stored there, the emailed copy is deleted from inboxes and downloads. Each party keeps and disposes of the information it holds under its own retention and disposal authority. Police, as lead agency, keep the episode lists and action log in %s and dispose of them under the disposal authority that applies to Police records." % (short, c["system"]),
    ]))
    secs.append(("breach-management", c.get("h_bm", "Privacy or security breaches"), [
        "A representative who becomes aware that information shared at the %s has been lost, sent to the wrong person or accessed without authority tells their own agency's privacy officer and the breach contact straight away." % short,
        "The breach contact for the %s is %s." % (short, c["breach"]),
        "The breach contact brings together the agencies involved to contain the breach, assess the harm and agree who will tell the people affected. The agency that holds the information concerned decides whether the breach is notifiable and, if it is, notifies the Privacy Commissioner.",
    ]))
    secs.append(("conflicts-of-interest", c.get("h_coi", "Conflicts of interest"), [
        "A representative who knows a person being discussed, as a relative, friend or neighbour or through any other personal connection, tells the chair as soon as they realise it, leaves the meeting while that person is discussed, and passes any request for information to a colleague in their agency. The chair notes in the action log that a conflict was declared, but not its details.",
    ]))
    secs.append(("relationship-management", c.get("h_rm", "Relationship managers"), [
        "Each party names a relationship manager, who need not attend the meeting but understands its purpose, who attends and what is shared. Relationship managers check in with their representatives regularly, help them with any question about sharing their agency's information, and meet together at least twice a year to confirm that the terms are working as intended and that sharing has not crept beyond the purposes in paragraph 3.",
        ("table", ["Party", "Relationship manager"], [[a["name"], a["rm"]] for a in agencies], [8.0, 8.0]),
    ]))
    secs.append(("review", c.get("h_rv", "Review"), [
        c.get("review_text", "These terms are reviewed every %s months from the date of the last signature below. New Zealand Police, as lead agency, initiates each review. Any party may ask for an earlier review if a problem with the sharing arises or if the law relied on changes." % c["review_months"]),
    ]))
    secs.append(("approval", c.get("h_ap", "Approval"), [
        "New Zealand Police agrees to these terms through the Area Commander's signature on the covering letter. Each other attending agency agrees to them by signing below. Police will send every party a copy of the fully signed letter and attachment for its information sharing register.",
    ]))
    letter = [
        "Thank you for the time you and your staff gave to the %s family violence partners' hui on %s. This letter records what we agreed there about sharing information at the %s, and attaches the terms (Attachment A) that our representatives will work to." % (c["area_short"], c["hui_date"], c["meeting"]),
        "The %s brings our agencies together %s to look at each family harm episode and referral received since the last meeting, to judge how dangerous each situation is, and to agree who will do what to keep victims and their tamariki safe. To do that well each of us needs to be able to put on the table what we know about the people involved, but only what is needed and only for that work." % (short, c["freq"]),
        "We will share information for three purposes: to assess the risk to adult victims and their children; to build a safety plan with each whānau and allocate the actions in it; and to keep track of whether the services we agreed on have been delivered. Section 20 of the Family Violence Act 2018 allows family violence agencies and social services practitioners to disclose personal information to one another for these purposes, and each of our agencies is, or employs, one or the other. Where a child's wellbeing or safety is in question, section 66C of the Oranga Tamariki Act 1989 is also available. Neither this letter nor its attachment creates a power to share: each disclosure must meet the tests in those provisions, and representatives should ask their own privacy or legal team if they are unsure.",
        "If the attached terms reflect your agency's understanding, I would be grateful if you would sign the acceptance at the end of Attachment A and return a scanned copy to %s. The terms apply to your agency from the date you sign." % c["return_email"],
    ]
    return {
        "file": c["file"], "font": c.get("font", "Arial"), "size": 10.5, "marking": "IN-CONFIDENCE",
        "letterhead": c["letterhead"], "ref": c.get("ref"), "date": c["date"],
        "addressees": c["addressees"], "salutation": c["salutation"], "re": c["re"],
        "letter": letter, "closing": {"lines": c["writer"]},
        "encl": "Encl: Attachment A – Terms of information sharing", "cc": c.get("cc"),
        "attachment_title": "Attachment A: Terms of information sharing",
        "attachment_sub": [c["meeting"], "Attached to the letter of %s from the Area Commander, %s" % (c["date"], c["area_short"])],
        "section_style": c.get("style", "runin"),
        "sections": [s for s in secs if s[0] not in c.get("omit", ())],
        "countersigs": c["countersigs"], "sig_layout": c.get("sig_layout", "lines"),
        "core": c["core"],
    }


FV_WBOP = dict(
    file="clean-01-fv-safety-table-wbop.docx",
    meeting="Western Bay of Plenty Family Violence Safety Table", short="Safety Table",
    area="the Western Bay of Plenty (Tauranga, Te Puke and Katikati)", area_short="Western Bay of Plenty",
    freq="every Tuesday morning", venue="the Tauranga Police Station, with a video link to Te Puke",
    hui_date="24 February 2026", system="the Family Safety System",
    iwi="Ngā Tai Whakaora Trust", return_email="wbop.familyharm@police.govt.nz",
    letterhead=["New Zealand Police | Ngā Pirihimana o Aotearoa", "Western Bay of Plenty Area Command",
                "15 Monmouth Street, Private Bag 12023, Tauranga 3143", "Telephone 07 577 4300"],
    ref=["Our ref: WBOP/FH/2026/014"], date="9 March 2026",
    addressees=[
        ["Ms Tania Rewi", "Regional Manager, Bay of Plenty", "Oranga Tamariki – Ministry for Children", "Tauranga"],
        ["Dr Sam Elliott", "Group Manager, Mental Health and Addictions", "Health New Zealand | Te Whatu Ora, Hauora a Toi Bay of Plenty", "Tauranga"],
        ["Ms Jo Harrington", "Manager", "Kaimai Women's Refuge", "Tauranga"],
        ["Mr Rāwiri Ngātai", "Pouwhakahaere | Chief Executive", "Ngā Tai Whakaora Trust", "Tauranga"],
    ],
    salutation="Dear Tania, Sam, Jo and Rāwiri",
    re="Re: Information sharing at the Western Bay of Plenty Family Violence Safety Table",
    writer=["Craig Hollis", "Inspector", "Area Commander, Western Bay of Plenty", "New Zealand Police"],
    cc=["Family Harm Coordinator, Western Bay of Plenty", "District Privacy Officer, Bay of Plenty District"],
    agencies=[
        dict(name="New Zealand Police", lead=True, rm="Senior Sergeant, Family Harm, Western Bay of Plenty",
             info="from Police: a summary of the episode, earlier family harm episodes, protection orders, bail conditions and firearms licence status;"),
        dict(name="Oranga Tamariki – Ministry for Children", rm="Site Manager, Tauranga Central",
             info="from Oranga Tamariki: whether the whānau is known to Oranga Tamariki, any current assessment or plan, and the social worker's contact details;"),
        dict(name="Health New Zealand | Te Whatu Ora", rm="Family Violence Intervention Coordinator, Hauora a Toi Bay of Plenty",
             info="from Health New Zealand: health information that bears directly on risk or safety, such as injuries, pregnancy, or mental health or addiction concerns;"),
        dict(name="Kaimai Women's Refuge", rm="Service Lead",
             info="from Kaimai Women's Refuge: its risk assessment, the victim's expressed wishes and the safety planning already in place;"),
        dict(name="Ngā Tai Whakaora Trust", rm="Kaiwhakahaere Whānau Ora",
             info="from Ngā Tai Whakaora Trust: its engagement with the whānau, including any stopping-violence programme attended by the person using violence."),
    ],
    breach="the Family Harm Coordinator, New Zealand Police, Western Bay of Plenty (wbop.familyharm@police.govt.nz, 07 577 4391)",
    review_months=12, controls="A",
    countersigs=[
        cs("Oranga Tamariki – Ministry for Children", "Tania Rewi", "Regional Manager, Bay of Plenty", "16 March 2026"),
        cs("Health New Zealand | Te Whatu Ora", "Dr Sam Elliott", "Group Manager, Mental Health and Addictions, Hauora a Toi Bay of Plenty", "18 March 2026"),
        cs("Kaimai Women's Refuge", "Jo Harrington", "Manager", "23 March 2026"),
        cs("Ngā Tai Whakaora Trust", "Rāwiri Ngātai", "Pouwhakahaere | Chief Executive", "25 March 2026"),
    ],
    core=dict(author="Craig Hollis", last_modified_by="Family Harm Coordinator WBOP", title="Exchange of letters – WBOP Family Violence Safety Table",
              created=(2026, 2, 26, 10, 12), modified=(2026, 3, 25, 15, 40)),
)

FV_WHANGANUI = dict(
    file="defect-isp703-fv-whanganui-unsigned-provider.docx",
    meeting="Whanganui Family Violence Safety Hui", short="Safety Hui",
    area="Whanganui, Rangitīkei and Ruapehu", area_short="Whanganui",
    freq="every Thursday", venue="the Whanganui Police Station", hui_date="16 April 2026",
    system="the Family Safety System", iwi="Te Whare Tiaki o Whanganui",
    return_email="whanganui.familyharm@police.govt.nz",
    letterhead=["New Zealand Police | Ngā Pirihimana o Aotearoa", "Whanganui Area, Central District",
                "10 Bell Street, Whanganui 4500", "Telephone 06 349 0600"],
    ref=["File: WGN-FH-ISP-2026"], date="11 May 2026",
    addressees=[
        ["Ms Mereana Tuhiwai", "Regional Manager, Taranaki–Manawatū", "Oranga Tamariki – Ministry for Children", "Whanganui"],
        ["Ms Claire Donovan", "Operations Manager, Whanganui Hospital", "Health New Zealand | Te Whatu Ora", "Whanganui"],
        ["Ms Kiri Potaka", "Kaiwhakahaere", "Awa Women's Refuge", "Whanganui"],
        ["Mr Te Aroha Manu", "Chief Executive", "Te Whare Tiaki o Whanganui", "Whanganui"],
        ["Mr Glen Mathers", "Manager", "Manaaki Tāne Stopping Violence Service", "Whanganui"],
    ],
    salutation="Dear colleagues",
    re="Re: Terms for sharing information at the Whanganui Family Violence Safety Hui",
    writer=["Paul Hetet", "Inspector", "Area Commander, Whanganui", "New Zealand Police"],
    cc=["Family Harm Team Leader, Whanganui"],
    agencies=[
        dict(name="New Zealand Police", lead=True, rm="Family Harm Team Leader, Whanganui",
             info="from Police: the episode summary, previous family harm episodes, protection orders and bail conditions;"),
        dict(name="Oranga Tamariki – Ministry for Children", rm="Site Manager, Whanganui",
             info="from Oranga Tamariki: current or past involvement with the whānau and any current plan;"),
        dict(name="Health New Zealand | Te Whatu Ora", rm="Violence Intervention Programme Coordinator, Whanganui Hospital",
             info="from Health New Zealand: health information that bears directly on risk or safety;"),
        dict(name="Awa Women's Refuge", rm="Kaiwhakahaere",
             info="from Awa Women's Refuge: its risk assessment and the safety planning already in place;"),
        dict(name="Te Whare Tiaki o Whanganui", rm="Whānau Ora Team Leader",
             info="from Te Whare Tiaki o Whanganui: its work with the whānau and any whānau ora plan;"),
        dict(name="Manaaki Tāne Stopping Violence Service", rm="Practice Lead",
             info="from Manaaki Tāne Stopping Violence Service: attendance and progress of the person using violence in its programmes."),
    ],
    breach="the Family Harm Team Leader, New Zealand Police, Whanganui (whanganui.familyharm@police.govt.nz, 06 349 0655)",
    review_months=12, controls="C",
    countersigs=[
        cs("Oranga Tamariki – Ministry for Children", "Mereana Tuhiwai", "Regional Manager, Taranaki–Manawatū", "14 May 2026"),
        cs("Health New Zealand | Te Whatu Ora", "Claire Donovan", "Operations Manager, Whanganui Hospital", "19 May 2026"),
        cs("Awa Women's Refuge", "Kiri Potaka", "Kaiwhakahaere", "20 May 2026"),
        cs("Te Whare Tiaki o Whanganui", "Te Aroha Manu", "Chief Executive", "27 May 2026"),
    ],
    core=dict(author="Paul Hetet", last_modified_by="Whanganui Family Harm", title="Exchange of letters – Whanganui Family Violence Safety Hui",
              created=(2026, 4, 20, 9, 5), modified=(2026, 5, 28, 11, 22)),
)

FV_SOUTHLAND = dict(
    file="defect-isp702-fv-southland-signatory-no-title.docx",
    meeting="Murihiku Family Violence Safety Table", short="Safety Table",
    area="Invercargill and Southland", area_short="Southland",
    freq="twice weekly, on Mondays and Thursdays", venue="the Invercargill Police Station",
    hui_date="9 July 2026", system="the Family Safety System", iwi="Te Rūnanga Whānau Ora o Murihiku",
    return_email="southland.familyharm@police.govt.nz",
    letterhead=["New Zealand Police | Ngā Pirihimana o Aotearoa", "Southland Area, Southern District",
                "117 Don Street, Invercargill 9810", "Telephone 03 211 0400"],
    date="3 August 2026",
    addressees=[
        ["Mr Aaron Bell", "Regional Manager, Otago–Southland", "Oranga Tamariki – Ministry for Children", "Invercargill"],
        ["Dr Helen McKay", "Health New Zealand | Te Whatu Ora", "Southland Hospital, Invercargill"],
        ["Ms Rose Tautahi", "Manager", "Murihiku Women's Refuge", "Invercargill"],
        ["Ms Ngaire Whaanga", "Chief Executive", "Te Rūnanga Whānau Ora o Murihiku", "Invercargill"],
    ],
    salutation="Dear Aaron, Helen, Rose and Ngaire",
    re="Re: Murihiku Family Violence Safety Table – information sharing terms",
    writer=["Jenna Cowie", "Inspector", "Area Commander, Southland", "New Zealand Police"],
    agencies=[
        dict(name="New Zealand Police", lead=True, rm="Family Harm Coordinator, Southland",
             info="from Police: the episode summary, previous family harm episodes, protection orders, bail conditions and firearms licence status;"),
        dict(name="Oranga Tamariki – Ministry for Children", rm="Site Manager, Invercargill",
             info="from Oranga Tamariki: current or past involvement with the whānau and any current plan;"),
        dict(name="Health New Zealand | Te Whatu Ora", rm="Family Violence Intervention Coordinator, Southland Hospital",
             info="from Health New Zealand: health information that bears directly on risk or safety;"),
        dict(name="Murihiku Women's Refuge", rm="Advocacy Team Leader",
             info="from Murihiku Women's Refuge: its risk assessment and the safety planning already in place;"),
        dict(name="Te Rūnanga Whānau Ora o Murihiku", rm="Kaiārahi Team Leader",
             info="from Te Rūnanga Whānau Ora o Murihiku: its work with the whānau and any whānau ora plan."),
    ],
    breach="the Family Harm Coordinator, New Zealand Police, Southland (southland.familyharm@police.govt.nz, 03 211 0455)",
    review_months=24, controls="B", style="h3",
    h_mp="Why the Safety Table meets", h_is="What may be shared", h_rd="Retention and disposal",
    countersigs=[
        cs("Oranga Tamariki – Ministry for Children", "Aaron Bell", "Regional Manager, Otago–Southland", "6 August 2026"),
        cs("Health New Zealand | Te Whatu Ora", "Dr Helen McKay", None, "12 August 2026"),
        cs("Murihiku Women's Refuge", "Rose Tautahi", "Manager", "13 August 2026"),
        cs("Te Rūnanga Whānau Ora o Murihiku", "Ngaire Whaanga", "Chief Executive", "18 August 2026"),
    ],
    core=dict(author="Jenna Cowie", title="Exchange of letters – Murihiku Family Violence Safety Table",
              created=(2026, 7, 13, 14, 0), modified=(2026, 8, 18, 16, 30)),
)


# ---------------------------------------------------------------- youth offending panel (memorandum)
def youth(c):
    panel = c["panel"]
    prov = c["providers"]  # list of dicts name, rep, info, rm
    prov_names = " and ".join(p["name"] for p in prov)
    secs = []
    secs.append(("attending-agencies", "Attending agencies", [
        "The panel is attended by the agencies in the table below, which are the parties to these terms. Oranga Tamariki is the lead agency: it convenes the panel, provides the coordinator and chair, and keeps the panel register.",
        ("table", ["Agency", "Attends as"], [
            ["Oranga Tamariki – Ministry for Children (lead agency)", "Youth justice supervisor (chair) and panel coordinator"],
            ["New Zealand Police", "Youth Aid sergeant or Youth Aid officer"],
            ["Ministry of Education", "Senior adviser, learning support and attendance"],
        ] + [[p["name"], p["rep"]] for p in prov], [8.0, 8.0]),
    ]))
    secs.append(("meeting-purpose", "Purpose of the panel", [
        "The %s meets fortnightly at %s. It considers rangatahi aged 10 to 17 who have been apprehended for, or are suspected of, low- to medium-level offending and whom Police are considering for alternative action, and agrees a response that holds them to account, deals with what lies behind the offending, and keeps them connected to their whānau, school and community." % (panel, c["venue"]),
    ]))
    secs.append(("sharing-purpose", "Why information is shared", [
        "Information is shared at the panel for these purposes only:",
        ("letters", [
            "To decide, for each rangatahi referred, whether alternative action is appropriate or whether a referral for a youth justice family group conference should be considered.",
            "To assess the needs of the rangatahi and their whānau and agree a support plan, for example for re-engagement with education, a health assessment or mentoring.",
            "To monitor whether the agreed plan and any alternative action have been completed.",
        ], ["1.", "2.", "3."]),
    ]))
    secs.append(("legal-authority", "Legal authority", [
        "The authority relied on for each purpose is set out below. These terms are a record of those authorities and do not create any authority of their own.",
        ("table", ["Purpose", "Authority"], [
            ["1. Alternative action decision", "Oranga Tamariki Act 1989, s 66C; Privacy Act 2020, IPP 11(1)(e)(i), for Police information whose disclosure is necessary to avoid prejudice to the maintenance of the law"],
            ["2. Needs assessment and support plan", "Oranga Tamariki Act 1989, s 66C"],
            ["3. Monitoring the plan", "Oranga Tamariki Act 1989, s 66C"],
        ], [5.5, 10.5]),
        "%s %s confirmed with Oranga Tamariki that %s within the definition of a child welfare and protection agency in section 2 of the Oranga Tamariki Act 1989. A representative who is unsure whether the criteria in section 66C are met checks with their agency's privacy or legal adviser before sharing." % (prov_names, "has" if len(prov) == 1 else "have each", "it falls" if len(prov) == 1 else "they fall"),
    ]))
    secs.append(("information-shared", "Information to be shared", [
        "Only information relevant to the purposes above is shared. The main categories are:",
        ("bullets", [
            "Police: the offence or incident, any earlier Police contact, and the alternative action proposed or completed;",
            "Oranga Tamariki: whether the rangatahi or whānau is or has been involved with Oranga Tamariki, and any current plan;",
            "Ministry of Education: school enrolment, attendance pattern, stand-downs, suspensions or exclusions, and learning support in place;",
        ] + [p["info"] for p in prov]),
        "Information about other whānau members is shared only so far as it bears directly on the rangatahi's safety or plan.",
    ]))
    secs.append(("use-of-information", "Use of information", [
        "Panel members use shared information only for the purpose for which it was shared. Information is entered in a party's own records only when that party needs it to deliver an action agreed at the panel, and the record then shows where the information came from, the authority and purpose it was shared under, any limits on its use and the date it was shared. Using panel information for any other purpose, including a prosecution decision unrelated to the referral, requires a separate assessment and advice from the party's privacy or legal team.",
    ]))
    secs.append(("transparency", "Transparency", [
        "When Youth Aid refers a rangatahi to the panel, the officer explains to the rangatahi and their parent or caregiver what the panel is, which agencies sit on it, what will be shared and why, and gives them the panel information sheet in te reo Māori and English. Where practicable their views are sought before the panel sits and are recorded on the referral. Each party's privacy statement describes its participation in youth justice panels. If telling a rangatahi or their whānau would put anyone at risk, the reason for not telling them is noted on the referral.",
    ]))
    secs.append(("method-of-sharing", "Method of sharing", [
        "The coordinator sends the referral list to representatives by secure email two working days before each panel. Otherwise information is shared verbally at the panel, which representatives may attend in person or through Microsoft Teams. Outcomes and agreed actions are recorded by the coordinator in the panel register, held in Oranga Tamariki's document management system and open only to the coordinator and the youth justice supervisor.",
    ]))
    secs.append(("security-classification", "Security classification", [
        "All information shared at or for the panel is classified IN-CONFIDENCE, and emails carry that marking in the subject line.",
    ]))
    secs.append(("security-controls", "Security controls", [
        "Each party makes sure that the following controls are in place:",
        ("bullets", controls(c.get("controls", "C"))),
    ]))
    secs.append(("tikanga", "Tikanga considerations", [
        "Most rangatahi referred to the panel are Māori. The parties recognise the mana of rangatahi and their whānau and that information about them is taonga. %s leads on tikanga at the panel, and in practice:" % prov[0]["name"],
        ("bullets", [
            "each panel opens with karakia, and new members are welcomed through whakawhanaungatanga;",
            "information about whakapapa, hapū and marae connections is shared only to help connect the rangatahi with support, and with the whānau's agreement;",
            "any report that draws on panel information about Māori rangatahi is discussed with %s before it is released." % prov[0]["name"],
        ]),
    ]))
    secs.append(("retention-disposal", "Retention and disposal", [
        "Parties store information from the panel only where it is needed to carry out an agreed action, and only in their approved business system; emailed copies are then deleted. Each party applies its own retention and disposal authority. The panel register is kept by Oranga Tamariki and disposed of under its disposal authority for youth justice records.",
    ]))
    if "breach_blocks" in c:
        breach_blocks = c["breach_blocks"]
    else:
        breach_blocks = [
            "A representative who suspects a breach involving panel information tells the panel coordinator and their own privacy officer straight away.",
            "The breach contact is the %s." % c["breach"],
            "The coordinator works with the parties involved to contain the breach, assess the harm and decide who will tell the affected rangatahi and whānau. The agency responsible for the information decides whether to notify the Privacy Commissioner.",
        ]
    secs.append(("breach-management", "Privacy and security breaches", breach_blocks))
    secs.append(("conflicts-of-interest", "Conflicts of interest", [
        "%s is a close community and members will sometimes know a rangatahi or their whānau. A member with a personal connection to a rangatahi being discussed tells the chair before the discussion, steps out for that item and hands any request for information to a colleague. The chair records that a conflict was declared." % c["place"],
    ]))
    secs.append(("relationship-management", "Relationship management", [
        "Each party names a relationship manager, listed below, who keeps an overview of how sharing at the panel is working, supports their representative with questions about sharing their agency's information, and raises problems with the other relationship managers. Relationship managers meet every six months.",
        ("table", ["Party", "Relationship manager"], [
            ["Oranga Tamariki – Ministry for Children", c["rm_ot"]],
            ["New Zealand Police", c["rm_police"]],
            ["Ministry of Education", c["rm_moe"]],
        ] + [[p["name"], p["rm"]] for p in prov], [8.0, 8.0]),
    ]))
    secs.append(("review", "Review", [
        "These terms are reviewed every %s months after the last party signs. Oranga Tamariki, as lead agency, is responsible for starting the review; any party may ask for an earlier review." % c["review_months"],
    ]))
    secs.append(("approval", "Approval", [
        "Oranga Tamariki's agreement is recorded by the Regional Manager's signature on the covering memorandum. The other parties record their agreement below.",
    ]))
    letter = [
        "Tēnā koutou. When we met at the %s on %s, we agreed to put the information sharing arrangements for the %s on a proper footing before %s. This memorandum sets out what I understand we agreed, and Attachment A contains the terms themselves." % (c["forum"], c["forum_date"], panel, c["start"]),
        "The panel is meant to catch rangatahi early: to look at young people who have come to Police attention for lower-level offending and to agree together a response that keeps them out of the formal youth justice system where that is safe, while dealing with what lies behind the offending. That cannot be done unless Police, schools, Oranga Tamariki and our iwi and community partners each know what the others know, but the panel should see only what it needs for that job.",
        "The terms rely mainly on section 66C of the Oranga Tamariki Act 1989, which allows child welfare and protection agencies to share information to prevent or reduce the risk of harm to a child or young person and to make or contribute to assessments and plans for their wellbeing. Police information about offending is also disclosed under information privacy principle 11(1)(e)(i) of the Privacy Act 2020 where that is necessary to avoid prejudice to the maintenance of the law. The table in paragraph 4 of the attachment shows which authority supports each purpose. Neither this memorandum nor its attachment is itself a source of authority to share.",
        "Please sign where indicated at the end of the attachment and return it to the panel coordinator at %s by %s. Ngā mihi for the work your teams have already put into setting up the panel." % (c["return_email"], c["return_by"]),
    ]
    return {
        "file": c["file"], "font": "Calibri", "size": 11, "marking": "IN-CONFIDENCE",
        "letterhead": c["letterhead"], "memo": c["memo"],
        "salutation": "Dear colleagues", "re": c["re"], "letter": letter,
        "closing": {"lines": c["writer"]},
        "encl": "Attachment: A – Terms of information sharing",
        "attachment_title": "Attachment A: Terms of information sharing",
        "attachment_sub": [panel],
        "section_style": "h3", "sections": secs,
        "countersigs": c["countersigs"], "sig_layout": "labelled",
        "core": c["core"],
    }


YOUTH_NTH = dict(
    file="clean-02-youth-panel-whangarei-memo.docx",
    panel="Rangatahi Early Response Panel", place="Whangārei", venue="the Oranga Tamariki Whangārei office",
    forum="Te Tai Tokerau Youth Justice Governance Group", forum_date="14 May 2026", start="the panel's first sitting in July",
    letterhead=["Oranga Tamariki – Ministry for Children", "Youth Justice Services, Te Tai Tokerau",
                "Level 1, 5 Vine Street, Whangārei 0110 | PO Box 1512, Whangārei 0140"],
    memo=[
        ("To:", ["Inspector Dean Marsh, Area Commander, Whangārei–Kaipara, New Zealand Police",
                 "Hineroa Kingi, Director of Education, Te Tai Tokerau, Ministry of Education",
                 "Piripi Tāne, Chief Executive, Te Rūnanga Whakapiki Rangatahi"]),
        ("From:", "Anaru Hetaraka, Regional Manager, Youth Justice Services, Te Tai Tokerau"),
        ("Date:", "2 June 2026"),
        ("File:", "YJ-TTT-ISP-03"),
    ],
    re="Re: Information sharing at the Rangatahi Early Response Panel",
    writer=["Anaru Hetaraka", "Regional Manager, Youth Justice Services, Te Tai Tokerau", "Oranga Tamariki – Ministry for Children"],
    providers=[dict(name="Te Rūnanga Whakapiki Rangatahi", rep="Kaiārahi rangatahi (youth navigator) team leader",
                    rm="Tumu Whakarae Rangatahi",
                    info="Te Rūnanga Whakapiki Rangatahi: engagement with its programmes, whānau and marae connections relevant to the plan, and progress reports.")],
    breach="Panel Coordinator, Oranga Tamariki, Whangārei (youthpanel.tetaitokerau@ot.govt.nz, 09 470 2150)",
    rm_ot="Youth Justice Manager, Whangārei", rm_police="Youth Services Coordinator, Northland District",
    rm_moe="Manager, Learning Support, Te Tai Tokerau",
    return_email="youthpanel.tetaitokerau@ot.govt.nz", return_by="30 June 2026",
    review_months=18,
    countersigs=[
        cs("New Zealand Police", "Dean Marsh", "Inspector, Area Commander, Whangārei–Kaipara", "9 June 2026"),
        cs("Ministry of Education", "Hineroa Kingi", "Director of Education, Te Tai Tokerau", "15 June 2026"),
        cs("Te Rūnanga Whakapiki Rangatahi", "Piripi Tāne", "Chief Executive", "22 June 2026"),
    ],
    core=dict(author="Anaru Hetaraka", last_modified_by="Panel Coordinator", title="Memorandum – Rangatahi Early Response Panel information sharing",
              created=(2026, 5, 19, 8, 45), modified=(2026, 6, 22, 13, 10)),
)

YOUTH_CM = dict(
    file="defect-isp501-youth-panel-otara-no-breach-contact.docx",
    panel="Ōtara Rangatahi Panel", place="Ōtara", venue="the Oranga Tamariki Ōtara office",
    forum="Counties Manukau Youth Justice Partnership Group", forum_date="12 August 2025", start="the panel's first sitting in October",
    letterhead=["Oranga Tamariki – Ministry for Children", "Youth Justice Services, Counties Manukau",
                "Ōtara Town Centre, 10 Newbury Street, Ōtara, Auckland 2023"],
    memo=[
        ("To:", ["Inspector Losa Tuilagi, Area Commander, Counties Manukau East, New Zealand Police",
                 "Julian Fraser, Director of Education, Auckland, Ministry of Education",
                 "Makerita Fonoti, General Manager, Pasifika Youth Connect Trust",
                 "Hone Kereama, Kaiwhakahaere, Te Ara Rangatahi o Ōtara Trust"]),
        ("From:", "Sione Vaipulu, Regional Manager, Youth Justice Services, Counties Manukau"),
        ("Date:", "8 September 2025"),
    ],
    re="Re: Ōtara Rangatahi Panel – terms for sharing information",
    writer=["Sione Vaipulu", "Regional Manager, Youth Justice Services, Counties Manukau", "Oranga Tamariki – Ministry for Children"],
    providers=[
        dict(name="Te Ara Rangatahi o Ōtara Trust", rep="Kaiārahi team leader", rm="Kaiwhakahaere",
             info="Te Ara Rangatahi o Ōtara Trust: engagement with its mentoring programmes and progress reports;"),
        dict(name="Pasifika Youth Connect Trust", rep="Youth worker team leader", rm="General Manager",
             info="Pasifika Youth Connect Trust: engagement with its programmes and aiga connections relevant to the plan."),
    ],
    breach_blocks=[
        "A representative who suspects a breach involving panel information follows their own agency's privacy breach procedure and lets the other parties know as soon as practicable.",
        "Each party is responsible for assessing breaches of the information it holds. Notifiable privacy breaches are reported to the Office of the Privacy Commissioner (0800 803 909) by the agency concerned.",
    ],
    rm_ot="Youth Justice Manager, Ōtara", rm_police="Youth Services Coordinator, Counties Manukau District",
    rm_moe="Manager, Learning Support, Auckland South",
    return_email="otara.rangatahipanel@ot.govt.nz", return_by="3 October 2025",
    review_months=24, controls="A",
    countersigs=[
        cs("New Zealand Police", "Losa Tuilagi", "Inspector, Area Commander, Counties Manukau East", "15 September 2025"),
        cs("Ministry of Education", "Julian Fraser", "Director of Education, Auckland", "18 September 2025"),
        cs("Te Ara Rangatahi o Ōtara Trust", "Hone Kereama", "Kaiwhakahaere", "24 September 2025"),
        cs("Pasifika Youth Connect Trust", "Makerita Fonoti", "General Manager", "29 September 2025"),
    ],
    core=dict(author="Sione Vaipulu", title="Memorandum – Ōtara Rangatahi Panel information sharing",
              created=(2025, 8, 20, 9, 0), modified=(2025, 9, 29, 17, 5)),
)


# ---------------------------------------------------------------- school attendance (content controls, automatic numbering)
def school(c):
    g = c["group"]
    secs = []
    secs.append(("attending-agencies", "Who attends", [
        "The parties to these terms are the agencies that attend the group: Ministry of Education (lead agency); %s, the Attendance Service provider for %s; Oranga Tamariki – Ministry for Children; and Health New Zealand | Te Whatu Ora. Schools refer ākonga to the group in writing but do not attend its meetings." % (c["provider"], c["area"]),
    ]))
    secs.append(("meeting-purpose", "Purpose of the group", [
        "The group meets %s to work out, for each ākonga referred by a %s school for chronic non-attendance, what is keeping them from school and what coordinated support will help them and their whānau re-engage with learning." % (c["meets"], c["area"]),
    ]))
    secs.append(("sharing-purpose", "Purposes of sharing", [
        "Information is shared for these purposes only:",
        ("letters", [
            "to understand why a referred ākonga is not attending school, including barriers at home, in their health or in their learning;",
            "to agree which party will work with the ākonga and whānau, and what support each party will provide, to restore regular attendance; and",
            "to identify where non-attendance points to a risk to the ākonga's safety or wellbeing, so that the risk can be assessed by the appropriate agency.",
        ]),
    ]))
    secs.append(("legal-authority", "Legal authority", [
        "These terms do not authorise any sharing; they record the authority each party relies on for each purpose in paragraph 3:",
        ("table", ["Purpose", "Authority relied on"], [
            ["(a) and (b)", "Privacy Act 2020, IPP 11(1)(a) (disclosure directly related to the attendance and enrolment purposes for which the information was obtained) and IPP 11(1)(c) (authorised by the whānau on the referral form); for health information, Health Information Privacy Code 2020, rule 11(1)(b)"],
            ["(c)", "Oranga Tamariki Act 1989, s 66C"],
        ], [3.0, 13.0]),
    ]))
    secs.append(("information-shared", "Information shared", [
        "The information shared is limited to:",
        ("bullets", [
            "the school's referral: the ākonga's name, date of birth, school and year level, attendance record, and the contact the school has had with the whānau;",
            "from %s: its contact with the whānau and the circumstances it has learned of that affect attendance;" % c["provider"],
            "from Oranga Tamariki: whether it is currently working with the ākonga or whānau and, if so, the name of the social worker;",
            "from Health New Zealand: whether the ākonga is known to school-based health services and any health need that affects attendance, with the whānau's authorisation.",
        ]),
    ]))
    secs.append(("use-of-information", "Use of information", [
        "Shared information is used only for the purpose for which it was shared. A party enters it in its own records only when it needs it to carry out an action agreed at the meeting, and records its source, the authority and purpose it was shared under, any limits on its use and the date. Any other use needs a fresh assessment of purpose and authority with the party's privacy or legal team.",
    ]))
    secs.append(("transparency", "Telling whānau", [
        "When a school asks the whānau to agree to a referral, it explains that the ākonga will be discussed by the group, which agencies attend and what will be shared, and gives the whānau the group's information sheet. The referral form records the whānau's consent and any limits they put on it. Where purpose (c) applies and telling the whānau first would put the ākonga at risk, the party sharing records why the whānau was not told.",
    ]))
    secs.append(("method-of-sharing", "How information is exchanged", [c["method"]]))
    secs.append(("security-classification", "Security classification", [
        ("segs", ["Information shared under these terms is classified ",
                  dict(dd("IN-CONFIDENCE", CLASS_ITEMS, "Classification"), bold=True), "."]),
    ]))
    secs.append(("security-controls", "Security controls", [
        "Each party ensures that:",
        ("bullets", controls("B", c.get("omit_controls", ()))),
    ]))
    secs.append(("tikanga", "Tikanga Māori", [
        "%s, an iwi-affiliated provider, advises the group on tikanga. The parties recognise that many ākonga referred to the group are Māori and that information about them and their whānau is taonga. Representatives speak about ākonga and whānau with respect, involve the whānau's chosen kaumātua or kaiārahi where the whānau asks for this, and do not use information about Māori ākonga from the group for reporting without first discussing it with %s." % (c["provider"], c["provider"]),
    ]))
    secs.append(("retention-disposal", "Keeping and disposing of information", [
        "A party keeps information from the group only where it needs it to carry out an agreed action, and then in its approved business system; emailed copies are deleted once the information is stored there. Each party disposes of information under its own retention and disposal authority. The Ministry keeps meeting lists and action notes in its records system and disposes of them under its disposal authority.",
    ]))
    secs.append(("breach-management", "Breaches", [
        "Any representative who suspects that information from the group has been lost, misdirected or accessed without authority tells their own privacy officer and the group's breach contact immediately. The breach contact is the %s. The breach contact coordinates the response, including containment, assessing harm and agreeing who will tell the whānau affected; the party responsible for the information decides whether to notify the Privacy Commissioner." % c["breach"],
    ]))
    secs.append(("conflicts-of-interest", "Conflicts of interest", [
        "A representative who knows an ākonga or whānau being discussed tells the chair, takes no part in that item and leaves the room, and asks a colleague to deal with any request for information from their agency.",
    ]))
    secs.append(("relationship-management", "Oversight", [
        "Each party names a relationship manager who oversees its participation, supports its representative and raises problems with the other parties. Relationship managers meet each term to check that sharing remains within the purposes in paragraph 3. They are: %s." % c["rms"],
    ]))
    secs.append(("review", "Review", [
        ("segs", ["These terms are reviewed every ", dd("12 months", ["6 months", "12 months", "18 months", "24 months"], "Review period"),
                  " from the date the last party signs. The Ministry of Education, as lead agency, initiates each review, and any party may ask for an earlier one."]),
    ]))
    secs.append(("approval", "Agreement", [
        "The Ministry of Education's agreement is shown by the Director of Education's signature on the covering letter. The other parties agree by signing below.",
    ]))
    letter = [
        "Thank you for your agencies' commitment to the %s. %s, and it has become clear that we need a written understanding of what each of us may share about them, and why." % (g, c["history"]),
        "The group shares information for three reasons: to understand why a referred ākonga is not attending, to agree which service will work with the ākonga and their whānau to get them back to learning, and, where what we learn suggests a risk to the ākonga's safety or wellbeing, to make sure that risk reaches the right agency. The first two rest on the Privacy Act 2020 and the Health Information Privacy Code 2020, either because sharing is directly related to the purpose for which the information was collected or because the whānau has authorised the referral. The third rests on section 66C of the Oranga Tamariki Act 1989. Paragraph 4 of the attachment matches each purpose to its authority, and makes clear that the terms do not themselves authorise anything.",
        "I propose that the Ministry act as lead agency, as it convenes the group and provides its secretariat. If you agree with the attached terms, please sign the acceptance at the end and return it to me; the Ministry will circulate the signed set.",
    ]
    return {
        "file": c["file"], "font": "Calibri", "size": 11, "marking": "IN-CONFIDENCE",
        "letterhead": c["letterhead"], "date": [dt(c["date_iso"], c["date"], "Letter date")],
        "addressees": c["addressees"], "salutation": c["salutation"], "re": c["re"], "letter": letter,
        "closing": {"lines": c["writer"]},
        "encl": "Enclosure: Attachment A – Terms of information sharing", "cc": c.get("cc"),
        "attachment_title": "Attachment A: Terms of information sharing",
        "attachment_sub": [g],
        "section_style": "autonum", "outline_levels": True, "sections": secs,
        "countersigs": c["countersigs"], "sig_layout": "labelled",
        "core": c["core"],
    }


SCHOOL_HB = dict(
    file="clean-03-school-attendance-heretaunga-controls.docx",
    group="Heretaunga Attendance Case Review Group", area="Heretaunga", provider="Heretaunga Whānau Trust",
    meets="monthly during term at the Ministry's Napier office (members who cannot attend in person join by video link)",
    history="Since the group began meeting in February, schools have referred more than forty ākonga who were absent for more than half of the previous term",
    method="Referrals reach the Ministry through the Attendance Service's case management system. The Ministry sends the meeting list to representatives by secure email three working days before each meeting. Otherwise information is shared verbally at the meeting, and agreed actions are recorded by the Ministry's secretariat.",
    letterhead=["Te Tāhuhu o te Mātauranga | Ministry of Education", "Hawke's Bay and Tairāwhiti regional office",
                "PO Box 147, Napier 4140 | Telephone 06 833 6730"],
    date="14 April 2026", date_iso="2026-04-14",
    addressees=[
        ["Ms Marama Heke", "Chief Executive", "Heretaunga Whānau Trust", "Hastings"],
        ["Ms Leilani Fa'alogo", "Regional Manager, Hawke's Bay", "Oranga Tamariki – Ministry for Children", "Napier"],
        ["Ms Karen Blyth", "Service Manager, Child and Youth Health", "Health New Zealand | Te Whatu Ora, Hawke's Bay", "Hastings"],
    ],
    salutation="Dear Marama, Leilani and Karen",
    re="Re: Heretaunga Attendance Case Review Group – terms for sharing information",
    writer=["Jodie Marsters", "Director of Education, Hawke's Bay and Tairāwhiti", "Ministry of Education"],
    cc=["Attendance Service Manager, Heretaunga Whānau Trust", "Privacy Officer, Ministry of Education"],
    breach="Senior Adviser, Privacy and Information, Ministry of Education, Napier office (privacy.hbt@education.govt.nz, 06 833 6741)",
    rms="Manager, Learning Support, Hawke's Bay (Ministry of Education); Attendance Service Manager (Heretaunga Whānau Trust); Site Manager, Hastings (Oranga Tamariki); and Team Leader, School-Based Health Services (Health New Zealand)",
    countersigs=[
        cs("Heretaunga Whānau Trust", "Marama Heke", "Chief Executive", dt("2026-04-21", "21 April 2026")),
        cs("Oranga Tamariki – Ministry for Children", "Leilani Fa'alogo", "Regional Manager, Hawke's Bay", dt("2026-04-28", "28 April 2026")),
        cs("Health New Zealand | Te Whatu Ora", "Karen Blyth", "Service Manager, Child and Youth Health, Hawke's Bay", dt("2026-05-04", "4 May 2026")),
    ],
    core=dict(author="Jodie Marsters", last_modified_by="Secretariat HBT", title="Letter – Heretaunga Attendance Case Review Group terms",
              created=(2026, 3, 30, 11, 0), modified=(2026, 5, 4, 9, 50)),
)

SCHOOL_NTH = dict(
    file="defect-isp451-school-attendance-tetaitokerau-no-virtual-control.docx",
    group="Whangārei Attendance Case Review Group", area="Whangārei", provider="Te Ara Hou Whānau Services",
    meets="monthly during term, in person at the Ministry's Whangārei office",
    history="In its first two terms the group has considered thirty-two ākonga whose attendance had fallen away",
    method="Referrals reach the Ministry through the Attendance Service's case management system. The Ministry sends the meeting list to representatives by secure email three working days before each meeting. Meetings are held in person only, and information is otherwise shared verbally at the meeting; agreed actions are recorded by the Ministry's secretariat.",
    letterhead=["Te Tāhuhu o te Mātauranga | Ministry of Education", "Te Tai Tokerau regional office",
                "PO Box 1596, Whangārei 0140 | Telephone 09 436 8900"],
    date="21 July 2026", date_iso="2026-07-21",
    addressees=[
        ["Mr Rewi Tito", "Kaiwhakahaere Matua", "Te Ara Hou Whānau Services", "Whangārei"],
        ["Ms Angela Morrow", "Regional Manager, Te Tai Tokerau", "Oranga Tamariki – Ministry for Children", "Whangārei"],
        ["Mr Dylan Kerr", "Group Manager, Child and Youth Health", "Health New Zealand | Te Whatu Ora, Te Tai Tokerau", "Whangārei"],
    ],
    salutation="Dear Rewi, Angela and Dylan",
    re="Re: Whangārei Attendance Case Review Group – terms for sharing information",
    writer=["Hineroa Kingi", "Director of Education, Te Tai Tokerau", "Ministry of Education"],
    cc=["Privacy Officer, Ministry of Education"],
    omit_controls=("virtual-meeting",),
    breach="Senior Adviser, Privacy and Information, Ministry of Education, Whangārei office (privacy.ttt@education.govt.nz, 09 436 8915)",
    rms="Manager, Learning Support, Te Tai Tokerau (Ministry of Education); Attendance Service Lead (Te Ara Hou Whānau Services); Site Manager, Whangārei (Oranga Tamariki); and Team Leader, School-Based Health Services (Health New Zealand)",
    countersigs=[
        cs("Te Ara Hou Whānau Services", "Rewi Tito", "Kaiwhakahaere Matua", dt("2026-07-27", "27 July 2026")),
        cs("Oranga Tamariki – Ministry for Children", "Angela Morrow", "Regional Manager, Te Tai Tokerau", dt("2026-08-03", "3 August 2026")),
        cs("Health New Zealand | Te Whatu Ora", "Dylan Kerr", "Group Manager, Child and Youth Health, Te Tai Tokerau", dt("2026-08-10", "10 August 2026")),
    ],
    core=dict(author="Hineroa Kingi", title="Letter – Whangārei Attendance Case Review Group terms",
              created=(2026, 7, 6, 10, 30), modified=(2026, 8, 10, 15, 0)),
)


# ---------------------------------------------------------------- elder abuse consultation group (NGO lead)
def elder(c):
    trust = c["trust"]
    secs = []
    secs.append(("attending-agencies", "Parties", [
        "The parties to these terms are the agencies that attend the group:",
        ("table", ["Agency", "Role at the group"], [
            [trust + " (lead agency)", "Convenes and chairs the group and keeps its records"],
            ["New Zealand Police", "Family harm team, %s" % c["police_area"]],
            ["Health New Zealand | Te Whatu Ora", "Older adults' health and hospital social work, %s" % c["hnz_area"]],
            ["Ministry of Social Development", "Work and Income, %s" % c["msd_area"]],
            [c["iwi"], "Kaumātua and whānau services"],
        ], [7.5, 8.5]),
    ]))
    secs.append(("meeting-purpose", "Why the group meets", [
        "The group meets on the %s at the Trust's offices in %s, with members able to join by video. It considers older people in %s (aged 65 and over, or 55 and over for Māori and Pacific people) who are referred because abuse or neglect is suspected, and agrees a coordinated response that keeps them safe and respects their own wishes." % (c["when"], c["city"], c["region"]),
    ]))
    secs.append(("sharing-purpose", "Purposes of sharing", [
        "Information is shared at the group for two purposes:",
        ("letters", [
            "to assess the risk of harm to an older person referred to the group and agree a safety plan, including who will make contact with them; and",
            "to coordinate the practical, health and financial support the older person needs, so that services are not duplicated and gaps are filled.",
        ], ["Purpose 1:", "Purpose 2:"]),
    ]))
    secs.append(("legal-authority", "Legal authority", [
        "The table records the authorities the parties rely on. These terms do not authorise sharing in their own right.",
        ("table", ["Purpose", "Legal authority", "When it applies"], [
            ["Purpose 1", "Family Violence Act 2018, section 20", "Where the person suspected of harm is a family member of the older person or in a close personal relationship with them"],
            ["Purpose 1", "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)", "In any other case, where disclosure is necessary to prevent or lessen a serious threat to the older person's life or health"],
            ["Purpose 2", "Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b)", "With the authorisation of the older person, or of their attorney under an enduring power of attorney that has come into effect"],
        ], [2.6, 6.4, 7.0]),
    ]))
    secs.append(("information-shared", "What may be shared", [
        "Parties share only what the purpose in hand needs. Typically that is:",
        ("bullets", [
            "from the Trust: the referral, the concerns raised, its assessment and the older person's stated wishes;",
            "from Police: family harm episodes, protection orders and any current investigation involving the older person or the person suspected of harm, so far as relevant to safety;",
            "from Health New Zealand: relevant health conditions, capacity assessments, hospital admissions and home support in place;",
            "from the Ministry of Social Development: whether the older person receives New Zealand Superannuation or other assistance and who receives payments on their behalf (Purpose 2 only, with authorisation, unless Purpose 1 applies);",
            "from %s: whānau and kaumātua support available to the older person." % c["iwi"],
        ]),
    ]))
    secs.append(("use-of-information", "How shared information may be used", [
        "Information is used only for the purpose for which it was shared. A party records shared information in its own systems only where it needs it to carry out an agreed action, noting the source, the authority and purpose under which it was shared, any restriction on its use and the date it was shared. Any other use requires a fresh assessment, with advice from the party's privacy or legal team.",
    ]))
    secs.append(("transparency", "Transparency", [
        "The Trust, as the agency usually in contact with the older person, explains to them, in a way they understand, that their situation will be discussed by the group, who attends and why, and seeks their authorisation for Purpose 2. Where the older person lacks capacity, the Trust speaks to their welfare guardian or attorney, unless that person is suspected of the abuse. Each party describes its part in the group in its privacy statement. If telling the older person or their family would increase the risk of harm, the reason for not telling them is recorded.",
    ]))
    secs.append(("method-of-sharing", "How information is shared", [
        "The Trust circulates the list of referrals for discussion by secure email two working days before the meeting, identifying each person by initials and a reference number only. Detailed information is shared verbally at the meeting. The Trust records agreed actions in its client management system and sends each party only the actions allocated to it.",
    ]))
    secs.append(("security-classification", "Classification", [
        "Information shared at or for the group is classified IN-CONFIDENCE. The Trust has confirmed with the government parties that its systems and practices meet the handling requirements for that classification.",
    ]))
    secs.append(("security-controls", "Security controls", [
        "Every party applies these controls as a minimum:",
        ("bullets", controls("A")),
    ]))
    secs.append(("tikanga", "Tikanga Māori", [
        "%s advises the group on tikanga. The parties acknowledge the mana and status of kaumātua and kuia, and that information about them and their whānau is taonga. Where the older person is Māori, the parties ask whether they want whānau or a kaumātua support person involved, record their answer, and take care that discussion of whānau members, whenua or taonga is limited to what their safety requires." % c["iwi"],
    ]))
    secs.append(("retention-disposal", "Retention and disposal", [
        "Parties keep information from the group only where they need it to carry out an agreed action, and store it in their approved business system; emailed copies are then deleted. Each party disposes of information under its own retention and disposal authority, or, for the Trust, its records policy approved by its board. The Trust keeps meeting lists and action records for seven years after a case is closed and then destroys them securely.",
    ]))
    secs.append(("breach-management", "Breaches", [
        "A representative who suspects that information from the group has been lost, misdirected or accessed without authority tells their own privacy officer and the group's breach contact immediately.",
        "Breach contact: %s." % c["breach"],
        "The breach contact coordinates the response with the parties involved, including containing the breach, assessing harm and deciding who will tell the older person. The party responsible for the information decides whether the breach must be notified to the Privacy Commissioner.",
    ]))
    secs.append(("conflicts-of-interest", "Conflicts of interest", [
        "A member who knows the older person, the person suspected of harm or their family tells the chair before the case is discussed, leaves the meeting for that item and passes any request for information to a colleague. The chair records that a conflict was declared.",
    ]))
    secs.append(("relationship-management", "Relationship managers", [
        "Each party names a relationship manager who oversees its participation and supports its representative. Relationship managers meet each year to check that the terms are working and that sharing has stayed within the purposes above.",
        ("table", ["Party", "Relationship manager"], [
            [trust, "Service Manager"],
            ["New Zealand Police", "Family Harm Senior Sergeant, %s" % c["police_area"]],
            ["Health New Zealand | Te Whatu Ora", "Team Leader, Social Work, %s" % c["hnz_area"]],
            ["Ministry of Social Development", "Regional Health and Disability Coordinator"],
            [c["iwi"], "Kaiwhakahaere"],
        ], [8.0, 8.0]),
    ]))
    secs.append(("review", "Review", [c["review_text"]]))
    secs.append(("approval", "Approval", [
        "The Trust agrees to these terms through its Chief Executive's letter. The other parties agree to them by signing below.",
    ]))
    letter = [
        "I am writing, as chair of the %s, to seek your agreement to the attached terms for sharing information at the group's monthly consultations." % c["group"],
        "The group was set up %s so that the Elder Abuse Response Service, Police, hospital and community health teams, Work and Income and kaumātua services could look together at situations where an older person may be being abused or neglected, often financially and often by someone close to them. Our experience is that a coordinated response is safer and quicker, but also that partners have been unsure about what they can share." % c["since"],
        "We share information for two purposes. The first is to assess the risk of harm to the older person and agree a safety plan. Where the person harming them is a family member or someone in a close personal relationship with them, the abuse is family violence and section 20 of the Family Violence Act 2018 applies; otherwise we rely on information privacy principle 11(1)(f) of the Privacy Act 2020 and rule 11(2)(d) of the Health Information Privacy Code 2020, which allow disclosure to prevent or lessen a serious threat to a person's life or health. The second purpose is to coordinate the practical and financial support the older person needs, which we do only with their authorisation (Privacy Act 2020, IPP 11(1)(c), and Health Information Privacy Code 2020, rule 11(1)(b)).",
        "The Trust will act as lead agency, convening the group and keeping its records. I would be grateful if you would sign the acceptance at the end of Attachment A and return it to me by %s." % c["return_by"],
    ]
    return {
        "file": c["file"], "font": "Georgia", "size": 10.5, "marking": "IN-CONFIDENCE",
        "letterhead": c["letterhead"], "letterhead_in_header": True, "date": c["date"],
        "addressees": c["addressees"], "salutation": c["salutation"], "re": c["re"], "letter": letter,
        "closing": {"lines": c["writer"]},
        "cc_label": "Identical letters sent to:", "cc": c["cc"],
        "attachment_title": "Attachment A: Terms of information sharing",
        "attachment_sub": [c["group"]],
        "section_style": "h3", "sections": secs,
        "countersigs": c["countersigs"], "sig_layout": "breaks",
        "core": c["core"],
    }


ELDER_MW = dict(
    file="clean-04-elder-abuse-manawatu-ngo-lead.docx",
    trust="Elder Safe Manawatū Trust", group="Elder Abuse Multi-Agency Consultation Group",
    iwi="Te Pae Kaumātua o Rangitāne", police_area="Manawatū", hnz_area="MidCentral", msd_area="Central region",
    when="second Thursday of each month", city="Palmerston North", region="Manawatū, Horowhenua and Tararua",
    since="in 2023", return_by="14 November 2025",
    letterhead=["Elder Safe Manawatū Trust", "Elder Abuse Response Service for Manawatū, Horowhenua and Tararua",
                "PO Box 5123, Palmerston North 4441 | 06 355 2210 | kiaora@eldersafemanawatu.org.nz"],
    date="20 October 2025",
    addressees=[["Superintendent Sarah Walsh", "District Commander, Central District", "New Zealand Police", "Palmerston North"]],
    salutation="Dear Superintendent Walsh",
    re="Re: Elder Abuse Multi-Agency Consultation Group – information sharing terms",
    writer=["Lynette Park", "Chief Executive", "Elder Safe Manawatū Trust"],
    cc=["Ms Ana Tupou, Regional Commissioner, Central, Ministry of Social Development",
        "Mr Grant Ropata, Director of Allied Health, Health New Zealand | Te Whatu Ora, MidCentral",
        "Whaea Moana Te Awe, Kaiwhakahaere, Te Pae Kaumātua o Rangitāne"],
    breach="Service Manager, Elder Safe Manawatū Trust, privacy@eldersafemanawatu.org.nz, 06 355 2214",
    review_text="These terms are reviewed every 24 months from the date of the last signature below, or sooner if the law changes or a party asks. The Trust, as lead agency, initiates each review.",
    countersigs=[
        cs("New Zealand Police", "Sarah Walsh", "Superintendent, District Commander, Central District", "29 October 2025"),
        cs("Health New Zealand | Te Whatu Ora", "Grant Ropata", "Director of Allied Health, MidCentral", "4 November 2025"),
        cs("Ministry of Social Development", "Ana Tupou", "Regional Commissioner, Central", "6 November 2025"),
        cs("Te Pae Kaumātua o Rangitāne", "Moana Te Awe", "Kaiwhakahaere", "12 November 2025"),
    ],
    core=dict(author="Lynette Park", title="Letter – Elder Abuse Multi-Agency Consultation Group terms",
              created=(2025, 10, 6, 13, 15), modified=(2025, 11, 12, 10, 0)),
)

ELDER_OT = dict(
    file="defect-isp602-elder-abuse-otepoti-three-year-review.docx",
    trust="Elder Safe Ōtepoti Trust", group="Ōtepoti Elder Abuse Consultation Group",
    iwi="Te Whare Kaumātua o Ōtākou", police_area="Dunedin", hnz_area="Southern", msd_area="Southern region",
    when="first Wednesday of each month", city="Dunedin", region="Dunedin and Central Otago",
    since="late in 2024", return_by="27 February 2026",
    letterhead=["Elder Safe Ōtepoti Trust", "Elder Abuse Response Service for Dunedin and Central Otago",
                "PO Box 2246, Dunedin 9044 | 03 477 8120 | office@eldersafeotepoti.org.nz"],
    date="2 February 2026",
    addressees=[["Inspector Marty Gillespie", "Area Commander, Dunedin", "New Zealand Police", "Dunedin"]],
    salutation="Dear Inspector Gillespie",
    re="Re: Ōtepoti Elder Abuse Consultation Group – information sharing terms",
    writer=["Robyn Sutherland", "Chief Executive", "Elder Safe Ōtepoti Trust"],
    cc=["Mr Peter Wong, Regional Commissioner, Southern, Ministry of Social Development",
        "Ms Fiona Aitken, Director of Allied Health, Health New Zealand | Te Whatu Ora, Southern",
        "Matua Rangi Parata, Kaiwhakahaere, Te Whare Kaumātua o Ōtākou"],
    breach="Practice Manager, Elder Safe Ōtepoti Trust, privacy@eldersafeotepoti.org.nz, 03 477 8125",
    review_text="These terms will be reviewed three years after the date of the last signature below, unless a party asks for an earlier review. The Trust, as lead agency, will initiate the review.",
    countersigs=[
        cs("New Zealand Police", "Marty Gillespie", "Inspector, Area Commander, Dunedin", "10 February 2026"),
        cs("Health New Zealand | Te Whatu Ora", "Fiona Aitken", "Director of Allied Health, Southern", "16 February 2026"),
        cs("Ministry of Social Development", "Peter Wong", "Regional Commissioner, Southern", "18 February 2026"),
        cs("Te Whare Kaumātua o Ōtākou", "Rangi Parata", "Kaiwhakahaere", "25 February 2026"),
    ],
    core=dict(author="Robyn Sutherland", title="Letter – Ōtepoti Elder Abuse Consultation Group terms",
              created=(2026, 1, 19, 9, 30), modified=(2026, 2, 25, 14, 45)),
)


# ---------------------------------------------------------------- reintegration planning hui (single purpose)
def reint(c):
    agencies = c["agencies"]
    secs = []
    secs.append(("attending-agencies", "Attending agencies", [
        "The hui is attended by the following agencies, which are the parties to these terms:",
        ("bullets", [a[0] + (" (lead agency)" if i == 0 else "") for i, a in enumerate(agencies)]),
        "Ara Poutama Aotearoa is the lead agency. It convenes the hui, prepares the reintegration summaries and keeps the record of agreed actions.",
    ]))
    secs.append(("meeting-purpose", "Purpose of the hui", [
        "The %s meets fortnightly at %s, with an audio-visual link to %s. It plans for people who are due for release within the next twelve weeks, or who may be released on parole in that time, and who have asked for help to resettle in the community." % (c["hui"], c["venue"], c["prisons"]),
    ]))
    secs.append(("sharing-purpose", "Purpose of sharing", [
        "Information is shared for one purpose only: to plan and coordinate the accommodation, income, employment and community support a person needs on release from prison, so that they have a safe and settled place to live and the support they need to stay out of further offending.",
    ]))
    secs.append(("legal-authority", "Legal authority", [
        "Sharing for that purpose relies on the written authorisation of the person concerned, under information privacy principle 11(1)(c) of the Privacy Act 2020 and, for the limited health and disability information described in paragraph 5, rule 11(1)(b) of the Health Information Privacy Code 2020. The authorisation form names each attending agency and describes the information to be shared. Corrections does not refer a person who has not signed the form, and the hui stops discussing anyone who withdraws their authorisation. These terms record that authority; they do not create any.",
    ]))
    secs.append(("information-shared", "Information to be shared", [
        "The information shared is limited to what is needed to plan for release:",
        ("bullets", [
            "from Ara Poutama Aotearoa: release or parole eligibility date, release conditions that affect where the person may live or work, rehabilitation programmes completed, and health or disability needs that affect accommodation;",
            "from Kāinga Ora: the person's housing register status and the properties or transitional places that may be suitable;",
            "from the Ministry of Social Development: eligibility for income support, the steps needed to have a benefit in place on the day of release, and employment services available;",
        ] + ["from %s: %s" % (a[0], a[1]) for a in agencies[3:]]),
    ]))
    secs.append(("use-of-information", "Use of information", [
        "Each party uses the information only to carry out its part of the release plan. Where a party needs to record shared information in its own system to do that, the record notes where the information came from, that it was shared with the person's authorisation for reintegration planning, any limits the person placed on it, and the date. Using it for anything else needs a new assessment and, where required, a fresh authorisation.",
    ]))
    secs.append(("transparency", "Transparency", [
        "The person's case manager explains the hui when seeking their authorisation, using a plain-language information sheet, and makes clear that they can limit what is shared or withdraw at any time. The person keeps a copy of the signed form. Each party's privacy statement describes its participation in reintegration planning.",
    ]))
    secs.append(("method-of-sharing", "Method of sharing", [
        "Corrections sends the hui list and a one-page reintegration summary for each person to representatives by secure email three working days before the hui. Discussion at the hui is verbal. Agreed actions are recorded by Corrections in the person's reintegration plan in its offender management system, and each party is told only the actions allocated to it.",
    ]))
    secs.append(("security-classification", "Security classification", [
        "Information shared for the hui is classified IN-CONFIDENCE.",
    ]))
    secs.append(("security-controls", "Security controls", [
        "All parties apply the following controls:",
        ("bullets", controls("C")),
    ]))
    secs.append(("tikanga", "Tikanga", [
        "%s advises the parties on tikanga. A person who is Māori is asked whether they would like whānau, a kaumātua or a kaupapa Māori service involved in their planning, and whether they want their iwi or hapū connections to be part of the plan; their answer governs what is shared about those connections. The parties treat information about whānau, whakapapa and whenua as taonga and share it only with the person's agreement." % agencies[3][0],
    ]))
    secs.append(("retention-disposal", "Retention and disposal", [
        "Parties keep shared information only while it is needed for the release plan, in their approved business system, and delete emailed summaries once the relevant details are recorded there. Each party applies its own retention and disposal authority. Corrections retains the reintegration plan on the person's file under the disposal authority for offender records.",
    ]))
    secs.append(("breach-management", "Breach management", [
        "A representative who becomes aware of a privacy or security breach involving hui information tells the breach contact and their own privacy officer without delay. The breach contact is the %s. The breach contact coordinates containment, assessment and any notification to the person affected, working with the party whose information is involved; that party decides whether the breach must be notified to the Privacy Commissioner." % c["breach"],
    ]))
    secs.append(("conflicts-of-interest", "Conflicts of interest", [
        "A representative who knows a person being discussed, or their victim or whānau, tells the chair, leaves the hui for that item and passes any request for information to a colleague in their agency. The chair records that a conflict was declared.",
    ]))
    secs.append(("relationship-management", "Relationship management", [
        "Each party names a relationship manager who oversees its participation, supports its representative, and meets the other relationship managers every six months to check that the terms are working and that sharing remains within the purpose in paragraph 3. The relationship managers are: %s." % c["rms"],
    ]))
    secs.append(("review", "Review", [c["review_text"]]))
    secs.append(("approval", "Approval", [
        "Ara Poutama Aotearoa agrees to these terms by the Regional Commissioner's signature on the covering letter. The other parties agree by signing below.",
    ]))
    letter = [
        "I am grateful for the way your organisations have worked with Corrections over the past year to plan for people leaving %s. As we discussed at the regional reintegration forum on %s, I would like to confirm in writing how we share information at the %s." % (c["prisons"], c["forum_date"], c["hui"]),
        "The hui has a single purpose of sharing: to plan and coordinate the accommodation, income, employment and community support a person will need when they are released, so that they leave prison with a workable plan. Nobody is discussed at the hui unless they have given written authorisation, on Corrections' reintegration consent form, for the attending agencies to share information about them for that purpose, and all sharing relies on that authorisation under information privacy principle 11(1)(c) of the Privacy Act 2020. If a person withdraws their authorisation, the hui stops discussing them.",
        "This letter and its attachment do not authorise any sharing themselves; they describe the arrangements and controls we have agreed. Corrections will be the lead agency. If you are content with the terms in Attachment A, please sign the acceptance at the end and return it to the reintegration team at %s." % c["return_email"],
    ]
    return {
        "file": c["file"], "font": "Arial", "size": 10, "marking": "IN-CONFIDENCE",
        "letterhead": c["letterhead"], "ref": c.get("ref"), "date": c["date"],
        "addressees": c["addressees"], "salutation": "Dear colleagues", "re": c["re"], "letter": letter,
        "closing": {"lines": c["writer"]},
        "encl": "Enclosure: Attachment A – Terms of information sharing", "cc": c.get("cc"),
        "attachment_title": "Attachment A: Terms of information sharing",
        "attachment_sub": [c["hui"]],
        "section_style": "runin", "outline_levels": True, "sections": secs,
        "countersigs": c["countersigs"], "sig_layout": c.get("sig_layout", "lines"),
        "core": c["core"],
    }


REINT_CHC = dict(
    file="clean-05-reintegration-waitaha-single-purpose.docx",
    hui="Waitaha Reintegration Planning Hui", venue="the Christchurch Community Corrections office",
    prisons="Christchurch Men's Prison and Christchurch Women's Prison", forum_date="17 June 2026",
    return_email="waitaha.reintegration@corrections.govt.nz",
    letterhead=["Ara Poutama Aotearoa | Department of Corrections", "Southern Region – Canterbury",
                "Private Bag 4722, Christchurch 8140"],
    ref=["Reference: SR-REINT-2026-07"], date="1 July 2026",
    addressees=[
        ["Ms Debbie Kahu", "Regional Director, Canterbury", "Kāinga Ora – Homes and Communities", "Christchurch"],
        ["Mr Tom Whitfield", "Regional Commissioner, Canterbury", "Ministry of Social Development", "Christchurch"],
        ["Mr Hōhepa Karaitiana", "Kaiwhakahaere Matua", "Te Whare Whakaora o Waitaha", "Christchurch"],
        ["Ms Karen Dunn", "Manager", "Ōtautahi Community Reintegration Trust", "Christchurch"],
    ],
    re="Re: Waitaha Reintegration Planning Hui – agreement on information sharing",
    writer=["Mark Tipene", "Regional Commissioner, Southern Region", "Ara Poutama Aotearoa | Department of Corrections"],
    cc=["Prison Director, Christchurch Men's Prison", "Prison Director, Christchurch Women's Prison", "Chief Privacy Officer, Ara Poutama Aotearoa"],
    agencies=[
        ("Ara Poutama Aotearoa | Department of Corrections", ""),
        ("Kāinga Ora – Homes and Communities", ""),
        ("Ministry of Social Development", ""),
        ("Te Whare Whakaora o Waitaha", "kaupapa Māori support it can offer, including mentoring and whānau reconnection;"),
        ("Ōtautahi Community Reintegration Trust", "supported accommodation places available and the person's progress with its mentoring service."),
    ],
    breach="Reintegration Team Leader, Ara Poutama Aotearoa, Christchurch (waitaha.reintegration@corrections.govt.nz, 03 363 9040)",
    rms="Reintegration Manager, Southern Region (Ara Poutama Aotearoa); Tenancy Services Manager, Christchurch (Kāinga Ora); Regional Work Broker Manager (Ministry of Social Development); Kaiwhakahaere Matua (Te Whare Whakaora o Waitaha); and Manager (Ōtautahi Community Reintegration Trust)",
    review_text="These terms are reviewed annually, and the first review is to be completed by 31 July 2027. Ara Poutama Aotearoa, as lead agency, initiates each review; any party may ask for an earlier review.",
    countersigs=[
        cs("Kāinga Ora – Homes and Communities", "Debbie Kahu", "Regional Director, Canterbury", "8 July 2026"),
        cs("Ministry of Social Development", "Tom Whitfield", "Regional Commissioner, Canterbury", "10 July 2026"),
        cs("Te Whare Whakaora o Waitaha", "Hōhepa Karaitiana", "Kaiwhakahaere Matua", "17 July 2026"),
        cs("Ōtautahi Community Reintegration Trust", "Karen Dunn", "Manager", "24 July 2026"),
    ],
    core=dict(author="Mark Tipene", last_modified_by="Reintegration Team Canterbury", title="Letter – Waitaha Reintegration Planning Hui",
              created=(2026, 6, 19, 10, 0), modified=(2026, 7, 24, 16, 20)),
)

REINT_WKO = dict(
    file="defect-isp604-reintegration-waikato-review-overdue.docx",
    hui="Waikato Reintegration Planning Hui", venue="the Hamilton Community Corrections office",
    prisons="Waikeria Prison and Spring Hill Corrections Facility", forum_date="23 July 2024",
    return_email="waikato.reintegration@corrections.govt.nz",
    letterhead=["Ara Poutama Aotearoa | Department of Corrections", "Northern Region – Waikato",
                "Private Bag 3046, Hamilton 3240"],
    ref=["Reference: NR-REINT-2024-11"], date="5 August 2024",
    addressees=[
        ["Mr Brendon Hoani", "Regional Director, Waikato", "Kāinga Ora – Homes and Communities", "Hamilton"],
        ["Ms Adele Morgan", "Regional Commissioner, Waikato", "Ministry of Social Development", "Hamilton"],
        ["Ms Huia Tamatea", "Tumuaki", "Te Puna Whakaora o Waikato", "Hamilton"],
        ["Mr Stuart Lind", "Chief Executive", "Kirikiriroa Reintegration Trust", "Hamilton"],
    ],
    re="Re: Waikato Reintegration Planning Hui – information sharing",
    writer=["Leanne Ruatapu", "Regional Commissioner, Northern Region", "Ara Poutama Aotearoa | Department of Corrections"],
    cc=["Prison Director, Waikeria Prison", "Prison Director, Spring Hill Corrections Facility"],
    agencies=[
        ("Ara Poutama Aotearoa | Department of Corrections", ""),
        ("Kāinga Ora – Homes and Communities", ""),
        ("Ministry of Social Development", ""),
        ("Te Puna Whakaora o Waikato", "kaupapa Māori support it can offer, including mentoring and whānau reconnection;"),
        ("Kirikiriroa Reintegration Trust", "supported accommodation places available and the person's progress with its mentoring service."),
    ],
    breach="Reintegration Team Leader, Ara Poutama Aotearoa, Hamilton (waikato.reintegration@corrections.govt.nz, 07 834 6780)",
    rms="Reintegration Manager, Northern Region (Ara Poutama Aotearoa); Tenancy Services Manager, Hamilton (Kāinga Ora); Regional Work Broker Manager (Ministry of Social Development); Tumuaki (Te Puna Whakaora o Waikato); and Chief Executive (Kirikiriroa Reintegration Trust)",
    review_text="These terms are reviewed annually, and the first review is to be completed by 30 September 2025. Ara Poutama Aotearoa, as lead agency, initiates each review; any party may ask for an earlier review.",
    sig_layout="breaks",
    countersigs=[
        cs("Kāinga Ora – Homes and Communities", "Brendon Hoani", "Regional Director, Waikato", "19 August 2024"),
        cs("Ministry of Social Development", "Adele Morgan", "Regional Commissioner, Waikato", "2 September 2024"),
        cs("Te Puna Whakaora o Waikato", "Huia Tamatea", "Tumuaki", "16 September 2024"),
        cs("Kirikiriroa Reintegration Trust", "Stuart Lind", "Chief Executive", "30 September 2024"),
    ],
    core=dict(author="Leanne Ruatapu", title="Letter – Waikato Reintegration Planning Hui",
              created=(2024, 7, 25, 9, 0), modified=(2024, 9, 30, 15, 0)),
)


# ---------------------------------------------------------------- mental health coordination meeting
def mh(c):
    ag = c["agencies"]  # list of (name, represented by)
    secs = []
    secs.append(("attending-agencies", "Attending agencies", [
        "The meeting is attended by the agencies below, which are the parties to these terms.",
        ("table", ["Agency", "Represented by"], [[a[0] + (" (lead agency)" if i == 0 else ""), a[1]] for i, a in enumerate(ag)], [8.5, 7.5]),
    ]))
    secs.append(("meeting-purpose", "Meeting purpose", [
        "The meeting is held every second Wednesday at %s. It brings the parties together to coordinate support for adults using %s mental health and addiction services whose tenancy, safety or engagement with services is at risk, so that they receive consistent and timely support and avoid crises such as eviction or an emergency admission." % (c["venue"], c["area"]),
    ]))
    secs.append(("sharing-purpose", "Purposes of sharing", [
        "The parties share information for two purposes:",
        ("letters", [
            "to plan and coordinate support for a person who has authorised the parties to discuss them; and",
            "to respond where a party believes on reasonable grounds that there is a serious threat to the life or health of the person or of someone else.",
        ], ["Purpose A", "Purpose B"]),
    ]))
    secs.append(("legal-authority", "Legal authority to share", [
        "For Purpose A, health information is disclosed under rule 11(1)(b) of the Health Information Privacy Code 2020, and other personal information under information privacy principle 11(1)(c) of the Privacy Act 2020, in each case on the person's authorisation recorded on the referral form.",
        "For Purpose B, Health New Zealand and the other health providers rely on rule 11(2)(d) of the Health Information Privacy Code 2020, and Police and Kāinga Ora rely on information privacy principle 11(1)(f) of the Privacy Act 2020. A disclosure under Purpose B is decided by the senior clinician or manager present and recorded with the reasons for it.",
        "These terms do not themselves authorise sharing; they record the authorities relied on.",
    ]))
    secs.append(("information-shared", "Information to be shared", [
        "Parties share only what the purpose needs, generally:",
        ("bullets", [
            "from Health New Zealand: the person's key worker, current treatment setting, relapse indicators and crisis plan, so far as relevant to the support being coordinated;",
            "from Police: recent call-outs and safety concerns involving the person;",
            "from Kāinga Ora: tenancy status, arrears, and complaints or incidents affecting the tenancy;",
        ] + ["from %s: %s" % (a[0], a[2]) for a in ag[3:]]),
    ]))
    secs.append(("use-of-information", "Use of information", [
        "Information is used only for the purpose for which it was shared. A party records shared information in its own systems only when it needs it to carry out an agreed action, noting its source, the authority and purpose under which it was shared, any limits on its use and the date. Information shared under Purpose B is not used to make decisions about a tenancy.",
    ]))
    secs.append(("transparency", "Transparency and notification", [
        "The referring clinician explains the meeting to the person when seeking their authorisation, including who attends and what will be shared, and records any limits the person sets. People are told afterwards when information has been shared about them under Purpose B, unless telling them would itself create a serious risk; the reason for not telling them is recorded. Each party's privacy statement refers to its participation.",
    ]))
    secs.append(("method-of-sharing", "Method of sharing", [
        "Health New Zealand circulates the meeting list to representatives two working days before each meeting, as a password-protected attachment sent by secure email. Information is shared verbally at the meeting, which representatives attend in person or through Microsoft Teams. The coordinator records agreed actions in the Health New Zealand clinical record of the person concerned.",
    ]))
    secs.append(("security-classification", "Security classification", c.get("class_blocks", [
        "Information shared at or for the meeting is classified IN-CONFIDENCE.",
    ])))
    secs.append(("security-controls", "Security controls", [
        "Each party makes sure that:",
        ("bullets", controls("B")),
    ]))
    secs.append(("tikanga", "Tikanga considerations", [
        "%s advises the parties on tikanga. For tāngata whaiora who are Māori, the parties offer the involvement of whānau and of kaupapa Māori services, respect the person's choices about what is shared with whānau, and treat information about whakapapa and whānau as taonga that is shared only with the person's agreement." % ag[-1][0],
    ]))
    secs.append(("retention-disposal", "Retention and disposal", [
        "Parties keep information from the meeting only while it is needed for an agreed action, and only in their approved business systems; emailed lists are deleted after the meeting. Each party applies its own retention and disposal authority; health information is kept in line with the Health (Retention of Health Information) Regulations 1996.",
    ]))
    if "breach_blocks" in c:
        breach_blocks = c["breach_blocks"]
    else:
        breach_blocks = [
            "A representative who becomes aware of a breach involving information from the meeting reports it at once to their own privacy officer and to the meeting's breach contact, the %s. The breach contact coordinates containment, assessment and any contact with the person affected, and the party responsible for the information decides whether to notify the Privacy Commissioner." % c["breach"],
        ]
    secs.append(("breach-management", "Privacy and security breach management", breach_blocks))
    secs.append(("conflicts-of-interest", "Managing conflicts of interest", [
        "A representative with a personal connection to a person being discussed declares it to the chair, leaves the meeting for that item, and passes any request for information to a colleague. The chair records that a conflict was declared.",
    ]))
    secs.append(("relationship-management", "Relationship management and oversight", [
        "Each party names a relationship manager who oversees its participation, supports its representative with questions about sharing, and meets the other relationship managers twice a year to confirm that sharing remains within the purposes of these terms.",
    ]))
    secs.append(("review", "Review", c.get("review_blocks", [
        "These terms are reviewed every 12 months from the date of the last signature. Health New Zealand, as lead agency, is responsible for initiating the review.",
    ])))
    secs.append(("approval", "Approval", [
        "Health New Zealand records its agreement by the signature on the covering letter. The other parties record theirs below.",
    ]))
    letter = [
        c["opening"],
        "Information will be shared for two purposes only: to coordinate support for a person who has agreed to be discussed, and, rarely, to respond where there is a serious threat to someone's life or health. The attachment sets out the authority for each. The terms do not give any of us a power to share that the law does not already provide.",
        "Health New Zealand will act as lead agency. Please sign the acceptance at the end of the attachment and return a copy to %s." % c["return_to"],
    ]
    return {
        "file": c["file"], "font": "Calibri", "size": 11, "marking": "IN-CONFIDENCE",
        "letterhead": c["letterhead"], "letterhead_in_header": True, "date": c["date"],
        "addressees": c["addressees"], "salutation": "Dear colleagues", "re": c["re"], "letter": letter,
        "closing": {"lines": c["writer"]},
        "encl": "Encl.", "cc": c.get("cc"),
        "attachment_title": "Attachment A: Terms of information sharing",
        "attachment_sub": [c["meeting"]],
        "section_style": "h3plain",
        "sections": [s for s in secs if s[0] not in c.get("omit", ())],
        "countersigs": c["countersigs"], "sig_layout": "labelled",
        "core": c["core"],
    }


MH_HUTT = dict(
    file="defect-isp101-mental-health-hutt-no-conflicts-section.docx",
    meeting="Hutt Valley Mental Health Interagency Coordination Meeting", area="Hutt Valley", venue="Hutt Hospital",
    opening="Over the past year our services have met informally to coordinate support for tāngata whaiora whose housing or safety was at risk. The meeting has worked well, but it has run without written terms, and our privacy team has rightly asked that we put them in place. Attachment A sets out the terms I propose we adopt.",
    letterhead=["Health New Zealand | Te Whatu Ora", "Mental Health, Addiction and Intellectual Disability Service – Hutt Valley",
                "Private Bag 31907, Lower Hutt 5040"],
    date="5 May 2026",
    addressees=[
        ["Inspector Lisa Faleolo", "Area Commander, Hutt Valley", "New Zealand Police", "Lower Hutt"],
        ["Mr David Reihana", "Regional Director, Wellington", "Kāinga Ora – Homes and Communities", "Wellington"],
        ["Ms Bridget Tait", "General Manager", "Awakairangi Peer Support Trust", "Lower Hutt"],
        ["Mr Tame Pōtiki", "Tumuaki", "Te Paepae Ora Kaupapa Māori Services", "Wainuiomata"],
    ],
    re="Re: Hutt Valley Mental Health Interagency Coordination Meeting",
    writer=["Dr Nikhil Rao", "Clinical Director, Mental Health, Addiction and Intellectual Disability Service", "Health New Zealand | Te Whatu Ora, Hutt Valley"],
    return_to="Rachel Burgess, Operations Manager (rachel.burgess@tewhatuora.govt.nz)",
    agencies=[
        ("Health New Zealand | Te Whatu Ora", "Community mental health team leader"),
        ("New Zealand Police", "Mental health liaison sergeant"),
        ("Kāinga Ora – Homes and Communities", "Senior tenancy manager"),
        ("Awakairangi Peer Support Trust", "Peer support coordinator", "its peer support involvement and what the person has asked it to pass on;"),
        ("Te Paepae Ora Kaupapa Māori Services", "Kaiwhakahaere", "its work with the person and their whānau."),
    ],
    breach="Privacy Officer, Health New Zealand | Te Whatu Ora, Hutt Valley (privacy.huttvalley@tewhatuora.govt.nz, 04 570 9002)",
    omit=("conflicts-of-interest",),
    countersigs=[
        cs("New Zealand Police", "Lisa Faleolo", "Inspector, Area Commander, Hutt Valley", "12 May 2026"),
        cs("Kāinga Ora – Homes and Communities", "David Reihana", "Regional Director, Wellington", "18 May 2026"),
        cs("Awakairangi Peer Support Trust", "Bridget Tait", "General Manager", "20 May 2026"),
        cs("Te Paepae Ora Kaupapa Māori Services", "Tame Pōtiki", "Tumuaki", "26 May 2026"),
    ],
    core=dict(author="Rachel Burgess", title="Letter – Hutt Valley Mental Health Interagency Coordination Meeting",
              created=(2026, 4, 14, 10, 0), modified=(2026, 5, 26, 12, 0)),
)

MH_NELSON = dict(
    file="trap-tracked-review-period-and-cc-breach-contact-nelson.docx",
    meeting="Whakatū Mental Health Interagency Coordination Meeting", area="Nelson and Tasman", venue="Nelson Hospital",
    opening="Since March, clinicians from our community mental health team have been meeting Police, Kāinga Ora and our NGO and kaupapa Māori partners to coordinate support for tāngata whaiora whose housing or safety is at risk. Attachment A sets out the terms on which I propose we share information at those meetings.",
    letterhead=["Health New Zealand | Te Whatu Ora", "Mental Health and Addiction Services – Nelson Marlborough",
                "Private Bag 18, Nelson 7042"],
    date="23 September 2026",
    addressees=[
        ["Inspector Tracey Lamb", "Area Commander, Nelson Bays", "New Zealand Police", "Nelson"],
        ["Mr Nathan Brooks", "Regional Manager, Nelson Tasman", "Kāinga Ora – Homes and Communities", "Nelson"],
        ["Ms Carmen Ellis", "Manager", "Whakatū Peer Support Network", "Nelson"],
        ["Ms Hinemoa Stafford", "Kaiwhakahaere", "Te Whare Oranga o Whakatū", "Nelson"],
    ],
    re="Re: Whakatū Mental Health Interagency Coordination Meeting – information sharing terms",
    writer=["Dr Ellen Forsyth", "Clinical Director, Mental Health and Addiction Services", "Health New Zealand | Te Whatu Ora, Nelson Marlborough"],
    return_to="Mark Jansen, Service Manager (mark.jansen@tewhatuora.govt.nz)",
    agencies=[
        ("Health New Zealand | Te Whatu Ora", "Community mental health team leader"),
        ("New Zealand Police", "Mental health liaison constable"),
        ("Kāinga Ora – Homes and Communities", "Senior tenancy manager"),
        ("Whakatū Peer Support Network", "Peer support coordinator", "its peer support involvement and what the person has asked it to pass on;"),
        ("Te Whare Oranga o Whakatū", "Kaiwhakahaere", "its work with the person and their whānau."),
    ],
    class_blocks=[
        ("segs", ["Information shared at or for the meeting is classified: ",
                  dict(dd("IN-CONFIDENCE", CLASS_ITEMS, "Security classification"), bold=True)]),
    ],
    breach_blocks=[
        "A representative who becomes aware of a breach involving information from the meeting reports it at once to their own privacy officer and to the meeting's designated breach contact:",
        ("block_sdt", ["Privacy Officer, Health New Zealand | Te Whatu Ora, Nelson Marlborough – privacy.nelsonmarlborough@tewhatuora.govt.nz – 03 546 1800"], "Breach contact"),
        "The breach contact coordinates containment, assessment and any contact with the person affected, and the party responsible for the information decides whether to notify the Privacy Commissioner.",
    ],
    review_blocks=[
        ("segs", ["These terms are reviewed every ",
                  {"kind": "del", "text": "12", "author": "Legal Services, Health NZ", "date": "2026-09-18"},
                  {"kind": "ins", "text": "36", "author": "Legal Services, Health NZ", "date": "2026-09-18"},
                  " months from the date of the last signature. Health New Zealand, as lead agency, is responsible for initiating the review."]),
    ],
    countersigs=[
        cs("New Zealand Police", "Tracey Lamb", "Inspector, Area Commander, Nelson Bays", "30 September 2026"),
        cs("Kāinga Ora – Homes and Communities", "Nathan Brooks", "Regional Manager, Nelson Tasman", "6 October 2026"),
        cs("Whakatū Peer Support Network", "Carmen Ellis", "Manager", "8 October 2026"),
        cs("Te Whare Oranga o Whakatū", "Hinemoa Stafford", "Kaiwhakahaere", "14 October 2026"),
    ],
    core=dict(author="Mark Jansen", last_modified_by="Legal Services, Health NZ", title="Letter – Whakatū Mental Health Interagency Coordination Meeting",
              created=(2026, 9, 2, 9, 0), modified=(2026, 10, 14, 11, 0)),
)


# ---------------------------------------------------------------- sustaining tenancies panel
def housing(c):
    ag = c["agencies"]
    purposes = [
        "To understand what support the tenant and their household need to sustain the tenancy.",
        "To agree and coordinate the support each party will provide, and to review progress.",
    ] + c.get("extra_purposes", [])
    secs = []
    secs.append(("attending-agencies", "Attending agencies", [
        "These terms are agreed between the agencies that attend the panel:",
        ("bullets", [a[0] + (" (lead agency)" if i == 0 else "") for i, a in enumerate(ag)]),
    ]))
    secs.append(("meeting-purpose", "Meeting purpose", [
        "The %s meets monthly at %s to consider tenants who are at risk of losing their tenancy, for example because of rent arrears, damage, complaints from neighbours or unmet health needs, and to put in place support that helps them stay housed." % (c["panel"], c["venue"]),
    ]))
    secs.append(("sharing-purpose", "Purpose of sharing", [
        "Information is shared at the panel for the following purposes:",
        ("letters", purposes, ["%d." % (i + 1) for i in range(len(purposes))]),
    ]))
    la = ["%s Privacy Act 2020, IPP 11(1)(c), on the tenant's written authorisation given on the panel referral form; for health information, Health Information Privacy Code 2020, rule 11(1)(b). The referral form lists the parties and the kinds of information to be shared." % c.get("la_lead", "Purposes 1 and 2:")]
    if not c.get("no_disclaimer"):
        la.append("These terms record the authority relied on; they do not authorise sharing themselves. A tenant who withdraws their authorisation is not discussed further.")
    else:
        la.append("A tenant who withdraws their authorisation is not discussed further.")
    secs.append(("legal-authority", "Legal authority to share", la))
    secs.append(("information-shared", "Information to be shared", [
        "Only information relevant to the tenancy and the support needed is shared:",
        ("bullets", [
            "from Kāinga Ora: tenancy details, arrears, property condition and the issues putting the tenancy at risk;",
            "from the Ministry of Social Development: whether the household receives a benefit or hardship assistance, and assistance that may be available;",
            "from Health New Zealand: health or addiction needs that affect the tenancy, and services the tenant is already receiving;",
            "from %s: its work with the household and the whānau or community support available." % ag[-1][0],
        ]),
    ]))
    secs.append(("use-of-information", "Use of information", [
        "Information is used only for the purposes in paragraph 3. A party records shared information in its own systems only where it needs to in order to deliver agreed support, noting where it came from, the authority and purpose it was shared under, any limits on its use and the date. Information shared at the panel is not used for tenancy enforcement action.",
    ]))
    secs.append(("transparency", "Transparency", [
        "The tenancy manager explains the panel to the tenant before seeking their authorisation, including who attends, what will be shared and that they can withdraw at any time, and gives them a copy of the signed referral form. Each party's privacy statement describes its participation in the panel.",
    ]))
    secs.append(("method-of-sharing", "Method of sharing", [
        "Kāinga Ora sends the panel list to representatives by secure email a week before each meeting. Information is otherwise shared verbally at the meeting, which representatives may join in person or online. Kāinga Ora records agreed actions on the tenant's file and sends each party only the actions allocated to it.",
    ]))
    secs.append(("security-classification", "Security classification", [
        "Information shared at or for the panel is classified IN-CONFIDENCE.",
    ]))
    secs.append(("security-controls", "Security controls", [
        "The parties apply the following minimum controls:",
        ("bullets", controls("C")),
    ]))
    secs.append(("tikanga", "Tikanga considerations", [
        "%s advises the panel on tikanga. Many tenants considered by the panel are Māori or Pacific. The parties respect the tenant's wishes about involving whānau or aiga, offer kaupapa Māori and Pacific services where the tenant wants them, and treat information about whānau and whakapapa as taonga." % ag[-1][0],
    ]))
    secs.append(("retention-disposal", "Retention and disposal", [
        "Parties keep shared information only while it is needed for the agreed support, in their approved business systems, and delete emailed lists after each meeting. Each party applies its own retention and disposal authority.",
    ]))
    secs.append(("breach-management", "Breach management", [
        "Any party that becomes aware of a privacy or security breach involving panel information tells the breach contact and its own privacy officer immediately. The breach contact is the %s, who coordinates the response with the parties involved, including deciding who will tell the tenant. The party responsible for the information decides whether to notify the Privacy Commissioner." % c["breach"],
    ]))
    secs.append(("conflicts-of-interest", "Conflicts of interest", [
        "A representative who knows a tenant being discussed declares it to the chair, does not take part in that item, and passes any request for information to a colleague.",
    ]))
    secs.append(("relationship-management", "Relationship management", [
        "Each party names a relationship manager, who oversees its participation and meets the others every six months to check that the panel's sharing remains within its purposes.",
    ]))
    secs.append(("review", "Review", [
        "These terms are reviewed every %s months from the date of the last signature. Kāinga Ora, as lead agency, is responsible for initiating the review." % c["review_months"],
    ]))
    secs.append(("approval", "Approval", [
        "Kāinga Ora's agreement is given by the signature on the covering letter; the other parties sign below.",
    ]))
    return {
        "file": c["file"], "font": "Arial", "size": 10.5, "marking": "IN-CONFIDENCE",
        "letterhead": c["letterhead"], "letterhead_in_header": True, "date": c["date"],
        "addressees": c["addressees"], "salutation": c["salutation"], "re": c["re"], "letter": c["letter"],
        "closing": {"lines": c["writer"]},
        "encl": "Attachment A – Terms of information sharing", "cc": c.get("cc"),
        "attachment_title": "Attachment A: Terms of information sharing",
        "attachment_sub": [c["panel"]],
        "section_style": "h3", "sections": secs,
        "countersigs": c["countersigs"], "sig_layout": "lines",
        "core": c["core"],
    }


HOUSING_MKU = dict(
    file="defect-isp301-sustaining-tenancies-manukau-rent-purpose.docx",
    panel="Manukau Sustaining Tenancies Panel", venue="the Kāinga Ora Manukau office",
    letterhead=["Kāinga Ora – Homes and Communities", "Auckland South Region", "PO Box 76 544, Manukau 2241"],
    date="10 February 2026",
    addressees=[
        ["Ms Fetu Leavasa", "Regional Commissioner, Counties Manukau", "Ministry of Social Development", "Manukau"],
        ["Ms Rachel Green", "Director, Mental Health and Addictions", "Health New Zealand | Te Whatu Ora, Counties Manukau", "Ōtāhuhu"],
        ["Mr Tipene Haami", "Chief Executive", "Te Kāhui Whakaruruhau Trust", "Manurewa"],
    ],
    salutation="Dear Fetu, Rachel and Tipene",
    re="Re: Manukau Sustaining Tenancies Panel – information sharing terms",
    letter=[
        "Thank you for taking part in the design of the Manukau Sustaining Tenancies Panel, which begins meeting next month. The panel's aim is simple: fewer Kāinga Ora tenants in South Auckland losing their homes because problems that could have been solved were not picked up in time.",
        "We have agreed that the panel will share information for three purposes: to understand what support a tenant and their household need to keep their tenancy; to agree and coordinate that support across our agencies; and to confirm household income and composition so that income-related rent is set correctly. Tenants are referred to the panel only with their written authorisation, and sharing for the first two purposes relies on that authorisation, under information privacy principle 11(1)(c) of the Privacy Act 2020 and, for health information, rule 11(1)(b) of the Health Information Privacy Code 2020.",
        "Kāinga Ora will be the lead agency. If the attached terms are acceptable, please sign at the end of Attachment A and return a copy to sustainingtenancies.akls@kaingaora.govt.nz.",
    ],
    writer=["Sina Matagi", "Regional Director, Auckland South", "Kāinga Ora – Homes and Communities"],
    cc=["Tenancy Services Manager, Manukau"],
    agencies=[("Kāinga Ora – Homes and Communities",), ("Ministry of Social Development",),
              ("Health New Zealand | Te Whatu Ora",), ("Te Kāhui Whakaruruhau Trust",)],
    extra_purposes=["To confirm household income and composition so that income-related rent is set correctly."],
    breach="Privacy Lead, Kāinga Ora – Homes and Communities, Auckland South (privacy.akls@kaingaora.govt.nz, 09 261 4400)",
    review_months=12,
    countersigs=[
        cs("Ministry of Social Development", "Fetu Leavasa", "Regional Commissioner, Counties Manukau", "17 February 2026"),
        cs("Health New Zealand | Te Whatu Ora", "Rachel Green", "Director, Mental Health and Addictions, Counties Manukau", "24 February 2026"),
        cs("Te Kāhui Whakaruruhau Trust", "Tipene Haami", "Chief Executive", "3 March 2026"),
    ],
    core=dict(author="Sina Matagi", title="Letter – Manukau Sustaining Tenancies Panel",
              created=(2026, 1, 27, 9, 0), modified=(2026, 3, 3, 14, 30)),
)

HOUSING_POR = dict(
    file="defect-isp305-sustaining-tenancies-porirua-letter-claims-authority.docx",
    panel="Porirua Sustaining Tenancies Panel", venue="the Kāinga Ora Porirua office",
    letterhead=["Kāinga Ora – Homes and Communities", "Wellington Region – Porirua", "PO Box 50 218, Porirua 5240"],
    date="17 September 2026",
    addressees=[
        ["Ms Lesieli Taufa", "Regional Commissioner, Wellington", "Ministry of Social Development", "Wellington"],
        ["Ms Joanne Price", "Group Manager, Community Mental Health", "Health New Zealand | Te Whatu Ora, Capital, Coast and Hutt Valley", "Porirua"],
        ["Ms Aroha Wineera", "Kaiwhakahaere", "Te Rōpū Āwhina Whānau o Porirua", "Porirua"],
    ],
    salutation="Dear Lesieli, Joanne and Aroha",
    re="Re: Porirua Sustaining Tenancies Panel – agreement to share information",
    letter=[
        "I am pleased to confirm the arrangements we discussed at the Porirua housing partners' meeting on 2 September for the Porirua Sustaining Tenancies Panel, which will meet from October.",
        "The panel will share information for two purposes: to understand what support a tenant and their household need to keep their tenancy, and to agree and coordinate that support across our agencies. Tenants are referred only with their written authorisation.",
        "This exchange of letters authorises panel members to share tenants' information with one another for the purposes set out in Attachment A, so representatives can share with confidence once all parties have signed.",
        "Kāinga Ora will be the lead agency. Please sign the acceptance at the end of Attachment A and return a copy to porirua.tenancies@kaingaora.govt.nz.",
    ],
    writer=["Michael Tuala", "Regional Director, Wellington", "Kāinga Ora – Homes and Communities"],
    agencies=[("Kāinga Ora – Homes and Communities",), ("Ministry of Social Development",),
              ("Health New Zealand | Te Whatu Ora",), ("Te Rōpū Āwhina Whānau o Porirua",)],
    no_disclaimer=True, la_lead="Both purposes:",
    breach="Privacy Lead, Kāinga Ora – Homes and Communities, Wellington Region (privacy.wgtn@kaingaora.govt.nz, 04 439 3300)",
    review_months=24,
    countersigs=[
        cs("Ministry of Social Development", "Lesieli Taufa", "Regional Commissioner, Wellington", "24 September 2026"),
        cs("Health New Zealand | Te Whatu Ora", "Joanne Price", "Group Manager, Community Mental Health", "30 September 2026"),
        cs("Te Rōpū Āwhina Whānau o Porirua", "Aroha Wineera", "Kaiwhakahaere", "5 October 2026"),
    ],
    core=dict(author="Michael Tuala", title="Letter – Porirua Sustaining Tenancies Panel",
              created=(2026, 9, 4, 10, 0), modified=(2026, 10, 5, 9, 0)),
)


# ---------------------------------------------------------------- recovery welfare coordination group (council lead)
def welfare(c):
    council = c["council"]
    ag = c["agencies"]
    secs = []
    secs.append(("attending-agencies", "Attending agencies", [
        "The group is attended by, and these terms are agreed between, %s (lead agency); %s." % (council, "; ".join(ag[:-1]) + "; and " + ag[-1]),
    ]))
    secs.append(("meeting-purpose", "Meeting purpose", [
        "The %s meets weekly during the recovery from %s. Its purpose is to make sure that every affected household with unmet welfare needs is identified, is offered support by the agency best placed to help, and does not fall through the gaps between agencies." % (c["group"], c["event"]),
    ]))
    secs.append(("sharing-purpose", "Purposes of sharing", [
        "Information is shared by the group for these purposes:",
        ("letters", [
            "to identify households with unmet needs for accommodation, food, income, health or psychosocial support as a result of %s;" % c["event"],
            "to refer each household to the party best placed to help, without households having to repeat their story to several agencies; and",
            "to check on the safety of people identified as vulnerable, such as older people living alone or people with disabilities or serious health conditions, where there is a serious threat to their life or health.",
        ]),
    ]))
    secs.append(("legal-authority", "Legal authority", [
        "These terms do not authorise sharing; they record the authorities each party relies on.",
        ("letters", [
            "Purposes (a) and (b): Privacy Act 2020, IPP 11(1)(c), as households authorise sharing with the group when they complete the recovery needs assessment; and, for health information, Health Information Privacy Code 2020, rule 11(1)(b).",
            "Purpose (c): Privacy Act 2020, IPP 11(1)(f); and, for health information, Health Information Privacy Code 2020, rule 11(2)(d).",
        ], ["4.1", "4.2"]),
    ]))
    secs.append(("information-shared", "Information to be shared", [
        "The information shared is drawn from the recovery needs assessment and from the parties' own contact with households: names and contact details of household members, the state of the home and whether it can be lived in, the household's stated needs, and support already given. Health information is shared only where it bears on the household's welfare needs or the safety of a vulnerable person.",
    ]))
    secs.append(("use-of-information", "Use of information", [
        "Shared information is used only to provide or coordinate recovery support for the household concerned. A party records it in its own systems only where it needs to in order to deliver that support, noting the source, the authority and purpose it was shared under, and the date. It is not used for rates, compliance or enforcement purposes.",
    ]))
    secs.append(("transparency", "Transparency", [
        "The recovery needs assessment form, and the staff who complete it with households, explain that the answers will be shared with the agencies in the group so that support can be arranged, and that the household can ask for any agency to be left out. The council's recovery privacy statement, published on its website and at the recovery hub, lists the agencies in the group. People checked on under purpose (c) are told afterwards who shared information and why.",
    ]))
    secs.append(("method-of-sharing", "Method of sharing", [
        "The council's Recovery Office keeps the household needs register in its recovery case management system. The weekly list of households to be discussed is sent to representatives by secure email on the morning of the meeting, and information is otherwise shared verbally. Representatives attend in person at the recovery hub or by Microsoft Teams.",
    ]))
    secs.append(("security-classification", "Security classification", [c["classification_text"]]))
    secs.append(("security-controls", "Security controls", [
        "The following controls apply to every party:",
        ("bullets", controls("A")),
    ]))
    secs.append(("tikanga", "Tikanga", [
        "%s advises the group on tikanga. Marae have been central to the welfare response, and the parties respect the role of marae and hapū in supporting their own people: information about whānau supported through a marae is shared with the group only with their agreement and, where the whānau wishes, through the marae's own kaimahi." % c["iwi"],
    ]))
    secs.append(("retention-disposal", "Retention and disposal", c["retention_blocks"]))
    secs.append(("breach-management", "Breach management", [
        "A representative who becomes aware of a breach involving information shared by the group reports it immediately to their own privacy officer and to the group's breach contact, the %s. The breach contact coordinates the response with the parties involved, including telling affected households; the party responsible for the information decides whether to notify the Privacy Commissioner." % c["breach"],
    ]))
    secs.append(("conflicts-of-interest", "Conflicts of interest", [
        "In a small community members will often know the households being discussed. A member with a close personal connection to a household declares it to the chair, takes no part in that item and passes any request for information to a colleague; the chair records the declaration.",
    ]))
    secs.append(("relationship-management", "Relationship management", [
        "Each party names a relationship manager who oversees its participation and supports its representative. The relationship managers meet monthly while the group is operating, as part of the recovery governance meeting, and check that sharing stays within the purposes in paragraph 3.",
    ]))
    secs.append(("review", "Review", [
        "These terms are reviewed every six months while the group operates, and when it is stood down. %s, as lead agency, initiates each review." % council,
    ]))
    secs.append(("approval", "Approval", [
        "The council agrees to these terms through the Recovery Manager's covering letter. The other parties agree by signing below.",
    ]))
    return {
        "file": c["file"], "font": "Arial", "size": 10.5, "marking": c.get("marking"),
        "letterhead": c["letterhead"], "date": c["date"],
        "addressees": c["addressees"], "salutation": c["salutation"], "re": c["re"], "letter": c["letter"],
        "closing": {"lines": c["writer"]},
        "encl": "Encl: Attachment A", "cc": c.get("cc"),
        "attachment_title": "Attachment A: Terms of information sharing",
        "attachment_sub": [c["group"]],
        "section_style": "runin", "sections": secs,
        "countersigs": c["countersigs"], "sig_layout": c.get("sig_layout", "labelled"),
        "core": c["core"],
    }


WELFARE_KAI = dict(
    file="defect-isp402-welfare-recovery-kaikoura-unclassified.docx",
    council="Kaikōura District Council", group="Kaikōura Recovery Welfare Coordination Group", event="the August 2026 flood",
    agencies=["the Ministry of Social Development", "Health New Zealand | Te Whatu Ora", "Te Hā o Kaikōura Whānau Services", "Kaikōura Rural Support Network"],
    iwi="Te Hā o Kaikōura Whānau Services",
    letterhead=["Kaikōura District Council", "Recovery Office", "PO Box 6, Kaikōura 7340 | 03 319 5026"],
    date="6 October 2026",
    addressees=[
        ["Ms Heather Dunlop", "Regional Commissioner, Canterbury", "Ministry of Social Development", "Christchurch"],
        ["Mr Ben Kirwan", "Group Manager, Rural Health", "Health New Zealand | Te Whatu Ora, Waitaha Canterbury", "Christchurch"],
        ["Ms Mihi Solomon", "Kaiwhakahaere", "Te Hā o Kaikōura Whānau Services", "Kaikōura"],
        ["Mr Ross Barclay", "Coordinator", "Kaikōura Rural Support Network", "Kaikōura"],
    ],
    salutation="Dear colleagues",
    re="Re: Kaikōura flood recovery – sharing information in the Welfare Coordination Group",
    letter=[
        "Since the transition from response to recovery on 8 September, the Welfare Coordination Group has met each week to make sure that households affected by the August flood are getting the help they need. I want to thank each of your organisations for the support you have given people in the district over a very hard two months.",
        "The group shares information to identify households with unmet needs, to refer them to the right agency without making them tell their story again, and to check on vulnerable people where we are worried about their safety. Households authorise sharing for the first two purposes when they complete the recovery needs assessment (Privacy Act 2020, IPP 11(1)(c)); checks on vulnerable people rely on IPP 11(1)(f). The attached terms set this out in more detail, and record that they are not themselves a source of authority to share.",
        "The council will continue as lead agency while the group operates. Please sign the acceptance at the end of Attachment A and return it to recovery@kaikoura.govt.nz.",
    ],
    writer=["Angela Ruru", "Recovery Manager", "Kaikōura District Council"],
    cc=["Chief Executive, Kaikōura District Council", "Canterbury CDEM Group Welfare Manager"],
    classification_text="Information shared by the group is UNCLASSIFIED. Most of it concerns damage to homes and needs that households have told us about themselves, and the parties have agreed that it does not need special handling.",
    retention_blocks=[
        "Parties keep shared information only while they need it to deliver recovery support to the household, in their approved business systems, and delete emailed lists once the week's actions are recorded. Each party applies its own retention and disposal authority. When the group is stood down, the council transfers the household needs register to its recovery records and disposes of it under its disposal authority.",
    ],
    breach="Recovery Manager, Kaikōura District Council (recovery@kaikoura.govt.nz, 03 319 5026)",
    countersigs=[
        cs("Ministry of Social Development", "Heather Dunlop", "Regional Commissioner, Canterbury", "12 October 2026"),
        cs("Health New Zealand | Te Whatu Ora", "Ben Kirwan", "Group Manager, Rural Health, Waitaha Canterbury", "14 October 2026"),
        cs("Te Hā o Kaikōura Whānau Services", "Mihi Solomon", "Kaiwhakahaere", "15 October 2026"),
        cs("Kaikōura Rural Support Network", "Ross Barclay", "Coordinator", "20 October 2026"),
    ],
    core=dict(author="Angela Ruru", title="Letter – Kaikōura Recovery Welfare Coordination Group",
              created=(2026, 9, 28, 8, 30), modified=(2026, 10, 20, 12, 0)),
)

WELFARE_GIS = dict(
    file="defect-isp801-welfare-recovery-tairawhiti-keep-for-future.docx",
    council="Gisborne District Council", group="Tairāwhiti Recovery Welfare Coordination Group", event="the June 2026 storm",
    agencies=["the Ministry of Social Development", "Health New Zealand | Te Whatu Ora", "Te Whare Tiaki Hapori o Tūranga", "Tairāwhiti Rural Wellbeing Network"],
    iwi="Te Whare Tiaki Hapori o Tūranga", marking="IN-CONFIDENCE", sig_layout="breaks",
    letterhead=["Gisborne District Council | Te Kaunihera o Te Tairāwhiti", "Recovery Office",
                "PO Box 747, Gisborne 4040 | 06 867 2049"],
    date="12 August 2026",
    addressees=[
        ["Mr Tāwhai Brown", "Regional Commissioner, East Coast", "Ministry of Social Development", "Gisborne"],
        ["Ms Olivia Grant", "Operations Manager, Tairāwhiti", "Health New Zealand | Te Whatu Ora", "Gisborne"],
        ["Ms Riria Pewhairangi", "Kaiwhakahaere", "Te Whare Tiaki Hapori o Tūranga", "Gisborne"],
        ["Mr Neil Fergus", "Chair", "Tairāwhiti Rural Wellbeing Network", "Gisborne"],
    ],
    salutation="Dear colleagues",
    re="Re: Tairāwhiti storm recovery – sharing information in the Welfare Coordination Group",
    letter=[
        "The Welfare Coordination Group has met weekly since the June storm, and has helped several hundred households across the district with accommodation, food, income and health support. This letter and its attachment record how we share information in the group.",
        "The group shares information to identify households with unmet needs, to refer them to the right agency without making them tell their story again, and to check on vulnerable people where we are worried about their safety. Households authorise sharing for the first two purposes when they complete the recovery needs assessment (Privacy Act 2020, IPP 11(1)(c)); checks on vulnerable people rely on IPP 11(1)(f). The attached terms do not themselves authorise any sharing.",
        "The council will continue as lead agency while the group operates. Please sign the acceptance at the end of Attachment A and return it to recovery@gdc.govt.nz.",
    ],
    writer=["Whetū Kerekere", "Recovery Manager", "Gisborne District Council"],
    cc=["Chief Executive, Gisborne District Council"],
    classification_text="Information shared by the group is classified IN-CONFIDENCE.",
    retention_blocks=[
        "Parties keep shared information while they need it to deliver recovery support to the household, in their approved business systems, and delete emailed lists once the week's actions are recorded. Each party applies its own retention and disposal authority.",
        "Because the East Coast is likely to face further severe weather, parties may also keep copies of household needs assessments on file for future reference, in case they are useful in a later emergency response.",
    ],
    breach="Recovery Manager, Gisborne District Council (recovery@gdc.govt.nz, 06 867 2049)",
    countersigs=[
        cs("Ministry of Social Development", "Tāwhai Brown", "Regional Commissioner, East Coast", "18 August 2026"),
        cs("Health New Zealand | Te Whatu Ora", "Olivia Grant", "Operations Manager, Tairāwhiti", "20 August 2026"),
        cs("Te Whare Tiaki Hapori o Tūranga", "Riria Pewhairangi", "Kaiwhakahaere", "25 August 2026"),
        cs("Tairāwhiti Rural Wellbeing Network", "Neil Fergus", "Chair", "27 August 2026"),
    ],
    core=dict(author="Whetū Kerekere", title="Letter – Tairāwhiti Recovery Welfare Coordination Group",
              created=(2026, 8, 3, 9, 0), modified=(2026, 8, 27, 16, 0)),
)


# ---------------------------------------------------------------- legacy 2019 exchange of letters
def legacy_hamilton():
    agencies = ["New Zealand Police", "Oranga Tamariki – Ministry for Children", "Waikato District Health Board",
                "Kirikiriroa Family Harm Intervention Project", "Te Whare Whānau Ora o Kirikiriroa"]
    secs = [
        ("attending-agencies", "Attending agencies", [
            "The following agencies attend the meeting and are parties to these terms:",
            ("bullets", [agencies[0] + " (lead agency)"] + agencies[1:]),
        ]),
        ("meeting-purpose", "Purpose of the meeting", [
            "The Hamilton Family Violence Interagency Case Management Meeting meets weekly at Hamilton Central Police Station to review family violence incidents attended by Police in Hamilton City in the previous week and to agree a coordinated response for the families at highest risk.",
        ]),
        ("sharing-purpose", "Purposes of sharing", [
            "Information is shared to:",
            ("letters", [
                "assess the risk to victims of family violence and their children;",
                "agree a safety plan and the actions each agency will take; and",
                "monitor whether the agreed actions have been completed.",
            ]),
        ]),
        ("legal-authority", "Legal authority", [
            "Purposes (a) to (c): Privacy Act 1993, section 6, information privacy principles 11(e) and 11(f); Health Information Privacy Code 1994, rule 11(2)(d) (for health information held by the DHB); Domestic Violence Act 1995; and, where a child is involved, Oranga Tamariki Act 1989, section 66.",
            "This letter does not itself authorise sharing; agencies must be satisfied that the legislation above applies before they share.",
        ]),
        ("information-shared", "Information to be shared", [
            "Agencies share information relevant to the risk to victims and children, including previous Police attendances, protection orders, current Oranga Tamariki involvement, relevant health information and the support provided by the community agencies.",
        ]),
        ("use-of-information", "Use of information", [
            "Information is to be used only for the purposes in paragraph 3 and is not to be entered into an agency's own records unless that agency has been allocated an action that requires it.",
        ]),
        ("transparency", "Transparency", [
            "Where it is safe to do so, victims are told that their family's situation will be discussed at the meeting. Each agency's privacy statement will describe its participation in interagency family violence meetings.",
        ]),
        ("method-of-sharing", "Method of sharing", [
            "Police email the case list to members using SEEMail on the afternoon before the meeting. Paper copies are printed for the meeting. Information is otherwise shared verbally, and actions are recorded in the minutes kept by Police.",
        ]),
        ("security-classification", "Security classification", [
            "Information shared at the meeting is classified IN-CONFIDENCE.",
        ]),
        ("security-controls", "Security", [
            "All representatives must have completed their agency's privacy training. Paper copies of the case list are collected by the chair at the end of each meeting and shredded, and must not be passed to other members or taken away from the meeting.",
        ]),
        ("retention-disposal", "Retention", [
            "Agencies retain information only where it is needed to carry out an allocated action and in accordance with their own retention schedules under the Public Records Act 2005. Minutes are held by Police.",
        ]),
        ("breach-management", "Privacy breaches", [
            "Any breach must be reported immediately to the Family Violence Coordinator, New Zealand Police, Hamilton (hamilton.fvc@police.govt.nz, 07 858 6200), who will work with the agencies concerned to manage it.",
        ]),
        ("conflicts-of-interest", "Conflicts of interest", [
            "Members who know a family being discussed must declare it to the chair and leave the room for that item.",
        ]),
        ("relationship-management", "Relationship management", [
            "Each agency will nominate a relationship manager. Relationship managers will meet annually to discuss the operation of the meeting.",
        ]),
        ("review", "Review", [
            "These terms will be reviewed three years after the date of the last signature below, or earlier if the law changes. Police will initiate the review.",
        ]),
        ("approval", "Approval", [
            "Police agree to these terms by the covering letter. The other agencies agree by signing below.",
        ]),
    ]
    letter = [
        "Following the meeting of the Hamilton Family Violence Interagency Network on 28 May, I am writing to confirm the terms on which information will be shared at the weekly Interagency Case Management Meeting.",
        "Information is shared at the meeting so that agencies can assess the risk to victims and children, agree a safety plan, and check that agreed actions are completed. Sharing is carried out under the privacy and domestic violence legislation listed in paragraph 4 of the attached terms, in particular information privacy principle 11(f), which permits disclosure to prevent or lessen a serious and imminent threat.",
        "Please sign the acceptance at the end of the attached terms and return it to the Family Violence Coordinator.",
    ]
    return {
        "file": "legacy-2019-fv-hamilton-several-defects.docx", "font": "Times New Roman", "size": 12,
        "marking": "IN-CONFIDENCE",
        "letterhead": ["New Zealand Police", "Hamilton City Area", "Private Bag 3053, Hamilton 3240"],
        "ref": ["Our ref: HAM/FV/2019/06"], "date": "14 June 2019",
        "addressees": [
            ["Ms Janine Thorpe", "Regional Manager, Waikato", "Oranga Tamariki – Ministry for Children", "Hamilton"],
            ["Mr Derek Soper", "Executive Director, Community and Clinical Support", "Waikato District Health Board", "Hamilton"],
            ["Ms Ruth Ellison", "Manager", "Kirikiriroa Family Harm Intervention Project", "Hamilton"],
            ["Mr Mohi Herewini", "Chief Executive", "Te Whare Whānau Ora o Kirikiriroa", "Hamilton"],
        ],
        "salutation": "Dear colleagues",
        "re": "Re: Hamilton Family Violence Interagency Case Management Meeting – information sharing",
        "letter": letter,
        "closing": {"lines": ["Greg Tapsell", "Inspector", "Area Commander, Hamilton City", "New Zealand Police"]},
        "encl": "Encl.",
        "attachment_title": "Attachment A: Terms of information sharing",
        "attachment_sub": ["Hamilton Family Violence Interagency Case Management Meeting"],
        "section_style": "runin", "sections": secs,
        "countersigs": [
            cs("Oranga Tamariki – Ministry for Children", "Janine Thorpe", "Regional Manager, Waikato", "18 June 2019"),
            cs("Waikato District Health Board", "Derek Soper", "Executive Director, Community and Clinical Support", "24 June 2019"),
            cs("Kirikiriroa Family Harm Intervention Project", "Ruth Ellison", "Manager", "3 July 2019"),
            cs("Te Whare Whānau Ora o Kirikiriroa", "Mohi Herewini", "Chief Executive", "22 July 2019"),
        ],
        "sig_layout": "lines",
        "core": dict(author="FVC Hamilton", title="Interagency Case Management Meeting - letter and terms",
                     created=(2019, 6, 3, 9, 0), modified=(2019, 7, 22, 15, 0), revision=7),
    }


# ---------------------------------------------------------------- assemble
FV_WHANGANUI["sig_layout"] = "breaks"

SPECS = [
    fv(FV_WBOP),
    youth(YOUTH_NTH),
    school(SCHOOL_HB),
    elder(ELDER_MW),
    reint(REINT_CHC),
    mh(MH_HUTT),
    housing(HOUSING_MKU),
    fv(FV_WHANGANUI),
    school(SCHOOL_NTH),
    youth(YOUTH_CM),
    elder(ELDER_OT),
    reint(REINT_WKO),
    welfare(WELFARE_KAI),
    housing(HOUSING_POR),
    welfare(WELFARE_GIS),
    fv(FV_SOUTHLAND),
    legacy_hamilton(),
    mh(MH_NELSON),
]


TRUTH = {
    "as_of": "2026-11-24",
    "style": "Exchange of letters/memoranda on agency letterhead (address block, date, Dear, Re:) with the protocol as 'Attachment A: Terms of information sharing' in bold run-in numbered paragraphs (typed or Word auto-numbered) or Heading 3 sections; writer signs 'Yours sincerely', other agencies sign 'Agreed and accepted for ...' blocks at the end.",
    "files": {
        "clean-01-fv-safety-table-wbop.docx": {
            "kind": "clean", "expect": [], "tolerate": [],
            "note": "Police-led family violence safety table; bold run-in typed-number paragraphs, purposes and authorities also in letter prose, purpose/authority table, Police signs only via 'Yours sincerely', four 'Agreed and accepted' blocks, cc and encl lines.",
        },
        "clean-02-youth-panel-whangarei-memo.docx": {
            "kind": "clean", "expect": [], "tolerate": [],
            "note": "Oranga Tamariki memorandum (To/From/Date table) for a youth offending panel; Heading 3 numbered sections, Purpose | Authority table, labelled Name/Title/Date counter-signatures, 18-month review.",
        },
        "clean-03-school-attendance-heretaunga-controls.docx": {
            "kind": "clean", "expect": [], "tolerate": [],
            "note": "Ministry of Education letter; attachment paragraphs use Word automatic numbering (numbering.xml) with bold run-in lead words and outline level; letter date, classification (IN-CONFIDENCE), review period (12 months) and counter-signature dates are filled content controls.",
        },
        "clean-04-elder-abuse-manawatu-ngo-lead.docx": {
            "kind": "clean", "expect": [], "tolerate": [],
            "note": "NGO (Elder Safe Manawatū Trust) is lead and writer; letterhead in first-page header; letter addressed to Police with 'Identical letters sent to' list; Heading 3 sections; three-column authority table; signature blocks use line breaks in one paragraph; 24-month review.",
        },
        "clean-05-reintegration-waitaha-single-purpose.docx": {
            "kind": "clean", "expect": [], "tolerate": [],
            "note": "Corrections-led reintegration hui with a single purpose of sharing and a single authority (IPP 11(1)(c)) stated in prose; run-in paragraphs; review annually with first review by 31 July 2027.",
        },
        "defect-isp101-mental-health-hutt-no-conflicts-section.docx": {
            "kind": "defect",
            "expect": [{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}}],
            "tolerate": [],
            "note": "Health NZ-led mental health coordination meeting (unnumbered Heading 3 sections); the conflicts of interest section is absent between breach management and relationship management.",
        },
        "defect-isp301-sustaining-tenancies-manukau-rent-purpose.docx": {
            "kind": "defect",
            "expect": [{"rule": "ISP301", "data_contains": {"purpose": "household income"}}],
            "tolerate": [],
            "note": "Purpose 3 (confirming household income and composition for rent setting) appears in the letter and the purpose list, but the legal authority section covers only 'Purposes 1 and 2'.",
        },
        "defect-isp703-fv-whanganui-unsigned-provider.docx": {
            "kind": "defect",
            "expect": [{"rule": "ISP703", "data": {"agency": "Manaaki Tāne Stopping Violence Service"}}],
            "tolerate": [],
            "note": "Manaaki Tāne Stopping Violence Service is listed as an attending agency (and addressed in the letter) but has no 'Agreed and accepted' block at the end.",
        },
        "defect-isp451-school-attendance-tetaitokerau-no-virtual-control.docx": {
            "kind": "defect",
            "expect": [{"rule": "ISP451", "data": {"control": "virtual-meeting"}}],
            "tolerate": [],
            "note": "Same layout as clean-03 (auto-numbering, content controls); meetings are said to be in person only and the security controls list omits the online-meeting (chat/recording/screenshots) control.",
        },
        "defect-isp501-youth-panel-otara-no-breach-contact.docx": {
            "kind": "defect",
            "expect": [{"rule": "ISP501"}],
            "tolerate": [],
            "note": "Youth panel memorandum whose breach section only says each agency follows its own procedure and reports notifiable breaches to the Privacy Commissioner (0800 803 909); no designated contact.",
        },
        "defect-isp602-elder-abuse-otepoti-three-year-review.docx": {
            "kind": "defect",
            "expect": [{"rule": "ISP602", "data": {"months": 36}}],
            "tolerate": [],
            "note": "Review section: 'reviewed three years after the date of the last signature' (36 months); signed February 2026 so not overdue.",
        },
        "defect-isp604-reintegration-waikato-review-overdue.docx": {
            "kind": "defect",
            "expect": [{"rule": "ISP604", "data": {"due": "2025-09-30"}}],
            "tolerate": [],
            "note": "Signed August-September 2024 (last 30 September 2024); review annually with 'first review to be completed by 30 September 2025', which has passed by 2026-11-24.",
        },
        "defect-isp402-welfare-recovery-kaikoura-unclassified.docx": {
            "kind": "defect",
            "expect": [{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}],
            "tolerate": [],
            "note": "Council-led flood recovery welfare group; the classification paragraph says information shared is UNCLASSIFIED (no header/footer marking in this document).",
        },
        "defect-isp305-sustaining-tenancies-porirua-letter-claims-authority.docx": {
            "kind": "defect",
            "expect": [{"rule": "ISP305", "data_contains": {"text": "authorises panel members"}}],
            "tolerate": [],
            "note": "The covering letter says 'This exchange of letters authorises panel members to share tenants' information...'; the attachment's authority section (IPP 11(1)(c), HIPC rule 11(1)(b)) carries no disclaimer.",
        },
        "defect-isp801-welfare-recovery-tairawhiti-keep-for-future.docx": {
            "kind": "defect",
            "expect": [{"rule": "ISP801"}],
            "tolerate": [],
            "note": "Retention paragraph lets parties keep household needs assessments 'on file for future reference, in case they are useful in a later emergency response'.",
        },
        "defect-isp702-fv-southland-signatory-no-title.docx": {
            "kind": "defect",
            "expect": [{"rule": "ISP702", "data": {"missing": ["role"]}, "data_contains": {"agency": "Health New Zealand"}}],
            "tolerate": [],
            "note": "Heading 3 variant of the family violence letter; the 'Agreed and accepted for Health New Zealand | Te Whatu Ora' block gives name (Dr Helen McKay) and date but no title or role.",
        },
        "legacy-2019-fv-hamilton-several-defects.docx": {
            "kind": "legacy",
            "expect": [
                {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
                {"rule": "ISP303", "data_contains": {"authority": "Health Information Privacy Code 1994"}},
                {"rule": "ISP303", "data_contains": {"authority": "Domestic Violence Act 1995"}},
                {"rule": "ISP101", "data": {"section": "tikanga"}},
                {"rule": "ISP451", "data": {"control": "password-protection"}},
                {"rule": "ISP451", "data": {"control": "approved-devices"}},
                {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
                {"rule": "ISP602", "data": {"months": 36}},
                {"rule": "ISP604", "data": {"due": "2022-07-22"}},
            ],
            "tolerate": ["ISP302"],
            "note": "2019 Police letter: authority paragraph 4 cites Privacy Act 1993, HIPC 1994 and Domestic Violence Act 1995 (each named once); no tikanga paragraph; security paragraph states only training, shredding and no hand-outs (SEEMail is not attachment protection); review three years after last signature (22 July 2019).",
        },
        "trap-tracked-review-period-and-cc-breach-contact-nelson.docx": {
            "kind": "trap",
            "expect": [
                {"rule": "ISP202"},
                {"rule": "ISP602", "data": {"months": 36}},
            ],
            "tolerate": [],
            "note": "Review period is a tracked change (deleted '12', inserted '36'), so read as accepted it is 36 months; the breach contact exists only inside a block-level content control and the classification is a filled drop-down, both of which should pass.",
        },
    },
}



FIXED_ZIP_TIME = (2026, 11, 1, 9, 0, 0)


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def main():
    for old in os.listdir(OUT):
        if old.endswith(".docx"):
            os.remove(os.path.join(OUT, old))
    for spec in SPECS:
        doc = build(spec)
        path = os.path.join(OUT, spec["file"])
        doc.save(path)
        normalise_zip(path)
        print("wrote", spec["file"])
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(TRUTH, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote truth.json")


if __name__ == "__main__":
    main()
