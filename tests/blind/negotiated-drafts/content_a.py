# ====================================================================== base A: family harm safety table

A_AGENCIES = [
    ("New Zealand Police", "Chair and lead attending agency (Family Harm Team sergeant)"),
    ("Oranga Tamariki—Ministry for Children", "Site social worker, Whangārei"),
    ("Health New Zealand – Te Whatu Ora", "Family violence intervention coordinator, Whangārei Hospital"),
    ("Ara Poutama Aotearoa – Department of Corrections", "Probation officer, Whangārei Community Corrections"),
    ("Te Puna Ora Whānau Services", "Kaupapa Māori whānau navigator"),
    ("Tai Tokerau Safe Homes Trust", "Specialist family violence advocate"),
]

A_SIGS = [
    dict(agency="New Zealand Police", name="Rangi Pōtae", role="Area Commander, Whangārei-Kaipara",
         date="2026-03-09"),
    dict(agency="Oranga Tamariki—Ministry for Children", name="Lisa Marsden",
         role="Regional Manager, Te Tai Tokerau", date="2026-03-16"),
    dict(agency="Health New Zealand – Te Whatu Ora", name="Anand Rao",
         role="Director of Allied Health, Te Tai Tokerau", date="2026-03-20"),
    dict(agency="Ara Poutama Aotearoa – Department of Corrections", name="Tania Hēnare",
         role="District Manager, Northland Community Corrections", date="2026-03-23"),
    dict(agency="Te Puna Ora Whānau Services", name="Hone Tūhiwai", role="Chief Executive",
         date="2026-04-02"),
    dict(agency="Tai Tokerau Safe Homes Trust", name="Megan O'Sullivan", role="Service Manager",
         date="2026-04-14"),
]

A_WHO1, A_WHEN1 = "Aroha Whaanga", "2026-10-06T09:12:00Z"      # Police legal
A_WHO2, A_WHEN2 = "Claire Dunstan", "2026-10-09T14:41:00Z"     # Health NZ privacy
A_WHO3, A_WHEN3 = "Ben Tuilagi", "2026-10-13T11:05:00Z"        # Oranga Tamariki legal


def base_a(v):
    tracked = v.get("tracked")
    meeting = "Whangārei Family Harm Safety Table"
    blocks = []
    comments = []
    blocks += cover(v, meeting, "New Zealand Police",
                    "1.1 (review draft)" if tracked else "1.0",
                    "Review draft" if tracked else "Final – approved", "2026-04-14")

    # 1 attending agencies
    blocks += [
        H1(["Attending agencies"]),
        P(["The agencies below attend the safety table and are the parties to this protocol. "
           "Each nominates representatives who hold the authority and knowledge to share "
           "information for it and to commit it to safety actions."]),
        attending_table(A_AGENCIES),
        P(["Lead attending agency: ", Ctl("text", "Lead attending agency", "New Zealand Police"),
           ". Police convene and chair the meeting, hold the action register and are responsible "
           "for developing and implementing this protocol."]),
    ]
    # 2 meeting purpose
    blocks += [
        H1(["Meeting purpose"]),
        BlockCtl("Meeting purpose", [
            P(["The safety table meets each weekday morning, in person at the Whangārei Police "
               "station or on Microsoft Teams, to consider family harm episodes reported to Police "
               "in the Whangārei and Kaipara districts in the previous working day."]),
            P(["It exists so that adult and child victims of family harm are kept safe, people "
               "using violence are held to account and offered help to stop, and whānau get the "
               "support they need from the agency best placed to give it, without having to tell "
               "their story to several agencies."]),
        ]),
    ]
    # 3 purposes
    purposes = [
        ["To assess the risk to adult and child victims of family harm following a Police "
         "family harm episode."],
        ["To agree a safety plan for each whānau discussed and which agency will carry out each "
         "safety action."],
        ["To monitor whether agreed safety actions have been completed and whether the risk "
         "to the whānau has changed."],
    ]
    blocks += [H1(rn(v, "Purpose of sharing", "Purposes of sharing", A_WHO1, A_WHEN1)),
               P(["Information is shared at the safety table for these purposes only:"])]
    blocks += numbered(purposes, "dec:purposes")
    if v.get("d02_purpose4"):
        blocks.append(P(["To update the clinical records of victims seen at Whangārei Hospital "
                         "with the details of the family harm episode."],
                        num="dec:purposes", mark=("ins", A_WHO2, A_WHEN2)))
    # 4 information
    info = [
        ("New Zealand Police", "Summary of the family harm episode, the risk assessment completed "
         "by attending officers, protection orders and bail conditions in force, and relevant "
         "history of family harm and violent offending by the person using violence."),
        ("Oranga Tamariki—Ministry for Children", "Whether the children are known to Oranga Tamariki, "
         "any open assessment or plan, and current concerns for the children's safety."),
        ("Health New Zealand – Te Whatu Ora", "Whether a victim or child has presented to hospital "
         "with injuries linked to family harm, and whether the people involved are engaged with "
         "mental health or addiction services (not clinical detail)."),
        ("Ara Poutama Aotearoa – Department of Corrections", "Whether the person using violence is "
         "serving a sentence or order, its conditions, and how to contact the probation officer."),
        ("Te Puna Ora Whānau Services and Tai Tokerau Safe Homes Trust", "Support currently provided to "
         "the whānau and safety concerns the victim has raised with them."),
    ]
    rows = [Row([head_cell("Agency"), head_cell("Information the agency may share")], header=True)]
    rows += [Row([a, t]) for a, t in info]
    blocks += [H1(["Information to be shared"]),
               P(["Representatives share only what is relevant to the whānau being discussed and to "
                  "the purposes in section 3. The table sets out what each agency may bring."]),
               Tbl(rows, [3200, 5800])]
    # 5 legal authority
    intro_ok = ("This protocol does not itself authorise any sharing. Each purpose relies on the "
                "legal authority set out against it below, and a representative must be satisfied "
                "that the criteria of that authority are met before sharing.")
    intro_claim = ("Once signed, this protocol gives each attending agency the authority to share "
                   "information about the whānau discussed at the safety table.")
    if v.get("d10_claim"):
        intro = P([CS(0), Del(A_WHO3, A_WHEN3, intro_ok), Ins(A_WHO3, A_WHEN3, intro_claim), CE(0)])
        comments.append((A_WHO1, "AW", "2026-10-14T08:30:00Z",
                         "Please reject this change. The protocol cannot give anyone authority to "
                         "share - only the Acts in the table do. Happy to talk it through."))
    else:
        intro = P([intro_ok])
    auth_rows = [Row([head_cell("Purpose"), head_cell("Legal authority"),
                      head_cell("What the representative checks")], header=True),
                 Row(["Purpose 1 – assessing risk",
                      "Family Violence Act 2018, ss 20 and 21; Oranga Tamariki Act 1989, s 66C where "
                      "a child or young person is involved",
                      "The information may help protect a victim from family violence, or is for the "
                      "wellbeing or safety of the child."]),
                 Row(["Purpose 2 – safety planning",
                      "Family Violence Act 2018, s 21; Privacy Act 2020, IPP 11(1)(f)",
                      "Sharing is needed for a safety action, or to prevent or lessen a serious "
                      "threat to someone's life or health."]),
                 Row(["Purpose 3 – monitoring actions",
                      "Family Violence Act 2018, ss 20 and 21",
                      "Sharing helps protect a victim, or reduces or prevents family violence."])]
    blocks += [H1(["Legal authority to share"]), intro, Tbl(auth_rows, [2400, 3600, 3000])]
    # 6 use
    blocks += [
        H1(["Use of information"]),
        P(["Information shared at the safety table is used only to assess risk, plan safety actions "
           "and check that those actions are done. A representative records in their own agency's "
           "system only what their agency needs to carry out a safety action assigned to it, noting "
           "where the information came from, the authority it was shared under, the purpose, any "
           "restriction on its use and the date it was shared."]),
        P(["Any other use, for example in an unrelated investigation or a funding report, needs its "
           "own purpose and legal authority and must first be checked with the agency's privacy or "
           "legal team."]),
    ]
    # 7 transparency
    blocks += [
        H1(["Transparency and notification obligations"]),
        P(["When Police attend a family harm episode, officers tell the victim that information will "
           "be shared with other agencies to help keep them and their tamariki safe, and give them "
           "the safety table's information sheet. Each attending agency's privacy statement says "
           "that it takes part in multi-agency family harm meetings."]),
        P(["The person using violence is not told before information is shared where telling them "
           "would increase the risk to the victim or children; the reason is recorded in the action "
           "register. Anyone may ask an attending agency for the information it holds about them."]),
    ]
    # 8 method
    blocks += [
        H1(["Method of sharing"]),
        P(["By 7.30 am the Police coordinator sends the day's list of episodes by SEEMail to the "
           "nominated representatives. The list holds only names, dates of birth, addresses and the "
           "episode summary. Representatives share further information verbally at the meeting. "
           "Safety actions and their owners are recorded by the coordinator in the Family Safety "
           "System, to which each representative has an individual log-in that is never shared."]),
        P(["Information about whānau is not sent by text message, messaging apps or personal email."]),
    ]
    # 9 security
    controls_req = [
        ["Every representative has completed their agency's privacy and information security "
         "training, and the Family Safety System training, before attending."],
        ["Any hard copy information used at the meeting is collected by the chair and securely "
         "destroyed in the Police secure-destruction bin at the end of the meeting."],
        ["Email attachments containing personal information are password protected, with the "
         "password sent separately."],
    ]
    controls_res = [
        ["Information is shared only from devices approved by the representative's own agency."],
        ["When attending on Microsoft Teams, representatives do not put personal information in "
         "the chat, do not record the meeting and do not take screenshots of shared screens."],
        ["Hard copies are not handed to, or left with, representatives of other agencies."],
    ]
    blocks += [
        H1(["Security of the information"]),
        H2(["Security classification"]),
        P(["Information shared at or for the safety table is classified ",
           Ctl("drop", "Security classification", "SENSITIVE", CLASS_ITEMS, b=True), "."]),
        P(["Emails carrying information about a whānau show this classification in the subject line, "
           "and government agencies handle it under the Protective Security Requirements."]),
        H2(["Security controls"]),
        P([B("Requirements")]),
    ]
    blocks += bullets(controls_req)
    blocks += [P([B("Restrictions")])]
    blocks += bullets(controls_res)
    # 10 tikanga
    blocks += [
        H1(["Tikanga considerations"]),
        P(["Te Puna Ora Whānau Services attends as a kaupapa Māori provider. The agencies have agreed "
           "with Te Puna Ora that:"]),
    ]
    blocks += bullets([
        ["kōrero about whānau Māori is held in a way that upholds the mana of the whānau;"],
        ["whakapapa information is shared only where a safety action needs it;"],
        ["Te Puna Ora may ask that discussion of a whānau it works with wait until its kaimahi is "
         "present, unless the risk is immediate; and"],
        ["Māori data shared at the meeting is treated as a taonga and is not used in reporting "
         "without the agreement of Te Puna Ora."],
    ])
    # 11 retention
    blocks += [
        H1(["Retention and disposal of information shared"]),
        P(["The action register and meeting log are kept in the Family Safety System and disposed of "
           "under the Police disposal authority. Other agencies keep information from the meeting "
           "only where they need it for a safety action assigned to them, in their approved business "
           "system and in line with their own retention and disposal schedule."]),
        P(["Once the information is saved in the agency's system, representatives securely delete the "
           "day's list and any emails that carried it. Information not needed for a safety action is "
           "not kept."]),
    ]
    # 12 breach
    blocks += [
        H1(rn(v, "Privacy and security breach management", "Managing privacy and security breaches",
              A_WHO1, A_WHEN1)),
        P(["A representative who thinks information shared at the safety table has been lost, sent to "
           "the wrong person, accessed without authority or misused tells the breach contact below "
           "and their own agency's privacy officer as soon as possible, and no later than 24 hours "
           "after finding out."]),
        P(["The agency whose information was involved leads the response, including deciding what to "
           "tell the people affected and whether the breach must be notified to the Privacy "
           "Commissioner. The other agencies help contain it and take part in any review."]),
        breach_contact_table(dict(role="Family Harm Coordinator, Whangārei", agency="New Zealand Police",
                                  email="whangarei.familyharm@police.govt.nz", phone="09 430 4500")),
        spacer(),
    ]
    # 13 conflicts
    blocks += [
        H1(["Managing conflicts of interest"]),
        P(["A representative who knows, or is related to, a person being discussed tells the chair as "
           "soon as they realise it. They leave the meeting while that whānau is discussed and pass any "
           "request for information to a colleague in their agency. The chair notes in the meeting log "
           "that a conflict was declared, without recording its details."]),
    ]
    # 14 relationship
    rm = [("New Zealand Police", "Family Harm Manager, Northland District"),
          ("Oranga Tamariki—Ministry for Children", "Practice Leader, Whangārei"),
          ("Health New Zealand – Te Whatu Ora", "Violence Intervention Programme Manager"),
          ("Ara Poutama Aotearoa – Department of Corrections", "Service Manager, Whangārei"),
          ("Te Puna Ora Whānau Services", "Team Leader, Whānau Services"),
          ("Tai Tokerau Safe Homes Trust", "Service Manager")]
    rows = [Row([head_cell("Agency"), head_cell("Relationship manager")], header=True)]
    rows += [Row([a, r]) for a, r in rm]
    blocks += [
        H1(["Relationship management and oversight"]),
        P(["Each attending agency has nominated a relationship manager. Relationship managers meet every "
           "six months to check that sharing is working as this protocol describes, deal with issues "
           "raised by representatives and watch for scope creep."]),
        Tbl(rows, [4500, 4500]),
        spacer(),
    ]
    # 15 review
    blocks += [
        H1(["Review"]),
        review_para(v, "12 months", "New Zealand Police",
                    ", as lead attending agency, is responsible for initiating the review. Any "
                    "attending agency may ask for an earlier review if a problem with the sharing "
                    "arises or the law changes."),
    ]
    # 16 approval
    blocks += [
        H1(rn(v, "Approval", "Approval and signatures", A_WHO1, A_WHEN1)),
        P(["Each signatory confirms that the protocol has been checked by their agency's privacy or "
           "legal advisers and that they hold the authority to approve it for their agency."]),
    ]
    blocks += sig_blocks(A_SIGS, role_label="Role")
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification="SENSITIVE", blocks=blocks, comments=comments,
        footer=f"{meeting} – information sharing protocol",
        author="Family Harm Team, Northland District", last_by=A_WHO1 if tracked else "Rangi Pōtae",
        created="2025-11-18T21:00:00Z", modified="2026-10-14T09:00:00Z" if tracked else "2026-04-15T02:30:00Z",
        subject="Multi-agency meeting information sharing protocol",
        keywords="family harm; safety table; information sharing",
    )
