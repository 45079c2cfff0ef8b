# ====================================================================== base D: elder abuse response group

D_AGENCIES = [
    ("Health New Zealand – Te Whatu Ora", "Lead attending agency; social worker, Older Adults service"),
    ("New Zealand Police", "Vulnerable adults coordinator, Kāpiti-Mana"),
    ("Ministry of Social Development", "Senior services case manager, Paraparaumu"),
    ("Kāpiti Older Persons Advocacy Trust", "Elder abuse response coordinator"),
    ("Te Whare Kaumātua o Kāpiti", "Kaumātua services coordinator"),
]

D_SIGS = [
    dict(agency="Health New Zealand – Te Whatu Ora", name="Joanne Pākinga",
         role="Operations Manager, Health of Older People, Capital, Coast and Hutt Valley",
         date="2026-06-02"),
    dict(agency="New Zealand Police", name="Craig Mathieson", role="Area Commander, Kāpiti-Mana",
         date="2026-06-05"),
    dict(agency="Ministry of Social Development", name="Louisa Tipene", role="Regional Director, Wellington",
         date="2026-06-11"),
    dict(agency="Kāpiti Older Persons Advocacy Trust", name="Patricia Goodall", role="Chair, Trust Board",
         date="2026-06-15"),
    dict(agency="Te Whare Kaumātua o Kāpiti", name="Huia Matenga", role="Kaiwhakahaere",
         date="2026-06-22"),
]

D_WHO1, D_WHEN1 = "Sione Latu", "2026-10-20T08:47:00Z"        # Police privacy
D_WHO2, D_WHEN2 = "Trudy Kerr", "2026-10-21T13:15:00Z"        # Advocacy Trust
D_WHO3, D_WHEN3 = "Maddie Chen", "2026-10-23T10:02:00Z"       # Health NZ legal


def base_d(v):
    tracked = v.get("tracked")
    meeting = "Kāpiti Elder Abuse Response Group"
    blocks, comments = [], []
    blocks += cover(v, meeting, "Health New Zealand – Te Whatu Ora",
                    "1.1 (review draft)" if tracked else "1.0",
                    "Review draft" if tracked else "Final – approved", "2026-06-22")
    blocks += [
        H1(["Attending agencies"]),
        attending_table(D_AGENCIES, "Attends as"),
        P(["Lead attending agency: ", Ctl("text", "Lead attending agency", "Health New Zealand – Te Whatu Ora")]),
        H1(["Meeting purpose"]),
        P(["The response group meets monthly, and at short notice when an older person is at serious "
           "risk, to respond to concerns that a person aged 65 or over living in the Kāpiti district is "
           "being abused or neglected by someone they trust. It helps the older person stay safe and "
           "keep as much control over their own life as possible."]),
        H1(["Purpose of sharing"]),
        P(["Information is shared for these purposes. Each refers to the authorities in section 5 "
           "that apply to it."]),
    ]
    blocks += numbered([
        ["To assess whether an older person is experiencing, or is at risk of, abuse or neglect, "
         "and how serious that risk is (see authorities A and C)."],
        ["To plan and coordinate support that keeps the older person safe and respects their "
         "wishes (see authorities A and B)."],
    ], "dec:purposes")
    blocks += [
        H1(["Information to be shared"]),
        P(["Agencies share only what the group needs to assess the concern and plan support: the "
           "concern raised and who raised it, the older person's living situation and supports, "
           "relevant health and capacity information held by Health New Zealand, Police attendances "
           "and orders, MSD support and any appointed agent, and the support the two community "
           "providers are giving. Financial information is shared only where financial abuse is "
           "suspected."]),
        H1(["Legal authority to share"]),
        P(["The attending agencies recognise that this protocol does not authorise sharing. The "
           "authorities below are labelled so that each purpose in section 3 can point to the ones "
           "it relies on."]),
    ]
    auth = [Row([head_cell("Label"), head_cell("Authority"), head_cell("When it applies")], header=True),
            Row(["A", "Family Violence Act 2018, ss 20 and 21",
                 "The person suspected of the abuse is a family member, or someone in a close personal "
                 "or caring relationship with the older person."]),
            Row(["B", "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)",
                 "The older person has authorised the sharing."]),
            Row(["C", "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)",
                 "Sharing is necessary to prevent or lessen a serious threat to the life or health "
                 "of the older person or another person."])]
    blocks += [Tbl(auth, [900, 3800, 4300]), spacer()]
    blocks += [
        H1(rn(v, "Use of information", "Use of shared information", D_WHO3, D_WHEN3)),
        P(["Agencies use information from the group only to assess the concern and to deliver the "
           "support agreed. An agency keeps information in its own system only where it needs it for "
           "the action it has agreed to take."]),
        H1(rn(v, "Transparency and notification obligations", "Transparency and notifying people",
              D_WHO3, D_WHEN3)),
        P(["The older person is told about the referral and the group, and asked whether they agree to "
           "information being shared, unless they cannot be spoken to safely or doing so would increase "
           "the risk to them. Where the older person lacks capacity, their attorney under an enduring "
           "power of attorney or welfare guardian is consulted unless that person is suspected of "
           "the abuse. Decisions not to tell the older person are recorded with the reason."]),
        H1(["Method of sharing"]),
        P(["Referrals are sent to the Health New Zealand coordinator by secure email. Information is "
           "shared verbally at the meeting, which is held at Kenepuru Hospital or by video call. The "
           "coordinator keeps the action list in the Health New Zealand patient record."]),
        H1(["Security of the information"]),
        H2(["Security classification"]),
        P(["Classification: ", Ctl("drop", "Security classification", "IN-CONFIDENCE", CLASS_ITEMS, b=True)]),
        H2(["Security controls"]),
        P([B("Requirements")]),
    ]
    blocks += bullets([
        ["All representatives have completed privacy and information security training."],
        ["Any hard copy information is securely destroyed at the end of the meeting."],
        ["Email attachments that contain personal information are password protected."],
    ])
    blocks += [P([B("Restrictions")])]
    virtual = "In video-call meetings, no personal information is put in the chat, and nobody records " \
              "the meeting or takes screenshots."
    res = [["Information is shared only from agency-approved devices."]]
    blocks += bullets(res)
    if v.get("d05_novirtual"):
        mk = ("del", D_WHO1, D_WHEN1)
        blocks.append(P([CS(0), virtual, CE(0)], num="bullet", mark=mk))
        comments.append((D_WHO1, "SL", "2026-10-20T08:50:00Z",
                         "Police representatives only attend in person at Kenepuru, so this one "
                         "doesn't apply to us - deleting."))
    else:
        blocks += bullets([[virtual]])
    blocks += bullets([["No hard copies are given to other attending agency representatives."]])
    blocks += [
        H1(["Tikanga considerations"]),
        P(["For kaumātua, the agencies follow the advice of Te Whare Kaumātua o Kāpiti: the kaumātua is "
           "offered whānau or a support person of their choosing; kōrero about them is held with "
           "respect for their mana and standing; and information about whānau relationships and "
           "whakapapa is shared only where it bears on their safety."]),
        H1(["Retention and disposal of information shared"]),
    ]
    ret = [P(["The coordinator's action list is held in the Health New Zealand record and disposed of "
              "under its disposal authority. Other agencies keep only what they need for their agreed "
              "actions, in their approved systems, and dispose of it under their own schedules."])]
    if v.get("d09_jic"):
        ret.append(P(["Each agency may also keep a copy of the full case summary on its own file for "
                      "future reference, in case the older person is referred again."],
                     mark=("ins", D_WHO2, D_WHEN2)))
    blocks += ret
    blocks += [
        H1(["Privacy and security breach management"]),
        P(["If information shared through the group is lost or disclosed without authority, the "
           "representative tells the breach contact, "]
          + [Ctl("text", "Breach contact", "Privacy Officer – Capital, Coast and Hutt Valley"), ", ",
             Ctl("text", "Breach contact agency", "Health New Zealand – Te Whatu Ora"), " (",
             Ctl("text", "Breach contact email", "privacy.cch@tewhatuora.govt.nz"), ", ",
             Ctl("text", "Breach contact phone", "04 806 2000"),
             "), on the day they find out. The agencies then work together to contain the breach, "
             "agree what the older person is told, and decide whether it must be notified to the "
             "Privacy Commissioner."]),
        H1(["Managing conflicts of interest"]),
        P(["In a small community representatives may know an older person or their family. They tell "
           "the chair, step out while that person is discussed, and a colleague handles any request "
           "for information."]),
        H1(["Relationship management and oversight"]),
        P(["The relationship managers are the Older Adults Service Manager (Health New Zealand), the "
           "Kāpiti-Mana Prevention Manager (Police), the Service Centre Manager, Paraparaumu (MSD), "
           "and the managers of the two community providers. They meet with the coordinator twice a "
           "year."]),
        H1(rn(v, "Review", "Review of this protocol", D_WHO3, D_WHEN3)),
        review_para(v, "12 months", "Health New Zealand – Te Whatu Ora",
                    " initiates each review as lead attending agency. An earlier review can be "
                    "requested by any agency."),
        H1(["Approval"]),
    ]
    blocks += sig_blocks(D_SIGS, role_label="Position")
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification="IN-CONFIDENCE", blocks=blocks, comments=comments,
        footer=f"{meeting} – information sharing protocol",
        author="Older Adults Service, Capital, Coast and Hutt Valley", last_by=D_WHO3 if tracked else "Joanne Pākinga",
        created="2026-02-10T21:00:00Z", modified="2026-10-23T03:00:00Z" if tracked else "2026-06-23T02:00:00Z",
        subject="Multi-agency meeting information sharing protocol",
        keywords="elder abuse; older people; information sharing",
    )
