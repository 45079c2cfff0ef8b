"""JUnit XML for CI systems: one test case per file, failed when it has findings at warning or above."""

from __future__ import annotations

from typing import Sequence
from xml.etree import ElementTree as ET

from ..findings import FileResult, severity_rank
from ..pack import Pack


def _line(f) -> str:
    where = f.location.describe()
    para = f"paragraph {f.location.paragraph}" if f.location.paragraph else ""
    at = ", ".join(x for x in (para, where) if x)
    return f"{f.rule} [{f.severity}] {f.text}" + (f" ({at})" if at else "")


class JunitReporter:
    def render(self, pack: Pack, results: Sequence[FileResult]) -> str:
        suite = ET.Element("testsuite", name="isplint", tests=str(len(results)))
        failures = errors = 0
        for r in results:
            case = ET.SubElement(suite, "testcase", classname="isplint", name=r.path)
            blocking = [f for f in r.findings if severity_rank(f.severity) >= severity_rank("warning")]
            if r.status == "error":
                errors += 1
                el = ET.SubElement(case, "error", message=r.findings[0].text if r.findings else "unreadable")
                el.text = "\n".join(_line(f) for f in r.findings)
            elif blocking:
                failures += 1
                el = ET.SubElement(case, "failure", message=f"{len(blocking)} finding(s)")
                el.text = "\n".join(_line(f) for f in r.findings)
            elif r.findings:
                ET.SubElement(case, "system-out").text = "\n".join(_line(f) for f in r.findings)
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        root = ET.Element("testsuites")
        root.append(suite)
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
