"""Fixtures for the robustness tests; the file builders live in hostile_files.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_files import valid_docx_bytes


@pytest.fixture
def write(tmp_path: Path):
    """write(bytes, name="x.docx") -> Path of a new file in tmp_path."""

    def _write(data: bytes, name: str = "protocol.docx") -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return _write


@pytest.fixture
def docx_bytes() -> bytes:
    return valid_docx_bytes()
