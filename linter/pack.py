"""Rule packs: TOML data that says what a template requires.

A pack names the template's sections (with synonyms), lists vocabularies
the facts use (placeholders, instructions, authorities, classifications ...),
and declares the rules: code, name, check kind, severity, message, fix,
explanation and parameters.  Everything is validated when the pack loads,
so a typo fails at once with the file and key named, and is never silently
ignored.

A pack may split its data over several files with ``include = [...]``
(paths relative to the including file); included tables are merged in.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Mapping

from .errors import PackError
from .findings import SEVERITIES, Finding, Location

DEFAULT_PACK = "nz-multi-agency-meeting.toml"
DEFAULT_PREFIX = "ISP"
PREFIX_RE = re.compile(r"^[A-Z][A-Z0-9]{0,7}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
KEY_RE = NAME_RE


@dataclass(frozen=True)
class SectionSpec:
    key: str
    name: str
    synonyms: tuple[str, ...] = ()  # other headings that mean this section
    content: tuple[str, ...] = ()  # words and phrases typical of the section's body (see section_model)
    with_previous: bool = False  # as often written before the section above it in the template as after


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    kind: str
    severity: str
    summary: str
    message: str
    fix: str
    explanation: str = ""
    bad_example: str = ""
    good_example: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    enabled: bool = True
    source: str = ""
    data: Mapping[str, str] = field(default_factory=dict)  # the finding's data keys, each with its meaning
    aliases: tuple[str, ...] = ()  # codes and names it had before it was renamed
    deprecated: str = ""  # why it is deprecated (it still runs unless disabled); "" when it is not

    def finding(self, location: Location, data: Mapping[str, Any] | None = None,
                severity: str | None = None, **extra: Any) -> Finding:
        """A finding of this rule, its message and fix filled from ``data`` and ``extra``."""
        data = dict(data or {})
        values = {**data, **extra}
        message = _fill(self.message, values, self, "message")
        fix = _fill(self.fix, values, self, "fix")
        return Finding(
            rule=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message,
            location=location,
            data=data,
            fix=fix,
        )


class _Values(dict):
    def __init__(self, values, rule, field_name):
        super().__init__(values)
        self.rule, self.field_name = rule, field_name

    def __missing__(self, key):
        raise PackError(
            f"{self.rule.source}: rule {self.rule.code} {self.field_name} uses {{{key}}}, "
            "which this rule's check does not provide"
        )


def _fill(template: str, values: Mapping[str, Any], rule: Rule, field_name: str) -> str:
    shown = {k: _show(v) for k, v in values.items()}
    return string.Formatter().vformat(template, (), _Values(shown, rule, field_name))


def _show(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class Pack:
    name: str
    title: str
    source: str
    sections: tuple[SectionSpec, ...]
    rules: tuple[Rule, ...]
    data: Mapping[str, Any]  # every other top-level table: vocabularies for the facts
    _compiled: dict = field(default_factory=dict, compare=False, repr=False)

    def compiled(self, name: str, build: "Callable[[Pack], Any]") -> Any:
        """``build(pack)``, computed once per pack (patterns, lexicons, section models)."""
        if name not in self._compiled:
            self._compiled[name] = build(self)
        return self._compiled[name]

    def __getstate__(self):  # compiled objects are rebuilt where the pack is used
        state = dict(self.__dict__)
        state["_compiled"] = {}
        return state

    def __setstate__(self, state):
        for k, v in state.items():
            object.__setattr__(self, k, v)

    def section(self, key: str) -> SectionSpec:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)

    def rule(self, code: str) -> Rule:
        """A rule by its code or name, or by a code or name it had before it was renamed."""
        for r in self.rules:
            if code.upper() == r.code or code.lower() == r.name:
                return r
        for r in self.rules:
            if code.upper() in r.aliases or code.lower() in r.aliases:
                return r
        raise KeyError(code)

    def vocab(self, name: str, default: Any = None) -> Any:
        """A top-level table or list of the pack (``[placeholders]``, ``[authorities]`` ...)."""
        return self.data.get(name, default)


_RULE_FIELDS = {
    "code": str, "name": str, "kind": str, "severity": str, "summary": str, "message": str,
    "fix": str, "explanation": str, "bad_example": str, "good_example": str, "params": dict,
    "enabled": bool, "data": dict, "aliases": list, "deprecated": str,
}
_REQUIRED_RULE_FIELDS = ("code", "name", "kind", "severity", "summary", "message")


def default_pack_path() -> Path:
    """The default pack, inside the installed package or the source checkout."""
    candidates = []
    try:
        candidates.append(Path(str(resources.files("linter") / "rules" / DEFAULT_PACK)))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - namespace oddities
        pass
    candidates.append(Path(__file__).resolve().parent.parent / "rules" / DEFAULT_PACK)
    for c in candidates:
        if c.is_file():
            return c
    raise PackError(f"the default rule pack {DEFAULT_PACK} is not installed with isplint")


def _read_toml(path: Path, seen: set[Path]) -> dict[str, Any]:
    path = path.resolve()
    if path in seen:
        raise PackError(f"{path}: included twice (an include loop?)")
    seen.add(path)
    try:
        with path.open("rb") as fh:
            doc = tomllib.load(fh)
    except FileNotFoundError:
        raise PackError(f"{path}: rule pack not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise PackError(f"{path}: cannot be read: {exc.strerror}") from None
    for rule in doc.get("rule", []):
        rule.setdefault("_source", str(path))
    includes = doc.pop("include", [])
    if not isinstance(includes, list):
        raise PackError(f"{path}: include must be a list of file names")
    for inc in includes:
        merged = _read_toml(path.parent / inc, seen)
        _merge(doc, merged, path / inc)
    return doc


def _merge(into: dict, other: dict, where: Path, prefix: str = "") -> None:
    """Merge an included file's tables into the including file's, at any depth: lists (arrays of
    tables, word lists) are joined, tables merged key by key; the same single value twice is an error."""
    for key, value in other.items():
        if key not in into:
            into[key] = value
        elif isinstance(into[key], list) and isinstance(value, list):
            into[key] = into[key] + value
        elif isinstance(into[key], dict) and isinstance(value, dict):
            _merge(into[key], value, where, f"{prefix}{key}.")
        else:
            raise PackError(f"{where}: key {prefix}{key} is defined twice")


def shipped_packs() -> dict[str, Path]:
    """The packs installed with isplint, by name (the file name without .toml)."""
    return {p.stem: p for p in sorted(default_pack_path().parent.glob("*.toml"))}


def pack_path(spec: str | Path | None) -> Path:
    """The file of a pack named by path, or by the name of a shipped pack ("nz-aisa")."""
    if spec is None:
        return default_pack_path()
    path = Path(spec)
    if path.suffix or path.exists() or len(path.parts) > 1:
        return path
    shipped = shipped_packs()
    if str(spec) in shipped:
        return shipped[str(spec)]
    raise PackError(f"{spec}: no such rule pack (shipped packs: {', '.join(shipped)}; or give a .toml file)")


def load_pack(path: str | Path | None = None) -> Pack:
    """Load and validate a pack, named by path or by a shipped pack's name; ``None`` loads the
    default pack."""
    from .checks import get_kind  # the kinds validate their own parameters

    path = pack_path(path)
    raw = _read_toml(path, set())
    src = str(path)
    meta = raw.pop("pack", {})
    if not isinstance(meta, dict) or not meta.get("name"):
        raise PackError(f"{src}: [pack] needs a name")
    unknown = set(meta) - {"name", "title", "code_prefix"}
    if unknown:
        raise PackError(f"{src}: [pack]: unknown key(s) {', '.join(sorted(unknown))} (known: code_prefix, name, title)")
    prefix = meta.get("code_prefix", DEFAULT_PREFIX)
    if not isinstance(prefix, str) or not PREFIX_RE.match(prefix):
        raise PackError(f"{src}: [pack] code_prefix must be capital letters and digits, starting with a letter")
    code_re = re.compile(rf"^{prefix}\d{{3}}$")
    sections = _sections(raw.pop("section", []), src)
    rules = []
    taken: dict[str, str] = {}  # every code, name and alias, to the rule that has it
    for i, entry in enumerate(raw.pop("rule", [])):
        rule = _rule(entry, i, src, code_re, prefix)
        for ident, what in ((rule.code, "code"), (rule.name, "name"), *((a, "alias") for a in rule.aliases)):
            if ident in taken:
                raise PackError(f"{rule.source}: rule {what} {ident} is defined twice ({taken[ident]} has it too)")
            taken[ident] = rule.code
        try:
            kind = get_kind(rule.kind)
        except KeyError:
            raise PackError(f"{rule.source}: rule {rule.code} has unknown kind '{rule.kind}'") from None
        rule = _with_params(rule, kind, frozenset(s.key for s in sections))
        rules.append(rule)
    from .vocab import validate_tables

    validate_tables(raw, src, frozenset(s.key for s in sections))
    pack = Pack(
        name=meta["name"], title=meta.get("title", meta["name"]), source=src,
        sections=sections, rules=tuple(sorted(rules, key=lambda r: r.code)), data=raw,
    )
    for rule in pack.rules:
        validate = getattr(get_kind(rule.kind), "validate", None)
        if validate is not None:
            problem = validate(pack, rule)
            if problem:
                raise PackError(f"{rule.source}: rule {rule.code}: {problem}")
    _check_input_rules(pack)
    return pack


def _sections(entries: Any, src: str) -> tuple[SectionSpec, ...]:
    if not isinstance(entries, list):
        raise PackError(f"{src}: [[section]] must be an array of tables")
    out, keys = [], set()
    for i, e in enumerate(entries):
        where = f"{src}: section #{i + 1}"
        if not isinstance(e, dict) or not isinstance(e.get("key"), str) or not KEY_RE.match(e["key"]):
            raise PackError(f"{where}: needs a kebab-case key")
        if e["key"] in keys:
            raise PackError(f"{where}: section key {e['key']} is defined twice")
        unknown = set(e) - {"key", "name", "synonyms", "content", "with_previous"}
        if unknown:
            raise PackError(f"{where} ({e['key']}): unknown field(s) {', '.join(sorted(unknown))}")
        if not isinstance(e.get("name"), str):
            raise PackError(f"{where} ({e['key']}): name must be a string")
        lists = {}
        for f in ("synonyms", "content"):
            value = e.get(f, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise PackError(f"{where} ({e['key']}): {f} must be a list of strings")
            lists[f] = tuple(value)
        if not isinstance(e.get("with_previous", False), bool) or (e.get("with_previous") and not out):
            raise PackError(f"{where} ({e['key']}): with_previous must be true or false, and not on the first section")
        keys.add(e["key"])
        out.append(SectionSpec(key=e["key"], name=e["name"], with_previous=e.get("with_previous", False), **lists))
    return tuple(out)


def _rule(entry: Any, i: int, src: str, code_re: re.Pattern, prefix: str) -> Rule:
    if not isinstance(entry, dict):
        raise PackError(f"{src}: rule #{i + 1} must be a table")
    source = entry.pop("_source", src)
    where = f"{source}: rule {entry.get('code', '#' + str(i + 1))}"
    unknown = set(entry) - set(_RULE_FIELDS)
    if unknown:
        raise PackError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for f in _REQUIRED_RULE_FIELDS:
        if f not in entry:
            raise PackError(f"{where}: missing field '{f}'")
    for f, typ in _RULE_FIELDS.items():
        if f in entry and not isinstance(entry[f], typ):
            raise PackError(f"{where}: field '{f}' must be a {typ.__name__}")
    if not code_re.match(entry["code"]):
        raise PackError(f"{where}: code must be {prefix} followed by three digits")
    aliases = entry.get("aliases", [])
    if not all(isinstance(a, str) and (code_re.match(a) or NAME_RE.match(a)) for a in aliases):
        raise PackError(f"{where}: aliases must be former codes ({prefix} and three digits) or kebab-case names")
    if not NAME_RE.match(entry["name"]):
        raise PackError(f"{where}: name must be kebab-case")
    if entry["severity"] not in SEVERITIES:
        raise PackError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    return Rule(
        code=entry["code"], name=entry["name"], kind=entry["kind"], severity=entry["severity"],
        summary=entry["summary"], message=entry["message"], fix=entry.get("fix", ""),
        explanation=entry.get("explanation", ""), bad_example=entry.get("bad_example", ""),
        good_example=entry.get("good_example", ""), params=entry.get("params", {}),
        enabled=entry.get("enabled", True), source=source, data=_data_doc(entry.get("data", {}), where),
        aliases=tuple(aliases), deprecated=entry.get("deprecated", ""),
    )


def _data_doc(data: dict, where: str) -> dict[str, str]:
    """A rule's ``data`` table: each key a finding's data carries, with a one-line meaning."""
    for key, meaning in data.items():
        if not isinstance(meaning, str) or not meaning.strip():
            raise PackError(f"{where}: data.{key} must be a sentence saying what the value is")
    return dict(data)


def _with_params(rule: Rule, kind: Any, sections: frozenset[str]) -> Rule:
    """The rule with its parameters checked against the kind's declared ``PARAMS`` and the
    defaults filled in (see linter/vocab.py)."""
    from .vocab import Context, Table

    params = Table(f"{rule.kind} parameters", "", getattr(kind, "PARAMS", {}))
    try:
        params.check(dict(rule.params), "params", Context(sections))
    except PackError as exc:
        raise PackError(f"{rule.source}: rule {rule.code} (kind {rule.kind}): {exc}") from None
    return Rule(**{**rule.__dict__, "params": params.filled(rule.params)})


def _check_input_rules(pack: Pack) -> None:
    """Every pack words the problems of files it cannot read: a rule of kind input-problem for each
    name in linter/errors.py PROBLEMS (rules/common/input.toml has them all)."""
    from .errors import PROBLEMS

    have = {r.name for r in pack.rules if r.kind == "input-problem"}
    lacking = sorted({owner for owner, _ in PROBLEMS.values()} - have)
    if lacking:
        raise PackError(f"{pack.source}: no rule of kind input-problem named {', '.join(lacking)}: the pack could "
                        "not report a file it cannot read (include rules/common/input.toml, or write your own)")
