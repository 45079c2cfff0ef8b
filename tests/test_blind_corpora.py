"""Protocols by writers who never saw isplint: every expected finding, and nothing else.

See tests/blind/README.md.  One test per corpus, so a failure names the house
style it broke, and its message lists every miss and false alarm.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from linter.pack import load_pack
from tests.corpus_scoring import score

BLIND = Path(__file__).parent / "blind"
CORPORA = sorted(p.name for p in BLIND.iterdir() if (p / "truth.json").is_file())
PACK = load_pack()


@lru_cache(maxsize=None)
def scored(corpus: str):
    return score(BLIND / corpus, PACK)


def test_there_are_blind_corpora():
    assert len(CORPORA) >= 6


def known(corpus: str) -> set[str]:
    """Where isplint and the writer still disagree: ``known.json`` in the corpus, each difference
    under its reason.  The test requires exactly these: one that goes away must be taken off the
    list (and one that appears fails)."""
    path = BLIND / corpus / "known.json"
    if not path.is_file():
        return set()
    return {line for lines in json.loads(path.read_text(encoding="utf-8")).values() for line in lines}


@pytest.mark.parametrize("corpus", CORPORA)
def test_blind_corpus_findings_are_exactly_the_truth(corpus):
    result = scored(corpus)
    differences = {line.strip() for line in result.details().splitlines() if line.strip()}
    assert differences == known(corpus), result.summary() + "\n" + result.details()


@pytest.mark.parametrize("corpus", CORPORA)
def test_blind_corpus_has_clean_and_defect_protocols(corpus):
    result = scored(corpus)
    kinds = {f.kind for f in result.files}
    assert "clean" in kinds and ({"defect", "legacy"} & kinds), kinds
    assert all(f.expected == 0 for f in result.files if f.kind == "clean")
