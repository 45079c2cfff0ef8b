"""The section finder: headings read by meaning, bodies by content, all headings aligned to the template.

Unit tests of the three parts (concept scoring in linter.section_model, the
alignment in linter.alignment, the outline that puts them together), on real
.docx files built here, and of ``isplint outline --explain``.  Heading
wordings come from protocols written by other authors (tests/blind/).
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from linter.alignment import Option, Slot, align
from linter.cli import main
from linter.docx_reader import read_document
from linter.facts import Facts
from linter.loader import open_package
from linter.pack import load_pack
from linter.section_model import section_model
from sample_protocols.docbuilder import DocBuilder
from tests.protocols import SECTIONS, build_protocol

PACK = load_pack()
MODEL = section_model(PACK)
ORDER = {p.key: p.index for p in MODEL.profiles}


def outline(b: DocBuilder, tmp_path, name="p.docx"):
    path = tmp_path / name
    b.save(path)
    return Facts(read_document(open_package(path)), PACK).outline


def keys(o) -> list[str | None]:
    return [s.key for s in o.sections]


# -- concept scoring ---------------------------------------------------------------
@pytest.mark.parametrize("heading,key", [
    ("Approval and signatories", "approval"),
    ("Signing this agreement", "approval"),
    ("Execution", "approval"),
    ("How shared information may be used", "use-of-information"),
    ("How we use what we learn", "use-of-information"),
    ("Keeping and destroying information", "retention-disposal"),
    ("Holding and disposal of information", "retention-disposal"),
    ("If there is a privacy breach", "breach-management"),
    ("Breaches of privacy or security", "breach-management"),
    ("If something goes wrong", "breach-management"),  # the plain-language heading for breaches
    ("Around the table", "attending-agencies"),
    ("Who attends", "attending-agencies"),
    ("Letting people know", "transparency"),
    ("Notification and openness", "transparency"),
    ("Categories of information", "information-shared"),
    ("Legal basis for disclosure", "legal-authority"),
    ("Tikanga and Māori data", "tikanga"),
    ("Checking this agreement", "review"),
    ("Records management", "retention-disposal"),
    ("Declarations of interest", "conflicts-of-interest"),
    ("INFO SHARED", "information-shared"),  # a short form of a word
])
def test_heading_words_are_read_as_concepts(heading, key):
    assert MODEL.best(heading)[0] == key


@pytest.mark.parametrize("heading,key", [
    ("Te Whakamanatanga | Approval", "approval"),
    ("Privacy breaches – Ngā Takahanga", "breach-management"),
    ("Te Arotake\nReview", "review"),
    # a language isplint knows no words of, after a spaced dash (Tongan, Samoan)
    ("Information to be shared – Ngaahi fakamatala ke vahevahe", "information-shared"),
    ("Tauhi vā – Security controls", "security-controls"),
])
def test_each_language_of_a_bilingual_heading_is_read(heading, key):
    assert MODEL.best(heading)[0] == key


@pytest.mark.parametrize("heading,key,annex", [
    ("4.2 Security controls", "security-controls", False),
    ("Part 3 – Review", "review", False),
    ("Clause 7: Conflicts of interest", "conflicts-of-interest", False),
    ("(b) Method of sharing", "method-of-sharing", False),
    ("B.1  Information to be disclosed", "information-shared", False),
    ("Schedule 1 – Legal authorities", "legal-authority", True),
    ("Annex A: Execution blocks", "approval", True),
    ("Appendix 2. Contacts for privacy breaches", "breach-management", True),
    ("Āpitihanga A – Ngā kupu | Glossary", None, True),  # te reo: appendix
])
def test_numbering_and_schedule_prefixes_are_taken_off(heading, key, annex):
    assert MODEL.best(heading)[0] == key
    assert MODEL.read_heading(heading).annex is annex


def test_a_heading_joining_two_sections_fits_both():
    fits = MODEL.fits(MODEL.read_heading("Security classification and controls"))
    assert fits[0].keys == ("security-classification", "security-controls")


@pytest.mark.parametrize("heading", ["Background", "Definitions", "Contents", "What happens next"])
def test_headings_that_name_no_section_on_their_own(heading):
    assert MODEL.best(heading)[0] is None


def test_distinctive_words_weigh_more_than_common_ones():
    assert MODEL.weight("breach") > MODEL.weight("information")
    assert MODEL.weight("tikanga") > MODEL.weight("share")


def test_body_content_is_scored_by_the_sections_content_phrases():
    lex = MODEL.lex
    body = ("If there is a privacy breach, contain it, tell the breach contact and decide whether the "
            "Privacy Commissioner must be notified because serious harm is likely.")
    fit = MODEL.content_fit([body])
    assert fit["breach-management"][0] == 1.0
    assert fit.get("approval", (0,))[0] < 0.5


# -- alignment -----------------------------------------------------------------------
def test_alignment_follows_the_template_order():
    # "Purpose" could be either purpose section; its neighbours decide
    slots = [
        Slot((Option(("attending-agencies",), 1.0),), 0.5),
        Slot((Option(("meeting-purpose",), 0.6), Option(("sharing-purpose",), 0.62)), 0.5),
        Slot((Option(("sharing-purpose",), 1.0),), 0.5),
    ]
    placed = align(slots, ORDER, order_penalty=0.35, pair_penalty=0.1, repeat_penalty=0.15)
    assert [p.option.keys[0] for p in placed] == ["attending-agencies", "meeting-purpose", "sharing-purpose"]


def test_alignment_accepts_a_strong_heading_out_of_order_but_not_a_weak_one():
    slots = [
        Slot((Option(("approval",), 1.0),), 0.5),  # an approval page at the front
        Slot((Option(("attending-agencies",), 1.0),), 0.5),  # then the template in order: one penalty
        Slot((Option(("meeting-purpose",), 1.0),), 0.5),
        Slot((Option(("security-controls",), 1.0),), 0.5),
        Slot((Option(("attending-agencies",), 0.7),), 0.5),  # weak and out of order: dropped
        Slot((Option(("tikanga",), 1.0),), 0.5),
    ]
    placed = align(slots, ORDER, order_penalty=0.35, pair_penalty=0.1, repeat_penalty=0.15)
    got = [p.option.keys[0] if p.option else None for p in placed]
    assert got == ["approval", "attending-agencies", "meeting-purpose", "security-controls", None, "tikanga"]
    # the approval page is the one out of place; the template after it is read in order
    assert not placed[0].in_order and all(p.in_order for p in placed[1:4])


def test_alignment_reads_one_section_moved_ahead_as_out_of_place():
    """Records management written before transfer and security: the one heading is out of place,
    not every heading after it."""
    slots = [Slot((Option((k,), s),), 0.5) for k, s in [
        ("transparency", 0.7), ("retention-disposal", 1.0), ("method-of-sharing", 0.83),
        ("security-classification", 1.0), ("security-controls", 1.0), ("tikanga", 0.83),
        ("breach-management", 1.0)]]
    placed = align(slots, ORDER, order_penalty=0.35, pair_penalty=0.1, repeat_penalty=0.15)
    assert [p.option.keys[0] for p in placed] == [s.options[0].keys[0] for s in slots]
    assert [p.in_order for p in placed] == [True, False, True, True, True, True, True]


STEPS = {p.key: p.step for p in MODEL.profiles}  # "meeting-purpose" may come before "attending-agencies"


def test_sections_of_one_step_may_come_either_way_round():
    assert STEPS["attending-agencies"] == STEPS["meeting-purpose"]
    slots = [Slot((Option((k,), 1.0),), 0.5) for k in ("meeting-purpose", "attending-agencies", "sharing-purpose")]
    placed = align(slots, STEPS, order_penalty=0.35, pair_penalty=0.1, repeat_penalty=0.15)
    assert [(p.option.keys[0], p.in_order) for p in placed] == [
        ("meeting-purpose", True), ("attending-agencies", True), ("sharing-purpose", True)]


def test_a_step_written_once_is_not_gone_back_to_for_free():
    """Attending agencies, then the meeting purpose, then a weak "members" heading: reading it as
    the attending agencies again would be out of order, so the purpose of sharing is preferred."""
    slots = [Slot((Option(("attending-agencies",), 1.0),), 0.5),
             Slot((Option(("meeting-purpose",), 1.0),), 0.5),
             Slot((Option(("sharing-purpose",), 0.65),), 0.5),
             Slot((Option(("attending-agencies",), 0.84),), 0.5),
             Slot((Option(("legal-authority",), 1.0),), 0.5)]
    placed = align(slots, STEPS, order_penalty=0.35, pair_penalty=0.1, repeat_penalty=0.15)
    assert [p.option.keys[0] if p.option else None for p in placed] == [
        "attending-agencies", "meeting-purpose", "sharing-purpose", None, "legal-authority"]


def test_a_joined_heading_whose_first_section_is_passed_is_the_second():
    """"What members may share" after the members' list and the purposes: the information shared."""
    slots = [Slot((Option(("attending-agencies",), 1.0),), 0.5),
             Slot((Option(("sharing-purpose",), 1.0),), 0.5),
             Slot((Option(("attending-agencies", "information-shared"), 1.0),
                   Option(("attending-agencies",), 0.83)), 0.5),
             Slot((Option(("legal-authority",), 1.0),), 0.5)]
    placed = align(slots, STEPS, order_penalty=0.35, pair_penalty=0.1, repeat_penalty=0.15)
    assert [(p.option.keys, p.in_order) for p in placed] == [
        (("attending-agencies",), True), (("sharing-purpose",), True), (("information-shared",), True),
        (("legal-authority",), True)]


def test_alignment_lets_schedules_come_in_any_order():
    slots = [
        Slot((Option(("approval",), 1.0),), 0.5),
        Slot((Option(("legal-authority",), 0.7),), 0.5, annex=True),
    ]
    placed = align(slots, ORDER, order_penalty=0.35, pair_penalty=0.1, repeat_penalty=0.15)
    assert placed[1].option.keys == ("legal-authority",) and placed[1].in_order


def test_alignment_never_assigns_below_the_threshold():
    placed = align([Slot((Option(("review",), 0.45),), 0.5)], ORDER, 0.35, 0.1)
    assert placed[0].option is None


# -- the outline of real documents -----------------------------------------------------
def test_ambiguous_heading_is_decided_by_its_neighbours(tmp_path):
    b = DocBuilder()
    b.heading("Who attends", 1)
    b.para("New Zealand Police and Oranga Tamariki attend.")
    b.heading("Purpose", 1)
    b.para("The panel meets weekly to coordinate support for young people.")
    b.heading("Why we share information", 1)
    b.bullets(["To assess the needs of each young person."])
    assert keys(outline(b, tmp_path)) == ["attending-agencies", "meeting-purpose", "sharing-purpose"]


def test_a_heading_that_says_nothing_is_read_by_its_content(tmp_path):
    b = build_protocol("styles", replace={"breach-management": ("When things do not go to plan", [
        "If there is a privacy breach, tell the breach contact straight away: Hana Rāwiri, Privacy Officer, "
        "New Zealand Police, privacy.officer@police.govt.nz, 04 474 9499. The agencies involved contain the "
        "breach and decide whether the Privacy Commissioner must be notified."])})
    o = outline(b, tmp_path)
    (s,) = o.by_key("breach-management")
    assert s.title == "When things do not go to plan"


def test_a_welcome_other_heading_is_not_taken_for_a_section_by_its_content(tmp_path):
    b = build_protocol("styles")
    b.heading("Background", 1)
    b.para("The meeting was set up in 2019 to coordinate support; it meets weekly to discuss referrals.")
    o = outline(b, tmp_path)
    assert [s.key for s in o.sections if s.title == "Background"] == [None]


def test_agreement_of_the_parties_at_the_end_is_the_approval(tmp_path):
    """"Agreement" is the parties agreeing (not "this agreement"); after "Parties" has been the
    attending agencies, the sign-off page at the end is the approval."""
    b = build_protocol("styles", replace={
        "attending-agencies": ("Parties to this Memorandum", SECTIONS[0][2]),
        "approval": ("Agreement of parties", SECTIONS[-1][2])})
    o = outline(b, tmp_path)
    assert o.by_key("approval")[0].title == "Agreement of parties"
    assert o.by_key("attending-agencies")[0].title == "Parties to this Memorandum"


def test_the_meetings_own_name_in_a_heading_is_the_meeting(tmp_path):
    """"Objectives of the Case Review": a meeting called the Case Review, not a review."""
    b = build_protocol("styles", replace={
        "attending-agencies": ("Attending agencies", [
            "The agencies below attend the Case Review. New Zealand Police is the lead attending agency and "
            "convenes the Case Review.", ("bullets", [a for a in SECTIONS[0][2][1][1]])]),
        "meeting-purpose": ("Objectives of the Case Review", SECTIONS[1][2])})
    o = outline(b, tmp_path)
    assert o.by_key("meeting-purpose")[0].title == "Objectives of the Case Review"
    assert [s.title for s in o.by_key("review")] == ["Review"]
    (read,) = [e for e in o.explain() if e["heading"] == "Objectives of the Case Review"]
    assert read["terms"] == ["meeting", "purpose"]


def test_a_protective_marking_alone_on_a_line_is_no_heading(tmp_path):
    """A bold "SENSITIVE" at the top of a page (here just before the classification section, where
    it would fit) marks the page; it is not the classification section."""
    b = DocBuilder()
    b.para("Document control", bold=True)
    b.para("Version 1.0, approved by the steering group.")
    build_protocol("styles", builder=b, replace={"method-of-sharing": ("Method of sharing", [
        *SECTIONS[7][2], ("marking", "SENSITIVE")])})
    o = outline(b, tmp_path)
    assert "SENSITIVE" not in [s.title for s in o.sections]
    assert [s.title for s in o.by_key("security-classification")] == ["Security classification"]
    assert [s.title for s in o.by_key("security-controls")] == ["Security controls"]


@pytest.mark.parametrize("heading,key", [
    ("Scope of information", "information-shared"),  # about the information, not a "Scope" heading
    ("Scope", None),
])
def test_a_longer_heading_that_starts_like_a_welcome_one_is_read_for_the_rest(tmp_path, heading, key):
    b = build_protocol("styles", replace={"information-shared": (heading, [
        "The categories of information each agency may bring to the meeting are set out below: names, "
        "dates of birth, addresses, and relevant family violence history."])})
    o = outline(b, tmp_path)
    got = [s.key for s in o.sections if s.title == heading]
    assert got == [key]


def test_a_heading_translated_on_the_next_line_in_a_style_of_its_own(tmp_path):
    """Te reo headings, each with its English on the line under it in a style kept for that."""
    from docx.enum.style import WD_STYLE_TYPE

    b = DocBuilder()
    b.doc.styles.add_style("Kupu Whakamāori", WD_STYLE_TYPE.PARAGRAPH).base_style = b.doc.styles["Normal"]
    te_reo = {"attending-agencies": "Ko wai mātou", "review": "Te arotake", "approval": "Te hainatanga",
              "meeting-purpose": "Te kaupapa o te hui"}
    for key, heading, body in SECTIONS:
        b.heading(te_reo.get(key, heading), 1)
        if key in te_reo:
            b.para(heading, style="Kupu Whakamāori")
        for item in body:
            if isinstance(item, str):
                b.para(item)
    o = outline(b, tmp_path)
    (approval,) = o.by_key("approval")
    assert approval.title == "Te hainatanga Approval"
    assert "Approval" not in [blk.text for blk in approval.blocks]
    assert o.by_key("review")[0].title == "Te arotake Review"


def test_a_title_over_a_subtitle_is_not_a_section(tmp_path):
    """"WAIROA ATTENDANCE HUI" / "Information sharing protocol": the meeting's name, not the attending
    agencies (whose own row follows in the form)."""
    b = DocBuilder()
    b.para("WAIROA ATTENDANCE HUI", bold=True)
    b.para("Information sharing protocol")
    b.para("Agreed by the agencies that attend the monthly hui: Ministry of Education (lead agency), NZ Police, "
           "Oranga Tamariki and Health NZ. Records what is shared, why, and under what authority.")
    build_protocol("form-table", builder=b)
    o = outline(b, tmp_path)
    assert [s.title for s in o.by_key("attending-agencies")] == ["Attending agencies"]


def test_two_form_rows_may_be_one_section(tmp_path):
    """A terse form: "Breach management | Contain, tell ..." then "Breach contact | Attendance Lead,
    MoE ..."; both rows are the breach section, and the contact is found in it."""
    b = build_protocol("form-table", replace={"breach-management": ("Breach management", [
        "Contain it, tell the breach contact the same day, notify the Privacy Commissioner if notifiable."])})
    table = b.doc.tables[0]
    row = next(r for r in table.rows if r.cells[0].text == "Breach management")
    new = table.add_row()
    row._tr.addnext(new._tr)
    new.cells[0].text = "Breach contact"
    new.cells[1].text = "Attendance Lead, MoE – attendance.hbt@education.govt.nz, 06 833 6730"
    o = outline(b, tmp_path)
    assert [s.title for s in o.by_key("breach-management")] == ["Breach management", "Breach contact"]
    path = tmp_path / "p.docx"
    b.save(path)
    from linter.engine import check_document
    assert [f.rule for f in check_document(read_document(open_package(path)), PACK)] == []


def test_banner_tables_are_headings(tmp_path):
    b = DocBuilder()
    for key, heading, body in SECTIONS[:4]:
        b.table([[f"Te reo | {heading}"]], header=False)
        for item in body:
            if isinstance(item, str):
                b.para(item)
            elif item[0] in ("bullets", "numbers"):
                b.bullets(item[1])
    o = outline(b, tmp_path)
    assert keys(o) == [k for k, _, _ in SECTIONS[:4]]
    assert all(c.how == "banner" and c.trusted for c in o.candidates)


def test_bold_lines_are_the_headings_of_a_document_without_heading_styles(tmp_path):
    b = DocBuilder()
    for heading, text in [("Who comes to the hub?", "Barnardos, Police and Oranga Tamariki come."),
                          ("What if I know the whānau?", "If you know a child or whānau on the agenda, declare "
                           "the conflict of interest to the chair and step out for that item."),
                          ("When do we check this agreement?", "We check this agreement every 24 months.")]:
        b.para(heading, bold=True)
        b.para(text)
    assert keys(outline(b, tmp_path)) == ["attending-agencies", "conflicts-of-interest", "review"]


def test_a_bold_label_inside_a_styled_section_does_not_cut_it(tmp_path):
    b = DocBuilder()
    b.heading("Security controls", 1)
    b.para("Requirements", bold=True)
    b.bullets(["Representatives complete privacy training."])
    b.para("Restrictions", bold=True)
    b.bullets(["Hard copies are never given to other representatives."])
    o = outline(b, tmp_path)
    assert set(keys(o)) == {"security-controls"}
    assert o.sections[0].title == "Security controls"
    assert any("Hard copies" in x.text for x in o.sections[0].blocks)


def test_a_schedule_heading_starts_a_part_of_its_own(tmp_path):
    b = build_protocol("styles")
    b.para("SCHEDULE 2 – KEY CONTACTS", bold=True)
    b.para("Relationship manager: Ruth Paekau, Oranga Tamariki, 07 957 2311.")
    o = outline(b, tmp_path)
    assert not any("Ruth Paekau" in x.text for x in o.blocks_of("approval"))


def test_a_section_placed_in_a_schedule_counts(tmp_path):
    items = {k: (h, body) for k, h, body in SECTIONS}
    b = build_protocol("styles", omit=("legal-authority",))
    b.heading("Schedule 1 – Permitted purposes and legal authority", 1)
    b.table(items["legal-authority"][1][0][1])
    o = outline(b, tmp_path)
    assert o.by_key("legal-authority")[0].title.startswith("Schedule 1")


# -- isplint outline --explain ---------------------------------------------------------------
def test_outline_explain_shows_scores_reasons_and_the_choice(tmp_path):
    b = build_protocol("styles", replace={"approval": ("Approval and signatories", SECTIONS[-1][2])})
    path = tmp_path / "p.docx"
    b.save(path)
    result = CliRunner().invoke(main, ["outline", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    assert '"Approval and signatories"' in result.output
    assert 'heading 1.00 like "Approval"' in result.output
    assert "-> approval" in result.output
    assert "Signature" in result.output or "signature" in result.output  # the content phrases it used


def test_outline_lists_sections_not_found(tmp_path):
    path = tmp_path / "p.docx"
    build_protocol("styles", omit=("tikanga",)).save(path)
    result = CliRunner().invoke(main, ["outline", str(path)])
    assert "Not found: Tikanga considerations" in result.output


def _cards(b: DocBuilder, cards: list[tuple[str, list[str]]], per_row: int = 3) -> None:
    """A page laid out as cards: a table whose cells each hold a bold title (after an emoji that is
    not bold) and a few lines under it."""
    for start in range(0, len(cards), per_row):
        row = cards[start:start + per_row]
        table = b.table([[""] * len(row)], header=False, style=None)
        for cell, (title, lines) in zip(table.rows[0].cells, row):
            p = cell.paragraphs[0]
            p.add_run("🔒\u00a0")
            p.add_run(title).bold = True
            for line in lines:
                cell.add_paragraph(line)
        b.para("")


def test_a_page_of_cards_has_a_section_in_each_card(tmp_path):
    b = DocBuilder()
    b.para("Protocol on a page", bold=True)
    _cards(b, [
        ("Who's at the table", ["New Zealand Police (lead agency)", "Oranga Tamariki", "Kāinga Ora"]),
        ("Why we meet", ["Every weekday, to agree a safety response for each whānau."]),
        ("Why we share", ["To assess the risk of family violence.", "To agree a safety plan."]),
        ("The law we rely on", ["Family Violence Act 2018, s 20 for both purposes."]),
        ("Keeping it safe", ["Attachments are password protected.", "Only agency-approved devices."]),
        ("If something goes wrong", ["Tell the breach contact the same day: Privacy Officer, Police.",
                                     "Agencies work together on the response."]),
    ])
    o = outline(b, tmp_path)
    assert keys(o) == ["attending-agencies", "meeting-purpose", "sharing-purpose", "legal-authority",
                       "security-controls", "breach-management"]
    assert [c.how for c in o.candidates if c.placed and c.placed.option] == ["card"] * 6
    (s,) = o.by_key("sharing-purpose")
    assert [blk.text for blk in s.blocks if blk.text] == ["To assess the risk of family violence.",
                                                         "To agree a safety plan."]


def test_a_data_table_with_a_bold_line_in_some_cells_is_not_cards(tmp_path):
    b = build_protocol("styles")
    table = b.table([["Purpose", "Legal authority"], ["", "Family Violence Act 2018, s 20"],
                     ["", "Oranga Tamariki Act 1989, s 66C"]])
    for row in table.rows[1:]:
        p = row.cells[0].paragraphs[0]
        p.add_run("Purpose").bold = True
        row.cells[0].add_paragraph("To assess the risk of harm.")
    o = outline(b, tmp_path)
    assert not [c for c in o.candidates if c.how == "card"]
    assert keys(o) == [k for k, _, _ in SECTIONS]


def test_a_bold_value_under_a_cards_title_is_its_content_not_a_column_heading(tmp_path):
    from linter.engine import check_document

    b = build_protocol("styles", omit=("security-classification",))
    table = b.table([["", "", ""]], header=False, style=None)
    for cell, (title, value) in zip(table.rows[0].cells, [("Classification", "IN-CONFIDENCE"),
                                                           ("Method", "Secure email"), ("Tikanga", "Kaupapa Māori")]):
        cell.paragraphs[0].add_run(title).bold = True
        cell.add_paragraph().add_run(value).bold = True
    path = tmp_path / "p.docx"
    b.save(path)
    doc = read_document(open_package(path))
    assert "ISP102" not in [f.rule for f in check_document(doc, PACK)]


def test_the_words_of_a_question_heading_count_with_its_short_answer(tmp_path):
    b = build_protocol("styles", replace={"conflicts-of-interest": ("What if I know the family?", [
        "Tell the chair if you know the whānau, and step out for that part."])})
    assert keys(outline(b, tmp_path)) == [k for k, _, _ in SECTIONS]
