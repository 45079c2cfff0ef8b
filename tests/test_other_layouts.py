"""Layouts of writers who never saw isplint (round 5 of tests/blind): the protocol as one big table
with a number, group or "who" column beside the labels; numbered paragraphs with italic topic words
or with no headings at all; lead-ins inside a numbered list; signature tables headed "For".

Each layout is built from the same filled protocol (tests/protocols.py): the untouched protocol must
give no finding, and deleting one section must give exactly that section's finding.
"""

from __future__ import annotations

from datetime import date

import pytest

from linter.docx_reader import read_document
from linter.engine import check_document
from linter.facts import Facts, Options
from linter.facts.authorities import purpose_authorities
from linter.facts.signatures import signatories
from linter.loader import open_package
from linter.pack import load_pack
from sample_protocols.docbuilder import DocBuilder
from tests.protocols import SECTIONS, SIGNATORIES, _cell_value

PACK = load_pack()
AS_OF = date(2026, 11, 24)

# Plain-language topic labels, as the matrix-table and numbered-paragraphs writers word them.
TOPICS = {
    "attending-agencies": "Member agencies",
    "meeting-purpose": "Why we meet",
    "sharing-purpose": "Purposes for sharing",
    "information-shared": "What may be shared",
    "legal-authority": "Legal basis",
    "use-of-information": "Using what is shared",
    "transparency": "Telling people about the sharing",
    "method-of-sharing": "Sharing methods",
    "security-classification": "Classification",
    "security-controls": "Minimum security controls",
    "tikanga": "Tikanga",
    "retention-disposal": "Keeping and disposing of information",
    "breach-management": "Breaches",
    "conflicts-of-interest": "Conflicts of interest",
    "relationship-management": "Oversight and relationship managers",
    "review": "Review of this protocol",
    "approval": "Sign-off",
}


def lint(b: DocBuilder, tmp_path, name="p.docx"):
    path = tmp_path / name
    b.save(path)
    return check_document(read_document(open_package(path)), PACK, Options(as_of=AS_OF))


def facts(b: DocBuilder, tmp_path) -> Facts:
    path = tmp_path / "f.docx"
    b.save(path)
    return Facts(read_document(open_package(path)), PACK, Options(as_of=AS_OF))


def sections(omit=()):
    return [(k, body) for k, _, body in SECTIONS if k not in omit]


# ------------------------------------------------------------------ one big table
def matrix(shape: str, omit=()) -> DocBuilder:
    """The protocol as one table: "No. | Topic | Detail", "Part | Section | Agreement" with the part
    merged down the left, or "Heading | What the agencies agree | Who"."""
    b = DocBuilder(title="Safety Table protocol", author="Coordinator")
    b.header("IN-CONFIDENCE")
    b.para("Safety Table – Information Sharing Protocol", bold=True)
    b.para("Version 2.1, March 2026")
    rows, merges = [], []
    chosen = sections(omit)
    if shape == "numbered":
        rows.append(["No.", "Topic", "Detail"])
        rows += [[str(n), TOPICS[k], _cell_value(body)] for n, (k, body) in enumerate(chosen, 1)]
        body_col = 2
    elif shape == "parts":
        rows.append(["Part", "Section", "Agreement"])
        for n, (k, body) in enumerate(chosen):
            part = f"Part {n // 4 + 1}" if n % 4 == 0 else ""
            rows.append([part, TOPICS[k], _cell_value(body)])
        starts = [i for i, r in enumerate(rows) if r[0].startswith("Part ")]
        merges = [((s, 0), (e - 1, 0)) for s, e in zip(starts, [*starts[1:], len(rows)]) if e - 1 > s]
        body_col = 2
    else:  # who
        rows.append(["Heading", "What the agencies agree", "Who"])
        rows += [[TOPICS[k], _cell_value(body), "All agencies"] for k, body in chosen]
        body_col = 1
    table = b.table(rows, merges=merges)
    for row, (k, body) in enumerate(chosen, 1):
        for item in body:
            if not isinstance(item, str) and item[0] == "table":
                b.nested_table(table.cell(row, body_col), item[1])
    return b


@pytest.mark.parametrize("shape", ["numbered", "parts", "who"])
def test_a_protocol_in_one_table_is_clean(shape, tmp_path):
    assert [f.text for f in lint(matrix(shape), tmp_path)] == []


@pytest.mark.parametrize("shape", ["numbered", "parts", "who"])
def test_a_row_missing_from_the_table_is_that_section_missing(shape, tmp_path):
    found = lint(matrix(shape, omit=("conflicts-of-interest",)), tmp_path)
    assert [(f.rule, f.data) for f in found] == [("ISP101", {"section": "conflicts-of-interest"})]


def test_the_label_column_naming_most_sections_wins_over_a_group_column(tmp_path):
    outline = facts(matrix("parts"), tmp_path).outline
    assert [s.title for s in outline.sections if s.key == "review"] == ["Review of this protocol"]


# ------------------------------------------------------------------ numbered paragraphs
def numbered_paragraphs(topic: str, omit=()) -> DocBuilder:
    """Typed "12." paragraphs; the topic words in italics before a dash ("topic"), or none at all."""
    b = DocBuilder(title="Rural wellbeing network protocol", author="Practice manager")
    b.header("IN-CONFIDENCE")
    b.para("West Coast Wellbeing Network – information sharing protocol")
    n = 0
    for k, body in sections(omit):
        lines = _cell_value(body)
        if k == "legal-authority":
            lines = ["Each purpose relies on its own authority: the first on the Family Violence Act 2018, "
                     "section 20; the second on the Oranga Tamariki Act 1989, section 66C and the Privacy Act "
                     "2020, IPP 11(1)(f). This protocol does not itself authorise the sharing of information."]
        if k == "approval":
            lines = ["Each agency has approved this protocol by the signature of a person authorised to sign "
                     "for it below."]
        for i, line in enumerate(lines):
            n += 1
            p = b.doc.add_paragraph()
            p.add_run(f"{n}.\t")
            if topic == "italic" and i == 0:
                p.add_run(TOPICS[k]).italic = True
                p.add_run(" – ")
            p.add_run(line)
    for row in SIGNATORIES[1:]:
        b.para(f"Signed: ________________\nName: {row[1]}\nPosition: {row[2]}\nAgency: {row[0]}\nDate: {row[4]}")
    return b


@pytest.mark.parametrize("topic", ["italic", "none"])
def test_numbered_paragraphs_with_italic_topic_words_or_none_are_clean(topic, tmp_path):
    assert [f.text for f in lint(numbered_paragraphs(topic), tmp_path)] == []


def test_italic_topic_words_after_a_typed_number_are_the_paragraphs_heading(tmp_path):
    outline = facts(numbered_paragraphs("italic"), tmp_path).outline
    assert [s.title for s in outline.by_key("breach-management")] == ["Breaches"]


def test_without_headings_each_section_is_found_by_what_its_paragraph_says(tmp_path):
    outline = facts(numbered_paragraphs("none"), tmp_path).outline
    assert {s.key for s in outline.sections if s.key} >= {
        "attending-agencies", "legal-authority", "security-classification", "security-controls",
        "breach-management", "conflicts-of-interest", "review", "approval"}
    (breach,) = outline.by_key("breach-management")
    assert breach.title.startswith("If there is a privacy or security") and breach.title.endswith("…")


@pytest.mark.parametrize("topic", ["italic", "none"])
def test_a_section_left_out_of_numbered_paragraphs_is_missing(topic, tmp_path):
    found = lint(numbered_paragraphs(topic, omit=("conflicts-of-interest",)), tmp_path)
    assert [(f.rule, f.data) for f in found] == [("ISP101", {"section": "conflicts-of-interest"})]


def test_a_document_with_headings_is_not_read_paragraph_by_paragraph(tmp_path):
    b = DocBuilder()
    b.heading("Review", 1)
    b.para("This protocol is reviewed every 24 months from the date it is signed by the agencies.")
    b.heading("Approval", 1)
    b.para("Each agency has approved this protocol by the signature of a person authorised to sign.")
    b.heading("Tikanga", 1)
    b.para("Where information about Māori whānau is discussed, the iwi provider advises on tikanga.")
    outline = facts(b, tmp_path).outline
    assert all(c.how != "paragraph" for c in outline.candidates)


# ------------------------------------------------------------------ list lead-ins and back-references
def _controls_protocol(items: list) -> DocBuilder:
    b = DocBuilder()
    b.heading("Security controls", 1)
    for text in items:
        b.para(text)
    return b


def _missing_controls(b, tmp_path) -> set[str]:
    return {f.data["control"] for f in lint(b, tmp_path) if f.rule == "ISP451"}


def test_a_numbered_lead_in_ending_with_a_colon_governs_its_lettered_items(tmp_path):
    # numbered-paragraphs corpus: "24. Security restrictions – Representatives must not:" over (a)-(c)
    b = _controls_protocol([
        "23.\tSecurity requirements – The members require that:",
        "(a)\trepresentatives have completed their agency's privacy and information security training;",
        "(b)\thard copy information is securely destroyed at the close of every meeting;",
        "(c)\temail attachments containing personal information are password protected.",
        "24.\tSecurity restrictions – Representatives must not:",
        "(a)\tshare information with other members from any device that has not been approved by their agency;",
        "(b)\tuse the chat function, record the meeting or take screenshots when the meeting is held online;",
        "(c)\tgive hard copies of information to the representative of another member.",
    ])
    assert _missing_controls(b, tmp_path) == set()


def test_the_lead_in_stops_at_the_next_numbered_paragraph(tmp_path):
    b = _controls_protocol([
        "1.\tRepresentatives must not:",
        "(a)\tgive hard copies of information to the representative of another member.",
        "2.\tWhen the meeting is held online, representatives use the chat function and record the meeting.",
    ])
    assert "virtual-meeting" in _missing_controls(b, tmp_path)


def test_a_condition_stated_in_the_sentence_before_counts(tmp_path):
    # numbered-paragraphs corpus: "Some representatives join by video link. When they do, no personal ..."
    b = _controls_protocol(["Some representatives join by video link. When they do, no personal information "
                            "is typed into the chat, the call is not recorded, and nobody takes a screenshot."])
    assert "virtual-meeting" not in _missing_controls(b, tmp_path)
    b = _controls_protocol(["Some representatives join by video link. The chat is not used by anyone."])
    assert "virtual-meeting" in _missing_controls(b, tmp_path)


@pytest.mark.parametrize("text, stated", [
    ("Representatives must not share information from any device that has not been approved by their agency.",
     True),
    ("Nobody uses an unapproved laptop for information from the meeting.", True),
    ("Representatives may share information from devices that have not been approved.", False),
])
def test_a_prohibition_of_unapproved_devices_states_the_control(text, stated, tmp_path):
    assert ("approved-devices" not in _missing_controls(_controls_protocol([text]), tmp_path)) is stated


# ------------------------------------------------------------------ authorities and signatures
def test_a_bare_section_after_an_act_in_the_same_cell_cites_that_act(tmp_path):
    # matrix-table corpus: "Oranga Tamariki Act 1989, s 66C; s 15 for reports of concern"
    b = DocBuilder()
    b.heading("Legal authority", 1)
    b.table([["Purpose", "Legal authority"],
             ["Referral to Oranga Tamariki", "Oranga Tamariki Act 1989, s 66C; s 15 for reports of concern"]])
    found = facts(b, tmp_path).get(purpose_authorities)
    second = [a for a in found.authorities if a.text.startswith("s 15")]
    assert second and all(c.act == "Oranga Tamariki Act 1989" for a in second for c in a.citations)
    assert second[0].citations


def test_a_column_headed_for_names_the_agency_signed_for(tmp_path):
    b = DocBuilder()
    b.heading("Approval", 1)
    b.table([["For", "Signatory", "Position", "Signed", "Date"],
             ["Ministry of Education", "Priya Nand", "", "(signed)", "18 May 2026"]])
    (s,) = facts(b, tmp_path).get(signatories)
    assert (s.agency, s.name, s.role) == ("Ministry of Education", "Priya Nand", "")


def test_one_word_alone_in_the_approval_section_is_no_signature_block(tmp_path):
    # matrix-table corpus: a "Who" column reading "Signatories" beside the signature table
    b = DocBuilder()
    b.heading("Approval", 1)
    b.para("Signatories")
    assert facts(b, tmp_path).get(signatories) == ()
    b.para("Aroha Ngata")
    b.para("District Commander")
    assert [s.name for s in facts(b, tmp_path).get(signatories)] == ["Aroha Ngata"]


# ------------------------------------------------------------------ an exchange of letters
def letter(closing: str = "Yours sincerely", attachment_heading_style: str = "run-in") -> DocBuilder:
    """A covering letter signed by the lead agency, and the terms as Attachment A: the other agencies
    sign "Agreed and accepted for ..." blocks (exchange-of-letters corpus)."""
    b = DocBuilder(title="Safety Table letter", author="Area Commander")
    b.header("IN-CONFIDENCE")
    for line in ("New Zealand Police | Ngā Pirihimana o Aotearoa", "9 March 2026", "Dear colleagues",
                 "Re: Information sharing at the Safety Table",
                 "I enclose the terms our agencies discussed. If they reflect your agency's understanding, please "
                 "sign the acceptance at the end of Attachment A and return it to me.",
                 closing, "", "Craig Hollis", "Area Commander, Western Bay of Plenty", "New Zealand Police", "",
                 "Encl: Attachment A – Terms of information sharing"):
        b.para(line)
    b.para("Attachment A: Terms of information sharing", bold=True)
    for n, (k, heading, body) in enumerate(SECTIONS, 1):
        if k == "approval":
            lines = ["New Zealand Police agrees to these terms through the Area Commander's signature on the "
                     "covering letter. The other agencies agree by signing below."]
        else:
            lines = _cell_value(body)
        p = b.doc.add_paragraph()
        p.add_run(f"{n}.\u00a0\u00a0{heading}.").bold = True
        p.add_run(" " + lines[0])
        for line in lines[1:]:
            b.para(line)
        if k == "legal-authority":
            b.table(body[0][1])
    for row in SIGNATORIES[2:]:
        for line in (f"Agreed and accepted for {row[0]}", "……………………", row[1], row[2], row[4]):
            b.para(line)
    return b


def test_an_exchange_of_letters_is_clean(tmp_path):
    assert [f.text for f in lint(letter(), tmp_path)] == []


def test_the_covering_letters_closing_signs_for_the_writers_agency(tmp_path):
    found = facts(letter(), tmp_path).get(signatories)
    assert ("New Zealand Police", "Craig Hollis", "Area Commander, Western Bay of Plenty") in {
        (s.agency, s.name, s.role) for s in found}


def test_without_its_closing_the_writers_agency_has_not_signed(tmp_path):
    found = lint(letter(closing="I look forward to working with you."), tmp_path)
    assert [(f.rule, f.data.get("agency")) for f in found] == [("ISP703", "New Zealand Police")]


def test_a_purpose_authority_table_under_its_column_headings_is_no_form(tmp_path):
    # exchange-of-letters corpus: "Purpose | Legal authority relied on" rows such as "(c) Monitoring
    # delivery of agreed actions" once read as a relationship-management and approval form
    outline = facts(letter(), tmp_path).outline
    assert not any(s.form_row for s in outline.sections)


def test_a_run_in_heading_paragraph_states_its_purpose(tmp_path):
    # exchange-of-letters corpus: "3. Purpose of sharing. Information is shared for one purpose only: to plan ..."
    b = DocBuilder()
    b.para("1. Attending agencies. Police and Oranga Tamariki attend; Police is the lead agency.")
    p = b.doc.add_paragraph()
    p.add_run("3.  Purpose of sharing.").bold = True
    p.add_run(" Information is shared for one purpose only: to plan the support a person needs on release.")
    p = b.doc.add_paragraph()
    p.add_run("4.  Legal authority.").bold = True
    p.add_run(" Sharing relies on the person's authorisation, IPP 11(1)(c) of the Privacy Act 2020.")
    found = facts(b, tmp_path).get(purpose_authorities)
    assert [p.text for p in found.purposes] == [
        "Information is shared for one purpose only: to plan the support a person needs on release."]


@pytest.mark.parametrize("text, claims", [
    ("This exchange of letters authorises panel members to share tenants' information with one another.", True),
    ("These terms are a record of those authorities and do not create any authority of their own.", False),
])
def test_the_terms_of_an_exchange_of_letters_name_the_document_itself(text, claims, tmp_path):
    b = DocBuilder()
    b.heading("Legal authority", 1)
    b.para(text)
    assert any(f.rule == "ISP305" for f in lint(b, tmp_path)) is claims


# ------------------------------------------------------------------ a consultancy's report
def test_a_checklist_row_ticked_not_in_place_does_not_state_its_control(tmp_path):
    # consultancy-report corpus: "Control | In place | Not in place | How it is met"
    rows = [["No.", "Control", "In place", "Not in place", "Comments"]]
    controls = ["Privacy and information security training completed", "Hard copies securely destroyed at the end",
                "Email attachments containing personal information are password protected",
                "Information shared only from agency-approved devices",
                "Virtual meetings: no chat, recording or screenshots",
                "Hard copies not given to other attending agency representatives"]
    for n, text in enumerate(controls, 1):
        against = n == 3
        rows.append([str(n), text, "" if against else "✓", "✓" if against else "", "Agreed by the panel"])
    b = DocBuilder()
    b.heading("Security controls", 1)
    b.table(rows)
    assert _missing_controls(b, tmp_path) == {"password-protection"}
    rows[3][2:4] = ["✓", ""]  # the same checklist with every control in place
    b = DocBuilder()
    b.heading("Security controls", 1)
    b.table(rows)
    assert _missing_controls(b, tmp_path) == set()


def test_no_part_of_the_protocol_being_an_authority_is_a_denial(tmp_path):
    b = DocBuilder()
    b.heading("Legal authority", 1)
    b.para("No part of this protocol is a legal authority to share; each disclosure relies on the law.")
    assert not any(f.rule == "ISP305" for f in lint(b, tmp_path))


def test_a_key_facts_row_saying_who_agreed_is_no_signature_block(tmp_path):
    # consultancy-report corpus: "Agreed with | Oranga Tamariki information security team, on behalf of the panel"
    b = DocBuilder()
    b.heading("Security classification", 1)
    b.form_table([("Classification", "IN-CONFIDENCE"),
                  ("Agreed with", "Oranga Tamariki information security team, on behalf of the panel")])
    b.heading("Approval", 1)
    b.table(SIGNATORIES)
    found = facts(b, tmp_path).get(signatories)
    assert [s.name for s in found] == [row[1] for row in SIGNATORIES[1:]]


def test_a_weak_transparency_heading_is_decided_by_what_is_said_under_it(tmp_path):
    # ministry-policy corpus: "Openness with individuals and whānau" over explanations to households
    b = DocBuilder()
    b.heading("Use of information", 1)
    b.para("Information is used only for the purposes of the Case Panel.")
    b.heading("Openness with individuals and whānau", 1)
    b.bullets(["The Ministry of Social Development explains the Case Panel to each household when it applies.",
               "Where a Representative decides not to tell a household about a disclosure made to protect a "
               "child, the reason is recorded."])
    b.heading("Means of exchange", 1)
    b.para("The agenda is sent by secure email; information is otherwise shared verbally.")
    assert [s.title for s in facts(b, tmp_path).outline.by_key("transparency")] == [
        "Openness with individuals and whānau"]
