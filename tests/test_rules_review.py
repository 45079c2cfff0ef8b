"""Review terms: ISP601 period, ISP602 period too long, ISP603 owner, ISP604 overdue."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest

from linter.checks import get_kind
from linter.docx_reader import read_document
from linter.engine import check_document
from linter.facts import Facts, Options
from linter.errors import PackError
from linter.facts.dates import Calendar, calendar_of
from linter.loader import open_package
from linter.pack import default_pack_path, load_pack
from tests.protocols import LAYOUTS, SIGNATORIES, build_protocol

PACK = load_pack()
CALENDAR = calendar_of(PACK)  # English dates (rules/common/english-dates.toml), day first
find_dates, find_periods = CALENDAR.find_dates, CALENDAR.find_periods
REVIEW_RULES = ("ISP601", "ISP602", "ISP603", "ISP604")
AS_OF = date(2026, 11, 24)
OWNER = "New Zealand Police is responsible for initiating the review."


def model(b, tmp_path):
    path = tmp_path / "p.docx"
    b.save(path)
    return read_document(open_package(path))


def lint(b, tmp_path, codes=REVIEW_RULES, as_of=AS_OF):
    return [f for f in check_document(model(b, tmp_path), PACK, Options(as_of=as_of)) if f.rule in codes]


def review(*items, layout="styles", heading="Review", **kw):
    return build_protocol(layout, replace={"review": (heading, list(items))}, **kw)


def signed(dates):
    rows = [SIGNATORIES[0]] + [r[:4] + [d] for r, d in zip(SIGNATORIES[1:], dates)]
    return ("Approval", ["Signed for and on behalf of each attending agency:", ("table", rows)])


@pytest.mark.parametrize("layout", LAYOUTS)
def test_complete_protocol_is_clean(tmp_path, layout):
    assert lint(build_protocol(layout), tmp_path) == []


# -- dates and periods ------------------------------------------------------------------
@pytest.mark.parametrize("text,months", [
    ("every 12 months", 12), ("twelve (12) months", 12), ("annually", 12), ("two years after signing", 24),
    ("biennially", 24), ("six-monthly", 6), ("every three years", 36), ("18-monthly", 18), ("once a year", 12),
])
def test_periods(text, months):
    assert [p.months for p in find_periods(text)] == [months]


@pytest.mark.parametrize("text,value", [
    ("3 March 2026", date(2026, 3, 3)), ("03/03/2026", date(2026, 3, 3)), ("04/03/2026", date(2026, 3, 4)),
    ("2026-03-03", date(2026, 3, 3)), ("3rd of March, 2026", date(2026, 3, 3)), ("March 3, 2026", date(2026, 3, 3)),
    ("May 2028", date(2028, 5, 31)),
])
def test_dates_are_read_day_first(text, value):
    assert [d.value for d in find_dates(text)] == [value]


@pytest.mark.parametrize("text", ["IPP 11(1)(f)", "ss 20–22", "version 1.2", "31/02/2026"])
def test_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text", ["every day", "each week"])
def test_a_frequency_shorter_than_a_month_is_not_a_review_period(text):
    assert find_periods(text) == []


def _pack_copy(tmp_path, edit) -> Path:
    """A copy of the shipped rules with ``edit(folder)`` applied, and the path of its default pack."""
    shutil.copytree(default_pack_path().parent, tmp_path / "rules")
    edit(tmp_path / "rules")
    return tmp_path / "rules" / default_pack_path().name


def test_a_pack_without_month_names_reads_only_digits_and_writes_iso(tmp_path):
    def drop_english(folder):
        main = folder / default_pack_path().name
        main.write_text(main.read_text(encoding="utf-8").replace('  "common/english-dates.toml",\n', ""),
                        encoding="utf-8")
    bare = Calendar(load_pack(_pack_copy(tmp_path, drop_english)))
    assert [d.value for d in bare.find_dates("3 March 2026, 2026-03-04 or 05/03/2026")] == [
        date(2026, 3, 4), date(2026, 3, 5)]
    assert bare.find_periods("every 12 months") == []
    assert bare.write(date(2026, 3, 5)) == "2026-03-05"
    assert CALENDAR.write(date(2026, 3, 5)) == "5 March 2026"


def test_twelve_month_names_or_none(tmp_path):
    def two_months(folder):
        path = folder / "common" / "english-dates.toml"
        text = path.read_text(encoding="utf-8")
        start, end = text.index("months = ["), text.index("]\n", text.index('["December"')) + 2
        path.write_text(text[:start] + 'months = [["Jan"], ["Feb"]]\n' + text[end:], encoding="utf-8")
    with pytest.raises(PackError, match=r"\[dates\]\.months must list the twelve months \(got 2\)"):
        load_pack(_pack_copy(tmp_path, two_months))


# -- ISP601 missing-review-period -------------------------------------------------------
@pytest.mark.parametrize("layout", LAYOUTS)
def test_no_review_period_is_an_error_at_the_review_heading(tmp_path, layout):
    b = review("This protocol will be reviewed as required. " + OWNER, layout=layout)
    got = lint(b, tmp_path)
    assert [(f.rule, dict(f.data), f.severity) for f in got] == [("ISP601", {}, "error")]
    assert got[0].location.section.casefold().endswith("Review".casefold())


def test_other_periods_are_not_the_review_period(tmp_path):
    b = review(
        "This protocol will be reviewed from time to time. " + OWNER,
        "Relationship managers meet six-monthly to check the protocol is working as intended.",
        "Information is deleted after 6 months.",
        "Any attending agency may ask for a review at any time, and that review is completed within 3 months.",
    )
    assert [f.rule for f in lint(b, tmp_path)] == ["ISP601"]


@pytest.mark.parametrize("sentence", [
    "This protocol will be reviewed every 12 months.",
    "This protocol will be reviewed twelve (12) months after it is signed.",
    "The attending agencies review this protocol annually.",
    "The protocol will be reviewed two years after signing.",
    "The protocol is reviewed biennially.",
    "The protocol will be reviewed by 30 June 2027.",
    "This protocol is reviewed every 12 months, and any attending agency may request a review at any time.",
])
def test_review_period_wordings(tmp_path, sentence):
    assert lint(review(sentence + " " + OWNER), tmp_path) == []


def test_review_period_in_a_dropdown(tmp_path):
    b = build_protocol("styles", omit=("review", "approval"))
    b.heading("Review", 1)
    p = b.para("This protocol will be reviewed every ")
    b.dropdown(["6 months", "12 months", "24 months"], selected="24 months", paragraph=p, tag="ReviewPeriod")
    p.add_run(" from the date of the last signature. The review will be initiated by ")
    b.text_control("New Zealand Police", paragraph=p)
    b.heading("Approval", 1)
    b.table(SIGNATORIES)
    assert lint(b, tmp_path) == []


def test_review_terms_in_a_label_table(tmp_path):
    b = build_protocol("styles", omit=("review", "approval"))
    b.heading("Review", 1)
    b.table([["Review period", "12 months"], ["Review owner", "Oranga Tamariki"]], header=False)
    b.heading("Approval", 1)
    b.table(SIGNATORIES)
    assert lint(b, tmp_path) == []


def test_review_period_as_a_form_row(tmp_path):
    b = build_protocol("form-table", replace={"review": ("Review period", ["Every two years from signing."])})
    got = lint(b, tmp_path)
    assert [f.rule for f in got] == ["ISP603"]  # the period is there; the owner is not


def test_unfilled_review_dropdown_has_no_period(tmp_path):
    b = build_protocol("styles", omit=("review", "approval"))
    b.heading("Review", 1)
    p = b.para("This protocol will be reviewed every ")
    b.dropdown(["6 months", "12 months", "24 months"], paragraph=p)
    p.add_run(" from the date of the last signature. " + OWNER)
    b.heading("Approval", 1)
    b.table(SIGNATORIES)
    assert [f.rule for f in lint(b, tmp_path)] == ["ISP601"]


def test_no_review_section_is_left_to_isp101(tmp_path):
    assert lint(build_protocol("styles", omit=("review",)), tmp_path) == []


# -- ISP602 review-period-too-long --------------------------------------------------------
@pytest.mark.parametrize("sentence,months", [
    ("This protocol will be reviewed every 36 months.", 36),
    ("This protocol will be reviewed every three years.", 36),
    ("The protocol is reviewed triennially.", 36),
])
def test_review_period_longer_than_24_months(tmp_path, sentence, months):
    b = review(sentence + " " + OWNER, layout="numbered-bold")
    (f,) = lint(b, tmp_path)
    assert (f.rule, dict(f.data), f.severity) == ("ISP602", {"months": months}, "warning")
    assert f.location.section == "16. Review" and f.location.paragraph


@pytest.mark.parametrize("sentence", [
    "This protocol will be reviewed every 24 months.", "The protocol is reviewed biennially.",
    "This protocol will be reviewed every 18 months.",
])
def test_review_period_within_the_limit(tmp_path, sentence):
    assert lint(review(sentence + " " + OWNER), tmp_path) == []


def test_max_months_is_a_rule_parameter(tmp_path):
    facts = Facts(model(build_protocol("styles"), tmp_path), PACK, Options(as_of=AS_OF))
    rule = PACK.rule("ISP602")
    strict = dataclasses.replace(rule, params={**rule.params, "max_months": 12})
    (f,) = get_kind(rule.kind).check(facts, strict)
    assert dict(f.data) == {"months": 24} and "12 months" in f.message


# -- ISP603 missing-review-owner ------------------------------------------------------------
@pytest.mark.parametrize("layout", LAYOUTS)
def test_no_review_owner(tmp_path, layout):
    b = review("This protocol will be reviewed every 24 months from the date it is signed. "
               "Any attending agency may ask for a review at any time.", layout=layout)
    got = lint(b, tmp_path)
    assert [(f.rule, dict(f.data), f.severity) for f in got] == [("ISP603", {}, "warning")]
    assert got[0].location.section.casefold().endswith("Review".casefold())


@pytest.mark.parametrize("sentence", [
    "New Zealand Police is responsible for initiating the review.",
    "NZ Police will initiate the review.",
    "The review will be initiated by Police, as lead attending agency.",
    "The lead agency will initiate the review.",  # the lead is named in the attending agencies section
    "The Ministry of Social Development, as lead agency, is responsible for starting it.",  # "it": the review
])
def test_review_owner_wordings(tmp_path, sentence):
    assert lint(review("This protocol is reviewed every 24 months. " + sentence), tmp_path) == []


def test_a_sentence_about_something_else_is_no_owner(tmp_path):
    got = lint(review("This protocol is reviewed every 24 months. New Zealand Police chairs every meeting and "
                      "runs it."), tmp_path)
    assert [f.rule for f in got] == ["ISP603"]


def test_lead_agency_as_owner_needs_a_named_lead(tmp_path):
    agencies = ("Attending agencies", [("bullets", ["New Zealand Police", "Oranga Tamariki", "Kāinga Ora"])])
    b = build_protocol("styles", replace={
        "attending-agencies": agencies,
        "review": ("Review", ["This protocol is reviewed every 24 months. The lead agency will initiate the review."]),
    })
    assert [f.rule for f in lint(b, tmp_path)] == ["ISP603"]


def test_review_owner_in_a_form_row(tmp_path):
    b = build_protocol("form-table", omit=("approval",), replace={
        "review": ("Review owner", ["Oranga Tamariki"]),
    })
    b.form_table([("Review period", "Every 12 months"), ("Approval", "Signed by all agencies.")])
    assert [f.rule for f in lint(b, tmp_path)] == []


def test_attending_agency_outside_the_catalogue_can_own_the_review(tmp_path):
    agencies = ("Attending agencies", [
        "Lifewise is the lead attending agency.", ("bullets", ["Lifewise", "New Zealand Police"])])
    b = build_protocol("styles", replace={
        "attending-agencies": agencies,
        "review": ("Review", ["This protocol is reviewed every 12 months. Lifewise will initiate the review."]),
    })
    assert lint(b, tmp_path) == []


@pytest.mark.parametrize("sentence, owned", [
    ("The Council will review this protocol every two years.", True),  # the one listed council
    ("Te Rerenga District Council will review this protocol every two years.", True),
    ("The Ministry will review this protocol every two years.", False),  # two ministries: which?
    ("The protocol will be reviewed every two years.", False),
])
def test_the_agency_that_reviews_it_owns_the_review(tmp_path, sentence, owned):
    agencies = ("Attending agencies", [("bullets", [
        "Te Rerenga District Council", "New Zealand Police", "Ministry of Social Development",
        "Ministry of Education"])])
    b = build_protocol("styles", replace={"attending-agencies": agencies, "review": ("Review", [sentence])})
    assert [f.rule for f in lint(b, tmp_path)] == ([] if owned else ["ISP603"])


# -- ISP604 review-overdue --------------------------------------------------------------------
def test_overdue_from_signature_dates_and_period(tmp_path):
    b = build_protocol("styles", replace={
        "review": ("Review", ["This protocol will be reviewed every 12 months. " + OWNER]),
        "approval": signed(["28 October 2024", "4 November 2024", "1/11/2024", "2024-10-30", "29 October 2024"]),
    })
    (f,) = lint(b, tmp_path)
    assert (f.rule, dict(f.data), f.severity) == ("ISP604", {"due": "2025-11-04"}, "warning")
    assert f.location.section == "Review"
    assert "4 November 2025" in f.message


def test_numeric_signature_dates_are_day_first(tmp_path):
    b = build_protocol("styles", replace={
        "review": ("Review", ["This protocol will be reviewed every 12 months. " + OWNER]),
        "approval": signed(["03/11/2024", "04/11/2024", "01/11/2024", "02/11/2024", "01/11/2024"]),
    })
    (f,) = lint(b, tmp_path)
    assert dict(f.data) == {"due": "2025-11-04"}


def test_overdue_from_a_stated_next_review_date(tmp_path):
    b = review("This protocol will be reviewed by 30 June 2026. " + OWNER)
    (f,) = lint(b, tmp_path)
    assert dict(f.data) == {"due": "2026-06-30"}
    assert lint(b, tmp_path, as_of=date(2026, 6, 30)) == []


def test_not_overdue_before_the_due_date(tmp_path):
    b = build_protocol("styles")  # signed March 2026, every 24 months: due March 2028
    assert lint(b, tmp_path, as_of=date(2028, 3, 8)) == []
    (f,) = lint(b, tmp_path, as_of=date(2028, 3, 10))
    assert dict(f.data) == {"due": "2028-03-09"}


def test_approval_date_from_a_date_control(tmp_path):
    b = build_protocol("styles", omit=("approval",),
                       replace={"review": ("Review", ["This protocol is reviewed annually. " + OWNER])})
    b.heading("Approval", 1)
    t = b.table([SIGNATORIES[0]] + [r[:4] + [""] for r in SIGNATORIES[1:]])
    for i in range(1, len(SIGNATORIES)):
        b.date_control(date(2025, 2, i), paragraph=t.cell(i, 4).paragraphs[0])
    (f,) = lint(b, tmp_path)
    assert dict(f.data) == {"due": "2026-02-05"}


@pytest.mark.parametrize("statement", ["Effective date: 1 July 2023.", "THIS DEED is made on 1 July 2023"])
def test_approval_date_from_an_effective_date_statement(tmp_path, statement):
    b = build_protocol("styles", replace={
        "review": ("Review", ["This protocol is reviewed every 24 months. " + OWNER]),
        "approval": ("Approval", [statement, "Approved by the governance group."]),
    })
    (f,) = lint(b, tmp_path, codes=("ISP604",))
    assert dict(f.data) == {"due": "2025-07-01"}


def test_no_date_known_no_overdue_finding(tmp_path):
    b = build_protocol("styles", replace={
        "review": ("Review", ["This protocol is reviewed every 12 months. " + OWNER]),
        "approval": signed(["", "", "", "", ""]),  # signature dates left blank
    })
    assert lint(b, tmp_path, as_of=date(2040, 1, 1)) == []


def test_last_reviewed_date_is_not_the_next_review(tmp_path):
    b = review("This protocol was last reviewed on 1 March 2020. It is reviewed every 24 months. " + OWNER)
    assert lint(b, tmp_path) == []


def test_the_answer_to_a_question_about_the_review_is_about_the_review(tmp_path):
    b = build_protocol("styles", replace={"review": ("When is the protocol reviewed?", [
        "Every 24 months. The Ministry of Social Development starts the review."])})
    assert lint(b, tmp_path) == []
    b = build_protocol("styles", replace={"review": ("Review", [
        "Every 24 months. The Ministry of Social Development starts the review."])})
    assert lint(b, tmp_path) == []  # a bare value opening the review section
    b = build_protocol("styles", replace={"review": ("Review", [
        "The relationship managers meet every six months to discuss how the meeting is going. "
        "The Ministry of Social Development starts the review."])})
    assert [f.rule for f in lint(b, tmp_path)] == ["ISP601"]  # a sentence about something else is no period


def test_short_notes_under_the_review_heading_are_the_review_terms(tmp_path):
    b = review(("bullets", ["Biennially (every two years)", "Oranga Tamariki initiates", "Next review by June 2027"]))
    assert lint(b, tmp_path) == []
    b = review(("bullets", ["Information is deleted after 6 months", "Oranga Tamariki initiates"]))
    assert [f.rule for f in lint(b, tmp_path)] == ["ISP601"]  # a sentence about something else
