"""Run the reading of one file in a child process with time and memory limits.

The loader's limits stop the hostile files we know about; this is the net
for the ones we do not.  A document that makes a parser loop or balloon can
then only cost its own child process: the batch carries on and the file is
reported as an input problem (``timeout``, ``memory-limit``, ``out-of-memory``,
``crashed``) that says which limit it hit and how to raise it.

The callable and its arguments are sent to the child by pickling, so ``fn``
must be a module-level function and the result must be picklable.
"""

from __future__ import annotations

import multiprocessing
import pickle
import sys
import traceback
from typing import Any, Callable

from linter.errors import InputProblem

# How long to wait for a child to exit after it has sent its answer, or
# after it has been asked to stop, before it is killed outright.
_GRACE_SECONDS = 5.0


# Modules the fork server imports once, so that each child it forks starts
# with the reader already loaded instead of importing it again (~0.1 s a file).
_PRELOAD = ["linter.engine", "linter.loader", "linter.docx_reader", "docx"]


def process_context() -> multiprocessing.context.BaseContext:
    """forkserver on POSIX (fast, and safe in a process with threads); spawn elsewhere."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def run_isolated(fn: Callable[..., Any], *args: Any, timeout: float, memory_mb: int | None) -> Any:
    """Return ``fn(*args)`` computed in a child process.

    ``timeout`` is wall-clock seconds; ``memory_mb`` caps the child's address
    space (RLIMIT_AS, POSIX only; ``None`` means no cap).  An
    exception raised by ``fn`` (an :class:`InputProblem` among them) is
    re-raised here as itself when it can be pickled.
    """
    ctx = process_context()
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child_main, args=(sender, fn, args, memory_mb), daemon=True)
    child.start()
    sender.close()  # so recv() sees EOF if the child dies without answering
    try:
        if not receiver.poll(timeout):
            _stop(child, wait=0)
            raise InputProblem("timeout", seconds=timeout)
        try:
            outcome = receiver.recv()
        except (EOFError, OSError):
            outcome = ("crashed",)
    finally:
        receiver.close()
        _stop(child, wait=_GRACE_SECONDS)
    return _interpret(outcome, child.exitcode, memory_mb)


def _interpret(outcome: tuple, exitcode: int | None, memory_mb: int | None) -> Any:
    kind = outcome[0]
    if kind == "ok":
        return outcome[1]
    if kind == "error":
        raise outcome[1]
    if kind == "unpicklable-error":
        raise RuntimeError(f"Reading the document failed in the child process:\n{outcome[1]}")
    if kind == "memory" or memory_mb is not None:
        # A child killed without a word under a memory cap almost always ran
        # out of memory (allocation failures inside C libraries can abort).
        raise InputProblem("memory-limit", limit_mb=memory_mb) if memory_mb else InputProblem("out-of-memory")
    raise InputProblem("crashed", exit_code=exitcode)


def _stop(child: multiprocessing.process.BaseProcess, *, wait: float) -> None:
    """Make sure the child is gone: give it ``wait`` seconds to exit, then terminate, then kill."""
    child.join(wait)
    if child.is_alive():
        child.terminate()
        child.join(_GRACE_SECONDS)
    if child.is_alive():
        child.kill()
        child.join()


def _child_main(sender, fn: Callable[..., Any], args: tuple, memory_mb: int | None) -> None:
    """Entry point in the child: cap memory, run ``fn``, send back one tagged tuple."""
    _limit_memory(memory_mb)
    try:
        outcome: tuple = ("ok", fn(*args))
    except MemoryError:
        outcome = ("memory",)
    except BaseException as error:  # noqa: BLE001 - everything must reach the parent
        outcome = ("error", error) if _round_trips(error) else ("unpicklable-error", traceback.format_exc())
    try:
        sender.send(outcome)
    except MemoryError:
        sender.send(("memory",))
    except Exception:  # the result would not pickle
        sender.send(("unpicklable-error", traceback.format_exc()))
    finally:
        sender.close()


def _round_trips(error: BaseException) -> bool:
    """True when ``error`` survives pickling, so the parent can re-raise it as itself."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return False
    return True


def _limit_memory(memory_mb: int | None) -> None:
    """Cap the address space of this (child) process; a no-op where unsupported."""
    if memory_mb is None or sys.platform == "win32":
        return
    import resource

    limit = memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
