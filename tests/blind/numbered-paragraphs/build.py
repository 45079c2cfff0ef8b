#!/usr/bin/env python3
"""Build the numbered-paragraphs blind corpus: run with /work/blind-kit5/.venv/bin/python build.py"""
"""Rendering engine for the numbered-paragraph protocols (imported by build.py).

A document spec is a dict; its body is a list of items:
  ("group", text)              broad group heading ("Background", "How we work", "Sign-off")
  ("p", lead, content, key)    numbered paragraph; lead may be None; key names it for {ref:key}
  ("sub", content)             lettered sub-paragraph (a), (b) ... under the last numbered paragraph
  ("plain", content)           unnumbered paragraph
  ("sig", [blocks])            signature blocks, each a dict of typed lines
Content is a string or a list of segments: str, ("b", s), ("i", s), ("ins", s), ("del", s),
("drop", value, [choices], alias), ("text", value, alias), ("date", iso, shown, alias).
"""
import datetime as _dt
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

W_AUTHOR_DATE = "2026-09-01T09:00:00Z"
_sdt_id = [7001]
_rev_id = [501]


def _el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def _run(text, bold=False, italic=False, deleted=False):
    r = _el("w:r")
    if bold or italic:
        rpr = _el("w:rPr")
        if bold:
            rpr.append(_el("w:b"))
        if italic:
            rpr.append(_el("w:i"))
        r.append(rpr)
    for i, piece in enumerate(text.split("\t")):
        if i:
            r.append(_el("w:tab"))
        if piece:
            t = _el("w:delText" if deleted else "w:t")
            t.text = piece
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.append(t)
    return r


def _sdt(kind, shown, alias, choices=None, iso=None):
    sdt = _el("w:sdt")
    pr = _el("w:sdtPr")
    pr.append(_el("w:alias", **{"w:val": alias}))
    pr.append(_el("w:tag", **{"w:val": re.sub(r"[^a-z]+", "-", alias.lower()).strip("-")}))
    pr.append(_el("w:id", **{"w:val": _sdt_id[0]}))
    _sdt_id[0] += 1
    if kind == "drop":
        dd = _el("w:dropDownList", **{"w:lastValue": shown})
        for c in choices:
            dd.append(_el("w:listItem", **{"w:displayText": c, "w:value": "" if c == "Choose an item." else c}))
        pr.append(dd)
    elif kind == "text":
        pr.append(_el("w:text"))
    elif kind == "date":
        d = _el("w:date", **{"w:fullDate": iso + "T00:00:00Z"})
        d.append(_el("w:dateFormat", **{"w:val": "d MMMM yyyy"}))
        d.append(_el("w:lid", **{"w:val": "en-NZ"}))
        d.append(_el("w:storeMappedDataAs", **{"w:val": "dateTime"}))
        d.append(_el("w:calendar", **{"w:val": "gregorian"}))
        pr.append(d)
    sdt.append(pr)
    content = _el("w:sdtContent")
    content.append(_run(shown))
    sdt.append(content)
    return sdt


def add_content(p, content, refs, author):
    if isinstance(content, str):
        content = [content]
    for seg in content:
        if isinstance(seg, str):
            p._p.append(_run(resolve(seg, refs)))
            continue
        kind = seg[0]
        if kind == "b":
            p._p.append(_run(resolve(seg[1], refs), bold=True))
        elif kind == "i":
            p._p.append(_run(resolve(seg[1], refs), italic=True))
        elif kind in ("ins", "del"):
            w = _el("w:" + kind, **{"w:id": _rev_id[0], "w:author": author, "w:date": W_AUTHOR_DATE})
            _rev_id[0] += 1
            w.append(_run(resolve(seg[1], refs), deleted=(kind == "del")))
            p._p.append(w)
        elif kind == "drop":
            p._p.append(_sdt("drop", seg[1], seg[3], choices=seg[2]))
        elif kind == "text":
            p._p.append(_sdt("text", seg[1], seg[2]))
        elif kind == "date":
            p._p.append(_sdt("date", seg[2], seg[3], iso=seg[1]))
        else:
            raise ValueError(kind)


def resolve(s, refs):
    return re.sub(r"\{ref:([a-z0-9-]+)\}", lambda m: str(refs[m.group(1)]), s)


def _add_numbering(doc, num_id):
    numbering = doc.part.numbering_part.element
    absn = _el("w:abstractNum", **{"w:abstractNumId": num_id})
    absn.append(_el("w:multiLevelType", **{"w:val": "multilevel"}))
    for ilvl, fmt, txt, left in ((0, "decimal", "%1.", 567), (1, "lowerLetter", "(%2)", 1134),
                                 (2, "lowerRoman", "(%3)", 1701)):
        lvl = _el("w:lvl", **{"w:ilvl": ilvl})
        lvl.append(_el("w:start", **{"w:val": 1}))
        lvl.append(_el("w:numFmt", **{"w:val": fmt}))
        lvl.append(_el("w:lvlText", **{"w:val": txt}))
        lvl.append(_el("w:lvlJc", **{"w:val": "left"}))
        ppr = _el("w:pPr")
        ppr.append(_el("w:ind", **{"w:left": left, "w:hanging": 567}))
        lvl.append(ppr)
        absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = _el("w:num", **{"w:numId": num_id})
    num.append(_el("w:abstractNumId", **{"w:val": num_id}))
    numbering.append(num)


def _set_num(p, num_id, ilvl):
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def _page_field(par):
    fld = _el("w:fldSimple", **{"w:instr": " PAGE "})
    fld.append(_run("1"))
    par._p.append(fld)


def build(spec, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = spec.get("font", "Arial")
    normal.font.size = Pt(spec.get("size", 10.5))
    normal.paragraph_format.space_after = Pt(6)
    author = spec["author"]

    if spec.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = spec["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = spec["footer"] + "  |  page "
        _page_field(fp)
        if spec.get("footer_class"):
            fp2 = sec.footer.add_paragraph(spec["footer_class"])
            fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # title block
    t = doc.add_paragraph()
    r = t.add_run(spec["title"])
    r.bold = True
    r.font.size = Pt(15)
    for line in spec.get("front", []):
        fp = doc.add_paragraph()
        rr = fp.add_run(line)
        rr.font.size = Pt(9.5)
        rr.italic = True

    auto = spec["numbering"] == "auto"
    num_id = spec.get("num_id", 90)
    if auto:
        _add_numbering(doc, num_id)

    # first pass: numbers
    refs, n = {}, 0
    for it in spec["body"]:
        if it[0] == "p":
            n += 1
            if it[3]:
                refs[it[3]] = n
    lead_style = spec.get("lead")  # "bold", "italic" or None
    sep = spec.get("lead_sep", ". ")
    group_style = spec.get("group_style", "Heading 1")

    n, letter = 0, 0
    for it in spec["body"]:
        kind = it[0]
        if kind == "group":
            if group_style == "caps":
                g = doc.add_paragraph()
                gr = g.add_run(it[1].upper())
                gr.bold = True
                g.paragraph_format.space_before = Pt(12)
                g.paragraph_format.keep_with_next = True
            else:
                doc.add_paragraph(it[1], style=group_style)
        elif kind == "p":
            n += 1
            letter = 0
            _, lead, content, _k = it
            p = doc.add_paragraph()
            if auto:
                _set_num(p, num_id, 0)
            else:
                p.paragraph_format.left_indent = Cm(1)
                p.paragraph_format.first_line_indent = Cm(-1)
                p._p.append(_run(f"{n}.\t"))
            if lead and lead_style:
                p._p.append(_run(lead, bold=lead_style == "bold", italic=lead_style == "italic"))
                p._p.append(_run(sep))
            add_content(p, content, refs, author)
        elif kind == "sub":
            letter += 1
            p = doc.add_paragraph()
            if auto:
                _set_num(p, num_id, 1)
            else:
                p.paragraph_format.left_indent = Cm(2)
                p.paragraph_format.first_line_indent = Cm(-1)
                p._p.append(_run(f"({chr(96 + letter)})\t"))
            add_content(p, it[1], refs, author)
        elif kind == "plain":
            p = doc.add_paragraph()
            add_content(p, it[1], refs, author)
        elif kind == "sig":
            mode = spec.get("sig_mode", "lines")
            for blk in it[1]:
                lines = [(k, v) for k, v in blk.items()]
                if mode == "breaks":
                    p = doc.add_paragraph()
                    p.paragraph_format.keep_together = True
                    for i, (k, v) in enumerate(lines):
                        if i:
                            p._p.append(_el("w:r"))
                            p._p[-1].append(_el("w:br"))
                        add_content(p, [f"{k}: "] + (v if isinstance(v, list) else [v]), refs, author)
                else:
                    for k, v in lines:
                        p = doc.add_paragraph()
                        p.paragraph_format.space_after = Pt(2)
                        p.paragraph_format.keep_with_next = True
                        add_content(p, [f"{k}: "] + (v if isinstance(v, list) else [v]), refs, author)
                doc.add_paragraph()
        else:
            raise ValueError(kind)

    if spec.get("track_revisions"):
        st = doc.settings.element
        anchor = st.find(qn("w:defaultTabStop"))
        tr = _el("w:trackRevisions")
        if anchor is not None:
            anchor.addprevious(tr)
        else:
            st.append(tr)

    cp = doc.core_properties
    cp.title = spec["title"]
    cp.author = author
    cp.last_modified_by = spec.get("modified_by", author)
    cp.subject = "Information sharing protocol"
    cp.keywords = spec.get("keywords", "")
    cp.comments = ""
    cp.category = ""
    cp.revision = spec.get("revision", 3)
    cp.created = _dt.datetime.fromisoformat(spec["created"])
    cp.modified = _dt.datetime.fromisoformat(spec["modified"])
    doc.save(path)
    _normalise_zip(path)
    return n


def _normalise_zip(path):
    """Rewrite the package with fixed entry timestamps so rebuilds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
# ---------------------------------------------------------------------------
# Paragraph helpers shared by the protocols (wording varies by variant v)
# ---------------------------------------------------------------------------


def P(lead, content, key=None):
    return ("p", lead, content, key)


def S(content):
    return ("sub", content)


def G(text):
    return ("group", text)


def PL(content):
    return ("plain", content)


def SIG(blocks):
    return ("sig", blocks)


def blk(name, position, agency, date, signed="________________________"):
    return {"Signed": signed, "Name": name, "Position": position, "Agency": agency, "Date": date}


def _ref(c):
    return c.get("lead_ref", c["lead"])


def _Ref(c):
    r = _ref(c)
    return r[0].upper() + r[1:]


def agencies_list(c, intro, lead_mark=" (lead agency)"):
    items = [P("Who attends", intro, "members")]
    names = c["agencies"]
    for i, a in enumerate(names):
        end = ";" if i < len(names) - 2 else ("; and" if i == len(names) - 2 else ".")
        items.append(S(a + (lead_mark if a == c["lead"] else "") + end))
    return items


def controls(v, c, omit=()):
    """All six minimum controls unless a key is in omit."""
    m = c["short"]
    out = []
    if v == 0:
        out.append(P("Security controls", f"The minimum security controls for {m} are:", "controls"))
        if "training" not in omit:
            out.append(S("every representative has completed their own agency's privacy and information security training before they first attend;"))
        if "hardcopy-destruction" not in omit:
            out.append(S("any printed material is collected by the chair at the end of each meeting and securely destroyed (shredded) before the room is left;"))
        if "password-protection" not in omit:
            out.append(S("an email attachment that contains personal information is always password protected, and the password is given by phone or text, never in the same email;"))
        if "approved-devices" not in omit:
            out.append(S("information is sent, opened and kept only on devices issued or approved by the representative's own agency;"))
        if "virtual-meeting" not in omit:
            out.append(S("anyone taking part by video does not put personal information in the chat, does not record the meeting and does not take screenshots of anything shown on screen;"))
        if "hardcopy-distribution" not in omit:
            out.append(S("no representative hands printed material to a representative of another agency."))
        # fix the final punctuation of the list
        last = out[-1]
        out[-1] = ("sub", last[1].rstrip(";") .rstrip(".") + ".")
        return out
    if v == 1:
        first = []
        if "training" not in omit:
            first.append(f"Nobody takes part in {m} until they have completed privacy and information security training through their own agency, and {_ref(c)} keeps a note of when each representative did so.")
        out.append(P("Security controls", " ".join(first) if first else f"Representatives follow their own agency's security policies when dealing with {m}.", "controls"))
        hc = "We try not to use paper at all. If a representative has to bring printed notes, the notes stay with them"
        if "hardcopy-distribution" not in omit:
            hc += ", are never handed to anyone from another agency"
        if "hardcopy-destruction" not in omit:
            hc += f", and are shredded or put in the locked confidential bin at {c['venue']} before they leave at the end of the meeting"
        out.append(P(None, hc + "."))
        s3 = []
        if "password-protection" not in omit:
            s3.append("Attachments with personal information in them are password protected before they are emailed, with the password sent separately.")
        if "approved-devices" not in omit:
            s3.append("Representatives use only their agency's approved laptops and phones for anything to do with the meeting, never personal devices.")
        if s3:
            out.append(P(None, " ".join(s3)))
        if "virtual-meeting" not in omit:
            out.append(P(None, "Some representatives join by video link. When they do, no personal information is typed into the chat, the call is not recorded, and nobody takes a screenshot."))
        return out
    if v == 2:
        req = []
        if "training" not in omit:
            req.append(f"representatives have completed their agency's privacy and information security training modules, including any module for {c.get('system', 'the systems they use')};")
        if "hardcopy-destruction" not in omit:
            req.append("hard copy information is securely destroyed at the close of every meeting;")
        if "password-protection" not in omit:
            req.append("email attachments containing personal information are password protected;")
        out.append(P("Security requirements", "The members require that:", "controls"))
        for i, r in enumerate(req):
            out.append(S(r if i < len(req) - 1 else r.rstrip(";") + "."))
        res = []
        if "approved-devices" not in omit:
            res.append("share information with other members from any device that has not been approved by their own agency;")
        if "virtual-meeting" not in omit:
            res.append("use the chat function, record the meeting or take screenshots when the meeting is held online or anyone joins remotely;")
        if "hardcopy-distribution" not in omit:
            res.append("give hard copies of information to the representative of another member.")
        out.append(P("Security restrictions", "Representatives must not:"))
        for i, r in enumerate(res):
            out.append(S(r if i < len(res) - 1 else r.rstrip(";").rstrip(".") + "."))
        return out
    if v == 3:
        # plain sentences, one control each, no list
        if "training" not in omit:
            out.append(P("Security controls", "Each representative completes their agency's privacy and information security training before their first meeting and keeps it up to date.", "controls"))
        else:
            out.append(P("Security controls", "Each representative follows their own agency's security policy.", "controls"))
        sents = []
        if "approved-devices" not in omit:
            sents.append("Information for the meeting is handled only on agency-approved devices.")
        if "password-protection" not in omit:
            sents.append("Any attachment containing personal information is password protected before it is emailed.")
        if sents:
            out.append(P(None, " ".join(sents)))
        sents = []
        if "hardcopy-destruction" not in omit:
            sents.append("Paper copies are avoided; where one cannot be avoided it is securely destroyed when the meeting finishes.")
        if "hardcopy-distribution" not in omit:
            sents.append("Paper copies are not passed to representatives of other agencies.")
        if sents:
            out.append(P(None, " ".join(sents)))
        if "virtual-meeting" not in omit:
            out.append(P(None, "When the meeting is held by video call, or someone joins remotely, the chat is not used for personal information and nobody records the meeting or takes screenshots."))
        return out
    raise ValueError(v)


def conflicts(v, c):
    m = c["short"]
    if v == 0:
        return [
            P("Conflicts of interest", f"In a small community, representatives will often know the people discussed. A representative who has a personal connection with someone on the agenda (whānau, a friend, a neighbour, a workmate or someone from their sports club) tells the chair as soon as they see the name, leaves the room or the call while that person is discussed, and passes any request for their agency's information to a colleague.", "conflicts"),
            P(None, f"The chair notes in the action log that a conflict was declared, but not what it was. If the chair has the conflict, {c['deputy']} chairs that item."),
        ]
    if v == 1:
        return [
            P("Conflicts of interest", f"Any representative who has, or may be seen to have, a conflict of interest about a person or whānau on the agenda must say so to the chair before that item starts.", "conflicts"),
            P(None, f"The representative then takes no part in that item: they step out of {m}, and any information their agency needs to share or receive is handled by another staff member of their agency. The chair decides how to manage a conflict that is declared late, and records that a conflict was managed."),
        ]
    if v == 2:
        return [
            P("Managing conflicts", f"Conflicts of interest are dealt with in three steps. First, the representative tells the chair as soon as they know of it. Second, they refer the request for their agency's information to someone else in their agency to action. Third, they leave {m} while the person is discussed.", "conflicts"),
            P(None, f"A representative who is unsure whether a connection amounts to a conflict treats it as one. {_Ref(c)} keeps a simple register showing the date and item for each conflict declared."),
        ]
    raise ValueError(v)


def relationship(v, c):
    if v == 0:
        return [
            P("Relationship management", "Each member names a relationship manager, a person senior to its representative who understands why the meeting is held, which agencies attend and what is shared. The relationship managers are listed on the contact sheet the lead agency keeps up to date.", "relationship"),
            P(None, "Relationship managers check in with their representative at least every six months about how the sharing is working, including whether anything is being shared that should not be, and take any problem to the lead agency. A member may call a meeting of relationship managers at any time if an issue arises."),
        ]
    if v == 1:
        return [
            P("Oversight", f"Every member nominates a relationship manager. They do not have to attend, but they keep an eye on how {c['short']} operates, support their representative with any sharing questions (including getting advice from their agency's privacy or legal team), and are the first point of contact if something goes wrong between agencies.", "relationship"),
            P(None, "The relationship managers meet by phone once a year, and otherwise when any of them asks, to check that the protocol is operating as intended and to pick up any drift in what is being shared."),
        ]
    if v == 2:
        return [
            P("Relationship managers", f"Oversight of the sharing sits with a relationship manager in each member agency, named on the contact list held by {_ref(c)}. The relationship manager makes sure their representatives have read this protocol, checks in with them regularly, and raises any concern with the other relationship managers.", "relationship"),
            P(None, "Disagreements between members about what should be shared are settled by the relationship managers, and if they cannot agree, by the members' district or regional managers."),
        ]
    raise ValueError(v)


def use_info(v, c):
    if v == 0:
        return [
            P("Use of information", f"Information shared at {c['short']} is used only for the purpose it was shared for, and only to carry out an action agreed at the meeting. A member that wants to use it for some other purpose must first work through the purpose and legal authority for that use with its own privacy or legal team.", "use"),
            P(None, "Where a member needs to keep shared information to carry out an agreed action, it records with the information where it came from, the authority it was shared under, the purpose it was shared for, any limits on how it may be used, and the date it was shared."),
        ]
    if v == 1:
        return [
            P("Use", "Members use what they learn at the meeting for the purposes in paragraph {ref:purposes} and nothing else. Information is not entered into a member's own records unless that is needed to carry out the purpose of the meeting, such as recording a referral the member has agreed to make.", "use"),
            P(None, "When information is entered into a member's records, the entry notes the source agency, the legal authority and purpose of the sharing, any restriction on its use and the date. Any later, unrelated use is a new decision that needs its own legal authority and advice from the member's privacy team."),
        ]
    if v == 2:
        return [
            P("How shared information may be used", "Each representative makes sure they understand why information is shared with them and what they may do with it. It may be used only to carry out the purposes in paragraph {ref:purposes}; for example, information shared so that a member can make a welfare check is used for that check and not for anything else.", "use"),
            P(None, "Secondary use of shared information for a different purpose is not covered by this protocol. A member considering it must assess the new purpose and its legal authority first and should talk to its privacy, legal or information sharing team."),
        ]
    raise ValueError(v)


def retention(v, c, keeper, docs="the agendas, action logs and notes of each meeting"):
    if v == 0:
        return [
            P("Retention and disposal", "A member keeps information shared at the meeting only if it is using that information for one of the purposes in paragraph {ref:purposes}. It then stores the information in its approved business system and deletes any emailed copy once the information has been saved there.", "retention"),
            P(None, f"Each member holds shared information only for as long as the purpose needs it and its retention and disposal authority allows, and then disposes of it under that authority. {keeper} keeps {docs} under its own disposal authority.", "retention2"),
        ]
    if v == 1:
        return [
            P("Keeping information", "Members do not keep information from the meeting unless they are using it for one of the meeting's purposes, such as completing an assessment or arranging a service. Anything kept goes into the member's approved record-keeping system, and the email it arrived in is then deleted.", "retention"),
            P(None, f"Information is kept only while it is needed for that purpose and is then disposed of under the member's retention and disposal schedule. {keeper} is responsible for {docs}, which it holds under its own schedule.", "retention2"),
        ]
    if v == 2:
        return [
            P("Retention", f"Shared information is retained only by a member that needs it to carry out one of the purposes of the meeting. It is stored securely in that member's approved system, and copies received by email are securely deleted once stored.", "retention"),
            P("Disposal", f"Each member applies its own retention and disposal authority to the information it keeps and destroys it when the purpose has been met. {keeper} manages {docs}.", "retention2"),
        ]
    raise ValueError(v)


def review_detail(c):
    return P(None, "A review checks that the sharing is still needed, that the purposes and the information shared have not drifted, that the legal authorities are current, and that the security controls in paragraph {ref:controls} are working. Any member may ask for an earlier review if a problem with the sharing arises.")


def changes(v, c):
    if v == 0:
        return [
            P("Changes", "Changes to this protocol are agreed by all members in writing and the updated protocol is signed again. Changes to the names of representatives or relationship managers do not need a new signature."),
            P("Withdrawal", "A member may withdraw by giving the lead agency one month's written notice. Paragraphs {ref:retention} and {ref:retention2} continue to apply to information it still holds."),
        ]
    if v == 1:
        return [
            P("Amendments", "The members may agree minor amendments (for example a new meeting time or a new representative) by email between relationship managers. Any change to the purposes, the information shared, the legal authorities or the security controls is signed off by every member before it takes effect."),
            P(None, "A member that no longer wishes to attend tells the lead agency in writing. It continues to protect and dispose of information it already holds in line with this protocol."),
        ]
    raise ValueError(v)


def _extras(v, c):
    m, lead = c["short"], c.get("lead_ref", c["lead"])
    bank = {
        "agenda": [
            P("Referrals", f"A member that wants a person or whānau discussed sends the referral to the chair at least three working days before the meeting. The chair checks that the referral falls within the purpose of {m} before placing it on the agenda, and tells the referring member if it does not."),
            P("Getting onto the agenda", f"Only people who fall within the purpose of {m} are placed on the agenda. The referring member gives the chair a short reason for the referral, and the chair may decline a referral that does not fit."),
        ],
        "chair": [
            P("Chair", f"The chair runs each meeting, keeps discussion to what is needed for the purposes of sharing, and may stop a discussion that goes beyond them. If the chair is away, {c['deputy']} chairs."),
            P("Running the meeting", f"The chair's job includes keeping the discussion relevant. Anyone at {m} may ask the chair to pause an item if they think more is being shared than is needed."),
        ],
        "urgent": [
            P("Between meetings", f"If a serious risk arises between meetings, members do not wait for {m}. They share directly with the member that can act, relying on the same legal authorities, and the chair notes the matter at the next meeting."),
            P("Urgent matters", "Urgent safety concerns are never held over to the next meeting. The member with the concern contacts the member that can act straight away, under the authorities in this protocol, and the chair is told afterwards."),
        ],
        "quality": [
            P("Accuracy", "Each member is responsible for the accuracy of what it shares. Representatives say when information is second-hand, out of date or unconfirmed, and a member that later finds something it shared was wrong tells the other members who received it."),
            P("Quality of information", "Representatives share what their agency actually holds and say how current it is. Opinions are identified as opinions. If information turns out to be wrong, the member that shared it corrects it with everyone who received it."),
        ],
        "access": [
            P("Access and correction", "A person who asks to see, or to correct, information about them that was shared at the meeting is dealt with by the member holding the information, under the Privacy Act 2020. That member consults the member the information came from before releasing it."),
            P("Requests from the people discussed", "Requests by a person for their own information, or to have it corrected, are handled by whichever member holds it, in line with the Privacy Act 2020, after talking to the member that provided it."),
        ],
        "complaints": [
            P("Complaints", f"A person who is unhappy about how their information has been handled can complain to any member. The member deals with the complaint under its own process and lets {lead} know. People are also told that they may complain to the Privacy Commissioner."),
            P("Concerns raised by the public", f"Complaints about {m} are handled by the member that receives them, which keeps {lead} informed of the outcome."),
        ],
        "oia": [
            P("Official information", f"A request under the Official Information Act 1982 about {m} is answered by the member that receives it, after it has consulted {lead} and any member whose information is involved."),
            P("Requests under the Official Information Act 1982", f"These are handled by the member that receives the request, which first consults {lead}."),
        ],
        "copies": [
            P("Copies", "Each member receives a copy of the signed protocol and records it in its register of information sharing arrangements."),
            P("Keeping the protocol", f"{_Ref(c)} sends every member the signed protocol. Each member adds it to its own catalogue of information sharing arrangements so that it can be found when needed."),
        ],
        "induction": [
            P("Induction", "Every new representative reads this protocol before their first meeting and confirms to the chair by email that they have done so."),
            P("New representatives", f"A new representative is given this protocol by their relationship manager and talks it through with the chair before joining {m}."),
        ],
        "status": [
            P("Status", "This protocol is not a contract. It does not change any member's obligations under the Privacy Act 2020, the Official Information Act 1982 or its own legislation, and if it is ever inconsistent with the law, the law applies."),
            P("Nature of this document", "This protocol records how the members have agreed to work. It sits alongside, and does not replace, each member's own privacy and security policies."),
        ],
        "commencement": [
            P("Start", "The protocol takes effect once every member has signed it."),
            P("When this protocol applies", "The protocol applies from the date of the last signature below."),
        ],
    }
    return {k: v_[v % 2] for k, v_ in bank.items()}


def enrich(body, c, v, skip=()):
    """Insert the extra paragraphs before keyed paragraphs."""
    ex = _extras(v, c)
    plan = [("purposes", ["agenda", "chair", "urgent"]), ("use", ["quality"]), ("method", ["access", "complaints"]),
            ("review", ["oia", "copies", "induction", "status"]), ("approval", ["commencement"])]
    out = list(body)
    for key, names in plan:
        add = [ex[n] for n in names if n not in skip]
        idx = next(i for i, it in enumerate(out) if it[0] == "p" and it[3] == key)
        # keep group headings directly above the keyed paragraph with it
        while idx > 0 and out[idx - 1][0] == "group":
            idx -= 1
        out[idx:idx] = add
    return out
# ---------------------------------------------------------------------------
# Clean protocols
# ---------------------------------------------------------------------------

AUTHOR = "Marama Kerr"
PM = "Marama Kerr, Practice Manager, Poutini Community Health"


def doc_c1():
    c = dict(short="the Table", lead="New Zealand Police", venue="Westport Police Station",
             deputy="the Oranga Tamariki representative",
             agencies=["New Zealand Police", "Oranga Tamariki", "Health New Zealand | Te Whatu Ora",
                       "Ministry of Social Development", "Department of Corrections",
                       "Kawatiri Women's Refuge", "Te Whare Awhina o Poutini"])
    body = [
        P("About this protocol", "This protocol sets out how the agencies that sit at the Kawatiri Family Harm Table share and look after information about the people and whānau discussed at the Table. It was drafted by the Practice Manager at Poutini Community Health, who provides administrative support to the Table, and was worked through with each agency's privacy or legal adviser before signing."),
        P("Terms", "In this protocol \"the Table\" means the Kawatiri Family Harm Table; a \"member\" is an attending agency listed in paragraph {ref:members}; a \"representative\" is a person a member sends to the Table; and \"whānau\" includes the adults and children in a household where family harm has been reported."),
    ]
    body += agencies_list(c, "The attending agencies, which are also the signatories to this protocol, are:")
    body += [
        P("Lead agency", "New Zealand Police is the lead attending agency. The Family Harm Coordinator at Westport Police Station convenes and chairs the Table, keeps the list of episodes to be discussed, and is responsible for putting this protocol into practice."),
        P("Visitors", "An agency that is not a member may be invited for a single item when a whānau is already working with it, but only after the chair has checked that a legal authority covers what that agency would share and receive. A visiting agency is told about this protocol before the item and leaves when the item ends."),
        P("Why the Table meets", "Buller is a large district with a small population and long distances between services. The Table meets so that every family harm episode reported to Police in the district is looked at, where possible on the first working day after the report, by the agencies that can keep victims and children safe and help those using violence to stop.", "meeting"),
        P(None, "The Table meets at 10 am every Tuesday and Friday at Westport Police Station. Representatives based in Karamea and Reefton may join by video link; the rules in paragraph {ref:controls} apply when they do."),
        P("Purposes of sharing", "Information is shared at the Table only for the following purposes. The authority relied on for each is in brackets:", "purposes"),
        S("to assess the level of risk to a victim, and to any children in the household, after a family harm episode (Family Violence Act 2018, section 20);"),
        S("to agree a safety plan for the whānau and decide which member will carry out each action in it (Family Violence Act 2018, section 20);"),
        S("to identify support that will help a person who has used violence to stop, including programmes Corrections or Te Whare Awhina o Poutini can offer (Family Violence Act 2018, section 20); and"),
        S("to decide whether a report of concern should be made about a child, and to share information for the wellbeing or safety of a child (Oranga Tamariki Act 1989, section 66C)."),
        P("Legal authority", "This protocol does not itself authorise the sharing of any information, and it cannot create or change the law. Each purpose in paragraph {ref:purposes} relies on the law stated for it. Before sharing, each representative must be satisfied that the requirements of that law are met for the particular whānau.", "authority"),
        P(None, "Where none of the authorities in paragraph {ref:purposes} applies, the information is not shared at the Table. A representative who is unsure holds the information back and checks with their own privacy or legal team before the next Table."),
        P("Information shared", "Only information relevant to the purposes in paragraph {ref:purposes} is shared. This is normally:", "info"),
        S("from Police: the episode summary, the names and ages of the people involved, earlier family harm episodes, any protection order in force, and whether anyone holds a firearms licence;"),
        S("from Oranga Tamariki: whether the children are known to it, any current assessment or plan, and the allocated social worker;"),
        S("from Health New Zealand | Te Whatu Ora: recent emergency department presentations connected with violence, pregnancy, and contact with mental health and addiction services, limited to what bears on risk;"),
        S("from the Ministry of Social Development: whether the whānau are current clients, the address and contact details on record, and any hardship assistance that would support a safety plan;"),
        S("from Corrections: whether a person is serving a sentence or subject to an order, its conditions, and the probation officer's name; and"),
        S("from Kawatiri Women's Refuge and Te Whare Awhina o Poutini: whether they are working with the whānau, and what the whānau have told them about their safety and needs."),
        P(None, "Members do not share whole files, full case notes, or information about people who are not part of the episode unless it bears directly on the safety of a victim or child."),
    ]
    body += use_info(0, c)
    body += [
        P("Transparency", "Each member's privacy statement says that it takes part in family harm tables and may share information there. Kawatiri Women's Refuge and Te Whare Awhina o Poutini tell the whānau they work with, at first contact, that the Table exists and what it is for.", "transparency"),
        P(None, "A person is not told about sharing where telling them, or telling the person who used violence, would increase the risk to anyone. A member that decides not to tell someone records its reason on its own file."),
        P("Method of sharing", "The Family Harm Coordinator emails the list of episodes to representatives by 8 am on the day of the Table, as a password-protected attachment with the password sent by text. The information itself is then mostly shared by word of mouth at the Table.", "method"),
        P(None, "The Coordinator keeps the action log in the Police system. Each member is sent only the actions it owns, again as a password-protected attachment, and representatives send any follow-up information only to the representative who needs it, from their work email."),
        P("Security classification", "Information shared at or for the Table is classified IN-CONFIDENCE. Emails carry IN-CONFIDENCE in the subject line. The two non-government members have confirmed that they can receive information at this level and know how to handle it.", "class"),
    ]
    body += controls(0, c)
    body += [
        P(None, "New representatives read this protocol and the Coordinator's induction note before their first Table and confirm by email that they have done so. The chair reminds everyone of paragraph {ref:controls} at the first Table of each month."),
        P("Tikanga", "Many of the whānau discussed at the Table are Māori. Te Whare Awhina o Poutini advises the Table on tikanga, and the members have agreed that:", "tikanga"),
        S("information about whakapapa, or a whānau's marae or hapū connections, is not recorded unless the whānau have asked for it to be used in their plan;"),
        S("when a Māori whānau is discussed, members consider whether a kaupapa Māori service should lead the response, and ask the whānau what they want where it is safe to do so;"),
        S("the Table opens and closes with karakia when representatives wish; and"),
        S("names are spelled correctly, with macrons, in every record."),
        P(None, "These commitments are looked at again with Te Whare Awhina o Poutini at each review of this protocol (paragraph {ref:review})."),
    ]
    body += retention(0, c, "New Zealand Police", "the episode lists, agendas and action logs")
    body += [
        P("Breach management", "Anyone who becomes aware that information shared at the Table has been lost, sent to the wrong person, accessed without authority or otherwise compromised tells the Table's breach contact straight away, and their own agency's privacy officer the same day.", "breach"),
        P(None, "The breach contact for the Table is the Family Harm Coordinator, New Zealand Police, Westport Police Station, phone 03 788 2070, email buller.familyharm@police.govt.nz. When the Coordinator is away, the Area Prevention Manager at the same station acts as breach contact."),
        P(None, "The member whose information was involved leads the response. With the other members it decides how to contain the breach, whether and how to tell the people affected, and whether the breach is notifiable; the responsible member notifies the Privacy Commissioner of a notifiable breach."),
    ]
    body += conflicts(0, c)
    body += relationship(0, c)
    body += [
        P("Official information", "A request under the Official Information Act 1982 about the Table is answered by the member that receives it, after it has consulted New Zealand Police and any member whose information is involved."),
        P("Review", "This protocol is reviewed every 12 months from the date of the last signature below. New Zealand Police, as lead agency, is responsible for initiating the review.", "review"),
        review_detail(c),
    ]
    body += changes(0, c)
    body += [
        P("Approval", "This protocol takes effect for each member when it is signed for that member. Each signatory has taken advice from their agency's privacy, legal or information team before signing.", "approval"),
        SIG([
            blk("Inspector Grant Buchanan", "Area Commander, West Coast", "New Zealand Police", "2 March 2026"),
            blk("Tania Rēweti", "Site Manager, Westport", "Oranga Tamariki", "3 March 2026"),
            blk("Dr Philippa Sorensen", "Group Manager, Primary and Community, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "5 March 2026"),
            blk("Malcolm Tuhiwai", "Regional Commissioner, Canterbury and West Coast", "Ministry of Social Development", "4 March 2026"),
            blk("Jo-Anne Whitelaw", "District Manager, Community Corrections, Southern Region", "Department of Corrections", "6 March 2026"),
            blk("Kirsty Dalziel", "Manager", "Kawatiri Women's Refuge", "2 March 2026"),
            blk("Hone Mātene", "Kaiwhakahaere", "Te Whare Awhina o Poutini", "9 March 2026"),
        ]),
    ]
    return dict(title="Kawatiri Family Harm Table — Information Sharing Protocol", numbering="auto", lead="bold",
                lead_sep=". ", header="IN-CONFIDENCE", footer="Kawatiri Family Harm Table ISP v1.0",
                front=["Version 1.0, March 2026", f"Drafted by {PM}, for the member agencies"],
                body=enrich(body, c, 0, ['commencement', 'induction', 'oia']), author=AUTHOR, created="2026-01-20T09:12:00", modified="2026-03-10T16:40:00", num_id=91)


def doc_c2():
    c = dict(short="the Panel", lead="Oranga Tamariki", venue="the Oranga Tamariki office in Greymouth",
             deputy="the Police Youth Aid officer",
             agencies=["Oranga Tamariki", "New Zealand Police", "Ministry of Education",
                       "Health New Zealand | Te Whatu Ora", "Coast Youth Services Trust", "Te Ara Hou Whānau Services"])
    body = [
        G("Background"),
        P("The Panel", "The Māwhera Youth Panel brings together the agencies that work with young people aged 14 to 17 in the Grey district who have come to the attention of Police for offending. It meets fortnightly on Wednesday afternoons at the Oranga Tamariki office in Greymouth."),
        P("Why we meet", "The Panel meets so that a young person who has offended, and their whānau, get the right support early, before the offending becomes entrenched. It recommends supports to the Youth Aid officer and the youth justice coordinator, helps put agreed plans in place and checks how they are going. It does not decide whether a young person is charged.", "meeting"),
        P(None, "The Panel also gives the agencies a single place to notice where a young person's needs in education, health or at home are not being met, so that those needs can be dealt with alongside the offending."),
        P("Who attends", "The attending agencies are Oranga Tamariki (the lead agency), New Zealand Police, Ministry of Education, Health New Zealand | Te Whatu Ora, Coast Youth Services Trust and Te Ara Hou Whānau Services. They are the signatories to this protocol.", "members"),
        P(None, "Oranga Tamariki, as lead agency, convenes the Panel, provides the chair (the youth justice supervisor), keeps the agenda and action log, and is responsible for developing this protocol and making sure it is followed."),
        P(None, "This protocol was prepared by Marama Kerr, Practice Manager at Poutini Community Health, at the Panel's request, and was checked by each member's privacy or legal adviser."),
        P("Purposes of sharing", "Information is shared at the Panel for these purposes only:", "purposes"),
        S("to understand a young person's circumstances and needs so that the Panel can recommend supports that make further offending less likely. The authority for this is section 66C of the Oranga Tamariki Act 1989."),
        S("to plan, put in place and monitor an alternative action plan agreed between Police Youth Aid, the young person and their whānau. This relies on section 66C of the Oranga Tamariki Act 1989."),
        S("to tell the young person's school, with the young person's and their parent's agreement, what support the Panel has recommended so that the school can play its part. The authority is information privacy principle 11(1)(c) of the Privacy Act 2020, as the young person and their parent have authorised the disclosure."),
        S("to pass on information that a young person, or someone else, faces a serious threat to their life or health, so that a member can act on it straight away. The authority is information privacy principle 11(1)(f) of the Privacy Act 2020 and, for health information, rule 11(2)(d) of the Health Information Privacy Code 2020."),
        P("Legal authority", "The protocol records the authorities above; it does not authorise any sharing itself. Representatives must check that the criteria of the authority are met before they share, and in particular that sharing under section 66C is for the wellbeing or safety of the young person.", "authority"),
        P("What is shared", "Information shared at the Panel is limited to what is needed for the purposes in paragraph {ref:purposes}. It usually includes the young person's name, date of birth, school and address; the offending that brought them to the Panel; whether they are known to Oranga Tamariki; their school enrolment, attendance and any stand-downs or suspensions; any health or addiction needs they or their whānau have agreed can be discussed; and the services already working with them.", "info"),
        P(None, "Details of other young people involved in the same offending are not shared unless they are also on the agenda."),
        G("How we work"),
    ]
    body += use_info(1, c)
    body += [
        P("Telling whānau", "The Youth Aid officer tells the young person and their parent or caregiver, when the referral is made, that their situation will be discussed at the Panel, which agencies attend, and why. Te Ara Hou Whānau Services offers to go through this with whānau kanohi ki te kanohi.", "transparency"),
        P(None, "If telling a young person or their whānau would put someone at risk, or would prejudice an investigation, the Youth Aid officer does not tell them and records why. Each member's privacy statement explains that it takes part in multi-agency youth panels."),
        P("Method", "Oranga Tamariki sends the agenda to representatives two working days before the Panel by secure email, as a password-protected attachment. At the Panel, information is shared by word of mouth. The action log is sent afterwards only to the members responsible for actions.", "method"),
        P("Classification", "Information shared at or for the Panel is classified IN-CONFIDENCE, and this is marked on the agenda, the action log and in the subject line of every email.", "class"),
    ]
    body += controls(2, dict(c, system="the Oranga Tamariki case management system"))
    body += [
        P("Tikanga", "Te Ara Hou Whānau Services guides the Panel on tikanga. Where the young person is Māori, the Panel asks whether whānau would like a kaupapa Māori service to be involved and who in the whānau should be part of the plan. Information about whakapapa and iwi affiliation is recorded only where whānau have asked for it to be. The Panel understands that tikanga is not fixed and will be guided by whānau.", "tikanga"),
    ]
    body += retention(1, c, "Oranga Tamariki", "the agendas and action logs")
    body += [
        P("Breaches", "If a representative finds that information shared at or for the Panel has been lost, misdirected or seen by someone who should not have seen it, they tell the Panel's breach contact straight away: the Youth Justice Supervisor, Oranga Tamariki, Greymouth, 03 769 5210, greymouth.yj@ot.govt.nz.", "breach"),
        P(None, "The Youth Justice Supervisor brings together the members affected to contain the breach, decide what to tell the young person and whānau, and decide whether the breach must be notified to the Privacy Commissioner. Each member also follows its own breach process."),
    ]
    body += conflicts(1, c)
    body += relationship(1, c)
    body += [
        P("Review", "This protocol will be reviewed every two years from the date of the last signature. Oranga Tamariki is responsible for initiating the review, and any member may ask for an earlier review if a concern about sharing arises.", "review"),
        review_detail(c),
    ]
    body += changes(1, c)
    body += [
        G("Sign-off"),
        P("Signatures", "Signed for each attending agency by a person with authority to do so, after advice from that agency's privacy, legal or information team.", "approval"),
        SIG([
            blk("Rangi Poutama", "Regional Manager, Youth Justice, Te Waipounamu", "Oranga Tamariki", "11 June 2026"),
            blk("Senior Sergeant Lisa Fahey", "Officer in Charge, Youth Services, Tasman District", "New Zealand Police", "12 June 2026"),
            blk("Andrew Colquhoun", "Director of Education, Te Tai Runga (South)", "Ministry of Education", "15 June 2026"),
            blk("Megan Tainui", "Service Manager, Youth Health, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "16 June 2026"),
            blk("Simon Adair", "Chief Executive", "Coast Youth Services Trust", "11 June 2026"),
            blk("Waimarie Solomon", "General Manager", "Te Ara Hou Whānau Services", "18 June 2026"),
        ]),
    ]
    return dict(title="Māwhera Youth Panel: Information Sharing Protocol", numbering="typed", lead="italic",
                lead_sep=" – ", group_style="Heading 1", header="IN-CONFIDENCE",
                footer="Māwhera Youth Panel protocol", front=["June 2026"],
                body=enrich(body, c, 1, []), author=AUTHOR, created="2026-04-02T10:05:00", modified="2026-06-19T11:20:00")


def doc_c3():
    c = dict(short="the Hui", lead="Ministry of Education", lead_ref="the Ministry of Education", venue="Reefton Area School",
             deputy="the Oranga Tamariki representative",
             agencies=["Ministry of Education", "Oranga Tamariki", "Ministry of Social Development",
                       "Health New Zealand | Te Whatu Ora", "Inangahua Attendance Service",
                       "Inangahua Community Health Trust", "Kaupapa Waiora ki Kawatiri"])
    body = [
        P(None, "This protocol is agreed between the agencies that attend the Inangahua School Attendance Hui. It records what information they share about students and their whānau, why, under what law, and how they keep it safe. It was written by the Practice Manager at Poutini Community Health with the help of the agencies' privacy advisers."),
        P(None, "The agencies that attend the Hui, and sign this protocol, are the Ministry of Education, Oranga Tamariki, the Ministry of Social Development, Health New Zealand | Te Whatu Ora, Inangahua Attendance Service, Inangahua Community Health Trust and Kaupapa Waiora ki Kawatiri.", "members"),
        P(None, "The Ministry of Education is the lead attending agency. Its Te Tai o Poutini office convenes the Hui, provides the chair and the note-taker, and is responsible for this protocol."),
        P(None, "Principals of the schools in the Inangahua district are invited when one of their students is discussed. A principal who attends is bound by this protocol for that item, and the chair gives them a copy beforehand."),
        P(None, "The Hui meets twice a term at Reefton Area School. Its purpose is to get students in the Inangahua district who are persistently absent, or not enrolled anywhere, back into regular learning, by understanding what is keeping them away and agreeing who will help.", "meeting"),
        P(None, "Information about students and their whānau is shared at the Hui for two purposes:", "purposes"),
        S("to find out why a student is persistently absent or not enrolled and to agree which agency will work with the student and their whānau to get them back to school. This sharing relies on section 66C of the Oranga Tamariki Act 1989, because regular schooling is part of a child's wellbeing; and"),
        S("to arrange practical support that removes a barrier to attendance, such as transport, uniforms, a health appointment or help with income. The parent or caregiver (and the student, if they are old enough to understand) authorises this sharing, under information privacy principle 11(1)(c) of the Privacy Act 2020 and, for health information, rule 11(1)(b) of the Health Information Privacy Code 2020."),
        P(None, "This protocol does not authorise any sharing; it sets out the legal authorities the agencies rely on for each purpose in paragraph {ref:purposes}. Before sharing under section 66C, a representative satisfies themselves that the sharing is for the wellbeing of the student. Before sharing for the second purpose, the attendance officer confirms that the parent or caregiver has agreed.", "authority"),
        P(None, "The information shared is limited to: the student's name, age, school and year level; their enrolment and attendance record; what the school and the attendance service know about the reasons for absence; whether Oranga Tamariki is involved with the family; whether the family receives a benefit or hardship assistance; health needs that affect attendance, where the family has agreed; and which services are already involved.", "info"),
        P(None, "Information about a student's siblings is shared only where it is relevant to the student's attendance, for example when older children are kept home to look after younger ones."),
        P(None, "Information shared at the Hui is used only to carry out the purposes in paragraph {ref:purposes}. An agency that needs to record something it heard at the Hui (for example, a referral it has agreed to make) records only what the action requires, along with the agency it came from, the legal authority, the purpose, any limits on use and the date.", "use"),
        P(None, "Information from the Hui is not used for any other purpose, such as checking benefit entitlement or enforcing attendance through prosecution, without a separate assessment of purpose and legal authority and advice from the agency's privacy or legal team."),
        P(None, "The attendance service tells the parent or caregiver, when it first makes contact, that the student's situation may be discussed at the Hui, which agencies attend and why. The Ministry of Education's privacy statement for attendance services describes the Hui. Where telling a parent would put the student at risk, the attendance service does not tell them and records why.", "transparency"),
        P(None, "The chair sends the list of students to be discussed to representatives three working days before the Hui, as a password-protected attachment. Discussion at the Hui is by word of mouth. Agreed actions are emailed afterwards, again password protected, only to the agencies that hold them.", "method"),
        P(None, "Information shared at or for the Hui is classified IN-CONFIDENCE.", "class"),
        P(None, "Before attending, every representative completes their agency's privacy and information security training.", "controls"),
        P(None, "Representatives handle information for the Hui only on devices their own agency has approved; they do not use personal phones, tablets or home computers."),
        P(None, "Every email attachment that contains personal information about a student or whānau is password protected, with the password sent separately."),
        P(None, "Printed lists are avoided. If a principal or representative brings a printed copy, they keep it with them, do not hand it to anyone from another agency, and put it in the secure shredding bin at the school at the end of the Hui."),
        P(None, "When someone joins the Hui by video, nobody uses the chat for personal information, and nobody records the Hui or takes screenshots."),
        P(None, "Many Inangahua whānau are Māori, and Kaupapa Waiora ki Kawatiri advises the Hui on tikanga. Where a Māori student is discussed, the Hui asks whether the whānau would like a kaupapa Māori service to walk alongside them, and it respects the whānau's own view of who should be involved. Information about whakapapa is not recorded. The agencies will engage with Kaupapa Waiora ki Kawatiri about any change to these arrangements.", "tikanga"),
        P(None, "An agency keeps information from the Hui only while it is using it for one of the purposes in paragraph {ref:purposes}. It stores that information in its approved business system and then deletes any copy it received by email.", "retention"),
        P(None, "Each agency disposes of the information it keeps under its own retention and disposal authority once the purpose has been met. The Ministry of Education keeps the lists of students discussed and the action notes under its disposal authority.", "retention2"),
        P(None, "If a representative becomes aware of a privacy or security breach involving information shared at or for the Hui, they tell the breach contact straight away. The breach contact is the Senior Adviser, Attendance, Ministry of Education, Te Tai o Poutini office, phone 03 768 4410, email attendance.westcoast@education.govt.nz.", "breach"),
        P(None, "The breach contact and the agency whose information was involved work together to contain the breach, decide what to tell the student and whānau, and assess whether it is a notifiable privacy breach that must be reported to the Privacy Commissioner."),
        P(None, "A representative who knows a student or family on the list personally (as a relative, neighbour or family friend) tells the chair before the item. They leave the room while the student is discussed, and someone else from their agency follows up any request for information.", "conflicts"),
        P(None, "Principals are not treated as having a conflict simply because the student attends their school."),
        P(None, "Each agency names a relationship manager, who understands why the Hui meets and what is shared, supports their representative with any questions, and checks at least once a year that the sharing is working as this protocol intends.", "relationship"),
        P(None, "Any problem that the relationship managers cannot sort out between them is taken to the Director of Education and the most senior local manager of each agency involved."),
        P(None, "The Hui reviews this protocol annually, starting within twelve months of the last signature. The Ministry of Education is responsible for initiating each review.", "review"),
        review_detail(c),
        P(None, "Any agency may propose a change at any time. A change to the purposes, the information shared, the legal authorities or the security controls takes effect only when all agencies have signed the revised protocol."),
        P(None, "An agency that stops attending gives written notice to the Ministry of Education and continues to apply paragraphs {ref:retention} and {ref:retention2} to any information it holds."),
        P(None, "Each agency has approved this protocol by the signature below of a person authorised to sign for it.", "approval"),
        SIG([
            blk("Andrew Colquhoun", "Director of Education, Te Tai Runga (South)", "Ministry of Education", "27 July 2026"),
            blk("Tania Rēweti", "Site Manager, Westport", "Oranga Tamariki", "28 July 2026"),
            blk("Bernadette Kilkenny", "Service Centre Manager, Westport and Reefton", "Ministry of Social Development", "29 July 2026"),
            blk("Megan Tainui", "Service Manager, Youth Health, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "30 July 2026"),
            blk("Colin Prendergast", "Coordinator", "Inangahua Attendance Service", "27 July 2026"),
            blk("Ruth Haddon", "Chair of Trustees", "Inangahua Community Health Trust", "3 August 2026"),
            blk("Piripi Tahana", "Pou Whakahaere", "Kaupapa Waiora ki Kawatiri", "4 August 2026"),
        ]),
    ]
    return dict(title="Inangahua School Attendance Hui – information sharing protocol", numbering="auto", lead=None,
                footer="Inangahua School Attendance Hui – IN-CONFIDENCE", front=["August 2026"], sig_mode="breaks",
                body=enrich(body, c, 0, []), author=AUTHOR, created="2026-05-11T13:30:00", modified="2026-08-05T09:02:00", num_id=92,
                font="Calibri", size=11)


def doc_c4():
    c = dict(short="the Forum", lead="Ministry of Social Development", lead_ref="the Ministry of Social Development", venue="the Greymouth Service Centre",
             deputy="the Kāinga Ora representative",
             agencies=["Ministry of Social Development", "Kāinga Ora – Homes and Communities", "Grey District Council",
                       "Health New Zealand | Te Whatu Ora", "Ngā Whenu Hauora Trust", "Grey Budget and Advocacy Service"])
    body = [
        G("Background"),
        P("Introduction", "The Grey District Housing Forum is a monthly meeting of the agencies that help people in the Grey district who are homeless, in unsafe or overcrowded housing, or about to lose their home. This protocol records how they share information about those people. It was drafted by Marama Kerr, Practice Manager, Poutini Community Health, for the Forum."),
        P("Attending agencies", "The attending agencies, and signatories, are: Ministry of Social Development (lead agency); Kāinga Ora – Homes and Communities; Grey District Council; Health New Zealand | Te Whatu Ora; Ngā Whenu Hauora Trust; and Grey Budget and Advocacy Service.", "members"),
        P("Lead agency", "As lead agency, the Ministry of Social Development convenes and chairs the Forum, keeps its records, and is responsible for developing and applying this protocol."),
        P("Meeting purpose", "The Forum meets so that people with the most urgent housing needs in the district are housed, or kept housed, as quickly as possible, without having to tell their story to each agency separately, and so that the agencies can plan support that helps a tenancy last.", "meeting"),
        P("When the Forum meets", "The Forum meets on the first Thursday of each month at the Greymouth Service Centre, and may meet at short notice during winter or after a flood or other emergency in the district."),
        G("The information"),
        P("Purposes of sharing", "Information is shared at the Forum only for the purposes below, with the authority for each in brackets:", "purposes"),
        S("to identify housing options for a person or whānau who is homeless or at risk of losing their home, where they have agreed to be discussed (Privacy Act 2020, IPP 11(1)(c));"),
        S("to coordinate applications, tenancy offers and support services for a person who has agreed to be discussed, including confirming what each agency already holds so that the person does not have to repeat it (Privacy Act 2020, IPP 11(1)(a) and (c)); and"),
        S("to act when a person sleeping rough faces a serious threat to their life or health and their agreement cannot be obtained (Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d) for health information)."),
        P("Legal authority", "Each purpose relies on the authority stated against it in paragraph {ref:purposes}. Nothing in this protocol authorises sharing that the law does not permit. Where purpose (c) is relied on, the representative sharing the information records why the threat was serious and why agreement could not be obtained.", "authority"),
        P("Consent", "Consent is obtained by the agency that refers the person to the Forum, on the Forum's consent form, which lists the attending agencies and explains what will be shared and why. The person may withdraw consent at any time; the chair then removes them from the agenda."),
        P("Information shared", "Information shared is limited to: name, date of birth and contact details; current living situation and household members; housing register status and priority rating; current and past tenancies and any tenancy debt; income and benefit status; health or disability needs relevant to housing, where the person has agreed; and the services already working with the person.", "info"),
        P("Not shared", "Criminal history, full medical records and case notes are not shared at the Forum."),
        P("Use of information", "Information is used only to carry out the purposes in paragraph {ref:purposes}. It is not used to review benefit entitlements, for tenancy enforcement or for rates collection unless a separate legal authority applies and the agency's privacy team has been consulted.", "use"),
        P(None, "When an agency records information from the Forum in its own system, it notes the agency the information came from, the authority and purpose of the sharing, any limits on its use, and the date."),
        P("Transparency", "The consent form and the Ministry of Social Development's privacy statement tell people about the Forum. People discussed under purpose (c) are told by the agency that made contact with them, once it is safe and practical to do so, that their situation was discussed and why.", "transparency"),
        G("How we work"),
        P("Method of sharing", "The chair circulates the agenda by email two working days before the Forum, as a password-protected attachment. At the Forum, information is shared verbally. After the Forum the chair sends each agency the actions it owns. Grey District Council and the non-government members receive information at their approved work email addresses only.", "method"),
        P("Security classification", "Information shared at or for the Forum is classified IN-CONFIDENCE.", "class"),
    ]
    body += controls(1, c)
    body += [
        P("Tikanga", "Ngā Whenu Hauora Trust advises the Forum on tikanga. For Māori whānau, the Forum considers what whānau, hapū or marae connections could offer housing or support, but only with the whānau's agreement, and information about whakapapa is not recorded. Where whānau prefer, a kaumātua or a worker from Ngā Whenu Hauora Trust attends with them when actions are explained.", "tikanga"),
    ]
    body += retention(2, c, "The Ministry of Social Development", "the agendas, consent forms and action logs")
    body += [
        P("Breach management", "Any representative who becomes aware of a privacy or security breach involving information shared at or for the Forum reports it at once to the Forum's breach contact: the Service Centre Manager, Ministry of Social Development, Greymouth, 03 768 1150, greyhousingforum@msd.govt.nz.", "breach"),
        P(None, "The breach contact and the agency whose information was involved decide together how to contain the breach, what to tell the people affected, and whether the breach must be notified to the Privacy Commissioner."),
    ]
    body += conflicts(2, c)
    body += relationship(2, c)
    body += [
        P("Review", "This protocol is reviewed every 24 months from the date of the last signature. The Ministry of Social Development, as lead agency, is responsible for initiating the review.", "review"),
        review_detail(c),
    ]
    body += changes(0, c)
    body += [
        G("Sign-off"),
        P("Approval", "Each attending agency approves this protocol by the signature of an authorised person below.", "approval"),
        SIG([
            blk("Malcolm Tuhiwai", "Regional Commissioner, Canterbury and West Coast", "Ministry of Social Development", "14 April 2025"),
            blk("Brendan Mahuika", "Regional Director, Te Waipounamu", "Kāinga Ora – Homes and Communities", "17 April 2025"),
            blk("Sarah Inglis", "Group Manager, Community Services", "Grey District Council", "22 April 2025"),
            blk("Dr Philippa Sorensen", "Group Manager, Primary and Community, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "24 April 2025"),
            blk("Huia Pōtae", "Kaiwhakahaere", "Ngā Whenu Hauora Trust", "28 April 2025"),
            blk("Graeme Lockyer", "Service Coordinator", "Grey Budget and Advocacy Service", "30 April 2025"),
        ]),
    ]
    return dict(title="Grey District Housing Forum – Information Sharing Protocol", numbering="typed", lead="bold",
                lead_sep=". ", group_style="caps", header="IN-CONFIDENCE", footer="Grey District Housing Forum",
                front=["Approved April 2025"], body=enrich(body, c, 1, []), author=AUTHOR,
                created="2025-02-17T08:45:00", modified="2025-05-01T10:10:00")


def doc_c5():
    c = dict(short="the Group", lead="Coast Elder Support Trust", lead_ref="the Coast Elder Support Trust", venue="the Trust's Hokitika office",
             deputy="the Police representative",
             agencies=["Coast Elder Support Trust", "New Zealand Police", "Health New Zealand | Te Whatu Ora",
                       "Ministry of Social Development", "Te Rau Kōkiri Whānau Ora", "Westland District Council"])
    body = [
        G("Background"),
        P("About the Group", "The Hokitika Elder Safety Group is a meeting of agencies working with older people in Westland. It meets on the second Monday of every month at the Coast Elder Support Trust's Hokitika office, with some members joining by phone or video."),
        P("Meeting purpose", "The Group meets to protect older people in Westland from abuse and neglect, including financial abuse, and to make sure an older person at risk gets coordinated help that respects their own wishes.", "meeting"),
        P("Attending agencies", "The attending agencies, each of which signs this protocol, are:", "members"),
    ] + [S(x) for x in ["Coast Elder Support Trust, which is the lead attending agency;", "New Zealand Police;",
                        "Health New Zealand | Te Whatu Ora;", "Ministry of Social Development;",
                        "Te Rau Kōkiri Whānau Ora; and", "Westland District Council (as landlord of the district's pensioner housing)."]] + [
        P(None, "The Coast Elder Support Trust, as lead agency, convenes the Group, supplies the chair and the minute-taker, and looks after this protocol. The protocol was written for the Group by the Practice Manager at Poutini Community Health."),
        P("Purposes of sharing", "The members share information for these purposes:", "purposes"),
        S("to assess the risk to an older person where abuse or neglect by a family member, or by someone in a close personal relationship with them, is suspected (Family Violence Act 2018, section 20);"),
        S("to plan support with an older person who has agreed to be discussed. For this purpose the older person's authorisation is the authority: information privacy principle 11(1)(c) of the Privacy Act 2020 and, for health information, rule 11(1)(b) of the Health Information Privacy Code 2020;"),
        S("to act where an older person faces a serious threat to their life or health and it is not possible to get their agreement, for example because they have lost capacity and have no attorney (Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)); and"),
        S("to refer a suspected offence against an older person, such as theft by a carer, to Police so that it can be investigated. Disclosure to Police for this purpose relies on information privacy principle 11(1)(e)(i) of the Privacy Act 2020."),
        P("Legal authority", "This protocol does not itself authorise the members to share anything. Each purpose in paragraph {ref:purposes} relies on the authority stated for it, and a representative must check that its conditions are met before sharing.", "authority"),
        P("Information shared", "Only what is needed for the purposes is shared. That may include: the older person's name, age, address and living arrangements; who their carers, attorneys and close whānau are; the concern that has been raised and by whom; relevant health, cognitive or disability information; income, benefit and banking concerns where financial abuse is suspected; any Police history of harm in the household; and any tenancy issue in council pensioner housing.", "info"),
        G("How we work"),
    ]
    body += use_info(2, c)
    body += [
        P("Transparency", "The older person is told that their situation will be discussed, by whom, and why, unless telling them would put them at greater risk (for example, where the person suspected of abuse would find out) or they are unable to understand. Where the older person is not told, the member who referred them records the reason. Each member's privacy statement mentions the Group.", "transparency"),
        P("Method of sharing", "The chair emails the agenda to members one week before the meeting as a password-protected attachment. Information is mostly shared verbally at the meeting. Minutes record actions only, not the detail of what was said, and go only to members.", "method"),
        P("Classification", "The members have agreed that information shared at or for the Group is classified SENSITIVE, because it often includes health and financial information about older people who cannot protect their own interests.", "class"),
    ]
    body += controls(3, c)
    body += [
        P("Tikanga", "Te Rau Kōkiri Whānau Ora advises the Group on tikanga. When a kaumātua is discussed, members recognise the kaumātua's mana and place within their whānau, ask who in the whānau should be involved, and consider whether the kaumātua would prefer a kaupapa Māori service to lead. Information about whakapapa or whenua is recorded only if the kaumātua or whānau want it used.", "tikanga"),
    ]
    body += retention(1, c, "The Coast Elder Support Trust", "the agendas and minutes")
    body += [
        P(None, "Nobody keeps information from the Group just in case it might be useful one day; if a member is not using it for an agreed purpose, it is not kept."),
        P("Breaches", "Any breach, or suspected breach, of privacy or security involving information shared at or for the Group is reported straight away to the breach contact: the Practice Lead, Coast Elder Support Trust, 03 755 8224, practice@coastelder.org.nz.", "breach"),
        P(None, "The Practice Lead, with the member whose information was involved, works out how to contain the breach and whether to tell the older person, and the responsible member notifies the Privacy Commissioner if the breach is notifiable."),
    ]
    body += conflicts(0, c)
    body += relationship(1, c)
    body += [
        P("Review", "The protocol is reviewed every 12 months, with the next review due by 31 October 2027. The Coast Elder Support Trust initiates each review.", "review"),
        review_detail(c),
    ]
    body += changes(1, c)
    body += [
        G("Sign-off"),
        P("Signatures", "Signed on behalf of each attending agency:", "approval"),
        SIG([
            blk("Helen Fairweather", "Chief Executive", "Coast Elder Support Trust", "28 September 2026"),
            blk("Senior Sergeant Marcus Tāwhai", "Officer in Charge, Hokitika Police", "New Zealand Police", "30 September 2026"),
            blk("Yvonne Casey", "Service Manager, Older Persons' Health, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "2 October 2026"),
            blk("Lynette Bramwell", "Service Centre Manager, Hokitika", "Ministry of Social Development", "5 October 2026"),
            blk("Aperahama Kerei", "Kaiārahi Matua", "Te Rau Kōkiri Whānau Ora", "8 October 2026"),
            blk("Derek O'Sullivan", "Property and Housing Manager", "Westland District Council", "12 October 2026"),
        ]),
    ]
    return dict(title="Hokitika Elder Safety Group — information sharing protocol", numbering="auto", lead="italic",
                lead_sep=": ", group_style="Heading 1", header="SENSITIVE", footer="Hokitika Elder Safety Group",
                front=["Version 2, October 2026"], body=enrich(body, c, 0, []), author=AUTHOR,
                created="2026-08-20T14:00:00", modified="2026-10-13T15:30:00", num_id=93)
# ---------------------------------------------------------------------------
# Defect protocols (one defect each)
# ---------------------------------------------------------------------------


def doc_d1():
    """ISP101: no paragraph on conflicts of interest anywhere."""
    c = dict(short="the Coordination Meeting", lead="Health New Zealand | Te Whatu Ora", venue="Buller Health",
             deputy="the Police representative",
             agencies=["Health New Zealand | Te Whatu Ora", "New Zealand Police", "Ministry of Social Development",
                       "Kawatiri Peer Support Trust", "Kaupapa Waiora ki Kawatiri"])
    body = [
        P("Purpose of this document", "This protocol records how the agencies at the Buller Mental Health and Addictions Coordination Meeting share information about the people they discuss. It was prepared by the Practice Manager at Poutini Community Health and reviewed by the members' privacy advisers."),
    ]
    body += agencies_list(c, "The attending agencies, and the signatories to this protocol, are:")
    body += [
        P("Lead agency", "Health New Zealand | Te Whatu Ora is the lead attending agency. The Buller community mental health team leader chairs the Coordination Meeting, holds the agenda and action log, and is responsible for this protocol."),
        P("Meeting purpose", "The Coordination Meeting meets every second Thursday at Buller Health in Westport. It exists so that people in Buller with serious mental health or addiction needs, who are in contact with several agencies at once, receive joined-up care, and so that repeated crises (including repeated Police call-outs) can be planned for rather than simply responded to.", "meeting"),
        P(None, "The Coordination Meeting is not a clinical review. Treatment decisions remain with the person's clinicians."),
        P("Purposes of sharing", "Information is shared only for the following purposes, with the authority for each in brackets:", "purposes"),
        S("to coordinate care and support for a person who has agreed to be discussed (Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(c));"),
        S("to plan how members will respond together to a person's repeated crises, where the person has agreed (Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(c)); and"),
        S("to act where there is a serious threat to the life or health of the person or of someone else, and agreement cannot be sought or has been refused (Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, IPP 11(1)(f))."),
        P("Legal authority", "The protocol itself does not authorise any sharing; it records the authorities the members rely on. Before sharing under purpose (c), the representative must believe on reasonable grounds that the disclosure is necessary to prevent or lessen a serious threat, and must record that belief.", "authority"),
        P("Consent", "The person's key worker seeks agreement before the person is placed on the agenda, explains which agencies attend and what will be discussed, and records the answer. Agreement can be withdrawn at any time."),
        P("Information shared", "The information shared is limited to: name, date of birth and address; current diagnosis and treatment in general terms; recent crises, admissions and Police attendances; risk to self or others; current income and housing situation; and the services and peer supports already involved. Full clinical notes are not shared.", "info"),
    ]
    body += use_info(0, c)
    body += [
        P("Transparency", "People are told about the Coordination Meeting when their agreement is sought. Where a person is discussed under purpose (c) without their agreement, the key worker tells them afterwards, unless doing so would itself cause serious harm, and records the reason if they do not. Each member's privacy statement refers to multi-agency coordination meetings.", "transparency"),
        P("Method of sharing", "The chair sends the agenda by 4 pm on the day before the Coordination Meeting as a password-protected attachment. Information is shared verbally. Agreed actions are recorded in the Health New Zealand | Te Whatu Ora patient management system and sent to each member only for the actions it holds.", "method"),
        P(None, "A member that needs to pass on urgent information between meetings (for example after a crisis) phones the key worker rather than emailing."),
        P("Security classification", "Information shared at or for the Coordination Meeting is classified IN-CONFIDENCE.", "class"),
    ]
    body += controls(0, c)
    body += [
        P("Induction", "The chair meets every new representative before their first Coordination Meeting to go through this protocol."),
        P("Tikanga", "Kaupapa Waiora ki Kawatiri advises the members on tikanga. For Māori, wellbeing is understood as including whānau, wairua and whenua as well as physical and mental health, and members are guided by the person and their whānau about who should be involved. Whakapapa information is not recorded. Karakia may open and close the meeting.", "tikanga"),
    ]
    body += retention(0, c, "Health New Zealand | Te Whatu Ora", "the agendas and action logs")
    body += [
        P("Breach management", "Anyone who becomes aware of a privacy or security breach involving information shared at or for the Coordination Meeting reports it straight away to the breach contact: the Operations Manager, Mental Health and Addictions, Health New Zealand | Te Whatu Ora, Buller, 03 788 9030, mha.buller@tewhatuora.govt.nz.", "breach"),
        P(None, "The Operations Manager, with the member whose information was involved, contains the breach, decides what to tell the person affected, and assesses whether the breach must be notified to the Privacy Commissioner."),
    ]
    body += relationship(0, c)
    body += [
        P("Official information", "A request under the Official Information Act 1982 that concerns the Coordination Meeting is handled by the member that receives it, after consulting Health New Zealand | Te Whatu Ora."),
        P("Review", "This protocol is reviewed every eighteen months from the date of the last signature. Health New Zealand | Te Whatu Ora is responsible for initiating the review.", "review"),
        review_detail(c),
    ]
    body += changes(0, c)
    body += [
        P("Approval", "Each member approves this protocol by the signature of an authorised person below.", "approval"),
        SIG([
            blk("Yvonne Casey", "Service Manager, Mental Health and Addictions, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "11 May 2026"),
            blk("Inspector Grant Buchanan", "Area Commander, West Coast", "New Zealand Police", "12 May 2026"),
            blk("Bernadette Kilkenny", "Service Centre Manager, Westport and Reefton", "Ministry of Social Development", "13 May 2026"),
            blk("Sione Havili", "Manager", "Kawatiri Peer Support Trust", "15 May 2026"),
            blk("Piripi Tahana", "Pou Whakahaere", "Kaupapa Waiora ki Kawatiri", "18 May 2026"),
        ]),
    ]
    return dict(title="Buller Mental Health and Addictions Coordination Meeting – Information Sharing Protocol",
                numbering="auto", lead="bold", lead_sep=". ", header="IN-CONFIDENCE",
                footer="Buller MH&A Coordination Meeting ISP", front=["May 2026"], body=enrich(body, c, 1, ['induction', 'oia']), author=AUTHOR,
                created="2026-03-30T09:00:00", modified="2026-05-19T12:00:00", num_id=94)


def doc_d2():
    """ISP301: purpose (c) (council housing waiting list) has no authority."""
    c = dict(short="the Hub", lead="Ngā Whenu Hauora Trust", venue="the Trust's whare in Hokitika",
             deputy="the Ministry of Social Development representative",
             agencies=["Ngā Whenu Hauora Trust", "Ministry of Social Development", "Oranga Tamariki",
                       "Health New Zealand | Te Whatu Ora", "Westland District Council"])
    body = [
        G("Background"),
        P(None, "The Westland Whānau Hub is a fortnightly hui of agencies that support whānau in Westland who have asked for help with more than one thing at once, such as housing, income, health and the care of tamariki. This protocol records how the agencies share information about those whānau. It was written by Marama Kerr, Practice Manager at Poutini Community Health, with Ngā Whenu Hauora Trust."),
        P(None, "The agencies that attend the Hub and sign this protocol are Ngā Whenu Hauora Trust, the Ministry of Social Development, Oranga Tamariki, Health New Zealand | Te Whatu Ora and Westland District Council.", "members"),
        P(None, "Ngā Whenu Hauora Trust is the lead attending agency. It hosts the Hub at its whare in Hokitika, provides the facilitator, and is responsible for developing this protocol and putting it into effect."),
        P(None, "The Hub meets so that whānau who have asked for help get one plan, agreed with them, instead of separate plans from each agency, and so that the agencies can remove the practical barriers that stop whānau from getting the help they need.", "meeting"),
        P(None, "Whānau are invited to attend the part of the Hub that concerns them, with a support person if they wish."),
        P(None, "Information about whānau is shared at the Hub for the following purposes. The legal authority relied on for each purpose is shown in brackets after it:", "purposes"),
        S("to understand what a whānau who has asked for help needs, and to agree a single plan with them (Privacy Act 2020, IPP 11(1)(c), as the whānau have authorised the sharing);"),
        S("to share information about the wellbeing or safety of tamariki in the whānau (Oranga Tamariki Act 1989, section 66C);"),
        S("to let Westland District Council know which whānau have moved out of council housing, or into other housing, so that the council's housing waiting list can be kept up to date; and"),
        S("to arrange and coordinate health appointments and health support for members of the whānau (Health Information Privacy Code 2020, rule 11(1)(b))."),
        P(None, "This protocol does not itself authorise any sharing. Representatives must be satisfied, before they share, that the authority shown for the purpose applies to that whānau.", "authority"),
        P(None, "The information shared at the Hub is what is needed for those purposes: names, dates of birth and contact details of whānau members; current housing and income; the health needs the whānau have agreed can be discussed; whether Oranga Tamariki is involved and any plan for the tamariki; school enrolment; and the services already working with the whānau.", "info"),
        P(None, "The Hub does not share information about whānau who have not asked for help, except under purpose (b)."),
        G("How we work"),
    ]
    body += use_info(1, c)
    body += [
        P(None, "The Ngā Whenu Hauora Trust kaimahi who first meets the whānau explains the Hub, which agencies attend and what will be shared, and records the whānau's agreement on the Hub's consent form. Where sharing about tamariki is needed under section 66C, the representative considers whether telling the whānau would put a child at risk, and records the reason if they decide not to. Each agency's privacy statement mentions the Hub.", "transparency"),
        P(None, "The facilitator emails the list of whānau to be discussed two working days before each Hub as a password-protected attachment. Information is shared verbally at the Hub. The whānau plan is kept in the Trust's client system and each agency is sent only its own actions.", "method"),
        P(None, "Information shared at or for the Hub is classified IN-CONFIDENCE.", "class"),
    ]
    body += controls(3, c)
    body += [
        P(None, "Ngā Whenu Hauora Trust is a kaupapa Māori provider, and the Hub runs in accordance with tikanga: it opens and closes with karakia, whānau are welcomed with whakawhanaungatanga, and the whānau decide who speaks for them. Information about whakapapa, whenua or marae is treated as taonga and is not recorded by any agency unless the whānau ask for it to be. The agencies will engage with the Trust before changing anything in this protocol that touches on tikanga.", "tikanga"),
    ]
    body += retention(2, c, "Ngā Whenu Hauora Trust", "the Hub's lists, consent forms and whānau plans")
    body += [
        P(None, "Anyone who becomes aware of a privacy or security breach involving information shared at or for the Hub tells the breach contact immediately: the Kaiwhakahaere (Manager), Ngā Whenu Hauora Trust, 03 756 0410, kaiwhakahaere@ngawhenu.org.nz.", "breach"),
        P(None, "The Kaiwhakahaere and the agency whose information was involved contain the breach, agree with the whānau (where it is safe) what has happened, and decide whether it is a notifiable breach that must be reported to the Privacy Commissioner."),
    ]
    body += conflicts(1, c)
    body += relationship(2, c)
    body += [
        P(None, "This protocol is reviewed every 12 months from the date of the last signature. Ngā Whenu Hauora Trust is responsible for initiating the review.", "review"),
        review_detail(c),
    ]
    body += changes(1, c)
    body += [
        G("Sign-off"),
        P(None, "Each attending agency has approved this protocol by signing below.", "approval"),
        SIG([
            blk("Huia Pōtae", "Kaiwhakahaere", "Ngā Whenu Hauora Trust", "6 July 2026"),
            blk("Lynette Bramwell", "Service Centre Manager, Hokitika", "Ministry of Social Development", "7 July 2026"),
            blk("Kahu Ruatapu", "Site Manager, Greymouth", "Oranga Tamariki", "9 July 2026"),
            blk("Dr Philippa Sorensen", "Group Manager, Primary and Community, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "10 July 2026"),
            blk("Derek O'Sullivan", "Property and Housing Manager", "Westland District Council", "14 July 2026"),
        ]),
    ]
    return dict(title="Westland Whānau Hub – Information Sharing Protocol", numbering="typed", lead=None,
                group_style="caps", footer="Westland Whānau Hub protocol – IN-CONFIDENCE", front=["July 2026"],
                body=enrich(body, c, 0, []), author=AUTHOR, created="2026-05-25T10:00:00", modified="2026-07-15T09:30:00")


def doc_d3():
    """ISP703: Poutini Reintegration Trust attends but has no signature block."""
    c = dict(short="the Panel", lead="Department of Corrections", lead_ref="the Department of Corrections", venue="the Greymouth Community Corrections site",
             deputy="the Ministry of Social Development representative",
             agencies=["Department of Corrections", "Ministry of Social Development", "Kāinga Ora – Homes and Communities",
                       "Health New Zealand | Te Whatu Ora", "New Zealand Police", "Poutini Reintegration Trust"])
    body = [
        G("Background"),
        P("About this protocol", "This protocol covers the Grey Reintegration Panel. It sets out what information the attending agencies share about people returning to the West Coast from prison or starting a community-based sentence, and the rules they follow. It was drafted by the Practice Manager at Poutini Community Health and checked by each agency's privacy or legal adviser."),
    ]
    body += agencies_list(c, "The attending agencies are:")
    body += [
        P("Lead agency", "The Department of Corrections is the lead attending agency. The Greymouth Community Corrections Service Manager convenes and chairs the Panel and is responsible for this protocol."),
        P("Meeting purpose", "The Panel meets monthly at the Greymouth Community Corrections site. It aims to make sure a person being released to the West Coast, or starting a sentence here, has somewhere safe to live, an income, and the health and other support they need, so that they are less likely to reoffend and the community and any victims are kept safe.", "meeting"),
        P("Purposes of sharing", "Information is shared at the Panel for these purposes (authority in brackets):", "purposes"),
        S("to plan housing, income and health support for a person who has agreed to be discussed (Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b));"),
        S("to manage a risk to the community or to a victim arising from a person's release, including checking that an address is suitable given release conditions (Privacy Act 2020, IPP 11(1)(e)(i) and (f)); and"),
        S("to plan for the safety of a victim where the person's offending involved family violence (Family Violence Act 2018, section 20)."),
        P("Legal authority", "This protocol records the legal authorities the members rely on and does not authorise sharing itself. Representatives check that the authority stated for the purpose applies before they share.", "authority"),
        P("Information shared", "The Panel shares: the person's name, date of birth and expected release or sentence start date; the sentence and relevant release or sentence conditions; the proposed address and who else lives there; housing register and tenancy history; income and benefit status; health, mental health and addiction needs where the person has agreed; victim safety concerns; and which services will be involved.", "info"),
        P(None, "Detailed offending histories and victims' contact details are not shared at the Panel."),
        G("How we work"),
    ]
    body += use_info(0, c)
    body += [
        P("Transparency", "The person's probation officer tells them, before release or at sentence start, that the Panel will discuss their reintegration, which agencies attend and what will be shared, and records their agreement for purpose (a). Sharing under purposes (b) and (c) can occur without agreement; people are told about it unless that would prejudice someone's safety or the maintenance of the law.", "transparency"),
        P("Method of sharing", "The chair emails the agenda to representatives five working days before the Panel as a password-protected attachment. Information is shared verbally at the Panel and recorded in the Corrections system. Each member receives its own actions by email afterwards.", "method"),
        P("Security classification", "Information shared at or for the Panel is classified IN-CONFIDENCE.", "class"),
    ]
    body += controls(2, dict(c, system="the Corrections Integrated Offender Management System"))
    body += [
        P("Tikanga", "Poutini Reintegration Trust and Corrections' Māori services staff advise the Panel on tikanga. For a Māori person, the Panel asks about their connections to whānau, hapū and iwi that could support their return, but only records them with the person's agreement. Where a person wishes, they are welcomed back through a process led by their whānau or marae.", "tikanga"),
    ]
    body += retention(0, c, "The Department of Corrections", "the agendas and action logs")
    body += [
        P("Breach management", "If any representative becomes aware of a privacy or security breach involving information shared at or for the Panel, they contact the breach contact at once: the Service Manager, Department of Corrections, Greymouth Community Corrections, 03 769 3350, greymouth.cc@corrections.govt.nz.", "breach"),
        P(None, "The Service Manager coordinates the response with the member whose information was involved, including what to tell the person and any victim affected, and the member responsible notifies the Privacy Commissioner of a notifiable breach."),
    ]
    body += conflicts(2, c)
    body += relationship(0, c)
    body += [
        P("Review", "This protocol is reviewed every 24 months from the date of the last signature. The Department of Corrections, as lead agency, is responsible for initiating the review.", "review"),
        review_detail(c),
    ]
    body += changes(0, c)
    body += [
        G("Sign-off"),
        P("Approval", "Signed for the attending agencies:", "approval"),
        SIG([
            blk("Jo-Anne Whitelaw", "District Manager, Community Corrections, Southern Region", "Department of Corrections", "9 February 2026"),
            blk("Malcolm Tuhiwai", "Regional Commissioner, Canterbury and West Coast", "Ministry of Social Development", "10 February 2026"),
            blk("Brendan Mahuika", "Regional Director, Te Waipounamu", "Kāinga Ora – Homes and Communities", "12 February 2026"),
            blk("Yvonne Casey", "Service Manager, Mental Health and Addictions, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "13 February 2026"),
            blk("Inspector Grant Buchanan", "Area Commander, West Coast", "New Zealand Police", "16 February 2026"),
        ]),
    ]
    return dict(title="Grey Reintegration Panel — Information Sharing Protocol", numbering="auto", lead="bold",
                lead_sep=". ", group_style="Heading 1", header="IN-CONFIDENCE", footer="Grey Reintegration Panel",
                front=["February 2026"], body=enrich(body, c, 1, []), author=AUTHOR,
                created="2025-12-08T10:00:00", modified="2026-02-17T14:25:00", num_id=95)


def doc_d4():
    """ISP702: the Health New Zealand block has a name but the position line is blank."""
    c = dict(short="the Group", lead="Oranga Tamariki", venue="Karamea Community Health Clinic",
             deputy="the Ministry of Education representative",
             agencies=["Oranga Tamariki", "Health New Zealand", "Ministry of Education", "New Zealand Police",
                       "Karamea Community Health Clinic", "Te Ara Hou Whānau Services"])
    body = [
        P("Introduction", "This protocol sets out how the agencies in the Karamea Child Wellbeing Group share information about tamariki and their whānau. It has been prepared by Marama Kerr, Practice Manager, Poutini Community Health, and checked by the agencies' privacy and legal advisers."),
        P("Attending agencies", "The Group's attending agencies, and the signatories to this protocol, are Oranga Tamariki (lead agency), Health New Zealand, the Ministry of Education, New Zealand Police, Karamea Community Health Clinic and Te Ara Hou Whānau Services.", "members"),
        P("Lead agency", "Oranga Tamariki, through its Westport site, convenes the Group, provides the chair and is responsible for this protocol."),
        P("Why the Group meets", "Karamea is at the end of the road: services visit rather than being based there, and families can wait weeks for help. The Group meets every six weeks at Karamea Community Health Clinic, with some members joining by video from Westport, so that tamariki whose wellbeing is at risk are noticed early and the visiting services can agree who will help and when.", "meeting"),
        P("Purposes of sharing", "Information is shared at the Group only for these purposes:", "purposes"),
        S("to identify tamariki whose wellbeing or safety is at risk and agree what each agency will do to support them and their whānau. The authority is section 66C of the Oranga Tamariki Act 1989."),
        S("to coordinate services that a whānau has asked for, such as health visits, learning support or parenting help. The authority is the whānau's agreement, under information privacy principle 11(1)(c) of the Privacy Act 2020 and rule 11(1)(b) of the Health Information Privacy Code 2020."),
        P("Legal authority", "The protocol does not itself give anyone authority to share; the authority for each purpose is stated in paragraph {ref:purposes}. Representatives check, before sharing under section 66C, that the sharing is for the wellbeing or safety of a child or young person.", "authority"),
        P("Information shared", "The information shared is limited to: names, ages and address of the tamariki and their caregivers; the concern about the child's wellbeing; involvement with Oranga Tamariki; school or early learning enrolment and attendance; health and developmental needs (immunisation, hearing, vision, dental) where relevant; Police family harm attendances at the address; and the services already involved.", "info"),
        P(None, "The Group does not discuss adults' own health information unless it bears directly on the care of the child."),
    ]
    body += use_info(2, c)
    body += [
        P("Transparency", "Whānau are told by the agency that knows them best that their tamariki will be discussed at the Group, who attends and why, unless telling them would put a child at risk; in that case the agency records the reason. Karamea Community Health Clinic displays a notice about the Group in its waiting room, and each agency's privacy statement describes the sharing.", "transparency"),
        P("Method of sharing", "The chair emails the list of tamariki to representatives a week before the Group as a password-protected attachment. Discussion is verbal. The chair records actions in the Oranga Tamariki system and emails each agency its own actions.", "method"),
        P("Classification", "Information shared at or for the Group is classified IN-CONFIDENCE.", "class"),
    ]
    body += controls(1, c)
    body += [
        P("Tikanga", "Te Ara Hou Whānau Services advises the Group on tikanga. The Group recognises that tamariki belong to their whānau, hapū and iwi, asks whānau who should be involved in decisions, and does not record whakapapa information unless whānau ask it to. A kaupapa Māori service is offered to every Māori whānau discussed.", "tikanga"),
    ]
    body += retention(1, c, "Oranga Tamariki", "the lists and action notes")
    body += [
        P("Breaches", "A privacy or security breach involving information shared at or for the Group is reported immediately to the breach contact: the Site Manager, Oranga Tamariki, Westport, 03 788 1300, westport.site@ot.govt.nz.", "breach"),
        P(None, "The Site Manager and the agency whose information was involved decide how to contain the breach and what to tell the whānau, and the responsible agency notifies the Privacy Commissioner where the breach is notifiable."),
    ]
    body += conflicts(0, c)
    body += relationship(1, c)
    body += [
        P("Review", "This protocol is reviewed every 12 months from the date of the last signature. Oranga Tamariki is responsible for initiating the review.", "review"),
        review_detail(c),
    ]
    body += changes(0, c)
    body += [
        P("Approval", "The protocol has been approved for each attending agency as follows.", "approval"),
        SIG([
            blk("Tania Rēweti", "Site Manager, Westport", "Oranga Tamariki", "10 August 2026"),
            blk("Dr Anahera Wihongi", "____________________", "Health New Zealand", "12 August 2026"),
            blk("Andrew Colquhoun", "Director of Education, Te Tai Runga (South)", "Ministry of Education", "12 August 2026"),
            blk("Senior Sergeant Paul Kerrigan", "Officer in Charge, Westport Police", "New Zealand Police", "13 August 2026"),
            blk("Janice Whyte", "Practice Nurse Manager", "Karamea Community Health Clinic", "14 August 2026"),
            blk("Waimarie Solomon", "General Manager", "Te Ara Hou Whānau Services", "17 August 2026"),
        ]),
    ]
    return dict(title="Karamea Child Wellbeing Group – Information Sharing Protocol", numbering="typed", lead="italic",
                lead_sep=". ", header="IN-CONFIDENCE", footer="Karamea Child Wellbeing Group", front=["August 2026"],
                body=enrich(body, c, 0, []), author=AUTHOR, created="2026-06-29T11:00:00", modified="2026-08-18T10:45:00",
                sig_mode="breaks")


def doc_d5():
    """ISP451: nothing about chat / recording / screenshots although the network meets by video."""
    c = dict(short="the Network", lead="Te Tai Poutini Rural Wellbeing Trust", venue="the Haast Community Clinic",
             deputy="the Health New Zealand representative",
             agencies=["Te Tai Poutini Rural Wellbeing Trust", "Health New Zealand | Te Whatu Ora", "New Zealand Police",
                       "Ministry of Social Development", "Haast Community Clinic"])
    body = [
        P(None, "This protocol is for the South Westland Rural Wellbeing Network. It records what the agencies in the Network share about people in South Westland whose wellbeing is at risk, and how they keep that information safe. The Practice Manager at Poutini Community Health drafted it for the Network."),
        P(None, "The Network's attending agencies are Te Tai Poutini Rural Wellbeing Trust, Health New Zealand | Te Whatu Ora, New Zealand Police, the Ministry of Social Development and Haast Community Clinic. Each of them signs this protocol.", "members"),
        P(None, "Te Tai Poutini Rural Wellbeing Trust is the lead attending agency. Its South Westland coordinator convenes the Network and is responsible for this protocol."),
        P(None, "South Westland stretches from Harihari to Haast, and the nearest hospital is hours away. The Network exists so that farmers, farm and tourism workers and their families who are struggling (after a flood, a drought, a business failure or a death) are noticed and helped before a crisis, and so that the few services in the area do not work in isolation.", "meeting"),
        P(None, "Because of the distances involved, the Network meets by video call on the last Tuesday of each month, and in person at the Haast Community Clinic twice a year."),
        P(None, "Information about people is shared in the Network for these purposes, with the authority for each in brackets:", "purposes"),
        S("to arrange support for a person who has agreed to be discussed (Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b));"),
        S("to act where a person is at serious risk of suicide or of harming someone else and their agreement cannot be obtained (Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)); and"),
        S("to coordinate hardship assistance and rural assistance payments after an adverse event for people who have agreed (Privacy Act 2020, IPP 11(1)(c))."),
        P(None, "The protocol does not itself authorise any sharing. It records the authority relied on for each purpose in paragraph {ref:purposes}, and a representative must be satisfied that the authority applies before sharing.", "authority"),
        P(None, "The information shared is limited to a person's name, contact details and location; what the concern is and who raised it; relevant health and mental health information, where agreed or where purpose (b) applies; financial hardship and income support; and which services are already in contact with the person.", "info"),
        P(None, "Information about a person's business affairs beyond what bears on their wellbeing or hardship is not shared."),
    ]
    body += use_info(0, c)
    body += [
        P(None, "People are told about the Network by the member that first talks to them, and their agreement is recorded. A person discussed under purpose (b) is told afterwards unless that would increase the risk to them, in which case the reason is recorded. The Trust's website and each member's privacy statement describe the Network.", "transparency"),
        P(None, "The coordinator emails the list of people to be discussed the day before the Network meets, as a password-protected attachment. Information is shared verbally during the call. Actions are kept in the Trust's client system, and each member is told only of its own actions.", "method"),
        P(None, "The Network uses the Trust's Microsoft Teams account. Only representatives listed on the contact sheet are invited, the meeting link changes each month, and the coordinator checks who has joined before the first name is discussed."),
        P(None, "Information shared at or for the Network is classified IN-CONFIDENCE.", "class"),
    ]
    body += controls(3, c, omit=("virtual-meeting",))
    body += [
        P(None, "There are few Māori whānau in South Westland, but those that are there have deep connections to the area through Kāti Māhaki. Where a Māori person or whānau is discussed, the Network asks them whether they want their rūnanga or a kaupapa Māori service involved, does not record whakapapa information, and is guided by them on tikanga. The Trust will seek advice from the local rūnanga when this protocol is reviewed.", "tikanga"),
    ]
    body += retention(2, c, "Te Tai Poutini Rural Wellbeing Trust", "the lists and action records")
    body += [
        P(None, "Any representative who becomes aware of a privacy or security breach involving information shared at or for the Network tells the breach contact at once: the Operations Lead, Te Tai Poutini Rural Wellbeing Trust, 027 455 6120, ops@tpruralwellbeing.org.nz.", "breach"),
        P(None, "The Operations Lead works with the member whose information was involved to contain the breach, decide what to tell the person affected, and decide whether the Privacy Commissioner must be notified."),
    ]
    body += conflicts(1, c)
    body += relationship(0, c)
    body += [
        P(None, "This protocol is reviewed every 24 months from the date of the last signature. Te Tai Poutini Rural Wellbeing Trust is responsible for initiating the review.", "review"),
        review_detail(c),
    ]
    body += changes(1, c)
    body += [
        P(None, "Each attending agency approves this protocol by the signature below of a person authorised to sign for it.", "approval"),
        SIG([
            blk("Fiona Burrell", "General Manager", "Te Tai Poutini Rural Wellbeing Trust", "20 April 2026"),
            blk("Yvonne Casey", "Service Manager, Mental Health and Addictions, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "21 April 2026"),
            blk("Senior Sergeant Marcus Tāwhai", "Officer in Charge, Hokitika Police", "New Zealand Police", "22 April 2026"),
            blk("Lynette Bramwell", "Service Centre Manager, Hokitika", "Ministry of Social Development", "23 April 2026"),
            blk("Dr Kiri Ellison", "Rural Hospital Medical Specialist", "Haast Community Clinic", "27 April 2026"),
        ]),
    ]
    return dict(title="South Westland Rural Wellbeing Network – information sharing protocol", numbering="auto",
                lead=None, footer="South Westland Rural Wellbeing Network – IN-CONFIDENCE", front=["April 2026"],
                body=enrich(body, c, 0, []), author=AUTHOR, created="2026-02-16T08:30:00", modified="2026-04-28T13:15:00",
                num_id=96, font="Calibri", size=11)


def doc_d6():
    """ISP501: breach paragraphs only describe duties; no designated contact with agency and phone/email."""
    c = dict(short="the Hui", lead="New Zealand Police", venue="Reefton Police Station",
             deputy="the Oranga Tamariki representative",
             agencies=["New Zealand Police", "Oranga Tamariki", "Inangahua Community Health Trust",
                       "Stopping Violence Services Te Tai Poutini", "Kaupapa Waiora ki Kawatiri",
                       "Department of Corrections"])
    body = [
        P("Scope", "This protocol applies to the Reefton Family Safety Hui. It records how the agencies at the Hui share information about family harm in the Inangahua district. The Practice Manager at Poutini Community Health prepared it with the agencies."),
    ]
    body += agencies_list(c, "The attending agencies, each a signatory, are:")
    body += [
        P("Lead agency", "New Zealand Police is the lead attending agency. The Reefton sole-charge constable convenes the Hui, with support from the Westport Family Harm Coordinator, and is responsible for this protocol."),
        P("Meeting purpose", "Reefton is too small for a daily safety table, but family harm here is no less serious. The Hui meets weekly, on Wednesday mornings at Reefton Police Station, to look at each family harm episode reported in the Inangahua district since the last Hui and agree what each agency will do to keep victims and tamariki safe.", "meeting"),
        P("Purposes of sharing", "Information is shared at the Hui only for these purposes, with the authority shown in brackets:", "purposes"),
        S("to assess the risk to victims and tamariki after a family harm episode (Family Violence Act 2018, section 20);"),
        S("to agree a safety plan and who will carry out each action (Family Violence Act 2018, section 20);"),
        S("to offer the person who used violence support to stop (Family Violence Act 2018, section 20); and"),
        S("to share information about the wellbeing or safety of tamariki (Oranga Tamariki Act 1989, section 66C)."),
        P("Legal authority", "This protocol does not authorise any sharing by itself. The authorities in paragraph {ref:purposes} are what the agencies rely on, and representatives must check that the conditions of the authority are met each time.", "authority"),
        P("Information shared", "The information shared is: the episode summary; names, ages and relationships of the people involved; previous episodes and protection orders; whether tamariki are known to Oranga Tamariki; relevant health information held by Inangahua Community Health Trust; whether a person is serving a sentence and its conditions; and which services are working with the whānau.", "info"),
    ]
    body += use_info(0, c)
    body += [
        P("Transparency", "The agencies' privacy statements explain that they take part in family harm safety meetings. Victims are told by the agency that supports them that the Hui exists, unless that would increase risk. People who use violence are told that information about them is shared for safety planning, unless that would put a victim at risk. Where a person is not told, the reason is recorded.", "transparency"),
        P("Method of sharing", "The constable emails the list of episodes to representatives on the morning of the Hui as a password-protected attachment, with the password sent by text. Information is shared verbally, and actions are recorded in the Police system and emailed to the agencies that hold them.", "method"),
        P("Security classification", "Information shared at or for the Hui is classified IN-CONFIDENCE.", "class"),
    ]
    body += controls(0, c)
    body += [
        P("Tikanga", "Kaupapa Waiora ki Kawatiri advises the Hui on tikanga. When a Māori whānau is discussed, the Hui considers a kaupapa Māori response first, is guided by the whānau about who should be involved where that is safe, and does not record whakapapa information. The Hui opens with karakia.", "tikanga"),
    ]
    body += retention(1, c, "New Zealand Police", "the episode lists and action records")
    body += [
        P("Breaches", "Representatives who become aware of a privacy or security breach involving information shared at or for the Hui must report it without delay to their own manager and their own agency's privacy officer, and let the convener of the Hui know at the next opportunity.", "breach"),
        P(None, "Each agency manages breaches of its own information in line with its internal policy. The agency responsible decides whether the breach is a notifiable privacy breach and, if it is, notifies the Office of the Privacy Commissioner (0800 803 909) and the people affected as soon as practicable."),
    ]
    body += conflicts(0, c)
    body += relationship(2, c)
    body += [
        P("Review", "This protocol is reviewed every 12 months from the date of the last signature. New Zealand Police is responsible for initiating the review.", "review"),
        review_detail(c),
    ]
    body += changes(0, c)
    body += [
        P("Approval", "Approved for each attending agency by:", "approval"),
        SIG([
            blk("Inspector Grant Buchanan", "Area Commander, West Coast", "New Zealand Police", "7 September 2026"),
            blk("Tania Rēweti", "Site Manager, Westport", "Oranga Tamariki", "8 September 2026"),
            blk("Ruth Haddon", "Chair of Trustees", "Inangahua Community Health Trust", "9 September 2026"),
            blk("Darren Pike", "Manager", "Stopping Violence Services Te Tai Poutini", "10 September 2026"),
            blk("Piripi Tahana", "Pou Whakahaere", "Kaupapa Waiora ki Kawatiri", "11 September 2026"),
            blk("Jo-Anne Whitelaw", "District Manager, Community Corrections, Southern Region", "Department of Corrections", "14 September 2026"),
        ]),
    ]
    return dict(title="Reefton Family Safety Hui — Information Sharing Protocol", numbering="typed", lead="bold",
                lead_sep=": ", header="IN-CONFIDENCE", footer="Reefton Family Safety Hui", front=["September 2026"],
                body=enrich(body, c, 0, []), author=AUTHOR, created="2026-07-27T09:40:00", modified="2026-09-15T08:55:00")
# ---------------------------------------------------------------------------
# Defect protocols (continued), trap and legacy
# ---------------------------------------------------------------------------


def doc_d7():
    """ISP602: reviewed every three years."""
    c = dict(short="the Group", lead="Kāinga Ora – Homes and Communities", venue="the Kāinga Ora office in Greymouth",
             deputy="the Ministry of Social Development representative",
             agencies=["Kāinga Ora – Homes and Communities", "Ministry of Social Development", "Grey District Council",
                       "Grey Budget and Advocacy Service", "Ngā Whenu Hauora Trust", "Health New Zealand | Te Whatu Ora"])
    body = [
        G("Background"),
        P("This protocol", "This protocol records how the agencies in the Greymouth Tenancy Sustainment Group share information about tenants whose tenancies are at risk. It was written for the Group by Marama Kerr, Practice Manager at Poutini Community Health, and checked by each agency's privacy adviser."),
    ]
    body += agencies_list(c, "The attending agencies, which sign this protocol, are:")
    body += [
        P("Lead agency", "Kāinga Ora – Homes and Communities is the lead attending agency. Its Greymouth tenancy manager convenes and chairs the Group and is responsible for this protocol."),
        P("Why the Group meets", "The Group meets monthly at the Kāinga Ora office in Greymouth. Its purpose is to keep people in their homes: to notice early when a social housing or council tenancy in Greymouth is at risk through rent arrears, property damage, neighbour complaints or a tenant's ill health, and to agree support that helps the tenancy succeed before any termination is considered.", "meeting"),
        P("Purposes of sharing", "Information is shared at the Group for the following purposes:", "purposes"),
        S("to understand why a tenancy is at risk and agree a support plan with a tenant who has agreed to be discussed. The authority is information privacy principle 11(1)(c) of the Privacy Act 2020 and, for health information, rule 11(1)(b) of the Health Information Privacy Code 2020."),
        S("to arrange budgeting advice, income support or advances for rent arrears for a tenant who has agreed. The authority is information privacy principle 11(1)(c) of the Privacy Act 2020."),
        S("to act where a tenant faces a serious threat to their life or health, for example a tenant found to be living without heating or food, and agreement cannot be obtained. The authority is information privacy principle 11(1)(f) of the Privacy Act 2020 and rule 11(2)(d) of the Health Information Privacy Code 2020."),
        P("Legal authority", "This protocol does not itself authorise any sharing of information; each purpose in paragraph {ref:purposes} relies on the authority stated for it.", "authority"),
        P("Information shared", "Information shared is limited to: the tenant's name, address and household; tenancy start date and the reason the tenancy is at risk; rent arrears and any repayment arrangement; income and benefit status; budgeting and debt information held by Grey Budget and Advocacy Service, where agreed; health or disability needs affecting the tenancy, where agreed; and services already involved.", "info"),
        P(None, "Neighbour complainants' names are not shared."),
        G("How we work"),
    ]
    body += use_info(0, c)
    body += [
        P("Transparency", "The tenancy manager tells the tenant about the Group when seeking their agreement, and gives them the Group's information sheet. A tenant discussed under purpose (c) is told afterwards, unless that would put them at risk. Each agency's privacy statement refers to the Group.", "transparency"),
        P("Method of sharing", "The chair emails the list of tenancies to be discussed two working days before the Group as a password-protected attachment. Information is shared verbally at the Group. Agreed actions are sent to each agency for its own actions only.", "method"),
        P("Security classification", "Information shared at or for the Group is classified IN-CONFIDENCE.", "class"),
    ]
    body += controls(0, c)
    body += [
        P("Tikanga", "Ngā Whenu Hauora Trust advises the Group on tikanga. Many whānau in Kāinga Ora homes in Greymouth are Māori, and the Group recognises that a whare is more than a tenancy to them. The Group asks Māori tenants whether they want Ngā Whenu Hauora Trust or their whānau involved, and does not record whakapapa information.", "tikanga"),
    ]
    body += retention(2, c, "Kāinga Ora – Homes and Communities", "the lists and action notes")
    body += [
        P("Breach management", "Anyone who becomes aware of a privacy or security breach involving information shared at or for the Group tells the breach contact immediately: the Tenancy Manager, Kāinga Ora – Homes and Communities, Greymouth, 03 768 2290, westcoast.tenancy@kaingaora.govt.nz.", "breach"),
        P(None, "The Tenancy Manager and the agency whose information was involved contain the breach, decide what to tell the tenant, and decide whether it is a notifiable privacy breach that must be reported to the Privacy Commissioner."),
    ]
    body += conflicts(2, c)
    body += relationship(1, c)
    body += [
        P("Review", "The members will review this protocol every three years from the date of the last signature, or sooner if the law changes or a member asks for a review. Kāinga Ora – Homes and Communities, as lead agency, is responsible for initiating the review.", "review"),
        review_detail(c),
    ]
    body += changes(1, c)
    body += [
        G("Sign-off"),
        P("Signatures", "Signed for and on behalf of each attending agency:", "approval"),
        SIG([
            blk("Brendan Mahuika", "Regional Director, Te Waipounamu", "Kāinga Ora – Homes and Communities", "2 June 2026"),
            blk("Malcolm Tuhiwai", "Regional Commissioner, Canterbury and West Coast", "Ministry of Social Development", "3 June 2026"),
            blk("Sarah Inglis", "Group Manager, Community Services", "Grey District Council", "4 June 2026"),
            blk("Graeme Lockyer", "Service Coordinator", "Grey Budget and Advocacy Service", "5 June 2026"),
            blk("Huia Pōtae", "Kaiwhakahaere", "Ngā Whenu Hauora Trust", "8 June 2026"),
            blk("Dr Philippa Sorensen", "Group Manager, Primary and Community, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "9 June 2026"),
        ]),
    ]
    return dict(title="Greymouth Tenancy Sustainment Group: Information Sharing Protocol", numbering="auto",
                lead="italic", lead_sep=". ", group_style="caps", header="IN-CONFIDENCE",
                footer="Greymouth Tenancy Sustainment Group", front=["June 2026"], body=enrich(body, c, 1, []), author=AUTHOR,
                created="2026-04-20T09:00:00", modified="2026-06-10T16:00:00", num_id=97)


def doc_d8():
    """ISP604: signed June 2025, annual review, first review due 30 June 2026 and not recorded as done."""
    c = dict(short="the Panel", lead="Coast Youth Services Trust", venue="the Trust's Greymouth office",
             deputy="the Oranga Tamariki representative",
             agencies=["Coast Youth Services Trust", "Ministry of Education", "Oranga Tamariki", "New Zealand Police",
                       "Health New Zealand | Te Whatu Ora", "Te Rau Kōkiri Whānau Ora"])
    body = [
        G("Background"),
        P(None, "The Grey Valley Rangatahi Wellbeing Panel brings together agencies that work with rangatahi aged 12 to 18 in Runanga, Blackball, Dobson and the wider Grey Valley. This protocol sets out how the agencies on the Panel share information about rangatahi and their whānau. It was drafted by the Practice Manager at Poutini Community Health."),
        P(None, "The attending agencies are Coast Youth Services Trust (the lead agency), the Ministry of Education, Oranga Tamariki, New Zealand Police, Health New Zealand | Te Whatu Ora and Te Rau Kōkiri Whānau Ora. All of them sign this protocol.", "members"),
        P(None, "As lead agency, Coast Youth Services Trust convenes the Panel at its Greymouth office every three weeks, provides the chair and keeps the Panel's records."),
        P(None, "The Panel meets so that rangatahi in the Grey Valley who are disengaging from school, using alcohol or drugs, or showing signs of distress are picked up early and connected with the right support, with their whānau alongside them.", "meeting"),
        P(None, "Information is shared at the Panel for the following purposes:", "purposes"),
        S("to identify rangatahi whose wellbeing or safety is at risk and agree which agency will support them (Oranga Tamariki Act 1989, section 66C);"),
        S("to coordinate support that a rangatahi, or their parent or caregiver, has asked for (Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b)); and"),
        S("to respond where there is a serious threat to the life or health of a rangatahi, including risk of suicide (Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d))."),
        P(None, "This protocol does not itself authorise any sharing; it records the legal authority for each purpose in paragraph {ref:purposes}. Representatives must check that the authority applies before they share.", "authority"),
        P(None, "The information shared is limited to the rangatahi's name, age, school and whānau contact details; attendance and engagement at school; any involvement with Oranga Tamariki or Police Youth Aid; health, alcohol and drug, or mental health concerns where agreed or where purpose (c) applies; and the services already involved.", "info"),
        G("How we work"),
    ]
    body += use_info(1, c)
    body += [
        P(None, "Rangatahi and their whānau are told about the Panel by the agency that refers them, and their agreement is recorded for purpose (b). Where a rangatahi is discussed under purpose (a) or (c), the referring agency tells them and their whānau unless that would put them at risk, and records the reason if it does not. Each agency's privacy statement refers to the Panel.", "transparency"),
        P(None, "The chair emails the list of rangatahi to be discussed three working days before each Panel as a password-protected attachment. Information is shared verbally. Agreed actions are sent to each agency for its own actions.", "method"),
        P(None, "Information shared at or for the Panel is classified IN-CONFIDENCE.", "class"),
    ]
    body += controls(3, c)
    body += [
        P(None, "Te Rau Kōkiri Whānau Ora advises the Panel on tikanga. The Panel asks Māori rangatahi and their whānau whether they would like a kaupapa Māori service involved and who in the whānau should be part of decisions. Whakapapa information is not recorded.", "tikanga"),
    ]
    body += retention(0, c, "Coast Youth Services Trust", "the Panel's lists and action notes")
    body += [
        P(None, "A privacy or security breach involving information shared at or for the Panel is reported immediately to the breach contact: the Service Manager, Coast Youth Services Trust, 03 762 6605, manager@coastyouth.org.nz. The Service Manager and the agency whose information was involved contain the breach, decide what to tell the rangatahi and whānau, and decide whether it must be notified to the Privacy Commissioner.", "breach"),
    ]
    body += conflicts(0, c)
    body += relationship(0, c)
    body += [
        P(None, "The Panel will review this protocol annually. The first review is to be completed by 30 June 2026, twelve months after the last signature. Coast Youth Services Trust is responsible for initiating each review.", "review"),
        review_detail(c),
    ]
    body += changes(0, c)
    body += [
        G("Sign-off"),
        P(None, "Each attending agency approves this protocol by signing below.", "approval"),
        SIG([
            blk("Simon Adair", "Chief Executive", "Coast Youth Services Trust", "16 June 2025"),
            blk("Andrew Colquhoun", "Director of Education, Te Tai Runga (South)", "Ministry of Education", "18 June 2025"),
            blk("Kahu Ruatapu", "Site Manager, Greymouth", "Oranga Tamariki", "20 June 2025"),
            blk("Senior Sergeant Lisa Fahey", "Officer in Charge, Youth Services, Tasman District", "New Zealand Police", "23 June 2025"),
            blk("Megan Tainui", "Service Manager, Youth Health, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "26 June 2025"),
            blk("Aperahama Kerei", "Kaiārahi Matua", "Te Rau Kōkiri Whānau Ora", "30 June 2025"),
        ]),
    ]
    return dict(title="Grey Valley Rangatahi Wellbeing Panel – Information Sharing Protocol", numbering="typed",
                lead=None, group_style="Heading 1", header="IN-CONFIDENCE", footer="Grey Valley Rangatahi Wellbeing Panel",
                front=["Version 1.0 — June 2025"], body=enrich(body, c, 0, []), author=AUTHOR,
                created="2025-05-05T10:30:00", modified="2025-07-01T09:10:00")


def doc_d9():
    """ISP402: the forum treats what it shares as UNCLASSIFIED."""
    c = dict(short="the Forum", lead="Health New Zealand | Te Whatu Ora", venue="Buller Health",
             deputy="the Coast Elder Support Trust representative",
             agencies=["Health New Zealand | Te Whatu Ora", "Coast Elder Support Trust", "Kaupapa Waiora ki Kawatiri",
                       "Buller District Council", "Ministry of Social Development"])
    body = [
        P("About", "This protocol covers the Westport Kaumātua and Elder Wellbeing Forum. It sets out what the agencies at the Forum share about the older people they discuss and how they look after it. It was drafted by the Practice Manager at Poutini Community Health and checked with each agency."),
    ]
    body += agencies_list(c, "The attending agencies, and signatories, are:")
    body += [
        P("Lead agency", "Health New Zealand | Te Whatu Ora is the lead attending agency. The Older Persons' Health clinical nurse manager at Buller Health convenes the Forum and is responsible for this protocol."),
        P("Meeting purpose", "The Forum meets every month at Buller Health so that kaumātua and older people in Westport and the northern Buller who are becoming frail, isolated or unable to manage at home are noticed and supported to stay well and, where they wish, to stay in their own homes.", "meeting"),
        P("Purposes of sharing", "The purposes of sharing, with the authority for each in brackets, are:", "purposes"),
        S("to plan support with an older person who has agreed to be discussed (Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b));"),
        S("to arrange home help, meals, housing modifications or financial support that an older person has asked for (Privacy Act 2020, IPP 11(1)(c)); and"),
        S("to act where an older person faces a serious threat to their life or health and cannot give agreement (Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d))."),
        P("Legal authority", "This protocol does not itself authorise any sharing. Representatives rely on the authority stated for each purpose in paragraph {ref:purposes} and must be satisfied it applies before sharing.", "authority"),
        P("Information shared", "The Forum shares: name, age, address and living situation; who the person's carers, attorneys and close whānau are; health and mobility needs relevant to living at home, where agreed; income and benefit entitlements relevant to support; council pensioner housing tenancy issues; and services already involved.", "info"),
    ]
    body += use_info(2, c)
    body += [
        P("Transparency", "Older people and, where appropriate, their whānau are told about the Forum when their agreement is sought. A person discussed under purpose (c) is told afterwards where possible, and the reason is recorded where they are not. Each agency's privacy statement mentions the Forum.", "transparency"),
        P("Method of sharing", "The convener emails the list of people to be discussed to representatives a week before the Forum as a password-protected attachment. Information is shared verbally. Actions are recorded in the Health New Zealand | Te Whatu Ora system and emailed to each agency for its own actions.", "method"),
        P("Security classification", "Most of what is discussed at the Forum is already known to the older person's whānau and their GP, and three of the five agencies are not government departments. The members have therefore agreed that information shared at the Forum is UNCLASSIFIED, to be handled with discretion and in line with this protocol.", "class"),
    ]
    body += controls(2, dict(c, system="the Health New Zealand patient management system"))
    body += [
        P("Tikanga", "Kaupapa Waiora ki Kawatiri advises the Forum on tikanga. Kaumātua are recognised as holding mana within their whānau and hapū, and the Forum asks them who should be involved in decisions about their care. Whakapapa information is not recorded. A kaupapa Māori service is offered to every kaumātua discussed.", "tikanga"),
    ]
    body += retention(0, c, "Health New Zealand | Te Whatu Ora", "the lists and action notes")
    body += [
        P("Breach management", "Any privacy or security breach involving information shared at or for the Forum is reported straight away to the breach contact: the Clinical Nurse Manager, Older Persons' Health, Health New Zealand | Te Whatu Ora, Buller Health, 03 788 9040, oph.buller@tewhatuora.govt.nz.", "breach"),
        P(None, "The Clinical Nurse Manager and the agency whose information was involved decide how to contain the breach, what to tell the older person, and whether it must be notified to the Privacy Commissioner."),
    ]
    body += conflicts(1, c)
    body += relationship(2, c)
    body += [
        P("Review", "This protocol is reviewed every 12 months from the date of the last signature. Health New Zealand | Te Whatu Ora, as lead agency, is responsible for initiating the review.", "review"),
        review_detail(c),
    ]
    body += changes(0, c)
    body += [
        P("Approval", "Each attending agency approves this protocol by signing below.", "approval"),
        SIG([
            blk("Yvonne Casey", "Service Manager, Older Persons' Health, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "16 March 2026"),
            blk("Helen Fairweather", "Chief Executive", "Coast Elder Support Trust", "17 March 2026"),
            blk("Piripi Tahana", "Pou Whakahaere", "Kaupapa Waiora ki Kawatiri", "18 March 2026"),
            blk("Neil Rasmussen", "Community Services Manager", "Buller District Council", "20 March 2026"),
            blk("Bernadette Kilkenny", "Service Centre Manager, Westport and Reefton", "Ministry of Social Development", "23 March 2026"),
        ]),
    ]
    return dict(title="Westport Kaumātua and Elder Wellbeing Forum – Information Sharing Protocol", numbering="auto",
                lead="bold", lead_sep=". ", footer="Westport Kaumātua and Elder Wellbeing Forum", front=["March 2026"],
                body=enrich(body, c, 1, []), author=AUTHOR, created="2026-02-02T09:00:00", modified="2026-03-24T11:00:00", num_id=98)


def doc_d10():
    """ISP305: the protocol presents itself as the members' authority to share."""
    c = dict(short="the Hui", lead="Ministry of Social Development", lead_ref="the Ministry of Social Development", venue="the Hokitika Service Centre",
             deputy="the Te Rau Kōkiri Whānau Ora representative",
             agencies=["Ministry of Social Development", "Oranga Tamariki", "Te Rau Kōkiri Whānau Ora",
                       "Health New Zealand | Te Whatu Ora", "Kāinga Ora – Homes and Communities"])
    body = [
        P("About this protocol", "This is the information sharing protocol for the Hokitika Whānau Connect Hui. It was drafted by Marama Kerr, Practice Manager at Poutini Community Health, and has been checked by each member's privacy adviser."),
        P("Attending agencies", "The members of the Hui, and signatories to this protocol, are the Ministry of Social Development (lead agency), Oranga Tamariki, Te Rau Kōkiri Whānau Ora, Health New Zealand | Te Whatu Ora and Kāinga Ora – Homes and Communities.", "members"),
        P("Lead agency", "The Ministry of Social Development convenes the Hui at the Hokitika Service Centre, supplies the chair, and is responsible for developing and applying this protocol."),
        P("Meeting purpose", "The Hui meets fortnightly to connect whānau in Hokitika and Westland who are in hardship with the full range of help they are entitled to or have asked for, so that they deal with one coordinated team rather than five separate agencies.", "meeting"),
        P("Purposes of sharing", "Information is shared at the Hui for these purposes:", "purposes"),
        S("to agree a single support plan with a whānau who has asked for help. The whānau's authorisation is the authority, under information privacy principle 11(1)(c) of the Privacy Act 2020."),
        S("to share information for the wellbeing or safety of tamariki in the whānau. The authority is section 66C of the Oranga Tamariki Act 1989."),
        S("to arrange health support the whānau has asked for. The authority is rule 11(1)(b) of the Health Information Privacy Code 2020."),
        S("to find housing for a whānau that is homeless or in unsafe housing and has agreed to be discussed. The authority is information privacy principle 11(1)(c) of the Privacy Act 2020."),
        P("Legal authority", "Signing this protocol gives the members authority to share the information in paragraph {ref:info} with one another at the Hui. Representatives should still make sure the authority listed for the purpose fits the whānau's situation.", "authority"),
        P("Information shared", "The information shared is limited to: names, dates of birth and contact details of whānau members; income, benefit and debt information; housing situation and housing register status; whether Oranga Tamariki is involved and any plan for tamariki; health needs the whānau have agreed can be discussed; and the services already involved.", "info"),
    ]
    body += use_info(0, c)
    body += [
        P("Transparency", "Whānau are told about the Hui, who attends and what will be shared, when they are referred, and their agreement is recorded. Where sharing about tamariki under section 66C is needed, the representative tells the whānau unless that would put a child at risk, and records the reason if not. Each member's privacy statement mentions the Hui.", "transparency"),
        P("Method of sharing", "The chair emails the list of whānau to be discussed two working days before the Hui as a password-protected attachment. Information is shared verbally at the Hui, and each member is sent its own actions afterwards.", "method"),
        P("Classification", "Information shared at or for the Hui is classified IN-CONFIDENCE.", "class"),
    ]
    body += controls(1, c)
    body += [
        P("Tikanga", "Te Rau Kōkiri Whānau Ora advises the Hui on tikanga. The Hui works in a whānau-centred way: whānau decide who speaks for them and who is involved, the Hui can be opened with karakia, and whakapapa information is not recorded unless whānau ask for it to be.", "tikanga"),
    ]
    body += retention(1, c, "The Ministry of Social Development", "the lists, consent records and action notes")
    body += [
        P("Breaches", "A privacy or security breach involving information shared at or for the Hui is reported immediately to the breach contact: the Service Centre Manager, Ministry of Social Development, Hokitika, 03 756 9130, hokitika.connect@msd.govt.nz.", "breach"),
        P(None, "The Service Centre Manager and the member whose information was involved contain the breach, decide what to tell the whānau, and decide whether the breach is notifiable to the Privacy Commissioner."),
    ]
    body += conflicts(2, c)
    body += relationship(1, c)
    body += [
        P("Review", "This protocol is reviewed every 12 months from the date of the last signature. The Ministry of Social Development is responsible for initiating the review.", "review"),
        review_detail(c),
    ]
    body += changes(1, c)
    body += [
        P("Approval", "Signed for each attending agency by an authorised person:", "approval"),
        SIG([
            blk("Lynette Bramwell", "Service Centre Manager, Hokitika", "Ministry of Social Development", "5 October 2026"),
            blk("Kahu Ruatapu", "Site Manager, Greymouth", "Oranga Tamariki", "6 October 2026"),
            blk("Aperahama Kerei", "Kaiārahi Matua", "Te Rau Kōkiri Whānau Ora", "7 October 2026"),
            blk("Dr Philippa Sorensen", "Group Manager, Primary and Community, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "8 October 2026"),
            blk("Brendan Mahuika", "Regional Director, Te Waipounamu", "Kāinga Ora – Homes and Communities", "12 October 2026"),
        ]),
    ]
    return dict(title="Hokitika Whānau Connect Hui — Information Sharing Protocol", numbering="typed", lead="italic",
                lead_sep=". ", header="IN-CONFIDENCE", footer="Hokitika Whānau Connect Hui", front=["October 2026"],
                body=enrich(body, c, 1, []), author=AUTHOR, created="2026-08-31T10:00:00", modified="2026-10-13T09:00:00")


def doc_d11():
    """ISP801: members may keep panel notes on file for future reference."""
    c = dict(short="the Panel", lead="New Zealand Police", venue="Westport Police Station",
             deputy="the Oranga Tamariki representative",
             agencies=["New Zealand Police", "Oranga Tamariki", "Ministry of Education", "Coast Youth Services Trust",
                       "Kaupapa Waiora ki Kawatiri", "Health New Zealand | Te Whatu Ora"])
    body = [
        G("Background"),
        P("This protocol", "This protocol is for the Buller Rangatahi Support Panel. It explains what information the Panel's agencies share about rangatahi, why, under what law and how it is protected. The Practice Manager at Poutini Community Health drafted it with the agencies."),
    ]
    body += agencies_list(c, "The attending agencies, each of which signs this protocol, are:")
    body += [
        P("Lead agency", "New Zealand Police is the lead attending agency. The Youth Aid officer at Westport convenes the Panel, and Police is responsible for this protocol."),
        P("Meeting purpose", "The Panel meets fortnightly at Westport Police Station. It looks at rangatahi in Buller who have come to notice for low-level offending, truancy or risky behaviour, and agrees early support so that they do not move further into the justice system.", "meeting"),
        P("Purposes of sharing", "Information is shared for these purposes (authority in brackets):", "purposes"),
        S("to understand a rangatahi's needs and agree supports that reduce the risk of offending (Oranga Tamariki Act 1989, section 66C);"),
        S("to plan and monitor an alternative action plan agreed with the rangatahi and their whānau (Oranga Tamariki Act 1989, section 66C); and"),
        S("to tell the rangatahi's school what support has been agreed, where the rangatahi and their parent have agreed (Privacy Act 2020, IPP 11(1)(c))."),
        P("Legal authority", "This protocol does not itself authorise any sharing; it records the authority relied on for each purpose. Before sharing under section 66C, representatives check that the sharing is for the wellbeing or safety of the rangatahi.", "authority"),
        P("Information shared", "The information shared is: name, age, school and whānau contact details; the behaviour or offending that led to the referral; involvement with Oranga Tamariki; school attendance and engagement; health or alcohol and drug needs where agreed; and services already involved.", "info"),
        G("How we work"),
    ]
    body += use_info(0, c)
    body += [
        P("Transparency", "The Youth Aid officer tells the rangatahi and their parent or caregiver about the Panel when the referral is made, including which agencies attend and why. Where that would put someone at risk or prejudice an investigation, the officer records the reason for not telling them. Each agency's privacy statement mentions the Panel.", "transparency"),
        P("Method of sharing", "The Youth Aid officer emails the list of rangatahi to representatives two working days before the Panel as a password-protected attachment. Information is shared verbally and actions are recorded in the Police system.", "method"),
        P("Security classification", "Information shared at or for the Panel is classified IN-CONFIDENCE.", "class"),
    ]
    body += controls(2, dict(c, system="the Police youth case management system"))
    body += [
        P("Tikanga", "Kaupapa Waiora ki Kawatiri advises the Panel on tikanga. For Māori rangatahi, the Panel asks whānau who should be part of decisions, offers a kaupapa Māori mentor, and does not record whakapapa information.", "tikanga"),
        P("Retention", "Agencies store any information they need to carry out an agreed action in their own approved system, and delete emailed copies once stored. Each agency disposes of information under its own retention and disposal authority.", "retention"),
        P(None, "Representatives may also keep their Panel notes and a copy of each referral summary on their agency's file after the rangatahi's plan has finished, for future reference in case the rangatahi is referred to the Panel again. New Zealand Police keeps the lists and action records.", "retention2"),
        P("Breach management", "A privacy or security breach involving information shared at or for the Panel is reported straight away to the breach contact: the Youth Aid Sergeant, New Zealand Police, Westport, 03 788 2085, buller.youthaid@police.govt.nz.", "breach"),
        P(None, "The Youth Aid Sergeant and the agency whose information was involved contain the breach, decide what to tell the rangatahi and whānau, and decide whether the breach is notifiable to the Privacy Commissioner."),
    ]
    body += conflicts(0, c)
    body += relationship(0, c)
    body += [
        P("Review", "This protocol is reviewed every 24 months from the date of the last signature. New Zealand Police is responsible for initiating the review.", "review"),
        review_detail(c),
    ]
    body += changes(0, c)
    body += [
        G("Sign-off"),
        P("Approval", "Signed on behalf of each attending agency:", "approval"),
        SIG([
            blk("Inspector Grant Buchanan", "Area Commander, West Coast", "New Zealand Police", "18 May 2026"),
            blk("Tania Rēweti", "Site Manager, Westport", "Oranga Tamariki", "19 May 2026"),
            blk("Andrew Colquhoun", "Director of Education, Te Tai Runga (South)", "Ministry of Education", "20 May 2026"),
            blk("Simon Adair", "Chief Executive", "Coast Youth Services Trust", "21 May 2026"),
            blk("Piripi Tahana", "Pou Whakahaere", "Kaupapa Waiora ki Kawatiri", "22 May 2026"),
            blk("Megan Tainui", "Service Manager, Youth Health, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora", "25 May 2026"),
        ]),
    ]
    return dict(title="Buller Rangatahi Support Panel – Information Sharing Protocol", numbering="auto", lead="bold",
                lead_sep=". ", group_style="caps", header="IN-CONFIDENCE", footer="Buller Rangatahi Support Panel",
                front=["May 2026"], body=enrich(body, c, 0, []), author=AUTHOR, created="2026-03-16T09:00:00",
                modified="2026-05-26T10:30:00", num_id=99)


CLASS_CHOICES = ["Choose an item.", "UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED", "CONFIDENTIAL"]


def doc_t1():
    """Trap: deciding text in tracked changes and content controls; only ISP202 expected."""
    c = dict(short="the Hui", lead="Health New Zealand | Te Whatu Ora", venue="Te Nīkau Grey Hospital",
             deputy="the Police representative",
             agencies=["Health New Zealand | Te Whatu Ora", "New Zealand Police", "Ministry of Social Development",
                       "Te Ara Hou Whānau Services", "Coast Peer Support Trust"])
    body = [
        P("About this protocol", "This protocol is for the Greymouth Mental Wellbeing Hui. It records what the agencies at the Hui share about the people they discuss and how that information is protected. The Practice Manager at Poutini Community Health drafted it, and it has been through the agencies' privacy advisers."),
    ]
    body += agencies_list(c, "The attending agencies, and signatories, are:")
    body += [
        P("Lead agency", "Health New Zealand | Te Whatu Ora is the lead attending agency. The Greymouth community mental health team leader convenes and chairs the Hui and is responsible for this protocol."),
        P("Meeting purpose", "The Hui meets every second Monday at Te Nīkau Grey Hospital so that adults in the Grey district with mental health or addiction needs who are also struggling with housing, income or their safety get coordinated help, and so that people who repeatedly reach crisis have a plan that all the agencies know about.", "meeting"),
        P("Purposes of sharing", "Information is shared at the Hui for these purposes, with the authority in brackets:", "purposes"),
        S("to coordinate support for a person who has agreed to be discussed (Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(c));"),
        S("to plan a joint response to a person's repeated crises, with their agreement (Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(c)); and"),
        S("to act where there is a serious threat to the life or health of the person or someone else (Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, IPP 11(1)(f))."),
        P("Legal authority", "This protocol does not itself authorise any sharing. Each purpose in paragraph {ref:purposes} relies on the authority stated for it, and a representative must be satisfied that it applies before sharing.", "authority"),
        P("Information shared", "The information shared is limited to: name, date of birth and address; current mental health and addiction needs in general terms; recent crises and Police attendances; risks to self or others; income, benefit and housing situation; and the services and peer supports already involved. Clinical notes are not shared.", "info"),
    ]
    body += use_info(1, c)
    body += [
        P("Transparency", "The person's key worker tells them about the Hui when seeking their agreement and records the answer. A person discussed under purpose (c) is told afterwards unless that would cause serious harm, in which case the reason is recorded. Each agency's privacy statement refers to the Hui.", "transparency"),
        P("Method of sharing", "The chair emails the agenda the day before the Hui as a password-protected attachment. Information is shared verbally, and actions are recorded in the Health New Zealand | Te Whatu Ora system and sent to each agency for its own actions.", "method"),
        P("Security classification", ["Information shared at or for the Hui is classified ",
                                      ("drop", "IN-CONFIDENCE", CLASS_CHOICES, "Security classification"), "."], "class"),
    ]
    body += controls(0, c)
    body += [
        P("Tikanga", "Te Ara Hou Whānau Services advises the Hui on tikanga. Wellbeing is understood in the round, including whānau and wairua, and the Hui is guided by the person and their whānau about who should be involved. Whakapapa information is not recorded, and karakia opens the Hui when members wish.", "tikanga"),
        P("Retention and disposal", ["Members keep information from the Hui only when they are using it for one of the purposes in paragraph {ref:purposes}, and store it in their approved business system, deleting any emailed copy once stored. ",
                                     ("del", "Members may also keep a copy of the agenda and their own notes on file for future reference. "),
                                     ("ins", "Agendas and personal notes are shredded or deleted after the Hui unless they are needed for an agreed action. ")], "retention"),
        P(None, "Each member disposes of information under its own retention and disposal authority once the purpose is met. Health New Zealand | Te Whatu Ora keeps the agendas and action records.", "retention2"),
        P("Breach management", ["Anyone who becomes aware of a privacy or security breach involving information shared at or for the Hui tells the breach contact at once. The breach contact is: ",
                                ("text", "Team Leader, Acute Care Team, Health New Zealand | Te Whatu Ora, Greymouth, 03 769 7452, act.greymouth@tewhatuora.govt.nz", "Breach contact"), "."], "breach"),
        P(None, "The breach contact and the member whose information was involved contain the breach, decide what to tell the person affected, and decide whether it must be notified to the Privacy Commissioner."),
    ]
    body += conflicts(2, c)
    body += relationship(0, c)
    body += [
        P("Review", ["This protocol is reviewed every ", ("del", "36"), ("ins", "24"),
                     " months from the date of the last signature. Health New Zealand | Te Whatu Ora is responsible for initiating the review."], "review"),
        review_detail(c),
    ]
    body += changes(0, c)
    sig_dates = [("2026-09-14", "14 September 2026"), ("2026-09-15", "15 September 2026"),
                 ("2026-09-16", "16 September 2026"), ("2026-09-18", "18 September 2026"), ("2026-09-21", "21 September 2026")]
    people = [("Yvonne Casey", "Service Manager, Mental Health and Addictions, Te Tai o Poutini", "Health New Zealand | Te Whatu Ora"),
              ("Inspector Grant Buchanan", "Area Commander, West Coast", "New Zealand Police"),
              ("Malcolm Tuhiwai", "Regional Commissioner, Canterbury and West Coast", "Ministry of Social Development"),
              ("Waimarie Solomon", "General Manager", "Te Ara Hou Whānau Services"),
              ("Bridget Kōkiri", "Coordinator", "Coast Peer Support Trust")]
    blocks = []
    for (n, pos, ag), (iso, shown) in zip(people, sig_dates):
        b = blk(n, pos, ag, "")
        b["Date"] = [("date", iso, shown, "Signature date")]
        blocks.append(b)
    body += [P("Approval", "Each attending agency approves this protocol by signing below.", "approval"), SIG(blocks)]
    return dict(title="Greymouth Mental Wellbeing Hui – Information Sharing Protocol", numbering="auto", lead="bold",
                lead_sep=". ", footer="Greymouth Mental Wellbeing Hui", front=["September 2026 – signing copy"],
                body=enrich(body, c, 1, []), author=AUTHOR, modified_by="Yvonne Casey", track_revisions=True, created="2026-07-06T09:00:00",
                modified="2026-09-22T10:00:00", num_id=100)


def doc_l1():
    """Legacy 2016: repealed laws, overdue review, two controls missing, no tikanga paragraph."""
    c = dict(short="the Group", lead="Child, Youth and Family", venue="the Child, Youth and Family office",
             deputy="the Police representative",
             agencies=["Child, Youth and Family", "New Zealand Police", "West Coast District Health Board",
                       "Ministry of Education", "Ministry of Social Development", "Te Whare Awhina o Poutini"])
    body = [
        P(None, "This protocol sets out how the agencies in the West Coast Children's Wellbeing Group share information about children and their families. It was prepared by Sue Ballantyne, Practice Manager, Poutini Community Health, for the Group."),
        P(None, "The agencies that attend the Group and sign this protocol are Child, Youth and Family (lead agency), New Zealand Police, West Coast District Health Board, Ministry of Education, Ministry of Social Development (Work and Income) and Te Whare Awhina o Poutini.", "members"),
        P(None, "Child, Youth and Family convenes the Group at its Greymouth office, provides the chair and the minute-taker, and is responsible for this protocol."),
        P(None, "In this protocol \"the Group\" means the West Coast Children's Wellbeing Group, \"agency\" means one of the agencies listed in paragraph {ref:members}, and \"representative\" means a person an agency sends to the Group."),
        P(None, "Another agency, such as a school or a general practice, may be invited to the Group for a particular child where it is already involved with the family. The chair gives it a copy of this protocol first, and it leaves when that item is finished."),
        P(None, "The Group meets monthly so that children on the West Coast who are vulnerable, but who do not need a statutory response, are identified early and their families are offered coordinated support.", "meeting"),
        P(None, "Information is shared at the Group for the following purposes:", "purposes"),
        S("to identify children whose safety or wellbeing may be at risk and agree what each agency will do (Children, Young Persons, and Their Families Act 1989, sections 15 and 66);"),
        S("to coordinate services for families who have agreed to be discussed, and to act where there is a serious threat to a child's life or health (Privacy Act 1993, section 6, principles 11(d) and 11(f)); and"),
        S("to share health information held by the District Health Board about a child (Health Information Privacy Code 1994, rule 11)."),
        P(None, "The members rely on the legal authorities given in paragraph {ref:purposes}. This protocol does not itself authorise any sharing, and each representative must be satisfied that the authority applies before sharing.", "authority"),
        P(None, "The information shared is limited to: the names, ages and address of the child and their caregivers; the concern about the child; any previous notifications to Child, Youth and Family; school enrolment and attendance; relevant health and development information; Police family violence attendances at the address; benefit status; and services already involved.", "info"),
        P(None, "Information shared at the Group is used only for the purposes in paragraph {ref:purposes}. Where an agency records information from the Group on its own file, it notes which agency it came from, the purpose, the authority and the date.", "use"),
        P(None, "Information from the Group is not used for any other purpose without the agreement of the agency that provided it and advice from the receiving agency's legal team."),
        P(None, "Families are told by the referring agency that they will be discussed at the Group, which agencies attend and why, unless this would put a child at risk, in which case the reason is recorded. Each agency's privacy statement refers to interagency meetings.", "transparency"),
        P(None, "The chair sends the list of children to be discussed to representatives by SEEMail (or, for Te Whare Awhina o Poutini, by ordinary email) a week before the Group. Information is shared verbally at the Group and minutes record actions only.", "method"),
        P(None, "Information shared at or for the Group is classified IN-CONFIDENCE.", "class"),
        P(None, "All representatives have completed their agency's privacy and information security training before attending.", "controls"),
        P(None, "Representatives use only their agency's work computers and work phones for the Group's information."),
        P(None, "Any printed lists are collected by the chair at the end of the meeting and shredded. Printed material is not given to representatives of other agencies."),
        P(None, "An agency keeps information from the Group only while it is using it for one of the purposes in paragraph {ref:purposes}, stores it on its client file, and deletes any emailed copy.", "retention"),
        P(None, "Information is disposed of under each agency's retention and disposal schedule. Child, Youth and Family keeps the lists and minutes.", "retention2"),
        P(None, "A privacy or security breach involving information shared at or for the Group is reported straight away to the Site Manager, Child, Youth and Family, Greymouth, 03 768 0990. The Site Manager and the agency whose information was involved decide how to contain the breach, what to tell the family, and whether to tell the Privacy Commissioner.", "breach"),
        P(None, "A representative who knows a family being discussed tells the chair, leaves the room for that item, and passes any request for information to a colleague.", "conflicts"),
        P(None, "The minutes of the Group record the children discussed, the actions agreed and who holds them. They do not record the detail of what was said."),
        P(None, "Each agency nominates a relationship manager who checks at least once a year that the protocol is working as intended and raises any problems with Child, Youth and Family.", "relationship"),
        P(None, "Disputes between agencies are referred to the relationship managers and, if unresolved, to the agencies' regional managers."),
        P(None, "This protocol will be reviewed every two years from the date of the last signature. Child, Youth and Family is responsible for initiating the review. Any agency may ask for an earlier review.", "review"),
        P(None, "Changes to this protocol are agreed in writing by all agencies. An agency may withdraw on one month's written notice and continues to apply paragraphs {ref:retention} and {ref:retention2} to information it holds."),
        P(None, "Each agency approves this protocol by signing below.", "approval"),
        SIG([
            blk("Graham Toomey", "Site Manager, Greymouth", "Child, Youth and Family", "7 March 2016"),
            blk("Inspector Neville Pask", "Area Commander, West Coast", "New Zealand Police", "9 March 2016"),
            blk("Carolyn Breen", "General Manager, Planning and Funding", "West Coast District Health Board", "14 March 2016"),
            blk("Peter Rudd", "Manager, Education Services", "Ministry of Education", "15 March 2016"),
            blk("Ann-Marie Gatenby", "Service Centre Manager, Greymouth", "Ministry of Social Development", "17 March 2016"),
            blk("Hone Mātene", "Kaiwhakahaere", "Te Whare Awhina o Poutini", "21 March 2016"),
        ]),
    ]
    return dict(title="West Coast Children's Wellbeing Group – Information Sharing Protocol", numbering="typed",
                lead=None, header="IN-CONFIDENCE", footer="West Coast Children's Wellbeing Group protocol 2016",
                front=["March 2016"], body=enrich(body, c, 0, ['access', 'status']), author="Sue Ballantyne", created="2016-01-25T09:00:00",
                modified="2016-03-22T12:00:00", font="Times New Roman", size=11.5, revision=7)
# ---------------------------------------------------------------------------
# Corpus list and truth
# ---------------------------------------------------------------------------
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

FILES = [
    ("clean-01-kawatiri-family-harm-table.docx", doc_c1, "clean", [], [],
     "Family violence table; auto-numbered paragraphs with bold lead-ins, no headings; four purposes with authority in brackets; header IN-CONFIDENCE matches body."),
    ("clean-02-mawhera-youth-panel.docx", doc_c2, "clean", [], [],
     "Youth offending panel; typed numbers, italic lead-ins under Background / How we work / Sign-off; authority in the sentence after each lettered purpose."),
    ("clean-03-inangahua-school-attendance.docx", doc_c3, "clean", [], [],
     "School attendance hui; auto-numbered paragraphs with no lead-ins and no headings at all; each topic only recognisable from the prose; signatures as line-broken blocks."),
    ("clean-04-grey-housing-forum.docx", doc_c4, "clean", [], [],
     "Housing forum signed April 2025 with a 24-month review (due 30 April 2027, not overdue); typed numbers, bold lead-ins, four caps group headings; consent and serious-threat authorities."),
    ("clean-05-hokitika-elder-safety.docx", doc_c5, "clean", [], [],
     "Elder abuse group led by an NGO; SENSITIVE in body and header; explicit next review date 31 October 2027; a sentence forbidding 'just in case' keeping that must not be reported."),
    ("defect-isp101-buller-mental-health.docx", doc_d1, "defect",
     [{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}}], [],
     "Mental health coordination meeting with no paragraph at all on conflicts of interest (every other topic present with bold lead-ins)."),
    ("defect-isp301-westland-whanau-hub.docx", doc_d2, "defect",
     [{"rule": "ISP301", "data_contains": {"purpose": "waiting list"}}], [],
     "Purpose (c), telling the council who has moved so its housing waiting list is current, has no bracketed authority while (a), (b) and (d) do."),
    ("defect-isp703-grey-reintegration-panel.docx", doc_d3, "defect",
     [{"rule": "ISP703", "data": {"agency": "Poutini Reintegration Trust"}}], [],
     "Poutini Reintegration Trust is listed in the 'Who attends' paragraph (and advises on tikanga) but the Sign-off list ends after five blocks without it."),
    ("defect-isp702-karamea-child-wellbeing.docx", doc_d4, "defect",
     [{"rule": "ISP702", "data": {"agency": "Health New Zealand", "missing": ["role"]}}], [],
     "The Health New Zealand signature block gives the signatory's name but the Position line is only underscores."),
    ("defect-isp451-south-westland-rural-wellbeing.docx", doc_d5, "defect",
     [{"rule": "ISP451", "data": {"control": "virtual-meeting"}}], [],
     "Network meets mostly by Teams, yet the controls paragraphs (no lead-ins) never say no chat, no recording, no screenshots; the other five controls are stated."),
    ("defect-isp501-reefton-family-safety.docx", doc_d6, "defect",
     [{"rule": "ISP501"}], [],
     "Breach paragraphs only describe each agency's duties and give the Privacy Commissioner's 0800 number; no designated contact with an agency and a phone or email."),
    ("defect-isp602-greymouth-tenancy.docx", doc_d7, "defect",
     [{"rule": "ISP602", "data": {"months": 36}}], [],
     "Review paragraph: reviewed every three years from the last signature (signed June 2026, so not overdue)."),
    ("defect-isp604-grey-valley-rangatahi.docx", doc_d8, "defect",
     [{"rule": "ISP604", "data": {"due": "2026-06-30"}}], [],
     "Signed June 2025 (last signature 30 June 2025), annual review with the first review to be completed by 30 June 2026; past due on 2026-11-24."),
    ("defect-isp402-westport-elder-forum.docx", doc_d9, "defect",
     [{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}], [],
     "The classification paragraph agrees information at the forum is UNCLASSIFIED because most members are NGOs; no header marking."),
    ("defect-isp305-hokitika-whanau-connect.docx", doc_d10, "defect",
     [{"rule": "ISP305"}], [],
     "The Legal authority paragraph says signing this protocol gives the members authority to share; every purpose still has a real authority."),
    ("defect-isp801-buller-rangatahi-panel.docx", doc_d11, "defect",
     [{"rule": "ISP801"}], [],
     "Second retention paragraph lets representatives keep Panel notes and referral summaries after the plan ends 'for future reference in case the rangatahi is referred again'."),
    ("trap-tracked-and-controls-greymouth-wellbeing.docx", doc_t1, "trap",
     [{"rule": "ISP202"}], [],
     "Classification only in a filled drop-down content control, breach contact only in a filled text control, signature dates in date pickers; tracked changes delete a 'future reference' keeping clause and change the review period from 36 to 24 months, so read as accepted only the unresolved changes remain."),
    ("legacy-2016-west-coast-childrens-group.docx", doc_l1, "legacy",
     [{"rule": "ISP303", "data_contains": {"authority": "Children, Young Persons"}},
      {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
      {"rule": "ISP303", "data_contains": {"authority": "1994"}},
      {"rule": "ISP604", "data": {"due": "2018-03-21"}},
      {"rule": "ISP451", "data": {"control": "password-protection"}},
      {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
      {"rule": "ISP101", "data": {"section": "tikanga"}}],
     ["ISP302"],
     "2016 protocol citing the CYPF Act 1989, Privacy Act 1993 and HIPC 1994; two-yearly review from 21 March 2016 long overdue; lists sent by SEEMail with no password protection and nothing on virtual meetings; an iwi provider attends but there is no tikanga paragraph."),
]


def main():
    out = HERE
    truth = {"as_of": "2026-11-24",
             "style": "Small rural region (West Coast) protocols by a practice manager: 40-60 numbered paragraphs (Word auto-numbering or typed '12.'), no section headings or only broad group headings, optional bold/italic lead-in words, lettered purposes with authority in brackets or the next sentence, 'see paragraph N' cross-references, typed Signed/Name/Position/Agency/Date signature lines.",
             "files": {}}
    for name, fn, kind, expect, tolerate, note in FILES:
        spec = fn()
        n = build(spec, os.path.join(out, name))
        truth["files"][name] = {"kind": kind, "expect": expect, "tolerate": tolerate, "note": note}
        print(f"{name}: {n} numbered paragraphs", file=sys.stderr)
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
