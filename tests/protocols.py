"""A complete, filled protocol that tests build in each heading layout.

``build_protocol(layout, omit=..., replace=...)`` writes a family-violence
safety meeting protocol with every template section filled, in one of the
layouts real protocols use.  Tests delete or replace a section to provoke
one finding, and check that the untouched protocol is clean.

Each section's body is a list of items: a string is a paragraph, a
``("bullets", [...])`` or ``("numbers", [...])`` tuple is a list, a
``("table", rows)`` tuple is a table, and ``("marking", text)`` a bold line.
"""

from __future__ import annotations

from sample_protocols.docbuilder import DocBuilder

AGENCIES = [
    "New Zealand Police (lead attending agency)",
    "Oranga Tamariki – Ministry for Children",
    "Health New Zealand – Te Whatu Ora",
    "Ministry of Social Development",
    "Kāinga Ora – Homes and Communities",
]

SIGNATORIES = [
    ["Agency", "Name", "Role", "Signature", "Date"],
    ["New Zealand Police", "Aroha Ngata", "District Commander, Tāmaki Makaurau", "signed", "3 March 2026"],
    ["Oranga Tamariki – Ministry for Children", "Mere Walker", "Regional Manager", "signed", "4 March 2026"],
    ["Health New Zealand – Te Whatu Ora", "David Chen", "Director of Social Work", "signed", "5 March 2026"],
    ["Ministry of Social Development", "Sione Taufa", "Regional Commissioner", "signed", "6 March 2026"],
    ["Kāinga Ora – Homes and Communities", "Emma Brown", "Regional Director", "signed", "9 March 2026"],
]

# (key, heading as the template words it, body)
SECTIONS: list[tuple[str, str, list]] = [
    ("attending-agencies", "Attending agencies", [
        "The following agencies attend the meeting and are parties to this protocol. "
        "New Zealand Police is the lead attending agency.",
        ("bullets", AGENCIES),
    ]),
    ("meeting-purpose", "Meeting purpose", [
        "The Family Violence Safety Meeting meets weekly to assess the risk to people affected by "
        "family violence in Tāmaki Makaurau and to agree a coordinated safety plan for each family.",
    ]),
    ("sharing-purpose", "Purpose of sharing", [
        "Information is shared at the meeting for the following purposes:",
        ("numbers", [
            "To assess the risk of family violence to victims and their children.",
            "To agree a safety plan and the supports each agency will provide to the family.",
        ]),
    ]),
    ("information-shared", "Information to be shared", [
        "Attending agencies may share the names, dates of birth and addresses of the people discussed, "
        "relevant family violence history, current risk factors, and the services each agency provides.",
    ]),
    ("legal-authority", "Legal authority to share", [
        ("table", [
            ["Purpose", "Legal authority"],
            ["1. Assess the risk of family violence", "Family Violence Act 2018, section 20"],
            ["2. Agree a safety plan and supports", "Oranga Tamariki Act 1989, section 66C; Privacy Act 2020, IPP 11(1)(f)"],
        ]),
        "This protocol does not itself authorise the sharing of information; each disclosure relies on "
        "the legal authority above.",
    ]),
    ("use-of-information", "Use of information", [
        "Information shared at the meeting is used only for the purposes above. Attending agencies do not "
        "record shared information in their own systems unless it is needed to carry out an action agreed "
        "at the meeting, and then note its source, the legal authority and the date it was shared.",
    ]),
    ("transparency", "Transparency and notification obligations", [
        "Each agency tells the people it works with, through its privacy statement and at first contact, "
        "that information may be shared with other agencies to keep them safe, unless doing so would "
        "increase the risk of harm.",
    ]),
    ("method-of-sharing", "Method of sharing", [
        "The lead agency emails the list of families to be discussed to attending agency representatives "
        "two days before the meeting using SEEMail. Information is otherwise shared verbally at the meeting.",
    ]),
    ("security-classification", "Security classification", [
        "Information shared under this protocol is classified IN-CONFIDENCE.",
    ]),
    ("security-controls", "Security controls", [
        ("bullets", [
            "Attending agency representatives have completed privacy and information security training.",
            "All hard copy information is securely destroyed at the end of the meeting.",
            "Email attachments containing personal information are password protected.",
            "Information is shared only from agency-approved devices.",
            "In virtual meetings, representatives do not use the chat function, record the meeting or take screenshots.",
            "Hard copies are not provided to other attending agency representatives.",
        ]),
    ]),
    ("tikanga", "Tikanga considerations", [
        "Where information about Māori whānau is discussed, the iwi provider advises on tikanga and the "
        "meeting follows that advice on how information about whānau is shared and used.",
    ]),
    ("retention-disposal", "Retention and disposal of information shared", [
        "Agencies keep shared information only in their approved business systems and only while it is "
        "needed for the meeting's purposes, then dispose of it under their retention and disposal authority.",
    ]),
    ("breach-management", "Privacy and security breach management", [
        "If there is a privacy or security breach involving information shared at the meeting, contact the "
        "breach contact: Hana Rāwiri, Privacy Officer, New Zealand Police, privacy.officer@police.govt.nz, "
        "04 474 9499.",
    ]),
    ("conflicts-of-interest", "Managing conflicts of interest", [
        "A representative who knows a person being discussed tells the facilitator, refers the request to a "
        "colleague and leaves the meeting while that person is discussed.",
    ]),
    ("relationship-management", "Relationship management and oversight", [
        "Each agency nominates a relationship manager. Relationship managers meet six-monthly to check the "
        "protocol is working as intended.",
    ]),
    ("review", "Review", [
        "This protocol is reviewed every 24 months from the date it is signed. New Zealand Police is "
        "responsible for initiating the review. Any attending agency may ask for a review at any time.",
    ]),
    ("approval", "Approval", [
        "Signed for and on behalf of each attending agency:",
        ("table", SIGNATORIES),
    ]),
]

LAYOUTS = ("styles", "numbered-bold", "form-table", "renamed-styles", "pdf-converted")
PRINTED_LINE = 84  # characters on a printed line, for the pdf-converted layout
LINES_PER_PAGE = 34


def _printed_lines(text: str, width: int = PRINTED_LINE) -> list[str]:
    """Text broken into printed lines, as a PDF converted back to Word has it."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


class _Pages:
    """Writes paragraphs one printed line each, with the running header and footer a PDF
    conversion leaves in the body at every page break (mid-sentence, where it falls)."""

    def __init__(self, b: DocBuilder, title: str):
        self.b, self.title, self.lines, self.page = b, title, 0, 1

    def line(self, text: str) -> None:
        self.b.para(text)
        self.lines += 1
        if self.lines >= LINES_PER_PAGE:
            self.b.para("IN-CONFIDENCE")
            self.b.para(f"Page {self.page} of 9")
            self.b.para(self.title)
            self.lines, self.page = 0, self.page + 1

    def paragraph(self, text: str, lead: str = "") -> None:
        for n, line in enumerate(_printed_lines(text, PRINTED_LINE - len(lead))):
            self.line(f"{lead}{line}" if n == 0 else line)

    def body(self, items: list) -> None:
        for item in items:
            if isinstance(item, str):
                self.paragraph(item)
            elif item[0] in ("bullets", "numbers"):
                for n, text in enumerate(item[1], 1):
                    self.paragraph(text, f"{n}.\t" if item[0] == "numbers" else "•\t")
            elif item[0] == "table":
                for row in item[1]:
                    self.line("\t".join(row))


def _write_body(b: DocBuilder, items: list) -> None:
    for item in items:
        if isinstance(item, str):
            b.para(item)
        elif item[0] in ("bullets", "numbers"):
            b.bullets(item[1], numbered=item[0] == "numbers")
        elif item[0] == "table":
            b.table(item[1])
        elif item[0] == "marking":  # a protective marking set in bold at the top of a page
            b.para(item[1], bold=True)
        elif item[0] == "levels":  # numbered paragraphs at several levels: [(level, text), ...]
            for level, text in item[1]:
                b.bullets([text], numbered=True, level=level)
        else:  # pragma: no cover - a mistake in a test
            raise ValueError(item)


def _cell_value(items: list) -> list[str]:
    """A section body as cell paragraphs (form-table layout: lists become lines, tables rows)."""
    lines: list[str] = []
    for item in items:
        if isinstance(item, str):
            lines.append(item)
        elif item[0] in ("bullets", "numbers"):
            lines.extend(f"{n}. {t}" if item[0] == "numbers" else t for n, t in enumerate(item[1], 1))
    return lines


def build_protocol(layout: str = "styles", omit: tuple[str, ...] = (), replace: dict | None = None,
                   title: str = "Family Violence Safety Meeting – Information Sharing Protocol",
                   builder: DocBuilder | None = None) -> DocBuilder:
    """A filled protocol; ``omit`` drops sections by key, ``replace`` maps a key to (heading, body)."""
    replace = replace or {}
    b = builder or DocBuilder(title=title, author="Privacy Team")
    b.header("IN-CONFIDENCE")
    b.footer("IN-CONFIDENCE")
    sections = [(k, *replace.get(k, (h, body))) for k, h, body in SECTIONS if k not in omit]
    if layout == "styles":
        b.heading(title, 0)
        for key, heading, body in sections:
            b.heading(heading, 1)
            _write_body(b, body)
    elif layout == "numbered-bold":
        b.para(title.upper(), bold=True)
        for n, (key, heading, body) in enumerate(sections, 1):
            b.bold_heading(f"{n}. {heading}")
            _write_body(b, body)
    elif layout == "renamed-styles":
        b.styled_heading(title, "Protocol Title", 0, size=18)
        for key, heading, body in sections:
            b.styled_heading(heading, "Kōrero Heading", 1)
            _write_body(b, body)
    elif layout == "pdf-converted":
        pages = _Pages(b, title)
        pages.line(title.upper())
        for n, (key, heading, body) in enumerate(sections, 1):
            pages.line(f"{n}.\t{heading.upper()}")
            pages.body(body)
    elif layout == "form-table":
        b.para(title, bold=True)
        table = b.form_table([(heading, _cell_value(body)) for key, heading, body in sections])
        for row, (key, heading, body) in enumerate(sections):
            for item in body:
                if not isinstance(item, str) and item[0] == "table":
                    b.nested_table(table.cell(row, 1), item[1])
    else:
        raise ValueError(f"unknown layout {layout}")
    return b
