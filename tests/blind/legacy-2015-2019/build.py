#!/usr/bin/env python3
"""Build the legacy-2015-2019 blind corpus of NZ multi-agency meeting information sharing protocols.

Run: /work/blind-kit/.venv/bin/python build.py   (writes the .docx files and truth.json next to this script)
"""

import datetime as dt
import io
import zipfile
import copy

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

_ID = [1000]


def _next_id():
    _ID[0] += 1
    return str(_ID[0])


def _insert_ppr_child(pPr, el):
    """Insert el into pPr before the children that must follow it."""
    after = {qn("w:divId"), qn("w:cnfStyle"), qn("w:rPr"), qn("w:sectPr"), qn("w:pPrChange")}
    for i, ch in enumerate(pPr):
        if ch.tag in after:
            pPr.insert(i, el)
            return el
    pPr.append(el)
    return el


def shade_cell(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    # shd must come before noWrap/tcMar/textDirection/tcFitText/vAlign/hideMark
    later = {qn("w:noWrap"), qn("w:tcMar"), qn("w:textDirection"), qn("w:tcFitText"),
             qn("w:vAlign"), qn("w:hideMark")}
    for i, ch in enumerate(tcPr):
        if ch.tag in later:
            tcPr.insert(i, shd)
            return
    tcPr.append(shd)


def make_run(text, bold=False, italic=False, style=None, deleted=False):
    r = OxmlElement("w:r")
    if bold or italic or style:
        rPr = OxmlElement("w:rPr")
        if style:
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), style)
            rPr.append(rs)
        if bold:
            rPr.append(OxmlElement("w:b"))
        if italic:
            rPr.append(OxmlElement("w:i"))
        r.append(rPr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


class Protocol:
    """A builder holding one python-docx Document."""

    def __init__(self, heading_mode="h1", font="Arial", size=10.5, heading_size=12):
        self.doc = Document()
        self.mode = heading_mode
        st = self.doc.styles
        normal = st["Normal"]
        normal.font.name = font
        normal.font.size = Pt(size)
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), font)
        normal.paragraph_format.space_after = Pt(6)
        for name, sz in (("Heading 1", heading_size), ("Heading 2", size + 0.5)):
            h = st[name]
            h.font.name = font
            h.font.size = Pt(sz)
            h.font.color.rgb = RGBColor(0, 0, 0)
            h.font.bold = True
            hr = h.element.get_or_add_rPr()
            hf = hr.find(qn("w:rFonts"))
            if hf is None:
                hf = OxmlElement("w:rFonts")
                hr.insert(0, hf)
            for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                hf.set(qn(a), font)
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                if hf.get(qn(a)) is not None:
                    del hf.attrib[qn(a)]
            h.paragraph_format.space_before = Pt(12)
            h.paragraph_format.space_after = Pt(6)
        ph = st.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        self._num_id = None
        if heading_mode == "numdef":
            self._num_id = self._add_heading_numbering()

    # ------------------------------------------------------------------ numbering
    def _add_heading_numbering(self):
        numbering = self.doc.part.numbering_part.element
        abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        aid = (max(abs_ids) + 1) if abs_ids else 0
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "multilevel")
        an.append(mlt)
        for lvl, fmt, txt, ind in ((0, "decimal", "%1.", 567), (1, "decimal", "%1.%2", 720)):
            l = OxmlElement("w:lvl")
            l.set(qn("w:ilvl"), str(lvl))
            s = OxmlElement("w:start"); s.set(qn("w:val"), "1"); l.append(s)
            nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), fmt); l.append(nf)
            lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), txt); l.append(lt)
            lj = OxmlElement("w:lvlJc"); lj.set(qn("w:val"), "left"); l.append(lj)
            pp = OxmlElement("w:pPr")
            ii = OxmlElement("w:ind"); ii.set(qn("w:left"), str(ind)); ii.set(qn("w:hanging"), str(ind))
            pp.append(ii); l.append(pp)
            rp = OxmlElement("w:rPr"); rp.append(OxmlElement("w:b")); l.append(rp)
            an.append(l)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            numbering.append(an)
        num = numbering.add_num(aid)
        return num.numId

    # ------------------------------------------------------------------ blocks
    def title(self, lines, size=14):
        for i, line in enumerate(lines):
            p = self.doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line)
            r.bold = i < 2 or line.isupper()
            r.font.size = Pt(size if i == 0 else size - 2)
        self.doc.add_paragraph()

    def heading(self, text, level=1):
        d = self.doc
        if self.mode == "h1":
            return d.add_paragraph(text, "Heading %d" % level)
        if self.mode == "numdef":
            p = d.add_paragraph(text, "Heading %d" % level)
            numPr = p._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = level - 1
            numPr.get_or_add_numId().val = self._num_id
            return p
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        if level == 1:
            r.font.size = Pt(11.5)
        if self.mode == "outline":
            ol = OxmlElement("w:outlineLvl")
            ol.set(qn("w:val"), str(level - 1))
            _insert_ppr_child(p._p.get_or_add_pPr(), ol)
        return p

    def para(self, text, bold=False, italic=False, indent=None, align=None, size=None):
        p = self.doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if indent is not None:
            p.paragraph_format.left_indent = Cm(indent)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    def runs(self, parts, indent=None):
        """parts: list of (text, dict(bold=, italic=))"""
        p = self.doc.add_paragraph()
        for t, f in parts:
            r = p.add_run(t)
            r.bold = f.get("bold", False)
            r.italic = f.get("italic", False)
        if indent is not None:
            p.paragraph_format.left_indent = Cm(indent)
        return p

    def bullets(self, items):
        for it in items:
            self.doc.add_paragraph(it, "List Bullet")

    def items(self, items, indent=1.0):
        """Typed lettered / numbered items with a hanging indent: items are full strings."""
        for it in items:
            label, _, rest = it.partition("\t")
            p = self.doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(indent)
            p.paragraph_format.first_line_indent = Cm(-0.9)
            p.add_run(label + "\t" + rest if rest else it)
        return

    def table(self, header, rows, widths=None, shade="D9D9D9", bold_first_col=False):
        t = self.doc.add_table(rows=1 if header else 0, cols=len(header) if header else len(rows[0]))
        t.style = "Table Grid"
        if header:
            for i, h in enumerate(header):
                c = t.rows[0].cells[i]
                c.text = ""
                r = c.paragraphs[0].add_run(h)
                r.bold = True
                if shade:
                    shade_cell(c, shade)
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                self.fill_cell(cells[i], v, bold=(bold_first_col and i == 0))
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        self.doc.add_paragraph()
        return t

    def fill_cell(self, cell, v, bold=False):
        """v: str (newlines -> paragraphs), list of str, or callable(cell)."""
        if callable(v):
            v(cell)
            return
        lines = v if isinstance(v, list) else str(v).split("\n")
        first = True
        for line in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if line:
                r = p.add_run(line)
                r.bold = bold

    def form(self, rows, label_width=4.5, body_width=12.0, shade="DBE5F1"):
        """A two-column form table: shaded left column holds the section names."""
        t = self.doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, body in rows:
            cells = t.add_row().cells
            cells[0].text = ""
            r = cells[0].paragraphs[0].add_run(label)
            r.bold = True
            shade_cell(cells[0], shade)
            self.fill_cell(cells[1], body)
        for row in t.rows:
            row.cells[0].width = Cm(label_width)
            row.cells[1].width = Cm(body_width)
        self.doc.add_paragraph()
        return t

    def sig_table(self, rows, header=("Agency", "Name", "Position", "Signature", "Date"), shade="D9D9D9"):
        return self.table(list(header), rows, shade=shade)

    def sig_blocks(self, blocks, cols=1, lead="Signed for and on behalf of"):
        """blocks: list of dict(agency, name, role, date) -- None means a blank line."""
        def block_lines(b):
            if b.get("raw"):
                return b["raw"]
            return [
                "%s %s" % (lead, b["agency"]),
                "",
                "Signature: ______________________________",
                "Name: %s" % (b["name"] if b.get("name") else "______________________"),
                "Position: %s" % (b["role"] if b.get("role") else "______________________"),
                "Date: %s" % (b["date"] if b.get("date") else "______________"),
            ]
        if cols == 1:
            for b in blocks:
                lines = block_lines(b)
                p = self.doc.add_paragraph()
                p.paragraph_format.keep_with_next = True
                p.add_run(lines[0]).bold = True
                for ln in lines[1:]:
                    q = self.doc.add_paragraph(ln)
                    q.paragraph_format.space_after = Pt(2)
                    q.paragraph_format.keep_with_next = True
                self.doc.add_paragraph()
            return
        t = self.doc.add_table(rows=0, cols=cols)
        for i in range(0, len(blocks), cols):
            cells = t.add_row().cells
            for j in range(cols):
                if i + j >= len(blocks):
                    continue
                lines = block_lines(blocks[i + j])
                c = cells[j]
                c.paragraphs[0].add_run(lines[0]).bold = True
                for ln in lines[1:]:
                    c.add_paragraph(ln)
                c.add_paragraph()
        self.doc.add_paragraph()

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------------ OOXML extras
    def tracked_para(self, segments, author, date, container=None, style=None):
        """segments: list of ('t'|'ins'|'del', text). Writes w:ins / w:del revision marks."""
        if container is None:
            p = self.doc.add_paragraph(style=style)
        else:
            p = container
        for kind, text in segments:
            if kind == "t":
                p._p.append(make_run(text))
            else:
                el = OxmlElement("w:ins" if kind == "ins" else "w:del")
                el.set(qn("w:id"), _next_id())
                el.set(qn("w:author"), author)
                el.set(qn("w:date"), date)
                el.append(make_run(text, deleted=(kind == "del")))
                p._p.append(el)
        return p

    @staticmethod
    def sdt_run(paragraph, text, placeholder=False, kind="text", items=None, alias=None, tag=None):
        """Append a run-level content control to a paragraph.

        kind: 'text', 'date' or 'dropdown'. placeholder=True marks it as still showing
        its placeholder text (w:showingPlcHdr) in the Placeholder Text style.
        """
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        if placeholder:
            rpr = OxmlElement("w:rPr")
            rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "PlaceholderText"); rpr.append(rs)
            pr.append(rpr)
        if alias:
            a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
        if tag:
            tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
        i = OxmlElement("w:id"); i.set(qn("w:val"), _next_id()); pr.append(i)
        if placeholder:
            pr.append(OxmlElement("w:showingPlcHdr"))
        if kind == "date":
            d = OxmlElement("w:date")
            f = OxmlElement("w:dateFormat"); f.set(qn("w:val"), "d/MM/yyyy"); d.append(f)
            l = OxmlElement("w:lid"); l.set(qn("w:val"), "en-NZ"); d.append(l)
            s = OxmlElement("w:storeMappedDataAs"); s.set(qn("w:val"), "dateTime"); d.append(s)
            c = OxmlElement("w:calendar"); c.set(qn("w:val"), "gregorian"); d.append(c)
            pr.append(d)
        elif kind == "dropdown":
            dd = OxmlElement("w:dropDownList")
            first = OxmlElement("w:listItem"); first.set(qn("w:value"), "")
            first.set(qn("w:displayText"), "Choose an item.")
            dd.append(first)
            for it in items or []:
                li = OxmlElement("w:listItem")
                li.set(qn("w:displayText"), it); li.set(qn("w:value"), it)
                dd.append(li)
            pr.append(dd)
        else:
            pr.append(OxmlElement("w:text"))
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        content.append(make_run(text, style="PlaceholderText" if placeholder else None))
        sdt.append(content)
        paragraph._p.append(sdt)
        return sdt

    def _ensure_comment_styles(self):
        st = self.doc.styles
        ids = {s.style_id for s in st}
        if "CommentText" not in ids:
            s = st.add_style("annotation text", WD_STYLE_TYPE.PARAGRAPH)
            s.element.set(qn("w:styleId"), "CommentText")
            s.base_style = st["Normal"]
            s.font.size = Pt(10)
        if "CommentReference" not in ids:
            s = st.add_style("annotation reference", WD_STYLE_TYPE.CHARACTER)
            s.element.set(qn("w:styleId"), "CommentReference")
            s.font.size = Pt(8)

    def comment(self, run, text, author, initials, date):
        self._ensure_comment_styles()
        c = self.doc.add_comment(run, text=text, author=author, initials=initials)
        c._comment_elm.set(qn("w:date"), date)
        return c

    # ------------------------------------------------------------------ page furniture
    def header_footer(self, header=None, footer=None, header_align="right"):
        sec = self.doc.sections[0]
        sec.left_margin = sec.right_margin = Cm(2.3)
        if header is not None:
            hp = sec.header.paragraphs[0]
            hp.text = header
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if header_align == "right" else WD_ALIGN_PARAGRAPH.CENTER
            for r in hp.runs:
                r.bold = True
                r.font.size = Pt(9)
        if footer is not None:
            fp = sec.footer.paragraphs[0]
            fp.text = footer
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in fp.runs:
                r.font.size = Pt(8)

    def core(self, title, author, created, modified=None, last_by=None, revision=1, subject=None):
        cp = self.doc.core_properties
        cp.title = title
        cp.author = author
        cp.created = created
        cp.modified = modified or created
        cp.last_modified_by = last_by or author
        cp.revision = revision
        cp.subject = subject or ""
        cp.comments = ""
        cp.keywords = ""
        cp.category = ""
        cp.last_printed = created

    def save(self, path):
        buf = io.BytesIO()
        self.doc.save(buf)
        buf.seek(0)
        src = zipfile.ZipFile(buf)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                data = src.read(info.filename)
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o600 << 16
                out.writestr(zi, data)


def D(y, m, d, hh=9, mm=0):
    return dt.datetime(y, m, d, hh, mm, 0)


# ---------------------------------------------------------------------------
# CLEAN protocols: old-style documents (ALL CAPS headings, numbered bold,
# "PARTIES", "SIGNATURES" ...) rewritten in 2025-2026 to current law and the
# current template.  Every template section present and filled.
# ---------------------------------------------------------------------------

SIX_CONTROLS_C1 = [
    "(a)\tEvery representative has completed their own agency's privacy and information security training, and the Family Safety System user training, before attending the safety table.",
    "(b)\tAny hard copy brought to the meeting is handed to the Police coordinator at the end of the meeting and securely destroyed (shredded) on site.",
    "(c)\tEmail attachments that contain personal information are password protected, and the password is sent in a separate message.",
    "(d)\tRepresentatives share and view information only on devices issued or approved by their own agency.",
    "(e)\tWhen anyone joins the meeting remotely, nobody puts personal information in the chat, records the meeting or takes screenshots of shared screens.",
    "(f)\tHard copies are never handed to, or left with, representatives of other agencies.",
]


def clean_01():
    """Waikato ISR safety table, rewritten June 2026 (was the 2017 ISR pilot protocol)."""
    P = Protocol("h1")
    P.header_footer("SENSITIVE",
                    "SENSITIVE  |  Waikato ISR Safety Table – Information Sharing Protocol  |  Version 3.0  |  June 2026")
    P.core("Waikato ISR Safety Table Information Sharing Protocol v3.0", "Leanne Hargreaves",
           D(2026, 3, 2), D(2026, 6, 17, 15, 40), "Leanne Hargreaves", revision=14)
    P.title(["WAIKATO INTEGRATED SAFETY RESPONSE (ISR)",
             "DAILY SAFETY ASSESSMENT MEETING",
             "INFORMATION SHARING PROTOCOL",
             "Version 3.0 – June 2026"])
    P.table(["Version", "Year", "Change"], [
        ["1.0", "2017", "Protocol for the ISR pilot in Waikato."],
        ["2.0", "2019", "Updated for the commencement of the Family Violence Act 2018."],
        ["3.0", "2026", "Rewritten to the current multi-agency meeting protocol template; agency names, legal authorities and security controls brought up to date."],
    ], widths=[2, 2, 12])

    P.heading("1. INTRODUCTION")
    P.para("This protocol records how the attending agencies share information at the Waikato Integrated "
           "Safety Response (ISR) daily safety assessment meeting (the safety table). It replaces the ISR "
           "protocol first agreed during the 2017 pilot.")
    P.para("The Family Violence Act 2018 replaced the Domestic Violence Act 1995 on 1 July 2019, and the "
           "Privacy Act 2020 replaced the Privacy Act 1993 on 1 December 2020. The legal authorities in "
           "section 6 are the laws in force now.")
    P.para("This protocol does not itself authorise any sharing of information. Every disclosure at the "
           "safety table must be permitted by the law stated for it in section 6, and each representative "
           "must be satisfied that the criteria of that law are met before they share.")

    P.heading("2. ATTENDING AGENCIES")
    P.para("The following agencies attend the safety table and are parties to this protocol.")
    P.table(["Attending agency", "Represented by"], [
        ["New Zealand Police (lead attending agency)", "Waikato District Family Harm Team"],
        ["Oranga Tamariki – Ministry for Children", "Kirikiriroa Hamilton site"],
        ["Health New Zealand – Te Whatu Ora", "Waikato family violence intervention coordinators"],
        ["Ara Poutama Aotearoa – Department of Corrections", "Waikato Community Corrections"],
        ["Ministry of Social Development", "Work and Income, Waikato Region"],
        ["Kāinga Ora – Homes and Communities", "Waikato tenancy services"],
        ["Waikato Women's Refuge Trust", "Specialist family violence advocates"],
        ["Te Korowai Whānau Ora Services", "Kaupapa Māori whānau ora navigators"],
    ], widths=[8, 8])
    P.para("New Zealand Police is the lead attending agency. It convenes and chairs the safety table, keeps "
           "the action log, and is responsible for developing and implementing this protocol.")

    P.heading("3. PURPOSE OF THE SAFETY TABLE")
    P.para("The safety table meets every working day to review the family violence episodes reported to "
           "Police in the previous 24 hours (72 hours after a weekend or public holiday). Its purpose is to "
           "assess the risk to victims and their children, and to agree one coordinated response so that "
           "each agency knows what it will do and by when.")

    P.heading("4. PURPOSES FOR WHICH INFORMATION IS SHARED")
    P.items([
        "P1\tTo assess the risk of family violence to the victim, their children and other whānau members in each episode reviewed.",
        "P2\tTo develop a safety plan for each high-risk episode and allocate each action to the agency best placed to carry it out.",
        "P3\tTo confirm that actions agreed at earlier meetings have been completed, and to change the plan if the risk has changed.",
        "P4\tTo prevent or lessen a serious threat to the life or health of any person where P1 to P3 do not apply.",
    ])

    P.heading("5. INFORMATION TO BE SHARED")
    P.para("Only information relevant to the episode under review is shared. Representatives do not bring "
           "whole case files to the meeting.")
    P.table(["Agency", "Information it may share"], [
        ["New Zealand Police", "Episode summary, family harm risk assessment, history of family harm call-outs, protection orders, bail conditions, firearms licence status."],
        ["Oranga Tamariki", "Whether the tamariki are known, current reports of concern or plans, allocated social worker."],
        ["Health New Zealand", "Family violence screening results, injuries presented, pregnancy, mental health or addiction concerns relevant to risk."],
        ["Ara Poutama Aotearoa", "Sentence or order status, conditions, compliance, release dates."],
        ["Ministry of Social Development", "Current contact details, emergency housing or hardship assistance relevant to safety."],
        ["Kāinga Ora", "Tenancy status, safety alterations to the home, transfer applications."],
        ["Waikato Women's Refuge Trust; Te Korowai Whānau Ora Services", "Engagement with the victim or whānau, their wishes and safety concerns, support already in place."],
    ], widths=[5, 11])

    P.heading("6. LEGAL AUTHORITY")
    P.para("Each purpose relies on the legal authority set out against it. The Family Violence Act 2018 "
           "applies only where the representative's agency is a family violence agency or the representative "
           "is a social services practitioner under that Act.")
    P.table(["Purpose", "Legal authority"], [
        ["P1 – assess risk", "Family Violence Act 2018, s 20"],
        ["P2 – safety plan and actions", "Family Violence Act 2018, s 20; Oranga Tamariki Act 1989, s 66C where a child or young person is involved"],
        ["P3 – follow-up of actions", "Family Violence Act 2018, s 20"],
        ["P4 – serious threat", "Privacy Act 2020, s 22, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d) for health information"],
    ], widths=[5, 11])

    P.heading("7. USE OF INFORMATION")
    P.para("Information shared at the safety table is used only for the purpose for which it was shared. "
           "An agency records information in its own system only where it needs it to carry out an action "
           "allocated to it at the meeting, and notes the source, the legal authority, the purpose, any "
           "restriction on use and the date it was shared.")
    P.para("Any other use is a secondary use. Before making it, the agency assesses the purpose and legal "
           "authority with its privacy or legal team.")

    P.heading("8. TRANSPARENCY AND NOTIFICATION")
    P.para("Each agency's privacy statement tells people that their information may be shared with other "
           "agencies to keep people safe from family violence. Where it is safe, the agency with the closest "
           "relationship tells the victim that the safety table has discussed their situation and what "
           "support has been agreed.")
    P.para("A person who uses violence is not told of the discussion where telling them could increase the "
           "risk to the victim or children; the reason is recorded in the Police file. Before an agency takes "
           "an action that may adversely affect a person, it follows its own statutory consultation "
           "requirements.")

    P.heading("9. METHOD OF SHARING")
    P.para("Police publish the daily episode list in the Family Safety System (FSS) by 8.30 am. "
           "Representatives share information verbally at the meeting and record the agreed actions in FSS. "
           "Information that cannot be recorded in FSS is sent by secure email (SEEMail) between agency "
           "addresses, with attachments password protected as required by section 11.")

    P.heading("10. SECURITY CLASSIFICATION")
    P.para("Information shared at the safety table is classified SENSITIVE.")

    P.heading("11. SECURITY CONTROLS")
    P.para("These minimum controls apply to every meeting:")
    P.items(SIX_CONTROLS_C1)
    P.para("FSS access is role based, and Police audit FSS access monthly.")

    P.heading("12. TIKANGA")
    P.para("Te Korowai Whānau Ora Services attends as a kaupapa Māori provider. The attending agencies have "
           "agreed with Te Korowai that information about whānau is discussed in a way that upholds the mana "
           "of the people concerned, that Te Korowai is invited to advise on how agencies engage with Māori "
           "whānau, and that information about whānau, hapū or iwi is not used to build group profiles.")
    P.para("Agencies engage their Māori advisory teams, and Te Korowai, when this protocol is reviewed.")

    P.heading("13. RETENTION AND DISPOSAL")
    P.para("Agencies keep information from the safety table only while they need it to carry out an agreed "
           "action, and store it in their approved business system. Emails containing personal information "
           "are deleted once the information is saved there. Police hold the FSS records and action logs "
           "under Police's disposal authority under the Public Records Act 2005; each other agency applies "
           "its own retention and disposal authority.")

    P.heading("14. PRIVACY AND SECURITY BREACH MANAGEMENT")
    P.para("A representative who finds that information from the safety table has been lost, sent to the "
           "wrong person or accessed without authority tells the breach contact straight away, and their own "
           "agency's privacy officer.")
    P.para("Breach contact: Family Harm Coordinator, New Zealand Police, Waikato District – "
           "isr.waikato@police.govt.nz, 07 858 6200.")
    P.para("The agencies affected work together to contain the breach and decide what to tell the people "
           "affected. The agency responsible for the breach assesses whether it is a notifiable privacy "
           "breach under Part 6 of the Privacy Act 2020 and, if it is, notifies the Privacy Commissioner.")

    P.heading("15. CONFLICTS OF INTEREST")
    P.para("A representative who knows a person being discussed, or has any personal interest in an "
           "episode, tells the chair as soon as they become aware of it, passes any request for their "
           "agency's information to a colleague, and leaves the meeting while that episode is discussed. "
           "The chair records the conflict in the action log.")

    P.heading("16. RELATIONSHIP MANAGEMENT")
    P.para("Each attending agency names a relationship manager who understands the purpose of the safety "
           "table and supports their representative with information sharing questions. The relationship "
           "managers meet every six months to check that sharing is working as this protocol describes and "
           "to pick up scope creep early.")

    P.heading("17. REVIEW")
    P.para("This protocol is reviewed every 12 months. New Zealand Police, as lead attending agency, "
           "initiates the review. Any attending agency may ask for an earlier review if a problem with the "
           "sharing arises.")
    P.para("Next review date: 30 June 2027.")

    P.heading("18. SIGNATURES")
    P.para("Signed for each attending agency by a person authorised to approve this protocol, after advice "
           "from their agency's privacy team.")
    P.sig_table([
        ["New Zealand Police", "Inspector Rawiri Tamihana", "Waikato District Prevention Manager", "Signed", "8 June 2026"],
        ["Oranga Tamariki – Ministry for Children", "Megan Lusk", "Regional Manager, Waikato", "Signed", "9 June 2026"],
        ["Health New Zealand – Te Whatu Ora", "Dr Anjali Menon", "Group Manager, Te Manawa Taki Family Violence Services", "Signed", "9 June 2026"],
        ["Ara Poutama Aotearoa – Department of Corrections", "Phil Rangiahua", "District Manager, Waikato Community Corrections", "Signed", "10 June 2026"],
        ["Ministry of Social Development", "Sarah Okafor", "Regional Commissioner, Waikato", "Signed", "11 June 2026"],
        ["Kāinga Ora – Homes and Communities", "Grant Whitelaw", "Regional Director, Waikato", "Signed", "12 June 2026"],
        ["Waikato Women's Refuge Trust", "Hine Walker", "Chief Executive", "Signed", "15 June 2026"],
        ["Te Korowai Whānau Ora Services", "Tipene Marsh", "Kaiwhakahaere Matua", "Signed", "16 June 2026"],
    ])
    return P, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Clean ISR protocol rewritten 2026 with ALL CAPS Heading 1 sections, SENSITIVE in header and body, a purpose/authority table, six lettered controls; section 1 only records that the 2018/2020 Acts replaced the 1995/1993 Acts (no ISP303), next review 30 June 2027."
    }


def clean_02():
    """Counties Manukau Youth Offending Team, reviewed February 2026. Numbered bold paragraphs."""
    P = Protocol("bold")
    P.header_footer("IN-CONFIDENCE", "Counties Manukau YOT Information Sharing Protocol – Version 2.1 – February 2026")
    P.core("Counties Manukau Youth Offending Team - Information Sharing Protocol", "Tevita Fonua",
           D(2025, 11, 18), D(2026, 2, 24, 11, 5), "Tevita Fonua", revision=9)
    P.title(["COUNTIES MANUKAU YOUTH OFFENDING TEAM",
             "INFORMATION SHARING PROTOCOL",
             "Version 2.1 (replaces the 2015 protocol)"])

    P.heading("1.  PARTIES (ATTENDING AGENCIES)")
    P.para("1.1  The parties to this protocol are the agencies that attend the Counties Manukau Youth "
           "Offending Team (YOT):")
    P.bullets([
        "Oranga Tamariki – Ministry for Children (lead agency)",
        "New Zealand Police (Counties Manukau Youth Services)",
        "Ministry of Education",
        "Health New Zealand – Te Whatu Ora (Counties Manukau youth health and forensic services)",
        "Te Whānau o Manurewa Trust",
        "Manukau Youth Services Trust",
    ])
    P.para("1.2  Oranga Tamariki is the lead agency. Its YOT coordinator convenes the meetings, keeps the "
           "record of decisions and looks after this protocol.")

    P.heading("2.  PURPOSE OF THE YOUTH OFFENDING TEAM")
    P.para("2.1  The YOT meets monthly so that the agencies responsible for youth justice in Counties "
           "Manukau can plan together: to reduce offending by young people, to make sure youth justice plans "
           "are backed by the education, health and social supports they rely on, and to resolve gaps in "
           "local services.")

    P.heading("3.  PURPOSES OF INFORMATION SHARING")
    P.para("3.1  Information about individual young people is shared at the YOT for these purposes only:")
    P.items([
        "(a)\tto identify young people who are offending, or at risk of offending, and agree which service will work with them and their whānau;",
        "(b)\tto coordinate the education, health and social supports that a young person needs to complete a youth justice family group conference plan.",
    ], indent=1.6)

    P.heading("4.  INFORMATION TO BE SHARED")
    P.para("4.1  Police: the young person's offending and apprehension history relevant to the referral, "
           "alternative action plans, bail conditions.")
    P.para("4.2  Oranga Tamariki: family group conference plans and their progress, current youth justice or "
           "care and protection involvement.")
    P.para("4.3  Ministry of Education: enrolment, attendance, stand-downs, suspensions and exclusions, "
           "learning support in place.")
    P.para("4.4  Health New Zealand: health, mental health, alcohol and drug, and neurodisability needs "
           "relevant to the plan.")
    P.para("4.5  Te Whānau o Manurewa Trust and Manukau Youth Services Trust: engagement of the young person "
           "and whānau with their programmes, progress and barriers.")

    P.heading("5.  LEGAL AUTHORITY")
    P.para("5.1  This protocol does not authorise sharing; the law does. Each purpose relies on the "
           "authority shown below, and each representative checks that its criteria are met.")
    P.table(["Purpose", "Authority relied on"], [
        ["3.1(a) identify young people and agree a service", "Oranga Tamariki Act 1989, s 66C; Privacy Act 2020, IPP 11(1)(e)(i) for Police information about offending"],
        ["3.1(b) coordinate supports for the FGC plan", "Oranga Tamariki Act 1989, s 66C; Health Information Privacy Code 2020, rule 11(1)(b) (with the young person's authorisation) for health information outside s 66C"],
    ], widths=[6, 10])

    P.heading("6.  USE OF INFORMATION")
    P.para("6.1  Information shared at the YOT is used only to carry out the purpose it was shared for. A "
           "party records it in its own system only where that is needed to deliver the action agreed for "
           "the young person, noting where it came from, the authority, the purpose, any restriction on use "
           "and the date it was shared.")
    P.para("6.2  A party that wants to use the information for anything else first works through the purpose "
           "and legal authority for that secondary use with its privacy or legal team.")

    P.heading("7.  TRANSPARENCY AND NOTIFICATION")
    P.para("7.1  Young people and their whānau are told, at the family group conference or when first referred, "
           "that the YOT agencies share information to coordinate support, and are given the Oranga Tamariki "
           "leaflet explaining the YOT. Where s 66C is relied on, the party considers whether to consult the "
           "young person first, as the Act expects. Each party's privacy statement describes the sharing.")

    P.heading("8.  METHOD OF SHARING")
    P.para("8.1  The coordinator sends the list of young people to be discussed to YOT members' agency email "
           "addresses three working days before the meeting, as a password-protected attachment. Information "
           "is otherwise shared verbally at the meeting. Actions are recorded in the Oranga Tamariki record of "
           "decisions, and each member receives only the actions for their own agency.")

    P.heading("9.  SECURITY CLASSIFICATION")
    P.para("9.1  Classification of information shared at the YOT: IN-CONFIDENCE.")

    P.heading("10.  SECURITY CONTROLS")
    P.para("10.1  All members agree to these controls:")
    P.bullets([
        "Members have completed their agency's privacy and information security training.",
        "Any printed list or paper is collected by the coordinator at the end of the meeting and shredded.",
        "Email attachments containing personal information are password protected.",
        "Information is sent, received and viewed only on agency-approved devices.",
        "Members joining by Teams do not use the chat for personal information, do not record the meeting and do not take screenshots.",
        "Members do not hand printed material to members from other agencies.",
    ])

    P.heading("11.  TIKANGA")
    P.para("11.1  Most young people discussed at the YOT are rangatahi Māori or Pasifika. Te Whānau o Manurewa "
           "Trust advises the YOT on tikanga, including how rangatahi and whānau are spoken about, that "
           "whakapapa information is shared only where it is needed for the plan, and that whānau are "
           "involved in decisions in line with the principles of the Oranga Tamariki Act 1989. Oranga "
           "Tamariki's Māori advisory team is consulted when the protocol is reviewed.")

    P.heading("12.  RETENTION AND DISPOSAL")
    P.para("12.1  Parties keep YOT information only as long as they need it for an agreed action, in their "
           "approved business systems, and delete the emailed list once the meeting is over. The record of "
           "decisions is held by Oranga Tamariki under its disposal authority under the Public Records Act "
           "2005.")

    P.heading("13.  PRIVACY AND SECURITY BREACHES")
    P.para("13.1  If information shared at the YOT is lost or disclosed without authority, the member tells "
           "their own privacy officer and the YOT breach contact at once.")
    P.para("13.2  YOT breach contact: YOT Coordinator, Oranga Tamariki – Ministry for Children, Manukau – "
           "yot.countiesmanukau@ot.govt.nz, 09 261 0500.")
    P.para("13.3  The parties involved agree together how to contain the breach and what to tell the young "
           "person and whānau. The responsible party decides whether the breach is notifiable under the "
           "Privacy Act 2020 and notifies the Privacy Commissioner if so.")

    P.heading("14.  CONFLICTS OF INTEREST")
    P.para("14.1  A member who knows a young person or whānau being discussed tells the chair before the "
           "case is discussed, asks a colleague to respond to any request for their agency's information, "
           "and steps out of the meeting for that case.")

    P.heading("15.  RELATIONSHIP MANAGEMENT AND OVERSIGHT")
    P.para("15.1  Each party names a relationship manager at team leader level or above. The relationship "
           "managers check in with their YOT member each quarter on how the sharing is working and raise any "
           "problems with the coordinator.")

    P.heading("16.  REVIEW")
    P.para("16.1  This protocol will be reviewed every two years. Oranga Tamariki, as lead agency, will "
           "initiate the review; any party may ask for an earlier review.")

    P.heading("17.  SIGNATURES")
    P.sig_blocks([
        dict(agency="Oranga Tamariki – Ministry for Children", name="Losa Tuilagi", role="Regional Manager, Counties Manukau", date="9 February 2026"),
        dict(agency="New Zealand Police", name="Inspector Gareth Blaikie", role="Prevention Manager, Counties Manukau District", date="11 February 2026"),
        dict(agency="Ministry of Education", name="Ruth Ngata-Pohe", role="Director of Education, Auckland", date="12 February 2026"),
        dict(agency="Health New Zealand – Te Whatu Ora", name="Dr Manu Sefo", role="Clinical Director, Youth Forensic Services", date="16 February 2026"),
        dict(agency="Te Whānau o Manurewa Trust", name="Kiri Hohaia", role="General Manager", date="19 February 2026"),
        dict(agency="Manukau Youth Services Trust", name="Daniel Fa'amoe", role="Chief Executive", date="23 February 2026"),
    ], cols=2)
    return P, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Clean YOT protocol in numbered bold paragraphs (no heading styles), six bulleted controls, purposes 3.1(a)/(b) mapped in a table, two-column signature blocks; review every two years from February 2026."
    }


def clean_03():
    """Christchurch tenancy sustainment panel, updated September 2025. Form table layout."""
    P = Protocol("bold")
    P.header_footer("IN-CONFIDENCE", "Ōtautahi Tenancy Sustainment Panel – Information Sharing Protocol – September 2025")
    P.core("Otautahi Tenancy Sustainment Panel ISP", "Bronwyn Keast", D(2025, 6, 30), D(2025, 9, 10, 9, 12),
           "Bronwyn Keast", revision=6)
    P.title(["ŌTAUTAHI TENANCY SUSTAINMENT PANEL",
             "INFORMATION SHARING PROTOCOL",
             "Updated September 2025 (first agreed as the Christchurch Social Housing Panel protocol, 2018)"])
    P.form([
        ("ATTENDING AGENCIES", [
            "Ministry of Social Development (lead agency)",
            "Kāinga Ora – Homes and Communities",
            "Health New Zealand – Te Whatu Ora (Specialist Mental Health and Addiction Services, Waitaha Canterbury)",
            "Te Whare Ōtautahi Housing Trust",
            "Waitaha Tenancy Support Trust",
            "The Ministry of Social Development is the lead agency. It chairs the panel, prepares the agenda and is responsible for this protocol.",
        ]),
        ("PURPOSE OF THE PANEL", [
            "The panel meets fortnightly to find social housing tenants in Ōtautahi Christchurch whose tenancies are at risk (rent arrears, neighbour complaints, hoarding, health crises) and to agree support that keeps them housed.",
        ]),
        ("PURPOSES OF SHARING", [
            "1.  To identify social housing tenants whose tenancy is at risk and agree, with the tenant's agreement, the support each agency will offer.",
            "2.  To respond where there are reasonable grounds to believe that a tenant or another person faces a serious threat to their life or health.",
        ]),
        ("INFORMATION SHARED", [
            "Tenancy details and the risk to the tenancy (landlords); income support and hardship assistance (MSD); mental health and addiction needs relevant to the tenancy (Health New Zealand, with the tenant's authorisation); support already in place (NGO providers).",
        ]),
        ("LEGAL AUTHORITY", [
            "Purpose 1: Privacy Act 2020, IPP 11(1)(d) – the tenant authorises the disclosure on the panel consent form; Health Information Privacy Code 2020, rule 11(1)(b) for health information.",
            "Purpose 2: Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d).",
            "This protocol does not itself authorise any sharing; it records the authorities the agencies rely on.",
        ]),
        ("USE OF INFORMATION", [
            "Information is used only to plan and deliver the support agreed for the tenant, or to respond to the serious threat. Agencies add it to their own records only where they need it for an action agreed at the panel, noting its source, authority, purpose, restrictions and date shared. Any other use needs its own assessment by the agency's privacy team.",
        ]),
        ("TRANSPARENCY", [
            "Tenants are referred to the panel only after their landlord or support worker has explained what the panel is, who attends and what will be discussed, and the tenant has signed the consent form. A tenant can withdraw consent at any time. Where information is shared under purpose 2 without consent, the agency that shared it tells the tenant afterwards unless that would put someone at risk.",
        ]),
        ("METHOD OF SHARING", [
            "MSD emails the agenda to panel members' agency email addresses as a password-protected attachment two days before the meeting. Information is otherwise shared verbally at the meeting, held in person or on Microsoft Teams.",
        ]),
        ("SECURITY CLASSIFICATION", ["IN-CONFIDENCE"]),
        ("SECURITY CONTROLS", [
            "•  Panel members have completed their agency's privacy and security training.",
            "•  Hard copies are securely destroyed (shredded) at the end of each meeting.",
            "•  Attachments with personal information are password protected.",
            "•  Members use only agency-approved devices to send, receive or view panel information.",
            "•  In Teams meetings no one uses the chat for personal information, records the meeting or takes screenshots.",
            "•  Hard copies are not given to members from other agencies.",
        ]),
        ("TIKANGA", [
            "Te Whare Ōtautahi Housing Trust is a kaupapa Māori housing provider. Agencies have agreed with the Trust that whānau are discussed with respect for their mana, that information about whānau connections is shared only with the tenant's agreement, and that the Trust leads engagement with Māori tenants where the tenant wishes. MSD's Māori advisory team is consulted at each review.",
        ]),
        ("RETENTION AND DISPOSAL", [
            "Agencies keep panel information only while they need it for an agreed action and only in their approved business systems. Agencies must not keep information from the panel just in case it becomes useful later. Agenda emails are deleted after each meeting. MSD keeps panel minutes under its disposal authority under the Public Records Act 2005.",
        ]),
        ("BREACH MANAGEMENT", [
            "Breach contact: Regional Privacy Lead, Ministry of Social Development, Canterbury – privacy_canterbury@msd.govt.nz, 03 363 5200.",
            "Members report any loss or wrongful disclosure of panel information to the breach contact and their own privacy officer the same day. The agencies involved agree how to respond and what to tell the tenant; the responsible agency decides whether to notify the Privacy Commissioner.",
        ]),
        ("CONFLICTS OF INTEREST", [
            "A member who has a personal connection with a tenant on the agenda declares it to the chair, asks a colleague to handle requests for their agency's information, and leaves the meeting while that tenant is discussed.",
        ]),
        ("RELATIONSHIP MANAGEMENT", [
            "Each agency names a relationship manager. The relationship managers meet twice a year to check the sharing is still working as agreed and to resolve any issues.",
        ]),
        ("REVIEW", [
            "This protocol is reviewed every eighteen (18) months. The Ministry of Social Development initiates the review. Next review: by 9 March 2027.",
        ]),
    ])
    P.heading("APPROVAL")
    P.sig_table([
        ["Ministry of Social Development", "Aaron Whitcombe", "Regional Commissioner, Canterbury", "", "2 September 2025"],
        ["Kāinga Ora – Homes and Communities", "Sinead Cullen", "Regional Manager, Canterbury", "", "3 September 2025"],
        ["Health New Zealand – Te Whatu Ora", "Dr Paul Tremaine", "Service Manager, Specialist Mental Health and Addiction Services", "", "4 September 2025"],
        ["Te Whare Ōtautahi Housing Trust", "Mereana Pitama", "Pou Whakahaere", "", "8 September 2025"],
        ["Waitaha Tenancy Support Trust", "James Haddon", "Operations Manager", "", "9 September 2025"],
    ])
    return P, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Clean housing panel protocol written as a shaded two-column form table (left column holds the section names); retention clause forbids keeping information just in case (not ISP801); review every 18 months, next by 9 March 2027."
    }


def clean_04():
    """Whanganui tamariki wellbeing panel (successor to the Children's Team), April 2026. Real numbering."""
    P = Protocol("numdef")
    P.header_footer("IN-CONFIDENCE", "Whanganui Tamariki and Whānau Wellbeing Panel – Information Sharing Protocol – April 2026")
    P.core("Whanganui Tamariki and Whanau Wellbeing Panel - Information Sharing Protocol", "Aneta Kereama",
           D(2026, 1, 20), D(2026, 4, 14, 16, 2), "Aneta Kereama", revision=11)
    P.title(["WHANGANUI TAMARIKI AND WHĀNAU WELLBEING PANEL",
             "INFORMATION SHARING PROTOCOL",
             "April 2026 – succeeds the Whanganui Children's Team protocol (2016)"])

    P.heading("ATTENDING AGENCIES")
    P.para("The agencies that attend the panel, and sign this protocol, are:")
    P.table(["Agency", "Role at the panel"], [
        ["Oranga Tamariki – Ministry for Children", "Lead attending agency; convenes and chairs the panel"],
        ["Health New Zealand – Te Whatu Ora", "Whanganui public health nursing, child and adolescent mental health"],
        ["Ministry of Education", "Learning support and attendance services"],
        ["New Zealand Police", "Whanganui family harm and youth services"],
        ["Ministry of Social Development", "Work and Income, Whanganui"],
        ["Te Poutama Whānau Ora Trust", "Iwi-mandated whānau ora provider"],
    ], widths=[7, 9])

    P.heading("PURPOSE OF THE PANEL")
    P.para("The panel meets weekly to consider tamariki aged 0 to 17 years referred because they have "
           "significant needs that no single agency can meet, to agree one lead professional and one plan "
           "for each tamaiti, and to make sure the services in the plan are delivered.")

    P.heading("PURPOSES OF SHARING")
    P.items([
        "1.\tTo assess the wellbeing and needs of tamariki referred to the panel.",
        "2.\tTo agree a lead professional and a single plan for each tamaiti and their whānau.",
        "3.\tTo refer whānau to the services they have agreed to receive.",
    ])

    P.heading("INFORMATION TO BE SHARED")
    P.para("The referral and any assessment already done; the tamaiti's health, learning and attendance "
           "needs; current agency involvement; family harm history where it bears on the tamaiti's safety; "
           "the whānau's own view of what would help.")

    P.heading("LEGAL AUTHORITY")
    P.table(["Purpose", "Legal authority"], [
        ["1. Assess wellbeing and needs", "Oranga Tamariki Act 1989, s 66C"],
        ["2. Lead professional and single plan", "Oranga Tamariki Act 1989, s 66C"],
        ["3. Referral to agreed services", "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)"],
    ], widths=[7, 9])
    P.para("The protocol does not itself authorise any sharing. Section 66C applies only to child welfare and "
           "protection agencies and independent persons as defined in the Oranga Tamariki Act 1989.")

    P.heading("USE OF INFORMATION")
    P.para("Information is used only for the purpose it was shared for. Agencies record panel information in "
           "their own systems only where needed to deliver their part of the plan, noting the source, the "
           "authority, the purpose, any restriction and the date shared. A secondary use needs its own "
           "assessment with the agency's privacy or legal team.")

    P.heading("TRANSPARENCY AND NOTIFICATION")
    P.para("The referrer tells the whānau about the referral, who sits on the panel and what will be shared, "
           "unless doing so would put the tamaiti at risk. Before relying on s 66C, the agency considers "
           "whether to consult the tamaiti or whānau, as the Act expects. The lead professional tells the "
           "whānau the outcome of the panel.")

    P.heading("METHOD OF SHARING")
    P.para("Referrals and the weekly agenda are sent by SEEMail to members' agency addresses. Information is "
           "otherwise shared verbally at the panel. Plans are recorded in CYRAS by Oranga Tamariki and sent "
           "to each lead professional.")

    P.heading("SECURITY CLASSIFICATION")
    P.para("IN-CONFIDENCE")

    P.heading("SECURITY CONTROLS")
    P.heading("Requirements", 2)
    P.bullets([
        "All panel members have completed privacy and information security training in their own agency.",
        "Printed agendas and notes are securely destroyed at the end of every meeting.",
        "All email attachments containing personal information are password protected.",
    ])
    P.heading("Restrictions", 2)
    P.bullets([
        "Information is shared only from agency-approved devices.",
        "At online meetings, members do not use the chat, record the meeting or take screenshots.",
        "Members do not give hard copies to other members.",
    ])

    P.heading("TIKANGA")
    P.para("Te Poutama Whānau Ora Trust and Oranga Tamariki's Kaiārahi have agreed the panel's tikanga: "
           "hui begin with karakia; tamariki and whānau are spoken of with respect for their mana and "
           "whakapapa; information about whānau, hapū and iwi connections is shared only when the plan needs "
           "it; and the Trust is invited to lead engagement with whānau Māori who want that.")

    P.heading("RETENTION AND DISPOSAL")
    P.para("Agencies keep panel information only while it is needed for the plan, in their approved "
           "systems, and delete emailed copies once the information is stored. Oranga Tamariki holds the "
           "panel records under its disposal authority under the Public Records Act 2005.")

    P.heading("BREACH MANAGEMENT")
    P.para("Breach contact: Panel Coordinator, Oranga Tamariki Whanganui – whanganui.panel@ot.govt.nz, "
           "06 349 0800. A member who becomes aware of a breach tells the breach contact and their own privacy "
           "officer straight away; the agencies concerned agree the response and what to tell the whānau, and "
           "the responsible agency decides whether to notify the Privacy Commissioner.")

    P.heading("CONFLICTS OF INTEREST")
    P.para("Whanganui is a small community. Members declare any whānau or personal connection with a tamaiti "
           "on the agenda, a colleague responds for their agency, and the member leaves the room while that "
           "tamaiti is discussed. The chair records declared conflicts.")

    P.heading("RELATIONSHIP MANAGEMENT")
    P.para("Each agency nominates a relationship manager who checks with its panel member each quarter that "
           "the protocol is working and deals with issues about the agency's information.")

    P.heading("REVIEW")
    P.para("This protocol is reviewed biennially (every 24 months). Oranga Tamariki is responsible for "
           "initiating the review. Next review date: 3 April 2028.")

    P.heading("APPROVAL")
    P.sig_table([
        ["Oranga Tamariki – Ministry for Children", "Wiremu Haami", "Site Manager, Whanganui", "", "3 April 2026"],
        ["Health New Zealand – Te Whatu Ora", "Catherine Blyth", "Service Manager, Whanganui Child Health", "", "1 April 2026"],
        ["Ministry of Education", "Tama Potaka-Ross", "Manager Learning Support, Central North", "", "30 March 2026"],
        ["New Zealand Police", "Senior Sergeant Lisa Mohi", "Whanganui Area Prevention Manager", "", "31 March 2026"],
        ["Ministry of Social Development", "Ian Prestidge", "Service Centre Manager, Whanganui", "", "2 April 2026"],
        ["Te Poutama Whānau Ora Trust", "Ngaire Tapa", "Tumu Whakarae", "", "3 April 2026"],
    ], header=("Attending agency", "Name", "Role", "Signature", "Date signed"))
    return P, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Clean protocol whose ALL CAPS headings carry Word automatic numbering (numbering definition, number not in the text) with Heading 2 'Requirements'/'Restrictions' under security controls; next review 3 April 2028."
    }


# ---------------------------------------------------------------------------
# SINGLE-DEFECT protocols: old protocols updated in 2025-2026, each with one
# realistic slip left in.
# ---------------------------------------------------------------------------


def defect_isp301():
    """Tairāwhiti Strengthening Families, updated October 2025: purpose 3 added, no authority row."""
    P = Protocol("h1")
    P.header_footer("IN-CONFIDENCE", "Tairāwhiti Strengthening Families – Information Sharing Protocol – October 2025")
    P.core("Tairawhiti Strengthening Families Information Sharing Protocol", "Hinemoa Pōtae",
           D(2025, 7, 1), D(2025, 10, 22, 10, 30), "Hinemoa Pōtae", revision=7)
    P.title(["TAIRĀWHITI STRENGTHENING FAMILIES",
             "INFORMATION SHARING PROTOCOL",
             "Updated October 2025"])

    P.heading("1. PARTIES")
    P.para("This protocol is agreed by the agencies that attend Strengthening Families meetings in "
           "Tairāwhiti and sit on the Local Management Group:")
    P.bullets([
        "Ministry of Social Development (lead agency)",
        "Oranga Tamariki – Ministry for Children",
        "Health New Zealand – Te Whatu Ora (Tairāwhiti)",
        "Ministry of Education",
        "New Zealand Police",
        "Tūranga Whānau Services Trust",
    ])
    P.para("The Ministry of Social Development is the lead agency. It funds the Strengthening Families "
           "coordinator, hosted by Tūranga Whānau Services Trust, and is responsible for this protocol.")

    P.heading("2. PURPOSE OF STRENGTHENING FAMILIES MEETINGS")
    P.para("A Strengthening Families meeting brings a family together with the agencies working with it, "
           "at the family's request, so that everyone agrees one plan, one lead person, and who does what.")

    P.heading("3. PURPOSES OF INFORMATION SHARING")
    P.items([
        "3.1\tTo prepare for and hold a Strengthening Families meeting with the family's agreement, so that the agencies can agree one plan.",
        "3.2\tTo monitor the family plan and review progress at follow-up meetings.",
        "3.3\tTo give the Local Management Group case-level information for its annual review of service gaps in Tairāwhiti.",
    ])

    P.heading("4. INFORMATION TO BE SHARED")
    P.para("What each agency is doing with the family, the family's goals and concerns, and information the "
           "family agrees is relevant to the plan, such as school attendance, health needs, benefit or "
           "housing issues.")

    P.heading("5. LEGAL AUTHORITY")
    P.para("This protocol does not authorise sharing. Each agency relies on the authority listed for the "
           "purpose concerned:")
    P.table(["Purpose", "Legal authority"], [
        ["3.1 Prepare for and hold the meeting", "Privacy Act 2020, IPP 11(1)(d) – the family's signed consent; Health Information Privacy Code 2020, rule 11(1)(b)"],
        ["3.2 Monitor and review the plan", "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)"],
    ], widths=[6, 10])

    P.heading("6. USE OF INFORMATION")
    P.para("Information is used only for the purpose it was shared for. Agencies record it in their own "
           "systems only where they need it to carry out their part of the family plan, noting the source, "
           "authority, purpose, any restriction and the date it was shared. Any other use needs an assessment "
           "by the agency's privacy or legal team first.")

    P.heading("7. CONSENT, TRANSPARENCY AND NOTIFICATION")
    P.para("The coordinator explains the process to the family before any information is shared, including "
           "who will attend and what each agency will be asked. The family signs the consent form, chooses "
           "what may be discussed and can withdraw consent at any time.")

    P.heading("8. METHOD OF SHARING")
    P.para("Information is shared verbally at the meeting. The coordinator emails the family plan to the "
           "agencies named in it, as a password-protected attachment.")

    P.heading("9. SECURITY CLASSIFICATION")
    P.para("Information shared under this protocol is classified IN-CONFIDENCE.")

    P.heading("10. SECURITY CONTROLS")
    P.bullets([
        "Representatives have completed their agency's privacy and information security training.",
        "Hard copies used at a meeting are shredded at the end of it.",
        "Email attachments holding personal information are password protected.",
        "Only agency-approved devices are used to share or view information.",
        "At online meetings nobody uses the chat for personal information, records the meeting or takes screenshots.",
        "Representatives do not pass hard copies to other agencies' representatives.",
    ])

    P.heading("11. TIKANGA")
    P.para("Most families referred in Tairāwhiti are Māori. Tūranga Whānau Services Trust advises on tikanga: "
           "meetings are held where the whānau chooses, may open with karakia, and whānau may bring kaumātua "
           "or support people. Information about whakapapa is shared only with the whānau's agreement.")

    P.heading("12. RETENTION AND DISPOSAL")
    P.para("Agencies keep information only as long as they need it for the plan, in their approved systems. "
           "The coordinator keeps the family file for the period set by MSD's disposal authority under the "
           "Public Records Act 2005 and then destroys it.")

    P.heading("13. PRIVACY AND SECURITY BREACHES")
    P.para("Breach contact: Strengthening Families Coordinator, Tūranga Whānau Services Trust – "
           "sf.coordinator@turangawhanau.org.nz, 06 868 4410. The agencies involved agree the response and "
           "what to tell the family; the responsible agency decides whether to notify the Privacy "
           "Commissioner.")

    P.heading("14. CONFLICTS OF INTEREST")
    P.para("A representative with a personal or whānau connection to a family tells the coordinator before "
           "the meeting and another representative attends for their agency.")

    P.heading("15. RELATIONSHIP MANAGEMENT")
    P.para("The Local Management Group is made up of each agency's relationship manager. It meets quarterly "
           "and checks that information sharing is working as agreed.")

    P.heading("16. REVIEW")
    P.para("This protocol is reviewed every 24 months. The Ministry of Social Development initiates the review.")

    P.heading("17. SIGNATURES")
    P.sig_table([
        ["Ministry of Social Development", "Raewyn Kingi", "Regional Commissioner, East Coast", "", "6 October 2025"],
        ["Oranga Tamariki – Ministry for Children", "Jason Tomoana", "Site Manager, Tairāwhiti", "", "7 October 2025"],
        ["Health New Zealand – Te Whatu Ora", "Dr Emma Lowe", "Group Manager, Tairāwhiti Community Health", "", "8 October 2025"],
        ["Ministry of Education", "Paora Brooking", "Director of Education, Hawke's Bay/Tairāwhiti", "", "9 October 2025"],
        ["New Zealand Police", "Inspector Sam Aspinall", "Tairāwhiti Area Commander", "", "13 October 2025"],
        ["Tūranga Whānau Services Trust", "Moana Kaa", "Chief Executive", "", "14 October 2025"],
    ])
    return P, {
        "kind": "defect",
        "expect": [{"rule": "ISP301", "data_contains": {"purpose": "case-level information"}}],
        "tolerate": [],
        "note": "Purpose 3.3 (case information for the Local Management Group's service-gap review) was added in the 2025 update, but the section 5 purpose/authority table still only has rows for 3.1 and 3.2."
    }


def defect_isp451():
    """Hawke's Bay Family Harm Table (formerly FVIARS), November 2025: no approved-devices control."""
    P = Protocol("bold")
    P.header_footer("IN-CONFIDENCE", "Hawke's Bay Family Harm Table – Information Sharing Protocol – v4 – November 2025")
    P.core("Hawke's Bay Family Harm Table - Information Sharing Protocol v4", "Craig Tupaea",
           D(2025, 8, 12), D(2025, 11, 20, 14, 45), "Craig Tupaea", revision=12)
    P.title(["HAWKE'S BAY FAMILY HARM TABLE",
             "(formerly Hawke's Bay FVIARS)",
             "INFORMATION SHARING PROTOCOL – VERSION 4"])

    P.heading("1.  ATTENDING AGENCIES")
    P.para("New Zealand Police, Eastern District (lead agency); Oranga Tamariki – Ministry for Children; "
           "Health New Zealand – Te Whatu Ora; Ara Poutama Aotearoa – Department of Corrections; "
           "Heretaunga Women's Refuge Trust; Te Whare Whānau Hawke's Bay Trust.")
    P.para("New Zealand Police is the lead agency and provides the Family Harm Table coordinator.")

    P.heading("2.  PURPOSE OF THE FAMILY HARM TABLE")
    P.para("The Family Harm Table meets daily to review the family harm episodes attended by Police in "
           "Hawke's Bay, to assess risk, and to agree a coordinated response for each whānau.")

    P.heading("3.  PURPOSES OF SHARING")
    P.para("3.1  To assess the risk of family violence to victims and tamariki in each episode.")
    P.para("3.2  To agree a safety plan and the support each agency will provide.")
    P.para("3.3  To prevent or lessen a serious threat to a person's life or health.")

    P.heading("4.  INFORMATION TO BE SHARED")
    P.para("Episode details and risk assessment (Police); involvement with tamariki (Oranga Tamariki); "
           "relevant health information (Health New Zealand); sentence and order conditions (Corrections); "
           "advocacy and engagement with victims and whānau (NGOs).")

    P.heading("5.  LEGAL AUTHORITY")
    P.para("5.1  Purposes 3.1 and 3.2: Family Violence Act 2018, s 20.")
    P.para("5.2  Purpose 3.3: Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d).")
    P.para("5.3  The protocol does not itself authorise sharing; representatives check the criteria of the "
           "authority they rely on before they share.")

    P.heading("6.  USE OF INFORMATION")
    P.para("Information is used only for the purpose it was shared for. Agencies record it only where they "
           "need it to carry out an agreed action, noting source, authority, purpose, restrictions and date. "
           "Secondary use needs its own assessment.")

    P.heading("7.  TRANSPARENCY")
    P.para("Agencies' privacy statements describe the Family Harm Table. Victims are told of the support "
           "agreed where it is safe to do so. A person who uses violence is not told where this could "
           "increase risk, and the reason is recorded.")

    P.heading("8.  METHOD OF SHARING")
    P.para("The daily episode list is shared in the Family Safety System. Information is otherwise shared "
           "verbally at the table, in person or on Microsoft Teams.")

    P.heading("9.  SECURITY CLASSIFICATION")
    P.para("Information shared at the Family Harm Table is classified IN-CONFIDENCE.")

    P.heading("10.  SECURITY CONTROLS")
    P.para("10.1  Representatives have completed privacy and information security training and the Family "
           "Safety System training.")
    P.para("10.2  Hard copy material is collected by the coordinator and securely destroyed at the end of "
           "each meeting.")
    P.para("10.3  Any email attachment containing personal information is password protected.")
    P.para("10.4  When the table meets on Teams, nobody uses the chat for personal information, records the "
           "meeting, or takes screenshots.")
    P.para("10.5  Hard copies are not handed to other representatives.")

    P.heading("11.  TIKANGA")
    P.para("Te Whare Whānau Hawke's Bay Trust advises the table on tikanga. Whānau are discussed with respect "
           "for their mana; the Trust may lead contact with whānau Māori; information about whakapapa and "
           "marae connections is shared only where safety requires it.")

    P.heading("12.  RETENTION AND DISPOSAL")
    P.para("Agencies keep information only while needed for an agreed action, in their approved systems. "
           "Police hold the table's records under Police's disposal authority under the Public Records Act 2005.")

    P.heading("13.  BREACH MANAGEMENT")
    P.para("Breach contact: Family Harm Coordinator, New Zealand Police, Eastern District – "
           "familyharm.eastern@police.govt.nz, 06 831 0700. Agencies affected agree the response together; the "
           "responsible agency decides whether to notify the Privacy Commissioner.")

    P.heading("14.  CONFLICTS OF INTEREST")
    P.para("Representatives declare any personal connection to a whānau on the list, step out while that "
           "episode is discussed, and a colleague responds for their agency.")

    P.heading("15.  RELATIONSHIP MANAGEMENT")
    P.para("Each agency names a relationship manager; they meet every six months with the coordinator to "
           "check the sharing is working as agreed.")

    P.heading("16.  REVIEW")
    P.para("This protocol is reviewed every 24 months. New Zealand Police, as lead agency, initiates the review.")

    P.heading("17.  SIGNATURES")
    P.sig_table([
        ["New Zealand Police", "Superintendent Jeanette Park", "District Commander, Eastern", "", "10 November 2025"],
        ["Oranga Tamariki – Ministry for Children", "Rangi Hape", "Regional Manager, Te Matau a Māui", "", "11 November 2025"],
        ["Health New Zealand – Te Whatu Ora", "Tracey Olsen", "Family Violence Intervention Lead, Hawke's Bay", "", "12 November 2025"],
        ["Ara Poutama Aotearoa – Department of Corrections", "Neil Brodie", "District Manager, Hawke's Bay", "", "17 November 2025"],
        ["Heretaunga Women's Refuge Trust", "Tania Whaanga", "Manager", "", "18 November 2025"],
        ["Te Whare Whānau Hawke's Bay Trust", "Hemi Tomoana", "Kaiwhakahaere", "", "19 November 2025"],
    ])
    return P, {
        "kind": "defect",
        "expect": [{"rule": "ISP451", "data": {"control": "approved-devices"}}],
        "tolerate": [],
        "note": "Security controls 10.1-10.5 state five of the six minimum controls; nothing says information is only shared from agency-approved devices."
    }


def defect_isp604():
    """Rotorua housing support panel, signed October 2025, 12-month review due 20/10/2026."""
    P = Protocol("h1")
    P.header_footer("IN-CONFIDENCE", "Rotorua Housing Support Panel – Information Sharing Protocol")
    P.core("Rotorua Housing Support Panel ISP", "Ana Ruatapu", D(2025, 8, 4), D(2025, 10, 21, 8, 50),
           "Ana Ruatapu", revision=5)
    P.title(["ROTORUA HOUSING SUPPORT PANEL",
             "PROTOCOL FOR SHARING INFORMATION",
             "(replaces the Rotorua Social Housing Panel protocol of 2017)"])

    P.heading("PARTIES TO THIS PROTOCOL")
    P.bullets([
        "Ministry of Social Development – lead agency",
        "Kāinga Ora – Homes and Communities",
        "Health New Zealand – Te Whatu Ora (Lakes)",
        "Te Arawa Whānau Housing Trust",
        "Rotorua Emergency Housing Support Service",
    ])

    P.heading("PURPOSE OF THE PANEL")
    P.para("The panel meets weekly to find safe housing for households in emergency accommodation in "
           "Rotorua, and to agree the support they need to keep a new tenancy.")

    P.heading("PURPOSES OF INFORMATION SHARING")
    P.items([
        "A.\tTo match households in emergency accommodation to available social and transitional housing, with their consent.",
        "B.\tTo agree the tenancy support each household will receive once housed, with their consent.",
    ])

    P.heading("INFORMATION TO BE SHARED")
    P.para("Household composition, housing need and priority, accessibility and health needs affecting the "
           "type of house (with consent), tenancy history, and support already in place.")

    P.heading("LEGAL AUTHORITY")
    P.para("Purposes A and B: Privacy Act 2020, IPP 11(1)(d), on the household's signed authority; Health "
           "Information Privacy Code 2020, rule 11(1)(b) for health information. The protocol does not of "
           "itself authorise sharing.")

    P.heading("USE OF INFORMATION")
    P.para("Information is used only to make the placement and deliver the support agreed. Agencies record "
           "it only as needed for that, noting the source, authority, purpose, restrictions and date shared; "
           "a different use needs its own assessment by the agency's privacy team.")

    P.heading("TRANSPARENCY AND NOTIFICATION")
    P.para("MSD case managers explain the panel to each household, give them the panel information sheet, "
           "and obtain their signed authority before they are put on the agenda. Households can ask what was "
           "shared about them and can withdraw their authority.")

    P.heading("METHOD OF SHARING")
    P.para("The agenda is emailed to members as a password-protected attachment the day before the panel. "
           "Discussion is verbal; MSD records outcomes in its case management system.")

    P.heading("SECURITY CLASSIFICATION")
    P.para("IN-CONFIDENCE")

    P.heading("SECURITY CONTROLS")
    P.bullets([
        "Members have completed privacy and information security training with their agency.",
        "Any hard copies are shredded at the end of the meeting.",
        "Email attachments containing personal information are password protected.",
        "Information is shared only using agency-approved devices.",
        "When members join online, no chat, recording or screenshots.",
        "No hard copies are given to other members.",
    ])

    P.heading("TIKANGA")
    P.para("Te Arawa Whānau Housing Trust advises the panel on tikanga. Whānau are discussed respectfully, "
           "their connections to whenua and marae are recognised when housing options are considered, and the "
           "Trust leads contact with whānau who prefer a kaupapa Māori provider.")

    P.heading("RETENTION AND DISPOSAL")
    P.para("Agencies keep panel information only while they need it for a placement or support, in their "
           "approved systems, and delete agenda emails after the meeting. MSD retains panel minutes under its "
           "disposal authority.")

    P.heading("BREACH MANAGEMENT")
    P.para("Breach contact: Senior Advisor Privacy, Ministry of Social Development – privacy@msd.govt.nz, "
           "04 916 3300. The agencies involved decide together how to respond and what to tell the household.")

    P.heading("CONFLICTS OF INTEREST")
    P.para("Members declare any personal connection to a household on the agenda and leave the meeting for "
           "that item; a colleague answers for their agency.")

    P.heading("RELATIONSHIP MANAGEMENT")
    P.para("Each agency has a relationship manager who checks with their panel member twice a year that the "
           "sharing is working as this protocol describes.")

    P.heading("REVIEW")
    P.para("This protocol is to be reviewed twelve (12) months after the date of the last signature below. "
           "The Ministry of Social Development will initiate the review.")

    P.heading("SIGNATURES")
    P.sig_table([
        ["Ministry of Social Development", "Kelvin Rewi", "Regional Commissioner, Bay of Plenty", "", "06/10/2025"],
        ["Kāinga Ora – Homes and Communities", "Fiona Te Huia", "Area Manager, Rotorua", "", "08/10/2025"],
        ["Health New Zealand – Te Whatu Ora", "Mark Ellery", "Operations Manager, Lakes Community Mental Health", "", "14/10/2025"],
        ["Te Arawa Whānau Housing Trust", "Huia Mitai", "Chair", "", "16/10/2025"],
        ["Rotorua Emergency Housing Support Service", "Lynette Hall", "Service Manager", "", "20/10/2025"],
    ])
    return P, {
        "kind": "defect",
        "expect": [{"rule": "ISP604", "data": {"due": "2026-10-20"}}],
        "tolerate": [],
        "note": "Review is twelve months after the last signature, and the last signature is dated 20/10/2025 (NZ day/month order), so the review fell due on 20 October 2026, before 24 November 2026."
    }


def defect_isp703():
    """Whangārei Youth Offending Team, February 2026: kaupapa Māori NGO attends but has no signature block."""
    P = Protocol("outline")
    P.header_footer("IN-CONFIDENCE", "Whangārei Youth Offending Team – Information Sharing Protocol 2026")
    P.core("Whangarei YOT Information Sharing Protocol 2026", "Matiu Kemp", D(2025, 12, 1), D(2026, 2, 27, 13, 14),
           "Matiu Kemp", revision=8)
    P.title(["WHANGĀREI YOUTH OFFENDING TEAM",
             "INFORMATION SHARING PROTOCOL",
             "February 2026"])

    P.heading("1. ATTENDING AGENCIES")
    P.para("1.1 New Zealand Police (Northland Youth Services) – lead agency")
    P.para("1.2 Oranga Tamariki – Ministry for Children")
    P.para("1.3 Ministry of Education")
    P.para("1.4 Health New Zealand – Te Whatu Ora (Te Tai Tokerau)")
    P.para("1.5 Te Whare Awhina o Otangarei Trust")

    P.heading("2. PURPOSE OF THE YOT")
    P.para("The YOT meets monthly to coordinate the local response to offending by children and young people "
           "in Whangārei and to agree which agency will work with each young person referred.")

    P.heading("3. PURPOSES OF SHARING")
    P.para("(a) To identify young people who are offending or at risk of offending and agree an interagency "
           "response for each of them.")
    P.para("(b) To prevent or lessen a serious threat to the life or health of a young person or another person.")

    P.heading("4. INFORMATION TO BE SHARED")
    P.para("Offending and alternative action history (Police); care, protection and youth justice involvement "
           "(Oranga Tamariki); enrolment, attendance and learning support (Education); health needs relevant "
           "to the response (Health New Zealand); engagement with programmes (Te Whare Awhina o Otangarei Trust).")

    P.heading("5. LEGAL AUTHORITY")
    P.table(["Purpose", "Authority"], [
        ["(a)", "Oranga Tamariki Act 1989, s 66C; Privacy Act 2020, IPP 11(1)(e)(i)"],
        ["(b)", "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)"],
    ], widths=[3, 13])
    P.para("This protocol does not itself authorise any sharing; each purpose relies on the authority shown.")

    P.heading("6. USE OF INFORMATION")
    P.para("Information is used only for the purpose it was shared for. Agencies record it only where needed "
           "for their agreed action, noting its source, authority, purpose, restrictions and the date; other "
           "uses need their own assessment.")

    P.heading("7. TRANSPARENCY AND NOTIFICATION")
    P.para("Young people and whānau are told about the YOT when they are first referred, and the lead "
           "agency's privacy statement describes it. Where s 66C is relied on, agencies consider consulting "
           "the young person first.")

    P.heading("8. METHOD OF SHARING")
    P.para("The agenda is sent as a password-protected attachment to members' agency email addresses. "
           "Information is otherwise shared verbally at the meeting.")

    P.heading("9. SECURITY CLASSIFICATION")
    P.para("Information shared at the YOT is classified IN-CONFIDENCE.")

    P.heading("10. SECURITY CONTROLS")
    P.bullets([
        "Members have completed their agency's privacy and information security training.",
        "Hard copies are securely destroyed at the end of the meeting.",
        "Email attachments containing personal information are password protected.",
        "Information is only shared from agency-approved devices.",
        "Online: no chat, no recording, no screenshots.",
        "Hard copies are not given to other members.",
    ])

    P.heading("11. TIKANGA")
    P.para("Te Whare Awhina o Otangarei Trust advises the YOT on tikanga. Hui open with karakia; rangatahi and "
           "whānau are spoken of with respect; whakapapa information is shared only where needed for the "
           "response.")

    P.heading("12. RETENTION AND DISPOSAL")
    P.para("Agencies keep YOT information only while they need it for an agreed action and delete agenda "
           "emails after each meeting. Police keep the YOT minutes under Police's disposal authority.")

    P.heading("13. BREACH MANAGEMENT")
    P.para("Breach contact: Youth Services Sergeant, New Zealand Police, Whangārei – "
           "yot.whangarei@police.govt.nz, 09 430 4500.")

    P.heading("14. CONFLICTS OF INTEREST")
    P.para("Members declare any personal connection to a young person on the agenda and leave the meeting "
           "for that item.")

    P.heading("15. RELATIONSHIP MANAGEMENT")
    P.para("Each agency names a relationship manager who checks each quarter that the protocol is working.")

    P.heading("16. REVIEW")
    P.para("This protocol is reviewed every 12 months. New Zealand Police initiates the review.")

    P.heading("17. APPROVAL")
    P.sig_table([
        ["New Zealand Police", "Inspector Whetu Rapana", "Northland Prevention Manager", "", "16 February 2026"],
        ["Oranga Tamariki – Ministry for Children", "Stacey Hook", "Site Manager, Whangārei", "", "18 February 2026"],
        ["Ministry of Education", "Brent Jurisich", "Manager Learning Support, Tai Tokerau", "", "19 February 2026"],
        ["Health New Zealand – Te Whatu Ora", "Dr Aroha Herewini", "Clinical Lead, Youth Health, Te Tai Tokerau", "", "24 February 2026"],
    ])
    return P, {
        "kind": "defect",
        "expect": [{"rule": "ISP703", "data": {"agency": "Te Whare Awhina o Otangarei Trust"}}],
        "tolerate": [],
        "note": "Five attending agencies are listed in section 1 (headings are bold Normal paragraphs with outline levels), but the section 17 signature table has only four rows: Te Whare Awhina o Otangarei Trust did not sign."
    }


# ---------------------------------------------------------------------------
# LEGACY protocols, 2015-2019, still on file.  Several defects each.
# ---------------------------------------------------------------------------

def _ex(rule, **kw):
    d = {"rule": rule}
    d.update(kw)
    return d


def _missing(*keys):
    return [_ex("ISP101", data={"section": k}) for k in keys]


def _controls(*keys):
    return [_ex("ISP451", data={"control": k}) for k in keys]


REP_PA = _ex("ISP303", data_contains={"authority": "Privacy Act 1993", "replacement": "Privacy Act 2020"})
REP_CYPF = _ex("ISP303", data_contains={"authority": "Children, Young Persons", "replacement": "Oranga Tamariki"})
REP_DVA = _ex("ISP303", data_contains={"authority": "Domestic Violence Act 1995", "replacement": "Family Violence Act"})
REP_HIPC = _ex("ISP303", data_contains={"authority": "Health Information Privacy Code 1994", "replacement": "Health Information Privacy Code 2020"})
REP_VCA = _ex("ISP303", data_contains={"authority": "Vulnerable Children Act"})


def legacy_01():
    """Hawke's Bay FVIARS, April 2016.  The brief's classic 9-heading structure."""
    P = Protocol("h1", font="Calibri", size=11)
    P.header_footer("Hawke's Bay FVIARS Information Sharing Protocol", "Version 1.2 – April 2016")
    P.core("Hawke's Bay FVIARS Information Sharing Protocol", "Sgt K. Paewai", D(2016, 2, 15),
           D(2016, 4, 29, 12, 10), "HBFVIARS", revision=4)
    P.title(["HAWKE'S BAY FAMILY VIOLENCE INTERAGENCY RESPONSE SYSTEM (FVIARS)",
             "INFORMATION SHARING PROTOCOL",
             "Version 1.2 – April 2016"])

    P.heading("1. INTRODUCTION AND PURPOSE")
    P.para("The Family Violence Interagency Response System (FVIARS) is a national collaboration between "
           "New Zealand Police, Child, Youth and Family and the National Collective of Independent Women's "
           "Refuges, supported locally by other agencies. In Hawke's Bay the FVIARS partners meet weekly at "
           "the Hastings Police Station to review every family violence incident attended by Police in the "
           "previous week.")
    P.para("The purpose of the FVIARS meeting is to ensure that every family violence incident receives a "
           "coordinated interagency response, that the risk to victims and children is identified early, and "
           "that services are offered to everyone affected.")
    P.para("This protocol provides the parties with the authority to share information with one another for "
           "the purposes of FVIARS, and sets out the rules that apply to that sharing.")

    P.heading("2. PARTIES")
    P.para("The parties to this protocol are:")
    P.bullets([
        "New Zealand Police, Eastern District",
        "Child, Youth and Family, Hawke's Bay",
        "Hawke's Bay District Health Board",
        "Napier Women's Refuge",
        "Department of Corrections, Community Probation Hawke's Bay",
        "Te Whare Whānau Hawke's Bay Trust",
    ])
    P.para("New Zealand Police is the lead agency for FVIARS in Hawke's Bay and provides the FVIARS coordinator.")

    P.heading("3. OBJECTIVES OF INFORMATION SHARING")
    P.para("Information is shared between the parties in order to:")
    P.items([
        "(a)\tassess the level of risk to victims of family violence and to any children in the household;",
        "(b)\tagree a coordinated safety plan and which party will take each action;",
        "(c)\tfollow up cases where further incidents have been reported since the last meeting.",
    ])

    P.heading("4. INFORMATION TO BE EXCHANGED")
    P.bullets([
        "Police: the POL400 family violence report, previous call-outs to the address, protection orders and bail conditions.",
        "Child, Youth and Family: whether the children are known, current notifications and the allocated social worker.",
        "Hawke's Bay DHB: whether a family violence screen has been completed and any referral made.",
        "Napier Women's Refuge and Te Whare Whānau: whether the victim is engaged with the service and any safety concerns.",
        "Corrections: whether the offender is subject to a sentence or order, and its conditions.",
    ])

    P.heading("5. AUTHORITY TO SHARE INFORMATION")
    P.para("Information will be shared under the following legislation:")
    P.bullets([
        "Privacy Act 1993, section 6, information privacy principle 11, in particular principles 11(d), 11(e) and 11(f)",
        "Children, Young Persons, and Their Families Act 1989, sections 15 and 66",
        "Domestic Violence Act 1995",
        "Health Information Privacy Code 1994, rule 11",
    ])
    P.para("The parties agree that the safety of victims and children takes priority over the privacy "
           "interests of the offender.")

    P.heading("6. CONFIDENTIALITY AND SECURITY")
    P.para("All information shared at FVIARS meetings is confidential and must not be disclosed outside the "
           "meeting except in accordance with this protocol.")
    P.para("The FVIARS coordinator emails the weekly incident list to members by SEEMail the day before the "
           "meeting.")
    P.para("Printed incident lists are collected by the coordinator at the end of each meeting and shredded.")
    P.para("Members must keep any notes they take secure and must not leave them unattended.")

    P.heading("7. COMPLAINTS")
    P.para("Any person who believes their information has been wrongly shared may complain to the party "
           "concerned. Complaints will be dealt with under that party's privacy complaints process and may be "
           "referred to the Privacy Commissioner.")

    P.heading("8. REVIEW")
    P.para("This protocol will be reviewed in March 2018.")

    P.heading("9. SIGNATURES")
    P.sig_table([
        ["New Zealand Police", "Inspector Dave Nicholls", "Area Commander, Hawke's Bay", "", "12/04/2016"],
        ["Child, Youth and Family", "Moana Hape", "Site Manager, Hastings", "", "13/04/2016"],
        ["Hawke's Bay District Health Board", "Carol Baxter", "Director of Nursing", "", "18/04/2016"],
        ["Napier Women's Refuge", "Julie Manuel", "Manager", "", "20/04/2016"],
        ["Department of Corrections", "Graham Ellis", "Service Manager, Community Probation", "", "21/04/2016"],
        ["Te Whare Whānau Hawke's Bay Trust", "Pani Hawaikirangi", "Chairperson", "", "28/04/2016"],
    ], header=("Party", "Name", "Position", "Signature", "Date"))
    expect = [
        _ex("ISP305", data_contains={"text": "provides the parties with the authority"}),
        REP_PA, REP_CYPF, REP_DVA, REP_HIPC,
        _ex("ISP301", data_contains={"purpose": "assess the level of risk"}),
        _ex("ISP301", data_contains={"purpose": "agree a coordinated safety plan"}),
        _ex("ISP301", data_contains={"purpose": "follow up cases"}),
    ] + _missing("use-of-information", "transparency", "method-of-sharing", "security-classification",
                 "tikanga", "retention-disposal", "breach-management", "conflicts-of-interest",
                 "relationship-management") + _controls(
        "training", "password-protection", "approved-devices", "virtual-meeting", "hardcopy-distribution") + [
        _ex("ISP603"),
        _ex("ISP604"),
    ]
    return P, {
        "kind": "legacy", "expect": expect, "tolerate": ["ISP401", "ISP501"],
        "note": "2016 FVIARS protocol in the old 9-heading layout: claims to provide the authority to share (s 1), lists four now-repealed laws in s 5 without saying which of the three objectives each covers, no classification, only shredding as a control, 'reviewed in March 2018' with no owner."
    }


def legacy_02():
    """Waikato ISR pilot, June 2017.  Numbered bold paragraphs; header marks SENSITIVE, body IN-CONFIDENCE."""
    P = Protocol("bold")
    P.header_footer("SENSITIVE", "ISR Waikato – Information Sharing Protocol – Version 1.0 – June 2017")
    P.core("ISR Waikato Information Sharing Protocol", "ISR Waikato Project Team", D(2017, 4, 3),
           D(2017, 6, 29, 10, 0), "J. Rountree", revision=9)
    P.title(["INTEGRATED SAFETY RESPONSE (ISR) – WAIKATO",
             "Information Sharing Protocol for the Daily Safety Assessment Meeting",
             "Pilot phase – Version 1.0 – June 2017"])

    P.heading("1.  BACKGROUND")
    P.para("1.1  The Integrated Safety Response (ISR) pilot began in Christchurch in July 2016 and is being "
           "extended to Waikato in 2017. ISR brings core agencies together every day to assess all family "
           "violence episodes reported to Police and to provide an immediate, coordinated response.")

    P.heading("2.  PARTIES")
    P.para("2.1  The parties to this protocol are:")
    P.items([
        "(a)\tNew Zealand Police, Waikato District (lead agency);",
        "(b)\tOranga Tamariki – Ministry for Vulnerable Children;",
        "(c)\tWaikato District Health Board;",
        "(d)\tDepartment of Corrections;",
        "(e)\tMinistry of Social Development – Work and Income;",
        "(f)\tHousing New Zealand Corporation;",
        "(g)\tWaikato Women's Refuge Trust;",
        "(h)\tTe Whare Ruruhau Waikato;",
        "(i)\tKirikiriroa Stopping Violence Services.",
    ], indent=1.6)

    P.heading("3.  PURPOSE OF THE SAFETY ASSESSMENT MEETING")
    P.para("3.1  The Safety Assessment Meeting (SAM) meets each weekday morning to triage all family violence "
           "episodes from the previous 24 hours, assess risk, and agree a safety plan for each family.")

    P.heading("4.  PURPOSES FOR SHARING INFORMATION")
    P.para("4.1  P1 – to assess the risk to victims and children in each family violence episode.")
    P.para("4.2  P2 – to develop safety plans and allocate actions to the parties.")
    P.para("4.3  P3 – to identify high-risk victims and perpetrators for intensive case management.")

    P.heading("5.  INFORMATION TO BE SHARED")
    P.para("5.1  Each party shares the information it holds that is relevant to the risk in the episode under "
           "discussion, including incident and offending history, child protection history, health "
           "information relevant to risk, sentence and order details, housing and benefit information, and "
           "the victim's engagement with support services.")

    P.heading("6.  LEGAL BASIS")
    P.table(["Purpose", "Legislation relied on"], [
        ["P1", "Privacy Act 1993, principles 11(e) and 11(f); Health Information Privacy Code 1994, rule 11(2)(d)"],
        ["P2", "Privacy Act 1993, principle 11(f); Children, Young Persons, and Their Families Act 1989, s 66"],
        ["P3", "Privacy Act 1993, principle 11(e)"],
    ], widths=[3, 13])

    P.heading("7.  USE OF INFORMATION")
    P.para("7.1  Information shared at the SAM is to be used for the purposes in section 4.")
    P.para("7.2  Parties may keep SAM information on file as it could be useful later.")

    P.heading("8.  METHOD OF SHARING")
    P.para("8.1  Episodes are entered in the Family Safety System (FSS) by Police. Parties view the episode "
           "list in FSS and contribute their information verbally at the SAM. Actions are recorded in FSS.")

    P.heading("9.  SECURITY CLASSIFICATION")
    P.para("9.1  All information shared at the SAM is classified IN-CONFIDENCE.")

    P.heading("10.  SECURITY")
    P.para("10.1  All ISR staff have completed Police privacy training and the ISR induction before "
           "attending the SAM.")
    P.para("10.2  FSS may only be accessed from agency-approved devices on the party's own network.")
    P.para("10.3  Printed material is collected at the end of the SAM and securely destroyed.")
    P.para("10.4  Hard copies are not to be handed to other attendees.")

    P.heading("11.  RETENTION AND DISPOSAL")
    P.para("11.1  Each party retains and disposes of information in accordance with its own disposal "
           "schedules under the Public Records Act 2005.")

    P.heading("12.  PRIVACY BREACHES")
    P.para("12.1  Any breach of this protocol or loss of information must be reported to the ISR Local "
           "Governance Group at its next meeting, and to the Privacy Officer of the party concerned.")

    P.heading("13.  RELATIONSHIP MANAGEMENT")
    P.para("13.1  The ISR Local Governance Group (area commanders and managers of each party) oversees the "
           "operation of ISR and this protocol and meets monthly during the pilot.")

    P.heading("14.  REVIEW")
    P.para("14.1  This protocol will be reviewed twelve months after the date of the last signature. Police, "
           "as lead agency, will initiate the review.")

    P.heading("15.  SIGNATURES")
    P.sig_blocks([
        dict(agency="New Zealand Police", name="Superintendent Bruce Bird", role="District Commander, Waikato", date="14/06/2017"),
        dict(agency="Oranga Tamariki – Ministry for Vulnerable Children", name="Leigh Tawhiri", role="Regional Manager, Waikato", date="15/06/2017"),
        dict(agency="Waikato District Health Board", name="Dr Susan Pilkington", role="Chief Medical Officer", date="16/06/2017"),
        dict(agency="Department of Corrections", name="Trevor Mauger", role="Regional Manager, Community Corrections", date="19/06/2017"),
        dict(agency="Ministry of Social Development – Work and Income", name="Bev Rangitoheriri", role="Regional Commissioner, Waikato", date="20/06/2017"),
        dict(agency="Housing New Zealand Corporation", name="Peter Glenny", role="Area Manager, Hamilton", date="22/06/2017"),
        dict(agency="Waikato Women's Refuge Trust", name="Ruth Seymour", role="Manager", date="26/06/2017"),
        dict(agency="Kirikiriroa Stopping Violence Services", name="Hemi Rāwiri", role="Director", date="28/06/2017"),
    ], cols=2)
    expect = [REP_PA, REP_HIPC, REP_CYPF] + _missing("transparency", "tikanga", "conflicts-of-interest") + [
        _ex("ISP404", data={"classification": "IN-CONFIDENCE", "marking": "SENSITIVE"}),
    ] + _controls("password-protection", "virtual-meeting") + [
        _ex("ISP501"),
        _ex("ISP604", data={"due": "2018-06-28"}),
        _ex("ISP703", data_contains={"agency": "Te Whare Ruruhau Waikato"}),
        _ex("ISP801", data_contains={"text": "could be useful later"}),
    ]
    return P, {
        "kind": "legacy", "expect": expect, "tolerate": [],
        "note": "2017 ISR pilot protocol: 1993/1994/CYPF authorities in the s 6 table, page header SENSITIVE but s 9 says IN-CONFIDENCE, breaches go to a governance group (no contact), SAM information kept on file 'as it could be useful later', Te Whare Ruruhau Waikato never signed, 12-month review from 28/06/2017."
    }


def legacy_03():
    """Northland YOT, 2015, built on a national template whose guidance note was never deleted."""
    P = Protocol("h1", font="Arial", size=10)
    P.header_footer("Northland Youth Offending Team", "Information Sharing Protocol 2015")
    P.core("Northland YOT Information Sharing Protocol", "Northland YOT", D(2015, 3, 9), D(2015, 5, 27, 9, 40),
           "Northland YOT", revision=3)
    P.title(["NORTHLAND YOUTH OFFENDING TEAM", "INFORMATION SHARING PROTOCOL", "2015"])
    P.para("[Guidance note: This protocol is based on the national Youth Offending Team template. Local YOTs "
           "should insert their own membership and meeting arrangements in the sections below. Delete these "
           "guidance notes before the protocol is signed.]", italic=True)

    P.heading("INTRODUCTION")
    P.para("Youth Offending Teams (YOTs) were established in 2002 under the Youth Offending Strategy to "
           "bring together the agencies with responsibilities for young people who offend. This protocol sets "
           "out how the Northland YOT members share information about individual young people.")

    P.heading("PURPOSE OF THE YOUTH OFFENDING TEAM")
    P.para("The Northland YOT meets monthly in Whangārei to improve the local response to offending by "
           "children and young people, to identify gaps in services and to make sure young people receive the "
           "services set out in their family group conference plans.")

    P.heading("PARTIES AND MEMBERSHIP")
    P.bullets([
        "New Zealand Police (Youth Aid, Whangārei)",
        "Child, Youth and Family",
        "Ministry of Education",
        "Northland District Health Board",
        "Ministry of Justice (Whangārei Youth Court)",
        "Te Hau Ora o Whangārei Trust",
    ])
    P.para("The YOT is chaired on a rotating basis by the member agencies, for a year at a time.")

    P.heading("PURPOSES OF INFORMATION SHARING")
    P.items([
        "(a)\tTo identify young offenders and young people at risk of offending and agree an interagency response.",
        "(b)\tTo provide the Northland Youth Justice Governance Group with information on the young people the YOT is working with.",
    ])

    P.heading("INFORMATION TO BE SHARED")
    P.para("Offending and apprehension history, family group conference plans, school enrolment and "
           "attendance, relevant health and mental health information, and any services already in place.")

    P.heading("LEGAL AUTHORITY")
    P.para("Purpose (a): Children, Young Persons, and Their Families Act 1989, section 66; Privacy Act 1993, "
           "principle 11(e)(i).")

    P.heading("USE OF INFORMATION")
    P.para("Information shared at the YOT is to be used only by member agencies to plan and deliver services "
           "to the young person concerned.")

    P.heading("METHOD OF SHARING")
    P.para("The YOT coordinator emails the agenda to members a week before each meeting. Information is then "
           "discussed at the meeting.")

    P.heading("SECURITY OF INFORMATION")
    P.para("Members are expected to be familiar with their own agency's privacy policies and with the Privacy "
           "Act 1993.")
    P.para("Any documents emailed between members must be password protected.")
    P.para("Papers tabled at meetings are collected and destroyed by the coordinator at the close of the meeting.")

    P.heading("RETENTION AND DISPOSAL")
    P.para("Member agencies will retain information in accordance with the Public Records Act 2005 and their "
           "own disposal schedules.")

    P.heading("REVIEW")
    P.para("This protocol will be reviewed by the Youth Offending Team by XX/XX/2016.")

    P.heading("SIGNATURES")
    P.sig_table([
        ["New Zealand Police", "Senior Sergeant Mike Tahere", "Officer in Charge, Youth Aid Northland", "", "14 May 2015"],
        ["Child, Youth and Family", "Janine Waetford", "Site Manager, Whangārei", "", "15 May 2015"],
        ["Ministry of Education", "Robert Kake", "", "", "18 May 2015"],
        ["Northland District Health Board", "Dr Helen Pyatt", "Clinical Director, Child Health", "", "20 May 2015"],
        ["Ministry of Justice", "Anne-Marie Cassidy", "Youth Court Coordinator, Whangārei", "", "21 May 2015"],
        ["Te Hau Ora o Whangārei Trust", "Wikitoria Paki", "Chief Executive", "", "26 May 2015"],
    ], header=("Member agency", "Name", "Position", "Signature", "Date"))
    expect = [
        _ex("ISP204", data_contains={"text": "Guidance note"}),
        _ex("ISP201", data_contains={"text": "XX/XX/2016"}),
        _ex("ISP601"),
        _ex("ISP603"),
        REP_CYPF, REP_PA,
        _ex("ISP301", data_contains={"purpose": "Youth Justice Governance Group"}),
    ] + _missing("transparency", "security-classification", "tikanga", "breach-management",
                 "conflicts-of-interest", "relationship-management") + _controls(
        "training", "approved-devices", "virtual-meeting", "hardcopy-distribution") + [
        _ex("ISP704"),
        _ex("ISP702", data={"agency": "Ministry of Education", "missing": ["role"]}),
    ]
    return P, {
        "kind": "legacy", "expect": expect, "tolerate": ["ISP401", "ISP501"],
        "note": "2015 YOT protocol from a national template: template guidance note left at the top, legal authority covers only purpose (a), review date still 'XX/XX/2016' with the YOT (not an agency) as owner, rotating chair so no lead agency, Ministry of Education signatory has no position."
    }


def legacy_04():
    """Nelson Tasman Strengthening Families, September 2016.  Word numbering on headings."""
    P = Protocol("numdef", font="Calibri", size=11)
    P.header_footer(None, "Nelson Tasman Strengthening Families – Information Sharing and Consent Protocol – September 2016")
    P.core("Nelson Tasman Strengthening Families Protocol", "Nelson Tasman SF Coordinator", D(2016, 6, 6),
           D(2016, 9, 30, 16, 20), "Nelson Tasman SF Coordinator", revision=5)
    P.title(["NELSON TASMAN STRENGTHENING FAMILIES",
             "PROTOCOL FOR SHARING INFORMATION AND OBTAINING CONSENT",
             "September 2016"])

    P.heading("INTRODUCTION")
    P.para("Strengthening Families is a voluntary, consent-based process that helps families get the "
           "services they need from several agencies through one plan. The process supports the Government's "
           "Children's Action Plan and the Vulnerable Children Act 2014.")

    P.heading("PARTIES")
    P.bullets([
        "Child, Youth and Family",
        "Nelson Marlborough District Health Board",
        "Ministry of Education",
        "Ministry of Social Development – Work and Income",
        "New Zealand Police",
        "Housing New Zealand Corporation",
        "Whānau Services Trust Nelson",
    ])
    P.para("Child, Youth and Family is the lead agency for the Nelson Tasman Local Management Group. "
           "Whānau Services Trust Nelson employs the Strengthening Families coordinator.")

    P.heading("PURPOSE OF STRENGTHENING FAMILIES MEETINGS")
    P.para("A Strengthening Families meeting brings the family and the agencies working with them together to "
           "agree one plan, with one lead person, so the family does not have to tell its story many times.")

    P.heading("PURPOSES OF INFORMATION SHARING")
    P.items([
        "1.\tTo prepare for a Strengthening Families meeting.",
        "2.\tTo agree a single family plan at the meeting.",
        "3.\tTo monitor the family plan at review meetings.",
    ])

    P.heading("INFORMATION TO BE SHARED")
    P.para("Information the family agrees to share, including each agency's involvement, school attendance, "
           "health needs, benefit and housing issues, and the family's goals.")

    P.heading("AUTHORITY")
    P.para("All sharing under this protocol is with the informed written consent of the family (Privacy Act "
           "1993, principle 11(d); Health Information Privacy Code 1994, rule 11(1)(b)). This authority applies "
           "to all of the purposes above.")

    P.heading("CONSENT AND INFORMING FAMILIES")
    P.para("The coordinator explains the process to the family and obtains written consent on the "
           "Strengthening Families consent form before contacting any agency. The family decides which "
           "agencies are invited and what may be discussed, and may withdraw consent at any time.")

    P.heading("USE OF INFORMATION")
    P.para("Agencies use the information only to prepare for the meeting and to deliver their part of the "
           "family plan.")

    P.heading("METHOD OF SHARING")
    P.para("The coordinator contacts agencies by phone or email before the meeting. The family plan is typed "
           "up by the coordinator and emailed to the agencies named in it.")

    P.heading("SECURITY CLASSIFICATION")
    P.para("Strengthening Families information is shared with the family's consent and is therefore "
           "classified UNCLASSIFIED.")

    P.heading("SECURITY")
    P.bullets([
        "The coordinator and agency representatives have completed the Strengthening Families privacy training.",
        "Draft family plans tabled at the meeting are collected and shredded at the end of the meeting.",
        "Family plans sent by email are password protected.",
        "Each agency may keep a hard copy of the final family plan.",
    ])

    P.heading("RETENTION AND DISPOSAL")
    P.para("Agencies may keep the family plan on file for future reference once the process has closed.")

    P.heading("PRIVACY BREACHES")
    P.para("Any breach is to be reported to the Strengthening Families Coordinator, Whānau Services Trust "
           "Nelson, 03 548 2391, sfnelsontasman@wstn.org.nz, who will inform the agencies and the family.")

    P.heading("RELATIONSHIP MANAGEMENT")
    P.para("The Local Management Group, made up of a manager from each party, oversees Strengthening Families "
           "and this protocol and meets every two months.")

    P.heading("REVIEW")
    P.para("Review date: 30/06/2018. The Local Management Group will carry out the review.")

    P.heading("SIGNATURES")
    P.sig_table([
        ["Child, Youth and Family", "Rebecca Hunt", "Site Manager, Nelson", "", "5/09/2016"],
        ["Nelson Marlborough District Health Board", "Graeme Fairley", "General Manager, Mental Health, Addictions and Disability Support", "", "7/09/2016"],
        ["Ministry of Education", "Wendy Clark", "Manager Special Education, Nelson", "", "8/09/2016"],
        ["Ministry of Social Development – Work and Income", "Tane Hurinui", "Regional Commissioner, Nelson", "", "12/09/2016"],
        ["New Zealand Police", "Inspector Paul Borrell", "Area Commander, Nelson Bays", "", "14/09/2016"],
        ["Housing New Zealand Corporation", "Deborah Frame", "Area Manager, Nelson", "", "20/09/2016"],
        ["Whānau Services Trust Nelson", "Ripeka Stafford", "Manager", "", "23/09/2016"],
    ])
    expect = [REP_PA, REP_HIPC, REP_VCA] + _missing("tikanga", "conflicts-of-interest") + [
        _ex("ISP402", data={"classification": "UNCLASSIFIED"}),
    ] + _controls("approved-devices", "virtual-meeting", "hardcopy-distribution") + [
        _ex("ISP801", data_contains={"text": "for future reference"}),
        _ex("ISP603"),
        _ex("ISP604", data={"due": "2018-06-30"}),
    ]
    return P, {
        "kind": "legacy", "expect": expect, "tolerate": ["ISP302"],
        "note": "2016 consent-based Strengthening Families protocol (headings numbered by Word numbering): 1993/1994 consent authorities, mentions the Vulnerable Children Act 2014 (renamed Children's Act 2014), classified UNCLASSIFIED because the family consented, agencies may keep hard copies and keep plans 'for future reference', review date 30/06/2018 owned by the Local Management Group (not an agency)."
    }


def legacy_05():
    """Whanganui Children's Team, August 2016.  MSD form-table layout with content controls."""
    P = Protocol("bold", font="Arial", size=10)
    P.header_footer(None, "Whanganui Children's Team – Information Sharing Protocol – August 2016")
    P.core("Whanganui Children's Team Information Sharing Protocol", "Children's Action Plan Directorate",
           D(2016, 5, 2), D(2016, 8, 22, 8, 55), "Whanganui Children's Team", revision=6)
    P.title(["WHANGANUI CHILDREN'S TEAM",
             "INFORMATION SHARING PROTOCOL",
             "Children's Action Plan – August 2016"])

    def classification_cell(cell):
        p = cell.paragraphs[0]
        p.add_run("Classification: ")
        Protocol.sdt_run(p, "IN-CONFIDENCE", placeholder=False, kind="dropdown",
                         items=["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"],
                         alias="Classification", tag="classification")

    P.form([
        ("Parties", [
            "Ministry of Social Development (Children's Action Plan Directorate) – lead agency",
            "Whanganui District Health Board",
            "New Zealand Police",
            "Child, Youth and Family",
            "Ministry of Education",
            "Te Taiao Whānau Ora Collective",
        ]),
        ("Purpose of the Children's Team", [
            "The Whanganui Children's Team panel meets weekly to consider referrals of vulnerable children who "
            "do not meet the threshold for a statutory response, to appoint a lead professional and to agree a "
            "single child's plan.",
        ]),
        ("Purposes for sharing information", [
            "1.  To assess the needs of vulnerable children referred to the Children's Team.",
            "2.  To appoint a lead professional and agree a child's plan.",
            "3.  To monitor the child's plan and the services delivered under it.",
        ]),
        ("Information to be shared", [
            "The referral, the Tuituia assessment, each agency's involvement with the child and family, health, "
            "education and care and protection information relevant to the child's needs.",
        ]),
        ("Legislative authority", [
            "Purposes 1 to 3: Vulnerable Children Act 2014; Children, Young Persons, and Their Families Act 1989, "
            "section 66; Privacy Act 1993, principles 11(d) and 11(f); Health Information Privacy Code 1994, rule 11.",
            "This protocol enables Children's Team members to share information about a child without the "
            "consent of the family where the Children's Team Director considers it necessary.",
        ]),
        ("Consent and informing families", [
            "The referrer discusses the referral with the family and seeks their consent. Families are given the "
            "Children's Team brochure explaining who the Children's Team is and how their information is used.",
        ]),
        ("Use of information", [
            "Information is used only to assess the child's needs and to plan and deliver services under the "
            "child's plan.",
        ]),
        ("How information is shared", [
            "Referrals, assessments and plans are held in the Children's Team case management system (CMS). "
            "Panel members discuss referrals verbally at the weekly panel.",
        ]),
        ("Security classification", classification_cell),
        ("Security requirements", [
            "•  All panel members complete the Children's Team privacy and CMS training before being given access.",
            "•  CMS may only be accessed from agency-approved devices.",
            "•  Any email attachment containing information about a child must be password protected.",
        ]),
        ("Review", [
            "This protocol is to be reviewed 12 months after signing. The Ministry of Social Development "
            "(Children's Action Plan Directorate) will initiate the review.",
        ]),
    ])

    P.heading("SIGNATURES")

    def date_cc(cell):
        Protocol.sdt_run(cell.paragraphs[0], "Click here to enter a date.", placeholder=True, kind="date",
                         alias="Date signed")

    P.sig_table([
        ["Ministry of Social Development", "Nicola Grigg", "Director, Whanganui Children's Team", "", "2/08/2016"],
        ["Whanganui District Health Board", "Dr Frank Rawiri", "Chief Operating Officer", "", "4/08/2016"],
        ["New Zealand Police", "Inspector Nigel Allan", "Area Commander, Whanganui", "", "5/08/2016"],
        ["Child, Youth and Family", "Kath Ngapo", "Site Manager, Whanganui", "", "10/08/2016"],
        ["Ministry of Education", "Stephen Ward", "Manager Education, Central South", "", "19/08/2016"],
        ["Te Taiao Whānau Ora Collective", "Marama Tinirau", "Kaiwhakahaere", "", date_cc],
    ])
    expect = [REP_PA, REP_CYPF, REP_HIPC, REP_VCA,
              _ex("ISP305", data_contains={"text": "protocol enables Children's Team members"})] + _missing(
        "tikanga", "retention-disposal", "breach-management", "conflicts-of-interest",
        "relationship-management") + _controls("hardcopy-destruction", "virtual-meeting", "hardcopy-distribution") + [
        _ex("ISP604", data={"due": "2017-08-19"}),
        _ex("ISP201", data_contains={"text": "Click here to enter a date"}),
    ]
    return P, {
        "kind": "legacy", "expect": expect, "tolerate": ["ISP302", "ISP501"],
        "note": "2016 Children's Team protocol as a shaded form table: classification IN-CONFIDENCE only inside a filled drop-down content control, authorities (VCA 2014, CYPF, PA 1993, HIPC 1994) cover all purposes, 'this protocol enables ... to share' without consent, date-picker still showing its placeholder in the last signature row, 12-month review from 19/08/2016."
    }


def legacy_06():
    """Counties Manukau social housing panel, August 2019; a 2021 update left half-done in tracked changes."""
    P = Protocol("h1", font="Arial", size=10)
    P.header_footer("IN-CONFIDENCE", "Counties Manukau Social Housing Panel – Protocol for Sharing Information – August 2019")
    P.core("Counties Manukau Social Housing Panel Protocol", "HNZC Counties Manukau", D(2019, 5, 20),
           D(2021, 3, 8, 10, 40), "Mele Tupou", revision=17)
    P.title(["COUNTIES MANUKAU SOCIAL HOUSING PLACEMENT AND SUSTAINMENT PANEL",
             "PROTOCOL FOR SHARING INFORMATION",
             "August 2019"])
    AUTH, WHEN = "Mele Tupou", "2021-03-08T10:15:00Z"

    P.heading("1. INTRODUCTION")
    P.para("The Counties Manukau Social Housing Placement and Sustainment Panel brings together the agencies "
           "that house and support people with high and complex needs in South Auckland. The panel's "
           "information sharing is carried out in accordance with the Privacy Act 1993 and the Health "
           "Information Privacy Code 1994.")

    P.heading("2. PARTIES")
    P.bullets([
        "Housing New Zealand Corporation (lead agency)",
        "Ministry of Social Development – Work and Income",
        "Counties Manukau District Health Board",
        "New Zealand Police",
        "Manukau Urban Māori Housing Trust",
    ])

    P.heading("3. PURPOSE OF THE PANEL")
    P.para("The panel meets fortnightly to place applicants with complex needs into suitable social housing "
           "and to keep at-risk tenancies going by coordinating the support around them.")

    P.heading("4. PURPOSES OF SHARING")
    P.para("4.1  To assess applicants' housing needs and match them to suitable placements.")
    P.para("4.2  To identify tenancies at risk and coordinate support to sustain them.")
    P.para("4.3  To respond where a tenant or another person is at serious risk of harm.")

    P.heading("5. INFORMATION TO BE SHARED")
    P.para("Housing register information and tenancy history (Housing New Zealand); income and hardship "
           "assistance (Work and Income); mental health and addiction needs relevant to the tenancy "
           "(Counties Manukau DHB, with consent); safety concerns at the address (Police); support in place "
           "(Manukau Urban Māori Housing Trust).")

    P.heading("6. LEGAL AUTHORITY")
    t = P.doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for i, h in enumerate(("Purpose", "Legal authority")):
        c = t.rows[0].cells[i]
        c.paragraphs[0].add_run(h).bold = True
        shade_cell(c, "D9D9D9")

    def tracked_row(purpose, tail, comment=None):
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(purpose)
        p = cells[1].paragraphs[0]
        P.tracked_para([("del", "Privacy Act 1993, principle 11(d)"), ("ins", "Privacy Act 2020, IPP 11(1)(d)"),
                        ("t", tail)], AUTH, WHEN, container=p)
        if comment:
            r = p.add_run(" (client consent form HNZ 0415)")
            P.comment(r, comment, "Mele Tupou", "MT", "2021-03-08T10:22:00Z")

    tracked_row("4.1 Assess need and match placements", "; Health Information Privacy Code 1994, rule 11(1)(b)",
                comment="Check with HNZ legal: does 11(d) still cover referrals where the signed consent form "
                        "is more than 12 months old?")
    tracked_row("4.2 Sustain at-risk tenancies", "; Health Information Privacy Code 1994, rule 11(1)(b)")
    cells = t.add_row().cells
    cells[0].paragraphs[0].add_run("4.3 Serious risk of harm")
    cells[1].paragraphs[0].add_run("Privacy Act 1993, principle 11(f); Health Information Privacy Code 1994, rule 11(2)(d)")
    P.doc.add_paragraph()

    P.heading("7. USE OF INFORMATION")
    P.para("Information shared at the panel is used only to make placements and to coordinate support for "
           "the tenant. Parties record only what they need to carry out actions agreed at the panel.")

    P.heading("8. METHOD OF SHARING")
    P.para("Housing New Zealand emails the agenda to panel members two days before each meeting. Information "
           "is otherwise shared verbally at the meeting and actions are recorded in the minutes.")

    P.heading("9. SECURITY CLASSIFICATION")
    P.para("IN-CONFIDENCE")

    P.heading("10. SECURITY CONTROLS")
    P.bullets([
        "Panel members have completed their agency's privacy training.",
        "Agendas and papers are collected and shredded at the end of the meeting.",
        "Emailed agendas and attachments are password protected.",
        "Paper copies are not to be given to other panel members.",
    ])

    P.heading("11. RETENTION AND DISPOSAL")
    P.para("Parties keep panel information only while needed for agreed actions and then dispose of it under "
           "their own disposal schedules. Housing New Zealand keeps the minutes.")

    P.heading("12. PRIVACY BREACHES")
    P.para("Report any privacy breach to the Privacy Officer, Housing New Zealand Corporation, who will "
           "coordinate the response with the other parties.")

    P.heading("13. REVIEW")
    P.tracked_para([("t", "This protocol will be reviewed every "), ("del", "three years"), ("ins", "two years"),
                    ("t", ". Housing New Zealand will initiate the review.")], AUTH, WHEN)

    P.heading("14. SIGNATURES")
    P.sig_table([
        ["Housing New Zealand Corporation", "Teuila Fonoti", "Area Manager, Manukau", "", "1/08/2019"],
        ["Ministry of Social Development – Work and Income", "Craig Sinnott", "Regional Commissioner, Counties Manukau", "", "5/08/2019"],
        ["Counties Manukau District Health Board", "Dr Lesieli Vea", "Clinical Director, Mental Health Services", "", "7/08/2019"],
        ["New Zealand Police", "Inspector Jill Rogers", "Prevention Manager, Counties Manukau", "", "9/08/2019"],
        ["Manukau Urban Māori Housing Trust", "Rangi Paora", "Chief Executive", "", "14/08/2019"],
    ])
    expect = [
        _ex("ISP202"),
        _ex("ISP203", data={"count": 1}),
        REP_PA, REP_HIPC,
    ] + _missing("transparency", "tikanga", "conflicts-of-interest", "relationship-management") + _controls(
        "approved-devices", "virtual-meeting") + [
        _ex("ISP501"),
        _ex("ISP604", data={"due": "2021-08-14"}),
    ]
    return P, {
        "kind": "legacy", "expect": expect, "tolerate": ["ISP602"],
        "note": "2019 housing panel protocol whose 2021 update stalled: unaccepted tracked changes swap 1993 for 2020 in two authority rows and 'three years' for 'two years' in the review clause (read as accepted: 24 months, due 14/08/2021), a drafting comment remains, the 1993 Act and 1994 Code still appear elsewhere, breach contact has no phone or email."
    }


def legacy_07():
    """Canterbury FVIARS MOU, June 2015.  Minimal early protocol."""
    P = Protocol("bold", font="Times New Roman", size=11)
    P.header_footer(None, "Canterbury FVIARS MOU and Information Sharing Protocol – June 2015")
    P.core("Canterbury FVIARS MOU", "Canterbury FVIARS Steering Group", D(2015, 3, 2), D(2015, 6, 11, 9, 5),
           "Canterbury FVIARS Steering Group", revision=2)
    P.title(["CANTERBURY FAMILY VIOLENCE INTERAGENCY RESPONSE SYSTEM",
             "MEMORANDUM OF UNDERSTANDING AND INFORMATION SHARING PROTOCOL",
             "June 2015"])

    P.heading("1.  BACKGROUND")
    P.para("FVIARS was established nationally in 2006 by New Zealand Police, Child, Youth and Family and the "
           "National Collective of Independent Women's Refuges. This memorandum records how the Canterbury "
           "FVIARS partners work together and share information.")

    P.heading("2.  PURPOSE OF FVIARS")
    P.para("The Canterbury FVIARS meeting is held weekly to review family violence incidents attended by "
           "Police, to identify families at risk, to agree which agency will respond to each incident and to "
           "ensure that victims and children are offered support. A FVIARS coordinator, jointly funded by the "
           "parties, prepares the agenda and records the actions.")

    P.heading("3.  PARTIES")
    P.bullets([
        "New Zealand Police, Canterbury District",
        "Child, Youth and Family, Christchurch",
        "Canterbury District Health Board",
        "Department of Corrections",
        "Canterbury Women's Refuge",
        "Te Whare Hauora Ōtautahi",
    ])

    P.heading("4.  PURPOSE OF INFORMATION SHARING")
    P.para("As set out in section 2 above.")

    P.heading("5.  INFORMATION TO BE SHARED")
    P.para("Police incident reports, information on any children in the home, whether the family is known to "
           "the parties, and the services already involved.")

    P.heading("6.  LEGAL FRAMEWORK")
    P.para("The parties will share information in accordance with the Privacy Act 1993, the Domestic Violence "
           "Act 1995 and section 15 of the Children, Young Persons, and Their Families Act 1989.")

    P.heading("7.  SECURITY CLASSIFICATION")
    P.para("Classification: PROTECTED. FVIARS lists and minutes are to be marked PROTECTED and handled "
           "accordingly.")

    P.heading("8.  STORAGE AND DISPOSAL")
    P.para("Minutes are held by the FVIARS coordinator for two years and then destroyed.")

    P.heading("9.  REVIEW")
    P.para("This MOU will be reviewed every three years by the FVIARS Steering Group.")

    P.heading("10.  SIGNATORIES")
    P.sig_blocks([
        dict(agency="New Zealand Police", name="Superintendent Gary Knowles", role="District Commander, Canterbury", date="2 June 2015"),
        dict(agency="Child, Youth and Family", name="Aroha Tipene", role="Regional Manager, Southern", date="3 June 2015"),
        dict(agency="Canterbury District Health Board", name="Dr Michael Lowden", role="Chief Medical Officer", date="5 June 2015"),
        dict(agency="Department of Corrections", name=None, role="Service Manager, Community Probation Christchurch", date="8 June 2015"),
        dict(agency="Canterbury Women's Refuge", name="Shirley Bennett", role="Manager", date="9 June 2015"),
        dict(agency="Te Whare Hauora Ōtautahi", name="Tamati Reuben", role="Kaiwhakahaere", date="10 June 2015"),
    ])
    expect = [
        _ex("ISP304", data={"section": "sharing-purpose"}),
        REP_PA, REP_DVA, REP_CYPF,
        _ex("ISP403", data={"classification": "PROTECTED"}),
    ] + _missing("use-of-information", "transparency", "method-of-sharing", "security-controls", "tikanga",
                 "breach-management", "conflicts-of-interest", "relationship-management") + [
        _ex("ISP602", data={"months": 36}),
        _ex("ISP603"),
        _ex("ISP604", data={"due": "2018-06-10"}),
        _ex("ISP704"),
        _ex("ISP702", data={"agency": "Department of Corrections", "missing": ["name"]}),
    ]
    return P, {
        "kind": "legacy", "expect": expect, "tolerate": ["ISP401", "ISP501"],
        "note": "2015 FVIARS MOU: purpose of sharing only says 'As set out in section 2 above', three repealed laws in one sentence, classified with the Australian marking PROTECTED, no security/use/breach sections, three-yearly review by a steering group, no lead agency, Corrections block has a position but a blank name."
    }


def legacy_08():
    """Wellington YOT, March 2017.  Bold paragraphs with outline levels."""
    P = Protocol("outline", font="Arial", size=10)
    P.header_footer("IN-CONFIDENCE", "Wellington Youth Offending Team – Information Sharing Protocol – March 2017")
    P.core("Wellington YOT Information Sharing Protocol", "Wellington YOT Coordinator", D(2016, 11, 14),
           D(2017, 3, 23, 14, 30), "Wellington YOT Coordinator", revision=7)
    P.title(["WELLINGTON YOUTH OFFENDING TEAM", "INFORMATION SHARING PROTOCOL", "March 2017"])

    P.heading("PARTIES")
    P.bullets([
        "New Zealand Police – Youth Services, Wellington District (lead agency)",
        "Child, Youth and Family",
        "Ministry of Education",
        "Capital & Coast District Health Board",
        "Ministry of Justice – Wellington Youth Court",
        "Wellington Youth Services Trust",
    ])

    P.heading("PURPOSE OF THE YOT")
    P.para("The Wellington YOT meets monthly to coordinate the local response to youth offending, to make "
           "sure family group conference plans are resourced, and to report on youth offending trends to the "
           "Wellington Youth Justice Governance Group.")

    P.heading("PURPOSES OF INFORMATION SHARING")
    P.para("Purpose 1 – to identify young people who are offending and agree an interagency response for each.")
    P.para("Purpose 2 – to monitor YOT activity and report on it to the Wellington Youth Justice Governance Group.")

    P.heading("INFORMATION TO BE SHARED")
    P.para("Offending history, family group conference plans and progress, school enrolment and attendance, "
           "health needs relevant to the plan, and programme attendance.")

    P.heading("AUTHORITY")
    P.para("Purpose 1: Children, Young Persons, and Their Families Act 1989, s 66; Privacy Act 1993, "
           "principle 11(e)(i).")
    P.para("Purpose 2: Youth Offending Team Terms of Reference (2014), clause 6.")

    P.heading("USE OF INFORMATION")
    P.para("Information is used by members to plan and deliver services to the young people discussed.")
    P.para("Members may keep YOT information on agency files in case it is needed later.")

    P.heading("METHOD OF SHARING")
    P.para("The coordinator circulates the list of young people by email before the meeting. Discussion is "
           "verbal and actions are minuted.")

    P.heading("SECURITY CLASSIFICATION")
    P.para("Information shared at the YOT is classified IN-CONFIDENCE.")

    P.heading("SECURITY CONTROLS")
    P.bullets([
        "Members have completed their agency's privacy and security training.",
        "Printed lists are collected and destroyed by the coordinator at the end of each meeting.",
        "Email attachments with personal information are password protected.",
        "Members use only agency-issued laptops and phones to access YOT information (agency-approved devices).",
        "Hard copies are not passed to other members.",
    ])

    P.heading("RETENTION AND DISPOSAL")
    P.para("The coordinator keeps the minutes under Police's disposal schedule. Members dispose of YOT "
           "papers under their own agency's schedules.")

    P.heading("BREACHES")
    P.para("Report any privacy breach immediately to the YOT Chair, Sergeant Youth Services, New Zealand "
           "Police, Wellington – 04 381 2000, yot.wellington@police.govt.nz.")

    P.heading("RELATIONSHIP MANAGEMENT")
    P.para("Each member agency has a manager responsible for its participation, who meets the YOT Chair "
           "twice a year to discuss how the YOT is working.")

    P.heading("REVIEW")
    P.para("This protocol will be reviewed annually or as required. New Zealand Police, as lead agency, will "
           "initiate the review.")

    P.heading("SIGNATURES")
    P.sig_table([
        ["New Zealand Police", "Inspector Chris Larkin", "Prevention Manager, Wellington District", "", "6 March 2017"],
        ["Child, Youth and Family", "Anaru Poutama", "Site Manager, Wellington", "", "9 March 2017"],
        ["Capital & Coast District Health Board", "Dr Josephine Ma", "Clinical Leader, Youth Health", "", "14 March 2017"],
        ["Ministry of Justice", "Simon Grey", "Youth Court Manager, Wellington", "", "16 March 2017"],
        ["Wellington Youth Services Trust", "Kerry-Anne Puru", "Manager", "", "22 March 2017"],
    ])
    expect = [
        _ex("ISP302", data_contains={"authority": "Terms of Reference"}),
        REP_CYPF, REP_PA,
        _ex("ISP801", data_contains={"text": "in case it is needed later"}),
        _ex("ISP604", data={"due": "2018-03-22"}),
    ] + _missing("transparency", "tikanga", "conflicts-of-interest") + _controls("virtual-meeting") + [
        _ex("ISP703", data_contains={"agency": "Ministry of Education"}),
    ]
    return P, {
        "kind": "legacy", "expect": expect, "tolerate": ["ISP301"],
        "note": "2017 YOT protocol with outline-level bold headings: purpose 2 relies on the YOT Terms of Reference (not a law), CYPF Act and 1993 Act for purpose 1, members may keep information 'in case it is needed later', no virtual-meeting control, annual review from 22 March 2017, Ministry of Education listed but never signed."
    }


def legacy_09():
    """Hutt Valley high-risk family violence case management, April 2019, straddling the 1 July 2019 change."""
    P = Protocol("h1", font="Calibri", size=11)
    P.header_footer("IN-CONFIDENCE", "Hutt Valley FVIARS High Risk Case Management Protocol – Version 2.0 – April 2019")
    P.core("Hutt Valley FVIARS High Risk Protocol v2.0", "Hutt Valley Family Violence Network", D(2019, 2, 11),
           D(2019, 4, 26, 15, 0), "Hutt Valley Family Violence Network", revision=8)
    P.title(["HUTT VALLEY FAMILY VIOLENCE INTERAGENCY RESPONSE (FVIARS)",
             "HIGH RISK CASE MANAGEMENT – INFORMATION SHARING PROTOCOL",
             "Version 2.0 – April 2019"])

    P.heading("1. PARTIES")
    P.table(["Party", "Representative"], [
        ["New Zealand Police (lead agency)", "Hutt Valley Family Violence Team"],
        ["Oranga Tamariki – Ministry for Children", "Lower Hutt site"],
        ["Hutt Valley District Health Board", "Family violence intervention coordinator"],
        ["Department of Corrections", "Hutt Valley Community Corrections"],
        ["Ministry of Social Development – Work and Income", "Hutt Valley service centres"],
        ["Te Awakairangi Women's Refuge", "Advocates"],
        ["Te Rōpū Whānau Awakairangi", "Kaupapa Māori whānau services"],
    ], widths=[8, 8])

    P.heading("2. PURPOSE OF THE HIGH RISK MEETING")
    P.para("The high risk meeting is held weekly to manage the small number of Hutt Valley families at the "
           "highest risk of serious family violence harm, to agree an intensive safety plan for each and to "
           "check that the plans are carried out.")

    P.heading("3. PURPOSES OF INFORMATION SHARING")
    P.items([
        "P1\tTo assess the risk of serious harm to victims and children in high-risk families.",
        "P2\tTo agree and monitor an intensive safety plan for each high-risk family.",
        "P3\tTo provide case information to the Family Violence Death Review Committee when it reviews a death.",
    ])

    P.heading("4. INFORMATION TO BE SHARED")
    P.para("Family violence history, risk assessments, child protection involvement, relevant health "
           "information, sentence and order conditions, benefit and housing information relevant to safety, "
           "and advocacy and support in place.")

    P.heading("5. LEGAL AUTHORITY")
    P.table(["Purpose", "Legal authority"], [
        ["P1", "Domestic Violence Act 1995 (until 30 June 2019); Family Violence Act 2018, s 20 (from 1 July 2019); Privacy Act 1993, principle 11(f)"],
        ["P2", "Family Violence Act 2018, s 20 (from 1 July 2019); Privacy Act 1993, principles 11(e) and 11(f)"],
    ], widths=[3, 13])

    P.heading("6. USE OF INFORMATION")
    P.para("Parties use the information only to carry out their actions under the safety plan and record in "
           "their own systems only what they need for that.")

    P.heading("7. METHOD OF SHARING")
    P.para("Police circulate the high-risk list by SEEMail the day before the meeting. Information is "
           "otherwise shared verbally at the meeting.")

    P.heading("8. SECURITY CLASSIFICATION")
    P.para("Information shared under this protocol is classified IN-CONFIDENCE.")

    P.heading("9. SECURITY CONTROLS")
    P.bullets([
        "Representatives have completed privacy and information security training.",
        "Hard copies are shredded at the end of the meeting.",
        "Email attachments containing personal information are password protected.",
        "Information is shared only from agency-approved devices.",
        "Hard copies are not given to other representatives.",
    ])

    P.heading("10. RETENTION AND DISPOSAL")
    P.para("Parties keep information only while needed for the safety plan, and dispose of it under their "
           "own disposal authorities.")

    P.heading("11. PRIVACY BREACHES")
    P.para("Breach contact: Family Violence Coordinator, New Zealand Police, Hutt Valley – 04 560 2600, "
           "huttfv@police.govt.nz.")

    P.heading("12. REVIEW")
    P.para("Review date: 30 September 2020. New Zealand Police will initiate the review.")

    P.heading("13. SIGNATURES")
    P.sig_blocks([
        dict(agency="New Zealand Police", name="Inspector Dion Bennett", role="Area Commander, Hutt Valley", date="8 April 2019"),
        dict(agency="Oranga Tamariki – Ministry for Children", name="Marianne Solomona", role="Site Manager, Lower Hutt", date="10 April 2019"),
        dict(agency="Hutt Valley District Health Board", name="Dr Mere Tomlinson", role=None, date="11 April 2019"),
        dict(agency="Department of Corrections", name="Paul Kiriona", role="District Manager, Wellington", date="15 April 2019"),
        dict(agency="Ministry of Social Development – Work and Income", name="Deb Te Kawa", role="Regional Commissioner, Wellington", date="16 April 2019"),
        dict(agency="Te Awakairangi Women's Refuge", name="Lynda Peters", role="Manager", date="23 April 2019"),
        dict(agency="Te Rōpū Whānau Awakairangi", name="Heemi Tuhiwai", role="Pou Arahi", date="24 April 2019"),
    ], cols=2)
    expect = [
        REP_PA, REP_DVA,
        _ex("ISP301", data_contains={"purpose": "Family Violence Death Review"}),
    ] + _missing("transparency", "tikanga", "conflicts-of-interest", "relationship-management") + _controls(
        "virtual-meeting") + [
        _ex("ISP604", data={"due": "2020-09-30"}),
        _ex("ISP702", data={"agency": "Hutt Valley District Health Board", "missing": ["role"]}),
    ]
    return P, {
        "kind": "legacy", "expect": expect, "tolerate": [],
        "note": "April 2019 protocol written across the Family Violence Act commencement: still relies on the Domestic Violence Act 1995 and Privacy Act 1993, P3 (Death Review Committee) has no row in the authority table, no virtual-meeting control, review date 30 September 2020, DHB signature block has a name but a blank position."
    }


def legacy_10():
    """Dunedin social housing assessment panel, 2017; circulated half-finished and signed anyway."""
    P = Protocol("bold", font="Arial", size=10)
    P.header_footer(None, "Dunedin Social Housing Assessment Panel – Information Sharing Protocol – 2017")
    P.core("Dunedin Social Housing Assessment Panel ISP", "HNZC Otago", D(2017, 7, 3), D(2017, 9, 15, 11, 45),
           "HNZC Otago", revision=4)
    P.title(["DUNEDIN SOCIAL HOUSING ASSESSMENT PANEL", "INFORMATION SHARING PROTOCOL", "September 2017"])

    P.heading("1.  INTRODUCTION")
    P.para("This protocol sets out how the agencies on the Dunedin Social Housing Assessment Panel share "
           "information about applicants referred to the panel.")

    P.heading("2.  PARTIES")
    P.para("Housing New Zealand Corporation (lead agency); Ministry of Social Development – Work and Income; "
           "Southern District Health Board; Dunedin City Council; Ōtepoti Housing Support Trust.")

    P.heading("3.  PURPOSE OF THE PANEL")
    P.para("The panel meets monthly to consider applicants with complex needs whose housing cannot be "
           "resolved through the usual process, and to agree which agency will assist them.")

    P.heading("4.  PURPOSE OF INFORMATION SHARING")
    P.para("To assess the housing needs of applicants referred to the panel and agree which agency will "
           "assist them.")

    P.heading("5.  INFORMATION TO BE SHARED")
    P.para("Housing register details, income and benefit information, health needs affecting housing (with "
           "consent), council housing history, and support already in place.")

    P.heading("6.  LEGAL AUTHORITY")
    P.para("Applicants consent to the sharing on the referral form: Privacy Act 1993, principle 11(d); "
           "Health Information Privacy Code 1994, rule 11(1)(b).")

    P.heading("7.  USE OF INFORMATION")
    P.para("Information is used only to assess the applicant's needs and arrange assistance.")

    P.heading("8.  METHOD OF SHARING")
    P.para("Referrals are emailed to panel members before the meeting and discussed at the meeting.")

    P.heading("9.  SECURITY CLASSIFICATION")
    P.para("Each agency will handle information shared at the panel under its own security policies.")

    P.heading("10.  SECURITY")
    P.bullets([
        "Panel members have completed privacy training in their own agency.",
        "Referral papers are collected and shredded at the end of the meeting.",
        "Paper copies are not given to other panel members.",
    ])

    P.heading("11.  RETENTION AND DISPOSAL")

    P.heading("12.  PRIVACY BREACHES")
    P.para("If a breach occurs, the party responsible will notify the other parties and the applicant.")
    P.para("Breach contact: TBC")

    P.heading("13.  REVIEW")
    P.para("This protocol will be reviewed from time to time as the parties agree.")

    P.heading("14.  SIGNATURES")
    P.sig_blocks([
        dict(agency="Housing New Zealand Corporation", name="Karen Dobbie", role="Area Manager, Otago", date="28 August 2017"),
        dict(agency="Ministry of Social Development – Work and Income", name="Tony Rewita", role="Regional Commissioner, Southern", date="30 August 2017"),
        dict(agency="Southern District Health Board", name="Dr Gail Renwick", role="Director, Mental Health Services", date="4 September 2017"),
        dict(agency="Ōtepoti Housing Support Trust", name="Rob McAllister", role="Manager", date="12 September 2017"),
        dict(raw=["Signed for and on behalf of [Insert agency name]", "", "Signature: ______________________________",
                  "Name: ______________________", "Position: ______________________", "Date: ______________"]),
    ], cols=2)
    expect = [
        _ex("ISP201", data_contains={"text": "Insert agency name"}),
        _ex("ISP201", data_contains={"text": "TBC"}),
        _ex("ISP501"),
        _ex("ISP102", data={"section": "retention-disposal"}),
        _ex("ISP703", data_contains={"agency": "Dunedin City Council"}),
        REP_PA, REP_HIPC,
        _ex("ISP401"),
        _ex("ISP601"),
        _ex("ISP603"),
    ] + _missing("transparency", "tikanga", "conflicts-of-interest", "relationship-management") + _controls(
        "password-protection", "approved-devices", "virtual-meeting")
    return P, {
        "kind": "legacy", "expect": expect, "tolerate": ["ISP702"],
        "note": "2017 housing panel protocol signed half-finished: classification section states no level, retention heading empty, breach contact 'TBC', review 'from time to time' with no owner, fifth signature block still '[Insert agency name]' so Dunedin City Council never signed, 1993/1994 consent authorities."
    }




# ---------------------------------------------------------------------------
# Build everything
# ---------------------------------------------------------------------------
DOCS = [
    ("clean-01-isr-waikato-safety-table-2026.docx", clean_01),
    ("clean-02-yot-counties-manukau-2026.docx", clean_02),
    ("clean-03-tenancy-sustainment-panel-otautahi-2025.docx", clean_03),
    ("clean-04-whanganui-tamariki-wellbeing-panel-2026.docx", clean_04),
    ("defect-isp301-strengthening-families-tairawhiti-2025.docx", defect_isp301),
    ("defect-isp451-family-harm-table-hawkes-bay-2025.docx", defect_isp451),
    ("defect-isp604-housing-support-panel-rotorua-2025.docx", defect_isp604),
    ("defect-isp703-yot-whangarei-2026.docx", defect_isp703),
    ("legacy-01-fviars-hawkes-bay-2016.docx", legacy_01),
    ("legacy-02-isr-waikato-2017.docx", legacy_02),
    ("legacy-03-yot-northland-2015.docx", legacy_03),
    ("legacy-04-strengthening-families-nelson-tasman-2016.docx", legacy_04),
    ("legacy-05-childrens-team-whanganui-2016.docx", legacy_05),
    ("legacy-06-social-housing-panel-counties-manukau-2019.docx", legacy_06),
    ("legacy-07-fviars-canterbury-mou-2015.docx", legacy_07),
    ("legacy-08-yot-wellington-2017.docx", legacy_08),
    ("legacy-09-fviars-high-risk-hutt-valley-2019.docx", legacy_09),
    ("legacy-10-social-housing-panel-dunedin-2017.docx", legacy_10),
]

STYLE = ("Older NZ protocols (2015-2019, still on file) for FVIARS, ISR, Youth Offending Teams, "
         "Strengthening Families, Children's Teams and social housing panels: ALL CAPS or numbered bold "
         "headings (PARTIES, OBJECTIVES, AUTHORITY, CONFIDENTIALITY AND SECURITY, SIGNATURES), law and "
         "agencies of the time (Privacy Act 1993 principle 11, CYPF Act 1989, Domestic Violence Act 1995, "
         "HIPC 1994, Vulnerable Children Act 2014; CYF, DHBs, Housing New Zealand), reviews long overdue; "
         "plus a few of the same protocols rewritten in 2025-2026 to current law and template.")


def main():
    import json
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    files = {}
    for name, fn in DOCS:
        _ID[0] = 1000
        P, truth = fn()
        P.save(os.path.join(here, name))
        files[name] = truth
    with open(os.path.join(here, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"as_of": "2026-11-24", "style": STYLE, "files": files}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built %d documents" % len(files))


if __name__ == "__main__":
    main()
