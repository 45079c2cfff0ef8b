"""Throughput and memory of isplint on the shipped samples (and the real-world corpus if present).

Prints numbers; asserts nothing.  Run: python benchmarks/bench_lint.py [--repeat N]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from linter.engine import ReadOptions  # noqa: E402
from linter.facts import Options  # noqa: E402
from linter.pack import load_pack  # noqa: E402
from linter.runner import discover, run  # noqa: E402


def bench(label: str, paths: list[str], read_options: ReadOptions, repeat: int, jobs: int = 1) -> None:
    pack = load_pack()
    files = list(discover(paths))
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run(files, pack, Options(), read_options, jobs=jobs)
        best = min(best, time.perf_counter() - start)
    print(f"{label:<44} {len(files):>4} files  best {best:6.2f} s  {len(files) / best:7.1f} files/s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    samples = sorted(str(p) for p in (ROOT / "sample_protocols").glob("*.docx"))
    start = time.perf_counter()
    load_pack()
    print(f"load pack: {time.perf_counter() - start:.3f} s")
    bench("samples, in process", samples, ReadOptions(), args.repeat)
    bench("samples, each file in a limited child", samples, ReadOptions(timeout=120, memory_mb=2048), args.repeat)
    bench("samples, limited children, --jobs 2", samples, ReadOptions(timeout=120, memory_mb=2048), args.repeat, 2)
    realworld = ROOT.parent / "shared" / "realworld"
    if realworld.is_dir():
        bench("real-world corpus, in process", [str(realworld)], ReadOptions(), args.repeat)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
