# ====================================================================== base B: youth offending panel

B_AGENCIES = [
    ("Oranga Tamariki—Ministry for Children", "Lead attending agency; youth justice supervisor (chair)"),
    ("NZ Police", "Youth Aid officer, Rotorua"),
    ("Ministry of Education", "Learning support and attendance adviser, Bay of Plenty – Waiariki"),
    ("Health New Zealand", "Youth health nurse specialist, Lakes"),
    ("Ngāti Kahurangi Social Services", "Rangatahi kaiārahi (iwi social services)"),
]

B_SIGS = [
    dict(agency="Oranga Tamariki—Ministry for Children", name="Paora Te Rangi",
         role="Regional Manager, Youth Justice, Bay of Plenty", date="2025-06-03"),
    dict(agency="New Zealand Police", name="Sarah Whitcombe", role="Area Commander, Rotorua",
         date="2025-06-10"),
    dict(agency="Ministry of Education", name="Dean Fitzgerald",
         role="Director of Education, Bay of Plenty – Waiariki", date="2025-06-12"),
    dict(agency="Health New Zealand", name="Mele Fifita",
         role="Group Manager, Child and Youth Health, Lakes", date="2025-06-19"),
    dict(agency="Ngāti Kahurangi Social Services", name="Ripeka Ngārimu",
         role="Pou Whakahaere (General Manager)", date="2025-06-24"),
]


def base_b(v):
    meeting = "Te Arawa Rangatahi Panel"
    klass = "UNCLASSIFIED" if v.get("d08_unclass") else "IN-CONFIDENCE"
    blocks, comments = [], []
    blocks += cover(v, meeting, "Oranga Tamariki—Ministry for Children", "2.0", "Final – approved",
                    "2025-06-24")
    blocks += [
        H1(["Attending agencies"]),
        P(["The following agencies attend the panel and have signed this protocol."]),
        attending_table(B_AGENCIES, "Representative"),
        P(["Oranga Tamariki is the lead attending agency. It convenes the panel, provides the "
           "coordinator and keeps the panel record."]),
        H1(["Meeting purpose"]),
        P(["The Te Arawa Rangatahi Panel meets fortnightly in Rotorua. It brings together the agencies "
           "working with rangatahi aged 10 to 17 who have offended or are at risk of offending and "
           "have come to Police attention, so that the reasons for the offending are understood and "
           "one joined-up plan is agreed with the rangatahi and their whānau, rather than several "
           "separate ones."]),
        H1(["Purpose of sharing"]),
        P(["Agencies share information at the panel to achieve two purposes:"]),
    ]
    blocks += numbered([
        ["To understand the needs of each rangatahi referred to the panel and the causes of their "
         "offending or risk of offending."],
        ["To agree, coordinate and review an intervention plan for each rangatahi, including education, "
         "health and whānau support."],
    ], "dec:purposes")
    info_rows = [Row([head_cell("Agency"), head_cell("Information")], header=True),
                 Row(["Oranga Tamariki", "Care and protection and youth justice history, current "
                      "plans, family group conference outcomes, social worker contact details."]),
                 Row(["NZ Police", "Offending and alleged offending, Police alternative action plans, "
                      "and safety concerns known to Police about the rangatahi or whānau."]),
                 Row(["Ministry of Education", "School enrolment, attendance, stand-downs, suspensions "
                      "and exclusions, and learning support in place."]),
                 Row(["Health New Zealand", "Whether the rangatahi is engaged with youth health, mental "
                      "health or alcohol and drug services, and any health need relevant to the plan."]),
                 Row(["Ngāti Kahurangi Social Services", "Whānau support in place, and the whānau's "
                      "views on the plan where the whānau has agreed to them being shared."])]
    blocks += [
        H1(["Information that may be shared"]),
        P(["Only information relevant to the rangatahi being discussed and needed for one of the two "
           "purposes is shared."]),
        Tbl(info_rows, [3000, 6000]),
        H1(["Legal authority to share"]),
        P(["The protocol does not authorise any sharing itself. Representatives rely on the legal "
           "authorities below and check, each time, that the criteria for the authority they are "
           "using are met. Where a representative is unsure, they do not share until they have "
           "checked with their agency's legal or privacy team."]),
    ]
    auth = [Row([head_cell("Purpose"), head_cell("Legal authority")], header=True),
            Row(["1. Understanding needs and causes of offending",
                 "Oranga Tamariki Act 1989, ss 66 and 66C; for Police information about offending, "
                 "also Privacy Act 2020, IPP 11(1)(e)(i)"]),
            Row(["2. Agreeing and coordinating the intervention plan",
                 "Oranga Tamariki Act 1989, s 66C"])]
    blocks += [Tbl(auth, [4000, 5000]), spacer()]
    blocks += [
        H1(["Use of information"]),
        P(["Information shared at the panel is used only to understand each rangatahi's needs and to "
           "agree and carry out the intervention plan. Agencies put panel information into their own "
           "records only when they need it to carry out an action from the plan, and record where it "
           "came from, the authority, the purpose, any restriction on use and the date it was shared."]),
        P(["Agencies must not keep information from the panel just in case it becomes useful later. "
           "Using panel information for anything else, such as a prosecution decision or enforcement "
           "action, needs its own legal authority and advice from the agency's legal team."]),
        H1(["Transparency and notification obligations"]),
        P(["Before a rangatahi is referred, the referring agency tells the rangatahi and their whānau "
           "about the panel, which agencies attend and what will be shared, and gives them the panel "
           "pānui. Oranga Tamariki consults the rangatahi and whānau as section 66C and its "
           "principles require, unless consultation would put the rangatahi or another person at "
           "risk; the reason is then recorded in the panel record."]),
        H1(["Method of sharing"]),
        P(["The coordinator sends the agenda by SEEMail to representatives three working days before "
           "the panel. Representatives share information verbally at the meeting; the coordinator "
           "records the agreed plan in CYRAS and sends each agency its actions by SEEMail."]),
        H1(["Security of the information"]),
        H2(["Security classification"]),
    ]
    if v.get("d08_unclass"):
        blocks += [
            P(["Classification of information shared at the panel: ",
               Ctl("drop", "Security classification", "UNCLASSIFIED", CLASS_ITEMS, b=True)]),
            P(["The panel agenda lists rangatahi by initials and date of birth only, so the agencies "
               "agreed the information can be handled as UNCLASSIFIED."]),
        ]
    else:
        blocks += [
            P(["Classification of information shared at the panel: ",
               Ctl("drop", "Security classification", "IN-CONFIDENCE", CLASS_ITEMS, b=True)]),
            P(["This is the classification for personal information under the New Zealand Government "
               "Security Classification System; information from Oranga Tamariki files is handled no "
               "less carefully."]),
        ]
    ctl_rows = [Row([head_cell("Control"), head_cell("What the agencies have agreed")], header=True),
                Row(["Training", "Representatives complete their agency's privacy and information "
                     "security training before their first panel and keep it current."]),
                Row(["Hard copies", "Printed agendas or notes are collected at the end of the panel and "
                     "securely destroyed by the coordinator."]),
                Row(["Hard copies", "Printed material is never passed to another agency's "
                     "representative."]),
                Row(["Email", "Attachments with personal information are password protected; the "
                     "password is given by phone."]),
                Row(["Devices", "Representatives use only devices approved by their own agency to send, "
                     "receive or view panel information."]),
                Row(["Online attendance", "When joining online, representatives do not use the chat for "
                     "personal information, do not record the meeting and do not take screenshots."])]
    blocks += [H2(["Security controls"]), Tbl(ctl_rows, [2200, 6800]), spacer()]
    blocks += [
        H1(["Tikanga Māori considerations"]),
        P(["Most rangatahi referred to the panel are Māori. Ngāti Kahurangi Social Services advised the "
           "agencies on this section. The panel opens and closes with karakia; information about "
           "whānau and whakapapa is discussed with care and only to the extent needed for the plan; "
           "and where the whānau wishes, a kaumātua or kaiārahi supports them when the plan is "
           "discussed with them. Ngāti Kahurangi may raise at any time a concern that sharing is not "
           "consistent with tikanga, and the chair pauses the discussion until it is resolved."]),
        H1(["Retention and disposal of information shared"]),
        P(["Oranga Tamariki keeps the panel record in CYRAS under its disposal authority. Other "
           "agencies keep panel information only when it is needed to deliver their actions under "
           "the plan, in their approved systems, and for no longer than their retention schedules "
           "allow. Agendas are deleted from email once the panel has met."]),
        H1(["Privacy and security breach management"]),
        P(["If information shared at the panel is lost, disclosed to the wrong person or misused, the "
           "representative who finds out tells the designated contact below the same day. The agency "
           "that supplied the information leads the response and decides, with the others, what the "
           "rangatahi and whānau are told, and whether the Privacy Commissioner must be notified."]),
        breach_contact_table(dict(role="Youth Justice Manager, Rotorua",
                                  agency="Oranga Tamariki—Ministry for Children",
                                  email="rotorua.youthjustice@ot.govt.nz", phone="07 349 7800")),
        spacer(),
        H1(["Managing conflicts of interest"]),
        P(["Representatives declare to the chair any personal connection with a rangatahi or whānau on "
           "the agenda before that item is discussed, leave the room for that item, and refer any "
           "request for information to a colleague. In a small community this will happen often; "
           "declaring it is expected and is not a criticism."]),
        H1(["Relationship managers and oversight"]),
        P(["Each agency's relationship manager is its representative's line manager. Relationship "
           "managers meet once a year with the coordinator to check the sharing is working as "
           "intended and to sort out any problems."]),
        H1(["Review"]),
        review_para(v, "24 months", "Oranga Tamariki—Ministry for Children",
                    " is responsible for initiating the review. Any attending agency may ask for an "
                    "earlier review at any time."),
        H1(["Approval"]),
        P(["Signed for each attending agency by a person with authority to approve the protocol."]),
    ]
    sigs = [dict(s) for s in B_SIGS]
    if v.get("d04_role"):
        sigs[2]["role"] = None
    blocks += [sig_table(sigs, "Position")]
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification=klass, blocks=blocks, comments=comments,
        footer=f"{meeting} information sharing protocol v2.0",
        author="Oranga Tamariki Youth Justice, Bay of Plenty", last_by="Paora Te Rangi",
        created="2025-03-02T22:00:00Z", modified="2025-06-25T03:10:00Z",
        subject="Multi-agency meeting information sharing protocol",
        keywords="youth justice; rangatahi; panel",
    )
