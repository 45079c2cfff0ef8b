"""Build the sample AISA corpus: ``python sample_protocols/aisa/build.py [OUTDIR]``.

Approved information sharing agreements under Part 7, subpart 1 of the
Privacy Act 2020, checked with the ``nz-aisa`` rule pack
(``isplint lint --rules nz-aisa``).  Every sample is one function that
returns a DocBuilder; ``SAMPLES`` lists them with a one-line description and
the findings deliberately put in (``{"rule": "ISPnnn", "data": {...}}``;
empty for a clean agreement).  Output is deterministic: the same code writes
byte-identical .docx files, and ``EXPECTED.json`` (the findings
``isplint lint --rules nz-aisa --as-of AS_OF`` must give) is written with them.

The agreements are modelled on the AISAs listed in Schedule 2 of the Act
(an agreement's parts follow what section 144 requires it to contain); the
agencies are real, but the agreements, people, email addresses and phone
numbers in them are fictitious.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from sample_protocols.docbuilder import DocBuilder  # noqa: E402

PACK = "nz-aisa"
# The date the expected findings hold for: review deadlines (ISP604) are checked against it.
AS_OF = "2026-11-24"

# The parts of an agreement, in the order they are written (the pack's section keys).
SECTIONS = (
    "parties", "purpose", "public-services", "exemptions", "information-shared", "use-of-information",
    "adverse-actions", "operational-details", "safeguards", "complaints", "review", "signatures",
)

IR = "Inland Revenue"
DIA = "Department of Internal Affairs"
POLICE = "New Zealand Police"
CUSTOMS = "New Zealand Customs Service"
MSD = "Ministry of Social Development"
HUD = "Ministry of Housing and Urban Development"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def date_text(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


@dataclass
class Signatory:
    party: str
    name: str | None
    role: str | None
    date: dt.date | None


@dataclass
class Spec:
    """One agreement.  ``sections`` maps a section key to (heading, items); items are
    ("p", text), ("bold", text), ("bullets", [...]), ("numbered", [...]), ("table", rows),
    ("hook", fn(builder)).  ``schedules`` are (heading, items) written after the signatures."""

    title: str
    short: str
    author: str
    created: dt.datetime
    sections: dict[str, tuple[str, list]]
    signatories: list[Signatory]
    marking: str = "IN-CONFIDENCE"
    schedules: list = field(default_factory=list)
    intro: list = field(default_factory=list)

    def set(self, key: str, items: list, heading: str | None = None) -> None:
        self.sections[key] = (heading or self.sections[key][0], items)

    def drop(self, key: str) -> None:
        del self.sections[key]


# ------------------------------------------------------------------ shared text
SAFEGUARDS = {
    "authorised-access": "Only staff whom a party has authorised, and who need the information for a purpose of this "
                         "agreement, have access to it.",
    "secure-transfer": "Information is transferred between the parties only by secure file transfer over an "
                       "encrypted connection.",
    "audit": "Every access to and use of the shared information is logged, and each party audits the logs at least "
             "once a year.",
    "retention": "Information that is no longer needed for a purpose of this agreement is securely destroyed, "
                 "subject to the Public Records Act 2005.",
    "breach-notification": "A party that becomes aware of a privacy breach involving shared information will notify "
                           "the other parties within one working day, and the Privacy Commissioner when the breach is "
                           "notifiable under Part 6 of the Privacy Act 2020.",
}


def safeguards_items(drop: tuple[str, ...] = ()) -> list:
    return [
        ("p", "The parties will apply the following safeguards to protect the privacy of individuals and to ensure "
              "that any interference with their privacy is minimised."),
        ("bullets", [text for key, text in SAFEGUARDS.items() if key not in drop]),
        ("p", "Shared information is handled at the IN-CONFIDENCE classification under the Protective Security "
              "Requirements."),
    ]


def complaints_items(contact: str, private_sector: str | None = None) -> list:
    items = [
        ("p", "Every party will give any reasonable assistance that is necessary in the circumstances to allow the "
              "Privacy Commissioner or an individual who wishes to make a complaint about an interference with "
              "privacy to determine the agency against which the complaint should be made."),
        ("p", f"Complaints about information shared under this agreement can be made to {contact}. An individual who "
              "is not satisfied with the response may complain to the Privacy Commissioner."),
    ]
    if private_sector:
        items.append(("p", private_sector))
    return items


def adverse_items(actions: list[str], party: str) -> list:
    return [
        ("p", f"{party} may take the following adverse actions as a result of information shared under this "
              "agreement:"),
        ("bullets", actions),
        ("p", "Before taking adverse action against an individual on the basis of information shared under this "
              "agreement, a party will give the individual written notice of the proposed adverse action and the "
              "information it relies on."),
        ("p", "The notice will tell the individual that they have 10 working days from receiving it to show that "
              "the information is incorrect."),
    ]


def review_items(owner_sentence: str, period: str = "every three years from the date of the last signature") -> list:
    return [
        ("p", f"The parties will review the operation of this agreement {period}. {owner_sentence}"),
        ("p", "The Privacy Commissioner may also review the operation of this agreement under section 158 of the "
              "Privacy Act 2020."),
    ]


def signatures_intro() -> list:
    return [("p", "Signed by the parties to this agreement.")]


# ------------------------------------------------------------------ agreements
def student_loan_spec() -> Spec:
    """Inland Revenue and Internal Affairs: contact details of overseas borrowers and liable parents."""
    signed = [dt.date(2026, 3, 9), dt.date(2026, 3, 17)]
    return Spec(
        title="Approved Information Sharing Agreement between Inland Revenue and the Department of Internal Affairs",
        short="IR–DIA AISA",
        author="Inland Revenue",
        created=dt.datetime(2026, 2, 2, 9, 0),
        sections={
            "parties": ("Parties", [
                ("p", "The parties to this agreement are:"),
                ("bullets", [f"{IR} (lead agency)", DIA]),
                ("p", f"{IR} is the lead agency for this agreement under section 143 of the Privacy Act 2020."),
            ]),
            "purpose": ("Purpose of this agreement", [
                ("p", "The purposes of this agreement are:"),
                ("numbered", [
                    "To enable Inland Revenue to contact student loan borrowers who are overseas and in serious "
                    "default, so that they can begin repaying their loans.",
                    "To enable Inland Revenue to contact child support liable parents who are overseas and in "
                    "arrears, so that they can meet their obligations.",
                ]),
            ]),
            "public-services": ("Public services this agreement facilitates", [
                ("p", "This agreement facilitates the administration of the student loan scheme under the Student "
                      "Loan Scheme Act 2011 and of the child support scheme under the Child Support Act 1991."),
            ]),
            "exemptions": ("Exemptions and modifications to the information privacy principles", [
                ("p", "The Order in Council approving this agreement grants the Department of Internal Affairs an "
                      "exemption from IPP 11 so that it may disclose the information described in clause 5 to "
                      "Inland Revenue, and grants Inland Revenue an exemption from IPP 2 so that it may collect that "
                      "information from the Department rather than from the individual."),
                ("p", "Section 145(2) of the Privacy Act 2020 allows an Order in Council to grant exemptions from any "
                      "information privacy principle except IPPs 6 and 7; nothing in this agreement affects an "
                      "individual's rights of access and correction."),
            ]),
            "information-shared": ("Personal information to be shared", [
                ("table", [
                    ["From", "To", "Personal information"],
                    [IR, DIA, "Full name, date of birth and IRD number of each borrower or liable parent in "
                              "serious default or arrears"],
                    [DIA, IR, "Contact details held on the person's passport record: address, email address and "
                              "telephone number, and the date the details were last updated"],
                ]),
            ]),
            "use-of-information": ("How the information may be used", [
                ("p", "Inland Revenue will use the contact details only to contact the borrower or liable parent about "
                      "their student loan or child support debt. The Department of Internal Affairs will use the "
                      "names it receives only to find the matching passport records, and will not keep them after "
                      "the match."),
            ]),
            "adverse-actions": ("Adverse actions", adverse_items([
                "issue a demand for payment of the overdue amount;",
                "begin proceedings to recover the debt.",
            ], IR)),
            "operational-details": ("Overview of operational details", [
                ("p", "Each month Inland Revenue sends the Department a file of the borrowers and liable parents it "
                      "wants to contact. The Department matches the file against its passport records and returns "
                      "the contact details of the people it matched within five working days."),
            ]),
            "safeguards": ("Safeguards", safeguards_items()),
            "complaints": ("Complaints", complaints_items(
                "the Privacy Officer, Inland Revenue, privacy.officer@ird.govt.nz, 04 890 1500")),
            "review": ("Review of this agreement", review_items(
                "Inland Revenue, as the lead agency, is responsible for initiating the review.")),
            "signatures": ("Signatures", signatures_intro()),
        },
        signatories=[
            Signatory(IR, "Mereana Tipene", "Commissioner of Inland Revenue", signed[0]),
            Signatory(DIA, "Richard Ashcroft", "Secretary for Internal Affairs", signed[1]),
        ],
    )


def serious_crime_spec() -> Spec:
    """Inland Revenue and Police: information about serious crime."""
    return Spec(
        title="Information Sharing Agreement between Inland Revenue and New Zealand Police for the prevention, "
              "detection, investigation and prosecution of serious crime",
        short="IR–Police serious crime AISA",
        author="New Zealand Police",
        created=dt.datetime(2026, 4, 6, 9, 0),
        sections={
            "parties": ("Parties to this agreement", [
                ("p", f"This agreement is made between {IR} and {POLICE}."),
                ("p", f"{IR} is the lead agency."),
            ]),
            "purpose": ("Purpose", [
                ("p", "To enable Inland Revenue to disclose information to New Zealand Police, and Police to "
                      "disclose information to Inland Revenue, where the information is relevant to the "
                      "prevention, detection, investigation or prosecution of a serious crime."),
            ]),
            "public-services": ("Public services", [
                ("p", "The public services this agreement facilitates are the prevention, detection, investigation "
                      "and prosecution of offences punishable by four years' imprisonment or more, and the "
                      "administration of the tax system."),
            ]),
            "exemptions": ("Legal authority", [
                ("p", "The Order in Council approving this agreement under section 145 of the Privacy Act 2020 "
                      "modifies IPP 2 and IPP 11 for the parties. Disclosures by Inland Revenue are also made under "
                      "section 18E of the Tax Administration Act 1994."),
            ]),
            "information-shared": ("Information to be shared", [
                ("p", "Inland Revenue may share a person's name, addresses, date of birth, IRD number, income and "
                      "employment details, and details of their bank accounts and assets. Police may share a "
                      "person's name, date of birth and addresses, and the nature of the offending it suspects."),
            ]),
            "use-of-information": ("Use of the information", [
                ("p", "Police will use information from Inland Revenue only to prevent, detect, investigate or "
                      "prosecute the serious crime it was requested for. Inland Revenue will use information from "
                      "Police only to assess and collect tax and to decide whether to disclose information under "
                      "this agreement."),
            ]),
            "adverse-actions": ("Adverse actions", [
                ("p", "Police may use information shared under this agreement to arrest, charge or prosecute a person. "
                      "Inland Revenue may reassess a person's tax and impose penalties."),
                ("p", "Section 152 notice is not given before Police takes adverse action, because it would prejudice "
                      "the maintenance of the law; the agreement provides for this under section 153. Before Inland "
                      "Revenue takes adverse action it gives the person written notice of the adverse action and "
                      "the information it relies on, and ten working days to dispute it."),
            ]),
            "operational-details": ("Operational details", [
                ("p", "Requests are made through the Police Financial Intelligence Unit and Inland Revenue's "
                      "Intelligence team. Each request states the serious crime it relates to and the information "
                      "sought, and is answered within 20 working days."),
            ]),
            "safeguards": ("Safeguards", [
                ("bullets", [
                    "Access to shared information is restricted to staff designated by each party's privacy "
                    "officer who need it for a purpose of this agreement.",
                    "Information is exchanged by SEEMail or a secure portal, and is never sent by unencrypted email.",
                    "Each party keeps an audit log of every request and disclosure, and the parties audit "
                    "compliance with this agreement annually.",
                    "Each party destroys shared information it no longer needs, subject to the Public Records Act "
                    "2005.",
                    "Each party will notify the other of any privacy breach involving shared information as soon "
                    "as practicable.",
                ]),
            ]),
            "complaints": ("Complaints", complaints_items(
                "the Privacy Officer, New Zealand Police, privacy.officer@police.govt.nz, 04 474 9499")),
            "review": ("Review", review_items(
                "Inland Revenue, as the lead agency, will initiate the review.",
                period="every two years from the date of the last signature")),
            "signatures": ("Execution", signatures_intro()),
        },
        signatories=[
            Signatory(IR, "Mereana Tipene", "Commissioner of Inland Revenue", dt.date(2026, 5, 4)),
            Signatory(POLICE, "Tāne Whakarau", "Commissioner of Police", dt.date(2026, 5, 12)),
        ],
    )


def housing_spec() -> Spec:
    """MSD (lead) and HUD, with a class of agencies: registered community housing providers."""
    return Spec(
        title="Approved Information Sharing Agreement for Social Housing Assessments",
        short="Social housing AISA",
        author="Ministry of Social Development",
        created=dt.datetime(2026, 6, 1, 9, 0),
        sections={
            "parties": ("Parties and class of agencies", [
                # a list, not a sentence: "A and B" would split "Ministry of Housing and Urban Development"
                ("p", "The parties to this agreement are:"),
                ("bullets", [MSD, HUD]),
                ("p", f"{MSD} is designated as the lead agency."),
                ("p", "The agreement also applies to the class of agencies made up of community housing providers "
                      "registered under Part 9 of the Public and Community Housing Management Act 1992. Schedule 1 "
                      "identifies the providers in the class that are parties to this agreement."),
            ]),
            "purpose": ("Purpose of the agreement", [
                ("p", "To enable the parties to assess applicants' eligibility for social housing and to match them "
                      "to a suitable home."),
            ]),
            "public-services": ("Public services", [
                ("p", "This agreement facilitates the provision of social housing, the income-related rent subsidy "
                      "and housing support services."),
            ]),
            "exemptions": ("Exemptions", [
                ("p", "The Order in Council grants the parties an exemption from IPP 2 and IPP 11 for the information "
                      "described in clause 5."),
            ]),
            "information-shared": ("Information to be shared", [
                ("p", "The parties may share an applicant's name, date of birth, contact details, household "
                      "composition, income, housing need assessment and tenancy history."),
            ]),
            "use-of-information": ("Use of information", [
                ("p", "The parties will use the information only to assess eligibility for social housing, to match "
                      "applicants to homes and to calculate rent."),
            ]),
            "adverse-actions": ("Adverse actions", adverse_items([
                "decline an application for social housing;",
                "review the rent payable by a tenant.",
            ], "A party")),
            "operational-details": ("Overview of operational details", [
                ("p", "Providers query the Ministry's housing register through a secure portal when a home becomes "
                      "available, and record the outcome of each placement in it."),
            ]),
            "safeguards": ("Safeguards", safeguards_items()),
            "complaints": ("Complaints", complaints_items(
                "the Privacy Officer, Ministry of Social Development, privacy@msd.govt.nz, 04 916 3300",
                private_sector="The Ministry of Social Development is the public sector agency responsible for "
                               "dealing with complaints about an alleged interference with privacy by a community "
                               "housing provider if the provider cannot be held accountable for them.")),
            "review": ("Review", review_items(
                "The lead agency is responsible for initiating the review.", period="every two years")),
            "signatures": ("Signatures", signatures_intro()),
        },
        signatories=[
            Signatory(MSD, "Ana Fifita", "Chief Executive", dt.date(2026, 7, 20)),
            Signatory(HUD, "Simon Baird", "Secretary for Housing", dt.date(2026, 7, 28)),
        ],
        schedules=[
            ("Schedule 1 – Providers in the class", [
                ("p", "The following registered community housing providers are parties to this agreement as "
                      "members of the class:"),
                ("table", [
                    ["Provider", "Registration number"],
                    ["Te Whare Ruruhau o Meri Trust", "CHP-0412"],
                    ["Wellington Housing Trust", "CHP-0107"],
                ]),
            ]),
        ],
    )


# ------------------------------------------------------------------ rendering
def new_builder(spec: Spec) -> DocBuilder:
    b = DocBuilder(title=spec.title, author=spec.author, created=spec.created,
                   modified=spec.created + dt.timedelta(days=21))
    b.header(spec.marking)
    b.footer(f"{spec.marking} – {spec.short}")
    return b


def render_items(b: DocBuilder, items: list) -> None:
    for item in items:
        kind = item[0]
        if kind == "p":
            b.para(item[1])
        elif kind == "bold":
            b.para(item[1], bold=True)
        elif kind == "bullets":
            b.bullets(item[1])
        elif kind == "numbered":
            b.bullets(item[1], numbered=True)
        elif kind == "table":
            b.table(item[1])
        elif kind == "hook":
            item[1](b)
        else:
            raise ValueError(kind)


def signature_table(b: DocBuilder, sigs: list[Signatory]) -> None:
    rows = [["Party", "Name", "Position", "Signature", "Date"]]
    for s in sigs:
        rows.append([s.party, s.name or "", s.role or "", "(signed)", date_text(s.date) if s.date else ""])
    b.table(rows)


def signature_blocks(b: DocBuilder, sigs: list[Signatory]) -> None:
    for s in sigs:
        b.para(f"Signed for and on behalf of {s.party}", bold=True)
        b.para(f"Name: {s.name or ''}")
        b.para(f"Position: {s.role or ''}")
        b.para("Signature: (signed)")
        b.para(f"Date: {date_text(s.date) if s.date else ''}")


def render(spec: Spec, layout: str = "headings", sig_style: str = "table",
           hooks: dict[str, Callable] | None = None) -> DocBuilder:
    """``layout``: headings (Heading 1), numbered ("4. Safeguards" in bold), styled (a custom
    "Clause Heading" style with an outline level).  ``hooks`` maps a section key to fn(builder),
    run after that section's content."""
    hooks = hooks or {}
    b = new_builder(spec)
    b.heading(spec.title, 0)
    b.para(f"Made under Part 7 of the Privacy Act 2020 – version 1.0, {date_text(spec.created)}")
    render_items(b, spec.intro)
    n = 0
    for key in SECTIONS:
        if key not in spec.sections:
            continue
        n += 1
        heading, items = spec.sections[key]
        if layout == "headings":
            b.heading(heading, 1)
        elif layout == "numbered":
            b.bold_heading(f"{n}. {heading}")
        elif layout == "styled":
            b.styled_heading(heading, "Clause Heading", 0)
        else:
            raise ValueError(layout)
        render_items(b, items)
        if key == "signatures" and spec.signatories:
            (signature_table if sig_style == "table" else signature_blocks)(b, spec.signatories)
        if key in hooks:
            hooks[key](b)
    for heading, items in spec.schedules:
        b.heading(heading, 1)
        render_items(b, items)
    return b


# ------------------------------------------------------------------ the samples
def good_student_loans() -> DocBuilder:
    return render(student_loan_spec(), "headings")


def good_serious_crime() -> DocBuilder:
    return render(serious_crime_spec(), "numbered", sig_style="blocks")


def good_social_housing_class() -> DocBuilder:
    return render(housing_spec(), "styled")


def bad_draft_for_consultation() -> DocBuilder:
    """A draft sent to the Privacy Commissioner for consultation (s 150) before it was finished."""
    spec = serious_crime_spec()
    spec.intro = [("p", "Drafting note: delete the options that do not apply before the agreement is signed.")]
    spec.set("operational-details", [("p", "[Insert an overview of how requests are made and answered]")])
    spec.set("signatures", [("p", "To be signed once the Minister has approved the agreement.")])
    spec.signatories = []

    def edits(b: DocBuilder):
        p = b.para("Requests are answered within ")
        b.tracked(p, deleted="10 working days", inserted="20 working days", author="Police Legal")
        b.comment(p, "Has Inland Revenue agreed to 20 working days?", author="Police Legal")

    return render(spec, "headings", hooks={"use-of-information": edits})


def bad_legacy_privacy_act_1993() -> DocBuilder:
    """An agreement approved in 2014 under Part 9A of the Privacy Act 1993 and never reviewed."""
    spec = student_loan_spec()
    spec.created = dt.datetime(2014, 5, 1, 9, 0)
    spec.set("parties", [
        ("p", "The parties to this agreement are:"),
        ("bullets", [f"{IR} (lead agency)", DIA]),
        ("p", f"This agreement is entered into under Part 9A of the Privacy Act 1993. {IR} is the lead agency."),
    ])
    spec.set("exemptions", [
        ("p", "The Order in Council made under section 96J of the Privacy Act 1993 grants the Department of "
              "Internal Affairs an exemption from principle 11 and Inland Revenue an exemption from principle 2."),
    ])
    spec.signatories = [
        Signatory(IR, "Naomi Ferguson", "Commissioner of Inland Revenue", dt.date(2014, 6, 16)),
        Signatory(DIA, "Colin MacDonald", "Secretary for Internal Affairs", dt.date(2014, 6, 30)),
    ]
    return render(spec, "headings")


def bad_no_lead_agency() -> DocBuilder:
    """Two parties and no lead agency: the review is left to "the lead agency", which does not exist."""
    spec = serious_crime_spec()
    spec.set("parties", [("p", f"This agreement is made between {IR} and {POLICE}.")])
    spec.set("review", review_items("The lead agency will initiate the review.",
                                    period="every two years from the date of the last signature"))
    return render(spec, "numbered", sig_style="blocks")


def bad_complaints_refer_to_act() -> DocBuilder:
    spec = housing_spec()
    spec.set("complaints", [
        ("p", "Complaints about an interference with privacy are dealt with under Part 5 of the Privacy Act 2020. "
              "Individuals may complain to the Privacy Commissioner (0800 803 909)."),
    ])
    return render(spec, "styled")


def bad_adverse_actions_without_notice() -> DocBuilder:
    spec = student_loan_spec()
    spec.set("adverse-actions", [
        ("p", "Inland Revenue may take the following adverse actions as a result of information shared under this "
              "agreement:"),
        ("bullets", ["issue a demand for payment of the overdue amount;", "begin proceedings to recover the debt."]),
    ])
    return render(spec, "headings")


def bad_safeguards_without_audit() -> DocBuilder:
    spec = housing_spec()
    spec.set("safeguards", safeguards_items(drop=("audit",)))
    return render(spec, "styled")


def bad_exemption_from_ipp6() -> DocBuilder:
    spec = serious_crime_spec()
    spec.set("exemptions", [
        ("p", "The Order in Council approving this agreement under section 145 of the Privacy Act 2020 modifies "
              "IPP 2 and IPP 11 for the parties."),
        ("p", "It also grants Police an exemption from IPP 6 so that Police need not tell a person that "
              "information about them was obtained from Inland Revenue."),
    ])
    return render(spec, "numbered", sig_style="blocks")


def bad_review_as_required() -> DocBuilder:
    spec = student_loan_spec()
    spec.set("review", [
        ("p", "The parties will review this agreement as required. Inland Revenue, as the lead agency, will "
              "initiate the review."),
    ])
    return render(spec, "headings")


def bad_signature_page_incomplete() -> DocBuilder:
    """Customs was added as a third party after the signature page was drawn up."""
    spec = student_loan_spec()
    spec.set("parties", [
        ("p", "The parties to this agreement are:"),
        ("bullets", [f"{IR} (lead agency)", DIA, CUSTOMS]),
    ])
    spec.signatories = [
        Signatory(IR, "Mereana Tipene", "Commissioner of Inland Revenue", dt.date(2026, 3, 9)),
        Signatory(DIA, None, "Secretary for Internal Affairs", dt.date(2026, 3, 17)),
    ]
    return render(spec, "headings", sig_style="blocks")


def bad_no_adverse_actions_section() -> DocBuilder:
    """Drafted from a memorandum of understanding template, which has no adverse actions clause."""
    spec = housing_spec()
    spec.drop("adverse-actions")
    return render(spec, "styled")


def bad_purpose_points_to_order() -> DocBuilder:
    spec = serious_crime_spec()
    spec.set("purpose", [("p", "The purpose of this agreement is set out in the Order in Council.")])
    return render(spec, "numbered", sig_style="blocks")


# ------------------------------------------------------------------ the registry
@dataclass(frozen=True)
class Sample:
    filename: str
    description: str
    build: Callable[[], DocBuilder]
    findings: tuple = ()


def F(rule: str, **data) -> dict:
    return {"rule": rule, "data": data}


SAMPLES: tuple[Sample, ...] = (
    Sample("aisa-good-01-student-loans-heading-styles.docx",
           "Inland Revenue and Internal Affairs (contact details of overseas borrowers); Heading 1 parts, "
           "information table, signature table.", good_student_loans),
    Sample("aisa-good-02-serious-crime-numbered-bold.docx",
           "Inland Revenue and Police (serious crime); \"4. Heading\" bold paragraphs, notice under section 153, "
           "\"Signed for and on behalf of\" blocks.", good_serious_crime),
    Sample("aisa-good-03-social-housing-class-of-agencies.docx",
           "MSD (lead), HUD and a class of community housing providers in a schedule; custom heading style.",
           good_social_housing_class),
    Sample("aisa-bad-01-draft-for-consultation.docx",
           "A draft sent for consultation: drafting note, tracked change and comment, operational details left "
           "as a placeholder, no signatures yet.", bad_draft_for_consultation,
           (F("ISP102", section="operational-details"),
            F("ISP201", text="[Insert an overview of how requests are made and answered]"),
            F("ISP202", count=2), F("ISP203", count=1),
            F("ISP204", text="Drafting note: delete the options that do not apply before the agreement is sign"),
            F("ISP701"))),
    Sample("aisa-bad-02-legacy-privacy-act-1993.docx",
           "Approved in 2014 under Part 9A of the Privacy Act 1993, never updated or reviewed.",
           bad_legacy_privacy_act_1993,
           (F("ISP303", authority="Privacy Act 1993", replacement="Privacy Act 2020"),
            F("ISP604", due="2017-06-30"))),
    Sample("aisa-bad-03-no-lead-agency.docx",
           "No party is designated the lead agency, so \"the lead agency\" that is to start the review is nobody.",
           bad_no_lead_agency, (F("ISP603"), F("ISP704"))),
    Sample("aisa-bad-04-complaints-refer-to-act.docx",
           "The complaints clause only refers to the Act and the Commissioner: no s 144(2)(f) assistance "
           "statement, no contact at a party.", bad_complaints_refer_to_act,
           (F("ISP501", statement="reasonable-assistance"), F("ISP502"))),
    Sample("aisa-bad-05-adverse-actions-without-notice.docx",
           "Adverse actions listed with no notice to the individual and no 10 working days to respond (s 152).",
           bad_adverse_actions_without_notice,
           (F("ISP801", statement="notice"), F("ISP801", statement="dispute-period"))),
    Sample("aisa-bad-06-safeguards-without-audit.docx",
           "Safeguards that never say access and use are logged and audited.", bad_safeguards_without_audit,
           (F("ISP451", safeguard="audit"),)),
    Sample("aisa-bad-07-exemption-from-ipp6.docx",
           "Claims an exemption from IPP 6 for Police, which section 145(2) does not allow.",
           bad_exemption_from_ipp6,
           (F("ISP305", text="It also grants Police an exemption from IPP 6 so that Police need not tell a"),)),
    Sample("aisa-bad-08-review-as-required.docx",
           "Reviewed \"as required\": no review period.", bad_review_as_required, (F("ISP601"),)),
    Sample("aisa-bad-09-signature-page-incomplete.docx",
           "Customs added as a third party after the signature page was drawn up; the Internal Affairs "
           "signatory's name left blank.", bad_signature_page_incomplete,
           (F("ISP702", agency=DIA, missing=["name"]), F("ISP703", agency=CUSTOMS))),
    Sample("aisa-bad-10-no-adverse-actions-section.docx",
           "Drafted from an MOU template: no adverse actions part at all.", bad_no_adverse_actions_section,
           (F("ISP101", section="adverse-actions"),)),
    Sample("aisa-bad-11-purpose-points-to-order.docx",
           "The purpose clause only points at the Order in Council.", bad_purpose_points_to_order,
           (F("ISP301", section="purpose"),)),
)


def build_all(outdir: Path | str | None = None) -> list[Path]:
    """Write every sample and EXPECTED.json to ``outdir`` (default: this folder); returns the paths."""
    out = Path(outdir) if outdir else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for sample in SAMPLES:
        path = out / sample.filename
        sample.build().save(path)
        written.append(path)
    path = out / "EXPECTED.json"
    path.write_text(expected_json(), encoding="utf-8")
    written.append(path)
    return written


def expected_json() -> str:
    """EXPECTED.json: every sample with the findings `isplint lint --rules nz-aisa --as-of AS_OF` must give."""
    doc = {"as_of": AS_OF, "files": expected()}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def expected() -> dict[str, list[dict]]:
    return {s.filename: [copy.deepcopy(f) for f in s.findings] for s in SAMPLES}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for path in build_all(args[0] if args else None):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
