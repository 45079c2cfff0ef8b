"""Dates and periods as a pack's language writes them.

:class:`Calendar` (one per pack, from its ``[dates]`` table) finds calendar
dates ("3 March 2026", "3rd of March, 2026", "March 3, 2026", "03/03/2026",
"3.3.26", "2026-03-03", "March 2026") and lengths of time and frequencies
("every 12 months", "twelve (12) months", "two years", "annually",
"six-monthly", "12-monthly"), and writes a date the way the pack's messages
do.  The month names, number words, units and frequency words are the
pack's (rules/common/english-dates.toml for English); only digits, ISO dates
and numeric dates are read without them.  Whether "03/04/2026" is 3 April or
4 March is the pack's ``day_first``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ..errors import PackError
from ..vocab import Bool, Field, Float, List, Map, Str, Table, declare


class _Months(List):
    """Twelve lists of names, or none."""

    def check(self, value, where, ctx):
        super().check(value, where, ctx)
        if value and len(value) != 12:
            raise PackError(f"{where} must list the twelve months (got {len(value)})")
        if any(not names for names in value):
            raise PackError(f"{where}: each month needs at least one name")



DATES = declare(Table("dates", "How the pack's language and country write dates and periods.", {
    "day_first": Field(Bool, "Numeric dates put the day first (03/04/2026 is 3 April).", True),
    "months": Field(_Months(List(Str)), "The twelve months, January first, each a list of the ways it is "
                                     "written (the first is used when a message writes a date).", []),
    "ordinals": Field(List(Str), "Endings a day number may take ('3rd').", []),
    "day_of": Field(List(Str), "Words between a day and its month ('3rd of March').", []),
    "numbers": Field(Map(Float), "Number words and what they count ('twelve' = 12, 'a' = 1).", {}),
    "units": Field(Map(Float), "Units of time and their length in months, abbreviations too "
                                    "('year' = 12, 'mth' = 1, 'week' = 0.23).", {}),
    "unit_endings": Field(List(Str), "Endings a unit may take ('months', 'monthly').", []),
    "every": Field(List(Str), "Words before a unit that make it a frequency ('every year', 'once a month').", []),
    "frequencies": Field(Map(Float), "Frequencies written as one word, in months ('annually' = 12).", {}),
    "written": Field(Str, "How a message writes a date: {day}, {month} (the month's first name), {year}; "
                          "with no months given, ISO (2026-03-05).", "{day} {month} {year}"),
}))


def _alternatives(words) -> str:
    """A regex alternation of literal words, longest first (so 'sept' wins over 'sep')."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


class Calendar:
    """The pack's ways of writing dates and periods, compiled once per pack."""

    def __init__(self, pack):
        cfg = DATES.read(pack)
        self.day_first: bool = cfg["day_first"]
        self.month_names = [list(names) for names in cfg["months"]]
        self.months = {name.lower(): n for n, names in enumerate(self.month_names, 1) for name in names}
        self.numbers = {k.lower(): float(v) for k, v in cfg["numbers"].items()}
        self.units = {k.lower(): float(v) for k, v in cfg["units"].items()}
        self.frequencies = {k.lower(): float(v) for k, v in cfg["frequencies"].items()}
        self.written = cfg["written"]
        day = r"(?P<day>[0-3]?\d)" + (rf"(?:{_alternatives(cfg['ordinals'])})?" if cfg["ordinals"] else "")
        year = r"(?P<year>(?:19|20)\d{2})"
        self.spelled: list[re.Pattern] = []
        self.month_year = None
        if self.months:
            month = rf"(?P<month>{_alternatives(self.months)})\.?"
            of = rf"(?:\s+(?:{_alternatives(cfg['day_of'])}))?" if cfg["day_of"] else ""
            self.spelled = [
                re.compile(rf"(?<![\w/.-]){day}{of}\s+{month},?\s+{year}(?!\d)", re.I),  # 3 March 2026
                re.compile(rf"(?<![\w/.-]){month}\s+{day},?\s+{year}(?!\d)", re.I),  # March 3, 2026
            ]
            self.month_year = re.compile(rf"(?<![\w/.-]){month},?\s+{year}(?!\d)", re.I)  # March 2026
        number = r"(?P<num>\d{1,3}(?:\.\d)?"
        if self.numbers:
            number += "|" + _alternatives(self.numbers)
        number += r")(?:\s*\(\s*(?P<digits>\d{1,3})\s*\))?"
        self.period = self.every = self.joined = self.frequency = None
        if self.units:
            unit = rf"(?P<unit>{_alternatives(self.units)})"
            endings = rf"(?:{_alternatives(cfg['unit_endings'])})*" if cfg["unit_endings"] else ""
            self.period = re.compile(rf"(?<![\w-]){number}[\s-]+{unit}{endings}(?!\w)", re.I)
            self.joined = re.compile(rf"(?<![\w-])(?P<num>\d{{1,2}}){unit}{endings}(?!\w)", re.I)  # 12mthly
            whole = [u for u, months in self.units.items() if months >= 1]  # "every day" is not a period
            if cfg["every"] and whole:
                self.every = re.compile(rf"(?<![\w-])(?:{_alternatives(cfg['every'])})\s+"
                                        rf"(?P<unit>{_alternatives(whole)})(?!\w)", re.I)
        if self.frequencies:
            self.frequency = re.compile(rf"(?<![\w-])(?P<word>{_alternatives(self.frequencies)})(?!\w)", re.I)

    # -- dates -----------------------------------------------------------------
    def find_dates(self, text: str, month_year: bool = True) -> list["DateMention"]:
        """Every date written in the text, in order.  ``month_year`` also finds "March 2026"."""
        found: list[DateMention] = []
        taken: list[tuple[int, int]] = []

        def add(m: re.Match, value: date | None, day_known: bool = True) -> None:
            if value is None or any(m.start() < e and s < m.end() for s, e in taken):
                return
            taken.append((m.start(), m.end()))
            found.append(DateMention(value, m.group(0), m.start(), m.end(), day_known))

        for rx in self.spelled:
            for m in rx.finditer(text):
                add(m, _make(int(m["year"]), self.months[m["month"].lower()], int(m["day"])))
        for m in _ISO.finditer(text):
            add(m, _make(int(m["year"]), int(m["month"]), int(m["day"])))
        for m in _NUMERIC.finditer(text):
            a, b = int(m["a"]), int(m["b"])
            day, month = (a, b) if self.day_first else (b, a)
            add(m, _make(int(m["year"]), month, day))
        if month_year:
            if self.month_year is not None:
                for m in self.month_year.finditer(text):
                    add(m, _make(int(m["year"]), self.months[m["month"].lower()], None), day_known=False)
            for m in _NUMERIC_MONTH_YEAR.finditer(text):
                add(m, _make(int(m["year"]), int(m["month"]), None), day_known=False)
        return sorted(found, key=lambda d: d.start)

    def parse_date(self, text: str) -> date | None:
        """The first full date in the text, or None."""
        for d in self.find_dates(text, month_year=False):
            return d.value
        return None

    def write(self, d: date) -> str:
        """A date as the pack's messages write it ("4 November 2025")."""
        if not self.month_names:
            return d.isoformat()
        return self.written.format(day=d.day, month=self.month_names[d.month - 1][0], year=d.year)

    # -- periods ---------------------------------------------------------------
    def _number(self, m: re.Match) -> float | None:
        if m.groupdict().get("digits"):
            return float(m["digits"])  # "twelve (12)": the figure wins
        raw = m["num"].lower()
        if raw in self.numbers:
            return self.numbers[raw]
        try:
            return float(raw)
        except ValueError:
            return None

    def find_periods(self, text: str) -> list["Period"]:
        """Every length of time or frequency in the text, in order, in months."""
        found: list[Period] = []
        taken: list[tuple[int, int]] = []

        def add(m: re.Match, months: float | None) -> None:
            if months is None or months <= 0 or any(m.start() < e and s < m.end() for s, e in taken):
                return
            taken.append((m.start(), m.end()))
            whole = int(months) if months == int(months) else int(months) + 1
            found.append(Period(whole, m.group(0), m.start(), m.end()))

        for rx in (self.joined, self.period):
            for m in (rx.finditer(text) if rx is not None else ()):
                n = self._number(m)
                add(m, None if n is None else n * self.units[m["unit"].lower()])
        for m in (self.every.finditer(text) if self.every is not None else ()):
            add(m, self.units[m["unit"].lower()])
        for m in (self.frequency.finditer(text) if self.frequency is not None else ()):
            add(m, self.frequencies[m["word"].lower()])
        return sorted(found, key=lambda p: p.start)


def calendar_of(pack) -> Calendar:
    """The pack's calendar, compiled once per pack."""
    return pack.compiled("calendar", Calendar)


# Dates written in digits only: the same in every language.
_NUMERIC_MONTH_YEAR = re.compile(r"(?<![\w/.-])(?P<month>0?[1-9]|1[0-2])[/.-](?P<year>(?:19|20)\d{2})(?![\w/-]|\.\d)")  # 03/2027
_ISO = re.compile(r"(?<![\w/.-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?![\w/-])")
_NUMERIC = re.compile(r"(?<![\w/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[01]?\d)(?P=sep)(?P<year>(?:19|20)?\d{2})(?![\w/-]|\.\d)")


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


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
