"""Legal authority: every purpose has an authority (ISP301), authorities are laws (ISP302) in force
(ISP303), the purpose section states purposes (ISP304), and the protocol claims no authority (ISP305)."""

from __future__ import annotations

import pytest

from linter.docx_reader import read_document
from linter.engine import check_document
from linter.loader import open_package
from linter.pack import load_pack
from sample_protocols.docbuilder import DocBuilder
from tests.protocols import LAYOUTS, build_protocol

PACK = load_pack()
CODES = ("ISP301", "ISP302", "ISP303", "ISP304", "ISP305")
PURPOSE_HEADING = "Purpose of sharing"
AUTHORITY_HEADING = "Legal authority to share"
RISK = "To assess the risk of family violence to victims and their children."
PLAN = "To agree a safety plan and the supports each agency will provide to the family."
BENEFIT = "To check whether the family's benefit entitlements are correct."
NOT_ITSELF = "This protocol does not itself authorise the sharing of information."


def lint(b: DocBuilder, tmp_path, codes=CODES):
    path = tmp_path / "p.docx"
    b.save(path)
    doc = read_document(open_package(path))
    return doc, [f for f in check_document(doc, PACK) if f.rule in codes]


def protocol(purposes=None, authority=None, layout="styles", **kw):
    replace = {}
    if purposes is not None:
        replace["sharing-purpose"] = (PURPOSE_HEADING, purposes)
    if authority is not None:
        replace["legal-authority"] = (AUTHORITY_HEADING, authority)
    return build_protocol(layout, replace=replace, **kw)


def numbered(*items):
    return [("numbers", list(items))]


def block_of(doc, text):
    return next(b for b in doc.blocks if b.text.strip() == text)


def got(findings):
    return [(f.rule, dict(f.data)) for f in findings]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_clean_protocol_has_no_legal_authority_findings(tmp_path, layout):
    assert lint(build_protocol(layout), tmp_path)[1] == []


# -- ISP301 purpose-without-authority -------------------------------------------

@pytest.mark.parametrize("layout", LAYOUTS)
def test_purpose_with_empty_authority_cell(tmp_path, layout):
    b = protocol(numbered(RISK, PLAN, BENEFIT), [
        ("table", [["Purpose", "Legal authority"],
                   ["1. Assess the risk of family violence", "Family Violence Act 2018, s 20"],
                   ["2. Agree a safety plan", "Oranga Tamariki Act 1989, s 66C"],
                   ["3. Check benefit entitlements", ""]]),
        NOT_ITSELF], layout=layout)
    doc, found = lint(b, tmp_path)
    assert got(found) == [("ISP301", {"purpose": BENEFIT})]
    f = found[0]
    assert f.severity == "error"
    assert f.location.paragraph == next(x.index for x in doc.blocks if x.text.strip().endswith(BENEFIT))
    assert f.location.section.casefold().endswith(PURPOSE_HEADING.casefold())  # "3. Purpose of sharing" when numbered
    assert "has no legal authority stated for it" in f.message


def test_long_purpose_is_quoted_short_and_kept_whole_in_data(tmp_path):
    long = ("To coordinate the health, housing, income and safety support that each attending agency provides "
            "to the older person and their whānau.")
    b = protocol(numbered(RISK, long), [
        ("table", [["Purpose", "Legal authority"], ["1", "Family Violence Act 2018, s 20"], ["2", "N/A"]])])
    _, found = lint(b, tmp_path)
    assert got(found) == [("ISP301", {"purpose": long})]
    (f,) = [f for f in found if f.rule == "ISP301"]
    assert '"To coordinate the health, housing, income and safety support that each attending"' in f.message


def test_list_of_laws_that_does_not_say_which_purpose_leaves_purposes_unmapped(tmp_path):
    b = protocol(numbered(RISK, PLAN), [
        "Information is shared under the following authorities:",
        ("bullets", ["Family Violence Act 2018, ss 20–22", "Oranga Tamariki Act 1989, s 66C"]),
        NOT_ITSELF])
    _, found = lint(b, tmp_path)
    assert got(found) == [("ISP301", {"purpose": RISK}), ("ISP301", {"purpose": PLAN})]


def test_table_only_purpose_without_authority_is_reported_at_its_cell(tmp_path):
    b = protocol(numbered(RISK), [
        ("table", [["Purpose", "Legal authority"],
                   [RISK, "Family Violence Act 2018, s 20"],
                   ["To monitor school attendance", "TBC"]])])
    doc, found = lint(b, tmp_path)
    assert got(found) == [("ISP301", {"purpose": "To monitor school attendance"})]
    assert (found[0].location.table, found[0].location.row, found[0].location.cell) == (1, 3, 1)


def test_purpose_pointing_at_a_missing_authority_label(tmp_path):
    b = protocol(numbered(RISK + " (authority A)", PLAN + " (authority C)"), [
        "Authorities relied on:",
        ("numbers", ["A. Family Violence Act 2018, s 20", "B. Oranga Tamariki Act 1989, s 66C"])])
    _, found = lint(b, tmp_path)
    assert got(found) == [("ISP301", {"purpose": PLAN + " (authority C)"})]


def test_authority_section_that_names_no_authority(tmp_path):
    _, found = lint(protocol(numbered(RISK, PLAN), [NOT_ITSELF]), tmp_path)
    assert got(found) == [("ISP301", {"purpose": RISK}), ("ISP301", {"purpose": PLAN})]


def test_empty_authority_section_is_left_to_the_section_rules(tmp_path):
    _, found = lint(protocol(numbered(RISK), ["[Insert the legal authority]"]), tmp_path, CODES + ("ISP102",))
    assert got(found) == [("ISP102", {"section": "legal-authority"})]


def test_no_legal_authority_anywhere_is_left_to_the_section_rules(tmp_path):
    _, found = lint(build_protocol("styles", omit=("legal-authority",)), tmp_path, CODES + ("ISP101",))
    assert got(found) == [("ISP101", {"section": "legal-authority"})]


@pytest.mark.parametrize("purposes,authority", [
    # one list item per authority, saying which purposes it covers
    (numbered(RISK, PLAN), [("bullets", ["Purposes 1 and 2: Family Violence Act 2018, s 20",
                                          "Purpose 2 – Oranga Tamariki Act 1989, s 66C"])]),
    # purposes point at labelled authorities
    (numbered(RISK + " (see authority B)", PLAN + " (Authority A)"),
     ["The authorities are:", ("bullets", ["A. Oranga Tamariki Act 1989, s 66C", "B. Family Violence Act 2018, s 20"])]),
    # auto-numbered authority list, referred to by number
    (numbered(RISK + " See authority 2.", PLAN + " See authority 1."),
     [("numbers", ["Oranga Tamariki Act 1989, s 66C", "Family Violence Act 2018, ss 19–22"])]),
    # the authority under each purpose
    ([("numbers", [RISK]), ("bullets", ["Legal authority: Family Violence Act 2018, s 20"]), ("numbers", [PLAN]),
      "Authority: s66C OT Act"], ["Each purpose's authority is stated with it. " + NOT_ITSELF]),
    # the purpose carries its own citation
    (numbered(RISK[:-1] + " (FVA s 20).", PLAN[:-1] + " under section 66C of the Oranga Tamariki Act 1989."),
     [NOT_ITSELF]),
    # one authority for all purposes
    (numbered(RISK, PLAN), ["All of the purposes above rely on the Family Violence Act 2018, ss 20–22."]),
    # a sentence that repeats each purpose's words
    (numbered(RISK, PLAN), [
        "Sharing to assess the risk of family violence to victims relies on the Family Violence Act 2018, s 20.",
        "Sharing to agree a safety plan and supports relies on the Oranga Tamariki Act 1989, s 66C."]),
    # a single purpose and an authority section written as prose
    (["Information is shared to assess risk and agree a coordinated safety plan for each family."],
     ["Information is shared under the Family Violence Act 2018, sections 20 to 22."]),
    # an authority column that refers to purposes by number
    (numbered(RISK, PLAN), [("table", [["Legal authority", "Purposes"],
                                       ["Family Violence Act 2018, s 20", "1, 2"],
                                       ["Oranga Tamariki Act 1989, s 66C", "2"]])]),
    # a purpose column that points at the purposes by label
    (numbered(RISK, PLAN), [("table", [["Purpose", "Legal authority"],
                                       ["Purpose 1", "Family Violence Act 2018, s 20"],
                                       ["Purpose 2", "Privacy Act 2020, s 22, IPP 11(1)(e)"]])]),
    # unnumbered table rows in the same order as the purposes
    (numbered(RISK, PLAN), [("table", [["Purpose of sharing", "Authority"],
                                       ["Risk assessment", "FVA s 20"], ["Safety planning", "IPP11(1)(f)"]])]),
    # an authority explained in prose, then applied to purposes by number
    (numbered(RISK, PLAN), ["The Family Violence Act 2018, s 20 allows family violence agencies to share information "
                            "to help protect a victim. It applies to purposes 1 and 2.", NOT_ITSELF]),
    # purposes given as prose paragraphs
    ([RISK, PLAN], [("table", [["Purpose", "Legal authority"], ["1", "FVA, s 20"], ["2", "HIPC rule 11(2)(d)"]])]),
])
def test_purposes_mapped_in_other_ways_are_not_reported(tmp_path, purposes, authority):
    _, found = lint(protocol(purposes, authority), tmp_path)
    assert got(found) == []


def test_table_without_column_headings_in_the_authority_section(tmp_path):
    b = build_protocol("styles", omit=("legal-authority",))
    b.heading(AUTHORITY_HEADING, 1)
    b.table([["Assess the risk of family violence", "Family Violence Act 2018, s 20"],
             ["Agree a safety plan", "Oranga Tamariki Act 1989, s 66C"]], header=False)
    assert lint(b, tmp_path)[1] == []


def test_detail_under_a_purpose_is_not_an_authority(tmp_path):
    b = build_protocol("styles", omit=("sharing-purpose",))
    b.heading(PURPOSE_HEADING, 1)
    (first,) = b.bullets([RISK], numbered=True)
    num_id = first._p.pPr.numPr.numId.val
    for sub in b.bullets(["including the risk to children in the home", "in line with agency policy"]):
        num = sub._p.get_or_add_pPr().get_or_add_numPr()  # demoted with Tab: Word writes ilvl 1
        num.get_or_add_ilvl().val = 1
        num.get_or_add_numId().val = num_id
    b.bullets([PLAN], numbered=True, restart=False)
    _, found = lint(b, tmp_path)
    assert found == []


def test_detail_in_a_list_bullet_2_style_is_not_a_purpose(tmp_path):
    b = build_protocol("styles", omit=("sharing-purpose",))
    b.heading(PURPOSE_HEADING, 1)
    b.bullets([RISK], numbered=True)
    b.bullets(["including the risk to children in the home"], level=1)  # Word's "List Bullet 2" style
    b.bullets([PLAN], numbered=True, restart=False)
    _, found = lint(b, tmp_path)
    assert found == []


def test_merged_authority_cell_covers_both_rows(tmp_path):
    b = build_protocol("styles", omit=("legal-authority",))
    b.heading(AUTHORITY_HEADING, 1)
    b.table([["Purpose", "Legal authority"], ["1. Assess risk", "Family Violence Act 2018, ss 20–22"],
             ["2. Agree a safety plan", ""]], merges=[((1, 1), (2, 1))])
    _, found = lint(b, tmp_path)
    assert got(found) == []


def test_landscape_schedule_table_maps_purposes(tmp_path):
    b = build_protocol("styles", omit=("legal-authority",))
    b.landscape_section()
    b.heading("Schedule 1 – Legal authorities", 1)
    b.table([["Purpose of sharing", "Legal authority", "Criteria"],
             ["1. Assess risk", "Family Violence Act 2018, s 20", "Agency is a family violence agency"],
             ["2. Agree a safety plan", "Oranga Tamariki Act 1989, s 66C", "Child welfare and protection agency"]])
    _, found = lint(b, tmp_path)
    assert got(found) == []


def test_authority_chosen_from_a_dropdown(tmp_path):
    b = protocol(numbered(RISK, PLAN), [])
    heading = next(p for p in b.doc.paragraphs if p.text == AUTHORITY_HEADING)
    choices = ["Family Violence Act 2018, s 20", "Oranga Tamariki Act 1989, s 66C"]
    t = b.doc.add_table(rows=3, cols=2)
    heading._p.addnext(t._tbl)
    t.cell(0, 0).text, t.cell(0, 1).text = "Purpose", "Legal authority"
    t.cell(1, 0).text, t.cell(2, 0).text = "Purpose 1", "Purpose 2"
    b.dropdown(choices, selected=choices[0], paragraph=t.cell(1, 1).paragraphs[0])
    b.dropdown(choices, selected=None, paragraph=t.cell(2, 1).paragraphs[0])
    _, found = lint(b, tmp_path)
    assert got(found) == [("ISP301", {"purpose": PLAN})]  # the second drop-down was never chosen


def pointing_table(third_authority):
    return [("table", [["Purpose", "Legal authority"],
                       ["1. Assess the risk of family violence", "Family Violence Act 2018, s 20"],
                       ["2. Agree a safety plan", "As for purpose 1"],
                       ["3. Check benefit entitlements", third_authority]])]


@pytest.mark.parametrize("pointer", ["See section 5", "Refer to the legal authority section"])
def test_authority_cell_that_points_at_the_authority_section(tmp_path, pointer):
    b = protocol(numbered(RISK, PLAN, BENEFIT), [
        "The authority for checking benefit entitlements is the Social Security Act 2018, section 11.",
        *pointing_table(pointer)])
    assert got(lint(b, tmp_path)[1]) == []


def test_authority_cell_that_points_at_another_purposes_authority(tmp_path):
    b = protocol(numbered(RISK, PLAN, BENEFIT), pointing_table("Social Security Act 2018, s 11"))
    assert got(lint(b, tmp_path)[1]) == []


def test_a_pointer_to_nothing_leaves_the_purpose_without_authority(tmp_path):
    b = protocol(numbered(RISK, PLAN, BENEFIT), pointing_table("As for purpose 4"))
    assert got(lint(b, tmp_path)[1]) == [("ISP301", {"purpose": BENEFIT})]


# -- ISP302 unrecognised-authority -------------------------------------------------

@pytest.mark.parametrize("authority", ["common law", "Our agency's information sharing policy",
                                       "Good practice guidelines", "the Protocol"])
def test_authority_that_is_not_law(tmp_path, authority):
    b = protocol(numbered(RISK, PLAN), [("table", [["Purpose", "Legal authority"],
                                                   ["1", "Family Violence Act 2018, s 20"], ["2", authority]])])
    doc, found = lint(b, tmp_path)
    assert got(found) == [("ISP302", {"authority": authority})]
    f = found[0]
    assert f.severity == "warning"
    assert (f.location.table, f.location.row, f.location.cell) == (1, 3, 2)
    assert "it is not a law" in f.message


def test_law_the_catalogue_does_not_know(tmp_path):
    b = protocol(numbered(RISK, PLAN), [
        ("bullets", ["Purpose 1: Family Violence Act 2018, s 20",
                     "Purpose 2: Social Sector Information Sharing Act 2019, s 12; Privacy Act 2020, IPP 11(1)(f)"])])
    _, found = lint(b, tmp_path)
    assert got(found) == [("ISP302", {"authority": "Social Sector Information Sharing Act 2019, s 12"})]
    assert "does not know a law by that name and year" in found[0].message


def test_unknown_law_in_a_sentence_of_the_authority_section(tmp_path):
    b = protocol(numbered(RISK), ["Information is shared under the Whanau Safety Act 2015 and with consent."])
    _, found = lint(b, tmp_path)
    assert got(found) == [("ISP302", {"authority": "Whanau Safety Act 2015"})]


def test_same_unrecognised_authority_is_reported_once(tmp_path):
    b = protocol(numbered(RISK, PLAN), [("table", [["Purpose", "Legal authority"], ["1", "common law"],
                                                   ["2", "common law"]])])
    _, found = lint(b, tmp_path)
    assert got(found) == [("ISP302", {"authority": "common law"})]


@pytest.mark.parametrize("authority", [
    "Consent", "IPP 11(1)(e)", "principle 11(1)(f)", "s66C OT Act", "OT Act s. 66C", "FVA s 20", "HIPC rule 11",
    "Privacy Act 2020, s 22, IPP 11(1)(e)", "Family Violence Act 2018, ss 19–22",
    "Approved Information Sharing Agreement for Improving Public Services for Vulnerable Children",
    "Social Security Act 2018, s 11", "Oranga Tamariki Act 1989, s 66C; s 66", "N/A",
    "With the individual's written consent",
])
def test_recognised_authorities_are_not_reported(tmp_path, authority):
    b = protocol(numbered(RISK), [("table", [["Purpose", "Legal authority"], ["1", authority]])])
    _, found = lint(b, tmp_path, ("ISP302",))
    assert found == []


def test_explanations_in_the_authority_section_are_not_authorities(tmp_path):
    b = protocol(numbered(RISK, PLAN), [
        ("table", [["Purpose", "Legal authority"], ["1", "FVA s 20"], ["2", "OT Act s 66C"]]),
        "Before sharing, each representative must check that:",
        ("bullets", ["the agency is a family violence agency or social services practitioner under the Act;",
                     "sharing is for one of the purposes above."]),
        "See the table above.", NOT_ITSELF])
    _, found = lint(b, tmp_path)
    assert found == []


# -- ISP303 repealed-authority ---------------------------------------------------------

def test_repealed_acts_in_the_authority_table(tmp_path):
    b = protocol(numbered(RISK, PLAN), [("table", [
        ["Purpose", "Legal authority"],
        ["1", "Children, Young Persons, and Their Families Act 1989, s 66"],
        ["2", "Privacy Act 1993, s 6, principle 11(e)"]])])
    _, found = lint(b, tmp_path)
    assert got(found) == [
        ("ISP303", {"authority": "Children, Young Persons, and Their Families Act 1989",
                    "replacement": "Oranga Tamariki Act 1989"}),
        ("ISP303", {"authority": "Privacy Act 1993", "replacement": "Privacy Act 2020"}),
    ]
    assert all(f.severity == "error" and f.location.table == 1 for f in found)
    assert "the law now is the Privacy Act 2020" in found[1].message


def test_repealed_act_anywhere_in_the_body_is_reported_once(tmp_path):
    body = ["Where sharing relies on the CYPF Act, the agency consults the child first.",
            "Under the Domestic Violence Act 1995 protection orders are shared with Police.",
            "The CYP&F Act also requires consultation."]
    b = build_protocol("styles", replace={"transparency": ("Transparency and notification obligations", body)})
    doc, found = lint(b, tmp_path)
    assert got(found) == [
        ("ISP303", {"authority": "Children, Young Persons, and Their Families Act 1989",
                    "replacement": "Oranga Tamariki Act 1989"}),
        ("ISP303", {"authority": "Domestic Violence Act 1995", "replacement": "Family Violence Act 2018"}),
    ]
    assert found[0].location.paragraph == block_of(doc, body[0]).index
    assert found[0].location.section == "Transparency and notification obligations"
    assert "It is mentioned 2 times." in found[0].message


def test_repealed_act_written_with_a_comma_before_its_year(tmp_path):
    b = protocol(numbered(RISK), [("table", [["Purpose", "Legal authority"], ["1", "Privacy Act, 1993, principle 11"]])])
    _, found = lint(b, tmp_path)
    assert got(found) == [("ISP303", {"authority": "Privacy Act 1993", "replacement": "Privacy Act 2020"})]


def test_repealed_act_in_a_footnote(tmp_path):
    b = build_protocol("styles")
    p = next(p for p in b.doc.paragraphs if p.text.startswith("This protocol does not itself"))
    b.footnote(p, "See also Health Information Privacy Code 1994, rule 11.")
    _, found = lint(b, tmp_path)
    assert got(found) == [("ISP303", {"authority": "Health Information Privacy Code 1994",
                                      "replacement": "Health Information Privacy Code 2020"})]
    assert found[0].location.part == "footnote"


@pytest.mark.parametrize("sentence", [
    "The Privacy Act 2020 replaced the Privacy Act 1993 on 1 December 2020.",
    "The Oranga Tamariki Act 1989 (formerly the Children, Young Persons, and Their Families Act 1989) applies.",
    "The Privacy Act 1993 was repealed, and this protocol was updated to cite the Privacy Act 2020.",
])
def test_text_recording_a_repeal_is_not_a_citation(tmp_path, sentence):
    b = build_protocol("styles", replace={"use-of-information": ("Use of information", [sentence])})
    assert lint(b, tmp_path, ("ISP303",))[1] == []


# -- ISP304 no-sharing-purposes ------------------------------------------------------------

@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("body", ["See the meeting purpose above.", "Not applicable.", "As set out in section 2."])
def test_purpose_section_that_states_no_purpose(tmp_path, layout, body):
    b = protocol([body], [("bullets", ["Family Violence Act 2018, s 20"])], layout=layout)
    doc, found = lint(b, tmp_path)
    assert got(found) == [("ISP304", {"section": "sharing-purpose"})]
    heading = next(x for x in doc.blocks if x.text.strip().casefold().endswith(PURPOSE_HEADING.casefold()))
    assert found[0].location.paragraph == heading.index
    assert found[0].severity == "error"


def test_empty_purpose_section_is_left_to_isp102(tmp_path):
    b = protocol(["[Insert the purposes of sharing]"], [("bullets", ["Family Violence Act 2018, s 20"])])
    _, found = lint(b, tmp_path, CODES + ("ISP102",))
    assert got(found) == [("ISP102", {"section": "sharing-purpose"})]


def test_purposes_in_a_schedule_table_count(tmp_path):
    b = protocol(["The purposes are set out in Schedule 1."], [NOT_ITSELF])
    b.heading("Schedule 1 – Purposes and legal authorities", 1)
    b.table([["Purpose", "Legal authority"], [RISK, "Family Violence Act 2018, s 20"]])
    assert lint(b, tmp_path)[1] == []


def test_purpose_written_as_prose_counts(tmp_path):
    b = protocol(["Agencies share what they know so the meeting can assess risk and plan for each family's safety."],
                 ["Family Violence Act 2018, s 20 applies to the sharing."])
    assert lint(b, tmp_path)[1] == []


# -- ISP305 protocol-claims-authority -----------------------------------------------------

@pytest.mark.parametrize("sentence,text", [
    ("This protocol authorises agencies to share information about the people discussed at the meeting.",
     "This protocol authorises agencies to share information about the people"),
    ("This ISP provides the legal authority for the sharing described below.",
     "This ISP provides the legal authority for the sharing described below"),
    ("Under this protocol, agencies are permitted to share personal information.",
     "Under this protocol, agencies are permitted to share personal information"),
    ("Agencies are authorised by this protocol to disclose information to each other.",
     "Agencies are authorised by this protocol to disclose information to each other"),
    # what a protocol calls itself: a memorandum, an arrangement, a kawa
    ("This Memorandum gives the Parties the authority to share personal information about older people.",
     "This Memorandum gives the Parties the authority to share personal information"),
    ("Once endorsed, this arrangement authorises representatives of the participating agencies to disclose "
     "health information about older people to one another.",
     "this arrangement authorises representatives of the participating agencies to"),
    ("This kawa authorises the attending agencies to share personal information about whānau.",
     "This kawa authorises the attending agencies to share personal information about"),
    ("This Deed authorises each Party to disclose Relevant Information to the other Parties.",
     "This Deed authorises each Party to disclose Relevant Information to the other"),
])
def test_protocol_claiming_to_authorise_sharing(tmp_path, sentence, text):
    b = protocol(None, [("table", [["Purpose", "Legal authority"], ["1", "FVA s 20"], ["2", "OT Act s 66C"]]),
                        sentence])
    doc, found = lint(b, tmp_path)
    assert got(found) == [("ISP305", {"text": text})]
    assert found[0].location.paragraph == block_of(doc, sentence).index
    assert found[0].severity == "error"


def test_claim_elsewhere_in_the_protocol_is_reported(tmp_path):
    sentence = ("The attending agencies agree that this protocol authorises them to exchange information about "
                "families at the meeting.")
    b = build_protocol("form-table", replace={"meeting-purpose": ("Meeting purpose", [sentence])})
    _, found = lint(b, tmp_path)
    assert got(found) == [("ISP305", {"text": "The attending agencies agree that this protocol authorises them to exchange"})]
    assert found[0].location.table == 1


@pytest.mark.parametrize("sentence", [
    "This protocol does not itself authorise the sharing of information.",
    "The protocol records the legal authorities under which information is shared.",
    "Information may be shared under the authorities listed in this protocol.",
    "This protocol records, but does not create, the legal authority for sharing.",
    "The protocol does not provide the legal authority to share; each agency relies on the law.",
    "Only the law, not this protocol, authorises sharing.",
    "Nothing in this protocol authorises or requires the sharing of information.",
    "This protocol is not the legal basis for sharing.",
    "Information shared under this protocol is classified IN-CONFIDENCE.",
])
def test_statements_that_the_protocol_is_not_the_authority(tmp_path, sentence):
    b = protocol(None, [("table", [["Purpose", "Legal authority"], ["1", "FVA s 20"], ["2", "OT Act s 66C"]]),
                        sentence])
    assert lint(b, tmp_path, ("ISP305",))[1] == []


def test_a_card_that_says_each_purpose_has_its_own_authority_is_not_an_authority(tmp_path):
    """An authority card: a one-cell table with a title, a sentence about the law, and a nested
    Purpose | Authority table; an empty paragraph between the cards is not part of it."""
    b = protocol(authority=[])
    heading = next(p for p in b.doc.paragraphs if p.text == AUTHORITY_HEADING)
    card = b.table([[""]], header=False)
    cell = card.rows[0].cells[0]
    cell.paragraphs[0].add_run("The law we rely on").bold = True
    cell.add_paragraph("Each purpose has its own legal authority. This protocol does not authorise sharing on "
                       "its own.")
    b.nested_table(cell, [["Purpose", "Law we rely on"], [RISK, "Family Violence Act 2018, s 20"],
                          [PLAN, "Family Violence Act 2018, s 20"]])
    heading._p.addnext(card._tbl)
    card._tbl.addnext(b.doc.add_paragraph("")._p)
    _, found = lint(b, tmp_path)
    assert got(found) == []


POLICY_PURPOSES = [("levels", [
    (0, "Information is exchanged through the Panel only for the following purposes (the Exchange Purposes):"),
    (1, "Needs identification: to identify the needs of each rangatahi referred to the Panel;"),
    (1, "Support planning: to agree and coordinate a plan of support for each rangatahi; and"),
    (1, "Offending prevention: to help Police prevent further offending by a rangatahi."),
    (0, "The Exchange Purposes follow from the objective of the Panel."),
])]


def test_numbered_purposes_under_a_lead_in_clause_with_their_names(tmp_path):
    table = [["Exchange Purpose", "Statutory basis"],
             ["4.1.1 Needs identification and 4.1.2 Support planning", "Oranga Tamariki Act 1989, s 66C"],
             ["4.1.3 Offending prevention", "Privacy Act 2020, s 22, IPP 11(1)(e)(i)"]]
    _, found = lint(protocol(POLICY_PURPOSES, [("table", table)]), tmp_path)
    assert got(found) == []
    del table[2]  # offending prevention left without an authority
    _, found = lint(protocol(POLICY_PURPOSES, [("table", table)]), tmp_path)
    assert [(r, d["purpose"][:20]) for r, d in got(found)] == [("ISP301", "Offending prevention")]


def test_a_column_of_labels_headed_authority_labels_the_laws_beside_it(tmp_path):
    purposes = numbered(RISK + " (see authorities A and B)", PLAN + " (see authority A)")
    table = [["Authority", "Law", "What it allows"],
             ["A", "Family Violence Act 2018, s 20", "Sharing to help prevent family violence."],
             ["B", "Oranga Tamariki Act 1989, s 66C", "Sharing for the wellbeing of children."]]
    _, found = lint(protocol(purposes, [("table", table)]), tmp_path)
    assert got(found) == []


def test_a_note_in_a_shaded_panel_is_prose_not_an_authority(tmp_path):
    b = protocol(authority=[("table", [["Purpose", "Legal authority"], [RISK, "Family Violence Act 2018, s 20"],
                                       [PLAN, "Family Violence Act 2018, s 20"]])])
    heading = next(p for p in b.doc.paragraphs if p.text == AUTHORITY_HEADING)
    panel = b.table([["Important\nThis protocol does not itself authorise any sharing. Each purpose relies on the "
                      "legal authority set out below."]], header=False)
    heading._p.addnext(panel._tbl)
    _, found = lint(b, tmp_path)
    assert got(found) == []


def _boxed_authorities(rows):
    """A protocol whose legal-authority table sits in a text box under the heading."""
    import copy

    from docx.oxml.ns import qn

    b = protocol(authority=[])
    heading = next(p for p in b.doc.paragraphs if p.text == AUTHORITY_HEADING)
    table = b.table(rows)
    anchor = b.textbox("Schedule of authorities")
    for content in anchor._p.iter(qn("w:txbxContent")):
        content.append(copy.deepcopy(table._tbl))
    table._tbl.getparent().remove(table._tbl)
    heading._p.addnext(anchor._p)
    return b


def test_a_purpose_and_authority_table_in_a_text_box(tmp_path):
    """OCR output and designed layouts put whole tables in frames and text boxes."""
    rows = [["Purpose", "Legal authority"], [RISK, "Family Violence Act 2018, s 20"],
            [PLAN, "Oranga Tamariki Act 1989, s 66C"]]
    doc, found = lint(_boxed_authorities(rows), tmp_path)
    assert got(found) == []
    (boxed,) = [t for t in doc.tables if t.part == "textbox"]
    assert [[c.text for c in r] for r in boxed.rows] == rows
    assert all(doc.blocks[i - 1].text == c.text for r in boxed.rows for c in r for i in c.blocks)
    _, found = lint(_boxed_authorities(rows[:-1]), tmp_path)  # the plan has no row: reported
    assert [r for r, _ in got(found)] == ["ISP301"]
