#!/usr/bin/env python3
"""Build the checkbox-form corpus: a regional privacy team's fillable Word form
for multi-agency meeting information sharing protocols.

Every document is built deterministically (fixed core-property dates, fixed ZIP
timestamps, no randomness).  Run with /work/blind-kit6/.venv/bin/python build.py
"""
import copy
import datetime as dt
import io
import re
import os
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"


def W(tag):
    return "{%s}%s" % (W_NS, tag)


def W14(tag):
    return "{%s}%s" % (W14_NS, tag)


def sub(parent, tag, attrs=None):
    e = etree.SubElement(parent, tag)
    for k, v in (attrs or {}).items():
        e.set(k, v)
    return e


# --------------------------------------------------------------------------
# answer mark-up
# --------------------------------------------------------------------------
class P(list):
    """One paragraph made of segments: str, or tuples
    ('b', text) bold, ('cb', checked) checkbox, ('dd', value, options, alias),
    ('txt', value, alias) plain-text control, ('date', date, alias),
    ('ins', text) tracked insertion, ('del', text) tracked deletion."""


def fmt_date(d):
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)


def cb_mark(checked):
    return ("cb", checked)


class Builder:
    def __init__(self, spec):
        self.spec = spec
        self.mode = spec["cb"]
        self.sdt_id = 1000
        self.rev_id = 0
        self.doc = Document()
        self._styles()

    # ---------------------------------------------------------------- styles
    def _styles(self):
        st = self.doc.styles
        normal = st["Normal"]
        normal.font.name = self.spec.get("font", "Arial")
        normal.font.size = Pt(10)
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        rfonts.set(qn("w:eastAsia"), self.spec.get("font", "Arial"))
        ph = st.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        sec = self.doc.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(2.0)

    # -------------------------------------------------------------- segments
    def next_id(self):
        self.sdt_id += 1
        return str(self.sdt_id)

    def run(self, p, text, bold=False, font=None, style=None):
        r = sub(p, W("r"))
        if bold or font or style:
            rpr = sub(r, W("rPr"))
            if style:
                sub(rpr, W("rStyle"), {W("val"): style})
            if font:
                sub(rpr, W("rFonts"), {W("ascii"): font, W("eastAsia"): font,
                                       W("hAnsi"): font, W("hint"): "eastAsia"})
            if bold:
                sub(rpr, W("b"))
        t = sub(r, W("t"))
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return r

    def checkbox(self, p, checked):
        if self.mode == "sdt":
            sdt = sub(p, W("sdt"))
            pr = sub(sdt, W("sdtPr"))
            rpr = sub(pr, W("rPr"))
            sub(rpr, W("rFonts"), {W("ascii"): "MS Gothic", W("eastAsia"): "MS Gothic",
                                   W("hAnsi"): "MS Gothic", W("hint"): "eastAsia"})
            sub(pr, W("id"), {W("val"): self.next_id()})
            cbx = sub(pr, W14("checkbox"))
            sub(cbx, W14("checked"), {W14("val"): "1" if checked else "0"})
            sub(cbx, W14("checkedState"), {W14("val"): "2612", W14("font"): "MS Gothic"})
            sub(cbx, W14("uncheckedState"), {W14("val"): "2610", W14("font"): "MS Gothic"})
            content = sub(sdt, W("sdtContent"))
            self.run(content, "\u2612" if checked else "\u2610", font="MS Gothic")
        elif self.mode == "glyph":
            self.run(p, "\u2612" if checked else "\u2610", font="Segoe UI Symbol")
        else:
            self.run(p, "[X]" if checked else "[ ]")

    def _sdt(self, p, alias, placeholder_shown):
        sdt = sub(p, W("sdt"))
        pr = sub(sdt, W("sdtPr"))
        sub(pr, W("alias"), {W("val"): alias})
        sub(pr, W("tag"), {W("val"): alias.lower().replace(" ", "-")})
        sub(pr, W("id"), {W("val"): self.next_id()})
        if placeholder_shown:
            sub(pr, W("showingPlcHdr"))
        return sdt, pr

    def dropdown(self, p, value, options, alias):
        sdt, pr = self._sdt(p, alias, value is None)
        dd = sub(pr, W("dropDownList"))
        if value is None:
            sub(dd, W("listItem"), {W("displayText"): "Choose an item.", W("value"): ""})
        for o in options:
            sub(dd, W("listItem"), {W("displayText"): o, W("value"): o})
        content = sub(sdt, W("sdtContent"))
        if value is None:
            self.run(content, "Choose an item.", style="PlaceholderText")
        else:
            self.run(content, value)

    def textctl(self, p, value, alias):
        sdt, pr = self._sdt(p, alias, value is None)
        sub(pr, W("text"))
        content = sub(sdt, W("sdtContent"))
        if value is None:
            self.run(content, "Click or tap here to enter text.", style="PlaceholderText")
        else:
            self.run(content, value)

    def datectl(self, p, value, alias):
        sdt, pr = self._sdt(p, alias, value is None)
        de = sub(pr, W("date"))
        if value is not None:
            de.set(W("fullDate"), value.strftime("%Y-%m-%dT00:00:00Z"))
        sub(de, W("dateFormat"), {W("val"): "d MMMM yyyy"})
        sub(de, W("lid"), {W("val"): "en-NZ"})
        sub(de, W("storeMappedDataAs"), {W("val"): "dateTime"})
        sub(de, W("calendar"), {W("val"): "gregorian"})
        content = sub(sdt, W("sdtContent"))
        if value is None:
            self.run(content, "Click or tap to enter a date.", style="PlaceholderText")
        else:
            self.run(content, fmt_date(value))

    def tracked(self, p, kind, text):
        self.rev_id += 1
        rev = self.spec.get("reviser", ("Hemi Walker", "2026-05-04T10:12:00Z"))
        e = sub(p, W(kind), {W("id"): str(900 + self.rev_id), W("author"): rev[0],
                             W("date"): rev[1]})
        r = sub(e, W("r"))
        t = sub(r, W("delText" if kind == "del" else "t"))
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    def fill_paragraph(self, p, para):
        """p: CT_P element; para: str or P."""
        if isinstance(para, str):
            para = P([para])
        for seg in para:
            if isinstance(seg, str):
                self.run(p, seg)
            elif seg[0] == "b":
                self.run(p, seg[1], bold=True)
            elif seg[0] == "cb":
                self.checkbox(p, seg[1])
            elif seg[0] == "dd":
                self.dropdown(p, seg[1], seg[2], seg[3])
            elif seg[0] == "txt":
                self.textctl(p, seg[1], seg[2])
            elif seg[0] == "date":
                self.datectl(p, seg[1], seg[2])
            elif seg[0] in ("ins", "del"):
                self.tracked(p, seg[0], seg[1])
            else:
                raise ValueError(seg)

    def fill_cell(self, cell, answer, bold=False, align=None):
        if answer is None:
            answer = ""
        paras = answer if isinstance(answer, list) and not isinstance(answer, P) else [answer]
        first = True
        for para in paras:
            if first:
                par = cell.paragraphs[0]
                first = False
            else:
                par = cell.add_paragraph()
            if align:
                par.alignment = align
            if bold and isinstance(para, str):
                para = P([("b", para)])
            self.fill_paragraph(par._p, para)

    # ---------------------------------------------------------------- tables
    def shade(self, cell, fill):
        tcpr = cell._tc.get_or_add_tcPr()
        shd = tcpr.find(qn("w:shd"))
        if shd is None:
            shd = sub(tcpr, W("shd"))
        shd.set(W("val"), "clear")
        shd.set(W("color"), "auto")
        shd.set(W("fill"), fill)

    def block(self, title, ncols, widths, header=None, rows=(), qa=(), note=None):
        """A form block: merged shaded title row, optional header row, grid rows,
        then question/answer rows (label | merged answer)."""
        nrows = 1 + (1 if header else 0) + len(rows) + len(qa)
        t = self.doc.add_table(rows=nrows, cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        t.autofit = False
        grid = t._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[i] * 567)))
        for r in t.rows:
            for i, c in enumerate(r.cells):
                c.width = Cm(widths[i])
        ri = 0
        tc = t.cell(0, 0)
        if ncols > 1:
            tc = tc.merge(t.cell(0, ncols - 1))
        par = tc.paragraphs[0]
        r = par.add_run(title)
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        self.shade(tc, self.spec.get("title_fill", "1F3864"))
        ri = 1
        if header:
            for i, h in enumerate(header):
                c = t.cell(ri, i)
                self.fill_cell(c, h, bold=True)
                self.shade(c, self.spec.get("label_fill", "D9E2F3"))
            ri += 1
        for row in rows:
            for i, val in enumerate(row):
                c = t.cell(ri, i)
                center = WD_ALIGN_PARAGRAPH.CENTER if (isinstance(val, P) and len(val) == 1
                                                       and isinstance(val[0], tuple)
                                                       and val[0][0] == "cb") else None
                self.fill_cell(c, val, align=center)
            ri += 1
        for label, answer in qa:
            lc = t.cell(ri, 0)
            self.fill_cell(lc, label, bold=True)
            self.shade(lc, self.spec.get("label_fill", "D9E2F3"))
            ac = t.cell(ri, 1)
            if ncols > 2:
                ac = ac.merge(t.cell(ri, ncols - 1))
            self.fill_cell(ac, answer)
            ri += 1
        gap = self.doc.add_paragraph()
        if note:
            self.fill_paragraph(gap._p, note)
        return t

    def qa_block(self, title, qa):
        return self.block(title, 2, [5.2, 11.8], qa=qa)


# --------------------------------------------------------------------------
# section titles in the three numbering styles the team's forms have used
# --------------------------------------------------------------------------
ORDER = ["attending-agencies", "meeting-purpose", "sharing-purpose", "information-shared",
         "legal-authority", "use-of-information", "transparency", "method-of-sharing",
         "security-classification", "security-controls", "tikanga", "retention-disposal",
         "breach-management", "conflicts-of-interest", "relationship-management", "review",
         "approval"]

TITLES = {
    "num": {
        "attending-agencies": "Attending agencies",
        "meeting-purpose": "Meeting purpose",
        "sharing-purpose": "Purpose of sharing",
        "information-shared": "Information to be shared",
        "legal-authority": "Legal authority to share",
        "use-of-information": "Use of information",
        "transparency": "Transparency and notification",
        "method-of-sharing": "Method of sharing",
        "security-classification": "Security classification",
        "security-controls": "Security controls",
        "tikanga": "Tikanga considerations",
        "retention-disposal": "Retention and disposal",
        "breach-management": "Privacy and security breach management",
        "conflicts-of-interest": "Conflicts of interest",
        "relationship-management": "Relationship management and oversight",
        "review": "Review of this protocol",
        "approval": "Sign-off",
    },
    "part": {
        "attending-agencies": "Agencies attending the meeting",
        "meeting-purpose": "Purpose of the meeting",
        "sharing-purpose": "Purposes for sharing information",
        "information-shared": "What information will be shared",
        "legal-authority": "Legal authority for sharing",
        "use-of-information": "How shared information may be used",
        "transparency": "Transparency: telling people about the sharing",
        "method-of-sharing": "How information is shared",
        "security-classification": "Classification of information",
        "security-controls": "Minimum security controls",
        "tikanga": "Tikanga Māori",
        "retention-disposal": "Keeping and disposing of information",
        "breach-management": "Breach management",
        "conflicts-of-interest": "Managing conflicts of interest",
        "relationship-management": "Oversight and relationship managers",
        "review": "Review",
        "approval": "Approval and sign-off by attending agencies",
    },
    "caps": {
        "attending-agencies": "ATTENDING AGENCIES",
        "meeting-purpose": "PURPOSE OF THE MEETING",
        "sharing-purpose": "PURPOSE OF SHARING",
        "information-shared": "INFORMATION SHARED",
        "legal-authority": "LEGAL AUTHORITY",
        "use-of-information": "USE OF INFORMATION",
        "transparency": "TRANSPARENCY AND NOTIFICATION OBLIGATIONS",
        "method-of-sharing": "METHOD OF SHARING",
        "security-classification": "SECURITY CLASSIFICATION",
        "security-controls": "SECURITY CONTROLS",
        "tikanga": "TIKANGA CONSIDERATIONS",
        "retention-disposal": "RETENTION AND DISPOSAL",
        "breach-management": "PRIVACY AND SECURITY BREACHES",
        "conflicts-of-interest": "CONFLICTS OF INTEREST",
        "relationship-management": "RELATIONSHIP MANAGEMENT",
        "review": "REVIEW",
        "approval": "SIGN-OFF",
    },
}

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def section_title(spec, key, n):
    style = spec.get("title_style", "num")
    name = spec.get("title_overrides", {}).get(key) or TITLES[style][key]
    if style == "num":
        return "%d. %s" % (n, name)
    if style == "part":
        return "Part %s – %s" % (LETTERS[n - 1], name)
    return "SECTION %d: %s" % (n, name)


# --------------------------------------------------------------------------
# default control wording (varied per document by spec['controls_wording'])
# --------------------------------------------------------------------------
CONTROL_KEYS = ["training", "hardcopy-destruction", "password-protection", "approved-devices",
                "virtual-meeting", "hardcopy-distribution"]

CONTROL_TEXT = {
    "a": {
        "training": "Every representative has completed their agency's privacy and information security training.",
        "hardcopy-destruction": "Any hard copy information is securely destroyed at the end of each meeting.",
        "password-protection": "Email attachments that contain personal information are password protected.",
        "approved-devices": "Information is shared only from devices approved by the representative's agency.",
        "virtual-meeting": "In online meetings nobody uses the chat function, records the meeting or takes screenshots.",
        "hardcopy-distribution": "Hard copies are not handed to representatives of other agencies.",
    },
    "b": {
        "training": "Representatives have done privacy and information security training (internal modules and any business system modules).",
        "hardcopy-destruction": "Printed papers are collected by the chair and shredded when the meeting closes.",
        "password-protection": "Attachments holding personal information are encrypted with a password sent separately.",
        "approved-devices": "Only agency-issued or agency-approved laptops and phones are used to share or view information.",
        "virtual-meeting": "When the meeting is held on Teams, no personal information goes in the chat, the meeting is not recorded, and no screenshots are taken.",
        "hardcopy-distribution": "No printed material is given to other attending agency representatives.",
    },
    "c": {
        "training": "Attendees have completed privacy and security training before their first meeting.",
        "hardcopy-destruction": "Hard copies brought to the meeting are destroyed securely at the end of the meeting.",
        "password-protection": "Personal information sent by email is in a password-protected attachment.",
        "approved-devices": "Information is only accessed on agency-approved devices.",
        "virtual-meeting": "Virtual meetings: no chat messages with personal information, no recording, no screenshots.",
        "hardcopy-distribution": "Hard copy information is not passed to other attendees.",
    },
}


# --------------------------------------------------------------------------
# document renderer
# --------------------------------------------------------------------------
def render(spec):
    b = Builder(spec)
    doc = b.doc
    ags = [a[0] for a in spec["agencies"]]

    # header / footer
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.get("header_mark"):
        hr = hp.add_run(spec["header_mark"])
        hr.bold = True
    else:
        hp.add_run(spec.get("header_text", "Multi-agency meeting information sharing protocol"))
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = spec.get("footer", "Form ISP-3 · Regional Privacy Team")
    if spec.get("header_mark"):
        foot = spec["header_mark"] + "   |   " + foot
    fp.add_run(foot)

    # front matter
    tp = doc.add_paragraph(style="Title")
    tp.add_run(spec.get("form_title", "Multi-agency meeting information sharing protocol"))
    sp = doc.add_paragraph()
    r = sp.add_run(spec["meeting"])
    r.bold = True
    r.font.size = Pt(13)
    front = [("Meeting", spec["meeting"]),
             ("Protocol reference", spec["ref"]),
             ("Version", spec.get("version", "1.0 (final)"))]
    front += spec.get("front_extra", [])
    b.block("Protocol details", 2, [5.2, 11.8], qa=front)

    n = 0
    for key in ORDER:
        if key in spec.get("omit", ()):
            continue
        n += 1
        title = section_title(spec, key, n)
        SECTION_RENDER[key](b, spec, title, ags)

    for para in spec.get("closing", []):
        p = doc.add_paragraph()
        b.fill_paragraph(p._p, para)

    # core properties (fixed)
    cp = doc.core_properties
    cp.author = spec.get("author", "Regional Privacy Team")
    cp.last_modified_by = spec.get("modified_by", "Regional Privacy Team")
    cp.title = "Information sharing protocol – " + spec["meeting"]
    cp.subject = "Multi-agency meeting information sharing protocol"
    cp.keywords = "ISP; multi-agency meeting; form ISP-3"
    cp.created = spec.get("created", dt.datetime(2026, 2, 2, 9, 0, 0))
    cp.modified = spec.get("modified", dt.datetime(2026, 10, 1, 9, 0, 0))
    cp.revision = spec.get("revision", 3)
    cp.comments = ""
    return doc


def lead_answer(spec, ags):
    if spec.get("lead_ctrl") == "dd":
        return P([("dd", spec["lead"], ags, "Lead agency")])
    if spec.get("lead_ctrl") == "txt":
        return P([("txt", spec["lead"], "Lead agency")])
    return spec["lead"]


def r_attending(b, spec, title, ags):
    layout = spec.get("agency_layout", "grid")
    if layout == "grid":
        rows = [[a[0], a[1], a[2]] for a in spec["agencies"]]
        qa = [("Lead attending agency", lead_answer(spec, ags))]
        qa += spec.get("attending_extra", [])
        b.block(title, 3, [5.2, 4.3, 7.5],
                header=["Which agencies attend?", "Sector", "Representative (role)"],
                rows=rows, qa=qa)
    else:
        listing = ["%s (%s)" % (a[0], a[1]) for a in spec["agencies"]]
        qa = [("Which agencies attend?", listing),
              ("Lead agency", lead_answer(spec, ags)),
              ("Who represents each agency?", spec.get("rep_text",
               "; ".join("%s: %s" % (a[0], a[2]) for a in spec["agencies"]) + "."))]
        qa += spec.get("attending_extra", [])
        b.qa_block(title, qa)


def r_meeting(b, spec, title, ags):
    qa = [("Why does the meeting take place?", spec["meeting_purpose"]),
          ("How often does it meet?", spec["frequency"]),
          ("Who chairs the meeting?", spec["chair"])]
    qa += spec.get("meeting_extra", [])
    b.qa_block(title, qa)


COLNAMES = {"auth": "Authority", "purpose": "Purpose", "info": "Information",
            "no": "No."}


def purpose_table(b, spec, title, intro_qa=()):
    cols = spec.get("purpose_cols", ["auth", "purpose", "info"])
    names = spec.get("purpose_colnames", {})
    header = [names.get(c, COLNAMES[c]) for c in cols]
    widths_map = {"auth": 4.6, "purpose": 6.4, "info": 5.0, "no": 1.0}
    widths = [widths_map[c] for c in cols]
    tot = sum(widths)
    widths = [w * 17.0 / tot for w in widths]
    rows = []
    for i, pu in enumerate(spec["purposes"], 1):
        row = []
        for c in cols:
            if c == "no":
                row.append(str(i))
            elif c == "purpose":
                row.append(pu["p"])
            elif c == "info":
                row.append(pu.get("info", ""))
            else:
                row.append(pu["auth"])
        rows.append(row)
    b.block(title, len(cols), widths, header=header, rows=rows,
            qa=list(intro_qa) + spec.get("purpose_extra", []))


def r_sharing(b, spec, title, ags):
    if spec.get("purpose_table_in", "sharing") == "sharing":
        purpose_table(b, spec, title)
    else:
        qa = [("Purpose %d" % i, re.sub(r"^\d+\.\s*", "", pu["p"]))
              for i, pu in enumerate(spec["purposes"], 1)]
        qa += spec.get("sharing_extra", [])
        b.qa_block(title, qa)


def r_info(b, spec, title, ags):
    rows = [[a, i] for a, i in spec["info_rows"]]
    b.block(title, 2, [5.2, 11.8], header=["Agency", "What information will it bring?"],
            rows=rows, qa=spec.get("info_extra", []))


def r_legal(b, spec, title, ags):
    if spec.get("purpose_table_in", "sharing") == "legal":
        purpose_table(b, spec, title)
        return
    b.qa_block(title, spec["legal_qa"])


def r_use(b, spec, title, ags):
    b.qa_block(title, spec.get("use_qa", [
        ("How may representatives use what they hear?",
         "Only for the purpose it was shared for, under the legal authority stated for that "
         "purpose. Information is not used for any other purpose unless the agency "
         "has separately worked through the purpose and legal authority for that secondary use "
         "with its privacy or legal team."),
        ("Can information go into agency systems?",
         "Only where the agency needs it to carry out an action agreed at the meeting. The "
         "record notes where the information came from, the legal authority it was shared "
         "under, the purpose, any restrictions on its use and the date it was shared."),
    ]))


def r_transparency(b, spec, title, ags):
    b.qa_block(title, spec["transparency_qa"])


def r_method(b, spec, title, ags):
    methods = spec["methods"]
    para = []
    for lab, chk in methods:
        para += [("cb", chk), " " + lab + "   "]
    qa = [("How is information shared?", P(para))]
    qa += spec.get("method_qa", [])
    b.qa_block(title, qa)


def r_class(b, spec, title, ags):
    cl = spec["classification"]
    ctl = spec.get("class_ctrl", "boxes")
    if ctl == "boxes":
        opts = spec.get("class_options", ["IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"])
        para = ["Classification: "]
        for o in opts:
            para += [("cb", o == cl), " " + o + "   "]
        ans = P(para)
    elif ctl == "dd":
        ans = P([("dd", cl, ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED",
                             "CONFIDENTIAL"], "Classification")])
    else:
        ans = cl
    qa = [("Classification of information shared at the meeting", ans)]
    qa += spec.get("class_qa", [])
    b.qa_block(title, qa)


def r_controls(b, spec, title, ags):
    wording = CONTROL_TEXT[spec.get("controls_wording", "a")]
    answers = spec.get("control_answers", {})
    comments = spec.get("control_comments", {})
    omit = spec.get("omit_controls", ())
    rows = []
    for k in CONTROL_KEYS:
        if k in omit:
            continue
        text = spec.get("control_text", {}).get(k, wording[k])
        ans = answers.get(k, "Yes")
        rows.append([text, P([("cb", ans == "Yes")]), P([("cb", ans == "No")]),
                     comments.get(k, "")])
    for text, ans, com in spec.get("extra_controls", []):
        rows.append([text, P([("cb", ans == "Yes")]), P([("cb", ans == "No")]), com])
    b.block(title, 4, [8.4, 1.3, 1.3, 6.0],
            header=["Are these controls in place?", "Yes", "No", "Comment"],
            rows=rows, qa=spec.get("controls_qa", []))


def r_tikanga(b, spec, title, ags):
    b.qa_block(title, spec["tikanga_qa"])


def r_retention(b, spec, title, ags):
    b.qa_block(title, spec["retention_qa"])


def r_breach(b, spec, title, ags):
    b.qa_block(title, spec["breach_qa"])


def r_conflicts(b, spec, title, ags):
    b.qa_block(title, spec.get("conflicts_qa", [
        ("Do representatives declare conflicts at the start of each meeting?",
         P([("cb", True), " Yes   ", ("cb", False), " No"])),
        ("What happens when a conflict arises?",
         "The representative tells the chair as soon as they become aware of it, passes any "
         "request for information about that person to a colleague in their agency, and leaves "
         "the meeting while that person is discussed. The chair records the declaration in "
         "the action log."),
    ]))


def r_relationship(b, spec, title, ags):
    rows = [[a, m] for a, m in spec["rel_rows"]]
    b.block(title, 2, [5.2, 11.8], header=["Agency", "Relationship manager (role)"],
            rows=rows, qa=spec.get("rel_qa", []))


def r_review(b, spec, title, ags):
    rv = spec["review"]
    mctl = rv.get("months_ctrl", "dd")
    m = rv.get("months")
    if mctl == "dd":
        period = P(["Review every: ", ("dd", m, ["6", "12", "18", "24", "36"], "Review period"),
                    " months"])
    elif mctl == "bracket":
        period = P(["Review every: [%s] months" % m])
    else:
        period = rv["period_text"]
    octl = rv.get("owner_ctrl", "dd")
    owner = rv.get("owner")
    if octl == "dd":
        oans = P(["Responsible agency: ", ("dd", owner, ags, "Review owner")])
    elif octl == "txt":
        oans = P(["Responsible agency: ", ("txt", owner, "Review owner")])
    else:
        oans = rv["owner_text"]
    qa = [("How often is the protocol reviewed?", period),
          ("Which agency initiates the review?", oans)]
    qa += rv.get("extra", [])
    b.qa_block(title, qa)


def r_approval(b, spec, title, ags):
    dctl = spec.get("date_ctrl", "text")
    rows = []
    for ag, name, role, d in spec["signatures"]:
        if d is None:
            dcell = ""
        elif dctl == "date":
            dcell = P([("date", d, "Signature date")])
        else:
            dcell = fmt_date(d)
        mark = spec.get("sig_mark", "(signed)" if spec["cb"] == "glyph" else "")
        rows.append([ag, name, role, mark, dcell])
    b.block(title, 5, [4.3, 3.4, 4.0, 2.6, 2.7],
            header=["Agency", "Name", "Role", "Signature", "Date"],
            rows=rows, qa=[], note=spec.get("approval_note"))


SECTION_RENDER = {
    "attending-agencies": r_attending, "meeting-purpose": r_meeting,
    "sharing-purpose": r_sharing, "information-shared": r_info,
    "legal-authority": r_legal, "use-of-information": r_use,
    "transparency": r_transparency, "method-of-sharing": r_method,
    "security-classification": r_class, "security-controls": r_controls,
    "tikanga": r_tikanga, "retention-disposal": r_retention,
    "breach-management": r_breach, "conflicts-of-interest": r_conflicts,
    "relationship-management": r_relationship, "review": r_review,
    "approval": r_approval,
}


# --------------------------------------------------------------------------
# saving with fixed ZIP timestamps
# --------------------------------------------------------------------------
def save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ==========================================================================
# CONTENT
# ==========================================================================
D = dt.date
YN_YES = P([("cb", True), " Yes   ", ("cb", False), " No"])

# ----- shared clause sets ------------------------------------------------
TRANSPARENCY_STD = [
    ("Are people told that their information may be shared at the meeting?", YN_YES),
    ("How are they told?",
     "The referring agency tells the person (and, where safe, their whānau) which agencies "
     "attend, why information is shared and how it is used, when it first engages with them. "
     "Each attending agency's privacy statement describes its participation in the meeting."),
    ("When will people not be told?",
     "Where telling the person would put someone at risk of harm or prejudice an investigation. "
     "The reason is recorded in the action log and revisited at the next meeting."),
]


def breach_qa(role, agency, email, phone, name=None, extra=None):
    rows = []
    if name:
        rows.append(("Breach contact (name)", name))
    rows += [("Breach contact (role)", role), ("Agency", agency),
             ("Email", email), ("Phone", phone),
             ("How will agencies respond together?",
              extra or "The agency that becomes aware of a breach tells the breach contact the "
              "same day. The breach contact brings together the agencies whose information is "
              "involved to contain it, assess harm, decide what to tell the affected people, and "
              "decide whether the breach is notifiable to the Privacy Commissioner. Each agency "
              "also follows its own breach procedure.")]
    return rows


# ==========================================================================
# CLEAN 01 – family violence safety table, Whangārei (w14 checkboxes)
# ==========================================================================
def spec_clean01():
    ags = [("New Zealand Police", "Government", "Family Harm Coordinator"),
           ("Oranga Tamariki", "Government", "Site Supervisor, Whangārei"),
           ("Health New Zealand", "Government", "Family Violence Intervention Coordinator"),
           ("Department of Corrections", "Government", "Probation Service Manager"),
           ("Ngāti Hine Health Trust", "Iwi / Māori provider", "Whānau Ora Navigator Lead"),
           ("Whangārei Women's Refuge", "NGO", "Safety Advocate Team Leader")]
    return dict(
        file="clean-01-whangarei-safety-table.docx",
        meeting="Whangārei Family Violence Safety Table",
        ref="ISP-NTH-2026-04", cb="sdt", title_style="num", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="New Zealand Police", lead_ctrl="dd",
        meeting_purpose=("To assess family violence episodes reported in the Whangārei district "
                         "each working day, identify the people at highest risk, and agree a "
                         "coordinated safety plan with actions for each agency."),
        frequency="Daily on working days, 9.30 am, at the Whangārei Police Station and on Teams.",
        chair="Family Harm Coordinator, New Zealand Police.",
        purpose_cols=["auth", "purpose", "info"],
        purposes=[
            dict(auth="Family Violence Act 2018, ss 20 and 21",
                 p="To assess the risk of family violence to victims, including children, in each episode.",
                 info="Episode details, history of family violence, protection orders, risk assessment scores."),
            dict(auth="Oranga Tamariki Act 1989, s 66C",
                 p="To identify children whose wellbeing or safety is affected and agree who supports them.",
                 info="Children in the household, current Oranga Tamariki involvement, school and health enrolment."),
            dict(auth="Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)",
                 p="To lessen a serious threat to the life or health of a person discussed at the meeting.",
                 info="Relevant health and mental health information, current treatment and risk indicators."),
        ],
        info_rows=[
            ("New Zealand Police", "Family violence episode reports, offending history, protection orders and bail conditions."),
            ("Oranga Tamariki", "Whether the family is known, current plans and allocated social worker."),
            ("Health New Zealand", "Relevant health information needed to assess risk, such as ED presentations for injury."),
            ("Department of Corrections", "Sentence and release conditions, probation officer contact."),
            ("Ngāti Hine Health Trust", "Whether whānau are engaged with Whānau Ora services and any support already in place."),
            ("Whangārei Women's Refuge", "Safety planning already done with the victim, with their agreement where safe."),
        ],
        legal_qa=[
            ("Authority for each purpose", "The authority for each purpose is in the Authority column of the table in section 3."),
            ("Does this protocol itself allow sharing?",
             "No. This protocol does not itself authorise any sharing. It records the legal "
             "authorities each agency relies on, and representatives must check that the "
             "criteria of the authority they rely on are met before they share."),
        ],
        transparency_qa=TRANSPARENCY_STD,
        methods=[("Verbally at the meeting", True), ("Secure email (SEEMail)", True),
                 ("Hard copies at the meeting", False), ("Family Safety System", True)],
        method_qa=[("Details",
                    "Police circulate the day's episode list through the Family Safety System at "
                    "8.30 am. Further information is shared verbally at the meeting and recorded "
                    "in the Family Safety System. Follow-up information is sent by SEEMail.")],
        classification="IN-CONFIDENCE", class_ctrl="boxes",
        class_options=["IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"],
        controls_wording="a",
        tikanga_qa=[("How is tikanga reflected in the sharing?",
                     "Ngāti Hine Health Trust advises the table on tikanga. Whānau are discussed "
                     "with respect for their mana; whakapapa information is shared only where it "
                     "is needed to keep someone safe, and Māori data shared by the Trust is used "
                     "only for the safety plan it was shared for. Kaumātua advice is sought where "
                     "the Trust asks for it.")],
        retention_qa=[
            ("Where is retained information kept?",
             "In each agency's approved business system, and only where the agency needs it to "
             "carry out an action agreed at the meeting. Emails holding personal information are "
             "deleted once the information is saved in that system."),
            ("How long is it kept?",
             "No longer than the purpose needs, under each agency's retention and disposal authority."),
            ("Agendas, action logs and minutes",
             "Held by New Zealand Police in the Family Safety System and disposed of under the Police retention schedule."),
        ],
        breach_qa=breach_qa("Family Harm Coordinator", "New Zealand Police",
                            "whangarei.safetytable@police.govt.nz", "09 430 4500", name="Tania Kereama"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Area Prevention Manager", "Site Manager, Whangārei", "Family Violence and Sexual Violence Lead",
            "District Manager", "Pou Whakahaere, Whānau Ora", "Manager, Whangārei Women's Refuge"])],
        rel_qa=[("How often do relationship managers check in?",
                 "Every three months with their representative, and together once a year.")],
        review=dict(months="12", months_ctrl="dd", owner="New Zealand Police", owner_ctrl="dd",
                    extra=[("Can an agency ask for an earlier review?",
                            "Yes. Any agency can ask the lead agency for a review at any time if an issue with the sharing arises.")]),
        signatures=[
            ("New Zealand Police", "Inspector Rawiri Tane", "District Prevention Manager, Northland", D(2026, 3, 2)),
            ("Oranga Tamariki", "Melissa Grant", "Regional Manager, Te Tai Tokerau", D(2026, 3, 4)),
            ("Health New Zealand", "Dr Anahera Wikaira", "Group Manager, Te Tai Tokerau Hospitals", D(2026, 3, 4)),
            ("Department of Corrections", "Stephen Murdoch", "Regional Commissioner, Northern", D(2026, 3, 9)),
            ("Ngāti Hine Health Trust", "Hone Pomare", "Chief Executive", D(2026, 3, 10)),
            ("Whangārei Women's Refuge", "Lisa Tuhiwai", "Manager", D(2026, 3, 11)),
        ],
        date_ctrl="date",
        created=dt.datetime(2026, 1, 19, 9, 0), modified=dt.datetime(2026, 3, 11, 16, 0),
    )


# ==========================================================================
# CLEAN 02 – youth offending panel, Porirua (typed ☒/☐)
# ==========================================================================
def spec_clean02():
    ags = [("Oranga Tamariki", "Government", "Youth Justice Supervisor"),
           ("New Zealand Police", "Government", "Youth Aid Sergeant"),
           ("Ministry of Education", "Government", "Learning Support Manager"),
           ("Te Rūnanga o Toa Rangatira", "Iwi", "Kaiārahi Rangatahi"),
           ("Youth Horizons Trust", "NGO", "Practice Leader")]
    return dict(
        file="clean-02-porirua-youth-panel.docx",
        meeting="Porirua Rangatahi Response Panel",
        ref="ISP-WGN-26/011", cb="glyph", title_style="part", header_mark="SENSITIVE",
        agencies=ags, lead="Oranga Tamariki", lead_ctrl="text", agency_layout="list",
        meeting_purpose=("To plan a coordinated response for young people aged 12 to 17 who have "
                         "offended, or are at risk of offending, in Porirua, so that they are "
                         "connected with education, whānau support and services that address the "
                         "causes of the offending."),
        frequency="Fortnightly, Tuesday afternoons, at the Oranga Tamariki Porirua site.",
        chair="Youth Justice Supervisor, Oranga Tamariki.",
        purpose_cols=["purpose", "info", "auth"],
        purpose_colnames={"auth": "Legal authority"},
        purposes=[
            dict(p="To assess the wellbeing needs of each young person referred to the panel and the reasons for their offending.",
                 info="Offending and Police contact, care and protection history, school enrolment and attendance.",
                 auth="Oranga Tamariki Act 1989, s 66C(1)(a) and (b)"),
            dict(p="To agree a plan of supports, and which agency leads each action, for the young person and their whānau.",
                 info="Services already involved, whānau contact details, current supports.",
                 auth="Oranga Tamariki Act 1989, s 66C(1)(c)"),
        ],
        info_rows=[
            ("Oranga Tamariki", "Youth justice and care and protection history, current plans."),
            ("New Zealand Police", "Youth Aid contact, alternative action plans, outstanding matters."),
            ("Ministry of Education", "Enrolment, attendance, stand-downs and suspensions, learning support."),
            ("Te Rūnanga o Toa Rangatira", "Whānau connections and supports the Rūnanga already provides, with whānau agreement."),
            ("Youth Horizons Trust", "Current programme involvement and progress."),
        ],
        legal_qa=[
            ("Which authority applies to each purpose?",
             "See the Legal authority column in Part C. Both purposes rely on section 66C of the "
             "Oranga Tamariki Act 1989; every attending agency is a child welfare and protection "
             "agency or independent person under section 2 of that Act."),
            ("Consultation", "Before sharing under s 66C, representatives consider whether to consult "
                             "the young person and their whānau (s 66C(3) and s 66Q)."),
        ],
        transparency_qa=[
            ("Are rangatahi and whānau told about the panel?", P([("cb", True), " Yes   ", ("cb", False), " No"])),
            ("How?", "The Youth Aid officer or social worker explains the panel, who attends and "
                     "what is shared when the young person is referred, and gives the whānau the "
                     "panel's information sheet in English and te reo Māori."),
            ("Exceptions", "If telling the whānau would put the young person at risk, the referrer "
                           "records why and the panel reconsiders at each meeting."),
        ],
        methods=[("Verbally at the meeting", True), ("Secure email", True),
                 ("Hard copies", False), ("Shared Teams site", False)],
        method_qa=[("Details", "Oranga Tamariki emails the referral list two days before the meeting as a "
                               "password-protected attachment. Everything else is shared verbally.")],
        classification="SENSITIVE", class_ctrl="boxes",
        class_options=["IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"],
        controls_wording="b",
        tikanga_qa=[("Tikanga",
                     "Ngāti Toa Rangatira is mana whenua in Porirua. The Rūnanga's kaiārahi advises "
                     "on tikanga for each rangatahi Māori discussed, and information about whakapapa "
                     "and whānau connections is treated as taonga: it is shared only with whānau "
                     "agreement and only for the plan. The panel opens and closes with karakia.")],
        retention_qa=[
            ("What may agencies keep?",
             "Only what they need to carry out an action agreed at the panel, saved in their own "
             "approved system with a note of the source, authority, purpose and date. Agencies do "
             "not keep information just in case it might be needed later."),
            ("Panel records", "Oranga Tamariki keeps the agenda and action log in CYRAS and disposes "
                              "of them under its retention and disposal schedule."),
        ],
        breach_qa=breach_qa("Privacy Officer", "Oranga Tamariki", "privacy@ot.govt.nz", "04 918 9100"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Site Manager, Porirua", "Youth Services Manager, Wellington District",
            "Director of Education, Te Tai Tokerau ki Te Upoko", "Kaiwhakahaere Hauora", "Regional Manager"])],
        review=dict(months="12", months_ctrl="text", owner_ctrl="text",
                    period_text="Review every 12 months from the date of the last signature.",
                    owner_text="Oranga Tamariki, as lead agency, initiates the review."),
        signatures=[
            ("Oranga Tamariki", "Mereana Tautahi", "Regional Manager, Wellington", D(2026, 5, 12)),
            ("New Zealand Police", "Inspector Paul Ferris", "Area Commander, Kapiti-Mana", D(2026, 5, 14)),
            ("Ministry of Education", "Rebecca Liu", "Director of Education, Wellington", D(2026, 5, 18)),
            ("Te Rūnanga o Toa Rangatira", "Rawiri Solomon", "Pouwhakahaere", D(2026, 5, 20)),
            ("Youth Horizons Trust", "Fiona McKenzie", "Chief Executive", D(2026, 5, 21)),
        ],
        title_fill="385623", label_fill="E2EFD9",
        created=dt.datetime(2026, 4, 1, 9, 0), modified=dt.datetime(2026, 5, 21, 15, 0),
    )


# ==========================================================================
# CLEAN 03 – school attendance, Ōtara ([X]/[ ])
# ==========================================================================
def spec_clean03():
    ags = [("Ministry of Education", "Government", "Attendance Service Lead"),
           ("Oranga Tamariki", "Government", "Social Worker in Schools Supervisor"),
           ("Ministry of Social Development", "Government", "Service Centre Manager"),
           ("Kāinga Ora – Homes and Communities", "Government", "Tenancy Manager"),
           ("Manukau Urban Māori Authority", "Māori provider", "Whānau Ora Kaimahi Lead"),
           ("Ōtara Pasifika Family Services", "NGO", "Family Support Coordinator")]
    return dict(
        file="clean-03-otara-attendance-hub.docx",
        meeting="Ōtara School Attendance Hub",
        ref="ISP/AKL/2026/17", cb="bracket", title_style="caps", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="Ministry of Education", lead_ctrl="text",
        meeting_purpose=("To get tamariki and rangatahi who are chronically absent from Ōtara "
                         "schools back to learning, by identifying the barriers to attendance "
                         "for each ākonga and their whānau and agreeing who will help remove them."),
        frequency="Monthly during school terms, at the Ōtara Attendance Service office.",
        chair="Attendance Service Lead, Ministry of Education.",
        purpose_cols=["no", "purpose", "auth", "info"],
        purpose_colnames={"auth": "Legal authority", "info": "Information needed"},
        purposes=[
            dict(p="To identify the barriers to attendance for each referred ākonga.",
                 auth="Privacy Act 2020, IPP 11(1)(a) (disclosure is one of the purposes for which the information was obtained)",
                 info="Attendance records, school engagement, known barriers."),
            dict(p="To identify children whose wellbeing is at risk and agree supports.",
                 auth="Oranga Tamariki Act 1989, s 66C",
                 info="Care and protection involvement, wellbeing concerns."),
            dict(p="To check whether whānau are receiving the financial support they are entitled to so cost is not a barrier.",
                 auth="Privacy Act 2020, IPP 11(1)(c) (whānau have authorised the disclosure on the referral form)",
                 info="Benefit status and hardship assistance (no amounts)."),
            dict(p="To address housing problems, such as overcrowding or transience, that stop ākonga attending.",
                 auth="Privacy Act 2020, IPP 11(1)(c) (whānau have authorised the disclosure on the referral form)",
                 info="Tenancy status and pending transfers."),
        ],
        info_rows=[
            ("Ministry of Education", "Attendance data, enrolment history, schools attended, learning support."),
            ("Oranga Tamariki", "Whether the whānau is known and the name of the allocated worker."),
            ("Ministry of Social Development", "Whether the whānau receives a benefit or hardship help; no amounts."),
            ("Kāinga Ora – Homes and Communities", "Tenancy status, overcrowding assessments, transfer applications."),
            ("Manukau Urban Māori Authority", "Whānau Ora support in place, with whānau agreement."),
            ("Ōtara Pasifika Family Services", "Family support in place, with family agreement."),
        ],
        legal_qa=[
            ("Authorities relied on", "Each purpose is matched to its authority in the purposes table "
                                      "above. Where a purpose relies on the whānau's authorisation, "
                                      "information is shared only if the signed referral form "
                                      "covers that agency."),
            ("Note", "The protocol records the authorities relied on; it does not itself "
                     "authorise any sharing."),
        ],
        transparency_qa=[
            ("Are whānau told about the hub?", P([("cb", True), " Yes   ", ("cb", False), " No"])),
            ("How?", "The school's attendance officer explains the hub and its member agencies when "
                     "the whānau signs the referral form, and leaves a copy of the form with them."),
            ("Can whānau say no?", "Yes. If a whānau does not agree to an agency being told, that agency "
                                   "is not given information that relies on the whānau's authorisation."),
        ],
        methods=[("Verbally at the hub", True), ("SEEMail / secure email", True),
                 ("Hard copies", False)],
        method_qa=[("Details", "The referral list is emailed as a password-protected spreadsheet a week "
                               "before the hub. Discussion is verbal; actions are emailed afterwards.")],
        classification="IN-CONFIDENCE", class_ctrl="boxes",
        class_options=["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE"],
        controls_wording="c",
        tikanga_qa=[("Tikanga",
                     "Manukau Urban Māori Authority advises the hub on tikanga. Hui with whānau are "
                     "held kanohi ki te kanohi where whānau prefer it, and information about whānau "
                     "Māori is shared with care for their mana and only for the hub's purposes.")],
        retention_qa=[
            ("What may agencies keep?", "Only information they need for an action agreed at the hub, "
                                        "stored in their approved system."),
            ("How long?", "As long as the action needs it, then disposed of under the agency's "
                          "retention and disposal authority."),
            ("Hub records", "The Ministry of Education keeps the action log in its case management "
                            "system and deletes referral spreadsheets after each hub."),
        ],
        breach_qa=breach_qa("Privacy Officer", "Ministry of Education", "privacy.officer@education.govt.nz",
                            "0800 422 599"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Manager, Attendance Services Auckland", "Site Manager, Ōtara", "Regional Director, Counties Manukau",
            "Area Manager, Ōtara-Papatoetoe", "Whānau Ora Services Manager", "General Manager"])],
        review=dict(months="24", months_ctrl="bracket", owner_ctrl="text",
                    owner_text="Responsible agency: Ministry of Education",
                    extra=[("Next review by", "30 June 2028")]),
        signatures=[
            ("Ministry of Education", "Tevita Fifita", "Director of Education, Auckland", D(2026, 6, 3)),
            ("Oranga Tamariki", "Sarah Ngaro", "Regional Manager, Counties Manukau", D(2026, 6, 5)),
            ("Ministry of Social Development", "Anil Prasad", "Regional Commissioner, Counties Manukau", D(2026, 6, 8)),
            ("Kāinga Ora – Homes and Communities", "Joanne Hart", "Regional Director, Auckland South", D(2026, 6, 10)),
            ("Manukau Urban Māori Authority", "Wiremu Kahu", "Chief Executive", D(2026, 6, 15)),
            ("Ōtara Pasifika Family Services", "Losa Faleolo", "General Manager", D(2026, 6, 30)),
        ],
        title_fill="7B2C2C", label_fill="F2DCDB",
        created=dt.datetime(2026, 5, 2, 9, 0), modified=dt.datetime(2026, 6, 30, 12, 0),
    )


# ==========================================================================
# CLEAN 04 – elder abuse response, Ōtautahi (w14 checkboxes + drop-downs)
# ==========================================================================
def spec_clean04():
    ags = [("Age Concern Canterbury", "NGO", "Elder Abuse Response Service Coordinator"),
           ("Health New Zealand", "Government", "Older Persons Health Social Work Lead"),
           ("New Zealand Police", "Government", "Family Harm Sergeant"),
           ("He Waka Tapu", "Māori provider", "Kaumātua Services Lead"),
           ("Ministry of Social Development", "Government", "Senior Services Manager")]
    return dict(
        file="clean-04-otautahi-elder-abuse.docx",
        meeting="Ōtautahi Elder Abuse Multi-agency Response Meeting",
        ref="EARS-CHC-2026-02", cb="sdt", title_style="num", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="Age Concern Canterbury", lead_ctrl="dd",
        meeting_purpose=("To respond to complex cases of suspected abuse or neglect of older people "
                         "in Christchurch where more than one agency is involved, and agree a plan "
                         "that keeps the older person safe and respects their wishes."),
        frequency="Monthly, and within two working days when a case is urgent.",
        chair="Elder Abuse Response Service Coordinator, Age Concern Canterbury.",
        purpose_table_in="legal",
        purpose_cols=["purpose", "auth"],
        purpose_colnames={"auth": "Legal authority relied on"},
        purposes=[
            dict(p="1. To assess the risk of harm to the older person referred to the meeting.",
                 auth="Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)"),
            dict(p="2. To agree a safety and support plan with the older person, where they have capacity to take part.",
                 auth="Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b) (authorised by the older person or their attorney)"),
        ],
        purpose_extra=[("Does this protocol allow sharing on its own?",
                        "No. The protocol records which authority each purpose relies on; it cannot "
                        "create or change the law. Representatives check the criteria are met each time.")],
        info_rows=[
            ("Age Concern Canterbury", "Referral details, the older person's wishes, EARS assessment."),
            ("Health New Zealand", "Relevant health, capacity and care assessment information."),
            ("New Zealand Police", "Reported incidents and any investigation that affects the plan."),
            ("He Waka Tapu", "Whānau support and kaumātua services in place, with agreement."),
            ("Ministry of Social Development", "Whether the person's income is paid to an agent or attorney."),
        ],
        transparency_qa=[
            ("Is the older person told?", P([("cb", True), " Yes   ", ("cb", False), " No"])),
            ("How?", "The EARS coordinator explains the meeting and asks the older person (or their "
                     "attorney under an activated enduring power of attorney) for their views before "
                     "the case is discussed."),
            ("Exceptions", "Where telling the person's attorney or carer could increase the risk of "
                           "harm, they are not told, and the reason is recorded."),
        ],
        methods=[("Verbally at the meeting", True), ("Secure email", True),
                 ("Hard copies", False)],
        method_qa=[("Details", "Case summaries are sent by Age Concern Canterbury as password-"
                               "protected attachments; discussion is verbal.")],
        classification="IN-CONFIDENCE", class_ctrl="dd",
        controls_wording="b",
        tikanga_qa=[("Tikanga",
                     "He Waka Tapu advises on tikanga for kaumātua discussed at the meeting, "
                     "including involving whānau in decisions in the way the kaumātua wishes, and "
                     "treating information about whakapapa and whenua as taonga.")],
        retention_qa=[
            ("Where is information kept?", "Only in each agency's approved case system, and only "
                                           "where needed for the agreed plan."),
            ("Disposal", "Emails are deleted once information is saved. Each agency disposes of "
                         "information under its retention and disposal authority."),
        ],
        breach_qa=breach_qa("Privacy Officer", "Age Concern Canterbury", "privacy@ageconcerncan.org.nz",
                            "03 366 0903"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Chief Executive", "Service Manager, Older Persons Health", "Area Prevention Manager, Christchurch",
            "Kaiwhakahaere Matua", "Regional Director, Canterbury"])],
        review=dict(months="24", months_ctrl="dd", owner="Age Concern Canterbury", owner_ctrl="dd"),
        signatures=[
            ("Age Concern Canterbury", "Simon Templeton", "Chief Executive", D(2026, 8, 3)),
            ("Health New Zealand", "Dr Priya Natarajan", "Director of Allied Health, Waitaha Canterbury", D(2026, 8, 5)),
            ("New Zealand Police", "Superintendent Gail Munro", "District Commander, Canterbury", D(2026, 8, 11)),
            ("He Waka Tapu", "Tamati Kaiwai", "Chief Executive", D(2026, 8, 12)),
            ("Ministry of Social Development", "Ruth Caldwell", "Regional Commissioner, Canterbury", D(2026, 8, 14)),
        ],
        date_ctrl="date", title_fill="2F5496",
        created=dt.datetime(2026, 7, 1, 9, 0), modified=dt.datetime(2026, 8, 14, 11, 0),
    )


# ==========================================================================
# CLEAN 05 – reintegration panel, Rotorua (typed ☒/☐)
# ==========================================================================
def spec_clean05():
    ags = [("Ara Poutama Aotearoa", "Government", "Reintegration Case Manager Lead"),
           ("Kāinga Ora – Homes and Communities", "Government", "Housing Solutions Manager"),
           ("Ministry of Social Development", "Government", "Work Broker Team Leader"),
           ("Health New Zealand", "Government", "Mental Health and Addictions Clinical Lead"),
           ("Te Arawa Whānau Ora", "Iwi / Māori provider", "Whānau Ora Navigator")]
    return dict(
        file="clean-05-rotorua-reintegration.docx",
        meeting="Rotorua Reintegration Panel",
        ref="ISP-BOP-2026-09", cb="glyph", title_style="part", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="Ara Poutama Aotearoa", lead_ctrl="text",
        meeting_purpose=("To plan housing, income, health and whānau support for people returning "
                         "to Rotorua from prison in the next eight weeks, so that they have what "
                         "they need on release and are less likely to reoffend."),
        frequency="Every three weeks, at the Rotorua Community Corrections site.",
        chair="Reintegration Case Manager Lead, Ara Poutama Aotearoa.",
        purpose_cols=["auth", "purpose", "info"],
        purposes=[
            dict(auth="Privacy Act 2020, IPP 11(1)(c) (the person has signed the reintegration consent form)",
                 p="To arrange housing for the person on release.",
                 info="Release date, conditions that affect where they may live, housing history."),
            dict(auth="Privacy Act 2020, IPP 11(1)(c) (the person has signed the reintegration consent form)",
                 p="To arrange income support and employment help from release day.",
                 info="Identity and bank details needed for a benefit application, work history."),
            dict(auth="Health Information Privacy Code 2020, rule 11(1)(b) (authorised by the person)",
                 p="To continue mental health and addiction treatment after release.",
                 info="Current treatment, prescriptions and community team referral."),
        ],
        info_rows=[
            ("Ara Poutama Aotearoa", "Release date, release conditions, programmes completed."),
            ("Kāinga Ora – Homes and Communities", "Housing options and tenancy history."),
            ("Ministry of Social Development", "Benefit eligibility and employment services."),
            ("Health New Zealand", "Treatment information the person has agreed to share."),
            ("Te Arawa Whānau Ora", "Whānau support and marae connections, with agreement."),
        ],
        legal_qa=[
            ("Authority for each purpose", "As stated against each purpose in Part C."),
            ("If the person withdraws consent", "Sharing that relies on the person's authorisation stops. "
                                                 "Agencies then check with their legal team before sharing "
                                                 "under any other authority."),
        ],
        transparency_qa=[
            ("Is the person told?", P([("cb", True), " Yes   ", ("cb", False), " No"])),
            ("How?", "The case manager explains the panel, the agencies and the information shared "
                     "before the person signs the reintegration consent form, at least six weeks "
                     "before release."),
        ],
        methods=[("Verbally at the panel", True), ("Secure email", True),
                 ("Hard copies", True)],
        method_qa=[("Details", "A one-page summary for each person is tabled at the panel and "
                               "collected by the chair at the end for shredding.")],
        classification="IN-CONFIDENCE", class_ctrl="boxes",
        class_options=["IN-CONFIDENCE", "SENSITIVE"],
        controls_wording="c",
        extra_controls=[("Release addresses are not written in emails.", "Yes", "")],
        tikanga_qa=[("Tikanga",
                     "Te Arawa Whānau Ora advises on tikanga for people returning to Te Arawa "
                     "whānau, hapū and marae. Reconnection with whānau is planned with the person "
                     "and whānau together, and the Navigator leads that kōrero.")],
        retention_qa=[
            ("What may agencies keep?", "Information needed for their part of the release plan, "
                                        "stored in their approved system."),
            ("How long?", "Until the plan is completed, then under each agency's disposal authority."),
        ],
        breach_qa=breach_qa("Regional Privacy Advisor", "Ara Poutama Aotearoa", "privacy@corrections.govt.nz",
                            "07 349 7900"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "District Manager, Bay of Plenty", "Regional Manager, Bay of Plenty",
            "Regional Commissioner, Bay of Plenty", "Service Manager, Mental Health and Addictions",
            "Pouārahi"])],
        review=dict(months="18", months_ctrl="text", owner_ctrl="text",
                    period_text="Every 18 months, or earlier if release processes change.",
                    owner_text="Ara Poutama Aotearoa (lead agency)."),
        signatures=[
            ("Ara Poutama Aotearoa", "Jacqui Herewini", "Regional Commissioner, Central", D(2026, 9, 1)),
            ("Kāinga Ora – Homes and Communities", "Brent Olsen", "Regional Director, Bay of Plenty", D(2026, 9, 2)),
            ("Ministry of Social Development", "Hinemoa Te Kani", "Regional Commissioner, Bay of Plenty", D(2026, 9, 3)),
            ("Health New Zealand", "Dr Michael Chan", "Group Manager, Mental Health and Addictions, Lakes", D(2026, 9, 7)),
            ("Te Arawa Whānau Ora", "Kiri Morehu", "Chief Executive", D(2026, 9, 8)),
        ],
        title_fill="833C0B", label_fill="FBE4D5",
        created=dt.datetime(2026, 8, 1, 9, 0), modified=dt.datetime(2026, 9, 8, 10, 0),
    )


# ==========================================================================
# base for defect variants: housing hub, Heretaunga (w14 checkboxes)
# ==========================================================================
def spec_housing_hub():
    ags = [("Kāinga Ora – Homes and Communities", "Government", "Senior Tenancy Manager"),
           ("Ministry of Social Development", "Government", "Housing Broker"),
           ("Health New Zealand", "Government", "Community Mental Health Team Leader"),
           ("Te Taiwhenua o Heretaunga", "Māori provider", "Whānau Ora Navigator"),
           ("Emerge Aotearoa", "NGO", "Housing Support Team Leader")]
    return dict(
        file="",
        meeting="Heretaunga Housing and Wellbeing Hub",
        ref="ISP-HB-2026-03", cb="sdt", title_style="num", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="Kāinga Ora – Homes and Communities", lead_ctrl="dd",
        meeting_purpose=("To sustain tenancies for Hastings households whose tenancy is at risk "
                         "because of health, income or whānau circumstances, by agreeing early "
                         "support across agencies."),
        frequency="Fortnightly, at the Kāinga Ora Hastings office and on Teams.",
        chair="Senior Tenancy Manager, Kāinga Ora.",
        purpose_cols=["auth", "purpose", "info"],
        purposes=[
            dict(auth="Privacy Act 2020, IPP 11(1)(c) (tenant's signed authority)",
                 p="To identify the support a tenant needs to keep their tenancy.",
                 info="Tenancy issues, rent arrears, household make-up."),
            dict(auth="Privacy Act 2020, IPP 11(1)(c) (tenant's signed authority)",
                 p="To check the household is receiving the income support it is entitled to.",
                 info="Benefit status, accommodation supplement, hardship grants."),
            dict(auth="Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, IPP 11(1)(f)",
                 p="To lessen a serious threat to the health or safety of a tenant or their whānau.",
                 info="Relevant mental health information and current risk."),
        ],
        info_rows=[
            ("Kāinga Ora – Homes and Communities", "Tenancy status, arrears, property condition concerns."),
            ("Ministry of Social Development", "Benefit status and eligibility for housing support."),
            ("Health New Zealand", "Relevant mental health and addiction information, only where needed."),
            ("Te Taiwhenua o Heretaunga", "Whānau Ora supports in place, with whānau agreement."),
            ("Emerge Aotearoa", "Housing support in place and progress."),
        ],
        legal_qa=[
            ("Authority for each purpose", "See the Authority column in section 3."),
            ("Does the protocol itself allow sharing?",
             "No. The protocol records the authorities relied on; it does not authorise any sharing itself."),
        ],
        transparency_qa=TRANSPARENCY_STD,
        methods=[("Verbally at the hub", True), ("Secure email", True), ("Hard copies", False)],
        method_qa=[("Details", "Kāinga Ora sends the hub list as a password-protected attachment. "
                               "Updates between hubs go by secure email to named representatives.")],
        classification="IN-CONFIDENCE", class_ctrl="boxes",
        class_options=["IN-CONFIDENCE", "SENSITIVE"],
        controls_wording="a",
        tikanga_qa=[("Tikanga",
                     "Te Taiwhenua o Heretaunga advises on tikanga for whānau Māori discussed at "
                     "the hub. Whānau are involved in decisions about their whare, and kaumātua "
                     "advice is sought where the whānau wish.")],
        retention_qa=[
            ("What may agencies keep?", "Only information needed for an action agreed at the hub, in "
                                        "their approved system."),
            ("Disposal", "Emails are deleted once information is saved. Each agency disposes of "
                         "information under its retention and disposal authority. Kāinga Ora holds "
                         "the hub's action log."),
        ],
        breach_qa=breach_qa("Privacy Officer", "Kāinga Ora – Homes and Communities",
                            "privacy@kaingaora.govt.nz", "0800 801 601"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Regional Manager, Hawke's Bay", "Regional Commissioner, East Coast",
            "Service Manager, Mental Health and Addictions", "Kaiwhakahaere Matua", "Regional Manager"])],
        review=dict(months="12", months_ctrl="dd", owner="Kāinga Ora – Homes and Communities", owner_ctrl="dd"),
        signatures=[
            ("Kāinga Ora – Homes and Communities", "Matthew Brandt", "Regional Director, Central", D(2026, 4, 13)),
            ("Ministry of Social Development", "Leilani Tuala", "Regional Commissioner, East Coast", D(2026, 4, 14)),
            ("Health New Zealand", "Dr Karen Whyte", "Director of Mental Health, Te Matau a Māui", D(2026, 4, 20)),
            ("Te Taiwhenua o Heretaunga", "Ariana Nikora", "Chief Executive", D(2026, 4, 21)),
            ("Emerge Aotearoa", "Jo Fenton", "General Manager, Housing", D(2026, 4, 22)),
        ],
        date_ctrl="date",
        created=dt.datetime(2026, 3, 2, 9, 0), modified=dt.datetime(2026, 4, 22, 14, 0),
    )


# ==========================================================================
# base: family harm table, Tairāwhiti ([X]/[ ])
# ==========================================================================
def spec_tairawhiti():
    ags = [("New Zealand Police", "Government", "Family Harm Coordinator"),
           ("Oranga Tamariki", "Government", "Supervisor, Tairāwhiti"),
           ("Ministry of Social Development", "Government", "Case Manager, Intensive Client Support"),
           ("Health New Zealand", "Government", "Violence Intervention Programme Coordinator"),
           ("Ngāti Porou Oranga", "Iwi provider", "Kaitiaki Whānau Lead"),
           ("Tauawhi Men's Centre", "NGO", "Kaiāwhina Lead")]
    return dict(
        file="",
        meeting="Tairāwhiti Family Harm Response Table",
        ref="ISP-GIS-2026-01", cb="bracket", title_style="caps", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="New Zealand Police", lead_ctrl="text",
        meeting_purpose=("To respond to family harm episodes in Tairāwhiti by assessing risk, "
                         "agreeing safety actions and connecting whānau with support, including "
                         "support for people using violence."),
        frequency="Daily on working days, 10 am, Gisborne Police Station.",
        chair="Family Harm Coordinator, New Zealand Police.",
        purpose_cols=["auth", "purpose", "info"],
        purposes=[
            dict(auth="Family Violence Act 2018, s 20",
                 p="To assess the risk of family violence for each episode.",
                 info="Episode details, history, protection orders."),
            dict(auth="Oranga Tamariki Act 1989, s 66C",
                 p="To identify tamariki affected by family harm and agree who supports them.",
                 info="Children in the household and Oranga Tamariki involvement."),
            dict(auth="Family Violence Act 2018, s 20",
                 p="To identify housing and income supports for the whānau so the victim can stay safe.",
                 info="Benefit status, emergency housing, hardship help."),
            dict(auth="Family Violence Act 2018, s 20",
                 p="To connect the person using violence with a behaviour change service.",
                 info="Contact details, current engagement with services."),
        ],
        info_rows=[
            ("New Zealand Police", "Episode reports, offending history, orders."),
            ("Oranga Tamariki", "Whether tamariki are known and current plans."),
            ("Ministry of Social Development", "Benefit status, emergency housing and hardship support."),
            ("Health New Zealand", "Relevant health information needed to assess risk."),
            ("Ngāti Porou Oranga", "Whānau Ora supports, with whānau agreement where safe."),
            ("Tauawhi Men's Centre", "Engagement of the person using violence with the centre."),
        ],
        legal_qa=[
            ("Authority for each purpose", "Set out against each purpose in the table above."),
            ("Criteria", "Representatives sharing under the Family Violence Act 2018 check that "
                         "sharing may help protect a victim or prevent family violence (s 20), and "
                         "follow the information sharing guidance issued under that Act."),
        ],
        transparency_qa=TRANSPARENCY_STD,
        methods=[("Verbally at the table", True), ("Family Safety System", True),
                 ("Secure email", True), ("Hard copies", False)],
        method_qa=[("Details", "Police load the day's episodes into the Family Safety System at 8.30 am. "
                               "Agreed actions are recorded there.")],
        classification="IN-CONFIDENCE", class_ctrl="boxes",
        class_options=["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"],
        controls_wording="b",
        tikanga_qa=[("Tikanga",
                     "Ngāti Porou Oranga advises the table on tikanga and on how whānau are "
                     "approached. Information about whānau Māori is treated as taonga and is "
                     "shared only as far as the safety plan needs."),
                    ("Māori data", "Māori data shared by the iwi provider stays under its "
                                   "kaitiakitanga and is used only for the purposes above.")],
        retention_qa=[
            ("What may agencies keep?", "Only information needed for an agreed action, recorded in the "
                                        "Family Safety System or the agency's approved system."),
            ("Disposal", "Under each agency's retention and disposal authority."),
        ],
        breach_qa=breach_qa("Family Harm Coordinator", "New Zealand Police",
                            "tairawhiti.familyharm@police.govt.nz", "06 869 0200", name="Sergeant Hemi Brown"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Area Prevention Manager, Tairāwhiti", "Site Manager, Gisborne", "Regional Commissioner, East Coast",
            "Manager, Family Violence Services", "Pouārahi Hauora", "Manager"])],
        review=dict(months="12", months_ctrl="bracket", owner_ctrl="text",
                    owner_text="Responsible agency: New Zealand Police"),
        signatures=[
            ("New Zealand Police", "Inspector Sam Aramoana", "Area Commander, Tairāwhiti", D(2026, 2, 16)),
            ("Oranga Tamariki", "Nikki Kaa", "Regional Manager, Te Tairāwhiti", D(2026, 2, 17)),
            ("Ministry of Social Development", "Gavin Moore", "Regional Commissioner, East Coast", D(2026, 2, 19)),
            ("Health New Zealand", "Dr Erina Haenga", "Group Manager, Tairāwhiti", D(2026, 2, 23)),
            ("Ngāti Porou Oranga", "Mere Tūhoro", "Chief Executive", D(2026, 2, 24)),
            ("Tauawhi Men's Centre", "Tim Marshall", "Manager", D(2026, 2, 25)),
        ],
        title_fill="7B2C2C", label_fill="F2DCDB",
        created=dt.datetime(2026, 1, 12, 9, 0), modified=dt.datetime(2026, 2, 25, 15, 0),
    )


# ==========================================================================
# base: school attendance, Kawerau (typed ☒/☐)
# ==========================================================================
def spec_kawerau():
    ags = [("Ministry of Education", "Government", "Attendance Lead, Bay of Plenty"),
           ("Oranga Tamariki", "Government", "Social Worker Supervisor"),
           ("Ministry of Social Development", "Government", "Youth Service Coordinator"),
           ("Tūwharetoa ki Kawerau Hauora", "Iwi provider", "Whānau Ora Kaimahi"),
           ("Kawerau Community Trust", "NGO", "Youth Worker Lead")]
    return dict(
        file="",
        meeting="Kawerau Attendance and Engagement Hui",
        ref="ISP-BOP-2026-04", cb="glyph", title_style="part", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="Ministry of Education", lead_ctrl="text", agency_layout="list",
        meeting_purpose=("To support ākonga in Kawerau who are not enrolled or not attending school "
                         "to re-engage with learning, by agreeing support for them and their whānau."),
        frequency="Every three weeks during term, at the Kawerau Community Trust rooms.",
        chair="Attendance Lead, Ministry of Education.",
        purpose_cols=["purpose", "auth", "info"],
        purpose_colnames={"auth": "Legal authority"},
        purposes=[
            dict(p="To understand why each ākonga referred is not attending.",
                 auth="Privacy Act 2020, IPP 11(1)(a)",
                 info="Enrolment, attendance, school engagement."),
            dict(p="To identify wellbeing concerns for tamariki and agree supports.",
                 auth="Oranga Tamariki Act 1989, s 66C",
                 info="Wellbeing concerns and agencies involved."),
            dict(p="To connect rangatahi aged 16 and 17 with youth services and training.",
                 auth="Privacy Act 2020, IPP 11(1)(c) (authorised by the rangatahi)",
                 info="Youth service eligibility, training options."),
        ],
        info_rows=[
            ("Ministry of Education", "Enrolment and attendance records, schools attended."),
            ("Oranga Tamariki", "Whether the whānau is known and who the social worker is."),
            ("Ministry of Social Development", "Youth service eligibility and enrolment."),
            ("Tūwharetoa ki Kawerau Hauora", "Whānau Ora support in place, with whānau agreement."),
            ("Kawerau Community Trust", "Youth work engagement."),
        ],
        legal_qa=[
            ("Authority for each purpose", "Stated against each purpose in Part C."),
            ("Note", "This protocol does not itself authorise any sharing."),
        ],
        transparency_qa=[
            ("Are whānau told?", P([("cb", True), " Yes   ", ("cb", False), " No"])),
            ("How?", "The school or attendance officer tells whānau about the hui, who attends and "
                     "what will be shared, before the ākonga is discussed."),
        ],
        methods=[("Verbally at the hui", True), ("Secure email", True), ("Hard copies", False)],
        method_qa=[("Details", "The referral list is emailed as a password-protected document; "
                               "the rest is verbal.")],
        classification="IN-CONFIDENCE", class_ctrl="boxes",
        class_options=["IN-CONFIDENCE", "SENSITIVE"],
        controls_wording="c",
        tikanga_qa=[("Tikanga",
                     "Tūwharetoa ki Kawerau Hauora advises on tikanga. The hui opens with karakia; "
                     "whānau are approached kanohi ki te kanohi by the kaimahi they know where "
                     "possible.")],
        retention_qa=[
            ("What may agencies keep?", "Only information needed for an agreed action, in their "
                                        "approved system."),
            ("Disposal", "Under each agency's retention and disposal authority; referral lists are "
                         "deleted after each hui."),
        ],
        breach_qa=breach_qa("Privacy Officer", "Ministry of Education", "privacy.officer@education.govt.nz",
                            "07 349 7399"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Manager, Learning Support, Bay of Plenty – Waiariki", "Site Manager, Whakatāne",
            "Regional Commissioner, Bay of Plenty", "Kaiwhakahaere", "Chairperson"])],
        review=dict(months="12", months_ctrl="text", owner_ctrl="text",
                    period_text="Every 12 months.",
                    owner_text="Ministry of Education (lead agency) initiates the review."),
        signatures=[
            ("Ministry of Education", "Andrea Kingi", "Director of Education, Bay of Plenty – Waiariki", D(2026, 7, 6)),
            ("Oranga Tamariki", "Peter Hohaia", "Regional Manager, Bay of Plenty", D(2026, 7, 8)),
            ("Ministry of Social Development", "Sione Tapu", "Regional Commissioner, Bay of Plenty", D(2026, 7, 9)),
            ("Tūwharetoa ki Kawerau Hauora", "Marama Eruera", "Chief Executive", D(2026, 7, 13)),
            ("Kawerau Community Trust", "Dean Rowe", "Chairperson", D(2026, 7, 14)),
        ],
        title_fill="385623", label_fill="E2EFD9",
        created=dt.datetime(2026, 6, 1, 9, 0), modified=dt.datetime(2026, 7, 14, 15, 0),
    )


# ==========================================================================
# base: elder wellbeing panel, Whanganui (w14 checkboxes)
# ==========================================================================
def spec_whanganui():
    ags = [("Age Concern Whanganui", "NGO", "Elder Abuse Response Coordinator"),
           ("Health New Zealand", "Government", "Needs Assessment Service Coordinator"),
           ("New Zealand Police", "Government", "Family Harm Coordinator"),
           ("Te Oranganui Trust", "Iwi / Māori provider", "Kaumātua Services Kaiārahi")]
    return dict(
        file="",
        meeting="Whanganui Elder Wellbeing Panel",
        ref="ISP-WHG-2026-05", cb="sdt", title_style="num", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="Age Concern Whanganui", lead_ctrl="dd",
        meeting_purpose=("To coordinate a response for older people in Whanganui who are at risk "
                         "of abuse, neglect or financial exploitation, and agree a plan that "
                         "respects their wishes."),
        frequency="Monthly, and urgently when needed.",
        chair="Elder Abuse Response Coordinator, Age Concern Whanganui.",
        purpose_cols=["auth", "purpose", "info"],
        purposes=[
            dict(auth="Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)",
                 p="To assess the risk of serious harm to the older person.",
                 info="Concerns reported, health and capacity information, incidents."),
            dict(auth="Privacy Act 2020, IPP 11(1)(c) (authorised by the older person)",
                 p="To agree a support plan with the older person.",
                 info="Services in place, whānau supports, the person's wishes."),
        ],
        info_rows=[
            ("Age Concern Whanganui", "Referral, EARS assessment, the older person's wishes."),
            ("Health New Zealand", "Needs assessment, capacity, care arrangements."),
            ("New Zealand Police", "Incidents reported and any investigation."),
            ("Te Oranganui Trust", "Kaumātua support in place, with agreement."),
        ],
        legal_qa=[
            ("Authority for each purpose", "See the Authority column in section 3."),
            ("Does this protocol itself allow sharing?",
             "No. It records the authorities relied on and cannot create or change the law."),
        ],
        transparency_qa=[
            ("Is the older person told?", YN_YES),
            ("How?", "The coordinator explains the panel and asks for the older person's views "
                     "before their situation is discussed."),
            ("Exceptions", "Where telling an attorney or carer could increase the risk, they are "
                           "not told, and the reason is recorded."),
        ],
        methods=[("Verbally at the panel", True), ("Secure email", True), ("Hard copies", False)],
        method_qa=[("Details", "Referral summaries are sent as password-protected attachments.")],
        classification="IN-CONFIDENCE", class_ctrl="dd",
        controls_wording="a",
        tikanga_qa=[("Tikanga",
                     "Te Oranganui Trust advises on tikanga for kaumātua discussed at the panel, "
                     "including how whānau are involved and how information about whenua and "
                     "whakapapa is treated.")],
        retention_qa=[
            ("What may agencies keep?", "Only information needed for their part of the agreed plan."),
            ("Disposal", "Under each agency's retention and disposal authority. Age Concern "
                         "Whanganui keeps the panel's action log."),
        ],
        breach_qa=breach_qa("Manager", "Age Concern Whanganui", "manager@acwhanganui.org.nz", "06 345 1799"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Manager", "Service Manager, Older Persons", "Area Prevention Manager", "Pou Whakahaere"])],
        review=dict(months="24", months_ctrl="dd", owner="Age Concern Whanganui", owner_ctrl="dd"),
        signatures=[
            ("Age Concern Whanganui", "Janet Hollis", "Manager", D(2026, 6, 1)),
            ("Health New Zealand", "Craig Dunstan", "Group Manager, Whanganui", D(2026, 6, 4)),
            ("New Zealand Police", "Inspector Nathan Tiopira", "Area Commander, Whanganui", D(2026, 6, 9)),
            ("Te Oranganui Trust", "Huia Kemp", "Chief Executive", D(2026, 6, 10)),
        ],
        date_ctrl="date", title_fill="2F5496",
        created=dt.datetime(2026, 5, 1, 9, 0), modified=dt.datetime(2026, 6, 10, 15, 0),
    )


# ==========================================================================
# base: mental health crisis coordination, Nelson Tasman (w14 checkboxes)
# ==========================================================================
def spec_nelson():
    ags = [("Health New Zealand", "Government", "Crisis Resolution Team Leader"),
           ("New Zealand Police", "Government", "Mental Health Liaison Sergeant"),
           ("Te Piki Oranga", "Māori provider", "Kaimahi Hauora Hinengaro"),
           ("Ministry of Social Development", "Government", "Service Centre Manager"),
           ("Stoke Community Support Trust", "NGO", "Peer Support Coordinator")]
    return dict(
        file="",
        meeting="Nelson Tasman Mental Health Crisis Coordination Meeting",
        ref="ISP-NLS-2026-02", cb="sdt", title_style="num", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="Health New Zealand", lead_ctrl="dd",
        meeting_purpose=("To coordinate support for people in Nelson Tasman who have had repeated "
                         "mental health crises involving Police or emergency departments, so that "
                         "they get the right support earlier."),
        frequency="Weekly, Thursday, on Microsoft Teams.",
        chair="Crisis Resolution Team Leader, Health New Zealand.",
        purpose_cols=["purpose", "info", "auth"],
        purpose_colnames={"auth": "Legal authority"},
        purposes=[
            dict(p="To lessen a serious threat to the life or health of the person discussed.",
                 info="Recent crisis events, current risk, treatment plan.",
                 auth="Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, IPP 11(1)(f)"),
            dict(p="To agree a coordinated support plan with the person.",
                 info="Services involved, income and housing situation, peer support.",
                 auth="Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(c) (authorised by the person)"),
        ],
        info_rows=[
            ("Health New Zealand", "Crisis contacts, treatment plans, relevant history."),
            ("New Zealand Police", "Mental health related callouts (1X events)."),
            ("Te Piki Oranga", "Kaupapa Māori supports in place, with agreement."),
            ("Ministry of Social Development", "Benefit status and hardship support."),
            ("Stoke Community Support Trust", "Peer support engagement."),
        ],
        legal_qa=[
            ("Authority for each purpose", "See the Legal authority column in section 3."),
            ("Note", "The protocol does not itself authorise sharing; it records the authorities relied on."),
        ],
        transparency_qa=TRANSPARENCY_STD,
        methods=[("Verbally in the meeting", True), ("Secure email", True),
                 ("Hard copies", False)],
        method_qa=[("Details", "The meeting is held on Microsoft Teams. Health New Zealand emails the "
                               "list of people to be discussed as a password-protected attachment.")],
        classification="IN-CONFIDENCE", class_ctrl="boxes",
        class_options=["IN-CONFIDENCE", "SENSITIVE"],
        controls_wording="b",
        tikanga_qa=[("Tikanga",
                     "Te Piki Oranga advises on tikanga and on involving whānau in the plan for "
                     "tāngata whaiora Māori, in line with the person's wishes.")],
        retention_qa=[
            ("What may agencies keep?", "Only information needed for an action agreed at the "
                                        "meeting, in their approved system."),
            ("Disposal", "Emails are deleted once saved. Each agency follows its retention and "
                         "disposal authority."),
        ],
        breach_qa=breach_qa("Privacy Officer", "Health New Zealand", "privacy.nelson@tewhatuora.govt.nz",
                            "03 546 1800"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Service Manager, Mental Health", "Area Prevention Manager", "Kaiwhakahaere Matua",
            "Regional Commissioner, Nelson", "Manager"])],
        review=dict(months="12", months_ctrl="dd", owner="Health New Zealand", owner_ctrl="dd"),
        signatures=[
            ("Health New Zealand", "Dr Sophie Lambert", "Group Manager, Mental Health, Nelson Marlborough", D(2026, 5, 4)),
            ("New Zealand Police", "Inspector Craig Rua", "Area Commander, Nelson Bays", D(2026, 5, 6)),
            ("Te Piki Oranga", "Aroha Te Whare", "Chief Executive", D(2026, 5, 7)),
            ("Ministry of Social Development", "Ian Burgess", "Regional Commissioner, Nelson", D(2026, 5, 11)),
            ("Stoke Community Support Trust", "Megan Ruru", "Manager", D(2026, 5, 12)),
        ],
        date_ctrl="date",
        created=dt.datetime(2026, 4, 6, 9, 0), modified=dt.datetime(2026, 5, 12, 15, 0),
    )


# ==========================================================================
# base: reintegration panel, Kirikiriroa (typed ☒/☐)
# ==========================================================================
def spec_waikato():
    ags = [("Department of Corrections", "Government", "Reintegration Case Manager"),
           ("Kāinga Ora – Homes and Communities", "Government", "Tenancy Manager"),
           ("Ministry of Social Development", "Government", "Work Broker"),
           ("Te Rūnanga o Kirikiriroa", "Māori provider", "Kaiārahi Whānau"),
           ("Waikato Reintegration Trust", "NGO", "Housing Support Worker")]
    return dict(
        file="",
        meeting="Kirikiriroa Reintegration Panel",
        ref="ISP-WKO-2026-06", cb="glyph", title_style="part", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="Department of Corrections", lead_ctrl="text",
        meeting_purpose=("To plan housing, income and whānau support for people returning to "
                         "Hamilton from prison, starting at least six weeks before release."),
        frequency="Monthly at the Hamilton Community Corrections site.",
        chair="Reintegration Case Manager, Department of Corrections.",
        purpose_cols=["auth", "purpose", "info"],
        purposes=[
            dict(auth="Privacy Act 2020, IPP 11(1)(c) (signed reintegration consent)",
                 p="To arrange somewhere safe to live on release.",
                 info="Release date and address conditions."),
            dict(auth="Privacy Act 2020, IPP 11(1)(c) (signed reintegration consent)",
                 p="To arrange income support from the day of release.",
                 info="Identity details, benefit eligibility."),
        ],
        info_rows=[
            ("Department of Corrections", "Release date, conditions, programmes."),
            ("Kāinga Ora – Homes and Communities", "Housing options."),
            ("Ministry of Social Development", "Benefit eligibility, work support."),
            ("Te Rūnanga o Kirikiriroa", "Whānau and marae connections, with agreement."),
            ("Waikato Reintegration Trust", "Supported accommodation availability."),
        ],
        legal_qa=[
            ("Authority for each purpose", "Stated against each purpose in Part C."),
            ("Withdrawal of consent", "If the person withdraws consent, sharing that relies on it stops."),
        ],
        transparency_qa=[
            ("Is the person told?", YN_YES),
            ("How?", "The case manager explains the panel before the person signs the consent form."),
        ],
        methods=[("Verbally at the panel", True), ("Secure email", True), ("Hard copies", False)],
        method_qa=[("Details", "Summaries are emailed as password-protected attachments.")],
        classification="IN-CONFIDENCE", class_ctrl="boxes",
        class_options=["IN-CONFIDENCE", "SENSITIVE"],
        controls_wording="c",
        tikanga_qa=[("Tikanga",
                     "Te Rūnanga o Kirikiriroa advises on tikanga for people returning to whānau "
                     "and marae, and leads reconnection kōrero with the person's agreement.")],
        retention_qa=[
            ("What may agencies keep?", "Only information needed for their part of the release plan."),
            ("Disposal", "Under each agency's retention and disposal authority."),
        ],
        breach_qa=breach_qa("Privacy Advisor", "Department of Corrections", "privacy@corrections.govt.nz",
                            "07 838 8500"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "District Manager, Waikato", "Regional Manager, Waikato", "Regional Commissioner, Waikato",
            "Kaiwhakahaere", "Trust Manager"])],
        review=dict(months="12", months_ctrl="text", owner_ctrl="text",
                    period_text="Every 12 months from the date of the last signature.",
                    owner_text="Department of Corrections (lead agency)."),
        signatures=[
            ("Department of Corrections", "Lisa Whitehead", "Regional Commissioner, Lower North", D(2026, 3, 16)),
            ("Kāinga Ora – Homes and Communities", "Dion Fale", "Regional Director, Waikato", D(2026, 3, 17)),
            ("Ministry of Social Development", "Carla Ngata", "Regional Commissioner, Waikato", D(2026, 3, 18)),
            ("Te Rūnanga o Kirikiriroa", "Mikaere Paki", "Chief Executive", D(2026, 3, 23)),
            ("Waikato Reintegration Trust", "Brian Holt", "Trust Manager", D(2026, 3, 24)),
        ],
        title_fill="833C0B", label_fill="FBE4D5",
        created=dt.datetime(2026, 2, 9, 9, 0), modified=dt.datetime(2026, 3, 24, 15, 0),
    )


# ==========================================================================
# base: youth offending panel, Ōtautahi ([X]/[ ])
# ==========================================================================
def spec_chch_youth():
    ags = [("New Zealand Police", "Government", "Youth Aid Supervisor"),
           ("Oranga Tamariki", "Government", "Youth Justice Coordinator"),
           ("Ministry of Education", "Government", "Alternative Education Adviser"),
           ("Te Rūnanga o Ngāi Tahu", "Iwi", "Kaitoko Rangatahi"),
           ("Youth Alive Trust", "NGO", "Youth Worker Lead")]
    return dict(
        file="",
        meeting="Ōtautahi Youth Offending Panel",
        ref="ISP-CHC-2026-07", cb="bracket", title_style="caps", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="New Zealand Police", lead_ctrl="text", agency_layout="list",
        meeting_purpose=("To agree alternative action plans and support for young people in "
                         "Christchurch who have committed low-level offences, so that they are "
                         "held to account and supported away from further offending."),
        frequency="Weekly, Wednesday mornings, Christchurch Central Police Station.",
        chair="Youth Aid Supervisor, New Zealand Police.",
        purpose_cols=["no", "purpose", "auth"],
        purpose_colnames={"auth": "Legal authority"},
        purposes=[
            dict(p="To assess the needs of each young person and the circumstances of the offending.",
                 auth="Oranga Tamariki Act 1989, s 66C"),
            dict(p="To agree an alternative action plan and supports with the young person and whānau.",
                 auth="Oranga Tamariki Act 1989, s 66C"),
        ],
        info_rows=[
            ("New Zealand Police", "Offence details, previous Youth Aid contact."),
            ("Oranga Tamariki", "Care and protection and youth justice history."),
            ("Ministry of Education", "Enrolment, attendance and stand-downs."),
            ("Te Rūnanga o Ngāi Tahu", "Whānau connections and supports, with whānau agreement."),
            ("Youth Alive Trust", "Programme engagement."),
        ],
        legal_qa=[
            ("Authority for each purpose", "Both purposes rely on section 66C of the Oranga Tamariki "
                                           "Act 1989, as stated in the table above."),
            ("Note", "This protocol does not itself authorise sharing."),
        ],
        transparency_qa=[
            ("Are young people and whānau told?", P([("cb", True), " Yes   ", ("cb", False), " No"])),
            ("How?", "The Youth Aid officer explains the panel at the family meeting and gives the "
                     "whānau the panel information sheet."),
        ],
        methods=[("Verbally at the panel", True), ("Secure email", True), ("Hard copies", False)],
        method_qa=[("Details", "The panel list is sent by Police as a password-protected attachment.")],
        classification="IN-CONFIDENCE", class_ctrl="boxes",
        class_options=["IN-CONFIDENCE", "SENSITIVE"],
        controls_wording="a",
        tikanga_qa=[("Tikanga",
                     "The Ngāi Tahu kaitoko advises the panel on tikanga for rangatahi Māori and "
                     "their whānau, and information about whakapapa is shared only with whānau "
                     "agreement.")],
        retention_qa=[
            ("What may agencies keep?", "Only information needed for the agreed plan."),
            ("Disposal", "Under each agency's retention and disposal authority."),
        ],
        breach_qa=breach_qa("Youth Aid Supervisor", "New Zealand Police", "chch.youthaid@police.govt.nz",
                            "03 363 7400", name="Sergeant Kirsty Adams"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Area Prevention Manager, Christchurch", "Youth Justice Manager, Christchurch",
            "Manager, Learning Support", "Pou Matua", "Director"])],
        review=dict(months="36", months_ctrl="bracket", owner_ctrl="text",
                    owner_text="Responsible agency: New Zealand Police"),
        signatures=[
            ("New Zealand Police", "Inspector Lee Patterson", "Area Commander, Christchurch", D(2026, 8, 17)),
            ("Oranga Tamariki", "Hera Whatuira", "Regional Manager, Canterbury", D(2026, 8, 18)),
            ("Ministry of Education", "James Fowler", "Director of Education, Canterbury", D(2026, 8, 20)),
            ("Te Rūnanga o Ngāi Tahu", "Aroha Reriti", "Kaiwhakahaere Rangatahi", D(2026, 8, 24)),
            ("Youth Alive Trust", "Sam Pringle", "Director", D(2026, 8, 25)),
        ],
        title_fill="7B2C2C", label_fill="F2DCDB",
        created=dt.datetime(2026, 7, 20, 9, 0), modified=dt.datetime(2026, 8, 25, 15, 0),
    )


# ==========================================================================
# base: family violence interagency table, Taranaki (w14, signed 2025)
# ==========================================================================
def spec_taranaki():
    ags = [("New Zealand Police", "Government", "Family Harm Coordinator"),
           ("Oranga Tamariki", "Government", "Supervisor"),
           ("Health New Zealand", "Government", "Family Violence Intervention Coordinator"),
           ("Taranaki Women's Refuge", "NGO", "Safety Advocate"),
           ("Te Rūnanga o Ngāti Ruanui Trust", "Iwi", "Kaitoko Whānau")]
    sigs = [("New Zealand Police", "Inspector Kerry Tane", "Area Commander, Taranaki", D(2025, 8, 25)),
            ("Oranga Tamariki", "Moana Bishop", "Regional Manager, Taranaki", D(2025, 8, 26)),
            ("Health New Zealand", "Dr Neil Prentice", "Group Manager, Taranaki", D(2025, 8, 28)),
            ("Taranaki Women's Refuge", "Shona Ellis", "Manager", D(2025, 8, 29)),
            ("Te Rūnanga o Ngāti Ruanui Trust", "Rangi Ngarongo", "Pou Whakahaere", D(2025, 9, 1))]
    return dict(
        file="",
        meeting="Taranaki Family Violence Interagency Safety Table",
        ref="ISP-TNK-2025-08", cb="sdt", title_style="num", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="New Zealand Police", lead_ctrl="dd",
        front_extra=[("Date of approval", "1 September 2025")],
        meeting_purpose=("To assess family violence episodes in Taranaki, identify people at high "
                         "risk and agree coordinated safety actions."),
        frequency="Daily on working days, New Plymouth Police Station.",
        chair="Family Harm Coordinator, New Zealand Police.",
        purpose_cols=["auth", "purpose", "info"],
        purposes=[
            dict(auth="Family Violence Act 2018, ss 20 and 21",
                 p="To assess the risk of family violence for each episode.",
                 info="Episode details, history, protection orders."),
            dict(auth="Oranga Tamariki Act 1989, s 66C",
                 p="To identify tamariki affected and agree who supports them.",
                 info="Children in the household, Oranga Tamariki involvement."),
        ],
        info_rows=[
            ("New Zealand Police", "Episode reports, history, orders."),
            ("Oranga Tamariki", "Whether tamariki are known, current plans."),
            ("Health New Zealand", "Relevant health information needed to assess risk."),
            ("Taranaki Women's Refuge", "Safety planning in place, with the victim's agreement where safe."),
            ("Te Rūnanga o Ngāti Ruanui Trust", "Whānau supports in place, with whānau agreement where safe."),
        ],
        legal_qa=[
            ("Authority for each purpose", "See the Authority column in section 3."),
            ("Does this protocol itself allow sharing?", "No; it records the authorities relied on."),
        ],
        transparency_qa=TRANSPARENCY_STD,
        methods=[("Verbally at the table", True), ("Family Safety System", True),
                 ("Secure email", True), ("Hard copies", False)],
        method_qa=[("Details", "Episodes are shared in the Family Safety System; discussion is verbal.")],
        classification="IN-CONFIDENCE", class_ctrl="boxes",
        class_options=["IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"],
        controls_wording="c",
        tikanga_qa=[("Tikanga",
                     "Te Rūnanga o Ngāti Ruanui Trust advises on tikanga and how whānau Māori are approached. "
                     "Information about whānau Māori is treated as taonga.")],
        retention_qa=[
            ("What may agencies keep?", "Only information needed for an agreed action."),
            ("Disposal", "Under each agency's retention and disposal authority."),
        ],
        breach_qa=breach_qa("Family Harm Coordinator", "New Zealand Police",
                            "taranaki.familyharm@police.govt.nz", "06 757 4400"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Area Prevention Manager", "Site Manager, New Plymouth", "Family Violence Lead",
            "Manager", "Kaiwhakahaere"])],
        review=dict(months="12", months_ctrl="dd", owner="New Zealand Police", owner_ctrl="dd",
                    extra=[("Next review date", P([("date", D(2026, 9, 1), "Next review date")]))]),
        signatures=sigs, date_ctrl="date",
        created=dt.datetime(2025, 7, 14, 9, 0), modified=dt.datetime(2025, 9, 1, 15, 0),
    )


# ==========================================================================
# base: housing first case conference, Rotorua (typed ☒/☐)
# ==========================================================================
def spec_housing_first():
    ags = [("Ministry of Social Development", "Government", "Housing Broker"),
           ("Kāinga Ora – Homes and Communities", "Government", "Placement Manager"),
           ("Health New Zealand", "Government", "Addictions Service Team Leader"),
           ("Korowai Aroha Health Centre", "Māori provider", "Whānau Housing Kaiārahi"),
           ("Lifewise Rotorua", "NGO", "Housing First Key Worker Lead")]
    return dict(
        file="",
        meeting="Rotorua Housing First Case Conference",
        ref="ISP-ROT-2026-12", cb="glyph", title_style="part", header_mark=None,
        header_text="Rotorua Housing First – information sharing protocol",
        agencies=ags, lead="Ministry of Social Development", lead_ctrl="text",
        meeting_purpose=("To house people in Rotorua who are chronically homeless, and keep them "
                         "housed, by agreeing a housing placement and wraparound support."),
        frequency="Fortnightly, at the MSD Rotorua service centre.",
        chair="Housing Broker, Ministry of Social Development.",
        purpose_cols=["auth", "purpose", "info"],
        purposes=[
            dict(auth="Privacy Act 2020, IPP 11(1)(c) (signed Housing First consent)",
                 p="To match each person to a suitable home.",
                 info="Housing history, needs, preferred area."),
            dict(auth="Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(c)",
                 p="To arrange health and addiction support once housed.",
                 info="Current treatment and support needs the person agrees to share."),
        ],
        info_rows=[
            ("Ministry of Social Development", "Housing register status, income support."),
            ("Kāinga Ora – Homes and Communities", "Available properties and tenancy history."),
            ("Health New Zealand", "Treatment the person has agreed to share."),
            ("Korowai Aroha Health Centre", "Whānau Ora and housing support in place, with agreement."),
            ("Lifewise Rotorua", "Key worker assessment and support plan."),
        ],
        legal_qa=[
            ("Authority for each purpose", "Stated against each purpose in Part C."),
            ("Note", "This protocol records the authorities relied on; it does not itself authorise sharing."),
        ],
        transparency_qa=[
            ("Is the person told?", YN_YES),
            ("How?", "The key worker explains the case conference before the person signs the consent."),
        ],
        methods=[("Verbally at the conference", True), ("Secure email", True), ("Hard copies", False)],
        method_qa=[("Details", "Referrals are sent as password-protected attachments.")],
        classification="UNCLASSIFIED", class_ctrl="boxes",
        class_options=["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE"],
        controls_wording="b",
        tikanga_qa=[("Tikanga",
                     "Korowai Aroha advises on tikanga where housing on whenua Māori or return to "
                     "whānau is considered, and leads those kōrero.")],
        retention_qa=[
            ("What may agencies keep?", "Only information needed for the agreed placement and support."),
            ("Disposal", "Under each agency's retention and disposal authority."),
        ],
        breach_qa=breach_qa("Privacy Officer", "Ministry of Social Development", "privacy@msd.govt.nz",
                            "04 916 3300"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Regional Commissioner, Bay of Plenty", "Regional Manager", "Service Manager, Addictions",
            "Tumu Whakarae", "Service Manager"])],
        review=dict(months="12", months_ctrl="text", owner_ctrl="text",
                    period_text="Every 12 months.",
                    owner_text="Ministry of Social Development (lead agency)."),
        signatures=[
            ("Ministry of Social Development", "Hinemoa Te Kani", "Regional Commissioner, Bay of Plenty", D(2026, 4, 6)),
            ("Kāinga Ora – Homes and Communities", "Brent Olsen", "Regional Director, Bay of Plenty", D(2026, 4, 7)),
            ("Health New Zealand", "Dr Michael Chan", "Group Manager, Mental Health and Addictions, Lakes", D(2026, 4, 9)),
            ("Korowai Aroha Health Centre", "Tipene Kapua", "General Manager", D(2026, 4, 14)),
            ("Lifewise Rotorua", "Amy Fraser", "Service Manager", D(2026, 4, 15)),
        ],
        title_fill="833C0B", label_fill="FBE4D5",
        created=dt.datetime(2026, 3, 2, 9, 0), modified=dt.datetime(2026, 4, 15, 15, 0),
    )


# ==========================================================================
# base: Family Start coordination, Palmerston North (w14)
# ==========================================================================
def spec_manawatu():
    ags = [("Oranga Tamariki", "Government", "Partnered Response Lead"),
           ("Health New Zealand", "Government", "Well Child Tamariki Ora Coordinator"),
           ("Ministry of Social Development", "Government", "Case Manager"),
           ("Te Wakahuia Manawatū Trust", "Māori provider", "Family Start Whānau Worker Lead"),
           ("Barnardos", "NGO", "Family Start Team Leader")]
    return dict(
        file="",
        meeting="Manawatū Early Support Coordination Meeting",
        ref="ISP-PMN-2026-03", cb="sdt", title_style="num", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="Oranga Tamariki", lead_ctrl="dd",
        meeting_purpose=("To coordinate early support for hapū māmā and whānau with babies under "
                         "one in Palmerston North who have been referred with wellbeing concerns."),
        frequency="Fortnightly, at the Oranga Tamariki Palmerston North site.",
        chair="Partnered Response Lead, Oranga Tamariki.",
        purpose_cols=["auth", "purpose", "info"],
        purposes=[
            dict(auth="Oranga Tamariki Act 1989, s 66C",
                 p="To assess the wellbeing needs of the pēpi and whānau referred.",
                 info="Referral concerns, health engagement, services involved."),
            dict(auth="Oranga Tamariki Act 1989, s 66C",
                 p="To agree which service will lead support for the whānau.",
                 info="Service capacity, whānau preferences."),
        ],
        info_rows=[
            ("Oranga Tamariki", "Report of concern details and history."),
            ("Health New Zealand", "Lead maternity carer and Well Child engagement."),
            ("Ministry of Social Development", "Benefit status and hardship help."),
            ("Te Wakahuia Manawatū Trust", "Whānau support in place, with agreement."),
            ("Barnardos", "Family Start engagement."),
        ],
        legal_qa=[
            ("Authority for each purpose", "See the Authority column in section 3."),
            ("Does this protocol itself allow sharing?", "No; it records the authorities relied on."),
        ],
        transparency_qa=TRANSPARENCY_STD,
        methods=[("Verbally at the meeting", True), ("Secure email", True), ("Hard copies", False)],
        method_qa=[("Details", "The referral list is sent as a password-protected attachment.")],
        classification="IN-CONFIDENCE", class_ctrl="dd",
        controls_wording="b",
        tikanga_qa=[("Tikanga",
                     "Te Wakahuia Manawatū Trust advises on tikanga, including approaching whānau "
                     "through people they trust and treating information about whakapapa as taonga.")],
        retention_qa=[
            ("What may agencies keep?",
             ["Each agency keeps what it needs for the action agreed at the meeting, in its approved "
              "system.",
              "Agencies may also retain notes on all whānau discussed for future reference, in case "
              "the whānau is referred again."]),
            ("Disposal", "Under each agency's retention and disposal authority."),
        ],
        breach_qa=breach_qa("Privacy Officer", "Oranga Tamariki", "privacy@ot.govt.nz", "06 952 0200"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Site Manager, Palmerston North", "Manager, Child Health", "Service Centre Manager",
            "Kaiwhakahaere", "Area Manager"])],
        review=dict(months="12", months_ctrl="dd", owner="Oranga Tamariki", owner_ctrl="dd"),
        signatures=[
            ("Oranga Tamariki", "Kelly Rangi", "Regional Manager, Manawatū", D(2026, 6, 22)),
            ("Health New Zealand", "Dr Annette Slade", "Group Manager, Te Pae Hauora o Ruahine o Tararua", D(2026, 6, 23)),
            ("Ministry of Social Development", "David Faleafa", "Regional Commissioner, Central", D(2026, 6, 25)),
            ("Te Wakahuia Manawatū Trust", "Whetu Hapeta", "Chief Executive", D(2026, 6, 29)),
            ("Barnardos", "Rachel Kerr", "Regional Manager", D(2026, 6, 30)),
        ],
        date_ctrl="date", title_fill="2F5496",
        created=dt.datetime(2026, 5, 18, 9, 0), modified=dt.datetime(2026, 6, 30, 15, 0),
    )


# ==========================================================================
# base: school attendance, Dunedin (w14 + drop-downs) – used for the tracked-change trap
# ==========================================================================
def spec_dunedin():
    ags = [("Ministry of Education", "Government", "Attendance Adviser"),
           ("Oranga Tamariki", "Government", "Social Worker in Schools Supervisor"),
           ("Health New Zealand", "Government", "School Based Health Services Nurse Lead"),
           ("Arai Te Uru Whare Hauora", "Māori provider", "Whānau Ora Kaimahi"),
           ("Presbyterian Support Otago", "NGO", "Family Works Team Leader")]
    return dict(
        file="",
        meeting="Ōtepoti Attendance Support Hui",
        ref="ISP-DUD-2026-05", cb="sdt", title_style="num", header_mark="IN-CONFIDENCE",
        agencies=ags, lead="Ministry of Education", lead_ctrl="dd",
        meeting_purpose=("To support Dunedin ākonga with persistent non-attendance back into "
                         "learning, by understanding what keeps each one from school and agreeing "
                         "support for them and their whānau."),
        frequency="Every three weeks during term, at the Ministry of Education Dunedin office.",
        chair="Attendance Adviser, Ministry of Education.",
        purpose_cols=["auth", "purpose", "info"],
        purposes=[
            dict(auth="Privacy Act 2020, IPP 11(1)(a)",
                 p="To understand the reasons for each referred ākonga's non-attendance.",
                 info="Attendance, enrolment, engagement."),
            dict(auth=P([("ins", "Health Information Privacy Code 2020, rule 11(1)(b) (authorised by the ākonga or whānau)")]),
                 p="To arrange health support where a health need is stopping the ākonga attending.",
                 info="Health needs the ākonga or whānau agree to share."),
            dict(auth="Oranga Tamariki Act 1989, s 66C",
                 p="To identify wellbeing concerns and agree who supports the child.",
                 info="Whether the whānau is known, allocated worker."),
        ],
        info_rows=[
            ("Ministry of Education", "Attendance and enrolment records."),
            ("Oranga Tamariki", "Whether the whānau is known and the allocated worker."),
            ("Health New Zealand", "Health needs that the ākonga or whānau agree to share."),
            ("Arai Te Uru Whare Hauora", "Whānau Ora support, with agreement."),
            ("Presbyterian Support Otago", "Family Works support in place."),
        ],
        legal_qa=[
            ("Authority for each purpose", "See the Authority column in section 3."),
            ("Does this protocol itself allow sharing?", "No; it records the authorities relied on."),
        ],
        transparency_qa=[
            ("Are whānau told?", YN_YES),
            ("How?", "The school explains the hui to whānau and asks for their agreement to health "
                     "information being shared before the referral is made."),
        ],
        methods=[("Verbally at the hui", True), ("Secure email", True), ("Hard copies", False)],
        method_qa=[("Details", "Referrals are emailed as password-protected attachments.")],
        classification="IN-CONFIDENCE", class_ctrl="dd",
        controls_wording="a",
        tikanga_qa=[("Tikanga",
                     "Arai Te Uru Whare Hauora advises on tikanga for ākonga Māori and whānau, and "
                     "leads engagement with whānau who want a kaupapa Māori approach.")],
        retention_qa=[
            ("What may agencies keep?",
             P(["Only information needed for an action agreed at the hui, in the agency's approved system. ",
                ("del", "Agencies may also keep a copy of the referral list just in case the ākonga is referred again.")])),
            ("Disposal", "Under each agency's retention and disposal authority. Referral lists are "
                         "deleted after each hui."),
        ],
        breach_qa=[
            ("Breach contact (role)", P([("txt", "Privacy Officer", "Breach contact role")])),
            ("Agency", P([("dd", "Ministry of Education", [a[0] for a in ags], "Breach contact agency")])),
            ("Email", P([("txt", "privacy.officer@education.govt.nz", "Breach contact email")])),
            ("Phone", P([("txt", "03 471 5200", "Breach contact phone")])),
            ("How will agencies respond together?",
             "The agency that finds a breach tells the breach contact the same day; the agencies "
             "involved contain it, assess harm, and decide what to tell the people affected and "
             "whether to notify the Privacy Commissioner."),
        ],
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Manager, Learning Support, Otago Southland", "Site Manager, Dunedin", "Service Manager, Child Health",
            "Kaiwhakahaere", "Family Works Manager"])],
        review=dict(months="12", months_ctrl="dd", owner="Ministry of Education", owner_ctrl="dd"),
        signatures=[
            ("Ministry of Education", "Clare Donnelly", "Director of Education, Otago Southland", D(2026, 5, 11)),
            ("Oranga Tamariki", "Tama Herangi", "Regional Manager, Otago", D(2026, 5, 12)),
            ("Health New Zealand", "Dr Fiona Gray", "Group Manager, Southern", D(2026, 5, 14)),
            ("Arai Te Uru Whare Hauora", "Rēhia Tipene", "Chief Executive", D(2026, 5, 18)),
            ("Presbyterian Support Otago", "Neil Lister", "Chief Executive", D(2026, 5, 19)),
        ],
        date_ctrl="date", reviser=("Ana Fonoti (MoE Privacy)", "2026-05-08T14:20:00Z"),
        created=dt.datetime(2026, 4, 2, 9, 0), modified=dt.datetime(2026, 5, 19, 15, 0),
    )


# ==========================================================================
# legacy: Hutt Valley family violence case management (2018 form, [X]/[ ])
# ==========================================================================
def spec_legacy_hutt():
    ags = [("New Zealand Police", "Government", "Family Violence Coordinator"),
           ("Child, Youth and Family", "Government", "Supervisor, Lower Hutt"),
           ("Hutt Valley District Health Board", "Government", "Family Violence Intervention Coordinator"),
           ("Te Rūnanga o Te Āti Awa ki te Upoko o te Ika a Māui", "Iwi", "Whānau Ora Kaimahi"),
           ("Hutt Valley Women's Refuge", "NGO", "Advocate")]
    return dict(
        file="",
        meeting="Hutt Valley Family Violence Interagency Case Management Meeting",
        ref="HV-FVIARS-2018", cb="bracket", title_style="caps", header_mark="IN-CONFIDENCE",
        version="2.0 (signed)",
        footer="Form ISP-1 (2017) · Wellington Regional Privacy Team",
        agencies=ags, lead="New Zealand Police", lead_ctrl="text", agency_layout="list",
        meeting_purpose=("To assess family violence incidents in the Hutt Valley, identify high-risk "
                         "cases and coordinate safety plans under the FVIARS model."),
        frequency="Daily on working days, Lower Hutt Police Station.",
        chair="Family Violence Coordinator, New Zealand Police.",
        purpose_cols=["no", "purpose", "auth"],
        purpose_colnames={"auth": "Legal authority"},
        purposes=[
            dict(p="To assess the risk to victims of family violence and their children.",
                 auth="Privacy Act 1993, s 6, principle 11(f)"),
            dict(p="To identify children in need of care or protection and refer them.",
                 auth="Children, Young Persons, and Their Families Act 1989, s 15"),
            dict(p="To check whether protection orders are in place and being complied with.",
                 auth="Domestic Violence Act 1995, s 124"),
        ],
        info_rows=[
            ("New Zealand Police", "Incident reports, history, protection orders."),
            ("Child, Youth and Family", "Care and protection history."),
            ("Hutt Valley District Health Board", "Relevant health information needed to assess risk."),
            ("Te Rūnanga o Te Āti Awa ki te Upoko o te Ika a Māui", "Whānau supports in place."),
            ("Hutt Valley Women's Refuge", "Safety planning in place."),
        ],
        legal_qa=[
            ("Authority for each purpose", "As stated in the table in Section 3."),
            ("Status of this protocol",
             "This protocol authorises the agencies listed in Section 1 to exchange information "
             "about the victims, perpetrators and children discussed at the meeting."),
        ],
        use_qa=[
            ("How may representatives use what they hear?",
             "Only for the purposes of the meeting and the safety plan agreed for the person."),
        ],
        transparency_qa=[
            ("Are people told?", P([("cb", True), " Yes   ", ("cb", False), " No"])),
            ("How?", "Victims are told by the Refuge advocate or Police, where safe."),
        ],
        methods=[("Verbally at the meeting", True), ("Secure email", True), ("Fax", False),
                 ("Hard copies", True)],
        method_qa=[("Details", "Police print the day's incident summaries; they are collected at the end.")],
        classification="IN-CONFIDENCE", class_ctrl="boxes",
        class_options=["IN-CONFIDENCE", "SENSITIVE"],
        controls_wording="c",
        omit_controls=("approved-devices", "virtual-meeting"),
        omit=("tikanga",),
        retention_qa=[
            ("What may agencies keep?", "Information needed for the safety plan, on the agency's file."),
            ("Disposal", "Under each agency's retention and disposal schedule."),
        ],
        breach_qa=breach_qa("Family Violence Coordinator", "New Zealand Police",
                            "hutt.fvc@police.govt.nz", "04 560 2600"),
        rel_rows=[(a[0], r) for a, r in zip(ags, [
            "Area Commander, Hutt Valley", "Site Manager, Lower Hutt", "Manager, Family Violence Services",
            "Kaiwhakahaere", "Manager"])],
        review=dict(months="24", months_ctrl="bracket", owner_ctrl="text",
                    owner_text="Responsible agency: New Zealand Police",
                    extra=[("Next review date", "14/05/2020")]),
        signatures=[
            ("New Zealand Police", "Inspector Dave Wallace", "Area Commander, Hutt Valley", D(2018, 5, 2)),
            ("Child, Youth and Family", "Marie Solomon", "Site Manager, Lower Hutt", D(2018, 5, 3)),
            ("Hutt Valley District Health Board", "Dr Rangi Parata", "Chief Medical Officer", D(2018, 5, 8)),
            ("Te Rūnanga o Te Āti Awa ki te Upoko o te Ika a Māui", "Pita Rangiwai", "Chair", D(2018, 5, 10)),
            ("Hutt Valley Women's Refuge", "Ngaire Thompson", "Manager", D(2018, 5, 14)),
        ],
        title_fill="404040", label_fill="E7E6E6",
        author="Hutt Valley Police", modified_by="Regional Privacy Team",
        created=dt.datetime(2018, 3, 20, 9, 0), modified=dt.datetime(2018, 5, 14, 15, 0),
        revision=9,
    )


# ==========================================================================
# corpus
# ==========================================================================
def corpus():
    docs = []

    def add(spec, kind, expect, tolerate, note):
        docs.append((spec, dict(kind=kind, expect=expect, tolerate=tolerate, note=note)))

    # ---------------- clean ----------------
    add(spec_clean01(), "clean", [], [],
        "Clean family violence safety table; w14 checkbox content controls, lead agency and review owner only in drop-down content controls, signature dates in date pickers, classification boxes with IN-CONFIDENCE ticked.")
    add(spec_clean02(), "clean", [], [],
        "Clean youth panel in typed ☒/☐ style, SENSITIVE classification (header matches), 'Purpose | Information | Legal authority' table, retention answer forbids keeping 'just in case'.")
    add(spec_clean03(), "clean", [], [],
        "Clean school attendance hub in [X]/[ ] style with four purposes in a 'No. | Purpose | Legal authority | Information needed' table, review 'Review every: [24] months', unticked UNCLASSIFIED box beside the ticked IN-CONFIDENCE.")
    add(spec_clean04(), "clean", [], [],
        "Clean elder abuse meeting; purposes table sits in the Legal authority block, classification and review owner in drop-down controls, NGO lead agency.")
    add(spec_clean05(), "clean", [], [],
        "Clean reintegration panel in typed ☒/☐ style, hard copies tabled but controls ticked Yes, review every 18 months, lead marked '(lead agency)' in the review owner answer and a Lead row.")

    # ---------------- defects ----------------
    s = spec_housing_hub()
    s["file"] = "defect-isp101-heretaunga-no-conflicts-block.docx"
    s["omit"] = ("conflicts-of-interest",)
    add(s, "defect", [{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}}], [],
        "Housing hub form with the whole 'Conflicts of interest' block left out; every other block is filled.")

    s = spec_tairawhiti()
    s["file"] = "defect-isp301-tairawhiti-authority-cell-blank.docx"
    s["purposes"][2]["auth"] = ""
    add(s, "defect", [{"rule": "ISP301", "data_contains": {"purpose": "housing and income supports"}}], [],
        "Family harm table: the Authority cell of the third purpose row (housing and income supports) is left blank; other rows cite the Family Violence Act 2018 or Oranga Tamariki Act 1989.")

    s = spec_kawerau()
    s["file"] = "defect-isp703-kawerau-iwi-provider-not-signed.docx"
    s["signatures"] = [x for x in s["signatures"] if x[0] != "Tūwharetoa ki Kawerau Hauora"]
    add(s, "defect", [{"rule": "ISP703", "data_contains": {"agency": "Tūwharetoa ki Kawerau Hauora"}}], [],
        "Attendance hui lists Tūwharetoa ki Kawerau Hauora as attending but the sign-off block has no row for it.")

    s = spec_whanganui()
    s["file"] = "defect-isp702-whanganui-police-role-blank.docx"
    s["signatures"][2] = ("New Zealand Police", "Inspector Nathan Tiopira", "", D(2026, 6, 9))
    add(s, "defect", [{"rule": "ISP702", "data": {"agency": "New Zealand Police", "missing": ["role"]}}], [],
        "Elder wellbeing panel: the New Zealand Police sign-off row has a name and date but the Role cell is blank.")

    s = spec_nelson()
    s["file"] = "defect-isp451-nelson-virtual-control-ticked-no.docx"
    s["control_answers"] = {"virtual-meeting": "No"}
    s["control_comments"] = {"virtual-meeting": "Meetings are recorded on Teams so the minute-taker can check the action log; recordings are deleted after two weeks."}
    add(s, "defect", [{"rule": "ISP451", "data": {"control": "virtual-meeting"}}], [],
        "Mental health crisis meeting held on Teams: the virtual-meeting control row is ticked No, with a comment that meetings are recorded.")

    s = spec_waikato()
    s["file"] = "defect-isp501-kirikiriroa-breach-contact-not-named.docx"
    s["breach_qa"] = [
        ("Breach contact", "The privacy officer of whichever agency's information is involved."),
        ("How will agencies respond together?",
         "The agency that becomes aware of a breach tells the chair and its own privacy officer. "
         "Agencies work together to contain the breach and decide what to tell the person. "
         "Notifiable breaches are reported to the Office of the Privacy Commissioner (0800 803 909)."),
    ]
    add(s, "defect", [{"rule": "ISP501"}], [],
        "Reintegration panel: the breach block names no designated contact, only 'the privacy officer of whichever agency', with no agency, email or phone; the only number is the Privacy Commissioner's.")

    s = spec_chch_youth()
    s["file"] = "defect-isp602-otautahi-review-36-months.docx"
    add(s, "defect", [{"rule": "ISP602", "data": {"months": 36}}], [],
        "Youth offending panel: the review row reads 'Review every: [36] months' (signed August 2026, so not yet overdue).")

    s = spec_taranaki()
    s["file"] = "defect-isp604-taranaki-review-date-passed.docx"
    add(s, "defect", [{"rule": "ISP604", "data": {"due": "2026-09-01"}}], [],
        "Family violence table approved 1 September 2025 with a 12-month review; the next review date (a date picker) is 1 September 2026, before 24 November 2026.")

    s = spec_housing_first()
    s["file"] = "defect-isp402-rotorua-unclassified-ticked.docx"
    add(s, "defect", [{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}], [],
        "Housing First case conference: the classification row has ☒ UNCLASSIFIED ticked and IN-CONFIDENCE unticked; the header carries no marking.")

    s = spec_manawatu()
    s["file"] = "defect-isp801-manawatu-notes-kept-for-future-reference.docx"
    add(s, "defect", [{"rule": "ISP801", "data_contains": {"text": "retain notes on all whānau"}}], [],
        "Early support meeting: the free-text retention answer lets agencies keep notes on all whānau discussed 'for future reference, in case the whānau is referred again'.")

    s = spec_housing_hub()
    s["meeting"] = "Heretaunga Housing and Wellbeing Hub (Flaxmere extension)"
    s["ref"] = "ISP-HB-2026-07"
    s["file"] = "defect-isp603-flaxmere-review-owner-placeholder.docx"
    s["review"] = dict(months="12", months_ctrl="dd", owner=None, owner_ctrl="txt")
    s["signatures"] = [(a, n, r, d.replace(month=9)) for a, n, r, d in s["signatures"]]
    s["created"] = dt.datetime(2026, 8, 3, 9, 0)
    s["modified"] = dt.datetime(2026, 9, 22, 14, 0)
    add(s, "defect", [{"rule": "ISP603"},
                      {"rule": "ISP201", "data": {"text": "Click or tap here to enter text."}}], [],
        "Housing hub (Flaxmere) form: the 'Responsible agency' plain-text control in the review block still shows its placeholder, so no agency initiates the review.")

    # ---------------- trap / legacy ----------------
    s = spec_dunedin()
    s["file"] = "trap-dunedin-deciding-text-in-tracked-changes.docx"
    add(s, "trap", [{"rule": "ISP202"}], [],
        "Attendance hui whose second purpose's authority exists only as a tracked insertion and whose 'just in case' retention sentence exists only as a tracked deletion; read as accepted nothing else is wrong; breach contact, classification and review owner are only in content controls.")

    s = spec_legacy_hutt()
    s["file"] = "legacy-hutt-valley-2018-form.docx"
    add(s, "legacy",
        [{"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
         {"rule": "ISP303", "data_contains": {"authority": "Young Persons"}},
         {"rule": "ISP303", "data_contains": {"authority": "Domestic Violence Act"}},
         {"rule": "ISP305", "data_contains": {"text": "protocol authorises"}},
         {"rule": "ISP101", "data": {"section": "tikanga"}},
         {"rule": "ISP451", "data": {"control": "approved-devices"}},
         {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
         {"rule": "ISP604", "data": {"due": "2020-05-14"}}],
        ["ISP302"],
        "2018 form never reviewed: cites the Privacy Act 1993, the Children, Young Persons, and Their Families Act 1989 and the Domestic Violence Act 1995, says the protocol authorises the exchange, has no tikanga block, lacks the approved-devices and virtual-meeting controls, and its review fell due 14/05/2020.")
    return docs


def main():
    import json
    docs = corpus()
    truth = {"as_of": "2026-11-24",
             "style": "Regional privacy team fillable Word form: each section a shaded title row in its own table with question/answer rows; checkboxes as w14 content controls, typed ☒/☐ or [X]/[ ]; drop-down and plain-text controls; purposes table in the form's column order; sign-off table with one row per agency.",
             "files": {}}
    for spec, t in docs:
        doc = render(spec)
        save(doc, os.path.join(HERE, spec["file"]))
        truth["files"][spec["file"]] = t
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built %d documents" % len(docs))


if __name__ == "__main__":
    main()
