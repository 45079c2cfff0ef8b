"""Dates and periods as people write them in English documents.

Plain functions, no document state: :func:`find_dates` finds calendar dates
("3 March 2026", "3rd of March, 2026", "March 3, 2026", "03/03/2026",
"3.3.26", "2026-03-03", "March 2026") and :func:`find_periods` finds lengths
of time and frequencies ("every 12 months", "twelve (12) months",
"two years", "annually", "biennially", "six-monthly", "12-monthly").

Whether "03/04/2026" is 3 April or 4 March is a convention of the pack
(``[dates] day_first``), passed in by the caller.  Number words and month
names are English, not any one template's, so they live here.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ..vocab import Bool, Field, Table, declare

DATES = declare(Table("dates", "How the pack's country writes dates.", {
    "day_first": Field(Bool, "Numeric dates put the day first (03/04/2026 is 3 April).", True),
}))

MONTHS = {
    name: n
    for n in range(1, 13)
    for name in (calendar.month_name[n].lower(), calendar.month_abbr[n].lower())
}
MONTHS["sept"] = 9

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-four": 24, "twenty four": 24, "thirty": 30, "thirty-six": 36, "thirty six": 36,
    "forty-eight": 48, "forty eight": 48, "sixty": 60, "a": 1, "an": 1, "one and a half": 1.5,
}
# Frequencies written as one word, in months.
FREQUENCY_WORDS = {
    "monthly": 1, "bi-monthly": 2, "bimonthly": 2, "quarterly": 3, "half-yearly": 6,
    "half yearly": 6, "six-monthly": 6, "six monthly": 6, "biannually": 6, "semi-annually": 6,
    "annually": 12, "yearly": 12, "annual": 12, "biennially": 24, "biennial": 24,
    "triennially": 36, "triennial": 36,
}
UNIT_MONTHS = {"month": 1, "year": 12, "week": 12 / 52, "day": 12 / 365}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_SPELLED = [
    re.compile(rf"(?<![\w/.-]){_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}(?!\d)", re.I),  # 3 March 2026
    re.compile(rf"(?<![\w/.-]){_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.I),  # March 3, 2026
]
_MONTH_YEAR = re.compile(rf"(?<![\w/.-]){_MONTH},?\s+{_YEAR}(?!\d)", re.I)  # March 2026
_NUMERIC_MONTH_YEAR = re.compile(r"(?<![\w/.-])(?P<month>0?[1-9]|1[0-2])[/.-](?P<year>(?:19|20)\d{2})(?![\w/-]|\.\d)")  # 03/2027
_ISO = re.compile(r"(?<![\w/.-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?![\w/-])")
_NUMERIC = re.compile(r"(?<![\w/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[01]?\d)(?P=sep)(?P<year>(?:19|20)?\d{2})(?![\w/-]|\.\d)")

_NUMBER = (
    r"(?P<num>\d{1,3}(?:\.\d)?|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    + r")(?:\s*\(\s*(?P<digits>\d{1,3})\s*\))?"
)
# Units as written, abbreviations included ("12 mths", "2 yrs", "12 mthly").
UNITS = {"month": "month", "mth": "month", "mo": "month", "year": "year", "yr": "year", "week": "week",
         "wk": "week", "day": "day"}
_UNIT = r"(?P<unit>" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")"
_PERIOD = re.compile(
    rf"(?<![\w-]){_NUMBER}[\s-]+{_UNIT}s?(?:ly)?(?!\w)", re.I
)
_EVERY_UNIT = re.compile(r"(?<![\w-])(?:every|each|once a|once every|per)\s+(?P<unit>month|year)(?!\w)", re.I)
_NUMBERED_FREQUENCY = re.compile(r"(?<![\w-])(?P<num>\d{1,2})[\s-]?m(?:on)?thly(?!\w)", re.I)
_FREQUENCY = re.compile(
    r"(?<![\w-])(?P<word>" + "|".join(sorted((re.escape(w) for w in FREQUENCY_WORDS), key=len, reverse=True))
    + r")(?!\w)", re.I
)


@dataclass(frozen=True)
class DateMention:
    value: date
    text: str  # as written
    start: int
    end: int
    day_known: bool = True  # False for "March 2026" (value is the last day of that month)


@dataclass(frozen=True)
class Period:
    months: int  # rounded to whole months (weeks and days are rounded up)
    text: str
    start: int
    end: int


def _make(year: int, month: int, day: int | None) -> date | None:
    if year < 100:
        year += 2000
    try:
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day)
    except (ValueError, calendar.IllegalMonthError):
        return None


def find_dates(text: str, day_first: bool = True, month_year: bool = True) -> list[DateMention]:
    """Every date written in the text, in order.  ``month_year`` also finds "March 2026"."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, value: date | None, day_known: bool = True) -> None:
        if value is None or any(m.start() < e and s < m.end() for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        found.append(DateMention(value, m.group(0), m.start(), m.end(), day_known))

    for rx in _SPELLED:
        for m in rx.finditer(text):
            add(m, _make(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"])))
    for m in _ISO.finditer(text):
        add(m, _make(int(m["year"]), int(m["month"]), int(m["day"])))
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if day_first else (b, a)
        add(m, _make(int(m["year"]), month, day))
    if month_year:
        for m in _MONTH_YEAR.finditer(text):
            add(m, _make(int(m["year"]), MONTHS[m["month"].lower()], None), day_known=False)
        for m in _NUMERIC_MONTH_YEAR.finditer(text):
            add(m, _make(int(m["year"]), int(m["month"]), None), day_known=False)
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str, day_first: bool = True) -> date | None:
    """The first full date in the text, or None."""
    for d in find_dates(text, day_first, month_year=False):
        return d.value
    return None


def _number(m: re.Match) -> float | None:
    if m.groupdict().get("digits"):
        return float(m["digits"])  # "twelve (12)": the figure wins
    raw = m["num"].lower()
    if raw in NUMBER_WORDS:
        return float(NUMBER_WORDS[raw])
    try:
        return float(raw)
    except ValueError:
        return None


def find_periods(text: str) -> list[Period]:
    """Every length of time or frequency in the text, in order, in months."""
    found: list[Period] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, months: float | None) -> None:
        if months is None or months <= 0 or any(m.start() < e and s < m.end() for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        whole = int(months) if months == int(months) else int(months) + 1
        found.append(Period(whole, m.group(0), m.start(), m.end()))

    for m in _NUMBERED_FREQUENCY.finditer(text):
        add(m, float(m["num"]))
    for m in _PERIOD.finditer(text):
        n = _number(m)
        add(m, None if n is None else n * UNIT_MONTHS[UNITS[m["unit"].lower()]])
    for m in _EVERY_UNIT.finditer(text):
        add(m, UNIT_MONTHS[m["unit"].lower()])
    for m in _FREQUENCY.finditer(text):
        add(m, FREQUENCY_WORDS[m["word"].lower()])
    return sorted(found, key=lambda p: p.start)


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
