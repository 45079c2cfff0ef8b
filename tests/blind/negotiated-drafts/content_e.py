# ====================================================================== base E: reintegration panel

E_AGENCIES = [
    ("Ara Poutama Aotearoa – Department of Corrections", "Lead attending agency; reintegration case manager (chair)"),
    ("Kāinga Ora – Homes and Communities", "Housing placement manager, Canterbury"),
    ("Ministry of Social Development", "Work and income reintegration case manager"),
    ("Health New Zealand – Te Whatu Ora", "Forensic mental health liaison, Waitaha Canterbury"),
    ("New Zealand Police", "Prevention manager, Canterbury District"),
    ("Te Ara Hou Reintegration Trust", "Kaupapa Māori reintegration kaimahi"),
]

E_SIGS = [
    dict(agency="Ara Poutama Aotearoa – Department of Corrections", name="Stephen Walsh",
         role="Regional Commissioner, Southern Region", date="2025-11-04"),
    dict(agency="Kāinga Ora – Homes and Communities", name="Nicola Harte",
         role="Regional Director, Canterbury", date="2025-11-06"),
    dict(agency="Ministry of Social Development", name="Rawiri Paewai",
         role="Regional Commissioner, Canterbury", date="2025-11-11"),
    dict(agency="Health New Zealand – Te Whatu Ora", name="Fiona McLeod",
         role="Clinical Director, Specialist Mental Health Services, Waitaha Canterbury", date="2025-11-13"),
    dict(agency="New Zealand Police", name="Mike Rangihuna", role="District Commander, Canterbury",
         date="2025-11-18"),
    dict(agency="Te Ara Hou Reintegration Trust", name="Kahurangi Pere", role="Chief Executive",
         date="2025-11-20"),
]

E_WHO1, E_WHEN1 = "Daniel Moffat", "2026-09-29T09:30:00Z"     # Corrections legal
E_WHO2, E_WHEN2 = "Priya Natarajan", "2026-10-02T16:12:00Z"   # MSD privacy
E_WHO3, E_WHEN3 = "Kahurangi Pere", "2026-10-05T08:55:00Z"     # Te Ara Hou


def base_e(v):
    tracked = v.get("tracked")
    meeting = "Ōtautahi Reintegration Panel"
    blocks, comments = [], []
    blocks += cover(v, meeting, "Ara Poutama Aotearoa – Department of Corrections",
                    "1.1 (review draft)" if tracked else "1.0",
                    "Review draft" if tracked else "Final – approved", "2025-11-20")
    blocks += [
        H1(rn(v, "Attending agencies", "Attending agencies and representatives", E_WHO1, E_WHEN1)),
        P(["Ara Poutama Aotearoa – Department of Corrections is the lead attending agency. The "
           "attending agencies are:"]),
        attending_table(E_AGENCIES, "Representative"),
        H1(["Meeting purpose"]),
        P(["The panel meets fortnightly at the Christchurch Men's Prison reintegration hub to plan the "
           "release of people returning to Ōtautahi Christchurch from prison in the next twelve "
           "weeks. Its aim is that each person leaves prison with somewhere safe to live, an income, "
           "continuing health care and the support of their whānau and community, which reduces "
           "the chance of reoffending and keeps the community safe."]),
        H1(["Purpose of sharing"]),
    ]
    blocks += numbered([
        ["To plan suitable accommodation for each person before release."],
        ["To arrange income support and employment assistance from the day of release."],
        ["To arrange continuity of health, mental health and addiction care after release."],
        ["To identify and manage any serious risk to the safety of the person, their whānau or the "
         "community on release."],
    ], "dec:purposes")
    blocks += [
        H1(["Information to be shared"]),
        P(["Corrections shares the person's release date, release conditions, the address proposed "
           "for release, and the needs identified in their reintegration plan. Kāinga Ora and MSD share "
           "housing options and eligibility for assistance. Health New Zealand shares the person's "
           "current treatment and the follow-up care arranged. Police share current risk information "
           "relevant to the proposed address. Te Ara Hou shares the whānau support arranged."]),
        H1(["Legal authority to share"]),
        P(["This protocol does not itself authorise sharing; it records the authority each purpose "
           "relies on. People are referred to the panel only after they have signed the Corrections "
           "reintegration consent form, which names the attending agencies."]),
    ]
    auth = [Row([head_cell("Purposes"), head_cell("Legal authority")], header=True),
            Row(["Purposes 1 and 2", "Privacy Act 2020, IPP 11(1)(d) – sharing authorised by the person "
                 "through the reintegration consent form"]),
            Row(["Purpose 3", "Health Information Privacy Code 2020, rule 11(1), and Privacy Act 2020, "
                 "IPP 11(1)(d) – authorised by the person"]),
            Row(["Purpose 4", "Privacy Act 2020, IPP 11(1)(e)(i) and IPP 11(1)(f); Health Information "
                 "Privacy Code 2020, rule 11(2)(d), for health information"])]
    blocks += [Tbl(auth, [2600, 6400]), spacer()]
    blocks += [
        H1(["Use of information"]),
        P(["Panel information is used only for the release plan. Agencies record in their own systems "
           "only what they need to deliver their part of that plan."]),
        H1(["Transparency and notification obligations"]),
        P(["Case managers explain the panel to the person when the consent form is signed, including "
           "that information about serious risk may be shared without their agreement where the law "
           "permits. The person can withdraw their consent at any time; purposes 1 to 3 then stop for "
           "that person. Corrections publishes a description of the panel in its privacy statement."]),
        H1(rn(v, "Method of sharing", "How information is shared", E_WHO2, E_WHEN2)),
        P(["The chair circulates the panel list through SEEMail to named representatives. Information "
           "is discussed at the panel, in person or by video link. Agreed actions are recorded in the "
           "Corrections reintegration plan and each agency is sent only its own actions."]),
        H1(["Security of the information"]),
        H2(["Security classification"]),
        P(["All information shared for the panel is classified ",
           Ctl("drop", "Security classification", "SENSITIVE", CLASS_ITEMS, b=True),
           " and handled under the Protective Security Requirements."]),
        H2(rn(v, "Security controls", "Minimum security controls", E_WHO2, E_WHEN2)),
    ]
    if v.get("d11_guidance"):
        blocks.append(P(["Add any further controls the attending agencies have agreed to the table below. "
                         "Delete this guidance text before the protocol is finalised."],
                        style="TemplateGuidance"))
    ctl_rows = [Row([head_cell("Requirement or restriction"), head_cell("Detail")], header=True),
                Row(["Training", "Every representative has completed privacy and information security "
                     "training with their own agency."]),
                Row(["Hard copy destruction", "Hard copies brought to the panel are securely destroyed "
                     "at the end of the meeting."]),
                Row(["Password protection", "Any email attachment with personal information is "
                     "password protected."]),
                Row(["Approved devices", "Information is shared only from devices approved by the "
                     "representative's agency."]),
                Row(["Video link", "Nobody uses the chat function for personal information, records the "
                     "panel or takes screenshots."]),
                Row(["Hard copy distribution", "Hard copies are never given to representatives of other "
                     "agencies."])]
    blocks += [Tbl(ctl_rows, [2800, 6200]), spacer()]
    blocks += [
        H1(["Tikanga considerations"]),
        P(["Te Ara Hou Reintegration Trust advises the panel on tikanga. Where the person is Māori, the "
           "panel asks the person whether they want their whānau, hapū or iwi involved in planning, "
           "and respects their answer. Information about whānau connections is treated as a taonga "
           "and is not recorded beyond what the release plan needs."]),
        H1(["Retention and disposal of information shared"]),
        P(["Corrections holds the reintegration plan under its disposal authority. Other agencies hold "
           "only information needed for their actions, in their approved systems, for the period "
           "their retention schedules allow. Panel lists are securely deleted from mailboxes once "
           "the panel has met."]),
        H1(["Privacy and security breach management"]),
        P(["A representative who becomes aware of a privacy or security breach involving panel "
           "information tells the breach contact below immediately. The agencies work together to "
           "contain it, agree who tells the person affected, and the agency responsible for the "
           "information decides whether the breach is notifiable to the Privacy Commissioner."]),
        breach_contact_table(dict(role="Principal Adviser Privacy",
                                  agency="Ara Poutama Aotearoa – Department of Corrections",
                                  email="privacy@corrections.govt.nz", phone="04 460 3000")),
        spacer(),
        H1(["Managing conflicts of interest"]),
        P(["Representatives declare any connection with a person on the panel list to the chair before "
           "the item, and take no part in that item. Any request for information is handled by "
           "another staff member of their agency."]),
        H1(["Relationship management and oversight"]),
        P(["Each agency's relationship manager is the manager of its representative. The Corrections "
           "relationship manager convenes them when an issue arises, and at least once between "
           "reviews."]),
        H1(["Review"]),
    ]
    change = ("24 months", "36 months", E_WHO1, E_WHEN1) if v.get("d07_36") else None
    blocks += [
        review_para(v, "24 months", "Ara Poutama Aotearoa – Department of Corrections",
                    " is responsible for initiating the review.", change=change),
        H1(["Approval"]),
        P(["Signed on behalf of each attending agency."]),
    ]
    sigs = [dict(s) for s in E_SIGS]
    if v.get("d03_nokainga"):
        sigs[1]["mark"] = ("del", E_WHO1, E_WHEN1)
    sb = sig_blocks(sigs, role_label="Role", intro_label="For ")
    if v.get("d03_nokainga"):
        # anchor a comment on the deleted block's first row
        first_row = sb[2].rows[0]
        first_row.cells[0].content = [CS(0), T("For ", b=True),
                                      Ctl("text", "Signatory agency", "Kāinga Ora – Homes and Communities", b=True),
                                      CE(0)]
        comments.append((E_WHO1, "DM", "2026-09-29T09:34:00Z",
                         "Kāinga Ora have told us they will not re-sign this version, so I have taken "
                         "their block out. Do they still come to the panel?"))
    blocks += sb
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification="SENSITIVE", blocks=blocks, comments=comments,
        footer=f"{meeting} information sharing protocol",
        author="Ara Poutama Aotearoa Southern Region", last_by=E_WHO1 if tracked else "Stephen Walsh",
        created="2025-07-14T22:00:00Z", modified="2026-10-05T01:00:00Z" if tracked else "2025-11-21T02:00:00Z",
        subject="Multi-agency meeting information sharing protocol",
        keywords="reintegration; release planning; information sharing",
        custom=("Classification", "SENSITIVE"),
    )
