"""One finding per line, ``path:paragraph: CODE [severity] message fix (where)``, grouped per file."""

from __future__ import annotations

from typing import Sequence

from ..findings import FileResult
from ..pack import Pack


def finding_line(path: str, f) -> str:
    where = f.location.describe()
    para = f.location.paragraph if f.location.paragraph is not None else 0
    where = f" ({where})" if where else ""
    return f"{path}:{para}: {f.rule} [{f.severity}] {f.text}{where}"


class TextReporter:
    def render(self, pack: Pack, results: Sequence[FileResult]) -> str:
        from . import summary

        lines: list[str] = []
        for r in results:
            if not r.findings:
                continue
            lines.extend(finding_line(r.path, f) for f in r.findings)
            lines.append("")
        s = summary(results)
        sev = s["by_severity"]
        if s["findings"]:
            lines.append(
                f"{s['findings']} finding{'s' if s['findings'] != 1 else ''} "
                f"({sev['error']} error, {sev['warning']} warning, {sev['info']} info) "
                f"in {s['files_with_findings']} of {s['files']} file{'s' if s['files'] != 1 else ''}."
            )
        else:
            lines.append(f"No problems found in {s['files']} file{'s' if s['files'] != 1 else ''}.")
        return "\n".join(lines) + "\n"
