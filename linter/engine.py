"""Run a pack's rules over one document: file in, findings out."""

from __future__ import annotations

import os
from dataclasses import dataclass

from .checks import get_kind
from .errors import InputProblem
from .facts import Facts, Options
from .findings import FileResult, Finding, Location
from .pack import Pack


@dataclass(frozen=True)
class ReadOptions:
    """How to open files (the loader's side of the command line)."""

    password: str | None = None
    convert: bool = False

    def __repr__(self) -> str:  # never show the password in a traceback or log
        return f"ReadOptions(password={'***' if self.password else None}, convert={self.convert})"


def read(path: str, read_options: ReadOptions):
    """Open a file safely and build its document model; raises InputProblem."""
    from .docx_reader import read_document
    from .loader import open_package

    source = path
    if read_options.convert and _needs_conversion(path):
        from .convert import convert_to_docx

        return _read_converted(path, read_options, convert_to_docx, open_package, read_document)
    package = open_package(source, password=read_options.password)
    return read_document(package)


def _needs_conversion(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in (".doc", ".rtf", ".odt")


def _read_converted(path, read_options, convert_to_docx, open_package, read_document):
    import tempfile

    with tempfile.TemporaryDirectory(prefix="isplint-") as tmp:
        converted = convert_to_docx(path, tmp)
        package = open_package(converted, password=read_options.password)
        document = read_document(package)
    from dataclasses import replace

    return replace(document, path=path)


def input_finding(pack: Pack, problem: InputProblem) -> Finding:
    try:
        rule = pack.rule(problem.code)
    except KeyError:  # a pack without input rules still reports unreadable files
        return Finding(rule=problem.code, name="unreadable-document", severity="error",
                       message=problem.message, location=Location(part="file"))
    return Finding(rule=rule.code, name=rule.name, severity=rule.severity,
                   message=problem.message, location=Location(part="file"))


def check_document(document, pack: Pack, options: Options | None = None) -> list[Finding]:
    facts = Facts(document, pack, options)
    findings: list[Finding] = []
    for rule in pack.rules:
        if rule.enabled:
            findings.extend(get_kind(rule.kind).check(facts, rule))
    return sorted(findings, key=Finding.sort_key)


def lint_path(path: str, pack: Pack, options: Options | None = None,
              read_options: ReadOptions | None = None) -> FileResult:
    """Lint one file; a file that cannot be read gives a result with status ``error``."""
    try:
        document = read(path, read_options or ReadOptions())
    except InputProblem as problem:
        return FileResult(path=path, status="error", findings=(input_finding(pack, problem),))
    return FileResult(path=path, status="ok", findings=tuple(check_document(document, pack, options)))
