"""Problems with the file itself (ISP001-ISP003).

These rules are raised by the loader, not by a check: a file that cannot be
read has no content to check.  The kind exists so that the pack documents
them like any other rule (code, severity, explanation) and so that a pack
can change their severity.  The ``input`` parameter names the loader's code.
"""

from __future__ import annotations

KIND = "input-problem"
PARAMS: dict = {}


def check(facts, rule):
    return iter(())
