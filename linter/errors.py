"""Exceptions that cross module boundaries."""

from __future__ import annotations


class InputProblem(Exception):
    """A file that cannot be linted as it is.

    ``code`` is the rule code reported for it (ISP001 unreadable-document,
    ISP002 encrypted-document, ISP003 unsupported-format); ``message`` is one
    plain-English line that says what is wrong and how to fix it.
    """

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


class PackError(Exception):
    """An invalid rule pack: the message names the file and the key."""


class UsageError(Exception):
    """A bad command line; the CLI exits with status 2."""
