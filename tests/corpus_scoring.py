"""Score isplint against a corpus of protocols with a truth file, in this process.

A corpus is a folder of Word files and ``truth.json``: for each file, the
findings a careful privacy adviser expects (``expect``: a rule code, with
``data`` values that must be equal, or ``data_contains`` values that must be
substrings) and the rule codes tolerated as honest side effects
(``tolerate``).  The matching follows the truth file's own description:
case, spacing and dashes are ignored, lists are compared sorted, and each
finding matches at most one expected entry (maximum bipartite matching).

Used by ``tests/test_blind_corpora.py`` and, for development, from the
command line::

    python -m tests.corpus_scoring tests/blind/*/ [--verbose]
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from linter.engine import lint_path
from linter.facts import Options
from linter.pack import Pack, load_pack


def _norm(v):
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, (list, tuple)):
        return sorted(_norm(x) for x in v)
    s = "" if v is None else str(v)
    for dash in ("\u2013", "\u2014", "\u2011", "\u2010"):
        s = s.replace(dash, "-")
    return " ".join(s.split()).casefold()


def _equal(expected, got) -> bool:
    e, g = _norm(expected), _norm(got)
    if isinstance(e, list):
        return e == (g if isinstance(g, list) else [g])
    if isinstance(g, list):
        return len(g) == 1 and g[0] == e
    return e == g


def _contains(expected, got) -> bool:
    e, g = _norm(expected), _norm(got)
    if isinstance(g, list):
        g = " ".join(g)
    return isinstance(e, str) and e in g


def compatible(exp: dict, finding) -> bool:
    if finding.rule.upper() != exp["rule"].upper():
        return False
    data = dict(finding.data)
    if any(k not in data or not _equal(v, data[k]) for k, v in (exp.get("data") or {}).items()):
        return False
    return all(k in data and _contains(v, data[k]) for k, v in (exp.get("data_contains") or {}).items())


def matching(expected: list[dict], findings: list) -> dict[int, int]:
    """Maximum bipartite matching expected entry -> finding."""
    adj = [[j for j, f in enumerate(findings) if compatible(e, f)] for e in expected]
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or assign(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in sorted(range(len(expected)), key=lambda i: len(adj[i])):
        assign(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class FileScore:
    name: str
    kind: str
    expected: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)


@dataclass
class CorpusScore:
    folder: str
    files: list[FileScore]

    @property
    def expected(self) -> int:
        return sum(f.expected for f in self.files)

    @property
    def matched(self) -> int:
        return sum(f.matched for f in self.files)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def false_positives(self) -> int:
        return sum(len(f.false_positives) for f in self.files)

    @property
    def clean_fp_files(self) -> int:
        return sum(1 for f in self.files if f.expected == 0 and f.false_positives)

    def summary(self) -> str:
        return (f"{self.folder}: recall={self.recall:.2f} ({self.matched}/{self.expected}) "
                f"fp={self.false_positives} clean_fp_files={self.clean_fp_files}")

    def details(self) -> str:
        lines = []
        for f in self.files:
            lines += [f"  {f.name}: MISSED {m}" for m in f.misses]
            lines += [f"  {f.name}: FALSE POSITIVE {m}" for m in f.false_positives]
        return "\n".join(lines)


def score(folder: str | Path, pack: Pack | None = None) -> CorpusScore:
    folder = Path(folder)
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    pack = pack or load_pack()
    options = Options(as_of=date.fromisoformat(truth["as_of"]))
    out = []
    for name, entry in sorted(truth["files"].items()):
        result = lint_path(str(folder / name), pack, options)
        findings = list(result.findings)
        expected = entry.get("expect", [])
        pairs = matching(expected, findings)
        fs = FileScore(name, entry.get("kind", "?"), len(expected), len(pairs))
        fs.misses = [json.dumps(e, ensure_ascii=False) for i, e in enumerate(expected) if i not in pairs]
        used = set(pairs.values())
        allowed = {e["rule"] for e in expected} | set(entry.get("tolerate", []))
        fs.false_positives = [f"{f.rule} {json.dumps(dict(f.data), ensure_ascii=False)} "
                              f"(paragraph {f.location.paragraph})"
                              for j, f in enumerate(findings) if j not in used and f.rule not in allowed]
        out.append(fs)
    return CorpusScore(str(folder), out)


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv or "-v" in argv
    folders = [a for a in argv if not a.startswith("-")]
    pack = load_pack()
    totals = [0, 0, 0, 0]
    for folder in folders:
        if not (Path(folder) / "truth.json").is_file():
            print(f"{folder}: no truth.json, skipped")
            continue
        s = score(folder, pack)
        print(s.summary())
        if verbose and s.details():
            print(s.details())
        totals[0] += s.matched
        totals[1] += s.expected
        totals[2] += s.false_positives
        totals[3] += s.clean_fp_files
    if len(folders) > 1:
        print(f"TOTAL recall={totals[0] / max(1, totals[1]):.3f} ({totals[0]}/{totals[1]}) "
              f"fp={totals[2]} clean_fp_files={totals[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
