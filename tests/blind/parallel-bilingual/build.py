#!/usr/bin/env python
"""Build the parallel-bilingual blind corpus of multi-agency meeting
information sharing protocols (te reo Maori / English).

Deterministic: fixed core-property dates, fixed zip timestamps, no randomness.
Run with /work/blind-kit6/.venv/bin/python build.py
"""
import copy
import datetime as dt
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
MONTHS_MI = ["Kohitātea", "Huitanguru", "Poutūterangi", "Paengawhāwhā",
             "Haratua", "Pipiri", "Hōngongoi", "Hereturikōkā", "Mahuru",
             "Whiringa-ā-nuku", "Whiringa-ā-rangi", "Hakihea"]


def d_en(d):
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def d_mi(d):
    return f"{d.day} {MONTHS_MI[d.month - 1]} {d.year}"


# ---------------------------------------------------------------- low level
_ids = {"n": 100}


def next_id():
    _ids["n"] += 1
    return _ids["n"]


def add_runs(par, text, bold=False, italic=False, color=None, size=None):
    """Add text to a paragraph; **x** marks bold segments, \n a line break."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part = part[2:-2]
            b = True
        lines = part.split("\n")
        for i, line in enumerate(lines):
            r = par.add_run(line)
            r.bold = b or None
            if italic:
                r.italic = True
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if size:
                r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break()
    return par


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    # keep schema order: shd goes before noWrap/tcMar/textDirection/vAlign
    successors = [qn(x) for x in ("w:noWrap", "w:tcMar", "w:textDirection",
                                  "w:tcFitText", "w:vAlign", "w:hideMark")]
    for i, child in enumerate(tcPr):
        if child.tag in successors:
            child.addprevious(shd)
            return
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trPr.insert(0, c)


def set_widths(table, widths):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for tr in tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths[col:col + span])
            tc.get_or_add_tcPr().get_or_add_tcW().type = "dxa"
            tc.width = Cm(w)
            col += span


def cpar(container, text="", style=None, bold=False, italic=False,
         color=None, size=None, align=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, color=color, size=size)
    if align:
        p.alignment = align
    return p


def tidy_cells(doc):
    """Drop the empty first paragraph python-docx leaves in each cell."""
    body = doc.element.body
    for tc in body.iter(qn("w:tc")):
        kids = [k for k in tc if k.tag != qn("w:tcPr")]
        if len(kids) >= 2 and kids[0].tag == qn("w:p"):
            p = kids[0]
            if not p.xpath(".//w:t") and not p.xpath(".//w:sdt") and not p.xpath(".//w:br"):
                tc.remove(p)


class Numbering:
    """Fresh numbered-list instances that restart at 1 (one per list)."""

    def __init__(self, doc):
        self.doc = doc
        self.np = doc.part.numbering_part.element
        num_id = int(doc.styles["List Number"].element.pPr.numPr.numId.val)
        num = self.np.num_having_numId(num_id)
        self.abs_id = int(num.abstractNumId.val)

    def new(self):
        num = self.np.add_num(self.abs_id)
        lo = num.add_lvlOverride(ilvl=0)
        lo.add_startOverride(1)
        return int(num.numId)


def set_num(par, num_id):
    pPr = par._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


# ------------------------------------------------------- content controls
def _sdt_pr(alias, tag):
    sdtPr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    sdtPr.append(a)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    sdtPr.append(t)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(next_id() * 7919))
    sdtPr.append(i)
    return sdtPr


def _run(text, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rPr = OxmlElement("w:rPr")
        rPr.append(OxmlElement("w:b"))
        r.append(rPr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def sdt_dropdown(par, alias, tag, items, value):
    sdt = OxmlElement("w:sdt")
    pr = _sdt_pr(alias, tag)
    dd = OxmlElement("w:dropDownList")
    dd.set(qn("w:lastValue"), value)
    for it in items:
        li = OxmlElement("w:listItem")
        li.set(qn("w:displayText"), it)
        li.set(qn("w:value"), it)
        dd.append(li)
    pr.append(dd)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(_run(value))
    sdt.append(content)
    par._p.append(sdt)
    return sdt


def sdt_text(par, alias, tag, text):
    sdt = OxmlElement("w:sdt")
    pr = _sdt_pr(alias, tag)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(_run(text))
    sdt.append(content)
    par._p.append(sdt)
    return sdt


def sdt_date(par, alias, tag, date, display):
    sdt = OxmlElement("w:sdt")
    pr = _sdt_pr(alias, tag)
    de = OxmlElement("w:date")
    de.set(qn("w:fullDate"), date.strftime("%Y-%m-%dT00:00:00Z"))
    fmt = OxmlElement("w:dateFormat")
    fmt.set(qn("w:val"), "d MMMM yyyy")
    de.append(fmt)
    lid = OxmlElement("w:lid")
    lid.set(qn("w:val"), "en-NZ")
    de.append(lid)
    st = OxmlElement("w:storeMappedDataAs")
    st.set(qn("w:val"), "dateTime")
    de.append(st)
    cal = OxmlElement("w:calendar")
    cal.set(qn("w:val"), "gregorian")
    de.append(cal)
    pr.append(de)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(_run(display))
    sdt.append(content)
    par._p.append(sdt)
    return sdt


# ------------------------------------------------------- tracked changes
def tracked(par, pieces, author, when):
    """pieces: list of (kind, text) with kind in 'txt', 'del', 'ins'."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:00Z")
    for kind, text in pieces:
        if kind == "txt":
            add_runs(par, text)
        elif kind == "ins":
            ins = OxmlElement("w:ins")
            ins.set(qn("w:id"), str(next_id()))
            ins.set(qn("w:author"), author)
            ins.set(qn("w:date"), stamp)
            ins.append(_run(text))
            par._p.append(ins)
        elif kind == "del":
            de = OxmlElement("w:del")
            de.set(qn("w:id"), str(next_id()))
            de.set(qn("w:author"), author)
            de.set(qn("w:date"), stamp)
            r = OxmlElement("w:r")
            t = OxmlElement("w:delText")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r.append(t)
            de.append(r)
            par._p.append(de)


# ---------------------------------------------------------------- blocks
class P:
    """A paragraph in each language."""

    def __init__(self, mi, en, style=None):
        self.mi, self.en, self.style = mi, en, style

    def render(self, cont, lang, ctx):
        cpar(cont, getattr(self, lang), style=self.style)


class UL:
    def __init__(self, mi, en):
        assert len(mi) == len(en), (mi, en)
        self.mi, self.en = mi, en

    def render(self, cont, lang, ctx):
        for item in getattr(self, lang):
            cpar(cont, item, style="List Bullet")


class OL:
    def __init__(self, mi, en):
        assert len(mi) == len(en), (mi, en)
        self.mi, self.en = mi, en

    def render(self, cont, lang, ctx):
        num = ctx["numbering"].new()
        for item in getattr(self, lang):
            p = cpar(cont, item, style="List Number")
            set_num(p, num)


class TBL:
    """A small table, one per language (nested in the cell for that language)."""

    def __init__(self, mi_head, mi_rows, en_head, en_rows, widths=None,
                 fill="E2EFEA"):
        self.mi = (mi_head, mi_rows)
        self.en = (en_head, en_rows)
        self.widths = widths
        self.fill = fill

    def render(self, cont, lang, ctx):
        head, rows = getattr(self, lang)
        t = cont.add_table(rows=1 + len(rows), cols=len(head))
        t.style = ctx["doc"].styles["Table Grid"]
        for i, h in enumerate(head):
            c = t.rows[0].cells[i]
            cpar(c, h, bold=True)
            shade(c, self.fill)
        repeat_header(t.rows[0])
        for r, row in enumerate(rows):
            for i, val in enumerate(row):
                cpar(t.rows[r + 1].cells[i], val)
        if self.widths:
            set_widths(t, self.widths[lang] if isinstance(self.widths, dict) else self.widths)
        if not isinstance(cont, type(ctx["doc"])):
            # python-docx _Cell.add_table already appends the closing paragraph
            pass
        else:
            cpar(cont, "")


class RAW:
    """Custom renderer: fn(container, lang, ctx)."""

    def __init__(self, fn):
        self.fn = fn

    def render(self, cont, lang, ctx):
        self.fn(cont, lang, ctx)


class WIDE:
    """A bilingual table across both columns (signatures, contacts)."""

    def __init__(self, head, rows, widths=None, fill="E2EFEA", cell_fns=None):
        self.head, self.rows, self.widths, self.fill = head, rows, widths, fill
        self.cell_fns = cell_fns or {}

    def render_into(self, cont, ctx):
        t = cont.add_table(rows=1 + len(self.rows), cols=len(self.head))
        t.style = ctx["doc"].styles["Table Grid"]
        for i, h in enumerate(self.head):
            c = t.rows[0].cells[i]
            cpar(c, h, bold=True)
            shade(c, self.fill)
        repeat_header(t.rows[0])
        for r, row in enumerate(self.rows):
            for i, val in enumerate(row):
                c = t.rows[r + 1].cells[i]
                fn = self.cell_fns.get((r, i))
                if fn:
                    fn(c, ctx)
                else:
                    cpar(c, val)
        if self.widths:
            set_widths(t, self.widths)
        return t


class SIGROWS:
    """One main-table row per agency: te reo block left, English block right."""

    def __init__(self, sigs):
        self.sigs = sigs


def sig_block(cont, s, lang, ctx):
    blank = "____________________"
    if lang == "mi":
        cpar(cont, f"**Hainatia mō {s['agency']}**")
        cpar(cont, f"Ingoa: {s['name'] or blank}")
        cpar(cont, f"Tūranga: {s.get('role_mi') or s['role'] or blank}")
        cpar(cont, f"Waitohu: {blank}")
        if s.get("date_fn"):
            p = cpar(cont, "Rā: ")
            s["date_fn"](p, "mi")
        else:
            cpar(cont, f"Rā: {d_mi(s['date'])}")
    else:
        cpar(cont, f"**Signed for {s['agency']}**")
        cpar(cont, f"Name: {s['name'] or blank}")
        cpar(cont, f"Role: {s['role'] or blank}")
        cpar(cont, f"Signature: {blank}")
        if s.get("date_fn"):
            p = cpar(cont, "Date: ")
            s["date_fn"](p, "en")
        else:
            cpar(cont, f"Date: {d_en(s['date'])}")


def sig_wide(sigs, ctx_fns=None):
    head = ["Tari | Agency", "Ingoa | Name", "Tūranga | Role",
            "Waitohu | Signature", "Rā | Date"]
    rows = []
    fns = {}
    for i, s in enumerate(sigs):
        rows.append([s["agency"], s["name"], s["role"], "",
                     d_en(s["date"]) if s.get("date") else ""])
        if s.get("date_fn"):
            fns[(i, 4)] = (lambda f: (lambda c, ctx: f(cpar(c, ""), "en")))(s["date_fn"])
    return WIDE(head, rows, widths=[4.2, 3.4, 4.2, 2.6, 2.6], cell_fns=fns)


# ---------------------------------------------------------------- document
def base_document(spec):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.9))
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(1.8)
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(spec.get("size", 10))
    st.paragraph_format.space_after = Pt(3)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), spec.get("font", "Calibri"))
    # language: mi-NZ available for te reo runs; default en-NZ
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-NZ")

    # header / footer marking
    mark = spec["marking"]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(hp, mark, bold=True, color="9C1C1C")
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(hp2, spec["header_org"], size=8, color="555555")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(fp, f"{mark}   |   {spec['footer_text']}", size=8)

    cp = doc.core_properties
    cp.title = spec["title_en"]
    cp.subject = spec.get("subject", "Multi-agency meeting information sharing protocol")
    cp.author = spec["author"]
    cp.last_modified_by = spec.get("last_modified_by", spec["author"])
    cp.created = spec["created"]
    cp.modified = spec["modified"]
    cp.revision = spec.get("revision", 4)
    cp.language = "mi-NZ, en-NZ"
    cp.comments = ""
    cp.keywords = spec.get("keywords", "kawa; information sharing protocol")
    return doc


def add_custom_heading_style(doc, name, fill_text_color="FFFFFF", outline=1):
    from docx.enum.style import WD_STYLE_TYPE
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.element.set(qn("w:styleId"), re.sub(r"[^A-Za-z0-9]", "", name.replace("ā", "a")))
    st.base_style = doc.styles["Normal"]
    st.font.bold = True
    st.font.size = Pt(11)
    st.font.color.rgb = RGBColor.from_string(fill_text_color)
    st.paragraph_format.keep_with_next = True
    pPr = st.element.get_or_add_pPr()
    ol = OxmlElement("w:outlineLvl")
    ol.set(qn("w:val"), str(outline))
    pPr.append(ol)
    return st


def title_block(doc, spec):
    t = cpar(doc, spec["title_mi"], style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for r in t.runs:
        r.font.size = Pt(20)
    cpar(doc, spec["title_en"], bold=True, size=14, color="1F4E5A")
    if spec.get("subtitle"):
        cpar(doc, spec["subtitle"], italic=True, size=9, color="555555")


def render_table_doc(spec):
    doc = base_document(spec)
    ctx = {"doc": doc, "numbering": Numbering(doc)}
    layout = spec["layout"]
    if layout == "B":
        add_custom_heading_style(doc, "Upoko Rārangi")
    title_block(doc, spec)

    table = doc.add_table(rows=1, cols=2)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    for c, txt in zip(hdr.cells, ("Te Reo Māori", "English")):
        cpar(c, txt, bold=True)
        shade(c, "BFBFBF")
    repeat_header(hdr)

    heading_fill = spec.get("heading_fill", "D5E8E0" if layout == "A" else "1F4E5A")

    def heading_row(n, mi, en):
        row = table.add_row()
        cant_split(row)
        if layout == "A":
            m = row.cells[0].merge(row.cells[1])
            label = f"{n}. {mi}  |  {en}" if n else f"{mi}  |  {en}"
            p = cpar(m, "", style="Heading 2")
            add_runs(p, label)
            p.paragraph_format.space_before = Pt(2)
            p.paragraph_format.space_after = Pt(2)
            shade(m, heading_fill)
        else:
            for c, txt in zip(row.cells, (mi, en)):
                label = f"{n}. {txt}" if n else txt
                cpar(c, label, style="Upoko Rārangi")
                shade(c, heading_fill)

    n = 0
    for sec in spec["sections"]:
        key, mi_h, en_h, blocks = sec
        if key == "intro":
            heading_row(None, mi_h, en_h)
        else:
            n += 1
            heading_row(n, mi_h, en_h)
        row = None
        for b in blocks:
            if isinstance(b, WIDE):
                r = table.add_row()
                m = r.cells[0].merge(r.cells[1])
                b.render_into(m, ctx)
                row = None
                continue
            if isinstance(b, SIGROWS):
                for s in b.sigs:
                    r = table.add_row()
                    cant_split(r)
                    sig_block(r.cells[0], s, "mi", ctx)
                    sig_block(r.cells[1], s, "en", ctx)
                row = None
                continue
            # paragraph-like blocks: one row per block unless grouped
            if row is None or not getattr(b, "same_row", False):
                row = table.add_row()
            b.render(row.cells[0], "mi", ctx)
            b.render(row.cells[1], "en", ctx)
    set_widths(table, [8.6, 8.6])
    tidy_cells(doc)
    return doc


def render_sequential_doc(spec):
    doc = base_document(spec)
    ctx = {"doc": doc, "numbering": Numbering(doc)}
    title_block(doc, spec)
    for mi, en in spec["preamble"]:
        cpar(doc, mi, italic=True)
        cpar(doc, en)
    for part_idx, (lang, part_title) in enumerate(spec["parts"]):
        if part_idx:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        cpar(doc, part_title, style="Heading 1")
        n = 0
        for key, mi_h, en_h, blocks in spec["sections"]:
            n += 1
            h = mi_h if lang == "mi" else en_h
            cpar(doc, f"{n}. {h}", style="Heading 2")
            for b in blocks:
                if isinstance(b, WIDE):
                    if lang == spec["sig_part"]:
                        b.render_into(doc, ctx)
                        cpar(doc, "")
                    continue
                if isinstance(b, SIGROWS):
                    for s in b.sigs:
                        sig_block(doc, s, lang, ctx)
                    continue
                b.render(doc, lang, ctx)
    tidy_cells(doc)
    return doc


FIXED_ZIP_TIME = (2026, 11, 1, 9, 0, 0)


def save(doc, name):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return path


# =====================================================================
# Clause bank: the house's standard bilingual wording, with variants
# =====================================================================
HEAD = {
    "intro": ("Kupu Whakataki", "Introduction"),
    "attending-agencies": ("Ngā Tari ka Tae ki te Hui", "Attending agencies"),
    "meeting-purpose": ("Te Take o te Hui", "Purpose of the hui"),
    "sharing-purpose": ("Te Take o te Whakawhiti Mōhiohio", "Purpose of sharing information"),
    "information-shared": ("Ngā Mōhiohio ka Whakawhitia", "Information to be shared"),
    "legal-authority": ("Te Mana ā-Ture ki te Whakawhiti", "Legal authority to share"),
    "use-of-information": ("Te Whakamahinga o ngā Mōhiohio", "Use of information"),
    "transparency": ("Te Pūataata me ngā Kawenga Whakamōhio", "Transparency and notification obligations"),
    "method-of-sharing": ("Te Huarahi Whakawhiti", "Method of sharing"),
    "security-classification": ("Te Whakarōpūtanga Haumaru", "Security classification"),
    "security-controls": ("Ngā Whakaritenga Haumaru", "Security controls"),
    "tikanga": ("Ngā Whakaaro ā-Tikanga", "Tikanga considerations"),
    "retention-disposal": ("Te Pupuri me te Whakakore Mōhiohio", "Retention and disposal of information shared"),
    "breach-management": ("Ngā Takahitanga Matatapu, Haumaru hoki", "Privacy and security breach management"),
    "conflicts-of-interest": ("Ngā Pānga Taupatupatu", "Managing conflicts of interest"),
    "relationship-management": ("Te Whakahaere Hononga me te Tirotiro", "Relationship management and oversight"),
    "review": ("Te Arotake", "Review"),
    "approval": ("Te Whakaaetanga me ngā Waitohu", "Approval and signatures"),
}

# alternative English headings some of the house's authors use
HEAD_ALT = {
    "attending-agencies": ("Ngā Tari ka Tae Mai", "Agencies attending the hui"),
    "meeting-purpose": ("Te Take o te Hui", "Meeting purpose"),
    "sharing-purpose": ("He aha i Whakawhitia ai ngā Mōhiohio", "Purpose of sharing"),
    "information-shared": ("Ngā Mōhiohio ka Tohatohahia", "Information shared"),
    "legal-authority": ("Te Mana ā-Ture", "Legal authority for sharing"),
    "use-of-information": ("Te Whakamahi i ngā Mōhiohio", "Use of information shared"),
    "transparency": ("Te Pūataata", "Transparency"),
    "method-of-sharing": ("Te Āhua o te Whakawhiti", "How information is shared"),
    "security-classification": ("Te Whakarōpūtanga Haumaru", "Security classification"),
    "security-controls": ("Ngā Ārai Haumaru", "Security controls"),
    "tikanga": ("Tikanga", "Tikanga"),
    "retention-disposal": ("Te Pupuri me te Whakangaro", "Retention and disposal"),
    "breach-management": ("Te Whakahaere Takahitanga", "Breach management"),
    "conflicts-of-interest": ("Ngā Pānga Taupatupatu", "Conflicts of interest"),
    "relationship-management": ("Ngā Kaiwhakahaere Hononga", "Relationship management"),
    "review": ("Te Arotake i te Kawa", "Review of this protocol"),
    "approval": ("Ngā Waitohu", "Approval"),
}


def sec(key, blocks, alt=False):
    mi, en = (HEAD_ALT if alt else HEAD)[key]
    return (key, mi, en, blocks)


NOT_AUTHORISE = P(
    "Kāore tēnei kawa i te whakamana i te whakawhiti mōhiohio. Ka tuhia e ia "
    "te ture e whakawhirinaki ai ia tari mō ia take, ā, ka tirohia e ia māngai "
    "kua tutuki ngā paearu o taua ture i mua i te whakawhiti.",
    "This protocol does not itself authorise any sharing. It records the law "
    "each agency relies on for each purpose, and each representative checks "
    "that the criteria of that law are met before sharing.")

NOT_AUTHORISE_2 = P(
    "Ehara i te mea mā tēnei kawa e whai mana ai te whakawhiti mōhiohio; kei ngā "
    "ture kei raro nei te mana. He rārangi tēnei o ngā ture e whakawhirinakitia "
    "ana mō ia take.",
    "The authority to share comes from the laws below, not from this protocol; "
    "the protocol records which law is relied on for each purpose.")


def use_blocks(v=1, negation=None):
    if v == 1:
        out = [
            P("Ka whakamahia ngā mōhiohio ka whakawhitia ki te hui mō ngā take o te "
              "whakawhiti anake kua whakaraupapatia i runga ake nei, ā, i roto anō i ngā "
              "here o te mana ā-ture mō taua take.",
              "Information shared at the hui is used only for the purposes of sharing "
              "set out above, and only as far as the legal authority for that purpose "
              "allows."),
            P("Kāore ngā tari e tāuru i ngā mōhiohio kua whakawhitia ki ā rātou ake "
              "pūnaha, pūkete rānei, engari mēnā e hiahiatia ana hei whakatutuki i tētahi "
              "mahi i whakaaetia ki te hui. Ki te tuhia e tētahi tari, ka tuhia anō te "
              "pūtake o ngā mōhiohio, te mana ā-ture i whakawhitia ai, te take i "
              "whakawhitia ai, ngā here o tōna whakamahinga, me te rā i whakawhitia ai.",
              "Attending agencies do not enter shared information into their own "
              "systems or records unless they need it to carry out an action agreed at "
              "the hui. Where an agency does record it, the record notes where the "
              "information came from, the legal authority it was shared under, the "
              "purpose it was shared for, any limits on its use, and the date it was "
              "shared."),
            P("Mō ētahi atu whakamahinga, tae atu ki te whakamahinga tuarua mō tētahi "
              "take kāore i te hāngai, me aromatawai anō te take me te mana ā-ture, me te "
              "tīma matatapu, tīma ture rānei o te tari, i mua i te whakamahinga.",
              "Any other use, including a secondary use for an unrelated purpose, needs "
              "its own assessment of purpose and legal authority with the agency's "
              "privacy or legal team before it happens."),
        ]
    else:
        out = [
            P("Ka whakamahia ngā mōhiohio i whakawhitia ki te hui mō te take anake i "
              "whakawhitia ai, e ai ki ngā take o te whakawhiti, ā, i roto i ngā here o te "
              "mana ā-ture mō taua take.",
              "Information shared at the hui may be used only for the purpose it was "
              "shared for, as set out in the purposes of sharing, and within what the "
              "legal authority for that purpose allows."),
            P("Ka tuhia e tētahi tari ngā mōhiohio kua whakawhitia ki tōna ake pūnaha "
              "mēnā e hiahiatia ana hei kawe i tētahi mahi i whakaaetia e ia ki te hui "
              "anake, ā, ka tuhia te pūtake, te mana ā-ture, te take, ngā here o te "
              "whakamahinga me te rā i whakawhitia ai.",
              "An agency records shared information in its own system only when it "
              "needs it to carry out an action it agreed to at the hui, and notes the "
              "source, the legal authority, the purpose, any restrictions on use and "
              "the date shared."),
            P("I mua i tētahi whakamahinga tuarua, ka whiriwhiria e te tari te take me "
              "te mana ā-ture mō taua whakamahinga, me tōna tīma matatapu, tīma ture "
              "rānei.",
              "Before any secondary use, the agency works through the purpose and "
              "legal authority for that use with its privacy or legal team."),
        ]
    if negation:
        out.insert(2, negation)
    return out


def transparency_blocks(who_mi, who_en_is, teller_mi, teller_en):
    return [
        P(f"I mua i te hui, ka whakamōhiotia {who_mi} ka kōrerotia rātou ki te hui, ko "
          "ēhea ngā tari ka tae mai, he aha i whakawhitia ai ngā mōhiohio, me pēhea te "
          "tono kia kite, kia whakatika rānei i ngā mōhiohio mō rātou. Mā "
          f"{teller_mi} tēnei e mahi, ā, he kanohi ki te kanohi te nuinga o te wā.",
          f"Before the hui, {who_en_is} told "
          "that the hui will discuss them, which agencies attend, why information is "
          "shared, and how to ask for access to or correction of information about "
          f"them. {teller_en} does this, usually kanohi ki te kanohi."),
        P("Ki te mōrearea te haumaru o tētahi tangata, ki te whakararu rānei i te "
          "tiaki i te ture mēnā ka whakamōhiotia rātou, ka tuhia e te tari te take, ā, "
          "ka tirohia anō taua whakatau ki te hui e whai ake nei. Kei te tauākī "
          "matatapu o ia tari ka tae mai e kī ana kei te whai wāhi ia ki tēnei hui.",
          "Where telling them would put anyone's safety at risk, or would prejudice "
          "the maintenance of the law, the agency records why and the decision is "
          "revisited at the next hui. Each attending agency's privacy statement "
          "records that it takes part in this hui."),
    ]


def method_blocks(lister_mi, lister_en, list_mi, list_en, days_mi, days_en,
                  venue_mi, venue_en, email_mi=None, email_en=None):
    out = [
        P(f"Ka īmērahia e {lister_mi} te rārangi o {list_mi} ka kōrerotia ki ngā "
          f"māngai o ngā tari ka tae mai, {days_mi} i mua i te hui.",
          f"{lister_en} emails the list of {list_en} to be discussed to attending "
          f"agency representatives {days_en} before the hui."),
        P("Ki tua atu, ka whakawhitia ā-waha ngā mōhiohio ki te hui, ka tū "
          f"{venue_mi}. Ka tukuna ngā mahi i whakaaetia ki te hui ki ngā tari anake e "
          "kawe ana i aua mahi, i muri i te hui.",
          "Information is otherwise shared verbally at the hui, which is held "
          f"{venue_en}. Actions agreed at the hui are sent afterwards only to the "
          "agencies responsible for them."),
    ]
    if email_mi:
        out.append(P(email_mi, email_en))
    return out


def classification_blocks(level, v=1):
    out = [P(f"Ko te whakarōpūtanga haumaru o ngā mōhiohio ka whakawhitia ki te hui: **{level}**.",
             f"Information shared at the hui is classified **{level}**.")]
    if v == 1:
        out.append(P(
            f"Ka tohua ngā īmēra me ngā tuhinga ki te {level}, ā, ka whakahaere ngā tari "
            "kāwanatanga i ngā mōhiohio i raro i ngā Protective Security Requirements. "
            "Kua whakaū ngā tari ehara i te kāwanatanga ka taea e rātou te whiwhi me te "
            "whakahaere i ngā mōhiohio i tēnei taumata.",
            f"Emails and documents are marked {level}, and government agencies handle "
            "the information under the Protective Security Requirements. The "
            "non-government attending agencies have confirmed that they can receive "
            "and handle information at this level."))
    else:
        out.append(P(
            "Ka whakahaerehia ngā mōhiohio e ngā tari katoa e ai ki ngā whakaritenga "
            "mō tēnei taumata, ā, ka tāpirihia te tohu ki te rārangi kaupapa o ia īmēra.",
            "All agencies handle the information under the handling requirements for "
            "this level, and the marking is added to the subject line of every email."))
    return out


CONTROLS = {
    1: {
        "training": ("Kua oti i ia māngai o ngā tari te whakangungu matatapu me te "
                     "haumaru mōhiohio a tōna tari i mua i tōna taenga mai ki te hui.",
                     "Every attending agency representative has completed their "
                     "agency's privacy and information security training before "
                     "attending the hui."),
        "hardcopy-destruction": ("Ka kohia ngā kape pepa ka mauria mai ki te hui, ā, "
                                 "ka haehaea haumarutia i te mutunga o te hui.",
                                 "Any paper copies brought to the hui are collected "
                                 "and securely shredded at the end of the hui."),
        "password-protection": ("Ka whakamahia he kupuhipa ki ngā tāpiritanga īmēra e "
                                "mau ana i ngā mōhiohio whaiaro, ā, ka tukuna motuhake "
                                "te kupuhipa.",
                                "Email attachments that contain personal information "
                                "are password protected, and the password is sent "
                                "separately."),
        "approved-devices": ("Ka whakawhitia ngā mōhiohio mā ngā taputapu anake kua "
                             "whakaaetia e te tari o te māngai.",
                             "Information is shared only from devices approved by "
                             "the representative's own agency."),
        "virtual-meeting": ("Ina tū te hui mā te ipurangi, kaua tētahi e tuhi mōhiohio "
                            "whaiaro ki te wāhi kōrerorero (chat), kaua e hopu i te hui, "
                            "kaua hoki e tango whakaahua o te mata.",
                            "When the hui is held online, no one puts personal "
                            "information in the chat, records the hui or takes "
                            "screenshots."),
        "hardcopy-distribution": ("Kāore e hoatu ngā kape pepa ki ngā māngai o ētahi "
                                  "atu tari.",
                                  "Paper copies are not handed to representatives of "
                                  "other agencies."),
    },
    2: {
        "training": ("Ka whakaoti ngā māngai i ngā akoranga whakangungu matatapu me te "
                     "haumaru mōhiohio a tō rātou tari i mua i tō rātou hui tuatahi.",
                     "Representatives complete their agency's privacy and information "
                     "security training modules before their first hui."),
        "hardcopy-destruction": ("Ka whakangaromia haumarutia ngā mōhiohio pepa i te "
                                 "mutunga o ia hui.",
                                 "Hard copy information is securely destroyed at the "
                                 "end of each hui."),
        "password-protection": ("Ka whakamahia he kupuhipa ki ngā tāpiritanga īmēra "
                                "katoa e mau ana i ngā mōhiohio whaiaro.",
                                "All email attachments containing personal information "
                                "are password protected."),
        "approved-devices": ("Ka whakawhitia ngā mōhiohio mā ngā taputapu kua "
                             "whakaaetia e te tari anake.",
                             "Information is shared only from agency-approved devices."),
        "virtual-meeting": ("I ngā hui ā-ipurangi, kāore e tuhia ngā mōhiohio whaiaro "
                            "ki te wāhi kōrerorero (chat), ā, kāore tētahi e hopu i te "
                            "hui, e tango whakaahua mata rānei.",
                            "In online hui, personal information is not put in the chat "
                            "function, and no one records the hui or takes screenshots."),
        "hardcopy-distribution": ("Kāore e hoatu ngā kape pepa ki ngā māngai o ētahi "
                                  "atu tari ka tae mai.",
                                  "Hard copies are not given to representatives of other "
                                  "attending agencies."),
    },
}
CONTROL_ORDER = ["training", "hardcopy-destruction", "password-protection",
                 "approved-devices", "virtual-meeting", "hardcopy-distribution"]


def controls_blocks(v=1, omit=(), extra=None, split=False):
    items = [CONTROLS[v][k] for k in CONTROL_ORDER if k not in omit]
    if extra:
        items += extra
    intro = P("Ka pā ēnei whakaritenga haumaru iti rawa ki ngā whakawhitinga katoa mō "
              "te hui:",
              "The following minimum security controls apply to all sharing for the hui:")
    if not split:
        return [intro, UL([i[0] for i in items], [i[1] for i in items])]
    # split into requirements / restrictions sub-lists (as the template does)
    req = [i for i in items[:3]]
    res = [i for i in items[3:]]
    return [
        intro,
        P("**Ngā herenga**", "**Requirements**"),
        UL([i[0] for i in req], [i[1] for i in req]),
        P("**Ngā here**", "**Restrictions**"),
        UL([i[0] for i in res], [i[1] for i in res]),
    ]


def tikanga_blocks(adv_mi, adv_en, v=1):
    if v == 1:
        return [
            P("He taonga ngā mōhiohio mō ngā whānau Māori. Ka tīmata, ka mutu te hui "
              "ki te karakia, ka kōrerotia ngā whānau i runga i te whakaute, ā, ka "
              "whakawhitia ngā mōhiohio whakapapa mēnā e hiahiatia ana mō tētahi take o "
              "te whakawhiti anake, me te whakaaetanga o te whānau ina haumaru te tono "
              "atu.",
              "Information about whānau Māori is taonga. The hui opens and closes with "
              "karakia, whānau are spoken of with respect, and whakapapa information is "
              "shared only where it is needed for a purpose of sharing, with the "
              "agreement of the whānau where it is safe to seek it."),
            P(f"Mā {adv_mi} e tohutohu te hui mō ngā tikanga, ā, ka whakahaerehia ngā "
              "raraunga Māori ka whakawhitia ki te hui e ai ki ngā tikanga mana raraunga "
              "Māori o ngā tari.",
              f"{adv_en} advises the hui on tikanga, and Māori data shared at the hui is "
              "handled in line with the Māori data governance practices of the "
              "agencies."),
        ]
    return [
        P("Ka whakahaerehia te hui kia tiakina te mana o ngā whānau. Mā "
          f"{adv_mi} e ārahi ngā tikanga o te hui, tae atu ki te karakia me te "
          "whakawhanaungatanga, ā, māna e tohutohu ina he tapu ngā mōhiohio, ina "
          "puritia tahitia rānei e te whānau, te hapū, te iwi rānei.",
          "The hui is held in a way that upholds the mana of whānau. "
          f"{adv_en} guides the tikanga of the hui, including karakia and "
          "whakawhanaungatanga, and advises when information is tapu or is held "
          "collectively by whānau, hapū or iwi."),
        P("Ka tiakina ngā raraunga Māori ka whakawhitia ki te hui hei taonga, ā, ka "
          "whakahaerehia i raro i ngā tikanga mana raraunga Māori o ia tari ka tae mai.",
          "Māori data shared at the hui is treated as taonga and handled under the "
          "Māori data governance practices of each attending agency."),
    ]


def retention_blocks(lead_mi, lead_en, extra=None):
    out = [
        P("Ka pupuri ngā tari i ngā mōhiohio kua whakawhitia mēnā e hiahiatia ana hei "
          "whakatutuki i tētahi take o te hui anake. Ka rokirokitia ngā mōhiohio ka "
          "puritia ki te pūnaha pakihi kua whakaaetia o te tari, kātahi ka mukua "
          "haumarutia te kape i tae mai mā te īmēra.",
          "Agencies keep shared information only if they need it to carry out a "
          "purpose of the hui. Information kept is stored in the agency's approved "
          "business system, and the copy received by email is then securely deleted."),
        P("Ka puritia ngā mōhiohio mō te roanga o te wā e hiahiatia ana e taua take "
          "anake, ā, ka whakakorehia i raro i te mana pupuri, whakakore o ia tari. Mā "
          f"{lead_mi} e pupuri te rārangi take, te rārangi mahi me ngā meneti o te hui "
          "ki tōna pūnaha pūkete, ā, ka whakakorehia i raro i tāna ake rārangi "
          "whakakore.",
          "Information is held only for as long as that purpose requires and is "
          "disposed of under each agency's retention and disposal authority. "
          f"{lead_en} keeps the agenda, action log and minutes of the hui in its "
          "records system and disposes of them under its own disposal schedule."),
    ]
    if extra:
        out.extend(extra)
    return out


def breach_blocks(contact_mi, contact_en, as_table=None):
    first = P("Ki te puta, ki te whakapaetia rānei tētahi takahitanga matatapu, haumaru "
              "rānei e pā ana ki ngā mōhiohio i whakawhitia ki te hui, me whakamōhio "
              "tonu te māngai ki te kaiwhakapā mō ngā takahitanga. Ko te kaiwhakapā mō "
              f"ngā takahitanga ko {contact_mi}.",
              "If a privacy or security breach involving information shared at the hui "
              "happens or is suspected, the representative tells the breach contact "
              f"straight away. The breach contact is {contact_en}.")
    out = [first]
    if as_table:
        out = [P("Ki te puta, ki te whakapaetia rānei tētahi takahitanga matatapu, "
                 "haumaru rānei e pā ana ki ngā mōhiohio i whakawhitia ki te hui, me "
                 "whakamōhio tonu te māngai ki te kaiwhakapā mō ngā takahitanga:",
                 "If a privacy or security breach involving information shared at the "
                 "hui happens or is suspected, the representative tells the breach "
                 "contact straight away:"),
               as_table]
    out.append(P(
        "Ka mahi tahi ngā tari e pā ana ki te aukati i te takahitanga, ki te whakatau "
        "he aha hei kōrero ki te hunga kua pāngia, ki te aromatawai hoki mēnā he "
        "takahitanga matatapu me whakamōhio. Mā te tari e pupuri ana i ngā mōhiohio "
        "kua pāngia e whakamōhio te Privacy Commissioner (Te Mana Mātāpono Matatapu) "
        "mō tētahi takahitanga me whakamōhio, i te wā tōtika tonu.",
        "The agencies involved work together to contain the breach, decide what to "
        "tell the people affected, and assess whether it is a notifiable privacy "
        "breach. The agency that holds the affected information notifies the Privacy "
        "Commissioner of a notifiable breach as soon as practicable."))
    return out


def conflicts_blocks():
    return [
        P("Ki te mōhio tētahi māngai ki tētahi tangata e kōrerotia ana, ki te whai "
          "pānga taupatupatu rānei, ahakoa he pono, he whakaaro noa rānei, me "
          "whakamōhio ia ki te kaiwhakahaere o te hui i te wā tonu ka mōhio ia, me "
          "tuku i tētahi tono mōhiohio ki tētahi hoa mahi o tōna tari, ā, me wehe ia i "
          "te hui i te wā e kōrerotia ana taua tangata.",
          "A representative who knows a person being discussed, or has any other "
          "actual or perceived conflict of interest, tells the facilitator as soon as "
          "they become aware of it, passes any request for information to a colleague "
          "in their agency, and leaves the hui while that person is discussed."),
        P("Ka tuhia e te kaiwhakahaere te taupatupatu me te āhua o tōna whakahaerenga "
          "ki te rārangi mahi.",
          "The facilitator records the conflict and how it was managed in the action "
          "log."),
    ]


def relationship_blocks(lead_mi, lead_en):
    return [P(
        "Ka tohua e ia tari ka tae mai tētahi kaiwhakahaere hononga, ā, ka tukuna "
        f"tōna ingoa ki {lead_mi}. Ka mārama ngā kaiwhakahaere hononga ki te take o te "
        "hui, ka tautoko rātou i tō rātou māngai ki ngā take whakawhiti mōhiohio (tae "
        "atu ki te whakapā atu ki tō rātou tīma matatapu, tīma ture rānei), ā, ka "
        "tirotiro tahi rātou me tō rātou māngai, kia kotahi te wā i ia ono marama neke "
        "atu, kei te tika te haere o te kawa.",
        "Each attending agency nominates a relationship manager and gives their name "
        f"to {lead_en}. Relationship managers understand the purpose of the hui, "
        "support their representative with any information sharing issue (including "
        "by liaising with their privacy or legal team), and check in with their "
        "representative at least every six months that the protocol is working as "
        "intended.")]


def review_blocks(n_mi, n_en, owner_mi, owner_en, first=None):
    out = []
    if first:
        out.append(first)
    else:
        out.append(P(
            f"Ka arotakehia tēnei kawa i ia {n_mi} mai i te rā o te waitohu "
            "whakamutunga, ā, i mua atu ki te panoni te ture, ngā tari ka tae mai, te "
            f"take rānei o te hui. Kei a {owner_mi} te kawenga ki te tīmata i te "
            "arotake. Ka taea e tētahi tari ka tae mai te tono arotake i ngā wā katoa "
            "ki te puta he raru i te whakawhitinga.",
            f"This protocol is reviewed every {n_en} from the date of the last "
            "signature, and earlier if the law, the attending agencies or the purpose "
            f"of the hui change. {owner_en} is responsible for initiating the review. "
            "Any attending agency may ask for a review at any time if a problem with "
            "the sharing arises."))
    out.append(P(
        "Ka tirohia e te arotake mēnā e hiahiatia tonutia ana te whakawhitinga, kāore "
        "anō kia panoni ōna take me tōna whakamahinga, ā, kei te whakawhitia "
        "haumarutia tonutia ngā mōhiohio; kātahi ka tukuna te kawa hou kua waitohua ki "
        "ia tari ka tae mai.",
        "The review checks that the sharing is still needed, that its purposes and "
        "use have not changed, and that information is still shared securely; the "
        "signed updated protocol is then sent to every attending agency."))
    return out


APPROVAL_INTRO = P(
    "Ka whakaaetia tēnei kawa e ia tari ka tae mai mā tētahi tangata whai mana ki te "
    "waitohu mōna, i muri i te tohutohu a tōna tīma matatapu, ture, mōhiohio rānei. "
    "Ka whiwhi ia tari i tētahi kape kua waitohua mō tōna rēhita whakawhiti mōhiohio.",
    "Each attending agency approves this protocol through a person with the authority "
    "to sign for it, after advice from its privacy, legal or information team. Each "
    "agency receives a signed copy for its information sharing register.")


def agencies_blocks(agencies, lead, lead_desc=True, intro=None):
    """agencies: list of names; lead: name of lead (marked in list)."""
    mi_items = [f"{a} (tari ārahi)" if a == lead else a for a in agencies]
    en_items = [f"{a} (lead attending agency)" if a == lead else a for a in agencies]
    out = [
        intro or P("Ko ngā tari e whai ake nei ka tae ki te hui, ā, ka waitohu i tēnei kawa:",
                   "The following agencies attend the hui and sign this protocol:"),
        UL(mi_items, en_items),
    ]
    if lead_desc:
        out.append(P(
            f"Ko {lead} te tari ārahi. Nāna te hui e whakarite, ā, kei a ia te kawenga "
            "mō te whakawhanake me te whakatinana i tēnei kawa.",
            f"{lead} is the lead attending agency. It convenes the hui and is "
            "responsible for developing and implementing this protocol."))
    return out


def auth_table(rows_mi, rows_en):
    return TBL(["Take", "Mana ā-ture"], rows_mi, ["Purpose", "Legal authority"],
               rows_en, widths=[3.4, 4.6])


def auth_rows(items):
    """items: list of (mi_purpose, en_purpose, authority_mi, authority_en)."""
    out = []
    for i, (pm, pe, am, ae) in enumerate(items, 1):
        out.append(P(f"**Take {i}** — {pm}\nMana ā-ture: {am}",
                     f"**Purpose {i}** — {pe}\nLegal authority: {ae}"))
    return out


class ONLY:
    """Text that appears in one language's part only (sequential layout)."""

    def __init__(self, lang, text):
        self.lang, self.text = lang, text

    def render(self, cont, lang, ctx):
        if lang == self.lang:
            cpar(cont, self.text)


ORDER = ["attending-agencies", "meeting-purpose", "sharing-purpose",
         "information-shared", "legal-authority", "use-of-information",
         "transparency", "method-of-sharing", "security-classification",
         "security-controls", "tikanga", "retention-disposal",
         "breach-management", "conflicts-of-interest",
         "relationship-management", "review", "approval"]


def compose(c, omit=(), alt=False, intro=None):
    out = []
    if intro:
        out.append(("intro", HEAD["intro"][0], HEAD["intro"][1], intro))
    for key in ORDER:
        if key in omit:
            continue
        out.append(sec(key, c[key], alt=alt))
    return out


def purposes_ol(purposes):
    return [OL([p[0] for p in purposes], [p[1] for p in purposes])]


def info_list(pairs, tail=True):
    out = [UL([f"**{a}:** {mi}" for a, mi, en in pairs],
              [f"**{a}:** {en}" for a, mi, en in pairs])]
    if tail:
        out.append(P("Ko ngā mōhiohio e hāngai ana ki tētahi take o te whakawhiti anake "
                     "ka whakawhitia.",
                     "Only information relevant to a purpose of sharing is shared."))
    return out


def sig(agency, name, role, date, role_mi=None, date_fn=None):
    return {"agency": agency, "name": name, "role": role, "date": date,
            "role_mi": role_mi, "date_fn": date_fn}


D = dt.date

# =====================================================================
# Meeting content, by kind of hui
# =====================================================================

# ---- whānau safety (family violence) --------------------------------
FV_PURPOSES = [
    ("Ki te aromatawai i te tūraru o te tūkino ā-whānau ki ngā pakeke kua pāngia me "
     "ngā tamariki o tētahi whānau kua tukuna ki te hui.",
     "To assess the risk of family violence to adult victims and tamariki in a whānau "
     "referred to the hui."),
    ("Ki te aromatawai me te whakaiti i te tūraru o te kino ki ngā tamariki, me te "
     "whakamahere mō tō rātou haumaru me tō rātou oranga.",
     "To assess and reduce the risk of harm to tamariki and plan for their safety and "
     "wellbeing."),
    ("Ki te whakaae ki tētahi mahere haumaru whānau me ngā tautoko ka whakaratoa e ia "
     "tari.",
     "To agree a whānau safety plan and the support each agency will provide."),
]
FV_AUTH_MI = [["1. Aromatawai tūraru tūkino ā-whānau", "Family Violence Act 2018, s 20"],
              ["2. Te haumaru me te oranga o ngā tamariki", "Oranga Tamariki Act 1989, s 66C"],
              ["3. Mahere haumaru whānau me ngā tautoko",
               "Family Violence Act 2018, s 20; Privacy Act 2020, IPP 11(1)(f) ina he "
               "whakatuma taumaha"]]
FV_AUTH_EN = [["1. Assess family violence risk", "Family Violence Act 2018, s 20"],
              ["2. Safety and wellbeing of tamariki", "Oranga Tamariki Act 1989, s 66C"],
              ["3. Whānau safety plan and support",
               "Family Violence Act 2018, s 20; Privacy Act 2020, IPP 11(1)(f) where "
               "there is a serious threat"]]
FV_CRITERIA = P(
    "Ko ngā māngai e whakawhiti ana i raro i te Family Violence Act, i te Oranga "
    "Tamariki Act rānei, ka tirotiro kua tutuki i a rātou me te kaiwhiwhi ngā paearu o "
    "aua wāhanga.",
    "Representatives sharing under the Family Violence Act or the Oranga Tamariki Act "
    "check that they and the recipient meet the criteria of those provisions.")

FV_INFO = {
    "New Zealand Police": (
        "ngā kōrero mō ngā tūkino ā-whānau o mua, ngā ota tiaki me ngā here i "
        "whakatauria e te kōti, me te tūnga o te raihana pū.",
        "family violence history, protection orders and conditions set by the court, "
        "and firearms licence status."),
    "Oranga Tamariki": (
        "mēnā e mōhiotia ana te whānau e Oranga Tamariki, ngā mahi o nāianei, me ngā "
        "taipitopito whakapā o te kaitauwhiro.",
        "whether the whānau is known to Oranga Tamariki, current involvement, and the "
        "social worker's contact details."),
    "Health New Zealand | Te Whatu Ora": (
        "ngā taenga ki te hōhipera mō ngā whara e hāngai ana ki te tūkino ā-whānau, me "
        "te hapūtanga mēnā ka pā ki te tūraru.",
        "hospital presentations for injuries linked to family violence, and pregnancy "
        "where it affects risk."),
    "Ministry of Social Development": (
        "ngā āhuatanga whare noho me te moni whiwhi e pā ana ki te haumaru o te whānau.",
        "housing and income circumstances that affect the whānau's safety."),
    "Department of Corrections": (
        "ngā rā o te whiu me te tukunga, me ngā here o te probation, o te parole rānei "
        "mō te tangata e tūkino ana.",
        "sentence and release dates, and the probation or parole conditions of the "
        "person using violence."),
    "_lead": (
        "ngā hononga ki te whānau, ō rātou whakaaro me ō rātou hiahia, me ngā tautoko "
        "kua whakaritea kē.",
        "contact with the whānau, their views and wishes, and support already in "
        "place."),
}


def fv_content(p):
    lead = p["lead"]
    info = [(a, *(FV_INFO["_lead"] if a == lead else FV_INFO[a])) for a in p["agencies"]]
    c = {
        "attending-agencies": agencies_blocks(p["agencies"], lead),
        "meeting-purpose": [P(
            f"Ka tū te hui ia {p['freq_mi']} ki te aromatawai i te tūraru mō ngā whānau "
            "kua pūrongotia ki ngā Pirihimana mō te tūkino ā-whānau, ki te whakaae ki "
            "tētahi mahere haumaru mō ia whānau, ā, ki te whakarite i te tautoko a ia "
            "tari kia noho haumaru ai ngā pakeke me ngā tamariki.",
            f"The hui meets {p['freq_en']} to assess risk for whānau where family "
            "violence has been reported to Police, to agree a safety plan for each "
            "whānau, and to coordinate the support each agency provides so that adults "
            "and tamariki are safe.")],
        "sharing-purpose": purposes_ol(FV_PURPOSES),
        "information-shared": info_list(info),
        "legal-authority": [p.get("not_authorise", NOT_AUTHORISE),
                            auth_table(FV_AUTH_MI, FV_AUTH_EN), FV_CRITERIA],
        "use-of-information": use_blocks(p.get("use_v", 1)),
        "transparency": transparency_blocks(
            "te whānau", "the whānau is", p["teller_mi"], p["teller_en"]),
        "method-of-sharing": method_blocks(
            lead, lead, "ngā whānau", "whānau", "e rua rā mahi", "two working days",
            p["venue_mi"], p["venue_en"]),
        "security-classification": classification_blocks(p["classification"]),
        "security-controls": controls_blocks(p.get("controls_v", 1)),
        "tikanga": tikanga_blocks(p["tikanga_mi"], p["tikanga_en"], p.get("tikanga_v", 1)),
        "retention-disposal": retention_blocks(lead, lead),
        "breach-management": breach_blocks(p["breach_mi"], p["breach_en"]),
        "conflicts-of-interest": conflicts_blocks(),
        "relationship-management": relationship_blocks(lead, lead),
        "review": review_blocks(p["review_mi"], p["review_en"], lead,
                                f"{lead}, as lead attending agency,"),
        "approval": [APPROVAL_INTRO, p["sig_block"]],
    }
    return c


# ---- rangatahi panel ---------------------------------------------------
RT_PURPOSES = [
    ("Ki te whakatau mēnā e tika ana he mahi kē (alternative action) mō tētahi "
     "rangatahi, ā, ki te whakaae ki tētahi mahere me te rangatahi me tōna whānau.",
     "To decide whether alternative action is suitable for a rangatahi and to agree an "
     "alternative action plan with the rangatahi and their whānau."),
    ("Ki te whakarite i te tautoko mātauranga, hauora, ahurea, whānau hoki e whakatika "
     "ai i ngā pūtake o te hara.",
     "To arrange the education, health, cultural and whānau support that addresses the "
     "causes of the offending."),
]
RT_AUTH = [
    (RT_PURPOSES[0][0], RT_PURPOSES[0][1],
     "Oranga Tamariki Act 1989, s 66C; Privacy Act 2020, IPP 11(1)(e)(i)",
     "Oranga Tamariki Act 1989, s 66C; Privacy Act 2020, IPP 11(1)(e)(i)"),
    (RT_PURPOSES[1][0], RT_PURPOSES[1][1],
     "Oranga Tamariki Act 1989, s 66C", "Oranga Tamariki Act 1989, s 66C"),
]
RT_INFO = {
    "New Zealand Police": ("ngā taipitopito o te hara, ngā hononga o mua ki ngā "
                           "Pirihimana, me ngā whakaaro o te hunga i pāngia.",
                           "details of the offending, previous contact with Police, and "
                           "the views of victims."),
    "Oranga Tamariki": ("mēnā e mōhiotia ana te rangatahi e Oranga Tamariki, me tōna "
                        "tūnga tiaki.",
                        "whether the rangatahi is known to Oranga Tamariki, and their "
                        "care status."),
    "Ministry of Education": ("te whakaurunga ki te kura, te taenga ki te kura, me ngā "
                              "whakatārewatanga.",
                              "school enrolment, attendance, and any stand-downs or "
                              "suspensions."),
    "Health New Zealand | Te Whatu Ora": ("ngā hiahia hauora, waranga hoki e mōhiotia "
                                          "ana e te ratonga hauora taiohi.",
                                          "health and alcohol and other drug needs known "
                                          "to the youth health service."),
    "_iwi": ("ngā hononga whakapapa me ngā tautoko ahurea e wātea ana, me te "
             "whakaaetanga o te whānau.",
             "whakapapa connections and the cultural support available, with the "
             "whānau's agreement."),
    "_provider": ("te whai wāhi a te rangatahi ki ngā hōtaka, me tōna ahunga whakamua.",
                  "the rangatahi's engagement with programmes and their progress."),
}


def rt_content(p):
    lead = p["lead"]
    info = []
    for a in p["agencies"]:
        key = p.get("roles", {}).get(a, a)
        info.append((a, *RT_INFO[key]))
    c = {
        "attending-agencies": agencies_blocks(p["agencies"], lead),
        "meeting-purpose": [P(
            f"Ka hui te paepae ia rua wiki ki te whiriwhiri i ngā rangatahi 10 ki te 17 "
            "tau te pakeke kua tukuna mai e Police Youth Aid, ā, ki te whakaae tahi me "
            "rātou me ō rātou whānau ki tētahi urupare e noho haepapa ai rātou, e "
            "whakatikaina ai te kino i pā, ā, e noho ai rātou ki waho i te kōti taiohi, "
            "ina haumaru.",
            "The panel meets fortnightly to consider rangatahi aged 10 to 17 referred by "
            "Police Youth Aid, and to agree with them and their whānau a response that "
            "holds them to account, puts right the harm done, and keeps them out of the "
            "Youth Court where that is safe.")],
        "sharing-purpose": purposes_ol(RT_PURPOSES),
        "information-shared": info_list(info),
        "legal-authority": [NOT_AUTHORISE_2] + auth_rows(RT_AUTH),
        "use-of-information": use_blocks(p.get("use_v", 2)),
        "transparency": transparency_blocks(
            "te rangatahi me tōna whānau", "the rangatahi and their whānau are",
            p["teller_mi"], p["teller_en"]),
        "method-of-sharing": method_blocks(
            p["lister"], p["lister"], "ngā rangatahi", "rangatahi", "e toru rā mahi",
            "three working days", p["venue_mi"], p["venue_en"]),
        "security-classification": classification_blocks(p["classification"], v=2),
        "security-controls": controls_blocks(p.get("controls_v", 2), split=True),
        "tikanga": tikanga_blocks(p["tikanga_mi"], p["tikanga_en"], v=2),
        "retention-disposal": retention_blocks(lead, lead),
        "breach-management": breach_blocks(p["breach_mi"], p["breach_en"]),
        "conflicts-of-interest": conflicts_blocks(),
        "relationship-management": relationship_blocks(lead, lead),
        "review": review_blocks(p["review_mi"], p["review_en"], lead,
                                f"{lead}, as lead attending agency,"),
        "approval": [APPROVAL_INTRO, p["sig_block"]],
    }
    return c


# ---- kura attendance -----------------------------------------------------
KU_PURPOSES = [
    ("Ki te mārama he aha i kore ai tētahi ākonga e tae ki te kura, ā, he aha ngā "
     "hiahia o te whānau hei tautoko i te taenga.",
     "To understand why an ākonga is not attending and what the whānau needs to support "
     "attendance."),
    ("Ki te aromatawai me te urupare ki tētahi tūraru ki te oranga, ki te haumaru "
     "rānei o te ākonga.",
     "To assess and respond to any risk to the wellbeing or safety of the ākonga."),
    ("Ki te whakarite i te tautoko moni whiwhi, whare noho, waka hoki mō te whānau.",
     "To arrange income, housing or transport support for the whānau."),
]
KU_AUTH_MI = [["1. Mārama ki ngā ārai", "Privacy Act 2020, IPP 11(1)(a) me IPP 11(1)(d)"],
              ["2. Oranga me te haumaru o te ākonga", "Oranga Tamariki Act 1989, s 66C"],
              ["3. Tautoko mō te whānau",
               "Privacy Act 2020, IPP 11(1)(d) (me te whakaaetanga a te whānau)"]]
KU_AUTH_EN = [["1. Understand barriers", "Privacy Act 2020, IPP 11(1)(a) and IPP 11(1)(d)"],
              ["2. Wellbeing and safety of the ākonga", "Oranga Tamariki Act 1989, s 66C"],
              ["3. Support for the whānau",
               "Privacy Act 2020, IPP 11(1)(d) (with the whānau's authorisation)"]]
KU_INFO = {
    "_kura": ("ngā pūkete taenga, te whakaurunga, ngā hiahia tautoko ako, me ngā "
              "tuhipoka manaaki e hāngai ana ki te taenga.",
              "attendance records, enrolment, learning support needs, and pastoral notes "
              "relevant to attendance."),
    "Ministry of Education": ("te hītori whakaurunga puta noa i ngā kura, me ngā "
                              "tononga ki te ratonga taenga.",
                              "enrolment history across schools, and referrals to the "
                              "attendance service."),
    "Oranga Tamariki": ("mēnā e mōhiotia ana te ākonga e Oranga Tamariki, me ngā mahi "
                        "o nāianei.",
                        "whether the ākonga is known to Oranga Tamariki, and current "
                        "involvement."),
    "Ministry of Social Development": ("ngā āhuatanga moni whiwhi, whare noho hoki o te "
                                       "whānau, me te whakaaetanga a te whānau.",
                                       "the whānau's income and housing circumstances, "
                                       "with the whānau's authorisation."),
    "Health New Zealand | Te Whatu Ora": ("ngā hiahia hauora e pā ana ki te taenga, e "
                                          "mōhiotia ana e te nēhi hauora tūmatanui.",
                                          "health needs affecting attendance known to the "
                                          "public health nurse."),
    "_lead": ("ngā hua o ngā toronga ā-kāinga, me ngā whakaaro o te whānau.",
              "the outcome of home visits, and the views of the whānau."),
}


def ku_content(p):
    lead = p["lead"]
    info = []
    for a in p["agencies"]:
        key = "_lead" if a == lead else p.get("roles", {}).get(a, a)
        info.append((a, *KU_INFO[key]))
    c = {
        "attending-agencies": agencies_blocks(p["agencies"], lead),
        "meeting-purpose": [P(
            "Ka hui ia marama ki te mahi tahi me ngā ākonga e kore e tae auau ki te kura "
            "(neke atu i te 30 ōrau o te wāhanga kāore i tae mai) me ō rātou whānau, kia "
            "mārama ai ki ngā mea e ārai ana, ā, kia whakaaetia he mahere e hoki ai te "
            "ākonga ki te ako.",
            "The hui meets monthly to work with ākonga who are regularly not attending "
            "kura (absent for more than 30 percent of the term) and their whānau, to "
            "understand what is getting in the way and to agree a plan that gets the "
            "ākonga back to learning.")],
        "sharing-purpose": purposes_ol(KU_PURPOSES),
        "information-shared": info_list(info),
        "legal-authority": [NOT_AUTHORISE, auth_table(KU_AUTH_MI, KU_AUTH_EN)],
        "use-of-information": use_blocks(1),
        "transparency": transparency_blocks(
            "te ākonga me tōna whānau", "the ākonga and their whānau are",
            p["teller_mi"], p["teller_en"]),
        "method-of-sharing": method_blocks(
            lead, lead, "ngā ākonga", "ākonga", "e rua rā mahi", "two working days",
            p["venue_mi"], p["venue_en"], p.get("email_mi"), p.get("email_en")),
        "security-classification": classification_blocks(p["classification"]),
        "security-controls": controls_blocks(p.get("controls_v", 1),
                                             omit=p.get("omit_controls", ())),
        "tikanga": tikanga_blocks(p["tikanga_mi"], p["tikanga_en"], p.get("tikanga_v", 1)),
        "retention-disposal": retention_blocks(lead, lead),
        "breach-management": breach_blocks(p["breach_mi"], p["breach_en"]),
        "conflicts-of-interest": conflicts_blocks(),
        "relationship-management": relationship_blocks(lead, lead),
        "review": review_blocks(p["review_mi"], p["review_en"], lead,
                                f"{lead}, as lead attending agency,"),
        "approval": [APPROVAL_INTRO] + p["sig_blocks"],
    }
    return c


# ---- kaumātua / elder abuse ------------------------------------------------
KA_PURPOSES = [
    ("Ki te aromatawai i te tūraru o te tūkino, o te whakahapa rānei ki tētahi "
     "kaumātua kua tukuna ki te hui.",
     "To assess the risk of abuse or neglect to a kaumātua referred to the hui."),
    ("Ki te mahi wawe ina he whakatuma taumaha ki te ora, te hauora, te haumaru rānei "
     "o tētahi kaumātua.",
     "To act quickly where there is a serious threat to the life, health or safety of "
     "a kaumātua."),
    ("Ki te whakarite i ngā ratonga hauora, tautoko ā-kāinga, kaitaunaki hoki e "
     "whakaaetia ana e te kaumātua.",
     "To coordinate the health, home support and advocacy services that the kaumātua "
     "agrees to."),
    ("Ki te tiaki i te moni whiwhi me ngā rawa o tētahi kaumātua, tae atu ki te "
     "whakarite kia utua haumarutia tana NZ Super.",
     "To protect a kaumātua's income and property, including arranging for their NZ "
     "Super to be paid safely."),
]
KA_AUTH = [
    (KA_PURPOSES[0][0], KA_PURPOSES[0][1], "Family Violence Act 2018, s 20",
     "Family Violence Act 2018, s 20"),
    (KA_PURPOSES[1][0], KA_PURPOSES[1][1],
     "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)",
     "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)"),
    (KA_PURPOSES[2][0], KA_PURPOSES[2][1],
     "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)",
     "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)"),
    (KA_PURPOSES[3][0], KA_PURPOSES[3][1], "Privacy Act 2020, IPP 11(1)(d)",
     "Privacy Act 2020, IPP 11(1)(d)"),
]
KA_INFO = {
    "_lead": ("ngā hiahia o te kaumātua, te āhua o tōna whānau, me ngā āwangawanga kua "
              "puta.",
              "the kaumātua's wishes, their whānau situation, and the concerns raised."),
    "_advocacy": ("ngā aromatawai tūkino kaumātua me te hītori o te mahi kaitaunaki.",
                  "elder abuse assessments and advocacy history."),
    "New Zealand Police": ("ngā karanga ki ngā Pirihimana me ngā ota tiaki.",
                           "callouts and protection orders."),
    "Health New Zealand | Te Whatu Ora": ("ngā mate me te āheinga e pā ana ki te "
                                          "haumaru, me ngā taenga ki te hōhipera.",
                                          "health conditions and capacity relevant to "
                                          "safety, and hospital presentations."),
    "Ministry of Social Development": ("te whakaritenga utu o te NZ Super me ngā kaihoko "
                                       "(agents) kua tohua.",
                                       "NZ Super payment arrangements and any appointed "
                                       "agents."),
}


def ka_content(p):
    lead = p["lead"]
    info = []
    for a in p["agencies"]:
        key = "_lead" if a == lead else p.get("roles", {}).get(a, a)
        info.append((a, *KA_INFO[key]))
    c = {
        "attending-agencies": agencies_blocks(p["agencies"], lead),
        "meeting-purpose": [P(
            "Ka hui ia rua wiki ki te urupare ki ngā āwangawanga mō te tūkino, te "
            "whakahapa rānei i ngā kaumātua me ngā pakeke, ki te whakaae ki tētahi mahere "
            "e noho haumaru ai rātou, e tiakina ai tō rātou mana, ā, ki te whakarite i te "
            "tautoko a ia tari.",
            "The hui meets fortnightly to respond to concerns of abuse or neglect of "
            "kaumātua and older people, to agree a plan that keeps them safe and upholds "
            "their mana, and to coordinate the support each agency provides.")],
        "sharing-purpose": purposes_ol(KA_PURPOSES),
        "information-shared": info_list(info),
        "legal-authority": [NOT_AUTHORISE] + auth_rows(KA_AUTH),
        "use-of-information": use_blocks(p.get("use_v", 1), negation=p.get("negation")),
        "transparency": transparency_blocks(
            "te kaumātua me tōna whānau", "the kaumātua and their whānau are",
            p["teller_mi"], p["teller_en"]),
        "method-of-sharing": method_blocks(
            lead, lead, "ngā kaumātua", "kaumātua", "e rua rā mahi", "two working days",
            p["venue_mi"], p["venue_en"]),
        "security-classification": classification_blocks(p["classification"],
                                                         v=p.get("class_v", 1)),
        "security-controls": controls_blocks(p.get("controls_v", 1)),
        "tikanga": tikanga_blocks(p["tikanga_mi"], p["tikanga_en"], p.get("tikanga_v", 2)),
        "retention-disposal": retention_blocks(lead, lead),
        "breach-management": p.get("breach_blocks") or breach_blocks(p["breach_mi"], p["breach_en"]),
        "conflicts-of-interest": conflicts_blocks(),
        "relationship-management": relationship_blocks(lead, lead),
        "review": review_blocks(p["review_mi"], p["review_en"], lead,
                                f"{lead}, as lead attending agency,"),
        "approval": [APPROVAL_INTRO, p["sig_block"]],
    }
    return c


# ---- housing ---------------------------------------------------------------
HO_PURPOSES = [
    ("Ki te tautuhi i ngā hiahia whare o tētahi whānau, ā, ki te hono atu ki tētahi "
     "kāinga e tika ana.",
     "To identify the housing needs of a whānau and match them to a suitable home."),
    ("Ki te whakarite i te tautoko hauora, moni whiwhi hoki e hiahiatia ana e tētahi "
     "whānau kia mau tonu tō rātou rīhitanga.",
     "To coordinate the health and income support a whānau needs to sustain a "
     "tenancy."),
]
HO_AUTH = [
    (HO_PURPOSES[0][0], HO_PURPOSES[0][1],
     "Privacy Act 2020, IPP 11(1)(d) (ka whakaae te whānau ki te whakawhiti i te wā ka "
     "tukuna mai rātou)",
     "Privacy Act 2020, IPP 11(1)(d) (the whānau authorises the sharing when they are "
     "referred)"),
    (HO_PURPOSES[1][0], HO_PURPOSES[1][1],
     "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)",
     "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)"),
]
HO_INFO = {
    "Ministry of Social Development": ("te tūnga ki te rēhita whare, ngā karāti whare "
                                       "noho ohotata, me te penihana.",
                                       "housing register status, emergency housing "
                                       "grants, and benefit."),
    "Kāinga Ora – Homes and Communities": ("te hītori rīhitanga, ngā whare e wātea ana, "
                                           "me ngā nama rīti.",
                                           "tenancy history, available properties, and "
                                           "rent arrears."),
    "Health New Zealand | Te Whatu Ora": ("ngā hiahia hauora, hauātanga rānei e pā ana "
                                          "ki te whare noho, me te whakaaetanga a te "
                                          "whānau.",
                                          "health or disability needs that affect "
                                          "housing, with the whānau's authorisation."),
    "Porirua City Council": ("ngā whare kaumātua a te kaunihera e wātea ana, me ngā "
                             "raruraru o te takiwā e pā ana ki te whānau.",
                             "council pensioner housing available, and neighbourhood "
                             "issues affecting the whānau."),
    "_lead": ("te aromatawai hiahia o te whānau me ō rātou whāinga.",
              "the whānau needs assessment and their goals."),
}


def ho_content(p):
    lead = p["lead"]
    info = [(a, *(HO_INFO["_lead"] if a == lead else HO_INFO[a])) for a in p["agencies"]]
    c = {
        "attending-agencies": agencies_blocks(p["agencies"], lead),
        "meeting-purpose": [P(
            "Ka hui ia rua wiki ki te kimi kāinga haumaru, pūmau hoki mō ngā whānau "
            "kāinga kore, e noho ana ki te whare noho ohotata, e tata ana rānei ki te "
            "ngaro o tō rātou rīhitanga, ā, ki te whakaae ki te tautoko e mau tonu ai tō "
            "rātou kāinga.",
            "The hui meets fortnightly to find safe, lasting homes for whānau who are "
            "homeless, in emergency housing or at risk of losing their tenancy, and to "
            "agree the support that helps them keep a home.")],
        "sharing-purpose": purposes_ol(HO_PURPOSES),
        "information-shared": info_list(info),
        "legal-authority": [NOT_AUTHORISE] + auth_rows(HO_AUTH),
        "use-of-information": use_blocks(p.get("use_v", 2)),
        "transparency": transparency_blocks(
            "te whānau", "the whānau is", p["teller_mi"], p["teller_en"]),
        "method-of-sharing": method_blocks(
            lead, lead, "ngā whānau", "whānau", "e rua rā mahi", "two working days",
            p["venue_mi"], p["venue_en"]),
        "security-classification": classification_blocks(p["classification"], v=2),
        "security-controls": controls_blocks(p.get("controls_v", 2), split=True),
        "tikanga": tikanga_blocks(p["tikanga_mi"], p["tikanga_en"], v=1),
        "retention-disposal": retention_blocks(lead, lead),
        "breach-management": breach_blocks(p["breach_mi"], p["breach_en"]),
        "conflicts-of-interest": conflicts_blocks(),
        "relationship-management": relationship_blocks(lead, lead),
        "review": review_blocks(p["review_mi"], p["review_en"], lead,
                                f"{lead}, as lead attending agency,"),
        "approval": [APPROVAL_INTRO] + p["sig_blocks"],
    }
    return c


# ---- mental health and addiction -------------------------------------------
MH_PURPOSES = [
    ("Ki te whakaae ki tētahi mahere tiaki whakarite me ngā tāngata whaiora me ō rātou "
     "whānau.",
     "To agree a coordinated care plan with tangata whaiora and their whānau."),
    ("Ki te urupare ki tētahi whakatuma taumaha ki te haumaru o ngā tāngata whaiora, o "
     "ētahi atu tāngata rānei.",
     "To respond to a serious threat to the safety of tangata whaiora or other people."),
    ("Ki te whakarite i te tautoko whare noho, moni whiwhi hoki e taea ai te "
     "whakaoranga.",
     "To arrange housing and income support that makes recovery possible."),
]
MH_AUTH_MI = [["1. Mahere tiaki whakarite",
               "Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, "
               "IPP 11(1)(d)"],
              ["2. Whakatuma taumaha",
               "Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, "
               "IPP 11(1)(f)"],
              ["3. Tautoko whare noho, moni whiwhi", "Privacy Act 2020, IPP 11(1)(d)"]]
MH_AUTH_EN = [["1. Coordinated care plan",
               "Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, "
               "IPP 11(1)(d)"],
              ["2. Serious threat",
               "Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, "
               "IPP 11(1)(f)"],
              ["3. Housing and income support", "Privacy Act 2020, IPP 11(1)(d)"]]
MH_INFO = {
    "Health New Zealand | Te Whatu Ora": ("te mate me te mahere maimoa e hāngai ana ki "
                                          "te whakarite tiaki, te aromatawai tūraru o "
                                          "nāianei, me te tūnga maimoa whakature.",
                                          "diagnosis and treatment plan as far as they "
                                          "bear on coordinating care, the current risk "
                                          "assessment, and compulsory treatment status."),
    "New Zealand Police": ("ngā karanga o nā tata nei me ngā āwangawanga haumaru.",
                           "recent callouts and safety concerns."),
    "Ministry of Social Development": ("te penihana me ngā karāti taumahatanga.",
                                       "benefit and hardship grants."),
    "Kāinga Ora – Homes and Communities": ("te āhua o te rīhitanga.",
                                           "the tenancy situation."),
    "_lead": ("te whai wāhi ki ngā ratonga kaupapa Māori, me ngā whakaaro o te whānau.",
              "engagement with kaupapa Māori services, and the views of the whānau."),
}


def mh_content(p):
    lead = p["lead"]
    info = [(a, *(MH_INFO["_lead"] if a == lead else MH_INFO[a])) for a in p["agencies"]]
    auth_mi = p.get("auth_mi", MH_AUTH_MI)
    auth_en = p.get("auth_en", MH_AUTH_EN)
    c = {
        "attending-agencies": p.get("agencies_blocks") or agencies_blocks(p["agencies"], lead),
        "meeting-purpose": [P(
            "Ka hui ia wiki ki te whakamahere i te tiaki whakarite mō ngā tāngata "
            "whaiora he uaua ō rātou hiahia hauora hinengaro, waranga hoki, e whai wāhi "
            "ana ki ngā ratonga maha, kia haumaru, kia tūhono ai tō rātou tiaki.",
            "The hui meets weekly to plan coordinated care for tangata whaiora with "
            "complex mental health and addiction needs who are involved with several "
            "services, so that their care is safe and joined up.")],
        "sharing-purpose": purposes_ol(MH_PURPOSES),
        "information-shared": info_list(info),
        "legal-authority": [NOT_AUTHORISE, auth_table(auth_mi, auth_en)],
        "use-of-information": use_blocks(p.get("use_v", 1)),
        "transparency": transparency_blocks(
            "te tangata whaiora me tōna whānau", "the tangata whaiora and their whānau are",
            p["teller_mi"], p["teller_en"]),
        "method-of-sharing": method_blocks(
            lead, lead, "ngā tāngata whaiora", "tangata whaiora", "e rua rā mahi",
            "two working days", p["venue_mi"], p["venue_en"]),
        "security-classification": p.get("class_blocks") or classification_blocks(p["classification"]),
        "security-controls": controls_blocks(p.get("controls_v", 1)),
        "tikanga": tikanga_blocks(p["tikanga_mi"], p["tikanga_en"], p.get("tikanga_v", 1)),
        "retention-disposal": retention_blocks(lead, lead),
        "breach-management": p.get("breach_blocks") or breach_blocks(p["breach_mi"], p["breach_en"]),
        "conflicts-of-interest": conflicts_blocks(),
        "relationship-management": relationship_blocks(lead, lead),
        "review": p.get("review_blocks") or review_blocks(
            p["review_mi"], p["review_en"], lead, f"{lead}, as lead attending agency,"),
        "approval": [APPROVAL_INTRO, p["sig_block"]],
    }
    return c


# ---- reintegration -----------------------------------------------------------
RE_PURPOSES = [
    ("Ki te whakamahere i te tautoko whare noho, moni whiwhi, hauora hoki mō te tukunga "
     "o te tangata.",
     "To plan accommodation, income and health support for the person's release."),
    ("Ki te whakahaere i ngā here o te tukunga me ngā tūraru ki te haumaru o te "
     "tangata, o tōna whānau, o te hapori rānei.",
     "To manage release conditions and any risk to the safety of the person, their "
     "whānau or the community."),
    ("Ki te hono anō i te tangata ki tōna whānau, hapū, iwi hoki, ki te hiahia ia.",
     "To reconnect the person with their whānau, hapū and iwi where they wish."),
]
RE_AUTH_MI = [["1. Mahere tukunga",
               "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, "
               "rule 11(1)(b)"],
              ["2. Here tukunga me ngā tūraru",
               "Privacy Act 2020, IPP 11(1)(e)(i) me IPP 11(1)(f)"],
              ["3. Hono anō ki te whānau, hapū, iwi", "Privacy Act 2020, IPP 11(1)(d)"]]
RE_AUTH_EN = [["1. Release planning",
               "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, "
               "rule 11(1)(b)"],
              ["2. Release conditions and risk",
               "Privacy Act 2020, IPP 11(1)(e)(i) and IPP 11(1)(f)"],
              ["3. Reconnection with whānau, hapū and iwi", "Privacy Act 2020, IPP 11(1)(d)"]]
RE_CONSENT = P(
    "Ka whakaae te tangata ki te whakawhiti mōhiohio mō ngā take 1 me te 3 i te wā ka "
    "whakaae ia kia tukuna ki te hui; ka tuhia tana whakaaetanga e te Department of "
    "Corrections.",
    "The person authorises sharing for purposes 1 and 3 when they agree to be referred "
    "to the hui; the Department of Corrections records that authorisation.")
RE_INFO = {
    "Department of Corrections": ("te rā tukunga, ngā here tukunga, ngā hōtaka "
                                  "whakaora kua oti, me te whakarāpopototanga o te "
                                  "aromatawai tūraru.",
                                  "release date, release conditions, rehabilitation "
                                  "programmes completed, and a summary of the risk "
                                  "assessment."),
    "Ministry of Social Development": ("ngā penihana me ngā tautoko e tika ana i te "
                                       "tukunga.",
                                       "benefit entitlements and support available on "
                                       "release."),
    "Kāinga Ora – Homes and Communities": ("ngā whare e wātea ana.",
                                           "housing availability."),
    "Health New Zealand | Te Whatu Ora": ("ngā hiahia maimoa hauora, waranga hoki.",
                                          "health and addiction treatment needs."),
    "_iwi": ("ngā hononga whānau, marae hoki e hiahia ana te tangata.",
             "the whānau and marae connections the person wants."),
    "_lead": ("ngā whāinga a te tangata me ōna hiahia.",
              "the person's goals and wishes."),
}


def re_content(p):
    lead = p["lead"]
    info = []
    for a in p["agencies"]:
        key = "_lead" if a == lead else p.get("roles", {}).get(a, a)
        info.append((a, *RE_INFO[key]))
    c = {
        "attending-agencies": agencies_blocks(p["agencies"], lead),
        "meeting-purpose": [P(
            "Ka whakamahere te hui, tahi ana me te tangata me tōna whānau, i te hokinga "
            "ki te hapori o ngā tāngata ka tukuna mai i te whare herehere ki te rohe. Ka "
            "tīmata e ono wiki i mua i te tukunga, ā, ka hui ia marama mō ngā marama e "
            "toru i muri mai.",
            "The hui plans, with the person and their whānau, the return to the "
            "community of people being released from prison to the rohe. It starts six "
            "weeks before release and meets monthly for three months after it.")],
        "sharing-purpose": purposes_ol(RE_PURPOSES),
        "information-shared": info_list(info),
        "legal-authority": [NOT_AUTHORISE, auth_table(RE_AUTH_MI, RE_AUTH_EN), RE_CONSENT],
        "use-of-information": use_blocks(p.get("use_v", 2)),
        "transparency": transparency_blocks(
            "te tangata me tōna whānau", "the person and their whānau are",
            p["teller_mi"], p["teller_en"]),
        "method-of-sharing": method_blocks(
            lead, lead, "ngā tāngata", "people", "e rima rā mahi", "five working days",
            p["venue_mi"], p["venue_en"]),
        "security-classification": classification_blocks(p["classification"],
                                                         v=p.get("class_v", 1)),
        "security-controls": controls_blocks(p.get("controls_v", 2), split=p.get("split", False)),
        "tikanga": tikanga_blocks(p["tikanga_mi"], p["tikanga_en"], p.get("tikanga_v", 2)),
        "retention-disposal": retention_blocks(lead, lead, extra=p.get("retention_extra")),
        "breach-management": breach_blocks(p["breach_mi"], p["breach_en"]),
        "conflicts-of-interest": conflicts_blocks(),
        "relationship-management": relationship_blocks(lead, lead),
        "review": review_blocks(p["review_mi"], p["review_en"], lead,
                                f"{lead}, as lead attending agency,"),
        "approval": [APPROVAL_INTRO] + p["sig_blocks"],
    }
    return c


def intro_blocks(hui_mi, hui_en, extra=None):
    out = [P(f"Ka whakatakoto tēnei kawa i te āhua o te whakawhiti mōhiohio a ngā tari "
             f"ka tae ki {hui_mi}. Kua tuhia ki te reo Māori me te reo Pākehā, ā, he ōrite "
             "te tikanga o ngā reo e rua.",
             f"This protocol sets out how the agencies attending {hui_en} share "
             "information. It is written in te reo Māori and English, and both versions "
             "have the same meaning.")]
    if extra:
        out.extend(extra)
    return out


# =====================================================================
# Documents
# =====================================================================
DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


def when(y, m, d, h=9):
    return dt.datetime(y, m, d, h, 0, 0)


# ---------------------------------------------------------------- C1
@doc
def clean_01():
    lead = "Te Whare Tiaki Whānau o Tūranga Trust"
    agencies = [lead, "New Zealand Police", "Oranga Tamariki",
                "Health New Zealand | Te Whatu Ora", "Ministry of Social Development"]
    sigs = [
        sig(lead, "Hinemoa Kerekere", "Chief Executive", D(2025, 8, 12)),
        sig("New Zealand Police", "Daniel Ruatapu", "Area Commander, Tairāwhiti", D(2025, 8, 14)),
        sig("Oranga Tamariki", "Sarah Whitcombe", "Regional Manager, Tairāwhiti", D(2025, 8, 18)),
        sig("Health New Zealand | Te Whatu Ora", "Tamati Paenga",
            "Group Director of Operations, Tairāwhiti", D(2025, 8, 19)),
        sig("Ministry of Social Development", "Aroha Te Kani",
            "Regional Commissioner, East Coast", D(2025, 8, 21)),
    ]
    p = dict(
        lead=lead, agencies=agencies, freq_mi="wiki", freq_en="weekly",
        teller_mi=f"{lead}", teller_en=f"{lead}",
        venue_mi="kanohi ki te kanohi ki te whare o te Trust i Tūranganui-a-Kiwa, ki "
                 "Microsoft Teams rānei",
        venue_en="in person at the Trust's whare in Tūranganui-a-Kiwa, or on Microsoft Teams",
        classification="SENSITIVE",
        tikanga_mi="te kaumātua o te Trust", tikanga_en="The Trust's kaumātua",
        breach_mi="te Kaiārahi Matatapu, Te Whare Tiaki Whānau o Tūranga Trust, "
                  "matatapu@tewharetiaki.org.nz, 06 868 3301",
        breach_en="the Privacy Lead, Te Whare Tiaki Whānau o Tūranga Trust, "
                  "matatapu@tewharetiaki.org.nz, 06 868 3301",
        review_mi="24 marama", review_en="24 months",
        sig_block=sig_wide(sigs),
    )
    c = fv_content(p)
    return {
        "file": "clean-01-whanau-safety-hui-turanga.docx",
        "layout": "A",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Haumaru Whānau o Tūranga",
        "title_en": "Information Sharing Protocol — Tūranga Whānau Safety Hui",
        "subtitle": "He kawa reo rua | A bilingual protocol. Version 1.0, August 2025",
        "marking": "SENSITIVE", "header_org": lead,
        "footer_text": "Kawa Whakawhiti Mōhiohio | Information Sharing Protocol v1.0",
        "author": "Hinemoa Kerekere", "created": when(2025, 6, 30), "modified": when(2025, 8, 22),
        "sections": compose(c, intro=intro_blocks("te Hui Haumaru Whānau o Tūranga",
                                                  "the Tūranga Whānau Safety Hui")),
        "truth": {"kind": "clean", "expect": [], "tolerate": [],
                  "note": "Clean whānau safety hui; merged shaded heading rows, purposes and "
                          "authorities as per-column nested tables, SENSITIVE, signatures in a "
                          "nested table, reviewed every 24 months (due August 2027)."},
    }


# ---------------------------------------------------------------- C2
@doc
def clean_02():
    lead = "New Zealand Police"
    iwi = "Te Rūnanga o Ngāti Kōtare"
    prov = "Te Ara Rangatahi Trust"
    agencies = [lead, "Oranga Tamariki", "Ministry of Education", iwi, prov]
    sigs = [
        sig(lead, "Mark Hēnare", "Area Commander, Eastern Bay of Plenty", D(2026, 2, 9)),
        sig("Oranga Tamariki", "Leilani Fonoti", "Youth Justice Manager, Whakatāne",
            D(2026, 2, 11)),
        sig("Ministry of Education", "Graham Tuhoro", "Director of Education, Bay of Plenty – Waiariki",
            D(2026, 2, 16)),
        sig(iwi, "Te Aomihia Rangihau", "Pou Whakahaere", D(2026, 2, 19),
            role_mi="Pou Whakahaere"),
        sig(prov, "Jordan Tapsell", "General Manager", D(2026, 2, 23)),
    ]
    p = dict(
        lead=lead, agencies=agencies, lister=lead,
        roles={iwi: "_iwi", prov: "_provider"},
        teller_mi="te āpiha Youth Aid", teller_en="The Youth Aid officer",
        venue_mi="ki te marae o Te Rūnanga o Ngāti Kōtare i Whakatāne, ki Microsoft Teams rānei",
        venue_en="at the marae of Te Rūnanga o Ngāti Kōtare in Whakatāne, or on Microsoft Teams",
        classification="IN-CONFIDENCE",
        tikanga_mi=iwi, tikanga_en=iwi,
        breach_mi="te Sergeant o Youth Services, New Zealand Police, Whakatāne, "
                  "whakatane.youthaid@police.govt.nz, 07 306 0190",
        breach_en="the Youth Services Sergeant, New Zealand Police, Whakatāne, "
                  "whakatane.youthaid@police.govt.nz, 07 306 0190",
        review_mi="12 marama", review_en="12 months",
        sig_block=SIGROWS(sigs),
    )
    c = rt_content(p)
    return {
        "file": "clean-02-rangatahi-panel-whakatane.docx",
        "layout": "B",
        "title_mi": "Kawa Whakawhiti Mōhiohio mō te Paepae Rangatahi o Whakatāne",
        "title_en": "Whakatāne Rangatahi Panel Information Sharing Protocol",
        "marking": "IN-CONFIDENCE", "header_org": "Paepae Rangatahi o Whakatāne",
        "footer_text": "Paepae Rangatahi | Rangatahi Panel — 2026",
        "author": "Jordan Tapsell", "created": when(2025, 11, 3), "modified": when(2026, 2, 24),
        "sections": compose(c),
        "truth": {"kind": "clean", "expect": [], "tolerate": [],
                  "note": "Clean rangatahi panel led by Police; split shaded heading cells "
                          "(custom style with outline level), one authority per purpose row, "
                          "per-agency signature rows, reviewed every 12 months (due Feb 2027)."},
    }


# ---------------------------------------------------------------- C3 (sequential)
@doc
def clean_03():
    lead = "Te Hiringa Ākonga Trust"
    kura = "Te Kura Kaupapa Māori o Te Rito"
    agencies = [lead, "Ministry of Education", kura, "Oranga Tamariki",
                "Ministry of Social Development"]
    sigs = [
        sig(lead, "Ngaire Pōtae", "Kaiwhakahaere Matua / General Manager", D(2026, 4, 8)),
        sig("Ministry of Education", "Peter Lolohea", "Director of Education, Wellington",
            D(2026, 4, 10)),
        sig(kura, "Whaea Mihiroa Tait", "Tumuaki / Principal", D(2026, 4, 14)),
        sig("Oranga Tamariki", "Anneke de Vries", "Site Manager, Porirua", D(2026, 4, 17)),
        sig("Ministry of Social Development", "Ruawai Kingi",
            "Regional Commissioner, Wellington", D(2026, 4, 20)),
    ]
    p = dict(
        lead=lead, agencies=agencies, roles={kura: "_kura"},
        teller_mi="te kaimahi taenga o te Trust", teller_en="The Trust's attendance kaimahi",
        venue_mi="ki te kura, ki Microsoft Teams rānei",
        venue_en="at the kura, or on Microsoft Teams",
        classification="IN-CONFIDENCE",
        tikanga_mi="te tumuaki me ngā kaumātua o te kura",
        tikanga_en="The tumuaki and kaumātua of the kura",
        breach_mi="te Kaiwhakahaere Matua, Te Hiringa Ākonga Trust, "
                  "matatapu@tehiringaakonga.org.nz, 04 237 8150",
        breach_en="the General Manager, Te Hiringa Ākonga Trust, "
                  "matatapu@tehiringaakonga.org.nz, 04 237 8150",
        review_mi="24 marama", review_en="24 months",
        sig_blocks=[ONLY("mi", "Kei te mutunga o te Wāhanga Tuarua te tūtohi waitohu mō ngā "
                               "tari katoa."),
                    sig_wide(sigs)],
    )
    c = ku_content(p)
    return {
        "file": "clean-03-kura-attendance-porirua-sequential.docx",
        "layout": "SEQ", "sig_part": "en",
        "title_mi": "Kawa Whakawhiti Mōhiohio mō te Hui Taenga ki te Kura",
        "title_en": "Kura Attendance Hui Information Sharing Protocol (Porirua)",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Taenga ki te Kura | Kura Attendance Hui",
        "author": "Ngaire Pōtae", "created": when(2026, 2, 2), "modified": when(2026, 4, 21),
        "preamble": [
            ("He mea tuhi tēnei kawa ki ngā reo e rua. Ko te Wāhanga Tuatahi te putanga reo "
             "Māori, ko te Wāhanga Tuarua te putanga reo Pākehā. Mēnā he rerekētanga i "
             "waenga i ngā putanga e rua, ko te putanga reo Māori te mana nui.",
             "This protocol is written in two languages. Part One is the te reo Māori "
             "version and Part Two is the English version. If the two versions differ, the "
             "te reo Māori version prevails."),
        ],
        "parts": [("mi", "Wāhanga Tuatahi: Te Reo Māori"),
                  ("en", "Wāhanga Tuarua | Part Two: English")],
        "sections": compose(c),
        "truth": {"kind": "clean", "expect": [], "tolerate": [],
                  "note": "Clean kura attendance hui written sequentially: full te reo Māori "
                          "version, then full English version (te reo prevails); signatures "
                          "table only at the end of Part Two; reviewed every 24 months."},
    }


# ---------------------------------------------------------------- C4
@doc
def clean_04():
    lead = "Te Puna Hauora o Manaia"
    adv = "Elder Advocacy Northland Trust"
    agencies = [lead, "Health New Zealand | Te Whatu Ora", "New Zealand Police",
                "Ministry of Social Development", adv]
    sigs = [
        sig(lead, "Huia Waitai", "Tumu Whakarae / Chief Executive", D(2026, 5, 25)),
        sig("Health New Zealand | Te Whatu Ora", "Dr Rachel Moana",
            "Clinical Director, Health of Older People, Te Tai Tokerau", D(2026, 5, 27)),
        sig("New Zealand Police", "Kerry Anaru", "Area Commander, Whangārei–Kaipara",
            D(2026, 5, 29)),
        sig("Ministry of Social Development", "Joseph Rewiti",
            "Regional Commissioner, Northland", D(2026, 6, 1)),
        sig(adv, "Margaret Ellis", "Service Manager", D(2026, 6, 3)),
    ]
    neg = P("Kāore tētahi tari e pupuri i ngā mōhiohio mō tētahi kaumātua i runga i te "
            "whakaaro tērā pea ka whai take ā tōna wā.",
            "No agency keeps information about a kaumātua on the chance that it might be "
            "relevant one day.")
    p = dict(
        lead=lead, agencies=agencies, roles={adv: "_advocacy"}, negation=neg,
        teller_mi="te kaimahi o Te Puna Hauora o Manaia e mōhio ana ki te kaumātua",
        teller_en="The Te Puna Hauora o Manaia kaimahi who knows the kaumātua",
        venue_mi="ki te whare hui o Te Puna Hauora o Manaia i Whangārei",
        venue_en="at the Te Puna Hauora o Manaia meeting house in Whangārei",
        classification="IN-CONFIDENCE", class_v=2,
        tikanga_mi="te Kaunihera Kaumātua o Te Puna Hauora o Manaia",
        tikanga_en="The Kaunihera Kaumātua of Te Puna Hauora o Manaia",
        breach_mi="te Kaiwhakahaere Kounga me te Matatapu, Te Puna Hauora o Manaia, "
                  "privacy@tepunahauora-manaia.org.nz, 09 430 2217",
        breach_en="the Quality and Privacy Manager, Te Puna Hauora o Manaia, "
                  "privacy@tepunahauora-manaia.org.nz, 09 430 2217",
        review_mi="12 marama", review_en="12 months",
        sig_block=SIGROWS(sigs),
    )
    c = ka_content(p)
    return {
        "file": "clean-04-kaumatua-elder-abuse-whangarei.docx",
        "layout": "A", "heading_fill": "E8DCC8",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Tiaki Kaumātua",
        "title_en": "Information Sharing Protocol — Kaumātua Safety Hui (Elder Abuse Response)",
        "subtitle": "Whangārei | Putanga 2 | Version 2",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Tiaki Kaumātua | Kaumātua Safety Hui",
        "author": "Huia Waitai", "created": when(2026, 3, 16), "modified": when(2026, 6, 4),
        "sections": compose(c, intro=intro_blocks("te Hui Tiaki Kaumātua",
                                                  "the Kaumātua Safety Hui")),
        "truth": {"kind": "clean", "expect": [], "tolerate": [],
                  "note": "Clean kaumātua elder abuse hui with four purposes each given an "
                          "authority in its own row; use section forbids keeping information "
                          "on the chance it is useful (a negated clause, not ISP801); "
                          "12-month review due June 2027."},
    }


# ---------------------------------------------------------------- C5
@doc
def clean_05():
    lead = "Te Ara Hou Reintegration Trust"
    iwi = "Te Rūnanga o Ngāti Kōtare"
    agencies = [lead, "Department of Corrections", "Ministry of Social Development",
                "Kāinga Ora – Homes and Communities", "Health New Zealand | Te Whatu Ora", iwi]
    sigs = [
        sig(lead, "Rāwiri Ngāpō", "Chief Executive", D(2025, 10, 1)),
        sig("Department of Corrections", "Fiona McAlister",
            "Regional Commissioner, Central Region", D(2025, 10, 6)),
        sig("Ministry of Social Development", "Tania Mete",
            "Regional Commissioner, Bay of Plenty", D(2025, 10, 8)),
        sig("Kāinga Ora – Homes and Communities", "Simon Pōhatu",
            "Regional Director, Bay of Plenty", D(2025, 10, 10)),
        sig("Health New Zealand | Te Whatu Ora", "Meera Patel",
            "Service Manager, Mental Health and Addiction, Lakes", D(2025, 10, 13)),
        sig(iwi, "Te Aomihia Rangihau", "Pou Whakahaere", D(2025, 10, 15)),
    ]
    p = dict(
        lead=lead, agencies=agencies, roles={iwi: "_iwi"},
        teller_mi="te kaimahi whakahoki o te Trust, tahi ana me te āpiha o Corrections",
        teller_en="The Trust's reintegration kaimahi, with the Corrections officer,",
        venue_mi="ki te tari o te Trust i Rotorua, ki te whare herehere rānei mā te "
                 "ataata (AVL) mō te tangata e noho herehere tonu ana",
        venue_en="at the Trust's office in Rotorua, or by audio-visual link (AVL) to the "
                 "prison for a person who is still in custody",
        classification="IN-CONFIDENCE",
        tikanga_mi=iwi, tikanga_en=iwi, tikanga_v=1,
        breach_mi="te Kaiwhakahaere Mahi, Te Ara Hou Reintegration Trust, "
                  "privacy@tearahou.org.nz, 027 415 8832",
        breach_en="the Operations Manager, Te Ara Hou Reintegration Trust, "
                  "privacy@tearahou.org.nz, 027 415 8832",
        review_mi="18 marama", review_en="18 months",
        split=True,
        sig_blocks=[sig_wide(sigs)],
    )
    c = re_content(p)
    return {
        "file": "clean-05-reintegration-hui-rotorua.docx",
        "layout": "B", "heading_fill": "4A3B2A",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Hokinga ki te Hapori",
        "title_en": "Information Sharing Protocol — Reintegration Hui, Rotorua",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Hokinga ki te Hapori | Reintegration Hui",
        "author": "Rāwiri Ngāpō", "created": when(2025, 8, 4), "modified": when(2025, 10, 16),
        "sections": compose(c, alt=True),
        "truth": {"kind": "clean", "expect": [], "tolerate": [],
                  "note": "Clean reintegration hui with six agencies incl. an iwi; alternative "
                          "headings, split shaded heading cells, authorities in per-column "
                          "nested tables, 18-month review (due April 2027)."},
    }


# ---------------------------------------------------------------- D1 ISP101
@doc
def defect_101():
    lead = "Te Kāinga Pūmau Trust"
    agencies = [lead, "Ministry of Social Development", "Kāinga Ora – Homes and Communities",
                "Health New Zealand | Te Whatu Ora"]
    sigs = [
        sig(lead, "Manaaki Rēweti", "Chief Executive", D(2026, 1, 19)),
        sig("Ministry of Social Development", "Linda Poutama",
            "Regional Commissioner, Central", D(2026, 1, 21)),
        sig("Kāinga Ora – Homes and Communities", "Craig Hudson",
            "Regional Manager, Whanganui", D(2026, 1, 26)),
        sig("Health New Zealand | Te Whatu Ora", "Mere Takarangi",
            "Group Manager, Community Health, Whanganui", D(2026, 1, 28)),
    ]
    p = dict(
        lead=lead, agencies=agencies,
        teller_mi="te kaitūhono whare o te Trust", teller_en="The Trust's housing navigator",
        venue_mi="ki te tari o te Trust i Whanganui, ki Microsoft Teams rānei",
        venue_en="at the Trust's office in Whanganui, or on Microsoft Teams",
        classification="IN-CONFIDENCE",
        tikanga_mi="te kaumātua o te Trust", tikanga_en="The Trust's kaumātua",
        breach_mi="te Āpiha Matatapu, Te Kāinga Pūmau Trust, privacy@kaingapumau.org.nz, "
                  "06 345 7710",
        breach_en="the Privacy Officer, Te Kāinga Pūmau Trust, privacy@kaingapumau.org.nz, "
                  "06 345 7710",
        review_mi="24 marama", review_en="24 months",
        sig_blocks=[sig_wide(sigs)],
    )
    c = ho_content(p)
    return {
        "file": "defect-isp101-housing-hui-whanganui-no-conflicts.docx",
        "layout": "B",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Kāinga Ora mō ngā Whānau o Whanganui",
        "title_en": "Information Sharing Protocol — Whanganui Whānau Housing Hui",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Whare | Housing Hui",
        "author": "Manaaki Rēweti", "created": when(2025, 11, 10), "modified": when(2026, 1, 29),
        "sections": compose(c, omit=("conflicts-of-interest",)),
        "truth": {"kind": "defect",
                  "expect": [{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}}],
                  "tolerate": [],
                  "note": "Housing hui with no conflicts of interest section at all (no heading "
                          "row in either language; sections renumbered so there is no gap)."},
    }


# ---------------------------------------------------------------- D2 ISP301
@doc
def defect_301():
    lead = "Te Whare Māuri Ora Trust"
    agencies = [lead, "Health New Zealand | Te Whatu Ora", "New Zealand Police",
                "Ministry of Social Development", "Kāinga Ora – Homes and Communities"]
    sigs = [
        sig(lead, "Tipene Karaitiana", "Chief Executive", D(2026, 5, 4)),
        sig("Health New Zealand | Te Whatu Ora", "Dr Lucy Hapi",
            "Clinical Director, Mental Health and Addiction, Te Matau a Māui", D(2026, 5, 6)),
        sig("New Zealand Police", "Grant Taipana", "Area Commander, Hastings", D(2026, 5, 8)),
        sig("Ministry of Social Development", "Natalie Ormsby",
            "Regional Commissioner, East Coast", D(2026, 5, 11)),
        sig("Kāinga Ora – Homes and Communities", "Paora Hāpuku",
            "Regional Manager, Hawke's Bay", D(2026, 5, 12)),
    ]
    p = dict(
        lead=lead, agencies=agencies,
        auth_mi=MH_AUTH_MI[:2], auth_en=MH_AUTH_EN[:2],
        teller_mi="te kaimahi matua o te tangata whaiora", teller_en="The key worker",
        venue_mi="ki te whare o te Trust i Heretaunga, ki Microsoft Teams rānei",
        venue_en="at the Trust's whare in Heretaunga, or on Microsoft Teams",
        classification="IN-CONFIDENCE",
        tikanga_mi="te pou tikanga o te Trust", tikanga_en="The Trust's pou tikanga",
        breach_mi="te Kaiwhakahaere Kounga, Te Whare Māuri Ora Trust, "
                  "quality@wharemauriora.org.nz, 06 878 2294",
        breach_en="the Quality Manager, Te Whare Māuri Ora Trust, "
                  "quality@wharemauriora.org.nz, 06 878 2294",
        review_mi="12 marama", review_en="12 months",
        sig_block=sig_wide(sigs),
    )
    c = mh_content(p)
    return {
        "file": "defect-isp301-mental-health-hui-heretaunga.docx",
        "layout": "A",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Whakaoranga Hinengaro o Heretaunga",
        "title_en": "Information Sharing Protocol — Heretaunga Mental Health and Addiction "
                    "Coordination Hui",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Whakaoranga | Coordination Hui",
        "author": "Tipene Karaitiana", "created": when(2026, 2, 23), "modified": when(2026, 5, 13),
        "sections": compose(c, intro=intro_blocks("te Hui Whakaoranga Hinengaro o Heretaunga",
                                                  "the Heretaunga Mental Health and Addiction "
                                                  "Coordination Hui")),
        "truth": {"kind": "defect",
                  "expect": [{"rule": "ISP301",
                              "data_contains": {"purpose": "housing and income support"}}],
                  "tolerate": [],
                  "note": "Mental health and addiction hui lists three purposes of sharing but "
                          "the Purpose | Legal authority table (both columns) only covers "
                          "purposes 1 and 2; purpose 3 (housing and income support) has none."},
    }


# ---------------------------------------------------------------- D3 ISP703
@doc
def defect_703():
    lead = "Te Kōrowai Aroha Whānau Services"
    agencies = [lead, "New Zealand Police", "Oranga Tamariki", "Department of Corrections",
                "Health New Zealand | Te Whatu Ora"]
    sigs = [
        sig(lead, "Kiri Tūroa", "Kaiwhakahaere Matua / General Manager", D(2026, 3, 2)),
        sig("New Zealand Police", "Steve Paewai", "Area Commander, Manawatū", D(2026, 3, 4)),
        sig("Oranga Tamariki", "Rebecca Tahana", "Site Manager, Levin", D(2026, 3, 9)),
        sig("Health New Zealand | Te Whatu Ora", "Hemi Tūkākī",
            "Family Violence Intervention Lead, MidCentral", D(2026, 3, 12)),
    ]
    p = dict(
        lead=lead, agencies=agencies, freq_mi="wiki", freq_en="weekly",
        teller_mi=lead, teller_en=lead,
        venue_mi="kanohi ki te kanohi ki te tari o Te Kōrowai Aroha i Taitoko, ki Microsoft "
                 "Teams rānei",
        venue_en="in person at the Te Kōrowai Aroha office in Taitoko (Levin), or on "
                 "Microsoft Teams",
        classification="IN-CONFIDENCE", use_v=2, controls_v=2, tikanga_v=2,
        tikanga_mi="ngā kaumātua o Te Kōrowai Aroha", tikanga_en="The kaumātua of Te Kōrowai Aroha",
        breach_mi="te Kaiwhakahaere Matua, Te Kōrowai Aroha Whānau Services, "
                  "matatapu@korowaiaroha.org.nz, 06 367 4180",
        breach_en="the General Manager, Te Kōrowai Aroha Whānau Services, "
                  "matatapu@korowaiaroha.org.nz, 06 367 4180",
        review_mi="24 marama", review_en="24 months",
        sig_block=SIGROWS(sigs),
    )
    c = fv_content(p)
    return {
        "file": "defect-isp703-whanau-safety-horowhenua-corrections-unsigned.docx",
        "layout": "B",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Haumaru Whānau o Horowhenua",
        "title_en": "Information Sharing Protocol — Horowhenua Whānau Safety Hui",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Haumaru Whānau | Whānau Safety Hui",
        "author": "Kiri Tūroa", "created": when(2025, 12, 8), "modified": when(2026, 3, 13),
        "sections": compose(c),
        "truth": {"kind": "defect",
                  "expect": [{"rule": "ISP703", "data": {"agency": "Department of Corrections"}}],
                  "tolerate": [],
                  "note": "Whānau safety hui: Department of Corrections is an attending agency "
                          "(and shares sentence/release information) but has no signature row; "
                          "the other four agencies sign in per-agency bilingual rows."},
    }


# ---------------------------------------------------------------- D4 ISP702
@doc
def defect_702():
    lead = "Oranga Tamariki"
    prov = "Te Awa Rangatahi Services Trust"
    agencies = [lead, "New Zealand Police", "Ministry of Education", prov,
                "Health New Zealand | Te Whatu Ora"]
    sigs = [
        sig(lead, "Tui Mātene", "Regional Manager, Youth Justice, Wellington", D(2026, 7, 6)),
        sig("New Zealand Police", "Aaron Wiremu", "Area Commander, Hutt Valley", D(2026, 7, 8)),
        sig("Ministry of Education", "Mereana Wihongi", "", D(2026, 7, 13)),
        sig(prov, "Shane Tautahi", "Kaiwhakahaere / Manager", D(2026, 7, 15)),
        sig("Health New Zealand | Te Whatu Ora", "Dr Priya Naidoo",
            "Clinical Lead, Youth Health, Hutt Valley", D(2026, 7, 17)),
    ]
    p = dict(
        lead=lead, agencies=agencies, lister=lead, roles={prov: "_provider"},
        teller_mi="te kairuruku o Oranga Tamariki mō te tika taiohi",
        teller_en="The Oranga Tamariki youth justice coordinator",
        venue_mi="ki te tari o Oranga Tamariki i Te Awa Kairangi, ki Microsoft Teams rānei",
        venue_en="at the Oranga Tamariki office in Te Awa Kairangi (Lower Hutt), or on "
                 "Microsoft Teams",
        classification="IN-CONFIDENCE", use_v=1, controls_v=1,
        tikanga_mi=prov, tikanga_en=prov,
        breach_mi="te Kaitohutohu Matatapu, Oranga Tamariki, privacy@ot.govt.nz, 04 918 9100",
        breach_en="the Privacy Advisor, Oranga Tamariki, privacy@ot.govt.nz, 04 918 9100",
        review_mi="12 marama", review_en="12 months",
        sig_block=SIGROWS(sigs),
    )
    c = rt_content(p)
    return {
        "file": "defect-isp702-rangatahi-panel-hutt-no-role.docx",
        "layout": "A", "heading_fill": "DCE6F2",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Paepae Rangatahi o Te Awa Kairangi",
        "title_en": "Information Sharing Protocol — Te Awa Kairangi Rangatahi Panel",
        "marking": "IN-CONFIDENCE", "header_org": "Oranga Tamariki — Te Awa Kairangi",
        "footer_text": "Paepae Rangatahi | Rangatahi Panel",
        "author": "Tui Mātene", "created": when(2026, 4, 20), "modified": when(2026, 7, 18),
        "sections": compose(c),
        "truth": {"kind": "defect",
                  "expect": [{"rule": "ISP702", "data": {"agency": "Ministry of Education",
                                                         "missing": ["role"]}}],
                  "tolerate": [],
                  "note": "Rangatahi panel: the Ministry of Education signature row gives the "
                          "name (Mereana Wihongi) but leaves Tūranga/Role as a blank line in "
                          "both columns."},
    }


# ---------------------------------------------------------------- D5 ISP451
@doc
def defect_451():
    lead = "Tapuwae Ākonga Trust"
    kura = "Te Kura Taiaho o Kaikohe"
    agencies = [lead, "Ministry of Education", kura, "Oranga Tamariki",
                "Health New Zealand | Te Whatu Ora"]
    sigs = [
        sig(lead, "Rangi Heke", "Kaiwhakahaere / Manager", D(2025, 9, 1)),
        sig("Ministry of Education", "Diane Murray", "Director of Education, Tai Tokerau",
            D(2025, 9, 3)),
        sig(kura, "Matua Hōne Kīngi", "Tumuaki / Principal", D(2025, 9, 5)),
        sig("Oranga Tamariki", "Wiremu Cooper", "Site Manager, Kaikohe", D(2025, 9, 9)),
        sig("Health New Zealand | Te Whatu Ora", "Leah Pōmare",
            "Public Health Nursing Team Leader, Te Tai Tokerau", D(2025, 9, 11)),
    ]
    p = dict(
        lead=lead, agencies=agencies, roles={kura: "_kura"},
        teller_mi="te kaimahi taenga o te Trust", teller_en="The Trust's attendance kaimahi",
        venue_mi="ki te kura, ki Microsoft Teams rānei", venue_en="at the kura, or on Microsoft Teams",
        email_mi="Ka tukuna ngā rārangi me ngā tuhipoka mahi mā te īmēra haumaru o ia tari "
                 "(SEEMail, mēnā kei te tari).",
        email_en="Lists and action notes are sent by each agency's secure email (SEEMail "
                 "where the agency has it).",
        omit_controls=("password-protection",),
        classification="IN-CONFIDENCE", controls_v=2, tikanga_v=2,
        tikanga_mi="ngā kaumātua o te kura", tikanga_en="The kaumātua of the kura",
        breach_mi="te Kaiwhakahaere, Tapuwae Ākonga Trust, rangi@tapuwae.org.nz, 09 401 3385",
        breach_en="the Manager, Tapuwae Ākonga Trust, rangi@tapuwae.org.nz, 09 401 3385",
        review_mi="24 marama", review_en="24 months",
        sig_blocks=[sig_wide(sigs)],
    )
    c = ku_content(p)
    return {
        "file": "defect-isp451-kura-attendance-kaikohe-seemail-only.docx",
        "layout": "B", "heading_fill": "2F5D50",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Taenga ki te Kura o Kaikohe",
        "title_en": "Information Sharing Protocol — Kaikohe Kura Attendance Hui",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Taenga | Attendance Hui",
        "author": "Rangi Heke", "created": when(2025, 7, 14), "modified": when(2025, 9, 12),
        "sections": compose(c),
        "truth": {"kind": "defect",
                  "expect": [{"rule": "ISP451", "data": {"control": "password-protection"}}],
                  "tolerate": [],
                  "note": "Kura attendance hui: five of the six controls are listed; nothing "
                          "says email attachments are password protected, only that lists go "
                          "by secure email (SEEMail), which is a different control."},
    }


# ---------------------------------------------------------------- D6 ISP501
@doc
def defect_501():
    lead = "Ngā Kaitiaki Kaumātua Trust"
    adv = "Tūāpapa Elder Advocacy Service"
    agencies = [lead, "Health New Zealand | Te Whatu Ora", "New Zealand Police",
                "Ministry of Social Development", adv]
    sigs = [
        sig(lead, "Ani Parata", "Chief Executive", D(2025, 11, 3)),
        sig("Health New Zealand | Te Whatu Ora", "Dr Hamish Grant",
            "Clinical Director, Older Persons Health, Waitaha Canterbury", D(2025, 11, 5)),
        sig("New Zealand Police", "Tracey Rāwiri", "Area Commander, Christchurch Central",
            D(2025, 11, 7)),
        sig("Ministry of Social Development", "Pauline Rei", "Regional Commissioner, Canterbury",
            D(2025, 11, 10)),
        sig(adv, "Gillian Ward", "Coordinator", D(2025, 11, 12)),
    ]
    breach = [
        P("Ki te puta, ki te whakapaetia rānei tētahi takahitanga matatapu, haumaru rānei e "
          "pā ana ki ngā mōhiohio i whakawhitia ki te hui, me pūrongo tonu te māngai ki te "
          "āpiha matatapu o tōna ake tari, me whakamōhio hoki ki te tari ārahi.",
          "If a privacy or security breach involving information shared at the hui happens "
          "or is suspected, the representative reports it straight away to their own "
          "agency's privacy officer and lets the lead agency know."),
        P("Ka mahi tahi ngā tari e pā ana ki te aukati i te takahitanga, ki te whakatau he "
          "aha hei kōrero ki te hunga kua pāngia, ki te aromatawai hoki mēnā he takahitanga "
          "matatapu me whakamōhio.",
          "The agencies involved work together to contain the breach, decide what to tell "
          "the people affected, and assess whether it is a notifiable privacy breach."),
        P("Ka pūrongotia ngā takahitanga me whakamōhio ki Te Mana Mātāpono Matatapu (Office "
          "of the Privacy Commissioner), 0800 803 909, i te wā tōtika tonu.",
          "Notifiable breaches are reported to the Office of the Privacy Commissioner, "
          "0800 803 909, as soon as practicable."),
    ]
    p = dict(
        lead=lead, agencies=agencies, roles={adv: "_advocacy"},
        teller_mi="te kaimahi o te Trust e mōhio ana ki te kaumātua",
        teller_en="The Trust kaimahi who knows the kaumātua",
        venue_mi="ki te whare o te Trust i Ōtautahi, ki Microsoft Teams rānei",
        venue_en="at the Trust's whare in Ōtautahi, or on Microsoft Teams",
        classification="IN-CONFIDENCE", tikanga_v=1,
        tikanga_mi="ngā kaumātua o te Trust", tikanga_en="The Trust's kaumātua",
        breach_blocks=breach,
        review_mi="24 marama", review_en="24 months",
        sig_block=sig_wide(sigs),
    )
    c = ka_content(p)
    return {
        "file": "defect-isp501-kaumatua-hui-otautahi-no-breach-contact.docx",
        "layout": "A",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Kaumātua o Ōtautahi",
        "title_en": "Information Sharing Protocol — Ōtautahi Kaumātua Safety Hui",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Kaumātua | Kaumātua Safety Hui",
        "author": "Ani Parata", "created": when(2025, 9, 22), "modified": when(2025, 11, 13),
        "sections": compose(c, alt=True),
        "truth": {"kind": "defect", "expect": [{"rule": "ISP501"}], "tolerate": [],
                  "note": "Kaumātua hui: breach section only tells representatives to report to "
                          "their own agency's privacy officer and the lead agency, and gives the "
                          "Privacy Commissioner's 0800 number; no designated contact with "
                          "agency and email/phone."},
    }


# ---------------------------------------------------------------- D7 ISP602
@doc
def defect_602():
    lead = "Te Hokinga Mai Trust"
    iwi = "Te Poari Whakahaere o Ngāti Rautao"
    agencies = [lead, "Department of Corrections", "Ministry of Social Development",
                "Kāinga Ora – Homes and Communities", iwi]
    sigs = [
        sig(lead, "Hōri Tamihana", "Chief Executive", D(2025, 7, 7)),
        sig("Department of Corrections", "Anna Brightwell",
            "Regional Commissioner, Northern Region", D(2025, 7, 9)),
        sig("Ministry of Social Development", "Rawinia Hohaia",
            "Regional Commissioner, Waikato", D(2025, 7, 11)),
        sig("Kāinga Ora – Homes and Communities", "Ben Tūwhare",
            "Regional Director, Waikato", D(2025, 7, 14)),
        sig(iwi, "Pareaute Nathan", "Heamana / Chair", D(2025, 7, 16), role_mi="Heamana"),
    ]
    p = dict(
        lead=lead, agencies=agencies, roles={iwi: "_iwi"},
        teller_mi="te kaimahi o te Trust", teller_en="The Trust's kaimahi",
        venue_mi="ki te tari o te Trust i Kirikiriroa", venue_en="at the Trust's office in Kirikiriroa",
        classification="IN-CONFIDENCE", controls_v=1, use_v=1,
        tikanga_mi=iwi, tikanga_en=iwi,
        breach_mi="te Kaiwhakahaere Matatapu, Te Hokinga Mai Trust, "
                  "matatapu@hokingamai.org.nz, 07 839 4412",
        breach_en="the Privacy Manager, Te Hokinga Mai Trust, matatapu@hokingamai.org.nz, "
                  "07 839 4412",
        review_mi="toru tau", review_en="three years",
        sig_blocks=[SIGROWS(sigs)],
    )
    c = re_content(p)
    return {
        "file": "defect-isp602-reintegration-hui-kirikiriroa-three-years.docx",
        "layout": "A", "heading_fill": "E4DFEC",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Hokinga Mai o Kirikiriroa",
        "title_en": "Information Sharing Protocol — Kirikiriroa Reintegration Hui",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Hokinga Mai | Reintegration Hui",
        "author": "Hōri Tamihana", "created": when(2025, 5, 5), "modified": when(2025, 7, 17),
        "sections": compose(c),
        "truth": {"kind": "defect",
                  "expect": [{"rule": "ISP602", "data": {"months": 36}}],
                  "tolerate": [],
                  "note": "Reintegration hui reviewed 'every three years' (ia toru tau) from the "
                          "last signature (16 July 2025): period longer than 24 months, not "
                          "yet overdue."},
    }


# ---------------------------------------------------------------- D8 ISP604
@doc
def defect_604():
    lead = "Ngā Whare Ora Porirua Trust"
    agencies = [lead, "Ministry of Social Development", "Kāinga Ora – Homes and Communities",
                "Health New Zealand | Te Whatu Ora", "Porirua City Council"]
    sigs = [
        sig(lead, "Teina Rikihana", "Chief Executive", D(2024, 9, 2)),
        sig("Ministry of Social Development", "Craig Wallace",
            "Regional Commissioner, Wellington", D(2024, 9, 3)),
        sig("Kāinga Ora – Homes and Communities", "Lose Fifita",
            "Regional Manager, Porirua", D(2024, 9, 5)),
        sig("Health New Zealand | Te Whatu Ora", "Dr Kahu Ropata",
            "Service Manager, Community Mental Health, Capital, Coast and Hutt Valley",
            D(2024, 9, 6)),
        sig("Porirua City Council", "Helen Tomoana", "General Manager, Community Services",
            D(2024, 9, 9)),
    ]
    p = dict(
        lead=lead, agencies=agencies,
        teller_mi="te kaitūhono whare o te Trust", teller_en="The Trust's housing navigator",
        venue_mi="ki te tari o te Trust i Porirua", venue_en="at the Trust's office in Porirua",
        classification="IN-CONFIDENCE",
        tikanga_mi="te kaumātua o te Trust", tikanga_en="The Trust's kaumātua",
        breach_mi="te Āpiha Matatapu, Ngā Whare Ora Porirua Trust, privacy@wharaora.org.nz, "
                  "04 237 0456",
        breach_en="the Privacy Officer, Ngā Whare Ora Porirua Trust, privacy@wharaora.org.nz, "
                  "04 237 0456",
        review_mi="12 marama", review_en="12 months",
        sig_blocks=[P("Rā whakaaetanga: 9 Mahuru 2024", "Date of approval: 9 September 2024"),
                    SIGROWS(sigs)],
    )
    c = ho_content(p)
    return {
        "file": "defect-isp604-housing-hui-porirua-review-overdue.docx",
        "layout": "B", "heading_fill": "264653",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Whare Noho o Porirua",
        "title_en": "Information Sharing Protocol — Porirua Housing Hui",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Whare Noho | Housing Hui — September 2024",
        "author": "Teina Rikihana", "created": when(2024, 6, 17), "modified": when(2024, 9, 10),
        "sections": compose(c, alt=True),
        "truth": {"kind": "defect",
                  "expect": [{"rule": "ISP604", "data": {"due": "2025-09-09"}}],
                  "tolerate": [],
                  "note": "Porirua housing hui approved 9 September 2024 (stated date and last "
                          "signature), reviewed every 12 months: review was due 9 September "
                          "2025 and has passed by 24 November 2026."},
    }


# ---------------------------------------------------------------- D9 ISP402
@doc
def defect_402():
    lead = "Te Kākano Oranga Trust"
    agencies = [lead, "Health New Zealand | Te Whatu Ora", "New Zealand Police",
                "Ministry of Social Development"]
    sigs = [
        sig(lead, "Miriama Solomon", "Kaiwhakahaere Matua / General Manager", D(2026, 3, 16)),
        sig("Health New Zealand | Te Whatu Ora", "Dr Andrew Kerr",
            "Clinical Director, Mental Health and Addiction, Southern", D(2026, 3, 18)),
        sig("New Zealand Police", "Michelle Te Raki", "Area Commander, Southland",
            D(2026, 3, 20)),
        sig("Ministry of Social Development", "Hohepa Whaanga",
            "Regional Commissioner, Southern", D(2026, 3, 24)),
    ]
    cls = [
        P("Ko te whakarōpūtanga haumaru o ngā mōhiohio ka whakawhitia ki te hui: "
          "**UNCLASSIFIED**.",
          "Information shared at the hui is classified **UNCLASSIFIED**."),
        P("Kāore he mōhiohio ka whakawhitia ki te hui e pā ana ki te haumaru ā-motu, nō "
          "reira kāore he whakarōpūtanga teitei ake e hiahiatia ana. Ka whakahaerehia ngā "
          "mōhiohio i raro i te kaupapa here matatapu o ia tari.",
          "No information shared at the hui relates to national security, so no higher "
          "classification is needed. The information is handled under each agency's own "
          "privacy policy."),
    ]
    p = dict(
        lead=lead, agencies=agencies, class_blocks=cls,
        teller_mi="te kaimahi matua o te tangata whaiora", teller_en="The key worker",
        venue_mi="ki te whare o te Trust i Waihōpai, ki Microsoft Teams rānei",
        venue_en="at the Trust's whare in Waihōpai (Invercargill), or on Microsoft Teams",
        tikanga_mi="te kaumātua o te Trust", tikanga_en="The Trust's kaumātua", tikanga_v=2,
        controls_v=2, use_v=2,
        breach_mi="te Kaiwhakahaere Matua, Te Kākano Oranga Trust, "
                  "privacy@kakanooranga.org.nz, 03 214 6620",
        breach_en="the General Manager, Te Kākano Oranga Trust, privacy@kakanooranga.org.nz, "
                  "03 214 6620",
        review_mi="24 marama", review_en="24 months",
        sig_block=sig_wide(sigs),
    )
    c = mh_content(p)
    return {
        "file": "defect-isp402-mental-health-hui-murihiku-unclassified.docx",
        "layout": "B", "heading_fill": "3D5A80",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Hauora Hinengaro me te Waranga o Murihiku",
        "title_en": "Information Sharing Protocol — Murihiku Mental Health and Addiction Hui",
        "marking": "UNCLASSIFIED", "header_org": lead,
        "footer_text": "Hui Hauora Hinengaro | Mental Health and Addiction Hui",
        "author": "Miriama Solomon", "created": when(2026, 1, 12), "modified": when(2026, 3, 25),
        "sections": compose(c),
        "truth": {"kind": "defect",
                  "expect": [{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}],
                  "tolerate": [],
                  "note": "Mental health and addiction hui classifies the shared personal and "
                          "health information UNCLASSIFIED in the body (header and footer "
                          "match, so no mismatch), below the IN-CONFIDENCE minimum."},
    }


# ---------------------------------------------------------------- D10 ISP305
@doc
def defect_305():
    lead = "Te Whare Rurutanga o Taranaki Trust"
    agencies = [lead, "New Zealand Police", "Oranga Tamariki",
                "Health New Zealand | Te Whatu Ora", "Ministry of Social Development"]
    sigs = [
        sig(lead, "Ngāhuia Tuuta", "Chief Executive", D(2025, 10, 13)),
        sig("New Zealand Police", "Brendon Love", "Area Commander, Taranaki", D(2025, 10, 15)),
        sig("Oranga Tamariki", "Carla Tito", "Regional Manager, Taranaki–Manawatū",
            D(2025, 10, 17)),
        sig("Health New Zealand | Te Whatu Ora", "Jonathan Ruakere",
            "Director of Operations, Taranaki", D(2025, 10, 20)),
        sig("Ministry of Social Development", "Wendy Keenan",
            "Regional Commissioner, Taranaki, King Country and Whanganui", D(2025, 10, 22)),
    ]
    claim = P("Mā tēnei kawa e whai mana ai ngā tari ka tae mai ki te whakawhiti mōhiohio "
              "whaiaro mō ngā whānau ki a rātou anō, mō ngā take kei te wāhanga 3.",
              "This protocol gives the attending agencies the authority to share personal "
              "information about whānau with one another for the purposes in section 3.")
    p = dict(
        lead=lead, agencies=agencies, freq_mi="wiki", freq_en="weekly",
        not_authorise=P("Ko ngā ture e whai ake nei ngā mana ā-ture mō ia take:",
                        "The legal authority for each purpose is set out below:"),
        teller_mi=lead, teller_en=lead,
        venue_mi="kanohi ki te kanohi ki te tari o te Trust i Ngāmotu, ki Microsoft Teams rānei",
        venue_en="in person at the Trust's office in Ngāmotu (New Plymouth), or on Microsoft Teams",
        classification="IN-CONFIDENCE", controls_v=1,
        tikanga_mi="ngā kaumātua o te Trust", tikanga_en="The Trust's kaumātua",
        breach_mi="te Kaiwhakahaere Mahi, Te Whare Rurutanga o Taranaki Trust, "
                  "privacy@rurutanga.org.nz, 06 759 2218",
        breach_en="the Operations Manager, Te Whare Rurutanga o Taranaki Trust, "
                  "privacy@rurutanga.org.nz, 06 759 2218",
        review_mi="24 marama", review_en="24 months",
        sig_block=sig_wide(sigs),
    )
    c = fv_content(p)
    return {
        "file": "defect-isp305-whanau-safety-taranaki-claims-authority.docx",
        "layout": "A",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Whakaruruhau Whānau o Taranaki",
        "title_en": "Information Sharing Protocol — Taranaki Whānau Safety Hui",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Whakaruruhau | Whānau Safety Hui",
        "author": "Ngāhuia Tuuta", "created": when(2025, 8, 18), "modified": when(2025, 10, 23),
        "sections": compose(c, intro=intro_blocks("te Hui Whakaruruhau Whānau o Taranaki",
                                                  "the Taranaki Whānau Safety Hui",
                                                  extra=[claim])),
        "truth": {"kind": "defect",
                  "expect": [{"rule": "ISP305",
                              "data_contains": {"text": "authority to share"}}],
                  "tolerate": [],
                  "note": "Whānau safety hui whose introduction row says the protocol gives the "
                          "attending agencies the authority to share; every purpose still has "
                          "its own legal authority in section 5."},
    }


# ---------------------------------------------------------------- D11 ISP801
@doc
def defect_801():
    lead = "Te Huarahi Hou Ōtepoti Trust"
    agencies = [lead, "Department of Corrections", "Ministry of Social Development",
                "Health New Zealand | Te Whatu Ora", "Kāinga Ora – Homes and Communities"]
    sigs = [
        sig(lead, "Tama Ellison", "Chief Executive", D(2026, 8, 3)),
        sig("Department of Corrections", "Karen Wood",
            "Regional Commissioner, Southern Region", D(2026, 8, 5)),
        sig("Ministry of Social Development", "Hemi Parata",
            "Regional Commissioner, Southern", D(2026, 8, 7)),
        sig("Health New Zealand | Te Whatu Ora", "Sophie Lang",
            "Group Manager, Mental Health and Addiction, Southern", D(2026, 8, 10)),
        sig("Kāinga Ora – Homes and Communities", "Roimata Kāretu",
            "Regional Manager, Otago", D(2026, 8, 12)),
    ]
    extra = [P("Mēnā ka hoki anō te tangata ki te whare herehere, ka tukuna anō rānei ki te "
               "hui, mā ngā tuhipoka o mua e kore ai te whānau e tono kia kōrero anō i tā "
               "rātou kōrero.",
               "If a person returns to prison or is referred again, earlier notes save the "
               "whānau from having to tell their story again."),
             P("Ka taea hoki e ngā tari te pupuri i ngā tuhipoka katoa o te hui ki ō rātou "
               "kōnae hei tirohanga ā muri ake nei.",
               "Agencies may also keep all hui notes on file for future reference.")]
    p = dict(
        lead=lead, agencies=agencies,
        teller_mi="te kaimahi o te Trust", teller_en="The Trust's kaimahi",
        venue_mi="ki te tari o te Trust i Ōtepoti, ki Microsoft Teams rānei",
        venue_en="at the Trust's office in Ōtepoti, or on Microsoft Teams",
        classification="IN-CONFIDENCE", class_v=2, use_v=1, split=True,
        tikanga_mi="ngā kaumātua o te Trust", tikanga_en="The Trust's kaumātua",
        breach_mi="te Kaiwhakahaere Matua, Te Huarahi Hou Ōtepoti Trust, "
                  "tama@huarahihou.org.nz, 03 477 5530",
        breach_en="the Chief Executive, Te Huarahi Hou Ōtepoti Trust, tama@huarahihou.org.nz, "
                  "03 477 5530",
        review_mi="12 marama", review_en="12 months",
        retention_extra=extra,
        sig_blocks=[SIGROWS(sigs)],
    )
    c = re_content(p)
    return {
        "file": "defect-isp801-reintegration-hui-otepoti-future-reference.docx",
        "layout": "B", "heading_fill": "5B3A29",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Huarahi Hou o Ōtepoti",
        "title_en": "Information Sharing Protocol — Ōtepoti Reintegration Hui",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Huarahi Hou | Reintegration Hui",
        "author": "Tama Ellison", "created": when(2026, 5, 25), "modified": when(2026, 8, 13),
        "sections": compose(c, alt=True),
        "truth": {"kind": "defect",
                  "expect": [{"rule": "ISP801",
                              "data_contains": {"text": "for future reference"}}],
                  "tolerate": [],
                  "note": "Reintegration hui: retention section, after the proper 'keep only "
                          "if needed' clause, lets agencies keep all hui notes on file for "
                          "future reference in case the person is referred again."},
    }


# ---------------------------------------------------------------- L1 legacy
@doc
def legacy_2019():
    lead = "Te Whare Awhina o Manawatū Trust"
    ot = "Oranga Tamariki – Ministry for Children"
    dhb = "MidCentral District Health Board"
    agencies = [lead, "New Zealand Police", ot, "Ministry of Social Development", dhb]
    info = [
        (lead, *FV_INFO["_lead"]),
        ("New Zealand Police", *FV_INFO["New Zealand Police"]),
        (ot, *FV_INFO["Oranga Tamariki"]),
        ("Ministry of Social Development", *FV_INFO["Ministry of Social Development"]),
        (dhb, *FV_INFO["Health New Zealand | Te Whatu Ora"]),
    ]
    auth_mi = [["1. Aromatawai tūraru tūkino ā-whānau", "Privacy Act 1993, mātāpono 11(f)"],
               ["2. Te haumaru me te oranga o ngā tamariki",
                "Children, Young Persons, and Their Families Act 1989, s 15"],
               ["3. Mahere haumaru whānau me ngā tautoko",
                "Privacy Act 1993, mātāpono 11(a) me 11(d)"]]
    auth_en = [["1. Assess family violence risk", "Privacy Act 1993, principle 11(f)"],
               ["2. Safety and wellbeing of tamariki",
                "Children, Young Persons, and Their Families Act 1989, s 15"],
               ["3. Whānau safety plan and support",
                "Privacy Act 1993, principles 11(a) and 11(d)"]]
    sigs = [
        sig(lead, "Pania Te Awe", "Chief Executive", D(2019, 3, 4)),
        sig("New Zealand Police", "Sam Whiteley", "Area Commander, Manawatū", D(2019, 3, 6)),
        sig(ot, "Huhana Karaka", "Site Manager, Palmerston North", D(2019, 3, 8)),
        sig("Ministry of Social Development", "Gregor Mills",
            "Regional Commissioner, Central", D(2019, 3, 12)),
        sig(dhb, "Dr Ruth Hāwea", "Director of Nursing", D(2019, 3, 14)),
    ]
    c = {
        "attending-agencies": agencies_blocks(agencies, lead),
        "meeting-purpose": [P(
            "Ka tū te hui ia wiki ki te aromatawai i te tūraru mō ngā whānau kua "
            "pūrongotia ki ngā Pirihimana mō te tūkino ā-whānau, ki te whakaae ki tētahi "
            "mahere haumaru mō ia whānau, ā, ki te whakarite i te tautoko a ia tari.",
            "The hui meets weekly to assess risk for whānau where family violence has been "
            "reported to Police, to agree a safety plan for each whānau, and to coordinate "
            "the support each agency provides.")],
        "sharing-purpose": purposes_ol(FV_PURPOSES),
        "information-shared": info_list(info),
        "legal-authority": [NOT_AUTHORISE, auth_table(auth_mi, auth_en)],
        "use-of-information": use_blocks(1),
        "transparency": transparency_blocks("te whānau", "the whānau is", lead, lead),
        "method-of-sharing": method_blocks(
            lead, lead, "ngā whānau", "whānau", "e rua rā mahi", "two working days",
            "ki te tari o te Trust i Te Papaioea", "at the Trust's office in Palmerston North"),
        "security-classification": classification_blocks("IN-CONFIDENCE"),
        "security-controls": controls_blocks(1, omit=("approved-devices", "virtual-meeting")),
        "tikanga": tikanga_blocks("ngā kaumātua o te Trust", "The Trust's kaumātua", 1),
        "retention-disposal": retention_blocks(lead, lead),
        "breach-management": breach_blocks(
            "te Kaiwhakahaere Mahi, Te Whare Awhina o Manawatū Trust, "
            "practice@whareawhina.org.nz, 06 356 1180",
            "the Practice Manager, Te Whare Awhina o Manawatū Trust, "
            "practice@whareawhina.org.nz, 06 356 1180"),
        "conflicts-of-interest": conflicts_blocks(),
        "relationship-management": relationship_blocks(lead, lead),
        "review": review_blocks(None, None, None, None, first=P(
            f"Ka arotakehia tēnei kawa ina hiahiatia. Mā {lead}, hei tari ārahi, e tīmata "
            "te arotake.",
            f"This protocol will be reviewed as required. {lead}, as lead agency, will "
            "initiate the review.")),
        "approval": [APPROVAL_INTRO,
                     ONLY("mi", "Kei te mutunga o te Wāhanga Tuarua te tūtohi waitohu."),
                     sig_wide(sigs)],
    }
    return {
        "file": "legacy-2019-whanau-safety-hui-manawatu-sequential.docx",
        "layout": "SEQ", "sig_part": "en",
        "title_mi": "Kawa Tiritiri Mōhiohio — Hui Haumaru Whānau o Manawatū",
        "title_en": "Information Sharing Protocol — Manawatū Whānau Safety Hui (2019)",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Kawa 2019 | Protocol 2019",
        "author": "Pania Te Awe", "created": when(2018, 11, 26), "modified": when(2019, 3, 15),
        "revision": 9,
        "preamble": [
            ("Kua tuhia tēnei kawa ki te reo Māori me te reo Pākehā. Ko te Wāhanga Tuatahi "
             "te putanga reo Māori, ko te Wāhanga Tuarua te putanga reo Pākehā. Mēnā he "
             "rerekētanga, ko te putanga reo Pākehā te mana nui.",
             "This protocol is written in te reo Māori and English. Part One is the te reo "
             "Māori version and Part Two is the English version. If there is any difference "
             "between them, the English version prevails."),
        ],
        "parts": [("mi", "Wāhanga Tuatahi: Te Reo Māori"), ("en", "Part Two: English")],
        "sections": compose(c),
        "truth": {"kind": "legacy",
                  "expect": [
                      {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
                      {"rule": "ISP303", "data_contains": {"authority": "Children, Young Persons"}},
                      {"rule": "ISP601"},
                      {"rule": "ISP451", "data": {"control": "approved-devices"}},
                      {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
                  ],
                  "tolerate": ["ISP302"],
                  "note": "2019 sequential protocol (te reo first, English prevails) that was "
                          "never updated: cites the Privacy Act 1993 and the Children, Young "
                          "Persons, and Their Families Act 1989, is reviewed 'as required' "
                          "(owner named, no period), and its controls predate online hui "
                          "(no approved-devices or online-meeting control)."},
    }


# ---------------------------------------------------------------- T1 trap
@doc
def trap_controls():
    lead = "Te Waka Hauora Hinengaro Trust"
    agencies = [lead, "Health New Zealand | Te Whatu Ora", "New Zealand Police",
                "Ministry of Social Development", "Kāinga Ora – Homes and Communities"]
    author = "Rāwiri Tamatea"
    stamp = dt.datetime(2026, 6, 2, 14, 20)

    def datepick(d):
        return lambda par, lang: sdt_date(par, "Rā waitohu | Date signed", "sign_date", d,
                                          d_en(d))

    sigs = [
        sig(lead, "Arihia Walker", "Chief Executive", D(2026, 6, 8),
            date_fn=datepick(D(2026, 6, 8))),
        sig("Health New Zealand | Te Whatu Ora", "Dr Kelvin Chan",
            "Clinical Director, Mental Health and Addiction, Bay of Plenty", D(2026, 6, 10),
            date_fn=datepick(D(2026, 6, 10))),
        sig("New Zealand Police", "Rachel Tūhiwai", "Area Commander, Western Bay of Plenty",
            D(2026, 6, 12), date_fn=datepick(D(2026, 6, 12))),
        sig("Ministry of Social Development", "Matiu Paora",
            "Regional Commissioner, Bay of Plenty", D(2026, 6, 15),
            date_fn=datepick(D(2026, 6, 15))),
        sig("Kāinga Ora – Homes and Communities", "Elena Vasquez",
            "Regional Manager, Tauranga", D(2026, 6, 17), date_fn=datepick(D(2026, 6, 17))),
    ]

    def lead_dd(cont, lang, ctx):
        label = "Tari ārahi: " if lang == "mi" else "Lead attending agency: "
        p = cpar(cont, "")
        add_runs(p, label, bold=True)
        sdt_dropdown(p, "Tari ārahi | Lead agency", "lead_agency", agencies, lead)

    def class_dd(cont, lang, ctx):
        txt = ("Ko te whakarōpūtanga haumaru o ngā mōhiohio ka whakawhitia ki te hui: "
               if lang == "mi" else "Information shared at the hui is classified ")
        p = cpar(cont, txt)
        sdt_dropdown(p, "Whakarōpūtanga | Classification", "classification",
                     ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"],
                     "IN-CONFIDENCE")
        add_runs(p, ".")

    def breach_cc(cont, lang, ctx):
        if lang == "mi":
            p = cpar(cont, "Ki te puta, ki te whakapaetia rānei tētahi takahitanga "
                           "matatapu, haumaru rānei e pā ana ki ngā mōhiohio i whakawhitia "
                           "ki te hui, me whakamōhio tonu te māngai ki te kaiwhakapā mō ngā "
                           "takahitanga: ")
            sdt_text(p, "Kaiwhakapā takahitanga | Breach contact", "breach_contact",
                     "te Āpiha Matatapu, Te Waka Hauora Hinengaro Trust, "
                     "privacy@tewakahauora.org.nz, 07 571 2290")
        else:
            p = cpar(cont, "If a privacy or security breach involving information shared "
                           "at the hui happens or is suspected, the representative tells "
                           "the breach contact straight away: ")
            sdt_text(p, "Kaiwhakapā takahitanga | Breach contact", "breach_contact",
                     "Privacy Officer, Te Waka Hauora Hinengaro Trust, "
                     "privacy@tewakahauora.org.nz, 07 571 2290")
        add_runs(p, ".")

    def review_tc(cont, lang, ctx):
        if lang == "mi":
            p = cpar(cont, "")
            tracked(p, [("txt", "Ka arotakehia tēnei kawa i ia "), ("del", "36"),
                        ("ins", "24"),
                        ("txt", " marama mai i te rā o te waitohu whakamutunga. Ko te tari "
                                "e tīmata ana i te arotake ko ")], author, stamp)
            sdt_dropdown(p, "Kaitīmata arotake | Review owner", "review_owner", agencies, lead)
            add_runs(p, ". Ka taea e tētahi tari ka tae mai te tono arotake i ngā wā katoa "
                        "ki te puta he raru i te whakawhitinga.")
        else:
            p = cpar(cont, "")
            tracked(p, [("txt", "This protocol is reviewed every "), ("del", "36"),
                        ("ins", "24"),
                        ("txt", " months from the date of the last signature. The agency "
                                "responsible for initiating the review is ")], author, stamp)
            sdt_dropdown(p, "Kaitīmata arotake | Review owner", "review_owner", agencies, lead)
            add_runs(p, ". Any attending agency may ask for a review at any time if a "
                        "problem with the sharing arises.")

    ag_blocks = agencies_blocks(agencies, None, lead_desc=False)
    ag_blocks.append(RAW(lead_dd))
    ag_blocks.append(P("Nā te tari ārahi te hui e whakarite, ā, kei a ia te kawenga mō te "
                       "whakawhanake me te whakatinana i tēnei kawa.",
                       "The lead attending agency convenes the hui and is responsible for "
                       "developing and implementing this protocol."))
    p = dict(
        lead=lead, agencies=agencies, agencies_blocks=ag_blocks,
        class_blocks=[RAW(class_dd),
                      P("Ka whakahaere ngā tari kāwanatanga i ngā mōhiohio i raro i ngā "
                        "Protective Security Requirements, ā, kua whakaū ngā tari ehara i te "
                        "kāwanatanga ka taea e rātou te whakahaere i ngā mōhiohio i tēnei "
                        "taumata.",
                        "Government agencies handle the information under the Protective "
                        "Security Requirements, and the non-government attending agencies "
                        "have confirmed they can handle information at this level.")],
        breach_blocks=[RAW(breach_cc)] + breach_blocks("x", "x")[1:],
        review_blocks=[RAW(review_tc)] + review_blocks(None, None, None, None,
                                                       first=P("", ""))[1:],
        teller_mi="te kaimahi matua o te tangata whaiora", teller_en="The key worker",
        venue_mi="ki te whare o te Trust i Tauranga, ki Microsoft Teams rānei",
        venue_en="at the Trust's whare in Tauranga, or on Microsoft Teams",
        tikanga_mi="ngā kaumātua o te Trust", tikanga_en="The Trust's kaumātua",
        sig_block=sig_wide(sigs),
    )
    c = mh_content(p)
    return {
        "file": "trap-content-controls-mental-health-tauranga-tracked-review.docx",
        "layout": "A", "heading_fill": "D9E2F3",
        "title_mi": "Kawa Whakawhiti Mōhiohio — Hui Hauora Hinengaro o Tauranga Moana",
        "title_en": "Information Sharing Protocol — Tauranga Moana Mental Health and Addiction Hui",
        "marking": "IN-CONFIDENCE", "header_org": lead,
        "footer_text": "Hui Hauora Hinengaro | Mental Health and Addiction Hui",
        "author": "Arihia Walker", "last_modified_by": author,
        "created": when(2026, 3, 30), "modified": when(2026, 6, 18),
        "sections": compose(c),
        "truth": {"kind": "trap",
                  "expect": [{"rule": "ISP202"}],
                  "tolerate": [],
                  "note": "Mental health hui whose lead agency, classification (IN-CONFIDENCE), "
                          "breach contact, review owner and signing dates are only in filled "
                          "content controls, and whose review period is a tracked change "
                          "(36 deleted, 24 inserted) in both columns: read as accepted it is "
                          "clean except for the unresolved tracked changes."},
    }


# =====================================================================
def main():
    import json
    truth = {
        "as_of": "2026-11-24",
        "style": "Fully bilingual kaupapa Māori provider protocols: te reo Māori and English "
                 "side by side in a two-column table (shaded heading rows, paragraph rows, "
                 "nested purpose/authority and signature tables or per-agency rows); two "
                 "documents give the full te reo version first and then the English.",
        "files": {},
    }
    for fn in DOCS:
        spec = fn()
        if spec["layout"] == "SEQ":
            d = render_sequential_doc(spec)
        else:
            d = render_table_doc(spec)
        save(d, spec["file"])
        truth["files"][spec["file"]] = spec["truth"]
        print("built", spec["file"])
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
