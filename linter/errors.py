"""Exceptions that cross module boundaries, and the problems a file itself can have."""

from __future__ import annotations

from typing import Any, Mapping

# The rules that report a file's own problems, by name (a pack gives their codes and words).
INTERNAL, UNREADABLE, ENCRYPTED, UNSUPPORTED = (
    "internal-error", "unreadable-document", "encrypted-document", "unsupported-format")


def _kinds(rule: str, *names: str, keys: tuple[str, ...] = ()) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {name: (rule, keys) for name in names}


# Every problem isplint can find with a file before its content is checked: its name, the
# rule that reports it and the data it carries.  The words for each are the pack's (the
# ``problems`` parameter of that rule, see linter/checks/input_problem.py).  A data key
# ending in ``_bytes`` is also given to the message as the key without it, in words ("12 MB").
PROBLEMS: Mapping[str, tuple[str, tuple[str, ...]]] = {
    **_kinds(INTERNAL, "internal-error", keys=("error",)),
    # the file on disk
    **_kinds(UNREADABLE, "not-found", "broken-link", "cannot-open", "no-permission", "folder",
             "special-file", "read-error", "empty", "convert-copy-failed"),
    **_kinds(UNREADABLE, "too-large", keys=("size_bytes", "limit_bytes")),
    # another kind of file
    **_kinds(UNREADABLE, "unknown-format", "other-container", "zip-of-other-files", "no-word-body",
             "excel", "powerpoint", "visio", "office-theme"),
    **_kinds(UNREADABLE, "opendocument-other", keys=("format",)),
    # a damaged or hostile Word file
    **_kinds(UNREADABLE, "damaged", "damaged-container", "no-main-part", "bad-main-text",
             "unreadable-content", "zip-password"),
    **_kinds(UNREADABLE, "bad-part", "xml-declarations", "duplicate-part", "part-overflow",
             keys=("part",)),
    **_kinds(UNREADABLE, "too-many-parts", keys=("parts", "max_parts")),
    **_kinds(UNREADABLE, "zip-bomb-total", "zip-bomb-part", keys=("size_bytes", "limit_bytes")),
    **_kinds(UNREADABLE, "zip-bomb-ratio", keys=("size_bytes", "ratio")),
    **_kinds(UNREADABLE, "zip-bomb-undeclared", keys=("limit_bytes",)),
    # the limits every reading runs under (linter/isolation.py)
    **_kinds(UNREADABLE, "timeout", keys=("seconds",)),
    **_kinds(UNREADABLE, "memory-limit", keys=("limit_mb",)),
    **_kinds(UNREADABLE, "out-of-memory"),
    **_kinds(UNREADABLE, "crashed", keys=("exit_code",)),
    # encryption
    **_kinds(ENCRYPTED, "encrypted-no-password", "wrong-password", "unsupported-encryption"),
    # formats Word or LibreOffice can turn into a .docx, and that conversion (--convert)
    **_kinds(UNSUPPORTED, "rtf", "pdf", "word-xml", "flat-odt", "mht", "html", "wordperfect", "odt",
             "doc", "doc-encrypted", "convert-unavailable", "convert-failed"),
    **_kinds(UNSUPPORTED, "convert-timeout", keys=("seconds",)),
}


def problems_of(rule: str) -> dict[str, tuple[str, ...]]:
    """The problems the rule named ``rule`` reports, each with its data keys."""
    return {name: keys for name, (owner, keys) in PROBLEMS.items() if owner == rule}


class InputProblem(Exception):
    """A file that cannot be linted as it is: a named problem (see ``PROBLEMS``) and its data.

    ``InputProblem("too-large", size_bytes=..., limit_bytes=...)``.  The pack's rule for it
    (``rule``) says in words what is wrong and how to fix it.  The old form
    ``InputProblem("ISP001", "sentence")``, still raised by safexml.py and docx_reader.py, is
    read as ``unreadable-content`` (where it matters, the loader names the problem better).
    """

    def __init__(self, problem: str, *legacy_sentence: str, **data: Any):
        if legacy_sentence:
            problem, data = "unreadable-content", {}
        if problem not in PROBLEMS:
            raise ValueError(f"unknown input problem {problem!r}")
        expected = set(PROBLEMS[problem][1])
        if set(data) != expected:
            raise ValueError(f"input problem {problem!r} carries {sorted(expected)}, not {sorted(data)}")
        super().__init__(problem)
        self.problem = problem
        self.data = dict(data)

    @property
    def rule(self) -> str:
        """The name of the rule that reports this problem."""
        return PROBLEMS[self.problem][0]

    def __str__(self) -> str:
        details = ", ".join(f"{k}={v!r}" for k, v in self.data.items())
        return f"{self.problem} ({details})" if details else self.problem

    def __reduce__(self):  # keyword data does not survive Exception's default pickling
        return (_input_problem, (self.problem, self.data))


def _input_problem(problem: str, data: Mapping[str, Any]) -> InputProblem:
    return InputProblem(problem, **data)


class PackError(Exception):
    """An invalid rule pack: the message names the file and the key."""


class UsageError(Exception):
    """A bad command line; the CLI exits with status 2."""
