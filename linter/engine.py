"""Run a pack's rules over one document: file in, findings out.

Every command that reads a document (lint, register, annotate, outline)
reads it here, the same way: through the safe loader, in a child process
with the time and memory limits of :class:`ReadOptions`
(:func:`within_limits`), and a file that cannot be read, or a bug in
isplint, becomes a finding of the pack's input rules (:func:`failed`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

from .checks import get_kind, input_problem
from .errors import UNSUPPORTED, InputProblem
from .facts import Facts, Options
from .findings import FileResult, Finding
from .pack import Pack, Rule


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


def within_limits(read_options: ReadOptions, fn: Callable[..., Any], *args: Any) -> Any:
    """``fn(*args)``, in a child process under the time and memory limits when there are any.

    A document that makes a parser loop or balloon then costs only that
    child, and is reported as an input problem (``timeout``, ``memory-limit``
    ...).  ``fn`` must be a module-level function (it is sent to the child).
    """
    if not read_options.isolated:
        return fn(*args)
    from .isolation import run_isolated

    return run_isolated(fn, *args, timeout=read_options.timeout or 24 * 3600,
                        memory_mb=read_options.memory_mb or None)


def read(path: str, read_options: ReadOptions):
    """Open a file safely and build its document model, within the limits; raises InputProblem."""
    return within_limits(read_options, _read, path, read_options)


def _read(path: str, read_options: ReadOptions):
    from .docx_reader import read_document

    return read_document(open_checked(path, read_options))


def open_checked(path: str, read_options: ReadOptions):
    """The vetted package of ``path`` (see linter.loader), converted first when it is a legacy
    format and conversion is asked for (``--convert``); raises InputProblem.  Call it inside
    :func:`within_limits`."""
    from .loader import open_package

    limits = limits_for(read_options)
    try:
        return open_package(path, password=read_options.password, limits=limits)
    except InputProblem as problem:
        # A legacy format (by its bytes, whatever its name): convert it if asked to.
        if problem.rule != UNSUPPORTED or not read_options.convert:
            raise
    from .convert import converted

    with converted(path) as docx_path:
        package = open_package(docx_path, password=read_options.password, limits=limits)
    return replace(package, path=path)


def limits_for(read_options: ReadOptions):
    from .loader import Limits

    limits = Limits()
    if read_options.max_file_mb:
        limits = replace(limits, max_file_bytes=int(read_options.max_file_mb * 1024 * 1024))
    return limits


def failed(path: str, pack: Pack, error: Exception) -> FileResult:
    """The result for a file that could not be checked: its input problem, or a bug in isplint
    (``internal-error``, so that one file's bug does not end a run)."""
    return FileResult(path=path, status="error", findings=(input_finding(pack, _as_problem(error)),))


def _as_problem(error: Exception) -> InputProblem:
    if isinstance(error, InputProblem):
        return error
    return InputProblem("internal-error", error=type(error).__name__)


def input_finding(pack: Pack, problem: InputProblem) -> Finding:
    """The finding for ``problem``, in the words of the pack's rule for it."""
    return input_problem.finding(_input_rule(pack, problem.rule), problem)


def _input_rule(pack: Pack, name: str) -> Rule:
    """The pack's rule called ``name`` (the loader has checked that every pack has one)."""
    return pack.rule(name)


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
        return failed(path, pack, problem)
    return FileResult(path=path, status="ok", findings=tuple(check_document(document, pack, options)))
