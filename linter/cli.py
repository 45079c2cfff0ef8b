"""The ``isplint`` command line."""

from __future__ import annotations

import os
import sys
from datetime import date
from typing import NoReturn

import click

from . import __version__
from .errors import PackError
from .findings import severity_rank

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _load_pack(path):
    from .pack import load_pack

    try:
        return load_pack(path)
    except PackError as exc:
        raise click.UsageError(f"invalid rule pack: {exc}") from None


def _parse_date(ctx, param, value):
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("use a date like 2026-06-30") from None


def _format_names():
    from .reporters import REPORTERS

    return sorted(REPORTERS)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="isplint")
def main():
    """isplint checks information sharing protocols written as Word documents."""


def _options(*decorators):
    """Apply a group of click options (shared by several commands) in the order written."""
    def apply(fn):
        for d in reversed(decorators):
            fn = d(fn)
        return fn
    return apply


RULE_OPTIONS = _options(
    click.option("--rules", "rules_path", type=click.Path(dir_okay=False), default=None,
                 help="Rule pack: a shipped pack's name or a TOML file (default: the one an .isplint.toml in "
                      "the document's folder or above names, else the NZ multi-agency meeting pack)."),
    click.option("--as-of", "as_of", callback=_parse_date, default=None, metavar="YYYY-MM-DD",
                 help="Date to check review deadlines against (default: today)."),
    click.option("--final", is_flag=True, help="Check a final version for sign-off (stricter signatory checks)."),
)
READ_OPTIONS = _options(
    click.option("--password", envvar="ISPLINT_PASSWORD", default=None, show_envvar=True,
                 help="Password for encrypted documents (never printed)."),
    click.option("--convert", is_flag=True,
                 help="Convert .doc, .rtf and .odt files with LibreOffice (if installed) and check them."),
    click.option("--timeout", type=click.FloatRange(0), default=120, show_default=True, metavar="SECONDS",
                 help="Give up reading a file after this long (0: no limit)."),
    click.option("--max-memory", type=click.IntRange(0), default=2048, show_default=True, metavar="MB",
                 help="Memory a file may use while it is read (0: no limit)."),
    click.option("--max-file-size", type=click.FloatRange(0, min_open=True), default=100, show_default=True,
                 metavar="MB", help="Refuse files bigger than this."),
)
BATCH_OPTIONS = _options(
    click.argument("paths", nargs=-1, required=True, type=click.Path()),
    click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
                 help="Write the report to this file instead of the screen."),
    click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
                 help="Check this many files at once."),
)


def _read_options(password, convert, timeout, max_memory, max_file_size):
    from .engine import ReadOptions

    return ReadOptions(password=password, convert=convert, max_file_mb=max_file_size,
                       timeout=timeout or None, memory_mb=max_memory or None)


def _existing(paths):
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:  # a broken symlink exists as a link: it is checked, and reported as unreadable
        raise click.BadParameter(f"{missing[0]} does not exist", param_hint="PATHS")
    return list(paths)


def _write(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)


def _pack_for(path: str, rules_path):
    """The pack one document follows (``--rules``, else its folder's settings, else the default)."""
    from .config import rules_for

    try:
        return _load_pack(rules_path if rules_path is not None else rules_for(path))
    except PackError as exc:  # settings that cannot be read
        raise click.UsageError(f"invalid settings: {exc}") from None


def _run_by_pack(paths, rules_path, options, read_options, jobs, task=None):
    """Run every file found under the pack it follows: ``--rules`` for all of them, else the pack
    the closest ``.isplint.toml`` names (see :mod:`linter.config`), else the default pack.
    Returns the pack most files follow (for the report's rule list) and the results in file order."""
    from .config import rules_for
    from .runner import discover, run

    files = list(discover(paths))
    try:
        specs = {f: rules_path if rules_path is not None else rules_for(f) for f in files}
    except PackError as exc:
        raise click.UsageError(f"invalid settings: {exc}") from None
    groups: dict = {}
    for f in files:
        groups.setdefault(specs[f], []).append(f)
    packs = {spec: _load_pack(spec) for spec in groups} or {rules_path: _load_pack(rules_path)}
    results = {}
    for spec, group in groups.items():
        kw = {"task": task} if task is not None else {}
        results.update(zip(group, run(group, packs[spec], options, read_options, jobs=jobs, **kw)))
    main_spec = max(groups, key=lambda s: len(groups[s])) if groups else rules_path
    return packs[main_spec], [results[f] for f in files]


def _exit_for(results) -> NoReturn:
    worst = max((r.worst() for r in results), default=-1)
    sys.exit(EXIT_FINDINGS if worst >= severity_rank("warning") else EXIT_CLEAN)


def _report_failed(path: str, pack, error: Exception) -> NoReturn:
    """A file a one-file command could not read (or a bug in isplint): the line `lint` prints
    for it, and the exit status `lint` would give."""
    from .engine import failed
    from .reporters.text import finding_line

    result = failed(path, pack, error)
    for f in result.findings:
        click.echo(finding_line(path, f))
    _exit_for([result])


@main.command()
@BATCH_OPTIONS
@click.option("--format", "fmt", type=click.Choice(_format_names()), default="text", show_default=True,
              help="Output format.")
@RULE_OPTIONS
@READ_OPTIONS
def lint(paths, output, jobs, fmt, rules_path, as_of, final, **read):
    """Lint protocols: PATHS are Word files or folders (searched recursively)."""
    from .facts import Options
    from .reporters import REPORTERS

    paths = _existing(paths)
    pack, results = _run_by_pack(paths, rules_path, Options(as_of=as_of, final=final), _read_options(**read), jobs)
    _write(REPORTERS[fmt]().render(pack, results), output)
    _exit_for(results)


@main.command()
@BATCH_OPTIONS
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True,
              help="Register format (CSV opens in Excel).")
@RULE_OPTIONS
@READ_OPTIONS
def register(paths, output, jobs, fmt, rules_path, as_of, final, **read):
    """A register of protocols for an audit: one row per file with its parties, authorities,
    classification, review due date and finding counts."""
    from .facts import Options
    from .register import register_path, render_csv, render_json

    paths = _existing(paths)
    options = Options(as_of=as_of, final=final)
    _, entries = _run_by_pack(paths, rules_path, options, _read_options(**read), jobs, task=register_path)
    _write(render_csv(entries) if fmt == "csv" else render_json(entries, options), output)
    _exit_for([e.result for e in entries])


@main.command("annotate")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Where to write the annotated copy (default: NAME-isplint.docx next to the draft).")
@RULE_OPTIONS
@READ_OPTIONS
def annotate_cmd(path, output, rules_path, as_of, final, **read):
    """Write the findings into a copy of a draft as Word comments (the draft itself is not changed)."""
    from .annotate import annotate, default_output
    from .errors import UsageError
    from .facts import Options

    pack = _pack_for(path, rules_path)
    output = output or default_output(path)
    try:
        done = annotate(path, output, pack, Options(as_of=as_of, final=final), _read_options(**read))
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - an unreadable draft (or a bug): one line, as lint reports it
        _report_failed(path, pack, exc)
    n = len(done.result.findings)
    click.echo(f"Wrote {n} comment{'s' if n != 1 else ''} to {done.output}.")
    _exit_for([done.result])


@main.command("rules")
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False), default=None, help="Rule pack to list.")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text",
              show_default=True, help="text: one line a rule; markdown: the rule reference (docs/rules.md).")
def list_rules(rules_path, fmt):
    """List every rule: code, name, severity and what it checks."""
    from .rule_docs import rules_json, rules_markdown, rules_text

    pack = _load_pack(rules_path)
    render = {"text": rules_text, "markdown": rules_markdown, "json": rules_json}[fmt]
    click.echo(render(pack), nl=False)


@main.command("pack-format")
def pack_format():
    """Document the rule pack format: every table a pack may hold and every check kind's parameters
    (docs/packs.md)."""
    from .pack_docs import pack_format_markdown

    click.echo(pack_format_markdown(), nl=False)


@main.command("rule")
@click.argument("code")
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False), default=None, help="Rule pack to use.")
def show_rule(code, rules_path):
    """Explain one rule (by code, e.g. ISP301, or name), with a bad and a good example."""
    from .rule_docs import rule_text

    pack = _load_pack(rules_path)
    try:
        r = pack.rule(code)
    except KeyError:
        raise click.UsageError(f"no rule {code} in pack {pack.name}; run `isplint rules` to list them") from None
    click.echo(rule_text(r), nl=False)


@main.command("outline")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False), default=None, help="Rule pack to use.")
@click.option("--explain", is_flag=True,
              help="For each line that may be a heading, show the sections it could be, with scores and why.")
@READ_OPTIONS
def show_outline(path, rules_path, explain, **read):
    """Show the sections isplint finds in a document, and which template section each one is.

    Use it when isplint says a section is missing that you can see: the
    heading may be worded or formatted in a way isplint does not recognise.
    """
    from . import engine
    from .facts import Facts

    pack = _pack_for(path, rules_path)
    try:
        outline = Facts(engine.read(path, _read_options(**read)), pack).outline
    except Exception as exc:  # noqa: BLE001 - an unreadable document (or a bug): one line, as lint reports it
        _report_failed(path, pack, exc)
    if explain:
        click.echo(_explained(outline), nl=False)
        return
    for s in outline.sections:
        where = f"table {s.heading.table} row {s.heading.row}" if s.form_row else f"level {s.level}"
        key = s.key or "-"
        click.echo(f"{s.heading.index:>5}  {key:<24} {where:<16} {s.title}")
    found = {s.key for s in outline.sections}
    missing = [spec.name for spec in pack.sections if spec.key not in found]
    if missing:
        click.echo("\nNot found: " + "; ".join(missing))


def _explained(outline) -> str:
    lines = []
    for e in outline.explain():
        flags = [e["looks"]] + (["annex"] if e["annex"] else []) + ([] if e["trusted"] else ["only if a section"])
        lines.append(f'{e["paragraph"]:>5}  "{e["heading"]}"  [{", ".join(flags)}]  terms: {" ".join(e["terms"]) or "-"}')
        for o in e["options"]:
            lines.append(f'         {o["score"]:.2f}  {" + ".join(o["sections"])}: {"; ".join(o["why"])}')
        if e["other"]:
            lines.append(f'         other heading like "{e["other"]}"')
        lines.append(f'         -> {e["section"]} (needs {e["threshold"]:.2f})')
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    main()
