"""Security classification (ISP401-ISP404) and minimum security controls (ISP451)."""

from __future__ import annotations

import pytest

from linter.docx_reader import read_document
from linter.engine import check_document
from linter.loader import open_package
from linter.pack import load_pack
from sample_protocols.docbuilder import DocBuilder
from tests.protocols import LAYOUTS, SECTIONS, _write_body, build_protocol

PACK = load_pack()
CLASSIFICATION_RULES = ("ISP401", "ISP402", "ISP403", "ISP404")
CONTROL_RULES = ("ISP451",)
MY_RULES = (*CLASSIFICATION_RULES, *CONTROL_RULES, "ISP501")
GUIDANCE = ("Agencies must comply with the NZ Government security classification system; all personal "
            "information should be classified as IN-CONFIDENCE at a minimum.")
# The clean protocol's six controls (tests/protocols.py), by key.
CONTROLS = dict([
    ("training", "Attending agency representatives have completed privacy and information security training."),
    ("hardcopy-destruction", "All hard copy information is securely destroyed at the end of the meeting."),
    ("password-protection", "Email attachments containing personal information are password protected."),
    ("approved-devices", "Information is shared only from agency-approved devices."),
    ("virtual-meeting", "In virtual meetings, representatives do not use the chat function, record the meeting or "
                        "take screenshots."),
    ("hardcopy-distribution", "Hard copies are not provided to other attending agency representatives."),
])


class Marked(DocBuilder):
    """A builder whose page header and footer carry ``marking`` (None: no header or footer)."""

    def __init__(self, marking: str | None = None, **kw):
        super().__init__(title="Protocol", author="Privacy Team", **kw)
        self.marking = marking

    def header(self, text, *a, **kw):
        return super().header(self.marking, *a, **kw) if self.marking else None

    def footer(self, text, *a, **kw):
        return super().footer(self.marking, *a, **kw) if self.marking else None


def lint(b: DocBuilder, tmp_path, codes=MY_RULES, name="p.docx"):
    path = tmp_path / name
    b.save(path)
    doc = read_document(open_package(path))
    return doc, [f for f in check_document(doc, PACK) if f.rule in codes]


def classified(*body, marking=None, layout="styles", builder=None):
    return build_protocol(layout, replace={"security-classification": ("Security classification", list(body))},
                          builder=builder or Marked(marking))


def with_section(key, write, builder=None):
    """The clean protocol (heading styles) with one section's body written by ``write(builder)``:
    for content controls, which section bodies in tests/protocols.py cannot hold."""
    b = builder or Marked(None)
    for k, heading, body in SECTIONS:
        b.heading(heading, 1)
        write(b) if k == key else _write_body(b, body)
    return b


def heading_index(doc, text):
    return next(b.index for b in doc.blocks if b.text.strip() == text)


# -- the clean protocol -----------------------------------------------------
@pytest.mark.parametrize("layout", LAYOUTS)
def test_clean_protocol_has_no_security_or_breach_findings(tmp_path, layout):
    _, got = lint(build_protocol(layout), tmp_path)
    assert got == []


# -- ISP401 missing-classification ----------------------------------------------
def test_guidance_without_a_statement_is_missing_classification(tmp_path):
    doc, got = lint(classified(GUIDANCE), tmp_path, CLASSIFICATION_RULES)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP401", {})]
    assert got[0].location.section == "Security classification"
    assert got[0].location.paragraph == heading_index(doc, "Security classification")
    assert got[0].severity == "error"


@pytest.mark.parametrize("body", [
    ["Keep all information shared at the meeting confidential and do not discuss it outside the meeting."],
    ["Each attending agency will apply its own information security policy."],
    ["The classification options are:", ("bullets", ["IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"])],
    ["Information is classified as IN-CONFIDENCE or SENSITIVE, depending on the agency."],
])
def test_prose_and_choice_lists_are_not_statements(tmp_path, body):
    _, got = lint(classified(*body), tmp_path, CLASSIFICATION_RULES)
    assert [f.rule for f in got] == ["ISP401"]


def test_unselected_dropdown_states_nothing(tmp_path):
    def write(b):
        b.para(GUIDANCE)
        b.dropdown(["IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"], paragraph=b.para("Classification: "))

    _, got = lint(with_section("security-classification", write), tmp_path, CLASSIFICATION_RULES)
    assert [f.rule for f in got] == ["ISP401"]


def test_section_with_only_an_unfilled_dropdown_is_left_to_the_empty_section_rule(tmp_path):
    def write(b):
        b.dropdown(["IN-CONFIDENCE", "SENSITIVE"], paragraph=b.para("Information shared at the meeting is classified: "))

    _, got = lint(with_section("security-classification", write), tmp_path, ("ISP401", "ISP102"))
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP102", {"section": "security-classification"})]


@pytest.mark.parametrize("body", [
    "Information shared under this protocol is classified IN-CONFIDENCE.",
    "IN-CONFIDENCE",
    "In Confidence",
    "IN CONFIDENCE",
    "Classification: In-Confidence",
    "Information shared at the meeting is classified as In Confidence.",
    "The security classification for the meeting is IN-CONFIDENCE – STAFF.",
    "Information is handled as IN-CONFIDENCE.",
])
def test_ways_of_stating_in_confidence(tmp_path, body):
    _, got = lint(classified(body), tmp_path, CLASSIFICATION_RULES)
    assert got == []


@pytest.mark.parametrize("body,level", [
    ("SENSITIVE: CABINET", "SENSITIVE"),
    ("Information shared at the meeting is classified RESTRICTED // MEDICAL.", "RESTRICTED"),
    ("Information shared at the meeting is TOP SECRET.", "TOP SECRET"),
])
def test_endorsements_follow_a_level(tmp_path, body, level):
    _, got = lint(classified(body, marking="IN-CONFIDENCE"), tmp_path, CLASSIFICATION_RULES)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP404", {"classification": level, "marking": "IN-CONFIDENCE"})]


def test_selected_dropdown_states_the_classification(tmp_path):
    def write(b):
        b.para(GUIDANCE)
        b.dropdown(["IN-CONFIDENCE", "SENSITIVE"], selected="IN-CONFIDENCE",
                   paragraph=b.para("Information shared at the meeting is classified: "))

    _, got = lint(with_section("security-classification", write), tmp_path, CLASSIFICATION_RULES)
    assert got == []


def test_form_table_cell_states_the_classification(tmp_path):
    b = build_protocol("form-table", replace={"security-classification": ("Security classification", ["In Confidence"])},
                       builder=Marked(None))
    _, got = lint(b, tmp_path, CLASSIFICATION_RULES)
    assert got == []


@pytest.mark.parametrize("marking", ["IN-CONFIDENCE", "In Confidence", "IN-CONFIDENCE (when completed)"])
def test_header_marking_is_a_classification(tmp_path, marking):
    _, got = lint(classified(GUIDANCE, marking=marking), tmp_path, CLASSIFICATION_RULES)
    assert got == []


@pytest.mark.parametrize("name,value", [
    ("Classification", "IN-CONFIDENCE"),
    ("SecurityClassification", "In Confidence"),
    ("MSIP_Label_3c1d2a6e-0000-4b1f-9d7a-5c1e8a4f2b10_Name", "IN-CONFIDENCE"),
    ("Sensitivity", "In-Confidence"),
])
def test_classification_property_is_a_classification(tmp_path, name, value):
    b = classified(GUIDANCE)
    b.custom_property(name, value)
    _, got = lint(b, tmp_path, CLASSIFICATION_RULES)
    assert got == []


def test_unrelated_property_is_not_a_classification(tmp_path):
    b = classified(GUIDANCE)
    b.custom_property("TemplateVersion", "IN-CONFIDENCE draft")
    _, got = lint(b, tmp_path, CLASSIFICATION_RULES)
    assert [f.rule for f in got] == ["ISP401"]


def test_header_words_in_capitals_are_not_a_marking(tmp_path):
    _, got = lint(classified(GUIDANCE, marking="SENSITIVE CLAIMS UNIT"), tmp_path, CLASSIFICATION_RULES)
    assert [f.rule for f in got] == ["ISP401"]


# -- ISP402 classification-below-minimum ------------------------------------------
def test_unclassified_statement_is_below_minimum(tmp_path):
    doc, got = lint(classified("Information shared at the meeting is UNCLASSIFIED.", marking="UNCLASSIFIED"),
                    tmp_path, CLASSIFICATION_RULES)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP402", {"classification": "UNCLASSIFIED"})]
    statement = next(b for b in doc.blocks if b.text.startswith("Information shared at the meeting is UNCLASS"))
    assert got[0].location.paragraph == statement.index
    assert got[0].location.section == "Security classification"
    assert "IN-CONFIDENCE" in got[0].message


@pytest.mark.parametrize("statement", ["Whakarōpūtanga (classification): UNCLASSIFIED",
                                       "Classification level: UNCLASSIFIED"])
def test_labelled_unclassified_is_below_minimum(tmp_path, statement):
    _, got = lint(classified(statement, marking="IN-CONFIDENCE"), tmp_path, CLASSIFICATION_RULES)
    assert [(f.rule, dict(f.data)) for f in got if f.rule != "ISP404"] == [
        ("ISP402", {"classification": "UNCLASSIFIED"})]


def test_unclassified_header_with_no_statement_is_below_minimum(tmp_path):
    _, got = lint(classified(GUIDANCE, marking="UNCLASSIFIED"), tmp_path, CLASSIFICATION_RULES)
    assert [(f.rule, dict(f.data), f.location.part) for f in got] == [
        ("ISP402", {"classification": "UNCLASSIFIED"}, "header")]


def test_unclassified_dropdown_is_below_minimum(tmp_path):
    def write(b):
        b.dropdown(["UNCLASSIFIED", "IN-CONFIDENCE"], selected="UNCLASSIFIED", paragraph=b.para("Classification: "))

    doc, got = lint(with_section("security-classification", write), tmp_path, CLASSIFICATION_RULES)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP402", {"classification": "UNCLASSIFIED"})]
    assert got[0].location.paragraph == heading_index(doc, "Classification: UNCLASSIFIED")


def test_rule_about_unclassified_information_is_not_a_statement(tmp_path):
    b = classified("Information shared at the meeting is classified IN-CONFIDENCE.",
                   "Information that is UNCLASSIFIED may be shared without these controls, if every agency agrees.",
                   marking="IN-CONFIDENCE")
    _, got = lint(b, tmp_path, CLASSIFICATION_RULES)
    assert got == []


def test_lowercase_unclassified_in_prose_is_not_a_statement(tmp_path):
    b = classified("Information shared at the meeting is classified IN-CONFIDENCE; agendas are otherwise "
                   "unclassified documents.", marking="IN-CONFIDENCE")
    _, got = lint(b, tmp_path, CLASSIFICATION_RULES)
    assert got == []


# -- ISP403 unknown-classification ------------------------------------------------
def test_protected_is_not_a_nz_classification(tmp_path):
    doc, got = lint(classified("Information shared at the meeting is classified PROTECTED.", marking="PROTECTED"),
                    tmp_path, CLASSIFICATION_RULES)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP403", {"classification": "PROTECTED"})]
    assert got[0].location.part == "document" and got[0].location.section == "Security classification"
    assert "RESTRICTED" in got[0].message
    assert got[0].severity == "warning"


@pytest.mark.parametrize("marking,name,suggestion", [
    ("OFFICIAL", "OFFICIAL", "IN-CONFIDENCE"),  # raised to the minimum
    ("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE", "SENSITIVE"),
    ("Commercial in confidence", "Commercial in confidence", "IN-CONFIDENCE"),
    ("Confidential – internal", "Confidential – internal", "IN-CONFIDENCE"),
])
def test_foreign_header_markings(tmp_path, marking, name, suggestion):
    _, got = lint(classified(GUIDANCE, marking=marking), tmp_path, CLASSIFICATION_RULES)
    assert [(f.rule, dict(f.data), f.location.part) for f in got] == [("ISP403", {"classification": name}, "header")]
    assert f"probably {suggestion}" in got[0].message


def test_official_information_act_is_not_a_marking(tmp_path):
    b = classified("Information shared at the meeting is classified IN-CONFIDENCE. Requests under the OFFICIAL "
                   "INFORMATION ACT are handled by the agency that holds the information.", marking="IN-CONFIDENCE")
    _, got = lint(b, tmp_path, CLASSIFICATION_RULES)
    assert got == []


# -- ISP404 classification-mismatch -----------------------------------------------
def test_body_and_header_disagree(tmp_path):
    _, got = lint(classified("Information shared at the meeting is classified SENSITIVE.", marking="IN-CONFIDENCE"),
                  tmp_path, CLASSIFICATION_RULES)
    assert [(f.rule, dict(f.data)) for f in got] == [
        ("ISP404", {"classification": "SENSITIVE", "marking": "IN-CONFIDENCE"})]  # header and footer: one finding
    assert got[0].location.part == "header" and got[0].location.paragraph == 1
    assert "page header" in got[0].message


def test_body_and_property_disagree(tmp_path):
    b = classified("Information shared at the meeting is classified IN-CONFIDENCE.")
    b.custom_property("Classification", "RESTRICTED")
    _, got = lint(b, tmp_path, CLASSIFICATION_RULES)
    assert [(f.rule, dict(f.data)) for f in got] == [
        ("ISP404", {"classification": "IN-CONFIDENCE", "marking": "RESTRICTED"})]
    assert 'property "Classification"' in got[0].message


def test_endorsement_is_not_a_mismatch(tmp_path):
    _, got = lint(classified("IN-CONFIDENCE – STAFF", marking="IN-CONFIDENCE"), tmp_path, CLASSIFICATION_RULES)
    assert got == []


def test_classification_table_by_information_type(tmp_path):
    b = classified("Information is classified as follows:",
                   ("table", [["Information", "Classification"], ["Names and addresses", "IN-CONFIDENCE"],
                              ["Health information", "SENSITIVE"]]), marking="SENSITIVE")
    _, got = lint(b, tmp_path, CLASSIFICATION_RULES)
    assert got == []


# -- ISP451 missing-security-control ----------------------------------------------
def controls(*items, heading="Security controls", layout="styles", **kw):
    return build_protocol(layout, replace={"security-controls": (heading, list(items))}, **kw)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("key", list(CONTROLS))
def test_each_missing_control_is_reported_at_the_section(tmp_path, layout, key):
    doc, got = lint(controls(("bullets", [t for k, t in CONTROLS.items() if k != key]), layout=layout),
                    tmp_path, CONTROL_RULES)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP451", {"control": key})]
    assert got[0].location.section.casefold().endswith("Security controls".casefold())  # "10. Security controls" when numbered
    assert got[0].location.paragraph == next(b.index for b in doc.blocks
                                             if b.text.strip().casefold().endswith("security controls"))


REWORDED = [
    "All staff attending have done their agency’s privacy e-learning module.",
    "Printed material is collected and shredded at the close of each meeting.",
    "Any attachment sent by email is encrypted.",
    "Representatives use only work-issued laptops and phones.",
    "Online meetings are never recorded, and nobody takes screen captures.",
    "Paper copies are never handed to other attendees.",
]


def test_controls_in_other_words(tmp_path):
    _, got = lint(controls(("bullets", REWORDED)), tmp_path, CONTROL_RULES)
    assert got == []


def test_a_control_stated_in_a_sentence_that_points_back(tmp_path):
    """"Any that are brought ... are shredded": the hard copies of the sentence before."""
    items = [t for k, t in CONTROLS.items() if k != "hardcopy-destruction"]
    items.append("Hard copies are avoided. Any that are brought to the meeting are collected and shredded at "
                 "the end of it.")
    _, got = lint(controls(("bullets", items)), tmp_path, CONTROL_RULES)
    assert got == []
    items[-1] = "Hard copies are avoided. Any that are brought to the meeting are kept by the chair."
    _, got = lint(controls(("bullets", items)), tmp_path, CONTROL_RULES)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP451", {"control": "hardcopy-destruction"})]


def test_controls_as_a_table(tmp_path):
    rows = [["Control", "Applies"]] + [[t, "Yes"] for t in CONTROLS.values()]
    _, got = lint(controls("The attending agencies apply these controls:", ("table", rows)), tmp_path, CONTROL_RULES)
    assert got == []


def test_prohibitions_under_a_lead_in(tmp_path):
    items = [CONTROLS[k] for k in ("training", "hardcopy-destruction", "password-protection", "approved-devices")]
    b = controls(("bullets", items), "When a meeting is held virtually, representatives must not:",
                 ("bullets", ["use the chat function", "record the meeting or take screenshots"]),
                 "Attending agency representatives must not:",
                 ("bullets", ["hand hard copies to other attendees"]))
    _, got = lint(b, tmp_path, CONTROL_RULES)
    assert got == []


@pytest.mark.parametrize("key,negated", [
    ("password-protection", "Email attachments need not be password protected."),
    ("password-protection", "Email attachments may be password protected."),
    ("hardcopy-destruction", "Hard copies are not destroyed at the end of the meeting; attendees keep them."),
    ("hardcopy-distribution", "Hard copies may be given to other attending agency representatives."),
    ("training", "Representatives are not required to complete privacy training."),
])
def test_negated_control_does_not_count(tmp_path, key, negated):
    items = [t for k, t in CONTROLS.items() if k != key] + [negated]
    _, got = lint(controls(("bullets", items)), tmp_path, CONTROL_RULES)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP451", {"control": key})]


def test_negation_in_another_clause_does_not_cancel(tmp_path):
    items = [t for k, t in CONTROLS.items() if k != "password-protection"]
    items.append("Personal information is not emailed unless the attachment is password protected.")
    _, got = lint(controls(("bullets", items)), tmp_path, CONTROL_RULES)
    assert got == []


def test_secure_email_is_not_password_protection(tmp_path):
    items = [t for k, t in CONTROLS.items() if k != "password-protection"] + ["Email is sent by SEEMail."]
    _, got = lint(controls(("bullets", items)), tmp_path, CONTROL_RULES)
    assert [dict(f.data) for f in got] == [{"control": "password-protection"}]


def test_no_personal_email_is_a_channel_not_approved_devices(tmp_path):
    items = [t for k, t in CONTROLS.items() if k != "approved-devices"] + [
        "No other channel (text message, personal email, social media) is used for meeting information."]
    _, got = lint(controls(("bullets", items)), tmp_path, CONTROL_RULES)
    assert [dict(f.data) for f in got] == [{"control": "approved-devices"}]
    items[-1] = "Nobody uses a personal phone or laptop for meeting information."  # the same fact, other words
    _, got = lint(controls(("bullets", items)), tmp_path, CONTROL_RULES)
    assert got == []


def test_control_stated_in_method_of_sharing_counts(tmp_path):
    b = build_protocol("styles", replace={
        "security-controls": ("Security controls", [("bullets", [t for k, t in CONTROLS.items()
                                                                  if k != "password-protection"])]),
        "method-of-sharing": ("Method of sharing", ["The lead agency emails the list two days before the meeting; "
                                                    "the attachment is password protected."]),
    })
    _, got = lint(b, tmp_path, CONTROL_RULES)
    assert got == []


def test_both_sections_missing_is_one_isp101_each_not_six_isp451(tmp_path):
    _, got = lint(build_protocol("styles", omit=("security-controls", "method-of-sharing")), tmp_path,
                  ("ISP101", "ISP451"))
    assert sorted((f.rule, f.data["section"]) for f in got) == [
        ("ISP101", "method-of-sharing"), ("ISP101", "security-controls")]


def test_only_method_of_sharing_present_anchors_there(tmp_path):
    doc, got = lint(build_protocol("styles", omit=("security-controls",)), tmp_path, CONTROL_RULES)
    assert {f.data["control"] for f in got} == set(CONTROLS)
    assert {f.location.section for f in got} == {"Method of sharing"}


def test_placeholder_and_instructions_do_not_state_controls(tmp_path):
    b = controls("[Insert controls: attachments password protected]",
                 ("bullets", [t for k, t in CONTROLS.items() if k != "password-protection"]))
    _, got = lint(b, tmp_path, CONTROL_RULES)
    assert [dict(f.data) for f in got] == [{"control": "password-protection"}]


# -- the pack's own examples ---------------------------------------------------------
@pytest.mark.parametrize("code", MY_RULES[:-1])
def test_rules_are_documented(code):
    rule = PACK.rule(code)
    assert rule.explanation.strip() and rule.bad_example.strip() and rule.good_example.strip() and rule.fix
