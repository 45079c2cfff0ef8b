#!/usr/bin/env python
"""Build the 'banner-bilingual' blind corpus of NZ multi-agency meeting
information sharing protocols.

House style: a public-sector branded template in which every section heading
sits in a shaded one-cell banner table (w:shd fill, white bold text) with
bilingual te reo Māori / English wording; the body of each section follows as
ordinary paragraphs, lists and tables. One base lays the whole body out in a
two-column table (shaded heading cell | body cell).

Run:  /work/blind-kit/.venv/bin/python build.py
Everything is deterministic: fixed core-property dates, fixed zip timestamps,
no randomness.
"""
import copy
import datetime as dt
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell

OUT = os.path.dirname(os.path.abspath(__file__))
ZIP_TIME = (2026, 11, 1, 9, 0, 0)

# --------------------------------------------------------------------------
# low-level OOXML helpers
# --------------------------------------------------------------------------

def E(tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn('w:' + k), str(v))
    return el


TCPR = [qn(t) for t in ('w:cnfStyle', 'w:tcW', 'w:gridSpan', 'w:hMerge', 'w:vMerge',
                        'w:tcBorders', 'w:shd', 'w:noWrap', 'w:tcMar', 'w:textDirection',
                        'w:tcFitText', 'w:vAlign', 'w:hideMark')]
TBLPR = [qn(t) for t in ('w:tblStyle', 'w:tblpPr', 'w:tblOverlap', 'w:bidiVisual',
                         'w:tblStyleRowBandSize', 'w:tblStyleColBandSize', 'w:tblW', 'w:jc',
                         'w:tblCellSpacing', 'w:tblInd', 'w:tblBorders', 'w:shd',
                         'w:tblLayout', 'w:tblCellMar', 'w:tblLook')]
TRPR = [qn(t) for t in ('w:cnfStyle', 'w:divId', 'w:gridBefore', 'w:gridAfter', 'w:wBefore',
                        'w:wAfter', 'w:cantSplit', 'w:trHeight', 'w:tblHeader',
                        'w:tblCellSpacing', 'w:jc', 'w:hidden')]


def put(parent, child, order):
    """Insert child into parent respecting the schema order; replace same tag."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    idx = order.index(child.tag)
    for i, existing in enumerate(parent):
        if existing.tag in order and order.index(existing.tag) > idx:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    put(tcPr, E('w:shd', val='clear', color='auto', fill=fill), TCPR)


def valign_cell(cell, val='center'):
    tcPr = cell._tc.get_or_add_tcPr()
    put(tcPr, E('w:vAlign', val=val), TCPR)


def cell_margins(tbl, top=80, left=140, bottom=80, right=140):
    mar = E('w:tblCellMar')
    for side, v in (('top', top), ('left', left), ('bottom', bottom), ('right', right)):
        mar.append(E('w:' + side, w=v, type='dxa'))
    put(tbl._tbl.tblPr, mar, TBLPR)


def tbl_width_pct(tbl, pct=5000):
    put(tbl._tbl.tblPr, E('w:tblW', w=pct, type='pct'), TBLPR)


def tbl_borders(tbl, kind='single', color='A6A6A6', sz=4):
    b = E('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        if kind == 'none':
            b.append(E('w:' + side, val='nil'))
        else:
            b.append(E('w:' + side, val='single', sz=sz, space=0, color=color))
    put(tbl._tbl.tblPr, b, TBLPR)


def fixed_layout(tbl):
    put(tbl._tbl.tblPr, E('w:tblLayout', type='fixed'), TBLPR)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    put(trPr, E('w:tblHeader'), TRPR)


def set_widths(tbl, widths_cm):
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths_cm):
        gc.set(qn('w:w'), str(int(Cm(w) / 635)))
    for row in tbl.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def container_el(cont):
    if isinstance(cont, _Cell):
        return cont._tc
    return cont.element.body


def last_block(cont):
    el = container_el(cont)
    last = None
    for child in el:
        if child.tag in (qn('w:p'), qn('w:tbl'), qn('w:sdt')):
            last = child
    return last


def cell_is_fresh(cell):
    kids = [c for c in cell._tc if c.tag != qn('w:tcPr')]
    if len(kids) != 1 or kids[0].tag != qn('w:p'):
        return False
    p = kids[0]
    return not any(c.tag != qn('w:pPr') for c in p)


# --------------------------------------------------------------------------
# renderer
# --------------------------------------------------------------------------

class Renderer:
    def __init__(self, cfg):
        self.cfg = cfg
        self.doc = Document()
        self.next_id = 4100
        self._styles()
        self._page()

    # ---- setup -----------------------------------------------------------
    def _styles(self):
        st = self.doc.styles
        normal = st['Normal']
        normal.font.name = self.cfg.get('font', 'Arial')
        normal.font.size = Pt(10)
        normal.paragraph_format.space_after = Pt(6)
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn('w:rFonts'))
        if rfonts is None:
            rfonts = E('w:rFonts')
            rpr.insert(0, rfonts)
        for a in ('ascii', 'hAnsi', 'cs'):
            rfonts.set(qn('w:' + a), self.cfg.get('font', 'Arial'))
        if self.cfg.get('banner_para') == 'custom':
            s = st.add_style('Banner Heading', WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = normal
            s.font.bold = True
            s.font.size = Pt(12)
            s.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            s.paragraph_format.space_before = Pt(2)
            s.paragraph_format.space_after = Pt(2)
            s.paragraph_format.keep_with_next = True
            ppr = s.element.get_or_add_pPr()
            ppr.append(E('w:outlineLvl', val=0))
        s = st.add_style('Table Text', WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = normal
        s.font.size = Pt(9)
        s.paragraph_format.space_after = Pt(2)

    def _page(self):
        sec = self.doc.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = Cm(2.2)
        sec.bottom_margin = Cm(2.0)
        sec.header_distance = Cm(1.0)
        sec.footer_distance = Cm(1.0)

    def nid(self):
        self.next_id += 1
        return self.next_id

    # ---- paragraphs --------------------------------------------------------
    def par(self, cont, spec=None, style=None):
        if isinstance(cont, _Cell) and cell_is_fresh(cont):
            p = cont.paragraphs[0]
            if style:
                p.style = style
        else:
            p = cont.add_paragraph(style=style)
        if spec is not None:
            self.fill(p, spec)
        return p

    def runs_md(self, p, text, bold=False, italic=False, size=None, color=None):
        """Add text, '**' toggles bold."""
        parts = text.split('**')
        for i, part in enumerate(parts):
            if not part:
                continue
            r = p.add_run(part)
            if bold or i % 2 == 1:
                r.bold = True
            if italic:
                r.italic = True
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        return p

    def fill(self, p, spec):
        if isinstance(spec, tuple) and spec[0] == 'segs':
            spec = spec[1]
        if isinstance(spec, str):
            self.runs_md(p, spec)
            return
        for seg in spec:
            if isinstance(seg, str):
                self.runs_md(p, seg)
                continue
            kind = seg[0]
            if kind == 'i':
                self.runs_md(p, seg[1], italic=True)
            elif kind == 'br':
                p.add_run().add_break()
            elif kind == 'drop':
                self.sdt_drop(p, *seg[1:])
            elif kind == 'text':
                self.sdt_text(p, *seg[1:])
            elif kind == 'date':
                self.sdt_date(p, *seg[1:])
            elif kind == 'ins':
                self.tracked(p, 'ins', seg[1])
            elif kind == 'del':
                self.tracked(p, 'del', seg[1])
            else:
                raise ValueError(kind)

    # ---- content controls and tracked changes ---------------------------
    def _sdt(self, p, alias, tag, typ_el, shown):
        sdt = E('w:sdt')
        pr = E('w:sdtPr')
        pr.append(E('w:alias', val=alias))
        pr.append(E('w:tag', val=tag))
        pr.append(E('w:id', val=self.nid()))
        pr.append(typ_el)
        sdt.append(pr)
        content = E('w:sdtContent')
        sdt.append(content)
        p._p.append(sdt)
        r = p.add_run(shown)
        content.append(r._r)
        return sdt

    def sdt_drop(self, p, alias, tag, items, selected):
        dd = E('w:dropDownList', lastValue=selected)
        dd.append(E('w:listItem', displayText='Choose an item.', value=''))
        for it in items:
            dd.append(E('w:listItem', displayText=it, value=it))
        return self._sdt(p, alias, tag, dd, selected)

    def sdt_text(self, p, alias, tag, text):
        return self._sdt(p, alias, tag, E('w:text'), text)

    def sdt_date(self, p, alias, tag, iso, shown):
        d = E('w:date', fullDate=iso + 'T00:00:00Z')
        d.append(E('w:dateFormat', val='d MMMM yyyy'))
        d.append(E('w:lid', val='en-NZ'))
        d.append(E('w:storeMappedDataAs', val='dateTime'))
        d.append(E('w:calendar', val='gregorian'))
        return self._sdt(p, alias, tag, d, shown)

    def tracked(self, p, kind, text):
        rev = self.cfg['revision']
        wrap = E('w:' + kind, id=self.nid(), author=rev['author'], date=rev['date'])
        p._p.append(wrap)
        r = p.add_run(text)
        wrap.append(r._r)
        if kind == 'del':
            t = r._r.find(qn('w:t'))
            dtx = E('w:delText')
            dtx.text = t.text
            dtx.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
            r._r.replace(t, dtx)

    # ---- tables ----------------------------------------------------------
    def gap(self, cont):
        lb = last_block(cont)
        if lb is not None and lb.tag == qn('w:tbl'):
            p = cont.add_paragraph()
            p.paragraph_format.space_after = Pt(0)

    def add_table(self, cont, rows, cols):
        self.gap(cont)
        if isinstance(cont, _Cell):
            t = cont.add_table(rows, cols)
        else:
            t = cont.add_table(rows=rows, cols=cols)
        return t

    def table(self, cont, header, rows, widths=None, style='Table Grid',
              header_fill=None, first_col_bold=False, text_style='Table Text',
              borders=None):
        n = len(header) if header else len(rows[0])
        t = self.add_table(cont, (1 if header else 0) + len(rows), n)
        if style:
            t.style = self.doc.styles[style]
        tbl_width_pct(t)
        if borders:
            tbl_borders(t, borders)
        cell_margins(t, 60, 100, 60, 100)
        if widths:
            set_widths(t, widths)
        r0 = 0
        if header:
            for j, h in enumerate(header):
                c = t.cell(0, j)
                self.par(c, '**' + h + '**' if isinstance(h, str) else h, text_style)
                shade_cell(c, header_fill or self.cfg.get('header_fill', 'D9E2EC'))
            repeat_header(t.rows[0])
            r0 = 1
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(r0 + i, j)
                self.cell_content(c, val, text_style,
                                  bold=(first_col_bold and j == 0))
        return t

    def cell_content(self, c, val, text_style, bold=False):
        """val: None | str | ('segs', [segments]) | ('blocks', [blocks]) | list of those."""
        if val is None:
            self.par(c, None, text_style)
        elif isinstance(val, tuple) and val[0] == 'blocks':
            self.blocks(c, val[1], text_style=text_style)
        elif isinstance(val, tuple) and val[0] == 'segs':
            self.par(c, val[1], text_style)
        elif isinstance(val, list):
            for v in val:
                self.cell_content(c, v, text_style, bold)
        else:
            self.par(c, ('**' + val + '**') if bold else val, text_style)

    def sigblocks(self, cont, ncols, blocks):
        nrows = (len(blocks) + ncols - 1) // ncols
        t = self.add_table(cont, nrows, ncols)
        tbl_width_pct(t)
        tbl_borders(t, 'none')
        cell_margins(t, 100, 100, 200, 200)
        for k, lines in enumerate(blocks):
            c = t.cell(k // ncols, k % ncols)
            for ln in lines:
                self.par(c, ln)
        return t

    # ---- lists ---------------------------------------------------------
    def new_num(self, abstract=7):
        numbering = self.doc.part.numbering_part.element
        nums = numbering.findall(qn('w:num'))
        new_id = max(int(n.get(qn('w:numId'))) for n in nums) + 1
        num = E('w:num', numId=new_id)
        num.append(E('w:abstractNumId', val=abstract))
        ov = E('w:lvlOverride', ilvl=0)
        ov.append(E('w:startOverride', val=1))
        num.append(ov)
        numbering.append(num)
        return new_id

    def blocks(self, cont, blocks, text_style=None):
        for b in blocks:
            kind = b[0]
            if kind == 'p':
                self.par(cont, b[1], b[2] if len(b) > 2 else text_style)
            elif kind == 'bullets':
                for it in b[1]:
                    self.par(cont, it, 'List Bullet')
            elif kind == 'numbers':
                num_id = self.new_num()
                for it in b[1]:
                    p = self.par(cont, it, 'List Number')
                    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
                    numPr.get_or_add_ilvl().val = 0
                    numPr.get_or_add_numId().val = num_id
            elif kind == 'table':
                opts = b[3] if len(b) > 3 else {}
                self.table(cont, b[1], b[2], **opts)
            elif kind == 'kv':
                opts = b[2] if len(b) > 2 else {}
                self.table(cont, None, b[1], first_col_bold=True, **opts)
            elif kind == 'sigblocks':
                self.sigblocks(cont, b[1], b[2])
            else:
                raise ValueError(kind)

    # ---- headings --------------------------------------------------------
    def heading_lines(self, mi, en, num=None):
        fmt = self.cfg['heading_fmt']
        if self.cfg.get('upper'):
            mi = mi.upper() if mi else mi
            en = en.upper() if en else en
        if not mi or not en:
            lines = [mi or en]
        elif fmt == 'mi|en':
            lines = [f'{mi} | {en}']
        elif fmt == 'en|mi':
            lines = [f'{en} | {mi}']
        elif fmt == 'mi-en':
            lines = [f'{mi} – {en}']
        elif fmt == 'en-mi':
            lines = [f'{en} – {mi}']
        elif fmt == 'mi/en':
            lines = [mi, en]
        elif fmt == 'en/mi':
            lines = [en, mi]
        else:
            raise ValueError(fmt)
        if num is not None:
            lines[0] = f'{num}.  {lines[0]}'
        return lines

    def heading_par(self, p, lines):
        mode = self.cfg.get('banner_para', 'direct')
        if mode == 'custom':
            p.style = 'Banner Heading'
        elif mode == 'heading1':
            p.style = 'Heading 1'
            pf = p.paragraph_format
            pf.space_before = Pt(2)
            pf.space_after = Pt(2)
        else:
            p.paragraph_format.space_before = Pt(2)
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
        for i, ln in enumerate(lines):
            if i:
                p.add_run().add_break()
            r = p.add_run(ln)
            if mode != 'custom':
                r.bold = True
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                if mode == 'direct':
                    r.font.size = Pt(12)
            if i and self.cfg.get('second_line_smaller'):
                r.font.size = Pt(10)

    def banner(self, cont, lines):
        # a spacer paragraph so the banner never fuses with the table above
        sp = cont.add_paragraph()
        sp.paragraph_format.space_after = Pt(0)
        t = cont.add_table(rows=1, cols=1)
        tbl_width_pct(t)
        tbl_borders(t, 'none')
        cell_margins(t, 60, 140, 60, 140)
        c = t.cell(0, 0)
        shade_cell(c, self.cfg['colour'])
        self.heading_par(c.paragraphs[0], lines)
        return t

    # ---- header / footer / cover -----------------------------------------
    def header_footer(self, classification, brand, footer_name):
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        hp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
        r = hp.add_run(brand)
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor.from_string(self.cfg['colour'])
        hp.add_run('\t')
        r = hp.add_run(classification)
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(classification)
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        fp2 = sec.footer.add_paragraph()
        fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp2.add_run(footer_name + '   |   Whārangi / Page ')
        r.font.size = Pt(8)
        for instr, shown, tail in ((' PAGE ', '1', ' o / of '), (' NUMPAGES ', '1', '')):
            fld = E('w:fldSimple', instr=instr)
            fr = OxmlElement('w:r')
            rpr = OxmlElement('w:rPr')
            rpr.append(E('w:sz', val=16))
            fr.append(rpr)
            t = OxmlElement('w:t')
            t.text = shown
            fr.append(t)
            fld.append(fr)
            fp2._p.append(fld)
            if tail:
                r = fp2.add_run(tail)
                r.font.size = Pt(8)

    def cover(self, title_lines, subtitle_lines, kv_rows):
        doc = self.doc
        first = doc.paragraphs[0] if doc.paragraphs else None
        p = first if (first is not None and not first.text) else doc.add_paragraph()
        p.style = 'Title'
        for i, ln in enumerate(title_lines):
            if i:
                p.add_run().add_break()
            r = p.add_run(ln)
            r.font.color.rgb = RGBColor.from_string(self.cfg['colour'])
            r.font.size = Pt(24 if i == 0 else 18)
        for ln in subtitle_lines:
            sp = doc.add_paragraph(style='Subtitle')
            r = sp.add_run(ln)
            r.font.color.rgb = RGBColor.from_string(self.cfg['colour'])
        if kv_rows:
            self.table(doc, None, kv_rows, widths=[5.0, 12.0], first_col_bold=True)

    # ---- whole document --------------------------------------------------
    def build(self, spec):
        cfg = self.cfg
        doc = self.doc
        self.header_footer(spec['header_class'], spec['brand'], spec['footer_name'])
        self.cover(spec['title'], spec['subtitle'], spec.get('cover_kv'))
        for blk in spec.get('preamble', []):
            self.blocks(doc, [blk])
        sections = spec['sections']
        if cfg.get('layout') == 'twocol':
            sp = doc.add_paragraph()
            t = doc.add_table(rows=len(sections), cols=2)
            t.style = doc.styles['Table Grid']
            tbl_width_pct(t)
            tbl_borders(t, 'single', color='BFBFBF')
            fixed_layout(t)
            cell_margins(t, 100, 140, 100, 140)
            set_widths(t, [4.6, 12.4])
            for i, sec in enumerate(sections):
                left, right = t.cell(i, 0), t.cell(i, 1)
                shade_cell(left, cfg['colour'])
                valign_cell(left, 'top')
                n = (i + 1) if cfg.get('numbered') else None
                self.heading_par(left.paragraphs[0], self.heading_lines(sec[1], sec[2], n))
                self.blocks(right, sec[3])
        else:
            for i, sec in enumerate(sections):
                n = (i + 1) if cfg.get('numbered') else None
                self.banner(doc, self.heading_lines(sec[1], sec[2], n))
                self.blocks(doc, sec[3])
        for blk in spec.get('postamble', []):
            self.blocks(doc, [blk])
        if spec.get('track_revisions'):
            st = doc.settings.element
            dts = st.find(qn('w:defaultTabStop'))
            dts.addprevious(E('w:trackRevisions'))
        cp = doc.core_properties
        cp.title = spec['core']['title']
        cp.subject = 'Multi-agency meeting information sharing protocol'
        cp.author = spec['core']['author']
        cp.last_modified_by = spec['core']['author']
        cp.keywords = spec['core'].get('keywords', 'information sharing protocol')
        cp.created = spec['core']['created']
        cp.modified = spec['core']['modified']
        cp.revision = spec['core'].get('revision', 3)
        cp.comments = ''
        cp.category = ''
        return doc


CUSTOM_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '{props}</Properties>')


def save_deterministic(doc, path, custom_props=None):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    if custom_props:
        props = ''.join(
            '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s">'
            '<vt:lpwstr>%s</vt:lpwstr></property>' % (k + 2, n, v)
            for k, (n, v) in enumerate(custom_props))
        new = []
        for name, data in entries:
            if name == '[Content_Types].xml':
                s = data.decode('utf-8')
                s = s.replace('</Types>',
                              '<Override PartName="/docProps/custom.xml" ContentType='
                              '"application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
                data = s.encode('utf-8')
            elif name == '_rels/.rels':
                s = data.decode('utf-8')
                s = s.replace('</Relationships>',
                              '<Relationship Id="rIdCustom1" Type="http://schemas.openxmlformats.org/'
                              'officeDocument/2006/relationships/custom-properties" '
                              'Target="docProps/custom.xml"/></Relationships>')
                data = s.encode('utf-8')
            new.append((name, data))
        new.append(('docProps/custom.xml', CUSTOM_XML.format(props=props).encode('utf-8')))
        entries = new
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


# ==========================================================================
# content
# ==========================================================================

def D(y, m, d, h=9):
    return dt.datetime(y, m, d, h, 0, 0)


def find(spec, key):
    for i, s in enumerate(spec['sections']):
        if s[0] == key:
            return i
    raise KeyError(key)


def replace_blocks(spec, key, blocks):
    i = find(spec, key)
    k, mi, en, _ = spec['sections'][i]
    spec['sections'][i] = (k, mi, en, blocks)


# --------------------------------------------------------------------------
# Base A: Whangārei Whānau Safety Table (family violence), Police lead.
# Banners: te reo first, pipe; direct white bold runs; 4-column signatures.
# --------------------------------------------------------------------------

def base_a():
    police = 'New Zealand Police'
    ot = 'Oranga Tamariki—Ministry for Children'
    hnz = 'Health New Zealand – Te Whatu Ora'
    corr = 'Ara Poutama Aotearoa – Department of Corrections'
    refuge = 'Whangārei Women’s Refuge'
    runanga = 'Te Rūnanga Whānau Ora o Te Rāwhiti'
    sections = [
        ('glossary', 'Kuputaka', 'Glossary', [
            ('table', ['Kupu | Term', 'Tikanga | Meaning'], [
                ['Table', 'The Whangārei Whānau Safety Table, the daily multi-agency meeting this protocol covers.'],
                ['Attending agency', 'An agency that sends a representative to the table and has signed this protocol.'],
                ['Representative', 'A staff member nominated by an attending agency to take part in the table.'],
                ['Episode', 'A family violence incident or report recorded by Police, or a referral from a member agency.'],
                ['Whānau', 'The family group of a victim, including tamariki and wider whānau where relevant.'],
            ], {'widths': [4.0, 13.0]}),
        ]),
        ('attending-agencies', 'Ngā Rōpū Whakauru', 'Attending agencies', [
            ('p', 'The agencies below attend the table and are signatories to this protocol. '
                  'New Zealand Police is the lead attending agency: it convenes the table, '
                  'holds the master copy of this protocol and coordinates its review.'),
            ('table', ['Rōpū | Agency', 'Kanohi | Representative'], [
                [police + ' (lead attending agency)', 'Family Harm Coordinator, Whangārei'],
                [ot, 'Supervisor, Whangārei site'],
                [hnz, 'Family Violence Intervention Coordinator, Te Tai Tokerau'],
                [corr, 'Senior Probation Officer, Whangārei Community Corrections'],
                [refuge, 'Senior Advocate'],
                [runanga, 'Kaiārahi Whānau Ora'],
            ], {'widths': [9.0, 8.0]}),
        ]),
        ('meeting-purpose', 'Te Take o te Hui', 'Meeting purpose', [
            ('p', 'The table meets at 9.00 am every weekday at the Whangārei Police Station. It '
                  'reviews the family violence episodes reported to Police in the previous 24 hours, '
                  'and referrals from the other attending agencies.'),
            ('p', 'Its purpose is to make sure that every victim, including tamariki, receives a '
                  'safety response that matches their level of risk, and that people using violence '
                  'are held to account and offered help to stop. The table works with the whole '
                  'whānau, not only the incident, and draws on the knowledge of kaupapa Māori and '
                  'community partners as well as government agencies.'),
        ]),
        ('sharing-purpose', 'Te Take mō te Tuari Mōhiohio', 'Why we share information', [
            ('p', 'Agencies share information at the table for these purposes only:'),
            ('numbers', [
                'To assess the risk of family violence to each victim, including any children in the household.',
                'To agree a safety plan for each whānau and decide which agency leads each action.',
                'To respond quickly when someone’s life or health is under serious threat.',
            ]),
        ]),
        ('information-shared', 'Ngā Mōhiohio ka Tuaritia', 'Information we share', [
            ('p', 'Only information relevant to the purposes above is shared. This includes:'),
            ('bullets', [
                'names, dates of birth, addresses and contact details of victims, people using violence and tamariki in the household;',
                'the family violence history Police hold, including the current episode, earlier episodes and any protection orders or police safety orders;',
                'sentence, parole or bail conditions held by Corrections;',
                'current care and protection involvement held by Oranga Tamariki;',
                'health information relevant to risk, such as pregnancy, injuries from the episode or a recent disclosure of violence to a health worker;',
                'the support each agency is already giving the whānau, or can offer.',
            ]),
            ('p', 'Representatives do not bring whole files to the table. They summarise what is '
                  'relevant and say where the information came from and how current it is.'),
        ]),
        ('legal-authority', 'Te Mana ā-Ture', 'Legal authority', [
            ('p', 'This protocol does not itself authorise any sharing. Every disclosure at the table '
                  'must be permitted by law, and each representative must be satisfied that the '
                  'criteria of the authority they rely on are met. The authority for each purpose is:'),
            ('table', ['Te Take | Purpose', 'Te Mana ā-Ture | Legal authority'], [
                ['1. Assess the risk of family violence to each victim, including children',
                 'Family Violence Act 2018, sections 20 and 21'],
                ['2. Agree a safety plan for each whānau and the lead agency for each action',
                 'Family Violence Act 2018, section 20'],
                ['3. Respond to a serious threat to someone’s life or health',
                 'Privacy Act 2020, information privacy principle 11(1)(f); for health information, '
                 'Health Information Privacy Code 2020, rule 11(2)(d)'],
            ], {'widths': [8.5, 8.5]}),
            ('p', 'A representative who is unsure whether an authority applies checks with their '
                  'agency’s privacy or legal team before sharing.'),
        ]),
        ('use-of-information', 'Te Whakamahinga', 'Use of information', [
            ('p', 'Information shared at the table is used only for the purpose for which it was '
                  'shared. It is not used for decisions about a person that have nothing to do with '
                  'safety, such as eligibility checks or debt recovery.'),
            ('p', 'Agencies do not put information from the table into their own systems unless they '
                  'need it to carry out an action agreed at the table. When they do, they record where '
                  'it came from, the legal authority and purpose it was shared under, any limits on its '
                  'use, and the date it was shared.'),
            ('p', 'Any later use for a different purpose is assessed by the agency’s privacy or legal '
                  'team first.'),
        ]),
        ('transparency', 'Te Pūataata', 'Transparency', [
            ('p', 'People should know which agencies hold their information and why. To support this:'),
            ('bullets', [
                'each attending agency’s privacy statement says that it takes part in multi-agency family violence safety meetings;',
                'where it is safe, the agency working with a victim tells them that their situation was discussed at the table and what support was agreed;',
                'a pānui about the table, in te reo Māori and English, is available from Police and from Whangārei Women’s Refuge.',
            ]),
            ('p', 'Agencies do not tell a person using violence that a victim’s information was '
                  'discussed where that could increase the risk to the victim or tamariki. The reason '
                  'for not telling them is recorded in the action log.'),
        ]),
        ('method-of-sharing', 'Te Tikanga Tuari', 'How we share', [
            ('bullets', [
                'By 8.00 am each weekday the Family Harm Coordinator sends the day’s list of episodes to representatives by SEEMail, as a password-protected attachment.',
                'Information is shared verbally at the table. Some representatives join by Microsoft Teams from their own office.',
                'Actions are recorded in the Family Safety System, which each representative opens with their own login.',
                'Follow-up information after the meeting is sent by secure email only to the representative who needs it.',
            ]),
        ]),
        ('security-classification', 'Te Whakarōpūtanga Haumaru', 'Security classification', [
            ('p', 'Information shared at the table is classified **IN-CONFIDENCE**.'),
            ('p', 'Government agencies apply the Protective Security Requirements handling rules for '
                  'that classification. Whangārei Women’s Refuge and Te Rūnanga Whānau Ora o Te '
                  'Rāwhiti have confirmed they can meet the same handling rules.'),
        ]),
        ('security-controls', 'Ngā Whakahaere Haumaru', 'Security controls', [
            ('p', 'These minimum controls apply to all sharing under this protocol.'),
            ('table', ['Ngā Herenga | Requirements', 'Ngā Aukatinga | Restrictions'], [
                ['Every representative has completed their agency’s privacy and information security '
                 'training, and the Family Safety System module, before attending.',
                 'Information is sent, opened and viewed only on devices issued or approved by the '
                 'representative’s own agency.'],
                ['Any printed material brought to the table is collected by the chair and securely '
                 'shredded at the end of the meeting.',
                 'Representatives joining online do not use the chat function, do not record the '
                 'meeting and do not take screenshots.'],
                ['Email attachments containing personal information are password protected, and the '
                 'password is sent separately.',
                 'Hard copies are never handed to representatives of other agencies.'],
            ], {'widths': [8.5, 8.5]}),
        ]),
        ('tikanga', None, 'Tikanga Māori', [
            ('p', 'Most whānau discussed at the table are Māori. Information about them is taonga, and '
                  'it is handled in a way that upholds the mana of the people it is about.'),
            ('bullets', [
                'Te Rūnanga Whānau Ora o Te Rāwhiti advises the table on tikanga and on how best to approach each whānau.',
                'Whakapapa information is shared only when a safety plan needs it, for example to identify safe whānau members.',
                'Each agency involved its Māori advisory team in preparing this protocol, and the table opens each Monday with karakia.',
            ]),
        ]),
        ('retention-disposal', 'Te Pupuri me te Whakakore', 'Keeping and destroying information', [
            ('bullets', [
                'Agencies keep shared information only where they need it to carry out an action agreed at the table, and store it in their approved business system.',
                'Once the information is saved in that system, the SEEMail message and its attachment are deleted.',
                'Each agency keeps and disposes of the information under its own retention and disposal authority.',
                'Police, as lead agency, keeps agendas and action logs in the Family Safety System as the table’s record.',
            ]),
        ]),
        ('breach-management', 'Ngā Takahanga', 'Privacy breaches', [
            ('p', 'If a representative suspects that information shared under this protocol has been '
                  'lost, sent to the wrong person or accessed without authority, they tell their own '
                  'privacy officer and the table’s breach contact straight away.'),
            ('kv', [
                ['Kaitiaki takahanga | Breach contact', 'Privacy Officer, New Zealand Police (Northland District)'],
                ['Īmēra | Email', 'northland.privacy@police.govt.nz'],
                ['Waea | Phone', '09 430 4500'],
            ], {'widths': [6.0, 11.0]}),
            ('p', 'The breach contact coordinates the response with the agencies involved, including '
                  'what to tell the people affected. The agency responsible for the breach decides '
                  'whether it is notifiable and, if so, notifies the Privacy Commissioner.'),
        ]),
        ('conflicts-of-interest', 'Ngā Taupatupatu Pānga', 'Conflicts of interest', [
            ('p', 'Whangārei is a small community and representatives will sometimes know the people '
                  'being discussed. A representative with an actual or perceived conflict of interest:'),
            ('bullets', [
                'tells the chair as soon as they become aware of it;',
                'passes any request for information to a colleague in their agency; and',
                'leaves the room, or the Teams call, while that whānau is discussed.',
            ]),
            ('p', 'The chair records the conflict and how it was managed in the action log.'),
        ]),
        ('relationship-management', 'Te Whakahaere Hononga', 'Relationship management', [
            ('p', 'Each agency nominates a relationship manager. Relationship managers do not need to '
                  'attend the table, but they understand its purpose, who attends and what is shared. '
                  'They meet six-monthly to check that the protocol is working as intended, pick up '
                  'scope creep early and help representatives work with their agency’s privacy and '
                  'legal teams.'),
            ('p', 'Police’s relationship manager is the Prevention Manager, Whangārei.'),
        ]),
        ('review', 'Te Arotake', 'Review', [
            ('p', 'This protocol is reviewed every 12 months from the date of the last signature. '
                  'New Zealand Police, as lead attending agency, initiates the review. Any attending '
                  'agency may ask for an earlier review if a problem with the sharing arises.'),
            ('p', 'The review checks that the sharing is still needed, that its purposes and uses have '
                  'not drifted, and that the information is still shared securely.'),
        ]),
        ('approval', 'Te Whakamanatanga', 'Approval', [
            ('p', 'Signed for each attending agency by a person with authority to approve this '
                  'protocol, after advice from their agency’s privacy team.'),
            ('table', ['Rōpū | Agency', 'Ingoa | Name', 'Tūranga | Role', 'Rā | Date'], [
                [police, 'Inspector Mere Tāwhai', 'District Prevention Manager, Northland', '2 March 2026'],
                [ot, 'Hōne Kīngi', 'Regional Manager, Te Tai Tokerau', '4 March 2026'],
                [hnz, 'Dr Sarah Whitfield', 'Group Manager, Community Health, Te Tai Tokerau', '9 March 2026'],
                [corr, 'Paula Hēnare', 'District Manager, Northland', '5 March 2026'],
                [refuge, 'Leanne Marsh', 'Manager', '2 March 2026'],
                [runanga, 'Tipene Rāwiri', 'Chief Executive', '18 March 2026'],
            ], {'widths': [5.2, 3.8, 5.4, 2.6]}),
        ]),
    ]
    return {
        'cfg': {'colour': '1B3A5C', 'heading_fmt': 'mi|en', 'banner_para': 'direct'},
        'header_class': 'IN-CONFIDENCE',
        'brand': 'Ngā Pirihimana o Aotearoa | New Zealand Police',
        'footer_name': 'Whangārei Whānau Safety Table – ISP v2.0',
        'title': ['Kawenata Tuari Mōhiohio | Information Sharing Protocol'],
        'subtitle': ['Te Tēpu Haumaru Whānau o Whangārei | Whangārei Whānau Safety Table'],
        'cover_kv': [
            ['Putanga | Version', '2.0'],
            ['Rā | Date', 'March 2026'],
            ['Kaipupuri | Document owner', 'Family Harm Coordinator, New Zealand Police, Whangārei'],
        ],
        'sections': sections,
        'core': {'title': 'Whangārei Whānau Safety Table – Information Sharing Protocol',
                 'author': 'Family Harm Coordinator, Whangārei',
                 'created': D(2026, 1, 20), 'modified': D(2026, 3, 18, 15)},
    }


# --------------------------------------------------------------------------
# Base B: Rotorua Youth Panel, Oranga Tamariki lead.
# Whole body in a two-column layout table: shaded heading cell (English,
# line break, te reo) | body cell. Signatures nested in the approval row.
# --------------------------------------------------------------------------

def base_b():
    ot = 'Oranga Tamariki—Ministry for Children'
    police = 'New Zealand Police'
    moe = 'Ministry of Education'
    hnz = 'Health New Zealand – Te Whatu Ora'
    trust = 'Te Waiariki Rangatahi Trust'
    sections = [
        ('attending-agencies', 'Ngā Rōpū Whakauru', 'Attending agencies', [
            ('p', 'The attending agencies, and signatories to this protocol, are:'),
            ('bullets', [
                ot + ' (lead agency)',
                police,
                moe,
                hnz,
                trust,
            ]),
            ('p', 'Te Waiariki Rangatahi Trust is a kaupapa Māori youth service affiliated to iwi of '
                  'Te Arawa. Each agency names one standing representative and one alternate.'),
        ]),
        ('meeting-purpose', 'Te Take o te Hui', 'Meeting purpose', [
            ('p', 'The Rotorua Youth Panel meets fortnightly at the Oranga Tamariki Rotorua site. It '
                  'brings together the agencies working with rangatahi aged 10 to 17 who have come to '
                  'Police attention for offending, so that together they can understand what is '
                  'driving the behaviour and put the right support around each rangatahi and their '
                  'whānau early, before offending escalates.'),
        ]),
        ('sharing-purpose', 'Te Take mō te Tuari', 'Purpose of sharing', [
            ('p', 'Information is shared at the panel for three purposes:'),
            ('numbers', [
                'To identify rangatahi at risk of offending or reoffending and assess their wellbeing needs.',
                'To agree a plan of support for each rangatahi and their whānau, and which agency delivers each part of it.',
                'To coordinate Police alternative action with the support agreed at the panel.',
            ]),
        ]),
        ('information-shared', 'Ngā Mōhiohio ka Tuaritia', 'Information to be shared', [
            ('table', ['Agency', 'Information it may share'], [
                [police, 'Offending and alleged offending, Police youth aid involvement, alternative action plans and their outcome.'],
                [ot, 'Care and protection or youth justice history, current plans and social worker involvement.'],
                [moe, 'Enrolment, attendance, stand-downs, suspensions and learning support in place.'],
                [hnz, 'Health, mental health and alcohol and drug needs relevant to the support plan.'],
                [trust, 'Engagement in programmes, whānau context and cultural connections relevant to the plan.'],
            ], {'widths': [4.2, 7.8]}),
            ('p', 'Only what is relevant to a purpose of sharing is shared; not every item is needed '
                  'for every rangatahi.'),
        ]),
        ('legal-authority', 'Te Mana ā-Ture', 'Legal authority to share', [
            ('p', 'This protocol records the legal authority each agency relies on; it does not itself '
                  'authorise the sharing of information. Before sharing under section 66C, panel members '
                  'check that their agency is a child welfare and protection agency under the Act, and '
                  'consider whether it is practicable and appropriate to consult the rangatahi first.'),
            ('table', ['Purpose', 'Legal authority'], [
                ['1. Identify rangatahi at risk and assess their wellbeing needs', 'Oranga Tamariki Act 1989, s 66C'],
                ['2. Agree a plan of support and who delivers it', 'Oranga Tamariki Act 1989, s 66C'],
                ['3. Coordinate Police alternative action with the agreed support',
                 'Privacy Act 2020, IPP 11(1)(e)(i); Oranga Tamariki Act 1989, s 66C'],
            ], {'widths': [6.0, 6.0]}),
        ]),
        ('use-of-information', 'Te Whakamahinga', 'Use of information', [
            ('p', 'Panel members use information only to assess needs, plan support and coordinate the '
                  'response agreed at the panel. An agency that needs to keep information to carry out '
                  'its part of a plan records its source, the authority and purpose it was shared under, '
                  'any restrictions on use, and the date it was shared.'),
            ('p', 'Any other use is a secondary use and is first checked with the agency’s privacy or '
                  'legal team.'),
        ]),
        ('transparency', 'Te Pūataata', 'Transparency and notification', [
            ('bullets', [
                'When Police refer a rangatahi, the youth aid officer tells them and their whānau that the panel will discuss how to support them.',
                'Te Waiariki Rangatahi Trust explains the panel to whānau in te reo Māori or English, as they prefer.',
                'Each agency’s privacy statement describes its participation in multi-agency meetings.',
                'Where telling a rangatahi would prejudice an investigation or put someone at risk, notification is delayed and the reason is recorded in the minutes.',
            ]),
        ]),
        ('method-of-sharing', 'Te Tikanga Tuari', 'Method of sharing', [
            ('bullets', [
                'Two working days before each panel, the coordinator emails the agenda (names and dates of birth only) as a password-protected attachment.',
                'Information is shared verbally at the panel; no documents are tabled.',
                'The coordinator records agreed actions in the Oranga Tamariki case management system.',
                'After the panel, each agency receives only the actions it is responsible for.',
            ]),
        ]),
        ('security-classification', 'Te Whakarōpūtanga Haumaru', 'Security classification', [
            ('p', 'Information shared at the panel is classified IN-CONFIDENCE. Emails carrying panel '
                  'information are marked with that classification.'),
        ]),
        ('security-controls', 'Ngā Whakahaere Haumaru', 'Security controls', [
            ('p', '**Requirements**'),
            ('bullets', [
                'All panel members have completed privacy and information security training in their own agency.',
                'Paper notes or printouts used at the panel go into the secure destruction bin before members leave the room.',
                'Any attachment containing personal information is protected with a password, which is sent in a separate message.',
            ]),
            ('p', '**Restrictions**'),
            ('bullets', [
                'Panel information is accessed only on agency-approved laptops and phones, never on personal devices.',
                'When a member joins by video, nobody types personal information into the chat, records the session or screenshots shared content.',
                'Members do not give printed information to members from other agencies.',
            ]),
        ]),
        ('tikanga', 'Ngā Whakaaro Tikanga', 'Tikanga considerations', [
            ('p', 'Many rangatahi discussed at the panel whakapapa to Te Arawa. Te Waiariki Rangatahi '
                  'Trust leads advice on tikanga, including how whānau are approached and when a whānau '
                  'hui is the better way to plan support. Whakapapa and pepeha are not recorded in panel '
                  'minutes. Information about Māori is treated as taonga, and the agencies follow their '
                  'Māori data governance commitments when handling it.'),
        ]),
        ('retention-disposal', 'Te Pupuri me te Whakakore', 'Retention and disposal', [
            ('bullets', [
                'Oranga Tamariki keeps the agenda and minutes in its records system and disposes of them under its disposal schedule.',
                'Other agencies copy panel information into their own systems only when they need it for an action they own.',
                'Agenda emails and attachments are deleted within five working days of the panel.',
                'Agencies do not keep information just in case it might be useful later.',
            ]),
        ]),
        ('breach-management', 'Ngā Takahanga', 'Privacy and security breaches', [
            ('p', 'The designated breach contact for the panel is the Privacy Officer, Oranga Tamariki—'
                  'Ministry for Children (privacy@ot.govt.nz, 04 918 9100). A panel member who becomes '
                  'aware of a breach contacts them and their own agency’s privacy team the same day.'),
            ('p', 'The agencies involved work together to contain the breach and agree what to tell the '
                  'rangatahi and whānau affected. The agency responsible assesses whether the breach is '
                  'notifiable to the Privacy Commissioner.'),
        ]),
        ('conflicts-of-interest', 'Ngā Taupatupatu Pānga', 'Managing conflicts of interest', [
            ('p', 'A panel member who knows a rangatahi or their whānau personally tells the chair before '
                  'the item is discussed, hands any request for information to a colleague, and leaves '
                  'the meeting for that item. The chair notes the conflict in the minutes.'),
        ]),
        ('relationship-management', 'Te Whakahaere Hononga', 'Relationship management and oversight', [
            ('table', ['Agency', 'Relationship manager'], [
                [ot, 'Site Manager, Rotorua'],
                [police, 'Youth Services Manager, Rotorua'],
                [moe, 'Manager Learning Support, Bay of Plenty – Waiariki'],
                [hnz, 'Service Manager, Infant, Child and Adolescent Mental Health, Lakes'],
                [trust, 'Pou Whakahaere'],
            ], {'widths': [6.0, 6.0]}),
            ('p', 'Relationship managers meet each quarter to check the protocol is working as intended.'),
        ]),
        ('review', 'Te Arotake', 'Review', [
            ('p', 'This protocol will be reviewed every 24 months from the date of the last signature, '
                  'or sooner if an attending agency asks. Oranga Tamariki, as lead agency, is '
                  'responsible for initiating the review.'),
        ]),
        ('approval', 'Te Whakamanatanga', 'Approval', [
            ('p', 'Approved for each attending agency by:'),
            ('table', ['Agency', 'Signatory', 'Position', 'Signed'], [
                [ot, 'Aroha Te Kani', 'Regional Manager, Bay of Plenty', '12 September 2025'],
                [police, 'Inspector David Cho', 'Area Commander, Rotorua', '15 September 2025'],
                [moe, 'Rachel Ngata', 'Director of Education, Bay of Plenty – Waiariki', '18 September 2025'],
                [hnz, 'Mark Houia', 'Group Manager, Mental Health and Addiction, Lakes', '22 September 2025'],
                [trust, 'Whetū Nikora', 'General Manager', '16 September 2025'],
            ], {'widths': [3.2, 2.8, 3.6, 2.4]}),
        ]),
    ]
    return {
        'cfg': {'colour': '4B2E6F', 'heading_fmt': 'en/mi', 'banner_para': 'direct',
                'layout': 'twocol', 'second_line_smaller': True, 'font': 'Calibri'},
        'header_class': 'IN-CONFIDENCE',
        'brand': 'Oranga Tamariki—Ministry for Children',
        'footer_name': 'Rotorua Youth Panel ISP v1.2',
        'title': ['Information Sharing Protocol', 'Kawenata Tuari Mōhiohio'],
        'subtitle': ['Rotorua Youth Panel | Te Rōpū Rangatahi o Rotorua'],
        'cover_kv': [
            ['Version | Putanga', '1.2'],
            ['Date | Rā', 'September 2025'],
            ['Lead agency | Rōpū Matua', 'Oranga Tamariki—Ministry for Children'],
        ],
        'sections': sections,
        'core': {'title': 'Rotorua Youth Panel – Information Sharing Protocol',
                 'author': 'Panel Coordinator, Oranga Tamariki Rotorua',
                 'created': D(2025, 7, 2), 'modified': D(2025, 9, 22, 16)},
        'custom_props': [('Classification', 'IN-CONFIDENCE')],
    }


# --------------------------------------------------------------------------
# Base C: Ōtautahi Attendance Support Hui, Ministry of Education lead.
# Numbered banners, te reo first with en dash, custom 'Banner Heading' style
# carrying an outline level; signatures as side-by-side blocks (2 across).
# --------------------------------------------------------------------------

def base_c():
    moe = 'Ministry of Education'
    ot = 'Oranga Tamariki—Ministry for Children'
    msd = 'Ministry of Social Development'
    ast = 'Ōtautahi Attendance Service Trust'
    ptw = 'Te Puna Tautoko Whānau'
    sections = [
        ('attending-agencies', 'Ngā Rōpū Whakauru', 'Attending agencies', [
            ('p', 'The Ministry of Education is the lead attending agency. It convenes and chairs the '
                  'hui and is responsible for this protocol. The attending agencies are:'),
            ('table', ['Rōpū – Agency', 'Ingoa Māori', 'Tūranga – Role at the hui'], [
                [moe, 'Te Tāhuhu o te Mātauranga', 'Lead attending agency; convenes and chairs the hui'],
                [ot, 'Oranga Tamariki', 'Advises on care and protection concerns; receives referrals'],
                [msd, 'Te Manatū Whakahiato Ora', 'Income support, school costs and hardship assistance'],
                [ast, '', 'Attendance service provider; works directly with ākonga and whānau'],
                [ptw, '', 'Kaupapa Māori whānau support provider'],
            ], {'widths': [5.5, 4.5, 7.0]}),
        ]),
        ('meeting-purpose', 'Te Take o te Hui', 'Meeting purpose', [
            ('p', 'The hui meets on the first Tuesday of each month during term. It considers ākonga '
                  'in Years 1 to 10 at participating schools and kura in eastern Ōtautahi who are '
                  'chronically absent (attending less than 70 per cent of the term) after the school’s '
                  'own attendance steps have not worked.'),
            ('p', 'The hui aims to understand what is keeping each ākonga away from learning and to '
                  'agree coordinated support so they can return to regular attendance.'),
        ]),
        ('sharing-purpose', 'Te Take mō te Tuari Mōhiohio', 'Why we share information', [
            ('numbers', [
                'To identify ākonga with chronic absence and understand the barriers to their attendance.',
                'To agree a re-engagement plan with each whānau and which agency supports it.',
                'To refer concerns about the safety or wellbeing of an ākonga to Oranga Tamariki.',
            ]),
        ]),
        ('information-shared', 'Ngā Mōhiohio ka Tuaritia', 'Information to be shared', [
            ('bullets', [
                'Name, date of birth, school or kura, year level and contact details of the ākonga and their parents or caregivers.',
                'Attendance records and patterns for the current and previous term.',
                'Steps the school and the attendance service have already taken.',
                'Whānau circumstances that affect attendance, such as transport, housing or health, where the whānau has agreed to this being shared.',
                'Whether the whānau is receiving support from Ministry of Social Development or Oranga Tamariki, and what assistance might be available.',
            ]),
        ]),
        ('legal-authority', 'Te Mana ā-Ture', 'Legal authority', [
            ('p', 'The authorities below permit the sharing for each purpose. The protocol records '
                  'them; it does not create them.'),
            ('table', ['Take – Purpose', 'Mana ā-Ture – Legal authority'], [
                ['1. Identify ākonga with chronic absence and understand the barriers',
                 'Privacy Act 2020, IPP 11(1)(a) (attendance information is collected to support '
                 'attendance) and IPP 11(1)(d) (the whānau authorises sharing when they agree to referral)'],
                ['2. Agree a re-engagement plan and the supporting agency',
                 'Privacy Act 2020, IPP 11(1)(d): the parent or caregiver authorises the sharing'],
                ['3. Refer safety or wellbeing concerns to Oranga Tamariki',
                 'Oranga Tamariki Act 1989, sections 15 and 66C'],
            ], {'widths': [7.0, 10.0]}),
        ]),
        ('use-of-information', 'Te Whakamahinga', 'Use of information', [
            ('p', 'Information shared at the hui is used only to plan and deliver the support agreed '
                  'for each ākonga. It is not used to prosecute parents under attendance laws, nor to '
                  'make decisions unrelated to the ākonga’s attendance and wellbeing.'),
            ('p', 'If an agency needs to keep information to deliver its part of the plan, it notes '
                  'where the information came from, the authority and purpose it was shared under, any '
                  'limits on its use, and the date it was shared.'),
        ]),
        ('transparency', 'Te Pūataata', 'Transparency', [
            ('p', 'The referral form the attendance service completes with whānau explains, in te reo '
                  'Māori and English, which agencies attend the hui, what is shared and why. Whānau can '
                  'ask what was discussed and what was agreed. Each agency’s privacy statement also '
                  'describes the hui. A referral about safety under purpose 3 may be made without first '
                  'telling the whānau where telling them would put the ākonga at risk.'),
        ]),
        ('method-of-sharing', 'Te Tikanga Tuari', 'Method of sharing', [
            ('p', 'The attendance service prepares a one-page summary for each ākonga and saves it to '
                  'a Microsoft Teams channel owned by the Ministry of Education, with membership limited '
                  'to named representatives. Discussion at the hui is verbal. Where a summary has to be '
                  'emailed, it is sent as a password-protected attachment. The Ministry removes each '
                  'summary from the channel once the plan has been agreed.'),
        ]),
        ('security-classification', 'Te Whakarōpūtanga Haumaru', 'Security classification', [
            ('p', 'Information shared at the hui is classified IN-CONFIDENCE.'),
        ]),
        ('security-controls', 'Ngā Whakahaere Haumaru', 'Security controls', [
            ('table', ['Mana whakahaere – Control', 'Me pēhea – How it applies'], [
                ['Training', 'Representatives complete their agency’s privacy and information security training, and the Teams channel induction, before joining the hui.'],
                ['Hard copies', 'Printed summaries are collected at the close of each hui and placed in the locked shredding bin.'],
                ['Email', 'Any email attachment containing personal information is password protected.'],
                ['Devices', 'Representatives only access hui information on devices approved by their agency.'],
                ['Online attendance', 'Those joining online do not use the meeting chat, do not record the hui and do not take screenshots.'],
                ['Sharing copies', 'No representative gives a hard copy to a representative from another agency.'],
            ], {'widths': [4.5, 12.5]}),
        ]),
        ('tikanga', 'Ngā Whakaaro Tikanga', 'Tikanga considerations', [
            ('p', 'Te Puna Tautoko Whānau leads engagement with Māori whānau and advises the hui on '
                  'tikanga. Where a whānau prefers, planning happens kanohi ki te kanohi at a place they '
                  'choose. Where an ākonga attends a kura kaupapa Māori, the hui works with the kura to '
                  'respect its own tikanga. Information about Māori whānau is treated as taonga.'),
        ]),
        ('retention-disposal', 'Te Pupuri me te Whakakore', 'Keeping and destroying information', [
            ('p', 'Agencies keep only the information they need to deliver the agreed support, in their '
                  'approved business systems, and delete emailed copies once that is done. The Ministry '
                  'of Education keeps hui agendas and the action register under its retention and '
                  'disposal authority. Information is held only for as long as the support plan needs it.'),
        ]),
        ('breach-management', 'Ngā Takahanga', 'Privacy and security breaches', [
            ('p', 'Designated breach contact: Privacy Officer, Ministry of Education, '
                  'privacy.officer@education.govt.nz, 04 463 8000.'),
            ('p', 'Any representative who becomes aware of a breach tells the breach contact and their '
                  'own privacy team at once. The agencies agree together how to contain it and what to '
                  'tell the whānau affected, and the responsible agency decides whether to notify the '
                  'Privacy Commissioner.'),
        ]),
        ('conflicts-of-interest', 'Ngā Taupatupatu Pānga', 'Conflicts of interest', [
            ('p', 'A representative who has a personal connection with an ākonga or whānau on the agenda '
                  'tells the chair before the hui, passes the case to a colleague and steps out while it '
                  'is discussed. The chair records this in the action register.'),
        ]),
        ('relationship-management', 'Te Whakahaere Hononga', 'Relationship management', [
            ('p', 'Each agency nominates a relationship manager who understands the hui and supports '
                  'its representative on information sharing questions. Relationship managers meet once '
                  'a term with the Ministry of Education to check the protocol is working as intended.'),
        ]),
        ('review', 'Te Arotake', 'Review', [
            ('p', 'The protocol will be reviewed 12 months after the date of the last signature, and at '
                  'any time an attending agency asks. The Ministry of Education initiates the review.'),
        ]),
        ('approval', 'Te Whakamanatanga', 'Approval', [
            ('p', 'Signed on behalf of the attending agencies:'),
            ('sigblocks', 2, [
                ['**Signed for and on behalf of the Ministry of Education**', 'Signature: ____________________',
                 'Name: Tania Rēweti', 'Title: Director of Education, Canterbury and Chatham Islands', 'Date: 28/01/2026'],
                ['**Signed for and on behalf of Oranga Tamariki—Ministry for Children**', 'Signature: ____________________',
                 'Name: Craig Sullivan', 'Title: Site Manager, Christchurch East', 'Date: 30/01/2026'],
                ['**Signed for and on behalf of the Ministry of Social Development**', 'Signature: ____________________',
                 'Name: Losa Faleolo', 'Title: Regional Commissioner, Canterbury', 'Date: 02/02/2026'],
                ['**Signed for and on behalf of Ōtautahi Attendance Service Trust**', 'Signature: ____________________',
                 'Name: Jo Pickering', 'Title: Service Manager', 'Date: 28/01/2026'],
                ['**Signed for and on behalf of Te Puna Tautoko Whānau**', 'Signature: ____________________',
                 'Name: Kiri Tau', 'Title: Kaiwhakahaere', 'Date: 05/02/2026'],
            ]),
        ]),
    ]
    return {
        'cfg': {'colour': '00594F', 'heading_fmt': 'mi-en', 'banner_para': 'custom',
                'numbered': True},
        'header_class': 'IN-CONFIDENCE',
        'brand': 'Te Tāhuhu o te Mātauranga – Ministry of Education',
        'footer_name': 'Ōtautahi Attendance Support Hui – Kawenata Tuari Mōhiohio',
        'title': ['Kawenata Tuari Mōhiohio – Information Sharing Protocol'],
        'subtitle': ['Te Hui Tautoko Taenga ā-Kura o Ōtautahi – Ōtautahi Attendance Support Hui'],
        'cover_kv': [
            ['Putanga – Version', 'Final, February 2026'],
            ['Kaiwhakahaere – Contact', 'Senior Advisor Attendance, Ministry of Education, Ōtautahi'],
        ],
        'sections': sections,
        'core': {'title': 'Ōtautahi Attendance Support Hui – Information Sharing Protocol',
                 'author': 'Senior Advisor Attendance',
                 'created': D(2025, 11, 10), 'modified': D(2026, 2, 5, 14)},
    }


# --------------------------------------------------------------------------
# Base D: Manawatū Elder Abuse Response Meeting, Health NZ lead.
# English first with pipe; authorities stated purpose by purpose in
# sentences; signatures as side-by-side blocks, three across.
# --------------------------------------------------------------------------

def base_d():
    hnz = 'Health New Zealand – Te Whatu Ora'
    police = 'New Zealand Police'
    msd = 'Ministry of Social Development'
    age = 'Age Concern Manawatū'
    kmt = 'Kaumātua Ora Manawatū Trust'
    sig = {
        hnz: ['**For ' + hnz + '**', '______________________________', 'Name: Dr Anjali Mehta',
              'Role: Clinical Director, Older Adults and Home Health, MidCentral', 'Date: 12 November 2025'],
        police: ['**For ' + police + '**', '______________________________', 'Name: Senior Sergeant Grant Falloon',
                 'Role: Family Harm Team Leader, Palmerston North', 'Date: 14 November 2025'],
        msd: ['**For the ' + msd + '**', '______________________________', 'Name: Sina Aumua',
              'Role: Regional Commissioner, Central', 'Date: 20 November 2025'],
        age: ['**For ' + age + '**', '______________________________', 'Name: Helen Bartlett',
              'Role: Chief Executive', 'Date: 12 November 2025'],
        kmt: ['**For ' + kmt + '**', '______________________________', 'Name: Matiu Te Awe',
              'Role: Tumu Whakarae | Chief Executive', 'Date: 17 November 2025'],
    }
    sections = [
        ('attending-agencies', 'Ngā Tari e Tae Ana', 'Attending agencies', [
            ('p', 'Health New Zealand – Te Whatu Ora is the lead agency for this meeting. The attending '
                  'agencies are:'),
            ('bullets', [hnz, police, msd, age, kmt]),
            ('p', 'Age Concern Manawatū attends as the contracted Elder Abuse Response Service for the '
                  'district. Kaumātua Ora Manawatū Trust is a kaupapa Māori provider of kaumātua services.'),
        ]),
        ('meeting-purpose', 'Te Take o te Hui', 'Meeting purpose', [
            ('p', 'The meeting is held monthly, with an urgent meeting called within two working days '
                  'when an older person is at high risk. Its purpose is to make sure older people who '
                  'are experiencing, or at risk of, abuse or neglect receive coordinated support that '
                  'respects their choices, their mana and their right to make their own decisions.'),
        ]),
        ('sharing-purpose', 'Te Take mō te Tuari Mōhiohio', 'Purpose of sharing', [
            ('p', 'Information is shared at the meeting:'),
            ('numbers', [
                'To assess the risk of abuse or neglect to an older person who has been referred.',
                'To coordinate the health, income and safety support that the older person has agreed to.',
                'To help Police prevent, detect or investigate offending against an older person.',
            ]),
        ]),
        ('information-shared', 'Ngā Mōhiohio ka Tuaritia', 'Information to be shared', [
            ('table', ['Type of information', 'Who holds it'], [
                ['Name, date of birth, address, living situation and main contacts of the older person', 'All agencies'],
                ['Referral details and the Elder Abuse Response Service assessment', age],
                ['Health and care needs, capacity assessments, home support in place', hnz],
                ['Income, benefit and hardship support, and any concerns about financial abuse', msd],
                ['Reports of offending, family harm history and police safety orders', police],
                ['Whānau context and kaumātua support arrangements', kmt],
            ], {'widths': [11.0, 6.0]}),
        ]),
        ('legal-authority', 'Te Mana ā-Ture', 'Legal authority to share', [
            ('p', 'Nothing in this protocol gives permission to share information; it records the law '
                  'each agency relies on for each purpose:'),
            ('bullets', [
                'Purpose 1 (assess risk): Privacy Act 2020, IPP 11(1)(f); for health information, Health Information Privacy Code 2020, rule 11(2)(d).',
                'Purpose 2 (coordinate support): Privacy Act 2020, IPP 11(1)(d) and Health Information Privacy Code 2020, rule 11(1)(b), because the older person, or their attorney acting under an enduring power of attorney, authorises the sharing.',
                'Purpose 3 (help Police): Privacy Act 2020, IPP 11(1)(e)(i).',
            ]),
            ('p', 'Where an older person has not authorised the sharing and there is no serious threat, '
                  'agencies check with their privacy team before sharing.'),
        ]),
        ('use-of-information', 'Te Whakamahinga', 'Use of information', [
            ('p', 'Information is used only for the purpose for which it was shared at the meeting. '
                  'Agencies record in their own systems only what they need to carry out an agreed '
                  'action, noting the source, legal authority, purpose, any restrictions and the date '
                  'it was shared. Any secondary use is assessed by the agency’s privacy or legal team.'),
        ]),
        ('transparency', 'Te Pūataata', 'Transparency and notification', [
            ('p', 'In most cases the older person is asked before they are referred, and is told which '
                  'agencies will discuss their situation. Where the older person lacks capacity, their '
                  'attorney or a trusted whānau member is told, unless that person is the alleged abuser. '
                  'Each agency’s privacy statement refers to its work with the meeting.'),
        ]),
        ('method-of-sharing', 'Te Tikanga Tuari', 'Method of sharing', [
            ('p', 'Age Concern Manawatū prepares a referral summary for each older person. Summaries '
                  'are discussed verbally at the meeting, which is held at Palms Hospital with a '
                  'Microsoft Teams link for those who cannot attend in person. Where a summary must be '
                  'sent before the meeting it goes by email as a password-protected attachment.'),
        ]),
        ('security-classification', 'Te Whakarōpūtanga Haumaru', 'Security classification', [
            ('p', 'Classification: IN-CONFIDENCE'),
            ('p', 'All information shared at the meeting carries this classification and is handled '
                  'accordingly by every attending agency.'),
        ]),
        ('security-controls', 'Ngā Whakahaere Haumaru', 'Security controls', [
            ('bullets', [
                'Attending representatives have completed privacy and information security training.',
                'Any hard copy brought to the meeting is securely destroyed at the end of the meeting.',
                'Email attachments containing personal information are password protected.',
                'Information is shared only from devices approved by the representative’s agency.',
                'In the Teams meeting, no one uses the chat for personal information, records the meeting or takes screenshots.',
                'Hard copies are not passed to representatives of other agencies.',
            ]),
        ]),
        ('tikanga', 'Ngā Whakaaro Tikanga', 'Tikanga considerations', [
            ('p', 'Kaumātua hold a special place in their whānau and hapori. Kaumātua Ora Manawatū '
                  'Trust advises the meeting on tikanga, including involving whānau in a way that '
                  'protects the kaumātua’s mana, and the use of karakia and whānau hui where the '
                  'kaumātua wishes. Information about Māori is taonga and is handled with care.'),
        ]),
        ('retention-disposal', 'Te Pupuri me te Whakakore', 'Keeping and destroying information', [
            ('p', 'Agencies keep only what they need to carry out an agreed action and store it in their '
                  'approved business system; emailed copies are then deleted. Health New Zealand keeps '
                  'meeting minutes as public records under the Public Records Act 2005 and disposes of '
                  'them under its approved disposal authority.'),
        ]),
        ('breach-management', 'Ngā Takahanga', 'Privacy and security breaches', [
            ('p', 'Breach contact: Privacy Manager, Health New Zealand – Te Whatu Ora (MidCentral), '
                  'privacy.midcentral@tewhatuora.govt.nz, 06 356 9169.'),
            ('p', 'Agencies tell the breach contact about any breach as soon as they become aware of it, '
                  'and work together on containment and on what to tell the older person.'),
        ]),
        ('conflicts-of-interest', 'Ngā Taupatupatu Pānga', 'Conflicts of interest', [
            ('p', 'Representatives declare any personal connection with an older person or their whānau '
                  'to the chair, refer the matter to a colleague and leave the meeting while it is '
                  'discussed.'),
        ]),
        ('relationship-management', 'Te Whakahaere Hononga', 'Relationship management', [
            ('p', 'Each agency names a relationship manager who meets with the others twice a year to '
                  'check the protocol is working as intended and to resolve issues.'),
        ]),
        ('review', 'Te Arotake', 'Review', [
            ('p', 'This protocol will be reviewed eighteen (18) months after the date of the last '
                  'signature. Health New Zealand – Te Whatu Ora is responsible for initiating the review. '
                  'Any attending agency may request an earlier review.'),
        ]),
        ('approval', 'Te Whakamanatanga', 'Approval', [
            ('p', 'Each attending agency approves this protocol:'),
            ('sigblocks', 3, [sig[hnz], sig[police], sig[msd], sig[age], sig[kmt]]),
        ]),
    ]
    return {
        'cfg': {'colour': '2E4A62', 'heading_fmt': 'en|mi', 'banner_para': 'direct'},
        'header_class': 'IN-CONFIDENCE',
        'brand': 'Health New Zealand | Te Whatu Ora',
        'footer_name': 'Manawatū Elder Abuse Response Meeting – ISP',
        'title': ['Information Sharing Protocol | Kawenata Tuari Mōhiohio'],
        'subtitle': ['Manawatū Elder Abuse Response Meeting | Te Hui Whakautu Tūkino Kaumātua o Manawatū'],
        'cover_kv': [
            ['Version | Putanga', '1.0'],
            ['Issued | I tukuna', 'November 2025'],
        ],
        'sections': sections,
        'sig': sig,
        'core': {'title': 'Manawatū Elder Abuse Response Meeting – Information Sharing Protocol',
                 'author': 'Older Adults Service Development, MidCentral',
                 'created': D(2025, 8, 14), 'modified': D(2025, 11, 20, 11)},
    }


# --------------------------------------------------------------------------
# Base E: Te Awakairangi Reintegration and Housing Panel, Corrections lead.
# Banner cells hold 'Heading 1' paragraphs (te reo line, line break,
# English line); 3-column signature table (agency | name + role | date).
# --------------------------------------------------------------------------

def base_e():
    corr = 'Ara Poutama Aotearoa – Department of Corrections'
    ko = 'Kāinga Ora – Homes and Communities'
    msd = 'Ministry of Social Development'
    police = 'New Zealand Police'
    ttr = 'Tū Tangata Reintegration Trust'
    wtt = 'Te Whare Tū Tahi Housing Trust'
    sig_rows = [
        [corr, ['**Tama Pōtaka**', 'Regional Commissioner, Central Region'], '2 June 2026'],
        [ko, ['**Belinda Russell**', 'Regional Director, Wellington'], '9 June 2026'],
        [msd, ['**Ioane Tuala**', 'Regional Commissioner, Wellington'], '4 June 2026'],
        [police, ['**Inspector Hamish Reid**', 'Area Commander, Hutt Valley'], '3 June 2026'],
        [ttr, ['**Caroline Ngāwai**', 'Chief Executive'], '11 June 2026'],
        [wtt, ['**Rangi Parata**', 'Kaiwhakahaere Matua | General Manager'], '16 June 2026'],
    ]
    sections = [
        ('attending-agencies', 'Ngā Rōpū Whakauru', 'Attending agencies', [
            ('p', 'Ara Poutama Aotearoa – Department of Corrections is the lead attending agency. The '
                  'agencies that attend the panel and sign this protocol are:'),
            ('table', ['Rōpū / Agency', 'Tūranga / Role on the panel'], [
                [corr, 'Lead attending agency. Convenes and chairs the panel; holds this protocol.'],
                [ko, 'Public housing provider.'],
                [msd, 'Housing needs assessment, public housing register and income support.'],
                [police, 'Community and victim safety.'],
                [ttr, 'Supported accommodation and mentoring after release.'],
                [wtt, 'Kaupapa Māori housing provider affiliated to mana whenua.'],
            ], {'widths': [7.0, 10.0]}),
        ]),
        ('meeting-purpose', 'Te Take o te Hui', 'Meeting purpose', [
            ('p', 'The panel meets fortnightly to plan housing for people who will be released from '
                  'prison to Te Awakairangi Lower Hutt, and for people on community-based sentences who '
                  'have no stable place to live. Safe, stable housing is one of the strongest protections '
                  'against reoffending; the panel’s purpose is to have a housing plan in place before '
                  'each person is released or becomes homeless, while keeping victims and the community '
                  'safe.'),
        ]),
        ('sharing-purpose', 'Te Take mō te Tuari Mōhiohio', 'Why we share information', [
            ('numbers', [
                'To plan safe and stable housing for people leaving prison or serving community-based sentences.',
                'To manage risks to victims and the community arising from where a person will live.',
                'To coordinate applications for public housing and income support.',
            ]),
        ]),
        ('information-shared', 'Ngā Mōhiohio ka Tuaritia', 'Information we share', [
            ('bullets', [
                'Identity and contact details, expected release date and sentence or release conditions.',
                'Housing history, current housing register status and any tenancy debt.',
                'Assessed risk relevant to where the person can safely live, including victim proximity and any non-association conditions.',
                'Income and benefit status and eligibility for housing support.',
                'Support networks, whānau connections and the person’s own housing preferences.',
            ]),
        ]),
        ('legal-authority', 'Te Mana ā-Ture', 'Legal authority', [
            ('p', 'The panel relies on the laws below. This protocol sets out how the sharing happens; it '
                  'is not itself the legal basis for it.'),
            ('table', ['Take / Purpose', 'Mana ā-Ture / Legal authority', 'Tuhipoka / Notes'], [
                ['1. Plan safe and stable housing', 'Privacy Act 2020, IPP 11(1)(d)',
                 'The person authorises the sharing when they agree to be referred. Corrections records the authorisation.'],
                ['2. Manage risks to victims and the community', 'Privacy Act 2020, IPP 11(1)(e)(i) and IPP 11(1)(f)',
                 'Relied on only where sharing is necessary to avoid prejudice to the maintenance of the law or to prevent a serious threat.'],
                ['3. Coordinate public housing and income support applications', 'Privacy Act 2020, IPP 11(1)(d)',
                 'Authorisation obtained at referral, as for purpose 1.'],
            ], {'widths': [5.0, 5.0, 7.0]}),
        ]),
        ('use-of-information', 'Te Whakamahinga', 'Use of information', [
            ('p', 'Panel information is used only to plan housing, manage the risks identified and '
                  'progress the housing and income applications agreed at the panel. Where an agency '
                  'keeps information to do this, it notes the source, the legal authority, the purpose, '
                  'any restrictions on use and the date it was shared.'),
        ]),
        ('transparency', 'Te Pūataata', 'Transparency', [
            ('p', 'Corrections explains the panel to each person at referral, including which agencies '
                  'attend and what will be shared, and records their authorisation. Victims registered '
                  'with the Police victim notification system are told, through that system, where a '
                  'release address affects them. Each agency’s privacy statement describes the panel.'),
        ]),
        ('method-of-sharing', 'Te Tikanga Tuari', 'How we share', [
            ('p', 'Corrections sends a referral pack to panel members three working days before each '
                  'panel by SEEMail, as a password-protected attachment. Members discuss each referral '
                  'at the panel, in person at the Lower Hutt Community Corrections office or by Microsoft '
                  'Teams. Agreed actions are emailed afterwards only to the agency responsible.'),
        ]),
        ('security-classification', 'Te Whakarōpūtanga Haumaru', 'Security classification', [
            ('p', 'Information shared at the panel is classified IN-CONFIDENCE.'),
        ]),
        ('security-controls', 'Ngā Whakahaere Haumaru', 'Security controls', [
            ('table', ['Mana whakahaere / Control', 'Taipitopito / Detail'], [
                ['Training', 'Panel members have completed privacy and information security training in their agency.'],
                ['Destroying hard copies', 'Hard copies of referral packs are securely destroyed at the end of each panel.'],
                ['Password protection', 'All email attachments containing personal information are password protected.'],
                ['Approved devices', 'Information is only shared from and viewed on agency-approved devices.'],
                ['Online panels', 'Members joining online do not use the chat function, record the panel or take screenshots.'],
                ['No hand-outs', 'Hard copies are not given to members from other agencies.'],
            ], {'widths': [5.0, 12.0]}),
        ]),
        ('tikanga', 'Ngā Whakaaro Tikanga', 'Tikanga considerations', [
            ('p', 'Te Whare Tū Tahi Housing Trust advises the panel on tikanga and on engagement with '
                  'mana whenua. Where a person is returning to their whānau or marae, the panel works '
                  'through the Trust to involve whānau in planning in a way that upholds their mana. '
                  'Information about whakapapa and whenua connections is taonga and is shared only when '
                  'needed for a housing plan.'),
        ]),
        ('retention-disposal', 'Te Pupuri me te Whakakore', 'Keeping and destroying information', [
            ('bullets', [
                'Agencies keep referral information only where they need it for an action agreed at the panel, stored in their approved business system.',
                'SEEMail copies of referral packs are deleted once the panel has made its decisions.',
                'Corrections keeps panel minutes under its retention and disposal schedule.',
            ]),
        ]),
        ('breach-management', 'Ngā Takahanga', 'Privacy breaches', [
            ('p', 'The breach contact for the panel is the Privacy Officer, Ara Poutama Aotearoa – '
                  'Department of Corrections, privacy@corrections.govt.nz, 04 460 3000. Members report '
                  'any actual or suspected breach to the breach contact and their own privacy team the '
                  'same day. Agencies work together on the response and on what to tell the people '
                  'affected; the responsible agency decides on notification to the Privacy Commissioner.'),
        ]),
        ('conflicts-of-interest', 'Ngā Taupatupatu Pānga', 'Conflicts of interest', [
            ('p', 'A member who knows a person being discussed, or a victim, declares it to the chair, '
                  'refers any request for information to a colleague and leaves the panel for that item.'),
        ]),
        ('relationship-management', 'Te Whakahaere Hononga', 'Relationship management', [
            ('p', 'Each agency nominates a relationship manager. They meet six-monthly to check the '
                  'panel’s sharing is still fit for purpose and to resolve issues raised by members.'),
        ]),
        ('review', 'Te Arotake', 'Review', [
            ('p', 'The protocol is reviewed annually. Ara Poutama Aotearoa – Department of Corrections is '
                  'responsible for initiating the review. The next review is due by 30 June 2027.'),
        ]),
        ('approval', 'Te Whakamanatanga', 'Approval', [
            ('p', 'Approved by the following signatories for their agencies:'),
            ('table', ['Rōpū / Agency', 'Kaiwaitohu / Signatory', 'Rā / Date'], sig_rows,
             {'widths': [6.5, 7.5, 3.0]}),
        ]),
    ]
    return {
        'cfg': {'colour': '8C3B1F', 'heading_fmt': 'mi/en', 'banner_para': 'heading1',
                'second_line_smaller': True},
        'header_class': 'IN-CONFIDENCE',
        'brand': 'Ara Poutama Aotearoa – Department of Corrections',
        'footer_name': 'Te Awakairangi Reintegration and Housing Panel – ISP',
        'title': ['Kawenata Tuari Mōhiohio', 'Information Sharing Protocol'],
        'subtitle': ['Te Rōpū Whakatū Kāinga | Reintegration and Housing Panel, Te Awakairangi Lower Hutt'],
        'cover_kv': [
            ['Putanga / Version', '1.0'],
            ['Rā / Date', 'June 2026'],
        ],
        'sections': sections,
        'sig_rows': sig_rows,
        'core': {'title': 'Reintegration and Housing Panel – Information Sharing Protocol',
                 'author': 'Reintegration Services, Central Region',
                 'created': D(2026, 3, 3), 'modified': D(2026, 6, 16, 13)},
    }


# --------------------------------------------------------------------------
# Trap F: Tairāwhiti Crisis Coordination Hui (mental health), Health NZ lead.
# The deciding text sits only in content controls (lead agency, the
# classification drop-down, the review-period drop-down, review owner,
# date pickers) and in tracked changes (breach contact details inserted;
# a 'for future reference' clause deleted). Read with every change accepted,
# the protocol is compliant; the tracked changes themselves remain.
# --------------------------------------------------------------------------

def trap_f():
    hnz = 'Health New Zealand – Te Whatu Ora'
    police = 'New Zealand Police'
    sj = 'Hato Hone St John'
    msd = 'Ministry of Social Development'
    thm = 'Tūranga Hauora Māori Trust'
    CLASSES = ['UNCLASSIFIED', 'IN-CONFIDENCE', 'SENSITIVE', 'RESTRICTED']
    sections = [
        ('attending-agencies', 'Ngā Rōpū Whakauru', 'Attending agencies', [
            ('bullets', [hnz, police, sj, msd, thm]),
            ('p', ['Lead attending agency: ',
                   ('text', 'Lead attending agency', 'lead_agency', hnz)]),
        ]),
        ('meeting-purpose', 'Te Take o te Hui', 'Meeting purpose', [
            ('p', 'The Crisis Coordination Hui meets weekly in Tūranga-nui-a-Kiwa Gisborne. It focuses '
                  'on people who have had repeated mental health crises in the past three months that '
                  'involved more than one of Police, ambulance and specialist mental health services. '
                  'The hui aims to plan a joined-up and safer response, led by what the person and their '
                  'whānau want, so that fewer crises end in police custody or emergency department '
                  'presentations.'),
        ]),
        ('sharing-purpose', 'Te Take mō te Tuari Mōhiohio', 'Purpose of sharing', [
            ('numbers', [
                'To plan a coordinated and safe response for people who often need crisis help from more than one service.',
                'To prevent or lessen a serious threat to the life or health of a person or of others.',
            ]),
        ]),
        ('information-shared', 'Ngā Mōhiohio ka Tuaritia', 'Information to be shared', [
            ('bullets', [
                'Name, date of birth, address and whānau or support contacts.',
                'Dates and nature of crisis contacts with each service over the past three months.',
                'Current mental health and addiction care, crisis or safety plans, and the person’s stated preferences.',
                'Risks to the person or others that are relevant to planning the response.',
                'Income or housing issues that contribute to crises, where the person has agreed.',
            ]),
        ]),
        ('legal-authority', 'Te Mana ā-Ture', 'Legal authority', [
            ('p', 'This protocol does not itself authorise sharing. The authority for each purpose is:'),
            ('table', ['Purpose', 'Legal authority'], [
                ['1. Plan a coordinated and safe response',
                 'Health Information Privacy Code 2020, rule 11(1)(b), and Privacy Act 2020, IPP 11(1)(d): the person authorises the sharing'],
                ['2. Prevent or lessen a serious threat',
                 'Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)'],
            ], {'widths': [7.0, 10.0]}),
        ]),
        ('use-of-information', 'Te Whakamahinga', 'Use of information', [
            ('p', 'Information is used only to plan and carry out the response agreed at the hui. An '
                  'agency that records shared information in its own system notes the source, legal '
                  'authority, purpose, any restrictions and the date it was shared.'),
        ]),
        ('transparency', 'Te Pūataata', 'Transparency', [
            ('p', 'The person’s key worker explains the hui and asks for their agreement before they are '
                  'discussed under purpose 1. Where sharing happens under purpose 2 without agreement, '
                  'the key worker tells the person afterwards unless that would increase the risk. Each '
                  'agency’s privacy statement describes the hui.'),
        ]),
        ('method-of-sharing', 'Te Tikanga Tuari', 'Method of sharing', [
            ('p', 'The hui coordinator circulates the list of people to be discussed on the morning of '
                  'the hui by secure email, as a password-protected attachment. Discussion is verbal, in '
                  'person or by Microsoft Teams.'),
        ]),
        ('security-classification', 'Te Whakarōpūtanga Haumaru', 'Security classification', [
            ('p', ['Information shared at the hui is classified: ',
                   ('drop', 'Security classification', 'classification', CLASSES, 'SENSITIVE')]),
        ]),
        ('security-controls', 'Ngā Whakahaere Haumaru', 'Security controls', [
            ('bullets', [
                'Hui members have completed privacy and information security training.',
                'Hard copy information is securely destroyed at the end of the hui.',
                'Email attachments containing personal information are password protected.',
                'Information is shared only from agency-approved devices.',
                'Members joining virtually do not use the chat function, record the hui or take screenshots.',
                'Hard copies are not given to other members.',
            ]),
        ]),
        ('tikanga', 'Ngā Whakaaro Tikanga', 'Tikanga considerations', [
            ('p', 'Tūranga Hauora Māori Trust advises the hui on tikanga and whānau engagement. Where a '
                  'person is Māori, the hui offers to involve a kaumātua or the Trust’s kaiāwhina in '
                  'planning with them and their whānau. Information about Māori is taonga.'),
        ]),
        ('retention-disposal', 'Te Pupuri me te Whakakore', 'Retention and disposal', [
            ('p', ['Agencies keep information from the hui only where it is needed to carry out an agreed '
                   'action',
                   ('del', ', and may keep copies of the hui notes for future reference'),
                   ('ins', ', and delete it once that action is complete'),
                   '. The lead agency keeps the action log under its retention and disposal schedule.']),
        ]),
        ('breach-management', 'Ngā Takahanga', 'Privacy and security breaches', [
            ('p', ['The breach contact is the Privacy Officer, Health New Zealand – Te Whatu Ora '
                   '(Tairāwhiti)',
                   ('ins', ', privacy.tairawhiti@tewhatuora.govt.nz, 06 869 0500'),
                   '. Members report any breach to the breach contact and to their own privacy team '
                   'without delay.']),
        ]),
        ('conflicts-of-interest', 'Ngā Taupatupatu Pānga', 'Conflicts of interest', [
            ('p', 'Members declare any personal connection to a person being discussed, pass requests to '
                  'a colleague and leave the hui for that item.'),
        ]),
        ('relationship-management', 'Te Whakahaere Hononga', 'Relationship management', [
            ('p', 'Each agency has a relationship manager. Relationship managers meet each quarter to '
                  'check that the hui’s sharing works as intended.'),
        ]),
        ('review', 'Te Arotake', 'Review', [
            ('p', ['This protocol is reviewed every ',
                   ('drop', 'Review period', 'review_period', ['6 months', '12 months', '24 months'], '12 months'),
                   ' from the date of the last signature. Agency responsible for initiating the review: ',
                   ('text', 'Review owner', 'review_owner', hnz),
                   '.']),
        ]),
        ('approval', 'Te Whakamanatanga', 'Approval', [
            ('table', ['Agency', 'Name', 'Role', 'Date'], [
                [hnz, 'Dr Rāwiri Moana', 'Clinical Director, Mental Health and Addiction, Tairāwhiti',
                 ('segs', [('date', 'Date signed', 'sig_date', '2026-04-14', '14 April 2026')])],
                [police, 'Inspector Sam Aldridge', 'Area Commander, Tairāwhiti',
                 ('segs', [('date', 'Date signed', 'sig_date', '2026-04-15', '15 April 2026')])],
                [sj, 'Kelly Brennan', 'Territory Manager, Tairāwhiti',
                 ('segs', [('date', 'Date signed', 'sig_date', '2026-04-20', '20 April 2026')])],
                [msd, 'Arapeta Hōri', 'Regional Commissioner, East Coast',
                 ('segs', [('date', 'Date signed', 'sig_date', '2026-04-16', '16 April 2026')])],
                [thm, 'Huia Waititi', 'Chief Executive',
                 ('segs', [('date', 'Date signed', 'sig_date', '2026-04-21', '21 April 2026')])],
            ], {'widths': [5.0, 3.6, 5.6, 2.8]}),
        ]),
    ]
    return {
        'cfg': {'colour': '005A70', 'heading_fmt': 'en-mi', 'banner_para': 'direct',
                'revision': {'author': 'Ngaire Brown', 'date': '2026-04-09T10:42:00Z'}},
        'header_class': 'SENSITIVE',
        'brand': 'Health New Zealand – Te Whatu Ora | Tairāwhiti',
        'footer_name': 'Crisis Coordination Hui – ISP (signing copy)',
        'title': ['Information Sharing Protocol – Kawenata Tuari Mōhiohio'],
        'subtitle': ['Crisis Coordination Hui – Te Hui Ruruku Whakaoranga, Tairāwhiti'],
        'cover_kv': [
            ['Version – Putanga', '1.0'],
            ['Status – Tūnga', 'For signature, April 2026'],
        ],
        'sections': sections,
        'track_revisions': True,
        'core': {'title': 'Crisis Coordination Hui – Information Sharing Protocol',
                 'author': 'Ngaire Brown',
                 'created': D(2026, 2, 11), 'modified': D(2026, 4, 21, 12)},
    }


# --------------------------------------------------------------------------
# Legacy G: Kāpiti Child and Whānau Wellbeing Meeting, 2019, Oranga Tamariki
# lead. Older version of the banner template (upper-case English first,
# numbered). Written before the current laws, pre-COVID controls, no tikanga
# section, review long overdue.
# --------------------------------------------------------------------------

def legacy_g():
    ot = 'Oranga Tamariki—Ministry for Children'
    police = 'New Zealand Police'
    moe = 'Ministry of Education'
    msd = 'Ministry of Social Development'
    dhb = 'Capital and Coast District Health Board'
    kws = 'Kāpiti Whānau Services Trust'
    blocks = [
        ['**Signed for ' + ot + '**', '____________________________', 'Name: Lisa Tamihana',
         'Position: Site Manager, Kāpiti', 'Date: 29 July 2019'],
        ['**Signed for ' + police + '**', '____________________________', 'Name: Senior Sergeant Tony Walsh',
         'Position: Officer in Charge, Kāpiti Police', 'Date: 1 August 2019'],
        ['**Signed for the ' + moe + '**', '____________________________', 'Name: Fiona Grant',
         'Position: Manager Learning Support, Wellington', 'Date: 6 August 2019'],
        ['**Signed for the ' + msd + '**', '____________________________', 'Name: Ravi Chand',
         'Position: Service Centre Manager, Paraparaumu', 'Date: 2 August 2019'],
        ['**Signed for ' + dhb + '**', '____________________________', 'Name: Dr Emma Hughes',
         'Position: Clinical Leader, Child Health', 'Date: 14 August 2019'],
        ['**Signed for ' + kws + '**', '____________________________', 'Name: Mereana Tūhiwai',
         'Position: Manager', 'Date: 29 July 2019'],
    ]
    sections = [
        ('attending-agencies', 'Ngā Rōpū Whakauru', 'Attending agencies', [
            ('bullets', [ot + ' (lead agency)', police, moe, msd, dhb, kws]),
        ]),
        ('meeting-purpose', 'Te Take o te Hui', 'Meeting purpose', [
            ('p', 'The Kāpiti Child and Whānau Wellbeing Meeting is held every second Wednesday at the '
                  'Oranga Tamariki Paraparaumu office. It discusses tamariki and rangatahi about whom an '
                  'agency has concerns that fall below the threshold for a statutory response, so that '
                  'agencies can offer early, coordinated support to the child and their whānau.'),
        ]),
        ('sharing-purpose', 'Te Take mō te Tuari', 'Purpose of sharing', [
            ('numbers', [
                'To identify tamariki and rangatahi at risk of harm and assess their needs.',
                'To coordinate support services for the child and their whānau.',
            ]),
        ]),
        ('information-shared', 'Ngā Mōhiohio', 'Information to be shared', [
            ('p', 'Names, dates of birth and addresses of the child and their caregivers; the concern '
                  'raised by the referring agency; each agency’s current involvement with the whānau; '
                  'school attendance and engagement; health and developmental needs relevant to the '
                  'concern.'),
        ]),
        ('legal-authority', 'Te Mana ā-Ture', 'Legal authority', [
            ('table', ['Purpose', 'Authority relied on'], [
                ['1. Identify tamariki and rangatahi at risk of harm and assess their needs',
                 'Children, Young Persons, and Their Families Act 1989, s 66'],
                ['2. Coordinate support services for the child and whānau',
                 'Privacy Act 1993, principle 11(d) (authorisation of the caregiver)'],
            ], {'widths': [8.5, 8.5]}),
            ('p', 'This protocol does not itself authorise the sharing of information.'),
        ]),
        ('use-of-information', 'Te Whakamahinga', 'Use of information', [
            ('p', 'Information shared at the meeting is used only to plan and provide support to the '
                  'child and whānau discussed. Agencies record information in their own systems only '
                  'where they need it to provide that support.'),
        ]),
        ('transparency', 'Te Pūataata', 'Transparency', [
            ('p', 'Caregivers are told about the meeting by the referring agency and asked to agree to '
                  'their whānau being discussed, except where that would put the child at risk.'),
        ]),
        ('method-of-sharing', 'Te Tikanga Tuari', 'Method of sharing', [
            ('p', 'The coordinator emails the agenda to members the day before the meeting. Information '
                  'is shared verbally at the meeting, which members attend in person.'),
        ]),
        ('security-classification', 'Te Whakarōpūtanga', 'Security classification', [
            ('p', 'Information shared at the meeting is classified IN-CONFIDENCE.'),
        ]),
        ('security-controls', 'Ngā Whakahaere Haumaru', 'Security controls', [
            ('bullets', [
                'Members have completed their agency’s privacy and security training.',
                'Printed agendas are collected and shredded at the end of the meeting.',
                'Agenda attachments are password protected.',
                'Members do not hand printed material to members from other agencies.',
            ]),
        ]),
        ('retention-disposal', 'Te Pupuri me te Whakakore', 'Retention and disposal', [
            ('p', 'Agencies keep meeting information only where they need it to provide support, and '
                  'delete emailed agendas after the meeting. Oranga Tamariki keeps the minutes.'),
        ]),
        ('breach-management', 'Ngā Takahanga', 'Privacy breaches', [
            ('p', 'Breaches are reported to the Privacy Officer, Oranga Tamariki, privacy@ot.govt.nz, '
                  '04 918 9100, and to the member’s own privacy officer.'),
        ]),
        ('conflicts-of-interest', 'Ngā Taupatupatu Pānga', 'Conflicts of interest', [
            ('p', 'Members declare any conflict of interest to the chair and do not take part in the '
                  'discussion of that whānau.'),
        ]),
        ('relationship-management', 'Te Whakahaere Hononga', 'Relationship management', [
            ('p', 'Each agency nominates a relationship manager, who meets the others annually.'),
        ]),
        ('review', 'Te Arotake', 'Review', [
            ('p', 'This protocol will be reviewed every two years from the date of the last signature. '
                  'Oranga Tamariki will initiate the review.'),
        ]),
        ('approval', 'Te Whakamanatanga', 'Approval', [
            ('sigblocks', 2, blocks),
        ]),
    ]
    return {
        'cfg': {'colour': '4A4A4A', 'heading_fmt': 'en|mi', 'banner_para': 'direct',
                'upper': True, 'numbered': True, 'font': 'Arial'},
        'header_class': 'IN-CONFIDENCE',
        'brand': 'Oranga Tamariki',
        'footer_name': 'Kāpiti Child and Whānau Wellbeing Meeting – Information Sharing Protocol 2019',
        'title': ['INFORMATION SHARING PROTOCOL'],
        'subtitle': ['Kāpiti Child and Whānau Wellbeing Meeting'],
        'cover_kv': [
            ['Version', '1.0 (final)'],
            ['Date', 'August 2019'],
        ],
        'sections': sections,
        'core': {'title': 'Kāpiti Child and Whānau Wellbeing Meeting ISP',
                 'author': 'Oranga Tamariki Kāpiti',
                 'created': D(2019, 5, 30), 'modified': D(2019, 8, 14, 10)},
    }


# ==========================================================================
# defect variants: each is a clean base with exactly one realistic defect
# ==========================================================================

def defect_a_isp451():
    s = base_a()
    i = find(s, 'security-controls')
    tbl = s['sections'][i][3][1]
    rows = tbl[2]
    # The online-meeting restriction was dropped when the table was tidied
    # (the table still meets partly on Teams, see 'How we share').
    rows[1][1] = ('Representatives keep their screens and notes out of view of anyone who is not '
                  'entitled to see them.')
    s['footer_name'] = 'Whangārei Whānau Safety Table – ISP v2.0'
    return s


def defect_a_isp501():
    s = base_a()
    replace_blocks(s, 'breach-management', [
        ('p', 'If a representative suspects that information shared under this protocol has been lost, '
              'sent to the wrong person or accessed without authority, they tell their own agency’s '
              'privacy officer straight away, and the chair at the next meeting.'),
        ('p', 'The agencies involved work together to contain the breach and agree what to tell the '
              'people affected. The agency responsible decides whether the breach is notifiable. '
              'Notifiable privacy breaches are reported to the Office of the Privacy Commissioner '
              '(0800 803 909) through NotifyUs.'),
    ])
    return s


def defect_b_isp301():
    s = base_b()
    i = find(s, 'legal-authority')
    blocks = s['sections'][i][3]
    tbl = blocks[1]
    # purpose 3 was added to the list late; the authority table was not updated
    blocks[1] = ('table', tbl[1], tbl[2][:2], tbl[3])
    return s


def defect_b_isp305():
    s = base_b()
    i = find(s, 'legal-authority')
    blocks = s['sections'][i][3]
    blocks[0] = ('p', 'This protocol provides the authority for panel members to share information about '
                      'rangatahi with each other. The statutory provisions below are listed for reference. '
                      'Before sharing under section 66C, panel members consider whether it is practicable '
                      'and appropriate to consult the rangatahi first.')
    return s


def defect_c_isp101():
    s = base_c()
    s['sections'].pop(find(s, 'conflicts-of-interest'))
    return s


def defect_c_isp402():
    s = base_c()
    replace_blocks(s, 'security-classification', [
        ('p', 'Information shared at the hui is UNCLASSIFIED. Attendance information is routine school '
              'data, and each agency handles it under its normal information management policies.'),
    ])
    s['header_class'] = 'UNCLASSIFIED'
    return s


def defect_d_isp703():
    s = base_d()
    sig = s['sig']
    order = ['Health New Zealand – Te Whatu Ora', 'New Zealand Police', 'Age Concern Manawatū',
             'Kaumātua Ora Manawatū Trust']
    replace_blocks(s, 'approval', [
        ('p', 'Each attending agency approves this protocol:'),
        ('sigblocks', 3, [sig[k] for k in order]),
    ])
    return s


def defect_d_isp602():
    s = base_d()
    replace_blocks(s, 'review', [
        ('p', 'This protocol will be reviewed three years after the date of the last signature. Health '
              'New Zealand – Te Whatu Ora is responsible for initiating the review. Any attending agency '
              'may request an earlier review.'),
    ])
    return s


def defect_e_isp702():
    s = base_e()
    rows = copy.deepcopy(s['sig_rows'])
    rows[1][1] = ['**Belinda Russell**']
    replace_blocks(s, 'approval', [
        ('p', 'Approved by the following signatories for their agencies:'),
        ('table', ['Rōpū / Agency', 'Kaiwaitohu / Signatory', 'Rā / Date'], rows,
         {'widths': [6.5, 7.5, 3.0]}),
    ])
    return s


def defect_e_isp801():
    s = base_e()
    replace_blocks(s, 'retention-disposal', [
        ('bullets', [
            'Agencies keep referral information where they need it for an action agreed at the panel, stored in their approved business system.',
            'Housing providers may also keep the full referral pack on the tenant’s file for future reference, in case the person applies for housing again.',
            'SEEMail copies of referral packs are deleted once the panel has made its decisions.',
            'Corrections keeps panel minutes under its retention and disposal schedule.',
        ]),
    ])
    return s


# ==========================================================================
# corpus and truth
# ==========================================================================

CORPUS = [
    ('clean-01-whangarei-whanau-safety-table.docx', base_a, {
        'kind': 'clean', 'expect': [], 'tolerate': [],
        'note': 'Family violence safety table, Police lead; te reo-first banners with "|", purpose/authority '
                'table, controls in a Requirements/Restrictions table, breach contact in a key-value table, '
                '4-column signature table (latest 18 March 2026, 12-month review).'}),
    ('clean-02-rotorua-youth-panel.docx', base_b, {
        'kind': 'clean', 'expect': [], 'tolerate': [],
        'note': 'Youth offending panel, Oranga Tamariki lead; whole body in a two-column layout table '
                '(shaded heading cell, English line break te reo), signature table nested in the approval '
                'row, classification also in a custom document property; a negated "just in case" '
                'sentence in retention must not be reported.'}),
    ('clean-03-otautahi-attendance-hui.docx', base_c, {
        'kind': 'clean', 'expect': [], 'tolerate': [],
        'note': 'School attendance hui, Ministry of Education lead; numbered banners using a custom '
                '"Banner Heading" style with an outline level, te reo – English with en dash, controls in a '
                'control/how table, side-by-side signature blocks (2 across) with NZ numeric dates.'}),
    ('clean-04-manawatu-elder-abuse.docx', base_d, {
        'kind': 'clean', 'expect': [], 'tolerate': [],
        'note': 'Elder abuse meeting, Health NZ lead; English | te reo banners, authorities given '
                'purpose by purpose in list items ("Purpose 2 (coordinate support): ..."), 18-month '
                'review in words and digits, side-by-side signature blocks 3 across; mentions the Public '
                'Records Act 2005 for minutes only.'}),
    ('clean-05-te-awakairangi-housing-panel.docx', base_e, {
        'kind': 'clean', 'expect': [], 'tolerate': [],
        'note': 'Reintegration and housing panel, Corrections lead; banner cells hold Heading 1 paragraphs '
                'with te reo line, line break, English line; 3-column purpose/authority/notes table; '
                '"reviewed annually" with next review by 30 June 2027; 3-column signature table with name '
                'and role as two paragraphs in one cell.'}),
    ('defect-isp451-whangarei-no-online-control.docx', defect_a_isp451, {
        'kind': 'defect',
        'expect': [{'rule': 'ISP451', 'data': {'control': 'virtual-meeting'}}],
        'tolerate': [],
        'note': 'Clean-01 with the online-meeting restriction (no chat, recording or screenshots) replaced '
                'by a screen-privacy line in the security controls table, although some representatives '
                'join by Teams.'}),
    ('defect-isp501-whangarei-no-breach-contact.docx', defect_a_isp501, {
        'kind': 'defect',
        'expect': [{'rule': 'ISP501'}],
        'tolerate': [],
        'note': 'Clean-01 whose "Ngā Takahanga | Privacy breaches" section only says to tell your own '
                'privacy officer and the chair, and gives the Privacy Commissioner\'s 0800 number; no '
                'designated contact.'}),
    ('defect-isp301-rotorua-purpose3-no-authority.docx', defect_b_isp301, {
        'kind': 'defect',
        'expect': [{'rule': 'ISP301', 'data_contains': {'purpose': 'To coordinate Police alternative action'}}],
        'tolerate': [],
        'note': 'Clean-02 where the nested purpose/authority table in the layout row for legal authority '
                'covers purposes 1 and 2 only; purpose 3 (coordinate Police alternative action) has no '
                'authority anywhere.'}),
    ('defect-isp305-rotorua-protocol-as-authority.docx', defect_b_isp305, {
        'kind': 'defect',
        'expect': [{'rule': 'ISP305'}],
        'tolerate': [],
        'note': 'Clean-02 whose legal authority cell opens "This protocol provides the authority for '
                'panel members to share information about rangatahi with each other".'}),
    ('defect-isp101-otautahi-no-conflicts.docx', defect_c_isp101, {
        'kind': 'defect',
        'expect': [{'rule': 'ISP101', 'data': {'section': 'conflicts-of-interest'}}],
        'tolerate': [],
        'note': 'Clean-03 with the "Ngā Taupatupatu Pānga – Conflicts of interest" banner and its body '
                'removed and the remaining banners renumbered.'}),
    ('defect-isp402-otautahi-unclassified.docx', defect_c_isp402, {
        'kind': 'defect',
        'expect': [{'rule': 'ISP402', 'data': {'classification': 'UNCLASSIFIED'}}],
        'tolerate': [],
        'note': 'Clean-03 whose classification banner says the information is UNCLASSIFIED as routine '
                'school data; header and footer are marked UNCLASSIFIED to match.'}),
    ('defect-isp703-manawatu-msd-unsigned.docx', defect_d_isp703, {
        'kind': 'defect',
        'expect': [{'rule': 'ISP703', 'data': {'agency': 'Ministry of Social Development'}}],
        'tolerate': [],
        'note': 'Clean-04 with four side-by-side signature blocks for five attending agencies; the '
                'Ministry of Social Development block is missing.'}),
    ('defect-isp602-manawatu-three-year-review.docx', defect_d_isp602, {
        'kind': 'defect',
        'expect': [{'rule': 'ISP602', 'data': {'months': 36}}],
        'tolerate': [],
        'note': 'Clean-04 reviewed "three years after the date of the last signature" (36 months); owner '
                'named; due November 2028, so not overdue.'}),
    ('defect-isp702-awakairangi-no-role.docx', defect_e_isp702, {
        'kind': 'defect',
        'expect': [{'rule': 'ISP702', 'data': {'agency': 'Kāinga Ora – Homes and Communities',
                                                'missing': ['role']}}],
        'tolerate': [],
        'note': 'Clean-05 whose 3-column signature table gives only the name (no role line) in the '
                'Kāinga Ora signatory cell.'}),
    ('defect-isp801-awakairangi-future-reference.docx', defect_e_isp801, {
        'kind': 'defect',
        'expect': [{'rule': 'ISP801'}],
        'tolerate': [],
        'note': 'Clean-05 whose retention list lets housing providers keep the full referral pack on the '
                'tenant\'s file "for future reference, in case the person applies for housing again".'}),
    ('trap-01-tairawhiti-crisis-hui-controls-and-changes.docx', trap_f, {
        'kind': 'trap',
        'expect': [{'rule': 'ISP202'}],
        'tolerate': [],
        'note': 'Compliant only when read as Word shows it with changes accepted: lead agency, SENSITIVE '
                'classification (drop-down), 12-month review period (drop-down), review owner and '
                'signature dates (date pickers) sit only in content controls; the breach contact\'s email '
                'and phone are a tracked insertion and a "for future reference" clause is a tracked '
                'deletion, so only the unresolved tracked changes should be reported.'}),
    ('legacy-01-kapiti-wellbeing-2019.docx', legacy_g, {
        'kind': 'legacy',
        'expect': [
            {'rule': 'ISP303', 'data_contains': {'authority': 'Privacy Act 1993'}},
            {'rule': 'ISP303', 'data_contains': {'authority': 'Children, Young Persons'}},
            {'rule': 'ISP101', 'data': {'section': 'tikanga'}},
            {'rule': 'ISP451', 'data': {'control': 'approved-devices'}},
            {'rule': 'ISP451', 'data': {'control': 'virtual-meeting'}},
            {'rule': 'ISP604', 'data': {'due': '2021-08-14'}},
        ],
        'tolerate': ['ISP302'],
        'note': '2019 protocol on the older upper-case banner template: authorities cite the Privacy Act '
                '1993 and the Children, Young Persons, and Their Families Act 1989, no tikanga section, no '
                'device or online-meeting controls, and a two-year review from the last signature '
                '(14 August 2019) long passed.'}),
]


def main():
    truth = {
        'as_of': '2026-11-24',
        'style': ('Public-sector branded template: each section heading in a shaded one-cell banner table '
                  '(w:shd, white bold text), bilingual te reo Māori / English headings in varied order and '
                  'separators (|, en dash, line break), body as ordinary paragraphs, lists and tables below; '
                  'one base lays out the whole body as a two-column table; signatures as 3/4-column tables '
                  'or side-by-side blocks.'),
        'files': {},
    }
    for name, fn, t in CORPUS:
        spec = fn()
        r = Renderer(spec['cfg'])
        doc = r.build(spec)
        save_deterministic(doc, os.path.join(OUT, name), spec.get('custom_props'))
        truth['files'][name] = t
    with open(os.path.join(OUT, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('built', len(CORPUS), 'documents')


if __name__ == '__main__':
    main()
