"""Optional conversion of .doc, .rtf and .odt files to .docx with LibreOffice.

Used only when the user asks for it (``--convert``): it runs another program
on the file, which is slower and less predictable than reading a .docx.  The
input is copied into a private temporary folder first, because LibreOffice
writes lock files (``.~lock.name#``) next to whatever it opens and isplint
never writes beside the user's document.  LibreOffice also gets its own
throw-away profile, so a copy of LibreOffice the user has open is not
disturbed and cannot block the conversion.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Iterator

from linter.errors import InputProblem

DEFAULT_TIMEOUT = 120.0
_PROGRAMS = ("soffice", "libreoffice")


def find_libreoffice() -> str | None:
    """The path of the LibreOffice command-line program, or None when it is not installed."""
    return next((found for name in _PROGRAMS if (found := shutil.which(name))), None)


def convert_to_docx(path: str | os.PathLike, workdir: str | os.PathLike, *, timeout: float = DEFAULT_TIMEOUT) -> Path:
    """Convert ``path`` to .docx inside ``workdir`` (an existing, empty folder) and return the new file.

    The caller owns ``workdir`` and removes it; :func:`converted` does that
    for you.  Raises :class:`InputProblem` (``convert-unavailable``,
    ``convert-failed``, ``convert-timeout``) when LibreOffice is missing or
    the conversion fails or takes longer than ``timeout`` seconds.
    """
    program = find_libreoffice()
    if program is None:
        raise InputProblem("convert-unavailable")
    work = Path(workdir)
    source = _private_copy(Path(path), work / "input")
    outdir = work / "output"
    outdir.mkdir()
    command = [
        program,
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "docx",
        "--outdir",
        str(outdir),
        str(source),
    ]
    _run(command, timeout)
    result = outdir / (source.stem + ".docx")
    if not result.is_file() or result.stat().st_size == 0:
        raise InputProblem("convert-failed")
    return result


@contextlib.contextmanager
def converted(path: str | os.PathLike, *, timeout: float = DEFAULT_TIMEOUT) -> Iterator[Path]:
    """``with converted(path) as docx_path:`` converts, yields the .docx, and cleans up afterwards."""
    with tempfile.TemporaryDirectory(prefix="isplint-convert-") as workdir:
        yield convert_to_docx(path, workdir, timeout=timeout)


def _private_copy(source: Path, folder: Path) -> Path:
    """Copy the input under a plain name, so odd characters in its name cannot confuse LibreOffice."""
    folder.mkdir(parents=True)
    suffix = "".join(ch for ch in source.suffix.lower() if ch.isalnum() or ch == ".")[:8]
    target = folder / f"document{suffix}"
    try:
        shutil.copyfile(source, target)
    except OSError:
        raise InputProblem("convert-copy-failed") from None
    return target


def _run(command: list[str], timeout: float) -> None:
    """Run LibreOffice in its own process group so a timeout can stop all of it."""
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        raise InputProblem("convert-failed") from None
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        raise InputProblem("convert-timeout", seconds=timeout) from None
    if process.returncode != 0:
        raise InputProblem("convert-failed")


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        process.kill()
    process.wait()

