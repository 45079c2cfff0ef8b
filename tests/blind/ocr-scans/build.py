#!/usr/bin/env python3
"""Build the 'ocr-scans' blind test corpus.

House style: older signed paper protocols that a records team scanned and
converted to Word with OCR software (ABBYY FineReader / Adobe Acrobat style
output).  Text sits in frames or text boxes, every printed line is its own
paragraph (or a hard line break), headings are enlarged bold text with no
heading styles, tables are sometimes real Word tables and sometimes
tab-separated text, handwritten signatures come out as a typed name under a
line, and rubber stamps come out as text.

Run:  /work/blind-kit4/.venv/bin/python build.py
Everything is deterministic: fixed core-property dates, fixed zip timestamps,
no randomness.
"""
import copy
import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

OUT = Path(__file__).resolve().parent

NS = {
    'w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    'v': 'urn:schemas-microsoft-com:vml',
    'o': 'urn:schemas-microsoft-com:office:office',
    'w10': 'urn:schemas-microsoft-com:office:word',
    'wp': 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
    'wps': 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
    'a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
    'mc': 'http://schemas.openxmlformats.org/markup-compatibility/2006',
}


def X(tag, attrs=None, parent=None, text=None):
    """Create an element for any namespace in NS ('v:shape', 'a:xfrm' ...)."""
    pfx, local = tag.split(':')
    name = '{%s}%s' % (NS[pfx], local)
    nsmap = {pfx: NS[pfx]}
    if parent is None:
        e = etree.Element(name, nsmap=nsmap)
    else:
        e = etree.SubElement(parent, name, nsmap=nsmap)
    for k, v in (attrs or {}).items():
        if ':' in k:
            kp, kl = k.split(':')
            e.set('{%s}%s' % (NS[kp], kl), str(v))
        else:
            e.set(k, str(v))
    if text is not None:
        e.text = text
    return e


def W(tag, attrs=None, parent=None, text=None):
    e = OxmlElement('w:' + tag)
    for k, v in (attrs or {}).items():
        e.set(qn('w:' + k) if ':' not in k else qn(k), str(v))
    if text is not None:
        e.text = text
    if parent is not None:
        parent.append(e)
    return e


# ---------------------------------------------------------------- wrapping
TOKEN = re.compile(r'(?:\{[+-].*?[+-]\}|[^\s{])+')


def display(tok):
    tok = re.sub(r'\{-.*?-\}', '', tok)
    tok = re.sub(r'\{\+(.*?)\+\}', r'\1', tok)
    return tok.replace('|', '')


HYPH_WORD = re.compile(r'^[a-zāēīōū]{9,}[,.;:]?$')


def wrap(text, width, hyphenate=False):
    """Wrap like a printed page.  '|' inside a word marks a place where the
    original typist hyphenated the word at a line end; with hyphenate=True
    long ordinary words are broken the way a justified typescript was."""
    lines, cur, curlen = [], '', 0
    for t in TOKEN.findall(text):
        d = len(display(t))
        add = d + (1 if cur else 0)
        if curlen + add <= width:
            cur = cur + (' ' if cur else '') + t
            curlen += add
            continue
        if hyphenate and cur and HYPH_WORD.match(t) and 'rn' not in t:
            room = width - curlen - 2
            word = t.rstrip(',.;:')
            cut = 0
            for c in range(min(room, len(word) - 4), 3, -1):
                # break between two consonants, as a typist would (infor-mation)
                if (word[c - 1] not in 'aeiouāēīōū' and word[c] not in 'aeiouāēīōūy'
                        and word[c - 1] != word[c]):
                    cut = c
                    break
            if cut >= 4:
                lines.append(cur + ' ' + t[:cut] + '-')
                cur, curlen = t[cut:], len(t) - cut
                continue
        if '|' in t and '{' not in t:
            a, b = t.split('|', 1)
            if curlen + len(a) + 1 + (1 if cur else 0) <= width:
                cur = cur + (' ' if cur else '') + a + '-'
                lines.append(cur)
                cur = b.replace('|', '')
                curlen = len(cur)
                continue
        if cur:
            lines.append(cur)
        cur, curlen = t, d
    if cur:
        lines.append(cur)
    return [ln.replace('|', '') for ln in lines] or ['']


# ---------------------------------------------------------------- the scan
class Scan:
    """One OCR-converted protocol."""

    def __init__(self, spec):
        self.spec = spec
        self.doc = Document()
        self.body = self.doc.element.body
        self.mode = spec.get('mode', 'flow')          # flow | frames | vml | wps
        self.joiner = spec.get('joiner', 'para')      # para | br | mix
        self.width = spec.get('width', 88)
        self.font = spec.get('font', 'Times New Roman')
        self.sz = spec.get('sz', 22)
        self.hsz = spec.get('hsz', 28)
        self.subs = spec.get('subs', [])
        self.sub_every = spec.get('sub_every', 2)
        self.sub_seen = {}
        self.line_no = 0
        self.para_no = 0
        self.shape_no = 0
        self.rev_id = 100
        self.block_no = 0
        self.shapetypes_done = set()
        self._setup()

    # ------------------------------------------------------------ basics
    def _setup(self):
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(20)
        sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)
        st = self.doc.styles['Normal']
        st.font.name = self.font
        st.font.size = Pt(self.sz / 2)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
            rf.set(qn(a), self.font)
        pf = st.paragraph_format
        pf.space_after = Pt(0)
        pf.space_before = Pt(0)
        if self.spec.get('header'):
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = hp.add_run(self.spec['header'])
            r.bold = True
            r.font.size = Pt(10)
        if self.spec.get('footer'):
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = fp.add_run(self.spec['footer'])
            r.font.size = Pt(8)

    def noise(self, text):
        """OCR misreadings of ordinary words, every n-th occurrence."""
        for word, repl in self.subs:
            pat = re.compile(r'(?<![\w|])' + re.escape(word) + r'(?![\w|])')

            def rep(m, word=word, repl=repl):
                n = self.sub_seen.get(word, 0) + 1
                self.sub_seen[word] = n
                return repl if n % self.sub_every == 1 else m.group(0)
            text = pat.sub(rep, text)
        return text

    # ------------------------------------------------------------ runs
    def rpr(self, sz=None, bold=False, italic=False, caps=False, spacing=None,
            scale=None, color=None, underline=False):
        rPr = W('rPr')
        if bold:
            W('b', parent=rPr)
            W('bCs', parent=rPr)
        if italic:
            W('i', parent=rPr)
        if caps:
            W('caps', parent=rPr)
        if color:
            W('color', {'val': color}, rPr)
        if spacing is not None:
            W('spacing', {'val': spacing}, rPr)
        if scale is not None:
            W('w', {'val': scale}, rPr)
        size = sz or self.sz
        W('sz', {'val': size}, rPr)
        W('szCs', {'val': size}, rPr)
        if underline:
            W('u', {'val': 'single'}, rPr)
        W('lang', {'val': 'en-NZ'}, rPr)
        return rPr

    def simple_run(self, text, fmt, deleted=False):
        r = W('r')
        r.append(self.rpr(**fmt))
        parts = text.split('\t')
        for i, part in enumerate(parts):
            if i:
                W('tab', parent=r)
            if part:
                t = W('delText' if deleted else 't', parent=r, text=part)
                if part != part.strip():
                    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
        return r

    def runs(self, text, fmt):
        """ABBYY splits a line into runs where it measured different
        character spacing - sometimes in the middle of a word."""
        self.line_no += 1
        n = self.line_no
        if len(text) > 24 and n % 4 == 1 and '\t' not in text:
            cut = int(len(text) * 0.45)
            f2 = dict(fmt)
            f2['spacing'] = -2 if n % 8 == 1 else None
            f2['scale'] = 96 if n % 8 == 5 else None
            return [self.simple_run(text[:cut], fmt), self.simple_run(text[cut:], f2)]
        return [self.simple_run(text, fmt)]

    def line_runs(self, line, fmt):
        out = []
        for seg in re.split(r'(\{[+-].*?[+-]\})', line):
            if not seg:
                continue
            if seg.startswith('{+'):
                ins = W('ins', {'id': self.rev_id, 'author': self.spec.get('rev_author', 'Records'),
                                'date': self.spec.get('rev_date', '2026-03-02T10:15:00Z')})
                self.rev_id += 1
                for r in self.runs(seg[2:-2], fmt):
                    ins.append(r)
                out.append(ins)
            elif seg.startswith('{-'):
                d = W('del', {'id': self.rev_id, 'author': self.spec.get('rev_author', 'Records'),
                              'date': self.spec.get('rev_date', '2026-03-02T10:15:00Z')})
                self.rev_id += 1
                d.append(self.simple_run(seg[2:-2], fmt, deleted=True))
                out.append(d)
            else:
                out.extend(self.runs(seg, fmt))
        return out

    # ------------------------------------------------------------ paragraphs
    def p(self, runs_lines, jc=None, after=0, before=0, left=None, hanging=None,
          tabs=None, keep_next=False, border=False):
        p = W('p')
        pPr = W('pPr', parent=p)
        if keep_next:
            W('keepNext', parent=pPr)
        if border:
            bdr = W('pBdr', parent=pPr)
            for side in ('top', 'left', 'bottom', 'right'):
                W(side, {'val': 'single', 'sz': 12, 'space': 2, 'color': 'C00000'}, bdr)
        if tabs:
            tb = W('tabs', parent=pPr)
            for pos in tabs:
                W('tab', {'val': 'left', 'pos': pos}, tb)
        W('spacing', {'before': before, 'after': after, 'line': 240, 'lineRule': 'auto'}, pPr)
        if left is not None or hanging is not None:
            a = {}
            if left is not None:
                a['left'] = left
            if hanging is not None:
                a['hanging'] = hanging
            W('ind', a, pPr)
        if jc:
            W('jc', {'val': jc}, pPr)
        for i, rl in enumerate(runs_lines):
            if i:
                r = W('r', parent=p)
                W('br', parent=r)
            for r in rl:
                p.append(r)
        return p

    def lines_to_paras(self, lines, fmt, jc=None, left=None, first_prefix_hanging=None,
                       after=100, tabs=None, keep_next=False):
        """Turn printed lines into paragraphs the OCR way."""
        self.para_no += 1
        mode = self.joiner
        if mode == 'mix':
            mode = 'br' if self.para_no % 2 == 0 else 'para'
        out = []
        if mode == 'br' and len(lines) > 1:
            rl = [self.line_runs(ln, fmt) for ln in lines]
            out.append(self.p(rl, jc=jc, after=after, left=left, hanging=first_prefix_hanging,
                              tabs=tabs, keep_next=keep_next))
        else:
            for i, ln in enumerate(lines):
                last = i == len(lines) - 1
                out.append(self.p([self.line_runs(ln, fmt)], jc=jc, after=after if last else 0,
                                  left=left, hanging=first_prefix_hanging if i == 0 else None,
                                  tabs=tabs if i == 0 else None, keep_next=keep_next))
        return out

    # ------------------------------------------------------------ items
    def heading(self, text):
        txt = text.upper() if self.spec.get('heading_upper') else text
        fmt = dict(sz=self.hsz, bold=True, underline=self.spec.get('heading_underline', False))
        return [self.p([self.line_runs(txt, fmt)], after=120, before=200, keep_next=True)]

    def text_item(self, text, protected, width=None, left=None):
        hy = False
        if not protected:
            text = self.noise(text)
            hy = self.spec.get('hyphenate', False)
        return self.lines_to_paras(wrap(text, width or self.width, hy), {}, left=left)

    def bullets(self, items, marker, protected):
        out = []
        roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii']
        for idx, it in enumerate(items):
            if not protected:
                it = self.noise(it)
            lines = wrap(it, self.width - 6)
            m = marker.format(n=idx + 1, a='abcdefgh'[idx], A='ABCDEFGH'[idx], r=roman[idx])
            lines[0] = m + '\t' + lines[0]
            fmt = {}
            # continuation lines are separate paragraphs indented by OCR
            self.para_no += 1
            out.append(self.p([self.line_runs(lines[0], fmt)], left=567, hanging=567,
                              tabs=[567], after=0 if len(lines) > 1 else 60))
            if len(lines) > 1:
                if self.joiner == 'br':
                    out.append(self.p([self.line_runs(ln, fmt) for ln in lines[1:]], left=567, after=60))
                else:
                    for i, ln in enumerate(lines[1:]):
                        out.append(self.p([self.line_runs(ln, fmt)], left=567,
                                          after=60 if i == len(lines) - 2 else 0))
        return out

    def word_table(self, header, rows, widths, shade=True, cell_lines=True):
        tbl = W('tbl')
        tblPr = W('tblPr', parent=tbl)
        W('tblW', {'w': sum(widths), 'type': 'dxa'}, tblPr)
        b = W('tblBorders', parent=tblPr)
        for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
            W(side, {'val': 'single', 'sz': 4, 'space': 0, 'color': '000000'}, b)
        W('tblLayout', {'type': 'fixed'}, tblPr)
        cm = W('tblCellMar', parent=tblPr)
        W('left', {'w': 57, 'type': 'dxa'}, cm)
        W('right', {'w': 57, 'type': 'dxa'}, cm)
        W('tblLook', {'val': '0000', 'firstRow': 0, 'lastRow': 0, 'firstColumn': 0,
                      'lastColumn': 0, 'noHBand': 0, 'noVBand': 0}, tblPr)
        grid = W('tblGrid', parent=tbl)
        for wd in widths:
            W('gridCol', {'w': wd}, grid)
        allrows = ([(header, True)] if header else []) + [(r, False) for r in rows]
        for cells, is_head in allrows:
            tr = W('tr', parent=tbl)
            for ci, (txt, wd) in enumerate(zip(cells, widths)):
                tc = W('tc', parent=tr)
                tcPr = W('tcPr', parent=tc)
                W('tcW', {'w': wd, 'type': 'dxa'}, tcPr)
                if is_head and shade:
                    W('shd', {'val': 'clear', 'color': 'auto', 'fill': 'D9D9D9'}, tcPr)
                chars = max(8, int(wd / 105))
                lines = wrap(txt, chars) if txt else ['']
                fmt = {'bold': True} if is_head else {}
                if txt == '':
                    tc.append(self.p([[]]))
                elif cell_lines:
                    for ln in lines:
                        tc.append(self.p([self.line_runs(ln, fmt)]))
                else:
                    tc.append(self.p([self.line_runs(ln, fmt) for ln in lines]))
        return [tbl]

    def tab_table(self, header, rows, widths_chars, positions):
        """A table the OCR did not recognise: tab-separated lines."""
        out = []
        allrows = ([(header, True)] if header else []) + [(r, False) for r in rows]
        for cells, is_head in allrows:
            cols = [wrap(c, w) if c else [''] for c, w in zip(cells, widths_chars)]
            n = max(len(c) for c in cols)
            fmt = {'bold': True} if is_head else {}
            for i in range(n):
                parts = [c[i] if i < len(c) else '' for c in cols]
                while parts and parts[-1] == '':
                    parts.pop()
                line = '\t'.join(parts)
                out.append(self.p([self.line_runs(line, fmt)], tabs=positions,
                                  after=80 if i == n - 1 else 0))
        return out

    def stamp(self, lines):
        fmt = dict(bold=True, color='C00000', sz=18, caps=False)
        return [self.p([self.line_runs(ln, fmt)], jc='center', border=True) for ln in lines]

    def sig_items(self, sigs, layout):
        out = []
        if layout == 'blocks':
            for s in sigs:
                blk = []
                lead = s.get('intro', 'Signed for and on behalf of')
                blk.append(self.p([self.line_runs(f"{lead} {s['agency']}", {'bold': True})], before=120, after=160))
                blk.append(self.p([self.line_runs(s.get('mark', ''), {'italic': True})]) if s.get('mark') else self.p([[]]))
                blk.append(self.p([self.line_runs('_' * 38, {})]))
                if s.get('name'):
                    blk.append(self.p([self.line_runs(s['name'], {})]))
                if s.get('role'):
                    blk.append(self.p([self.line_runs(s['role'], {})]))
                blk.append(self.p([self.line_runs(f"Date: {s['date']}", {})], after=60))
                out.append(('sigblock', blk))
        elif layout == 'table':
            head = ['Agency', 'Name', 'Position', 'Signature', 'Date']
            rows = [[s['agency'], s.get('name', ''), s.get('role', ''), s.get('mark', ''), s['date']] for s in sigs]
            out.append(('table', self.word_table(head, rows, [2500, 1900, 2500, 1600, 1300]) + [self.p([[]])]))
        elif layout == 'twocol':
            pos = [5100]
            for i in range(0, len(sigs), 2):
                pair = sigs[i:i + 2]
                blk = [self.p([[]], after=360)]
                rows = [['_' * 30] * len(pair),
                        [s.get('name', '') for s in pair],
                        [s.get('role', '') for s in pair],
                        [s['agency'] for s in pair],
                        ['Date: ' + s['date'] for s in pair]]
                for r in rows:
                    col = [wrap(c, 44) for c in r]
                    n = max(len(c) for c in col)
                    for k in range(n):
                        parts = [c[k] if k < len(c) else '' for c in col]
                        blk.append(self.p([self.line_runs('\t'.join(parts).rstrip('\t'), {})], tabs=pos))
                out.append(('sigblock', blk))
        return out

    def cover_sheet(self, rows):
        """Records team capture sheet with content controls (filled)."""
        tbl = self.word_table(None, [[a, ''] for a, _ in rows], [3300, 6300], shade=False)[0]
        for tr, (label, val) in zip(tbl.findall(qn('w:tr')), rows):
            tc = tr.findall(qn('w:tc'))[1]
            for p in tc.findall(qn('w:p')):
                tc.remove(p)
            p = self.p([[]])
            tc.append(p)
            kind, value = val[0], val[1]
            sdt = W('sdt', parent=p)
            sdtPr = W('sdtPr', parent=sdt)
            W('alias', {'val': label}, sdtPr)
            W('tag', {'val': re.sub(r'\W+', '', label)}, sdtPr)
            self.rev_id += 1
            W('id', {'val': 880000 + self.rev_id}, sdtPr)
            if kind == 'drop':
                dd = W('dropDownList', parent=sdtPr)
                for item in val[2]:
                    W('listItem', {'displayText': item, 'value': item}, dd)
                shown = value
            elif kind == 'date':
                d = W('date', {'fullDate': val[2] + 'T00:00:00Z'}, sdtPr)
                W('dateFormat', {'val': 'd/MM/yyyy'}, d)
                W('lid', {'val': 'en-NZ'}, d)
                W('storeMappedDataAs', {'val': 'dateTime'}, d)
                W('calendar', {'val': 'gregorian'}, d)
                shown = value
            else:
                W('text', parent=sdtPr)
                shown = value
            content = W('sdtContent', parent=sdt)
            content.append(self.simple_run(shown, {}))
        return [tbl]

    # ------------------------------------------------------------ placement
    def frame_pr(self, p, kind):
        pPr = p.find(qn('w:pPr'))
        if kind == 'stamp':
            a = {'w': 3000, 'hSpace': 180, 'wrap': 'around', 'vAnchor': 'text', 'hAnchor': 'margin',
                 'xAlign': 'right', 'y': 1}
        else:
            a = {'w': 9580 + (self.block_no * 37) % 150, 'hSpace': 180, 'wrap': 'notBeside',
                 'vAnchor': 'text', 'hAnchor': 'margin', 'x': 10 + (self.block_no % 5) * 7, 'y': 1}
        fp = W('framePr', a)
        # framePr goes after keepNext/keepLines/pageBreakBefore
        idx = 0
        for i, ch in enumerate(pPr):
            if ch.tag in (qn('w:keepNext'), qn('w:keepLines'), qn('w:pageBreakBefore')):
                idx = i + 1
        pPr.insert(idx, fp)

    def _vml_shape(self, elements, width_pt, height_pt, stamp=False, fallback=False):
        self.shape_no += 1
        pict = W('pict')
        done_key = 'fallback' if fallback else 'main'
        if done_key not in self.shapetypes_done:
            self.shapetypes_done.add(done_key)
            st = X('v:shapetype', {'id': '_x0000_t202', 'coordsize': '21600,21600', 'o:spt': '202',
                                   'path': 'm,l,21600r21600,l21600,xe'}, pict)
            X('v:stroke', {'joinstyle': 'miter'}, st)
            X('v:path', {'gradientshapeok': 't', 'o:connecttype': 'rect'}, st)
        if stamp:
            style = ('position:absolute;margin-left:0;margin-top:0;width:%spt;height:%spt;z-index:%d;'
                     'mso-position-horizontal:right;mso-position-horizontal-relative:margin;'
                     'mso-position-vertical-relative:text' % (width_pt, height_pt, self.shape_no))
        else:
            style = 'width:%spt;height:%spt;mso-wrap-style:square' % (width_pt, height_pt)
        attrs = {'id': 'Text Box %d' % self.shape_no, 'o:spid': '_x0000_s%d' % (1025 + self.shape_no),
                 'type': '#_x0000_t202', 'style': style, 'filled': 'f'}
        if stamp:
            attrs.update({'stroked': 't', 'strokecolor': '#c00000', 'strokeweight': '1.5pt'})
        else:
            attrs['stroked'] = 'f'
        shape = X('v:shape', attrs, pict)
        tb = X('v:textbox', {'style': 'mso-fit-shape-to-text:t', 'inset': '0,0,0,0'}, shape)
        tx = W('txbxContent')
        tb.append(tx)
        for e in elements:
            tx.append(e)
        if stamp:
            X('w10:wrap', {'type': 'square'}, shape)
        return pict

    def _estimate_height(self, elements):
        h = 0
        for e in elements:
            if e.tag == qn('w:tbl'):
                for tr in e.findall(qn('w:tr')):
                    h += 2 + 13 * max(len(tc.findall(qn('w:p'))) for tc in tr.findall(qn('w:tc')))
            else:
                h += 14 * (1 + len(e.findall('.//' + qn('w:br'))))
        return max(h, 14)

    def textbox_par(self, elements, stamp=False):
        width = 140 if stamp else 481.9
        height = self._estimate_height(elements)
        p = W('p')
        pPr = W('pPr', parent=p)
        W('spacing', {'before': 0, 'after': 60}, pPr)
        r = W('r', parent=p)
        if self.mode == 'wps' and not stamp:
            fallback_elems = [copy.deepcopy(e) for e in elements]
            ac = X('mc:AlternateContent', None, r)
            ch = X('mc:Choice', {'Requires': 'wps'}, ac)
            drawing = W('drawing', parent=ch)
            cx, cy = int(width * 12700), int(height * 12700)
            inl = X('wp:inline', {'distT': 0, 'distB': 0, 'distL': 0, 'distR': 0}, drawing)
            X('wp:extent', {'cx': cx, 'cy': cy}, inl)
            X('wp:effectExtent', {'l': 0, 't': 0, 'r': 0, 'b': 0}, inl)
            self.shape_no += 1
            X('wp:docPr', {'id': self.shape_no, 'name': 'Text Box %d' % self.shape_no}, inl)
            X('wp:cNvGraphicFramePr', None, inl)
            g = X('a:graphic', None, inl)
            gd = X('a:graphicData', {'uri': 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape'}, g)
            wsp = X('wps:wsp', None, gd)
            X('wps:cNvSpPr', {'txBox': 1}, wsp)
            spPr = X('wps:spPr', None, wsp)
            xf = X('a:xfrm', None, spPr)
            X('a:off', {'x': 0, 'y': 0}, xf)
            X('a:ext', {'cx': cx, 'cy': cy}, xf)
            pg = X('a:prstGeom', {'prst': 'rect'}, spPr)
            X('a:avLst', None, pg)
            X('a:noFill', None, spPr)
            ln = X('a:ln', None, spPr)
            X('a:noFill', None, ln)
            txbx = X('wps:txbx', None, wsp)
            tx = W('txbxContent')
            txbx.append(tx)
            for e in elements:
                tx.append(e)
            bp = X('wps:bodyPr', {'rot': 0, 'vert': 'horz', 'wrap': 'square', 'lIns': 0, 'tIns': 0,
                                  'rIns': 0, 'bIns': 0, 'anchor': 't', 'anchorCtr': 0}, wsp)
            X('a:spAutoFit', None, bp)
            fb = X('mc:Fallback', None, ac)
            fb.append(self._vml_shape(fallback_elems, width, height, fallback=True))
        else:
            r.append(self._vml_shape(elements, width, height, stamp=stamp))
        return p

    def place(self, kind, elements):
        """Put one recognised block on the page."""
        self.block_no += 1
        sect = self.body.find(qn('w:sectPr'))

        def add(e):
            sect.addprevious(e)
        if self.mode == 'frames':
            framed = False
            for e in elements:
                if e.tag == qn('w:p') and kind != 'plain':
                    self.frame_pr(e, 'stamp' if kind == 'stamp' else 'text')
                    framed = True
                add(e)
            if framed:
                # the empty paragraph each ABBYY frame is anchored to
                anchor = W('p')
                ppr = W('pPr', parent=anchor)
                W('spacing', {'before': 0, 'after': 0, 'line': 120, 'lineRule': 'exact'}, ppr)
                rpr = W('rPr', parent=ppr)
                W('sz', {'val': 4}, rpr)
                add(anchor)
        elif self.mode in ('vml', 'wps'):
            if kind == 'plain':
                for e in elements:
                    add(e)
            else:
                add(self.textbox_par(elements, stamp=(kind == 'stamp')))
        else:  # flow: body text; stamps still come out as a text box
            if kind == 'stamp':
                add(self.textbox_par(elements, stamp=True))
            else:
                for e in elements:
                    add(e)

    def page_break(self):
        p = W('p')
        r = W('r', parent=p)
        W('br', {'type': 'page'}, r)
        self.body.find(qn('w:sectPr')).addprevious(p)

    # ------------------------------------------------------------ build
    def render_items(self, items):
        """Returns a list of (kind, elements) blocks."""
        blocks = []
        cur = []

        def flush():
            nonlocal cur
            if cur:
                blocks.append(('text', cur))
                cur = []
        for it in items:
            t = it[0]
            if t in ('p', 'P'):
                cur += self.text_item(it[1], t == 'P')
            elif t == 'I':      # indented protected paragraph
                cur += self.text_item(it[1], True, width=self.width - 6, left=567)
            elif t in ('b', 'B'):
                cur += self.bullets(it[1], it[2] if len(it) > 2 else '\u2022', t == 'B')
            elif t == 'L':      # pre-wrapped protected lines
                fmt = it[2] if len(it) > 2 else {}
                cur += self.lines_to_paras(it[1], fmt)
            elif t == 'center':
                fmt = it[2] if len(it) > 2 else {}
                for ln in it[1]:
                    cur.append(self.p([self.line_runs(ln, fmt)], jc='center', after=60))
            elif t == 'break':
                flush()
                blocks.append(('break', []))
            elif t == 'gap':
                cur.append(self.p([[]]))
            elif t == 't':
                header, rows, tmode = it[1], it[2], it[3]
                if tmode == 'word':
                    flush()
                    blocks.append(('table', self.word_table(header, rows, it[4]) + [self.p([[]])]))
                else:
                    cur += self.tab_table(header, rows, it[4], it[5])
            elif t == 'sig':
                flush()
                blocks += self.sig_items(it[1], it[2])
            elif t == 'stamp':
                flush()
                blocks.append(('stamp', self.stamp(it[1])))
            elif t == 'cover':
                flush()
                blocks.append(('table', self.cover_sheet(it[1]) + [self.p([[]])]))
            else:
                raise ValueError(t)
        flush()
        return blocks

    def build(self):
        spec = self.spec
        secs = {s[0]: s for s in spec['sections']}
        pages = spec['pages']
        n_breaks = sum(1 for s in spec['sections'] for it in s[2] if it[0] == 'break')
        labels = spec.get('page_labels') or list(range(1, len(pages) + n_breaks + 1))
        total = spec.get('page_total') or len(pages) + n_breaks
        self.page_idx = 0

        def page_end():
            if spec.get('pageno') and labels[self.page_idx] is not None:
                txt = spec['pageno'].format(n=labels[self.page_idx], N=total)
                self.place('plain', [self.p([self.line_runs(txt, {'sz': 18})], jc='center', before=240)])
            self.page_idx += 1

        def page_start():
            if spec.get('page_top'):
                self.place('plain', [self.p([self.line_runs(spec['page_top'], {'bold': True, 'sz': 18})],
                                           jc='center', after=200)])
        for pi, page in enumerate(pages):
            if pi:
                self.page_break()
            page_start()
            for key in page:
                if key.startswith('_'):
                    items = spec['front'] if key == '_front' else spec['fronts'][key]
                    for kind, els in self.render_items(items):
                        self.place(kind, els)
                    continue
                if key not in secs:
                    continue
                _, head, items = secs[key]
                hblock = self.heading(head) if head else []
                blocks = self.render_items(items)
                if self.mode in ('vml', 'wps') and blocks and blocks[0][0] == 'text':
                    # Acrobat keeps a heading in the same box as its first text block
                    blocks[0] = ('text', hblock + blocks[0][1])
                elif hblock:
                    blocks.insert(0, ('text', hblock))
                for kind, els in blocks:
                    if kind == 'break':
                        page_end()
                        self.page_break()
                        page_start()
                        continue
                    if kind == 'table' and self.mode == 'frames':
                        kind = 'plain'
                    if kind == 'sigblock':
                        kind = 'text'
                    self.place(kind, els)
            page_end()
        self._props()
        return self.doc

    def _props(self):
        cp = self.doc.core_properties
        meta = self.spec['core']
        cp.author = meta.get('author', 'Records Services')
        cp.last_modified_by = meta.get('last_modified_by', cp.author)
        cp.title = meta.get('title', '')
        cp.subject = ''
        cp.keywords = meta.get('keywords', '')
        cp.comments = meta.get('comments', '')
        cp.category = ''
        cp.revision = meta.get('revision', 1)
        cp.created = meta['created']
        cp.modified = meta.get('modified', meta['created'])
        cp.last_printed = meta.get('created')
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               '<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Pages>%d</Pages>'
               '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
               '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
               '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
               % (len(self.spec['pages']), meta.get('application', 'ABBYY FineReader PDF 15')))
        for part in self.doc.part.package.iter_parts():
            if str(part.partname) == '/docProps/app.xml':
                part._blob = app.encode('utf-8')
        if self.spec.get('track_settings'):
            settings = self.doc.settings.element
            settings.find(qn('w:defaultTabStop')).addprevious(W('trackRevisions'))


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# =====================================================================
# Content
# =====================================================================
def D(y, m, d, h=9):
    return dt.datetime(y, m, d, h, 0, 0)


def numbered(sections, fmt):
    """Number headings the way the typist did, before any page goes missing."""
    out = []
    for i, (key, head, items) in enumerate(sections, 1):
        out.append((key, fmt.format(n=i, h=head) if fmt else head, items))
    return out


def drop(sections, key):
    return [s for s in sections if s[0] != key]


def replace_items(sections, key, items):
    return [(k, h, items if k == key else it) for k, h, it in sections]


# ---------------------------------------------------------------------
# Base A - Te Tai Tokerau Whanau Safety Table (family violence)
# ---------------------------------------------------------------------
A_AGENCIES = [
    ('New Zealand Police (lead agency)', 'Family Harm Coordinator, Whangārei'),
    ('Oranga Tamariki', 'Site Manager or senior social worker, Whangārei'),
    ('Health New Zealand – Te Whatu Ora', 'Family Violence Intervention Coordinator, Te Tai Tokerau'),
    ('Ara Poutama Aotearoa – Department of Corrections', 'Service Manager, Community Corrections'),
    ('Ministry of Social Development', 'Regional Partnerships Manager'),
    ("Tai Tokerau Women's Refuge", 'Safety Services Manager'),
    ('Te Whare Oranga o Hokianga Trust', 'Kaiārahi Whānau Team Leader'),
]
A_SIGS = [
    dict(agency='New Zealand Police', name='Inspector Tane Hohaia', role='Area Commander, Whangārei–Kaipara',
         date='10 March 2025'),
    dict(agency='Oranga Tamariki', name='Rachel Dunn', role='Regional Manager, Te Tai Tokerau', date='11/03/2025'),
    dict(agency='Health New Zealand – Te Whatu Ora', name='Dr Aroha Peters',
         role='Group Manager, Hospital and Specialist Services, Te Tai Tokerau', date='12 March 2025'),
    dict(agency='Ara Poutama Aotearoa – Department of Corrections', name='Anaru Kingi',
         role='District Manager, Northland Community Corrections', date='12/03/2025'),
    dict(agency='Ministry of Social Development', name='Lisa Harding', role='Regional Commissioner, Northland',
         date='13 March 2025'),
    dict(agency="Tai Tokerau Women's Refuge", name='Maria Tapsell', role='Manager', date='14/03/2025'),
    dict(agency='Te Whare Oranga o Hokianga Trust', name='Hemi Te Rangi', role='Chief Executive',
         date='17 March 2025'),
]


def base_a(variant=None):
    retention = [
        ('p', "Agencies keep information from the table only when they need it to carry out an action agreed "
              "at the table, and store it in their own approved business system. Personal information "
              "received by email is deleted once it has been saved there."),
        ('p', "Government agencies apply their disposal authorities under the Public Records Act 2005; the "
              "Refuge and the Trust apply their own retention policies, which require secure destruction "
              "once the purpose is complete. Police hold the agenda, action log and minutes of the table "
              "in the Family Safety System."),
    ]
    if variant == 'isp801':
        retention = [
            ('P', "Each agency may place copies of the case summaries, safety plans and minutes it receives "
                  "from the table on its own client files and keep them for future reference, as the same "
                  "whānau frequently come to notice again."),
            ('p', "Government agencies apply their disposal authorities under the Public Records Act 2005; the "
                  "Refuge and the Trust apply their own retention policies. Police hold the agenda, action log "
                  "and minutes of the table in the Family Safety System."),
        ]
    sections = [
        ('attending-agencies', 'Attending Agencies', [
            ('p', 'The following agencies attend the Whānau Safety Table and are parties to this protocol:'),
            ('t', ['Agency', 'Usually represented by'], [list(a) for a in A_AGENCIES], 'word', [4700, 4900]),
            ('P', 'New Zealand Police convenes the table and is the lead attending agency.'),
        ]),
        ('meeting-purpose', 'Purpose of the Meeting', [
            ('p', "The Whānau Safety Table meets every weekday morning to consider family violence episodes "
                  "reported to Police, or referred by another attending agency, in the previous 24 hours. The "
                  "table works out how serious the risk is to each victim and their tamariki and agrees a "
                  "coordinated response, so that the whānau receives the right help quickly and no agency "
                  "works in isolation."),
            ('p', "The table does not make decisions about prosecution, care and protection, or benefit "
                  "entitlement. Those decisions stay with the agency that holds the statutory role."),
        ]),
        ('sharing-purpose', 'Purpose of Sharing Information', [
            ('p', 'Information is shared at the table only for the following purposes:'),
            ('B', ['to assess the risk of family violence to the victim and any children in the household;',
                   'to agree a safety plan for the whānau and decide which agency will carry out each action in it;',
                   "where a child or young person is involved, to assess and respond to concerns about that "
                   "child's wellbeing and safety."], '({n})'),
        ]),
        ('information-shared', 'Information to be Shared', [
            ('p', "Each agency shares only what is relevant to the episode being discussed. This may include:"),
            ('b', ['names, dates of birth, addresses and relationships of the people involved;',
                   'the Police report of the episode and any history of family violence, protection orders or '
                   'bail conditions;',
                   'whether a person is serving a sentence or order administered by Corrections, and its conditions;',
                   'current Oranga Tamariki involvement with tamariki in the household;',
                   'health information that bears directly on risk, such as injuries from the episode or pregnancy;',
                   'services the whānau already receives from the Refuge, the Trust or MSD.'], '-'),
            ('p', "Representatives do not share whole files. If unsure whether something is relevant, the "
                  "representative checks with their own privacy or legal team before sharing it."),
        ]),
        ('legal-authority', 'Legal Authority', [
            ('P', "This protocol does not itself give any agency the authority to share information. It records "
                  "the law that each purpose relies on, and representatives must be satisfied that the "
                  "criteria in that provision are met each time they share."),
            ('t', ['Purpose', 'Legal authority'], [
                ['(1) Assess the risk of family violence', 'Family Violence Act 2018, section 20'],
                ['(2) Agree a safety plan and allocate actions', 'Family Violence Act 2018, section 20'],
                ['(3) Wellbeing and safety of a child or young person', 'Oranga Tamariki Act 1989, section 66C'],
            ], 'word', [4800, 4800]),
        ]),
        ('use-of-information', 'Use of Information', [
            ('p', "Information received at the table is used only for the purpose it was shared for. An agency "
                  "that is given an action may record in its own system the information it needs to carry out "
                  "that action, noting where the information came from, the legal authority, the purpose, any "
                  "restrictions on its use and the date it was shared."),
            ('p', "Any other use, including use in unrelated proceedings, needs a fresh assessment of purpose "
                  "and legal authority and advice from the agency's privacy or legal team."),
        ]),
        ('transparency', 'Transparency and Notification', [
            ('p', "Victims are told by the agency working with them that the table exists and that their "
                  "information may be discussed there, unless telling them would increase the risk to their "
                  "safety. Each agency's privacy statement describes sharing with other family violence "
                  "agencies. Where section 66C of the Oranga Tamariki Act 1989 is relied on, the child or "
                  "young person and their whānau are consulted where that is practicable and appropriate, and "
                  "the reason is recorded when they are not."),
        ]),
        ('method-of-sharing', 'How Information is Shared', [
            ('p', "Police send the list of episodes to be discussed to representatives by SEEMail at 8.00 am. "
                  "Information is then shared verbally at the table, which meets in person at Whangārei Police "
                  "Station or by Microsoft Teams. The Police coordinator records agreed actions in the Family "
                  "Safety System, which only authorised users can access."),
        ]),
        ('security-classification', 'Security Classification', [
            ('P', "All information shared at or for the table is classified IN-CONFIDENCE and is handled "
                  "according to the Protective Security Requirements for that classification."),
        ]),
        ('security-controls', 'Security Controls', [
            ('p', 'The following controls apply to all sharing under this protocol:'),
            ('B', ["every representative has completed their agency's privacy and information security "
                   "training, including the Family Safety System module, before attending;",
                   "any hard copy brought to the table is collected by the coordinator and securely destroyed "
                   "(shredded) at the end of the meeting;",
                   "email attachments containing personal information are password protected, with the "
                   "password sent separately;",
                   "information is shared only from agency-approved devices;",
                   "when the table meets online, nobody uses the chat function, records the meeting or takes "
                   "screenshots;",
                   "hard copies are not handed to representatives of other agencies."], '-'),
        ]),
        ('tikanga', 'Tikanga Māori Considerations', [
            ('p', "Most whānau discussed at the table are Māori. Information about whānau, whakapapa and whenua "
                  "is a taonga and is discussed with respect for the mana of the people concerned. Te Whare "
                  "Oranga o Hokianga Trust advises the table on tikanga, and the table seeks the Trust's view "
                  "before information about a whānau is used for anything other than their safety plan. "
                  "Kaiārahi may attend with whānau consent to support them to take part."),
        ]),
        ('retention-disposal', 'Retention and Disposal', retention),
        ('breach-management', 'Privacy and Security Breaches', [
            ('p', "A representative who becomes aware of a privacy or security breach involving information "
                  "from the table tells their own agency's privacy officer and the breach contact for the "
                  "table immediately."),
            ('P', "The breach contact for the table is the Family Harm Coordinator, New Zealand Police, "
                  "Whangārei, phone 09 430 4500, email tetaitokerau.familyharm@police.govt.nz."),
            ('p', "The agency whose information was involved leads the response, works with the other agencies "
                  "to contain the breach, decides what to tell the people affected, and notifies the Privacy "
                  "Commissioner if the breach is likely to cause serious harm."),
        ]),
        ('conflicts-of-interest', 'Conflicts of Interest', [
            ('p', "A representative who knows, or is related to, a person to be discussed tells the chair as "
                  "soon as they become aware of it. The chair asks another person from that agency to deal "
                  "with any request for information, and the representative leaves the room (or the online "
                  "meeting) while that person is discussed. Conflicts and how they were managed are recorded "
                  "in the action log."),
        ]),
        ('relationship-management', 'Relationship Management and Oversight', [
            ('p', "Each agency names a relationship manager at a senior level who understands the purpose of "
                  "the table and the information shared there. The relationship managers meet every six "
                  "months to check that the protocol is working, deal with concerns, and make sure sharing "
                  "has not drifted beyond the purposes above."),
        ]),
        ('review', 'Review', [
            ('P', "This protocol is reviewed every two years from the date of the last signature. New Zealand "
                  "Police, as lead agency, is responsible for starting the review. Any attending agency may "
                  "ask for an earlier review if a problem with information sharing arises."),
        ]),
        ('approval', 'Approval and Signatures', [
            ('p', 'By signing, each agency agrees to follow this protocol.'),
            ('sig', A_SIGS[:4], 'blocks'),
            ('break',),
            ('sig', A_SIGS[4:] if variant != 'isp703' else [s for s in A_SIGS[4:] if 'Refuge' not in s['agency']],
             'blocks'),
            ('stamp', ['RECEIVED', '21 MAR 2025', 'NORTHLAND DISTRICT RECORDS']),
        ]),
    ]
    sections = numbered(sections, '{n}. {h}')
    return sections


def front_a(version_line):
    return [
        ('center', ['INFORMATION SHARING PROTOCOL'], {'bold': True, 'sz': 32}),
        ('center', ['Te Tai Tokerau Whānau Safety Table', '(Whangārei and Kaipara)'], {'bold': True, 'sz': 26}),
        ('center', [version_line], {}),
        ('gap',),
    ]


A_PAGES = [['_front', 'attending-agencies', 'meeting-purpose', 'sharing-purpose'],
           ['information-shared', 'legal-authority', 'use-of-information', 'transparency'],
           ['method-of-sharing', 'security-classification', 'security-controls', 'tikanga'],
           ['retention-disposal', 'breach-management', 'conflicts-of-interest', 'relationship-management',
            'review'],
           ['approval']]

SUBS_A = [('meeting', 'rneeting'), ('information', 'inforrnation'), ('If', 'lf'), ('identified', 'identiﬁed'),
          ('whānau', 'whänau'), ('immediately', 'imrnediately'), ('specific', 'speciﬁc'),
          ('representative', 'represent ative'), ('agreed', 'agre ed'), ("agency's", "agency’s"),
          ("Trust's", "Trust’s")]


# ---------------------------------------------------------------------
# Base B - Kirikiriroa Rangatahi Panel (youth offending)
# ---------------------------------------------------------------------
B_SIGS = [
    dict(agency='Oranga Tamariki', name='Kiri Walker', role='Regional Manager, Waikato', date='2 February 2026',
         intro='For'),
    dict(agency='New Zealand Police', name='Senior Sergeant Daniel Marsh',
         role='Youth Services Manager, Waikato District', date='3/02/2026', intro='For'),
    dict(agency='Ministry of Education', name='Juliet Ngata', role='Director of Education, Waikato',
         date='5 February 2026', intro='For'),
    dict(agency='Health New Zealand – Te Whatu Ora', name='Paul Ritchie',
         role='Group Manager, Infant, Child and Youth Mental Health, Waikato', date='9 February 2026', intro='For'),
    dict(agency='Te Rōpū Whakaora Rangatahi Trust', name='Rawiri Tamihana', role='Kaiwhakahaere',
         date='16/02/2026', intro='For'),
]


def base_b(variant=None):
    authority = [
        ('P', "Sharing at the panel relies on the law set out below. This protocol is not itself an "
              "authority to share; it records the authority each purpose depends on."),
        ('I', "Purposes 1 and 2 — Oranga Tamariki Act 1989, section 66C. Each attending agency is a child "
              "welfare and protection agency for the purposes of that section."),
        ('I', "Purpose 3 — Oranga Tamariki Act 1989, section 66C; for health information, the Health "
              "Information Privacy Code 2020, rule 11, with the agreement of the rangatahi wherever it "
              "can be obtained."),
    ]
    if variant == 'isp301':
        authority = [
            ('P', "Sharing at the panel relies on the law set out below. This protocol is not itself an "
                  "authority to share; it records the authority each purpose depends on."),
            ('I', "Purposes 1 and 2 — Oranga Tamariki Act 1989, section 66C. Each attending agency is a child "
                  "welfare and protection agency for the purposes of that section."),
            ('p', "Members who are unsure whether the criteria in section 66C are met should talk to their "
                  "own legal team before the meeting."),
        ]
    sections = [
        ('attending-agencies', 'Attending Agencies', [
            ('P', "The panel is made up of the agencies below. Oranga Tamariki is the lead agency: it convenes "
                  "the panel, holds this protocol and provides the panel coordinator."),
            ('t', ['Agency', 'Who attends'], [
                ['Oranga Tamariki', 'Convenor; youth justice social workers'],
                ['New Zealand Police', 'Youth Aid officers'],
                ['Ministry of Education', 'Learning support and attendance advisers'],
                ['Health New Zealand – Te Whatu Ora', 'Youth forensic and alcohol and drug clinicians'],
                ['Te Rōpū Whakaora Rangatahi Trust', 'Kaupapa Māori youth workers'],
            ], 'tabs', [38, 44], [4300]),
        ]),
        ('meeting-purpose', 'Purpose of the Panel', [
            ('p', "The panel meets fortnightly to look at rangatahi aged 10 to 17 who have come to the "
                  "attention of Police for offending in Kirikiriroa Hamilton and who have not been charged. "
                  "It puts a plan in place to deal with the causes of the offending before it escalates, and "
                  "aims to keep rangatahi out of the formal youth justice system where it is safe to do so."),
        ]),
        ('sharing-purpose', 'Purposes of Information Sharing', [
            ('B', ["Purpose 1: to understand the offending, needs and circumstances of the rangatahi so the "
                   "panel can agree an intervention plan;",
                   "Purpose 2: to identify and respond to any concern about the wellbeing or safety of the "
                   "rangatahi or other tamariki in the whānau;",
                   "Purpose 3: to arrange education, health and alcohol and drug support for the rangatahi as "
                   "part of the plan."], '\u2022'),
        ]),
        ('information-shared', 'Information to be Shared', [
            ('b', ["Police: the alleged offending, previous warnings and alternative actions, and information "
                   "about the safety of the whānau;",
                   "Oranga Tamariki: current or previous involvement with the rangatahi and whānau, and any plans;",
                   "Ministry of Education: enrolment, attendance, stand-downs and suspensions, and learning support;",
                   "Health New Zealand: whether the rangatahi is engaged with youth health or alcohol and drug "
                   "services, and health information directly relevant to the plan;",
                   "Te Rōpū Whakaora Rangatahi Trust: its engagement with the rangatahi and whānau."], '\u2022'),
            ('p', "Only information relevant to the plan for that rangatahi is shared."),
        ]),
        ('legal-authority', 'Legal Authority for Sharing', authority),
        ('use-of-information', 'Using the Information', [
            ('p', "Information shared is used only to agree and carry out the plan for the rangatahi and to "
                  "respond to wellbeing and safety concerns. It is not used as evidence in any prosecution "
                  "and is not used in decisions about school enrolment. An agency may record in its own "
                  "system only what it needs for its actions under the plan, noting the source, authority, "
                  "purpose, any restrictions on use and the date shared."),
        ]),
        ('transparency', 'Transparency – Telling Rangatahi and Whānau', [
            ('p', "Before a rangatahi is discussed, the Youth Aid officer or coordinator tells the rangatahi and "
                  "their parents or caregivers about the panel: which agencies attend, what information will "
                  "be shared and why. Their views are recorded and given to the panel, in line with the "
                  "consultation expected under section 66C. If telling them would put a child at risk, the "
                  "coordinator records the reason and the panel reconsiders at its next meeting whether they "
                  "can now be told."),
        ]),
        ('method-of-sharing', 'Method of Sharing', [
            ('p', "The coordinator sends the names and dates of birth of the rangatahi to be discussed to "
                  "members by SEEMail two working days before the meeting, in a password protected "
                  "attachment. Information is then shared verbally at the panel, which meets at the Oranga "
                  "Tamariki site office in Hamilton. The coordinator records the plan and actions in CYRAS; "
                  "other agencies receive only the actions allocated to them."),
        ]),
        ('security-classification', 'Security Classification', [
            ('L', ['Classification: SENSITIVE']),
            ('p', "Information about rangatahi and their whānau discussed at the panel is handled as "
                  "SENSITIVE by every attending agency."),
        ]),
        ('security-controls', 'Security Controls', [
            ('B', ["Panel members have completed privacy and information security training (their own "
                   "agency's modules) before attending.",
                   "Printed agendas and notes are handed back to the coordinator and shredded at the end of "
                   "each meeting.",
                   "Attachments sent by email that contain personal information are password protected.",
                   "Members use only devices issued or approved by their agency to send or receive panel "
                   "information.",
                   "A member who joins by video does not use the chat, does not record the meeting and takes "
                   "no screenshots.",
                   "No member gives a hard copy of panel information to a member from another agency."],
             '\u2022'),
        ]),
        ('tikanga', 'Tikanga', [
            ('p', "Te Rōpū Whakaora Rangatahi Trust and the Oranga Tamariki kairaranga ā-whānau advise the "
                  "panel on tikanga. Where a rangatahi affiliates to an iwi or hapū, the panel considers with "
                  "the whānau whether to involve their iwi social services in the plan. Information about "
                  "whakapapa is shared only where the whānau has agreed."),
        ]),
        ('retention-disposal', 'Retention and Disposal of Information', [
            ('p', "Each member deletes the pre-meeting list at the end of the meeting. Agencies keep only the "
                  "actions allocated to them, in their own approved system, for as long as their retention "
                  "schedule requires. Oranga Tamariki keeps the panel records (agendas, minutes and plans) in "
                  "CYRAS under its disposal authority."),
        ]),
        ('breach-management', 'Breach Management', [
            ('P', "The breach contact for the panel is the Site Manager, Oranga Tamariki Hamilton West, "
                  "email hamiltonwest.panel@ot.govt.nz, phone 07 858 1200."),
            ('p', "A member who becomes aware of a breach tells the breach contact and their own privacy "
                  "officer the same day. The agencies work together to contain it and agree who will tell "
                  "the rangatahi and whānau. The agency responsible assesses whether the breach is "
                  "notifiable and, if it is, notifies the Privacy Commissioner."),
        ]),
        ('conflicts-of-interest', 'Conflicts of Interest', [
            ('p', "Members say at the start of each meeting if they know a rangatahi or whānau on the list. "
                  "The chair decides how the conflict is managed; usually the member leaves the room for that "
                  "discussion and a colleague deals with any request for information."),
        ]),
        ('relationship-management', 'Relationship Management', [
            ('p', "Each agency nominates a relationship manager. The relationship managers meet the "
                  "coordinator every quarter to look at how the panel is working, any problems with sharing, "
                  "and whether the information shared is still limited to what the purposes need."),
        ]),
        ('review', 'Review of this Protocol', [
            ('P', "This protocol will be reviewed annually. Oranga Tamariki, as lead agency, will initiate each "
                  "review. A member agency may ask for a review at any time."),
        ]),
        ('approval', 'Signatories', [
            ('p', "Signed for each attending agency by a person with authority to approve it."),
            ('sig', B_SIGS, 'blocks'),
            ('stamp', ['RECEIVED', '18 FEB 2026', 'OT WAIKATO']),
        ]),
    ]
    return sections


def front_b():
    return [
        ('center', ['KIRIKIRIROA RANGATAHI PANEL'], {'bold': True, 'sz': 30}),
        ('center', ['Information Sharing Protocol', 'Agreed February 2026'], {'bold': True, 'sz': 24}),
        ('gap',),
    ]


B_PAGES = [['_front', 'attending-agencies', 'meeting-purpose', 'sharing-purpose', 'information-shared'],
           ['legal-authority', 'use-of-information', 'transparency', 'method-of-sharing'],
           ['security-classification', 'security-controls', 'tikanga', 'retention-disposal'],
           ['breach-management', 'conflicts-of-interest', 'relationship-management', 'review'],
           ['approval']]

SUBS_B = [('information', 'infor mation'), ('meeting', 'rneeting'), ('In', 'ln'), ('whānau', 'whänau'),
          ('members', 'rnembers'), ('It', 'lt'), ('relevant', 'relev ant')]


# ---------------------------------------------------------------------
# Base C - Otara-Papatoetoe Attendance and Engagement Hui (school attendance)
# ---------------------------------------------------------------------
C_AGENCIES = ['Ministry of Education (lead agency)', 'Oranga Tamariki', 'Ministry of Social Development',
              'Kāinga Ora – Homes and Communities', 'Tautoko Whānau Trust (Attendance Service)',
              'Aiga Fesoasoani Pasifika Trust']
C_SIGS = [
    dict(agency='Ministry of Education', name='Hana Tuhiwai', role='Director of Education, Auckland',
         date='18/08/2025'),
    dict(agency='Oranga Tamariki', name='Mark Seumanu', role='Regional Manager, Counties Manukau',
         date='19/08/2025'),
    dict(agency='Ministry of Social Development', name='Grace Fonoti', role='Regional Commissioner, Auckland South',
         date='20/08/2025'),
    dict(agency='Kāinga Ora – Homes and Communities', name='Peter Vaughan', role='Regional Director, Auckland South',
         date='21/08/2025'),
    dict(agency='Tautoko Whānau Trust (Attendance Service)', name='Moana Herewini', role='Chief Executive',
         date='22/08/2025'),
    dict(agency='Aiga Fesoasoani Pasifika Trust', name='Rev. Iosefa Leota', role='Chair, Board of Trustees',
         date='25/08/2025'),
]


def base_c(variant=None):
    authority_note = ('P', "The protocol itself is not a source of authority to share: it records the "
                           "provisions relied on above. Where a parent or caregiver has not agreed, "
                           "information is shared only for purpose C, and only where section 66C applies.")
    if variant == 'isp305':
        authority_note = ('P', "Signing this protocol gives each member agency the authority it needs to share "
                               "information about referred ākonga and their whānau at the hui. Where a parent "
                               "or caregiver has not agreed, information is shared only for purpose C.")
    sigs = C_SIGS
    if variant == 'isp702':
        sigs = [dict(s, name='') if s['agency'].startswith('Kāinga') else s for s in C_SIGS]
    sections = [
        ('attending-agencies', 'Attending agencies', [
            ('p', "The hui is attended by representatives of:"),
            ('B', C_AGENCIES, '{a})'),
            ('p', "The Attendance Service is delivered by Tautoko Whānau Trust under contract to the Ministry. "
                  "Schools make referrals through the Attendance Service and do not attend the hui."),
        ]),
        ('meeting-purpose', 'Meeting purpose', [
            ('p', "The hui meets every three weeks during term time. It looks at ākonga in Years 1 to 10 who "
                  "are chronically absent (at school less than 70 per cent of the time) and have been referred "
                  "by their school or the Attendance Service, finds out why they are not at school, and agrees "
                  "practical support for them and their whānau so they can return to regular learning."),
        ]),
        ('sharing-purpose', 'Purpose of sharing', [
            ('B', ["To identify the barriers that stop a referred ākonga from attending school regularly.",
                   "To connect the ākonga and whānau with housing, income and community support that will help "
                   "them attend.",
                   "To respond to any concern about the wellbeing or safety of an ākonga that comes to light."],
             '{A}.'),
        ]),
        ('information-shared', 'Information we will share', [
            ('b', ["school attendance and enrolment history, stand-downs and suspensions (Ministry of Education "
                   "and the Attendance Service);",
                   "notes from home visits made by the Attendance Service;",
                   "whether Oranga Tamariki is working with the whānau and the name of the social worker;",
                   "with consent, whether the whānau receives a main benefit or hardship assistance (MSD);",
                   "with consent, tenancy status, overcrowding or maintenance issues (Kāinga Ora);",
                   "engagement of the Pasifika Trust with the family and any language support needed."], '-'),
        ]),
        ('legal-authority', 'Legal authority to share', [
            ('t', ['Purpose', 'Legal authority'], [
                ['A. Identify barriers to attendance',
                 'Privacy Act 2020, IPP 11(1)(d): the disclosure is authorised by the parent or caregiver, who '
                 'signs the referral consent'],
                ['B. Connect with housing, income and community support',
                 'Privacy Act 2020, IPP 11(1)(d): authorised by the parent or caregiver'],
                ['C. Wellbeing or safety concern', 'Oranga Tamariki Act 1989, section 66C'],
            ], 'word', [4000, 5600]),
            authority_note,
        ]),
        ('use-of-information', 'Use of information', [
            ('p', "Information is used only for the purpose for which it was shared. A member records in its "
                  "own system only the information it needs for an action agreed at the hui, together with "
                  "the source, legal authority, purpose, any restrictions and the date it was shared."),
            ('P', "Agencies must not keep information ‘just in case’ it is needed later."),
        ]),
        ('transparency', 'Transparency', [
            ('p', "The referral form explains the hui to the parent or caregiver, lists the member agencies and "
                  "what information is shared, and asks for their consent. The Attendance Service worker "
                  "talks it through kanohi ki te kanohi and in the family's preferred language; the Aiga "
                  "Fesoasoani Pasifika Trust provides Samoan and Tongan interpreters when needed. Whānau may "
                  "withdraw consent at any time, and are told what was agreed at the hui."),
        ]),
        ('method-of-sharing', 'How we share information', [
            ('p', "The Attendance Service sends the referral list to members by secure email three working "
                  "days before the hui. Discussion is verbal. The hui is held at the Ministry of Education's "
                  "Manukau office, or online using Microsoft Teams. The Ministry records agreed actions in its "
                  "attendance case management tool, and each member receives only its own actions."),
        ]),
        ('security-classification', 'Security classification', [
            ('P', "The information shared at the hui is classified IN-CONFIDENCE."),
        ]),
        ('security-controls', 'Security controls', [
            ('L', ["10.1  All representatives have done their agency's privacy and information security training.",
                   "10.2  Hard copies of the referral list are collected and securely destroyed at the end of",
                   "      each hui.",
                   "10.3  Any email attachment containing personal information is password protected.",
                   "10.4  Representatives share information only from agency-approved laptops and phones.",
                   "10.5  At online hui, personal information is not typed into the chat, the hui is not",
                   "      recorded and no screenshots are taken.",
                   "10.6  Representatives do not give hard copies to members from other agencies."]),
        ]),
        ('tikanga', 'Tikanga', [
            ('p', "Each hui opens with karakia. Information about Māori ākonga and their whānau is treated as a "
                  "taonga. Tautoko Whānau Trust and the Ministry's Pou Ārahi advise members on tikanga, "
                  "including how whānau are approached and how information about them is spoken about and "
                  "recorded. The Pasifika Trust advises on cultural practice for Pacific families."),
        ]),
        ('retention-disposal', 'Keeping and disposing of information', [
            ('p', "Members keep information from the hui only when they need it for an action agreed at the "
                  "hui, in their approved system, for as long as the action requires and their retention "
                  "schedule allows. Emailed referral lists are deleted when the hui has finished. The "
                  "Ministry keeps the minutes and action register under its disposal authority."),
        ]),
        ('breach-management', 'Privacy or security breach', [
            ('P', "If there is a breach, contact the Senior Advisor Privacy, Ministry of Education (Auckland), "
                  "privacy.auckland@education.govt.nz, 09 632 9400."),
            ('p', "Members tell the breach contact on the day they become aware of the breach. The agency "
                  "that holds the information leads the response with the others, decides what to tell the "
                  "whānau, and notifies the Privacy Commissioner of a notifiable breach."),
        ]),
        ('conflicts-of-interest', 'Conflicts of interest', [
            ('p', "A representative who is related to or knows a referred ākonga or their whānau tells the "
                  "chair before the case is discussed, passes any request for information to a colleague and "
                  "leaves the hui for that discussion."),
        ]),
        ('relationship-management', 'Oversight and relationship management', [
            ('p', "Each member names a relationship manager. The relationship managers meet once a term to "
                  "check that the protocol is working as intended and to resolve any issues with the sharing "
                  "of information."),
        ]),
        ('review', 'Review', [
            ('P', "This protocol is reviewed every 24 months. The Ministry of Education, as the lead agency, "
                  "starts the review and sends the revised protocol to all members for signature."),
        ]),
        ('approval', 'Approval', [
            ('p', "Approved for each member agency by:"),
            ('sig', sigs, 'table'),
            ('stamp', ['ENTERED IN REGISTER', 'ISP 2025/031', '29 AUG 2025']),
        ]),
    ]
    return numbered(sections, '{n}.  {h}')


def front_c():
    return [
        ('center', ['ŌTARA–PAPATOETOE ATTENDANCE AND ENGAGEMENT HUI'], {'bold': True, 'sz': 28}),
        ('center', ['Protocol for sharing information', 'Effective from 1 September 2025'], {'sz': 24}),
        ('gap',),
    ]


C_PAGES = [['_front', 'attending-agencies', 'meeting-purpose', 'sharing-purpose', 'information-shared'],
           ['legal-authority', 'use-of-information', 'transparency', 'method-of-sharing',
            'security-classification'],
           ['security-controls', 'tikanga', 'retention-disposal', 'breach-management', 'conflicts-of-interest'],
           ['relationship-management', 'review', 'approval']]

SUBS_C = [('information', 'inforrnation'), ('Information', 'lnformation'), ('arrangements', 'arrange ments'),
          ('school', 'scbool'), ('member', 'rnember'), ('whānau', 'whanau'), ('finished', 'ﬁnished'),
          ('finds', 'ﬁnds'), ("Ministry's", "Ministry’s"), ("family's", "family’s")]


# ---------------------------------------------------------------------
# Base D - Otautahi Elder Abuse Multi-Agency Case Consultation
# ---------------------------------------------------------------------
D_SIGS = [
    dict(agency='Age Concern Canterbury', name='Simone Ashby', role='Chief Executive', date='2 June 2025'),
    dict(agency='Health New Zealand – Te Whatu Ora Waitaha Canterbury', name='Dr Ian Fraser',
         role='Clinical Director, Older Persons Health', date='4 June 2025'),
    dict(agency='New Zealand Police', name='Inspector Lisa Morrow', role='Prevention Manager, Canterbury District',
         date='5/06/2025'),
    dict(agency='Ministry of Social Development', name='Tevita Fifita', role='Regional Commissioner, Canterbury',
         date='10 June 2025'),
    dict(agency='Te Whare Hauora o Ōtautahi', name='Ngaio Tau', role='Kaiwhakahaere Matua', date='12 June 2025'),
]


def base_d(variant=None):
    controls = [
        "(a)\tAll representatives have completed privacy and information security training through their "
        "own agency.",
        "(b)\tPrinted case summaries are collected by the coordinator and shredded at the end of the meeting.",
        "(c)\tEmail attachments containing personal information are password protected.",
        "(d)\tInformation is shared only from devices approved by the representative's agency.",
        "(e)\tAt online meetings the chat function is not used for personal information, the meeting is not "
        "recorded, and no screenshots are taken.",
        "(f)\tHard copies are not passed to other agencies' representatives.",
    ]
    method_extra = ''
    if variant == 'isp451':
        controls = [c for c in controls if not c.startswith('(d)')]
        controls = ['(%s)%s' % ('abcde'[i], c[3:]) for i, c in enumerate(controls)]
        method_extra = (" Representatives who are away from the office may join from their own mobile "
                        "phone and receive the agenda there.")
    items_controls = []
    for c in controls:
        head, rest = c.split('\t', 1)
        items_controls.append(rest)
    sections = [
        ('attending-agencies', 'Attending agencies', [
            ('B', ["Age Concern Canterbury (lead agency) – Elder Abuse Response Service",
                   "Health New Zealand – Te Whatu Ora Waitaha Canterbury",
                   "New Zealand Police",
                   "Ministry of Social Development",
                   "Te Whare Hauora o Ōtautahi"], '\u25aa'),
        ]),
        ('meeting-purpose', 'Why the consultation meets', [
            ('p', "The consultation meets monthly, and urgently when needed, to discuss older people (aged 65 "
                  "and over, or 55 and over for Māori and Pacific peoples) who have been referred to the Elder "
                  "Abuse Response Service where abuse or neglect is suspected and more than one agency is "
                  "involved. It agrees how to keep the older person safe while respecting their wishes and "
                  "their right to make their own decisions."),
        ]),
        ('sharing-purpose', 'Purpose of sharing information', [
            ('B', ["To assess the risk of harm to an older person from abuse or neglect by a family member, "
                   "carer or other person.",
                   "To agree a safety and support plan with the older person, and who will do what."], '{n}.'),
        ]),
        ('information-shared', 'Information to be shared', [
            ('p', "Name, age, address and living situation of the older person; the concern referred and who "
                  "is suspected of causing harm; relevant health and cognitive information (including "
                  "whether an enduring power of attorney has been activated); any Police call-outs or "
                  "protection orders; benefit or financial assistance details where financial abuse is "
                  "suspected; and the services already involved."),
        ]),
        ('legal-authority', 'Legal authority', [
            ('I', "Purpose 1: Family Violence Act 2018, section 20, where the person suspected of abuse is in a "
                  "family relationship with the older person; otherwise Privacy Act 2020, IPP 11(1)(f), and "
                  "for health information the Health Information Privacy Code 2020, rule 11(2)(d), where "
                  "disclosure is necessary to prevent or lessen a serious threat to the life or health of "
                  "the older person."),
            ('I', "Purpose 2: Privacy Act 2020, IPP 11(1)(d), and Health Information Privacy Code 2020, rule "
                  "11(1)(b), where the older person (or their attorney under an activated enduring power of "
                  "attorney) authorises the disclosure; where the abuse is family violence, Family Violence "
                  "Act 2018, section 20."),
            ('P', "No sharing rests on this protocol alone. It records the law each purpose relies on."),
        ]),
        ('use-of-information', 'Use of information', [
            ('p', "Information is used only to assess risk and to plan and deliver support for the older "
                  "person. An agency keeps in its own records only what it needs to carry out its part of the "
                  "plan, and notes where it came from, the legal authority and purpose, any restrictions and "
                  "the date shared. It is not used for any unrelated purpose without fresh legal advice."),
        ]),
        ('transparency', 'Transparency and notification', [
            ('p', "The older person is at the centre of the process. The Elder Abuse Response Service "
                  "coordinator explains the consultation and asks for the older person's agreement before "
                  "the referral is discussed, unless they lack capacity (in which case their attorney or "
                  "welfare guardian is asked) or the risk is serious and imminent. The reason for not telling "
                  "them is recorded, and they are told what was agreed as soon as it is safe to do so."),
        ]),
        ('method-of-sharing', 'Method of sharing', [
            ('p', "The coordinator emails the agenda, showing initials and the referral number only, to "
                  "representatives by secure email. Information is shared verbally. Meetings are held at "
                  "Age Concern Canterbury or on Microsoft Teams. The coordinator records the plan in the "
                  "service's client management system." + method_extra),
        ]),
        ('security-classification', 'Security classification', [
            ('L', ['Classification of information shared: IN-CONFIDENCE']),
        ]),
        ('security-controls', 'Security controls', [
            ('B', items_controls, '({a})'),
        ]),
        ('tikanga', 'Tikanga', [
            ('p', "Kaumātua are treated with the respect their standing deserves. Where the older person is "
                  "Māori, Te Whare Hauora o Ōtautahi advises on tikanga, the plan is developed with the "
                  "whānau the older person chooses, and information about whānau relationships, whakapapa "
                  "and Māori land interests is handled with particular care and shared only where needed "
                  "for the plan."),
        ]),
        ('retention-disposal', 'Retention and disposal', [
            ('p', "Agencies keep information only while they need it for their part of the plan, in their "
                  "approved system, and then dispose of it under their retention schedule. Emailed agendas "
                  "are deleted after the meeting. Age Concern Canterbury keeps the minutes and plans for the "
                  "consultation."),
        ]),
        ('breach-management', 'Privacy and security breach management', [
            ('p', "If a breach happens, tell the breach contact below and your own privacy officer straight "
                  "away. The agencies will work together to contain it and decide what to tell the older "
                  "person and their whānau; the agency responsible notifies the Privacy Commissioner if the "
                  "breach is notifiable."),
            ('t', ['Breach contact', 'Agency', 'Phone', 'Email'], [
                ['Service Manager, Elder Abuse Response Service', 'Age Concern Canterbury', '03 366 0903',
                 'ears@ageconcerncan.org.nz'],
            ], 'word', [2700, 2300, 1500, 3100]),
        ]),
        ('conflicts-of-interest', 'Managing conflicts of interest', [
            ('p', "Representatives declare any personal connection with an older person or their family "
                  "before the case is discussed. The chair agrees how it is managed, which will normally mean "
                  "the representative leaves the meeting for that case and a colleague responds to requests."),
        ]),
        ('relationship-management', 'Relationship management and oversight', [
            ('p', "Each agency nominates a relationship manager, who meets the other relationship managers "
                  "twice a year to check the protocol is working and the sharing is still needed."),
        ]),
        ('review', 'Review', [
            ('P', "This protocol will be reviewed 18 months after it is signed. Age Concern Canterbury, as "
                  "lead agency, will initiate the review."),
        ]),
        ('approval', 'Approval', [
            ('sig', D_SIGS, 'blocks'),
            ('stamp', ['RECEIVED', '30 JUN 2025', 'AGE CONCERN CANTERBURY']),
        ]),
    ]
    return numbered(sections, '{n}\t{h}')


def front_d():
    return [
        ('center', ['Ōtautahi Elder Abuse Multi-Agency Case Consultation'], {'bold': True, 'sz': 30}),
        ('center', ['INFORMATION SHARING PROTOCOL'], {'bold': True, 'sz': 24}),
        ('gap',),
    ]


D_PAGES = [['_front', 'attending-agencies', 'meeting-purpose', 'sharing-purpose', 'information-shared'],
           ['legal-authority', 'use-of-information', 'transparency', 'method-of-sharing'],
           ['security-classification', 'security-controls', 'tikanga', 'retention-disposal'],
           ['breach-management', 'conflicts-of-interest', 'relationship-management', 'review'],
           ['approval']]

SUBS_D = [('information', 'inforrnation'), ('meeting', 'meet ing'), ('If', 'lf'), ('immediately', 'irnmediately'),
          ('whānau', 'whänau'), ('Māori', 'Mäori'), ('first', 'ﬁrst'), ('financial', 'ﬁnancial'),
          ("person's", "person’s")]


# ---------------------------------------------------------------------
# Base E - Poneke Reintegration Panel
# ---------------------------------------------------------------------
E_SIGS = [
    dict(agency='Ara Poutama Aotearoa – Department of Corrections', name='Rebecca Tainui',
         role='Regional Commissioner, Lower North', date='6/10/2025'),
    dict(agency='New Zealand Police', name='Inspector Sam Whitford', role='Area Commander, Wellington',
         date='8/10/2025'),
    dict(agency='Ministry of Social Development', name='Fiona Tait', role='Regional Commissioner, Wellington',
         date='9/10/2025'),
    dict(agency='Kāinga Ora – Homes and Communities', name='Mikaere Paki', role='Regional Director, Wellington',
         date='13/10/2025'),
    dict(agency='Health New Zealand – Te Whatu Ora', name='Dr Helen Cho',
         role='Clinical Director, Forensic Mental Health, Central Region', date='14/10/2025'),
    dict(agency='Te Hono Whānau Services', name='Wiremu Karaka', role='Tumuaki', date='20/10/2025'),
]


def base_e(variant=None):
    review = ("This protocol will be reviewed every 24 months, counting from the date it has been signed by "
              "all parties. Ara Poutama Aotearoa – Department of Corrections initiates the review and may "
              "call an earlier review if any party raises a concern.")
    if variant == 'isp602':
        review = ("This protocol will be reviewed three-yearly, counting from the date it has been signed by "
                  "all parties. Ara Poutama Aotearoa – Department of Corrections initiates the review and may "
                  "call an earlier review if any party raises a concern.")
    sections = [
        ('attending-agencies', 'Attending agencies', [
            ('t', ['Agency', 'Role on the panel'], [
                ['Ara Poutama Aotearoa – Department of Corrections (lead agency)',
                 'Chairs the panel; release planning and probation'],
                ['New Zealand Police', 'Community safety and victim liaison'],
                ['Ministry of Social Development', 'Income support and employment'],
                ['Kāinga Ora – Homes and Communities', 'Public housing placement and tenancy support'],
                ['Health New Zealand – Te Whatu Ora', 'Forensic mental health and addiction services'],
                ['Te Hono Whānau Services', 'Kaupapa Māori reintegration support'],
            ], 'word', [4900, 4700]),
        ]),
        ('meeting-purpose', 'Meeting purpose', [
            ('p', "The panel meets monthly to plan for people due for release from Rimutaka Prison to the "
                  "Wellington region within the next twelve weeks who have a high need for housing or other "
                  "support, so that on release they have somewhere safe to live, an income, health care and "
                  "the support they need to stay offence-free."),
        ]),
        ('sharing-purpose', 'Purpose of sharing', [
            ('B', ["To plan accommodation, income and health support for a person before their release.",
                   "To manage risks to the safety of the person, victims and the community after release."],
             '{n}.'),
        ]),
        ('information-shared', 'Information to be shared', [
            ('p', "Identity and release details; sentence, release conditions and relevant offending history; "
                  "the outcome of Corrections risk assessments; housing history and current housing "
                  "application; benefit eligibility; health, mental health and addiction needs relevant to "
                  "the plan; any victim safety concerns held by Police; and whānau support available."),
        ]),
        ('legal-authority', 'Legal authority to share', [
            ('t', ['Purpose', 'Authority relied on'], [
                ['1', 'Privacy Act 2020, IPP 11(1)(d): the person has authorised the disclosure on the panel '
                      'consent form; IPP 11(1)(a) for information Corrections collected for release planning'],
                ['2', 'Privacy Act 2020, IPP 11(1)(e)(i) and IPP 11(1)(f); Health Information Privacy Code 2020, '
                      'rule 11(2)(d) for health information'],
            ], 'word', [1200, 8400]),
            ('P', "Nothing in this protocol authorises a disclosure the law does not already permit."),
        ]),
        ('use-of-information', 'Use of information', [
            ('p', "Information is used only for the release plan and for managing the risks identified. Each "
                  "agency records in its own system only what it needs for its actions in the plan, with a "
                  "note of the source, authority, purpose, restrictions and date. Using the information for "
                  "another purpose needs a fresh legal assessment."),
        ]),
        ('transparency', 'Transparency and notification', [
            ('p', "The case manager explains the panel to the person before they are referred, including which "
                  "agencies attend and what will be shared, and asks them to sign the consent form. If they "
                  "decline, only information needed for purpose 2 is shared, and the case manager tells them "
                  "that this has happened unless doing so would put a victim at risk. Victims registered with "
                  "the Victim Notification Register are kept informed by Police in the usual way."),
        ]),
        ('method-of-sharing', 'Method of sharing', [
            ('p', "Corrections circulates the panel list by SEEMail five working days before each meeting. "
                  "Information is shared verbally at the panel, which meets at the Corrections Wellington "
                  "office or online. Actions are recorded by Corrections in its offender management system, "
                  "and each agency is sent only its own actions."),
        ]),
        ('security-classification', 'Security classification', [
            ('P', "Information shared through the panel is classified IN-CONFIDENCE."),
        ]),
        ('security-controls', 'Security controls', [
            ('t', ['Control', 'How it applies'], [
                ['Training', 'All panel representatives have completed privacy and information security training.'],
                ['Hard copies', 'Hard copies are securely destroyed at the end of each meeting (Corrections '
                                'secure destruction bin).'],
                ['Email', 'Attachments containing personal information are password protected. SEEMail is used '
                          'between government agencies.'],
                ['Devices', 'Information is sent, received and viewed only on agency-approved devices.'],
                ['Online meetings', 'No chat for personal details, no recording and no screenshots.'],
                ['Distribution', "Hard copies are never given to another agency's representative."],
            ], 'word', [2200, 7400]),
        ]),
        ('tikanga', 'Tikanga considerations', [
            ('p', "More than half of the people the panel plans for are Māori. Te Hono Whānau Services advises "
                  "the panel on tikanga and, with the person's agreement, helps connect them with their iwi, "
                  "hapū and marae. Information about whakapapa and whānau is treated as a taonga and is only "
                  "shared with the person's agreement and for their plan."),
        ]),
        ('retention-disposal', 'Retention and disposal', [
            ('p', "Agencies keep information from the panel only if it is needed for their actions, in their "
                  "approved system, and dispose of it under their retention schedules. The panel list is "
                  "deleted from email once the meeting has finished. Corrections holds the agendas and "
                  "minutes."),
        ]),
        ('breach-management', 'Privacy and security breach management', [
            ('p', "Any representative who identifies a breach contacts the breach contact on the same day:"),
            ('I', "Principal Advisor Privacy, Ara Poutama Aotearoa – Department of Corrections,"),
            ('I', "privacy@corrections.govt.nz, 04 460 3000."),
            ('p', "The agencies work together to contain the breach and decide how affected people are told. "
                  "The agency responsible decides whether to notify the Privacy Commissioner."),
        ]),
        ('conflicts-of-interest', 'Managing conflicts of interest', [
            ('p', "A representative who knows a person on the panel list, or their victim, declares it to the "
                  "chair and takes no part in that discussion. Another person from that agency answers any "
                  "request for information."),
        ]),
        ('relationship-management', 'Relationship management and oversight', [
            ('p', "Each agency names a relationship manager. They meet every six months, review a sample of "
                  "panel plans, and deal with any issues about how information is being shared."),
        ]),
        ('review', 'Review', [('P', review)]),
        ('approval', 'Approval', [
            ('p', "Signed on behalf of the attending agencies:"),
            ('sig', E_SIGS, 'twocol'),
        ]),
    ]
    return numbered(sections, '{n}.0  {h}')


def front_e():
    return [
        ('center', ['RECORDS SERVICES – DOCUMENT CAPTURE SHEET'], {'bold': True, 'sz': 22}),
        ('cover', [
            ('Document title', ('text', 'Pōneke Reintegration Panel – Information Sharing Protocol (signed)')),
            ('File reference', ('text', 'REINT-04-2025')),
            ('Security classification', ('drop', 'IN-CONFIDENCE',
                                         ['UNCLASSIFIED', 'IN-CONFIDENCE', 'SENSITIVE', 'RESTRICTED'])),
            ('Date scanned', ('date', '3/11/2025', '2025-11-03')),
            ('Scanned by', ('text', 'Records Services, Wellington')),
        ]),
        ('gap',),
    ]


def title_e():
    return [
        ('center', ['PŌNEKE REINTEGRATION PANEL'], {'bold': True, 'sz': 30}),
        ('center', ['Information Sharing Protocol'], {'bold': True, 'sz': 24}),
        ('gap',),
    ]


E_PAGES = [['_front'],
           ['_title', 'attending-agencies', 'meeting-purpose', 'sharing-purpose', 'information-shared'],
           ['legal-authority', 'use-of-information', 'transparency', 'method-of-sharing',
            'security-classification'],
           ['security-controls', 'tikanga', 'retention-disposal', 'breach-management'],
           ['conflicts-of-interest', 'relationship-management', 'review', 'approval']]

SUBS_E = [('information', 'inforrnation'), ('meeting', 'rneeting'), ('It', 'lt'), ('finished', 'ﬁnished'),
          ('identifies', 'identiﬁes'), ('release', 're lease'), ('whānau', 'whänau'), ("person's", "person’s")]


# ---------------------------------------------------------------------
# Base F - Porirua Sustaining Tenancies Panel (housing)
# ---------------------------------------------------------------------
F_SIGS = [
    dict(agency='Kāinga Ora – Homes and Communities', name='Tania Mahuika', role='Regional Director, Wellington',
         date='14 April 2026'),
    dict(agency='Ministry of Social Development', name='James Liufau', role='Regional Commissioner, Wellington',
         date='15/04/2026'),
    dict(agency='Porirua City Council', name='Ellen Brooks', role='Manager, Community Services',
         date='20 April 2026'),
    dict(agency='Health New Zealand – Te Whatu Ora', name='Dr Rangi Pōtae',
         role='Director, Primary and Community Care, Capital, Coast and Hutt Valley', date='21 April 2026'),
    dict(agency='Whare Manaaki Housing Trust', name='Mereana Rāwiri', role='General Manager',
         date='22 April 2026'),
]


def base_f(variant=None):
    classification = [
        ('P', "Security classification: IN-CONFIDENCE"),
        ('p', "All information about tenants and their households shared through the panel carries this "
              "classification and is handled under the Protective Security Requirements."),
    ]
    if variant == 'isp402':
        classification = [
            ('P', "Security classification: UNCLASSIFIED"),
            ('p', "The panel does not deal with national security information, so material shared at the "
                  "panel is not given a protective marking. Members are nevertheless asked to treat what "
                  "they hear with discretion."),
        ]
    sections = [
        ('attending-agencies', 'Attending Agencies', [
            ('t', ['Agency', 'Representative'], [
                ['Kāinga Ora – Homes and Communities (lead agency)', 'Tenancy Manager, Porirua'],
                ['Ministry of Social Development', 'Service Centre Manager, Porirua'],
                ['Porirua City Council', 'Community Development Adviser'],
                ['Health New Zealand – Te Whatu Ora', 'Community Mental Health Team Leader'],
                ['Whare Manaaki Housing Trust', 'Tenancy Sustainment Coordinator'],
            ], 'tabs', [46, 40], [5200]),
        ]),
        ('meeting-purpose', 'Purpose of the Meeting', [
            ('p', "The panel meets every two weeks to discuss households in Porirua whose tenancy is at risk "
                  "because of rent arrears, complaints about behaviour, the condition of the home or unmet "
                  "health needs, and to agree support that will help them stay housed."),
        ]),
        ('sharing-purpose', 'Purpose of Sharing', [
            ('B', ["to identify what support a tenant at risk of losing their tenancy needs to keep it;",
                   "to arrange income, health and community support for the tenant and their household."],
             '({a})'),
        ]),
        ('information-shared', 'Information to be Shared', [
            ('b', ["tenancy details, arrears and any notices issued (Kāinga Ora, Whare Manaaki);",
                   "benefit and hardship assistance details (MSD);",
                   "whether the tenant is known to community mental health or addiction services and what "
                   "support is in place (Health New Zealand);",
                   "council complaints about the property, such as noise or hoarding (Porirua City Council);",
                   "household composition and any support services already involved."], '\u25a0'),
        ]),
        ('legal-authority', 'Legal Authority', [
            ('P', "All purposes: Privacy Act 2020, IPP 11(1)(d), because each tenant authorises the disclosure "
                  "when they agree to be referred to the panel; for health information held by Health New "
                  "Zealand, Health Information Privacy Code 2020, rule 11(1)(b)."),
            ('P', "This protocol records these authorities. It is not itself an authority to share, and a "
                  "tenant who has not agreed to referral is not discussed."),
        ]),
        ('use-of-information', 'Use of Information', [
            ('p', "Information is used only to plan and deliver support that helps the household keep their "
                  "tenancy. It is not used to decide whether to end a tenancy or for any enforcement action. "
                  "Agencies record only what they need for their agreed actions, noting its source, the "
                  "authority and purpose, any restrictions and the date shared."),
        ]),
        ('transparency', 'Transparency and Notification', [
            ('p', "The tenancy manager explains the panel to the tenant, gives them a leaflet describing the "
                  "agencies and the information shared, and records their agreement on the referral form. "
                  "Tenants can see what was agreed about them and can withdraw their agreement at any time."),
        ]),
        ('method-of-sharing', 'Method of Sharing', [
            ('p', "Kāinga Ora circulates the referral list by secure email. Information is shared verbally at "
                  "the panel, which meets at the Porirua Kāinga Ora office. Actions are recorded by Kāinga Ora "
                  "in the panel action register and each agency receives only its own actions."),
        ]),
        ('security-classification', 'Security Classification', classification),
        ('security-controls', 'Security Controls', [
            ('B', ["Members have completed privacy and information security training.",
                   "Any hard copy is securely destroyed at the end of the meeting.",
                   "Email attachments that contain personal information are password protected.",
                   "Information is only shared from agency-approved devices.",
                   "If a member joins online, they do not use the chat, record the meeting or take screenshots.",
                   "Hard copies are not given to members from other agencies."], '\u25a0'),
        ]),
        ('tikanga', 'Tikanga Considerations', [
            ('p', "Whare Manaaki Housing Trust advises the panel on tikanga. Information about Māori whānau is "
                  "discussed with respect, and the panel works with the whānau and, where they wish, with "
                  "Ngāti Toa Rangatira social services when planning support."),
        ]),
        ('retention-disposal', 'Retention and Disposal', [
            ('p', "Agencies keep information only as long as they need it for their agreed actions, in their "
                  "approved systems, and dispose of it under their retention schedules. Referral lists "
                  "received by email are deleted once the meeting is over."),
        ]),
        ('breach-management', 'Privacy and Security Breach Management', [
            ('P', "Breach contact: Privacy Officer, Kāinga Ora – Homes and Communities, "
                  "privacy@kaingaora.govt.nz, 0800 801 601."),
            ('p', "Members report a suspected breach to the breach contact the same day, and also tell their "
                  "own agency's privacy officer. A breach includes information sent to the wrong person, a "
                  "lost or stolen device or paper, a conversation overheard by someone outside the panel, and "
                  "any access to panel information by a person who has no need to see it. The breach "
                  "contact records the breach in the panel's breach log and calls the affected agencies "
                  "together as soon as practicable. The agencies work together to contain it, recover the "
                  "information where they can, and agree how to tell the"),
        ]),
        ('conflicts-of-interest', 'Managing Conflicts of Interest', [
            ('p', "A member who has a personal connection with a tenant on the list declares it at the start "
                  "of the meeting, leaves the room while the tenant is discussed, and passes any request for "
                  "information to a colleague. The chair notes the conflict in the action register."),
        ]),
        ('relationship-management', 'Relationship Management and Oversight', [
            ('p', "Each agency nominates a relationship manager. The relationship managers meet every six "
                  "months to check the protocol is working and the information shared is still needed."),
        ]),
        ('review', 'Review', [
            ('P', "The protocol is reviewed every 12 months. Kāinga Ora, as lead agency, is responsible for "
                  "initiating the review."),
        ]),
        ('approval', 'Approval', [
            ('sig', F_SIGS, 'blocks'),
            ('stamp', ['RECEIVED', '27 APR 2026', 'KĀINGA ORA RECORDS']),
        ]),
    ]
    sections = numbered(sections, '{n}. {h}')
    # page 5 of the scan starts part-way through the breach section
    i = [k for k, _, _ in sections].index('conflicts-of-interest')
    sections.insert(i, ('breach-cont', None, [
        ('p', "tenant and their household. The agency responsible decides whether the Privacy Commissioner "
              "must be notified."),
    ]))
    return sections


def front_f():
    return [
        ('center', ['Porirua Sustaining Tenancies Panel'], {'bold': True, 'sz': 30}),
        ('center', ['Information Sharing Protocol – April 2026'], {'bold': True, 'sz': 24}),
        ('gap',),
    ]


F_PAGES = [['_front', 'attending-agencies', 'meeting-purpose', 'sharing-purpose', 'information-shared'],
           ['legal-authority', 'use-of-information', 'transparency', 'method-of-sharing'],
           ['security-classification', 'security-controls'],
           ['tikanga', 'retention-disposal', 'breach-management'],
           ['breach-cont', 'conflicts-of-interest'],
           ['relationship-management', 'review'],
           ['approval']]

SUBS_F = [('information', 'inforrnation'), ('meeting', 'rneeting'), ('If', 'lf'), ('members', 'mernbers'),
          ('agreement', 'agree ment'), ('whānau', 'whänau'), ('office', 'ofﬁce')]


# ---------------------------------------------------------------------
# Base G - Wairarapa Mental Health Crisis Coordination Meeting
# ---------------------------------------------------------------------
G_PEOPLE = [
    ('Health New Zealand – Te Whatu Ora', 'Dr Sarah Whyte', 'Clinical Director, Mental Health and Addictions, Wairarapa'),
    ('New Zealand Police', 'Senior Sergeant Craig Donnelly', 'Area Prevention Manager, Wairarapa'),
    ('Ministry of Social Development', 'Anna Te Huia', 'Regional Commissioner, Wellington'),
    ('Kāinga Ora – Homes and Communities', 'Bruce Tamatea', 'Area Manager, Wairarapa'),
    ('Te Kete Hauora Māori Trust', 'Huia Kawana', 'Kaiwhakahaere'),
    ('Wairarapa Peer Support Trust', 'Jo Pemberton', 'Manager'),
]


def base_g(variant=None):
    if variant == 'isp604':
        dates = ['3 June 2024', '7/06/2024', '12 June 2024', '18/06/2024', '24 June 2024', '28 June 2024']
        review = [('P', "This protocol will be reviewed every 12 months. Health New Zealand, as lead agency, "
                        "will initiate the review."),
                  ('L', ["Next review due: 28 June 2025"], {'bold': True})]
        stamp = ['RECEIVED', '04 JUL 2024', 'WAIRARAPA HOSPITAL']
    else:
        dates = ['4 August 2025', '6/08/2025', '8 August 2025', '11/08/2025', '13 August 2025', '15 August 2025']
        review = [('P', "This protocol will be reviewed every 24 months. Health New Zealand, as lead agency, "
                        "will initiate the review, and any attending agency may ask for an earlier review.")]
        stamp = ['RECEIVED', '22 AUG 2025', 'WAIRARAPA HOSPITAL']
    sigs = [dict(agency=a, name=n, role=r, date=d) for (a, n, r), d in zip(G_PEOPLE, dates)]
    breach = [
        ('P', "Breach contact: Privacy Officer, Health New Zealand – Te Whatu Ora (Wairarapa), "
              "privacy.wairarapa@tewhatuora.govt.nz, 06 946 9800."),
        ('p', "Anyone who becomes aware of a breach tells the breach contact and their own privacy officer "
              "straight away. The agencies work together to contain the breach and agree who will tell the "
              "person affected. The agency responsible notifies the Privacy Commissioner of a notifiable "
              "breach."),
    ]
    if variant == 'isp501':
        breach = [
            ('P', "Each attending agency manages privacy and security breaches in line with its own privacy "
                  "policy and the Privacy Act 2020. A breach involving information from the meeting should "
                  "also be raised with the lead agency at the next meeting."),
            ('P', "Serious breaches must be notified to the Office of the Privacy Commissioner through "
                  "NotifyUs, or by calling 0800 803 909. Agencies work together to contain any breach and "
                  "agree what to tell the people affected."),
        ]
    if variant == 'trap':
        breach = [
            ('L', ["Breach contact: Privacy Officer, Health New Zealand – Te Whatu Ora (Wairarapa),",
                   "{+privacy.wairarapa@tewhatuora.govt.nz, 06 946 9800.+}{-~ . ,\u2019 ;-}"]),
            ('p', "Anyone who becomes aware of a breach tells the breach contact and their own privacy officer "
                  "straight away. The agencies work together to contain the breach and agree who will tell the "
                  "person affected. The agency responsible notifies the Privacy Commissioner of a notifiable "
                  "breach."),
        ]
    classification = [('P', "Information shared at or for the meeting is classified IN-CONFIDENCE.")]
    if variant == 'trap':
        classification = [('L', ["Information shared at or for the meeting is classified "
                                 "{-UNCLASSIFIED-}{+IN-CONFIDENCE+}."])]
    pw = "Email attachments containing personal information are password protected."
    if variant == 'trap':
        pw = "Email attachments containing personal information are {+password protected+}{-pas5word pr0tected-}."
    sections = [
        ('attending-agencies', 'Attending agencies', [
            ('B', ["Health New Zealand – Te Whatu Ora (lead agency)", "New Zealand Police",
                   "Ministry of Social Development", "Kāinga Ora – Homes and Communities",
                   "Te Kete Hauora Māori Trust", "Wairarapa Peer Support Trust"], '{n}.'),
        ]),
        ('meeting-purpose', 'Meeting purpose', [
            ('p', "The meeting is held weekly to coordinate support for people in the Wairarapa who have "
                  "repeated mental health crises that bring them into contact with Police, the emergency "
                  "department or crisis services, so that agencies respond consistently and the person gets "
                  "help that reduces the chance of another crisis."),
        ]),
        ('sharing-purpose', 'Purpose of sharing', [
            ('B', ["To coordinate a safe response to people who repeatedly come into contact with Police or "
                   "emergency services while in mental distress.",
                   "To plan housing, income and peer support that reduces the chance of another crisis."],
             '{n}.'),
        ]),
        ('information-shared', 'Information to be shared', [
            ('p', "Contact details; a summary of recent crisis events and Police attendances; the person's "
                  "current mental health care and crisis plan, where relevant; housing and tenancy status; "
                  "income support; and the support the person already receives from Te Kete Hauora or the "
                  "Peer Support Trust."),
        ]),
        ('legal-authority', 'Legal authority to share', [
            ('t', ['Purpose', 'Legal authority'], [
                ['1. Coordinate a safe response',
                 'Health Information Privacy Code 2020, rule 11(1)(b) (authorised by the person) or, where '
                 'there is a serious threat to life or health, rule 11(2)(d); for other agencies, Privacy Act '
                 '2020, IPP 11(1)(d) or IPP 11(1)(f)'],
                ['2. Plan housing, income and peer support',
                 'Privacy Act 2020, IPP 11(1)(d); Health Information Privacy Code 2020, rule 11(1)(b) '
                 '(authorised by the person)'],
            ], 'word', [3000, 6600]),
            ('P', "This protocol does not create any authority to share; it records the provisions relied on."),
        ]),
        ('use-of-information', 'Use of information', [
            ('p', "Information is used only to coordinate the response and support agreed at the meeting. An "
                  "agency records only the information it needs for its agreed actions, noting the source, "
                  "authority, purpose, restrictions and date shared."),
        ]),
        ('transparency', 'Transparency and notification obligations', [
            ('p', "The person's key worker explains the meeting to them, and asks for their agreement, when "
                  "they are well enough to consider it. Where information is shared without agreement "
                  "because of a serious threat, the key worker tells the person afterwards unless doing so "
                  "would itself put someone at risk, and records the reason."),
        ]),
        ('method-of-sharing', 'Method of sharing', [
            ('p', "The coordinator circulates the list of people to be discussed by secure email. Information "
                  "is shared verbally at the meeting, held at Wairarapa Hospital or on Microsoft Teams. The "
                  "coordinator records actions in the clinical record and sends each agency its actions only."),
        ]),
        ('security-classification', 'Security classification', classification),
        ('security-controls', 'Security controls', [
            ('B', ["Representatives have completed privacy and information security training.",
                   "Hard copies are securely destroyed at the end of the meeting.",
                   pw,
                   "Information is only shared from agency-approved devices.",
                   "In virtual meetings, nobody uses the chat function, records the meeting or takes "
                   "screenshots.",
                   "Hard copies are not given to other agencies' representatives."], '\u2013'),
        ]),
        ('tikanga', 'Tikanga considerations', [
            ('p', "Te Kete Hauora Māori Trust advises the meeting on tikanga, including involving whānau in "
                  "support where the person wishes it. Information about whakapapa and whānau is shared only "
                  "with the person's agreement."),
        ]),
        ('retention-disposal', 'Retention and disposal of information shared', [
            ('p', "Agencies keep information only while they need it for their actions and dispose of it "
                  "under their retention schedules. Emailed lists are deleted after the meeting."),
        ]),
        ('breach-management', 'Privacy and security breach management', breach),
        ('conflicts-of-interest', 'Managing conflicts of interest', [
            ('p', "Representatives declare any personal connection with a person to be discussed and leave the "
                  "meeting for that discussion. A colleague answers any request for information."),
        ]),
        ('relationship-management', 'Relationship management and oversight', [
            ('p', "Each agency nominates a relationship manager. They meet every six months to review how the "
                  "protocol is working."),
        ]),
        ('review', 'Review', review),
        ('approval', 'Approval', [
            ('sig', sigs, 'blocks'),
            ('stamp', stamp),
        ]),
    ]
    return numbered(sections, '{n}  {h}')


def front_g(date_line):
    return [
        ('center', ['Wairarapa Mental Health Crisis Coordination Meeting'], {'bold': True, 'sz': 28}),
        ('center', ['Information Sharing Protocol', date_line], {'bold': True, 'sz': 22}),
        ('gap',),
    ]


G_PAGES = [['_front', 'attending-agencies', 'meeting-purpose', 'sharing-purpose', 'information-shared'],
           ['legal-authority', 'use-of-information', 'transparency', 'method-of-sharing',
            'security-classification'],
           ['security-controls', 'tikanga', 'retention-disposal', 'breach-management'],
           ['conflicts-of-interest', 'relationship-management', 'review'],
           ['approval']]

SUBS_G = [('information', 'inforrnation'), ('meeting', 'rneeting'), ('It', 'lt'), ('immediately', 'irnmediately'),
          ('whānau', 'whänau'), ('person', 'per son')]


# ---------------------------------------------------------------------
# Legacy L - Rotorua Family Safety Meeting, signed 2017
# ---------------------------------------------------------------------
L_SIGS = [
    dict(agency='New Zealand Police', name='Inspector Graham Whaanga', role='Area Commander, Rotorua',
         date='6 June 2017'),
    dict(agency='Oranga Tamariki', name='Lynette Roberts', role='Site Manager, Rotorua', date='8/06/2017'),
    dict(agency='Lakes District Health Board', name='Dr Peter Manning', role='Chief Medical Officer',
         date='9 June 2017'),
    dict(agency='Department of Corrections', name='Kevin Rapana', role='Service Manager, Rotorua Community Corrections',
         date='12/06/2017'),
    dict(agency='Ministry of Social Development', name='Tui Marino', role='Regional Commissioner, Bay of Plenty',
         date='14 June 2017'),
    dict(agency='Te Whare Tiaki Wāhine o Rotorua', name='Rangi Hona', role='Manager', date='19 June 2017'),
]


def legacy_l():
    sections = [
        ('attending-agencies', 'Parties', [
            ('p', "This protocol is made between the following agencies, each of which attends the Rotorua "
                  "Family Safety Meeting:"),
            ('B', ["New Zealand Police (lead agency)", "Oranga Tamariki", "Lakes District Health Board",
                   "Department of Corrections", "Ministry of Social Development",
                   "Te Whare Tiaki Wāhine o Rotorua (Women's Refuge)"], '{n}.'),
        ]),
        ('meeting-purpose', 'Purpose of the Meeting', [
            ('p', "The Family Safety Meeting is held each weekday to discuss family violence incidents attended "
                  "by Police in the Rotorua area during the previous 24 hours and to agree a response for "
                  "each family, including support to victims whose protection orders have been breached."),
        ]),
        ('sharing-purpose', 'Purpose of Information Sharing', [
            ('B', ["to assess the risk of further family violence to victims and children;",
                   "to agree safety plans and allocate actions between the parties;",
                   "to identify children who may be in need of care or protection."], '({r})'),
        ]),
        ('information-shared', 'Information to be Shared', [
            ('p', "Information relevant to the risk to the victim and children, including the Police incident "
                  "report, previous incidents, protection orders, current agency involvement, relevant health "
                  "information and any Corrections sentence or conditions."),
        ]),
        ('legal-authority', 'Legal Basis for Sharing', [
            ('I', "Purposes (i) and (ii): Privacy Act 1993, section 6, information privacy principles 11(e) and "
                  "11(f), and Health Information Privacy Code 1994, rule 11(2)(d); Domestic Violence Act 1995 "
                  "where a protection order is in force."),
            ('I', "Purpose (iii): Children, Young Persons, and Their Families Act 1989, sections 15 and 66."),
            ('P', "Each party is responsible for being satisfied that the law permits each disclosure it "
                  "makes; this protocol does not change the law."),
        ]),
        ('use-of-information', 'Use of Information', [
            ('p', "Information received at the meeting is used only for the purposes above. Parties record "
                  "only the information they need to carry out agreed actions."),
        ]),
        ('transparency', 'Transparency', [
            ('p', "Victims are told about the meeting by Police or the Refuge when the incident is followed "
                  "up, unless this would put them at greater risk. The parties' privacy statements refer to "
                  "sharing for family violence purposes."),
        ]),
        ('method-of-sharing', 'Method of Sharing', [
            ('p', "Police fax or email the incident list to each party at 8.30 am. Information is shared "
                  "verbally at the meeting, held at Rotorua Police Station."),
        ]),
        ('security-classification', 'Security Classification', [
            ('P', "Information shared at the meeting is classified IN-CONFIDENCE."),
        ]),
        ('security-controls', 'Security', [
            ('B', ["All representatives have completed their agency's privacy training.",
                   "Incident lists and notes are handed in and shredded at the end of each meeting.",
                   "Email attachments containing personal information are password protected.",
                   "Papers from the meeting are not given to representatives of other parties."], '{a}.'),
        ]),
        ('retention-disposal', 'Retention and Disposal', [
            ('p', "Parties retain information only when it is needed for an agreed action and dispose of it "
                  "in accordance with their disposal authorities. Police keep the meeting minutes."),
        ]),
        ('breach-management', 'Breaches', [
            ('p', "Any breach of privacy or security involving information from the meeting is reported "
                  "straight away to:"),
            ('I', "Family Violence Coordinator, New Zealand Police, Rotorua, phone 07 348 0099."),
            ('p', "The parties will cooperate to manage the breach and decide whether the people affected and "
                  "the Privacy Commissioner should be told."),
        ]),
        ('conflicts-of-interest', 'Conflicts of Interest', [
            ('p', "A representative with a personal interest in a case declares it and takes no part in that "
                  "discussion."),
        ]),
        ('relationship-management', 'Relationship Management', [
            ('p', "Each party names a relationship manager to resolve any issues about the operation of this "
                  "protocol. Relationship managers meet annually."),
        ]),
        ('review', 'Review', [
            ('P', "This protocol will be reviewed as and when the parties consider it necessary. Police will "
                  "coordinate any review."),
        ]),
        ('approval', 'Signatures', [
            ('sig', L_SIGS, 'blocks'),
            ('stamp', ['RECEIVED', '23 JUN 2017', 'ROTORUA AREA']),
        ]),
    ]
    return numbered(sections, '{n}. {h}')


def front_l():
    return [
        ('center', ['ROTORUA FAMILY SAFETY MEETING'], {'bold': True, 'sz': 28}),
        ('center', ['Protocol for the Sharing of Information', 'June 2017'], {'bold': True, 'sz': 24}),
        ('gap',),
    ]


L_PAGES = [['_front', 'attending-agencies', 'meeting-purpose', 'sharing-purpose', 'information-shared'],
           ['legal-authority', 'use-of-information', 'transparency', 'method-of-sharing',
            'security-classification', 'security-controls'],
           ['retention-disposal', 'breach-management', 'conflicts-of-interest', 'relationship-management',
            'review'],
           ['approval']]

SUBS_L = [('information', 'inforrnation'), ('meeting', 'rneeting'), ('In', 'ln'), ('Information', 'lnformation'),
          ('incident', 'incid ent'), ('the', 'tbe'), ('parties', 'partics')]


# =====================================================================
# The corpus
# =====================================================================
def corpus():
    docs = []

    def add(name, spec, truth):
        spec['file'] = name
        docs.append((spec, truth))

    # ---------------- clean
    add('clean-01-fv-safety-table-frames.docx', dict(
        mode='frames', joiner='para', width=92, sz=22, hsz=28, header='IN-CONFIDENCE', hyphenate=True,
        pageno='Page {n} of {N}', subs=SUBS_A, sections=base_a(), front=front_a('Version 3.0 — March 2025'),
        pages=A_PAGES,
        core=dict(author='Northland District Records', title='ISP Whanau Safety Table v3 signed',
                  created=D(2025, 3, 24))),
        dict(kind='clean', expect=[], tolerate=[],
             note='Family violence table scanned with ABBYY frames; three purposes mapped to FVA s 20 / OTA s 66C '
                  'in a Word table; seven signature blocks with typed names under lines; due March 2027.'))

    add('clean-02-youth-panel-textboxes.docx', dict(
        mode='vml', joiner='para', width=88, font='Arial', sz=21, hsz=24, heading_upper=True,
        header='SENSITIVE', pageno='- {n} -', subs=SUBS_B, sections=base_b(), front=front_b(), pages=B_PAGES,
        core=dict(author='OT Waikato Records', title='Rangatahi Panel ISP', created=D(2026, 2, 20),
                  application='Adobe Acrobat Pro (64-bit) 24.2')),
        dict(kind='clean', expect=[], tolerate=[],
             note='Acrobat-style export: every section in a VML text box, ALL-CAPS headings, agencies as '
                  'tab-separated text; authorities name the purposes they cover ("Purposes 1 and 2 ..."); '
                  'classification SENSITIVE in body and header; annual review from Feb 2026.'))

    add('clean-03-school-attendance-flow.docx', dict(
        mode='flow', joiner='br', width=90, sz=23, hsz=26, page_top='IN-CONFIDENCE',
        footer='ISP 2025/031 – Ōtara–Papatoetoe Attendance and Engagement Hui', pageno='Page {n}',
        subs=SUBS_C, sections=base_c(), front=front_c(), pages=C_PAGES,
        core=dict(author='MOE Auckland Records', title='Attendance hui ISP', created=D(2025, 9, 2))),
        dict(kind='clean', expect=[], tolerate=[],
             note='Body text with hard line breaks inside paragraphs; purposes A-C mapped in a Word table; '
                  'negated "must not keep information just in case" sentence; signatures in a Word table; '
                  'marking typed as body text at the top of each page.'))

    add('clean-04-elder-abuse-wps.docx', dict(
        mode='wps', joiner='mix', width=90, font='Calibri', sz=22, hsz=26, header='IN-CONFIDENCE',
        hyphenate=True, pageno='Page {n} of {N}', subs=SUBS_D, sections=base_d(), front=front_d(), pages=D_PAGES,
        core=dict(author='Age Concern Canterbury', title='Elder abuse case consultation ISP (scanned)',
                  created=D(2025, 7, 1))),
        dict(kind='clean', expect=[], tolerate=[],
             note='DrawingML text boxes with VML fallback copies (text appears twice in the XML); breach '
                  'contact in a Role/Agency/Phone/Email table; 18-month review from 12 June 2025 '
                  '(due 12 Dec 2026, just after the as-of date).'))

    add('clean-05-reintegration-cover-sheet.docx', dict(
        mode='flow', joiner='para', width=92, sz=22, hsz=24, header='IN-CONFIDENCE', pageno='Page {n} of {N}',
        subs=SUBS_E, sections=base_e(), front=front_e(), fronts={'_title': title_e()}, pages=E_PAGES,
        page_labels=[None, 1, 2, 3, 4], page_total=4,
        core=dict(author='Records Services Wellington', title='REINT-04-2025', created=D(2025, 11, 3))),
        dict(kind='clean', expect=[], tolerate=[],
             note='Records capture sheet with filled content controls (classification drop-down, date '
                  'picker) before the OCR text; controls in a Word table; breach contact split over two '
                  'lines; signatures OCR-ed from two columns into tab-separated lines.'))

    # ---------------- defects
    add('defect-isp703-fv-safety-table-refuge-unsigned.docx', dict(
        mode='frames', joiner='para', width=92, sz=22, hsz=28, header='IN-CONFIDENCE', hyphenate=True,
        pageno='Page {n} of {N}', subs=SUBS_A, sections=base_a('isp703'),
        front=front_a('Version 3.0 — March 2025'), pages=A_PAGES,
        core=dict(author='Northland District Records', title='ISP Whanau Safety Table v3 signed',
                  created=D(2025, 3, 24))),
        dict(kind='defect', expect=[{'rule': 'ISP703', 'data': {'agency': "Tai Tokerau Women's Refuge"}}],
             tolerate=[],
             note="Tai Tokerau Women's Refuge is listed in the attending-agencies table but the scanned "
                  "signature page has no block for it (six blocks for seven agencies)."))

    add('defect-isp801-fv-safety-table-future-reference.docx', dict(
        mode='vml', joiner='mix', width=90, sz=22, hsz=26, header='IN-CONFIDENCE',
        pageno='Page {n} of {N}', subs=SUBS_A, sections=base_a('isp801'),
        front=front_a('Version 2.1 — March 2025'), pages=A_PAGES,
        core=dict(author='Northland District Records', title='Whanau Safety Table ISP', created=D(2025, 3, 26),
                  application='Adobe Acrobat Pro (64-bit) 24.2')),
        dict(kind='defect', expect=[{'rule': 'ISP801'}], tolerate=[],
             note='Retention section (text box) lets agencies put case summaries on their own files "for '
                  'future reference, as the same whanau frequently come to notice again".'))

    add('defect-isp301-youth-panel-purpose3.docx', dict(
        mode='vml', joiner='para', width=88, font='Arial', sz=21, hsz=24, heading_upper=True,
        header='SENSITIVE', pageno='- {n} -', subs=SUBS_B, sections=base_b('isp301'), front=front_b(),
        pages=B_PAGES,
        core=dict(author='OT Waikato Records', title='Rangatahi Panel ISP', created=D(2026, 2, 20),
                  application='Adobe Acrobat Pro (64-bit) 24.2')),
        dict(kind='defect',
             expect=[{'rule': 'ISP301', 'data_contains': {'purpose': 'education, health and alcohol'}}],
             tolerate=[],
             note='Three purposes are listed but the legal authority text box only covers "Purposes 1 and 2"; '
                  'purpose 3 (education, health and alcohol and drug support) has no authority.'))

    add('defect-isp702-school-attendance-unnamed-signatory.docx', dict(
        mode='flow', joiner='br', width=90, sz=23, hsz=26, page_top='IN-CONFIDENCE',
        footer='ISP 2025/031 – Ōtara–Papatoetoe Attendance and Engagement Hui', pageno='Page {n}',
        subs=SUBS_C, sections=base_c('isp702'), front=front_c(), pages=C_PAGES,
        core=dict(author='MOE Auckland Records', title='Attendance hui ISP', created=D(2025, 9, 2))),
        dict(kind='defect',
             expect=[{'rule': 'ISP702', 'data': {'agency': 'Kāinga Ora – Homes and Communities',
                                                 'missing': ['name']}}],
             tolerate=[],
             note='In the approval table the Kāinga Ora row has a position and date but the Name cell is '
                  'empty (only a handwritten signature, which OCR could not read).'))

    add('defect-isp305-school-attendance-claims-authority.docx', dict(
        mode='frames', joiner='para', width=90, sz=22, hsz=26, header='IN-CONFIDENCE', pageno='Page {n}',
        subs=SUBS_C, sections=base_c('isp305'), front=front_c(), pages=C_PAGES,
        core=dict(author='MOE Auckland Records', title='Attendance hui ISP (scan)', created=D(2025, 9, 3))),
        dict(kind='defect', expect=[{'rule': 'ISP305'}], tolerate=[],
             note='Under "Legal authority to share", after the purpose/authority table: "Signing this protocol '
                  'gives each member agency the authority it needs to share information ...".'))

    add('defect-isp451-elder-abuse-devices.docx', dict(
        mode='wps', joiner='mix', width=90, font='Calibri', sz=22, hsz=26, header='IN-CONFIDENCE',
        pageno='Page {n} of {N}', subs=SUBS_D, sections=base_d('isp451'), front=front_d(), pages=D_PAGES,
        core=dict(author='Age Concern Canterbury', title='Elder abuse case consultation ISP (scanned)',
                  created=D(2025, 7, 1))),
        dict(kind='defect', expect=[{'rule': 'ISP451', 'data': {'control': 'approved-devices'}}], tolerate=[],
             note='Security controls list (a)-(e) has no approved-devices control, and the method of sharing '
                  'lets representatives join and receive the agenda on their own mobile phone.'))

    add('defect-isp602-reintegration-three-yearly.docx', dict(
        mode='flow', joiner='para', width=92, sz=22, hsz=24, header='IN-CONFIDENCE', pageno='Page {n} of {N}',
        subs=SUBS_E, sections=base_e('isp602'), front=front_e(), fronts={'_title': title_e()}, pages=E_PAGES,
        page_labels=[None, 1, 2, 3, 4], page_total=4,
        core=dict(author='Records Services Wellington', title='REINT-04-2025', created=D(2025, 11, 3))),
        dict(kind='defect', expect=[{'rule': 'ISP602', 'data': {'months': 36}}], tolerate=[],
             note='Review section says the protocol "will be reviewed three-yearly" (36 months).'))

    add('defect-isp402-housing-unclassified.docx', dict(
        mode='frames', joiner='mix', width=92, sz=22, hsz=28, pageno='Page {n} of {N}', subs=SUBS_F,
        hyphenate=True,
        sections=base_f('isp402'), front=front_f(), pages=F_PAGES,
        core=dict(author='Kainga Ora Records', title='Porirua STP ISP', created=D(2026, 4, 28))),
        dict(kind='defect', expect=[{'rule': 'ISP402', 'data': {'classification': 'UNCLASSIFIED'}}],
             tolerate=[],
             note='Security classification section: "Security classification: UNCLASSIFIED", reasoning that '
                  'the panel handles no national security information.'))

    f_lost = drop(drop(base_f(), 'conflicts-of-interest'), 'breach-cont')
    add('defect-isp101-housing-lost-page.docx', dict(
        mode='frames', joiner='mix', width=92, sz=22, hsz=28, pageno='Page {n} of {N}', subs=SUBS_F,
        hyphenate=True,
        sections=f_lost, front=front_f(), pages=[p for p in F_PAGES if p != ['breach-cont', 'conflicts-of-interest']],
        page_labels=[1, 2, 3, 4, 6, 7], page_total=7,
        core=dict(author='Kainga Ora Records', title='Porirua STP ISP', created=D(2026, 4, 28))),
        dict(kind='defect', expect=[{'rule': 'ISP101', 'data': {'section': 'conflicts-of-interest'}}],
             tolerate=[],
             note='Page 5 of 7 was not scanned: page 4 ends mid-sentence in "13. Privacy and Security Breach '
                  'Management" (after the breach contact) and page 6 starts at "15. Relationship Management and '
                  'Oversight"; there is no conflicts of interest section.'))

    add('defect-isp501-mental-health-no-contact.docx', dict(
        mode='vml', joiner='br', width=88, sz=22, hsz=26, header='IN-CONFIDENCE', pageno='Page {n} of {N}',
        subs=SUBS_G, sections=base_g('isp501'), front=front_g('August 2025'), pages=G_PAGES,
        core=dict(author='Wairarapa Hospital Records', title='MH crisis coordination ISP',
                  created=D(2025, 8, 25), application='Adobe Acrobat Pro (64-bit) 24.2')),
        dict(kind='defect', expect=[{'rule': 'ISP501'}], tolerate=[],
             note='Breach section only refers to each agency\'s own policy, "raise with the lead agency at the '
                  'next meeting" and the Privacy Commissioner\'s 0800 number; no designated contact.'))

    add('defect-isp604-mental-health-overdue.docx', dict(
        mode='vml', joiner='br', width=88, sz=22, hsz=26, header='IN-CONFIDENCE', pageno='Page {n} of {N}',
        subs=SUBS_G, sections=base_g('isp604'), front=front_g('June 2024'), pages=G_PAGES,
        core=dict(author='Wairarapa Hospital Records', title='MH crisis coordination ISP',
                  created=D(2025, 2, 10), application='Adobe Acrobat Pro (64-bit) 23.6')),
        dict(kind='defect', expect=[{'rule': 'ISP604', 'data': {'due': '2025-06-28'}}], tolerate=[],
             note='Signed June 2024 (last signature 28 June 2024), reviewed every 12 months, "Next review due: '
                  '28 June 2025" - overdue on 24 Nov 2026.'))

    # ---------------- legacy / trap
    add('legacy-rotorua-family-safety-2017.docx', dict(
        mode='frames', joiner='para', width=86, font='Arial', sz=22, hsz=24, heading_upper=True, hyphenate=True,
        heading_underline=True, pageno='Page {n} of {N}', subs=SUBS_L, sub_every=3, sections=legacy_l(),
        front=front_l(), pages=L_PAGES,
        core=dict(author='BOP Records', title='Family Safety Meeting protocol 2017', created=D(2025, 2, 14))),
        dict(kind='legacy',
             expect=[{'rule': 'ISP303', 'data_contains': {'authority': 'Privacy Act 1993'}},
                     {'rule': 'ISP303', 'data_contains': {'authority': 'Health Information Privacy Code 1994'}},
                     {'rule': 'ISP303', 'data_contains': {'authority': 'Domestic Violence Act'}},
                     {'rule': 'ISP303', 'data_contains': {'authority': 'Young Persons'}},
                     {'rule': 'ISP601'},
                     {'rule': 'ISP101', 'data': {'section': 'tikanga'}},
                     {'rule': 'ISP451', 'data': {'control': 'approved-devices'}},
                     {'rule': 'ISP451', 'data': {'control': 'virtual-meeting'}}],
             tolerate=['ISP302', 'ISP301'],
             note='2017 protocol scanned in 2025: cites Privacy Act 1993, HIPC 1994, Domestic Violence Act 1995 '
                  'and the Children, Young Persons, and Their Families Act 1989; review "as and when '
                  'necessary"; no tikanga section; no device or virtual-meeting controls.'))

    add('trap-tracked-mental-health.docx', dict(
        mode='frames', joiner='para', width=92, sz=22, hsz=26, header='IN-CONFIDENCE', pageno='Page {n} of {N}',
        subs=SUBS_G, sections=base_g('trap'), front=front_g('August 2025'), pages=G_PAGES,
        rev_author='Records Services (QA)', rev_date='2025-08-26T14:05:00Z', track_settings=True,
        core=dict(author='Wairarapa Hospital Records', title='MH crisis coordination ISP',
                  created=D(2025, 8, 25), modified=D(2025, 8, 26, 14), revision=2)),
        dict(kind='trap', expect=[{'rule': 'ISP202'}], tolerate=[],
             note='Records QA corrected the OCR text with Track Changes on and never accepted: the breach '
                  'contact email/phone, "password protected" and "IN-CONFIDENCE" exist only in tracked '
                  'insertions, while "UNCLASSIFIED" and OCR junk exist only in tracked deletions; read as '
                  'accepted the protocol is clean.'))
    return docs


def main():
    truth = {'as_of': '2026-11-24',
             'style': 'Scanned signed paper protocols converted to Word by OCR (ABBYY frames / Acrobat text '
                      'boxes): one paragraph or hard break per printed line, OCR misreadings, bold enlarged '
                      'headings without styles, Word or tab-separated tables, typed names under signature '
                      'lines, stamps as text.',
             'files': {}}
    for spec, t in corpus():
        doc = Scan(spec).build()
        save_deterministic(doc, OUT / spec['file'])
        truth['files'][spec['file']] = t
    (OUT / 'truth.json').write_text(json.dumps(truth, indent=2, ensure_ascii=False) + '\n', encoding='utf-8')
    print('built', len(truth['files']), 'documents')


if __name__ == '__main__':
    main()
