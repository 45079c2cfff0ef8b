"""The one XML parser isplint uses, configured so a document cannot attack us.

A Word file is a ZIP of XML parts written by whoever sent it.  XML has two
classic traps: external entities (``<!ENTITY e SYSTEM "file:///etc/passwd">``,
which make a naive parser read local files or fetch URLs) and nested
entity expansion ("billion laughs", a few hundred bytes that expand to
gigabytes).  Word never writes a DOCTYPE, so the safe answer is to refuse any
part that has one, before libxml2 looks at its declarations, and to parse
everything else with DTD loading, entity substitution, network access and
libxml2's "huge tree" mode all switched off.
"""

from __future__ import annotations

import re

from lxml import etree

from linter.errors import InputProblem

# Every code unit layout a DOCTYPE or ENTITY declaration could take in the
# encodings XML parsers auto-detect (UTF-8 and its ASCII-compatible cousins,
# UTF-16 in either byte order).  A match anywhere is refused: in a part Word
# wrote, "<!DOCTYPE" can only appear inside a comment or CDATA section, which
# Word does not write either.
_DECLARATIONS = tuple(
    keyword.encode(encoding)
    for keyword in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)
_DECLARATION_RE = re.compile(b"|".join(re.escape(d) for d in _DECLARATIONS), re.IGNORECASE)

_DAMAGED = (
    "The file is damaged: {what} cannot be read. "
    "Open it in Word and save it again, or get a fresh copy."
)
_DECLARES = (
    "The file is unsafe to read: {what} contains a DOCTYPE or ENTITY declaration, which Word "
    "never writes and which can be used to attack the computer reading it. "
    "Open it in Word and save it again, or get a fresh copy from its author."
)


def _parser() -> etree.XMLParser:
    """A fresh parser per call: lxml parsers are not thread-safe to share."""
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=False,
        remove_comments=False,
        collect_ids=False,
    )


def has_declarations(data: bytes) -> bool:
    """True when ``data`` holds a DOCTYPE or ENTITY declaration in any common encoding."""
    return _DECLARATION_RE.search(data) is not None


def parse(data: bytes, *, name: str | None = None) -> etree._Element:
    """Parse one XML part and return its root element.

    Raises :class:`InputProblem` ISP001 when the XML is malformed or declares
    a DOCTYPE or entities.  ``name`` (the part's name inside the file, such as
    ``word/document.xml``) is used only to make the message specific.
    """
    what = f"part of it ({name})" if name else "part of it"
    if has_declarations(data):
        raise InputProblem("ISP001", _DECLARES.format(what=what))
    try:
        root = etree.fromstring(data, parser=_parser())
    except (etree.XMLSyntaxError, ValueError):
        # ValueError: lxml refuses some inputs (e.g. unicode with an encoding
        # declaration) before parsing; for us both mean "not readable XML".
        raise InputProblem("ISP001", _DAMAGED.format(what=what)) from None
    if root is None:
        raise InputProblem("ISP001", _DAMAGED.format(what=what))
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        # Belt and braces for encodings the byte scan above does not cover.
        raise InputProblem("ISP001", _DECLARES.format(what=what))
    return root
