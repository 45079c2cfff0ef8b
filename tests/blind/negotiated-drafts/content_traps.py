# ====================================================================== legacy: 2019 protocol under review

L_WHO1, L_WHEN1 = "Renée Fifield", "2026-10-27T09:05:00Z"     # MSD privacy
L_WHO2, L_WHEN2 = "Tom Ashby", "2026-10-29T13:40:00Z"         # Health NZ legal


def legacy_hutt(v):
    meeting = "Hutt Valley Housing and Mental Health Coordination Group"
    blocks, comments = [], []
    dhb, hnz = "Hutt Valley District Health Board", "Health New Zealand – Te Whatu Ora"
    blocks += cover(v, meeting, "Ministry of Social Development", "1.0 (2019) – 2026 review draft",
                    "Review draft", "2019-09-02")
    rows = [Row([head_cell("Attending agency"), head_cell("Attends as")], header=True),
            Row([Ctl("text", "Attending agency name", "Ministry of Social Development"),
                 "Lead agency; regional housing coordinator"]),
            Row([[Del(L_WHO2, L_WHEN2, dhb), Ins(L_WHO2, L_WHEN2, hnz)],
                 "Community mental health team key worker"]),
            Row([Ctl("text", "Attending agency name", "New Zealand Police"), "Mental health liaison officer"]),
            Row([Ctl("text", "Attending agency name", "Te Awakairangi Housing Trust"), "Tenancy support worker"])]
    blocks += [
        H1(["Attending agencies"]),
        Tbl(rows, [4200, 4800]),
        P(["The Ministry of Social Development (MSD) is the lead agency."]),
        H1(["Meeting purpose"]),
        P(["The group meets monthly in Lower Hutt to coordinate housing for people with a serious "
           "mental illness who are homeless or at risk of losing their home, so that they can get and "
           "keep a stable place to live while receiving treatment."]),
        H1(["Purpose of sharing"]),
    ]
    blocks += numbered([
        ["To coordinate housing and tenancy support for people referred to the group."],
        ["To respond where a person's housing situation poses a serious threat to their health or "
         "safety or that of others."],
    ], "dec:purposes")
    auth = [Row([head_cell("Purpose"), head_cell("Legal authority")], header=True),
            Row(["1. Coordinating housing and tenancy support",
                 [Del(L_WHO1, L_WHEN1, "Privacy Act 1993, principle 11(d)"),
                  Ins(L_WHO1, L_WHEN1, "Privacy Act 2020, IPP 11(1)(d)"),
                  " (the person has authorised the sharing)"]]),
            Row(["2. Responding to serious threats",
                 ["Health Information Privacy Code 1994, rule 11(2)(d); ",
                  Del(L_WHO1, L_WHEN1, "Privacy Act 1993, principle 11(f)(ii)"),
                  Ins(L_WHO1, L_WHEN1, "Privacy Act 2020, IPP 11(1)(f)")]])]
    blocks += [
        H1(["Information to be shared"]),
        P(["Housing history and current housing need, tenancy issues, the name of the person's key "
           "worker, whether the person is currently under the care of the community mental health "
           "team, and risks relevant to housing them safely. Clinical notes are not shared."]),
        H1(["Legal authority to share"]),
        P(["The protocol does not give the agencies authority to share; each purpose relies on the "
           "authority in the table."]),
        Tbl(auth, [3600, 5400]),
        spacer(),
        H1(["Use of information"]),
        P(["Information is used only to find and keep housing for the person and to respond to serious "
           "threats. Agencies record only what they need to carry out their agreed actions."]),
        H1(["Transparency and notification obligations"]),
        P(["People are referred only after their key worker or case manager has explained the group "
           "and they have signed the referral form, except where purpose 2 applies."]),
        H1(["Method of sharing"]),
        P(["Referrals are emailed to the MSD coordinator using SEEMail. Information is shared verbally "
           "at the meeting."]),
        H1(["Security of the information"]),
        H2(["Security classification"]),
        P([CS(0), Del(L_WHO1, L_WHEN1, "Information shared is IN CONFIDENCE."),
           Ins(L_WHO1, L_WHEN1, "Classification: ",
               Ctl("drop", "Security classification", None, CLASS_ITEMS)), CE(0)]),
        H2(["Security controls"]),
    ]
    comments.append((L_WHO1, "RF", "2026-10-27T09:10:00Z",
                     "Swapped in the new template drop-down. Waiting on ICT to say whether this should "
                     "be SENSITIVE before we pick one."))
    blocks += bullets([
        ["Representatives have completed their agency's privacy and security training."],
        ["Hard copies are securely destroyed at the end of each meeting."],
        ["Email attachments with personal information are password protected."],
        ["Hard copies are not handed to other agencies' representatives."],
    ])
    blocks += bullets([["Information is shared only from agency-approved devices."],
                       ["In online meetings nobody uses the chat for personal information, records the "
                        "meeting or takes screenshots."]], mark=("ins", L_WHO1, L_WHEN1))
    blocks += [
        P(["Tikanga considerations"], style="Heading1", num="head", keep=True, mark=("ins", L_WHO2, L_WHEN2)),
        P(["Te Awakairangi Housing Trust has asked that, for Māori referred to the group, the person is "
           "asked whether they want whānau involved in housing planning, and that information about "
           "whānau is shared only with the person's agreement unless purpose 2 applies."],
          mark=("ins", L_WHO2, L_WHEN2)),
        H1(["Retention and disposal of information shared"]),
        P(["MSD keeps the meeting notes under its disposal authority. Other agencies keep only what "
           "they need for agreed actions and dispose of it under their own schedules."]),
        H1(["Privacy and security breach management"]),
        P(["Breaches are reported to the Privacy Officer, Ministry of Social Development "
           "(privacy_officer@msd.govt.nz, 04 916 3300), who coordinates the response with the "
           "agency whose information was involved."]),
        H1(["Managing conflicts of interest"]),
        P(["Representatives declare any personal connection with a person referred and take no part "
           "in that discussion."]),
        H1(["Relationship management and oversight"]),
        P(["The regional housing manager at MSD oversees the group and meets the other agencies' "
           "managers as needed."]),
        H1(["Review"]),
        P([CS(1), "This protocol will be reviewed every two years. MSD will initiate the review.", CE(1)]),
        H1(["Approval"]),
    ]
    comments.append((L_WHO2, "TA", "2026-10-29T13:52:00Z",
                     "We are years past the review date - this version needs fresh sign-off from every "
                     "agency, including Health NZ rather than the old DHB."))
    sigs = [
        dict(agency="Ministry of Social Development", name="Graham Allott", role="Regional Commissioner, Wellington",
             date="2019-08-12"),
        dict(agency=dhb, name="Peter Vaughan",
             role="General Manager, Mental Health, Addiction and Intellectual Disability Service", date="2019-08-20"),
        dict(agency="New Zealand Police", name="Marty Kane", role="Area Commander, Hutt Valley", date="2019-08-22"),
        dict(agency="Te Awakairangi Housing Trust", name="Wendy Rātana", role="Manager", date="2019-09-02"),
    ]
    blocks += sig_blocks(sigs, role_label="Position")
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification="IN-CONFIDENCE", header_static=True, blocks=blocks, comments=comments,
        footer=f"{meeting} – information sharing protocol",
        author="MSD Wellington Region", last_by=L_WHO2,
        created="2019-06-03T22:00:00Z", modified="2026-10-29T01:00:00Z",
        subject="Information sharing protocol", keywords="housing; mental health",
    )


# ====================================================================== trap: deciding text only in revisions

M_AGENCIES = [
    ("Health New Zealand – Te Whatu Ora", "Lead attending agency; acute care team clinician (chair)"),
    ("New Zealand Police", "Mental health coordinator, Waikato District"),
    ("Ministry of Social Development", "Intensive case manager, Hamilton"),
    ("Kāinga Ora – Homes and Communities", "Tenancy manager, Hamilton"),
    ("Hauora Whakaora Peer Support Trust", "Peer support worker"),
]
M_SIGS = [
    dict(agency="Health New Zealand – Te Whatu Ora", name="Rebecca Thorne",
         role="Group Manager, Mental Health and Addiction Services, Waikato", date="2025-09-01"),
    dict(agency="New Zealand Police", name="Hemi Tūwhare", role="District Commander, Waikato", date="2025-09-04"),
    dict(agency="Ministry of Social Development", name="Janine Carr", role="Regional Commissioner, Waikato",
         date="2025-09-10"),
    dict(agency="Kāinga Ora – Homes and Communities", name="Andrew Lusk", role="Regional Director, Waikato",
         date="2025-09-15"),
    dict(agency="Hauora Whakaora Peer Support Trust", name="Ataahua Kingi", role="Kaiwhakahaere",
         date="2025-09-19"),
]
M_WHO1, M_WHEN1 = "Tessa Alloway", "2026-11-02T10:10:00Z"     # Health NZ privacy
M_WHO2, M_WHEN2 = "Grant Hohaia", "2026-11-04T15:25:00Z"      # Police legal


def trap_waikato(v):
    meeting = "Waikato Acute Mental Health Coordination Meeting"
    blocks, comments = [], []
    blocks += cover(v, meeting, "Health New Zealand – Te Whatu Ora", "1.1 (review draft)", "Review draft",
                    "2025-09-19")
    blocks += [
        H1(["Attending agencies"]),
        attending_table(M_AGENCIES, "Representative"),
        P(["Lead attending agency: ", Ctl("text", "Lead attending agency", "Health New Zealand – Te Whatu Ora")]),
        H1(["Meeting purpose"]),
        P(["The meeting is held weekly in Hamilton for people who have repeatedly come to the attention "
           "of Police or the emergency department while in acute mental distress. It aims to reduce "
           "crisis presentations by agreeing, with the person, the support that addresses what lies "
           "behind them."]),
        H1(rn(v, "Purpose of sharing", "Purposes for sharing information", M_WHO1, M_WHEN1)),
    ]
    blocks += numbered([
        ["To identify the unmet health, housing and income needs behind a person's repeated crisis "
         "presentations."],
        ["To agree and coordinate a support plan with the person."],
    ], "dec:purposes")
    blocks.append(P([CS(0), "To tell landlords and employers about a person's mental health history where "
                     "an agency thinks it relevant.", CE(0)],
                    num="dec:purposes", mark=("del", M_WHO1, M_WHEN1)))
    comments.append((M_WHO1, "TA", "2026-11-02T10:14:00Z",
                     "No legal authority for this and it is outside the meeting purpose. Deleting."))
    auth = [Row([head_cell("Purpose"), head_cell("Legal authority")], header=True),
            Row(["1. Identifying unmet needs",
                 "Health Information Privacy Code 2020, rule 11(1), and Privacy Act 2020, IPP 11(1)(d), "
                 "with the person's authorisation; otherwise Health Information Privacy Code 2020, rule "
                 "11(2)(d), and Privacy Act 2020, IPP 11(1)(f), where there is a serious threat"]),
            Row(["2. Agreeing the support plan",
                 "Privacy Act 2020, IPP 11(1)(d), and Health Information Privacy Code 2020, rule 11(1) – "
                 "authorised by the person"])]
    blocks += [
        H1(["Information to be shared"]),
        P(["Dates and circumstances of recent crisis presentations, current treatment and key worker, "
           "housing and tenancy situation, income support, and the person's own goals. Diagnoses are "
           "shared only where the person agrees."]),
        H1(["Legal authority to share"]),
        P(["This protocol does not authorise any sharing. The authorities relied on are:"]),
        Tbl(auth, [3000, 6000]),
        spacer(),
        H1(["Use of information"]),
        P(["Information is used only to agree and deliver the person's support plan."]),
        H1(["Transparency and notification obligations"]),
        P(["The person is invited to the part of the meeting that concerns them, and their key worker "
           "explains beforehand what will be shared and with whom. Where the person cannot be asked "
           "because of a serious threat, this is recorded with the reason."]),
        H1(["Method of sharing"]),
        P(["Information is shared verbally at the meeting, in person or on Microsoft Teams. The chair "
           "sends actions to each agency by SEEMail."]),
        H1(["Security of the information"]),
        H2(["Security classification"]),
        P(["Information shared at the meeting is classified ",
           Ctl("drop", "Security classification", None, CLASS_ITEMS,
               change=("UNCLASSIFIED", "IN-CONFIDENCE", M_WHO1, M_WHEN1), b=True), "."]),
        H2(["Security controls"]),
    ]
    blocks += bullets([
        ["Representatives complete privacy and information security training before attending."],
        ["Hard copies are securely destroyed at the end of the meeting."],
        ["No hard copy is given to another agency's representative."],
        ["Attachments containing personal information are password protected."],
        ["Only agency-approved devices are used to share information."],
        ["On Microsoft Teams nobody uses the chat for personal information, records the meeting or "
         "takes screenshots."],
    ])
    blocks += [
        H1(["Tikanga considerations"]),
        P(["Hauora Whakaora advises on tikanga. Whānau Māori are offered a kaumātua or peer support "
           "worker at the meeting, and information about whānau is shared only where it is part of "
           "the person's plan."]),
        H1(rn(v, "Retention and disposal of information shared", "Retention and disposal", M_WHO2, M_WHEN2)),
        P(["Health New Zealand keeps the meeting record in the clinical record system. Other agencies keep "
           "only what they need for their agreed actions. ",
           Del(M_WHO2, M_WHEN2, "Agencies may keep the meeting notes for future reference. "),
           "Emails carrying meeting information are deleted once the information is saved."]),
        H1(["Privacy and security breach management"]),
        P(["A representative who finds a breach involving meeting information tells the contact below "
           "the same day. The agencies work together to contain it and agree what the person is told; "
           "the agency responsible decides whether to notify the Privacy Commissioner."]),
        Tbl([Row([head_cell("Breach contact (role)"), head_cell("Agency"), head_cell("Email"),
                  head_cell("Phone")], header=True),
             Row([[CS(1), Ctl("text", "Breach contact role", "Privacy Officer, Waikato")],
                  Ctl("text", "Breach contact agency", "Health New Zealand – Te Whatu Ora"),
                  Ctl("text", "Breach contact email", "privacy.waikato@tewhatuora.govt.nz"),
                  [Ctl("text", "Breach contact phone", "07 839 8899"), CE(1)]],
                 mark=("ins", M_WHO1, M_WHEN1))], [2600, 2400, 2600, 1400]),
        spacer(),
        H1(["Managing conflicts of interest"]),
        P(["Anyone who knows a person being discussed tells the chair and leaves for that item."]),
        H1(["Relationship management and oversight"]),
        P(["Relationship managers from each agency meet with the chair every quarter."]),
        H1(["Review"]),
        review_para(v, None, "Health New Zealand – Te Whatu Ora",
                    " is responsible for initiating the review.",
                    change=("36 months", "24 months", M_WHO2, M_WHEN2)),
        H1(["Approval"]),
    ]
    comments.append((M_WHO1, "TA", "2026-11-02T10:31:00Z",
                     "Added our privacy officer as the breach contact, as agreed at the October meeting."))
    blocks += [sig_table(M_SIGS, "Role")]
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification="IN-CONFIDENCE", blocks=blocks, comments=comments,
        footer=f"{meeting} – information sharing protocol",
        author="Mental Health and Addiction Services, Waikato", last_by=M_WHO2,
        created="2025-06-11T21:00:00Z", modified="2026-11-04T03:30:00Z",
        subject="Multi-agency meeting information sharing protocol", keywords="mental health; crisis",
    )
