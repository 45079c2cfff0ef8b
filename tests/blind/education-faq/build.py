"""build.py – builds the education FAQ-style information sharing protocol corpus and truth.json.

Everything is deterministic: fixed core-property dates, no randomness. Run with
/work/blind-kit/.venv/bin/python build.py
"""


# ======================================================================
# lib
# ======================================================================
import datetime
import re

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# order of pPr children in the schema (subset we use)
PPR_ORDER = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
    "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
    "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
    "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
    "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
    "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
]


def w(tag):
    return qn("w:" + tag)


def el(tag, **attrs):
    e = OxmlElement("w:" + tag)
    for k, v in attrs.items():
        e.set(w(k), str(v))
    return e


def insert_ppr(pPr, child):
    name = child.tag.split("}")[1]
    idx = PPR_ORDER.index(name)
    for i, existing in enumerate(pPr):
        ename = existing.tag.split("}")[1]
        if ename in PPR_ORDER and PPR_ORDER.index(ename) > idx:
            existing.addprevious(child)
            return child
    pPr.append(child)
    return child


class Ids:
    def __init__(self, start=100):
        self.n = start

    def next(self):
        self.n += 1
        return self.n


class Builder:
    """Wraps a python-docx Document with the house-style helpers."""

    def __init__(self, appendix_style="heading"):
        self.doc = Document()
        self.ids = Ids()
        self._setup_styles(appendix_style)
        self.appendix_style = appendix_style

    # ------------------------------------------------------------------ styles
    def _setup_styles(self, appendix_style):
        st = self.doc.styles
        normal = st["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(10.5)
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(w("rFonts"))
        if fonts is None:
            fonts = el("rFonts")
            rpr.insert(0, fonts)
        for a in ("ascii", "hAnsi", "cs"):
            fonts.set(w(a), "Arial")
        for name, size, colour in (("Heading 1", 15, "1F4E79"), ("Heading 2", 12.5, "2E74B5"), ("Title", 22, "1F4E79")):
            s = st[name]
            s.font.name = "Arial"
            s.font.size = Pt(size)
            s.font.color.rgb = RGBColor.from_string(colour)
        # custom paragraph style for the short "key point" boxes
        kp = st.add_style("Key Point", WD_STYLE_TYPE.PARAGRAPH)
        kp.base_style = st["Normal"]
        kp.font.italic = False
        kp.paragraph_format.space_before = Pt(6)
        kp.paragraph_format.space_after = Pt(6)
        ppr = kp.element.get_or_add_pPr()
        shd = el("shd", val="clear", color="auto", fill="E2EFD9")
        insert_ppr(ppr, shd)
        # custom appendix heading: not a built-in heading, but outline level 1
        ap = st.add_style("Appendix Heading", WD_STYLE_TYPE.PARAGRAPH)
        ap.base_style = st["Normal"]
        ap.next_paragraph_style = st["Normal"]
        ap.font.bold = True
        ap.font.size = Pt(14)
        ap.font.color.rgb = RGBColor.from_string("1F4E79")
        ap.paragraph_format.space_before = Pt(18)
        ap.paragraph_format.space_after = Pt(6)
        ap.paragraph_format.keep_with_next = True
        ppr = ap.element.get_or_add_pPr()
        insert_ppr(ppr, el("outlineLvl", val=0))
        # a character style used for form labels
        fl = st.add_style("Form Label", WD_STYLE_TYPE.CHARACTER)
        fl.font.bold = True

    # ------------------------------------------------------------ primitives
    def runs(self, p, text, bold_all=False):
        """Add text with **bold** segments."""
        parts = re.split(r"(\*\*.+?\*\*)", text)
        for part in parts:
            if not part:
                continue
            if part.startswith("**") and part.endswith("**"):
                r = p.add_run(part[2:-2])
                r.bold = True
            else:
                r = p.add_run(part)
                if bold_all:
                    r.bold = True
        return p

    def title(self, text, subtitle=None):
        self.doc.add_paragraph(text, style="Title")
        if subtitle:
            p = self.doc.add_paragraph(style="Subtitle")
            p.add_run(subtitle)

    def h1(self, text):
        return self.doc.add_heading(text, level=1)

    def h2(self, text):
        return self.doc.add_heading(text, level=2)

    def h3(self, text):
        return self.doc.add_heading(text, level=3)

    def appendix(self, text):
        if self.appendix_style == "custom":
            p = self.doc.add_paragraph(style="Appendix Heading")
            p.add_run(text)
            return p
        return self.doc.add_heading(text, level=1)

    def para(self, text, style=None):
        p = self.doc.add_paragraph(style=style)
        self.runs(p, text)
        return p

    def keypoint(self, text):
        return self.para(text, style="Key Point")

    def bullets(self, items, style="List Bullet"):
        out = []
        for it in items:
            p = self.doc.add_paragraph(style=style)
            self.runs(p, it)
            out.append(p)
        return out

    def numbered(self, items):
        """Numbered list that restarts at 1 (new w:num over the List Number abstractNum)."""
        numbering = self.doc.part.numbering_part.element
        style_numid = "5"
        abstract = None
        for num in numbering.findall(w("num")):
            if num.get(w("numId")) == style_numid:
                abstract = num.find(w("abstractNumId")).get(w("val"))
        existing = [int(n.get(w("numId"))) for n in numbering.findall(w("num"))]
        new_id = max(existing) + 1
        num = el("num", numId=new_id)
        num.append(el("abstractNumId", val=abstract))
        lo = el("lvlOverride", ilvl=0)
        lo.append(el("startOverride", val=1))
        num.append(lo)
        numbering.append(num)
        out = []
        for it in items:
            p = self.doc.add_paragraph(style="List Number")
            pPr = p._p.get_or_add_pPr()
            numPr = el("numPr")
            numPr.append(el("ilvl", val=0))
            numPr.append(el("numId", val=new_id))
            insert_ppr(pPr, numPr)
            self.runs(p, it)
            out.append(p)
        return out

    @staticmethod
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = el("shd", val="clear", color="auto", fill=fill)
        # shd sits after tcW/gridSpan/vMerge/tcBorders and before noWrap/tcMar/vAlign
        after = [c for c in tcPr if c.tag.split("}")[1] in ("noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark")]
        if after:
            after[0].addprevious(shd)
        else:
            tcPr.append(shd)

    def table(self, header, rows, widths=None, fill="D9E2F3", style="Table Grid", bold_first_col=False):
        t = self.doc.add_table(rows=1, cols=len(header))
        t.style = self.doc.styles[style]
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = ""
            self.runs(c.paragraphs[0], h, bold_all=True)
            if fill:
                self.shade(c, fill)
        # repeat header row
        trPr = t.rows[0]._tr.get_or_add_trPr()
        trPr.append(el("tblHeader"))
        for row in rows:
            cells = t.add_row().cells
            for i, val in enumerate(row):
                cells[i].text = ""
                lines = val if isinstance(val, list) else [val]
                for j, line in enumerate(lines):
                    p = cells[i].paragraphs[0] if j == 0 else cells[i].add_paragraph()
                    self.runs(p, line, bold_all=(bold_first_col and i == 0))
        if widths:
            for row in t.rows:
                for i, wd in enumerate(widths):
                    row.cells[i].width = Cm(wd)
        self.doc.add_paragraph()
        return t

    def form_table(self, rows, fill="F2F2F2", widths=(6.0, 10.5)):
        """Two-column form: shaded label | value (value may be blank)."""
        t = self.doc.add_table(rows=0, cols=2)
        t.style = self.doc.styles["Table Grid"]
        for label, value in rows:
            cells = t.add_row().cells
            cells[0].text = ""
            r = cells[0].paragraphs[0].add_run(label)
            r.style = self.doc.styles["Form Label"]
            self.shade(cells[0], fill)
            cells[1].text = ""
            if value:
                self.runs(cells[1].paragraphs[0], value)
        for row in t.rows:
            row.cells[0].width = Cm(widths[0])
            row.cells[1].width = Cm(widths[1])
        self.doc.add_paragraph()
        return t

    # --------------------------------------------------- content controls
    def sdt_dropdown(self, p, alias, items, value, tag=None):
        sdt = el("sdt")
        pr = el("sdtPr")
        pr.append(el("alias", val=alias))
        pr.append(el("tag", val=tag or alias.lower().replace(" ", "-")))
        pr.append(el("id", val=self.ids.next() * 7919))
        dd = el("dropDownList")
        dd.set(w("lastValue"), value)
        dd.append(el("listItem", displayText="Choose an item.", value=""))
        for it in items:
            dd.append(el("listItem", displayText=it, value=it))
        pr.append(dd)
        sdt.append(pr)
        content = el("sdtContent")
        r = el("r")
        t = el("t")
        t.text = value
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(t)
        content.append(r)
        sdt.append(content)
        p._p.append(sdt)
        return sdt

    def sdt_date(self, p, alias, iso_date, display):
        sdt = el("sdt")
        pr = el("sdtPr")
        pr.append(el("alias", val=alias))
        pr.append(el("tag", val=alias.lower().replace(" ", "-")))
        pr.append(el("id", val=self.ids.next() * 7919))
        d = el("date")
        d.set(w("fullDate"), iso_date + "T00:00:00Z")
        d.append(el("dateFormat", val="d MMMM yyyy"))
        d.append(el("lid", val="en-NZ"))
        d.append(el("storeMappedDataAs", val="dateTime"))
        d.append(el("calendar", val="gregorian"))
        pr.append(d)
        sdt.append(pr)
        content = el("sdtContent")
        r = el("r")
        t = el("t")
        t.text = display
        r.append(t)
        content.append(r)
        sdt.append(content)
        p._p.append(sdt)
        return sdt

    def sdt_text(self, p, alias, value):
        sdt = el("sdt")
        pr = el("sdtPr")
        pr.append(el("alias", val=alias))
        pr.append(el("tag", val=alias.lower().replace(" ", "-")))
        pr.append(el("id", val=self.ids.next() * 7919))
        pr.append(el("text"))
        sdt.append(pr)
        content = el("sdtContent")
        r = el("r")
        t = el("t")
        t.text = value
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(t)
        content.append(r)
        sdt.append(content)
        p._p.append(sdt)
        return sdt

    # ---------------------------------------------------- tracked changes
    def tracked_ins(self, p, text, author, date):
        ins = el("ins", id=self.ids.next(), author=author, date=date)
        r = el("r")
        t = el("t")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(t)
        ins.append(r)
        p._p.append(ins)
        return ins

    def tracked_del(self, p, text, author, date):
        d = el("del", id=self.ids.next(), author=author, date=date)
        r = el("r")
        t = el("delText")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(t)
        d.append(r)
        p._p.append(d)
        return d

    def inserted_paragraph(self, text, author, date, style=None):
        """A whole paragraph added with Track Changes on (paragraph mark and text inserted)."""
        p = self.doc.add_paragraph(style=style)
        pPr = p._p.get_or_add_pPr()
        rpr = el("rPr")
        rpr.append(el("ins", id=self.ids.next(), author=author, date=date))
        insert_ppr(pPr, rpr)
        self.tracked_ins(p, text, author, date)
        return p

    def track_revisions_on(self):
        settings = self.doc.settings.element
        tr = el("trackRevisions")
        dts = settings.find(w("defaultTabStop"))
        dts.addprevious(tr)

    # ------------------------------------------------------ header/footer
    def header_footer(self, marking, footer_left):
        sec = self.doc.sections[0]
        sec.left_margin = Cm(2.2)
        sec.right_margin = Cm(2.2)
        hp = sec.header.paragraphs[0]
        if marking:
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = hp.add_run(marking)
            r.bold = True
            r.font.color.rgb = RGBColor.from_string("C00000")
        fp = sec.footer.paragraphs[0]
        if marking:
            r = fp.add_run(marking + "    ")
            r.bold = True
        fp.add_run(footer_left + "    Page ")
        fld = el("fldSimple", instr=" PAGE ")
        r = el("r")
        t = el("t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        fp._p.append(fld)

    def core(self, title, author, created, modified, subject, keywords):
        cp = self.doc.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = created
        cp.modified = modified
        cp.last_printed = modified
        cp.subject = subject
        cp.keywords = keywords
        cp.revision = 3
        cp.category = "Information sharing protocol"
        cp.comments = ""

    def save(self, path, stamp=(2026, 1, 1, 0, 0, 0)):
        """Save with fixed zip timestamps so that rebuilding gives byte-identical files."""
        import io
        import zipfile
        buf = io.BytesIO()
        self.doc.save(buf)
        buf.seek(0)
        zin = zipfile.ZipFile(buf)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=stamp)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = info.external_attr
                zout.writestr(zi, zin.read(info.filename))


# ======================================================================
# sections
# ======================================================================

Q = {
    "attending-agencies": ["Who comes to the {m}?", "Which agencies are part of the {m}?", "Who sits around the table?", "Who are the members of the {m}?"],
    "meeting-purpose": ["What is the {m} for?", "Why does the {m} meet?", "What does the {m} do?", "What is the {m} trying to achieve?"],
    "sharing-purpose": ["Why do we share information about {who}?", "Why do members share information?", "What are the reasons for sharing?", "Why do we need to share information about {who}?"],
    "information-shared": ["What information do we share?", "What can be shared?", "What information is shared at the {m}?", "What do members bring to the table?"],
    "legal-authority": ["What law allows us to share?", "Which laws do we rely on?", "What is the legal basis for sharing?", "What gives us the legal authority to share?"],
    "use-of-information": ["How can the information be used?", "What can I do with information I receive?", "How may members use what is shared?", "Can I use the information for other work?"],
    "transparency": ["How do we tell {who} and their whānau?", "Do {who} and whānau know their information is shared?", "How are {who} and whānau kept informed?", "What do we tell whānau?"],
    "method-of-sharing": ["How is information shared?", "How does information get to members?", "How do we share information before, during and after the {m}?", "How is information passed between members?"],
    "security-classification": ["How sensitive is it?", "What security classification applies?", "How sensitive is the information, and how is it classified?", "What classification does the information have?"],
    "security-controls": ["What must every member do to keep it secure?", "How do we keep information secure?", "What security rules apply to every member?", "What are the minimum security rules?"],
    "tikanga": ["What about tikanga and Māori data?", "How do we respect tikanga and Māori data?", "How does tikanga guide our sharing?", "What about Māori data and tikanga?"],
    "retention-disposal": ["How long do we keep it?", "How long is information kept, and how is it disposed of?", "What happens to information after the {m}?", "When is information destroyed?"],
    "breach-management": ["What happens if something goes wrong?", "What if information goes to the wrong place?", "What do I do if there is a privacy breach?", "Who do I call if there is a privacy or security breach?"],
    "conflicts-of-interest": ["What if I have a conflict of interest?", "What if I know the {who1} or their whānau?", "How are conflicts of interest handled?", "What if I have a personal connection to someone being discussed?"],
    "relationship-management": ["Who checks that this is working?", "Who keeps an eye on how the protocol is working?", "How do we know the sharing is working as intended?", "Who oversees the {m}'s information sharing?"],
    "review": ["When will this be reviewed?", "How often is this protocol reviewed?", "When do we review this protocol?", "When is this document reviewed, and by whom?"],
    "approval": ["Who has agreed to this?", "Who has signed this protocol?", "Who approved this protocol?", "Which agencies have signed up?"],
}

ORDER = [
    "attending-agencies", "meeting-purpose", "sharing-purpose", "information-shared", "legal-authority",
    "use-of-information", "transparency", "method-of-sharing", "security-classification", "security-controls",
    "tikanga", "retention-disposal", "breach-management", "conflicts-of-interest", "relationship-management",
    "review", "approval",
]

# The six minimum controls, three wordings each.
CONTROLS = {
    "training": [
        "Every representative has completed their own agency's privacy and information security training before their first {m} meeting.",
        "Members must have done their agency's privacy and information security training modules, including any training for the systems the {m} uses.",
        "Only people who have completed privacy and information security training attend the {m}.",
    ],
    "hardcopy-destruction": [
        "Printed papers are collected by the coordinator at the end of each meeting and securely shredded.",
        "Any hard copies are put in the locked shredding bin when the meeting finishes, so they are securely destroyed.",
        "We try not to print anything. If something has to be printed, it is securely destroyed at the end of the meeting.",
    ],
    "password-protection": [
        "Email attachments with personal information are password protected, and the password is sent separately (by text or phone).",
        "Any attachment about a {who1} is password protected before it is emailed.",
        "Attachments that contain personal information are protected with a password, which is never sent in the same email.",
    ],
    "approved-devices": [
        "Information is shared, opened and stored only on devices issued or approved by the member's own agency, never on personal phones or home computers.",
        "Use only your agency-approved laptop, tablet or phone for anything to do with the {m}.",
        "Members share information only from agency-approved devices.",
    ],
    "virtual-meeting": [
        "When the {m} meets online, nobody puts personal information in the chat, records the meeting or takes screenshots.",
        "Online hui: no recording, no screenshots, and no names or details typed into the chat.",
        "If you join by video, do not use the chat for anything about a {who1}, do not record the meeting, and do not take screenshots of shared screens.",
    ],
    "hardcopy-distribution": [
        "Members do not give hard copies to other members.",
        "Printed material is not handed to other members or left behind in the room.",
        "Hard copies are never passed on to other representatives.",
    ],
}
CONTROL_ORDER = ["training", "hardcopy-destruction", "password-protection", "approved-devices", "virtual-meeting", "hardcopy-distribution"]


def fmt(text, s):
    lead = s["lead"]
    Lead = ("The " + lead) if lead.startswith("Ministry") else lead
    out = _fmt(text, s, Lead)
    return out.replace(" a ākonga", " an ākonga").replace("A ākonga", "An ākonga")


def _fmt(text, s, Lead):
    return text.format(Lead=Lead, thelead=(Lead[0].lower() + Lead[1:]) if Lead.startswith("The ") else Lead, m=s["m"], M=s["m"][0].upper() + s["m"][1:], who=s["who"], who1=s["who1"], lead=s["lead"],
                       name=s["name"], region=s["region"], ac=s.get("app_contacts", "Appendix 2"),
                       asg=s.get("app_sign", "Appendix 3"))


def question(key, s):
    if key in s.get("q", {}):
        return fmt(s["q"][key], s)
    return fmt(Q[key][s["v"] % 4], s)


# ------------------------------------------------------------------ writers
def w_attending(B, s):
    v = s["v"] % 4
    lead_sent = [
        "{Lead} is the lead agency: it convenes the {m}, provides the chair and coordinator, and looks after this protocol.",
        "Lead agency: {lead}. It sets up the {m}, keeps the action log and is responsible for this protocol.",
        "{Lead} (the lead agency) sets up the {m} and is responsible for developing and implementing this protocol.",
        "The lead agency is {thelead}. It chairs the {m} and owns this protocol.",
    ][s.get("leadv", v) % 4]
    intro = [
        "The {m} brings together the agencies in the table below. Each agency names one representative and a deputy, and only they attend. " + lead_sent,
        "These agencies attend the {m} and have signed this protocol. " + lead_sent + " Each agency decides who represents it and tells the chair when that person changes.",
        "Members come from the agencies listed here. " + lead_sent,
        "The {m} has these member agencies. " + lead_sent + " Representatives are named in {ac}.",
    ][v]
    B.para(fmt(intro, s))
    style = s.get("agency_layout", ["table", "table", "bullets", "table"][v])
    if style == "table":
        rows = []
        for a in s["agencies"]:
            nm = a[0] + (" (lead agency)" if a[0] == s["lead"] and s.get("mark_lead", True) else "")
            rows.append([nm, a[1]])
        B.table(["Agency", "Who attends"], rows, widths=(6.5, 10))
    else:
        items = []
        for a in s["agencies"]:
            nm = "**" + a[0] + "**" + (" (lead agency)" if a[0] == s["lead"] and s.get("mark_lead", True) else "")
            items.append(nm + " – " + a[1])
        B.bullets(items)
    for extra in s.get("attending_extra", []):
        B.para(fmt(extra, s))


def w_sharing(B, s):
    v = s["v"] % 4
    n = len(s["purposes"])
    if n == 1:
        B.para(fmt("Members share information about a {who1} for one reason only:", s))
    else:
        intro = [
            "Members share information about {who} only for these purposes:",
            "We share information for {n} reasons, and no others:",
            "Information is shared at the {m} so that we can do the following:",
            "There are {n} purposes of sharing:",
        ][v]
        B.para(fmt(intro.replace("{n}", str(n) if v != 1 else ["", "", "two", "three", "four", "five"][n]), s))
    B.numbered([fmt(p, s) for p in s["purposes"]])
    tail = s.get("sharing_tail")
    if tail is None:
        tail = [
            "Information is not shared for any other reason. If a member thinks another purpose is needed, it goes to the review described below before anything is shared for it.",
            "Anything outside these purposes is not shared at the {m}.",
            "If a new reason for sharing comes up, the protocol is reviewed first; members do not share for it in the meantime.",
            "",
        ][v]
    if tail:
        B.para(fmt(tail, s))


def w_info(B, s):
    intro = s.get("info_intro", "Members share only what is needed for the {who1} being discussed. That may include:")
    B.para(fmt(intro, s))
    B.bullets([fmt(x, s) for x in s["info"]])
    if s.get("info_not"):
        B.para(fmt(s["info_not"], s))
    if s.get("info_table"):
        hdr, rows = s["info_table"]
        B.table(hdr, rows, widths=(5, 11.5))


def w_legal(B, s):
    v = s["v"] % 4
    intro = s.get("legal_intro") or [
        "This protocol does not give anyone the power to share. That power comes from the law, and each member must be satisfied that the law allows each thing they share. The table sets out the law we rely on for each purpose.",
        "Signing this protocol does not make any sharing lawful. It records the law each purpose relies on, so that members can check they meet its conditions before they share.",
        "The protocol itself is not a legal authority for sharing; it cannot create or change the law. For each purpose, the law relied on is set out below.",
        "This protocol does not authorise sharing on its own. Each purpose of sharing relies on the law shown next to it.",
    ][v]
    B.para(fmt(intro, s))
    layout = s.get("auth_layout", "table")
    if layout == "table":
        B.table(["Purpose", "Law we rely on"], [[fmt(a, s), fmt(b, s) if isinstance(b, str) else [fmt(x, s) for x in b]] for a, b in s["auth"]], widths=(6, 10.5))
    elif layout == "list":
        B.bullets(["**" + fmt(a, s) + ":** " + fmt(b, s) for a, b in s["auth"]])
    elif layout == "paras":
        for a, b in s["auth"]:
            B.para("**" + fmt(a, s) + "**")
            B.para(fmt(b, s))
    tail = s.get("legal_tail", "If you are not sure that a disclosure meets the conditions in the law, stop and check with your own agency's privacy or legal team before you share.")
    if tail:
        B.para(fmt(tail, s))


def w_use(B, s):
    v = s["v"] % 4
    items = [
        [
            "Use information from the {m} only for the purpose it was shared for.",
            "Do not copy {m} information into your agency's systems unless you need it to carry out an action agreed at the {m}.",
            "When you do record it, note where it came from, the law it was shared under, the purpose it was shared for, any limits on how it can be used, and the date it was shared.",
            "Any other use is a secondary use. It needs its own purpose and legal authority, so talk to your privacy or legal team first.",
        ],
        [
            "Information shared at the {m} may be used only for the purposes listed above and the actions agreed at the meeting.",
            "Members record it in their own agency's system only where they need it to carry out an agreed action. Keeping it because it might come in handy one day is not a good enough reason.",
            "The record shows the source agency, the legal authority, the purpose, any restrictions and the date shared.",
            "Before using it for anything unrelated, members check with their privacy, legal or information sharing team.",
        ],
        [
            "Members use what they hear at the {m} only to carry out the actions agreed for that {who1}.",
            "Information goes into your agency's own records only if you need it to do your agreed action, and the record notes where it came from, under which law, for what purpose, any restrictions, and when.",
            "It is not used for any unrelated purpose, such as staff performance matters or enforcement, without a fresh assessment of purpose and legal authority.",
        ],
        [
            "Only for the purpose it was shared for. For example, if a member agrees to contact the whānau, it uses the contact details for that and nothing else.",
            "Information goes into an agency's system only if the agency needs it to carry out its agreed action. Note the source, the legal authority, the purpose, any restrictions on use and the date shared.",
            "Using it later for something else is a secondary use: work through the purpose and legal authority with your privacy team first.",
        ],
    ][v]
    items = s.get("use_items", items)
    B.bullets([fmt(x, s) for x in items])


def w_transparency(B, s):
    B.para(fmt(s.get("transparency_intro", "We want {who} and their whānau to know which agencies hold information about them and why."), s))
    B.bullets([fmt(x, s) for x in s["transparency"]])


def w_method(B, s):
    if s.get("method_intro"):
        B.para(fmt(s["method_intro"], s))
    B.bullets([fmt(x, s) for x in s["method"]])
    if s.get("method_tail"):
        B.para(fmt(s["method_tail"], s))


def w_classification(B, s):
    for x in s["classification_text"]:
        B.para(fmt(x, s))


def w_controls(B, s):
    v = s["v"] % 4
    B.para(fmt(s.get("controls_intro", [
        "Every member, every time:",
        "These rules apply to every member of the {m}:",
        "The minimum rules are below. Your own agency may add more.",
        "All members agree to these controls:",
    ][v]), s))
    items = []
    for key in s.get("control_keys", CONTROL_ORDER):
        variant = s.get("control_v", {}).get(key, s["v"] % 3)
        items.append(fmt(CONTROLS[key][variant], s))
    items += [fmt(x, s) for x in s.get("controls_extra", [])]
    if s.get("controls_table"):
        B.table(["Rule", "What this means"], [[str(i + 1), it] for i, it in enumerate(items)], widths=(1.5, 15))
    else:
        B.bullets(items)


def w_tikanga(B, s):
    for x in s["tikanga"]:
        if isinstance(x, list):
            B.bullets([fmt(y, s) for y in x])
        else:
            B.para(fmt(x, s))


def w_retention(B, s):
    if s.get("retention_intro"):
        B.para(fmt(s["retention_intro"], s))
    B.bullets([fmt(x, s) for x in s["retention"]])


def w_breach(B, s):
    for x in s["breach"]:
        if isinstance(x, list):
            B.bullets([fmt(y, s) for y in x])
        else:
            B.para(fmt(x, s))


def w_conflicts(B, s):
    v = s["v"] % 4
    intro = [
        "In a community like ours it is common to know a {who1} or their whānau. If information is about to be shared about someone you know, or you have any other personal interest:",
        "A conflict of interest can be real or perceived, for example being related to the {who1}, coaching their team, or having a personal dispute with the whānau. If you have one:",
        "If you realise that you know the person being discussed, or have some other interest that could affect your judgement:",
        "Conflicts of interest are identified early and managed by the chair and the member together. If you have one:",
    ][v]
    B.para(fmt(intro, s))
    B.bullets([
        fmt("tell the chair as soon as you become aware of it (before the meeting if you can see it on the agenda);", s),
        fmt("ask a colleague in your agency to deal with the request for information and any action for that {who1};", s),
        fmt("leave the meeting, or the online call, while that {who1} is discussed.", s),
    ])
    B.para(fmt(["The chair records the conflict, and how it was managed, in the action log.",
                "The coordinator notes the conflict in the action log.",
                "If the chair has the conflict, the deputy chair takes over for that item.",
                "The chair keeps a note of the conflict and what was done."][v], s))


def w_relationship(B, s):
    for x in s["relationship"]:
        if isinstance(x, list):
            B.bullets([fmt(y, s) for y in x])
        else:
            B.para(fmt(x, s))


def w_review(B, s):
    for x in s["review"]:
        if isinstance(x, list):
            B.bullets([fmt(y, s) for y in x])
        else:
            B.para(fmt(x, s))


def w_approval(B, s):
    for x in s["approval"]:
        B.para(fmt(x, s))


WRITERS = {
    "attending-agencies": w_attending,
    "meeting-purpose": lambda B, s: [B.para(fmt(x, s)) if isinstance(x, str) else B.bullets([fmt(y, s) for y in x]) for x in s["meeting"]],
    "sharing-purpose": w_sharing,
    "information-shared": w_info,
    "legal-authority": w_legal,
    "use-of-information": w_use,
    "transparency": w_transparency,
    "method-of-sharing": w_method,
    "security-classification": w_classification,
    "security-controls": w_controls,
    "tikanga": w_tikanga,
    "retention-disposal": w_retention,
    "breach-management": w_breach,
    "conflicts-of-interest": w_conflicts,
    "relationship-management": w_relationship,
    "review": w_review,
    "approval": w_approval,
}


# ======================================================================
# content
# ======================================================================

# ---------------------------------------------------------------- shared bits
def breach_blocks(role, agency, email, phone, name=None, extra=None):
    who = (name + ", " if name else "") + role
    out = [
        "A breach is when information from the {m} is lost, sent to the wrong person, seen by someone who should not see it, or changed or deleted by mistake. If you think this has happened, act straight away.",
        "**Breach contact:** " + who + ", " + agency + " – " + email + ", " + phone + ".",
        [
            "Contain it: ask for a wrongly sent email to be deleted, get papers back, or remove access.",
            "Tell the breach contact and your own agency's privacy officer the same day.",
            "The agency whose information it was assesses the harm, with help from the other members.",
            "The agencies involved agree together what to tell the {who1} and their whānau.",
            "If the breach is likely to cause serious harm, the agency responsible notifies the Privacy Commissioner as soon as practicable.",
        ],
    ]
    if extra:
        out.append(extra)
    return out


def relationship_blocks(variant=0):
    if variant == 0:
        return [
            "Each member agency names a relationship manager (listed in {ac}). They do not have to attend the {m}, but they know its purpose, who attends and what is shared. Relationship managers:",
            [
                "check in with their representative each term to make sure the protocol is working as intended and that sharing has not drifted beyond its purposes;",
                "help their representative with any information sharing question, including getting advice from their privacy or legal team;",
                "meet together once a year, before the review, to look at how the {m} is working.",
            ],
        ]
    if variant == 1:
        return [
            "Every agency has a relationship manager, named in {ac}. The relationship manager is the person to go to if you have a problem with how information is being shared, or think the {m} is starting to share more than it needs to.",
            "The chair reports to the relationship managers each term on the number of referrals, any conflicts of interest, and any breaches or near misses.",
        ]
    return [
        "Relationship managers ({ac}) keep an eye on the {m} for their agency. They talk with their representative at least once a term, pick up any scope creep early, and help with advice from their privacy or legal team.",
        "Any member can raise a concern about how information is being shared with their relationship manager at any time.",
    ]


def review_blocks(period_sentence, owner_sentence, extra=True):
    out = [period_sentence + " " + owner_sentence]
    if extra:
        out.append("The review checks that sharing is still needed, that the purposes and uses have not changed, that the information is still good quality, and that it is still shared securely. Any member agency can ask for an earlier review if something is not working.")
    return out


APPROVAL_DEFAULT = [
    "Each member agency's sign-off is in {asg}. Before signing, every signatory had this protocol checked by their agency's privacy officer or legal adviser.",
    "Representatives confirm they have read this protocol before attending their first {m} meeting.",
]

USE = None  # generic from sections.py

# ---------------------------------------------------------------- ATTENDANCE
ATT = dict(
    who="ākonga", who1="ākonga", m="hub",
    purposes=[
        "To understand why a referred ākonga is not attending, and agree a plan with actions for each agency.",
        "To connect the ākonga and their whānau with support for the reasons behind the absence, such as health, housing, money or care and protection concerns.",
        "To find out whether an ākonga who has left a school without a new enrolment is now enrolled somewhere else, so that no ākonga drops out of education unnoticed.",
    ],
    auth=[
        ("1. Understand the absence and agree a plan", [
            "Privacy Act 2020, IPP 11(1)(a): schools, kura and the attendance service hold this information to support the ākonga to attend, and sharing it at the hub is directly related to that purpose.",
            "Oranga Tamariki Act 1989, s 66C, where a member has a concern about the ākonga's wellbeing.",
        ]),
        ("2. Connect with support", "Oranga Tamariki Act 1989, s 66C: sharing to make or contribute to a plan for the wellbeing of the ākonga, and to provide services to them and their whānau."),
        ("3. Confirm enrolment", "Privacy Act 2020, IPP 11(1)(a), read with the enrolment and attendance duties of schools and the Ministry under the Education and Training Act 2020."),
    ],
    legal_tail="Before relying on section 66C, each member checks that its agency is a child welfare and protection agency (or that its representative is an independent person) under the Oranga Tamariki Act 1989, and that the sharing is for one of the purposes that section sets out. If you are unsure, check with your privacy or legal team before you share.",
    info=[
        "the ākonga's name, date of birth, National Student Number (NSN) and school or kura;",
        "enrolment history and attendance data from the school's student management system;",
        "what the school or kura has already tried, and what happened;",
        "who the ākonga lives with and how to contact the whānau;",
        "whether another member already works with the ākonga or whānau (for example, an open Oranga Tamariki case), without the detail unless it is needed for the plan;",
        "health, disability or wellbeing matters that explain the absence, in summary only;",
        "the plan, the actions agreed and progress against them.",
    ],
    info_not="We do not share full case notes, clinical records, or information about other whānau members unless it is needed for the plan.",
    transparency=[
        "Schools and kura tell whānau at enrolment, in their privacy statement, that attendance information may be shared with the attendance service and the Ministry of Education.",
        "Before referring, the school or kura talks with the whānau about the referral and what the {m} does. The referral form records whether this has happened.",
        "If telling the whānau could put the ākonga at risk (for example, where there is a care and protection concern), the school records why, and the Oranga Tamariki representative advises on what is said and when.",
        "When sharing relies on section 66C of the Oranga Tamariki Act 1989, members consider whether the ākonga and whānau can be consulted first, where that is practicable and appropriate.",
        "Ākonga and whānau can ask any member agency for the information it holds about them, and ask for it to be corrected (Privacy Act 2020, IPPs 6 and 7).",
    ],
    method=[
        "The school or kura sends the referral form (Appendix 1) to the coordinator by secure email.",
        "The coordinator emails the agenda (initials, NSN and school only) two working days before the {m}, as a password-protected attachment.",
        "Most information is shared verbally at the {m}.",
        "Actions are recorded in the {m} action log, which the lead agency keeps. After the meeting each agency receives only its own actions.",
        "Members can join by Microsoft Teams from their agency's network if they cannot attend in person.",
    ],
    classification_text=[
        "Information shared at or for the {m} is classified **IN-CONFIDENCE**.",
        "Mark emails and papers IN-CONFIDENCE and handle them under your agency's Protective Security Requirements processes. Our non-government members have confirmed they can receive and handle IN-CONFIDENCE information.",
    ],
    retention=[
        "The lead agency keeps the referral forms, agendas and action log in its records system, and disposes of them under its approved disposal authority.",
        "Other members keep {m} information only if they need it to carry out an action agreed at the {m}. They keep it in their agency's approved system, under their own retention and disposal schedule.",
        "Once you have saved emailed information into your agency's system, delete the email and attachment.",
        "Personal notes taken at the {m} are destroyed once the actions are in the action log.",
        "When an ākonga leaves the {m}, the coordinator closes their entry in the action log.",
    ],
    referral=[
        ("Ākonga name", ""), ("Date of birth", ""), ("National Student Number (NSN)", ""),
        ("School or kura", ""), ("Year level", ""), ("Attendance this term (%)", ""),
        ("Pattern of absence", ""), ("What the school or kura has already tried", ""),
        ("Any safety concerns? (If yes, also follow your own child protection policy.)", "☐ Yes     ☐ No"),
        ("Has the whānau been told about this referral?", "☐ Yes     ☐ No (give the reason below)"),
        ("Iwi / hapū (only if the whānau choose to share)", ""),
        ("Referred by (name, role, school or kura)", ""), ("Date of referral", ""),
    ],
)


def att_meeting(name, freq, catchment):
    return [
        "The " + name + " meets " + freq + " during term time. It looks at ākonga from " + catchment + " who are chronically absent (at school or kura less than 70 per cent of the time over a term) or who have left a school without enrolling anywhere else, and agrees who will work with each ākonga and their whānau to get them back to learning.",
        "Schools and kura refer ākonga using the form in Appendix 1, after their own attendance processes have been tried. The {m} is about support: it does not decide whether parents are prosecuted, and that is not discussed at the {m}.",
    ]


def att_tikanga(kura):
    return [
        "Many of the ākonga we discuss are Māori, and " + kura + " is a member of the {m}. Information about ākonga, their whānau, whakapapa and iwi affiliation is a taonga, and we treat it that way.",
        [
            "The kura representative advises the {m} on tikanga, and the {m} opens and closes with karakia.",
            "Iwi and hapū affiliation is recorded only if the whānau choose to share it.",
            "Whānau are invited to bring a support person or kaumātua to any hui with a member agency about the plan.",
            "Reports about Māori ākonga as a group, even without names, are discussed with the kura, the Ministry's Māori advisers and our iwi education partners before they go outside the {m}.",
        ],
        "This protocol was developed with the Ministry's Pou Ārahi and the kura. It is not for the Crown to decide what tikanga applies, so tikanga matters are revisited with them at each review.",
    ]


# ---------------------------------------------------------- LEARNING SUPPORT
def ls_content(ngo, kura):
    return dict(
        who="ākonga", who1="ākonga", m="hub",
        purposes=[
            "To agree the learning support a referred ākonga needs, and which agency will provide it.",
            "To line up assessments and therapy from the Child Development Service with the support the ākonga gets in the classroom.",
            "To connect whānau with Whānau Ora navigation when they ask for it.",
        ],
        auth=[
            ("1. Agree learning support", "Privacy Act 2020, IPP 11(1)(d): the parent or caregiver (and the ākonga, where they are old enough) authorises the referral in writing on the referral form. The Ministry also relies on IPP 11(1)(a) for information it already holds to provide learning support."),
            ("2. Line up health assessments and therapy", "Health Information Privacy Code 2020, rule 11(1)(b): Health New Zealand discloses health information with the authorisation of the ākonga or their parent or caregiver. Schools, kura and the Ministry rely on Privacy Act 2020, IPP 11(1)(d)."),
            ("3. Whānau Ora navigation", "Privacy Act 2020, IPP 11(1)(d): the whānau authorise the referral to " + ngo + "."),
        ],
        legal_tail="If a member becomes worried about an ākonga's safety, they follow their own agency's child protection policy, outside the hub. If you are unsure whether a disclosure is covered, ask your privacy or legal team first.",
        info=[
            "the ākonga's name, date of birth, NSN and school, kura or early learning service;",
            "the learning support needs the school or kura has identified, and the support already in place;",
            "reports and assessments the whānau have agreed to share (for example, from a speech-language therapist, psychologist or paediatrician), in summary;",
            "developmental or health information from the Child Development Service that is relevant to learning;",
            "whānau contact details and preferred language;",
            "the plan, and who is doing what.",
        ],
        info_not="Nothing is shared about an ākonga whose whānau have not agreed to the referral.",
        transparency=[
            "Referrals come to the {m} only with the written agreement of the parent or caregiver, recorded on the referral form. The form explains in plain language which agencies will see the information and why.",
            "The referring school or kura gives whānau the {m}'s information sheet (in English and te reo Māori, and other languages on request).",
            "Whānau can withdraw their agreement at any time by telling the school, kura or coordinator. Information already shared is then not used for further planning.",
            "Whānau are told the outcome of the {m} discussion within five working days.",
            "Ākonga and whānau can ask any member for the information it holds about them and ask for corrections (Privacy Act 2020, IPPs 6 and 7; Health Information Privacy Code 2020, rules 6 and 7).",
        ],
        method=[
            "Referral forms are sent to the coordinator by secure email.",
            "The coordinator sends members the list of ākonga to be discussed (first name, initial and school only) the week before, as a password-protected attachment.",
            "Assessments and reports are summarised verbally at the {m}. A full report goes only to the agency that needs it for an agreed action.",
            "The coordinator records actions in the Ministry's learning support system.",
            "Some members join online through Microsoft Teams.",
        ],
        classification_text=[
            "**IN-CONFIDENCE.** Everything shared at or for the {m} is personal information about children, much of it health information, and is classified IN-CONFIDENCE. Papers and emails are marked IN-CONFIDENCE.",
        ],
        tikanga=[
            "Te Tiriti o Waitangi guides how the {m} works with Māori whānau. Information about Māori ākonga and their whānau is a taonga, and Māori data is subject to Māori rights and interests.",
            [
                kura + " and " + ngo + " advise the {m} on tikanga and on how whānau are approached.",
                "Whānau can ask for their hui with the {m} to be held at the kura or marae, and to open with karakia.",
                "Whakapapa and iwi information is shared only with the whānau's agreement.",
                "Numbers about Māori ākonga are not reported outside the {m} without first talking with the kura and Māori provider members and the Ministry's Māori advisers.",
            ],
            "The Ministry's Pou Ārahi was involved in writing this protocol. At each review we go back to our Māori members to ask whether the tikanga here is still right.",
        ],
        retention=[
            "The Ministry keeps referral forms, the list of ākonga and the action record in its learning support system, under the Ministry's approved disposal authority.",
            "Health New Zealand keeps health information in its clinical record under the Health (Retention of Health Information) Regulations 1996.",
            "Other members keep {m} information only when they need it for an agreed action, in their approved system, and dispose of it under their own retention schedule.",
            "Emailed papers are deleted once saved into the agency's system. Notes taken at the {m} are shredded after the meeting.",
        ],
        referral=[
            ("Ākonga name", ""), ("Date of birth", ""), ("NSN", ""), ("School, kura or early learning service", ""),
            ("What support is needed, in the words of the whānau and the school or kura", ""),
            ("Assessments or reports the whānau agree to share", ""),
            ("Whānau agreement: I agree to information about my child being shared with the member agencies of the hub for the purposes in this protocol.", "Name:                                   Signature:                                   Date:"),
            ("Would the whānau like Whānau Ora navigation?", "☐ Yes     ☐ No"),
            ("Referred by (name, role, school or kura)", ""), ("Date of referral", ""),
        ],
    )


def ls_meeting(name, freq):
    return [
        "The " + name + " meets " + freq + ". It plans learning support for ākonga with high or complex learning needs who are referred by their school, kura or early learning service, with the agreement of their parents or caregivers.",
        "It joins up the Ministry's Learning Support team, the Child Development Service and, where whānau want it, Whānau Ora navigation, so that whānau do not have to tell their story several times.",
    ]


# ------------------------------------------------------------ YOUTH JUSTICE
YJ = dict(
    who="rangatahi", who1="rangatahi", m="panel",
    purposes=[
        "To plan an education or training placement for a rangatahi whose youth justice family group conference plan includes an education or training goal.",
        "To support a rangatahi leaving a youth justice residence or remand home to return to school, kura, alternative education or training.",
        "To respond when a member believes there is a serious threat to the life, health or safety of a rangatahi or another person.",
    ],
    auth=[
        ("Purposes 1 and 2", "Oranga Tamariki Act 1989, s 66C. Members share to make or contribute to a plan, and to provide services, for the wellbeing of the rangatahi. Each member confirms that its agency is a child welfare and protection agency, or that its representative is an independent person, under that Act."),
        ("Purpose 3", "Privacy Act 2020, IPP 11(1)(f); for Health New Zealand, Health Information Privacy Code 2020, rule 11(2)(d)."),
    ],
    auth_layout="list",
    info=[
        "the rangatahi's name, date of birth and NSN;",
        "their education history: last school or kura, enrolment status, attendance, and any stand-downs, suspensions or exclusions;",
        "the education and training goals in their family group conference plan, and court dates that affect the plan;",
        "for rangatahi leaving residence, the planned release date and where they will live;",
        "learning needs, and health or disability information that affects education, in summary only;",
        "offending information only to the extent needed to plan a safe placement (for example, a bail condition not to go near a particular school);",
        "the plan, and who is doing what.",
    ],
    info_not="Police intelligence, full offending histories and clinical records are not shared at the {m}.",
    transparency=[
        "The youth justice coordinator explains the {m} to the rangatahi and their whānau at the family group conference, and records their views.",
        "Before a rangatahi is discussed, their Oranga Tamariki social worker tells them and their whānau what will be shared and why, unless that would put someone at risk.",
        "Where a member relies on section 66C, it considers whether the rangatahi and whānau can be consulted first, where that is practicable and appropriate.",
        "Rangatahi are invited to meet the education provider with their whānau before any placement starts.",
        "Rangatahi and whānau can ask any member for the information it holds about them, and ask for it to be corrected.",
    ],
    method=[
        "Oranga Tamariki sends the agenda to members by secure email the day before, as a password-protected attachment.",
        "Information is shared verbally at the {m}.",
        "The coordinator records the plan and actions against the rangatahi's Oranga Tamariki record; members receive their own actions by secure email afterwards.",
        "Members who cannot attend in person may join on Microsoft Teams.",
    ],
    classification_text=[
        "Information shared at or for the {m} is classified **SENSITIVE**. It includes youth justice, health and education information about young people, and harm could follow if it got out.",
        "Handle it under your agency's Protective Security Requirements processes for SENSITIVE information. Non-government members have confirmed they can meet those requirements.",
    ],
    tikanga=[
        "Most of the rangatahi discussed at the {m} are Māori. Their information, and their whānau's, is a taonga, and the {m} works in a way that upholds their mana.",
        [
            "The {m} works alongside iwi social services in the rohe and invites their kaimahi when a rangatahi or whānau asks.",
            "Rangatahi are referred to by name and with respect; labels such as 'offender' are not used in {m} records.",
            "Whakapapa and iwi affiliation are recorded only when the rangatahi or whānau choose to share them.",
            "Aggregated information about Māori rangatahi is not published or reported outside the {m} without first talking with iwi partners.",
        ],
        "Oranga Tamariki's Kaiārahi and the Ministry's Pou Ārahi were engaged on this protocol and will be part of each review.",
    ],
    retention=[
        "Oranga Tamariki keeps the agenda and action record on the rangatahi's record and disposes of it under its approved disposal authority.",
        "Other members keep {m} information only if they need it to carry out an agreed action, in their agency's approved system, under their own retention and disposal schedule.",
        "Emails and attachments are deleted once the information is saved into the agency's system.",
        "Notes made during the {m} are shredded at the end of the meeting.",
    ],
    referral=[
        ("Rangatahi name", ""), ("Date of birth", ""), ("NSN", ""),
        ("Last school, kura or education provider", ""),
        ("Youth justice status", "☐ FGC plan     ☐ Supervision order     ☐ Remand     ☐ Residence"),
        ("Education or training goals in the FGC plan", ""),
        ("Planned release or transition date (if leaving residence)", ""),
        ("Whānau or caregiver involved", ""),
        ("Has the rangatahi been told about this referral?", "☐ Yes     ☐ No (reason)"),
        ("Referred by (name, role, agency)", ""), ("Date", ""),
    ],
)


def yj_meeting(name, freq):
    return [
        "The " + name + " meets " + freq + ". It brings together the agencies working with rangatahi aged 14 to 17 who are involved with youth justice, so that every rangatahi has a place in education or training and the support to stay there.",
        [
            "It considers rangatahi whose family group conference plan includes an education or training goal.",
            "It plans the return to school, kura, alternative education or training for rangatahi leaving a youth justice residence or remand home.",
            "It does not make decisions about charges or court outcomes.",
        ],
    ]


# ------------------------------------------------------------------- KURA
def kura_content(kura, ngo):
    return dict(
        who="tamariki", who1="tamaiti", m="rōpū",
        purposes=["To understand, with the whānau, what is making it hard for a tamaiti to come to kura, and agree who will help and how."],
        auth=[("Understanding what is getting in the way, and agreeing who will help",
               "Privacy Act 2020, IPP 11(1)(d): information is shared with the agreement of the whānau, as the tamaiti's representatives, which the kura records before the hui. The kura and " + ngo + " also rely on IPP 11(1)(a), because helping the tamaiti attend is why they hold the information.")],
        legal_tail="If a member is ever unsure whether a disclosure is covered, they check with their own privacy or legal team before sharing.",
        info=[
            "the tamaiti's name, age and year at kura;",
            "attendance at kura this term;",
            "what the whānau say is getting in the way (for example transport, illness, money, housing or bullying);",
            "which members already work with the whānau;",
            "the plan and who is doing what.",
        ],
        info_intro="Only what the rōpū needs to help the whānau:",
        transparency_intro="Whānau are at the centre of the rōpū.",
        transparency=[
            "Whānau are invited to every hui about their tamaiti, and nothing is shared about a tamaiti whose whānau have not agreed.",
            "The tumuaki or kaiāwhina explains the rōpū kanohi ki te kanohi, in te reo Māori or English, and records the whānau's agreement.",
            "Whānau may withdraw their agreement at any time.",
            "Tamariki are told about the rōpū in a way that suits their age.",
            "Whānau can ask any member for the information it holds about them and ask for corrections (Privacy Act 2020, IPPs 6 and 7).",
        ],
        method=[
            "Information is shared kanohi ki te kanohi at the hui, held at the kura.",
            "The kura keeps the record of the hui and the plan in its student management system.",
            "Members receive the plan afterwards by email, as a password-protected attachment.",
            "Members who cannot get to the kura join by Microsoft Teams.",
        ],
        classification_text=["Information shared at or for the rōpū is **IN-CONFIDENCE**. Emails and papers are marked IN-CONFIDENCE."],
        tikanga=[
            "The rōpū is grounded in Te Aho Matua and the tikanga of the kura. Information about tamariki and their whānau, including whakapapa, is a taonga that belongs to the whānau. Members hold it as kaitiaki, not owners.",
            [
                "Hui open and close with karakia and follow the kura's tikanga.",
                "Whakapapa, hapū and iwi information is not recorded by members unless the whānau ask for it to be.",
                "The kura decides how information about its tamariki is reported. No member reports on the rōpū's tamariki, even as numbers, without the kura's agreement.",
                "Members take advice from the kura and " + ngo + " on how to approach whānau.",
            ],
            "This protocol was developed with the kura whānau and " + ngo + ", and reflects the principles of Māori data sovereignty.",
        ],
        retention=[
            "The kura keeps the hui record and plan in its student management system and disposes of it under the schools' records disposal authority.",
            "Other members keep rōpū information only when they need it to carry out their part of the plan, in their approved system, under their own retention schedule.",
            "Emailed plans are deleted once saved. Notes from the hui are shredded at the kura at the end of the hui.",
            "When the whānau and kura agree the tamaiti no longer needs the rōpū, members close their part of the plan.",
        ],
        referral=[
            ("Ingoa o te tamaiti / Name of tamaiti", ""), ("Tau / Year", ""), ("Attendance this term (%)", ""),
            ("What the whānau say would help", ""),
            ("Whānau agreement to share with the rōpū", "☐ Āe / Yes     ☐ Kāo / No"),
            ("Recorded by (name, role)", ""), ("Rā / Date", ""),
        ],
    )


# --------------------------------------------------------- RE-ENGAGEMENT
RE = dict(
    who="rangatahi", who1="rangatahi", m="hub",
    purposes=[
        "To find rangatahi aged 13 to 15 who are not enrolled in any school or kura, and confirm their current situation.",
        "To agree a plan to re-engage each rangatahi in school, kura, alternative education or a course.",
        "To connect rangatahi aged 16 and 17 with the Ministry of Social Development's Youth Service when they choose that pathway.",
        "To act when a member believes there is a serious threat to the life or safety of a rangatahi or another person.",
    ],
    auth=[
        ("1. Find non-enrolled rangatahi", ["Privacy Act 2020, IPP 11(1)(a): the Ministry and the attendance service hold enrolment information to return non-enrolled students to education under the Education and Training Act 2020.", "Oranga Tamariki Act 1989, s 66C, for information from Oranga Tamariki, Police and Health New Zealand about where a rangatahi is and who is caring for them."]),
        ("2. Agree a re-engagement plan", "Oranga Tamariki Act 1989, s 66C (to make or contribute to a plan for the wellbeing of the rangatahi and to provide services)."),
        ("3. Connect with Youth Service", "Privacy Act 2020, IPP 11(1)(d): the rangatahi authorises the referral."),
        ("4. Serious threat", ["Privacy Act 2020, IPP 11(1)(f).", "Health Information Privacy Code 2020, rule 11(2)(d), for Health New Zealand."]),
    ],
    legal_tail="Members relying on section 66C check that their agency is a child welfare and protection agency under the Oranga Tamariki Act 1989 before they share. If in doubt, ask your privacy or legal team.",
    info=[
        "the rangatahi's name, date of birth, NSN and last school or kura;",
        "the date they stopped attending and their enrolment status;",
        "where they are living and who is caring for them;",
        "whether another member is working with them, and the name of the worker;",
        "what the rangatahi and whānau want from education or training;",
        "health, disability or safety matters that affect the plan, in summary only;",
        "the plan and who is doing what.",
    ],
    info_not="Case files, Police intelligence and clinical notes are not shared.",
    transparency=[
        "The attendance service or Oranga Tamariki worker who knows the rangatahi explains the {m} to them and their whānau before they are discussed, unless that would put someone at risk.",
        "Members relying on section 66C consider whether the rangatahi and whānau can be consulted first, where practicable and appropriate.",
        "Referrals to Youth Service happen only with the rangatahi's agreement.",
        "The Ministry's privacy statement and the attendance service's information sheet explain that the {m} exists and what it does.",
        "Rangatahi and whānau can ask any member for the information it holds about them and ask for it to be corrected.",
    ],
    method=[
        "The Ministry sends members a list of rangatahi (name, date of birth and last school) by secure email two days before each {m}, as a password-protected attachment.",
        "Members check their own records before the meeting and share what is relevant verbally.",
        "Actions are recorded by the coordinator in the Ministry's attendance case management system.",
        "The {m} meets in person at the Ministry's office, with the option to join on Microsoft Teams.",
    ],
    retention=[
        "The Ministry keeps the list, action log and minutes in its case management system and disposes of them under its approved disposal authority.",
        "Other members keep {m} information only when they need it to carry out an agreed action, in their approved system, under their own retention schedule.",
        "Delete emailed lists and attachments once the meeting is over and any action has been recorded.",
        "Handwritten notes are shredded at the end of the meeting.",
    ],
    tikanga=[
        "Many rangatahi who fall out of education are Māori, and their information is a taonga. The {m} is guided by Te Tiriti o Waitangi and by the advice of our iwi and Māori provider partners.",
        [
            "Iwi affiliation is recorded only when the rangatahi or whānau choose to share it.",
            "Whānau can ask for a kaumātua or an iwi worker to be part of the plan.",
            "Reports about Māori rangatahi, even aggregated, are discussed with iwi partners before they leave the {m}.",
        ],
        "The Ministry's Pou Ārahi was involved in writing this protocol and will be part of each review.",
    ],
    referral=[
        ("Rangatahi name", ""), ("Date of birth", ""), ("NSN", ""), ("Last school or kura", ""),
        ("Date last attended", ""), ("Current living situation (if known)", ""),
        ("Agencies already involved", ""), ("Has the rangatahi or whānau been told?", "☐ Yes     ☐ No (reason)"),
        ("Referred by (name, role, agency)", ""), ("Date", ""),
    ],
)


# ======================================================================
# specs
# ======================================================================
import copy


MOE = "Ministry of Education"
OT = "Oranga Tamariki"
POL = "New Zealand Police"
HNZ = "Health New Zealand"
MSD = "Ministry of Social Development"


def base(kind_content, **kw):
    s = copy.deepcopy(kind_content)
    s.setdefault("order", list(ORDER))
    s.update(kw)
    return s


def contacts_rows(chair, coord, breach, rms):
    rows = [["Chair"] + chair, ["Coordinator"] + coord]
    if breach:
        rows.append(["Breach contact"] + breach)
    for r in rms:
        rows.append(["Relationship manager"] + r)
    return rows


SPECS = []

# =====================================================================================
# CLEAN 01 – Tairāwhiti School Attendance Hub (MoE lead), three purposes, table authority
# =====================================================================================
s = base(ATT,
         file="clean-01-tairawhiti-attendance-hub.docx", kind="clean", v=0,
         keypoint="**In short:** share only what is needed for the {who1} being discussed, only with {m} members, and only for the purposes in this protocol. If in doubt, ask your privacy team before you share.",
         name="Tairāwhiti School Attendance Hub", region="Tairāwhiti",
         title="Tairāwhiti School Attendance Hub",
         subtitle="Sharing information about ākonga: questions and answers for hub members",
         lead=MOE,
         agencies=[
             (MOE, "Senior Adviser, Attendance and Engagement (chair); hub coordinator"),
             ("Waimata Valley School", "Deputy Principal (pastoral)"),
             ("Tūranganui Intermediate", "Attendance and wellbeing lead"),
             ("Te Kura Kaupapa Māori o Te Whānau Pounamu", "Tumuaki or kaiāwhina"),
             ("Te Ara Whānau Attendance Service Trust", "Attendance Service team leader (the Ministry-funded attendance service for Tairāwhiti)"),
             (OT, "Senior social worker, Tairāwhiti site"),
         ],
         meeting=att_meeting("Tairāwhiti School Attendance Hub", "every second Wednesday", "the Tūranganui Kāhui Ako schools and kura"),
         tikanga=att_tikanga("Te Kura Kaupapa Māori o Te Whānau Pounamu"),
         breach=breach_blocks("Senior Adviser Privacy", MOE, "privacy.officer@education.govt.nz", "04 463 8000", name="Riria Paewai"),
         relationship=relationship_blocks(0),
         review=review_blocks("This protocol is reviewed every 12 months, counted from the date of the last signature in Appendix 3.",
                              "The Ministry of Education, as lead agency, starts the review."),
         approval=APPROVAL_DEFAULT,
         marking="IN-CONFIDENCE", footer="Tairāwhiti School Attendance Hub – information sharing protocol v1.0",
         doc_control=[["1.0", "Final – signed by all member agencies", "17 March 2026"]],
         intro=["This protocol answers the questions hub members ask most about sharing information. It was written by the Ministry of Education's Tairāwhiti office with every member agency, and it replaces the hub's 2023 meeting guidelines."],
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Kiri Nikora", MOE, "kiri.nikora@education.govt.nz", "06 869 1542"],
             ["Paula Grant", MOE, "tairawhiti.attendancehub@education.govt.nz", "06 869 1540"],
             ["Riria Paewai (Senior Adviser Privacy)", MOE, "privacy.officer@education.govt.nz", "04 463 8000"],
             [["Mereana Hāwea", MOE, "mereana.hawea@education.govt.nz", "06 869 1500"],
              ["Grant Pohatu", "Waimata Valley School", "principal@waimatavalley.school.nz", "06 867 4410"],
              ["Sela Fifita", "Tūranganui Intermediate", "principal@turanganuiint.school.nz", "06 868 5127"],
              ["Hinemoa Ruru", "Te Kura Kaupapa Māori o Te Whānau Pounamu", "tumuaki@tewhanaupounamu.school.nz", "06 863 2291"],
              ["Daniel Brooking", "Te Ara Whānau Attendance Service Trust", "daniel@tearawhanau.org.nz", "027 448 1903"],
              ["Rāwiri Te Kani", OT, "rawiri.tekani@ot.govt.nz", "06 869 0720"]]),
         sig_layout="table",
         signatories=[
             (MOE, "Mereana Hāwea", "Director of Education, Hawke's Bay and Tairāwhiti", "3 March 2026"),
             ("Waimata Valley School", "Grant Pohatu", "Principal", "5 March 2026"),
             ("Tūranganui Intermediate", "Sela Fifita", "Principal", "5 March 2026"),
             ("Te Kura Kaupapa Māori o Te Whānau Pounamu", "Hinemoa Ruru", "Tumuaki", "9 March 2026"),
             ("Te Ara Whānau Attendance Service Trust", "Daniel Brooking", "General Manager", "11 March 2026"),
             (OT, "Rāwiri Te Kani", "Regional Manager, Te Tairāwhiti", "17 March 2026"),
         ],
         core_date="2026-03-17",
         author="Kiri Nikora",
         expect=[], tolerate=[],
         note="Clean attendance hub protocol: three purposes each given an authority in a Purpose | Law table under a question heading; sign-off table in Appendix 3.")
SPECS.append(s)

# =====================================================================================
# CLEAN 02 – Heretaunga Learning Support Hub; legal authority only in an appendix
# =====================================================================================
ls = ls_content("Te Manu Taiko Whānau Services", "Te Kura Kaupapa Māori o Kahurangi")
s = base(ls,
         file="clean-02-heretaunga-learning-support-hub.docx", kind="clean", v=1,
         name="Heretaunga Learning Support Hub", region="Heretaunga",
         title="Heretaunga Learning Support Hub – Information Sharing Protocol",
         subtitle="Frequently asked questions",
         lead=MOE, leadv=1,
         agencies=[
             (MOE, "Learning Support Service Manager (chair) and Learning Support Coordinator"),
             (HNZ, "Team Leader, Child Development Service, Hawke's Bay"),
             ("Heretaunga Park School", "Learning Support Coordinator (SENCO)"),
             ("Te Kura Kaupapa Māori o Kahurangi", "Tumuaki tuarua"),
             ("Te Manu Taiko Whānau Services", "Whānau Ora navigator team leader"),
         ],
         order=["part:Part A – About the hub", "attending-agencies", "meeting-purpose",
                "part:Part B – Sharing information", "sharing-purpose", "information-shared", "use-of-information", "transparency", "method-of-sharing",
                "part:Part C – Keeping information safe", "security-classification", "security-controls", "tikanga", "retention-disposal", "breach-management", "conflicts-of-interest",
                "part:Part D – Making it work", "relationship-management", "review", "approval"],
         sharing_tail="The law we rely on for each purpose is set out in Appendix 2 – Legal authority for each purpose. Nothing is shared for any other reason.",
         app_contacts="Appendix 3", app_sign="Appendix 4",
         meeting=ls_meeting("Heretaunga Learning Support Hub", "on the first Thursday of each month"),
         breach=breach_blocks("Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000",
                              extra="Health New Zealand also follows its own privacy incident process for any health information involved."),
         relationship=relationship_blocks(1),
         review=review_blocks("Review: every two years from the date the last agency signed.",
                              "The Ministry of Education, as lead agency, initiates the review."),
         approval=["Each agency's signatory is listed in {asg}. Every signatory had the protocol checked by a senior privacy, legal or information person in their agency before signing."],
         marking="IN-CONFIDENCE", footer="Heretaunga Learning Support Hub ISP",
         appendix_style="custom",
         appendices=[("referral", "Appendix 1 – Referral form"), ("legal", "Appendix 2 – Legal authority for each purpose"),
                     ("contacts", "Appendix 3 – Contacts"), ("signoff", "Appendix 4 – Sign-off")],
         contacts=contacts_rows(
             ["Jo Pattison", MOE, "jo.pattison@education.govt.nz", "06 833 6730"],
             ["Amit Sharma", MOE, "heretaunga.lshub@education.govt.nz", "06 833 6735"],
             ["Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000"],
             [["Jo Pattison", MOE, "jo.pattison@education.govt.nz", "06 833 6730"],
              ["Leilani Tuala", HNZ, "leilani.tuala@hbdhb.govt.nz", "06 878 8109"],
              ["Craig Whitcombe", "Heretaunga Park School", "principal@heretaungapark.school.nz", "06 879 4420"],
              ["Ngaio Tomoana", "Te Kura Kaupapa Māori o Kahurangi", "tari@kahurangi.school.nz", "06 876 3318"],
              ["Huia Kerehi", "Te Manu Taiko Whānau Services", "huia@temanutaiko.org.nz", "021 266 4471"]]),
         sig_layout="table",
         signatories=[
             (MOE, "Jo Pattison", "Manager Learning Support, Hawke's Bay and Tairāwhiti", "12 May 2025"),
             (HNZ, "Leilani Tuala", "Group Manager, Child Health, Te Matau a Māui", "5 June 2025"),
             ("Heretaunga Park School", "Craig Whitcombe", "Principal", "14 May 2025"),
             ("Te Kura Kaupapa Māori o Kahurangi", "Ngaio Tomoana", "Tumuaki", "20 May 2025"),
             ("Te Manu Taiko Whānau Services", "Huia Kerehi", "Chief Executive", "22 May 2025"),
         ],
         core_date="2025-06-05", author="Amit Sharma",
         expect=[], tolerate=[],
         note="Clean learning support hub: no legal-authority question; authorities per purpose are only in 'Appendix 2 – Legal authority for each purpose' (custom appendix style with outline level); review every two years from 5 June 2025.")
SPECS.append(s)

# =====================================================================================
# CLEAN 03 – Kirikiriroa Youth Justice Education Panel (OT lead), SENSITIVE, sign-off only in appendix
# =====================================================================================
s = base(YJ,
         file="clean-03-kirikiriroa-youth-justice-education-panel.docx", kind="clean", v=2,
         keypoint="**In short:** share only what is needed for the {who1} being discussed, only with {m} members, and only for the purposes in this protocol. If in doubt, ask your privacy team before you share.",
         name="Kirikiriroa Youth Justice Education Panel", region="Kirikiriroa",
         title="Kirikiriroa Youth Justice Education Panel",
         subtitle="Information sharing protocol – questions and answers",
         lead=OT, leadv=2,
         agencies=[
             (OT, "Youth Justice Supervisor (chair) and Youth Justice Education Coordinator"),
             (POL, "Youth Aid Sergeant, Hamilton City"),
             (MOE, "Senior Adviser, Youth Justice Education, Waikato"),
             (HNZ, "Clinical Nurse Specialist, Youth Forensic Service"),
             ("Te Huarahi Hou Alternative Education Trust", "Alternative education programme manager"),
         ],
         agency_layout="table",
         order=[k for k in ORDER if k != "approval"],
         meeting=yj_meeting("Kirikiriroa Youth Justice Education Panel", "fortnightly, on Tuesday mornings"),
         breach=[
             "If information from the {m} is lost, sent to the wrong person or seen by someone who should not see it, act straight away:",
             [
                 "contain it (recall or delete the email, retrieve papers);",
                 "tell the panel's breach contact, the Oranga Tamariki Privacy Officer, on the same day, using the details in Appendix 2 – Contacts;",
                 "tell your own agency's privacy officer;",
                 "the agency whose information was involved assesses the harm and, with the others, decides what to tell the rangatahi and whānau;",
                 "a notifiable privacy breach is notified to the Privacy Commissioner by the agency responsible, as soon as practicable.",
             ],
         ],
         controls_table=True,
         controls_extra=["Members do not share their Teams or system log-ins with anyone.", "Papers are never left in vehicles or taken home."],
         relationship=relationship_blocks(2),
         review=review_blocks("This protocol is reviewed every 18 months from the date of the last signature in Appendix 3.",
                              "Oranga Tamariki, as lead agency, is responsible for starting the review."),
         approval=[],
         marking="SENSITIVE", footer="Kirikiriroa YJ Education Panel – ISP",
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Tama Rāwiri", OT, "tama.rawiri@ot.govt.nz", "07 957 4300"],
             ["Bridget Hogan", OT, "bridget.hogan@ot.govt.nz", "07 957 4312"],
             ["Privacy Officer", OT, "privacy@ot.govt.nz", "0508 326 459"],
             [["Tama Rāwiri", OT, "tama.rawiri@ot.govt.nz", "07 957 4300"],
              ["Sergeant Mike Tāne", POL, "mike.tane@police.govt.nz", "07 858 6200"],
              ["Rachel Ng", MOE, "rachel.ng@education.govt.nz", "07 850 8880"],
              ["Sione Havili", HNZ, "sione.havili@waikatodhb.health.nz", "07 839 8899"],
              ["Marama Hetaraka", "Te Huarahi Hou Alternative Education Trust", "marama@tehuarahihou.org.nz", "022 317 0045"]]),
         sig_layout="blocks",
         signoff_intro="By signing, each agency agrees to follow this protocol whenever its representatives share, use, keep or dispose of information from the panel.",
         signatories=[
             (OT, "Tama Rāwiri", "Regional Manager Youth Justice, Waikato", "2 September 2025"),
             (POL, "Inspector Anna Whitiora", "Area Commander, Hamilton City", "19 August 2025"),
             (MOE, "Rachel Ng", "Director of Education, Waikato", "21 August 2025"),
             (HNZ, "Dr Pania Kingi", "Clinical Director, Infant, Child and Adolescent Mental Health, Waikato", "28 August 2025"),
             ("Te Huarahi Hou Alternative Education Trust", "Marama Hetaraka", "Chairperson of the Board", "25 August 2025"),
         ],
         core_date="2025-09-02", author="Bridget Hogan",
         expect=[], tolerate=[],
         note="Clean youth justice education panel: SENSITIVE (header matches), 'Purposes 1 and 2: ...' authority list, breach contact given as a role and agency with details in Appendix 2, approval only as Appendix 3 signature blocks, review every 18 months from 2 September 2025.")
SPECS.append(s)

# =====================================================================================
# CLEAN 04 – Hokianga kura attendance rōpū, kura leads, single purpose, bilingual questions
# =====================================================================================
kc = kura_content("Te Kura Kaupapa Māori o Te Waiora", "Te Hā o Hokianga Trust")
s = base(kc,
         file="clean-04-hokianga-kura-attendance-ropu.docx", kind="clean", v=3,
         name="Te Waiora Attendance Rōpū", region="Hokianga",
         title="Te Rōpū Tae ā-Kura o Te Waiora",
         subtitle="Te Waiora Attendance Rōpū – how we share information (pātai me ngā whakautu / questions and answers)",
         lead="Te Kura Kaupapa Māori o Te Waiora", leadv=3,
         agencies=[
             ("Te Kura Kaupapa Māori o Te Waiora", "Tumuaki (chair) and kaiāwhina"),
             ("Te Hā o Hokianga Trust", "Kaiārahi from the attendance service"),
             (MOE, "Senior Adviser, Te Tai Tokerau"),
             (MSD, "Community Connector, Kaikohe Service Centre"),
         ],
         q={
             "attending-agencies": "Ko wai mā ka tae mai? Who comes to the rōpū?",
             "meeting-purpose": "He aha te take o te rōpū? What is the rōpū for?",
             "sharing-purpose": "He aha i tohatoha ai? Why do we share information about tamariki?",
             "information-shared": "He aha ngā mōhiohio? What information do we share?",
             "legal-authority": "Nā tēhea ture? What law allows us to share?",
             "use-of-information": "Me pēhea te whakamahi? How can the information be used?",
             "transparency": "Me pēhea te whakamōhio i te whānau? How do we tell whānau?",
             "method-of-sharing": "Me pēhea te tohatoha? How is information shared?",
             "security-classification": "He tapu, he noa rānei? How sensitive is it?",
             "security-controls": "Me pēhea e haumaru ai? What must every member do to keep it secure?",
             "tikanga": "Tikanga me ngā raraunga Māori – what about tikanga and Māori data?",
             "retention-disposal": "Ka pupuri mō te roa? How long do we keep it?",
             "breach-management": "Ki te hē tētahi mea? What happens if something goes wrong?",
             "conflicts-of-interest": "He whanaunga rānei? What if I know the whānau?",
             "relationship-management": "Mā wai e tirotiro? Who checks that this is working?",
             "review": "Āhea arotake ai? When will this be reviewed?",
             "approval": "Ko wai i whakaae? Who has agreed to this?",
         },
         auth_layout="paras",
         referral_intro="The kaiāwhina fills in this form with the whānau at the kura. It stays at the kura.",
         meeting=["Te Waiora Attendance Rōpū is a small rōpū led by the kura. It meets every three weeks during term, usually with the whānau present, to support tamariki who are missing a lot of kura.",
                  "The kaupapa is whānau-led: the whānau decide what help they want, and the rōpū works out who can provide it."],
         breach=breach_blocks("Tumuaki", "Te Kura Kaupapa Māori o Te Waiora", "tumuaki@tewaiora.school.nz", "09 405 8812",
                              extra="The tumuaki works with the Ministry of Education's privacy team (privacy.officer@education.govt.nz) on any breach involving Ministry information."),
         relationship=relationship_blocks(2),
         review=review_blocks("The rōpū reviews this protocol annually, at the first hui of Term 3.",
                              "Te Kura Kaupapa Māori o Te Waiora, as lead agency, calls the review hui."),
         approval=["The tumuaki and a senior person from each member agency have signed this protocol (Appendix 3). Each agency had it checked by its own privacy or legal adviser first."],
         marking="IN-CONFIDENCE", footer="Te Waiora Attendance Rōpū",
         appendices=[("referral", "Appendix 1 – Referral form (Puka tono)"), ("contacts", "Appendix 2 – Contacts (Ngā whakapā)"), ("signoff", "Appendix 3 – Sign-off (Waitohu)")],
         contacts=contacts_rows(
             ["Whaea Roimata Heke", "Te Kura Kaupapa Māori o Te Waiora", "tumuaki@tewaiora.school.nz", "09 405 8812"],
             ["Tuhi Pōtae", "Te Kura Kaupapa Māori o Te Waiora", "tari@tewaiora.school.nz", "09 405 8810"],
             None,
             [["Whaea Roimata Heke", "Te Kura Kaupapa Māori o Te Waiora", "tumuaki@tewaiora.school.nz", "09 405 8812"],
              ["Matiu Kaka", "Te Hā o Hokianga Trust", "matiu@teha.org.nz", "027 512 7736"],
              ["Ngaire Brown", MOE, "ngaire.brown@education.govt.nz", "09 436 8900"],
              ["Paora Wihongi", MSD, "paora.wihongi001@msd.govt.nz", "09 401 5840"]]),
         sig_layout="blocks",
         signatories=[
             ("Te Kura Kaupapa Māori o Te Waiora", "Roimata Heke", "Tumuaki", "6 July 2026"),
             ("Te Hā o Hokianga Trust", "Matiu Kaka", "Kaiwhakahaere Matua / General Manager", "9 July 2026"),
             (MOE, "Ngaire Brown", "Director of Education, Te Tai Tokerau", "14 July 2026"),
             (MSD, "Paora Wihongi", "Regional Commissioner, Northland", "20 July 2026"),
         ],
         core_date="2026-07-20", author="Ngaire Brown",
         expect=[], tolerate=[],
         note="Clean kura attendance rōpū with bilingual question headings, the kura as lead agency, a single purpose whose authority is given in the legal question, and signature blocks; reviewed annually from 20 July 2026.")
SPECS.append(s)

# =====================================================================================
# CLEAN 05 – Ōtautahi Re-engagement Hub, filled content controls
# =====================================================================================
s = base(RE,
         file="clean-05-otautahi-reengagement-hub.docx", kind="clean", v=2,
         keypoint="**In short:** share only what is needed for the {who1} being discussed, only with {m} members, and only for the purposes in this protocol. If in doubt, ask your privacy team before you share.",
         name="Ōtautahi Re-engagement Hub", region="Ōtautahi",
         title="Ōtautahi Re-engagement Hub",
         subtitle="Information sharing protocol (FAQ format)",
         lead=MOE, leadv=0,
         agencies=[
             (MOE, "Attendance and Engagement Manager, Canterbury (chair); hub coordinator"),
             ("Waitaha Attendance and Engagement Service", "Team leader (the Ministry-funded attendance service)"),
             (OT, "Supervisor, Christchurch East site"),
             (POL, "Youth Aid Officer, Canterbury"),
             (HNZ, "Youth Health Nurse Coordinator"),
             (MSD, "Youth Service Contract Manager, Canterbury"),
         ],
         agency_layout="table",
         q={"approval": "Who has signed up?", "security-classification": "How sensitive is it?"},
         meeting=["The {name} meets fortnightly. It looks for rangatahi aged 13 to 17 in Ōtautahi who have dropped out of education, and agrees who will help each one back into school, kura, alternative education, a course or work with training.",
                  "It is not a compliance meeting. Nobody is referred for prosecution through the {m}."],
         classification_text=None,
         breach=breach_blocks("Privacy Officer, Canterbury region", MOE, "privacy.officer@education.govt.nz", "03 378 7300"),
         relationship=relationship_blocks(0),
         review=None,
         approval=APPROVAL_DEFAULT,
         marking="IN-CONFIDENCE", footer="Ōtautahi Re-engagement Hub – ISP",
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Lucy Brennan", MOE, "lucy.brennan@education.govt.nz", "03 378 7325"],
             ["Hamish Tait", MOE, "otautahi.rehub@education.govt.nz", "03 378 7331"],
             ["Privacy Officer, Canterbury region", MOE, "privacy.officer@education.govt.nz", "03 378 7300"],
             [["Lucy Brennan", MOE, "lucy.brennan@education.govt.nz", "03 378 7325"],
              ["Aroha Kururangi", "Waitaha Attendance and Engagement Service", "aroha@waitahaattendance.org.nz", "027 604 1188"],
              ["Sam Liufau", OT, "sam.liufau@ot.govt.nz", "03 363 3200"],
              ["Senior Sergeant Kate Dunn", POL, "kate.dunn@police.govt.nz", "03 363 7400"],
              ["Mei Chen", HNZ, "mei.chen@cdhb.health.nz", "03 364 0640"],
              ["Ben Tipene", MSD, "ben.tipene007@msd.govt.nz", "03 341 2900"]]),
         sig_layout="table",
         signatories=[
             (MOE, "Lucy Brennan", "Director of Education, Canterbury and Chatham Islands", "30 March 2026"),
             ("Waitaha Attendance and Engagement Service", "Aroha Kururangi", "Chief Executive", "1 April 2026"),
             (OT, "Sam Liufau", "Regional Manager, Canterbury", "7 April 2026"),
             (POL, "Superintendent Rangi Mahuta", "District Commander, Canterbury", "14 April 2026"),
             (HNZ, "Mei Chen", "Group Manager, Child and Youth Health, Waitaha Canterbury", "9 April 2026"),
             (MSD, "Ben Tipene", "Regional Commissioner, Canterbury", "2 April 2026"),
         ],
         sdt_classification="IN-CONFIDENCE", sdt_review="12 months", sdt_approval=("2026-04-14", "14 April 2026"),
         core_date="2026-04-14", author="Hamish Tait",
         expect=[], tolerate=[],
         note="Clean re-engagement hub with four purposes; the classification (IN-CONFIDENCE), review period (12 months) and approval date (14 April 2026) are filled drop-down/date content controls; lead agency in prose.")
SPECS.append(s)

# =====================================================================================
# DEFECT – ISP101: Whanganui Learning Support Hub with no conflict-of-interest answer
# =====================================================================================
ls = ls_content("Kaitiaki Whānau Services", "Te Kura Kaupapa Māori o Te Awa Tupua o Whanganui")
ls["auth"][2] = ("3. Whānau Ora navigation", "Privacy Act 2020, IPP 11(1)(d): the whānau authorise the referral to Kaitiaki Whānau Services.")
s = base(ls,
         file="defect-isp101-whanganui-ls-hub-no-conflicts.docx", kind="defect", v=0,
         name="Whanganui Learning Support Hub", region="Whanganui",
         title="Whanganui Learning Support Hub",
         subtitle="Information sharing: what members need to know",
         lead=MOE,
         agencies=[
             (MOE, "Learning Support Facilitator (chair) and Service Manager"),
             (HNZ, "Child Development Service team leader, Whanganui"),
             ("Aramoho Heights School", "Learning Support Coordinator"),
             ("Te Kura Kaupapa Māori o Te Awa Tupua o Whanganui", "Kaiako matua"),
             ("Kaitiaki Whānau Services", "Whānau Ora navigator"),
         ],
         order=[k for k in ORDER if k != "conflicts-of-interest"],
         meeting=ls_meeting("Whanganui Learning Support Hub", "twice a term"),
         breach=breach_blocks("Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000", name="Tom Ranginui"),
         relationship=relationship_blocks(0),
         review=review_blocks("This protocol is reviewed every 24 months from the date of the last signature.",
                              "The Ministry of Education is responsible for initiating the review."),
         approval=APPROVAL_DEFAULT,
         marking="IN-CONFIDENCE", footer="Whanganui Learning Support Hub",
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Ana Kereama", MOE, "ana.kereama@education.govt.nz", "06 349 6300"],
             ["Ruth Simmonds", MOE, "whanganui.lshub@education.govt.nz", "06 349 6310"],
             ["Tom Ranginui (Privacy Officer)", MOE, "privacy.officer@education.govt.nz", "04 463 8000"],
             [["Ana Kereama", MOE, "ana.kereama@education.govt.nz", "06 349 6300"],
              ["Fiona Lake", HNZ, "fiona.lake@wdhb.org.nz", "06 348 1234"],
              ["Peter Anderson", "Aramoho Heights School", "principal@aramohoheights.school.nz", "06 343 5501"],
              ["Wiremu Tinirau", "Te Kura Kaupapa Māori o Te Awa Tupua o Whanganui", "tari@teawatupua.school.nz", "06 344 7719"],
              ["Kahu Metekingi", "Kaitiaki Whānau Services", "kahu@kaitiakiwhanau.org.nz", "021 844 6620"]]),
         sig_layout="table",
         signatories=[
             (MOE, "Ana Kereama", "Director of Education, Central", "10 February 2026"),
             (HNZ, "Fiona Lake", "Service Manager, Child Health, Whanganui", "16 February 2026"),
             ("Aramoho Heights School", "Peter Anderson", "Principal", "11 February 2026"),
             ("Te Kura Kaupapa Māori o Te Awa Tupua o Whanganui", "Wiremu Tinirau", "Tumuaki", "12 February 2026"),
             ("Kaitiaki Whānau Services", "Kahu Metekingi", "Manager", "13 February 2026"),
         ],
         core_date="2026-02-16", author="Ruth Simmonds",
         expect=[{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}}], tolerate=[],
         note="Learning support hub with every question answered except conflicts of interest: there is no conflict-of-interest question or text anywhere.")
SPECS.append(s)

# =====================================================================================
# DEFECT – ISP301: Porirua attendance hub, MSD purpose added without an authority
# =====================================================================================
att = copy.deepcopy(ATT)
att["purposes"] = att["purposes"][:2] + [
    "To let the Ministry of Social Development check whether whānau receiving a main benefit are meeting their obligations for their children's school attendance."]
att["auth"] = att["auth"][:2]
s = base(att,
         file="defect-isp301-porirua-attendance-msd-purpose.docx", kind="defect", v=1,
         keypoint="**In short:** share only what is needed for the {who1} being discussed, only with {m} members, and only for the purposes in this protocol. If in doubt, ask your privacy team before you share.",
         name="Porirua Attendance Hub", region="Porirua",
         title="Porirua Attendance Hub",
         subtitle="Information sharing protocol – frequently asked questions",
         lead=MOE, leadv=0,
         agencies=[
             (MOE, "Senior Adviser Attendance (chair); hub coordinator"),
             ("Rānui Heights School", "Deputy Principal"),
             ("Te Kura Kaupapa Māori o Te Aka Matua", "Kaiāwhina"),
             ("Tū Tangata Attendance Service", "Attendance Service Manager"),
             (OT, "Social worker, Porirua site"),
             (MSD, "Service Centre Manager, Porirua"),
         ],
         meeting=att_meeting("Porirua Attendance Hub", "fortnightly", "Porirua East schools and kura"),
         tikanga=att_tikanga("Te Kura Kaupapa Māori o Te Aka Matua"),
         breach=breach_blocks("Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000"),
         relationship=relationship_blocks(1),
         review=review_blocks("We review this protocol every 12 months from the date of the last signature.",
                              "The Ministry of Education, as lead agency, starts the review."),
         approval=APPROVAL_DEFAULT,
         marking="IN-CONFIDENCE", footer="Porirua Attendance Hub – information sharing protocol",
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Losa Tuilagi", MOE, "losa.tuilagi@education.govt.nz", "04 463 8650"],
             ["James Howell", MOE, "porirua.attendancehub@education.govt.nz", "04 463 8652"],
             ["Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000"],
             [["Losa Tuilagi", MOE, "losa.tuilagi@education.govt.nz", "04 463 8650"],
              ["Karen Lister", "Rānui Heights School", "principal@ranuiheights.school.nz", "04 237 6610"],
              ["Hēmi Rikihana", "Te Kura Kaupapa Māori o Te Aka Matua", "tumuaki@teakamatua.school.nz", "04 235 9012"],
              ["Faith Leota", "Tū Tangata Attendance Service", "faith@tutangata.org.nz", "027 330 9184"],
              ["Mark Reid", OT, "mark.reid@ot.govt.nz", "04 237 2300"],
              ["Tui Walsh", MSD, "tui.walsh003@msd.govt.nz", "04 237 1500"]]),
         sig_layout="table",
         signatories=[
             (MOE, "Losa Tuilagi", "Director of Education, Wellington", "4 May 2026"),
             ("Rānui Heights School", "Karen Lister", "Principal", "6 May 2026"),
             ("Te Kura Kaupapa Māori o Te Aka Matua", "Hēmi Rikihana", "Tumuaki", "7 May 2026"),
             ("Tū Tangata Attendance Service", "Faith Leota", "Chief Executive", "8 May 2026"),
             (OT, "Mark Reid", "Site Manager, Porirua", "11 May 2026"),
             (MSD, "Tui Walsh", "Regional Commissioner, Wellington", "12 May 2026"),
         ],
         core_date="2026-05-12", author="James Howell",
         expect=[{"rule": "ISP301", "data_contains": {"purpose": "main benefit"}}], tolerate=[],
         note="Attendance hub whose third purpose (MSD checking beneficiaries' attendance obligations) has no row in the Purpose | Law table; purposes 1 and 2 are covered.")
SPECS.append(s)

# =====================================================================================
# DEFECT – ISP703: Rotorua youth justice education panel, Health NZ attends but does not sign
# =====================================================================================
s = base(YJ,
         file="defect-isp703-rotorua-yj-panel-health-unsigned.docx", kind="defect", v=0,
         name="Rotorua Youth Justice Education Panel", region="Rotorua",
         title="Rotorua Youth Justice Education Panel",
         subtitle="Information sharing protocol: questions and answers",
         lead=OT, leadv=0,
         agencies=[
             (OT, "Youth Justice Supervisor (chair)"),
             (POL, "Youth Aid Officer, Rotorua"),
             (MOE, "Senior Adviser, Bay of Plenty – Waiariki"),
             (HNZ, "Youth Alcohol and Other Drug Clinician, Lakes"),
             ("Te Puna Ako Alternative Education", "Programme Manager"),
         ],
         meeting=yj_meeting("Rotorua Youth Justice Education Panel", "every second Thursday"),
         breach=breach_blocks("Privacy Officer", OT, "privacy@ot.govt.nz", "0508 326 459"),
         relationship=relationship_blocks(0),
         review=review_blocks("This protocol is reviewed every 12 months from the date of the last signature.",
                              "Oranga Tamariki, as lead agency, initiates the review."),
         approval=APPROVAL_DEFAULT,
         marking="SENSITIVE", footer="Rotorua YJ Education Panel",
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Hone Te Rangi", OT, "hone.terangi@ot.govt.nz", "07 349 5150"],
             ["Kelly Morrison", OT, "kelly.morrison@ot.govt.nz", "07 349 5162"],
             ["Privacy Officer", OT, "privacy@ot.govt.nz", "0508 326 459"],
             [["Hone Te Rangi", OT, "hone.terangi@ot.govt.nz", "07 349 5150"],
              ["Sergeant Lisa Ormsby", POL, "lisa.ormsby@police.govt.nz", "07 348 0099"],
              ["Rangimarie Ngatai", MOE, "rangimarie.ngatai@education.govt.nz", "07 349 7399"],
              ["Dr Aaron Pohe", HNZ, "aaron.pohe@lakesdhb.govt.nz", "07 348 1199"],
              ["Maia Kingi", "Te Puna Ako Alternative Education", "maia@tepunaako.org.nz", "021 778 320"]]),
         sig_layout="table",
         signatories=[
             (OT, "Hone Te Rangi", "Regional Manager Youth Justice, Bay of Plenty", "22 June 2026"),
             (POL, "Inspector Craig Matthews", "Area Commander, Rotorua", "15 June 2026"),
             (MOE, "Rangimarie Ngatai", "Director of Education, Bay of Plenty – Waiariki", "17 June 2026"),
             ("Te Puna Ako Alternative Education", "Maia Kingi", "Programme Director", "18 June 2026"),
         ],
         core_date="2026-06-22", author="Kelly Morrison",
         expect=[{"rule": "ISP703", "data": {"agency": "Health New Zealand"}}], tolerate=[],
         note="Youth justice education panel whose attending-agency table lists Health New Zealand (with a relationship manager in Appendix 2) but whose Appendix 3 sign-off table has no Health New Zealand row.")
SPECS.append(s)

# =====================================================================================
# DEFECT – ISP702: Whangārei kura rōpū, tumuaki's name never filled in
# =====================================================================================
kc = kura_content("Te Kura Kaupapa Māori o Te Puna Wai Ora", "Ngā Kaitiaki Tamariki Trust")
s = base(kc,
         file="defect-isp702-whangarei-kura-ropu-signatory-no-name.docx", kind="defect", v=1,
         name="Te Puna Wai Ora Attendance Rōpū", region="Whangārei",
         title="Te Puna Wai Ora Attendance Rōpū",
         subtitle="How we share information – questions and answers",
         lead="Te Kura Kaupapa Māori o Te Puna Wai Ora", leadv=1,
         agencies=[
             ("Te Kura Kaupapa Māori o Te Puna Wai Ora", "Tumuaki (chair) and kaiāwhina"),
             ("Ngā Kaitiaki Tamariki Trust", "Attendance service kaimahi"),
             (MOE, "Senior Adviser, Te Tai Tokerau"),
             (OT, "Kairaranga ā-whānau, Whangārei site"),
         ],
         meeting=["Te Puna Wai Ora Attendance Rōpū meets every three weeks at the kura. It is led by the kura and works alongside whānau whose tamariki are missing a lot of kura, to find out what is getting in the way and who can help."],
         breach=breach_blocks("Tumuaki", "Te Kura Kaupapa Māori o Te Puna Wai Ora", "tumuaki@tepunawaiora.school.nz", "09 437 6620"),
         relationship=relationship_blocks(1),
         review=review_blocks("This protocol is reviewed every 12 months from the date it was last signed.",
                              "Te Kura Kaupapa Māori o Te Puna Wai Ora, as lead agency, starts the review."),
         approval=APPROVAL_DEFAULT,
         marking="IN-CONFIDENCE", footer="Te Puna Wai Ora Attendance Rōpū",
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Tumuaki", "Te Kura Kaupapa Māori o Te Puna Wai Ora", "tumuaki@tepunawaiora.school.nz", "09 437 6620"],
             ["Kiri Pou", "Te Kura Kaupapa Māori o Te Puna Wai Ora", "tari@tepunawaiora.school.nz", "09 437 6621"],
             None,
             [["Tumuaki", "Te Kura Kaupapa Māori o Te Puna Wai Ora", "tumuaki@tepunawaiora.school.nz", "09 437 6620"],
              ["Rewi Tautari", "Ngā Kaitiaki Tamariki Trust", "rewi@ngakaitiaki.org.nz", "027 290 4417"],
              ["Ngaire Brown", MOE, "ngaire.brown@education.govt.nz", "09 436 8900"],
              ["Teina Cassidy", OT, "teina.cassidy@ot.govt.nz", "09 470 0300"]]),
         sig_layout="blocks",
         signatories=[
             ("Te Kura Kaupapa Māori o Te Puna Wai Ora", "", "Tumuaki", "3 August 2026"),
             ("Ngā Kaitiaki Tamariki Trust", "Rewi Tautari", "Kaiwhakahaere / Manager", "29 July 2026"),
             (MOE, "Ngaire Brown", "Director of Education, Te Tai Tokerau", "30 July 2026"),
             (OT, "Teina Cassidy", "Site Manager, Whangārei", "31 July 2026"),
         ],
         core_date="2026-08-03", author="Ngaire Brown",
         expect=[{"rule": "ISP702", "data": {"agency": "Te Kura Kaupapa Māori o Te Puna Wai Ora", "missing": ["name"]}}], tolerate=[],
         note="Kura attendance rōpū whose Appendix 3 signature block for the kura (the lead agency) has a role (Tumuaki) and date but the Name line left as underscores.")
SPECS.append(s)

# =====================================================================================
# DEFECT – ISP451: Murihiku attendance hub that meets online, no virtual-meeting control
# =====================================================================================
att = copy.deepcopy(ATT)
att["method"] = [
    "The {m} meets online on Microsoft Teams, because members are spread from Te Anau to the Catlins. Meetings are set up by the lead agency and only invited members are admitted from the lobby.",
    "The school or kura sends the referral form (Appendix 1) to the coordinator by secure email.",
    "The coordinator emails the agenda (initials, NSN and school only) two working days before the {m}, as a password-protected attachment.",
    "Information is shared verbally during the call; the coordinator shares the action log on screen.",
    "After the meeting each agency receives only its own actions.",
]
s = base(att,
         file="defect-isp451-murihiku-online-hub-no-virtual-control.docx", kind="defect", v=2,
         name="Murihiku Attendance Hub", region="Murihiku",
         title="Murihiku Attendance Hub – Information Sharing Protocol",
         subtitle="Questions and answers for members",
         lead="Murihiku Attendance Service Trust", leadv=2,
         agencies=[
             ("Murihiku Attendance Service Trust", "Attendance Service Manager (chair) and administrator"),
             (MOE, "Senior Adviser, Southern"),
             ("Waihōpai Central School", "Principal or deputy principal"),
             ("Te Kura Kaupapa Māori o Murihiku", "Kaiāwhina"),
             (OT, "Social worker, Invercargill site"),
         ],
         control_keys=["training", "hardcopy-destruction", "password-protection", "approved-devices", "hardcopy-distribution"],
         controls_extra=["Teams meetings are locked once all members have joined."],
         meeting=att_meeting("Murihiku Attendance Hub", "fortnightly", "Southland schools and kura"),
         tikanga=att_tikanga("Te Kura Kaupapa Māori o Murihiku"),
         breach=breach_blocks("Operations Manager", "Murihiku Attendance Service Trust", "privacy@murihikuattendance.org.nz", "03 214 6620", name="Lynette Crawford"),
         relationship=relationship_blocks(2),
         review=review_blocks("This protocol will be reviewed every 12 months from the date of the last signature.",
                              "Murihiku Attendance Service Trust, as lead agency, will initiate the review."),
         approval=APPROVAL_DEFAULT,
         marking="IN-CONFIDENCE", footer="Murihiku Attendance Hub",
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Lynette Crawford", "Murihiku Attendance Service Trust", "lynette@murihikuattendance.org.nz", "03 214 6620"],
             ["Kim Dowling", "Murihiku Attendance Service Trust", "admin@murihikuattendance.org.nz", "03 214 6621"],
             ["Lynette Crawford (Operations Manager)", "Murihiku Attendance Service Trust", "privacy@murihikuattendance.org.nz", "03 214 6620"],
             [["Lynette Crawford", "Murihiku Attendance Service Trust", "lynette@murihikuattendance.org.nz", "03 214 6620"],
              ["Andrew McLeod", MOE, "andrew.mcleod@education.govt.nz", "03 211 8000"],
              ["Shona Gray", "Waihōpai Central School", "principal@waihopaicentral.school.nz", "03 218 7742"],
              ["Mereana Tipa", "Te Kura Kaupapa Māori o Murihiku", "tumuaki@murihiku.school.nz", "03 216 5530"],
              ["Craig Bell", OT, "craig.bell@ot.govt.nz", "03 211 1900"]]),
         sig_layout="table",
         signatories=[
             ("Murihiku Attendance Service Trust", "Lynette Crawford", "Operations Manager", "24 August 2026"),
             (MOE, "Andrew McLeod", "Director of Education, Southern", "20 August 2026"),
             ("Waihōpai Central School", "Shona Gray", "Principal", "18 August 2026"),
             ("Te Kura Kaupapa Māori o Murihiku", "Mereana Tipa", "Tumuaki", "19 August 2026"),
             (OT, "Craig Bell", "Regional Manager, Southern", "21 August 2026"),
         ],
         core_date="2026-08-24", author="Kim Dowling",
         expect=[{"rule": "ISP451", "data": {"control": "virtual-meeting"}}], tolerate=[],
         note="Attendance hub that meets only on Teams, led by the NGO attendance service; its security rules cover five controls but say nothing about chat, recording or screenshots in online meetings.")
SPECS.append(s)

# =====================================================================================
# DEFECT – ISP501: Whakatū learning support hub, breach answer with no contact
# =====================================================================================
ls = ls_content("Te Piki Oranga", "Te Kura Kaupapa Māori o Tuia te Matangi")
s = base(ls,
         file="defect-isp501-whakatu-ls-hub-no-breach-contact.docx", kind="defect", v=2,
         name="Whakatū Learning Support Hub", region="Whakatū",
         title="Whakatū Learning Support Hub",
         subtitle="Information sharing protocol – questions and answers",
         lead=MOE, leadv=3,
         agencies=[
             (MOE, "Learning Support Service Manager (chair); Learning Support Coordinator"),
             (HNZ, "Child Development Service Team Leader, Nelson Marlborough"),
             ("Tāhunanui Park School", "SENCO"),
             ("Te Kura Kaupapa Māori o Tuia te Matangi", "Kaiako matua"),
             ("Te Piki Oranga", "Whānau Ora kaiārahi"),
         ],
         meeting=ls_meeting("Whakatū Learning Support Hub", "monthly"),
         breach=[
             "Each member agency manages a privacy or security breach involving {m} information under its own privacy breach procedure.",
             [
                 "Contain the breach as quickly as you can.",
                 "Follow your agency's internal reporting process.",
                 "The agency whose information was involved assesses whether the breach is notifiable. If it is likely to cause serious harm, that agency notifies the Privacy Commissioner (0800 803 909) and tells the people affected.",
                 "Breaches and near misses are a standing item at the next {m} meeting.",
             ],
         ],
         relationship=relationship_blocks(2),
         review=review_blocks("This protocol is reviewed every 24 months from the date the last agency signed.",
                              "The Ministry of Education, as lead agency, is responsible for starting it."),
         approval=APPROVAL_DEFAULT,
         marking="IN-CONFIDENCE", footer="Whakatū Learning Support Hub",
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Sarah Neal", MOE, "sarah.neal@education.govt.nz", "03 546 3470"],
             ["Dion Paki", MOE, "whakatu.lshub@education.govt.nz", "03 546 3475"],
             None,
             [["Sarah Neal", MOE, "sarah.neal@education.govt.nz", "03 546 3470"],
              ["Olivia Hart", HNZ, "olivia.hart@nmdhb.govt.nz", "03 546 1800"],
              ["Greg Bowden", "Tāhunanui Park School", "principal@tahunanuipark.school.nz", "03 548 2216"],
              ["Miriama Tapsell", "Te Kura Kaupapa Māori o Tuia te Matangi", "tari@tuiatematangi.school.nz", "03 545 9907"],
              ["Harata Lee", "Te Piki Oranga", "harata.lee@tpo.org.nz", "027 455 1290"]]),
         sig_layout="table",
         signatories=[
             (MOE, "Sarah Neal", "Director of Education, Nelson, Marlborough and West Coast", "2 March 2026"),
             (HNZ, "Olivia Hart", "Service Manager, Child Health, Nelson Marlborough", "9 March 2026"),
             ("Tāhunanui Park School", "Greg Bowden", "Principal", "3 March 2026"),
             ("Te Kura Kaupapa Māori o Tuia te Matangi", "Miriama Tapsell", "Tumuaki", "4 March 2026"),
             ("Te Piki Oranga", "Harata Lee", "Chief Executive", "6 March 2026"),
         ],
         core_date="2026-03-09", author="Dion Paki",
         expect=[{"rule": "ISP501"}], tolerate=[],
         note="Learning support hub whose breach answer only says each agency follows its own procedure and gives the Privacy Commissioner's number; no designated breach contact anywhere (Appendix 2 has no breach row).")
SPECS.append(s)

# =====================================================================================
# DEFECT – ISP602: Taranaki attendance hub reviewed every three years
# =====================================================================================
s = base(ATT,
         file="defect-isp602-taranaki-attendance-three-yearly-review.docx", kind="defect", v=3,
         keypoint="**In short:** share only what is needed for the {who1} being discussed, only with {m} members, and only for the purposes in this protocol. If in doubt, ask your privacy team before you share.",
         name="Taranaki Attendance Hub", region="Taranaki",
         title="Taranaki Attendance Hub",
         subtitle="Sharing information about ākonga – FAQ",
         lead=MOE, leadv=1,
         agencies=[
             (MOE, "Senior Adviser, Attendance (chair) and hub coordinator"),
             ("Ngāmotu Primary School", "Deputy Principal"),
             ("Te Kura Kaupapa Māori o Te Maunga", "Tumuaki tuarua"),
             ("Taranaki Attendance and Engagement Trust", "Attendance Service Team Leader"),
             (OT, "Social worker, New Plymouth site"),
             (HNZ, "Public health nurse, schools team"),
         ],
         meeting=att_meeting("Taranaki Attendance Hub", "every three weeks", "New Plymouth schools and kura"),
         tikanga=att_tikanga("Te Kura Kaupapa Māori o Te Maunga"),
         breach=breach_blocks("Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000"),
         relationship=relationship_blocks(0),
         review=review_blocks("We will review this protocol every three years from the date it is signed, or sooner if the law changes.",
                              "The Ministry of Education starts the review."),
         approval=APPROVAL_DEFAULT,
         marking="IN-CONFIDENCE", footer="Taranaki Attendance Hub – ISP",
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Nikki Rāwhiti", MOE, "nikki.rawhiti@education.govt.nz", "06 757 3590"],
             ["Ian Fraser", MOE, "taranaki.attendancehub@education.govt.nz", "06 757 3595"],
             ["Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000"],
             [["Nikki Rāwhiti", MOE, "nikki.rawhiti@education.govt.nz", "06 757 3590"],
              ["Joanne Bell", "Ngāmotu Primary School", "principal@ngamotuprimary.school.nz", "06 758 4403"],
              ["Te Rina Manu", "Te Kura Kaupapa Māori o Te Maunga", "tari@temaunga.school.nz", "06 759 1172"],
              ["Rob Harvey", "Taranaki Attendance and Engagement Trust", "rob@taranakiattendance.org.nz", "027 611 0428"],
              ["Anita Pue", OT, "anita.pue@ot.govt.nz", "06 758 0000"],
              ["Helen Yu", HNZ, "helen.yu@tdhb.org.nz", "06 753 6139"]]),
         sig_layout="table",
         signatories=[
             (MOE, "Nikki Rāwhiti", "Director of Education, Taranaki, Whanganui and Manawatū", "16 February 2026"),
             ("Ngāmotu Primary School", "Joanne Bell", "Principal", "18 February 2026"),
             ("Te Kura Kaupapa Māori o Te Maunga", "Te Rina Manu", "Tumuaki", "19 February 2026"),
             ("Taranaki Attendance and Engagement Trust", "Rob Harvey", "Chief Executive", "20 February 2026"),
             (OT, "Anita Pue", "Site Manager, New Plymouth", "24 February 2026"),
             (HNZ, "Helen Yu", "Manager, Public Health Nursing, Taranaki", "27 February 2026"),
         ],
         core_date="2026-02-27", author="Ian Fraser",
         expect=[{"rule": "ISP602", "data": {"months": 36}}], tolerate=[],
         note="Attendance hub whose review answer says 'every three years from the date it is signed' (36 months); owner named, not yet due.")
SPECS.append(s)

# =====================================================================================
# DEFECT – ISP604: Manawatū youth justice education panel, signed Feb 2024, 18-month review overdue
# =====================================================================================
s = base(YJ,
         file="defect-isp604-manawatu-yj-panel-review-overdue.docx", kind="defect", v=1,
         name="Manawatū Youth Justice Education Panel", region="Manawatū",
         title="Manawatū Youth Justice Education Panel",
         subtitle="Information sharing – questions and answers",
         lead=POL, leadv=1,
         agencies=[
             (POL, "Youth Aid Sergeant, Palmerston North (chair)"),
             (OT, "Youth Justice Coordinator and Youth Justice social worker"),
             (MOE, "Senior Adviser, Central"),
             (HNZ, "Youth health nurse, Te Pae Hauora o Ruahine o Tararua"),
             ("Manawatū Alternative Education Consortium", "Programme coordinator"),
         ],
         meeting=yj_meeting("Manawatū Youth Justice Education Panel", "fortnightly"),
         breach=breach_blocks("Privacy Officer, Central District", POL, "central.privacy@police.govt.nz", "06 351 3600"),
         relationship=relationship_blocks(1),
         review=review_blocks("This protocol is reviewed every 18 months, counted from the date of the last signature below.",
                              "New Zealand Police, as lead agency, initiates the review."),
         approval=APPROVAL_DEFAULT,
         marking="SENSITIVE", footer="Manawatū YJ Education Panel – ISP v1.0",
         doc_control=[["1.0", "Final", "20 February 2024"]],
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Sergeant Tina Rāwiri", POL, "tina.rawiri@police.govt.nz", "06 351 3650"],
             ["Steve Parata", OT, "steve.parata@ot.govt.nz", "06 350 1300"],
             ["Privacy Officer, Central District", POL, "central.privacy@police.govt.nz", "06 351 3600"],
             [["Inspector Neil Brady", POL, "neil.brady@police.govt.nz", "06 351 3600"],
              ["Steve Parata", OT, "steve.parata@ot.govt.nz", "06 350 1300"],
              ["Ana Kereama", MOE, "ana.kereama@education.govt.nz", "06 349 6300"],
              ["Priya Nair", HNZ, "priya.nair@midcentraldhb.govt.nz", "06 356 9169"],
              ["Gail Simpson", "Manawatū Alternative Education Consortium", "gail@manawatuae.org.nz", "027 388 2290"]]),
         sig_layout="table",
         signatories=[
             (POL, "Inspector Neil Brady", "Area Commander, Manawatū", "20 February 2024"),
             (OT, "Steve Parata", "Regional Manager Youth Justice, Central", "12 February 2024"),
             (MOE, "Ana Kereama", "Director of Education, Central", "8 February 2024"),
             (HNZ, "Priya Nair", "Group Manager, Child and Youth Health, MidCentral", "15 February 2024"),
             ("Manawatū Alternative Education Consortium", "Gail Simpson", "Chair", "5 February 2024"),
         ],
         core_date="2024-02-20", author="Sergeant Tina Rāwiri",
         expect=[{"rule": "ISP604", "data": {"due": "2025-08-20"}}], tolerate=[],
         note="Youth justice education panel led by Police, last signed 20 February 2024 with an 18-month review period, so the review fell due on 20 August 2025 and is overdue at 24 November 2026.")
SPECS.append(s)

# =====================================================================================
# DEFECT – ISP402: Wairarapa attendance hub classified UNCLASSIFIED
# =====================================================================================
att = copy.deepcopy(ATT)
att["classification_text"] = [
    "Most of what the {m} shares is attendance data that schools and kura already report to the Ministry, so {m} papers and emails are treated as **UNCLASSIFIED**.",
    "Members use their judgement about anything more personal, and talk about it at the meeting rather than putting it in writing.",
]
s = base(att,
         file="defect-isp402-wairarapa-attendance-unclassified.docx", kind="defect", v=0,
         name="Wairarapa Attendance Hub", region="Wairarapa",
         title="Wairarapa Attendance Hub",
         subtitle="Questions and answers about sharing information",
         lead=MOE, leadv=0,
         agencies=[
             (MOE, "Senior Adviser, Attendance (chair); hub coordinator"),
             ("Whaitua School", "Principal"),
             ("Te Kura Kaupapa Māori o Wairarapa", "Kaiāwhina"),
             ("Wairarapa Attendance Service", "Attendance Service Manager"),
             (OT, "Social worker, Masterton site"),
         ],
         meeting=att_meeting("Wairarapa Attendance Hub", "every second Monday", "Masterton, Carterton and South Wairarapa schools and kura"),
         tikanga=att_tikanga("Te Kura Kaupapa Māori o Wairarapa"),
         breach=breach_blocks("Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000"),
         relationship=relationship_blocks(0),
         review=review_blocks("This protocol is reviewed every 12 months from the date of the last signature in Appendix 3.",
                              "The Ministry of Education, as lead agency, starts the review."),
         approval=APPROVAL_DEFAULT,
         marking=None, footer="Wairarapa Attendance Hub – information sharing",
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Jenny Moffat", MOE, "jenny.moffat@education.govt.nz", "04 463 8600"],
             ["Tamati Kawana", MOE, "wairarapa.attendancehub@education.govt.nz", "06 370 6510"],
             ["Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000"],
             [["Jenny Moffat", MOE, "jenny.moffat@education.govt.nz", "04 463 8600"],
              ["Robyn Guthrie", "Whaitua School", "principal@whaitua.school.nz", "06 377 4418"],
              ["Kereama Potangaroa", "Te Kura Kaupapa Māori o Wairarapa", "tumuaki@kkmwairarapa.school.nz", "06 378 2209"],
              ["Dean Sutherland", "Wairarapa Attendance Service", "dean@wairarapaattendance.org.nz", "027 441 0087"],
              ["Liz Te Whaiti", OT, "liz.tewhaiti@ot.govt.nz", "06 370 0800"]]),
         sig_layout="table",
         signatories=[
             (MOE, "Jenny Moffat", "Director of Education, Wellington", "1 June 2026"),
             ("Whaitua School", "Robyn Guthrie", "Principal", "3 June 2026"),
             ("Te Kura Kaupapa Māori o Wairarapa", "Kereama Potangaroa", "Tumuaki", "4 June 2026"),
             ("Wairarapa Attendance Service", "Dean Sutherland", "General Manager", "5 June 2026"),
             (OT, "Liz Te Whaiti", "Site Manager, Masterton", "8 June 2026"),
         ],
         core_date="2026-06-08", author="Tamati Kawana",
         expect=[{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}], tolerate=[],
         note="Attendance hub whose classification answer treats hub papers as UNCLASSIFIED because most of it is routine attendance data; no header or footer marking.")
SPECS.append(s)

# =====================================================================================
# DEFECT – ISP801: Tauranga Moana learning support hub keeps papers 'in case they are needed later'
# =====================================================================================
ls = ls_content("Whānau Whanake Services", "Te Kura Kaupapa Māori o Te Kōpua")
ls["retention"] = [
    "The Ministry keeps referral forms, the list of ākonga and the action record in its learning support system, under the Ministry's approved disposal authority.",
    "Health New Zealand keeps health information in its clinical record under the Health (Retention of Health Information) Regulations 1996.",
    "Schools and kura may also keep copies of {m} papers on the ākonga's file in case they are needed later, for example if the ākonga is referred again or changes school.",
    "Emailed papers are deleted once saved into the agency's system. Notes taken at the {m} are shredded after the meeting.",
]
s = base(ls,
         file="defect-isp801-tauranga-ls-hub-keep-in-case.docx", kind="defect", v=3,
         name="Tauranga Moana Learning Support Hub", region="Tauranga Moana",
         title="Tauranga Moana Learning Support Hub",
         subtitle="Information sharing protocol: your questions answered",
         lead=MOE, leadv=2,
         agencies=[
             (MOE, "Learning Support Service Manager (chair) and coordinator"),
             (HNZ, "Child Development Service Clinical Lead, Bay of Plenty"),
             ("Maungatapu Heights School", "Learning Support Coordinator"),
             ("Te Kura Kaupapa Māori o Te Kōpua", "Kaiako matua"),
             ("Whānau Whanake Services", "Whānau Ora navigator"),
         ],
         meeting=ls_meeting("Tauranga Moana Learning Support Hub", "monthly, in weeks 3 and 8 of each term"),
         breach=breach_blocks("Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000"),
         relationship=relationship_blocks(0),
         review=review_blocks("This protocol is reviewed every 24 months from the date of the last signature.",
                              "The Ministry of Education, as lead agency, initiates the review."),
         approval=APPROVAL_DEFAULT,
         marking="IN-CONFIDENCE", footer="Tauranga Moana Learning Support Hub",
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Paul Kingi", MOE, "paul.kingi@education.govt.nz", "07 571 7800"],
             ["Grace Liu", MOE, "tauranga.lshub@education.govt.nz", "07 571 7810"],
             ["Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000"],
             [["Paul Kingi", MOE, "paul.kingi@education.govt.nz", "07 571 7800"],
              ["Dr Emma Walsh", HNZ, "emma.walsh@bopdhb.govt.nz", "07 579 8000"],
              ["Tony Searle", "Maungatapu Heights School", "principal@maungatapuheights.school.nz", "07 544 2290"],
              ["Ripeka Ngātai", "Te Kura Kaupapa Māori o Te Kōpua", "tari@tekopua.school.nz", "07 552 6619"],
              ["Huhana Rolleston", "Whānau Whanake Services", "huhana@whanauwhanake.org.nz", "021 902 455"]]),
         sig_layout="table",
         signatories=[
             (MOE, "Paul Kingi", "Director of Education, Bay of Plenty – Waiariki", "20 April 2026"),
             (HNZ, "Dr Emma Walsh", "Clinical Director, Child Health, Bay of Plenty", "28 April 2026"),
             ("Maungatapu Heights School", "Tony Searle", "Principal", "21 April 2026"),
             ("Te Kura Kaupapa Māori o Te Kōpua", "Ripeka Ngātai", "Tumuaki", "22 April 2026"),
             ("Whānau Whanake Services", "Huhana Rolleston", "Kaiwhakahaere", "24 April 2026"),
         ],
         core_date="2026-04-28", author="Grace Liu",
         expect=[{"rule": "ISP801", "data_contains": {"text": "in case"}}], tolerate=[],
         note="Learning support hub whose retention answer lets schools and kura keep copies of hub papers on the ākonga's file 'in case they are needed later'.")
SPECS.append(s)

# =====================================================================================
# DEFECT – ISP305: Ōtara attendance and engagement hub says the protocol authorises sharing
# =====================================================================================
s = base(ATT,
         file="defect-isp305-otara-attendance-protocol-authorises.docx", kind="defect", v=2,
         name="Ōtara Attendance and Engagement Hub", region="Ōtara",
         title="Ōtara Attendance and Engagement Hub",
         subtitle="Information sharing protocol – member FAQ",
         lead=MOE, leadv=3,
         agencies=[
             (MOE, "Senior Adviser, Attendance and Engagement, Auckland (chair); hub coordinator"),
             ("Ōtara Valley School", "Deputy Principal"),
             ("Te Kura Kaupapa Māori o Te Ara Tika", "Kaiāwhina"),
             ("Tautua Attendance Services", "Attendance Service Manager"),
             (OT, "Social worker, Ōtara site"),
             (POL, "Youth Aid Officer, Counties Manukau"),
         ],
         legal_intro="Once signed by every member agency, this protocol authorises hub members to share information about referred ākonga with each other for the purposes listed above. The laws that sit behind each purpose are:",
         meeting=att_meeting("Ōtara Attendance and Engagement Hub", "weekly", "Ōtara and Papatoetoe schools and kura"),
         tikanga=att_tikanga("Te Kura Kaupapa Māori o Te Ara Tika"),
         breach=breach_blocks("Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000", name="Sina Fa'alogo"),
         relationship=relationship_blocks(2),
         review=review_blocks("This protocol will be reviewed every 12 months from the date of the last signature.",
                              "The Ministry of Education, as lead agency, will start the review."),
         approval=APPROVAL_DEFAULT,
         marking="IN-CONFIDENCE", footer="Ōtara Attendance and Engagement Hub",
         appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
         contacts=contacts_rows(
             ["Malia Tupou", MOE, "malia.tupou@education.govt.nz", "09 632 9400"],
             ["Rajesh Kumar", MOE, "otara.hub@education.govt.nz", "09 632 9410"],
             ["Sina Fa'alogo (Privacy Officer)", MOE, "privacy.officer@education.govt.nz", "04 463 8000"],
             [["Malia Tupou", MOE, "malia.tupou@education.govt.nz", "09 632 9400"],
              ["David Tui", "Ōtara Valley School", "principal@otaravalley.school.nz", "09 274 5530"],
              ["Mere Kawhia", "Te Kura Kaupapa Māori o Te Ara Tika", "tumuaki@tearatika.school.nz", "09 274 8812"],
              ["Ioane Sapolu", "Tautua Attendance Services", "ioane@tautua.org.nz", "022 415 6630"],
              ["Wendy Hakaraia", OT, "wendy.hakaraia@ot.govt.nz", "09 274 2200"],
              ["Senior Sergeant Paul Vaifale", POL, "paul.vaifale@police.govt.nz", "09 261 1300"]]),
         sig_layout="table",
         signatories=[
             (MOE, "Malia Tupou", "Director of Education, Auckland", "7 September 2026"),
             ("Ōtara Valley School", "David Tui", "Principal", "8 September 2026"),
             ("Te Kura Kaupapa Māori o Te Ara Tika", "Mere Kawhia", "Tumuaki", "9 September 2026"),
             ("Tautua Attendance Services", "Ioane Sapolu", "Chief Executive", "10 September 2026"),
             (OT, "Wendy Hakaraia", "Site Manager, Ōtara", "14 September 2026"),
             (POL, "Inspector Joe Tangitu", "Area Commander, Counties Manukau East", "15 September 2026"),
         ],
         core_date="2026-09-15", author="Rajesh Kumar",
         expect=[{"rule": "ISP305", "data_contains": {"text": "authorises hub members"}}], tolerate=[],
         note="Attendance hub whose legal-authority answer opens 'this protocol authorises hub members to share information'; each purpose still has a law in the table.")
SPECS.append(s)


# ======================================================================
# build_main
# ======================================================================
import copy
import datetime
import json
import os


OUT = os.path.dirname(os.path.abspath(__file__))
AS_OF = "2026-11-24"


# ---------------------------------------------------------------- appendices
def app_referral(B, s):
    B.para(fmt(s.get("referral_intro", "Use this form to refer a {who1} to the {m}. Send it to the coordinator by secure email, as a password-protected attachment."), s))
    B.form_table(s["referral"])


def app_contacts(B, s):
    B.para(fmt(s.get("contacts_intro", "Contacts are kept up to date by the coordinator. Tell the coordinator when your representative or relationship manager changes."), s))
    B.table(["Role", "Name", "Agency", "Email", "Phone"], s["contacts"], widths=(3, 3.2, 3.8, 4.5, 2.5))


def app_legal(B, s):
    w_legal(B, s)


def app_signoff(B, s):
    B.para(fmt(s.get("signoff_intro", "By signing, each agency agrees to follow this protocol whenever its representatives share, use, keep or dispose of information from the {m}."), s))
    if s["sig_layout"] == "table":
        rows = [[a, n, r, "(signed)", d] for a, n, r, d in s["signatories"]]
        B.table(["Agency", "Name", "Role", "Signature", "Date"], rows, widths=(4, 3.2, 4.3, 2.5, 3))
    else:
        for a, n, r, d in s["signatories"]:
            B.para("Signed for and on behalf of **" + a + "**")
            B.para("Name: " + (n if n else "______________________________"))
            B.para("Role: " + r)
            B.para("Signature: ______________________________")
            B.para("Date: " + d)
            B.para("")


APPX = {"referral": app_referral, "contacts": app_contacts, "legal": app_legal, "signoff": app_signoff}


# ---------------------------------------------------------------- render
def render(s):
    B = Builder(appendix_style=s.get("appendix_style", "heading"))
    if s.get("track"):
        B.track_revisions_on()
    B.header_footer(s.get("marking"), s["footer"])
    B.title(s["title"], s["subtitle"])
    if s.get("doc_control"):
        B.table(["Version", "Status", "Date"], s["doc_control"], widths=(2.5, 9, 5), fill="F2F2F2")
    for x in s.get("intro", []):
        B.para(fmt(x, s))
    if s.get("keypoint"):
        B.keypoint(fmt(s["keypoint"], s))
    for key in s["order"]:
        if key.startswith("part:"):
            B.h1(key[5:])
            continue
        B.h2(question(key, s))
        hook = s.get("hooks", {}).get(key)
        if hook:
            hook(B, s)
        else:
            WRITERS[key](B, s)
        post = s.get("post", {}).get(key)
        if post:
            post(B, s)
    for kind, title in s["appendices"]:
        B.appendix(title)
        APPX[kind](B, s)
    y, m, d = (int(x) for x in s["core_date"].split("-"))
    created = datetime.datetime(y, m, d, 9, 0, 0) - datetime.timedelta(days=21)
    modified = datetime.datetime(y, m, d, 16, 30, 0)
    B.core(s["title"], s["author"], created, modified,
           "Multi-agency meeting information sharing protocol", "information sharing; privacy; " + s["region"])
    B.save(os.path.join(OUT, s["file"]), stamp=(y, m, d, 16, 30, 0))


# ---------------------------------------------------------------- C5 hooks (content controls)
def c5_classification(B, s):
    p = B.para("Information shared at or for the {m} is classified: ".replace("{m}", s["m"]))
    B.sdt_dropdown(p, "Security classification", ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"], s["sdt_classification"])
    B.para("Mark emails and papers with this classification, and handle them under your agency's Protective Security Requirements processes. The attendance service has confirmed it can receive and handle information at this level.")


def c5_review(B, s):
    p = B.doc.add_paragraph()
    p.add_run("This protocol is reviewed every ")
    B.sdt_dropdown(p, "Review period", ["6 months", "12 months", "18 months", "24 months"], s["sdt_review"])
    p.add_run(" from the date of approval. The Ministry of Education, as lead agency, initiates the review, and any member can ask for an earlier one.")
    B.para("The review checks that the sharing is still needed, that its purposes and uses have not drifted, that the information is good quality, and that it is still shared securely.")


def c5_approval(B, s):
    for x in APPROVAL_DEFAULT:
        B.para(fmt(x, s))
    p = B.doc.add_paragraph()
    p.add_run("Date of approval: ")
    iso, disp = s["sdt_approval"]
    B.sdt_date(p, "Date of approval", iso, disp)


c5 = [x for x in SPECS if x["file"].startswith("clean-05")][0]
c5["hooks"] = {"security-classification": c5_classification, "review": c5_review, "approval": c5_approval}

# Manawatū panel: Police leads, so the lead-agency mechanics change
d8 = [x for x in SPECS if x["file"].startswith("defect-isp604")][0]
d8["method"] = [
    "Police sends the agenda to members by secure email the day before, as a password-protected attachment.",
    "Information is shared verbally at the {m}, which meets at the Palmerston North Youth Aid office.",
    "The Youth Justice Coordinator records the education actions in the rangatahi's Oranga Tamariki record; members receive their own actions by secure email afterwards.",
    "Members who cannot attend in person may join on Microsoft Teams.",
]
d8["retention"] = [
    "Police keeps the agenda and action log in its records system and disposes of them under its approved disposal authority. Oranga Tamariki keeps plans on the rangatahi's record.",
    "Other members keep {m} information only if they need it to carry out an agreed action, in their agency's approved system, under their own retention and disposal schedule.",
    "Emails and attachments are deleted once the information is saved into the agency's system.",
    "Notes made during the {m} are shredded at the end of the meeting.",
]

# =====================================================================================
# TRAP – legacy 2019 panel: repealed laws, no tikanga, pre-Teams controls, 3-yearly review
# =====================================================================================
att = copy.deepcopy(ATT)
att["auth"] = [
    ("1. Find out why the student is not attending", "Privacy Act 1993, section 6, information privacy principle 11(a) and (d)."),
    ("2. Link with support services", ["Children, Young Persons, and Their Families Act 1989, sections 15 and 66.",
                                 "For Tairāwhiti District Health Board: Health Information Privacy Code 1994, rule 11."]),
    ("3. Check enrolment elsewhere", "Privacy Act 1993, principle 11(a); Education Act 1989, sections 25 and 31 (attendance)."),
]
att["purposes"] = [
    "To find out why a referred student is not attending school, and agree which agency will follow up.",
    "To link the student and family with support services where there are health, family or care and protection concerns.",
    "To check whether a student who has left a school is enrolled somewhere else.",
]
att["info"] = [
    "the student's name, date of birth, NSN and school;",
    "attendance records and enrolment history;",
    "what the school has already tried;",
    "family contact details and who the student lives with;",
    "whether another agency is already working with the family;",
    "health or wellbeing matters that explain the absence, in summary.",
]
att["info_not"] = "Full case files and clinical records are not shared."
att["referral_intro"] = "Schools send this form to the Ministry's Gisborne office."
att["legal_tail"] = "If you are unsure, check with your agency's legal team before sharing."
att["transparency"] = [
    "Schools tell parents at enrolment that attendance information may be shared with the attendance service and the Ministry.",
    "The school tells the family before referring the student, unless this would put the student at risk.",
    "Students and parents can ask for the information held about them and ask for it to be corrected (Privacy Act 1993, principles 6 and 7).",
]
att["method"] = [
    "Referral forms are sent to the Ministry by the school.",
    "The agenda and any reports are emailed to members using SEEMail.",
    "Information is shared verbally at the panel meeting, held at the Ministry's Gisborne office.",
    "The coordinator keeps the minutes and action list.",
]
att["classification_text"] = ["Information shared at the panel is classified **IN-CONFIDENCE**."]
att["retention"] = [
    "The Ministry keeps panel papers for seven years and then destroys them under its disposal schedule.",
    "Other agencies keep information only when they need it for an agreed action, in line with their own records policies.",
    "Hand-written notes are shredded after the meeting.",
]
t1 = base(att,
          file="trap-legacy-2019-tairawhiti-attendance-truancy-panel.docx", kind="trap", v=1,
          who="students", who1="student", m="panel",
          name="Tairāwhiti Attendance and Truancy Panel", region="Tairāwhiti",
          title="Tairāwhiti Attendance and Truancy Panel",
          subtitle="Information sharing – frequently asked questions (2019)",
          lead=MOE, leadv=1,
          agencies=[
              (MOE, "Senior Adviser, Student Engagement (chair)"),
              ("Tairāwhiti District Health Board", "Public health nurse manager"),
              (POL, "Youth Aid Officer, Gisborne"),
              (OT, "Social worker, Gisborne site"),
              ("Te Ara Whānau Attendance Service Trust", "Attendance Service Manager"),
          ],
          order=[k for k in ORDER if k != "tikanga"],
          control_keys=["training", "hardcopy-destruction", "hardcopy-distribution"],
          control_v={"training": 2, "hardcopy-destruction": 0, "hardcopy-distribution": 0},
          controls_extra=["Panel papers are kept in a locked cabinet at the Ministry office between meetings."],
          meeting=["The {name} meets monthly during term. It considers students from Gisborne schools who are persistently truant or who have left school without enrolling elsewhere, and agrees which agency will follow up with the student and family."],
          breach=[
              "If information from the panel is lost or sent to the wrong person, contain it and tell the breach contact straight away.",
              "**Breach contact:** National Privacy Officer, Ministry of Education – privacy.officer@education.govt.nz, 04 463 8000.",
              "The agency whose information was involved decides, with the Ministry, whether to tell the people affected and whether to notify the Privacy Commissioner.",
          ],
          relationship=relationship_blocks(1),
          review=review_blocks("This protocol will be reviewed every three years from the date of signing.",
                               "The Ministry of Education will initiate the review.", extra=False),
          approval=APPROVAL_DEFAULT,
          marking="IN-CONFIDENCE", footer="Tairāwhiti Attendance and Truancy Panel – ISP 2019",
          doc_control=[["2.0", "Final", "12 March 2019"]],
          appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
          contacts=contacts_rows(
              ["Heni Tangohau", MOE, "heni.tangohau@education.govt.nz", "06 869 1500"],
              ["Paula Grant", MOE, "paula.grant@education.govt.nz", "06 869 1540"],
              ["National Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000"],
              [["Heni Tangohau", MOE, "heni.tangohau@education.govt.nz", "06 869 1500"],
               ["Jan Holloway", "Tairāwhiti District Health Board", "jan.holloway@tdh.org.nz", "06 869 0500"],
               ["Sergeant Barry Reedy", POL, "barry.reedy@police.govt.nz", "06 869 0200"],
               ["Moana Ferris", OT, "moana.ferris@ot.govt.nz", "06 869 0720"],
               ["Daniel Brooking", "Te Ara Whānau Attendance Service Trust", "daniel@tearawhanau.org.nz", "027 448 1903"]]),
          sig_layout="table",
          signatories=[
              (MOE, "Heni Tangohau", "Manager, Tairāwhiti", "4 March 2019"),
              ("Tairāwhiti District Health Board", "Jan Holloway", "Director of Nursing", "6 March 2019"),
              (POL, "Inspector Sam Aberahama", "Area Commander, Tairāwhiti", "8 March 2019"),
              (OT, "Moana Ferris", "Site Manager, Gisborne", "12 March 2019"),
              ("Te Ara Whānau Attendance Service Trust", "Daniel Brooking", "General Manager", "5 March 2019"),
          ],
          core_date="2019-03-12", author="Paula Grant",
          expect=[
              {"rule": "ISP101", "data": {"section": "tikanga"}},
              {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
              {"rule": "ISP303", "data_contains": {"authority": "Children, Young Persons"}},
              {"rule": "ISP303", "data_contains": {"authority": "Health Information Privacy Code 1994"}},
              {"rule": "ISP303", "data_contains": {"authority": "Education Act 1989"}},
              {"rule": "ISP451", "data": {"control": "password-protection"}},
              {"rule": "ISP451", "data": {"control": "approved-devices"}},
              {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
              {"rule": "ISP602", "data": {"months": 36}},
              {"rule": "ISP604", "data": {"due": "2022-03-12"}},
          ],
          tolerate=["ISP302"],
          note="Legacy 2019 protocol: cites the Privacy Act 1993, the Children, Young Persons, and Their Families Act 1989, the Health Information Privacy Code 1994 and the Education Act 1989; no tikanga question; controls stop at training, shredding and not handing out papers (SEEMail only); reviewed every three years from 12 March 2019.")
SPECS.append(t1)

# =====================================================================================
# TRAP – Te Awakairangi panel: deciding text only in tracked changes and content controls
# =====================================================================================
AUTH_TC = "Hana Kerehoma"
DATE_TC = "2026-05-04T10:12:00Z"


def t2_attending(B, s):
    B.para("These agencies attend the panel and are the signatories to this protocol. Each agency names one representative and a deputy.")
    B.table(["Agency", "Who attends"], [[a, b] for a, b in s["agencies"]], widths=(6.5, 10))
    p = B.doc.add_paragraph()
    p.add_run("Lead agency: ")
    B.sdt_text(p, "Lead agency", MOE)


def t2_classification(B, s):
    p = B.doc.add_paragraph()
    p.add_run("Information shared at or for the panel is classified ")
    B.sdt_dropdown(p, "Security classification", ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"], "SENSITIVE")
    p.add_run(".")
    B.para("It includes youth justice, health and education information about young people. Handle it under your agency's Protective Security Requirements processes for that level.")


def t2_controls_post(B, s):
    B.inserted_paragraph("Members share and open panel information only on agency-approved devices.", AUTH_TC, DATE_TC, style="List Bullet")


def t2_review(B, s):
    p = B.doc.add_paragraph()
    p.add_run("This protocol is reviewed every ")
    B.tracked_del(p, "three years", AUTH_TC, DATE_TC)
    B.tracked_ins(p, "24 months", AUTH_TC, DATE_TC)
    p.add_run(" from the date of the last signature. The Ministry of Education, as lead agency, initiates the review.")
    B.para("Any member agency can ask for an earlier review if something is not working.")


yj = copy.deepcopy(YJ)
yj["method"] = [
    "The Ministry sends the agenda to members by secure email the day before, as a password-protected attachment.",
    "Information is shared verbally at the {m}, which meets at the Ministry's Lower Hutt office.",
    "The coordinator records the plan and actions in the Ministry's case management system; members receive their own actions by secure email afterwards.",
    "Members who cannot attend in person may join on Microsoft Teams.",
]
yj["retention"] = [
    "The Ministry keeps the agenda and action log in its case management system and disposes of them under its approved disposal authority.",
    "Other members keep {m} information only if they need it to carry out an agreed action, in their agency's approved system, under their own retention and disposal schedule.",
    "Emails and attachments are deleted once the information is saved into the agency's system.",
    "Notes made during the {m} are shredded at the end of the meeting.",
]
t2 = base(yj,
          file="trap-tracked-changes-te-awakairangi-yj-panel.docx", kind="trap", v=3,
          name="Te Awakairangi Youth Justice Education Panel", region="Te Awakairangi",
          title="Te Awakairangi Youth Justice Education Panel",
          subtitle="Information sharing protocol – questions and answers (signing copy)",
          lead=MOE, track=True,
          agencies=[
              (MOE, "Senior Adviser, Youth Justice Education (chair); coordinator"),
              (OT, "Youth Justice Supervisor, Lower Hutt"),
              (POL, "Youth Aid Sergeant, Hutt Valley"),
              (HNZ, "Youth Forensic Service clinician"),
              ("Te Awakairangi Alternative Education Trust", "Programme Manager"),
          ],
          hooks={"attending-agencies": t2_attending, "security-classification": t2_classification, "review": t2_review},
          post={"security-controls": t2_controls_post},
          control_keys=["training", "hardcopy-destruction", "password-protection", "virtual-meeting", "hardcopy-distribution"],
          meeting=yj_meeting("Te Awakairangi Youth Justice Education Panel", "fortnightly, on Wednesday afternoons"),
          breach=breach_blocks("Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000"),
          relationship=relationship_blocks(0),
          review=None,
          approval=APPROVAL_DEFAULT,
          marking="SENSITIVE", footer="Te Awakairangi YJ Education Panel – signing copy",
          appendices=[("referral", "Appendix 1 – Referral form"), ("contacts", "Appendix 2 – Contacts"), ("signoff", "Appendix 3 – Sign-off")],
          contacts=contacts_rows(
              ["Mele Taufa", MOE, "mele.taufa@education.govt.nz", "04 463 8700"],
              ["Chris Daly", MOE, "awakairangi.yjpanel@education.govt.nz", "04 463 8705"],
              ["Privacy Officer", MOE, "privacy.officer@education.govt.nz", "04 463 8000"],
              [["Mele Taufa", MOE, "mele.taufa@education.govt.nz", "04 463 8700"],
               ["Hana Kerehoma", OT, "hana.kerehoma@ot.govt.nz", "04 560 6600"],
               ["Sergeant Greg Tawhiri", POL, "greg.tawhiri@police.govt.nz", "04 560 2600"],
               ["Dr Nadia Hussain", HNZ, "nadia.hussain@huttvalleydhb.org.nz", "04 566 6999"],
               ["Tipene Ropata", "Te Awakairangi Alternative Education Trust", "tipene@awakairangiae.org.nz", "022 603 1170"]]),
          sig_layout="table",
          signatories=[
              (MOE, "Mele Taufa", "Director of Education, Wellington", "12 May 2026"),
              (OT, "Hana Kerehoma", "Regional Manager Youth Justice, Wellington", "11 May 2026"),
              (POL, "Inspector Dave Lemalu", "Area Commander, Hutt Valley", "8 May 2026"),
              (HNZ, "Dr Nadia Hussain", "Clinical Director, Youth Forensic Service, Central", "7 May 2026"),
              ("Te Awakairangi Alternative Education Trust", "Tipene Ropata", "Chairperson", "6 May 2026"),
          ],
          core_date="2026-05-12", author="Chris Daly",
          expect=[{"rule": "ISP202"}],
          tolerate=[],
          keypoint="**In short:** share only what the panel needs, only with panel members, and only for the purposes in this protocol.",
          note="Signing copy with Track Changes on: the review period is only '24 months' as a tracked insertion replacing deleted 'three years', and the approved-devices control is only a tracked inserted bullet; the lead agency line and the SENSITIVE classification are filled content controls. Read as accepted, only the unresolved tracked changes remain.")
SPECS.append(t2)


def main():
    truth = {"as_of": AS_OF,
             "style": "Ministry of Education regional adviser's FAQ-style protocols for school attendance hubs, learning support hubs, kura attendance rōpū and youth justice education panels: every section is a Heading 2 question, answers are short paragraphs and bullets, with Appendix 1 referral form, Appendix 2 contacts and Appendix 3 sign-off (some put the legal authority or the sign-off only in an appendix).",
             "files": {}}
    for s in SPECS:
        render(s)
        truth["files"][s["file"]] = {"kind": s["kind"], "expect": s["expect"], "tolerate": s["tolerate"], "note": s["note"]}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(len(SPECS), "documents")


if __name__ == "__main__":
    main()
