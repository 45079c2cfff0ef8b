"""Batch runs: find the Word files under the given paths and lint each one.

One bad file never stops a run: every file gets a result, in the order the
paths were given (folders sorted), whatever happens to the others.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, Sequence

from .engine import ReadOptions, failed, lint_path
from .facts import Options
from .findings import FileResult
from .pack import Pack

# Linted when found in a folder.  Legacy formats are included so that an
# audit of a share lists them (as unsupported formats, with how to convert them).
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
LEGACY_SUFFIXES = (".doc", ".dot", ".rtf", ".odt")


def discover(paths: Iterable[str]) -> Iterator[str]:
    """Files named directly, and the Word files under each folder (recursively, sorted)."""
    for p in paths:
        if os.path.isdir(p) and not p.lower().endswith(WORD_SUFFIXES):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if name.startswith("~$"):  # Word's lock files, not documents
                        continue
                    if name.lower().endswith(WORD_SUFFIXES + LEGACY_SUFFIXES):
                        yield os.path.join(root, name)
        else:
            yield p


def safe_lint(path: str, pack: Pack, options: Options, read_options: ReadOptions) -> FileResult:
    """Lint one file; a bug in isplint becomes an internal-error finding for that file, not the end of the run."""
    try:
        return lint_path(path, pack, options, read_options)
    except Exception as exc:  # noqa: BLE001 - a bug in isplint must not end the run
        return failed(path, pack, exc)


def run(paths: Sequence[str], pack: Pack, options: Options, read_options: ReadOptions,
        jobs: int = 1, task: Callable = safe_lint) -> list:
    """``task(path, pack, options, read_options)`` for every file found, in order.

    ``task`` must be a module-level function (it is sent to worker processes)
    that never raises: every file gets a result whatever happens to the others.
    """
    files = list(discover(paths))
    if jobs <= 1 or len(files) <= 1:
        return [task(f, pack, options, read_options) for f in files]
    from .isolation import process_context

    # The same start method as the per-file child processes: a pool forked
    # from a process that already talks to a fork server cannot start its own.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=process_context()) as pool:
        futures = [pool.submit(task, f, pack, options, read_options) for f in files]
        return [fut.result() for fut in futures]

