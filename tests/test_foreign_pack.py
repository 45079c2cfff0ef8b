"""A deliberately foreign rule pack (tests/packs/foreign/) keeps New Zealand defaults out of the code.

The pack describes an Australian-style Data Sharing Agreement: other clause
keys (none shared with the New Zealand packs), another code prefix (DSA),
another protective marking scheme (UNOFFICIAL < OFFICIAL < OFFICIAL:
Sensitive < PROTECTED < SECRET < TOP SECRET), its own law catalogue,
execution blocks, renewal terms, filler, drafting notes, contacts and
safeguards, in English of its own.  It uses every check kind.

Every test builds real .docx files with sample_protocols/docbuilder.py: a
clean agreement in the foreign template that gives no findings, and, for
every rule of the pack, a variant of it where that rule fires with its DSA
code and data (and nothing else fires that the defect does not explain).

Where the pack cannot say what it needs without a change to linter/, the
test is marked ``xfail(strict=True)`` with the line of linter/ that blocks
it: when linter/ is fixed the test passes, strict xfail fails, and the mark
must come off.
"""

from __future__ import annotations

import io
import json
import re
import textwrap
import tomllib
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable

import pytest
from click.testing import CliRunner

from linter.checks import kinds
from linter.cli import main
from linter.docx_reader import read_document
from linter.engine import ReadOptions, failed, lint_path
from linter.errors import PackError
from linter.facts import Options
from linter.loader import open_package
from linter.pack import load_pack
from sample_protocols.docbuilder import DocBuilder

FOLDER = Path(__file__).parent / "packs" / "foreign"
PACK_PATH = FOLDER / "foreign.toml"
PACK = load_pack(PACK_PATH)
AS_OF = date(2026, 11, 24)  # the clean agreement was executed in March 2026 and runs three years
MARKING = "OFFICIAL: Sensitive"

# ------------------------------------------------------------------------------ the foreign template

PARTIES = ["Services Australia (data custodian)", "Australian Bureau of Statistics", "NSW Police Force"]
WITHOUT_CUSTODIAN = ["The parties to this Agreement are:", ("bullets", ["Services Australia", *PARTIES[1:]])]
EXECUTION = [
    ["Party", "Authorised officer", "Position", "Signature", "Date"],
    ["Services Australia", "Michael Tran", "Deputy Chief Executive Officer", "signed", "3 March 2026"],
    ["Australian Bureau of Statistics", "Sarah O'Connell", "Deputy Australian Statistician", "signed", "4 March 2026"],
    ["NSW Police Force", "Daniel Kim", "Assistant Commissioner", "signed", "5 March 2026"],
]
OBJECTIVES = [
    "To measure the outcomes of family safety services for the people who use them.",
    "To evaluate the reach of income support for families leaving unsafe homes.",
]
LAWFUL_BASIS = [
    ["Objective", "Lawful basis"],
    ["1. Measure the outcomes of family safety services", "Family Safety Information Act 2021, section 12"],
    ["2. Evaluate the reach of income support",
     "Privacy Act 1988, APP 6.2(b); Data Availability and Transparency Act 2022, s 13"],
]
SAFEGUARDS = {
    "access-control": "Access to the data is limited to authorised personnel with a need to know.",
    "encryption-in-transit": "Data is encrypted whenever it is transferred between the parties.",
    "onshore-storage": "Data is stored only on systems hosted in Australia.",
    "no-reidentification": "Recipients must not attempt to re-identify any individual.",
}
RENEWAL = ("This Agreement is renewed every 3 years from the date of the last signature. Services Australia, "
           "as data custodian, initiates the renewal.")
INCIDENT = ("Report a data incident to Priya Natarajan, Chief Privacy Officer, Services Australia, "
            "privacy.incidents@servicesaustralia.gov.au, 02 6123 4567.")

# (key, heading, body): a string is a paragraph, ("bullets"|"numbers", [...]) a list, ("table", rows) a
# table, and a callable writes itself with the builder (content controls, tracked changes, comments).
CLAUSES: list[tuple[str, str, list]] = [
    ("parties", "Parties", ["The parties to this Agreement are:", ("bullets", PARTIES)]),
    ("objectives", "Objectives of the data sharing", [
        "The parties share data for the following objectives:", ("numbers", OBJECTIVES)]),
    ("data-items", "Data items", [
        "Services Australia provides a quarterly extract holding each person's name, date of birth, postcode "
        "and income support payment type. NSW Police Force provides family safety incident dates and postcodes."]),
    ("lawful-basis", "Lawful basis for sharing", [
        ("table", LAWFUL_BASIS),
        "This Agreement does not itself authorise any sharing; each party relies on the Acts above."]),
    ("protective-marking", "Protective marking", [f"Data shared under this Agreement is classified {MARKING}."]),
    ("safeguards", "Safeguards", [("bullets", list(SAFEGUARDS.values()))]),
    ("first-nations-data", "Indigenous data governance", [
        "Data about Aboriginal and Torres Strait Islander people is governed with the advice of the "
        "community-controlled organisations the parties work with."]),
    ("incident-contact", "Data incident contact", [INCIDENT]),
    ("renewal", "Renewal", [RENEWAL]),
    ("execution", "Execution", ["Executed on behalf of each party by its authorised officer:", ("table", EXECUTION)]),
]
BODIES = {key: body for key, _, body in CLAUSES}


def _write(b: DocBuilder, items: list) -> None:
    for item in items:
        if callable(item):
            item(b)
        elif isinstance(item, str):
            b.para(item)
        elif item[0] in ("bullets", "numbers"):
            b.bullets(item[1], numbered=item[0] == "numbers")
        elif item[0] == "table":
            b.table(item[1])
        else:  # pragma: no cover - a mistake in a test
            raise ValueError(item)


def agreement(omit: tuple[str, ...] = (), marking: str | None = MARKING, **bodies: list) -> DocBuilder:
    """The clean agreement; ``omit`` drops clauses by key, a keyword (key with _ for -) replaces a body."""
    replace = {k.replace("_", "-"): v for k, v in bodies.items()}
    assert set(replace) <= set(BODIES), set(replace) - set(BODIES)
    b = DocBuilder(title="Data Sharing Agreement", author="Data Custodian")
    if marking:
        b.header(marking)
        b.footer(marking)
    b.heading("Data Sharing Agreement – Family Safety Outcomes", 0)
    for key, heading, body in CLAUSES:
        if key not in omit:
            b.heading(heading, 1)
            _write(b, replace.get(key, body))
    return b


def lint(b: DocBuilder | bytes, tmp_path: Path, *, as_of: date = AS_OF, final: bool = False,
         read_options: ReadOptions | None = None, name: str = "agreement.docx"):
    path = tmp_path / name
    path.write_bytes(b if isinstance(b, bytes) else b.to_bytes())
    result = lint_path(str(path), PACK, Options(as_of=as_of, final=final), read_options)
    return result


def rewrite(src: bytes, edit: Callable[[dict], None]) -> bytes:
    """A copy of a .docx with ``edit(parts)`` applied to its {name: bytes} parts."""
    with zipfile.ZipFile(io.BytesIO(src)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    edit(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return out.getvalue()


def _alt_chunk(parts: dict) -> None:
    """Clause text imported as an HTML chunk (w:altChunk), which isplint does not read."""
    parts["word/afchunk.htm"] = b"<html><body><p>Schedule 2 - data dictionary</p></body></html>"
    ct = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = ct.replace(
        "</Types>", '<Default Extension="htm" ContentType="text/html"/></Types>').encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdAlt" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/aFChunk" Target="afchunk.htm"/></Relationships>')).encode()
    doc = parts["word/document.xml"].decode()
    parts["word/document.xml"] = doc.replace("<w:sectPr", '<w:altChunk r:id="rIdAlt"/><w:sectPr', 1).encode()


# ------------------------------------------------------------------------------ the pack itself

def test_foreign_pack_loads_with_its_own_prefix_and_sections():
    assert PACK.name == "foreign-data-sharing-agreement"
    assert PACK.rules and all(re.fullmatch(r"DSA\d{3}", r.code) for r in PACK.rules)
    assert [s.key for s in PACK.sections] == [key for key, _, _ in CLAUSES]
    nz = load_pack()  # the default New Zealand pack
    assert not {s.key for s in PACK.sections} & {s.key for s in nz.sections}
    assert not {r.code for r in PACK.rules} & {r.code for r in nz.rules}


def test_every_check_kind_is_used_by_the_foreign_pack():
    """A new check kind must be added to tests/packs/foreign/ (and given a case below)."""
    used = {r.kind for r in PACK.rules}
    assert set(kinds()) - used == set(), "add a rule of this kind to tests/packs/foreign/"


def test_every_rule_of_the_foreign_pack_has_a_case_that_fires_it():
    assert {r.code for r in PACK.rules} == set(CASES) | set(INPUT_CASES)


def test_clean_agreement_gives_no_findings(tmp_path):
    result = lint(agreement(), tmp_path)
    assert result.status == "ok" and result.findings == ()


def test_clean_agreement_is_clean_for_sign_off_too(tmp_path):
    assert lint(agreement(), tmp_path, final=True).findings == ()


def test_clean_agreement_is_read_in_the_foreign_terms(tmp_path):
    """Not clean by accident: each fact the rules rest on is found, in the pack's own words."""
    from linter.facts import Facts
    from linter.facts.attendance import attending_agencies, lead_agency
    from linter.facts.authorities import purpose_authorities
    from linter.facts.classification import classification
    from linter.facts.controls import concepts
    from linter.facts.review import review
    from linter.facts.signatures import signatories

    path = tmp_path / "clean.docx"
    agreement().save(path)
    facts = Facts(read_document(open_package(path)), PACK, Options(as_of=AS_OF))
    assert [s.key for s in facts.outline.sections if s.key] == [key for key, _, _ in CLAUSES]
    mapping = facts.get(purpose_authorities)
    assert [p.text for p in mapping.purposes] == OBJECTIVES and mapping.unmapped == ()
    assert {c.act for c in mapping.citations} == {
        "Family Safety Information Act 2021", "Privacy Act 1988", "Data Availability and Transparency Act 2022"}
    assert [a.name for a in facts.get(attending_agencies)] == [
        "Services Australia", "Australian Bureau of Statistics", "NSW Police Force"]
    assert facts.get(lead_agency).name == "Services Australia"
    terms = facts.get(review)
    assert (terms.period.months, terms.owner, terms.due) == (36, "Services Australia", date(2029, 3, 5))
    assert [(s.agency, s.name) for s in facts.get(signatories)] == [(row[0], row[1]) for row in EXECUTION[1:]]
    assert facts.get(classification).stated.name == MARKING
    assert all(r.stated for r in facts.get(concepts).find("dsa-safeguards", ("safeguards",)))


# ------------------------------------------------------------------------------ every rule fires

@dataclass(frozen=True)
class Case:
    build: Callable[[], DocBuilder | bytes]
    data: dict[str, Any] = field(default_factory=dict)  # the finding's data holds at least these
    also: frozenset[str] = frozenset()  # other codes the defect explains (nothing else may fire)
    as_of: date = AS_OF
    final: bool = False


def _dropdown_unfilled(b: DocBuilder) -> None:
    b.text_control(None)


def _tracked(b: DocBuilder) -> None:
    p = b.para("Services Australia provides a quarterly extract of payment data.")
    b.tracked(p, inserted=" Extracts are sent by secure file transfer.")


def _commented(b: DocBuilder) -> None:
    p = b.para(BODIES["data-items"][0])
    b.comment(p, "Has the ABS confirmed it needs postcodes?", author="Legal")


def _without_safeguard(key: str) -> list:
    return [("bullets", [text for k, text in SAFEGUARDS.items() if k != key])]


CASES: dict[str, Case] = {
    # clauses
    "DSA101": Case(lambda: agreement(omit=("safeguards",)), {"section": "safeguards"}),
    "DSA102": Case(lambda: agreement(data_items=[_dropdown_unfilled]), {"section": "data-items"},
                   also=frozenset({"DSA201"})),
    # unfinished drafts
    "DSA201": Case(lambda: agreement(data_items=[
        "{{Party name}} provides a quarterly extract of payment data. " + BODIES["data-items"][0]]),
        {"text": "{{Party name}}"}),
    "DSA202": Case(lambda: agreement(data_items=[_tracked]), {"count": 1}),
    "DSA203": Case(lambda: agreement(data_items=[_commented]), {"count": 1}),
    "DSA204": Case(lambda: agreement(data_items=["Drafting note: name the extract.", *BODIES["data-items"]]),
                   {"text": "Drafting note: name the extract."}),
    # lawful basis
    "DSA301": Case(lambda: agreement(objectives=[
        "The parties share data for the following objectives:",
        ("numbers", [*OBJECTIVES, "To forecast demand for crisis accommodation in each postcode."])]),
        {"purpose": "To forecast demand for crisis accommodation in each postcode."}),
    "DSA302": Case(lambda: agreement(lawful_basis=[("table", [
        *LAWFUL_BASIS[:2], ["2. Evaluate the reach of income support", "Social Data Integration Act 2020, s 4"]])]),
        {"authority": "Social Data Integration Act 2020, s 4"}),
    "DSA303": Case(lambda: agreement(lawful_basis=[
        ("table", [*LAWFUL_BASIS[:2],
                   ["2. Evaluate the reach of income support", "Information Privacy Act 2000, s 9"]]),
        "Each party keeps a register of disclosures made under the Information Privacy Act 2000."]),
        {"authority": "Information Privacy Act 2000", "replacement": "Privacy and Data Protection Act 2014"}),
    "DSA304": Case(lambda: agreement(
        objectives=["See Schedule 1."],
        lawful_basis=["For all objectives: Privacy Act 1988, APP 6.2(b)."]), {"section": "objectives"}),
    "DSA305": Case(lambda: agreement(lawful_basis=[
        *BODIES["lawful-basis"][:1],
        "This Agreement authorises the parties to disclose the data items to each other."]),
        {"text": "This Agreement authorises the parties to disclose the data items to each other"}),
    # protective marking and safeguards
    "DSA401": Case(lambda: agreement(marking=None, protective_marking=[
        "Each party handles the data under its own security policies."]), {}),
    "DSA402": Case(lambda: agreement(marking="OFFICIAL", protective_marking=[
        "Data shared under this Agreement is classified OFFICIAL."]), {"classification": "OFFICIAL"}),
    "DSA403": Case(lambda: agreement(marking=None, protective_marking=[
        "Data shared under this Agreement is classified IN-CONFIDENCE."]), {"classification": "IN-CONFIDENCE"}),
    "DSA404": Case(lambda: agreement(marking="PROTECTED"), {"classification": MARKING, "marking": "PROTECTED"}),
    "DSA451": Case(lambda: agreement(safeguards=_without_safeguard("onshore-storage")),
                   {"safeguard": "onshore-storage"}),
    # data incidents
    "DSA501": Case(lambda: agreement(incident_contact=[
        "Notifiable data breaches are reported to the Office of the Australian Information Commissioner on "
        "1300 363 992."]), {}),
    # renewal
    "DSA601": Case(lambda: agreement(renewal=[
        "This Agreement is renewed when the parties agree. Services Australia, as data custodian, initiates "
        "the renewal."]), {}),
    "DSA602": Case(lambda: agreement(renewal=[RENEWAL.replace("every 3 years", "every 5 years")]),
                   {"months": 60}),
    "DSA603": Case(lambda: agreement(renewal=["This Agreement is renewed every 3 years."]), {}),
    "DSA604": Case(agreement, {"due": "2029-03-05"}, as_of=date(2029, 6, 1)),
    # parties and execution
    "DSA701": Case(lambda: agreement(execution=["The parties execute this Agreement by exchanging letters."]),
                   {}),
    "DSA702": Case(lambda: agreement(execution=[("table", [
        *EXECUTION[:3], ["NSW Police Force", "Daniel Kim", "", "signed", "5 March 2026"]])]),
        {"agency": "NSW Police Force", "missing": ["role"]}),
    "DSA703": Case(lambda: agreement(execution=[("table", EXECUTION[:3])]), {"agency": "NSW Police Force"}),
    "DSA704": Case(lambda: agreement(
        parties=WITHOUT_CUSTODIAN,
        renewal=["This Agreement is renewed every 3 years. Services Australia initiates the renewal."]), {}),
    # use of the data
    "DSA801": Case(lambda: agreement(data_items=[
        *BODIES["data-items"], "The Bureau may sell the de-identified data extract to research partners."]),
        {"text": "The Bureau may sell the de-identified data extract to research partners"}),
    # the document's content that cannot be read
    "DSA004": Case(lambda: rewrite(agreement().to_bytes(), _alt_chunk), {}),
}


# The message and fix of each finding above, all in the pack's words (the rules whose words Python still
# writes are left out: see CODE_WORDS below).
TEXTS = {
    "DSA101": ('The Agreement has no "Safeguards" clause.',
               'Insert the "Safeguards" clause before the "Indigenous data governance" clause.'),
    "DSA102": ('The "Data items" clause holds only filler.', "Complete the Data items clause."),
    "DSA202": ("Tracked changes remaining: 1.", "Accept or reject every change before execution."),
    "DSA203": ("Comments remaining: 1.", "Resolve and delete the comments before execution."),
    "DSA204": ('Drafting note left in: "Drafting note: name the extract.".', "Remove the drafting notes."),
    "DSA301": ('Objective "To forecast demand for crisis accommodation in each postcode" has no lawful basis.',
               "Name the Act and provision that permits sharing for this objective."),
    "DSA302": ('Lawful basis "Social Data Integration Act 2020, s 4" is not in the catalogue: no Act of that short '
               "title and year is catalogued.", "Cite an Act in force by its short title, year and provision."),
    "DSA303": ("The Information Privacy Act 2000 is repealed; it was replaced by the Privacy and Data Protection Act "
               "2014. The Agreement cites it 2 times.", "Cite the Privacy and Data Protection Act 2014 instead."),
    "DSA304": ('The "Objectives of the data sharing" clause states no objective.',
               "List each objective, starting 'To ...'."),
    "DSA305": ('The Agreement presents itself as the authority to share ("This Agreement authorises the parties to '
               'disclose the data items to each other").',
               "Say that sharing relies on the Acts in the Lawful basis clause, not on the Agreement."),
    "DSA401": ("No protective marking is applied to the shared data.", "Mark the data OFFICIAL: Sensitive or higher."),
    "DSA402": ("The data is marked OFFICIAL, below OFFICIAL: Sensitive.", "Mark it OFFICIAL: Sensitive or higher."),
    "DSA403": ("IN-CONFIDENCE is not a marking of this scheme; use OFFICIAL: Sensitive.",
               "Apply a marking of the scheme, OFFICIAL: Sensitive or higher."),
    "DSA451": ('The "Safeguards" clause does not state that data is stored only in Australia.',
               "State this safeguard."),
    "DSA501": ('The "Data incident contact" clause names no incident contact: it has no officer or position, no party '
               "and no email address or telephone number.",
               "Name the officer to contact about a data incident, their party, and an email address or phone number."),
    "DSA601": ('The "Renewal" clause sets no renewal term.',
               "State the term, for example 'renewed every 3 years', or a renewal date."),
    "DSA602": ('The renewal term ("5 years") exceeds 36 months.', "Renew at least every 36 months."),
    "DSA603": ('The "Renewal" clause names no party to initiate renewal.',
               "Name the party, usually the data custodian, that initiates renewal."),
    "DSA701": ('The "Execution" clause holds no execution block.',
               "Add an execution block for each party: party, authorised officer, position, signature and date."),
    "DSA702": ("An execution block for NSW Police Force lacks: position.", "Complete the execution block."),
    "DSA703": ('NSW Police Force is a party but has no execution block in "Execution".',
               "Add an execution block for NSW Police Force."),
    "DSA704": ('The Agreement does not say which party is the data custodian ("Parties" clause).',
               'Mark the custodian "(data custodian)" in the Parties clause.'),
    "DSA801": ('The Agreement allows commercial use of the data ("The Bureau may sell the de-identified data extract '
               'to research partners").', "Limit use of the data to the objectives of the Agreement."),
}


def _findings(code: str, tmp_path: Path):
    case = CASES[code]
    result = lint(case.build(), tmp_path, as_of=case.as_of, final=case.final)
    assert result.status == "ok"
    return case, result.findings


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_fires_with_its_foreign_code_and_data(code, tmp_path):
    case, findings = _findings(code, tmp_path)
    mine = [f for f in findings if f.rule == code]
    others = {f.rule for f in findings} - {code}
    assert len(mine) == 1, [f.text for f in findings]
    assert others <= case.also, [f.text for f in findings if f.rule in others]
    rule = PACK.rule(code)
    for f in mine:
        assert f.name == rule.name and f.severity == rule.severity
        assert {k: f.data.get(k) for k in case.data} == case.data
        assert f.message and f.fix and f.fix not in f.message  # the pack's fix, apart from its message
        if code in TEXTS:
            assert (f.message, f.fix) == TEXTS[code]


def test_missing_clause_severity_is_the_packs_per_clause(tmp_path):
    (f,) = lint(agreement(omit=("first-nations-data",)), tmp_path).findings
    assert (f.rule, f.severity, f.data) == ("DSA101", "info", {"section": "first-nations-data"})
    assert f.message == 'The Agreement has no "Indigenous data governance" clause.'


def test_empty_clause_reports_the_content_control_and_the_heading(tmp_path):
    findings = lint(CASES["DSA102"].build(), tmp_path).findings
    assert {(f.rule, f.data.get("section")) for f in findings} >= {("DSA102", "data-items")}
    (empty,) = [f for f in findings if f.rule == "DSA102"]
    assert empty.message == 'The "Data items" clause holds only filler.'
    assert empty.fix == "Complete the Data items clause."


def test_commercial_use_is_only_looked_for_in_the_rules_sections(tmp_path):
    """DSA801's ``sections``: the same sentence in the objectives clause is not its business."""
    sale = "The Bureau may sell the de-identified data extract to research partners."
    b = agreement(objectives=[*BODIES["objectives"], sale])
    assert "DSA801" not in {f.rule for f in lint(b, tmp_path).findings}


def test_forbidden_statement_negated_is_not_reported(tmp_path):
    b = agreement(data_items=[*BODIES["data-items"], "No party may sell the data extract to anyone."])
    assert lint(b, tmp_path).findings == ()


def test_each_missing_safeguard_is_named_by_its_key(tmp_path):
    for key in SAFEGUARDS:
        findings = lint(agreement(safeguards=_without_safeguard(key)), tmp_path, name=f"{key}.docx").findings
        assert [(f.rule, f.data) for f in findings] == [("DSA451", {"safeguard": key})]


def test_repealed_law_message_uses_the_catalogue(tmp_path):
    (f,) = [f for f in lint(CASES["DSA303"].build(), tmp_path).findings if f.rule == "DSA303"]
    assert f.message.startswith("The Information Privacy Act 2000 is repealed; it was replaced by the "
                                "Privacy and Data Protection Act 2014.")
    assert f.fix == "Cite the Privacy and Data Protection Act 2014 instead."


def test_marking_of_another_scheme_suggests_the_packs_nearest_level(tmp_path):
    (f,) = lint(CASES["DSA403"].build(), tmp_path).findings
    assert f.message == "IN-CONFIDENCE is not a marking of this scheme; use OFFICIAL: Sensitive."
    assert f.fix == "Apply a marking of the scheme, OFFICIAL: Sensitive or higher."


def test_renewal_limit_is_the_packs_three_years(tmp_path):
    (f,) = lint(CASES["DSA602"].build(), tmp_path).findings
    assert f.message == 'The renewal term ("5 years") exceeds 36 months.'
    assert f.fix == "Renew at least every 36 months."


def test_drafting_note_is_quoted_to_the_packs_length(tmp_path):
    note = "Drafting note: parties should tailor this clause to the extract they agree."
    (f,) = lint(agreement(data_items=[note, *BODIES["data-items"]]), tmp_path).findings
    assert f.rule == "DSA204" and f.data == {"text": note[:40]}  # quote_chars = 40 (cut mid-word)


def test_execution_requires_signature_and_date_for_sign_off(tmp_path):
    rows = [*EXECUTION[:3], ["NSW Police Force", "Daniel Kim", "Assistant Commissioner", "", ""]]
    b = agreement(execution=[("table", rows)])
    assert lint(b, tmp_path).findings == ()
    (f,) = lint(b, tmp_path, final=True).findings
    assert (f.rule, f.data) == ("DSA702", {"agency": "NSW Police Force", "missing": ["date", "signature"]})


def test_renewal_date_is_read_day_first_as_the_pack_says(tmp_path):
    """[dates] day_first: 01/07/2027 is 1 July, so on 1 March 2027 renewal is not yet due."""
    b = agreement(renewal=["This Agreement is renewed every 3 years and is next due for renewal by 01/07/2027. "
                           "Services Australia, as data custodian, initiates the renewal."])
    assert lint(b, tmp_path, as_of=date(2027, 3, 1)).findings == ()
    (f,) = lint(b, tmp_path, as_of=date(2027, 7, 2)).findings
    assert (f.rule, f.data) == ("DSA604", {"due": "2027-07-01"})


def test_marking_in_the_packs_document_property_counts(tmp_path):
    def marked(value: str) -> DocBuilder:
        b = agreement(marking=None, protective_marking=["The marking is recorded in the document properties."])
        b.custom_property("PSPF Marking", value)
        return b
    assert lint(marked(MARKING), tmp_path, name="ok.docx").findings == ()
    (f,) = lint(marked("OFFICIAL"), tmp_path, name="low.docx").findings
    assert (f.rule, f.data) == ("DSA402", {"classification": "OFFICIAL"})


def test_execution_blocks_written_as_paragraphs_use_the_packs_starters_and_labels(tmp_path):
    b = agreement(execution=[
        "Executed for and on behalf of Services Australia by:", "Name: Michael Tran",
        "Position: Deputy Chief Executive Officer", "Date: 3/3/2026",
        "Executed for and on behalf of Australian Bureau of Statistics by:", "Name: Sarah O'Connell",
        "Position: Deputy Australian Statistician", "Date: 4/3/2026",
        "Signed for NSW Police Force by:", "Name: Daniel Kim", "Position:", "Date: 5/3/2026"])
    (f,) = lint(b, tmp_path).findings
    assert (f.rule, f.data) == ("DSA702", {"agency": "NSW Police Force", "missing": ["role"]})


# ------------------------------------------------------------------------------ the file itself

def _encrypted() -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(agreement().to_bytes())).encrypt("Wombat-7", out)
    return out.getvalue()


RTF = rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} \f0 Data Sharing Agreement\par}"

# code -> (file bytes, read options, data, message, fix)
INPUT_CASES: dict[str, tuple] = {
    "DSA000": None,  # isplint's own fault: no file makes it; see the test below
    "DSA001": (b"", None, {"problem": "empty"}, "The Agreement file has nothing in it.",
               "Re-export the Agreement from the records system."),
    "DSA002": (_encrypted, None, {"problem": "encrypted-no-password"}, "The Agreement is encrypted and was not read.",
               "Supply the passphrase with --password."),
    "DSA003": (RTF, None, {"problem": "rtf"}, "The Agreement is a Rich Text file, which DSA does not read.",
               "Save the Agreement as .docx."),
}


@pytest.mark.parametrize("code", ["DSA001", "DSA002", "DSA003"])
def test_input_problem_is_reported_in_the_packs_words(code, tmp_path):
    data, read_options, expected, message, fix = INPUT_CASES[code]
    result = lint(data() if callable(data) else data, tmp_path, read_options=read_options)
    assert result.status == "error"
    (f,) = result.findings
    assert (f.rule, f.name, f.data, f.message, f.fix) == (code, PACK.rule(code).name, expected, message, fix)


def test_unreadable_problem_without_its_own_words_has_the_rules_words(tmp_path):
    (f,) = lint(b"this is not a Word document at all", tmp_path).findings
    assert (f.rule, f.data) == ("DSA001", {"problem": "unknown-format"})
    assert f.message == "DSA cannot open this Agreement file (unknown-format)."
    assert f.fix == "Obtain a fresh copy of the Agreement from the data custodian."


def test_internal_error_is_reported_in_the_packs_words(tmp_path):
    result = failed(str(tmp_path / "agreement.docx"), PACK, RuntimeError("boom"))
    (f,) = result.findings
    assert (f.rule, f.data) == ("DSA000", {"problem": "internal-error", "error": "RuntimeError"})
    assert f.message == "DSA check aborted: internal fault (RuntimeError); the Agreement is unchanged."


def test_too_large_file_is_reported_in_the_packs_words(tmp_path):
    (f,) = lint(agreement(), tmp_path, read_options=ReadOptions(max_file_mb=0.001)).findings
    assert (f.rule, f.data["problem"]) == ("DSA001", "too-large")
    assert f.message.startswith("The Agreement file is ") and f.message.endswith(" ceiling.")


def test_too_large_file_sizes_are_in_the_packs_words(tmp_path):
    (f,) = lint(agreement(), tmp_path, read_options=ReadOptions(max_file_mb=0.001)).findings
    assert _code_words(f, _pack_words("DSA001")) == set(), f.text


# ------------------------------------------------------------------------------ the command line

def run(*args: Any):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_cli_lints_with_the_foreign_pack(tmp_path):
    clean, defective = tmp_path / "clean.docx", tmp_path / "defective.docx"
    agreement().save(clean)
    agreement(omit=("safeguards",)).save(defective)
    ok = run("lint", "--rules", PACK_PATH, "--as-of", AS_OF, clean)
    assert ok.exit_code == 0, ok.output
    bad = run("lint", "--rules", PACK_PATH, "--as-of", AS_OF, "--format", "json", clean, defective)
    assert bad.exit_code == 1, bad.output
    files = {Path(f["path"]).name: f for f in json.loads(bad.output)["files"]}
    assert files["clean.docx"]["findings"] == []
    (finding,) = files["defective.docx"]["findings"]
    assert (finding["rule"], finding["name"]) == ("DSA101", "missing-clause")
    assert finding["data"] == {"section": "safeguards"}
    assert finding["message"] == 'The Agreement has no "Safeguards" clause.'
    assert finding["fix"] == TEXTS["DSA101"][1]


def test_cli_text_output_and_rule_listing_use_the_foreign_codes(tmp_path):
    path = tmp_path / "defective.docx"
    agreement(omit=("safeguards",)).save(path)
    text = run("lint", "--rules", PACK_PATH, "--as-of", AS_OF, path)
    assert text.exit_code == 1 and "DSA101 [error]" in text.output and "ISP" not in text.output
    listing = run("rules", "--rules", PACK_PATH)
    assert listing.exit_code == 0
    assert {r.code for r in PACK.rules} <= set(re.findall(r"\bDSA\d{3}\b", listing.output))
    assert "ISP" not in listing.output
    one = run("rule", "DSA451", "--rules", PACK_PATH)
    assert one.exit_code == 0 and "missing-safeguard" in one.output


def test_cli_unreadable_file_is_reported_with_the_foreign_code(tmp_path):
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    r = run("lint", "--rules", PACK_PATH, empty)
    assert r.exit_code == 1 and "DSA001" in r.output and "ISP" not in r.output


def test_cli_register_reads_the_foreign_facts(tmp_path):
    path = tmp_path / "clean.docx"
    agreement().save(path)
    r = run("register", "--rules", PACK_PATH, "--as-of", AS_OF, "--format", "json", path)
    assert r.exit_code == 0, r.output
    (row,) = json.loads(r.output)["protocols"]
    assert row["attending_agencies"] == ["Services Australia", "Australian Bureau of Statistics", "NSW Police Force"]
    assert (row["lead_agency"], row["classification"], row["review_months"], row["review_due"]) == (
        "Services Australia", MARKING, 36, "2029-03-05")
    assert row["purposes"] == 2 and row["signatories"] == 3 and row["rules"] == []


# ------------------------------------------------------------------------------ validation

def _variant(tmp_path: Path, without: tuple[str, ...] = (), rules: str = "") -> Path:
    """A pack file in tmp_path that includes the foreign pack's files (but ``without``) by absolute path,
    with the foreign code prefix and any ``rules`` of its own."""
    path = tmp_path / "variant.toml"
    head = f'include = [{_includes(without)}]\n[pack]\nname = "variant"\ncode_prefix = "DSA"\n'
    path.write_text(head.replace("@", str(FOLDER) + "/") + textwrap.dedent(rules))
    return path


FOREIGN_INCLUDES = [Path(name).stem for name in tomllib.loads(PACK_PATH.read_text(encoding="utf-8"))["include"]]


def _includes(without: tuple[str, ...] = ()) -> str:
    return ", ".join(f'"@{n}.toml"' for n in FOREIGN_INCLUDES if n not in without)


def test_the_variant_mechanism_loads_the_same_pack(tmp_path):
    pack = load_pack(_variant(tmp_path))
    assert [r.code for r in pack.rules] == [r.code for r in PACK.rules]


@pytest.mark.parametrize("typo, without, named", [
    ('[protective_markings]\nsection = "protective-marking"', (), "unknown table [protective_markings]"),
    ('[contacts]\nphonez = ["0"]', ("incidents",), "[contacts]: unknown key(s) phonez"),
    ('[contacts]\nemail = "[unclosed"', ("incidents",), "[contacts].email: bad regular expression"),
    ('[dates]\nday_first = "yes"', ("renewal",), "[dates].day_first must be true or false"),
    ('[classifications]\nsection = "protective-markings"\nlevels = [{ name = "A", pattern = "A" }]', ("marking",),
     "'protective-markings' is not a section of the pack"),
])
def test_a_typo_in_a_foreign_table_fails_to_load_naming_it(typo, without, named, tmp_path):
    path = _variant(tmp_path, without)
    path.write_text(path.read_text() + "\n" + typo + "\n")
    with pytest.raises(PackError, match=re.escape(named)):
        load_pack(path)


def test_a_rule_pointing_at_a_clause_the_pack_lacks_fails_to_load(tmp_path):
    path = _variant(tmp_path, rules=f"""
        [[rule]]
        code = "DSA901"
        name = "extra"
        kind = "empty-sections"
        severity = "info"
        summary = "x"
        message = "x"
        params = {{ sections = ["review"] }}
    """)
    with pytest.raises(PackError, match="'review' is not a section of the pack"):
        load_pack(path)


# ------------------------------------------------------------------------------ words from the pack

WORD_RE = re.compile(r"[^\W\d_]+")


def _words(*texts: str) -> set[str]:
    return {w.lower() for t in texts for w in WORD_RE.findall(t)}


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _strings(v)
    elif value is not None:
        yield str(value)


def _pack_words(code: str) -> set[str]:
    """The words a finding of the rule may take from the pack: its own templates and parameters, and the
    names the pack gives its clauses, markings, laws, agencies and safeguards."""
    rule = PACK.rule(code)
    data = PACK.data
    names = [s.name for s in PACK.sections]
    names += [m["name"] for m in (*data["classifications"]["levels"], *data["classifications"]["foreign"])]
    names += [law[k] for law in (*data["authorities"]["current"], *data["authorities"]["repealed"])
              for k in ("name", "replacement") if k in law]
    names += [a["name"] for a in data["agencies"]["known"]]
    names += [c["label"] for s in data["statements"].values() for c in s["concepts"]]
    names += [name for month in data["dates"]["months"] for name in month]
    return _words(rule.message, rule.fix, *_strings(dict(rule.params)), *names)


def _document_words(path: Path) -> set[str]:
    doc = read_document(open_package(path))
    texts = [b.text for b in (*doc.blocks, *doc.headers, *doc.footers, *doc.notes)]
    texts += [c.text for c in doc.comments] + [doc.properties.title or ""]
    return _words(*texts)


def _code_words(finding, allowed: set[str]) -> set[str]:
    """Words of the finding that neither the pack nor the document wrote (numbers are not words)."""
    return _words(finding.message, finding.fix) - allowed


# A finding's message and fix are the pack's templates filled with the document's own words and the names
# the pack gives things.  These rules' templates can only be filled with a field the check builds in
# English in Python, which a foreign pack cannot word (file:line in linter/).
CODE_WORDS = {
}


def _words_case(code: str):
    marks = [pytest.mark.xfail(strict=True, reason=CODE_WORDS[code])] if code in CODE_WORDS else []
    return pytest.param(code, marks=marks)


@pytest.mark.parametrize("code", [_words_case(c) for c in sorted(CASES)])
def test_finding_words_come_from_the_pack_or_the_document(code, tmp_path):
    case = CASES[code]
    path = tmp_path / "agreement.docx"
    built = case.build()
    path.write_bytes(built if isinstance(built, bytes) else built.to_bytes())
    result = lint_path(str(path), PACK, Options(as_of=case.as_of, final=case.final))
    allowed = _pack_words(code) | _document_words(path)
    for f in (f for f in result.findings if f.rule == code):
        assert _code_words(f, allowed) == set(), f.text


# ------------------------------------------------------------------------------ what the pack cannot say yet

@pytest.mark.parametrize("statement", [
    "Services Australia is the data custodian and keeps the master copy of this Agreement.",
    "Data custodian: Services Australia",
])
def test_data_custodian_named_outside_the_parties_clause_is_found(statement, tmp_path):
    """The pack's own lead agency wordings are tried everywhere, with no English word needed."""
    b = agreement(parties=WITHOUT_CUSTODIAN, data_items=[*BODIES["data-items"], statement])
    assert lint(b, tmp_path).findings == ()


def test_data_custodian_named_in_the_parties_clause_is_found(tmp_path):
    """The same statement inside the parties clause is read (no 'lead' needed there)."""
    b = agreement(parties=[*WITHOUT_CUSTODIAN, "Services Australia is the data custodian."])
    assert lint(b, tmp_path).findings == ()


def test_renewal_term_in_the_packs_own_words(tmp_path):
    b = agreement(renewal=["This Agreement is renewed at the end of each financial year. Services Australia, as "
                           "data custodian, initiates the renewal."])
    assert lint(b, tmp_path).findings == ()


def test_a_pack_without_input_rules_is_refused_naming_them(tmp_path):
    """A pack that could not word a file's own problems is refused, rather than reporting them in the
    default New Zealand pack's words and codes."""
    path = _variant(tmp_path, ("input",))
    with pytest.raises(PackError, match="no rule of kind input-problem named encrypted-document, internal-error, "
                                        "unreadable-document, unsupported-format"):
        load_pack(path)


def test_a_size_rule_without_its_number_words_is_refused(tmp_path):
    path = _variant(tmp_path)
    path.write_text(path.read_text().replace(str(FOLDER / "input.toml"), str(tmp_path / "input.toml")))
    text = (FOLDER / "input.toml").read_text()
    cut = text[text.index("[rule.params.numbers]"):text.index("[rule.params.problems]", text.index("[rule.params.numbers]"))]
    (tmp_path / "input.toml").write_text(text.replace(cut, ""))
    with pytest.raises(PackError, match="needs params.numbers"):
        load_pack(path)


# Kinds that read a fact from one section take the section from a pack table by default, and a rule's
# ``sections`` parameter can point each at clauses of its own (a second renewal-like clause, a second
# signatures block).  Pointed at the Safeguards clause, which states none of these facts, each reports it
# there; the same kinds left at their defaults report nothing on the clean agreement.
SECTION_KINDS = {
    "review-period": {},
    "review-owner": {},
    "signatories": {},
}
# Pointed at a clause with no blocks of their own to check, or reading a fact the whole document states (a
# marking, a lead agency: the rule's section is only where a missing one would be reported): nothing to say.
QUIET_KINDS = {
    "lead-agency": {},
    "classification": {"problem": "missing"},
    "review-period-limit": {},
    "review-due": {"words": {"stated": "{date}", "computed": "{months} {approved}"}},
    "signatory-fields": {"words": {k: k for k in ("agency", "name", "role", "signature", "date", "for_agency",
                                                  "of_person", "and")}},
    "unsigned-agencies": {},
}


def _inline(value) -> str:
    """A value as TOML inline syntax (tables without braces at the top)."""
    if isinstance(value, dict):
        return ", ".join(f"{k} = {_value(v)}" for k, v in value.items())
    raise TypeError(value)


def _value(value) -> str:
    if isinstance(value, dict):
        return "{ " + _inline(value) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return json.dumps(value)


def _second_clause_pack(tmp_path, kind, params):
    inline = _inline({**params, "sections": ["safeguards"]})
    path = _variant(tmp_path, rules=f"""
        [[rule]]
        code = "DSA901"
        name = "second-clause"
        kind = "{kind}"
        severity = "info"
        summary = "x"
        message = "{{heading}}"
        params = {{ {inline} }}
    """)
    return load_pack(path)


@pytest.mark.parametrize("kind", sorted(SECTION_KINDS))
def test_a_kind_that_reads_a_section_can_be_pointed_at_another_clause(kind, tmp_path):
    pack = _second_clause_pack(tmp_path, kind, SECTION_KINDS[kind])
    assert pack.rule("DSA901").params["sections"] == ["safeguards"]
    path = tmp_path / "clean.docx"
    agreement().save(path)
    found = lint_path(str(path), pack, Options(as_of=AS_OF)).findings
    assert [f.rule for f in found] == ["DSA901"], [f.text for f in found]
    assert found[0].location.section == "Safeguards", found[0].location


@pytest.mark.parametrize("kind", sorted(QUIET_KINDS))
def test_a_kind_pointed_at_a_clause_without_its_fact_loads_and_stays_quiet(kind, tmp_path):
    pack = _second_clause_pack(tmp_path, kind, QUIET_KINDS[kind])
    path = tmp_path / "clean.docx"
    agreement().save(path)
    assert list(lint_path(str(path), pack, Options(as_of=AS_OF)).findings) == []


def test_cli_annotate_writes_foreign_findings_as_comments(tmp_path):
    draft, out = tmp_path / "draft.docx", tmp_path / "draft-annotated.docx"
    agreement(omit=("safeguards",)).save(draft)
    r = run("annotate", "--rules", PACK_PATH, "--as-of", AS_OF, "-o", out, draft)
    assert r.exit_code == 1, r.output
    comments = read_document(open_package(out)).comments
    assert len(comments) == 1 and "DSA101" in comments[0].text and "Safeguards" in comments[0].text
