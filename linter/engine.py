"""Run a pack's rules over one document: file in, findings out."""

from __future__ import annotations

from dataclasses import dataclass, replace

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
    max_file_mb: float | None = None  # refuse files bigger than this (default: the loader's limit)
    timeout: float | None = None  # seconds to read one file, in a child process; None: no child
    memory_mb: int | None = None  # memory cap for that child

    def __repr__(self) -> str:  # never show the password in a traceback or log
        return (f"ReadOptions(password={'***' if self.password else None}, convert={self.convert}, "
                f"max_file_mb={self.max_file_mb}, timeout={self.timeout}, memory_mb={self.memory_mb})")

    @property
    def isolated(self) -> bool:
        return bool(self.timeout) or bool(self.memory_mb)


def read(path: str, read_options: ReadOptions):
    """Open a file safely and build its document model; raises InputProblem.

    With a time or memory limit the reading runs in a child process, so a
    document that makes a parser loop or balloon costs only that child.
    """
    if read_options.isolated:
        from .isolation import run_isolated

        return run_isolated(_read, path, read_options, timeout=read_options.timeout or 24 * 3600,
                            memory_mb=read_options.memory_mb or None)
    return _read(path, read_options)


def _read(path: str, read_options: ReadOptions):
    from .docx_reader import read_document
    from .loader import open_package

    limits = limits_for(read_options)
    try:
        package = open_package(path, password=read_options.password, limits=limits)
    except InputProblem as problem:
        # A legacy format (by its bytes, whatever its name): convert it if asked to.
        if problem.code != "ISP003" or not read_options.convert:
            raise
        return _read_converted(path, read_options, limits)
    return read_document(package)


def limits_for(read_options: ReadOptions):
    from .loader import Limits

    limits = Limits()
    if read_options.max_file_mb:
        limits = replace(limits, max_file_bytes=int(read_options.max_file_mb * 1024 * 1024))
    return limits


def _read_converted(path: str, read_options: ReadOptions, limits):
    from .convert import converted
    from .docx_reader import read_document
    from .loader import open_package

    with converted(path) as docx_path:
        document = read_document(open_package(docx_path, password=read_options.password, limits=limits))
    return replace(document, path=path)


def input_finding(pack: Pack, problem: InputProblem) -> Finding:
    try:
        rule = pack.rule(problem.code)
    except KeyError:  # a pack without input rules still reports unreadable files
        return Finding(rule=problem.code, name="unreadable-document", severity="error",
                       message=problem.message, location=Location(part="file"))
    return Finding(rule=rule.code, name=rule.name, severity=rule.severity,
                   message=problem.message, location=Location(part="file"))


def internal_error_finding(pack: Pack, exc: BaseException) -> Finding:
    """A bug in isplint, reported for the file it happened on instead of ending the run."""
    what = f" ({type(exc).__name__})"
    try:
        rule = pack.rule("ISP000")
    except KeyError:
        return Finding(rule="ISP000", name="internal-error", severity="error",
                       message="isplint stopped checking this file because of an error in isplint itself"
                               f"{what}. The file was not changed.", location=Location(part="file"))
    return rule.finding(Location(part="file"), {"error": type(exc).__name__})


def run_checks(facts: Facts) -> list[Finding]:
    """Every enabled rule of the pack on one document's facts, in document order."""
    findings: list[Finding] = []
    for rule in facts.pack.rules:
        if rule.enabled:
            findings.extend(get_kind(rule.kind).check(facts, rule))
    return sorted(findings, key=Finding.sort_key)


def check_document(document, pack: Pack, options: Options | None = None) -> list[Finding]:
    return run_checks(Facts(document, pack, options))


def lint_path(path: str, pack: Pack, options: Options | None = None,
              read_options: ReadOptions | None = None) -> FileResult:
    """Lint one file; a file that cannot be read gives a result with status ``error``."""
    try:
        document = read(path, read_options or ReadOptions())
    except InputProblem as problem:
        return FileResult(path=path, status="error", findings=(input_finding(pack, problem),))
    return FileResult(path=path, status="ok", findings=tuple(check_document(document, pack, options)))
