"""Reading purposes, citations and the purpose-authority mapping (linter.facts.authorities)."""

from __future__ import annotations

import pytest

from linter.docx_reader import read_document
from linter.facts import Facts
from linter.facts.authorities import purpose_authorities, repealed_mentions
from linter.facts.law import AuthorityCatalogue
from linter.facts.statements import PhraseRule, Sentence, clause_bounds, shorten
from linter.loader import open_package
from linter.model import Block
from linter.pack import load_pack
from tests.protocols import LAYOUTS, build_protocol

PACK = load_pack()
CAT = AuthorityCatalogue(PACK)


def cites(text):
    return [(c.act, c.provision, c.known, c.repealed_by) for c in CAT.citations_in(text)]


@pytest.mark.parametrize("text,act,provision", [
    ("Privacy Act 2020, s 22, IPP 11(1)(e)", "Privacy Act 2020", "s 22, IPP 11(1)(e)"),
    ("IPP 11(1)(e)", "Privacy Act 2020", "IPP 11(1)(e)"),
    ("IPP11", "Privacy Act 2020", "IPP11"),
    ("principle 11(1)(f)", "Privacy Act 2020", "principle 11(1)(f)"),
    ("section 66C of the Oranga Tamariki Act 1989", "Oranga Tamariki Act 1989", "section 66C"),
    ("s66C OT Act", "Oranga Tamariki Act 1989", "s66C"),
    ("OT Act s. 66C", "Oranga Tamariki Act 1989", "s. 66C"),
    ("Oranga Tamariki Act 1989, s 65A", "Oranga Tamariki Act 1989", "s 65A"),
    ("FVA s 20", "Family Violence Act 2018", "s 20"),
    ("Family Violence Act 2018, ss 19–22", "Family Violence Act 2018", "ss 19–22"),
    ("Family Violence Act 2018, sections 20 to 22", "Family Violence Act 2018", "sections 20 to 22"),
    ("HIPC rule 11", "Health Information Privacy Code 2020", "rule 11"),
    ("Health Information Privacy Code 2020, rule 11(2)(d)", "Health Information Privacy Code 2020", "rule 11(2)(d)"),
    ("Criminal Procedure Act 2011, s 147", "Criminal Procedure Act 2011", "s 147"),
    ("Corrections Act 2004, s 182A", "Corrections Act 2004", "s 182A"),
    ("Education and Training Act 2020, Part 2", "Education and Training Act 2020", "Part 2"),
    ("Children’s Act 2014, s 15", "Children's Act 2014", "s 15"),
    ("Kainga Ora–Homes and Communities Act 2019", "Kāinga Ora–Homes and Communities Act 2019", None),
    ("The Family Violence Act applies.", "Family Violence Act 2018", None),
    ("Consent", "Privacy Act 2020", "Consent"),
])
def test_current_law_citations(text, act, provision):
    assert cites(text) == [(act, provision, True, None)]


def test_several_citations_in_one_cell():
    got = cites("Family Violence Act 2018, s 20; Oranga Tamariki Act 1989, s 66C (where a child is involved)")
    assert got == [("Family Violence Act 2018", "s 20", True, None), ("Oranga Tamariki Act 1989", "s 66C", True, None)]


def test_a_provision_on_its_own_belongs_to_the_law_before_it():
    assert cites("Oranga Tamariki Act 1989, s 66C; s 66") == [
        ("Oranga Tamariki Act 1989", "s 66C", True, None), ("Oranga Tamariki Act 1989", "s 66", True, None)]


@pytest.mark.parametrize("text,act,replacement", [
    ("Privacy Act 1993, s 6, principle 11(e)", "Privacy Act 1993", "Privacy Act 2020"),
    ("Health Information Privacy Code 1994, rule 11", "Health Information Privacy Code 1994",
     "Health Information Privacy Code 2020"),
    ("Domestic Violence Act 1995", "Domestic Violence Act 1995", "Family Violence Act 2018"),
    ("CYPF Act s 66", "Children, Young Persons, and Their Families Act 1989", "Oranga Tamariki Act 1989"),
    ("CYP&F Act", "Children, Young Persons, and Their Families Act 1989", "Oranga Tamariki Act 1989"),
    ("Children, Young Persons and Their Families Act 1989", "Children, Young Persons, and Their Families Act 1989",
     "Oranga Tamariki Act 1989"),
])
def test_repealed_law_citations(text, act, replacement):
    (c,) = CAT.citations_in(text)
    assert (c.act, c.known, c.repealed_by) == (act, True, replacement)


def test_privacy_act_without_a_year_is_not_the_1993_act():
    assert cites("Privacy Act 1993") == [("Privacy Act 1993", None, True, "Privacy Act 2020")]
    assert cites("the Privacy Act, IPP 11") == [("Privacy Act 2020", "IPP 11", True, None)]


@pytest.mark.parametrize("text,name", [
    ("Social Sector Information Sharing Act 2019, s 12", "Social Sector Information Sharing Act 2019"),
    ("Under the Whanau Safety Act 2015 agencies may share.", "Whanau Safety Act 2015"),
    ("In Te Ture Whenua Maori Act 1993, s 2", "Te Ture Whenua Maori Act 1993"),
])
def test_laws_the_catalogue_does_not_know(text, name):
    (c,) = CAT.citations_in(text)
    assert (c.act, c.known) == (name, False)


@pytest.mark.parametrize("text", ["common law", "our agency's policy", "the agency's 2 staff", "Act now, 2020 is here"])
def test_no_citation(text):
    assert cites(text) == []


def test_citation_text_is_as_written():
    (c,) = CAT.citations_in("Relying on  s. 66C of the OT Act.")
    assert c.text == "s. 66C of the OT Act"


# -- on documents -------------------------------------------------------------------

def facts_of(b, tmp_path):
    path = tmp_path / "p.docx"
    b.save(path)
    return Facts(read_document(open_package(path)), PACK)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_complete_protocol_purposes_and_mappings(tmp_path, layout):
    pa = facts_of(build_protocol(layout), tmp_path).get(purpose_authorities)
    assert [p.text for p in pa.purposes] == [
        "To assess the risk of family violence to victims and their children.",
        "To agree a safety plan and the supports each agency will provide to the family.",
    ]
    acts = [sorted({c.act for a in pa.authorities_of(p) for c in a.citations}) for p in pa.purposes]
    assert acts == [["Family Violence Act 2018"], ["Oranga Tamariki Act 1989", "Privacy Act 2020"]]
    assert {m.how for m in pa.mappings} == {"table row"}
    assert pa.unmapped == ()


def test_intro_line_is_not_a_purpose_and_sub_items_belong_to_their_purpose(tmp_path):
    body = ["Information is shared for the following purposes:",
            ("numbers", ["To assess risk.", "To plan safety."]),
            "These purposes are reviewed with the protocol."]
    b = build_protocol("styles", replace={"sharing-purpose": ("Purpose of sharing", body)})
    pa = facts_of(b, tmp_path).get(purpose_authorities)
    assert [(p.text, p.label) for p in pa.purposes] == [("To assess risk.", ("1", "a")), ("To plan safety.", ("2", "b"))]


def test_repealed_mentions_skip_history(tmp_path):
    body = ["The Privacy Act 2020 replaced the Privacy Act 1993.", "We still rely on the Privacy Act 1993, s 6."]
    b = build_protocol("styles", replace={"use-of-information": ("Use of information", body)})
    got = facts_of(b, tmp_path).get(repealed_mentions)
    assert [(m.citation.act, m.sentence) for m in got] == [("Privacy Act 1993", body[1])]


# -- phrase rules -------------------------------------------------------------------------

def sentence(text):
    return Sentence(Block(index=1, part="document", text=text), text)


def test_negation_before_the_match_in_the_same_clause_turns_it_round():
    rule = PhraseRule((r"\bjust in case\b",), (r"\bnot\b",))
    assert rule.match(sentence("Agencies must not keep notes just in case.")) is None
    m = rule.match(sentence("Nothing is deleted, so agencies keep notes just in case."))
    assert m.clause == "so agencies keep notes just in case."


def test_negation_after_the_match_does_not_count():
    rule = PhraseRule((r"\bprotocol authorises\b",), (r"\bnot\b",))
    assert rule.match(sentence("This protocol authorises sharing that is not otherwise allowed.")) is not None


def test_exceptions_and_requirements():
    rule = PhraseRule((r"\bjust in case\b",), exceptions=(r"not a good reason",), requires=(r"\bkeep\b",))
    assert rule.match(sentence("'Just in case' is not a good reason.")) is None
    assert rule.match(sentence("Bring an umbrella just in case.")) is None
    assert rule.match(sentence("We keep it just in case.")) is not None


def test_invalid_pattern_is_a_problem():
    assert "not a valid regular expression" in PhraseRule(("(",)).problems()


def test_clause_bounds_and_shorten():
    text = "First part, second part here; third"
    assert text[slice(*clause_bounds(text, 12, 18))] == "second part here"
    assert shorten("word " * 30) == ("word " * 16).strip()
    assert shorten("Short sentence.") == "Short sentence"
