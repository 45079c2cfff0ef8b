"""Write findings into a copy of the draft as Word comments.

A privacy adviser reviewing a draft wants the findings where the author will
see them: as comments on the paragraph each one is about.  The input file is
never changed; the annotated copy is written to a new file.  Findings that
belong to no body paragraph (a header marking, the document as a whole) are
attached to the first paragraph, saying where they belong.

The draft is read, checked and annotated in one go, within the same time and
memory limits as ``lint`` (see :func:`linter.engine.within_limits`); the copy
is written only once that has succeeded.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass

from .engine import ReadOptions, check_document, open_checked, within_limits
from .errors import UsageError
from .facts import Options
from .findings import FileResult, Finding
from .pack import Pack

AUTHOR, INITIALS = "isplint", "ISP"
_ELSEWHERE = {"header": "In the header", "footer": "In the footer", "footnote": "In a footnote",
              "endnote": "In an endnote", "comment": "In a comment", "file": "About the whole document"}


@dataclass(frozen=True)
class Annotated:
    output: str
    result: FileResult


def default_output(path: str) -> str:
    stem, _ = os.path.splitext(path)
    return f"{stem}-isplint.docx"


def comment_text(f: Finding) -> str:
    where = _ELSEWHERE.get(f.location.part)
    prefix = f"{where}: " if where and f.location.part != "document" else ""
    return f"{prefix}{f.rule} {f.name} ({f.severity}): {f.text}"


def annotate(path: str, output: str, pack: Pack, options: Options, read_options: ReadOptions) -> Annotated:
    """Lint ``path`` and write a copy with one comment per finding to ``output``.

    Raises InputProblem for a file that cannot be read (or that goes over the
    limits) and UsageError when ``output`` is the input file.
    """
    if os.path.exists(output) and os.path.samefile(path, output):
        raise UsageError("the annotated copy must not overwrite the original; choose another -o file")
    findings, copy = within_limits(read_options, annotated_copy, path, pack, options, read_options)
    try:
        with open(output, "wb") as fh:
            fh.write(copy)
    except OSError as exc:
        raise UsageError(f"cannot write the annotated copy to {output}: {exc.strerror}") from None
    return Annotated(output=output, result=FileResult(path=path, status="ok", findings=findings))


def annotated_copy(path: str, pack: Pack, options: Options, read_options: ReadOptions) -> tuple[tuple[Finding, ...], bytes]:
    """The findings for ``path`` and the bytes of a copy with each one as a comment."""
    from docx.text.paragraph import Paragraph

    from .docx_reader import read_for_writing

    model, word, elements = read_for_writing(open_checked(path, read_options))
    findings = tuple(check_document(model, pack, options))
    if not elements:
        elements = [word.add_paragraph()._p]
    for f in findings:
        in_body = f.location.part in ("document", "textbox") and f.location.paragraph
        element = elements[f.location.paragraph - 1] if in_body and f.location.paragraph <= len(elements) \
            else elements[0]
        paragraph = Paragraph(element, word.part)
        runs = paragraph.runs or [paragraph.add_run("")]
        word.add_comment(runs, text=comment_text(f), author=AUTHOR, initials=INITIALS)
    buffer = io.BytesIO()
    word.save(buffer)
    return findings, buffer.getvalue()


__all__ = ["Annotated", "annotate", "annotated_copy", "comment_text", "default_output"]
