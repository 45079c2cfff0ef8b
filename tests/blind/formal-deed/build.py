#!/usr/bin/env python3
"""Build the formal-deed test corpus of NZ multi-agency meeting information
sharing protocols (house style: a Crown law office DEED between the parties).

Run with /work/blind-kit4/.venv/bin/python build.py ; output goes next to this
script. Everything is deterministic: fixed core-property dates, fixed zip
timestamps, no randomness.
"""
import copy
import datetime as dt
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor


HERE = os.path.dirname(os.path.abspath(__file__))
NUM_ID = 90

# ---------------------------------------------------------------------------
# low level helpers
# ---------------------------------------------------------------------------

TOKEN = re.compile(r"(\*\*.+?\*\*|\{\{[a-z0-9_]+\}\})")


def add_text(p, text, inline=None, bold=False, italic=False, size=None):
    """Add text to paragraph p. **x** is bold; {{key}} inserts inline[key]
    (a list of lxml elements: runs, sdt, ins, del)."""
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
            r.italic = italic or None
            if size:
                r.font.size = Pt(size)
        elif part.startswith("{{"):
            key = part[2:-2]
            for el in inline[key]():
                p._p.append(el)
        else:
            r = p.add_run(part)
            if bold:
                r.bold = True
            if italic:
                r.italic = True
            if size:
                r.font.size = Pt(size)
    return p


def set_numpr(p, ilvl):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = NUM_ID


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill))
    # tcPr order: tcW, gridSpan, vMerge, tcBorders, shd ...
    anchor = None
    for tag in ("w:tcW", "w:gridSpan", "w:vMerge", "w:tcBorders"):
        found = tcPr.find(qn(tag))
        if found is not None:
            anchor = found
    if anchor is None:
        tcPr.insert(0, shd)
    else:
        anchor.addnext(shd)


def field_runs(instr, cached):
    x = nsdecls("w")
    return [
        parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % x),
        parse_xml('<w:r %s><w:instrText xml:space="preserve"> %s </w:instrText></w:r>' % (x, instr)),
        parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % x),
        parse_xml('<w:r %s><w:t>%s</w:t></w:r>' % (x, cached)),
        parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % x),
    ]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_sdt_id = [700000]


def sdt_dropdown(alias, tag, items, chosen):
    """Run-level drop-down content control showing `chosen`."""
    _sdt_id[0] += 1
    li = '<w:listItem w:displayText="Choose an item." w:value=""/>' + "".join(
        '<w:listItem w:displayText="%s" w:value="%s"/>' % (esc(i), esc(i)) for i in items)
    xml = (
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
        '<w:dropDownList w:lastValue="%s">%s</w:dropDownList></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), esc(alias), tag, _sdt_id[0], esc(chosen), li, esc(chosen)))
    return [parse_xml(xml)]


def sdt_date(alias, tag, iso, shown):
    _sdt_id[0] += 1
    xml = (
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
        '<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-NZ"/>'
        '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
        '<w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), esc(alias), tag, _sdt_id[0], iso, esc(shown)))
    return [parse_xml(xml)]


def sdt_text(alias, tag, shown):
    _sdt_id[0] += 1
    xml = (
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w:text/></w:sdtPr>'
        '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), esc(alias), tag, _sdt_id[0], esc(shown)))
    return [parse_xml(xml)]


_rev_id = [900]


def tracked_replace(old, new, author, date):
    _rev_id[0] += 2
    x = nsdecls("w")
    d = parse_xml(
        '<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
        % (x, _rev_id[0], esc(author), date, esc(old)))
    i = parse_xml(
        '<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
        % (x, _rev_id[0] + 1, esc(author), date, esc(new)))
    return [d, i]


# ---------------------------------------------------------------------------
# the deed builder
# ---------------------------------------------------------------------------

class Deed:
    def __init__(self, spec):
        self.s = spec
        self.doc = Document()
        self.mode = spec["headings"]       # custom | builtin | plain
        self.auto = spec["numbering"] == "auto"
        self.n1 = 0
        self.n2 = 0
        self.n3 = 0
        self._styles()
        if self.auto:
            self._numbering()
        self._page_setup()

    # -- styles --------------------------------------------------------------
    def _styles(self):
        st = self.doc.styles
        normal = st["Normal"]
        normal.font.name = self.s.get("font", "Arial")
        normal.font.size = Pt(10.5)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.1
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), self.s.get("font", "Arial"))

        if self.mode == "custom":
            hs = st.add_style("CLO Clause Heading", WD_STYLE_TYPE.PARAGRAPH)
            hs.base_style = normal
            hs.next_paragraph_style = normal
            hs.font.bold = True
            hs.font.size = Pt(10.5)
            if self.s.get("caps_style"):
                hs.font.all_caps = True
            pf = hs.paragraph_format
            pf.keep_with_next = True
            pf.space_before = Pt(12)
            pf.space_after = Pt(6)
            ppr = hs.element.get_or_add_pPr()
            ol = OxmlElement("w:outlineLvl")
            ol.set(qn("w:val"), "0")
            ppr.append(ol)
            self.hstyle = "CLO Clause Heading"
            sub = st.add_style("CLO Clause Text", WD_STYLE_TYPE.PARAGRAPH)
            sub.base_style = normal
            self.bstyle = "CLO Clause Text"
        elif self.mode == "builtin":
            h1 = st["Heading 1"]
            h1.font.size = Pt(11)
            h1.font.bold = True
            h1.font.color.rgb = RGBColor(0, 0, 0)
            h1.font.name = self.s.get("font", "Arial")
            h1.paragraph_format.space_before = Pt(14)
            h1.paragraph_format.space_after = Pt(6)
            self.hstyle = "Heading 1"
            self.bstyle = None
        else:
            self.hstyle = None
            self.bstyle = None

    def _numbering(self):
        x = nsdecls("w")
        lv = [
            (0, "decimal", "%1.", 709, 709, True),
            (1, "decimal", "%1.%2", 709, 709, False),
            (2, "lowerLetter", "(%3)", 1418, 709, False),
            (3, "lowerRoman", "(%4)", 2127, 709, False),
        ]
        lvls = ""
        for ilvl, fmt, text, left, hang, bold in lv:
            lvls += (
                '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
                % (ilvl, fmt, text, left, hang, "<w:rPr><w:b/></w:rPr>" if bold else ""))
        absn = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
            % (x, NUM_ID, lvls))
        num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (x, NUM_ID, NUM_ID))
        numbering = self.doc.part.numbering_part.element
        first_num = numbering.find(qn("w:num"))
        first_num.addprevious(absn)
        numbering.append(num)

    def _page_setup(self):
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.5)
        sec.top_margin = sec.bottom_margin = Cm(2.3)
        mark = self.s["marking"]
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = hp.add_run(mark)
        r.bold = True
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        r = fp.add_run("Deed of Information Sharing Protocol – %s    |    Page " % self.s["meeting"])
        r.font.size = Pt(8)
        for el in field_runs("PAGE", "1"):
            fp._p.append(el)
        fp2 = sec.footer.add_paragraph()
        fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp2.add_run(mark)
        r.bold = True
        r.font.size = Pt(9)

    # -- block writers -------------------------------------------------------
    def p(self, text="", style=None, align=None, bold=False, size=None, inline=None, italic=False):
        para = self.doc.add_paragraph(style=style)
        if text:
            add_text(para, text, inline or self.s.get("inline", {}), bold=bold, size=size, italic=italic)
        if align:
            para.alignment = align
        return para

    def page_break(self):
        para = self.doc.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)

    def heading(self, text, numbered=True):
        if numbered:
            self.n1 += 1
            self.n2 = 0
            self.n3 = 0
        if self.mode in ("custom", "builtin"):
            para = self.doc.add_paragraph(style=self.hstyle)
            if numbered and self.auto:
                set_numpr(para, 0)
                para.add_run(text)
            elif numbered:
                para.add_run("%d.\t%s" % (self.n1, text))
                para.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
            else:
                para.add_run(text)
            if self.mode == "custom" and self.s.get("caps_style"):
                pass
            return para
        # plain: Normal paragraph, bold run
        para = self.doc.add_paragraph()
        para.paragraph_format.keep_with_next = True
        para.paragraph_format.space_before = Pt(12)
        if numbered and self.auto:
            set_numpr(para, 0)
            r = para.add_run(text)
        elif numbered:
            para.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
            r = para.add_run("%d.\t%s" % (self.n1, text))
        else:
            r = para.add_run(text)
        r.bold = True
        return para

    def sub(self, text, inline=None):
        self.n2 += 1
        self.n3 = 0
        para = self.doc.add_paragraph(style=self.bstyle)
        if self.auto:
            set_numpr(para, 1)
            add_text(para, text, inline or self.s.get("inline", {}))
        else:
            pf = para.paragraph_format
            pf.left_indent = Cm(1.25)
            pf.first_line_indent = Cm(-1.25)
            pf.tab_stops.add_tab_stop(Cm(1.25))
            add_text(para, "%d.%d\t%s" % (self.n1, self.n2, text), inline or self.s.get("inline", {}))
        return para

    def item(self, text, inline=None):
        self.n3 += 1
        para = self.doc.add_paragraph(style=self.bstyle)
        if self.auto:
            set_numpr(para, 2)
            add_text(para, text, inline or self.s.get("inline", {}))
        else:
            pf = para.paragraph_format
            pf.left_indent = Cm(2.5)
            pf.first_line_indent = Cm(-1.25)
            pf.tab_stops.add_tab_stop(Cm(2.5))
            add_text(para, "(%s)\t%s" % ("abcdefghijklmnop"[self.n3 - 1], text), inline or self.s.get("inline", {}))
        return para

    def defn(self, text):
        para = self.doc.add_paragraph(style=self.bstyle)
        para.paragraph_format.left_indent = Cm(1.25)
        add_text(para, text, self.s.get("inline", {}))
        return para

    def table(self, header, rows, widths=None, shade_header=True):
        t = self.doc.add_table(rows=1, cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.paragraphs[0].add_run(h).bold = True
            if shade_header:
                shade(c)
        for row in rows:
            cells = t.add_row().cells
            for i, val in enumerate(row):
                lines = val if isinstance(val, list) else [val]
                cells[i].paragraphs[0].text = ""
                add_text(cells[i].paragraphs[0], lines[0], self.s.get("inline", {}))
                for extra in lines[1:]:
                    add_text(cells[i].add_paragraph(), extra, self.s.get("inline", {}))
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        self.doc.add_paragraph()
        return t

    # -- whole-document assembly --------------------------------------------
    def build(self, items):
        for kind, *args in items:
            getattr(self, "_" + kind)(*args)

    def _h(self, text, numbered=True):
        self.heading(text, numbered)

    def _s(self, text):
        self.sub(text)

    def _i(self, text):
        self.item(text)

    def _d(self, text):
        self.defn(text)

    def _p(self, text, **kw):
        self.p(text, **kw)

    def _t(self, header, rows, widths=None):
        self.table(header, rows, widths)

    def _pb(self):
        self.page_break()

    def _raw(self, fn):
        fn(self)

    def save(self, path, created):
        cp = self.doc.core_properties
        cp.author = self.s.get("author", "Crown Law Office")
        cp.last_modified_by = self.s.get("author", "Crown Law Office")
        cp.title = "Deed of Information Sharing Protocol – %s" % self.s["meeting"]
        cp.subject = "Multi-agency meeting information sharing protocol"
        cp.keywords = self.s["marking"]
        cp.comments = ""
        cp.category = "Deed"
        cp.created = created
        cp.modified = created
        cp.last_printed = created
        cp.revision = self.s.get("revision", 3)
        buf = io.BytesIO()
        self.doc.save(buf)
        fixed_zip(buf.getvalue(), path)


def fixed_zip(blob, path):
    src = zipfile.ZipFile(io.BytesIO(blob))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------------------
# clause texts
# ---------------------------------------------------------------------------

HEADS = {
    "attending": ["ATTENDING AGENCIES", "ATTENDING AGENCIES AND LEAD AGENCY", "THE PARTIES AS ATTENDING AGENCIES"],
    "meeting": ["PURPOSE OF THE MEETING", "MEETING PURPOSE", "PURPOSE OF THE MEETING"],
    "sharing": ["PURPOSES OF SHARING", "PURPOSE OF SHARING INFORMATION", "PURPOSES FOR WHICH INFORMATION IS SHARED"],
    "info": ["INFORMATION TO BE SHARED", "INFORMATION THAT MAY BE SHARED", "RELEVANT INFORMATION TO BE SHARED"],
    "authority": ["LEGAL AUTHORITY", "LEGAL AUTHORITY TO SHARE", "LEGAL AUTHORITY FOR DISCLOSURE"],
    "use": ["USE OF INFORMATION", "USE OF RELEVANT INFORMATION", "LIMITS ON USE OF INFORMATION"],
    "transparency": ["TRANSPARENCY AND NOTIFICATION", "TRANSPARENCY AND NOTIFICATION OBLIGATIONS",
                     "NOTIFICATION OF INDIVIDUALS AND TRANSPARENCY"],
    "method": ["METHOD OF SHARING", "METHODS OF SHARING", "HOW INFORMATION IS SHARED"],
    "classification": ["SECURITY CLASSIFICATION", "SECURITY CLASSIFICATION OF INFORMATION", "SECURITY CLASSIFICATION"],
    "controls": ["SECURITY CONTROLS", "SECURITY CONTROLS AND RESTRICTIONS", "SECURITY CONTROLS"],
    "tikanga": ["TIKANGA CONSIDERATIONS", "TIKANGA MĀORI AND MĀORI DATA", "TIKANGA"],
    "retention": ["RETENTION AND DISPOSAL", "RETENTION AND DISPOSAL OF INFORMATION", "KEEPING AND DISPOSING OF INFORMATION"],
    "breach": ["PRIVACY AND SECURITY BREACHES", "BREACH MANAGEMENT", "PRIVACY AND SECURITY BREACH MANAGEMENT"],
    "conflicts": ["CONFLICTS OF INTEREST", "MANAGING CONFLICTS OF INTEREST", "CONFLICTS OF INTEREST"],
    "relationship": ["RELATIONSHIP MANAGEMENT AND OVERSIGHT", "RELATIONSHIP MANAGERS AND OVERSIGHT",
                     "OVERSIGHT AND RELATIONSHIP MANAGEMENT"],
    "review": ["REVIEW AND VARIATION", "DURATION, REVIEW AND VARIATION", "REVIEW"],
    "general": ["GENERAL", "GENERAL PROVISIONS", "MISCELLANEOUS"],
}

ORDER = ["attending", "meeting", "sharing", "info", "authority", "use", "transparency", "method",
         "classification", "controls", "tikanga", "retention", "breach", "conflicts", "relationship",
         "review", "general"]

CONTROL_TEXT = {
    "training": "Each Party must ensure that every Representative has completed the Party's privacy and "
                "information security training modules{training_extra} before the Representative attends a "
                "Meeting or receives Relevant Information.",
    "hardcopy-destruction": "Any hard copy material containing Relevant Information that is brought to or "
                            "produced at a Meeting must be collected by the Chair and securely destroyed "
                            "(by shredding or in a secure destruction bin) at the end of that Meeting.",
    "password-protection": "Every email attachment that contains Personal Information must be password "
                           "protected, and the password must be sent to the recipient separately (by telephone "
                           "or text message), not in the same email.",
    "approved-devices": "Relevant Information must be sent, received, viewed and stored only on devices "
                        "approved for that use by the Representative's own agency. No Representative may use "
                        "a personal phone, tablet or computer for Relevant Information.",
    "virtual-meeting": "Where a Meeting is held wholly or partly by video conference, no Representative may "
                       "put Personal Information in the chat function, record the Meeting (by any means), or "
                       "take screenshots or photographs of information shown on screen.",
    "hardcopy-distribution": "No Representative may give hard copy material containing Relevant Information "
                             "to the Representative of another Party, whether at or after a Meeting.",
}

CONTROL_TEXT_ALT = {
    "training": "Before attending a Meeting, each Representative must have completed privacy training and "
                "information security training{training_extra}, and each Party must keep a record of that training.",
    "hardcopy-destruction": "Printed case lists and any other hard copies of Relevant Information are collected "
                            "and shredded at the close of each Meeting.",
    "password-protection": "Attachments to emails that contain Personal Information are protected with a "
                           "password, which is given to the recipient by a separate channel.",
    "approved-devices": "Relevant Information is shared and accessed only from devices that the "
                        "Representative's agency has approved.",
    "virtual-meeting": "In any Meeting held online, Representatives must not use the chat function for "
                       "Personal Information, must not record the Meeting and must not take screenshots of "
                       "shared screens.",
    "hardcopy-distribution": "Hard copies of Relevant Information are never handed to, or left with, the "
                             "Representatives of other Parties.",
}

REQUIREMENTS = ["training", "hardcopy-destruction", "password-protection"]
RESTRICTIONS = ["approved-devices", "virtual-meeting", "hardcopy-distribution"]


def party_list_text(parties, lead_idx):
    out = []
    for i, pt in enumerate(parties):
        out.append(pt["name"] + (" (Lead Agency)" if i == lead_idx else ""))
    return out


def clause_items(s, m, n):
    """Return {key: [items]} for the operative clauses."""
    v = s["var"]
    parties = s["parties"]
    lead = parties[s["lead"]]["name"]
    lead_short = parties[s["lead"]].get("short", lead)
    C = {}
    nums = n

    def F(t):
        return (t.replace("{area}", s.get("area", "")).replace("{ngo}", s.get("ngo", ""))
                .replace("{sharing}", str(n["sharing"])).replace("{lead}", lead))

    # 2 attending agencies
    it = [("s", "The Parties are the attending agencies at the Meeting and the signatories to this Deed. "
                 "The attending agencies are:")]
    names = party_list_text(parties, s["lead"])
    for j, nm in enumerate(names):
        it.append(("i", nm + (";" if j < len(names) - 2 else ("; and" if j == len(names) - 2 else "."))))
    it += [
        ("s", "%s is the Lead Agency. The Lead Agency must convene each Meeting, provide the Chair and the "
              "secretariat, keep the record of actions agreed at each Meeting, and is responsible for "
              "developing and implementing this Deed." % lead),
        ("s", "Each Party must nominate as its Representatives people with sufficient knowledge of the Party's "
              "services and sufficient seniority to agree actions on its behalf, and must tell the Lead Agency "
              "promptly of any change in its Representatives."),
        ("s", "No person other than a Representative may attend a Meeting unless the Chair has agreed in "
              "advance and that person has signed the confidentiality undertaking kept by the Lead Agency."),
    ]
    C["attending"] = it

    # 3 meeting purpose
    C["meeting"] = [("s", F(t)) for t in m["meeting_purpose"]] + [("s", F(m["frequency"]))]

    # 4 sharing purposes
    ps = s.get("purposes", m["purposes"])
    extra = s.get("extra_purposes", [])
    allp = ps + extra
    if len(allp) == 1:
        pt0 = allp[0]["text"]
        it = [("s", "Relevant Information may be shared at or for a Meeting only for the following purpose "
                    "(the **Purpose**): %s." % (pt0[0].lower() + pt0[1:].rstrip(".")))]
    else:
        it = [("s", ["Relevant Information may be shared at or for a Meeting only for the following purposes "
                     "(each a **Purpose**):",
                     "The Parties may share Relevant Information at or for a Meeting only for the following "
                     "purposes (each a **Purpose**):",
                     "Information may be disclosed by a Party at or in connection with a Meeting only for one "
                     "or more of the following purposes (each a **Purpose**):"][v])]
        for j, pp in enumerate(allp):
            end = ";" if j < len(allp) - 2 else ("; and" if j == len(allp) - 2 else ".")
            it.append(("i", pp["text"][0].lower() + pp["text"][1:].rstrip(".") + end))
    it.append(("s", "No Party may share Relevant Information at a Meeting for a purpose that is not set out in "
                    "clause %d.1. A Party that proposes a new purpose must raise it with the Lead Agency, and "
                    "the new purpose may be added only by a variation of this Deed under clause %d."
               % (nums["sharing"], nums["review"])))
    C["sharing"] = it

    # 5 information
    it = [("s", "The Relevant Information that a Party may disclose for a Purpose, where the legal authority "
                "identified for that Purpose in Schedule 1 is met, is limited to the following:")]
    for j, x in enumerate(m["info"]):
        end = ";" if j < len(m["info"]) - 2 else ("; and" if j == len(m["info"]) - 2 else ".")
        it.append(("i", F(x) + end))
    it += [
        ("s", "Each Party must disclose only the Relevant Information that is necessary for the relevant "
              "Purpose, and must not disclose information about a person who is not the subject of a referral "
              "unless that information is directly relevant to the Purpose."),
        ("s", "When disclosing Relevant Information, a Representative must tell the Meeting of any known "
              "limitation on its accuracy, currency or reliability, and of any restriction on its further use."),
    ]
    C["info"] = it

    # 6 legal authority
    if s.get("claims_authority"):
        it = [("s", s["claims_authority"]),
              ("s", "The legal authority on which the Parties rely for each Purpose, and the conditions that "
                    "apply to it, are set out in Schedule 1."),
              ("s", "If a Representative is unsure whether a disclosure is within clause %d.1, the "
                    "Representative must seek advice from the Party's privacy or legal team before disclosing."
               % nums["authority"])]
    else:
        it = [("s", ["This Deed does not itself authorise the disclosure of any information, and it does not "
                     "create or change any legal obligation to share. Every disclosure of Relevant Information "
                     "must be permitted by law.",
                     "Nothing in this Deed authorises any disclosure of information. Each disclosure made at or "
                     "for a Meeting must be permitted by legislation, and this Deed records the legislation on "
                     "which the Parties rely.",
                     "This Deed records, but is not itself, the legal authority for the sharing of information at "
                     "the Meeting. It cannot create or alter the law, and each disclosure must be permitted by "
                     "the enactment identified for it."][v]),
              ("s", "Schedule 1 sets out, against each Purpose, the legal authority on which the Parties rely for "
                    "disclosures made for that Purpose, and any conditions of that authority.")]
        if len(allp) == 1 and m.get("single_authority_text"):
            it.append(("s", F(m["single_authority_text"])))
        it.append(("s", "Before disclosing Relevant Information, each Representative must be satisfied that the "
                        "criteria of the legal authority for the relevant Purpose are met. A Representative who is "
                        "unsure must seek advice from the Party's privacy or legal team before disclosing."))
        for x in m.get("authority_extra", []):
            it.append(("s", x))
    C["authority"] = it

    # 7 use
    it = [
        ("s", "Each Party must use Relevant Information only for the Purpose for which it was disclosed, and only "
              "to the extent permitted by the legal authority relied on for that disclosure."),
        ("s", "No Party may place Relevant Information in its own business systems or records unless it is "
              "necessary to do so to carry out an action agreed at a Meeting for a Purpose."),
        ("s", "Where a Party keeps Relevant Information under clause %d.2, it must record with that information:"
         % nums["use"]),
        ("i", "the Party that disclosed it;"),
        ("i", "the legal authority under which it was disclosed;"),
        ("i", "the Purpose for which it was disclosed;"),
        ("i", "any restriction on its use; and"),
        ("i", "the date on which it was disclosed."),
    ]
    if not s.get("drop_no_just_in_case"):
        it.append(("s", ["No Party may collect or store Relevant Information about a person on the basis that it "
                         "might become relevant at some later time.",
                         "A Party must not keep Relevant Information merely because it might be of use at a later "
                         "date: keeping information on that basis is not permitted under this Deed.",
                         "No Party may collect or hold information about a person only because it may prove "
                         "relevant in the future."][v]))
    it.append(("s", "A Party that wishes to use Relevant Information for a purpose other than the Purpose for "
                    "which it was disclosed must first obtain advice from its privacy or legal team, identify a "
                    "legal authority for that use, and tell the Party that disclosed the information."))
    C["use"] = it

    # 8 transparency
    C["transparency"] = [("s", F(t)) for t in m["transparency"]] + [
        ("s", "Where a Party decides not to tell a person that their information will be or has been shared, "
              "because telling them would prejudice their safety or the safety of another person or the "
              "maintenance of the law, the Party must record the reason for that decision."),
        ("s", "Each Party must state in its privacy statement that it takes part in the Meeting and the kinds "
              "of information it shares there, even where details of individual disclosures are not given."),
    ]

    # 9 method
    it = [("s", "Relevant Information is shared only by the following methods:")]
    for j, x in enumerate(m["methods"]):
        end = ";" if j < len(m["methods"]) - 2 else ("; and" if j == len(m["methods"]) - 2 else ".")
        it.append(("i", F(x) + end))
    it += [
        ("s", "Each Party must ensure that any method it uses to share Relevant Information is approved for "
              "that use by its own agency and protects the information in accordance with its classification."),
        ("s", "Before a non-government Party first receives Relevant Information, the Lead Agency must be "
              "satisfied that the Party is entitled to receive information of the classification stated in "
              "clause %d and understands how to handle it." % nums["classification"]),
    ]
    if s.get("method_extra"):
        it += [("s", x) for x in s["method_extra"]]
    C["method"] = it

    # 10 classification
    cls_sentence = s.get("classification_sentence") or [
        "Relevant Information shared under this Deed is classified {cls}.",
        "The security classification of Relevant Information shared at or for a Meeting is {cls}.",
        "All Relevant Information is classified {cls}.",
    ][v]
    cls_sentence = cls_sentence.replace("{cls}", s["classification"])
    it = [("s", cls_sentence),
          ("s", "Each Party must handle, transmit, store and dispose of Relevant Information in accordance with "
                "the PSR requirements for that classification, and must mark any document or email that "
                "contains Relevant Information with that classification.")]
    if s.get("class_extra"):
        it.append(("s", s["class_extra"]))
    C["classification"] = it

    # 11 controls
    controls = s.get("controls", {k: None for k in REQUIREMENTS + RESTRICTIONS})
    texts = CONTROL_TEXT if v != 1 else CONTROL_TEXT_ALT
    tex = s.get("training_extra", "")
    it = [("s", "Each Party must comply with, and must ensure that each of its Representatives complies with, "
                "the security requirements in Schedule 2.")]
    if s.get("controls_in_clause"):
        it = [("s", "Each Party must ensure that the following minimum controls are in place for all sharing of "
                    "Relevant Information:")]
        for k in REQUIREMENTS + RESTRICTIONS:
            if k in controls:
                t = controls[k] or texts[k]
                it.append(("i", t.replace("{training_extra}", tex)))
        it.append(("s", "Each Party must also comply with the further security requirements in Schedule 2."))
    it.append(("s", "Each Party must ensure that its Representatives keep their access credentials for any "
                    "business system or collaboration space used for the Meeting to themselves."))
    C["controls"] = it

    # 12 tikanga
    C["tikanga"] = [("s", F(t)) for t in m["tikanga"]]

    # 13 retention
    if s.get("retention"):
        it = [("s", t) for t in s["retention"]]
    else:
        it = [("s", "A Party may retain Relevant Information only where it needs that information to carry out a "
                    "Purpose (including an action agreed at a Meeting), and only for as long as it is needed for "
                    "that Purpose.")]
    it += [
        ("s", "Where a Party retains Relevant Information, it must store that information securely in the "
              "Party's approved business system and must then securely delete any copy received by email."),
        ("s", "Each Party must dispose of Relevant Information in accordance with its retention and disposal "
              "authority and, where it applies to the Party, the Public Records Act 2005."),
        ("s", "The Lead Agency must hold the agendas, action logs and minutes of Meetings in its records system "
              "and must retain and dispose of them under its own retention and disposal authority."),
    ]
    C["retention"] = it

    # 14 breach
    bc = s.get("breach")
    if s.get("breach_clause"):
        it = [("s", t) for t in s["breach_clause"]]
    else:
        it = [("s", "A Party that becomes aware of an actual or suspected Breach must notify the Breach Contact "
                    "immediately, and in any case within 24 hours of becoming aware of it.")]
        if s["breach_mode"] == "inline":
            it.append(("s", "The Breach Contact is %s, %s, %s (email %s; phone %s)."
                       % (bc["name"], bc["role"], bc["agency"], bc["email"], bc["phone"])))
        elif s["breach_mode"] == "sdt":
            it.append(("s", "The Breach Contact is {{breach_contact}}."))
        else:
            it.append(("s", "The Breach Contact is the person identified as the Breach Contact in Schedule 3."))
        it += [
            ("s", "The Parties must work together, through the Breach Contact, to contain the Breach, assess the "
                  "risk of harm to the people affected, and agree what will be said to those people and by which "
                  "Party."),
            ("s", "The Party responsible for the information involved must decide whether the Breach is a "
                  "notifiable privacy breach under Part 6 of the Privacy Act and, if it is, must notify the "
                  "Privacy Commissioner and the affected individuals as that Part requires."),
            ("s", "Each Party must also follow its own internal procedures for privacy and security incidents."),
        ]
    C["breach"] = it

    # 15 conflicts
    C["conflicts"] = [
        ("s", "A Representative who has, or may be perceived to have, a conflict of interest in relation to a "
              "person to be discussed at a Meeting (including because the Representative knows, or is related "
              "to, that person) must:"),
        ("i", "tell the Chair as soon as the Representative becomes aware of the conflict;"),
        ("i", "refer any request for information about that person to another employee of the Party to action "
              "and respond to; and"),
        ("i", "leave the Meeting while information about that person is being shared."),
        ("s", "The Chair must record each conflict of interest declared at a Meeting and how it was managed."),
    ]

    # 16 relationship
    C["relationship"] = [
        ("s", "Each Party must nominate a relationship manager, identified in Schedule 3, who understands the "
              "purpose of the Meeting, which Parties attend and what Relevant Information is shared."),
        ("s", "The relationship managers are responsible for:"),
        ("i", "checking that this Deed is operating as intended, and that the information shared remains limited "
              "to the Purposes;"),
        ("i", "supporting their Party's Representatives with any information sharing issue, including by "
              "liaising with the Party's privacy or legal team; and"),
        ("i", "addressing any problem or disagreement that arises under this Deed."),
        ("s", "The relationship managers must check in with their Representatives regularly and must meet "
              "together at least once every six months."),
        ("s", "A disagreement that the relationship managers cannot resolve must be referred to the signatories "
              "of the Parties concerned."),
    ]

    # 17 review
    rv = s["review"]
    it = [("s", s.get("effect_sentence") or "This Deed takes effect on the date on which it is made and continues "
                "until the Parties agree in writing to end it.")]
    it += [("s", t) for t in rv]
    it += [
        ("s", "Any Party may ask the Lead Agency to review this Deed at any time if an issue with the sharing of "
              "Relevant Information has arisen."),
        ("s", "Each review must confirm with every Party whether the sharing recorded in this Deed is still "
              "required, whether there has been any material change to the Purposes or to the use of Relevant "
              "Information, and whether there are any issues with the quality of the information shared."),
        ("s", "A variation of this Deed must be in writing and signed by every Party. After a variation the "
              "Lead Agency must give each Party a copy of the signed, updated Deed and must ensure that all "
              "Representatives are told of the changes and what they mean."),
        ("s", "A Party may withdraw from this Deed by giving 20 Working Days' written notice to the Lead Agency. "
              "Clauses %d, %d and %d continue to apply to Relevant Information held by a Party that has withdrawn."
         % (nums["use"], nums["retention"], nums["breach"])),
    ]
    C["review"] = it

    # 18 general
    C["general"] = [
        ("s", "**No partnership:** Nothing in this Deed creates a partnership, joint venture or agency "
              "relationship between the Parties."),
        ("s", "**Costs:** Each Party must meet its own costs of taking part in the Meeting and of complying with "
              "this Deed."),
        ("s", "**Official information:** The Parties acknowledge that this Deed may be released under the "
              "Official Information Act 1982 or the Local Government Official Information and Meetings Act 1987, "
              "as the case may be."),
        ("s", "**Counterparts:** This Deed may be executed in any number of counterparts (including scanned "
              "copies), which together form one instrument."),
    ]
    return C


def definitions(s, m, n):
    lead = s["parties"][s["lead"]]["name"]
    it = [("s", "**Definitions:** In this Deed, unless the context requires otherwise:")]
    defs = [
        "**Breach** means any unauthorised or accidental access to, or disclosure, alteration, loss or "
        "destruction of, Relevant Information, or any action that prevents a Party from accessing Relevant "
        "Information on a temporary or permanent basis;",
        "**Breach Contact** means the person identified as the Breach Contact under clause %d;" % n["breach"],
        "**Chair** means the Representative of the Lead Agency who chairs a Meeting;",
        "**Lead Agency** means %s;" % lead,
        "**Meeting** means each meeting of the %s, whether held in person, by telephone or by video "
        "conference;" % s["meeting"],
        "**Personal Information** has the meaning given in section 7 of the Privacy Act;",
        "**Privacy Act** means the Privacy Act 2020;",
        "**PSR** means the New Zealand Government Protective Security Requirements;",
        "**Purpose** means each purpose set out in clause %d.1;" % n["sharing"],
        "**Relevant Information** means any information, including Personal Information, that a Party "
        "discloses to another Party at, in preparation for, or following a Meeting;",
        "**Representative** means an employee or contractor of a Party who attends a Meeting or handles "
        "Relevant Information on that Party's behalf; and",
        "**Working Day** has the meaning given in section 13 of the Legislation Act 2019.",
    ]
    if s.get("defs_override"):
        defs = s["defs_override"](defs)
    if s.get("no_breach_contact_def"):
        defs = [d for d in defs if not d.startswith("**Breach Contact**")]
    it += [("d", d) for d in defs]
    it += [
        ("s", "**Interpretation:** In this Deed:"),
        ("i", "headings are for convenience only and do not affect interpretation;"),
        ("i", "the singular includes the plural and the plural includes the singular;"),
        ("i", "a reference to legislation includes that legislation as amended, and any legislation substituted "
              "for it;"),
        ("i", "a reference to a clause or Schedule is to a clause of, or Schedule to, this Deed, and the Schedules "
              "form part of this Deed; and"),
        ("i", "the word \u201cincluding\u201d and similar words do not imply any limitation."),
    ]
    return it


# ---------------------------------------------------------------------------
# cover, parties, background, schedules, execution
# ---------------------------------------------------------------------------

def cover(d, s, m):
    for _ in range(5):
        d.p()
    d.p("DEED OF INFORMATION SHARING PROTOCOL", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=20)
    d.p("relating to the", align=WD_ALIGN_PARAGRAPH.CENTER)
    d.p(s["meeting"].upper(), align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=13)
    d.p()
    d.p(s["cover_date"], align=WD_ALIGN_PARAGRAPH.CENTER, inline=s.get("inline"))
    d.p()
    for j, pt in enumerate(s["parties"]):
        d.p(pt["caps"], align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        if j < len(s["parties"]) - 1:
            d.p("and", align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(4):
        d.p()
    d.p("Crown Law Office", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=9)
    d.p("Te Tari Ture o te Karauna", align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    d.p("Wellington  |  File ref: %s" % s["ref"], align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    d.page_break()


def toc(d, s, entries):
    """A Word TOC field whose cached result is `entries` (possibly stale)."""
    d.p("CONTENTS", bold=True)
    st = d.doc.styles
    try:
        tocst = st["toc 1"]
    except KeyError:
        tocst = st.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
        tocst.base_style = st["Normal"]
        tocst.element.set(qn("w:styleId"), "TOC1")
        tocst.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
        tocst.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    x = nsdecls("w")
    for j, (num, title, page) in enumerate(entries):
        para = d.doc.add_paragraph(style=tocst)
        if j == 0:
            para._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % x))
            para._p.append(parse_xml(
                '<w:r %s><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>' % x))
            para._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % x))
        para.add_run("%s\t%s\t%d" % (num, title, page) if num else "%s\t%d" % (title, page))
        if j == len(entries) - 1:
            para._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % x))
    d.page_break()


def front(d, s, m):
    d.p("DEED OF INFORMATION SHARING PROTOCOL", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.p("**THIS DEED** is made on " + s["made_on"], inline=s.get("inline"))
    d.p("PARTIES", bold=True)
    for j, pt in enumerate(s["parties"]):
        para = d.p("%d.\t%s" % (j + 1, party_desc(pt, s)))
        para.paragraph_format.left_indent = Cm(1.25)
        para.paragraph_format.first_line_indent = Cm(-1.25)
    d.p("BACKGROUND", bold=True)
    for letter, text in zip("ABCDE", s.get("recitals") or default_recitals(s, m)):
        para = d.p("%s.\t%s" % (letter, text))
        para.paragraph_format.left_indent = Cm(1.25)
        para.paragraph_format.first_line_indent = Cm(-1.25)
    d.p(s.get("witnesses_line", "THIS DEED WITNESSES as follows:"), bold=True)


def party_desc(pt, s):
    if s.get("crown_form") and pt.get("through"):
        return "**%s** acting by and through %s (**%s**)" % (
            s.get("sovereign", "HIS MAJESTY THE KING IN RIGHT OF NEW ZEALAND"), pt["through"], pt["short"])
    return "**%s**%s (**%s**)" % (pt["caps"], pt.get("desc", ""), pt["short"])


def default_recitals(s, m):
    lead = s["parties"][s["lead"]]["name"]
    return [
        "%s convenes the %s, at which the Parties meet %s." % (lead, s["meeting"], m["recital_aim"]),
        "To achieve that aim the Parties need to share information, including Personal Information, about %s."
        % m["recital_people"],
        s.get("recital_c") or
        "The Parties wish to record in this Deed the purposes for which information is shared at the Meeting, "
        "the legal authority on which each disclosure relies, and the safeguards that apply to that "
        "information. This Deed does not itself authorise any sharing of information.",
    ]


def schedule1(d, s, m, n):
    d.heading(s.get("sch1_title", "SCHEDULE 1 – PURPOSES AND LEGAL AUTHORITIES"), numbered=False)
    ps = s.get("purposes", m["purposes"])
    allp = ps + s.get("extra_purposes", [])
    if len(allp) == 1:
        d.p("The Purpose in clause %d.1 and the legal authorities relied on for it:" % n["sharing"])
    else:
        d.p("Each Purpose in clause %d.1 and the legal authority on which the Parties rely for disclosures made "
            "for that Purpose:" % n["sharing"])
    rows = []
    sched = s.get("schedule1_rows", list(range(len(ps))))
    for j in sched:
        pp = ps[j]
        ref = ("Clause %d.1" % n["sharing"]) if len(allp) == 1 else ("Clause %d.1(%s)" % (n["sharing"], "abcdefgh"[j]))
        rows.append([str(len(rows) + 1), [ref, pp["text"]], pp["auth"], pp["cond"]])
    d.table(["Item", "Purpose", "Legal authority relied on", "Who may disclose and conditions"], rows,
            widths=[1.2, 5.3, 4.5, 5.0])


def schedule2(d, s, m, n):
    d.heading(s.get("sch2_title", "SCHEDULE 2 – SECURITY REQUIREMENTS"), numbered=False)
    controls = s.get("controls", {k: None for k in REQUIREMENTS + RESTRICTIONS})
    texts = CONTROL_TEXT if s["var"] != 1 else CONTROL_TEXT_ALT
    tex = s.get("training_extra", "")
    k = 0
    if not s.get("controls_in_clause"):
        d.p("**Part A – Minimum requirements**")
        for key in REQUIREMENTS:
            if key in controls:
                k += 1
                para = d.p("%d.\t%s" % (k, (controls[key] or texts[key]).replace("{training_extra}", tex)))
                para.paragraph_format.left_indent = Cm(1.25)
                para.paragraph_format.first_line_indent = Cm(-1.25)
        for extra in s.get("controls_extra_a", []):
            k += 1
            para = d.p("%d.\t%s" % (k, extra))
            para.paragraph_format.left_indent = Cm(1.25)
            para.paragraph_format.first_line_indent = Cm(-1.25)
        d.p("**Part B – Restrictions**")
        for key in RESTRICTIONS:
            if key in controls:
                k += 1
                para = d.p("%d.\t%s" % (k, (controls[key] or texts[key]).replace("{training_extra}", tex)))
                para.paragraph_format.left_indent = Cm(1.25)
                para.paragraph_format.first_line_indent = Cm(-1.25)
        d.p("**Part C – Additional requirements**")
    else:
        d.p("**Additional requirements** (in addition to the minimum controls in clause %d.1)" % n["controls"])
    for extra in m.get("extra_security", []) + s.get("extra_security", []):
        k += 1
        para = d.p("%d.\t%s" % (k, extra))
        para.paragraph_format.left_indent = Cm(1.25)
        para.paragraph_format.first_line_indent = Cm(-1.25)


def schedule3(d, s, m):
    d.heading(s.get("sch3_title", "SCHEDULE 3 – CONTACTS"), numbered=False)
    rows = []
    bc = s.get("breach")
    if bc and s["breach_mode"] in ("schedule", "inline", "sdt") and not s.get("no_breach_row"):
        rows.append(["Breach Contact", bc["name"], bc["role"], bc["agency"], bc["email"], bc["phone"]])
    ch = s["chair"]
    rows.append(["Chair", ch[0], ch[1], s["parties"][s["lead"]]["name"], ch[2], ch[3]])
    for pt in s["parties"]:
        rm = pt["rm"]
        rows.append(["Relationship manager", rm[0], rm[1], pt["name"], rm[2], rm[3]])
    if s.get("schedule3_intro"):
        d.p(s["schedule3_intro"])
    d.table(["Function", "Name", "Role", "Party", "Email", "Phone"], rows, widths=[2.6, 2.6, 3.2, 3.0, 3.6, 2.2])
    d.p("A Party may change its contact details by written notice to the Lead Agency, which must circulate the "
        "updated Schedule to every Party. A change to this Schedule is not a variation of this Deed.")


def execution(d, s):
    d.heading("EXECUTED AS A DEED", numbered=False)
    d.p(s.get("exec_intro", "Executed as a deed by the Parties on the date first written above."))
    omit = s.get("exec_omit", [])
    for j, pt in enumerate(s["parties"]):
        if pt["name"] in omit:
            continue
        signame = pt["sig"][0]
        title = pt["sig"][1]
        if s.get("crown_form") and pt.get("through"):
            who = "%s acting by and through %s" % (s.get("sovereign", "HIS MAJESTY THE KING IN RIGHT OF NEW ZEALAND"),
                                                   pt["through"])
        else:
            who = pt["caps"]
        parts = []
        parts.append(signame if signame else "_______________________")
        if title:
            parts.append(title)
        lead_in = "**SIGNED** for and on behalf of **%s** by %s, in the presence of:" % (who, ", ".join(parts))
        wit = pt.get("wit") if s.get("witness") == "filled" else None
        wlines = ["Witness signature: " + ("____________________" if s["exec_layout"] == "table" else "______________________________"),
                  "Witness name: %s" % (wit[0] if wit else "______________________________"),
                  "Occupation: %s" % (wit[1] if wit else "______________________________"),
                  "Address: %s" % (wit[2] if wit else "______________________________")]
        if s["exec_layout"] == "table":
            t = d.doc.add_table(rows=2, cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            c0 = t.rows[0].cells[0]
            add_text(c0.paragraphs[0], lead_in)
            c1 = t.rows[0].cells[1]
            c1.paragraphs[0].add_run("")
            c1.add_paragraph("")
            c1.add_paragraph("________________________________")
            c1.add_paragraph("Signature")
            w = t.rows[1].cells[0]
            add_text(w.paragraphs[0], wlines[0])
            for line in wlines[1:]:
                w.add_paragraph(line)
            for row in t.rows:
                row.cells[0].width = Cm(9.0)
                row.cells[1].width = Cm(7.0)
            d.p()
        else:
            d.p(lead_in)
            d.p()
            d.p("________________________________")
            d.p("Signature")
            for line in wlines:
                para = d.p(line)
                para.paragraph_format.left_indent = Cm(1.25)
            d.p()


def sentence_case(t):
    out = t[0] + t[1:].lower()
    for w in ("Māori", "Deed"):
        out = out.replace(w.lower(), w)
    return out


def build_doc(spec):
    m = BASES[spec["base"]]
    s = spec
    keys = [k for k in ORDER if k not in s.get("omit", [])]
    n = {k: i + 2 for i, k in enumerate(keys)}
    # omitted keys still need a number for cross references in templates; point them at review
    for k in ORDER:
        n.setdefault(k, n["review"])
    d = Deed(s)
    cover(d, s, m)
    if s.get("toc"):
        toc(d, s, s["toc"])
    front(d, s, m)
    d.heading(sentence_case("DEFINITIONS AND INTERPRETATION") if s.get("caps_style")
              else "DEFINITIONS AND INTERPRETATION")
    d.build(definitions(s, m, n))
    C = clause_items(s, m, n)
    for k in keys:
        title = s.get("heads", {}).get(k) or HEADS[k][s["var"]]
        if s.get("caps_style"):
            title = sentence_case(title)
        d.heading(title)
        d.build(C[k])
    if s["exec_position"] == "before":
        d.page_break()
        execution(d, s)
        d.page_break()
        schedule1(d, s, m, n)
        schedule2(d, s, m, n)
        schedule3(d, s, m)
    else:
        d.page_break()
        schedule1(d, s, m, n)
        schedule2(d, s, m, n)
        schedule3(d, s, m)
        d.page_break()
        execution(d, s)
    if s.get("post"):
        s["post"](d)
    created = dt.datetime(*s["created"], tzinfo=dt.timezone.utc)
    d.save(os.path.join(HERE, s["file"]), created)


# ---------------------------------------------------------------------------
# meeting bases
# ---------------------------------------------------------------------------

FV = {
    "meeting_purpose": [
        "The purpose of the Meeting is to reduce the risk of harm to victims of family violence in {area}, "
        "including children, by assessing the risk in each family harm episode referred to the Meeting and agreeing "
        "a coordinated, whānau-centred safety response.",
        "The Meeting does not replace the statutory functions of any Party. Each Party remains responsible for the "
        "services it provides and the decisions it makes under its own legislation.",
    ],
    "frequency": "The Meeting sits each Working Day, in person at the Lead Agency's {area} station or by video "
                 "conference, to consider family harm episodes referred in the previous 24 hours.",
    "recital_aim": "each working day to assess and respond to family harm episodes",
    "recital_people": "victims of family violence, their children and whānau, and people who use violence",
    "purposes": [
        {"text": "To assess the level of risk of family violence to each victim, including any child, identified "
                 "in a family harm episode referred to the Meeting",
         "auth": "Family Violence Act 2018, s 20",
         "cond": "All Parties, as family violence agencies or social services practitioners. The Representative "
                 "must believe that the disclosure may help to protect a victim from family violence."},
        {"text": "To agree a safety plan for each victim and their children, and the actions each Party will take "
                 "under that plan",
         "auth": "Family Violence Act 2018, s 20",
         "cond": "All Parties, on the same basis as item 1."},
        {"text": "To coordinate services that address the behaviour of a person who uses violence",
         "auth": "Family Violence Act 2018, s 20; and, for Police and Ara Poutama Aotearoa only, Privacy Act 2020, "
                 "IPP 11(1)(e)(i)",
         "cond": "All Parties under the Family Violence Act 2018. Police and Ara Poutama Aotearoa may also rely on "
                 "IPP 11(1)(e)(i) where disclosure is necessary to avoid prejudice to the prevention of offences."},
        {"text": "To assess and respond to concerns about the safety or wellbeing of a child or young person in "
                 "the household",
         "auth": "Oranga Tamariki Act 1989, s 66C",
         "cond": "Parties that are child welfare and protection agencies under that Act. The criteria in s 66C "
                 "must be met for each disclosure."},
    ],
    "info": [
        "details of the family harm episode referred to the Meeting, including its date, location and nature and "
        "the people involved",
        "the names, dates of birth, addresses and relationships of the people in the household, including children",
        "previous family harm episodes, protection orders, police safety orders, bail conditions and relevant "
        "convictions",
        "whether Oranga Tamariki is currently involved with a child or young person in the household",
        "current engagement with health, mental health or addiction services, where relevant to risk",
        "the sentence, release and supervision conditions of a person managed by Ara Poutama Aotearoa",
        "income, housing and other circumstances relevant to the safety of the victim and children",
        "support already provided or offered by a Party",
    ],
    "methods": [
        "the Lead Agency makes the list of referred family harm episodes available to Representatives in the "
        "Family Safety System no earlier than two hours before the Meeting",
        "Representatives share information verbally at the Meeting",
        "the Lead Agency records the actions agreed at the Meeting in the Family Safety System",
        "where a Representative needs to follow up an action after the Meeting, by secure email between the "
        "Representatives concerned",
    ],
    "transparency": [
        "Where it is safe to do so, the Party with the closest relationship to a victim must tell the victim that "
        "information about the family harm episode will be shared with the Parties at the Meeting, why it is "
        "shared, and how the victim may access and ask for correction of their information.",
        "A Party must not tell a person who uses violence, before or after a Meeting, that information about them "
        "has been shared, if doing so may increase the risk to a victim.",
    ],
    "tikanga": [
        "The Parties recognise that information about Māori victims, whānau and people who use violence is Māori "
        "data and may be taonga. The Parties must share and use that information in a way that upholds the mana "
        "of the people concerned and their whānau.",
        "{ngo} advises the Meeting on kaupapa Māori approaches to safety planning. Where a victim or whānau is "
        "Māori, the Meeting must consider whether a kaupapa Māori service should lead engagement with the whānau.",
        "No Party may record information about whakapapa or whānau connections except where it is needed to "
        "carry out an agreed action, and no Party may use Māori data shared at the Meeting for analysis, research "
        "or reporting without first engaging with its Māori advisory team and with {ngo}.",
    ],
    "extra_security": [
        "Representatives must access the Family Safety System only through their own agency account.",
        "Meetings held in person must take place in a private room where the discussion cannot be overheard, and "
        "a Representative joining remotely must ensure that they cannot be overheard.",
    ],
}

YOP = {
    "meeting_purpose": [
        "The purpose of the Meeting is to reduce offending by children and young people in {area} by understanding "
        "the reasons for a young person's offending and agreeing support for the young person and their whānau "
        "that addresses those reasons.",
        "The Meeting considers children and young people referred to it by Police Youth Services or by Oranga "
        "Tamariki. It does not make any decision that is reserved to the Youth Court or to a family group "
        "conference.",
    ],
    "frequency": "The Meeting is held fortnightly at the Lead Agency's {area} site office.",
    "recital_aim": "fortnightly to plan support for children and young people who have offended or are at risk of "
                   "offending",
    "recital_people": "children and young people referred to the Meeting, their whānau, and the circumstances that "
                      "contribute to their offending",
    "purposes": [
        {"text": "To identify the factors contributing to a referred young person's offending, and any care or "
                 "protection needs they have",
         "auth": "Oranga Tamariki Act 1989, s 66C",
         "cond": "All Parties, as child welfare and protection agencies. The Representative must be satisfied that "
                 "the criteria in s 66C are met."},
        {"text": "To plan and coordinate education, health and whānau support that will reduce the likelihood of "
                 "the young person reoffending",
         "auth": "Oranga Tamariki Act 1989, s 66C; Health Information Privacy Code 2020, rule 11(1)(b) (health "
                 "information, with the authorisation of the young person or their representative)",
         "cond": "All Parties. Health New Zealand | Te Whatu Ora discloses health information only under one of "
                 "these authorities."},
        {"text": "To share information about an alleged offence where necessary to prevent or investigate offending",
         "auth": "Privacy Act 2020, IPP 11(1)(e)(i)",
         "cond": "Police only, where the disclosure is necessary to avoid prejudice to the maintenance of the law "
                 "by a public sector agency."},
    ],
    "info": [
        "the young person's name, date of birth and address, their iwi affiliation where the young person or "
        "whānau has shared it, and the contact details of parents, caregivers and whānau",
        "the alleged offending, including Police Youth Services referrals, alternative action plans and Youth "
        "Court involvement",
        "care and protection history and current Oranga Tamariki involvement",
        "school enrolment, attendance, stand-downs, suspensions and learning support needs",
        "health, mental health, alcohol and other drug needs, where relevant to the support to be planned",
        "support already provided by a Party and its outcome",
    ],
    "methods": [
        "the Lead Agency sends the list of young people to be discussed to Representatives by secure email no "
        "later than two Working Days before the Meeting",
        "Representatives share information verbally at the Meeting",
        "after the Meeting the Lead Agency sends the record of agreed actions by secure email only to the "
        "Representatives responsible for those actions",
    ],
    "transparency": [
        "Before a young person is discussed at the Meeting, the referring Party must tell the young person and "
        "their parent or caregiver, in a way the young person can understand, that the Meeting will be held, which "
        "Parties attend and why information about the young person will be shared, unless doing so would put the "
        "young person or another person at risk or would prejudice an investigation.",
        "Where a Party relies on section 66C of the Oranga Tamariki Act 1989, the Party must, where practicable "
        "and appropriate, seek and take into account the views of the young person before disclosing.",
    ],
    "tikanga": [
        "Many of the young people referred to the Meeting are Māori. The Parties acknowledge that information "
        "about them and their whānau is Māori data and may be taonga, and must handle it in a way that upholds "
        "the mana of the young person and their whānau.",
        "Where a whānau chooses, {ngo} leads engagement with the whānau and advises the Meeting on tikanga, "
        "including on how whakapapa and whānau information is discussed and recorded.",
        "No Party may use information about a young person's whakapapa, iwi or hapū shared at the Meeting except "
        "to provide the support agreed for that young person.",
    ],
    "extra_security": [
        "Attendance registers and action records are kept only in the Lead Agency's case management system.",
        "Where a Meeting is held at a venue outside a Party's premises, the Chair must confirm before it starts "
        "that the room is private.",
    ],
}

SA = {
    "meeting_purpose": [
        "The purpose of the Meeting is to help students in {area} who are not enrolled in school, or who are "
        "persistently absent, to return to regular attendance, by identifying what is preventing them from "
        "attending and coordinating support for them and their whānau.",
    ],
    "frequency": "The Meeting is held monthly during school terms at the Lead Agency's {area} office, and "
                 "Representatives may join by video conference.",
    "recital_aim": "monthly to support students who are not enrolled or are persistently absent to return to school",
    "recital_people": "students referred to the Meeting and their parents, caregivers and whānau",
    "purposes": [
        {"text": "To identify the barriers that prevent a referred student from enrolling in or regularly "
                 "attending school, and the support the student and their whānau need",
         "auth": "Privacy Act 2020, IPP 11(1)(d) (disclosure authorised by the student's parent or caregiver, and "
                 "by the student where the student is old enough to decide)",
         "cond": "All Parties. The attendance service provider must hold a signed authorisation form for the "
                 "student before the student is discussed."},
        {"text": "To respond to concerns about the safety or wellbeing of a referred student",
         "auth": "Oranga Tamariki Act 1989, s 66C",
         "cond": "Parties that are child welfare and protection agencies. A Representative who believes a student "
                 "has been or is likely to be harmed must also consider making a report of concern under s 15 of "
                 "that Act."},
    ],
    "info": [
        "the student's name, date of birth, school and year level, and the names and contact details of their "
        "parents or caregivers",
        "the student's enrolment history, attendance records and any stand-downs, suspensions or exclusions",
        "learning support and health needs that affect attendance, where the parent or caregiver has agreed",
        "whether the whānau receives income support or has applied for housing assistance, and any housing "
        "instability",
        "current Oranga Tamariki involvement with the student, where relevant to a Purpose",
        "support already offered to the student and whānau, and its outcome",
    ],
    "methods": [
        "the Lead Agency sends the list of students to be discussed to Representatives by secure email one week "
        "before the Meeting",
        "Representatives share information verbally at the Meeting",
        "the Lead Agency records agreed actions in its attendance case management system and tells each "
        "responsible Representative of their actions by secure email",
    ],
    "transparency": [
        "Before a student is referred, the attendance service provider must explain to the student's parent or "
        "caregiver (and to the student, in a way the student can understand) which Parties attend the Meeting, "
        "what information will be shared and why, and must record their authorisation on the form agreed by the "
        "Parties.",
        "A parent or caregiver may withdraw their authorisation at any time. Once it is withdrawn, the Parties "
        "must stop sharing information about the student for the Purpose in clause {sharing}.1(a).",
    ],
    "tikanga": [
        "The Parties recognise that whānau are central to a student's attendance and wellbeing, and that "
        "information about Māori students and their whānau may be taonga.",
        "{ngo} and the Māori Representatives advise the Meeting on engaging with whānau in a way that is "
        "consistent with tikanga, including meeting with whānau in a setting of their choosing.",
        "Information about Māori students shared at the Meeting must not be used to produce reports or analysis "
        "about Māori students as a group without first engaging with the Parties' Māori advisory teams.",
    ],
    "extra_security": [
        "Student lists must not be uploaded to any shared drive or collaboration space other than the Lead "
        "Agency's secure case management system.",
    ],
}

EA = {
    "meeting_purpose": [
        "The purpose of the Meeting is to keep older people in {area} safe from abuse and neglect by assessing "
        "referrals of suspected elder abuse and agreeing a coordinated and safe response that respects the older "
        "person's wishes.",
    ],
    "frequency": "The Meeting is held every three weeks, and the Lead Agency may convene it at short notice where "
                 "an older person is at immediate risk.",
    "recital_aim": "regularly to respond to suspected abuse and neglect of older people",
    "recital_people": "older people referred to the Meeting, their carers and their whānau",
    "purposes": [
        {"text": "To assess, and to coordinate a safe response to, suspected abuse or neglect of an older person "
                 "referred to the Meeting",
         "auth": "Privacy Act 2020, IPP 11(1)(d) and IPP 11(1)(f); Health Information Privacy Code 2020, rule "
                 "11(1)(b) and rule 11(2)(d)",
         "cond": "All Parties. Information is shared with the older person's authorisation wherever they are able "
                 "to give it. Without it, information is shared only where the Representative believes on "
                 "reasonable grounds that the disclosure is necessary to prevent or lessen a serious threat to the "
                 "life or health of the older person or another person."},
    ],
    "single_authority_text": "For the Purpose, the Parties rely on the Privacy Act 2020, IPP 11(1)(d) and IPP "
                             "11(1)(f), and, for health information, on the Health Information Privacy Code 2020, "
                             "rule 11(1)(b) and rule 11(2)(d).",
    "info": [
        "the older person's name, date of birth, address and living arrangements, and the names of their carers "
        "and whānau",
        "the nature of the suspected abuse or neglect, and who is alleged to be responsible",
        "the older person's capacity to make decisions, and any enduring power of attorney or personal order in "
        "place",
        "health and care needs and services received, where relevant to the older person's safety",
        "income support, and any concern about financial abuse, including how the older person's money is managed",
        "any Police involvement, including reports, safety orders or investigations relating to the older person",
    ],
    "methods": [
        "the referring Party sends a referral summary to the Lead Agency, which circulates the list of referrals "
        "to Representatives by secure email two Working Days before the Meeting",
        "Representatives share information verbally at the Meeting",
        "the Lead Agency records agreed actions and sends each action only to the Representative responsible for it",
    ],
    "transparency": [
        "The Party that receives a referral must, where it is safe to do so, discuss the referral with the older "
        "person, explain which Parties attend the Meeting and why, and seek the older person's agreement to their "
        "information being shared.",
        "Where an older person lacks capacity, the Party must involve their attorney or welfare guardian, unless "
        "that person is alleged to be responsible for the abuse or neglect.",
    ],
    "tikanga": [
        "The Parties recognise the mana of kaumātua and kuia, and that information about Māori older people and "
        "their whānau may be taonga.",
        "Where the older person is Māori, {ngo} must be offered the opportunity to lead engagement with the older "
        "person and their whānau in a way that is consistent with tikanga, including kanohi ki te kanohi.",
        "Decisions about sharing information within the older person's whānau must be made with the older person "
        "wherever possible.",
    ],
    "extra_security": [
        "Referral summaries must be stored only in the Lead Agency's clinical records system once the Meeting has "
        "considered them.",
    ],
}

MH = {
    "meeting_purpose": [
        "The purpose of the Meeting is to support people in {area} who are leaving acute mental health or "
        "addiction services, or who are in crisis, to live safely in the community, by coordinating health, "
        "housing, income and cultural support around them.",
    ],
    "frequency": "The Meeting is held weekly, in person at the Lead Agency's premises or by video conference.",
    "recital_aim": "weekly to coordinate support for people leaving acute mental health and addiction services",
    "recital_people": "tāngata whaiora referred to the Meeting and, where relevant, their whānau",
    "purposes": [
        {"text": "To plan the transition from acute mental health or addiction services into the community of a "
                 "person who has agreed to their information being shared",
         "auth": "Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(d)",
         "cond": "All Parties, with the person's authorisation, recorded by Health New Zealand | Te Whatu Ora "
                 "before the Meeting."},
        {"text": "To prevent or lessen a serious threat to the life or health of a person, or to public safety, "
                 "arising from a person's mental health or addiction crisis",
         "auth": "Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, IPP 11(1)(f)",
         "cond": "All Parties. The Representative must believe on reasonable grounds that the disclosure is "
                 "necessary to prevent or lessen the threat."},
        {"text": "To arrange the housing and income support needed for a person's discharge plan",
         "auth": "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)",
         "cond": "All Parties, with the person's authorisation."},
    ],
    "info": [
        "the person's name, date of birth, address and contact details, and the contact details of whānau or "
        "support people the person has named",
        "a summary of the person's mental health and addiction needs and current treatment, limited to what is "
        "needed for the Purpose",
        "current risk assessments and safety plans",
        "the person's housing situation, including any tenancy and its condition",
        "the person's income support status and any barriers to receiving it",
        "Police contact with the person during a crisis event",
        "cultural support the person has asked for",
    ],
    "methods": [
        "Health New Zealand | Te Whatu Ora circulates the list of people to be discussed to Representatives by "
        "secure email one Working Day before the Meeting",
        "Representatives share information verbally at the Meeting",
        "agreed actions are recorded in a restricted Microsoft Teams channel administered by the Lead Agency, to "
        "which only named Representatives have access",
    ],
    "transparency": [
        "Health New Zealand | Te Whatu Ora must explain the Meeting to each person before seeking their "
        "authorisation, including which Parties attend, what will be shared and how the person can withdraw "
        "their authorisation.",
        "Where information is shared without the person's authorisation because of a serious threat, the Party "
        "that disclosed it must tell the person as soon as it is safe and practicable to do so, unless telling "
        "them would itself create a serious threat.",
    ],
    "tikanga": [
        "The Parties recognise that hauora Māori includes taha wairua, taha hinengaro, taha tinana and taha "
        "whānau, and that information about Māori tāngata whaiora and their whānau may be taonga.",
        "{ngo} advises the Meeting on kaupapa Māori support and, where tāngata whaiora wish, leads engagement with "
        "them and their whānau in accordance with tikanga.",
        "No Party may use information about Māori tāngata whaiora for reporting or analysis without first "
        "engaging with its Māori advisory team.",
    ],
    "extra_security": [
        "Membership of the Microsoft Teams channel is reviewed by the Lead Agency each month, and a Representative "
        "who no longer attends is removed within two Working Days.",
    ],
}

HOUSING = {
    "meeting_purpose": [
        "The purpose of the Meeting is to help people in {area} who are homeless, or whose tenancies are at risk, "
        "to obtain and keep a home, by coordinating housing, health and income support around them.",
    ],
    "frequency": "The Meeting is held fortnightly at the Lead Agency's {area} service centre.",
    "recital_aim": "fortnightly to coordinate housing and support for people who are homeless or at risk of losing "
                   "their tenancies",
    "recital_people": "people referred to the Meeting and, where relevant, their whānau",
    "purposes": [
        {"text": "To assess the housing and support needs of a person who has agreed to take part in the programme",
         "auth": "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)",
         "cond": "All Parties, with the person's written authorisation, held by the referring Party."},
        {"text": "To match the person with a suitable home and with support services",
         "auth": "Privacy Act 2020, IPP 11(1)(d)",
         "cond": "All Parties, with the person's written authorisation."},
        {"text": "To sustain a tenancy at risk by coordinating support where rent arrears, property damage or "
                 "neighbourhood issues arise",
         "auth": "Privacy Act 2020, IPP 11(1)(d); and, for the landlord's tenancy information, Privacy Act 2020, "
                 "IPP 11(1)(a)",
         "cond": "All Parties. The landlord Party relies on IPP 11(1)(a) only for information it collected to "
                 "manage the tenancy."},
    ],
    "info": [
        "the person's name, date of birth and contact details",
        "the person's housing history, current housing situation and any tenancy issues",
        "income support, debt and rent arrears",
        "health, mental health and addiction needs that affect the person's ability to keep a tenancy, where the "
        "person has agreed",
        "the support services the person receives",
    ],
    "methods": [
        "the Lead Agency sends the list of people to be discussed to Representatives by secure email three Working "
        "Days before the Meeting",
        "Representatives share information verbally at the Meeting",
        "the Lead Agency records agreed actions in its case management system and sends each action by secure "
        "email to the Representative responsible for it",
    ],
    "transparency": [
        "The referring Party must explain the Meeting to each person before the person is referred, including "
        "which Parties attend, what will be shared and why, and how the person can withdraw their authorisation, "
        "and must give the person a copy of the authorisation form.",
        "Where a person withdraws their authorisation, the Parties must stop sharing information about them from "
        "that time.",
    ],
    "tikanga": [
        "The Parties recognise that whenua and kāinga are central to Māori wellbeing, and that information about "
        "Māori whānau and their housing may be taonga.",
        "{ngo} advises the Meeting on kaupapa Māori approaches to housing support and, where a whānau wishes, "
        "leads engagement with them in accordance with tikanga.",
        "Information about whakapapa connections to land or to papakāinga must not be recorded by a Party unless "
        "it is needed for an agreed action.",
    ],
    "extra_security": [
        "Case lists must not be printed at a Party's premises unless there is no other way for the Representative "
        "to take part in the Meeting.",
    ],
}

REINT = {
    "meeting_purpose": [
        "The purpose of the Meeting is to support people being released from prison to {area} to reintegrate "
        "safely into the community, by planning their accommodation, income, health and cultural support before "
        "release and managing risks to their safety and the safety of others.",
    ],
    "frequency": "The Meeting is held fortnightly, usually by video conference from the Lead Agency's {area} "
                 "community corrections office.",
    "recital_aim": "fortnightly to plan the reintegration of people being released from prison",
    "recital_people": "people who are to be released from prison, and their whānau",
    "purposes": [
        {"text": "To plan accommodation, income, health and cultural support for a person before their release, "
                 "where the person has agreed to their information being shared",
         "auth": "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)",
         "cond": "All Parties, with the person's written authorisation obtained by Ara Poutama Aotearoa."},
        {"text": "To manage serious risks to the safety of the person or of others on the person's release",
         "auth": "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)",
         "cond": "All Parties, where the Representative believes on reasonable grounds that the disclosure is "
                 "necessary to prevent or lessen a serious threat."},
        {"text": "To support the person to comply with their release conditions and to prevent reoffending",
         "auth": "Privacy Act 2020, IPP 11(1)(e)(i)",
         "cond": "Ara Poutama Aotearoa only, where the disclosure is necessary to avoid prejudice to the "
                 "maintenance of the law by a public sector agency."},
    ],
    "info": [
        "the person's name, date of birth and prison reference number",
        "the person's expected release date and release conditions",
        "offending history, where relevant to risks to the person or others",
        "the proposed accommodation plan and any housing application",
        "income support arrangements and any barriers to them",
        "health, mental health and addiction needs, where the person has agreed",
        "whānau, hapū and iwi supports the person has identified",
    ],
    "methods": [
        "the Lead Agency sends the list of people to be discussed to Representatives by secure email five Working "
        "Days before the Meeting",
        "Representatives share information verbally at the Meeting",
        "the Lead Agency sends the record of agreed actions after the Meeting by secure email to the "
        "Representatives responsible for them",
    ],
    "transparency": [
        "Before a person is referred, Ara Poutama Aotearoa must explain the Meeting to the person, including which "
        "Parties attend, what information will be shared and why, and must obtain the person's written "
        "authorisation for the sharing in clause {sharing}.1(a).",
        "Where information is shared without the person's authorisation to manage a serious risk, the Party that "
        "disclosed it must tell the person as soon as it is safe and practicable to do so.",
    ],
    "tikanga": [
        "The Parties recognise that reconnection with whānau, hapū and iwi is central to the reintegration of Māori "
        "released from prison, and that information about them and their whānau may be taonga.",
        "{ngo} advises the Meeting on tikanga and, where the person wishes, arranges whānau hui and support to "
        "reconnect with their marae.",
        "Information about a person's whakapapa, hapū or iwi must be shared with those groups only with the "
        "person's agreement.",
    ],
    "extra_security": [
        "Release lists must not be forwarded to any person who is not a Representative.",
    ],
}

LEGACY = {
    "meeting_purpose": [
        "The purpose of the Meeting is to reduce repeat family violence in {area} by sharing information about "
        "family violence incidents attended by Police and agreeing an interagency response for each family.",
    ],
    "frequency": "The Meeting is held weekly at the Lead Agency's {area} district headquarters.",
    "recital_aim": "weekly to agree an interagency response to family violence incidents",
    "recital_people": "victims and perpetrators of family violence and their children",
    "purposes": [
        {"text": "To assess the risk of further family violence to victims and their children",
         "auth": "Privacy Act 1993, section 6, principle 11(e) and (f)",
         "cond": "All Parties. Principle 11(f) may be relied on only where the Representative believes on "
                 "reasonable grounds that disclosure is necessary to prevent or lessen a serious threat."},
        {"text": "To plan interventions for children living in households where family violence has occurred",
         "auth": "Children, Young Persons, and Their Families Act 1989, section 15; Privacy Act 1993, principle 11(f)",
         "cond": "All Parties."},
        {"text": "To coordinate health services for victims and perpetrators",
         "auth": "Health Information Privacy Code 1994, rule 11(2)(d)",
         "cond": "The DHB only."},
    ],
    "info": [
        "the Police family violence incident report (POL400) and the names, dates of birth and addresses of the "
        "people involved",
        "protection orders and property orders made under the Domestic Violence Act 1995",
        "previous family violence incidents and relevant convictions",
        "current involvement of Oranga Tamariki with any child in the household",
        "health services received by the victim or perpetrator, where relevant to risk",
        "sentence and supervision conditions of a person managed by the Department of Corrections",
    ],
    "methods": [
        "the Lead Agency emails the weekly list of incidents to Representatives by SEEMail two days before the "
        "Meeting",
        "Representatives share information verbally at the Meeting",
        "the Lead Agency records agreed actions in its case notes",
    ],
    "transparency": [],
    "tikanga": [],
    "extra_security": [
        "Meetings are held in a closed room at the Lead Agency's premises.",
    ],
}

BASES = {"FV": FV, "YOP": YOP, "SA": SA, "EA": EA, "MH": MH, "HOUSING": HOUSING, "REINT": REINT,
         "LEGACY": LEGACY}

# ---------------------------------------------------------------------------
# parties
# ---------------------------------------------------------------------------


def police(sig, rm, wit=None):
    return {"name": "New Zealand Police", "caps": "NEW ZEALAND POLICE", "short": "Police",
            "through": "the Commissioner of Police", "sig": sig, "rm": rm, "wit": wit}


def ot(sig, rm, wit=None):
    return {"name": "Oranga Tamariki—Ministry for Children", "caps": "ORANGA TAMARIKI—MINISTRY FOR CHILDREN",
            "short": "Oranga Tamariki", "through": "the Chief Executive of Oranga Tamariki—Ministry for Children",
            "sig": sig, "rm": rm, "wit": wit}


def msd(sig, rm, wit=None):
    return {"name": "Ministry of Social Development", "caps": "MINISTRY OF SOCIAL DEVELOPMENT", "short": "MSD",
            "through": "the Chief Executive of the Ministry of Social Development", "sig": sig, "rm": rm, "wit": wit}


def moe(sig, rm, wit=None):
    return {"name": "Ministry of Education", "caps": "MINISTRY OF EDUCATION", "short": "the Ministry",
            "through": "the Secretary for Education", "sig": sig, "rm": rm, "wit": wit}


def hnz(sig, rm, wit=None):
    return {"name": "Health New Zealand | Te Whatu Ora", "caps": "HEALTH NEW ZEALAND | TE WHATU ORA",
            "short": "Health NZ", "desc": ", a Crown entity established by the Pae Ora (Healthy Futures) Act 2022",
            "sig": sig, "rm": rm, "wit": wit}


def corrections(sig, rm, wit=None):
    return {"name": "Ara Poutama Aotearoa – Department of Corrections",
            "caps": "ARA POUTAMA AOTEAROA – DEPARTMENT OF CORRECTIONS", "short": "Ara Poutama Aotearoa",
            "through": "the Chief Executive of the Department of Corrections", "sig": sig, "rm": rm, "wit": wit}


def kainga(sig, rm, wit=None):
    return {"name": "Kāinga Ora – Homes and Communities", "caps": "KĀINGA ORA – HOMES AND COMMUNITIES",
            "short": "Kāinga Ora",
            "desc": ", a Crown entity established by the Kāinga Ora–Homes and Communities Act 2019",
            "sig": sig, "rm": rm, "wit": wit}


def ngo(name, short, sig, rm, wit=None, desc=", a charitable trust registered under the Charities Act 2005"):
    return {"name": name, "caps": name.upper(), "short": short, "desc": desc, "sig": sig, "rm": rm, "wit": wit}


INC_SOC = ", an incorporated society registered under the Incorporated Societies Act 2022"

ALL_CONTROLS = {k: None for k in REQUIREMENTS + RESTRICTIONS}

# ---------------------------------------------------------------------------
# the documents
# ---------------------------------------------------------------------------

DOCS = []

# ---- clean-01: family violence safety table --------------------------------
DOCS.append({
    "file": "clean-01-fv-safety-table-kirikiriroa.docx", "kind": "clean", "base": "FV",
    "meeting": "Kirikiriroa Family Violence Safety Table", "area": "Kirikiriroa Hamilton",
    "ngo": "Te Whare Tiaki Whānau Trust", "var": 0, "headings": "custom", "numbering": "auto",
    "exec_layout": "table", "exec_position": "before", "witness": "filled", "breach_mode": "schedule",
    "classification": "SENSITIVE", "marking": "SENSITIVE",
    "class_extra": "Relevant Information about a child, or about a person's health, must be discussed only with "
                   "the Representatives who need it for an agreed action.",
    "training_extra": " (including Family Safety System user training)",
    "parties": [
        police(("Aroha Ngata", "District Commander, Waikato District"),
               ("Tom Whitaker", "Senior Sergeant, Family Harm Coordinator", "tom.whitaker@police.govt.nz",
                "07 858 6201"), ("Sarah Donnelly", "Executive Assistant", "Hamilton Central Police Station, Bryce Street, Hamilton")),
        ot(("Hemi Tautahi", "Regional Manager, Waikato"),
           ("Grace Ellison", "Site Manager, Hamilton West", "grace.ellison@ot.govt.nz", "07 957 3300"),
           ("Liam Carter", "Senior Advisor", "Hamilton")),
        msd(("Lesieli Fifita", "Regional Commissioner, Waikato"),
            ("Daniel Kerr", "Regional Partnerships Manager", "daniel.kerr@msd.govt.nz", "07 850 5125"),
            ("Ana Tuilagi", "Business Support Advisor", "Hamilton")),
        hnz(("Dr Priya Raman", "Group Manager, Mental Health and Addiction Services, Waikato"),
            ("Kiri Mason", "Family Violence Intervention Coordinator", "kiri.mason@tewhatuora.govt.nz",
             "07 839 8899"), ("Jonathan Wu", "Solicitor", "Hamilton")),
        corrections(("Craig Matthews", "District Manager, Community Corrections, Waikato"),
                    ("Leah Broughton", "Service Manager, Hamilton Community Corrections",
                     "leah.broughton@corrections.govt.nz", "07 834 6600"), ("Peter Hona", "Probation Officer", "Hamilton")),
        ngo("Te Whare Tiaki Whānau Trust", "the Trust", ("Moana Herewini", "Pou Whakahaere – Chief Executive"),
            ("Rangi Paewai", "Kaiārahi Whānau – Team Leader", "rangi.paewai@tiakiwhanau.org.nz", "027 481 2296"),
            ("Huia Tamihana", "Kaimahi", "Ngāruawāhia")),
    ],
    "lead": 0,
    "breach": {"name": "Rebecca Lowe", "role": "District Privacy Officer, Waikato District",
               "agency": "New Zealand Police", "email": "waikato.privacy@police.govt.nz", "phone": "07 858 6299"},
    "chair": ("Mark Tainui", "Inspector, Family Harm Manager, Waikato District", "mark.tainui@police.govt.nz",
              "07 858 6210"),
    "review": ["The Lead Agency must initiate a review of this Deed within 12 months after the date of this Deed, "
               "and after each review at intervals of not more than 12 months.",
               "New Zealand Police, as Lead Agency, is responsible for initiating each review."],
    "made_on": "2 March 2026", "cover_date": "Dated 2 March 2026", "created": (2026, 3, 2, 9, 0, 0),
    "ref": "ISP-2026-0117",
    "expect": [], "note": "Clean SENSITIVE family violence deed; custom outline-level heading style with Word "
                          "multilevel numbering, controls and breach contact held in Schedules 2 and 3.",
})

# ---- clean-02: youth offending panel ----------------------------------------
DOCS.append({
    "file": "clean-02-youth-offending-panel-whangarei.docx", "kind": "clean", "base": "YOP",
    "meeting": "Whangārei Youth Offending Panel", "area": "Whangārei", "ngo": "Te Puna Rangatahi o Whangārei Trust",
    "var": 1, "headings": "builtin", "numbering": "manual", "exec_layout": "para", "exec_position": "after",
    "crown_form": True, "witness": "blank", "controls_in_clause": True, "breach_mode": "inline",
    "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "parties": [
        ot(("Waimarie Kingi", "Regional Manager, Te Tai Tokerau"),
           ("Stephen Oakley", "Youth Justice Manager, Whangārei", "stephen.oakley@ot.govt.nz", "09 470 3200")),
        police(("Tipene Rāwiri", "Area Commander, Whangārei Kaipara"),
               ("Claire Hobson", "Sergeant, Youth Services Supervisor", "claire.hobson@police.govt.nz", "09 430 4500")),
        moe(("Jason Pōtae", "Director of Education, Te Tai Tokerau"),
            ("Fiona McLeod", "Learning Support Manager", "fiona.mcleod@education.govt.nz", "09 436 8900")),
        hnz(("Dr Ngaire Whaanga", "Clinical Director, Infant, Child and Adolescent Mental Health, Northland"),
            ("Brent Silva", "Youth Forensic Liaison Clinician", "brent.silva@tewhatuora.govt.nz", "09 430 4100")),
        ngo("Te Puna Rangatahi o Whangārei Trust", "Te Puna Rangatahi",
            ("Hōne Tane", "Kaiwhakahaere Matua – General Manager"),
            ("Mereana Toi", "Rangatahi Services Lead", "mereana.toi@tepunarangatahi.org.nz", "021 774 302")),
    ],
    "lead": 0,
    "breach": {"name": "Helen Marsh", "role": "Senior Privacy Advisor", "agency": "Oranga Tamariki—Ministry for Children",
               "email": "privacy@ot.govt.nz", "phone": "09 470 3299"},
    "chair": ("Stephen Oakley", "Youth Justice Manager, Whangārei", "stephen.oakley@ot.govt.nz", "09 470 3200"),
    "review": ["This Deed must be reviewed every two (2) years from the date of this Deed.",
               "Oranga Tamariki, as Lead Agency, is responsible for initiating each review."],
    "made_on": "17 June 2025", "cover_date": "Dated 17 June 2025", "created": (2025, 6, 17, 10, 30, 0),
    "ref": "ISP-2025-0342",
    "expect": [], "note": "Clean youth offending deed in Crown execution form (His Majesty the King acting by and "
                          "through chief executives); Heading 1 headings, typed numbering, six controls in clause 11, "
                          "breach contact written in clause 14.2.",
})

# ---- clean-03: school attendance -----------------------------------------------
DOCS.append({
    "file": "clean-03-school-attendance-otautahi.docx", "kind": "clean", "base": "SA",
    "meeting": "Ōtautahi Attendance Support Hui", "area": "Ōtautahi Christchurch",
    "ngo": "Waitaha Attendance Services Trust", "var": 2, "headings": "plain", "numbering": "manual",
    "exec_layout": "table", "exec_position": "after", "witness": "filled", "breach_mode": "inline",
    "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "parties": [
        moe(("Rachel Gibbons", "Director of Education, Canterbury and Chatham Islands"),
            ("Simon Hartley", "Senior Advisor, Attendance", "simon.hartley@education.govt.nz", "03 378 7300"),
            ("Megan Cole", "Legal Advisor", "Christchurch")),
        ot(("Anaru Wēpiha", "Regional Manager, Canterbury"),
           ("Nicole Baxter", "Site Manager, Christchurch East", "nicole.baxter@ot.govt.nz", "03 359 5700"),
           ("Oliver Grant", "Practice Leader", "Christchurch")),
        msd(("Simone Fa'amausili", "Regional Commissioner, Canterbury"),
            ("Jared Pohio", "Regional Partnerships Manager", "jared.pohio@msd.govt.nz", "03 363 1900"),
            ("Tina Lemalu", "Executive Assistant", "Christchurch")),
        kainga(("Marcus Lyall", "Regional Director, Canterbury"),
               ("Emma Thorne", "Tenancy Services Manager", "emma.thorne@kaingaora.govt.nz", "03 379 5400"),
               ("Ben Osborne", "Solicitor", "Christchurch")),
        ngo("Waitaha Attendance Services Trust", "the Attendance Service", ("Tania Rewi", "Chief Executive"),
            ("Haare Tipa", "Attendance Services Manager", "haare.tipa@waitahaattendance.org.nz", "022 315 8840"),
            ("Robyn Hart", "Office Manager", "Christchurch")),
    ],
    "lead": 0,
    "breach": {"name": "Anjali Mehta", "role": "Privacy Officer", "agency": "Ministry of Education",
               "email": "privacy.officer@education.govt.nz", "phone": "04 463 8000"},
    "chair": ("Simon Hartley", "Senior Advisor, Attendance", "simon.hartley@education.govt.nz", "03 378 7300"),
    "review": ["The Parties must review this Deed annually.",
               "The Ministry of Education is responsible for initiating each annual review."],
    "made_on": "9 February 2026", "cover_date": "Dated 9 February 2026", "created": (2026, 2, 9, 8, 45, 0),
    "ref": "ISP-2026-0044",
    "expect": [], "note": "Clean two-purpose school attendance deed with plain bold typed headings, 'annually' "
                          "review owned by the Ministry of Education, execution blocks in tables after the schedules.",
})

# ---- clean-04: elder abuse (single purpose) -------------------------------------
DOCS.append({
    "file": "clean-04-elder-abuse-hawkes-bay.docx", "kind": "clean", "base": "EA",
    "meeting": "Te Matau-a-Māui Hawke's Bay Elder Abuse Response Meeting", "area": "Hawke's Bay",
    "ngo": "Kaumātua Kaitiaki Services Trust", "var": 0, "headings": "custom", "caps_style": True,
    "numbering": "manual", "exec_layout": "para", "exec_position": "before", "witness": "blank",
    "breach_mode": "schedule", "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "parties": [
        hnz(("Dr Elena Petrova", "Group Manager, Health of Older People, Hawke's Bay"),
            ("Jo Whitcombe", "Elder Abuse Response Coordinator", "jo.whitcombe@tewhatuora.govt.nz", "06 878 8110")),
        police(("Jeanette Park", "Area Commander, Hastings"),
               ("Aaron Tomoana", "Senior Constable, Family Harm Team", "aaron.tomoana@police.govt.nz", "06 873 0500")),
        msd(("Rawiri Kupa", "Regional Commissioner, East Coast"),
            ("Susan Hemi", "Senior Case Manager, Seniors", "susan.hemi@msd.govt.nz", "06 833 6100")),
        ngo("Kaumātua Kaitiaki Services Trust", "Kaumātua Kaitiaki", ("Mataroa Kemp", "Chief Executive"),
            ("Whaea Pare Tūhoe", "Kaumātua Services Lead", "pare.tuhoe@kaumatuakaitiaki.org.nz", "027 644 1190")),
        ngo("Heretaunga Older Persons' Advocacy Service Incorporated", "the Advocacy Service",
            ("Judith Ormsby", "Service Manager"),
            ("Colin Reeve", "Elder Abuse Advocate", "colin.reeve@hopas.org.nz", "06 876 2240"), desc=INC_SOC),
    ],
    "lead": 0,
    "breach": {"name": "Kelly Andersen", "role": "Privacy Officer, Hawke's Bay",
               "agency": "Health New Zealand | Te Whatu Ora", "email": "hb.privacy@tewhatuora.govt.nz",
               "phone": "06 878 8109"},
    "chair": ("Jo Whitcombe", "Elder Abuse Response Coordinator", "jo.whitcombe@tewhatuora.govt.nz", "06 878 8110"),
    "review": ["This Deed must be reviewed at intervals of not more than eighteen (18) months from the date of this "
               "Deed.",
               "The Lead Agency, Health New Zealand | Te Whatu Ora, is responsible for initiating each review."],
    "made_on": "5 May 2026", "cover_date": "Dated 5 May 2026", "created": (2026, 5, 5, 11, 0, 0),
    "ref": "ISP-2026-0209",
    "expect": [], "note": "Clean single-purpose elder abuse deed (one purpose, several authorities named in clause 6); "
                          "headings are typed in sentence case and shown in capitals by the custom style's caps "
                          "formatting; 18-month review.",
})

# ---- clean-05: mental health, content controls -----------------------------------
CLS_ITEMS = ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"]
DOCS.append({
    "file": "clean-05-mental-health-whanganui-content-controls.docx", "kind": "clean", "base": "MH",
    "meeting": "Whanganui Mental Health and Addiction Interagency Hui", "area": "Whanganui",
    "ngo": "Te Oranga Hinengaro Kaupapa Māori Services Trust", "var": 2, "headings": "builtin",
    "numbering": "auto", "exec_layout": "table", "exec_position": "before", "witness": "filled",
    "controls_in_clause": True, "breach_mode": "sdt", "no_breach_row": True,
    "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "classification_sentence": "Relevant Information shared under this Deed is classified {{cls_dd}}.",
    "inline": {
        "cls_dd": lambda: sdt_dropdown("Security classification", "classification", CLS_ITEMS, "IN-CONFIDENCE"),
        "made_dd": lambda: sdt_date("Date of Deed", "deed_date", "2026-08-12", "12 August 2026"),
        "review_dd": lambda: sdt_dropdown("Review period", "review_period",
                                          ["6 months", "12 months", "18 months", "24 months"], "24 months"),
        "breach_contact": lambda: sdt_text(
            "Breach contact", "breach_contact",
            "Tama Rēweti, Privacy and Information Governance Lead, Health New Zealand | Te Whatu Ora "
            "(privacy.whanganui@tewhatuora.govt.nz; 06 348 1234)"),
    },
    "parties": [
        hnz(("Dr Aperahama Tūroa", "Group Manager, Mental Health and Addiction Services, Whanganui"),
            ("Nadine Rowe", "Acute Care Transition Coordinator", "nadine.rowe@tewhatuora.govt.nz", "06 348 1260"),
            ("Carl Jansen", "Legal Counsel", "Whanganui")),
        police(("Nicola Brandt", "Inspector, Area Commander, Whanganui"),
               ("Matiu Hawira", "Sergeant, Mental Health Liaison", "matiu.hawira@police.govt.nz", "06 349 0600"),
               ("Ruth Oliver", "Executive Assistant", "Whanganui")),
        msd(("Teuila Matagi", "Regional Commissioner, Central"),
            ("Andrew Kemp", "Work Broker Manager", "andrew.kemp@msd.govt.nz", "06 349 0300"),
            ("Lupe Vaifale", "Team Leader", "Palmerston North")),
        kainga(("Graham Pettigrew", "Regional Manager, Central"),
               ("Sina Leota", "Tenancy Manager, Whanganui", "sina.leota@kaingaora.govt.nz", "06 349 2100"),
               ("Mark Fisher", "Area Manager", "Whanganui")),
        ngo("Te Oranga Hinengaro Kaupapa Māori Services Trust", "Te Oranga Hinengaro",
            ("Wikitoria Marino", "Kaiwhakahaere – Chief Executive"),
            ("Tamati Rangiwhetu", "Kaiārahi – Peer Support Lead", "tamati@teorangahinengaro.org.nz", "027 313 9082"),
            ("Hinemoa Potaka", "Kaimahi", "Whanganui")),
    ],
    "lead": 0,
    "breach": {"name": "Tama Rēweti", "role": "Privacy and Information Governance Lead",
               "agency": "Health New Zealand | Te Whatu Ora", "email": "privacy.whanganui@tewhatuora.govt.nz",
               "phone": "06 348 1234"},
    "chair": ("Nadine Rowe", "Acute Care Transition Coordinator", "nadine.rowe@tewhatuora.govt.nz", "06 348 1260"),
    "review": ["The Lead Agency must initiate a review of this Deed at intervals of not more than {{review_dd}} "
               "from the date of this Deed.",
               "Health New Zealand | Te Whatu Ora, as Lead Agency, is responsible for initiating each review."],
    "made_on": "{{made_dd}}", "cover_date": "Dated {{made_dd}}", "created": (2026, 8, 12, 9, 15, 0),
    "ref": "ISP-2026-0388",
    "expect": [], "note": "Clean mental health deed whose review period (drop-down showing 24 months), deed date "
                          "(date picker) and breach contact (plain-text control in clause 14.2) are only inside filled "
                          "content controls; the body classification is a drop-down showing IN-CONFIDENCE (header "
                          "marked to match).",
})

# ---- defect ISP101: conflicts of interest clause missing, stale TOC -------------
d1_parties = [
    corrections(("Shona Muir", "Regional Commissioner, Southern Region"),
                ("Kieran Doyle", "Reintegration Manager, Christchurch", "kieran.doyle@corrections.govt.nz",
                 "03 353 3812"), ("Fiona Dwyer", "Executive Assistant", "Christchurch")),
    kainga(("Derek Fong", "Regional Director, Canterbury"),
           ("Lucy Brennan", "Housing Placement Manager", "lucy.brennan@kaingaora.govt.nz", "03 379 5420"),
           ("Harry Cho", "Solicitor", "Christchurch")),
    msd(("Tevita Lolohea", "Regional Commissioner, Canterbury"),
        ("Renee Parata", "Reintegration Case Manager", "renee.parata@msd.govt.nz", "03 363 1955"),
        ("Sam Reid", "Service Centre Manager", "Christchurch")),
    hnz(("Dr Catherine Bligh", "Director of Area Mental Health Services, Canterbury"),
        ("Mike Ashby", "Forensic Liaison Nurse", "mike.ashby@tewhatuora.govt.nz", "03 364 0640"),
        ("Priya Nair", "Legal Advisor", "Christchurch")),
    ngo("Te Ara Hou Reintegration Trust", "Te Ara Hou", ("Wiremu Tainui", "Chief Executive"),
        ("Kahu Pōhatu", "Whānau Reintegration Lead", "kahu@tearahou.org.nz", "021 558 410"),
        ("Marie Evans", "Administrator", "Christchurch")),
]
D1_TOC = [("1.", "DEFINITIONS AND INTERPRETATION", 3)] + [
    ("%d." % (i + 2), HEADS[k][1], 4 + i // 2) for i, k in enumerate(ORDER)] + [
    ("", "EXECUTED AS A DEED", 14), ("", "SCHEDULE 1 – PURPOSES AND LEGAL AUTHORITIES", 16),
    ("", "SCHEDULE 2 – SECURITY REQUIREMENTS", 17), ("", "SCHEDULE 3 – CONTACTS", 18)]
DOCS.append({
    "file": "defect-isp101-reintegration-no-conflicts-clause.docx", "kind": "defect", "base": "REINT",
    "meeting": "Ōtautahi Reintegration Case Panel", "area": "Ōtautahi Christchurch", "ngo": "Te Ara Hou Reintegration Trust",
    "var": 1, "headings": "custom", "numbering": "auto", "exec_layout": "table", "exec_position": "before",
    "witness": "filled", "breach_mode": "schedule", "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "omit": ["conflicts"], "toc": D1_TOC,
    "parties": d1_parties, "lead": 0,
    "breach": {"name": "Gemma Rutherford", "role": "Privacy Advisor, Southern Region",
               "agency": "Ara Poutama Aotearoa – Department of Corrections",
               "email": "privacy.southern@corrections.govt.nz", "phone": "03 353 3800"},
    "chair": ("Kieran Doyle", "Reintegration Manager, Christchurch", "kieran.doyle@corrections.govt.nz", "03 353 3812"),
    "review": ["This Deed must be reviewed every 12 months from the date of this Deed.",
               "Ara Poutama Aotearoa, as Lead Agency, is responsible for initiating each review."],
    "made_on": "20 April 2026", "cover_date": "Dated 20 April 2026", "created": (2026, 4, 20, 14, 0, 0),
    "ref": "ISP-2026-0173",
    "expect": [{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}}],
    "note": "Reintegration deed with no conflicts of interest clause in the body; the stale Word table of contents "
            "still lists 'MANAGING CONFLICTS OF INTEREST', which must not count as the section.",
})

# ---- defect ISP301: purpose (d) has no row in Schedule 1 -------------------------
DOCS.append({
    "file": "defect-isp301-housing-first-subsidy-purpose.docx", "kind": "defect", "base": "HOUSING",
    "meeting": "Porirua Housing First Coordination Meeting", "area": "Porirua", "ngo": "Te Whare Manaaki Porirua Trust",
    "var": 0, "headings": "plain", "numbering": "manual", "exec_layout": "para", "exec_position": "after",
    "witness": "blank", "breach_mode": "inline", "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "extra_purposes": [{"text": "To verify a person's eligibility for an income-related rent subsidy and their "
                                "entitlement to the accommodation supplement"}],
    "parties": [
        msd(("Hineraumoa Parata", "Regional Commissioner, Wellington"),
            ("Gareth Wills", "Housing Services Manager, Porirua", "gareth.wills@msd.govt.nz", "04 237 2900")),
        kainga(("Paul Tremain", "Regional Director, Wellington"),
               ("Leilani Sapolu", "Area Manager, Porirua", "leilani.sapolu@kaingaora.govt.nz", "04 237 2710")),
        hnz(("Dr Faisal Rahimi", "Clinical Lead, Community Mental Health, Capital, Coast and Hutt Valley"),
            ("Erin Doyle", "Community Mental Health Team Leader", "erin.doyle@tewhatuora.govt.nz", "04 237 0108")),
        ngo("Te Whare Manaaki Porirua Trust", "Te Whare Manaaki", ("Ngaio Rikihana", "Chief Executive"),
            ("Tūī Horomona", "Housing First Team Leader", "tui@tewharemanaaki.org.nz", "027 226 5013")),
    ],
    "lead": 0,
    "breach": {"name": "Victoria Saunders", "role": "Privacy Officer", "agency": "Ministry of Social Development",
               "email": "privacy@msd.govt.nz", "phone": "04 916 3300"},
    "chair": ("Gareth Wills", "Housing Services Manager, Porirua", "gareth.wills@msd.govt.nz", "04 237 2900"),
    "review": ["This Deed must be reviewed every 24 months from the date of this Deed.",
               "The Ministry of Social Development is responsible for initiating each review."],
    "made_on": "3 December 2025", "cover_date": "Dated 3 December 2025", "created": (2025, 12, 3, 10, 0, 0),
    "ref": "ISP-2025-0511",
    "expect": [{"rule": "ISP301", "data_contains": {"purpose": "income-related rent subsidy"}}],
    "note": "Housing deed whose clause 4.1 lists four purposes but whose Schedule 1 table gives authorities only "
            "for items (a) to (c): purpose (d), verifying income-related rent subsidy eligibility, has none.",
})

# ---- defect ISP703: kaupapa Māori provider listed but no execution block -----------
DOCS.append({
    "file": "defect-isp703-fv-otepoti-provider-unsigned.docx", "kind": "defect", "base": "FV",
    "meeting": "Ōtepoti Family Violence Safety Table", "area": "Ōtepoti Dunedin", "ngo": "Te Awa Whānau Tiaki Trust",
    "var": 2, "headings": "builtin", "numbering": "manual", "exec_layout": "table", "exec_position": "before",
    "crown_form": True, "witness": "filled", "breach_mode": "schedule",
    "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "exec_omit": ["Te Awa Whānau Tiaki Trust"],
    "parties": [
        police(("Gareth Lomu", "District Commander, Southern District"),
               ("Alison Reid", "Senior Sergeant, Family Harm Coordinator", "alison.reid@police.govt.nz", "03 471 4810"),
               ("Kate Munro", "Executive Assistant", "Dunedin")),
        ot(("Rebekah Dunn", "Regional Manager, Otago"),
           ("Tom Fairbairn", "Site Manager, Dunedin", "tom.fairbairn@ot.govt.nz", "03 474 9400"),
           ("Joanna Keys", "Senior Advisor", "Dunedin")),
        msd(("Joe Pōhatu", "Regional Commissioner, Southern"),
            ("Carol Meikle", "Regional Partnerships Manager", "carol.meikle@msd.govt.nz", "03 471 3700"),
            ("Vaiola Fonua", "Team Leader", "Dunedin")),
        hnz(("Dr Hamish Kerr", "Group Manager, Mental Health and Addictions, Southern"),
            ("Anna Liu", "Family Violence Intervention Coordinator", "anna.liu@tewhatuora.govt.nz", "03 474 0999"),
            ("Daniel Moss", "Legal Counsel", "Dunedin")),
        corrections(("Alana Sutherland", "District Manager, Community Corrections, Otago and Southland"),
                    ("Rob Keenan", "Service Manager, Dunedin", "rob.keenan@corrections.govt.nz", "03 477 2100"),
                    ("Nina Bradley", "Probation Officer", "Dunedin")),
        ngo("Te Awa Whānau Tiaki Trust", "Te Awa", ("Rāhera Paki", "Tumuaki – Chief Executive"),
            ("Ngahuia Ellison", "Kaiārahi Whānau", "ngahuia@teawa.org.nz", "027 390 4471"),
            ("Tia Karetai", "Kaimahi", "Dunedin")),
    ],
    "lead": 0,
    "breach": {"name": "Ian Cowie", "role": "District Privacy Officer, Southern District", "agency": "New Zealand Police",
               "email": "southern.privacy@police.govt.nz", "phone": "03 471 4800"},
    "chair": ("Alison Reid", "Senior Sergeant, Family Harm Coordinator", "alison.reid@police.govt.nz", "03 471 4810"),
    "review": ["This Deed must be reviewed every 24 months from the date of this Deed.",
               "New Zealand Police, as Lead Agency, is responsible for initiating each review."],
    "made_on": "28 January 2026", "cover_date": "Dated 28 January 2026", "created": (2026, 1, 28, 9, 30, 0),
    "ref": "ISP-2026-0021",
    "expect": [{"rule": "ISP703", "data": {"agency": "Te Awa Whānau Tiaki Trust"}}],
    "note": "Family violence deed in Crown execution form: Te Awa Whānau Tiaki Trust is a Party and attending agency "
            "(PARTIES block, clause 2.1(f)) but 'EXECUTED AS A DEED' has blocks only for the five government parties.",
})

# ---- defect ISP702: MoE block has no signatory name --------------------------------
DOCS.append({
    "file": "defect-isp702-youth-panel-manukau-no-signatory-name.docx", "kind": "defect", "base": "YOP",
    "meeting": "Manukau Youth Offending Panel", "area": "Manukau", "ngo": "Tūhono Rangatahi Services Trust",
    "var": 0, "headings": "custom", "numbering": "manual", "exec_layout": "para", "exec_position": "after",
    "witness": "blank", "breach_mode": "schedule", "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "parties": [
        ot(("Losa Ioane", "Regional Manager, Counties Manukau"),
           ("Vikram Singh", "Youth Justice Manager, Manukau", "vikram.singh@ot.govt.nz", "09 265 3210")),
        police(("Rajesh Prasad", "Inspector, Area Commander, Counties Manukau East"),
               ("Sione Fifita", "Sergeant, Youth Services", "sione.fifita@police.govt.nz", "09 261 1400")),
        moe((None, "Director of Education, Auckland"),
            ("Helen Tse", "Senior Advisor, Learning Support", "helen.tse@education.govt.nz", "09 632 9400")),
        hnz(("Dr Marama Tauroa", "Clinical Director, Youth Health, Counties Manukau"),
            ("Jade Wilson", "Youth Forensic Clinician", "jade.wilson@tewhatuora.govt.nz", "09 276 0044")),
        ngo("Tūhono Rangatahi Services Trust", "Tūhono Rangatahi", ("Sione Havili", "General Manager"),
            ("Aperahama Eruera", "Youth Worker Team Leader", "aperahama@tuhonorangatahi.org.nz", "021 603 117")),
    ],
    "lead": 0,
    "breach": {"name": "Nadia Kapoor", "role": "Privacy Advisor, Northern Region",
               "agency": "Oranga Tamariki—Ministry for Children", "email": "privacy.northern@ot.govt.nz",
               "phone": "09 265 3200"},
    "chair": ("Vikram Singh", "Youth Justice Manager, Manukau", "vikram.singh@ot.govt.nz", "09 265 3210"),
    "review": ["The Lead Agency, Oranga Tamariki, must initiate a review of this Deed no later than twelve (12) "
               "months after the date of this Deed, and at least annually after that."],
    "made_on": "11 March 2026", "cover_date": "Dated 11 March 2026", "created": (2026, 3, 11, 13, 0, 0),
    "ref": "ISP-2026-0130",
    "expect": [{"rule": "ISP702", "data": {"agency": "Ministry of Education", "missing": ["name"]}}],
    "note": "Youth offending deed whose Ministry of Education execution block reads 'by ____, Director of Education, "
            "Auckland': the title is there but the signatory's name was never filled in.",
})

# ---- defect ISP451: SEEMail in place of password-protected attachments -------------
D5_CONTROLS = {k: None for k in ["training", "hardcopy-destruction", "approved-devices", "virtual-meeting",
                                 "hardcopy-distribution"]}
DOCS.append({
    "file": "defect-isp451-acute-care-hui-no-password-control.docx", "kind": "defect", "base": "MH",
    "meeting": "Palmerston North Acute Care Transition Hui", "area": "Palmerston North",
    "ngo": "Te Kōtuku Hauora Kaupapa Māori Trust", "var": 1, "headings": "plain", "numbering": "auto",
    "exec_layout": "table", "exec_position": "before", "witness": "filled", "breach_mode": "schedule",
    "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "controls": D5_CONTROLS,
    "controls_extra_a": ["All email containing Relevant Information, including any attachment, must be sent by "
                         "SEEMail or another secure email service approved by the sending Party, and must be marked "
                         "IN-CONFIDENCE."],
    "parties": [
        hnz(("Dr Rhys Llewellyn", "Group Manager, Mental Health and Addiction Services, MidCentral"),
            ("Anahera Poutama", "Transition Coordinator", "anahera.poutama@tewhatuora.govt.nz", "06 356 9170"),
            ("Greg Hamill", "Legal Counsel", "Palmerston North")),
        police(("Donna Te Whata", "Inspector, Area Commander, Manawatū"),
               ("Paul Nyhan", "Sergeant, Mental Health Liaison", "paul.nyhan@police.govt.nz", "06 351 3600"),
               ("Ella Burrows", "Executive Assistant", "Palmerston North")),
        msd(("Fetu Salave'a", "Regional Commissioner, Central"),
            ("Kirsten Lowe", "Service Centre Manager, Palmerston North", "kirsten.lowe@msd.govt.nz", "06 350 8600"),
            ("Mosese Tau", "Case Manager", "Palmerston North")),
        kainga(("Angela Dunphy", "Regional Manager, Manawatū-Whanganui"),
               ("Josh Rivers", "Tenancy Manager", "josh.rivers@kaingaora.govt.nz", "06 350 2400"),
               ("Leanne Shaw", "Area Manager", "Palmerston North")),
        ngo("Te Kōtuku Hauora Kaupapa Māori Trust", "Te Kōtuku Hauora", ("Raukura Waaka", "Chief Executive"),
            ("Wiremu Kereama", "Kaiārahi Hauora", "wiremu@tekotukuhauora.org.nz", "027 555 3190"),
            ("Mihi Rangitāne", "Kaimahi", "Palmerston North")),
    ],
    "lead": 0,
    "breach": {"name": "Olivia Grant", "role": "Privacy Officer, MidCentral", "agency": "Health New Zealand | Te Whatu Ora",
               "email": "midcentral.privacy@tewhatuora.govt.nz", "phone": "06 356 9169"},
    "chair": ("Anahera Poutama", "Transition Coordinator", "anahera.poutama@tewhatuora.govt.nz", "06 356 9170"),
    "review": ["This Deed must be reviewed every 24 months from the date of this Deed.",
               "Health New Zealand | Te Whatu Ora, as Lead Agency, is responsible for initiating each review."],
    "made_on": "30 July 2026", "cover_date": "Dated 30 July 2026", "created": (2026, 7, 30, 9, 0, 0),
    "ref": "ISP-2026-0355",
    "expect": [{"rule": "ISP451", "data": {"control": "password-protection"}}],
    "note": "Mental health deed whose Schedule 2 replaces the password-protected attachments control with a "
            "'send by SEEMail' requirement; the other five controls are stated.",
})

# ---- defect ISP501: no designated breach contact ------------------------------------
DOCS.append({
    "file": "defect-isp501-attendance-tauranga-no-breach-contact.docx", "kind": "defect", "base": "SA",
    "meeting": "Tauranga Moana Attendance Support Hui", "area": "Tauranga Moana",
    "ngo": "Tauranga Moana Attendance Service Trust", "var": 0, "headings": "builtin", "numbering": "auto",
    "exec_layout": "para", "exec_position": "after", "witness": "blank", "breach_mode": "none",
    "no_breach_contact_def": True, "no_breach_row": True,
    "breach_clause": [
        "A Party that becomes aware of an actual or suspected Breach must notify each other Party whose information "
        "is involved as soon as practicable, and in any case within two Working Days.",
        "The Parties must cooperate to contain the Breach, assess the risk of harm to the people affected, and "
        "agree what will be said to those people and by which Party.",
        "Where a Breach is a notifiable privacy breach, the Party responsible for the information must notify the "
        "Privacy Commissioner (0800 803 909) and the affected individuals as Part 6 of the Privacy Act requires.",
        "Each Party must also follow its own internal procedures for privacy and security incidents.",
    ],
    "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "parties": [
        moe(("Erana Walker", "Director of Education, Bay of Plenty – Waiariki"),
            ("Liz Cartwright", "Attendance Lead", "liz.cartwright@education.govt.nz", "07 571 7800")),
        ot(("Craig Fletcher", "Regional Manager, Bay of Plenty"),
           ("Mere Ngātai", "Site Manager, Tauranga", "mere.ngatai@ot.govt.nz", "07 577 2600")),
        msd(("Maile Tonga", "Regional Commissioner, Bay of Plenty"),
            ("Scott Dunlop", "Regional Partnerships Manager", "scott.dunlop@msd.govt.nz", "07 571 2800")),
        ngo("Tauranga Moana Attendance Service Trust", "the Attendance Service", ("Paora Ngatai", "Chief Executive"),
            ("Kim Walters", "Attendance Service Manager", "kim.walters@tmattendance.org.nz", "022 418 7702")),
    ],
    "lead": 0,
    "chair": ("Liz Cartwright", "Attendance Lead", "liz.cartwright@education.govt.nz", "07 571 7800"),
    "review": ["This Deed must be reviewed every 24 months from the date of this Deed.",
               "The Ministry of Education, as Lead Agency, is responsible for initiating each review."],
    "made_on": "15 September 2025", "cover_date": "Dated 15 September 2025", "created": (2025, 9, 15, 10, 0, 0),
    "ref": "ISP-2025-0407",
    "expect": [{"rule": "ISP501"}],
    "note": "Attendance deed whose breach clause only tells Parties to notify each other and the Privacy "
            "Commissioner (0800 number); no designated breach contact is named there or in Schedule 3, which "
            "lists only the Chair and relationship managers.",
})

# ---- defect ISP602: three-year review --------------------------------------------
DOCS.append({
    "file": "defect-isp602-tenancies-panel-three-year-review.docx", "kind": "defect", "base": "HOUSING",
    "meeting": "Kirikiriroa Sustaining Tenancies Panel", "area": "Kirikiriroa Hamilton", "ngo": "Te Kōpua Whare Oranga Trust",
    "var": 2, "headings": "custom", "numbering": "manual", "exec_layout": "table", "exec_position": "after",
    "witness": "filled", "breach_mode": "schedule", "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "parties": [
        kainga(("Benjamin Hurae", "Regional Director, Waikato"),
               ("Claire Moana", "Sustaining Tenancies Manager", "claire.moana@kaingaora.govt.nz", "07 834 2200"),
               ("Sunil Rao", "Solicitor", "Hamilton")),
        msd(("Lisa Tamatea", "Regional Commissioner, Waikato"),
            ("Greg Fale", "Housing Support Manager", "greg.fale@msd.govt.nz", "07 850 5140"),
            ("Nicky Orme", "Team Leader", "Hamilton")),
        hnz(("Dr Ashok Menon", "Service Manager, Community Mental Health, Waikato"),
            ("Rosa Tahi", "Community Mental Health Team Leader", "rosa.tahi@tewhatuora.govt.nz", "07 839 8900"),
            ("Iain Sharp", "Legal Advisor", "Hamilton")),
        ngo("Waikato Tenancy Support Trust", "the Tenancy Support Trust", ("Kerry-Ann Manuel", "Chief Executive"),
            ("Dean Ormsby", "Tenancy Support Lead", "dean.ormsby@waikatotenancy.org.nz", "021 844 603"),
            ("Penny Lang", "Administrator", "Hamilton")),
        ngo("Te Kōpua Whare Oranga Trust", "Te Kōpua", ("Tamati Wirihana", "Chair of Trustees"),
            ("Huhana Rāwiri", "Kaiārahi Whare", "huhana@tekopua.org.nz", "027 207 8816"),
            ("Ripeka Hetet", "Trustee", "Hamilton")),
    ],
    "lead": 0,
    "breach": {"name": "Sophie Turnbull", "role": "Privacy Lead, Waikato", "agency": "Kāinga Ora – Homes and Communities",
               "email": "privacy@kaingaora.govt.nz", "phone": "07 834 2210"},
    "chair": ("Claire Moana", "Sustaining Tenancies Manager", "claire.moana@kaingaora.govt.nz", "07 834 2200"),
    "review": ["This Deed must be reviewed every three (3) years from the date of this Deed.",
               "Kāinga Ora – Homes and Communities, as Lead Agency, is responsible for initiating each review."],
    "made_on": "6 October 2025", "cover_date": "Dated 6 October 2025", "created": (2025, 10, 6, 11, 0, 0),
    "ref": "ISP-2025-0433",
    "expect": [{"rule": "ISP602", "data": {"months": 36}}],
    "note": "Sustaining tenancies deed reviewed 'every three (3) years' (36 months, over the 24-month maximum); "
            "signed 6 October 2025 so not yet overdue.",
})

# ---- defect ISP604: review overdue (second anniversary of commencement) ------------
DOCS.append({
    "file": "defect-isp604-elder-abuse-nelson-review-overdue.docx", "kind": "defect", "base": "EA",
    "meeting": "Nelson Tasman Elder Abuse Response Meeting", "area": "Nelson Tasman",
    "ngo": "Te Tauihu Kaumātua Support Trust", "var": 1, "headings": "plain", "numbering": "manual",
    "exec_layout": "table", "exec_position": "before", "witness": "filled", "breach_mode": "schedule",
    "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "defs_override": lambda defs: defs[:3] + ["**Commencement Date** means 1 July 2024;"] + defs[3:],
    "effect_sentence": "This Deed takes effect on the Commencement Date and continues until the Parties agree in "
                       "writing to end it.",
    "parties": [
        hnz(("Dr Miriam Foley", "Group Manager, Health of Older People, Nelson Marlborough"),
            ("Sally Greig", "Elder Abuse Response Coordinator", "sally.greig@tewhatuora.govt.nz", "03 546 1810"),
            ("Andrew Pyke", "Legal Counsel", "Nelson")),
        police(("Kahu Ruru", "Inspector, Area Commander, Nelson Bays"),
               ("Trent Daly", "Senior Constable, Family Harm", "trent.daly@police.govt.nz", "03 546 3840"),
               ("Heidi Vos", "Executive Assistant", "Nelson")),
        msd(("Vaughan Riley", "Regional Commissioner, Nelson"),
            ("Amy Tipoki", "Senior Services Case Manager", "amy.tipoki@msd.govt.nz", "03 539 3400"),
            ("Rowan Pike", "Team Leader", "Nelson")),
        ngo("Te Tauihu Kaumātua Support Trust", "Te Tauihu Kaumātua", ("Aroha Hippolite", "Kaiwhakahaere"),
            ("Hemi Stafford", "Kaumātua Liaison", "hemi@tetauihukaumatua.org.nz", "027 448 2310"),
            ("Mere Ruruku", "Kaimahi", "Nelson")),
        ngo("Nelson Tasman Elder Safety Service Incorporated", "the Elder Safety Service",
            ("Graham Keys", "Service Manager"),
            ("Bridget O'Hara", "Elder Abuse Advocate", "bridget@ntelder.org.nz", "03 548 7002"),
            ("Lyn Barrow", "Board Member", "Richmond"), desc=INC_SOC),
    ],
    "lead": 0,
    "breach": {"name": "Hannah Blackwell", "role": "Privacy Officer, Nelson Marlborough",
               "agency": "Health New Zealand | Te Whatu Ora", "email": "nm.privacy@tewhatuora.govt.nz",
               "phone": "03 546 1800"},
    "chair": ("Sally Greig", "Elder Abuse Response Coordinator", "sally.greig@tewhatuora.govt.nz", "03 546 1810"),
    "review": ["The Lead Agency must initiate a review of this Deed before the second anniversary of the "
               "Commencement Date, and after that at intervals of not more than two (2) years.",
               "Health New Zealand | Te Whatu Ora, as Lead Agency, is responsible for initiating each review."],
    "made_on": "1 July 2024", "cover_date": "Dated 1 July 2024", "created": (2024, 7, 1, 10, 0, 0),
    "ref": "ISP-2024-0288",
    "expect": [{"rule": "ISP604", "data": {"due": "2026-07-01"}}],
    "note": "Elder abuse deed made on, and commencing, 1 July 2024 with its first review due 'before the second "
            "anniversary of the Commencement Date' (1 July 2026), which has passed by 24 November 2026.",
})

# ---- defect ISP402: UNCLASSIFIED -----------------------------------------------
DOCS.append({
    "file": "defect-isp402-attendance-horowhenua-unclassified.docx", "kind": "defect", "base": "SA",
    "meeting": "Horowhenua Attendance Support Hui", "area": "Horowhenua", "ngo": "Te Awahou Whānau Services Trust",
    "var": 1, "headings": "builtin", "numbering": "manual", "exec_layout": "para", "exec_position": "before",
    "witness": "filled", "breach_mode": "inline", "classification": "UNCLASSIFIED", "marking": "UNCLASSIFIED",
    "classification_sentence": "Relevant Information shared under this Deed is UNCLASSIFIED. The Parties have agreed "
                               "this level because most information is shared verbally at the Meeting and the "
                               "Meeting keeps no case files.",
    "parties": [
        moe(("Kirsty Vaughan", "Director of Education, Wellington"),
            ("Brendan Ngāwhika", "Attendance Advisor, Horowhenua", "brendan.ngawhika@education.govt.nz", "06 368 9100"),
            ("Tessa Lamb", "Legal Advisor", "Wellington")),
        ot(("Tamahou Rātana", "Regional Manager, Manawatū-Horowhenua"),
           ("Kylie Jessop", "Site Manager, Levin", "kylie.jessop@ot.govt.nz", "06 366 0300"),
           ("Michael Tan", "Practice Leader", "Levin")),
        msd(("Mele Vainikolo", "Regional Commissioner, Central"),
            ("Stuart Pene", "Service Centre Manager, Levin", "stuart.pene@msd.govt.nz", "06 367 3200"),
            ("Ofa Lolo", "Case Manager", "Levin")),
        ngo("Te Awahou Whānau Services Trust", "Te Awahou", ("Huhana Mete", "Chief Executive"),
            ("Rawiri Tukapua", "Attendance Kaimahi Lead", "rawiri@teawahou.org.nz", "027 622 4150"),
            ("Marama Kereama", "Kaimahi", "Foxton")),
    ],
    "lead": 0,
    "breach": {"name": "Priya Sharma", "role": "Privacy Officer", "agency": "Ministry of Education",
               "email": "privacy.officer@education.govt.nz", "phone": "04 463 8000"},
    "chair": ("Brendan Ngāwhika", "Attendance Advisor, Horowhenua", "brendan.ngawhika@education.govt.nz", "06 368 9100"),
    "review": ["This Deed must be reviewed every 12 months from the date of this Deed.",
               "The Ministry of Education, as Lead Agency, is responsible for initiating each review."],
    "made_on": "19 May 2026", "cover_date": "Dated 19 May 2026", "created": (2026, 5, 19, 9, 0, 0),
    "ref": "ISP-2026-0231",
    "expect": [{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}],
    "note": "Attendance deed whose security classification clause, header and footer all say UNCLASSIFIED for "
            "personal information about students and whānau.",
})

# ---- defect ISP305: the deed claims to authorise the sharing ---------------------
DOCS.append({
    "file": "defect-isp305-youth-panel-rotorua-deed-authorises.docx", "kind": "defect", "base": "YOP",
    "meeting": "Rotorua Youth Offending Panel", "area": "Rotorua", "ngo": "Ngā Rangatahi Toa Rotorua Trust",
    "var": 1, "headings": "custom", "numbering": "auto", "exec_layout": "table", "exec_position": "after",
    "witness": "filled", "breach_mode": "schedule", "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "claims_authority": "This Deed authorises each Party to disclose Relevant Information to the other Parties at or "
                        "for a Meeting for the Purposes, subject to the conditions set out in Schedule 1.",
    "recital_c": "The Parties have entered into this Deed so that they may share information with each other at the "
                 "Meeting for the purposes, and on the conditions, set out in this Deed.",
    "parties": [
        ot(("Pania Wharekura", "Regional Manager, Rotorua and Taupō"),
           ("Dylan Pryor", "Youth Justice Manager, Rotorua", "dylan.pryor@ot.govt.nz", "07 349 7810"),
           ("Erina Ward", "Senior Advisor", "Rotorua")),
        police(("Phil Gorringe", "Inspector, Area Commander, Rotorua"),
               ("Awhina Bennett", "Sergeant, Youth Services", "awhina.bennett@police.govt.nz", "07 348 0099"),
               ("Louise Hart", "Executive Assistant", "Rotorua")),
        moe(("Hana Reweti", "Director of Education, Bay of Plenty – Waiariki"),
            ("Graham Lister", "Learning Support Manager", "graham.lister@education.govt.nz", "07 349 7400"),
            ("Ngaire Hemi", "Advisor", "Rotorua")),
        hnz(("Dr Isaac Tuhiwai", "Clinical Director, Child and Adolescent Mental Health, Lakes"),
            ("Maia Kingi", "Youth Forensic Clinician", "maia.kingi@tewhatuora.govt.nz", "07 348 1199"),
            ("Ross Chambers", "Legal Counsel", "Rotorua")),
        ngo("Ngā Rangatahi Toa Rotorua Trust", "Ngā Rangatahi Toa", ("Rangi Mitchell", "Chief Executive"),
            ("Tawhiri Emery", "Rangatahi Mentor Lead", "tawhiri@rangatahitoa.org.nz", "021 330 918"),
            ("Anaru Keepa", "Trustee", "Rotorua")),
    ],
    "lead": 0,
    "breach": {"name": "Luke Fenwick", "role": "Privacy Advisor, Bay of Plenty", "agency": "Oranga Tamariki—Ministry for Children",
               "email": "privacy.bop@ot.govt.nz", "phone": "07 349 7800"},
    "chair": ("Dylan Pryor", "Youth Justice Manager, Rotorua", "dylan.pryor@ot.govt.nz", "07 349 7810"),
    "review": ["This Deed must be reviewed every two (2) years from the date of this Deed.",
               "Oranga Tamariki, as Lead Agency, is responsible for initiating each review."],
    "made_on": "24 February 2026", "cover_date": "Dated 24 February 2026", "created": (2026, 2, 24, 15, 0, 0),
    "ref": "ISP-2026-0089",
    "expect": [{"rule": "ISP305", "data_contains": {"text": "authorises each Party"}}],
    "note": "Youth offending deed whose legal authority clause 6.1 says 'This Deed authorises each Party to disclose "
            "Relevant Information...'; Schedule 1 still states a real authority for every purpose.",
})

# ---- defect ISP801: keep on file for future reference -----------------------------
DOCS.append({
    "file": "defect-isp801-reintegration-manawatu-future-reference.docx", "kind": "defect", "base": "REINT",
    "meeting": "Manawatū Reintegration Support Panel", "area": "Manawatū", "ngo": "Te Pā Harakeke Reintegration Services Trust",
    "var": 0, "headings": "builtin", "numbering": "manual", "exec_layout": "table", "exec_position": "before",
    "witness": "blank", "breach_mode": "inline", "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "drop_no_just_in_case": True,
    "retention": ["Each Party may keep Relevant Information on its own files for future reference, so that it is "
                  "available if the person is referred to the Meeting again or comes to the Party's notice for "
                  "another reason."],
    "parties": [
        corrections(("Malia Taufa", "Regional Commissioner, Central Region"),
                    ("Neil Cardno", "Reintegration Manager, Palmerston North", "neil.cardno@corrections.govt.nz",
                     "06 351 0210")),
        kainga(("Hamish Orr", "Regional Manager, Manawatū-Whanganui"),
               ("Tayla Brooks", "Housing Placement Advisor", "tayla.brooks@kaingaora.govt.nz", "06 350 2410")),
        msd(("Ruth Campbell", "Regional Commissioner, Central"),
            ("Isileli Moa", "Reintegration Case Manager", "isileli.moa@msd.govt.nz", "06 350 8610")),
        hnz(("Dr Ihaia Potaka", "Clinical Director, Addiction Services, MidCentral"),
            ("Fran Hebden", "Forensic Liaison Nurse", "fran.hebden@tewhatuora.govt.nz", "06 356 9180")),
        ngo("Te Pā Harakeke Reintegration Services Trust", "Te Pā Harakeke", ("Kaye Marsh", "Chief Executive"),
            ("Nikau Tamehana", "Whānau Reconnection Lead", "nikau@tepaharakeke.org.nz", "027 840 5512")),
    ],
    "lead": 0,
    "breach": {"name": "Michael Ahern", "role": "Privacy Advisor, Central Region",
               "agency": "Ara Poutama Aotearoa – Department of Corrections",
               "email": "privacy.central@corrections.govt.nz", "phone": "06 351 0200"},
    "chair": ("Neil Cardno", "Reintegration Manager, Palmerston North", "neil.cardno@corrections.govt.nz", "06 351 0210"),
    "review": ["This Deed must be reviewed every 12 months from the date of this Deed.",
               "Ara Poutama Aotearoa, as Lead Agency, is responsible for initiating each review."],
    "made_on": "8 June 2026", "cover_date": "Dated 8 June 2026", "created": (2026, 6, 8, 10, 0, 0),
    "ref": "ISP-2026-0266",
    "expect": [{"rule": "ISP801", "data_contains": {"text": "future reference"}}],
    "note": "Reintegration deed whose retention clause 13.1 lets each Party keep shared information on its own "
            "files 'for future reference' in case the person is referred again.",
})

# ---- trap: review period changed only in tracked changes ----------------------------
TRACK_AUTHOR = "MSD Legal Services"
TRACK_DATE = "2026-08-21T14:02:00Z"
DOCS.append({
    "file": "trap-tracked-review-period-tairawhiti.docx", "kind": "trap", "base": "FV",
    "meeting": "Te Tairāwhiti Family Harm Safety Table", "area": "Tūranganui-a-Kiwa Gisborne",
    "ngo": "Tūranga Whānau Tiaki Trust", "var": 0, "headings": "plain", "numbering": "manual",
    "exec_layout": "para", "exec_position": "after", "witness": "filled", "breach_mode": "schedule",
    "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "inline": {
        "rv1": lambda: tracked_replace("12 months", "36 months", TRACK_AUTHOR, TRACK_DATE),
        "rv2": lambda: tracked_replace("12 months", "36 months", TRACK_AUTHOR, TRACK_DATE),
    },
    "parties": [
        police(("Sam Aperahama", "Inspector, Area Commander, Tairāwhiti"),
               ("Kerry Haronga", "Senior Sergeant, Family Harm Coordinator", "kerry.haronga@police.govt.nz",
                "06 869 0210"), ("Tania Brown", "Executive Assistant", "Gisborne")),
        ot(("Ruiha Kohere", "Regional Manager, Tairāwhiti"),
           ("Glen Walker", "Site Manager, Gisborne", "glen.walker@ot.govt.nz", "06 869 1500"),
           ("Arohanui Reedy", "Senior Advisor", "Gisborne")),
        msd(("Brendon Wyllie", "Regional Commissioner, East Coast"),
            ("Pania Tūrei", "Regional Partnerships Manager", "pania.turei@msd.govt.nz", "06 869 1900"),
            ("James Hoe", "Team Leader", "Gisborne")),
        hnz(("Dr Louise Chalmers", "Group Manager, Mental Health and Addictions, Tairāwhiti"),
            ("Moana Tamatea", "Family Violence Intervention Coordinator", "moana.tamatea@tewhatuora.govt.nz",
             "06 869 0500"), ("Ian Pole", "Legal Advisor", "Gisborne")),
        corrections(("Jared Milner", "District Manager, Community Corrections, Eastern"),
                    ("Tiana Waenga", "Service Manager, Gisborne", "tiana.waenga@corrections.govt.nz", "06 868 2400"),
                    ("Rhys Kingi", "Probation Officer", "Gisborne")),
        ngo("Tūranga Whānau Tiaki Trust", "Tūranga Whānau Tiaki", ("Kahurangi Pewhairangi", "Chief Executive"),
            ("Hera Tangohau", "Kaiārahi Whānau", "hera@turangatiaki.org.nz", "027 901 6644"),
            ("Wirihana Maynard", "Kaimahi", "Gisborne")),
    ],
    "lead": 0,
    "breach": {"name": "Ngaio Karaitiana", "role": "Privacy Officer, Eastern District", "agency": "New Zealand Police",
               "email": "eastern.privacy@police.govt.nz", "phone": "06 869 0200"},
    "chair": ("Kerry Haronga", "Senior Sergeant, Family Harm Coordinator", "kerry.haronga@police.govt.nz",
              "06 869 0210"),
    "review": ["The Lead Agency must initiate a review of this Deed within {{rv1}} after the date of this Deed, and "
               "after each review at intervals of not more than {{rv2}}.",
               "New Zealand Police, as Lead Agency, is responsible for initiating each review."],
    "made_on": "2 September 2026", "cover_date": "Dated 2 September 2026", "created": (2026, 9, 2, 9, 0, 0),
    "ref": "ISP-2026-0401",
    "expect": [{"rule": "ISP202"}, {"rule": "ISP602", "data": {"months": 36}}],
    "note": "Family violence deed signed with four unresolved tracked changes in review clause 17.2 replacing "
            "'12 months' with '36 months'; only the accepted (inserted) text shows the over-long 36-month period.",
})

# ---- legacy 2019 deed ------------------------------------------------------------
LEGACY_CONTROLS = {k: None for k in ["training", "hardcopy-destruction", "hardcopy-distribution"]}
DOCS.append({
    "file": "legacy-2019-counties-manukau-fv-interagency-deed.docx", "kind": "legacy", "base": "LEGACY",
    "meeting": "Counties Manukau Family Violence Interagency Case Management Meeting", "area": "Counties Manukau",
    "ngo": "South Auckland Safe Whānau Refuge Trust", "var": 0, "headings": "plain", "numbering": "manual",
    "exec_layout": "para", "exec_position": "after", "crown_form": True, "witness": "filled",
    "breach_mode": "schedule", "classification": "IN-CONFIDENCE", "marking": "IN-CONFIDENCE",
    "omit": ["transparency", "tikanga"], "font": "Times New Roman",
    "sovereign": "HER MAJESTY THE QUEEN IN RIGHT OF NEW ZEALAND",
    "controls": LEGACY_CONTROLS,
    "controls_extra_a": ["Case lists are sent by SEEMail only and must not be forwarded outside the "
                         "Representative's agency."],
    "defs_override": lambda defs: [
        x.replace("Privacy Act 2020", "Privacy Act 1993").replace("section 7 of the Privacy Act", "section 2 of the Privacy Act")
        for x in defs if not x.startswith("**Working Day**")] [:-1] + [
        "**Representative** means an employee or contractor of a Party who attends a Meeting or handles Relevant "
        "Information on that Party's behalf; and",
        "**Working Day** means any day other than a Saturday, a Sunday or a public holiday in Auckland."],
    "breach_clause": [
        "A Party that becomes aware that Relevant Information has been lost, or disclosed without authority, must "
        "notify the Breach Contact on the same day.",
        "The Breach Contact is the Family Violence Coordinator, Counties Manukau District, New Zealand Police, "
        "identified in Schedule 3.",
        "The Parties must work together to contain the Breach and must decide together whether the people affected, "
        "and the Privacy Commissioner, should be told.",
    ],
    "parties": [
        police(("Jill Rogers", "Superintendent, District Commander, Counties Manukau"),
               ("Dean Farrow", "Sergeant, Family Violence Coordinator", "dean.farrow@police.govt.nz", "09 261 1321"),
               ("Anne Kirk", "Executive Assistant", "Manukau")),
        ot(("Marcia Tuhiwai", "Regional Manager, Counties Manukau"),
           ("Paul Siaosi", "Site Manager, Manukau", "paul.siaosi@ot.govt.nz", "09 265 3300"),
           ("Grace Lum", "Senior Advisor", "Manukau")),
        msd(("Sefo Lealaiauloto", "Regional Commissioner, Counties Manukau"),
            ("Lynette Baker", "Regional Partnerships Manager", "lynette.baker@msd.govt.nz", "09 262 2100"),
            ("Ioane Pese", "Team Leader", "Manukau")),
        {"name": "Counties Manukau District Health Board", "caps": "COUNTIES MANUKAU DISTRICT HEALTH BOARD",
         "short": "the DHB", "sig": ("Dr Graeme Walsh", "Chief Medical Officer"),
         "rm": ("Linda Fong", "Family Violence Intervention Coordinator", "linda.fong@middlemore.co.nz", "09 276 0000"),
         "wit": ("Patrick Dunne", "Solicitor", "Otāhuhu")},
        {"name": "Department of Corrections", "caps": "DEPARTMENT OF CORRECTIONS", "short": "Corrections",
         "through": "the Chief Executive of the Department of Corrections",
         "sig": ("Nikki Beaumont", "Regional Commissioner, Northern Region"),
         "rm": ("Tony Vea", "Service Manager, Manukau Community Corrections", "tony.vea@corrections.govt.nz",
                "09 262 5900"), "wit": ("Julie Arps", "Probation Officer", "Manukau")},
        ngo("South Auckland Safe Whānau Refuge Trust", "the Refuge", ("Lagi Faleolo", "Manager"),
            ("Moana Leaupepe", "Senior Advocate", "moana@safewhanau.org.nz", "09 263 4410"),
            ("Sarah Tuala", "Advocate", "Papatoetoe")),
    ],
    "lead": 0,
    "breach": {"name": "Dean Farrow", "role": "Sergeant, Family Violence Coordinator, Counties Manukau District",
               "agency": "New Zealand Police", "email": "dean.farrow@police.govt.nz", "phone": "09 261 1321"},
    "chair": ("Dean Farrow", "Sergeant, Family Violence Coordinator", "dean.farrow@police.govt.nz", "09 261 1321"),
    "review": ["This Deed will be reviewed every three years.",
               "The Lead Agency is responsible for initiating the review."],
    "made_on": "14 March 2019", "cover_date": "Dated 14 March 2019", "created": (2019, 3, 14, 9, 0, 0),
    "ref": "CLO-2019-FV-0062", "revision": 7,
    "expect": [
        {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
        {"rule": "ISP303", "data_contains": {"authority": "Health Information Privacy Code 1994"}},
        {"rule": "ISP303", "data_contains": {"authority": "Children, Young Persons"}},
        {"rule": "ISP303", "data_contains": {"authority": "Domestic Violence Act 1995"}},
        {"rule": "ISP101", "data": {"section": "transparency"}},
        {"rule": "ISP101", "data": {"section": "tikanga"}},
        {"rule": "ISP451", "data": {"control": "password-protection"}},
        {"rule": "ISP451", "data": {"control": "approved-devices"}},
        {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
        {"rule": "ISP602", "data": {"months": 36}},
        {"rule": "ISP604", "data": {"due": "2022-03-14"}},
    ],
    "tolerate": ["ISP302"],
    "note": "2019 family violence deed never reviewed: cites the Privacy Act 1993, Health Information Privacy Code "
            "1994, Children, Young Persons, and Their Families Act 1989 and Domestic Violence Act 1995; has no "
            "transparency or tikanga clause; Schedule 2 lacks password, device and virtual-meeting controls; "
            "three-yearly review long overdue (due 14 March 2022).",
})


def main():
    import json
    truth = {"as_of": "2026-11-24",
             "style": "Crown law office formal DEED between the parties: cover page, 'THIS DEED is made on', "
                      "PARTIES, BACKGROUND recitals, numbered clauses 1, 1.1, 1.1(a) with bold capital headings "
                      "in 'Each Party must / No Party may' drafting, Schedules 1-3 (purposes and authorities "
                      "table, security requirements, contacts) and an 'EXECUTED AS A DEED' section with witnessed "
                      "signing blocks",
             "files": {}}
    for spec in DOCS:
        build_doc(spec)
        truth["files"][spec["file"]] = {"kind": spec["kind"], "expect": spec["expect"],
                                        "tolerate": spec.get("tolerate", []), "note": spec["note"]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("built %d documents" % len(DOCS))


if __name__ == "__main__":
    main()
