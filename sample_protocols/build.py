"""Build the sample protocol corpus: ``python sample_protocols/build.py [OUTDIR]``.

Every sample is one function that returns a DocBuilder.  ``SAMPLES`` lists them
with a one-line description and the findings deliberately put in (``findings``:
a list of ``{"rule": "ISPnnn", "data": {...}}``; empty for a clean protocol).
Output is deterministic: the same code writes byte-identical .docx files.

The protocols follow the government multi-agency meeting ISP template and the
guidance "Sharing information at multi-agency meetings".  People, email
addresses and phone numbers in them are fictitious.

Keys used in ``data``: ``section`` (one of SECTIONS), ``text`` (the placeholder
or offending wording as it appears), ``purpose``, ``authority``,
``replacement``, ``classification``, ``body``/``marking`` (for a mismatch),
``control`` (one of CONTROLS), ``period_months``, ``signed``, ``agency``,
``field``, ``author``.
"""

from __future__ import annotations

import copy
import json
import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sample_protocols.docbuilder import DocBuilder  # noqa: E402

# The template's sections, in order (keys used in findings data).
SECTIONS = (
    "attending_agencies", "meeting_purpose", "purpose_of_sharing", "information_shared",
    "legal_authority", "use_of_information", "transparency", "method_of_sharing",
    "security_classification", "security_controls", "tikanga", "retention",
    "breach_management", "conflicts_of_interest", "relationship_management", "review", "approval",
)

# The six minimum security controls (keys used in findings data) and their wording.
CONTROLS = {
    "training": "Attending agency representatives have completed their agency’s privacy and information "
                "security training modules, including any modules for the secure business system used.",
    "hard_copy_destroyed": "All hard copy information shared at the meeting is securely destroyed at the end "
                           "of the meeting.",
    "password_protection": "All email attachments containing personal information are password protected.",
    "approved_devices": "Information is only shared with attending agencies from agency-approved devices.",
    "virtual_meetings": "When the meeting is held virtually, personal information is not shared in the chat "
                        "function, and the meeting is not recorded and no screenshots are taken.",
    "no_hard_copies_to_others": "Hard copies of information are not given to other attending agency "
                                "representatives.",
}

POLICE = "New Zealand Police"
OT = "Oranga Tamariki – Ministry for Children"
HEALTH = "Health New Zealand – Te Whatu Ora"
MSD = "Ministry of Social Development"
KAINGA_ORA = "Kāinga Ora – Homes and Communities"
MOE = "Ministry of Education"
CORRECTIONS = "Department of Corrections"
NGATI_WHATUA = "Te Rūnanga o Ngāti Whātua"
SHINE = "Shine"
REFUGE = "Women’s Refuge"
AGE_CONCERN = "Age Concern Auckland"
LIFEWISE = "Lifewise"
WAIPAREIRA = "Te Whānau o Waipareira"


@dataclass
class Signatory:
    agency: str
    name: str | None
    role: str | None
    date: dt.date | None
    signed: bool = True


@dataclass
class Spec:
    """One protocol's content.  ``sections`` maps a section key to (heading, items);
    items are tuples rendered in order: ("p", text), ("bold", text),
    ("bullets", [..]), ("numbered", [..]), ("table", rows, opts),
    ("dropdown", prefix, choices, selected, tag), ("textctl", prefix, value, tag),
    ("datectl", prefix, date, tag), ("hook", fn(builder))."""

    title: str
    subtitle: str
    author: str
    created: dt.datetime
    agencies: list[str]
    lead: str | None
    sections: dict[str, tuple[str, list]]
    signatories: list[Signatory]
    marking: str | None = "IN-CONFIDENCE"  # header/footer classification marking
    version: str = "Version 1.0"
    intro: list = field(default_factory=list)  # items before the first section

    def set(self, key: str, items: list, heading: str | None = None) -> None:
        old = self.sections[key][0]
        self.sections[key] = (heading or old, items)

    def items(self, key: str) -> list:
        return self.sections[key][1]

    def drop(self, key: str) -> None:
        del self.sections[key]


# ----------------------------------------------------------------- shared text
def controls_items(drop: tuple[str, ...] = (), extra: list[str] = ()) -> list:
    req = [CONTROLS[k] for k in ("training", "hard_copy_destroyed", "password_protection") if k not in drop]
    res = [CONTROLS[k] for k in ("approved_devices", "virtual_meetings", "no_hard_copies_to_others")
           if k not in drop]
    return [
        ("p", "Attending agencies agree to the following minimum security controls."),
        ("bold", "Requirements"),
        ("bullets", req + list(extra)),
        ("bold", "Restrictions"),
        ("bullets", res),
    ]


def classification_items(level: str = "IN-CONFIDENCE") -> list:
    return [
        ("p", f"Information shared at the meeting is classified {level}. Attending government agencies will "
              "handle it in line with the Protective Security Requirements (PSR), and non-government "
              "attendees have confirmed they are able to receive and handle information at this classification."),
    ]


def use_items(purpose_phrase: str) -> list:
    return [
        ("p", "Information shared at the meeting will only be used for the purposes set out in this protocol, "
              f"namely {purpose_phrase}, and only as the legal authority for each purpose allows."),
        ("p", "Attending agencies will not put information shared at the meeting into their own business "
              "systems or records unless they need it to carry out a meeting purpose. Where an agency keeps "
              "information, it will record where the information came from, the legal authority it was shared "
              "under, the purpose it was shared for, any restrictions on its use and the date it was shared."),
        ("p", "Any proposed secondary use must be assessed for its own purpose and legal authority, with advice "
              "from the agency’s privacy, legal or information sharing team."),
    ]


def transparency_items(extra: str | None = None) -> list:
    items = [
        ("p", "Each attending agency will tell people, to the greatest extent possible, that their information "
              "may be shared at the meeting, which agencies attend and why, through its privacy statement and "
              "when it first engages with them."),
        ("p", "Where sharing relies on section 66C of the Oranga Tamariki Act 1989, the agency will consult the "
              "child or young person and their whānau before sharing where it is practicable and appropriate."),
        ("p", "Where telling a person would increase the risk to a victim or prejudice the maintenance of the "
              "law, the agency will record that reason; its transparency statement will still say that the "
              "sharing happens."),
    ]
    if extra:
        items.append(("p", extra))
    return items


def method_items(system: str | None = None) -> list:
    bullets = [
        "the lead attending agency emails the list of individuals to be discussed to attending agency "
        "representatives two working days before the meeting, using SEEMail or an equivalent secure channel;",
        "attending agency representatives share information verbally at the meeting;",
        "any follow-up after the meeting is by secure email to the relevant representatives only.",
    ]
    if system:
        bullets.insert(2, f"actions and notes are recorded in {system}, which only nominated representatives "
                          "can access;")
    return [
        ("p", "Information is shared in the following ways, each of which is approved for use by every "
              "attending agency:"),
        ("bullets", bullets),
    ]


def tikanga_items(iwi: str | None) -> list:
    who = iwi or "our Māori partners"
    return [
        ("p", "Much of the information discussed is about Māori whānau, and Māori data is a taonga. Attending "
              "agencies will share and use it in a way that upholds the mana of the people it is about."),
        ("p", f"The tikanga that applies was agreed with {who} and agency Māori advisory teams, and is reviewed "
              "with them: whānau are referred to by name and with respect, whakapapa information is only "
              "shared where it is directly relevant to the meeting purpose, and kaumātua advice is sought "
              "where a matter affects the wider whānau, hapū or iwi."),
    ]


def retention_items(lead: str, extra: str | None = None) -> list:
    items = [
        ("p", "Attending agencies will only retain information shared at the meeting if they are using it for "
              "a meeting purpose, for example a risk or needs assessment or arranging support services."),
        ("p", "Retained information is stored in the agency’s approved business system and held only for as "
              "long as it is required, under the agency’s retention and disposal authority. Once it is stored "
              "there, personal information received by email is securely deleted."),
        ("p", f"{lead} keeps the meeting agendas, action logs and minutes under its own disposal authority."),
    ]
    if extra:
        items.append(("p", extra))
    return items


def breach_items(contact: str | None, how: bool = True,
                 law: str = "whether it is a notifiable privacy breach under Part 6 of the Privacy Act 2020") -> list:
    items = [
        ("p", "An attending agency that becomes aware of a privacy or security breach involving information "
              "shared at the meeting will tell the breach contact as soon as practicable, and in any event "
              "within 24 hours."),
    ]
    if contact:
        items.append(("p", contact))
    if how:
        items.append(("p", "The attending agencies will work together to contain the breach, assess "
                           f"{law}, and agree what to "
                           "tell affected people. The agency that holds the information is responsible for "
                           "notifying the Privacy Commissioner where required."))
    return items


def conflicts_items() -> list:
    return [
        ("p", "A representative who knows a person being discussed, or has any other actual or perceived "
              "conflict of interest, will:"),
        ("bullets", [
            "tell the meeting facilitator as soon as they become aware of the conflict;",
            "refer the request for information to another person in their agency to action and respond to; and",
            "leave the meeting while information about that person is shared.",
        ]),
        ("p", "The facilitator records the conflict and how it was managed in the action log."),
    ]


def relationship_items(rms: list[tuple[str, str]], cadence: str = "six-monthly") -> list:
    rows = [["Agency", "Relationship manager"]] + [[a, r] for a, r in rms]
    return [
        ("p", "Each attending agency has nominated a relationship manager who checks that the sharing is "
              "working as intended and is the first point of contact for any issue about the agency’s "
              "information."),
        ("table", rows, {}),
        ("p", f"Relationship managers meet {cadence} with their agency representatives to confirm the protocol "
              "is operating as intended and to pick up any scope creep early."),
    ]


def review_items(period: str, owner: str | None, next_due: str | None = None) -> list:
    text = f"This protocol will be reviewed {period} from the date of the last signature."
    if owner:
        text += f" {owner}, as lead attending agency, will initiate the review."
    items = [("p", text)]
    if next_due:
        items.append(("p", f"Next review due: {next_due}."))
    items.append(("p", "Any attending agency may ask for a review at any time if an issue with the sharing of "
                       "information arises."))
    return items


def approval_intro() -> list:
    return [("p", "Each attending agency has had this protocol checked by a person in a senior privacy, legal or "
                  "information role. By signing, the signatories confirm their agency agrees to share and use "
                  "information in line with it.")]


def sign(agencies: list[str], people: dict[str, tuple[str, str]], dates: list[dt.date]) -> list[Signatory]:
    return [Signatory(a, *people[a], dates[i % len(dates)]) for i, a in enumerate(agencies)]


PEOPLE = {
    POLICE: ("Inspector Hēmi Walker", "District Prevention Manager, Tāmaki Makaurau"),
    OT: ("Leilani Fonoti", "Regional Manager, Tāmaki Makaurau"),
    HEALTH: ("Dr Sarah Whitcombe", "Director of Allied Health, Te Toka Tumai Auckland"),
    MSD: ("Wiremu Paki", "Regional Commissioner, Auckland Metro"),
    KAINGA_ORA: ("Priya Naidu", "Regional Director, Auckland North"),
    MOE: ("Catherine O’Neill", "Director of Education, Auckland"),
    CORRECTIONS: ("Tama Rāwiri", "Regional Commissioner, Northern Region"),
    NGATI_WHATUA: ("Moana Herewini", "Pou Whakahaere, Whānau Services"),
    SHINE: ("Jenny Lau", "Service Manager"),
    REFUGE: ("Aroha Tipene", "Manager, Refuge Services"),
    AGE_CONCERN: ("Graham Fitzgerald", "Chief Executive"),
    LIFEWISE: ("Daniel Kerr", "Housing First Service Lead"),
    WAIPAREIRA: ("Huia Tamihana", "Kaiwhakahaere, Whānau Ora"),
}

RMS = {
    POLICE: "Family Harm Coordinator, Tāmaki Makaurau",
    OT: "Site Manager, Ōtara",
    HEALTH: "Privacy Officer, Te Toka Tumai Auckland",
    MSD: "Regional Partnerships Manager",
    KAINGA_ORA: "Tenancy Sustainment Manager",
    MOE: "Senior Adviser, Attendance",
    CORRECTIONS: "Service Manager, Community Corrections",
    NGATI_WHATUA: "Kaiārahi Whānau",
    SHINE: "Team Leader, Safety Services",
    REFUGE: "Advocacy Lead",
    AGE_CONCERN: "Elder Abuse Response Service Coordinator",
    LIFEWISE: "Practice Lead",
    WAIPAREIRA: "Whānau Ora Navigator Lead",
}


def base_sections(headings: dict[str, str]) -> dict[str, tuple[str, list]]:
    return {k: (headings[k], []) for k in SECTIONS}


HEADINGS_STANDARD = {
    "attending_agencies": "Attending agencies",
    "meeting_purpose": "Meeting purpose",
    "purpose_of_sharing": "Purpose of sharing",
    "information_shared": "Information to be shared",
    "legal_authority": "Legal authority to share",
    "use_of_information": "Use of information",
    "transparency": "Transparency and notification obligations",
    "method_of_sharing": "Method of sharing",
    "security_classification": "Security classification",
    "security_controls": "Security controls",
    "tikanga": "Tikanga considerations",
    "retention": "Retention and disposal of information shared",
    "breach_management": "Privacy and security breach management",
    "conflicts_of_interest": "Managing conflicts of interest",
    "relationship_management": "Relationship management and oversight",
    "review": "Review",
    "approval": "Approval",
}

HEADINGS_VARIANT = {
    "attending_agencies": "Who attends",
    "meeting_purpose": "Why we meet",
    "purpose_of_sharing": "Why we share information",
    "information_shared": "What information we share",
    "legal_authority": "Legal basis for sharing",
    "use_of_information": "How information may be used",
    "transparency": "Telling people about the sharing",
    "method_of_sharing": "How information is shared",
    "security_classification": "Classification of information",
    "security_controls": "Security requirements and restrictions",
    "tikanga": "Tikanga Māori",
    "retention": "Keeping and disposing of information",
    "breach_management": "Privacy breaches and security incidents",
    "conflicts_of_interest": "Conflicts of interest",
    "relationship_management": "Oversight and relationship managers",
    "review": "Reviewing this protocol",
    "approval": "Signatories",
}


def agencies_items(agencies: list[str], lead: str | None, lead_sentence: bool = True) -> list:
    items = [("p", "The following agencies attend the meeting and are signatories to this protocol:"),
             ("bullets", list(agencies))]
    if lead and lead_sentence:
        items.append(("p", f"{lead} is the lead attending agency. It set up the meeting, chairs it, and is "
                           "responsible for developing and implementing this protocol."))
    return items


def authority_table(pairs: list[tuple[str, str | None]]) -> tuple:
    rows = [["Purpose of sharing", "Legal authority"]]
    for i, (purpose, authority) in enumerate(pairs, 1):
        rows.append([f"{i}. {purpose}", authority or ""])
    return ("table", rows, {})


# --------------------------------------------------------------- meeting specs
FV_INFO = {
    POLICE: "Family violence episode details, protection orders, relevant offending history, firearms licence "
            "status",
    OT: "Whether the children are known to Oranga Tamariki, current care or safety plans",
    HEALTH: "Relevant injuries and presentations, mental health and addiction involvement",
    CORRECTIONS: "Sentence and release conditions, probation officer contact",
    MSD: "Whether the victim receives a benefit or emergency housing, and case manager contact",
    NGATI_WHATUA: "Current engagement with the whānau and safety planning already in place",
    SHINE: "Current engagement with the victim and safety planning already in place",
    REFUGE: "Current engagement with the victim, safe house and advocacy support in place",
}


def fv_spec(layout_headings=HEADINGS_STANDARD, signed=dt.date(2026, 3, 16), agencies=None) -> Spec:
    """Family violence safety assessment meeting (Whāngaia Ngā Pā Harakeke)."""
    agencies = agencies or [POLICE, OT, HEALTH, CORRECTIONS, NGATI_WHATUA, SHINE, REFUGE]
    lead = POLICE
    s = Spec(
        title="Whāngaia Ngā Pā Harakeke Safety Assessment Meeting",
        subtitle="Multi-agency meeting information sharing protocol – Tāmaki Makaurau",
        author="Family Harm Coordinator, Tāmaki Makaurau District",
        created=dt.datetime(2026, 2, 9, 10, 15),
        agencies=agencies, lead=lead, sections=base_sections(layout_headings),
        signatories=sign(agencies, PEOPLE, [signed, signed + dt.timedelta(days=2), signed + dt.timedelta(days=9)]),
    )
    purposes = [
        ("To assess the level of risk to victims of family violence, including children, reported to Police in "
         "the previous 24 hours.",
         "Family Violence Act 2018, ss 20–22 (sharing to help protect a victim from family violence)"),
        ("To agree a safety plan for each victim and identify the agency that will lead support for the whānau.",
         "Family Violence Act 2018, s 20; Oranga Tamariki Act 1989, s 66C (where a child or young person is "
         "involved)"),
        ("To prevent or lessen a serious threat to the life or health of a victim or another person.",
         "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)"),
        ("To support the enforcement of protection orders and the investigation of offences.",
         "Privacy Act 2020, IPP 11(1)(e)(i)"),
    ]
    s.set("attending_agencies", agencies_items(agencies, lead))
    s.set("meeting_purpose", [
        ("p", "The Safety Assessment Meeting (SAM) meets every weekday morning to review family violence "
              "episodes reported to Police in the previous 24 hours. Its purpose is to reduce harm and prevent "
              "further family violence by making sure every victim, and every child in the home, has a "
              "coordinated safety response that respects the whānau and their culture."),
    ])
    s.set("purpose_of_sharing", [("p", "Information is shared at the meeting for these purposes:"),
                                 ("numbered", [p for p, _ in purposes])])
    s.set("information_shared", [
        ("p", "Attending agencies share only the information they hold that is relevant to a purpose above:"),
        ("table", [["Agency", "Information"]] + [[a, FV_INFO[a]] for a in agencies], {}),
    ])
    s.set("legal_authority", [
        ("p", "This protocol does not itself authorise any sharing. Each purpose relies on the legal authority "
              "shown below, and each agency must meet the criteria of that authority before it shares."),
        authority_table(purposes),
    ])
    s.set("use_of_information", use_items("assessing risk, safety planning and protecting victims"))
    s.set("transparency", transparency_items())
    s.set("method_of_sharing", method_items("the Family Safety System"))
    s.set("security_classification", classification_items("SENSITIVE"))
    s.marking = "SENSITIVE"
    s.set("security_controls", controls_items(extra=[
        "Access to the Family Safety System is removed within one working day when a representative leaves "
        "the meeting."]))
    s.set("tikanga", tikanga_items(NGATI_WHATUA))
    s.set("retention", retention_items(lead))
    s.set("breach_management", breach_items(
        "The designated breach contact is Anahera Wikitera, Privacy Officer, New Zealand Police – Tāmaki "
        "Makaurau District (privacy.tamakimakaurau@police.govt.nz, 09 302 6400)."))
    s.set("conflicts_of_interest", conflicts_items())
    s.set("relationship_management", relationship_items([(a, RMS[a]) for a in agencies]))
    s.set("review", review_items("every 24 months", lead))
    s.set("approval", approval_intro())
    return s


def youth_spec(layout_headings=HEADINGS_STANDARD, signed=dt.date(2026, 5, 4)) -> Spec:
    """Youth offending panel supporting youth justice family group conferences."""
    agencies = [OT, POLICE, MOE, HEALTH, WAIPAREIRA]
    lead = OT
    s = Spec(
        title="Waitākere Youth Offending Panel",
        subtitle="Information sharing protocol for the multi-agency panel supporting youth justice family group "
                 "conferences",
        author="Youth Justice Supervisor, Waitākere",
        created=dt.datetime(2026, 4, 2, 14, 0),
        agencies=agencies, lead=lead, sections=base_sections(layout_headings),
        signatories=sign(agencies, PEOPLE, [signed, signed + dt.timedelta(days=3)]),
    )
    purposes = [
        ("To prepare for youth justice family group conferences by understanding the young person’s needs, "
         "strengths and circumstances.",
         "Oranga Tamariki Act 1989, s 66C (child welfare and protection agencies)"),
        ("To provide information Oranga Tamariki requests to carry out its functions under the Act.",
         "Oranga Tamariki Act 1989, s 66"),
        ("To plan and monitor education, health and whānau support agreed in the family group conference plan.",
         "Oranga Tamariki Act 1989, s 66C; Health Information Privacy Code 2020, rule 11(1)(a)"),
        ("To support the maintenance of the law in relation to current charges.",
         "Privacy Act 2020, IPP 11(1)(e)(i)"),
    ]
    s.set("attending_agencies", agencies_items(agencies, lead))
    s.set("meeting_purpose", [
        ("p", "The panel meets fortnightly to bring together what agencies know about young people referred "
              "for a youth justice family group conference (FGC), so the conference can agree a plan that "
              "addresses the causes of offending and supports the young person to stay connected to their "
              "whānau, school and community."),
    ])
    s.set("purpose_of_sharing", [("p", "Information is shared for the following purposes:"),
                                 ("numbered", [p for p, _ in purposes])])
    s.set("information_shared", [
        ("bullets", [
            "Oranga Tamariki: referral details, previous FGC plans and whether the young person is in care.",
            "New Zealand Police: current charges, the summary of facts and bail conditions.",
            "Ministry of Education: enrolment, attendance and any stand-downs or suspensions.",
            "Health New Zealand – Te Whatu Ora: current engagement with youth health, mental health or "
            "addiction services (the fact of engagement, not clinical notes).",
            "Te Whānau o Waipareira: whānau support already in place and the key worker’s contact details.",
        ]),
    ])
    s.set("legal_authority", [
        ("p", "The protocol does not provide the legal authority to share. Every purpose relies on one of the "
              "authorities below:"),
        authority_table(purposes),
    ])
    s.set("use_of_information", use_items("preparing for and supporting youth justice FGCs"))
    s.set("transparency", transparency_items(
        "Young people and their whānau are told about the panel when the FGC is convened, and the youth "
        "justice coordinator explains what will be shared and why."))
    s.set("method_of_sharing", method_items())
    s.set("security_classification", classification_items("IN-CONFIDENCE"))
    s.set("security_controls", controls_items())
    s.set("tikanga", tikanga_items(WAIPAREIRA))
    s.set("retention", retention_items(lead))
    s.set("breach_management", breach_items(
        "Breach contact: Privacy Officer, Oranga Tamariki – Ministry for Children, "
        "privacy.officer@ot.govt.nz, 0508 326 459."))
    s.set("conflicts_of_interest", conflicts_items())
    s.set("relationship_management", relationship_items([(a, RMS[a]) for a in agencies], "quarterly"))
    s.set("review", review_items("every 24 months", lead, "May 2028"))
    s.set("approval", approval_intro())
    return s


def school_spec(layout_headings=HEADINGS_STANDARD, signed=dt.date(2026, 2, 23)) -> Spec:
    """School attendance hub."""
    agencies = [MOE, OT, MSD, KAINGA_ORA, NGATI_WHATUA, HEALTH]
    lead = MOE
    s = Spec(
        title="Ōrākei–Tāmaki School Attendance Hub",
        subtitle="Information sharing protocol",
        author="Senior Adviser, Attendance – Ministry of Education",
        created=dt.datetime(2026, 1, 28, 9, 0),
        agencies=agencies, lead=lead, sections=base_sections(layout_headings),
        signatories=sign(agencies, PEOPLE, [signed, signed + dt.timedelta(days=1), signed + dt.timedelta(days=7)]),
        marking="IN-CONFIDENCE",
    )
    purposes = [
        ("To identify ākonga who are chronically absent and the barriers to their attendance.",
         "Education and Training Act 2020, Part 2 (attendance); Privacy Act 2020, IPP 11(1)(a)"),
        ("To agree which agency will work with the whānau and what support will be offered.",
         "Privacy Act 2020, IPP 11(1)(a) and IPP 10"),
        ("To respond where a child’s wellbeing or safety is a concern.",
         "Oranga Tamariki Act 1989, s 66C"),
    ]
    s.set("attending_agencies", agencies_items(agencies, lead))
    s.set("meeting_purpose", [
        ("p", "The hub meets every three weeks during term time. It brings schools’ attendance data together with "
              "what agencies know about the whānau, so that ākonga who are missing school get the right support "
              "quickly and whānau are not asked the same questions by several agencies."),
    ])
    s.set("purpose_of_sharing", [("numbered", [p for p, _ in purposes])])
    s.set("information_shared", [
        ("p", "Attendance records, enrolment history and any stand-downs (Ministry of Education); whether the "
              "whānau receives a benefit or hardship assistance and has an active case manager (Ministry of "
              "Social Development); tenancy status and any housing moves (Kāinga Ora); health barriers to "
              "attendance (Health New Zealand – Te Whatu Ora); and current involvement with the whānau "
              "(Oranga Tamariki, Te Rūnanga o Ngāti Whātua)."),
    ])
    s.set("legal_authority", [authority_table(purposes),
                              ("p", "The protocol does not itself authorise any sharing; it records the "
                                    "authorities agencies rely on.")])
    s.set("use_of_information", use_items("improving school attendance and supporting whānau"))
    s.set("transparency", transparency_items())
    s.set("method_of_sharing", method_items("the hub’s Microsoft Teams channel (restricted membership)"))
    s.set("security_classification", classification_items("IN-CONFIDENCE"))
    s.set("security_controls", controls_items())
    s.set("tikanga", tikanga_items(NGATI_WHATUA))
    s.set("retention", retention_items(lead))
    s.set("breach_management", breach_items(
        "Designated breach contact: Rangi Kereama, Senior Adviser Privacy, Ministry of Education "
        "(privacy.auckland@education.govt.nz, 09 632 9400)."))
    s.set("conflicts_of_interest", conflicts_items())
    s.set("relationship_management", relationship_items([(a, RMS[a]) for a in agencies], "each term"))
    s.set("review", review_items("every 24 months", lead))
    s.set("approval", approval_intro())
    return s


def elder_spec(layout_headings=HEADINGS_STANDARD, signed=dt.date(2026, 6, 10)) -> Spec:
    """Frailty and elder abuse case conference."""
    agencies = [HEALTH, POLICE, AGE_CONCERN, MSD, KAINGA_ORA]
    lead = HEALTH
    s = Spec(
        title="Elder Abuse and Frailty Case Conference",
        subtitle="Multi-agency information sharing protocol – Waitematā",
        author="Older Adults Social Work Team, Waitematā",
        created=dt.datetime(2026, 5, 20, 11, 30),
        agencies=agencies, lead=lead, sections=base_sections(layout_headings),
        signatories=sign(agencies, PEOPLE, [signed, signed + dt.timedelta(days=5)]),
    )
    purposes = [
        ("To assess risk to older people where abuse, neglect or self-neglect is suspected.",
         "Family Violence Act 2018, s 20; Privacy Act 2020, IPP 11(1)(f)"),
        ("To coordinate health, housing, income and safety support for the older person.",
         "Health Information Privacy Code 2020, rule 11(1)(a); Privacy Act 2020, IPP 11(1)(a)"),
        ("To prevent or lessen a serious threat to the older person’s life or health.",
         "Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, IPP 11(1)(f)"),
    ]
    s.set("attending_agencies", agencies_items(agencies, lead))
    s.set("meeting_purpose", [
        ("p", "The case conference meets monthly to discuss older people referred by any attending agency "
              "because of concerns about elder abuse, neglect or frailty, and to agree a coordinated plan that "
              "keeps the person safe while respecting their wishes and independence."),
    ])
    s.set("purpose_of_sharing", [("numbered", [p for p, _ in purposes])])
    s.set("information_shared", [
        ("bullets", [
            "Health New Zealand – Te Whatu Ora: diagnoses and capacity assessments relevant to the concern, "
            "needs assessment (NASC) outcome, enduring power of attorney status.",
            "New Zealand Police: relevant callouts and any family violence history.",
            "Age Concern Auckland: elder abuse response service involvement.",
            "Ministry of Social Development: income support and whether a representative payee is in place.",
            "Kāinga Ora – Homes and Communities: tenancy, property condition and modification requests.",
        ]),
    ])
    s.set("legal_authority", [
        ("p", "This protocol records, but does not create, the legal authority for sharing:"),
        authority_table(purposes),
    ])
    s.set("use_of_information", use_items("keeping older people safe and coordinating their support"))
    s.set("transparency", transparency_items(
        "The older person is told about the referral and asked for their views unless doing so would put them "
        "at greater risk."))
    s.set("method_of_sharing", method_items())
    s.set("security_classification", classification_items("IN-CONFIDENCE"))
    s.set("security_controls", controls_items())
    s.set("tikanga", tikanga_items(None))
    s.set("retention", retention_items(lead))
    s.set("breach_management", breach_items(
        "The breach contact is the Privacy Officer, Health New Zealand – Te Whatu Ora Waitematā "
        "(privacy.waitemata@tewhatuora.govt.nz, 09 486 8900)."))
    s.set("conflicts_of_interest", conflicts_items())
    s.set("relationship_management", relationship_items([(a, RMS[a]) for a in agencies]))
    s.set("review", review_items("every 24 months", lead))
    s.set("approval", approval_intro())
    return s


def housing_spec(layout_headings=HEADINGS_STANDARD, signed=dt.date(2026, 8, 3)) -> Spec:
    """Housing First collective case review."""
    agencies = [MSD, KAINGA_ORA, HEALTH, CORRECTIONS, LIFEWISE, NGATI_WHATUA]
    lead = MSD
    s = Spec(
        title="Housing First Auckland – Collective Case Review",
        subtitle="Information sharing protocol for the monthly multi-agency case review",
        author="Regional Partnerships Manager, MSD Auckland",
        created=dt.datetime(2026, 7, 14, 13, 45),
        agencies=agencies, lead=lead, sections=base_sections(layout_headings),
        signatories=sign(agencies, PEOPLE, [signed, signed + dt.timedelta(days=4)]),
    )
    purposes = [
        ("To house people experiencing chronic homelessness quickly and keep their tenancies stable.",
         "Privacy Act 2020, IPP 11(1)(d) (authorised by the individual) and IPP 11(1)(a)"),
        ("To coordinate health, addiction and reintegration support for tāngata whaiora.",
         "Health Information Privacy Code 2020, rule 11(1)(b); Corrections Act 2004, s 182A"),
        ("To respond where a person’s tenancy or safety is at serious risk.",
         "Privacy Act 2020, IPP 11(1)(f)"),
    ]
    s.set("attending_agencies", agencies_items(agencies, lead))
    s.set("meeting_purpose", [
        ("p", "The collective case review meets monthly to support people in the Housing First programme who "
              "have complex needs, so that agencies work as one team around each person and no-one loses "
              "their home because services did not talk to each other."),
    ])
    s.set("purpose_of_sharing", [("numbered", [p for p, _ in purposes])])
    s.set("information_shared", [
        ("p", "Only information that each person has agreed may be shared, or that is needed to respond to a "
              "serious risk: tenancy and rent arrears status, benefit and hardship status, health and addiction "
              "service engagement, release conditions, and the support plan held by Lifewise."),
    ])
    s.set("legal_authority", [
        ("p", "Housing First is a consent-based programme. The protocol does not authorise sharing; the "
              "authorities relied on are:"),
        authority_table(purposes),
    ])
    s.set("use_of_information", use_items("housing people and keeping their tenancies stable"))
    s.set("transparency", transparency_items(
        "Each person signs a consent form at intake that names the attending agencies; they may withdraw "
        "consent at any time and are told what that means for the support they receive."))
    s.set("method_of_sharing", method_items())
    s.set("security_classification", classification_items("IN-CONFIDENCE"))
    s.set("security_controls", controls_items())
    s.set("tikanga", tikanga_items(NGATI_WHATUA))
    s.set("retention", retention_items(lead))
    s.set("breach_management", breach_items(
        "Breach contact: Mele Tupou, Privacy Lead, Ministry of Social Development – Auckland "
        "(mele.tupou@msd.govt.nz, 027 555 0193)."))
    s.set("conflicts_of_interest", conflicts_items())
    s.set("relationship_management", relationship_items([(a, RMS[a]) for a in agencies]))
    s.set("review", review_items("every 24 months", lead))
    s.set("approval", approval_intro())
    return s


# ------------------------------------------------------------------- rendering
def new_builder(spec: Spec) -> DocBuilder:
    b = DocBuilder(title=f"{spec.title} – Information Sharing Protocol", author=spec.author,
                   created=spec.created, modified=spec.created + dt.timedelta(days=14))
    if spec.marking:
        b.header(spec.marking)
        b.footer(f"{spec.marking} – {spec.title} ISP – {spec.version}")
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
            opts = dict(item[2])
            landscape = opts.pop("landscape", False)
            if landscape:
                b.landscape_section()
            b.table(item[1], **opts)
            if landscape:
                b.portrait_section()
        elif kind == "dropdown":
            _, prefix, choices, selected, tag = item
            b.dropdown(choices, selected=selected, paragraph=b.para(prefix), tag=tag, alias=tag)
        elif kind == "textctl":
            _, prefix, value, tag = item
            b.text_control(value, paragraph=b.para(prefix) if prefix else None, tag=tag, alias=tag)
        elif kind == "datectl":
            _, prefix, value, tag = item
            b.date_control(value, paragraph=b.para(prefix), tag=tag, alias=tag)
        elif kind == "hook":
            item[1](b)
        else:
            raise ValueError(kind)


def fill_cell(b: DocBuilder, cell, items: list) -> None:
    """Items rendered inside a form-table cell (lists keep their list styles)."""
    first = True

    def para(text="", style=None, bold=False):
        nonlocal first
        p = cell.paragraphs[0] if first else cell.add_paragraph(style=style)
        if first and style:
            p.style = b.doc.styles[style]
        first = False
        if text:
            p.add_run(text).bold = bold or None
        return p

    for item in items:
        kind = item[0]
        if kind in ("p", "bold"):
            para(item[1], bold=kind == "bold")
        elif kind in ("bullets", "numbered"):
            for text in item[1]:
                para(text, "List Bullet" if kind == "bullets" else "List Number")
        elif kind == "table":
            if first:
                para()
            b.nested_table(cell, item[1])
        elif kind == "dropdown":
            _, prefix, choices, selected, tag = item
            b.dropdown(choices, selected=selected, paragraph=para(prefix), tag=tag, alias=tag)
        elif kind == "textctl":
            _, prefix, value, tag = item
            b.text_control(value, paragraph=para(prefix), tag=tag, alias=tag)
        elif kind == "datectl":
            _, prefix, value, tag = item
            b.date_control(value, paragraph=para(prefix), tag=tag, alias=tag)
        else:
            raise ValueError(f"{kind} is not supported in a form table")


def signatory_table(b: DocBuilder, sigs: list[Signatory]) -> None:
    rows = [["Agency", "Name", "Role", "Signature", "Date"]]
    for s in sigs:
        rows.append([s.agency, s.name or "", s.role or "", "(signed)" if s.signed else "",
                     date_text(s.date) if s.date else ""])
    b.table(rows)


def signatory_blocks(b: DocBuilder, sigs: list[Signatory]) -> None:
    for s in sigs:
        b.para(f"Signed for and on behalf of {s.agency}", bold=True)
        b.para(f"Name: {s.name or ''}")
        if s.role is not None:
            b.para(f"Title: {s.role}")
        b.para("Signature: (signed)" if s.signed else "Signature:")
        b.para(f"Date: {date_text(s.date) if s.date else ''}")


def date_text(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def title_block(b: DocBuilder, spec: Spec, styled: bool = True) -> None:
    if styled:
        b.heading(spec.title, 0)
        b.para(spec.subtitle, style="Subtitle")
    else:
        b.para(spec.title.upper(), bold=True)
        b.para(spec.subtitle)
    b.para(f"{spec.version} – {spec.created.day} {MONTHS[spec.created.month - 1]} {spec.created.year}")


def render(spec: Spec, layout: str = "headings", sig_style: str = "table", toc: bool = False,
           hooks: dict[str, Callable] | None = None, builder: DocBuilder | None = None) -> DocBuilder:
    """Write ``spec`` in one of the layouts:
    headings  - Heading 1 per section;
    numbered  - "N. Heading" as plain bold Normal paragraphs;
    caps      - upper-case bold headings;
    styled    - a custom heading style with an outline level ("Kōrero Heading");
    form      - a two-column label | value table for most sections.
    ``hooks`` maps a section key to fn(builder) run after that section's content."""
    hooks = hooks or {}
    b = builder or new_builder(spec)
    title_block(b, spec, styled=layout != "numbered")
    render_items(b, spec.intro)
    keys = [k for k in SECTIONS if k in spec.sections]
    if toc:
        b.toc([(spec.sections[k][0], 1) for k in keys])
        b.page_break()

    def head(n: int, text: str):
        if layout == "headings":
            b.heading(text, 1)
        elif layout == "numbered":
            b.bold_heading(f"{n}. {text}")
        elif layout == "caps":
            b.caps_heading(text)
        elif layout == "styled":
            b.styled_heading(text, "Kōrero Heading", 0)
        else:
            raise ValueError(layout)

    if layout == "form":
        # Runs of sections become label | value form tables; the authority table,
        # the relationship managers and the signatures keep their own headings.
        own = ("legal_authority", "relationship_management", "approval")
        run: list[str] = []

        def flush():
            if run:
                table = b.form_table([(spec.sections[k][0], "") for k in run])
                for i, k in enumerate(run):
                    fill_cell(b, table.cell(i, 1), spec.items(k))
                for k in run:
                    if k in hooks:
                        hooks[k](b)
                run.clear()

        for k in keys:
            if k not in own:
                run.append(k)
                continue
            flush()
            b.heading(spec.sections[k][0], 1)
            render_items(b, spec.items(k))
            if k == "approval":
                _signatures(b, spec, sig_style)
            if k in hooks:
                hooks[k](b)
        flush()
        return b

    for n, k in enumerate(keys, 1):
        heading, items = spec.sections[k]
        head(n, heading)
        render_items(b, items)
        if k == "approval":
            _signatures(b, spec, sig_style)
        if k in hooks:
            hooks[k](b)
    return b


def _signatures(b: DocBuilder, spec: Spec, sig_style: str) -> None:
    if not spec.signatories:
        return
    if sig_style == "table":
        signatory_table(b, spec.signatories)
    else:
        signatory_blocks(b, spec.signatories)


# ----------------------------------------------------------- template (controls)
TEMPLATE_INSTRUCTIONS = [
    ("bold", "Instructions for using this template"),
    ("p", "Delete these instructions before the protocol is signed."),
    ("bullets", [
        "Complete the areas of the template marked with an asterisk (*).",
        "Drop-down lists: click the control and choose an item from the list.",
        "Text fields: click the grey placeholder text and type over it.",
        "Delete the example legal authorities that do not apply to your meeting, or enter your own.",
        "Read the guidance “Sharing information at multi-agency meetings” alongside this template.",
    ]),
]

CLASSIFICATIONS = ["IN-CONFIDENCE", "SENSITIVE", "RESTRICTED", "CONFIDENTIAL"]
REVIEW_PERIODS = ["6 months", "12 months", "24 months"]


def template_doc(filled: dict | None = None, instructions: bool = True,
                 signed_on: dt.date | None = None) -> DocBuilder:
    """The government template as agencies receive it: numbered Heading 1s, content
    controls for everything an agency fills in.  ``filled`` gives values for the
    controls (agencies, lead, purposes, classification, review ...); missing ones
    are left at their placeholders."""
    f = filled or {}
    b = DocBuilder(title=(f"{f['meeting']} – Information Sharing Protocol" if f.get("meeting")
                          else "Multi-Agency Meeting – Information Sharing Protocol Template"),
                   author=f.get("author", "Government Chief Privacy Officer"),
                   created=f.get("created", dt.datetime(2024, 7, 1, 9, 0)),
                   modified=f.get("modified", f.get("created", dt.datetime(2024, 7, 1, 9, 0))))
    b.header("IN-CONFIDENCE (when completed)" if not f else f.get("marking", "IN-CONFIDENCE"))
    b.footer("Multi-agency meeting information sharing protocol")
    b.custom_property("TemplateVersion", "1.0")
    b.heading("Multi-Agency Meeting – Information Sharing Protocol", 0)
    p = b.para("Name of multi-agency meeting*: ")
    b.text_control(f.get("meeting"), paragraph=p, tag="MeetingName", alias="Meeting name")
    if instructions:
        render_items(b, TEMPLATE_INSTRUCTIONS)
        b.textbox(["Tip: the guidance walks through each section of this template and the questions to "
                   "consider."])
    agencies = f.get("agencies") or [None, None, None]

    b.heading("1. Attending agencies*", 1)
    b.para("The following agencies attend the meeting and are signatories to this protocol:")
    for i, a in enumerate(agencies, 1):
        b.text_control(a, paragraph=b.doc.add_paragraph(style="List Bullet"), tag=f"Agency{i}")
    p = b.para("Lead attending agency*: ")
    b.text_control(f.get("lead"), paragraph=p, tag="LeadAgency", alias="Lead attending agency")

    b.heading("2. Meeting purpose*", 1)
    b.text_control(f.get("meeting_purpose"), block=True, tag="MeetingPurpose")

    b.heading("3. Purpose of sharing*", 1)
    purposes = f.get("purposes") or [(None, None), (None, None)]
    for i, (purpose, _) in enumerate(purposes, 1):
        b.text_control(purpose, paragraph=b.doc.add_paragraph(style="List Number"), tag=f"Purpose{i}")

    b.heading("4. Information to be shared*", 1)
    t = b.table([["Agency", "Information it will share"]] + [["", ""] for _ in agencies])
    for i, a in enumerate(agencies, 1):
        b.text_control(a, paragraph=t.cell(i, 0).paragraphs[0], tag=f"InfoAgency{i}")
        info = (f.get("information") or {}).get(a) if a else None
        b.text_control(info, paragraph=t.cell(i, 1).paragraphs[0], tag=f"Info{i}")

    b.heading("5. Legal authority to share*", 1)
    b.para("The protocol does not itself provide the legal authority to share information. State the legal "
           "authority for each purpose.")
    authorities = ["Privacy Act 2020, IPP 11(1)(d)", "Privacy Act 2020, IPP 11(1)(e)",
                   "Privacy Act 2020, IPP 11(1)(f)",
                   "Oranga Tamariki Act 1989, s 66", "Oranga Tamariki Act 1989, s 66C",
                   "Family Violence Act 2018, ss 20–22", "Health Information Privacy Code 2020, rule 11"]
    t = b.table([["Purpose", "Legal authority"]] + [[f"Purpose {i}", ""] for i in range(1, len(purposes) + 1)])
    for i, (_, authority) in enumerate(purposes, 1):
        b.dropdown(authorities, selected=authority, paragraph=t.cell(i, 1).paragraphs[0], tag=f"Authority{i}")

    b.heading("6. Use of information", 1)
    render_items(b, use_items(f.get("use_phrase", "the meeting purposes above")))
    b.heading("7. Transparency and notification obligations", 1)
    render_items(b, transparency_items())
    b.heading("8. Method of sharing", 1)
    render_items(b, method_items())
    b.heading("9. Security classification*", 1)
    p = b.para("Information shared at the meeting is classified: ")
    b.dropdown(CLASSIFICATIONS, selected=f.get("classification"), paragraph=p, tag="Classification",
               alias="Security classification")
    b.heading("10. Security controls", 1)
    render_items(b, controls_items())
    b.heading("11. Tikanga considerations*", 1)
    b.text_control(f.get("tikanga"), block=True, tag="Tikanga")
    b.heading("12. Retention and disposal of information shared", 1)
    render_items(b, retention_items("The lead attending agency"))
    b.heading("13. Privacy and security breach management", 1)
    render_items(b, breach_items(None))
    p = b.para("Breach contact (name, role, agency, email and phone)*: ")
    b.text_control(f.get("breach_contact"), paragraph=p, tag="BreachContact")
    b.heading("14. Managing conflicts of interest", 1)
    render_items(b, conflicts_items())
    b.heading("15. Relationship management and oversight", 1)
    b.para("Each attending agency nominates a relationship manager:")
    rms = f.get("rms") or [(a, None) for a in agencies]
    t = b.table([["Agency", "Relationship manager"]] + [["", ""] for _ in rms])
    for i, (a, rm) in enumerate(rms, 1):
        b.text_control(a, paragraph=t.cell(i, 0).paragraphs[0], tag=f"RMAgency{i}")
        b.text_control(rm, paragraph=t.cell(i, 1).paragraphs[0], tag=f"RM{i}")
    b.heading("16. Review*", 1)
    p = b.para("This protocol will be reviewed every ")
    b.dropdown(REVIEW_PERIODS, selected=f.get("review_period"), paragraph=p, tag="ReviewPeriod")
    p.add_run(" from the date of the last signature. The review will be initiated by ")
    b.text_control(f.get("review_owner"), paragraph=p, tag="ReviewOwner")
    p.add_run(".")
    b.para("Any attending agency may ask for a review at any time if an issue with the sharing of information "
           "arises.")
    b.heading("17. Approval*", 1)
    b.para("Signed for and on behalf of each attending agency:")
    sigs = f.get("signatories") or [Signatory(a, None, None, None, False) for a in agencies]
    t = b.table([["Agency", "Name", "Role", "Signature", "Date"]] + [["", "", "", "", ""] for _ in sigs])
    for i, s in enumerate(sigs, 1):
        b.text_control(s.agency, paragraph=t.cell(i, 0).paragraphs[0], tag=f"SignAgency{i}")
        b.text_control(s.name, paragraph=t.cell(i, 1).paragraphs[0], tag=f"SignName{i}")
        b.text_control(s.role, paragraph=t.cell(i, 2).paragraphs[0], tag=f"SignRole{i}")
        if s.signed:
            t.cell(i, 3).paragraphs[0].add_run("(signed)")
        b.date_control(s.date, paragraph=t.cell(i, 4).paragraphs[0], tag=f"SignDate{i}")
    return b


# ---------------------------------------------------------------------- samples
def unfilled_template() -> DocBuilder:
    return template_doc()


def good_fv_heading_styles() -> DocBuilder:
    spec = fv_spec()

    def note(b: DocBuilder):
        p = b.doc.paragraphs[-1]
        b.footnote(p, "Family Violence Act 2018, sections 20 to 22; see also the guidance “Sharing information "
                      "at multi-agency meetings”.")

    b = render(spec, "headings", hooks={"legal_authority": note})
    b.custom_property("Classification", "SENSITIVE")
    return b


def good_youth_numbered_bold() -> DocBuilder:
    return render(youth_spec(), "numbered", sig_style="blocks")


def good_school_form_table() -> DocBuilder:
    spec = school_spec(HEADINGS_VARIANT)
    return render(spec, "form")


def good_elder_localised_style() -> DocBuilder:
    spec = elder_spec()
    spec.version = "Version 2.1"
    return render(spec, "styled")


def good_housing_template_controls() -> DocBuilder:
    spec = housing_spec()
    purposes = [
        ("To house people experiencing chronic homelessness quickly and keep their tenancies stable.",
         "Privacy Act 2020, IPP 11(1)(d)"),
        ("To respond where a person’s tenancy or safety is at serious risk.", "Privacy Act 2020, IPP 11(1)(f)"),
    ]
    sigs = sign(spec.agencies, PEOPLE, [dt.date(2026, 8, 3), dt.date(2026, 8, 7)])
    return template_doc({
        "author": spec.author, "created": spec.created, "meeting": spec.title,
        "agencies": spec.agencies, "lead": spec.lead,
        "meeting_purpose": spec.items("meeting_purpose")[0][1],
        "purposes": purposes,
        "information": {
            MSD: "Benefit and hardship status, case manager contact",
            KAINGA_ORA: "Tenancy status, rent arrears and property condition",
            HEALTH: "Engagement with health, mental health and addiction services",
            CORRECTIONS: "Release conditions and probation officer contact",
            LIFEWISE: "The person’s support plan and key worker contact",
            NGATI_WHATUA: "Whānau support already in place",
        },
        "use_phrase": "housing people and keeping their tenancies stable",
        "classification": "IN-CONFIDENCE",
        "tikanga": tikanga_items(NGATI_WHATUA)[1][1],
        "breach_contact": "Mele Tupou, Privacy Lead, Ministry of Social Development "
                          "(mele.tupou@msd.govt.nz, 027 555 0193)",
        "rms": [(a, RMS[a]) for a in spec.agencies],
        "review_period": "24 months", "review_owner": MSD,
        "signatories": sigs,
    }, instructions=False)


def good_fv_toc_landscape() -> DocBuilder:
    spec = fv_spec(HEADINGS_VARIANT, signed=dt.date(2026, 9, 21),
                   agencies=[POLICE, OT, HEALTH, MSD, REFUGE, NGATI_WHATUA])
    spec.title = "Te Tai Tokerau Family Violence Safety Assessment Meeting"
    la = spec.items("legal_authority")
    table = la[1]
    # purposes 1 and 2 share the Family Violence Act authority: one merged cell, printed landscape
    rows = [r[:] for r in table[1]]
    rows[1][1] = "Family Violence Act 2018, ss 20–22"
    rows[2][1] = ""
    spec.set("legal_authority", [la[0], ("table", rows, {"landscape": True, "merges": [((1, 1), (2, 1))]})])
    spec.set("review", review_items("every 12 months", POLICE, "September 2027"))

    def doc_control(b: DocBuilder):
        b.textbox(["Document owner: Family Harm Coordinator, Te Tai Tokerau", "Status: Approved"])

    b = new_builder(spec)
    b.header("SENSITIVE", which="first")
    b = render(spec, "headings", toc=True, builder=b, hooks={"approval": doc_control})
    return b


# ---- defects ----
def bad_missing_conflicts_section() -> DocBuilder:
    spec = elder_spec(HEADINGS_VARIANT)
    spec.drop("conflicts_of_interest")
    return render(spec, "headings", sig_style="blocks")


def bad_empty_tikanga_section() -> DocBuilder:
    spec = school_spec()
    spec.set("tikanga", [("textctl", "", None, "Tikanga")])
    return render(spec, "numbered")


def bad_legacy_2015_repealed_acts() -> DocBuilder:
    cyf, dhb = "Child, Youth and Family", "Counties Manukau District Health Board"
    agencies = [cyf, POLICE, MOE, dhb, WAIPAREIRA]
    people = dict(PEOPLE)
    people[cyf] = ("Leilani Fonoti", "Site Manager, Manukau")
    people[dhb] = ("Dr Sarah Whitcombe", "Clinical Director, Child and Family Services")
    spec = youth_spec(signed=dt.date(2015, 9, 14))
    spec.title = "Counties Manukau Youth Offending Team"
    spec.subtitle = "Information sharing protocol"
    spec.author = "Youth Justice Coordinator, Manukau"
    spec.created = dt.datetime(2015, 8, 20, 10, 0)
    spec.version = "Version 1.3"
    spec.agencies, spec.lead = agencies, cyf
    spec.signatories = sign(agencies, people, [dt.date(2015, 9, 14), dt.date(2015, 9, 18)])
    spec.set("attending_agencies", agencies_items(agencies, cyf))
    spec.set("information_shared", [("bullets", [
        "Child, Youth and Family: referral details, previous FGC plans and whether the young person is in care.",
        "New Zealand Police: current charges, the summary of facts and bail conditions.",
        "Ministry of Education: enrolment, attendance and any stand-downs or suspensions.",
        "Counties Manukau District Health Board: current engagement with youth health, mental health or "
        "addiction services.",
        "Te Whānau o Waipareira: whānau support already in place."])])
    spec.set("use_of_information", use_items("preparing for and supporting youth justice FGCs"))
    spec.set("method_of_sharing", method_items())
    spec.set("tikanga", tikanga_items(WAIPAREIRA))
    spec.set("retention", retention_items(cyf))
    spec.set("breach_management", breach_items(
        "Breach contact: Privacy Officer, Child, Youth and Family, privacy@cyf.govt.nz, 09 262 0000.",
        law="whether the Privacy Commissioner should be told"))
    spec.set("relationship_management", relationship_items(
        [(cyf, "Site Manager, Manukau"), (POLICE, "Youth Services Manager, Counties Manukau"),
         (MOE, RMS[MOE]), (dhb, "Privacy Officer"), (WAIPAREIRA, RMS[WAIPAREIRA])], "quarterly"))
    purposes = [
        ("To prepare for youth justice family group conferences.",
         "Children, Young Persons, and Their Families Act 1989, s 66"),
        ("To plan and monitor support agreed in the family group conference plan.",
         "Privacy Act 1993, s 6, principle 11(e)"),
        ("To prevent or lessen a serious threat to the young person or another person.",
         "Privacy Act 1993, s 6, principle 11(f)"),
    ]
    spec.set("purpose_of_sharing", [("numbered", [p for p, _ in purposes])])
    spec.set("legal_authority", [authority_table(purposes)])
    spec.set("transparency", transparency_items()[:1] + transparency_items()[2:])
    spec.set("review", review_items("every 12 months", cyf))
    return render(spec, "caps")


def bad_placeholders_left() -> DocBuilder:
    spec = housing_spec(HEADINGS_VARIANT)
    spec.items("meeting_purpose").append(
        ("dropdown", "Meeting frequency: ", ["Weekly", "Fortnightly", "Monthly"], None, "MeetingFrequency"))
    spec.set("information_shared", [
        ("table", [["Agency", "Information"],
                   [MSD, "Benefit and hardship status, case manager contact"],
                   [KAINGA_ORA, "Tenancy and rent arrears status"],
                   [HEALTH, "Health and addiction service engagement"],
                   [CORRECTIONS, "TBC"],
                   [LIFEWISE, "Support plan and key worker contact"],
                   [NGATI_WHATUA, "Whānau support in place"]], {}),
    ])
    return render(spec, "headings")


def bad_draft_tracked_changes_comments() -> DocBuilder:
    spec = fv_spec(signed=dt.date(2026, 10, 5))

    def edits(b: DocBuilder):
        p = b.para("The meeting is held at Manukau Police Station ")
        b.tracked(p, deleted="on Tuesdays and Thursdays.", inserted="every weekday at 9.30 am.",
                  author="Anahera Wikitera", date=dt.datetime(2026, 9, 14, 16, 2))
        b.comment(p, "Can we confirm Corrections can attend daily? Otherwise keep two days.", "Tama Rāwiri")

    def more(b: DocBuilder):
        b.tracked_paragraph_insert("Refuge advocates may attend by Teams where they cannot attend in person.",
                                   author="Aroha Tipene", date=dt.datetime(2026, 9, 15, 8, 40))

    b = render(spec, "headings", hooks={"meeting_purpose": edits, "method_of_sharing": more})
    return b


def bad_template_instructions_left() -> DocBuilder:
    spec = youth_spec()
    spec.intro = TEMPLATE_INSTRUCTIONS
    return render(spec, "headings")


def bad_purpose_without_authority() -> DocBuilder:
    spec = school_spec(HEADINGS_VARIANT)
    purposes = [
        ("To identify ākonga who are chronically absent and the barriers to their attendance.",
         "Education and Training Act 2020, Part 2 (attendance); Privacy Act 2020, IPP 11(1)(a)"),
        ("To agree which agency will work with the whānau and what support will be offered.",
         "Privacy Act 2020, IPP 11(1)(a) and IPP 10"),
        ("To respond where a child’s wellbeing or safety is a concern.", "Oranga Tamariki Act 1989, s 66C"),
        ("To check whether the whānau’s benefit entitlements are correct.", None),
    ]
    spec.set("purpose_of_sharing", [("numbered", [p for p, _ in purposes])])
    spec.set("legal_authority", [authority_table(purposes)])
    return render(spec, "headings")


def bad_unrecognised_authority() -> DocBuilder:
    spec = housing_spec()
    la = spec.items("legal_authority")
    rows = [r[:] for r in la[1][1]]
    rows[2][1] = "Social Sector Information Sharing Act 2019, s 12"
    spec.set("legal_authority", [la[0], ("table", rows, {})])
    return render(spec, "numbered", sig_style="blocks")


def bad_protocol_claims_authority() -> DocBuilder:
    spec = elder_spec()
    la = spec.items("legal_authority")
    spec.set("legal_authority", [
        ("p", "This protocol authorises the attending agencies to share personal information about the older "
              "people discussed at the case conference. The authorities relied on for each purpose are:"),
        la[1]])
    return render(spec, "headings")


def bad_classification_unclassified() -> DocBuilder:
    spec = youth_spec()
    spec.marking = "UNCLASSIFIED"
    spec.set("security_classification", [
        ("p", "Information shared at the meeting is UNCLASSIFIED. No additional handling requirements apply.")])
    return render(spec, "headings")


def bad_classification_protected() -> DocBuilder:
    spec = school_spec()
    spec.marking = "PROTECTED"
    spec.set("security_classification", [
        ("p", "Information shared at the meeting is classified PROTECTED and is handled in line with each "
              "agency’s security policy.")])
    return render(spec, "form")


def bad_classification_mismatch() -> DocBuilder:
    spec = fv_spec(HEADINGS_VARIANT)
    spec.marking = "IN-CONFIDENCE"  # body says SENSITIVE
    return render(spec, "styled")


def bad_missing_classification() -> DocBuilder:
    spec = elder_spec()
    spec.marking = None
    spec.set("security_classification", [
        ("p", "Each attending agency will apply its own information security policy to information shared at "
              "the meeting.")])
    return render(spec, "numbered")


def bad_missing_password_control() -> DocBuilder:
    spec = housing_spec()
    spec.set("security_controls", controls_items(drop=("password_protection",)))
    return render(spec, "caps")


def bad_no_breach_contact() -> DocBuilder:
    spec = youth_spec(HEADINGS_VARIANT)
    spec.set("breach_management", breach_items(None))
    return render(spec, "headings", sig_style="blocks")


def bad_review_36_months() -> DocBuilder:
    spec = school_spec()
    spec.set("review", review_items("every 36 months", MOE))
    return render(spec, "headings")


def bad_review_no_period_no_owner() -> DocBuilder:
    spec = elder_spec()
    spec.set("review", [
        ("p", "This protocol will be reviewed as required."),
        ("p", "Any attending agency may ask for a review at any time if an issue with the sharing of information "
              "arises."),
    ])
    return render(spec, "headings")


def bad_review_overdue() -> DocBuilder:
    spec = housing_spec()
    spec.created = dt.datetime(2024, 10, 7, 10, 0)
    spec.set("review", review_items("every 12 months", MSD))
    spec.signatories = sign(spec.agencies, PEOPLE, [dt.date(2024, 10, 28), dt.date(2024, 11, 4)])
    return render(spec, "headings")


def bad_no_signatories() -> DocBuilder:
    spec = fv_spec()
    spec.signatories = []
    spec.set("approval", [("p", "This protocol has been agreed by the attending agencies at the Safety "
                                "Assessment Meeting governance group.")])
    return render(spec, "numbered")


def bad_incomplete_and_missing_signatory() -> DocBuilder:
    spec = school_spec()
    sigs = [s for s in spec.signatories if s.agency != KAINGA_ORA]
    for s in sigs:
        if s.agency == MSD:
            s.role = None
    spec.signatories = sigs
    return render(spec, "headings")


def bad_no_lead_agency() -> DocBuilder:
    spec = youth_spec()
    spec.lead = None
    spec.set("attending_agencies", agencies_items(spec.agencies, None))
    spec.set("review", [
        ("p", "This protocol will be reviewed every 24 months from the date of the last signature. Oranga "
              "Tamariki – Ministry for Children will initiate the review."),
        ("p", "Any attending agency may ask for a review at any time if an issue with the sharing of information "
              "arises.")])
    spec.set("retention", retention_items("Oranga Tamariki – Ministry for Children"))
    return render(spec, "styled")


def bad_just_in_case_retention() -> DocBuilder:
    spec = fv_spec(signed=dt.date(2026, 4, 20))
    spec.set("retention", retention_items(
        POLICE, "Attending agencies may also keep copies of all information shared at the meeting on their own "
                "files, as it may be useful in future work with the whānau."))
    return render(spec, "headings")


@dataclass(frozen=True)
class Sample:
    filename: str
    description: str
    build: Callable[[], DocBuilder]
    findings: tuple = ()


def F(rule: str, **data) -> dict:
    return {"rule": rule, "data": data}


SAMPLES: tuple[Sample, ...] = (
    Sample("00-unfilled-template.docx",
           "The government template as received: instructions, a tip text box, every content control at its "
           "placeholder.", unfilled_template,
           # Not a protocol yet: what a privacy adviser is told about an untouched template.
           (*(F("ISP102", section=k) for k in (
               "attending-agencies", "meeting-purpose", "sharing-purpose", "information-shared",
               "security-classification", "tikanga", "relationship-management", "approval")),
            *(F("ISP201", text="Click or tap here to enter text.") for _ in range(32)),
            *(F("ISP201", text="Choose an item.") for _ in range(4)),
            *(F("ISP201", text="Click or tap to enter a date.") for _ in range(3)),
            F("ISP204", text="Instructions for using this template Delete these instructions before the protoc"),
            F("ISP501"), F("ISP601"), F("ISP603"), F("ISP701"), F("ISP704"))),
    Sample("good-01-fv-safety-meeting-heading-styles.docx",
           "Family violence safety assessment meeting (Whāngaia Ngā Pā Harakeke); Heading 1 sections, numbered "
           "purposes, purpose | authority table, SENSITIVE, footnote, custom property.", good_fv_heading_styles),
    Sample("good-02-youth-panel-numbered-bold-headings.docx",
           "Youth offending panel supporting youth justice FGCs; \"1. Attending agencies\" bold Normal headings, "
           "signature blocks instead of a table.", good_youth_numbered_bold),
    Sample("good-03-school-attendance-form-table.docx",
           "School attendance hub; most sections as a two-column label | value form table with lists and a "
           "nested table inside cells; synonym headings.", good_school_form_table),
    Sample("good-04-elder-abuse-localised-heading-style.docx",
           "Frailty and elder abuse case conference; headings in a custom \"Kōrero Heading\" style carrying an "
           "outline level.", good_elder_localised_style),
    Sample("good-05-housing-first-template-controls.docx",
           "Housing First case review written in the template: every content control filled (text, drop-downs, "
           "dates).", good_housing_template_controls),
    Sample("good-06-fv-toc-landscape-authority-table.docx",
           "Te Tai Tokerau safety assessment meeting; TOC field, landscape section with a merged-cell authority "
           "table, first-page header, text box, 12-month review with next date.", good_fv_toc_landscape),
    Sample("bad-01-missing-conflicts-section.docx",
           "Elder abuse conference with no conflicts of interest section.", bad_missing_conflicts_section,
           (F("ISP101", section="conflicts-of-interest"),)),
    Sample("bad-02-empty-tikanga-section.docx",
           "School hub whose tikanga section holds only an unfilled text control.", bad_empty_tikanga_section,
           (F("ISP102", section="tikanga"), F("ISP201", text="Click or tap here to enter text."))),
    Sample("bad-03-repealed-privacy-act-1993.docx",
           "Legacy 2015 youth offending protocol citing the Privacy Act 1993 and the Children, Young Persons, "
           "and Their Families Act 1989; 12-month review long overdue.", bad_legacy_2015_repealed_acts,
           (F("ISP303", authority="Privacy Act 1993", replacement="Privacy Act 2020"),
            F("ISP303", authority="Children, Young Persons, and Their Families Act 1989",
              replacement="Oranga Tamariki Act 1989"),
            F("ISP604", due="2016-09-18"))),
    Sample("bad-04-placeholders-left.docx",
           "Housing First protocol with a \"Choose an item.\" drop-down and a \"TBC\" table cell.",
           bad_placeholders_left,
           (F("ISP201", text="Choose an item."),
            F("ISP201", text="TBC"))),
    Sample("bad-05-draft-tracked-changes-and-comments.docx",
           "Family violence protocol still carrying tracked changes and a reviewer’s comment.",
           bad_draft_tracked_changes_comments,
           (F("ISP202", count=4), F("ISP203", count=1))),
    Sample("bad-06-template-instructions-left.docx",
           "Youth panel protocol that still starts with \"Instructions for using this template\".",
           bad_template_instructions_left,
           (F("ISP204", text="Instructions for using this template Delete these instructions before the protoc"),)),
    Sample("bad-07-purpose-without-authority.docx",
           "School hub with a fourth purpose (benefit entitlement checks) that has no legal authority.",
           bad_purpose_without_authority,
           (F("ISP301", purpose="To check whether the whānau’s benefit entitlements are correct."),)),
    Sample("bad-08-unrecognised-authority.docx",
           "Housing First protocol relying on a made-up \"Social Sector Information Sharing Act 2019\".",
           bad_unrecognised_authority,
           (F("ISP302", authority="Social Sector Information Sharing Act 2019, s 12"),)),
    Sample("bad-09-protocol-claims-authority.docx",
           "Elder abuse protocol stating that the protocol itself authorises sharing.",
           bad_protocol_claims_authority,
           (F("ISP305", text="This protocol authorises the attending agencies to share personal information"),)),
    Sample("bad-10-classification-unclassified.docx",
           "Youth panel protocol classifying personal information UNCLASSIFIED (body and markings).",
           bad_classification_unclassified, (F("ISP402", classification="UNCLASSIFIED"),)),
    Sample("bad-11-classification-protected.docx",
           "School hub form-table protocol using PROTECTED, not a New Zealand classification.",
           bad_classification_protected, (F("ISP403", classification="PROTECTED"),)),
    Sample("bad-12-classification-mismatch.docx",
           "Family violence protocol: body says SENSITIVE, header and footer say IN-CONFIDENCE.",
           bad_classification_mismatch, (F("ISP404", classification="SENSITIVE", marking="IN-CONFIDENCE"),)),
    Sample("bad-13-missing-classification.docx",
           "Elder abuse protocol with no classification anywhere (section defers to agency policy, no marking).",
           bad_missing_classification, (F("ISP401"),)),
    Sample("bad-14-missing-password-control.docx",
           "Housing First protocol whose security controls omit password-protecting email attachments.",
           bad_missing_password_control, (F("ISP451", control="password-protection"),)),
    Sample("bad-15-no-breach-contact.docx",
           "Youth panel protocol with breach obligations but no designated breach contact.",
           bad_no_breach_contact, (F("ISP501"),)),
    Sample("bad-16-review-period-36-months.docx",
           "School hub reviewed only every 36 months.", bad_review_36_months,
           (F("ISP602", months=36),)),
    Sample("bad-17-review-no-period-no-owner.docx",
           "Elder abuse protocol reviewed \"as required\" by nobody in particular; relationship managers meet "
           "six-monthly (not a review period).", bad_review_no_period_no_owner,
           (F("ISP601"), F("ISP603"))),
    Sample("bad-18-review-overdue.docx",
           "Housing First protocol last signed 4 November 2024 with a 12-month review (due November 2025).", bad_review_overdue,
           (F("ISP604", due="2025-11-04"),)),
    Sample("bad-19-no-signatories.docx",
           "Family violence protocol whose approval section has no signatories.", bad_no_signatories,
           (F("ISP701"),)),
    Sample("bad-20-signatory-without-role-and-unsigned-agency.docx",
           "School hub: the MSD signatory has no role, and Kāinga Ora attends but has no signature block.",
           bad_incomplete_and_missing_signatory,
           (F("ISP702", agency=MSD, missing=["role"]), F("ISP703", agency=KAINGA_ORA))),
    Sample("bad-21-no-lead-agency.docx",
           "Youth panel protocol that never names a lead attending agency.", bad_no_lead_agency,
           (F("ISP704"),)),
    Sample("bad-22-just-in-case-retention.docx",
           "Family violence protocol letting agencies keep everything as it \"may be useful in future\".",
           bad_just_in_case_retention,
           (F("ISP801", text="as it may be useful in future work with the whānau"),)),
)


def build_all(outdir: Path | str | None = None) -> list[Path]:
    """Write every sample to ``outdir`` (default: this folder); returns the paths."""
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


# The date the expected findings hold for: review deadlines (ISP604) are
# checked against it, so the corpus does not change its answers as time passes.
AS_OF = "2026-11-24"


def expected_json() -> str:
    """EXPECTED.json: every sample file with the findings `isplint lint --as-of AS_OF` must give."""
    doc = {"as_of": AS_OF, "files": expected()}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def expected() -> dict[str, list[dict]]:
    """The intended findings per file (the future EXPECTED.json content)."""
    return {s.filename: [copy.deepcopy(f) for f in s.findings] for s in SAMPLES}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for path in build_all(args[0] if args else None):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
