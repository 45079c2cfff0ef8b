"""run_isolated: results come back, and runaway time or memory becomes a clear ISP001."""

from __future__ import annotations

import operator
import sys
import time

import pytest

from hostile_files import assert_clear_problem
from linter.errors import InputProblem
from linter.isolation import run_isolated


def _sleep_forever() -> None:
    time.sleep(60)


def _allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def _refuse() -> None:
    raise InputProblem("convert-timeout", seconds=2.5)


def _fail() -> None:
    raise ValueError("a bug in a check")


def test_normal_function_returns_its_value():
    assert run_isolated(operator.add, 2, 3, timeout=30, memory_mb=None) == 5


def test_result_can_be_large():
    assert run_isolated(_allocate, 50, timeout=30, memory_mb=None) == 50 * 1024 * 1024


def test_timeout_gives_isp001_naming_the_limit():
    started = time.monotonic()
    with pytest.raises(InputProblem) as caught:
        run_isolated(_sleep_forever, timeout=1, memory_mb=None)
    assert time.monotonic() - started < 10
    finding = assert_clear_problem(caught.value, "ISP001")
    assert caught.value.problem == "timeout" and caught.value.data == {"seconds": 1}
    assert "1 seconds" in finding.message and "--timeout" in finding.fix


@pytest.mark.skipif(sys.platform == "win32", reason="address-space limits are POSIX only")
def test_memory_limit_gives_clear_isp001():
    with pytest.raises(InputProblem) as caught:
        run_isolated(_allocate, 2048, timeout=30, memory_mb=512)
    finding = assert_clear_problem(caught.value, "ISP001")
    assert "512 MB" in finding.message and "--max-memory" in finding.fix


def test_input_problem_passes_through_unchanged():
    with pytest.raises(InputProblem) as caught:
        run_isolated(_refuse, timeout=30, memory_mb=None)
    assert (caught.value.problem, caught.value.data) == ("convert-timeout", {"seconds": 2.5})


def test_other_exceptions_are_reraised_as_themselves():
    with pytest.raises(ValueError, match="a bug in a check"):
        run_isolated(_fail, timeout=30, memory_mb=None)
