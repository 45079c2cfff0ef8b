"""Low-level helpers: build Word content controls, tracked changes, tables and
numbering on top of python-docx objects.  Imported by build.py."""

import copy
import datetime as dt
import io
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

PLACEHOLDER_TEXT = {
    "dd": "Choose an item.",
    "txt": "Click or tap here to enter text.",
    "rich": "Click or tap here to enter text.",
    "date": "Click or tap to enter a date.",
}
DEFAULT_DOCPART = {
    "dd": "DefaultPlaceholder_-1854013438",
    "txt": "DefaultPlaceholder_-1854013440",
    "rich": "DefaultPlaceholder_-1854013440",
    "date": "DefaultPlaceholder_-1854013437",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fmt_date(iso, fmt):
    d = dt.date.fromisoformat(iso)
    if fmt == "d MMMM yyyy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if fmt == "d/MM/yyyy":
        return f"{d.day}/{d.month:02d}/{d.year}"
    if fmt == "dd/MM/yyyy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if fmt == "dddd, d MMMM yyyy":
        return f"{d.strftime('%A')}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    raise ValueError(fmt)


class Builder:
    """Wraps a python-docx Document and writes blocks of content into it."""

    def __init__(self, seed):
        self.doc = Document()
        self.next_id = 1000 + seed * 1000
        self.rev_id = 1
        self.num_cache = {}
        self._setup_styles()

    # ------------------------------------------------------------ styles
    def _setup_styles(self):
        st = self.doc.styles
        normal = st["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(10.5)
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        fonts.set(qn("w:eastAsia"), "Arial")
        fonts.set(qn("w:cs"), "Arial")
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "en-NZ")
        rpr.append(lang)
        for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Title", 22)):
            s = st[name]
            s.font.name = "Arial"
            s.font.size = Pt(size)
            s.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        ph = st.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        ph.priority = 99
        ph.unhide_when_used = True
        ph.hidden = True
        ph.element.set(qn("w:styleId"), "PlaceholderText")
        g = st.add_style("Guidance Text", WD_STYLE_TYPE.PARAGRAPH)
        g.base_style = st["Normal"]
        g.font.italic = True
        g.font.color.rgb = RGBColor(0x1F, 0x6F, 0xB5)

    def new_id(self):
        self.next_id += 1
        return self.next_id

    # ------------------------------------------------------------ runs
    @staticmethod
    def run(text, bold=False, italic=False, style=None, deleted=False):
        r = OxmlElement("w:r")
        if bold or italic or style:
            rpr = OxmlElement("w:rPr")
            if style:
                rs = OxmlElement("w:rStyle")
                rs.set(qn("w:val"), style)
                rpr.append(rs)
            if bold:
                rpr.append(OxmlElement("w:b"))
            if italic:
                rpr.append(OxmlElement("w:i"))
            r.append(rpr)
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = text
        r.append(t)
        return r

    def sdt_props(self, kind, value, seg):
        pr = OxmlElement("w:sdtPr")
        if seg.get("alias"):
            a = OxmlElement("w:alias")
            a.set(qn("w:val"), seg["alias"])
            pr.append(a)
            t = OxmlElement("w:tag")
            t.set(qn("w:val"), seg.get("tag", seg["alias"].replace(" ", "")))
            pr.append(t)
        i = OxmlElement("w:id")
        i.set(qn("w:val"), str(self.new_id()))
        pr.append(i)
        ph = OxmlElement("w:placeholder")
        dp = OxmlElement("w:docPart")
        dp.set(qn("w:val"), DEFAULT_DOCPART[kind])
        ph.append(dp)
        pr.append(ph)
        if value is None:
            pr.append(OxmlElement("w:showingPlcHdr"))
        if kind == "dd":
            dd = OxmlElement("w:dropDownList")
            if value is not None:
                dd.set(qn("w:lastValue"), value)
            first = OxmlElement("w:listItem")
            first.set(qn("w:displayText"), "Choose an item.")
            first.set(qn("w:value"), "")
            dd.append(first)
            for item in seg["items"]:
                li = OxmlElement("w:listItem")
                li.set(qn("w:displayText"), item)
                li.set(qn("w:value"), item)
                dd.append(li)
            pr.append(dd)
        elif kind == "txt":
            pr.append(OxmlElement("w:text"))
        elif kind == "date":
            d = OxmlElement("w:date")
            if value is not None:
                d.set(qn("w:fullDate"), value + "T00:00:00Z")
            f = OxmlElement("w:dateFormat")
            f.set(qn("w:val"), seg.get("fmt", "d MMMM yyyy"))
            d.append(f)
            lid = OxmlElement("w:lid")
            lid.set(qn("w:val"), "en-NZ")
            d.append(lid)
            sm = OxmlElement("w:storeMappedDataAs")
            sm.set(qn("w:val"), "dateTime")
            d.append(sm)
            cal = OxmlElement("w:calendar")
            cal.set(qn("w:val"), "gregorian")
            d.append(cal)
            pr.append(d)
        return pr

    def inline_sdt(self, kind, seg):
        value = seg.get(kind)
        sdt = OxmlElement("w:sdt")
        sdt.append(self.sdt_props(kind, value, seg))
        content = OxmlElement("w:sdtContent")
        if value is None:
            content.append(self.run(PLACEHOLDER_TEXT[kind], style="PlaceholderText"))
        else:
            shown = fmt_date(value, seg.get("fmt", "d MMMM yyyy")) if kind == "date" else value
            content.append(self.run(shown, bold=seg.get("bold", False)))
        sdt.append(content)
        return sdt

    def rev(self, tag, text, author, date):
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self.rev_id))
        self.rev_id += 1
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), date)
        if text is not None:
            el.append(self.run(text, deleted=(tag == "w:del")))
        return el

    def fill(self, p_el, segs):
        """Append segments to a w:p element."""
        if isinstance(segs, str):
            segs = [segs]
        for seg in segs:
            if isinstance(seg, str):
                p_el.append(self.run(seg))
            elif "b" in seg:
                p_el.append(self.run(seg["b"], bold=True))
            elif "i" in seg:
                p_el.append(self.run(seg["i"], italic=True))
            elif "dd" in seg:
                p_el.append(self.inline_sdt("dd", seg))
            elif "txt" in seg:
                p_el.append(self.inline_sdt("txt", seg))
            elif "date" in seg:
                p_el.append(self.inline_sdt("date", seg))
            elif "ins" in seg:
                p_el.append(self.rev("w:ins", seg["ins"], seg["author"], seg["when"]))
            elif "del" in seg:
                p_el.append(self.rev("w:del", seg["del"], seg["author"], seg["when"]))
            else:
                raise ValueError(seg)

    # ------------------------------------------------------------ paragraphs
    def para(self, segs, style=None, align=None):
        p = self.doc.add_paragraph(style=style)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.fill(p._p, segs)
        return p

    def heading(self, text, level):
        return self.doc.add_heading(text, level=level)

    def numbered(self, items, style="List Number"):
        numid = self.restart_num(style)
        out = []
        for segs in items:
            p = self.para(segs, style=style)
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = numid
            out.append(p)
        return out

    def bullets(self, items, style="List Bullet"):
        return [self.para(segs, style=style) for segs in items]

    def restart_num(self, style_name):
        """A new w:num on the style's abstract numbering, restarting at 1."""
        numbering = self.doc.part.numbering_part.element
        style = self.doc.styles[style_name]
        snum = style.element.pPr.numPr.numId.val
        num = [n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(snum)][0]
        abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        new = OxmlElement("w:num")
        new.set(qn("w:numId"), str(max(ids) + 1))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), abstract)
        new.append(a)
        lo = OxmlElement("w:lvlOverride")
        lo.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        lo.append(so)
        new.append(lo)
        numbering.append(new)
        return max(ids) + 1

    # ------------------------------------------------------------ tables
    def table(self, header, rows, widths=None, header_fill="D9E2F3", label_col=False):
        ncols = len(header) if header else len(rows[0])
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        if header:
            cells = t.add_row().cells
            tr = t.rows[0]._tr
            trpr = tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            trpr.append(th)
            for c, text in zip(cells, header):
                p = c.paragraphs[0]._p
                self.fill(p, [{"b": text}])
                self.shade(c, header_fill)
        for row in rows:
            cells = t.add_row().cells
            for j, (c, segs) in enumerate(zip(cells, row)):
                if isinstance(segs, tuple) and segs and segs[0] == "paras":
                    first = True
                    for sub in segs[1]:
                        if first:
                            self.fill(c.paragraphs[0]._p, sub)
                            first = False
                        else:
                            p = c.add_paragraph()
                            self.fill(p._p, sub)
                elif isinstance(segs, tuple) and segs and segs[0] == "p_el":
                    # raw paragraph builder callback
                    segs[1](self, c.paragraphs[0]._p)
                else:
                    if label_col and j == 0:
                        segs = [{"b": segs}] if isinstance(segs, str) else segs
                        self.shade(c, "F2F2F2")
                    self.fill(c.paragraphs[0]._p, segs)
        if widths:
            for row in t.rows:
                for c, w in zip(row.cells, widths):
                    c.width = Cm(w)
        self.doc.add_paragraph()
        return t

    @staticmethod
    def shade(cell, fill):
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)

    # ------------------------------------------------------------ block sdt
    def rich_block(self, build_fn, alias=None):
        """Run build_fn() to add paragraphs, then wrap them in a block-level
        rich text content control."""
        body = self.doc.element.body
        before = len(body)
        build_fn()
        # python-docx keeps sectPr last; new elements are inserted before it
        new = list(body)[before - 1:-1]
        sdt = OxmlElement("w:sdt")
        seg = {"alias": alias} if alias else {}
        pr = OxmlElement("w:sdtPr")
        if alias:
            a = OxmlElement("w:alias")
            a.set(qn("w:val"), alias)
            pr.append(a)
            tg = OxmlElement("w:tag")
            tg.set(qn("w:val"), alias.replace(" ", ""))
            pr.append(tg)
        i = OxmlElement("w:id")
        i.set(qn("w:val"), str(self.new_id()))
        pr.append(i)
        ph = OxmlElement("w:placeholder")
        dp = OxmlElement("w:docPart")
        dp.set(qn("w:val"), DEFAULT_DOCPART["rich"])
        ph.append(dp)
        pr.append(ph)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        new[0].addprevious(sdt)
        for el in new:
            content.append(el)
        sdt.append(content)
        return sdt

    # ------------------------------------------------------------ header/footer
    def marking(self, header=None, footer=None):
        sec = self.doc.sections[0]
        if header:
            p = sec.header.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(header)
            r.bold = True
        if footer:
            p = sec.footer.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(footer)
            r.bold = True

    # ------------------------------------------------------------ save
    def save(self, path, title, author, created, modified, revision=3):
        cp = self.doc.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = created
        cp.modified = modified
        cp.last_printed = None if False else modified
        cp.revision = revision
        cp.comments = ""
        cp.subject = "Multi-Agency Meeting - Information Sharing Protocol"
        cp.keywords = ""
        buf = io.BytesIO()
        self.doc.save(buf)
        # rewrite the zip with fixed timestamps so the build is byte-for-byte repeatable
        src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o600 << 16
                out.writestr(zi, src.read(info.filename))


# =====================================================================
# Content: shared clauses, section writers
# =====================================================================
import json
import os
import sys

OUT = os.path.dirname(os.path.abspath(__file__))

ORDER = [
    "attending-agencies", "meeting-purpose", "sharing-purpose", "information-shared",
    "legal-authority", "use-of-information", "transparency", "method-of-sharing",
    "security-classification", "security-controls", "tikanga", "retention-disposal",
    "breach-management", "conflicts-of-interest", "relationship-management", "review",
    "approval",
]

HEADINGS = {
    # close to the template, asterisks kept where the template marks a required area
    "A": {
        "attending-agencies": "Attending agencies*",
        "meeting-purpose": "Meeting purpose*",
        "sharing-purpose": "Purpose of sharing*",
        "information-shared": "Information to be shared*",
        "legal-authority": "Legal authority to share*",
        "use-of-information": "Use of information",
        "transparency": "Transparency and notification obligations",
        "method-of-sharing": "Method of sharing*",
        "security": "Security of the information",
        "security-classification": "Security classification*",
        "security-controls": "Security controls",
        "tikanga": "Tikanga considerations",
        "retention-disposal": "Retention and disposal of information shared",
        "breach-management": "Privacy and security breach management*",
        "conflicts-of-interest": "Managing conflicts of interest",
        "relationship-management": "Relationship management and oversight*",
        "review": "Review*",
        "approval": "Approval",
    },
    # reworded by the author
    "B": {
        "attending-agencies": "Who attends the meeting",
        "meeting-purpose": "Purpose of the meeting",
        "sharing-purpose": "Why information is shared",
        "information-shared": "What information is shared",
        "legal-authority": "Legal authority to share*",
        "use-of-information": "How shared information is used",
        "transparency": "Transparency: telling people about the sharing",
        "method-of-sharing": "How information is shared",
        "security": None,
        "security-classification": "Security classification",
        "security-controls": "Security controls",
        "tikanga": "Tikanga Māori",
        "retention-disposal": "Keeping and disposing of information",
        "breach-management": "Privacy and security breaches",
        "conflicts-of-interest": "Conflicts of interest",
        "relationship-management": "Relationship managers and oversight",
        "review": "Review of this protocol",
        "approval": "Sign-off",
    },
    # numbered at render time
    "C": {
        "attending-agencies": "Attending agencies",
        "meeting-purpose": "Purpose of the meeting",
        "sharing-purpose": "Purposes for sharing information",
        "information-shared": "Information that will be shared",
        "legal-authority": "Legal authority to share*",
        "use-of-information": "Use of shared information",
        "transparency": "Transparency and notification",
        "method-of-sharing": "Method of sharing",
        "security": "Security of the information",
        "security-classification": "Security classification*",
        "security-controls": "Security controls",
        "tikanga": "Tikanga considerations",
        "retention-disposal": "Retention and disposal",
        "breach-management": "Privacy and security breach management",
        "conflicts-of-interest": "Managing conflicts of interest",
        "relationship-management": "Relationship management",
        "review": "Review",
        "approval": "Approval and signatures",
    },
}

AUTH_ITEMS = [
    "Family Violence Act 2018, s 20",
    "Oranga Tamariki Act 1989, s 66C",
    "Oranga Tamariki Act 1989, s 66",
    "Privacy Act 2020, IPP 11(1)(a)",
    "Privacy Act 2020, IPP 11(1)(d)",
    "Privacy Act 2020, IPP 11(1)(e)",
    "Privacy Act 2020, IPP 11(1)(f)",
    "Health Information Privacy Code 2020, rule 11(1)(b)",
    "Health Information Privacy Code 2020, rule 11(2)(d)",
]
CLASS_ITEMS = ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"]
FREQ_ITEMS = ["daily (weekdays)", "weekly", "fortnightly", "monthly", "twice a term"]
REVIEW_ITEMS = ["6 months", "12 months", "18 months", "24 months", "36 months"]

CONTROL_TEXT = {
    "training": [
        "Attending agency representatives have completed their agency's privacy and information security training, including any modules needed to use the secure workspace.",
        "Every representative has completed privacy and information security training (their own agency's modules and any linked to the business system used) before they attend.",
        "Representatives complete their own agency's privacy and security e-learning before their first meeting and refresh it every year.",
    ],
    "hardcopy-destruction": [
        "All hard copy information shared at the meeting is securely destroyed at the end of the meeting.",
        "Any printed material is collected by the chair at the close of the meeting and placed in the locked secure-destruction bin.",
        "Printed lists and notes are shredded on site as soon as the meeting finishes.",
    ],
    "password-protection": [
        "All email attachments containing personal information are password protected.",
        "Attachments that contain personal information are password protected, with the password given by phone or in a separate message.",
        "Any attachment holding personal information is encrypted with a password before it is emailed.",
    ],
    "approved-devices": [
        "Information is only shared with attending agencies from agency-approved devices.",
        "Representatives use only devices issued or approved by their own agency to send, receive or view shared information.",
        "Shared information is opened only on agency-managed devices; personal phones and home computers are not used.",
    ],
    "virtual-meeting": [
        "When the meeting is held virtually, personal information is not put in the chat function, the meeting is not recorded and nobody takes screenshots.",
        "Representatives who join online do not use the chat, do not record the meeting and do not take screenshots of anything shared on screen.",
        "In online meetings nobody types personal information into the chat, records the session or captures screenshots.",
    ],
    "hardcopy-distribution": [
        "Hard copies of information are not shared with other attending agency representatives.",
        "Representatives do not hand printed material to representatives of other agencies.",
        "Printed information is never given or passed on to other attending agency representatives.",
    ],
}
REQUIREMENTS = ["training", "hardcopy-destruction", "password-protection"]
RESTRICTIONS = ["approved-devices", "virtual-meeting", "hardcopy-distribution"]


def the(name):
    """'Ministry of Education' reads 'the Ministry of Education' in a sentence."""
    return ("the " + name) if name.split()[0] in ("Ministry", "Department") else name


def cap(text):
    return text[0].upper() + text[1:]


def join_names(names):
    names = [the(n) for n in names]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def auth_segs(a):
    """An authority as a filled drop-down when it is one of the template's
    choices, else as typed text."""
    if isinstance(a, dict):
        return [a]
    if a in AUTH_ITEMS:
        return [{"dd": a, "items": AUTH_ITEMS, "alias": "Legal authority"}]
    return [a]


# ---------------------------------------------------------------- sections
def s_attending(b, p):
    names = [a["name"] for a in p["agencies"]]
    v = p.get("attending", "table")
    if v == "table":
        b.para(f"The following agencies attend the {p['meeting']} and are the signatories to this protocol.")
        rows = []
        for a in p["agencies"]:
            n = a["name"] + (" (lead agency)" if a["name"] == p["lead"] else "")
            rows.append([n, a["rep"]])
        b.table(["Attending agency", "Representative(s)"], rows, widths=[7, 9])
        b.para(f"{cap(the(p['lead']))} is the lead attending agency. It convenes the meeting, holds the agenda and action log, and is responsible for developing and implementing this protocol.")
    elif v == "bullets_cc":
        b.para("The attending agencies below send representatives to the meeting and are signatories to this protocol:")
        b.bullets([[{"txt": n, "alias": "Attending agency"}] for n in names])
        b.para(["Lead attending agency: ", {"dd": p["lead"], "items": names, "alias": "Lead attending agency"}])
    elif v == "prose":
        others = [n for n in names if n != p["lead"]]
        b.para(f"The {p['meeting']} is attended by {join_names(names)}. Each of these attending agencies has signed this protocol.")
        b.para(f"{cap(the(p['lead']))} is the lead agency. It sets up the meeting, chairs it and looks after this protocol on behalf of {join_names(others)}.")
        b.para("Each agency sends a representative who knows the agency's services and holds the delegation to share its information. A second representative may attend as a back-up if they have read this protocol.")


def s_meeting(b, p):
    for segs in p["meeting_purpose"]:
        if isinstance(segs, tuple) and segs[0] == "bullets":
            b.bullets(segs[1])
        else:
            b.para(segs)


def s_sharing(b, p):
    v = p.get("sharing", "numbered")
    if v == "numbered":
        b.para(p.get("sharing_intro", "Information is shared at the meeting for the following purposes:"))
        b.numbered([[x["text"] + x.get("suffix", "")] for x in p["purposes"]])
    elif v == "table_with_authority":
        b.para(p.get("sharing_intro", "The purposes of sharing, and the legal authority each relies on, are:"))
        rows = []
        for i, x in enumerate(p["purposes"], 1):
            cell = ("paras", [auth_segs(a) for a in x["auth"]]) if x["auth"] else [""]
            rows.append([str(i), x["text"], cell])
        b.table(["No.", "Purpose of sharing", "Legal authority"], rows, widths=[1.2, 9, 6])
    for extra in p.get("sharing_after", []):
        b.para(extra)


def authority_statement(b, p):
    v = p.get("la_statement", 0)
    if isinstance(v, str):
        b.para(v)
        return
    texts = [
        "This protocol does not itself authorise the sharing of information. Every disclosure at the meeting must be permitted by law, and the authority each purpose relies on is recorded below.",
        "The protocol cannot create or change the law. Representatives share information only where the legal authority recorded for that purpose permits it, and check that its criteria are met before they share.",
        "Nothing in this protocol is a legal authority to share. It records the legislation the attending agencies rely on for each purpose of sharing.",
    ]
    b.para(texts[v])


def s_legal(b, p):
    if p.get("la_instruction"):
        b.para(p["la_instruction"], style="Guidance Text")
    v = p.get("authority", "table")
    if v != "refer_table":
        authority_statement(b, p)
    if v == "table":
        rows = []
        for i, x in enumerate(p["purposes"], 1):
            if x["auth"] is None:
                continue
            if x.get("auth_cell"):
                cell = x["auth_cell"]
            else:
                cell = ("paras", [auth_segs(a) for a in x["auth"]])
            rows.append([f"{i}. {x['short']}", cell])
        b.table(["Purpose of sharing", "Legal authority"], rows, widths=[8, 8])
    elif v == "labelled":
        for lab, (law, note) in p["labelled"].items():
            b.para([{"b": f"Authority {lab}: "}] + auth_segs(law) + [f" – {note}"])
    elif v == "per_purpose":
        items = []
        for i, x in enumerate(p["purposes"], 1):
            if x["auth"] is None:
                continue
            segs = [{"b": f"Purpose {i} ({x['short'].lower()}): "}]
            for j, a in enumerate(x["auth"]):
                if j:
                    segs.append("; and ")
                segs += auth_segs(a)
            items.append(segs)
        b.bullets(items)
    elif v == "refer_table":
        authority_statement(b, p)
        b.para(p.get("refer_text", "The legal authority for each purpose is shown against that purpose in the table in the purpose of sharing section."))
    for extra in p.get("la_after", []):
        b.para(extra)


USE_TEXT = [
    [
        "Information shared at the meeting is used only for the purpose of sharing it was disclosed for, and only as far as the legal authority for that purpose allows.",
        "Attending agencies do not put information shared at the meeting into their own business systems or records unless they need it to carry out an action agreed at the meeting. Agencies do not collect or store information about a person because it might become relevant later.",
        "Where an agency does need to keep information to carry out an agreed action, it records with the information:",
        ("bullets", ["where the information came from;", "the legal authority it was shared under;", "the purpose it was shared for;", "any restrictions on its use; and", "the date it was shared."]),
        "Any secondary use of shared information needs its own assessment of purpose and legal authority. Representatives talk to their privacy or legal team before using shared information for anything unrelated to the meeting.",
    ],
    [
        "Representatives use what they hear or receive at the meeting only to carry out the purposes in this protocol, within the limits of the authority relied on.",
        "Shared information stays out of an agency's own systems unless the agency needs it to deliver the support or action it agreed to take. Agencies must not keep information just in case it might be useful later.",
        "When information is kept, the record notes its source agency, the legal authority, the purpose, any limits on use and the date it was shared.",
        "Using the information for another purpose later is a new decision. It needs its own legal authority and advice from the agency's privacy team.",
    ],
    [
        "Information shared at the meeting must only be used for the specific purpose enabled by the legal authority under which it was shared.",
        "An attending agency may record shared information in its own case management system only when it needs the information to complete an action it took on at the meeting, and then records the source, the authority, the purpose, any restrictions and the date shared.",
        "Representatives check with their privacy, legal or information sharing team before any secondary use.",
    ],
]


def s_use(b, p):
    for segs in USE_TEXT[p.get("use", 0)]:
        if isinstance(segs, tuple):
            b.bullets(segs[1])
        else:
            b.para(segs)
    for extra in p.get("use_after", []):
        b.para(extra)


def s_transparency(b, p):
    for segs in p["transparency"]:
        if isinstance(segs, tuple) and segs[0] == "bullets":
            b.bullets(segs[1])
        else:
            b.para(segs)


def s_method(b, p):
    b.para(p.get("method_intro", "Information is shared in the following ways:"))
    b.bullets(p["methods"])
    b.para(p.get("method_after", "Each attending agency makes sure the methods it uses are approved for use by that agency and protect the information."))


def s_classification(b, p):
    v = p.get("class_layout", "sentence")
    cls = {"dd": p["classification"], "items": CLASS_ITEMS, "alias": "Security classification"}
    if v == "sentence":
        b.para(["Information shared at the meeting is classified ", cls, "."])
    elif v == "line":
        b.para(["Security classification: ", cls])
    elif v == "own_line":
        b.para("The agreed security classification for information shared at the meeting is:")
        b.para([cls])
    if p["classification"]:
        mark = f"[{p['classification']}]" if p["seed"] % 2 else p["classification"]
        b.para(p.get("class_after", f"Attending government agencies apply the Protective Security Requirements handling rules for {p['classification']} information. Emails carrying shared information are marked {mark} in the subject line, and non-government attending agencies have confirmed they can handle information at this level."))


def control_lines(p):
    omit = set(p.get("controls_omit", []))
    v = p.get("control_words", 0)
    return {k: CONTROL_TEXT[k][(v + i) % 3] for i, k in enumerate(REQUIREMENTS + RESTRICTIONS) if k not in omit}


def s_controls(b, p):
    lines = control_lines(p)
    special = p.get("control_special", {})  # key -> list of segments (e.g. tracked changes)
    v = p.get("controls", "two_lists")
    b.para(p.get("controls_intro", "The following minimum security controls apply to all information shared under this protocol."))
    if v == "two_lists":
        b.para([{"b": "Requirements"}])
        items = [special.get(k, [lines[k]]) for k in REQUIREMENTS if k in lines or k in special]
        b.bullets(items)
        b.para([{"b": "Restrictions"}])
        items = [special.get(k, [lines[k]]) for k in RESTRICTIONS if k in lines or k in special]
        b.bullets(items)
    elif v == "bullets":
        keys = [k for k in REQUIREMENTS + RESTRICTIONS if k in lines or k in special]
        for k in keys:
            if k in special and special[k] and special[k][0] == "RAW":
                special[k][1](b)
            else:
                b.bullets([special.get(k, [lines[k]])])
    elif v == "table":
        names = {"training": "Training", "hardcopy-destruction": "Hard copies – destruction",
                 "password-protection": "Email attachments", "approved-devices": "Devices",
                 "virtual-meeting": "Virtual meetings", "hardcopy-distribution": "Hard copies – handing out"}
        rows = [[names[k], lines[k]] for k in REQUIREMENTS + RESTRICTIONS if k in lines]
        b.table(["Control", "What we have agreed"], rows, widths=[4.5, 11.5])
    for extra in p.get("controls_after", []):
        if isinstance(extra, tuple):
            b.bullets(extra[1])
        else:
            b.para(extra)


def s_tikanga(b, p):
    for segs in p["tikanga"]:
        if isinstance(segs, tuple) and segs[0] == "bullets":
            b.bullets(segs[1])
        else:
            b.para(segs)


RETENTION_TEXT = [
    [
        "Attending agencies keep shared information only where they are using it for one of the purposes of the meeting, for example to complete a risk or needs assessment or to arrange a service. It is stored in the agency's approved business system, and any copy received by email is then securely deleted.",
        "Information is held only for as long as it is needed for that purpose, and each agency applies its own retention and disposal authority under the Public Records Act 2005 to what it keeps.",
        "The lead agency keeps the agenda, action log and minutes in its records system, with access limited to the staff who support the meeting.",
    ],
    [
        "Shared information is retained only where an agency needs it to carry out a meeting purpose. Anything retained goes into the agency's approved system; email copies are deleted once it is stored there.",
        "Each agency holds the information for no longer than that purpose requires, and disposes of it under its own retention and disposal schedule.",
        "Meeting agendas and action logs are held by the lead agency and kept to the minimum needed to track agreed actions.",
    ],
]


def s_retention(b, p):
    texts = p.get("retention_text") or RETENTION_TEXT[p.get("retention", 0)]
    for t in texts:
        b.para(t)


BREACH_CLAUSES = [
    [
        "If an attending agency becomes aware of a privacy or security breach involving information shared at the meeting, it tells the designated breach contact straight away and manages the breach under its own privacy breach procedure.",
        "The affected agencies work together to contain the breach, assess the harm and decide what to tell the people affected. An agency that has a notifiable privacy breach notifies the Privacy Commissioner and the affected people as soon as practicable, as the Privacy Act 2020 requires.",
    ],
    [
        "Any privacy or security incident involving shared information is reported to the designated breach contact on the day it is found.",
        "The agency responsible for the breach leads the response under its own policy, with support from the other attending agencies. Together they agree what to tell the affected people. Notifiable privacy breaches are reported to the Office of the Privacy Commissioner.",
    ],
]


def s_breach(b, p):
    for t in BREACH_CLAUSES[p.get("breach_clauses", 0)]:
        b.para(t)
    c = p["breach"]
    v = p.get("breach_layout", "sentence")
    if v == "sentence":
        who = f"{c['name']}, {c['role']}" if c.get("name") else f"the {c['role']}"
        b.para(f"The designated breach contact for this meeting is {who}, {c['agency']}, {c['email']}, {c['phone']}.")
    elif v == "table":
        b.para([{"b": "Designated breach contact"}])
        b.table(["Role", "Name", "Agency", "Email", "Phone"],
                [[c["role"], c.get("name", ""), c["agency"], c["email"], c["phone"]]],
                widths=[3.5, 3, 3.5, 4, 2.5])
    elif v == "txt":
        b.para([{"b": "Breach contact: "}, {"txt": c["role"] + (f" ({c['name']})" if c.get("name") else ""), "alias": "Breach contact"}])
        b.para([{"b": "Agency: "}, {"txt": c["agency"], "alias": "Breach contact agency"}])
        b.para([{"b": "Email: "}, {"txt": c["email"], "alias": "Breach contact email"}, {"b": "   Phone: "}, {"txt": c["phone"], "alias": "Breach contact phone"}])
    elif v == "custom":
        for t in p["breach_custom"]:
            b.para(t)


CONFLICT_TEXT = [
    [
        "A conflict of interest arises when a representative knows, or is connected to, a person being discussed, or has another interest that could affect their judgement.",
        "When a representative becomes aware of a conflict (actual or perceived) they:",
        ("bullets", [
            "tell the chair as soon as they become aware of it;",
            "refer any request for information about that person to a colleague in their agency; and",
            "leave the meeting while information about that person is being shared.",
        ]),
        "The chair records the conflict and how it was managed in the action log.",
    ],
    [
        "Representatives declare any actual or perceived conflict of interest to the chair before the case is discussed. The chair and the representative agree how it will be managed; usually another staff member from the same agency takes the case and the representative steps out while it is discussed. Declarations are noted in the minutes.",
    ],
]


def s_conflicts(b, p):
    for segs in CONFLICT_TEXT[p.get("conflicts", 0)]:
        if isinstance(segs, tuple):
            b.bullets(segs[1])
        else:
            b.para(segs)


def s_relationship(b, p):
    v = p.get("relationship", "table")
    if v == "table":
        b.para("Each attending agency has nominated a relationship manager. Relationship managers check that the sharing is working as this protocol describes, support their representative with any information sharing issues, and raise problems such as scope creep early.")
        b.table(["Agency", "Relationship manager (role)"], [[a["name"], a["rm"]] for a in p["agencies"]], widths=[7, 9])
        b.para("Relationship managers check in with their representatives at least every six months.")
    else:
        b.para("Each attending agency nominates a relationship manager who understands the purpose of the meeting, who attends and what is shared. They do not need to attend meetings, but they check in with their agency's representative regularly, help with any information sharing issues (including liaising with their privacy or legal team) and make sure problems are fixed early.")
        b.para(f"The relationship managers meet once a year, convened by {the(p['lead'])}, to confirm the protocol is operating as intended.")


def s_review(b, p):
    names = [a["name"] for a in p["agencies"]]
    period = {"dd": p["review_period"], "items": REVIEW_ITEMS, "alias": "Review period"}
    owner = {"dd": p["review_owner"], "items": names, "alias": "Review responsibility"}
    v = p.get("review", 0)
    if v == 0:
        b.para(["This protocol will be reviewed every ", period, " from the date of the last signature."])
        b.para(["The agency responsible for initiating the review is ", owner, "."])
        b.para("Any attending agency may ask for a review at any time if an issue with the sharing arises. Amendments are agreed by all attending agencies and signed off before they take effect.")
    elif v == 1:
        b.para([{"b": "Review period: "}, period])
        b.para([{"b": "Agency responsible for initiating the review: "}, owner])
        b.para("The review confirms that the sharing is still needed as documented, whether the purposes or uses of the information have changed, and whether there are any problems with the quality or security of the information. An earlier review can be requested by any attending agency.")
    elif v == 2:
        b.para(["The attending agencies will review this protocol ", period, " after it is signed, and then at the same interval. ", owner, " will start each review and circulate the updated protocol for signature."])
        b.para("An attending agency can ask for the protocol to be reviewed sooner if something changes, such as a new agency joining or a change in the law.")
    for extra in p.get("review_after", []):
        b.para(extra)


def sig_fields(a, fmt):
    return a["signer"], a["position"], {"date": a["date"], "fmt": fmt, "alias": "Signature date"}


def s_approval(b, p):
    unsigned = set(p.get("unsigned", []))
    fmt = p.get("date_fmt", "d MMMM yyyy")
    v = p.get("approval", "table")
    b.para(p.get("approval_intro", "This protocol has been checked by a senior privacy, legal or information adviser in each attending agency and is approved by the signatories below on behalf of their agencies."))
    signers = [a for a in p["agencies"] if a["name"] not in unsigned]
    if v == "table":
        hdr = p.get("sig_header", ["Agency", "Name", "Position", "Signature", "Date"])
        rows = []
        for a in signers:
            name = [{"txt": a["signer"], "alias": "Signatory name"}] if p.get("sig_cc") else a["signer"]
            pos = [{"txt": a["position"], "alias": "Signatory position"}] if p.get("sig_cc") else a["position"]
            rows.append([a["name"], name, pos, p.get("sig_mark", ""), [{"date": a["date"], "fmt": fmt, "alias": "Signature date"}]])
        b.table(hdr, rows, widths=[3.6, 3.2, 4.2, 2.6, 2.6])
    elif v == "blocks":
        for a in signers:
            b.para([{"b": f"Signed for and on behalf of {a['name']}"}])
            b.para("Signature: ______________________________")
            b.para(["Name: ", {"txt": a["signer"], "alias": "Signatory name"}])
            b.para(["Position: ", {"txt": a["position"], "alias": "Signatory position"}])
            b.para(["Date: ", {"date": a["date"], "fmt": fmt, "alias": "Signature date"}])
            b.para("")


SECTION_WRITERS = {
    "attending-agencies": s_attending, "meeting-purpose": s_meeting, "sharing-purpose": s_sharing,
    "information-shared": None, "legal-authority": s_legal, "use-of-information": s_use,
    "transparency": s_transparency, "method-of-sharing": s_method,
    "security-classification": s_classification, "security-controls": s_controls,
    "tikanga": s_tikanga, "retention-disposal": s_retention, "breach-management": s_breach,
    "conflicts-of-interest": s_conflicts, "relationship-management": s_relationship,
    "review": s_review, "approval": s_approval,
}


def s_info(b, p):
    b.para(p.get("info_intro", "Attending agencies share only the information they hold that is relevant to the purposes of sharing. The information each agency may share is:"))
    if p.get("info_layout", "table") == "table":
        b.table(["Agency", "Information that may be shared"], [[a, t] for a, t in p["info"]], widths=[5, 11])
    else:
        b.bullets([[{"b": a + ": "}, t] for a, t in p["info"]])
    for extra in p.get("info_after", []):
        b.para(extra)


SECTION_WRITERS["information-shared"] = s_info


def render(p):
    b = Builder(p["seed"])
    H = dict(HEADINGS[p.get("headings", "A")])
    H.update(p.get("heading_overrides", {}))
    numbered = p.get("numbered", False)
    b.doc.add_paragraph(p.get("title", "Multi-Agency Meeting — Information Sharing Protocol"), style="Title")
    b.para([{"b": p["meeting"]}], style="Subtitle")
    if p.get("doc_control"):
        b.para([{"b": "Document control"}])
        b.table(["Version", "Date", "Author", "Changes"], p["doc_control"], widths=[2, 3, 4.5, 6.5])
    for segs in p.get("intro", []):
        b.para(segs)
    n = 0
    sec_group_done = False
    for key in ORDER:
        if key in p.get("omit", []):
            continue
        if key in ("security-classification", "security-controls") and H.get("security"):
            if not sec_group_done:
                n += 1
                sub = 0
                b.heading((f"{n}. " if numbered else "") + H["security"], 1)
                sec_group_done = True
            sub += 1
            b.heading((f"{n}.{sub} " if numbered else "") + H[key], 2)
        else:
            n += 1
            b.heading((f"{n}. " if numbered else "") + H[key], 1)
        writer = SECTION_WRITERS[key]
        if key in p.get("rich", []):
            b.rich_block(lambda: writer(b, p), alias=H[key].rstrip("*"))
        else:
            writer(b, p)
        for hook in p.get("after_section", {}).get(key, []):
            hook(b)
    b.marking(p.get("header"), p.get("footer"))
    path = os.path.join(OUT, p["file"])
    created = dt.datetime(*p["created"], tzinfo=dt.timezone.utc)
    modified = dt.datetime(*p["modified"], tzinfo=dt.timezone.utc)
    b.save(path, p.get("title_prop", f"Information Sharing Protocol – {p['meeting']}"), p["author"], created, modified, p.get("revision", 4))
    return path


def ag(name, rep, signer, position, date, rm):
    return {"name": name, "rep": rep, "signer": signer, "position": position, "date": date, "rm": rm}


# =====================================================================
# Meeting types: text an author would write for each kind of meeting
# =====================================================================
FVA = "Family Violence Act 2018, s 20"
OTA66C = "Oranga Tamariki Act 1989, s 66C"
IPP_A = "Privacy Act 2020, IPP 11(1)(a)"
IPP_D = "Privacy Act 2020, IPP 11(1)(d)"
IPP_E = "Privacy Act 2020, IPP 11(1)(e)"
IPP_F = "Privacy Act 2020, IPP 11(1)(f)"
HIPC_B = "Health Information Privacy Code 2020, rule 11(1)(b)"
HIPC_D = "Health Information Privacy Code 2020, rule 11(2)(d)"


def freq(p):
    return {"dd": p.get("freq"), "items": FREQ_ITEMS, "alias": "Meeting frequency"}


def fv_type(p):
    ngo1, ngo2 = p["ngos"]
    p["meeting_purpose"] = [
        [f"The {p['meeting']} is a multi-agency meeting that sits ", freq(p), f" at {p['venue']}. It reviews family violence episodes reported to Police since the last meeting and agrees an immediate safety response for each family."],
        ["Its purpose is to reduce harm and repeat victimisation by making sure adult victims, children and whānau get coordinated support quickly, and that people using violence are held to account and offered help to change."],
    ]
    p["purposes"] = [
        {"text": "To assess the risk of harm to adult victims, children and whānau from family violence reported since the last meeting.", "short": "Assess risk", "auth": [FVA]},
        {"text": "To agree a safety plan for each family, including which agency leads and which agencies provide support.", "short": "Agree safety plan and lead agency", "auth": [FVA]},
        {"text": "To follow up actions agreed at earlier meetings and check whether each safety plan is working.", "short": "Follow up agreed actions", "auth": [FVA]},
    ]
    p.setdefault("la_after", [
        "Before disclosing under section 20, a representative must believe on reasonable grounds that the disclosure may help protect a victim from family violence, or help to make or give effect to a family violence risk or needs assessment or a decision or plan relating to family violence. Under section 21, an agency that is asked for information must consider whether to disclose it.",
    ])
    p["info"] = [
        ("New Zealand Police", "Family violence investigation reports, history of call-outs, protection orders and breaches, bail conditions, firearms licence status and the risk assessment score."),
        ("Oranga Tamariki", "Whether the children are known to Oranga Tamariki, current involvement and the allocated social worker, and recent reports of concern."),
        ("Health New Zealand – Te Whatu Ora", "Family violence screening results, relevant mental health or addiction service involvement, and whether the family is enrolled with a GP or Well Child Tamariki Ora provider."),
        ("Department of Corrections", "Whether a party is serving a sentence or order, its conditions, the probation officer's name and any release dates."),
        ("Ministry of Social Development", "Current benefit status and address held, and any hardship or emergency housing assistance in place."),
        (ngo1, "Whether the victim is engaged with the service, safety planning already in place, and the victim's views and concerns."),
        (ngo2, "Whether the person using violence is enrolled in or attending a programme, and any concerns about attendance."),
    ]
    p["transparency"] = [
        ["Attending agencies tell people, through their privacy statements and at first contact, that information about family violence may be shared with other agencies to keep victims and children safe."],
        ["Victims are told by the agency supporting them that their situation has been discussed at the meeting and what support is offered, unless telling them would increase the risk to them."],
        ["People using violence are not always told before information is shared, because telling them could put victims at greater risk. In those cases the reason is recorded, and Police's privacy statement describes the sharing in general terms."],
    ]
    p["methods"] = [
        ["Police sends the list of family violence episodes for discussion to named representatives by secure email (SEEMail) on the morning of each meeting."],
        ["Representatives share what their agency holds verbally at the meeting."],
        ["Police records decisions and actions in the action log, which only named representatives can open."],
        ["After the meeting representatives follow up with each other by secure email about agreed actions only."],
    ]
    p["tikanga"] = [
        ["Many of the whānau discussed at the meeting are Māori. Representatives work in a whānau-centred way and recognise that information about whānau, hapū and iwi connections is a taonga."],
        [f"{ngo1} and {ngo2} advise the meeting on kaupapa Māori responses, and a kaupapa Māori service is offered wherever whānau want one."],
        ["Whakapapa information is shared only where it is needed to identify safe whānau support. Each agency handles Māori data under its own Māori data governance approach, and these arrangements were developed with the Police district Māori Responsiveness Manager and will be revisited with iwi partners at each review."],
    ]
    return p


def youth_type(p):
    ngo = p["ngo"]
    p["meeting_purpose"] = [
        [f"The {p['meeting']} brings together agencies working with rangatahi aged 10 to 17 who have offended or are at risk of offending, and their whānau. It meets ", freq(p), " to look at what is driving the offending and to coordinate support across justice, education, health and iwi services."],
        ["The aim is to reduce reoffending, keep rangatahi in education and connected to their whānau, and make sure family group conference plans are delivered."],
    ]
    p["purposes"] = [
        {"text": "To identify rangatahi referred to the panel and understand their needs and risks", "short": "Identify needs and risks", "auth": [OTA66C], "suffix": " (see Authority A)."},
        {"text": "To plan and coordinate interventions, including support for family group conference plans", "short": "Plan and coordinate interventions", "auth": [OTA66C], "suffix": " (see Authority A)."},
        {"text": "To monitor progress on agreed plans and change the support where it is not working", "short": "Monitor progress", "auth": [OTA66C, IPP_D], "suffix": " (see Authorities A and B)."},
    ]
    p["labelled"] = {
        "A": (OTA66C, "lets child welfare and protection agencies share information to prevent or reduce the risk of harm to a child or young person, or to support their wellbeing. Relied on for purposes 1, 2 and 3."),
        "B": (IPP_D, f"disclosure authorised by the young person (and their parent or caregiver where appropriate). Relied on for purpose 3 when {ngo} reports programme attendance to the panel."),
    }
    p["la_after"] = [
        "Section 66C permits sharing but does not require it. Before sharing under it, representatives consider whether the rangatahi and their whānau should be consulted first, unless consulting would put the rangatahi or anyone else at risk.",
    ]
    p["info"] = [
        ("Oranga Tamariki", "Youth justice history, family group conference plans and outcomes, current orders, the allocated social worker and care arrangements."),
        ("New Zealand Police", "Offending and apprehension history, current charges, bail conditions and Youth Aid alternative action plans."),
        ("Ministry of Education", "School enrolment and attendance, stand-downs, suspensions and exclusions, and learning support in place."),
        ("Health New Zealand – Te Whatu Ora", "Whether the rangatahi is engaged with youth mental health, alcohol and drug or youth forensic services, and health needs relevant to the plan."),
        (ngo, "Whānau engagement with kaiārahi, programmes attended, and the views of the rangatahi and whānau."),
    ]
    p["transparency"] = [
        ["Rangatahi and their whānau are told at the first family group conference, or by Youth Aid at first contact, that the panel exists, which agencies attend and what information may be shared about them."],
        ["Each attending agency's privacy statement says that information may be shared with other agencies to support the wellbeing and safety of children and young people."],
        ["Where it is safe and practicable, rangatahi and whānau are asked for their views before information is shared, and their views are recorded in the plan. If an agency decides not to tell them, it records why."],
    ]
    p["methods"] = [
        ["Oranga Tamariki circulates the list of rangatahi to be discussed by secure email two working days before the meeting."],
        ["Representatives share information verbally at the meeting."],
        ["Oranga Tamariki records agreed actions in the panel action log held in its case management system."],
        ["The panel meets in person at the Oranga Tamariki site; representatives who cannot travel join by Microsoft Teams."],
    ]
    p["tikanga"] = [
        [f"Most rangatahi referred to the panel whakapapa to iwi of {p['rohe']}. The panel works in a way that upholds the mana of rangatahi and their whānau, and recognises that information about them and their whakapapa is a taonga."],
        ("bullets", [
            ["Meetings open and close with karakia."],
            [f"{ngo} advises on tikanga and on how whānau would like information about them to be talked about."],
            ["Information about whakapapa or whānau connections is shared only when it helps to find support within the whānau, hapū or iwi."],
            ["Aggregate information about rangatahi Māori is discussed with iwi partners before it is reported outside the panel."],
        ]),
    ]
    return p


def attendance_type(p):
    ngo = p["ngo"]
    p["meeting_purpose"] = [
        [f"The {p['meeting']} meets ", freq(p), " during the school term. It brings together agencies that support students in Years 1 to 13 who are chronically absent from school (present less than 70% of the time) or not enrolled, together with their whānau."],
        ["Its purpose is to understand why each student is not attending, remove the barriers, and get the student back into learning with the right support around them and their whānau."],
    ]
    p["purposes"] = [
        {"text": "To identify students who are chronically absent or not enrolled, and the barriers to their attendance.", "short": "Identify students and barriers", "auth": [IPP_A, OTA66C]},
        {"text": "To agree and coordinate supports for each student and their whānau, and which agency leads each one.", "short": "Agree and coordinate supports", "auth": [IPP_D, OTA66C]},
    ]
    p["la_after"] = [
        "Section 66C of the Oranga Tamariki Act 1989 is relied on only where there are concerns about a student's wellbeing or safety. Otherwise supports are arranged with the agreement of the student and their parents or caregivers.",
    ]
    p["info"] = [
        ("Ministry of Education", "Enrolment status, attendance data, school and year level, stand-downs and suspensions."),
        ("Oranga Tamariki", "Whether the student or their siblings are known to Oranga Tamariki, and any current plan."),
        ("Ministry of Social Development", "Whether the whānau receives a main benefit, and hardship, transport or housing assistance in place."),
        (p.get("fourth", "Health New Zealand – Te Whatu Ora"), p.get("fourth_info", "Engagement with school-based health services and any health need that affects attendance, where the student or whānau have agreed.")),
        (ngo, "Attendance service case notes, home visit outcomes and the whānau's views."),
    ]
    p["transparency"] = [
        ["Schools tell students and parents in their enrolment privacy statement that attendance information is shared with the Ministry of Education and attendance services."],
        ["Before a student's situation is discussed, the attendance adviser talks with the whānau, explains the hui and which agencies attend, and asks for their agreement to share what is needed to arrange support."],
        ["If the whānau does not agree, only information permitted under section 66C is shared, and only where there are wellbeing or safety concerns. The whānau is told this unless telling them would put the student at risk."],
    ]
    p["methods"] = [
        ["The Ministry of Education posts the list of students to be discussed in a restricted Microsoft Teams channel that only named representatives can access."],
        ["Representatives share information verbally at the hui, in person or online."],
        [f"{ngo} records agreed actions in its case management system and tells each lead agency its actions by secure email."],
    ]
    p["tikanga"] = [
        ["Many of the students discussed are Māori or Pacific. The hui takes a whānau-centred approach: whānau are the experts on their own tamariki, and information about them is treated as a taonga."],
        ["Attending agencies do not share whakapapa information unless the whānau has asked for support through iwi or marae services. A Pacific navigator is offered to Pacific families who want one."],
    ]
    return p


def housing_type(p):
    ngo = p["ngo"]
    p["meeting_purpose"] = [
        [f"The {p['meeting']} meets ", freq(p), " to find and sustain housing for households in emergency housing or at risk of homelessness whose needs are too complex for any one agency to meet."],
        ["It aims to move households out of emergency motels into stable homes, and to put in place the health and social supports that help them keep their tenancy."],
    ]
    p["purposes"] = [
        {"text": "To confirm each household's housing need, current situation and barriers to being housed", "short": "Confirm housing need", "auth": [IPP_D]},
        {"text": "To match households with suitable public, transitional or community housing", "short": "Match to housing", "auth": [IPP_D]},
        {"text": "To coordinate health, addiction and social supports that help the household sustain the tenancy", "short": "Coordinate support", "auth": [IPP_D, HIPC_B]},
    ]
    p["refer_text"] = "The legal authority for each purpose is shown against that purpose in the table above. Households sign an authority to share information when they are referred, naming the attending agencies. Representatives check that the authority covers their agency and the information before they share it, and health information is shared only as rule 11 of the Health Information Privacy Code 2020 allows."
    p["info"] = [
        ("Ministry of Social Development", "Housing Register application and priority rating, emergency housing history, and income and benefit details relevant to affordability."),
        ("Kāinga Ora – Homes and Communities", "Tenancy history, available properties, and any previous tenancy issues or debt."),
        ("Health New Zealand – Te Whatu Ora", "Engagement with specialist mental health and addiction services, and support needed to sustain a tenancy."),
        (ngo, "Tenancy support provided, and the household's views and preferences."),
    ]
    p["transparency"] = [
        ["Households are told at referral, in plain language, which agencies attend the case conference, what information will be shared and why, and that they can withdraw their authority at any time."],
        ["A copy of the signed authority is given to the household, and their case manager tells them the outcome of each case conference."],
        ["If a household withdraws its authority, its information is no longer shared and it comes off the case conference list."],
    ]
    p["methods"] = [
        ["The Ministry of Social Development sends the case list to representatives by SEEMail the day before the meeting."],
        [f"Information is shared verbally at the meeting, held at {p['venue']}, with an online option through Microsoft Teams."],
        ["The Ministry of Social Development records agreed actions in the case conference action register."],
    ]
    p["tikanga"] = [
        ["Māori are over-represented among households in emergency housing. The case conference recognises whānau as the decision-makers about their own housing and offers a kaupapa Māori housing navigator where whānau want one."],
        ["Information about whānau connections to whenua, marae or papakāinga housing options is shared only with the whānau's agreement."],
    ]
    return p


def elder_type(p):
    ngo, kaum = p["ngos"]
    p["meeting_purpose"] = [
        [f"The {p['meeting']} meets ", freq(p), " to consider older people (aged 65 and over, or 55 and over for Māori and Pacific peoples) where there are concerns about abuse or neglect, including financial abuse, by a family member, carer or someone they trust."],
        ["Its purpose is to keep the older person safe, respect their wishes and their right to make their own decisions, and coordinate the support each agency can offer."],
    ]
    p["purposes"] = [
        {"text": "To assess the risk of abuse or neglect to an older person referred to the case review", "short": "Assess risk", "auth": [FVA, HIPC_D]},
        {"text": "To agree a safety and support plan that reflects the older person's wishes", "short": "Agree safety and support plan", "auth": [FVA, IPP_D]},
    ]
    p["la_after"] = [
        "Abuse of an older person by a family member, or by someone in a close personal relationship with them, is family violence, so section 20 of the Family Violence Act 2018 covers most referrals. Where it does not, the older person's authorisation is sought, and health information is disclosed without authorisation only where rule 11(2)(d) of the Health Information Privacy Code 2020 applies.",
    ]
    p["info"] = [
        ("Health New Zealand – Te Whatu Ora", "Relevant health and functional information, cognitive assessments, home support services and clinical concerns."),
        ("New Zealand Police", "Family harm history, call-outs and any protection orders."),
        ("Ministry of Social Development", "New Zealand Superannuation and benefit details, including any change of payee or agent, and hardship assistance."),
        (ngo, "Elder Abuse Response Service referral and assessment, and the older person's wishes."),
        (kaum, "Kaumātua services involvement and the whānau support available."),
    ]
    p["transparency"] = [
        ["The older person is told by the referring agency that their situation will be discussed and which agencies attend, unless they lack capacity or telling them would put them at greater risk. Where the older person has an attorney under an enduring power of attorney who is not the person causing harm, the attorney is told."],
        ["The older person's views are sought before the meeting and recorded in the plan, and they are told the outcome."],
    ]
    p["methods"] = [
        [f"{ngo} circulates referral summaries to named representatives by secure email."],
        ["Representatives share information verbally at the meeting."],
        [f"Plans are recorded in the Elder Abuse Response Service case record held by {ngo}."],
    ]
    p["tikanga"] = [
        [f"Kaumātua hold a special place in their whānau, hapū and iwi, and decisions about them are often made collectively. {kaum} is involved in any case about a kaumātua Māori, with the kaumātua's agreement."],
        [f"Information is discussed in a way that upholds the mana of the kaumātua. Whānau roles and obligations, including where the person causing harm is a whānau member, are talked through with {kaum} before any action is taken."],
    ]
    return p


def reintegration_type(p):
    p["meeting_purpose"] = [
        [f"The {p['meeting']} meets ", freq(p), f" to plan the release and reintegration of people leaving prison to the {p['region']} who have significant housing, health or employment needs."],
        ["By planning support before release, the panel aims to reduce reoffending, keep victims and communities safe, and help people settle into stable housing, income and health care."],
    ]
    p["purposes"] = [
        {"text": "To plan housing, income, health and employment support for people due to be released", "short": "Plan reintegration support", "auth": [IPP_D]},
        {"text": "To manage risks to victims and the community when a person is released", "short": "Manage risks on release", "auth": [IPP_E, IPP_F]},
    ]
    p["la_after"] = [
        "Corrections obtains each person's authorisation to share their information with the panel agencies as part of release planning. Where information is shared to manage risk under purpose 2, the representative must believe on reasonable grounds that the disclosure is necessary to avoid prejudice to the maintenance of the law, or to prevent or lessen a serious threat to public safety or to a person's life or health.",
    ]
    p["info"] = [
        ("Department of Corrections", "Release date, parole or release conditions, sentence and programme history, risk assessments and the proposed release address."),
        ("New Zealand Police", "Relevant offending history, victim safety concerns and any alerts."),
        ("Ministry of Social Development", "Benefit eligibility and pre-release benefit applications."),
        (p["fourth"], p["fourth_info"]),
        ("Health New Zealand – Te Whatu Ora", "Forensic or community mental health and addiction engagement, and continuity-of-care needs."),
    ]
    p["transparency"] = [
        ["People are told during release planning, by their Corrections case manager, which agencies attend the panel, what will be shared and why, and they are asked to sign an authority to share."],
        ["Corrections' privacy statement describes the panel. Information shared to manage risk under purpose 2 may be shared without telling the person first where telling them would prejudice the maintenance of the law or increase the risk; the reason is recorded."],
    ]
    p["methods"] = [
        ["Corrections sends the list of people due for release in the next 12 weeks to representatives by SEEMail."],
        [f"Information is shared verbally at the meeting at {p['venue']}, or through Microsoft Teams."],
        ["Corrections records agreed actions in each person's release plan."],
    ]
    p["tikanga"] = [
        [f"A large share of the people released to the region are Māori. The panel works with {p['fourth']} and iwi providers to make whānau, hapū and iwi connections part of release plans where the person wants this."],
        ["Information about whānau and whakapapa is shared only with the person's agreement and is used only to connect them with support."],
    ]
    return p


def mh_type(p):
    ngo = p["ngo"]
    p["meeting_purpose"] = [
        [f"The {p['meeting']} meets ", freq(p), " to coordinate support for adults with serious mental health or addiction needs who are in frequent contact with several agencies, for example through repeated crisis call-outs, emergency department presentations or loss of housing."],
        ["It aims to reduce crisis contacts, keep people and those around them safe, and make sure each person has one coordinated plan with a clear lead."],
    ]
    p["purposes"] = [
        {"text": "To identify people with serious mental health or addiction needs who are in frequent contact with several agencies", "short": "Identify people with high needs", "auth": [HIPC_B, IPP_D]},
        {"text": "To agree crisis response plans where there is a serious threat to the life, health or safety of the person or someone else", "short": "Agree crisis response plans", "auth": [HIPC_D, IPP_F]},
        {"text": "To coordinate housing, income and peer support for the person", "short": "Coordinate support", "auth": [IPP_D]},
    ]
    p["info"] = [
        ("Health New Zealand – Te Whatu Ora", "Whether the person is under specialist mental health and addiction services, their key worker, relevant risk information and their crisis plan."),
        ("New Zealand Police", "Mental health-related call-outs and welfare checks, and relevant safety alerts."),
        ("Ministry of Social Development", "Benefit status, hardship grants and contact address."),
        (p["fourth"], p["fourth_info"]),
        (ngo, "Peer support engagement and the person's own goals."),
    ]
    p["transparency"] = [
        ["People are told by their key worker that the forum exists, what it does and which agencies attend, and are asked for their authorisation before their information is shared for purposes 1 and 3."],
        ["Where information is shared under purpose 2 without authorisation, the person is told afterwards unless telling them would increase the risk, and the reason is recorded in their clinical record."],
    ]
    p["methods"] = [
        ["Health New Zealand sends the agenda, listing people by initials and NHI only, by secure email the day before the meeting."],
        ["Representatives share information verbally at the forum."],
        ["Agreed actions are recorded by Health New Zealand in the forum action register."],
    ]
    p["tikanga"] = [
        ["The forum uses Te Whare Tapa Whā as a shared way of thinking about wellbeing, recognising taha wairua and taha whānau alongside physical and mental health."],
        [f"Where the person is Māori, they are offered involvement of a kaupapa Māori service, and {ngo} advises on how whānau can be involved in the plan. Information about whānau is shared only with the person's agreement."],
    ]
    return p


def child_type(p):
    ngo = p["ngo"]
    p["meeting_purpose"] = [
        [f"The {p['meeting']} meets ", freq(p), " to consider referrals about tamariki aged 0 to 13 whose wellbeing needs are not being met but who do not need a statutory care and protection response."],
        ["Its purpose is to get the right early support to tamariki and their whānau quickly, and to make sure one agency leads the work with each whānau."],
    ]
    p["purposes"] = [
        {"text": "To consider referrals and understand the wellbeing needs of tamariki and their whānau", "short": "Understand wellbeing needs", "auth": [OTA66C]},
        {"text": "To agree which agency will lead support and what each agency will do", "short": "Agree lead and support", "auth": [OTA66C]},
        {"text": "To check progress on agreed support at later meetings", "short": "Check progress", "auth": [OTA66C]},
    ]
    p["la_after"] = [
        "Section 66C allows child welfare and protection agencies to share information to prevent or reduce the risk of harm to a child or to improve their wellbeing. It does not require sharing, and representatives consider whether whānau should be consulted before they share.",
    ]
    p["info"] = [
        ("Oranga Tamariki", "Whether the whānau is known to Oranga Tamariki and any previous reports of concern."),
        ("Ministry of Education", "Early learning or school enrolment and attendance, and learning support."),
        ("Health New Zealand – Te Whatu Ora", "Well Child Tamariki Ora and immunisation status, and engagement with child health services."),
        ("New Zealand Police", "Family harm episodes involving the household of the tamariki."),
        (ngo, "Whānau Ora navigation and support already in place, and the views of the whānau."),
    ]
    p["transparency"] = [
        ["Whānau are told about the referral and the meeting by the referring agency, and their views are sought before the meeting, unless that would put tamariki at risk."],
        ["Each attending agency's privacy statement explains that information may be shared with other agencies to support the wellbeing of tamariki. Whānau are told which agency will lead the support and how to contact it."],
    ]
    p["methods"] = [
        ["Oranga Tamariki sends the referral list to named representatives by secure email before each meeting."],
        ["Representatives share information verbally at the meeting."],
        ["Oranga Tamariki records decisions and agreed actions in the meeting action log."],
    ]
    p["tikanga"] = [
        [f"Tamariki are taonga, and information about them and their whānau is treated with care. {ngo} advises the meeting on tikanga, and meetings open with karakia."],
        ["Whānau are supported to lead decisions about their own tamariki. Whakapapa information is shared only where it helps connect the whānau with support from their wider whānau, hapū or iwi."],
    ]
    return p


# =====================================================================
# The documents
# =====================================================================
HNZ = "Health New Zealand – Te Whatu Ora"
NZP = "New Zealand Police"
OT = "Oranga Tamariki"
MSD = "Ministry of Social Development"
MOE = "Ministry of Education"
DOC = "Department of Corrections"
KO = "Kāinga Ora – Homes and Communities"

DOCS = []
TRUTH = {}


def add(p, kind, expect, tolerate, note):
    DOCS.append(p)
    TRUTH[p["file"]] = {"kind": kind, "expect": expect, "tolerate": tolerate, "note": note}


# ---------------------------------------------------------------- clean
def clean_01():
    p = {
        "seed": 1, "file": "clean-01-fv-safety-table-whangarei.docx",
        "meeting": "Whangārei Family Violence Safety Table", "venue": "Whangārei Police Station",
        "freq": "daily (weekdays)", "lead": NZP,
        "ngos": ["Te Whare Āwhina Women's Refuge", "Tū Tangata Stopping Violence Services"],
        "agencies": [
            ag(NZP, "Family Violence Coordinator (chair); Family Harm Sergeant", "Tania Marsh", "Area Commander, Whangārei Kaipara", "2026-02-16", "Prevention Manager, Northland District"),
            ag(OT, "Site social worker", "Hēmi Pōtae", "Site Manager, Whangārei", "2026-02-18", "Practice Leader, Whangārei site"),
            ag(HNZ, "Family violence intervention coordinator", "Sarah Liddell", "Group Manager, Mental Health and Addiction Services, Te Tai Tokerau", "2026-02-20", "Violence Intervention Programme Manager"),
            ag(DOC, "Senior probation officer", "Mark Tiatia", "District Manager, Community Corrections Northland", "2026-02-24", "Service Manager, Whangārei Community Corrections"),
            ag(MSD, "Work and Income case manager", "Leanne Pohatu", "Regional Commissioner, Northland", "2026-02-25", "Regional Partnerships Manager"),
            ag("Te Whare Āwhina Women's Refuge", "Advocate", "Moana Herewini", "Manager", "2026-03-02", "Manager"),
            ag("Tū Tangata Stopping Violence Services", "Men's services practitioner", "Rāwiri Kemp", "Service Manager", "2026-03-04", "Service Manager"),
        ],
        "classification": "SENSITIVE", "header": "SENSITIVE", "footer": "SENSITIVE",
        "breach": {"role": "Family Violence Coordinator", "name": "Ana Whaanga", "agency": NZP, "email": "whangarei.fvcoordinator@police.govt.nz", "phone": "09 430 4500"},
        "review_period": "12 months", "review_owner": NZP,
        "headings": "A", "attending": "table", "sharing": "numbered", "authority": "table",
        "info_layout": "table", "controls": "two_lists", "control_words": 0, "breach_layout": "sentence",
        "relationship": "table", "review": 0, "approval": "table", "date_fmt": "d MMMM yyyy",
        "doc_control": [
            ["0.1", "12/01/2026", "Ana Whaanga, NZ Police", "First draft from the template, circulated for comment"],
            ["0.2", "3/02/2026", "Ana Whaanga, NZ Police", "Comments from Oranga Tamariki, Health NZ and Te Whare Āwhina included"],
            ["1.0", "4/03/2026", "Ana Whaanga, NZ Police", "Final, signed by all attending agencies"],
        ],
        "author": "Ana Whaanga", "created": (2026, 1, 12, 9, 14), "modified": (2026, 3, 4, 15, 2),
    }
    fv_type(p)
    add(p, "clean", [], [], "Family violence safety table close to the template: asterisked Heading 1/2 headings, filled drop-downs (SENSITIVE, FVA s 20, 12 months, Police), document-control table and a five-column signature table with date pickers.")


def clean_02():
    ngo = "Te Kupenga Whānau Services"
    p = {
        "seed": 2, "file": "clean-02-youth-offending-panel-tairawhiti.docx",
        "meeting": "Tairāwhiti Youth Offending Panel", "rohe": "Te Tairāwhiti",
        "freq": "fortnightly", "lead": OT, "ngo": ngo,
        "agencies": [
            ag(OT, "Youth Justice supervisor (chair)", "Aroha Te Maro", "Manager, Youth Justice Services, Tairāwhiti", "2025-11-24", "Youth Justice Practice Manager"),
            ag(NZP, "Youth Aid officer", "Dave Rangi", "Officer in Charge, Youth Services, Tairāwhiti", "2025-11-26", "Youth Services Sergeant"),
            ag(MOE, "Learning support adviser", "Kiri Walker", "Director of Education, Hawke's Bay/Tairāwhiti", "2025-12-01", "Manager, Learning Support"),
            ag(HNZ, "Youth forensic clinician", "Jo Hapi", "Service Manager, Infant, Child and Adolescent Mental Health, Tairāwhiti", "2025-12-03", "Team Leader, Youth Forensic Service"),
            ag(ngo, "Kaiārahi (navigator)", "Tāmati Wharehinga", "Kaiwhakahaere Matua", "2025-12-05", "Kaiwhakahaere Matua"),
        ],
        "classification": "IN-CONFIDENCE", "header": "IN-CONFIDENCE", "footer": "IN-CONFIDENCE",
        "breach": {"role": "Privacy Officer", "agency": OT, "email": "privacy@ot.govt.nz", "phone": "06 868 2500"},
        "review_period": "24 months", "review_owner": OT,
        "headings": "B", "heading_overrides": {"attending-agencies": "Attending agencies*", "meeting-purpose": "Meeting purpose*"},
        "attending": "bullets_cc", "sharing": "numbered", "authority": "labelled", "la_statement": 1,
        "info_layout": "bullets", "controls": "bullets", "control_words": 1, "breach_layout": "txt",
        "breach_clauses": 1, "use": 1, "conflicts": 1, "relationship": "prose", "review": 2,
        "approval": "blocks", "date_fmt": "d MMMM yyyy", "retention": 1,
        "sharing_intro": "Representatives share information at the panel for these purposes:",
        "author": "Aroha Te Maro", "created": (2025, 10, 6, 10, 30), "modified": (2025, 12, 5, 16, 45),
    }
    youth_type(p)
    add(p, "clean", [], [], "Youth offending panel with reworded headings, agency names in plain-text controls, lead agency and review owner in drop-downs, labelled authorities (A, B) that the purposes point to, and per-agency signature blocks with date pickers.")


def clean_03():
    ngo = "Tū Tika Attendance Service"
    p = {
        "seed": 3, "file": "clean-03-school-attendance-porirua.docx",
        "meeting": "Porirua School Attendance Hui", "freq": "monthly", "lead": MOE, "ngo": ngo,
        "agencies": [
            ag(MOE, "Senior adviser, attendance (chair)", "Fiona Tuala", "Director of Education, Wellington", "2026-04-14", "Manager, Attendance and Engagement"),
            ag(OT, "Social worker", "Paora Hēnare", "Site Manager, Porirua", "2026-04-15", "Supervisor, Porirua site"),
            ag(MSD, "Service coordinator", "Nicola Faleolo", "Regional Commissioner, Wellington", "2026-04-20", "Regional Partnerships Manager"),
            ag(HNZ, "School-based health nurse lead", "Grace Tipene", "Service Manager, Youth Health, Capital, Coast and Hutt Valley", "2026-04-21", "Team Leader, School Based Health Services"),
            ag(ngo, "Attendance adviser", "Sione Havili", "Service Lead", "2026-04-22", "Service Lead"),
        ],
        "classification": "IN-CONFIDENCE", "footer": "IN-CONFIDENCE",
        "breach": {"role": "Senior Advisor, Privacy", "name": "Hana Leota", "agency": MOE, "email": "privacy.officer@education.govt.nz", "phone": "04 463 8000"},
        "review_period": "12 months", "review_owner": MOE,
        "headings": "C", "numbered": True, "attending": "prose", "sharing": "numbered", "authority": "table",
        "la_statement": 2, "info_layout": "table", "controls": "table", "control_words": 2,
        "breach_layout": "table", "relationship": "table", "review": 1, "approval": "table",
        "sig_header": ["Agency", "Name", "Role", "Signature", "Date"], "date_fmt": "d/MM/yyyy", "use": 2,
        "doc_control": [
            ["0.1", "9/02/2026", "Fiona Tuala", "Draft for the attending agencies"],
            ["0.3", "16/03/2026", "Fiona Tuala", "Legal authority table checked by Ministry legal team"],
            ["1.0", "22/04/2026", "Fiona Tuala", "Approved and signed"],
        ],
        "author": "Fiona Tuala", "created": (2026, 2, 9, 8, 50), "modified": (2026, 4, 22, 11, 20),
    }
    attendance_type(p)
    add(p, "clean", [], [], "School attendance hui with numbered Heading 1/2 headings, attending agencies in prose, Purpose | Legal authority table with two drop-downs per purpose, controls in a two-column table, breach contact in a table and a signature table with d/MM/yyyy date pickers.")


def clean_04():
    ngo = "Te Whare Haumaru Community Housing Trust"
    p = {
        "seed": 4, "file": "clean-04-housing-case-conference-christchurch.docx",
        "meeting": "Christchurch Emergency Housing Case Conference", "venue": "the Ministry of Social Development regional office in Christchurch",
        "freq": "weekly", "lead": MSD, "ngo": ngo,
        "agencies": [
            ag(MSD, "Housing broker (chair); intensive case manager", "Craig Simmons", "Regional Commissioner, Canterbury", "2025-09-08", "Regional Housing Manager"),
            ag(KO, "Tenancy manager", "Liz Paewai", "Regional Director, Canterbury", "2025-09-10", "Area Manager, Christchurch Central"),
            ag(HNZ, "Mental health and addiction social worker", "Ben Haddon", "Operations Manager, Specialist Mental Health Services, Waitaha Canterbury", "2025-09-12", "Clinical Manager, Community Teams"),
            ag(ngo, "Tenancy support worker", "Ripeka Manihera", "Chief Executive", "2025-09-15", "Operations Manager"),
        ],
        "classification": "IN-CONFIDENCE", "header": "IN-CONFIDENCE",
        "breach": {"role": "Privacy Officer, Canterbury", "name": "Tom Reeve", "agency": MSD, "email": "privacy@msd.govt.nz", "phone": "03 363 5500"},
        "review_period": "18 months", "review_owner": MSD,
        "headings": "A", "heading_overrides": {"security-classification": "Security classification", "method-of-sharing": "Method of sharing"},
        "attending": "table", "sharing": "table_with_authority", "authority": "refer_table",
        "info_layout": "bullets", "controls": "two_lists", "control_words": 2, "breach_layout": "sentence",
        "class_layout": "own_line", "relationship": "prose", "review": 0, "approval": "table",
        "date_fmt": "d/MM/yyyy", "sig_mark": "(signed)", "retention": 1, "conflicts": 1,
        "la_statement": "Sharing at the case conference relies on the law, not on this protocol.",
        "intro": [["This protocol records how the attending agencies share personal information at the case conference. It does not itself authorise any sharing: every disclosure relies on the legal authority recorded for its purpose."]],
        "author": "Craig Simmons", "created": (2025, 7, 21, 13, 5), "modified": (2025, 9, 15, 10, 12),
    }
    housing_type(p)
    add(p, "clean", [], [], "Housing case conference where the purposes and their authorities are one three-column table under 'Purpose of sharing' and the legal authority section refers to it; 18-month review from 15/09/2025 (due March 2027).")


def clean_05():
    ngos = ["Age Concern Heretaunga", "Te Whare Kaumātua Trust"]
    p = {
        "seed": 5, "file": "clean-05-elder-abuse-case-review-hawkes-bay.docx",
        "meeting": "Hawke's Bay Elder Abuse Case Review", "freq": "monthly", "lead": HNZ, "ngos": ngos,
        "agencies": [
            ag(HNZ, "Older persons' health social worker (chair)", "Ngaire Tomoana", "Group Manager, Older Persons' Health, Te Matau a Māui", "2026-06-08", "Clinical Nurse Manager, Older Persons"),
            ag(NZP, "Family harm coordinator", "Darren Kupa", "Area Commander, Hastings", "2026-06-10", "Family Harm Sergeant, Hastings"),
            ag(MSD, "Service centre manager", "Anna Cooper", "Regional Commissioner, East Coast", "2026-06-11", "Service Manager, Hastings"),
            ag(ngos[0], "Elder Abuse Response Service coordinator", "Helen Bridge", "Manager", "2026-06-15", "Manager"),
            ag(ngos[1], "Kaumātua services coordinator", "Hōri Paku", "Tumu Whakarae", "2026-06-16", "Tumu Whakarae"),
        ],
        "classification": "IN-CONFIDENCE",
        "breach": {"role": "Privacy Officer, Te Matau a Māui", "name": "Karen Whyte", "agency": HNZ, "email": "privacy.hawkesbay@tewhatuora.govt.nz", "phone": "06 878 8109"},
        "review_period": "24 months", "review_owner": HNZ,
        "headings": "A", "attending": "table", "sharing": "numbered", "authority": "per_purpose",
        "info_layout": "table", "controls": "two_lists", "control_words": 1, "breach_layout": "sentence",
        "class_layout": "line", "relationship": "table", "review": 0, "approval": "table", "sig_cc": True,
        "date_fmt": "d MMMM yyyy", "use": 0,
        "rich": ["meeting-purpose", "transparency", "tikanga"],
        "author": "Ngaire Tomoana", "created": (2026, 4, 28, 9, 0), "modified": (2026, 6, 16, 14, 40),
    }
    elder_type(p)
    add(p, "clean", [], [], "Elder abuse case review whose meeting purpose, transparency and tikanga sections sit inside block-level rich-text content controls; classification only in a drop-down on a 'Security classification:' line (no header marking); signatory names and positions in plain-text controls.")


# ---------------------------------------------------------------- defects
def defect_101():
    p = {
        "seed": 11, "file": "defect-isp101-reintegration-waikato-no-tikanga.docx",
        "meeting": "Waikato Reintegration Case Panel", "region": "Waikato", "venue": "the Corrections regional office in Hamilton",
        "freq": "monthly", "lead": DOC,
        "fourth": KO, "fourth_info": "Available public housing, and any previous tenancy history or debt.",
        "agencies": [
            ag(DOC, "Reintegration case manager (chair)", "Steve Harlow", "Regional Commissioner, Central Region", "2026-05-04", "Regional Reintegration Manager"),
            ag(NZP, "Prevention officer", "Karen Mihaka", "District Prevention Manager, Waikato", "2026-05-06", "Prevention Sergeant, Hamilton"),
            ag(MSD, "Work and Income case manager", "Tui Brennan", "Regional Commissioner, Waikato", "2026-05-07", "Service Manager, Hamilton East"),
            ag(KO, "Housing placement adviser", "Jason Reihana", "Regional Director, Waikato", "2026-05-11", "Placement Manager"),
            ag(HNZ, "Forensic mental health liaison nurse", "Priya Nair", "Operations Manager, Forensic Mental Health, Waikato", "2026-05-12", "Team Leader, Forensic Liaison"),
        ],
        "classification": "IN-CONFIDENCE", "header": "IN-CONFIDENCE",
        "breach": {"role": "Regional Privacy Champion", "name": "Melissa Grant", "agency": DOC, "email": "privacy@corrections.govt.nz", "phone": "07 957 3000"},
        "review_period": "12 months", "review_owner": DOC,
        "headings": "C", "numbered": True, "attending": "table", "sharing": "numbered", "authority": "table",
        "info_layout": "table", "controls": "two_lists", "control_words": 0, "breach_layout": "sentence",
        "relationship": "table", "review": 0, "approval": "table", "date_fmt": "d MMMM yyyy",
        "omit": ["tikanga"], "rich": ["transparency"],
        "author": "Steve Harlow", "created": (2026, 3, 30, 9, 30), "modified": (2026, 5, 12, 12, 0),
    }
    reintegration_type(p)
    add(p, "defect", [{"rule": "ISP101", "data": {"section": "tikanga"}}], [],
        "Reintegration panel with numbered headings where the author deleted the template's tikanga section altogether (headings run 9.2 Security controls -> 10. Retention and disposal); no other section mentions tikanga.")


def defect_301():
    ngo = "Ara Tika Peer Support Trust"
    p = {
        "seed": 12, "file": "defect-isp301-mental-health-forum-dunedin-added-purpose.docx",
        "meeting": "Dunedin Mental Health and Addiction Interagency Forum", "freq": "fortnightly", "lead": HNZ, "ngo": ngo,
        "fourth": KO, "fourth_info": "Tenancy status and any tenancy concerns.",
        "agencies": [
            ag(HNZ, "Community mental health team leader (chair)", "Rachel Dunn", "Group Manager, Mental Health and Addictions, Southern", "2026-07-06", "Service Manager, Adult Community Mental Health"),
            ag(NZP, "Mental health liaison constable", "Simon Tahu", "Area Commander, Dunedin", "2026-07-08", "Response Manager, Dunedin"),
            ag(MSD, "Intensive client support manager", "Alison Price", "Regional Commissioner, Southern", "2026-07-09", "Service Manager, Dunedin"),
            ag(KO, "Tenancy manager", "Wiremu Solomon", "Regional Director, Southern", "2026-07-13", "Area Manager, Dunedin"),
            ag(ngo, "Peer support worker", "Kate Fahey", "General Manager", "2026-07-14", "Peer Support Lead"),
        ],
        "classification": "IN-CONFIDENCE", "header": "IN-CONFIDENCE", "footer": "IN-CONFIDENCE",
        "breach": {"role": "Privacy Officer, Southern", "agency": HNZ, "email": "privacy.southern@tewhatuora.govt.nz", "phone": "03 470 9000"},
        "review_period": "12 months", "review_owner": HNZ,
        "headings": "A", "attending": "table", "sharing": "numbered", "authority": "table",
        "info_layout": "table", "controls": "two_lists", "control_words": 1, "breach_layout": "table",
        "relationship": "table", "review": 1, "approval": "table", "date_fmt": "d MMMM yyyy",
        "author": "Rachel Dunn", "created": (2026, 5, 25, 10, 10), "modified": (2026, 7, 14, 9, 35),
    }
    mh_type(p)
    p["purposes"].append({"text": "To share information about each person's benefit entitlements and debts so that budgeting and financial mentoring referrals can be made", "short": "Budgeting referrals", "auth": None})
    p["info"][2] = (MSD, "Benefit status, entitlements, debt to the Ministry, hardship grants and contact address.")
    add(p, "defect", [{"rule": "ISP301", "data_contains": {"purpose": "benefit entitlements and debts"}}], [],
        "Purpose 4 (benefit entitlements and debts for budgeting referrals) was added to the numbered purpose list, but the Purpose | Legal authority table still has rows for purposes 1-3 only.")


def defect_703():
    ngo = "Te Kōtuku Attendance Service"
    p = {
        "seed": 13, "file": "defect-isp703-school-attendance-manurewa-ngo-unsigned.docx",
        "meeting": "Manurewa School Attendance Hui", "freq": "fortnightly", "lead": MOE, "ngo": ngo,
        "fourth": KO, "fourth_info": "Whether the whānau is a Kāinga Ora tenant, and any transfer or maintenance issue affecting the household.",
        "agencies": [
            ag(MOE, "Attendance lead (chair)", "Losa Tuimavave", "Director of Education, Auckland South", "2026-08-03", "Manager, Attendance and Engagement"),
            ag(OT, "Social worker", "Dean Kereama", "Site Manager, Manurewa", "2026-08-04", "Supervisor, Manurewa site"),
            ag(MSD, "Community connector", "Priscilla Tau", "Regional Commissioner, Counties Manukau", "2026-08-06", "Regional Partnerships Manager"),
            ag(KO, "Tenancy manager", "Gavin Brooke", "Regional Director, South Auckland", "2026-08-07", "Area Manager, Manurewa"),
            ag(ngo, "Attendance officer", "Mere Tawhiri", "Kaiwhakahaere", "2026-08-10", "Kaiwhakahaere"),
        ],
        "unsigned": [ngo],
        "classification": "IN-CONFIDENCE", "footer": "IN-CONFIDENCE",
        "breach": {"role": "Privacy Officer", "agency": MOE, "email": "privacy.officer@education.govt.nz", "phone": "09 632 9400"},
        "review_period": "12 months", "review_owner": MOE,
        "headings": "B", "attending": "table", "sharing": "numbered", "authority": "table", "la_statement": 0,
        "info_layout": "bullets", "controls": "bullets", "control_words": 0, "breach_layout": "sentence",
        "relationship": "prose", "review": 0, "approval": "table", "sig_header": ["Agency", "Name", "Role", "Signature", "Date"],
        "date_fmt": "d/MM/yyyy", "use": 1,
        "author": "Losa Tuimavave", "created": (2026, 6, 15, 8, 40), "modified": (2026, 8, 10, 13, 15),
    }
    attendance_type(p)
    add(p, "defect", [{"rule": "ISP703", "data": {"agency": ngo}}], [],
        "Te Kōtuku Attendance Service is listed in the attending agencies table and shares case notes, but the signature table has rows only for the four government agencies.")


def defect_451():
    ngos = ["Te Waiariki Women's Refuge", "Manaaki Tāne Rotorua"]
    p = {
        "seed": 14, "file": "defect-isp451-fv-safety-table-rotorua-no-virtual-control.docx",
        "meeting": "Rotorua Family Violence Safety Table",
        "venue": "Rotorua Police Station (representatives who are not on site join by Microsoft Teams)",
        "freq": "daily (weekdays)", "lead": NZP, "ngos": ngos,
        "agencies": [
            ag(NZP, "Family Violence Coordinator (chair)", "Greg Nicholls", "Area Commander, Rotorua", "2026-09-01", "Prevention Manager, Bay of Plenty"),
            ag(OT, "Site social worker", "Anahera Morehu", "Site Manager, Rotorua", "2026-09-02", "Practice Leader, Rotorua"),
            ag(HNZ, "Family violence intervention coordinator", "Lucy Grainger", "Group Manager, Hauora Māori and Population Health, Lakes", "2026-09-03", "Violence Intervention Programme Coordinator"),
            ag(DOC, "Probation officer", "Tame Ranginui", "District Manager, Community Corrections Bay of Plenty", "2026-09-03", "Service Manager, Rotorua"),
            ag(MSD, "Work and Income case manager", "Janine Hohaia", "Regional Commissioner, Bay of Plenty", "2026-09-07", "Regional Partnerships Manager"),
            ag(ngos[0], "Refuge advocate", "Whetu Nikora", "Manager", "2026-09-08", "Manager"),
            ag(ngos[1], "Men's practitioner", "Paul Te Rangi", "Kaiwhakahaere", "2026-09-09", "Kaiwhakahaere"),
        ],
        "controls_omit": ["virtual-meeting"],
        "classification": "IN-CONFIDENCE", "header": "IN-CONFIDENCE",
        "breach": {"role": "Family Violence Coordinator", "name": "Greg Nicholls", "agency": NZP, "email": "rotorua.fvcoordinator@police.govt.nz", "phone": "07 349 9400"},
        "review_period": "12 months", "review_owner": NZP,
        "headings": "A", "attending": "table", "sharing": "numbered", "authority": "table",
        "info_layout": "table", "controls": "two_lists", "control_words": 1, "breach_layout": "sentence",
        "relationship": "table", "review": 0, "approval": "table", "date_fmt": "d MMMM yyyy",
        "author": "Greg Nicholls", "created": (2026, 7, 20, 8, 0), "modified": (2026, 9, 9, 16, 30),
    }
    fv_type(p)
    p["info"][5] = (ngos[0], p["info"][5][1])
    p["info"][6] = (ngos[1], p["info"][6][1])
    add(p, "defect", [{"rule": "ISP451", "data": {"control": "virtual-meeting"}}], [],
        "Safety table held at the police station with a Microsoft Teams option; the Restrictions list keeps devices and hard-copy hand-out but drops the chat/recording/screenshots control, and the method section does not mention it either.")


def defect_501():
    ngo = "Kirikiriroa Community Housing Trust"
    p = {
        "seed": 15, "file": "defect-isp501-housing-case-conference-hamilton-no-contact-details.docx",
        "meeting": "Kirikiriroa Housing Case Conference", "venue": "the Ministry of Social Development office on Anglesea Street, Hamilton",
        "freq": "fortnightly", "lead": MSD, "ngo": ngo,
        "agencies": [
            ag(MSD, "Housing broker (chair)", "Maria Tūhoe", "Regional Commissioner, Waikato", "2026-03-09", "Regional Housing Manager"),
            ag(KO, "Tenancy manager", "Brendon Clarke", "Regional Director, Waikato", "2026-03-11", "Area Manager, Hamilton"),
            ag(HNZ, "Community mental health social worker", "Amrita Singh", "Operations Manager, Mental Health and Addictions, Waikato", "2026-03-12", "Clinical Manager, Community Teams"),
            ag(ngo, "Tenancy support worker", "Jeremy Hale", "Chief Executive", "2026-03-16", "Tenancy Services Manager"),
        ],
        "classification": "IN-CONFIDENCE", "header": "IN-CONFIDENCE",
        "breach": None,
        "breach_layout": "custom",
        "breach_custom": [
            "In the first instance, breaches involving information shared at the case conference are reported to the privacy team at Kāinga Ora, which will coordinate the response with the agency concerned.",
            "Privacy breaches that have caused or are likely to cause serious harm are notifiable. The agency responsible notifies the Office of the Privacy Commissioner through NotifyUs (0800 803 909) and tells the people affected.",
        ],
        "breach_clauses": 1,
        "review_period": "12 months", "review_owner": MSD,
        "headings": "B", "attending": "prose", "sharing": "table_with_authority", "authority": "refer_table",
        "info_layout": "table", "controls": "bullets", "control_words": 2,
        "relationship": "table", "review": 2, "approval": "blocks", "date_fmt": "d MMMM yyyy",
        "author": "Maria Tūhoe", "created": (2026, 1, 26, 11, 0), "modified": (2026, 3, 16, 10, 5),
    }
    housing_type(p)
    add(p, "defect", [{"rule": "ISP501"}], [],
        "Breach section names only 'the privacy team at Kāinga Ora' with no email or phone number; the only number is the Privacy Commissioner's NotifyUs line.")


def defect_602():
    ngos = ["Age Concern Whakatū", "Te Whare Kaumātua o Te Tauihu"]
    p = {
        "seed": 16, "file": "defect-isp602-elder-abuse-nelson-three-year-review.docx",
        "meeting": "Nelson Tasman Elder Abuse Case Review", "freq": "monthly", "lead": HNZ, "ngos": ngos,
        "agencies": [
            ag(HNZ, "Needs assessment and service coordination lead (chair)", "Fiona McKay", "Group Manager, Health of Older People, Nelson Marlborough", "2026-05-18", "Service Manager, NASC"),
            ag(NZP, "Family harm coordinator", "Ian Woolf", "Area Commander, Nelson Bays", "2026-05-19", "Family Harm Sergeant, Nelson"),
            ag(MSD, "Seniors liaison", "Debbie Harrison", "Regional Commissioner, Nelson", "2026-05-20", "Service Manager, Nelson"),
            ag(ngos[0], "Elder Abuse Response Service coordinator", "Sue Tinkler", "Manager", "2026-05-22", "Manager"),
            ag(ngos[1], "Kaumātua services coordinator", "Huia Mason", "Pou Whakahaere", "2026-05-25", "Pou Whakahaere"),
        ],
        "classification": "IN-CONFIDENCE", "footer": "IN-CONFIDENCE",
        "breach": {"role": "Privacy Officer, Nelson Marlborough", "agency": HNZ, "email": "privacy.nelson@tewhatuora.govt.nz", "phone": "03 546 1800"},
        "review_period": "36 months", "review_owner": HNZ,
        "headings": "C", "numbered": True, "attending": "bullets_cc", "sharing": "numbered", "authority": "table",
        "info_layout": "bullets", "controls": "table", "control_words": 0, "breach_layout": "sentence",
        "relationship": "prose", "review": 1, "approval": "table", "date_fmt": "d/MM/yyyy", "sig_cc": True, "rich": ["tikanga"],
        "author": "Fiona McKay", "created": (2026, 4, 7, 9, 20), "modified": (2026, 5, 25, 15, 0),
    }
    elder_type(p)
    add(p, "defect", [{"rule": "ISP602", "data": {"months": 36}}], [],
        "Review period drop-down set to '36 months' (signed May 2026, so not yet overdue); owner drop-down filled with Health New Zealand.")


def defect_402():
    ngo = "Te Hono Whānau Services"
    p = {
        "seed": 17, "file": "defect-isp402-youth-offending-horowhenua-unclassified.docx",
        "meeting": "Horowhenua Youth Offending Team", "rohe": "Horowhenua and Manawatū",
        "freq": "monthly", "lead": OT, "ngo": ngo,
        "agencies": [
            ag(OT, "Youth Justice supervisor (chair)", "Tania Ruru", "Manager, Youth Justice Services, Manawatū–Horowhenua", "2026-06-22", "Youth Justice Practice Manager"),
            ag(NZP, "Youth Aid officer", "Brett Hunia", "Officer in Charge, Youth Services, Manawatū", "2026-06-23", "Youth Services Sergeant"),
            ag(MOE, "Learning support adviser", "Jill Parata", "Director of Education, Central", "2026-06-24", "Manager, Learning Support"),
            ag(HNZ, "Youth alcohol and drug clinician", "Sam Tawhai", "Service Manager, Youth Mental Health and Addictions, MidCentral", "2026-06-29", "Team Leader, Youth AOD"),
            ag(ngo, "Kaiārahi", "Ropata Kingi", "Kaiwhakahaere", "2026-06-30", "Kaiwhakahaere"),
        ],
        "classification": "UNCLASSIFIED", "footer": "UNCLASSIFIED",
        "class_after": "Emails carrying shared information go only to the named representatives.",
        "breach": {"role": "Privacy Officer", "agency": OT, "email": "privacy@ot.govt.nz", "phone": "06 350 4600"},
        "review_period": "24 months", "review_owner": OT,
        "headings": "A", "attending": "bullets_cc", "sharing": "numbered", "authority": "labelled", "la_statement": 2,
        "info_layout": "table", "controls": "two_lists", "control_words": 2, "breach_layout": "txt",
        "relationship": "table", "review": 0, "approval": "blocks", "date_fmt": "d MMMM yyyy",
        "author": "Tania Ruru", "created": (2026, 5, 11, 10, 0), "modified": (2026, 6, 30, 14, 15),
    }
    youth_type(p)
    add(p, "defect", [{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}], [],
        "Security classification drop-down set to UNCLASSIFIED (footer marked UNCLASSIFIED to match) for information about rangatahi offending and health.")


def defect_201():
    ngo = "Te Ara Hou Reintegration Trust"
    p = {
        "seed": 18, "file": "defect-isp201-reintegration-canterbury-frequency-unfilled.docx",
        "meeting": "Canterbury Reintegration Case Panel", "region": "Canterbury region", "venue": "the Corrections office in Christchurch",
        "freq": None, "lead": DOC,
        "fourth": ngo, "fourth_info": "Supported accommodation places, mentoring and whānau connections offered by the Trust.",
        "agencies": [
            ag(DOC, "Reintegration case manager (chair)", "Nikki Fraser", "Regional Commissioner, Southern Region", "2026-08-17", "Regional Reintegration Manager"),
            ag(NZP, "Prevention officer", "Hamish Doig", "District Prevention Manager, Canterbury", "2026-08-18", "Prevention Sergeant, Christchurch"),
            ag(MSD, "Work and Income case manager", "Leah Tuhiwai", "Regional Commissioner, Canterbury", "2026-08-19", "Service Manager, Linwood"),
            ag(ngo, "Reintegration navigator", "Mikaere Tau", "Kaiwhakahaere", "2026-08-21", "Kaiwhakahaere"),
            ag(HNZ, "Forensic mental health liaison nurse", "Claire Bowden", "Operations Manager, Forensic Services, Canterbury", "2026-08-24", "Team Leader, Forensic Liaison"),
        ],
        "classification": "IN-CONFIDENCE", "header": "IN-CONFIDENCE",
        "breach": {"role": "Privacy Champion, Southern Region", "name": "Nikki Fraser", "agency": DOC, "email": "privacy@corrections.govt.nz", "phone": "03 378 3300"},
        "review_period": "12 months", "review_owner": DOC,
        "headings": "B", "attending": "bullets_cc", "sharing": "table_with_authority", "authority": "refer_table",
        "refer_text": "The legal authority relied on for each purpose is recorded against it in the table under 'Why information is shared'.",
        "info_layout": "bullets", "controls": "two_lists", "control_words": 2, "breach_layout": "sentence",
        "relationship": "prose", "review": 1, "approval": "table", "date_fmt": "d MMMM yyyy",
        "author": "Nikki Fraser", "created": (2026, 7, 6, 9, 45), "modified": (2026, 8, 24, 11, 30),
    }
    reintegration_type(p)
    p["la_after"] = p["la_after"]
    add(p, "defect", [{"rule": "ISP201", "data": {"text": "Choose an item."}}], [],
        "The meeting-frequency drop-down in the purpose of the meeting ('The Canterbury Reintegration Case Panel meets Choose an item. to plan ...') was never filled; every other control is filled.")


def defect_204():
    ngo = "Ngā Tāngata Tiaki Hauora Trust"
    p = {
        "seed": 19, "file": "defect-isp204-mental-health-whanganui-instruction-left.docx",
        "meeting": "Whanganui Mental Health Interagency Forum", "freq": "fortnightly", "lead": HNZ, "ngo": ngo,
        "fourth": OT, "fourth_info": "Whether there are tamariki in the person's care who are known to Oranga Tamariki, where that is relevant to a crisis plan.",
        "agencies": [
            ag(HNZ, "Acute care team leader (chair)", "Mark Whitlock", "Group Manager, Mental Health and Addictions, Whanganui", "2026-02-02", "Service Manager, Acute Care"),
            ag(NZP, "Mental health liaison officer", "Kerry Ruwhiu", "Area Commander, Whanganui", "2026-02-03", "Response Manager, Whanganui"),
            ag(MSD, "Intensive client support manager", "Sina Matagi", "Regional Commissioner, Central", "2026-02-04", "Service Manager, Whanganui"),
            ag(OT, "Site social worker", "Bronwyn Te Awe", "Site Manager, Whanganui", "2026-02-06", "Supervisor, Whanganui site"),
            ag(ngo, "Kaupapa Māori peer support worker", "Tipene Marino", "Tumuaki", "2026-02-09", "Tumuaki"),
        ],
        "classification": "IN-CONFIDENCE", "header": "IN-CONFIDENCE", "footer": "IN-CONFIDENCE",
        "breach": {"role": "Privacy Officer, Whanganui", "agency": HNZ, "email": "privacy.whanganui@tewhatuora.govt.nz", "phone": "06 348 1234"},
        "review_period": "12 months", "review_owner": HNZ,
        "headings": "A", "attending": "table", "sharing": "numbered", "authority": "table", "la_statement": 1,
        "la_instruction": "Select the legal authority that applies to each purpose of sharing from the drop-down list. Delete the legal authorities that do not apply to your multi-agency meeting, or type the authority in manually if it is not one of the examples in the list.",
        "info_layout": "table", "controls": "two_lists", "control_words": 0, "breach_layout": "table",
        "relationship": "table", "review": 0, "approval": "table", "date_fmt": "d MMMM yyyy",
        "doc_control": [
            ["0.1", "24/11/2025", "Mark Whitlock", "Draft from template"],
            ["1.0", "9/02/2026", "Mark Whitlock", "Signed"],
        ],
        "author": "Mark Whitlock", "created": (2025, 11, 24, 13, 30), "modified": (2026, 2, 9, 17, 10),
    }
    mh_type(p)
    add(p, "defect", [{"rule": "ISP204", "data_contains": {"text": "Select the legal authority"}}], [],
        "The template's blue guidance paragraph telling the author to select authorities from the drop-down and delete the ones that do not apply is still the first paragraph under 'Legal authority to share*'.")


def defect_305():
    ngo = "Te Awakairangi Whānau Ora Collective"
    p = {
        "seed": 20, "file": "defect-isp305-child-wellbeing-hutt-claims-authority.docx",
        "meeting": "Hutt Valley Child Wellbeing Hub", "freq": "weekly", "lead": OT, "ngo": ngo,
        "agencies": [
            ag(OT, "Intake social worker (chair)", "Erana Pōmare", "Site Manager, Lower Hutt", "2026-04-27", "Practice Leader, Lower Hutt"),
            ag(MOE, "Learning support facilitator", "Tim Osborne", "Director of Education, Wellington", "2026-04-28", "Manager, Learning Support, Hutt Valley"),
            ag(HNZ, "Well Child Tamariki Ora nurse coordinator", "Alice Fong", "Service Manager, Child Health, Hutt Valley", "2026-04-29", "Clinical Nurse Manager, Child Health"),
            ag(NZP, "Family harm coordinator", "Rob Te Whata", "Area Commander, Hutt Valley", "2026-05-04", "Family Harm Sergeant, Lower Hutt"),
            ag(ngo, "Whānau Ora navigator", "Marama Kōtuku", "Kaiwhakahaere", "2026-05-05", "Kaiwhakahaere"),
        ],
        "classification": "IN-CONFIDENCE", "header": "IN-CONFIDENCE",
        "breach": {"role": "Privacy Officer", "agency": OT, "email": "privacy@ot.govt.nz", "phone": "04 566 0600"},
        "review_period": "12 months", "review_owner": OT,
        "headings": "A", "attending": "table", "sharing": "numbered", "authority": "table",
        "la_statement": "The legal authority for each purpose of sharing is set out in the table below.",
        "info_layout": "table", "controls": "two_lists", "control_words": 2, "breach_layout": "sentence",
        "relationship": "table", "review": 0, "approval": "table", "date_fmt": "d MMMM yyyy",
        "intro": [["Once it is signed, this protocol gives the attending agencies the authority to exchange information about tamariki and whānau referred to the Hub, for the purposes set out below."]],
        "author": "Erana Pōmare", "created": (2026, 3, 16, 9, 5), "modified": (2026, 5, 5, 12, 50),
    }
    child_type(p)
    add(p, "defect", [{"rule": "ISP305", "data_contains": {"text": "gives the attending agencies the authority"}}], [],
        "Opening paragraph under the title says that once signed the protocol 'gives the attending agencies the authority to exchange information'; the legal authority section itself only says the authorities are in the table.")


# ---------------------------------------------------------------- legacy / trap
def legacy_01():
    ngos = ["Ōtara Whānau Refuge", "Papatoetoe Stopping Violence Programme"]
    p = {
        "seed": 31, "file": "legacy-fv-interagency-counties-manukau-2024.docx",
        "meeting": "Counties Manukau Family Violence Interagency Meeting", "venue": "Manukau Police Station",
        "freq": "weekly", "lead": NZP, "ngos": ngos,
        "agencies": [
            ag(NZP, "Family Violence Coordinator (chair)", "Stuart Lemalu", "Area Commander, Counties Manukau Central", "2024-03-04", "Prevention Manager, Counties Manukau"),
            ag(OT, "Site social worker", "Rangi Pehi", "Site Manager, Manukau", "2024-03-06", "Practice Leader, Manukau"),
            ag(HNZ, "Family violence intervention coordinator", "Helen Ma", "General Manager, Mental Health and Addictions, Counties Manukau", "2024-03-08", "Violence Intervention Programme Manager"),
            ag(DOC, "Probation officer", "Afa Leota", "District Manager, Community Corrections South Auckland", "2024-03-12", "Service Manager, Manukau"),
            ag(MSD, "Work and Income case manager", "Gina Rāwiri", "Regional Commissioner, Counties Manukau", "2024-03-15", "Regional Partnerships Manager"),
            ag(ngos[0], "Refuge advocate", "Tere Kingi", "Manager", "2024-03-19", "Manager"),
            ag(ngos[1], "Programme facilitator", "Daniel Sapolu", "Programme Manager", "2024-03-21", "Programme Manager"),
        ],
        "classification": "IN-CONFIDENCE", "header": "IN-CONFIDENCE",
        "breach": {"role": "Family Violence Coordinator", "name": "Lisa Faleafa", "agency": NZP, "email": "cm.fvcoordinator@police.govt.nz", "phone": "09 261 1300"},
        "review_period": "12 months", "review_owner": NZP,
        "headings": "A", "attending": "table", "sharing": "numbered", "authority": "table",
        "info_layout": "bullets", "controls": "two_lists", "control_words": 0, "breach_layout": "sentence",
        "relationship": "prose", "review": 0, "approval": "table", "date_fmt": "dd/MM/yyyy",
        "retention_text": [
            "Shared information that an agency needs to carry out an agreed action is stored in that agency's approved business system, and email copies are deleted once it is stored.",
            "Attending agencies may also keep the weekly case list and their own meeting notes on file for future reference, as the same families are often referred again.",
            "The lead agency keeps the agenda and action log in its records system.",
        ],
        "doc_control": [
            ["1.0", "14/08/2017", "Counties Manukau FV Coordinator", "Original interagency protocol"],
            ["2.0", "21/03/2024", "Stuart Lemalu", "Moved into the government template; agencies and contacts updated"],
        ],
        "author": "Stuart Lemalu", "created": (2024, 2, 5, 9, 0), "modified": (2024, 3, 21, 16, 20), "revision": 11,
    }
    fv_type(p)
    p["purposes"][1]["auth"] = ["Privacy Act 1993, principle 11(f)"]
    p["purposes"][2]["auth"] = ["Children, Young Persons, and Their Families Act 1989, s 66"]
    add(p, "legacy", [
        {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
        {"rule": "ISP303", "data_contains": {"authority": "Children, Young Persons"}},
        {"rule": "ISP604", "data": {"due": "2025-03-21"}},
        {"rule": "ISP801", "data_contains": {"text": "future reference"}},
    ], ["ISP302"],
        "2017 protocol moved into the template in March 2024 without updating its law: purposes 2 and 3 still cite the Privacy Act 1993 and the Children, Young Persons, and Their Families Act 1989; 12-month review from the last signature (21/03/2024) is overdue; retention lets agencies keep case lists 'for future reference'.")


def trap_01():
    ngo = "Te Pou Oranga Whānau"
    who, when = "Mere Tuhiwai", "2026-07-02T10:15:00Z"
    p = {
        "seed": 32, "file": "trap-child-wellbeing-whakatane-controls-and-tracked-changes.docx",
        "meeting": "Whakatāne Whānau Support Hub", "freq": "fortnightly", "lead": OT, "ngo": ngo,
        "agencies": [
            ag(OT, "Intake social worker (chair)", "Mere Tuhiwai", "Site Manager, Whakatāne", "2026-07-13", "Practice Leader, Whakatāne"),
            ag(MOE, "Learning support facilitator", "Andrew Ngatai", "Director of Education, Bay of Plenty–Waiariki", "2026-07-14", "Manager, Learning Support"),
            ag(HNZ, "Well Child Tamariki Ora coordinator", "Kahu Rika", "Service Manager, Child and Youth Health, Bay of Plenty", "2026-07-15", "Clinical Nurse Manager"),
            ag(NZP, "Family harm coordinator", "Jared Hill", "Area Commander, Eastern Bay of Plenty", "2026-07-16", "Family Harm Sergeant, Whakatāne"),
            ag(ngo, "Whānau Ora navigator", "Awhina Tamihana", "Kaiwhakahaere", "2026-07-20", "Kaiwhakahaere"),
        ],
        "classification": "IN-CONFIDENCE",
        "breach": {"role": "Privacy Officer", "agency": OT, "email": "privacy@ot.govt.nz", "phone": "07 306 0800"},
        "review_period": "12 months", "review_owner": None,
        "headings": "A", "attending": "bullets_cc", "sharing": "numbered", "authority": "table",
        "info_layout": "table", "controls": "bullets", "control_words": 1, "breach_layout": "txt",
        "class_layout": "line", "relationship": "table", "review": 0, "approval": "table", "sig_cc": True,
        "date_fmt": "d MMMM yyyy",
        "rich": ["meeting-purpose", "breach-management"],
        "author": "Mere Tuhiwai", "created": (2026, 5, 18, 9, 0), "modified": (2026, 7, 20, 10, 0), "revision": 9,
    }
    child_type(p)
    p["purposes"][2]["auth_cell"] = [{"ins": OTA66C, "author": who, "when": when}]

    def deleted_bullet(b):
        par = b.doc.add_paragraph(style="List Bullet")
        ppr = par._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        rpr.append(b.rev("w:del", None, who, when))
        ppr.append(rpr)
        par._p.append(b.rev("w:del", CONTROL_TEXT["password-protection"][(1 + 2) % 3], who, when))

    p["control_special"] = {"password-protection": ["RAW", deleted_bullet]}
    add(p, "trap", [
        {"rule": "ISP202"},
        {"rule": "ISP451", "data": {"control": "password-protection"}},
        {"rule": "ISP201", "data": {"text": "Choose an item."}},
        {"rule": "ISP603"},
    ], [],
        "Deciding text lives in controls and revisions: purpose 3's authority exists only as a tracked insertion (covered once accepted, so no ISP301), the password-protection control is a tracked deletion (missing once accepted), the review-owner drop-down still shows 'Choose an item.', while classification, review period and the breach contact (inside a rich-text block control) are filled controls.")


def main():
    for fn in (clean_01, clean_02, clean_03, clean_04, clean_05,
               defect_101, defect_301, defect_703, defect_451, defect_501,
               defect_602, defect_402, defect_201, defect_204, defect_305,
               legacy_01, trap_01):
        fn()
    for p in DOCS:
        render(p)
        print("wrote", p["file"])
    truth = {
        "as_of": "2026-11-24",
        "style": "NZ government Multi-Agency Meeting ISP template filled in Word: Heading 1/2 (some keeping the template asterisk), drop-down, plain-text, date-picker and rich-text content controls, optional document-control table, purpose/authority and signature tables.",
        "files": TRUTH,
    }
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
