#!/usr/bin/env python
"""Build the health-sector blind corpus of multi-agency meeting information
sharing arrangements (house style: Health NZ district / PHO privacy officer).

Run with /work/blind-kit/.venv/bin/python build.py. Deterministic: fixed core
property dates, fixed zip timestamps, no randomness.
"""
import copy
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# low level helpers
# ---------------------------------------------------------------------------

HEAD_FILL = "1F5C4A"      # Health NZ-ish green for table headers
SUB_FILL = "E2EFDA"
NUM_ID_HEADINGS = 91


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill})
    # shd must come after tcW/gridSpan/vMerge/tcBorders and before vAlign etc.
    after = None
    for tag in ("w:tcW", "w:gridSpan", "w:vMerge", "w:tcBorders"):
        found = tcPr.find(qn(tag))
        if found is not None:
            after = found
    if after is not None:
        after.addnext(shd)
    else:
        tcPr.insert(0, shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(el("w:tblHeader"))


def add_runs(p, text, bold_all=False):
    """Very small markup: **bold** segments."""
    parts = text.split("**")
    for i, seg in enumerate(parts):
        if not seg:
            continue
        r = p.add_run(seg)
        if bold_all or i % 2 == 1:
            r.bold = True
    return p


def set_cell(cell, text, bold=False, color=None):
    lines = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if line.startswith("- "):
            p.style = "List Bullet"
            line = line[2:]
        add_runs(p, line, bold_all=bold)
        if color:
            for r in p.runs:
                r.font.color.rgb = RGBColor.from_string(color)


class Rev:
    """Revision / annotation id source for tracked changes and content controls."""

    def __init__(self, author, date):
        self.n = 100
        self.author = author
        self.date = date

    def next(self):
        self.n += 1
        return self.n


def w_t(text, tag="w:t"):
    t = el(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    return t


def run_el(text, deleted=False, bold=False):
    r = el("w:r")
    if bold:
        rPr = el("w:rPr")
        rPr.append(el("w:b"))
        r.append(rPr)
    r.append(w_t(text, "w:delText" if deleted else "w:t"))
    return r


# ---------------------------------------------------------------------------
# content controls and tracked changes
# ---------------------------------------------------------------------------

def sdt_dropdown_inline(p, alias, tag, value, items, sdt_id):
    sdt = el("w:sdt")
    pr = el("w:sdtPr")
    pr.append(el("w:alias", **{"w:val": alias}))
    pr.append(el("w:tag", **{"w:val": tag}))
    pr.append(el("w:id", **{"w:val": sdt_id}))
    dd = el("w:dropDownList", **{"w:lastValue": value})
    dd.append(el("w:listItem", **{"w:displayText": "Choose an item.", "w:value": ""}))
    for it in items:
        dd.append(el("w:listItem", **{"w:displayText": it, "w:value": it}))
    pr.append(dd)
    sdt.append(pr)
    content = el("w:sdtContent")
    content.append(run_el(value, bold=True))
    sdt.append(content)
    p._p.append(sdt)
    return sdt


def sdt_date_inline(p, alias, iso, shown, sdt_id):
    sdt = el("w:sdt")
    pr = el("w:sdtPr")
    pr.append(el("w:alias", **{"w:val": alias}))
    pr.append(el("w:tag", **{"w:val": "SignDate"}))
    pr.append(el("w:id", **{"w:val": sdt_id}))
    d = el("w:date", **{"w:fullDate": iso + "T00:00:00Z"})
    d.append(el("w:dateFormat", **{"w:val": "d MMMM yyyy"}))
    d.append(el("w:lid", **{"w:val": "en-NZ"}))
    d.append(el("w:storeMappedDataAs", **{"w:val": "dateTime"}))
    d.append(el("w:calendar", **{"w:val": "gregorian"}))
    pr.append(d)
    sdt.append(pr)
    content = el("w:sdtContent")
    content.append(run_el(shown))
    sdt.append(content)
    p._p.append(sdt)


def sdt_block(doc, alias, tag, texts, sdt_id):
    body = doc.element.body
    sdt = el("w:sdt")
    pr = el("w:sdtPr")
    pr.append(el("w:alias", **{"w:val": alias}))
    pr.append(el("w:tag", **{"w:val": tag}))
    pr.append(el("w:id", **{"w:val": sdt_id}))
    sdt.append(pr)
    content = el("w:sdtContent")
    sdt.append(content)
    body.insert(len(body) - 1, sdt)  # before sectPr
    for t in texts:
        p = doc.add_paragraph()
        add_runs(p, t)
        content.append(p._p)  # moves the paragraph into the control


def tracked_paragraph(doc, segments, rev, style=None):
    p = doc.add_paragraph(style=style)
    for kind, text in segments:
        if kind == "t":
            add_runs(p, text)
        elif kind == "ins":
            ins = el("w:ins", **{"w:id": rev.next(), "w:author": rev.author, "w:date": rev.date})
            ins.append(run_el(text))
            p._p.append(ins)
        elif kind == "del":
            d = el("w:del", **{"w:id": rev.next(), "w:author": rev.author, "w:date": rev.date})
            d.append(run_el(text, deleted=True))
            p._p.append(d)
    return p


def tracked_inserted_paragraph(doc, text, rev, style=None):
    p = doc.add_paragraph(style=style)
    pPr = p._p.get_or_add_pPr()
    rPr = el("w:rPr")
    rPr.append(el("w:ins", **{"w:id": rev.next(), "w:author": rev.author, "w:date": rev.date}))
    pPr.append(rPr)
    ins = el("w:ins", **{"w:id": rev.next(), "w:author": rev.author, "w:date": rev.date})
    ins.append(run_el(text))
    p._p.append(ins)
    return p


# ---------------------------------------------------------------------------
# document assembly
# ---------------------------------------------------------------------------

def add_heading_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = el("w:abstractNum", **{"w:abstractNumId": NUM_ID_HEADINGS})
    absn.append(el("w:multiLevelType", **{"w:val": "singleLevel"}))
    lvl = el("w:lvl", **{"w:ilvl": 0})
    lvl.append(el("w:start", **{"w:val": 1}))
    lvl.append(el("w:numFmt", **{"w:val": "decimal"}))
    lvl.append(el("w:lvlText", **{"w:val": "%1."}))
    lvl.append(el("w:lvlJc", **{"w:val": "left"}))
    ppr = el("w:pPr")
    ppr.append(el("w:ind", **{"w:left": 567, "w:hanging": 567}))
    lvl.append(ppr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = el("w:num", **{"w:numId": NUM_ID_HEADINGS})
    num.append(el("w:abstractNumId", **{"w:val": NUM_ID_HEADINGS}))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[-1].addnext(num)
    else:
        numbering.append(num)


def number_paragraph(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def setup_styles(doc, spec):
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = spec.get("font", "Arial")
    normal.font.size = Pt(10.5)
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5)):
        s = st[name]
        s.font.name = spec.get("font", "Arial")
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor.from_string(HEAD_FILL)
    note = st.add_style("Arrangement Note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = st["Normal"]
    note.font.italic = True
    note.font.size = Pt(9.5)
    note.paragraph_format.left_indent = Cm(0.75)
    purp = st.add_style("Purpose Item", WD_STYLE_TYPE.PARAGRAPH)
    purp.base_style = st["Normal"]
    purp.paragraph_format.left_indent = Cm(1.0)
    purp.paragraph_format.first_line_indent = Cm(-0.75)
    purp.paragraph_format.space_after = Pt(4)


def add_table(doc, headers, rows, widths=None, fill=HEAD_FILL, first_col_fill=None):
    ncols = len(headers) if headers else len(rows[0])
    t = doc.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if headers:
        row = t.add_row()
        for i, h in enumerate(headers):
            set_cell(row.cells[i], h, bold=True, color="FFFFFF")
            shade(row.cells[i], fill)
        repeat_header(row)
    for r in rows:
        row = t.add_row()
        for i, v in enumerate(r):
            set_cell(row.cells[i], v, bold=(first_col_fill is not None and i == 0))
            if first_col_fill and i == 0:
                shade(row.cells[i], first_col_fill)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def render_block(doc, b, ctx):
    kind = b[0]
    if kind == "p":
        add_runs(doc.add_paragraph(), b[1])
    elif kind == "note":
        add_runs(doc.add_paragraph(style="Arrangement Note"), b[1])
    elif kind == "bullets":
        for item in b[1]:
            add_runs(doc.add_paragraph(style="List Bullet"), item)
    elif kind == "items":  # typed numbered items (purposes)
        for item in b[1]:
            add_runs(doc.add_paragraph(style="Purpose Item"), item)
    elif kind == "table":
        add_table(doc, b[1], b[2], widths=b[3] if len(b) > 3 else None)
    elif kind == "kv":
        add_table(doc, None, b[1], widths=b[2] if len(b) > 2 else None, first_col_fill=SUB_FILL)
    elif kind == "sig_table":
        render_sig_table(doc, b[1], ctx)
    elif kind == "sig_blocks":
        render_sig_blocks(doc, b[1])
    elif kind == "sig_grid":
        render_sig_grid(doc, b[1])
    elif kind == "tracked":
        tracked_paragraph(doc, b[1], ctx["rev"], style=b[2] if len(b) > 2 else None)
    elif kind == "tracked_bullet":
        tracked_inserted_paragraph(doc, b[1], ctx["rev"], style="List Bullet")
    elif kind == "sdt_dropdown":
        _, prefix, alias, tag, value, items, suffix = b
        p = doc.add_paragraph()
        add_runs(p, prefix)
        sdt_dropdown_inline(p, alias, tag, value, items, ctx["rev"].next() * 7919)
        if suffix:
            p.add_run(suffix)
    elif kind == "sdt_block":
        _, alias, tag, texts = b
        sdt_block(doc, alias, tag, texts, ctx["rev"].next() * 7919)
    else:
        raise ValueError(kind)


def render_sig_table(doc, sigs, ctx):
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    row = t.add_row()
    for i, h in enumerate(("Agency", "Name", "Role", "Signature", "Date")):
        set_cell(row.cells[i], h, bold=True, color="FFFFFF")
        shade(row.cells[i], HEAD_FILL)
    repeat_header(row)
    for s in sigs:
        row = t.add_row()
        set_cell(row.cells[0], s["agency"], bold=True)
        set_cell(row.cells[1], s.get("name", ""))
        set_cell(row.cells[2], s.get("role", ""))
        set_cell(row.cells[3], s.get("signature", ""))
        if s.get("date_sdt"):
            row.cells[4].paragraphs[0].text = ""
            sdt_date_inline(row.cells[4].paragraphs[0], "Date signed", s["date_sdt"], s["date"],
                            ctx["rev"].next() * 7919)
        else:
            set_cell(row.cells[4], s.get("date", ""))
        row.height = Cm(1.2)
    doc.add_paragraph()


def render_sig_blocks(doc, sigs):
    for s in sigs:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True
        add_runs(p, "Signed for and on behalf of " + s["agency"], bold_all=True)
        for label, key in (("Name", "name"), ("Role", "role")):
            q = doc.add_paragraph()
            q.paragraph_format.keep_with_next = True
            q.add_run(label + ":\t").bold = True
            if s.get(key):
                q.add_run(s[key])
        q = doc.add_paragraph()
        q.paragraph_format.keep_with_next = True
        q.add_run("Signature:\t").bold = True
        q.add_run(s.get("signature", "______________________________"))
        q = doc.add_paragraph()
        q.add_run("Date:\t").bold = True
        if s.get("date"):
            q.add_run(s["date"])


def render_sig_grid(doc, sigs):
    for s in sigs:
        rows = [("Agency", s["agency"]), ("Name", s.get("name", "")), ("Position", s.get("role", "")),
                ("Signature", s.get("signature", "")), ("Date", s.get("date", ""))]
        add_table(doc, None, rows, widths=[4.0, 11.5], first_col_fill=SUB_FILL)


def add_custom_props(doc, props):
    xml = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">']
    for i, (k, v) in enumerate(props, start=2):
        xml.append('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s">'
                   '<vt:lpwstr>%s</vt:lpwstr></property>' % (i, k, v))
    xml.append("</Properties>")
    part = Part(PackURI("/docProps/custom.xml"),
                "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                "".join(xml).encode("utf-8"), doc.part.package)
    doc.part.package.relate_to(
        part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties")


def turn_on_track_changes(doc):
    settings = doc.settings.element
    anchor = settings.find(qn("w:defaultTabStop"))
    anchor.addprevious(el("w:trackRevisions"))


def header_footer(doc, spec):
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    if spec.get("header"):
        p = sec.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(spec["header"])
        r.bold = True
        r.font.color.rgb = RGBColor.from_string("C00000")
    if spec.get("footer"):
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(spec["footer"])
        r.font.size = Pt(8.5)


def build(spec):
    doc = Document()
    setup_styles(doc, spec)
    ctx = {"rev": Rev(spec["core"]["author"], spec.get("rev_date", "2026-08-20T09:00:00Z"))}
    header_footer(doc, spec)
    if spec.get("numbering") == "auto":
        add_heading_numbering(doc)

    # title block
    tp = doc.add_paragraph(style="Title")
    tp.add_run(spec["title"])
    for line in spec.get("subtitle", []):
        p = doc.add_paragraph(style="Subtitle")
        p.add_run(line)
    if spec.get("control"):
        add_table(doc, None, spec["control"], widths=[4.5, 11.0], first_col_fill=SUB_FILL)
    for b in spec.get("preamble", []):
        render_block(doc, b, ctx)

    n = 0
    for pi, part in enumerate(spec["parts"]):
        doc.add_heading(part["title"], level=1)
        k = 0
        for sec in part["sections"]:
            n += 1
            k += 1
            style = spec.get("numbering", "typed")
            if style == "typed":
                h = doc.add_heading("%d. %s" % (n, sec["title"]), level=2)
            elif style == "letter":
                letter = part["title"].split()[1]
                h = doc.add_heading("%s.%d  %s" % (letter, k, sec["title"]), level=2)
            elif style == "auto":
                h = doc.add_heading(sec["title"], level=2)
                number_paragraph(h, NUM_ID_HEADINGS)
            else:
                h = doc.add_heading(sec["title"], level=2)
            for b in sec["blocks"]:
                render_block(doc, b, ctx)
    for app in spec.get("appendices", []):
        doc.add_page_break()
        doc.add_heading(app["title"], level=1)
        for b in app["blocks"]:
            render_block(doc, b, ctx)

    if spec.get("custom_props"):
        add_custom_props(doc, spec["custom_props"])
    if spec.get("track"):
        turn_on_track_changes(doc)

    cp = doc.core_properties
    core = spec["core"]
    cp.author = core["author"]
    cp.last_modified_by = core.get("last_modified_by", core["author"])
    cp.title = spec["title"]
    cp.subject = core.get("subject", "Multi-agency meeting information sharing arrangement")
    cp.keywords = core.get("keywords", "information sharing; HIPC 2020; hui")
    cp.category = core.get("category", "Privacy")
    cp.comments = ""
    cp.created = core["created"]
    cp.modified = core["modified"]
    cp.last_printed = core["modified"]
    cp.revision = core.get("revision", 3)

    buf = io.BytesIO()
    doc.save(buf)
    path = os.path.join(OUT, spec["file"])
    normalise_zip(buf.getvalue(), path)
    return path


def normalise_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


def find_sec(spec, title):
    for part in spec["parts"]:
        for sec in part["sections"]:
            if sec["title"] == title:
                return sec
    raise KeyError(title)


def remove_sec(spec, title):
    for part in spec["parts"]:
        for sec in list(part["sections"]):
            if sec["title"] == title:
                part["sections"].remove(sec)
                return
    raise KeyError(title)


def dt(y, m, d, hh=9, mm=0):
    return datetime.datetime(y, m, d, hh, mm, 0)


# ---------------------------------------------------------------------------
# shared wording the author reuses (her own house clauses)
# ---------------------------------------------------------------------------

def interest_blocks(chair="the chair"):
    return [
        ("p", "A representative has a conflict of interest when a person discussed at the hui is a relative, a "
              "friend, a neighbour, a colleague or someone with whom they have a personal connection, or when "
              "they have any other interest that could affect, or look as if it affects, their judgement."),
        ("bullets", [
            "The representative tells %s as soon as they see the name on the agenda, or as soon as the "
            "conflict becomes apparent during the hui." % chair,
            "Their agency's deputy or another colleague discloses and receives information about that person "
            "instead.",
            "The representative leaves the room (or the Teams meeting) while that person is discussed.",
            "The chair notes in the hui record that a conflict was declared and how it was managed, without "
            "recording the nature of the relationship.",
        ]),
    ]


# ---------------------------------------------------------------------------
# BASE 01 – Mental health and addiction crisis coordination hui, Waikato
# ---------------------------------------------------------------------------

B01_AGENCIES = [
    ("Health New Zealand – Waikato (lead agency)", "Mental Health and Addiction Services – Acute and Crisis "
     "Services (Crisis Assessment and Home Treatment Team)", "Clinical Nurse Manager, Crisis Services (chair)"),
    ("New Zealand Police", "Waikato District – Mental Health Liaison", "Mental Health Liaison Sergeant"),
    ("Hato Hone St John", "Clinical Hub, Te Manawa Taki region", "Clinical Support Officer"),
    ("Te Whare Tiaki Ora Trust", "Kaupapa Māori mental health and addiction services", "Team Leader, Kaitakawaenga"),
    ("Kōtuku Peer Support Network", "Peer support and crisis respite", "Peer Support Coordinator"),
    ("Kāinga Ora – Homes and Communities", "Tenancy services, Kirikiriroa Hamilton", "Senior Tenancy Manager"),
]

B01_SIGS = [
    {"agency": "Health New Zealand – Waikato", "name": "Dr Aroha Tūhoe-Mitchell",
     "role": "Group Manager, Mental Health and Addiction Services", "signature": "Signed", "date": "2 March 2026"},
    {"agency": "New Zealand Police", "name": "Inspector Grant Whitcombe",
     "role": "District Prevention Manager, Waikato District", "signature": "Signed", "date": "4 March 2026"},
    {"agency": "Hato Hone St John", "name": "Louise Fairbairn",
     "role": "District Operations Manager, Waikato", "signature": "Signed", "date": "4 March 2026"},
    {"agency": "Te Whare Tiaki Ora Trust", "name": "Rāwiri Nikora",
     "role": "Chief Executive", "signature": "Signed", "date": "9 March 2026"},
    {"agency": "Kōtuku Peer Support Network", "name": "Sam Te Huia",
     "role": "General Manager", "signature": "Signed", "date": "11 March 2026"},
    {"agency": "Kāinga Ora – Homes and Communities", "name": "Melissa Ranginui",
     "role": "Regional Manager, Waikato", "signature": "Signed", "date": "16 March 2026"},
]


def base01():
    return {
        "file": "clean-01-mha-crisis-hui-waikato.docx",
        "title": "Information Sharing Arrangement – Mental Health and Addiction Crisis Coordination Hui",
        "subtitle": ["Kirikiriroa Hamilton | Health New Zealand | Te Whatu Ora – Waikato"],
        "control": [
            ("Document owner", "Privacy Officer, Health New Zealand – Waikato"),
            ("Version", "1.0 (endorsed)"),
            ("Classification", "SENSITIVE"),
            ("Effective date", "16 March 2026"),
            ("Applies to", "The weekly Crisis Coordination Hui and all information disclosed for it"),
        ],
        "numbering": "typed",
        "header": "SENSITIVE",
        "footer": "SENSITIVE | Crisis Coordination Hui – Information Sharing Arrangement v1.0",
        "core": {"author": "Privacy Officer – Health NZ Waikato", "created": dt(2025, 11, 18),
                 "modified": dt(2026, 3, 17), "revision": 7},
        "parts": [
            {"title": "Part A – About the meeting", "sections": [
                {"title": "Scope of the hui", "blocks": [
                    ("p", "The Crisis Coordination Hui is a weekly meeting convened by Health New Zealand – Waikato "
                          "Mental Health and Addiction Services. It brings together the agencies that most often "
                          "respond when a person in Kirikiriroa Hamilton is in mental health or addiction crisis, so "
                          "that tangata whaiora who keep reaching crisis point receive one coordinated plan instead of "
                          "several disconnected responses."),
                    ("p", "A person is brought to the hui when, in the previous 30 days, they have had two or more "
                          "crisis contacts across the participating agencies: for example a Police mental health "
                          "callout, an ambulance attendance for self-harm or intoxication, or a presentation to the "
                          "Acute Mental Health Service."),
                    ("p", "The hui is whānau-centred. It reflects Health NZ's obligations under Te Tiriti o Waitangi "
                          "and the health sector principles in the Pae Ora (Healthy Futures) Act 2022: tangata "
                          "whaiora and their whānau are told about the hui, asked for their authorisation and invited "
                          "to shape their own plan wherever that is safe and practicable."),
                    ("p", "This arrangement does not itself authorise any disclosure. It records what information is "
                          "disclosed at the hui, why, and which law each participating agency relies on when it "
                          "discloses (Part B)."),
                ]},
                {"title": "Participating agencies", "blocks": [
                    ("p", "The following agencies attend the hui and have endorsed this arrangement (Part D):"),
                    ("table", ["Agency", "Service attending", "Representative"],
                     [list(a) for a in B01_AGENCIES], [5.5, 6.0, 4.5]),
                    ("p", "Health New Zealand – Waikato is the lead agency. It convenes and chairs the hui, keeps the "
                          "hui record, and is responsible for putting this arrangement into practice and keeping it "
                          "current."),
                ]},
                {"title": "Purposes of disclosure", "blocks": [
                    ("p", "Health information and other personal information is disclosed at or for the hui only for "
                          "these purposes:"),
                    ("items", [
                        "1.\tTo identify tangata whaiora who have had repeated crisis contacts and build a shared "
                        "understanding of what is driving those crises and of the current risk to them or to others.",
                        "2.\tTo agree one coordinated crisis and support plan for each person: who will make contact, "
                        "which service leads, and how the plan is shared with the person and their whānau.",
                        "3.\tTo respond to a serious threat to the life or health of the person, or of another "
                        "person, that becomes apparent during the hui.",
                    ]),
                ]},
            ]},
            {"title": "Part B – The information", "sections": [
                {"title": "Health information we may disclose", "blocks": [
                    ("p", "Representatives disclose only the minimum information needed for the purpose. The "
                          "Schedule of Information sets out what each agency may disclose. Information that is not "
                          "in the schedule is not disclosed at the hui; a representative who thinks something else is "
                          "needed checks with their privacy officer first."),
                    ("p", "**Schedule of Information**"),
                    ("table", ["Category", "Example", "Disclosed by", "Purpose", "Authority"], [
                        ["Identity and contact", "Name, date of birth, NHI, address, phone, next of kin",
                         "All agencies", "1, 2",
                         "Health agencies: HIPC 2020 r 11(1)(b)\nPolice, Kāinga Ora: Privacy Act 2020 IPP 11(1)(c)"],
                        ["Crisis contact history", "Dates and nature of crisis contacts in the last 30 days",
                         "Health NZ; Police; Hato Hone St John", "1",
                         "Health NZ, St John: HIPC 2020 r 11(1)(b), or r 11(2)(d)\nPolice: Privacy Act 2020 "
                         "IPP 11(1)(c), or IPP 11(1)(f)"],
                        ["Clinical summary", "Diagnosis relevant to risk, current treatment, status under the Mental "
                         "Health (Compulsory Assessment and Treatment) Act 1992, key worker",
                         "Health NZ; Te Whare Tiaki Ora Trust", "1, 2", "HIPC 2020 r 11(1)(b); r 11(2)(d)"],
                        ["Risk information", "Current risk to self or others, access to weapons, recent threats",
                         "Health NZ; Police; Te Whare Tiaki Ora Trust; Kōtuku", "1, 3",
                         "Health agencies: HIPC 2020 r 11(2)(d)\nPolice: Privacy Act 2020 IPP 11(1)(f)(ii)"],
                        ["Support and engagement", "Services engaged, peer support, whānau and cultural supports",
                         "Te Whare Tiaki Ora Trust; Kōtuku; Health NZ", "2", "HIPC 2020 r 11(1)(b)"],
                        ["Housing and tenancy", "Tenancy status, risks to the tenancy, tenancy manager",
                         "Kāinga Ora", "2", "Privacy Act 2020 IPP 11(1)(c)"],
                    ], [3.0, 4.5, 3.2, 1.6, 4.2]),
                ]},
                {"title": "Basis for disclosure", "blocks": [
                    ("p", "Health NZ, Hato Hone St John, Te Whare Tiaki Ora Trust and Kōtuku Peer Support Network are "
                          "health agencies bound by the Health Information Privacy Code 2020 (HIPC). New Zealand "
                          "Police and Kāinga Ora are bound by the information privacy principles (IPPs) in the Privacy "
                          "Act 2020. Each purpose relies on the following:"),
                    ("table", ["Purpose", "Health agencies (HIPC 2020)", "Police and Kāinga Ora (Privacy Act 2020)"], [
                        ["1. Identify and understand repeated crises",
                         "Rule 11(1)(b): the individual's authorisation. Where authorisation cannot practicably be "
                         "obtained, rule 11(2)(d): disclosure necessary to prevent or lessen a serious threat to the "
                         "life or health of the individual or another individual.",
                         "IPP 11(1)(c): authorised by the individual; IPP 11(1)(f): serious threat."],
                        ["2. Agree a coordinated plan", "Rule 11(1)(b): the individual's authorisation.",
                         "IPP 11(1)(c): authorised by the individual."],
                        ["3. Respond to a serious threat", "Rule 11(2)(d).", "IPP 11(1)(f)(ii)."],
                    ], [4.5, 6.5, 5.0]),
                    ("p", "**Authorisation.** The person's key worker (or, for people not yet known to the service, "
                          "the crisis clinician) seeks the individual's authorisation before the person is first "
                          "discussed and records the authorisation, or the refusal, in the clinical records system. "
                          "If the person declines, they are discussed only under purpose 3, and only where the serious "
                          "threat test is met for that specific disclosure."),
                    ("p", "**Serious threat.** Whether there is a serious threat is judged on the likelihood of the "
                          "threat being realised, how severe the consequences would be, and how soon it may happen. "
                          "The representative who discloses makes that judgement, and records the reasons in their "
                          "own agency's system."),
                ]},
                {"title": "Permitted use", "blocks": [
                    ("bullets", [
                        "Information disclosed at the hui is used only for the purpose it was disclosed for, as set "
                        "out in the Schedule of Information.",
                        "An agency records in its own system only what it needs to carry out an action agreed at the "
                        "hui, noting where the information came from, the authority it was disclosed under, the "
                        "purpose, any restriction on its use, and the date.",
                        "Any other use, including use in an investigation or in a tenancy decision, is a new use. The "
                        "agency needs its own authority for it and first consults its privacy officer.",
                    ]),
                ]},
                {"title": "Informing tangata whaiora and whānau", "blocks": [
                    ("bullets", [
                        "Health NZ's privacy statement and the Mental Health and Addiction Services information for "
                        "tangata whaiora and whānau describe the hui, the agencies that attend and why (HIPC rule 3).",
                        "The key worker explains the hui to the person, seeks their authorisation, and offers them and "
                        "their whānau the chance to say what they want the plan to include.",
                        "The person receives a copy of their plan, in plain language, within five working days.",
                        "Where information is disclosed under rule 11(2)(d) or IPP 11(1)(f) without authorisation, "
                        "the person is told afterwards unless telling them would itself increase the risk; the reason "
                        "is recorded.",
                        "Requests to access or correct information (HIPC rules 6 and 7) are handled by the agency "
                        "that holds the information.",
                    ]),
                ]},
                {"title": "Disclosure channels", "blocks": [
                    ("bullets", [
                        "**Agenda.** The hui coordinator emails the agenda (name, NHI, reason for referral) to the "
                        "named representatives by 3 pm on the working day before the hui, as a password-protected "
                        "attachment. The password is sent by text message.",
                        "**At the hui.** Information is disclosed verbally, in a private meeting room at Waikato "
                        "Hospital or by Microsoft Teams for representatives who cannot attend in person.",
                        "**After the hui.** The coordinator records the agreed plan in Health NZ's clinical records "
                        "system and emails each agency only the actions that are theirs.",
                        "No other channel (personal email, text messages about a person, messaging apps) is used for "
                        "hui information.",
                    ]),
                ]},
            ]},
            {"title": "Part C – Keeping it safe", "sections": [
                {"title": "Information classification", "blocks": [
                    ("p", "Information disclosed at or for the hui is classified **SENSITIVE**. Agendas, action lists "
                          "and emails carry the SENSITIVE marking, and each agency handles them at that level under "
                          "the Protective Security Requirements."),
                ]},
                {"title": "Technical and organisational safeguards", "blocks": [
                    ("p", "These safeguards apply to every participating agency (HIPC rule 5; IPP 5):"),
                    ("table", ["Safeguard", "How it applies to the hui"], [
                        ["Training", "Every representative, and any delegate, has completed their own agency's privacy "
                         "and information security training before attending. Health NZ makes its privacy "
                         "e-learning available to NGO representatives who do not have their own."],
                        ["Printed material", "Printing the agenda is discouraged. Anything printed is collected by the "
                         "chair at the close of the hui and placed in the secure destruction bin."],
                        ["No handing on", "Printed material is never handed to, or left with, a representative of "
                         "another agency."],
                        ["Email attachments", "Every attachment containing health information is password protected; "
                         "the password travels separately."],
                        ["Devices", "Hui information is accessed and disclosed only on devices issued or approved by "
                         "the representative's own agency, never on personal phones or home computers."],
                        ["Joining by Teams", "Representatives do not put personal information in the chat, do not "
                         "record the hui and do not take screenshots. They join from a private space where they "
                         "cannot be overheard."],
                        ["Access", "The hui folder in Health NZ's document management system is open only to the "
                         "coordinator and the chair."],
                    ], [3.5, 12.5]),
                ]},
                {"title": "Māori health data", "blocks": [
                    ("p", "Many tangata whaiora discussed at the hui are Māori. Their health information is a taonga, "
                          "and Health NZ holds it subject to its obligations under Te Tiriti o Waitangi. The agencies "
                          "apply the principles of Māori data sovereignty (Te Mana Raraunga) to information disclosed "
                          "at the hui."),
                    ("bullets", [
                        "Te Whare Tiaki Ora Trust advises the chair on tikanga for the hui. The hui opens and closes "
                        "with karakia, and whānau who attend may bring a kaumātua or support person.",
                        "Whakapapa and whānau connections are discussed only where they matter to the person's plan.",
                        "Reports about the hui that show ethnicity or iwi are not released outside the participating "
                        "agencies without advice from Health NZ – Waikato's Māori health leadership.",
                    ]),
                ]},
                {"title": "Record keeping", "blocks": [
                    ("p", "Information is kept only while it is needed for the purpose it was disclosed for (HIPC "
                          "rule 9; IPP 9), and kept securely while it is held (rule 5)."),
                    ("bullets", [
                        "Health NZ records the agreed plan and hui decisions in the clinical records system. These "
                        "records are retained under the Health (Retention of Health Information) Regulations 1996.",
                        "Other health agencies record only their own actions in their clinical records system, on the "
                        "same basis.",
                        "Police and Kāinga Ora record only their own actions, and retain them under their disposal "
                        "authorities issued under the Public Records Act 2005.",
                        "Agendas and emails are deleted within five working days of the hui, once the agency's "
                        "actions are recorded in its own system.",
                        "The hui record (attendance, decisions, actions and declared conflicts) is kept by Health NZ "
                        "in a restricted folder.",
                    ]),
                ]},
                {"title": "Privacy incidents", "blocks": [
                    ("p", "A privacy incident includes an email sent to the wrong person, a lost or left-behind "
                          "agenda, an unauthorised person overhearing the hui, or information used outside this "
                          "arrangement."),
                    ("p", "Report it straight away to the hui breach contact: **Privacy Officer, Health New Zealand – "
                          "Waikato**, privacy.waikato@tewhatuora.govt.nz, 07 834 3620, and to your own agency's "
                          "privacy officer."),
                    ("bullets", [
                        "The agency whose staff member caused the incident contains it (for example recalls the email "
                        "and confirms deletion).",
                        "The breach contact and the affected agencies assess the harm together and agree who tells "
                        "the affected person and their whānau, and what they are told.",
                        "The agency responsible notifies the Privacy Commissioner where the incident is a notifiable "
                        "privacy breach under Part 6 of the Privacy Act 2020.",
                        "The chair reports the incident (without identifying details) at the next hui, and the "
                        "agencies agree any change to practice.",
                    ]),
                ]},
            ]},
            {"title": "Part D – Governance", "sections": [
                {"title": "Declarations of interest", "blocks": interest_blocks()},
                {"title": "Oversight", "blocks": [
                    ("p", "Each agency names a relationship manager who understands the hui, checks that this "
                          "arrangement is working as intended, supports their representative with information "
                          "questions, and links with their agency's privacy or legal team. Relationship managers "
                          "meet six-monthly with the chair."),
                    ("table", ["Agency", "Relationship manager", "Email", "Phone"], [
                        ["Health New Zealand – Waikato", "Service Manager, Acute and Crisis Services",
                         "crisis.hui@tewhatuora.govt.nz", "07 834 3600"],
                        ["New Zealand Police", "Mental Health Liaison Sergeant", "waikato.mhliaison@police.govt.nz",
                         "07 858 6200"],
                        ["Hato Hone St John", "Clinical Support Manager", "te.manawa.taki.clinical@stjohn.org.nz",
                         "07 850 5090"],
                        ["Te Whare Tiaki Ora Trust", "Clinical Director", "clinical@tewharetiakiora.org.nz",
                         "07 846 2214"],
                        ["Kōtuku Peer Support Network", "General Manager", "manager@kotukupeer.org.nz", "07 847 1190"],
                        ["Kāinga Ora – Homes and Communities", "Senior Tenancy Manager",
                         "hamilton.tenancy@kaingaora.govt.nz", "07 957 2400"],
                    ], [4.5, 4.2, 5.0, 2.3]),
                ]},
                {"title": "Review of this arrangement", "blocks": [
                    ("p", "This arrangement is reviewed every 12 months from the date of the last endorsement below. "
                          "Health New Zealand – Waikato, as lead agency, initiates the review."),
                    ("p", "Any participating agency may ask for an earlier review, for example after a privacy "
                          "incident, a change in the law, or a change in who attends. The review checks that the "
                          "sharing is still needed, that purposes and uses have not drifted, and that the safeguards "
                          "are still followed."),
                ]},
                {"title": "Endorsement", "blocks": [
                    ("p", "By signing, each agency confirms that this arrangement has been checked by its privacy "
                          "or legal adviser, and that its representatives will follow it."),
                    ("sig_table", B01_SIGS),
                ]},
            ]},
        ],
    }


# ---------------------------------------------------------------------------
# BASE 02 – Mokopuna Ora hui (maternal and infant wellbeing), Tairāwhiti
# ---------------------------------------------------------------------------

B02_SIGS = [
    {"agency": "Health New Zealand – Tairāwhiti", "name": "Hinemoa Pōhatu",
     "role": "Hauora Tairāwhiti Group Director of Operations", "date": "7 April 2026", "signature": "Signed"},
    {"agency": "Oranga Tamariki", "name": "Troy Kerekere",
     "role": "Regional Manager, Te Tairāwhiti", "date": "9 April 2026", "signature": "Signed"},
    {"agency": "Te Rito Whānau Hauora", "name": "Ngaio Waititi-Brown",
     "role": "Tumu Whakarae (Chief Executive)", "date": "13 April 2026", "signature": "Signed"},
    {"agency": "Tūranganui Primary Health Organisation", "name": "Dr Jonathan Reedy",
     "role": "Clinical Director", "date": "14 April 2026", "signature": "Signed"},
    {"agency": "Ministry of Social Development", "name": "Anahera Parata",
     "role": "Regional Commissioner, East Coast", "date": "20 April 2026", "signature": "Signed"},
]


def base02():
    return {
        "file": "clean-02-mokopuna-ora-hui-tairawhiti.docx",
        "title": "Mokopuna Ora Hui – Information Sharing Arrangement",
        "subtitle": ["Te Tairāwhiti | Maternal and infant wellbeing",
                     "Prepared by the Privacy Officer, Health New Zealand – Tairāwhiti"],
        "control": [
            ("Status", "Endorsed – version 2.0"),
            ("Lead agency", "Health New Zealand – Tairāwhiti"),
            ("Classification", "IN-CONFIDENCE"),
            ("Next review", "April 2028 (see section 16)"),
        ],
        "numbering": "auto",
        "header": "IN-CONFIDENCE",
        "footer": "Mokopuna Ora Hui – Information Sharing Arrangement | IN-CONFIDENCE",
        "custom_props": [("Classification", "IN-CONFIDENCE"), ("DocumentOwner", "Privacy Officer, Tairāwhiti")],
        "core": {"author": "Privacy Officer – Health NZ Tairāwhiti", "created": dt(2026, 1, 20),
                 "modified": dt(2026, 4, 21), "revision": 12},
        "parts": [
            {"title": "Part A – About the meeting", "sections": [
                {"title": "Scope of the hui", "blocks": [
                    ("p", "The Mokopuna Ora Hui meets fortnightly at Gisborne Hospital. It plans wraparound support "
                          "for hapū māmā from 20 weeks' gestation, and for pēpi up to 12 months old, where the lead "
                          "maternity carer, a Tamariki Ora nurse or a general practice team has identified concerns "
                          "about the wellbeing of māmā, pēpi or whānau: for example unstable housing, family violence, "
                          "alcohol or other drug use, maternal mental distress, or little engagement with antenatal "
                          "care."),
                    ("p", "The hui exists so that whānau receive early, whānau-led support from the services best "
                          "placed to give it, and so that fewer pēpi need statutory care and protection. It is "
                          "grounded in Te Tiriti o Waitangi and in the Pae Ora (Healthy Futures) Act 2022 "
                          "expectation that services are whānau-centred and achieve equitable outcomes for Māori."),
                    ("p", "This arrangement does not authorise any disclosure of its own. Each disclosure at the hui "
                          "must be permitted by the law recorded for its purpose in section 5."),
                ]},
                {"title": "Participating agencies", "blocks": [
                    ("table", ["Agency", "Service", "Who attends"], [
                        ["Health New Zealand – Tairāwhiti (lead agency)",
                         "Maternity services, Maternal Mental Health, Hospital Social Work",
                         "Charge Midwife Manager (chair); Maternity Social Worker"],
                        ["Oranga Tamariki", "Te Tairāwhiti site", "Supervisor, Intake and Assessment"],
                        ["Te Rito Whānau Hauora", "Tamariki Ora (Well Child) and Whānau Ora navigation",
                         "Kaiwhakahaere Whānau Ora"],
                        ["Tūranganui Primary Health Organisation", "General practice liaison, maternal and child health",
                         "Clinical Lead, Maternal and Child Health"],
                        ["Ministry of Social Development", "Work and Income, Tairāwhiti", "Integrated Services "
                         "Case Manager"],
                    ], [5.5, 6.0, 4.5]),
                    ("p", "Health New Zealand – Tairāwhiti is the lead agency: it convenes the hui, provides the "
                          "chair and the coordinator, and is responsible for this arrangement."),
                ]},
                {"title": "Purposes of disclosure", "blocks": [
                    ("items", [
                        "1.\tTo understand the strengths, needs and circumstances of hapū māmā, pēpi and whānau "
                        "referred to the hui, with the māmā's authorisation.",
                        "2.\tTo agree a whānau-centred plan of support, naming the kaimahi or service that leads each "
                        "part of it.",
                        "3.\tTo protect the wellbeing or safety of pēpi, or of another tamaiti in the whānau, where a "
                        "concern about harm arises.",
                        "4.\tTo assess and respond to family violence risk to the māmā or to other whānau members.",
                    ]),
                ]},
            ]},
            {"title": "Part B – The information", "sections": [
                {"title": "Health information we may disclose", "blocks": [
                    ("p", "Only the information in this Schedule of Information is disclosed, and only the part of it "
                          "that the purpose needs."),
                    ("table", ["Category", "Example", "Disclosed by", "Purpose", "Authority"], [
                        ["Identity", "Names, dates of birth and NHI of māmā and pēpi, due date, address, phone",
                         "Health NZ; Tūranganui PHO; Te Rito Whānau Hauora", "1, 2", "HIPC 2020 rule 11(1)(b)"],
                        ["Maternity and infant health", "Antenatal engagement, LMC, gestation, birth details, "
                         "feeding, immunisations, Tamariki Ora checks", "Health NZ; Tūranganui PHO; Te Rito Whānau "
                         "Hauora", "1, 2", "HIPC 2020 rule 11(1)(b)"],
                        ["Maternal mental health and substance use", "Screening results, current treatment, "
                         "substance use relevant to the safety of pēpi", "Health NZ; Tūranganui PHO", "1, 2, 3",
                         "HIPC 2020 rule 11(1)(b) (purposes 1, 2); Oranga Tamariki Act 1989, s 66C (purpose 3)"],
                        ["Care and protection", "Whether Oranga Tamariki is involved, current plan, summary of earlier "
                         "reports of concern", "Oranga Tamariki", "1, 3",
                         "Privacy Act 2020 IPP 11(1)(c) (purpose 1); Oranga Tamariki Act 1989, s 66C (purpose 3)"],
                        ["Income and hardship", "Benefit status, eligibility for hardship and housing assistance",
                         "Ministry of Social Development", "2", "Privacy Act 2020 IPP 11(1)(c)"],
                        ["Family violence", "Safety concerns, protection orders known to the agency, safety plan",
                         "All agencies", "4", "Family Violence Act 2018, s 20"],
                    ], [3.0, 4.6, 3.4, 1.5, 4.0]),
                ]},
                {"title": "Basis for disclosure", "blocks": [
                    ("table", ["Purpose", "Authority relied on"], [
                        ["1. Understand needs and strengths",
                         "Health agencies: Health Information Privacy Code 2020, rule 11(1)(b) – disclosure authorised "
                         "by the individual (the māmā, and for pēpi the māmā as representative).\n"
                         "Oranga Tamariki and MSD: Privacy Act 2020, IPP 11(1)(c)."],
                        ["2. Agree a plan of support", "As for purpose 1: HIPC 2020 rule 11(1)(b); Privacy Act 2020, "
                         "IPP 11(1)(c)."],
                        ["3. Protect pēpi and tamariki", "Oranga Tamariki Act 1989, s 66C: disclosure by a child "
                         "welfare and protection agency or an independent person, for the purposes listed in that "
                         "section. Section 66C is used only where the representative is satisfied its criteria are "
                         "met."],
                        ["4. Family violence risk", "Family Violence Act 2018, s 20, by family violence agencies and "
                         "social services practitioners. Where there is a serious threat to life or health and s 20 "
                         "does not apply, HIPC 2020 rule 11(2)(d) or Privacy Act 2020 IPP 11(1)(f)."],
                    ], [4.5, 11.5]),
                    ("p", "Before relying on s 66C or s 20, representatives consider whether the māmā and whānau can "
                          "be told, and their views sought, without increasing the risk to pēpi or the māmā."),
                ]},
                {"title": "Permitted use", "blocks": [
                    ("p", "Each agency uses information from the hui only to carry out the part of the whānau plan it "
                          "has agreed to, or to act on a safety concern raised under purpose 3 or 4. If an agency "
                          "needs to keep information, its record notes the source agency, the authority, the "
                          "purpose, any limit on use, and the date of the hui. Using the information for anything "
                          "else needs a fresh assessment and the advice of that agency's privacy team."),
                ]},
                {"title": "Informing māmā and whānau", "blocks": [
                    ("bullets", [
                        "The referrer explains the hui to the māmā using the Mokopuna Ora pānui (in te reo Māori and "
                        "English) and asks for her authorisation to be discussed. Her decision is recorded in the "
                        "Maternity Clinical Information System.",
                        "The māmā is offered the chance to attend part of the hui with whānau or a support person, "
                        "and always receives the plan that is agreed.",
                        "Where information is disclosed under s 66C or s 20 without telling her first, the chair "
                        "records why, and she is told as soon as it is safe.",
                        "Health NZ's privacy statement and Te Rito Whānau Hauora's privacy notice describe the hui.",
                    ]),
                ]},
                {"title": "Disclosure channels", "blocks": [
                    ("bullets", [
                        "Referrals reach the coordinator through Health NZ's secure e-referral system.",
                        "The coordinator emails the hui list (names, NHI, referrer, reason) to named representatives "
                        "two working days before the hui, in a password-protected document.",
                        "Discussion at the hui is verbal, in person or on Microsoft Teams.",
                        "Agreed actions go to each agency by email, limited to that agency's actions.",
                    ]),
                ]},
            ]},
            {"title": "Part C – Keeping it safe", "sections": [
                {"title": "Information classification", "blocks": [
                    ("p", "Classification of information disclosed for the hui: **IN-CONFIDENCE**."),
                ]},
                {"title": "Technical and organisational safeguards", "blocks": [
                    ("p", "Every participating agency agrees to these safeguards:"),
                    ("bullets", [
                        "Representatives have completed privacy and information security training with their own "
                        "agency before they attend.",
                        "Hard copies are avoided. Any that are brought to the hui are collected and shredded at the end "
                        "of the hui.",
                        "Hard copies are not passed to representatives of other agencies.",
                        "Documents attached to emails are password protected, and the password is sent by a different "
                        "route.",
                        "Representatives use only agency-approved devices to send, receive or view hui information.",
                        "On Teams, nobody uses the chat for personal information, records the hui or takes screenshots.",
                    ]),
                ]},
                {"title": "Māori health data", "blocks": [
                    ("p", "Most whānau discussed at the hui are Māori, many of them Ngāti Porou. Information about "
                          "them is a taonga held in trust. Te Rito Whānau Hauora, as a kaupapa Māori provider, guides "
                          "the tikanga of the hui: whanaungatanga at the start, care with how whakapapa and whānau "
                          "history are spoken of, and respect for the mana of the māmā in how the plan is written."),
                    ("p", "Any use of hui information for reporting or service planning, even without names, is "
                          "discussed first with Te Rito Whānau Hauora and Health NZ's Māori health team, consistent "
                          "with Māori data sovereignty."),
                ]},
                {"title": "Record keeping", "blocks": [
                    ("bullets", [
                        "Health NZ and Tūranganui PHO record decisions in the maternity or general practice record; "
                        "these are retained as the Health (Retention of Health Information) Regulations 1996 require "
                        "(HIPC rule 9) and stored securely (rule 5).",
                        "Oranga Tamariki and MSD record only what they need for an agreed action, and dispose of it "
                        "under their own disposal authorities.",
                        "The hui list and any emails are deleted once actions are recorded, and no later than ten "
                        "working days after the hui.",
                        "The coordinator keeps the hui minutes and action log in a restricted Health NZ folder for "
                        "the life of the hui plus seven years.",
                    ]),
                ]},
                {"title": "Privacy incidents", "blocks": [
                    ("p", "The breach contact for this hui is the **Privacy Officer, Health New Zealand – "
                          "Tairāwhiti** (privacy.tairawhiti@tewhatuora.govt.nz, 06 869 0512)."),
                    ("bullets", [
                        "Tell the breach contact and your own privacy officer as soon as you know of, or suspect, a "
                        "privacy incident involving hui information.",
                        "Agencies work together to contain the incident, assess the harm and decide what to tell the "
                        "whānau concerned.",
                        "The agency responsible notifies the Office of the Privacy Commissioner of a notifiable privacy "
                        "breach.",
                    ]),
                ]},
            ]},
            {"title": "Part D – Governance", "sections": [
                {"title": "Declarations of interest", "blocks": interest_blocks("the chair (the Charge Midwife Manager)")},
                {"title": "Oversight", "blocks": [
                    ("p", "Relationship managers meet with the chair every six months to check that the hui is "
                          "working as intended and that information is not being shared beyond this arrangement."),
                    ("table", ["Agency", "Relationship manager", "Contact"], [
                        ["Health New Zealand – Tairāwhiti", "Director of Midwifery", "06 869 0500"],
                        ["Oranga Tamariki", "Site Manager, Tairāwhiti", "06 869 1500"],
                        ["Te Rito Whānau Hauora", "Whānau Ora Manager", "06 867 4410"],
                        ["Tūranganui Primary Health Organisation", "Programme Manager", "06 868 7002"],
                        ["Ministry of Social Development", "Regional Partnerships Manager", "06 869 2320"],
                    ], [5.5, 6.0, 4.5]),
                ]},
                {"title": "Review of this arrangement", "blocks": [
                    ("p", "This arrangement is reviewed at least every 24 months, counted from the date of the last "
                          "signature in section 17. The lead agency, Health New Zealand – Tairāwhiti, starts the "
                          "review. A review also takes place if the Oranga Tamariki Act 1989 or the Family Violence "
                          "Act 2018 information sharing provisions change, or if any agency asks for one."),
                ]},
                {"title": "Endorsement", "blocks": [
                    ("p", "Each agency endorses this arrangement on the advice of its privacy or legal team."),
                    ("sig_blocks", B02_SIGS),
                ]},
            ]},
        ],
    }


# ---------------------------------------------------------------------------
# BASE 03 – Frequent presenters to the emergency department, Capital, Coast and Hutt Valley
# ---------------------------------------------------------------------------

B03_SIGS = [
    {"agency": "Health New Zealand – Capital, Coast and Hutt Valley", "name": "Fiona McLachlan",
     "role": "Director of Operations, Hospital and Specialist Services", "signature": "Signed",
     "date": "3 August 2026"},
    {"agency": "Pōneke Primary Health Organisation", "name": "Dr Leilani Faleolo",
     "role": "Chief Executive", "signature": "Signed", "date": "5 August 2026"},
    {"agency": "New Zealand Police", "name": "Superintendent Ana Tipoki",
     "role": "District Commander, Wellington", "signature": "Signed", "date": "10 August 2026"},
    {"agency": "Ministry of Social Development", "name": "Craig Tuhiwai",
     "role": "Regional Commissioner, Wellington", "signature": "Signed", "date": "11 August 2026"},
    {"agency": "Kāinga Ora – Homes and Communities", "name": "Priya Ramanathan",
     "role": "Regional Director, Wellington", "signature": "Signed", "date": "12 August 2026"},
    {"agency": "Te Whare Manaaki Trust", "name": "Manu Kawhia",
     "role": "Pou Whakahaere (General Manager)", "signature": "Signed", "date": "14 August 2026"},
]


def base03():
    return {
        "file": "clean-03-ed-frequent-presenters-ccv.docx",
        "title": "Frequent Presenters Hui – Emergency Department: Information Sharing Arrangement",
        "subtitle": ["Health New Zealand – Capital, Coast and Hutt Valley, with Pōneke Primary Health Organisation"],
        "control": [
            ("Prepared by", "Privacy Officer, Health NZ – Capital, Coast and Hutt Valley"),
            ("Version", "1.2"),
            ("Date of approval", "14 August 2026"),
        ],
        "numbering": "letter",
        "header": None,
        "footer": "IN-CONFIDENCE – Frequent Presenters Hui ISA v1.2",
        "core": {"author": "Privacy Officer – Health NZ Capital, Coast and Hutt Valley",
                 "created": dt(2026, 5, 4), "modified": dt(2026, 8, 14), "revision": 9},
        "parts": [
            {"title": "Part A – About the meeting", "sections": [
                {"title": "Scope of the hui", "blocks": [
                    ("p", "The Frequent Presenters Hui meets monthly at Wellington Regional Hospital. It considers "
                          "adults who have presented to the Emergency Department ten or more times in the past twelve "
                          "months. Most of these people have needs the ED cannot meet on its own: no general practice "
                          "enrolment, insecure housing, long-term conditions that are not managed, loneliness, or "
                          "alcohol and other drug use."),
                    ("p", "The hui aims to understand those needs and to agree, with the person, a plan that reduces "
                          "avoidable presentations and links them with the right services. It supports Health NZ's "
                          "obligations under Te Tiriti o Waitangi and the Pae Ora (Healthy Futures) Act 2022 to "
                          "improve equity of access and outcomes, and takes a whānau-centred approach."),
                    ("p", "This arrangement records how information is disclosed for the hui. It does not itself "
                          "authorise any disclosure; each agency relies on the authority stated in section B.2."),
                ]},
                {"title": "Participating agencies", "blocks": [
                    ("table", ["Agency", "Team", "Representative"], [
                        ["Health New Zealand – Capital, Coast and Hutt Valley (lead agency)",
                         "Emergency Department; Hospital Social Work", "ED Clinical Nurse Specialist (chair); "
                         "ED Social Worker"],
                        ["Pōneke Primary Health Organisation", "Care Coordination", "Care Coordination Manager"],
                        ["New Zealand Police", "Wellington District Prevention", "Prevention Sergeant"],
                        ["Ministry of Social Development", "Work and Income, Wellington", "Integrated Services Case "
                         "Manager"],
                        ["Kāinga Ora – Homes and Communities", "Sustaining Tenancies, Wellington", "Tenancy Manager"],
                        ["Te Whare Manaaki Trust", "Kaupapa Māori social and housing support", "Kaiārahi"],
                    ], [6.0, 5.0, 5.0]),
                ]},
                {"title": "Purposes of disclosure", "blocks": [
                    ("items", [
                        "1.\tTo identify people who present frequently to the ED and understand the unmet health and "
                        "social needs behind their presentations.",
                        "2.\tTo agree an individual care plan, with one lead key worker, that the ED and primary care "
                        "both follow when the person presents or is seen.",
                        "3.\tTo connect the person with general practice enrolment, income support, housing and "
                        "kaupapa Māori services that address those needs.",
                    ]),
                ]},
            ]},
            {"title": "Part B – The information", "sections": [
                {"title": "Health information we may disclose", "blocks": [
                    ("p", "Schedule of Information – what may be disclosed, by whom, and why:"),
                    ("table", ["Category", "Example", "Disclosed by", "Purpose", "Authority"], [
                        ["ED presentation summary", "Number, dates and reasons for presentations; triage category; "
                         "discharge outcome", "Health NZ", "1, 2",
                         "HIPC 2020 r 11(1)(b)"],
                        ["Primary care status", "Enrolled practice, last consultation, long-term conditions, "
                         "medicines of concern", "Pōneke PHO", "1, 2",
                         "HIPC 2020 r 11(1)(b); Health Act 1956 s 22F on request of the provider"],
                        ["Police contact", "Number of callouts involving the person as a welfare concern",
                         "New Zealand Police", "1", "Privacy Act 2020 IPP 11(1)(c)"],
                        ["Income", "Benefit status, hardship grants available", "Ministry of Social Development", "3",
                         "Privacy Act 2020 IPP 11(1)(c)"],
                        ["Housing", "Tenancy status, sustaining tenancy support", "Kāinga Ora", "3",
                         "Privacy Act 2020 IPP 11(1)(c)"],
                        ["Support and engagement", "Support the person already receives, whānau involvement",
                         "Te Whare Manaaki Trust; Pōneke PHO", "2, 3", "Privacy Act 2020 IPP 11(1)(c); "
                         "HIPC 2020 r 11(1)(b)"],
                    ], [3.2, 4.6, 3.0, 1.5, 4.0]),
                ]},
                {"title": "Basis for disclosure", "blocks": [
                    ("p", "Every person discussed at the hui has given their authorisation in advance. Nobody is "
                          "discussed without it."),
                    ("table", ["Purpose", "Authority"], [
                        ["1. Identify and understand needs",
                         "Health NZ and Pōneke PHO: Health Information Privacy Code 2020, rule 11(1)(b). "
                         "Police, MSD, Kāinga Ora, Te Whare Manaaki Trust: Privacy Act 2020, IPP 11(1)(c)."],
                        ["2. Agree a care plan",
                         "Health NZ and Pōneke PHO: HIPC 2020, rule 11(1)(b); between Health NZ and the person's "
                         "general practice, also Health Act 1956, s 22F. Other agencies: Privacy Act 2020, "
                         "IPP 11(1)(c)."],
                        ["3. Connect with services",
                         "HIPC 2020, rule 11(1)(b) for health agencies; Privacy Act 2020, IPP 11(1)(c) for the "
                         "others."],
                    ], [4.5, 11.5]),
                    ("note", "If a person withdraws their authorisation, they are taken off the hui list. A risk that "
                             "arises outside the hui is managed through each agency's usual processes, not the hui."),
                ]},
                {"title": "Permitted use", "blocks": [
                    ("p", "Information disclosed at the hui may be used only to prepare, carry out or update the "
                          "person's care plan. The ED care plan alert is recorded in the clinical records system; other "
                          "agencies record only their own tasks. Any other use requires its own authority and the "
                          "advice of the agency's privacy officer."),
                ]},
                {"title": "Informing tangata whaiora and whānau", "blocks": [
                    ("bullets", [
                        "The ED social worker or PHO care coordinator meets the person, explains the hui and what would "
                        "be discussed, and asks for their written authorisation.",
                        "The person chooses whether whānau are involved, and may nominate a support person.",
                        "The care plan is written with the person and a copy is given to them.",
                        "Health NZ's and Pōneke PHO's privacy statements describe the hui.",
                    ]),
                ]},
                {"title": "Disclosure channels", "blocks": [
                    ("p", "The chair sends the hui list to representatives through Health NZ's secure email as a "
                          "password-protected file. Discussion is verbal, in person or on Teams. Care plans are shared "
                          "with general practice through the secure practice inbox, and with other agencies only as "
                          "the list of actions that is theirs."),
                ]},
            ]},
            {"title": "Part C – Keeping it safe", "sections": [
                {"title": "Information classification", "blocks": [
                    ("p", "Information disclosed for the hui is classified IN-CONFIDENCE and is marked and handled "
                          "at that level."),
                ]},
                {"title": "Technical and organisational safeguards", "blocks": [
                    ("bullets", [
                        "All representatives have completed their agency's privacy and information security training.",
                        "Printed copies of the hui list are collected by the chair at the end of the hui and "
                        "securely shredded.",
                        "Printed copies are not given to other representatives.",
                        "Attachments that contain personal or health information are password protected.",
                        "Hui information is only sent, received or viewed on agency-approved devices.",
                        "When attending on Teams: no personal information in the chat, no recording and no "
                        "screenshots.",
                    ]),
                ]},
                {"title": "Māori health data", "blocks": [
                    ("p", "Māori are over-represented among frequent ED presenters. Te Whare Manaaki Trust advises "
                          "the hui on tikanga, including how whānau are approached and how the person's story is "
                          "spoken about at the hui. Aggregate reports from the hui are reviewed with Health NZ's "
                          "Māori health team before they are shared, in keeping with Te Tiriti o Waitangi and Māori "
                          "data sovereignty principles."),
                ]},
                {"title": "Record keeping", "blocks": [
                    ("bullets", [
                        "Health records created from the hui are kept in the clinical records system under the "
                        "Health (Retention of Health Information) Regulations 1996, and protected as HIPC rule 5 "
                        "requires.",
                        "Other agencies keep only the record of their own agreed actions, under their own "
                        "retention and disposal authorities.",
                        "No agency keeps hui information just in case it might be useful later.",
                        "Emailed hui lists are deleted once the hui actions are recorded.",
                    ]),
                ]},
                {"title": "Privacy incidents", "blocks": [
                    ("p", "Report any actual or suspected privacy incident involving hui information immediately to "
                          "the hui breach contact below, and to your own agency's privacy officer."),
                    ("table", ["Role", "Agency", "Email", "Phone"], [
                        ["Privacy Officer", "Health New Zealand – Capital, Coast and Hutt Valley",
                         "privacy.ccv@tewhatuora.govt.nz", "04 806 2150"],
                    ], [3.0, 5.5, 5.0, 2.5]),
                    ("p", "The breach contact coordinates the joint response: containing the incident, assessing "
                          "harm, deciding with the affected agencies what the person is told, and notifying the "
                          "Privacy Commissioner where the breach is notifiable."),
                ]},
            ]},
            {"title": "Part D – Governance", "sections": [
                {"title": "Declarations of interest", "blocks": interest_blocks()},
                {"title": "Oversight", "blocks": [
                    ("p", "Each agency's relationship manager keeps in touch with its representative and meets "
                          "with the chair twice a year. The Health NZ relationship manager is the Service Manager, "
                          "Emergency Department; the Pōneke PHO relationship manager is the Director of Clinical "
                          "Services."),
                ]},
                {"title": "Review of this arrangement", "blocks": [
                    ("p", "This arrangement is reviewed every eighteen (18) months from its date of approval. "
                          "Pōneke Primary Health Organisation is responsible for initiating the review, working with "
                          "the lead agency. An earlier review can be requested by any participating agency."),
                ]},
                {"title": "Endorsement", "blocks": [
                    ("sig_table", B03_SIGS),
                ]},
            ]},
        ],
    }


# ---------------------------------------------------------------------------
# BASE 04 – Kaumātua safety and wellbeing hui (elder abuse), Whanganui, PHO-led
# ---------------------------------------------------------------------------

B04_SIGS = [
    {"agency": "Awa Hauora Primary Health Organisation", "name": "Tania Rerekura", "role": "Chief Executive",
     "signature": "Signed", "date": "2 June 2026"},
    {"agency": "Health New Zealand – Whanganui", "name": "Michael Johansson",
     "role": "Operations Director, Older Adults and Rehabilitation", "signature": "Signed", "date": "8 June 2026"},
    {"agency": "New Zealand Police", "name": "Senior Sergeant Kiri Mete", "role": "Area Prevention Manager, Whanganui",
     "signature": "Signed", "date": "9 June 2026"},
    {"agency": "Te Kaha o Ngā Kaumātua Trust", "name": "Hohepa Tamehana", "role": "Chairperson",
     "signature": "Signed", "date": "15 June 2026"},
]


def base04():
    return {
        "file": "clean-04-kaumatua-safety-hui-whanganui.docx",
        "title": "Kaumātua Safety and Wellbeing Hui",
        "subtitle": ["Information Sharing Arrangement",
                     "Awa Hauora Primary Health Organisation – Whanganui"],
        "control": [
            ("Owner", "Privacy Officer, Awa Hauora PHO"),
            ("Version", "1.0"),
            ("Classification", "IN-CONFIDENCE"),
        ],
        "numbering": "auto",
        "header": "IN-CONFIDENCE",
        "footer": "Kaumātua Safety and Wellbeing Hui – ISA v1.0",
        "core": {"author": "Privacy Officer – Awa Hauora PHO", "created": dt(2026, 3, 2),
                 "modified": dt(2026, 6, 15), "revision": 5},
        "parts": [
            {"title": "Part A – About the meeting", "sections": [
                {"title": "Scope of the hui", "blocks": [
                    ("p", "The Kaumātua Safety and Wellbeing Hui meets every three weeks in Whanganui. General "
                          "practices, community health teams, Police and the local Elder Abuse Response Service "
                          "bring to it older people (kaumātua and other people aged 65 and over) where abuse or "
                          "neglect by a family member, carer or other person is suspected: financial abuse, "
                          "psychological abuse, physical harm, or self-neglect made worse by isolation."),
                    ("p", "The hui agrees, with the older person and the whānau members they choose, a plan that "
                          "keeps them safe and supports their wellbeing and mana motuhake. It is part of Awa Hauora's "
                          "commitment to Te Tiriti o Waitangi and to whānau-centred primary care under the Pae Ora "
                          "(Healthy Futures) Act 2022."),
                ]},
                {"title": "Participating agencies", "blocks": [
                    ("bullets", [
                        "Awa Hauora Primary Health Organisation (lead agency) – Practice Liaison Nurse (chair)",
                        "Health New Zealand – Whanganui – Social Worker, Older Adults and Rehabilitation; Needs "
                        "Assessment and Service Coordination",
                        "New Zealand Police – Family Harm Coordinator, Whanganui",
                        "Te Kaha o Ngā Kaumātua Trust – Elder Abuse Response Coordinator",
                    ]),
                ]},
                {"title": "Purpose of disclosure", "blocks": [
                    ("p", "Information is disclosed at the hui for one purpose only: to assess and respond to "
                          "suspected abuse or neglect of an older person referred to the hui, by agreeing a safety "
                          "and support plan with the older person and, where they wish, their whānau."),
                ]},
            ]},
            {"title": "Part B – The information", "sections": [
                {"title": "Health information we may disclose", "blocks": [
                    ("table", ["Category", "Example", "Disclosed by", "Purpose", "Authority"], [
                        ["Identity", "Name, date of birth, NHI, address, living situation", "All agencies",
                         "Safety and support plan", "See section 5"],
                        ["Health and capacity", "Relevant conditions, cognitive impairment, medication management, "
                         "capacity assessment outcome, EPOA status", "Awa Hauora PHO; Health NZ", "Safety and "
                         "support plan", "HIPC 2020 rule 11(1)(b); rule 11(2)(d)"],
                        ["Care and support", "Home support hours, NASC assessment, carers involved",
                         "Health NZ", "Safety and support plan", "HIPC 2020 rule 11(1)(b)"],
                        ["Concern details", "What has been observed or reported, by whom, when",
                         "All agencies", "Safety and support plan", "See section 5"],
                        ["Police information", "Family harm episodes, protection orders, welfare checks",
                         "New Zealand Police", "Safety and support plan", "Family Violence Act 2018, s 20; Privacy "
                         "Act 2020 IPP 11(1)(f)"],
                    ], [3.0, 5.0, 3.0, 2.5, 3.5]),
                ]},
                {"title": "Basis for disclosure", "blocks": [
                    ("p", "This arrangement does not in itself make any disclosure lawful. For the single purpose in "
                          "section 3, participating agencies rely on:"),
                    ("bullets", [
                        "**Awa Hauora PHO and Health New Zealand – Whanganui** (health agencies): Health Information "
                        "Privacy Code 2020, rule 11(1)(b), with the authorisation of the older person, or of their "
                        "welfare guardian or attorney under an activated enduring power of attorney where they "
                        "cannot give it; rule 11(2)(d) where authorisation is not practicable and disclosure is "
                        "necessary to prevent or lessen a serious threat to the older person's life or health.",
                        "**New Zealand Police and Te Kaha o Ngā Kaumātua Trust**: Family Violence Act 2018, s 20, "
                        "where the person causing concern is in a family relationship with the older person; "
                        "otherwise Privacy Act 2020, IPP 11(1)(c) (authorisation) or IPP 11(1)(f) (serious threat).",
                    ]),
                ]},
                {"title": "Permitted use", "blocks": [
                    ("p", "Information from the hui is used only to carry out the safety and support plan. An agency "
                          "that records it notes the source, authority, purpose, limits on use and date. Police do "
                          "not use information disclosed by health agencies for an investigation without a separate "
                          "lawful basis and a request through the usual Police process."),
                ]},
                {"title": "Informing kaumātua and whānau", "blocks": [
                    ("p", "The referrer talks with the older person, in a place where the person suspected of harm is "
                          "not present, about the hui and seeks their authorisation. The older person decides which "
                          "whānau are involved. If the older person cannot be told safely, or lacks capacity, the "
                          "chair records why and who was consulted instead. The Awa Hauora and Health NZ privacy "
                          "statements describe the hui."),
                ]},
                {"title": "Disclosure channels", "blocks": [
                    ("p", "Referrals and the hui agenda are sent as password-protected documents by email between "
                          "agency addresses. The hui itself is held in person at the Awa Hauora offices, with a Teams "
                          "link for Police when needed. Outcomes are emailed to each agency as its own action list."),
                ]},
            ]},
            {"title": "Part C – Keeping it safe", "sections": [
                {"title": "Information classification", "blocks": [
                    ("p", "IN-CONFIDENCE"),
                    ("note", "Applies to referrals, agendas, discussion notes and action lists."),
                ]},
                {"title": "Technical and organisational safeguards", "blocks": [
                    ("table", ["Requirement", "Detail"], [
                        ["Training", "Representatives have completed privacy and information security training at "
                         "their own agency."],
                        ["Hard copies", "Kept to a minimum, never given to another agency's representative, and "
                         "collected by the chair for secure destruction at the end of each hui."],
                        ["Attachments", "Password protected whenever they contain personal information."],
                        ["Devices", "Only devices approved by the representative's agency are used for hui "
                         "information."],
                        ["Teams", "No chat messages with personal information, no recording, no screenshots."],
                    ], [3.5, 12.5]),
                ]},
                {"title": "Māori health data", "blocks": [
                    ("p", "Te Kaha o Ngā Kaumātua Trust is an iwi-affiliated provider, and many older people "
                          "discussed are kaumātua with roles in their marae and hapū. The Trust advises on tikanga, "
                          "including involving whānau in the way the kaumātua wishes and protecting the mana of "
                          "kaumātua in what is said and recorded. Information about kaumātua is treated as a taonga; "
                          "no aggregate reporting on Māori participants happens without the Trust's agreement."),
                ]},
                {"title": "Record keeping", "blocks": [
                    ("p", "Health agencies record the plan in the patient management or clinical records system and "
                          "retain it under the Health (Retention of Health Information) Regulations 1996 (HIPC "
                          "rule 9). Police and the Trust keep only their own actions, under their retention "
                          "schedules. Agendas and emails are deleted within a week of each hui. The chair's notes are "
                          "kept by Awa Hauora in a restricted folder and destroyed seven years after the last hui."),
                ]},
                {"title": "Privacy incidents", "blocks": [
                    ("p", "Breach contact: Rīpeka Tāwhai, Privacy Officer, Awa Hauora Primary Health Organisation – "
                          "privacy@awahauora.org.nz or 06 348 7120."),
                    ("p", "The agencies involved work together to contain the incident, assess whether it is a "
                          "notifiable privacy breach, and agree how and when the older person and whānau are told."),
                ]},
            ]},
            {"title": "Part D – Governance", "sections": [
                {"title": "Declarations of interest", "blocks": [
                    ("p", "Whanganui is a small community and representatives may know the people discussed. A "
                          "representative who knows the older person or their family tells the chair before the "
                          "discussion, steps out while that person is discussed, and asks a colleague to handle any "
                          "information request. The chair records that a conflict was declared."),
                ]},
                {"title": "Oversight", "blocks": [
                    ("p", "Each agency names a relationship manager. They check in with their representative each "
                          "quarter and raise any concern about how the arrangement is working with the Awa Hauora "
                          "Clinical Director."),
                ]},
                {"title": "Review of this arrangement", "blocks": [
                    ("p", "Awa Hauora Primary Health Organisation, as lead agency, initiates a review of this "
                          "arrangement annually, or sooner if an agency asks."),
                ]},
                {"title": "Endorsement", "blocks": [
                    ("sig_grid", B04_SIGS),
                ]},
            ]},
        ],
    }


# ---------------------------------------------------------------------------
# BASE 05 – Rangatahi mental health and engagement hui, Te Tai Tokerau
# ---------------------------------------------------------------------------

B05_SIGS = [
    {"agency": "Health New Zealand – Te Tai Tokerau", "name": "Dr Mere Hēnare",
     "role": "Clinical Director, Infant, Child and Adolescent Mental Health", "signature": "Signed",
     "date": "1 September 2026"},
    {"agency": "Ministry of Education", "name": "Paul Van der Berg",
     "role": "Director of Education, Te Tai Tokerau", "signature": "Signed", "date": "3 September 2026"},
    {"agency": "Oranga Tamariki", "name": "Shona Pihama",
     "role": "Regional Manager, Te Tai Tokerau", "signature": "Signed", "date": "7 September 2026"},
    {"agency": "Te Ara Rangatahi Youth Health Trust", "name": "Joel Kingi",
     "role": "Chief Executive", "signature": "Signed", "date": "8 September 2026"},
    {"agency": "Te Hononga Attendance Service", "name": "Waimarie Tane",
     "role": "Service Manager", "signature": "Signed", "date": "14 September 2026"},
]


def base05():
    return {
        "file": "clean-05-rangatahi-engagement-hui-tai-tokerau.docx",
        "title": "Rangatahi Wellbeing and Engagement Hui – Information Sharing Arrangement",
        "subtitle": ["Whangārei | Health New Zealand – Te Tai Tokerau, Infant, Child and Adolescent Mental Health "
                     "Service"],
        "control": [
            ("Prepared by", "Privacy Officer, Health NZ – Te Tai Tokerau"),
            ("Version", "1.0 final"),
            ("Security classification", "IN-CONFIDENCE"),
        ],
        "numbering": "typed",
        "header": "IN-CONFIDENCE",
        "footer": "IN-CONFIDENCE",
        "core": {"author": "Privacy Officer – Health NZ Te Tai Tokerau", "created": dt(2026, 6, 8),
                 "modified": dt(2026, 9, 15), "revision": 6},
        "parts": [
            {"title": "Part A – About the meeting", "sections": [
                {"title": "Scope of the hui", "blocks": [
                    ("p", "The Rangatahi Wellbeing and Engagement Hui meets fortnightly in Whangārei. It considers "
                          "rangatahi aged 12 to 17 who are receiving mental health or youth health support and whose "
                          "attendance at school or kura has dropped sharply or stopped. Poor mental health and "
                          "disengagement from learning feed each other; the hui brings the mental health, education "
                          "and youth services together so that one plan addresses both."),
                    ("p", "The hui is guided by Te Tiriti o Waitangi, the Pae Ora (Healthy Futures) Act 2022 and a "
                          "whānau-centred approach: rangatahi and their whānau are partners in the plan, not "
                          "subjects of it."),
                    ("p", "This arrangement does not itself authorise any disclosure. It records the information "
                          "each agency discloses and the law that agency relies on for each purpose."),
                ]},
                {"title": "Participating agencies", "blocks": [
                    ("table", ["Agency", "Service", "Representative"], [
                        ["Health New Zealand – Te Tai Tokerau (lead agency)", "Infant, Child and Adolescent Mental "
                         "Health Service (ICAMHS), Whangārei", "Team Leader, ICAMHS (chair)"],
                        ["Ministry of Education", "Te Tai Tokerau, Learning Support", "Service Manager, Learning "
                         "Support"],
                        ["Oranga Tamariki", "Whangārei site", "Supervisor"],
                        ["Te Ara Rangatahi Youth Health Trust", "Youth one-stop shop: primary health care, "
                         "counselling, youth work", "Clinical Lead"],
                        ["Te Hononga Attendance Service", "Attendance Service, Whangārei", "Attendance Advisor"],
                    ], [5.5, 6.0, 4.5]),
                ]},
                {"title": "Purposes of disclosure", "blocks": [
                    ("items", [
                        "1.\tTo identify rangatahi receiving mental health or youth health support whose engagement "
                        "with school or kura has dropped, and understand what is getting in the way.",
                        "2.\tTo agree a plan, with the rangatahi and their whānau, that links mental health support "
                        "with a return to learning.",
                        "3.\tTo share information about a rangatahi where a participating agency has a concern about "
                        "their wellbeing or safety.",
                    ]),
                ]},
            ]},
            {"title": "Part B – The information", "sections": [
                {"title": "Health information we may disclose", "blocks": [
                    ("p", "The information each agency may disclose, and the purpose and authority for it, is set out "
                          "in the Schedule of Information (Schedule 1 at the end of this arrangement). Only what is "
                          "relevant to the rangatahi's plan is disclosed. Details of counselling sessions and "
                          "sexual health care are not disclosed."),
                ]},
                {"title": "Basis for disclosure", "blocks": [
                    ("table", ["Purpose", "Authority"], [
                        ["1. Identify and understand",
                         "Health NZ and Te Ara Rangatahi: Health Information Privacy Code 2020, rule 11(1)(b) – the "
                         "rangatahi's own authorisation where they are competent to give it, otherwise that of their "
                         "parent or guardian as their representative. Ministry of Education, Oranga Tamariki and "
                         "Te Hononga: Privacy Act 2020, IPP 11(1)(c)."],
                        ["2. Agree a plan", "As for purpose 1."],
                        ["3. Wellbeing or safety concern", "Oranga Tamariki Act 1989, s 66C (all participating "
                         "agencies, where its criteria are met). Where there is a serious threat to life or health: "
                         "HIPC 2020 rule 11(2)(d) or Privacy Act 2020 IPP 11(1)(f)."],
                    ], [4.5, 11.5]),
                ]},
                {"title": "Permitted use", "blocks": [
                    ("p", "Each agency uses information from the hui only to carry out the rangatahi's plan or to "
                          "respond to the wellbeing or safety concern raised. It is not used for attendance "
                          "enforcement or prosecution under the Education and Training Act 2020. An agency that keeps "
                          "information records where it came from, the authority, the purpose, any restriction on "
                          "use, and the date."),
                ]},
                {"title": "Informing rangatahi and whānau", "blocks": [
                    ("bullets", [
                        "The ICAMHS or Te Ara Rangatahi key worker explains the hui to the rangatahi, in a way that "
                        "suits their age and understanding, and asks for their authorisation.",
                        "The rangatahi decides, with their key worker, how their whānau are involved.",
                        "The rangatahi and whānau receive the plan and can ask for it to be changed.",
                        "Where information is disclosed under s 66C without the rangatahi knowing, the reason is "
                        "recorded and they are told when it is safe.",
                    ]),
                ]},
                {"title": "Disclosure channels", "blocks": [
                    ("p", "The coordinator emails the hui list to representatives as a password-protected document. "
                          "Discussion is verbal, in person at the ICAMHS base or on Microsoft Teams. Each agency "
                          "receives its own action list afterwards by email."),
                ]},
            ]},
            {"title": "Part C – Keeping it safe", "sections": [
                {"title": "Information classification", "blocks": [
                    ("p", "All information disclosed for the hui is classified IN-CONFIDENCE."),
                ]},
                {"title": "Technical and organisational safeguards", "blocks": [
                    ("p", "**Requirements**"),
                    ("bullets", [
                        "Representatives have completed their agency's privacy and information security training.",
                        "Any printed hui list is collected at the end of the hui and securely destroyed.",
                        "Email attachments containing personal information are password protected.",
                    ]),
                    ("p", "**Restrictions**"),
                    ("bullets", [
                        "Information is shared only from agency-approved devices.",
                        "In Teams hui, personal information is not put in the chat, and the hui is not recorded or "
                        "screenshotted.",
                        "Printed material is not given to other agencies' representatives.",
                    ]),
                ]},
                {"title": "Māori health data", "blocks": [
                    ("p", "Most rangatahi discussed at the hui are Māori. Their information is a taonga and is "
                          "handled with the care Te Tiriti o Waitangi requires of Health NZ. The hui follows tikanga "
                          "advised by Health NZ – Te Tai Tokerau's Māori mental health service: karakia, "
                          "whanaungatanga, and speaking about rangatahi with respect for their mana and whakapapa. "
                          "Reporting on Māori rangatahi is agreed with iwi partners first."),
                ]},
                {"title": "Record keeping", "blocks": [
                    ("p", "Health agencies record plans in their clinical records system and keep them under the "
                          "Health (Retention of Health Information) Regulations 1996 (HIPC rules 5 and 9). Other "
                          "agencies keep only their own actions, for as long as their disposal authorities require. "
                          "Hui lists and emails are deleted once actions are recorded."),
                ]},
                {"title": "Privacy incidents", "blocks": [
                    ("p", "Report any privacy incident to the Privacy Officer, Health New Zealand – Te Tai Tokerau, "
                          "privacy.northland@tewhatuora.govt.nz, 09 430 4101, and to your own agency's privacy "
                          "officer. The agencies involved then agree together how to contain the incident, assess "
                          "harm, tell the rangatahi and whānau, and notify the Privacy Commissioner if the breach is "
                          "notifiable."),
                ]},
            ]},
            {"title": "Part D – Governance", "sections": [
                {"title": "Declarations of interest", "blocks": interest_blocks()},
                {"title": "Oversight", "blocks": [
                    ("p", "Each agency names a relationship manager, listed below. Relationship managers check in "
                          "with their representative each term and meet as a group once a year."),
                    ("table", ["Agency", "Relationship manager", "Email"], [
                        ["Health New Zealand – Te Tai Tokerau", "Service Manager, ICAMHS",
                         "icamhs.northland@tewhatuora.govt.nz"],
                        ["Ministry of Education", "Manager, Learning Support", "tetaitokerau.ls@education.govt.nz"],
                        ["Oranga Tamariki", "Site Manager, Whangārei", "whangarei.site@ot.govt.nz"],
                        ["Te Ara Rangatahi Youth Health Trust", "Operations Manager", "ops@tearangatahi.org.nz"],
                        ["Te Hononga Attendance Service", "Service Manager", "manager@tehononga.org.nz"],
                    ], [5.5, 5.0, 5.5]),
                ]},
                {"title": "Review of this arrangement", "blocks": [
                    ("p", "Review period: 24 months from the last signature. Health New Zealand – Te Tai Tokerau, as "
                          "lead agency, initiates the review and circulates the revised arrangement."),
                ]},
                {"title": "Endorsement", "blocks": [
                    ("sig_table", B05_SIGS),
                ]},
            ]},
        ],
        "appendices": [
            {"title": "Schedule 1 – Schedule of Information", "blocks": [
                ("table", ["Category", "Example", "Disclosed by", "Purpose", "Authority"], [
                    ["Identity", "Name, date of birth, NHI, school or kura, whānau contact", "All agencies", "1, 2",
                     "HIPC 2020 r 11(1)(b); Privacy Act 2020 IPP 11(1)(c)"],
                    ["Mental health summary", "Engagement with ICAMHS or youth health, broad nature of difficulties, "
                     "risk summary", "Health NZ; Te Ara Rangatahi", "1, 2, 3",
                     "HIPC 2020 r 11(1)(b); Oranga Tamariki Act 1989 s 66C (purpose 3)"],
                    ["Attendance and learning", "Attendance pattern, learning support in place, enrolment status",
                     "Ministry of Education; Te Hononga", "1, 2", "Privacy Act 2020 IPP 11(1)(c)"],
                    ["Care and protection", "Whether Oranga Tamariki is involved, key worker", "Oranga Tamariki",
                     "1, 3", "Privacy Act 2020 IPP 11(1)(c); Oranga Tamariki Act 1989 s 66C (purpose 3)"],
                ], [3.0, 5.0, 3.2, 1.5, 4.0]),
            ]},
        ],
    }


# ---------------------------------------------------------------------------
# LEGACY – 2019 DHB frequent presenters protocol, Hawke's Bay
# ---------------------------------------------------------------------------

def legacy():
    sigs = [
        {"agency": "Hawke's Bay District Health Board", "name": "Colin Whatuira",
         "role": "Chief Operating Officer", "signature": "Signed", "date": "18 February 2019"},
        {"agency": "Heretaunga Primary Care Network", "name": "Dr Susan Blakely", "role": "Clinical Director",
         "signature": "Signed", "date": "20 February 2019"},
        {"agency": "New Zealand Police", "name": "Inspector Dave Harland", "role": "Area Commander, Hastings",
         "signature": "Signed", "date": "4 March 2019"},
        {"agency": "Ministry of Social Development", "name": "Lyn Paewai", "role": "Regional Commissioner, East Coast",
         "signature": "Signed", "date": "14 March 2019"},
    ]
    return {
        "file": "legacy-2019-dhb-frequent-presenters-hawkes-bay.docx",
        "title": "Emergency Department Frequent Attenders Meeting – Information Sharing Protocol",
        "subtitle": ["Hawke's Bay District Health Board"],
        "control": [("Document number", "HBDHB/PRIV/OPS/041"), ("Version", "1.0"),
                    ("Authorised by", "Chief Operating Officer")],
        "numbering": "typed",
        "header": None,
        "footer": "HBDHB Privacy Policy framework – uncontrolled when printed",
        "font": "Calibri",
        "core": {"author": "Privacy Officer – HBDHB", "created": dt(2018, 11, 5),
                 "modified": dt(2019, 3, 14), "revision": 4, "keywords": "information sharing; frequent attenders"},
        "parts": [
            {"title": "Part A – About the meeting", "sections": [
                {"title": "Purpose of the meeting", "blocks": [
                    ("p", "Hawke's Bay DHB's Emergency Department sees a small number of people very often. The "
                          "Frequent Attenders Meeting brings the DHB, primary care, Police and Work and Income "
                          "together monthly to plan care for these patients. The meeting is held at Hawke's Bay "
                          "Hospital."),
                ]},
                {"title": "Parties to this protocol", "blocks": [
                    ("bullets", ["Hawke's Bay District Health Board (lead agency)", "Heretaunga Primary Care Network",
                                 "New Zealand Police", "Ministry of Social Development"]),
                ]},
                {"title": "Purpose of information sharing", "blocks": [
                    ("items", [
                        "1.\tTo identify frequent attenders and understand their health and social needs.",
                        "2.\tTo agree a management plan that reduces avoidable ED attendances.",
                        "3.\tTo respond where there is a serious risk to the patient or others.",
                    ]),
                ]},
            ]},
            {"title": "Part B – The information", "sections": [
                {"title": "Information to be shared", "blocks": [
                    ("table", ["Category", "Example", "Disclosed by", "Purpose", "Authority"], [
                        ["ED attendance", "Dates, reasons, outcome", "HBDHB", "1, 2",
                         "Health Information Privacy Code 1994, rule 11(1)(b)"],
                        ["GP information", "Enrolment, conditions, medicines", "Heretaunga Primary Care Network",
                         "1, 2", "Health Information Privacy Code 1994, rule 11(1)(b)"],
                        ["Police attendances", "Welfare callouts", "New Zealand Police", "1, 3",
                         "Privacy Act 1993, principle 11(d) and 11(f)"],
                        ["Benefit status", "Current benefit, hardship", "Ministry of Social Development", "2",
                         "Privacy Act 1993, principle 11(d)"],
                    ], [3.0, 4.0, 3.5, 1.5, 4.5]),
                ]},
                {"title": "Legal basis", "blocks": [
                    ("table", ["Purpose", "Authority"], [
                        ["1. Identify and understand needs", "Health Information Privacy Code 1994, rule 11(1)(b) "
                         "(DHB and PHO); Privacy Act 1993, principle 11(d) (Police and MSD)"],
                        ["2. Agree a management plan", "As for purpose 1"],
                        ["3. Serious risk", "Health Information Privacy Code 1994, rule 11(2)(d) – serious and "
                         "imminent threat; Privacy Act 1993, principle 11(f)"],
                    ], [5.0, 11.0]),
                ]},
                {"title": "Use of information", "blocks": [
                    ("p", "Information shared at the meeting is used only to develop and carry out the patient's "
                          "management plan. Agencies record only the actions they are responsible for."),
                ]},
                {"title": "Informing patients", "blocks": [
                    ("p", "Patients are asked for their consent by the ED social worker before they are discussed. "
                          "The DHB's privacy brochure explains that information may be shared with other agencies to "
                          "coordinate care. Where information is shared because of a serious and imminent threat the "
                          "reason is documented."),
                ]},
                {"title": "How information is shared", "blocks": [
                    ("p", "The ED social worker emails the meeting list to attendees the day before the meeting. "
                          "Information is otherwise shared verbally at the meeting."),
                ]},
            ]},
            {"title": "Part C – Keeping it safe", "sections": [
                {"title": "Classification of information", "blocks": [
                    ("p", "Information discussed at the meeting is handled in accordance with the DHB Information "
                          "Security Policy and the Code of Health and Disability Services Consumers' Rights."),
                ]},
                {"title": "Security", "blocks": [
                    ("bullets", [
                        "All attendees have completed the DHB's privacy e-learning module or their own agency's "
                        "equivalent privacy and security training.",
                        "Meeting lists sent by email are password protected, with the password phoned or texted "
                        "separately.",
                        "Printed meeting lists are collected at the end of each meeting and placed in the secure "
                        "shredding bin.",
                        "Printed lists are not given to other attendees or taken away from the meeting.",
                    ]),
                ]},
                {"title": "Storage and retention", "blocks": [
                    ("p", "The management plan is filed in the patient's clinical record and retained under the "
                          "Health (Retention of Health Information) Regulations 1996. Other agencies keep only their "
                          "own actions. Emailed lists are deleted after the meeting."),
                ]},
                {"title": "Privacy breaches", "blocks": [
                    ("p", "Any breach must be reported to the Privacy Officer, Hawke's Bay District Health Board, "
                          "privacy.officer@hbdhb.govt.nz, 06 878 8109, and to the attendee's own agency. The DHB will coordinate the response and "
                          "decide with the other agencies whether the Privacy Commissioner should be informed."),
                ]},
            ]},
            {"title": "Part D – Governance", "sections": [
                {"title": "Conflicts of interest", "blocks": [
                    ("p", "Attendees who know a patient being discussed must declare this to the chair and leave "
                          "the meeting while that patient is discussed."),
                ]},
                {"title": "Relationship management", "blocks": [
                    ("p", "Each party nominates a relationship manager. The DHB's Service Manager, Emergency "
                          "Department is the relationship manager for the DHB."),
                ]},
                {"title": "Review", "blocks": [
                    ("p", "This protocol will be reviewed every three (3) years by Hawke's Bay District Health Board, "
                          "or earlier if the parties agree."),
                ]},
                {"title": "Signatures", "blocks": [
                    ("sig_table", sigs),
                ]},
            ]},
        ],
    }


# ---------------------------------------------------------------------------
# defects derived from the clean protocols
# ---------------------------------------------------------------------------

def d_isp101_no_interests():
    s = base04()
    s["file"] = "defect-isp101-kaumatua-no-interests-section.docx"
    remove_sec(s, "Declarations of interest")
    return s


def d_isp301_contact_details():
    s = base03()
    s["file"] = "defect-isp301-ed-presenters-contact-details-purpose.docx"
    sec = find_sec(s, "Purposes of disclosure")
    sec["blocks"][0][1].append(
        "4.\tTo keep each agency's contact details for the person up to date (current address, phone and next of "
        "kin), so that follow-up from any agency is not lost.")
    return s


def d_isp703_st_john_unsigned():
    s = base01()
    s["file"] = "defect-isp703-mha-crisis-st-john-unsigned.docx"
    sec = find_sec(s, "Endorsement")
    sec["blocks"][1] = ("sig_table", [x for x in B01_SIGS if x["agency"] != "Hato Hone St John"])
    return s


def d_isp702_msd_no_role():
    s = base02()
    s["file"] = "defect-isp702-mokopuna-ora-msd-role-blank.docx"
    sigs = copy.deepcopy(B02_SIGS)
    for x in sigs:
        if x["agency"] == "Ministry of Social Development":
            x["role"] = ""
    find_sec(s, "Endorsement")["blocks"][1] = ("sig_blocks", sigs)
    return s


def d_isp451_secure_email():
    s = base05()
    s["file"] = "defect-isp451-rangatahi-secure-email-not-password.docx"
    sec = find_sec(s, "Technical and organisational safeguards")
    sec["blocks"][1] = ("bullets", [
        "Representatives have completed their agency's privacy and information security training.",
        "Any printed hui list is collected at the end of the hui and securely destroyed.",
        "Emails containing personal information are sent only through SEEMail or Health NZ's TLS-secured "
        "gateway, between agency email addresses.",
    ])
    ch = find_sec(s, "Disclosure channels")
    ch["blocks"][0] = ("p", "The coordinator emails the hui list to representatives by secure email (SEEMail). "
                            "Discussion is verbal, in person at the ICAMHS base or on Microsoft Teams. Each agency "
                            "receives its own action list afterwards by secure email.")
    return s


def d_isp501_no_contact():
    s = base02()
    s["file"] = "defect-isp501-mokopuna-ora-no-breach-contact.docx"
    sec = find_sec(s, "Privacy incidents")
    sec["blocks"] = [
        ("p", "Every participating agency is responsible for managing privacy incidents involving hui information "
              "that it holds, under its own privacy incident policy."),
        ("bullets", [
            "A representative who knows of, or suspects, a privacy incident tells their own agency's privacy officer "
            "and lets the chair know at or before the next hui.",
            "Agencies work together to contain the incident, assess the harm and decide what to tell the whānau "
            "concerned.",
            "Notifiable privacy breaches are reported to the Office of the Privacy Commissioner (0800 803 909, "
            "privacy.org.nz) by the agency responsible.",
        ]),
    ]
    return s


def d_isp604_overdue():
    s = base01()
    s["file"] = "defect-isp604-mha-crisis-review-overdue.docx"
    dates = ["10 June 2025", "12 June 2025", "16 June 2025", "19 June 2025", "24 June 2025", "30 June 2025"]
    sigs = copy.deepcopy(B01_SIGS)
    for x, d in zip(sigs, dates):
        x["date"] = d
    find_sec(s, "Endorsement")["blocks"][1] = ("sig_table", sigs)
    s["control"] = [
        ("Document owner", "Privacy Officer, Health New Zealand – Waikato"),
        ("Version", "1.0 (endorsed)"),
        ("Classification", "SENSITIVE"),
        ("Effective date", "30 June 2025"),
        ("Next review due", "30 June 2026"),
    ]
    s["core"] = {"author": "Privacy Officer – Health NZ Waikato", "created": dt(2025, 3, 3),
                 "modified": dt(2025, 7, 1), "revision": 7}
    rev = find_sec(s, "Review of this arrangement")
    rev["blocks"][0] = ("p", "This arrangement is reviewed every 12 months; the next review is due by 30 June 2026. "
                             "Health New Zealand – Waikato, as lead agency, initiates the review.")
    return s


def d_isp402_unclassified():
    s = base03()
    s["file"] = "defect-isp402-ed-presenters-unclassified.docx"
    s["footer"] = "UNCLASSIFIED – Frequent Presenters Hui ISA v1.2"
    find_sec(s, "Information classification")["blocks"] = [
        ("p", "The hui list identifies people by NHI number and initials only, so information disclosed for the hui "
              "is classified UNCLASSIFIED. Clinical and social detail is given verbally at the hui and is not "
              "written on the list."),
    ]
    return s


def d_isp305_claims_authority():
    s = base04()
    s["file"] = "defect-isp305-kaumatua-arrangement-authorises.docx"
    scope = find_sec(s, "Scope of the hui")
    scope["blocks"].append(
        ("p", "Once endorsed, this arrangement authorises representatives of the participating agencies to "
              "disclose health information about older people referred to the hui to one another."))
    basis = find_sec(s, "Basis for disclosure")
    basis["blocks"][0] = ("p", "For the single purpose in section 3, participating agencies rely on:")
    return s


def d_isp801_future_reference():
    s = base01()
    s["file"] = "defect-isp801-mha-crisis-future-reference.docx"
    rk = find_sec(s, "Record keeping")
    bullets = list(rk["blocks"][1][1])
    bullets[3] = ("Each agency may keep its own copy of the agenda and hui notes, including information disclosed by "
                  "other agencies, for future reference in case the person comes to its attention again.")
    rk["blocks"][1] = ("bullets", bullets)
    return s


# ---------------------------------------------------------------------------
# TRAP – deciding text only in content controls and tracked changes
# ---------------------------------------------------------------------------

def trap():
    s = base05()
    s["file"] = "trap-rangatahi-content-controls-tracked-changes.docx"
    s["header"] = None
    s["footer"] = "Rangatahi Wellbeing and Engagement Hui – ISA v1.0 (for signature)"
    s["control"] = [("Prepared by", "Privacy Officer, Health NZ – Te Tai Tokerau"), ("Version", "1.0 for signature")]
    s["track"] = True
    s["rev_date"] = "2026-08-27T14:05:00Z"
    s["core"]["last_modified_by"] = "Legal Adviser – Health NZ Te Tai Tokerau"

    scope = find_sec(s, "Scope of the hui")
    scope["blocks"][2] = ("tracked", [
        ("del", "This arrangement authorises the participating agencies to share information about rangatahi at "
                "the hui. "),
        ("ins", "This arrangement does not itself authorise any disclosure. It records the information each agency "
                "discloses and the law that agency relies on for each purpose."),
    ])
    find_sec(s, "Information classification")["blocks"] = [
        ("sdt_dropdown", "All information disclosed for the hui is classified ", "Security classification",
         "Classification", "IN-CONFIDENCE",
         ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED", "CONFIDENTIAL"], "."),
    ]
    saf = find_sec(s, "Technical and organisational safeguards")
    saf["blocks"] = [
        ("p", "**Requirements**"),
        ("bullets", [
            "Representatives have completed their agency's privacy and information security training.",
            "Any printed hui list is collected at the end of the hui and securely destroyed.",
            "Email attachments containing personal information are password protected.",
        ]),
        ("p", "**Restrictions**"),
        ("bullets", [
            "Information is shared only from agency-approved devices.",
            "Printed material is not given to other agencies' representatives.",
        ]),
        ("tracked_bullet", "In Teams hui, personal information is not put in the chat, and the hui is not recorded "
                           "or screenshotted."),
    ]
    find_sec(s, "Privacy incidents")["blocks"] = [
        ("p", "Report any privacy incident straight away to the hui breach contact, and to your own agency's privacy "
              "officer:"),
        ("sdt_block", "Breach contact", "BreachContact", [
            "Privacy Officer, Health New Zealand – Te Tai Tokerau – privacy.northland@tewhatuora.govt.nz – "
            "09 430 4101",
        ]),
        ("p", "The agencies involved then agree together how to contain the incident, assess harm, tell the "
              "rangatahi and whānau, and notify the Privacy Commissioner if the breach is notifiable."),
    ]
    find_sec(s, "Review of this arrangement")["blocks"] = [
        ("tracked", [
            ("t", "Review period: "),
            ("del", "three years"),
            ("ins", "24 months"),
            ("t", " from the last signature. Health New Zealand – Te Tai Tokerau, as lead agency, initiates the "
                  "review and circulates the revised arrangement."),
        ]),
    ]
    sigs = copy.deepcopy(B05_SIGS)
    iso = ["2026-09-01", "2026-09-03", "2026-09-07", "2026-09-08", "2026-09-14"]
    for x, d in zip(sigs, iso):
        x["date_sdt"] = d
    find_sec(s, "Endorsement")["blocks"] = [("sig_table", sigs)]
    return s


# ---------------------------------------------------------------------------
# truth
# ---------------------------------------------------------------------------

TRUTH = {
    "clean-01-mha-crisis-hui-waikato.docx": {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Mental health and addiction crisis hui, six agencies incl. Police, St John, kaupapa Māori and peer "
                "NGOs and Kāinga Ora; three purposes with HIPC/Privacy Act authorities in a two-column table; "
                "SENSITIVE in body, header and footer; 12-month review from 16 March 2026."},
    "clean-02-mokopuna-ora-hui-tairawhiti.docx": {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Mokopuna Ora hui with Word auto-numbered Heading 2 sections, four purposes (HIPC r 11(1)(b), "
                "OT Act s 66C, FVA s 20), classification line plus matching header and custom property, paragraph "
                "signature blocks, 24-month review from April 2026."},
    "clean-03-ed-frequent-presenters-ccv.docx": {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "ED frequent presenters hui with A.1-style numbering, Health Act 1956 s 22F among authorities, breach "
                "contact in a Role|Agency|Email|Phone table, a negated 'just in case' sentence, 18-month review owned "
                "by the PHO (not the lead agency)."},
    "clean-04-kaumatua-safety-hui-whanganui.docx": {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "PHO-led elder abuse hui with a single purpose of disclosure (authorities listed per agency in "
                "bullets), classification as a bare line, safeguards table, per-agency signature grids, review "
                "'annually'."},
    "clean-05-rangatahi-engagement-hui-tai-tokerau.docx": {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Rangatahi mental health and school engagement hui; the Schedule of Information is in an appendix "
                "(Schedule 1) referred to from section 4; safeguards split into Requirements/Restrictions lists."},
    "defect-isp101-kaumatua-no-interests-section.docx": {
        "kind": "defect", "expect": [{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}}],
        "tolerate": [],
        "note": "Clean-04 with the 'Declarations of interest' section left out of Part D (later sections renumber "
                "automatically)."},
    "defect-isp301-ed-presenters-contact-details-purpose.docx": {
        "kind": "defect",
        "expect": [{"rule": "ISP301", "data_contains": {"purpose": "contact details"}}],
        "tolerate": [],
        "note": "Clean-03 with a fourth purpose (keeping contact details up to date) added to A.3 but absent from "
                "the Basis for disclosure table and the Schedule of Information."},
    "defect-isp703-mha-crisis-st-john-unsigned.docx": {
        "kind": "defect", "expect": [{"rule": "ISP703", "data": {"agency": "Hato Hone St John"}}],
        "tolerate": [],
        "note": "Clean-01 where Hato Hone St John is a participating agency in section 2 but has no row in the "
                "endorsement table."},
    "defect-isp702-mokopuna-ora-msd-role-blank.docx": {
        "kind": "defect",
        "expect": [{"rule": "ISP702", "data": {"agency": "Ministry of Social Development", "missing": ["role"]}}],
        "tolerate": [],
        "note": "Clean-02 where the Ministry of Social Development signature block has a name and date but its "
                "'Role:' line is empty."},
    "defect-isp451-rangatahi-secure-email-not-password.docx": {
        "kind": "defect", "expect": [{"rule": "ISP451", "data": {"control": "password-protection"}}],
        "tolerate": [],
        "note": "Clean-05 where password-protected attachments are replaced by sending via SEEMail/TLS secure "
                "email, in both the safeguards and the disclosure channels sections."},
    "defect-isp501-mokopuna-ora-no-breach-contact.docx": {
        "kind": "defect", "expect": [{"rule": "ISP501"}], "tolerate": [],
        "note": "Clean-02 whose 'Privacy incidents' section only assigns obligations to each agency's own privacy "
                "officer and gives the Privacy Commissioner's number; no designated hui breach contact."},
    "defect-isp604-mha-crisis-review-overdue.docx": {
        "kind": "defect", "expect": [{"rule": "ISP604", "data": {"due": "2026-06-30"}}], "tolerate": [],
        "note": "Clean-01 endorsed in June 2025 with a 12-month review and 'next review is due by 30 June 2026' "
                "(also in the control table), which has passed on 2026-11-24."},
    "defect-isp402-ed-presenters-unclassified.docx": {
        "kind": "defect", "expect": [{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}],
        "tolerate": [],
        "note": "Clean-03 whose classification section reasons that an NHI-and-initials list is UNCLASSIFIED "
                "(footer marked to match)."},
    "defect-isp305-kaumatua-arrangement-authorises.docx": {
        "kind": "defect",
        "expect": [{"rule": "ISP305", "data_contains": {"text": "this arrangement authorises"}}],
        "tolerate": [],
        "note": "Clean-04 with a sentence added to 'Scope of the hui' saying the endorsed arrangement authorises "
                "representatives to disclose health information, and the disclaimer removed from the basis section."},
    "defect-isp801-mha-crisis-future-reference.docx": {
        "kind": "defect",
        "expect": [{"rule": "ISP801", "data_contains": {"text": "for future reference"}}],
        "tolerate": [],
        "note": "Clean-01 whose 'Record keeping' lets each agency keep copies of hui notes 'for future reference in "
                "case the person comes to its attention again'."},
    "legacy-2019-dhb-frequent-presenters-hawkes-bay.docx": {
        "kind": "legacy",
        "expect": [
            {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
            {"rule": "ISP303", "data_contains": {"authority": "Health Information Privacy Code 1994"}},
            {"rule": "ISP401"},
            {"rule": "ISP451", "data": {"control": "approved-devices"}},
            {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
            {"rule": "ISP101", "data": {"section": "tikanga"}},
            {"rule": "ISP602", "data": {"months": 36}},
            {"rule": "ISP604", "data": {"due": "2022-03-14"}},
        ],
        "tolerate": ["ISP302"],
        "note": "Pre-Health NZ DHB protocol signed by 14 March 2019: cites Privacy Act 1993 and HIPC 1994, no "
                "classification stated, no devices or virtual-meeting control, no tikanga/Māori data section, "
                "three-yearly review now overdue."},
    "trap-rangatahi-content-controls-tracked-changes.docx": {
        "kind": "trap", "expect": [{"rule": "ISP202"}], "tolerate": [],
        "note": "Clean-05 circulated for signature: classification only in a filled drop-down content control, "
                "breach contact only in a rich-text content control, signing dates in date pickers, and tracked "
                "changes that delete an 'authorises' sentence, insert the virtual-meeting control and change the "
                "review from three years to 24 months; read with changes accepted only ISP202 remains."},
}


def main():
    specs = [base01(), base02(), base03(), base04(), base05(),
             d_isp101_no_interests(), d_isp301_contact_details(), d_isp703_st_john_unsigned(),
             d_isp702_msd_no_role(), d_isp451_secure_email(), d_isp501_no_contact(), d_isp604_overdue(),
             d_isp402_unclassified(), d_isp305_claims_authority(), d_isp801_future_reference(),
             legacy(), trap()]
    built = []
    for s in specs:
        built.append(os.path.basename(build(s)))
    assert sorted(built) == sorted(TRUTH), set(built) ^ set(TRUTH)
    truth = {
        "as_of": "2026-11-24",
        "style": "Health NZ district / PHO privacy officer: HIPC 2020 framing (health information, rule 11(1)(b), "
                 "rule 11(2)(d), rules 5 and 9), Heading 1 'Part A–D' with numbered Heading 2 sections in her own "
                 "names, Schedule of Information, contacts and endorsement tables, Te Tiriti and Pae Ora references.",
        "files": TRUTH,
    }
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("\n".join(built))


if __name__ == "__main__":
    main()
