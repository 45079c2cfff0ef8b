#!/usr/bin/env python3
"""Build the matrix-table blind corpus deterministically: python build.py"""
import io
import zipfile
import datetime as dt

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_ids = {"sdt": 1000, "rev": 1}


def _next(kind):
    _ids[kind] += 1
    return _ids[kind]


def reset_ids():
    _ids["sdt"] = 1000
    _ids["rev"] = 1


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _run_xml(text, bold=False, deleted=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{_esc(text)}</{tag}></w:r>'


# --------------------------------------------------------------------- runs

def add_segments(p, segs):
    """segs: str or list of str / tuples.
    ("b", text)                         bold run
    ("i", text)                         italic run
    ("drop", alias, [items], selected)   drop-down content control
    ("text", alias, text)                plain text content control (filled)
    ("date", alias, iso, shown)          date picker content control (filled)
    ("ins", text, author, when)          tracked insertion
    ("del", text, author, when)          tracked deletion
    """
    if isinstance(segs, str):
        segs = [segs]
    for seg in segs:
        if isinstance(seg, str):
            p.add_run(seg)
            continue
        kind = seg[0]
        if kind == "b":
            p.add_run(seg[1]).bold = True
        elif kind == "i":
            p.add_run(seg[1]).italic = True
        elif kind == "drop":
            _, alias, items, selected = seg
            li = '<w:listItem w:displayText="Choose an item." w:value=""/>' + "".join(
                f'<w:listItem w:displayText="{_esc(i)}" w:value="{_esc(i)}"/>' for i in items)
            xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{_esc(alias)}"/>'
                   f'<w:tag w:val="{_esc(alias)}"/><w:id w:val="{_next("sdt")}"/>'
                   f'<w:dropDownList w:lastValue="{_esc(selected)}">{li}</w:dropDownList></w:sdtPr>'
                   f'<w:sdtContent>{_run_xml(selected)}</w:sdtContent></w:sdt>')
            p._p.append(parse_xml(xml))
        elif kind == "text":
            _, alias, text = seg
            xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{_esc(alias)}"/>'
                   f'<w:tag w:val="{_esc(alias)}"/><w:id w:val="{_next("sdt")}"/><w:text/></w:sdtPr>'
                   f'<w:sdtContent>{_run_xml(text)}</w:sdtContent></w:sdt>')
            p._p.append(parse_xml(xml))
        elif kind == "date":
            _, alias, iso, shown = seg
            xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{_esc(alias)}"/>'
                   f'<w:tag w:val="{_esc(alias)}"/><w:id w:val="{_next("sdt")}"/>'
                   f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/>'
                   f'<w:lid w:val="en-NZ"/><w:storeMappedDataAs w:val="dateTime"/>'
                   f'<w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                   f'<w:sdtContent>{_run_xml(shown)}</w:sdtContent></w:sdt>')
            p._p.append(parse_xml(xml))
        elif kind in ("ins", "del"):
            _, text, author, when = seg
            tag = "w:ins" if kind == "ins" else "w:del"
            xml = (f'<{tag} {nsdecls("w")} w:id="{_next("rev")}" w:author="{_esc(author)}" '
                   f'w:date="{when}">{_run_xml(text, deleted=(kind == "del"))}</{tag}>')
            p._p.append(parse_xml(xml))
        else:
            raise ValueError(kind)


# --------------------------------------------------------------------- cells

_TCPR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    for tag in _TCPR_AFTER_SHD:
        nxt = tcPr.find(qn(tag))
        if nxt is not None:
            nxt.addprevious(shd)
            return
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trPr.append(el)


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblPr = table._tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if i < len(widths_cm):
                cell.width = Cm(widths_cm[i])


def _para(cell, state):
    """Return a paragraph to write into: reuse the cell's empty first paragraph once."""
    if not state["used_first"]:
        state["used_first"] = True
        return cell.paragraphs[0]
    return cell.add_paragraph()


def fill_cell(cell, blocks, width_cm=None):
    """blocks: list of
      str / list-of-segments                 -> paragraph
      ("h", text)                            -> bold lead-in paragraph
      ("bullets", [items])                   -> bulleted paragraphs (items may be segment lists)
      ("table", rows, widths, header_bool)   -> nested table (cells may be segment lists or lists of lines)
    """
    if isinstance(blocks, str):
        blocks = [blocks]
    state = {"used_first": False}
    for blk in blocks:
        if isinstance(blk, tuple) and blk and blk[0] == "h":
            p = _para(cell, state)
            p.add_run(blk[1]).bold = True
        elif isinstance(blk, tuple) and blk and blk[0] == "bullets":
            for item in blk[1]:
                p = _para(cell, state)
                p.style = "List Bullet"
                add_segments(p, item)
        elif isinstance(blk, tuple) and blk and blk[0] == "table":
            rows, widths, header = blk[1], blk[2], blk[3]
            if not state["used_first"]:
                # drop the empty first paragraph so the nested table starts the cell
                first = cell.paragraphs[0]._p
                first.getparent().remove(first)
                state["used_first"] = True
            t = cell.add_table(len(rows), len(rows[0]))
            t.style = "Table Grid"
            for r, rowvals in enumerate(rows):
                for c, val in enumerate(rowvals):
                    tc = t.cell(r, c)
                    _fill_simple(tc, val, bold=(header and r == 0))
                    if header and r == 0:
                        shade(tc, "D9E2F3")
            if header:
                repeat_header(t.rows[0])
            set_widths(t, widths)
        else:
            p = _para(cell, state)
            add_segments(p, blk)


def _fill_simple(cell, val, bold=False):
    """Nested-table cell: str, list of segments, or ("lines", [..]) for several paragraphs."""
    if isinstance(val, tuple) and val and val[0] == "lines":
        first = True
        for line in val[1]:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            add_segments(p, line)
        return
    p = cell.paragraphs[0]
    if bold and isinstance(val, str):
        p.add_run(val).bold = True
    else:
        add_segments(p, val)


# --------------------------------------------------------------------- document

def new_document(header=None, footer=None, font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    if header:
        hp = sec.header.paragraphs[0]
        hp.alignment = 1
        r = hp.add_run(header)
        r.bold = True
        r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.alignment = 1
        fp.add_run(footer).font.size = Pt(8)
    return doc


def title_block(doc, title, subtitle=None, version=None):
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    if subtitle:
        p = doc.add_paragraph()
        r = p.add_run(subtitle)
        r.font.size = Pt(12)
    if version:
        p = doc.add_paragraph()
        r = p.add_run(version)
        r.italic = True
        r.font.size = Pt(9)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def matrix(doc, rows, layout, widths, header=None, label_fill="E7E6E6"):
    """rows: dicts with label, content, and optionally num, group, resp.
    layout: '2col' (label | content), '3num' (num | label | content),
            'group' (group | label | content, group merged vertically),
            '3resp' (label | content | responsible)."""
    ncols = 2 if layout == "2col" else 3
    n = len(rows) + (1 if header else 0)
    t = doc.add_table(rows=n, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    off = 0
    if header:
        for i, h in enumerate(header):
            c = t.cell(0, i)
            c.paragraphs[0].add_run(h).bold = True
            shade(c, "1F3864")
            for r in c.paragraphs[0].runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        repeat_header(t.rows[0])
        off = 1
    if layout == "group":
        # merge group cells first
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1]["group"] == rows[i]["group"]:
                j += 1
            top = t.cell(i + off, 0)
            if j > i:
                top = top.merge(t.cell(j + off, 0))
            top.paragraphs[0].add_run(rows[i]["group"]).bold = True
            shade(top, "BDD7EE")
            i = j + 1
    for k, row in enumerate(rows):
        r = k + off
        if layout == "2col":
            lab, con = t.cell(r, 0), t.cell(r, 1)
        elif layout == "3num":
            numc, lab, con = t.cell(r, 0), t.cell(r, 1), t.cell(r, 2)
            numc.paragraphs[0].add_run(row.get("num", "")).bold = True
            shade(numc, label_fill)
        elif layout == "group":
            lab, con = t.cell(r, 1), t.cell(r, 2)
        elif layout == "3resp":
            lab, con, resp = t.cell(r, 0), t.cell(r, 1), t.cell(r, 2)
            fill_cell(resp, row.get("resp", ""))
        label = row["label"]
        if row.get("num") and layout == "2col":
            label = f'{row["num"]} {label}'
        lab.paragraphs[0].add_run(label).bold = True
        shade(lab, label_fill)
        fill_cell(con, row["content"])
    set_widths(t, widths)
    return t


def set_core(doc, title, author, created, modified=None, subject=None, keywords=None,
             revision=1, last_by=None):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = last_by or author
    cp.created = created
    cp.modified = modified or created
    cp.revision = revision
    cp.subject = subject or ""
    cp.keywords = keywords or ""
    cp.comments = ""
    cp.category = "Information sharing protocol"
    cp.last_printed = created


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ============================================================ BASE A
# Whangārei Family Violence Safety Table: title + version line, one 2-column matrix.

A_AGENCIES = [
    "New Zealand Police",
    "Oranga Tamariki",
    "Health New Zealand – Te Whatu Ora",
    "Department of Corrections",
    "Kahu Ora Whānau Services Trust",
    "Whangārei Women's Refuge",
]


def base_a(claims_authority=False):
    legal_intro = (
        "Signing this protocol gives Safety Table members the legal authority to share "
        "information with one another, so representatives do not need to seek approval "
        "case by case. The provisions below are listed for reference."
        if claims_authority else
        "This protocol does not make any sharing lawful by itself. Before disclosing, each "
        "representative must be satisfied that the provision listed against the purpose "
        "applies to the information and to the agency receiving it.")
    rows = [
        dict(num="1.", label="Agencies at the table", content=[
            "The agencies below attend the Safety Table and have each signed this protocol:",
            ("bullets", ["New Zealand Police (lead agency)"] + A_AGENCIES[1:]),
            "New Zealand Police convenes the Safety Table, provides the chair and the "
            "coordinator, and is responsible for developing and maintaining this protocol.",
        ]),
        dict(num="2.", label="Why the Safety Table meets", content=[
            "The Safety Table meets each weekday morning to consider family violence episodes "
            "reported in the Whangārei and Kaipara area over the previous working day. Members "
            "decide which episodes need a coordinated response and agree which agency will act, "
            "so that adult victims, tamariki and their whānau are safer.",
        ]),
        dict(num="3.", label="Why we share information", content=[
            "Information about the people in an episode is shared for these purposes only:",
            "P1  To assess the level of risk to the victim and to any children in the household.",
            "P2  To agree a safety plan and which agency will lead contact with the whānau.",
            "P3  To check, at later meetings, whether agreed actions have been completed and "
            "whether the risk has changed.",
        ]),
        dict(num="4.", label="What may be shared", content=[
            "Only what is relevant to P1–P3 is shared. Depending on the episode this may include:",
            ("bullets", [
                "Police: the episode narrative, previous family violence call-outs, protection "
                "orders, bail conditions and firearms licence status;",
                "Oranga Tamariki: whether there is an open case or a recent report of concern, "
                "and the allocated social worker;",
                "Health New Zealand – Te Whatu Ora: relevant injury presentations, pregnancy, and "
                "whether the person is engaged with mental health or addiction services;",
                "Department of Corrections: sentence or release conditions and the probation "
                "officer's name;",
                "Kahu Ora Whānau Services Trust and Whangārei Women's Refuge: current "
                "engagement with the whānau and safety concerns they have noted.",
            ]),
            "Representatives do not bring full case files to the table.",
        ]),
        dict(num="5.", label="Legal basis for sharing", content=[
            legal_intro,
            ("table", [
                ["Purpose", "Legal authority", "Notes"],
                ["P1 Assess risk", "Family Violence Act 2018, s 20",
                 "Request and disclosure to help ensure a victim is protected from family violence."],
                ["P2 Agree a safety plan",
                 "Family Violence Act 2018, s 20; Oranga Tamariki Act 1989, s 66C where a child "
                 "or young person is involved",
                 "Section 66C applies only between child welfare and protection agencies and "
                 "independent persons."],
                ["P3 Review actions and risk", "Family Violence Act 2018, s 20",
                 "Limited to progress on agreed actions."],
            ], [2.8, 4.7, 4.8], True),
            "Where a representative believes on reasonable grounds that there is a serious threat "
            "to someone's life or health, their agency may also rely on Privacy Act 2020, "
            "IPP 11(1)(f), or for health information on the Health Information Privacy Code 2020, "
            "rule 11(2)(d).",
        ]),
        dict(num="6.", label="How shared information is used", content=[
            "Information received at the table is used only for the purpose it was shared for.",
            "An agency records shared information in its own system only where it needs it to "
            "carry out an action agreed at the table. The record notes the source agency, the "
            "legal authority, the purpose, any restriction on use, and the date shared.",
            "Any other use is a secondary use and needs its own assessment with the agency's "
            "privacy or legal team before it happens.",
        ]),
        dict(num="7.", label="Telling people about the sharing", content=[
            ("bullets", [
                "The agency leading contact tells the victim that the Safety Table has discussed "
                "their situation and what support is offered, unless doing so would increase the "
                "risk to them or to their children.",
                "Where telling a person is delayed for safety reasons, the reason is recorded in "
                "the action log and revisited at the next review of the episode.",
                "Each agency's privacy statement says that it takes part in family violence "
                "multi-agency meetings and why.",
            ]),
        ]),
        dict(num="8.", label="How information is shared", content=[
            ("bullets", [
                "By 8.00 am the Police coordinator sends the day's episode list to nominated "
                "representatives by SEEMail, as a password-protected attachment.",
                "Most information is shared verbally at the meeting, in person at Whangārei "
                "Police Station or by Microsoft Teams from agency premises.",
                "Agreed actions are recorded by the coordinator in the action log held by Police.",
            ]),
        ]),
        dict(num="9.", label="Classification", content=[
            "Information shared at the Safety Table is classified SENSITIVE. The episode list, "
            "emails and the action log carry this marking.",
        ]),
        dict(num="10.", label="Security controls", content=[
            "All members keep to these controls:",
            ("bullets", [
                "Every representative has completed their agency's privacy and information "
                "security training before attending.",
                "Any printed material is collected by the coordinator and shredded at the end of "
                "the meeting.",
                "Email attachments containing personal information are password protected, with "
                "the password sent separately.",
                "Information is only shared from devices issued or approved by the "
                "representative's own agency.",
                "At Teams meetings nobody puts personal information in the chat, records the "
                "meeting, or takes screenshots of shared screens.",
                "Printed copies are never handed to other representatives.",
            ]),
        ]),
        dict(num="11.", label="Tikanga Māori", content=[
            "Many of the whānau discussed are Māori. Kahu Ora Whānau Services Trust advises the "
            "table on tikanga, including how whānau and whakapapa connections are talked about "
            "and recorded.",
            "Information about whakapapa or whānau connections is shared only when it bears on "
            "safety, and is recorded respectfully. Police's Māori Responsiveness Manager and "
            "Kahu Ora's kaumātua reviewed this protocol together before it was signed.",
        ]),
        dict(num="12.", label="Keeping and disposing of information", content=[
            "Agencies keep shared information only when they need it to carry out an agreed "
            "action, in their approved business system. Copies received by email are deleted "
            "once the information is stored there.",
            "Agencies must not keep information just in case it becomes useful later.",
            "Each agency disposes of the information under its own approved retention and "
            "disposal authority. Police keeps the agendas and action log for the period its "
            "disposal authority sets.",
        ]),
        dict(num="13.", label="Breaches", content=[
            ("h", "Breach contact"),
            "Family Violence Coordinator, New Zealand Police (Whangārei), "
            "safetytable.whangarei@police.govt.nz, 09 430 4517.",
            ("bullets", [
                "Anyone who suspects a privacy or security breach involving Safety Table "
                "information tells the breach contact and their own privacy officer the same day.",
                "The agencies involved work together to contain the breach and decide what to tell "
                "the people affected.",
                "The agency responsible for the breach notifies the Privacy Commissioner if it is "
                "a notifiable privacy breach.",
            ]),
        ]),
        dict(num="14.", label="Conflicts of interest", content=[
            "If a representative knows a person being discussed, or has any other conflict, they:",
            ("bullets", [
                "tell the chair as soon as they realise;",
                "pass any request for information about that person to a colleague in their agency; and",
                "leave the room (or the call) while that person is discussed.",
            ]),
            "The chair records the conflict and how it was managed in the action log.",
        ]),
        dict(num="15.", label="Oversight and relationship managers", content=[
            "Each agency names a relationship manager who understands the meeting's purpose and "
            "supports their representative with any information sharing question, including "
            "liaising with the agency's privacy or legal team.",
            "Relationship managers meet with the chair every six months to check the protocol is "
            "working as intended and to pick up any scope creep.",
        ]),
        dict(num="16.", label="Review", content=[
            "This protocol is reviewed every 12 months from the date of the last signature, and "
            "sooner if any agency asks. New Zealand Police, as lead agency, starts the review and "
            "circulates the signed updated version to all agencies.",
        ]),
        dict(num="17.", label="Sign-off", content=[
            "Each signatory confirms that the protocol has been checked by their agency's privacy "
            "or legal adviser and that they have the authority to sign it.",
            ("table", [
                ["Agency", "Name", "Role", "Signature", "Date"],
                ["New Zealand Police", "Mereana Tautahi", "Area Commander, Whangārei-Kaipara", "(signed)", "3 March 2026"],
                ["Oranga Tamariki", "Daniel Fitzgerald", "Regional Manager, Te Tai Tokerau", "(signed)", "5 March 2026"],
                ["Health New Zealand – Te Whatu Ora", "Aroha Kereama", "Director of Allied Health, Te Tai Tokerau", "(signed)", "9 March 2026"],
                ["Department of Corrections", "Sione Latu", "District Manager, Northland Community Corrections", "(signed)", "10 March 2026"],
                ["Kahu Ora Whānau Services Trust", "Hinemoa Pōtae", "Chief Executive", "(signed)", "11 March 2026"],
                ["Whangārei Women's Refuge", "Claire Donnelly", "Manager", "(signed)", "12 March 2026"],
            ], [2.7, 2.3, 3.4, 1.7, 2.2], True),
        ]),
    ]
    return dict(
        title="Whangārei Family Violence Safety Table",
        subtitle="Information sharing protocol",
        version="Version 1.3  |  Agreed March 2026  |  SENSITIVE",
        header="SENSITIVE",
        footer="SENSITIVE  ·  Whangārei Safety Table information sharing protocol v1.3",
        layout="2col", widths=[4.2, 12.8],
        table_header=["Topic", "What the agencies have agreed"],
        rows=rows,
        core=dict(author="Whangārei Family Harm Team", created=(2026, 2, 20), modified=(2026, 3, 12)),
    )


# ============================================================ BASE B
# Kirikiriroa Youth Offending Prevention Panel: three-column matrix (No. | Topic | Detail).

B_AGENCIES = [
    "Oranga Tamariki",
    "New Zealand Police",
    "Ministry of Education",
    "Health New Zealand – Te Whatu Ora",
    "Te Pae Rangatahi Trust",
]


def base_b(moe_role_blank=False, jic_retention=False):
    retention = [
        "Panel members keep information shared at the panel only where it is needed to carry "
        "out an action in the young person's plan, and then only in their agency's approved "
        "case management system.",
        "Emailed referral summaries are deleted from inboxes once the relevant details are "
        "recorded in that system.",
        "Oranga Tamariki keeps the panel's agendas and minutes and disposes of them under its "
        "approved disposal authority. Other agencies apply their own retention schedules.",
    ]
    if jic_retention:
        retention = [
            "Panel notes may be kept on the young person's file for future reference, in case "
            "they come to the attention of any agency again.",
            "Emailed referral summaries are deleted from inboxes once the relevant details are "
            "recorded in the agency's case management system.",
            "Oranga Tamariki keeps the panel's agendas and minutes and disposes of them under its "
            "approved disposal authority. Other agencies apply their own retention schedules.",
        ]
    moe_role = "" if moe_role_blank else "Director of Education, Waikato"
    rows = [
        dict(num="1", label="Member agencies", content=[
            ("bullets", ["Oranga Tamariki (lead agency)"] + B_AGENCIES[1:]),
            "Oranga Tamariki convenes and chairs the panel and looks after this protocol.",
        ]),
        dict(num="2", label="Purpose of the panel", content=[
            "The panel meets fortnightly in Kirikiriroa Hamilton to discuss rangatahi aged 10 to "
            "17 who have come to Police attention for low to medium level offending and who have "
            "not been referred for a family group conference. It agrees an early, joined-up "
            "response that keeps the young person out of the youth justice system where that is "
            "safe.",
        ]),
        dict(num="3", label="Purposes for sharing", content=[
            "1. To understand what is happening in the young person's life that may be "
            "contributing to their offending.",
            "2. To agree an intervention plan and a lead worker for the young person and their whānau.",
            "3. To re-engage the young person in school, kura or training.",
        ]),
        dict(num="4", label="Information the panel may share", content=[
            ("bullets", [
                "Police: details of the alleged offending, previous warnings and alternative "
                "actions, and any safety concerns for the young person;",
                "Oranga Tamariki: current or past involvement, and whether there is an open "
                "care and protection case;",
                "Ministry of Education: enrolment, attendance and any stand-downs, suspensions "
                "or exclusions;",
                "Health New Zealand – Te Whatu Ora: whether the young person is engaged with "
                "youth mental health or alcohol and drug services (not clinical notes);",
                "Te Pae Rangatahi Trust: current mentoring or whānau support involvement.",
            ]),
        ]),
        dict(num="5", label="Legal authority", content=[
            "The protocol records the authorities agencies rely on; it does not create any "
            "authority of its own.",
            ("table", [
                ["Purpose", "Authority relied on", "Relied on by"],
                ["1. Understanding the young person's circumstances",
                 "Oranga Tamariki Act 1989, s 66C; Privacy Act 2020, IPP 11(1)(e)(i) for Police "
                 "offending information",
                 "All member agencies; Police"],
                ["2. Agreeing an intervention plan and lead worker",
                 "Oranga Tamariki Act 1989, s 66C",
                 "All member agencies"],
                ["3. Education re-engagement",
                 "Privacy Act 2020, IPP 11(1)(c), with the agreement of the young person and "
                 "their parent or caregiver",
                 "Ministry of Education; Te Pae Rangatahi Trust; Oranga Tamariki"],
            ], [3.6, 5.3, 3.0], True),
        ]),
        dict(num="6", label="Using what is shared", content=[
            "Information shared at the panel is used only for the purpose it was shared for. "
            "If an agency has to keep information to carry out its part of a plan, it records "
            "where the information came from, the authority and purpose it was shared under, "
            "any restriction on its use and the date.",
            "Using panel information for another purpose requires advice from the agency's "
            "privacy or legal team first.",
        ]),
        dict(num="7", label="Openness with rangatahi and whānau", content=[
            "The lead worker tells the young person and their parent or caregiver that the panel "
            "has discussed them, which agencies were present and what is proposed, and asks for "
            "their views before the plan is confirmed.",
            "Agreement to share for purpose 3 is sought from the young person and their whānau "
            "and recorded. If telling the whānau could put the young person at risk, the lead "
            "worker discusses this with the chair and the decision is minuted.",
        ]),
        dict(num="8", label="Sharing methods", content=[
            ("bullets", [
                "Police email referral summaries to the Oranga Tamariki coordinator, who sends "
                "the agenda to members three working days before the panel.",
                "Discussion at the panel is verbal. Members attend in person at the Oranga "
                "Tamariki Hamilton office or by Microsoft Teams.",
                "Actions are recorded in minutes kept by Oranga Tamariki.",
            ]),
        ]),
        dict(num="9", label="Security classification", content=[
            "Classification: IN-CONFIDENCE",
        ]),
        dict(num="10", label="Minimum security controls", content=[
            ("h", "Requirements"),
            ("bullets", [
                "Members have completed privacy and information security training in their own agency.",
                "Any hard copy brought to the panel is securely destroyed when the meeting ends.",
                "Referral summaries and agendas sent as attachments are password protected.",
            ]),
            ("h", "Restrictions"),
            ("bullets", [
                "Information is shared only from agency-approved laptops and phones.",
                "When meeting online, members do not use the chat for personal information, do "
                "not record the meeting and do not take screenshots.",
                "Hard copies are not passed to other members.",
            ]),
        ]),
        dict(num="11", label="Tikanga", content=[
            "More than half of the rangatahi discussed whakapapa Māori. Te Pae Rangatahi Trust "
            "guides the panel on tikanga, including opening and closing the hui appropriately, "
            "referring to rangatahi and whānau with respect, and making sure whānau are offered "
            "a kaupapa Māori option in every plan.",
            "Information about whānau, hapū or iwi connections is shared only where it helps "
            "build support around the young person.",
        ]),
        dict(num="12", label="Retention and disposal", content=retention),
        dict(num="13", label="Privacy or security breach", content=[
            "The designated breach contact for the panel is the Panel Coordinator, Oranga "
            "Tamariki, Hamilton, email yopp.coordinator@ot.govt.nz, phone 07 858 0600.",
            "A member who becomes aware of a possible breach contacts the Panel Coordinator and "
            "their own privacy officer without delay. The affected agencies work together to "
            "contain it and decide what to tell the young person and whānau. Serious breaches are "
            "notified to the Privacy Commissioner by the agency responsible.",
        ]),
        dict(num="14", label="Conflicts of interest", content=[
            "A member who knows a young person or whānau on the agenda tells the chair before the "
            "item is discussed, hands any information request to a colleague, and steps out for "
            "that item. The chair notes the conflict in the minutes.",
        ]),
        dict(num="15", label="Relationship management", content=[
            "Each member agency nominates a relationship manager at team leader level or above. "
            "Relationship managers check in with their representatives each quarter, help with "
            "any information sharing issues, and raise problems with the chair.",
        ]),
        dict(num="16", label="Review of this protocol", content=[
            "The protocol is reviewed every 24 months from its effective date, or earlier at the "
            "request of any member agency. Oranga Tamariki, as lead agency, is responsible for "
            "initiating each review.",
        ]),
        dict(num="17", label="Approval", content=[
            ("table", [
                ["For", "Signatory", "Position", "Signed", "Date"],
                ["Oranga Tamariki", "Rāwiri Te Hira", "Regional Manager, Youth Justice Services, Waikato", "(signed)", "12 May 2026"],
                ["New Zealand Police", "Jess McKinnon", "Prevention Manager, Waikato District", "(signed)", "14 May 2026"],
                ["Ministry of Education", "Priya Nand", moe_role, "(signed)", "18 May 2026"],
                ["Health New Zealand – Te Whatu Ora", "Tomasi Vea", "Service Manager, Infant, Child and Adolescent Mental Health, Waikato", "(signed)", "20 May 2026"],
                ["Te Pae Rangatahi Trust", "Maraea Whaanga", "Pou Whakahaere (General Manager)", "(signed)", "22 May 2026"],
            ], [2.6, 2.3, 3.6, 1.5, 1.9], True),
        ]),
    ]
    return dict(
        title="Kirikiriroa Youth Offending Prevention Panel",
        subtitle="Information Sharing Protocol",
        version="Document version 2.0  ·  Effective 1 June 2026  ·  IN-CONFIDENCE",
        header="IN-CONFIDENCE",
        footer="IN-CONFIDENCE",
        layout="3num", widths=[1.0, 3.6, 12.4],
        table_header=["No.", "Topic", "Detail"],
        rows=rows,
        core=dict(author="Oranga Tamariki Waikato", created=(2026, 4, 14), modified=(2026, 5, 22)),
    )


# ============================================================ BASE C
# Ōtara–Papatoetoe Attendance Support Hui: two tables (Part A / Part B) split by a page break.

C_AGENCIES = [
    "Ministry of Education",
    "Oranga Tamariki",
    "Ministry of Social Development",
    "Kāinga Ora – Homes and Communities",
    "Ngā Hau E Whā Attendance Service",
]


def _sig_block(agency, name, title, date):
    return ("table", [
        ["Agency", agency],
        ["Name", name],
        ["Title", title],
        ["Signature", "(signed)"],
        ["Date", date],
    ], [3.0, 9.5], False)


def base_c(review_years=None):
    if review_years:
        review = [
            "This protocol will be reviewed every three years. The Ministry of Education, as lead "
            "agency, will initiate the review and any agency may ask for an earlier one if a "
            "problem with the sharing arises.",
        ]
    else:
        review = [
            "This protocol will be reviewed every 12 months. The Ministry of Education, as lead "
            "agency, will initiate the review and any agency may ask for an earlier one if a "
            "problem with the sharing arises.",
        ]
    part_a = [
        dict(num="A1", label="Attending agencies", content=[
            "Ministry of Education (lead agency); Oranga Tamariki; Ministry of Social Development; "
            "Kāinga Ora – Homes and Communities; Ngā Hau E Whā Attendance Service.",
            "Participating schools refer students to the hui but do not attend it and are not "
            "parties to this protocol.",
        ]),
        dict(num="A2", label="Why we meet", content=[
            "Under the Education and Training Act 2020 parents must make sure their children "
            "attend school. Some students in Ōtara and Papatoetoe miss a great deal of school "
            "for reasons no single agency can fix: housing moves, income stress, caring for "
            "siblings, or safety worries at home. The hui meets monthly so that the agencies "
            "who can help are around one table and can agree a single plan with the whānau.",
        ]),
        dict(num="A3", label="Purposes of sharing", content=[
            "(1) To understand why a student referred for chronic absence is not attending and "
            "what support the student and whānau need.",
            "(2) To agree one support plan and a lead worker for the whānau.",
            "(3) To refer a child to Oranga Tamariki where the hui has a concern for their safety "
            "or wellbeing.",
        ]),
        dict(num="A4", label="Information to be shared", content=[
            ("bullets", [
                "Attendance records, enrolment history and school transfers (Ministry of "
                "Education, attendance service);",
                "Whether the whānau receives a main benefit or hardship assistance, and any "
                "recent changes (Ministry of Social Development);",
                "Current tenancy, planned transfers or overcrowding concerns (Kāinga Ora);",
                "Whether Oranga Tamariki is involved with the whānau (Oranga Tamariki);",
                "What the attendance adviser has learned from the student and whānau.",
            ]),
        ]),
        dict(num="A5", label="Legal basis", content=[
            ("table", [
                ["Purpose", "Legal authority"],
                ["(1) Understanding barriers to attendance",
                 "Privacy Act 2020, IPP 11(1)(c) – the parent or caregiver authorises the sharing "
                 "when they agree to the referral"],
                ["(2) Agreeing a support plan and lead worker",
                 "Privacy Act 2020, IPP 11(1)(c) – as above"],
                ["(3) Referral to Oranga Tamariki",
                 "Oranga Tamariki Act 1989, s 66C; s 15 for reports of concern"],
            ], [5.0, 7.5], True),
            "The protocol does not itself authorise any sharing. If a whānau withdraws its "
            "agreement, sharing for purposes (1) and (2) stops.",
        ]),
        dict(num="A6", label="Use of information", content=[
            "Agencies use what they learn at the hui only to carry out the purpose it was shared "
            "for. Where an agency must record something to carry out its part of the plan, it "
            "notes the source, the legal authority, the purpose, any restrictions on use and the "
            "date shared. Other uses need advice from the agency's privacy team.",
        ]),
        dict(num="A7", label="Transparency with whānau", content=[
            "The attendance adviser explains the hui to the parent or caregiver at referral, using "
            "the hui information sheet (available in English, Samoan, Tongan and te reo Māori), "
            "and records their agreement. Whānau are told the outcome of the hui and who their "
            "lead worker is. Each agency's privacy statement describes its part in the hui.",
        ]),
        dict(num="A8", label="How information moves", content=[
            "The Ministry of Education coordinator emails the referral list to members using "
            "secure email, as a password-protected document, five working days before the hui. "
            "Members share their information verbally at the hui, which is held at the Ministry's "
            "Manukau office with an online option through Microsoft Teams.",
        ]),
    ]
    part_b = [
        dict(num="B1", label="Classification", content=[
            "Information shared at the hui is classified IN-CONFIDENCE.",
        ]),
        dict(num="B2", label="Keeping it safe", content=[
            "The following controls apply to every member at every hui:",
            ("bullets", [
                "members have completed their agency's privacy and security training;",
                "any printed referral list is shredded at the end of the hui;",
                "attachments containing personal information are password protected;",
                "information is shared only from agency-approved devices;",
                "online, nobody types personal information in the chat, records the hui, or "
                "takes screenshots;",
                "printed material is not handed to members from other agencies.",
            ]),
        ]),
        dict(num="B3", label="Tikanga", content=[
            "Ngā Hau E Whā Attendance Service, a kaupapa Māori provider, leads mihi and karakia "
            "and advises on how to engage with Māori whānau. Where a whānau is Māori, the hui "
            "offers them a Māori attendance adviser and invites them to bring whānau support to "
            "any follow-up hui. Pacific whānau are offered a Pacific adviser on the same basis.",
        ]),
        dict(num="B4", label="Holding and destroying information", content=[
            "Agencies hold information from the hui only while it is needed to deliver the "
            "plan, in their approved business system, and delete emailed copies once stored. "
            "Each agency applies its disposal authority under the Public Records Act 2005. The "
            "Ministry of Education holds hui agendas and action notes.",
        ]),
        dict(num="B5", label="Breaches", content=[
            "Breach contact: Senior Adviser Privacy, Ministry of Education, "
            "privacy.officer@education.govt.nz, 09 632 9400.",
            "Members report any suspected breach to the breach contact and their own privacy "
            "officer straight away. The agencies involved agree how to contain it and what to "
            "tell the whānau, and the responsible agency notifies the Privacy Commissioner of "
            "notifiable breaches.",
        ]),
        dict(num="B6", label="Conflicts of interest", content=[
            "Members who know a student or whānau on the list say so at the start of the hui, "
            "leave the room while that student is discussed, and ask a colleague to respond to "
            "any request for information about them.",
        ]),
        dict(num="B7", label="Relationship managers", content=[
            "Each agency names a relationship manager who supports its representative and liaises "
            "with its privacy or legal team. Relationship managers meet twice a year to check the "
            "protocol is operating as intended.",
        ]),
        dict(num="B8", label="Review", content=review),
        dict(num="B9", label="Sign-off", content=[
            "Signed for each attending agency:",
            _sig_block("Ministry of Education", "Tavita Faleolo", "Director of Education, Auckland", "1 July 2026"),
            _sig_block("Oranga Tamariki", "Catherine Ngata", "Site Manager, Ōtara", "3 July 2026"),
            _sig_block("Ministry of Social Development", "Vaimoana Tuipulotu", "Regional Commissioner, Counties Manukau", "6 July 2026"),
            _sig_block("Kāinga Ora – Homes and Communities", "Mark Henare", "Regional Director, South Auckland", "7 July 2026"),
            _sig_block("Ngā Hau E Whā Attendance Service", "Tania Rangihuna", "Kaiwhakahaere", "8 July 2026"),
        ]),
    ]
    return dict(
        title="Ōtara–Papatoetoe Attendance Support Hui",
        subtitle="Multi-agency information sharing protocol",
        version="Version 1.0 – July 2026",
        header="IN-CONFIDENCE",
        footer="IN-CONFIDENCE – Attendance Support Hui protocol",
        layout="2col", widths=[3.6, 13.4],
        table_header=None,
        parts=[("Part A – The hui and the information shared", part_a),
               ("Part B – Protecting information, review and sign-off", part_b)],
        core=dict(author="Ministry of Education – Auckland", created=(2026, 5, 28), modified=(2026, 7, 8)),
    )


# ============================================================ BASE D
# Waitaha Elder Abuse Case Consultation: three columns, part labels merged vertically.

D_AGENCIES = [
    "Age Concern Canterbury",
    "Health New Zealand – Te Whatu Ora Waitaha Canterbury",
    "New Zealand Police",
    "Ministry of Social Development",
    "Te Whare Tiaki Hauora",
]


def base_d(no_password=False):
    g1, g2, g3, g4, g5 = ("Part 1\nThe meeting", "Part 2\nThe sharing", "Part 3\nKeeping it safe",
                          "Part 4\nWhen things go wrong", "Part 5\nGovernance")
    if no_password:
        method = [
            "Referrals reach the consultation through the Age Concern Elder Abuse Response "
            "Service. The coordinator sends the case list to members by SEEMail, or by the "
            "secure email gateway of the receiving agency, two days before the meeting.",
            "Information is shared verbally at the consultation, held monthly at Age Concern's "
            "Christchurch office, with members able to join by Microsoft Teams.",
        ]
        controls = ("bullets", [
            "Members have completed their agency's privacy and information security training.",
            "Paper case lists are collected and securely shredded when the meeting ends.",
            "Case lists and summaries are emailed only by SEEMail or an equivalent secure "
            "email gateway.",
            "Information is shared only from devices approved by the member's agency.",
            "When joining online, members do not post personal information in the chat, do not "
            "record the consultation, and take no screenshots.",
            "Paper copies are not handed to members from other agencies.",
        ])
    else:
        method = [
            "Referrals reach the consultation through the Age Concern Elder Abuse Response "
            "Service. The coordinator sends the case list to members by SEEMail, as a "
            "password-protected attachment, two days before the meeting.",
            "Information is shared verbally at the consultation, held monthly at Age Concern's "
            "Christchurch office, with members able to join by Microsoft Teams.",
        ]
        controls = ("bullets", [
            "Members have completed their agency's privacy and information security training.",
            "Paper case lists are collected and securely shredded when the meeting ends.",
            "Any attachment containing personal information is password protected; the password "
            "is sent by text message, not email.",
            "Information is shared only from devices approved by the member's agency.",
            "When joining online, members do not post personal information in the chat, do not "
            "record the consultation, and take no screenshots.",
            "Paper copies are not handed to members from other agencies.",
        ])
    rows = [
        dict(group=g1, label="Attending agencies", content=[
            ("bullets", ["Age Concern Canterbury (lead agency)"] + D_AGENCIES[1:]),
        ]),
        dict(group=g1, label="Meeting purpose", content=[
            "The consultation brings together agencies that work with older people in "
            "Waitaha Canterbury to consider referrals where an older person may be experiencing "
            "abuse or neglect (physical, psychological, financial, sexual or neglect), and to "
            "agree how each agency will help the older person stay safe, in line with their own "
            "wishes wherever possible.",
        ]),
        dict(group=g2, label="Purpose of sharing", content=[
            "a) To assess the risk of abuse or neglect to the older person referred.",
            "b) To agree a safety and support plan with, and for, the older person.",
            "c) To arrange help where financial abuse is suspected, such as reviewing benefit "
            "payment arrangements.",
        ]),
        dict(group=g2, label="Information to be shared", content=[
            "Age Concern: the referral, the older person's wishes, and what the Elder Abuse "
            "Response Service has done. Health New Zealand: relevant health and capacity "
            "information, falls or injuries, and home-support services in place. Police: "
            "family harm history and any protection or trespass orders. MSD: payment "
            "arrangements, nominated agents and recent changes. Te Whare Tiaki Hauora: whānau "
            "context and the hauora services it provides.",
        ]),
        dict(group=g2, label="Legal authority", content=[
            ("table", [
                ["Purpose", "Authority"],
                ["a) Assessing risk",
                 ("lines", ["Family Violence Act 2018, s 20 (where the person suspected of abuse "
                            "is in a family relationship with the older person);",
                            "otherwise Privacy Act 2020, IPP 11(1)(c) and Health Information "
                            "Privacy Code 2020, rule 11(1)(b), with the older person's agreement;",
                            "Privacy Act 2020, IPP 11(1)(f) and Health Information Privacy Code "
                            "2020, rule 11(2)(d) where there is a serious threat."])],
                ["b) Safety and support plan",
                 "Family Violence Act 2018, s 20; Privacy Act 2020, IPP 11(1)(c); Health "
                 "Information Privacy Code 2020, rule 11(1)(b)"],
                ["c) Financial abuse response",
                 "Privacy Act 2020, IPP 11(1)(c), with the older person's agreement"],
            ], [3.0, 7.9], True),
            "The protocol records these authorities; it is not an authority for sharing.",
        ]),
        dict(group=g2, label="Use of information", content=[
            "Shared information is used only to carry out the purpose it was shared for. If an "
            "agency must keep it to do so, it notes the source, the authority, the purpose, any "
            "use restriction and the date. Any other use needs its own assessment with the "
            "agency's privacy or legal adviser.",
        ]),
        dict(group=g2, label="Transparency", content=[
            "The Elder Abuse Response Service tells the older person about the consultation and "
            "seeks their agreement before the referral is discussed, unless they lack capacity "
            "or there is a serious threat. Where they lack capacity, their attorney under an "
            "enduring power of attorney or welfare guardian is told unless that person is "
            "suspected of the abuse. Each agency's privacy statement refers to the consultation.",
        ]),
        dict(group=g3, label="Method of sharing", content=method),
        dict(group=g3, label="Security classification", content=[
            "SENSITIVE",
        ]),
        dict(group=g3, label="Security controls", content=[controls]),
        dict(group=g3, label="Tikanga considerations", content=[
            "Te Whare Tiaki Hauora advises on tikanga for kaumātua and their whānau, including "
            "the role of whānau in decisions and how information about whakapapa and whenua "
            "(for example Māori land interests in financial abuse cases) is discussed. Such "
            "information is shared only where it is needed for the older person's safety.",
        ]),
        dict(group=g3, label="Retention and disposal", content=[
            "Agencies keep information from the consultation only where they need it for a "
            "purpose of the meeting, in their approved business system, and delete email copies "
            "once it is stored. Each agency follows its approved disposal authority. Age Concern "
            "keeps the case list and action notes.",
        ]),
        dict(group=g4, label="Breach management", content=[
            "Breach contact: Elder Abuse Response Service Team Leader, Age Concern Canterbury, "
            "privacy@ageconcerncan.org.nz, 03 366 0911.",
            "Members tell the breach contact and their own privacy officer as soon as they know "
            "of a possible breach. The agencies involved work together on containing it and "
            "on what to tell the older person. The responsible agency notifies the Privacy "
            "Commissioner of notifiable breaches.",
        ]),
        dict(group=g4, label="Conflicts of interest", content=[
            "A member with a personal or professional connection to an older person on the list "
            "declares it to the chair, leaves the discussion of that person, and passes any "
            "information request to a colleague. The chair records the declaration.",
        ]),
        dict(group=g5, label="Relationship management", content=[
            "Each agency nominates a relationship manager who supports its member and links "
            "with its privacy or legal team. The relationship managers and the chair meet every "
            "six months to check the sharing is working as intended.",
        ]),
        dict(group=g5, label="Review", content=[
            "Review period: every 18 months from the last signature.",
            "Review initiated by: Age Concern Canterbury (lead agency). Any agency may ask for an "
            "earlier review.",
        ]),
        dict(group=g5, label="Approval", content=[
            ("table", [
                ["Agency", "Name", "Role", "Signature", "Date"],
                ["Age Concern Canterbury", "Gillian Marsh", "Chief Executive", "(signed)", "1 September 2025"],
                ["Health New Zealand – Te Whatu Ora Waitaha Canterbury", "Paora Kingi", "Group Manager, Older Persons Health", "(signed)", "4 September 2025"],
                ["New Zealand Police", "Anna Whitcombe", "Family Harm Senior Sergeant, Canterbury District", "(signed)", "8 September 2025"],
                ["Ministry of Social Development", "Ravi Chand", "Regional Commissioner, Canterbury", "(signed)", "10 September 2025"],
                ["Te Whare Tiaki Hauora", "Mihiata Parata", "Tumuaki", "(signed)", "15 September 2025"],
            ], [2.8, 2.1, 2.8, 1.4, 1.8], True),
        ]),
    ]
    return dict(
        title="Waitaha Canterbury Elder Abuse Response",
        subtitle="Multi-agency case consultation: information sharing protocol",
        version="Version 1.0 · September 2025 · SENSITIVE",
        header="SENSITIVE",
        footer="SENSITIVE",
        layout="group", widths=[2.4, 3.2, 11.4],
        table_header=["Part", "Section", "Agreement"],
        rows=rows,
        core=dict(author="Age Concern Canterbury", created=(2025, 8, 4), modified=(2025, 9, 15)),
    )


# ============================================================ BASE E
# Rotorua Reintegration Case Conference: 2-column matrix, shaded labels, content controls
# for the classification and the signing dates.

E_AGENCIES = [
    "Department of Corrections",
    "Kāinga Ora – Homes and Communities",
    "Ministry of Social Development",
    "Health New Zealand – Te Whatu Ora",
    "Te Ara Hou Reintegration Trust",
]
CLASSES = ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"]


def base_e(no_breach_contact=False, unclassified=False):
    if no_breach_contact:
        breach = [
            "Any suspected privacy or security breach involving conference information is "
            "reported straight away to the privacy officer of the agency where it happened. "
            "That agency leads the response, works with the other agencies to contain the "
            "breach and to decide what to tell the person affected, and notifies the Privacy "
            "Commissioner (0800 803 909) if the breach is likely to cause serious harm.",
        ]
    else:
        breach = [
            ["The conference's breach contact is the ", ("b", "Reintegration Practice Leader, "
             "Department of Corrections, Rotorua"), ", rotorua.reintegration@corrections.govt.nz, "
             "07 349 7900."],
            "Members report any suspected breach to the breach contact and their own agency's "
            "privacy officer on the day they become aware of it. The agencies involved work "
            "together to contain the breach and decide what to tell the person affected. The "
            "agency responsible notifies the Privacy Commissioner where the breach is likely to "
            "cause serious harm.",
        ]
    cls = "UNCLASSIFIED" if unclassified else "IN-CONFIDENCE"
    if unclassified:
        cls_content = [
            ["Security classification of information shared: ",
             ("drop", "Security classification", CLASSES, cls)],
            "Most information is discussed verbally and no documents are released outside the "
            "attending agencies, so no protective marking is applied.",
        ]
    else:
        cls_content = [
            ["Security classification of information shared: ",
             ("drop", "Security classification", CLASSES, cls)],
        ]

    def sig(agency, name, role, iso, shown):
        return [agency, name, role, [("date", "Date signed", iso, shown)], "(signed)"]

    rows = [
        dict(label="Attending agencies", content=[
            "Department of Corrections (lead agency)",
            "Kāinga Ora – Homes and Communities",
            "Ministry of Social Development",
            "Health New Zealand – Te Whatu Ora",
            "Te Ara Hou Reintegration Trust, an iwi-affiliated reintegration provider",
        ]),
        dict(label="Meeting purpose", content=[
            "The case conference meets every second Tuesday to plan the return to the Rotorua "
            "community of people leaving prison. It covers people on the Corrections release "
            "planning list who have agreed to be discussed. The aim is that each person leaves "
            "prison with somewhere to live, an income, and health support in place, and that "
            "any risk to whānau or the community is managed.",
        ]),
        dict(label="Purpose of sharing", content=[
            "1. To plan housing, income and health support for a person due to be released.",
            "2. To manage risk to the safety of whānau or the community identified during "
            "release planning.",
        ]),
        dict(label="Information to be shared", content=[
            ("bullets", [
                "Corrections: expected release date, release conditions, the probation officer, "
                "and any risk information relevant to housing or whānau safety;",
                "Kāinga Ora: housing register status and any previous tenancy history relevant "
                "to placement;",
                "MSD: entitlement to a main benefit, steps to start payment on release, and "
                "hardship assistance available;",
                "Health New Zealand: whether continuing mental health, addiction or primary care "
                "is needed on release;",
                "Te Ara Hou Reintegration Trust: whānau support arrangements and kaupapa Māori "
                "programmes the person wants to join.",
            ]),
        ]),
        dict(label="Legal authority to share", content=[
            ("table", [
                ["Purpose", "Legal authority"],
                ["1. Release support planning",
                 "Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule "
                 "11(1)(b) – the person authorises the sharing when they agree to be discussed"],
                ["2. Managing risk to whānau or community",
                 "Privacy Act 2020, IPP 11(1)(e)(i) and IPP 11(1)(f); Health Information Privacy "
                 "Code 2020, rule 11(2)(d)"],
            ], [5.0, 7.6], True),
            "These are the authorities the agencies rely on. This protocol does not itself "
            "authorise sharing.",
        ]),
        dict(label="Use of information", content=[
            "Members use information from the conference only to carry out the purpose it was "
            "shared for. Where an agency needs to record it, the record shows the source "
            "agency, the authority, the purpose, any restriction and the date. A different use "
            "needs a fresh assessment with the agency's privacy or legal team.",
        ]),
        dict(label="Transparency and notification", content=[
            "Corrections case managers explain the conference to the person before release "
            "planning starts and record their agreement. The person is told which agencies will "
            "discuss them and what will be shared. Where purpose 2 applies and telling the "
            "person would increase risk to a victim, the reason for not telling them is recorded "
            "by Corrections.",
        ]),
        dict(label="Method of sharing", content=[
            "Corrections sends the conference list to members by secure email as a "
            "password-protected attachment. Discussion is verbal, in person at the Rotorua "
            "Community Corrections office, or by Microsoft Teams. Corrections keeps the action "
            "notes.",
        ]),
        dict(label="Security classification", content=cls_content),
        dict(label="Security controls", content=[
            ("bullets", [
                "Members have completed privacy and information security training.",
                "Hard copies of the conference list are securely destroyed at the end of the meeting.",
                "Email attachments with personal information are password protected.",
                "Information is only shared using agency-approved devices.",
                "On Teams: no chat messages with personal information, no recording, no screenshots.",
                "Hard copies are not handed to other members.",
            ]),
        ]),
        dict(label="Tikanga considerations", content=[
            "Most people discussed are Māori and many affiliate to Te Arawa iwi. Te Ara Hou "
            "Reintegration Trust advises on tikanga and on reconnecting people with their "
            "whānau, hapū and marae where they want that. Information about whakapapa or marae "
            "connections is discussed only with the person's agreement.",
        ]),
        dict(label="Retention and disposal", content=[
            "Agencies keep conference information only while they need it to deliver the person's "
            "release plan, in their approved business system, and delete email copies once "
            "stored. Corrections keeps the list and action notes under its disposal authority.",
        ]),
        dict(label="Breach management", content=breach),
        dict(label="Conflicts of interest", content=[
            "A member who knows a person on the list, or their victim, tells the chair before "
            "the case is discussed, leaves for that case, and refers any request to a colleague.",
        ]),
        dict(label="Relationship management and oversight", content=[
            "Each agency names a relationship manager. They meet with the Corrections "
            "Reintegration Practice Leader every six months to confirm the sharing is working "
            "as intended and to resolve issues.",
        ]),
        dict(label="Review", content=[
            "This protocol is reviewed every 24 months from the last signing date. The Department "
            "of Corrections is responsible for initiating the review.",
        ]),
        dict(label="Approval", content=[
            ("table", [
                ["Agency", "Name", "Role", "Date", "Signature"],
                sig("Department of Corrections", "Kiri Mihaka", "Regional Commissioner, Central Region", "2026-05-04", "4 May 2026"),
                sig("Kāinga Ora – Homes and Communities", "Scott Brennan", "Area Manager, Rotorua", "2026-05-06", "6 May 2026"),
                sig("Ministry of Social Development", "Huia Tapsell", "Regional Commissioner, Bay of Plenty", "2026-05-11", "11 May 2026"),
                sig("Health New Zealand – Te Whatu Ora", "Nadia Rahman", "Operations Manager, Mental Health and Addictions, Lakes", "2026-05-13", "13 May 2026"),
                sig("Te Ara Hou Reintegration Trust", "Wiremu Tamihana", "Kaiwhakahaere Matua", "2026-05-15", "15 May 2026"),
            ], [3.0, 2.3, 3.4, 2.3, 1.5], True),
        ]),
    ]
    return dict(
        title="Rotorua Reintegration Case Conference",
        subtitle="Protocol for sharing information between attending agencies",
        version="v1.1, May 2026",
        header=None if unclassified else "IN-CONFIDENCE",
        footer="Rotorua Reintegration Case Conference – information sharing protocol v1.1",
        layout="2col", widths=[4.0, 13.0], table_header=None, label_fill="DEEAF6",
        rows=rows,
        core=dict(author="Department of Corrections – Rotorua", created=(2026, 3, 30), modified=(2026, 5, 15)),
    )


# ============================================================ BASE F
# Porirua Housing First Multi-Agency Panel: 2-column matrix with numbered labels.

F_AGENCIES = [
    "Kāinga Ora – Homes and Communities",
    "Ministry of Social Development",
    "Health New Zealand – Te Whatu Ora",
    "Te Awa Hou Housing Trust",
    "Porirua City Council",
]


def base_f(drop_conflicts=False, extra_purpose=False, overdue=False):
    purposes = [
        "1. To decide which people experiencing homelessness are offered a Housing First place "
        "first, based on need.",
        "2. To agree the tenancy and wraparound support plan for each person housed.",
        "3. To act quickly when a Housing First tenancy is at risk of ending.",
    ]
    info = [
        "Te Awa Hou: the Housing First assessment, the person's support needs and goals;",
        "Kāinga Ora: available properties, tenancy conduct and rent arrears for people already housed;",
        "MSD: whether the person is on the housing register and their housing priority;",
        "Health New Zealand: whether mental health or addiction support is in place, and who "
        "the key worker is;",
        "Porirua City Council: rough sleeping outreach contacts and council housing availability.",
    ]
    if extra_purpose:
        purposes.append(
            "4. To confirm a person's income support entitlements so that rent, bond assistance "
            "and advance payments can be arranged before they move in.")
        info[2] = ("MSD: housing register status and priority, and main benefit and "
                   "accommodation supplement details;")
    if overdue:
        dates = ["2 June 2025", "5 June 2025", "12 June 2025", "20 June 2025", "30 June 2025"]
        version = "Version 1.0  |  June 2025"
        review = [
            "Review frequency: annually.",
            "Next review due: 30 June 2026.",
            "Responsible for initiating the review: Kāinga Ora – Homes and Communities, as lead "
            "agency. Any agency may ask for an earlier review.",
        ]
        created, modified = (2025, 5, 12), (2025, 6, 30)
    else:
        dates = ["2 February 2026", "4 February 2026", "9 February 2026", "16 February 2026", "20 February 2026"]
        version = "Version 1.0  |  February 2026"
        review = [
            "Review frequency: annually, from the date of the last signature.",
            "Responsible for initiating the review: Kāinga Ora – Homes and Communities, as lead "
            "agency. Any agency may ask for an earlier review.",
        ]
        created, modified = (2026, 1, 19), (2026, 2, 20)
    rows = [
        dict(num="1.", label="Attending agencies", content=[
            ("bullets", ["Kāinga Ora – Homes and Communities (lead agency)"] + F_AGENCIES[1:]),
        ]),
        dict(num="2.", label="Why the panel meets", content=[
            "Housing First places people who have been homeless for a long time straight into a "
            "home, with support wrapped around them. The panel meets weekly to match people to "
            "homes as they become available, and to keep tenancies going once people are housed.",
        ]),
        dict(num="3.", label="Purposes of sharing", content=purposes),
        dict(num="4.", label="Information shared", content=[("bullets", info)]),
        dict(num="5.", label="Legal authority", content=[
            ("table", [
                ["Purpose", "Authority"],
                ["1. Prioritising Housing First places",
                 "Privacy Act 2020, IPP 11(1)(c), the person's authorisation given at the Housing "
                 "First intake; Health Information Privacy Code 2020, rule 11(1)(b) for health "
                 "information"],
                ["2. Tenancy and support plan",
                 "Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b)"],
                ["3. Tenancy at risk",
                 "Privacy Act 2020, IPP 11(1)(c); IPP 11(1)(f) if there is a serious threat to "
                 "the person's or another person's life or health"],
            ], [4.2, 8.3], True),
            "The protocol records the authority for each purpose. It does not authorise sharing "
            "in its own right.",
        ]),
        dict(num="6.", label="Use of information", content=[
            "Information is used only for the purpose it was shared for. An agency that needs to "
            "keep information to carry out its part of a plan records the source agency, the "
            "authority, the purpose, any restrictions and the date shared. Using it for anything "
            "else needs advice from the agency's privacy team first.",
        ]),
        dict(num="7.", label="Telling people", content=[
            "Te Awa Hou explains the panel to each person at intake, including which agencies "
            "attend, what is shared and why, and records the person's agreement. People can "
            "withdraw their agreement at any time, and are told what the panel decided about "
            "their housing. The agencies' privacy statements mention the panel.",
        ]),
        dict(num="8.", label="Method of sharing", content=[
            "Te Awa Hou emails the weekly list to members as a password-protected attachment. "
            "Discussion is verbal, at the Kāinga Ora Porirua office or by Microsoft Teams. "
            "Kāinga Ora records decisions in its tenancy system.",
        ]),
        dict(num="9.", label="Security classification", content=[
            "IN-CONFIDENCE",
        ]),
        dict(num="10.", label="Security controls", content=[
            ("bullets", [
                "Members have completed privacy and information security training.",
                "Any printed list is securely destroyed at the end of the meeting.",
                "Attachments containing personal information are password protected.",
                "Information is shared only from agency-approved devices.",
                "In online meetings, nobody uses the chat for personal information, records the "
                "meeting or takes screenshots.",
                "Printed lists are not given to other members.",
            ]),
        ]),
        dict(num="11.", label="Tikanga considerations", content=[
            "A large share of people in Housing First in Porirua are Māori. Te Awa Hou's Pou "
            "Tikanga advises the panel on tikanga, including the importance of whānau and "
            "whenua when choosing where someone is housed. Information about iwi or marae "
            "connections is shared only with the person's agreement.",
        ]),
        dict(num="12.", label="Retention and disposal", content=[
            "Agencies keep shared information only while they need it for a purpose of the "
            "panel, in their approved business system, and delete email copies once it is "
            "stored. Each agency applies its own approved disposal authority. Kāinga Ora holds "
            "the panel's agendas and decision notes.",
        ]),
        dict(num="13.", label="Breach management", content=[
            "Breach contact: Housing First Panel Coordinator, Kāinga Ora – Homes and Communities, "
            "porirua.housingfirst@kaingaora.govt.nz, 04 439 3120.",
            "Members tell the breach contact and their own privacy officer of any suspected "
            "breach the same day. The agencies involved work together to contain it and to decide "
            "what to tell the person affected; the responsible agency notifies the Privacy "
            "Commissioner of notifiable breaches.",
        ]),
        dict(num="14.", label="Conflicts of interest", content=[
            "Members declare to the chair any personal connection with a person on the list, "
            "step out while that person is discussed, and pass any request for information about "
            "them to a colleague.",
        ]),
        dict(num="15.", label="Relationship management", content=[
            "Each agency nominates a relationship manager. They meet with the chair every six "
            "months to check that the sharing is working as intended and is still needed.",
        ]),
        dict(num="16.", label="Review", content=review),
        dict(num="17.", label="Approval", content=[
            ("table", [
                ["Agency", "Name", "Designation", "Signature", "Date"],
                ["Kāinga Ora – Homes and Communities", "Fiona Leota", "Regional Director, Wellington", "(signed)", dates[0]],
                ["Ministry of Social Development", "James Pohatu", "Regional Commissioner, Wellington", "(signed)", dates[1]],
                ["Health New Zealand – Te Whatu Ora", "Sarah Kemp", "Service Manager, Community Mental Health, Capital, Coast and Hutt Valley", "(signed)", dates[2]],
                ["Te Awa Hou Housing Trust", "Rangi Paewai", "General Manager", "(signed)", dates[3]],
                ["Porirua City Council", "Linda Faulkner", "General Manager, Community Services", "(signed)", dates[4]],
            ], [3.0, 2.2, 3.5, 1.6, 2.2], True),
        ]),
    ]
    if drop_conflicts:
        rows = [r for r in rows if r["label"] != "Conflicts of interest"]
        for i, r in enumerate(rows):
            r["num"] = f"{i + 1}."
    return dict(
        title="Porirua Housing First Multi-Agency Panel",
        subtitle="Information sharing protocol",
        version=version,
        header="IN-CONFIDENCE", footer="IN-CONFIDENCE",
        layout="2col", widths=[4.0, 13.0], table_header=None,
        rows=rows,
        core=dict(author="Kāinga Ora – Porirua", created=created, modified=modified),
    )


# ============================================================ BASE G
# Tauranga Moana Frequent Presenter Review: three columns (Heading | What we agree | Who).

G_AGENCIES = [
    "Health New Zealand – Te Whatu Ora",
    "New Zealand Police",
    "Hato Hone St John",
    "Ministry of Social Development",
    "Te Puna Whakaora Trust",
]


def base_g(drop_st_john_sig=False, trap=False):
    AUTH = "R. Kingi (Privacy, Health NZ)"
    WHEN = "2026-08-03T10:12:00Z"
    if trap:
        cls_content = [["Information shared at the review group is classified ",
                        ("drop", "Classification", ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE",
                                                    "RESTRICTED"], "SENSITIVE"), "."]]
        breach = [
            ["Breach contact: ", ("text", "Breach contact",
              "Privacy Lead, Health New Zealand – Te Whatu Ora (Hauora a Toi Bay of Plenty), "
              "privacy.bop@tewhatuora.govt.nz, 07 579 8000")],
            "Members tell the breach contact and their own privacy officer of any suspected "
            "breach as soon as they know. The agencies involved work together to contain it and "
            "decide what to tell the person; the responsible agency notifies the Privacy "
            "Commissioner of notifiable breaches.",
        ]
        review = [[
            "The protocol is reviewed every ",
            ("del", "36", AUTH, WHEN), ("ins", "12", AUTH, WHEN),
            " months from the date of the last signature. Health New Zealand – Te Whatu Ora, as "
            "lead agency, initiates the review.",
        ]]
    else:
        cls_content = ["Information shared at the review group is classified SENSITIVE."]
        breach = [
            "Breach contact: Privacy Lead, Health New Zealand – Te Whatu Ora (Hauora a Toi Bay of "
            "Plenty), privacy.bop@tewhatuora.govt.nz, 07 579 8000.",
            "Members tell the breach contact and their own privacy officer of any suspected "
            "breach as soon as they know. The agencies involved work together to contain it and "
            "decide what to tell the person; the responsible agency notifies the Privacy "
            "Commissioner of notifiable breaches.",
        ]
        review = [
            "The protocol is reviewed every 12 months from the date of the last signature. Health "
            "New Zealand – Te Whatu Ora, as lead agency, initiates the review.",
        ]

    def d(iso, shown):
        return [("date", "Signing date", iso, shown)] if trap else shown

    sigs = [
        ["Name", "Position", "Agency", "Signature", "Date"],
        ["Hemi Ngawaka", "Group Manager, Mental Health and Addiction Services, Bay of Plenty", "Health New Zealand – Te Whatu Ora", "(signed)", d("2026-08-03", "3 August 2026")],
        ["Tracey O'Neill", "Area Commander, Western Bay of Plenty", "New Zealand Police", "(signed)", d("2026-08-05", "5 August 2026")],
        ["Michael Bryce", "Area Operations Manager, Bay of Plenty", "Hato Hone St John", "(signed)", d("2026-08-07", "7 August 2026")],
        ["Leilani Sapolu", "Regional Commissioner, Bay of Plenty", "Ministry of Social Development", "(signed)", d("2026-08-10", "10 August 2026")],
        ["Awhina Kīngi", "Kaiwhakahaere", "Te Puna Whakaora Trust", "(signed)", d("2026-08-12", "12 August 2026")],
    ]
    if drop_st_john_sig:
        sigs = [s for s in sigs if s[2] != "Hato Hone St John"]

    rows = [
        dict(label="Attending agencies", resp="All", content=[
            "Health New Zealand – Te Whatu Ora (lead agency); New Zealand Police; Hato Hone St "
            "John; Ministry of Social Development; Te Puna Whakaora Trust (kaupapa Māori mental "
            "health and addiction provider).",
        ]),
        dict(label="Meeting purpose", resp="Health NZ (chair)", content=[
            "The review group meets monthly to look at people who repeatedly come into contact "
            "with Police, ambulance or the Tauranga Hospital emergency department while in mental "
            "distress, and to agree how services can respond earlier and better.",
        ]),
        dict(label="Purposes of sharing", resp="All", content=[
            "P1. To identify what support a person who repeatedly presents in crisis is missing.",
            "P2. To agree a coordinated care plan with the person and their whānau.",
            "P3. To lessen a serious threat to the person's life or health, or to someone else's.",
        ]),
        dict(label="Information to be shared", resp="Each representative", content=[
            ("bullets", [
                "Number and dates of crisis contacts in the last six months (Police, Hato Hone St "
                "John, emergency department);",
                "Current mental health and addiction services and key worker (Health NZ, Te Puna "
                "Whakaora);",
                "Income and housing situation where relevant to the plan (MSD);",
                "Known risks to the person or others, including weapons access (Police).",
            ]),
        ]),
        dict(label="Legal authority", resp="Each agency", content=[
            ("table", [
                ["Purpose", "Authority"],
                ["P1 and P2", "Health Information Privacy Code 2020, rule 11(1)(b) and Privacy "
                 "Act 2020, IPP 11(1)(c): the person's authorisation, obtained by their key worker"],
                ["P3", "Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, "
                 "IPP 11(1)(f)"],
            ], [2.6, 7.6], True),
            "This protocol records the authorities relied on and does not itself authorise any "
            "disclosure. Where a person has not given their authorisation, only P3 sharing can "
            "take place.",
        ]),
        dict(label="Use of information", resp="Each agency", content=[
            "Information is used only for the purpose it was shared for. An agency recording it "
            "notes the source, the authority, the purpose, any restriction and the date shared. "
            "Any other use needs advice from the agency's privacy team.",
        ]),
        dict(label="Transparency", resp="Key worker", content=[
            "The person's key worker explains the review group, asks for the person's "
            "authorisation and tells them what was agreed. If a person is discussed under P3 "
            "without being told first, the key worker tells them afterwards unless that would "
            "itself create a serious risk, and records the reason.",
        ]),
        dict(label="Method of sharing", resp="Health NZ coordinator", content=[
            "The coordinator emails the agenda as a password-protected attachment two days "
            "before the meeting. Discussion is verbal, in person at Tauranga Hospital or by "
            "Microsoft Teams. The coordinator records actions in the Health NZ clinical system.",
        ]),
        dict(label="Security classification", resp="All", content=cls_content),
        dict(label="Security controls", resp="Each representative", content=[
            ("bullets", [
                "Completed privacy and information security training before attending;",
                "Hard copies destroyed securely at the end of each meeting;",
                "Password protection on every email attachment containing personal information;",
                "Agency-approved devices only;",
                "Virtual attendance: no personal information in the chat, no recording, no screenshots;",
                "No hard copies handed to other attendees.",
            ]),
        ]),
        dict(label="Tikanga considerations", resp="Te Puna Whakaora", content=[
            "Te Puna Whakaora advises on tikanga and on involving whānau in a way that supports "
            "the person's mana. Māori data about whakapapa, whānau or iwi is shared only where it "
            "helps the person's care, and the person's wishes about whānau involvement are "
            "respected.",
        ]),
        dict(label="Retention and disposal", resp="Each agency", content=[
            "Agencies keep information only while needed for a purpose of the meeting, in their "
            "approved business system, deleting email copies once stored, and dispose of it "
            "under their own approved disposal authority.",
        ]),
        dict(label="Privacy and security breaches", resp="Health NZ Privacy Lead", content=breach),
        dict(label="Conflicts of interest", resp="Each representative", content=[
            "Declare any connection with a person on the agenda to the chair, leave for that "
            "item, and pass any information request to a colleague.",
        ]),
        dict(label="Relationship management", resp="Relationship managers", content=[
            "Each agency names a relationship manager who meets the chair quarterly to check "
            "that the sharing is working as intended.",
        ]),
        dict(label="Review", resp="Health NZ", content=review),
        dict(label="Approval", resp="Signatories", content=[
            ("table", sigs, [2.1, 2.9, 2.3, 1.3, 1.7], True),
        ]),
    ]
    return dict(
        title="Tauranga Moana Mental Health Frequent Presenter Review Group",
        subtitle="Information sharing protocol",
        version=("Version 2.0 – August 2026" if trap else "Version 1.0 – August 2026"),
        header=None if trap else "SENSITIVE", footer=None if trap else "SENSITIVE",
        layout="3resp", widths=[3.2, 10.8, 3.0],
        table_header=["Heading", "What the agencies agree", "Who"],
        rows=rows,
        core=dict(author="Health New Zealand – Hauora a Toi", created=(2026, 7, 1), modified=(2026, 8, 12)),
    )


# ============================================================ LEGACY
# Whanganui Family Violence Interagency Response protocol, 2019: older two-column matrix.

L_AGENCIES = [
    "New Zealand Police",
    "Oranga Tamariki",
    "Whanganui District Health Board",
    "Whanganui Whānau Safety Service",
    "Te Aho Tapu Whānau Services",
]


def _legacy_sig(agency, name, position, date):
    return ("table", [
        [[("b", "Signed for and on behalf of " + agency)], ""],
        ["Name:", name],
        ["Position:", position],
        ["Signature:", "(signed)"],
        ["Date:", date],
    ], [4.5, 8.0], False)


def legacy():
    rows = [
        dict(label="PARTIES", content=[
            "New Zealand Police (lead agency), Oranga Tamariki, Whanganui District Health Board, "
            "Whanganui Whānau Safety Service and Te Aho Tapu Whānau Services.",
        ]),
        dict(label="BACKGROUND AND PURPOSE OF THE MEETING", content=[
            "The Family Violence Interagency Response (FVIARS) meeting is held weekly at "
            "Whanganui Police Station to review Police family violence notifications and agree "
            "a coordinated interagency response for each family.",
        ]),
        dict(label="PURPOSE OF INFORMATION SHARING", content=[
            "1. To assess the risk to victims and children following a family violence incident.",
            "2. To agree an interagency safety response for the family.",
        ]),
        dict(label="INFORMATION TO BE SHARED", content=[
            "Police incident and offending history, protection orders, child protection "
            "history held by Oranga Tamariki, relevant health information held by the DHB, and "
            "current involvement of the NGO agencies with the family.",
        ]),
        dict(label="LEGAL BASIS", content=[
            ("table", [
                ["Purpose", "Legislation"],
                ["1. Risk assessment",
                 "Domestic Violence Act 1995; Privacy Act 1993, information privacy principle 11(f)"],
                ["2. Interagency safety response",
                 "Privacy Act 1993, principle 11(a) and (e); Children, Young Persons, and Their "
                 "Families Act 1989, s 15 (reports of concern)"],
            ], [4.5, 8.0], True),
            "This protocol does not override the legislation above; agencies must satisfy "
            "themselves that the statutory tests are met before sharing.",
        ]),
        dict(label="USE OF INFORMATION", content=[
            "Information shared at FVIARS is used only for the purposes listed above and for "
            "actions agreed at the meeting. Agencies record in their own files only what they "
            "need to carry out an agreed action, noting that it came from FVIARS and the date.",
        ]),
        dict(label="INFORMING FAMILIES", content=[
            "The agency allocated as lead for a family informs the victim that FVIARS has "
            "discussed the family, unless this would place the victim or children at greater risk.",
        ]),
        dict(label="METHOD OF SHARING", content=[
            "Police circulate the weekly notification list by SEEMail as a password-protected "
            "document. Information is otherwise shared verbally at the meeting. Police take the "
            "minutes.",
        ]),
        dict(label="SECURITY CLASSIFICATION", content=[
            "All information shared at FVIARS is IN-CONFIDENCE.",
        ]),
        dict(label="SECURITY", content=[
            ("bullets", [
                "Representatives must have completed their agency's privacy training.",
                "Copies of the notification list are collected and shredded at the end of each meeting.",
                "Documents sent by email are password protected.",
                "Paper copies are not to be given to representatives of other agencies.",
            ]),
        ]),
        dict(label="RETENTION", content=[
            "Agencies retain FVIARS information only where needed for an agreed action, and "
            "dispose of it in line with their retention and disposal schedules. Police hold the "
            "minutes.",
        ]),
        dict(label="BREACHES OF THIS PROTOCOL", content=[
            "Any breach, or suspected breach, of privacy or security must be reported to the "
            "FVIARS Coordinator, New Zealand Police, Whanganui, on 06 349 0600, and to the "
            "representative's own privacy officer. The agencies involved will agree how to "
            "respond and what to tell the people affected.",
        ]),
        dict(label="CONFLICTS OF INTEREST", content=[
            "Representatives must declare any personal knowledge of a family under discussion "
            "to the chair and withdraw from that part of the meeting.",
        ]),
        dict(label="RELATIONSHIP MANAGEMENT", content=[
            "Each agency nominates a relationship manager at team leader level who will raise "
            "issues with the FVIARS chair.",
        ]),
        dict(label="REVIEW", content=[
            "This protocol will be reviewed as required. Police, as lead agency, will convene "
            "any review.",
        ]),
        dict(label="SIGNATURES", content=[
            _legacy_sig("New Zealand Police", "Graham Tuck", "Area Commander, Whanganui", "4 March 2019"),
            _legacy_sig("Oranga Tamariki", "Ngaire Metekingi", "Site Manager, Whanganui", "6 March 2019"),
            _legacy_sig("Whanganui District Health Board", "Paul Sutherland", "General Manager, Mental Health and Community Services", "8 March 2019"),
            _legacy_sig("Whanganui Whānau Safety Service", "Rochelle Ward", "Service Manager", "12 March 2019"),
            _legacy_sig("Te Aho Tapu Whānau Services", "Hori Tapa", "Kaiwhakahaere", "14 March 2019"),
        ]),
    ]
    return dict(
        title="WHANGANUI FAMILY VIOLENCE INTERAGENCY RESPONSE",
        subtitle="Information Sharing Protocol",
        version="Version 2.1 – approved 14 March 2019",
        header="IN-CONFIDENCE", footer="IN-CONFIDENCE",
        layout="2col", widths=[4.0, 13.0], table_header=None, label_fill="F2F2F2",
        rows=rows,
        core=dict(author="Whanganui Police", created=(2018, 11, 20), modified=(2019, 3, 14)),
    )


# ============================================================ BUILD
import json
import os
import sys

OUT = os.path.dirname(os.path.abspath(__file__))
AS_OF = "2026-11-24"


def render(spec, filename):
    reset_ids()
    doc = new_document(header=spec.get("header"), footer=spec.get("footer"))
    title_block(doc, spec["title"], spec.get("subtitle"), spec.get("version"))
    fill = spec.get("label_fill", "E7E6E6")
    if spec.get("parts"):
        for i, (ptitle, prows) in enumerate(spec["parts"]):
            if i:
                page_break(doc)
            p = doc.add_paragraph()
            r = p.add_run(ptitle)
            r.bold = True
            r.font.size = Pt(12)
            matrix(doc, prows, spec["layout"], spec["widths"], header=spec.get("table_header"),
                   label_fill=fill)
    else:
        matrix(doc, spec["rows"], spec["layout"], spec["widths"], header=spec.get("table_header"),
               label_fill=fill)
    c = spec["core"]
    set_core(doc, title=f'{spec["title"]} – {spec.get("subtitle") or "information sharing protocol"}',
             author=c["author"], created=dt.datetime(*c["created"], 9, 0, 0),
             modified=dt.datetime(*c["modified"], 16, 30, 0),
             subject="Multi-agency meeting information sharing protocol",
             keywords="information sharing; multi-agency meeting; protocol")
    save_deterministic(doc, os.path.join(OUT, filename))


FILES = [
    # ---- clean
    ("clean-01-whangarei-fv-safety-table.docx", lambda: base_a(), dict(
        kind="clean", expect=[], tolerate=[],
        note="Family violence safety table, six agencies incl. an iwi provider and refuge; single "
             "2-column matrix with a nested purpose/authority table and a nested signature table; "
             "includes a forbidding 'must not keep ... just in case' sentence.")),
    ("clean-02-kirikiriroa-youth-panel.docx", lambda: base_b(), dict(
        kind="clean", expect=[], tolerate=[],
        note="Youth offending panel led by Oranga Tamariki; 3-column matrix (No. | Topic | Detail); "
             "controls split into Requirements/Restrictions; review 24 months from 1 June 2026.")),
    ("clean-03-otara-attendance-hui.docx", lambda: base_c(), dict(
        kind="clean", expect=[], tolerate=[],
        note="School attendance hui led by the Ministry of Education; two matrices (Part A / Part B) "
             "split by a page break; one stacked nested signature table per agency; mentions the "
             "Education and Training Act and Public Records Act only as context, not as sharing authority.")),
    ("clean-04-waitaha-elder-abuse.docx", lambda: base_d(), dict(
        kind="clean", expect=[], tolerate=[],
        note="Elder abuse case consultation with an NGO lead (Age Concern); 3-column matrix with "
             "part labels merged vertically; classification SENSITIVE on a line of its own; review "
             "every 18 months from 15 September 2025 (due March 2027).")),
    ("clean-05-rotorua-reintegration.docx", lambda: base_e(), dict(
        kind="clean", expect=[], tolerate=[],
        note="Reintegration case conference led by Corrections with an iwi-affiliated provider; "
             "classification chosen in a drop-down content control (and in the header); signing "
             "dates in date-picker content controls.")),
    # ---- defects
    ("defect-isp101-porirua-housing-no-conflicts.docx", lambda: base_f(drop_conflicts=True), dict(
        kind="defect", expect=[{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}}],
        tolerate=[],
        note="Housing First panel matrix renumbered 1-16 with no conflicts-of-interest row at all; "
             "nothing else in the document deals with conflicts.")),
    ("defect-isp301-porirua-housing-bond-purpose.docx", lambda: base_f(extra_purpose=True), dict(
        kind="defect",
        expect=[{"rule": "ISP301", "data_contains": {"purpose": "income support entitlements"}}],
        tolerate=[],
        note="Purpose 4 (income support entitlements / bond assistance) was added to row 3 but the "
             "nested purpose/authority table in row 5 still lists only purposes 1-3.")),
    ("defect-isp703-tauranga-mh-st-john-unsigned.docx", lambda: base_g(drop_st_john_sig=True), dict(
        kind="defect", expect=[{"rule": "ISP703", "data": {"agency": "Hato Hone St John"}}],
        tolerate=[],
        note="Mental health frequent-presenter review (3-column Heading | Agreement | Who matrix); "
             "Hato Hone St John is an attending agency but has no row in the nested signature table.")),
    ("defect-isp702-kirikiriroa-youth-moe-no-role.docx", lambda: base_b(moe_role_blank=True), dict(
        kind="defect",
        expect=[{"rule": "ISP702", "data": {"agency": "Ministry of Education", "missing": ["role"]}}],
        tolerate=[],
        note="Youth panel approval table: the Ministry of Education row has a name, signature and "
             "date but its Position cell is empty.")),
    ("defect-isp451-waitaha-elder-seemail-only.docx", lambda: base_d(no_password=True), dict(
        kind="defect", expect=[{"rule": "ISP451", "data": {"control": "password-protection"}}],
        tolerate=[],
        note="Elder abuse consultation: controls and method of sharing rely on SEEMail / a secure "
             "email gateway but never say attachments are password protected.")),
    ("defect-isp501-rotorua-reintegration-no-breach-contact.docx",
     lambda: base_e(no_breach_contact=True), dict(
        kind="defect", expect=[{"rule": "ISP501"}], tolerate=[],
        note="Reintegration conference: the Breach management cell only sends breaches to each "
             "agency's own privacy officer and mentions the Privacy Commissioner's 0800 number; no "
             "designated contact with agency and email/phone.")),
    ("defect-isp602-otara-attendance-three-year-review.docx", lambda: base_c(review_years=3), dict(
        kind="defect", expect=[{"rule": "ISP602", "data": {"months": 36}}], tolerate=[],
        note="Attendance hui, Part B row B8: 'reviewed every three years' (owner stated; signed July "
             "2026 so not overdue).")),
    ("defect-isp402-rotorua-reintegration-unclassified.docx", lambda: base_e(unclassified=True), dict(
        kind="defect", expect=[{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}],
        tolerate=[],
        note="Reintegration conference: the classification drop-down content control is set to "
             "UNCLASSIFIED with a note that no protective marking is applied; no header marking.")),
    ("defect-isp305-whangarei-fv-protocol-authorises.docx", lambda: base_a(claims_authority=True), dict(
        kind="defect",
        expect=[{"rule": "ISP305", "data_contains": {"text": "protocol gives Safety Table members"}}],
        tolerate=[],
        note="Safety table row 5 'Legal basis for sharing' opens by saying signing the protocol gives "
             "members the legal authority to share, with the Acts listed only 'for reference'.")),
    ("defect-isp801-kirikiriroa-youth-future-reference.docx", lambda: base_b(jic_retention=True), dict(
        kind="defect", expect=[{"rule": "ISP801", "data_contains": {"text": "future reference"}}],
        tolerate=[],
        note="Youth panel row 12 'Retention and disposal' lets panel notes be kept on file 'for "
             "future reference, in case they come to the attention of any agency again'.")),
    ("defect-isp604-porirua-housing-review-overdue.docx", lambda: base_f(overdue=True), dict(
        kind="defect", expect=[{"rule": "ISP604", "data": {"due": "2026-06-30"}}], tolerate=[],
        note="Housing First panel signed June 2025, reviewed annually, with 'Next review due: 30 June "
             "2026' in the Review row; checked as of 24 November 2026.")),
    # ---- legacy / trap
    ("legacy-01-whanganui-fviars-2019.docx", lambda: legacy(), dict(
        kind="legacy",
        expect=[
            {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
            {"rule": "ISP303", "data_contains": {"authority": "Domestic Violence Act 1995"}},
            {"rule": "ISP303", "data_contains": {"authority": "Children, Young Persons"}},
            {"rule": "ISP601"},
            {"rule": "ISP101", "data": {"section": "tikanga"}},
            {"rule": "ISP451", "data": {"control": "approved-devices"}},
            {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
        ],
        tolerate=["ISP302"],
        note="2019 FVIARS matrix in capitals: cites Privacy Act 1993, Domestic Violence Act 1995 and "
             "the CYPF Act 1989; review 'as required'; no tikanga row; security list lacks approved "
             "devices and virtual-meeting controls.")),
    ("trap-01-tauranga-mh-tracked-review.docx", lambda: base_g(trap=True), dict(
        kind="trap", expect=[{"rule": "ISP202"}], tolerate=[],
        note="Mental health review group v2.0 with no header marking: classification only in a "
             "drop-down content control (SENSITIVE), breach contact only in a plain-text content "
             "control, signing dates in date pickers, and the review period a tracked change "
             "(36 deleted, 12 inserted) so read as accepted it is a compliant 12 months.")),
]


def main():
    truth = {
        "as_of": AS_OF,
        "style": "Regional-coordinator matrix: the whole protocol is one or two large tables "
                 "(topic label in the left column(s), content as paragraphs, bullets and nested "
                 "purpose/authority and signature tables in the right), with a short title and "
                 "version line above.",
        "files": {},
    }
    for name, make, t in FILES:
        render(make(), name)
        truth["files"][name] = t
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"built {len(FILES)} documents in {OUT}")


if __name__ == "__main__":
    main()
