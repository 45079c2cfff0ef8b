#!/usr/bin/env python3
"""Build the 'protocol on a page' corpus (regional comms team house style).

Landscape pages, content laid out as coloured cards (layout tables, one card per
cell), emoji/symbol icons at the start of card titles, short bullet fragments,
a purpose-and-law table and a signature grid with agencies as columns.

Run:  /work/blind-kit4/.venv/bin/python build.py
Everything is deterministic: fixed core-property dates, fixed zip timestamps.
"""
import copy
import datetime as dt
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# low-level OOXML helpers
# ---------------------------------------------------------------------------
ORDER = {
    "tblPr": ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
              "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
              "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"],
    "tcPr": ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
             "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"],
    "trPr": ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
             "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden"],
}


def _local(el):
    return el.tag.split("}")[-1]


def sort_children(el, kind):
    order = ORDER[kind]
    kids = list(el)
    kids.sort(key=lambda c: order.index(_local(c)) if _local(c) in order else 999)
    for k in kids:
        el.remove(k)
    for k in kids:
        el.append(k)


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), str(v))
    return e


def replace_child(parent, tag, new):
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    parent.append(new)


def table_setup(table, widths, spacing=0, borders=False, border_colour="BFBFBF", cell_mar=(90, 110, 90, 110)):
    tbl = table._tbl
    tblPr = tbl.tblPr
    total = sum(widths) + spacing * (len(widths) + 1)
    replace_child(tblPr, "w:tblW", el("w:tblW", w=total, type="dxa"))
    if spacing:
        replace_child(tblPr, "w:tblCellSpacing", el("w:tblCellSpacing", w=spacing, type="dxa"))
    b = el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if borders:
            b.append(el("w:" + side, val="single", sz=4, space=0, color=border_colour))
        else:
            b.append(el("w:" + side, val="nil"))
    replace_child(tblPr, "w:tblBorders", b)
    replace_child(tblPr, "w:tblLayout", el("w:tblLayout", type="fixed"))
    mar = el("w:tblCellMar")
    t, l, bt, r = cell_mar
    mar.append(el("w:top", w=t, type="dxa"))
    mar.append(el("w:left", w=l, type="dxa"))
    mar.append(el("w:bottom", w=bt, type="dxa"))
    mar.append(el("w:right", w=r, type="dxa"))
    replace_child(tblPr, "w:tblCellMar", mar)
    sort_children(tblPr, "tblPr")
    grid = tbl.tblGrid
    for gc in list(grid):
        grid.remove(gc)
    for w in widths:
        grid.append(el("w:gridCol", w=w))
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            set_cell(cell, width=widths[i])


def set_cell(cell, width=None, fill=None, valign=None):
    tcPr = cell._tc.get_or_add_tcPr()
    if width is not None:
        replace_child(tcPr, "w:tcW", el("w:tcW", w=width, type="dxa"))
    if fill is not None:
        replace_child(tcPr, "w:shd", el("w:shd", val="clear", color="auto", fill=fill))
    if valign is not None:
        replace_child(tcPr, "w:vAlign", el("w:vAlign", val=valign))
    sort_children(tcPr, "tcPr")


def row_cant_split(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    replace_child(trPr, "w:cantSplit", el("w:cantSplit"))
    if header:
        replace_child(trPr, "w:tblHeader", el("w:tblHeader"))
    sort_children(trPr, "trPr")


def para_spacing(p, before=0, after=40, line=None):
    pf = p.paragraph_format
    pf.space_before = Pt(before / 20) if before else Pt(0)
    pf.space_after = Pt(after / 20)
    if line:
        pf.line_spacing = line


EMOJI_FONT = "Segoe UI Emoji"


def add_runs(p, text, size=None, colour=None, bold=None, italic=None, font=None):
    """Add text to paragraph p; '**x**' segments are bold."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    runs = []
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part = part[2:-2]
            b = True
        r = p.add_run(part)
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
        if b is not None:
            r.bold = b
        if italic:
            r.italic = True
        if font:
            r.font.name = font
        runs.append(r)
    return runs


def emoji_run(p, icon, size):
    r = p.add_run(icon + "\u00a0")
    r.font.size = Pt(size)
    rPr = r._r.get_or_add_rPr()
    fonts = el("w:rFonts", ascii=EMOJI_FONT, hAnsi=EMOJI_FONT, cs=EMOJI_FONT)
    fonts.set(qn("w:eastAsia"), EMOJI_FONT)
    rPr.insert(0, fonts)
    return r


# ---------------------------------------------------------------------------
# tracked changes / content controls (trap document)
# ---------------------------------------------------------------------------
_REV = {"id": 900}


def _next_id():
    _REV["id"] += 1
    return _REV["id"]


def tracked_ins(p, text, author, date, size=None):
    ins = el("w:ins", id=_next_id(), author=author, date=date)
    r = OxmlElement("w:r")
    if size:
        rPr = OxmlElement("w:rPr")
        rPr.append(el("w:sz", val=int(size * 2)))
        r.append(rPr)
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def tracked_del(p, text, author, date, size=None):
    d = el("w:del", id=_next_id(), author=author, date=date)
    r = OxmlElement("w:r")
    if size:
        rPr = OxmlElement("w:rPr")
        rPr.append(el("w:sz", val=int(size * 2)))
        r.append(rPr)
    t = OxmlElement("w:delText")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    d.append(r)
    p._p.append(d)


def sdt_run(p, text, alias, tag, kind="text", items=None, full_date=None, size=None, bold=False):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    pr.append(el("w:alias", val=alias))
    pr.append(el("w:tag", val=tag))
    pr.append(el("w:id", val=_next_id() * 1000 + 7))
    if kind == "dropdown":
        dd = OxmlElement("w:dropDownList")
        for it in items:
            dd.append(el("w:listItem", displayText=it, value=it))
        pr.append(dd)
    elif kind == "date":
        d = el("w:date", fullDate=full_date + "T00:00:00Z")
        d.append(el("w:dateFormat", val="d MMMM yyyy"))
        d.append(el("w:lid", val="en-NZ"))
        d.append(el("w:storeMappedDataAs", val="dateTime"))
        d.append(el("w:calendar", val="gregorian"))
        pr.append(d)
    elif kind == "text":
        pr.append(el("w:text"))
    elif kind == "rich":
        pr.append(OxmlElement("w:richText"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    if bold:
        rPr.append(OxmlElement("w:b"))
    if size:
        rPr.append(el("w:sz", val=int(size * 2)))
    if len(rPr):
        r.append(rPr)
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)


# ---------------------------------------------------------------------------
# document styles and numbering
# ---------------------------------------------------------------------------
def setup_styles(doc, P):
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = P["font"]
    normal.font.size = Pt(P["size"])
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = el("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("ascii", "hAnsi", "cs", "eastAsia"):
        rfonts.set(qn("w:" + a), P["font"])
    normal.paragraph_format.space_after = Pt(2)

    ct = st.add_style("Card Title", WD_STYLE_TYPE.PARAGRAPH)
    ct.base_style = normal
    ct.font.bold = True
    ct.font.size = Pt(P["size"] + 2)
    ct.font.color.rgb = RGBColor.from_string(P["ink"])
    ct.paragraph_format.space_after = Pt(4)
    ct.paragraph_format.keep_with_next = True
    if P.get("outline"):
        pPr = ct.element.get_or_add_pPr()
        pPr.append(el("w:outlineLvl", val=1))

    cb = st.add_style("Card Text", WD_STYLE_TYPE.PARAGRAPH)
    cb.base_style = normal
    cb.font.size = Pt(P["size"])
    cb.paragraph_format.space_after = Pt(2)

    big = st.add_style("Card Big", WD_STYLE_TYPE.PARAGRAPH)
    big.base_style = normal
    big.font.size = Pt(P["size"] + 7)
    big.font.bold = True
    big.font.color.rgb = RGBColor.from_string(P["banner"])
    big.paragraph_format.space_after = Pt(4)


def add_bullet_numbering(doc, symbol, colour, font="Segoe UI Symbol"):
    numbering = doc.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(existing + [40]) + 1
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nums + [40]) + 1
    a = el("w:abstractNum", abstractNumId=aid)
    a.append(el("w:nsid", val="%08X" % (0x5A5A0000 + aid)))
    a.append(el("w:multiLevelType", val="hybridMultilevel"))
    lvl = el("w:lvl", ilvl=0)
    lvl.append(el("w:start", val=1))
    lvl.append(el("w:numFmt", val="bullet"))
    lvl.append(el("w:lvlText", val=symbol))
    lvl.append(el("w:lvlJc", val="left"))
    ppr = OxmlElement("w:pPr")
    ppr.append(el("w:ind", left=255, hanging=227))
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rpr.append(el("w:rFonts", ascii=font, hAnsi=font, hint="default"))
    rpr.append(el("w:color", val=colour))
    lvl.append(rpr)
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = el("w:num", numId=nid)
    n.append(el("w:abstractNumId", val=aid))
    numbering.append(n)
    return nid


# ---------------------------------------------------------------------------
# card rendering
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, doc, P):
        self.doc = doc
        self.P = P
        self.numid = None
        if P["bullets"] == "numbering":
            self.numid = add_bullet_numbering(doc, P.get("symbol", "\u25aa"), P["ink"])


def card_title(ctx, container, icon, text, first_para=None):
    P = ctx.P
    p = first_para if first_para is not None else container.add_paragraph()
    if P.get("title_mode") == "style":
        p.style = ctx.doc.styles["Card Title"]
        emoji_run(p, icon, P["size"] + 2)
        add_runs(p, text)
    else:  # direct formatting, bold coloured text in the Normal style
        emoji_run(p, icon, P["size"] + 2)
        add_runs(p, text, size=P["size"] + 2, colour=P["ink"], bold=True)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
    return p


def card_item(ctx, container, item):
    """item: str bullet, or (kind, payload)."""
    P = ctx.P
    kind, payload = ("b", item) if isinstance(item, str) else item
    p = container.add_paragraph()
    if kind == "big":
        p.style = ctx.doc.styles["Card Big"]
        add_runs(p, payload)
        return p
    if kind == "p":
        p.style = ctx.doc.styles["Card Text"]
        add_runs(p, payload)
        return p
    if kind == "note":
        p.style = ctx.doc.styles["Card Text"]
        add_runs(p, payload, italic=True, colour="595959", size=P["size"] - 1)
        return p
    if kind == "num":
        n, text = payload
        p.style = ctx.doc.styles["Card Text"]
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.first_line_indent = Pt(-14)
        add_runs(p, "%s\t" % n, bold=True, colour=P["ink"])
        p.paragraph_format.tab_stops.add_tab_stop(Pt(14))
        add_runs(p, text)
        return p
    # bullet
    mode = P["bullets"]
    if mode == "numbering":
        p.style = ctx.doc.styles["Card Text"]
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = ctx.numid
        add_runs(p, payload)
    elif mode == "style":
        p.style = ctx.doc.styles["List Bullet"]
        p.paragraph_format.space_after = Pt(1)
        add_runs(p, payload, size=P["size"])
    else:  # typed symbol
        p.style = ctx.doc.styles["Card Text"]
        p.paragraph_format.left_indent = Pt(11)
        p.paragraph_format.first_line_indent = Pt(-11)
        sym = P.get("typed", "\u2022")
        r = p.add_run(sym + "\t")
        r.font.color.rgb = RGBColor.from_string(P["ink"])
        p.paragraph_format.tab_stops.add_tab_stop(Pt(11))
        add_runs(p, payload)
    return p


def fill_card(ctx, cell, key, card):
    icon, title = card["title"]
    first = cell.paragraphs[0]
    card_title(ctx, cell, icon, title, first_para=first)
    for item in card["items"]:
        if isinstance(item, tuple) and item[0] == "hook":
            item[1](ctx, cell)
        else:
            card_item(ctx, cell, item)
    if card.get("table"):
        law_table(ctx, cell, card["table"])
    for item in card.get("after", []):
        card_item(ctx, cell, item)


USABLE = 15580  # twips across A4 landscape with 11 mm margins (275 mm)


def card_row(ctx, keys, cards, fills):
    P = ctx.P
    n = len(keys)
    spacing = 85
    weights = [cards[k].get("weight", 1) for k in keys]
    avail = USABLE - spacing * (n + 1)
    widths = [int(avail * w / sum(weights)) for w in weights]
    t = ctx.doc.add_table(rows=1, cols=n)
    table_setup(t, widths, spacing=spacing)
    row_cant_split(t.rows[0])
    for i, k in enumerate(keys):
        cell = t.rows[0].cells[i]
        set_cell(cell, fill=cards[k].get("fill") or fills.pop(0), valign="top")
        fill_card(ctx, cell, k, cards[k])
    gap = ctx.doc.add_paragraph()
    para_spacing(gap, 0, 0)
    gap.paragraph_format.line_spacing = Pt(4)
    return t


def law_table(ctx, cell, spec):
    """Purpose-and-law table nested inside the card."""
    P = ctx.P
    header = spec["header"]
    rows = spec["rows"]
    widths = spec["widths"]
    room = USABLE - 2 * 85 - 2 * 110 - 60  # card width less cell spacing and margins
    widths = [int(w * room / sum(widths)) for w in widths]
    t = cell.add_table(rows=1 + len(rows), cols=len(header))
    table_setup(t, widths, borders=True, border_colour="FFFFFF", cell_mar=(50, 90, 50, 90))
    row_cant_split(t.rows[0], header=True)
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        set_cell(c, fill=P["banner"])
        p = c.paragraphs[0]
        add_runs(p, h, bold=True, colour="FFFFFF", size=P["size"])
        para_spacing(p, 0, 0)
    for ri, row in enumerate(rows, start=1):
        row_cant_split(t.rows[ri])
        for ci, val in enumerate(row):
            c = t.rows[ri].cells[ci]
            set_cell(c, fill="FFFFFF")
            p = c.paragraphs[0]
            para_spacing(p, 0, 0)
            if callable(val):
                val(ctx, p)
            else:
                add_runs(p, val, size=P["size"], bold=(ci == 0 and spec.get("bold_first", True)))
    # keep the cell's closing paragraph small
    return t


def banner(ctx, B):
    P = ctx.P
    t = ctx.doc.add_table(rows=1, cols=2)
    table_setup(t, [10900, USABLE - 10900], cell_mar=(140, 200, 140, 200))
    left, right = t.rows[0].cells
    set_cell(left, fill=P["banner"], valign="center")
    set_cell(right, fill=P["banner2"], valign="center")
    p = left.paragraphs[0]
    add_runs(p, B["kicker"], size=P["size"], colour="FFFFFF", bold=True)
    para_spacing(p, 0, 20)
    p = left.add_paragraph()
    add_runs(p, B["title"], size=P["size"] + 11, colour="FFFFFF", bold=True)
    para_spacing(p, 0, 20)
    p = left.add_paragraph()
    add_runs(p, B["subtitle"], size=P["size"] + 1, colour="FFFFFF", italic=True)
    para_spacing(p, 0, 0)
    first = True
    for line in B["facts"]:
        p = right.paragraphs[0] if first else right.add_paragraph()
        first = False
        add_runs(p, line, size=P["size"], colour=P["banner_text2"])
        para_spacing(p, 0, 30)
    gap = ctx.doc.add_paragraph()
    para_spacing(gap, 0, 0)
    if B.get("intro"):
        p = ctx.doc.add_paragraph()
        add_runs(p, B["intro"], size=P["size"], italic=True, colour="404040")
        para_spacing(p, 0, 80)


def signoff(ctx, B):
    P = ctx.P
    S = B["signoff"]
    p = ctx.doc.add_paragraph()
    if S.get("page_break"):
        p.paragraph_format.page_break_before = True
    icon, title = S["title"]
    card_title(ctx, None, icon, title, first_para=p)
    for line in S.get("intro", []):
        q = ctx.doc.add_paragraph()
        q.style = ctx.doc.styles["Card Text"]
        add_runs(q, line)
    cols = S["columns"]  # list of (header, {Name, Role, Signature, Date})
    labels = S.get("labels", ["Name", "Role", "Signature", "Date"])
    label_w = 1500
    w = int((USABLE - label_w) / len(cols))
    t = ctx.doc.add_table(rows=1 + len(labels), cols=1 + len(cols))
    table_setup(t, [label_w] + [w] * len(cols), borders=True, border_colour=P["grid_line"],
                cell_mar=(70, 90, 70, 90))
    for r in t.rows:
        row_cant_split(r)
    hdr = t.rows[0].cells
    set_cell(hdr[0], fill=P["banner"])
    for i, (agency, _vals) in enumerate(cols, start=1):
        set_cell(hdr[i], fill=P["banner"], valign="center")
        pp = hdr[i].paragraphs[0]
        add_runs(pp, agency, bold=True, colour="FFFFFF", size=P["size"])
        para_spacing(pp, 0, 0)
    for ri, lab in enumerate(labels, start=1):
        c0 = t.rows[ri].cells[0]
        set_cell(c0, fill=P["label_fill"])
        pp = c0.paragraphs[0]
        add_runs(pp, lab, bold=True, size=P["size"], colour=P["ink"])
        para_spacing(pp, 0, 0)
        for ci, (_agency, vals) in enumerate(cols, start=1):
            c = t.rows[ri].cells[ci]
            pp = c.paragraphs[0]
            para_spacing(pp, 0, 0)
            v = vals.get(lab.split()[0] if lab not in vals else lab, "")
            if lab == "Signature":
                set_cell(c, valign="bottom")
                t.rows[ri].height = Mm(14)
            if callable(v):
                v(ctx, pp)
            elif v:
                add_runs(pp, v, size=P["size"], italic=(lab == "Signature" and v.startswith("(")))
    for line in S.get("after", []):
        q = ctx.doc.add_paragraph()
        q.style = ctx.doc.styles["Card Text"]
        para_spacing(q, 80, 0)
        add_runs(q, line, italic=True, colour="595959", size=P["size"] - 1)


def header_footer(ctx, B):
    P = ctx.P
    sec = ctx.doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(hp, B["marking"], bold=True, colour=P["marking_colour"], size=P["size"] + 1)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(fp, B["marking"], bold=True, colour=P["marking_colour"], size=P["size"])
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(fp2, B["footer"] + "  \u00b7  page ", size=P["size"] - 1.5, colour="7F7F7F")
    fld = el("w:fldSimple", instr=" PAGE ")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    rPr.append(el("w:color", val="7F7F7F"))
    rPr.append(el("w:sz", val=int((P["size"] - 1.5) * 2)))
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    fp2._p.append(fld)


def render(B, path):
    P = B["palette"]
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Mm(297)
    sec.page_height = Mm(210)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Mm(11))
    sec.top_margin = Mm(13)
    sec.bottom_margin = Mm(12)
    sec.header_distance = Mm(5)
    sec.footer_distance = Mm(5)
    setup_styles(doc, P)
    ctx = Ctx(doc, P)
    # drop the default empty first paragraph
    body = doc.element.body
    for p in list(body.findall(qn("w:p"))):
        body.remove(p)
    header_footer(ctx, B)
    banner(ctx, B["banner"])
    fills = list(P["fills"]) * 6
    for row in B["layout"]:
        card_row(ctx, row, B["cards"], fills)
    signoff(ctx, B)
    # core properties
    cp = doc.core_properties
    cp.title = B["banner"]["title"] + " \u2013 information sharing protocol"
    cp.subject = "Multi-agency meeting information sharing protocol (protocol on a page)"
    cp.author = B["author"]
    cp.last_modified_by = B["author"]
    cp.keywords = "information sharing; protocol; " + B["keyword"]
    cp.category = B["marking"]
    cp.comments = ""
    cp.revision = B.get("revision", 3)
    cp.created = B["created"]
    cp.modified = B["modified"]
    cp.last_printed = B["modified"]
    buf = io.BytesIO()
    doc.save(buf)
    fixed_zip(buf.getvalue(), path, B["modified"])


def fixed_zip(data, path, when):
    """Rewrite the package with fixed member timestamps so rebuilds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    stamp = (when.year, when.month, when.day, when.hour, when.minute, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue  # the stock template's thumbnail does not show this document
            blob = src.read(info.filename)
            if info.filename == "_rels/.rels":
                blob = re.sub(rb'<Relationship [^>]*metadata/thumbnail[^>]*/>', b"", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, blob)


# ---------------------------------------------------------------------------
# palettes
# ---------------------------------------------------------------------------
def palette(**kw):
    base = dict(font="Segoe UI", size=9, ink="1F4E5F", banner="1F4E5F", banner2="D6ECEC",
                banner_text2="1F4E5F", marking_colour="C00000", grid_line="9FB8BF",
                label_fill="E8EEF0", bullets="numbering", symbol="\u25aa", title_mode="style",
                outline=False, fills=["E3F1F1", "FDF0E1", "EAF0FA", "F3EAF7", "EEF5E6", "FCE9EC"])
    base.update(kw)
    return base


def signed(name):
    return "(signed) " + name.split()[-1] if name else ""


def cols_from(agencies, sigs, header_names=None):
    cols = []
    for a in agencies:
        if a not in sigs:
            continue
        name, role, sig, date = sigs[a]
        hdr = (header_names or {}).get(a, a)
        cols.append((hdr, {"Name": name, "Role": role, "Signature": sig, "Date": date}))
    return cols


# ---------------------------------------------------------------------------
# A: Tairāwhiti Whānau Safety Table (family violence)
# ---------------------------------------------------------------------------
def base_A():
    ag = ["New Zealand Police", "Oranga Tamariki", "Health New Zealand | Te Whatu Ora",
          "Department of Corrections", "Te Rūnanganui o Ngāti Porou", "Tairāwhiti Women's Refuge"]
    sigs = {
        ag[0]: ("Rāwiri Kemp", "Area Commander, Tairāwhiti", "(signed)", "4 March 2026"),
        ag[1]: ("Anaru Parata", "Site Manager, Tairāwhiti", "(signed)", "9 March 2026"),
        ag[2]: ("Helen Maxwell", "Group Manager, Hauora Tairāwhiti Operations", "(signed)", "16 March 2026"),
        ag[3]: ("Lisa Thompson", "District Manager, Community Corrections", "(signed)", "5 March 2026"),
        ag[4]: ("Tāmati Kerekere", "Pou Whakahaere, Social Services", "(signed)", "11 March 2026"),
        ag[5]: ("Jess Nikora", "Service Manager", "(signed)", "10 March 2026"),
    }
    cards = {
        "who": {"title": ("🤝", "Who's at the table"), "items": [
            "**New Zealand Police** (lead agency) \u2013 sets up and chairs the table",
            "**Oranga Tamariki**",
            "**Health New Zealand | Te Whatu Ora** \u2013 Hauora Tairāwhiti",
            "**Department of Corrections**",
            "**Te Rūnanganui o Ngāti Porou** \u2013 Toiora Whānau team",
            "**Tairāwhiti Women's Refuge**",
            ("note", "Chair: Police Family Harm Coordinator"),
        ]},
        "meeting": {"title": ("🎯", "Why we meet"), "items": [
            "Every weekday, 9.30am",
            "Look at every family harm episode reported in Tairāwhiti in the last 24 hours",
            "Agree a safety response for each whānau \u2013 fast",
            "Bring agency and kaupapa Māori support around the whānau, not just the incident",
        ]},
        "why": {"title": ("💬", "Why we share"), "items": [
            ("num", ("1", "To assess the risk of family violence to victims and tamariki")),
            ("num", ("2", "To agree a safety plan and who will provide which support")),
            ("num", ("3", "To identify tamariki whose safety or wellbeing needs a response from Oranga Tamariki")),
        ]},
        "law": {"title": ("⚖️", "The law we rely on"), "fill": "FFFFFF", "items": [
            ("p", "This protocol doesn't create any power to share \u2013 each share relies on the law listed for its purpose. Check the criteria are met before you speak."),
        ], "table": {
            "header": ["Purpose", "What it covers", "Law we rely on"],
            "widths": [2300, 6000, 6900],
            "rows": [
                ["1 \u00b7 Assess risk", "Risk of family violence to victims and tamariki", "Family Violence Act 2018, s 20"],
                ["2 \u00b7 Safety plan", "Agreeing the plan and who provides which support", "Family Violence Act 2018, s 20"],
                ["3 \u00b7 Tamariki", "Tamariki whose safety or wellbeing needs an Oranga Tamariki response", "Oranga Tamariki Act 1989, s 66C"],
            ]}},
        "what": {"title": ("📋", "What we share"), "items": [
            "**Police** \u2013 episode details, call-out history, protection orders, bail conditions",
            "**Oranga Tamariki** \u2013 current involvement, open safety plans",
            "**Health NZ** \u2013 ED presentations and maternity/Well Child contact relevant to risk",
            "**Corrections** \u2013 sentence and parole conditions, release dates",
            "**Ngāti Porou / Refuge** \u2013 support already in place, safety concerns raised",
            "Only what's relevant to the purposes \u2013 nothing more",
        ]},
        "use": {"title": ("🧭", "How we use it"), "items": [
            "Only for purposes 1\u20133",
            "Only to carry out actions agreed at the table",
            "Something new in mind? Check with your privacy or legal team first",
        ]},
        "open": {"title": ("👁️", "Being open with whānau"), "items": [
            "Police tell victims about the table at call-out, when safe to do so",
            "Refuge and Ngāti Porou kaimahi explain the sharing when they engage",
            "We don't tell a person who uses violence when that would raise the risk \u2013 the reason is noted on file",
            "Each agency's privacy statement mentions the table",
        ]},
        "method": {"title": ("📨", "How we share"), "items": [
            "Police send the episode list at 8am by SEEMail / secure email",
            "Updates given verbally at the table",
            "Remote reps join on Teams",
            "Actions recorded in the action log by the Police coordinator",
        ]},
        "class": {"title": ("🏷️", "Classification"), "items": [
            ("big", "IN-CONFIDENCE"),
            "Everything shared at the table",
            "Mark emails and attachments IN-CONFIDENCE",
        ]},
        "safe": {"title": ("🔒", "Keeping it safe"), "items": [
            "Privacy and information security training done before your first table (incl. the Family Safety System module)",
            "Printed lists securely destroyed (shredded) at the end of each meeting",
            "Email attachments password-protected \u2013 password sent separately",
            "Agency-approved devices only",
            "On Teams: no chat, no recording, no screenshots",
            "Printouts are never handed to other reps",
        ]},
        "tikanga": {"title": ("🌿", "Tikanga"), "items": [
            "Māori data is taonga \u2013 handle it with care",
            "Ngāti Porou kaimahi guide how whānau are approached",
            "Whakapapa shared only when it matters for safety",
            "Agreed with the Rūnanganui's pou tikanga, February 2026",
        ]},
        "keep": {"title": ("🗂️", "What we keep"), "items": [
            "Keep only what you need for an action agreed at the table",
            "Save it to your agency's approved system, then delete the email copy",
            "Note the source, the law, the purpose and the date shared",
            "No keeping 'just in case'",
            "Police hold agendas and action logs under the Police disposal schedule",
        ]},
        "breach": {"title": ("🚨", "If something goes wrong"), "items": [
            "Contain it, then call the breach contact straight away",
            "**Breach contact:** Hinemoa Walker, Family Harm Coordinator, New Zealand Police \u2013 familyharm.tairawhiti@police.govt.nz \u00b7 06 869 0212",
            "Agencies work together and agree what to tell affected people",
            "Serious breach? The agency that holds the information notifies the Privacy Commissioner",
        ]},
        "conflicts": {"title": ("⚠️", "Conflicts of interest"), "items": [
            "Know the person or whānau? Tell the chair straight away",
            "Step out while they're discussed",
            "A colleague picks up any action for your agency",
        ]},
        "relationships": {"title": ("🔗", "Relationship managers"), "items": [
            "Each agency names one",
            "Quarterly check-in with their rep",
            "Problems go to Police's relationship manager (Senior Sergeant, Family Harm)",
        ]},
        "review": {"title": ("🔄", "Review"), "items": [
            "Every 12 months",
            "New Zealand Police (lead agency) starts the review",
            "Any agency can ask for an earlier one",
            "Next review by 16 March 2027",
        ]},
    }
    B = {
        "key": "A",
        "keyword": "family violence; Tairāwhiti",
        "author": "Tairāwhiti Regional Communications",
        "created": dt.datetime(2026, 2, 17, 9, 12), "modified": dt.datetime(2026, 3, 17, 14, 40),
        "marking": "IN-CONFIDENCE",
        "footer": "Tairāwhiti Whānau Safety Table \u00b7 Protocol on a page \u00b7 v2.0",
        "palette": palette(outline=True),
        "banner": {
            "kicker": "PROTOCOL ON A PAGE",
            "title": "Tairāwhiti Whānau Safety Table",
            "subtitle": "How we share information safely and lawfully at the table",
            "facts": ["**Version** 2.0", "**In effect from** 16 March 2026", "**Classification** IN-CONFIDENCE",
                      "**Owner** New Zealand Police"],
            "intro": "Read this before your first table. It's the short version of what every agency here has agreed.",
        },
        "agencies": ag,
        "sigs": sigs,
        "cards": cards,
        "layout": [["who", "meeting", "why"], ["law"], ["what", "use", "open"], ["method", "class", "safe"],
                   ["tikanga", "keep", "breach"], ["conflicts", "relationships", "review"]],
        "sig_headers": {"New Zealand Police": "NZ Police"},
    }
    cards["who"]["weight"] = 1.1
    cards["class"]["weight"] = 0.7
    cards["safe"]["weight"] = 1.3
    return B


# ---------------------------------------------------------------------------
# B: Heretaunga Youth Offending Panel
# ---------------------------------------------------------------------------
def base_B():
    ag = ["Oranga Tamariki", "New Zealand Police", "Ministry of Education",
          "Health New Zealand | Te Whatu Ora", "Te Taiwhenua o Heretaunga"]
    sigs = {
        ag[0]: ("Kirsty Paewai", "Regional Manager, Youth Justice Services", "____________", "30/06/2025"),
        ag[1]: ("Graham Tuhiwai", "Inspector, Area Prevention Manager", "____________", "23/06/2025"),
        ag[2]: ("Moana Herewini", "Director of Education, Hawke's Bay / Tairāwhiti", "____________", "24/06/2025"),
        ag[3]: ("Paul Ennis", "Service Manager, Infant, Child & Youth Health", "____________", "27/06/2025"),
        ag[4]: ("Mere Hapuku", "Pou Ārahi, Whānau Ora", "____________", "26/06/2025"),
    }
    cards = {
        "who": {"title": ("👥", "Around the table"), "items": [
            "Oranga Tamariki (lead agency)",
            "New Zealand Police \u2013 Youth Aid",
            "Ministry of Education",
            "Health New Zealand | Te Whatu Ora",
            "Te Taiwhenua o Heretaunga",
        ]},
        "meeting": {"title": ("🎯", "What the panel is for"), "items": [
            "Fortnightly panel for rangatahi aged 14\u201317 referred by Police Youth Aid",
            "Agree a plan that keeps rangatahi out of court where that's safe",
            "Link rangatahi and whānau to school, health and kaupapa Māori support",
        ]},
        "why": {"title": ("💬", "Why we share"), "weight": 1.0, "items": [
            ("num", ("1", "Plan and coordinate support for each rangatahi and their whānau")),
            ("num", ("2", "Prevent further offending and inform Police decisions on alternative action")),
        ]},
        "what": {"title": ("📋", "What we share"), "weight": 1.2, "items": [
            "OT: youth justice history, FGC plans, current social worker",
            "Police: offending and alternative action history",
            "Education: enrolment, attendance, stand-downs, learning support",
            "Health: health and disability needs that affect the plan",
            "Te Taiwhenua: whānau support and mentoring in place",
        ]},
        "law": {"title": ("⚖️", "Purpose and the law behind it"), "fill": "FFFFFF", "items": [], "table": {
            "header": ["#", "Purpose", "Legal authority"],
            "widths": [700, 7600, 6900],
            "rows": [
                ["1", "Plan and coordinate support for the rangatahi and whānau", "Oranga Tamariki Act 1989, s 66C"],
                ["2", "Prevent further offending; inform alternative action decisions", "Privacy Act 2020, s 22, IPP 11(1)(e)(i)"],
            ]}, "after": [
            ("note", "The protocol itself doesn't authorise anything \u2013 it records the law each agency relies on."),
        ]},
        "use": {"title": ("🧭", "Using it"), "items": [
            "Only for the panel's two purposes",
            "Only for the actions your agency takes on from the plan",
            "Other use? Talk to your privacy team first",
        ]},
        "open": {"title": ("👁️", "Telling rangatahi and whānau"), "items": [
            "Youth Aid explain the panel when they make the referral",
            "Rangatahi and whānau get the panel pānui in plain language",
            "They're asked for their view before the plan is agreed",
        ]},
        "method": {"title": ("📨", "How info moves"), "items": [
            "OT coordinator sends the referral list 3 days before",
            "Verbal updates at the panel",
            "Plan and actions emailed after the panel, secure email only",
        ]},
        "class": {"title": ("🏷️", "Classification"), "weight": 0.7, "items": [
            ("big", "SENSITIVE"),
            "Youth justice information",
            "Mark all panel papers SENSITIVE",
        ]},
        "safe": {"title": ("🔒", "Security controls"), "weight": 1.3, "items": [
            "Reps have completed privacy and information security training",
            "Hard copies shredded at the end of the panel",
            "Attachments with personal information are password protected",
            "Agency-approved devices only",
            "Online panels: no chat, no recording, no screenshots",
            "Hard copies not handed to other reps",
        ]},
        "tikanga": {"title": ("🌿", "Tikanga Māori"), "items": [
            "Te Taiwhenua advise on tikanga for each whānau",
            "Hui with whānau open with karakia and whakawhanaungatanga",
            "Information about whakapapa and marae treated as taonga",
        ]},
        "keep": {"title": ("🗂️", "Keeping & disposing"), "items": [
            "Keep only what your agency needs to deliver its part of the plan",
            "Into your agency's approved system; delete emailed copies",
            "OT keeps panel minutes under its disposal authority",
        ]},
        "breach": {"title": ("🚨", "Breach? Do this"), "items": [
            "Stop it spreading \u2013 recall emails, collect papers",
            "Tell the breach contact the same day:",
            ("p", "Privacy Officer, Oranga Tamariki \u00b7 privacy@ot.govt.nz \u00b7 0508 326 459"),
            "Agencies agree together what to tell the rangatahi and whānau",
        ]},
        "conflicts": {"title": ("⚠️", "If you know the rangatahi"), "items": [
            "That's a conflict of interest \u2013 tell the chair",
            "Leave the room for that discussion",
            "Someone else from your agency takes the action",
        ]},
        "relationships": {"title": ("🔗", "Oversight"), "items": [
            "Relationship manager named for each agency",
            "Managers meet six-monthly to check how it's working",
            "Scope creep or issues raised with OT's manager",
        ]},
        "review": {"title": ("🔄", "Review"), "items": [
            "Every 24 months from the last signature",
            "Oranga Tamariki (lead agency) starts it",
            "Earlier if any agency asks",
            "Next review due 30 June 2027",
        ]},
    }
    B = {
        "key": "B",
        "keyword": "youth offending; Heretaunga",
        "author": "Te Matau-a-Māui Regional Comms",
        "created": dt.datetime(2025, 5, 20, 10, 5), "modified": dt.datetime(2025, 7, 1, 11, 30),
        "marking": "SENSITIVE",
        "footer": "Heretaunga Youth Offending Panel \u00b7 Information sharing on a page",
        "palette": palette(ink="3B2F63", banner="3B2F63", banner2="E4DFF2", banner_text2="3B2F63",
                           bullets="typed", typed="\u25b8", title_mode="bold", font="Calibri", size=9.5,
                           grid_line="B4A9D6", label_fill="ECE8F6",
                           fills=["ECE8F6", "E6F4F1", "FFF4DC", "E8F1FB", "FBEAEA", "EEF3E2"]),
        "banner": {
            "kicker": "INFORMATION SHARING \u00b7 ON A PAGE",
            "title": "Heretaunga Youth Offending Panel",
            "subtitle": "What we share, why, and how we keep it safe",
            "facts": ["Agreed: June 2025", "Classification: SENSITIVE", "Lead: Oranga Tamariki"],
        },
        "agencies": ag, "sigs": sigs, "cards": cards,
        "layout": [["who", "meeting"], ["why", "what"], ["law"], ["use", "open", "method"],
                   ["class", "safe"], ["tikanga", "keep", "breach"], ["conflicts", "relationships", "review"]],
    }
    return B


# ---------------------------------------------------------------------------
# C: Ōtautahi East school attendance hub
# ---------------------------------------------------------------------------
def base_C():
    ag = ["Ministry of Education", "Oranga Tamariki", "Ministry of Social Development",
          "Health New Zealand | Te Whatu Ora", "Te Ora Hou Ōtautahi"]
    sigs = {
        ag[0]: ("Claire Whitaker", "Director of Education, Canterbury and Chatham Islands", "(signed)", "20 Feb 2026"),
        ag[1]: ("Sione Latu", "Site Manager, Ōtautahi East", "(signed)", "12 Feb 2026"),
        ag[2]: ("Rebecca Hine", "Regional Commissioner, Canterbury", "(signed)", "17 Feb 2026"),
        ag[3]: ("Dr Aaron Cho", "Clinical Director, Public Health Nursing", "(signed)", "13 Feb 2026"),
        ag[4]: ("Tui Rangi", "Kaiwhakahaere", "(signed)", "10 Feb 2026"),
    }
    cards = {
        "who": {"title": ("🤝", "Who's at the table"), "items": [
            "Ministry of Education (lead agency)",
            "Oranga Tamariki",
            "Ministry of Social Development",
            "Health New Zealand | Te Whatu Ora \u2013 public health nurses",
            "Te Ora Hou Ōtautahi \u2013 attendance service",
        ]},
        "meeting": {"title": ("🎯", "Why we meet"), "items": [
            "Monthly hub for tamariki in Ōtautahi East with chronic non-attendance",
            "Work out what's getting in the way of school",
            "Agree one plan per whānau, one lead worker",
        ]},
        "why": {"title": ("💬", "Why we share"), "items": [
            ("num", ("1", "To understand why a tamaiti is not attending school and what would help")),
            ("num", ("2", "To connect whānau with health, income or housing support they have agreed to")),
        ]},
        "law": {"title": ("⚖️", "The law we rely on"), "fill": "FFFFFF", "items": [
            ("p", "Each purpose has its own legal authority. This protocol does not authorise sharing on its own."),
        ], "table": {
            "header": ["Why we share", "Law we rely on", "Check before sharing"],
            "widths": [5200, 5400, 4600],
            "rows": [
                ["1. Understand non-attendance and what would help",
                 "Oranga Tamariki Act 1989, s 66C",
                 "Sharing is to support the tamaiti's wellbeing or safety"],
                ["2. Connect whānau with support",
                 "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)",
                 "Whānau have agreed \u2013 signed consent on file"],
            ]}},
        "what": {"title": ("📋", "What we share"), "items": [
            "Attendance and enrolment history",
            "Known barriers: health, transport, caregiving, housing",
            "Supports already in place",
            "Contact details for the lead worker",
        ]},
        "use": {"title": ("🧭", "How we use it"), "items": [
            "Only to build and deliver the attendance plan",
            "Only within your agency's part of the plan",
            "Never for enforcement or prosecution decisions",
        ]},
        "open": {"title": ("👁️", "Transparency"), "items": [
            "Whānau told about the hub at first contact",
            "Consent form explains who sees what",
            "Whānau can see and correct what's held about them",
        ]},
        "method": {"title": ("📨", "How we share"), "items": [
            "Case list sent one week before the hub",
            "Verbal discussion at the hub",
            "Plan shared afterwards in the Ministry's secure Teams space",
        ]},
        "class": {"title": ("🏷️", "Security classification"), "items": [
            ("big", "IN-CONFIDENCE"),
            "Applies to everything shared at the hub",
        ]},
        "safe": {"title": ("🔒", "Keeping it safe"), "items": [
            "Privacy & security training done by every rep",
            "Any hard copy is destroyed at the close of the hub",
            "Attachments password protected",
            "Approved agency devices only",
            "Virtual hub: no chat, no recording, no screenshots",
            "No handing hard copies to other reps",
        ]},
        "tikanga": {"title": ("🌿", "Tikanga"), "items": [
            "Te Ora Hou advise on tikanga and approach to whānau",
            "Māori data handled as taonga",
            "Kanohi ki te kanohi where the whānau prefers it",
        ]},
        "keep": {"title": ("🗑️", "Retention"), "items": [
            "Keep only what you need for your actions",
            "Store in your approved system, delete emailed copies",
            "Ministry holds hub notes under its disposal authority",
        ]},
        "breach": {"title": ("🚨", "If something goes wrong"), "items": [
            "Tell the breach contact the same day",
            "Privacy Officer, Ministry of Education \u2013 privacy.officer@education.govt.nz \u00b7 04 463 8000",
            "Agencies work together on the response",
            "Agree what to tell the whānau",
        ]},
        "conflicts": {"title": ("🙋", "Conflicts of interest"), "items": [
            "Tell the chair",
            "Step out for that case",
            "Another colleague takes the action",
        ]},
        "relationships": {"title": ("🔗", "Keeping it on track"), "items": [
            "Each agency names a relationship manager",
            "Managers check in with reps each term",
        ]},
        "review": {"title": ("🔄", "Review"), "items": [
            "Annually",
            "Ministry of Education (lead agency) starts the review",
            "Next review by 20 February 2027",
        ]},
    }
    B = {
        "key": "C",
        "keyword": "school attendance; Ōtautahi",
        "author": "Waitaha Regional Communications",
        "created": dt.datetime(2026, 1, 26, 8, 50), "modified": dt.datetime(2026, 2, 21, 9, 15),
        "marking": "IN-CONFIDENCE",
        "footer": "Ōtautahi East Attendance Hub \u00b7 protocol on a page",
        "palette": palette(ink="0B5394", banner="0B5394", banner2="DCE8F6", banner_text2="0B5394",
                           bullets="style", title_mode="bold", font="Arial", size=9,
                           grid_line="9DB7D5", label_fill="E6EEF8",
                           fills=["DCE8F6", "FFF2CC", "E2F0D9", "FCE4D6", "EDE7F6", "E0F2F1"]),
        "banner": {
            "kicker": "PROTOCOL ON A PAGE",
            "title": "Ōtautahi East Attendance Hub",
            "subtitle": "Sharing information to get tamariki back to school",
            "facts": ["Effective date: 20 February 2026", "IN-CONFIDENCE", "Version 1.0"],
        },
        "agencies": ag, "sigs": sigs, "cards": cards,
        "layout": [["who", "meeting", "why"], ["law"], ["what", "use", "open"], ["method", "class", "safe"],
                   ["tikanga", "keep", "breach"], ["conflicts", "relationships", "review"]],
    }
    cards["class"]["weight"] = 0.8
    cards["safe"]["weight"] = 1.2
    return B


# ---------------------------------------------------------------------------
# D: Kirikiriroa Housing First case conference
# ---------------------------------------------------------------------------
def base_D():
    ag = ["Ministry of Social Development", "Kāinga Ora \u2013 Homes and Communities",
          "Health New Zealand | Te Whatu Ora", "The People's Project", "Te Rūnanga o Kirikiriroa"]
    sigs = {
        ag[0]: ("Vanessa Hohaia", "Regional Commissioner, Waikato", "signed", "10 November 2025"),
        ag[1]: ("Brent Samuels", "Regional Director, Waikato", "signed", "3 November 2025"),
        ag[2]: ("Ngaire Puketapu", "General Manager, Mental Health & Addictions, Waikato", "signed", "6 November 2025"),
        ag[3]: ("Ella Robinson", "General Manager", "signed", "29 October 2025"),
        ag[4]: ("Hemi Tapara", "Tumu Whakarae", "signed", "31 October 2025"),
    }
    cards = {
        "who": {"title": ("🤝", "Who's involved"), "items": [
            "**Lead agency: Ministry of Social Development**",
            "Kāinga Ora \u2013 Homes and Communities",
            "Health New Zealand | Te Whatu Ora \u2013 Mental Health & Addictions",
            "The People's Project",
            "Te Rūnanga o Kirikiriroa",
        ]},
        "meeting": {"title": ("🏠", "What the hui is for"), "items": [
            "Weekly case conference for people sleeping rough or in emergency housing in Kirikiriroa",
            "Get people into a home \u2013 and help them stay there",
            "One coordinated plan instead of five",
        ]},
        "law": {"title": ("⚖️", "Why we share \u2014 and the law that allows it"), "fill": "FFFFFF", "items": [
            ("p", "Three purposes, each with its own legal authority. Nothing in this protocol is itself a power to share."),
        ], "table": {
            "header": ["#", "Why we share", "Law we rely on"],
            "widths": [600, 7400, 7200],
            "rows": [
                ["1", "Match people who are homeless or in emergency housing to a home", "Privacy Act 2020, IPP 11(1)(d) \u2013 the person has agreed"],
                ["2", "Plan the health and addiction support someone needs to keep their tenancy",
                 "Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(d)"],
                ["3", "Respond when someone is at serious risk of harm",
                 "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)"],
            ]}},
        "what": {"title": ("📋", "What we share"), "items": [
            "Housing history, current housing situation",
            "Housing register status and income support",
            "Health and addiction support needs (with consent)",
            "Safety risks to the person, whānau or staff",
        ]},
        "use": {"title": ("🧭", "Use of information"), "items": [
            "Only for the three purposes",
            "Only to deliver your agency's actions",
            "Not for tenancy enforcement",
        ]},
        "open": {"title": ("👁️", "Telling people"), "items": [
            "Consent conversation at referral \u2013 who, what, why",
            "Plain-language info sheet in English, te reo Māori and Samoan",
            "Purpose 3: people told afterwards unless that puts someone at risk",
        ]},
        "method": {"title": ("📨", "How we share"), "items": [
            "MSD circulates the case list on Monday",
            "Discussion at the hui (in person or on Teams)",
            "Actions recorded by MSD in the case tracker",
        ]},
        "class": {"title": ("🏷️", "Classification"), "items": [
            ("big", "IN-CONFIDENCE"),
            "All case information",
        ]},
        "safe": {"title": ("🔒", "Security"), "items": [
            "All reps trained in privacy and information security",
            "Hard copies collected and shredded at the end of the hui",
            "Attachments password-protected",
            "Agency-approved devices only",
            "Teams hui: no chat, no recording, no screenshots",
            "Hard copies never passed to another rep",
        ]},
        "tikanga": {"title": ("🌿", "Tikanga"), "items": [
            "Te Rūnanga o Kirikiriroa leads on tikanga",
            "Whānau invited to bring support people",
            "Māori data treated as taonga",
        ]},
        "keep": {"title": ("🗂️", "What we keep"), "items": [
            "Only what your agency needs for its actions",
            "Stored in your approved system; emailed copies deleted",
            "MSD keeps the case tracker under its disposal authority",
        ]},
        "breach": {"title": ("🚨", "If something goes wrong"), "items": [
            "**Who to call:** Privacy Officer, Ministry of Social Development",
            "privacy_officer@msd.govt.nz \u00b7 0800 559 009",
            "Lead agency coordinates; agencies agree what to tell the person",
        ]},
        "conflicts": {"title": ("⚠️", "Know them personally?"), "items": [
            "Declare the conflict of interest to the chair",
            "Leave for that case",
            "A colleague actions it",
        ]},
        "relationships": {"title": ("🔗", "Relationship management"), "items": [
            "Relationship manager in each agency",
            "Six-monthly check that sharing still fits the purposes",
        ]},
        "review": {"title": ("🔄", "Review"), "items": [
            "Every 18 months",
            "MSD initiates",
            "Next review by 10 May 2027",
        ]},
    }
    B = {
        "key": "D",
        "keyword": "housing; Kirikiriroa",
        "author": "Waikato Regional Comms",
        "created": dt.datetime(2025, 10, 2, 13, 0), "modified": dt.datetime(2025, 11, 11, 8, 20),
        "marking": "IN-CONFIDENCE",
        "footer": "Kirikiriroa Housing First case conference \u00b7 protocol on a page \u00b7 v1.1",
        "palette": palette(ink="8A3B12", banner="8A3B12", banner2="F8E5D8", banner_text2="8A3B12",
                           bullets="numbering", symbol="\u2022", title_mode="style", font="Segoe UI",
                           grid_line="D9A98C", label_fill="FBEFE6",
                           fills=["FBEFE6", "E7F3EC", "EAF0FA", "FFF7D6", "F3EAF7", "E6F2F5"]),
        "banner": {
            "kicker": "PROTOCOL ON A PAGE",
            "title": "Kirikiriroa Housing First Case Conference",
            "subtitle": "Information sharing \u2013 the agreed essentials",
            "facts": ["Version 1.1", "Signed off November 2025", "IN-CONFIDENCE"],
        },
        "agencies": ag, "sigs": sigs, "cards": cards,
        "layout": [["who", "meeting"], ["law"], ["what", "use", "open"], ["method", "class", "safe"],
                   ["tikanga", "keep", "breach"], ["conflicts", "relationships", "review"]],
    }
    cards["class"]["weight"] = 0.7
    cards["safe"]["weight"] = 1.3
    return B


# ---------------------------------------------------------------------------
# E: Murihiku elder abuse case review (single purpose)
# ---------------------------------------------------------------------------
def base_E():
    ag = ["Health New Zealand | Te Whatu Ora", "New Zealand Police", "Age Concern Southland",
          "Ministry of Social Development", "Awarua Whānau Services"]
    sigs = {
        ag[0]: ("Fiona McRae", "Group Manager, Older Persons Health, Southern", "(signed)", "3 August 2025"),
        ag[1]: ("Senior Sergeant Craig Bell", "Family Harm Manager, Southland", "(signed)", "28 July 2025"),
        ag[2]: ("Janet Dixon", "Manager, Elder Abuse Response Service", "(signed)", "24 July 2025"),
        ag[3]: ("Rangi Whaanga", "Regional Commissioner, Southern", "(signed)", "30 July 2025"),
        ag[4]: ("Kiri Tipa", "Kaiwhakahaere Matua", "(signed)", "25 July 2025"),
    }
    cards = {
        "who": {"title": ("🤝", "Who's at the table"), "items": [
            "Health New Zealand | Te Whatu Ora, Southern (lead agency)",
            "New Zealand Police",
            "Age Concern Southland",
            "Ministry of Social Development",
            "Awarua Whānau Services",
        ]},
        "meeting": {"title": ("🎯", "Why we meet"), "items": [
            "Monthly case review for older people in Murihiku at risk of abuse or neglect",
            "Agree who does what to keep them safe",
            "Respect the older person's wishes and mana",
        ]},
        "why": {"title": ("💬", "Why we share"), "items": [
            ("p", "One purpose only:"),
            ("p", "**To assess the risk of abuse to an older person and agree what each agency will do to keep them safe.**"),
        ]},
        "law": {"title": ("⚖️", "The law we rely on"), "fill": "FFFFFF", "items": [], "table": {
            "header": ["Purpose", "Legal authority", "When it applies"],
            "widths": [4700, 5600, 4900],
            "rows": [
                ["Assess risk of abuse to an older person and agree safety actions",
                 "Family Violence Act 2018, s 20",
                 "Abuse by a family member, carer or someone in a close personal relationship"],
                ["(same purpose) \u2013 health information",
                 "Health Information Privacy Code 2020, rule 11(2)(d)",
                 "Serious threat to the older person's life or health"],
            ]}, "after": [
            ("note", "The protocol itself gives no authority to share \u2013 it records the law we use."),
        ]},
        "what": {"title": ("📋", "What we share"), "items": [
            "Concerns raised and by whom",
            "Relevant health and care needs",
            "Police call-outs and orders",
            "Benefit or financial arrangement concerns",
            "Supports already in place",
        ]},
        "use": {"title": ("🧭", "How we use it"), "items": [
            "Only for the risk assessment and safety actions",
            "Only by the people doing those actions",
        ]},
        "open": {"title": ("👁️", "Being open"), "items": [
            "Older person told about the review and asked for their view",
            "Not told first only where that would raise the risk \u2013 reason recorded",
            "Agency privacy statements mention the review",
        ]},
        "method": {"title": ("📨", "How we share"), "items": [
            "Referral summary sent by Health NZ before the review",
            "Verbal discussion at the review",
            "Action list emailed afterwards",
        ]},
        "class": {"title": ("🏷️", "Classification"), "items": [
            ("big", "IN-CONFIDENCE"),
            "All case review information",
        ]},
        "safe": {"title": ("🔒", "Keeping it safe"), "items": [
            "Privacy + information security training completed",
            "Hard copies securely destroyed at the end of each review",
            "Password protection on attachments with personal info",
            "Agency-approved devices only",
            "Video reviews: no chat, no recording, no screenshots",
            "No passing hard copies to other reps",
        ]},
        "tikanga": {"title": ("🌿", "Tikanga"), "items": [
            "Awarua Whānau Services advise on tikanga for kaumātua",
            "Whānau hui where the kaumātua wants one",
            "Māori data is taonga",
        ]},
        "keep": {"title": ("🗂️", "Keeping information"), "items": [
            "Keep only what your actions need",
            "Approved agency system only",
            "Health NZ holds review notes under its retention schedule",
        ]},
        "breach": {"title": ("🚨", "If something goes wrong"), "items": [
            "Contact: Privacy Officer, Health New Zealand | Te Whatu Ora Southern",
            "privacy.southern@tewhatuora.govt.nz \u00b7 03 470 9000",
            "Agencies agree the response and what to tell the person",
        ]},
        "conflicts": {"title": ("⚠️", "Conflicts"), "items": [
            "Conflict of interest? Tell the chair",
            "Step out for that case",
        ]},
        "relationships": {"title": ("🔗", "Keeping it working"), "items": [
            "Relationship managers named for each agency",
            "Annual check that sharing still matches the purpose",
        ]},
        "review": {"title": ("🔄", "Review"), "items": [
            "Biennially (every two years)",
            "Health New Zealand (lead agency) initiates",
            "Next review by 3 August 2027",
        ]},
    }
    B = {
        "key": "E",
        "keyword": "elder abuse; Murihiku",
        "author": "Southern Regional Communications",
        "created": dt.datetime(2025, 6, 30, 9, 0), "modified": dt.datetime(2025, 8, 4, 10, 45),
        "marking": "IN-CONFIDENCE",
        "footer": "Murihiku Elder Abuse Case Review \u00b7 protocol on a page",
        "palette": palette(ink="2E5E3A", banner="2E5E3A", banner2="E2EFE4", banner_text2="2E5E3A",
                           bullets="typed", typed="\u2713", title_mode="style", outline=True, font="Calibri",
                           size=9.5, grid_line="A8C8AE", label_fill="E9F3EA",
                           fills=["E9F3EA", "FFF3E0", "E3EEF9", "F6E8F0", "FFFBE0", "E8F5F3"]),
        "banner": {
            "kicker": "PROTOCOL ON A PAGE",
            "title": "Murihiku Elder Abuse Case Review",
            "subtitle": "Sharing information to keep older people safe",
            "facts": ["Agreed August 2025", "IN-CONFIDENCE"],
        },
        "agencies": ag, "sigs": sigs, "cards": cards,
        "layout": [["who", "meeting", "why"], ["law"], ["what", "use", "open"], ["method", "class", "safe"],
                   ["tikanga", "keep", "breach"], ["conflicts", "relationships", "review"]],
    }
    cards["class"]["weight"] = 0.7
    cards["safe"]["weight"] = 1.3
    return B


# ---------------------------------------------------------------------------
# G: Whanganui mental health crisis coordination hui (defects only)
# ---------------------------------------------------------------------------
def base_G():
    ag = ["Health New Zealand | Te Whatu Ora", "New Zealand Police", "Ministry of Social Development",
          "Kāinga Ora \u2013 Homes and Communities", "Te Oranganui"]
    sigs = {
        ag[0]: ("Dr Priya Raman", "Clinical Director, Mental Health & Addictions, Whanganui", "(signed)", "31 July 2026"),
        ag[1]: ("Inspector Nathan Ruru", "Area Commander, Whanganui", "(signed)", "21 July 2026"),
        ag[2]: ("Lynette Brown", "Regional Commissioner, Central", "(signed)", "24 July 2026"),
        ag[3]: ("Tom Keepa", "Area Manager, Whanganui", "(signed)", "22 July 2026"),
        ag[4]: ("Aroha Metekingi", "Chief Executive", "(signed)", "27 July 2026"),
    }
    cards = {
        "who": {"title": ("🤝", "Who's at the hui"), "items": [
            "Health New Zealand | Te Whatu Ora (lead agency)",
            "New Zealand Police",
            "Ministry of Social Development",
            "Kāinga Ora \u2013 Homes and Communities",
            "Te Oranganui",
        ]},
        "meeting": {"title": ("🎯", "Why we meet"), "items": [
            "Weekly crisis coordination hui in Whanganui",
            "People in, or close to, a mental health crisis",
            "A joined-up, safe response \u2013 and support after discharge",
        ]},
        "why": {"title": ("💬", "Why we share"), "items": [
            ("num", ("1", "Coordinate a safe response for people in or near a mental health crisis")),
            ("num", ("2", "Plan support after discharge from inpatient care, with the person's agreement")),
        ]},
        "law": {"title": ("⚖️", "The law we rely on"), "fill": "FFFFFF", "items": [
            ("p", "Sharing relies on the law below, not on this protocol."),
        ], "table": {
            "header": ["Purpose", "Legal authority"],
            "widths": [7000, 8200],
            "rows": [
                ["1. Safe crisis response", "Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, IPP 11(1)(f)"],
                ["2. Support after discharge (with agreement)", "Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(d)"],
            ]}},
        "what": {"title": ("📋", "What we share"), "items": [
            "Current risk and safety concerns",
            "Relevant mental health and addiction history",
            "Police contact in the last 3 months",
            "Housing and income situation",
        ]},
        "use": {"title": ("🧭", "How we use it"), "items": [
            "Only for the crisis response or discharge plan",
            "Only by the staff carrying out actions",
        ]},
        "open": {"title": ("👁️", "Being open"), "items": [
            "Person told about the hui when well enough",
            "Discharge sharing only with their agreement",
            "Whānau involved as the person wishes",
        ]},
        "method": {"title": ("📨", "How we share"), "items": [
            "Health NZ sends the hui list on Tuesday",
            "Verbal updates at the hui",
            "Actions recorded by Health NZ",
        ]},
        "class": {"title": ("🏷️", "Classification"), "items": [
            ("big", "IN-CONFIDENCE"),
            "Health information \u2013 handle with care",
        ]},
        "safe": {"title": ("🔒", "Keeping it safe"), "items": [
            "Reps trained in privacy and information security",
            "Hard copies destroyed at the end of each hui",
            "Email attachments password-protected",
            "Only agency-approved devices",
            "Online: no chat, recording or screenshots",
            "No hard copies to other reps",
        ]},
        "tikanga": {"title": ("🌿", "Tikanga"), "items": [
            "Te Oranganui guide tikanga and whānau engagement",
            "Māori data treated as taonga",
        ]},
        "keep": {"title": ("🗂️", "What we keep"), "items": [
            "Only what your actions need",
            "Approved agency system only; delete emailed copies",
            "Health NZ keeps hui notes under its retention schedule",
        ]},
        "breach": {"title": ("🚨", "If something goes wrong"), "items": [
            "Breach contact: Privacy Officer, Health New Zealand | Te Whatu Ora Whanganui",
            "privacy.whanganui@tewhatuora.govt.nz \u00b7 06 348 1234",
            "Agencies agree the response together",
        ]},
        "conflicts": {"title": ("⚠️", "Conflicts of interest"), "items": [
            "Tell the chair if you know the person",
            "Leave for that discussion",
        ]},
        "relationships": {"title": ("🔗", "Relationship managers"), "items": [
            "One per agency",
            "Six-monthly check on how sharing is working",
        ]},
        "review": {"title": ("🔄", "Review"), "items": [
            "Every 12 months",
            "Health New Zealand (lead agency) initiates",
            "Next review by 31 July 2027",
        ]},
    }
    B = {
        "key": "G",
        "keyword": "mental health; Whanganui",
        "author": "Central Region Communications",
        "created": dt.datetime(2026, 6, 15, 9, 0), "modified": dt.datetime(2026, 8, 3, 16, 5),
        "marking": "IN-CONFIDENCE",
        "footer": "Whanganui Crisis Coordination Hui \u00b7 protocol on a page",
        "palette": palette(ink="004D66", banner="004D66", banner2="D9EEF3", banner_text2="004D66",
                           bullets="style", title_mode="style", font="Segoe UI",
                           grid_line="8FBFCC", label_fill="E3F1F5",
                           fills=["E3F1F5", "FDF1E2", "EDF6E5", "F2ECF8", "FFF8DC", "FBE9EE"]),
        "banner": {
            "kicker": "PROTOCOL ON A PAGE",
            "title": "Whanganui Crisis Coordination Hui",
            "subtitle": "Mental health & addictions \u2013 sharing information safely",
            "facts": ["v1.0 \u00b7 July 2026", "IN-CONFIDENCE"],
        },
        "agencies": ag, "sigs": sigs, "cards": cards,
        "layout": [["who", "meeting", "why"], ["law"], ["what", "use", "open"], ["method", "class", "safe"],
                   ["tikanga", "keep", "breach"], ["conflicts", "relationships", "review"]],
    }
    cards["class"]["weight"] = 0.7
    cards["safe"]["weight"] = 1.3
    return B


# ---------------------------------------------------------------------------
# H: Ōtepoti reintegration panel (defect + trap)
# ---------------------------------------------------------------------------
def base_H():
    ag = ["Department of Corrections", "Ministry of Social Development",
          "Kāinga Ora \u2013 Homes and Communities", "Health New Zealand | Te Whatu Ora",
          "Arai Te Uru Whare Hauora"]
    sigs = {
        ag[0]: ("Stephen Gallagher", "Regional Commissioner, Southern Region", "(signed)", "15 May 2026"),
        ag[1]: ("Marama Edwards", "Regional Commissioner, Southern", "(signed)", "8 May 2026"),
        ag[2]: ("Daniel Fox", "Regional Manager, Otago", "(signed)", "11 May 2026"),
        ag[3]: ("Anna Kerr", "Group Manager, Forensic Mental Health, Southern", "(signed)", "12 May 2026"),
        ag[4]: ("Pania Ellison", "Kaiwhakahaere", "(signed)", "7 May 2026"),
    }
    cards = {
        "who": {"title": ("🤝", "Who's at the table"), "items": [
            "Department of Corrections (lead agency)",
            "Ministry of Social Development",
            "Kāinga Ora \u2013 Homes and Communities",
            "Health New Zealand | Te Whatu Ora",
            "Arai Te Uru Whare Hauora",
        ]},
        "meeting": {"title": ("🎯", "Why we meet"), "items": [
            "Monthly panel for people leaving Otago Corrections Facility to Ōtepoti",
            "Have housing, income and health sorted before release day",
            "Reduce risk to the person and the community",
        ]},
        "why": {"title": ("💬", "Why we share"), "items": [
            ("num", ("1", "Plan housing, income and health support before release, with the person's agreement")),
            ("num", ("2", "Manage risks to the safety of the person or others after release")),
        ]},
        "law": {"title": ("⚖️", "The law we rely on"), "fill": "FFFFFF", "items": [
            ("p", "This protocol doesn't authorise sharing \u2013 the law in the table does."),
        ], "table": {
            "header": ["Purpose", "Legal authority"],
            "widths": [7000, 8200],
            "rows": [
                ["1. Release support (with agreement)", "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)"],
                ["2. Managing serious safety risks", "Privacy Act 2020, IPP 11(1)(f)"],
            ]}},
        "what": {"title": ("📋", "What we share"), "items": [
            "Release date and conditions",
            "Housing need and register status",
            "Benefit eligibility",
            "Health and addiction support needs (with agreement)",
            "Known safety risks",
        ]},
        "use": {"title": ("🧭", "How we use it"), "items": [
            "Only for the release plan and safety actions",
            "No other use without privacy advice",
        ]},
        "open": {"title": ("👁️", "Being open"), "items": [
            "Case manager explains the panel and gets agreement before referral",
            "Person can see their release plan",
        ]},
        "method": {"title": ("📨", "How we share"), "items": [
            "Corrections sends the panel list a week ahead",
            "Verbal updates at the panel",
            "Release plan emailed after the panel",
        ]},
        "class": {"title": ("🏷️", "Classification"), "items": [
            ("big", "IN-CONFIDENCE"),
        ]},
        "safe": {"title": ("🔒", "Keeping it safe"), "items": [
            "Privacy and information security training completed",
            "Hard copies shredded at the end of the panel",
            "Attachments password protected",
            "Agency-approved devices only",
            "Online: no chat, no recording, no screenshots",
            "Hard copies not given to other reps",
        ]},
        "tikanga": {"title": ("🌿", "Tikanga"), "items": [
            "Arai Te Uru advise on tikanga and whānau involvement",
            "Māori data treated as taonga",
        ]},
        "keep": {"title": ("🗂️", "What we keep"), "items": [
            "Keep only what the release plan needs",
            "Approved agency system only",
            "Corrections holds panel minutes under its disposal authority",
        ]},
        "breach": {"title": ("🚨", "If something goes wrong"), "items": [
            "Breach contact: Tania Moki, Privacy Advisor, Department of Corrections \u2013 privacy@corrections.govt.nz \u00b7 04 460 3000",
            "Agencies work together on the response and on what to tell the person",
        ]},
        "conflicts": {"title": ("⚠️", "Conflicts of interest"), "items": [
            "Tell the chair",
            "Step out for that case",
        ]},
        "relationships": {"title": ("🔗", "Relationship managers"), "items": [
            "Named in each agency",
            "Check in with reps quarterly",
        ]},
        "review": {"title": ("🔄", "Review"), "items": [
            "Every 12 months",
            "Corrections (lead agency) initiates",
            "Next review by 15 May 2027",
        ]},
    }
    B = {
        "key": "H",
        "keyword": "reintegration; Ōtepoti",
        "author": "Southern Region Comms, Ara Poutama Aotearoa",
        "created": dt.datetime(2026, 4, 8, 9, 30), "modified": dt.datetime(2026, 5, 18, 12, 0),
        "marking": "IN-CONFIDENCE",
        "footer": "Ōtepoti Reintegration Panel \u00b7 protocol on a page",
        "palette": palette(ink="5B4636", banner="5B4636", banner2="EFE6DD", banner_text2="5B4636",
                           bullets="numbering", symbol="\u25b8", title_mode="bold", font="Calibri", size=9.5,
                           grid_line="C4AF9C", label_fill="F3ECE5",
                           fills=["F3ECE5", "E6F0F5", "EEF5E6", "FBF3DA", "F0E8F5", "E5F2EF"]),
        "banner": {
            "kicker": "PROTOCOL ON A PAGE",
            "title": "Ōtepoti Reintegration Panel",
            "subtitle": "Information sharing to plan a safe release",
            "facts": ["Agreed May 2026", "IN-CONFIDENCE", "Lead: Ara Poutama Aotearoa"],
        },
        "agencies": ag, "sigs": sigs, "cards": cards,
        "layout": [["who", "meeting", "why"], ["law"], ["what", "use", "open"], ["method", "class", "safe"],
                   ["tikanga", "keep", "breach"], ["conflicts", "relationships", "review"]],
    }
    cards["class"]["weight"] = 0.6
    cards["safe"]["weight"] = 1.3
    return B


# ---------------------------------------------------------------------------
# L: legacy 2019 Te Tai Tokerau family harm table
# ---------------------------------------------------------------------------
def base_L():
    ag = ["New Zealand Police", "Oranga Tamariki", "Northland District Health Board",
          "Department of Corrections", "Ngāti Hine Health Trust", "Whangārei Women's Refuge"]
    sigs = {
        ag[0]: ("Inspector Tracey Walker", "Area Commander, Whangārei-Kaipara", "(signed)", "22/08/2019"),
        ag[1]: ("Wiremu Cooper", "Site Manager, Whangārei", "(signed)", "14/08/2019"),
        ag[2]: ("Dr Jo Ellis", "Chief Medical Officer", "(signed)", "19/08/2019"),
        ag[3]: ("Karen Smith", "District Manager, Northland", "(signed)", "15/08/2019"),
        ag[4]: ("Hori Parata", "General Manager, Social Services", "(signed)", "16/08/2019"),
        ag[5]: ("Sharon Ngawati", "Manager", "(signed)", "13/08/2019"),
    }
    cards = {
        "who": {"title": ("🤝", "Who's at the table"), "items": [
            "New Zealand Police (lead agency)",
            "Oranga Tamariki",
            "Northland District Health Board",
            "Department of Corrections",
            "Ngāti Hine Health Trust",
            "Whangārei Women's Refuge",
        ]},
        "meeting": {"title": ("🎯", "Why we meet"), "items": [
            "Daily family harm table, Whangārei",
            "Review every Police family harm report from the last 24 hours",
            "Agree a response for each family",
        ]},
        "why": {"title": ("💬", "Why we share"), "items": [
            ("num", ("1", "To assess the risk of family violence")),
            ("num", ("2", "To identify children who may be at risk of ill-treatment or neglect")),
            ("num", ("3", "To respond to a serious threat to someone's life or health")),
        ]},
        "law": {"title": ("⚖️", "The law we rely on"), "fill": "FFFFFF", "items": [
            ("p", "The protocol does not give any power to share \u2013 each agency relies on the law below."),
        ], "table": {
            "header": ["Purpose", "Legal authority"],
            "widths": [7000, 8200],
            "rows": [
                ["1. Risk of family violence", "Family Violence Act 2018, s 20"],
                ["2. Children at risk", "Children, Young Persons, and Their Families Act 1989, s 15"],
                ["3. Serious threat", "Privacy Act 1993, IPP 11(f)"],
            ]}},
        "what": {"title": ("📋", "What we share"), "items": [
            "Police family harm reports and history",
            "Oranga Tamariki involvement",
            "DHB presentations relevant to risk",
            "Corrections sentence and release information",
            "Support already in place",
        ]},
        "use": {"title": ("🧭", "How we use it"), "items": [
            "Only for the three purposes",
            "Only for actions agreed at the table",
        ]},
        "open": {"title": ("👁️", "Telling people"), "items": [
            "Victims told about the table by Police where safe",
            "Agency privacy statements mention the table",
        ]},
        "method": {"title": ("📨", "How we share"), "items": [
            "Police email the daily list at 8am",
            "Verbal updates at the table",
        ]},
        "class": {"title": ("🏷️", "Classification"), "items": [
            ("big", "IN-CONFIDENCE"),
        ]},
        "safe": {"title": ("🔒", "Keeping it safe"), "items": [
            "All reps have done privacy and security training",
            "Printed lists shredded at the end of the meeting",
            "Attachments password protected",
            "Work devices only \u2013 agency-approved",
            "Never give printouts to other reps",
        ]},
        "keep": {"title": ("🗂️", "What we keep"), "items": [
            "Only what you need for an agreed action",
            "Stored in your agency's approved system",
            "Police keep table records under the Police disposal schedule",
        ]},
        "breach": {"title": ("🚨", "If something goes wrong"), "items": [
            "Contact: Family Harm Coordinator, New Zealand Police, Whangārei \u2013 09 430 4500",
            "Agencies agree together what to tell people affected",
        ]},
        "conflicts": {"title": ("⚠️", "Conflicts of interest"), "items": [
            "Tell the chair and step out",
        ]},
        "relationships": {"title": ("🔗", "Relationship managers"), "items": [
            "One per agency, meet six-monthly",
        ]},
        "review": {"title": ("🔄", "Review"), "items": [
            "Every three years from signing",
            "Police (lead agency) start the review",
        ]},
    }
    B = {
        "key": "L",
        "keyword": "family harm; Whangārei",
        "author": "Northland District Comms",
        "created": dt.datetime(2019, 7, 29, 11, 0), "modified": dt.datetime(2019, 8, 23, 9, 40),
        "revision": 7,
        "marking": "IN-CONFIDENCE",
        "footer": "Whangārei Family Harm Table \u00b7 protocol on a page \u00b7 2019",
        "palette": palette(ink="7F0000", banner="7F0000", banner2="F4E1E1", banner_text2="7F0000",
                           bullets="typed", typed="\u2022", title_mode="bold", font="Arial", size=9,
                           grid_line="C99999", label_fill="F7EAEA",
                           fills=["F7EAEA", "EAF1F8", "F1F6E8", "FFF6DB", "EFE9F5", "E6F3F1"]),
        "banner": {
            "kicker": "PROTOCOL ON A PAGE",
            "title": "Whangārei Family Harm Table",
            "subtitle": "Sharing information at the table",
            "facts": ["August 2019", "IN-CONFIDENCE"],
        },
        "agencies": ag, "sigs": sigs, "cards": cards,
        "layout": [["who", "meeting", "why"], ["law"], ["what", "use", "open"], ["method", "class", "safe"],
                   ["keep", "breach", "conflicts"], ["relationships", "review"]],
    }
    cards["class"]["weight"] = 0.7
    cards["safe"]["weight"] = 1.3
    return B


# ---------------------------------------------------------------------------
# sign-off assembly
# ---------------------------------------------------------------------------
def make_signoff(B, title=("✍️", "Sign-off"), intro=None, page_break=True):
    cols = cols_from(B["agencies"], B["sigs"], B.get("sig_headers"))
    B["signoff"] = {
        "title": title,
        "intro": intro or ["Signed for each attending agency by a senior manager, after advice from their privacy or legal team."],
        "columns": cols,
        "page_break": page_break,
        "after": ["Each agency keeps a signed copy and adds it to its information sharing register."],
    }
    return B


def finish(B, **kw):
    if "signoff" not in B:
        make_signoff(B, **kw)
    return B


# ---------------------------------------------------------------------------
# variants
# ---------------------------------------------------------------------------
def variant(fn):
    return copy.deepcopy(fn())


def v_clean_A():
    return finish(base_A(), title=("✍️", "Sign-off"))


def v_602_A():
    B = base_A()
    B["cards"]["review"]["items"] = [
        "Every three years",
        "New Zealand Police (lead agency) starts the review",
        "Any agency can ask for an earlier one",
        "Next review by 16 March 2029",
    ]
    B["modified"] = dt.datetime(2026, 3, 18, 9, 5)
    return finish(B)


def v_clean_B():
    return finish(base_B(), title=("🖊️", "Signed for each agency"))


def v_702_B():
    B = base_B()
    n, r, s, d = B["sigs"]["Te Taiwhenua o Heretaunga"]
    B["sigs"]["Te Taiwhenua o Heretaunga"] = (n, "", s, d)
    return finish(B, title=("🖊️", "Signed for each agency"))


def v_801_B():
    B = base_B()
    B["cards"]["keep"]["items"] = [
        "Keep only what your agency needs to deliver its part of the plan",
        "Into your agency's approved system; delete emailed copies",
        "Panel notes stay on agency files for future reference.",
        "OT keeps panel minutes under its disposal authority",
    ]
    return finish(B, title=("🖊️", "Signed for each agency"))


def v_clean_C():
    return finish(base_C())


def v_301_C():
    B = base_C()
    B["cards"]["why"]["items"].append(
        ("num", ("3", "To follow up rangatahi who have left school and not enrolled anywhere else")))
    B["cards"]["what"]["items"].append("Last school attended and leaving date")
    B["modified"] = dt.datetime(2026, 2, 24, 15, 10)
    return finish(B)


def v_604_C():
    B = base_C()
    dates = {"Ministry of Education": "30 Sep 2024", "Oranga Tamariki": "19 Sep 2024",
             "Ministry of Social Development": "24 Sep 2024", "Health New Zealand | Te Whatu Ora": "20 Sep 2024",
             "Te Ora Hou Ōtautahi": "17 Sep 2024"}
    for a, d in dates.items():
        n, r, s, _ = B["sigs"][a]
        B["sigs"][a] = (n, r, s, d)
    B["banner"]["facts"] = ["Effective date: 30 September 2024", "IN-CONFIDENCE", "Version 1.0"]
    B["cards"]["review"]["items"] = [
        "Annually",
        "Ministry of Education (lead agency) starts the review",
        "Next review by 30 September 2025",
    ]
    B["created"] = dt.datetime(2024, 8, 26, 8, 50)
    B["modified"] = dt.datetime(2024, 10, 1, 9, 15)
    return finish(B)


def v_clean_D():
    return finish(base_D(), title=("✍️", "Sign-off"))


def v_451_D():
    B = base_D()
    B["cards"]["safe"]["items"] = [
        "All reps trained in privacy and information security",
        "Hard copies collected and shredded at the end of the hui",
        "Emails with personal information go by SEEMail / secure email only",
        "Agency-approved devices only",
        "Teams hui: no chat, no recording, no screenshots",
        "Hard copies never passed to another rep",
    ]
    return finish(B)


def v_clean_E():
    return finish(base_E())


def v_402_E():
    B = base_E()
    B["marking"] = "UNCLASSIFIED"
    B["cards"]["class"]["items"] = [("big", "UNCLASSIFIED"), "Case review information"]
    B["banner"]["facts"] = ["Agreed August 2025", "UNCLASSIFIED"]
    return finish(B)


def v_703_E():
    B = base_E()
    del B["sigs"]["Age Concern Southland"]
    return finish(B)


def v_101_G():
    B = base_G()
    del B["cards"]["conflicts"]
    B["layout"][-1] = ["relationships", "review"]
    return finish(B)


def v_305_G():
    B = base_G()
    B["cards"]["law"]["items"] = [
        ("p", "This protocol gives hui members the authority to share information."),
    ]
    return finish(B)


def v_501_H():
    B = base_H()
    B["cards"]["breach"]["items"] = [
        "Tell your own agency's privacy team the same day",
        "Corrections coordinates the response across agencies",
        "Serious breaches: the agency responsible notifies the Privacy Commissioner \u2013 0800 803 909",
        "Agree together what to tell the person",
    ]
    return finish(B)


def v_legacy_L():
    return finish(base_L(), title=("✍️", "Signatures"))


def v_trap_H():
    """Deciding text only in content controls and tracked changes."""
    B = base_H()
    author, when = "Kelly Ward (Corrections Legal)", "2026-05-06T10:14:00Z"
    # classification: drop-down content control, filled
    B["cards"]["class"]["items"] = [("hook", lambda ctx, cell: _cc_class(ctx, cell))]
    # review: drop-down period + date picker for the next review
    B["cards"]["review"]["items"] = [("hook", lambda ctx, cell: _cc_review(ctx, cell))]
    # breach contact in a plain-text content control
    B["cards"]["breach"]["items"] = [("hook", lambda ctx, cell: _cc_breach(ctx, cell)),
                                     "Agencies work together on the response and on what to tell the person"]
    # purpose 2 authority replaced in a tracked change

    def law2(ctx, p):
        tracked_del(p, "Corrections practice guidance", author, when, size=ctx.P["size"])
        tracked_ins(p, "Privacy Act 2020, IPP 11(1)(f)", author, when, size=ctx.P["size"])

    B["cards"]["law"]["table"]["rows"][1] = ["2. Managing serious safety risks", law2]

    def keep_first(ctx, cell):
        p = card_item(ctx, cell, "Keep only what the release plan needs.")
        tracked_del(p, " Copies can stay on agency files for future reference.", author, when, size=ctx.P["size"])

    B["cards"]["keep"]["items"] = [("hook", keep_first), "Approved agency system only",
                                   "Corrections holds panel minutes under its disposal authority"]
    B["modified"] = dt.datetime(2026, 5, 18, 12, 0)
    make_signoff(B)
    dates = {a: B["sigs"][a][3] for a in B["agencies"]}
    iso = {"15 May 2026": "2026-05-15", "8 May 2026": "2026-05-08", "11 May 2026": "2026-05-11",
           "12 May 2026": "2026-05-12", "7 May 2026": "2026-05-07"}
    for hdr, vals in B["signoff"]["columns"]:
        d = vals["Date"]
        vals["Date"] = (lambda dd: (lambda ctx, p: sdt_run(p, dd, "Date signed", "sign-date", kind="date",
                                                           full_date=iso[dd], size=ctx.P["size"])))(d)
    return B


def _cc_class(ctx, cell):
    p = card_item(ctx, cell, ("p", "Information shared at the panel is classified:"))
    q = cell.add_paragraph()
    q.style = ctx.doc.styles["Card Big"]
    sdt_run(q, "IN-CONFIDENCE", "Security classification", "classification", kind="dropdown",
            items=["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"], size=ctx.P["size"] + 7, bold=True)


def _cc_review(ctx, cell):
    p = card_item(ctx, cell, ("p", "Reviewed every "))
    sdt_run(p, "12 months", "Review period", "review-period", kind="dropdown",
            items=["6 months", "12 months", "18 months", "24 months"], size=ctx.P["size"])
    card_item(ctx, cell, "Corrections (lead agency) initiates")
    p = card_item(ctx, cell, ("p", "Next review by "))
    sdt_run(p, "15 May 2027", "Next review date", "review-date", kind="date", full_date="2027-05-15",
            size=ctx.P["size"])


def _cc_breach(ctx, cell):
    p = card_item(ctx, cell, ("p", "Breach contact: "))
    sdt_run(p, "Tania Moki, Privacy Advisor, Department of Corrections \u2013 privacy@corrections.govt.nz \u00b7 04 460 3000",
            "Breach contact", "breach-contact", kind="text", size=ctx.P["size"])


# ---------------------------------------------------------------------------
# corpus + truth
# ---------------------------------------------------------------------------
CORPUS = [
    ("clean-01-whanau-safety-table-tairawhiti.docx", v_clean_A,
     {"kind": "clean", "expect": [], "tolerate": [],
      "note": "Family violence safety table, six agencies incl. iwi and NGO, three purposes in a purpose-and-law table; sign-off grid heads Police column 'NZ Police'; retention card says 'No keeping just in case' (a prohibition)."}),
    ("clean-02-youth-offending-panel-heretaunga.docx", v_clean_B,
     {"kind": "clean", "expect": [], "tolerate": [],
      "note": "Youth offending panel classified SENSITIVE (header matches), two purposes, typed bullet symbols, bold-text card titles, dd/mm/yyyy signing dates, 24-month review due 30 June 2027."}),
    ("clean-03-school-attendance-otautahi.docx", v_clean_C,
     {"kind": "clean", "expect": [], "tolerate": [],
      "note": "School attendance hub, two purposes (OTA s 66C; consent under IPP 11(1)(d) and HIPC rule 11(1)(b)), 'Annually' review by the lead agency, effective 20 February 2026."}),
    ("clean-04-housing-first-kirikiriroa.docx", v_clean_D,
     {"kind": "clean", "expect": [], "tolerate": [],
      "note": "Housing case conference where purposes and legal authority share one card ('Why we share - and the law that allows it') with a # / purpose / law table; 'Lead agency: MSD' line; 18-month review."}),
    ("clean-05-elder-abuse-murihiku.docx", v_clean_E,
     {"kind": "clean", "expect": [], "tolerate": [],
      "note": "Elder abuse case review with a single sharing purpose and two authorities for it; review 'Biennially (every two years)'; card titles in an outline-level custom style."}),
    ("defect-isp101-mental-health-whanganui.docx", v_101_G,
     {"kind": "defect",
      "expect": [{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}}],
      "tolerate": [],
      "note": "Mental health crisis hui with no conflicts-of-interest card at all; the bottom card row holds only relationship managers and review."}),
    ("defect-isp301-school-attendance-otautahi.docx", v_301_C,
     {"kind": "defect",
      "expect": [{"rule": "ISP301", "data_contains": {"purpose": "left school and not enrolled"}}],
      "tolerate": [],
      "note": "A third purpose ('follow up rangatahi who have left school and not enrolled anywhere else') was added to the 'Why we share' card but the purpose-and-law table still has rows for purposes 1 and 2 only."}),
    ("defect-isp305-mental-health-whanganui.docx", v_305_G,
     {"kind": "defect",
      "expect": [{"rule": "ISP305", "data_contains": {"text": "This protocol gives hui members the authority"}}],
      "tolerate": [],
      "note": "The law card's lead-in says 'This protocol gives hui members the authority to share information.' (the authorities table itself is complete)."}),
    ("defect-isp402-elder-abuse-murihiku.docx", v_402_E,
     {"kind": "defect",
      "expect": [{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}],
      "tolerate": [],
      "note": "Classification card, banner, header and footer all say UNCLASSIFIED for elder abuse case information."}),
    ("defect-isp451-housing-first-kirikiriroa.docx", v_451_D,
     {"kind": "defect",
      "expect": [{"rule": "ISP451", "data": {"control": "password-protection"}}],
      "tolerate": [],
      "note": "Security card replaces password-protected attachments with 'Emails ... go by SEEMail / secure email only', which is not the same control."}),
    ("defect-isp501-reintegration-otepoti.docx", v_501_H,
     {"kind": "defect",
      "expect": [{"rule": "ISP501"}],
      "tolerate": [],
      "note": "The 'If something goes wrong' card lists obligations and the Privacy Commissioner's 0800 number but names no designated breach contact."}),
    ("defect-isp602-whanau-safety-table-tairawhiti.docx", v_602_A,
     {"kind": "defect",
      "expect": [{"rule": "ISP602", "data": {"months": 36}}],
      "tolerate": [],
      "note": "Review card says 'Every three years' with next review by 16 March 2029 (not overdue)."}),
    ("defect-isp604-school-attendance-otautahi.docx", v_604_C,
     {"kind": "defect",
      "expect": [{"rule": "ISP604", "data": {"due": "2025-09-30"}}],
      "tolerate": [],
      "note": "Signed September 2024 (effective 30 September 2024), reviewed annually, 'Next review by 30 September 2025': overdue on 2026-11-24."}),
    ("defect-isp702-youth-offending-panel-heretaunga.docx", v_702_B,
     {"kind": "defect",
      "expect": [{"rule": "ISP702", "data": {"agency": "Te Taiwhenua o Heretaunga", "missing": ["role"]}}],
      "tolerate": [],
      "note": "In the agencies-as-columns signature grid the Te Taiwhenua o Heretaunga column has a name and date but an empty Role cell."}),
    ("defect-isp703-elder-abuse-murihiku.docx", v_703_E,
     {"kind": "defect",
      "expect": [{"rule": "ISP703", "data": {"agency": "Age Concern Southland"}}],
      "tolerate": [],
      "note": "Age Concern Southland is listed in 'Who's at the table' but has no column in the sign-off grid."}),
    ("defect-isp801-youth-offending-panel-heretaunga.docx", v_801_B,
     {"kind": "defect",
      "expect": [{"rule": "ISP801", "data_contains": {"text": "future reference"}}],
      "tolerate": [],
      "note": "Keeping & disposing card includes 'Panel notes stay on agency files for future reference.'"}),
    ("legacy-2019-family-harm-whangarei.docx", v_legacy_L,
     {"kind": "legacy",
      "expect": [
          {"rule": "ISP101", "data": {"section": "tikanga"}},
          {"rule": "ISP303", "data_contains": {"authority": "Children, Young Persons"}},
          {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
          {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
          {"rule": "ISP602", "data": {"months": 36}},
          {"rule": "ISP604", "data": {"due": "2022-08-22"}},
      ],
      "tolerate": ["ISP302"],
      "note": "2019 family harm table: no tikanga card, cites the CYPF Act 1989 and Privacy Act 1993 in the law table, no virtual-meeting control, reviewed 'every three years from signing' with last signature 22/08/2019."}),
    ("trap-contentcontrols-reintegration-otepoti.docx", v_trap_H,
     {"kind": "trap",
      "expect": [{"rule": "ISP202", "data": {"count": 3}}],
      "tolerate": [],
      "note": "Classification, review period, next review date, breach contact and signing dates sit only in filled content controls; purpose 2's authority is a tracked replacement ('Corrections practice guidance' deleted, 'Privacy Act 2020, IPP 11(1)(f)' inserted) and a 'for future reference' sentence is a tracked deletion, so read as accepted only ISP202 remains."}),
]


def main():
    truth = {
        "as_of": "2026-11-24",
        "style": "Regional comms team 'protocol on a page': A4 landscape, coloured card layout tables (2-3 cards per row, emoji-led bold card titles, bullet fragments), a purpose-and-law table nested in a card, and a signature grid with agencies as columns (Name / Role / Signature / Date).",
        "files": {},
    }
    for name, fn, t in CORPUS:
        _REV["id"] = 900
        B = fn()
        render(B, os.path.join(OUT, name))
        truth["files"][name] = t
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built %d documents" % len(CORPUS))


if __name__ == "__main__":
    main()
