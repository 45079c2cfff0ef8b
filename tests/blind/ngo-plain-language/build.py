#!/usr/bin/env python3
"""Build the ngo-plain-language blind corpus.

House style: information sharing agreements for regional safety tables and
community hubs run by NGOs (Women's Refuge, Barnardos, iwi social services,
kaupapa Maori health providers, Whanau Ora collectives, Age Concern), written
by a community-sector coordinator in plain language. Headings are questions or
plain phrases, typed as bold Normal text in a larger font (never heading
styles), sometimes numbered by hand, sometimes not numbered at all.

Run:  /work/blind-kit/.venv/bin/python build.py
Every document is rebuilt from the specs below; there is no randomness and all
dates (core properties and zip entry times) are fixed.
"""
import copy
import datetime as dt
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# low level helpers
# --------------------------------------------------------------------------


class Ids:
    """Per-document counter for w:id values (revisions, content controls)."""

    def __init__(self):
        self.n = 100

    def next(self):
        self.n += 1
        return self.n


def add_rich(p, text, size=None, italic=False):
    """Add text to paragraph p; **bold** segments become bold runs."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        bold = part.startswith("**") and part.endswith("**")
        r = p.add_run(part[2:-2] if bold else part)
        r.bold = bold or None
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.insert_element_before(
        shd, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
        "w:vAlign", "w:hideMark", "w:headers", "w:cellIns", "w:cellDel",
        "w:cellMerge", "w:tcPrChange")


def outline_level(p, level):
    pPr = p._p.get_or_add_pPr()
    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(level))
    pPr.insert_element_before(el, "w:divId", "w:cnfStyle", "w:rPr",
                              "w:sectPr", "w:pPrChange")


def restart_list_number(doc):
    """A new w:num on the List Number abstract numbering, restarting at 1."""
    numbering = doc.part.numbering_part.element
    style = doc.styles["List Number"]
    num_id = style.element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(num_id).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def w_run(text, bold=False, deleted=False):
    r = OxmlElement("w:r")
    if bold:
        rPr = OxmlElement("w:rPr")
        rPr.append(OxmlElement("w:b"))
        r.append(rPr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


REV_DATE = "2026-05-28T10:14:00Z"


def w_ins(ids, text, author):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), str(ids.next()))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), REV_DATE)
    el.append(w_run(text))
    return el


def w_del(ids, text, author):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), str(ids.next()))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), REV_DATE)
    el.append(w_run(text, deleted=True))
    return el


def _sdt_pr(ids, alias, tag):
    sdtPr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    sdtPr.append(a)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    sdtPr.append(t)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(-1854000000 + ids.next()))
    sdtPr.append(i)
    return sdtPr


def _sdt(sdtPr, text, bold=False):
    sdt = OxmlElement("w:sdt")
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    content.append(w_run(text, bold=bold))
    sdt.append(content)
    return sdt


def sdt_dropdown(ids, alias, tag, items, value, bold=False):
    sdtPr = _sdt_pr(ids, alias, tag)
    dd = OxmlElement("w:dropDownList")
    dd.set(qn("w:lastValue"), value)
    first = OxmlElement("w:listItem")
    first.set(qn("w:value"), "")
    first.set(qn("w:displayText"), "Choose an item.")
    dd.append(first)
    for it in items:
        li = OxmlElement("w:listItem")
        li.set(qn("w:displayText"), it)
        li.set(qn("w:value"), it)
        dd.append(li)
    sdtPr.append(dd)
    return _sdt(sdtPr, value, bold)


def sdt_text(ids, alias, tag, value):
    sdtPr = _sdt_pr(ids, alias, tag)
    sdtPr.append(OxmlElement("w:text"))
    return _sdt(sdtPr, value)


def sdt_date(ids, alias, tag, iso, shown):
    sdtPr = _sdt_pr(ids, alias, tag)
    d = OxmlElement("w:date")
    d.set(qn("w:fullDate"), iso + "T00:00:00Z")
    fmt = OxmlElement("w:dateFormat")
    fmt.set(qn("w:val"), "d MMMM yyyy")
    d.append(fmt)
    lid = OxmlElement("w:lid")
    lid.set(qn("w:val"), "en-NZ")
    d.append(lid)
    store = OxmlElement("w:storeMappedDataAs")
    store.set(qn("w:val"), "dateTime")
    d.append(store)
    cal = OxmlElement("w:calendar")
    cal.set(qn("w:val"), "gregorian")
    d.append(cal)
    sdtPr.append(d)
    return _sdt(sdtPr, shown)


def parts_paragraph(doc, ids, parts, style=None):
    """Paragraph from parts: ('t', text) | ('b', text) | ('ins', text, author)
    | ('del', text, author) | ('sdt', element)."""
    p = doc.add_paragraph(style=style)
    for part in parts:
        kind = part[0]
        if kind == "t":
            p._p.append(w_run(part[1]))
        elif kind == "b":
            p._p.append(w_run(part[1], bold=True))
        elif kind == "ins":
            p._p.append(w_ins(ids, part[1], part[2]))
        elif kind == "del":
            p._p.append(w_del(ids, part[1], part[2]))
        elif kind == "sdt":
            p._p.append(part[1](ids))
    return p


# --------------------------------------------------------------------------
# renderer
# --------------------------------------------------------------------------


def render(spec, path):
    doc = Document()
    ids = Ids()
    st = spec["style"]

    normal = doc.styles["Normal"]
    normal.font.name = st.get("font", "Arial")
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), st.get("font", "Arial"))
    normal.font.size = Pt(st.get("size", 11))
    normal.paragraph_format.space_after = Pt(6)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)

    if spec.get("header"):
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = hp.add_run(spec["header"])
        r.bold = True
    if spec.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run(spec["footer"] + "   |   Page ")
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), " PAGE ")
        fld.append(w_run("1"))
        fp._p.append(fld)

    if spec.get("track_revisions"):
        settings = doc.settings.element
        tr = OxmlElement("w:trackRevisions")
        settings.insert_element_before(
            tr, "w:doNotTrackMoves", "w:doNotTrackFormatting",
            "w:documentProtection", "w:autoFormatOverride",
            "w:styleLockTheme", "w:styleLockQFSet", "w:defaultTabStop")

    # title block
    for i, line in enumerate(spec["title"]):
        p = doc.add_paragraph()
        if st.get("title_center"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = i == 0 or None
        r.font.size = Pt(st.get("tsize", 20) if i == 0 else st.get("hsize", 14))
        if st.get("hcolor"):
            r.font.color.rgb = RGBColor.from_string(st["hcolor"])
    for block in spec.get("intro", []):
        emit(doc, ids, st, block)

    n = 0
    for s in spec["sections"]:
        if s.get("numbered", st.get("numbered")):
            n += 1
            fmt = st.get("numfmt", "{n}. {h}")
            text = fmt.format(n=n, h=s["head"])
        else:
            text = s["head"]
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = Pt(s.get("space_before", 16))
        pf.space_after = Pt(6)
        pf.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(s.get("hsize", st.get("hsize", 14)))
        if st.get("hcolor"):
            r.font.color.rgb = RGBColor.from_string(st["hcolor"])
        if st.get("outline"):
            outline_level(p, 0)
        for block in s["blocks"]:
            emit(doc, ids, st, block)

    cp = doc.core_properties
    cp.author = spec["core"]["author"]
    cp.last_modified_by = spec["core"].get("modified_by", spec["core"]["author"])
    cp.title = spec["core"]["title"]
    cp.subject = spec["core"].get("subject", "Information sharing agreement")
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = spec["core"]["created"]
    cp.modified = spec["core"]["modified"]
    cp.revision = spec["core"].get("revision", 3)
    doc.save(path)
    normalise_zip(path)


def emit(doc, ids, st, block):
    kind = block[0]
    if kind == "p":
        p = doc.add_paragraph()
        add_rich(p, block[1])
    elif kind == "i":  # italic note
        p = doc.add_paragraph()
        add_rich(p, block[1], italic=True)
    elif kind == "b":
        for item in block[1]:
            add_rich(doc.add_paragraph(style="List Bullet"), item)
    elif kind == "n":
        num_id = restart_list_number(doc)
        for item in block[1]:
            p = doc.add_paragraph(style="List Number")
            numPr = p._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = num_id
            add_rich(p, item)
    elif kind == "t":
        rows = block[1]
        opts = block[2] if len(block) > 2 else {}
        table(doc, rows, opts)
        doc.add_paragraph()
    elif kind == "sig_lines":
        sig_lines(doc, ids, block[1], block[2])
    elif kind == "sig_cells":
        sig_cells(doc, block[1], block[2] if len(block) > 2 else {})
    elif kind == "sig_grid":
        sig_grid(doc, block[1])
    elif kind == "parts":
        parts_paragraph(doc, ids, block[1], style=block[2] if len(block) > 2 else None)
    else:
        raise ValueError(kind)


def table(doc, rows, opts):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = opts.get("widths")
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            if widths:
                cell.width = Cm(widths[j])
            p = cell.paragraphs[0]
            lines = val.split("\n")
            for k, line in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                add_rich(p, ("**%s**" % line) if (i == 0 and opts.get("header", True) and line) else line)
            if i == 0 and opts.get("header", True):
                shade(cell, opts.get("fill", "D9E2F3"))
    return t


def sig_lines(doc, ids, sigs, opts):
    """Signature blocks as tabbed lines: 'Name:<tab>Jane Smith'."""
    for sig in sigs:
        if opts.get("intro"):
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(opts["intro"].format(**sig))
            r.bold = True
        for label, key in opts["fields"]:
            if key is not None and sig.get(key) is None and not (key == "date" and sig.get("date_sdt")):
                continue
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.tab_stops.add_tab_stop(Cm(opts.get("tab", 3.5)))
            p.add_run(label + ":\t")
            if key is None:
                p.add_run("______________________________")
            elif key == "date" and sig.get("date_sdt"):
                iso, shown = sig["date_sdt"]
                p._p.append(sdt_date(ids, "Date signed", "date-signed", iso, shown))
            else:
                p.add_run(sig[key])
        doc.add_paragraph()


def sig_cells(doc, sigs, opts):
    """One row per agency; name, role and date in one cell split by w:br."""
    head = opts.get("head", ["Agency", "Signed by (name, role, date)", "Signature"])
    t = doc.add_table(rows=1 + len(sigs), cols=3)
    t.style = doc.styles["Table Grid"]
    for j, h in enumerate(head):
        c = t.cell(0, j)
        c.paragraphs[0].add_run(h).bold = True
        shade(c, opts.get("fill", "FCE4D6"))
    for i, sig in enumerate(sigs, start=1):
        t.cell(i, 0).paragraphs[0].add_run(sig["org"])
        p = t.cell(i, 1).paragraphs[0]
        lines = [sig.get("name"), sig.get("role"), sig.get("date_text", sig.get("date"))]
        lines = [x for x in lines if x]
        for k, line in enumerate(lines):
            r = p.add_run(line)
            if k == 0:
                r.bold = True
            if k < len(lines) - 1:
                r.add_break()
        t.cell(i, 2).paragraphs[0].add_run("")
        for j, w in enumerate((4.5, 7.5, 4.5)):
            t.cell(i, j).width = Cm(w)
    doc.add_paragraph()


def sig_grid(doc, sigs):
    """Two signature blocks per row; each block is one cell with w:br lines."""
    rows = (len(sigs) + 1) // 2
    t = doc.add_table(rows=rows, cols=2)
    t.style = doc.styles["Table Grid"]
    for idx, sig in enumerate(sigs):
        cell = t.cell(idx // 2, idx % 2)
        p = cell.paragraphs[0]
        r = p.add_run(sig["org"])
        r.bold = True
        r.add_break()
        lines = []
        if sig.get("name") is not None:
            lines.append("Name: " + sig["name"])
        if sig.get("role") is not None:
            lines.append("Role: " + sig["role"])
        lines.append("Signature: ____________________")
        lines.append("Date: " + sig["date"])
        for k, line in enumerate(lines):
            r = p.add_run(line)
            if k < len(lines) - 1:
                r.add_break()
    doc.add_paragraph()


FIXED = (2026, 1, 1, 0, 0, 0)


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def utc(y, m, d, hh=9, mm=0):
    return dt.datetime(y, m, d, hh, mm, tzinfo=dt.timezone.utc)


def section(spec, key):
    for s in spec["sections"]:
        if s["key"] == key:
            return s
    raise KeyError(key)


def drop_section(spec, key):
    spec["sections"] = [s for s in spec["sections"] if s["key"] != key]


# --------------------------------------------------------------------------
# Base A: Tauranga Moana Whanau Safety Table (Women's Refuge lead)
# --------------------------------------------------------------------------

A_SIGS = [
    dict(org="Tauranga Women's Refuge", name="Anahera Walker", role="Chief Executive", date="2 March 2026"),
    dict(org="New Zealand Police", name="Inspector Mark Dobson", role="Area Commander, Western Bay of Plenty", date="4 March 2026"),
    dict(org="Oranga Tamariki", name="Lisa Te Kani", role="Site Manager, Tauranga Moana", date="3 March 2026"),
    dict(org="Te Whatu Ora – Hauora a Toi Bay of Plenty", name="Dr Sam Hillary", role="Director of Allied Health", date="9 March 2026"),
    dict(org="Ministry of Social Development", name="Rangi Parata", role="Regional Commissioner, Bay of Plenty", date="5 March 2026"),
    dict(org="Ara Poutama Aotearoa – Department of Corrections", name="Helen Brown", role="District Manager, Bay of Plenty Community Corrections", date="6 March 2026"),
    dict(org="Ngāi Te Rangi Iwi Social Services", name="Hemi Ranapia", role="Pou Whakahaere (General Manager)", date="9 March 2026"),
]

A_NOT_AUTHORITY = ("This agreement does not give anyone the legal right to share information. "
                   "Only the law can do that. What this part does is write down which law we rely on "
                   "for each reason we share, so everyone at the table knows.")


def base_a():
    return {
        "style": dict(font="Arial", size=11, hsize=14, tsize=20, numbered=True,
                      numfmt="{n}. {h}", hcolor="5B2C6F"),
        "header": "SENSITIVE",
        "footer": "SENSITIVE – Tauranga Moana Whānau Safety Table information sharing agreement",
        "title": ["Tauranga Moana Whānau Safety Table",
                  "Our information sharing agreement"],
        "intro": [
            ("p", "Version 2.0, March 2026. Prepared by the Safety Table Coordinator, Tauranga Women's Refuge, with the agencies at the table."),
            ("p", "We have written this agreement in plain language so that everyone who comes to the table can use it week to week."),
        ],
        "sections": [
            dict(key="attending-agencies", head="Who attends", blocks=[
                ("p", "These agencies come to the safety table. Each one has signed this agreement:"),
                ("b", ["Tauranga Women's Refuge (lead agency)",
                       "Police (Western Bay of Plenty Area)",
                       "Oranga Tamariki – Tauranga sites",
                       "Te Whatu Ora – Hauora a Toi Bay of Plenty",
                       "Ministry of Social Development (MSD)",
                       "Ara Poutama Aotearoa – Department of Corrections",
                       "Ngāi Te Rangi Iwi Social Services"]),
                ("p", "Tauranga Women's Refuge is the lead agency. It sets up the meetings, chairs them, keeps the agenda and action log, and looks after this agreement."),
                ("p", "Each agency sends one or two regular people who know what help their agency can give. If someone new needs to come, the coordinator checks they have read this agreement first."),
            ]),
            dict(key="meeting-purpose", head="Why we meet", blocks=[
                ("p", "We meet every Tuesday morning to look at the family violence episodes reported in the Western Bay of Plenty in the past week. Together we work out who is at high risk, and agree what each agency will do to keep adult victims and their tamariki safe, and to hold people who use violence to account and help them change."),
            ]),
            dict(key="sharing-purpose", head="Why we share information", blocks=[
                ("p", "We share information for three reasons:"),
                ("n", ["To assess the risk of family violence to adult victims and their children.",
                       "To agree a safety plan for each whānau and decide which agency will do what.",
                       "To act quickly when there is a serious threat to someone's life, health or safety."]),
            ]),
            dict(key="information-shared", head="What we share", blocks=[
                ("p", "We only share what the table needs for those three reasons. This can include:"),
                ("b", ["names, dates of birth, addresses and contact details of the people involved, and who lives in the home",
                       "the family violence history each agency holds, such as Police episodes, protection orders and earlier referrals",
                       "information about the children: their ages, school or early learning centre, and any care and protection involvement",
                       "risk factors such as strangulation, threats to kill, recent separation, pregnancy or access to weapons",
                       "health or mental health information that affects safety – only the part that is needed",
                       "what support each agency is giving the whānau now"]),
                ("p", "We do not share whole case files. We do not share information about people who are not part of the episode unless it affects someone's safety."),
            ]),
            dict(key="legal-authority", head="The law that lets us share", blocks=[
                ("p", A_NOT_AUTHORITY),
                ("t", [["Why we share", "The law we rely on"],
                       ["1. Assess the risk of family violence", "Family Violence Act 2018, section 20 (information for a family violence risk assessment)"],
                       ["2. Agree a safety plan", "Family Violence Act 2018, section 20 (making or carrying out a decision or plan relating to family violence)"],
                       ["3. Act on a serious threat", "Privacy Act 2020, information privacy principle 11(1)(f); for health information, Health Information Privacy Code 2020, rule 11(2)(d)"]],
                 {"widths": [6, 10.4]}),
                ("p", "Section 21 of the Family Violence Act 2018 means each agency must consider a request from another member to share. Before you share, check that the law fits the situation. If you are not sure, talk to your own privacy officer or legal team."),
            ]),
            dict(key="use-of-information", head="How we use what we learn", blocks=[
                ("p", "We use information from the table only for the three reasons in part 3."),
                ("p", "Only put information from the table into your own agency's system if you need it to carry out an action agreed at the table. When you do, write down where it came from, the law it was shared under, why it was shared, any limits on how it can be used, and the date it was shared."),
                ("p", "We don't keep information just in case it might come in handy."),
                ("p", "If your agency wants to use table information for something else, talk to your privacy team first. A new use needs its own reason and its own legal authority."),
            ]),
            dict(key="transparency", head="Letting people know", blocks=[
                ("b", ["Each agency's privacy statement says that it takes part in multi-agency family violence meetings and why.",
                       "When it is safe, Refuge advocates or Police tell victims that their situation will be talked about at the safety table, and why.",
                       "We do not tell the person using violence before the meeting if that could put the victim or children at more risk. This is the only reason we hold back, and the chair records it in the action log.",
                       "Anyone can ask an agency for the information it holds about them and ask for it to be corrected."]),
            ]),
            dict(key="method-of-sharing", head="How we share", blocks=[
                ("b", ["Every Monday by 3pm Police send the coordinator the list of last week's episodes.",
                       "The coordinator sends the list to members as a password-protected attachment. The password goes separately by text.",
                       "At the meeting most information is shared by talking.",
                       "The coordinator records agreed actions in the Family Safety System.",
                       "After the meeting each agency is sent only the actions it owns, again as a password-protected attachment.",
                       "We meet in person at the Refuge office. Members who can't come in join by Microsoft Teams."]),
            ]),
            dict(key="security-classification", head="Security classification", blocks=[
                ("p", "Information shared at the table is classified SENSITIVE."),
                ("p", "Government members handle it under the Protective Security Requirements. The NGO members have confirmed they can store and handle SENSITIVE information safely."),
            ]),
            dict(key="security-controls", head="Keeping it safe", blocks=[
                ("p", "These rules apply to everyone at the table:"),
                ("b", ["Everyone attending has completed their agency's privacy and information security training, including training for the Family Safety System.",
                       "Please don't print the list. If something is printed, it is handed to the coordinator at the end of the meeting and shredded.",
                       "Printed papers are never passed to people from other agencies.",
                       "Any attachment with personal information in it is password protected.",
                       "Only share information from work phones and laptops your agency has approved – no personal phones or home email.",
                       "On Teams: nothing personal goes in the chat, nobody records the meeting and nobody takes screenshots.",
                       "If you join from home, find a private room where nobody can overhear."]),
            ]),
            dict(key="tikanga", head="Tikanga", blocks=[
                ("p", "Many of the whānau talked about at the table are Māori. Ngāi Te Rangi Iwi Social Services advises the table on tikanga, and we will keep learning together."),
                ("b", ["We open and close the meeting with karakia when members wish.",
                       "We talk about whānau with respect and say their names correctly.",
                       "Whakapapa, and anything shared by kaumātua or at whānau hui, is taonga. We only share it with the agreement of the iwi representative.",
                       "Where whānau have said they want their iwi provider involved, the iwi representative leads contact with them."]),
            ]),
            dict(key="retention-disposal", head="Keeping and destroying information", blocks=[
                ("p", "The coordinator keeps the agenda, episode lists and action log in Refuge's secure case management system for seven years, then destroys them under Refuge's retention schedule."),
                ("p", "Members delete emailed lists and attachments once any actions they need are saved in their own system, and no later than the next meeting."),
                ("p", "Each agency keeps what it has saved only as long as it needs it for the agreed action, and follows its own retention and disposal rules."),
            ]),
            dict(key="breach-management", head="If there is a privacy breach", blocks=[
                ("p", "A breach is when information from the table is lost, sent to the wrong person, seen by someone who shouldn't see it, or used for the wrong reason."),
                ("p", "If you think there has been a breach, tell your own privacy officer and our breach contact straight away:"),
                ("p", "**Breach contact:** Kirsty Moana, Safety Table Coordinator, Tauranga Women's Refuge – phone 07 578 1234, email safetytable@taurangarefuge.org.nz"),
                ("p", "The breach contact lets the other agencies know and brings together the people needed to contain the breach. The agency the information came from decides, with the others, what to tell the people affected. If the breach is likely to cause serious harm, that agency notifies the Privacy Commissioner as soon as it can."),
            ]),
            dict(key="conflicts-of-interest", head="Conflicts of interest", blocks=[
                ("p", "Tauranga is a small place. If the table is talking about someone you know – whānau, a neighbour, a friend, someone from your church or marae – tell the chair as soon as you realise."),
                ("b", ["Step out of the room, or leave the Teams call, while that person is discussed.",
                       "Ask a colleague from your agency to deal with any request for information about them.",
                       "The chair notes in the action log that a conflict was declared, without the details."]),
            ]),
            dict(key="relationship-management", head="Looking after this agreement", blocks=[
                ("p", "Each agency names a relationship manager. They know what this agreement says, support their representative with information sharing questions, and link in with their own privacy or legal team."),
                ("p", "Relationship managers check in with their representatives every three months to make sure the agreement is working and that sharing has not crept beyond what is written here."),
            ]),
            dict(key="review", head="Checking this agreement", blocks=[
                ("p", "We check this agreement every 12 months from the date of the last signature. Tauranga Women's Refuge, as lead agency, starts the check. Any member can ask for an earlier check if there is a problem."),
                ("p", "When we check it we ask: do we still need to share; have the reasons or the uses changed; is information still shared safely; and are there problems with the quality of the information."),
            ]),
            dict(key="approval", head="Signing this agreement", blocks=[
                ("p", "By signing, each agency agrees to follow this agreement. Each person signing has had advice from their agency's privacy or legal team."),
                ("sig_lines", copy.deepcopy(A_SIGS),
                 dict(intro="Signed for {org}",
                      fields=[("Name", "name"), ("Role", "role"), ("Signature", None), ("Date", "date")])),
            ]),
        ],
        "core": dict(author="Kirsty Moana", title="Tauranga Moana Whānau Safety Table – information sharing agreement",
                     created=utc(2026, 1, 19), modified=utc(2026, 3, 9, 15)),
    }


# --------------------------------------------------------------------------
# Base B: Otautahi Tamariki Wellbeing Hub (Barnardos lead)
# --------------------------------------------------------------------------

B_SIGS = [
    dict(org="Barnardos", name="Fiona McLeod", role="Regional Manager, Canterbury", date="20 October 2025"),
    dict(org="Oranga Tamariki", name="Tui Henare", role="Site Manager, Christchurch East", date="22 October 2025"),
    dict(org="Ministry of Education", name="Graeme Allan", role="Director of Education, Canterbury and Chatham Islands", date="28 October 2025"),
    dict(org="Te Whatu Ora – Waitaha Canterbury", name="Dr Priya Nair", role="Clinical Director, Child Health", date="3 November 2025"),
    dict(org="New Zealand Police", name="Inspector Rachel Hona", role="Prevention Manager, Canterbury District", date="4 November 2025"),
    dict(org="Ministry of Social Development (MSD)", name="Kim Tuhiwai", role="Regional Commissioner, Canterbury", date="10 November 2025"),
]


def base_b():
    return {
        "style": dict(font="Verdana", size=10.5, hsize=15, tsize=22, numbered=False,
                      hcolor="00558C"),
        "header": "IN-CONFIDENCE",
        "footer": "IN-CONFIDENCE",
        "title": ["Ōtautahi Tamariki Wellbeing Hub",
                  "How we share information – our agreement"],
        "intro": [
            ("p", "Barnardos runs the hub. We wrote this agreement in plain language so that everyone at the hub, and the whānau we work with, can understand how information about tamariki is shared and kept safe."),
            ("p", "Version 1.0 – November 2025"),
        ],
        "sections": [
            dict(key="attending-agencies", head="Who comes to the hub?", blocks=[
                ("p", "Barnardos (Christchurch) is the lead agency. The agencies at the hub are:"),
                ("b", ["Barnardos (lead agency)",
                       "Oranga Tamariki – Christchurch East",
                       "Ministry of Education – Te Tai Runga (South)",
                       "Te Whatu Ora – Waitaha Canterbury",
                       "NZ Police – Canterbury District",
                       "Ministry of Social Development (MSD)"]),
                ("p", "Each agency sends a regular representative and a back-up."),
            ]),
            dict(key="meeting-purpose", head="Why do we meet?", blocks=[
                ("p", "Every second Thursday we talk about tamariki and rangatahi (0 to 17 years) who have been referred to the hub by a school, GP, Police or social worker because someone is worried about their wellbeing – for example they are missing a lot of school, there are worries at home, or their health needs are not being met."),
                ("p", "Together, and with their whānau, we work out the best support and who will give it. The hub is for children who do not need a statutory response from Oranga Tamariki."),
            ]),
            dict(key="sharing-purpose", head="Why do we share information?", blocks=[
                ("p", "We share information for two reasons:"),
                ("n", ["To understand a child's wellbeing and what is getting in the way of them being safe and well.",
                       "To plan, arrange and check on support for the child and their whānau."]),
            ]),
            dict(key="information-shared", head="What do we share?", blocks=[
                ("b", ["the child's name, date of birth, school or kura, address, and who their parents or caregivers are",
                       "what the referrer is worried about",
                       "school attendance and learning support needs (Ministry of Education and schools)",
                       "health or developmental needs known to Te Whatu Ora that matter for the support plan",
                       "whether Police have been called to a family harm incident at the home in the last 12 months – the date and type only, unless more is needed for safety",
                       "benefit or hardship support the whānau is already getting, where it affects the plan (MSD)",
                       "what the whānau and the child want"]),
                ("p", "We only share what is needed for the two reasons above."),
            ]),
            dict(key="legal-authority", head="What law lets us share?", blocks=[
                ("p", "This agreement does not make sharing legal – the law does. Both of our reasons for sharing rely on the same law:"),
                ("p", "**Purposes 1 and 2:** Oranga Tamariki Act 1989, section 66C."),
                ("p", "Section 66C lets child welfare and protection agencies share information to prevent or reduce the risk of harm to a child, or to arrange, provide or assess services that support a child's wellbeing. Every agency at the hub is a child welfare and protection agency under the Act."),
                ("p", "Where it is practicable and appropriate, consult the child and their whānau before sharing, as section 66C asks. If you are unsure whether 66C applies, ask your privacy or legal team before you share."),
            ]),
            dict(key="use-of-information", head="How do we use what we learn?", blocks=[
                ("p", "Hub information is only used to understand and support the child."),
                ("p", "Members only save hub information into their own records when they need it to carry out an action agreed at the hub. When they do, they note where it came from, the law it was shared under, why, any limits on its use, and the date."),
                ("p", "Using hub information for anything else – for example an investigation or a decision about a benefit – needs its own legal basis. Talk to your privacy team first."),
            ]),
            dict(key="transparency", head="How do we let people know?", blocks=[
                ("b", ["Most referrals are made with the whānau knowing. The referrer tells the parent or caregiver, and the child when appropriate, that the hub will talk about them and why.",
                       "Barnardos gives whānau a one-page explanation of the hub in English and te reo Māori.",
                       "If telling the whānau first would put the child at risk, we don't, and the reason is written on the referral.",
                       "Each agency's privacy statement says it takes part in the hub.",
                       "Whānau can ask any agency to see the information it holds about them."]),
            ]),
            dict(key="method-of-sharing", head="How do we share?", blocks=[
                ("b", ["Referrals come to Barnardos by email as password-protected attachments, or through the hub's secure Microsoft Teams site, which only hub members can open.",
                       "Barnardos sends the agenda two days before the hub. It shows the child's initials and the reason for referral only.",
                       "At the hub, most information is shared by talking.",
                       "Barnardos records the plan and actions on the Teams site."]),
            ]),
            dict(key="security-classification", head="How sensitive is this information?", blocks=[
                ("p", "Information shared at the hub is IN-CONFIDENCE."),
                ("p", "Emails to hub members have IN-CONFIDENCE in the subject line, and hub documents carry the same marking at the top and bottom of each page."),
            ]),
            dict(key="security-controls", head="How do we keep it safe?", blocks=[
                ("b", ["All hub members have done privacy and information security training with their own agency, plus Barnardos' induction for the Teams site.",
                       "We share only from devices our agency has approved.",
                       "Any attachment with personal details is password protected. Passwords go by text, never in the same email.",
                       "We try not to print. Any paper copies are collected by the chair at the end of the hub and put in Barnardos' secure shredding bin.",
                       "We never give paper copies to other hub members.",
                       "When the hub meets online, nobody puts personal information in the Teams chat, records the hub or takes screenshots."]),
            ]),
            dict(key="tikanga", head="Tikanga", blocks=[
                ("p", "About half of the tamariki referred to the hub are Māori. A kaupapa Māori advisor from Barnardos' Māori services team helps us apply tikanga at the hub."),
                ("b", ["Information about tamariki and their whānau is taonga. We hold it on trust for the whānau.",
                       "We ask whānau whether they want their iwi or a Māori provider involved, and respect their answer.",
                       "Whakapapa is only shared when it is needed for the child's plan and the whānau agree.",
                       "We say names correctly and take care in how we talk about whānau."]),
            ]),
            dict(key="retention-disposal", head="How long do we keep information?", blocks=[
                ("p", "Barnardos keeps referrals, hub notes and plans on its client management system for as long as its contract with Oranga Tamariki and its retention policy require, then destroys them securely."),
                ("p", "Hub members delete emailed agendas and attachments once anything they need is saved in their own system. Members do not keep their own copy of hub notes."),
                ("p", "Each agency keeps what it saved only for as long as it needs it to carry out the agreed action."),
            ]),
            dict(key="breach-management", head="What if there is a privacy breach?", blocks=[
                ("p", "If information from the hub goes to the wrong place, or someone sees it who shouldn't, tell us straight away. Our breach contact is:"),
                ("p", "**Hub Coordinator, Barnardos Christchurch** – hub.otautahi@barnardos.org.nz or 03 379 0123"),
                ("p", "Tell your own privacy officer as well. The Hub Coordinator and the agency the information came from agree together how to contain the breach and what to tell the whānau. If the breach is serious, the agency responsible notifies the Privacy Commissioner."),
            ]),
            dict(key="conflicts-of-interest", head="What if I know the whānau?", blocks=[
                ("p", "If you know a child or whānau on the agenda, tell the chair before that item starts. You will step out for that item, and someone else in your agency deals with any request for information about them. The chair records that a conflict was declared."),
            ]),
            dict(key="relationship-management", head="Who looks after this agreement?", blocks=[
                ("p", "Each agency has a relationship manager – usually the representative's manager. Relationship managers make sure their representative understands this agreement, help with any information sharing questions, and check in with them at least every six months to see that the agreement is working as it should."),
            ]),
            dict(key="review", head="When do we check this agreement?", blocks=[
                ("p", "We check this agreement every 24 months from the date it was last signed, or sooner if the law changes or any member asks. Barnardos starts the check."),
            ]),
            dict(key="approval", head="Who has signed?", blocks=[
                ("p", "Each agency has signed to show it agrees to follow this agreement."),
                ("sig_cells", copy.deepcopy(B_SIGS)),
            ]),
        ],
        "core": dict(author="Hub Coordinator", title="Ōtautahi Tamariki Wellbeing Hub – information sharing agreement",
                     created=utc(2025, 8, 4), modified=utc(2025, 11, 10, 16)),
    }


# --------------------------------------------------------------------------
# Base C: Heretaunga Kainga Hub (iwi social services provider lead)
# --------------------------------------------------------------------------

C_SIGS = [
    dict(org="Ngā Kete Oranga Iwi Social Services", name="Huia Tomoana", role="Tumu Whakarae (Chief Executive)", date="14 April 2026"),
    dict(org="Ministry of Social Development", name="Craig Mitchell", role="Regional Commissioner, East Coast", date="15 April 2026"),
    dict(org="Kāinga Ora – Homes and Communities", name="Sarah Ngarimu", role="Regional Manager, Hawke's Bay", date="16 April 2026"),
    dict(org="Te Whatu Ora – Te Matau a Māui Hawke's Bay", name="Tom Gillies", role="Group Manager, Mental Health and Addiction", date="20 April 2026"),
    dict(org="Hastings District Council", name="Aroha Smith", role="Community Wellbeing Manager", date="17 April 2026"),
    dict(org="Heretaunga Women's Refuge", name="Jo Kirikiri", role="Manager", date="22 April 2026"),
]


def base_c():
    return {
        "style": dict(font="Calibri", size=11, hsize=13, tsize=18, numbered=False,
                      hcolor="1F5C4A"),
        "header": "IN-CONFIDENCE",
        "footer": "Heretaunga Kāinga Hub – Information Sharing Protocol – IN-CONFIDENCE",
        "title": ["Heretaunga Kāinga Hub",
                  "Information Sharing Protocol",
                  "Led by Ngā Kete Oranga Iwi Social Services"],
        "intro": [
            ("p", "Mauri ora ki te whare, mauri ora ki te whānau."),
            ("p", "This protocol sets out how the hub members share information about whānau who need a home. It was agreed at the hub hui on 8 April 2026."),
        ],
        "sections": [
            dict(key="attending-agencies", head="Who attends", blocks=[
                ("p", "Ngā Kete Oranga Iwi Social Services is the lead agency. The hub members are:"),
                ("t", [["Agency", "Who comes to the hub"],
                       ["Ngā Kete Oranga Iwi Social Services (lead agency)", "Kaiārahi Kāinga (housing navigators) and Team Leader"],
                       ["Ministry of Social Development (MSD), East Coast region", "Housing Broker"],
                       ["Kainga Ora", "Tenancy Manager, Hastings"],
                       ["Te Whatu Ora - Te Matau a Maui Hawke's Bay", "Social Worker, Community Mental Health"],
                       ["Hastings District Council", "Homelessness Coordinator"],
                       ["Heretaunga Women's Refuge", "Advocate"]],
                 {"widths": [8.2, 8.2], "fill": "E2EFDA"}),
            ]),
            dict(key="meeting-purpose", head="Why we meet", blocks=[
                ("p", "Whānau in Heretaunga who are homeless, living in cars, in overcrowded homes or in emergency motels often need help from several agencies at once. Every Wednesday the hub brings those agencies together so that whānau tell their story once and get one joined-up plan to move into a warm, safe home that lasts."),
            ]),
            dict(key="sharing-purpose", head="Why we share information", blocks=[
                ("p", "**Purpose 1** – To understand what housing help a whānau needs and what they are eligible for."),
                ("p", "**Purpose 2** – To plan and coordinate housing, income and health support for the whānau."),
                ("p", "**Purpose 3** – To act when someone in the whānau faces a serious threat to their life or health, for example a person with a serious illness sleeping rough in winter."),
            ]),
            dict(key="information-shared", head="What we share", blocks=[
                ("b", ["names, contact details and where the whānau is staying now",
                       "who is in the household and their ages",
                       "income and eligibility information held by MSD",
                       "housing register status and tenancy history held by Kāinga Ora",
                       "health or disability needs that affect what kind of home will work",
                       "safety concerns, such as family violence, that affect where the whānau can safely live"]),
                ("p", "We share only what is needed for the purpose at hand."),
            ]),
            dict(key="legal-authority", head="The law that lets us share", blocks=[
                ("p", "This protocol does not itself authorise any sharing. Sharing at the hub relies on the law set out below, purpose by purpose."),
                ("t", [["Purpose", "Law we rely on", "What this means in practice"],
                       ["Purpose 1", "Privacy Act 2020, IPP 11(1)(c) – the whānau member has authorised the sharing", "Each adult signs the hub consent form before their first hub discussion."],
                       ["Purpose 2", "Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b) for health information", "Consent covers only the agencies named on the form."],
                       ["Purpose 3", "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)", "Only when there is a serious threat and sharing is needed to prevent or lessen it. Record why."]],
                 {"widths": [3, 7, 6.4], "fill": "E2EFDA"}),
            ]),
            dict(key="use-of-information", head="How we use what we learn", blocks=[
                ("p", "What we learn at the hub is used only for the three purposes above."),
                ("p", "Members only put hub information into their own systems when they need it to do something agreed at the hub. They note where it came from, the law it was shared under, the purpose, any limits, and the date it was shared."),
                ("p", "If a member wants to use hub information for anything else, they must check with their privacy team first."),
            ]),
            dict(key="transparency", head="Letting people know", blocks=[
                ("p", "Whānau are told about the hub before they agree to be part of it. The kaiārahi explains in person, in te reo Māori or English, what will be shared, with which agencies and why, and that they can say no or change their mind at any time."),
                ("p", "If a whānau says no, we still help. Each agency works with them separately."),
                ("p", "Under purpose 3 we may share without consent. We tell the person afterwards unless that would put someone at risk."),
                ("p", "The consent form and a plain-language hub pānui are on Ngā Kete Oranga's website and at the front desk."),
            ]),
            dict(key="method-of-sharing", head="How we share", blocks=[
                ("b", ["The kaiārahi sends the week's list to members on Monday as a password-protected attachment.",
                       "Most sharing happens by talking at the hub hui.",
                       "Agreed actions are written in the hub action plan, kept in Ngā Kete Oranga's client system.",
                       "Members who cannot come in person join by Microsoft Teams."]),
            ]),
            dict(key="security-classification", head="Security marking", blocks=[
                ("p", "Classification: IN-CONFIDENCE"),
                ("p", "All hub lists, action plans and emails are marked IN-CONFIDENCE."),
            ]),
            dict(key="security-controls", head="Keeping it safe", blocks=[
                ("b", ["Hub members have done privacy and information security training through their own agency.",
                       "We only use devices our own agency has approved to send or receive hub information.",
                       "Attachments containing personal information are always password protected.",
                       "Paper copies are collected at the end of each hui and shredded by Ngā Kete Oranga.",
                       "Paper copies are never handed to members from other agencies.",
                       "Online: no personal details in the Teams chat, no recording, no screenshots."]),
            ]),
            dict(key="tikanga", head="Tikanga", blocks=[
                ("p", "Ngā Kete Oranga is a kaupapa Māori, iwi-mandated provider, and most whānau who come to the hub are Māori. Tikanga guides how we work:"),
                ("b", ["Information about whānau is taonga. We look after it as kaitiaki, not owners, guided by the Te Mana Raraunga principles of Māori data sovereignty.",
                       "Each hui begins with karakia and whakawhanaungatanga.",
                       "Whakapapa is not shared at the hub unless the whānau ask us to.",
                       "Whānau may bring a support person or kaumātua to any hui about them.",
                       "When we are unsure what is tika, we ask our kaumātua before we share."]),
            ]),
            dict(key="retention-disposal", head="Keeping and destroying information", blocks=[
                ("p", "Ngā Kete Oranga keeps hub action plans in its client system for seven years after the whānau's file closes, then destroys them securely."),
                ("p", "Other members keep what they have saved only while they need it for the agreed action and then follow their own retention and disposal rules. Government members also follow the Public Records Act 2005."),
                ("p", "Emailed lists are deleted within five working days, once any actions are saved."),
            ]),
            dict(key="breach-management", head="If there is a privacy breach", blocks=[
                ("p", "If hub information is lost, sent to the wrong person or misused, contact the hub's breach contact as soon as you know:"),
                ("p", "Tania Hape, Operations Manager, Ngā Kete Oranga Iwi Social Services – 06 870 4455 – privacy@ngakete.org.nz"),
                ("p", "Also tell your own privacy officer. Tania will bring together the members affected to contain the breach and agree what to tell the whānau. The agency responsible will notify the Privacy Commissioner if the breach is likely to cause serious harm."),
            ]),
            dict(key="conflicts-of-interest", head="Conflicts of interest", blocks=[
                ("p", "In Heretaunga many of us are whanaunga to the whānau we help. If you are related to, or know, a whānau being discussed, say so at the start of the item."),
                ("p", "The chair will ask you to step out while they are discussed, and another person from your agency will handle any requests about them."),
            ]),
            dict(key="relationship-management", head="Looking after this agreement", blocks=[
                ("p", "Each member names a relationship manager who understands the hub and this protocol. Relationship managers meet twice a year with the Ngā Kete Oranga Team Leader to check the protocol is working and that sharing has not drifted beyond the three purposes."),
            ]),
            dict(key="review", head="Checking this agreement", blocks=[
                ("p", "We review this protocol annually. Ngā Kete Oranga Iwi Social Services, as lead agency, organises the review. The next review is due by 30 April 2027."),
                ("p", "Any member can ask for an earlier review if something is not working."),
            ]),
            dict(key="approval", head="Signing this agreement", blocks=[
                ("sig_lines", copy.deepcopy(C_SIGS),
                 dict(fields=[("Organisation", "org"), ("Name", "name"), ("Role", "role"), ("Signature", None), ("Date", "date")], tab=3.2)),
            ]),
        ],
        "core": dict(author="Ngā Kete Oranga", title="Heretaunga Kāinga Hub Information Sharing Protocol",
                     created=utc(2026, 2, 16), modified=utc(2026, 4, 22, 11)),
    }


# --------------------------------------------------------------------------
# Base D: Whanganui Elder Abuse Response Group (Age Concern lead)
# --------------------------------------------------------------------------

D_SIGS = [
    dict(org="Age Concern Whanganui", name="Margaret Hoskins", role="Manager", date="1 July 2025"),
    dict(org="NZ Police – Whanganui", name="Senior Sergeant Wiremu Tapsell", role="Officer in Charge, Whanganui Family Harm Team", date="7 July 2025"),
    dict(org="Te Whatu Ora – Whanganui", name="Leanne Marsh", role="Director of Allied Health, Scientific and Technical", date="15 July 2025"),
    dict(org="Ministry of Social Development", name="Peter Rauhihi", role="Regional Commissioner, Central", date="10 July 2025"),
    dict(org="Te Puāwai Hauora", name="Maraea Potaka", role="Kaiwhakahaere Matua (Chief Executive)", date="21 July 2025"),
    dict(org="Whanganui Community Law Centre", name="David Ellis", role="Managing Solicitor", date="28 July 2025"),
]


def base_d():
    return {
        "style": dict(font="Arial", size=11, hsize=14, tsize=20, numbered=True,
                      numfmt="{n}   {h}", title_center=True),
        "header": "IN-CONFIDENCE",
        "footer": "Whanganui Elder Abuse Response Group – Information Sharing Protocol",
        "title": ["Whanganui Elder Abuse Response Group",
                  "Information Sharing Protocol",
                  "Age Concern Whanganui – lead agency"],
        "intro": [
            ("p", "Effective from 28 July 2025"),
        ],
        "sections": [
            dict(key="attending-agencies", head="Who attends", blocks=[
                ("b", ["Age Concern Whanganui (lead agency)",
                       "NZ Police – Whanganui",
                       "Te Whatu Ora – Whanganui",
                       "Ministry of Social Development",
                       "Te Puāwai Hauora (kaupapa Māori health provider)",
                       "Whanganui Community Law Centre"]),
                ("p", "Age Concern Whanganui set up the group, chairs the meetings and is responsible for this protocol. Its Elder Abuse Response Service coordinator is the group's secretary."),
            ]),
            dict(key="meeting-purpose", head="Why we meet", blocks=[
                ("p", "We meet once a month, and sooner when someone is in danger, to talk about older people in the Whanganui, Rangitīkei and Ruapehu districts who may be experiencing abuse or neglect – physical, psychological, sexual, financial or institutional abuse, or neglect by a carer. We work with the older person to help them be safe and live the way they choose."),
            ]),
            dict(key="sharing-purpose", head="Why we share information", blocks=[
                ("n", ["To understand whether an older person is being abused or neglected, and how serious the risk is.",
                       "To agree a support and safety plan with the older person, and who will do what.",
                       "To prevent or lessen a serious threat to the older person's life, health or safety."]),
            ]),
            dict(key="information-shared", head="What we share", blocks=[
                ("b", ["the older person's name, date of birth, address and who they live with",
                       "who is thought to be causing harm, and their relationship to the older person",
                       "what has been seen or reported, and by whom",
                       "health information such as cognitive impairment, frailty or capacity assessments, where it matters for safety or the plan",
                       "whether there is an enduring power of attorney, and who holds it",
                       "income and benefit information, only where financial abuse is suspected",
                       "support the older person already has"]),
            ]),
            dict(key="legal-authority", head="The law that lets us share", blocks=[
                ("p", "This protocol does not authorise any sharing by itself. Each purpose relies on one or more of the authorities below."),
                ("p", "**Authority A** – Family Violence Act 2018, section 20, where the harm is by a family member or someone in a close personal relationship with the older person, including a carer."),
                ("p", "**Authority B** – Privacy Act 2020, information privacy principle 11(1)(c): the older person has agreed to the sharing."),
                ("p", "**Authority C** – Privacy Act 2020, information privacy principle 11(1)(f), and for health information the Health Information Privacy Code 2020, rule 11(2)(d): there is a serious threat to the older person's life, health or safety."),
                ("t", [["Purpose", "Authority"],
                       ["1 – Understand the risk", "See authorities A and B"],
                       ["2 – Agree a support and safety plan", "See authorities A and B"],
                       ["3 – Prevent or lessen a serious threat", "See authority C"]],
                 {"widths": [9, 7.4], "fill": "DEEAF6"}),
            ]),
            dict(key="use-of-information", head="How we use what we learn", blocks=[
                ("p", "We use information from the group only for the purposes in part 3, and only in the ways the older person would reasonably expect, unless there is a serious threat."),
                ("p", "Members keep shared information in their own records only when they need it for an action agreed at the group. They record where it came from, the authority, the purpose, any limits on use, and the date."),
                ("p", "Any other use needs a fresh check of the purpose and the law with the member's privacy team."),
            ]),
            dict(key="transparency", head="Letting people know", blocks=[
                ("p", "Older people are at the centre of this work. Unless it would put them in danger, we tell the older person that their situation will be discussed by the group, who is in the group, and why. We respect their wishes wherever we can."),
                ("p", "Where the older person cannot understand because of their health, we talk with their welfare guardian or attorney, unless that person is the one thought to be causing harm."),
                ("p", "Age Concern Whanganui's privacy statement and brochure describe the group. Each member's own privacy statement covers its part."),
            ]),
            dict(key="method-of-sharing", head="How we share", blocks=[
                ("b", ["Referrals come to the Age Concern coordinator by phone or by email with a password-protected attachment.",
                       "The coordinator sends the agenda, with first names and initials only, two days before the meeting.",
                       "Information is mostly shared by talking at the meeting, in person at Age Concern's office or by Teams.",
                       "Actions are recorded in a single action log kept by Age Concern."]),
            ]),
            dict(key="security-classification", head="Security classification", blocks=[
                ("p", "Information shared at the group is IN-CONFIDENCE."),
            ]),
            dict(key="security-controls", head="Keeping it safe", blocks=[
                ("t", [["What we always do", "What we never do"],
                       ["Complete our agency's privacy and information security training before attending.", "Share information from a personal phone, tablet or email account – only agency-approved devices are used."],
                       ["Password protect any email attachment that contains personal information.", "Put personal information in the Teams chat, record the meeting or take screenshots."],
                       ["Collect and shred all printed papers at the end of each meeting.", "Hand printed papers to representatives from other agencies."]],
                 {"widths": [8.2, 8.2], "fill": "DEEAF6"}),
            ]),
            dict(key="tikanga", head="Tikanga", blocks=[
                ("p", "Kaumātua are taonga to their whānau, hapū and iwi. Te Puāwai Hauora advises the group on tikanga and leads contact with kaumātua and their whānau where that is wanted."),
                ("b", ["We ask kaumātua how they want their whānau involved, and respect that decisions may be made collectively.",
                       "Information about whakapapa, whenua or Māori land interests is only shared when it is needed for the plan and the kaumātua agrees.",
                       "We use te reo Māori names correctly and meet kanohi ki te kanohi (face to face) where we can."]),
            ]),
            dict(key="retention-disposal", head="Keeping and destroying information", blocks=[
                ("p", "Age Concern keeps the action log and meeting notes securely for ten years after the case closes, as required by its funding agreement, then destroys them."),
                ("p", "Members delete emailed agendas and attachments once anything they need has been saved in their agency's approved system, and keep saved information only for as long as they need it for the agreed action."),
            ]),
            dict(key="breach-management", head="If there is a privacy breach", blocks=[
                ("p", "Contact the group's breach contact as soon as you know about a breach:"),
                ("p", "Service Manager, Age Concern Whanganui, phone 06 345 1234, email manager@agewhanganui.org.nz"),
                ("p", "The breach contact will work with the members involved to contain the breach, decide what to tell the older person, and make sure the responsible agency considers whether to notify the Privacy Commissioner."),
            ]),
            dict(key="conflicts-of-interest", head="Conflicts of interest", blocks=[
                ("p", "If you know the older person or the person thought to be causing harm, tell the chair before they are discussed. You will leave the meeting for that discussion, and another person from your agency will respond to any request for information about them."),
            ]),
            dict(key="relationship-management", head="Looking after this agreement", blocks=[
                ("p", "Each member names a relationship manager. The relationship managers meet with the Age Concern Manager every six months to check that the protocol is being followed and is still fit for purpose, and they support their representatives with any questions about sharing."),
            ]),
            dict(key="review", head="Checking this agreement", blocks=[
                ("p", "This protocol is reviewed every two years. Age Concern Whanganui is responsible for starting the review."),
                ("p", "Next review due: 31 July 2027."),
            ]),
            dict(key="approval", head="Signing this agreement", blocks=[
                ("sig_grid", copy.deepcopy(D_SIGS)),
            ]),
        ],
        "core": dict(author="Margaret Hoskins", title="Whanganui Elder Abuse Response Group Information Sharing Protocol",
                     created=utc(2025, 5, 12), modified=utc(2025, 7, 28, 14)),
    }


# --------------------------------------------------------------------------
# Base E: Hoki Mai ki te Kainga reintegration hui (Whanau Ora collective lead)
# --------------------------------------------------------------------------

E_SIGS = [
    dict(org="Te Kāhui Oranga Whānau Ora Collective", name="Rāwiri Kereama", role="Kaiwhakahaere Matua (General Manager)", date="18 August 2025"),
    dict(org="Ara Poutama Aotearoa – Department of Corrections", name="Sandra Lealaiauloto", role="Regional Commissioner, Central Region", date="25 August 2025"),
    dict(org="Ministry of Social Development", name="Mike Waaka", role="Regional Commissioner, Waikato", date="20 August 2025"),
    dict(org="Kāinga Ora – Homes and Communities", name="Nicola Brett", role="Regional Director, Waikato", date="27 August 2025"),
    dict(org="Te Whatu Ora – Waikato", name="Dr Hone Paki", role="Clinical Director, Mental Health and Addictions", date="2 September 2025"),
    dict(org="Te Ara Hauora", name="Ngaire Tūhoro", role="Chief Executive", date="19 August 2025"),
]


def base_e():
    return {
        "style": dict(font="Calibri", size=11.5, hsize=15, tsize=22, numbered=False,
                      outline=True, hcolor="7F3F00"),
        "header": "IN-CONFIDENCE",
        "footer": "IN-CONFIDENCE",
        "title": ["Hoki Mai ki te Kāinga",
                  "Waikato reintegration hui – information sharing agreement",
                  "Lead agency: Te Kāhui Oranga Whānau Ora Collective"],
        "intro": [
            ("p", "He waka eke noa – we are all in this waka together."),
        ],
        "sections": [
            dict(key="attending-agencies", head="Who attends", blocks=[
                ("p", "Te Kāhui Oranga Whānau Ora Collective is the lead agency. It calls the hui, chairs it and looks after this agreement. The members are:"),
                ("b", ["Te Kāhui Oranga Whānau Ora Collective (lead agency)",
                       "Ara Poutama Aotearoa (Corrections), Waikato",
                       "Ministry of Social Development (MSD)",
                       "Kāinga Ora",
                       "Te Whatu Ora – Waikato",
                       "Te Ara Hauora (kaupapa Māori health provider)"]),
            ]),
            dict(key="meeting-purpose", head="Why we meet", blocks=[
                ("p", "Coming home from prison is hard, and the first weeks matter most. Every fortnight we hold a hui for people who will be released from Waikeria or Spring Hill to Kirikiriroa in the next six to eight weeks. With the person and their whānau, we plan their return home so that housing, income, health and whānau support are in place on the day they walk out the gate."),
            ]),
            dict(key="sharing-purpose", head="Why we share information", blocks=[
                ("n", ["To plan a safe return home with the person and their whānau.",
                       "To arrange housing, income, health and addiction support before release.",
                       "To prevent or lessen a serious threat to the life, health or safety of the person, their whānau or anyone else."]),
            ]),
            dict(key="information-shared", head="What we share", blocks=[
                ("b", ["name, date of birth, release date and release address options",
                       "release conditions that affect where the person can live or who they can see (Corrections)",
                       "benefit eligibility and any debts that affect housing (MSD)",
                       "housing history and tenancy options (Kāinga Ora)",
                       "health, mental health and addiction needs that the person agrees can be shared (Te Whatu Ora, Te Ara Hauora)",
                       "who is in the whānau and what support they can give"]),
            ]),
            dict(key="legal-authority", head="The law that lets us share", blocks=[
                ("p", "**Purposes 1 and 2:** Privacy Act 2020, IPP 11(1)(c) – the person has agreed in writing; and for health information, Health Information Privacy Code 2020, rule 11(1)(b)."),
                ("p", "**Purpose 3:** Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)."),
                ("p", "This agreement does not itself authorise sharing. It records the law each purpose relies on. If you are not sure the law fits, check with your privacy or legal team before you share."),
            ]),
            dict(key="use-of-information", head="How we use what we learn", blocks=[
                ("p", "We only use what is shared at the hui to plan and support the person's return home, or to respond to a serious threat."),
                ("p", "Members save hui information into their own systems only when they need it to do an agreed task, and note its source, the law it was shared under, the purpose, any limits and the date."),
                ("p", "Using hui information for anything else, such as a new investigation, needs its own purpose and legal authority. Ask your privacy team."),
            ]),
            dict(key="transparency", head="Letting people know", blocks=[
                ("p", "Taking part is voluntary. The person's case manager explains the hui and the consent form, and the person signs it before their first hui. They choose which whānau members come."),
                ("p", "The person can withdraw consent at any time, and we will stop sharing under purposes 1 and 2."),
                ("p", "If we need to share under purpose 3 without their agreement, we tell them afterwards unless that would put someone at risk."),
                ("p", "The collective's website and each member's privacy statement describe the hui."),
            ]),
            dict(key="method-of-sharing", head="How we share", blocks=[
                ("b", ["The Corrections case manager sends the referral and signed consent form to the collective as a password-protected attachment.",
                       "The collective sends the hui agenda to members two days before.",
                       "Hui are held at the collective's whare. The person joins from prison by audio-visual link, and members who cannot attend in person join by Teams.",
                       "The collective writes up the release plan and sends each member only the actions it owns."]),
            ]),
            dict(key="security-classification", head="How we label information", blocks=[
                ("p", "The information we share is IN-CONFIDENCE. Hui documents carry the IN-CONFIDENCE marking in the header and footer."),
            ]),
            dict(key="security-controls", head="Keeping it safe", blocks=[
                ("b", ["Every representative has completed their agency's privacy and information security training.",
                       "Attachments with personal information are password protected, and the password is sent separately.",
                       "We only share from devices our agency has approved.",
                       "Printed papers are shredded at the end of the hui.",
                       "Printed papers are never handed to other members.",
                       "When joining online we don't use the chat for personal information, don't record the hui and don't take screenshots."]),
            ]),
            dict(key="tikanga", head="Tikanga", blocks=[
                ("p", "Whānau Ora puts whānau at the centre. Most people at the hui are Māori, and the hui runs on tikanga:"),
                ("b", ["We open with karakia and mihimihi, and close with karakia.",
                       "The person and their whānau speak first about what they want.",
                       "Information about the person and their whānau is taonga. We hold it as kaitiaki and treat it with care, following the Te Mana Raraunga principles.",
                       "Kaumātua from the collective guide the hui when there are questions about what is tika."]),
            ]),
            dict(key="retention-disposal", head="Keeping and destroying information", blocks=[
                ("p", "The collective keeps the release plan and hui notes in its secure client system for seven years after the person's last contact with the collective, then destroys them."),
                ("p", "Other members keep only what they need to carry out their actions, for as long as they need it, under their own retention and disposal rules. Emailed agendas and attachments are deleted once actions are saved."),
            ]),
            dict(key="breach-management", head="If there is a privacy breach", blocks=[
                ("p", "Tell our breach contact straight away, and your own privacy officer:"),
                ("t", [["Breach contact", "Agency", "Phone", "Email"],
                       ["Operations Lead", "Te Kāhui Oranga Whānau Ora Collective", "07 839 2200", "privacy@tekahuioranga.org.nz"]],
                 {"widths": [3.5, 5.5, 2.8, 4.6], "fill": "FBE5D6"}),
                ("p", "The Operations Lead pulls together the members involved to contain the breach and agree what to tell the person and their whānau. The agency responsible decides whether the breach must be notified to the Privacy Commissioner."),
            ]),
            dict(key="conflicts-of-interest", head="Conflicts of interest", blocks=[
                ("p", "Whānau connections are common in Kirikiriroa. If you are related to or know the person or their whānau, tell the chair before the hui. You will not take part in that hui, and a colleague will respond to any request about them."),
            ]),
            dict(key="relationship-management", head="Looking after this agreement", blocks=[
                ("p", "Each member names a relationship manager who supports their representative and checks in with them every quarter. The relationship managers meet with the collective twice a year to look at how the sharing is going and fix any problems early."),
            ]),
            dict(key="review", head="Checking this agreement", blocks=[
                ("p", "We check this agreement every eighteen (18) months from the date of the last signature. Te Kāhui Oranga Whānau Ora Collective starts the check, and any member can ask for one sooner."),
            ]),
            dict(key="approval", head="Signing this agreement", blocks=[
                ("p", "Signed by each member agency:"),
                ("sig_lines", copy.deepcopy(E_SIGS),
                 dict(fields=[("Name", "name"), ("Role", "role"), ("Organisation", "org"), ("Date", "date")], tab=3.2)),
            ]),
        ],
        "core": dict(author="Te Kāhui Oranga", title="Hoki Mai ki te Kāinga – information sharing agreement",
                     created=utc(2025, 6, 2), modified=utc(2025, 9, 2, 12)),
    }


# --------------------------------------------------------------------------
# Legacy: Nelson Tasman Elder Abuse Response Network (2019)
# --------------------------------------------------------------------------


def legacy_nelson():
    sigs = [
        dict(org="Age Concern Nelson Tasman", name="Barbara Fitzgerald", role="Manager", date="2 August 2019"),
        dict(org="New Zealand Police", name="Senior Sergeant Craig Lowe", role="Family Harm Coordinator, Nelson Bays", date="5 August 2019"),
        dict(org="Nelson Marlborough District Health Board", name="Dr Alison Reid", role="Clinical Director, Older Persons Health", date="9 August 2019"),
        dict(org="Ministry of Social Development", name="Gary Tomlin", role="Regional Commissioner, Nelson", date="12 August 2019"),
        dict(org="Te Hauora o Whakatū", name="Mere Paul", role="Kaiwhakahaere", date="14 August 2019"),
    ]
    return {
        "style": dict(font="Times New Roman", size=12, hsize=14, tsize=18, numbered=True,
                      numfmt="{n}. {h}"),
        "header": None,
        "footer": "IN-CONFIDENCE",
        "title": ["Nelson Tasman Elder Abuse Response Network",
                  "Information Sharing Protocol – August 2019"],
        "intro": [
            ("p", "This protocol replaces the Network's 2015 memorandum of understanding."),
        ],
        "sections": [
            dict(key="attending-agencies", head="Who attends", blocks=[
                ("b", ["Age Concern Nelson Tasman (lead agency)",
                       "NZ Police – Nelson Bays",
                       "Nelson Marlborough District Health Board",
                       "Ministry of Social Development",
                       "Te Hauora o Whakatū (kaupapa Māori health provider)"]),
            ]),
            dict(key="meeting-purpose", head="Why we meet", blocks=[
                ("p", "The Network meets every month to discuss older people in Nelson and Tasman who may be experiencing abuse or neglect, and to agree how member agencies will support them to be safe."),
            ]),
            dict(key="sharing-purpose", head="Why we share information", blocks=[
                ("p", "1. To assess whether an older person is at risk of abuse or neglect."),
                ("p", "2. To agree a safety plan and which member will do what."),
                ("p", "3. To prevent or lessen a serious threat to an older person's life or health."),
            ]),
            dict(key="information-shared", head="What we share", blocks=[
                ("p", "Name, address and living situation of the older person; the concerns raised; relevant health information; who is thought to be causing harm; and what support is already in place."),
            ]),
            dict(key="legal-authority", head="The law that lets us share", blocks=[
                ("p", "This protocol does not authorise sharing. Members share only where the law allows:"),
                ("p", "Purposes 1 and 2: Family Violence Act 2018, section 20."),
                ("p", "Purpose 3: Privacy Act 1993, principle 11(f), and for health information the Health Information Privacy Code 1994, rule 11(2)(d)."),
            ]),
            dict(key="use-of-information", head="How we use what we learn", blocks=[
                ("p", "Information is only used for the three purposes above. Members only record shared information in their own files when they need it to carry out an agreed action, noting where it came from and why it was shared."),
            ]),
            dict(key="transparency", head="Letting people know", blocks=[
                ("p", "We tell the older person about the Network and that their situation will be discussed, unless this would increase the risk to them. Age Concern's brochure explains the Network."),
            ]),
            dict(key="method-of-sharing", head="How we share", blocks=[
                ("p", "Referrals are sent to the Age Concern coordinator by email with password-protected attachments. Information is shared verbally at the monthly meeting. Members who cannot attend may join by teleconference."),
            ]),
            dict(key="security-classification", head="Security classification", blocks=[
                ("p", "Information shared at the Network is classified IN-CONFIDENCE."),
            ]),
            dict(key="security-controls", head="Keeping it safe", blocks=[
                ("b", ["Members have completed their agency's privacy and information security training.",
                       "All papers are collected and shredded at the end of each meeting.",
                       "Papers are not given to representatives of other agencies.",
                       "Email attachments containing personal information are password protected.",
                       "Information is only shared using work computers and phones approved by the member's agency."]),
            ]),
            dict(key="retention-disposal", head="Keeping and destroying information", blocks=[
                ("p", "Age Concern keeps meeting notes for seven years and then destroys them. Members keep shared information only as long as they need it for the agreed action."),
            ]),
            dict(key="breach-management", head="If there is a privacy breach", blocks=[
                ("p", "Contact the Network coordinator, Age Concern Nelson Tasman, on 03 544 7624 or coordinator@ageconcernnt.org.nz, and your own privacy officer."),
            ]),
            dict(key="conflicts-of-interest", head="Conflicts of interest", blocks=[
                ("p", "Members who know a person being discussed must say so and leave the room for that discussion."),
            ]),
            dict(key="relationship-management", head="Looking after this agreement", blocks=[
                ("p", "Each member agency nominates a manager as its contact for this protocol. Contacts raise any concerns about how the protocol is working with the chair."),
            ]),
            dict(key="review", head="Checking this agreement", blocks=[
                ("p", "The Network will review this protocol every three years."),
            ]),
            dict(key="approval", head="Signing this agreement", blocks=[
                ("sig_lines", sigs,
                 dict(fields=[("Name", "name"), ("Position", "role"), ("Organisation", "org"), ("Signature", None), ("Date", "date")], tab=3.5)),
            ]),
        ],
        "core": dict(author="Barbara Fitzgerald", title="Nelson Tasman Elder Abuse Response Network Information Sharing Protocol",
                     created=utc(2019, 6, 3), modified=utc(2019, 8, 14, 10)),
    }


# --------------------------------------------------------------------------
# Trap: Te Ara Tautoko hub (kaupapa Maori health provider lead) -- deciding
# text only in content controls and tracked changes
# --------------------------------------------------------------------------

EDITOR = "Mere Tāne"


def trap_rotorua():
    sigs = [
        dict(org="Te Pūtahi Hauora", name="Awhina Te Rangi", role="Tumu Whakarae (Chief Executive)", date_sdt=("2026-06-02", "2 June 2026")),
        dict(org="Te Whatu Ora – Lakes", name="Dr James Whitcombe", role="Clinical Director, Mental Health and Addiction Services", date_sdt=("2026-06-09", "9 June 2026")),
        dict(org="New Zealand Police", name="Inspector Phillip Rāwiri", role="Area Commander, Rotorua", date_sdt=("2026-06-05", "5 June 2026")),
        dict(org="Ministry of Social Development", name="Teresa Mahuika", role="Regional Commissioner, Bay of Plenty", date_sdt=("2026-06-12", "12 June 2026")),
        dict(org="Te Rōpū Whānau Ora o Te Arawa", name="Kahu Ngātai", role="Pou Arahi (General Manager)", date_sdt=("2026-06-15", "15 June 2026")),
    ]
    return {
        "style": dict(font="Calibri", size=11, hsize=14, tsize=20, numbered=False, hcolor="2E5E4E"),
        "header": "IN-CONFIDENCE",
        "footer": "Te Ara Tautoko – information sharing agreement",
        "track_revisions": True,
        "title": ["Te Ara Tautoko",
                  "Rotorua mental health and addiction hub – how we share information"],
        "intro": [
            ("p", "Version 1.1 – for signing, June 2026."),
        ],
        "sections": [
            dict(key="attending-agencies", head="Who attends", blocks=[
                ("p", "Te Pūtahi Hauora, a kaupapa Māori health provider, is the lead agency. The hub members are:"),
                ("b", ["Te Pūtahi Hauora (lead agency)",
                       "Te Whatu Ora – Lakes",
                       "New Zealand Police – Rotorua",
                       "Ministry of Social Development",
                       "Te Rōpū Whānau Ora o Te Arawa"]),
            ]),
            dict(key="meeting-purpose", head="Why we meet", blocks=[
                ("p", "Each week we meet to find people in Rotorua with serious mental health or addiction needs who are falling through the gaps – for example people who keep coming to the emergency department, or who Police often meet in crisis – and to join up the help they need, with them and their whānau."),
            ]),
            dict(key="sharing-purpose", head="Why we share information", blocks=[
                ("n", ["To coordinate mental health, addiction and social support for a person who has agreed to be part of the hub.",
                       "To prevent or lessen a serious threat to a person's life or health, or to someone else's safety."]),
            ]),
            dict(key="information-shared", head="What we share", blocks=[
                ("b", ["name, date of birth, contact details and where the person is living",
                       "mental health and addiction needs, current treatment and key contacts",
                       "recent crisis contacts with Police or the emergency department",
                       "income and housing situation (MSD)",
                       "whānau support and what the person wants"]),
            ]),
            dict(key="legal-authority", head="The law that lets us share", blocks=[
                ("p", "This agreement does not itself authorise sharing. It records the law each purpose relies on."),
                ("t", [["Purpose", "Law we rely on"],
                       ["1. Coordinate support (with agreement)", "Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b)"],
                       ["2. Serious threat", "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)"]],
                 {"widths": [7, 9.4], "fill": "E2EFDA"}),
            ]),
            dict(key="use-of-information", head="How we use what we learn", blocks=[
                ("p", "Hub information is used only for the two purposes above. Members save it into their own systems only when they need it for an agreed action, noting the source, law, purpose, limits and date."),
            ]),
            dict(key="transparency", head="Letting people know", blocks=[
                ("p", "The person is asked to agree before they are discussed at the hub, and the kaimahi explains who is at the hub and what will be shared. Where we share under purpose 2 without agreement, we tell the person afterwards unless that would put someone at risk. Each member's privacy statement mentions the hub."),
            ]),
            dict(key="method-of-sharing", head="How we share", blocks=[
                ("p", "The lead agency sends the week's list as a password-protected attachment. Information is shared by talking at the hub, in person or by Teams, and actions are recorded by Te Pūtahi Hauora."),
            ]),
            dict(key="security-classification", head="Security classification", blocks=[
                ("parts", [("t", "Information shared at the hub is classified: "),
                           ("sdt", lambda ids: sdt_dropdown(ids, "Security classification", "classification",
                                                            ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"],
                                                            "IN-CONFIDENCE", bold=True))]),
            ]),
            dict(key="security-controls", head="Keeping it safe", blocks=[
                ("b", ["Representatives have completed privacy and information security training.",
                       "Attachments containing personal information are password protected.",
                       "Information is shared only from devices approved by the member's agency.",
                       "Any printed papers are shredded at the end of the hub.",
                       "Printed papers are not given to other members.",
                       "In online hubs, no personal information goes in the chat, and nobody records the hub or takes screenshots."]),
            ]),
            dict(key="tikanga", head="Tikanga", blocks=[
                ("p", "The hub runs under the tikanga of Te Pūtahi Hauora. We begin and end with karakia, treat information about the person and their whānau as taonga, and involve whānau and kaumātua in the way the person chooses. Te Rōpū Whānau Ora o Te Arawa guides us on the tikanga of Te Arawa."),
            ]),
            dict(key="retention-disposal", head="Keeping and destroying information", blocks=[
                ("parts", [("t", "Te Pūtahi Hauora keeps hub notes in its clinical record system for at least ten years, as its health records policy requires, and other members keep only what they need for their agreed actions, for as long as they need it."),
                           ("del", " Members may also keep copies of hub notes for future reference.", EDITOR)]),
                ("p", "Emailed lists are deleted once actions are saved."),
            ]),
            dict(key="breach-management", head="If there is a privacy breach", blocks=[
                ("parts", [("t", "Breach contact: "),
                           ("sdt", lambda ids: sdt_text(ids, "Breach contact", "breach-contact",
                                                        "Quality and Privacy Lead, Te Pūtahi Hauora, 07 348 5500, privacy@teputahi.org.nz"))]),
                ("p", "Tell the breach contact and your own privacy officer straight away. The members involved work together to contain the breach and decide what to tell the person affected."),
            ]),
            dict(key="conflicts-of-interest", head="Conflicts of interest", blocks=[
                ("p", "If you know the person being discussed, tell the chair and step out for that discussion. A colleague from your agency handles any request about them."),
            ]),
            dict(key="relationship-management", head="Looking after this agreement", blocks=[
                ("p", "Each member names a relationship manager who checks with their representative every quarter that the agreement is working as intended."),
            ]),
            dict(key="review", head="Checking this agreement", blocks=[
                ("parts", [("t", "We review this agreement "),
                           ("del", "as needed", EDITOR),
                           ("ins", "every 12 months", EDITOR),
                           ("t", ". Te Pūtahi Hauora, as lead agency, starts the review, and any member can ask for a review sooner.")]),
            ]),
            dict(key="approval", head="Signing this agreement", blocks=[
                ("sig_lines", sigs,
                 dict(fields=[("Name", "name"), ("Role", "role"), ("Organisation", "org"), ("Date", "date")], tab=3.2)),
            ]),
        ],
        "core": dict(author="Te Pūtahi Hauora", modified_by=EDITOR,
                     title="Te Ara Tautoko information sharing agreement",
                     created=utc(2026, 3, 30), modified=utc(2026, 6, 15, 9)),
    }


# --------------------------------------------------------------------------
# defects: a clean protocol with exactly one realistic defect
# --------------------------------------------------------------------------


def d_isp101_c_no_transparency():
    s = base_c()
    drop_section(s, "transparency")
    return s


def d_isp501_c_no_contact():
    s = base_c()
    section(s, "breach-management")["blocks"] = [
        ("p", "If hub information is lost, sent to the wrong person or misused, tell the hub chair at once and follow your own agency's privacy breach process."),
        ("p", "Each member is responsible for managing breaches of the information it holds and for deciding whether a breach must be notified to the Privacy Commissioner (0800 803 909). The members involved work together to contain the breach and agree what to tell the whānau."),
    ]
    return s


def d_isp301_d_funding_purpose():
    s = base_d()
    section(s, "sharing-purpose")["blocks"] = [
        ("n", ["To understand whether an older person is being abused or neglected, and how serious the risk is.",
               "To agree a support and safety plan with the older person, and who will do what.",
               "To prevent or lessen a serious threat to the older person's life, health or safety.",
               "To give Age Concern New Zealand's national office case details for its funding and service reports."]),
    ]
    return s


def d_isp604_d_overdue():
    s = base_d()
    dates = ["3 June 2024", "10 June 2024", "18 June 2024", "12 June 2024", "24 June 2024", "30 June 2024"]
    sigs = section(s, "approval")["blocks"][0][1]
    for sig, d in zip(sigs, dates):
        sig["date"] = d
    s["intro"] = [("p", "Effective from 30 June 2024")]
    section(s, "review")["blocks"] = [
        ("p", "This protocol is reviewed every year. Age Concern Whanganui is responsible for starting the review."),
        ("p", "Next review due: 30 June 2025."),
    ]
    s["core"].update(created=utc(2024, 4, 15), modified=utc(2024, 6, 30, 14))
    return s


def d_isp703_a_iwi_unsigned():
    s = base_a()
    blk = section(s, "approval")["blocks"][1]
    sigs = [x for x in blk[1] if x["org"] != "Ngāi Te Rangi Iwi Social Services"]
    section(s, "approval")["blocks"][1] = (blk[0], sigs, blk[2])
    return s


def d_isp305_a_permission():
    s = base_a()
    blocks = section(s, "legal-authority")["blocks"]
    blocks[0] = ("p", "This agreement gives members of the safety table permission to share information with each other about the whānau we discuss. The table below shows the laws that sit behind it.")
    return s


def d_isp702_b_no_role():
    s = base_b()
    blk = section(s, "approval")["blocks"][1]
    for sig in blk[1]:
        if sig["org"].startswith("Ministry of Social Development"):
            sig["role"] = None
    return s


def d_isp801_b_future_reference():
    s = base_b()
    section(s, "retention-disposal")["blocks"][1] = (
        "p", "Hub members delete emailed agendas and attachments once anything they need is saved in their own system. Hub members may keep their own copy of hub notes for future reference.")
    return s


def d_isp451_e_secure_email():
    s = base_e()
    ctl = section(s, "security-controls")["blocks"][0][1]
    ctl[1] = "Emails with personal information are only sent by secure email (SEEMail, or TLS-encrypted email between member agencies)."
    meth = section(s, "method-of-sharing")["blocks"][0][1]
    meth[0] = "The Corrections case manager sends the referral and signed consent form to the collective by secure email."
    return s


def d_isp402_e_unclassified():
    s = base_e()
    section(s, "security-classification")["blocks"] = [
        ("p", "Information shared at the hui is UNCLASSIFIED. As a community collective we don't use the government's security classifications, but we still treat everything shared at the hui as private and follow the safety rules below."),
    ]
    s["header"] = "UNCLASSIFIED"
    s["footer"] = "UNCLASSIFIED"
    return s


# --------------------------------------------------------------------------
# corpus and truth
# --------------------------------------------------------------------------

CORPUS = [
    ("clean-01-refuge-safety-table-tauranga.docx", base_a, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Women's Refuge-led family violence safety table; numbered plain-phrase headings, purpose/law table, SENSITIVE in body and header, 'Name:<tab>' signature lines, a sentence forbidding just-in-case keeping."}),
    ("clean-02-barnardos-tamariki-hub-otautahi.docx", base_b, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Barnardos-led children's wellbeing hub; unnumbered question headings, one authority for 'Purposes 1 and 2' (OT Act s 66C), signatures as one table cell per agency with w:br between name, role and date."}),
    ("clean-03-iwi-kainga-hub-heretaunga.docx", base_c, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Iwi social services-led housing hub; attending agencies in a table with macrons dropped, 'Purpose 1/2/3' paragraphs matched in a three-column law table, classification under 'Security marking', 'Organisation:<tab>' signature lines."}),
    ("clean-04-age-concern-elder-abuse-whanganui.docx", base_d, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Age Concern-led elder abuse group; purposes point at labelled authorities A-C ('see authority C'), security controls in a two-column 'What we always do | What we never do' table (the virtual-meeting and hard-copy-handover controls are stated only by the column heading 'never'), signatures in a two-column grid of cells with w:br, review every two years with next date 31 July 2027."}),
    ("clean-05-whanau-ora-reintegration-waikato.docx", base_e, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Whānau Ora collective-led reintegration hui; headings with outline level but Normal style, 'Purposes 1 and 2'/'Purpose 3' authority lines, breach contact in a Role|Agency|Phone|Email table, review every eighteen (18) months."}),

    ("defect-isp101-iwi-kainga-hub-no-letting-people-know.docx", d_isp101_c_no_transparency, {
        "kind": "defect", "expect": [{"rule": "ISP101", "data": {"section": "transparency"}}], "tolerate": [],
        "note": "clean-03 with the whole 'Letting people know' part left out; nothing else about notifying whānau remains except the consent form note in the law table."}),
    ("defect-isp501-iwi-kainga-hub-no-breach-contact.docx", d_isp501_c_no_contact, {
        "kind": "defect", "expect": [{"rule": "ISP501"}], "tolerate": [],
        "note": "clean-03 whose breach part says only 'tell the hub chair' and each agency's own process, with the Privacy Commissioner's 0800 number as the only phone number."}),
    ("defect-isp301-age-concern-funding-purpose.docx", d_isp301_d_funding_purpose, {
        "kind": "defect", "expect": [{"rule": "ISP301", "data_contains": {"purpose": "funding and service reports"}}], "tolerate": [],
        "note": "clean-04 with a fourth purpose (case details to Age Concern NZ national office for funding reports) that the purpose/authority table never covers."}),
    ("defect-isp604-age-concern-review-overdue.docx", d_isp604_d_overdue, {
        "kind": "defect", "expect": [{"rule": "ISP604", "data": {"due": "2025-06-30"}}], "tolerate": [],
        "note": "clean-04 signed in June 2024 (last signature 30 June 2024), reviewed every year, 'Next review due: 30 June 2025' – overdue on 2026-11-24."}),
    ("defect-isp703-refuge-iwi-provider-unsigned.docx", d_isp703_a_iwi_unsigned, {
        "kind": "defect", "expect": [{"rule": "ISP703", "data": {"agency": "Ngāi Te Rangi Iwi Social Services"}}], "tolerate": [],
        "note": "clean-01 where the iwi provider is listed under 'Who attends' (and advises on tikanga) but has no 'Signed for' block."}),
    ("defect-isp305-refuge-agreement-gives-permission.docx", d_isp305_a_permission, {
        "kind": "defect", "expect": [{"rule": "ISP305", "data_contains": {"text": "permission to share"}}], "tolerate": [],
        "note": "clean-01 whose law part opens 'This agreement gives members of the safety table permission to share information…' instead of saying the law, not the agreement, permits sharing."}),
    ("defect-isp702-barnardos-msd-no-role.docx", d_isp702_b_no_role, {
        "kind": "defect", "expect": [{"rule": "ISP702", "data": {"missing": ["role"]}}], "tolerate": [],
        "note": "clean-02 where the MSD signature cell holds only the signatory's name and the date, with no role line between them."}),
    ("defect-isp801-barnardos-notes-future-reference.docx", d_isp801_b_future_reference, {
        "kind": "defect", "expect": [{"rule": "ISP801", "data_contains": {"text": "future reference"}}], "tolerate": [],
        "note": "clean-02 whose 'How long do we keep information?' part lets members keep their own copy of hub notes for future reference."}),
    ("defect-isp451-whanau-ora-secure-email-only.docx", d_isp451_e_secure_email, {
        "kind": "defect", "expect": [{"rule": "ISP451", "data": {"control": "password-protection"}}], "tolerate": [],
        "note": "clean-05 where the password-protected attachment control (in both 'How we share' and 'Keeping it safe') is replaced by sending by secure email (SEEMail/TLS)."}),
    ("defect-isp402-whanau-ora-unclassified.docx", d_isp402_e_unclassified, {
        "kind": "defect", "expect": [{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}], "tolerate": [],
        "note": "clean-05 where the collective labels hui information UNCLASSIFIED in the body and in the header and footer (so no mismatch)."}),

    ("legacy-nelson-elder-abuse-2019.docx", legacy_nelson, {
        "kind": "legacy",
        "expect": [
            {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
            {"rule": "ISP303", "data_contains": {"authority": "Health Information Privacy Code 1994"}},
            {"rule": "ISP101", "data": {"section": "tikanga"}},
            {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
            {"rule": "ISP602", "data": {"months": 36}},
            {"rule": "ISP603"},
            {"rule": "ISP604", "data": {"due": "2022-08-14"}},
        ],
        "tolerate": ["ISP302", "ISP301"],
        "note": "2019 Age Concern network protocol: purpose 3 relies on the Privacy Act 1993 and HIPC 1994, no Tikanga part, teleconference but no virtual-meeting control, 'review every three years' with no agency named, last signature 14 August 2019."}),
    ("trap-rotorua-hub-content-controls-tracked-changes.docx", trap_rotorua, {
        "kind": "trap", "expect": [{"rule": "ISP202"}], "tolerate": [],
        "note": "Kaupapa Māori provider-led hub: classification only in a filled drop-down content control, breach contact only in a filled text control, signing dates in date pickers; three unresolved tracked changes – the review period exists only as an insertion ('as needed' -> 'every 12 months') and a 'for future reference' keeping sentence is a tracked deletion, so accepted text has no ISP601/ISP801."}),
]

STYLE = ("NGO-led regional safety tables and community hubs (Women's Refuge, Barnardos, iwi social services, "
         "kaupapa Māori health, Whānau Ora, Age Concern) in plain language; question or plain-phrase headings "
         "as bold larger Normal text, sometimes hand-numbered; agencies named loosely; signatures as "
         "'Name:<tab>' lines or w:br lines inside one table cell.")


def main():
    truth = {"as_of": "2026-11-24", "style": STYLE, "files": {}}
    for name, fn, t in CORPUS:
        render(fn(), os.path.join(OUT, name))
        truth["files"][name] = t
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built %d documents" % len(CORPUS))


if __name__ == "__main__":
    main()
