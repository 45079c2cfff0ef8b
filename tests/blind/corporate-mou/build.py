#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Build the corporate-MOU blind test corpus (17 .docx protocols) and truth.json.

House style: a central-government policy team's "Memorandum of Understanding and Information Sharing
Protocol" for a regional multi-agency governance group. Run with /work/blind-kit/.venv/bin/python build.py.
Everything is deterministic: fixed dates in core properties and zip entries, no randomness.
"""

# ======================= library =======================
import datetime
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

WNS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

NUM_WORDS = {1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six'}

# --------------------------------------------------------------------------
# low level XML helpers
# --------------------------------------------------------------------------

def E(tag, attrs=None, children=(), text=None):
    el = OxmlElement(tag)
    for k, v in (attrs or {}).items():
        el.set(qn(k), str(v))
    for c in children:
        if c is not None:
            el.append(c)
    if text is not None:
        el.text = text
    return el


PPR_ORDER = ['w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr',
             'w:widowControl', 'w:numPr', 'w:suppressLineNumbers', 'w:pBdr', 'w:shd',
             'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap', 'w:overflowPunct',
             'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd',
             'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents',
             'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment',
             'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr',
             'w:sectPr', 'w:pPrChange']


def insert_ordered(parent, child, order):
    """Insert child into parent respecting the schema order list."""
    tag = child.tag
    names = [qn(t) for t in order]
    idx = names.index(tag)
    # remove existing of same tag
    for old in parent.findall(tag):
        parent.remove(old)
    later = set(names[idx + 1:])
    for i, existing in enumerate(list(parent)):
        if existing.tag in later:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


def rpr(bold=False, italic=False, size=None, color=None, rstyle=None, caps=False, noproof=False):
    kids = []
    if rstyle:
        kids.append(E('w:rStyle', {'w:val': rstyle}))
    if bold:
        kids.append(E('w:b'))
    if italic:
        kids.append(E('w:i'))
    if caps:
        kids.append(E('w:caps'))
    if noproof:
        kids.append(E('w:noProof'))
    if color:
        kids.append(E('w:color', {'w:val': color}))
    if size:
        kids.append(E('w:sz', {'w:val': int(size * 2)}))
        kids.append(E('w:szCs', {'w:val': int(size * 2)}))
    if not kids:
        return None
    return E('w:rPr', children=kids)


def run(text, **kw):
    r = E('w:r')
    p = rpr(**kw)
    if p is not None:
        r.append(p)
    parts = re.split(r'(\t|\n)', text)
    for part in parts:
        if part == '\t':
            r.append(E('w:tab'))
        elif part == '\n':
            r.append(E('w:br'))
        elif part:
            t = E('w:t', text=part)
            t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
            r.append(t)
    return r


def fld_runs(instr, result, **kw):
    return [
        _fld_char('begin', **kw),
        _instr(instr, **kw),
        _fld_char('separate', **kw),
        run(result, **kw),
        _fld_char('end', **kw),
    ]


def _fld_char(kind, **kw):
    r = E('w:r')
    p = rpr(**kw)
    if p is not None:
        r.append(p)
    r.append(E('w:fldChar', {'w:fldCharType': kind}))
    return r


def _instr(text, **kw):
    r = E('w:r')
    p = rpr(**kw)
    if p is not None:
        r.append(p)
    t = E('w:instrText', text=text)
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    r.append(t)
    return r


def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = E('w:shd', {'w:val': 'clear', 'w:color': 'auto', 'w:fill': fill})
    order = ['w:cnfStyle', 'w:tcW', 'w:gridSpan', 'w:hMerge', 'w:vMerge', 'w:tcBorders',
             'w:shd', 'w:noWrap', 'w:tcMar', 'w:textDirection', 'w:tcFitText', 'w:vAlign',
             'w:hideMark']
    insert_ordered(tcPr, shd, order)


def set_cell_borders_none(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    b = E('w:tcBorders', children=[E('w:' + s, {'w:val': 'nil'}) for s in
                                   ('top', 'left', 'bottom', 'right')])
    order = ['w:cnfStyle', 'w:tcW', 'w:gridSpan', 'w:hMerge', 'w:vMerge', 'w:tcBorders',
             'w:shd', 'w:noWrap', 'w:tcMar', 'w:textDirection', 'w:tcFitText', 'w:vAlign',
             'w:hideMark']
    insert_ordered(tcPr, b, order)


# --------------------------------------------------------------------------
# styles and numbering
# --------------------------------------------------------------------------

STYLE_XML = '''<w:styles xmlns:w="%s">
<w:style w:type="paragraph" w:customStyle="1" w:styleId="HeadingUnnumbered">
  <w:name w:val="Heading Unnumbered"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/>
  <w:uiPriority w:val="9"/><w:qFormat/>
  <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr><w:ind w:left="0" w:firstLine="0"/><w:outlineLvl w:val="0"/></w:pPr>
</w:style>
<w:style w:type="paragraph" w:styleId="TOC1">
  <w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
  <w:pPr><w:tabs><w:tab w:val="left" w:pos="440"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs><w:spacing w:before="60" w:after="60"/></w:pPr>
  <w:rPr><w:b/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="TOC2">
  <w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
  <w:pPr><w:tabs><w:tab w:val="left" w:pos="1100"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs><w:spacing w:after="40"/><w:ind w:left="442"/></w:pPr>
</w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText">
  <w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
</w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar">
  <w:name w:val="Footnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/>
  <w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
</w:style>
<w:style w:type="character" w:styleId="FootnoteReference">
  <w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:rPr><w:vertAlign w:val="superscript"/></w:rPr>
</w:style>
<w:style w:type="character" w:styleId="Hyperlink">
  <w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="CoverTitle">
  <w:name w:val="Cover Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:spacing w:before="2400" w:after="240"/></w:pPr>
  <w:rPr><w:b/><w:color w:val="00445E"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="CoverSubtitle">
  <w:name w:val="Cover Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:spacing w:after="360"/></w:pPr>
  <w:rPr><w:color w:val="00445E"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText">
  <w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
  <w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Classification">
  <w:name w:val="Classification Marking"/><w:basedOn w:val="Normal"/><w:qFormat/>
  <w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>
  <w:rPr><w:b/><w:caps/><w:color w:val="C00000"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
</w:style>
</w:styles>''' % WNS


def setup_styles(doc):
    styles_el = doc.styles.element
    extra = parse_xml(STYLE_XML)
    for st in list(extra):
        styles_el.append(st)
    normal = doc.styles['Normal']
    normal.font.name = 'Arial'
    normal.font.size = Pt(10.5)
    rfonts = normal.element.get_or_add_rPr().find(qn('w:rFonts'))
    rfonts.set(qn('w:eastAsia'), 'Arial')
    rfonts.set(qn('w:cs'), 'Arial')
    pf = normal.paragraph_format
    pf.space_after = Pt(6)
    pf.line_spacing = 1.1
    for name, size, color in (('Heading 1', 15, '00445E'), ('Heading 2', 12, '00708A')):
        st = doc.styles[name]
        st.font.name = 'Arial'
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor.from_string(color)
        rf = st.element.get_or_add_rPr().find(qn('w:rFonts'))
        for a in list(rf.attrib):
            del rf.attrib[a]
        for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
            rf.set(qn(a), 'Arial')
        st.paragraph_format.space_after = Pt(6)
    # numbering for headings
    numbering = doc.part.numbering_part.element
    abstract = parse_xml('''<w:abstractNum xmlns:w="%s" w:abstractNumId="20">
  <w:nsid w:val="5A3B1C2D"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0C09001F"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%%1"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading3"/><w:lvlText w:val="%%1.%%2.%%3"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>
</w:abstractNum>''' % WNS)
    first_num = numbering.find(qn('w:num'))
    first_num.addprevious(abstract)
    numbering.append(parse_xml('<w:num xmlns:w="%s" w:numId="20"><w:abstractNumId w:val="20"/></w:num>' % WNS))
    for sid, lvl in (('Heading1', 0), ('Heading2', 1)):
        st = styles_el.find('.//' + qn('w:style') + '[@' + qn('w:styleId') + '="%s"]' % sid)
        pPr = st.find(qn('w:pPr'))
        numPr = E('w:numPr', children=[E('w:ilvl', {'w:val': lvl}), E('w:numId', {'w:val': 20})])
        insert_ordered(pPr, numPr, PPR_ORDER)
    toch = styles_el.find('.//' + qn('w:style') + '[@' + qn('w:styleId') + '="TOCHeading"]')
    pPr = toch.find(qn('w:pPr'))
    insert_ordered(pPr, E('w:numPr', children=[E('w:ilvl', {'w:val': 0}), E('w:numId', {'w:val': 0})]), PPR_ORDER)
    insert_ordered(pPr, E('w:ind', {'w:left': 0, 'w:firstLine': 0}), PPR_ORDER)


# --------------------------------------------------------------------------
# footnotes and custom properties parts
# --------------------------------------------------------------------------

def add_footnotes_part(doc, notes):
    xml = ['<w:footnotes xmlns:w="%s" xmlns:r="%s">' % (WNS, RNS),
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
           '</w:footnotes>']
    root = parse_xml(''.join(xml))
    for fid, text in notes:
        fn = E('w:footnote', {'w:id': fid})
        p = E('w:p', children=[E('w:pPr', children=[E('w:pStyle', {'w:val': 'FootnoteText'})])])
        r = E('w:r', children=[E('w:rPr', children=[E('w:rStyle', {'w:val': 'FootnoteReference'})]),
                               E('w:footnoteRef')])
        p.append(r)
        p.append(run(' ' + text))
        fn.append(p)
        root.append(fn)
    part = XmlPart(PackURI('/word/footnotes.xml'), CT.WML_FOOTNOTES, root, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    # settings: footnotePr referencing separators (before w:compat)
    settings = doc.settings.element
    fpr = E('w:footnotePr', children=[E('w:footnote', {'w:id': -1}), E('w:footnote', {'w:id': 0})])
    compat = settings.find(qn('w:compat'))
    compat.addprevious(fpr)


def add_custom_props(doc, props):
    ns = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties'
    vt = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes'
    xml = '<Properties xmlns="%s" xmlns:vt="%s">' % (ns, vt)
    for i, (k, v) in enumerate(props, start=2):
        xml += ('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s">'
                '<vt:lpwstr>%s</vt:lpwstr></property>' % (i, k, v))
    xml += '</Properties>'
    part = XmlPart(PackURI('/docProps/custom.xml'), CT.OFC_CUSTOM_PROPERTIES, parse_xml(xml),
                   doc.part.package)
    doc.part.package.relate_to(part, RT.CUSTOM_PROPERTIES)


# --------------------------------------------------------------------------
# content controls and revisions
# --------------------------------------------------------------------------

_SDT_ID = [-1800000000]


def sdt_id():
    _SDT_ID[0] += 7919
    return _SDT_ID[0]


def sdt_dropdown(value, items, alias, tag, bold=False):
    pr = E('w:sdtPr', children=[
        rpr(bold=bold) if bold else None,
        E('w:alias', {'w:val': alias}), E('w:tag', {'w:val': tag}), E('w:id', {'w:val': sdt_id()}),
        E('w:dropDownList', children=[E('w:listItem', {'w:displayText': i, 'w:value': i}) for i in items]),
    ])
    return E('w:sdt', children=[pr, E('w:sdtContent', children=[run(value, bold=bold)])])


def sdt_text(value, alias, tag, bold=False):
    pr = E('w:sdtPr', children=[
        rpr(bold=bold) if bold else None,
        E('w:alias', {'w:val': alias}), E('w:tag', {'w:val': tag}), E('w:id', {'w:val': sdt_id()}),
        E('w:text'),
    ])
    return E('w:sdt', children=[pr, E('w:sdtContent', children=[run(value, bold=bold)])])


def sdt_date(display, iso, alias='Date signed', tag='SignDate'):
    pr = E('w:sdtPr', children=[
        E('w:alias', {'w:val': alias}), E('w:tag', {'w:val': tag}), E('w:id', {'w:val': sdt_id()}),
        E('w:date', {'w:fullDate': iso + 'T00:00:00Z'}, children=[
            E('w:dateFormat', {'w:val': 'd MMMM yyyy'}), E('w:lid', {'w:val': 'en-NZ'}),
            E('w:storeMappedDataAs', {'w:val': 'dateTime'}), E('w:calendar', {'w:val': 'gregorian'})]),
    ])
    return E('w:sdt', children=[pr, E('w:sdtContent', children=[run(display)])])


_REV_ID = [900]


def rev_ins(text, author, date):
    _REV_ID[0] += 1
    return E('w:ins', {'w:id': _REV_ID[0], 'w:author': author, 'w:date': date}, children=[run(text)])


def rev_del(text, author, date):
    _REV_ID[0] += 1
    r = E('w:r')
    t = E('w:delText', text=text)
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    r.append(t)
    return E('w:del', {'w:id': _REV_ID[0], 'w:author': author, 'w:date': date}, children=[r])


# --------------------------------------------------------------------------
# document builder
# --------------------------------------------------------------------------

class Builder:
    def __init__(self, spec, index):
        self.spec = spec
        self.doc = Document()
        setup_styles(self.doc)
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = Cm(2.5)
        sec.bottom_margin = Cm(2.2)
        self.footnotes = []
        self.headings = []  # (level, number, text, bookmark, page)
        self.bm_base = 190000000 + index * 1000
        self.bm_i = 0
        self.blocks = 0
        self.page0 = 4
        self.body = self.doc.element.body
        self.numbers = {}

    # ---- text -------------------------------------------------------------
    def add_rich(self, p_el, text, bold=False, italic=False, size=None):
        tokens = re.split(r'(\*\*.+?\*\*|\^\[.+?\])', text)
        for tok in tokens:
            if not tok:
                continue
            if tok.startswith('**') and tok.endswith('**'):
                p_el.append(run(tok[2:-2], bold=True, italic=italic, size=size))
            elif tok.startswith('^['):
                fid = len(self.footnotes) + 1
                self.footnotes.append((fid, tok[2:-1]))
                p_el.append(E('w:r', children=[
                    E('w:rPr', children=[E('w:rStyle', {'w:val': 'FootnoteReference'})]),
                    E('w:footnoteReference', {'w:id': fid})]))
            else:
                p_el.append(run(tok, bold=bold, italic=italic, size=size))

    def para(self, text='', style=None, bold=False, italic=False, align=None, size=None,
             space_after=None):
        p = self.doc.add_paragraph(style=style)
        if text:
            self.add_rich(p._p, text, bold=bold, italic=italic, size=size)
        if align == 'center':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'right':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        self.blocks += 1 + len(text) // 420
        return p

    def bullets(self, items):
        for it in items:
            self.para(it, style='List Bullet')

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        self.blocks = (self.blocks // 24 + 1) * 24

    @property
    def page(self):
        return self.page0 + self.blocks // 24

    # ---- headings -----------------------------------------------------------
    def next_bm(self):
        self.bm_i += 1
        return '_Toc%d' % (self.bm_base + self.bm_i * 37)

    def heading(self, text, level, number, ghost=False):
        bm = self.next_bm()
        if ghost:
            self.headings.append((level, number, text, bm, self.page))
            return
        style = {0: 'HeadingUnnumbered', 1: 'Heading 1', 2: 'Heading 2'}[level]
        if style == 'HeadingUnnumbered':
            p = self.doc.add_paragraph()
            p._p.get_or_add_pPr().append(E('w:pStyle', {'w:val': 'HeadingUnnumbered'}))
        else:
            p = self.doc.add_paragraph(style=style)
        bid = self.bm_base + self.bm_i
        p._p.append(E('w:bookmarkStart', {'w:id': bid, 'w:name': bm}))
        p._p.append(run(text))
        p._p.append(E('w:bookmarkEnd', {'w:id': bid}))
        self.blocks += 2
        self.headings.append((level, number, text, bm, self.page))

    # ---- tables -------------------------------------------------------------
    def table(self, headers, rows, widths=None, header_fill='00445E', first_col_bold=False):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = self.doc.styles['Table Grid']
        for i, h in enumerate(headers):
            c = t.rows[0].cells[i]
            if widths:
                c.width = Cm(widths[i])
            p = c.paragraphs[0]
            p.style = self.doc.styles['Table Text']
            p._p.append(run(h, bold=True, color='FFFFFF'))
            set_cell_shading(c, header_fill)
        # repeat header row
        trPr = t.rows[0]._tr.get_or_add_trPr()
        trPr.append(E('w:tblHeader'))
        for ri, row in enumerate(rows, start=1):
            for ci, val in enumerate(row):
                c = t.rows[ri].cells[ci]
                if widths:
                    c.width = Cm(widths[ci])
                vals = val if isinstance(val, list) else [val]
                for k, v in enumerate(vals):
                    p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    p.style = self.doc.styles['Table Text']
                    if v is None:
                        continue
                    if hasattr(v, 'tag'):
                        p._p.append(v)
                    else:
                        self.add_rich(p._p, v, bold=(first_col_bold and ci == 0))
            self.blocks += 1 + sum(len(str(v)) for v in row) // 300
        self.para('', space_after=2)
        return t

    # ---- cover, document control, toc ----------------------------------------
    def toc_placeholder(self):
        p = self.doc.add_paragraph()
        self._toc_p = p._p

    def build_toc(self):
        kids = [E('w:p', children=[E('w:pPr', children=[E('w:pStyle', {'w:val': 'TOCHeading'})]),
                                   run('Contents')])]
        first = True
        for level, number, text, bm, page in self.headings:
            style = 'TOC1' if level in (0, 1) else 'TOC2'
            p = E('w:p', children=[E('w:pPr', children=[
                E('w:pStyle', {'w:val': style}),
                E('w:tabs', children=[
                    E('w:tab', {'w:val': 'left', 'w:pos': 440 if style == 'TOC1' else 1100}),
                    E('w:tab', {'w:val': 'right', 'w:leader': 'dot', 'w:pos': 9016})]),
                E('w:rPr', children=[E('w:noProof')])])])
            if first:
                for r in (_fld_char('begin'), _instr(' TOC \\o "1-2" \\h \\z \\u '),
                          _fld_char('separate')):
                    p.append(r)
                first = False
            h = E('w:hyperlink', {'w:anchor': bm, 'w:history': 1})
            if number:
                h.append(run(number, rstyle='Hyperlink', noproof=True))
                h.append(run('\t', noproof=True))
            h.append(run(text, rstyle='Hyperlink', noproof=True))
            h.append(run('\t', noproof=True, ))
            for r in fld_runs(' PAGEREF %s \\h ' % bm, str(page), noproof=True):
                h.append(r)
            p.append(h)
            kids.append(p)
        kids.append(E('w:p', children=[_fld_char('end')]))
        sdt = E('w:sdt', children=[
            E('w:sdtPr', children=[E('w:id', {'w:val': sdt_id()}),
                                   E('w:docPartObj', children=[
                                       E('w:docPartGallery', {'w:val': 'Table of Contents'}),
                                       E('w:docPartUnique')])]),
            E('w:sdtEndPr'),
            E('w:sdtContent', children=kids)])
        self._toc_p.addprevious(sdt)
        self._toc_p.getparent().remove(self._toc_p)

    # ---- header / footer ------------------------------------------------------
    def header_footer(self, marking, footer_text, marking_sdt=False):
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        hp.style = self.doc.styles['Classification Marking']
        if marking_sdt:
            hp._p.append(sdt_text(marking, 'Protective marking', 'PSRMarkingHeader', bold=True))
        else:
            hp._p.append(run(marking))
        fp = sec.footer.paragraphs[0]
        fp.style = self.doc.styles['Classification Marking']
        if marking_sdt:
            fp._p.append(sdt_text(marking, 'Protective marking', 'PSRMarkingFooter', bold=True))
        else:
            fp._p.append(run(marking))
        f2 = sec.footer.add_paragraph()
        f2.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), alignment=2)
        f2._p.append(run(footer_text + '\tPage ', size=8, color='595959'))
        for r in fld_runs(' PAGE ', '1', size=8, color='595959'):
            f2._p.append(r)
        f2._p.append(run(' of ', size=8, color='595959'))
        for r in fld_runs(' NUMPAGES ', '14', size=8, color='595959'):
            f2._p.append(r)

    def save(self, path, core):
        if self.footnotes:
            add_footnotes_part(self.doc, self.footnotes)
        cp = self.doc.core_properties
        cp.title = core['title']
        cp.subject = core.get('subject', '')
        cp.author = core['author']
        cp.last_modified_by = core.get('last_modified_by', core['author'])
        cp.created = core['created']
        cp.modified = core['modified']
        cp.revision = core.get('revision', 3)
        cp.keywords = core.get('keywords', '')
        cp.category = 'Memorandum of Understanding'
        cp.comments = ''
        self.doc.save(path)
        normalise_zip(path, core['modified'])


def normalise_zip(path, when):
    """Rewrite the package with a fixed timestamp on every entry, so rebuilds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = (when.year, when.month, when.day, when.hour, when.minute, 0)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


# ======================= section renderers =======================
LAYOUTS = {
    # A: nested corporate layout
    'A': [
        ('exec', 0, 'Executive summary'),
        ('parties', 1, 'Parties to this Memorandum'),
        ('context', 1, 'Context and objectives'),
        ('background', 2, 'Background'),
        ('objectives', 2, 'Objectives of {short_t}'),
        ('purposes', 1, 'Purposes of information sharing'),
        ('scope', 1, 'Scope of information'),
        ('authority', 1, 'Authorising environment'),
        ('principles', 1, 'Information management principles'),
        ('use', 2, 'Data use and re-use'),
        ('openness', 2, 'Openness with affected people'),
        ('transfer', 1, 'Transfer mechanisms'),
        ('security', 1, 'Information security'),
        ('marking', 2, 'Protective marking'),
        ('controls', 2, 'Security requirements'),
        ('tiriti', 1, 'Te Tiriti o Waitangi and Māori data'),
        ('records', 1, 'Records management'),
        ('incident', 1, 'Incident management'),
        ('probity', 1, 'Probity and conflicts'),
        ('governance', 1, 'Governance and assurance'),
        ('review', 1, 'Evaluation and review'),
        ('agreement', 1, 'Agreement of parties'),
    ],
    # B: flat layout, one heading per topic
    'B': [
        ('exec', 0, 'Executive summary'),
        ('parties', 1, 'Parties and lead agency'),
        ('context', 1, 'Context and objectives'),
        ('purposes', 1, 'Information sharing purposes'),
        ('scope', 1, 'Scope of information'),
        ('authority', 1, 'Authorising environment'),
        ('use', 1, 'Data use and re-use'),
        ('openness', 1, 'Openness with affected people'),
        ('transfer', 1, 'Transfer mechanisms'),
        ('marking', 1, 'Protective marking'),
        ('controls', 1, 'Security requirements'),
        ('tiriti', 1, 'Te Tiriti o Waitangi and Māori data'),
        ('records', 1, 'Records management'),
        ('incident', 1, 'Incident management'),
        ('probity', 1, 'Probity and conflicts'),
        ('governance', 1, 'Governance and assurance'),
        ('review', 1, 'Evaluation and review'),
        ('agreement', 1, 'Agreement of parties'),
    ],
    # C: purposes nested in context; records nested in principles
    'C': [
        ('exec', 0, 'Executive summary'),
        ('parties', 1, 'Parties to this Memorandum'),
        ('context', 1, 'Context and objectives'),
        ('background', 2, 'Background'),
        ('objectives', 2, 'Objectives of {short_t}'),
        ('purposes', 2, 'Purposes of information sharing'),
        ('scope', 1, 'Scope of information'),
        ('authority', 1, 'Authorising environment'),
        ('principles', 1, 'Information management principles'),
        ('use', 2, 'Data use and re-use'),
        ('openness', 2, 'Openness with affected people'),
        ('records', 2, 'Records management'),
        ('transfer', 1, 'Transfer mechanisms'),
        ('security', 1, 'Protective marking and security'),
        ('marking', 2, 'Protective marking'),
        ('controls', 2, 'Security requirements'),
        ('tiriti', 1, 'Te Tiriti o Waitangi and Māori data'),
        ('incident', 1, 'Incident management'),
        ('probity', 1, 'Probity and conflicts'),
        ('governance', 1, 'Governance and assurance'),
        ('review', 1, 'Evaluation and review'),
        ('agreement', 1, 'Agreement of parties'),
    ],
}

CONTROL_ROWS = {
    'training': ('Training',
                 ['Every representative, and any delegate who attends in their place, has completed '
                  'their agency\u2019s privacy and information security training before attending{train_extra}.',
                  'Representatives have completed their own agency\u2019s privacy and information '
                  'security modules before their first meeting, and refresh them as their agency requires{train_extra}.',
                  'Before attending, each representative completes the privacy and information security '
                  'training required by their agency{train_extra}.']),
    'hardcopy-destruction': ('Printed material \u2013 destruction',
                             ['Representatives avoid bringing printed material. Anything printed for a '
                              'meeting is collected by the convenor when the meeting closes and securely '
                              'shredded the same day.',
                              'Any hard copy used at a meeting is securely destroyed at the end of that '
                              'meeting (shredded on site or placed in a locked secure-destruction bin).',
                              'Printed case lists are collected and shredded at the close of each meeting.']),
    'hardcopy-distribution': ('Printed material \u2013 distribution',
                              ['Printed material is not handed to, or left with, representatives of '
                               'other Parties.',
                               'Hard copies are never given to representatives of other Parties.',
                               'Representatives do not pass printed material to other attendees.']),
    'password-protection': ('Email attachments',
                            ['Email attachments containing personal information are password protected, '
                             'and the password is sent separately (by text message or phone).',
                             'Any attachment containing personal information is password protected before '
                             'it is emailed; the password is never sent in the same email.',
                             'Attachments that contain personal information are protected with a password, '
                             'communicated by a separate channel.']),
    'approved-devices': ('Devices',
                         ['Information is sent, received, viewed and discussed only on devices issued or '
                          'approved by the representative\u2019s own agency. Personal phones and home '
                          'computers are not used.',
                          'Only agency-approved devices are used to share, receive or view information '
                          'under this Memorandum.',
                          'Representatives share and access information only from devices their agency '
                          'has issued or approved.']),
    'virtual-meeting': ('Online meetings',
                        ['When attending online, representatives do not type personal information in the '
                         'meeting chat, do not record or transcribe the meeting, and do not take '
                         'screenshots of shared screens. They join from a private space where they cannot '
                         'be overheard.',
                         'In virtual meetings the chat function is not used for personal information, the '
                         'meeting is not recorded or transcribed, and no one takes screenshots.',
                         'Online attendees keep personal information out of the chat, do not record the '
                         'meeting and do not capture screenshots.']),
}
CONTROL_ORDER = ['training', 'hardcopy-destruction', 'hardcopy-distribution',
                 'password-protection', 'approved-devices', 'virtual-meeting']


class Renderer:
    """Mix-in holding the section renderers; self is a lib.Builder."""

    # ---------------------------------------------------------------- helpers
    def s(self, text):
        sp = self.spec
        return text.format(short=sp['short'], Short=sp['short'][0].upper() + sp['short'][1:],
                           short_t=sp['short'].replace('the ', 'the ', 1),
                           lead=sp['lead'], meeting=sp['meeting'], group=sp['group'])

    def ref(self, key):
        return 'section %s' % self.numbers[key]

    def lead_short(self):
        return self.spec.get('lead_short', self.spec['lead'])

    # ---------------------------------------------------------------- sections
    def r_exec(self):
        sp = self.spec
        self.para(self.s('This Memorandum of Understanding and Information Sharing Protocol (the '
                         'Memorandum) sets out how the Parties share information about ') + sp['subjects'] +
                  self.s(' through the {meeting} ({short}). It was drafted by the ') + sp['drafter'] +
                  self.s(' at the request of the {group}') + (', ' + sp['since'] if sp.get('since') else '') + '.')
        if sp.get('claims_authority'):
            self.para(sp['claims_authority'].format(purposes=self.ref('purposes')))
        else:
            self.para('The Memorandum does not itself authorise the sharing of personal information. Each '
                      'disclosure must be permitted by the legal authority recorded for its purpose in %s; '
                      'the Memorandum records those authorities and the controls the Parties have agreed to '
                      'apply to the information.' % self.ref('authority'))
        n = sp.get('exec_purpose_count', len(sp['purposes']))
        items = [self.s('{lead} is the lead agency. It convenes {short} and maintains this Memorandum.'),
                 'Information is shared for %s purposes, each matched to a legal authority.' % NUMW(n),
                 'Information shared is classified %s and handled under the Protective Security '
                 'Requirements.' % sp['classification'] if not sp.get('sdt_only') else None,
                 sp['exec_review']]
        self.para('In summary:')
        self.bullets([i for i in items if i])
        for extra in sp.get('exec_extra', []):
            self.para(extra)

    def r_parties(self):
        sp = self.spec
        if sp['v'] == 'B':
            self.para(self.s('The agencies listed below attend {short} and have each signed this '
                             'Memorandum (') + self.ref('agreement') + '). In this Memorandum they are '
                      'called the Parties.')
            self.para(self.s('Lead agency: {lead}. The lead agency convenes {short}, keeps the master copy '
                             'of this Memorandum and coordinates its implementation and review.'))
        else:
            self.para(self.s('The agencies below attend {short} and are the Parties to, and signatories of, '
                             'this Memorandum. {lead} is the lead agency: it convenes {short}, holds the '
                             'master copy of this Memorandum and coordinates its implementation and review.'))
        rows = [(p['name'], p['role'], p['reps']) for p in sp['parties']]
        self.table(['Party', self.s('Role in {short}').replace('Role in the ', 'Role in the '),
                    'Attending representative(s)'], rows, widths=[5.2, 6.0, 5.2], first_col_bold=True)
        for extra in sp.get('parties_extra', []):
            self.para(extra)

    def r_context(self):
        sp = self.spec
        layout_keys = [k for k, _, _ in self.layout]
        if 'background' in layout_keys:
            self.para(self.s('This section explains why {short} exists and what the Parties expect it to '
                             'achieve.'))
            return
        for t in sp['background']:
            self.para(t)
        self.para(self.s('The objectives of {short} are to:'))
        self.bullets(sp['objectives'])

    def r_background(self):
        for t in self.spec['background']:
            self.para(t)

    def r_objectives(self):
        self.para(self.s('The objectives of {short} are to:'))
        self.bullets(self.spec['objectives'])

    def r_purposes(self):
        sp = self.spec
        self.para(self.s('Information is shared through {short} only for the purposes below. Each purpose '
                         'has a reference (P1, P2 and so on) used in the rest of this Memorandum.'))
        self.table(['Ref', 'Purpose of sharing'], [(p['ref'], p['text']) for p in sp['purposes']],
                   widths=[1.6, 14.8], first_col_bold=True)
        self.para('Information is not shared for any other purpose. A new purpose can be added only by '
                  'amending this Memorandum under %s, once its legal authority has been confirmed.'
                  % self.ref('review'))

    def r_scope(self):
        sp = self.spec
        self.para(self.s('The categories of information each Party may bring to {short} are set out below. '
                         'Representatives share only the part of a category that is relevant to the person '
                         'being discussed and to the purpose concerned.'))
        self.table(['Information category', 'Provided by', 'Purpose(s)'], sp['scope'],
                   widths=[9.0, 4.6, 2.8])
        for t in sp.get('scope_extra', []):
            self.para(t)

    def r_authority(self):
        sp = self.spec
        if sp.get('authority_intro'):
            self.para(sp['authority_intro'])
        else:
            self.para('This Memorandum does not itself authorise the sharing of information, and it cannot '
                      'create or change the law. It records, for each purpose, the legal authority the '
                      'Parties rely on. Before disclosing, a representative must be satisfied that the '
                      'criteria of the relevant provision are met, and should seek advice from their '
                      'agency\u2019s privacy or legal team if unsure.')
        rows = []
        for p in sp['purposes']:
            if p['ref'] in sp.get('auth_skip', ()):
                continue
            rows.append((p['ref'], p.get('short', p['text']), p['auth'], p['cond']))
        self.table(['Ref', 'Purpose', 'Legal authority', 'Conditions for reliance'], rows,
                   widths=[1.3, 4.6, 4.8, 5.7], first_col_bold=True)
        for t in sp.get('authority_extra', []):
            self.para(t)

    def r_principles(self):
        fn = self.spec.get('fn_ipps', '^[Privacy Act 2020, s 22 (information privacy principles).]')
        self.para(self.s('The Parties manage information shared through {short} in line with the information '
                         'privacy principles') + fn + ' and the following principles:')
        self.bullets(self.spec.get('principles', [
            '**Necessity** \u2013 only information needed for a purpose in %s is shared.' % self.ref('purposes'),
            '**Accuracy** \u2013 representatives say where information came from and how current it is, '
            'and correct it if it turns out to be wrong.',
            '**Proportionality** \u2013 the amount and sensitivity of information shared is matched to the '
            'level of concern.',
            '**Mana and dignity** \u2013 people are discussed respectfully, by name only where that is '
            'needed, and never for curiosity.']))

    def r_use(self):
        sp = self.spec
        self.para('Information received under this Memorandum is used only for the purpose for which it was '
                  'shared (%s), and only in the way the relevant legal authority allows.' % self.ref('purposes'))
        self.para(self.s('Parties do not enter information received from another Party into their own '
                         'systems or records unless they need it to carry out an action agreed at {short}. '
                         'Where a Party does record it, the record notes:'))
        self.bullets(['the Party the information came from;',
                      'the legal authority it was shared under;',
                      'the purpose for which it was shared;',
                      'any restriction on how it may be used; and',
                      'the date it was shared.'])
        self.para('Any other use of the information \u2013 for example for an unrelated investigation, a '
                  'service review or research \u2013 needs a fresh assessment of purpose and legal authority '
                  'by the Party concerned, with advice from its privacy or legal team. Reporting to the ' +
                  sp['group_short'] + ' uses aggregate, de-identified figures only.')
        for t in sp.get('use_extra', []):
            self.para(t)

    def r_openness(self):
        for t in self.spec['openness']:
            self.para(self.s(t))
        self.para(self.s('Each Party\u2019s privacy statement describes its participation in {short}. Where '
                         'telling a person would put someone at risk or prejudice the maintenance of the '
                         'law, the reason is recorded in the action log and the decision is revisited at the '
                         'next meeting at which the person is discussed.') + self.spec.get(
                  'fn_ipp3', '^[Privacy Act 2020, s 22, IPP 3 (collection of information from the subject) '
                  'and the exceptions in IPP 3(4).]'))

    def r_transfer(self):
        sp = self.spec
        self.para('Information moves between the Parties only by the methods below. Each Party has confirmed '
                  'that these methods are approved for use by its agency and protect the information.')
        self.bullets(sp['transfer'])
        for t in sp.get('transfer_extra', []):
            self.para(t)

    def r_security(self):
        self.para(self.s('This section sets the protective marking for information shared through {short} '
                         'and the minimum security requirements every Party applies, in its own environment '
                         'as well as when sharing.'))

    def r_marking(self):
        sp = self.spec
        if sp.get('marking_text'):
            for t in sp['marking_text']:
                self.para(t)
            return
        if sp.get('marking_sdt'):
            p = self.para('Protective marking for all information shared under this Memorandum: ')
            p._p.append(sdt_dropdown(sp['classification'], ['UNCLASSIFIED', 'IN-CONFIDENCE', 'SENSITIVE',
                                                            'RESTRICTED'], 'Protective marking',
                                     'PSRMarking', bold=True))
        else:
            self.para('Information shared under this Memorandum is classified **%s**.' % sp['classification'])
        if sp.get('sdt_only'):
            self.para('Agendas, case lists, action logs and emails that contain personal information carry this '
                      'marking in the header, footer and email subject line, and are handled under the Protective '
                      'Security Requirements for information at that level.')
            return
        self.para('Agendas, case lists, action logs and emails that contain personal information carry the '
                  '%s marking in the header, footer and email subject line, and are handled under the '
                  'Protective Security Requirements.^[New Zealand Government Security Classification System, '
                  'Protective Security Requirements (PSR), INFOSEC and handling requirements for %s '
                  'information.]' % (sp['classification'], sp['classification']))
        if sp.get('ngo_names'):
            self.para('%s %s confirmed that %s can receive and handle %s information and %s the handling '
                      'requirements.' % (sp['ngo_names'], 'have' if ' and ' in sp['ngo_names'] else 'has',
                                         'they' if ' and ' in sp['ngo_names'] else 'it',
                                         sp['classification'],
                                         'understand' if ' and ' in sp['ngo_names'] else 'understands'))

    def r_controls(self):
        sp = self.spec
        vi = sp.get('cv', 0)
        self.para(self.s('The following minimum requirements apply to all sharing through {short}. A Party may '
                         'apply stricter controls of its own.'))
        rows = []
        for key in CONTROL_ORDER:
            if key in sp.get('controls_skip', ()):
                continue
            label, texts = CONTROL_ROWS[key]
            rows.append((label, texts[vi].format(train_extra=sp.get('train_extra', ''))))
        rows.extend(sp.get('controls_extra', []))
        self.table(['Requirement', 'What the Parties have agreed'], rows, widths=[4.2, 12.2],
                   first_col_bold=True)

    def r_tiriti(self):
        for t in self.spec['tiriti']:
            self.para(t)
        if self.spec.get('tiriti_bullets'):
            self.bullets(self.spec['tiriti_bullets'])

    def r_records(self):
        sp = self.spec
        self.para('Parties retain information received under this Memorandum only where they are using it '
                  'for a purpose in %s \u2013 for example to complete a risk or needs assessment or to deliver '
                  'an agreed support. Retained information is stored in the Party\u2019s approved business '
                  'system, and any copy received by email is then deleted from mailboxes.' % self.ref('purposes'))
        if sp.get('records_jic'):
            self.para(sp['records_jic'])
        elif sp.get('records_no_jic'):
            self.para(sp['records_no_jic'])
        self.para('Information is held only for as long as it is needed for that purpose, and is then '
                  'disposed of under the Party\u2019s retention and disposal authority.^[Public Records Act '
                  '2005, s 17 (requirement to create and maintain records) and s 18 (disposal only with the '
                  'authority of the Chief Archivist). Non-government Parties apply their own retention '
                  'policies.]')
        self.para(self.s('{lead} keeps the agendas, action logs and minutes of {short} in its records system '
                         'under its own disposal authority. Action logs record decisions and agreed actions, '
                         'not case narrative.'))
        for t in sp.get('records_extra', []):
            self.para(t)

    def r_incident(self):
        sp = self.spec
        self.para(self.s('A privacy or security incident is any loss of, unauthorised access to, or '
                         'unauthorised disclosure of information shared through {short} \u2013 for example an '
                         'email sent to the wrong person, a case list left in a meeting room, or a screenshot '
                         'taken during an online meeting.'))
        if sp.get('incident_text'):
            for t in sp['incident_text']:
                self.para(t)
        else:
            b = sp['breach']
            if b.get('sdt'):
                p = self.para(self.s('The designated incident contact for {short} is: '))
                p._p.append(sdt_text(b['sdt'], 'Incident contact', 'IncidentContact'))
            elif b.get('schedule'):
                self.para(self.s('The designated incident contact for {short} is the ') + b['role'] + ', ' +
                          b['agency'] + ', whose contact details are set out in ' + b['schedule'] + '.')
            elif b.get('table'):
                self.para(self.s('The Parties have agreed the following designated incident contact for {short}:'))
                self.table(['Role', 'Agency', 'Email', 'Phone'],
                           [(b['role'], b['agency'], b['email'], b['phone'])], widths=[4.4, 4.6, 4.6, 2.8])
            else:
                self.para(self.s('The designated incident contact for {short} is the ') + b['role'] + ', ' +
                          b['agency'] + ', who can be reached at ' + b['email'] + ' or on ' + b['phone'] + '.')
            self.para('The Party that discovers an incident:')
            self.bullets([
                'takes immediate steps to contain it (for example by recalling an email or asking the '
                'recipient to delete it);',
                'tells the designated incident contact and its own privacy officer as soon as possible, and '
                'in any case within 24 hours;',
                'works with the designated incident contact and any other affected Party to assess the harm '
                'and agree what to tell the people affected; and',
                'records the incident and the steps taken.'])
            if sp.get('incident_notify'):
                self.para(sp['incident_notify'])
                return
            self.para('The Party that holds the information assesses whether the incident is a notifiable '
                      'privacy breach and, if it is, notifies the Privacy Commissioner and affected people as '
                      'soon as practicable.^[Privacy Act 2020, Part 6, subpart 1 (notifiable privacy breaches), '
                      'in particular ss 114 and 115.] The designated incident contact reports incidents, '
                      'without identifying information, to the ' + sp['group_short'] + '.')

    def r_probity(self):
        self.para(self.s('A representative has a conflict of interest where they know, are related to or have '
                         'a personal connection with a person being discussed, or where a private interest '
                         'could reasonably be seen to influence their part in {short}. A representative with an '
                         'actual or perceived conflict:'))
        self.bullets(['tells the chair as soon as they become aware of it;',
                      'passes any request for information about the person to a colleague in their agency to '
                      'answer; and',
                      'leaves the meeting (or the online session) while the person is discussed.'])
        self.para('The chair records conflicts and how they were managed in the action log. Where the chair '
                  'has a conflict, a deputy chairs that part of the meeting. The lead agency and each Party '
                  'also apply their own code of conduct.')

    def r_governance(self):
        sp = self.spec
        self.para(self.s('Each Party has nominated a relationship manager who oversees its participation in '
                         '{short}, supports its representatives with information sharing questions and '
                         'liaises with the Party\u2019s privacy and legal advisers. Relationship managers '
                         'need not attend {short}, but must understand its purpose, its Parties and the '
                         'information shared.'))
        if sp.get('rm_no_contacts'):
            self.table(['Party', 'Relationship manager'],
                       [(p['name'], p['rm'][0]) for p in sp['parties']], widths=[7.4, 9.0])
        else:
            self.table(['Party', 'Relationship manager', 'Contact'],
                       [(p['name'], p['rm'][0], p['rm'][1]) for p in sp['parties']],
                       widths=[5.4, 5.8, 5.2])
        self.para('Relationship managers meet %s to confirm that the Memorandum is operating as intended, '
                  'including whether the purposes or the information shared have drifted.' % sp.get('rm_freq', 'every six months'))
        self.para('Responsibilities for operating this Memorandum are set out below.')
        ls = self.lead_short()
        rows = [('Convene meetings and keep the action log', 'A/R', 'I', 'I', '\u2013'),
                ('Maintain this Memorandum and circulate signed copies', 'A/R', 'C', 'C', 'I'),
                ('Confirm representatives have completed training', 'C', 'R', 'A', '\u2013')]
        if not sp.get('raci_no_incident'):
            rows.append(('Coordinate the response to a privacy or security incident', 'A/R', 'R', 'C', 'I'))
        rows += [('Annual assurance report', 'A/R', 'C', 'C', 'I'),
                 ('Initiate and coordinate review of this Memorandum', 'A/R', 'C', 'C', 'I')]
        self.table(['Activity', ls + ' (lead agency)', 'Other Parties', 'Relationship managers',
                    sp['group_short']], rows, widths=[6.0, 2.8, 2.4, 2.6, 2.6])
        self.para('R = Responsible; A = Accountable; C = Consulted; I = Informed.', italic=True, size=8.5)
        self.para(self.s('{lead} provides the ') + sp['group_short'] + self.s(' with an annual assurance '
                  'report covering the number of people discussed, any incidents, any conflicts declared and '
                  'any issues with the operation of this Memorandum. The report contains no identifying '
                  'information.'))

    def r_review(self):
        sp = self.spec
        if sp.get('review_runs'):
            p = self.para()
            for piece in sp['review_runs']:
                p._p.append(piece() if callable(piece) else run(piece))
            self.blocks += 1
        for t in sp['review_text']:
            self.para(t)
        self.para('Any Party may ask for an earlier review if an issue arises with the sharing of '
                  'information. A review involves:')
        self.bullets(['a full read-through of this Memorandum;',
                      'confirming with each Party that the sharing is still needed, and whether the purposes, '
                      'the use of the information or its quality have changed;',
                      'agreeing and signing off any amendments; and',
                      'giving every Party the updated Memorandum and making sure representatives understand '
                      'the changes.'])
        self.para('Minor administrative changes, such as updated contact details, may be agreed in writing by '
                  'the relationship managers without re-signing.')

    def r_agreement(self):
        sp = self.spec
        self.para('By signing, each Party confirms that it has read this Memorandum, has obtained privacy and '
                  'legal advice on it, and will ensure its representatives share and handle information in '
                  'line with it.')
        blocks = []
        for p in sp['parties']:
            if p['name'] in sp.get('sign_skip', ()):
                continue
            blocks.append(('Signed for and on behalf of', p.get('sign_as', p['name'])) + p['sig'])
        for b in sp.get('extra_blocks', []):
            blocks.append(b)
        self.signature_grid(blocks)

    def signature_grid(self, blocks):
        sp = self.spec
        nrows = (len(blocks) + 1) // 2
        t = self.doc.add_table(rows=nrows, cols=2)
        t.style = self.doc.styles['Table Grid']
        for i, blk in enumerate(blocks):
            head, org, name, pos, date = blk[:5]
            c = t.rows[i // 2].cells[i % 2]
            c.width = Cm(8.2)
            p = c.paragraphs[0]
            p.style = self.doc.styles['Table Text']
            p._p.append(run(head, size=8.5, color='595959'))
            p = c.add_paragraph(style='Table Text')
            p._p.append(run(org, bold=True))
            c.add_paragraph(style='Table Text')
            p = c.add_paragraph(style='Table Text')
            p._p.append(run('Signature: ______________________________'))
            for label, val in (('Name: ', name), ('Position: ', pos)):
                p = c.add_paragraph(style='Table Text')
                p._p.append(run(label, bold=True))
                if val:
                    p._p.append(run(val))
            p = c.add_paragraph(style='Table Text')
            p._p.append(run('Date: ', bold=True))
            if date:
                if sp.get('date_pickers'):
                    p._p.append(sdt_date(date, iso_of(date)))
                else:
                    p._p.append(run(date))
            self.blocks += 3
        self.para('', space_after=2)


def NUMW(n):
    return {1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six'}[n]


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']


def iso_of(date):
    d, m, y = date.split()
    return '%s-%02d-%02d' % (y, MONTHS.index(m) + 1, int(d))




# ======================= clean specifications =======================
import datetime

FVA20 = ('Family Violence Act 2018, s 20^[Family Violence Act 2018, s 20: a family violence agency or '
         'social services practitioner may use or disclose personal information for the purposes set out '
         'in that section, including to help ensure that a victim is protected from family violence.]')
OTA66C = ('Oranga Tamariki Act 1989, s 66C^[Oranga Tamariki Act 1989, s 66C: a child welfare and '
          'protection agency or independent person may disclose personal information to another such '
          'agency or person for the purposes set out in s 66C(1), subject to the consultation '
          'requirements in that section.]')
IPP11F = 'Privacy Act 2020, s 22, IPP 11(1)(f)'
HIPC112D = 'Health Information Privacy Code 2020, rule 11(2)(d)'
IPP11C = 'Privacy Act 2020, s 22, IPP 11(1)(c)'
HIPC111B = 'Health Information Privacy Code 2020, rule 11(1)(b)'

PSR_THREAT = ('The threat must be serious. The disclosing Party must believe on reasonable grounds that '
              'disclosure is necessary to prevent or lessen it, and records why.')
CONSENT = ('The person has authorised the disclosure on the signed referral and consent form, which is '
           'held by the referring Party. Consent can be withdrawn at any time.')


def dt(y, m, d, h=9):
    return datetime.datetime(y, m, d, h, 0, 0)


CLEAN = []

# ---------------------------------------------------------------------------
# clean-01  Whanganui family harm safety table
# ---------------------------------------------------------------------------
CLEAN.append(dict(
    file='clean-01-whanganui-family-harm-safety-table.docx',
    kind='clean', v='A', cv=0,
    note='Family harm safety table, six Parties incl. NGO and kaupapa Maori provider, four purposes each '
         'with an authority in the Authorising environment table; SENSITIVE marking in body, header and a '
         'custom Classification property; 12-month review due 20 February 2027.',
    group="Whanganui Regional Public Service Commissioner\u2019s Social Sector Group",
    group_short='Social Sector Group',
    drafter='Information Sharing Policy Team, Ministry of Justice',
    meeting='Whanganui Family Harm Safety Table', short='the Safety Table',
    subjects='adult victims, tamariki and people using violence in family harm episodes reported in the '
             'Whanganui Police Area',
    since='and replaces the terms of reference agreed by the Safety Table in 2022',
    lead='New Zealand Police', lead_short='NZ Police',
    parties=[
        dict(name='New Zealand Police', role='Lead agency; convenes and chairs the Safety Table; provides '
             'the daily episode list', reps='Family Harm Coordinator, Whanganui Area; Family Harm Sergeant',
             sig=('Karen Whitlock', 'Area Commander, Whanganui', '9 February 2026'),
             rm=('Family Harm Coordinator, Whanganui Area', 'whanganui.familyharm@police.govt.nz')),
        dict(name='Oranga Tamariki\u2014Ministry for Children', role='Assesses the safety and wellbeing of '
             'tamariki in the household', reps='Supervisor, Whanganui site',
             sig=('Tamati Rangiwai', 'Site Manager, Whanganui', '11 February 2026'),
             rm=('Practice Leader, Whanganui site', 'whanganui.practiceleader@ot.govt.nz')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Provides health information relevant to '
             'risk; links whānau to health services', reps='Family Violence Intervention Coordinator, '
             'Whanganui Hospital',
             sig=('Priya Nand', 'Group Manager, Whanganui Hospital and Community Services', '12 February 2026'),
             rm=('Violence Intervention Programme Lead, Whanganui', 'vip.whanganui@tewhatuora.govt.nz')),
        dict(name='Department of Corrections \u2013 Ara Poutama Aotearoa', role='Provides sentence and '
             'release information; manages people on community sentences',
             reps='Service Manager, Community Corrections Whanganui',
             sig=('Lisa Moana', 'Regional Commissioner, Central Region', '16 February 2026'),
             rm=('Service Manager, Community Corrections Whanganui', 'whanganui.cc@corrections.govt.nz')),
        dict(name='Whanganui Women\u2019s Refuge', role='Supports adult victims; brings the victim\u2019s '
             'view of their safety', reps='Senior Advocate',
             sig=('Deborah Hayes', 'Manager', '18 February 2026'),
             rm=('Manager', 'manager@whanganuirefuge.org.nz')),
        dict(name='Te Kōpae Oranga Whānau Trust', role='Kaupapa Māori whānau ora provider; advises on '
             'tikanga and works alongside Māori whānau', reps='Kaiārahi Whānau Ora (navigator)',
             sig=('Hēmi Tūroa', 'Tumu Whakarae (Chief Executive)', '20 February 2026'),
             rm=('Kaiwhakahaere Ratonga (Services Manager)', 'ratonga@tekopae.org.nz')),
    ],
    background=[
        'Police attend more than 4,000 family harm episodes in the Whanganui Police Area each year. Before '
        '2019 each agency responded separately, and whānau could be contacted by several services with no '
        'shared view of risk. The Safety Table brings the agencies together each weekday morning to review '
        'the episodes reported in the previous 24 hours (72 hours after a weekend) and agree a coordinated '
        'response.',
        'The Safety Table is one of the priority actions of the Social Sector Group\u2019s regional plan '
        'and operates within the national family violence system led by Te Puna Aonui.',
    ],
    objectives=[
        'keep adult victims and tamariki safe after a reported family harm episode;',
        'agree a single safety plan for each whānau, with clear actions for each Party;',
        'make sure people using violence are offered support to stop; and',
        'reduce repeat episodes and the number of agencies contacting a whānau separately.',
    ],
    purposes=[
        dict(ref='P1', text='To assess the risk to adult victims and tamariki following a family harm episode '
             'reported to Police.', short='Assess risk after an episode', auth=FVA20,
             cond='The disclosing Party believes the disclosure will or may help ensure a victim is protected '
                  'from family violence, or help make a risk assessment.'),
        dict(ref='P2', text='To agree a safety plan for each whānau discussed and allocate actions to the '
             'Parties.', short='Agree a safety plan', auth='Family Violence Act 2018, s 20',
             cond='As for P1. Only information needed to carry out an allocated action is passed on.'),
        dict(ref='P3', text='To identify concerns for the safety or wellbeing of tamariki in the household '
             'and decide whether a report of concern or other response is needed.',
             short='Concerns for tamariki', auth=OTA66C,
             cond='The discloser is a child welfare and protection agency and has considered whether to '
                  'consult the child or young person and their whānau first.'),
        dict(ref='P4', text='To respond to a serious threat to the life or health of any person that '
             'becomes apparent at the Safety Table.', short='Respond to a serious threat',
             auth=IPP11F + '; ' + HIPC112D, cond=PSR_THREAT),
    ],
    scope=[
        ('Episode details: date, location, people present, nature of the harm, orders in place', 'NZ Police',
         'P1, P2, P4'),
        ('Relevant history: previous episodes, offending relevant to risk, firearms licence status',
         'NZ Police', 'P1, P2, P4'),
        ('Care and protection history of tamariki in the household', 'Oranga Tamariki', 'P1, P3'),
        ('Health information relevant to risk (injuries, pregnancy, mental health or addiction where it '
         'affects safety)', 'Health NZ', 'P1, P4'),
        ('Sentence, parole and release conditions; electronic monitoring', 'Corrections', 'P1, P2'),
        ('Victim\u2019s view of their safety and support needs', 'Women\u2019s Refuge', 'P1, P2'),
        ('Whānau engagement and supports in place', 'Te Kōpae Oranga Whānau Trust', 'P2'),
    ],
    scope_extra=['Information about people who are not part of the episode (for example neighbours or '
                 'wider whānau) is shared only where it bears directly on someone\u2019s safety.'],
    authority_extra=['Each authority is permissive: the disclosing representative decides whether sharing is '
                     'appropriate in the circumstances, and Police may also request information under s 19 '
                     'of the Family Violence Act 2018 where a Party has not brought it to the meeting.'],
    openness=[
        'Police officers attending an episode tell the adult victim that information will be shared with '
        'agencies at the Safety Table to support their safety. Women\u2019s Refuge advocates explain the '
        'Safety Table when they make contact, and give victims the Safety Table information sheet.',
        'People using violence are told by Police or Corrections that their information may be shared, '
        'unless telling them would increase the risk to the victim or tamariki.',
    ],
    transfer=[
        'Police uploads the daily episode list to the Family Safety System (FSS) by 8.30 am. Access is '
        'limited to named representatives with an FSS account.',
        'Representatives discuss each episode verbally, in person at the Whanganui Police Station or '
        'through Microsoft Teams.',
        'Agreed actions are recorded in the FSS by the Police Family Harm Coordinator.',
        'Follow-up between two Parties after the meeting is by agency email that enforces TLS encryption, '
        'marked with the protective marking.',
    ],
    classification='SENSITIVE',
    ngo_names='Whanganui Women\u2019s Refuge and Te Kōpae Oranga Whānau Trust',
    train_extra=', including the Family Safety System user module',
    controls_extra=[('Family Safety System', 'Accounts are personal and are not shared. Police removes access '
                     'within five working days of a representative leaving the Safety Table.')],
    tiriti=[
        'More than half of the whānau discussed at the Safety Table are Māori, and the information shared '
        'about them is Māori data. The Parties recognise their responsibilities under Te Tiriti o Waitangi '
        'and that it is not for the Crown Parties to decide what tikanga applies.',
        'Te Kōpae Oranga Whānau Trust advises the Safety Table on tikanga. Following hui with the Trust and '
        'with Te Rūnanga o Te Awa Tupua in November 2025, the Parties agreed that:',
    ],
    tiriti_bullets=[
        'a Māori whānau is offered a kaupapa Māori navigator as part of its safety plan;',
        'information about whakapapa, marae or iwi affiliation is not recorded unless the whānau ask for it '
        'to be;',
        'aggregate reporting about Māori whānau is reviewed with the Trust before it goes to the Social Sector '
        'Group; and',
        'the Trust may raise concerns about the handling of Māori data directly with the lead agency.',
    ],
    records_no_jic='Parties do not keep information on the basis that it might be useful later; \u2018just in '
                   'case\u2019 is not a reason to retain it.',
    breach=dict(role='Family Harm Coordinator', agency='New Zealand Police (Whanganui Area)',
                email='whanganui.familyharm@police.govt.nz', phone='06 349 0600'),
    exec_review='The Memorandum is reviewed every 12 months; New Zealand Police initiates the review.',
    review_text=['New Zealand Police, as lead agency, initiates a review of this Memorandum every 12 months '
                 'from the date of the final signature. The next review is due by 20 February 2027.'],
    extra_blocks=[],
    doc_control=[
        ('0.1', '14 October 2025', 'M. Feaunati, Senior Policy Advisor', 'First draft for discussion with '
         'Safety Table members'),
        ('0.2', '18 November 2025', 'M. Feaunati', 'Revised after review by Parties\u2019 privacy officers; '
         'legal authority table confirmed by Police Legal Services'),
        ('0.3', '12 December 2025', 'M. Feaunati; T. Paewai', 'Te Tiriti and Māori data section added after '
         'hui with Te Kōpae Oranga Whānau Trust'),
        ('1.0', '2 February 2026', 'M. Feaunati', 'Final for signature'),
    ],
    version='1.0', status='Final', date='February 2026',
    custom_props=[('Classification', 'SENSITIVE')],
    created=dt(2025, 10, 14), modified=dt(2026, 2, 20, 15), author='Mele Feaunati',
    expect=[], tolerate=[],
))

# ---------------------------------------------------------------------------
# clean-02  Whangarei rangatahi early intervention panel
# ---------------------------------------------------------------------------
CLEAN.append(dict(
    file='clean-02-whangarei-rangatahi-panel.docx',
    kind='clean', v='B', cv=1,
    note='Youth panel, five Parties plus a noted-by block for the RPSC, two purposes both under OTA s 66C '
         '(P2 also IPP 11(1)(e)(i)); marking chosen in a filled drop-down content control; breach contact '
         'held in Schedule 1 - Key contacts, to which the Incident management section refers.',
    group="Te Tai Tokerau Regional Public Service Commissioner\u2019s Social Sector Group",
    group_short='Social Sector Group',
    drafter='Youth Justice Policy Team, Oranga Tamariki\u2014Ministry for Children (National Office)',
    meeting='Whangārei Rangatahi Early Intervention Panel', short='the Panel',
    subjects='rangatahi aged 10 to 17 referred by Police Youth Aid, and their whānau',
    lead='Oranga Tamariki\u2014Ministry for Children', lead_short='Oranga Tamariki',
    parties=[
        dict(name='Oranga Tamariki\u2014Ministry for Children', role='Lead agency; convenes and chairs the '
             'Panel; youth justice coordination', reps='Youth Justice Supervisor, Whangārei; Youth Justice '
             'Coordinator', sig=('Aroha Kingi', 'Regional Manager, Te Tai Tokerau', '2 September 2025'),
             rm=('Youth Justice Manager, Whangārei', '09 470 1900')),
        dict(name='New Zealand Police', role='Refers rangatahi; provides offending and alternative action '
             'information', reps='Youth Aid Sergeant, Whangārei',
             sig=('Rawiri Heta', 'District Commander, Northland', '5 September 2025'),
             rm=('Youth Services Manager, Northland District', '09 430 4500')),
        dict(name='Ministry of Education', role='Provides enrolment and attendance information; links to '
             'learning support', reps='Senior Advisor, Attendance, Te Tai Tokerau',
             sig=('Sandra Lowe', 'Director of Education, Te Tai Tokerau', '10 September 2025'),
             rm=('Manager Learning Support, Te Tai Tokerau', '09 436 8900')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Provides health, mental health and addiction '
             'information relevant to needs', reps='Youth Forensic Clinician, Te Tai Tokerau',
             sig=('Dr Michael Tane', 'Group Manager, Mental Health and Addiction, Te Tai Tokerau', '12 September 2025'),
             rm=('Service Manager, Infant, Child and Adolescent Mental Health', '09 430 4101')),
        dict(name='Te Hononga Rangatahi Trust', role='Kaupapa Māori youth provider; mentoring and whānau '
             'support', reps='Kaiārahi Rangatahi (youth navigator)',
             sig=('Mereana Pōtae', 'Pou Whakahaere (General Manager)', '18 September 2025'),
             rm=('Team Leader, Kaiārahi Rangatahi', '09 438 2277')),
    ],
    background=[
        'Police Youth Aid in Whangārei deals with about 600 rangatahi a year whose behaviour could lead to '
        'a youth justice response. Most are better served by an early, whānau-centred plan than by formal '
        'proceedings. The Panel meets fortnightly to consider rangatahi referred by Youth Aid and to agree, '
        'with the rangatahi and their whānau, a plan that addresses the reasons for their behaviour.',
        'The Panel supports alternative action under the Oranga Tamariki Act 1989 and does not replace a '
        'family group conference where one is required.',
    ],
    objectives=[
        'understand the needs and circumstances behind each referral;',
        'agree one plan per rangatahi, with clear responsibilities;',
        'keep rangatahi in education, training or employment; and',
        'reduce reoffending and the number of rangatahi entering formal youth justice processes.',
    ],
    purposes=[
        dict(ref='P1', text='To assess the needs and circumstances of rangatahi referred to the Panel, and '
             'identify supports that address the causes of their behaviour.', short='Assess needs',
             auth=OTA66C, cond='Shared by child welfare and protection agencies for the purposes in '
             's 66C(1); the rangatahi and whānau are consulted unless that would be unsafe or impracticable.'),
        dict(ref='P2', text='To agree, coordinate and monitor each rangatahi\u2019s plan, including '
             'alternative action plans.', short='Agree and monitor plans',
             auth='Oranga Tamariki Act 1989, s 66C; for Police offending information, Privacy Act 2020, '
                  's 22, IPP 11(1)(e)(i)',
             cond='As for P1. Police relies on IPP 11(1)(e)(i) only where disclosure is necessary to avoid '
                  'prejudice to the prevention or detection of offending.'),
    ],
    scope=[
        ('Referral details: offending or behaviour of concern, alternative action history', 'NZ Police', 'P1, P2'),
        ('Youth justice and care status; previous family group conference plans', 'Oranga Tamariki', 'P1, P2'),
        ('School enrolment, attendance, stand-downs and suspensions', 'Ministry of Education', 'P1, P2'),
        ('Health, mental health and alcohol and other drug needs relevant to the plan', 'Health NZ', 'P1'),
        ('Engagement with mentoring; whānau view of the plan', 'Te Hononga Rangatahi Trust', 'P2'),
    ],
    authority_extra=['Where a Party needs information that another Party has not brought to the Panel, Oranga '
                     'Tamariki or Police may request it under s 66 of the Oranga Tamariki Act 1989.'],
    openness=[
        'Youth Aid explains the Panel to the rangatahi and a parent or caregiver when making a referral, and '
        'gives them the Panel information sheet in English or te reo Māori. Rangatahi and whānau are invited '
        'to take part in developing the plan.',
        'Where a rangatahi or whānau does not want a particular Party involved, the Panel records that view '
        'and takes it into account.',
    ],
    transfer=[
        'Oranga Tamariki circulates the agenda (names, dates of birth and referral reason only) two working '
        'days before each meeting as a password-protected attachment by SEEMail.',
        'Representatives share information verbally at the meeting, held at the Oranga Tamariki Whangārei '
        'site or on Microsoft Teams.',
        'Agreed plans are recorded in CYRAS by Oranga Tamariki; other Parties receive only the actions '
        'allocated to them.',
    ],
    classification='IN-CONFIDENCE', marking_sdt=True,
    ngo_names='Te Hononga Rangatahi Trust',
    train_extra='',
    tiriti=[
        'Most rangatahi referred to the Panel are Māori. The Parties acknowledge that information about them '
        'is Māori data, and that rangatahi and whānau have rights under Te Tiriti o Waitangi to exercise '
        'rangatiratanga over decisions that affect them.',
        'Te Hononga Rangatahi Trust advises the Panel on tikanga. The Panel opens and closes with karakia, '
        'offers whānau the opportunity to attend with a support person, and does not record whakapapa or '
        'iwi affiliation unless the whānau wish it. Aggregate information about Māori rangatahi is shared '
        'with Te Tai Tokerau iwi chairs only in a form agreed with the Trust.',
    ],
    records_no_jic=None,
    breach=dict(role='Privacy Officer', agency='Oranga Tamariki\u2014Ministry for Children',
                schedule='Schedule 1 \u2013 Key contacts'),
    schedule=dict(title='Schedule 1 \u2013 Key contacts',
                  headers=['Contact', 'Role', 'Agency', 'Email', 'Phone'],
                  rows=[('Designated incident contact', 'Privacy Officer', 'Oranga Tamariki\u2014Ministry for '
                         'Children', 'privacy.tetaitokerau@ot.govt.nz', '09 470 1912'),
                        ('Panel convenor', 'Youth Justice Supervisor, Whangārei', 'Oranga Tamariki\u2014Ministry '
                         'for Children', 'whangarei.panel@ot.govt.nz', '09 470 1900'),
                        ('Police liaison', 'Youth Aid Sergeant, Whangārei', 'New Zealand Police',
                         'whangarei.youthaid@police.govt.nz', '09 430 4500')]),
    exec_review='The Memorandum is reviewed every two years; Oranga Tamariki initiates the review.',
    review_text=['Oranga Tamariki, as lead agency, is responsible for initiating a review of this Memorandum '
                 'every 24 months. The next review is due by 18 September 2027.'],
    extra_blocks=[('Noted by', 'Regional Public Service Commissioner, Te Tai Tokerau', 'Hiria Paraone',
                   'Regional Public Service Commissioner', '22 September 2025')],
    doc_control=[
        ('0.1', '3 March 2025', 'J. Hohaia, Policy Advisor', 'Initial draft'),
        ('0.2', '28 April 2025', 'J. Hohaia', 'Legal authorities revised after advice from Oranga Tamariki Legal'),
        ('0.3', '9 June 2025', 'J. Hohaia; W. Kawiti', 'Changes from Te Hononga Rangatahi Trust and Panel hui'),
        ('1.0', '25 August 2025', 'J. Hohaia', 'Final for signature'),
    ],
    version='1.0', status='Final', date='August 2025',
    created=dt(2025, 3, 3), modified=dt(2025, 9, 22, 11), author='Jade Hohaia',
    expect=[], tolerate=[],
))

# ---------------------------------------------------------------------------
# clean-03  Heretaunga housing case coordination panel
# ---------------------------------------------------------------------------
CLEAN.append(dict(
    file='clean-03-heretaunga-housing-panel.docx',
    kind='clean', v='C', cv=2,
    note='Housing and homelessness panel led by MSD, six Parties, three consent/threat-based purposes with '
         'Privacy Act and HIPC authorities; purposes nested as 2.3 and records as a Heading 2 under '
         'Information management principles; 18-month review due 17 December 2027.',
    group='Heretaunga Housing and Homelessness Taskforce', group_short='Taskforce',
    drafter='Homelessness Policy Team, Te Tūāpapa Kura Kāinga \u2013 Ministry of Housing and Urban Development',
    meeting='Heretaunga Housing Case Coordination Panel', short='the Panel',
    subjects='individuals and whānau in emergency, transitional or insecure housing in the Hastings District '
             'who have agreed to be referred',
    lead='Ministry of Social Development', lead_short='MSD',
    parties=[
        dict(name='Ministry of Social Development', role='Lead agency; convenes the Panel; housing register '
             'and emergency housing', reps='Regional Housing Manager; Intensive Case Manager',
             sig=('Grant Te Huia', 'Regional Commissioner, East Coast', '3 June 2026'),
             rm=('Regional Housing Manager, East Coast', 'eastcoast_housing@msd.govt.nz')),
        dict(name='Kāinga Ora \u2013 Homes and Communities', role='Public housing placements and sustaining '
             'tenancies', reps='Placement Manager, Hastings',
             sig=('Louise Tapsell', 'Regional Director, Central', '5 June 2026'),
             rm=('Area Manager, Hawke\u2019s Bay', 'hawkesbay.area@kaingaora.govt.nz')),
        dict(name='Hastings District Council', role='Rough sleeper outreach; council housing for older people',
             reps='Homelessness Outreach Coordinator',
             sig=('Craig Morrison', 'Group Manager, Community Wellbeing and Services', '8 June 2026'),
             rm=('Community Safety Lead', 'communitysafety@hdc.govt.nz')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Health and disability needs relevant to '
             'housing; discharge planning', reps='Social Work Team Leader, Hawke\u2019s Bay Fallen Soldiers\u2019 '
             'Memorial Hospital', sig=('Anaru Waaka', 'Group Manager, Hawke\u2019s Bay Community Services', '10 June 2026'),
             rm=('Allied Health Manager, Hawke\u2019s Bay', 'alliedhealth.hb@tewhatuora.govt.nz')),
        dict(name='Heretaunga Whare Ora Trust', role='Transitional housing provider; tenancy support',
             reps='Tenancy Support Team Leader', sig=('Sione Fifita', 'Chief Executive', '15 June 2026'),
             rm=('Operations Manager', 'operations@whareora.org.nz')),
        dict(name='Ngā Pou Whare Kaupapa Māori Services', role='Kaupapa Māori housing navigators; whānau '
             'ora support', reps='Kaiārahi Whare (housing navigator)',
             sig=('Waimarie Nikora', 'Tumuaki (Director)', '17 June 2026'),
             rm=('Kaiwhakahaere (Manager)', 'kaiwhakahaere@ngapouwhare.org.nz')),
    ],
    background=[
        'At the end of 2025 more than 300 households in the Hastings District were in emergency or '
        'transitional accommodation, many for longer than 12 weeks. The Taskforce established the Panel so '
        'that agencies working with the same households could plan together, with the household\u2019s '
        'agreement, instead of separately.',
        'The Panel meets weekly and considers households that have signed the Panel referral and consent '
        'form, and any person in emergency accommodation about whom there is a serious safety concern.',
    ],
    objectives=[
        'move households from emergency accommodation into secure housing more quickly;',
        'make sure health, disability and support needs are met alongside the housing need;',
        'sustain new tenancies through the first 12 months; and',
        'respond quickly where a person in emergency accommodation is at serious risk.',
    ],
    purposes=[
        dict(ref='P1', text='To identify the housing, health and support needs of households who have agreed '
             'to be referred to the Panel.', short='Identify needs (with consent)',
             auth=IPP11C + '; for health information, ' + HIPC111B, cond=CONSENT),
        dict(ref='P2', text='To coordinate placement into public, transitional or council housing and agree '
             'the supports each Party will provide.', short='Coordinate placement and support',
             auth=IPP11C + '; ' + HIPC111B, cond=CONSENT + ' Information is limited to what the placing '
             'Party needs.'),
        dict(ref='P3', text='To respond where a person in emergency accommodation faces a serious threat to '
             'their life, health or safety, or poses one to others.', short='Respond to serious risk',
             auth=IPP11F + '; ' + HIPC112D, cond=PSR_THREAT),
    ],
    scope=[
        ('Housing register status, priority rating, emergency housing grant history, benefit type',
         'MSD', 'P1, P2'),
        ('Tenancy offers, previous Kāinga Ora tenancies and tenancy support needs', 'Kāinga Ora', 'P1, P2'),
        ('Rough sleeper outreach contacts; council housing applications', 'Hastings District Council', 'P1, P2'),
        ('Health and disability needs relevant to housing; discharge dates', 'Health NZ', 'P1, P2, P3'),
        ('Case management summaries; tenancy support progress', 'Heretaunga Whare Ora Trust; Ngā Pou Whare',
         'P1, P2'),
        ('Information indicating a serious risk to the person or others', 'Any Party', 'P3'),
    ],
    openness=[
        'Households are referred to the Panel only after a Party has explained the Panel, what will be shared '
        'and with whom, and the household has signed the referral and consent form. The form is available in '
        'English, te reo Māori, Tongan and Samoan.',
        'A household may withdraw consent at any time by telling any Party; the Panel then stops discussing '
        'them except under P3.',
    ],
    transfer=[
        'MSD sends the weekly case list to representatives on the Friday before each meeting as a '
        'password-protected attachment by SEEMail or TLS-enforced email.',
        'Households are discussed verbally at the meeting, held at the MSD Hastings service centre with the '
        'option of joining on Microsoft Teams.',
        'Agreed actions are recorded in the Panel action log, held by MSD in its records system. Each Party '
        'receives only its own actions.',
    ],
    classification='IN-CONFIDENCE',
    ngo_names='Heretaunga Whare Ora Trust and Ngā Pou Whare Kaupapa Māori Services',
    tiriti=[
        'Māori are over-represented among households in emergency housing in Heretaunga. Information about '
        'them is Māori data, and the Parties acknowledge their obligations under Te Tiriti o Waitangi, '
        'including to enable whānau to exercise tino rangatiratanga over decisions about their housing.',
        'Ngā Pou Whare Kaupapa Māori Services advises the Panel on tikanga and is offered the lead role '
        'for Māori households that want a kaupapa Māori service. Aggregate data about Māori households is '
        'not released outside the Taskforce without the agreement of Ngā Pou Whare and Te Taiwhenua o '
        'Heretaunga.',
    ],
    records_no_jic=None,
    breach=dict(role='Regional Privacy Advisor', agency='Ministry of Social Development (East Coast)',
                email='eastcoast_privacy@msd.govt.nz', phone='06 878 4300'),
    exec_review='The Memorandum is reviewed every 18 months; MSD is responsible for initiating the review.',
    review_text=['This Memorandum will be reviewed 18 months after the date of the final signature, and every '
                 '18 months after that. The Ministry of Social Development, as lead agency, is responsible for '
                 'initiating each review. The first review is due by 17 December 2027.'],
    extra_blocks=[],
    doc_control=[
        ('0.1', '2 February 2026', 'K. Sharma, Senior Policy Advisor', 'First draft'),
        ('0.2', '16 March 2026', 'K. Sharma', 'Consent form and P1\u2013P2 authorities revised after MSD '
         'and Health NZ privacy review'),
        ('0.3', '20 April 2026', 'K. Sharma; R. Tomoana', 'Te Tiriti section revised with Ngā Pou Whare'),
        ('1.0', '25 May 2026', 'K. Sharma', 'Final for signature'),
    ],
    version='1.0', status='Final', date='May 2026',
    created=dt(2026, 2, 2), modified=dt(2026, 6, 17, 16), author='Kiran Sharma',
    expect=[], tolerate=[],
))

# ---------------------------------------------------------------------------
# clean-04  Waimakariri elder abuse case review (district council led)
# ---------------------------------------------------------------------------
CLEAN.append(dict(
    file='clean-04-waimakariri-elder-abuse-network.docx',
    kind='clean', v='A', cv=1,
    note='Elder abuse network led by a district council, two purposes; signature dates in date-picker content '
         'controls (latest 8 December 2025) and an annual review with next review 8 December 2026, two weeks '
         'after the as-of date; records section forbids just-in-case keeping.',
    group='Waimakariri Elder Abuse Prevention Network', group_short='Network Governance Group',
    drafter='Office for Seniors policy team, Ministry of Social Development',
    meeting='Waimakariri Older Persons\u2019 Safety Case Review', short='the Case Review',
    subjects='older people (generally aged 65 and over) who are, or may be, experiencing abuse or neglect '
             'in the Waimakariri District',
    lead='Waimakariri District Council', lead_short='Council',
    parties=[
        dict(name='Waimakariri District Council', role='Lead agency; convenes the Case Review; landlord of '
             'council housing for older people', reps='Community Safety Coordinator; Housing for Older '
             'People Officer', sig=('Tracey Buckingham', 'General Manager, Community and Recreation', '17 November 2025'),
             rm=('Community Safety Coordinator', 'communitysafety@wmk.govt.nz')),
        dict(name='New Zealand Police', role='Reports of harm to older people; welfare checks',
             reps='Family Harm Sergeant, Rangiora', sig=('Paul Reddington', 'Area Commander, Canterbury North', '20 November 2025'),
             rm=('Family Harm Sergeant, Rangiora', 'rangiora.familyharm@police.govt.nz')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Needs assessment, capacity assessment '
             'outcomes, home and community support', reps='Older Persons Health Social Worker',
             sig=('Fiona Grant', 'Service Manager, Older Persons Health, Waitaha Canterbury', '24 November 2025'),
             rm=('Service Manager, Older Persons Health', 'oph.waitaha@tewhatuora.govt.nz')),
        dict(name='Age Concern North Canterbury', role='Elder Abuse Response Service provider',
             reps='Elder Abuse Response Coordinator', sig=('Janet Ellery', 'Manager', '27 November 2025'),
             rm=('Manager', 'manager@acnorthcanterbury.org.nz')),
        dict(name='Ministry of Social Development', role='Income support; financial exploitation concerns',
             reps='Senior Case Manager, Rangiora', sig=('Bronwyn Walsh', 'Regional Commissioner, Canterbury', '2 December 2025'),
             rm=('Service Centre Manager, Rangiora', 'rangiora_sc@msd.govt.nz')),
        dict(name='Te Whare Manaaki Kaumātua Trust', role='Kaupapa Māori support for kaumātua and whānau',
             reps='Kaiāwhina Kaumātua', sig=('Rangi Tau', 'Kaiwhakahaere Matua (General Manager)', '8 December 2025'),
             rm=('Kaiwhakahaere Matua', 'manaaki@twmk.org.nz')),
    ],
    background=[
        'Each year Age Concern North Canterbury receives about 120 referrals about older people in the '
        'Waimakariri District who may be experiencing financial, psychological or physical abuse or neglect. '
        'Many older people are known to more than one agency, and responses were often delayed while '
        'agencies worked out what the others knew.',
        'The Network, convened by the District Council as part of its Positive Ageing Strategy, established '
        'the Case Review in 2025. It meets monthly, and urgently where needed.',
    ],
    objectives=[
        'respond quickly and consistently to suspected abuse or neglect of older people;',
        'respect the older person\u2019s own wishes and decision-making wherever possible;',
        'agree who will act, and avoid several agencies contacting the older person separately; and',
        'identify patterns of harm to inform the Network\u2019s prevention work.',
    ],
    purposes=[
        dict(ref='P1', text='To coordinate a response to a referral about suspected abuse or neglect of an '
             'older person, where the older person (or their attorney, where the attorney is not the '
             'person of concern) has agreed.', short='Coordinate a response (with agreement)',
             auth=IPP11C + '; ' + HIPC111B,
             cond='Agreement is recorded by the referring Party. If the older person withdraws agreement, '
                  'sharing under P1 stops.'),
        dict(ref='P2', text='To prevent or lessen a serious threat to the life, health or safety of an older '
             'person who cannot, or does not, agree to information being shared.',
             short='Prevent or lessen a serious threat', auth=IPP11F + '; ' + HIPC112D,
             cond=PSR_THREAT + ' The older person is told, if safe, that information has been shared.'),
    ],
    scope=[
        ('Referral details: nature of the concern, person of concern, older person\u2019s wishes',
         'Age Concern; any Party', 'P1, P2'),
        ('Reports of harm, protection orders, welfare check outcomes', 'NZ Police', 'P1, P2'),
        ('Care needs, needs assessment and capacity assessment outcomes; enduring power of attorney status '
         'where known', 'Health NZ', 'P1, P2'),
        ('Indicators of financial exploitation (changes to payments or payee arrangements)', 'MSD', 'P1, P2'),
        ('Tenancy information for council housing residents', 'Council', 'P1, P2'),
        ('Whānau context and supports for kaumātua', 'Te Whare Manaaki Kaumātua Trust', 'P1'),
    ],
    openness=[
        'The older person is told about {short} and asked whether they agree to their information '
        'being shared, in a way that suits their communication needs and, where they wish, with a support '
        'person present.',
        'Where information is shared under P2 without agreement, the older person is told afterwards unless '
        'that would increase the risk to them.',
    ],
    transfer=[
        'The Council\u2019s Community Safety Coordinator circulates a list of first names, initials and '
        'referral reference numbers one working day before each meeting as a password-protected attachment.',
        'Information is shared verbally at the meeting in the Council\u2019s Rangiora service centre or on '
        'Microsoft Teams.',
        'Urgent matters between meetings are handled by phone between the Parties involved, and confirmed '
        'by secure email.',
    ],
    classification='IN-CONFIDENCE',
    ngo_names='Age Concern North Canterbury and Te Whare Manaaki Kaumātua Trust',
    tiriti=[
        'Kaumātua hold a special place within their whānau, hapū and iwi, and information about them is '
        'Māori data. The Parties acknowledge their obligations under Te Tiriti o Waitangi and have sought '
        'the advice of Te Whare Manaaki Kaumātua Trust and Te Ngāi Tūāhuriri Rūnanga on how kaumātua are '
        'discussed.',
        'A kaumātua is offered the involvement of Te Whare Manaaki Kaumātua Trust, and decisions about how '
        'their whānau is approached are made with the Trust\u2019s advice. The Case Review does not '
        'record information about whakapapa or whenua unless it is needed to address financial '
        'exploitation and the kaumātua agrees.',
    ],
    records_no_jic='Information about an older person is not kept \u201cjust in case\u201d it becomes '
                   'relevant later; it is kept only while a Party is acting on it.',
    breach=dict(role='Privacy Officer', agency='Waimakariri District Council',
                email='privacy@wmk.govt.nz', phone='03 311 8900'),
    date_pickers=True,
    exec_review='The Memorandum is reviewed annually; the District Council initiates the review.',
    review_text=['Waimakariri District Council initiates an annual review of this Memorandum. The next review '
                 'is due by 8 December 2026, 12 months after the final signature.'],
    extra_blocks=[],
    doc_control=[
        ('0.1', '30 June 2025', 'L. Chen, Policy Analyst', 'First draft'),
        ('0.2', '15 August 2025', 'L. Chen', 'Comments from Network members and the Council\u2019s legal team'),
        ('0.3', '26 September 2025', 'L. Chen', 'Te Tiriti section agreed with Te Whare Manaaki Kaumātua Trust'),
        ('1.0', '3 November 2025', 'L. Chen', 'Final for signature'),
    ],
    version='1.0', status='Final', date='November 2025',
    created=dt(2025, 6, 30), modified=dt(2025, 12, 8, 14), author='Lily Chen',
    expect=[], tolerate=[],
))

# ---------------------------------------------------------------------------
# clean-05  Kirikiriroa reintegration case conference
# ---------------------------------------------------------------------------
CLEAN.append(dict(
    file='clean-05-kirikiriroa-reintegration.docx',
    kind='clean', v='B', cv=0,
    note='Reintegration case conference led by Corrections, six Parties, four purposes each with its own '
         'authority row; breach contact given as a Role | Agency | Email | Phone table; IN-CONFIDENCE in body, '
         'header and custom property; 24-month review due 26 August 2027.',
    group="Waikato Regional Public Service Commissioner\u2019s Social Sector Group",
    group_short='Social Sector Group',
    drafter='Reintegration Policy Team, Department of Corrections \u2013 Ara Poutama Aotearoa (National Office)',
    meeting='Kirikiriroa Reintegration Case Conference', short='the Case Conference',
    subjects='people due for release from Waikeria Prison and Spring Hill Corrections Facility to the '
             'Hamilton area, and people recently released',
    lead='Department of Corrections \u2013 Ara Poutama Aotearoa', lead_short='Corrections',
    parties=[
        dict(name='Department of Corrections \u2013 Ara Poutama Aotearoa', role='Lead agency; convenes the '
             'Case Conference; release planning and community management', reps='Reintegration Case Manager; '
             'Probation Officer', sig=('Te Rangi Hapi', 'Regional Commissioner, Waikato', '4 August 2025'),
             rm=('Principal Adviser Reintegration, Waikato', 'reintegration.waikato@corrections.govt.nz')),
        dict(name='Ministry of Social Development', role='Income support and identity documents before '
             'release', reps='Work Broker, Reintegration', sig=('Ian McKenzie', 'Regional Commissioner, Waikato', '7 August 2025'),
             rm=('Service Centre Manager, Hamilton', 'hamilton_sc@msd.govt.nz')),
        dict(name='Kāinga Ora \u2013 Homes and Communities', role='Public housing placements',
             reps='Placement Manager, Hamilton', sig=('Natalie Brown', 'Regional Director, Waikato', '11 August 2025'),
             rm=('Area Manager, Hamilton', 'hamilton.area@kaingaora.govt.nz')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Mental health and addiction services after '
             'release', reps='Forensic Community Clinician', sig=('Dr Rahul Mehta', 'Clinical Director, Forensic '
             'Mental Health, Waikato', '14 August 2025'),
             rm=('Forensic Service Manager, Waikato', 'forensics.waikato@tewhatuora.govt.nz')),
        dict(name='New Zealand Police', role='Risk information relevant to victims and community safety',
             reps='Prevention Manager, Hamilton City', sig=('Andrea Walsh', 'District Commander, Waikato', '20 August 2025'),
             rm=('Prevention Manager, Hamilton City', 'hamilton.prevention@police.govt.nz')),
        dict(name='Te Ara Hou Reintegration Trust', role='Kaupapa Māori reintegration provider; supported '
             'accommodation', reps='Kaiārahi (navigator)', sig=('Whetū Kereama', 'Chief Executive', '26 August 2025'),
             rm=('Service Manager', 'services@tearahou.org.nz')),
    ],
    background=[
        'People leaving prison without somewhere to live, an income or continuing treatment are far more '
        'likely to reoffend in their first year. About 40 people a month are released from Waikeria Prison '
        'and Spring Hill Corrections Facility to the Hamilton area.',
        'The Case Conference meets fortnightly to plan the release of people who have agreed to take part, '
        'and to coordinate the agencies that will support them in the first six months after release.',
    ],
    objectives=[
        'ensure people are released to safe, stable accommodation with an income in place;',
        'maintain mental health and addiction treatment through release;',
        'manage risks to victims and the community; and',
        'reduce reoffending in the first 12 months after release.',
    ],
    purposes=[
        dict(ref='P1', text='To plan accommodation, income support and identity documents for people who have '
             'agreed to be referred.', short='Plan accommodation and income', auth=IPP11C,
             cond='Referral and consent form signed in prison with the Reintegration Case Manager.'),
        dict(ref='P2', text='To coordinate mental health and addiction support before and after release.',
             short='Coordinate health support', auth=HIPC111B + '; ' + IPP11C,
             cond='The person has authorised disclosure of health information on the consent form.'),
        dict(ref='P3', text='To manage risks to victims and the community arising from the person\u2019s '
             'release and release conditions.', short='Manage risks to victims and community',
             auth='Privacy Act 2020, s 22, IPP 11(1)(e)(i)',
             cond='Disclosure is necessary to avoid prejudice to the maintenance of the law, including the '
                  'prevention and detection of offences.'),
        dict(ref='P4', text='To respond to a serious threat to the life or health of the person or another '
             'person.', short='Respond to a serious threat', auth=IPP11F + '; ' + HIPC112D, cond=PSR_THREAT),
    ],
    scope=[
        ('Release date, release address options, release and parole conditions', 'Corrections', 'P1, P3'),
        ('Benefit eligibility, application status, identity documents', 'MSD', 'P1'),
        ('Housing register status; tenancy history relevant to placement', 'Kāinga Ora', 'P1'),
        ('Mental health and addiction diagnosis and treatment plan (summary only)', 'Health NZ', 'P2, P4'),
        ('Information relevant to risk to victims or the community', 'NZ Police; Corrections', 'P3, P4'),
        ('Supported accommodation availability; progress after release', 'Te Ara Hou Reintegration Trust', 'P1, P2'),
    ],
    openness=[
        'The Reintegration Case Manager explains the Case Conference to each person before referral, using '
        'the plain-language information sheet, and records their agreement on the consent form. The person '
        'is told which Parties will receive which information.',
        'Information shared under P3 or P4 may not be discussed with the person where doing so would put a '
        'victim at risk or prejudice the maintenance of the law.',
    ],
    transfer=[
        'Corrections circulates the referral list to representatives five working days before each meeting '
        'as a password-protected attachment sent by SEEMail.',
        'People are discussed verbally at the Case Conference, held at the Hamilton Community Corrections '
        'site or on Microsoft Teams.',
        'Corrections records agreed actions in its case management system and sends each Party only its own '
        'actions.',
    ],
    classification='IN-CONFIDENCE',
    ngo_names='Te Ara Hou Reintegration Trust',
    tiriti=[
        'More than 60 percent of people discussed at the Case Conference are Māori. The Parties acknowledge '
        'their obligations under Te Tiriti o Waitangi and that information about Māori people and whānau is '
        'Māori data, held as a taonga.',
        'Te Ara Hou Reintegration Trust advises the Case Conference on tikanga and on engagement with whānau, '
        'hapū and iwi. With the person\u2019s agreement, whānau are involved in release planning, and a '
        'person may ask that their iwi social service be included. Aggregate reporting about Māori is '
        'reviewed by Te Ara Hou before it goes to the Social Sector Group.',
    ],
    records_no_jic='Parties must not keep information about a person just in case it is needed in future; '
                   'once a Party\u2019s actions for a person are complete, it disposes of information it no '
                   'longer needs.',
    breach=dict(role='Regional Privacy Adviser', agency='Department of Corrections \u2013 Ara Poutama '
                'Aotearoa (Waikato)', email='privacy.waikato@corrections.govt.nz', phone='07 834 6800',
                table=True),
    exec_review='The Memorandum is reviewed every 24 months; Corrections initiates the review.',
    review_text=['Corrections, as lead agency, is responsible for initiating a review of this Memorandum every '
                 '24 months from the date of the last signature. The next review is due by 26 August 2027.'],
    extra_blocks=[],
    doc_control=[
        ('0.1', '10 February 2025', 'P. Tawhiri, Senior Advisor', 'First draft'),
        ('0.2', '24 March 2025', 'P. Tawhiri', 'Purposes split into P1\u2013P4; authorities confirmed by '
         'Corrections Legal'),
        ('0.3', '12 May 2025', 'P. Tawhiri', 'Feedback from Te Ara Hou and Health NZ privacy'),
        ('1.0', '21 July 2025', 'P. Tawhiri', 'Final for signature'),
    ],
    version='1.0', status='Final', date='July 2025',
    custom_props=[('Classification', 'IN-CONFIDENCE')],
    created=dt(2025, 2, 10), modified=dt(2025, 8, 26, 10), author='Piripi Tawhiri',
    expect=[], tolerate=[],
))


# ======================= defect, legacy and trap specifications =======================
import copy


BASE = {c['file'].split('-')[1]: c for c in CLEAN}   # '01'..'05'


def derive(base_no, **kw):
    d = copy.deepcopy(BASE[base_no])
    for k in ('date_pickers', 'marking_sdt', 'custom_props', 'schedule', 'since', 'records_no_jic'):
        d.pop(k, None)
    d.update(kw)
    return d


DEFECTS = []

# ---------------------------------------------------------------------------
# ISP101: Incident management only survives as a TOC entry (school attendance)
# ---------------------------------------------------------------------------
DEFECTS.append(dict(
    file='defect-isp101-kapiti-attendance-hub-toc-only.docx',
    kind='defect', v='B', cv=2,
    note='The Incident management heading and its text were deleted but the cached table of contents still '
         'lists "13 Incident management"; no breach-management section exists in the body and nothing '
         'else gives a breach contact.',
    ghost={'incident'}, raci_no_incident=True,
    group="Wellington Regional Public Service Commissioner\u2019s Social Sector Group",
    group_short='Social Sector Group',
    drafter='Attendance and Engagement Policy Team, Ministry of Education \u2013 Te Tāhuhu o te Mātauranga',
    meeting='Kāpiti Coast Attendance and Engagement Hub', short='the Hub',
    subjects='ākonga enrolled in Kāpiti Coast schools who are chronically absent, and their whānau',
    lead='Ministry of Education', lead_short='Ministry of Education',
    parties=[
        dict(name='Ministry of Education', role='Lead agency; convenes the Hub; attendance data and learning '
             'support', reps='Senior Advisor, Attendance, Kāpiti\u2013Horowhenua',
             sig=('Helen Marsters', 'Director of Education, Wellington', '13 April 2026'),
             rm=('Manager, Attendance and Engagement, Wellington', 'attendance.wellington@education.govt.nz')),
        dict(name='Oranga Tamariki\u2014Ministry for Children', role='Care and protection involvement; '
             'wellbeing concerns', reps='Social Worker in Schools Supervisor',
             sig=('Daniel Rāwiri', 'Site Manager, Kāpiti', '15 April 2026'),
             rm=('Practice Leader, Kāpiti', 'kapiti.practiceleader@ot.govt.nz')),
        dict(name='New Zealand Police', role='Safety concerns relevant to attendance; truancy patrols',
             reps='Youth Aid Officer, Kāpiti', sig=('Sam Te Kani', 'Area Commander, Kāpiti\u2013Mana', '17 April 2026'),
             rm=('Youth Services Sergeant, Kāpiti\u2013Mana', 'kapitimana.youth@police.govt.nz')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Health conditions affecting attendance; '
             'school-based health services', reps='Public Health Nurse Team Leader, Kāpiti',
             sig=('Dr Anna Prescott', 'Group Manager, Community Health, Capital, Coast and Hutt Valley', '20 April 2026'),
             rm=('Public Health Nursing Manager', 'phn.kapiti@tewhatuora.govt.nz')),
        dict(name='Kāpiti Attendance Service Trust', role='Contracted attendance service; works with ākonga '
             'and whānau', reps='Attendance Service Lead', sig=('Mark Donnelly', 'Chief Executive', '22 April 2026'),
             rm=('Attendance Service Lead', 'lead@kapitiattendance.org.nz')),
        dict(name='Te Rōpū Āwhina Ākonga', role='Kaupapa Māori education and whānau support',
             reps='Kaiārahi Ākonga', sig=('Moana Parata', 'Kaiwhakahaere (Manager)', '28 April 2026'),
             rm=('Kaiwhakahaere', 'kaiwhakahaere@awhinaakonga.org.nz')),
    ],
    background=[
        'In Term 4 2025 about one in eight ākonga in Kāpiti Coast schools attended less than 70 percent of '
        'the time. Schools, the attendance service and other agencies were often working with the same '
        'whānau without knowing it. The Social Sector Group asked the Ministry of Education to set up the Hub '
        'so that agencies could understand the barriers to attendance together and agree one plan with each '
        'whānau.',
        'The Hub meets fortnightly during term time. Schools refer ākonga through the attendance service; '
        'the Hub does not replace a school\u2019s own attendance processes.',
    ],
    objectives=[
        'understand why each referred ākonga is not attending;',
        'agree, with the whānau, one plan and a lead worker for each ākonga;',
        'link whānau to health, social and kaupapa Māori services they need; and',
        'lift regular attendance across Kāpiti Coast schools.',
    ],
    purposes=[
        dict(ref='P1', text='To identify ākonga who are chronically absent and understand the barriers to '
             'their attendance, including any concerns for their wellbeing.', short='Understand barriers to '
             'attendance', auth=OTA66C,
             cond='The disclosing Party is a child welfare and protection agency; the ākonga and whānau are '
                  'consulted first unless that is not appropriate.'),
        dict(ref='P2', text='To agree and coordinate supports that help ākonga and their whānau re-engage with '
             'learning.', short='Coordinate supports',
             auth='Oranga Tamariki Act 1989, s 66C; ' + IPP11C,
             cond='Whānau have agreed to the plan and to information being shared with the Parties named in it.'),
    ],
    scope=[
        ('Enrolment history, attendance records, stand-downs, learning support in place', 'Ministry of '
         'Education (from school returns)', 'P1, P2'),
        ('Whether Oranga Tamariki is involved, and the name of the social worker', 'Oranga Tamariki', 'P1, P2'),
        ('Safety concerns relevant to attendance', 'NZ Police', 'P1'),
        ('Health conditions or appointments affecting attendance', 'Health NZ', 'P1, P2'),
        ('Attendance service case summary and whānau view', 'Kāpiti Attendance Service Trust', 'P1, P2'),
        ('Engagement with kaupapa Māori supports', 'Te Rōpū Āwhina Ākonga', 'P2'),
    ],
    openness=[
        'The attendance service explains the Hub to the ākonga and whānau before referral and gives them the '
        'Hub information sheet. Whānau are invited to the part of the meeting where their plan is agreed.',
        'Schools describe the Hub in their enrolment privacy notice.',
    ],
    transfer=[
        'The Ministry of Education sends the referral list (names, school and year level) to representatives '
        'two working days before each meeting as a password-protected attachment.',
        'Ākonga are discussed verbally at the meeting, held at the Paraparaumu Ministry office or on '
        'Microsoft Teams.',
        'Plans are recorded by the attendance service in its case management system; each Party receives '
        'only its own actions.',
    ],
    classification='IN-CONFIDENCE',
    ngo_names='Kāpiti Attendance Service Trust and Te Rōpū Āwhina Ākonga',
    tiriti=[
        'Māori ākonga are over-represented among those referred to the Hub. The Parties acknowledge their '
        'obligations under Te Tiriti o Waitangi and that information about Māori ākonga and their whānau is '
        'Māori data.',
        'Te Rōpū Āwhina Ākonga advises the Hub on tikanga and is offered the lead worker role for Māori '
        'whānau who want a kaupapa Māori service. Aggregate data about Māori ākonga is shared with local '
        'iwi education committees only in a form agreed with Te Rōpū Āwhina Ākonga.',
    ],
    records_no_jic=None,
    breach=None,
    exec_review='The Memorandum is reviewed every 12 months; the Ministry of Education initiates the review.',
    review_text=['The Ministry of Education, as lead agency, initiates a review of this Memorandum every 12 '
                 'months. The next review is due by 28 April 2027.'],
    extra_blocks=[],
    doc_control=[
        ('0.1', '1 December 2025', 'S. Patel, Policy Advisor', 'First draft'),
        ('0.2', '9 February 2026', 'S. Patel', 'Revised after comments from Parties'),
        ('0.3', '16 March 2026', 'S. Patel', 'Revised following review by Parties\u2019 privacy officers'),
        ('1.0', '30 March 2026', 'S. Patel', 'Final for signature'),
    ],
    version='1.0', status='Final', date='March 2026',
    created=dt(2025, 12, 1), modified=dt(2026, 4, 28, 12), author='Sunita Patel',
    expect=[{'rule': 'ISP101', 'data': {'section': 'breach-management'}}],
    tolerate=['ISP501'],
))

# ---------------------------------------------------------------------------
# ISP301: purpose P4 added late, no authority row (Rotorua housing)
# ---------------------------------------------------------------------------
_p = copy.deepcopy(BASE['03']['purposes'])
_p.append(dict(ref='P4', text='To identify tamariki living in emergency accommodation who are not enrolled '
               'in school or early learning, and refer their whānau for enrolment support.',
               short='Enrolment of tamariki', auth='', cond=''))
DEFECTS.append(derive(
    '03', file='defect-isp301-rotorua-housing-panel-p4-no-authority.docx', kind='defect', v='A', cv=1,
    note='Purpose P4 (tamariki not enrolled in school or early learning) was added in v0.4 and appears in the '
         'purposes and scope tables, but the Authorising environment table has rows for P1-P3 only.',
    auth_skip=['P4'], purposes=_p,
    group='Rotorua Housing and Homelessness Taskforce', group_short='Taskforce',
    meeting='Rotorua Emergency Housing Transition Panel', short='the Panel',
    subjects='households in emergency and transitional accommodation in Rotorua who have agreed to be referred',
    lead='Rotorua Lakes Council', lead_short='Council',
    parties=[
        dict(name='Rotorua Lakes Council', role='Lead agency; convenes the Panel; emergency housing '
             'coordination', reps='Housing Programme Manager', sig=('Stephanie Ngātai', 'General Manager, '
             'Community Wellbeing', '1 July 2026'), rm=('Housing Programme Manager', 'housing@rotorualc.nz')),
        dict(name='Ministry of Social Development', role='Housing register; emergency housing grants',
             reps='Regional Housing Manager, Bay of Plenty', sig=('Michael Rangitauira', 'Regional '
             'Commissioner, Bay of Plenty', '3 July 2026'), rm=('Regional Housing Manager', 'bop_housing@msd.govt.nz')),
        dict(name='Kāinga Ora \u2013 Homes and Communities', role='Public housing placements', reps='Placement '
             'Manager, Rotorua', sig=('Jo Whitfield', 'Regional Director, Bay of Plenty', '6 July 2026'),
             rm=('Area Manager, Rotorua', 'rotorua.area@kaingaora.govt.nz')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Health and disability needs; discharge '
             'planning', reps='Social Work Team Leader, Rotorua Hospital', sig=('Dr Hemi Biddle', 'Group '
             'Manager, Lakes Hospital and Community Services', '8 July 2026'),
             rm=('Allied Health Manager, Lakes', 'alliedhealth.lakes@tewhatuora.govt.nz')),
        dict(name='Te Waiariki Whānau Ora Collective', role='Kaupapa Māori navigators; whānau ora support',
             reps='Kaiārahi (navigator)', sig=('Kiri Tapsell', 'Pou Whakahaere (General Manager)', '10 July 2026'),
             rm=('Kaiwhakahaere', 'kaiwhakahaere@tewaiariki.org.nz')),
        dict(name='Lakes Community Housing Trust', role='Transitional housing provider', reps='Tenancy '
             'Manager', sig=('Paul Everett', 'Chief Executive', '14 July 2026'),
             rm=('Tenancy Manager', 'tenancy@lakescht.org.nz')),
    ],
    background=[
        'Rotorua has had one of the highest rates of emergency housing use in the country, with many '
        'households, including more than 400 tamariki, living in contracted motels for months at a time. The '
        'Taskforce set up the Panel in 2026 to plan moves into secure housing with each household\u2019s '
        'agreement.',
        'The Panel meets weekly at Te Aka Mauri and considers households that have signed the Panel referral '
        'and consent form, and any person in emergency accommodation about whom there is a serious safety '
        'concern.',
    ],
    scope=[
        ('Housing register status, priority rating, emergency housing grant history', 'MSD', 'P1, P2'),
        ('Tenancy offers and previous Kāinga Ora tenancies', 'Kāinga Ora', 'P1, P2'),
        ('Motel placement details; emergency housing coordination notes', 'Council', 'P1, P2'),
        ('Health and disability needs relevant to housing', 'Health NZ', 'P1, P2, P3'),
        ('Case management summaries; tenancy support progress', 'Te Waiariki; Lakes Community Housing Trust', 'P1, P2'),
        ('Names, ages and school or early learning enrolment status of tamariki in the household', 'MSD; Te Waiariki', 'P4'),
        ('Information indicating a serious risk to the person or others', 'Any Party', 'P3'),
    ],
    transfer=[
        'The Council sends the weekly case list to representatives on the Friday before each meeting as a '
        'password-protected attachment by TLS-enforced email.',
        'Households are discussed verbally at the meeting, held at Te Aka Mauri or on Microsoft Teams.',
        'Agreed actions are recorded in the Panel action log held by the Council; each Party receives only '
        'its own actions.',
    ],
    classification='IN-CONFIDENCE',
    ngo_names='Te Waiariki Whānau Ora Collective and Lakes Community Housing Trust',
    tiriti=[
        'Most households in emergency accommodation in Rotorua are Māori, and many whakapapa to Te Arawa. '
        'Information about them is Māori data, and the Parties acknowledge their obligations under Te Tiriti '
        'o Waitangi.',
        'Te Waiariki Whānau Ora Collective advises the Panel on tikanga and is offered the lead role for '
        'whānau who want a kaupapa Māori service. Aggregate data about Māori households is not released '
        'outside the Taskforce without the agreement of Te Waiariki and the Te Arawa representatives on the '
        'Taskforce.',
    ],
    breach=dict(role='Privacy Officer', agency='Rotorua Lakes Council', email='privacy@rotorualc.nz',
                phone='07 348 4199'),
    exec_review='The Memorandum is reviewed every 24 months; the Council initiates the review.',
    review_text=['Rotorua Lakes Council, as lead agency, is responsible for initiating a review of this '
                 'Memorandum every 24 months from the date of the final signature. The next review is due by '
                 '14 July 2028.'],
    doc_control=[
        ('0.1', '9 February 2026', 'K. Sharma, Senior Policy Advisor', 'First draft, adapted from the '
         'Heretaunga Panel memorandum'),
        ('0.2', '23 March 2026', 'K. Sharma', 'Comments from Parties\u2019 privacy officers'),
        ('0.3', '27 April 2026', 'K. Sharma', 'Te Tiriti section revised with Te Waiariki'),
        ('0.4', '19 May 2026', 'K. Sharma', 'P4 (enrolment of tamariki) added following Taskforce hui of 14 May '
         '2026; scope table updated'),
        ('1.0', '12 June 2026', 'K. Sharma', 'Final for signature'),
    ],
    version='1.0', status='Final', date='June 2026',
    created=dt(2026, 2, 9), modified=dt(2026, 7, 14, 9), author='Kiran Sharma',
    expect=[{'rule': 'ISP301', 'data_contains': {'purpose': 'not enrolled'}}],
    tolerate=[],
))

# ---------------------------------------------------------------------------
# ISP703: Party added in v1.1 but the signature page was not updated (Te Hiku FV)
# ---------------------------------------------------------------------------
_fv = BASE['01']
_fvp = [copy.deepcopy(_fv['purposes'][i]) for i in (0, 2, 3)]
for i, p in enumerate(_fvp, start=1):
    p['ref'] = 'P%d' % i
_fvp[0]['text'] = ('To assess the risk to adult victims and tamariki following a family harm episode reported '
                   'to Police, and agree a safety plan for each whānau.')
_fvp[0]['short'] = 'Assess risk and plan for safety'
DEFECTS.append(derive(
    '01', file='defect-isp703-te-hiku-safety-table-unsigned-party.docx', kind='defect', v='A', cv=2,
    note='Six Parties are listed (Te Whare Ora o Te Hiku Trust joined in v1.1) but the 2x3 signature grid '
         'still holds the original five Parties plus a noted-by block, so the Trust has no signature block.',
    sign_skip=['Te Whare Ora o Te Hiku Trust'], purposes=_fvp,
    group="Te Tai Tokerau Regional Public Service Commissioner\u2019s Social Sector Group",
    meeting='Te Hiku Family Harm Safety Table', short='the Safety Table',
    subjects='adult victims, tamariki and people using violence in family harm episodes reported in the Far '
             'North',
    parties=[
        dict(name='New Zealand Police', role='Lead agency; convenes and chairs the Safety Table',
             reps='Family Harm Coordinator, Far North', sig=('Rawiri Heta', 'District Commander, Northland', '10 March 2026'),
             rm=('Family Harm Coordinator, Far North', 'farnorth.familyharm@police.govt.nz')),
        dict(name='Oranga Tamariki\u2014Ministry for Children', role='Safety and wellbeing of tamariki',
             reps='Supervisor, Kaitāia site', sig=('Ngaire Murray', 'Site Manager, Kaitāia', '12 March 2026'),
             rm=('Practice Leader, Kaitāia', 'kaitaia.practiceleader@ot.govt.nz')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Health information relevant to risk',
             reps='Family Violence Intervention Coordinator, Kaitāia Hospital', sig=('Dr Siaosi Lemalu', 'Group '
             'Manager, Te Tai Tokerau Rural Hospitals', '16 March 2026'), rm=('Violence Intervention '
             'Programme Lead, Te Tai Tokerau', 'vip.tetaitokerau@tewhatuora.govt.nz')),
        dict(name='Department of Corrections \u2013 Ara Poutama Aotearoa', role='Sentence and release '
             'information', reps='Probation Officer, Kaitāia', sig=('Carl Whareaitu', 'Regional Commissioner, '
             'Northern Region', '19 March 2026'), rm=('Service Manager, Community Corrections Kaitāia',
                                                       'kaitaia.cc@corrections.govt.nz')),
        dict(name='Te Hiku Women\u2019s Refuge', role='Supports adult victims', reps='Advocate',
             sig=('Raewyn Brljevich', 'Manager', '27 March 2026'), rm=('Manager', 'manager@tehikurefuge.org.nz')),
        dict(name='Te Whare Ora o Te Hiku Trust', role='Kaupapa Māori whānau ora navigators; advises on '
             'tikanga', reps='Kaiārahi Whānau Ora', sig=('Hone Pōmare', 'Tumu Whakarae', ''),
             rm=('Kaiwhakahaere', 'kaiwhakahaere@whareoratehiku.org.nz')),
    ],
    extra_blocks=[('Noted by', 'Regional Public Service Commissioner, Te Tai Tokerau', 'Hiria Paraone',
                   'Regional Public Service Commissioner', '30 March 2026')],
    background=[
        'Police attend about 2,500 family harm episodes a year in the Far North, many in rural communities '
        'where services are thinly spread. The Safety Table meets each weekday in Kaitāia to review episodes '
        'from the previous 24 hours and agree a coordinated response.',
        'The Safety Table operates within the national family violence system led by Te Puna Aonui.',
    ],
    objectives=[
        'keep adult victims and tamariki safe after a reported family harm episode;',
        'agree a single safety plan for each whānau;',
        'offer support to people using violence; and',
        'reduce repeat episodes.',
    ],
    scope=[
        ('Episode details, orders in place, relevant history', 'NZ Police', 'P1, P3'),
        ('Care and protection history of tamariki in the household', 'Oranga Tamariki', 'P1, P2'),
        ('Health information relevant to risk', 'Health NZ', 'P1, P3'),
        ('Sentence, parole and release conditions', 'Corrections', 'P1'),
        ('Victim\u2019s view of their safety and support needs', 'Te Hiku Women\u2019s Refuge', 'P1'),
        ('Whānau engagement and supports in place', 'Te Whare Ora o Te Hiku Trust', 'P1'),
    ],
    scope_extra=[],
    authority_extra=[],
    openness=[
        'Police officers tell the adult victim at attendance that information will be shared with agencies at '
        'the Safety Table to support their safety. Refuge advocates explain the Safety Table when they make '
        'contact.',
        'People using violence are told that their information may be shared, unless that would increase the '
        'risk to the victim or tamariki.',
    ],
    transfer=[
        'Police uploads the daily episode list to the Family Safety System (FSS); access is limited to named '
        'representatives.',
        'Representatives discuss each episode verbally, in person at Kaitāia Police Station or on Microsoft '
        'Teams.',
        'Agreed actions are recorded in the FSS by Police.',
    ],
    ngo_names='Te Hiku Women\u2019s Refuge and Te Whare Ora o Te Hiku Trust',
    controls_extra=[],
    tiriti=[
        'Most whānau discussed at the Safety Table are Māori and whakapapa to the iwi of Te Hiku. The Parties '
        'acknowledge their obligations under Te Tiriti o Waitangi and that information about these whānau is '
        'Māori data.',
        'Te Whare Ora o Te Hiku Trust advises the Safety Table on tikanga. Māori whānau are offered a kaupapa '
        'Māori navigator, and aggregate reporting about Māori whānau is reviewed with the Trust before release.',
    ],
    tiriti_bullets=None,
    breach=dict(role='Family Harm Coordinator', agency='New Zealand Police (Far North)',
                email='farnorth.familyharm@police.govt.nz', phone='09 408 6500'),
    exec_review='The Memorandum is reviewed every 12 months; New Zealand Police initiates the review.',
    review_text=['New Zealand Police, as lead agency, initiates a review of this Memorandum every 12 months. '
                 'The next review is due by 27 March 2027.'],
    doc_control=[
        ('0.1', '3 November 2025', 'M. Feaunati, Senior Policy Advisor', 'Adapted from the Whanganui Safety '
         'Table memorandum'),
        ('0.2', '26 January 2026', 'M. Feaunati', 'Comments from Parties'),
        ('1.0', '2 March 2026', 'M. Feaunati', 'Final for signature'),
        ('1.1', '15 June 2026', 'M. Feaunati', 'Te Whare Ora o Te Hiku Trust joined the Safety Table as a Party; '
         'Parties, scope and Te Tiriti sections updated'),
    ],
    version='1.1', status='Final', date='June 2026',
    created=dt(2025, 11, 3), modified=dt(2026, 6, 15, 16), author='Mele Feaunati',
    expect=[{'rule': 'ISP703', 'data': {'agency': 'Te Whare Ora o Te Hiku Trust'}}],
    tolerate=[],
))

# ---------------------------------------------------------------------------
# ISP451: virtual-meeting control missing (Tairawhiti mental health forum)
# ---------------------------------------------------------------------------
MH_PURPOSES = [
    dict(ref='P1', text='To coordinate care and support for tāngata whaiora with complex mental health and '
         'addiction needs who are working with more than one Party and have agreed to be discussed.',
         short='Coordinate care (with agreement)', auth=HIPC111B + '; ' + IPP11C,
         cond='The person has authorised the disclosure on the Forum consent form; consent is reviewed at least '
              'every six months.'),
    dict(ref='P2', text='To plan discharge from inpatient mental health care so that the person leaves with '
         'accommodation and an income in place.', short='Plan discharge', auth=HIPC111B + '; ' + IPP11C,
         cond='As for P1. Only information needed for the discharge plan is shared.'),
    dict(ref='P3', text='To respond where a person\u2019s mental state presents a serious threat to their own '
         'or another person\u2019s life, health or safety.', short='Respond to a serious threat',
         auth=HIPC112D + '; ' + IPP11F, cond=PSR_THREAT),
]
DEFECTS.append(dict(
    file='defect-isp451-tairawhiti-complex-needs-forum-no-virtual-control.docx',
    kind='defect', v='A', cv=2,
    note='Hybrid meetings on Microsoft Teams are described in Transfer mechanisms, but neither that section nor '
         'the Security requirements table says anything about chat, recording or screenshots.',
    controls_skip=['virtual-meeting'],
    group="Tairāwhiti Regional Public Service Commissioner\u2019s Social Sector Group",
    group_short='Social Sector Group',
    drafter='Mental Health and Addiction Policy Team, Manatū Hauora \u2013 Ministry of Health',
    meeting='Tairāwhiti Complex Needs Coordination Forum', short='the Forum',
    subjects='tāngata whaiora with complex mental health and addiction needs in Tairāwhiti',
    lead='Health New Zealand \u2013 Te Whatu Ora', lead_short='Health NZ',
    parties=[
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Lead agency; convenes and chairs the Forum; '
             'specialist mental health and addiction services', reps='Clinical Nurse Manager, Community Mental '
             'Health; Addiction Service Clinician', sig=('Dr Tūhoe Kaa', 'Group Manager, Mental Health and '
             'Addiction, Tairāwhiti', '4 May 2026'), rm=('Service Manager, Community Mental Health',
                                                           'mha.tairawhiti@tewhatuora.govt.nz')),
        dict(name='New Zealand Police', role='Mental health-related callouts; safety concerns', reps='Mental '
             'Health Co-response Constable', sig=('Sarah Pōhatu', 'Area Commander, Tairāwhiti', '7 May 2026'),
             rm=('Prevention Manager, Tairāwhiti', 'tairawhiti.prevention@police.govt.nz')),
        dict(name='Ministry of Social Development', role='Income support and hardship assistance', reps='Senior '
             'Case Manager, Gisborne', sig=('Mere Waititi', 'Regional Commissioner, East Coast', '11 May 2026'),
             rm=('Service Centre Manager, Gisborne', 'gisborne_sc@msd.govt.nz')),
        dict(name='Kāinga Ora \u2013 Homes and Communities', role='Tenancy sustainment for public housing tenants',
             reps='Tenancy Manager, Gisborne', sig=('Richard Parkes', 'Regional Director, East Coast', '13 May 2026'),
             rm=('Area Manager, Tairāwhiti', 'tairawhiti.area@kaingaora.govt.nz')),
        dict(name='Te Manawa Ora Peer Support Trust', role='Peer support and community mental health support',
             reps='Peer Support Team Leader', sig=('Lucy Hamilton', 'Chief Executive', '18 May 2026'),
             rm=('Operations Manager', 'ops@temanawaora.org.nz')),
        dict(name='Tūranga Oranga Hinengaro Trust', role='Kaupapa Māori mental health and whānau support',
             reps='Kaimanaaki', sig=('Wiremu Ngata', 'Tumuaki', '22 May 2026'),
             rm=('Kaiwhakahaere', 'kaiwhakahaere@turangaoranga.org.nz')),
    ],
    background=[
        'A small number of tāngata whaiora in Tairāwhiti are in frequent contact with mental health '
        'services, Police and social agencies at once, often in crisis. Each agency sees only part of the '
        'picture. The Forum brings those agencies together fortnightly, with the person\u2019s agreement, to '
        'agree one coordinated plan.',
        'The Forum was established by the Social Sector Group in 2026 following the Tairāwhiti mental health '
        'and addiction service review.',
    ],
    objectives=[
        'give each person one coordinated plan and a key worker;',
        'prevent discharge from inpatient care into homelessness;',
        'reduce crisis presentations and Police mental health callouts; and',
        'respond quickly when a person is at serious risk.',
    ],
    purposes=MH_PURPOSES,
    scope=[
        ('Diagnosis summary, treatment plan, risk assessment summary, admission and discharge dates',
         'Health NZ', 'P1, P2, P3'),
        ('Recent mental health-related callouts and safety concerns', 'NZ Police', 'P1, P3'),
        ('Benefit status and hardship assistance', 'MSD', 'P1, P2'),
        ('Tenancy status and tenancy issues', 'Kāinga Ora', 'P1, P2'),
        ('Peer support engagement', 'Te Manawa Ora Peer Support Trust', 'P1'),
        ('Whānau supports and kaupapa Māori services in place', 'Tūranga Oranga Hinengaro Trust', 'P1, P2'),
    ],
    openness=[
        'The person\u2019s key clinician explains the Forum before asking for their agreement, using the Forum '
        'information sheet, and tells them which Parties will receive which information. Where the person '
        'wishes, whānau are involved.',
        'Where information is shared under P3 without agreement, the person is told afterwards unless that '
        'would increase the risk.',
    ],
    transfer=[
        'Health NZ circulates the Forum agenda (names and NHI numbers only) two working days before each '
        'meeting as a password-protected attachment.',
        'Meetings are held fortnightly in a hybrid format: representatives in Gisborne meet at the Te Whatu Ora '
        'community mental health base, and representatives from Wairoa and the East Coast join through '
        'Microsoft Teams.',
        'Agreed actions are recorded in the Forum action log held by Health NZ; each Party receives only its '
        'own actions.',
    ],
    classification='SENSITIVE',
    ngo_names='Te Manawa Ora Peer Support Trust and Tūranga Oranga Hinengaro Trust',
    tiriti=[
        'Around half of the people discussed at the Forum are Māori. The Parties acknowledge their obligations '
        'under Te Tiriti o Waitangi and that information about Māori tāngata whaiora is Māori data.',
        'Tūranga Oranga Hinengaro Trust advises the Forum on tikanga, including the involvement of whānau and '
        'the use of te reo Māori. Māori tāngata whaiora are offered a kaupapa Māori key worker.',
    ],
    breach=dict(role='Privacy Officer', agency='Health New Zealand \u2013 Te Whatu Ora (Tairāwhiti)',
                email='privacy.tairawhiti@tewhatuora.govt.nz', phone='06 869 0500'),
    exec_review='The Memorandum is reviewed every 24 months; Health NZ initiates the review.',
    review_text=['Health New Zealand \u2013 Te Whatu Ora, as lead agency, initiates a review of this Memorandum '
                 'every 24 months from the date of the final signature. The next review is due by 22 May 2028.'],
    extra_blocks=[],
    doc_control=[
        ('0.1', '19 January 2026', 'A. Kaiwai, Senior Policy Analyst', 'First draft'),
        ('0.2', '2 March 2026', 'A. Kaiwai', 'Comments from Parties and Health NZ privacy'),
        ('1.0', '20 April 2026', 'A. Kaiwai', 'Final for signature'),
    ],
    version='1.0', status='Final', date='April 2026',
    created=dt(2026, 1, 19), modified=dt(2026, 5, 22, 15), author='Aroha Kaiwai',
    expect=[{'rule': 'ISP451', 'data': {'control': 'virtual-meeting'}}],
    tolerate=[],
))

# ---------------------------------------------------------------------------
# ISP501: incident section names no contact details (Whakatane elder abuse)
# ---------------------------------------------------------------------------
_el = BASE['04']
DEFECTS.append(derive(
    '04', file='defect-isp501-whakatane-elder-network-no-contact.docx', kind='defect', v='B', cv=0,
    note='Incident management says to tell "the Network convenor at Whakatāne District Council" and gives only '
         'the Privacy Commissioner\'s 0800 number; no email or phone for a designated contact anywhere in or '
         'referred to by the section.',
    group='Whakatāne Older Persons\u2019 Safety Network', group_short='Network Governance Group',
    meeting='Whakatāne Older Persons\u2019 Safety Case Meeting', short='the Case Meeting',
    subjects='older people who are, or may be, experiencing abuse or neglect in the Whakatāne District',
    lead='Whakatāne District Council', lead_short='Council',
    rm_no_contacts=True,
    parties=[
        dict(name='Whakatāne District Council', role='Lead agency; convenes the Case Meeting; council '
             'pensioner housing', reps='Community Development Advisor (Network convenor)',
             sig=('Julie Harrison', 'General Manager, Community Experience', '6 October 2025'),
             rm=('Manager, Community Development', '')),
        dict(name='New Zealand Police', role='Reports of harm; welfare checks', reps='Family Harm Sergeant, '
             'Whakatāne', sig=('Tina Rangi', 'Area Commander, Eastern Bay of Plenty', '9 October 2025'),
             rm=('Family Harm Sergeant, Whakatāne', '')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Needs and capacity assessment outcomes; home '
             'support', reps='Older Adults Social Worker, Whakatāne Hospital', sig=('Dr Ewan Ross', 'Group '
             'Manager, Eastern Bay of Plenty Services', '14 October 2025'), rm=('Older Adults Service Manager', '')),
        dict(name='Age Concern Whakatāne', role='Elder Abuse Response Service provider', reps='Elder Abuse '
             'Response Coordinator', sig=('Marion Te Pou', 'Manager', '20 October 2025'), rm=('Manager', '')),
        dict(name='Ministry of Social Development', role='Income support; financial exploitation concerns',
             reps='Senior Case Manager, Whakatāne', sig=('Hemi Rangiaho', 'Regional Commissioner, Bay of Plenty',
                                                          '31 October 2025'),
             rm=('Service Centre Manager, Whakatāne', '')),
    ],
    extra_blocks=[('Noted by', 'Regional Public Service Commissioner, Bay of Plenty', 'Michael Rangitauira',
                   'Regional Public Service Commissioner', '5 November 2025')],
    background=[
        'Age Concern Whakatāne receives about 70 referrals a year about older people in the district who may '
        'be experiencing abuse or neglect. The Network, convened by the District Council under its Age-Friendly '
        'Whakatāne plan, established the Case Meeting in 2025 so that agencies could respond together.',
        'The Case Meeting meets monthly, and urgently where needed.',
    ],
    scope=[
        ('Referral details and the older person\u2019s wishes', 'Age Concern; any Party', 'P1, P2'),
        ('Reports of harm, protection orders, welfare check outcomes', 'NZ Police', 'P1, P2'),
        ('Care needs and capacity assessment outcomes', 'Health NZ', 'P1, P2'),
        ('Indicators of financial exploitation', 'MSD', 'P1, P2'),
        ('Tenancy information for council housing residents', 'Council', 'P1, P2'),
    ],
    transfer=[
        'The Network convenor circulates a list of initials and referral numbers one working day before each '
        'meeting as a password-protected attachment.',
        'Information is shared verbally at the meeting in the Council\u2019s Whakatāne office or on Microsoft '
        'Teams.',
        'Urgent matters between meetings are handled by phone between the Parties involved.',
    ],
    ngo_names='Age Concern Whakatāne',
    tiriti=[
        'Kaumātua hold a special place within their whānau, hapū and iwi, and information about them is Māori '
        'data. The Parties acknowledge their obligations under Te Tiriti o Waitangi.',
        'The Network has sought the advice of local iwi and hapū social services on how kaumātua are discussed. '
        'A kaumātua is offered the involvement of their iwi social service, and the Case Meeting does not '
        'record information about whakapapa or whenua unless it is needed to address financial exploitation '
        'and the kaumātua agrees.',
    ],
    breach=None,
    incident_text=[
        'Any Party that becomes aware of an incident must tell the Network convenor at Whakatāne District '
        'Council straight away, and notify its own privacy officer. The convenor coordinates the response with '
        'the Parties involved, including what the older person and their whānau are told.',
        'Each Party is responsible for assessing whether an incident involving information it holds is a '
        'notifiable privacy breach.^[Privacy Act 2020, Part 6, subpart 1 (notifiable privacy breaches).] '
        'Notifiable breaches are reported to the Office of the Privacy Commissioner through NotifyUs, or by '
        'calling 0800 803 909, as soon as practicable.',
    ],
    exec_review='The Memorandum is reviewed every 24 months; the District Council initiates the review.',
    review_text=['Whakatāne District Council, as lead agency, initiates a review of this Memorandum every 24 '
                 'months. The next review is due by 31 October 2027.'],
    doc_control=[
        ('0.1', '5 May 2025', 'L. Chen, Policy Analyst', 'First draft, adapted from the Waimakariri memorandum'),
        ('0.2', '30 June 2025', 'L. Chen', 'Comments from Network members'),
        ('1.0', '22 September 2025', 'L. Chen', 'Final for signature'),
    ],
    version='1.0', status='Final', date='September 2025',
    created=dt(2025, 5, 5), modified=dt(2025, 11, 5, 10), author='Lily Chen',
    expect=[{'rule': 'ISP501'}],
    tolerate=[],
))

# ---------------------------------------------------------------------------
# ISP602: three-yearly review (Porirua rangatahi panel)
# ---------------------------------------------------------------------------
DEFECTS.append(derive(
    '02', file='defect-isp602-porirua-rangatahi-panel-three-yearly-review.docx', kind='defect', v='A', cv=0,
    note='Evaluation and review sets the first review on the third anniversary of commencement (1 July 2026) and '
         'every three years after: a 36-month period; owner and dates otherwise fine.',
    group="Wellington Regional Public Service Commissioner\u2019s Social Sector Group",
    meeting='Porirua Rangatahi Support Panel', short='the Panel',
    subjects='rangatahi aged 10 to 17 in Porirua referred by Police Youth Aid, and their whānau',
    lead='New Zealand Police', lead_short='NZ Police',
    parties=[
        dict(name='New Zealand Police', role='Lead agency; convenes and chairs the Panel; refers rangatahi',
             reps='Youth Aid Sergeant, Porirua', sig=('Sam Te Kani', 'Area Commander, Kāpiti\u2013Mana', '8 June 2026'),
             rm=('Youth Services Sergeant, Kāpiti\u2013Mana', 'kapitimana.youth@police.govt.nz')),
        dict(name='Oranga Tamariki\u2014Ministry for Children', role='Youth justice and care status', reps='Youth '
             'Justice Coordinator, Porirua', sig=('Leilani Tuala', 'Regional Manager, Greater Wellington', '10 June 2026'),
             rm=('Youth Justice Manager, Porirua', 'porirua.yj@ot.govt.nz')),
        dict(name='Ministry of Education', role='Enrolment, attendance and learning support', reps='Senior '
             'Advisor, Porirua', sig=('Helen Marsters', 'Director of Education, Wellington', '12 June 2026'),
             rm=('Manager Learning Support, Wellington', 'ls.wellington@education.govt.nz')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Youth health, mental health and addiction '
             'needs', reps='Youth Health Clinician, Porirua', sig=('Dr Anna Prescott', 'Group Manager, Community '
             'Health, Capital, Coast and Hutt Valley', '16 June 2026'), rm=('Youth Services Manager',
                                                                          'youth.cch@tewhatuora.govt.nz')),
        dict(name='Te Kāhui Rangatahi o Porirua Trust', role='Kaupapa Māori youth mentoring', reps='Kaiārahi '
             'Rangatahi', sig=('Tama Wineera', 'Pou Whakahaere', '19 June 2026'),
             rm=('Team Leader', 'kaiarahi@tekahuirangatahi.org.nz')),
        dict(name='Pasifika Youth Futures Porirua', role='Pacific youth mentoring and family support', reps='Youth '
             'Worker', sig=('Losa Faleolo', 'Director', '24 June 2026'), rm=('Programme Manager',
                                                                               'programmes@pyfporirua.org.nz')),
    ],
    extra_blocks=[],
    background=[
        'Police Youth Aid in Porirua deals with about 450 rangatahi a year whose behaviour could lead to a youth '
        'justice response. The Panel meets fortnightly to consider rangatahi referred by Youth Aid and to agree, '
        'with the rangatahi and their whānau, a plan that addresses the reasons for their behaviour.',
        'The Panel supports alternative action under the Oranga Tamariki Act 1989 and does not replace a family '
        'group conference where one is required.',
    ],
    scope=[
        ('Referral details: offending or behaviour of concern, alternative action history', 'NZ Police', 'P1, P2'),
        ('Youth justice and care status; previous family group conference plans', 'Oranga Tamariki', 'P1, P2'),
        ('School enrolment, attendance, stand-downs and suspensions', 'Ministry of Education', 'P1, P2'),
        ('Health, mental health and alcohol and other drug needs relevant to the plan', 'Health NZ', 'P1'),
        ('Engagement with mentoring; whānau or family view of the plan', 'Te Kāhui Rangatahi; Pasifika Youth '
         'Futures', 'P2'),
    ],
    authority_extra=['Where a Party needs information that another Party has not brought to the Panel, Police or '
                     'Oranga Tamariki may request it under s 66 of the Oranga Tamariki Act 1989.'],
    transfer=[
        'Police circulates the agenda (names, dates of birth and referral reason only) two working days before '
        'each meeting as a password-protected attachment by SEEMail.',
        'Representatives share information verbally at the meeting, held at Porirua Police Station or on '
        'Microsoft Teams.',
        'Agreed plans are recorded by Police in its youth case management system; other Parties receive only '
        'the actions allocated to them.',
    ],
    ngo_names='Te Kāhui Rangatahi o Porirua Trust and Pasifika Youth Futures Porirua',
    tiriti=[
        'Most rangatahi referred to the Panel are Māori or Pacific. The Parties acknowledge their obligations '
        'under Te Tiriti o Waitangi and that information about Māori rangatahi is Māori data.',
        'Te Kāhui Rangatahi o Porirua Trust advises the Panel on tikanga; Pasifika Youth Futures advises on '
        'engagement with Pacific families. The Panel does not record whakapapa or iwi affiliation unless the '
        'whānau wish it.',
    ],
    breach=dict(role='Youth Services Sergeant', agency='New Zealand Police (Kāpiti\u2013Mana Area)',
                email='kapitimana.youth@police.govt.nz', phone='04 238 3600'),
    exec_review='The Memorandum is reviewed three-yearly; New Zealand Police initiates the review.',
    review_text=['This Memorandum commences on 1 July 2026. New Zealand Police, as lead agency, will initiate a '
                 'review on the third anniversary of commencement, and every three years after that.'],
    doc_control=[
        ('0.1', '16 February 2026', 'J. Hohaia, Policy Advisor', 'Adapted from the Whangārei Panel memorandum'),
        ('0.2', '6 April 2026', 'J. Hohaia', 'Comments from Parties; Pasifika Youth Futures added'),
        ('1.0', '25 May 2026', 'J. Hohaia', 'Final for signature'),
    ],
    version='1.0', status='Final', date='May 2026',
    created=dt(2026, 2, 16), modified=dt(2026, 6, 24, 11), author='Jade Hohaia',
    expect=[{'rule': 'ISP602', 'data': {'months': 36}}],
    tolerate=[],
))

# ---------------------------------------------------------------------------
# ISP402: UNCLASSIFIED marking (Nelson Tasman housing)
# ---------------------------------------------------------------------------
DEFECTS.append(derive(
    '03', file='defect-isp402-whakatu-housing-panel-unclassified.docx', kind='defect', v='B', cv=1,
    note='Protective marking section (and header/footer) marks the information UNCLASSIFIED so that case lists '
         'can go to community providers by ordinary email, although names, health and tenancy details are shared.',
    classification='UNCLASSIFIED',
    marking_text=[
        'Information shared under this Memorandum is marked UNCLASSIFIED.',
        'The Case Panel works from short case summaries prepared for each meeting. At the establishment workshop '
        'in May 2026 the Parties agreed that an UNCLASSIFIED marking would allow the weekly list to be sent to '
        'community providers by ordinary email, and that names would be reduced to initials in email subject '
        'lines.',
    ],
    group='Nelson Tasman Housing and Homelessness Taskforce', group_short='Taskforce',
    meeting='Whakatū Nelson Tasman Housing Case Panel', short='the Case Panel',
    subjects='individuals and whānau in emergency or insecure housing in Nelson and Tasman who have agreed '
             'to be referred',
    lead='Kāinga Ora \u2013 Homes and Communities', lead_short='Kāinga Ora',
    parties=[
        dict(name='Kāinga Ora \u2013 Homes and Communities', role='Lead agency; convenes the Case Panel; public '
             'housing placements', reps='Placement Manager, Nelson', sig=('Fraser Dunn', 'Regional Director, '
             'Upper South Island', '7 September 2026'), rm=('Area Manager, Nelson Tasman', 'nelson.area@kaingaora.govt.nz')),
        dict(name='Ministry of Social Development', role='Housing register; emergency housing grants',
             reps='Regional Housing Manager, Nelson', sig=('Gail Richards', 'Regional Commissioner, Nelson', '9 September 2026'),
             rm=('Regional Housing Manager', 'nelson_housing@msd.govt.nz')),
        dict(name='Nelson City Council', role='Rough sleeper outreach; community housing', reps='Community '
             'Housing Advisor', sig=('Andrew White', 'Group Manager, Community Services', '14 September 2026'),
             rm=('Community Partnerships Manager', 'community@ncc.govt.nz')),
        dict(name='Tasman District Council', role='Council housing for older people; rural outreach',
             reps='Community Housing Officer', sig=('Susan Edwards', 'Community Development Manager', '16 September 2026'),
             rm=('Community Development Manager', 'community@tasman.govt.nz')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Health and disability needs; discharge planning',
             reps='Social Work Team Leader, Nelson Hospital', sig=('Dr Jo Bruce', 'Group Manager, Nelson Marlborough '
             'Hospital and Community Services', '21 September 2026'), rm=('Allied Health Manager, Nelson Marlborough',
                                                                          'alliedhealth.nm@tewhatuora.govt.nz')),
        dict(name='Whakatū Whare Manaaki Trust', role='Kaupapa Māori housing navigators and tenancy support',
             reps='Kaiārahi Whare', sig=('Rāwiri Stafford', 'Tumu Whakarae', '30 September 2026'),
             rm=('Kaiwhakahaere', 'kaiwhakahaere@wharemanaaki.org.nz')),
    ],
    background=[
        'Demand for emergency and transitional housing in Nelson and Tasman has grown sharply, and households are '
        'often known to several agencies at once. The Taskforce set up the Case Panel in 2026 so those agencies '
        'can plan together, with each household\u2019s agreement.',
        'The Case Panel meets weekly and considers households that have signed the referral and consent form, '
        'and any person in emergency accommodation about whom there is a serious safety concern.',
    ],
    scope=[
        ('Names, dates of birth and household members', 'Referring Party', 'P1, P2, P3'),
        ('Housing register status and emergency housing grant history', 'MSD', 'P1, P2'),
        ('Tenancy offers and previous tenancies', 'Kāinga Ora', 'P1, P2'),
        ('Rough sleeper outreach contacts; council housing applications', 'Nelson City Council; Tasman District '
         'Council', 'P1, P2'),
        ('Health and disability needs relevant to housing', 'Health NZ', 'P1, P2, P3'),
        ('Case management summaries; tenancy support progress', 'Whakatū Whare Manaaki Trust', 'P1, P2'),
    ],
    transfer=[
        'Kāinga Ora sends the weekly case list to representatives before each meeting by email, as a '
        'password-protected attachment.',
        'Households are discussed verbally at the meeting, held at the Kāinga Ora Nelson office or on '
        'Microsoft Teams.',
        'Agreed actions are recorded in the Case Panel action log held by Kāinga Ora; each Party receives only '
        'its own actions.',
    ],
    ngo_names=None,
    tiriti=[
        'Māori are over-represented among households in emergency housing in Whakatū. The Parties acknowledge '
        'their obligations under Te Tiriti o Waitangi and that information about Māori households is Māori data.',
        'Whakatū Whare Manaaki Trust advises the Case Panel on tikanga and is offered the lead role for whānau '
        'who want a kaupapa Māori service. Aggregate data about Māori households is not released outside the '
        'Taskforce without the Trust\u2019s agreement.',
    ],
    breach=dict(role='Privacy Officer', agency='Kāinga Ora \u2013 Homes and Communities',
                email='privacy@kaingaora.govt.nz', phone='04 439 3000'),
    exec_review='The Memorandum is reviewed every 12 months; Kāinga Ora initiates the review.',
    review_text=['Kāinga Ora, as lead agency, initiates a review of this Memorandum every 12 months. The next '
                 'review is due by 30 September 2027.'],
    doc_control=[
        ('0.1', '11 May 2026', 'K. Sharma, Senior Policy Advisor', 'First draft, adapted from the Heretaunga '
         'Panel memorandum'),
        ('0.2', '22 June 2026', 'K. Sharma', 'Protective marking changed following establishment workshop'),
        ('1.0', '31 August 2026', 'K. Sharma', 'Final for signature'),
    ],
    version='1.0', status='Final', date='August 2026',
    created=dt(2026, 5, 11), modified=dt(2026, 9, 30, 14), author='Kiran Sharma',
    expect=[{'rule': 'ISP402', 'data': {'classification': 'UNCLASSIFIED'}}],
    tolerate=[],
))

# ---------------------------------------------------------------------------
# ISP305: executive summary says the Memorandum gives the authority (Dunedin elder abuse)
# ---------------------------------------------------------------------------
DEFECTS.append(derive(
    '04', file='defect-isp305-otepoti-elder-network-claims-authority.docx', kind='defect', v='C', cv=2,
    note='Executive summary says "This Memorandum gives the Parties the authority to share personal information '
         'about older people"; the Authorising environment table still lists a real authority for both purposes.',
    claims_authority='This Memorandum gives the Parties the authority to share personal information about older '
                     'people for the purposes in {purposes}, provided they follow the controls it sets out.',
    authority_intro='The legal authority the Parties rely on for each purpose is set out below. Before '
                    'disclosing, a representative should check that the criteria of the relevant provision are '
                    'met, and seek advice from their agency\u2019s privacy or legal team if unsure.',
    group='Ōtepoti Dunedin Elder Abuse Response Network', group_short='Network Governance Group',
    meeting='Ōtepoti Dunedin Elder Abuse Case Coordination Meeting', short='the Coordination Meeting',
    subjects='older people who are, or may be, experiencing abuse or neglect in Dunedin',
    lead='Dunedin City Council', lead_short='Council',
    parties=[
        dict(name='Dunedin City Council', role='Lead agency; convenes the Coordination Meeting; community '
             'housing landlord', reps='Community Advisor, Older Adults', sig=('Rebecca McLeod', 'General Manager, '
             'Community and Strategy', '9 February 2026'), rm=('Community Advisor, Older Adults', 'olderadults@dcc.govt.nz')),
        dict(name='New Zealand Police', role='Reports of harm; welfare checks', reps='Family Harm Sergeant, Dunedin',
             sig=('Craig Ogilvie', 'Area Commander, Dunedin', '12 February 2026'),
             rm=('Family Harm Sergeant, Dunedin', 'dunedin.familyharm@police.govt.nz')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Needs and capacity assessment outcomes; home '
             'support', reps='Social Worker, Older Persons Health', sig=('Dr Kerry Palmer', 'Service Manager, '
             'Older Persons Health, Southern', '17 February 2026'), rm=('Service Manager, Older Persons Health',
                                                                       'oph.southern@tewhatuora.govt.nz')),
        dict(name='Age Concern Otago', role='Elder Abuse Response Service provider', reps='Elder Abuse Response '
             'Coordinator', sig=('Margaret Ross', 'Chief Executive', '19 February 2026'),
             rm=('Elder Abuse Response Coordinator', 'ears@ageconcernotago.org.nz')),
        dict(name='Ministry of Social Development', role='Income support; financial exploitation concerns',
             reps='Senior Case Manager, Dunedin', sig=('Donna Kerr', 'Regional Commissioner, Southern', '23 February 2026'),
             rm=('Service Centre Manager, Dunedin', 'dunedin_sc@msd.govt.nz')),
        dict(name='Kaumātua Manaaki Trust Ōtepoti', role='Kaupapa Māori support for kaumātua and whānau',
             reps='Kaiāwhina Kaumātua', sig=('Tahu Potiki-Ruru', 'Kaiwhakahaere', '26 February 2026'),
             rm=('Kaiwhakahaere', 'kiaora@kmto.org.nz')),
    ],
    background=[
        'Age Concern Otago receives more than 200 referrals a year about older people in Dunedin who may be '
        'experiencing abuse or neglect. The Network, convened by the City Council as part of its Age Friendly '
        'Dunedin strategy, established the Coordination Meeting so that agencies can respond together.',
        'The Coordination Meeting meets fortnightly, and urgently where needed.',
    ],
    scope=[
        ('Referral details and the older person\u2019s wishes', 'Age Concern Otago; any Party', 'P1, P2'),
        ('Reports of harm, protection orders, welfare check outcomes', 'NZ Police', 'P1, P2'),
        ('Care needs and capacity assessment outcomes; enduring power of attorney status where known',
         'Health NZ', 'P1, P2'),
        ('Indicators of financial exploitation', 'MSD', 'P1, P2'),
        ('Tenancy information for council housing residents', 'Council', 'P1, P2'),
        ('Whānau context and supports for kaumātua', 'Kaumātua Manaaki Trust Ōtepoti', 'P1'),
    ],
    transfer=[
        'The Council circulates a list of initials and referral numbers one working day before each meeting as a '
        'password-protected attachment.',
        'Information is shared verbally at the meeting in the Council\u2019s Civic Centre or on Microsoft Teams.',
        'Urgent matters between meetings are handled by phone between the Parties involved and confirmed by '
        'secure email.',
    ],
    ngo_names='Age Concern Otago and Kaumātua Manaaki Trust Ōtepoti',
    tiriti=[
        'Kaumātua hold a special place within their whānau, hapū and iwi, and information about them is Māori '
        'data. The Parties acknowledge their obligations under Te Tiriti o Waitangi and have sought the advice '
        'of Kaumātua Manaaki Trust Ōtepoti and Kāti Huirapa Rūnaka ki Puketeraki on how kaumātua are discussed.',
        'A kaumātua is offered the involvement of the Trust, and decisions about how their whānau is approached '
        'are made with the Trust\u2019s advice.',
    ],
    breach=dict(role='Privacy Officer', agency='Dunedin City Council', email='privacy@dcc.govt.nz',
                phone='03 477 4000'),
    exec_review='The Memorandum is reviewed every 18 months; the City Council initiates the review.',
    review_text=['Dunedin City Council, as lead agency, initiates a review of this Memorandum every 18 months. '
                 'The next review is due by 26 August 2027.'],
    doc_control=[
        ('0.1', '8 September 2025', 'L. Chen, Policy Analyst', 'First draft, adapted from the Waimakariri memorandum'),
        ('0.2', '3 November 2025', 'L. Chen; G. Moore', 'Executive summary rewritten for Network Governance Group'),
        ('1.0', '26 January 2026', 'L. Chen', 'Final for signature'),
    ],
    version='1.0', status='Final', date='January 2026',
    created=dt(2025, 9, 8), modified=dt(2026, 2, 26, 13), author='Lily Chen',
    expect=[{'rule': 'ISP305', 'data_contains': {'text': 'authority to share'}}],
    tolerate=[],
))

# ---------------------------------------------------------------------------
# ISP801: keep case summaries for future reference (Otara youth panel)
# ---------------------------------------------------------------------------
DEFECTS.append(derive(
    '02', file='defect-isp801-otara-youth-panel-future-reference.docx', kind='defect', v='C', cv=1,
    note='Records management lets Parties keep case summaries "for future reference, as they may help in later '
         'work with the rangatahi or their whānau".',
    records_jic='Case summaries may be kept on Party systems for future reference, as they may help in later '
                'work with the rangatahi or their whānau.',
    group="Auckland Regional Public Service Commissioner\u2019s Social Sector Group",
    meeting='Ōtara\u2013Papatoetoe Youth Offending Prevention Panel', short='the Panel',
    subjects='rangatahi aged 10 to 17 in Ōtara and Papatoetoe referred by Police Youth Aid, and their families',
    lead='Oranga Tamariki\u2014Ministry for Children', lead_short='Oranga Tamariki',
    parties=[
        dict(name='Oranga Tamariki\u2014Ministry for Children', role='Lead agency; convenes and chairs the Panel',
             reps='Youth Justice Supervisor, Manukau', sig=('Sefo Tupou', 'Regional Manager, Counties Manukau', '3 November 2025'),
             rm=('Youth Justice Manager, Manukau', 'manukau.yj@ot.govt.nz')),
        dict(name='New Zealand Police', role='Refers rangatahi; offending and alternative action information',
             reps='Youth Aid Sergeant, Ōtara', sig=('Jill Rogers', 'District Commander, Counties Manukau', '6 November 2025'),
             rm=('Youth Services Manager, Counties Manukau', 'cm.youth@police.govt.nz')),
        dict(name='Ministry of Education', role='Enrolment, attendance and learning support', reps='Senior Advisor, '
             'South Auckland', sig=('Isabel Evans', 'Director of Education, Auckland', '12 November 2025'),
             rm=('Manager Learning Support, South Auckland', 'ls.southauckland@education.govt.nz')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Youth health, mental health and addiction needs',
             reps='Youth Forensic Clinician, Counties Manukau', sig=('Dr Lemalu Silao', 'Group Manager, Mental Health '
             'and Addiction, Counties Manukau', '17 November 2025'), rm=('Service Manager, Youth Forensic Service',
                                                                           'yfs.cm@tewhatuora.govt.nz')),
        dict(name='Tupu Ola Youth Services', role='Pacific youth mentoring and family support', reps='Youth Worker',
             sig=('Tavita Leota', 'Chief Executive', '21 November 2025'), rm=('Programme Manager', 'programmes@tupuola.org.nz')),
        dict(name='Te Whānau Kōkiri o Ōtara', role='Kaupapa Māori youth and whānau support', reps='Kaiārahi '
             'Rangatahi', sig=('Manu Tipene', 'Pou Whakahaere', '28 November 2025'),
             rm=('Kaiwhakahaere', 'kaiwhakahaere@kokiriotara.org.nz')),
    ],
    extra_blocks=[],
    background=[
        'Police Youth Aid in Ōtara and Papatoetoe deals with more than 700 rangatahi a year whose behaviour could '
        'lead to a youth justice response. The Panel meets weekly to consider rangatahi referred by Youth Aid and '
        'agree, with the rangatahi and their family, a plan that addresses the reasons for their behaviour.',
        'The Panel supports alternative action under the Oranga Tamariki Act 1989 and does not replace a family '
        'group conference where one is required.',
    ],
    scope=[
        ('Referral details: offending or behaviour of concern, alternative action history', 'NZ Police', 'P1, P2'),
        ('Youth justice and care status; previous family group conference plans', 'Oranga Tamariki', 'P1, P2'),
        ('School enrolment, attendance, stand-downs and suspensions', 'Ministry of Education', 'P1, P2'),
        ('Health, mental health and alcohol and other drug needs relevant to the plan', 'Health NZ', 'P1'),
        ('Engagement with mentoring; family view of the plan', 'Tupu Ola; Te Whānau Kōkiri', 'P2'),
    ],
    transfer=[
        'Oranga Tamariki circulates the agenda two working days before each meeting as a password-protected '
        'attachment by SEEMail.',
        'Representatives share information verbally at the meeting, held at the Oranga Tamariki Manukau site or '
        'on Microsoft Teams.',
        'Agreed plans are recorded in CYRAS by Oranga Tamariki; other Parties receive only the actions allocated '
        'to them.',
    ],
    ngo_names='Tupu Ola Youth Services and Te Whānau Kōkiri o Ōtara',
    tiriti=[
        'Most rangatahi referred to the Panel are Māori or Pacific. The Parties acknowledge their obligations '
        'under Te Tiriti o Waitangi and that information about Māori rangatahi is Māori data.',
        'Te Whānau Kōkiri o Ōtara advises the Panel on tikanga and Tupu Ola on engagement with Pacific families. '
        'The Panel opens and closes with karakia and does not record whakapapa or iwi affiliation unless the '
        'whānau wish it.',
    ],
    breach=dict(role='Privacy Officer', agency='Oranga Tamariki\u2014Ministry for Children',
                email='privacy.manukau@ot.govt.nz', phone='09 262 8800'),
    exec_review='The Memorandum is reviewed every 24 months; Oranga Tamariki initiates the review.',
    review_text=['Oranga Tamariki, as lead agency, is responsible for initiating a review of this Memorandum every '
                 '24 months. The next review is due by 28 November 2027.'],
    doc_control=[
        ('0.1', '14 July 2025', 'J. Hohaia, Policy Advisor', 'Adapted from the Whangārei Panel memorandum'),
        ('0.2', '1 September 2025', 'J. Hohaia', 'Records management changed at the request of Panel members'),
        ('1.0', '20 October 2025', 'J. Hohaia', 'Final for signature'),
    ],
    version='1.0', status='Final', date='October 2025',
    created=dt(2025, 7, 14), modified=dt(2025, 11, 28, 15), author='Jade Hohaia',
    expect=[{'rule': 'ISP801', 'data_contains': {'text': 'future reference'}}],
    tolerate=[],
))

# ---------------------------------------------------------------------------
# ISP604: review overdue (Invercargill reintegration, signed March 2024)
# ---------------------------------------------------------------------------
_rp = copy.deepcopy(BASE['05']['purposes'])
DEFECTS.append(derive(
    '05', file='defect-isp604-waihopai-reintegration-review-overdue.docx', kind='defect', v='A', cv=1,
    note='Signed 4-19 March 2024 with a 24-month review; the review text states the next review was due by '
         '19 March 2026, which has passed on 2026-11-24 (no later version recorded).',
    group="Southland Regional Public Service Commissioner\u2019s Social Sector Group",
    meeting='Waihōpai Invercargill Reintegration Case Conference', short='the Case Conference',
    subjects='people due for release from Invercargill Prison and Otago Corrections Facility to Southland, '
             'and people recently released',
    purposes=_rp,
    parties=[
        dict(name='Department of Corrections \u2013 Ara Poutama Aotearoa', role='Lead agency; convenes the Case '
             'Conference; release planning', reps='Reintegration Case Manager', sig=('Glenn Baird', 'Regional '
             'Commissioner, Southern', '4 March 2024'), rm=('Principal Adviser Reintegration, Southern',
                                                             'reintegration.southern@corrections.govt.nz')),
        dict(name='Ministry of Social Development', role='Income support and identity documents', reps='Work Broker, '
             'Reintegration', sig=('Donna Kerr', 'Regional Commissioner, Southern', '7 March 2024'),
             rm=('Service Centre Manager, Invercargill', 'invercargill_sc@msd.govt.nz')),
        dict(name='Kāinga Ora \u2013 Homes and Communities', role='Public housing placements', reps='Placement '
             'Manager, Invercargill', sig=('Tom Bell', 'Regional Director, Southern', '12 March 2024'),
             rm=('Area Manager, Southland', 'southland.area@kaingaora.govt.nz')),
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Mental health and addiction services after release',
             reps='Forensic Community Clinician, Southland', sig=('Dr Ian Fraser', 'Clinical Director, Southern '
             'Forensic Services', '14 March 2024'), rm=('Forensic Service Manager, Southern', 'forensics.southern@tewhatuora.govt.nz')),
        dict(name='Murihiku Reintegration Trust', role='Kaupapa Māori reintegration provider; supported '
             'accommodation', reps='Kaiārahi', sig=('Rewi Anglem', 'Chief Executive', '19 March 2024'),
             rm=('Service Manager', 'services@murihikureintegration.org.nz')),
    ],
    extra_blocks=[('Noted by', 'Regional Public Service Commissioner, Southland', 'Margaret Bennett',
                   'Regional Public Service Commissioner', '19 March 2024')],
    background=[
        'About 15 people a month are released from Invercargill Prison and Otago Corrections Facility to '
        'Southland, many without accommodation or continuing treatment in place. The Case Conference meets '
        'fortnightly to plan the release of people who have agreed to take part and to coordinate the agencies '
        'that will support them.',
    ],
    scope=[
        ('Release date, release address options, release and parole conditions', 'Corrections', 'P1, P3'),
        ('Benefit eligibility, application status, identity documents', 'MSD', 'P1'),
        ('Housing register status; tenancy history relevant to placement', 'Kāinga Ora', 'P1'),
        ('Mental health and addiction diagnosis and treatment plan (summary only)', 'Health NZ', 'P2, P4'),
        ('Information relevant to risk to victims or the community', 'Corrections', 'P3, P4'),
        ('Supported accommodation availability; progress after release', 'Murihiku Reintegration Trust', 'P1, P2'),
    ],
    transfer=[
        'Corrections circulates the referral list five working days before each meeting as a password-protected '
        'attachment sent by SEEMail.',
        'People are discussed verbally at the Case Conference, held at the Invercargill Community Corrections site '
        'or on Microsoft Teams.',
        'Corrections records agreed actions in its case management system and sends each Party only its own actions.',
    ],
    ngo_names='Murihiku Reintegration Trust',
    tiriti=[
        'Many people discussed at the Case Conference are Māori. The Parties acknowledge their obligations under Te '
        'Tiriti o Waitangi and that information about Māori people and whānau is Māori data.',
        'Murihiku Reintegration Trust advises the Case Conference on tikanga and engagement with whānau, hapū and '
        'iwi. With the person\u2019s agreement, whānau are involved in release planning.',
    ],
    records_no_jic=None,
    breach=dict(role='Regional Privacy Adviser', agency='Department of Corrections \u2013 Ara Poutama Aotearoa '
                '(Southern)', email='privacy.southern@corrections.govt.nz', phone='03 211 0650'),
    exec_review='The Memorandum is reviewed every 24 months; Corrections initiates the review.',
    review_text=['Corrections, as lead agency, is responsible for initiating a review of this Memorandum every 24 '
                 'months from the date of the last signature. The next review is due by 19 March 2026.'],
    doc_control=[
        ('0.1', '6 November 2023', 'P. Tawhiri, Senior Advisor', 'First draft, adapted from the Kirikiriroa '
         'Case Conference memorandum'),
        ('0.2', '18 December 2023', 'P. Tawhiri', 'Comments from Parties'),
        ('1.0', '26 February 2024', 'P. Tawhiri', 'Final for signature'),
    ],
    version='1.0', status='Final', date='February 2024',
    created=dt(2023, 11, 6), modified=dt(2024, 3, 22, 9), author='Piripi Tawhiri',
    expect=[{'rule': 'ISP604', 'data': {'due': '2026-03-19'}}],
    tolerate=[],
))

# ---------------------------------------------------------------------------
# LEGACY: Hawke's Bay 2019 protocol with several defects
# ---------------------------------------------------------------------------
LEGACY_LAYOUT = 'A-notiriti'
TRAPS = []
TRAPS.append(derive(
    '01', file='legacy-hawkes-bay-fv-case-management-2019.docx', kind='legacy', v=LEGACY_LAYOUT, cv=1,
    note='2019 protocol never reviewed: cites Privacy Act 1993, the Children, Young Persons, and Their Families '
         'Act 1989 and the Health Information Privacy Code 1994 in the authority table; three-yearly review with '
         'last signature 17 May 2019 (overdue since 17 May 2022); no Te Tiriti/Maori data section; no online '
         'meeting control.',
    controls_skip=['virtual-meeting'], train_extra='',
    fn_ipps='', fn_ipp3='',
    incident_notify='The Party that holds the information decides, with its privacy officer, whether to notify the '
                    'people affected and the Privacy Commissioner.',
    group='Hawke\u2019s Bay Family Violence Intersectoral Leadership Group', group_short='Leadership Group',
    drafter='Family Violence Policy Team, Ministry of Justice',
    meeting='Hawke\u2019s Bay Family Violence Interagency Case Management Meeting', short='the ICMM',
    subjects='victims, children and perpetrators in family violence incidents attended by Police in Hawke\u2019s Bay',
    lead='New Zealand Police', lead_short='NZ Police',
    purposes=[
        dict(ref='P1', text='To assess the risk to victims and children after a family violence incident attended '
             'by Police.', short='Assess risk', auth='Privacy Act 1993, s 6, principle 11(f)',
             cond='The agency believes on reasonable grounds that disclosure is necessary to prevent or lessen a '
                  'serious and imminent threat.'),
        dict(ref='P2', text='To plan interventions that keep children in the household safe.', short='Plan for '
             'children\u2019s safety', auth='Children, Young Persons, and Their Families Act 1989, s 15',
             cond='Information about ill-treatment or neglect of a child may be reported to Oranga Tamariki or Police.'),
        dict(ref='P3', text='To share health information relevant to the safety of victims and children.',
             short='Health information', auth='Health Information Privacy Code 1994, rule 11(2)(d)',
             cond='Serious and imminent threat to the life or health of the individual or another individual.'),
    ],
    authority_extra=['The Family Violence Act 2018 comes into force on 1 July 2019. The lead agency will arrange '
                     'for this Memorandum to be updated to reflect its information sharing provisions.'],
    parties=[
        dict(name='New Zealand Police', role='Lead agency; convenes and chairs the ICMM', reps='District Family '
             'Violence Coordinator', sig=('Tania Kura', 'District Commander, Eastern', '2 May 2019'),
             rm=('District Family Violence Coordinator', 'hb.familyviolence@police.govt.nz')),
        dict(name='Oranga Tamariki\u2014Ministry for Children', role='Care and protection of children',
             reps='Supervisor, Hastings site', sig=('Bernadette Hunt', 'Regional Manager, Hawke\u2019s Bay', '6 May 2019'),
             rm=('Practice Leader, Hastings', 'hastings.practiceleader@ot.govt.nz')),
        dict(name='Hawke\u2019s Bay District Health Board', role='Health information relevant to risk',
             reps='Family Violence Intervention Coordinator', sig=('Kevin Snee', 'Chief Executive', '8 May 2019'),
             rm=('Violence Intervention Programme Lead', 'vip@hbdhb.govt.nz')),
        dict(name='Department of Corrections', role='Sentence and release information', reps='Service Manager, '
             'Community Corrections Hastings', sig=('Jo Field', 'Regional Commissioner, Central Region', '10 May 2019'),
             rm=('Service Manager, Community Corrections Hastings', 'hastings.cc@corrections.govt.nz')),
        dict(name='Heretaunga Women\u2019s Refuge', role='Supports victims', reps='Advocate',
             sig=('Julie Paku', 'Manager', '14 May 2019'), rm=('Manager', 'manager@heretaungarefuge.org.nz')),
        dict(name='Te Whare Whānau Ora Kahungunu Trust', role='Whānau ora provider', reps='Navigator',
             sig=('Ngahiwi Kupa', 'Chief Executive', '17 May 2019'), rm=('Services Manager', 'services@twwok.org.nz')),
    ],
    background=[
        'The ICMM was established in 2016 to bring together agencies responding to family violence incidents '
        'attended by Police in Hawke\u2019s Bay. It meets weekly at the Hastings Police Station to review incidents '
        'from the previous week and agree an interagency response.',
    ],
    objectives=[
        'keep victims and children safe after a family violence incident;',
        'agree an interagency plan for high-risk cases; and',
        'reduce repeat victimisation.',
    ],
    scope=[
        ('Incident details and relevant history', 'NZ Police', 'P1'),
        ('Care and protection history of children in the household', 'Oranga Tamariki', 'P2'),
        ('Health information relevant to risk', 'Hawke\u2019s Bay DHB', 'P3'),
        ('Sentence and release information', 'Corrections', 'P1'),
        ('Victim\u2019s view of their safety', 'Heretaunga Women\u2019s Refuge', 'P1'),
        ('Whānau engagement', 'Te Whare Whānau Ora Kahungunu Trust', 'P1, P2'),
    ],
    scope_extra=[],
    openness=[
        'Police tell victims at attendance that information may be shared with other agencies to support their '
        'safety. Refuge advocates explain the ICMM when they make contact.',
    ],
    transfer=[
        'Police emails the weekly incident list to representatives two days before each meeting by SEEMail, as a '
        'password-protected attachment.',
        'Cases are discussed verbally at the meeting.',
        'Police records agreed actions in the ICMM spreadsheet, held on the Police network.',
    ],
    classification='IN-CONFIDENCE',
    ngo_names='Heretaunga Women\u2019s Refuge and Te Whare Whānau Ora Kahungunu Trust',
    controls_extra=[],
    tiriti=[], tiriti_bullets=None,
    breach=dict(role='District Family Violence Coordinator', agency='New Zealand Police (Eastern District)',
                email='hb.familyviolence@police.govt.nz', phone='06 831 0700'),
    exec_review='The Memorandum is reviewed every three years; New Zealand Police initiates the review.',
    review_text=['New Zealand Police, as lead agency, initiates a review of this Memorandum every three years from '
                 'the date of the final signature.'],
    doc_control=[
        ('1.0', '12 September 2016', 'Family Violence Policy Team', 'First signed version'),
        ('1.1', '4 July 2017', 'Family Violence Policy Team', 'Agency names updated (Child, Youth and Family is now '
         'Oranga Tamariki)'),
        ('2.0', '15 April 2019', 'R. Walker, Policy Advisor', 'Re-signed following change of Police District '
         'Commander; security requirements table added'),
    ],
    version='2.0', status='Final', date='April 2019',
    created=dt(2016, 8, 1), modified=dt(2019, 5, 17, 10), author='Rachel Walker',
    expect=[
        {'rule': 'ISP303', 'data_contains': {'authority': 'Privacy Act 1993'}},
        {'rule': 'ISP303', 'data_contains': {'authority': 'Children, Young Persons'}},
        {'rule': 'ISP303', 'data_contains': {'authority': 'Health Information Privacy Code 1994'}},
        {'rule': 'ISP101', 'data': {'section': 'tikanga'}},
        {'rule': 'ISP451', 'data': {'control': 'virtual-meeting'}},
        {'rule': 'ISP602', 'data': {'months': 36}},
        {'rule': 'ISP604', 'data': {'due': '2022-05-17'}},
    ],
    tolerate=['ISP302'],
))

# ---------------------------------------------------------------------------
# TRAP: deciding text only in content controls and a tracked change (Taranaki MH)
# ---------------------------------------------------------------------------
TRAP_AUTHOR = 'Ngaio Herewini'
TRAP_DATE = '2026-09-21T10:14:00Z'
TRAPS.append(dict(
    file='trap-taranaki-crisis-group-controls-and-tracked-review.docx', kind='trap', v='A', cv=0,
    note='Protective marking (body drop-down, cover, header and footer), the breach contact and all signature '
         'dates are only in filled content controls; the review period reads "every three years" deleted and "18 months" inserted '
         'as unresolved tracked changes, so the accepted text is 18 months (no ISP602) but two revisions remain.',
    marking_sdt=True, header_sdt=True, sdt_only=True, date_pickers=True, track_revisions=True,
    group="Taranaki Regional Public Service Commissioner\u2019s Social Sector Group",
    group_short='Social Sector Group',
    drafter='Mental Health and Addiction Policy Team, Manatū Hauora \u2013 Ministry of Health',
    meeting='Taranaki Mental Health Crisis Coordination Group', short='the Coordination Group',
    subjects='tāngata whaiora in Taranaki with complex mental health and addiction needs who are frequently '
             'in crisis',
    lead='Health New Zealand \u2013 Te Whatu Ora', lead_short='Health NZ',
    parties=[
        dict(name='Health New Zealand \u2013 Te Whatu Ora', role='Lead agency; convenes the Coordination Group; '
             'specialist mental health and addiction services', reps='Acute Care Team Leader; Addiction Service '
             'Clinician', sig=('Dr Hayden Wano', 'Group Manager, Mental Health and Addiction, Taranaki', '14 September 2026'),
             rm=('Service Manager, Acute Mental Health', 'mha.taranaki@tewhatuora.govt.nz')),
        dict(name='New Zealand Police', role='Mental health-related callouts; safety concerns', reps='Mental Health '
             'Co-response Sergeant', sig=('Ross Patterson', 'District Commander, Central', '18 September 2026'),
             rm=('Prevention Manager, Taranaki', 'taranaki.prevention@police.govt.nz')),
        dict(name='Ministry of Social Development', role='Income support and hardship assistance', reps='Senior '
             'Case Manager, New Plymouth', sig=('Ruth Hamilton', 'Regional Commissioner, Taranaki, King Country '
             'and Whanganui', '24 September 2026'), rm=('Service Centre Manager, New Plymouth', 'newplymouth_sc@msd.govt.nz')),
        dict(name='Kāinga Ora \u2013 Homes and Communities', role='Tenancy sustainment', reps='Tenancy Manager, '
             'New Plymouth', sig=('Greg Oakes', 'Regional Director, Central', '2 October 2026'),
             rm=('Area Manager, Taranaki', 'taranaki.area@kaingaora.govt.nz')),
        dict(name='Te Puna Waiora Taranaki Trust', role='Kaupapa Māori mental health and whānau support',
             reps='Kaimanaaki', sig=('Aroha Tamati', 'Tumu Whakarae', '9 October 2026'),
             rm=('Kaiwhakahaere', 'kaiwhakahaere@tepunawaiora.org.nz')),
    ],
    extra_blocks=[('Noted by', 'Regional Public Service Commissioner, Taranaki', 'Peter Moeahu',
                   'Regional Public Service Commissioner', '12 October 2026')],
    background=[
        'A small group of tāngata whaiora in Taranaki account for a large share of mental health crisis '
        'presentations and Police mental health callouts. The Coordination Group meets fortnightly, with the '
        'person\u2019s agreement, to agree one plan across the agencies working with them.',
    ],
    objectives=[
        'give each person one coordinated crisis and recovery plan;',
        'prevent discharge from inpatient care into homelessness;',
        'reduce crisis presentations and Police callouts; and',
        'respond quickly when a person is at serious risk.',
    ],
    purposes=copy.deepcopy(MH_PURPOSES),
    scope=[
        ('Diagnosis summary, crisis plan, risk assessment summary, admission and discharge dates', 'Health NZ',
         'P1, P2, P3'),
        ('Recent mental health-related callouts and safety concerns', 'NZ Police', 'P1, P3'),
        ('Benefit status and hardship assistance', 'MSD', 'P1, P2'),
        ('Tenancy status and tenancy issues', 'Kāinga Ora', 'P1, P2'),
        ('Whānau supports and kaupapa Māori services in place', 'Te Puna Waiora Taranaki Trust', 'P1, P2'),
    ],
    openness=[
        'The person\u2019s key clinician explains the Coordination Group before asking for their agreement, and '
        'tells them which Parties will receive which information. Where the person wishes, whānau are involved.',
        'Where information is shared under P3 without agreement, the person is told afterwards unless that would '
        'increase the risk.',
    ],
    transfer=[
        'Health NZ circulates the agenda (names and NHI numbers only) two working days before each meeting as a '
        'password-protected attachment.',
        'People are discussed verbally at the meeting, held at Taranaki Base Hospital or on Microsoft Teams.',
        'Agreed actions are recorded in the Coordination Group action log held by Health NZ; each Party receives '
        'only its own actions.',
    ],
    classification='SENSITIVE',
    ngo_names='Te Puna Waiora Taranaki Trust',
    tiriti=[
        'Māori are over-represented among people discussed at the Coordination Group. The Parties acknowledge '
        'their obligations under Te Tiriti o Waitangi and that information about Māori tāngata whaiora is Māori data.',
        'Te Puna Waiora Taranaki Trust advises the Coordination Group on tikanga, including the involvement of '
        'whānau, and Māori tāngata whaiora are offered a kaupapa Māori key worker.',
    ],
    breach=dict(sdt='Privacy Officer, Health New Zealand \u2013 Te Whatu Ora (Taranaki), '
                    'privacy.taranaki@tewhatuora.govt.nz, 06 753 6139'),
    exec_review='Health NZ, as lead agency, initiates reviews of the Memorandum.',
    review_text=[],
    review_tracked=True,
    doc_control=[
        ('0.1', '6 April 2026', 'A. Kaiwai, Senior Policy Analyst', 'First draft, adapted from the Tairāwhiti Forum '
         'memorandum'),
        ('0.2', '25 May 2026', 'A. Kaiwai', 'Comments from Parties'),
        ('1.0', '31 August 2026', 'A. Kaiwai', 'Final for signature'),
    ],
    version='1.0', status='Final', date='August 2026',
    created=dt(2026, 4, 6), modified=dt(2026, 10, 12, 9), author='Aroha Kaiwai',
    last_modified_by=TRAP_AUTHOR,
    expect=[{'rule': 'ISP202', 'data': {'count': 2}}],
    tolerate=[],
))


# ======================= assembly =======================
import json
import os
import sys


OUT = os.path.dirname(os.path.abspath(__file__))

LAYOUTS['A-notiriti'] = [x for x in LAYOUTS['A'] if x[0] != 'tiriti']


class Protocol(Builder, Renderer):
    def __init__(self, spec, index):
        Builder.__init__(self, spec, index)
        self.layout = LAYOUTS[spec['v']]
        self.ghost = spec.get('ghost', set())
        # pre-pass: numbers as the author last saw them (ghost sections included)
        n1 = n2 = 0
        for key, level, _ in self.layout:
            if level == 1:
                n1 += 1
                n2 = 0
                self.numbers[key] = str(n1)
            elif level == 2:
                n2 += 1
                self.numbers[key] = '%d.%d' % (n1, n2)
            else:
                self.numbers[key] = None

    def cover(self):
        sp = self.spec
        p = self.para(sp['group'].upper(), size=9, bold=True)
        self.para('Memorandum of Understanding and Information Sharing Protocol', style='Cover Title')
        self.para(sp['meeting'], style='Cover Subtitle')
        self.para('Between', bold=True, space_after=2)
        for party in sp['parties']:
            self.para(party['name'], space_after=0)
        self.para('')
        self.para('Version %s  |  %s  |  %s' % (sp['version'], sp['status'], sp['date']), bold=True)
        self.para('Prepared by the %s for the %s.' % (sp['drafter'], sp['group']), italic=True, size=9)
        self.para('')
        p = self.para('', style='Classification Marking')
        if sp.get('sdt_only'):
            p._p.append(sdt_text(sp['classification'], 'Protective marking', 'PSRMarkingCover', bold=True))
        else:
            p._p.append(run(sp['classification']))
        self.page_break()

    def document_control(self):
        sp = self.spec
        self.para('Document control', bold=True, size=13)
        self.table(['Version', 'Date', 'Author', 'Changes'], sp['doc_control'], widths=[1.8, 3.2, 4.4, 7.0])
        self.table(['Item', 'Detail'], [
            ('Document owner', '%s (lead agency)' % sp['lead']),
            ('Prepared by', sp['drafter']),
            ('Distribution', 'Parties\u2019 relationship managers; %s secretariat' % sp['group_short']),
            ('File name', sp['file'].replace('.docx', '')),
        ], widths=[4.0, 12.4], first_col_bold=True)
        self.page_break()

    def build(self):
        sp = self.spec
        self.header_footer(sp['classification'], 'MOU and Information Sharing Protocol \u2013 ' + sp['meeting'],
                           marking_sdt=sp.get('header_sdt', False))
        self.cover()
        self.document_control()
        self.toc_placeholder()
        self.page_break()
        self.page0 = 4
        self.blocks = 0
        if sp.get('review_tracked'):
            sp['review_runs'] = [
                '%s, as lead agency, initiates a review of this Memorandum every ' % sp['lead'],
                lambda: rev_del('three years', TRAP_AUTHOR, TRAP_DATE),
                lambda: rev_ins('18 months', TRAP_AUTHOR, TRAP_DATE),
                ' from the date of the final signature.']
        for key, level, title in self.layout:
            if key == 'agreement' and key not in self.ghost:
                self.page_break()
            self.heading(self.s(title), level, self.numbers[key], ghost=key in self.ghost)
            if key in self.ghost:
                continue
            getattr(self, 'r_' + key)()
        if sp.get('schedule'):
            sch = sp['schedule']
            self.page_break()
            self.heading(sch['title'], 0, None)
            self.table(sch['headers'], sch['rows'], widths=[3.6, 3.2, 3.6, 4.0, 2.0])
        self.build_toc()
        if sp.get('custom_props'):
            add_custom_props(self.doc, sp['custom_props'])
        if sp.get('track_revisions'):
            settings = self.doc.settings.element
            settings.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}defaultTabStop') \
                .addprevious(E('w:trackRevisions'))


def main():
    specs = CLEAN + DEFECTS + TRAPS
    truth = {'as_of': '2026-11-24',
             'style': 'Central-government policy team "Memorandum of Understanding and Information Sharing '
                      'Protocol" for a regional multi-agency group: cover page, document-control table, Word TOC '
                      'field, unnumbered Executive summary, Heading 1/2 numbered by a multilevel list (numbers not '
                      'in the text), corporate section names (Parties, Context and objectives, Scope of '
                      'information, Authorising environment, Data use and re-use, Openness with affected people, '
                      'Transfer mechanisms, Protective marking, Security requirements, Te Tiriti o Waitangi and '
                      'Maori data, Records management, Incident management, Probity and conflicts, Governance and '
                      'assurance, Evaluation and review, Agreement of parties), RACI table, legislation footnotes, '
                      '2x3 signature-block grid.',
             'files': {}}
    names = set()
    for i, sp in enumerate(specs):
        assert sp['file'] not in names
        names.add(sp['file'])
        b = Protocol(sp, i)
        b.build()
        core = dict(title='Memorandum of Understanding and Information Sharing Protocol \u2013 ' + sp['meeting'],
                    subject=sp['group'], author=sp['author'], created=sp['created'], modified=sp['modified'],
                    last_modified_by=sp.get('last_modified_by', sp['author']),
                    keywords='MOU; information sharing; ' + sp['meeting'])
        b.save(os.path.join(OUT, sp['file']), core)
        truth['files'][sp['file']] = {'kind': sp['kind'], 'expect': sp['expect'], 'tolerate': sp['tolerate'],
                                      'note': sp['note']}
    with open(os.path.join(OUT, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('wrote %d documents' % len(specs))


if __name__ == '__main__':
    main()
