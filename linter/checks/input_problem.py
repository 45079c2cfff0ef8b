"""Problems with the file itself (unreadable, encrypted, an unsupported format), found before its
content is checked.

These rules are reported by the safe reading path (the loader, the time and
memory limits, conversion), not by a check: a file that cannot be read has
no content to check.  Each problem has a name and data (see
``linter.errors.PROBLEMS``), and the rule named for it in the pack
(``internal-error``, ``unreadable-document``, ``encrypted-document``,
``unsupported-format``) says in words what is wrong and how to fix it: its
``message`` and ``fix``, or, for one problem, the ``message``, ``fix`` and
``what`` of that problem's entry in ``params.problems``.  The templates may
use the problem's data (``{seconds}``, ``{part}`` ...), ``{problem}`` (its
name), ``{what}`` and, for each data key ending in ``_bytes``, the same key
without it (``{size}``: the size in words, "12 MB").
"""

from __future__ import annotations

import string
from dataclasses import replace

from ..errors import PROBLEMS, InputProblem, problems_of
from ..findings import Finding, Location
from ..vocab import Field, Map, Str, Table

KIND = "input-problem"
_WORDING = Table("an input problem's words", "Words for one problem (a name from the rule's problems).", {
    "message": Field(Str, "What is wrong (default: the rule's message).", None),
    "fix": Field(Str, "How to fix it (default: the rule's fix).", None),
    "what": Field(Str, "What the file is or what is wrong with it, for {what} in the templates.", None),
})
_NUMBERS = Table("numbers", "How the rule writes sizes and large numbers.", {
    "megabytes": Field(Str, "A size of a megabyte or more; {n} is the number of megabytes."),
    "bytes": Field(Str, "A smaller size; {n} is the number of bytes."),
    "thousands": Field(Str, "Written between groups of three digits in numbers of 1000 or more.", ""),
})
PARAMS = {"problems": Field(Map(_WORDING), "Words for each problem this rule reports, by the problem's name; "
                                           "a problem left out has the rule's message and fix.", {}),
          "numbers": Field(_NUMBERS, "How sizes are written ({size}, {limit}); needed by a rule whose "
                                     "problems carry a size.", None)}

MIB = 1024 * 1024


def check(facts, rule):
    return iter(())


def validate(pack, rule) -> str | None:
    """Every named problem is one this rule reports, and every template can be filled for it."""
    mine = problems_of(rule.name)
    if not mine:
        owners = sorted({owner for owner, _ in PROBLEMS.values()})
        return f"no input problem is reported by a rule named '{rule.name}' (the names are: {', '.join(owners)})"
    problems = rule.params["problems"]
    sized = sorted(name for name, keys in mine.items() if any(k.endswith("_bytes") for k in keys))
    if sized and rule.params["numbers"] is None:
        return f"needs params.numbers, the words for a size (problems {', '.join(sized)} carry one)"
    unknown = sorted(set(problems) - set(mine))
    if unknown:
        return (f"params.problems: {', '.join(unknown)} is not a problem rule '{rule.name}' reports "
                f"(it reports: {', '.join(sorted(mine))})")
    for name, keys in mine.items():
        entry = problems.get(name, {})
        available = _placeholders(keys) | ({"what"} if "what" in entry else set())
        for field in ("message", "fix"):
            template = entry.get(field) or getattr(rule, field)
            missing = sorted(_fields(template) - available)
            if missing:
                where = f"params.problems.{name}.{field}" if entry.get(field) else f"{field} (for problem '{name}')"
                return (f"{where} uses {{{missing[0]}}}, which problem '{name}' does not give "
                        f"(it gives: {', '.join(sorted(available))})")
    return None


def finding(rule, problem: InputProblem) -> Finding:
    """The finding for ``problem`` in the words of ``rule`` (a rule of this kind)."""
    entry = rule.params["problems"].get(problem.problem, {})
    words = replace(rule, message=entry.get("message") or rule.message, fix=entry.get("fix") or rule.fix)
    shown = _shown(problem.data, rule.params["numbers"])
    if entry.get("what"):
        shown["what"] = entry["what"]
    return words.finding(Location(part="file"), {"problem": problem.problem, **problem.data}, **shown)


def _placeholders(keys) -> set[str]:
    return {"problem", *keys, *(k.removesuffix("_bytes") for k in keys if k.endswith("_bytes"))}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _shown(data, numbers) -> dict[str, str]:
    """The problem's data as a person reads it: 2,048, 0.5, and sizes in the rule's words (12 MB)."""
    sep = (numbers or {}).get("thousands", "")
    shown = {key: _number(value, sep) for key, value in data.items()}
    shown.update({key.removesuffix("_bytes"): _size(value, numbers) for key, value in data.items()
                  if key.endswith("_bytes")})
    return shown


def _number(value, sep: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return f"{value:,}".replace(",", sep) if isinstance(value, int) else f"{value:g}"


def _size(n: int | float, numbers) -> str:
    sep = numbers["thousands"]
    if n >= MIB:
        return numbers["megabytes"].format(n=f"{n / MIB:,.0f}".replace(",", sep))
    return numbers["bytes"].format(n=f"{n:,.0f}".replace(",", sep))
