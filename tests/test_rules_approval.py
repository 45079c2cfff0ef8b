"""Approval: ISP701 no signatories, ISP702 incomplete signatory, ISP703 unsigned agency, ISP704 no lead agency."""

from __future__ import annotations

from datetime import date

import pytest

from linter.docx_reader import read_document
from linter.engine import check_document
from linter.facts import Facts, Options
from linter.facts.attendance import attending_agencies, lead_agency
from linter.facts.signatures import signatories
from linter.loader import open_package
from linter.pack import load_pack
from sample_protocols.docbuilder import DocBuilder
from tests.protocols import AGENCIES, LAYOUTS, SIGNATORIES, build_protocol

PACK = load_pack()
APPROVAL_RULES = ("ISP701", "ISP702", "ISP703", "ISP704")
AS_OF = date(2026, 11, 24)
ALL_MINE = ("ISP201", "ISP202", "ISP203", "ISP204", "ISP601", "ISP602", "ISP603", "ISP604", *APPROVAL_RULES)


def model(b, tmp_path):
    path = tmp_path / "p.docx"
    b.save(path)
    return read_document(open_package(path))


def lint(b, tmp_path, codes=APPROVAL_RULES, final=False):
    return [f for f in check_document(model(b, tmp_path), PACK, Options(as_of=AS_OF, final=final))
            if f.rule in codes]


def facts(b, tmp_path):
    return Facts(model(b, tmp_path), PACK, Options(as_of=AS_OF))


def approval(*items, layout="styles", **replace):
    return build_protocol(layout, replace={"approval": ("Approval", list(items)), **replace})


def attending(*items):
    return ("Attending agencies", list(items))


def paragraph_blocks(b, people):
    """Signature blocks written as paragraphs, one per agency."""
    for agency, name, role, when in people:
        b.para(f"Signed for and on behalf of {agency}", bold=True)
        b.para(f"Name: {name}")
        b.para(f"Position: {role}")
        b.para("Signature: ______________________")
        b.para(f"Date: {when}")


PEOPLE = [(r[0], r[1], r[2], r[4]) for r in SIGNATORIES[1:]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_complete_protocol_is_clean_for_all_draft_review_and_approval_rules(tmp_path, layout):
    assert lint(build_protocol(layout), tmp_path, codes=ALL_MINE) == []
    assert lint(build_protocol(layout), tmp_path, codes=ALL_MINE, final=True) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_facts_of_the_complete_protocol(tmp_path, layout):
    f = facts(build_protocol(layout), tmp_path)
    assert [a.name for a in f.get(attending_agencies)] == [a.replace(" (lead attending agency)", "") for a in AGENCIES]
    assert [a.lead for a in f.get(attending_agencies)] == [True, False, False, False, False]
    assert f.get(lead_agency).name == "New Zealand Police"
    assert [(s.agency, s.name, s.role, s.date) for s in f.get(signatories)] == [
        (r[0], r[1], r[2], d) for r, d in zip(SIGNATORIES[1:], [date(2026, 3, n) for n in (3, 4, 5, 6, 9)])]


# -- ISP701 missing-signatories -----------------------------------------------------------
@pytest.mark.parametrize("layout", LAYOUTS)
def test_approval_section_without_signatories(tmp_path, layout):
    b = approval("This protocol is approved by the attending agencies.", layout=layout)
    got = lint(b, tmp_path)
    assert [(f.rule, dict(f.data), f.severity) for f in got] == [("ISP701", {}, "error")]
    assert got[0].location.section.casefold().endswith("approval")


def test_signature_table_left_at_its_placeholders_has_no_signatories(tmp_path):
    b = build_protocol("styles", omit=("approval",))
    b.heading("Approval", 1)
    t = b.table([SIGNATORIES[0], ["", "", "", "", ""], ["", "", "", "", ""]])
    for r in (1, 2):
        for c in (0, 1, 2):
            b.text_control(None, paragraph=t.cell(r, c).paragraphs[0])
        b.date_control(None, paragraph=t.cell(r, 4).paragraphs[0])
    assert [f.rule for f in lint(b, tmp_path)] == ["ISP701"]


def test_no_approval_section_is_left_to_isp101(tmp_path):
    assert lint(build_protocol("styles", omit=("approval",)), tmp_path) == []


def test_paragraph_signature_blocks(tmp_path):
    b = build_protocol("styles", omit=("approval",))
    b.heading("Approval", 1)
    b.para("Signed for and on behalf of each attending agency:")
    paragraph_blocks(b, PEOPLE)
    assert lint(b, tmp_path, final=True) == []


def test_one_label_table_per_agency(tmp_path):
    b = build_protocol("numbered-bold", omit=("approval",))
    b.bold_heading("17. Signatures")
    for agency, name, role, when in PEOPLE:
        b.table([[f"Signed for and on behalf of {agency}", ""], ["Name:", name], ["Title:", role],
                 ["Signature:", "____________"], ["Date:", when]], header=False)
        b.para("")
    assert lint(b, tmp_path, final=True) == []


def test_signature_table_inside_a_form_cell(tmp_path):
    b = build_protocol("form-table")  # the approval row holds the signatures as a nested table
    assert [(s.agency, s.name) for s in facts(b, tmp_path).get(signatories)] == [(r[0], r[1]) for r in SIGNATORIES[1:]]


# -- ISP702 incomplete-signatory -----------------------------------------------------------
def test_table_row_without_a_role(tmp_path):
    rows = [SIGNATORIES[0], *SIGNATORIES[1:4], ["Ministry of Social Development", "Sione Taufa", "", "", "6 March 2026"],
            SIGNATORIES[5]]
    got = lint(approval(("table", rows)), tmp_path)
    assert [(f.rule, dict(f.data), f.severity) for f in got] == [
        ("ISP702", {"agency": "Ministry of Social Development", "missing": ["role"]}, "warning")]
    assert (got[0].location.section, got[0].location.table, got[0].location.row, got[0].location.cell) == (
        "Approval", 2, 5, 1)
    assert "Ministry of Social Development has no role or title" in got[0].message


def test_table_without_a_role_column(tmp_path):
    rows = [["Agency", "Name", "Signature", "Date"]] + [[r[0], r[1], r[3], r[4]] for r in SIGNATORIES[1:]]
    got = lint(approval(("table", rows)), tmp_path)
    assert [(f.data["agency"], f.data["missing"]) for f in got] == [(r[0], ["role"]) for r in SIGNATORIES[1:]]


@pytest.mark.parametrize("role_header", ["Role/Title/Position", "Title", "Position", "Designation"])
def test_role_column_headers(tmp_path, role_header):
    rows = [["Agency", "Name", role_header, "Signature", "Date"], *SIGNATORIES[1:]]
    assert lint(approval(("table", rows)), tmp_path) == []


def test_paragraph_block_with_blank_name_and_role(tmp_path):
    b = build_protocol("styles", omit=("approval",))
    b.heading("Approval", 1)
    paragraph_blocks(b, PEOPLE[:4])
    b.para("Signed for and on behalf of Kāinga Ora – Homes and Communities", bold=True)
    b.para("Name: ")
    b.para("Position: ____________________")
    b.para("Signature: ____________________")
    b.para("Date: ")
    got = lint(b, tmp_path)
    assert [(f.rule, dict(f.data)) for f in got] == [
        ("ISP702", {"agency": "Kāinga Ora – Homes and Communities", "missing": ["name", "role"]})]
    assert got[0].location.paragraph == model(b, tmp_path).blocks[-5].index


def test_wet_signature_lines_are_normal(tmp_path):
    rows = [SIGNATORIES[0]] + [r[:3] + ["____________", r[4]] for r in SIGNATORIES[1:]]
    assert lint(approval(("table", rows)), tmp_path, final=True) == []


def test_missing_date_is_reported_only_for_a_final_version(tmp_path):
    rows = [SIGNATORIES[0]] + [r[:4] + ["____/____/______"] for r in SIGNATORIES[1:]]
    b = approval(("table", rows))
    assert lint(b, tmp_path) == []
    got = lint(b, tmp_path, final=True)
    assert [(f.data["agency"], f.data["missing"]) for f in got] == [(r[0], ["date"]) for r in SIGNATORIES[1:]]


def test_unlabelled_lines_in_a_block_are_the_name_and_role(tmp_path):
    b = build_protocol("styles", omit=("approval",))
    b.heading("Approval", 1)
    for agency, name, role, when in PEOPLE:
        b.para(f"For and on behalf of {agency}:", bold=True)
        b.para("______________________")
        b.para(name)
        b.para(role)
        b.para(f"Date: {when}")
    assert lint(b, tmp_path) == []


# -- ISP703 unsigned-agency ------------------------------------------------------------------
@pytest.mark.parametrize("layout", LAYOUTS)
def test_attending_agency_without_a_signature_block(tmp_path, layout):
    b = approval("Signed for and on behalf of each attending agency:", ("table", SIGNATORIES[:5]), layout=layout)
    got = lint(b, tmp_path)
    assert [(f.rule, dict(f.data), f.severity) for f in got] == [
        ("ISP703", {"agency": "Kāinga Ora – Homes and Communities"}, "error")]
    assert got[0].location.section.casefold().endswith("approval")


@pytest.mark.parametrize("listed,signed_as", [
    ("NZ Police", "New Zealand Police"),
    ("Police", "New Zealand Police"),
    ("Te Whatu Ora", "Health New Zealand"),
    ("MSD", "Ministry of Social Development"),
    ("OT", "Oranga Tamariki – Ministry for Children"),
    ("Kainga Ora", "Kāinga Ora – Homes and Communities"),
    ("Ōtara Whānau Trust", "Otara Whanau Trust"),
])
def test_agencies_match_by_alias_and_fuzzily(tmp_path, listed, signed_as):
    people = [("New Zealand Police", "Aroha Ngata", "District Commander", "3 March 2026")]
    if signed_as != "New Zealand Police":
        people.append((signed_as, "Mere Walker", "Regional Manager", "4 March 2026"))
    rows = [SIGNATORIES[0]] + [[a, n, r, "signed", d] for a, n, r, d in people]
    b = build_protocol("styles", replace={
        "attending-agencies": attending("New Zealand Police is the lead attending agency.",
                                        ("bullets", sorted({listed, "New Zealand Police"}))),
        "approval": ("Approval", [("table", rows)]),
    })
    assert lint(b, tmp_path) == []


def test_agency_list_as_a_table_with_a_lead_role(tmp_path):
    rows = [["Agency", "Representative", "Role"],
            ["NZ Police", "Sergeant Tipene", "Lead agency"],
            ["Oranga Tamariki", "Mere Walker", "Member"],
            ["Women's Refuge", "Aroha Tipene", "Member"]]
    sig = [SIGNATORIES[0], SIGNATORIES[1], SIGNATORIES[2]]
    b = build_protocol("styles", replace={"attending-agencies": attending(("table", rows)),
                                          "approval": ("Approval", [("table", sig)])})
    got = lint(b, tmp_path)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP703", {"agency": "Women's Refuge"})]
    assert facts(b, tmp_path).get(lead_agency).name == "NZ Police"


def test_agency_list_as_a_sentence(tmp_path):
    b = build_protocol("styles", replace={
        "attending-agencies": attending("The attending agencies are NZ Police (lead agency), Oranga Tamariki and Kāinga Ora."),
        "approval": ("Approval", [("table", SIGNATORIES[:3])]),
    })
    got = lint(b, tmp_path)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP703", {"agency": "Kāinga Ora"})]


def test_agency_list_in_content_controls(tmp_path):
    b = build_protocol("styles", omit=("attending-agencies",), replace={
        "approval": ("Approval", [("table", SIGNATORIES[:3])])})
    b2 = DocBuilder(title="Protocol")
    b2.heading("Attending agencies", 1)
    b2.para("The following agencies attend the meeting and are signatories to this protocol:")
    for name in ("New Zealand Police", "Oranga Tamariki", "Lifewise"):
        b2.text_control(name, paragraph=b2.doc.add_paragraph(style="List Bullet"))
    b2.text_control("New Zealand Police", paragraph=b2.para("Lead attending agency*: "))
    b = build_protocol("styles", omit=("attending-agencies",), builder=b2,
                       replace={"approval": ("Approval", [("table", SIGNATORIES[:3])])})
    got = lint(b, tmp_path)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP703", {"agency": "Lifewise"})]


def test_signature_blocks_naming_the_agency_in_the_role(tmp_path):
    rows = [["Name", "Position", "Signature", "Date"]] + [[r[1], f"{r[2]}, {r[0]}", "", r[4]] for r in SIGNATORIES[1:]]
    assert lint(approval(("table", rows)), tmp_path) == []


def test_no_signatories_at_all_is_isp701_only(tmp_path):
    got = lint(approval("To be signed."), tmp_path)
    assert [f.rule for f in got] == ["ISP701"]


# -- ISP704 missing-lead-agency ----------------------------------------------------------------
@pytest.mark.parametrize("layout", LAYOUTS)
def test_no_lead_agency(tmp_path, layout):
    names = [a.replace(" (lead attending agency)", "") for a in AGENCIES]
    b = build_protocol(layout, replace={
        "attending-agencies": attending("The following agencies attend the meeting:", ("bullets", names)),
        "review": ("Review", ["This protocol is reviewed every 24 months. New Zealand Police will initiate the review."]),
    })
    got = lint(b, tmp_path)
    assert [(f.rule, dict(f.data), f.severity) for f in got] == [("ISP704", {}, "warning")]
    assert got[0].location.section.casefold().endswith("Attending agencies".casefold())


@pytest.mark.parametrize("items,other", [
    (["Lead agency: MSD", ("bullets", ["MSD", "New Zealand Police"])], None),
    ([("bullets", ["Ministry of Social Development (lead agency)", "New Zealand Police"])], None),
    (["Ministry of Social Development (lead agency, benefits and hardship); New Zealand Police; Oranga "
      "Tamariki."], None),
    ([("bullets", ["Ministry of Social Development – lead agency", "New Zealand Police"])], None),
    (["The lead attending agency is the Ministry of Social Development.",
      ("bullets", ["Ministry of Social Development", "New Zealand Police"])], None),
    ([("bullets", ["Ministry of Social Development", "New Zealand Police"])],
     ("meeting-purpose", "The Ministry of Social Development is the lead agency and chairs the meeting.")),
    # a label with its translation in brackets, and more said after the agency
    ([("bullets", ["Ministry of Social Development", "New Zealand Police"]),
      "Rōpū ārahi (lead agency): Ministry of Social Development. It sets up the hui and keeps the log."], None),
])
def test_lead_agency_wordings(tmp_path, items, other):
    replace = {"attending-agencies": attending(*items)}
    if other:
        replace[other[0]] = ("Meeting purpose", [other[1]])
    b = build_protocol("styles", replace=replace)
    assert lint(b, tmp_path, codes=("ISP704",)) == []
    lead = facts(b, tmp_path).get(lead_agency).name
    assert lead in ("MSD", "Ministry of Social Development")


def test_a_lead_agency_mention_without_a_name_is_not_a_lead(tmp_path):
    b = build_protocol("styles", replace={"attending-agencies": attending(
        "The lead agency sets up the meeting.", ("bullets", ["New Zealand Police", "Oranga Tamariki"]))})
    assert [f.rule for f in lint(b, tmp_path, codes=("ISP704",))] == ["ISP704"]


def test_one_column_for_name_and_position(tmp_path):
    rows = [["Agency", "Name and position", "Signature", "Date"]] + [
        [r[0], f"{r[1]}, {r[2]}", "", r[4]] for r in SIGNATORIES[1:]]
    assert lint(approval(("table", rows)), tmp_path) == []
    rows[2][1] = ""
    got = lint(approval(("table", rows)), tmp_path)
    assert [dict(f.data) for f in got] == [{"agency": SIGNATORIES[2][0], "missing": ["name", "role"]}]


def test_side_by_side_signature_blocks(tmp_path):
    b = build_protocol("styles", omit=("approval",), replace={"attending-agencies": attending(
        "New Zealand Police is the lead attending agency.", ("bullets", ["New Zealand Police", "Oranga Tamariki"]))})
    b.heading("Approval", 1)
    t = b.table([["New Zealand Police", "Oranga Tamariki"],
                 ["Name: Aroha Ngata", "Name: Mere Walker"],
                 ["Title: District Commander", "Title: "],
                 ["Date: 3 March 2026", "Date: 4 March 2026"]])
    assert t is not None
    got = lint(b, tmp_path)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP702", {"agency": "Oranga Tamariki", "missing": ["role"]})]


# -- signatures typed with tabs (hand-made layouts and PDF conversions) ------------------------------

def typed_signature_table(rows):
    return ["Signed for and on behalf of each attending agency:", *("\t".join(r) for r in rows)]


def test_signatures_table_typed_with_tabs(tmp_path):
    assert lint(approval(*typed_signature_table(SIGNATORIES)), tmp_path) == []


def test_typed_signatures_table_with_cells_wrapped_onto_a_second_line(tmp_path):
    """A PDF conversion: a long agency or position wraps onto a line of its own, with two tabs
    for each empty cell before it."""
    lines = typed_signature_table(SIGNATORIES[:2])
    lines += ["Oranga Tamariki – Ministry for\tMere Walker\tRegional Manager, Te Tai\tsigned\t4 March 2026",
              "Children\t\tTokerau"]
    lines += typed_signature_table(SIGNATORIES[3:])[1:]
    got = lint(approval(*lines), tmp_path, ("ISP702", "ISP703"))
    assert got == []
    sigs = {s.agency: s for s in facts(approval(*lines), tmp_path).get(signatories)}
    assert sigs["Oranga Tamariki – Ministry for Children"].role == "Regional Manager, Te Tai Tokerau"


def test_typed_signatures_table_missing_an_agency(tmp_path):
    rows = [r for r in SIGNATORIES if not r[0].startswith("Kāinga")]
    got = lint(approval(*typed_signature_table(rows)), tmp_path, ("ISP702", "ISP703"))
    assert [(f.rule, f.data["agency"]) for f in got] == [("ISP703", "Kāinga Ora – Homes and Communities")]


def test_signature_blocks_side_by_side_typed_with_tabs(tmp_path):
    lines = ["Approved by the attending agencies:"]
    for left, right in zip(PEOPLE[0::2], PEOPLE[1::2] + [None]):
        pair = [p for p in (left, right) if p]
        lines += ["\t".join(f"Signed for {p[0].split(' – ')[0]}" for p in pair),  # "Signed for Oranga Tamariki"
                  "\t".join("_" * 24 for _ in pair),
                  "\t".join(f"Name: {p[1]}" for p in pair), "\t".join(f"Position: {p[2]}" for p in pair),
                  "\t".join(f"Date: {p[3]}" for p in pair), ""]
    assert lint(approval(*lines), tmp_path) == []
    assert len(facts(approval(*lines), tmp_path).get(signatories)) == len(PEOPLE)


def test_attending_agencies_listed_with_the_role_that_represents_each(tmp_path):
    """"Health New Zealand – Te Whatu Ora – Youth Health Nurse": the agency, represented by a nurse."""
    roles = ["District Commander", "Youth Justice Coordinator", "Youth Health Nurse", "Case Manager", "Lead Mentor"]
    items = ["The meeting is attended by these agencies, each represented by the role shown:",
             ("bullets", [f"{a.split(' (')[0]} – {r}" for a, r in zip(AGENCIES, roles)]),
             "New Zealand Police is the lead attending agency."]
    b = build_protocol("styles", replace={"attending-agencies": attending(*items)})
    assert lint(b, tmp_path) == []
    assert [a.name for a in facts(b, tmp_path).get(attending_agencies)] == [a.split(" (")[0] for a in AGENCIES]


def test_signature_blocks_that_start_in_te_reo_and_again_in_english(tmp_path):
    lines = []
    for agency, name, role, when in PEOPLE:
        lines += [f"Mō te taha o {agency}", f"(Signed for and on behalf of {agency})", f"Ingoa | Name: {name}",
                  f"Tūranga | Role: {role}", "Waitohu | Signature: ____________________", f"Rā | Date: {when}", ""]
    b = approval(*lines)
    assert lint(b, tmp_path) == []
    assert [s.agency for s in facts(b, tmp_path).get(signatories)] == [p[0] for p in PEOPLE]


def test_a_signing_date_in_a_key_facts_box_is_no_signature_block(tmp_path):
    b = DocBuilder(title="Protocol", author="Privacy Team")
    b.table([["Item", "Detail"], ["Lead agency", "New Zealand Police"], ["Classification", "IN-CONFIDENCE"],
             ["Signed", "3 March 2026"], ["Review", "Every 24 months; New Zealand Police initiates"]])
    build_protocol("styles", builder=b)
    assert lint(b, tmp_path) == []
    assert len(facts(b, tmp_path).get(signatories)) == len(PEOPLE)


def test_label_table_per_agency_with_the_starter_across_a_merged_first_row(tmp_path):
    # "Signed for and on behalf of X" spans both columns; Name | value rows follow
    b = build_protocol("styles", omit=("approval",))
    b.heading("Approval", 1)
    for agency, name, role, when in PEOPLE:
        b.table([[f"Signed for and on behalf of {agency}", ""], ["Name", name], ["Title", role],
                 ["Signature", ""], ["Date", when]], header=False, merges=[((0, 0), (0, 1))])
        b.para("")
    assert lint(b, tmp_path, final=True) == []
    got = [(s.agency, s.name, s.role) for s in facts(b, tmp_path).get(signatories)]
    assert got == [(a, n, r) for a, n, r, _ in PEOPLE]


def test_one_line_in_a_name_and_title_column_is_the_name_alone(tmp_path):
    rows = [["Organisation", "Endorsed by (name and title)", "Signature", "Date"]] + [
        [r[0], f"{r[1]}, {r[2]}", "", r[4]] for r in SIGNATORIES[1:]]
    assert lint(approval(("table", rows)), tmp_path) == []
    rows[2][1] = SIGNATORIES[2][1]  # the name with no title
    got = lint(approval(("table", rows)), tmp_path)
    assert [dict(f.data) for f in got] == [{"agency": SIGNATORIES[2][0], "missing": ["role"]}]


def test_a_signature_grid_with_a_column_per_agency(tmp_path):
    people = [(r[0], r[1], r[2], r[4]) for r in SIGNATORIES[1:]]
    grid = [[""] + [p[0] for p in people], ["Name"] + [p[1] for p in people],
            ["Role"] + [p[2] for p in people], ["Signature"] + ["(signed)"] * len(people),
            ["Date"] + [p[3] for p in people]]
    assert lint(approval(("table", grid)), tmp_path, final=True) == []
    got = [(s.agency, s.name, s.role) for s in facts(approval(("table", grid)), tmp_path).get(signatories)]
    assert got == [(a, n, r) for a, n, r, _ in people]
    short = [row[:-1] for row in grid]  # the last agency's column left off
    assert [dict(f.data) for f in lint(approval(("table", short)), tmp_path)] == [{"agency": people[-1][0]}]


def deed_blocks(b, people, crown: dict | None = None):
    """A deed's execution blocks: "SIGNED for and on behalf of X by NAME, ROLE, in the presence of:",
    a signature line, and the witness's details."""
    for agency, name, role, _ in people:
        party = (crown or {}).get(agency, agency.upper())
        b.para(f"SIGNED for and on behalf of {party} by {name}, {role}, in the presence of:")
        b.para("________________________________")
        b.para("Signature")
        for label, value in (("Witness signature", "____________"), ("Witness name", "Sunil Rao"),
                             ("Occupation", "Solicitor"), ("Address", "Hamilton")):
            b.para(f"{label}: {value}")
        b.para("")


def test_a_deeds_execution_clauses_with_witnesses(tmp_path):
    b = build_protocol("styles", omit=("approval",))
    b.heading("EXECUTED AS A DEED", 1)
    deed_blocks(b, PEOPLE)
    assert lint(b, tmp_path) == []
    got = [(s.agency, s.name, s.role) for s in facts(b, tmp_path).get(signatories)]
    assert got == [(a.upper(), n, r) for a, n, r, _ in PEOPLE]  # the witness is nobody's signatory


def test_the_crowns_execution_clause_names_the_agency_through_its_chief_executive(tmp_path):
    b = build_protocol("styles", omit=("approval",))
    b.heading("Execution", 1)
    crown = {PEOPLE[0][0]: "HIS MAJESTY THE KING IN RIGHT OF NEW ZEALAND acting by and through the "
                           "Commissioner of Police"}
    deed_blocks(b, PEOPLE, crown)
    assert lint(b, tmp_path) == []


def test_a_blank_name_in_an_execution_clause_is_a_missing_name(tmp_path):
    b = build_protocol("styles", omit=("approval",))
    b.heading("Execution", 1)
    people = [PEOPLE[0], (PEOPLE[1][0], "____________", PEOPLE[1][2], PEOPLE[1][3]), *PEOPLE[2:]]
    deed_blocks(b, people)
    assert [dict(f.data) for f in lint(b, tmp_path)] == [{"agency": PEOPLE[1][0].upper(), "missing": ["name"]}]


def test_a_list_of_who_signed_for_each_agency(tmp_path):
    lines = [f"{a} — signed by {n}, {r}, on {d}" for a, n, r, d in PEOPLE]
    assert lint(approval(("bullets", lines)), tmp_path, final=True) == []
    got = lint(approval(("bullets", lines[:-1])), tmp_path)
    assert [dict(f.data) for f in got] == [{"agency": PEOPLE[-1][0]}]


def test_a_role_or_a_description_on_its_own_line_in_the_agency_list_is_no_agency(tmp_path):
    lines = ["The attending agencies are listed below with who usually represents them.",
             "New Zealand Police (lead agency)", "Family Harm Coordinator",
             "Oranga Tamariki – Ministry for Children", "Safety Services Manager",
             "Health New Zealand – Te Whatu Ora", "Forensic mental health and addiction services",
             "Ministry of Social Development", "Kāinga Ora – Homes and Communities"]
    b = build_protocol("styles", replace={"attending-agencies": attending(*lines)})
    assert [a.name for a in facts(b, tmp_path).get(attending_agencies)] == [
        "New Zealand Police", "Oranga Tamariki – Ministry for Children", "Health New Zealand – Te Whatu Ora",
        "Ministry of Social Development", "Kāinga Ora – Homes and Communities"]
    assert lint(b, tmp_path) == []
