"""Build the gdocs-export blind corpus: NZ multi-agency meeting information
sharing protocols as a small regional office drafts them in Google Docs or
LibreOffice Writer and exports them to .docx.

Run:  /work/blind-kit/.venv/bin/python build.py
Every document is built deterministically (fixed core-property dates, fixed zip
timestamps, no randomness).
"""
import json
import os

# ===========================================================================
# rendering engine: Google Docs / LibreOffice style WordprocessingML
# ===========================================================================

import datetime
import hashlib
import io
import re
import zipfile

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NBSP = "\u00a0"


def el(tag, attrs=None, *children):
    e = etree.Element(qn(tag))
    for k, v in (attrs or {}).items():
        e.set(qn(k), str(v))
    for c in children:
        if c is not None:
            e.append(c)
    return e


def sub(parent, tag, attrs=None):
    e = etree.SubElement(parent, qn(tag))
    for k, v in (attrs or {}).items():
        e.set(qn(k), str(v))
    return e


# --------------------------------------------------------------------------
# style sets
# --------------------------------------------------------------------------

STYLES_HEAD = (
    '<w:styles xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships">' % W_NS
)


def gdocs_styles():
    """Styles as a Google Docs export writes them: lower-case names, Arial."""
    return STYLES_HEAD + """
<w:docDefaults>
 <w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-NZ"/></w:rPr></w:rPrDefault>
 <w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:before="400" w:after="120"/></w:pPr><w:rPr><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:before="360" w:after="120"/></w:pPr><w:rPr><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:before="320" w:after="80"/></w:pPr><w:rPr><w:color w:val="434343"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="320"/></w:pPr><w:rPr><w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="100" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"""


def lo_styles(heading_variant):
    """Styles as LibreOffice Writer writes them.

    heading_variant:
      "Heading"  - the LibreOffice "Heading" paragraph style used for every
                   heading, given an outline level in the style itself;
      "Heading1" - "Heading 1"/"Heading 2" based on "Heading", with outline levels;
      "P1"       - a custom style with id P1 whose name is "heading 1".
    """
    s = [STYLES_HEAD, """
<w:docDefaults>
 <w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:eastAsia="Noto Serif CJK SC" w:hAnsi="Liberation Serif" w:cs="Lohit Devanagari"/><w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-NZ" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr></w:rPrDefault>
 <w:pPrDefault><w:pPr><w:widowControl/><w:suppressAutoHyphens w:val="true"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Standard"/><w:qFormat/><w:pPr><w:widowControl/><w:suppressAutoHyphens w:val="true"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TextBody"><w:name w:val="Text Body"/><w:basedOn w:val="Standard"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:style>
"""]
    if heading_variant == "Heading":
        s.append("""<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:basedOn w:val="Standard"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:keepNext w:val="true"/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
""")
    else:
        s.append("""<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:basedOn w:val="Standard"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:keepNext w:val="true"/><w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
""")
    if heading_variant == "Heading1":
        s.append("""<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/><w:basedOn w:val="Heading"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Heading 2"/><w:basedOn w:val="Heading"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:spacing w:before="200" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
""")
    if heading_variant == "P1":
        s.append("""<w:style w:type="paragraph" w:customStyle="1" w:styleId="P1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:keepNext w:val="true"/><w:spacing w:before="280" w:after="120"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
""")
    s.append("""<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Heading"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Heading"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:spacing w:before="60" w:after="120"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableContents"><w:name w:val="Table Contents"/><w:basedOn w:val="Standard"/><w:qFormat/><w:pPr><w:suppressLineNumbers/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="TableContents"/><w:qFormat/><w:pPr><w:suppressLineNumbers/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="Header"/><w:basedOn w:val="Standard"/><w:pPr><w:suppressLineNumbers/><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="Footer"/><w:basedOn w:val="Standard"/><w:pPr><w:suppressLineNumbers/><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>""")
    return "".join(s)


# --------------------------------------------------------------------------
# the writer
# --------------------------------------------------------------------------

class Writer:
    """Builds one document.

    producer: "gdocs" or "lo"
    heading:  how headings are written:
        ("style", "Heading1")  - paragraph style (any id)
        ("direct", None)       - Normal paragraph, bold 14pt runs, no style
        ("direct-outline", None) - as direct, plus w:outlineLvl in the paragraph
    """

    def __init__(self, producer, heading=("style", "Heading1"), lo_variant="Heading1",
                 body_style=None, cell_style=None, font_note=None):
        self.producer = producer
        self.heading_mode = heading
        self.d = Document()
        self.body = self.d.element.body
        self.sectPr = self.body.find(qn("w:sectPr"))
        self._rev = 100
        self._bm = 0
        self._sdt = 880000
        self._install_styles(lo_variant)
        if producer == "lo":
            self.body_style = body_style or "TextBody"
            self.cell_style = cell_style or "TableContents"
            self.cell_head_style = "TableHeading"
        else:
            self.body_style = body_style
            self.cell_style = cell_style
            self.cell_head_style = cell_style
        self._page()

    # ---------------------------------------------------------------- setup
    def _install_styles(self, lo_variant):
        xml = gdocs_styles() if self.producer == "gdocs" else lo_styles(lo_variant)
        new = etree.fromstring(xml.encode("utf-8"))
        root = self.d.styles.element
        for c in list(root):
            root.remove(c)
        for c in list(new):
            root.append(c)
        # drop parts a Google Docs / LibreOffice export does not have
        for rel in list(self.d.part.rels.values()):
            if rel.reltype in (RT.NUMBERING, RT.CUSTOM_XML,
                               "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"):
                del self.d.part.rels[rel.rId]
        pkg = self.d.part.package
        for rId, rel in list(pkg.rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                del pkg.rels[rId]
        settings = self.d.settings.element
        for tag in ("w:savePreviewPicture", "w:rsids"):
            for e in settings.findall(qn(tag)):
                settings.remove(e)
        for e in settings.findall(qn("w:themeFontLang")):
            e.set(qn("w:val"), "en-NZ")

    def _page(self):
        pgSz = self.sectPr.find(qn("w:pgSz"))
        pgSz.set(qn("w:w"), "11906")
        pgSz.set(qn("w:h"), "16838")
        m = self.sectPr.find(qn("w:pgMar"))
        margin = "1440" if self.producer == "gdocs" else "1134"
        for k in ("top", "right", "bottom", "left"):
            m.set(qn("w:" + k), margin)
        for k in ("rsidR", "rsidRPr", "rsidSect"):
            if self.sectPr.get(qn("w:" + k)) is not None:
                del self.sectPr.attrib[qn("w:" + k)]

    def _add(self, e):
        self.sectPr.addprevious(e)
        return e

    # ---------------------------------------------------------------- runs
    @staticmethod
    def rpr(bold=False, italic=False, size=None, caps=False, color=None, underline=False):
        if not (bold or italic or size or caps or color or underline):
            return None
        r = el("w:rPr")
        if bold:
            sub(r, "w:b")
            sub(r, "w:bCs")
        if italic:
            sub(r, "w:i")
            sub(r, "w:iCs")
        if caps:
            sub(r, "w:caps")
        if color:
            sub(r, "w:color", {"w:val": color})
        if size:
            sub(r, "w:sz", {"w:val": size * 2})
            sub(r, "w:szCs", {"w:val": size * 2})
        if underline:
            sub(r, "w:u", {"w:val": "single"})
        return r

    def run(self, text, rpr=None, deleted=False):
        r = el("w:r")
        if rpr is not None:
            r.append(_copy(rpr))
        for piece in re.split(r"(\n|\t)", text):
            if piece == "":
                continue
            if piece == "\n":
                sub(r, "w:br")
            elif piece == "\t":
                sub(r, "w:tab")
            else:
                t = sub(r, "w:delText" if deleted else "w:t")
                t.text = piece
                if piece != piece.strip() or "  " in piece:
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return r

    def runs(self, content, **fmt):
        """content: str or list of pieces (see module docs)."""
        if isinstance(content, (str, tuple)):
            content = [content]
        base = dict(fmt)
        out = []
        for piece in content:
            if isinstance(piece, str):
                out.append(self.run(piece, self.rpr(**base)))
                continue
            kind = piece[0]
            if kind == "b":
                out.append(self.run(piece[1], self.rpr(**dict(base, bold=True))))
            elif kind == "i":
                out.append(self.run(piece[1], self.rpr(**dict(base, italic=True))))
            elif kind == "u":
                out.append(self.run(piece[1], self.rpr(**dict(base, underline=True))))
            elif kind in ("ins", "del"):
                _, text, author, date = piece
                self._rev += 1
                wrap = el("w:" + kind, {"w:id": self._rev, "w:author": author, "w:date": date})
                wrap.append(self.run(text, self.rpr(**base), deleted=(kind == "del")))
                out.append(wrap)
            elif kind == "sdt_drop":
                _, value, items, alias = piece
                out.append(self._sdt_drop(value, items, alias, base))
            elif kind == "sdt_text":
                _, value, alias = piece
                out.append(self._sdt_text(value, alias, base))
            else:
                raise ValueError(kind)
        return out

    def _sdt_drop(self, value, items, alias, fmt):
        self._sdt += 1
        sdt = el("w:sdt")
        pr = sub(sdt, "w:sdtPr")
        rp = self.rpr(**fmt)
        if rp is not None:
            pr.append(rp)
        sub(pr, "w:alias", {"w:val": alias})
        sub(pr, "w:tag", {"w:val": alias.lower().replace(" ", "-")})
        sub(pr, "w:id", {"w:val": self._sdt})
        dd = sub(pr, "w:dropDownList")
        for it in items:
            sub(dd, "w:listItem", {"w:displayText": it, "w:value": it})
        content = sub(sdt, "w:sdtContent")
        content.append(self.run(value, self.rpr(**fmt)))
        return sdt

    def _sdt_text(self, value, alias, fmt):
        self._sdt += 1
        sdt = el("w:sdt")
        pr = sub(sdt, "w:sdtPr")
        sub(pr, "w:alias", {"w:val": alias})
        sub(pr, "w:tag", {"w:val": alias.lower().replace(" ", "-")})
        sub(pr, "w:id", {"w:val": self._sdt})
        sub(pr, "w:text")
        content = sub(sdt, "w:sdtContent")
        for r in self.runs(value, **fmt):
            content.append(r)
        return sdt

    # ---------------------------------------------------------- paragraphs
    def ppr(self, style=None, keep=False, spacing=None, ind=None, jc=None, outline=None):
        p = el("w:pPr")
        if style:
            sub(p, "w:pStyle", {"w:val": style})
        if keep:
            sub(p, "w:keepNext")
        if spacing:
            sub(p, "w:spacing", {"w:" + k: v for k, v in spacing.items()})
        if ind:
            sub(p, "w:ind", {"w:" + k: v for k, v in ind.items()})
        if jc:
            sub(p, "w:jc", {"w:val": jc})
        if outline is not None:
            sub(p, "w:outlineLvl", {"w:val": outline})
        return p if len(p) else None

    def para_el(self, content="", style="__body__", keep=False, spacing=None, ind=None,
                jc=None, outline=None, **fmt):
        if style == "__body__":
            style = self.body_style
        p = el("w:p")
        pp = self.ppr(style, keep, spacing, ind, jc, outline)
        if pp is not None:
            p.append(pp)
        if content:
            for r in self.runs(content, **fmt):
                p.append(r)
        return p

    def p(self, content="", **kw):
        return self._add(self.para_el(content, **kw))

    def empty(self, n=1):
        for _ in range(n):
            self._add(self.para_el(""))

    def _bookmark(self, p, text):
        self._bm += 1
        h = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        bs = el("w:bookmarkStart", {"w:id": self._bm, "w:name": "_heading=h." + h})
        be = el("w:bookmarkEnd", {"w:id": self._bm})
        pp = p.find(qn("w:pPr"))
        if pp is not None:
            pp.addnext(bs)
        else:
            p.insert(0, bs)
        p.append(be)

    def h(self, text, level=1, mode=None, size=None):
        mode = mode or self.heading_mode
        kind, sid = mode
        if kind == "style":
            if level == 2 and sid in ("Heading1",):
                sid = "Heading2"
            p = self.p(text, style=sid)
            if self.producer == "gdocs":
                self._bookmark(p, text)
            return p
        size = size or (14 if level == 1 else 12)
        outline = level - 1 if kind == "direct-outline" else None
        sp = {"before": "240", "after": "120"}
        return self.p(text, style=None, keep=True, spacing=sp, outline=outline,
                      bold=True, size=size)

    def title(self, text, style="Title", **fmt):
        if style is None:
            return self.p(text, style=None, jc="center", **fmt)
        p = self.p(text, style=style)
        if self.producer == "gdocs":
            self._bookmark(p, text)
        return p

    def bullets(self, items, char="\u2022", indent=720, hanging=360):
        for it in items:
            if isinstance(it, str):
                it = [it]
            self.p([char + "\t"] + list(it), ind={"left": indent, "hanging": hanging})

    def numbered(self, items, fmt="{n}.", start=1, indent=720, hanging=360, style="__body__"):
        for i, it in enumerate(items):
            if isinstance(it, str):
                it = [it]
            label = fmt.format(n=start + i, a="abcdefghij"[start - 1 + i])
            self.p([label + "\t"] + list(it), ind={"left": indent, "hanging": hanging}, style=style)

    # ---------------------------------------------------------------- tables
    def table(self, rows, widths, header=True, shade="D9D9D9", border_color="000000",
              bold_first_col=False):
        tbl = el("w:tbl")
        pr = sub(tbl, "w:tblPr")
        sub(pr, "w:tblW", {"w:w": sum(widths), "w:type": "dxa"})
        b = sub(pr, "w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            sub(b, "w:" + side, {"w:val": "single", "w:sz": 4, "w:space": 0,
                                 "w:color": border_color})
        sub(pr, "w:tblLayout", {"w:type": "fixed"})
        grid = sub(tbl, "w:tblGrid")
        for w in widths:
            sub(grid, "w:gridCol", {"w:w": w})
        for ri, row in enumerate(rows):
            tr = sub(tbl, "w:tr")
            is_head = header and ri == 0
            if is_head:
                trpr = sub(tr, "w:trPr")
                sub(trpr, "w:tblHeader")
            for ci, cell in enumerate(row):
                tc = sub(tr, "w:tc")
                tcpr = sub(tc, "w:tcPr")
                sub(tcpr, "w:tcW", {"w:w": widths[ci], "w:type": "dxa"})
                if is_head and shade:
                    sub(tcpr, "w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": shade})
                paras = cell[1] if (isinstance(cell, tuple) and cell and cell[0] == "paras") else [cell]
                for content in paras:
                    style = self.cell_head_style if is_head else self.cell_style
                    bold = is_head or (bold_first_col and ci == 0)
                    if self.producer == "gdocs":
                        tc.append(self.para_el(content, style=None, spacing={"before": "0", "after": "0", "line": "240", "lineRule": "auto"}, bold=bold))
                    else:
                        tc.append(self.para_el(content, style=style, bold=(bold and not is_head)))
        self._add(tbl)
        # Word needs a paragraph between two tables; exports always write one after
        return tbl

    # ------------------------------------------------------- header/footer
    def header(self, text, jc="center", bold=True):
        sec = self.d.sections[0]
        hp = sec.header.paragraphs[0]
        self._fill_hf(hp._p, text, jc, bold, "Header")

    def footer(self, text, jc="center", bold=False):
        sec = self.d.sections[0]
        fp = sec.footer.paragraphs[0]
        self._fill_hf(fp._p, text, jc, bold, "Footer")

    def _fill_hf(self, p, text, jc, bold, style):
        for c in list(p):
            p.remove(c)
        pp = self.ppr(style if self.producer == "lo" else None, jc=jc)
        if pp is not None:
            p.append(pp)
        for r in self.runs(text, bold=bold, size=9 if not bold else 10):
            p.append(r)

    # ------------------------------------------------------------------ save
    def save(self, path, title, author, created, modified, revision=3, app=None):
        cp = self.d.core_properties
        cp.title = title
        cp.subject = ""
        cp.author = author
        cp.last_modified_by = author
        cp.comments = ""
        cp.keywords = ""
        cp.category = ""
        cp.revision = revision
        cp.created = created
        cp.modified = modified
        for part in self.d.part.package.iter_parts():
            if str(part.partname) == "/docProps/app.xml":
                part._blob = app_xml(app or ("LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"
                                             if self.producer == "lo" else "Google Docs")).encode("utf-8")
        buf = io.BytesIO()
        self.d.save(buf)
        deterministic_zip(buf.getvalue(), path, modified)


def _copy(e):
    return etree.fromstring(etree.tostring(e))


def app_xml(application):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Template></Template><TotalTime>0</TotalTime><Application>%s</Application>'
            '<DocSecurity>0</DocSecurity></Properties>' % application)


def deterministic_zip(data, path, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    dt = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    names = src.namelist()
    order = ["[Content_Types].xml"] + [n for n in names if n != "[Content_Types].xml"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(n))

OUT = os.path.dirname(os.path.abspath(__file__))
S = NBSP  # non-breaking space, as in "s 20", "IPP 11(1)(f)"


def dt(y, m, d, hh=9, mm=0):
    return datetime.datetime(y, m, d, hh, mm, 0)


# ===========================================================================
# A. Whangārei Family Violence Safety Table (Google Docs, "heading 1" styles)
# ===========================================================================

A_AGENCIES = [
    "New Zealand Police",
    "Oranga Tamariki",
    "Health New Zealand – Te Whatu Ora",
    "Ara Poutama Aotearoa – Department of Corrections",
    "Ministry of Social Development",
    "Kāinga Ora – Homes and Communities",
    "Tai Tokerau Women's Refuge",
    "Ngāti Hine Health Trust",
]

A_SIGS = [
    ("New Zealand Police", "Inspector Rāwiri Te Haara", "Area Commander, Whangārei-Kaipara", "10 March 2026"),
    ("Oranga Tamariki", "Leanne Pōmare", "Site Manager, Whangārei", "11 March 2026"),
    ("Health New Zealand – Te Whatu Ora", "Dr Karen Whitfield", "Group Manager, Mental Health and Addictions, Te Tai Tokerau", "12 March 2026"),
    ("Ara Poutama Aotearoa – Department of Corrections", "Simon Aperahama", "District Manager, Community Corrections Northland", "10 March 2026"),
    ("Ministry of Social Development", "Tania Hetaraka", "Regional Commissioner, Northland", "13 March 2026"),
    ("Kāinga Ora – Homes and Communities", "Phil Murray", "Regional Manager, Northland", "16 March 2026"),
    ("Tai Tokerau Women's Refuge", "Moana Kake", "Service Manager", "11 March 2026"),
    ("Ngāti Hine Health Trust", "Hemi Tautari", "Chief Executive", "17 March 2026"),
]


def base_A(defect=None):
    w = Writer("gdocs", heading=("style", "Heading1"))
    w.header("IN-CONFIDENCE")
    w.footer("Whangārei Family Violence Safety Table – information sharing protocol v1.0")
    w.title("Whangārei Family Violence Safety Table")
    w.title("Information sharing protocol", style="Subtitle")
    w.p(["Version 1.0", "\n", "Agreed by member agencies, March 2026"])
    w.empty()

    w.h("Who is at the table")
    w.p("These agencies attend the Safety Table and have signed this protocol:")
    w.bullets([a + (" (lead agency)" if a == "New Zealand Police" else "") for a in A_AGENCIES])
    w.p("New Zealand Police convenes the Safety Table, keeps the meeting record and looks after this protocol on behalf of the members.")
    w.empty()

    w.h("Purpose of this group")
    w.p("The Safety Table meets every weekday morning to look at family violence episodes reported to Police in the Whangārei district over the previous 24 hours, and at referrals made by member agencies. Together we work out how serious the risk is and what each agency will do, so that adult victims and tamariki are safe and people using violence are held to account and supported to change.")
    w.empty()

    w.h("Why information is shared")
    w.p("Information is shared at the Safety Table for three purposes:")
    w.numbered([
        "To assess the level of risk of family violence to adult victims and their tamariki.",
        "To agree a safety plan for each whānau, including which agency will carry out each action.",
        "To refer people who use violence to services that can help them stop.",
    ])
    w.empty()

    w.h("What information is shared")
    w.p("Only information that is relevant to the episode being discussed and to the purposes above is shared. This is usually:")
    w.bullets([
        "names, dates of birth, addresses and contact details of the people involved, including tamariki in the household;",
        "the Police episode summary and family violence history;",
        "current protection orders, bail conditions, and Corrections sentence or release conditions;",
        "whether an agency is already working with the whānau and what support it is giving;",
        "health, disability or mental health needs that affect safety (Health New Zealand shares these only where it believes disclosure is needed to protect a victim);",
        "housing, tenancy and emergency housing details held by Kāinga Ora and MSD.",
    ])
    w.p("Agencies do not bring full case files. Information about tamariki that has nothing to do with family violence risk is not shared.")
    w.empty()

    w.h("Legal basis")
    w.p("This protocol does not itself authorise any sharing. Each purpose relies on the law set out against it below, and a representative must be satisfied that the criteria in that law are met before they share.")
    w.table([
        ["Purpose", "Legal authority", "What the representative checks"],
        ["1. Assess risk", f"Family Violence Act{S}2018, ss{S}20 and 21; Oranga Tamariki Act{S}1989, s{S}66C for information about tamariki",
         "The information is for making or contributing to a family violence risk assessment, or to help protect a victim."],
        ["2. Agree a safety plan", f"Family Violence Act{S}2018, s{S}20; Oranga Tamariki Act{S}1989, s{S}66C",
         "The information is needed to plan protective actions for the victim and tamariki."],
        ["3. Refer people who use violence", f"Family Violence Act{S}2018, s{S}20",
         "The referral helps to ensure a victim is protected from family violence."],
    ], widths=[2300, 3500, 3226])
    w.p("")
    w.p("If a representative is unsure whether an authority applies, they check with their agency's privacy or legal team before sharing. The item can be brought back to the next day's meeting.")
    w.empty()

    w.h("Using information")
    w.p("Information shared at the Safety Table is used only for the purpose it was shared for. Each agency records on its own system only what it needs to carry out the actions it agreed to at the meeting, and notes with it:")
    w.bullets([
        "where the information came from;",
        "the legal authority it was shared under;",
        "the purpose it was shared for;",
        "any limits on how it may be used; and",
        "the date it was shared.",
    ])
    w.p("Using Safety Table information for something unrelated (for example an employment matter or an unrelated investigation) needs its own purpose and legal authority, and advice from the agency's privacy team first.")
    w.empty()

    w.h("Transparency")
    w.p("Victims are told by the attending Police officer, or by the specialist family violence service that contacts them, that their situation will be discussed at the Safety Table and which agencies attend. Our pamphlet “Keeping you and your whānau safe” explains this in English and te reo Māori.")
    w.p("A person using violence may not be told before the meeting where telling them could increase the risk to a victim. Each member agency's privacy statement says that it takes part in multi-agency family violence meetings, and anyone can ask a member agency for the information it holds about them.")
    w.empty()

    w.h("How we exchange information")
    w.bullets([
        "Police send the day's list of episodes to named representatives by 8.00am as a password-protected attachment. The password is given by phone.",
        "Most information is shared verbally at the meeting, held in person at Whangārei Police Station or online in Microsoft Teams.",
        "Agreed actions are recorded by Police in the Family Safety System. Representatives use their own login and never share it.",
    ])
    w.empty()

    w.h("Classification")
    w.p("Information shared at the Safety Table is classified IN-CONFIDENCE. Emails carry the classification in the subject line.")
    w.empty()

    w.h("Security")
    w.p("All member agencies apply these controls:")
    pw = "Email attachments containing personal information are password protected, and the password is sent separately."
    w.bullets([
        "Every representative has completed their agency's privacy and information security training, and the Family Safety System training, before attending.",
        "Paper copies are avoided. Anything printed is collected by the chair at the end of the meeting and shredded before people leave.",
        pw,
        "Information is shared only from devices issued or approved by the representative's own agency.",
        "When joining online, nobody types personal information into the Teams chat, records the meeting or takes screenshots.",
        "Printed material is never handed to representatives of other agencies.",
    ])
    w.empty()

    w.h("Māori data and tikanga")
    w.p("Many of the whānau discussed at the Safety Table are Māori. Information about them is taonga and is handled in a way that upholds the mana of the people it is about. Ngāti Hine Health Trust advises the Safety Table on tikanga, and each meeting opens with karakia. Where a whānau is connected to a kaupapa Māori service, that service is invited to lead engagement with the whānau. The Safety Table seeks advice from Ngāti Hine Health Trust before Māori data from the meeting is used in any report beyond the member agencies.")
    w.empty()

    w.h("Retention")
    w.p("An agency keeps information from the Safety Table only when it needs it to carry out an action agreed at the meeting. It is stored in that agency's approved system and disposed of under that agency's retention and disposal authority. The daily list is deleted from inboxes once the meeting's actions have been recorded. Police keep the meeting record in the Family Safety System.")
    w.empty()

    w.h("Breaches")
    w.p("If information shared at the Safety Table is lost, sent to the wrong person or seen by someone who should not see it, the representative tells their own privacy officer and the Safety Table breach contact straight away.")
    w.p([("b", "Breach contact:"), " Senior Sergeant Mere Tipene, Family Violence Coordinator, New Zealand Police",
         "\n", "Email:\twhangarei.fvst@police.govt.nz", "\n", "Phone:\t09 430 4517"])
    w.p("The breach contact and the agency whose information was involved decide together how to contain the breach, who will tell the people affected, and whether it must be notified to the Privacy Commissioner. The agency responsible for the breach makes any notification.")
    w.empty()

    w.h("Conflicts of interest")
    w.p("A representative who knows a person being discussed (for example a relative, neighbour, or someone they know outside work) tells the chair as soon as they realise. They leave the meeting while that person is discussed and pass any request for information to a colleague in their agency. The chair notes the conflict in the meeting record.")
    w.empty()

    w.h("Oversight")
    w.p("Each agency names a relationship manager. They do not have to attend the Safety Table but understand its purpose, who attends and what is shared. Relationship managers meet every six months to check how the sharing is working and to sort out any issues raised by their representative. The Whangārei Family Violence Prevention Governance Group receives a short report on the Safety Table each year.")
    w.empty()

    w.h("Review")
    w.p("This protocol is reviewed every 12 months from the date of the last signature. New Zealand Police, as lead agency, starts the review. Any member agency can ask for an earlier review if a problem with the sharing comes up.")
    w.empty()

    w.h("Sign-off")
    w.p("Signed on behalf of each member agency by:")
    sigs = [s for s in A_SIGS if not (defect == "isp703" and s[0].startswith("Kāinga Ora"))]
    rows = [["Agency", "Name", "Role", "Signature", "Date"]]
    rows += [[a, n, r, "(signed)", d] for a, n, r, d in sigs]
    w.table(rows, widths=[2300, 1800, 2426, 1200, 1300])
    w.p("")
    return w


# ===========================================================================
# B. Ōtautahi Youth Offending Panel (LibreOffice, "Heading" style, CAPITALS)
# ===========================================================================

B_AGENCIES = [
    "Oranga Tamariki",
    "New Zealand Police",
    "Ministry of Education",
    "Health New Zealand – Te Whatu Ora",
    "Te Rūnanga o Ngā Maata Waka",
    "Ōtautahi Youth Mentoring Trust",
]

B_SIGS = [
    ("Oranga Tamariki", "Ruth Parata", "Regional Manager, Youth Justice Services, Canterbury", "2 June 2026"),
    ("New Zealand Police", "Inspector Daniel Whyte", "Prevention Manager, Canterbury District", "2 June 2026"),
    ("Ministry of Education", "Jo Kereama", "Director of Education, Canterbury and Chatham Islands", "2 June 2026"),
    ("Health New Zealand – Te Whatu Ora", "Sarah Lindqvist", "Service Manager, Youth Specialty Services, Waitaha", "2 June 2026"),
    ("Te Rūnanga o Ngā Maata Waka", "Hoana Tikao", "Pou Whakahaere", "2 June 2026"),
    ("Ōtautahi Youth Mentoring Trust", "Marcus Tuilagi", "General Manager", "2 June 2026"),
]


def base_B(defect=None):
    w = Writer("lo", heading=("style", "Heading"), lo_variant="Heading")
    w.header(["IN-CONFIDENCE"], jc="right")
    w.footer("Ōtautahi Youth Offending Panel – Information Sharing Protocol – version 2.0")
    w.title("Ōtautahi Youth Offending Panel")
    w.title("Information Sharing Protocol", style="Subtitle")
    w.empty()
    w.table([
        ["Protocol owner", "Oranga Tamariki – Youth Justice Services, Ōtautahi"],
        ["Version", "2.0"],
        ["Date agreed", "2 June 2026"],
        ["Next review due", "2 June 2028"],
    ], widths=[2800, 6838], header=False, bold_first_col=True)
    w.empty()

    w.h("1. ATTENDING AGENCIES")
    w.p("The panel is made up of representatives of the agencies below. Oranga Tamariki is the lead agency: it convenes the panel, provides the coordinator and is responsible for this protocol.")
    w.bullets([a + (" (lead agency)" if a == "Oranga Tamariki" else "") for a in B_AGENCIES], char="–")
    w.empty()

    w.h("2. PURPOSE OF THE PANEL")
    w.p("The panel meets fortnightly to consider rangatahi aged 10 to 17 who have come to the attention of Police for offending, or whom a member agency has referred because it is concerned they are at risk of offending. The panel agrees what support each rangatahi and their whānau need so that the offending stops and the rangatahi stays connected to school, whānau and community. The panel does not make decisions about prosecution; those remain with Police and the Youth Court.")
    w.empty()

    w.h("3. WHY WE SHARE INFORMATION")
    w.p("Members share information at the panel for the following purposes only:")
    w.numbered([
        "to understand the circumstances, needs and strengths of each rangatahi referred to the panel and of their whānau;",
        "to agree an intervention plan, and which agency will deliver each part of it;",
        "to prevent further offending and keep victims and the community safe.",
    ], fmt="({a})")
    w.empty()

    w.h("4. INFORMATION THAT MAY BE SHARED")
    w.p("Each agency shares only what is relevant to the rangatahi being discussed:")
    w.table([
        ["Agency", "Information it may share"],
        ["New Zealand Police", "Offending and apprehension history, current charges, bail conditions, and family harm episodes that affect the rangatahi."],
        ["Oranga Tamariki", "Whether the rangatahi or whānau is known to Oranga Tamariki, current care and protection or youth justice involvement, and current plans."],
        ["Ministry of Education", "School or kura enrolment, attendance, stand-downs, suspensions, and learning support in place."],
        ["Health New Zealand – Te Whatu Ora", "Whether the rangatahi is engaged with youth mental health or alcohol and drug services, and health needs relevant to the plan."],
        ["Te Rūnanga o Ngā Maata Waka", "Whānau Ora involvement and the supports the whānau is receiving."],
        ["Ōtautahi Youth Mentoring Trust", "Whether the rangatahi has a mentor and how the mentoring is going."],
    ], widths=[3000, 6638])
    w.empty()

    w.h("5. LEGAL AUTHORITY")
    w.p("The laws relied on for each purpose are listed below. This protocol records them; it does not create any power to share, and each member must meet the criteria of the law they rely on.")
    w.bullets([
        [("b", "Purpose (a):"), f" Oranga Tamariki Act{S}1989, s{S}66C. All members are child welfare and wellbeing agencies or independent persons for the purposes of that section."],
        [("b", "Purpose (b):"), f" Oranga Tamariki Act{S}1989, s{S}66C; and Privacy Act{S}2020, IPP{S}11(1)(d) where the rangatahi and whānau have agreed to the plan."],
        [("b", "Purpose (c):"), f" Privacy Act{S}2020, IPP{S}11(1)(e)(i) (to avoid prejudice to the maintenance of the law); and Oranga Tamariki Act{S}1989, s{S}66 for information Oranga Tamariki or Police request from another member."],
    ], char="–")
    w.empty()

    w.h("6. USE OF INFORMATION")
    w.p("Information shared at the panel is used only for the purpose it was shared for. A member records in its own system only what it needs to deliver its part of the intervention plan, and notes the source, the legal authority, the purpose, any limits on use, and the date it was shared.")
    w.p("Any other use of panel information is a new use. The member must identify a purpose and legal authority for it and check with its privacy or legal team first.")
    w.empty()

    w.h("7. TRANSPARENCY")
    w.p("Before a referral is discussed, the referring agency tells the rangatahi and their parent or caregiver that the panel will talk about them, which agencies attend and why, unless doing so would put someone at risk or prejudice an investigation. The panel coordinator records when this has not happened and why.")
    w.p("The panel's pamphlet for rangatahi and whānau, in English and te reo Māori, explains what the panel does and how to ask for information held about them. Each member's privacy statement refers to its part in the panel.")
    w.empty()

    w.h("8. METHOD OF SHARING")
    if defect == "isp451":
        w.p("The coordinator sends the referral list and summaries to members by SEEMail (or by the agency's secure email gateway for NGO members) two working days before the panel. Most information is shared verbally at the meeting. Agreed actions are recorded by the coordinator in CYRAS and sent to each member by SEEMail after the meeting.")
    else:
        w.p("The coordinator emails the referral list and summaries to members two working days before the panel, as a password-protected document. Most information is shared verbally at the meeting. Agreed actions are recorded by the coordinator in CYRAS and sent to each member after the meeting in the same way.")
    w.p("Meetings are held at the Oranga Tamariki Youth Justice office in Sydenham. Members who cannot attend in person join through Microsoft Teams.")
    w.empty()

    w.h("9. SECURITY CLASSIFICATION")
    w.p(["Classification:\t", ("b", "IN-CONFIDENCE")])
    w.p("Members handle panel information under the Protective Security Requirements for that level. NGO members have confirmed they can receive and handle IN-CONFIDENCE information.")
    w.empty()

    w.h("10. SECURITY CONTROLS")
    controls = [
        "Every member's representative has completed their agency's privacy and information security training before attending.",
        "Printed summaries are collected by the coordinator at the end of each meeting and put in the secure destruction bin.",
    ]
    if defect != "isp451":
        controls.append("Attachments with personal information are password protected; the password goes by text message or phone, never in the same email.")
    controls += [
        "Information is only shared from agency-approved laptops and phones.",
        "In Teams meetings, members do not use the chat for personal information, do not record the meeting and do not take screenshots.",
        "Members do not give printed material to other members.",
    ]
    w.bullets(controls, char="–")
    w.empty()

    w.h("11. TIKANGA")
    w.p("Many rangatahi discussed at the panel are Māori. Te Rūnanga o Ngā Maata Waka advises the panel on tikanga and on how information about rangatahi Māori and their whānau is shared and used. Panel meetings begin and close with karakia. Whānau are offered the chance to have a kaumātua or kaupapa Māori service with them when the plan is discussed with them. Information about whakapapa is not shared unless the whānau agrees.")
    w.empty()

    w.h("12. RETENTION AND DISPOSAL")
    w.p("Members keep panel information only when they need it to carry out their part of an intervention plan, and store it in their approved record system. Referral emails are deleted once the information has been filed. Oranga Tamariki keeps the panel's agendas, action lists and minutes in CYRAS under its retention and disposal schedule; other members follow their own disposal authorities.")
    w.empty()

    w.h("13. BREACH MANAGEMENT")
    w.p("A member who becomes aware of a privacy or security breach involving panel information tells the panel breach contact as soon as possible, and also follows its own agency's breach process:")
    w.p(["Mereana Hōhaia, Panel Coordinator, Oranga Tamariki", "\n", "Phone 03 341 9260 or 027 418 2291", "\n", "Email otautahi.youthpanel@ot.govt.nz"], ind={"left": 720})
    w.p("The coordinator and the members whose information is involved agree how to contain the breach and who will tell the rangatahi and whānau affected. The member responsible assesses whether the breach is notifiable and, if it is, notifies the Privacy Commissioner.")
    w.empty()

    w.h("14. CONFLICTS OF INTEREST")
    w.p("Members declare at the start of each meeting any rangatahi on the list whom they know personally or through whānau. A member with a conflict leaves the room, or the Teams call, while that rangatahi is discussed, and a colleague from their agency answers any request for information. The coordinator records declared conflicts.")
    w.empty()

    w.h("15. RELATIONSHIP MANAGEMENT")
    w.p("Each member names a relationship manager, usually the representative's manager. Relationship managers meet twice a year with the coordinator to check the sharing is still working as intended, to pick up issues such as scope creep, and to support their representative with any information sharing question.")
    w.empty()

    w.h("16. REVIEW")
    w.p("The protocol is reviewed every 24 months. Oranga Tamariki, as lead agency, initiates the review, and any member can ask for an earlier review if an issue arises.")
    w.empty()

    w.h("17. SIGNATURES")
    for a, n, r, d in B_SIGS:
        w.p([("b", "Signed for and on behalf of " + a), "\n", "Name:\t" + n, "\n", "Position:\t" + r,
             "\n", "Signature:\t____________________", "\n", "Date:\t" + d])
        w.empty()
    return w


# ===========================================================================
# C. Rotorua School Attendance Hub (Google Docs, direct-formatted headings)
# ===========================================================================

C_AGENCIES = [
    ("Ministry of Education", "Convenes the hub, provides the hub coordinator and holds attendance and enrolment data."),
    ("Oranga Tamariki", "Care and protection and youth justice involvement with the student or whānau."),
    ("Health New Zealand – Te Whatu Ora", "Public health nursing, school-based health services and child and youth mental health."),
    ("Te Arawa Whānau Ora", "Whānau Ora navigators working alongside whānau."),
    ("Rotorua Lakes Attendance Service", "The contracted attendance service for Rotorua schools and kura."),
]

C_SIGS = [
    ("Ministry of Education", "Hinerangi Te Kiri", "Manager Learning Support, Bay of Plenty – Waiariki", "16 February 2026"),
    ("Oranga Tamariki", "Craig Simmonds", "Site Manager, Rotorua", "17 February 2026"),
    ("Health New Zealand – Te Whatu Ora", "Dr Anahera Walker", "Clinical Director, Child and Youth Health, Lakes", "18 February 2026"),
    ("Te Arawa Whānau Ora", "Tipene Morrison", "Kaiwhakahaere Matua", "19 February 2026"),
    ("Rotorua Lakes Attendance Service", "Fiona Ngāpō", "Service Lead", "20 February 2026"),
]


def base_C(defect=None):
    w = Writer("gdocs", heading=("direct", None))
    if defect != "isp402":
        w.footer("IN-CONFIDENCE", bold=True)
    w.p(["Rotorua School Attendance Hub", "\n", "Information Sharing Protocol"], style=None, jc="center", bold=True, size=20)
    w.p("Agreed February 2026", style=None, jc="center", italic=True)
    w.empty(2)

    heads = ["Who attends", "Why the hub meets", "Purposes for sharing information", "What we share",
             "Legal basis for sharing", "How information may be used", "Telling students and whānau",
             "How information is exchanged", "Security classification", "Keeping information secure",
             "Tikanga Māori", "Keeping and destroying information", "Privacy breaches",
             "Conflicts of interest", "Relationship managers", "Review", "Agreement"]
    if defect == "isp101":
        heads.remove("Conflicts of interest")
    num = {hname: "%d. %s" % (i + 1, hname) for i, hname in enumerate(heads)}

    w.h(num["Who attends"])
    w.p("The hub is made up of the following agencies. The Ministry of Education is the lead agency.")
    rows = [["Agency", "What it brings to the hub"]]
    rows += [[a + (" (lead agency)" if a == "Ministry of Education" else ""), r] for a, r in C_AGENCIES]
    w.table(rows, widths=[3200, 5826], shade="EFEFEF")
    w.empty()

    w.h(num["Why the hub meets"])
    w.p("Too many Rotorua tamariki and rangatahi are missing school for long periods. The hub meets every two weeks during term to look at students referred by schools, kura or the attendance service because they have not been attending regularly, and to agree how the agencies around the table will help each student get back to learning.")
    w.empty()

    w.h(num["Purposes for sharing information"])
    w.p("Hub members share information about a referred student and their whānau:")
    w.p(["1.\t", "to find out why the student is not attending and what is getting in the way; and"], ind={"left": 720, "hanging": 360})
    w.p(["2.\t", "to agree, and then coordinate, a plan with the student and whānau to get the student back to school or kura."], ind={"left": 720, "hanging": 360})
    w.empty()

    w.h(num["What we share"])
    w.bullets([
        "Name, date of birth, address, school or kura, and parent or caregiver contact details.",
        "Attendance history, stand-downs, suspensions and learning support (Ministry of Education, attendance service).",
        "Whether the student or whānau is known to Oranga Tamariki and any current plan.",
        "Health or wellbeing needs affecting attendance, where relevant (Health New Zealand).",
        "Whānau Ora support already in place (Te Arawa Whānau Ora).",
    ])
    w.p("Members share only what is needed for the student being discussed. General information about the whānau that does not bear on attendance is not shared.")
    w.empty()

    w.h(num["Legal basis for sharing"])
    w.p(f"Purposes 1 and 2 both rely on section{S}66C of the Oranga Tamariki Act 1989, which lets child welfare and wellbeing agencies and independent persons share information to prevent or reduce the risk of harm to a child or young person, or to support their wellbeing. All five hub members fall within that section.")
    w.p(f"For purpose 2, once the whānau has agreed to the plan, members may also share with the whānau's authorisation under the Privacy Act 2020, IPP{S}11(1)(d).")
    w.p("This protocol does not replace those laws or add to them. If a member is unsure whether section 66C applies, they check with their privacy or legal team before sharing.")
    w.empty()

    w.h(num["How information may be used"])
    w.p("Hub information is used only to understand why a student is not attending and to carry out the agreed plan. A member puts hub information on its own records only where it needs it to carry out its part of the plan, and records where it came from, the law it was shared under, why it was shared, any limits on its use and the date. Any other use needs its own purpose and legal authority.")
    w.empty()

    w.h(num["Telling students and whānau"])
    w.p("The school or the attendance service tells the student and whānau that the student is being referred to the hub, which agencies will talk about them and why, and gives them the hub's information sheet. Whānau are invited to take part in agreeing the plan. If telling the whānau would put the student at risk, the referrer discusses this with the hub coordinator and the reason is recorded.")
    w.empty()

    w.h(num["How information is exchanged"])
    w.p("Schools send referrals to the hub coordinator through the Ministry's secure referral form. The coordinator sends the agenda to members as a password-protected attachment two days before the hub. Information is mostly shared verbally at the hub meeting, which is held at the Ministry's Rotorua office or online in Google Meet.")
    w.empty()

    w.h(num["Security classification"])
    if defect == "isp402":
        w.p("Information shared at the hub is UNCLASSIFIED. The hub does not deal with national security material, so no higher marking is needed.")
    else:
        w.p("All information shared through the hub is IN-CONFIDENCE.")
    w.empty()

    w.h(num["Keeping information secure"])
    w.p("Every hub member agrees that:")
    w.bullets([
        "their representative has completed privacy and information security training with their own agency;",
        "any hard copies brought to the hub are securely destroyed at the end of the meeting;",
        "attachments containing personal information are password protected;",
        "information is only shared from devices their agency has approved;",
        "in online meetings nobody puts personal information in the chat, records the meeting or takes screenshots; and",
        "hard copies are not handed to other members.",
    ])
    w.empty()

    w.h(num["Tikanga Māori"])
    w.p("Most students referred to the hub are Māori and many attend kura kaupapa Māori. Te Arawa Whānau Ora advises the hub on tikanga, including how whānau are approached and how information about them is spoken about. The hub recognises that information about tamariki Māori and their whānau is taonga. Hui with whānau are held kanohi ki te kanohi where the whānau prefers, with a Te Arawa Whānau Ora kaimahi present if the whānau wants.")
    w.empty()

    w.h(num["Keeping and destroying information"])
    w.p("Members keep hub information only while they need it to carry out the agreed plan, in their own approved systems, and dispose of it under their agency's retention and disposal authority. Emails with the agenda are deleted after the meeting. The Ministry keeps hub agendas, action lists and minutes in its records system.")
    w.empty()

    w.h(num["Privacy breaches"])
    w.p("If something goes wrong with hub information (for example an email to the wrong address, or a lost agenda), tell the hub breach contact straight away:")
    w.p(["Hub breach contact: Lisa Tūhoro, Hub Coordinator, Ministry of Education", "\n", "rotorua.attendancehub@education.govt.nz  |  07 349 7390"], ind={"left": 360})
    w.p("The breach contact works with the member whose information is involved to contain the breach and decide what to tell the student and whānau. The member responsible for the breach decides whether it is notifiable and notifies the Privacy Commissioner if it is.")
    w.empty()

    if defect != "isp101":
        w.h(num["Conflicts of interest"])
        w.p("Rotorua is a small place and members will sometimes know a student or whānau being discussed. A member who does tells the coordinator before that student is discussed, steps out while the student is discussed, and asks a colleague to respond to any request for information. The coordinator notes it in the minutes.")
        w.empty()

    w.h(num["Relationship managers"])
    w.p("Each member names a relationship manager who understands the hub's purpose and this protocol. Relationship managers meet each term to check the sharing is working as intended and help their representative with any information sharing issue.")
    w.empty()

    w.h(num["Review"])
    w.p("This protocol is reviewed annually, starting from the date the last member signs. The Ministry of Education, as lead agency, initiates the review. Any member can ask for a review sooner.")
    w.empty()

    w.h(num["Agreement"])
    w.p("Signed for each hub member:")
    blocks = []
    for a, n, r, d in C_SIGS:
        blocks.append(("paras", [[("b", a)], "Name: " + n, "Role: " + r, "Signature: ____________________", "Date: " + d]))
    blocks.append("")
    rows = [blocks[i:i + 2] for i in range(0, len(blocks), 2)]
    w.table(rows, widths=[4513, 4513], header=False, border_color="FFFFFF")
    w.p("")
    return w


# ===========================================================================
# D. Heretaunga Elder Abuse Response Network (Google Docs, parts + sections)
# ===========================================================================

D_AGENCIES = [
    "Health New Zealand – Te Whatu Ora",
    "New Zealand Police",
    "Ministry of Social Development",
    "Age Concern Hawke's Bay",
    "Te Taiwhenua o Heretaunga",
]


def D_sigs(date):
    return [
        ("Health New Zealand – Te Whatu Ora", "Dr Priya Raman", "Group Manager, Older Adults and Home Support, Te Matau a Māui", date),
        ("New Zealand Police", "Senior Sergeant Kelvin Hapuku", "Prevention Manager, Eastern District", date),
        ("Ministry of Social Development", "Angela Ruawai", "Regional Commissioner, East Coast", date),
        ("Age Concern Hawke's Bay", "Graeme Ellison", "Chief Executive", date),
        ("Te Taiwhenua o Heretaunga", "Waiariki Paewai", "Tumu Whakarae", date),
    ]


def base_D(defect=None):
    w = Writer("gdocs", heading=("style", "Heading1"))
    w.header("SENSITIVE")
    w.footer("SENSITIVE")
    date = "3 September 2024" if defect == "isp604" else "5 August 2026"
    w.title("Heretaunga Elder Abuse Response Network")
    w.title("Protocol for sharing information at network case meetings", style="Subtitle")
    w.empty()

    w.h("Part A – About the network", level=1)
    w.h("Member agencies", level=2)
    w.p("The following agencies attend network case meetings and have signed this protocol.")
    w.bullets([a + (" – lead agency" if a.startswith("Health New Zealand") else "") for a in D_AGENCIES])
    w.p("Health New Zealand – Te Whatu Ora is the lead agency. Its Older Adults team convenes the meetings and keeps the record.")
    w.h("Purpose of the network meetings", level=2)
    w.p("The network meets monthly, and sooner when a case is urgent, to respond to concerns that an older person in Heretaunga is being abused or neglected – physically, sexually, psychologically, financially, or through neglect – by someone they trust. Members agree what each agency will do so the older person is safe and has the support they want.")
    w.empty()

    w.h("Part B – Sharing information", level=1)
    w.h("Purposes of sharing", level=2)
    w.p("Members share information for these purposes:")
    w.numbered([
        "To assess whether an older person is being abused or neglected and how serious the risk to them is (see authorities A, B and C).",
        "To coordinate support and services for the older person, with their agreement (see authority D).",
        "To refer the older person, or the person harming them, to specialist elder abuse response or other services (see authority D).",
    ])
    w.h("Information we share", level=2)
    w.p("Information is limited to what is needed for the purpose. It may include the older person's name, address and contact details; the concern raised and by whom; relevant health, cognitive and care needs; any enduring power of attorney and who holds it; current benefits and financial arrangements where financial abuse is suspected; Police attendance and family harm history; and the supports already in place.")
    w.h("Legal authority", level=2)
    w.p("The authorities the purposes above rely on are:")
    w.table([
        ["Label", "Legal authority", "When it applies"],
        ["A", f"Privacy Act 2020, IPP{S}11(1)(f)(ii)", "Disclosure is necessary to prevent or lessen a serious threat to the life or health of the older person or someone else."],
        ["B", f"Health Information Privacy Code 2020, rule{S}11(2)(d)", "Health information, where a serious threat exists and it is not desirable or practicable to get the person's authorisation."],
        ["C", f"Family Violence Act 2018, s{S}20", "The person suspected of harming the older person is a family member or in a close personal relationship with them."],
        ["D", f"Privacy Act 2020, IPP{S}11(1)(d); Health Information Privacy Code 2020, rule{S}11(1)(b)", "The older person (or their attorney under an activated enduring power of attorney) has authorised the sharing."],
    ], widths=[900, 3700, 4426])
    w.p("")
    w.p("The protocol records these authorities so that members know which one they are relying on. It is not an authority to share in its own right.")
    w.h("Use of information", level=2)
    w.p("Information from the network is used only for the purpose for which it was shared. Members record it on their own systems only where they need it to carry out an agreed action, noting where it came from, the authority, the purpose, any restrictions, and the date it was shared. Any other use needs a fresh assessment of purpose and authority and advice from the member's privacy team.")
    w.h("Transparency", level=2)
    w.p("Wherever it is safe and practicable, the agency that knows the older person best tells them that their situation will be discussed by the network, which agencies are involved and why, and asks what they want to happen. Older people who have capacity are asked for their agreement before support is arranged. If telling the older person would put them at greater risk (for example because the person harming them controls their phone or mail), the reason is recorded in the meeting notes.")
    w.empty()

    w.h("Part C – Keeping information safe", level=1)
    w.h("How information is shared", level=2)
    w.p("Referrals come to the network coordinator by secure email. The coordinator sends the case list to members as a password-protected attachment. Most information is shared verbally at the meeting, held at Hawke's Bay Fallen Soldiers' Memorial Hospital or online through Microsoft Teams.")
    w.h("Security classification", level=2)
    w.p("SENSITIVE")
    w.p("Information about elder abuse cases often includes health and financial information, so the network has agreed a level above the minimum.")
    w.h("Security controls", level=2)
    w.table([
        ["Control", "Agreed practice"],
        ["Training", "Representatives complete privacy and information security training in their own agency before attending."],
        ["Hard copies", "Avoided. Any paper brought to a meeting is shredded by the coordinator at the end of the meeting, and is never given to another member."],
        ["Email", "Attachments containing personal information are password protected, with the password sent separately."],
        ["Devices", "Members only share information from devices approved by their agency."],
        ["Online meetings", "No personal information in the chat; no recording; no screenshots."],
    ], widths=[2200, 6826])
    w.p("")
    w.h("Tikanga", level=2)
    w.p("Kaumātua and kuia are taonga to their whānau, hapū and iwi. Te Taiwhenua o Heretaunga advises the network on tikanga, including the role of whānau in decisions about a kaumātua and the way information about them is spoken about and recorded. Where the older person is Māori, the network asks whether they would like Te Taiwhenua o Heretaunga to lead contact with them and their whānau.")
    w.h("Retention and disposal", level=2)
    w.p("Members keep network information only while they need it for an agreed action, store it in their approved system, delete emailed case lists once actions are recorded, and dispose of information under their own retention and disposal authority. The coordinator keeps agendas, action lists and meeting notes in Health New Zealand's records system.")
    w.h("Privacy breaches", level=2)
    w.p("Report any breach involving network information immediately to the network's breach contact, as well as to your own privacy officer:")
    w.p([("b", "Jasmine Kahui"), ", Privacy Officer, Health New Zealand – Te Whatu Ora (Te Matau a Māui)", "\n",
         "privacy.hawkesbay@tewhatuora.govt.nz", "\t", "06 878 8109"])
    w.p("The breach contact and the members involved decide together how to contain the breach and who will tell the older person. The member responsible assesses whether it is notifiable to the Privacy Commissioner.")
    w.empty()

    w.h("Part D – Governance", level=1)
    w.h("Conflicts of interest", level=2)
    w.p("Members declare any personal connection to an older person, or to the person alleged to be harming them, as soon as they become aware of it. They leave the discussion of that case and a colleague responds to any request for information. The coordinator records the declaration.")
    w.h("Relationship management and oversight", level=2)
    w.p("Each member names a relationship manager. Relationship managers meet every six months to check the sharing is working as intended and to resolve issues. The lead agency reports once a year to the Hawke's Bay Elder Abuse Prevention Leadership Group.")
    w.h("Review", level=2)
    if defect == "isp604":
        w.p("This protocol is reviewed annually from the date of signing. Health New Zealand – Te Whatu Ora, as lead agency, initiates the review. Any member may ask for an earlier review.")
    else:
        w.p("This protocol is reviewed every 18 months from the date of signing. Health New Zealand – Te Whatu Ora, as lead agency, initiates the review. Any member may ask for an earlier review.")
    w.h("Approval", level=2)
    w.p("Each member agency approves this protocol:")
    w.empty()
    for a, n, r, d in D_sigs(date):
        if defect == "isp702" and a == "Age Concern Hawke's Bay":
            n = "_______________________"
        w.p([("b", "For " + a)])
        w.p("Name: " + n)
        w.p("Role: " + r)
        w.p("Signature: _______________________")
        w.p("Date: " + d)
        w.empty()
    return w


# ===========================================================================
# E. Manawatū Reintegration Hui (LibreOffice, style id P1 named "heading 1")
# ===========================================================================

E_AGENCIES = [
    "Ara Poutama Aotearoa – Department of Corrections",
    "Ministry of Social Development",
    "Kāinga Ora – Homes and Communities",
    "Health New Zealand – Te Whatu Ora",
    "New Zealand Police",
    "Te Tihi o Ruahine Whānau Ora Alliance",
]

E_SIGS = [
    ("Ara Poutama Aotearoa – Department of Corrections", "Warren Tūhiwai", "Regional Commissioner, Central Region", "28 April 2026"),
    ("Ministry of Social Development", "Nicola Brandt", "Regional Commissioner, Central", "24 April 2026"),
    ("Kāinga Ora – Homes and Communities", "Sione Fifita", "Regional Manager, Manawatū-Whanganui", "22 April 2026"),
    ("Health New Zealand – Te Whatu Ora", "Dr Michael Orsborn", "Operations Manager, Mental Health and Addictions, MidCentral", "27 April 2026"),
    ("New Zealand Police", "Inspector Ngaire Rātana", "Area Commander, Manawatū", "23 April 2026"),
    ("Te Tihi o Ruahine Whānau Ora Alliance", "Rangimarie Hunia", "Chief Executive", "21 April 2026"),
]


def base_E(defect=None):
    w = Writer("lo", heading=("style", "P1"), lo_variant="P1")
    w.header("IN-CONFIDENCE", jc="center")
    w.footer("Manawatū Reintegration Hui ISP\tApril 2026\tIN-CONFIDENCE", jc="left")
    w.title("Manawatū Reintegration Hui")
    w.title("Information sharing protocol", style="Subtitle")
    w.empty()

    w.h("Agencies taking part")
    w.p("The hui is attended by:")
    w.bullets([a + (" (lead agency)" if a.startswith("Ara Poutama") else "") for a in E_AGENCIES])
    w.p("Ara Poutama Aotearoa is the lead agency. Its Reintegration Team in Palmerston North organises the hui and is responsible for this protocol.")
    w.empty()

    w.h("Purpose of the hui")
    w.p("The hui meets monthly to plan for people who are due to be released from prison to the Manawatū within the next three months, and for people on release conditions whose plans have broken down. The aim is that each person has somewhere safe to live, an income, the health support they need and a connection to whānau and community from their first day out, while any risk to victims and the public is managed.")
    w.empty()

    w.h("Purposes for which information is shared")
    w.numbered([
        "To plan accommodation, income, health and whānau support for a person before and after their release.",
        "To manage risks to the safety of victims and the community.",
    ])
    w.empty()

    w.h("Information shared")
    w.p("The following may be shared, limited to what is relevant to the person being discussed:")
    w.bullets([
        "identity and contact details, release date, parole or release conditions and the proposed address;",
        "offending history relevant to risk, including any victim safety conditions (Corrections, Police);",
        "benefit status and entitlements (MSD);",
        "public housing application or tenancy details (Kāinga Ora, MSD);",
        f"mental health and addiction needs and current treatment, with the person's authorisation unless the Health Information Privacy Code 2020, rule{S}11(2)(d) applies (Health New Zealand);",
        "whānau connections and kaupapa Māori support (Te Tihi o Ruahine Whānau Ora Alliance).",
    ])
    w.empty()

    w.h("Authority for sharing")
    w.p("This protocol does not itself authorise the sharing of information. The legal authority for each purpose is:")
    w.table([
        ["Purpose", "Legal authority"],
        ["1. Plan accommodation, income, health and whānau support",
         f"Privacy Act 2020, IPP{S}11(1)(d) – the person has authorised the sharing as part of their release planning.\n"
         f"Health Information Privacy Code 2020, rule{S}11(1)(b) for health information."],
        ["2. Manage risks to victims and the community",
         f"Privacy Act 2020, IPP{S}11(1)(e)(i) and IPP{S}11(1)(f).\n"
         f"Health Information Privacy Code 2020, rule{S}11(2)(d) for health information."],
    ], widths=[3400, 6238])
    w.empty()

    w.h("Using the information")
    w.p("Members use information from the hui only for the purpose it was shared for. An agency keeps it in its own records only where it needs it to carry out an action agreed at the hui, and records the source, the legal authority, the purpose, any restrictions and the date shared. Using the information for anything else needs its own purpose and authority, checked with the agency's privacy team.")
    w.empty()

    w.h("Transparency and notification")
    w.p("The person's case manager explains the hui to them before release, including which agencies attend, what will be shared and why, and asks for their authorisation for sharing under purpose 1. The person can say which whānau members they want involved. Information for purpose 2 may be shared without telling the person where telling them would put a victim at risk; the case manager records the reason. Each agency's privacy statement mentions its part in reintegration planning.")
    w.empty()

    w.h("Method of sharing")
    w.p("The Reintegration Team sends members the list of people to be discussed, as a password-protected document, five working days before the hui. Information is shared verbally at the hui, which is held at the Palmerston North Community Corrections office with the option to join by Microsoft Teams. Actions are recorded by Corrections and sent to the members responsible for them.")
    w.empty()

    w.h("Security classification")
    if defect == "trap":
        w.p(["Information shared at the hui is classified: ",
             ("sdt_drop", "IN-CONFIDENCE", ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"], "Classification")])
    else:
        w.p("Information shared at the hui is classified IN-CONFIDENCE.")
    w.empty()

    w.h("Security")
    w.p("Members have agreed the following minimum controls:")
    w.bullets([
        "Representatives have completed their agency's privacy and information security training.",
        "Hard copies are kept to a minimum, are not passed to other members, and are shredded at the end of the hui.",
        "Email attachments containing personal information are password protected.",
        "Members use only devices approved by their agency to send, receive or view hui information.",
        "Members joining online do not use the Teams chat for personal information, do not record the hui and do not take screenshots.",
    ])
    w.empty()

    w.h("Tikanga and Māori data")
    w.p("Māori are over-represented among the people discussed at the hui. Te Tihi o Ruahine Whānau Ora Alliance advises the hui on tikanga and on the involvement of whānau, hapū and iwi in reintegration plans. Information about whakapapa and whānau connections is taonga; it is shared only with the person's agreement and is used to reconnect them, not to assess risk. Each hui opens with karakia.")
    w.empty()

    w.h("Retention")
    if defect == "isp801":
        w.p("Agencies may keep the hui notes for future reference. Other information is kept only while it is needed to carry out an agreed action, in the agency's approved system, and disposed of under that agency's retention and disposal authority.")
    else:
        w.p("Agencies keep hui information only while they need it to carry out an agreed action, in their approved system, and dispose of it under their own retention and disposal authority. Emailed lists are deleted once the actions are recorded. Corrections keeps the hui agendas, action lists and notes in its records system.")
    w.empty()

    w.h("Breach management")
    if defect == "trap":
        w.p(["The breach contact for the hui is ",
             ("sdt_text", "Kiri Manihera, Reintegration Team Leader, Ara Poutama Aotearoa – Department of Corrections, kiri.manihera@corrections.govt.nz, 06 350 8842", "Breach contact"),
             ". Tell the breach contact straight away about any breach involving hui information, and follow your own agency's breach process."])
    else:
        w.p("Tell the breach contact straight away about any breach involving hui information, and follow your own agency's breach process. The breach contact is:")
        w.p(["Kiri Manihera, Reintegration Team Leader", "\n", "Ara Poutama Aotearoa – Department of Corrections", "\n",
             "kiri.manihera@corrections.govt.nz", "\n", "06 350 8842"], ind={"left": 567})
    w.p("The breach contact and the agencies involved agree how to contain the breach and who tells the affected people. The agency responsible decides whether the breach is notifiable and notifies the Privacy Commissioner if it is.")
    w.empty()

    w.h("Conflicts of interest")
    w.p("Anyone at the hui who knows a person being discussed, or their victim, tells the chair before that person is discussed and leaves for that item. Another representative of their agency deals with any request for information. The chair records the conflict.")
    w.empty()

    w.h("Oversight")
    w.p("Each agency names a relationship manager. The relationship managers meet every six months to check that the hui is sharing only what it needs to, that information is handled as agreed, and to sort out any problems.")
    w.empty()

    w.h("Review")
    if defect == "isp602":
        w.p("This protocol is reviewed every three years from the date of the last signature. Ara Poutama Aotearoa, as lead agency, initiates the review, and any member can ask for an earlier review.")
    elif defect == "trap":
        w.p(["This protocol is reviewed every ",
             ("del", "three years", "Nikau Rēweti", "2026-04-14T10:12:00Z"),
             ("ins", "24 months", "Nikau Rēweti", "2026-04-14T10:12:00Z"),
             " from the date of the last signature. Ara Poutama Aotearoa, as lead agency, initiates the review, and any member can ask for an earlier review."])
    else:
        w.p("This protocol is reviewed every 12 months from the date of the last signature. Ara Poutama Aotearoa, as lead agency, initiates the review, and any member can ask for an earlier review.")
    w.empty()

    w.h("Sign-off")
    rows = [["Agency", "Name", "Position", "Signature", "Date"]]
    rows += [[a, n, r, "", d] for a, n, r, d in E_SIGS]
    w.table(rows, widths=[2500, 1900, 2438, 1500, 1300], shade="DDE8F0")
    w.empty()
    return w


# ===========================================================================
# F. Porirua Housing Support Hub (Google Docs, mixed styled/direct headings)
# ===========================================================================

F_AGENCIES = [
    "Ministry of Social Development",
    "Kāinga Ora – Homes and Communities",
    "Oranga Tamariki",
    "Health New Zealand – Te Whatu Ora",
    "Te Rūnanga o Toa Rangatira",
    "Emerge Aotearoa",
]

F_SIGS = [
    ("Ministry of Social Development", "Losa Faleolo", "Regional Commissioner, Wellington", "9 July 2026"),
    ("Kāinga Ora – Homes and Communities", "Ben Harcourt", "Area Manager, Porirua", "6 July 2026"),
    ("Oranga Tamariki", "Mele Taufa", "Site Manager, Porirua", "8 July 2026"),
    ("Health New Zealand – Te Whatu Ora", "Catherine Dunn", "Director, Community Health Services, Capital, Coast and Hutt Valley", "7 July 2026"),
    ("Te Rūnanga o Toa Rangatira", "Taku Parai", "Pou Whakahaere, Social Services", "3 July 2026"),
    ("Emerge Aotearoa", "Olivia Ngata", "Regional Manager, Housing", "6 July 2026"),
]


def base_F(defect=None):
    w = Writer("gdocs", heading=("style", "Heading1"))
    w.header("IN-CONFIDENCE")
    direct = ("direct", None)
    w.p("Porirua Housing Support Hub", style=None, bold=True, size=22)
    w.p("Information Sharing Protocol · July 2026", style=None, size=13)
    w.empty()

    w.h("Housing hub members")
    w.p("The hub is made up of the following agencies:")
    w.bullets([a + (" (lead agency)" if a.startswith("Ministry of Social") else "") for a in F_AGENCIES])
    w.p("MSD is the lead agency. It chairs the hub and keeps this protocol up to date.")
    w.empty()

    w.h("What the hub is for", mode=direct)
    w.p("The hub meets weekly to find safe, settled homes for whānau in Porirua who are in emergency housing, motels or overcrowded or unsafe homes, and to make sure each whānau has one lead worker and the support they need to keep their tenancy.")
    w.empty()

    w.h("Why information is shared")
    purposes = [
        "To understand the housing need of each whānau referred to the hub.",
        "To agree who will be the whānau's lead worker and to match the whānau to a suitable home.",
        "To identify and respond to risks to the safety or wellbeing of tamariki in the household.",
    ]
    if defect == "isp301":
        purposes.append("To check that whānau are receiving their full entitlement to income support and hardship assistance.")
    w.numbered(purposes)
    w.empty()

    w.h("What is shared", mode=direct)
    w.bullets([
        "Names, dates of birth and contact details of household members.",
        "Current housing situation, housing register status and tenancy history (MSD, Kāinga Ora).",
        "Support already in place, and the needs of the whānau that affect housing (all members).",
        "Care and protection concerns about tamariki in the household, where relevant (Oranga Tamariki).",
        "Health or disability needs that affect the type of home needed, with the whānau's authorisation (Health New Zealand).",
    ])
    w.empty()

    w.h("Legal basis")
    if defect == "isp305":
        w.p("This protocol gives hub members authority to share whānau information.")
        w.p("The laws members rely on for each purpose are set out below.")
    else:
        w.p("This protocol does not authorise sharing by itself. Each purpose relies on the law set out against it below.")
    w.table([
        ["Purpose", "Legal basis"],
        ["1 – housing need", f"Privacy Act 2020, IPP{S}11(1)(d): the whānau authorises the sharing when they agree to the referral.\nHealth Information Privacy Code 2020, rule{S}11(1)(b) for health information."],
        ["2 – lead worker and housing match", f"Privacy Act 2020, IPP{S}11(1)(d)."],
        ["3 – risks to tamariki", f"Oranga Tamariki Act 1989, s{S}66C."],
    ], widths=[2800, 6226], shade="CFE2F3")
    w.p("")
    w.empty()

    w.h("Using information", mode=direct)
    w.p("Information shared at the hub is used only for the purpose it was shared for. A member keeps it in its own records only where it needs it to carry out an action agreed at the hub, and records the source, the legal basis, the purpose, any restriction on use and the date. Any other use needs its own purpose and legal basis and advice from the member's privacy team.")
    w.empty()

    w.h("Transparency")
    w.p("Whānau are told at referral which agencies are on the hub, what will be shared and why, and are asked to agree to the referral. The referrer gives them the hub information sheet. Where information is shared about risks to tamariki without the whānau being told first, the reason is recorded by Oranga Tamariki.")
    w.empty()

    w.h("How we exchange information", mode=direct)
    w.p("Referrals are made on the hub referral form and emailed to the hub inbox. The chair sends the weekly list to members as a password-protected attachment. Discussion at the hub is verbal, in person at the MSD Porirua service centre or online through Microsoft Teams.")
    w.empty()

    w.h("Classification")
    w.p("IN-CONFIDENCE")
    w.empty()

    w.h("Security", mode=direct)
    w.bullets([
        "All representatives have done their agency's privacy and information security training.",
        "Hard copies are collected at the end of each meeting and securely destroyed.",
        "Attachments containing personal information are password protected.",
        "Hub information is only accessed from agency-approved devices.",
        "Online: no personal information in the chat, no recording, no screenshots.",
        "Hard copies are not given to other members.",
    ])
    w.empty()

    w.h("Māori data and tikanga")
    w.p("Te Rūnanga o Toa Rangatira advises the hub on tikanga and on how whānau Māori are engaged. Information about whānau Māori is taonga and is shared and used in ways that uphold their mana. Where whānau whakapapa to Ngāti Toa Rangatira, the Rūnanga is offered the lead worker role first.")
    w.empty()

    w.h("Retention", mode=direct)
    w.p("Members keep hub information only while they need it for an agreed action, in their approved systems, and dispose of it under their own retention and disposal authority. Weekly lists are deleted after the meeting. MSD keeps the hub's agendas and action log.")
    w.empty()

    w.h("Breaches")
    w.p("Report any breach involving hub information straight away to:")
    w.p(["Hub Chair, Ministry of Social Development", "\n", "porirua_housinghub@msd.govt.nz", "\n", "04 917 3120"], ind={"left": 720})
    w.p("The chair and the members involved decide together how to contain the breach and who will tell the whānau. The member responsible decides whether to notify the Privacy Commissioner.")
    w.empty()

    w.h("Conflicts of interest", mode=direct)
    w.p("Members declare any personal connection to a whānau on the list at the start of the meeting, leave while that whānau is discussed, and hand any information request to a colleague. The chair notes it in the action log.")
    w.empty()

    w.h("Oversight")
    w.p("Each member names a relationship manager. They meet quarterly with the chair to check the hub is working as intended and to deal with any problems.")
    w.empty()

    w.h("Review", mode=direct)
    w.p("The protocol is reviewed every 24 months. MSD, as lead agency, initiates the review. A member can ask for an earlier review at any time.")
    w.empty()

    w.h("SIGN-OFF")
    rows = [["Agency", "Signed by", "Title", "Date"]]
    rows += [[a, n, r, d] for a, n, r, d in F_SIGS]
    w.table(rows, widths=[2700, 2000, 2926, 1400], shade="CFE2F3")
    w.p("")
    return w


# ===========================================================================
# G. Whakatū Crisis Coordination Meeting (LibreOffice, "Heading 1" + Text Body)
# ===========================================================================

G_AGENCIES = [
    "Health New Zealand – Te Whatu Ora",
    "New Zealand Police",
    "Ministry of Social Development",
    "Te Piki Oranga",
    "Kāinga Ora – Homes and Communities",
]

G_SIGS = [
    ("Health New Zealand – Te Whatu Ora", "Dr Tom Kensington", "Clinical Director, Mental Health and Addictions, Nelson Marlborough", "15 January 2026"),
    ("New Zealand Police", "Inspector Lisa Morrow", "Area Commander, Nelson Bays", "14 January 2026"),
    ("Ministry of Social Development", "Raewyn Tahere", "Regional Commissioner, Nelson", "13 January 2026"),
    ("Te Piki Oranga", "Hayden Rei", "Chief Executive", "12 January 2026"),
    ("Kāinga Ora – Homes and Communities", "Anna Fitzgerald", "Regional Manager, Nelson Marlborough", "14 January 2026"),
]


def base_G(defect=None):
    w = Writer("lo", heading=("style", "Heading1"), lo_variant="Heading1")
    w.header("IN-CONFIDENCE\tWhakatū Crisis Coordination Meeting\tISP", jc="left")
    w.title("Whakatū Crisis Coordination Meeting")
    w.title("Information Sharing Protocol – January 2026", style="Subtitle")
    w.empty()

    w.h("1\tMember agencies")
    w.p("The following agencies attend the crisis coordination meeting:")
    w.numbered([a + (" (lead agency)" if a.startswith("Health New Zealand") else "") for a in G_AGENCIES], fmt="1.{n}")
    w.empty()

    w.h("2\tPurpose of the meeting")
    w.p("The meeting is held twice a week to coordinate the response to people in Whakatū Nelson who have repeatedly come into contact with Police, the emergency department or crisis services because of a mental health or addiction crisis, so that each person is connected to the right care and support and the number of crisis contacts goes down.")
    w.empty()

    w.h("3\tPurposes of sharing")
    w.numbered([
        "To identify people in, or at risk of, a mental health or addiction crisis who need a coordinated response.",
        "To plan and coordinate follow-up care, income and housing support for those people.",
    ], fmt="3.{n}")
    w.empty()

    w.h("4\tInformation to be shared")
    w.p("Name, date of birth and contact details; the crisis contacts in the last three months (Police attendances, emergency department presentations, crisis team contacts); current mental health and addiction treatment and the key worker; benefit and hardship assistance where it affects the plan; current tenancy and any tenancy issues; Kaupapa Māori services involved. Only what is relevant to the person being discussed is shared.")
    w.empty()

    w.h("5\tLegal authority to share")
    w.p(["Purpose 3.1 relies on the ", ("b", f"Health Information Privacy Code 2020, rule{S}11(2)(d)"),
         " for health information and the ", ("b", f"Privacy Act 2020, IPP{S}11(1)(f)(ii)"),
         " for other information: the disclosure must be necessary to prevent or lessen a serious threat to the person's life or health or to someone else."])
    w.p(["Purpose 3.2 relies on the person's authorisation: ", ("b", f"Health Information Privacy Code 2020, rule{S}11(1)(b)"),
         " and ", ("b", f"Privacy Act 2020, IPP{S}11(1)(d)"), ". The key worker asks the person, once the crisis has passed, whether they agree to the agencies working together on their plan."])
    w.p("The protocol does not itself authorise sharing; it records the authorities members rely on.")
    w.empty()

    w.h("6\tUse of information")
    w.p("Information is used only for the purpose it was shared for. A member records it in its own systems only where it needs it to carry out an agreed action, noting the source, authority, purpose, restrictions and date. Other uses need their own purpose and authority.")
    w.empty()

    w.h("7\tTransparency")
    w.p("People are told by their key worker that the meeting took place, which agencies were involved and what was agreed, once it is safe to do so. Health New Zealand's privacy statement for mental health services describes the meeting. People can ask any member for the information it holds about them.")
    w.empty()

    w.h("8\tMethod of sharing")
    w.p("The coordinator sends the meeting list as a password-protected attachment on the morning of the meeting. Information is shared verbally at the meeting, held at Nelson Hospital or by Microsoft Teams. Actions are recorded by the coordinator in the Health New Zealand clinical record and sent to the member responsible.")
    w.empty()

    w.h("9\tClassification")
    w.p("Information shared at the meeting is classified IN-CONFIDENCE.")
    w.empty()

    w.h("10\tSecurity controls")
    w.numbered([
        "Representatives have completed their agency's privacy and information security training.",
        "Any hard copy is shredded at the end of the meeting and is never handed to another member.",
        "Email attachments containing personal information are password protected.",
        "Only agency-approved devices are used.",
        "In online meetings the chat function is not used for personal information, the meeting is not recorded and no screenshots are taken.",
    ], fmt="10.{n}")
    w.empty()

    w.h("11\tTikanga considerations")
    w.p("Te Piki Oranga advises the meeting on tikanga and on the wellbeing of whānau Māori. Information about tāngata whaiora Māori is taonga. Where the person is Māori, the meeting asks whether they want Te Piki Oranga involved, and whānau are involved in planning if the person wants them to be.")
    w.empty()

    w.h("12\tRetention and disposal")
    w.p("Members keep information from the meeting only while they need it to carry out an agreed action, store it in their approved system and dispose of it under their own retention and disposal authority. Meeting lists are deleted after the meeting.")
    w.empty()

    w.h("13\tBreach management")
    if defect == "isp501":
        w.p("Each member manages a breach involving meeting information under its own privacy breach procedure. A member that causes or discovers a breach involving another member's information tells that member as soon as practicable.")
        w.p("Members work together on containing the breach and on what to tell the people affected. The member responsible assesses whether the breach is notifiable and, if it is, notifies the Office of the Privacy Commissioner (0800 803 909).")
    else:
        w.p("Any breach involving meeting information is reported immediately to the meeting's breach contact:")
        w.p(["Crisis Coordination Meeting Coordinator, Health New Zealand – Te Whatu Ora (Nelson Marlborough)", "\n",
             "crisis.coordination@nmdhb.govt.nz  ·  03 546 1800 ext 7721"], ind={"left": 567})
        w.p("The coordinator and the members involved agree how to contain the breach and what to tell the people affected. The member responsible assesses whether it is notifiable and notifies the Privacy Commissioner if it is.")
    w.empty()

    w.h("14\tConflicts of interest")
    w.p("A member who knows a person on the list declares it to the chair, leaves the discussion of that person and refers any request for information to a colleague. The chair records declared conflicts.")
    w.empty()

    w.h("15\tRelationship management")
    w.p("Each member names a relationship manager. They meet every six months with the lead agency to check the sharing is working as intended and to deal with any concerns.")
    w.empty()

    w.h("16\tReview")
    w.p("This protocol is reviewed every 12 months. Health New Zealand – Te Whatu Ora, as lead agency, initiates the review.")
    w.empty()

    w.h("17\tApproval")
    for a, n, r, d in G_SIGS:
        w.p([("b", a), "\n", "Name:\t" + n, "\n", "Title:\t" + r, "\n", "Signed:\t______________________\tDate:\t" + d])
        w.empty()
    return w


# ===========================================================================
# Legacy: Ōtautahi Youth Offending Team protocol, 2016 (LibreOffice)
# ===========================================================================

def legacy_youth_2016():
    w = Writer("lo", heading=("direct-outline", None), lo_variant="Heading")
    w.header("IN-CONFIDENCE", jc="right")
    w.p("CHRISTCHURCH YOUTH OFFENDING TEAM", style="Title")
    w.p("Information Sharing Protocol", style="Subtitle")
    w.p("March 2016", style=None, jc="center")
    w.empty()

    w.h("1. PARTIES")
    w.p("The parties to this protocol are the agencies represented on the Christchurch Youth Offending Team:")
    agencies = ["New Zealand Police", "Child, Youth and Family", "Ministry of Education",
                "Canterbury District Health Board", "Te Rūnanga o Ngā Maata Waka"]
    w.bullets([a + (" (lead agency)" if a == "New Zealand Police" else "") for a in agencies])
    w.empty()

    w.h("2. PURPOSE OF THE YOUTH OFFENDING TEAM")
    w.p("The Youth Offending Team meets monthly to coordinate the work of agencies with young people who offend in Christchurch, and to plan services that reduce reoffending.")
    w.empty()

    w.h("3. PURPOSES OF INFORMATION SHARING")
    w.numbered([
        "To identify the needs of young people who offend and their families.",
        "To plan and coordinate services for those young people.",
        "To reduce the risk of further offending.",
    ])
    w.empty()

    w.h("4. INFORMATION TO BE SHARED")
    w.p("Offending history, family circumstances, education status and health needs of the young person, where relevant to the purposes above.")
    w.empty()

    w.h("5. LEGAL AUTHORITY")
    w.table([
        ["Purpose", "Authority"],
        ["1 and 2", "Children, Young Persons, and Their Families Act 1989, s 66"],
        ["1, 2 and 3", "Privacy Act 1993, principle 11(d) (with consent), or principle 11(e)(i) (Police, to avoid prejudice to the maintenance of the law)"],
        ["1 and 2 (health information)", "Health Information Privacy Code 1994, rule 11(1)(b)"],
    ], widths=[2600, 7038])
    w.empty()

    w.h("6. USE OF INFORMATION")
    w.p("Information shared at the Team is used only for the purposes above. Agencies record it in their own systems only where needed to carry out agreed actions, and note its source, the authority it was shared under, its purpose, and the date.")
    w.empty()

    w.h("7. TRANSPARENCY")
    w.p("Young people and their parents or caregivers are told by the referring agency that they will be discussed by the Team and why, unless this would prejudice an investigation or put someone at risk.")
    w.empty()

    w.h("8. METHOD OF SHARING")
    w.p("The Police Youth Services coordinator emails the agenda to members the week before the meeting. Information is shared verbally at the meeting at Christchurch Central Police Station.")
    w.empty()

    w.h("9. SECURITY CLASSIFICATION")
    w.p("Information shared at the Team is classified IN-CONFIDENCE.")
    w.empty()

    w.h("10. SECURITY")
    w.bullets([
        "Team members have completed their agency's privacy and security training.",
        "Paper agendas are collected and shredded at the end of each meeting, and are not given to other members.",
        "Attachments containing personal information are password protected.",
        "Information is only shared from agency-approved computers, using agency email accounts.",
    ])
    w.empty()

    w.h("11. RETENTION AND DISPOSAL")
    w.p("Agencies keep Team information only while it is needed for agreed actions, and dispose of it under their own retention and disposal schedules. Police keep the agendas and minutes.")
    w.empty()

    w.h("12. BREACHES")
    w.p("Breaches are reported to the Youth Services Coordinator, New Zealand Police, Christchurch Central, phone 03 363 7400, youthservices.chch@police.govt.nz, and to the agency whose information is involved.")
    w.empty()

    w.h("13. CONFLICTS OF INTEREST")
    w.p("Members declare any personal connection to a young person being discussed and leave the meeting for that item.")
    w.empty()

    w.h("14. RELATIONSHIP MANAGEMENT")
    w.p("Each party names a relationship manager. The relationship managers meet once a year to discuss how the Team is working together.")
    w.empty()

    w.h("15. REVIEW")
    w.p("This protocol will be reviewed every three years. New Zealand Police is responsible for initiating the review.")
    w.empty()

    w.h("16. SIGNATURES")
    sigs = [
        ("New Zealand Police", "Inspector Gary Toomey", "Area Commander, Christchurch Central"),
        ("Child, Youth and Family", "Jan Whitaker", "Regional Manager, Canterbury"),
        ("Ministry of Education", "Peter Laing", "District Manager, Canterbury"),
        ("Canterbury District Health Board", "Dr Anne Roberts", "General Manager, Specialist Mental Health Services"),
        ("Te Rūnanga o Ngā Maata Waka", "Hoana Tikao", "Kaiwhakahaere"),
    ]
    for a, n, r in sigs:
        w.p([("b", a), "\n", "Name:\t" + n, "\n", "Position:\t" + r, "\n", "Signature:\t____________________", "\n", "Date:\t14 March 2016"])
        w.empty()
    return w


# ===========================================================================
# the corpus
# ===========================================================================

STYLE = ("Regional-office protocols drafted in Google Docs or LibreOffice Writer and exported to .docx: "
         "lower-case or custom style names (Google Docs 'heading 1' with id Heading1, Title/Subtitle; LibreOffice "
         "Standard/Text Body/'Heading' with outline level, 'Heading 1', a P1 style named 'heading 1'), some headings "
         "only bold 14pt direct formatting or typed in capitals with typed numbers, typed bullets and numbers instead of "
         "Word numbering, unstyled tables, spacing paragraphs, line breaks, tabs and non-breaking spaces, author-worded headings.")

DOCS = []


def add(name, builder, title, author, created, modified, kind, expect, tolerate, note):
    DOCS.append((name, builder, title, author, created, modified, kind, expect, tolerate, note))


add("clean-01-fv-safety-table-whangarei.docx", lambda: base_A(),
    "Whangārei Family Violence Safety Table – information sharing protocol", "Mere Tipene",
    dt(2026, 1, 20), dt(2026, 3, 17, 15, 40), "clean", [], [],
    "Google Docs export, 'heading 1' styled author-worded headings, eight agencies incl. NGO and iwi provider, purpose/authority table, breach contact in a line-broken paragraph, signature table; review 12 months from 17 March 2026.")

add("clean-02-youth-panel-otautahi.docx", lambda: base_B(),
    "Ōtautahi Youth Offending Panel – Information Sharing Protocol", "Mereana Hōhaia",
    dt(2026, 3, 2), dt(2026, 6, 2, 11, 5), "clean", [], [],
    "LibreOffice export, capitalised numbered headings in a 'Heading' style carrying the outline level, purposes (a)-(c) mapped to authorities in dash-bulleted list, signature blocks built with line breaks; 24-month review.")

add("clean-03-school-attendance-rotorua.docx", lambda: base_C(),
    "Rotorua School Attendance Hub – Information Sharing Protocol", "Lisa Tūhoro",
    dt(2025, 11, 10), dt(2026, 2, 20, 16, 22), "clean", [], [],
    "Google Docs export with no heading styles at all: headings are typed '1. Who attends' in bold 14pt; two purposes covered by one sentence naming both; signature blocks in a borderless two-column table; annual review from February 2026.")

add("clean-04-elder-abuse-heretaunga.docx", lambda: base_D(),
    "Heretaunga Elder Abuse Response Network – information sharing protocol", "Jasmine Kahui",
    dt(2026, 5, 4), dt(2026, 8, 5, 10, 0), "clean", [], [],
    "Google Docs export with Part headings (heading 1) over section headings (heading 2); purposes point at labelled authorities A-D; classification SENSITIVE on its own line matching header/footer; security controls in a table; 18-month review.")

add("clean-05-reintegration-manawatu.docx", lambda: base_E(),
    "Manawatū Reintegration Hui – information sharing protocol", "Kiri Manihera",
    dt(2026, 2, 9), dt(2026, 4, 28, 14, 30), "clean", [], [],
    "LibreOffice export whose headings use a custom style id P1 named 'heading 1' with no outline level; two purposes in a purpose/authority table with line breaks in cells; five security bullets covering all six controls (hard copies shredded and not passed on in one bullet).")

add("defect-isp101-school-attendance-no-conflicts.docx", lambda: base_C("isp101"),
    "Rotorua School Attendance Hub – Information Sharing Protocol", "Lisa Tūhoro",
    dt(2025, 11, 10), dt(2026, 2, 20, 16, 22), "defect",
    [{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}}], [],
    "The direct-formatted, typed-number protocol has no conflicts-of-interest heading or text anywhere; headings renumbered 1-16 so the gap is not visible.")

add("defect-isp301-housing-hub-entitlement-purpose.docx", lambda: base_F("isp301"),
    "Porirua Housing Support Hub – Information Sharing Protocol", "Olivia Ngata",
    dt(2026, 4, 1), dt(2026, 7, 9, 12, 15), "defect",
    [{"rule": "ISP301", "data_contains": {"purpose": "full entitlement"}}], [],
    "A fourth purpose (checking income-support entitlement) was added to 'Why information is shared' but the 'Legal basis' table still covers only purposes 1-3.")

add("defect-isp703-fv-table-kainga-ora-unsigned.docx", lambda: base_A("isp703"),
    "Whangārei Family Violence Safety Table – information sharing protocol", "Mere Tipene",
    dt(2026, 1, 20), dt(2026, 3, 17, 15, 40), "defect",
    [{"rule": "ISP703", "data_contains": {"agency": "Kāinga Ora"}}], [],
    "Kāinga Ora – Homes and Communities is listed under 'Who is at the table' but has no row in the Sign-off table.")

add("defect-isp702-elder-abuse-ngo-no-name.docx", lambda: base_D("isp702"),
    "Heretaunga Elder Abuse Response Network – information sharing protocol", "Jasmine Kahui",
    dt(2026, 5, 4), dt(2026, 8, 5, 10, 0), "defect",
    [{"rule": "ISP702", "data": {"missing": ["name"]}, "data_contains": {"agency": "Age Concern"}}], ["ISP703"],
    "In the paragraph-per-line approval blocks, the Age Concern Hawke's Bay block has its role and date but the Name line is only underscores.")

add("defect-isp451-youth-panel-seemail-only.docx", lambda: base_B("isp451"),
    "Ōtautahi Youth Offending Panel – Information Sharing Protocol", "Mereana Hōhaia",
    dt(2026, 3, 2), dt(2026, 6, 2, 11, 5), "defect",
    [{"rule": "ISP451", "data": {"control": "password-protection"}}], [],
    "Method of sharing relies on SEEMail and the security control list drops the password-protected attachments control; the other five controls remain.")

add("defect-isp501-crisis-coordination-no-contact.docx", lambda: base_G("isp501"),
    "Whakatū Crisis Coordination Meeting – Information Sharing Protocol", "Tom Kensington",
    dt(2025, 10, 6), dt(2026, 1, 15, 9, 45), "defect",
    [{"rule": "ISP501"}], [],
    "Breach management only states each agency's obligations and the Privacy Commissioner's 0800 number; no designated breach contact person or role with agency and contact details.")

add("defect-isp602-reintegration-three-yearly.docx", lambda: base_E("isp602"),
    "Manawatū Reintegration Hui – information sharing protocol", "Kiri Manihera",
    dt(2026, 2, 9), dt(2026, 4, 28, 14, 30), "defect",
    [{"rule": "ISP602", "data": {"months": 36}}], [],
    "Review section says 'every three years' (36 months, written in words); owner named; signed April 2026 so not overdue.")

add("defect-isp604-elder-abuse-2024-overdue.docx", lambda: base_D("isp604"),
    "Heretaunga Elder Abuse Response Network – information sharing protocol", "Jasmine Kahui",
    dt(2024, 6, 3), dt(2024, 9, 3, 10, 0), "defect",
    [{"rule": "ISP604", "data": {"due": "2025-09-03"}}], [],
    "All approval blocks dated 3 September 2024 and the protocol is 'reviewed annually from the date of signing', so the review fell due 3 September 2025, before 24 November 2026.")

add("defect-isp402-school-attendance-unclassified.docx", lambda: base_C("isp402"),
    "Rotorua School Attendance Hub – Information Sharing Protocol", "Lisa Tūhoro",
    dt(2025, 11, 10), dt(2026, 2, 20, 16, 22), "defect",
    [{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}], [],
    "Security classification section says information is UNCLASSIFIED because no national security material is involved; no header/footer marking.")

add("defect-isp801-reintegration-notes-kept.docx", lambda: base_E("isp801"),
    "Manawatū Reintegration Hui – information sharing protocol", "Kiri Manihera",
    dt(2026, 2, 9), dt(2026, 4, 28, 14, 30), "defect",
    [{"rule": "ISP801", "data_contains": {"text": "future reference"}}], [],
    "Retention section opens 'Agencies may keep the hui notes for future reference.'")

add("defect-isp305-housing-hub-protocol-authority.docx", lambda: base_F("isp305"),
    "Porirua Housing Support Hub – Information Sharing Protocol", "Olivia Ngata",
    dt(2026, 4, 1), dt(2026, 7, 9, 12, 15), "defect",
    [{"rule": "ISP305", "data_contains": {"text": "authority to share"}}], [],
    "Legal basis section opens 'This protocol gives hub members authority to share whānau information.' although every purpose still has a law in the table.")

add("legacy-01-youth-offending-team-2016.docx", legacy_youth_2016,
    "Christchurch Youth Offending Team – Information Sharing Protocol", "Youth Services Coordinator",
    dt(2016, 2, 1), dt(2016, 3, 14, 16, 0), "legacy",
    [
        {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
        {"rule": "ISP303", "data_contains": {"authority": "Children, Young Persons"}},
        {"rule": "ISP303", "data_contains": {"authority": "Health Information Privacy Code 1994"}},
        {"rule": "ISP101", "data": {"section": "tikanga"}},
        {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
        {"rule": "ISP602", "data": {"months": 36}},
        {"rule": "ISP604", "data": {"due": "2019-03-14"}},
    ],
    ["ISP302"],
    "2016 LibreOffice protocol (headings as bold 14pt runs with a paragraph outline level, in capitals) citing the Privacy Act 1993, CYPF Act 1989 and HIPC 1994, with no tikanga section, no virtual-meeting control, three-yearly review, signed 14 March 2016.")

add("trap-01-reintegration-tracked-review.docx", lambda: base_E("trap"),
    "Manawatū Reintegration Hui – information sharing protocol", "Kiri Manihera",
    dt(2026, 2, 9), dt(2026, 4, 28, 14, 30), "trap",
    [{"rule": "ISP202"}], [],
    "Review period is a tracked change (deleted 'three years', inserted '24 months'), so read as accepted it is compliant; classification is only in a filled drop-down content control and the breach contact only in a filled plain-text content control.")


def main():
    truth = {"as_of": "2026-11-24", "style": STYLE, "files": {}}
    for name, builder, title, author, created, modified, kind, expect, tolerate, note in DOCS:
        w = builder()
        w.save(os.path.join(OUT, name), title, author, created, modified)
        truth["files"][name] = {"kind": kind, "expect": expect, "tolerate": tolerate, "note": note}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built %d documents" % len(DOCS))


if __name__ == "__main__":
    main()
