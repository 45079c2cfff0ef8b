# ====================================================================== shared protocol pieces

CLASS_ITEMS = ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"]
REVIEW_ITEMS = ["6 months", "12 months", "18 months", "24 months", "36 months"]
STATUS_ITEMS = ["Draft", "Review draft", "Final – approved"]
SHADE = "DEEAF6"
HEAD_SHADE = "1F3864"


def H1(segs):
    return P(segs, style="Heading1", num="head", ilvl=0, keep=True)


def H2(segs):
    return P(segs, style="Heading2", num="head", ilvl=1, keep=True)


def rn(v, old, new, who, when):
    """Heading text renamed by a reviewer: tracked in review drafts, accepted otherwise."""
    if v.get("tracked") and who:
        return [Del(who, when, old), Ins(who, when, new)]
    return [new]


def bullets(items, mark=None):
    return [P(it, num="bullet", mark=mark) for it in items]


def numbered(items, key):
    return [P(it, num=key) for it in items]


def spacer():
    return P([], space_after=0)


def head_cell(text):
    return Cell([T(text, b=True, color="FFFFFF")], shade=HEAD_SHADE)


def label_cell(text):
    return Cell([B(text)], shade=SHADE)


def cover(v, meeting, lead, version, status, approved):
    """Title block and protocol details table of the template."""
    return [
        P([T("Multi-agency meeting information sharing protocol")], style="ProtocolTitle"),
        P([Ctl("text", "Name of multi-agency meeting", meeting)], style="Subtitle"),
        Tbl([
            Row([label_cell("Multi-agency meeting"), Ctl("text", "Meeting name", meeting)]),
            Row([label_cell("Lead attending agency"), Ctl("text", "Lead attending agency", lead)]),
            Row([label_cell("Protocol version"), version]),
            Row([label_cell("Status"), Ctl("drop", "Protocol status", status, STATUS_ITEMS)]),
            Row([label_cell("Date of approval"), Ctl("date", "Date of approval", approved)]),
        ], [3000, 6000]),
        spacer(),
    ]


def attending_table(agencies, col2="Attends as"):
    rows = [Row([head_cell("Attending agency"), head_cell(col2)], header=True)]
    for name, rep in agencies:
        rows.append(Row([Ctl("text", "Attending agency name", name), rep]))
    return Tbl(rows, [4200, 4800])


def sig_blocks(sigs, role_label="Role", intro_label="Signed for and on behalf of "):
    """One shaded two-column block per agency (the template's layout)."""
    out = []
    for s in sigs:
        mark = s.get("mark")
        rows = [
            Row([Cell([T(intro_label, b=True), Ctl("text", "Signatory agency", s["agency"], b=True)],
                      shade=SHADE, span=2)], mark=mark),
            Row([label_cell("Name"), Ctl("text", "Signatory name", s.get("name"))], mark=mark),
            Row([label_cell(role_label), Ctl("text", "Signatory role", s.get("role"))], mark=mark),
            Row([label_cell("Signature"), ""], mark=mark),
            Row([label_cell("Date"), Ctl("date", "Date signed", s.get("date"))], mark=mark),
        ]
        out.append(Tbl(rows, [2400, 6600]))
        out.append(spacer() if not mark else P([], space_after=0, mark=mark))
    return out


def sig_table(sigs, role_label="Role"):
    rows = [Row([head_cell("Agency"), head_cell("Name"), head_cell(role_label),
                 head_cell("Signature"), head_cell("Date")], header=True)]
    for s in sigs:
        rows.append(Row([Ctl("text", "Signatory agency", s["agency"]),
                         Ctl("text", "Signatory name", s.get("name")),
                         Ctl("text", "Signatory role", s.get("role")),
                         "",
                         Ctl("date", "Date signed", s.get("date"))], mark=s.get("mark")))
    return Tbl(rows, [2200, 1800, 2400, 1300, 1300])


def breach_contact_table(contact, mark=None):
    """contact: dict role, agency, email, phone (values None = unfilled controls)."""
    rows = [Row([head_cell("Breach contact (role)"), head_cell("Agency"), head_cell("Email"),
                 head_cell("Phone")], header=True),
            Row([Ctl("text", "Breach contact role", contact.get("role")),
                 Ctl("text", "Breach contact agency", contact.get("agency")),
                 Ctl("text", "Breach contact email", contact.get("email")),
                 Ctl("text", "Breach contact phone", contact.get("phone"))], mark=mark)]
    return Tbl(rows, [2600, 2400, 2600, 1400])


def review_para(v, months, owner, tail, change=None):
    return P(["This protocol will be reviewed every ",
              Ctl("drop", "Review period", months, REVIEW_ITEMS, change=change),
              " from the date of the last signature. ",
              Ctl("text", "Agency responsible for review", owner),
              tail])
