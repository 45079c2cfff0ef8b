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
