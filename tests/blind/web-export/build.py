"""Build the web-export blind corpus.

House style: protocols kept as pages on an agency intranet (SharePoint / Confluence)
and exported to Word.  Breadcrumbs and "Last updated by ... on ..." metadata at the
top, "Web Heading" / "Normal (Web)" / "Heading 2 Char" styling, headings phrased as
FAQ questions or short nouns, info / warning panels as shaded one-cell tables with a
"Panel Title" line, expand macros exported as a bold label followed by the content,
URLs written out in the text, and tables whose header rows carry the web CSS shading.

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
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
ZIP_TIME = (2026, 11, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# low level helpers
# ---------------------------------------------------------------------------

URL_OR_BOLD = re.compile(r"(\*\*.+?\*\*|https?://[^\s)\]]+)")


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def insert_ordered(parent, child, successors):
    """Insert child before the first existing element whose tag is in successors."""
    for s in successors:
        found = parent.find(qn(s))
        if found is not None:
            found.addprevious(child)
            return child
    parent.append(child)
    return child


def add_hyperlink(p, url, text=None):
    r_id = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = el("w:hyperlink")
    h.set(qn("r:id"), r_id)
    h.set(qn("w:history"), "1")
    r = el("w:r")
    rpr = el("w:rPr")
    rpr.append(el("w:rStyle", **{"w:val": "Hyperlink"}))
    r.append(rpr)
    t = el("w:t")
    t.text = text or url
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    p._p.append(h)


def add_text(p, text, bold=False, italic=False):
    """Add text to paragraph p; **bold** markup and bare URLs become bold runs and
    hyperlinks (the URL stays visible, as the intranet export writes it)."""
    for part in URL_OR_BOLD.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
            if italic:
                r.italic = True
        elif part.startswith("http"):
            tail = ""
            while part and part[-1] in ".,;:":
                tail = part[-1] + tail
                part = part[:-1]
            add_hyperlink(p, part)
            if tail:
                p.add_run(tail)
        else:
            r = p.add_run(part)
            if bold:
                r.bold = True
            if italic:
                r.italic = True


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill})
    insert_ordered(tcPr, shd, ["w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"])


def cell_borders(cell, color, size=8, left_color=None, left_size=None):
    tcPr = cell._tc.get_or_add_tcPr()
    b = el("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        c, s = color, size
        if side == "left" and left_color:
            c, s = left_color, left_size or 24
        b.append(el("w:" + side, **{"w:val": "single", "w:sz": s, "w:space": 0, "w:color": c}))
    insert_ordered(tcPr, b, ["w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"])


def table_borders(table, color="C1C7D0"):
    tblPr = table._tbl.tblPr
    b = el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(el("w:" + side, **{"w:val": "single", "w:sz": 4, "w:space": 0, "w:color": color}))
    insert_ordered(tblPr, b, ["w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"])
    mar = el("w:tblCellMar")
    for side, w in (("top", 60), ("left", 100), ("bottom", 60), ("right", 100)):
        mar.append(el("w:" + side, **{"w:w": w, "w:type": "dxa"}))
    insert_ordered(tblPr, mar, ["w:tblLook", "w:tblCaption", "w:tblDescription"])


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(el("w:tblHeader"))


# ---------------------------------------------------------------------------
# document set-up: styles, numbering, header/footer, core properties
# ---------------------------------------------------------------------------

NUM_BULLET_ABS = 60
NUM_DECIMAL_ABS = 61


def add_abstract_nums(doc):
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))

    def make(abs_id, nsid, fmt, text, font=None):
        a = el("w:abstractNum", **{"w:abstractNumId": abs_id})
        a.append(el("w:nsid", **{"w:val": nsid}))
        a.append(el("w:multiLevelType", **{"w:val": "hybridMultilevel"}))
        for ilvl in range(3):
            lvl = el("w:lvl", **{"w:ilvl": ilvl})
            lvl.append(el("w:start", **{"w:val": 1}))
            if fmt == "bullet":
                lvl.append(el("w:numFmt", **{"w:val": "bullet"}))
                lvl.append(el("w:lvlText", **{"w:val": ["\u2022", "\u25e6", "\u25aa"][ilvl]}))
            else:
                lvl.append(el("w:numFmt", **{"w:val": ["decimal", "lowerLetter", "lowerRoman"][ilvl]}))
                lvl.append(el("w:lvlText", **{"w:val": "%" + str(ilvl + 1) + "."}))
            lvl.append(el("w:lvlJc", **{"w:val": "left"}))
            ppr = el("w:pPr")
            ppr.append(el("w:ind", **{"w:left": 720 * (ilvl + 1), "w:hanging": 360}))
            lvl.append(ppr)
            if fmt == "bullet":
                rpr = el("w:rPr")
                rpr.append(el("w:rFonts", **{"w:ascii": "Arial", "w:hAnsi": "Arial", "w:hint": "default"}))
                lvl.append(rpr)
            a.append(lvl)
        return a

    for a in (make(NUM_BULLET_ABS, "5A1C0B60", "bullet", None), make(NUM_DECIMAL_ABS, "5A1C0B61", "decimal", None)):
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)


def new_num(doc, abs_id, restart=False):
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(ids + [0]) + 1
    n = el("w:num", **{"w:numId": nid})
    n.append(el("w:abstractNumId", **{"w:val": abs_id}))
    if restart:
        o = el("w:lvlOverride", **{"w:ilvl": 0})
        o.append(el("w:startOverride", **{"w:val": 1}))
        n.append(o)
    numbering.append(n)
    return nid


def setup_styles(doc, web_outline):
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = "Segoe UI"
    normal.font.size = Pt(10)
    normal.element.get_or_add_rPr()

    def pstyle(name, sid, size=None, bold=None, italic=None, color=None, before=None, after=None, base="Normal"):
        s = st.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        s.style_id = sid
        s.base_style = st[base]
        s.quick_style = True
        if size:
            s.font.size = Pt(size)
        if bold is not None:
            s.font.bold = bold
        if italic is not None:
            s.font.italic = italic
        if color:
            s.font.color.rgb = RGBColor.from_string(color)
        if before is not None:
            s.paragraph_format.space_before = Pt(before)
        if after is not None:
            s.paragraph_format.space_after = Pt(after)
        return s

    pstyle("Normal (Web)", "NormalWeb", before=5, after=5)
    pstyle("Body", "Body", after=6)
    wh = pstyle("Web Heading", "WebHeading", size=15, bold=True, color="172B4D", before=18, after=6)
    wh.paragraph_format.keep_with_next = True
    if web_outline:
        wh.element.get_or_add_pPr().append(el("w:outlineLvl", **{"w:val": 1}))
    pstyle("Panel Title", "PanelTitle", size=10.5, bold=True, color="172B4D", before=2, after=4)
    pstyle("Breadcrumb", "Breadcrumb", size=8.5, color="6B778C", after=2)
    pstyle("Page Metadata", "PageMetadata", size=8.5, italic=True, color="6B778C", after=10)
    h = st.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    h.style_id = "Hyperlink"
    h.font.color.rgb = RGBColor.from_string("0052CC")
    h.font.underline = True


def set_core(doc, core):
    cp = doc.core_properties
    cp.title = core["title"]
    cp.author = core["author"]
    cp.last_modified_by = core.get("last_modified_by", core["author"])
    cp.created = core["created"]
    cp.modified = core["modified"]
    cp.last_printed = core["modified"]
    cp.revision = core.get("revision", 4)
    cp.subject = core.get("subject", "Multi-agency meeting information sharing protocol")
    cp.keywords = core.get("keywords", "information sharing; protocol; intranet export")
    cp.category = "Intranet page export"
    cp.comments = core.get("comments", "Exported from the intranet page to Word.")


def set_header_footer(doc, header, footer):
    sec = doc.sections[0]
    if header:
        p = sec.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(header)
        r.bold = True
        r.font.color.rgb = RGBColor.from_string("C00000")
    if footer:
        for i, line in enumerate(footer if isinstance(footer, list) else [footer]):
            p = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph()
            p.style = doc.styles["Footer"]
            if line in ("IN-CONFIDENCE", "SENSITIVE", "UNCLASSIFIED", "RESTRICTED"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(line)
                r.bold = True
                r.font.color.rgb = RGBColor.from_string("C00000")
            else:
                add_text(p, line)
                for r in p.runs:
                    r.font.size = Pt(8)


# ---------------------------------------------------------------------------
# block rendering
# ---------------------------------------------------------------------------
# Blocks:
#   ("p", text)                 paragraph in Normal (Web) (or "Body" with ("body", text))
#   ("ul", [text|(text, [sub])]) bullet list;  ("ol", [...]) numbered list
#   ("panel", kind, title, [blocks])   shaded one-cell table
#   ("expand", label, [blocks])       Confluence expand macro as exported
#   ("table", header, rows)           CSS-styled table (header row shaded)
#   ("props", rows)                   page-properties table (left column shaded)
#   ("sdt", [segments])               paragraph with content controls
#   ("ins", before, inserted, after)  paragraph with one tracked insertion
#   ("h3", text)                      sub-heading

PANEL = {
    "info": ("DEEBFF", "4C9AFF"),
    "note": ("EAE6FF", "8777D9"),
    "warning": ("FFFAE6", "FFAB00"),
    "error": ("FFEBE6", "FF5630"),
    "success": ("E3FCEF", "36B37E"),
}


class Ctx:
    def __init__(self, doc, hmode):
        self.doc = doc
        self.hmode = hmode
        self.sdt_id = 40001
        self.rev_id = 901
        self.pstyle = "Normal (Web)"


def heading(ctx, text, level=2):
    doc = ctx.doc
    if ctx.hmode == "builtin":
        p = doc.add_paragraph(style="Heading %d" % level)
        r = p.add_run(text)
        r.style = doc.styles["Heading %d Char" % level]
    elif ctx.hmode == "web":
        p = doc.add_paragraph(style="Web Heading")
        p.add_run(text)
        if level == 3:
            p.runs[0].font.size = Pt(12)
    else:  # "inline": pasted from the browser, Normal (Web) with a heading character style
        p = doc.add_paragraph(style="Normal (Web)")
        r = p.add_run(text)
        r.style = doc.styles["Heading %d Char" % level]
        r.bold = True
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(14)
    return p


def title(ctx, text):
    doc = ctx.doc
    if ctx.hmode == "builtin":
        p = doc.add_paragraph(style="Heading 1")
        r = p.add_run(text)
        r.style = doc.styles["Heading 1 Char"]
    elif ctx.hmode == "web":
        p = doc.add_paragraph(style="Title")
        p.add_run(text)
        p.runs[0].font.size = Pt(22)
    else:
        p = doc.add_paragraph(style="Normal (Web)")
        r = p.add_run(text)
        r.style = doc.styles["Heading 1 Char"]
        r.bold = True
        r.font.size = Pt(20)


def list_items(ctx, container, items, ordered, level=0, num_id=None):
    doc = ctx.doc
    if num_id is None:
        num_id = new_num(doc, NUM_DECIMAL_ABS if ordered else NUM_BULLET_ABS, restart=ordered)
    for it in items:
        sub = None
        if isinstance(it, tuple):
            it, sub = it
        p = container.add_paragraph(style="List Paragraph")
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = level
        numPr.get_or_add_numId().val = num_id
        add_text(p, it)
        if sub:
            list_items(ctx, container, sub, ordered, level + 1, num_id)


def css_table(ctx, container, header, rows, widths=None, top=True):
    doc = ctx.doc
    ncols = len(header) if header else len(rows[0])
    nrows = len(rows) + (1 if header else 0)
    t = container.add_table(rows=nrows, cols=ncols)
    table_borders(t)
    r0 = 0
    if header:
        mark_header_row(t.rows[0])
        for i, h in enumerate(header):
            c = t.cell(0, i)
            shade_cell(c, "F4F5F7")
            p = c.paragraphs[0]
            p.style = doc.styles["Normal (Web)"]
            r = p.add_run(h)
            r.bold = True
            r.font.color.rgb = RGBColor.from_string("172B4D")
        r0 = 1
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            c = t.cell(ri + r0, ci)
            lines = val if isinstance(val, list) else [val]
            for li, line in enumerate(lines):
                p = c.paragraphs[0] if li == 0 else c.add_paragraph()
                p.style = doc.styles["Normal (Web)"]
                add_text(p, line)
    if top:
        doc.add_paragraph(style="Normal (Web)")
    return t


def props_table(ctx, rows):
    doc = ctx.doc
    t = doc.add_table(rows=len(rows), cols=2)
    table_borders(t)
    for i, (k, v) in enumerate(rows):
        kc, vc = t.cell(i, 0), t.cell(i, 1)
        shade_cell(kc, "F4F5F7")
        p = kc.paragraphs[0]
        p.style = doc.styles["Normal (Web)"]
        p.add_run(k).bold = True
        p = vc.paragraphs[0]
        p.style = doc.styles["Normal (Web)"]
        add_text(p, v)
    doc.add_paragraph(style="Normal (Web)")


def panel(ctx, kind, ptitle, blocks):
    doc = ctx.doc
    fill, edge = PANEL[kind]
    t = doc.add_table(rows=1, cols=1)
    c = t.cell(0, 0)
    cell_borders(c, edge, 6, left_color=edge, left_size=24)
    shade_cell(c, fill)
    p = c.paragraphs[0]
    p.style = doc.styles["Panel Title"]
    p.add_run(ptitle)
    for b in blocks:
        render(ctx, c, b)
    doc.add_paragraph(style="Normal (Web)")


def sdt_run(ctx, spec):
    """Run-level content control. spec: dict(kind='drop'|'date'|'text', value, items, alias, tag, full)."""
    s = el("w:sdt")
    pr = el("w:sdtPr")
    pr.append(el("w:alias", **{"w:val": spec["alias"]}))
    pr.append(el("w:tag", **{"w:val": spec["tag"]}))
    pr.append(el("w:id", **{"w:val": ctx.sdt_id}))
    ctx.sdt_id += 1
    if spec["kind"] == "drop":
        dd = el("w:dropDownList")
        dd.append(el("w:listItem", **{"w:displayText": "Choose an item.", "w:value": ""}))
        for it in spec["items"]:
            dd.append(el("w:listItem", **{"w:displayText": it, "w:value": it}))
        pr.append(dd)
    elif spec["kind"] == "date":
        d = el("w:date", **{"w:fullDate": spec["full"] + "T00:00:00Z"})
        d.append(el("w:dateFormat", **{"w:val": "d MMMM yyyy"}))
        d.append(el("w:lid", **{"w:val": "en-NZ"}))
        d.append(el("w:storeMappedDataAs", **{"w:val": "dateTime"}))
        d.append(el("w:calendar", **{"w:val": "gregorian"}))
        pr.append(d)
    else:
        pr.append(el("w:text"))
    s.append(pr)
    content = el("w:sdtContent")
    r = el("w:r")
    t = el("w:t")
    t.text = spec["value"]
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    content.append(r)
    s.append(content)
    return s


def render(ctx, container, b):
    doc = ctx.doc
    kind = b[0]
    top = container is doc
    if kind in ("p", "body"):
        p = container.add_paragraph(style=ctx.pstyle if kind == "p" else "Body")
        add_text(p, b[1])
    elif kind == "pi":  # italic note
        p = container.add_paragraph(style="Normal (Web)")
        add_text(p, b[1], italic=True)
    elif kind == "ul":
        list_items(ctx, container, b[1], False)
    elif kind == "ol":
        list_items(ctx, container, b[1], True)
    elif kind == "h3":
        heading(ctx, b[1], 3)
    elif kind == "table":
        css_table(ctx, container, b[1], b[2], top=top)
    elif kind == "props":
        props_table(ctx, b[1])
    elif kind == "panel":
        panel(ctx, b[1], b[2], b[3])
    elif kind == "expand":
        p = container.add_paragraph(style="Normal (Web)")
        r = p.add_run("\u25B8 " + b[1])
        r.bold = True
        for sub in b[2]:
            render(ctx, container, sub)
    elif kind == "sdt":
        p = container.add_paragraph(style="Normal (Web)")
        for seg in b[1]:
            if isinstance(seg, str):
                add_text(p, seg)
            else:
                p._p.append(sdt_run(ctx, seg))
    elif kind == "ins":
        _, before, inserted, after, author, date = b
        p = container.add_paragraph(style="Normal (Web)")
        add_text(p, before)
        ins = el("w:ins", **{"w:id": ctx.rev_id, "w:author": author, "w:date": date})
        ctx.rev_id += 1
        r = el("w:r")
        t = el("w:t")
        t.text = inserted
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        ins.append(r)
        p._p.append(ins)
        if after:
            add_text(p, after)
    else:
        raise ValueError(kind)


def build(spec):
    doc = Document()
    setup_styles(doc, spec.get("outline", False))
    add_abstract_nums(doc)
    set_core(doc, spec["core"])
    set_header_footer(doc, spec.get("header"), spec.get("footer"))
    ctx = Ctx(doc, spec["hmode"])
    ctx.pstyle = spec.get("pstyle", "Normal (Web)")
    p = doc.add_paragraph(style="Breadcrumb")
    p.add_run(spec["crumb"])
    title(ctx, spec["title"])
    p = doc.add_paragraph(style="Page Metadata")
    p.add_run(spec["meta"])
    for b in spec.get("pre", []):
        render(ctx, doc, b)
    for key, head, blocks in spec["sections"]:
        heading(ctx, head)
        for b in blocks:
            render(ctx, doc, b)
    for b in spec.get("post", []):
        render(ctx, doc, b)
    # drop the empty paragraph python-docx's template starts with (none) and save
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    path = os.path.join(OUT, spec["file"])
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))
    return path


def section(spec, key):
    for s in spec["sections"]:
        if s[0] == key:
            return s
    raise KeyError(key)


def replace_section(spec, key, blocks=None, head=None):
    for i, s in enumerate(spec["sections"]):
        if s[0] == key:
            spec["sections"][i] = (key, head or s[1], blocks if blocks is not None else s[2])
            return
    raise KeyError(key)


def drop_section(spec, key):
    spec["sections"] = [s for s in spec["sections"] if s[0] != key]


def core(title_, author, created, modified, **kw):
    d = dict(title=title_, author=author, created=dt.datetime(*created), modified=dt.datetime(*modified))
    d.update(kw)
    return d


# ---------------------------------------------------------------------------
# content
# ---------------------------------------------------------------------------

FVA = "https://www.legislation.govt.nz/act/public/2018/0046/latest/whole.html"
OTA66C = "https://www.legislation.govt.nz/act/public/1989/0024/latest/DLM7287401.html"
PA = "https://www.legislation.govt.nz/act/public/2020/0031/latest/whole.html"
HIPC = "https://www.privacy.org.nz/privacy-act-2020/codes-of-practice/hipc2020/"
NOTIFY = "https://www.privacy.org.nz/responsibilities/privacy-breaches/notify-us/"

# ---------------------------------------------------------------------------
# Base 1: Whangārei Family Violence Safety Table (Police intranet, Confluence export)
# ---------------------------------------------------------------------------

FV_AGENCIES = [
    ("New Zealand Police", "Inspector Rāwiri Hona", "Area Commander, Whangārei–Kaipara", "2 March 2026"),
    ("Oranga Tamariki", "Ngaire Pōtae", "Site Manager, Whangārei", "4 March 2026"),
    ("Health New Zealand | Te Whatu Ora", "Dr Miriama Toki", "Director of Operations, Te Tai Tokerau", "5 March 2026"),
    ("Ministry of Social Development", "Tania Herewini", "Regional Commissioner, Northland", "9 March 2026"),
    ("Ara Poutama Aotearoa – Department of Corrections", "Grant Mihaka", "District Manager, Northland Community Corrections", "10 March 2026"),
    ("Te Hā o te Whānau Trust", "Moana Te Paa", "Kaiwhakahaere / General Manager", "12 March 2026"),
    ("Whangārei Women's Refuge", "Leanne Doherty", "Manager", "16 March 2026"),
]


def base_fv(review_owner=True):
    review = ("This protocol is reviewed every 12 months from the date of the last signature. "
              "New Zealand Police, as lead agency, is responsible for starting the review and circulating "
              "a draft to the other agencies. Any attending agency can ask for an earlier review if a "
              "problem with the sharing comes up.")
    if not review_owner:
        review = ("This protocol is reviewed every 12 months from the date of the last signature. The "
                  "relationship managers will agree between themselves who pulls the review together each "
                  "year. Any attending agency can ask for an earlier review if a problem with the sharing "
                  "comes up.")
    return {
        "hmode": "builtin",
        "crumb": "Te Tai Tokerau District  ›  Family Harm  ›  Safety Table  ›  Information sharing protocol",
        "title": "Whangārei Family Violence Safety Table – Information Sharing Protocol",
        "meta": "Last updated by Aroha Kingi on 17 Mar 2026  •  Page owner: Family Harm Coordinator, Whangārei  •  7 min read",
        "header": "IN-CONFIDENCE",
        "footer": ["IN-CONFIDENCE",
                   "Exported from https://intranet.police.govt.nz/districts/northland/family-harm/safety-table/isp on 17/03/2026"],
        "core": core("Whangārei Family Violence Safety Table – Information Sharing Protocol", "Aroha Kingi",
                     (2026, 2, 10, 9, 12), (2026, 3, 17, 14, 5)),
        "pre": [
            ("panel", "info", "About this page", [
                ("p", "This page is the agreed information sharing protocol for the Whangārei Safety Table. "
                      "The signed Word copy is held by the Family Harm Coordinator; this page is kept the same as it."),
            ]),
        ],
        "sections": [
            ("attending-agencies", "Who attends the Safety Table?", [
                ("p", "Seven agencies attend the Safety Table every weekday morning. **New Zealand Police is the lead "
                      "attending agency**: it convenes and chairs the meeting, sends out the daily list and keeps the action log."),
                ("table", ["Agency", "Who attends", "What they bring"], [
                    ["New Zealand Police (lead agency)", "Family Harm Coordinator and a Family Harm Team sergeant",
                     "Family harm episode reports, call-out history, protection orders"],
                    ["Oranga Tamariki", "Site social worker", "Care and protection history and current involvement with children in the household"],
                    ["Health New Zealand | Te Whatu Ora", "Family violence intervention coordinator, Whangārei Hospital",
                     "Hospital presentations and health information linked to family violence"],
                    ["Ministry of Social Development", "Regional family violence lead", "Housing and income support status, hardship assistance"],
                    ["Ara Poutama Aotearoa – Department of Corrections", "Probation officer", "Sentences, orders and conditions for people managed by Corrections"],
                    ["Te Hā o te Whānau Trust", "Kaimahi whānau ora", "Kaupapa Māori support already in place for the whānau"],
                    ["Whangārei Women's Refuge", "Advocate", "Safety planning and support for victims"],
                ]),
            ]),
            ("meeting-purpose", "Why does the Safety Table meet?", [
                ("p", "The Safety Table is a daily multi-agency meeting that looks at every family harm episode reported "
                      "in the Whangārei and Kaipara areas in the previous 24 hours. It makes sure victims and their children "
                      "are kept safe, that people using violence are held to account, and that whānau get the right help from "
                      "the right agency quickly, instead of being passed from one service to the next."),
            ]),
            ("sharing-purpose", "Why do we share information?", [
                ("p", "Representatives share information at the Safety Table for these three purposes only:"),
                ("ol", [
                    "To assess the risk of harm to victims of family violence, including children, for each episode on the daily list.",
                    "To agree a safety plan for each victim and whānau, and which agency will carry out each action in it.",
                    "To follow up agreed actions at later meetings and check whether the risk has come down.",
                ]),
            ]),
            ("information-shared", "What information can be shared?", [
                ("p", "Only what a representative needs to share for one of the three purposes. That is usually:"),
                ("ul", [
                    "names, dates of birth, addresses and contact details of the victim, the person using violence and any children in the household",
                    "the family harm episode and the history of earlier episodes",
                    "protection orders, bail or release conditions, and any care and protection involvement",
                    "risk factors the agency knows about (for example strangulation, threats to kill, recent separation, pregnancy, access to firearms)",
                    "services the agency already provides to the whānau, or can offer",
                ]),
                ("panel", "note", "Keep it relevant", [
                    ("p", "Not sure whether something is relevant? Ask the chair before you share it. Information about people "
                          "who are not part of the episode is not shared."),
                ]),
            ]),
            ("legal-authority", "What law lets us share?", [
                ("panel", "warning", "Important", [
                    ("p", "This protocol does not itself authorise any sharing. Each purpose relies on the legal authority set "
                          "out below, and each representative must be satisfied that the criteria in that provision are met "
                          "before they disclose anything."),
                ]),
                ("expand", "Legal authority for each purpose (click to expand)", [
                    ("table", ["Purpose", "Legal authority", "Read it"], [
                        ["1. Assessing risk", "Family Violence Act 2018, sections 20 and 21", FVA],
                        ["2. Safety planning", "Family Violence Act 2018, section 20; Oranga Tamariki Act 1989, section 66C where a child or young person is involved", FVA],
                        ["3. Following up actions", "Family Violence Act 2018, section 20", FVA],
                    ]),
                ]),
                ("p", "Health New Zealand | Te Whatu Ora representatives also apply rule 11 of the Health Information Privacy "
                      "Code 2020 when they disclose health information (" + HIPC + ")."),
            ]),
            ("use-of-information", "How can the information be used?", [
                ("p", "Information shared at the Safety Table is used only for the purpose it was shared for, and only as far "
                      "as the legal authority it was shared under allows. Representatives do not copy Safety Table information "
                      "into their own agency's systems unless they need it to carry out an action given to their agency at the meeting."),
                ("p", "Where an agency does record shared information, the record shows where it came from, the legal authority "
                      "and purpose it was shared under, any limits on its use, and the date it was shared."),
                ("p", "Agencies must not keep information just in case it turns out to be useful later. Any other use needs its "
                      "own check of purpose and legal authority, with advice from the agency's privacy or legal team."),
            ]),
            ("transparency", "Will people know their information was shared?", [
                ("p", "Yes, wherever it is safe. Each agency's privacy statement says that it takes part in family violence "
                      "multi-agency meetings. When an agency contacts a victim or whānau after the meeting, the worker explains "
                      "that agencies met and shared information to plan support."),
                ("p", "We do not tell a person using violence that information about a victim has been shared where that would "
                      "increase the risk to the victim or the children. The chair records the reason in the action log."),
            ]),
            ("method-of-sharing", "How is information shared?", [
                ("ul", [
                    "Police email the daily episode list to named representatives by 8.30 am as a password-protected attachment.",
                    "Representatives share information verbally at the meeting, either in person at Whangārei Police Station or on Microsoft Teams.",
                    "The chair records actions in the Family Safety System. Only representatives with an approved login can see them.",
                    "Follow-up between agencies after the meeting is by secure email or phone.",
                ]),
            ]),
            ("security-classification", "How is the information classified?", [
                ("panel", "info", "Classification", [
                    ("p", "Information shared at the Safety Table is classified **IN-CONFIDENCE**."),
                    ("p", "Emails carrying Safety Table information start the subject line with [IN-CONFIDENCE]."),
                ]),
            ]),
            ("security-controls", "What security controls apply?", [
                ("p", "These six controls apply to everyone who attends, in person or online:"),
                ("table", ["Control", "What it means at the Safety Table"], [
                    ["Training", "Every representative has completed their own agency's privacy and information security training, and the Family Safety System module, before attending."],
                    ["Printed material", "Any hard copy information brought to the meeting is securely destroyed (shredded) at the end of the meeting."],
                    ["Email attachments", "Every email attachment containing personal information is password protected, with the password sent separately."],
                    ["Devices", "Information is shared only from devices approved by the representative's own agency. No personal phones or laptops."],
                    ["Online meetings", "When anyone joins by Teams: no personal information in the chat function, no recording of the meeting and no screenshots of shared screens."],
                    ["Handing out paper", "Hard copies of information are never given to other attending agency representatives."],
                ]),
            ]),
            ("tikanga", "What tikanga considerations apply?", [
                ("p", "Most whānau discussed at the Safety Table are Māori. Information about whānau is a taonga and is treated "
                      "with care. Te Hā o te Whānau Trust advised on this section and on how whānau are approached after a meeting."),
                ("ul", [
                    "Whakapapa and whānau connections are shared only where they matter for safety planning.",
                    "Where a whānau is already connected with a kaupapa Māori service, that service is offered the lead contact role first, with the whānau's agreement.",
                    "Each agency applies its own Māori data governance commitments to information it records.",
                ]),
            ]),
            ("retention-disposal", "How long is information kept?", [
                ("p", "Agencies keep Safety Table information only while they are using it for one of the three purposes, such as "
                      "completing a risk assessment or carrying out an agreed action. Where it is kept, it goes into the agency's "
                      "approved business system and the emailed copy is then securely deleted."),
                ("p", "Each agency keeps and disposes of information under its own retention and disposal authority. Police keep "
                      "the daily lists and the action log in the Family Safety System and dispose of them under the Police disposal authority."),
            ]),
            ("breach-management", "What happens if there's a privacy or security breach?", [
                ("panel", "warning", "Breach contact", [
                    ("p", "Report any breach, or suspected breach, straight away to the **Family Harm Coordinator, New Zealand Police "
                          "(Whangārei)**: whangarei.familyharm@police.govt.nz or 09 430 4555."),
                ]),
                ("p", "The agency whose information was involved leads the response under its own breach process and notifies the "
                      "Privacy Commissioner if the breach is likely to cause serious harm (" + NOTIFY + "). The attending agencies work "
                      "together to contain the breach and agree what to tell the people affected."),
            ]),
            ("conflicts-of-interest", "What if I know the person being discussed?", [
                ("p", "Tell the chair as soon as you realise you have a conflict of interest, actual or perceived (for example the "
                      "person is a relative, neighbour or friend). Leave the meeting while that episode is discussed and pass any "
                      "request for information to a colleague in your agency. The chair records the conflict in the action log."),
            ]),
            ("relationship-management", "Who looks after the protocol day to day?", [
                ("p", "Each attending agency has named a relationship manager. They do not have to attend the Safety Table, but "
                      "they understand its purpose and what is shared, and they support their representative with any information "
                      "sharing issue. Relationship managers meet every six months to check the protocol is working and to catch scope creep early."),
            ]),
            ("review", "When is the protocol reviewed?", [
                ("p", review),
            ]),
            ("approval", "Sign-off", [
                ("p", "Signed for each attending agency by a senior manager, after advice from their agency's privacy team."),
                ("table", ["Agency", "Name", "Role", "Signed"], [list(a) for a in FV_AGENCIES]),
            ]),
        ],
    }

# ---------------------------------------------------------------------------
# Base 2: Porirua Youth Justice Panel (Oranga Tamariki intranet, SharePoint export)
# ---------------------------------------------------------------------------

YJ_AGENCIES = [
    ("Oranga Tamariki", "Ana Lemalu", "Regional Manager, Youth Justice Services, Wellington", "28 April 2026"),
    ("New Zealand Police", "Inspector Sarah Kerr", "Prevention Manager, Wellington District", "30 April 2026"),
    ("Ministry of Education", "Kiri Faleolo", "Director of Education, Wellington", "4 May 2026"),
    ("Te Whatu Ora – Health New Zealand", "Wiremu Tapsell", "Group Manager, Youth Health Services, Capital, Coast and Hutt Valley", "6 May 2026"),
    ("Te Rūnanga o Toa Rangatira", "Mereana Solomon", "Pou Whakahaere – Social Services", "12 May 2026"),
]


def base_youth(blank_role_for=None, future_reference=False):
    use = [
        ("p", "Panel members use what is shared only for the panel's two purposes, and only as section 66C allows. "
              "Information goes into an agency's own system only where the agency needs it to carry out an action agreed "
              "at the panel – for example, the Ministry of Education recording a referral to a Learning Support Coordinator."),
        ("p", "If an agency later wants to use panel information for some other reason, it first works through whether that "
              "new purpose has a legal authority, with its privacy or legal team."),
    ]
    if future_reference:
        use.insert(1, ("p", "Panel notes may also be kept on agency case files for future reference, even where no action has "
                            "been allocated to that agency, so the history is there if the young person comes to notice again."))
    sig_blocks = []
    for agency, name, role, date in YJ_AGENCIES:
        sig_blocks.append(("p", "**Signed for and on behalf of " + agency + "**"))
        sig_blocks.append(("p", "Name: " + name))
        sig_blocks.append(("p", "Title: " + ("____________________________" if agency == blank_role_for else role)))
        sig_blocks.append(("p", "Signature: ____________________________"))
        sig_blocks.append(("p", "Date: " + date))
    return {
        "hmode": "web",
        "outline": True,
        "crumb": "Te Pae (staff intranet) › Youth Justice › Wellington region › Porirua Youth Justice Panel › Protocol",
        "title": "Porirua Youth Justice Panel — information sharing protocol",
        "meta": "Last updated by Sione Fa'alogo on 13 May 2026 · 5 min read · Youth Justice Services",
        "header": "SENSITIVE",
        "footer": "Printed from https://tepae.ot.govt.nz/sites/youthjustice/wellington/SitePages/Porirua-panel-protocol.aspx",
        "core": core("Porirua Youth Justice Panel — information sharing protocol", "Sione Fa'alogo",
                     (2026, 3, 30, 10, 0), (2026, 5, 13, 16, 40)),
        "pre": [],
        "sections": [
            ("attending-agencies", "Agencies at the panel", [
                ("p", "Five agencies sit on the panel. Oranga Tamariki is the lead attending agency and chairs every meeting."),
                ("ul", [
                    "**Oranga Tamariki** (lead attending agency) – youth justice coordinator and youth justice social worker",
                    "**New Zealand Police** – Youth Aid officer, Porirua",
                    "**Ministry of Education** – Learning Support and attendance adviser",
                    "**Te Whatu Ora – Health New Zealand** – youth forensic and youth health clinicians",
                    "**Te Rūnanga o Toa Rangatira** – kaimahi from Social Services",
                ]),
            ]),
            ("meeting-purpose", "Why the panel meets", [
                ("p", "The panel meets every second Thursday to look at young people aged 14 to 17 who have offended in Porirua and "
                      "have been referred by Police Youth Aid or Oranga Tamariki. It aims to reduce reoffending by understanding "
                      "what sits behind the offending and making sure each young person and their whānau get joined-up support, "
                      "rather than a separate response from every agency."),
            ]),
            ("sharing-purpose", "Sharing purposes", [
                ("ol", [
                    "To assess the needs and risks of each young person referred to the panel, including their health, education and whānau circumstances.",
                    "To plan and coordinate the intervention and support each agency will provide to the young person and their whānau.",
                ]),
            ]),
            ("information-shared", "Information we share", [
                ("ul", [
                    "name, date of birth and contact details of the young person and their parents or caregivers",
                    "offending history and current Police Youth Aid involvement",
                    "youth justice family group conference plans and Youth Court orders",
                    "school enrolment, attendance, stand-downs and suspensions, and learning support",
                    "health and mental health needs relevant to the offending (for example an FASD diagnosis or alcohol and drug use), only where the plan needs them",
                    "iwi and whānau support already in place",
                ]),
            ]),
            ("legal-authority", "Legal basis", [
                ("p", "The protocol doesn't authorise sharing on its own – it records the law each purpose relies on. Panel members "
                      "check the criteria in the provision before they share."),
                ("table", ["Purpose", "Legal authority"], [
                    ["1 – Assess needs and risks", "Oranga Tamariki Act 1989, section 66C (making or contributing to an assessment of the risk or needs of a child or young person)"],
                    ["2 – Plan and coordinate support", ["Oranga Tamariki Act 1989, section 66C (making or monitoring a plan, and arranging or providing services)",
                                                         "Health Information Privacy Code 2020, rule 11, for health information held by Te Whatu Ora – Health New Zealand"]],
                ]),
                ("p", "Read section 66C: " + OTA66C),
            ]),
            ("use-of-information", "Using the information", use),
            ("transparency", "Telling young people and whānau", [
                ("p", "Before the first discussion, the youth justice coordinator tells the young person and their parents or "
                      "caregivers that their situation will be discussed at the panel, which agencies attend and why. Section 66C "
                      "does not need consent, but where practicable we ask for the young person's and whānau views and take them into account."),
                ("p", "Each agency's privacy statement describes its part in youth justice panels. If telling the young person would "
                      "put someone at risk, the coordinator records why and the panel looks at it again at the next meeting."),
            ]),
            ("method-of-sharing", "How information moves", [
                ("ul", [
                    "Oranga Tamariki emails the agenda (names and dates of birth only) to panel members two days before the meeting, as a password-protected attachment.",
                    "Information is shared verbally at the meeting. The panel meets in person at the Oranga Tamariki Porirua site; members who can't be there join on Microsoft Teams.",
                    "Oranga Tamariki records the action plan in CYRAS. Other agencies receive only the actions given to them.",
                ]),
            ]),
            ("security-classification", "Classification", [
                ("panel", "info", "SENSITIVE", [
                    ("p", "Information shared at the panel is classified SENSITIVE because it includes youth justice and health "
                          "information about young people."),
                ]),
                ("p", "Government agencies handle it under the Protective Security Requirements for SENSITIVE information. Te Rūnanga "
                      "o Toa Rangatira has confirmed it can receive and handle information at this level."),
            ]),
            ("security-controls", "Security", [
                ("expand", "Minimum security controls (expand)", [
                    ("ul", [
                        "All panel members have completed privacy and information security training in their own agency.",
                        "Printed agendas or notes are collected by the chair at the end of each meeting and securely destroyed.",
                        "Attachments containing personal information are always password protected; the password goes by text message.",
                        "Information is only shared from devices approved by the member's agency.",
                        "Members joining on Teams do not put personal information in the chat, do not record the meeting and do not take screenshots.",
                        "Members never give hard copies of information to other panel members.",
                    ]),
                ]),
            ]),
            ("tikanga", "Tikanga", [
                ("p", "Te Rūnanga o Toa Rangatira led the kōrero on this section. Many rangatahi discussed at the panel whakapapa "
                      "to Ngāti Toa Rangatira or other iwi, and information about them and their whānau is treated as a taonga."),
                ("ul", [
                    "Whānau are supported to have an advocate or kaumātua with them at any hui that follows the panel.",
                    "Information about whakapapa, marae or iwi connections is shared only to connect a rangatahi with iwi support, and only with the whānau's knowledge.",
                    "Each year the panel and the Rūnanga look together at how the protocol is working for Māori whānau.",
                ]),
            ]),
            ("retention-disposal", "Keeping and destroying information", [
                ("p", "Agencies keep panel information only while they need it to carry out an agreed action for the young person. It "
                      "is stored in the agency's approved case management system, and the emailed copy is deleted once it is stored. "
                      "Oranga Tamariki keeps agendas, minutes and action plans in CYRAS under its disposal authority; the other "
                      "agencies apply their own retention and disposal schedules."),
            ]),
            ("breach-management", "Breaches", [
                ("p", "Report any breach or near miss straight away to the panel's breach contact:"),
                ("table", ["Role", "Agency", "Email", "Phone"], [
                    ["Youth Justice Manager, Porirua", "Oranga Tamariki", "porirua.yjpanel@ot.govt.nz", "04 237 2300"],
                ]),
                ("p", "The agency that holds the information assesses the breach under its own process and agrees with the other "
                      "agencies what to tell the young person and whānau. A breach likely to cause serious harm is notified to the Privacy Commissioner."),
            ]),
            ("conflicts-of-interest", "Conflicts of interest", [
                ("p", "If you know a young person or whānau on the agenda, tell the chair before the case is discussed. The chair "
                      "decides whether you leave the room for that case, and someone else from your agency handles any request for "
                      "information. Conflicts are recorded in the minutes."),
            ]),
            ("relationship-management", "Relationship managers", [
                ("p", "Each agency names a relationship manager who keeps in touch with its panel member, helps with any information "
                      "sharing question (including getting privacy or legal advice) and raises problems with the chair. Relationship "
                      "managers meet twice a year to check the protocol is still working as intended."),
            ]),
            ("review", "Review", [
                ("p", "The protocol is reviewed every 18 months. Oranga Tamariki, as the lead attending agency, is responsible for "
                      "initiating the review. Any panel agency can ask for an earlier review."),
            ]),
            ("approval", "Sign-off", sig_blocks),
        ],
    }

# ---------------------------------------------------------------------------
# Base 3: Rotorua Attendance Hub (Ministry of Education intranet, copied from the browser)
# ---------------------------------------------------------------------------

SCH_AGENCIES = [
    ("Ministry of Education", "Hemi Walker", "Director of Education, Bay of Plenty – Waiariki", "2 February 2026"),
    ("Te Arawa Whānau Ora", "Kahurangi Te Kani", "Chief Executive", "3 February 2026"),
    ("Oranga Tamariki", "Sarah McKinnon", "Site Manager, Rotorua", "4 February 2026"),
    ("Ministry of Social Development", "Losa Tuilagi", "Regional Commissioner, Bay of Plenty", "6 February 2026"),
    ("Kāinga Ora – Homes and Communities", "Tom Reweti", "Regional Manager, Bay of Plenty", "9 February 2026"),
]


def base_school(unsigned=None, claims_authority=False):
    if claims_authority:
        auth_panel = ("panel", "info", "Authority to share", [
            ("p", "This protocol gives the attending agencies the authority to share the information on this page for the two "
                  "purposes above. The laws each purpose sits under are listed below."),
        ])
    else:
        auth_panel = ("panel", "info", "The protocol isn't the authority", [
            ("p", "Sharing at the Hub relies on the laws below. This protocol doesn't authorise anything by itself: each Hub "
                  "member checks that the conditions of the provision are met before sharing."),
        ])
    approvals = []
    for agency, name, role, date in SCH_AGENCIES:
        if agency == unsigned:
            continue
        approvals.append(agency + " — signed by " + name + ", " + role + ", on " + date)
    return {
        "hmode": "inline",
        "crumb": "Home > Regional Operations > Bay of Plenty – Waiariki > Attendance > Rotorua Attendance Hub",
        "title": "Rotorua Attendance Hub: information sharing protocol",
        "meta": "Created by Kahu Paul, last updated by Kahu Paul on 10 Feb 2026",
        "header": "IN-CONFIDENCE",
        "footer": "https://tepatai.education.govt.nz/regions/bop-waiariki/attendance/rotorua-hub/protocol",
        "core": core("Rotorua Attendance Hub: information sharing protocol", "Kahu Paul",
                     (2025, 11, 18, 8, 30), (2026, 2, 10, 11, 15)),
        "pre": [
            ("panel", "note", "On this page", [
                ("p", "Who is part of the Hub · What the Hub is for · Why information is shared · Legal authority · Security · "
                      "Breaches · Review · Sign-off"),
            ]),
        ],
        "sections": [
            ("attending-agencies", "Who is part of the Hub?", [
                ("p", "The Rotorua Attendance Hub is run by the Ministry of Education, which is the lead agency for this protocol. "
                      "The agencies that attend are:"),
                ("table", ["Agency", "Role in the Hub"], [
                    ["Ministry of Education (lead agency)", "Chairs the Hub, holds the referral list and the Hub plans"],
                    ["Te Arawa Whānau Ora", "Attendance service provider; works with students and whānau"],
                    ["Oranga Tamariki", "Shares current involvement relevant to attendance"],
                    ["Ministry of Social Development", "Income support, hardship assistance, employment support for parents"],
                    ["Kāinga Ora – Homes and Communities", "Tenancy issues and transfers for Kāinga Ora tenants"],
                ]),
            ]),
            ("meeting-purpose", "What is the Hub for?", [
                ("p", "The Hub meets every second Tuesday during term to get chronically absent students in Rotorua back to school. "
                      "It looks at students referred by their school or the attendance service once the school's own steps have not "
                      "worked, and agrees a plan with the whānau that removes the barriers to attending."),
            ]),
            ("sharing-purpose", "Why is information shared?", [
                ("ol", [
                    "To understand why each referred student is not attending school regularly, and any risks to their wellbeing.",
                    "To connect the student's whānau with income, housing and other support that will help the student get back to school.",
                ]),
            ]),
            ("information-shared", "What gets shared?", [
                ("ul", [
                    "the student's name, date of birth, school and year level",
                    "attendance records and the steps the school has already taken",
                    "names and contact details of parents or caregivers",
                    "whether the whānau receives a main benefit or hardship assistance, and any housing application or tenancy problem (MSD and Kāinga Ora)",
                    "current Oranga Tamariki involvement that affects the student's attendance",
                ]),
                ("p", "Information that isn't needed for the two purposes is not shared, even if an agency holds it."),
            ]),
            ("legal-authority", "What law do we rely on?", [
                auth_panel,
                ("table", ["Purpose", "Legal authority"], [
                    ["1. Understand why the student isn't attending and any risk to their wellbeing",
                     "Oranga Tamariki Act 1989, s 66C (" + OTA66C + ")"],
                    ["2. Connect the whānau with support",
                     "Privacy Act 2020, IPP 11(1)(d) – the parent or caregiver has authorised the disclosure on the referral consent form (" + PA + ")"],
                ]),
            ]),
            ("use-of-information", "How can Hub information be used?", [
                ("p", "Only for the two purposes above. An agency puts Hub information into its own system only where it needs it "
                      "to carry out an action the Hub has given it, like MSD checking eligibility for a hardship grant."),
                ("p", "If an agency wants to use Hub information for anything else, it talks to its privacy or legal team first and "
                      "checks there is a legal authority for that new use."),
            ]),
            ("transparency", "Do whānau know their information is shared?", [
                ("p", "Yes. The school or attendance service explains the Hub to the parent or caregiver before referral, gives them "
                      "the Hub information sheet and asks them to sign the consent form that covers purpose 2. If a parent says no, "
                      "only information for purpose 1 is shared, and only where section 66C applies."),
                ("p", "Each agency's privacy statement mentions the Hub."),
            ]),
            ("method-of-sharing", "How do we share?", [
                ("ul", [
                    "The Ministry emails the referral list to Hub members three days before each meeting, as a password-protected attachment.",
                    "Hub members share information verbally at the meeting, in person at the Ministry's Rotorua office or on Teams.",
                    "The Ministry records each student's plan in its attendance case system; each agency receives only its own actions.",
                ]),
            ]),
            ("security-classification", "What's the classification?", [
                ("p", "Classification: IN-CONFIDENCE"),
                ("p", "All Hub emails and documents are marked IN-CONFIDENCE."),
            ]),
            ("security-controls", "What are the security rules?", [
                ("panel", "warning", "Security rules for Hub members", [
                    ("ol", [
                        "You have done your agency's privacy and information security training.",
                        "Any hard copies are shredded at the end of the meeting.",
                        "Email attachments with personal information are password protected.",
                        "You only share Hub information from your agency-approved device.",
                        "On Teams: nothing personal in the chat, no recording, no screenshots.",
                        "You don't hand hard copies to other Hub members.",
                    ]),
                ]),
            ]),
            ("tikanga", "What about tikanga?", [
                ("p", "Te Arawa Whānau Ora guides the Hub on tikanga. Most students referred are Māori and many whakapapa to Te Arawa "
                      "iwi. Whānau are approached kanohi ki te kanohi where possible, hui with whānau open with karakia if they wish, "
                      "and information about a whānau is treated as a taonga that belongs to the whānau, not to the agency."),
            ]),
            ("retention-disposal", "How long do we keep it?", [
                ("p", "Agencies keep Hub information only while it is needed for an agreed action. It is stored in the agency's "
                      "approved system and the emailed copy is then deleted. The Ministry keeps referral lists and Hub plans for as "
                      "long as its disposal authority sets; the other agencies follow their own retention and disposal rules."),
            ]),
            ("breach-management", "What if there's a breach?", [
                ("p", "Tell the Hub's breach contact straight away: Senior Advisor Attendance, Ministry of Education (Rotorua office), "
                      "rotorua.attendance@education.govt.nz, 07 349 7399."),
                ("p", "The agency whose information was involved manages the breach under its own process and decides with the other "
                      "Hub agencies what to tell the whānau. Serious breaches are notified to the Privacy Commissioner."),
            ]),
            ("conflicts-of-interest", "What if I know the family?", [
                ("p", "Say so to the chair before the student is discussed. You step out for that part of the meeting and a colleague "
                      "from your agency deals with any request for information. The chair notes the conflict in the Hub minutes."),
            ]),
            ("relationship-management", "Who keeps an eye on how it's working?", [
                ("p", "Each agency has a relationship manager who checks in with its Hub member once a term, helps with information "
                      "sharing questions and raises any problem with the Ministry's Attendance Lead."),
            ]),
            ("review", "When is the protocol reviewed?", [
                ("p", "Every 24 months. The Ministry of Education starts the review. Any Hub agency can ask for an earlier review if "
                      "something isn't working."),
            ]),
            ("approval", "Who signed it?", [
                ("ul", approvals),
            ]),
        ],
    }

# ---------------------------------------------------------------------------
# Base 4: Ōtautahi Elder Abuse Response Meeting (Te Whatu Ora intranet, Confluence export)
# ---------------------------------------------------------------------------

EA_AGENCIES = [
    ("Health New Zealand | Te Whatu Ora", "Catherine Lowe", "Director, Older Persons Health, Waitaha Canterbury", "3 August 2026"),
    ("Age Concern Canterbury", "Simone Peters", "Chief Executive", "6 August 2026"),
    ("New Zealand Police", "Inspector Dave Whitcombe", "Prevention Manager, Canterbury District", "11 August 2026"),
    ("Ministry of Social Development", "Fa'amoana Leota", "Regional Commissioner, Canterbury", "14 August 2026"),
    ("Te Waka Kaumātua Trust", "Hōhepa Tainui", "Kaiwhakahaere Matua", "20 August 2026"),
]


def base_elder(variant=None):
    """variant: None (clean), 'no-breach-contact', 'trap' (content controls + tracked insertion)."""
    classification = [("p", "Information shared at the meeting is classified IN-CONFIDENCE.")]
    review = [("p", "This protocol is reviewed annually. Health New Zealand | Te Whatu Ora, as lead agency, initiates each "
                    "review and any attending agency may ask for an earlier one.")]
    breach = [
        ("p", "**Breach contact:** Privacy Officer, Health New Zealand | Te Whatu Ora (Waitaha Canterbury) – "
              "privacy.waitaha@tewhatuora.govt.nz – 03 364 4160."),
        ("p", "Report a breach or suspected breach to the breach contact on the same day. The agency whose information was "
              "involved follows its own breach process and, if the breach is likely to cause serious harm, notifies the Privacy "
              "Commissioner. The agencies agree together what to tell the older person and, where appropriate, their whānau."),
    ]
    if variant == "no-breach-contact":
        breach = [
            ("p", "Each attending agency is responsible for privacy breaches involving information it holds and follows its own "
                  "privacy breach process. Talk to your own agency's privacy officer if you think something has gone wrong."),
            ("p", "Breaches likely to cause serious harm must be notified to the Office of the Privacy Commissioner through NotifyUs "
                  "(" + NOTIFY + ", 0800 803 909). The agencies will work together on containing the breach and on what to tell "
                  "the older person and their whānau."),
        ]
    if variant == "trap":
        classification = [
            ("sdt", ["Information shared at the meeting is classified: ",
                     dict(kind="drop", alias="Security classification", tag="classification", value="IN-CONFIDENCE",
                          items=["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"])]),
        ]
        review = [
            ("sdt", ["Review period: ",
                     dict(kind="drop", alias="Review period", tag="reviewperiod", value="12 months",
                          items=["6 months", "12 months", "24 months"])]),
            ("sdt", ["Next review date: ",
                     dict(kind="date", alias="Next review date", tag="reviewdate", value="20 August 2027", full="2027-08-20")]),
            ("sdt", ["Agency responsible for initiating the review: ",
                     dict(kind="drop", alias="Review agency", tag="reviewagency", value="Health New Zealand | Te Whatu Ora",
                          items=[a[0] for a in EA_AGENCIES])]),
        ]
        breach = [
            ("ins", "**Breach contact:** ",
             "Privacy Officer, Health New Zealand | Te Whatu Ora (Waitaha Canterbury) – privacy.waitaha@tewhatuora.govt.nz – 03 364 4160.",
             None, "Kirsty Blake", "2026-08-12T09:14:00Z"),
            breach[1],
        ]
    if variant == "trap":
        title_ = "Ōtautahi Elder Abuse Response Meeting – Information Sharing Protocol (signing copy)"
        meta = "Last updated by Kirsty Blake on 21 August 2026 · Exported to the Word signing template"
    else:
        title_ = "Ōtautahi Elder Abuse Response Meeting – Information Sharing Protocol"
        meta = "Last updated by Catherine Lowe on 21 August 2026 · 6 min read"
    return {
        "hmode": "builtin",
        "crumb": "Waitaha Canterbury intranet / Older Persons Health / Elder abuse / Multi-agency response meeting",
        "title": title_,
        "meta": meta,
        "header": None,
        "footer": ["IN-CONFIDENCE", "https://intranet.cdhb.health.nz/oph/elder-abuse/response-meeting/isp"],
        "core": core(title_, "Catherine Lowe", (2026, 6, 22, 13, 0), (2026, 8, 21, 10, 30),
                     last_modified_by="Kirsty Blake" if variant == "trap" else "Catherine Lowe"),
        "pre": [],
        "sections": [
            ("attending-agencies", "1. Attending agencies", [
                ("table", ["Agency", "Representative at the meeting"], [
                    ["Health New Zealand | Te Whatu Ora (lead agency)", "Elder abuse coordinator, Older Persons Health; social worker from the acute team"],
                    ["Age Concern Canterbury", "Elder Abuse Response Service coordinator"],
                    ["New Zealand Police", "Family harm specialist, Christchurch Central"],
                    ["Ministry of Social Development", "Senior case manager, seniors services"],
                    ["Te Waka Kaumātua Trust", "Kaimahi kaumātua"],
                ]),
            ]),
            ("meeting-purpose", "2. About the meeting", [
                ("p", "The Elder Abuse Response Meeting meets monthly, and within two working days when a case is urgent. It brings "
                      "together the agencies that work with older people in Ōtautahi Christchurch to respond to suspected abuse or "
                      "neglect of people aged 65 and over (55 and over for kaumātua), so the older person is kept safe and supported "
                      "in a way that respects their wishes and mana."),
            ]),
            ("sharing-purpose", "3. Why we share", [
                ("p", "Information is shared at the meeting for one purpose: to agree a coordinated plan to keep safe an older person "
                      "who is at risk of abuse or neglect, including which agency will carry out each part of the plan."),
            ]),
            ("information-shared", "4. Information shared", [
                ("ul", [
                    "the older person's name, date of birth, address and living arrangements",
                    "the concern that led to the referral, and any earlier concerns",
                    "the older person's capacity and wishes, and whether an enduring power of attorney is in place",
                    "relevant health information, such as injuries, cognitive impairment and care needs",
                    "income, benefit and financial information where financial abuse is suspected",
                    "details of the person suspected of causing harm, where known",
                ]),
            ]),
            ("legal-authority", "5. Legal authority", [
                ("p", "The protocol has one purpose of sharing. The agencies rely on the authorities below for it; the protocol itself "
                      "does not authorise any sharing."),
                ("ul", [
                    "Family Violence Act 2018, section 20, where the person causing harm is a family member, carer or someone else in a close personal relationship with the older person – " + FVA,
                    "Privacy Act 2020, IPP 11(1)(f), where disclosure is necessary to prevent or lessen a serious threat to the older person's life or health – " + PA,
                    "Health Information Privacy Code 2020, rule 11(2)(d), for health information on the same serious-threat basis – " + HIPC,
                    "Privacy Act 2020, IPP 11(1)(d), where the older person has authorised the sharing (asked for first whenever it is safe to ask)",
                ]),
            ]),
            ("use-of-information", "6. Use", [
                ("p", "Information shared at the meeting is used only to put in place and follow up the safety plan. An agency records "
                      "it in its own system only when it needs to carry out its part of the plan, and notes the source, authority, "
                      "purpose, any limits on use and the date shared. Using it for anything else needs its own legal authority and "
                      "advice from the agency's privacy team."),
            ]),
            ("transparency", "7. Transparency", [
                ("p", "The older person is told, whenever it is safe to do so, that the agencies will meet to discuss how to support "
                      "them, and their views are brought to the meeting. Each agency's privacy statement explains that it takes part "
                      "in elder abuse multi-agency meetings. Where telling the older person (or their whānau) would put them at greater "
                      "risk, the reason is recorded in the meeting notes and revisited at the next meeting."),
            ]),
            ("method-of-sharing", "8. Sharing method", [
                ("p", "Referrals go to the elder abuse coordinator by secure email. The agenda is sent to representatives as a "
                      "password-protected attachment the day before the meeting. Information is shared verbally at the meeting, held "
                      "at Burwood Hospital or on Microsoft Teams. The coordinator records actions in the Older Persons Health case "
                      "system and sends each agency only its own actions."),
            ]),
            ("security-classification", "9. Classification", classification),
            ("security-controls", "10. Security controls", [
                ("table", ["", "Control"], [
                    ["Requirement", "Representatives have completed privacy and information security training."],
                    ["Requirement", "All hard copy information is securely destroyed at the end of the meeting."],
                    ["Requirement", "All email attachments containing personal information are password protected."],
                    ["Restriction", "Information is shared with attending agencies only from agency-approved devices."],
                    ["Restriction", "In online meetings, no personal information is put in the chat, the meeting is not recorded and no one takes screenshots."],
                    ["Restriction", "Hard copies of information are not shared with other attending agency representatives."],
                ]),
            ]),
            ("tikanga", "11. Tikanga", [
                ("p", "Kaumātua hold a special place in their whānau, hapū and iwi. Te Waka Kaumātua Trust advises the meeting on "
                      "tikanga, including how to approach a kaumātua and their whānau, who should be present, and how whānau decision-"
                      "making is respected. Information about kaumātua and their whānau is treated as a taonga and shared only where it "
                      "is needed for the safety plan."),
            ]),
            ("retention-disposal", "12. Retention and disposal", [
                ("p", "Agencies keep information from the meeting only while it is needed for the safety plan, store it in their "
                      "approved business system and delete emailed copies once stored. Each agency applies its own retention and "
                      "disposal authority. Health New Zealand keeps agendas, notes and action lists in the Older Persons Health case "
                      "system and disposes of them under its disposal authority."),
            ]),
            ("breach-management", "13. Breaches", breach),
            ("conflicts-of-interest", "14. Conflicts of interest", [
                ("p", "Representatives declare any conflict of interest, actual or perceived, to the chair as soon as they are aware "
                      "of it. They take no part in the discussion of that older person, and any information request is passed to a "
                      "colleague. The chair notes the conflict in the meeting notes."),
            ]),
            ("relationship-management", "15. Oversight", [
                ("p", "Each agency nominates a relationship manager to oversee how the protocol is working for their agency and to "
                      "sort out problems with the chair. The relationship managers meet every six months."),
            ]),
            ("review", "16. Review", review),
            ("approval", "17. Approval", [
                ("table", ["Agency", "Name", "Position", "Signature", "Date"],
                 [[a, n, r, "(signed)", d] for a, n, r, d in EA_AGENCIES]),
            ]),
        ],
    }

# ---------------------------------------------------------------------------
# Base 5: Kirikiriroa Reintegration Panel (Corrections intranet, SharePoint export)
# ---------------------------------------------------------------------------


def base_reint(overdue=False):
    if overdue:
        agencies = [
            ("Ara Poutama Aotearoa – Department of Corrections", "Neville Tamatea", "District Manager, Waikato Community Corrections", "8 September 2025"),
            ("Kāinga Ora – Homes and Communities", "Priya Nand", "Regional Director, Waikato", "12 September 2025"),
            ("Ministry of Social Development", "Ropata Tautahi", "Regional Commissioner, Waikato", "17 September 2025"),
            ("Health New Zealand | Te Whatu Ora", "Dr Helen Marsh", "Clinical Director, Forensic Mental Health, Waikato", "23 September 2025"),
            ("Te Whare Whakaora Trust", "Kerewai Hohaia", "Tumu Whakarae / Chief Executive", "30 September 2025"),
        ]
        next_review = "30 September 2026"
        meta = "Last updated by Kerry-Ann Walsh on 1 October 2025 · Reintegration Services, Waikato"
        c = core("Kirikiriroa Reintegration Panel — Information Sharing Protocol", "Kerry-Ann Walsh",
                 (2025, 7, 14, 9, 0), (2025, 10, 1, 15, 20))
    else:
        agencies = [
            ("Ara Poutama Aotearoa – Department of Corrections", "Neville Tamatea", "District Manager, Waikato Community Corrections", "2 June 2026"),
            ("Kāinga Ora – Homes and Communities", "Priya Nand", "Regional Director, Waikato", "5 June 2026"),
            ("Ministry of Social Development", "Ropata Tautahi", "Regional Commissioner, Waikato", "9 June 2026"),
            ("Health New Zealand | Te Whatu Ora", "Dr Helen Marsh", "Clinical Director, Forensic Mental Health, Waikato", "15 June 2026"),
            ("Te Whare Whakaora Trust", "Kerewai Hohaia", "Tumu Whakarae / Chief Executive", "19 June 2026"),
        ]
        next_review = "19 June 2027"
        meta = "Last updated by Kerry-Ann Walsh on 22 June 2026 · Reintegration Services, Waikato"
        c = core("Kirikiriroa Reintegration Panel — Information Sharing Protocol", "Kerry-Ann Walsh",
                 (2026, 4, 1, 9, 0), (2026, 6, 22, 15, 20))
    return {
        "hmode": "web",
        "outline": False,
        "pstyle": "Body",
        "crumb": "Ara Poutama intranet › Central Region › Waikato › Reintegration › Kirikiriroa Reintegration Panel",
        "title": "Kirikiriroa Reintegration Panel — Information Sharing Protocol",
        "meta": meta,
        "header": "IN-CONFIDENCE",
        "footer": "https://ara.corrections.govt.nz/sites/central/waikato/reintegration/Pages/panel-isp.aspx",
        "core": c,
        "pre": [
            ("props", [
                ["Page owner", "District Manager, Waikato Community Corrections"],
                ["Protocol status", "Signed by all five agencies"],
                ["Next review", next_review],
            ]),
        ],
        "sections": [
            ("attending-agencies", "Attending agencies", [
                ("ul", [
                    "Ara Poutama Aotearoa – Department of Corrections (lead agency)",
                    "Kāinga Ora – Homes and Communities",
                    "Ministry of Social Development",
                    "Health New Zealand | Te Whatu Ora",
                    "Te Whare Whakaora Trust (kaupapa Māori reintegration and housing support provider)",
                ]),
                ("p", "Corrections sets up the panel, chairs it and is responsible for this protocol."),
            ]),
            ("meeting-purpose", "What is the panel for?", [
                ("p", "The panel meets fortnightly to plan the release of people from Waikeria Prison and Spring Hill Corrections "
                      "Facility who will live in Kirikiriroa Hamilton, and of people on parole or release conditions who are at risk of "
                      "losing their housing. Good reintegration planning means people leave prison with somewhere safe to live, an "
                      "income and continuing health care, which lowers the risk of reoffending."),
            ]),
            ("sharing-purpose", "Purposes of sharing", [
                ("ol", [
                    "To find suitable accommodation for people who are due for release or on parole and have been referred to the panel (see authorities A and B).",
                    "To make sure income support and employment services are in place on the day of release (see authority A).",
                    "To arrange continuity of health, mental health and addiction care after release (see authority C).",
                ]),
            ]),
            ("information-shared", "What information is shared?", [
                ("ul", [
                    "name, date of birth, PRN and expected release date",
                    "release or parole conditions that affect where the person can live (for example, exclusion zones or non-association conditions)",
                    "housing history and any current Kāinga Ora application or tenancy",
                    "benefit status and what MSD needs to start payments on release",
                    "health, mental health and addiction needs, treatment in prison and the clinician who will take over care",
                    "whānau and iwi support the person wants involved",
                ]),
            ]),
            ("legal-authority", "Legal authorities", [
                ("p", "This protocol doesn't itself authorise sharing. Each purpose points to the authority it relies on:"),
                ("table", ["Authority", "Law", "What it allows"], [
                    ["A", "Privacy Act 2020, IPP 11(1)(d) – " + PA,
                     "Disclosure the person has authorised. Each person signs a reintegration consent form before they are discussed."],
                    ["B", "Privacy Act 2020, IPP 11(1)(a)",
                     "Disclosure by Corrections for one of the purposes it collected the information for, which include planning for release."],
                    ["C", "Health Information Privacy Code 2020, rule 11(1)(b) – " + HIPC,
                     "Disclosure of health information the person has authorised."],
                ]),
            ]),
            ("use-of-information", "How may information be used?", [
                ("p", "Only for the purpose it was shared for. Each agency records what it needs to carry out its actions from the "
                      "panel in its own business system (for example, Kāinga Ora recording a housing application) and nothing more. "
                      "If an agency wants to use panel information for another purpose later, it must first check that purpose and its "
                      "legal authority with its privacy or legal team."),
            ]),
            ("transparency", "Transparency", [
                ("p", "The case manager explains the panel to each person before referral: which agencies attend, what will be shared "
                      "and why. The person signs the consent form and can say what they do not want shared; that is respected unless "
                      "another legal authority applies and the panel records why. Each agency's privacy statement mentions the panel."),
            ]),
            ("method-of-sharing", "How is information shared?", [
                ("p", "The case manager emails a referral summary to panel members as a password-protected attachment one week before "
                      "the panel. Information is shared verbally at the panel, which meets in person at the Hamilton Community "
                      "Corrections office, with a Teams link for those who can't travel. Actions are recorded by Corrections in IOMS; "
                      "each agency gets its own actions by secure email."),
            ]),
            ("security-classification", "Security classification", [
                ("panel", "info", "Classification", [
                    ("p", "IN-CONFIDENCE"),
                ]),
            ]),
            ("security-controls", "Security controls", [
                ("ul", [
                    "Panel members have completed privacy and information security training, including Corrections' IOMS privacy module where they have IOMS access.",
                    "Any hard copies used at the panel are securely destroyed at the end of the meeting.",
                    "Email attachments containing personal information are password protected.",
                    "Panel information is shared only from devices approved by the member's own agency.",
                    "In virtual meetings, no one uses the chat function for personal information, records the meeting or takes screenshots.",
                    "Hard copies are not handed to other panel members.",
                ]),
            ]),
            ("tikanga", "Tikanga Māori", [
                ("p", "More than half the people referred to the panel are Māori. Te Whare Whakaora Trust advises on tikanga and offers "
                      "each Māori person a kaiārahi who can be present when their plan is discussed with them. Whānau and iwi are "
                      "involved only as the person wishes, and information about whakapapa and whānau is treated as a taonga."),
            ]),
            ("retention-disposal", "Retention and disposal", [
                ("p", "Agencies keep panel information only while it is needed to carry out an agreed action, in their approved "
                      "business system, and delete emailed copies once stored. Corrections keeps agendas and action logs in IOMS under "
                      "its disposal authority; each other agency applies its own retention and disposal authority."),
            ]),
            ("breach-management", "What if there's a breach?", [
                ("panel", "warning", "Breach contact", [
                    ("table", ["Role", "Agency", "Email", "Phone"], [
                        ["Reintegration Manager, Waikato", "Ara Poutama Aotearoa – Department of Corrections",
                         "waikato.reintegration@corrections.govt.nz", "07 834 6800"],
                    ]),
                ]),
                ("p", "The agency whose information is involved leads the response under its own breach process and notifies the "
                      "Privacy Commissioner of any notifiable breach. Panel agencies help contain the breach and agree what the person "
                      "is told."),
            ]),
            ("conflicts-of-interest", "Conflicts of interest", [
                ("p", "A panel member who knows a person being discussed, or has any other conflict, tells the chair and leaves the "
                      "discussion of that person. A colleague from their agency handles any request. The chair records the conflict."),
            ]),
            ("relationship-management", "Relationship management", [
                ("p", "Each agency names a relationship manager who oversees its part in the panel, checks in with its panel member "
                      "each quarter and works with the chair on any issues."),
            ]),
            ("review", "Review", [
                ("p", "The protocol is reviewed every 12 months. Ara Poutama Aotearoa – Department of Corrections, as lead agency, "
                      "initiates the review."),
            ]),
            ("approval", "Signatures", [
                ("table", ["Agency", "Name and title", "Signature", "Date"],
                 [[a, [n, r], "Signed", d] for a, n, r, d in agencies]),
            ]),
        ],
    }

# ---------------------------------------------------------------------------
# Base 6: Tauranga Moana Housing Support Case Panel (MSD intranet, copied from the browser)
# ---------------------------------------------------------------------------

HS_AGENCIES = [
    ("Ministry of Social Development", "Losa Tuilagi", "Regional Commissioner, Bay of Plenty", "1 July 2026"),
    ("Kāinga Ora – Homes and Communities", "Tom Reweti", "Regional Manager, Bay of Plenty", "3 July 2026"),
    ("Oranga Tamariki", "Jacob Waaka", "Site Manager, Tauranga", "8 July 2026"),
    ("Health New Zealand | Te Whatu Ora", "Dr Anna Prentice", "Service Manager, Community Mental Health, Hauora a Toi Bay of Plenty", "14 July 2026"),
    ("Ngā Mātāwaka Housing Trust", "Tui Rolleston", "Chief Executive", "22 July 2026"),
]


def base_housing(variant=None):
    """variant: None, 'no-conflicts' (section left out), 'seemail' (attachments sent by SEEMail instead of password)."""
    email_control = "Email attachments that contain personal information are password protected, with the password sent by text."
    method_email = "MSD emails the referral list to panel members as a password-protected attachment two days before the panel."
    if variant == "seemail":
        email_control = ("Referral lists and case summaries are only emailed through SEEMail or another agency-approved secure "
                         "email route.")
        method_email = "MSD emails the referral list to panel members through SEEMail two days before the panel."
    sections = [
        ("attending-agencies", "Agencies", [
            ("p", "Ministry of Social Development (lead agency) · Kāinga Ora – Homes and Communities · Oranga Tamariki · "
                  "Health New Zealand | Te Whatu Ora · Ngā Mātāwaka Housing Trust"),
            ("p", "MSD set up the panel, chairs it and looks after this protocol."),
        ]),
        ("meeting-purpose", "Panel purpose", [
            ("p", "The panel meets weekly to help whānau who have been in emergency housing in Tauranga Moana for more than 12 weeks, "
                  "or who have children and have been there more than four weeks, into safe and stable homes. It brings the housing, "
                  "income, health and care agencies together so one plan is agreed with each whānau."),
        ]),
        ("sharing-purpose", "Sharing purposes", [
            ("ol", [
                "To work out the housing, health and support needs of each whānau in emergency housing who are referred to the panel.",
                "To agree which agency offers which housing or support option, and to follow it up at later panels.",
            ]),
        ]),
        ("information-shared", "Information", [
            ("ul", [
                "names, dates of birth and contact details of the adults and children in the whānau",
                "current emergency housing placement, housing register status and any earlier tenancies",
                "income and benefit details relevant to housing options",
                "health or disability needs that affect what housing is suitable",
                "whether Oranga Tamariki is working with the whānau, where it bears on housing",
            ]),
        ]),
        ("legal-authority", "Legal authority", [
            ("p", "This protocol does not authorise sharing on its own. Each purpose relies on:"),
            ("table", ["Purpose", "Legal authority"], [
                ["1. Work out needs", ["Privacy Act 2020, IPP 11(1)(d) – the whānau authorises the sharing on the panel consent form",
                                       "Health Information Privacy Code 2020, rule 11(1)(b), for health information"]],
                ["2. Agree and follow up options", ["Privacy Act 2020, IPP 11(1)(d)",
                                                    "Privacy Act 2020, IPP 11(1)(a), for MSD and Kāinga Ora sharing housing information they collected to house the whānau"]],
            ]),
            ("p", "Privacy Act 2020: " + PA),
        ]),
        ("use-of-information", "Use", [
            ("p", "Panel information is used only to assess the whānau's needs and deliver the housing and support options agreed. "
                  "It is recorded in an agency's own system only when that agency needs it for an action given to it at the panel."),
        ]),
        ("transparency", "Transparency", [
            ("p", "MSD case managers explain the panel to each whānau before referral and ask them to sign the consent form. Whānau "
                  "can ask what was shared about them and can withdraw their consent at any time; after that, nothing new about "
                  "them is shared at the panel. Each agency's privacy statement covers its part in the panel."),
        ]),
        ("method-of-sharing", "Method", [
            ("ul", [
                method_email,
                "Information is shared verbally at the panel, which meets at the MSD Tauranga service centre or on Teams.",
                "MSD records the agreed plan in its case management system; each agency gets its own actions after the panel.",
            ]),
        ]),
        ("security-classification", "Classification", [
            ("p", "Information shared at the panel is IN-CONFIDENCE."),
        ]),
        ("security-controls", "Security", [
            ("panel", "warning", "Minimum security controls", [
                ("ul", [
                    "Panel members have completed privacy and information security training.",
                    "Hard copy information is securely destroyed at the end of each panel meeting.",
                    email_control,
                    "Information is shared only from agency-approved devices.",
                    "On Teams, no one puts personal information in the chat, records the panel or takes screenshots.",
                    "Hard copies are not given to other panel members.",
                ]),
            ]),
        ]),
        ("tikanga", "Tikanga", [
            ("p", "Ngā Mātāwaka Housing Trust advises the panel on tikanga. Whānau are offered a kaupapa Māori navigator, decisions "
                  "about whānau are made with the whānau, and information about whakapapa and whenua connections is shared only "
                  "where it helps the whānau find a home where they want to be."),
        ]),
        ("retention-disposal", "Retention", [
            ("p", "Agencies keep panel information only while they need it for an agreed action, in their approved business system, "
                  "and delete emailed copies once stored. Each agency applies its own retention and disposal authority; MSD keeps "
                  "panel minutes and action lists under the MSD disposal authority."),
        ]),
        ("breach-management", "Breaches", [
            ("p", "Breach contact: Privacy Officer, Ministry of Social Development (Bay of Plenty region) – "
                  "bop_privacy@msd.govt.nz – 07 571 2600."),
            ("p", "The agency whose information was involved follows its own breach process, notifies the Privacy Commissioner of a "
                  "notifiable breach, and agrees with the other agencies what to tell the whānau."),
        ]),
        ("conflicts-of-interest", "Conflicts of interest", [
            ("p", "Panel members tell the chair about any conflict of interest, such as knowing the whānau personally, before the "
                  "whānau is discussed. They leave the discussion, and a colleague handles any request for information. The chair "
                  "notes the conflict in the minutes."),
        ]),
        ("relationship-management", "Oversight", [
            ("p", "Each agency names a relationship manager who checks in with their panel member every quarter and raises any "
                  "problem with the MSD Regional Housing Lead."),
        ]),
        ("review", "Review", [
            ("p", "MSD, as lead agency, initiates a review of this protocol every 12 months. Any agency can ask for an earlier review."),
        ]),
        ("approval", "Sign-off", [
            ("table", ["Agency", "Signatory", "Position", "Date signed"], [list(a) for a in HS_AGENCIES]),
        ]),
    ]
    spec = {
        "hmode": "inline",
        "crumb": "MSD intranet > Regions > Bay of Plenty > Housing > Case panels > Tauranga Moana",
        "title": "Tauranga Moana Housing Support Case Panel – Information Sharing Protocol",
        "meta": "Last updated by Rachel Ngatai on 24 July 2026",
        "header": "IN-CONFIDENCE",
        "footer": "https://doogle.msd.govt.nz/regions/bay-of-plenty/housing/tauranga-moana-panel-isp.html",
        "core": core("Tauranga Moana Housing Support Case Panel – Information Sharing Protocol", "Rachel Ngatai",
                     (2026, 5, 4, 9, 45), (2026, 7, 24, 12, 0)),
        "pre": [],
        "sections": sections,
    }
    if variant == "no-conflicts":
        drop_section(spec, "conflicts-of-interest")
    return spec

# ---------------------------------------------------------------------------
# Base 7: Te Awakairangi Mental Health and Addiction Interagency Meeting (Confluence export)
# ---------------------------------------------------------------------------

MH_AGENCIES = [
    ("Health New Zealand | Te Whatu Ora", "Dr Raj Patel", "Group Manager, Mental Health and Addiction Services, Hutt Valley", "7 September 2026"),
    ("New Zealand Police", "Inspector Hayley Stone", "Area Commander, Hutt Valley", "10 September 2026"),
    ("Ministry of Social Development", "Aperahama Kerei", "Regional Commissioner, Wellington", "14 September 2026"),
    ("Kāinga Ora – Homes and Communities", "Lisa Fromont", "Regional Manager, Wellington", "18 September 2026"),
    ("Te Paepae Ora Trust", "Huia Tomoana", "Kaiwhakahaere", "24 September 2026"),
]


def base_mh(variant=None):
    """variant: None, 'no-authority-3' (purpose 3 left out of the authority table), 'unclassified'."""
    auth_rows = [
        ["1. People at risk of serious harm",
         ["Health Information Privacy Code 2020, rule 11(2)(d) (serious threat to life or health)",
          "Privacy Act 2020, IPP 11(1)(f), for non-health information"]],
        ["2. Repeated crisis contacts",
         ["Health Information Privacy Code 2020, rule 11(1)(b) (the person has authorised it) or rule 11(2)(d) where there is a serious threat",
          "Privacy Act 2020, IPP 11(1)(f), for Police information on the same basis"]],
        ["3. Leaving inpatient care",
         ["Health Information Privacy Code 2020, rule 11(1)(b) – the person has authorised the disclosure",
          "Privacy Act 2020, IPP 11(1)(d), for MSD and Kāinga Ora information"]],
    ]
    if variant == "no-authority-3":
        auth_rows = auth_rows[:2]
    cls_word = "UNCLASSIFIED" if variant == "unclassified" else "IN-CONFIDENCE"
    if variant == "unclassified":
        cls_blocks = [
            ("p", "Information discussed at the interagency meeting is UNCLASSIFIED. It must still be handled with care and is not "
                  "forwarded to anyone outside the meeting."),
        ]
    else:
        cls_blocks = [
            ("p", "Information discussed at the interagency meeting is classified IN-CONFIDENCE. Health information about a named "
                  "person is marked IN-CONFIDENCE when it is emailed."),
        ]
    return {
        "hmode": "builtin",
        "crumb": "Home › Mental Health, Addiction and Intellectual Disability › Hutt Valley › Interagency meeting › Protocol",
        "title": "Te Awakairangi Mental Health and Addiction Interagency Meeting — information sharing protocol",
        "meta": "Last updated by Te Aomihia Walker on 25 September 2026 · Viewed by 41 people",
        "header": cls_word,
        "footer": "Source page: https://confluence.huttvalley.health.nz/display/MHAIDS/Interagency+meeting+ISP",
        "core": core("Te Awakairangi Mental Health and Addiction Interagency Meeting — information sharing protocol",
                     "Te Aomihia Walker", (2026, 7, 6, 9, 0), (2026, 9, 25, 17, 5)),
        "pre": [
            ("panel", "info", "Status", [("p", "Approved and signed by all five attending agencies. Questions about this page go to the MHAIDS Quality and Safety team.")]),
        ],
        "sections": [
            ("attending-agencies", "Who attends?", [
                ("table", ["Agency", "Attending role"], [
                    ["Health New Zealand | Te Whatu Ora (lead agency)", "Crisis team clinical lead; community mental health and addiction team leaders"],
                    ["New Zealand Police", "Mental health liaison sergeant, Hutt Valley"],
                    ["Ministry of Social Development", "Service centre manager, Lower Hutt"],
                    ["Kāinga Ora – Homes and Communities", "Tenancy manager, Hutt Valley"],
                    ["Te Paepae Ora Trust", "Kaupapa Māori mental health and addiction kaimahi"],
                ]),
            ]),
            ("meeting-purpose", "Why do we meet?", [
                ("p", "The interagency meeting is held weekly to coordinate the response to adults in Te Awakairangi Hutt Valley who "
                      "have serious mental illness or addiction and whose needs go beyond what one agency can meet, so they get timely "
                      "care, a stable place to live and fewer crisis call-outs."),
            ]),
            ("sharing-purpose", "Why do we share information?", [
                ("ol", [
                    "To identify people with serious mental illness or addiction who are at risk of serious harm to themselves or others, and agree a response.",
                    "To coordinate the Police and health response for people who have repeated crisis contacts.",
                    "To plan housing and income support for people leaving inpatient care.",
                ]),
            ]),
            ("information-shared", "What can be shared?", [
                ("ul", [
                    "name, date of birth, NHI and address",
                    "diagnosis, current treatment and crisis plan, to the extent the purpose needs",
                    "recent Police and crisis team contacts",
                    "tenancy status and any tenancy issues",
                    "benefit status and what is needed to start or change support",
                ]),
            ]),
            ("legal-authority", "What is the legal authority?", [
                ("p", "The protocol does not itself authorise the sharing of information. For each purpose:"),
                ("table", ["Purpose", "Legal authority"], auth_rows),
                ("p", "Health Information Privacy Code 2020: " + HIPC),
            ]),
            ("use-of-information", "How can the information be used?", [
                ("p", "Only for the purpose it was shared for. An agency records shared information in its own system only when it needs "
                      "it to carry out an action agreed at the meeting, and notes where it came from, the authority it was shared under "
                      "and the date."),
            ]),
            ("transparency", "Do people know?", [
                ("p", "Clinicians tell people under their care that their situation may be discussed with other agencies to coordinate "
                      "support, and ask for their agreement to share for purpose 3. Where a serious threat means a person is not told "
                      "beforehand, the clinician tells them afterwards unless that would increase the risk, and records the reason."),
            ]),
            ("method-of-sharing", "How is information shared?", [
                ("p", "The agenda (names and NHIs) is emailed to attendees on the morning of the meeting as a password-protected "
                      "attachment. Everything else is shared verbally at the meeting, held at Hutt Hospital or on Teams. The crisis team "
                      "records actions in the clinical record system; other agencies receive their own actions by secure email."),
            ]),
            ("security-classification", "What is the security classification?", cls_blocks),
            ("security-controls", "What security controls apply?", [
                ("ul", [
                    "Everyone attending has completed their agency's privacy and information security training.",
                    "Hard copy information is securely destroyed at the end of the meeting.",
                    "Email attachments containing personal information are password protected.",
                    "Information is only shared from agency-approved devices.",
                    "When the meeting is held on Teams, personal information is not typed in the chat, the meeting is not recorded and nobody takes screenshots.",
                    "Hard copies are never passed to other attendees.",
                ]),
            ]),
            ("tikanga", "What tikanga applies?", [
                ("p", "Te Paepae Ora Trust advises on tikanga. Māori tāngata whaiora are offered kaupapa Māori support, whānau are "
                      "involved in line with the person's wishes, and information about whānau and whakapapa is treated as a taonga."),
            ]),
            ("retention-disposal", "How long is information kept?", [
                ("p", "Only as long as it is needed for an agreed action, in the agency's approved business system. Emailed copies are "
                      "deleted once the information is stored. Each agency applies its own retention and disposal authority; Health New "
                      "Zealand keeps meeting records in the clinical record system under the health records retention rules."),
            ]),
            ("breach-management", "Who do I contact about a breach?", [
                ("p", "The Privacy Officer, Health New Zealand | Te Whatu Ora (Hutt Valley), privacy.huttvalley@tewhatuora.govt.nz, "
                      "04 566 6999."),
                ("p", "The agency responsible for the information involved manages the breach under its own process and notifies the "
                      "Privacy Commissioner where required; all agencies help contain it and agree what to tell the person."),
            ]),
            ("conflicts-of-interest", "What if I have a conflict of interest?", [
                ("p", "Tell the chair before the person is discussed, leave that part of the meeting and pass any request to a colleague. "
                      "The chair notes the conflict."),
            ]),
            ("relationship-management", "Who oversees the protocol?", [
                ("p", "Each agency's relationship manager meets the chair every six months to check the protocol is working and sort "
                      "out any problems."),
            ]),
            ("review", "When will the protocol be reviewed?", [
                ("p", "Every two years from the date of the last signature. Health New Zealand | Te Whatu Ora initiates the review."),
            ]),
            ("approval", "Who approved it?", [
                ("table", ["For", "Name", "Designation", "Signature", "Date"],
                 [[a, n, r, "", d] for a, n, r, d in MH_AGENCIES]),
            ]),
        ],
    }

# ---------------------------------------------------------------------------
# Legacy: Kaitāia Family Violence Interagency Meeting, page last touched in 2019
# ---------------------------------------------------------------------------

LG_AGENCIES = [
    ("New Zealand Police", "Inspector Kevin Ruatapu", "Area Commander, Far North", "20 May 2019"),
    ("Oranga Tamariki", "Janine Ngawhika", "Site Manager, Kaitāia", "23 May 2019"),
    ("Northland District Health Board", "Dr Peter Lowry", "Clinical Director, Kaitāia Hospital", "29 May 2019"),
    ("Ministry of Social Development", "Huhana Pene", "Service Centre Manager, Kaitāia", "3 June 2019"),
    ("Kaitāia Women's Refuge", "Gail Subritzky", "Manager", "7 June 2019"),
    ("Whakarongo Whānau Services", "Rangi Pivac", "Manager", "12 June 2019"),
]


def legacy_fvim():
    return {
        "hmode": "web",
        "outline": False,
        "pstyle": "Body",
        "crumb": "Home > Districts > Northland > Family Violence > FVIM Kaitāia",
        "title": "Kaitāia Family Violence Interagency Meeting (FVIM) – Information Sharing Protocol",
        "meta": "Last updated by Bryce Hetaraka on 3 July 2019",
        "header": None,
        "footer": "http://intranet.police.govt.nz/northland/fv/fvim-kaitaia-protocol.aspx",
        "core": core("FVIM Kaitāia – Information Sharing Protocol", "Bryce Hetaraka", (2019, 3, 11, 10, 0), (2019, 7, 3, 16, 45),
                     revision=11),
        "pre": [],
        "sections": [
            ("attending-agencies", "Section 1 – Agencies", [
                ("p", "New Zealand Police (lead agency), Oranga Tamariki, Northland District Health Board, Ministry of Social "
                      "Development, Kaitāia Women's Refuge and Whakarongo Whānau Services."),
            ]),
            ("meeting-purpose", "Section 2 – Purpose of the FVIM", [
                ("p", "The FVIM meets weekly at Kaitāia Police Station to review family violence incidents attended by Police in the "
                      "Far North and to coordinate the interagency response to victims, children and offenders."),
            ]),
            ("sharing-purpose", "Section 3 – Why information is shared", [
                ("ol", [
                    "To assess the risk to victims of family violence.",
                    "To plan for the safety of children in the household.",
                    "To agree which agency will follow up with the family.",
                ]),
            ]),
            ("information-shared", "Section 4 – What is shared", [
                ("p", "Details of the incident (POL400 summary), names and dates of birth of the people involved, previous incidents, "
                      "protection orders, CYF/Oranga Tamariki history and current agency involvement."),
            ]),
            ("legal-authority", "Section 5 – Legal authority", [
                ("table", ["Purpose", "Authority"], [
                    ["1. Assess risk to victims", "Domestic Violence Act 1995, Part 2"],
                    ["2. Safety of children", "Children, Young Persons, and Their Families Act 1989, s 15 (reporting concerns about a child)"],
                    ["3. Agree follow-up", "Privacy Act 1993, principle 11(a) and (f)"],
                ]),
                ("p", "This protocol does not replace the law – agencies only share where the Acts above allow it."),
            ]),
            ("use-of-information", "Section 6 – Use of information", [
                ("p", "Information from the FVIM is used only to carry out the actions agreed at the meeting. It is recorded in agency "
                      "systems only where the agency has an action to complete."),
            ]),
            ("transparency", "Section 7 – Telling people", [
                ("p", "Agencies tell victims that the FVIM agencies work together and share information to keep them safe, unless that "
                      "would put them at risk."),
            ]),
            ("method-of-sharing", "Section 8 – How information is shared", [
                ("p", "Police email the weekly list to members before the meeting. Information is shared verbally at the meeting. "
                      "Minutes and actions are kept by the Police Family Violence Coordinator."),
            ]),
            ("security-classification", "Section 9 – Classification", [
                ("p", "All FVIM information is IN-CONFIDENCE."),
            ]),
            ("security-controls", "Section 10 – Security", [
                ("ul", [
                    "Members have completed their agency's privacy training.",
                    "Printed lists are collected and shredded at the end of each meeting.",
                    "Email attachments containing personal information are password protected.",
                    "Printed lists are not given to other members to take away.",
                ]),
            ]),
            ("retention-disposal", "Section 11 – Keeping and destroying information", [
                ("p", "Agencies keep FVIM information only while they need it for an agreed action, and follow their own retention "
                      "and disposal schedules. Police keep the minutes under the Police disposal authority."),
            ]),
            ("breach-management", "Section 12 – Breaches", [
                ("p", "Report any breach to the Family Violence Coordinator, New Zealand Police, Kaitāia: fvc.kaitaia@police.govt.nz, "
                      "09 408 6000. The agency that holds the information manages the breach under its own process."),
            ]),
            ("conflicts-of-interest", "Section 13 – Conflicts of interest", [
                ("p", "Members declare any conflict of interest to the chair and leave the room while that family is discussed."),
            ]),
            ("relationship-management", "Section 14 – Relationship management", [
                ("p", "Each agency's manager named in Section 16 is the relationship manager for the protocol."),
            ]),
            ("review", "Section 15 – Review", [
                ("p", "This protocol will be reviewed every three years by New Zealand Police."),
            ]),
            ("approval", "Section 16 – Signatures", [
                ("table", ["Agency", "Name", "Position", "Date"], [list(a) for a in LG_AGENCIES]),
            ]),
        ],
    }

# ---------------------------------------------------------------------------
# the corpus and its truth
# ---------------------------------------------------------------------------

DOCS = [
    dict(file="clean-01-fv-safety-table-whangarei.docx", make=lambda: base_fv(), kind="clean", expect=[], tolerate=[],
         note="Family violence Safety Table, Police lead, seven agencies incl. Corrections, kaupapa Māori trust and Refuge; FAQ headings in Heading 2 with Heading 2 Char runs, authorities in an expand table, classification and breach contact in panels, negated 'just in case' sentence."),
    dict(file="clean-02-youth-justice-panel-porirua.docx", make=lambda: base_youth(), kind="clean", expect=[], tolerate=[],
         note="Youth justice panel, Oranga Tamariki lead, iwi rūnanga attends; Web Heading noun headings with outline level, SENSITIVE in body panel and header, controls inside an expand label, 'Signed for and on behalf of' signature blocks, 18-month review."),
    dict(file="clean-03-school-attendance-hub-rotorua.docx", make=lambda: base_school(), kind="clean", expect=[], tolerate=[],
         note="School attendance hub, Ministry of Education lead; headings are Normal (Web) paragraphs carrying the Heading 2 Char run style (pasted from browser), FAQ wording, 'On this page' panel lists section names, approvals written as a bullet list, 24-month review."),
    dict(file="clean-04-elder-abuse-response-otautahi.docx", make=lambda: base_elder(), kind="clean", expect=[], tolerate=[],
         note="Elder abuse response meeting, Health NZ lead, single purpose of sharing with a list of authorities (single-purpose route), classification in body and footer only, Requirement/Restriction controls table, annual review."),
    dict(file="clean-05-reintegration-panel-kirikiriroa.docx", make=lambda: base_reint(), kind="clean", expect=[], tolerate=[],
         note="Reintegration panel, Corrections lead; purposes point to labelled authorities A-C ('see authorities A and B'), page-properties table with next review 19 June 2027, classification alone in an info panel, breach contact as a table inside a warning panel, name and title in one signature cell."),
    dict(file="defect-isp101-housing-panel-no-conflicts-section.docx", make=lambda: base_housing("no-conflicts"), kind="defect",
         expect=[{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}}], tolerate=[],
         note="Housing case panel page with short-noun inline headings; the conflicts of interest section is simply absent (Retention, Breaches, Oversight, Review follow each other) and conflicts are not mentioned anywhere."),
    dict(file="defect-isp301-mental-health-purpose3-no-authority.docx", make=lambda: base_mh("no-authority-3"), kind="defect",
         expect=[{"rule": "ISP301", "data_contains": {"purpose": "housing and income support"}}], tolerate=[],
         note="Mental health interagency meeting lists three purposes, but the Purpose | Legal authority table only has rows for purposes 1 and 2; purpose 3 (housing and income support on leaving inpatient care) has no authority."),
    dict(file="defect-isp703-school-hub-msd-unsigned.docx", make=lambda: base_school(unsigned="Ministry of Social Development"), kind="defect",
         expect=[{"rule": "ISP703", "data": {"agency": "Ministry of Social Development"}}], tolerate=[],
         note="School attendance hub lists five attending agencies in its agency table, but the 'Who signed it?' bullet list has only four approvals; Ministry of Social Development never signed."),
    dict(file="defect-isp702-youth-panel-moe-no-title.docx", make=lambda: base_youth(blank_role_for="Ministry of Education"), kind="defect",
         expect=[{"rule": "ISP702", "data": {"agency": "Ministry of Education", "missing": ["role"]}}], tolerate=["ISP201"],
         note="Youth justice panel signature blocks: the 'Signed for and on behalf of Ministry of Education' block has a name and date but its Title line is only underscores."),
    dict(file="defect-isp451-housing-panel-seemail-not-password.docx", make=lambda: base_housing("seemail"), kind="defect",
         expect=[{"rule": "ISP451", "data": {"control": "password-protection"}}], tolerate=[],
         note="Housing case panel security panel replaces the password-protected attachments control with 'only emailed through SEEMail', and the method section sends the list by SEEMail; no password protection is stated anywhere."),
    dict(file="defect-isp501-elder-abuse-no-breach-contact.docx", make=lambda: base_elder("no-breach-contact"), kind="defect",
         expect=[{"rule": "ISP501"}], tolerate=[],
         note="Elder abuse meeting breach section only has agency obligations, 'talk to your own agency's privacy officer' and the Privacy Commissioner's NotifyUs number; no designated contact with agency and email/phone."),
    dict(file="defect-isp604-reintegration-panel-review-overdue.docx", make=lambda: base_reint(overdue=True), kind="defect",
         expect=[{"rule": "ISP604", "data": {"due": "2026-09-30"}}], tolerate=[],
         note="Reintegration panel signed 8-30 September 2025 with a 12-month review; the page-properties table says 'Next review | 30 September 2026', which had passed by 24 November 2026."),
    dict(file="defect-isp603-fv-safety-table-no-review-owner.docx", make=lambda: base_fv(review_owner=False), kind="defect",
         expect=[{"rule": "ISP603"}], tolerate=[],
         note="Safety Table review section gives a 12-month period but leaves it to 'the relationship managers' to agree who pulls the review together; no agency is named as responsible for initiating it."),
    dict(file="defect-isp402-mental-health-unclassified.docx", make=lambda: base_mh("unclassified"), kind="defect",
         expect=[{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}], tolerate=[],
         note="Mental health interagency meeting states its information is UNCLASSIFIED ('must still be handled with care'), with a matching UNCLASSIFIED page header."),
    dict(file="defect-isp801-youth-panel-notes-for-future-reference.docx", make=lambda: base_youth(future_reference=True), kind="defect",
         expect=[{"rule": "ISP801", "data_contains": {"text": "for future reference"}}], tolerate=[],
         note="Youth justice panel 'Using the information' section says panel notes may be kept on agency case files for future reference even where no action was allocated to that agency."),
    dict(file="defect-isp305-school-hub-protocol-gives-authority.docx", make=lambda: base_school(claims_authority=True), kind="defect",
         expect=[{"rule": "ISP305", "data_contains": {"text": "authority to share"}}], tolerate=[],
         note="School attendance hub info panel under 'What law do we rely on?' says 'This protocol gives the attending agencies the authority to share the information on this page'."),
    dict(file="legacy-fvim-kaitaia-2019.docx", make=legacy_fvim, kind="legacy",
         expect=[
             {"rule": "ISP303", "data_contains": {"authority": "Domestic Violence Act 1995"}},
             {"rule": "ISP303", "data_contains": {"authority": "Children, Young Persons"}},
             {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
             {"rule": "ISP451", "data": {"control": "approved-devices"}},
             {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
             {"rule": "ISP101", "data": {"section": "tikanga"}},
             {"rule": "ISP602", "data": {"months": 36}},
             {"rule": "ISP604", "data": {"due": "2022-06-12"}},
         ],
         tolerate=["ISP302", "ISP301"],
         note="2019 FVIM page never updated: cites the Domestic Violence Act 1995, the CYPF Act 1989 and the Privacy Act 1993 in its authority table, has no tikanga section, only four security controls (no devices, no virtual meetings), a three-yearly review and a last signature of 12 June 2019."),
    dict(file="trap-elder-abuse-signing-copy-content-controls.docx", make=lambda: base_elder("trap"), kind="trap",
         expect=[{"rule": "ISP202", "data": {"count": 1}}], tolerate=[],
         note="Elder abuse signing copy: classification (IN-CONFIDENCE), review period (12 months), next review date (20 August 2027) and review agency are only in filled content controls, and the breach contact's role, agency, email and phone are only in one unaccepted tracked insertion."),
]



def main():
    truth = {
        "as_of": "2026-11-24",
        "style": ("Agency intranet (SharePoint / Confluence) pages exported to Word: breadcrumbs and "
                  "'Last updated by ... on ...' metadata, Web Heading / Normal (Web) / Heading 2 Char "
                  "headings phrased as FAQ questions or short nouns, info and warning panels as shaded "
                  "one-cell tables with a Panel Title line, expand macros as bold labels, URLs written "
                  "in the text, tables with CSS-shaded header rows."),
        "files": {},
    }
    for d in DOCS:
        spec = d["make"]()
        spec["file"] = d["file"]
        build(spec)
        truth["files"][d["file"]] = {k: d[k] for k in ("kind", "expect", "tolerate", "note")}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", len(DOCS), "documents")


if __name__ == "__main__":
    main()
