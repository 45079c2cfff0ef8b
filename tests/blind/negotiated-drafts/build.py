#!/usr/bin/env python3
"""Build the negotiated-drafts blind corpus: run with /work/blind-kit3/.venv/bin/python build.py"""
import json
import os
"""Small OOXML writer used by build.py.

The documents are built with python-docx for the package (styles, header, footer,
core properties, comments part) and raw WordprocessingML, parsed with lxml, for what
python-docx cannot write: content controls (w:sdt drop-downs, date pickers, plain
text), tracked changes (w:ins / w:del with author and date), comment anchors,
numbering definitions, shaded cells and custom document properties.

Everything is deterministic: revision ids, content-control ids, comment dates and
zip timestamps are fixed.
"""
import datetime as dt
import io
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.shared import Mm, Pt
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W}"'


def esc(s):
    return escape(s, {'"': "&quot;"})


# --------------------------------------------------------------------------- segments

class T:
    """A run of text (optionally bold / italic / styled)."""

    def __init__(self, text, b=False, i=False, style=None, color=None):
        self.text, self.b, self.i, self.style, self.color = text, b, i, style, color


def B(text):
    return T(text, b=True)


def I(text):
    return T(text, i=True)


class Ins:
    def __init__(self, who, when, *segs):
        self.who, self.when, self.segs = who, when, list(segs)


class Del:
    def __init__(self, who, when, *segs):
        self.who, self.when, self.segs = who, when, list(segs)


class Ctl:
    """Inline content control.

    kind: 'text' (plain text), 'drop' (drop-down list), 'date' (date picker).
    value None means the control still shows its placeholder.
    change: (old, new, who, when) for a value changed with Track Changes on.
    """

    def __init__(self, kind, alias, value=None, items=None, change=None, tag=None, b=False):
        self.kind, self.alias, self.value, self.items = kind, alias, value, items
        self.change, self.tag, self.b = change, tag or alias.replace(" ", ""), b


class CS:
    def __init__(self, cid):
        self.cid = cid


class CE:
    def __init__(self, cid):
        self.cid = cid


class Fld:
    def __init__(self, instr, shown):
        self.instr, self.shown = instr, shown


class Tab:
    pass


# --------------------------------------------------------------------------- blocks

class P:
    def __init__(self, segs=None, style=None, num=None, ilvl=0, mark=None, jc=None,
                 keep=False, space_after=None):
        if segs is None:
            segs = []
        if isinstance(segs, (str, T, Ins, Del, Ctl)):
            segs = [segs]
        self.segs, self.style, self.num, self.ilvl = list(segs), style, num, ilvl
        self.mark, self.jc, self.keep, self.space_after = mark, jc, keep, space_after


class Cell:
    def __init__(self, content, shade=None, span=1, bold=False):
        self.content, self.shade, self.span, self.bold = content, shade, span, bold


class Row:
    def __init__(self, cells, mark=None, header=False):
        self.cells, self.mark, self.header = cells, mark, header


class Tbl:
    def __init__(self, rows, widths, style="TableGrid"):
        self.rows, self.widths, self.style = rows, widths, style


class BlockCtl:
    """Block-level rich text content control holding whole paragraphs."""

    def __init__(self, alias, paras, tag=None):
        self.alias, self.paras, self.tag = alias, paras, tag or alias.replace(" ", "")


PLACEHOLDER = {
    "text": "Click or tap here to enter text.",
    "drop": "Choose an item.",
    "date": "Click or tap to enter a date.",
}


def fmt_date(iso):
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B')} {d.year}"


# --------------------------------------------------------------------------- renderer

class Renderer:
    def __init__(self, numids):
        self.rev = 100
        self.sdt = 0
        self.numids = numids  # key -> numId
        self.revisions = 0

    def _rid(self):
        self.rev += 1
        return self.rev

    def _mark_open(self, mark):
        kind, who, when = mark
        self.revisions += 1
        return f'<w:{kind} w:id="{self._rid()}" w:author="{esc(who)}" w:date="{when}">'

    @staticmethod
    def _mark_close(mark):
        return f"</w:{mark[0]}>"

    @staticmethod
    def run(text, deleted=False, b=False, i=False, style=None, color=None):
        rpr = ""
        if style:
            rpr += f'<w:rStyle w:val="{style}"/>'
        if b:
            rpr += "<w:b/><w:bCs/>"
        if i:
            rpr += "<w:i/><w:iCs/>"
        if color:
            rpr += f'<w:color w:val="{color}"/>'
        rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        tag = "w:delText" if deleted else "w:t"
        return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'

    def segs(self, segs, mark=None, bold=False):
        out = []
        buf = []

        def flush():
            if buf:
                if mark:
                    out.append(self._mark_open(mark) + "".join(buf) + self._mark_close(mark))
                else:
                    out.append("".join(buf))
                buf.clear()

        deleted = bool(mark and mark[0] == "del")
        for s in segs:
            if isinstance(s, str):
                s = T(s)
            if isinstance(s, T):
                buf.append(self.run(s.text, deleted, s.b or bold, s.i, s.style, s.color))
            elif isinstance(s, Tab):
                buf.append("<w:r><w:tab/></w:r>")
            elif isinstance(s, (Ins, Del)):
                flush()
                assert mark is None, "nested revision marks"
                kind = "ins" if isinstance(s, Ins) else "del"
                out.append(self.segs(s.segs, (kind, s.who, s.when), bold))
            elif isinstance(s, Ctl):
                flush()
                out.append(self.ctl(s, mark, bold))
            elif isinstance(s, CS):
                flush()
                out.append(f'<w:commentRangeStart w:id="{s.cid}"/>')
            elif isinstance(s, CE):
                flush()
                out.append(
                    f'<w:commentRangeEnd w:id="{s.cid}"/>'
                    f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                    f'<w:commentReference w:id="{s.cid}"/></w:r>')
            elif isinstance(s, Fld):
                flush()
                out.append(f'<w:fldSimple w:instr="{s.instr}">{self.run(s.shown)}</w:fldSimple>')
            else:
                raise TypeError(s)
        flush()
        return "".join(out)

    def ctl(self, c, mark=None, bold=False):
        self.sdt += 1
        sid = 417300000 + self.sdt * 7919
        pr = [f'<w:alias w:val="{esc(c.alias)}"/>', f'<w:tag w:val="{esc(c.tag)}"/>',
              f'<w:id w:val="{sid}"/>']
        value = c.value
        if c.change:
            value = c.change[1]
        unfilled = value is None
        if unfilled:
            pr.append("<w:showingPlcHdr/>")
        if c.kind == "text":
            pr.append("<w:text/>")
        elif c.kind == "drop":
            items = ['<w:listItem w:displayText="Choose an item." w:value=""/>']
            for it in c.items:
                items.append(f'<w:listItem w:displayText="{esc(it)}" w:value="{esc(it)}"/>')
            pr.append("<w:dropDownList>" + "".join(items) + "</w:dropDownList>")
        elif c.kind == "date":
            full = f' w:fullDate="{value}T00:00:00Z"' if value else ""
            pr.append(f'<w:date{full}><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-NZ"/>'
                      '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        else:
            raise ValueError(c.kind)

        def shown(v):
            return fmt_date(v) if c.kind == "date" else v

        if c.change:
            old, new, who, when = c.change
            content = (self._mark_open(("del", who, when)) + self.run(shown(old), True, bold)
                       + self._mark_close(("del",)) + self._mark_open(("ins", who, when))
                       + self.run(shown(new), False, bold) + self._mark_close(("ins",)))
        elif unfilled:
            content = self.run(PLACEHOLDER[c.kind], bool(mark and mark[0] == "del"),
                               style="PlaceholderText")
            if mark:
                content = self._mark_open(mark) + content + self._mark_close(mark)
        else:
            content = self.run(shown(value), bool(mark and mark[0] == "del"), bold or c.b)
            if mark:
                content = self._mark_open(mark) + content + self._mark_close(mark)
        return f'<w:sdt><w:sdtPr>{"".join(pr)}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'

    def para(self, p, mark=None, cell=False):
        mark = p.mark or mark
        ppr = ""
        if p.style:
            ppr += f'<w:pStyle w:val="{p.style}"/>'
        if p.keep:
            ppr += "<w:keepNext/>"
        if p.num:
            ppr += (f'<w:numPr><w:ilvl w:val="{p.ilvl}"/>'
                    f'<w:numId w:val="{self.numids[p.num]}"/></w:numPr>')
        if p.space_after is not None or cell:
            sa = p.space_after if p.space_after is not None else 40
            ppr += f'<w:spacing w:before="40" w:after="{sa}"/>'
        if p.jc:
            ppr += f'<w:jc w:val="{p.jc}"/>'
        if mark:
            self.revisions += 1
            ppr += (f'<w:rPr><w:{mark[0]} w:id="{self._rid()}" w:author="{esc(mark[1])}" '
                    f'w:date="{mark[2]}"/></w:rPr>')
        ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
        return f"<w:p>{ppr}{self.segs(p.segs, mark)}</w:p>"

    def cell_paras(self, content):
        if isinstance(content, (str, T, Ctl, Ins, Del)):
            return [P([content])]
        if isinstance(content, P):
            return [content]
        if isinstance(content, list):
            if content and all(isinstance(x, P) for x in content):
                return content
            return [P(content)]
        raise TypeError(content)

    def table(self, t):
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in t.widths)
        total = sum(t.widths)
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{t.style}"/><w:tblW w:w="{total}" w:type="dxa"/>'
               '<w:tblLayout w:type="fixed"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
               'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
               f"<w:tblGrid>{grid}</w:tblGrid>"]
        for row in t.rows:
            trpr = ""
            if row.header:
                trpr += "<w:tblHeader/>"
            if row.mark:
                self.revisions += 1
                trpr += (f'<w:{row.mark[0]} w:id="{self._rid()}" w:author="{esc(row.mark[1])}" '
                         f'w:date="{row.mark[2]}"/>')
            out.append("<w:tr>" + (f"<w:trPr>{trpr}</w:trPr>" if trpr else ""))
            col = 0
            for c in row.cells:
                if not isinstance(c, Cell):
                    c = Cell(c)
                width = sum(t.widths[col:col + c.span])
                col += c.span
                tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
                if c.span > 1:
                    tcpr += f'<w:gridSpan w:val="{c.span}"/>'
                if c.shade:
                    tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{c.shade}"/>'
                paras = self.cell_paras(c.content)
                body = ""
                for p in paras:
                    if c.bold:
                        p = P([x if not isinstance(x, str) else T(x, b=True) for x in p.segs],
                              p.style, p.num, p.ilvl, p.mark, p.jc, p.keep, p.space_after)
                    body += self.para(p, row.mark, cell=True)
                out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def blockctl(self, b):
        self.sdt += 1
        sid = 417300000 + self.sdt * 7919
        inner = "".join(self.para(p) for p in b.paras)
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(b.alias)}"/><w:tag w:val="{esc(b.tag)}"/>'
                f'<w:id w:val="{sid}"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')

    def block(self, b):
        if isinstance(b, P):
            return self.para(b)
        if isinstance(b, Tbl):
            # Word needs a paragraph between two adjacent tables; callers add spacers.
            return self.table(b)
        if isinstance(b, BlockCtl):
            return self.blockctl(b)
        raise TypeError(b)


def parse_fragment(xml):
    root = etree.fromstring(f"<w:wrap {NSDECL}>{xml}</w:wrap>".encode("utf-8"))
    return list(root)


# --------------------------------------------------------------------------- styles / numbering

EXTRA_STYLES = f"""<w:styles {NSDECL}>
<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>
  <w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>
  <w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>
  <w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
  <w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>
  <w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TemplateGuidance"><w:name w:val="Template guidance"/>
  <w:basedOn w:val="Normal"/><w:qFormat/>
  <w:pPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:pPr>
  <w:rPr><w:i/><w:iCs/><w:color w:val="7F7F7F"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ProtocolTitle"><w:name w:val="Protocol title"/>
  <w:basedOn w:val="Title"/><w:qFormat/>
  <w:rPr><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ClassificationMarking"><w:name w:val="Classification marking"/>
  <w:basedOn w:val="Header"/><w:pPr><w:jc w:val="center"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:caps/><w:color w:val="C00000"/></w:rPr></w:style>
</w:styles>"""


def numbering_xml(first_abs):
    a = first_abs
    lvls_head = ""
    for ilvl, (fmt, text, ind, style) in enumerate([
            ("decimal", "%1.", 567, "Heading1"), ("decimal", "%1.%2", 709, "Heading2")]):
        lvls_head += (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                      f'<w:pStyle w:val="{style}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                      f'<w:pPr><w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr></w:lvl>')
    bullet = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>')
    decimal = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
               '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>')
    letter = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="436"/></w:pPr></w:lvl>')
    absn = (f'<w:abstractNum w:abstractNumId="{a}"><w:nsid w:val="5A1C0E01"/><w:multiLevelType w:val="multilevel"/>'
            f'{lvls_head}</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="{a + 1}"><w:nsid w:val="5A1C0E02"/><w:multiLevelType w:val="hybridMultilevel"/>'
            f'{bullet}</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="{a + 2}"><w:nsid w:val="5A1C0E03"/><w:multiLevelType w:val="hybridMultilevel"/>'
            f'{decimal}</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="{a + 3}"><w:nsid w:val="5A1C0E04"/><w:multiLevelType w:val="hybridMultilevel"/>'
            f'{letter}</w:abstractNum>')
    return absn


class DocBuilder:
    """Wraps a python-docx Document with the pieces build.py needs."""

    def __init__(self, font="Arial"):
        self.doc = Document()
        d = self.doc
        st = d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(10.5)
        for name, size in (("Heading 1", 14), ("Heading 2", 12)):
            d.styles[name].font.name = font
            d.styles[name].font.size = Pt(size)
        sec = d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(22)
        sec.top_margin = sec.bottom_margin = Mm(22)
        # extra styles
        styles_el = d.styles.element
        existing = {s.get(f"{{{W}}}styleId") for s in styles_el.findall(f"{{{W}}}style")}
        for s in etree.fromstring(EXTRA_STYLES.encode()):
            if s.get(f"{{{W}}}styleId") not in existing:
                styles_el.append(s)
        # numbering
        numbering = d.part.numbering_part.element
        abs_ids = [int(a.get(f"{{{W}}}abstractNumId")) for a in numbering.findall(f"{{{W}}}abstractNum")]
        num_ids = [int(n.get(f"{{{W}}}numId")) for n in numbering.findall(f"{{{W}}}num")]
        self.first_abs = max(abs_ids) + 1
        self.next_num = max(num_ids) + 1
        new_abs = etree.fromstring(f"<w:x {NSDECL}>{numbering_xml(self.first_abs)}</w:x>".encode())
        first_num = numbering.find(f"{{{W}}}num")
        for a in list(new_abs):
            first_num.addprevious(a)
        self.numbering = numbering
        self.numids = {}
        self.add_num("head", 0)
        self.add_num("bullet", 1)

    def add_num(self, key, which):
        """which: 0 heading, 1 bullet, 2 decimal, 3 letter. Each key restarts at 1."""
        nid = self.next_num
        self.next_num += 1
        xml = (f'<w:num {NSDECL} w:numId="{nid}"><w:abstractNumId w:val="{self.first_abs + which}"/>'
               + ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if which >= 2 else "")
               + "</w:num>")
        self.numbering.append(etree.fromstring(xml.encode()))
        self.numids[key] = nid
        return key

    def body_append(self, xml_list):
        body = self.doc.element.body
        sect = body.find(f"{{{W}}}sectPr")
        for xml in xml_list:
            for el in parse_fragment(xml):
                sect.addprevious(el)

    def set_part_paras(self, hdrftr, xml):
        el = hdrftr._element
        for p in el.findall(f"{{{W}}}p"):
            el.remove(p)
        for x in parse_fragment(xml):
            el.append(x)

    def add_comments(self, comments):
        ids = []
        for author, initials, when, text in comments:
            c = self.doc.comments.add_comment(text=text, author=author, initials=initials)
            c._comment_elm.date = dt.datetime.fromisoformat(when.replace("Z", "+00:00"))
            ids.append(c.comment_id)
        return ids

    def track_revisions(self):
        settings = self.doc.settings.element
        tr = etree.fromstring(f"<w:trackRevisions {NSDECL}/>".encode())
        anchor = settings.find(f"{{{W}}}proofState")
        anchor.addnext(tr)

    def custom_property(self, name, value):
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
               f'name="{esc(name)}"><vt:lpwstr>{esc(value)}</vt:lpwstr></property></Properties>')
        pkg = self.doc.part.package
        part = Part(PackURI("/docProps/custom.xml"),
                    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                    xml.encode("utf-8"), pkg)
        pkg.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties")

    def save(self, path, stamp=(2026, 11, 20, 9, 0, 0)):
        buf = io.BytesIO()
        self.doc.save(buf)
        buf.seek(0)
        zin = zipfile.ZipFile(buf)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=stamp)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(zi, zin.read(info.filename))

OUT = os.path.dirname(os.path.abspath(__file__))

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
# ====================================================================== base A: family harm safety table

A_AGENCIES = [
    ("New Zealand Police", "Chair and lead attending agency (Family Harm Team sergeant)"),
    ("Oranga Tamariki—Ministry for Children", "Site social worker, Whangārei"),
    ("Health New Zealand – Te Whatu Ora", "Family violence intervention coordinator, Whangārei Hospital"),
    ("Ara Poutama Aotearoa – Department of Corrections", "Probation officer, Whangārei Community Corrections"),
    ("Te Puna Ora Whānau Services", "Kaupapa Māori whānau navigator"),
    ("Tai Tokerau Safe Homes Trust", "Specialist family violence advocate"),
]

A_SIGS = [
    dict(agency="New Zealand Police", name="Rangi Pōtae", role="Area Commander, Whangārei-Kaipara",
         date="2026-03-09"),
    dict(agency="Oranga Tamariki—Ministry for Children", name="Lisa Marsden",
         role="Regional Manager, Te Tai Tokerau", date="2026-03-16"),
    dict(agency="Health New Zealand – Te Whatu Ora", name="Anand Rao",
         role="Director of Allied Health, Te Tai Tokerau", date="2026-03-20"),
    dict(agency="Ara Poutama Aotearoa – Department of Corrections", name="Tania Hēnare",
         role="District Manager, Northland Community Corrections", date="2026-03-23"),
    dict(agency="Te Puna Ora Whānau Services", name="Hone Tūhiwai", role="Chief Executive",
         date="2026-04-02"),
    dict(agency="Tai Tokerau Safe Homes Trust", name="Megan O'Sullivan", role="Service Manager",
         date="2026-04-14"),
]

A_WHO1, A_WHEN1 = "Aroha Whaanga", "2026-10-06T09:12:00Z"      # Police legal
A_WHO2, A_WHEN2 = "Claire Dunstan", "2026-10-09T14:41:00Z"     # Health NZ privacy
A_WHO3, A_WHEN3 = "Ben Tuilagi", "2026-10-13T11:05:00Z"        # Oranga Tamariki legal


def base_a(v):
    tracked = v.get("tracked")
    meeting = "Whangārei Family Harm Safety Table"
    blocks = []
    comments = []
    blocks += cover(v, meeting, "New Zealand Police",
                    "1.1 (review draft)" if tracked else "1.0",
                    "Review draft" if tracked else "Final – approved", "2026-04-14")

    # 1 attending agencies
    blocks += [
        H1(["Attending agencies"]),
        P(["The agencies below attend the safety table and are the parties to this protocol. "
           "Each nominates representatives who hold the authority and knowledge to share "
           "information for it and to commit it to safety actions."]),
        attending_table(A_AGENCIES),
        P(["Lead attending agency: ", Ctl("text", "Lead attending agency", "New Zealand Police"),
           ". Police convene and chair the meeting, hold the action register and are responsible "
           "for developing and implementing this protocol."]),
    ]
    # 2 meeting purpose
    blocks += [
        H1(["Meeting purpose"]),
        BlockCtl("Meeting purpose", [
            P(["The safety table meets each weekday morning, in person at the Whangārei Police "
               "station or on Microsoft Teams, to consider family harm episodes reported to Police "
               "in the Whangārei and Kaipara districts in the previous working day."]),
            P(["It exists so that adult and child victims of family harm are kept safe, people "
               "using violence are held to account and offered help to stop, and whānau get the "
               "support they need from the agency best placed to give it, without having to tell "
               "their story to several agencies."]),
        ]),
    ]
    # 3 purposes
    purposes = [
        ["To assess the risk to adult and child victims of family harm following a Police "
         "family harm episode."],
        ["To agree a safety plan for each whānau discussed and which agency will carry out each "
         "safety action."],
        ["To monitor whether agreed safety actions have been completed and whether the risk "
         "to the whānau has changed."],
    ]
    blocks += [H1(rn(v, "Purpose of sharing", "Purposes of sharing", A_WHO1, A_WHEN1)),
               P(["Information is shared at the safety table for these purposes only:"])]
    blocks += numbered(purposes, "dec:purposes")
    if v.get("d02_purpose4"):
        blocks.append(P(["To update the clinical records of victims seen at Whangārei Hospital "
                         "with the details of the family harm episode."],
                        num="dec:purposes", mark=("ins", A_WHO2, A_WHEN2)))
    # 4 information
    info = [
        ("New Zealand Police", "Summary of the family harm episode, the risk assessment completed "
         "by attending officers, protection orders and bail conditions in force, and relevant "
         "history of family harm and violent offending by the person using violence."),
        ("Oranga Tamariki—Ministry for Children", "Whether the children are known to Oranga Tamariki, "
         "any open assessment or plan, and current concerns for the children's safety."),
        ("Health New Zealand – Te Whatu Ora", "Whether a victim or child has presented to hospital "
         "with injuries linked to family harm, and whether the people involved are engaged with "
         "mental health or addiction services (not clinical detail)."),
        ("Ara Poutama Aotearoa – Department of Corrections", "Whether the person using violence is "
         "serving a sentence or order, its conditions, and how to contact the probation officer."),
        ("Te Puna Ora Whānau Services and Tai Tokerau Safe Homes Trust", "Support currently provided to "
         "the whānau and safety concerns the victim has raised with them."),
    ]
    rows = [Row([head_cell("Agency"), head_cell("Information the agency may share")], header=True)]
    rows += [Row([a, t]) for a, t in info]
    blocks += [H1(["Information to be shared"]),
               P(["Representatives share only what is relevant to the whānau being discussed and to "
                  "the purposes in section 3. The table sets out what each agency may bring."]),
               Tbl(rows, [3200, 5800])]
    # 5 legal authority
    intro_ok = ("This protocol does not itself authorise any sharing. Each purpose relies on the "
                "legal authority set out against it below, and a representative must be satisfied "
                "that the criteria of that authority are met before sharing.")
    intro_claim = ("Once signed, this protocol gives each attending agency the authority to share "
                   "information about the whānau discussed at the safety table.")
    if v.get("d10_claim"):
        intro = P([CS(0), Del(A_WHO3, A_WHEN3, intro_ok), Ins(A_WHO3, A_WHEN3, intro_claim), CE(0)])
        comments.append((A_WHO1, "AW", "2026-10-14T08:30:00Z",
                         "Please reject this change. The protocol cannot give anyone authority to "
                         "share - only the Acts in the table do. Happy to talk it through."))
    else:
        intro = P([intro_ok])
    auth_rows = [Row([head_cell("Purpose"), head_cell("Legal authority"),
                      head_cell("What the representative checks")], header=True),
                 Row(["Purpose 1 – assessing risk",
                      "Family Violence Act 2018, ss 20 and 21; Oranga Tamariki Act 1989, s 66C where "
                      "a child or young person is involved",
                      "The information may help protect a victim from family violence, or is for the "
                      "wellbeing or safety of the child."]),
                 Row(["Purpose 2 – safety planning",
                      "Family Violence Act 2018, s 21; Privacy Act 2020, IPP 11(1)(f)",
                      "Sharing is needed for a safety action, or to prevent or lessen a serious "
                      "threat to someone's life or health."]),
                 Row(["Purpose 3 – monitoring actions",
                      "Family Violence Act 2018, ss 20 and 21",
                      "Sharing helps protect a victim, or reduces or prevents family violence."])]
    blocks += [H1(["Legal authority to share"]), intro, Tbl(auth_rows, [2400, 3600, 3000])]
    # 6 use
    blocks += [
        H1(["Use of information"]),
        P(["Information shared at the safety table is used only to assess risk, plan safety actions "
           "and check that those actions are done. A representative records in their own agency's "
           "system only what their agency needs to carry out a safety action assigned to it, noting "
           "where the information came from, the authority it was shared under, the purpose, any "
           "restriction on its use and the date it was shared."]),
        P(["Any other use, for example in an unrelated investigation or a funding report, needs its "
           "own purpose and legal authority and must first be checked with the agency's privacy or "
           "legal team."]),
    ]
    # 7 transparency
    blocks += [
        H1(["Transparency and notification obligations"]),
        P(["When Police attend a family harm episode, officers tell the victim that information will "
           "be shared with other agencies to help keep them and their tamariki safe, and give them "
           "the safety table's information sheet. Each attending agency's privacy statement says "
           "that it takes part in multi-agency family harm meetings."]),
        P(["The person using violence is not told before information is shared where telling them "
           "would increase the risk to the victim or children; the reason is recorded in the action "
           "register. Anyone may ask an attending agency for the information it holds about them."]),
    ]
    # 8 method
    blocks += [
        H1(["Method of sharing"]),
        P(["By 7.30 am the Police coordinator sends the day's list of episodes by SEEMail to the "
           "nominated representatives. The list holds only names, dates of birth, addresses and the "
           "episode summary. Representatives share further information verbally at the meeting. "
           "Safety actions and their owners are recorded by the coordinator in the Family Safety "
           "System, to which each representative has an individual log-in that is never shared."]),
        P(["Information about whānau is not sent by text message, messaging apps or personal email."]),
    ]
    # 9 security
    controls_req = [
        ["Every representative has completed their agency's privacy and information security "
         "training, and the Family Safety System training, before attending."],
        ["Any hard copy information used at the meeting is collected by the chair and securely "
         "destroyed in the Police secure-destruction bin at the end of the meeting."],
        ["Email attachments containing personal information are password protected, with the "
         "password sent separately."],
    ]
    controls_res = [
        ["Information is shared only from devices approved by the representative's own agency."],
        ["When attending on Microsoft Teams, representatives do not put personal information in "
         "the chat, do not record the meeting and do not take screenshots of shared screens."],
        ["Hard copies are not handed to, or left with, representatives of other agencies."],
    ]
    blocks += [
        H1(["Security of the information"]),
        H2(["Security classification"]),
        P(["Information shared at or for the safety table is classified ",
           Ctl("drop", "Security classification", "SENSITIVE", CLASS_ITEMS, b=True), "."]),
        P(["Emails carrying information about a whānau show this classification in the subject line, "
           "and government agencies handle it under the Protective Security Requirements."]),
        H2(["Security controls"]),
        P([B("Requirements")]),
    ]
    blocks += bullets(controls_req)
    blocks += [P([B("Restrictions")])]
    blocks += bullets(controls_res)
    # 10 tikanga
    blocks += [
        H1(["Tikanga considerations"]),
        P(["Te Puna Ora Whānau Services attends as a kaupapa Māori provider. The agencies have agreed "
           "with Te Puna Ora that:"]),
    ]
    blocks += bullets([
        ["kōrero about whānau Māori is held in a way that upholds the mana of the whānau;"],
        ["whakapapa information is shared only where a safety action needs it;"],
        ["Te Puna Ora may ask that discussion of a whānau it works with wait until its kaimahi is "
         "present, unless the risk is immediate; and"],
        ["Māori data shared at the meeting is treated as a taonga and is not used in reporting "
         "without the agreement of Te Puna Ora."],
    ])
    # 11 retention
    blocks += [
        H1(["Retention and disposal of information shared"]),
        P(["The action register and meeting log are kept in the Family Safety System and disposed of "
           "under the Police disposal authority. Other agencies keep information from the meeting "
           "only where they need it for a safety action assigned to them, in their approved business "
           "system and in line with their own retention and disposal schedule."]),
        P(["Once the information is saved in the agency's system, representatives securely delete the "
           "day's list and any emails that carried it. Information not needed for a safety action is "
           "not kept."]),
    ]
    # 12 breach
    blocks += [
        H1(rn(v, "Privacy and security breach management", "Managing privacy and security breaches",
              A_WHO1, A_WHEN1)),
        P(["A representative who thinks information shared at the safety table has been lost, sent to "
           "the wrong person, accessed without authority or misused tells the breach contact below "
           "and their own agency's privacy officer as soon as possible, and no later than 24 hours "
           "after finding out."]),
        P(["The agency whose information was involved leads the response, including deciding what to "
           "tell the people affected and whether the breach must be notified to the Privacy "
           "Commissioner. The other agencies help contain it and take part in any review."]),
        breach_contact_table(dict(role="Family Harm Coordinator, Whangārei", agency="New Zealand Police",
                                  email="whangarei.familyharm@police.govt.nz", phone="09 430 4500")),
        spacer(),
    ]
    # 13 conflicts
    blocks += [
        H1(["Managing conflicts of interest"]),
        P(["A representative who knows, or is related to, a person being discussed tells the chair as "
           "soon as they realise it. They leave the meeting while that whānau is discussed and pass any "
           "request for information to a colleague in their agency. The chair notes in the meeting log "
           "that a conflict was declared, without recording its details."]),
    ]
    # 14 relationship
    rm = [("New Zealand Police", "Family Harm Manager, Northland District"),
          ("Oranga Tamariki—Ministry for Children", "Practice Leader, Whangārei"),
          ("Health New Zealand – Te Whatu Ora", "Violence Intervention Programme Manager"),
          ("Ara Poutama Aotearoa – Department of Corrections", "Service Manager, Whangārei"),
          ("Te Puna Ora Whānau Services", "Team Leader, Whānau Services"),
          ("Tai Tokerau Safe Homes Trust", "Service Manager")]
    rows = [Row([head_cell("Agency"), head_cell("Relationship manager")], header=True)]
    rows += [Row([a, r]) for a, r in rm]
    blocks += [
        H1(["Relationship management and oversight"]),
        P(["Each attending agency has nominated a relationship manager. Relationship managers meet every "
           "six months to check that sharing is working as this protocol describes, deal with issues "
           "raised by representatives and watch for scope creep."]),
        Tbl(rows, [4500, 4500]),
        spacer(),
    ]
    # 15 review
    blocks += [
        H1(["Review"]),
        review_para(v, "12 months", "New Zealand Police",
                    ", as lead attending agency, is responsible for initiating the review. Any "
                    "attending agency may ask for an earlier review if a problem with the sharing "
                    "arises or the law changes."),
    ]
    # 16 approval
    blocks += [
        H1(rn(v, "Approval", "Approval and signatures", A_WHO1, A_WHEN1)),
        P(["Each signatory confirms that the protocol has been checked by their agency's privacy or "
           "legal advisers and that they hold the authority to approve it for their agency."]),
    ]
    blocks += sig_blocks(A_SIGS, role_label="Role")
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification="SENSITIVE", blocks=blocks, comments=comments,
        footer=f"{meeting} – information sharing protocol",
        author="Family Harm Team, Northland District", last_by=A_WHO1 if tracked else "Rangi Pōtae",
        created="2025-11-18T21:00:00Z", modified="2026-10-14T09:00:00Z" if tracked else "2026-04-15T02:30:00Z",
        subject="Multi-agency meeting information sharing protocol",
        keywords="family harm; safety table; information sharing",
    )
# ====================================================================== base B: youth offending panel

B_AGENCIES = [
    ("Oranga Tamariki—Ministry for Children", "Lead attending agency; youth justice supervisor (chair)"),
    ("NZ Police", "Youth Aid officer, Rotorua"),
    ("Ministry of Education", "Learning support and attendance adviser, Bay of Plenty – Waiariki"),
    ("Health New Zealand", "Youth health nurse specialist, Lakes"),
    ("Ngāti Kahurangi Social Services", "Rangatahi kaiārahi (iwi social services)"),
]

B_SIGS = [
    dict(agency="Oranga Tamariki—Ministry for Children", name="Paora Te Rangi",
         role="Regional Manager, Youth Justice, Bay of Plenty", date="2025-06-03"),
    dict(agency="New Zealand Police", name="Sarah Whitcombe", role="Area Commander, Rotorua",
         date="2025-06-10"),
    dict(agency="Ministry of Education", name="Dean Fitzgerald",
         role="Director of Education, Bay of Plenty – Waiariki", date="2025-06-12"),
    dict(agency="Health New Zealand", name="Mele Fifita",
         role="Group Manager, Child and Youth Health, Lakes", date="2025-06-19"),
    dict(agency="Ngāti Kahurangi Social Services", name="Ripeka Ngārimu",
         role="Pou Whakahaere (General Manager)", date="2025-06-24"),
]


def base_b(v):
    meeting = "Te Arawa Rangatahi Panel"
    klass = "UNCLASSIFIED" if v.get("d08_unclass") else "IN-CONFIDENCE"
    blocks, comments = [], []
    blocks += cover(v, meeting, "Oranga Tamariki—Ministry for Children", "2.0", "Final – approved",
                    "2025-06-24")
    blocks += [
        H1(["Attending agencies"]),
        P(["The following agencies attend the panel and have signed this protocol."]),
        attending_table(B_AGENCIES, "Representative"),
        P(["Oranga Tamariki is the lead attending agency. It convenes the panel, provides the "
           "coordinator and keeps the panel record."]),
        H1(["Meeting purpose"]),
        P(["The Te Arawa Rangatahi Panel meets fortnightly in Rotorua. It brings together the agencies "
           "working with rangatahi aged 10 to 17 who have offended or are at risk of offending and "
           "have come to Police attention, so that the reasons for the offending are understood and "
           "one joined-up plan is agreed with the rangatahi and their whānau, rather than several "
           "separate ones."]),
        H1(["Purpose of sharing"]),
        P(["Agencies share information at the panel to achieve two purposes:"]),
    ]
    blocks += numbered([
        ["To understand the needs of each rangatahi referred to the panel and the causes of their "
         "offending or risk of offending."],
        ["To agree, coordinate and review an intervention plan for each rangatahi, including education, "
         "health and whānau support."],
    ], "dec:purposes")
    info_rows = [Row([head_cell("Agency"), head_cell("Information")], header=True),
                 Row(["Oranga Tamariki", "Care and protection and youth justice history, current "
                      "plans, family group conference outcomes, social worker contact details."]),
                 Row(["NZ Police", "Offending and alleged offending, Police alternative action plans, "
                      "and safety concerns known to Police about the rangatahi or whānau."]),
                 Row(["Ministry of Education", "School enrolment, attendance, stand-downs, suspensions "
                      "and exclusions, and learning support in place."]),
                 Row(["Health New Zealand", "Whether the rangatahi is engaged with youth health, mental "
                      "health or alcohol and drug services, and any health need relevant to the plan."]),
                 Row(["Ngāti Kahurangi Social Services", "Whānau support in place, and the whānau's "
                      "views on the plan where the whānau has agreed to them being shared."])]
    blocks += [
        H1(["Information that may be shared"]),
        P(["Only information relevant to the rangatahi being discussed and needed for one of the two "
           "purposes is shared."]),
        Tbl(info_rows, [3000, 6000]),
        H1(["Legal authority to share"]),
        P(["The protocol does not authorise any sharing itself. Representatives rely on the legal "
           "authorities below and check, each time, that the criteria for the authority they are "
           "using are met. Where a representative is unsure, they do not share until they have "
           "checked with their agency's legal or privacy team."]),
    ]
    auth = [Row([head_cell("Purpose"), head_cell("Legal authority")], header=True),
            Row(["1. Understanding needs and causes of offending",
                 "Oranga Tamariki Act 1989, ss 66 and 66C; for Police information about offending, "
                 "also Privacy Act 2020, IPP 11(1)(e)(i)"]),
            Row(["2. Agreeing and coordinating the intervention plan",
                 "Oranga Tamariki Act 1989, s 66C"])]
    blocks += [Tbl(auth, [4000, 5000]), spacer()]
    blocks += [
        H1(["Use of information"]),
        P(["Information shared at the panel is used only to understand each rangatahi's needs and to "
           "agree and carry out the intervention plan. Agencies put panel information into their own "
           "records only when they need it to carry out an action from the plan, and record where it "
           "came from, the authority, the purpose, any restriction on use and the date it was shared."]),
        P(["Agencies must not keep information from the panel just in case it becomes useful later. "
           "Using panel information for anything else, such as a prosecution decision or enforcement "
           "action, needs its own legal authority and advice from the agency's legal team."]),
        H1(["Transparency and notification obligations"]),
        P(["Before a rangatahi is referred, the referring agency tells the rangatahi and their whānau "
           "about the panel, which agencies attend and what will be shared, and gives them the panel "
           "pānui. Oranga Tamariki consults the rangatahi and whānau as section 66C and its "
           "principles require, unless consultation would put the rangatahi or another person at "
           "risk; the reason is then recorded in the panel record."]),
        H1(["Method of sharing"]),
        P(["The coordinator sends the agenda by SEEMail to representatives three working days before "
           "the panel. Representatives share information verbally at the meeting; the coordinator "
           "records the agreed plan in CYRAS and sends each agency its actions by SEEMail."]),
        H1(["Security of the information"]),
        H2(["Security classification"]),
    ]
    if v.get("d08_unclass"):
        blocks += [
            P(["Classification of information shared at the panel: ",
               Ctl("drop", "Security classification", "UNCLASSIFIED", CLASS_ITEMS, b=True)]),
            P(["The panel agenda lists rangatahi by initials and date of birth only, so the agencies "
               "agreed the information can be handled as UNCLASSIFIED."]),
        ]
    else:
        blocks += [
            P(["Classification of information shared at the panel: ",
               Ctl("drop", "Security classification", "IN-CONFIDENCE", CLASS_ITEMS, b=True)]),
            P(["This is the classification for personal information under the New Zealand Government "
               "Security Classification System; information from Oranga Tamariki files is handled no "
               "less carefully."]),
        ]
    ctl_rows = [Row([head_cell("Control"), head_cell("What the agencies have agreed")], header=True),
                Row(["Training", "Representatives complete their agency's privacy and information "
                     "security training before their first panel and keep it current."]),
                Row(["Hard copies", "Printed agendas or notes are collected at the end of the panel and "
                     "securely destroyed by the coordinator."]),
                Row(["Hard copies", "Printed material is never passed to another agency's "
                     "representative."]),
                Row(["Email", "Attachments with personal information are password protected; the "
                     "password is given by phone."]),
                Row(["Devices", "Representatives use only devices approved by their own agency to send, "
                     "receive or view panel information."]),
                Row(["Online attendance", "When joining online, representatives do not use the chat for "
                     "personal information, do not record the meeting and do not take screenshots."])]
    blocks += [H2(["Security controls"]), Tbl(ctl_rows, [2200, 6800]), spacer()]
    blocks += [
        H1(["Tikanga Māori considerations"]),
        P(["Most rangatahi referred to the panel are Māori. Ngāti Kahurangi Social Services advised the "
           "agencies on this section. The panel opens and closes with karakia; information about "
           "whānau and whakapapa is discussed with care and only to the extent needed for the plan; "
           "and where the whānau wishes, a kaumātua or kaiārahi supports them when the plan is "
           "discussed with them. Ngāti Kahurangi may raise at any time a concern that sharing is not "
           "consistent with tikanga, and the chair pauses the discussion until it is resolved."]),
        H1(["Retention and disposal of information shared"]),
        P(["Oranga Tamariki keeps the panel record in CYRAS under its disposal authority. Other "
           "agencies keep panel information only when it is needed to deliver their actions under "
           "the plan, in their approved systems, and for no longer than their retention schedules "
           "allow. Agendas are deleted from email once the panel has met."]),
        H1(["Privacy and security breach management"]),
        P(["If information shared at the panel is lost, disclosed to the wrong person or misused, the "
           "representative who finds out tells the designated contact below the same day. The agency "
           "that supplied the information leads the response and decides, with the others, what the "
           "rangatahi and whānau are told, and whether the Privacy Commissioner must be notified."]),
        breach_contact_table(dict(role="Youth Justice Manager, Rotorua",
                                  agency="Oranga Tamariki—Ministry for Children",
                                  email="rotorua.youthjustice@ot.govt.nz", phone="07 349 7800")),
        spacer(),
        H1(["Managing conflicts of interest"]),
        P(["Representatives declare to the chair any personal connection with a rangatahi or whānau on "
           "the agenda before that item is discussed, leave the room for that item, and refer any "
           "request for information to a colleague. In a small community this will happen often; "
           "declaring it is expected and is not a criticism."]),
        H1(["Relationship managers and oversight"]),
        P(["Each agency's relationship manager is its representative's line manager. Relationship "
           "managers meet once a year with the coordinator to check the sharing is working as "
           "intended and to sort out any problems."]),
        H1(["Review"]),
        review_para(v, "24 months", "Oranga Tamariki—Ministry for Children",
                    " is responsible for initiating the review. Any attending agency may ask for an "
                    "earlier review at any time."),
        H1(["Approval"]),
        P(["Signed for each attending agency by a person with authority to approve the protocol."]),
    ]
    sigs = [dict(s) for s in B_SIGS]
    if v.get("d04_role"):
        sigs[2]["role"] = None
    blocks += [sig_table(sigs, "Position")]
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification=klass, blocks=blocks, comments=comments,
        footer=f"{meeting} information sharing protocol v2.0",
        author="Oranga Tamariki Youth Justice, Bay of Plenty", last_by="Paora Te Rangi",
        created="2025-03-02T22:00:00Z", modified="2025-06-25T03:10:00Z",
        subject="Multi-agency meeting information sharing protocol",
        keywords="youth justice; rangatahi; panel",
    )
# ====================================================================== base C: school attendance hui

C_AGENCIES = [
    ("Ministry of Education", "Lead attending agency; senior adviser, attendance (chair)"),
    ("Oranga Tamariki—Ministry for Children", "Social worker, Porirua site"),
    ("Ministry of Social Development", "Integrated services case manager, Porirua"),
    ("Te Awarua Attendance Service Trust", "Attendance service adviser"),
    ("Te Kotahi Whānau Ora Collective", "Whānau Ora navigator"),
]

C_SIGS = [
    dict(agency="Ministry of Education", name="Siosaia Taufa", role="Director of Education, Wellington",
         date="2026-02-09"),
    dict(agency="Oranga Tamariki—Ministry for Children", name="Kirsty Beaumont",
         role="Site Manager, Porirua", date="2026-02-12"),
    dict(agency="Ministry of Social Development", name="Grant Ellison",
         role="Regional Commissioner, Wellington", date="2026-02-17"),
    dict(agency="Te Awarua Attendance Service Trust", name="Ana Leota", role="Attendance Service Manager",
         date="2026-02-19"),
    dict(agency="Te Kotahi Whānau Ora Collective", name="Tamati Rēweti", role="Kaiwhakahaere Matua",
         date="2026-02-25"),
]

C_WHO1, C_WHEN1 = "Olivia Brandt", "2026-09-22T10:20:00Z"     # MSD legal
C_WHO2, C_WHEN2 = "Hēmi Walker", "2026-09-24T15:02:00Z"       # MoE privacy


def base_c(v):
    tracked = v.get("tracked")
    meeting = "Porirua School Attendance Support Hui"
    blocks, comments = [], []
    blocks += cover(v, meeting, "Ministry of Education",
                    "1.1 (review draft)" if tracked else "1.0",
                    "Review draft" if tracked else "Final – approved", "2026-02-25")
    blocks += [
        H1(["Attending agencies"]),
        attending_table(C_AGENCIES, "Representative role"),
        P(["The Ministry of Education is the lead attending agency."]),
        H1(["Meeting purpose"]),
        P(["The hui meets every three weeks during term to discuss students in Porirua schools who "
           "have been chronically absent (attending less than 70 per cent of half-days in the term) "
           "and whose school and attendance service have not been able to re-engage them. It brings "
           "together the agencies that can help remove the barriers to the student attending, so "
           "that the student and whānau receive one coordinated offer of support."]),
        H1(["Purpose of sharing"]),
        P(["Information is shared at the hui for a single purpose: to identify the barriers that are "
           "stopping each student discussed from attending school, and to agree which agency will "
           "support the student and their whānau to return to regular attendance."]),
        H1(["Information to be shared"]),
    ]
    blocks += bullets([
        ["Ministry of Education and Te Awarua Attendance Service Trust: enrolment and attendance "
         "records, the school's and attendance service's contact with the whānau, and learning "
         "support needs identified."],
        ["Oranga Tamariki: whether the student is known to Oranga Tamariki, and any current plan "
         "relevant to attendance."],
        ["Ministry of Social Development: whether the whānau is receiving support with housing, income "
         "or transport that affects attendance (not benefit details)."],
        ["Te Kotahi Whānau Ora Collective: the whānau's goals and the support being provided, where "
         "the whānau has agreed."],
    ])
    blocks += [
        H1(rn(v, "Legal authority to share", "Legal authority for sharing", C_WHO2, C_WHEN2)),
        P(["This protocol records the legal authority relied on; it does not itself authorise any "
           "sharing. For the purpose of sharing above, the attending agencies rely on:"]),
    ]
    blocks += bullets([
        ["the Oranga Tamariki Act 1989, s 66C, where sharing is for the wellbeing of the student as "
         "a child; and"],
        ["the Privacy Act 2020, IPP 11(1)(d), where the parent or caregiver (and the student, taking "
         "account of their age and maturity) has authorised the sharing."],
    ])
    blocks += [
        P(["Representatives check before each hui which authority applies to each student and record "
           "it in the hui notes."]),
        H1(["Use of information"]),
        P(["Information shared at the hui is used only to agree and provide support for the student "
           "and whānau to return to school. It is not used to take enforcement action for non-"
           "attendance, to review a benefit, or for any purpose other than that agreed at the hui "
           "without a separate legal authority."]),
        H1(["Transparency and notification obligations"]),
        P(["Before a student is put on the hui list the school or attendance service talks with the "
           "parent or caregiver, explains the hui and which agencies attend, and asks for their "
           "agreement to information being shared. Where a caregiver cannot be reached after "
           "reasonable efforts, the student is discussed only under the Oranga Tamariki Act "
           "authority and the caregiver is told about the hui at the next contact. The Ministry's "
           "website describes the hui."]),
        H1(["Method of sharing"]),
        P(["The Ministry sends the hui list through the secure Ministry collaboration space, to which "
           "only named representatives have access. Information is otherwise shared verbally at the "
           "hui, which is held in person at the Ministry's Porirua office. Actions are recorded by the "
           "Ministry and sent to the responsible agency only."]),
        H1(["Security of the information"]),
        H2(["Security classification"]),
        P([Ctl("drop", "Security classification", "IN-CONFIDENCE", CLASS_ITEMS, b=True)]),
        P(["As a general rule all personal information is classified at least IN-CONFIDENCE; the "
           "attending agencies have agreed that this level applies to the hui list and hui notes."]),
        H2(["Security controls"]),
        P(["The attending agencies have agreed these controls:"]),
    ]
    blocks += numbered([
        ["Representatives have completed privacy and information security training, including the "
         "collaboration space induction."],
        ["Representatives bring no hard copies to the hui unless unavoidable; any that are brought "
         "are shredded at the Ministry office when the hui ends."],
        ["No hard copy is given to a representative of another agency."],
        ["Attachments containing personal information are password protected."],
        ["Information is viewed and shared only on devices approved by the representative's agency."],
        ["If a representative joins by video call, they do not use the chat function, record the "
         "call or take screenshots."],
    ], "dec:controls")
    blocks += [
        H1(["Tikanga considerations"]),
        P(["Te Kotahi Whānau Ora Collective leads the agencies' approach to tikanga at the hui. Whānau "
           "are invited to have the Collective's navigator present when the plan is discussed with "
           "them, and information about whānau Māori is not used for reporting or research without "
           "the Collective's advice."]),
        H1(rn(v, "Retention and disposal of information shared",
              "Retention and disposal of shared information", C_WHO2, C_WHEN2)),
        P(["The Ministry keeps hui notes in its records system for as long as its disposal authority "
           "requires. Other agencies record only the actions assigned to them and the information "
           "needed to carry them out. Hui lists are removed from the collaboration space four weeks "
           "after each hui."]),
        H1(["Privacy and security breach management"]),
        P(["Attending agencies tell the breach contact below straight away if information from the "
           "hui is lost or disclosed without authority, and work together to contain it. The agency "
           "whose information is involved decides with the others what to tell the whānau and "
           "whether the breach must be notified to the Privacy Commissioner."]),
    ]
    if v.get("d06_nobreach"):
        blocks += [P(["Designated breach contact:"]),
                   breach_contact_table(dict(role=None, agency=None, email=None, phone=None)), spacer()]
    else:
        blocks += [P(["Designated breach contact:"]),
                   breach_contact_table(dict(role="Senior Adviser Privacy, Wellington region",
                                             agency="Ministry of Education",
                                             email="privacy.officer@education.govt.nz",
                                             phone="04 463 8000")), spacer()]
    coi_head = "Managing conflicts of interest"
    coi_paras = [
        "Representatives tell the chair before the hui if they know a student or whānau on the list.",
        "A representative with a conflict leaves the hui while that student is discussed and passes "
        "any request for information to a colleague.",
        "The chair records that a conflict was declared and how it was managed.",
    ]
    if v.get("d01_noconflicts"):
        mk = ("del", C_WHO1, C_WHEN1)
        blocks.append(P([CS(0), coi_head, CE(0)], style="Heading1", num="head", keep=True, mark=mk))
        blocks += [P([t], num="bullet", mark=mk) for t in coi_paras]
        comments.append((C_WHO1, "OB", "2026-09-22T10:24:00Z",
                         "Each agency's code of conduct already covers this - suggest we delete rather "
                         "than duplicate. OB"))
    else:
        blocks.append(H1(rn(v, coi_head, "Conflicts of interest", C_WHO2, C_WHEN2)))
        blocks += bullets([[t] for t in coi_paras])
    blocks += [
        H1(["Relationship management and oversight"]),
        P(["Each agency's relationship manager is named in the hui terms of reference. They check in "
           "with their representative each term and raise any problem with the Ministry's attendance "
           "lead."]),
        H1(["Review"]),
        review_para(v, "18 months", "Ministry of Education",
                    " is responsible for initiating the review, which includes asking each agency "
                    "whether the sharing is still needed."),
        H1(["Approval"]),
    ]
    blocks += sig_blocks(C_SIGS, role_label="Title")
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification="IN-CONFIDENCE", blocks=blocks, comments=comments,
        footer=f"{meeting} | information sharing protocol",
        author="Ministry of Education, Wellington region", last_by=C_WHO1 if tracked else "Siosaia Taufa",
        created="2025-10-01T20:00:00Z", modified="2026-09-24T04:00:00Z" if tracked else "2026-02-26T01:00:00Z",
        subject="Multi-agency meeting information sharing protocol",
        keywords="school attendance; information sharing",
    )
# ====================================================================== base D: elder abuse response group

D_AGENCIES = [
    ("Health New Zealand – Te Whatu Ora", "Lead attending agency; social worker, Older Adults service"),
    ("New Zealand Police", "Vulnerable adults coordinator, Kāpiti-Mana"),
    ("Ministry of Social Development", "Senior services case manager, Paraparaumu"),
    ("Kāpiti Older Persons Advocacy Trust", "Elder abuse response coordinator"),
    ("Te Whare Kaumātua o Kāpiti", "Kaumātua services coordinator"),
]

D_SIGS = [
    dict(agency="Health New Zealand – Te Whatu Ora", name="Joanne Pākinga",
         role="Operations Manager, Health of Older People, Capital, Coast and Hutt Valley",
         date="2026-06-02"),
    dict(agency="New Zealand Police", name="Craig Mathieson", role="Area Commander, Kāpiti-Mana",
         date="2026-06-05"),
    dict(agency="Ministry of Social Development", name="Louisa Tipene", role="Regional Director, Wellington",
         date="2026-06-11"),
    dict(agency="Kāpiti Older Persons Advocacy Trust", name="Patricia Goodall", role="Chair, Trust Board",
         date="2026-06-15"),
    dict(agency="Te Whare Kaumātua o Kāpiti", name="Huia Matenga", role="Kaiwhakahaere",
         date="2026-06-22"),
]

D_WHO1, D_WHEN1 = "Sione Latu", "2026-10-20T08:47:00Z"        # Police privacy
D_WHO2, D_WHEN2 = "Trudy Kerr", "2026-10-21T13:15:00Z"        # Advocacy Trust
D_WHO3, D_WHEN3 = "Maddie Chen", "2026-10-23T10:02:00Z"       # Health NZ legal


def base_d(v):
    tracked = v.get("tracked")
    meeting = "Kāpiti Elder Abuse Response Group"
    blocks, comments = [], []
    blocks += cover(v, meeting, "Health New Zealand – Te Whatu Ora",
                    "1.1 (review draft)" if tracked else "1.0",
                    "Review draft" if tracked else "Final – approved", "2026-06-22")
    blocks += [
        H1(["Attending agencies"]),
        attending_table(D_AGENCIES, "Attends as"),
        P(["Lead attending agency: ", Ctl("text", "Lead attending agency", "Health New Zealand – Te Whatu Ora")]),
        H1(["Meeting purpose"]),
        P(["The response group meets monthly, and at short notice when an older person is at serious "
           "risk, to respond to concerns that a person aged 65 or over living in the Kāpiti district is "
           "being abused or neglected by someone they trust. It helps the older person stay safe and "
           "keep as much control over their own life as possible."]),
        H1(["Purpose of sharing"]),
        P(["Information is shared for these purposes. Each refers to the authorities in section 5 "
           "that apply to it."]),
    ]
    blocks += numbered([
        ["To assess whether an older person is experiencing, or is at risk of, abuse or neglect, "
         "and how serious that risk is (see authorities A and C)."],
        ["To plan and coordinate support that keeps the older person safe and respects their "
         "wishes (see authorities A and B)."],
    ], "dec:purposes")
    blocks += [
        H1(["Information to be shared"]),
        P(["Agencies share only what the group needs to assess the concern and plan support: the "
           "concern raised and who raised it, the older person's living situation and supports, "
           "relevant health and capacity information held by Health New Zealand, Police attendances "
           "and orders, MSD support and any appointed agent, and the support the two community "
           "providers are giving. Financial information is shared only where financial abuse is "
           "suspected."]),
        H1(["Legal authority to share"]),
        P(["The attending agencies recognise that this protocol does not authorise sharing. The "
           "authorities below are labelled so that each purpose in section 3 can point to the ones "
           "it relies on."]),
    ]
    auth = [Row([head_cell("Label"), head_cell("Authority"), head_cell("When it applies")], header=True),
            Row(["A", "Family Violence Act 2018, ss 20 and 21",
                 "The person suspected of the abuse is a family member, or someone in a close personal "
                 "or caring relationship with the older person."]),
            Row(["B", "Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)",
                 "The older person has authorised the sharing."]),
            Row(["C", "Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)",
                 "Sharing is necessary to prevent or lessen a serious threat to the life or health "
                 "of the older person or another person."])]
    blocks += [Tbl(auth, [900, 3800, 4300]), spacer()]
    blocks += [
        H1(rn(v, "Use of information", "Use of shared information", D_WHO3, D_WHEN3)),
        P(["Agencies use information from the group only to assess the concern and to deliver the "
           "support agreed. An agency keeps information in its own system only where it needs it for "
           "the action it has agreed to take."]),
        H1(rn(v, "Transparency and notification obligations", "Transparency and notifying people",
              D_WHO3, D_WHEN3)),
        P(["The older person is told about the referral and the group, and asked whether they agree to "
           "information being shared, unless they cannot be spoken to safely or doing so would increase "
           "the risk to them. Where the older person lacks capacity, their attorney under an enduring "
           "power of attorney or welfare guardian is consulted unless that person is suspected of "
           "the abuse. Decisions not to tell the older person are recorded with the reason."]),
        H1(["Method of sharing"]),
        P(["Referrals are sent to the Health New Zealand coordinator by secure email. Information is "
           "shared verbally at the meeting, which is held at Kenepuru Hospital or by video call. The "
           "coordinator keeps the action list in the Health New Zealand patient record."]),
        H1(["Security of the information"]),
        H2(["Security classification"]),
        P(["Classification: ", Ctl("drop", "Security classification", "IN-CONFIDENCE", CLASS_ITEMS, b=True)]),
        H2(["Security controls"]),
        P([B("Requirements")]),
    ]
    blocks += bullets([
        ["All representatives have completed privacy and information security training."],
        ["Any hard copy information is securely destroyed at the end of the meeting."],
        ["Email attachments that contain personal information are password protected."],
    ])
    blocks += [P([B("Restrictions")])]
    virtual = "In video-call meetings, no personal information is put in the chat, and nobody records " \
              "the meeting or takes screenshots."
    res = [["Information is shared only from agency-approved devices."]]
    blocks += bullets(res)
    if v.get("d05_novirtual"):
        mk = ("del", D_WHO1, D_WHEN1)
        blocks.append(P([CS(0), virtual, CE(0)], num="bullet", mark=mk))
        comments.append((D_WHO1, "SL", "2026-10-20T08:50:00Z",
                         "Police representatives only attend in person at Kenepuru, so this one "
                         "doesn't apply to us - deleting."))
    else:
        blocks += bullets([[virtual]])
    blocks += bullets([["No hard copies are given to other attending agency representatives."]])
    blocks += [
        H1(["Tikanga considerations"]),
        P(["For kaumātua, the agencies follow the advice of Te Whare Kaumātua o Kāpiti: the kaumātua is "
           "offered whānau or a support person of their choosing; korero about them is held with "
           "respect for their mana and standing; and information about whānau relationships and "
           "whakapapa is shared only where it bears on their safety."]),
        H1(["Retention and disposal of information shared"]),
    ]
    ret = [P(["The coordinator's action list is held in the Health New Zealand record and disposed of "
              "under its disposal authority. Other agencies keep only what they need for their agreed "
              "actions, in their approved systems, and dispose of it under their own schedules."])]
    if v.get("d09_jic"):
        ret.append(P(["Each agency may also keep a copy of the full case summary on its own file for "
                      "future reference, in case the older person is referred again."],
                     mark=("ins", D_WHO2, D_WHEN2)))
    blocks += ret
    blocks += [
        H1(["Privacy and security breach management"]),
        P(["If information shared through the group is lost or disclosed without authority, the "
           "representative tells the breach contact, "]
          + [Ctl("text", "Breach contact", "Privacy Officer – Capital, Coast and Hutt Valley"), ", ",
             Ctl("text", "Breach contact agency", "Health New Zealand – Te Whatu Ora"), " (",
             Ctl("text", "Breach contact email", "privacy.cch@tewhatuora.govt.nz"), ", ",
             Ctl("text", "Breach contact phone", "04 806 2000"),
             "), on the day they find out. The agencies then work together to contain the breach, "
             "agree what the older person is told, and decide whether it must be notified to the "
             "Privacy Commissioner."]),
        H1(["Managing conflicts of interest"]),
        P(["In a small community representatives may know an older person or their family. They tell "
           "the chair, step out while that person is discussed, and a colleague handles any request "
           "for information."]),
        H1(["Relationship management and oversight"]),
        P(["The relationship managers are the Older Adults Service Manager (Health New Zealand), the "
           "Kāpiti-Mana Prevention Manager (Police), the Service Centre Manager, Paraparaumu (MSD), "
           "and the managers of the two community providers. They meet with the coordinator twice a "
           "year."]),
        H1(rn(v, "Review", "Review of this protocol", D_WHO3, D_WHEN3)),
        review_para(v, "12 months", "Health New Zealand – Te Whatu Ora",
                    " initiates each review as lead attending agency. An earlier review can be "
                    "requested by any agency."),
        H1(["Approval"]),
    ]
    blocks += sig_blocks(D_SIGS, role_label="Position")
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification="IN-CONFIDENCE", blocks=blocks, comments=comments,
        footer=f"{meeting} – information sharing protocol",
        author="Older Adults Service, Capital, Coast and Hutt Valley", last_by=D_WHO3 if tracked else "Joanne Pākinga",
        created="2026-02-10T21:00:00Z", modified="2026-10-23T03:00:00Z" if tracked else "2026-06-23T02:00:00Z",
        subject="Multi-agency meeting information sharing protocol",
        keywords="elder abuse; older people; information sharing",
    )
# ====================================================================== base E: reintegration panel

E_AGENCIES = [
    ("Ara Poutama Aotearoa – Department of Corrections", "Lead attending agency; reintegration case manager (chair)"),
    ("Kāinga Ora – Homes and Communities", "Housing placement manager, Canterbury"),
    ("Ministry of Social Development", "Work and income reintegration case manager"),
    ("Health New Zealand – Te Whatu Ora", "Forensic mental health liaison, Waitaha Canterbury"),
    ("New Zealand Police", "Prevention manager, Canterbury District"),
    ("Te Ara Hou Reintegration Trust", "Kaupapa Māori reintegration kaimahi"),
]

E_SIGS = [
    dict(agency="Ara Poutama Aotearoa – Department of Corrections", name="Stephen Walsh",
         role="Regional Commissioner, Southern Region", date="2025-11-04"),
    dict(agency="Kāinga Ora – Homes and Communities", name="Nicola Harte",
         role="Regional Director, Canterbury", date="2025-11-06"),
    dict(agency="Ministry of Social Development", name="Rawiri Paewai",
         role="Regional Commissioner, Canterbury", date="2025-11-11"),
    dict(agency="Health New Zealand – Te Whatu Ora", name="Fiona McLeod",
         role="Clinical Director, Specialist Mental Health Services, Waitaha Canterbury", date="2025-11-13"),
    dict(agency="New Zealand Police", name="Mike Rangihuna", role="District Commander, Canterbury",
         date="2025-11-18"),
    dict(agency="Te Ara Hou Reintegration Trust", name="Kahurangi Pere", role="Chief Executive",
         date="2025-11-20"),
]

E_WHO1, E_WHEN1 = "Daniel Moffat", "2026-09-29T09:30:00Z"     # Corrections legal
E_WHO2, E_WHEN2 = "Priya Natarajan", "2026-10-02T16:12:00Z"   # MSD privacy
E_WHO3, E_WHEN3 = "Kahurangi Pere", "2026-10-05T08:55:00Z"     # Te Ara Hou


def base_e(v):
    tracked = v.get("tracked")
    meeting = "Ōtautahi Reintegration Panel"
    blocks, comments = [], []
    blocks += cover(v, meeting, "Ara Poutama Aotearoa – Department of Corrections",
                    "1.1 (review draft)" if tracked else "1.0",
                    "Review draft" if tracked else "Final – approved", "2025-11-20")
    blocks += [
        H1(rn(v, "Attending agencies", "Attending agencies and representatives", E_WHO1, E_WHEN1)),
        P(["Ara Poutama Aotearoa – Department of Corrections is the lead attending agency. The "
           "attending agencies are:"]),
        attending_table(E_AGENCIES, "Representative"),
        H1(["Meeting purpose"]),
        P(["The panel meets fortnightly at the Christchurch Men's Prison reintegration hub to plan the "
           "release of people returning to Ōtautahi Christchurch from prison in the next twelve "
           "weeks. Its aim is that each person leaves prison with somewhere safe to live, an income, "
           "continuing health care and the support of their whānau and community, which reduces "
           "the chance of reoffending and keeps the community safe."]),
        H1(["Purpose of sharing"]),
    ]
    blocks += numbered([
        ["To plan suitable accommodation for each person before release."],
        ["To arrange income support and employment assistance from the day of release."],
        ["To arrange continuity of health, mental health and addiction care after release."],
        ["To identify and manage any serious risk to the safety of the person, their whānau or the "
         "community on release."],
    ], "dec:purposes")
    blocks += [
        H1(["Information to be shared"]),
        P(["Corrections shares the person's release date, release conditions, the address proposed "
           "for release, and the needs identified in their reintegration plan. Kāinga Ora and MSD share "
           "housing options and eligibility for assistance. Health New Zealand shares the person's "
           "current treatment and the follow-up care arranged. Police share current risk information "
           "relevant to the proposed address. Te Ara Hou shares the whānau support arranged."]),
        H1(["Legal authority to share"]),
        P(["This protocol does not itself authorise sharing; it records the authority each purpose "
           "relies on. People are referred to the panel only after they have signed the Corrections "
           "reintegration consent form, which names the attending agencies."]),
    ]
    auth = [Row([head_cell("Purposes"), head_cell("Legal authority")], header=True),
            Row(["Purposes 1 and 2", "Privacy Act 2020, IPP 11(1)(d) – sharing authorised by the person "
                 "through the reintegration consent form"]),
            Row(["Purpose 3", "Health Information Privacy Code 2020, rule 11(1), and Privacy Act 2020, "
                 "IPP 11(1)(d) – authorised by the person"]),
            Row(["Purpose 4", "Privacy Act 2020, IPP 11(1)(e)(i) and IPP 11(1)(f); Health Information "
                 "Privacy Code 2020, rule 11(2)(d), for health information"])]
    blocks += [Tbl(auth, [2600, 6400]), spacer()]
    blocks += [
        H1(["Use of information"]),
        P(["Panel information is used only for the release plan. Agencies record in their own systems "
           "only what they need to deliver their part of that plan."]),
        H1(["Transparency and notification obligations"]),
        P(["Case managers explain the panel to the person when the consent form is signed, including "
           "that information about serious risk may be shared without their agreement where the law "
           "permits. The person can withdraw their consent at any time; purposes 1 to 3 then stop for "
           "that person. Corrections publishes a description of the panel in its privacy statement."]),
        H1(rn(v, "Method of sharing", "How information is shared", E_WHO2, E_WHEN2)),
        P(["The chair circulates the panel list through SEEMail to named representatives. Information "
           "is discussed at the panel, in person or by video link. Agreed actions are recorded in the "
           "Corrections reintegration plan and each agency is sent only its own actions."]),
        H1(["Security of the information"]),
        H2(["Security classification"]),
        P(["All information shared for the panel is classified ",
           Ctl("drop", "Security classification", "SENSITIVE", CLASS_ITEMS, b=True),
           " and handled under the Protective Security Requirements."]),
        H2(rn(v, "Security controls", "Minimum security controls", E_WHO2, E_WHEN2)),
    ]
    if v.get("d11_guidance"):
        blocks.append(P(["Add any further controls the attending agencies have agreed to the table below. "
                         "Delete this guidance text before the protocol is finalised."],
                        style="TemplateGuidance"))
    ctl_rows = [Row([head_cell("Requirement or restriction"), head_cell("Detail")], header=True),
                Row(["Training", "Every representative has completed privacy and information security "
                     "training with their own agency."]),
                Row(["Hard copy destruction", "Hard copies brought to the panel are securely destroyed "
                     "at the end of the meeting."]),
                Row(["Password protection", "Any email attachment with personal information is "
                     "password protected."]),
                Row(["Approved devices", "Information is shared only from devices approved by the "
                     "representative's agency."]),
                Row(["Video link", "Nobody uses the chat function for personal information, records the "
                     "panel or takes screenshots."]),
                Row(["Hard copy distribution", "Hard copies are never given to representatives of other "
                     "agencies."])]
    blocks += [Tbl(ctl_rows, [2800, 6200]), spacer()]
    blocks += [
        H1(["Tikanga considerations"]),
        P(["Te Ara Hou Reintegration Trust advises the panel on tikanga. Where the person is Māori, the "
           "panel asks the person whether they want their whānau, hapū or iwi involved in planning, "
           "and respects their answer. Information about whānau connections is treated as a taonga "
           "and is not recorded beyond what the release plan needs."]),
        H1(["Retention and disposal of information shared"]),
        P(["Corrections holds the reintegration plan under its disposal authority. Other agencies hold "
           "only information needed for their actions, in their approved systems, for the period "
           "their retention schedules allow. Panel lists are securely deleted from mailboxes once "
           "the panel has met."]),
        H1(["Privacy and security breach management"]),
        P(["A representative who becomes aware of a privacy or security breach involving panel "
           "information tells the breach contact below immediately. The agencies work together to "
           "contain it, agree who tells the person affected, and the agency responsible for the "
           "information decides whether the breach is notifiable to the Privacy Commissioner."]),
        breach_contact_table(dict(role="Principal Adviser Privacy",
                                  agency="Ara Poutama Aotearoa – Department of Corrections",
                                  email="privacy@corrections.govt.nz", phone="04 460 3000")),
        spacer(),
        H1(["Managing conflicts of interest"]),
        P(["Representatives declare any connection with a person on the panel list to the chair before "
           "the item, and take no part in that item. Any request for information is handled by "
           "another staff member of their agency."]),
        H1(["Relationship management and oversight"]),
        P(["Each agency's relationship manager is the manager of its representative. The Corrections "
           "relationship manager convenes them when an issue arises, and at least once between "
           "reviews."]),
        H1(["Review"]),
    ]
    change = ("24 months", "36 months", E_WHO1, E_WHEN1) if v.get("d07_36") else None
    blocks += [
        review_para(v, "24 months", "Ara Poutama Aotearoa – Department of Corrections",
                    " is responsible for initiating the review.", change=change),
        H1(["Approval"]),
        P(["Signed on behalf of each attending agency."]),
    ]
    sigs = [dict(s) for s in E_SIGS]
    if v.get("d03_nokainga"):
        sigs[1]["mark"] = ("del", E_WHO1, E_WHEN1)
    sb = sig_blocks(sigs, role_label="Role", intro_label="For ")
    if v.get("d03_nokainga"):
        # anchor a comment on the deleted block's first row
        first_row = sb[2].rows[0]
        first_row.cells[0].content = [CS(0), T("For ", b=True),
                                      Ctl("text", "Signatory agency", "Kāinga Ora – Homes and Communities", b=True),
                                      CE(0)]
        comments.append((E_WHO1, "DM", "2026-09-29T09:34:00Z",
                         "Kāinga Ora have told us they will not re-sign this version, so I have taken "
                         "their block out. Do they still come to the panel?"))
    blocks += sb
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification="SENSITIVE", blocks=blocks, comments=comments,
        footer=f"{meeting} information sharing protocol",
        author="Ara Poutama Aotearoa Southern Region", last_by=E_WHO1 if tracked else "Stephen Walsh",
        created="2025-07-14T22:00:00Z", modified="2026-10-05T01:00:00Z" if tracked else "2025-11-21T02:00:00Z",
        subject="Multi-agency meeting information sharing protocol",
        keywords="reintegration; release planning; information sharing",
        custom=("Classification", "SENSITIVE"),
    )
# ====================================================================== legacy: 2019 protocol under review

L_WHO1, L_WHEN1 = "Renée Fifield", "2026-10-27T09:05:00Z"     # MSD privacy
L_WHO2, L_WHEN2 = "Tom Ashby", "2026-10-29T13:40:00Z"         # Health NZ legal


def legacy_hutt(v):
    meeting = "Hutt Valley Housing and Mental Health Coordination Group"
    blocks, comments = [], []
    dhb, hnz = "Hutt Valley District Health Board", "Health New Zealand – Te Whatu Ora"
    blocks += cover(v, meeting, "Ministry of Social Development", "1.0 (2019) – 2026 review draft",
                    "Review draft", "2019-09-02")
    rows = [Row([head_cell("Attending agency"), head_cell("Attends as")], header=True),
            Row([Ctl("text", "Attending agency name", "Ministry of Social Development"),
                 "Lead agency; regional housing coordinator"]),
            Row([[Del(L_WHO2, L_WHEN2, dhb), Ins(L_WHO2, L_WHEN2, hnz)],
                 "Community mental health team key worker"]),
            Row([Ctl("text", "Attending agency name", "New Zealand Police"), "Mental health liaison officer"]),
            Row([Ctl("text", "Attending agency name", "Te Awakairangi Housing Trust"), "Tenancy support worker"])]
    blocks += [
        H1(["Attending agencies"]),
        Tbl(rows, [4200, 4800]),
        P(["The Ministry of Social Development (MSD) is the lead agency."]),
        H1(["Meeting purpose"]),
        P(["The group meets monthly in Lower Hutt to coordinate housing for people with a serious "
           "mental illness who are homeless or at risk of losing their home, so that they can get and "
           "keep a stable place to live while receiving treatment."]),
        H1(["Purpose of sharing"]),
    ]
    blocks += numbered([
        ["To coordinate housing and tenancy support for people referred to the group."],
        ["To respond where a person's housing situation poses a serious threat to their health or "
         "safety or that of others."],
    ], "dec:purposes")
    auth = [Row([head_cell("Purpose"), head_cell("Legal authority")], header=True),
            Row(["1. Coordinating housing and tenancy support",
                 [Del(L_WHO1, L_WHEN1, "Privacy Act 1993, principle 11(d)"),
                  Ins(L_WHO1, L_WHEN1, "Privacy Act 2020, IPP 11(1)(d)"),
                  " (the person has authorised the sharing)"]]),
            Row(["2. Responding to serious threats",
                 ["Health Information Privacy Code 1994, rule 11(2)(d); ",
                  Del(L_WHO1, L_WHEN1, "Privacy Act 1993, principle 11(f)(ii)"),
                  Ins(L_WHO1, L_WHEN1, "Privacy Act 2020, IPP 11(1)(f)")]])]
    blocks += [
        H1(["Information to be shared"]),
        P(["Housing history and current housing need, tenancy issues, the name of the person's key "
           "worker, whether the person is currently under the care of the community mental health "
           "team, and risks relevant to housing them safely. Clinical notes are not shared."]),
        H1(["Legal authority to share"]),
        P(["The protocol does not give the agencies authority to share; each purpose relies on the "
           "authority in the table."]),
        Tbl(auth, [3600, 5400]),
        spacer(),
        H1(["Use of information"]),
        P(["Information is used only to find and keep housing for the person and to respond to serious "
           "threats. Agencies record only what they need to carry out their agreed actions."]),
        H1(["Transparency and notification obligations"]),
        P(["People are referred only after their key worker or case manager has explained the group "
           "and they have signed the referral form, except where purpose 2 applies."]),
        H1(["Method of sharing"]),
        P(["Referrals are emailed to the MSD coordinator using SEEMail. Information is shared verbally "
           "at the meeting."]),
        H1(["Security of the information"]),
        H2(["Security classification"]),
        P([CS(0), Del(L_WHO1, L_WHEN1, "Information shared is IN CONFIDENCE."),
           Ins(L_WHO1, L_WHEN1, "Classification: ",
               Ctl("drop", "Security classification", None, CLASS_ITEMS)), CE(0)]),
        H2(["Security controls"]),
    ]
    comments.append((L_WHO1, "RF", "2026-10-27T09:10:00Z",
                     "Swapped in the new template drop-down. Waiting on ICT to say whether this should "
                     "be SENSITIVE before we pick one."))
    blocks += bullets([
        ["Representatives have completed their agency's privacy and security training."],
        ["Hard copies are securely destroyed at the end of each meeting."],
        ["Email attachments with personal information are password protected."],
        ["Hard copies are not handed to other agencies' representatives."],
    ])
    blocks += bullets([["Information is shared only from agency-approved devices."],
                       ["In online meetings nobody uses the chat for personal information, records the "
                        "meeting or takes screenshots."]], mark=("ins", L_WHO1, L_WHEN1))
    blocks += [
        P(["Tikanga considerations"], style="Heading1", num="head", keep=True, mark=("ins", L_WHO2, L_WHEN2)),
        P(["Te Awakairangi Housing Trust has asked that, for Māori referred to the group, the person is "
           "asked whether they want whānau involved in housing planning, and that information about "
           "whānau is shared only with the person's agreement unless purpose 2 applies."],
          mark=("ins", L_WHO2, L_WHEN2)),
        H1(["Retention and disposal of information shared"]),
        P(["MSD keeps the meeting notes under its disposal authority. Other agencies keep only what "
           "they need for agreed actions and dispose of it under their own schedules."]),
        H1(["Privacy and security breach management"]),
        P(["Breaches are reported to the Privacy Officer, Ministry of Social Development "
           "(privacy_officer@msd.govt.nz, 04 916 3300), who coordinates the response with the "
           "agency whose information was involved."]),
        H1(["Managing conflicts of interest"]),
        P(["Representatives declare any personal connection with a person referred and take no part "
           "in that discussion."]),
        H1(["Relationship management and oversight"]),
        P(["The regional housing manager at MSD oversees the group and meets the other agencies' "
           "managers as needed."]),
        H1(["Review"]),
        P([CS(1), "This protocol will be reviewed every two years. MSD will initiate the review.", CE(1)]),
        H1(["Approval"]),
    ]
    comments.append((L_WHO2, "TA", "2026-10-29T13:52:00Z",
                     "We are years past the review date - this version needs fresh sign-off from every "
                     "agency, including Health NZ rather than the old DHB."))
    sigs = [
        dict(agency="Ministry of Social Development", name="Graham Allott", role="Regional Commissioner, Wellington",
             date="2019-08-12"),
        dict(agency=dhb, name="Peter Vaughan",
             role="General Manager, Mental Health, Addiction and Intellectual Disability Service", date="2019-08-20"),
        dict(agency="New Zealand Police", name="Marty Kane", role="Area Commander, Hutt Valley", date="2019-08-22"),
        dict(agency="Te Awakairangi Housing Trust", name="Wendy Rātana", role="Manager", date="2019-09-02"),
    ]
    blocks += sig_blocks(sigs, role_label="Position")
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification="IN-CONFIDENCE", header_static=True, blocks=blocks, comments=comments,
        footer=f"{meeting} – information sharing protocol",
        author="MSD Wellington Region", last_by=L_WHO2,
        created="2019-06-03T22:00:00Z", modified="2026-10-29T01:00:00Z",
        subject="Information sharing protocol", keywords="housing; mental health",
    )


# ====================================================================== trap: deciding text only in revisions

M_AGENCIES = [
    ("Health New Zealand – Te Whatu Ora", "Lead attending agency; acute care team clinician (chair)"),
    ("New Zealand Police", "Mental health coordinator, Waikato District"),
    ("Ministry of Social Development", "Intensive case manager, Hamilton"),
    ("Kāinga Ora – Homes and Communities", "Tenancy manager, Hamilton"),
    ("Hauora Whakaora Peer Support Trust", "Peer support worker"),
]
M_SIGS = [
    dict(agency="Health New Zealand – Te Whatu Ora", name="Rebecca Thorne",
         role="Group Manager, Mental Health and Addiction Services, Waikato", date="2025-09-01"),
    dict(agency="New Zealand Police", name="Hemi Tūwhare", role="District Commander, Waikato", date="2025-09-04"),
    dict(agency="Ministry of Social Development", name="Janine Carr", role="Regional Commissioner, Waikato",
         date="2025-09-10"),
    dict(agency="Kāinga Ora – Homes and Communities", name="Andrew Lusk", role="Regional Director, Waikato",
         date="2025-09-15"),
    dict(agency="Hauora Whakaora Peer Support Trust", name="Ataahua Kingi", role="Kaiwhakahaere",
         date="2025-09-19"),
]
M_WHO1, M_WHEN1 = "Tessa Alloway", "2026-11-02T10:10:00Z"     # Health NZ privacy
M_WHO2, M_WHEN2 = "Grant Hohaia", "2026-11-04T15:25:00Z"      # Police legal


def trap_waikato(v):
    meeting = "Waikato Acute Mental Health Coordination Meeting"
    blocks, comments = [], []
    blocks += cover(v, meeting, "Health New Zealand – Te Whatu Ora", "1.1 (review draft)", "Review draft",
                    "2025-09-19")
    blocks += [
        H1(["Attending agencies"]),
        attending_table(M_AGENCIES, "Representative"),
        P(["Lead attending agency: ", Ctl("text", "Lead attending agency", "Health New Zealand – Te Whatu Ora")]),
        H1(["Meeting purpose"]),
        P(["The meeting is held weekly in Hamilton for people who have repeatedly come to the attention "
           "of Police or the emergency department while in acute mental distress. It aims to reduce "
           "crisis presentations by agreeing, with the person, the support that addresses what lies "
           "behind them."]),
        H1(rn(v, "Purpose of sharing", "Purposes for sharing information", M_WHO1, M_WHEN1)),
    ]
    blocks += numbered([
        ["To identify the unmet health, housing and income needs behind a person's repeated crisis "
         "presentations."],
        ["To agree and coordinate a support plan with the person."],
    ], "dec:purposes")
    blocks.append(P([CS(0), "To tell landlords and employers about a person's mental health history where "
                     "an agency thinks it relevant.", CE(0)],
                    num="dec:purposes", mark=("del", M_WHO1, M_WHEN1)))
    comments.append((M_WHO1, "TA", "2026-11-02T10:14:00Z",
                     "No legal authority for this and it is outside the meeting purpose. Deleting."))
    auth = [Row([head_cell("Purpose"), head_cell("Legal authority")], header=True),
            Row(["1. Identifying unmet needs",
                 "Health Information Privacy Code 2020, rule 11(1), and Privacy Act 2020, IPP 11(1)(d), "
                 "with the person's authorisation; otherwise Health Information Privacy Code 2020, rule "
                 "11(2)(d), and Privacy Act 2020, IPP 11(1)(f), where there is a serious threat"]),
            Row(["2. Agreeing the support plan",
                 "Privacy Act 2020, IPP 11(1)(d), and Health Information Privacy Code 2020, rule 11(1) – "
                 "authorised by the person"])]
    blocks += [
        H1(["Information to be shared"]),
        P(["Dates and circumstances of recent crisis presentations, current treatment and key worker, "
           "housing and tenancy situation, income support, and the person's own goals. Diagnoses are "
           "shared only where the person agrees."]),
        H1(["Legal authority to share"]),
        P(["This protocol does not authorise any sharing. The authorities relied on are:"]),
        Tbl(auth, [3000, 6000]),
        spacer(),
        H1(["Use of information"]),
        P(["Information is used only to agree and deliver the person's support plan."]),
        H1(["Transparency and notification obligations"]),
        P(["The person is invited to the part of the meeting that concerns them, and their key worker "
           "explains beforehand what will be shared and with whom. Where the person cannot be asked "
           "because of a serious threat, this is recorded with the reason."]),
        H1(["Method of sharing"]),
        P(["Information is shared verbally at the meeting, in person or on Microsoft Teams. The chair "
           "sends actions to each agency by SEEMail."]),
        H1(["Security of the information"]),
        H2(["Security classification"]),
        P(["Information shared at the meeting is classified ",
           Ctl("drop", "Security classification", None, CLASS_ITEMS,
               change=("UNCLASSIFIED", "IN-CONFIDENCE", M_WHO1, M_WHEN1), b=True), "."]),
        H2(["Security controls"]),
    ]
    blocks += bullets([
        ["Representatives complete privacy and information security training before attending."],
        ["Hard copies are securely destroyed at the end of the meeting."],
        ["No hard copy is given to another agency's representative."],
        ["Attachments containing personal information are password protected."],
        ["Only agency-approved devices are used to share information."],
        ["On Microsoft Teams nobody uses the chat for personal information, records the meeting or "
         "takes screenshots."],
    ])
    blocks += [
        H1(["Tikanga considerations"]),
        P(["Hauora Whakaora advises on tikanga. Whānau Māori are offered a kaumātua or peer support "
           "worker at the meeting, and information about whānau is shared only where it is part of "
           "the person's plan."]),
        H1(rn(v, "Retention and disposal of information shared", "Retention and disposal", M_WHO2, M_WHEN2)),
        P(["Health New Zealand keeps the meeting record in the clinical record system. Other agencies keep "
           "only what they need for their agreed actions. ",
           Del(M_WHO2, M_WHEN2, "Agencies may keep the meeting notes for future reference. "),
           "Emails carrying meeting information are deleted once the information is saved."]),
        H1(["Privacy and security breach management"]),
        P(["A representative who finds a breach involving meeting information tells the contact below "
           "the same day. The agencies work together to contain it and agree what the person is told; "
           "the agency responsible decides whether to notify the Privacy Commissioner."]),
        Tbl([Row([head_cell("Breach contact (role)"), head_cell("Agency"), head_cell("Email"),
                  head_cell("Phone")], header=True),
             Row([[CS(1), Ctl("text", "Breach contact role", "Privacy Officer, Waikato")],
                  Ctl("text", "Breach contact agency", "Health New Zealand – Te Whatu Ora"),
                  Ctl("text", "Breach contact email", "privacy.waikato@tewhatuora.govt.nz"),
                  [Ctl("text", "Breach contact phone", "07 839 8899"), CE(1)]],
                 mark=("ins", M_WHO1, M_WHEN1))], [2600, 2400, 2600, 1400]),
        spacer(),
        H1(["Managing conflicts of interest"]),
        P(["Anyone who knows a person being discussed tells the chair and leaves for that item."]),
        H1(["Relationship management and oversight"]),
        P(["Relationship managers from each agency meet with the chair every quarter."]),
        H1(["Review"]),
        review_para(v, None, "Health New Zealand – Te Whatu Ora",
                    " is responsible for initiating the review.",
                    change=("36 months", "24 months", M_WHO2, M_WHEN2)),
        H1(["Approval"]),
    ]
    comments.append((M_WHO1, "TA", "2026-11-02T10:31:00Z",
                     "Added our privacy officer as the breach contact, as agreed at the October meeting."))
    blocks += [sig_table(M_SIGS, "Role")]
    return dict(
        file_title=f"Information sharing protocol – {meeting}", meeting=meeting,
        classification="IN-CONFIDENCE", blocks=blocks, comments=comments,
        footer=f"{meeting} – information sharing protocol",
        author="Mental Health and Addiction Services, Waikato", last_by=M_WHO2,
        created="2025-06-11T21:00:00Z", modified="2026-11-04T03:30:00Z",
        subject="Multi-agency meeting information sharing protocol", keywords="mental health; crisis",
    )
# ====================================================================== driver

class NumIds(dict):
    def __init__(self, builder):
        super().__init__(builder.numids)
        self.builder = builder

    def __missing__(self, key):
        which = 2 if key.startswith("dec:") else 3
        self.builder.add_num(key, which)
        self[key] = self.builder.numids[key]
        return self[key]


def render_doc(spec_fn, v, path):
    spec = spec_fn(v)
    db = DocBuilder()
    if spec["comments"]:
        db.add_comments(spec["comments"])
    r = Renderer(NumIds(db))
    db.body_append([r.block(b) for b in spec["blocks"]])
    # header: classification marking (a drop-down bound to nothing, as in the template)
    sec = db.doc.sections[0]
    klass = spec["classification"]
    if spec.get("header_static"):
        hp = P([T(klass)], style="ClassificationMarking")
    else:
        hp = P([Ctl("drop", "Classification marking", klass, CLASS_ITEMS)], style="ClassificationMarking")
    db.set_part_paras(sec.header, r.para(hp))
    fp1 = P([T(klass, b=True)], style="Footer", jc="center")
    fp2 = P([spec["footer"], Tab(), Tab(), "Page ", Fld(" PAGE ", "1"), " of ", Fld(" NUMPAGES ", "1")],
            style="Footer")
    db.set_part_paras(sec.footer, r.para(fp1) + r.para(fp2))
    cp = db.doc.core_properties
    cp.title = spec["file_title"]
    cp.subject = spec["subject"]
    cp.author = spec["author"]
    cp.last_modified_by = spec["last_by"]
    cp.keywords = spec["keywords"]
    cp.category = "Information sharing protocol"
    cp.revision = 7 if v.get("tracked") else 4
    cp.created = dt.datetime.fromisoformat(spec["created"].replace("Z", "+00:00")).replace(tzinfo=None)
    cp.modified = dt.datetime.fromisoformat(spec["modified"].replace("Z", "+00:00")).replace(tzinfo=None)
    if v.get("tracked"):
        db.track_revisions()
    if spec.get("custom"):
        db.custom_property(*spec["custom"])
    db.save(path)
    return r.revisions


FILES = [
    # name, builder, variant, truth
    ("clean-01-family-harm-safety-table.docx", "base_a", {},
     dict(kind="clean", expect=[], tolerate=[],
          note="Accepted and cleaned family harm safety table: six agencies incl. kaupapa Māori and NGO "
               "providers, three purposes each with a row in a Purpose | Authority table, SENSITIVE chosen "
               "in the body and header drop-downs, controls in Requirements/Restrictions lists, breach "
               "contact in filled controls, 12-month review owned by Police, signed March-April 2026.")),
    ("clean-02-rangatahi-panel.docx", "base_b", {},
     dict(kind="clean", expect=[], tolerate=[],
          note="Youth offending panel led by Oranga Tamariki; 'NZ Police' in the attending list signs as "
               "'New Zealand Police' in a single signature table; controls in a table; includes a sentence "
               "forbidding just-in-case keeping and relationship managers meeting yearly (not a review period); "
               "24-month review from June 2025.")),
    ("clean-03-school-attendance-hui.docx", "base_c", {},
     dict(kind="clean", expect=[], tolerate=[],
          note="Single purpose of sharing with two alternative authorities listed in the legal authority "
               "section; classification drop-down on its own line plus an explanatory sentence about the "
               "IN-CONFIDENCE minimum; controls as a numbered list; 18-month review from February 2026.")),
    ("clean-04-elder-abuse-response.docx", "base_d", {},
     dict(kind="clean", expect=[], tolerate=[],
          note="Purposes point at labelled authorities ('see authorities A and C') in a Label | Authority "
               "table; breach contact written inline in a sentence made of filled plain-text controls; "
               "renamed 'Review of this protocol' heading; 12-month review from June 2026.")),
    ("clean-05-reintegration-panel.docx", "base_e", {},
     dict(kind="clean", expect=[], tolerate=[],
          note="Four purposes covered by 'Purposes 1 and 2' / 'Purpose 3' / 'Purpose 4' authority rows; "
               "SENSITIVE in body, header, footer and a Classification custom document property; renamed "
               "headings ('How information is shared', 'Minimum security controls'); 24-month review "
               "from November 2025.")),
    ("defect-isp101-attendance-conflicts-deleted.docx", "base_c", dict(tracked=True, d01_noconflicts=True),
     dict(kind="defect",
          expect=[{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}},
                  {"rule": "ISP202"}, {"rule": "ISP203", "data": {"count": 1}}],
          tolerate=[],
          note="Review draft in which an MSD lawyer has deleted the whole 'Managing conflicts of interest' "
               "section (heading and bullets) as a tracked deletion, with a comment; accepted text has no "
               "such section. Other tracked changes only rename headings.")),
    ("defect-isp301-safety-table-clinical-records.docx", "base_a", dict(tracked=True, d02_purpose4=True),
     dict(kind="defect",
          expect=[{"rule": "ISP301", "data_contains": {"purpose": "clinical records"}}, {"rule": "ISP202"}],
          tolerate=[],
          note="A Health NZ reviewer adds a fourth purpose of sharing as a tracked insertion; the Purpose | "
               "Legal authority table still has rows for purposes 1-3 only.")),
    ("defect-isp703-reintegration-kainga-ora-block-deleted.docx", "base_e", dict(tracked=True, d03_nokainga=True),
     dict(kind="defect",
          expect=[{"rule": "ISP703", "data": {"agency": "Kāinga Ora – Homes and Communities"}},
                  {"rule": "ISP202"}, {"rule": "ISP203", "data": {"count": 1}}],
          tolerate=[],
          note="Kāinga Ora's whole signature block (its filled agency, name, role and date controls) is "
               "removed by tracked row deletions with a comment, while Kāinga Ora stays in the attending "
               "agencies table.")),
    ("defect-isp702-rangatahi-role-blank.docx", "base_b", dict(d04_role=True),
     dict(kind="defect",
          expect=[{"rule": "ISP702", "data": {"agency": "Ministry of Education", "missing": ["role"]}},
                  {"rule": "ISP201", "data": {"text": "Click or tap here to enter text."}}],
          tolerate=[],
          note="In the signature table the Ministry of Education row has a name and date but its Position "
               "plain-text control still shows its placeholder.")),
    ("defect-isp451-elder-abuse-virtual-deleted.docx", "base_d", dict(tracked=True, d05_novirtual=True),
     dict(kind="defect",
          expect=[{"rule": "ISP451", "data": {"control": "virtual-meeting"}},
                  {"rule": "ISP202"}, {"rule": "ISP203", "data": {"count": 1}}],
          tolerate=[],
          note="The virtual-meeting restriction (no chat, recording or screenshots) is struck out by a "
               "Police reviewer as a tracked deletion with a comment; the meeting can still be held by "
               "video call.")),
    ("defect-isp501-attendance-breach-contact-blank.docx", "base_c", dict(d06_nobreach=True),
     dict(kind="defect",
          expect=[{"rule": "ISP501"},
                  {"rule": "ISP201", "data": {"text": "Click or tap here to enter text."}}],
          tolerate=[],
          note="Signed version whose breach section keeps the standard clauses but whose designated breach "
               "contact table (role, agency, email, phone) is four unfilled plain-text controls.")),
    ("defect-isp602-reintegration-36-months.docx", "base_e", dict(tracked=True, d07_36=True),
     dict(kind="defect",
          expect=[{"rule": "ISP602", "data": {"months": 36}}, {"rule": "ISP202"}],
          tolerate=[],
          note="The review-period drop-down is changed from 24 months to 36 months with Track Changes on "
               "(w:del/w:ins inside the content control); accepted text reads 'every 36 months'.")),
    ("defect-isp402-rangatahi-unclassified.docx", "base_b", dict(d08_unclass=True),
     dict(kind="defect",
          expect=[{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}],
          tolerate=[],
          note="The classification drop-down (and the header marking drop-down, consistently) is set to "
               "UNCLASSIFIED on the reasoning that the agenda uses initials.")),
    ("defect-isp801-elder-abuse-future-reference.docx", "base_d", dict(tracked=True, d09_jic=True),
     dict(kind="defect",
          expect=[{"rule": "ISP801"}, {"rule": "ISP202"}],
          tolerate=[],
          note="An NGO reviewer's tracked insertion in the retention section lets each agency keep the full "
               "case summary 'for future reference, in case the older person is referred again'.")),
    ("defect-isp305-safety-table-protocol-authorises.docx", "base_a", dict(tracked=True, d10_claim=True),
     dict(kind="defect",
          expect=[{"rule": "ISP305"}, {"rule": "ISP202"}, {"rule": "ISP203", "data": {"count": 1}}],
          tolerate=[],
          note="In the legal authority section a reviewer replaces 'This protocol does not itself authorise "
               "any sharing...' with 'Once signed, this protocol gives each attending agency the authority "
               "to share...' as a tracked change; Police legal's comment asks for it to be rejected.")),
    ("defect-isp204-reintegration-guidance-left.docx", "base_e", dict(d11_guidance=True),
     dict(kind="defect",
          expect=[{"rule": "ISP204", "data_contains": {"text": "Add any further controls"}}],
          tolerate=[],
          note="Final version in which one grey 'Template guidance' paragraph ('Add any further controls ... "
               "Delete this guidance text before the protocol is finalised.') survives under the security "
               "controls heading.")),
    ("legacy-hutt-housing-mental-health-2019.docx", "legacy_hutt", dict(tracked=True),
     dict(kind="legacy",
          expect=[{"rule": "ISP303", "data_contains": {"authority": "Health Information Privacy Code"}},
                  {"rule": "ISP604", "data": {"due": "2021-09-02"}},
                  {"rule": "ISP102", "data": {"section": "security-classification"}},
                  {"rule": "ISP201", "data": {"text": "Choose an item."}},
                  {"rule": "ISP703", "data": {"agency": "Health New Zealand – Te Whatu Ora"}},
                  {"rule": "ISP202"},
                  {"rule": "ISP203", "data": {"count": 2}}],
          tolerate=["ISP401", "ISP302"],
          note="2019 protocol in its 2026 review: Privacy Act 1993 citations are replaced by tracked changes "
               "but the Health Information Privacy Code 1994 is not; the classification sentence is replaced "
               "by an unfilled drop-down; the DHB is renamed Health NZ in the attending list only (signatures "
               "are still the 2019 DHB ones); two-yearly review from the 2 September 2019 approval is overdue.")),
    ("trap-waikato-mental-health-resolved-in-revisions.docx", "trap_waikato", dict(tracked=True),
     dict(kind="trap",
          expect=[{"rule": "ISP202"}, {"rule": "ISP203", "data": {"count": 2}}],
          tolerate=[],
          note="Every problem is fixed only inside tracked changes: a purpose without authority is deleted, "
               "UNCLASSIFIED becomes IN-CONFIDENCE and 36 months becomes 24 months inside drop-downs, a "
               "'for future reference' sentence is deleted and the breach contact row is inserted; the "
               "accepted text is compliant, so only the open revisions and comments remain.")),
]


def main():
    builders = dict(base_a=base_a, base_b=base_b, base_c=base_c, base_d=base_d, base_e=base_e,
                    legacy_hutt=legacy_hutt, trap_waikato=trap_waikato)
    truth = {"as_of": "2026-11-24",
             "style": "Government template with content controls (drop-downs, date pickers, plain-text "
                      "agency names) negotiated between agencies' legal and privacy teams: clean files are "
                      "the accepted-and-cleaned versions, defect and trap files carry named reviewers' "
                      "tracked changes, Word comments and unfilled controls.",
             "files": {}}
    for name, b, v, t in FILES:
        render_doc(builders[b], v, os.path.join(OUT, name))
        truth["files"][name] = t
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"built {len(FILES)} documents in {OUT}")


if __name__ == "__main__":
    main()
