"""The pack format, documented from the same declarations the loader validates against.

`isplint pack-format` prints it; docs/packs.md is its output (a test keeps it
current).  Every vocabulary table (see :mod:`linter.vocab`) and every check
kind's parameters (each kind's ``PARAMS``) are listed with their types,
defaults and meaning, so a pack author never has to read Python.
"""

from __future__ import annotations

import json
from typing import Any

from .vocab import REQUIRED, Field, Named, Table, Tables, declared

INTRO = """\
# Rule pack format

A rule pack is TOML: `[pack]`, the template's sections (`[[section]]`), its
rules (`[[rule]]`), and the vocabulary tables below.  A pack may split itself over several files with `include = [...]`.
Everything is validated when the pack loads: an unknown table or key, a value
of the wrong type, a bad regular expression or a section key the pack does not
define stops isplint with a message naming the file, the table and the key
(exit code 2).

This page is generated from the declarations the loader checks against
(`isplint pack-format > docs/packs.md`).

## `[pack]`

| key | type | default | meaning |
|---|---|---|---|
| `name` | a string | required | The pack's name (`--rules NAME` finds a shipped pack by it). |
| `title` | a string | the name | The template it checks, for people. |
| `code_prefix` | capital letters and digits | `"ISP"` | What every rule code of the pack starts with. |

## `[[section]]`

| key | type | default | meaning |
|---|---|---|---|
| `key` | a kebab-case name | required | The section's key, used by rules and in findings. |
| `name` | a string | required | The template's heading. |
| `synonyms` | a list of strings | `[]` | Other headings that mean this section. |
| `content` | a list of strings | `[]` | Words and phrases typical of the section's body. |
| `with_previous` | true or false | `false` | Written as often before the section above it as after. |

## `[[rule]]`

| key | type | default | meaning |
|---|---|---|---|
| `code` | the pack's `code_prefix` and three digits | required | The rule's code. |
| `name` | a kebab-case name | required | The rule's name. |
| `kind` | a check kind (below) | required | What the rule checks. |
| `severity` | `error`, `warning` or `info` | required | How serious a finding is. |
| `summary` | a string | required | One line for `isplint rules`. |
| `message` | a string with `{fields}` | required | What is wrong; `{fields}` come from the kind. |
| `fix` | a string with `{fields}` | `""` | How to fix it. |
| `explanation`, `bad_example`, `good_example` | strings | `""` | For `isplint rule CODE` and docs/rules.md. |
| `params` | a table | the kind's defaults | The kind's parameters (below). |
| `enabled` | true or false | `true` | Whether the rule runs. |
| `data` | a table of strings | `{}` | Each data key a finding carries, with its meaning. |
| `aliases` | a list of codes and names | `[]` | The codes and names the rule had before it was renamed: `isplint rule OLD` still finds it. |
| `deprecated` | a string | `""` | Why the rule is deprecated and what replaces it; it still runs unless `enabled = false`. |
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _default(f: Field) -> str:
    if f.default is REQUIRED:
        return "required"
    if f.default is None:
        return "none"
    return "`" + _cell(json.dumps(f.default, ensure_ascii=False)) + "`"


def _fields(fields: dict[str, Field], prefix: str = "") -> list[str]:
    rows = []
    for key, f in fields.items():
        rows.append(f"| `{prefix}{key}` | {_cell(f.type.name)} | {_default(f)} | {_cell(f.doc)} |")
        inner: Any = f.type
        while hasattr(inner, "inner") and not isinstance(inner, Table):
            inner = inner.inner
        if isinstance(inner, Tables):
            inner = inner.entry
        if isinstance(inner, Table):
            rows.extend(_fields(dict(inner.fields), f"{prefix}{key}."))
    return rows


def _table(name: str, table: Table | Named) -> list[str]:
    head = "| key | type | default | meaning |\n|---|---|---|---|"
    if isinstance(table, Named):
        return [f"### `[{name}.NAME]`", "", table.doc, "", f"Each: {table.entry.doc}", "", head,
                *_fields(dict(table.entry.fields)), ""]
    return [f"### `[{name}]`", "", table.doc, "", head, *_fields(dict(table.fields)), ""]


def _kind(module) -> list[str]:
    doc = (module.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    out = [f"### `{module.KIND}`", "", doc, ""]
    params: dict[str, Field] = getattr(module, "PARAMS", {})
    if params:
        out += ["| parameter | type | default | meaning |", "|---|---|---|---|", *_fields(params), ""]
    else:
        out += ["No parameters.", ""]
    return out


def pack_format_markdown() -> str:
    from .checks import kinds

    lines = [INTRO, "## Vocabulary tables", "",
             "A table a pack leaves out has its defaults; a key with no default then reads as "
             "empty (a section key: no section, so that fact is never found).", ""]
    for name, table in sorted(declared().items()):
        lines += _table(name, table)
    lines += ["## Check kinds", ""]
    for _, module in sorted(kinds().items()):
        lines += _kind(module)
    return "\n".join(lines).rstrip() + "\n"


