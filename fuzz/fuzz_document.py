"""Coverage-guided fuzzing of the loader and document reader with atheris.

Not run in CI and atheris is not a project dependency; see fuzz/README.md.
Every input must end in a Package (then a document model) or an
InputProblem; anything else is a bug and atheris reports it with the input
that caused it.
"""

from __future__ import annotations

import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    from linter.errors import InputProblem
    from linter.loader import Limits, open_package

    try:  # the reader is the lead's; fuzz the loader alone if it is missing
        from linter import docx_reader
    except ImportError:  # pragma: no cover
        docx_reader = None

# Small limits keep each run fast; the limit checks themselves are still exercised.
LIMITS = Limits(max_file_bytes=4 * 1024 * 1024, max_part_bytes=16 * 1024 * 1024,
                max_total_bytes=32 * 1024 * 1024, max_parts=500)
_FOLDER = tempfile.mkdtemp(prefix="isplint-fuzz-")
_PATH = os.path.join(_FOLDER, "input.docx")


def _read_model(package):
    """Build the document model when the reader offers a function for it."""
    for name in ("read_document", "read_package"):
        reader = getattr(docx_reader, name, None) if docx_reader else None
        if callable(reader):
            return reader(package)
    return None


def test_one_input(data: bytes) -> None:
    with open(_PATH, "wb") as handle:
        handle.write(data)
    try:
        package = open_package(_PATH, limits=LIMITS)
        package.docx_bytes()
        _read_model(package)
    except InputProblem:
        pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
