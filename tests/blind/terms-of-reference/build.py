#!/usr/bin/env python3
"""Build the 'Terms of Reference' house-style corpus of multi-agency meeting
information sharing protocols.

Each document is the Terms of Reference of a New Zealand regional multi-agency
group, with the information sharing protocol embedded in its "Confidentiality
and information sharing" section (or as an appendix / form table).

Run:  /work/blind-kit6/.venv/bin/python build.py
Everything is deterministic: fixed core-property dates, fixed ZIP timestamps,
no randomness.
"""
import datetime as dt
import io
import os
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- OOXML helpers

def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k.replace('_', ':', 1)), str(v))
    return e


def wt(text):
    t = el('w:t')
    t.text = text
    t.set(qn('xml:space'), 'preserve')
    return t


class Ids:
    """Deterministic id source for content controls and revisions."""

    def __init__(self):
        self.sdt = 501234000
        self.rev = 100

    def next_sdt(self):
        self.sdt += 17
        return self.sdt

    def next_rev(self):
        self.rev += 1
        return self.rev


def add_sdt(p, text, alias, tag, ids, kind='text', items=None, date=None, bold=False):
    """Append an inline content control (w:sdt) holding `text` to paragraph p."""
    sdt = el('w:sdt')
    pr = el('w:sdtPr')
    if bold:
        rpr = el('w:rPr')
        rpr.append(el('w:b'))
        pr.append(rpr)
    pr.append(el('w:alias', w_val=alias))
    pr.append(el('w:tag', w_val=tag))
    pr.append(el('w:id', w_val=ids.next_sdt()))
    if kind == 'dropdown':
        dd = el('w:dropDownList', w_lastValue=text)
        for it in items:
            dd.append(el('w:listItem', w_displayText=it, w_value=it))
        pr.append(dd)
    elif kind == 'date':
        d = el('w:date', w_fullDate=date + 'T00:00:00Z')
        d.append(el('w:dateFormat', w_val='d MMMM yyyy'))
        d.append(el('w:lid', w_val='en-NZ'))
        d.append(el('w:storeMappedDataAs', w_val='dateTime'))
        d.append(el('w:calendar', w_val='gregorian'))
        pr.append(d)
    else:
        pr.append(el('w:text'))
    sdt.append(pr)
    sdt.append(el('w:sdtEndPr'))
    content = el('w:sdtContent')
    r = el('w:r')
    if bold:
        rpr = el('w:rPr')
        rpr.append(el('w:b'))
        r.append(rpr)
    r.append(wt(text))
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)
    return sdt


def add_ins(p, text, ids, author, date):
    ins = el('w:ins', w_id=ids.next_rev(), w_author=author, w_date=date)
    r = el('w:r')
    r.append(wt(text))
    ins.append(r)
    p._p.append(ins)


def add_del(p, text, ids, author, date):
    d = el('w:del', w_id=ids.next_rev(), w_author=author, w_date=date)
    r = el('w:r')
    t = el('w:delText')
    t.text = text
    t.set(qn('xml:space'), 'preserve')
    r.append(t)
    d.append(r)
    p._p.append(d)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(el('w:shd', w_val='clear', w_color='auto', w_fill=fill))


def set_widths(t, widths):
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(el('w:tblHeader'))


# ------------------------------------------------------------- numbering setup

HEADING_ABSTRACT = '''
<w:abstractNum %s w:abstractNumId="%d">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:pStyle w:val="Heading1"/>
    <w:lvlText w:val="%%1."/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:pStyle w:val="Heading2"/>
    <w:lvlText w:val="%%1.%%2"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr>
  </w:lvl>
</w:abstractNum>
'''


def setup_heading_numbering(doc):
    """Word-style automatic heading numbering: a multilevel list linked to
    Heading 1 / Heading 2 through the styles (numbers are not in the text)."""
    numbering = doc.part.numbering_part.element
    existing = [int(a.get(qn('w:abstractNumId'))) for a in numbering.findall(qn('w:abstractNum'))]
    aid = max(existing + [0]) + 1
    absnum = parse_xml(HEADING_ABSTRACT % (nsdecls('w'), aid))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    nums = [int(n.get(qn('w:numId'))) for n in numbering.findall(qn('w:num'))]
    nid = max(nums + [0]) + 1
    num = el('w:num', w_numId=nid)
    num.append(el('w:abstractNumId', w_val=aid))
    numbering.append(num)
    for sname, lvl in (('Heading 1', 0), ('Heading 2', 1)):
        st = doc.styles[sname]
        numPr = st.element.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = lvl
        numPr.get_or_add_numId().val = nid


def setup_custom_styles(doc):
    """Custom 'ToR Heading' / 'ToR Subheading' styles: bold Normal-based
    paragraphs carrying an outline level (as some agencies' templates do)."""
    styles = doc.styles
    for name, size, lvl, italic in (('ToR Heading', 12, 0, False), ('ToR Subheading', 11, 1, True)):
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles['Normal']
        st.next_paragraph_style = styles['Normal']
        st.font.bold = True
        st.font.italic = italic
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        pf = st.paragraph_format
        pf.space_before = Pt(12 if lvl == 0 else 8)
        pf.space_after = Pt(4)
        pf.keep_with_next = True
        st.element.get_or_add_pPr().append(el('w:outlineLvl', w_val=lvl))


# ------------------------------------------------------------------ renderer

class Renderer:
    def __init__(self, spec):
        self.spec = spec
        self.doc = Document()
        self.ids = Ids()
        self.mode = spec['heading_mode']      # auto | typed | bold | custom
        self.h1 = 0
        self.h2 = 0
        self._setup()

    # -- document setup
    def _setup(self):
        doc, spec = self.doc, self.spec
        normal = doc.styles['Normal']
        normal.font.name = spec.get('font', 'Arial')
        normal.font.size = Pt(spec.get('font_size', 10.5))
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn('w:rFonts'))
        if rfonts is not None:
            rfonts.set(qn('w:eastAsia'), spec.get('font', 'Arial'))
        normal.paragraph_format.space_after = Pt(6)
        for hn in ('Heading 1', 'Heading 2', 'Title'):
            doc.styles[hn].font.name = spec.get('font', 'Arial')
            r = doc.styles[hn].element.get_or_add_rPr()
            rf = r.find(qn('w:rFonts'))
            if rf is not None:
                for a in ('w:asciiTheme', 'w:hAnsiTheme', 'w:eastAsiaTheme', 'w:cstheme'):
                    if rf.get(qn(a)) is not None:
                        del rf.attrib[qn(a)]
        doc.styles['Heading 1'].font.size = Pt(13)
        doc.styles['Heading 2'].font.size = Pt(11)
        doc.styles['Title'].font.size = Pt(22)
        sec = doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = sec.bottom_margin = Cm(2.2)
        if self.mode == 'auto':
            setup_heading_numbering(doc)
        if self.mode == 'custom':
            setup_custom_styles(doc)
        # header / footer
        if spec.get('header'):
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = hp.add_run(spec['header'])
            r.bold = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        if spec.get('footer'):
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = fp.add_run(spec['footer'])
            r.font.size = Pt(8)
            if spec.get('footer_marking'):
                fp2 = sec.footer.add_paragraph()
                fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r2 = fp2.add_run(spec['footer_marking'])
                r2.bold = True
                r2.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        # core properties
        cp = doc.core_properties
        cp.title = spec['title']
        cp.subject = spec.get('subject', 'Terms of Reference')
        cp.author = spec['author']
        cp.last_modified_by = spec.get('modified_by', spec['author'])
        cp.created = spec['created']
        cp.modified = spec['modified']
        cp.last_printed = spec['modified']
        cp.revision = spec.get('revision', 3)
        cp.keywords = spec.get('keywords', 'terms of reference; information sharing')
        cp.category = 'Terms of Reference'
        cp.comments = ''
        cp.content_status = spec.get('status', 'Final')
        cp.identifier = ''
        cp.language = 'en-NZ'
        cp.version = spec.get('version', '')

    # -- headings
    def heading(self, text, level):
        doc = self.doc
        if level == 1:
            self.h1 += 1
            self.h2 = 0
            num = f'{self.h1}.'
        else:
            self.h2 += 1
            num = f'{self.h1}.{self.h2}'
        if self.mode == 'auto':
            return doc.add_paragraph(text, style=f'Heading {level}')
        if self.mode == 'typed':
            return doc.add_paragraph(f'{num} {text}', style=f'Heading {level}')
        if self.mode == 'custom':
            return doc.add_paragraph(f'{num}\t{text}',
                                     style='ToR Heading' if level == 1 else 'ToR Subheading')
        # bold numbered paragraphs in Normal style
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12 if level == 1 else 6)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(f'{num}\t{text}' if level == 1 else f'{num}  {text}')
        r.bold = True
        r.font.size = Pt(12 if level == 1 else 10.5)
        return p

    def raw_heading(self, text, level):
        """A heading whose number is part of its text (appendix parts etc.)."""
        doc = self.doc
        if self.mode in ('auto', 'typed'):
            p = doc.add_paragraph(text, style=f'Heading {level}')
            if self.mode == 'auto':
                # switch off the style's automatic numbering for this paragraph
                numPr = p._p.get_or_add_pPr().get_or_add_numPr()
                numPr.get_or_add_numId().val = 0
            return p
        if self.mode == 'custom':
            return doc.add_paragraph(text, style='ToR Heading' if level == 1 else 'ToR Subheading')
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12 if level == 1 else 6)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(13 if level == 1 else 10.5)
        return p

    # -- body
    def para(self, text, style=None, bold=False, italic=False, indent=None, container=None):
        target = container if container is not None else self.doc
        p = target.add_paragraph(style=style)
        if isinstance(text, (list, tuple)):
            for part in text:
                if isinstance(part, tuple):
                    r = p.add_run(part[0])
                    if 'b' in part[1]:
                        r.bold = True
                    if 'i' in part[1]:
                        r.italic = True
                else:
                    p.add_run(part)
        else:
            r = p.add_run(text)
            if bold:
                r.bold = True
            if italic:
                r.italic = True
        if indent is not None:
            p.paragraph_format.left_indent = Cm(indent)
        return p

    def numbered(self, items, container=None, indent=0.6):
        target = container if container is not None else self.doc
        for i, it in enumerate(items, 1):
            p = target.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(indent + 0.6)
            pf.first_line_indent = Cm(-0.6)
            p.add_run(f'{i}.\t{it}')

    def bullets(self, items, container=None):
        target = container if container is not None else self.doc
        for it in items:
            p = target.add_paragraph(style='List Bullet')
            if isinstance(it, (list, tuple)):
                for part in it:
                    if isinstance(part, tuple):
                        r = p.add_run(part[0])
                        r.bold = 'b' in part[1]
                    else:
                        p.add_run(part)
            else:
                p.add_run(it)

    def table(self, header, rows, widths=None, fill='D9E2F3', font_size=9.5):
        doc = self.doc
        t = doc.add_table(rows=1, cols=len(header))
        t.style = doc.styles['Table Grid']
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = t.rows[0]
        repeat_header(hdr)
        for i, h in enumerate(header):
            c = hdr.cells[i]
            c.text = ''
            r = c.paragraphs[0].add_run(h)
            r.bold = True
            r.font.size = Pt(font_size)
            if fill:
                shade(c, fill)
        for row in rows:
            cells = t.add_row().cells
            for i, val in enumerate(row):
                self.fill_cell(cells[i], val, font_size)
        if widths:
            set_widths(t, widths)
        doc.add_paragraph()
        return t

    def fill_cell(self, cell, val, font_size=9.5):
        """val: str | list of str / ('bul', [..]) / callable(paragraph)."""
        cell.text = ''
        first = cell.paragraphs[0]
        items = val if isinstance(val, list) else [val]
        used_first = False
        for item in items:
            if isinstance(item, tuple) and item[0] == 'bul':
                for b in item[1]:
                    p = first if not used_first else cell.add_paragraph()
                    used_first = True
                    p.style = self.doc.styles['List Bullet']
                    r = p.add_run(b)
                    r.font.size = Pt(font_size)
                continue
            p = first if not used_first else cell.add_paragraph()
            used_first = True
            if callable(item):
                item(p)
            elif isinstance(item, tuple) and item[0] == 'b':
                r = p.add_run(item[1])
                r.bold = True
                r.font.size = Pt(font_size)
            else:
                r = p.add_run(item)
                r.font.size = Pt(font_size)

    def form(self, rows, widths=(4.5, 12.1), fill='E7E6E6', font_size=9.5):
        """A two-column form table: left column is the label (bold, shaded)."""
        doc = self.doc
        t = doc.add_table(rows=0, cols=2)
        t.style = doc.styles['Table Grid']
        for label, val in rows:
            cells = t.add_row().cells
            cells[0].text = ''
            r = cells[0].paragraphs[0].add_run(label)
            r.bold = True
            r.font.size = Pt(font_size)
            shade(cells[0], fill)
            self.fill_cell(cells[1], val, font_size)
        set_widths(t, widths)
        doc.add_paragraph()
        return t

    def sig_blocks(self, blocks, labels=('Name', 'Title', 'Signature', 'Date'), lead='Signed for and on behalf of'):
        doc = self.doc
        for b in blocks:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.keep_with_next = True
            p.add_run(f'{lead} ')
            r = p.add_run(b['agency'])
            r.bold = True
            for lab, key in zip(labels, ('name', 'role', 'sig', 'date')):
                q = doc.add_paragraph()
                q.paragraph_format.space_after = Pt(2)
                q.paragraph_format.keep_with_next = key != 'date'
                q.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
                val = b.get(key, '')
                if key == 'sig' and not val:
                    val = '________________________________'
                q.add_run(f'{lab}:\t{val}')

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    # -- run the spec
    def build(self):
        doc = self.doc
        for blk in self.spec['blocks']:
            kind = blk[0]
            if kind == 'title':
                p = doc.add_paragraph(blk[1], style='Title')
            elif kind == 'subtitle':
                p = doc.add_paragraph()
                r = p.add_run(blk[1])
                r.font.size = Pt(14)
                r.bold = True
            elif kind == 'meta':
                p = doc.add_paragraph()
                r = p.add_run(blk[1])
                r.italic = True
                r.font.size = Pt(9)
            elif kind == 'h1':
                self.heading(blk[1], 1)
            elif kind == 'h2':
                self.heading(blk[1], 2)
            elif kind == 'hraw':
                self.raw_heading(blk[1], blk[2])
            elif kind == 'p':
                self.para(blk[1])
            elif kind == 'pi':
                self.para(blk[1], indent=blk[2] if len(blk) > 2 else 0.75)
            elif kind == 'num':
                self.numbered(blk[1])
            elif kind == 'bul':
                self.bullets(blk[1])
            elif kind == 'table':
                self.table(blk[1], blk[2], *(blk[3:4]))
            elif kind == 'form':
                self.form(blk[1])
            elif kind == 'sigblocks':
                if len(blk) > 2:
                    self.sig_blocks(blk[1], **blk[2])
                else:
                    self.sig_blocks(blk[1])
            elif kind == 'pagebreak':
                self.page_break()
            elif kind == 'fn':
                blk[1](self)
            else:
                raise ValueError(kind)
        return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def build_all():
    specs = all_specs()
    names = []
    for fname, spec in specs:
        r = Renderer(spec)
        doc = r.build()
        save_deterministic(doc, os.path.join(OUT, fname))
        names.append(fname)
    return names


# =====================================================================
# Content
# =====================================================================

def D(y, m, d, h=9, mi=0):
    return dt.datetime(y, m, d, h, mi, 0)


def doc_control(rows, header=('Version', 'Date', 'Change', 'Author')):
    return ('table', list(header), rows)


# ---------------------------------------------------------------------
# 1. Whangārei Whānau Safety Table (family violence)
#    Word Heading 1 / Heading 2 with automatic numbering from numbering.xml;
#    the protocol is section 11 "Confidentiality and information sharing".
# ---------------------------------------------------------------------

FV_MEMBERS = [
    ('New Zealand Police (lead agency)', 'Family Harm Team Leader, Whangārei', 'Family Harm Sergeant'),
    ('Oranga Tamariki', 'Supervisor, Whangārei site', 'Senior Social Worker'),
    ('Ara Poutama Aotearoa – Department of Corrections', 'Service Manager, Community Corrections Whangārei', 'Senior Probation Officer'),
    ('Health New Zealand – Te Whatu Ora, Te Tai Tokerau', 'Family Violence Intervention Coordinator', 'Violence Intervention Programme Nurse'),
    ('Ministry of Social Development', 'Service Centre Manager, Whangārei', 'Case Manager (Family Violence)'),
    ('Tū Wāhine Whānau Refuge', 'Senior Advocate', 'Advocate'),
    ('Te Puna Whakaora Whānau Services', 'Kaiārahi, Whānau Ora', 'Whānau Ora Navigator'),
    ('Te Ara Tika Men’s Service', 'Practice Lead', 'Senior Facilitator'),
]

FV_SIGS = [
    ('New Zealand Police', 'Mereana Tipene', 'Area Commander, Whangārei–Kaipara', '9 March 2026'),
    ('Oranga Tamariki', 'Hamish Doherty', 'Site Manager, Whangārei', '2 March 2026'),
    ('Ara Poutama Aotearoa – Department of Corrections', 'Ruth Aperahama', 'District Manager, Community Corrections Northland', '26 February 2026'),
    ('Health New Zealand – Te Whatu Ora, Te Tai Tokerau', 'Sanjay Patel', 'Group Manager, Hauora Tamariki me te Whānau', '4 March 2026'),
    ('Ministry of Social Development', 'Tania Wikaira', 'Regional Commissioner, Northland', '24 February 2026'),
    ('Tū Wāhine Whānau Refuge', 'Carol Henare', 'Manager', '19 February 2026'),
    ('Te Puna Whakaora Whānau Services', 'Hōne Pōmare', 'Tumuaki (Chief Executive)', '20 February 2026'),
    ('Te Ara Tika Men’s Service', 'Daniel Kereama', 'General Manager', '23 February 2026'),
]


def fv_spec(variant='clean'):
    b = []
    b += [
        ('title', 'Whangārei Whānau Safety Table'),
        ('subtitle', 'Terms of Reference'),
        ('meta', 'Version 2.0 – February 2026. Includes the table’s information sharing protocol (section 11).'),
        doc_control([
            ['1.0', 'August 2023', 'First version, adopted when the table moved to twice-weekly meetings', 'Family Harm Team, NZ Police'],
            ['2.0', 'February 2026', 'Information sharing protocol added (section 11); membership and quorum updated', 'Family Harm Team, NZ Police'],
        ]),
        ('h1', 'Background'),
        ('p', 'Family violence is the largest single driver of Police demand in Whangārei. Since 2017 Police and partner '
              'agencies have met every weekday to triage the family harm episodes reported in the previous 24 hours. '
              'Episodes assessed as high risk, or where violence is repeated, need a more considered response than the '
              'daily triage can give, so in 2023 the partners formed the Whānau Safety Table.'),
        ('p', 'These Terms of Reference set out how the table works. Section 11 is the table’s information sharing '
              'protocol: it records what member agencies share about the whānau discussed, why, under which law, and '
              'how that information is protected.'),
        ('h1', 'Purpose of the group'),
        ('p', 'The Whānau Safety Table brings government agencies, kaupapa Māori providers and specialist family violence '
              'services together so that whānau at high risk of serious or repeated family violence are made safe. The table:'),
        ('bul', [
            'considers family violence episodes referred from the daily triage that meet the high-risk threshold;',
            'agrees a safety plan for each whānau, with a named agency leading each action;',
            'makes sure people using violence are offered a service that helps them stop; and',
            'makes sure concerns about the safety of tamariki are reported to Oranga Tamariki without delay.',
        ]),
        ('h1', 'Membership'),
        ('p', 'Membership is by agency. Each member agency nominates a representative and an alternate who can commit '
              'their agency’s resources at the table. The member agencies below are the attending agencies for the '
              'information sharing protocol in section 11, and each endorses these Terms of Reference in section 13.'),
        ('table', ['Member agency', 'Representative', 'Alternate'], [list(m) for m in FV_MEMBERS], [6.2, 5.6, 4.8]),
        ('p', 'New Zealand Police is the lead agency. It convenes the table, provides the secretariat and is responsible '
              'for developing and implementing the information sharing protocol in section 11.'),
        ('h1', 'Chair and secretariat'),
        ('p', 'The Police Family Harm Team Leader chairs the table. Members elect a co-chair from one of the kaupapa Māori '
              'or specialist family violence providers each year. The co-chair chairs in the Chair’s absence and leads '
              'the table’s annual hui with whānau and community advisers.'),
        ('p', 'The Police Family Harm administrator is the secretariat. The secretariat prepares the referral list, keeps '
              'the action register and minutes, and follows up actions between meetings.'),
        ('h1', 'Quorum'),
        ('p', 'The table is quorate when at least five member agencies are present, including New Zealand Police, Oranga '
              'Tamariki and at least one of Tū Wāhine Whānau Refuge, Te Puna Whakaora Whānau Services or Te Ara Tika Men’s '
              'Service. When the table is not quorate, the agencies present may still agree urgent safety actions; these '
              'are reported to the next quorate meeting.'),
        ('h1', 'Meeting frequency and venue'),
        ('p', 'The table meets every Tuesday and Thursday from 9.30 am to 12.00 pm at the Whangārei family harm hub. Members '
              'who cannot attend in person may join by Microsoft Teams, following the security controls in section 11. The Chair '
              'may call an extra meeting when an urgent referral cannot wait.'),
        ('h1', 'Decision making'),
        ('p', 'Decisions are made by consensus. Where members cannot agree a safety plan, the Chair records the different '
              'views and the agency with the statutory responsibility makes the decision. Nothing in these Terms of '
              'Reference changes any agency’s statutory functions or its accountability for its own decisions.'),
        ('h1', 'Conflicts of interest'),
        ('p', 'Whangārei is a small community and members will sometimes know the people discussed. A member who knows, is '
              'related to or has a personal connection with someone on the referral list:'),
        ('bul', [
            'tells the Chair as soon as they become aware of it, before the meeting if possible;',
            'asks a colleague in their agency to respond to any request for information about that person; and',
            'leaves the room, or the Teams meeting, while that whānau is discussed.',
        ]),
        ('p', 'Members also declare a perceived conflict, such as a contract between their agency and a provider being '
              'considered for a referral. The Chair records each declaration, and how it was managed, in the minutes.'),
        ('h1', 'Reporting lines'),
        ('p', 'The table reports to the Te Tai Tokerau Family Violence and Sexual Violence Regional Leadership Group. The '
              'Chair provides a quarterly report of de-identified, aggregate information only: the number of episodes '
              'considered, referrals made and actions completed. Reports never identify a person or whānau.'),
        ('h1', 'Media enquiries'),
        ('p', 'Members do not comment to the media on the table or on any whānau discussed at it. Media enquiries are '
              'referred to New Zealand Police Media and Communications, which consults the other member agencies before '
              'responding.'),
        ('h1', 'Confidentiality and information sharing'),
        ('p', 'This section is the table’s information sharing protocol. It records the information members share, why '
              'they share it, the legal authority each purpose relies on and the controls that protect it. It does not '
              'itself authorise any sharing: every disclosure must be permitted by the law named for it in 11.3. A '
              'representative who is unsure whether the criteria of that law are met checks with their agency’s privacy '
              'or legal team before sharing.'),
        ('h2', 'Why members share information'),
        ('p', 'Members share personal information at the table only for these purposes:'),
        ('num', [
            'To assess the level and nature of the family violence risk to adult victims, tamariki and other whānau members in each referred episode.',
            'To develop, agree and monitor a safety plan for each whānau, including which member agency leads each action.',
            'To identify and coordinate services for the person using violence so that the violence stops.',
            'To identify tamariki who may be in need of care or protection and report the concern to Oranga Tamariki.',
        ]),
        ('h2', 'Information members may share'),
        ('p', 'Members share only what is relevant to those purposes. Depending on the episode this may include:'),
        ('bul', [
            'names, dates of birth, addresses and contact details of the victim, the person using violence, tamariki and other household members;',
            'the family violence episode, the Police call-out history and any current protection order, bail or release conditions;',
            'any current Corrections sentence or order and its conditions;',
            'whether tamariki are known to Oranga Tamariki and any current involvement;',
            'health information that bears on risk, such as pregnancy, injuries, or mental health and addiction needs;',
            'current benefit or hardship assistance where it is relevant to a safety plan, such as relocation; and',
            'engagement with refuge, kaupapa Māori or stopping-violence services.',
        ]),
        ('p', 'Historical information with no bearing on current risk or safety is not shared.'),
        ('h2', 'Legal authority for each purpose'),
        ('table', ['Purpose', 'Legal authority relied on'], [
            ['1. Assessing family violence risk', 'Family Violence Act 2018, section 20 (disclosure to a family violence agency or social services practitioner to help ensure a victim is protected from family violence)'],
            ['2. Safety planning', 'Family Violence Act 2018, section 20'],
            ['3. Services for the person using violence', 'Family Violence Act 2018, section 20; for health information that the person has agreed to share, Health Information Privacy Code 2020, rule 11(1)(b)'],
            ['4. Care or protection concerns about tamariki', 'Oranga Tamariki Act 1989, section 15 (report of concern) and section 66C (disclosure to a child welfare and protection agency)'],
        ], [5.0, 11.6]),
        ('p', 'Each time they share, representatives check that the criteria of the authority are met for that disclosure. '
              'Where a court order or another law restricts what may be shared, that restriction applies.'),
        ('h2', 'How shared information is used'),
        ('p', 'Information shared at the table is used only for the purpose it was shared for, and only as far as the '
              'legal authority for that purpose allows. Members do not put information from other agencies into their '
              'own systems unless they need it to carry out an action agreed at the table. When they do, they record where '
              'it came from, the authority it was shared under, the purpose, any restriction on its use and the date it '
              'was shared.'),
        ('p', 'Using shared information for a different purpose, including an unrelated investigation, needs its own '
              'assessment of purpose and legal authority, with advice from the member’s privacy or legal team.'),
    ]
    if variant != 'no-transparency':
        b += [
            ('h2', 'Telling whānau about information sharing'),
            ('p', 'Member agencies tell the people they work with, in their privacy statements and when they first engage '
                  'with them, that they work with other agencies to keep whānau safe and may share information with them '
                  'for that purpose.'),
            ('p', 'Where it is safe to do so, the lead agency for each safety plan tells the victim that the table has '
                  'discussed their safety and what support will be offered, and asks for their views before any action '
                  'that affects them is taken. The person using violence is not told when that could increase the risk '
                  'to the victim or tamariki; the reason is recorded in the minutes. When sharing under section 66C of '
                  'the Oranga Tamariki Act 1989, members consult the child or young person and their whānau where that '
                  'is practicable and appropriate.'),
        ]
    b += [
        ('h2', 'How information is shared'),
        ('bul', [
            'The secretariat emails the referral list to representatives two working days before each meeting, as a password-protected attachment, with the password sent in a separate message.',
            'Members share their own agency’s information verbally at the meeting.',
            'Agreed actions are recorded in the action register in the Police system. Each member receives only the actions allocated to their agency.',
            'Information needed between meetings is sent by secure email only to the agencies that need it for an agreed action.',
        ]),
        ('h2', 'Security classification'),
        ('p', 'Information shared at or for the table is classified IN-CONFIDENCE. The referral list, action register and '
              'minutes carry the IN-CONFIDENCE marking in their header and footer and in the subject line of every email.'),
        ('h2', 'Security controls'),
        ('p', 'Members agree to these minimum controls:'),
        ('bul', [
            'every representative and alternate has completed their agency’s privacy and information security training before attending;',
            'printed papers are not brought to the table unless it cannot be avoided, and any that are brought are collected by the secretariat at the end of the meeting and placed in the secure shredding bin;',
            'any email attachment containing personal information is password protected;',
            'information is accessed and shared only on devices issued or approved by the member’s agency;',
            'members joining by Teams do not put personal information in the chat, do not record the meeting and do not take screenshots, and they join from a private space where they cannot be overheard; and',
            'members do not hand printed material to representatives of other agencies.',
        ]),
        ('h2', 'Tikanga and Māori data'),
        ('p', 'Most whānau referred to the table are Māori. Information about them is a taonga, and members handle it in a '
              'way that upholds the mana of the whānau. Te Puna Whakaora Whānau Services advises the table on tikanga, '
              'and the table agrees that:'),
        ('bul', [
            'where a kaupapa Māori provider already has a relationship with the whānau, that provider leads the conversation with the whānau about the plan wherever it is safe;',
            'information about whakapapa and whānau connections is shared only where it is relevant to safety; and',
            'aggregate reports to the Regional Leadership Group are shared with Te Puna Whakaora before they are sent, so that Māori data is not presented in ways that stigmatise whānau.',
        ]),
        ('h2', 'Keeping and disposing of information'),
        ('p', 'Members keep information shared at the table only when they need it to carry out an action agreed at the '
              'table, and then only in their agency’s approved records system. Once it is saved there, the emailed copy '
              'is deleted. Each agency keeps and disposes of that information under its own retention and disposal '
              'authority. Members must not keep information in case it proves useful later.'),
        ('p', 'New Zealand Police, as lead agency, holds the referral lists, action register and minutes in its records '
              'system and disposes of them under its disposal authority.'),
        ('h2', 'Privacy and security breaches'),
    ]
    if variant == 'no-breach-contact':
        b += [
            ('p', 'A member who suspects that information shared at the table has been lost, sent to the wrong person, or '
                  'accessed or disclosed without authority contains it as far as they can (for example by recalling the '
                  'email and asking the recipient to delete it), tells their own agency’s privacy officer the same day, '
                  'and informs the Chair.'),
            ('p', 'Each member agency manages breaches involving its information under its own privacy breach policy, '
                  'works with the other agencies involved on what to tell affected people, and decides whether the breach '
                  'must be notified to the Privacy Commissioner and the affected people under Part 6 of the Privacy Act 2020.'),
        ]
    else:
        b += [
            ('p', 'If a member suspects that information shared at the table has been lost, sent to the wrong person, or '
                  'accessed or disclosed without authority, they:'),
            ('num', [
                'contain it as far as they can, for example by recalling the email and asking the recipient to delete it;',
                'tell the table’s breach contact the same day; and',
                'tell their own agency’s privacy officer, who manages the breach under that agency’s policy.',
            ]),
            ('p', 'The table’s breach contact is the Family Harm Team Leader, New Zealand Police, Whangārei '
                  '(whangarei.familyharm@police.govt.nz, 09 430 4587). The breach contact brings together the agencies '
                  'whose information was involved to agree the response, including what to tell the people affected. The '
                  'agency whose information was involved decides whether the breach is notifiable and, if it is, notifies '
                  'the Privacy Commissioner and the affected people under Part 6 of the Privacy Act 2020.'),
        ]
    b += [
        ('h2', 'Relationship managers'),
        ('p', 'Each member agency nominates a relationship manager, usually the representative’s own manager. The '
              'relationship manager understands the table’s purpose and the information shared, supports their '
              'representative with any information sharing issue, and involves their agency’s privacy or legal team when '
              'needed. Relationship managers check in with their representative at least every six months that the '
              'protocol is working as intended and that sharing has not drifted beyond its purposes, and raise any '
              'problem with the Chair.'),
        ('h1', 'Review of the Terms of Reference'),
        ('p', 'These Terms of Reference, including the information sharing protocol in section 11, are reviewed every 24 '
              'months from the date of the last endorsement in section 13. New Zealand Police, as lead agency, initiates '
              'the review. Any member may ask for an earlier review if an issue with information sharing arises or the '
              'law changes.'),
        ('p', 'The review confirms with each member that the sharing is still needed, that its purposes and uses have not '
              'changed and that information is still shared securely. Changes are endorsed by all members, and each '
              'member agency receives a copy of the endorsed version.'),
        ('h1', 'Endorsement'),
        ('p', 'The member agencies endorse these Terms of Reference, including the information sharing protocol in section '
              '11. Each signatory has had advice from their agency’s privacy or legal team.'),
        ('table', ['Member agency', 'Name', 'Title', 'Signature', 'Date'],
         [[a, n, t, '(signed)', d] for a, n, t, d in FV_SIGS], [4.6, 3.0, 4.2, 2.2, 2.6]),
    ]
    spec = dict(
        title='Whangārei Whānau Safety Table – Terms of Reference',
        author='Mereana Tipene', modified_by='Family Harm Administrator',
        created=D(2025, 11, 18), modified=D(2026, 3, 9, 15, 12), revision=14,
        heading_mode='auto', header='IN-CONFIDENCE', footer_marking='IN-CONFIDENCE',
        footer='Whangārei Whānau Safety Table – Terms of Reference – Version 2.0',
        version='2.0', blocks=b, font='Arial',
    )
    return spec


# ---------------------------------------------------------------------
# 2. Hutt Valley Youth Offending Panel
#    Bold numbered paragraphs (Normal style); the protocol is Appendix A.
# ---------------------------------------------------------------------

YO_MEMBERS = [
    ('Oranga Tamariki (lead agency)', 'Youth Justice Supervisor, Lower Hutt site (Chair)'),
    ('New Zealand Police', 'Youth Aid Sergeant, Hutt Valley'),
    ('Ministry of Education', 'Senior Advisor, Learning Support – Hutt Valley'),
    ('Health New Zealand | Te Whatu Ora, Capital, Coast and Hutt Valley', 'Clinician, Youth Alcohol and Other Drug Service'),
    ('Te Awakairangi Iwi Social Services', 'Rangatahi Team Leader'),
    ('Fanau Ola Pasifika Youth Services', 'Pacific Youth Mentoring Coordinator'),
]


def yo_spec(variant='clean'):
    old = variant == 'overdue'
    year = 2024 if old else 2026
    if old:
        sigs = [
            ('Oranga Tamariki', 'Losaline Taufa', 'Regional Manager, Youth Justice Services, Wellington', '31 August 2024'),
            ('New Zealand Police', 'Brendon Kaa', 'Area Commander, Hutt Valley', '14 August 2024'),
            ('Ministry of Education', 'Philippa Grant', 'Director of Education, Wellington', '22 July 2024'),
            ('Health New Zealand | Te Whatu Ora, Capital, Coast and Hutt Valley', 'Ana Mulitalo', 'Group Manager, Mental Health, Addiction and Intellectual Disability Services', '6 August 2024'),
            ('Te Awakairangi Iwi Social Services', 'Rāwiri Tamihana', 'Pou Whakahaere', '18 July 2024'),
            ('Fanau Ola Pasifika Youth Services', 'Sione Fifita', 'Chief Executive', '25 July 2024'),
        ]
    else:
        sigs = [
            ('Oranga Tamariki', 'Losaline Taufa', 'Regional Manager, Youth Justice Services, Wellington', '18 June 2026'),
            ('New Zealand Police', 'Brendon Kaa', 'Area Commander, Hutt Valley', '4 June 2026'),
            ('Ministry of Education', 'Philippa Grant', 'Director of Education, Wellington', '27 May 2026'),
            ('Health New Zealand | Te Whatu Ora, Capital, Coast and Hutt Valley', 'Ana Mulitalo', 'Group Manager, Mental Health, Addiction and Intellectual Disability Services', '9 June 2026'),
            ('Te Awakairangi Iwi Social Services', 'Rāwiri Tamihana', 'Pou Whakahaere', '12 May 2026'),
            ('Fanau Ola Pasifika Youth Services', 'Sione Fifita', 'Chief Executive', '15 May 2026'),
        ]
    sig_rows = []
    for a, n, t, d in sigs:
        if variant == 'incomplete-signatory' and a.startswith('Fanau Ola'):
            t = ''
        sig_rows.append([a, n, t, '', d])

    if variant == 'claims-authority':
        conf = ('Panel members keep everything discussed at the panel confidential. Appendix A is the panel’s authority '
                'for sharing information: once these Terms of Reference are endorsed, members are authorised to share '
                'information about the young people referred to the panel with each other, as set out in the appendix.')
        app_intro = ('This appendix sets out the information sharing arrangements for the panel and is part of the Terms '
                     'of Reference. Endorsement of the Terms of Reference by all member agencies gives members the '
                     'authority to share the information described below.')
    else:
        conf = ('Panel members keep everything discussed at the panel confidential. How members share information about '
                'young people, and the legal authority for it, is set out in the information sharing protocol at Appendix '
                'A, which forms part of these Terms of Reference.')
        app_intro = ('This appendix is the panel’s information sharing protocol. It records the arrangements members have '
                     'agreed for sharing personal information about the young people referred to the panel. It does not '
                     'itself authorise any sharing: each disclosure must be permitted by the law set out for it in A3.')

    if old:
        review = [
            ('p', '12.1  These Terms of Reference and the protocol at Appendix A are reviewed every 12 months. The next '
                  'review is due by 31 August 2025.'),
            ('p', '12.2  Oranga Tamariki, as lead agency, initiates the review and circulates a draft to members. Any member '
                  'may ask for an earlier review if there is a problem with information sharing or a change in the law.'),
        ]
    else:
        review = [
            ('p', '12.1  These Terms of Reference and the protocol at Appendix A are reviewed every two years from the date '
                  'of the last endorsement.'),
            ('p', '12.2  Oranga Tamariki, as lead agency, initiates the review at least two months before it is due and '
                  'circulates a draft to members. Any member may ask for an earlier review if there is a problem with '
                  'information sharing or a change in the law.'),
        ]

    b = [
        ('title', 'Hutt Valley Youth Offending Panel'),
        ('subtitle', 'Terms of Reference'),
        ('meta', f'Version {"1.0" if old else "2.1"} | {"July" if old else "May"} {year} | Owner: Oranga Tamariki, Lower Hutt'),
        ('h1', 'Background'),
        ('p', '1.1  Most young people who offend in the Hutt Valley do so once or twice and stop. A small group offend '
              'repeatedly, often alongside disengagement from school, alcohol and drug use, and family stress. No single '
              'agency holds the whole picture for these rangatahi.'),
        ('p', '1.2  The Youth Offending Panel was set up by Oranga Tamariki and Police Youth Aid, with education, health and '
              'community partners, to plan a joined-up response for these young people outside the formal family group '
              'conference process.'),
        ('h1', 'Purpose of the panel'),
        ('p', '2.1  The panel meets to plan and coordinate support for young people aged 12 to 17 who have offended '
              'repeatedly, or whose offending is escalating, so that they stop offending and stay connected to whānau, '
              'education and community.'),
        ('p', '2.2  The panel does not replace youth justice family group conferences, Police Youth Aid decisions or the '
              'Youth Court.'),
        ('h1', 'Membership'),
        ('p', '3.1  The panel’s members are the agencies below. Each names a representative and a deputy. The members are '
              'the agencies that share information at the panel and each is a party to Appendix A.'),
        ('table', ['Member agency', 'Representative'], [list(m) for m in YO_MEMBERS], [8.0, 8.6]),
        ('p', '3.2  Oranga Tamariki is the lead agency for the panel and for the protocol at Appendix A.'),
        ('h1', 'Chair and administration'),
        ('p', '4.1  The Oranga Tamariki Youth Justice Supervisor chairs the panel. The Police Youth Aid Sergeant is deputy '
              'chair.'),
        ('p', '4.2  Oranga Tamariki provides administration: it receives referrals, prepares the agenda and keeps the '
              'panel’s plan register and minutes.'),
        ('h1', 'Quorum'),
        ('p', '5.1  A meeting is quorate when Oranga Tamariki, New Zealand Police and at least two other member agencies are '
              'present.'),
        ('h1', 'Meetings'),
        ('p', '6.1  The panel meets fortnightly on Wednesday mornings at the Oranga Tamariki Lower Hutt site. Members may '
              'join by Microsoft Teams.'),
        ('h1', 'Decision making'),
        ('p', '7.1  The panel works by consensus. Each agency keeps its own statutory decision-making powers; where a plan '
              'needs a decision only one agency can make, that agency makes it and tells the panel.'),
        ('h1', 'Conflicts of interest'),
        ('p', '8.1  A member who has a personal connection with a young person or whānau on the agenda, or any other actual '
              'or perceived conflict, tells the Chair as soon as they know of it.'),
        ('p', '8.2  The member’s agency nominates another staff member to respond to any request for information about '
              'that young person, and the member does not take part while the young person is discussed.'),
        ('p', '8.3  The Chair records the conflict and how it was managed in the minutes.'),
        ('h1', 'Accountability and reporting'),
        ('p', '9.1  The panel reports every six months to the Hutt Valley Children’s Team governance group, using '
              'de-identified numbers only: referrals, plans agreed, and reoffending within six months.'),
        ('h1', 'Media'),
        ('p', '10.1  Members do not speak to the media about the panel or about any young person. Enquiries go to the '
              'Oranga Tamariki media team.'),
        ('h1', 'Confidentiality'),
        ('p', '11.1  ' + conf),
        ('h1', 'Review'),
    ] + review + [
        ('h1', 'Endorsement'),
        ('p', '13.1  Signed by the member agencies to show their agreement to these Terms of Reference and to the '
              'information sharing protocol at Appendix A.'),
        ('table', ['Agency', 'Signatory', 'Position', 'Signature', 'Date'], sig_rows, [4.4, 3.0, 4.4, 2.6, 2.2]),
        ('pagebreak',),
        ('hraw', 'Appendix A – Information Sharing Protocol', 1),
        ('p', app_intro),
        ('hraw', 'A1.  Purposes for sharing information', 2),
        ('p', 'Members share personal information about referred young people and their whānau for two purposes:'),
        ('pi', '(a)  to assess the risk that the young person will offend or reoffend, and the needs and circumstances '
               'behind that risk; and'),
        ('pi', '(b)  to agree, coordinate and review a plan of services and support for the young person and their whānau, '
               'including which member delivers each part of it.'),
        ('hraw', 'A2.  Information that may be shared', 2),
        ('bul', [
            'The young person’s name, date of birth, address, school and whānau contacts.',
            'Offending history and current Police Youth Aid or youth justice involvement.',
            'Care and protection history held by Oranga Tamariki, where it bears on the young person’s needs.',
            'School enrolment, attendance, stand-downs and suspensions, and learning support needs.',
            'Alcohol and other drug, mental health and other health needs, shared by the health member on the basis set out in A3.',
            'Engagement with iwi, Pacific and community services.',
        ]),
        ('hraw', 'A3.  Legal authority', 2),
        ('table', ['Purpose', 'Authority', 'Notes'], [
            ['A1(a) Assessing risk of offending', 'Oranga Tamariki Act 1989, section 66C',
             'All members are child welfare and protection agencies under section 2 of the Act; Te Awakairangi Iwi Social Services and Fanau Ola are approved child and family support services.'],
            ['A1(b) Planning and coordinating support', 'Oranga Tamariki Act 1989, section 66C; and Privacy Act 2020, IPP 11(1)(c) where the young person has agreed',
             'For health information the health member relies on Health Information Privacy Code 2020, rule 11(1)(b) (disclosure authorised by the young person), or on section 66C.'],
        ], [4.2, 5.6, 6.8]),
        ('hraw', 'A4.  Use of information', 2),
        ('p', 'Information shared at the panel is used only for the purpose it was shared for. Members record on their own '
              'files only what they need to deliver their part of a plan, noting the source, the authority, the purpose '
              'and the date. Any other use needs its own legal authority and advice from the member’s privacy team.'),
        ('hraw', 'A5.  Transparency with rangatahi and whānau', 2),
        ('p', 'The referring agency tells the young person and their parents or caregivers that the young person will be '
              'discussed at the panel, which agencies attend and why, unless telling them would put someone at risk. '
              'Where section 66C is relied on, members consider the young person’s views and, where practicable, consult '
              'the young person and their whānau before sharing. Each member’s privacy statement describes its '
              'participation in multi-agency panels.'),
        ('hraw', 'A6.  How information is shared', 2),
        ('p', 'Oranga Tamariki emails the agenda, with a one-page summary for each young person, to representatives by '
              'secure email the day before the meeting. Members share their own information verbally at the meeting. '
              'Plans are recorded in the Oranga Tamariki plan register and each member receives only the actions '
              'allocated to it.'),
        ('hraw', 'A7.  Classification', 2),
        ('p', 'All panel papers, and everything discussed at the panel, are IN-CONFIDENCE.'),
        ('hraw', 'A8.  Security controls', 2),
        ('p', 'Requirements:'),
        ('bul', [
            'Representatives and deputies have completed their agency’s privacy and information security training.',
            'Any hard copies used at the meeting are collected by the Chair when the meeting closes and securely shredded.',
            'Attachments containing personal information (including the agenda) are password protected, and the password is sent separately.',
        ]),
        ('p', 'Restrictions:'),
        ('bul', [
            'Information is shared only from devices approved by the member’s agency.',
            'When joining by Teams, members do not use the chat for personal information, do not record the meeting and do not screenshot shared content.',
            'Members do not give hard copies to representatives of other agencies.',
        ]),
        ('hraw', 'A9.  Tikanga', 2),
        ('p', 'Many rangatahi referred to the panel are Māori or Pacific. Te Awakairangi Iwi Social Services advises members '
              'on tikanga, and Fanau Ola on Pacific values and family structures. Information about whakapapa, whānau and '
              'aiga is shared only where it helps the plan, and members agree the way the young person’s whānau is '
              'approached with the iwi or Pacific member before contact is made.'),
        ('hraw', 'A10.  Retention and disposal', 2),
        ('p', 'Members keep shared information only in their agency’s approved system, only when it is needed to deliver an '
              'agreed action, and only for as long as their agency’s disposal authority allows. Email copies are deleted '
              'once the information is filed. Oranga Tamariki holds the agenda, plan register and minutes under its '
              'disposal schedule.'),
        ('hraw', 'A11.  Breaches', 2),
        ('p', 'Anyone who suspects that panel information has been lost or disclosed without authority tells the panel '
              'breach contact straight away and tells their own agency’s privacy officer. The breach contact is the '
              'Youth Justice Supervisor (panel Chair), Oranga Tamariki, Lower Hutt – huttyouthpanel@ot.govt.nz, '
              '04 566 1240. The breach contact coordinates the response with the agencies whose information was '
              'involved, including what to tell the young person and whānau; each agency decides whether a breach of '
              'its information must be notified to the Privacy Commissioner.'),
        ('hraw', 'A12.  Relationship management', 2),
        ('p', 'Each member names a relationship manager (usually the representative’s manager) who supports the '
              'representative with information sharing questions, links with their agency’s privacy and legal teams, and '
              'checks with the representative each quarter that the protocol is working as intended.'),
    ]
    return dict(
        title='Hutt Valley Youth Offending Panel – Terms of Reference',
        author='Losaline Taufa', modified_by='Panel Administrator, Oranga Tamariki Lower Hutt',
        created=D(year, 4 if not old else 6, 20 if not old else 3),
        modified=D(year, 6 if not old else 8, 18 if not old else 31, 16, 40),
        revision=9, heading_mode='bold', header='IN-CONFIDENCE',
        footer=f'Hutt Valley Youth Offending Panel – Terms of Reference – {"July 2024" if old else "May 2026"}',
        version='1.0' if old else '2.1', blocks=b, font='Calibri', font_size=11,
    )


# ---------------------------------------------------------------------
# 3. Ōtara–Papatoetoe School Attendance Hub
#    Heading 1 / Heading 2 with typed numbers; content controls for the
#    classification (drop-down) and endorsement dates (date pickers).
# ---------------------------------------------------------------------

SA_MEMBERS = [
    ('Ministry of Education (lead agency)', 'Senior Advisor, Attendance and Engagement – Auckland'),
    ('South Auckland Attendance Service Trust', 'Attendance Service Team Leader'),
    ('Ōtara–Papatoetoe Kāhui Ako', 'Lead Principal (on behalf of the Kāhui Ako schools)'),
    ('Oranga Tamariki', 'Supervisor, Ōtara site'),
    ('Health New Zealand | Te Whatu Ora, Counties Manukau', 'Team Leader, School-Based Health Services'),
    ('Ministry of Social Development', 'Senior Case Manager, Ōtara Service Centre'),
    ('Te Pā Harakeke Whānau Services', 'Whānau Ora Navigator Team Lead'),
    ('Aniva Pasifika Family Services', 'Pacific Family Support Lead'),
]

SA_SIGS = [
    ('Ministry of Education (lead agency)', 'Vaimoana Lolohea', 'Director of Education, Auckland', '2025-10-24'),
    ('South Auckland Attendance Service Trust', 'Graeme Hutchings', 'Chief Executive', '2025-10-03'),
    ('Ōtara–Papatoetoe Kāhui Ako', 'Leilani Faumuina', 'Lead Principal', '2025-10-08'),
    ('Oranga Tamariki', 'Karl Wihongi', 'Site Manager, Ōtara', '2025-10-15'),
    ('Health New Zealand | Te Whatu Ora, Counties Manukau', 'Priya Raman', 'Service Manager, Child and Youth Health', '2025-10-20'),
    ('Ministry of Social Development', 'Mata’afa Leota', 'Regional Commissioner, Counties Manukau', '2025-10-17'),
    ('Te Pā Harakeke Whānau Services', 'Atareta Ngāwati', 'Kaiwhakahaere Matua', '2025-10-06'),
    ('Aniva Pasifika Family Services', 'Rev. Tevita Moala', 'Director', '2025-10-09'),
]


def sa_spec(variant='clean'):
    cls = 'UNCLASSIFIED' if variant == 'unclassified' else 'IN-CONFIDENCE'
    purposes = [
        'To identify students in the hub’s schools who are chronically absent, or who are not enrolled, and to understand the reasons for their absence.',
        'To agree and coordinate the supports that will help each student return to regular attendance, and which member leads them.',
        'To identify students who may be in need of care or protection and report the concern to Oranga Tamariki.',
    ]
    if variant == 'purpose-no-authority':
        purposes.append('To check that families referred to the hub are receiving the benefit and hardship assistance they are entitled to.')

    def classification(r):
        p = r.para('Information shared through the hub is classified: ')
        add_sdt(p, cls, 'Security classification', 'Classification', r.ids, kind='dropdown', bold=True,
                items=['UNCLASSIFIED', 'IN-CONFIDENCE', 'SENSITIVE', 'RESTRICTED'])
        if variant == 'unclassified':
            r.para('Hub papers identify students by initials and school only, so they are treated as UNCLASSIFIED and '
                   'may be emailed without further marking.')
        else:
            r.para('Emails and papers for the hub carry the IN-CONFIDENCE marking in the subject line, header and footer.')

    def endorsement(r):
        t = r.doc.add_table(rows=1, cols=4)
        t.style = r.doc.styles['Table Grid']
        hdr = t.rows[0]
        repeat_header(hdr)
        for i, h in enumerate(['Member agency', 'Signatory', 'Position', 'Date signed']):
            c = hdr.cells[i]
            c.text = ''
            run = c.paragraphs[0].add_run(h)
            run.bold = True
            shade(c, 'FBE4D5')
        for a, n, pos, d in SA_SIGS:
            cells = t.add_row().cells
            cells[0].text = a.replace(' (lead agency)', '')
            cells[1].text = n
            cells[2].text = pos
            day = dt.date.fromisoformat(d)
            add_sdt(cells[3].paragraphs[0], f'{day.day} {day.strftime("%B %Y")}', 'Date signed', 'SignDate',
                    r.ids, kind='date', date=d)
        set_widths(t, (4.8, 3.4, 5.0, 3.2))
        r.doc.add_paragraph()

    method = [
        'The Ministry of Education sends the hub list (students referred by schools and the Attendance Service) to representatives by secure email three working days before each meeting, as a password-protected spreadsheet with the password sent by text message.',
        'Members share their own agency’s information verbally at the meeting.',
        'Agreed actions are recorded in the hub action log held by the Ministry of Education; each member receives only its own actions.',
    ]
    if variant == 'unclassified':
        method[0] = ('The Ministry of Education sends the hub list (students referred by schools and the Attendance '
                     'Service) to representatives by email three working days before each meeting, as a '
                     'password-protected spreadsheet with the password sent by text message.')

    b = [
        ('title', 'Ōtara–Papatoetoe School Attendance Hub'),
        ('subtitle', 'Terms of Reference and Information Sharing Protocol'),
        ('meta', 'Final – October 2025'),
        ('h1', 'Background'),
        ('p', 'Regular attendance at school is one of the strongest protective factors for children and young people. The '
              'Education and Training Act 2020 requires parents to enrol their children and make sure they attend, and '
              'requires school boards to take all reasonable steps to ensure students attend. In Ōtara and Papatoetoe, '
              'chronic absence has stayed high since 2022, and the students most affected are often known to several '
              'agencies at once.'),
        ('p', 'The Attendance Hub was set up in 2024 by the Ministry of Education, the schools of the Ōtara–Papatoetoe Kāhui '
              'Ako and the South Auckland Attendance Service, with social sector, Māori and Pacific partners, to bring '
              'that knowledge together around each student and their family.'),
        ('h1', 'Purpose of the hub'),
        ('p', 'The hub’s purpose is to get chronically absent and unenrolled students in the Kāhui Ako back to regular '
              'attendance, by understanding why each student is not attending and coordinating the right support for '
              'the student and their family.'),
        ('h1', 'Membership'),
        ('p', 'The member agencies below attend the hub, share information at it and are the parties to the information '
              'sharing protocol in section 9.'),
        ('table', ['Member agency', 'Representative'], [list(m) for m in SA_MEMBERS], [7.6, 9.0]),
        ('p', 'The Ministry of Education is the lead agency. It convenes the hub, supports it and is responsible for '
              'developing and implementing the protocol.'),
        ('h1', 'Chair and secretariat'),
        ('p', 'The Ministry of Education representative chairs the hub. The Attendance Service Team Leader is deputy chair. '
              'The Ministry of Education provides the secretariat.'),
        ('h1', 'Quorum'),
        ('p', 'Five member agencies, including the Ministry of Education and the Attendance Service, form a quorum.'),
        ('h1', 'Meeting frequency and venue'),
        ('p', 'The hub meets fortnightly during school terms at the Ōtara community hub, with a planning meeting in the '
              'week before each term begins. Members may join online.'),
        ('h1', 'Decision making'),
        ('p', 'The hub agrees actions by consensus. Decisions about enrolment, prosecution of parents or care and '
              'protection remain with the agency that holds the statutory power.'),
        ('h1', 'Conflicts of interest'),
        ('p', 'Members declare at the start of each meeting any connection with a student or family on the hub list, '
              'including family or church connections. The member steps out while that student is discussed, and a '
              'colleague from their agency responds to any request for information about the student. The Chair records '
              'declarations in the minutes.'),
        ('h1', 'Confidentiality and information sharing'),
        ('p', 'This section is the hub’s information sharing protocol. It does not itself authorise any sharing of '
              'information; it records the purposes for which members share, the information shared, the law each '
              'purpose relies on and how the information is protected.'),
        ('h2', 'Purposes for sharing information'),
        ('num', purposes),
        ('h2', 'Information members share'),
        ('bul', [
            'Student name, date of birth, school, year level and home address; parent or caregiver names and contact details.',
            'Attendance and enrolment records, including the pattern and reasons recorded for absence.',
            'Learning support needs and any stand-down or suspension.',
            'Known barriers to attendance, such as health needs, transport, housing or caring responsibilities.',
            'Whether the family is already working with Oranga Tamariki, a Whānau Ora navigator or a Pacific provider.',
            'Health information, only with the authority of the student or their parent.',
        ]),
        ('h2', 'Legal authority'),
        ('table', ['Purpose', 'Legal authority'], [
            ['1. Identifying absent students and the reasons', 'Privacy Act 2020, IPP 11(1)(a): sharing is directly related to the purpose for which schools and the Attendance Service collect attendance information; for health information, Health Information Privacy Code 2020, rule 11(1)(b)'],
            ['2. Agreeing and coordinating support', 'Privacy Act 2020, IPP 11(1)(c): the parent or caregiver (and the student, where they are old enough to understand) authorises the sharing on the hub referral form'],
            ['3. Care or protection concerns', 'Oranga Tamariki Act 1989, sections 15 and 66C'],
        ], [5.4, 11.2]),
        ('h2', 'Use of shared information'),
        ('p', 'Information shared at the hub is used only to carry out the purposes above. Members record on their own '
              'systems only what they need to deliver an agreed action, with a note of where it came from, the legal '
              'authority, the purpose and the date shared. A member who wants to use shared information for a different '
              'purpose seeks advice from its privacy or legal team first.'),
        ('h2', 'Transparency with students and families'),
        ('p', 'Schools and the Attendance Service tell families, when a student is referred, that the hub exists, which '
              'agencies attend and what will be shared. The referral form explains this in English, te reo Māori, Samoan '
              'and Tongan. Where a concern is reported to Oranga Tamariki, the family is told unless that would put the '
              'student at risk.'),
        ('h2', 'How information is shared'),
        ('bul', method),
        ('h2', 'Security classification'),
        ('fn', classification),
        ('h2', 'Security controls'),
        ('table', ['Control', 'How the hub applies it'], [
            ['Training', 'Every representative has completed their agency’s privacy and information security training before their first hub meeting.'],
            ['Printed papers', 'Printed hub lists are collected by the Chair when the meeting ends and shredded on site.'],
            ['Email attachments', 'Attachments with personal information are password protected.'],
            ['Devices', 'Members use only devices their agency has approved to receive and share hub information.'],
            ['Online meetings', 'Nobody puts student or family information in the chat, records the meeting or takes screenshots.'],
            ['Hard copies', 'Members do not hand printed papers to representatives of other agencies.'],
        ], [4.0, 12.6]),
        ('h2', 'Tikanga Māori and Pacific values'),
        ('p', 'Information about Māori students and their whānau is a taonga. Te Pā Harakeke Whānau Services advises the hub '
              'on tikanga and leads contact with Māori whānau where it already has a relationship with them; Aniva '
              'Pasifika does the same for Pacific families, respecting the role of the aiga and church. Data about Māori '
              'and Pacific students is reported only in ways agreed with these members.'),
        ('h2', 'Retention and disposal'),
        ('p', 'Members keep shared information only when they need it to deliver an agreed action, and then in their '
              'agency’s approved system, under their own retention and disposal authority. Emailed hub lists are deleted '
              'after each meeting. The Ministry of Education keeps the action log and minutes under its disposal '
              'authority.'),
        ('h2', 'Privacy breaches'),
        ('p', 'A member who becomes aware of a possible breach tells the hub’s breach contact and its own privacy officer on '
              'the same day. The hub’s breach contact is the Senior Advisor, Attendance and Engagement, Ministry of '
              'Education (Auckland) – attendance.hub.otara@education.govt.nz, 09 632 9418. The breach contact works with '
              'the members involved to contain the breach and agree what to tell the student and family; the agency whose '
              'information was involved decides whether to notify the Privacy Commissioner.'),
        ('h2', 'Relationship managers and oversight'),
        ('p', 'Each member names a relationship manager who supports its representative, links with its privacy team and '
              'checks each term that the protocol is working as intended. Relationship managers raise any concern about '
              'scope creep with the Chair.'),
        ('h1', 'Reporting lines'),
        ('p', 'The Chair reports each term to the Kāhui Ako leadership group and the Ministry of Education’s Auckland '
              'attendance lead, using aggregate attendance figures only.'),
        ('h1', 'Media enquiries'),
        ('p', 'Media enquiries are referred to the Ministry of Education’s media team. Members do not comment on individual '
              'students or schools.'),
        ('h1', 'Review of these Terms of Reference'),
        ('p', 'These Terms of Reference, including the protocol in section 9, are reviewed at least every 18 months. The '
              'Ministry of Education, as lead agency, initiates the review; any member may ask for an earlier review.'),
        ('h1', 'Endorsement'),
        ('p', 'Endorsed by the member agencies:'),
        ('fn', endorsement),
    ]
    return dict(
        title='Ōtara–Papatoetoe School Attendance Hub – Terms of Reference',
        author='Vaimoana Lolohea', modified_by='Hub Secretariat',
        created=D(2025, 8, 4), modified=D(2025, 10, 24, 11, 5), revision=21,
        heading_mode='typed', header=cls,
        footer='Ōtara–Papatoetoe School Attendance Hub – Terms of Reference – October 2025',
        version='1.0', blocks=b, font='Arial', font_size=10,
    )


# ---------------------------------------------------------------------
# 4. Nelson Tasman Elder Abuse Response Network
#    Custom paragraph styles 'ToR Heading' / 'ToR Subheading' (outline
#    levels, typed numbers); single purpose of sharing; signature blocks.
# ---------------------------------------------------------------------

EA_MEMBERS = [
    ('Health New Zealand | Te Whatu Ora, Nelson Marlborough', 'Team Leader, Older Adults Social Work'),
    ('New Zealand Police', 'Family Harm Coordinator, Nelson Bays'),
    ('Ministry of Social Development', 'Senior Case Manager (Seniors), Nelson'),
    ('Whakatū Elder Abuse Response Service', 'Elder Abuse Response Coordinator'),
    ('Te Whare Oranga Kaumātua Trust', 'Kaumātua Services Coordinator'),
    ('Tasman Home Support Services', 'Clinical Services Manager'),
]

EA_SIGS = [
    dict(agency='Health New Zealand | Te Whatu Ora, Nelson Marlborough', name='Fiona McLeod',
         role='Group Manager, Older Persons, Health and Rehabilitation', date='14 April 2026'),
    dict(agency='New Zealand Police', name='Inspector Paul Kingi', role='Area Commander, Nelson Bays', date='7 April 2026'),
    dict(agency='Ministry of Social Development', name='Rebecca Tomlinson', role='Regional Commissioner, Nelson', date='9 April 2026'),
    dict(agency='Whakatū Elder Abuse Response Service', name='Margaret Ellison', role='Service Manager', date='2 April 2026'),
    dict(agency='Te Whare Oranga Kaumātua Trust', name='Kura Stafford', role='Chairperson', date='10 April 2026'),
    dict(agency='Tasman Home Support Services', name='David Olsen', role='Chief Executive', date='1 April 2026'),
]


def ea_spec(variant='clean'):
    sigs = [s for s in EA_SIGS
            if not (variant == 'unsigned-agency' and s['agency'] == 'Te Whare Oranga Kaumātua Trust')]
    b = [
        ('title', 'Nelson Tasman Elder Abuse Response Network'),
        ('subtitle', 'Terms of Reference'),
        ('meta', 'Effective from the date of the last signature below. Classification: IN-CONFIDENCE.'),
        ('h1', 'Background'),
        ('p', 'Older people in Nelson and Tasman who are abused or neglected are often seen by several services before '
              'anyone has the full picture: a district nurse notices bruising, a bank raises a concern about withdrawals, '
              'a neighbour calls Police. The Network was formed in 2022 so that the services that work with older people '
              'can respond together.'),
        ('h1', 'Purpose of the Network'),
        ('p', 'The Network meets to make sure older people (usually aged 65 and over, or 55 and over for kaumātua) who are '
              'experiencing or at risk of abuse or neglect get a coordinated, timely response that respects their choices '
              'and keeps them safe.'),
        ('h1', 'Membership'),
        ('p', 'The member agencies are:'),
        ('table', ['Member agency', 'Representative'], [list(m) for m in EA_MEMBERS], [8.2, 8.4]),
        ('p', 'Health New Zealand | Te Whatu Ora, Nelson Marlborough is the lead agency for the Network and for the '
              'information sharing protocol in section 10. All member agencies are attending agencies for the purposes '
              'of that protocol.'),
        ('h1', 'Chair and secretariat'),
        ('p', 'The Health New Zealand representative chairs the Network. Whakatū Elder Abuse Response Service provides the '
              'deputy chair. Health New Zealand provides the secretariat.'),
        ('h1', 'Quorum'),
        ('p', 'Four member agencies, one of which must be Health New Zealand or Whakatū Elder Abuse Response Service.'),
        ('h1', 'Meeting frequency and venue'),
        ('p', 'Monthly, on the second Tuesday, at Nelson Hospital (Braemar campus) or by video conference. An urgent '
              'meeting may be called by the Chair at any time.'),
        ('h1', 'Decision making'),
        ('p', 'The Network agrees plans by consensus and, wherever possible, with the older person. The older person’s '
              'wishes are central: where they have capacity and do not want an intervention, the Network respects that '
              'unless there is a serious risk to their life or health or to someone else.'),
        ('h1', 'Conflicts of interest'),
        ('p', 'Members declare any personal or professional connection with an older person or their family discussed at '
              'the Network, as soon as they become aware of it. The Chair agrees how it is managed – usually by the member '
              'leaving the meeting for that item and a colleague answering any request for information. Declarations are '
              'recorded in the minutes.'),
        ('h1', 'Reporting lines and media'),
        ('p', 'The Chair reports twice a year to the Nelson Marlborough Health of Older People Leadership Group using '
              'de-identified data. Media enquiries go to Health New Zealand Communications; members do not comment on '
              'individual cases.'),
        ('h1', 'Information sharing protocol'),
        ('p', 'This section records how members share personal information at the Network. It does not itself authorise '
              'any sharing. Members share only where the law set out in 10.3 permits it.'),
        ('h2', 'Purpose of sharing'),
        ('p', 'Members share personal information for one purpose: to identify older people who are being abused or '
              'neglected, or are at risk of it, to assess the risk to them, and to agree with them a coordinated plan for '
              'their safety and support.'),
        ('h2', 'What information can be shared'),
        ('bul', [
            'The older person’s name, date of birth, address, living situation and contact details.',
            'The concern raised, who raised it and what is known about the person alleged to be causing harm.',
            'Health and care information relevant to the risk, including cognitive impairment and care arrangements.',
            'Whether an enduring power of attorney is in place and has been activated, and who the attorney is.',
            'Police involvement, including any family harm episodes at the address.',
            'Financial information relevant to suspected financial abuse, such as income support payments.',
        ]),
        ('h2', 'Legal authority'),
        ('p', 'For the purpose in 10.1, members rely on these authorities, in this order of preference:'),
        ('bul', [
            'Privacy Act 2020, IPP 11(1)(c), and for health information the Health Information Privacy Code 2020, rule 11(1)(b): the older person (or their representative where they cannot give authority) has authorised the sharing. Most referrals are made this way.',
            'Family Violence Act 2018, section 20: where the harm is caused by a person in a family relationship with the older person.',
            'Privacy Act 2020, IPP 11(1)(f), and Health Information Privacy Code 2020, rule 11(2)(d): where authorisation cannot reasonably be obtained and sharing is necessary to prevent or lessen a serious threat to the older person’s life or health.',
        ]),
        ('h2', 'Use of information'),
        ('p', 'Members use shared information only for the purpose in 10.1. A member records on its own system only what '
              'it needs to deliver its part of the plan, with the source, legal authority, purpose and date shared. Any '
              'other use needs its own legal authority.'),
        ('h2', 'Transparency'),
        ('p', 'Wherever it is safe, the referring member tells the older person that their situation will be discussed '
              'at the Network and asks for their agreement. When information is shared without their authority because of '
              'a serious threat, the older person is told afterwards unless that would increase the risk to them. Each '
              'member’s privacy statement says it takes part in multi-agency elder abuse networks.'),
        ('h2', 'Method of sharing'),
        ('p', 'Referrals are sent to the secretariat by secure email. The agenda is circulated the day before the meeting as '
              'a password-protected document. Members share their own information verbally at the meeting. Plans are '
              'recorded in the Network’s action register held by Health New Zealand.'),
        ('h2', 'Security classification'),
        ('p', 'Information shared at the Network is IN-CONFIDENCE.'),
        ('h2', 'Security controls'),
        ('bul', [
            'Representatives have completed privacy and information security training with their agency.',
            'Hard copies are collected at the end of each meeting and placed in the secure destruction bin.',
            'All email attachments containing personal information are password protected.',
            'Information is only sent or opened on agency-approved devices.',
            'At video meetings nobody shares personal information in the chat, records the meeting, or takes screenshots.',
            'Hard copies are not passed to representatives of other member agencies.',
        ]),
        ('h2', 'Tikanga'),
        ('p', 'Kaumātua hold a special place in their whānau, hapū and iwi, and information about them is a taonga. Te Whare '
              'Oranga Kaumātua Trust advises the Network on tikanga. Where a kaumātua is discussed, the Trust is asked '
              'how whānau should be approached, and the kaumātua’s own wishes about who in the whānau is involved are '
              'respected. Reports that include Māori data are shared with the Trust before they go to the Leadership '
              'Group.'),
        ('h2', 'Retention and disposal'),
        ('p', 'Members keep information shared at the Network only when needed for an agreed action, in their approved '
              'business system, for as long as their disposal authority requires. Email copies are deleted once the '
              'information is filed. Health New Zealand keeps the action register and minutes under its disposal '
              'schedule.'),
        ('h2', 'Breach management'),
        ('p', 'Breach contact: Privacy Officer, Health New Zealand | Te Whatu Ora, Nelson Marlborough – '
              'privacy.nelsonmarlborough@tewhatuora.govt.nz, 03 546 1823.'),
        ('p', 'Any member who suspects a breach tells the breach contact and its own privacy officer immediately. The breach '
              'contact coordinates containment and agrees with the members involved what the older person will be told. '
              'Each agency remains responsible for notifying the Privacy Commissioner of notifiable breaches of its own '
              'information.'),
        ('h2', 'Oversight'),
        ('p', 'Each member nominates a relationship manager. Relationship managers support their representative on '
              'information sharing issues, involve their privacy and legal advisers as needed, and check regularly that '
              'the protocol is operating as intended.'),
        ('h1', 'Review'),
        ('p', 'The Network reviews these Terms of Reference, including the protocol in section 10, annually. Health New '
              'Zealand | Te Whatu Ora, Nelson Marlborough, as lead agency, initiates each review. A member may ask for an '
              'earlier review at any time.'),
        ('h1', 'Endorsement'),
        ('p', 'The member agencies agree to these Terms of Reference and the information sharing protocol in section 10.'),
        ('sigblocks', [dict(s) for s in sigs]),
    ]
    return dict(
        title='Nelson Tasman Elder Abuse Response Network – Terms of Reference',
        author='Fiona McLeod', modified_by='Network Secretariat',
        created=D(2026, 2, 12), modified=D(2026, 4, 14, 10, 20), revision=11,
        heading_mode='custom', header='IN-CONFIDENCE',
        footer='Nelson Tasman Elder Abuse Response Network – Terms of Reference – April 2026',
        version='3.0', blocks=b, font='Calibri', font_size=11,
    )


# ---------------------------------------------------------------------
# 5. Hawke's Bay Mental Health and Addiction Acute Coordination Group
#    Heading 1 with typed numbers; the protocol is a two-column form table
#    (left column labels) inside section 11; SENSITIVE classification.
# ---------------------------------------------------------------------

MH_MEMBERS = [
    ('Health New Zealand | Te Whatu Ora, Te Matau a Māui Hawke’s Bay', 'Manager, Acute Mental Health and Addiction Services (Chair)'),
    ('New Zealand Police', 'Mental Health Coordinator, Eastern District'),
    ('Ministry of Social Development', 'Regional Health and Disability Coordinator'),
    ('Kāinga Ora – Homes and Communities', 'Area Manager, Hastings and Napier'),
    ('Te Puna Hauora o Heretaunga', 'Kaiwhakahaere, Mental Health and Addiction'),
    ('Lighthouse Addiction Services Hawke’s Bay', 'Clinical Lead'),
    ('Pasifika Wellbeing Hawke’s Bay', 'Pacific Mental Health Navigator Lead'),
]

MH_SIGS = [
    ('Health New Zealand | Te Whatu Ora, Te Matau a Māui Hawke’s Bay', 'Aroha Te Huia', 'Director of Operations, Te Matau a Māui', '15 September 2026'),
    ('New Zealand Police', 'Superintendent Glenn Marsh', 'District Commander, Eastern', '2 September 2026'),
    ('Ministry of Social Development', 'Hinemoa Ropiha', 'Regional Commissioner, East Coast', '28 August 2026'),
    ('Kāinga Ora – Homes and Communities', 'Sarah Whitcombe', 'Regional Director, Central North Island', '8 September 2026'),
    ('Te Puna Hauora o Heretaunga', 'Tama Hapuku', 'Chief Executive', '24 August 2026'),
    ('Lighthouse Addiction Services Hawke’s Bay', 'Dr Ian Prebble', 'Clinical Director', '26 August 2026'),
    ('Pasifika Wellbeing Hawke’s Bay', 'Malia Tuilagi', 'General Manager', '31 August 2026'),
]


def mh_spec(variant='clean'):
    method = [
        'The secretariat circulates the agenda two days before each meeting to representatives’ work email addresses. The agenda is a password-protected PDF; the password is sent separately by text message.',
        'Members share information verbally at the meeting. Health New Zealand shares clinical information only to the extent needed for the purpose.',
        'Coordination plans are recorded in the Health New Zealand clinical record and a copy of each member’s actions is sent to that member.',
    ]
    controls = [
        'All representatives have completed their agency’s privacy and information security training.',
        'Printed material is collected and shredded by the secretariat at the end of each meeting.',
        'Attachments containing personal or health information are password protected.',
        'Information is only accessed and shared on agency-approved devices.',
        'In virtual meetings, no one uses the chat for personal information, records the meeting or takes screenshots.',
        'No member hands printed material to representatives of other agencies.',
    ]
    if variant == 'no-password':
        method[0] = ('The secretariat circulates the agenda two days before each meeting to representatives’ work email '
                     'addresses using SEEMail or another secure email service approved by Health New Zealand.')
        controls[2] = 'Emails containing personal or health information are sent only by SEEMail or another secure email service, with the classification in the subject line.'

    retention = [
        'Members keep shared information only when they need it to carry out an action in the coordination plan, and then only in their agency’s approved system under their own retention and disposal authority. Email copies are deleted once the information is filed.',
        'Health New Zealand keeps the agenda, coordination plans and minutes in its records system under its disposal authority.',
    ]
    if variant == 'just-in-case':
        retention[0] = ('Members may keep copies of the coordination plan and meeting notes on their own agency’s file, as '
                        'they may be useful in future if the person presents in crisis again. Email copies are deleted '
                        'once the information is filed.')

    if variant == 'review-36':
        review = ('These Terms of Reference, including the information sharing protocol in section 11, are reviewed every '
                  'three years. Health New Zealand, as lead agency, initiates the review; any member may ask for an '
                  'earlier review.')
    else:
        review = ('These Terms of Reference, including the information sharing protocol in section 11, are reviewed every '
                  '12 months. Health New Zealand, as lead agency, initiates the review; any member may ask for an earlier '
                  'review.')

    def sigtable(r):
        t = r.doc.add_table(rows=1, cols=3)
        t.style = r.doc.styles['Table Grid']
        for i, h in enumerate(['Member agency', 'Signed by (name and position)', 'Date']):
            c = t.rows[0].cells[i]
            c.text = ''
            run = c.paragraphs[0].add_run(h)
            run.bold = True
            shade(c, 'DEEAF6')
        repeat_header(t.rows[0])
        for a, n, pos, d in MH_SIGS:
            cells = t.add_row().cells
            cells[0].text = a
            cells[1].text = ''
            p1 = cells[1].paragraphs[0]
            p1.add_run('Signature: ________________________')
            p2 = cells[1].add_paragraph()
            rr = p2.add_run(n)
            rr.bold = True
            cells[1].add_paragraph(pos)
            cells[2].text = d
        set_widths(t, (5.6, 8.0, 3.0))
        r.doc.add_paragraph()

    protocol_rows = [
        ('Purposes of sharing', [
            'Members share personal information for these purposes:',
            '1. To identify people with serious mental health or addiction needs who have had repeated crisis contacts with several member agencies, and to understand their current risk.',
            '2. To agree a coordinated crisis and support plan with the person, including who makes contact with them and their whānau.',
            '3. To respond where a person is at serious risk of harming themselves or someone else.',
        ]),
        ('Information shared', [
            ('bul', [
                'Name, date of birth, NHI, address and contact details of the person, and of whānau or support people they have nominated.',
                'Recent crisis contacts: Police mental health call-outs, emergency department presentations, crisis team contacts.',
                'Current diagnosis, treatment and key worker, to the extent needed for the purpose.',
                'Housing situation and any tenancy issues.',
                'Income support and hardship assistance, where relevant to the plan.',
                'Current alcohol and other drug treatment.',
            ]),
        ]),
        ('Legal authority', [
            'Purpose 1: Health Information Privacy Code 2020, rule 11(1)(b) (the person has authorised the sharing) or rule 11(1)(c) (sharing is one of the purposes for which Health New Zealand obtained the information); for non-health members, Privacy Act 2020, IPP 11(1)(c).',
            'Purpose 2: Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(c).',
            'Purpose 3: Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, IPP 11(1)(f) (serious threat to life or health).',
            'This protocol does not itself authorise any sharing; it records the authority each purpose relies on.',
        ]),
        ('Use of information', [
            'Shared information is used only for the purpose it was shared for. Members put information into their own systems only where needed to carry out the coordination plan, recording the source, authority, purpose and date. Any other use needs its own assessment and advice from the member’s privacy team.',
        ]),
        ('Transparency', [
            'People are told, when they are first referred, that the group exists, which agencies attend and what is shared, and their agreement is sought. Where information is shared under purpose 3 without their agreement, the person is told as soon as it is safe and clinically appropriate. Member privacy statements describe the group.',
        ]),
        ('Method of sharing', [('bul', method)]),
        ('Security classification', ['SENSITIVE']),
        ('Security controls', [('bul', controls)]),
        ('Tikanga considerations', [
            'Māori are over-represented in acute mental health and addiction services in Hawke’s Bay. Information about Māori is a taonga and is handled in a way that upholds mana. Te Puna Hauora o Heretaunga advises on tikanga, including how whānau are involved and who speaks with them, and reviews any report that includes Māori data before it leaves the group. Pasifika Wellbeing Hawke’s Bay advises on Pacific family and church connections.',
        ]),
        ('Retention and disposal', retention),
        ('Breach management', [
            'Breach contact: Privacy Officer, Health New Zealand | Te Whatu Ora, Te Matau a Māui – privacy.hawkesbay@tewhatuora.govt.nz, 06 878 8109.',
            'A member who suspects a breach tells the breach contact and its own privacy officer at once. The breach contact coordinates the response with the agencies involved, including what the person will be told. Each agency decides whether a breach of its information is notifiable and notifies the Privacy Commissioner if so.',
        ]),
        ('Relationship management', [
            'Each member nominates a relationship manager who supports its representative, links with its privacy and legal teams, and checks every six months that sharing remains within the purposes above.',
        ]),
    ]

    b = [
        ('title', 'Hawke’s Bay Mental Health and Addiction Acute Coordination Group'),
        ('subtitle', 'Terms of Reference'),
        ('meta', 'Version 1.2 – August 2026'),
        ('h1', 'Background'),
        ('p', 'A small number of people in Hawke’s Bay with serious mental health or addiction needs have frequent crisis '
              'contacts with Police, the emergency department, the crisis team and their landlord, often within days of '
              'each other. Each agency sees part of the picture. The Acute Coordination Group was set up in 2025 to plan a '
              'single coordinated response with these people and their whānau.'),
        ('h1', 'Purpose of the group'),
        ('p', 'To reduce repeated crises and harm for people with serious mental health or addiction needs by agreeing, with '
              'them where possible, a coordinated plan of care, support and safety across member agencies.'),
        ('h1', 'Membership'),
        ('table', ['Member agency', 'Representative'], [list(m) for m in MH_MEMBERS], [8.2, 8.4]),
        ('p', 'Health New Zealand | Te Whatu Ora, Te Matau a Māui Hawke’s Bay is the lead agency. The member agencies are the '
              'attending agencies for the protocol in section 11 and each signs these Terms of Reference.'),
        ('h1', 'Chair and secretariat'),
        ('p', 'The Health New Zealand representative chairs the group. Health New Zealand’s mental health administration '
              'team is the secretariat.'),
        ('h1', 'Quorum'),
        ('p', 'Half the member agencies plus one, including Health New Zealand and New Zealand Police.'),
        ('h1', 'Meeting frequency and venue'),
        ('p', 'Weekly, on Monday afternoons, at Hawke’s Bay Fallen Soldiers’ Memorial Hospital, with an option to join by '
              'Microsoft Teams.'),
        ('h1', 'Decision making'),
        ('p', 'The group works by consensus. Clinical decisions remain with the treating clinicians, and decisions under the '
              'Mental Health (Compulsory Assessment and Treatment) Act 1992 remain with the people who hold those powers.'),
        ('h1', 'Conflicts of interest'),
        ('p', 'A member who has a personal connection with a person discussed, or any other conflict, tells the Chair before '
              'the item. A colleague from the member’s agency responds to information requests about that person, and the '
              'member leaves for that item. The Chair records the conflict and how it was managed.'),
        ('h1', 'Reporting lines'),
        ('p', 'The group reports quarterly to the Te Matau a Māui Mental Health and Addiction Leadership Team with '
              'de-identified data only.'),
        ('h1', 'Media enquiries'),
        ('p', 'Media enquiries are referred to Health New Zealand Communications. Members do not comment on individuals.'),
        ('h1', 'Confidentiality and information sharing'),
        ('p', 'The table below is the group’s information sharing protocol. It forms part of these Terms of Reference.'),
        ('form', protocol_rows),
        ('h1', 'Review of the Terms of Reference'),
        ('p', review),
        ('h1', 'Endorsement'),
        ('p', 'Each member agency endorses these Terms of Reference, including the protocol in section 11.'),
        ('fn', sigtable),
    ]
    return dict(
        title='Hawke’s Bay Mental Health and Addiction Acute Coordination Group – Terms of Reference',
        author='Aroha Te Huia', modified_by='MHAS Administration',
        created=D(2026, 6, 30), modified=D(2026, 9, 15, 14, 2), revision=17,
        heading_mode='typed', header='SENSITIVE', footer_marking='SENSITIVE',
        footer='Acute Coordination Group – Terms of Reference – v1.2',
        version='1.2', blocks=b, font='Segoe UI', font_size=10,
    )


# ---------------------------------------------------------------------
# 6. Western Bay of Plenty Housing and Homelessness Coordination Group
#    TRAP: the deciding text is only in tracked changes (the authority for
#    purpose 3 and the review period) and in content controls (classification
#    drop-down, breach contact text control, endorsement date pickers).
# ---------------------------------------------------------------------

HS_MEMBERS = [
    ('Ministry of Social Development (lead agency)', 'Regional Housing Manager, Bay of Plenty'),
    ('Kāinga Ora – Homes and Communities', 'Area Manager, Tauranga'),
    ('Health New Zealand | Te Whatu Ora, Hauora a Toi Bay of Plenty', 'Team Leader, Community Mental Health'),
    ('Tauranga City Council', 'Community Partnerships Advisor, Homelessness'),
    ('Te Manawa Whare Māori Housing Trust', 'Kaiwhakahaere Whare'),
    ('Fale Ola Tauranga', 'Pacific Housing Navigator'),
    ('Te Awanui Housing First', 'Housing First Team Leader'),
]

HS_SIGS = [
    ('Ministry of Social Development', 'Jacqueline Ruru', 'Regional Commissioner, Bay of Plenty', '2026-07-22'),
    ('Kāinga Ora – Homes and Communities', 'Mark Ferguson', 'Regional Director, Bay of Plenty', '2026-07-14'),
    ('Health New Zealand | Te Whatu Ora, Hauora a Toi Bay of Plenty', 'Dr Anahera Walker', 'Group Manager, Mental Health and Addiction Services', '2026-07-17'),
    ('Tauranga City Council', 'Stephen Lacey', 'General Manager, Community Services', '2026-07-09'),
    ('Te Manawa Whare Māori Housing Trust', 'Huia Te Kani', 'Tumu Whakarae', '2026-07-06'),
    ('Fale Ola Tauranga', 'Siaosi Pele', 'Director', '2026-07-08'),
    ('Te Awanui Housing First', 'Olivia Brennan', 'Operations Manager', '2026-07-10'),
]

TC_AUTHOR = 'Rachel Ngata'
TC_DATE = '2026-07-02T10:14:00Z'


def hs_spec(variant='trap'):
    def authority_table(r):
        t = r.doc.add_table(rows=1, cols=2)
        t.style = r.doc.styles['Table Grid']
        for i, h in enumerate(['Purpose', 'Legal authority']):
            c = t.rows[0].cells[i]
            c.text = ''
            run = c.paragraphs[0].add_run(h)
            run.bold = True
            shade(c, 'E2EFD9')
        rows = [
            ('1. Assessing housing need', 'Privacy Act 2020, IPP 11(1)(c): the person has authorised the sharing on the group’s referral and consent form.'),
            ('2. Agreeing the housing and support offer', 'Privacy Act 2020, IPP 11(1)(c); for health information, Health Information Privacy Code 2020, rule 11(1)(b).'),
            ('3. Responding to serious risk', None),
        ]
        for purpose, auth in rows:
            cells = t.add_row().cells
            cells[0].text = purpose
            cells[1].text = ''
            if auth is not None:
                cells[1].paragraphs[0].add_run(auth)
            else:
                add_ins(cells[1].paragraphs[0],
                        'Privacy Act 2020, IPP 11(1)(f); for health information, Health Information Privacy Code 2020, '
                        'rule 11(2)(d) (serious threat to the life or health of the person or another person).',
                        r.ids, TC_AUTHOR, TC_DATE)
        set_widths(t, (5.2, 11.4))
        r.doc.add_paragraph()

    def classification(r):
        p = r.para('Classification of information shared at the group: ')
        add_sdt(p, 'IN-CONFIDENCE', 'Classification', 'isp_classification', r.ids, kind='dropdown', bold=True,
                items=['UNCLASSIFIED', 'IN-CONFIDENCE', 'SENSITIVE', 'RESTRICTED', 'CONFIDENTIAL'])

    def breach_contact(r):
        p = r.para('Designated breach contact: ')
        add_sdt(p, 'Regional Housing Manager, Ministry of Social Development, Tauranga – '
                   'bop.housing.group@msd.govt.nz, 07 927 3314',
                'Breach contact', 'isp_breach_contact', r.ids, kind='text')

    def review(r):
        p = r.para('These Terms of Reference, including the information sharing protocol in section 10, are reviewed every ')
        add_del(p, '36', r.ids, TC_AUTHOR, TC_DATE)
        add_ins(p, '24', r.ids, TC_AUTHOR, TC_DATE)
        p.add_run(' months from the date of the last endorsement. The Ministry of Social Development, as lead agency, '
                  'initiates the review. Any member may request an earlier review.')

    def endorsement(r):
        t = r.doc.add_table(rows=1, cols=5)
        t.style = r.doc.styles['Table Grid']
        for i, h in enumerate(['Member agency', 'Name', 'Title', 'Signature', 'Date']):
            c = t.rows[0].cells[i]
            c.text = ''
            run = c.paragraphs[0].add_run(h)
            run.bold = True
            shade(c, 'E2EFD9')
        for a, n, ti, d in HS_SIGS:
            cells = t.add_row().cells
            cells[0].text = a
            cells[1].text = n
            cells[2].text = ti
            cells[3].text = ''
            day = dt.date.fromisoformat(d)
            add_sdt(cells[4].paragraphs[0], f'{day.day:02d}/{day.month:02d}/{day.year}', 'Date', 'sign_date',
                    r.ids, kind='date', date=d)
            # date format for this table is dd/MM/yyyy
            dp = cells[4].paragraphs[0]._p.find(qn('w:sdt')).find(qn('w:sdtPr')).find(qn('w:date'))
            dp.find(qn('w:dateFormat')).set(qn('w:val'), 'dd/MM/yyyy')
        set_widths(t, (4.6, 3.0, 4.4, 2.4, 2.2))
        r.doc.add_paragraph()

    b = [
        ('title', 'Western Bay of Plenty Housing and Homelessness Coordination Group'),
        ('subtitle', 'Terms of Reference'),
        ('meta', 'Version 1.0 – July 2026'),
        ('h1', 'Background'),
        ('p', 'Demand for emergency housing in the Western Bay of Plenty has remained high, and many people sleeping rough '
              'or in motels are known to several agencies. The Coordination Group replaces the informal case conference '
              'that Ministry of Social Development and Kāinga Ora staff have held since 2021.'),
        ('h1', 'Purpose of the group'),
        ('p', 'To move people and whānau who are homeless or in emergency housing into safe, sustainable housing by '
              'understanding their housing need and coordinating housing and wraparound support across member agencies.'),
        ('h1', 'Membership'),
        ('table', ['Member agency', 'Representative'], [list(m) for m in HS_MEMBERS], [8.4, 8.2]),
        ('p', 'The Ministry of Social Development is the lead agency. All member agencies are attending agencies for the '
              'information sharing protocol in section 10 and sign these Terms of Reference.'),
        ('h1', 'Chair and secretariat'),
        ('p', 'The Ministry of Social Development chairs the group and provides the secretariat.'),
        ('h1', 'Quorum'),
        ('p', 'Four member agencies including the Ministry of Social Development and Kāinga Ora.'),
        ('h1', 'Meeting frequency and venue'),
        ('p', 'Fortnightly, on Thursday mornings, at the Tauranga MSD regional office or online.'),
        ('h1', 'Decision making'),
        ('p', 'By consensus. Decisions on housing eligibility, allocation and tenancy stay with the agency that makes them '
              'under its own legislation.'),
        ('h1', 'Conflicts of interest'),
        ('p', 'Members declare any personal connection with a person discussed, or any interest in a housing provider being '
              'considered, before the item. The member leaves the meeting for that item and a colleague responds to '
              'information requests. Declarations are minuted.'),
        ('h1', 'Reporting lines'),
        ('p', 'The group reports each quarter to the Western Bay of Plenty Homelessness Strategy steering group, using '
              'aggregate data only.'),
        ('h1', 'Confidentiality and information sharing'),
        ('p', 'This section is the group’s information sharing protocol. It does not itself authorise any sharing of '
              'personal information: each purpose relies on the legal authority recorded for it in 10.3.'),
        ('h2', 'Sharing purposes'),
        ('num', [
            'To understand the housing need of each person or whānau referred who is homeless or in emergency housing.',
            'To agree the housing and support offer for each person or whānau, and which member leads it.',
            'To respond where a person is at serious risk to their life or health because of their housing situation.',
        ]),
        ('h2', 'Information shared'),
        ('bul', [
            'Name, date of birth, contact details and current accommodation of the person and their household.',
            'Housing register status, tenancy history and any current tenancy issues.',
            'Income and hardship assistance relevant to housing options.',
            'Health, disability, mental health and addiction needs that affect what housing and support is suitable, shared with the person’s authority.',
        ]),
        ('h2', 'Legal authority for each purpose'),
        ('fn', authority_table),
        ('h2', 'Using shared information'),
        ('p', 'Members use shared information only for the purpose for which it was shared, and only put it into their own '
              'systems when they need it to deliver an agreed action, recording its source, authority, purpose and date.'),
        ('h2', 'Openness with people and whānau'),
        ('p', 'People referred are told, on the referral and consent form and in person, which agencies attend the group and '
              'what will be shared. If information is shared under purpose 3 without their authority, they are told as '
              'soon as it is safe.'),
        ('h2', 'How information is shared'),
        ('p', 'MSD circulates the referral list as a password-protected attachment by secure email before each meeting. '
              'Members share information verbally at the meeting, and MSD records actions in the group’s action log.'),
        ('h2', 'Classification'),
        ('fn', classification),
        ('h2', 'Security'),
        ('bul', [
            'Representatives complete their agency’s privacy and information security training before attending.',
            'Any printed referral lists are collected at the end of the meeting and securely shredded.',
            'Email attachments containing personal information are password protected.',
            'Members share information only from agency-approved devices.',
            'In online meetings nobody puts personal information in the chat, records the meeting or takes screenshots.',
            'Hard copies are never given to representatives of other agencies.',
        ]),
        ('h2', 'Tikanga'),
        ('p', 'Te Manawa Whare Māori Housing Trust advises the group on tikanga. Information about whānau Māori, including '
              'whenua and whakapapa connections relevant to housing options such as papakāinga, is treated as a taonga, '
              'and the Trust leads the approach to whānau wherever it already has a relationship with them.'),
        ('h2', 'Retention'),
        ('p', 'Members keep shared information only when needed to deliver an agreed action, in their approved system, for '
              'as long as their retention and disposal authority requires. Email copies are then deleted. MSD keeps the '
              'referral lists, action log and minutes under its disposal authority.'),
        ('h2', 'Breach management'),
        ('fn', breach_contact),
        ('p', 'Members tell the breach contact and their own privacy officer of any suspected breach on the day it is found. '
              'The breach contact coordinates the response and what affected people are told; each agency decides whether '
              'to notify the Privacy Commissioner about its information.'),
        ('h2', 'Relationship management'),
        ('p', 'Each member names a relationship manager who supports its representative and checks with them regularly that '
              'the protocol is working as intended.'),
        ('h1', 'Review'),
        ('fn', review),
        ('h1', 'Endorsement'),
        ('fn', endorsement),
    ]
    return dict(
        title='Western Bay of Plenty Housing and Homelessness Coordination Group – Terms of Reference',
        author='Rachel Ngata', modified_by='Rachel Ngata',
        created=D(2026, 5, 11), modified=D(2026, 7, 22, 9, 45), revision=26,
        heading_mode='typed', header='IN-CONFIDENCE',
        footer='WBOP Housing and Homelessness Coordination Group – Terms of Reference',
        version='1.0', blocks=b, font='Arial', font_size=10, status='Final',
    )


# ---------------------------------------------------------------------
# 7. Waikato Reintegration Support Panel (LEGACY, March 2020)
#    Bold numbered paragraphs; cites the Privacy Act 1993 and the Health
#    Information Privacy Code 1994; three-yearly review, now overdue; only
#    two of the six security controls; no tikanga section.
# ---------------------------------------------------------------------

RI_MEMBERS = [
    ('Department of Corrections (lead agency)', 'Reintegration Services Manager, Waikato'),
    ('New Zealand Police', 'Prevention Manager, Waikato District'),
    ('Ministry of Social Development', 'Service Centre Manager, Hamilton'),
    ('Kāinga Ora – Homes and Communities', 'Tenancy Manager, Hamilton'),
    ('Waikato District Health Board', 'Team Leader, Community Forensic Mental Health'),
    ('Te Ara Hou Reintegration Trust', 'Reintegration Practice Lead'),
]

RI_SIGS = [
    dict(agency='Department of Corrections', name='Gregory Tapsell', role='Regional Commissioner, Central Region', date='16 March 2020'),
    dict(agency='New Zealand Police', name='Inspector Naomi Hetet', role='District Prevention Manager, Waikato', date='3 March 2020'),
    dict(agency='Ministry of Social Development', name='Craig Whitmore', role='Regional Commissioner, Waikato', date='27 February 2020'),
    dict(agency='Kāinga Ora – Homes and Communities', name='Leanne Simpson', role='Area Manager, Hamilton', date='5 March 2020'),
    dict(agency='Waikato District Health Board', name='Dr Rangi Paki', role='Clinical Director, Mental Health and Addictions', date='10 March 2020'),
    dict(agency='Te Ara Hou Reintegration Trust', name='Moana Herewini', role='Trust Manager', date='24 February 2020'),
]


def ri_spec(variant='legacy'):
    b = [
        ('title', 'Waikato Reintegration Support Panel'),
        ('subtitle', 'Terms of Reference'),
        ('meta', 'March 2020'),
        ('h1', 'Background'),
        ('p', '1.1  People released from prison into the Waikato often need accommodation, income, health and whānau support '
              'in place on the day they are released. Where that support is missing, the risk of reoffending rises sharply '
              'in the first weeks.'),
        ('p', '1.2  The Reintegration Support Panel brings together the agencies that provide that support so that release '
              'planning starts well before release.'),
        ('h1', 'Purpose'),
        ('p', '2.1  To plan and coordinate accommodation, income, health and whānau support for people being released from '
              'prison into the Waikato who have complex reintegration needs, so that they are supported to live safely in '
              'the community and do not reoffend.'),
        ('h1', 'Membership'),
        ('table', ['Member agency', 'Representative'], [list(m) for m in RI_MEMBERS], [8.2, 8.4]),
        ('p', '3.1  The Department of Corrections is the lead agency for the Panel.'),
        ('h1', 'Chair and secretariat'),
        ('p', '4.1  The Corrections Reintegration Services Manager chairs the Panel and Corrections provides the '
              'secretariat.'),
        ('h1', 'Quorum'),
        ('p', '5.1  Corrections and at least three other member agencies.'),
        ('h1', 'Meetings'),
        ('p', '6.1  The Panel meets monthly at the Corrections Hamilton district office.'),
        ('h1', 'Decision making'),
        ('p', '7.1  Decisions are made by consensus. Release conditions remain a matter for the New Zealand Parole Board and '
              'the courts.'),
        ('h1', 'Conflicts of interest'),
        ('p', '8.1  Members must declare any conflict of interest, including knowing a person being discussed, to the Chair. '
              'The member will leave the meeting while that person is discussed and another staff member from their '
              'agency will provide any information needed.'),
        ('h1', 'Reporting'),
        ('p', '9.1  The Chair reports six-monthly to the Waikato Regional Social Sector Leadership Group.'),
        ('h1', 'Confidentiality and information sharing'),
        ('p', '10.1  These arrangements record how members share information. They do not themselves authorise any '
              'sharing; members share only where the law permits.'),
        ('hraw', '10.2  Purposes for sharing', 2),
        ('pi', '(a)  To plan accommodation, income, health and whānau support for a person before and after their release.'),
        ('pi', '(b)  To manage risks to the person and to the community after release.'),
        ('hraw', '10.3  Information shared', 2),
        ('p', 'Name, date of birth, release date and conditions, offence and risk information relevant to housing and '
              'support, health and addiction needs, benefit status, housing history, and whānau contacts nominated by the '
              'person.'),
        ('hraw', '10.4  Legal basis', 2),
        ('table', ['Purpose', 'Legal basis'], [
            ['(a) Reintegration planning', 'Privacy Act 1993, section 6, information privacy principle 11(d) (disclosure authorised by the person, who signs a consent at referral); for health information, Health Information Privacy Code 1994, rule 11(1)(b)'],
            ['(b) Managing risk after release', 'Privacy Act 1993, information privacy principle 11(e)(i) and 11(f); Health Information Privacy Code 1994, rule 11(2)(d)'],
        ], [5.0, 11.6]),
        ('hraw', '10.5  Use of information', 2),
        ('p', 'Information is used only for the purpose it was shared for. Members record on their own systems only what they '
              'need for an agreed action.'),
        ('hraw', '10.6  Informing the person', 2),
        ('p', 'Corrections explains the Panel to the person when seeking their consent, including which agencies attend and '
              'what is shared. Where information is shared under purpose (b) without consent the person is told unless '
              'that would increase risk.'),
        ('hraw', '10.7  Method of sharing', 2),
        ('p', 'Corrections emails a referral summary for each person to members by SEEMail a week before the meeting. Members '
              'share their own information verbally at the meeting.'),
        ('hraw', '10.8  Classification', 2),
        ('p', 'Referral summaries and minutes are classified IN-CONFIDENCE.'),
        ('hraw', '10.9  Security', 2),
        ('p', 'Members will have completed their agency’s privacy and security training. Papers tabled at the meeting are collected at the '
              'end of the meeting and destroyed by the Corrections administrator.'),
        ('hraw', '10.10  Retention and disposal', 2),
        ('p', 'Members keep information only where needed for an agreed action, in their agency’s records system under its '
              'disposal schedule. Corrections keeps the minutes under its disposal authority.'),
        ('hraw', '10.11  Breaches', 2),
        ('p', 'Any suspected breach is reported immediately to the Reintegration Services Manager, Department of Corrections, '
              'Hamilton (waikato.reintegration@corrections.govt.nz, 07 834 5721), who coordinates the response with the '
              'agencies involved. Each agency manages notification under its own privacy policy.'),
        ('hraw', '10.12  Relationship management', 2),
        ('p', 'Each member names a senior manager responsible for its participation, who checks with its representative '
              'that the arrangements are working.'),
        ('h1', 'Review'),
        ('p', '11.1  These Terms of Reference will be reviewed every three years from the date of signing. Corrections will '
              'initiate the review.'),
        ('h1', 'Endorsement'),
        ('sigblocks', RI_SIGS, dict(labels=('Name', 'Position', 'Signed', 'Date'), lead='Signed on behalf of')),
    ]
    return dict(
        title='Waikato Reintegration Support Panel – Terms of Reference',
        author='Corrections Waikato', modified_by='Corrections Waikato',
        created=D(2019, 11, 20), modified=D(2020, 3, 16, 12, 0), revision=7,
        heading_mode='bold', header='IN-CONFIDENCE',
        footer='Waikato Reintegration Support Panel – Terms of Reference – March 2020',
        version='1.0', blocks=b, font='Calibri', font_size=11,
    )


# ---------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------

def all_specs():
    return [
        ('clean-01-whangarei-whanau-safety-table.docx', fv_spec('clean')),
        ('clean-02-hutt-youth-offending-panel.docx', yo_spec('clean')),
        ('clean-03-otara-school-attendance-hub.docx', sa_spec('clean')),
        ('clean-04-nelson-tasman-elder-abuse-network.docx', ea_spec('clean')),
        ('clean-05-hawkes-bay-mha-acute-coordination.docx', mh_spec('clean')),
        ('defect-isp101-whangarei-no-transparency.docx', fv_spec('no-transparency')),
        ('defect-isp501-whangarei-no-breach-contact.docx', fv_spec('no-breach-contact')),
        ('defect-isp305-hutt-tor-authorises-sharing.docx', yo_spec('claims-authority')),
        ('defect-isp604-hutt-review-overdue.docx', yo_spec('overdue')),
        ('defect-isp702-hutt-signatory-no-title.docx', yo_spec('incomplete-signatory')),
        ('defect-isp301-otara-entitlements-purpose.docx', sa_spec('purpose-no-authority')),
        ('defect-isp402-otara-unclassified.docx', sa_spec('unclassified')),
        ('defect-isp703-nelson-kaumatua-trust-unsigned.docx', ea_spec('unsigned-agency')),
        ('defect-isp451-hawkes-bay-seemail-not-password.docx', mh_spec('no-password')),
        ('defect-isp602-hawkes-bay-three-yearly-review.docx', mh_spec('review-36')),
        ('defect-isp801-hawkes-bay-keep-notes-future.docx', mh_spec('just-in-case')),
        ('trap-01-wbop-housing-tracked-changes.docx', hs_spec('trap')),
        ('legacy-01-waikato-reintegration-2020.docx', ri_spec('legacy')),
    ]


if __name__ == '__main__':
    for n in build_all():
        print(n)
