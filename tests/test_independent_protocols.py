"""Independent protocols: clean documents written the way real agencies write them.

The rules were first tested against the authors' own documents
(tests/protocols.py, sample_protocols/build.py).  These protocols were written
separately, by a reviewer, in other words and other layouts: a "Parties"
paragraph instead of a list, purposes in a table whose authorities sit in a
schedule at the end, citations such as "s 66C OT Act" or "rule 11(2)(d) HIPC",
a classification given only in the page header plus a sentence, controls in an
agency's own words, a breach contact table, "Signed for and on behalf of"
blocks, agencies by their aliases, a TOC and a document-control table at the
front, a Definitions section that mentions the Privacy Act 1993 as history.

Each must lint clean.  Each "bad" variant changes one thing and must give
exactly the one intended finding.
"""

from __future__ import annotations

import datetime as dt

import pytest

from linter.docx_reader import read_document
from linter.engine import check_document
from linter.facts import Options
from linter.loader import open_package
from linter.pack import load_pack
from sample_protocols.docbuilder import DocBuilder

PACK = load_pack()
AS_OF = dt.date(2026, 11, 24)


def _findings(tmp_path, b: DocBuilder, name: str, final: bool = False):
    path = tmp_path / f"{name}.docx"
    b.save(path)
    return check_document(read_document(open_package(path)), PACK, Options(as_of=AS_OF, final=final))


def _write(b: DocBuilder, items) -> None:
    """Body items: a str is a paragraph; ("bullets"|"numbers", [...]); ("table", rows);
    ("sign", agency, name, position, date) is a "Signed for and on behalf of" block."""
    for item in items:
        if isinstance(item, str):
            b.para(item)
        elif item[0] in ("bullets", "numbers"):
            b.bullets(item[1], numbered=item[0] == "numbers")
        elif item[0] == "table":
            b.table(item[1])
        elif item[0] == "sign":
            _, agency, name, position, date = item
            b.para(f"Signed for and on behalf of {agency}", bold=True)
            b.para("Signature: ______________________")
            b.para(f"Name: {name}")
            b.para(f"Position: {position}")
            b.para(f"Date: {date}")
            b.para("")
        else:  # pragma: no cover
            raise ValueError(item)


# ---------------------------------------------------------------------------
# 1. Youth offending panel: short bold/all-caps headings, a "Parties" paragraph,
#    purposes in a table with the authorities in a schedule at the end, the
#    classification only in the header plus a sentence.

def youth_panel(defect: str | None = None) -> DocBuilder:
    b = DocBuilder(title="Youth Offending Panel – Information Sharing Protocol", author="OT Youth Justice")
    b.header("UNCLASSIFIED" if defect == "header-unclassified" else "IN-CONFIDENCE", align="right")
    b.para("WAITEMATĀ YOUTH OFFENDING PANEL", bold=True)
    b.para("Information sharing protocol", bold=True)

    b.caps_heading("Parties")
    parties = ("This protocol is made between Oranga Tamariki (OT), NZ Police, the Ministry of Education "
               "and Te Whatu Ora. OT is the lead agency for the panel and chairs it.")
    b.para(parties)

    b.caps_heading("About the meeting")
    b.para("The panel meets fortnightly to plan responses to young people aged 14 to 17 who have offended, "
           "so that their offending is addressed early and they are supported to stay in education.")

    b.caps_heading("Why we share information")
    b.table([
        ["Ref", "Purpose"],
        ["A", "To decide whether a young person can be dealt with by an alternative action plan rather than a charge."],
        ["B", "To plan the education, health and whānau supports that make reoffending less likely."],
        *([["C", "To let agencies follow up on other matters they are interested in."]] if defect == "purpose-no-authority" else []),
    ])

    b.caps_heading("What information we share")
    b.para("Representatives share the young person's name, date of birth, school and enrolment status, the "
           "offending being considered, Police youth aid history, and any care or protection involvement "
           "relevant to planning.")

    b.caps_heading("Legal authority")
    b.para("The legal authority for each purpose is set out in Schedule 1 at the end of this protocol. "
           "This protocol does not in itself authorise any disclosure of information.")

    b.caps_heading("How information will be used")
    b.para("Representatives use what is shared only to agree and carry out the plan for the young person. "
           "Notes are kept in the agency's own case management system only where the agency has an action "
           "from the plan, recording who provided the information, when, and under which authority.")

    b.caps_heading("Transparency")
    b.para("The youth aid officer explains to the young person and their parents or caregivers that the "
           "panel will discuss them and which agencies attend, unless that would put someone at risk.")

    b.caps_heading("How information is shared")
    b.para("OT circulates the agenda by SEEMail two working days before each panel. Everything else is "
           "discussed verbally in the meeting room.")

    b.caps_heading("Classification")
    b.para("Panel papers carry the classification marked at the top of every page of this protocol, and "
           "representatives handle them at that level.")

    b.caps_heading("Security controls")
    controls = [
        "Everyone who attends has done their agency's privacy and information security e-learning.",
        "Printed agendas are collected by the chair and shredded when the meeting ends.",
        "The agenda is sent as a password-protected attachment, with the password sent separately.",
        "Representatives only use devices issued by their agency to open panel papers.",
        "When someone joins by Teams, nobody uses the chat, records the meeting or takes screenshots.",
        "Printed agendas are never handed to other representatives or left in the room.",
    ]
    if defect == "no-password":
        controls.remove("The agenda is sent as a password-protected attachment, with the password sent separately.")
    b.bullets(controls)

    b.caps_heading("Tikanga")
    b.para("Where a young person is Māori, the OT kairaranga ā-whānau advises the panel on tikanga, "
           "including who in the whānau should be told about the panel and how.")

    b.caps_heading("Retention and disposal")
    b.para("Copies of the agenda are deleted from inboxes within five working days. Records made under an "
           "agreed action are kept under each agency's disposal authority.")

    b.caps_heading("Breaches")
    if defect == "breach-opc-only":
        b.para("Serious privacy breaches are notified to the Office of the Privacy Commissioner on "
               "0800 803 909 or at privacy.org.nz.")
    else:
        b.para("Any breach involving panel information must be reported straight away to the panel's breach "
               "contact, the OT Privacy Officer, Oranga Tamariki, privacy@ot.govt.nz, 0508 326 459, who "
               "works with the agency concerned on containment and notification.")

    b.caps_heading("Conflicts of interest")
    b.para("A representative who knows the young person or their whānau declares it to the chair and "
           "leaves the room while that young person is discussed.")

    b.caps_heading("Oversight")
    b.para("The Youth Justice Manager (OT) and the Youth Services Sergeant (Police) meet each quarter to "
           "look at how the protocol is working.")

    b.caps_heading("Review")
    period = "36 months" if defect == "36-months" else "two years"
    b.para(f"OT will initiate a review of this protocol {period} after it is signed, or sooner if the law "
           "or the panel's membership changes.")

    b.caps_heading("Signatures")
    signers = [
        ("Oranga Tamariki", "Tania Hēnare", "Youth Justice Manager, Waitematā", "2 February 2026"),
        ("NZ Police", "Inspector Mark Fale", "Area Commander, Waitematā East", "3 February 2026"),
        ("Ministry of Education", "Linda Reid", "Director of Education, Auckland", "9 February 2026"),
        ("Te Whatu Ora", "Dr Priya Nair", "Clinical Director, Youth Forensic Service", "11 February 2026"),
    ]
    if defect == "unsigned-alias":
        signers = [s for s in signers if s[0] != "Te Whatu Ora"]
    _write(b, [("sign", *s) for s in signers])

    b.page_break()
    b.caps_heading("Schedule 1 – Legal authorities")
    b.table([
        ["Purpose", "Legal authority"],
        ["A", "s 66C OT Act (information to be shared with consultation with the young person)"],
        ["B", "IPP 11(1)(e)(i) Privacy Act; rule 11(2)(d) HIPC for health information"],
    ])
    return b


# ---------------------------------------------------------------------------
# 2. School attendance hub: a form-table layout, breach contact table, review
#    "annually by the Ministry of Education".

def attendance_hub(defect: str | None = None) -> DocBuilder:
    b = DocBuilder(title="Attendance Hub Information Sharing Protocol", author="Ministry of Education")
    b.header("IN-CONFIDENCE")
    b.footer("IN-CONFIDENCE")
    b.para("Kirikiriroa School Attendance Hub", bold=True)
    b.para("Information Sharing Protocol 2026", bold=True)
    review = ("Reviewed every 36 months by the Ministry of Education." if defect == "36-months"
              else "Reviewed annually by the Ministry of Education.")
    t = b.form_table([
        ("Attending agencies", [
            "Ministry of Education (lead agency)",
            "MSD",
            "Oranga Tamariki",
            "Hamilton City Council Community Development Team",
            "Te Rūnanga o Kirikiriroa Trust (attendance service provider)",
        ]),
        ("Meeting purpose", "Monthly hub meeting to get chronically absent students back to school by "
                            "coordinating support for them and their families."),
        ("Purpose of sharing", [
            "1. To identify students who have been absent for 15 or more days in a term and the reasons.",
            "2. To agree which agency will offer the family support and what that support is.",
        ]),
        ("Information to be shared", "Student name, school, year level, attendance record, caregiver contact "
                                      "details, and services the family already receives."),
        ("Legal authority", [
            "Purpose 1: Education and Training Act 2020, s 244 and IPP 11(1)(e)(i) Privacy Act.",
            "Purpose 2: Privacy Act 2020, IPP 11(1)(a) – with the consent of the caregiver.",
        ]),
        ("Use of information", "Only to arrange attendance support for the student. Agencies record in "
                               "their systems only the referrals they accept."),
        ("Transparency", "Schools tell caregivers in the enrolment pack and at the first attendance "
                         "conversation that the hub may discuss the student."),
        ("Method of sharing", "The attendance service provider brings the student list to the meeting on "
                              "screen; nothing is emailed in advance."),
        ("Security classification", "IN-CONFIDENCE"),
        ("Security controls", [
            "All representatives complete the Ministry's privacy module before attending.",
            "Any printed list goes into the secure document bin at the end of the meeting.",
            "If a list has to be emailed it is sent as an encrypted attachment.",
            "Only work-issued laptops are used to display or open hub information.",
            "Online attendees must not use the chat, record or take screenshots.",
            "Printouts are not given to other attendees.",
        ]),
        ("Tikanga considerations", "Te Rūnanga o Kirikiriroa advises on engaging with Māori whānau and on "
                                   "care of information about whānau."),
        ("Retention and disposal", "Hub notes are held by the Ministry for two years, then destroyed."),
        ("Breach management", "Report any suspected breach immediately to the contact below."),
        ("Conflicts of interest", "Declared at the start of each meeting and recorded in the minutes."),
        ("Relationship management", "The hub coordinator (Ministry of Education) manages the relationship "
                                    "with each attending agency."),
        ("Review", review),
        ("Approval", "Each agency's signatory signs below."),
    ])
    # Breach contact table nested in the breach management row.
    breach_row = 12
    if defect != "breach-opc-only":
        b.nested_table(t.cell(breach_row, 1), [
            ["Role", "Agency", "Phone", "Email"],
            ["Privacy Officer", "Ministry of Education", "04 463 8000", "privacy.officer@education.govt.nz"],
        ])
    else:
        t.cell(breach_row, 1).paragraphs[0].text = (
            "Notifiable breaches are reported to the Privacy Commissioner, 0800 803 909.")
    rows = [
        ["Agency", "Name", "Position", "Signature", "Date"],
        ["Ministry of Education", "Hemi Tūhoe", "Regional Director, Waikato", "(signed)", "12 March 2026"],
        ["Ministry of Social Development", "Carol Ngāti", "Regional Commissioner, Waikato", "(signed)", "13 March 2026"],
        ["Oranga Tamariki", "Peter Lum", "Site Manager, Hamilton West", "(signed)", "16 March 2026"],
        ["Hamilton City Council", "Jo Baxter", "Community Development Manager", "(signed)", "16 March 2026"],
        ["Te Rūnanga o Kirikiriroa Trust", "Whaea Rangi Kereama", "Chief Executive", "(signed)", "17 March 2026"],
    ]
    if defect == "unsigned-alias":
        rows = [r for r in rows if r[0] != "Ministry of Social Development"]
    b.nested_table(t.cell(16, 1), rows)
    return b


# ---------------------------------------------------------------------------
# 3. Housing meeting: heading styles, HIPC rule, breach table.

def housing_meeting(defect: str | None = None) -> DocBuilder:
    b = DocBuilder(title="Sustaining Tenancies Meeting ISP", author="Kāinga Ora")
    b.header("IN-CONFIDENCE")
    b.heading("Sustaining Tenancies Interagency Meeting: Information Sharing Protocol", 0)
    b.heading("Attending agencies", 1)
    b.para("Kāinga Ora is the lead attending agency. The other attending agencies are MSD and Te Whatu Ora "
           "(community mental health and addictions).")
    b.heading("Purpose of the meeting", 1)
    b.para("Kāinga Ora tenants at risk of losing their tenancy are discussed so that agencies can put support "
           "in place before an eviction becomes likely.")
    b.heading("Purposes for sharing information", 1)
    purposes = [
        "To identify tenants at risk of losing their tenancy because of rent arrears, damage or neighbour disputes.",
        "To arrange income, health and tenancy supports that help the tenant stay housed.",
    ]
    b.bullets(purposes, numbered=True)
    b.heading("Information that will be shared", 1)
    b.para("Tenant name and address, tenancy issues, benefit status and arrears arrangements (MSD), and, "
           "only where the tenant is a current client, the name of their mental health key worker.")
    b.heading("Legal authority to share", 1)
    b.table([
        ["Purpose", "Legal basis"],
        ["1", "Privacy Act 2020, IPP 11(1)(a) and (e)"],
        ["2", "Privacy Act 2020, IPP 11(1)(a) (tenant's consent); Health Information Privacy Code 2020, rule 11(2)(d)"],
    ])
    b.heading("Use of the information", 1)
    b.para("Information is used only to put support in place for the tenant. It is not used for tenancy "
           "enforcement, benefit investigation or any other purpose.")
    b.heading("Transparency and notification", 1)
    b.para("Tenants are asked for consent when referred to the meeting, and are told which agencies attend.")
    b.heading("Method of sharing", 1)
    b.para("Referral forms are emailed by Kāinga Ora to named representatives using SEEMail; discussion is verbal.")
    b.heading("Security classification", 1)
    b.para("Classification: IN-CONFIDENCE")
    b.heading("Security controls", 1)
    b.bullets([
        "Representatives have completed their agency's privacy and security training.",
        "Referral forms are password protected.",
        "Paper copies are placed in confidential waste bins at the end of each meeting.",
        "Only agency-approved devices are used; personal phones and email accounts are not used.",
        "In online meetings, the chat function is not used and the meeting is not recorded.",
        "Hard copies are not passed to other representatives.",
    ])
    b.heading("Tikanga considerations", 1)
    b.para("Representatives follow their agency's tikanga guidance, and involve whānau in decisions where "
           "the tenant wishes.")
    b.heading("Retention and disposal", 1)
    b.para("Referral forms are deleted after the meeting by all agencies other than Kāinga Ora, which keeps "
           "them on the tenancy file under its disposal authority.")
    b.heading("Privacy and security breach management", 1)
    if defect == "breach-opc-only":
        b.para("Agencies must notify the Privacy Commissioner (0800 803 909) of notifiable privacy breaches.")
    else:
        b.table([
            ["Role", "Agency", "Phone", "Email"],
            ["Privacy Officer", "Kāinga Ora", "0800 801 601", "privacy@kaingaora.govt.nz"],
        ])
        b.para("The agency responsible for the breach decides, with the Privacy Officer, whether it must be "
               "notified to the Privacy Commissioner.")
    b.heading("Conflicts of interest", 1)
    b.para("Representatives declare any personal connection with a tenant and step out while that tenant "
           "is discussed.")
    b.heading("Relationship management", 1)
    b.para("The Kāinga Ora Area Manager is the relationship manager for the meeting.")
    b.heading("Review", 1)
    b.para("The protocol will be reviewed every 12 months. Kāinga Ora will initiate the review.")
    b.heading("Approval", 1)
    b.table([
        ["Agency", "Name", "Title", "Date"],
        ["Kāinga Ora", "Sam Patel", "Regional Director, Central", "20 April 2026"],
        ["MSD", "Ana Lolo", "Regional Commissioner, Central", "21 April 2026"],
        ["Te Whatu Ora", "Grant Hughes", "Group Manager, Mental Health and Addictions", "24 April 2026"],
    ])
    return b


# ---------------------------------------------------------------------------
# 4. Elder-abuse conference: numbered bold headings, FVA ss 20–22.

def elder_abuse(defect: str | None = None) -> DocBuilder:
    b = DocBuilder(title="Elder Abuse Case Conference Protocol", author="Age Concern Otago")
    b.header("IN-CONFIDENCE")
    b.footer("IN-CONFIDENCE – Elder Abuse Case Conference")
    b.para("Elder Abuse Interagency Case Conference – Dunedin", bold=True)
    sections = [
        ("Agencies involved", [
            "Age Concern Otago Incorporated (lead attending agency)",
            "New Zealand Police",
            "Health New Zealand – Te Whatu Ora (Southern)",
            "Dunedin Community Law Centre",
        ]),
        ("Purpose of the multi-agency meeting", "The case conference meets monthly to plan a coordinated "
         "response for older people who are experiencing, or at risk of, abuse or neglect."),
        ("Purpose of sharing information", None),
        ("Information to be shared", "The older person's name, address, the concerns raised, their health "
         "and care arrangements, and any Police attendances at the address."),
        ("Legal authority to share", None),
        ("Use of information", "Shared information is used only to plan and deliver the safety response "
         "agreed at the conference."),
        ("Transparency and notification obligations", "The older person is told about the referral and asked "
         "for their views, unless they lack capacity or telling them would increase the risk."),
        ("Method of sharing", "Referrals are discussed verbally at the conference. Follow-up actions are "
         "confirmed by secure email."),
        ("Security classification", "Information shared at the case conference is classified IN-CONFIDENCE."),
        ("Security controls", None),
        ("Tikanga considerations", "Kaumātua are addressed and involved in accordance with tikanga, with advice "
         "from the Te Whatu Ora Māori Health team."),
        ("Retention and disposal", "Conference notes are held by Age Concern Otago for seven years, then "
         "destroyed."),
        ("Privacy and security breach management", None),
        ("Managing conflicts of interest", "Any conflict is declared to the facilitator, who decides whether "
         "the representative should leave for that case."),
        ("Relationship management and oversight", "The Age Concern Otago Manager Elder Abuse Response Service "
         "oversees the protocol."),
        ("Review", "This protocol is reviewed every 24 months; Age Concern Otago is responsible for initiating "
         "the review."),
        ("Approval", None),
    ]
    for n, (heading, body) in enumerate(sections, 1):
        b.bold_heading(f"{n}. {heading}")
        if isinstance(body, str):
            b.para(body)
        elif isinstance(body, list):
            b.bullets(body)
        elif heading.startswith("Purpose of sharing"):
            b.bullets([
                "To assess the risk of harm to the older person, including family violence by a family member.",
                "To agree a safety plan and who will deliver each part of it.",
            ], numbered=True)
        elif heading.startswith("Legal authority"):
            b.bullets([
                "Purpose 1 – FVA ss 20–22 (where the abuse is family violence); otherwise IPP 11(1)(f) Privacy Act.",
                "Purpose 2 – FVA s 20; Privacy Act 2020, IPP 11(1)(a) with the older person's consent.",
            ])
            b.para("The protocol does not itself authorise any sharing.")
        elif heading.startswith("Security controls"):
            b.bullets([
                "Representatives have completed privacy training in the last two years.",
                "Paper notes are shredded at the end of each conference.",
                "Any document containing personal information that is emailed is password protected.",
                "Only agency-owned devices are used.",
                "Virtual attendees do not record the conference or take screen shots.",
                "No hard copies are handed to other representatives.",
            ])
        elif heading.startswith("Privacy and security"):
            b.para("Contact the breach contact straight away:")
            b.table([
                ["Role", "Agency", "Phone", "Email"],
                ["Service Manager", "Age Concern Otago", "03 477 1040", "manager@ageconcernotago.org.nz"],
            ])
        elif heading == "Approval":
            _write(b, [
                ("sign", "Age Concern Otago Incorporated", "Helen Murray", "Chief Executive", "5 May 2026"),
                ("sign", "New Zealand Police", "Inspector Kelly Tautahi", "Area Commander, Dunedin", "6 May 2026"),
                ("sign", "Health New Zealand", "Ruth Park", "Group Manager Older Persons Health", "8 May 2026"),
                ("sign", "Dunedin Community Law Centre", "James Wu", "Manager", "8 May 2026"),
            ])
    return b


# ---------------------------------------------------------------------------
# 5. Family violence meeting with tikanga advice from an iwi provider:
#    renamed heading styles, agencies by alias.

def fv_iwi(defect: str | None = None) -> DocBuilder:
    b = DocBuilder(title="Whāngaia Ngā Pā Harakeke – Safety Hui ISP", author="NZ Police")
    b.header("IN-CONFIDENCE")
    b.styled_heading("Whāngaia Ngā Pā Harakeke Te Tai Tokerau – Safety Hui Information Sharing Protocol",
                     "Doc Title", 0, size=18)
    h = lambda text: b.styled_heading(text, "Kaupapa Heading", 1)  # noqa: E731
    h("Who attends")
    b.para("The attending agencies are Police, OT, Te Whatu Ora and Ngāti Hine Health Trust. Police is the "
           "lead attending agency.")
    h("Why we meet")
    b.para("The safety hui meets daily to respond to Police family harm episodes and agree a safety response "
           "for each whānau.")
    h("Why we share information")
    b.bullets([
        "To assess the risk to each member of the whānau after a family harm episode.",
        "To plan safety responses and whānau-led supports, with the iwi provider.",
    ], numbered=True)
    h("Information to be shared")
    b.para("Names, dates of birth and addresses, details of the episode and previous episodes, protection "
           "orders, care and protection history, and health engagement relevant to safety.")
    h("Legal authority to share")
    b.para("Both purposes rely on the Family Violence Act 2018, sections 20 and 21. Where a child or young "
           "person is involved, s 66C of the Oranga Tamariki Act 1989 also applies.")
    h("Use of information")
    b.para("Agencies use shared information only to carry out the safety response. Information is recorded in "
           "agency systems only where needed for an agreed action, noting source, authority and date shared.")
    h("Transparency and notification obligations")
    b.para("Each agency's privacy statement says that it shares information to keep whānau safe. Whānau are "
           "told about the hui by the agency leading their response, unless this would increase risk.")
    h("Method of sharing")
    b.para("Police shares the daily episode list through the Family Safety System; discussion happens in person "
           "or on Teams.")
    h("Security classification")
    b.para("Information shared at the safety hui is classified IN-CONFIDENCE.")
    h("Security controls")
    b.para("Representatives must:")
    b.bullets([
        "have completed privacy and security training before attending",
        "shred any printouts at the close of each hui",
        "password protect any attachment that contains personal information",
        "use work-issued devices only",
        "not use the chat, record, or take screenshots when attending online",
        "not give printouts to other attendees",
    ])
    h("Tikanga considerations")
    b.para("Ngāti Hine Health Trust advises the hui on tikanga: information about whānau is discussed with "
           "respect for whakapapa, mana and tapu, kōrero about tūpāpaku (the deceased) is handled as the "
           "iwi provider advises, and whānau-led decisions are supported.")
    h("Retention and disposal")
    b.para("The Family Safety System keeps records under Police's disposal authority. Other agencies keep "
           "only records of their own agreed actions.")
    h("Privacy and security breach management")
    b.para("Breaches are reported to the hui coordinator, Police, who tells the privacy officer of the agency "
           "whose information was involved. Contact: Safety Hui Coordinator, NZ Police, "
           "northland.safetyhui@police.govt.nz, 09 430 4500.")
    h("Managing conflicts of interest")
    b.para("Whanaungatanga is common in a small community. A representative who is related to or knows a "
           "whānau discussed says so, and another representative of their agency speaks for that whānau.")
    h("Relationship management and oversight")
    b.para("The Te Tai Tokerau family violence governance group oversees the hui.")
    h("Review")
    b.para("Police will initiate a review of this protocol every 12 months.")
    h("Approval")
    b.table([
        ["Attending agency", "Signatory name", "Position", "Date signed"],
        ["Police", "Superintendent Tony Hill", "District Commander, Northland", "2 June 2026"],
        *([] if defect == "unsigned-alias" else [
            ["OT", "Moana Pōtae", "Regional Manager, Te Tai Tokerau", "3 June 2026"]]),
        ["Te Whatu Ora", "Dr Ian Cross", "Director of Allied Health, Te Tai Tokerau", "4 June 2026"],
        ["Ngāti Hine Health Trust", "Geraldine Kawiti", "Chief Executive Officer", "4 June 2026"],
    ])
    return b


# ---------------------------------------------------------------------------
# 6. A protocol with a TOC and a document-control table at the front.

TOC_SECTIONS = [
    "Attending agencies", "Meeting purpose", "Purpose of sharing", "Information to be shared",
    "Legal authority to share", "Use of information", "Transparency and notification obligations",
    "Method of sharing", "Security classification", "Security controls", "Tikanga considerations",
    "Retention and disposal of information shared", "Privacy and security breach management",
    "Managing conflicts of interest", "Relationship management and oversight", "Review", "Approval",
]


def toc_document_control(defect: str | None = None) -> DocBuilder:
    b = DocBuilder(title="Integrated Safety Response ISP", author="Ministry of Justice")
    b.header("IN-CONFIDENCE")
    b.footer("IN-CONFIDENCE")
    b.heading("Integrated Safety Response – Christchurch: Information Sharing Protocol", 0)
    b.para("Document control", bold=True)
    b.table([
        ["Version", "Date", "Author", "Changes"],
        ["0.1", "10 November 2025", "Privacy Team, MoJ", "First draft for agency comment"],
        ["0.4", "20 January 2026", "Privacy Team, MoJ", "Comments from Police and Corrections incorporated"],
        ["1.0", "2 March 2026", "Privacy Team, MoJ", "Approved version"],
    ])
    b.toc([(s, 1, n + 3) for n, s in enumerate(TOC_SECTIONS)])
    b.page_break()
    body = {
        "Attending agencies": [("table", [
            ["Agency", "Role at the meeting"],
            ["Ministry of Justice", "Lead agency and secretariat"],
            ["NZ Police", "Attends"],
            ["Corrections", "Attends"],
            ["Oranga Tamariki", "Attends"],
            ["Health New Zealand", "Attends"],
        ])],
        "Meeting purpose": ["The Integrated Safety Response (ISR) meets daily to assess family harm episodes "
                            "reported to Police in the previous 24 hours and to agree a safety plan."],
        "Purpose of sharing": [("numbers", [
            "To assess risk after each family harm episode.",
            "To agree and monitor a safety plan for the victim, children and the person using violence.",
        ])],
        "Information to be shared": ["Episode details, criminal and family violence history, sentence and "
                                     "release information (Corrections), care and protection history (OT), "
                                     "and relevant health information."],
        "Legal authority to share": ["For all purposes: Family Violence Act 2018, ss 20 and 21; Oranga "
                                     "Tamariki Act 1989, s 66C; Corrections Act 2004, s 182B."],
        "Use of information": ["Shared information is used only to assess risk and to deliver the safety plan."],
        "Transparency and notification obligations": ["Victims are told about the ISR by their specialist "
                                                      "family violence worker."],
        "Method of sharing": ["Police uploads the episode list to the Family Safety System each morning."],
        "Security classification": ["The information shared is classified IN-CONFIDENCE."],
        "Security controls": [("bullets", [
            "Privacy and security training is completed by every representative before they attend.",
            "Hard copies are securely destroyed at the end of each meeting.",
            "Attachments emailed outside the Family Safety System are password protected.",
            "Only agency-approved devices are used to access the Family Safety System.",
            "Virtual meetings are not recorded and the chat function is not used.",
            "Hard copies are never provided to other agencies' representatives.",
        ])],
        "Tikanga considerations": ["The kaupapa Māori provider on the ISR advises on tikanga for whānau "
                                   "Māori and attends when whānau Māori are discussed."],
        "Retention and disposal of information shared": ["Information is kept in the Family Safety System "
                                                         "under the Ministry of Justice disposal authority."],
        "Privacy and security breach management": ["Report breaches to: ISR Coordinator, Ministry of "
                                                   "Justice, isr.christchurch@justice.govt.nz, 03 962 4000."],
        "Managing conflicts of interest": ["Conflicts are declared to the chair and recorded."],
        "Relationship management and oversight": ["The ISR governance group meets quarterly."],
        "Review": ["Next review date: 2 March 2027. The Ministry of Justice is responsible for initiating "
                   "the review."],
        "Approval": [("table", [
            ["Agency", "Name", "Role", "Signature", "Date"],
            ["Ministry of Justice", "Ruby Tane", "Regional Manager, Canterbury", "signed", "2 March 2026"],
            ["NZ Police", "Supt. John Price", "District Commander, Canterbury", "signed", "2 March 2026"],
            ["Department of Corrections", "Lisa Holt", "Regional Commissioner, Southern", "signed", "3 March 2026"],
            ["Oranga Tamariki", "Wiremu Paki", "Regional Manager, Canterbury", "signed", "3 March 2026"],
            ["Te Whatu Ora", "Anne Lee", "Director of Social Work, Waitaha", "signed", "5 March 2026"],
        ])],
    }
    for s in TOC_SECTIONS:
        b.heading(s, 1)
        _write(b, body[s])
    return b


# ---------------------------------------------------------------------------
# 7. A protocol with a Definitions section that mentions the Privacy Act 1993
#    as history and "just in case" in a warning.

def definitions_protocol(defect: str | None = None) -> DocBuilder:
    b = DocBuilder(title="Rural Support Network ISP", author="MSD")
    b.header("IN-CONFIDENCE")
    b.heading("Rural Wellbeing Network Meeting – Information Sharing Protocol", 0)
    b.heading("Definitions", 1)
    b.table([
        ["Term", "Meaning"],
        ["Privacy Act", "The Privacy Act 2020, which replaced the Privacy Act 1993 on 1 December 2020."],
        ["IPP", "An information privacy principle in section 22 of the Privacy Act 2020."],
        ["Representative", "A person who attends the meeting for an attending agency."],
    ])
    b.heading("Attending agencies", 1)
    b.para("The attending agencies are MSD, Rural Support Trust Manawatū, and Te Whatu Ora. MSD acts as the "
           "lead attending agency.")
    b.heading("Meeting purpose", 1)
    b.para("The network meets every two months to support rural people in financial or personal hardship "
           "after adverse events, such as floods or drought.")
    b.heading("Purpose of sharing", 1)
    b.para("To identify rural people who need hardship assistance and connect them with financial, "
           "wellbeing and health support.")
    b.heading("Information to be shared", 1)
    b.para("Name, contact details, farm location, the support the person has asked for, and whether they "
           "have agreed to be referred to a health service.")
    b.heading("Legal authority", 1)
    b.para("Privacy Act 2020, IPP 11(1)(a) and (c): the person has agreed to the referral, and shares are "
           "with their consent.")
    b.heading("Use of information", 1)
    b.para("Information is used only to provide the support agreed with the person. Do not record or keep "
           "information just in case it might be useful later: 'just in case' is not a reason to keep "
           "information.")
    b.heading("Transparency and notification obligations", 1)
    b.para("People are told, when they ask for help, which agencies the network includes and what will be "
           "shared.")
    b.heading("Method of sharing", 1)
    b.para("Referrals are discussed at the meeting; agreed referrals are sent by email to the receiving agency.")
    b.heading("Security classification", 1)
    b.para("IN-CONFIDENCE")
    b.heading("Security controls", 1)
    b.bullets([
        "Representatives are trained in privacy and information security.",
        "Paper notes are shredded after the meeting.",
        "Referral emails carry the referral as a password-protected attachment.",
        "Only employer-provided devices are used.",
        "Remote attendees do not record the meeting, use the chat or take screenshots.",
        "Hard copies are not passed on to other representatives.",
    ])
    b.heading("Tikanga considerations", 1)
    b.para("Te Whatu Ora's Māori health team advises on tikanga when whānau Māori are discussed.")
    b.heading("Retention and disposal", 1)
    b.para("Meeting notes are destroyed 12 months after the meeting.")
    b.heading("Privacy and security breach management", 1)
    b.para("The breach contact is the MSD Privacy Officer, Ministry of Social Development, "
           "privacy@msd.govt.nz, 0800 559 009.")
    b.heading("Managing conflicts of interest", 1)
    b.para("Conflicts are declared at the start of the meeting.")
    b.heading("Relationship management and oversight", 1)
    b.para("The MSD Regional Partnerships Manager is the relationship manager.")
    b.heading("Review", 1)
    b.para("MSD will initiate a review of this protocol within 18 months of the date of signing.")
    b.heading("Approval", 1)
    _write(b, [
        ("sign", "the Ministry of Social Development", "Karen Ngata", "Regional Commissioner, Central", "14 July 2026"),
        ("sign", "Rural Support Trust Manawatū", "Bill Anderson", "Chair", "15 July 2026"),
        ("sign", "Health New Zealand – Te Whatu Ora", "Dr Hine Morgan", "Service Manager, Primary Care", "20 July 2026"),
    ])
    return b


# ---------------------------------------------------------------------------
# 8. A high-needs hospital discharge meeting: "Clause n –" headings, an agency
#    table with a "Chair and lead" cell, lettered purposes, mixed-case
#    classification, "r 11(2)(d)", a breach contact by role and mobile.

def discharge_meeting(defect: str | None = None) -> DocBuilder:
    b = DocBuilder(title="Complex Discharge Planning Meeting ISP", author="Te Whatu Ora")
    b.footer("In Confidence")
    b.para("COMPLEX DISCHARGE PLANNING MEETING – WHANGANUI", bold=True)
    b.para("Information Sharing Protocol", bold=True)

    def clause(n, text):
        b.bold_heading(f"Clause {n} – {text}")

    clause(1, "Attending agencies")
    rows = [
        ["Agency", "Representative", "Role at meeting"],
        ["Te Whatu Ora", "Discharge Liaison Nurse", "Chair and lead"],
        ["Kāinga Ora", "Housing Support Manager", "Attends"],
        ["MSD", "Service Centre Manager", "Attends"],
        ["Whanganui District Council", "Community Housing Adviser", "Attends"],
    ]
    b.table(rows)
    clause(2, "Meeting purpose")
    b.para("To plan safe discharge from Whanganui Hospital for patients who have no stable housing.")
    clause(3, "Purpose of sharing")
    b.para("(a) To identify patients whose discharge is delayed or unsafe because of housing.")
    b.para("(b) To arrange housing, income support and community services before discharge.")
    if defect == "purpose-no-authority":
        b.para("(c) To tell agencies about anything else they hold an interest in about the patient.")
    clause(4, "Information to be shared")
    b.para("Patient name, ward, expected discharge date, housing situation, benefit status, and the "
           "support the patient has agreed to.")
    clause(5, "Legal authority")
    b.para("For purpose (a): Health Information Privacy Code 2020, r 11(2)(d), and r 11(1)(a) where the "
           "patient has authorised the disclosure.")
    b.para("For purpose (b): Privacy Act 2020, IPP 11(1)(a) and (e); Social Security Act 2018, s 300.")
    clause(6, "Use of information")
    b.para("Used only to plan the patient's discharge. Agencies other than Te Whatu Ora record only the "
           "referrals they receive.")
    clause(7, "Transparency and notification obligations")
    b.para("The ward social worker tells each patient which agencies will discuss their discharge.")
    clause(8, "Method of sharing")
    b.para("Verbally at the meeting; referral forms follow by secure email.")
    clause(9, "Security classification")
    b.para("Security classification: In Confidence.")
    clause(10, "Security controls")
    b.table([
        ["Control", "How it is met"],
        ["Training", "Every representative has completed their agency's privacy and security training."],
        ["Hard copies", "Paper copies are collected and shredded at the end of the meeting, and are not "
                        "given to other representatives."],
        ["Email", "Referral forms are sent as password-protected attachments."],
        ["Devices", "Only agency-approved devices are used."],
        *([] if defect == "no-virtual" else [
            ["Online meetings", "The chat is not used, and the meeting is not recorded or screenshotted."]]),
    ])
    clause(11, "Tikanga considerations")
    b.para("The Te Whatu Ora Pae Ora team advises on tikanga and whānau involvement.")
    clause(12, "Retention and disposal")
    b.para("Notes are kept in the patient's clinical record under the health records retention regulations.")
    clause(13, "Privacy and security breach management")
    b.para("Contact the Te Whatu Ora Whanganui Privacy Officer on 027 555 0193 or privacy.whanganui@tewhatuora.govt.nz.")
    clause(14, "Managing conflicts of interest")
    b.para("Representatives declare any conflict to the chair.")
    clause(15, "Relationship management and oversight")
    b.para("The chair reports to the Whanganui Hospital operations manager every six months.")
    clause(16, "Review")
    b.para("This protocol will be reviewed one year after the date of signing, led by Te Whatu Ora.")
    clause(17, "Approval")
    b.table([
        ["Agency", "Name and title", "Signature", "Date"],
        ["Te Whatu Ora", "Ngaire Brown, Hospital General Manager", "(signed)", "30 September 2026"],
        ["Kāinga Ora", "Tom Ruru, Regional Manager", "(signed)", "1 October 2026"],
        ["MSD", "Losa Iosefa, Regional Commissioner", "(signed)", "2 October 2026"],
        ["Whanganui District Council", "Kim Barrett, Community Services Manager", "(signed)", "2 October 2026"],
    ])
    return b


PROTOCOLS = {
    "youth-panel": youth_panel,
    "attendance-hub": attendance_hub,
    "housing-meeting": housing_meeting,
    "elder-abuse": elder_abuse,
    "fv-iwi": fv_iwi,
    "toc-document-control": toc_document_control,
    "definitions": definitions_protocol,
    "discharge": discharge_meeting,
}


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize("name", sorted(PROTOCOLS))
def test_independent_protocol_is_clean(tmp_path, name, final):
    findings = _findings(tmp_path, PROTOCOLS[name](), name, final=final)
    assert [(f.rule, dict(f.data), f.message) for f in findings] == []


BAD = [
    # (protocol, defect, rule, data subset)
    ("youth-panel", "purpose-no-authority", "ISP301", {}),
    ("youth-panel", "no-password", "ISP451", {"control": "password-protection"}),
    ("youth-panel", "unsigned-alias", "ISP703", {}),
    ("youth-panel", "36-months", "ISP602", {"months": 36}),
    ("youth-panel", "header-unclassified", "ISP402", {"classification": "UNCLASSIFIED"}),
    ("youth-panel", "breach-opc-only", "ISP501", {}),
    ("attendance-hub", "unsigned-alias", "ISP703", {}),
    ("attendance-hub", "36-months", "ISP602", {"months": 36}),
    ("attendance-hub", "breach-opc-only", "ISP501", {}),
    ("housing-meeting", "breach-opc-only", "ISP501", {}),
    ("fv-iwi", "unsigned-alias", "ISP703", {"agency": "OT"}),
    ("discharge", "purpose-no-authority", "ISP301", {}),
    ("discharge", "no-virtual", "ISP451", {"control": "virtual-meeting"}),
]


@pytest.mark.parametrize("name,defect,rule,data", BAD, ids=[f"{n}-{d}" for n, d, _, _ in BAD])
def test_bad_variant_gives_exactly_the_intended_finding(tmp_path, name, defect, rule, data):
    findings = _findings(tmp_path, PROTOCOLS[name](defect), f"{name}-{defect}")
    got = [(f.rule, dict(f.data)) for f in findings]
    assert len(findings) == 1 and findings[0].rule == rule, got
    assert data.items() <= dict(findings[0].data).items(), got


# ---------------------------------------------------------------------------
# Legal-authority precision found by these protocols: the history of a
# repealed law is not a citation of it.

HISTORY = [
    pytest.param("The Privacy Act 1993 no longer applies.", id="no-longer-applies"),
    pytest.param("This protocol was first signed in 2019 under the Privacy Act 1993 and has been updated "
                 "for the Privacy Act 2020.", id="repealed-and-replacement-in-one-sentence"),
    pytest.param("The Vulnerable Children Act 2014 is now called the Children's Act 2014.", id="now-called"),
]


@pytest.mark.parametrize("sentence", HISTORY)
def test_history_of_a_repealed_law_is_not_a_citation(tmp_path, sentence, monkeypatch):
    orig = DocBuilder.para

    def para(self, text="", *args, **kwargs):
        if text.startswith("The network meets every two months"):
            text = f"{text} {sentence}"
        return orig(self, text, *args, **kwargs)

    monkeypatch.setattr(DocBuilder, "para", para)
    findings = _findings(tmp_path, definitions_protocol(), "history")
    assert [(f.rule, dict(f.data)) for f in findings] == []
