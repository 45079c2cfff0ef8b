"""Build the Pacific-provider corpus of multi-agency fono information sharing protocols.

Run with /work/blind-kit3/.venv/bin/python build.py ; every document is rebuilt
deterministically (fixed core-property dates, fixed zip timestamps, no randomness).
"""
import copy
import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent

TEAL = RGBColor(0x0B, 0x5D, 0x6B)
OCHRE = RGBColor(0x8A, 0x4B, 0x12)
SIG_SHADE = "F3EBDD"
HEAD_SHADE = "D7E9EC"


# --------------------------------------------------------------------------
# low-level helpers
# --------------------------------------------------------------------------

def w_el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), str(v))
    return e


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = w_el("w:shd", val="clear", color="auto", fill=fill)
    tcPr.append(shd)


def set_outline_level(paragraph, level):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(w_el("w:outlineLvl", val=level))


def add_runs(paragraph, runs):
    """runs: str or list of str / (str, flags) where flags has b, i."""
    if isinstance(runs, str):
        runs = [runs]
    for item in runs:
        if isinstance(item, str):
            paragraph.add_run(item)
        else:
            text, flags = item
            r = paragraph.add_run(text)
            r.bold = "b" in flags or None
            r.italic = "i" in flags or None
    return paragraph


def new_num_restart(doc, style_name="List Number"):
    """Create a fresh w:num on the List Number abstract numbering, restarting at 1."""
    numbering = doc.part.numbering_part.element
    style = doc.styles[style_name].element
    num_id = style.find(qn("w:pPr")).find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    abstract = None
    max_id = 0
    for num in numbering.findall(qn("w:num")):
        nid = int(num.get(qn("w:numId")))
        max_id = max(max_id, nid)
        if str(nid) == num_id:
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max_id + 1
    num = w_el("w:num", numId=new_id)
    num.append(w_el("w:abstractNumId", val=abstract))
    ov = w_el("w:lvlOverride", ilvl=0)
    ov.append(w_el("w:startOverride", val=1))
    num.append(ov)
    numbering.append(num)
    return new_id


def set_num(paragraph, num_id):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = w_el("w:numPr")
    numPr.append(w_el("w:ilvl", val=0))
    numPr.append(w_el("w:numId", val=num_id))
    # numPr must come right after pStyle
    pStyle = pPr.find(qn("w:pStyle"))
    if pStyle is not None:
        pStyle.addnext(numPr)
    else:
        pPr.insert(0, numPr)


_SDT_ID = [900100]


def sdt_run_level(kind, value, alias, tag, items=None, full_date=None, date_fmt="d MMMM yyyy"):
    """Build an inline (run-level) content control that is filled in (not showing its placeholder)."""
    _SDT_ID[0] += 7
    sdt = w_el("w:sdt")
    pr = w_el("w:sdtPr")
    pr.append(w_el("w:alias", val=alias))
    pr.append(w_el("w:tag", val=tag))
    pr.append(w_el("w:id", val=_SDT_ID[0]))
    if kind == "dropdown":
        dd = w_el("w:dropDownList", lastValue=value)
        for it in items:
            dd.append(w_el("w:listItem", displayText=it, value=it))
        pr.append(dd)
    elif kind == "date":
        d = w_el("w:date", fullDate=full_date + "T00:00:00Z")
        d.append(w_el("w:dateFormat", val=date_fmt))
        d.append(w_el("w:lid", val="en-NZ"))
        d.append(w_el("w:storeMappedDataAs", val="dateTime"))
        d.append(w_el("w:calendar", val="gregorian"))
        pr.append(d)
    elif kind == "text":
        pr.append(w_el("w:text"))
    sdt.append(pr)
    content = w_el("w:sdtContent")
    r = w_el("w:r")
    t = w_el("w:t")
    t.text = value
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    content.append(r)
    sdt.append(content)
    return sdt


_REV_ID = [500]


def tracked_run(kind, text, author, date):
    _REV_ID[0] += 1
    wrap = w_el("w:ins" if kind == "ins" else "w:del", id=_REV_ID[0], author=author, date=date)
    r = w_el("w:r")
    t = w_el("w:t" if kind == "ins" else "w:delText")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    wrap.append(r)
    return wrap


def plain_run(text):
    r = w_el("w:r")
    t = w_el("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


# --------------------------------------------------------------------------
# renderer
# --------------------------------------------------------------------------

class Renderer:
    def __init__(self, spec):
        self.spec = spec
        self.doc = Document()
        self.look = spec["look"]
        self.sec_no = 0
        normal = self.doc.styles["Normal"]
        normal.font.name = self.look.get("font", "Calibri")
        normal.font.size = Pt(11)
        for s in self.doc.sections:
            s.left_margin = s.right_margin = Cm(2.3)
            s.top_margin = s.bottom_margin = Cm(2.2)

    # headings -------------------------------------------------------------
    def heading(self, text, mode, level=1):
        doc = self.doc
        if mode in ("h", "hb"):
            p = doc.add_heading("", level)
            r = p.add_run(text)
            if mode == "hb":
                r.bold = True
                r.font.color.rgb = TEAL
        elif mode in ("bold", "boldol"):
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(14 if level == 1 else 13)
            r.font.color.rgb = TEAL
            p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.keep_with_next = True
            if mode == "boldol":
                set_outline_level(p, level - 1)
        else:
            raise ValueError(mode)
        return p

    def section_heading(self, key, text):
        look = self.look
        mode = look.get("modes", {}).get(key, look["default_mode"])
        if look.get("numbered"):
            self.sec_no += 1
            text = f"{self.sec_no}. {text}"
        return self.heading(text, mode, look.get("section_level", 1))

    # blocks -----------------------------------------------------------------
    def block(self, b):
        doc = self.doc
        if isinstance(b, str):
            return doc.add_paragraph(b)
        kind = b[0]
        if kind == "p":
            return add_runs(doc.add_paragraph(), b[1])
        if kind == "prov":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.color.rgb = OCHRE
            if len(b) > 2 and b[2]:
                r2 = p.add_run(" – " + b[2])
                r2.italic = True
            p.paragraph_format.left_indent = Cm(0.8)
            return p
        if kind == "lead":  # bold run-in label then text
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            if len(b) > 2:
                add_runs(p, b[2])
            return p
        if kind == "ul":
            for it in b[1]:
                add_runs(doc.add_paragraph(style="List Bullet"), it)
            return None
        if kind == "ol":
            nid = new_num_restart(doc)
            for it in b[1]:
                p = add_runs(doc.add_paragraph(style="List Number"), it)
                set_num(p, nid)
            return None
        if kind == "tbl":
            return self.table(b[1], b[2], b[3] if len(b) > 3 else {})
        if kind == "sig":
            return self.sig(*b[1:])
        if kind == "fn":
            return b[1](self)
        raise ValueError(kind)

    def table(self, headers, rows, opts):
        doc = self.doc
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            c = t.rows[0].cells[i]
            c.text = ""
            r = c.paragraphs[0].add_run(h)
            r.bold = True
            shade_cell(c, opts.get("shade", HEAD_SHADE))
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = ""
                add_runs(cells[i].paragraphs[0], v)
        widths = opts.get("widths")
        if widths:
            for row in t.rows:
                for i, wdt in enumerate(widths):
                    row.cells[i].width = Cm(wdt)
        doc.add_paragraph()
        return t

    def sig(self, org, name, title, date, extra_rows=None):
        doc = self.doc
        labels = self.look.get("sig_labels", ["Organisation:", "Signed by:", "Title:", "Date:"])
        values = [org, name, title, date]
        rows = list(zip(labels, values))
        if self.look.get("sig_signature_line"):
            rows.insert(2, ("Signature:", "______________________________"))
        if extra_rows:
            rows += extra_rows
        t = doc.add_table(rows=0, cols=2)
        t.style = doc.styles["Table Grid"]
        for lab, val in rows:
            cells = t.add_row().cells
            cells[0].text = ""
            r = cells[0].paragraphs[0].add_run(lab)
            r.bold = True
            shade_cell(cells[0], SIG_SHADE)
            cells[1].text = ""
            if callable(val):
                val(cells[1].paragraphs[0])
            else:
                cells[1].paragraphs[0].add_run(val)
        for row in t.rows:
            row.cells[0].width = Cm(3.6)
            row.cells[1].width = Cm(11.0)
        doc.add_paragraph()
        return t

    # document ---------------------------------------------------------------
    def header_footer(self):
        spec = self.spec
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(spec["marking"])
        r.bold = True
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        if spec.get("footer_marking", True):
            r = fp.add_run(spec["marking"])
            r.bold = True
            fp.add_run("   |   ")
        fp.add_run(spec["footer"])
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def front(self):
        doc = self.doc
        spec = self.spec
        if self.look.get("title_style", True):
            doc.add_paragraph(spec["title"], style="Title")
        else:
            p = doc.add_paragraph()
            r = p.add_run(spec["title"])
            r.bold = True
            r.font.size = Pt(20)
            r.font.color.rgb = TEAL
        p = doc.add_paragraph()
        r = p.add_run(spec["subtitle"])
        r.italic = True
        r.font.size = Pt(12)
        for b in spec.get("front", []):
            self.block(b)

    def build(self):
        self.header_footer()
        self.front()
        sections = self.spec["sections"]
        parts = self.spec.get("parts")
        order = [k for k in sections]
        part_at = {}
        if parts:
            for title, first_key in parts:
                part_at[first_key] = title
        for key in order:
            if key in part_at:
                self.heading(part_at[key], self.look.get("part_mode", "h"), 1)
            heading, blocks = sections[key]
            self.section_heading(key, heading)
            for b in blocks:
                self.block(b)
        for b in self.spec.get("back", []):
            self.block(b)
        cp = self.doc.core_properties
        cp.title = self.spec["title"]
        cp.subject = self.spec["subtitle"]
        cp.author = self.spec["author"]
        cp.last_modified_by = self.spec["author"]
        cp.created = self.spec["created"]
        cp.modified = self.spec["modified"]
        cp.last_printed = self.spec["modified"]
        cp.revision = self.spec.get("revision", 3)
        cp.keywords = "information sharing protocol; fono"
        cp.comments = ""
        cp.category = "Protocol"
        for fn in self.spec.get("post", []):
            fn(self)
        return self.doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# heading sets (English with Samoan / Tongan glosses)
# --------------------------------------------------------------------------

H_SAMOAN = {
    "attending-agencies": "Attending agencies – O ē auai i le fono",
    "meeting-purpose": "Fa'amoemoe – Purpose of the fono",
    "sharing-purpose": "Purpose of sharing – Mafuaaga o le fa'asoa",
    "information-shared": "Information to be shared – Fa'amatalaga e fa'asoa",
    "legal-authority": "Legal authority to share – Pule fa'aletulafono",
    "use-of-information": "Use of information – Fa'aaogāina o fa'amatalaga",
    "transparency": "Talanoa – Transparency and notification",
    "method-of-sharing": "Method of sharing – Auala o le fa'asoa",
    "security-classification": "Security classification – Vaega o le puipuiga",
    "security-controls": "Security controls – Puipuiga",
    "tikanga": "Tikanga and Pacific cultural considerations – Aganu'u",
    "retention-disposal": "Retention and disposal of information – Teuina ma le lafoa'iina",
    "breach-management": "Privacy and security breach management – Pe a solia le puipuiga",
    "conflicts-of-interest": "Managing conflicts of interest – Fa'amaoni",
    "relationship-management": "Va fealoa'i – Relationship management and oversight",
    "review": "Review – Toe iloilo",
    "approval": "Approval – Fa'amaoniga ma saini",
}

H_TONGAN = {
    "attending-agencies": "Attending agencies – Kau kau mai ki he fono",
    "meeting-purpose": "Taumu'a – Purpose of the fono",
    "sharing-purpose": "Purpose of sharing – Ko e 'uhinga 'o e vahevahe",
    "information-shared": "Information to be shared – Ngaahi fakamatala ke vahevahe",
    "legal-authority": "Legal authority to share – Mafai fakalao",
    "use-of-information": "Use of information – Ngāue'aki 'o e fakamatala",
    "transparency": "Talanoa – Transparency and notification obligations",
    "method-of-sharing": "Method of sharing – Founga 'o e vahevahe",
    "security-classification": "Security classification – Tu'unga malu",
    "security-controls": "Tauhi vā – Security controls",
    "tikanga": "Tikanga and Pacific cultural considerations – Anga fakafonua",
    "retention-disposal": "Retention and disposal – Tauhi mo e faka'auha",
    "breach-management": "Privacy and security breach management – Kapau 'e maumau",
    "conflicts-of-interest": "Managing conflicts of interest – Faka'apa'apa",
    "relationship-management": "Relationship management and oversight – Fepoupouaki",
    "review": "Review – Toe vakai'i",
    "approval": "Approval – Fakamo'oni hingoa",
}

# gloss-first set (Samoan word, then English)
H_GLOSS_FIRST = {
    "attending-agencies": "O ē auai – Attending agencies",
    "meeting-purpose": "Fa'amoemoe – Purpose of the fono",
    "sharing-purpose": "Mafuaaga – Purpose of sharing",
    "information-shared": "Fa'amatalaga – Information to be shared",
    "legal-authority": "Pule fa'aletulafono – Legal authority to share",
    "use-of-information": "Fa'aaogāina – Use of information",
    "transparency": "Talanoa – Transparency and notification",
    "method-of-sharing": "Auala – Method of sharing",
    "security-classification": "Vaega – Security classification",
    "security-controls": "Puipuiga – Security controls",
    "tikanga": "Aganu'u – Tikanga and Pacific cultural considerations",
    "retention-disposal": "Teuina – Retention and disposal of information shared",
    "breach-management": "Pe a solia – Privacy and security breach management",
    "conflicts-of-interest": "Fa'amaoni – Managing conflicts of interest",
    "relationship-management": "Va fealoa'i – Respectful relationships, management and oversight",
    "review": "Toe iloilo – Review",
    "approval": "Saini – Approval",
}

ORDER = [
    "attending-agencies", "meeting-purpose", "sharing-purpose", "information-shared",
    "legal-authority", "use-of-information", "transparency", "method-of-sharing",
    "security-classification", "security-controls", "tikanga", "retention-disposal",
    "breach-management", "conflicts-of-interest", "relationship-management", "review", "approval",
]


def assemble(headings, content):
    return {k: [headings[k], content[k]] for k in ORDER if k in content}


def ts(y, m, d, h=10):
    return dt.datetime(y, m, d, h, 0, 0)


# ==========================================================================
# M1 – Aiga Safety Fono, Ōtara–Papatoetoe (family violence). Lead: Tautai Aiga
# ==========================================================================

M1_AGENCIES = [
    ("Tautai Aiga Health and Social Services",
     "Lead agency. Convenes, hosts and chairs the fono at its Ōtara fale; Pacific family violence advocates and aiga navigators."),
    ("New Zealand Police (Counties Manukau District)",
     "Family harm episodes, safety orders, bail conditions and immediate safety concerns."),
    ("Oranga Tamariki",
     "Care and protection involvement and plans for tamaiti in the aiga."),
    ("Health New Zealand – Te Whatu Ora (Counties Manukau)",
     "Family violence intervention programme, maternity, child health and mental health contact relevant to safety."),
    ("Ministry of Social Development",
     "Emergency and hardship assistance, income support that helps an aiga member leave or stay safely."),
    ("Kāinga Ora – Homes and Communities",
     "Tenancy safety, urgent transfers, security upgrades to homes."),
    ("Lotu Fa'atasi Community Trust",
     "Church-based social services: pastoral care, foodbank and practical help where the aiga asks for it."),
    ("Te Ahi Kā Whānau Services",
     "Kaupapa Māori whānau support for aiga who are also Māori, and advice on tikanga."),
]

M1_SIGS = [
    ("Tautai Aiga Health and Social Services", "Leilani Fa'alogo-Tuilagi", "Chief Executive", "16 February 2026"),
    ("New Zealand Police (Counties Manukau District)", "Daniel Hemara", "Area Commander, Counties Manukau East", "18 February 2026"),
    ("Oranga Tamariki", "Mele Tupou", "Regional Manager, Counties Manukau", "20 February 2026"),
    ("Health New Zealand – Te Whatu Ora (Counties Manukau)", "Sarah Whitcombe", "Group Manager, Family Violence and Sexual Violence Services", "24 February 2026"),
    ("Ministry of Social Development", "Paulo Leavasa", "Regional Commissioner, Counties Manukau", "26 February 2026"),
    ("Kāinga Ora – Homes and Communities", "Grace Tan", "Regional Manager, Ōtara–Papatoetoe", "2 March 2026"),
    ("Lotu Fa'atasi Community Trust", "Rev. Iosefa Lemalu", "Chairperson", "5 March 2026"),
    ("Te Ahi Kā Whānau Services", "Hinewai Parata", "Kaiwhakahaere – General Manager", "9 March 2026"),
]

M1_PURPOSES = [
    "To assess the risk of family violence to each adult and child in an aiga referred to the fono.",
    "To agree a safety plan for the aiga and which member of the fono will carry out each action.",
    "To keep tamaiti in the aiga safe from harm and arrange the care and support they need.",
    "To connect the aiga, where they ask for it, with pastoral care and practical help from their church.",
]

M1_AUTH_ROWS = [
    ["1. Assess risk", "Family Violence Act 2018, ss 20 and 21",
     "The member is a family violence agency or social services practitioner and believes sharing may help protect a victim from family violence."],
    ["2. Safety plan", "Family Violence Act 2018, ss 20 and 21; Privacy Act 2020, IPP 11(1)(f)",
     "IPP 11(1)(f) only where sharing is needed to prevent or lessen a serious threat to someone's life or health."],
    ["3. Keep tamaiti safe", "Oranga Tamariki Act 1989, s 66C",
     "The member is a child welfare and protection agency or independent person and the sharing is for a purpose listed in s 66C(1)."],
    ["4. Church and community help", "Privacy Act 2020, IPP 11(1)(d)",
     "The aiga member concerned has agreed to what is shared with their church and with whom. Record their agreement."],
]


def m1_content(variant=None):
    lead = "Tautai Aiga Health and Social Services"
    legal_intro = [
        ("p", "This protocol does not itself authorise any sharing. It records the law each member relies on for each purpose of sharing. "
              "Before sharing, the representative checks that the criteria of that law are met for this aiga; if unsure, they pause and ask their own privacy or legal team."),
    ]
    if variant == "claims":
        legal_intro = [
            ("p", "Once signed, this protocol gives every member of the fono the authority to share information about aiga referred to it, "
                  "for the purposes in section 3. The laws that sit behind each purpose are listed below for reference."),
        ]
    auth_rows = [list(r) for r in M1_AUTH_ROWS]
    if variant == "no-church-authority":
        auth_rows = auth_rows[:3]
    review = [
        ("p", "This protocol is reviewed every 12 months from the date of the last signature below. "
              "Tautai Aiga Health and Social Services, as lead agency, initiates each review by inviting all members to a review talanoa."),
        ("p", "Any member may ask Tautai Aiga for an earlier review – for example after a breach, a change in the law, or when a new organisation wants to join the fono."),
    ]
    if variant == "no-review-owner":
        review = [
            ("p", "This protocol is reviewed every 12 months from the date of the last signature below, at a review talanoa of the fono members."),
            ("p", "Members may ask for an earlier review – for example after a breach, a change in the law, or when a new organisation wants to join the fono."),
        ]
    c = {
        "attending-agencies": [
            ("p", "The Aiga Safety Fono brings together the organisations below. Each is an attending agency and signs this protocol in section 17."),
            ("tbl", ["Organisation", "Role at the fono"], [[a, r] for a, r in M1_AGENCIES], {"widths": [6.0, 10.0]}),
            ("p", [(lead, "b"), " is the lead attending agency. It sets up the fono, sends the agenda, chairs each meeting and is responsible for developing and implementing this protocol."]),
        ],
        "meeting-purpose": [
            ("prov", "O le tele o sulu e maua ai se fagota.", "With many torches, the fish is found."),
            ("p", "The Aiga Safety Fono meets every second Tuesday at the Tautai Aiga fale in Ōtara, and on Microsoft Teams when a member cannot travel. "
                  "It brings together Pacific, Māori, church and government services so that Pacific aiga in Ōtara, Papatoetoe and Flat Bush who are affected by family violence "
                  "get one joined-up, culturally grounded response instead of many separate ones."),
            ("p", "Aiga are referred to the fono after a Police family harm episode, a disclosure to a health or social service, or a concern raised by a member. "
                  "The fono's goal is safety for every member of the aiga – especially children, young people and elders – and support that honours their language, faith and family structures."),
        ],
        "sharing-purpose": [
            ("p", "Information about an aiga is shared at the fono only for these purposes:"),
            ("ol", M1_PURPOSES),
            ("p", "Information is not shared to build a general picture of a family, a church or a neighbourhood, and not for any purpose that is not listed here."),
        ],
        "information-shared": [
            ("p", "Members bring only what is relevant to the aiga being discussed and to the purposes above. "
                  "Information about people who are not part of the referral is shared only where it bears directly on someone's safety."),
            ("tbl", ["Organisation", "Information it may bring to the fono"], [
                ["Tautai Aiga Health and Social Services", "Referral details, names and ages of aiga members, language and church affiliation, current services and what the aiga has told its advocate about safety."],
                ["New Zealand Police (Counties Manukau District)", "Family harm history, current orders and bail conditions, weapons concerns, outstanding warrants relevant to safety."],
                ["Oranga Tamariki", "Whether there is current care and protection involvement, the social worker's contact, and plan actions relevant to safety."],
                ["Health New Zealand – Te Whatu Ora (Counties Manukau)", "Injuries and health needs relevant to risk, pregnancy, child health concerns, engagement with mental health services."],
                ["Ministry of Social Development", "Whether a client is receiving support, and what emergency or relocation assistance could be provided."],
                ["Kāinga Ora – Homes and Communities", "Tenancy details, who is on the tenancy, transfer requests and security work already done."],
                ["Lotu Fa'atasi Community Trust", "Pastoral and practical support the aiga has asked for or is already receiving."],
                ["Te Ahi Kā Whānau Services", "Whānau support already in place and who the whānau want involved."],
            ], {"widths": [6.0, 10.0]}),
        ],
        "legal-authority": legal_intro + [
            ("tbl", ["Purpose", "Legal authority", "What the representative checks"], auth_rows, {"widths": [3.6, 5.0, 7.4]}),
            ("p", "If a member wants to share for a reason that is not in this table, it must not be shared at the fono until the purpose and its legal authority have been agreed and this protocol updated."),
        ],
        "use-of-information": [
            ("p", "Information shared at the fono is used only for the purpose it was shared for, and only to the extent the legal authority for that purpose allows. "
                  "Members do not copy fono information into their own systems unless they need it to carry out an action agreed for the aiga."),
            ("p", "When a member does keep information to carry out an agreed action, it records with that information:"),
            ("ul", ["which organisation it came from;", "the legal authority it was shared under;", "the purpose it was shared for;",
                    "any limits on how it may be used; and", "the date it was shared."]),
            ("p", "Using fono information for any other purpose is a secondary use. It needs its own purpose and legal authority, worked through with the member's privacy or legal team before the information is used."),
        ],
        "transparency": [
            ("prov", "Fofola e fala kae talanoa e kāinga.", "Roll out the mats so the family can talk."),
            ("p", "We take a talanoa approach: we talk openly and respectfully with aiga about what happens to their information, in the language they are most comfortable with."),
            ("ul", [
                "When an aiga is referred, their Tautai Aiga advocate explains – in Samoan, Tongan, English or another language with an interpreter – that their situation will be discussed at the fono, which organisations attend and why.",
                "Each member's privacy statement says that it takes part in multi-agency family violence meetings and shares information there.",
                "Aiga are told which member will contact them about each action, and can ask any member what it holds about them and ask for it to be corrected.",
                "Where telling a person would put a victim or a child at greater risk – for example telling the person who is using violence – the member may delay telling them or not tell them. The reason is recorded in the fono minutes and looked at again at each fono.",
            ]),
        ],
        "method-of-sharing": [
            ("p", "Information is shared in these ways only:"),
            ("ul", [
                "Tautai Aiga sends the agenda two working days before the fono. It lists each aiga by first name, surname initial, date of birth of the primary person and the reason for referral – nothing more.",
                "Representatives share information verbally at the fono, in the fale or on Teams.",
                "After the fono, Tautai Aiga emails each member only the actions that member has agreed to carry out.",
                "Members email each other between fonos only when an agreed action needs it, and only from their work email accounts.",
            ]),
            ("p", "Each member uses only methods approved by its own organisation. Non-government members have confirmed with Tautai Aiga that they can receive and handle SENSITIVE information."),
        ],
        "security-classification": [
            ("p", "Information shared at the Aiga Safety Fono is classified SENSITIVE."),
            ("p", "Government members handle it under the Protective Security Requirements; non-government members handle it under their own policies, which Tautai Aiga has checked meet the same standard."),
        ],
        "security-controls": [
            ("p", "Keeping information safe is one of the ways we show alofa and fa'aaloalo to aiga who trust us with their stories. Every member agrees to these controls:"),
            ("ul", [
                "Every representative has completed their organisation's privacy and information security training before they attend a fono.",
                "Any printed papers used at the fono are collected by the chair at the end of the meeting and shredded in the fale before anyone leaves.",
                "Printed papers are never handed to or left with representatives of other organisations.",
                "Email attachments that contain personal information are password protected, and the password is sent separately by text or phone call.",
                "Information is shared only from devices that the representative's own organisation has approved – not from personal phones or home computers.",
                "When the fono meets on Teams, nobody puts personal information in the chat, records the meeting, or takes screenshots or photos of the screen.",
                "Representatives joining from home use headphones and make sure they cannot be overheard.",
            ]),
        ],
        "tikanga": [
            ("prov", "He waka eke noa.", "We are all in this canoe together."),
            ("p", "Most aiga discussed at the fono are Samoan, Tongan, Cook Islands Māori or Niuean, and some are also Māori. Members agree that:"),
            ("ul", [
                "Information about a person's matai title, church standing or family lineage is shared only where it is directly relevant to safety, and is spoken about with respect.",
                "Nothing is passed to an aiga's church, minister or village leaders without the agreement of the aiga member concerned.",
                "Te Ahi Kā Whānau Services advises the fono on tikanga for Māori whānau and on the care of Māori data, and is asked first when a whānau is Māori.",
                "Where an aiga member prefers to speak with a woman, a man, or someone of their own language, the fono tries to arrange it.",
                "The fono opens and closes with a lotu or karakia when members wish.",
            ]),
        ],
        "retention-disposal": [
            ("p", "Members keep fono information only if they need it to carry out one of the purposes in section 3, such as a risk assessment or an agreed support."),
            ("ul", [
                "Information kept for an agreed action is saved in the member's approved client or case management system, and the email it arrived in is then deleted.",
                "Each member applies its own retention and disposal schedule (for government members, their disposal authority under the Public Records Act 2005).",
                "Tautai Aiga keeps the agenda, minutes and action log in its secure client management system for seven years after the aiga's file is closed, then destroys them securely.",
            ]),
        ],
        "breach-management": [
            ("p", "If information from the fono is lost, sent to the wrong person, or seen or heard by someone who should not have it, tell the breach contact the same day."),
            ("tbl", ["Breach contact", "Organisation", "Email", "Phone"], [
                ["Privacy Officer (Quality and Risk Manager)", "Tautai Aiga Health and Social Services", "privacy@tautaiaiga.org.nz", "09 274 6630"],
            ], {"widths": [4.5, 4.5, 4.5, 2.5]}),
            ("ul", [
                "The member whose information or process was involved contains the breach and manages its own obligations under Part 6 of the Privacy Act 2020, including notifying the Privacy Commissioner of a notifiable privacy breach.",
                "The breach contact brings together the members involved to agree what to tell the affected aiga, keeping their safety first.",
                "Breaches and what was learnt are reported (without names) at the next fono.",
            ]),
        ],
        "conflicts-of-interest": [
            ("p", "In our communities it is common to know an aiga through church, village, school or family. Knowing someone is not wrong, but it must be managed. If a representative knows an aiga on the agenda, they:"),
            ("ul", [
                "tell the chair as soon as they realise, before the aiga is discussed;",
                "ask a colleague from their organisation to take any request about that aiga; and",
                "leave the room or the Teams call while that aiga is discussed.",
            ]),
            ("p", "The chair records the conflict and how it was managed in the minutes. If the chair has the conflict, the deputy chair takes over for that item."),
        ],
        "relationship-management": [
            ("prov", "Ia tausi le va.", "Care for the space between us."),
            ("p", "Each member names a relationship manager – a senior person who need not attend the fono but understands its purpose and what is shared. "
                  "Relationship managers support their representative with any sharing questions, link them with privacy or legal advice, and meet with Tautai Aiga's Service Manager twice a year to talk about how the fono is working, including any signs of scope creep."),
        ],
        "review": review,
        "approval": [
            ("p", "Each organisation signs below. By signing, it agrees to use, protect, keep and dispose of information shared at the fono as this protocol sets out."),
        ],
    }
    return c


def spec_m1(variant=None, fname=None):
    content = m1_content(variant)
    sigs = list(M1_SIGS)
    content["approval"] += [("sig",) + s for s in sigs]
    return {
        "title": "Aiga Safety Fono – Information Sharing Protocol",
        "subtitle": "Ōtara, Papatoetoe and Flat Bush · hosted by Tautai Aiga Health and Social Services · Version 2.0",
        "marking": "SENSITIVE",
        "footer": "Aiga Safety Fono information sharing protocol",
        "author": "Tautai Aiga Health and Social Services",
        "created": ts(2026, 1, 19), "modified": ts(2026, 3, 10),
        "look": {"default_mode": "hb", "numbered": True,
                 "modes": {"conflicts-of-interest": "bold", "relationship-management": "bold"}},
        "front": [
            ("lead", "Tālofa lava, mālō e lelei, kia orana, fakaalofa lahi atu. ",
             "This protocol records how the organisations at the Aiga Safety Fono share information about Pacific aiga affected by family violence: why we share, under what law, and how we keep that information safe."),
        ],
        "sections": assemble(H_SAMOAN, content),
    }


# ==========================================================================
# M2 – Porirua Pasifika Youth Fono. Lead: Fale Malu Pasifika Trust
# ==========================================================================

M2_AGENCIES = [
    ("Fale Malu Pasifika Trust", "Lead agency – convenes and chairs the fono; Pacific youth workers and aiga support."),
    ("Oranga Tamariki", "Youth justice and care and protection involvement; family group conference plans."),
    ("New Zealand Police (Wellington District)", "Youth Aid involvement, alternative action plans and safety concerns."),
    ("Porirua East College", "Attendance, engagement, learning support and pastoral care at school."),
    ("Health New Zealand – Te Whatu Ora (Capital, Coast and Hutt Valley)", "Youth health, and mental health and addiction services."),
    ("Te Whare Āwhina o Porirua", "Kaupapa Māori rangatahi and whānau support for young people who are Māori and Pacific."),
    ("Porirua Pacific Churches Network Trust", "Church youth ministries, mentors and holiday programmes."),
    ("Ministry of Social Development", "Youth Service, and income support for young people and their families."),
]

M2_SIGS = [
    ("Fale Malu Pasifika Trust", "Tavita Sapolu", "General Manager", "8 September 2025"),
    ("Oranga Tamariki", "Rachel Ngāwhika", "Youth Justice Manager, Porirua and Kāpiti", "11 September 2025"),
    ("New Zealand Police (Wellington District)", "Inspector Sione Kata", "Area Commander, Kapi-Mana", "15 September 2025"),
    ("Porirua East College", "Losa Pulu-Hemi", "Principal", "17 September 2025"),
    ("Health New Zealand – Te Whatu Ora (Capital, Coast and Hutt Valley)", "Mark Oldfield", "Service Manager, Youth Mental Health and Addiction", "23 September 2025"),
    ("Te Whare Āwhina o Porirua", "Aperahama Wihongi", "Tumu Whakarae – Chief Executive", "30 September 2025"),
    ("Porirua Pacific Churches Network Trust", "Pastor Ioane Falaniko", "Chair of Trustees", "7 October 2025"),
    ("Ministry of Social Development", "Fiona Tuala", "Regional Commissioner, Wellington", "14 October 2025"),
]


def m2_content(variant=None):
    classification = [
        ("p", "Information shared at the Porirua Pasifika Youth Fono is classified IN-CONFIDENCE."),
        ("p", "Members mark fono emails and attachments IN-CONFIDENCE. The college and the non-government members have confirmed they can receive and handle information at that level."),
    ]
    if variant == "unclassified":
        classification = [
            ("p", "Classification: UNCLASSIFIED."),
            ("p", "Most sharing at the fono is verbal, and the agenda uses first names only, so members agreed that fono papers carry the UNCLASSIFIED marking. Members still treat what they hear with care."),
        ]
    c = {
        "attending-agencies": [
            ("p", "These organisations attend the fono and have signed this protocol:"),
            ("tbl", ["Organisation", "Role at the fono"], [[a, r] for a, r in M2_AGENCIES], {"widths": [6.5, 9.5]}),
            ("p", "Fale Malu Pasifika Trust is the lead attending agency."),
        ],
        "meeting-purpose": [
            ("prov", "O le ala i le pule o le tautua.", "The path to leadership is through service."),
            ("p", "The Porirua Pasifika Youth Fono meets monthly at Fale Malu in Cannons Creek. It brings together the services working with young Pacific people aged 12 to 17 "
                  "who have offended, or are at real risk of offending, so that each young person has one plan, one lead worker and support that draws on their aiga, faith and culture."),
            ("p", "Young people come to the fono through Police Youth Aid, Oranga Tamariki Youth Justice, the college, or a referral from their aiga or church, and always with the young person and their parent or caregiver told first."),
        ],
        "sharing-purpose": [
            ("p", "We share information at the fono so that we can:"),
            ("ol", [
                "understand the needs, strengths and risks of each young person referred to the fono;",
                "agree a plan of supports – school, health, aiga, church and culture – and who leads each part; and",
                "keep the young person or someone else safe where there is a serious threat to their life or health.",
            ]),
        ],
        "information-shared": [
            ("ul", [
                "Identity details: name, date of birth, school, address, parents or caregivers, and the young person's ethnicity, language and church.",
                "Offending and Youth Aid or Youth Justice involvement, including family group conference plans and alternative action plans.",
                "School attendance, behaviour, stand-downs and learning support.",
                "Health, mental health and alcohol or drug needs, only where they affect the plan, and only as much as the plan needs.",
                "Aiga circumstances that affect the young person: housing, income, care arrangements and safety concerns at home.",
                "Church, cultural and sporting connections the young person wants to build on.",
            ]),
            ("p", "Members share the least information needed for the purpose. Information about brothers, sisters or other aiga members is shared only when it directly affects the young person's plan or safety."),
        ],
        "legal-authority": [
            ("p", "The protocol does not authorise sharing; the law does. Each member relies on the authority below for each purpose, and checks that its criteria are met before sharing."),
            ("tbl", ["Purpose of sharing", "Legal authority"], [
                ["1. Understand needs, strengths and risks", "Oranga Tamariki Act 1989, s 66C (child welfare and protection agencies and independent persons). "
                 "Members that are not child welfare and protection agencies rely on Privacy Act 2020, IPP 11(1)(d): the young person and their parent or caregiver have agreed."],
                ["2. Agree a plan of supports", "Oranga Tamariki Act 1989, s 66C; for the Porirua Pacific Churches Network Trust, Privacy Act 2020, IPP 11(1)(d) with the young person's and parent's agreement."],
                ["3. Respond to a serious threat", "Privacy Act 2020, IPP 11(1)(f); for health information, Health Information Privacy Code 2020, rule 11(2)(d)."],
            ], {"widths": [5.0, 11.0]}),
        ],
        "use-of-information": [
            ("p", "What is shared at the fono is used to carry out the young person's plan and nothing else. A member puts fono information into its own records only when it needs it to carry out its part of the plan, and notes where it came from, the law it was shared under, the purpose, any limits on use, and the date."),
            ("p", "If a member later wants to use the information for something different – for example a prosecution decision or a school disciplinary process – that is a new use. It needs its own legal authority, and the member talks to its privacy or legal team first."),
        ],
        "transparency": [
            ("p", "Talanoa means the young person and their aiga hear from us, in person, what we share and why."),
            ("ul", [
                "Before the first fono, the referring member and a Fale Malu youth worker meet the young person and their parent or caregiver, explain the fono and who attends, and answer their questions in their own language.",
                "Young people and aiga are told after each fono what was agreed and who will be in touch.",
                "Young people can ask any member for the information it holds about them, and ask for it to be corrected.",
                "If telling the young person or aiga about a particular share would put someone at risk, or would prejudice a Police investigation, the member may hold back that detail; the chair notes the reason, and it is revisited at the next fono.",
                "Each member's privacy statement describes its part in multi-agency youth meetings.",
            ]),
        ],
        "method-of-sharing": [
            ("ul", [
                "Fale Malu sends the agenda (first name, surname initial, school and referring member only) by email two days before the fono.",
                "Members share information verbally at the fono, which is held in person with a Teams link for members who cannot attend.",
                "Plan actions are emailed after the fono only to the members who hold them.",
            ]),
        ],
        "security-classification": classification,
        "security-controls": [
            ("p", "Tauhi vā – tending the relationship – includes caring for what young people and their aiga have trusted us with. Members agree that:"),
            ("ul", [
                "representatives complete their organisation's privacy and information security training before their first fono;",
                "email attachments holding personal information are password protected, with the password given by phone or text;",
                "information is shared only from organisation-approved devices;",
                "in the Teams part of the fono no one writes personal information in the chat, records the meeting or screenshots what is shared on screen;",
                "any hard copies are shredded at the end of the fono; and",
                "no hard copy is handed to a representative of another organisation.",
            ]),
        ],
        "tikanga": [
            ("p", "Many young people at the fono have Samoan, Tongan, Cook Islands, Tokelauan and Māori whakapapa. Te Whare Āwhina o Porirua advises the fono on tikanga, and Fale Malu on Pacific cultural practice."),
            ("ul", [
                "Information about a young person's whakapapa, iwi or village is shared only where the young person wants it to shape their plan.",
                "Church leaders at the fono do not pass anything on to parishes, youth groups or ministers.",
                "Aiga may bring a matai, elder or church member to talanoa with the fono about their young person, if they wish.",
            ]),
        ],
        "retention-disposal": [
            ("ul", [
                "Members keep fono information only while they need it for the young person's plan, in their approved case management or student management system.",
                "Emails with personal information are deleted once the information needed is saved in that system.",
                "Fale Malu keeps the agenda, minutes and plan register in its client system and disposes of them under its retention schedule, seven years after the young person turns 18.",
                "Government members and the college apply their own retention and disposal schedules.",
            ]),
        ],
        "breach-management": [
            ("p", "If a privacy or security breach involves information from the fono, contact:"),
            ("p", [("Privacy and Quality Lead, Fale Malu Pasifika Trust", "b"), " – privacy@falemalu.org.nz – 04 237 5521"]),
            ("p", "The member responsible contains the breach and meets its own obligations under the Privacy Act 2020, including notifying the Privacy Commissioner and the affected person if the breach is notifiable. Members work together on what to tell the young person and their aiga."),
        ],
        "conflicts-of-interest": [
            ("p", "Porirua is close-knit; a representative may be related to a young person, attend their church, or coach their team. If that happens, the representative tells the chair, passes any request about that young person to a colleague, and steps out while the young person is discussed. The chair records it in the minutes."),
        ],
        "relationship-management": [
            ("p", "Each member names a relationship manager who supports its representative, links them with privacy or legal advice, and checks in with Fale Malu's General Manager about how the fono is working."),
        ],
        "review": [
            ("p", "This protocol is reviewed every 24 months from the date of the last signature. Fale Malu Pasifika Trust, as lead agency, starts each review. Any member can ask for an earlier review if a problem with sharing arises."),
        ],
        "approval": [
            ("p", "Signed for each organisation by a person with authority to commit it to this protocol, after advice from its privacy or legal team."),
        ],
    }
    return c


def spec_m2(variant=None):
    content = m2_content(variant)
    if variant == "no-conflicts":
        del content["conflicts-of-interest"]
    content["approval"] += [("sig",) + s for s in M2_SIGS]
    marking = "UNCLASSIFIED" if variant == "unclassified" else "IN-CONFIDENCE"
    mixed = dict(H_SAMOAN)
    mixed.update({"security-controls": "Tauhi vā – Security controls",
                  "relationship-management": "Va fealoa'i – Relationship management and oversight",
                  "approval": "Approval – Fakamo'oni hingoa / Saini"})
    return {
        "title": "Porirua Pasifika Youth Fono",
        "subtitle": "Information sharing protocol between the organisations attending the fono · hosted by Fale Malu Pasifika Trust",
        "marking": marking,
        "footer": "Porirua Pasifika Youth Fono – information sharing protocol",
        "author": "Fale Malu Pasifika Trust",
        "created": ts(2025, 8, 4), "modified": ts(2025, 10, 15),
        "look": {"default_mode": "h", "section_level": 2, "part_mode": "hb", "numbered": False,
                 "modes": {"security-controls": "boldol", "conflicts-of-interest": "boldol"},
                 "sig_signature_line": True},
        "parts": [("Vaega 1 – The fono", "attending-agencies"),
                  ("Vaega 2 – Sharing information", "sharing-purpose"),
                  ("Vaega 3 – Keeping information safe", "method-of-sharing"),
                  ("Vaega 4 – Oversight and sign-off", "breach-management")],
        "front": [("p", "This protocol sets out how information about young people is shared at the fono, the law each share relies on, and how we look after it.")],
        "sections": assemble(mixed, content),
    }


# ==========================================================================
# M3 – Māngere Aoga Talanoa (school attendance). Lead: Ha'ofanga Tongan Family Services Trust
# ==========================================================================

M3_AGENCIES = [
    ("Ha'ofanga Tongan Family Services Trust", "Lead agency. Attendance Service provider for the Māngere cluster; convenes and chairs the talanoa."),
    ("Ministry of Education", "Attendance and enrolment records, learning support and transport assistance."),
    ("Te Pae Māngere Primary School", "Attendance, wellbeing and what the school has already tried."),
    ("Māngere Central College", "Attendance, engagement, pastoral care and learning support."),
    ("Health New Zealand – Te Whatu Ora (Counties Manukau)", "School-based public health nursing and child health needs that affect attendance."),
    ("Ministry of Social Development", "Hardship help with uniforms, stationery and school costs; income support."),
    ("Kāinga Ora – Homes and Communities", "Housing moves, overcrowding and repairs that keep children from school."),
    ("Lotu Fa'atasi Community Trust", "Church homework centres, mentors and breakfast clubs."),
    ("Te Ahi Kā Whānau Services", "Kaupapa Māori whānau support for tamariki who are Māori."),
]

M3_SIGS = [
    ("Ha'ofanga Tongan Family Services Trust", "'Ana Taufa", "Chief Executive", "8 April 2026"),
    ("Ministry of Education", "Hamish Cooper", "Director of Education, Auckland South", "10 April 2026"),
    ("Te Pae Māngere Primary School", "Merelina Havili", "Principal", "13 April 2026"),
    ("Māngere Central College", "Viliami Pulu", "Principal", "13 April 2026"),
    ("Health New Zealand – Te Whatu Ora (Counties Manukau)", "Anita Prasad", "Service Manager, Child Health and Public Health Nursing", "15 April 2026"),
    ("Ministry of Social Development", "Tevita Moala", "Regional Director, Counties Manukau", "16 April 2026"),
    ("Kāinga Ora – Homes and Communities", "Jo Faleolo", "Area Manager, Māngere", "20 April 2026"),
    ("Lotu Fa'atasi Community Trust", "Rev. Iosefa Lemalu", "Chairperson", "21 April 2026"),
    ("Te Ahi Kā Whānau Services", "Hinewai Parata", "Kaiwhakahaere – General Manager", "22 April 2026"),
]


def m3_content(variant=None):
    review = [
        ("p", "This protocol is reviewed annually, within twelve months of the date of the last signature. Ha'ofanga Tongan Family Services Trust, as lead agency, initiates the review and circulates the updated protocol for signing."),
        ("p", "Any member may ask for an earlier review, for example when the cluster changes or a new school joins."),
    ]
    if variant == "three-years":
        review = [
            ("p", "This protocol is reviewed every three (3) years from the date of the last signature, in line with the term of the Attendance Service contract. Ha'ofanga Tongan Family Services Trust, as lead agency, initiates the review and circulates the updated protocol for signing."),
            ("p", "Any member may ask for an earlier review, for example when the cluster changes or a new school joins."),
        ]
    c = {
        "attending-agencies": [
            ("p", "The talanoa is attended by the organisations listed below, all of whom sign this protocol."),
            ("tbl", ["Organisation", "Role at the fono"], [[a, r] for a, r in M3_AGENCIES], {"widths": [6.0, 10.0]}),
            ("p", "Lead agency: Ha'ofanga Tongan Family Services Trust."),
        ],
        "meeting-purpose": [
            ("prov", "Fofola e fala kae talanoa e kāinga.", "Roll out the mats so the family can talk."),
            ("p", "The Māngere Aoga Talanoa is a fortnightly fono for students in the Māngere cluster whose attendance has fallen below 70 percent, or who are not enrolled anywhere. "
                  "Schools have duties under the Education and Training Act 2020 to follow up absence; the talanoa adds the health, housing, income, church and cultural supports that schools cannot give on their own, "
                  "so that each student and their kāinga get one agreed plan to get back to school."),
        ],
        "sharing-purpose": [
            ("p", "Information is shared at the talanoa to:"),
            ("ol", [
                "find out why a student is missing school and what is getting in the way;",
                "agree a return-to-school plan and which member provides each support; and",
                "respond when a child may be at risk of harm, ill-treatment or neglect.",
            ]),
        ],
        "information-shared": [
            ("tbl", ["Member", "What it may share"], [
                ["Schools and Ministry of Education", "Enrolment, attendance pattern, stand-downs, learning support, what has been tried, transport."],
                ["Ha'ofanga Tongan Family Services Trust", "What the kāinga has told the attendance adviser about barriers, language and church connections."],
                ["Health New Zealand – Te Whatu Ora (Counties Manukau)", "Health needs that affect attendance (for example skin infections, asthma, rheumatic fever follow-up), with the caregiver's agreement."],
                ["Ministry of Social Development", "Whether the kāinga receives support, and what hardship help is available."],
                ["Kāinga Ora – Homes and Communities", "Recent or planned moves, overcrowding, repairs affecting the home."],
                ["Lotu Fa'atasi Community Trust and Te Ahi Kā Whānau Services", "Support they provide or can offer."],
            ], {"widths": [6.0, 10.0]}),
            ("p", "Only information about the student and the caregivers responsible for getting them to school is shared, unless a child's safety requires more."),
        ],
        "legal-authority": [
            ("p", "The sharing at the talanoa relies on the following laws. This protocol records them; it is not itself an authority to share."),
            ("tbl", ["Purpose", "Legal authority"], [
                ["1. Find out why the student is missing school", "Privacy Act 2020, IPP 11(1)(d) – the parent or caregiver (and the student, if 12 or over) agreed at referral; for schools and the Ministry of Education, also IPP 11(1)(a)."],
                ["2. Agree a return-to-school plan", "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b) for health information."],
                ["3. Respond to risk of harm to a child", "Oranga Tamariki Act 1989, s 66C."],
            ], {"widths": [5.5, 10.5]}),
        ],
        "use-of-information": [
            ("p", "Members use what they learn at the talanoa only to carry out the student's plan. Schools do not use talanoa information in disciplinary decisions."),
            ("p", "Where a member needs to keep information to do its part, it stores it in its own approved system with a note of: the source; the legal authority; the purpose; any restriction on use; and the date shared. Any other use must be checked with the member's privacy team and have its own legal authority."),
        ],
        "transparency": [
            ("prov", "Talanoa – open, face-to-face conversation.", None),
            ("ul", [
                "The attendance adviser visits the kāinga, explains the talanoa in Tongan, Samoan, English or te reo Māori, and asks for their agreement to refer.",
                "The kāinga is told which organisations attend, what each may share, and who will come back to them after the talanoa.",
                "Parents, caregivers and students can see and correct what a member holds about them.",
                "If raising a concern with the kāinga would put a child at risk, the member does not tell them about that share; the reason is recorded and Oranga Tamariki's advice is followed.",
            ]),
        ],
        "method-of-sharing": [
            ("ul", [
                "Ha'ofanga sends the list of students (name, school, year level) to members two days before the talanoa.",
                "Information is shared verbally at the talanoa, held at the Ha'ofanga office or on Teams.",
                "Actions are emailed after the talanoa only to the members responsible for them.",
            ]),
        ],
        "security-classification": [
            ("p", "IN-CONFIDENCE"),
            ("p", "All talanoa papers and emails are marked IN-CONFIDENCE."),
        ],
        "security-controls": [
            ("p", "Faka'apa'apa – respect – for the kāinga means we look after their information carefully:"),
            ("tbl", ["Control", "What members do"], [
                ["Training", "Every representative has done their organisation's privacy and information security training."],
                ["Hard copies destroyed", "Printed lists are handed back to the chair and shredded at the end of each talanoa."],
                ["Hard copies not given out", "Nobody gives printed material to a representative of another organisation."],
                ["Attachments", "Email attachments with personal information are password protected; the password is phoned or texted."],
                ["Devices", "Information is shared only from devices approved by the representative's organisation."],
                ["Online talanoa", "On Teams, nobody uses the chat for personal information, records the meeting or takes screenshots."],
            ], {"widths": [4.0, 12.0]}),
        ],
        "tikanga": [
            ("p", "Most kāinga are Tongan or Samoan; many tamariki are also Māori. Te Ahi Kā Whānau Services advises on tikanga and the care of Māori data for Māori whānau; Ha'ofanga on Tongan and wider Pacific practice. "
                  "Church information is not passed to church leaders without the kāinga's agreement, and the talanoa respects the role of parents and grandparents in decisions about children."),
        ],
        "retention-disposal": [
            ("p", "Members keep talanoa information only if they need it to carry out the student's plan, in their approved system, and delete emailed information once saved there. "
                  "Schools keep it in the student management system under the schools' records disposal schedule. Ha'ofanga keeps agendas and action logs for seven years and then destroys them securely. Each member follows its own retention and disposal schedule."),
        ],
        "breach-management": [
            ("p", "Report any breach involving talanoa information straight away to the breach contact:"),
            ("ul", ["Privacy Officer, Ha'ofanga Tongan Family Services Trust", "privacy@haofanga.org.nz", "09 255 3148 (after hours 021 048 8317)"]),
            ("p", "The member responsible contains the breach and meets its Privacy Act 2020 obligations, including notification of a notifiable privacy breach. Members agree together what the kāinga will be told."),
        ],
        "conflicts-of-interest": [
            ("p", "A representative who is related to, or shares a church with, a student's kāinga tells the chair, hands any request to a colleague, and leaves the talanoa while that student is discussed. The chair records it."),
        ],
        "relationship-management": [
            ("p", "Each member names a relationship manager. Relationship managers support their representatives, link them with privacy advice, and meet the Ha'ofanga Chief Executive each term to check the talanoa is working as intended."),
        ],
        "review": review,
        "approval": [
            ("p", "Signed for each organisation:"),
        ],
    }
    return c


def spec_m3(variant=None):
    content = m3_content(variant)
    sigs = list(M3_SIGS)
    if variant == "kainga-ora-unsigned":
        sigs = [s for s in sigs if not s[0].startswith("Kāinga Ora")]
    content["approval"] += [("sig",) + s for s in sigs]
    return {
        "title": "Māngere Aoga Talanoa",
        "subtitle": "Information sharing protocol · school attendance and re-engagement fono · Ha'ofanga Tongan Family Services Trust",
        "marking": "IN-CONFIDENCE",
        "footer": "Māngere Aoga Talanoa ISP",
        "author": "Ha'ofanga Tongan Family Services Trust",
        "created": ts(2026, 2, 23), "modified": ts(2026, 4, 23),
        "look": {"default_mode": "hb", "section_level": 2, "numbered": True,
                 "modes": {"review": "bold"}},
        "front": [
            ("prov", "'Ofa, faka'apa'apa, tauhi vā.", "Love, respect, caring for relationships."),
            ("p", "Mālō e lelei. This protocol records how the members of the Māngere Aoga Talanoa share information about students and their kāinga."),
        ],
        "sections": assemble(H_TONGAN, content),
    }


# ==========================================================================
# M4 – Vaomalo Health Navigation Fono, Porirua. Lead: Vaomalo Pasifika Health Trust
# ==========================================================================

M4_AGENCIES = [
    ("Vaomalo Pasifika Health Trust", "Lead agency. Pacific health navigators; hosts and chairs the fono at Cannons Creek."),
    ("Health New Zealand – Te Whatu Ora (Capital, Coast and Hutt Valley)", "Mental health and addiction services, district nursing and hospital discharge planning."),
    ("Ministry of Social Development", "Income support, hardship grants and disability allowances."),
    ("Kāinga Ora – Homes and Communities", "Tenancy support, home modifications and sustaining tenancies."),
    ("New Zealand Police (Wellington District)", "Welfare checks and mental health related call-outs; safety concerns."),
    ("Porirua Pacific Churches Network Trust", "Pastoral visiting and practical help, with the person's agreement."),
    ("Te Whare Āwhina o Porirua", "Kaupapa Māori health and Whānau Ora navigation."),
]

M4_SIGS = [
    ("Vaomalo Pasifika Health Trust", "Dr Faamanatu Ioelu", "Chief Executive", "11 May 2026"),
    ("Health New Zealand – Te Whatu Ora (Capital, Coast and Hutt Valley)", "Priya Raman", "General Manager, Mental Health, Addiction and Intellectual Disability Service", "19 May 2026"),
    ("Ministry of Social Development", "Fiona Tuala", "Regional Commissioner, Wellington", "26 May 2026"),
    ("Kāinga Ora – Homes and Communities", "Kerry Anderson", "Regional Manager, Porirua and Kāpiti", "2 June 2026"),
    ("New Zealand Police (Wellington District)", "Inspector Sione Kata", "Area Commander, Kapi-Mana", "5 June 2026"),
    ("Porirua Pacific Churches Network Trust", "Pastor Ioane Falaniko", "Chair of Trustees", "10 June 2026"),
    ("Te Whare Āwhina o Porirua", "Aperahama Wihongi", "Tumu Whakarae – Chief Executive", "16 June 2026"),
]


def m4_content(variant=None):
    breach = [
        ("p", "The designated breach contact for the fono is:"),
        ("tbl", ["Role", "Organisation", "Contact"], [
            ["Privacy Officer", "Vaomalo Pasifika Health Trust", "privacy@vaomalo.org.nz · 04 238 0472"],
        ], {"widths": [4.0, 5.5, 6.5]}),
        ("p", "A member that finds a breach tells the contact the same day and takes steps to contain it. The member whose information was involved meets its own obligations under the Privacy Act 2020 and the Health Information Privacy Code 2020, including notifying the Privacy Commissioner and affected people of a notifiable breach. The members involved agree together how the person and their family will be told, in their language and in person where possible."),
    ]
    if variant == "no-breach-contact":
        breach = [
            ("p", "A member that finds a breach involving fono information reports it to its own privacy officer, takes steps to contain it, and lets the chair know at the next fono."),
            ("p", "The member whose information was involved meets its own obligations under the Privacy Act 2020 and the Health Information Privacy Code 2020. Notifiable privacy breaches are reported to the Office of the Privacy Commissioner (0800 803 909). The members involved agree together how the person and their family will be told, in their language and in person where possible."),
        ]
    c = {
        "attending-agencies": [
            ("tbl", ["Organisation", "Role at the fono"], [[a, r] for a, r in M4_AGENCIES], {"widths": [6.5, 9.5]}),
            ("p", "Vaomalo Pasifika Health Trust is the lead attending agency for the fono and is responsible for this protocol."),
        ],
        "meeting-purpose": [
            ("prov", "E lele le toloa ae ma'au i le vai.", "The toloa flies far but always returns to the water."),
            ("p", "The Vaomalo Health Navigation Fono meets weekly. It helps Pacific people in Porirua who are living with mental distress or long-term illness, and who have agreed to be referred, "
                  "to get coordinated health, income, housing and pastoral support, so that they can stay well at home and among their aiga."),
        ],
        "sharing-purpose": [
            ("ol", [
                "To coordinate health, mental wellbeing and social support for people who have agreed to be referred to the fono.",
                "To arrange continuity of care between health providers, including after a hospital stay.",
                "To respond when someone is at serious risk of harm to themselves or others.",
            ]),
        ],
        "information-shared": [
            ("ul", [
                "Name, date of birth, NHI (health members only), address, language, and who the person wants involved.",
                "Current health and mental health needs, medicines and services, limited to what the plan needs.",
                "Income, housing and tenancy matters affecting the person's wellbeing.",
                "Recent welfare checks or call-outs involving the person, where relevant to safety.",
                "Church and community supports the person has asked for.",
            ]),
        ],
        "legal-authority": [
            ("p", "This protocol does not itself authorise sharing. Each purpose relies on the law below."),
            ("tbl", ["Purpose", "Legal authority"], [
                ["1. Coordinate support", "Health Information Privacy Code 2020, rule 11(1)(b) (health members); Privacy Act 2020, IPP 11(1)(d) (other members) – the person has authorised the sharing at referral."],
                ["2. Continuity of care", "Health Act 1956, s 22F; Health Information Privacy Code 2020, rule 11(1)(c)."],
                ["3. Serious risk of harm", "Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, IPP 11(1)(f)."],
            ], {"widths": [4.5, 11.5]}),
        ],
        "use-of-information": [
            ("p", "Members use fono information only to carry out the person's plan. It is placed in a member's own records only where that member needs it to deliver its part, and the record notes the source, legal authority, purpose, any limits and the date. "
                  "Police do not use health information heard at the fono for investigations. Any other use needs its own legal authority and advice from the member's privacy team."),
        ],
        "transparency": [
            ("p", "Our talanoa with people and aiga starts before any sharing:"),
            ("ul", [
                "A navigator explains the fono face to face, in the person's language, and records what they agree can be shared and with whom.",
                "People can change their mind at any time, and can see and correct what members hold about them.",
                "Where information is shared under purpose 3 without the person's agreement, they are told afterwards unless telling them would increase the risk; the reason for not telling is recorded.",
                "Each member's privacy statement explains that it takes part in multi-agency health and social meetings.",
            ]),
        ],
        "method-of-sharing": [
            ("p", "Referrals and the agenda go to members by email from Vaomalo. Information is shared verbally at the fono (in person, or on Teams). Agreed actions are emailed only to the member responsible."),
        ],
        "security-classification": [
            ("p", "Classification: SENSITIVE – the fono discusses health and mental health information."),
        ],
        "security-controls": [
            ("p", "Alofa and fa'aaloalo guide how we handle people's stories. Members agree:"),
            ("ul", [
                "Representatives have completed privacy and information security training, including health information training for health members.",
                "Email attachments containing personal or health information are password protected.",
                "Information is shared only on devices approved by the member organisation.",
                "During Teams fonos there is no use of chat for personal information, no recording and no screenshots.",
                "Printed material is kept to a minimum, never given to other representatives, and shredded at the end of the fono.",
            ]),
        ],
        "tikanga": [
            ("p", "Health information is tapu and is spoken of with care. Te Whare Āwhina o Porirua guides the fono on tikanga and on Māori data for Māori whānau; Vaomalo guides on Pacific practice. "
                  "People may ask for an aiga member, matai or minister to be with them when their plan is discussed with them. Churches receive information only when the person has agreed."),
        ],
        "retention-disposal": [
            ("p", "Information is kept only where needed to deliver the plan, in the member's approved clinical or case system; emails are deleted once saved there. "
                  "Health members apply the Health (Retention of Health Information) Regulations 1996; other members apply their own retention and disposal schedules. Vaomalo keeps fono minutes in its client system for ten years, then destroys them securely."),
        ],
        "breach-management": breach,
        "conflicts-of-interest": [
            ("p", "Representatives declare to the chair any family, church or personal connection with a person on the agenda, pass related requests to a colleague, and leave the fono while that person is discussed. The chair notes it in the minutes."),
        ],
        "relationship-management": [
            ("p", "Each member names a relationship manager. Relationship managers meet six-monthly with Vaomalo's Chief Executive to check the fono is working as intended, that sharing has not drifted beyond its purposes, and to resolve issues."),
        ],
        "review": [
            ("p", "This protocol is reviewed every 18 months from the date of the last signature. Vaomalo Pasifika Health Trust, as lead agency, initiates the review. Any member may request an earlier review."),
        ],
        "approval": [],
    }
    return c


def spec_m4(variant=None):
    content = m4_content(variant)
    sigs = [list(s) for s in M4_SIGS]
    if variant == "msd-title-blank":
        for s in sigs:
            if s[0] == "Ministry of Social Development":
                s[2] = ""
    content["approval"] += [("sig",) + tuple(s) for s in sigs]
    return {
        "title": "Vaomalo Health Navigation Fono",
        "subtitle": "Multi-agency information sharing protocol · Porirua · Vaomalo Pasifika Health Trust (lead)",
        "marking": "SENSITIVE",
        "footer": "Vaomalo Health Navigation Fono – ISP v1.0",
        "author": "Vaomalo Pasifika Health Trust",
        "created": ts(2026, 4, 6), "modified": ts(2026, 6, 17),
        "look": {"default_mode": "h", "numbered": False,
                 "modes": {"tikanga": "boldol", "review": "boldol", "approval": "hb"},
                 "title_style": False},
        "front": [("p", "Tālofa lava. This protocol is our shared agreement on how information is shared, used and protected at the fono.")],
        "sections": assemble(H_GLOSS_FIRST, content),
    }


# ==========================================================================
# M5 – Matua Fono, elder safety, Māngere–Ōtāhuhu. Lead: Lotu Fa'atasi Community Trust
# ==========================================================================

M5_AGENCIES = [
    ("Lotu Fa'atasi Community Trust", "Lead agency (church-based social services). Hosts the fono in the church hall; elder support workers."),
    ("Ha'ofanga Tongan Family Services Trust", "Tongan family services and elder abuse response."),
    ("Tautai Aiga Health and Social Services", "Samoan and wider Pacific family violence services."),
    ("Health New Zealand – Te Whatu Ora (Counties Manukau)", "Older adults health, needs assessment and service coordination, district nursing."),
    ("New Zealand Police (Counties Manukau District)", "Family harm, and financial abuse or fraud against older people."),
    ("Ministry of Social Development", "New Zealand Superannuation, hardship assistance and payment arrangements."),
    ("Kāinga Ora – Homes and Communities", "Tenancy, overcrowding and safe housing for older tenants."),
    ("Te Ahi Kā Whānau Services", "Kaumātua support and kaupapa Māori whānau services."),
]


def m5_sigs(dates):
    names = [
        ("Lotu Fa'atasi Community Trust", "Rev. Iosefa Lemalu", "Chairperson"),
        ("Ha'ofanga Tongan Family Services Trust", "'Ana Taufa", "Chief Executive"),
        ("Tautai Aiga Health and Social Services", "Leilani Fa'alogo-Tuilagi", "Chief Executive"),
        ("Health New Zealand – Te Whatu Ora (Counties Manukau)", "Brendan Ko", "Group Manager, Older Adults and Home Health"),
        ("New Zealand Police (Counties Manukau District)", "Daniel Hemara", "Area Commander, Counties Manukau East"),
        ("Ministry of Social Development", "Paulo Leavasa", "Regional Commissioner, Counties Manukau"),
        ("Kāinga Ora – Homes and Communities", "Jo Faleolo", "Area Manager, Māngere"),
        ("Te Ahi Kā Whānau Services", "Hinewai Parata", "Kaiwhakahaere – General Manager"),
    ]
    return [n + (d,) for n, d in zip(names, dates)]


M5_DATES = ["19 November 2025", "21 November 2025", "24 November 2025", "26 November 2025",
            "27 November 2025", "1 December 2025", "2 December 2025", "3 December 2025"]
M5_DATES_2025 = ["2 June 2025", "5 June 2025", "9 June 2025", "12 June 2025",
                 "17 June 2025", "20 June 2025", "25 June 2025", "30 June 2025"]


def m5_content(variant=None):
    password = "Attachments that contain personal information are always password protected, and the password is shared by phone."
    if variant == "seemail":
        password = "Emails containing personal information are sent only through secure email (SEEMail, or the Health NZ secure gateway for NGO members)."
    review = [
        ("p", "This protocol is reviewed every twelve months from the date it was last signed. Lotu Fa'atasi Community Trust, as lead agency, arranges the review talanoa and re-circulates the protocol for signature."),
    ]
    if variant == "overdue":
        review = [
            ("p", "This protocol is reviewed every twelve months. Lotu Fa'atasi Community Trust, as lead agency, arranges the review talanoa and re-circulates the protocol for signature."),
            ("p", "Next review due: 30 June 2026."),
        ]
    c = {
        "attending-agencies": [
            ("p", "The Matua Fono is attended by:"),
            ("tbl", ["Organisation", "Role at the fono"], [[a, r] for a, r in M5_AGENCIES], {"widths": [6.0, 10.0]}),
            ("p", "Lotu Fa'atasi Community Trust is the lead attending agency."),
        ],
        "meeting-purpose": [
            ("prov", "Ia fa'aaloalo i matua ma tua'a.", "Honour our parents and elders."),
            ("p", "The Matua Fono meets monthly in the Lotu Fa'atasi church hall in Māngere East. It brings together the services that work with Pacific and Māori older people in Māngere and Ōtāhuhu "
                  "where there is a concern about abuse or neglect – physical, emotional, financial or neglect of care – by family members or others close to them. "
                  "The fono agrees how to keep the older person safe while respecting their wishes, their mana and their place in the aiga."),
        ],
        "sharing-purpose": [
            ("p", "Purposes of sharing:"),
            ("ol", [
                "To identify older people at risk of abuse or neglect by family members or others in a close personal relationship with them, and assess that risk.",
                "To agree a safety and support plan that respects the older person's wishes.",
                "To act quickly where an older person's life or health is under serious threat.",
            ]),
        ],
        "information-shared": [
            ("ul", [
                "The older person's name, date of birth, address, language, church and who they live with.",
                "The concern raised, by whom, and what the older person has said about it.",
                "Relevant health and care needs, capacity concerns and any enduring power of attorney.",
                "Family harm history and financial abuse reports held by Police.",
                "Income, payment arrangements and tenancy details where they bear on the concern.",
            ]),
            ("p", "Members share no more than the purpose needs. Information about other family members is shared only where it relates to the risk."),
        ],
        "legal-authority": [
            ("p", "Purposes and the legal authority for each (this protocol does not itself authorise sharing):"),
            ("tbl", ["Purpose", "Legal authority"], [
                ["1. Identify and assess risk", "Family Violence Act 2018, ss 20 and 21 (abuse of older people by family members or people in a close personal relationship is family violence)."],
                ["2. Safety and support plan", "Family Violence Act 2018, ss 20 and 21; Privacy Act 2020, IPP 11(1)(d) and Health Information Privacy Code 2020, rule 11(1)(b) where the older person agrees."],
                ["3. Serious threat", "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)."],
            ], {"widths": [5.0, 11.0]}),
        ],
        "use-of-information": [
            ("p", "Fono information is used only for the purpose it was shared for. A member records it in its own system only where needed to carry out its agreed action, noting the source, authority, purpose, restrictions and date. "
                  "Using it for anything else needs a fresh assessment of purpose and legal authority with the member's privacy or legal team."),
        ],
        "transparency": [
            ("prov", "Talanoa ma le fa'aaloalo.", "Talk together, with respect."),
            ("p", "The older person is at the centre. Their support worker talks with them, in their language and where possible without the person of concern present, about the fono, who attends, and what will be shared. "
                  "The older person's views are brought to the fono. Where telling the older person or their family would increase the risk of harm, the member may hold back and record why. "
                  "People can see and correct the information members hold about them, and each member's privacy statement covers its part in the fono."),
        ],
        "method-of-sharing": [
            ("p", "Verbal sharing at the fono; referral summaries and actions sent by email from Lotu Fa'atasi; occasional Teams attendance for members who cannot come to the hall."),
        ],
        "security-classification": [
            ("p", "Information shared at the Matua Fono is classified IN-CONFIDENCE."),
        ],
        "security-controls": [
            ("p", "We hold older people's information the way we would hold their hands – with alofa and care. Controls:"),
            ("ul", [
                "All representatives have completed their organisation's privacy and information security training.",
                password,
                "Only organisation-approved devices are used to share fono information.",
                "On Teams: no personal information in the chat, no recording, no screenshots.",
                "Hard copies are not given to other representatives.",
                "Any hard copies are shredded in the hall at the end of the fono.",
            ]),
        ],
        "tikanga": [
            ("p", "For Pacific elders, family decisions are often made collectively and with church leaders involved; members respect that, but the older person decides who is told. "
                  "Te Ahi Kā Whānau Services advises on tikanga for kaumātua and on Māori data. Information is never shared with a church, minister or family council without the older person's agreement."),
        ],
        "retention-disposal": [
            ("p", "Members keep fono information only where they need it for an agreed action, in their approved systems, deleting email copies once saved. "
                  "Each member applies its own retention and disposal schedule. Lotu Fa'atasi keeps the fono register and minutes for seven years after the older person's file closes, then destroys them securely."),
        ],
        "breach-management": [
            ("p", "Breach contact: Trust Manager (Privacy Officer), Lotu Fa'atasi Community Trust – privacy@lotufaatasi.org.nz – 09 276 1935."),
            ("p", "The member responsible contains the breach and meets its own Privacy Act 2020 obligations, including notifying the Privacy Commissioner of a notifiable breach. Members agree together what to tell the older person, with their safety first."),
        ],
        "conflicts-of-interest": [
            ("p", "A representative who knows the older person or their family – through church, village or family – tells the chair, passes requests to a colleague, and leaves the fono while that person is discussed. The chair records this."),
        ],
        "relationship-management": [
            ("p", "Each member names a relationship manager who supports its representative and links them with privacy and legal advice. Relationship managers meet with the Lotu Fa'atasi Trust Manager to check the fono is working as intended."),
        ],
        "review": review,
        "approval": [
            ("p", "Approved for each organisation by:"),
        ],
    }
    return c


def spec_m5(variant=None):
    content = m5_content(variant)
    dates = M5_DATES_2025 if variant == "overdue" else M5_DATES
    content["approval"] += [("sig",) + s for s in m5_sigs(dates)]
    created, modified = (ts(2025, 5, 12), ts(2025, 7, 1)) if variant == "overdue" else (ts(2025, 10, 20), ts(2025, 12, 4))
    heads = dict(H_SAMOAN)
    heads.update({"meeting-purpose": "Fa'amoemoe – Meeting purpose",
                  "security-controls": "Tauhi vā – Security controls",
                  "approval": "Approval – Fakamo'oni hingoa"})
    return {
        "title": "Matua Fono – Information Sharing Protocol",
        "subtitle": "Safety of older Pacific and Māori people in Māngere and Ōtāhuhu · Lotu Fa'atasi Community Trust",
        "marking": "IN-CONFIDENCE",
        "footer": "Matua Fono ISP",
        "author": "Lotu Fa'atasi Community Trust",
        "created": created, "modified": modified,
        "look": {"default_mode": "hb", "numbered": False,
                 "modes": {"breach-management": "bold"}},
        "front": [],
        "sections": assemble(heads, content),
    }


# ==========================================================================
# M6 – trap: Toe Fo'i Mai reintegration fono (content controls + tracked changes + comment)
# ==========================================================================

M6_AGENCIES = [
    ("Fale Malu Pasifika Trust", "Lead agency – convenes the fono; reintegration navigators."),
    ("Ara Poutama Aotearoa – Department of Corrections", "Release plans, parole and release conditions, probation contact."),
    ("New Zealand Police (Wellington District)", "Safety concerns, victim safety, release conditions monitoring."),
    ("Ministry of Social Development", "Benefit on release, steps to employment, hardship help."),
    ("Kāinga Ora – Homes and Communities", "Housing on release and suitability of the address."),
    ("Health New Zealand – Te Whatu Ora (Capital, Coast and Hutt Valley)", "Addiction and mental health services, GP enrolment."),
    ("Porirua Pacific Churches Network Trust", "Church mentors and community welcome, with the person's agreement."),
    ("Te Whare Āwhina o Porirua", "Kaupapa Māori reintegration support for Māori men and their whānau."),
]

M6_SIGS = [
    ("Fale Malu Pasifika Trust", "Tavita Sapolu", "General Manager", "2026-07-06"),
    ("Ara Poutama Aotearoa – Department of Corrections", "Louise Tamatea", "Regional Commissioner, Central Region", "2026-07-09"),
    ("New Zealand Police (Wellington District)", "Inspector Sione Kata", "Area Commander, Kapi-Mana", "2026-07-13"),
    ("Ministry of Social Development", "Fiona Tuala", "Regional Commissioner, Wellington", "2026-07-15"),
    ("Kāinga Ora – Homes and Communities", "Kerry Anderson", "Regional Manager, Porirua and Kāpiti", "2026-07-20"),
    ("Health New Zealand – Te Whatu Ora (Capital, Coast and Hutt Valley)", "Priya Raman", "General Manager, Mental Health, Addiction and Intellectual Disability Service", "2026-07-22"),
    ("Porirua Pacific Churches Network Trust", "Pastor Ioane Falaniko", "Chair of Trustees", "2026-07-27"),
    ("Te Whare Āwhina o Porirua", "Aperahama Wihongi", "Tumu Whakarae – Chief Executive", "2026-07-29"),
]

CLASS_ITEMS = ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"]
REV_AUTHOR = "Losa Fiu (Fale Malu)"
REV_DATE = "2026-06-30T14:12:00Z"


def _nice_date(iso):
    y, m, d = map(int, iso.split("-"))
    return dt.date(y, m, d).strftime("%-d %B %Y")


def m6_classification(r):
    p = r.doc.add_paragraph()
    p.add_run("Information shared at the fono is classified: ")
    p._p.append(sdt_run_level("dropdown", "SENSITIVE", "Security classification", "classification", items=CLASS_ITEMS))
    return p


def m6_breach(r):
    p = r.doc.add_paragraph()
    rr = p.add_run("Breach contact: ")
    rr.bold = True
    p._p.append(sdt_run_level("text", "Privacy and Quality Lead, Fale Malu Pasifika Trust, privacy@falemalu.org.nz, 04 237 5521",
                              "Breach contact", "breach_contact"))
    return p


def m6_review(r):
    p = r.doc.add_paragraph()
    p._p.append(plain_run("This protocol is reviewed "))
    p._p.append(tracked_run("del", "every three years", REV_AUTHOR, REV_DATE))
    p._p.append(tracked_run("ins", "every 24 months", REV_AUTHOR, REV_DATE))
    p._p.append(plain_run(" from the date of the last signature. "))
    p._p.append(tracked_run("ins", "Fale Malu Pasifika Trust, as lead agency, initiates the review. ", REV_AUTHOR, REV_DATE))
    p._p.append(plain_run("Any member may ask for an earlier review."))
    return p


def m6_method(r):
    p = r.doc.add_paragraph()
    run = p.add_run("Corrections shares release plans by secure email to Fale Malu, which includes only the relevant parts in the fono agenda. "
                    "Representatives share information verbally at the fono, held at Fale Malu or on Teams, and actions are emailed after the fono only to the member that holds them.")
    r.comment_target = run
    return p


def m6_content():
    return {
        "attending-agencies": [
            ("tbl", ["Organisation", "Role at the fono"], [[a, b] for a, b in M6_AGENCIES], {"widths": [6.5, 9.5]}),
            ("p", "Fale Malu Pasifika Trust is the lead attending agency."),
        ],
        "meeting-purpose": [
            ("prov", "E lele le toloa ae ma'au i le vai.", "The toloa flies far but always returns to the water."),
            ("p", "The Toe Fo'i Mai Fono meets fortnightly to plan the return home of Pacific and Māori men being released from prison to Porirua, who have agreed to be referred, "
                  "so that housing, income, health, whānau and church support are in place on the day of release and the safety of victims and the community is protected."),
        ],
        "sharing-purpose": [
            ("ol", [
                "To plan housing, income, health, church and community support for people returning to Porirua from prison who have agreed to be referred.",
                "To manage risks to victims, whānau and the community.",
            ]),
        ],
        "information-shared": [
            ("ul", [
                "Identity details, release date, release address and release or parole conditions.",
                "Housing, income and health needs, limited to what the plan needs.",
                "Victim safety concerns and protection orders (Police and Corrections only share the detail needed to manage risk).",
                "Church, whānau and cultural connections the person wants to build on.",
            ]),
        ],
        "legal-authority": [
            ("p", "This protocol does not itself authorise sharing. Each purpose relies on:"),
            ("tbl", ["Purpose", "Legal authority"], [
                ["1. Plan support", "Privacy Act 2020, IPP 11(1)(d) – the person has authorised the sharing; Health Information Privacy Code 2020, rule 11(1)(b) for health information."],
                ["2. Manage risk", "Privacy Act 2020, IPP 11(1)(e)(i) and IPP 11(1)(f)."],
            ], {"widths": [4.0, 12.0]}),
        ],
        "use-of-information": [
            ("p", "Fono information is used only to carry out the person's release plan or to manage the risks identified. A member keeps it only where it needs it for its agreed action, noting the source, authority, purpose, restrictions and date. Any other use needs its own legal authority."),
        ],
        "transparency": [
            ("p", "Talanoa begins before release: a navigator visits the person in prison, explains the fono and who attends, and records what they agree may be shared. "
                  "Victims are not told the details of the plan, but Police and Corrections tell them what they are entitled to know. Where telling the person about a risk-related share would put a victim at risk, it is not disclosed and the reason is recorded. "
                  "People can see and correct what members hold about them."),
        ],
        "method-of-sharing": [("fn", m6_method)],
        "security-classification": [("fn", m6_classification)],
        "security-controls": [
            ("p", "In the spirit of tauhi vā, members agree:"),
            ("ul", [
                "Representatives have completed privacy and information security training.",
                "Hard copies are shredded at the end of the fono and are never handed to other representatives.",
                "Email attachments with personal information are password protected.",
                "Only organisation-approved devices are used.",
                "On Teams, nobody uses the chat for personal information, records the fono or takes screenshots.",
            ]),
        ],
        "tikanga": [
            ("p", "Te Whare Āwhina o Porirua advises on tikanga and Māori data for Māori men and their whānau; Fale Malu on Pacific practice, including the place of apology and reconciliation (ifoga) which is never arranged through the fono without the victim's wishes being central."),
        ],
        "retention-disposal": [
            ("p", "Members keep fono information only for an agreed action and only as long as it is needed, in approved systems, deleting email copies once saved. Each applies its own retention and disposal schedule. Fale Malu keeps fono minutes for seven years, then destroys them securely."),
        ],
        "breach-management": [
            ("fn", m6_breach),
            ("p", "The member responsible contains the breach and meets its own obligations under the Privacy Act 2020, including notifiable breach reporting. Members agree together what the person, and any victim affected, will be told."),
        ],
        "conflicts-of-interest": [
            ("p", "Representatives declare any family, church or community connection with a person on the agenda to the chair, pass related requests to a colleague and leave while that person is discussed."),
        ],
        "relationship-management": [
            ("p", "Each member names a relationship manager who supports its representative and checks in with Fale Malu's General Manager on how the fono is working."),
        ],
        "review": [("fn", m6_review)],
        "approval": [],
    }


def m6_post(r):
    # a drafting comment left on the method of sharing paragraph
    c = r.doc.add_comment(r.comment_target, text="Corrections have confirmed their probation officers can join on Teams from the Porirua office – can we lock that in?",
                          author="Tavita Sapolu", initials="TS")
    c._comment_elm.set(qn("w:date"), "2026-06-29T09:30:00Z")


def spec_m6():
    content = m6_content()
    for org, name, title, iso in M6_SIGS:
        def date_cell(p, iso=iso):
            p._p.append(sdt_run_level("date", _nice_date(iso), "Date signed", "sign_date", full_date=iso))
        content["approval"].append(("sig", org, name, title, date_cell))
    return {
        "title": "Toe Fo'i Mai Fono",
        "subtitle": "Reintegration fono, Porirua · information sharing protocol · Fale Malu Pasifika Trust (lead)",
        "marking": "SENSITIVE",
        "footer": "Toe Fo'i Mai Fono ISP – final for signature",
        "author": "Fale Malu Pasifika Trust",
        "created": ts(2026, 5, 18), "modified": ts(2026, 7, 30),
        "look": {"default_mode": "h", "section_level": 2, "numbered": True,
                 "modes": {"security-controls": "hb"}},
        "front": [("prov", "O le tele o sulu e maua ai se fagota.", "With many torches, the fish is found.")],
        "sections": assemble(H_SAMOAN, content),
        "post": [m6_post],
    }


# ==========================================================================
# Legacy – Porirua Pacific Family Violence Network agreement (2019)
# ==========================================================================

L1_AGENCIES = [
    ("Fale Malu Pasifika Trust", "Lead agency; convenes and minutes the fono."),
    ("New Zealand Police (Wellington District)", "Family violence investigation and safety."),
    ("Oranga Tamariki – Ministry for Children", "Care and protection of children."),
    ("Capital & Coast District Health Board", "Family violence intervention, maternity and child health."),
    ("Ministry of Social Development", "Income and hardship support."),
    ("Housing New Zealand Corporation", "Tenancy and safe housing."),
    ("Porirua Pacific Churches Network Trust", "Pastoral care and church-based support."),
]

L1_SIGS = [
    ("Fale Malu Pasifika Trust", "Tavita Sapolu", "General Manager", "15 July 2019"),
    ("New Zealand Police (Wellington District)", "Inspector Grant McLeod", "Area Commander, Kapi-Mana", "22 July 2019"),
    ("Oranga Tamariki – Ministry for Children", "Ruth Selwyn", "Site Manager, Porirua", "29 July 2019"),
    ("Capital & Coast District Health Board", "Dr Peter Hollis", "Director, Community Health Services", "2 August 2019"),
    ("Ministry of Social Development", "Sina Aiono", "Regional Commissioner, Wellington", "9 August 2019"),
    ("Housing New Zealand Corporation", "Gareth Lowe", "Area Manager, Porirua", "14 August 2019"),
    ("Porirua Pacific Churches Network Trust", "Rev. Mose Tuiasau", "Chairperson", "21 August 2019"),
]


def l1_content():
    return {
        "attending-agencies": [
            ("p", "The parties to this agreement are:"),
            ("tbl", ["Organisation", "Role at the fono"], [[a, b] for a, b in L1_AGENCIES], {"widths": [6.5, 9.5]}),
        ],
        "meeting-purpose": [
            ("p", "The Porirua Pacific Family Violence Network fono meets fortnightly at Fale Malu to coordinate the response to Pacific families in Porirua affected by family violence."),
        ],
        "sharing-purpose": [
            ("ol", [
                "To assess the risk to victims and children.",
                "To keep children in the family safe.",
                "To prevent serious harm to any person.",
            ]),
        ],
        "information-shared": [
            ("p", "Names, dates of birth, addresses, family violence history, care and protection involvement, relevant health information, tenancy and income details, and church involvement."),
        ],
        "legal-authority": [
            ("tbl", ["Purpose", "Authority"], [
                ["1. Assess risk", "Family Violence Act 2018, ss 20 and 21"],
                ["2. Keep children safe", "Children, Young Persons, and Their Families Act 1989, s 66"],
                ["3. Prevent serious harm", "Privacy Act 1993, principle 11(f); Health Information Privacy Code 1994, rule 11(2)(d)"],
            ], {"widths": [5.0, 11.0]}),
            ("p", "The protocol does not itself authorise sharing; each party must be satisfied the authority applies."),
        ],
        "use-of-information": [
            ("p", "Information is used for the purposes of the fono. Parties may keep copies of fono notes on their own files for future reference, as they may be helpful if the family comes to notice again."),
        ],
        "transparency": [
            ("p", "Families are told about the fono by the referring party, unless this would put someone at risk. People can ask any party for the information it holds about them."),
        ],
        "method-of-sharing": [
            ("p", "The agenda is emailed by Fale Malu; information is shared verbally at the fono. Follow-up is by email."),
        ],
        "security-classification": [
            ("p", "Information shared under this agreement is IN-CONFIDENCE."),
        ],
        "security-controls": [
            ("p", "Fa'aaloalo – respect – for families means:"),
            ("ul", [
                "Staff attending have completed their organisation's privacy training.",
                "Papers are collected and shredded at the end of each fono.",
                "Papers are not handed to other parties.",
                "Email attachments are password protected.",
                "Only work computers and phones are used.",
            ]),
        ],
        "retention-disposal": [
            ("p", "Each party applies its own retention policy. Fale Malu keeps the minutes for seven years."),
        ],
        "breach-management": [
            ("p", "Breaches are reported to the Practice Manager, Fale Malu Pasifika Trust, 04 237 5520, who will inform the parties involved. Each party manages its own obligations."),
        ],
        "conflicts-of-interest": [
            ("p", "Staff who know a family declare it and leave the room while the family is discussed."),
        ],
        "relationship-management": [
            ("p", "Each party nominates a manager as its contact for the network."),
        ],
        "review": [
            ("p", "This agreement will be reviewed every two years by Fale Malu Pasifika Trust as lead agency."),
        ],
        "approval": [("p", "Signed by the parties:")] + [("sig",) + s for s in L1_SIGS],
    }


def spec_l1():
    heads = {
        "attending-agencies": "PARTIES – O ē auai",
        "meeting-purpose": "PURPOSE OF THE FONO – Fa'amoemoe",
        "sharing-purpose": "PURPOSE OF SHARING INFORMATION",
        "information-shared": "INFORMATION TO BE SHARED",
        "legal-authority": "LEGAL AUTHORITY",
        "use-of-information": "USE OF INFORMATION",
        "transparency": "TALANOA – TRANSPARENCY",
        "method-of-sharing": "METHOD OF SHARING",
        "security-classification": "SECURITY CLASSIFICATION",
        "security-controls": "SECURITY CONTROLS – PUIPUIGA",
        "retention-disposal": "RETENTION AND DISPOSAL",
        "breach-management": "PRIVACY BREACHES",
        "conflicts-of-interest": "CONFLICTS OF INTEREST",
        "relationship-management": "RELATIONSHIP MANAGEMENT",
        "review": "REVIEW",
        "approval": "SIGNATURES – SAINI",
    }
    return {
        "title": "Porirua Pacific Family Violence Network",
        "subtitle": "Information Sharing Agreement for the network fono · August 2019",
        "marking": "IN-CONFIDENCE",
        "footer": "PPFVN information sharing agreement 2019",
        "author": "Fale Malu Pasifika Trust",
        "created": ts(2019, 6, 10), "modified": ts(2019, 8, 22),
        "revision": 9,
        "look": {"default_mode": "bold", "numbered": True, "title_style": False, "font": "Arial"},
        "front": [],
        "sections": {k: [heads[k], v] for k, v in l1_content().items()},
    }


# ==========================================================================
# the corpus
# ==========================================================================

def corpus():
    return [
        ("clean-01-aiga-safety-fono-otara.docx", spec_m1()),
        ("clean-02-pasifika-youth-fono-porirua.docx", spec_m2()),
        ("clean-03-aoga-talanoa-attendance-mangere.docx", spec_m3()),
        ("clean-04-health-navigation-fono-porirua.docx", spec_m4()),
        ("clean-05-matua-fono-elder-safety.docx", spec_m5()),
        ("defect-isp101-youth-fono-no-conflicts.docx", spec_m2("no-conflicts")),
        ("defect-isp301-aiga-safety-church-purpose.docx", spec_m1("no-church-authority")),
        ("defect-isp305-aiga-safety-protocol-authorises.docx", spec_m1("claims")),
        ("defect-isp402-youth-fono-unclassified.docx", spec_m2("unclassified")),
        ("defect-isp451-matua-fono-seemail-only.docx", spec_m5("seemail")),
        ("defect-isp501-health-navigation-no-contact.docx", spec_m4("no-breach-contact")),
        ("defect-isp602-aoga-talanoa-three-years.docx", spec_m3("three-years")),
        ("defect-isp603-aiga-safety-no-review-owner.docx", spec_m1("no-review-owner")),
        ("defect-isp604-matua-fono-review-overdue.docx", spec_m5("overdue")),
        ("defect-isp702-health-navigation-title-blank.docx", spec_m4("msd-title-blank")),
        ("defect-isp703-aoga-talanoa-kainga-ora-unsigned.docx", spec_m3("kainga-ora-unsigned")),
        ("legacy-porirua-fv-network-2019.docx", spec_l1()),
        ("trap-reintegration-fono-cc-tracked.docx", spec_m6()),
    ]


def main():
    for name, spec in corpus():
        _SDT_ID[0] = 900100
        _REV_ID[0] = 500
        doc = Renderer(spec).build()
        save_deterministic(doc, OUT / name)
        print("built", name)


if __name__ == "__main__":
    main()
