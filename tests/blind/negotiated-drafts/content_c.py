# ====================================================================== base C: school attendance hui

C_AGENCIES = [
    ("Ministry of Education", "Lead attending agency; senior adviser, attendance (chair)"),
    ("Oranga Tamariki—Ministry for Children", "Social worker, Porirua site"),
    ("Ministry of Social Development", "Integrated services case manager, Porirua"),
    ("Te Awarua Attendance Service Trust", "Attendance service adviser"),
    ("Te Kotahi Whānau Ora Collective", "Whānau Ora navigator"),
]

C_SIGS = [
    dict(agency="Ministry of Education", name="Siosaia Taufa", role="Director of Education, Wellington",
         date="2026-02-09"),
    dict(agency="Oranga Tamariki—Ministry for Children", name="Kirsty Beaumont",
         role="Site Manager, Porirua", date="2026-02-12"),
    dict(agency="Ministry of Social Development", name="Grant Ellison",
         role="Regional Commissioner, Wellington", date="2026-02-17"),
    dict(agency="Te Awarua Attendance Service Trust", name="Ana Leota", role="Attendance Service Manager",
         date="2026-02-19"),
    dict(agency="Te Kotahi Whānau Ora Collective", name="Tamati Rēweti", role="Kaiwhakahaere Matua",
         date="2026-02-25"),
]

C_WHO1, C_WHEN1 = "Olivia Brandt", "2026-09-22T10:20:00Z"     # MSD legal
C_WHO2, C_WHEN2 = "Hēmi Walker", "2026-09-24T15:02:00Z"       # MoE privacy


def base_c(v):
    tracked = v.get("tracked")
    meeting = "Porirua School Attendance Support Hui"
    blocks, comments = [], []
    blocks += cover(v, meeting, "Ministry of Education",
                    "1.1 (review draft)" if tracked else "1.0",
                    "Review draft" if tracked else "Final – approved", "2026-02-25")
    blocks += [
        H1(["Attending agencies"]),
        attending_table(C_AGENCIES, "Representative role"),
        P(["The Ministry of Education is the lead attending agency."]),
        H1(["Meeting purpose"]),
        P(["The hui meets every three weeks during term to discuss students in Porirua schools who "
           "have been chronically absent (attending less than 70 per cent of half-days in the term) "
           "and whose school and attendance service have not been able to re-engage them. It brings "
           "together the agencies that can help remove the barriers to the student attending, so "
           "that the student and whānau receive one coordinated offer of support."]),
        H1(["Purpose of sharing"]),
        P(["Information is shared at the hui for a single purpose: to identify the barriers that are "
           "stopping each student discussed from attending school, and to agree which agency will "
           "support the student and their whānau to return to regular attendance."]),
        H1(["Information to be shared"]),
    ]
    blocks += bullets([
        ["Ministry of Education and Te Awarua Attendance Service Trust: enrolment and attendance "
         "records, the school's and attendance service's contact with the whānau, and learning "
         "support needs identified."],
        ["Oranga Tamariki: whether the student is known to Oranga Tamariki, and any current plan "
         "relevant to attendance."],
        ["Ministry of Social Development: whether the whānau is receiving support with housing, income "
         "or transport that affects attendance (not benefit details)."],
        ["Te Kotahi Whānau Ora Collective: the whānau's goals and the support being provided, where "
         "the whānau has agreed."],
    ])
    blocks += [
        H1(rn(v, "Legal authority to share", "Legal authority for sharing", C_WHO2, C_WHEN2)),
        P(["This protocol records the legal authority relied on; it does not itself authorise any "
           "sharing. For the purpose of sharing above, the attending agencies rely on:"]),
    ]
    blocks += bullets([
        ["the Oranga Tamariki Act 1989, s 66C, where sharing is for the wellbeing of the student as "
         "a child; and"],
        ["the Privacy Act 2020, IPP 11(1)(d), where the parent or caregiver (and the student, taking "
         "account of their age and maturity) has authorised the sharing."],
    ])
    blocks += [
        P(["Representatives check before each hui which authority applies to each student and record "
           "it in the hui notes."]),
        H1(["Use of information"]),
        P(["Information shared at the hui is used only to agree and provide support for the student "
           "and whānau to return to school. It is not used to take enforcement action for non-"
           "attendance, to review a benefit, or for any purpose other than that agreed at the hui "
           "without a separate legal authority."]),
        H1(["Transparency and notification obligations"]),
        P(["Before a student is put on the hui list the school or attendance service talks with the "
           "parent or caregiver, explains the hui and which agencies attend, and asks for their "
           "agreement to information being shared. Where a caregiver cannot be reached after "
           "reasonable efforts, the student is discussed only under the Oranga Tamariki Act "
           "authority and the caregiver is told about the hui at the next contact. The Ministry's "
           "website describes the hui."]),
        H1(["Method of sharing"]),
        P(["The Ministry sends the hui list through the secure Ministry collaboration space, to which "
           "only named representatives have access. Information is otherwise shared verbally at the "
           "hui, which is held in person at the Ministry's Porirua office. Actions are recorded by the "
           "Ministry and sent to the responsible agency only."]),
        H1(["Security of the information"]),
        H2(["Security classification"]),
        P([Ctl("drop", "Security classification", "IN-CONFIDENCE", CLASS_ITEMS, b=True)]),
        P(["As a general rule all personal information is classified at least IN-CONFIDENCE; the "
           "attending agencies have agreed that this level applies to the hui list and hui notes."]),
        H2(["Security controls"]),
        P(["The attending agencies have agreed these controls:"]),
    ]
    blocks += numbered([
        ["Representatives have completed privacy and information security training, including the "
         "collaboration space induction."],
        ["Representatives bring no hard copies to the hui unless unavoidable; any that are brought "
         "are shredded at the Ministry office when the hui ends."],
        ["No hard copy is given to a representative of another agency."],
        ["Attachments containing personal information are password protected."],
        ["Information is viewed and shared only on devices approved by the representative's agency."],
        ["If a representative joins by video call, they do not use the chat function, record the "
         "call or take screenshots."],
    ], "dec:controls")
    blocks += [
        H1(["Tikanga considerations"]),
        P(["Te Kotahi Whānau Ora Collective leads the agencies' approach to tikanga at the hui. Whānau "
           "are invited to have the Collective's navigator present when the plan is discussed with "
           "them, and information about whānau Māori is not used for reporting or research without "
           "the Collective's advice."]),
        H1(rn(v, "Retention and disposal of information shared",
              "Retention and disposal of shared information", C_WHO2, C_WHEN2)),
        P(["The Ministry keeps hui notes in its records system for as long as its disposal authority "
           "requires. Other agencies record only the actions assigned to them and the information "
           "needed to carry them out. Hui lists are removed from the collaboration space four weeks "
           "after each hui."]),
        H1(["Privacy and security breach management"]),
        P(["Attending agencies tell the breach contact below straight away if information from the "
           "hui is lost or disclosed without authority, and work together to contain it. The agency "
           "whose information is involved decides with the others what to tell the whānau and "
           "whether the breach must be notified to the Privacy Commissioner."]),
    ]
    if v.get("d06_nobreach"):
        blocks += [P(["Designated breach contact:"]),
                   breach_contact_table(dict(role=None, agency=None, email=None, phone=None)), spacer()]
    else:
        blocks += [P(["Designated breach contact:"]),
                   breach_contact_table(dict(role="Senior Adviser Privacy, Wellington region",
                                             agency="Ministry of Education",
                                             email="privacy.officer@education.govt.nz",
                                             phone="04 463 8000")), spacer()]
    coi_head = "Managing conflicts of interest"
    coi_paras = [
        "Representatives tell the chair before the hui if they know a student or whānau on the list.",
        "A representative with a conflict leaves the hui while that student is discussed and passes "
        "any request for information to a colleague.",
        "The chair records that a conflict was declared and how it was managed.",
    ]
    if v.get("d01_noconflicts"):
        mk = ("del", C_WHO1, C_WHEN1)
        blocks.append(P([CS(0), coi_head, CE(0)], style="Heading1", num="head", keep=True, mark=mk))
        blocks += [P([t], num="bullet", mark=mk) for t in coi_paras]
        comments.append((C_WHO1, "OB", "2026-09-22T10:24:00Z",
                         "Each agency's code of conduct already covers this - suggest we delete rather "
                         "than duplicate. OB"))
    else:
        blocks.append(H1(rn(v, coi_head, "Conflicts of interest", C_WHO2, C_WHEN2)))
        blocks += bullets([[t] for t in coi_paras])
    blocks += [
        H1(["Relationship management and oversight"]),
        P(["Each agency's relationship manager is named in the hui terms of reference. They check in "
           "with their representative each term and raise any problem with the Ministry's attendance "
           "lead."]),
        H1(["Review"]),
        review_para(v, "18 months", "Ministry of Education",
                    " is responsible for initiating the review, which includes asking each agency "
                    "whether the sharing is still needed."),
        H1(["Approval"]),
    ]
    blocks += sig_blocks(C_SIGS, role_label="Title")
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification="IN-CONFIDENCE", blocks=blocks, comments=comments,
        footer=f"{meeting} | information sharing protocol",
        author="Ministry of Education, Wellington region", last_by=C_WHO1 if tracked else "Siosaia Taufa",
        created="2025-10-01T20:00:00Z", modified="2026-09-24T04:00:00Z" if tracked else "2026-02-26T01:00:00Z",
        subject="Multi-agency meeting information sharing protocol",
        keywords="school attendance; information sharing",
    )
