"""Breach management: a designated breach contact (ISP501)."""

from __future__ import annotations

import pytest

from linter.docx_reader import read_document
from linter.engine import check_document
from linter.facts import Facts
from linter.facts.contacts import contacts
from linter.loader import open_package
from linter.pack import load_pack
from sample_protocols.docbuilder import DocBuilder
from tests.protocols import LAYOUTS, SECTIONS, _write_body, build_protocol

PACK = load_pack()
HEADING = "Privacy and security breach management"
OBLIGATIONS = ("An attending agency that becomes aware of a privacy or security breach involving information shared "
               "at the meeting will tell the other attending agencies as soon as practicable.")
COMMISSIONER = ("Agencies must notify the Privacy Commissioner of notifiable privacy breaches, by phone on "
                "0800 803 909 or at enquiries@privacy.org.nz.")


def lint(b: DocBuilder, tmp_path):
    path = tmp_path / "p.docx"
    b.save(path)
    doc = read_document(open_package(path))
    return doc, [f for f in check_document(doc, PACK) if f.rule == "ISP501"]


def breach(*body, layout="styles", **kw):
    return build_protocol(layout, replace={"breach-management": (HEADING, list(body))}, **kw)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_clean_protocol_names_a_contact(tmp_path, layout):
    assert lint(build_protocol(layout), tmp_path)[1] == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_obligations_alone_are_not_a_contact(tmp_path, layout):
    doc, got = lint(breach(OBLIGATIONS, layout=layout), tmp_path)
    assert [(f.rule, dict(f.data)) for f in got] == [("ISP501", {})]
    assert got[0].location.section.casefold().endswith(HEADING.casefold())
    assert got[0].location.paragraph == next(b.index for b in doc.blocks if b.text.strip().casefold().endswith(HEADING.casefold()))
    assert got[0].severity == "error"
    assert "no email address or phone number" in got[0].message


def test_privacy_commissioner_number_is_not_the_designated_contact(tmp_path):
    _, got = lint(breach(OBLIGATIONS, COMMISSIONER), tmp_path)
    assert [f.rule for f in got] == ["ISP501"]


def test_contact_beside_a_sentence_about_the_commissioner(tmp_path):
    _, got = lint(breach(OBLIGATIONS, COMMISSIONER,
                         "The breach contact is the Privacy Officer, New Zealand Police, 04 474 9499."), tmp_path)
    assert got == []


def test_role_and_number_without_an_agency(tmp_path):
    _, got = lint(breach(OBLIGATIONS, "Tell the Privacy Officer on 04 474 9499."), tmp_path)
    assert [f.rule for f in got] == ["ISP501"]
    assert "no agency" in got[0].message


def test_agency_and_number_without_a_person_or_role(tmp_path):
    _, got = lint(breach(OBLIGATIONS, "Tell New Zealand Police on 04 474 9499."), tmp_path)
    assert [f.rule for f in got] == ["ISP501"]
    assert "no person or role" in got[0].message


@pytest.mark.parametrize("phone", ["04 474 9499", "0800 123 456", "+64 21 123 4567", "(09) 123-4567", "021 123 4567"])
def test_nz_phone_formats(tmp_path, phone):
    _, got = lint(breach(OBLIGATIONS, f"Breach contact: Privacy Lead, Ministry of Social Development, {phone}."),
                  tmp_path)
    assert got == []


def test_contact_in_a_table(tmp_path):
    _, got = lint(breach(OBLIGATIONS, ("table", [["Role", "Agency", "Email"],
                                                ["Privacy Officer", "Oranga Tamariki", "privacy@ot.govt.nz"]])),
                  tmp_path)
    assert got == []


def test_table_with_only_column_headings_is_not_a_contact(tmp_path):
    _, got = lint(breach(OBLIGATIONS, ("table", [["Role", "Agency", "Email"], ["", "", ""]])), tmp_path)
    assert [f.rule for f in got] == ["ISP501"]


def test_contact_over_several_lines(tmp_path):
    _, got = lint(breach(OBLIGATIONS, "Breach contact:", "Hana Rāwiri", "Kāinga Ora – Homes and Communities",
                         "hana.rawiri@kaingaora.govt.nz"), tmp_path)
    assert got == []


def test_person_rather_than_role(tmp_path):
    _, got = lint(breach(OBLIGATIONS, "Contact Hana Rāwiri, New Zealand Police, on 021 123 4567."), tmp_path)
    assert got == []


def test_agency_named_by_its_email_domain(tmp_path):
    _, got = lint(breach(OBLIGATIONS, "Breach contact: Privacy Officer, privacy@cyf.govt.nz."), tmp_path)
    assert got == []


def with_breach(write, extra=None):
    """The clean protocol with the breach section written by ``write(builder)`` and ``extra`` at the end."""
    b = DocBuilder(title="Protocol", author="Privacy Team")
    for key, heading, body in SECTIONS:
        b.heading(heading, 1)
        write(b) if key == "breach-management" else _write_body(b, body)
    if extra:
        extra(b)
    return b


def test_contact_in_a_filled_content_control(tmp_path):
    def write(b):
        b.para(OBLIGATIONS)
        b.text_control("Mele Tupou, Privacy Lead, Ministry of Social Development (mele.tupou@msd.govt.nz)",
                       paragraph=b.para("Breach contact (name, role, agency, email and phone)*: "))

    assert lint(with_breach(write), tmp_path)[1] == []


def test_unfilled_content_control_is_not_a_contact(tmp_path):
    def write(b):
        b.para(OBLIGATIONS)
        b.text_control(None, paragraph=b.para("Breach contact (name, role, agency, email and phone)*: "))

    assert [f.rule for f in lint(with_breach(write), tmp_path)[1]] == ["ISP501"]


def key_contacts(b):
    b.heading("Schedule 2 – Key contacts", 1)
    b.table([["Role", "Agency", "Email", "Phone"],
             ["Breach contact: Privacy Officer", "New Zealand Police", "privacy@police.govt.nz", "04 474 9499"]])


def test_contact_in_a_key_contacts_schedule_the_section_refers_to(tmp_path):
    def write(b):
        b.para(OBLIGATIONS + " The breach contact is listed in Schedule 2.")

    assert lint(with_breach(write, key_contacts), tmp_path)[1] == []


def test_key_contacts_schedule_the_section_does_not_refer_to(tmp_path):
    assert [f.rule for f in lint(with_breach(lambda b: b.para(OBLIGATIONS), key_contacts), tmp_path)[1]] == ["ISP501"]


def test_missing_breach_section_is_left_to_isp101(tmp_path):
    path = tmp_path / "p.docx"
    build_protocol("styles", omit=("breach-management",)).save(path)
    got = [f.rule for f in check_document(read_document(open_package(path)), PACK) if f.rule in ("ISP101", "ISP501")]
    assert got == ["ISP101"]


def test_rule_is_documented():
    rule = PACK.rule("ISP501")
    assert rule.explanation.strip() and rule.bad_example.strip() and rule.good_example.strip() and rule.fix


# -- the recognisers, which other rules reuse -----------------------------------------
@pytest.fixture(scope="module")
def recogniser(tmp_path_factory):
    path = tmp_path_factory.mktemp("c") / "p.docx"
    build_protocol("styles").save(path)
    return Facts(read_document(open_package(path)), PACK).get(contacts)


def test_recognisers(recogniser):
    d = recogniser.details("Anahera Wikitera, Privacy Officer, New Zealand Police – Tāmaki Makaurau District "
                           "(privacy.tamakimakaurau@police.govt.nz, 09 302 6400)")
    assert d.people == ("Anahera Wikitera",)
    assert "Privacy Officer" in d.roles
    assert d.agencies[0] == "New Zealand Police"
    assert d.emails == ("privacy.tamakimakaurau@police.govt.nz",)
    assert d.phones == ("09 302 6400",)
    assert d.complete


@pytest.mark.parametrize("text", ["Privacy Act 2020, section 22", "the lead attending agency", "24 hours",
                                  "IPP 11(1)(f)", "1 March 2026", "2026 2027"])
def test_recognisers_ignore_ordinary_text(recogniser, text):
    d = recogniser.details(text)
    assert not d.people and not d.emails and not d.phones
