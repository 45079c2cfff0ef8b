"""Declared pack tables: what a fact or check reads from a pack, and its format.

Every top-level table of a pack other than ``[pack]``, ``[[section]]`` and
``[[rule]]`` is read by some fact or by the section finder.  The module that
reads it declares it here, next to the code that uses it::

    REVIEW = declare(Table("review_terms", "What the review section says ...", {
        "about": Field(List(Regex), "A sentence is about reviewing the protocol when ..."),
        "section": Field(SectionKey, "The section holding the review terms.", "review"),
    }))

and reads it with ``REVIEW.read(pack)`` (defaults filled in).  The pack
loader validates the whole pack against the declarations: an undeclared
table, an unknown key, a value of the wrong type, a bad regular expression
or an unknown section key is an error naming the file, the table and the
key.  ``isplint pack-format`` documents every declared table from the same
declarations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from .errors import PackError

REQUIRED = object()


# -- value types ---------------------------------------------------------------
class Type:
    name = "value"
    empty: Any = None  # its value where a pack leaves out the table that holds it

    def check(self, value: Any, where: str, ctx: "Context") -> None:  # raises PackError
        raise NotImplementedError


class _Scalar(Type):
    def __init__(self, py: type, name: str):
        self.py, self.name = py, name

    def check(self, value, where, ctx):
        ok = isinstance(value, self.py) and not (self.py in (int, float) and isinstance(value, bool))
        if self.py is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not ok:
            raise PackError(f"{where} must be {self.name}")


Str = _Scalar(str, "a string")
Int = _Scalar(int, "an integer")
Float = _Scalar(float, "a number")
Bool = _Scalar(bool, "true or false")


class _Regex(Type):
    name = "a regular expression"

    def check(self, value, where, ctx):
        Str.check(value, where, ctx)
        try:
            re.compile(value)
        except re.error as exc:
            raise PackError(f"{where}: bad regular expression {value!r}: {exc}") from None


Regex = _Regex()


@dataclass(frozen=True)
class OneOf(Type):
    """One of a fixed set of words."""

    choices: tuple[str, ...]

    @property
    def name(self) -> str:
        return "one of " + ", ".join(f"'{c}'" for c in self.choices)

    def check(self, value, where, ctx):
        if value not in self.choices:
            raise PackError(f"{where} must be {self.name} (got {value!r})")


@dataclass(frozen=True)
class AtLeast(Type):
    """An integer no smaller than ``minimum``."""

    minimum: int

    @property
    def name(self) -> str:
        return f"an integer of at least {self.minimum}"

    def check(self, value, where, ctx):
        Int.check(value, where, ctx)
        if value < self.minimum:
            raise PackError(f"{where} must be at least {self.minimum} (got {value})")


@dataclass(frozen=True)
class NonEmpty(Type):
    """A list that must hold at least one value."""

    inner: Type
    empty = ()

    @property
    def name(self) -> str:
        return self.inner.name + " (at least one)"

    def check(self, value, where, ctx):
        self.inner.check(value, where, ctx)
        if not value:
            raise PackError(f"{where} must name at least one")


class _SectionKey(Type):
    name = "a section key of the pack"

    def check(self, value, where, ctx):
        Str.check(value, where, ctx)
        if ctx.sections is not None and value not in ctx.sections:
            raise PackError(f"{where}: {value!r} is not a section of the pack "
                            f"(known: {', '.join(sorted(ctx.sections))})")


SectionKey = _SectionKey()


class _Wordings(Type):
    """A list of wordings (see linter/wording.py): each a phrase ("responsible for * review"), or
    a list of word groups that must all be said in one sentence ([["start", "lead"], ["review"]])."""

    name = "a list of wordings (phrases, or lists of word groups)"
    empty: Any = ()

    def check(self, value, where, ctx):
        if not isinstance(value, list):
            raise PackError(f"{where} must be {self.name}")
        for i, item in enumerate(value):
            if isinstance(item, str):
                continue
            if not (isinstance(item, list) and item and all(
                    isinstance(g, list) and g and all(isinstance(w, str) for w in g) for g in item)):
                raise PackError(f"{where}[{i}] must be a phrase or a list of word groups (lists of strings)")


Wordings = _Wordings()


@dataclass(frozen=True)
class List(Type):
    inner: Type
    empty = ()

    @property
    def name(self) -> str:
        if isinstance(self.inner, OneOf):
            return f"a list, each {self.inner.name}"
        return f"a list of {_plural(self.inner.name)}"

    def check(self, value, where, ctx):
        if not isinstance(value, list):
            raise PackError(f"{where} must be {self.name}")
        for i, v in enumerate(value):
            self.inner.check(v, f"{where}[{i}]", ctx)


@dataclass(frozen=True)
class Map(Type):
    """A table whose keys are names chosen by the pack author, each with a value of one type."""

    inner: Type
    empty = {}  # noqa: RUF012 - never mutated

    @property
    def name(self) -> str:
        return f"a table of names to {_plural(self.inner.name)}"

    def check(self, value, where, ctx):
        if not isinstance(value, dict):
            raise PackError(f"{where} must be {self.name}")
        for k, v in value.items():
            self.inner.check(v, f"{where}.{k}", ctx)


def _plural(name: str) -> str:
    """"a section key of the pack" -> "section keys of the pack"."""
    for article in ("a ", "an "):
        if name.startswith(article):
            name = name[len(article):]
    head, sep, rest = (re.split(r"( of | \(|, )", name, maxsplit=1) + ["", ""])[:3]
    return (head if head.endswith("s") else head + "s") + sep + rest


@dataclass(frozen=True)
class Field:
    type: Type
    doc: str
    default: Any = REQUIRED

    @property
    def required(self) -> bool:
        return self.default is REQUIRED


@dataclass(frozen=True)
class Table(Type):
    """A table with fixed keys; top-level when ``declare``d, else nested in a field."""

    table: str  # the table's name in the pack ([table]), or a description for a nested table
    doc: str
    fields: Mapping[str, Field] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"a table ({self.table})"

    def check(self, value, where, ctx):
        if not isinstance(value, dict):
            raise PackError(f"{where} must be a table")
        unknown = sorted(set(value) - set(self.fields))
        if unknown:
            raise PackError(f"{where}: unknown key(s) {', '.join(unknown)} "
                            f"(known: {', '.join(sorted(self.fields)) or 'none'})")
        for key, f in self.fields.items():
            if key in value:
                f.type.check(value[key], f"{where}.{key}", ctx)
            elif f.required:
                raise PackError(f"{where}: missing key '{key}'")

    def filled(self, value: Mapping[str, Any] | None) -> dict[str, Any]:
        """The table's values, with the declared defaults for keys it leaves out."""
        value = dict(value or {})
        for key, f in self.fields.items():
            if key not in value and not f.required:
                value[key] = f.default
        return value

    def read(self, pack) -> dict[str, Any]:
        """This (top-level) table of a pack, defaults filled in.  A pack may leave the table out
        (its template has nothing of the kind): then every key has its default, and a key that
        has none reads as empty (a list: nothing; a section key: None, no section, so the fact
        finds nothing)."""
        value = pack.data.get(self.table)
        if value is None:
            return {key: (f.type.empty if f.required else f.default) for key, f in self.fields.items()}
        return self.filled(value)


@dataclass(frozen=True)
class Named(Type):
    """A top-level table of tables the pack author names (``[statements.security-controls]``),
    each with the same fixed keys."""

    table: str
    doc: str
    entry: Table

    @property
    def name(self) -> str:
        return f"named tables ({self.entry.table})"

    def check(self, value, where, ctx):
        if not isinstance(value, dict):
            raise PackError(f"{where} must be a table of named tables")
        for k, v in value.items():
            self.entry.check(v, f"{where}.{k}", ctx)

    def read(self, pack) -> dict[str, dict[str, Any]]:
        return {k: self.entry.filled(v) for k, v in (pack.data.get(self.table) or {}).items()}


@dataclass(frozen=True)
class Tables(Type):
    """An array of tables (``[[table.entry]]``), each with the same fixed keys."""

    entry: Table
    empty = ()

    @property
    def name(self) -> str:
        return f"an array of tables ({self.entry.table})"

    def check(self, value, where, ctx):
        if not isinstance(value, list):
            raise PackError(f"{where} must be {self.name}")
        for i, v in enumerate(value):
            self.entry.check(v, f"{where}[{i}]", ctx)


@dataclass
class Context:
    sections: frozenset[str] | None = None


# -- the registry ----------------------------------------------------------------
_DECLARED: dict[str, Table | Named] = {}

# Modules that declare tables; imported before a pack is validated.
_DECLARING_MODULES = ("linter.lexicon", "linter.section_model")


def declare(table):
    """Register a top-level pack table (a :class:`Table` or :class:`Named`); returns it."""
    if table.table in _DECLARED and _DECLARED[table.table] is not table:
        raise RuntimeError(f"pack table [{table.table}] is declared twice")
    _DECLARED[table.table] = table
    return table


def declared() -> dict[str, Table | Named]:
    """Every declared table, by name (importing the modules that declare them)."""
    import importlib
    import pkgutil

    for name in _DECLARING_MODULES:
        importlib.import_module(name)
    from . import facts

    for info in pkgutil.iter_modules(facts.__path__):
        importlib.import_module(f"{facts.__name__}.{info.name}")
    return dict(_DECLARED)


def validate_tables(data: Mapping[str, Any], source: str, sections: frozenset[str],
                    strict: bool = True) -> None:
    """Check every top-level table of a pack against its declaration (raises PackError).

    ``strict`` refuses tables nobody declares."""
    tables = declared()
    ctx = Context(sections)
    for name, value in data.items():
        table = tables.get(name)
        if table is None:
            if strict:
                raise PackError(f"{source}: unknown table [{name}] (known: {', '.join(sorted(tables))})")
            continue
        table.check(value, f"{source}: [{name}]", ctx)

