#!/usr/bin/env python
"""Build the 'legal-agreement' blind corpus of multi-agency meeting
information sharing protocols.

House style: formal legal agreements drafted by a government legal team
(cover page, PARTIES, BACKGROUND recitals, numbered clauses with defined
terms, Schedules and an Annex of execution blocks).

Run with /work/blind-kit/.venv/bin/python build.py.  Output is
deterministic: fixed core-property dates, fixed zip timestamps, no
randomness.  truth.json is written alongside the documents.
"""
import copy
import datetime
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# low level helpers
# ---------------------------------------------------------------------------


def el(tag, text=None, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k.replace('__', ':')), str(v))
    if text is not None:
        e.text = text
    return e


def set_style_font(style, name, size=None, bold=None, color=None, caps=None):
    rPr = style.element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = el('w:rFonts')
        rPr.insert(0, rFonts)
    for a in list(rFonts.attrib):
        if a.endswith('Theme'):
            del rFonts.attrib[a]
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rFonts.set(qn(a), name)
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if color is not None:
        style.font.color.rgb = RGBColor(*color)
        c = rPr.find(qn('w:color'))
        if c is not None:
            for a in list(c.attrib):
                if 'theme' in a.lower():
                    del c.attrib[a]
    if caps is not None:
        style.font.all_caps = caps


def insert_outline(pPr, level):
    ol = el('w:outlineLvl', w__val=level)
    pPr.insert_element_before(ol, 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange')


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(el('w:shd', w__val='clear', w__color='auto', w__fill=fill))


ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']
LETTERS = 'abcdefghijklmnopqrstuvwxyz'

SECTION_KEYS = ['attending-agencies', 'meeting-purpose', 'sharing-purpose', 'information-shared',
                'legal-authority', 'use-of-information', 'transparency', 'method-of-sharing',
                'security-classification', 'security-controls', 'tikanga', 'retention-disposal',
                'breach-management', 'conflicts-of-interest', 'relationship-management', 'review',
                'approval']

# ---------------------------------------------------------------------------
# renderer
# ---------------------------------------------------------------------------


class Renderer:
    def __init__(self, s):
        self.s = s
        self.mode = s['mode']
        self.rev = 900
        self.secnum = {}
        d = self.d = Document()
        sec = d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Cm(2.5)
        sec.top_margin = sec.bottom_margin = Cm(2.3)
        font = s.get('font', 'Arial')
        normal = d.styles['Normal']
        set_style_font(normal, font, size=s.get('size', 10.5))
        normal.paragraph_format.space_after = Pt(6)
        for name, size in (('Heading 1', 11.5), ('Heading 2', 11)):
            st = d.styles[name]
            set_style_font(st, font, size=size, bold=True, color=(0, 0, 0))
            st.paragraph_format.space_before = Pt(14)
            st.paragraph_format.space_after = Pt(6)
        for name in ('Header', 'Footer'):
            set_style_font(d.styles[name], font, size=8.5)
        ph = d.styles.add_style('Placeholder Text', WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if self.mode == 'autonum':
            self.setup_autonum()

    # -- numbering definitions for auto-numbered legal clauses -------------
    def setup_autonum(self):
        d = self.d
        numbering = d.part.numbering_part.element
        abs_ids = [int(a.get(qn('w:abstractNumId'))) for a in numbering.findall(qn('w:abstractNum'))]
        num_ids = [int(n.get(qn('w:numId'))) for n in numbering.findall(qn('w:num'))]
        aid, nid = max(abs_ids + [0]) + 10, max(num_ids + [0]) + 10
        self.numId = nid
        lv = [('decimal', '%1.', 'ClauseHeading', 709, '<w:rPr><w:b/></w:rPr>'),
              ('decimal', '%1.%2', 'ClauseLevel2', 709, ''),
              ('lowerLetter', '(%3)', 'ClauseLevel3', 1418, ''),
              ('lowerRoman', '(%4)', 'ClauseLevel4', 2127, '')]
        lvls = ''
        for i in range(9):
            if i < 4:
                fmt, txt, ps, left, rpr = lv[i]
                ps_xml = '<w:pStyle w:val="%s"/>' % ps
            else:
                fmt, txt, left, rpr, ps_xml = 'decimal', '%%%d.' % (i + 1), 2127 + 709 * (i - 3), '', ''
            lvls += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s'
                     '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                     '<w:pPr><w:ind w:left="%d" w:hanging="709"/></w:pPr>%s</w:lvl>'
                     % (i, fmt, ps_xml, txt, left, rpr))
        absxml = ('<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="5A3C21D7"/>'
                  '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0C9A2E10"/>'
                  '<w:name w:val="Legal Clauses"/>%s</w:abstractNum>' % (nsdecls('w'), aid, lvls))
        absnum = parse_xml(absxml)
        first_num = numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(absnum)
        else:
            numbering.append(absnum)
        num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                        % (nsdecls('w'), nid, aid))
        numbering.append(num)
        styles = d.styles
        font = self.s.get('font', 'Arial')

        def pstyle(name, ilvl=None, bold=False, caps=False, outline=None, left=None, keep=False,
                   before=None, align=None):
            st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = styles['Normal']
            st.quick_style = True
            if bold:
                st.font.bold = True
            if caps:
                st.font.all_caps = True
            pf = st.paragraph_format
            if keep:
                pf.keep_with_next = True
            if before is not None:
                pf.space_before = Pt(before)
            if left is not None:
                pf.left_indent = Cm(left)
            if align is not None:
                pf.alignment = align
            pPr = st.element.get_or_add_pPr()
            if ilvl is not None:
                numPr = pPr.get_or_add_numPr()
                numPr.get_or_add_ilvl().val = ilvl
                numPr.get_or_add_numId().val = nid
            if outline is not None:
                insert_outline(pPr, outline)
            return st

        pstyle('Clause Heading', ilvl=0, bold=True, caps=True, outline=0, keep=True, before=12)
        pstyle('Clause Level 2', ilvl=1)
        pstyle('Clause Level 3', ilvl=2)
        pstyle('Clause Level 4', ilvl=3)
        pstyle('Part Heading', bold=True, caps=True, outline=0, keep=True, before=12)
        pstyle('Schedule Heading', bold=True, caps=True, outline=0, keep=True, before=0,
               align=WD_ALIGN_PARAGRAPH.CENTER)
        pstyle('Definition', left=1.25)
        pstyle('Clause Continue', left=1.25)

    # -- inline text ---------------------------------------------------------
    def next_rev(self):
        self.rev += 1
        return self.rev

    def add_text(self, p, text, bold=False):
        """text is a str (with **bold** markup) or a list of str / dict segments."""
        if isinstance(text, str):
            parts = text.split('**')
            for i, part in enumerate(parts):
                if part:
                    r = p.add_run(part)
                    if bold or i % 2 == 1:
                        r.bold = True
            return
        for seg in text:
            if isinstance(seg, str):
                self.add_text(p, seg, bold)
            elif 'sdt' in seg:
                self.add_sdt(p, seg)
            elif 'ins' in seg:
                ins = el('w:ins', w__id=self.next_rev(), w__author=seg.get('author', 'Legal Services'),
                         w__date=seg.get('date', '2026-01-28T10:14:00Z'))
                r = el('w:r')
                t = el('w:t', seg['ins'])
                t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
                r.append(t)
                ins.append(r)
                p._p.append(ins)
            elif 'del' in seg:
                dl = el('w:del', w__id=self.next_rev(), w__author=seg.get('author', 'Legal Services'),
                        w__date=seg.get('date', '2026-01-28T10:14:00Z'))
                r = el('w:r')
                t = el('w:delText', seg['del'])
                t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
                r.append(t)
                dl.append(r)
                p._p.append(dl)
            elif 'comment' in seg:
                r = p.add_run(seg['anchor'])
                c = self.d.add_comment(r, text=seg['comment'], author=seg.get('author', 'Legal Services'),
                                       initials=seg.get('initials', 'LS'))
                c._comment_elm.set(qn('w:date'), seg.get('cdate', '2026-01-21T14:05:00Z'))

    def add_sdt(self, p, seg):
        sdt = el('w:sdt')
        pr = el('w:sdtPr')
        pr.append(el('w:alias', w__val=seg.get('alias', 'Field')))
        pr.append(el('w:tag', w__val=seg.get('tag', 'field')))
        pr.append(el('w:id', w__val=seg['id']))
        if seg.get('placeholder'):
            pr.append(el('w:showingPlcHdr'))
        kind = seg['sdt']
        if kind == 'dropdown':
            dd = el('w:dropDownList')
            for item in seg['items']:
                dd.append(el('w:listItem', w__displayText=item, w__value=item))
            pr.append(dd)
        elif kind == 'date':
            attrs = {}
            if seg.get('date'):
                attrs['w__fullDate'] = seg['date'] + 'T00:00:00Z'
            dt = el('w:date', **attrs)
            dt.append(el('w:dateFormat', w__val='d MMMM yyyy'))
            dt.append(el('w:lid', w__val='en-NZ'))
            dt.append(el('w:storeMappedDataAs', w__val='dateTime'))
            dt.append(el('w:calendar', w__val='gregorian'))
            pr.append(dt)
        else:
            pr.append(el('w:text'))
        sdt.append(pr)
        sdt.append(el('w:sdtEndPr'))
        content = el('w:sdtContent')
        r = el('w:r')
        if seg.get('placeholder'):
            rpr = el('w:rPr')
            rpr.append(el('w:rStyle', w__val='PlaceholderText'))
            r.append(rpr)
        t = el('w:t', seg['text'])
        t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
        r.append(t)
        content.append(r)
        sdt.append(content)
        p._p.append(sdt)

    def resolve(self, text):
        def sub(t):
            t = t.replace('«cs»', self.s.get('cs', 'Schedule 2'))
            return re.sub(r'«([a-z-]+)»', lambda m: str(self.secnum[m.group(1)]), t)
        if isinstance(text, str):
            return sub(text)
        out = []
        for seg in text:
            if isinstance(seg, str):
                out.append(sub(seg))
            else:
                out.append(seg)
        return out

    # -- paragraphs -----------------------------------------------------------
    def para(self, text='', bold=False, align=None, size=None, before=None, after=None, style=None,
             keep=False, italic=False):
        p = self.d.add_paragraph(style=style) if style else self.d.add_paragraph()
        if text:
            self.add_text(p, self.resolve(text), bold=bold)
        pf = p.paragraph_format
        if align is not None:
            pf.alignment = align
        if before is not None:
            pf.space_before = Pt(before)
        if after is not None:
            pf.space_after = Pt(after)
        if keep:
            pf.keep_with_next = True
        if size is not None or italic:
            for r in p.runs:
                if size is not None:
                    r.font.size = Pt(size)
                if italic:
                    r.italic = True
        return p

    def page_break(self):
        p = self.d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def heading(self, num, title, key=None, unnumbered=False):
        mode = self.mode
        if mode == 'mixed' and key in self.s.get('bold_keys', ()):
            mode = 'bold'
        if mode == 'autonum':
            style = 'Part Heading' if unnumbered else 'Clause Heading'
            return self.para(title, style=style)
        caps = mode in ('heading', 'boldcaps', 'mixed') or unnumbered
        t = title.upper() if caps else title
        text = t if unnumbered else '%s.\t%s' % (num, t)
        if mode in ('heading', 'mixed'):
            p = self.d.add_paragraph(style='Heading 1')
            p.add_run(text)
        else:
            p = self.d.add_paragraph()
            p.add_run(text).bold = True
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(12)
            if mode == 'boldcaps':
                insert_outline(p._p.get_or_add_pPr(), 0)
        if not unnumbered:
            p.paragraph_format.left_indent = Cm(1.25)
            p.paragraph_format.first_line_indent = Cm(-1.25)
        return p

    def clause(self, label, text, level):
        text = self.resolve(text)
        if self.mode == 'autonum':
            style = {1: 'Clause Level 2', 2: 'Clause Level 3', 3: 'Clause Level 4'}[level]
            p = self.d.add_paragraph(style=style)
            self.add_text(p, text)
            return p
        p = self.d.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(1.25 * level)
        pf.first_line_indent = Cm(-1.25)
        p.add_run(label + '\t')
        self.add_text(p, text)
        return p

    def cont(self, text, level=1):
        if self.mode == 'autonum':
            p = self.d.add_paragraph(style='Clause Continue')
            if level > 1:
                p.paragraph_format.left_indent = Cm(1.25 * level)
        else:
            p = self.d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.25 * level)
        self.add_text(p, self.resolve(text))
        return p

    def labelled(self, label, text, indent=1.25):
        p = self.d.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(indent)
        pf.first_line_indent = Cm(-indent)
        p.add_run(label + '\t')
        self.add_text(p, self.resolve(text))
        return p

    def definitions(self, defs):
        for term, text in defs:
            if self.mode == 'autonum':
                p = self.d.add_paragraph(style='Definition')
            else:
                p = self.d.add_paragraph()
                p.paragraph_format.left_indent = Cm(1.25)
            self.add_text(p, self.resolve('**%s** %s' % (term, text)))

    def cell_text(self, cell, val, bold=False):
        lines = val if isinstance(val, list) and val and isinstance(val[0], list) else None
        if lines is None:
            if isinstance(val, str):
                lines = [ln for ln in val.split('\n')]
            else:
                lines = [val]
        first = True
        for ln in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.paragraph_format.space_after = Pt(3)
            self.add_text(p, self.resolve(ln), bold=bold)

    def table(self, header, rows, widths=None, fill='D9D9D9'):
        ncols = len(header) if header else len(rows[0])
        t = self.d.add_table(rows=(1 if header else 0) + len(rows), cols=ncols)
        t.style = 'Table Grid'
        r0 = 0
        if header:
            for i, h in enumerate(header):
                c = t.rows[0].cells[i]
                self.cell_text(c, h, bold=True)
                if fill:
                    shade(c, fill)
            trPr = t.rows[0]._tr.get_or_add_trPr()
            trPr.append(el('w:tblHeader'))
            r0 = 1
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                self.cell_text(t.rows[r0 + ri].cells[ci], val)
        if widths:
            for row in t.rows:
                for ci, w in enumerate(widths):
                    row.cells[ci].width = Cm(w)
        self.d.add_paragraph()
        return t

    # -- blocks ---------------------------------------------------------------
    def blocks(self, n, blocks, in_schedule=False):
        m = 0
        a = 0
        i = 0
        for b in blocks:
            if isinstance(b, (str, list)):
                if in_schedule:
                    self.para(b)
                    continue
                m += 1
                a = 0
                self.clause('%s.%d' % (n, m), b, 1)
                continue
            kind = b[0]
            if kind == 'a':
                a += 1
                i = 0
                self.clause('(%s)' % LETTERS[a - 1], b[1], 2)
            elif kind == 'i':
                i += 1
                self.clause('(%s)' % ROMAN[i - 1], b[1], 3)
            elif kind == 'cont':
                self.cont(b[1], b[2] if len(b) > 2 else 1)
            elif kind == 'lp':
                self.labelled(b[1], b[2])
            elif kind == 'plain':
                self.para(b[1], bold=b[2] if len(b) > 2 else False)
            elif kind == 'defs':
                self.definitions(b[1])
            elif kind == 'table':
                self.table(b[1], b[2], b[3] if len(b) > 3 else None)
            elif kind == 'h2':
                if self.mode in ('heading', 'mixed'):
                    p = self.d.add_paragraph(style='Heading 2')
                    p.add_run(b[1])
                else:
                    self.para(b[1], bold=True, keep=True, before=8)
            elif kind == 'exec':
                self.exec_blocks(b[1], b[2])
            elif kind == 'pb':
                self.page_break()
            else:
                raise ValueError(kind)

    # -- execution blocks -------------------------------------------------------
    def exec_lines(self, party):
        lines = ['SIGNED for and on behalf of **%s** by:' % party['formal'], '', '______________________________',
                 'Signature']
        lines.append(['Name: ', party['signer']] if isinstance(party['signer'], dict) else 'Name: %s' % party['signer'])
        pos = party['position']
        lines.append('Position: %s' % pos)
        date = party['date']
        lines.append(['Date: ', date] if isinstance(date, dict) else 'Date: %s' % date)
        return lines

    def exec_blocks(self, parties, layout):
        parties = [p for p in parties if not p.get('omit_block')]
        if layout == 'table2':
            rows = (len(parties) + 1) // 2
            t = self.d.add_table(rows=rows, cols=2)
            for k, party in enumerate(parties):
                cell = t.rows[k // 2].cells[k % 2]
                first = True
                for ln in self.exec_lines(party):
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    p.paragraph_format.space_after = Pt(4)
                    self.add_text(p, ln)
                cell.add_paragraph()
            for row in t.rows:
                for c in row.cells:
                    c.width = Cm(8)
            self.d.add_paragraph()
        elif layout == 'labels':
            for party in parties:
                self.para('SIGNED for and on behalf of **%s** by:' % party['formal'], keep=True, before=10)
                t = self.d.add_table(rows=4, cols=2)
                t.style = 'Table Grid'
                vals = [('Signature', '\n\n'), ('Name', party['signer']), ('Position', party['position']),
                        ('Date', party['date'])]
                for ri, (lab, val) in enumerate(vals):
                    self.cell_text(t.rows[ri].cells[0], lab, bold=True)
                    shade(t.rows[ri].cells[0], 'F2F2F2')
                    if isinstance(val, dict):
                        self.add_text(t.rows[ri].cells[1].paragraphs[0], [val])
                    else:
                        self.cell_text(t.rows[ri].cells[1], val)
                    t.rows[ri].cells[0].width = Cm(4)
                    t.rows[ri].cells[1].width = Cm(12)
                self.d.add_paragraph()
        else:  # list
            for party in parties:
                for k, ln in enumerate(self.exec_lines(party)):
                    p = self.para(ln, keep=True, after=2, before=14 if k == 0 else None)
                self.para('')

    # -- cover, header, footer --------------------------------------------------
    def cover(self):
        s = self.s
        C = WD_ALIGN_PARAGRAPH.CENTER
        self.para(s['class_cover'], bold=True, align=C, size=10, after=48)
        self.para('INFORMATION SHARING PROTOCOL', bold=True, align=C, size=20, after=18)
        self.para('between', align=C, size=11, after=12)
        names = [p['formal'] for p in s['parties']]
        for k, nm in enumerate(names):
            self.para(nm, bold=True, align=C, size=11, after=4)
            if k < len(names) - 1:
                self.para('and', align=C, size=10, after=4)
        self.para('relating to the', align=C, size=11, before=14, after=6)
        self.para(s['cover_meeting'], bold=True, align=C, size=14, after=36)
        for ln in s['cover_lines']:
            self.para(ln, align=C, size=10, after=2)
        self.page_break()

    def header_footer(self):
        s = self.s
        sec = self.d.sections[0]
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hp.add_run(s['marking']).bold = True
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run(s['marking']).bold = True
        fp2 = sec.footer.add_paragraph()
        fp2.add_run(s['footer_title'] + '   |   Page ')
        for instr in (' PAGE ', None, ' NUMPAGES '):
            if instr is None:
                fp2.add_run(' of ')
                continue
            fs = el('w:fldSimple', w__instr=instr)
            r = el('w:r')
            r.append(el('w:t', '1'))
            fs.append(r)
            fp2._p.append(fs)

    # -- whole document ------------------------------------------------------------
    def render(self, sections, schedules, path):
        s = self.s
        n = 0
        for key, title, blocks in sections:
            if key in ('attending-agencies', 'background', 'agree'):
                continue
            n += 1
            self.secnum[key] = n
        self.header_footer()
        self.cover()
        n = 0
        for key, title, blocks in sections:
            if key == 'agree':
                self.para(title, bold=True, before=12)
                continue
            if key in ('attending-agencies', 'background'):
                self.heading(None, title, key, unnumbered=True)
                self.blocks(None, blocks)
                continue
            n += 1
            self.heading(n, title, key)
            self.blocks(n, blocks)
        for title, blocks in schedules:
            self.page_break()
            if self.mode == 'autonum':
                self.para(title, style='Schedule Heading', after=12)
            elif self.mode in ('heading', 'mixed'):
                p = self.d.add_paragraph(style='Heading 1')
                p.add_run(title.upper())
            else:
                p = self.para(title.upper(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
                if self.mode == 'boldcaps':
                    insert_outline(p._p.get_or_add_pPr(), 0)
            self.blocks(None, blocks, in_schedule=True)
        cp = self.d.core_properties
        cp.title = 'Information Sharing Protocol – %s' % s['meeting_title']
        cp.subject = 'Multi-agency meeting information sharing protocol'
        cp.author = s['author']
        cp.last_modified_by = s.get('modified_by', s['author'])
        cp.created = s['created']
        cp.modified = s['modified']
        cp.revision = s.get('revision', 4)
        cp.keywords = 'information sharing; protocol; multi-agency meeting'
        cp.comments = ''
        self.d.save(path)
        normalise_zip(path)


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------------------
# generic clause library (legal-team wording, with variants)
# ---------------------------------------------------------------------------

DEFAULT_TITLES = {
    'attending-agencies': 'Parties',
    'background': 'Background',
    'definitions': 'Definitions and interpretation',
    'meeting-purpose': 'Purpose of the Meeting',
    'sharing-purpose': 'Permitted Purposes',
    'information-shared': 'Information that may be disclosed',
    'legal-authority': 'Statutory basis for disclosure',
    'use-of-information': 'Restrictions on use',
    'transparency': 'Openness',
    'method-of-sharing': 'Means of disclosure',
    'security-classification': 'Protective marking',
    'security-controls': 'Safeguards',
    'tikanga': 'Te ao Māori considerations',
    'retention-disposal': 'Retention and destruction',
    'breach-management': 'Privacy Incidents',
    'conflicts-of-interest': 'Conflicts',
    'relationship-management': 'Governance',
    'review': 'Term and review',
    'approval': 'Execution',
}

ORDER = ['definitions', 'meeting-purpose', 'sharing-purpose', 'information-shared', 'legal-authority',
         'use-of-information', 'transparency', 'method-of-sharing', 'security-classification',
         'security-controls', 'tikanga', 'retention-disposal', 'breach-management', 'conflicts-of-interest',
         'relationship-management', 'review', 'approval']


def q(t):
    return '\u201c%s\u201d' % t


def parties_blocks(s):
    b = [('plain', 'This Protocol is made between the following parties:')]
    n = len(s['parties'])
    for k, p in enumerate(s['parties'], 1):
        tail = ';' if k < n - 1 else ('; and' if k == n - 1 else '')
        lead = ''
        if p.get('lead') and s.get('lead_in_parties'):
            lead = ', the lead attending agency'
        desc = (', ' + p['desc']) if p.get('desc') else ''
        b.append(('lp', '(%d)' % k, '**%s**%s (%s)%s%s' % (p['name'], desc, q(p['short']), lead, tail)))
    b.append(('plain', '(each a %s and together the %s).' % (q('Party'), q('Parties'))))
    return b


def background_blocks(s):
    return [('lp', '%s.' % L, t) for L, t in zip('ABCDE', s['recitals'])]


def definitions_blocks(s):
    M = s['M']
    defs = [
        ('Chair', 'means the Representative of the Lead Agency who chairs a %s, or any other Representative '
                  'asked by the Chair to chair a %s or part of it;' % (M, M)),
        ('Lead Agency', s['lead_def']),
        (M, 'means each sitting of the %s described in clause «meeting-purpose», whether held in person, by '
            'audio-visual link, or both;' % s['meeting_title']),
        ('Party', 'means a party to this Protocol, each of which is an attending agency at the %s, and '
                  '**Parties** means all of them;' % M),
        ('Permitted Purpose', s.get('pp_def', 'means a purpose set out in clause «sharing-purpose»;')),
        ('Personal Information', 'has the meaning given to %s in section 7(1) of the Privacy Act 2020 and '
                                 'includes health information;' % q('personal information')),
        ('Privacy Incident', 'means any unauthorised or accidental access to, or disclosure, alteration, loss or '
                             'destruction of, Personal Information disclosed at or for the purposes of a %s, and '
                             'any action that prevents a Party from accessing that information;' % M),
        ('Relationship Manager', 'means the person appointed by a Party under clause «relationship-management»;'),
        ('Representative', 'means an employee or contractor of a Party who is nominated by that Party to attend a '
                           '%s on its behalf.' % M),
    ]
    if s['v'] == 1:
        intro = 'In this Protocol, unless the context requires otherwise:'
    else:
        intro = 'In this Protocol, unless the context otherwise requires, the following terms have the following meanings:'
    return [intro, ('defs', defs),
            'In this Protocol:',
            ('a', 'clause and other headings are for convenience only and do not affect interpretation;'),
            ('a', 'the singular includes the plural and the plural includes the singular;'),
            ('a', 'a reference to an enactment includes that enactment as amended, or any enactment that replaces it; and'),
            ('a', 'the Schedules and Annexes form part of this Protocol.'),
            'If there is any inconsistency between a clause of this Protocol and a Schedule, the clause prevails.']


def use_blocks(s):
    M, v = s['M'], s['v']
    if v == 0:
        return [
            'A Party that receives Personal Information at or for the purposes of a %s may use that information '
            'only for the Permitted Purpose for which it was disclosed, and only in a manner consistent with the '
            'legal authority relied on for that disclosure.' % M,
            'No Party may enter Personal Information received at or for the purposes of a %s into its own '
            'business systems or records unless doing so is necessary to carry out a Permitted Purpose, including '
            'an action allocated to that Party at the %s.' % (M, M),
            'Where a Party records Personal Information in accordance with clause «use-of-information».2, it must '
            'also record:',
            ('a', 'the Party from which the information was received;'),
            ('a', 'the legal authority under which it was disclosed;'),
            ('a', 'the Permitted Purpose for which it was disclosed;'),
            ('a', 'any restriction on its use notified by the disclosing Party; and'),
            ('a', 'the date on which it was disclosed.'),
            'A Party that wishes to use Personal Information received at a %s for a purpose other than the '
            'Permitted Purpose for which it was disclosed must first obtain advice from its privacy or legal team, '
            'and must not proceed unless that use is itself permitted by law.' % M,
        ]
    if v == 1:
        return [
            'Personal Information disclosed at a %s is disclosed for the Permitted Purposes only. Each Party must '
            'ensure that its Representatives use that information only for the Permitted Purpose for which it was '
            'disclosed, including to carry out actions agreed at the %s.' % (M, M),
            'Representatives must not copy Personal Information received at a %s into their own Party\u2019s '
            'records or case management systems, except to the extent necessary to carry out an action agreed at '
            'the %s for a Permitted Purpose.' % (M, M),
            'Any record made under clause «use-of-information».2 must identify the source of the information, the '
            'legal authority and Permitted Purpose for which it was disclosed, any restriction on its further use, '
            'and the date of disclosure.',
            'A Party must not use Personal Information received at a %s for a purpose unrelated to the Permitted '
            'Purposes without first completing its own assessment of the purpose of, and legal authority for, that '
            'use in consultation with its privacy, legal or information sharing team.' % M,
        ]
    return [
        'Each Party must use Personal Information received at or for the purposes of a %s only for the Permitted '
        'Purpose for which it was disclosed to it. The use made of the information must match what the legal '
        'authority relied on for its disclosure allows.' % M,
        'Information received at a %s is not to be placed on a Party\u2019s files or entered into its business '
        'systems except where that is needed to carry out a Permitted Purpose, such as an action the Party agreed '
        'to take at the %s.' % (M, M),
        'Where a Party keeps information in reliance on clause «use-of-information».2, it must note with that '
        'information where it came from, the legal authority and Permitted Purpose for which it was disclosed, any '
        'restriction on its use, and the date it was disclosed.',
        'Before using information received at a %s for a purpose unrelated to the Permitted Purposes, a Party must '
        'assess whether that use is lawful and consult its privacy, legal or information sharing team.' % M,
    ]


def transparency_blocks(s):
    M, v = s['M'], s['v']
    if v == 0:
        b = [
            'Each Party must take such steps as are, in the circumstances, reasonable to ensure that the people and '
            'whānau discussed at a %s are aware that information about them may be shared with the other Parties, '
            'the purpose for which it is shared, and the Parties that may receive it.' % M,
            'Without limiting clause «transparency».1, each Party must ensure that its privacy statement describes, '
            'in general terms, its participation in the %s and the kinds of Personal Information it discloses and '
            'receives there.' % M,
            'Where the legal authority relied on for a disclosure requires a Party to consult or inform the person '
            'concerned, that Party must do so in accordance with that authority.',
            'A Party may decide not to inform a person of a particular disclosure where informing them would be '
            'likely to prejudice the safety of any person, the prevention, detection or investigation of offending, '
            'or the purpose of the %s. The Party must record the reason for that decision.' % M,
        ]
    elif v == 1:
        b = [
            'The Parties are committed to being open with the people whose information is disclosed at a %s about '
            'the fact of that disclosure, its purpose, and the Parties that receive the information.' % M,
            'Each Party must:',
            ('a', 'describe its participation in the %s, in general terms, in its privacy statement;' % M),
            ('a', 'when it first engages with a person who is likely to be discussed at a %s, tell that person, where '
                  'it is safe and practicable to do so, that information about them may be shared with the other '
                  'Parties and why; and' % M),
            ('a', 'comply with any requirement of the legal authority relied on to consult, inform or seek the views '
                  'of the person before or after a disclosure.'),
            'A Party need not tell a person about a disclosure where doing so would be likely to endanger the safety '
            'of any person or prejudice the maintenance of the law. Where a Party relies on this clause, it must '
            'record its reasons and keep the decision under review.',
        ]
    else:
        b = [
            'Each Party acknowledges that people should, to the greatest extent possible, know which agencies hold '
            'and use information about them, and for what purpose.',
            'Each Party must ensure that its privacy statement refers to its participation in the %s and describes '
            'the kinds of information it shares there.' % M,
            'Where the legal authority relied on for a disclosure requires the disclosing Party to consult or inform '
            'the person concerned, the disclosing Party must do so.',
            'Where a Party considers that telling a person about a disclosure would put any person at risk or '
            'prejudice the maintenance of the law, it may withhold that information, but must record why, and must '
            'continue to describe the sharing in general terms in its privacy statement.',
        ]
    return b + s.get('transp_extra', [])


def classification_blocks(s):
    M, C, v = s['M'], s['class'], s['v']
    if v == 1:
        b = ['The Parties have agreed that the security classification of Personal Information disclosed at or for '
             'the purposes of a %s is %s.' % (M, C),
             'Each Party must handle that information in accordance with the Protective Security Requirements for '
             'information of that classification, including when storing, emailing, printing and disposing of it.',
             'Each Party that is a non-government organisation confirms that it is entitled to receive information of '
             'that classification and that its Representatives understand how it must be handled.']
    else:
        b = ['All Personal Information disclosed at or for the purposes of a %s is classified %s under the New '
             'Zealand Government Security Classification System.' % (M, C),
             'Each Party that is a government agency must apply the handling requirements for that classification '
             'under the Protective Security Requirements. Each Party that is not a government agency acknowledges '
             'that it has been informed of those requirements and agrees to apply them.',
             'Every email that contains Personal Information must carry the %s marking in its subject line.' % C]
    return s.get('class_pre', []) + b


CONTROL_TEXT = {
    'training': [
        'each of its Representatives has completed that Party\u2019s privacy and information security training%s '
        'before attending a %s;',
        'Each Representative has completed their Party\u2019s privacy and information security training modules%s '
        'before attending a %s.',
        'Representatives have completed privacy and information security training%s before they attend a %s;'],
    'password-protection': [
        'all email attachments containing Personal Information are password protected, with the password provided '
        'to the recipient by a separate message or by telephone;',
        'All email attachments that contain Personal Information are password protected. The password is given to '
        'the recipient separately.',
        'every email attachment containing Personal Information is protected by a password, which is sent '
        'separately from the attachment;'],
    'approved-devices': [
        'its Representatives disclose and access Personal Information only from devices issued or approved by that '
        'Party.',
        'Personal Information is shared with other Parties only from devices issued or approved by the disclosing '
        'Party.',
        'Personal Information is disclosed and accessed only on devices approved by the Representative\u2019s own '
        'Party;'],
    'hardcopy-destruction': [
        'Representatives should not bring hard copies of Personal Information to a %s. Where hard copy material '
        'cannot be avoided, the Representative must keep it secure at all times, and all hard copy material must be '
        'securely destroyed at the end of the %s.',
        'Any hard copy of Personal Information used at a %s is collected by the Chair and securely destroyed at the '
        'end of that %s.',
        'hard copy material used at a %s is kept secure throughout and is shredded or placed in a secure '
        'destruction bin at the end of the %s;'],
    'hardcopy-distribution': [
        'No Representative may give hard copy material containing Personal Information to a Representative of '
        'another Party.',
        'Hard copies of Personal Information are not provided to Representatives of other Parties.',
        'no hard copy of Personal Information is handed to a Representative of another Party; and'],
    'virtual-meeting': [
        'Where a %s is held by audio-visual link, or a Representative attends by audio-visual link, no '
        'Representative may place Personal Information in the chat function, record the %s or any part of it, or '
        'take screenshots of information displayed during it. A Representative attending remotely must do so from '
        'a place where they cannot be overheard.',
        'Where a %s is held by audio-visual link, Representatives do not put Personal Information in the chat, do '
        'not record the %s, and do not take screenshots of information shared on screen.',
        'where a %s is held wholly or partly by audio-visual link, no Representative uses the chat function for '
        'Personal Information, records the %s, or takes screenshots.'],
}


def ctl(s, key):
    v, M = s['v'], s['M']
    if key in s.get('ctl_text', {}):
        return s['ctl_text'][key]
    t = CONTROL_TEXT[key][v]
    if key == 'training':
        return t % (s.get('training_sys', ''), M)
    if key in ('hardcopy-destruction', 'virtual-meeting'):
        return t % (M, M)
    return t


def safeguards_blocks(s):
    v = s['v']
    has = lambda k: k not in s.get('drop_controls', ())
    if v == 0:
        b = ['Each Party must ensure that:']
        subs = [k for k in ('training', 'password-protection', 'approved-devices') if has(k)]
        for k in subs:
            b.append(('a', ctl(s, k)))
        for k in ('hardcopy-destruction', 'hardcopy-distribution', 'virtual-meeting'):
            if has(k):
                b.append(ctl(s, k))
        b.append('The safeguards in this clause are minimum requirements. A Party may apply additional safeguards '
                 'consistent with its own policies, and must tell the Chair if it does so.')
        return b + s.get('ctl_extra', [])
    if v == 1:
        names = {'training': 'Training', 'hardcopy-destruction': 'Hard copies destroyed',
                 'password-protection': 'Email attachments', 'approved-devices': 'Approved devices',
                 'virtual-meeting': 'Meetings by audio-visual link', 'hardcopy-distribution': 'No hand-outs'}
        rows = [[names[k], ctl(s, k)] for k in ('training', 'hardcopy-destruction', 'password-protection',
                                                 'approved-devices', 'virtual-meeting', 'hardcopy-distribution')
                if has(k)]
        return ['Each Party must ensure that the following minimum safeguards are met for every disclosure made at '
                'or for the purposes of a %s:' % s['M'],
                ('table', ['Safeguard', 'Requirement'], rows, [4.0, 12.0])] + s.get('ctl_extra', []) + [
                'A Party may apply safeguards in addition to those in the table, but not fewer.']
    b = ['Each Party must ensure that its Representatives comply with the following minimum requirements:']
    for k in ('training', 'approved-devices', 'password-protection', 'hardcopy-destruction',
              'hardcopy-distribution', 'virtual-meeting'):
        if has(k):
            b.append(('a', ctl(s, k)))
    return b + s.get('ctl_extra', [])


def retention_blocks(s):
    M, v = s['M'], s['v']
    if v == 0:
        b = ['A Party may retain Personal Information received at or for the purposes of a %s only where it needs '
             'that information to carry out a Permitted Purpose, and only for as long as it is needed for that '
             'purpose.' % M,
             'Where a Party retains that information, it must store it in its approved business system and must then '
             'securely delete any copy of it received by email.',
             'Each Party must dispose of Personal Information it retains in accordance with the disposal authority '
             'that applies to it or, in the case of a Party that is not a public office, its own records policy.']
    elif v == 1:
        b = ['Personal Information received at a %s may be retained by a Party only if the Party is using it for a '
             'Permitted Purpose (for example, to complete an assessment or to deliver a service agreed at the %s), '
             'and then only for as long as that purpose requires.' % (M, M),
             'Information that a Party retains must be held in that Party\u2019s approved business system. Once it '
             'has been saved there, any copy received by email must be securely deleted.',
             'Each Party must apply its retention and disposal authority (or, for a Party that is not a public '
             'office, its own retention policy) to Personal Information it retains.']
    else:
        b = ['No Party may retain Personal Information received at a %s on the basis that it might be useful at '
             'some later time. A Party may retain that information only where it needs it to carry out a Permitted '
             'Purpose, and only for as long as that purpose requires.' % M,
             'Retained information must be saved to the Party\u2019s approved business system, after which any email '
             'copy must be securely deleted.',
             'Each Party must understand and apply the retention and disposal authority that governs the information '
             'it retains.']
    return s.get('ret_pre', []) + b + s.get('ret_extra', [])


def breach_blocks(s):
    M, v = s['M'], s['v']
    contact = s.get('breach_inline')
    if contact:
        b = ['A Representative who becomes aware of an actual or suspected Privacy Incident must immediately notify:',
             ('a', 'their own Party\u2019s privacy officer; and'),
             ('a', 'the Privacy Incident Contact.'),
             contact,
             'The Parties concerned will work together to contain the Privacy Incident, to assess the risk of harm to '
             'the people affected, and to decide what those people should be told, when, and by whom.',
             'Each Party remains responsible for deciding whether a Privacy Incident affecting information it holds is '
             'a notifiable privacy breach under Part 6 of the Privacy Act 2020 and, if so, for notifying the Privacy '
             'Commissioner and the affected people as that Part requires.']
    else:
        b = ['If a Representative becomes aware of, or suspects, a Privacy Incident, they must notify the following '
             'as soon as practicable, and in any event within 24 hours:',
             ('a', s.get('breach_ref', 'the Privacy Incident Contact identified in «cs»; and')),
             ('a', 'the privacy officer of their own Party.'),
             'The Privacy Incident Contact will coordinate the Parties\u2019 response, including containing the '
             'Privacy Incident, assessing the harm that may result, and agreeing with the affected Parties what the '
             'people concerned will be told, when and by whom.',
             'Each Party remains responsible for assessing whether a Privacy Incident involving information it holds '
             'is a notifiable privacy breach, and for notifying the Privacy Commissioner and the affected people where '
             'the Privacy Act 2020 requires.',
             'The Parties must cooperate with any investigation of a Privacy Incident by another Party or by the '
             'Privacy Commissioner.']
    return b + s.get('breach_extra', [])


def conflicts_blocks(s):
    M, v = s['M'], s['v']
    if v == 0:
        return [
            'A Representative who has, or may be perceived to have, a conflict of interest in relation to a person '
            'to be discussed at a %s (including because the Representative knows the person or their whānau) must '
            'declare the conflict to the Chair as soon as they become aware of it.' % M,
            'Where a conflict is declared, the Representative must:',
            ('a', 'refer any request for information about that person to another person within their Party; and'),
            ('a', 'leave the %s while that person is discussed, unless the Chair, having consulted the other '
                  'Representatives, decides that a lesser step will adequately manage the conflict.' % M),
            'The Chair must record each declaration, and how the conflict was managed, in the minutes of the %s. '
            'Where the Chair has a conflict, another Representative must chair that item.' % M]
    if v == 1:
        return [
            'Representatives must identify any actual, potential or perceived conflict of interest at the earliest '
            'opportunity, including where they have a personal or professional relationship with a person to be '
            'discussed or with that person\u2019s whānau.',
            'A Representative with a conflict of interest must:',
            ('a', 'tell the Chair as soon as they become aware of it;'),
            ('a', 'ask another person in their Party to deal with any request for information about the person '
                  'concerned; and'),
            ('a', 'leave the %s, or the part of it, in which information about that person is discussed.' % M),
            'The Chair must note the conflict and the steps taken to manage it in the record of the %s.' % M]
    return [
        'The Lead Agency and each Representative share responsibility for identifying conflicts of interest early '
        'and managing them appropriately.',
        'No Representative may take part in the discussion of a person in relation to whom they have an actual or '
        'perceived conflict of interest. The Representative must inform the Chair, refer any request for information '
        'about that person to a colleague in their Party, and withdraw while that person is discussed.',
        'Declared conflicts, and the steps taken to manage them, are recorded in the action log of the %s.' % M]


def governance_blocks(s):
    M, v = s['M'], s['v']
    if v == 0:
        return [
            'Each Party must appoint a Relationship Manager, identified in «cs», who is responsible for '
            'overseeing that Party\u2019s participation in the %s and its compliance with this Protocol. A '
            'Relationship Manager need not attend the %s but must understand its purpose, the Parties attending, and '
            'the information disclosed.' % (M, M),
            'The Relationship Managers must meet at least every six months to consider whether this Protocol is '
            'operating as intended, including whether there has been any drift in the purposes for which '
            'information is disclosed or used, and must report any issue to the Lead Agency.',
            'A Relationship Manager must support their Party\u2019s Representatives with any information sharing '
            'issue, including by liaising with the Party\u2019s privacy or legal team.',
            'Any dispute between the Parties about this Protocol must first be referred to the Relationship Managers '
            'and, if it is not resolved within 20 working days, to the signatories or their successors.']
    if v == 1:
        return [
            'Each Party must nominate a Relationship Manager (listed in «cs») to oversee the operation of this '
            'Protocol for that Party and to be the first point of contact for any problem that arises.',
            'The Relationship Managers must check in with their Party\u2019s Representatives regularly, and at least '
            'twice a year, to confirm that the Protocol is operating as intended and that disclosures remain within '
            'the Permitted Purposes.',
            'A Relationship Manager who identifies a problem with the operation of this Protocol must raise it with '
            'the Lead Agency\u2019s Relationship Manager, who will work with the other Parties to resolve it.']
    return [
        'Oversight of this Protocol rests with the Relationship Managers, one appointed by each Party and named in '
        '«cs».',
        'Relationship Managers are responsible for:',
        ('a', 'ensuring that their Party\u2019s Representatives are aware of, and understand, this Protocol before '
              'attending a %s;' % M),
        ('a', 'supporting their Representatives with information sharing questions, including by obtaining advice '
              'from their Party\u2019s privacy or legal team; and'),
        ('a', 'meeting with the other Relationship Managers at least every six months to check that the Protocol is '
              'working as intended and to address any scope creep.'),
        'Disputes about the operation of this Protocol are to be resolved by the Relationship Managers in the first '
        'instance and, failing agreement, escalated to the signatories.']


def review_blocks(s, period_sentence, owner_sentence=None):
    M = s['M']
    b = ['This Protocol commences on the date on which it has been signed by all of the Parties and continues '
         'until it is terminated by agreement of the Parties.',
         period_sentence]
    if owner_sentence:
        b.append(owner_sentence)
    b += ['Each review must include contact with every Party to confirm whether the disclosure described in this '
          'Protocol is still required, whether there has been any material change to the Permitted Purposes or to '
          'the use made of the information, and whether there are any concerns about the quality of information '
          'disclosed. The outcome must be signed off by the Parties and a copy of the updated Protocol provided to '
          'each of them.',
          'Any Party may ask the Lead Agency to review this Protocol at any time if an issue with the disclosure of '
          'information arises.',
          'Any amendment to this Protocol must be in writing and signed by all Parties, except that the Relationship '
          'Managers may agree in writing to update «cs».',
          'A Party may withdraw from this Protocol by giving 20 working days\u2019 written notice to the Lead Agency. '
          'Clauses «use-of-information», «retention-disposal» and «breach-management» continue to apply to '
          'information a withdrawing Party has received.']
    return b


def execution_blocks(s):
    if s['v'] == 1:
        return ['This Protocol may be signed in counterparts and by electronic signature. Together the signed '
                'counterparts constitute one instrument.',
                'Before signing, each signatory has obtained advice on this Protocol from a person in a senior '
                'privacy, legal or information role within their Party.',
                'Each Party must ensure that its Representatives have read and understood this Protocol before they '
                'attend a %s.' % s['M'],
                'The execution blocks of the Parties are set out in Annex A.']
    return ['This Protocol may be executed in any number of counterparts, including by electronic signature, each of '
            'which is an original and all of which together constitute one instrument.',
            'Each signatory confirms that, before signing, this Protocol has been checked by a person in a senior '
            'privacy, legal or information role within their Party.',
            'The Parties execute this Protocol as set out in Annex A.']


def contacts_schedule(s):
    rows = s['contacts']
    return (s.get('cs', 'Schedule 2') + ' \u2013 Key Contacts',
            [s.get('contacts_intro', 'The key contacts for the purposes of this Protocol are as follows. The '
                                     'Relationship Managers may update this Schedule by written agreement.'),
             ('table', ['Role', 'Name', 'Party', 'Email', 'Telephone'], rows, [3.2, 3.2, 3.4, 4.2, 2.4])])


def annex_a(s):
    return ('Annex A \u2013 Execution Blocks',
            [s.get('annex_intro', 'EXECUTED as an agreement.'),
             ('exec', s['parties'], s['exec_layout'])])


def assemble(s):
    """Return (sections, schedules) for spec s."""
    titles = dict(DEFAULT_TITLES)
    titles.update(s.get('titles', {}))
    gen = {
        'definitions': definitions_blocks,
        'use-of-information': use_blocks,
        'transparency': transparency_blocks,
        'security-classification': classification_blocks,
        'security-controls': safeguards_blocks,
        'retention-disposal': retention_blocks,
        'breach-management': breach_blocks,
        'conflicts-of-interest': conflicts_blocks,
        'relationship-management': governance_blocks,
        'approval': execution_blocks,
    }
    secs = [('attending-agencies', titles['attending-agencies'], parties_blocks(s)),
            ('background', titles['background'], background_blocks(s)),
            ('agree', s.get('agree', 'THE PARTIES AGREE as follows:'), None)]
    for key in ORDER:
        if key in s.get('drop', ()):
            continue
        if key in s['sec']:
            blocks = s['sec'][key]
        else:
            blocks = gen[key](s)
        secs.append((key, titles[key], blocks))
    schedules = s.get('schedules_fn', default_schedules)(s)
    return secs, schedules


def default_schedules(s):
    return [('Schedule 1 \u2013 Permitted Purposes and Legal Authority', s['schedule1']),
            contacts_schedule(s), annex_a(s)]


# ---------------------------------------------------------------------------
# meeting specs
# ---------------------------------------------------------------------------

def dt(y, mo, d, h=9):
    return datetime.datetime(y, mo, d, h, 0, 0)


def P(name, formal, short, signer, position, date, desc='', lead=False):
    return dict(name=name, formal=formal, short=short, signer=signer, position=position, date=date, desc=desc,
                lead=lead)


# -- 1. Whangārei Family Violence Safety Table ---------------------------------

def spec_fv():
    M = 'Meeting'
    s = dict(key='fv', M=M, v=0, mode='heading', meeting_title='Whangārei Family Violence Safety Table',
             cover_meeting='WHANGĀREI FAMILY VIOLENCE SAFETY TABLE\nMULTI-AGENCY MEETING',
             footer_title='Information Sharing Protocol \u2013 Whangārei Family Violence Safety Table',
             author='Legal Services, New Zealand Police', created=dt(2026, 1, 19), modified=dt(2026, 3, 17, 15),
             cls='IN-CONFIDENCE')
    s['cover_meeting'] = 'WHANGĀREI FAMILY VIOLENCE SAFETY TABLE MULTI-AGENCY MEETING'
    s['parties'] = [
        P('The Commissioner of Police', 'THE COMMISSIONER OF POLICE', 'New Zealand Police', 'Rāwiri Tamihana',
          'Superintendent, District Commander, Northland District', '3 March 2026', lead=True),
        P('The Chief Executive, Oranga Tamariki\u2014Ministry for Children',
          'THE CHIEF EXECUTIVE, ORANGA TAMARIKI\u2014MINISTRY FOR CHILDREN', 'Oranga Tamariki', 'Kiri Parata',
          'Regional Manager, Te Tai Tokerau', '5 March 2026'),
        P('Health New Zealand | Te Whatu Ora', 'HEALTH NEW ZEALAND | TE WHATU ORA', 'Health New Zealand',
          'Grant Whitfield', 'Group Manager, Mental Health and Addiction Services, Te Tai Tokerau', '9 March 2026'),
        P('The Chief Executive, Ara Poutama Aotearoa \u2013 Department of Corrections',
          'THE CHIEF EXECUTIVE, ARA POUTAMA AOTEAROA \u2013 DEPARTMENT OF CORRECTIONS', 'Corrections',
          'Losana Fifita', 'Regional Commissioner, Northern Region', '10 March 2026'),
        P('The Chief Executive, Ministry of Social Development', 'THE CHIEF EXECUTIVE, MINISTRY OF SOCIAL DEVELOPMENT',
          'MSD', 'Tom Haerewa', 'Regional Commissioner, Northland', '12 March 2026'),
        P('Te Whare Āwhina Wāhine o Whangārei Incorporated', 'TE WHARE ĀWHINA WĀHINE O WHANGĀREI INCORPORATED',
          'Te Whare Āwhina', 'Aroha Te Kani', 'Chief Executive', '16 March 2026',
          desc='an incorporated society that provides specialist family violence services'),
        P('Ngā Kaitiaki o te Whānau Trust', 'NGĀ KAITIAKI O TE WHĀNAU TRUST', 'Ngā Kaitiaki', 'Mere Tapsell',
          'Chairperson, Board of Trustees', '17 March 2026',
          desc='a kaupapa Māori provider of whānau violence prevention services'),
    ]
    s['lead_def'] = ('means New Zealand Police, being the attending agency that convenes the Meeting and is '
                     'responsible for developing and implementing this Protocol;')
    s['recitals'] = [
        'New Zealand Police convenes the Whangārei Family Violence Safety Table, at which Representatives of the '
        'Parties meet each working day to consider family violence episodes reported to Police in the Whangārei and '
        'Kaipara areas.',
        'To keep victims and their children safe, Representatives need to disclose Personal Information to one '
        'another about the people and whānau involved in those episodes.',
        'The Parties have entered into this Protocol to record the purposes for which Personal Information may be '
        'disclosed for the purposes of the Meeting, the legal authority on which each disclosure relies, and the '
        'controls that apply. This Protocol does not itself authorise any disclosure.']
    s['sec'] = {}
    s['sec']['meeting-purpose'] = [
        'The Meeting is a daily multi-agency meeting, convened by the Lead Agency, at which Representatives of the '
        'Parties jointly assess family violence episodes reported to New Zealand Police in the Whangārei and Kaipara '
        'areas and agree a coordinated response to each of them.',
        'The purpose of the Meeting is to increase the safety of victims of family violence, including children, by '
        'ensuring that each episode receives a timely, whānau-centred response informed by what each Party knows, '
        'and to support people who use violence to stop.',
        'The attending agencies at the Meeting are the Parties. New Zealand Police is the Lead Agency.',
        'Each Party must nominate one or more Representatives to attend the Meeting and must notify the Chair of any '
        'change to its Representatives. A Representative must hold a role that gives them access to the information '
        'their Party may need to disclose, and sufficient knowledge of the services their Party can provide.']
    s['purposes'] = [
        'to assess the risk of family violence to each victim, including any child, associated with an episode '
        'referred to the Meeting;',
        'to develop and agree a safety plan for each victim and their whānau, and to allocate to each Party the '
        'actions it will take under that plan; and',
        'to identify and coordinate services that will help a person who has used family violence to stop using it.']
    s['sec']['sharing-purpose'] = (
        ['Personal Information may be disclosed at or for the purposes of a Meeting only for one or more of the '
         'following purposes (each a **Permitted Purpose**):'] + [('a', p) for p in s['purposes']] +
        ['The legal authority on which each Permitted Purpose relies is set out in Schedule 1.',
         'Personal Information must not be disclosed at or for the purposes of a Meeting except for a Permitted '
         'Purpose.'])
    s['sec']['information-shared'] = [
        'Subject to clause «legal-authority», a Party may disclose the following Personal Information at or for the '
        'purposes of a Meeting, to the extent that it is relevant to a Permitted Purpose:',
        ('table', ['Party', 'Information'], [
            ['New Zealand Police', 'Details of the family violence episode referred to the Meeting; previous family '
             'violence episodes involving the same people; current protection orders and Police safety orders; '
             'relevant criminal history and firearms licensing information.'],
            ['Oranga Tamariki', 'Whether a child in the household is known to Oranga Tamariki, and the nature and '
             'status of any current involvement, assessment or plan.'],
            ['Health New Zealand', 'Health information (including maternity, mental health and addiction information) '
             'that is relevant to the risk of family violence or to the safety of a victim or child.'],
            ['Corrections', 'Whether a person is subject to a sentence, order or release conditions, any condition '
             'relevant to a victim\u2019s safety, and the contact details of the person\u2019s probation officer.'],
            ['MSD', 'Current address and contact details, and whether an application for emergency housing or '
             'hardship assistance has been made.'],
            ['Te Whare Āwhina', 'Whether the victim is engaged with the service, the outcome of any safety assessment '
             'completed with them, and their views about their safety.'],
            ['Ngā Kaitiaki', 'Whether the person or whānau is engaged with the service, and any whānau plan that is '
             'relevant to safety.']], [4.0, 12.0]),
        'Representatives must disclose only so much Personal Information as is necessary for the relevant Permitted '
        'Purpose. Information that is not relevant to the risk to, or safety of, the people discussed must not be '
        'disclosed.',
        'A Party disclosing information must tell the other Representatives of any limitation on that information '
        'known to it, including whether the information is unverified or out of date, or is subject to a statutory '
        'restriction on further disclosure.']
    s['sec']['legal-authority'] = [
        'This Protocol does not of itself authorise the disclosure of Personal Information. It records the legal '
        'authority on which the Parties rely, and cannot create or change that authority.',
        'Each disclosure at or for the purposes of a Meeting must be permitted by the enactment identified against '
        'the relevant Permitted Purpose in Schedule 1.',
        'Before disclosing Personal Information under section 20 of the Family Violence Act 2018, a Representative '
        'must be satisfied that the disclosure is to a family violence agency or a social services practitioner and '
        'is for a purpose set out in that section. Before disclosing under section 66C of the Oranga Tamariki Act '
        '1989, a Representative must be satisfied that the criteria in that section are met.',
        'Where a Representative is in doubt as to whether a disclosure is permitted, the Representative must not make '
        'the disclosure until they have obtained advice from their Party\u2019s privacy, legal or information '
        'sharing team.']
    s['sec']['method-of-sharing'] = [
        'Personal Information is disclosed for the purposes of a Meeting in the following ways only:',
        ('a', 'by the Lead Agency placing the list of episodes to be considered at the Meeting, with a summary of each, '
              'in the Meeting\u2019s secure workspace in the Family Safety System by 9.00 am on the day of the '
              'Meeting;'),
        ('a', 'by Representatives orally at the Meeting;'),
        ('a', 'by Representatives recording, in the Family Safety System, information relevant to a Permitted Purpose; '
              'and'),
        ('a', 'by email between Representatives after a Meeting, where that is necessary to carry out an action agreed '
              'at the Meeting.'),
        'Meetings are held in person at the Whangārei Police Station. Representatives may join by Microsoft Teams.',
        'Each Party must ensure that the means of disclosure used by its Representatives is approved for that use by '
        'that Party. Access to the Meeting\u2019s workspace in the Family Safety System is limited to Representatives '
        'and others with a legitimate need to see the information, and no Representative may share their access '
        'credentials.']
    s['class'] = 'IN-CONFIDENCE'
    s['training_sys'] = ', including the training required for use of the Family Safety System,'
    s['sec']['tikanga'] = [
        'The Parties acknowledge that much of the Personal Information disclosed at a Meeting will concern Māori '
        'individuals and whānau, and that such information is a taonga, to be handled in a way that upholds the mana '
        'of those individuals and whānau.',
        'Ngā Kaitiaki will advise the Meeting on tikanga relevant to the discussion of whānau, including the '
        'appropriate involvement of whānau in safety planning and the cultural supports available to them.',
        'Each Party must apply its own Māori data governance policies to information about Māori that it discloses '
        'or receives. The Parties will engage with Ngā Kaitiaki, and with their own Māori advisory teams, before any '
        'change is made to the way information about Māori is shared under this Protocol, recognising that it is not '
        'for the Crown Parties to determine what tikanga applies.']
    s['ret_extra'] = [
        'The Lead Agency is responsible for the Meeting\u2019s agendas, minutes and action logs. Minutes and action '
        'logs must record the actions agreed and the Party responsible for each, rather than a narrative of the '
        'information disclosed. The Lead Agency holds them in the Family Safety System and disposes of them in '
        'accordance with its disposal authority.']
    s['breach_inline'] = (
        'The Privacy Incident Contact for the Meeting is the Family Harm Coordinator, Northland District, New Zealand '
        'Police, who may be contacted at northland.familyharm@police.govt.nz or on 09 430 4544. These details are '
        'repeated in Schedule 2.')
    s['sec']['review'] = review_blocks(
        s, 'The Lead Agency must initiate a review of this Protocol every twelve (12) months from the date of the last '
           'signature to it.')
    s['schedule1'] = [
        'The legal authority relied on for each Permitted Purpose, and the matters of which a Representative must be '
        'satisfied before disclosing, are as follows.',
        ('table', ['Permitted Purpose', 'Legal authority', 'Matters to be satisfied'], [
            ['Clause «sharing-purpose».1(a): to assess the risk of family violence to each victim, including any child',
             'Family Violence Act 2018, section 20',
             'The recipient is a family violence agency or social services practitioner, and the disclosure may help '
             'the recipient to make or contribute to a family violence risk or needs assessment.'],
            ['Clause «sharing-purpose».1(b): to develop and agree a safety plan for each victim and their whānau',
             'Family Violence Act 2018, section 20; and, where the information concerns the well-being or safety of a '
             'child, Oranga Tamariki Act 1989, section 66C',
             'The disclosure may help the recipient to make or contribute to a decision or plan related to family '
             'violence, or to protect a victim. For section 66C, the recipient is a child welfare and protection '
             'agency or an independent person.'],
            ['Clause «sharing-purpose».1(c): to identify and coordinate services that will help a person who has used '
             'family violence to stop using it',
             'Family Violence Act 2018, section 20',
             'The disclosure may help the recipient to make or contribute to a decision or plan related to family '
             'violence.']], [5.0, 4.5, 6.5])]
    s['contacts'] = [
        ['Privacy Incident Contact', 'Detective Sergeant Hemi Walker (Family Harm Coordinator)', 'New Zealand Police',
         'northland.familyharm@police.govt.nz', '09 430 4544'],
        ['Chair', 'Senior Sergeant Jo Matthews', 'New Zealand Police', 'jo.matthews@police.govt.nz', '09 430 4510'],
        ['Relationship Manager', 'Inspector Carla Hume', 'New Zealand Police', 'carla.hume@police.govt.nz',
         '09 430 4502'],
        ['Relationship Manager', 'Whetu Kingi', 'Oranga Tamariki', 'whetu.kingi@ot.govt.nz', '09 470 3300'],
        ['Relationship Manager', 'Helen Brightwell', 'Health New Zealand', 'helen.brightwell@tewhatuora.govt.nz',
         '09 430 4101'],
        ['Relationship Manager', 'Ana Folau', 'Corrections', 'ana.folau@corrections.govt.nz', '09 470 2600'],
        ['Relationship Manager', 'Paul Dunstan', 'MSD', 'paul.dunstan@msd.govt.nz', '09 470 1900'],
        ['Relationship Manager', 'Moana Herewini', 'Te Whare Āwhina', 'moana@tewhareawhina.org.nz', '09 438 0770'],
        ['Relationship Manager', 'Kahu Rāwiri', 'Ngā Kaitiaki', 'kahu@ngakaitiaki.org.nz', '09 438 2215']]
    s['exec_layout'] = 'table2'
    s['cover_lines'] = ['Document reference: NZP-LEG-2026-0117', 'Version 1.0 \u2013 for execution', 'March 2026']
    return s


# -- 2. Kirikiriroa Youth Offending Multi-Agency Panel ---------------------------

def spec_youth():
    M = 'Panel'
    s = dict(key='youth', M=M, v=1, mode='bold', meeting_title='Kirikiriroa Youth Offending Multi-Agency Panel',
             cover_meeting='KIRIKIRIROA YOUTH OFFENDING MULTI-AGENCY PANEL',
             footer_title='Information Sharing Protocol \u2013 Kirikiriroa Youth Offending Multi-Agency Panel',
             author='Legal Services, Oranga Tamariki', created=dt(2025, 6, 2), modified=dt(2025, 8, 14, 16))
    s['titles'] = {'meeting-purpose': 'Purpose of the Panel', 'sharing-purpose': 'Purposes of disclosure',
                   'information-shared': 'Information to be disclosed', 'legal-authority': 'Legal authority',
                   'use-of-information': 'Use of Personal Information', 'transparency': 'Transparency',
                   'method-of-sharing': 'Method of disclosure', 'security-classification': 'Security classification',
                   'security-controls': 'Security requirements', 'tikanga': 'Tikanga Māori',
                   'retention-disposal': 'Retention and disposal', 'breach-management': 'Privacy breaches',
                   'conflicts-of-interest': 'Conflicts of interest',
                   'relationship-management': 'Relationship management', 'review': 'Review', 'approval': 'Signing'}
    s['parties'] = [
        P('The Chief Executive, Oranga Tamariki\u2014Ministry for Children',
          'THE CHIEF EXECUTIVE, ORANGA TAMARIKI\u2014MINISTRY FOR CHILDREN', 'Oranga Tamariki', 'Anahera Ruawai',
          'Regional Manager, Waikato', '4 August 2025', lead=True),
        P('The Commissioner of Police', 'THE COMMISSIONER OF POLICE', 'Police', 'Michael O\u2019Connor',
          'Superintendent, District Commander, Waikato District', '6 August 2025'),
        P('The Secretary for Education', 'THE SECRETARY FOR EDUCATION', 'Ministry of Education', 'Priya Nair',
          'Director of Education, Waikato', '11 August 2025'),
        P('Health New Zealand | Te Whatu Ora', 'HEALTH NEW ZEALAND | TE WHATU ORA', 'Health NZ', 'Deborah Smith',
          'Group Manager, Infant, Child and Adolescent Mental Health and Addiction Services, Waikato',
          '12 August 2025'),
        P('Te Rūnanga Hauora o Kirikiriroa Trust', 'TE RŪNANGA HAUORA O KIRIKIRIROA TRUST', 'Te Rūnanga Hauora',
          'Tama Pōtae', 'Tumu Whakarae (Chief Executive)', '14 August 2025',
          desc='a kaupapa Māori health and social services provider'),
    ]
    s['lead_in_parties'] = True
    s['lead_def'] = ('means Oranga Tamariki, the attending agency that convenes the Panel and is responsible for '
                     'developing and implementing this Protocol;')
    s['recitals'] = [
        'Oranga Tamariki convenes the Kirikiriroa Youth Offending Multi-Agency Panel, which meets fortnightly to plan '
        'early, coordinated responses for tamariki and rangatahi aged 10 to 17 who have come to the attention of '
        'Police for offending but are not the subject of a youth justice family group conference.',
        'An effective plan for each child or young person depends on the Parties sharing what they know about that '
        'child or young person, their needs and their whānau.',
        'This Protocol records how that information is to be shared and protected. It does not itself authorise any '
        'disclosure: each disclosure must be permitted by the legal authority identified for it in Schedule 1.']
    s['agree'] = 'IT IS AGREED as follows:'
    s['sec'] = {}
    s['sec']['meeting-purpose'] = [
        'The Panel meets fortnightly, and otherwise as the Chair determines, to consider tamariki and rangatahi aged '
        '10 to 17 who are referred to it by Police or by another Party after coming to notice for offending.',
        'The purpose of the Panel is to reduce further offending by tamariki and rangatahi, by understanding and '
        'addressing the needs that contribute to it through a single plan agreed between the Parties and the child '
        'or young person\u2019s whānau.',
        'The attending agencies are the Parties, and Oranga Tamariki is the Lead Agency. Other agencies may be '
        'invited to a Panel only for a particular item and only if they have first agreed in writing to comply with '
        'this Protocol.']
    s['purposes'] = [
        'to assess the wellbeing needs of each child or young person referred to the Panel, and the factors '
        'contributing to their offending;',
        'to agree an intervention plan that addresses those needs and reduces the likelihood of further offending;',
        'to support the child or young person to re-engage with education or training; and',
        'to monitor the progress of actions agreed under an intervention plan.']
    s['sec']['sharing-purpose'] = (
        ['The purposes for which Personal Information may be disclosed at or for the purposes of the Panel (the '
         '**Permitted Purposes**) are:'] + [('a', p) for p in s['purposes']] +
        ['Schedule 1 identifies the legal authority relied on for each Permitted Purpose.'])
    s['sec']['information-shared'] = [
        'The following categories of Personal Information may be disclosed, where relevant to a Permitted Purpose:',
        ('a', 'identifying and contact details of the child or young person and their parents, caregivers and whānau;'),
        ('a', 'the circumstances of the offending that led to the referral, and any previous contact with Police;'),
        ('a', 'involvement of Oranga Tamariki with the child or young person and their whānau, including current '
              'plans;'),
        ('a', 'enrolment, attendance, stand-down, suspension and exclusion information, and learning support needs;'),
        ('a', 'health information relevant to the child or young person\u2019s wellbeing, including mental health, '
              'alcohol and other drug use and neurodevelopmental needs; and'),
        ('a', 'services the child or young person and their whānau are receiving, or have received, from Te Rūnanga '
              'Hauora.'),
        'Representatives must share only the information that is relevant and necessary for the Permitted Purpose, '
        'and must identify any information that is unverified or may be out of date.']
    s['sec']['legal-authority'] = [
        'This Protocol does not authorise the disclosure of information, and nothing in it creates or changes any '
        'legal authority. The legal authority for each Permitted Purpose is stated in Schedule 1.',
        'A Representative disclosing under section 66C of the Oranga Tamariki Act 1989 must be satisfied that the '
        'recipient is a child welfare and protection agency or an independent person, and that the disclosure is for '
        'one of the purposes in section 66C(1). Representatives must also have regard to the principle in section '
        '66C(2) that the child or young person\u2019s wellbeing and best interests are the first and paramount '
        'consideration.',
        'Where a Permitted Purpose relies on the authorisation of the child or young person (or their parent or '
        'guardian), the referring Party must record that authorisation before the referral is considered.']
    s['transp_extra'] = [
        'Before a child or young person is discussed at the Panel, the referring Party must, where it is safe and '
        'practicable, explain to the child or young person and their whānau what the Panel is, what information may '
        'be shared and why, and must seek their views.']
    s['sec']['method-of-sharing'] = [
        'The Lead Agency circulates the agenda, listing the names and dates of birth of the children and young '
        'persons to be discussed, by secure email to Representatives no earlier than three working days before a '
        'Panel.',
        'Representatives share information orally at the Panel. Written information may be provided only by email to '
        'the Lead Agency, which attaches it to the intervention plan held in its case management system.',
        'The Panel meets at the Oranga Tamariki Kirikiriroa site office; a Representative may attend by Microsoft '
        'Teams with the Chair\u2019s agreement.',
        'Each Party must ensure that the method of disclosure its Representatives use is one approved for use by that '
        'Party.']
    s['class'] = 'SENSITIVE'
    s['class_pre'] = [
        'Although the minimum classification for personal information is IN-CONFIDENCE, the Parties have considered '
        'the age of the people discussed and the nature of the information, and have agreed a higher '
        'classification.']
    s['sec']['tikanga'] = [
        'Most of the tamariki and rangatahi referred to the Panel are expected to be Māori. The Parties recognise that '
        'information about them and their whānau is taonga, and that how it is shared and used affects their mana.',
        'Te Rūnanga Hauora will lead the Panel\u2019s engagement with whānau, and will advise on tikanga, including '
        'whakapapa-based connections and the involvement of hapū and iwi supports in intervention plans.',
        'The Parties will engage with their Māori advisory teams, and with Te Rūnanga Hauora, about any additional '
        'controls that should apply to information about Māori tamariki and rangatahi, and will record any agreed '
        'controls in a variation to this Protocol.']
    s['ret_extra'] = [
        'The Lead Agency holds the Panel agenda, minutes and action log in its case management system. Minutes record '
        'decisions and actions, not the detail of what each Party disclosed.']
    s['sec']['review'] = review_blocks(
        s, 'This Protocol must be reviewed at least once every 24 months. Oranga Tamariki, as the Lead Agency, is '
           'responsible for initiating each review.')
    s['schedule1'] = [
        ('table', ['Permitted Purpose', 'Legal authority'], [
            ['(a) to assess the wellbeing needs of each child or young person referred to the Panel, and the factors '
             'contributing to their offending',
             'Oranga Tamariki Act 1989, section 66C'],
            ['(b) to agree an intervention plan that addresses those needs and reduces the likelihood of further '
             'offending', 'Oranga Tamariki Act 1989, section 66C'],
            ['(c) to support the child or young person to re-engage with education or training',
             'Privacy Act 2020, section 22, IPP 11(1)(d) (disclosure authorised by the child or young person or, '
             'where appropriate, their parent or guardian)'],
            ['(d) to monitor the progress of actions agreed under an intervention plan',
             'Oranga Tamariki Act 1989, section 66C']], [8.0, 8.0]),
        'Health information disclosed by Health NZ or Te Rūnanga Hauora for purposes (a), (b) and (d) is disclosed '
        'in reliance on section 66C of the Oranga Tamariki Act 1989.']
    s['breach_ref'] = 'the Privacy Incident Contact named in Schedule 2; and'
    s['contacts'] = [
        ['Privacy Incident Contact', 'Wikitoria Hohaia, Senior Advisor Privacy', 'Oranga Tamariki', 'privacy@ot.govt.nz',
         '04 918 9100'],
        ['Chair', 'Ben Carswell, Practice Leader', 'Oranga Tamariki', 'ben.carswell@ot.govt.nz', '07 957 2300'],
        ['Relationship Manager', 'Ruth Paekau', 'Oranga Tamariki', 'ruth.paekau@ot.govt.nz', '07 957 2311'],
        ['Relationship Manager', 'Inspector Dave Lyons', 'Police', 'dave.lyons@police.govt.nz', '07 858 6200'],
        ['Relationship Manager', 'Kerry Anne Brown', 'Ministry of Education', 'kerry.brown@education.govt.nz',
         '07 850 8880'],
        ['Relationship Manager', 'Sunita Rao', 'Health NZ', 'sunita.rao@tewhatuora.govt.nz', '07 839 8899'],
        ['Relationship Manager', 'Hōhepa Tūhoe', 'Te Rūnanga Hauora', 'hohepa@terunangahauora.org.nz',
         '07 834 1101']]
    s['exec_layout'] = 'list'
    s['cover_lines'] = ['Final version for signature', 'August 2025']
    return s


# -- 3. Ōtara School Attendance Multi-Agency Meeting -------------------------------

def spec_school():
    M = 'Meeting'
    s = dict(key='school', M=M, v=0, mode='autonum', meeting_title='Ōtara School Attendance Multi-Agency Meeting',
             cover_meeting='ŌTARA SCHOOL ATTENDANCE MULTI-AGENCY MEETING',
             footer_title='Information Sharing Protocol \u2013 Ōtara School Attendance Multi-Agency Meeting',
             author='Legal Services, Ministry of Education', created=dt(2025, 11, 24), modified=dt(2026, 2, 20, 14),
             cs='Schedule 1')
    s['titles'] = {'sharing-purpose': 'Purposes for which information may be disclosed',
                   'information-shared': 'Categories of information', 'legal-authority': 'Legal basis for disclosure',
                   'use-of-information': 'Limits on use', 'transparency': 'Notification and openness',
                   'method-of-sharing': 'How information is disclosed', 'security-classification': 'Classification',
                   'security-controls': 'Minimum security controls', 'tikanga': 'Tikanga and Māori data',
                   'retention-disposal': 'Holding and disposal of information',
                   'breach-management': 'Breaches of privacy or security',
                   'conflicts-of-interest': 'Conflicts of interest', 'relationship-management': 'Oversight',
                   'review': 'Review of this Protocol', 'approval': 'Approval and execution'}
    s['parties'] = [
        P('The Secretary for Education', 'THE SECRETARY FOR EDUCATION', 'Ministry of Education', 'Sione Tupou',
          'Director of Education, Auckland', '9 February 2026', lead=True),
        P('The Chief Executive, Oranga Tamariki\u2014Ministry for Children',
          'THE CHIEF EXECUTIVE, ORANGA TAMARIKI\u2014MINISTRY FOR CHILDREN', 'Oranga Tamariki', 'Rebecca Lund',
          'Regional Manager, Counties Manukau', '11 February 2026'),
        P('The Chief Executive, Ministry of Social Development', 'THE CHIEF EXECUTIVE, MINISTRY OF SOCIAL DEVELOPMENT',
          'MSD', 'James Faleolo', 'Regional Commissioner, Counties Manukau', '13 February 2026'),
        P('Kāinga Ora \u2013 Homes and Communities', 'KĀINGA ORA \u2013 HOMES AND COMMUNITIES', 'Kāinga Ora',
          'Ngaire Walker', 'Regional Director, South Auckland', '18 February 2026'),
        P('Manukau Fanau Ora Trust', 'MANUKAU FANAU ORA TRUST', 'Fanau Ora Trust', 'Losaline Vaipulu',
          'General Manager', '20 February 2026',
          desc='a charitable trust contracted by the Ministry of Education to deliver attendance services in Ōtara'),
    ]
    s['lead_def'] = ('means the Ministry of Education, being the attending agency that convenes the Meeting and is '
                     'responsible for developing and implementing this Protocol;')
    s['recitals'] = [
        'The Ministry of Education convenes the Ōtara School Attendance Multi-Agency Meeting to help ākonga with '
        'chronic non-attendance return to regular schooling.',
        'The barriers that keep ākonga from school often lie outside the school, in the circumstances of the ākonga '
        'and their whānau, and can only be understood and addressed if the Parties share relevant information.',
        'The Parties wish to record the basis on which Personal Information will be disclosed, used and protected for '
        'the purposes of the Meeting. The Parties acknowledge that this Protocol does not itself authorise any '
        'disclosure of Personal Information.']
    s['sec'] = {}
    s['sec']['meeting-purpose'] = [
        'The Meeting is held monthly. It considers ākonga in years 1 to 10 enrolled at schools in Ōtara whose '
        'attendance has been below 70 per cent of half-days for a term or more, and who have been referred to the '
        'Meeting by the Attendance Service after the school and the Attendance Service have been unable to resolve '
        'the non-attendance.',
        'The purpose of the Meeting is to understand why each referred ākonga is not attending school and to agree '
        'the supports that will help them return to regular attendance.',
        'The attending agencies at the Meeting are the Parties. The Ministry of Education is the Lead Agency and '
        'provides the Chair.']
    s['purposes'] = [
        'to identify the barriers preventing each referred ākonga from attending school regularly, including barriers '
        'relating to the wellbeing of the ākonga or their whānau, such as housing, income or care arrangements; and',
        'to agree and coordinate the supports each Party will provide to the ākonga and their whānau to address '
        'those barriers.']
    s['sec']['sharing-purpose'] = (
        ['Personal Information may be disclosed at or for the purposes of a Meeting for the following purposes only '
         '(each a **Permitted Purpose**):'] + [('a', p) for p in s['purposes']])
    s['sec']['information-shared'] = [
        'The following categories of Personal Information may be disclosed, to the extent that they are relevant to a '
        'Permitted Purpose:',
        ('a', 'by the Ministry of Education: enrolment and attendance records, stand-downs and suspensions, and '
              'learning support needs;'),
        ('a', 'by Oranga Tamariki: whether the ākonga or a sibling is known to Oranga Tamariki, and the nature of any '
              'current involvement;'),
        ('a', 'by MSD: whether the household is receiving a main benefit or hardship assistance, and any related case '
              'management contact;'),
        ('a', 'by Kāinga Ora: whether the whānau is a Kāinga Ora tenant, and any pending transfer, overcrowding or '
              'tenancy issue that is relevant to attendance; and'),
        ('a', 'by the Fanau Ora Trust: the attendance case history, the views of the ākonga and their whānau, and any '
              'plan agreed with them.'),
        'No Party may disclose information about the offending history, health or immigration status of any member of '
        'the whānau at a Meeting.']
    s['sec']['legal-authority'] = [
        'This Protocol does not itself authorise the disclosure of Personal Information. The legal authority relied on '
        'for each Permitted Purpose is recorded in the following table:',
        ('table', ['Permitted Purpose', 'Legal authority', 'Notes'], [
            ['Clause «sharing-purpose».1(a) \u2013 to identify the barriers preventing each referred ākonga from '
             'attending school regularly',
             'Oranga Tamariki Act 1989, section 66C',
             'The disclosing and receiving Parties are child welfare and protection agencies, or the Fanau Ora Trust '
             'as an independent person within the meaning of section 2(1) of that Act.'],
            ['Clause «sharing-purpose».1(b) \u2013 to agree and coordinate the supports each Party will provide to the '
             'ākonga and their whānau',
             'Privacy Act 2020, section 22, IPP 11(1)(d); and Oranga Tamariki Act 1989, section 66C where the '
             'support concerns the well-being or safety of the ākonga',
             'Written authorisation of the parent or caregiver (and of the ākonga, where they are of an age to give '
             'it) is obtained by the Attendance Service on the agreed referral form.']], [5.0, 5.0, 6.0]),
        'Where the authorisation of a parent or caregiver is relied on, the Attendance Service must obtain it in '
        'writing and must explain to the parent or caregiver that they may withdraw it at any time.',
        'A Representative who is uncertain whether a disclosure is permitted must seek advice from their Party\u2019s '
        'privacy or legal team before making it.']
    s['sec']['method-of-sharing'] = [
        'The Attendance Service prepares a referral summary for each ākonga and sends it to the Lead Agency by secure '
        'email. The Lead Agency compiles the agenda and sends it to Representatives, as a password-protected '
        'attachment, at least two working days before each Meeting.',
        'Representatives discuss each ākonga orally at the Meeting, which is held at the Ministry of Education\u2019s '
        'Manukau office or by Microsoft Teams.',
        'After each Meeting the Lead Agency sends each Party only the actions allocated to that Party.',
        'Each Party must ensure that the means of disclosure used by its Representatives is approved for that use by '
        'that Party.']
    s['class'] = 'IN-CONFIDENCE'
    s['sec']['tikanga'] = [
        'The Parties acknowledge that many ākonga discussed at the Meeting will be Māori or Pacific, and that '
        'information about them and their whānau must be handled with respect for their culture, identity and mana.',
        'Where an ākonga is Māori, the Parties will offer the whānau the involvement of a Māori provider of their '
        'choice and will be guided by that provider, and by their own Māori advisory teams, on the tikanga relevant '
        'to engagement with the whānau. Information about whakapapa or iwi affiliation must not be recorded unless '
        'the whānau has asked for it to be.',
        'The Lead Agency will seek advice from its Māori advisory team on the tikanga that should apply to information '
        'about Māori ākonga and will bring that advice to the Parties for agreement.']
    s['ret_extra'] = [
        'The Lead Agency holds the agendas, minutes and action logs of the Meeting in its document management system '
        'and disposes of them under its disposal authority.']
    s['breach_inline'] = (
        'The Privacy Incident Contact for the Meeting is the Privacy Officer, Ministry of Education, who may be '
        'contacted at privacy.officer@education.govt.nz or on 04 463 8000.')
    s['sec']['review'] = review_blocks(
        s, 'This Protocol is to be reviewed every twelve (12) months from the date of the last signature. The Ministry '
           'of Education, as Lead Agency, must initiate each review.')
    s['contacts'] = [
        ['Chair', 'Mele Taufa, Senior Advisor', 'Ministry of Education', 'mele.taufa@education.govt.nz',
         '09 632 9400'],
        ['Relationship Manager', 'Craig Thomson', 'Ministry of Education', 'craig.thomson@education.govt.nz',
         '09 632 9410'],
        ['Relationship Manager', 'Leilani Sapolu', 'Oranga Tamariki', 'leilani.sapolu@ot.govt.nz', '09 272 7400'],
        ['Relationship Manager', 'Aaron Smith', 'MSD', 'aaron.smith017@msd.govt.nz', '09 255 1300'],
        ['Relationship Manager', 'Denise Ruri', 'Kāinga Ora', 'denise.ruri@kaingaora.govt.nz', '09 261 4800'],
        ['Relationship Manager', 'Tevita Lolo', 'Fanau Ora Trust', 'tevita@fanauora.org.nz', '09 274 1155']]
    s['schedules_fn'] = lambda s: [contacts_schedule(s), annex_a(s)]
    s['exec_layout'] = 'labels'
    s['annex_intro'] = 'SIGNED by the Parties on the dates set out below.'
    s['cover_lines'] = ['Ministry of Education reference: MOE-ISP-2026-004', 'Final', 'February 2026']
    return s


# -- 4. Ōtautahi Elder Abuse Response Multi-Agency Meeting ----------------------------

def spec_elder():
    M = 'Meeting'
    s = dict(key='elder', M=M, v=2, mode='mixed', bold_keys=('tikanga', 'conflicts-of-interest'),
             meeting_title='Ōtautahi Elder Abuse Response Multi-Agency Meeting',
             cover_meeting='ŌTAUTAHI ELDER ABUSE RESPONSE MULTI-AGENCY MEETING',
             footer_title='Information Sharing Protocol \u2013 Ōtautahi Elder Abuse Response Meeting',
             author='Legal Services, Health New Zealand', created=dt(2025, 4, 7), modified=dt(2025, 6, 30, 12))
    s['titles'] = {'legal-authority': 'Legal authority for disclosure', 'transparency': 'Openness and notification',
                   'conflicts-of-interest': 'Conflicts of interest'}
    s['parties'] = [
        P('Health New Zealand | Te Whatu Ora', 'TE WHATU ORA \u2013 HEALTH NEW ZEALAND', 'Health NZ', 'Elizabeth Chen',
          'Group Manager, Health of Older People, Waitaha Canterbury', '16 June 2025', lead=True),
        P('The Commissioner of Police', 'THE COMMISSIONER OF POLICE', 'Police', 'Rachel Dunn',
          'Superintendent, District Commander, Canterbury District', '19 June 2025'),
        P('The Chief Executive, Ministry of Social Development', 'THE CHIEF EXECUTIVE, MINISTRY OF SOCIAL DEVELOPMENT',
          'MSD', 'Hamish Tait', 'Regional Commissioner, Canterbury', '23 June 2025'),
        P('Waitaha Older Persons Safety Service Incorporated',
          'WAITAHA OLDER PERSONS SAFETY SERVICE INCORPORATED', 'Older Persons Safety Service', 'Judith Armstrong',
          'Service Manager', '26 June 2025',
          desc='the provider of elder abuse response services in Christchurch'),
        P('Te Rōpū Kaumātua o Waitaha Trust', 'TE RŌPŪ KAUMĀTUA O WAITAHA TRUST', 'Te Rōpū Kaumātua', 'Hori Manahi',
          'Kaiwhakahaere Matua (General Manager)', '30 June 2025',
          desc='a kaupapa Māori provider of services to kaumātua and their whānau'),
    ]
    s['health_exec_alias'] = True
    s['lead_def'] = ('means Health NZ, the attending agency that convenes the Meeting and is responsible for '
                     'developing and implementing this Protocol;')
    s['recitals'] = [
        'Health NZ convenes a monthly multi-agency meeting in Ōtautahi Christchurch to respond to situations in which '
        'an older person is suspected of being abused, neglected or financially exploited.',
        'Each Party holds part of the picture of an older person\u2019s circumstances. A safe and effective response '
        'requires the Parties to share relevant Personal Information at and for the purposes of the Meeting.',
        'This Protocol sets out what the Parties have agreed about that sharing. It is not a source of legal authority '
        'for any disclosure.']
    s['sec'] = {}
    s['sec']['meeting-purpose'] = [
        'The Meeting is held monthly and considers older people (aged 65 or over, or 55 or over for Māori and Pacific '
        'people) living in Ōtautahi Christchurch who are referred to it by a Party because abuse, neglect or financial '
        'exploitation of the older person is suspected and a coordinated response is required.',
        'The purpose of the Meeting is to keep those older people safe, and to uphold their independence and dignity, '
        'by agreeing a coordinated response between the Parties that reflects the older person\u2019s wishes.',
        'The Parties are the attending agencies at the Meeting. Health NZ is the Lead Agency.']
    s['purposes'] = [
        'to assess whether an older person referred to the Meeting is at risk of abuse, neglect or financial '
        'exploitation, and the level of that risk;',
        'to plan and coordinate the actions of each Party to reduce that risk, including actions to safeguard the '
        'older person\u2019s finances and living arrangements; and',
        'to refer the older person, with their agreement where practicable, to health, social and cultural support '
        'services.']
    s['sec']['sharing-purpose'] = (
        ['The Permitted Purposes are:'] + [('a', p) for p in s['purposes']] +
        ['The legal authority relied on for each Permitted Purpose is set out in Schedule 1.'])
    s['sec']['information-shared'] = [
        'Subject to clause «legal-authority», the Parties may disclose the following kinds of Personal Information '
        'where it is relevant to a Permitted Purpose:',
        ('a', 'the older person\u2019s name, date of birth, address and living arrangements, and the name and '
              'relationship of the person suspected of the abuse or neglect;'),
        ('a', 'the nature of the concern, how it came to notice and what has already been done about it;'),
        ('a', 'health information about the older person, including their cognitive capacity and any enduring power '
              'of attorney that has been activated;'),
        ('a', 'Police information about family violence episodes, complaints or investigations involving the older '
              'person or the person suspected of the abuse;'),
        ('a', 'information held by MSD about the older person\u2019s income, including any change of payee or bank '
              'account, where relevant to suspected financial exploitation; and'),
        ('a', 'the views of the older person and their whānau, and the services they are receiving from the Older '
              'Persons Safety Service or Te Rōpū Kaumātua.'),
        'The older person\u2019s wishes must be sought and recorded before the Meeting wherever that is practicable and '
        'safe. Information must be limited to what is needed for the Permitted Purpose.']
    s['sec']['legal-authority'] = [
        'This Protocol does not authorise any Party to disclose Personal Information. Every disclosure must be '
        'permitted by the enactment identified for the relevant Permitted Purpose in Schedule 1.',
        'Elder abuse by a person in a family relationship or close personal relationship with the older person '
        '(including a carer) is family violence for the purposes of the Family Violence Act 2018. In those cases '
        'Representatives may rely on section 20 of that Act where its criteria are met.',
        'Where a disclosure relies on the existence of a serious threat, the Representative must be satisfied, and '
        'must record, that the disclosure is necessary to prevent or lessen a serious threat to the life or health of '
        'the older person or another person.']
    s['transp_extra'] = [
        'Where an older person lacks capacity, the disclosing Party must, where appropriate, inform their welfare '
        'guardian or attorney, unless that person is suspected of the abuse.']
    s['sec']['method-of-sharing'] = [
        'A Party wishing to refer an older person to the Meeting sends a referral to the Lead Agency by secure email. '
        'The Lead Agency circulates the agenda to Representatives by secure email three working days before the '
        'Meeting.',
        'Information is otherwise disclosed orally at the Meeting, which is held at Burwood Hospital with the option '
        'of attendance by Microsoft Teams, and by email between Representatives after the Meeting to carry out '
        'agreed actions.',
        'Each Party must use only means of disclosure approved by it and appropriate to the classification in clause '
        '«security-classification».']
    s['class'] = 'IN-CONFIDENCE'
    s['sec']['tikanga'] = [
        'The Parties recognise kaumātua as holders of mātauranga and as taonga of their whānau, hapū and iwi. '
        'Information about kaumātua is to be handled in a way that respects their mana and that of their whānau.',
        'Where the older person is Māori, Te Rōpū Kaumātua will be invited to advise on how the older person and their '
        'whānau should be engaged, including whether whānau hui are appropriate, and the Parties will follow that '
        'advice so far as it is consistent with the older person\u2019s safety and wishes.',
        'Each Party will apply its own Māori data governance approach and will engage its Māori advisory team on any '
        'proposed change to this clause.']
    s['ret_extra'] = [
        'The Lead Agency keeps the Meeting\u2019s agendas, minutes and action logs in its clinical records system, '
        'recording decisions and actions rather than the detail of what was disclosed.']
    s['sec']['review'] = review_blocks(
        s, 'This Protocol must be reviewed at intervals not exceeding eighteen (18) months from the date of the last '
           'signature. Health NZ, as Lead Agency, must initiate each review.')
    s['schedule1'] = [
        ('table', ['Permitted Purpose', 'Legal authority', 'Notes'], [
            ['Permitted Purposes (a) and (b): to assess whether an older person is at risk of abuse, neglect or '
             'financial exploitation; and to plan and coordinate each Party\u2019s actions to reduce that risk',
             'Family Violence Act 2018, section 20, where the suspected abuse is family violence; otherwise Privacy Act '
             '2020, IPP 11(1)(f), and, for health information, Health Information Privacy Code 2020, rule 11(2)(d)',
             'Section 20: the recipient is a family violence agency or social services practitioner. IPP 11(1)(f) and '
             'rule 11(2)(d): the disclosure is necessary to prevent or lessen a serious threat.'],
            ['Permitted Purpose (c): to refer the older person to health, social and cultural support services',
             'Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)',
             'The older person (or their attorney under an activated enduring power of attorney, where the attorney is '
             'not suspected of the abuse) has authorised the disclosure.']], [5.5, 5.5, 5.0])]
    s['contacts'] = [
        ['Privacy Incident Contact', 'Fiona Blackwood, Privacy Officer', 'Health NZ', 'privacy.waitaha@tewhatuora.govt.nz',
         '03 364 0640'],
        ['Chair', 'Dr Sam Ngata, Geriatrician', 'Health NZ', 'sam.ngata@tewhatuora.govt.nz', '03 383 6800'],
        ['Relationship Manager', 'Lucy Greenwood', 'Health NZ', 'lucy.greenwood@tewhatuora.govt.nz', '03 383 6810'],
        ['Relationship Manager', 'Senior Sergeant Ian Kerr', 'Police', 'ian.kerr@police.govt.nz', '03 363 7400'],
        ['Relationship Manager', 'Melissa Ward', 'MSD', 'melissa.ward@msd.govt.nz', '03 378 7700'],
        ['Relationship Manager', 'Judith Armstrong', 'Older Persons Safety Service', 'judith@opss.org.nz',
         '03 366 0900'],
        ['Relationship Manager', 'Roimata Tikao', 'Te Rōpū Kaumātua', 'roimata@ropukaumatua.org.nz', '03 389 4411']]
    s['exec_layout'] = 'table2'
    s['cover_lines'] = ['Version 1.0', 'June 2025']
    return s


# -- 5. Manawatū Reintegration Multi-Agency Meeting -------------------------------------

def spec_reint():
    M = 'Meeting'
    s = dict(key='reint', M=M, v=1, mode='boldcaps', meeting_title='Manawatū Reintegration Multi-Agency Meeting',
             cover_meeting='MANAWATŪ REINTEGRATION MULTI-AGENCY MEETING',
             footer_title='Information Sharing Protocol \u2013 Manawatū Reintegration Multi-Agency Meeting',
             author='Legal Services, Ara Poutama Aotearoa', created=dt(2025, 8, 4), modified=dt(2025, 10, 20, 11))
    s['titles'] = {'security-classification': 'Security classification', 'review': 'Duration and review'}
    s['parties'] = [
        P('The Chief Executive, Ara Poutama Aotearoa \u2013 Department of Corrections',
          'THE CHIEF EXECUTIVE, ARA POUTAMA AOTEAROA \u2013 DEPARTMENT OF CORRECTIONS', 'Corrections', 'Paora Hēnare',
          'Regional Commissioner, Central Region', '6 October 2025', lead=True),
        P('The Chief Executive, Ministry of Social Development', 'THE CHIEF EXECUTIVE, MINISTRY OF SOCIAL DEVELOPMENT',
          'MSD', 'Fiona Gallagher', 'Regional Commissioner, Central', '8 October 2025'),
        P('Kāinga Ora \u2013 Homes and Communities', 'KĀINGA ORA \u2013 HOMES AND COMMUNITIES', 'Kāinga Ora',
          'Simon Brake', 'Regional Director, Central', '13 October 2025'),
        P('Health New Zealand | Te Whatu Ora', 'HEALTH NEW ZEALAND | TE WHATU ORA', 'Health NZ', 'Aditi Sharma',
          'Group Manager, Mental Health and Addiction, MidCentral', '15 October 2025'),
        P('Te Tōtara Whakaora Trust', 'TE TŌTARA WHAKAORA TRUST', 'Te Tōtara', 'Wiremu Te Huia', 'Chief Executive',
          '20 October 2025', desc='a kaupapa Māori reintegration and supported accommodation provider'),
    ]
    s['lead_in_parties'] = True
    s['lead_def'] = ('means Corrections, being the attending agency that convenes the Meeting and is responsible for '
                     'developing and implementing this Protocol;')
    s['pp_def'] = 'means a purpose set out in column 2 of Schedule 1;'
    s['recitals'] = [
        'Corrections convenes the Manawatū Reintegration Multi-Agency Meeting to plan the release of people from '
        'Manawatū Prison who will live in the Manawatū or Whanganui areas and who have high reintegration needs.',
        'People released from prison without accommodation, income or health support in place are at greater risk of '
        'harm and of reoffending. Coordinated planning requires the Parties to share Personal Information.',
        'The Parties record in this Protocol how that information is to be disclosed, used, protected and disposed '
        'of. This Protocol does not itself authorise any disclosure.']
    s['sec'] = {}
    s['sec']['meeting-purpose'] = [
        'The Meeting is held fortnightly and considers people who are due to be released from Manawatū Prison within '
        'the following eight weeks, whose reintegration needs have been assessed by Corrections as high, and who have '
        'agreed to be referred.',
        'The purpose of the Meeting is to ensure that each person has safe accommodation, an income, and the health '
        'and cultural support they need in place on the day they are released, and that any risk to the safety of '
        'others arising from their release is managed.',
        'The attending agencies at the Meeting are the Parties. Corrections is the Lead Agency.']
    s['sec']['sharing-purpose'] = [
        'The purposes for which Personal Information may be disclosed at or for the purposes of a Meeting are set out '
        'in column 2 of Schedule 1, against the legal authority relied on for each of them (each a **Permitted '
        'Purpose**).',
        'No disclosure may be made at or for the purposes of a Meeting except for a Permitted Purpose.']
    s['sec']['information-shared'] = [
        'The Parties may disclose the following Personal Information where it is relevant to a Permitted Purpose:',
        ('table', ['Party', 'Information'], [
            ['Corrections', 'Name, date of birth and expected release date; release conditions and the address '
             'proposed for release; reintegration needs assessment; any identified victim safety concerns relevant '
             'to where the person may live.'],
            ['MSD', 'Whether the person has applied for a benefit or a steps-to-freedom grant, the status of those '
             'applications, and any housing register entry.'],
            ['Kāinga Ora', 'Availability and suitability of public or transitional housing, and any prior tenancy '
             'history relevant to a placement.'],
            ['Health NZ', 'Current mental health and addiction treatment needs and arrangements for continuity of '
             'care after release.'],
            ['Te Tōtara', 'Availability of supported accommodation and kaupapa Māori reintegration support, and the '
             'person\u2019s engagement with that support.']], [3.5, 12.5]),
        'Each Party must limit the information it discloses to what is necessary for the Permitted Purpose concerned.']
    s['sec']['legal-authority'] = [
        'The Parties acknowledge that this Protocol does not of itself authorise the disclosure of Personal '
        'Information. Each disclosure must be permitted by the legal authority set out against the relevant Permitted '
        'Purpose in column 3 of Schedule 1.',
        'For items 1 and 2 of Schedule 1, Corrections must obtain the written authorisation of the person on its '
        'reintegration consent form before referring them to the Meeting, and must tell the Chair if the '
        'authorisation is withdrawn.',
        'For item 3 of Schedule 1, a Representative must be satisfied, on reasonable grounds, that the disclosure is '
        'necessary to prevent or lessen a serious threat, and must record the basis for that belief.']
    s['transp_extra'] = [
        'The person\u2019s Corrections case manager will explain the Meeting to the person before seeking their '
        'authorisation, including which Parties attend and what each may disclose.']
    s['sec']['method-of-sharing'] = [
        'Corrections sends the referral pack for each person to Representatives by SEEMail five working days before the '
        'Meeting.',
        'The Meeting is held at the Palmerston North Community Corrections site, and Representatives may attend by '
        'Microsoft Teams.',
        'After the Meeting, Representatives exchange by email only the information needed to complete the actions '
        'agreed at the Meeting.',
        'Each Party must ensure that every means of disclosure used by its Representatives is one approved for that '
        'use by that Party.']
    s['class'] = 'IN-CONFIDENCE'
    s['sec']['tikanga'] = [
        'The Parties acknowledge that Māori are over-represented among the people released from prison, and that '
        'information about Māori and their whānau is taonga.',
        'Te Tōtara will advise the Meeting on tikanga relevant to a person\u2019s return to their whānau, hapū and iwi, '
        'including whakawhanaungatanga with those who will support them after release, and on how information about '
        'their whakapapa and whānau connections should be handled.',
        'Each Party will engage with its own Māori advisory team on the application of this clause and will apply its '
        'Māori data governance policies to information it discloses or receives.']
    s['ret_extra'] = [
        'Corrections, as Lead Agency, holds the Meeting\u2019s agendas, minutes and action logs in its offender '
        'management system and disposes of them under its disposal authority.']
    s['breach_inline'] = (
        'The Privacy Incident Contact for the Meeting is the Principal Adviser Privacy, Ara Poutama Aotearoa \u2013 '
        'Department of Corrections, who can be contacted at privacy@corrections.govt.nz.')
    s['sec']['review'] = review_blocks(
        s, 'This Protocol will be reviewed every two years from the date on which it is signed by the last Party. '
           'Corrections is responsible for initiating the review.')
    s['schedule1'] = [
        ('table', ['Item', 'Permitted Purpose', 'Legal authority', 'Notes'], [
            ['1', 'To identify the accommodation, income, health and cultural support needs of a person who is to be '
                  'released from Manawatū Prison to the Manawatū or Whanganui areas',
             'Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)',
             'Written authorisation obtained by Corrections on the reintegration consent form.'],
            ['2', 'To arrange accommodation, income support and health services so that they are in place on the day '
                  'of the person\u2019s release',
             'Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)',
             'As for item 1.'],
            ['3', 'To manage any serious risk to the safety of the public, including any identified victim, arising '
                  'from the person\u2019s release',
             'Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)',
             'The disclosure must be necessary to prevent or lessen a serious threat to public safety or to the life '
             'or health of an individual.']], [1.2, 6.3, 4.5, 4.0])]
    s['contacts'] = [
        ['Chair', 'Jessica Moore, Principal Case Manager', 'Corrections', 'jessica.moore@corrections.govt.nz',
         '06 350 9200'],
        ['Relationship Manager', 'Kane Whaanga', 'Corrections', 'kane.whaanga@corrections.govt.nz', '06 350 9210'],
        ['Relationship Manager', 'Linda Hoskins', 'MSD', 'linda.hoskins@msd.govt.nz', '06 351 2600'],
        ['Relationship Manager', 'Raj Patel', 'Kāinga Ora', 'raj.patel@kaingaora.govt.nz', '06 357 4100'],
        ['Relationship Manager', 'Gemma Stroud', 'Health NZ', 'gemma.stroud@tewhatuora.govt.nz', '06 356 9169'],
        ['Relationship Manager', 'Hinemoa Paki', 'Te Tōtara', 'hinemoa@tetotara.org.nz', '06 355 0321']]
    s['exec_layout'] = 'list'
    s['cover_lines'] = ['Reference: C-LEG/ISP/25/031', 'October 2025']
    return s


# -- 6. Heretaunga Mental Health and Addiction Crisis Multi-Agency Meeting ----------------

def spec_mh():
    M = 'Meeting'
    s = dict(key='mh', M=M, v=2, mode='heading',
             meeting_title='Heretaunga Mental Health and Addiction Crisis Multi-Agency Meeting',
             cover_meeting='HERETAUNGA MENTAL HEALTH AND ADDICTION CRISIS MULTI-AGENCY MEETING',
             footer_title='Information Sharing Protocol \u2013 Heretaunga Crisis Multi-Agency Meeting',
             author='Legal Services, Health New Zealand', created=dt(2025, 11, 3), modified=dt(2026, 2, 12, 10))
    s['titles'] = {'sharing-purpose': 'Purposes of sharing', 'information-shared': 'Information to be shared',
                   'legal-authority': 'Legal authority to share', 'use-of-information': 'Use of information',
                   'transparency': 'Transparency and notification', 'method-of-sharing': 'Method of sharing',
                   'security-classification': 'Security classification', 'security-controls': 'Security controls',
                   'tikanga': 'Tikanga considerations', 'retention-disposal': 'Retention and disposal',
                   'breach-management': 'Privacy and security breaches',
                   'conflicts-of-interest': 'Conflicts of interest',
                   'relationship-management': 'Relationship management and oversight', 'review': 'Review',
                   'approval': 'Approval'}
    s['parties'] = [
        P('Health New Zealand | Te Whatu Ora', 'HEALTH NEW ZEALAND | TE WHATU ORA', 'Health New Zealand',
          'Sam Whitcombe', 'Group Manager, Mental Health and Addiction Services, Te Matau a Māui Hawke\u2019s Bay',
          '26 January 2026', lead=True),
        P('The Commissioner of Police', 'THE COMMISSIONER OF POLICE', 'Police', 'Tania Kura',
          'Superintendent, District Commander, Eastern District', '29 January 2026'),
        P('The Chief Executive, Ministry of Social Development', 'THE CHIEF EXECUTIVE, MINISTRY OF SOCIAL DEVELOPMENT',
          'MSD', 'Craig Robertson', 'Regional Commissioner, East Coast', '3 February 2026'),
        P('Kāinga Ora \u2013 Homes and Communities', 'KĀINGA ORA \u2013 HOMES AND COMMUNITIES', 'Kāinga Ora',
          'Lisa Moana', 'Regional Director, East Coast', '6 February 2026'),
        P('Heretaunga Peer Support Trust', 'HERETAUNGA PEER SUPPORT TRUST', 'Peer Support Trust', 'Nadia Pohatu',
          'Chief Executive', '10 February 2026', desc='a provider of mental health and addiction peer support'),
        P('Te Whare Oranga o Heretaunga Trust', 'TE WHARE ORANGA O HERETAUNGA TRUST', 'Te Whare Oranga',
          'Piripi Hāpuku', 'Kaiwhakahaere Matua', '12 February 2026',
          desc='a kaupapa Māori health and whānau ora provider'),
    ]
    s['lead_def'] = ('means Health New Zealand, the attending agency that convenes the Meeting and is responsible for '
                     'developing and implementing this Protocol;')
    s['recitals'] = [
        'Health New Zealand convenes the Heretaunga Mental Health and Addiction Crisis Multi-Agency Meeting for people '
        'in Heretaunga Hastings who repeatedly come into contact with crisis services because of mental distress or '
        'addiction.',
        'Those people are better supported by one coordinated plan than by separate responses from each Party, and a '
        'coordinated plan depends on the Parties sharing relevant information.',
        'This Protocol records the Parties\u2019 agreement about that sharing, and does not itself authorise any '
        'disclosure.']
    s['sec'] = {}
    s['sec']['meeting-purpose'] = [
        'The Meeting is held fortnightly. It considers people who have had three or more contacts with the acute '
        'mental health crisis team, Police mental health call-outs or the emergency department of Hawke\u2019s Bay '
        'Hospital within 90 days because of mental distress or addiction.',
        'The purpose of the Meeting is to reduce crisis contacts and the harm associated with them by agreeing, with '
        'each person, a single coordinated plan for support, including health, housing and income support.',
        'The attending agencies at the Meeting are the Parties. Health New Zealand is the Lead Agency.']
    s['purposes'] = [
        'to understand the needs of people referred to the Meeting who have had repeated contact with mental health '
        'crisis services, Police or the emergency department because of mental distress or addiction;',
        'to agree a coordinated crisis and support plan for each such person, including housing and income support; '
        'and',
        'to prevent or lessen a serious threat to the life or health of a person referred to the Meeting or of '
        'another person.']
    s['sec']['sharing-purpose'] = (
        ['Personal Information may be shared at or for the purposes of a Meeting only for the following purposes (each '
         'a **Permitted Purpose**):'] + [('a', p) for p in s['purposes']] +
        ['Schedule 1 sets out the legal authority for sharing for each Permitted Purpose.'])
    s['sec']['information-shared'] = [
        'The following information may be shared, where relevant to a Permitted Purpose:',
        ('a', 'by Health New Zealand: current diagnosis and treatment, crisis plan, and recent crisis and emergency '
              'department contacts;'),
        ('a', 'by Police: mental health-related call-outs and any current safety concerns, including access to '
              'weapons;'),
        ('a', 'by MSD: benefit status and any current hardship or emergency housing assistance;'),
        ('a', 'by Kāinga Ora: tenancy status and any tenancy concern linked to the person\u2019s wellbeing;'),
        ('a', 'by the Peer Support Trust and Te Whare Oranga: the person\u2019s engagement with their service and the '
              'person\u2019s own account of what support would help.'),
        'Each Representative must share only the minimum information necessary for the Permitted Purpose.']
    s['sec']['legal-authority'] = [
        'This Protocol does not itself authorise the sharing of Personal Information. The legal authority for sharing '
        'for each Permitted Purpose is set out in Schedule 1, and each Representative must be satisfied that the '
        'criteria of that authority are met before sharing.',
        'A person may be referred to the Meeting for Permitted Purposes (a) and (b) only once they have authorised the '
        'referral in writing. If the person withdraws that authorisation, no further information about them may be '
        'shared for those purposes.',
        'Information about a person who has not authorised the referral may be shared only for Permitted Purpose (c), '
        'and only where the Representative believes on reasonable grounds that sharing it is necessary to prevent or '
        'lessen a serious threat to the life or health of the person or another person.']
    s['sec']['method-of-sharing'] = [
        'The Lead Agency shares the agenda for each Meeting in a secure Microsoft Teams channel that it administers and '
        'to which only Representatives have access.',
        'Representatives share information orally at the Meeting, which is held at the Hastings Health Centre and may '
        'be joined by Microsoft Teams.',
        'Actions agreed at a Meeting are recorded by the Lead Agency in the same channel. Representatives may email '
        'one another after a Meeting only where that is needed to complete an agreed action.',
        'Each Party must ensure that any method of sharing used by its Representatives is approved by that Party.']
    s['class'] = 'IN-CONFIDENCE'
    s['sec']['tikanga'] = [
        'The Parties recognise that information about Māori who are referred to the Meeting, and about their whānau, '
        'is taonga, and that the way it is shared affects the mana of the person and their whānau.',
        'Te Whare Oranga will advise the Meeting on tikanga, including whānau ora approaches to planning and the '
        'availability of rongoā Māori and other cultural supports, and the Parties will give effect to that advice.',
        'Each Party will apply its own Māori data governance policies, and will engage with its Māori advisory team on '
        'any proposed change to how information about Māori is shared.']
    s['ret_extra'] = [
        'The Lead Agency holds the agendas, minutes and action logs of the Meeting in its Teams channel, subject to its '
        'disposal authority, and removes personal details from the channel once the related actions are complete.']
    s['breach_inline'] = (
        'The Privacy Incident Contact for the Meeting is the Privacy Officer, Health New Zealand | Te Whatu Ora, Te '
        'Matau a Māui Hawke\u2019s Bay, privacy.hawkesbay@tewhatuora.govt.nz, 06 878 8109.')
    s['sec']['review'] = review_blocks(
        s, 'The Lead Agency must initiate a review of this Protocol every twelve (12) months from the date of the last '
           'signature to it.')
    s['schedule1'] = [
        ('table', ['Permitted Purpose', 'Legal authority to share'], [
            ['(a) to understand the needs of people referred to the Meeting who have had repeated crisis contact',
             'Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b) \u2013 the person '
             'has authorised the sharing in writing at referral'],
            ['(b) to agree a coordinated crisis and support plan for each such person',
             'Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b) \u2013 as for (a)'],
            ['(c) to prevent or lessen a serious threat to the life or health of a person referred to the Meeting or '
             'of another person',
             'Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)']], [8.0, 8.0])]
    s['contacts'] = [
        ['Chair', 'Dr Hana Morrison, Clinical Director', 'Health New Zealand', 'hana.morrison@tewhatuora.govt.nz',
         '06 878 8100'],
        ['Relationship Manager', 'Chris Tomoana', 'Health New Zealand', 'chris.tomoana@tewhatuora.govt.nz',
         '06 878 8120'],
        ['Relationship Manager', 'Inspector Sue Walters', 'Police', 'sue.walters@police.govt.nz', '06 873 0500'],
        ['Relationship Manager', 'Aroha Nikora', 'MSD', 'aroha.nikora@msd.govt.nz', '06 873 6200'],
        ['Relationship Manager', 'Jason Reid', 'Kāinga Ora', 'jason.reid@kaingaora.govt.nz', '06 870 2700'],
        ['Relationship Manager', 'Nadia Pohatu', 'Peer Support Trust', 'nadia@hbpeersupport.org.nz', '06 876 0044'],
        ['Relationship Manager', 'Kiriana Tomoana', 'Te Whare Oranga', 'kiriana@tewhareoranga.org.nz',
         '06 871 5350']]
    s['exec_layout'] = 'table2'
    s['cover_lines'] = ['Version 1.0 \u2013 final', 'February 2026']
    return s


# -- 7. Porirua Sustaining Tenancies Multi-Agency Meeting ------------------------------

def spec_housing(dates, with_income_purpose=False):
    M = 'Meeting'
    s = dict(key='housing', M=M, v=0, mode='bold', meeting_title='Porirua Sustaining Tenancies Multi-Agency Meeting',
             cover_meeting='PORIRUA SUSTAINING TENANCIES MULTI-AGENCY MEETING',
             footer_title='Information Sharing Protocol \u2013 Porirua Sustaining Tenancies Multi-Agency Meeting',
             author='Legal, Kāinga Ora')
    s['titles'] = {'information-shared': 'Information that may be shared', 'legal-authority': 'Legal authority',
                   'use-of-information': 'Use of information', 'method-of-sharing': 'Means of sharing',
                   'security-classification': 'Security classification', 'tikanga': 'Tikanga',
                   'retention-disposal': 'Retention and disposal', 'breach-management': 'Privacy breaches',
                   'conflicts-of-interest': 'Conflicts of interest',
                   'relationship-management': 'Relationship management', 'review': 'Review'}
    s['parties'] = [
        P('Kāinga Ora \u2013 Homes and Communities', 'KĀINGA ORA \u2013 HOMES AND COMMUNITIES', 'Kāinga Ora',
          'Vanessa Kerr', 'Regional Director, Wellington', dates[0], lead=True),
        P('The Chief Executive, Ministry of Social Development', 'THE CHIEF EXECUTIVE, MINISTRY OF SOCIAL DEVELOPMENT',
          'MSD', 'Peter Leota', 'Regional Commissioner, Wellington', dates[1]),
        P('The Chief Executive, Oranga Tamariki\u2014Ministry for Children',
          'THE CHIEF EXECUTIVE, ORANGA TAMARIKI\u2014MINISTRY FOR CHILDREN', 'Oranga Tamariki', 'Hine Rangi',
          'Regional Manager, Greater Wellington', dates[2]),
        P('Health New Zealand | Te Whatu Ora', 'HEALTH NEW ZEALAND | TE WHATU ORA', 'Health NZ', 'Andrew Fraser',
          'Group Manager, Mental Health, Addiction and Intellectual Disability Service, Capital, Coast and Hutt Valley',
          dates[3]),
        P('Te Whare Manaaki o Porirua Trust', 'TE WHARE MANAAKI O PORIRUA TRUST', 'Te Whare Manaaki', 'Moana Tipene',
          'Kaiwhakahaere (Manager)', dates[4], desc='a kaupapa Māori social services provider'),
    ]
    s['lead_def'] = ('means Kāinga Ora, being the attending agency that convenes the Meeting and is responsible for '
                     'developing and implementing this Protocol;')
    s['recitals'] = [
        'Kāinga Ora convenes the Porirua Sustaining Tenancies Multi-Agency Meeting to help tenants whose tenancies are '
        'at risk to keep their homes.',
        'Tenancy problems often have causes that other Parties are better placed to address, and a joined-up plan '
        'requires the Parties to share information about the tenant and their household.',
        'This Protocol records the basis for that sharing. It does not itself authorise the disclosure of Personal '
        'Information.']
    s['sec'] = {}
    s['sec']['meeting-purpose'] = [
        'The Meeting is held monthly at the Kāinga Ora Porirua office and considers Kāinga Ora tenants in Porirua whose '
        'tenancy is at risk and who have agreed to be referred.',
        'The purpose of the Meeting is to help those tenants and their households sustain their tenancies by agreeing a '
        'coordinated plan of support.',
        'The attending agencies are the Parties. Kāinga Ora is the Lead Agency.']
    s['purposes'] = [
        'to identify tenants whose tenancy is at risk because of rent arrears, property damage or neighbourhood '
        'disputes, and the underlying needs contributing to that risk',
        'to agree a plan of support that will enable the tenant and their household to sustain their tenancy',
        'to identify and respond to concerns about the safety or well-being of a child living in the household']
    if with_income_purpose:
        s['purposes'].append('to confirm whether a tenant\u2019s household income has changed, for the purpose of '
                             'reviewing the tenant\u2019s income-related rent')
    n = len(s['purposes'])
    ps = [('a', p + ('.' if k == n - 1 else ('; and' if k == n - 2 else ';'))) for k, p in enumerate(s['purposes'])]
    s['sec']['sharing-purpose'] = (
        ['Personal Information may be disclosed at or for the purposes of a Meeting for the following purposes (each '
         'a **Permitted Purpose**):'] + ps +
        ['The legal authority relied on for each Permitted Purpose is set out in Schedule 1.'])
    s['sec']['information-shared'] = [
        'The following information may be shared where relevant to a Permitted Purpose:',
        ('a', 'tenancy information held by Kāinga Ora, including arrears, notices issued and complaints received;'),
        ('a', 'benefit and hardship assistance information held by MSD;'),
        ('a', 'whether a child in the household is known to Oranga Tamariki, and the nature of any current '
              'involvement;'),
        ('a', 'information about a household member\u2019s mental health or addiction needs that affects the tenancy, '
              'disclosed by Health NZ; and'),
        ('a', 'the household\u2019s engagement with Te Whare Manaaki and any whānau plan it holds.'),
        'Representatives must share only what is relevant and necessary to the Permitted Purpose.']
    s['sec']['legal-authority'] = [
        'This Protocol does not itself authorise the disclosure of Personal Information; it records the legal '
        'authority on which the Parties rely for each Permitted Purpose, as set out in Schedule 1.',
        'Where a Permitted Purpose relies on the tenant\u2019s authorisation, Kāinga Ora must obtain that authorisation '
        'in writing at the time of referral, explaining which Parties attend and what each may disclose.',
        'A Representative must seek advice from their Party\u2019s privacy or legal team where they are unsure whether '
        'a disclosure is permitted.']
    s['sec']['method-of-sharing'] = [
        'Kāinga Ora circulates the list of households to be discussed by secure email to Representatives two working '
        'days before the Meeting.',
        'Representatives share information orally at the Meeting. The Meeting is held in person, and a Representative '
        'may join by Microsoft Teams.',
        'After the Meeting, Kāinga Ora emails each Party the actions allocated to it.',
        'Each Party must ensure that the means of sharing its Representatives use is approved by that Party.']
    s['class'] = 'IN-CONFIDENCE'
    s['sec']['tikanga'] = [
        'The Parties acknowledge that many households discussed at the Meeting are Māori, that information about them '
        'is taonga, and that the home has particular significance for whānau.',
        'Te Whare Manaaki will advise on tikanga relevant to engaging with whānau about their tenancy, including the '
        'use of whānau hui, and the Parties will follow that advice.',
        'The Parties will engage with their Māori advisory teams about any change to the way information about Māori '
        'households is shared.']
    s['ret_extra'] = [
        'Kāinga Ora holds the agendas, minutes and action logs of the Meeting in its tenancy management system and '
        'disposes of them under its disposal authority.']
    s['breach_inline'] = (
        'The Privacy Incident Contact for the Meeting is the Privacy Officer, Kāinga Ora \u2013 Homes and '
        'Communities, privacy@kaingaora.govt.nz, 0800 801 601.')
    s['sec']['review'] = review_blocks(
        s, 'Kāinga Ora, as Lead Agency, must initiate a review of this Protocol every twelve (12) months from the date '
           'of the last signature.')
    s['schedule1'] = [
        ('table', ['Permitted Purpose', 'Legal authority'], [
            ['(a) to identify tenants whose tenancy is at risk, and the underlying needs contributing to that risk',
             'Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b) (written '
             'authorisation of the tenant obtained at referral)'],
            ['(b) to agree a plan of support that will enable the tenant and their household to sustain their tenancy',
             'Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b)'],
            ['(c) to identify and respond to concerns about the safety or well-being of a child living in the '
             'household', 'Oranga Tamariki Act 1989, section 66C']], [8.0, 8.0])]
    s['contacts'] = [
        ['Chair', 'Tui Marsden, Tenancy Manager', 'Kāinga Ora', 'tui.marsden@kaingaora.govt.nz', '04 439 3000'],
        ['Relationship Manager', 'Brendon Hay', 'Kāinga Ora', 'brendon.hay@kaingaora.govt.nz', '04 439 3010'],
        ['Relationship Manager', 'Salote Vea', 'MSD', 'salote.vea@msd.govt.nz', '04 237 1300'],
        ['Relationship Manager', 'Emma Gould', 'Oranga Tamariki', 'emma.gould@ot.govt.nz', '04 237 3600'],
        ['Relationship Manager', 'Marcus Lee', 'Health NZ', 'marcus.lee@tewhatuora.govt.nz', '04 385 5999'],
        ['Relationship Manager', 'Moana Tipene', 'Te Whare Manaaki', 'moana@tewharemanaaki.org.nz', '04 237 8120']]
    s['exec_layout'] = 'labels'
    return s


# -- 8. Legacy: Hutt Valley Family Violence Interagency Case Management Meeting (2019) ------

def spec_legacy():
    M = 'Meeting'
    s = dict(key='legacy', M=M, v=1, mode='bold',
             meeting_title='Hutt Valley Family Violence Interagency Case Management Meeting',
             cover_meeting='HUTT VALLEY FAMILY VIOLENCE INTERAGENCY CASE MANAGEMENT MEETING',
             footer_title='Information Sharing Protocol \u2013 Hutt Valley FVICM',
             author='Legal Section, Wellington District Police', created=dt(2019, 7, 22),
             modified=dt(2019, 9, 19, 16), revision=11)
    s['titles'] = {'sharing-purpose': 'Permitted purposes', 'information-shared': 'Information that may be disclosed',
                   'legal-authority': 'Statutory basis for disclosure', 'review': 'Term and review'}
    s['parties'] = [
        P('The Commissioner of Police', 'THE COMMISSIONER OF POLICE', 'Police', 'Glenn Whitaker',
          'Area Commander, Hutt Valley', '2 September 2019', lead=True),
        P('The Chief Executive, Oranga Tamariki\u2014Ministry for Children',
          'THE CHIEF EXECUTIVE, ORANGA TAMARIKI\u2014MINISTRY FOR CHILDREN', 'Oranga Tamariki', 'Lynette Cairns',
          'Site Manager, Lower Hutt', '5 September 2019'),
        P('Hutt Valley District Health Board', 'HUTT VALLEY DISTRICT HEALTH BOARD', 'HVDHB', 'Margaret Olsen',
          'Director of Allied Health', '9 September 2019'),
        P('The Chief Executive, Department of Corrections', 'THE CHIEF EXECUTIVE, DEPARTMENT OF CORRECTIONS',
          'Corrections', 'Tony Marsh', 'District Manager, Community Corrections Wellington', '12 September 2019'),
        P('Te Awakairangi Women\u2019s Refuge Incorporated', 'TE AWAKAIRANGI WOMEN\u2019S REFUGE INCORPORATED',
          'Refuge', 'Colleen Rangi', 'Manager', '19 September 2019'),
    ]
    s['lead_def'] = 'means Police, which convenes and chairs the Meeting;'
    s['recitals'] = [
        'Police convenes a weekly interagency case management meeting in the Hutt Valley to respond to family '
        'violence incidents assessed as high risk.',
        'The Parties have agreed that the effective management of those cases requires the sharing of information '
        'between them.',
        'This Protocol sets out the terms on which that information is shared. It does not itself authorise any '
        'disclosure.']
    s['sec'] = {}
    s['sec']['definitions'] = [
        'In this Protocol:',
        ('defs', [
            ('Chair', 'means the Police officer who chairs the Meeting;'),
            ('Lead Agency', s['lead_def']),
            ('Meeting', 'means the Hutt Valley Family Violence Interagency Case Management Meeting;'),
            ('Party', 'means a party to this Protocol;'),
            ('Permitted Purpose', 'means a purpose set out in clause «sharing-purpose»;'),
            ('Personal Information', 'means information about an identifiable individual;'),
            ('Relationship Manager', 'means the person nominated by a Party under clause «relationship-management»;'),
            ('Representative', 'means a person who attends the Meeting on behalf of a Party.')]),
        'Headings are for convenience only. The Schedules and Annex form part of this Protocol.']
    s['sec']['meeting-purpose'] = [
        'The Meeting is held weekly at the Lower Hutt Police Station. It considers family violence incidents in the '
        'Hutt Valley that have been assessed by Police as high risk.',
        'The purpose of the Meeting is to reduce the risk of further family violence to victims and their children '
        'through coordinated interagency case management.',
        'The attending agencies are the Parties. Police is the Lead Agency.']
    s['purposes'] = [
        'to assess the risk posed to victims of family violence and their children;',
        'to plan and coordinate interagency responses to keep victims and children safe; and',
        'to share health information about a victim or perpetrator where necessary to prevent or lessen a serious '
        'threat to a person\u2019s life or health.']
    s['sec']['sharing-purpose'] = (['Information may be disclosed at the Meeting for the following purposes:'] +
                                   [('a', p) for p in s['purposes']] +
                                   ['The statutory basis for each purpose is set out in Schedule 1.'])
    s['sec']['information-shared'] = [
        'The Parties may disclose information relevant to a Permitted Purpose, including details of the incident, '
        'the history of family violence, child protection involvement, health information relevant to risk, and '
        'sentence and parole information.',
        'Representatives should disclose only information that is relevant to a Permitted Purpose.']
    s['sec']['legal-authority'] = [
        'This Protocol does not itself authorise any disclosure. The statutory basis for each Permitted Purpose is set '
        'out in Schedule 1.',
        'Representatives who are unsure whether a disclosure is permitted should seek advice from their legal '
        'adviser.']
    s['sec']['method-of-sharing'] = [
        'Police circulates the list of cases to be discussed to Representatives by email on the day before the '
        'Meeting.',
        'Information is otherwise shared verbally at the Meeting, which is held in person. Documents may be tabled at '
        'the Meeting, and information may be sent between Parties after the Meeting by email or facsimile.']
    s['class'] = 'IN-CONFIDENCE'
    s['sec']['security-controls'] = [
        'Representatives must not discuss information disclosed at a Meeting outside the Meeting except for a '
        'Permitted Purpose.',
        'All hard copy documents tabled at a Meeting are collected by the Chair at the close of the Meeting and '
        'shredded.',
        'Representatives must not hand documents tabled at a Meeting to Representatives of other Parties.',
        'Information sent between Parties by email must be sent to the Representative\u2019s work email address.']
    s['drop'] = ('tikanga',)
    s['sec']['retention-disposal'] = [
        'Each Party may retain copies of the Meeting minutes, and of any information provided to it at a Meeting, on '
        'its own files for future reference.',
        'The Chair retains the master set of minutes in the Police file for the Meeting.']
    s['sec']['breach-management'] = [
        'A Party that becomes aware that information disclosed at a Meeting has been lost or disclosed without '
        'authority must immediately inform the Family Violence Coordinator, Police, Hutt Valley, on 04 560 2600.',
        'The Parties will consult on the appropriate response, including whether the Privacy Commissioner and the '
        'affected people should be told.']
    s['sec']['review'] = [
        'This Protocol takes effect on the date of the last signature in Annex A.',
        'The Parties will review this Protocol from time to time as required.',
        'This Protocol may be varied by written agreement of all of the Parties.']
    s['schedule1'] = [
        ('table', ['Permitted purpose', 'Statutory basis'], [
            ['(a) to assess the risk posed to victims of family violence and their children',
             'Family Violence Act 2018, section 20; Privacy Act 1993, section 6, information privacy principle 11(e) '
             'and (f)'],
            ['(b) to plan and coordinate interagency responses to keep victims and children safe',
             'Children, Young Persons, and Their Families Act 1989, sections 15 and 66'],
            ['(c) to share health information where necessary to prevent or lessen a serious threat to a person\u2019s '
             'life or health', 'Health Information Privacy Code 1994, rule 11(2)(d)']], [8.0, 8.0])]
    s['contacts'] = [
        ['Chair', 'Senior Sergeant Dean Karaka', 'Police', 'dean.karaka@police.govt.nz', '04 560 2600'],
        ['Relationship Manager', 'Inspector Paula Evans', 'Police', 'paula.evans@police.govt.nz', '04 560 2600'],
        ['Relationship Manager', 'Lynette Cairns', 'Oranga Tamariki', 'lynette.cairns@ot.govt.nz', '04 566 8100'],
        ['Relationship Manager', 'Wendy Ashby', 'HVDHB', 'wendy.ashby@huttvalleydhb.org.nz', '04 566 6999'],
        ['Relationship Manager', 'Tony Marsh', 'Corrections', 'tony.marsh@corrections.govt.nz', '04 569 3100'],
        ['Relationship Manager', 'Colleen Rangi', 'Refuge', 'colleen@awakairangirefuge.org.nz', '04 567 0500']]
    s['exec_layout'] = 'list'
    s['cover_lines'] = ['Version 1.2', 'September 2019']
    return s


# ---------------------------------------------------------------------------
# defect and trap derivations
# ---------------------------------------------------------------------------

def d_isp101_no_tikanga():
    s = spec_mh()
    s['drop'] = ('tikanga',)
    return s


def d_isp301_schedule_row_missing():
    s = spec_housing(['2 March 2026', '4 March 2026', '9 March 2026', '11 March 2026', '16 March 2026'],
                     with_income_purpose=True)
    s.update(created=dt(2025, 12, 8), modified=dt(2026, 3, 16, 15))
    s['cover_lines'] = ['Kāinga Ora reference: KO-LEG-ISP-0262', 'Version 1.1', 'March 2026']
    # Schedule 1 was not updated when purpose (d) was added to the Permitted Purposes clause.
    return s


def d_isp703_trust_not_executed():
    s = spec_school()
    s['parties'][4]['omit_block'] = True
    return s


def d_isp451_seemail():
    s = spec_fv()
    s['ctl_text'] = {'password-protection':
                     'all email containing Personal Information is sent by SEEMail or another secure email service '
                     'approved by the sending Party;'}
    return s


def d_isp501_no_incident_contact():
    s = spec_elder()
    s['contacts'] = [r for r in s['contacts'] if r[0] != 'Privacy Incident Contact']
    s['breach_extra'] = [
        'Serious privacy breaches must be notified to the Office of the Privacy Commissioner (0800 803 909, '
        'enquiries@privacy.org.nz) in accordance with the Privacy Act 2020.']
    return s


def d_isp602_three_years():
    s = spec_reint()
    s['sec']['review'] = review_blocks(
        s, 'This Protocol will be reviewed every three (3) years from the date on which it is signed by the last '
           'Party. Corrections is responsible for initiating the review.')
    return s


def d_isp402_unclassified():
    s = spec_youth()
    s['class'] = 'UNCLASSIFIED'
    s['sec']['security-classification'] = [
        'The Parties have agreed that the security classification of Personal Information disclosed at or for the '
        'purposes of the Panel is UNCLASSIFIED, as it is disclosed only between the Representatives of the Parties '
        'and only for the Permitted Purposes.',
        'Each Party must nonetheless handle that information with discretion and in accordance with its own '
        'information security policies, including when storing, emailing, printing and disposing of it.',
        'Each Party that is a non-government organisation confirms that its Representatives understand how the '
        'information must be handled.']
    return s


def d_isp702_position_blank():
    s = spec_fv()
    s['parties'][3]['position'] = '______________________________'
    s['cover_lines'] = ['Document reference: NZP-LEG-2026-0117', 'Version 1.0 \u2013 executed', 'March 2026']
    return s


def d_isp305_protocol_as_authority():
    s = spec_mh()
    s['recitals'][2] = ('This Protocol records the Parties\u2019 agreement about how that sharing is to be carried '
                        'out.')
    la = list(s['sec']['legal-authority'])
    la[0] = ('This Protocol provides the authority for each Party to share Personal Information with the other '
             'Parties for the Permitted Purposes, subject to the conditions in this clause and the legal authorities '
             'noted in Schedule 1.')
    s['sec']['legal-authority'] = la
    return s


def d_isp604_review_date_passed():
    s = spec_housing(['4 August 2025', '6 August 2025', '8 August 2025', '13 August 2025', '15 August 2025'])
    s.update(created=dt(2025, 5, 12), modified=dt(2025, 8, 15, 12))
    s['sec']['review'] = review_blocks(
        s, 'The Lead Agency must initiate a review of this Protocol no later than 30 June 2026, and after that at '
           'intervals of not more than twelve (12) months.')
    s['cover_lines'] = ['Kāinga Ora reference: KO-LEG-ISP-0198', 'Version 1.0', 'August 2025']
    return s


def t_tracked_and_controls():
    s = spec_mh()
    s['modified'] = dt(2026, 2, 12, 17)
    s['modified_by'] = 'Legal Services'
    s['revision'] = 9
    s['sec']['review'] = review_blocks(s, [
        'The Lead Agency must initiate a review of this Protocol every ',
        {'del': 'thirty-six (36)', 'date': '2026-01-21T14:02:00Z'},
        {'ins': 'twelve (12)', 'date': '2026-01-21T14:02:00Z'},
        {'comment': 'Reduced to 12 months at the Relationship Managers\u2019 request (hui of 20 January). Please '
                    'accept this change before the Protocol goes to signatories.', 'anchor': ' months',
         'author': 'Legal Services', 'initials': 'LS'},
        ' from the date of the last signature to it.'])
    s['sec']['security-classification'] = [
        ['All Personal Information shared at or for the purposes of a Meeting is classified ',
         {'sdt': 'dropdown', 'text': 'IN-CONFIDENCE', 'alias': 'Security classification', 'tag': 'classification',
          'id': 511203, 'items': ['UNCLASSIFIED', 'IN-CONFIDENCE', 'SENSITIVE', 'RESTRICTED']},
         ' under the New Zealand Government Security Classification System.'],
        'Each Party that is a government agency must apply the handling requirements for that classification under '
        'the Protective Security Requirements. Each Party that is not a government agency acknowledges that it has '
        'been informed of those requirements and agrees to apply them.']
    s['breach_inline'] = [
        'The Privacy Incident Contact for the Meeting is ',
        {'sdt': 'text', 'text': 'the Privacy Officer, Health New Zealand | Te Whatu Ora, Te Matau a Māui Hawke\u2019s '
                                'Bay', 'alias': 'Breach contact', 'tag': 'breach_contact', 'id': 511204},
        ', privacy.hawkesbay@tewhatuora.govt.nz, 06 878 8109.']
    iso = {'26 January 2026': '2026-01-26', '29 January 2026': '2026-01-29', '3 February 2026': '2026-02-03',
           '10 February 2026': '2026-02-10', '12 February 2026': '2026-02-12'}
    for k, p in enumerate(s['parties']):
        if p['short'] == 'Kāinga Ora':
            p['date'] = {'sdt': 'date', 'text': 'Click or tap to enter a date.', 'placeholder': True,
                         'alias': 'Date signed', 'tag': 'date_signed', 'id': 511300 + k}
        else:
            p['date'] = {'sdt': 'date', 'text': p['date'], 'date': iso[p['date']], 'alias': 'Date signed',
                         'tag': 'date_signed', 'id': 511300 + k}
    s['cover_lines'] = ['Version 1.0 \u2013 for signature', 'February 2026']
    return s


# ---------------------------------------------------------------------------
# corpus and truth
# ---------------------------------------------------------------------------

def finalise(s):
    s.setdefault('marking', s['class'])
    s.setdefault('class_cover', s['class'])
    s.setdefault('created', dt(2025, 1, 1))
    s.setdefault('modified', s['created'])
    if s['key'] == 'housing' and 'cover_lines' not in s:
        s['cover_lines'] = ['Version 1.0']
    return s


CORPUS = [
    ('clean-01-fv-safety-table-whangarei.docx', spec_fv, {
        'kind': 'clean', 'expect': [], 'tolerate': [],
        'note': 'Family violence safety table, Heading 1 clauses, purposes/authorities in Schedule 1 table, breach '
                'contact inline (and in Schedule 2), 7 parties executed in a 2-column Annex A table, 12-month review.'}),
    ('clean-02-youth-offending-panel-kirikiriroa.docx', spec_youth, {
        'kind': 'clean', 'expect': [], 'tolerate': [],
        'note': 'Youth offending panel, bold numbered Normal headings with non-template wording (Signing, Security '
                'requirements), SENSITIVE classification with an explanatory IN-CONFIDENCE sentence, controls in a '
                'table, breach contact only in Schedule 2, 24-month review.'}),
    ('clean-03-school-attendance-otara.docx', spec_school, {
        'kind': 'clean', 'expect': [], 'tolerate': [],
        'note': 'School attendance meeting, Word auto-numbered custom clause styles (numbers not in the text), '
                'authority table inside the legal basis clause, contacts in Schedule 1, label-table execution blocks.'}),
    ('clean-04-elder-abuse-otautahi.docx', spec_elder, {
        'kind': 'clean', 'expect': [], 'tolerate': [],
        'note': 'Elder abuse meeting with NGO and kaupapa Māori parties; mixed Heading 1 / bold Normal headings; one '
                'Schedule 1 row covers purposes (a) and (b); negated just-in-case sentence; Health NZ executes as '
                '"TE WHATU ORA \u2013 HEALTH NEW ZEALAND"; 18-month review due 30 Dec 2026.'}),
    ('clean-05-reintegration-manawatu.docx', spec_reint, {
        'kind': 'clean', 'expect': [], 'tolerate': [],
        'note': 'Prisoner reintegration meeting, bold caps headings with outline levels; the purposes clause only '
                'points to Schedule 1, whose table holds purposes and authorities; breach contact by email only; '
                'review "every two years".'}),
    ('defect-isp101-mental-health-no-te-ao-maori.docx', d_isp101_no_tikanga, {
        'kind': 'defect', 'expect': [{'rule': 'ISP101', 'data': {'section': 'tikanga'}}], 'tolerate': [],
        'note': 'Crisis meeting protocol with a kaupapa Māori party but no tikanga clause at all (clauses renumbered '
                'around it).'}),
    ('defect-isp301-housing-schedule1-missing-purpose.docx', d_isp301_schedule_row_missing, {
        'kind': 'defect',
        'expect': [{'rule': 'ISP301', 'data_contains': {'purpose': 'household income has changed'}}],
        'tolerate': [],
        'note': 'Permitted Purposes clause lists (a)-(d) but Schedule 1 (the only place authorities are stated) has '
                'rows for (a)-(c) only; purpose (d), income-related rent review, has no authority.'}),
    ('defect-isp703-school-trust-not-executed.docx', d_isp703_trust_not_executed, {
        'kind': 'defect', 'expect': [{'rule': 'ISP703', 'data_contains': {'agency': 'Fanau Ora'}}], 'tolerate': [],
        'note': 'Manukau Fanau Ora Trust is a Party and attending agency but Annex A has no execution block for it.'}),
    ('defect-isp451-fv-seemail-instead-of-password.docx', d_isp451_seemail, {
        'kind': 'defect', 'expect': [{'rule': 'ISP451', 'data': {'control': 'password-protection'}}],
        'tolerate': [],
        'note': 'Safeguards clause requires email to go by SEEMail but never requires attachments to be password '
                'protected.'}),
    ('defect-isp501-elder-schedule2-no-incident-contact.docx', d_isp501_no_incident_contact, {
        'kind': 'defect', 'expect': [{'rule': 'ISP501'}], 'tolerate': [],
        'note': 'Privacy Incidents clause refers to the Privacy Incident Contact "identified in Schedule 2", but '
                'Schedule 2 lists only the Chair and Relationship Managers; the only number in the clause is the '
                'Privacy Commissioner\u2019s.'}),
    ('defect-isp602-reintegration-three-year-review.docx', d_isp602_three_years, {
        'kind': 'defect', 'expect': [{'rule': 'ISP602', 'data': {'months': 36}}], 'tolerate': [],
        'note': 'Review clause: "every three (3) years" from the last signature (Oct 2025), owner named.'}),
    ('defect-isp402-youth-panel-unclassified.docx', d_isp402_unclassified, {
        'kind': 'defect', 'expect': [{'rule': 'ISP402', 'data': {'classification': 'UNCLASSIFIED'}}],
        'tolerate': [],
        'note': 'Security classification clause (and matching header/footer) classifies information about young '
                'offenders as UNCLASSIFIED.'}),
    ('defect-isp702-fv-corrections-position-blank.docx', d_isp702_position_blank, {
        'kind': 'defect', 'expect': [{'rule': 'ISP702', 'data': {'missing': ['role']}}], 'tolerate': [],
        'note': 'Annex A 2-column execution table: the Corrections block has a name and date but its Position line is '
                'only underscores.'}),
    ('defect-isp305-mental-health-protocol-as-authority.docx', d_isp305_protocol_as_authority, {
        'kind': 'defect',
        'expect': [{'rule': 'ISP305', 'data_contains': {'text': 'provides the authority'}}], 'tolerate': [],
        'note': 'First sentence of the legal authority clause says the Protocol provides the authority to share '
                '(Schedule 1 still gives an authority for each purpose).'}),
    ('defect-isp604-housing-review-date-passed.docx', d_isp604_review_date_passed, {
        'kind': 'defect', 'expect': [{'rule': 'ISP604', 'data': {'due': '2026-06-30'}}], 'tolerate': [],
        'note': 'Review clause requires the first review "no later than 30 June 2026" (signed August 2025), which '
                'has passed on 2026-11-24.'}),
    ('legacy-2019-hutt-valley-fv-interagency.docx', spec_legacy, {
        'kind': 'legacy',
        'expect': [
            {'rule': 'ISP303', 'data_contains': {'authority': 'Privacy Act 1993'}},
            {'rule': 'ISP303', 'data_contains': {'authority': 'Children, Young Persons'}},
            {'rule': 'ISP303', 'data_contains': {'authority': 'Health Information Privacy Code 1994'}},
            {'rule': 'ISP451', 'data': {'control': 'training'}},
            {'rule': 'ISP451', 'data': {'control': 'password-protection'}},
            {'rule': 'ISP451', 'data': {'control': 'approved-devices'}},
            {'rule': 'ISP451', 'data': {'control': 'virtual-meeting'}},
            {'rule': 'ISP101', 'data': {'section': 'tikanga'}},
            {'rule': 'ISP601'},
            {'rule': 'ISP603'},
            {'rule': 'ISP801'}],
        'tolerate': ['ISP302', 'ISP604'],
        'note': '2019 protocol: Schedule 1 cites Privacy Act 1993, CYPF Act 1989 and HIPC 1994; only the two hard-copy '
                'controls stated; no tikanga clause; "reviewed from time to time as required" by "the Parties"; '
                'minutes kept "for future reference".'}),
    ('trap-mental-health-tracked-review-and-content-controls.docx', t_tracked_and_controls, {
        'kind': 'trap',
        'expect': [{'rule': 'ISP202'}, {'rule': 'ISP203', 'data': {'count': 1}},
                   {'rule': 'ISP201', 'data_contains': {'text': 'Click or tap'}}],
        'tolerate': ['ISP702'],
        'note': 'Review period is only right once the tracked change (del "thirty-six (36)", ins "twelve (12)") is '
                'accepted, with a comment on it; classification is only in a filled drop-down content control, the '
                'breach contact role in a filled text control; Kāinga Ora\u2019s signing date is an unfilled date '
                'picker.'}),
]


def main():
    truth = {'as_of': '2026-11-24',
             'style': 'Formal legal agreement by a government legal team: cover page, PARTIES, BACKGROUND recitals, '
                      'numbered clauses with defined terms and lawyer-worded headings, Schedules (purposes/authority, '
                      'key contacts) and Annex A execution blocks.',
             'files': {}}
    for fname, fn, t in CORPUS:
        s = finalise(fn())
        secs, scheds = assemble(s)
        Renderer(s).render(secs, scheds, os.path.join(OUT, fname))
        truth['files'][fname] = t
    with open(os.path.join(OUT, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('built %d documents' % len(CORPUS))


if __name__ == '__main__':
    main()
