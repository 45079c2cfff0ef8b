"""The built wheel carries the rule packs, and the installed package finds them.

Builds the wheel (pip, as a user would), installs it into a private folder
and runs it from outside the source tree, so a rules/ file that is not
packaged fails here rather than on a user's machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True,
    )
    if proc.returncode != 0:
        pytest.fail(f"pip wheel failed:\n{proc.stdout}\n{proc.stderr}")
    (whl,) = out.glob("isplint-*.whl")
    return whl


def test_wheel_contains_every_rule_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for toml in (ROOT / "rules").rglob("*.toml"):
        assert f"linter/rules/{toml.relative_to(ROOT / 'rules').as_posix()}" in names


def test_installed_package_finds_its_pack_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                    str(wheel)], check=True)
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import linter, linter.pack as p; pack = p.load_pack(); "
        "print(linter.__file__); print(p.default_pack_path()); print(len(pack.rules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    module_file, pack_path, count = proc.stdout.split("\n")[:3]
    assert module_file.startswith(str(target))
    assert pack_path.startswith(str(target))
    assert int(count) >= 5
