#!/usr/bin/env python
"""Build the terse-police blind corpus of multi-agency meeting information sharing
protocols (house style: short operational protocols by a Police family harm
coordinator).  Deterministic: fixed core-property dates, fixed zip timestamps,
no randomness.  Run with /work/blind-kit/.venv/bin/python build.py
"""
import datetime as dt
import io
import os
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

def w_el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(w_el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill}))


def run_el(text, bold=False, color=None, deleted=False):
    r = OxmlElement("w:r")
    if bold or color:
        rPr = OxmlElement("w:rPr")
        if bold:
            rPr.append(OxmlElement("w:b"))
        if color:
            rPr.append(w_el("w:color", **{"w:val": color}))
        r.append(rPr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


_SDT_ID = [9000]


def sdt_run(text, kind="text", alias="", tag="", items=None, placeholder=False,
            full_date=None, date_format="d/MM/yy"):
    """Run-level content control (w:sdt) holding `text`."""
    _SDT_ID[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    if alias:
        pr.append(w_el("w:alias", **{"w:val": alias}))
    if tag:
        pr.append(w_el("w:tag", **{"w:val": tag}))
    pr.append(w_el("w:id", **{"w:val": _SDT_ID[0]}))
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if kind == "dropdown":
        dd = OxmlElement("w:dropDownList")
        if not placeholder:
            dd.set(qn("w:lastValue"), text)
        for it in items:
            dd.append(w_el("w:listItem", **{"w:displayText": it, "w:value": it}))
        pr.append(dd)
    elif kind == "date":
        de = OxmlElement("w:date")
        if full_date:
            de.set(qn("w:fullDate"), full_date)
        de.append(w_el("w:dateFormat", **{"w:val": date_format}))
        de.append(w_el("w:lid", **{"w:val": "en-NZ"}))
        de.append(w_el("w:storeMappedDataAs", **{"w:val": "dateTime"}))
        de.append(w_el("w:calendar", **{"w:val": "gregorian"}))
        pr.append(de)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(run_el(text, color="808080" if placeholder else None))
    sdt.append(content)
    return sdt


_REV_ID = [500]


def tracked(kind, text, author, date):
    _REV_ID[0] += 1
    e = w_el("w:" + kind, **{"w:id": _REV_ID[0], "w:author": author, "w:date": date})
    e.append(run_el(text, deleted=(kind == "del")))
    return e


def add_page_field(paragraph):
    fld = w_el("w:fldSimple", **{"w:instr": "PAGE"})
    fld.append(run_el("1"))
    paragraph._p.append(fld)


# --------------------------------------------------------------------------
# document writer in the house style
# --------------------------------------------------------------------------

class Protocol:
    def __init__(self, short, marking, author, when, title):
        self.d = Document()
        d = self.d
        st = d.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(10)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        rfonts.set(qn("w:eastAsia"), "Arial")
        rfonts.set(qn("w:cs"), "Arial")
        st.paragraph_format.space_after = Pt(4)
        st.paragraph_format.space_before = Pt(0)
        for name in ("List Bullet",):
            d.styles[name].font.name = "Arial"
            d.styles[name].font.size = Pt(10)
        sec = d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
        # header / footer
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run(marking)
        r.bold = True
        r.font.size = Pt(9)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(f"{marking}  |  {short}  |  Page ")
        r.font.size = Pt(8)
        add_page_field(fp)
        # core properties
        cp = d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.subject = "Multi-agency meeting information sharing protocol"
        cp.comments = ""
        cp.keywords = "family harm; information sharing; protocol"
        cp.category = ""
        cp.created = when
        cp.modified = when + dt.timedelta(hours=3)
        cp.last_printed = when + dt.timedelta(hours=3)
        cp.revision = 4

    # -- blocks ---------------------------------------------------------
    def title(self, line1, line2=None):
        p = self.d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        r = p.add_run(line1)
        r.bold = True
        r.font.size = Pt(14)
        if line2:
            p2 = self.d.add_paragraph()
            r2 = p2.add_run(line2)
            r2.font.size = Pt(11)
            p2.paragraph_format.space_after = Pt(8)
        return p

    def h(self, text):
        """Standalone heading: bold capitals in a Normal paragraph."""
        p = self.d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        return p

    def ri(self, head, text=""):
        """Run-in heading: bold 'HEAD:' and plain text in the same paragraph."""
        p = self.d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        r = p.add_run(head + ":")
        r.bold = True
        if text:
            p.add_run(" " + text)
        return p

    def p(self, text):
        return self.d.add_paragraph(text)

    def lines(self, items):
        for it in items:
            q = self.d.add_paragraph(it)
            q.paragraph_format.left_indent = Cm(0.6)
            q.paragraph_format.space_after = Pt(2)

    def bullets(self, items):
        for it in items:
            q = self.d.add_paragraph(it, style="List Bullet")
            q.paragraph_format.space_after = Pt(1)

    def _fill(self, cell, value, bold=False):
        vals = value if isinstance(value, (list, tuple)) else [value]
        first = True
        for v in vals:
            para = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            para.paragraph_format.space_after = Pt(1)
            r = para.add_run(v)
            r.bold = bold

    def grid(self, head, rows, widths):
        t = self.d.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        for i, hd in enumerate(head):
            c = t.rows[0].cells[i]
            self._fill(c, hd, bold=True)
            shade(c)
            c.width = Cm(widths[i])
        # repeat header row
        trPr = t.rows[0]._tr.get_or_add_trPr()
        trPr.append(w_el("w:tblHeader", **{"w:val": "true"}))
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                self._fill(cells[i], v)
                cells[i].width = Cm(widths[i])
        self.d.add_paragraph().paragraph_format.space_after = Pt(0)
        return t

    def kv(self, rows, head=("Item", "Detail"), widths=(4.2, 12.8)):
        return self.grid(head, rows, widths)

    def sign(self, rows):
        return self.grid(("Agency", "Rep", "Position", "Signed", "Date"), rows,
                         (3.4, 3.4, 5.6, 2.0, 2.6))

    def page_break(self):
        p = self.d.add_paragraph()
        r = p.add_run()
        r._r.append(w_el("w:br", **{"w:type": "page"}))

    def save(self, name):
        buf = io.BytesIO()
        self.d.save(buf)
        zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        path = os.path.join(OUT, name)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                zi = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zout.writestr(zi, zin.read(item.filename))
        return path


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc)


SIX_CONTROLS_NOTE = "Each agency also applies its own security policy."

# --------------------------------------------------------------------------
# Base 1: daily FH safety table (run-in heavy)
# --------------------------------------------------------------------------

def fh_table(v, defect=None):
    doc = Protocol(v["abbr"] + " ISP", "IN-CONFIDENCE", "FH Coordinator, NZP " + v["area"],
                   when(v["created"]), v["name"] + " – Information Sharing Protocol")
    doc.title(v["name"].upper(), "Multi-agency meeting – information sharing protocol")
    doc.kv([
        ("Protocol", f"{v['name']} ({v['abbr']}), {v['area']}"),
        ("Version", v["version"]),
        ("Classification", "IN-CONFIDENCE"),
        ("Lead agency", f"NZP – {v['area']} Area FH team"),
        ("Effective", v["signed"]),
        ("Review", "12 mthly, NZP initiates"),
        ("Owner", f"FH Coordinator, NZP {v['area']}"),
    ])
    doc.h("ABBREVIATIONS")
    doc.kv([
        ("FH", "family harm"),
        ("FSS", "Family Safety System (shared case system used by the table)"),
        ("NZP", "New Zealand Police"),
        ("OT", "Oranga Tamariki – Ministry for Children"),
        ("HNZ", "Health New Zealand | Te Whatu Ora"),
        ("Corrections", "Ara Poutama Aotearoa – Department of Corrections"),
        ("WR", f"Women’s Refuge – {v['wr']}"),
        ("SVS", f"stopping violence services – {v['svs']}"),
        ("FVA", "Family Violence Act 2018"),
        ("OTA", "Oranga Tamariki Act 1989"),
        ("OPC", "Office of the Privacy Commissioner"),
        ("MH&A", "mental health and addiction"),
        ("RM / COI", "relationship manager / conflict of interest"),
    ], head=("Abbrev", "Meaning"), widths=(3.0, 14.0))

    doc.ri("ATTENDING AGENCIES",
           f"NZP (lead agency), OT, HNZ, Corrections, WR, SVS ({v['svs']}), {v['iwi']}. "
           "Reps are named on the FSS member list.")
    doc.ri("PURPOSE",
           f"The {v['abbr']} meets daily (Mon–Fri, {v['time']}) to triage FH episodes reported to NZP "
           "in the previous 24 hrs (72 hrs after a weekend) and agree a coordinated safety response "
           "for each whānau.")

    doc.h("SHARING PURPOSES")
    doc.lines([
        "1. To assess risk and need for victims, children and whānau after a FH episode.",
        "2. To agree, allocate and monitor a safety plan for the whānau.",
        "3. To identify children and young people at risk of harm and agree a response with OT.",
    ])

    doc.h("INFO SHARED")
    doc.kv([
        ("NZP", "Episode summary, FH history (last 2 yrs), protection orders, bail conditions, firearms status."),
        ("OT", "Current or previous involvement, open plans, allocated social worker."),
        ("HNZ", "Health or mental health flags relevant to risk; engagement with services. Minimum needed, no clinical notes."),
        ("Corrections", "Sentence/order status, conditions, probation officer."),
        ("WR", "Engagement and safety planning under way (victim’s views sought where safe)."),
        ("SVS", "Programme engagement of the person using violence."),
        (v["iwi"], "Whānau Ora navigator involvement and supports in place."),
    ], head=("Agency", "Info"))
    doc.p("Share only what is relevant to the episode in front of the table.")

    doc.h("LEGAL AUTHORITY")
    doc.kv([
        ("1 – Risk and need", "FVA 2018, s 20"),
        ("2 – Safety plan", "FVA 2018, s 20"),
        ("3 – Children at risk", "OTA 1989, s 66C; FVA 2018, s 20"),
    ], head=("Purpose", "Authority"), widths=(5.0, 12.0))
    doc.p("This protocol does not authorise any sharing by itself. Reps check the criteria of the "
          "authority relied on before they share.")

    doc.ri("USE",
           "Info is used only for the purposes above. It is not put into an agency’s own systems unless "
           "needed to carry out an action agreed at the table. Any other use needs its own purpose and "
           "authority check with the agency privacy team.")
    if defect != "no-transparency":
        doc.ri("TRANSPARENCY",
               f"Victims are told by NZP or WR at first contact that FH info goes to the {v['abbr']}. "
               "The person using violence is told by NZP unless that would increase risk to the victim. "
               "NZP and OT privacy statements describe FH safety tables.")
    doc.ri("METHOD",
           "Episode list loaded to FSS by 0800. Discussion is verbal, in person or on Teams. Actions and "
           "outcomes recorded in FSS only; follow-up between agencies by SEEMail.")
    doc.ri("CLASSIFICATION", "IN-CONFIDENCE. FSS entries, agendas and emails are marked IN-CONFIDENCE.")

    doc.h("SECURITY CONTROLS")
    doc.kv([
        ("Training", "All reps have completed their agency’s privacy and information security training, and FSS training, before attending."),
        ("Hard copies", "Avoided. Any printout is shredded at the end of the meeting."),
        ("Distribution", "Hard copies are never handed to other reps."),
        ("Email", "Attachments with personal info are password protected; password sent separately."),
        ("Devices", "Info shared only from agency-approved devices."),
        ("Teams", "No chat, no recording, no screenshots."),
        ("FSS access", "Own login only; credentials never shared."),
    ], head=("Control", "Detail"))

    doc.ri("TIKANGA",
           f"Most whānau discussed are Māori. The {v['iwi']} rep advises the table on tikanga. Kōrero about "
           "whānau is held with respect for their mana; whakapapa detail is shared only where needed for safety.")
    if defect == "just-in-case":
        ret = ("FSS records are kept and disposed of under each agency’s disposal authority. Emails holding "
               "personal info are deleted once actions are stored. Agencies may also keep their own notes of "
               "table discussion for future reference in later work with the whānau.")
    else:
        ret = ("FSS records are kept and disposed of under each agency’s disposal authority. Emails holding "
               "personal info are deleted once actions are stored. An agency keeps table info only where it "
               "needs it to carry out an agreed action.")
    doc.ri("RETENTION", ret)

    doc.h("BREACH")
    if defect == "no-breach-contact":
        contact = f"FH Coordinator – contact details on the FSS member list"
    else:
        contact = f"FH Coordinator, NZP {v['area']} – {v['email']}, {v['phone']}"
    doc.kv([
        ("Breach contact", contact),
        ("Response", "Contain it and tell the breach contact the same day. Agencies agree together what to tell "
                     "affected whānau. Each agency follows its own breach process and notifies OPC if the "
                     "breach is notifiable (0800 803 909)."),
    ])

    doc.ri("COI",
           "A rep who knows a whānau being discussed tells the chair, leaves the room for that case and "
           "passes any info request to a colleague.")
    doc.ri("OVERSIGHT",
           "Each agency names an RM. RMs check with their rep that the protocol is working, pick up scope "
           "creep or info quality issues, and link to privacy/legal teams. NZP RM: Area Prevention Manager.")
    doc.ri("REVIEW",
           f"12 mthly from {v['signed']}, NZP initiates. Any agency may ask for an earlier review. "
           f"Next review {v['next']}.")

    doc.page_break()
    doc.h("SIGN-OFF")
    doc.p("Signed for each agency by a senior manager after advice from its privacy team.")
    s, pp = v["signed"], v["people"]
    doc.sign([
        ("NZP", pp[0][0], pp[0][1], "(signed)", s),
        ("OT", pp[1][0], pp[1][1], "(signed)", s),
        ("HNZ", pp[2][0], pp[2][1], "(signed)", s),
        ("Corrections", pp[3][0], pp[3][1], "(signed)", s),
        ("WR", pp[4][0], pp[4][1], "(signed)", s),
        (f"SVS – {v['svs']}", pp[5][0], pp[5][1], "(signed)", s),
        (v["iwi"], pp[6][0], pp[6][1], "(signed)", s),
    ])
    return doc


# --------------------------------------------------------------------------
# Base 2: rangatahi (youth offending) panel – numbered bold caps headings
# --------------------------------------------------------------------------

def youth_panel(v, defect=None):
    doc = Protocol(v["short"] + " ISP", "IN-CONFIDENCE", "FH Coordinator, NZP " + v["area"],
                   when(v["created"]), v["name"] + " – Information Sharing Protocol")
    doc.title(v["name"].upper(), "Information sharing protocol – multi-agency panel")
    doc.kv([
        ("Protocol", v["name"]),
        ("Lead agency", f"NZP Youth Services, {v['area']}"),
        ("Classification", "IN-CONFIDENCE"),
        ("Version", v["version"]),
        ("Signed", v["signed"]),
        ("Next review", v["next"]),
    ])
    doc.p("Abbreviations: NZP = New Zealand Police; OT = Oranga Tamariki; YJ = youth justice; "
          "MoE = Ministry of Education; HNZ = Health New Zealand | Te Whatu Ora; AOD = alcohol and other drugs; "
          "ICAMHS = infant, child and adolescent mental health service; FGC = family group conference; "
          "MH&A = mental health and addiction; RM = relationship manager.")

    doc.h("1. AGENCIES")
    doc.grid(("Agency", "Attends as"), [
        ("NZ Police (NZP) – lead agency", "Youth Aid Sergeant (chair), Youth Aid officers"),
        ("Oranga Tamariki (OT) – YJ", "YJ supervisor or coordinator"),
        ("Ministry of Education (MoE)", "Learning support / attendance adviser"),
        ("Health NZ (HNZ)", "Youth AOD or ICAMHS clinician"),
        (v["ngo"], "Kaiārahi rangatahi"),
    ], (7.0, 10.0))

    doc.h("2. MEETING PURPOSE")
    doc.p(f"Fortnightly panel to agree early, non-court responses for rangatahi (14–17) apprehended in "
          f"{v['area']}, and to plan support for rangatahi with repeat offending.")

    doc.h("3. SHARING PURPOSES")
    purposes = [
        "P1 – To assess the risks and needs of each rangatahi referred.",
        "P2 – To agree, resource and monitor an alternative action plan.",
        "P3 – To prevent further offending and protect victims.",
    ]
    if defect == "purpose-no-authority":
        purposes.append("P4 – To confirm school enrolment and attendance with MoE for each rangatahi "
                        "on the list, including those not yet referred.")
    doc.lines(purposes)

    doc.h("4. INFO SHARED")
    doc.grid(("Agency", "Info"), [
        ("NZP", "Apprehension details, prior youth offending, victim views, bail."),
        ("OT", "YJ and care and protection history, FGC plans, allocated social worker."),
        ("MoE", "Enrolment, attendance, learning support in place."),
        ("HNZ", "Engagement with AOD or mental health services – minimum needed, no clinical notes."),
        (v["ngo"], "Engagement with rangatahi and whānau, supports offered."),
    ], (4.5, 12.5))

    doc.h("5. LEGAL AUTHORITY")
    doc.grid(("Purpose", "Authority"), [
        ("P1", "Oranga Tamariki Act 1989, s 66C"),
        ("P2", "Oranga Tamariki Act 1989, s 66C"),
        ("P3", "Privacy Act 2020, s 22, IPP 11(1)(e)(i); Oranga Tamariki Act 1989, s 66C"),
    ], (3.0, 14.0))
    doc.p("The protocol records these authorities; it does not create any authority to share.")

    doc.h("6. USE")
    doc.p("Use only for the purposes above. Agencies record only the agreed plan and their own actions "
          "in their systems.")

    doc.h("7. TRANSPARENCY")
    doc.p("Youth Aid tells rangatahi and whānau at first contact that the panel will discuss them and why, "
          "unless that would prejudice an investigation. The NZP Youth Services privacy statement covers the panel.")

    doc.h("8. METHOD OF SHARING")
    doc.p("Youth Aid sends the referral list by SEEMail 2 working days before. Discussion is verbal at the panel "
          f"({v['venue']}, or Teams). NZP records the plan and sends it to OT and {v['ngo']} as needed.")

    doc.h("9. CLASSIFICATION")
    doc.p("IN-CONFIDENCE.")

    doc.h("10. SECURITY CONTROLS")
    doc.bullets([
        "All reps have done privacy and information security training.",
        "Hard copies of the list are shredded at the end of the panel.",
        "No hard copies handed to other reps.",
        "Email attachments are password protected.",
        "Agency-approved devices only.",
        "On Teams: no chat, no recording, no screenshots.",
    ])

    doc.h("11. TIKANGA")
    doc.p(f"Most rangatahi referred are Māori. {v['ngo']} advises the panel on tikanga, including whānau "
          "presence at hui and use of te reo. Whakapapa information is not recorded.")

    doc.h("12. RETENTION AND DISPOSAL")
    doc.p("Referral lists are deleted after the panel. Plans are kept in agency systems under each agency’s "
          "disposal schedule.")

    doc.h("13. BREACHES")
    doc.kv([
        ("Breach contact", f"Youth Aid Sergeant, NZP {v['area']} – {v['email']}, {v['phone']}"),
        ("Process", "Tell the breach contact and own privacy officer within 24 hrs. Agencies agree what "
                    "rangatahi and whānau are told."),
    ])

    doc.h("14. CONFLICTS OF INTEREST")
    doc.p("Declare at the start of each panel. The rep sits out that rangatahi and a colleague answers any "
          "info request.")

    doc.h("15. RELATIONSHIP MANAGEMENT")
    doc.p("Each agency nominates an RM. RMs meet the chair 6 mthly to check the protocol is working.")

    doc.h("16. REVIEW")
    doc.kv([
        ("Review", v.get("review", "24 mthly")),
        ("Initiated by", "NZP Youth Services"),
        ("Next review", v["next"]),
        ("Earlier review", "Any agency may request one."),
    ])

    doc.page_break()
    doc.h("17. SIGN-OFF")
    s, pp = v["signed"], v["people"]
    doc.sign([
        ("NZP", pp[0][0], pp[0][1], "(signed)", s),
        ("OT", pp[1][0], pp[1][1], "(signed)", s),
        ("MoE", pp[2][0], pp[2][1], "(signed)", s),
        ("HNZ", pp[3][0], pp[3][1], "(signed)", s),
        (v["ngo"], pp[4][0], pp[4][1], "(signed)", s),
    ])
    return doc


# --------------------------------------------------------------------------
# Base 3: school attendance hui – one big Item | Detail form table
# --------------------------------------------------------------------------

def attendance(v, defect=None):
    cls = "UNCLASSIFIED" if defect == "unclassified" else "IN-CONFIDENCE"
    doc = Protocol(v["short"] + " ISP", cls, "FH Coordinator, NZP " + v["area"],
                   when(v["created"]), v["name"] + " – Information Sharing Protocol")
    doc.title(v["name"].upper(), "Information sharing protocol")
    doc.ri("PROTOCOL",
           f"Agreed by the agencies below for the monthly {v['name']}. Records what is shared, why, and "
           "under which law. Abbreviations: MoE = Ministry of Education; NZP = New Zealand Police; "
           "OT = Oranga Tamariki; MSD = Ministry of Social Development; HNZ = Health New Zealand | Te Whatu Ora; "
           "FH = family harm; OPC = Office of the Privacy Commissioner.")
    if defect == "unclassified":
        cls_text = ["UNCLASSIFIED – list uses ākonga initials and school only."]
    else:
        cls_text = ["IN-CONFIDENCE"]
    doc.kv([
        ("Attending agencies", ["Ministry of Education (MoE) – lead agency", "NZ Police (NZP)",
                                "Oranga Tamariki (OT)", "Ministry of Social Development (MSD)",
                                "Health NZ (HNZ) – public health nursing",
                                f"{v['svc']} (attendance service)"]),
        ("Meeting purpose", "Monthly hui to get chronically absent ākonga (attending under 70% of the term) "
                            "back to school, and agree who does what."),
        ("Sharing purposes", ["1. To identify barriers to attendance for each ākonga.",
                              "2. To identify and respond to wellbeing or safety concerns affecting attendance.",
                              "3. To agree and track a re-engagement plan."]),
        ("Information shared", "Attendance data (via attendance service); attendance service case summary; OT "
                               "involvement (yes/no, social worker); MSD support for the whānau (consent only); "
                               "NZP FH or youth contacts relevant to attendance; HNZ school-based health engagement."),
        ("Legal authority", ["Purpose 1: Privacy Act 2020, IPP 11(1)(a); IPP 11(1)(d) for MSD info (consent).",
                             "Purpose 2: Oranga Tamariki Act 1989, s 66C.",
                             "Purpose 3: Privacy Act 2020, IPP 11(1)(a); Oranga Tamariki Act 1989, s 66C.",
                             "This protocol does not itself authorise sharing."]),
        ("Use of information", "Only for purposes 1–3. The attendance service records the plan; other agencies "
                               "record only their own actions."),
        ("Transparency", "The attendance service tells whānau at referral that the hui will discuss their ākonga "
                         "and which agencies attend. MoE attendance privacy notice covers the hui."),
        ("Method of sharing", f"MoE sends the hui list by SEEMail 3 working days before. Discussion is verbal, "
                              f"in person at MoE {v['town']} or on Teams."),
        ("Security classification", cls_text),
        ("Security controls", ["Privacy and info security training done by all reps.",
                               "Printouts shredded at the end of the hui.",
                               "No printouts passed to other reps.",
                               "Attachments with personal info password protected.",
                               "Agency-approved devices only.",
                               "Teams: no chat, no recording, no screenshots."]),
        ("Tikanga", f"Hui opens and closes with karakia. {v['svc']} and whānau advise on tikanga; kōrero about "
                    "ākonga and whānau is treated as taonga and not repeated outside the hui."),
        ("Retention and disposal", "MoE keeps the hui list and action log for the school year, then disposes of "
                                   "them under its disposal authority. Other agencies keep only what they need "
                                   "for an agreed action; emails deleted once actioned."),
        ("Breach management", "Contain, tell the breach contact the same day, agree with MoE what whānau are "
                              "told, notify OPC if notifiable."),
        ("Breach contact", f"Attendance Lead, MoE {v['region']} – {v['email']}, {v['phone']}"),
        ("Conflicts of interest", "Declare to the chair; leave the hui for that ākonga."),
        ("Relationship management", "Each agency names a relationship manager. MoE Senior Adviser is overall "
                                    "relationship manager and raises issues with the group."),
        ("Review", f"12 mthly, MoE initiates. Next review {v['next']}."),
    ], widths=(4.6, 12.4))

    doc.h("SCHEDULE 1 – HUI ACTION LOG")
    doc.p("Where an agency keeps hui info for an agreed action, its record shows:")
    doc.kv([
        ("Source", "Agency the info came from"),
        ("Authority", "Legal authority it was shared under (see Legal authority row)"),
        ("Purpose", "Purpose 1, 2 or 3"),
        ("Limits", "Any restriction on use the source agency stated"),
        ("Date shared", "Date of the hui"),
    ], head=("Field", "Detail"))

    doc.page_break()
    doc.h("SIGN-OFF")
    doc.p("Signed by each agency’s delegated manager after privacy/legal advice.")
    s, pp = v["signed"], v["people"]
    svc_role = "" if defect == "no-role" else pp[5][1]
    doc.sign([
        ("MoE", pp[0][0], pp[0][1], "(signed)", s),
        ("NZP", pp[1][0], pp[1][1], "(signed)", s),
        ("OT", pp[2][0], pp[2][1], "(signed)", s),
        ("MSD", pp[3][0], pp[3][1], "(signed)", s),
        ("HNZ", pp[4][0], pp[4][1], "(signed)", s),
        (v["svc"], pp[5][0], svc_role, "(signed)", s),
    ])
    return doc


# --------------------------------------------------------------------------
# Base 4: elder abuse response hui – standalone headings, classification drop-down
# --------------------------------------------------------------------------

def elder(v, defect=None):
    doc = Protocol(v["short"] + " ISP", "IN-CONFIDENCE", "FH Coordinator, NZP " + v["area"],
                   when(v["created"]), v["name"] + " – Information Sharing Protocol")
    doc.title(v["name"].upper(), "Multi-agency meeting information sharing protocol")
    doc.p(f"Abbreviations: {v['lead_abbr']} = {v['lead']}; EARS = Elder Abuse Response Service; "
          "NZP = New Zealand Police; HNZ = Health New Zealand | Te Whatu Ora; NASC = needs assessment and "
          "service coordination; MSD = Ministry of Social Development; FVA = Family Violence Act 2018; "
          "HIPC = Health Information Privacy Code 2020; OPC = Office of the Privacy Commissioner.")

    doc.h("AGENCIES AT THE HUI")
    doc.p(f"{v['lead_abbr']} (lead agency, EARS provider); NZP; HNZ – Older Persons’ Health and NASC; MSD; "
          f"{v['iwi']}.")

    doc.ri("PURPOSE",
           "Monthly hui to agree a coordinated response for older people (65+, or 55+ for Māori and Pasifika) "
           "referred for suspected elder abuse or neglect.")

    doc.h("SHARING PURPOSES")
    doc.lines([
        "(a) To assess the risk of abuse or neglect to the older person.",
        "(b) To agree and monitor a safety and support plan.",
        "(c) To prevent or lessen a serious threat to the older person’s life or health where the person "
        "causing harm is not whānau or in a family relationship.",
    ])

    doc.h("INFORMATION SHARED")
    doc.p(f"Referral summary; NZP FH and related callouts; HNZ assessment of needs and capacity concerns "
          f"(minimum needed); MSD financial support and any agent arrangements; {v['iwi']} kaumātua "
          "service involvement.")

    doc.h("LEGAL AUTHORITY")
    doc.grid(("Purpose", "Authority"), [
        ("(a)", "FVA 2018, s 20; HIPC 2020, rule 11 for health information"),
        ("(b)", "FVA 2018, s 20"),
        ("(c)", "Privacy Act 2020, IPP 11(1)(f); HIPC 2020, rule 11(2)(d)"),
    ], (3.0, 14.0))
    if defect == "claims-authority":
        doc.p("On signing, this protocol authorises member agencies to share referral information with each "
              "other at the hui. Reps still apply the criteria above.")
    else:
        doc.p("Reps check the criteria of the authority before sharing. The protocol is not itself an "
              "authority to share.")

    doc.ri("USE",
           "Only for purposes (a)–(c). Agencies record in their own systems only what they need for the action "
           "they agreed to take.")
    doc.ri("TRANSPARENCY",
           f"{v['lead_abbr']} tells the older person (and any attorney under an enduring power of attorney) at referral that the hui "
           "will discuss them, unless that would put them at greater risk. Reasons for not telling are recorded.")

    doc.h("METHOD")
    doc.p(f"{v['lead_abbr']} circulates the agenda by SEEMail. Discussion is verbal at {v['venue']} or on "
          f"Teams. Actions recorded by {v['lead_abbr']} in its client system.")

    doc.h("SECURITY CLASSIFICATION")
    p = doc.p("Classification: ")
    p._p.append(sdt_run("IN-CONFIDENCE", kind="dropdown", alias="Classification", tag="classification",
                        items=["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"]))

    doc.h("SECURITY CONTROLS")
    controls = [
        "Reps have completed privacy and information security training.",
        "Hard copies securely destroyed at the end of the hui.",
        "Hard copies not given to other reps.",
        "Attachments containing personal info are password protected.",
        "Info shared from agency-approved devices only.",
        "Teams hui: no chat, no recording, no screenshots.",
    ]
    if defect == "no-virtual":
        controls.pop(5)
        controls.append("Reps join from a private space where they cannot be overheard.")
    doc.bullets(controls)

    doc.ri("TIKANGA",
           f"{v['iwi']} advises on tikanga for kaumātua, including whānau hui before any plan is put in place "
           "and respect for the role of kaumātua in the whānau.")
    doc.ri("RETENTION",
           f"{v['lead_abbr']} keeps the hui action log for 7 yrs under its records policy, then destroys it. "
           "Other agencies keep only what they need for their agreed action, in their own approved system.")

    doc.h("BREACH")
    doc.kv([
        ("Breach contact", f"EARS Team Leader, {v['lead']} – {v['email']}, {v['phone']}"),
        ("Then", "Agencies work together on the response and on what the older person and whānau are told. "
                 "Notifiable breaches go to OPC through the agency that holds the info."),
    ])

    doc.ri("COI", "Declare to the chair at the start of the hui; the rep leaves for that referral.")
    doc.ri("OVERSIGHT", "Each agency has a relationship manager who checks the protocol is working and raises "
                        f"issues with the {v['lead_abbr']} EARS manager.")
    doc.ri("REVIEW", f"{v['review']} from signing, {v['lead_abbr']} initiates. Next review {v['next']}.")

    doc.page_break()
    doc.h("SIGN-OFF")
    s, pp = v["signed"], v["people"]
    doc.sign([
        (v["lead_abbr"], pp[0][0], pp[0][1], "(signed)", s),
        ("NZP", pp[1][0], pp[1][1], "(signed)", s),
        ("HNZ", pp[2][0], pp[2][1], "(signed)", s),
        ("MSD", pp[3][0], pp[3][1], "(signed)", s),
        (v["iwi"], pp[4][0], pp[4][1], "(signed)", s),
    ])
    return doc


# --------------------------------------------------------------------------
# Base 5: reintegration hui – Corrections lead, run-in and two-column tables
# --------------------------------------------------------------------------

def reint(v, defect=None):
    doc = Protocol(v["short"] + " ISP", "SENSITIVE", "FH Coordinator, NZP " + v["area"],
                   when(v["created"]), v["name"] + " – Information Sharing Protocol")
    doc.title(v["name"].upper(), "Information sharing protocol")
    doc.kv([
        ("Meeting", v["name"]),
        ("Lead agency", f"Corrections – {v['town']} Community Corrections"),
        ("Classification", "SENSITIVE"),
        ("Effective", v["signed"]),
        ("Review", v["review_row"]),
    ])

    doc.h("ATTENDING AGENCIES")
    doc.grid(("Agency", "Rep"), [
        ("Ara Poutama Aotearoa – Department of Corrections (Corrections), lead agency", "Reintegration case manager (chair)"),
        ("NZ Police (NZP)", "FH / Prevention officer"),
        ("Kāinga Ora", "Tenancy manager"),
        ("Ministry of Social Development (MSD)", "Work broker / case manager"),
        ("Health NZ (HNZ) – Mental Health & Addictions", "Forensic liaison nurse"),
        (f"{v['svs']} (SVS)", "Programme lead"),
        (v["iwi"], "Kaiārahi"),
    ], (10.0, 7.0))
    doc.p("FH = family harm; SVS = stopping violence services; MH&A = mental health and addiction; FVA = Family Violence Act 2018; "
          "HIPC = Health Information Privacy Code 2020; PA = Privacy Act 2020.")

    doc.ri("PURPOSE",
           f"Fortnightly hui to plan housing, income, health and safety supports for people released to "
           f"{v['town']} from prison in the next 8 weeks, and to manage risk to victims.")

    doc.h("PURPOSES OF SHARING")
    doc.lines([
        "1. To plan housing, income and health support for the person being released (with their consent).",
        "2. To manage risk to victims and the community, including FH risk.",
        "3. To coordinate SVS programme referral and attendance.",
    ])

    doc.h("INFO SHARED")
    doc.kv([
        ("Corrections", "Release date and conditions, address proposal, risk summary, programmes completed."),
        ("NZP", "Current FH risk, protection orders, victim safety concerns (no victim address)."),
        ("Kāinga Ora", "Housing availability and tenancy history, with consent."),
        ("MSD", "Benefit status and entitlements, with consent."),
        ("HNZ", "Engagement with MH&A services, relevant to purpose 1 or 2 only."),
        ("SVS / " + v["iwi"], "Programme places, attendance, supports in place."),
    ], head=("Agency", "Info"))

    doc.h("LEGAL AUTHORITY")
    doc.kv([
        ("Purpose 1", "PA 2020, IPP 11(1)(d) – person’s signed consent; HIPC 2020, rule 11 (authorised by the person) for health info."),
        ("Purpose 2", "PA 2020, IPP 11(1)(e)(i) and IPP 11(1)(f); FVA 2018, s 20."),
        ("Purpose 3", "FVA 2018, s 20."),
    ], head=("Purpose", "Authority"), widths=(3.0, 14.0))
    doc.p("If consent is withdrawn, purpose 1 sharing stops. This protocol does not itself authorise sharing.")

    doc.ri("USE",
           "Only for the purpose the info was shared for. Info is not kept ‘just in case’: agencies record "
           "only their agreed actions in their own systems.")
    doc.ri("TRANSPARENCY",
           "The case manager explains the hui and the consent form to the person before release. Victims "
           "registered for notification are told about release as the law requires; their details are never "
           "shared with the person.")
    doc.ri("METHOD",
           "Corrections sends the release list by SEEMail a week before. Discussion verbal at the Corrections "
           f"{v['town']} site or on Teams; actions recorded in the Corrections case system.")
    doc.ri("CLASSIFICATION", "SENSITIVE – all papers and emails marked SENSITIVE.")

    doc.h("SECURITY CONTROLS")
    doc.kv([
        ("Training", "Reps have completed privacy and information security training."),
        ("Printouts", "Shredded at the end of each hui; never handed to other reps."),
        ("Email", "Attachments password protected; SEEMail between government agencies."),
        ("Devices", "Agency-approved devices only."),
        ("Teams", "No chat, recording or screenshots."),
    ], head=("Control", "Detail"))

    doc.ri("TIKANGA",
           f"{v['iwi']} advises on tikanga, including whānau and hapū involvement in planning a return home, "
           "and how info about whānau is spoken about at the hui.")
    doc.ri("RETENTION",
           "Release lists deleted after the hui. Each agency holds what it needs for its agreed actions under "
           "its own disposal authority.")
    doc.ri("BREACH",
           f"Breach contact is the Reintegration Manager, Corrections {v['town']} – {v['email']}, {v['phone']}. "
           "Agencies work together on the response and what affected people are told.")
    doc.ri("COI", "Declare to the chair; step out for that person; a colleague responds to info requests.")
    doc.ri("OVERSIGHT", "Relationship manager per agency; Corrections Service Manager oversees and reports "
                        "issues to the group.")
    doc.ri("REVIEW", v["review_text"])

    doc.page_break()
    doc.h("SIGN-OFF")
    s, pp = v["signed"], v["people"]
    rows = [
        ("Corrections", pp[0][0], pp[0][1], "(signed)", s),
        ("NZP", pp[1][0], pp[1][1], "(signed)", s),
        ("Kāinga Ora", pp[2][0], pp[2][1], "(signed)", s),
        ("MSD", pp[3][0], pp[3][1], "(signed)", s),
        ("HNZ", pp[4][0], pp[4][1], "(signed)", s),
        (v["svs"], pp[5][0], pp[5][1], "(signed)", s),
        (v["iwi"], pp[6][0], pp[6][1], "(signed)", s),
    ]
    if defect == "unsigned-kainga-ora":
        rows.pop(2)
    doc.sign(rows)
    return doc


# --------------------------------------------------------------------------
# Legacy: 2019 FVIARS protocol
# --------------------------------------------------------------------------

def legacy_fviars():
    doc = Protocol("FVIARS Hastings ISP", "IN-CONFIDENCE", "FH Coordinator, NZP Hastings",
                   when("2019-06-10 21:30"), "FVIARS Hastings – Information Sharing Protocol")
    doc.title("FAMILY VIOLENCE INTERAGENCY RESPONSE (FVIARS) – HASTINGS",
              "Information sharing protocol, v1.0")
    doc.kv([
        ("Meeting", "FVIARS weekly meeting, Hastings"),
        ("Lead agency", "NZP Hastings (FV Coordinator)"),
        ("Classification", "IN-CONFIDENCE"),
        ("Signed", "12/6/19"),
        ("Review", "3 yearly, NZP initiates"),
    ])
    doc.ri("AGENCIES",
           "NZP (lead agency); Oranga Tamariki (OT, formerly CYF); Hastings Women’s Refuge (WR); "
           "Hawke’s Bay DHB (HBDHB); Te Ara Hou SVS (stopping violence services).")
    doc.ri("PURPOSE",
           "Weekly meeting to review family violence (FV) episodes attended by NZP in the Hastings area and agree an "
           "interagency response for each.")
    doc.h("SHARING PURPOSES")
    doc.lines([
        "1. To assess risk to victims of FV.",
        "2. To agree a safety plan and who will contact the victim.",
        "3. To identify and refer children at risk.",
    ])
    doc.ri("INFO SHARED",
           "NZP POL 400 summaries, FV history, POs; OT history; WR contact; HBDHB flags relevant to risk; "
           "SVS programme attendance.")
    doc.h("LEGAL AUTHORITY")
    doc.kv([
        ("1", "Privacy Act 1993, principle 11(f)"),
        ("2", "Domestic Violence Act 1995"),
        ("3", "Children, Young Persons, and Their Families Act 1989, s 15"),
    ], head=("Purpose", "Authority"), widths=(3.0, 14.0))
    doc.p("The protocol does not itself authorise sharing.")
    doc.ri("USE", "Only for the purposes above. Agencies record their own actions only.")
    doc.ri("TRANSPARENCY", "Victims told by NZP or WR that FV info is discussed with partner agencies.")
    doc.ri("METHOD", "NZP brings the list to the meeting. Discussion verbal. Actions emailed after.")
    doc.ri("CLASSIFICATION", "IN-CONFIDENCE.")
    doc.h("SECURITY")
    doc.bullets([
        "All reps have done their agency privacy and information security training.",
        "Meeting lists collected by NZP and shredded at the end of the meeting.",
    ])
    doc.ri("RETENTION", "NZP keeps the action sheet on file per NZP retention schedule. Others keep only what "
                        "they need for their own actions.")
    doc.ri("BREACH", "Breach contact: FV Coordinator, NZP Hastings – 06 873 0590. Agencies agree together what "
                     "the victim is told.")
    doc.ri("COI", "Declare and leave the room for that case.")
    doc.ri("OVERSIGHT", "Area Commander and agency managers meet quarterly.")
    doc.ri("REVIEW", "Every 3 years from signing, NZP initiates.")
    doc.h("SIGN-OFF")
    s = "12/6/19"
    doc.sign([
        ("NZP", "Insp Grant Oliphant", "Area Commander, Hastings", "(signed)", s),
        ("OT", "Leonie Paku", "Site Manager, Hastings", "(signed)", s),
        ("WR", "Rose Tūtaki", "Manager, Hastings Women’s Refuge", "(signed)", s),
        ("HBDHB", "Dr Colin Marsh", "Director of Nursing", "(signed)", s),
        ("Te Ara Hou SVS", "Eru Hape", "Manager", "(signed)", s),
    ])
    return doc


# --------------------------------------------------------------------------
# Trap: MH&A crisis review hui – review in a tracked change, content controls,
# one comment, one date picker left at its placeholder
# --------------------------------------------------------------------------

def trap_mha():
    doc = Protocol("MH&A Crisis Review Hui ISP", "SENSITIVE", "FH Coordinator, NZP Tairāwhiti",
                   when("2026-05-04 02:10"), "Tūranga MH&A Crisis Review Hui – Information Sharing Protocol")
    d = doc.d
    doc.title("TŪRANGA MH&A CRISIS REVIEW HUI", "Information sharing protocol – v0.9 for signing")
    doc.kv([
        ("Meeting", "Tūranga mental health and addiction (MH&A) crisis review hui"),
        ("Lead agency", "HNZ Tairāwhiti – Mental Health & Addictions"),
        ("Frequency", "Weekly, Tuesday 1400"),
    ])
    doc.p("HNZ = Health New Zealand | Te Whatu Ora; NZP = New Zealand Police; OT = Oranga Tamariki; "
          "MSD = Ministry of Social Development; HIPC = Health Information Privacy Code 2020; "
          "PA = Privacy Act 2020; OTA = Oranga Tamariki Act 1989.")
    doc.ri("ATTENDING AGENCIES",
           "HNZ (lead agency), NZP, OT, MSD, Te Puna Hauora o Tūranga (kaupapa Māori MH&A provider).")
    doc.ri("PURPOSE",
           "Weekly hui to review people who had a MH&A crisis contact with NZP or HNZ in the past week and "
           "agree follow-up so fewer people reach crisis again.")
    doc.h("SHARING PURPOSES")
    doc.lines([
        "1. To assess risk to the person or others after a crisis contact.",
        "2. To agree follow-up care and support.",
        "3. To identify tamariki in the household who may be at risk and respond with OT.",
    ])
    doc.ri("INFO SHARED",
           "NZP crisis event summary; HNZ service engagement and current risk (minimum needed); OT involvement; "
           "MSD hardship support; Te Puna Hauora engagement.")
    doc.h("LEGAL AUTHORITY")
    doc.kv([
        ("1", "HIPC 2020, rule 11(2)(d); PA 2020, IPP 11(1)(f)"),
        ("2", "HIPC 2020, rule 11 and PA 2020, IPP 11(1)(d) – with the person’s authorisation"),
        ("3", "OTA 1989, s 66C"),
    ], head=("Purpose", "Authority"), widths=(3.0, 14.0))
    doc.p("The protocol does not itself authorise sharing.")
    doc.ri("USE", "Only for purposes 1–3; agencies record only their own agreed follow-up.")
    doc.ri("TRANSPARENCY", "HNZ tells the person at follow-up that their crisis contact was reviewed at the hui, "
                           "unless a clinician records that this would harm them.")
    doc.ri("METHOD", "HNZ sends the review list by SEEMail the day before; discussion verbal, in person or Teams.")
    doc.h("CLASSIFICATION")
    p = doc.p("Info shared at the hui: ")
    p._p.append(sdt_run("SENSITIVE", kind="dropdown", alias="Classification", tag="classification",
                        items=["IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"]))
    doc.h("SECURITY CONTROLS")
    doc.bullets([
        "Privacy and information security training completed by all reps.",
        "Printed lists shredded at the end of the hui and not handed to other reps.",
        "Attachments with personal info password protected.",
        "Agency-approved devices only.",
        "Teams: no chat, no recording, no screenshots.",
    ])
    doc.ri("TIKANGA", "Te Puna Hauora advises on tikanga, including involving whānau in follow-up where the "
                      "person wants that.")
    doc.ri("RETENTION", "Review list deleted after the hui. HNZ records the outcome in the clinical record under "
                        "its retention schedule; others keep only what their action needs.")
    p = doc.ri("BREACH", "Breach contact:")
    p.add_run(" ")
    p._p.append(sdt_run("Privacy Officer, HNZ Tairāwhiti – privacy.tairawhiti@tewhatuora.govt.nz, 06 869 0510",
                        kind="text", alias="Breach contact", tag="breach_contact"))
    p.add_run(". Agencies agree together what the person and whānau are told.")
    doc.ri("COI", "Declare to the chair; leave the hui for that person.")
    doc.ri("OVERSIGHT", "Relationship manager per agency; HNZ MH&A Service Manager oversees.")
    # review: only in a tracked change
    p = doc.ri("REVIEW")
    p.add_run(" ")
    author, date = "Hana Rāwiri", "2026-05-04T01:55:00Z"
    p._p.append(tracked("del", "When the agencies see a need.", author, date))
    p._p.append(tracked("ins", "12 mthly, HNZ initiates. Next review 05/2027.", author, date))
    # comment on the review heading run
    c = d.add_comment(p.runs[0], text="Confirm NZP happy with 12 mthly before this goes for signing?",
                      author="Hana Rāwiri", initials="HR")
    c._comment_elm.set(qn("w:date"), "2026-05-04T02:00:00Z")

    doc.h("SIGN-OFF")
    t = doc.sign([
        ("HNZ", "Dr Anaru Reedy", "Clinical Director MH&A, Tairāwhiti", "(signed)", ""),
        ("NZP", "Insp Hemi Walker", "Area Commander, Tairāwhiti", "(signed)", ""),
        ("OT", "Rachel Tamati", "Site Manager, Tairāwhiti", "(signed)", ""),
        ("MSD", "Kiri Haenga", "Service Centre Manager, Gisborne", "(signed)", ""),
        ("Te Puna Hauora o Tūranga", "Mereana Tipoki", "Kaiwhakahaere", "", ""),
    ])
    dates = [("2026-05-11T00:00:00Z", "11/05/26")] * 4 + [(None, None)]
    for row, (full, shown) in zip(t.rows[1:], dates):
        para = row.cells[4].paragraphs[0]
        if full:
            para._p.append(sdt_run(shown, kind="date", alias="Date signed", full_date=full))
        else:
            para._p.append(sdt_run("Click or tap to enter a date.", kind="date", alias="Date signed",
                                   placeholder=True))
    return doc


# --------------------------------------------------------------------------
# variants
# --------------------------------------------------------------------------

FH = {
    "clean": dict(name="Whāngai Safety Table", abbr="WST", area="Tairāwhiti", time="0900", version="2.0",
                  wr="Tairāwhiti Women’s Refuge", svs="Tū Tangata Stopping Violence",
                  iwi="Te Kupenga Whānau Ora Trust", signed="3/3/26", next="03/2027",
                  email="fh.tairawhiti@police.govt.nz", phone="06 869 0270", created="2026-02-24 22:00",
                  people=[("Insp Hemi Walker", "Area Commander, Tairāwhiti"),
                          ("Rachel Tamati", "Site Manager, Tairāwhiti"),
                          ("Dr Sam Holloway", "Group Manager MH&A, Tairāwhiti"),
                          ("Maia Horomona", "District Manager, Community Corrections"),
                          ("Tania Brooking", "Manager, Tairāwhiti Women’s Refuge"),
                          ("Wiremu Kerekere", "Service Manager"),
                          ("Huia Pōhatu", "Pou Whakahaere")]),
    "no-transparency": dict(name="Wairoa FH Safety Table", abbr="WFST", area="Wairoa", time="0930",
                            version="1.1", wr="Wairoa Women’s Refuge", svs="Te Ara Tika SVS",
                            iwi="Kahungunu Whānau Ora Collective", signed="12/5/26", next="05/2027",
                            email="fh.wairoa@police.govt.nz", phone="06 838 8790", created="2026-05-05 21:00",
                            people=[("S/Sgt Daniel Haronga", "Officer in Charge, Wairoa"),
                                    ("Anahera Smith", "Site Manager, Wairoa"),
                                    ("Lisa Morton", "Service Manager Community Health, Wairoa"),
                                    ("Peter Hiha", "Service Manager, Community Corrections"),
                                    ("Raewyn Tākuta", "Manager, Wairoa Women’s Refuge"),
                                    ("Tom Kaiwai", "Programme Manager"),
                                    ("Ngaire Ruru", "Kaiwhakahaere Matua")]),
    "no-breach-contact": dict(name="Tairāwhiti Coast Safety Table", abbr="TCST", area="Coast", time="1000",
                              version="1.0", wr="Tairāwhiti Women’s Refuge", svs="Tū Tangata Stopping Violence",
                              iwi="Te Rūnanga o Te Tai Rāwhiti Hauora", signed="22/7/26", next="07/2027",
                              email="", phone="", created="2026-07-14 20:00",
                              people=[("Sgt Jo Reedy", "Officer in Charge, Ruatōria"),
                                      ("Rachel Tamati", "Site Manager, Tairāwhiti"),
                                      ("Dr Sam Holloway", "Group Manager MH&A, Tairāwhiti"),
                                      ("Maia Horomona", "District Manager, Community Corrections"),
                                      ("Tania Brooking", "Manager, Tairāwhiti Women’s Refuge"),
                                      ("Wiremu Kerekere", "Service Manager"),
                                      ("Pare Mākarini", "Tumu Whakarae")]),
    "just-in-case": dict(name="Heretaunga FH Safety Table", abbr="HFST", area="Hastings", time="0830",
                         version="3.0", wr="Heretaunga Women’s Refuge", svs="Te Ara Hou SVS",
                         iwi="Te Taiwhenua Whānau Services", signed="30/1/26", next="01/2027",
                         email="fh.hastings@police.govt.nz", phone="06 873 0592", created="2026-01-22 21:00",
                         people=[("Insp Karen Ngata", "Area Commander, Hastings"),
                                 ("Mark Tihema", "Site Manager, Hastings"),
                                 ("Dr Fiona Reid", "Clinical Director MH&A, Hawke’s Bay"),
                                 ("Sione Latu", "District Manager, Community Corrections"),
                                 ("Marama Kupa", "Manager, Heretaunga Women’s Refuge"),
                                 ("Jason Toki", "Service Manager"),
                                 ("Hinewai Tomoana", "Pou Whakahaere")]),
}

YP = {
    "clean": dict(name="Heretaunga Rangatahi Panel", short="HRP", area="Hastings", version="1.2",
                  ngo="Te Rōpū Rangatahi Trust", venue="Hastings Police Station", signed="17.06.2025",
                  next="06/2027", email="youthaid.hastings@police.govt.nz", phone="06 873 0611",
                  created="2025-06-09 22:00",
                  people=[("Insp Karen Ngata", "Area Commander, Hastings"),
                          ("Ruth Wāka", "YJ Manager, Hawke’s Bay"),
                          ("Steve Harland", "Manager Learning Support, Hawke’s Bay/Tairāwhiti"),
                          ("Dr Fiona Reid", "Clinical Director MH&A, Hawke’s Bay"),
                          ("Rangi Heperi", "Chief Executive")]),
    "purpose-no-authority": dict(name="Ahuriri Rangatahi Panel", short="ARP", area="Napier", version="1.0",
                                 ngo="Ahuriri Rangatahi Hub", venue="Napier Police Station",
                                 signed="08.09.2025", next="09/2027", email="youthaid.napier@police.govt.nz",
                                 phone="06 831 0711", created="2025-09-01 22:00",
                                 people=[("Insp Dean Cowley", "Area Commander, Napier"),
                                         ("Ruth Wāka", "YJ Manager, Hawke’s Bay"),
                                         ("Steve Harland", "Manager Learning Support, Hawke’s Bay/Tairāwhiti"),
                                         ("Dr Fiona Reid", "Clinical Director MH&A, Hawke’s Bay"),
                                         ("Aroha Waaka", "Manager")]),
    "review-36": dict(name="Wairoa Rangatahi Panel", short="WRP", area="Wairoa", version="1.0",
                      ngo="Te Whare Rangatahi o Te Wairoa", venue="Wairoa Police Station",
                      signed="24.02.2026", next="02/2029", email="youthaid.wairoa@police.govt.nz",
                      phone="06 838 8795", created="2026-02-16 21:00", review="36 mthly (aligned to YJ plan cycle)",
                      people=[("S/Sgt Daniel Haronga", "Officer in Charge, Wairoa"),
                              ("Ruth Wāka", "YJ Manager, Hawke’s Bay"),
                              ("Steve Harland", "Manager Learning Support, Hawke’s Bay/Tairāwhiti"),
                              ("Lisa Morton", "Service Manager Community Health, Wairoa"),
                              ("Tīmoti Hāpuku", "Kaiwhakahaere")]),
}

AT = {
    "clean": dict(name="Wairoa Attendance Hui", short="WAH", area="Wairoa", town="Wairoa",
                  region="Hawke’s Bay/Tairāwhiti", svc="Te Huarahi Attendance Service",
                  email="attendance.hbt@education.govt.nz", phone="06 833 6730", signed="09.02.2026",
                  next="02/2027", created="2026-02-02 21:00",
                  people=[("Jenny Ormond", "Director of Education, Hawke’s Bay/Tairāwhiti"),
                          ("S/Sgt Daniel Haronga", "Officer in Charge, Wairoa"),
                          ("Anahera Smith", "Site Manager, Wairoa"),
                          ("Kiri Haenga", "Regional Commissioner, East Coast"),
                          ("Lisa Morton", "Service Manager Community Health, Wairoa"),
                          ("Moana Jury", "Service Lead")]),
    "no-role": dict(name="Tūranga Attendance Hui", short="TAH", area="Tairāwhiti", town="Gisborne",
                    region="Hawke’s Bay/Tairāwhiti", svc="Tairāwhiti Attendance Service",
                    email="attendance.hbt@education.govt.nz", phone="06 869 1450", signed="16.03.2026",
                    next="03/2027", created="2026-03-09 21:00",
                    people=[("Jenny Ormond", "Director of Education, Hawke’s Bay/Tairāwhiti"),
                            ("Insp Hemi Walker", "Area Commander, Tairāwhiti"),
                            ("Rachel Tamati", "Site Manager, Tairāwhiti"),
                            ("Kiri Haenga", "Regional Commissioner, East Coast"),
                            ("Dr Sam Holloway", "Group Manager MH&A, Tairāwhiti"),
                            ("Mere Tūhoe", "Manager")]),
    "unclassified": dict(name="Heretaunga Attendance Hui", short="HAH", area="Hastings", town="Hastings",
                         region="Hawke’s Bay/Tairāwhiti", svc="Heretaunga Attendance Service",
                         email="attendance.hbt@education.govt.nz", phone="06 833 6731", signed="04.05.2026",
                         next="05/2027", created="2026-04-27 21:00",
                         people=[("Jenny Ormond", "Director of Education, Hawke’s Bay/Tairāwhiti"),
                                 ("Insp Karen Ngata", "Area Commander, Hastings"),
                                 ("Mark Tihema", "Site Manager, Hastings"),
                                 ("Kiri Haenga", "Regional Commissioner, East Coast"),
                                 ("Dr Fiona Reid", "Clinical Director MH&A, Hawke’s Bay"),
                                 ("Tui Ransfield", "Service Lead")]),
}

EL = {
    "clean": dict(name="Ahuriri Elder Abuse Response Hui", short="AEARH", area="Napier",
                  lead="Age Concern Hawke’s Bay", lead_abbr="Age Concern", iwi="Te Whare Kaumātua Trust",
                  venue="Age Concern, Napier", email="ears@ageconcernhb.org.nz", phone="06 835 0115",
                  review="24 mthly", signed="21/10/25", next="10/2027", created="2025-10-13 21:00",
                  people=[("Janet Eruera", "Chief Executive, Age Concern Hawke’s Bay"),
                          ("Insp Dean Cowley", "Area Commander, Napier"),
                          ("Dr Fiona Reid", "Clinical Director, Older Persons’ Health"),
                          ("Kiri Haenga", "Regional Commissioner, East Coast"),
                          ("Nanaia Kawhia", "Kaiwhakahaere")]),
    "no-virtual": dict(name="Heretaunga Elder Abuse Hui", short="HEAH", area="Hastings",
                       lead="Age Concern Hawke’s Bay", lead_abbr="Age Concern", iwi="Te Taiwhenua Kaumātua Services",
                       venue="Age Concern, Hastings", email="ears.hastings@ageconcernhb.org.nz",
                       phone="06 878 0052", review="24 mthly", signed="2/6/26", next="06/2028",
                       created="2026-05-26 21:00",
                       people=[("Janet Eruera", "Chief Executive, Age Concern Hawke’s Bay"),
                               ("Insp Karen Ngata", "Area Commander, Hastings"),
                               ("Dr Fiona Reid", "Clinical Director, Older Persons’ Health"),
                               ("Kiri Haenga", "Regional Commissioner, East Coast"),
                               ("Hori Tāwhiri", "Manager")]),
    "claims-authority": dict(name="Tairāwhiti Elder Abuse Hui", short="TEAH", area="Tairāwhiti",
                             lead="Age Concern Tairāwhiti", lead_abbr="Age Concern",
                             iwi="Ngā Kaumātua o Tūranga Trust", venue="Age Concern, Gisborne",
                             email="ears@ageconcerntairawhiti.org.nz", phone="06 867 3051",
                             review="12 mthly", signed="19/8/26", next="08/2027",
                             created="2026-08-11 21:00",
                             people=[("Lynette Kōia", "Manager, Age Concern Tairāwhiti"),
                                     ("Insp Hemi Walker", "Area Commander, Tairāwhiti"),
                                     ("Dr Sam Holloway", "Group Manager MH&A, Tairāwhiti"),
                                     ("Kiri Haenga", "Regional Commissioner, East Coast"),
                                     ("Tame Parata", "Chair")]),
}

RE = {
    "clean": dict(name="Heretaunga Reintegration Hui", short="HRH", area="Hastings", town="Hastings",
                  svs="Te Ara Hou SVS", iwi="Te Whare Whakaora Trust",
                  email="reintegration.hastings@corrections.govt.nz", phone="06 873 1420",
                  signed="28/4/26", created="2026-04-20 21:00",
                  review_row="12 mthly, Corrections initiates – next review 04/2027",
                  review_text="12 mthly from 28/4/26; Corrections initiates. Next review 04/2027. "
                              "Any agency may ask for an earlier review.",
                  people=[("Sione Latu", "District Manager, Community Corrections"),
                          ("Insp Karen Ngata", "Area Commander, Hastings"),
                          ("Aaron Mitai", "Regional Manager, Kāinga Ora"),
                          ("Kiri Haenga", "Regional Commissioner, East Coast"),
                          ("Dr Fiona Reid", "Clinical Director MH&A, Hawke’s Bay"),
                          ("Jason Toki", "Service Manager"),
                          ("Ropata Hēnare", "Kaiwhakahaere")]),
    "unsigned-kainga-ora": dict(name="Tūranga Reintegration Hui", short="TRH", area="Tairāwhiti",
                                town="Gisborne", svs="Tū Tangata Stopping Violence",
                                iwi="Te Kupenga Whānau Ora Trust",
                                email="reintegration.gisborne@corrections.govt.nz", phone="06 869 1830",
                                signed="10/6/26", created="2026-06-02 21:00",
                                review_row="12 mthly, Corrections initiates – next review 06/2027",
                                review_text="12 mthly from 10/6/26; Corrections initiates. Next review 06/2027. "
                                            "Any agency may ask for an earlier review.",
                                people=[("Maia Horomona", "District Manager, Community Corrections"),
                                        ("Insp Hemi Walker", "Area Commander, Tairāwhiti"),
                                        ("", ""),
                                        ("Kiri Haenga", "Regional Commissioner, East Coast"),
                                        ("Dr Sam Holloway", "Group Manager MH&A, Tairāwhiti"),
                                        ("Wiremu Kerekere", "Service Manager"),
                                        ("Huia Pōhatu", "Pou Whakahaere")]),
    "overdue": dict(name="Ahuriri Reintegration Hui", short="ARH", area="Napier", town="Napier",
                    svs="Te Ara Hou SVS", iwi="Ahuriri Whānau Services",
                    email="reintegration.napier@corrections.govt.nz", phone="06 833 1210",
                    signed="14.08.2024", created="2024-08-06 21:00",
                    review_row="12 mthly, Corrections initiates",
                    review_text="12 mthly from signing; Corrections initiates. Any agency may ask for an "
                                "earlier review.",
                    people=[("Sione Latu", "District Manager, Community Corrections"),
                            ("Insp Dean Cowley", "Area Commander, Napier"),
                            ("Aaron Mitai", "Regional Manager, Kāinga Ora"),
                            ("Kiri Haenga", "Regional Commissioner, East Coast"),
                            ("Dr Fiona Reid", "Clinical Director MH&A, Hawke’s Bay"),
                            ("Jason Toki", "Service Manager"),
                            ("Whetu Marsden", "Kaiwhakahaere")]),
}


FILES = [
    ("clean-01-whangai-safety-table.docx", lambda: fh_table(FH["clean"])),
    ("clean-02-heretaunga-rangatahi-panel.docx", lambda: youth_panel(YP["clean"])),
    ("clean-03-wairoa-attendance-hui.docx", lambda: attendance(AT["clean"])),
    ("clean-04-ahuriri-elder-abuse-hui.docx", lambda: elder(EL["clean"])),
    ("clean-05-heretaunga-reintegration-hui.docx", lambda: reint(RE["clean"])),
    ("defect-isp101-wairoa-fh-table-no-transparency.docx",
     lambda: fh_table(FH["no-transparency"], "no-transparency")),
    ("defect-isp301-ahuriri-rangatahi-p4-no-authority.docx",
     lambda: youth_panel(YP["purpose-no-authority"], "purpose-no-authority")),
    ("defect-isp703-turanga-reintegration-kainga-ora-unsigned.docx",
     lambda: reint(RE["unsigned-kainga-ora"], "unsigned-kainga-ora")),
    ("defect-isp702-turanga-attendance-no-position.docx",
     lambda: attendance(AT["no-role"], "no-role")),
    ("defect-isp451-heretaunga-elder-no-virtual-control.docx",
     lambda: elder(EL["no-virtual"], "no-virtual")),
    ("defect-isp501-coast-safety-table-no-contact-details.docx",
     lambda: fh_table(FH["no-breach-contact"], "no-breach-contact")),
    ("defect-isp602-wairoa-rangatahi-36-mthly.docx",
     lambda: youth_panel(YP["review-36"], "review-36")),
    ("defect-isp604-ahuriri-reintegration-overdue.docx",
     lambda: reint(RE["overdue"], "overdue")),
    ("defect-isp402-heretaunga-attendance-unclassified.docx",
     lambda: attendance(AT["unclassified"], "unclassified")),
    ("defect-isp305-tairawhiti-elder-claims-authority.docx",
     lambda: elder(EL["claims-authority"], "claims-authority")),
    ("defect-isp801-heretaunga-fh-table-future-reference.docx",
     lambda: fh_table(FH["just-in-case"], "just-in-case")),
    ("legacy-2019-fviars-hastings.docx", legacy_fviars),
    ("trap-mha-crisis-hui-tracked-review.docx", trap_mha),
]


def main():
    for name, fn in FILES:
        _SDT_ID[0] = 9000
        _REV_ID[0] = 500
        doc = fn()
        doc.save(name)
        print("wrote", name)


if __name__ == "__main__":
    main()
