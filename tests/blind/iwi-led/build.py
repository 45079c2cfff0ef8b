#!/usr/bin/env python
"""Build the iwi-led blind corpus of multi-agency hui information sharing protocols.

Deterministic: fixed core-property dates, fixed zip timestamps, no randomness.
Run with /work/blind-kit/.venv/bin/python build.py
"""
import datetime as dt
import json
import os
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
XML_SPACE = '{http://www.w3.org/XML/1998/namespace}space'


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn('w:' + k), str(v))
    return e


# ---------------------------------------------------------------------------
# Section names in this house style
# ---------------------------------------------------------------------------
MI = {
    'attending-agencies': 'Ko wai mātou',
    'meeting-purpose': 'Te kaupapa o te hui',
    'sharing-purpose': 'He aha i tuari ai',
    'information-shared': 'Ngā mōhiohio',
    'legal-authority': 'Te mana ā-ture',
    'use-of-information': 'Te whakamahinga',
    'transparency': 'Te whakamōhio ki te whānau',
    'method-of-sharing': 'Te huarahi tuari',
    'security-classification': 'Te whakarōpūtanga',
    'security-controls': 'Ngā tikanga haumaru',
    'tikanga': 'Tikanga me te raraunga Māori',
    'retention-disposal': 'Te pupuri me te whakakore',
    'breach-management': 'Ngā takahanga',
    'conflicts-of-interest': 'Ngā pānga taupatupatu',
    'relationship-management': 'Te tiaki hononga',
    'review': 'Te arotake',
    'approval': 'Te hainatanga',
}

GLOSS_A = {
    'attending-agencies': 'Attending agencies',
    'meeting-purpose': 'Purpose of the hui',
    'sharing-purpose': 'Why information is shared',
    'information-shared': 'Information to be shared',
    'legal-authority': 'Legal authority to share',
    'use-of-information': 'Use of information',
    'transparency': 'Telling whānau: transparency and notification',
    'method-of-sharing': 'Method of sharing',
    'security-classification': 'Security classification',
    'security-controls': 'Security controls',
    'tikanga': 'Tikanga and Māori data',
    'retention-disposal': 'Retention and disposal',
    'breach-management': 'Privacy and security breaches',
    'conflicts-of-interest': 'Conflicts of interest',
    'relationship-management': 'Relationship management and oversight',
    'review': 'Review of this kawa',
    'approval': 'Approval and signatures',
}

GLOSS_B = {
    'attending-agencies': 'Who we are: the agencies at the hui',
    'meeting-purpose': 'What the hui is for',
    'sharing-purpose': 'Purposes of sharing',
    'information-shared': 'What information is shared',
    'legal-authority': 'The law we rely on to share',
    'use-of-information': 'How shared information may be used',
    'transparency': 'Being open with whānau',
    'method-of-sharing': 'How information is shared',
    'security-classification': 'Classification',
    'security-controls': 'Keeping information safe',
    'tikanga': 'Tikanga considerations',
    'retention-disposal': 'Keeping and destroying information',
    'breach-management': 'Breaches',
    'conflicts-of-interest': 'Managing conflicts of interest',
    'relationship-management': 'Looking after the relationship',
    'review': 'Review',
    'approval': 'Signatures',
}

ORDER_STD = ['attending-agencies', 'meeting-purpose', 'sharing-purpose', 'information-shared',
             'legal-authority', 'use-of-information', 'transparency', 'method-of-sharing',
             'security-classification', 'security-controls', 'tikanga', 'retention-disposal',
             'breach-management', 'conflicts-of-interest', 'relationship-management', 'review',
             'approval']
# iwi-led drafts often put tikanga straight after the kaupapa
ORDER_TIKANGA_EARLY = ['attending-agencies', 'meeting-purpose', 'tikanga', 'sharing-purpose',
                       'information-shared', 'legal-authority', 'use-of-information', 'transparency',
                       'method-of-sharing', 'security-classification', 'security-controls',
                       'retention-disposal', 'breach-management', 'conflicts-of-interest',
                       'relationship-management', 'review', 'approval']

GLOSSARY = {
    'arotake': 'review',
    'hapū māmā': 'pregnant women',
    'hui': 'meeting; here, the multi-agency meeting this kawa covers',
    'kaihautū': 'the person who chairs and facilitates the hui',
    'kaimahi': 'worker, practitioner',
    'kaitiaki': 'guardian',
    'kaitiakitanga': 'guardianship; the duty to care for information as a taonga',
    'Kaiwhakahaere Matua': 'General Manager',
    'kanohi ki te kanohi': 'face to face',
    'karakia': 'prayer, incantation that opens and closes the hui',
    'kaumātua': 'elders',
    'kawa': 'protocol; here, this information sharing protocol',
    'kura': 'school',
    'mana': 'authority, dignity, standing',
    'pānga taupatupatu': 'conflict of interest',
    'pēpi': 'babies',
    'rangatahi': 'young people',
    'rangatiratanga': 'self-determination; the authority of whānau, hapū and iwi over what concerns them',
    'raraunga Māori': 'Māori data: data, information and knowledge about, from or connected to Māori',
    'rohe': 'tribal area, district',
    'rōpū ārahi': 'lead attending agency',
    'takahanga': 'breach (of privacy or security)',
    'tamariki': 'children',
    'tāngata whaiora': 'people seeking wellness; people using mental health and addiction services',
    'taonga': 'treasure; something of great value',
    'tikanga': 'the values, practices and customs that guide correct action in te ao Māori',
    'tuari': 'to share, distribute',
    'Tumu Whakarae': 'Chief Executive',
    'Tumuaki': 'Principal',
    'whakapapa': 'genealogy; the relationships that connect people, whānau, hapū and iwi',
    'whānau': 'family, including extended family',
}
GLOSS_CORE = ['hui', 'kawa', 'kaihautū', 'kaimahi', 'kaitiakitanga', 'rangatiratanga', 'raraunga Māori',
              'rōpū ārahi', 'takahanga', 'tikanga', 'Tumu Whakarae', 'Kaiwhakahaere Matua', 'whakapapa',
              'whānau']


# ---------------------------------------------------------------------------
# Builder: renders blocks into python-docx objects, with raw OOXML where needed
# ---------------------------------------------------------------------------
class Builder:
    def __init__(self, spec):
        self.spec = spec
        self.doc = Document()
        self.rev_id = 100
        self.sdt_id = 7100
        self._setup()

    # -- ids
    def next_rev(self):
        self.rev_id += 1
        return self.rev_id

    def next_sdt(self):
        self.sdt_id += 1
        return self.sdt_id

    def _setup(self):
        s = self.spec
        d = self.doc
        sec = d.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.0)
        font = s.get('font', 'Calibri')
        normal = d.styles['Normal']
        normal.font.name = font
        normal.font.size = Pt(10.5)
        normal.paragraph_format.space_after = Pt(5)
        colour = RGBColor.from_string(s.get('colour', '7A1F1F'))
        for name, size in (('Heading 1', 14), ('Heading 2', 12), ('Title', 24)):
            st = d.styles[name]
            st.font.name = font
            st.font.size = Pt(size)
            st.font.color.rgb = colour
        # custom style for English glosses under te reo headings
        g = d.styles.add_style('Kupu Whakamāori', WD_STYLE_TYPE.PARAGRAPH)
        g.style_id = 'KupuWhakamaori'
        g.base_style = normal
        g.font.italic = True
        g.font.size = Pt(9.5)
        g.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        g.paragraph_format.space_after = Pt(4)
        g.paragraph_format.keep_with_next = True
        # header / footer
        hp = sec.header.paragraphs[0]
        if s.get('header_mark'):
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = hp.add_run(s['header_mark'])
            r.bold = True
            r.font.size = Pt(10)
            hp2 = sec.header.add_paragraph()
            hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r2 = hp2.add_run(s['org']['lead'])
            r2.font.size = Pt(8)
        else:
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = hp.add_run(s['org']['lead'])
            r.font.size = Pt(8)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fr = fp.add_run(s.get('footer', '') + '  |  Whārangi ')
        fr.font.size = Pt(8)
        fld = el('w:fldSimple', instr=' PAGE ')
        rr = el('w:r')
        rpr = el('w:rPr')
        rpr.append(el('w:sz', val=16))
        rr.append(rpr)
        t = el('w:t')
        t.text = '1'
        rr.append(t)
        fld.append(rr)
        fp._p.append(fld)
        if s.get('footer_mark'):
            fp2 = sec.footer.add_paragraph()
            fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r3 = fp2.add_run(s['footer_mark'])
            r3.bold = True
            r3.font.size = Pt(9)

    # -- paragraphs
    def _new_par(self, cont, style=None):
        # reuse the empty first paragraph of a fresh table cell
        if hasattr(cont, '_tc'):
            ps = cont.paragraphs
            if len(ps) == 1 and not ps[0].text and not getattr(cont, '_used', False):
                cont._used = True
                p = ps[0]
                if style:
                    p.style = self.doc.styles[style]
                return p
        p = cont.add_paragraph()
        if style:
            p.style = self.doc.styles[style]
        return p

    def _runs(self, p, text, bold=False, italic=False, size=None):
        parts = text.split('**')
        for i, part in enumerate(parts):
            if not part:
                continue
            r = p.add_run(part)
            if bold or (i % 2 == 1):
                r.bold = True
            if italic:
                r.italic = True
            if size:
                r.font.size = Pt(size)
        return p

    def para(self, cont, text, style=None, bold=False, italic=False, size=None, indent=None):
        p = self._new_par(cont, style)
        self._runs(p, text, bold=bold, italic=italic, size=size)
        if indent is not None:
            p.paragraph_format.left_indent = Cm(indent)
            p.paragraph_format.first_line_indent = Cm(-0.6)
        return p

    def shade(self, cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = el('w:shd', val='clear', color='auto', fill=fill)
        # keep schema order: shd goes after tcW/gridSpan/vMerge/tcBorders
        vAlign = tcPr.find(qn('w:vAlign'))
        if vAlign is not None:
            vAlign.addprevious(shd)
        else:
            tcPr.append(shd)

    def table(self, cont, rows, header=True, widths=None, shade='EADBC8', first_col_shade=None,
              size=9.5):
        t = cont.add_table(len(rows), len(rows[0]))
        t.style = self.doc.styles['Table Grid']
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                if widths:
                    c.width = Cm(widths[j])
                if isinstance(val, list):
                    self.render(c, val)
                else:
                    lines = str(val).split('\n')
                    for li in lines:
                        self.para(c, li, bold=(header and i == 0), size=size)
                if header and i == 0 and shade:
                    self.shade(c, shade)
                elif first_col_shade and j == 0:
                    self.shade(c, first_col_shade)
        return t

    # -- rich paragraphs: tracked changes and content controls
    def _r(self, text, deleted=False, bold=False):
        r = el('w:r')
        if bold:
            rpr = el('w:rPr')
            rpr.append(el('w:b'))
            r.append(rpr)
        t = el('w:delText' if deleted else 'w:t')
        t.set(XML_SPACE, 'preserve')
        t.text = text
        r.append(t)
        return r

    def _change(self, kind, text):
        e = el('w:' + kind, id=self.next_rev(), author=self.spec['rev_author'],
               date=self.spec['rev_date'])
        e.append(self._r(text, deleted=(kind == 'del')))
        return e

    def _sdt(self, kind, text, alias, items=None, iso=None):
        sdt = el('w:sdt')
        pr = el('w:sdtPr')
        pr.append(el('w:alias', val=alias))
        pr.append(el('w:tag', val=alias.lower().replace(' ', '-')))
        pr.append(el('w:id', val=self.next_sdt()))
        if kind == 'drop':
            dd = el('w:dropDownList', lastValue=text)
            for it in items:
                dd.append(el('w:listItem', displayText=it, value=('' if it == 'Choose an item.' else it)))
            pr.append(dd)
        elif kind == 'date':
            d = el('w:date', fullDate=iso + 'T00:00:00Z')
            d.append(el('w:dateFormat', val='d/MM/yyyy'))
            d.append(el('w:lid', val='en-NZ'))
            d.append(el('w:storeMappedDataAs', val='dateTime'))
            d.append(el('w:calendar', val='gregorian'))
            pr.append(d)
        else:
            pr.append(el('w:text'))
        sdt.append(pr)
        sdt.append(el('w:sdtEndPr'))
        content = el('w:sdtContent')
        content.append(self._r(text))
        sdt.append(content)
        return sdt

    def rich(self, cont, segments, style=None):
        p = self._new_par(cont, style)
        for seg in segments:
            kind = seg[0]
            if kind == 't':
                p._p.append(self._r(seg[1]))
            elif kind == 'b':
                p._p.append(self._r(seg[1], bold=True))
            elif kind in ('ins', 'del'):
                p._p.append(self._change(kind, seg[1]))
            elif kind == 'drop':
                p._p.append(self._sdt('drop', seg[1], seg[2], items=seg[3]))
            elif kind == 'date':
                p._p.append(self._sdt('date', seg[1], seg[2], iso=seg[3]))
            elif kind == 'text':
                p._p.append(self._sdt('text', seg[1], seg[2]))
        return p

    # -- blocks
    def render(self, cont, blocks):
        for b in blocks:
            k = b[0]
            if k == 'p':
                self.para(cont, b[1])
            elif k == 'pi':
                self.para(cont, b[1], italic=True)
            elif k == 'pb':
                self.para(cont, b[1], bold=True)
            elif k == 'ul':
                for it in b[1]:
                    self.para(cont, it, style='List Bullet')
            elif k == 'ol':
                for i, it in enumerate(b[1], 1):
                    self.para(cont, '%d.\t%s' % (i, it), indent=0.8)
            elif k == 't':
                opts = b[2] if len(b) > 2 else {}
                self.table(cont, b[1], **opts)
            elif k == 'rich':
                self.rich(cont, b[1], style=(b[2] if len(b) > 2 else None))
            elif k == 'sig':
                self.signatures(cont, b[1], b[2])
            else:
                raise ValueError(k)

    # -- headings
    def heading(self, key, num=None, level=1):
        s = self.spec
        mi = s.get('mi', {}).get(key, MI[key])
        en = s['glossmap'][key]
        label = ('%s. %s' % (num, mi)) if num else mi
        mode = s['heading']
        if mode == 'h1':
            p = self.doc.add_heading(label, level)
        else:
            p = self.doc.add_paragraph()
            r = p.add_run(label)
            r.bold = True
            r.font.size = Pt(12 if level == 1 else 11)
            r.font.color.rgb = RGBColor.from_string(s.get('colour', '7A1F1F'))
            pf = p.paragraph_format
            pf.space_before = Pt(12)
            pf.keep_with_next = True
            if s.get('outline'):
                p._p.get_or_add_pPr().append(el('w:outlineLvl', val=level - 1))
        gl = s['gloss']
        show = gl in ('italic', 'bracket') or (gl == 'mixed' and key in s.get('gloss_keys', ()))
        if show:
            style = s.get('gloss_style', 'italic' if gl != 'bracket' else 'bracket')
            if style == 'italic':
                self.doc.add_paragraph(en, style='Kupu Whakamāori')
            else:
                gp = self.doc.add_paragraph('(%s)' % en)
                gp.paragraph_format.keep_with_next = True
        return p

    # -- signatures
    def signatures(self, cont, layout, agencies):
        s = self.spec
        if layout == 'table':
            rows = [['Rōpū (Agency)', 'Ingoa (Name)', 'Tūranga (Role)', 'Waitohu (Signature)', 'Rā (Date)']]
            for a in agencies:
                rows.append([a['name'], a['signer'], a['role'], '', a['date']])
            self.table(cont, rows, widths=[4.4, 3.2, 4.2, 2.6, 2.4])
        elif layout == 'table_dates_sdt':
            rows = [['Rōpū (Agency)', 'Ingoa (Name)', 'Tūranga (Role)', 'Waitohu (Signature)', 'Rā (Date)']]
            for a in agencies:
                rows.append([a['name'], a['signer'], a['role'], '',
                             [('rich', [('date', a['date'], 'Signature date', a['iso'])])]])
            self.table(cont, rows, widths=[4.4, 3.2, 4.2, 2.6, 2.4])
        elif layout in ('blocks', 'blocks_mi'):
            mi_only = layout == 'blocks_mi'
            for a in agencies:
                if mi_only:
                    self.para(cont, 'Mō %s' % a['name'], bold=True)
                else:
                    self.para(cont, 'Mō te taha o %s' % a['name'], bold=True)
                    self.para(cont, '(Signed for and on behalf of %s)' % a['name'], italic=True, size=9)
                lab = (('Ingoa', 'Tūranga', 'Waitohu', 'Rā') if mi_only else
                       ('Ingoa | Name', 'Tūranga | Role', 'Waitohu | Signature', 'Rā | Date'))
                self.para(cont, '%s: %s' % (lab[0], a['signer']))
                self.para(cont, '%s: %s' % (lab[1], a['role']))
                self.para(cont, '%s: ______________________________' % lab[2])
                self.para(cont, '%s: %s' % (lab[3], a['date']))
                self.para(cont, '')
        elif layout == 'grid':
            cells = []
            for a in agencies:
                cells.append([('pb', a['name']),
                              ('p', '______________________________'),
                              ('p', 'Ingoa (Name): %s' % a['signer']),
                              ('p', 'Tūranga (Role): %s' % a['role']),
                              ('p', 'Rā (Date): %s' % a['date'])])
            if len(cells) % 2:
                cells.append([('p', '')])
            rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
            t = cont.add_table(len(rows), 2)
            for i, row in enumerate(rows):
                for j, blocks in enumerate(row):
                    c = t.cell(i, j)
                    c.width = Cm(8.2)
                    self.render(c, blocks)
        else:
            raise ValueError(layout)

    def save(self, path):
        s = self.spec
        cp = self.doc.core_properties
        cp.title = s['title'] + ' – ' + s['subtitle']
        cp.subject = 'Information sharing protocol for a multi-agency hui'
        cp.author = s['org']['author']
        cp.last_modified_by = s['org']['author']
        cp.comments = ''
        cp.keywords = 'kawa tuari mōhiohio; information sharing; ' + s['org']['iwi']
        cp.category = 'Kawa / Protocol'
        cp.content_status = s.get('status', 'Final')
        cp.created = s['created']
        cp.modified = s['modified']
        cp.last_printed = s['modified']
        cp.revision = s.get('revision', 4)
        cp.language = 'en-NZ'
        cp.identifier = ''
        cp.version = s.get('version', '1.0')
        self.doc.save(path)
        normalise_zip(path)


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


# ---------------------------------------------------------------------------
# Standard section text (variants 0, 1, 2)
# ---------------------------------------------------------------------------
def lead_of(s):
    return [a for a in s['agencies'] if a.get('lead')][0]['name']


def sec_attending(s):
    v = s['v']
    lead = lead_of(s)
    ags = s['agencies']
    if v == 0:
        rows = [['Rōpū (Agency)', 'Ko wai ka tae (Representative)']]
        for a in ags:
            rows.append([a['name'] + (' (rōpū ārahi – lead attending agency)' if a.get('lead') else ''),
                         a['rep']])
        return [('p', 'Ko ngā rōpū kei raro iho nei e tae ana ki te hui, ā, ko rātou hoki ngā kaiwaitohu o '
                      'tēnei kawa. The agencies below attend the hui and are the signatories to this kawa.'),
                ('t', rows, {'widths': [7.5, 9.0]}),
                ('p', '%s convenes the hui, provides the kaihautū (chair), holds the master copy of this kawa '
                      'and is responsible for putting it into practice.' % lead)]
    if v == 1:
        items = ['%s%s – %s' % (a['name'], ' (lead agency)' if a.get('lead') else '', a['rep']) for a in ags]
        return [('p', 'The hui is attended by the following agencies, each represented by the role shown. '
                      'All of them sign this kawa.'),
                ('ul', items),
                ('p', 'Representatives are named by role so that the kawa does not change when people move on. '
                      'An agency may send a delegate who has read this kawa.')]
    items = [a['name'] for a in ags]
    return [('p', 'The attending agencies, each of which signs this kawa, are:'),
            ('ul', items),
            ('p', 'Rōpū ārahi (lead agency): %s. It sets up the hui, keeps the action log and looks after '
                  'this kawa.' % lead),
            ('p', 'Each agency sends someone who can speak for its services and commit it to actions.')]


def sec_sharing_purpose(s):
    ps = s['meeting']['purposes']
    intro = {0: 'Ka tuaritia ngā mōhiohio i te hui mō ēnei take anake. Information is shared at the hui only '
                'for these purposes:',
             1: 'The purposes for which information is shared at the hui are:',
             2: 'Information about whānau is shared at the hui only to:'}[s['v']]
    return [('p', intro), ('ol', [p['text'] for p in ps]),
            ('p', 'A new purpose is added only by amending this kawa through the review process.')]


def sec_information(s):
    m = s['meeting']
    rows = [['Rōpū (Agency)', 'Ngā mōhiohio ka tuaritia (Information that may be shared)']]
    for a in s['agencies']:
        if a['code'] in m['info']:
            rows.append([a['name'], m['info'][a['code']]])
    intro = {0: 'Each agency shares only the information below, and only what is relevant to the whānau being '
                'discussed and the purpose it is shared for.',
             1: 'The information each attending agency may bring to the hui is set out below. Not every item is '
                'shared about every person: representatives share what the purpose needs and no more.',
             2: 'What each agency brings to the hui is limited to:'}[s['v']]
    return [('p', intro), ('t', rows, {'widths': [5.5, 11.0]})] + m.get('info_after', [])


NOT_SELF = {
    0: 'Kāore tēnei kawa e whakamana i te tuari mōhiohio. This kawa does not itself authorise any sharing: it '
       'records the law each agency relies on for each purpose of sharing. Every disclosure at the hui must '
       'meet the criteria of that law.',
    1: 'This kawa cannot create or change the law. Information is shared at the hui only where an Act or an '
       'information privacy principle permits it, as set out against each purpose below.',
    2: 'The authority to share comes from legislation, not from this kawa. For each purpose of sharing, the '
       'table names the provision relied on and what the representative checks first.',
}


def sec_legal(s, drop_rows=()):
    ps = s['meeting']['purposes']
    rows = [['Take (Purpose)', 'Mana ā-ture (Legal authority)', 'Me whakaū (Check before sharing)']]
    for i, p in enumerate(ps, 1):
        if i in drop_rows:
            continue
        rows.append(['%d. %s' % (i, p['short']), p['auth'], p['crit']])
    return [('p', NOT_SELF[s['v']]),
            ('t', rows, {'widths': [4.0, 6.0, 6.5]}),
            ('p', 'If a representative is unsure whether the criteria are met, they do not share until they '
                  'have checked with their own privacy or legal team.')]


def sec_use(s):
    v = s['v']
    lead = lead_of(s)
    if v == 0:
        return [('p', 'Ka whakamahia ngā mōhiohio mō ngā take kua whakaritea anake. Information shared at the '
                      'hui is used only for the purposes listed under "He aha i tuari ai", and only as far as the '
                      'legal authority for that purpose allows.'),
                ('p', 'Agencies do not put hui information into their own case management systems unless they '
                      'need it to carry out an action agreed at the hui. Information is not collected or kept '
                      'just in case it might be useful one day.'),
                ('p', 'Where an agency keeps information to carry out an agreed action, it notes:'),
                ('ul', ['where the information came from;', 'the legal authority it was shared under;',
                        'the purpose it was shared for;', 'any limits on how it may be used; and',
                        'the date it was shared.']),
                ('p', 'Any later use for a different purpose needs its own purpose and legal authority, checked '
                      'with the agency\'s privacy or legal team before the information is used.')]
    if v == 1:
        return [('p', 'Shared information stays within the purpose it was shared for. An agency records '
                      'information from the hui in its own system only when it needs it to deliver an action it '
                      'has taken on at the hui, and records alongside it the source agency, the legal authority, '
                      'the purpose, any restrictions and the date it was shared.'),
                ('p', 'Representatives do not pass hui information to colleagues who have no part in an agreed '
                      'action, and do not use it to make decisions about a person that are unrelated to the '
                      'purposes of the hui.'),
                ('p', 'An agency that wants to use hui information for another purpose works through the purpose '
                      'and legal authority for that new use with its privacy or legal team first, and tells %s.'
                      % lead)]
    rows = [['E āhei ana (Allowed)', 'Kāore e āhei (Not allowed)'],
            ['Using information to carry out an action your agency agreed to at the hui.',
             'Recording hui information in your agency\'s system when your agency has no action.'],
            ['Recording, with the information you keep: its source, the legal authority, the purpose, any '
             'restrictions and the date shared.',
             'Using hui information for enforcement or decisions unrelated to the purposes of the hui.'],
            ['Telling a colleague who is carrying out the agreed action what they need to know.',
             'Passing information to anyone outside the agreed action, inside or outside your agency.']]
    return [('p', 'Information shared at the hui may only be used for the purposes of sharing set out above, '
                  'within the legal authority relied on for each.'),
            ('t', rows, {'widths': [8.2, 8.2]}),
            ('p', 'A secondary use needs its own purpose and authority, agreed with the agency\'s privacy or '
                  'legal team before the information is used.')]


def sec_transparency(s):
    v = s['v']
    o = s['org']
    extra = s['meeting'].get('transp_extra', [])
    if v == 0:
        return [('p', 'Whānau are at the centre of the hui and have a right to know who holds information about '
                      'them and why.'),
                ('p', 'Before a whānau is discussed, the kaimahi from %s who holds the relationship tells them – '
                      'kanohi ki te kanohi wherever possible – which agencies attend, what will be discussed and why, '
                      'and asks for their views. Where a purpose relies on consent, the consent is recorded '
                      'before the hui.' % o['short']),
                ('p', 'Where telling the whānau first would put someone at risk (for example where there is '
                      'family violence) or would prejudice a Police investigation, the whānau is not told before '
                      'the hui. The kaihautū records the reason in the action log, and the decision is looked at '
                      'again at each hui.'),
                ('p', 'After the hui the kaimahi tells the whānau what was agreed and which agencies will contact '
                      'them.')] + extra + [
                ('p', 'Each attending agency\'s privacy statement says that it takes part in multi-agency hui of '
                      'this kind. Whānau can ask any agency for the information it holds about them and ask for '
                      'it to be corrected.')]
    if v == 1:
        return [('p', 'Ka mōhio te whānau ki ngā mōhiohio ka tuaritia mō rātou. People discussed at the hui are '
                      'told about the sharing unless there is a good reason not to.'),
                ('ul', ['The referring agency explains the hui to the person and their whānau: who attends, what '
                        'is shared and why, and what may happen as a result.',
                        'The person is told they can talk with their kaimahi about what they do not want shared, '
                        'and their view is brought to the hui.',
                        'Where a legal authority requires consultation first, the agency relying on it consults '
                        'the person before sharing.',
                        'If notice is held back because it would increase the risk of harm or prejudice the '
                        'maintenance of the law, the reason is recorded and revisited at the next hui.'] + [e[1] for e in extra]),
                ('p', 'Each agency\'s privacy statement describes its part in the hui in general terms.')]
    return [('p', 'Whānau are told about the hui and the sharing before they are discussed, by the kaimahi they '
                  'already know. They are told which agencies attend, what will be shared, why, and what they '
                  'can expect afterwards.'),
            ('p', 'Notice is delayed only where giving it would endanger someone or undermine an investigation; '
                  'the kaihautū notes the reason and the whānau is told as soon as it is safe.')] + extra + [
            ('p', 'Agencies describe the hui in their privacy statements, and whānau may ask any agency for access '
                  'to, or correction of, the information held about them.')]


def sec_method(s):
    m = s['meeting']
    base = m['method']
    v = s['v']
    tail = {0: 'Only the representatives named for each agency receive hui information. Each agency makes sure '
               'that the method it uses is approved by that agency and protects the information.',
            1: 'Every method used must be approved for use by the agency using it. Non-government attending '
               'agencies have confirmed they can receive and handle information at the agreed classification.',
            2: 'No other channel (text message, personal email, social media) is used for hui information.'}[v]
    return [('p', {0: 'Ngā huarahi tuari. Information is shared in these ways:',
                   1: 'The agreed methods of sharing are:',
                   2: 'Information moves between agencies only in these ways:'}[v]),
            ('ul', base), ('p', tail)]


def sec_classification(s):
    c = s['classification']
    v = s['v']
    if s.get('classification_blocks'):
        return s['classification_blocks']
    if v == 0:
        return [('p', 'Ko te whakarōpūtanga o ngā mōhiohio ka tuaritia: **%s**.' % c),
                ('p', 'All information shared at or for the hui is classified %s. Emails, attachments and the '
                      'action log carry the %s marking, and each government agency handles the information '
                      'under the Protective Security Requirements for that level.' % (c, c)),
                ('p', 'The non-government attending agencies have confirmed that they can receive and handle '
                      'information at this classification.')]
    if v == 1:
        return [('p', 'Security classification: %s' % c),
                ('p', 'This applies to the hui list, the action log and anything shared verbally. As a rule all '
                      'personal information about whānau is treated as IN-CONFIDENCE at least; the agencies have '
                      'agreed the level above for this hui.')]
    return [('t', [['Whakarōpūtanga (Classification)', c],
                   ['Applies to', 'Hui list, action log, emails and attachments, and verbal sharing at the hui']],
             {'header': False, 'widths': [5.5, 11.0], 'first_col_shade': 'EADBC8'}),
            ('p', 'Each agency handles the information at this level under its own protective security policy.')]


CTRL = {
    'training': [
        'Every representative has completed their agency\'s privacy and information security training before '
        'attending the hui.',
        'Representatives have done privacy and information security training (their agency\'s own modules, and '
        'any training for the system used to share hui information).',
        'Kua oti i ia māngai te akoranga matatapu me te haumaru mōhiohio – all representatives have completed '
        'privacy and information security training.'],
    'hardcopy-destruction': [
        'Any printed material brought to the hui is collected by the kaihautū and shredded at the end of the hui.',
        'Hard copies are securely destroyed (shredded, or placed in the locked secure-destruction bin) before '
        'the hui closes.',
        'Ka haea ngā pepa katoa i te mutunga o te hui – all paper copies are shredded at the end of the hui.'],
    'password-protection': [
        'Email attachments containing personal information are password protected, with the password sent '
        'separately.',
        'Attachments with personal information are encrypted with a password, which is given by phone or text, '
        'not in the same email.',
        'Every email attachment that names a person is password protected.'],
    'approved-devices': [
        'Hui information is only sent, opened or shared from devices issued or approved by the representative\'s '
        'own agency.',
        'Only agency-approved devices are used to share or view hui information; personal phones and home '
        'computers are not used.',
        'Representatives use only their agency\'s approved laptops and phones for hui information.'],
    'virtual-meeting': [
        'When anyone joins online, nobody puts personal information in the chat, records the hui or takes '
        'screenshots of shared screens.',
        'In online hui the chat function is not used for personal information, the hui is not recorded and no '
        'screenshots are taken.',
        'Kaua e hopu, kaua e tuhi ki te kōrerorero: online participants do not record the hui, do not use the '
        'chat and do not take screenshots.'],
    'hardcopy-distribution': [
        'Hard copies are not handed to other representatives.',
        'Printed information is never given to representatives of other agencies.',
        'No agency hands paper copies to another agency at the hui.'],
}
CTRL_ORDER = ['training', 'hardcopy-destruction', 'password-protection', 'approved-devices', 'virtual-meeting',
              'hardcopy-distribution']


def sec_controls(s):
    v = s['v']
    omit = s.get('omit_controls', ())
    items = [CTRL[k][v] for k in CTRL_ORDER if k not in omit]
    extra = s['meeting'].get('controls_extra', [])
    if v == 2:
        return [('p', 'Ngā tikanga haumaru – the security controls every attending agency applies:'),
                ('ul', items + extra)]
    if v == 1:
        req = [CTRL[k][v] for k in CTRL_ORDER[:3] if k not in omit]
        res = [CTRL[k][v] for k in CTRL_ORDER[3:] if k not in omit]
        return [('p', 'These minimum controls apply to all sharing for the hui.'),
                ('pb', 'Requirements'), ('ul', req),
                ('pb', 'Restrictions'), ('ul', res + extra)]
    return [('p', 'Ka tiakina ngā mōhiohio e ia rōpū. Every attending agency applies the following security '
                  'controls:'), ('ul', items + extra)]


def sec_tikanga(s):
    v = s['v']
    o = s['org']
    if v == 0:
        return [('p', 'He taonga ngā mōhiohio mō ngā whānau. Information about whānau is a taonga. %s holds it as '
                      'kaitiaki for the whānau, hapū and iwi it comes from, and expects every attending agency to '
                      'do the same.' % o['Short']),
                ('p', 'The attending agencies recognise the Māori data sovereignty principles of Te Mana Raraunga '
                      'and apply them at the hui:'),
                ('ul', ['Rangatiratanga – whānau have a say in what is shared about them and how it is used, and '
                        '%s has authority over Māori data gathered through the hui.' % o['iwi'],
                        'Whakapapa – information about whakapapa and whānau connections is shared only where it '
                        'is needed to identify safe whānau support, and never to trace or contact whānau members '
                        'who have not agreed.',
                        'Whanaungatanga – representatives keep in mind the relationships behind the information '
                        'and who in the whānau may be affected by its disclosure.',
                        'Kotahitanga – reporting from the hui is for the collective benefit of whānau.',
                        'Manaakitanga – whānau are treated with dignity; information is never used to blame or '
                        'shame.',
                        'Kaitiakitanga – agencies protect the information as guardians and destroy it when its '
                        'purpose is met.']),
                ('p', 'The hui opens and closes with karakia. Kaumātua advice is sought where a matter touches on '
                      'tapu, tangihanga or whakapapa.'),
                ('p', 'No aggregated or de-identified data about whānau discussed at the hui is reported outside '
                      'the attending agencies without the written agreement of the %s information governance '
                      'lead.' % o['iwi'])]
    if v == 1:
        return [('p', 'Māori data is a taonga, and most whānau discussed at the hui are Māori. The agencies agree '
                      'that tikanga applies to how their information is shared and used, guided by %s and its '
                      'kaumātua rather than decided by the Crown agencies.' % o['Short']),
                ('ul', ['Rangatiratanga: whānau and %s keep authority over their information; decisions about '
                        'Māori data collected through the hui are made with them.' % o['iwi'],
                        'Whakapapa: the context of information is kept with it. Whakapapa information is not '
                        'recorded by other agencies.',
                        'Kaitiakitanga: every representative is a kaitiaki of what they hear, and hui information '
                        'is not used to build profiles of whānau, hapū or communities.',
                        'Manaakitanga and mana: whānau are spoken of respectfully, by name, and with their '
                        'strengths as well as their needs.']),
                ('p', 'Data about the hui that is reported to funders or managers is aggregated and is checked by '
                      'the %s information governance lead before it leaves the hui.' % o['iwi'])]
    rows = [['Mātāpono (Principle)', 'Ka pēhea i te hui (What it means at the hui)'],
            ['Rangatiratanga', 'Whānau decide, as far as safety allows, what is shared about them. %s has authority '
                               'over Māori data from the hui.' % o['iwi']],
            ['Whakapapa', 'Information is shared with its context. Whakapapa and whānau connections are shared only '
                          'to find safe support.'],
            ['Kaitiakitanga', 'Representatives are guardians of the information, not owners of it.'],
            ['Kotahitanga', 'Any reporting from the hui benefits whānau collectively and is agreed with %s.'
             % o['Short']],
            ['Manaakitanga', 'Whānau are treated with dignity and their mana is upheld.']]
    return [('p', 'Tikanga guides the hui and how Māori data shared there is treated, consistent with the '
                  'principles of Te Mana Raraunga.'),
            ('t', rows, {'widths': [4.0, 12.5]}),
            ('p', 'The hui opens and closes with karakia, and kaumātua of %s advise the kaihautū on tikanga '
                  'questions.' % o['iwi'])]


def sec_retention(s):
    v = s['v']
    lead = lead_of(s)
    yrs = s['meeting'].get('admin_years', 'seven years')
    if v == 0:
        return [('p', 'Agencies keep information from the hui only while they are using it for a purpose of the '
                      'hui – for example to carry out an assessment, a safety plan or a referral agreed at the '
                      'hui.'),
                ('p', 'Information an agency keeps is stored in its approved business system. Once it is stored '
                      'there, the emails and attachments it arrived in are securely deleted.'),
                ('p', 'Each agency applies its own retention and disposal schedule to what it keeps, and destroys '
                      'it when it is no longer needed for the purpose it was shared for.'),
                ('p', '%s keeps the hui agenda, action log and minutes in its client management system for %s '
                      'after the whānau plan closes, then destroys them.' % (lead, yrs))]
    if v == 1:
        return [('ul', ['Information is kept only by agencies using it for a purpose of the hui, and only for as '
                        'long as that purpose needs it.',
                        'Kept information goes into the agency\'s approved business system; the email copy is '
                        'then deleted.',
                        'Each agency follows its own retention and disposal authority for what it keeps.',
                        'The lead agency keeps hui administration records (agendas, action logs and minutes) for '
                        '%s and then securely destroys them.' % yrs])]
    return [('p', 'Te pupuri: information is kept by an attending agency only where it needs it to deliver an '
                  'agreed action, stored in that agency\'s approved system, and kept only as long as the action '
                  'needs it.'),
            ('p', 'Te whakakore: emailed copies are deleted once the information is stored; paper is shredded at '
                  'the end of each hui; hui administration records held by %s are destroyed after %s.'
                  % (lead, yrs))]


def breach_contact_text(s):
    b = s['breach']
    return '%s, %s, %s, %s' % (b['role'], b['agency'], b['email'], b['phone'])


def sec_breach(s):
    v = s['v']
    o = s['org']
    b = s['breach']
    if v == 0:
        return [('p', 'A privacy or security breach includes hui information sent to the wrong person, lost '
                      'papers, someone looking at the action log without a reason, or information used outside '
                      'the purposes of this kawa.'),
                ('p', '**Kaitiaki takahanga (breach contact):** %s.' % breach_contact_text(s)),
                ('p', 'Any representative who finds or suspects a breach tells the breach contact and their own '
                      'privacy officer on the same day.'),
                ('p', 'The breach contact brings the agencies involved together to contain the breach, assess the '
                      'harm, and decide – with the whānau at the centre – what to tell the people affected and '
                      'how.'),
                ('p', 'Each agency decides under its own policy whether a breach of its information is a notifiable '
                      'privacy breach, and if it is, notifies the Privacy Commissioner and the people affected.'),
                ('p', 'A breach involving Māori data is also reported to the %s information governance lead, who '
                      'advises on a tikanga response such as a hui with the whānau.' % o['iwi'])]
    if v == 1:
        return [('p', 'The agencies have agreed in advance who to contact if something goes wrong with information '
                      'shared at the hui:'),
                ('t', [['Tūranga (Role)', 'Rōpū (Agency)', 'Īmēra (Email)', 'Waea (Phone)'],
                       [b['role'], b['agency'], b['email'], b['phone']]], {'widths': [4.5, 5.0, 4.5, 2.5]}),
                ('ul', ['Tell the breach contact as soon as you know or suspect a breach, and your own privacy '
                        'officer.',
                        'The breach contact coordinates the response with the agencies whose information is '
                        'involved, including what the affected whānau are told and by whom.',
                        'Each agency meets its own obligations, including notifying the Privacy Commissioner of a '
                        'notifiable privacy breach.'])]
    return [('p', 'Mēnā ka puta he takahanga – if there is a privacy or security breach (information from the hui '
                  'lost, misdirected or misused), contact straight away: %s.' % breach_contact_text(s)),
            ('p', 'The breach contact works with the agencies involved to contain the breach and agree what is said '
                  'to the whānau affected. Agencies assess and notify serious breaches under their own policies. %s '
                  'advises on tikanga where Māori data is involved.' % o['Short'])]


def sec_conflicts(s):
    v = s['v']
    if v == 1:
        return [('p', 'A representative with a conflict of interest – real or perceived, including a whānau or '
                      'whakapapa connection to a person being discussed – tells the kaihautū as soon as they know '
                      'of it, hands any request for information about that person to a colleague in their agency, '
                      'and leaves the hui while that person is discussed. The kaihautū records the declaration and '
                      'how it was handled.')]
    return [('p', 'In a small rohe, representatives will often whakapapa to, or know, the whānau being discussed. '
                  'A connection is not wrong, but it is a conflict of interest that must be declared and managed.'),
            ('p', 'A representative who knows a person or whānau on the hui list, or has any other interest that '
                  'could affect their judgement:'),
            ('ul', ['tells the kaihautū as soon as they become aware of it, before the whānau is discussed;',
                    'passes any request for information about that whānau to another person in their agency;',
                    'leaves the room, or the online hui, while that whānau is discussed.']),
            ('p', 'The kaihautū records each declaration and how it was managed. Where the kaihautū has the '
                  'conflict, another representative chairs that part of the hui.')]


def sec_relationship(s):
    v = s['v']
    lead = lead_of(s)
    if v == 2:
        rows = [['Rōpū (Agency)', 'Kaitiaki hononga (Relationship manager)']]
        for a in s['agencies']:
            rows.append([a['name'], a['rm']])
        return [('p', 'Each agency has named a relationship manager who oversees how this kawa works for that '
                      'agency:'),
                ('t', rows, {'widths': [7.5, 9.0]}),
                ('p', 'Relationship managers check in with their representatives each quarter, and meet together '
                      'every six months to confirm the sharing is still needed, has not drifted beyond its '
                      'purposes, and is secure. Problems they cannot resolve go to the signatories.')]
    return [('p', 'Each agency names a relationship manager (kaitiaki hononga). They understand the purpose of the '
                  'hui, which agencies attend and what is shared, even if they do not attend the hui themselves.'),
            ('p', 'Relationship managers check in with their representatives regularly, support them with '
                  'information sharing questions, and liaise with their agency\'s privacy or legal team when '
                  'needed. %s convenes a meeting of relationship managers twice a year to pick up problems such '
                  'as scope creep early.' % lead)]


def sec_review(s):
    r = s['review']
    if r.get('blocks'):
        return r['blocks']
    v = s['v']
    lead = lead_of(s)
    m = r['months']
    words = {12: 'twelve', 18: 'eighteen', 24: 'twenty-four'}.get(m, str(m))
    out = []
    if v == 0:
        out.append(('p', 'Ka arotakehia tēnei kawa ia %d marama. This kawa is reviewed every %d months from the '
                         'date of the last signature. %s, as lead attending agency, initiates the review.'
                         % (m, m, lead)))
    elif v == 1:
        out.append(('p', 'Review period: every %s (%d) months.' % (words, m)))
        out.append(('p', 'Review owner: %s (lead agency).' % lead))
    else:
        out.append(('p', 'This kawa is reviewed every %d months. The review is started by %s.' % (m, lead)))
    if r.get('next'):
        out.append(('p', 'Te rā arotake e whai ake nei (next review due): %s.' % r['next']))
    out.append(('p', 'The review checks that the sharing is still needed, whether the purposes or uses have '
                     'changed, whether there are any problems with the quality of information shared, and whether '
                     'it is still shared securely. Changes are agreed by the attending agencies, signed off, and a '
                     'copy of the updated kawa goes to every agency.'))
    out.append(('p', 'Any attending agency may ask for an earlier review at any time if an issue with the sharing '
                     'arises.'))
    return out


def sec_approval(s):
    v = s['v']
    intro = {0: 'Mā te waitohu i tēnei kawa, ka whakaae ia rōpū ki te tuari, ki te whakamahi, ki te tiaki hoki i '
                'ngā mōhiohio i runga i ngā tikanga o tēnei kawa. By signing, each agency agrees to share, use '
                'and protect information at the hui as this kawa records, and confirms that the kawa has been '
                'checked by a person in a senior privacy, legal or information role in that agency.',
             1: 'Signed for each attending agency by a person with the authority to do so, after advice from their '
                'agency\'s privacy or legal team.',
             2: 'Each attending agency approves this kawa by signing below.'}[v]
    sigs = [a for a in s['agencies'] if not a.get('unsigned')]
    return [('p', intro), ('sig', s['sig'], sigs)]


GEN = {
    'attending-agencies': sec_attending,
    'meeting-purpose': lambda s: s['meeting']['kaupapa'],
    'sharing-purpose': sec_sharing_purpose,
    'information-shared': sec_information,
    'legal-authority': sec_legal,
    'use-of-information': sec_use,
    'transparency': sec_transparency,
    'method-of-sharing': sec_method,
    'security-classification': sec_classification,
    'security-controls': sec_controls,
    'tikanga': sec_tikanga,
    'retention-disposal': sec_retention,
    'breach-management': sec_breach,
    'conflicts-of-interest': sec_conflicts,
    'relationship-management': sec_relationship,
    'review': sec_review,
    'approval': sec_approval,
}


# ---------------------------------------------------------------------------
# Meetings
# ---------------------------------------------------------------------------
def P(short, text, auth, crit):
    return dict(short=short, text=text, auth=auth, crit=crit)




def m_whanau(o):
    return dict(
        name='Hui Oranga Whānau',
        kaupapa=[
            ('pi', 'He waka eke noa – we are all in this waka together.'),
            ('p', 'The whānau wellbeing hui (Hui Oranga Whānau) meets every second Tuesday at %s, with an online '
                  'link for representatives who cannot attend in person. It brings together %s and the agencies '
                  'that work with whānau in %s to wrap support around whānau who have asked for help, or who have '
                  'been referred because of concerns about the wellbeing or safety of their tamariki.'
                  % (o['venue'], o['lead'], o['rohe'])),
            ('p', 'The hui is whānau-centred. Wherever it is safe, whānau know they are being discussed, their own '
                  'goals lead the plan, and a kaimahi walks alongside them. Agencies come to commit to actions they '
                  'can deliver, not only to report.'),
            ('p', 'The hui does not replace the statutory processes of any agency: decisions by Oranga Tamariki or '
                  'by Police are made by those agencies through their own processes.')],
        purposes=[
            P('Understand whānau needs',
              'To understand the strengths, needs and risks of each whānau referred to the hui, so the right '
              'supports can be offered.',
              'Privacy Act 2020, IPP 11(1)(c) (authorised by the whānau member); Oranga Tamariki Act 1989, s 66C '
              'where the wellbeing of tamariki is in issue',
              'Consent recorded on the referral form; for s 66C, both agencies are child welfare and protection '
              'agencies and the sharing is for a s 66C purpose.'),
            P('Safety of tamariki',
              'To assess concerns about the safety or wellbeing of tamariki and agree who responds.',
              'Oranga Tamariki Act 1989, s 66C',
              'Sharing is to prevent or reduce the risk of harm, or to make or contribute to an assessment or plan; '
              'consider first whether to consult the tamaiti or whānau.'),
            P('Family violence',
              'To reduce the risk of family violence to whānau members and agree a safety response.',
              'Family Violence Act 2018, ss 20 and 21',
              'Both agencies are family violence agencies or social services practitioners, and sharing may help '
              'protect a victim from family violence.'),
            P('Whānau plan',
              'To agree a whānau plan covering housing, income, health and education supports, and which agency '
              'delivers each action.',
              'Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b) for health '
              'information',
              'The whānau member has agreed to the plan being discussed with the agencies named on the consent.'),
            P('Serious threat',
              'To prevent or lessen a serious threat to the life or health of a whānau member.',
              'Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)',
              'The threat is serious and sharing is necessary to prevent or lessen it; the reasons are recorded.')],
        info={
            'lead': 'Referral details, who is in the whānau, the whānau\'s own goals and priorities, and the '
                    'supports %s already provides.' % o['short'],
            'ot': 'Whether Oranga Tamariki is involved (report of concern, open case or plan), the allocated social '
                  'worker, and safety concerns relevant to the plan.',
            'police': 'Family violence episodes attended in the last 24 months, current protection orders, and bail '
                      'conditions relevant to whānau safety.',
            'health': 'Whether whānau are enrolled with a GP and engaged with maternity, Well Child Tamariki Ora, '
                      'mental health or addiction services, where relevant to the plan. Clinical notes are not '
                      'shared.',
            'msd': 'Current income support, hardship assistance, and housing register status.',
            'ko': 'Tenancy status, and tenancy issues such as arrears, overcrowding or maintenance affecting health.',
            'kura': 'Enrolment, attendance, learning support, and pastoral concerns about ākonga.',
        },
        method=[
            'The kaihautū emails the hui list (whānau name, names and dates of birth of tamariki, reason for '
            'referral and referring agency) to the named representatives two working days before the hui.',
            'Representatives share information verbally at the hui (kōrero ā-waha). Nothing is written on '
            'whiteboards or flipcharts.',
            'The kaihautū records only the agreed actions, who owns each one and when it is due in the action log, '
            'which is emailed after the hui only to the agencies with an action.',
            'Agencies that need to follow up between hui share with each other by secure email, within the same '
            'purposes.'],
    )


def m_rangatahi(o):
    return dict(
        name='Te Pae Rangatahi',
        kaupapa=[
            ('p', 'Te Pae Rangatahi meets on the first Thursday of each month at %s. Police Youth Aid, Oranga '
                  'Tamariki youth justice, education, health and community services come together with %s to agree '
                  'responses for rangatahi aged 10 to 17 who have come to Police attention for offending.'
                  % (o['venue'], o['lead'])),
            ('p', 'The panel\'s aim is to keep rangatahi out of the criminal justice system by dealing with what '
                  'lies behind the offending, reconnecting them with their whānau, whakapapa and kura, and holding '
                  'them to account in ways that restore mana.'),
            ('p', 'Rangatahi and their whānau are invited to the part of the hui where their plan is agreed.')],
        purposes=[
            P('Alternative action',
              'To decide, with the rangatahi and their whānau, whether an alternative action plan is suitable '
              'instead of a charge or a family group conference.',
              'Oranga Tamariki Act 1989, s 66C; Privacy Act 2020, IPP 11(1)(e)(i) for Police information about '
              'the alleged offending',
              'Agencies are child welfare and protection agencies and sharing helps make a plan for the rangatahi. '
              'Police share offence details only as far as needed to avoid prejudice to the maintenance of the '
              'law.'),
            P('Underlying needs',
              'To identify the wellbeing needs of the rangatahi – education, health, whānau and housing – that sit '
              'behind the offending.',
              'Oranga Tamariki Act 1989, s 66C',
              'Sharing is to make or contribute to an assessment of the wellbeing or needs of the rangatahi.'),
            P('Support plan',
              'To agree the supports each agency provides and to monitor how the plan is going.',
              'Oranga Tamariki Act 1989, s 66C; Privacy Act 2020, IPP 11(1)(c)',
              'Plan agreed with the rangatahi and whānau; progress is shared only with agencies holding an action.'),
            P('Health information',
              'To share health information the rangatahi has agreed to share so that health, alcohol and drug '
              'support can be arranged.',
              'Health Information Privacy Code 2020, rule 11(1)(b)',
              'Authorisation from the rangatahi (or their representative) recorded by the health provider before '
              'the hui.')],
        info={
            'lead': 'Referral, the whānau and whakapapa connections the rangatahi has chosen to share, and mentoring '
                    'and kaupapa Māori programmes attended.',
            'police': 'Details of the alleged offending, Police contact in the last two years, and the victim\'s '
                      'views on alternative action.',
            'ot': 'Current youth justice or care and protection involvement, and plan or family group conference '
                  'outcomes.',
            'moe': 'Enrolment, attendance, stand-downs, suspensions and exclusions, and learning support.',
            'health': 'Whether the rangatahi is engaged with youth health, mental health or alcohol and drug '
                      'services, and any need the rangatahi has agreed may be shared. Clinical notes are not '
                      'shared.',
            'ngo': 'Mentoring engagement and progress against the plan.',
        },
        method=[
            'Police Youth Aid sends the referral list (name, date of birth, kura, alleged offence) to the named '
            'representatives by secure email a week before the panel.',
            'Information is shared verbally at the panel. The kaihautū keeps the plan register, recording agreed '
            'actions and their owners only.',
            'Agreed plans are sent after the panel only to the agencies with an action, and to the rangatahi and '
            'their whānau.'],
        transp_extra=[('p', 'Rangatahi are told by their Youth Aid officer and by the kaimahi from %s that their '
                            'kura, health and whānau information may be discussed, and what the panel can and '
                            'cannot decide.' % o['short'])],
    )


def m_kaumatua(o):
    return dict(
        name='Te Kāhui Tiaki Kaumātua',
        kaupapa=[
            ('p', 'The purpose of Te Kāhui Tiaki Kaumātua is to respond to concerns of elder abuse and neglect – '
                  'including financial, psychological and physical abuse by whānau or carers – so that kaumātua '
                  'are safe, their mana is upheld and they keep as much control over their own lives and affairs '
                  'as possible.'),
            ('p', 'The hui meets monthly at %s. Referrals come from whānau, marae, general practices, banks, Police '
                  'and the agencies at the hui. The kaumātua is visited and their wishes heard before the hui, '
                  'unless that would put them in danger.' % o['venue'])],
        purposes=[
            P('Assess risk',
              'To assess the risk of harm to a kaumātua where abuse or neglect by a whānau member or carer is '
              'suspected.',
              'Family Violence Act 2018, s 20',
              'Abuse by a family member or a person in a close personal relationship, including a carer, is family '
              'violence; the agencies are family violence agencies or social services practitioners and sharing '
              'may help protect the kaumātua.'),
            P('Safety and support plan',
              'To agree a safety and support plan with the kaumātua, and which agency delivers each part of it.',
              'Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b)',
              'The kaumātua, or their attorney under an activated enduring power of attorney, has agreed and the '
              'agreement is recorded.'),
            P('Serious threat',
              'To respond where a kaumātua faces a serious threat to their life or health and cannot protect '
              'themselves.',
              'Privacy Act 2020, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)',
              'The threat is serious, sharing is necessary to prevent or lessen it, and the reasons are recorded.')],
        info={
            'lead': 'Referral, the kaumātua\'s own wishes, whānau and marae support, and home visits by kaimahi.',
            'health': 'Health conditions and cognitive assessments relevant to safety and decision-making, home '
                      'support services, and hospital admissions linked to suspected abuse.',
            'police': 'Incidents involving the kaumātua, protection orders, and the family violence history of the '
                      'person alleged to be causing harm.',
            'msd': 'Whether the kaumātua receives New Zealand Superannuation, who the nominated agent is, and '
                   'hardship support.',
            'ngo': 'Elder abuse response assessments and advocacy already under way.',
        },
        method=[
            'The kaihautū sends the agenda (kaumātua name, age, referrer and a one-line concern) to the named '
            'representatives by secure email two days before the hui.',
            'Information is shared verbally at the hui. Actions are recorded in the kaumātua plan held by the '
            'lead agency.',
            'Follow-up between hui is by phone, or by secure email between the representatives with an action.'],
        admin_years='ten years',
    )


def m_reint(o):
    return dict(
        name='Te Ara Whakahoki',
        kaupapa=[
            ('p', 'Te Ara Whakahoki hui meets every second Wednesday at %s. It plans the return to the rohe of '
                  'whānau members leaving prison – accommodation, income, health, and whānau and marae connection '
                  '– and keeps whānau, victims and the community safe.' % o['venue']),
            ('p', 'People are discussed at the hui after they have been told about it and have agreed to take part '
                  'in the reintegration service, except for the risk-management purpose below.')],
        purposes=[
            P('Release plan',
              'To plan accommodation, income, health and whānau support for a person before and after their '
              'release.',
              'Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b)',
              'The person\'s consent is recorded on their reintegration plan and names the agencies at the hui.'),
            P('Managing risk',
              'To manage risks to victims, whānau and the community arising from release conditions.',
              'Privacy Act 2020, IPP 11(1)(e)(i) and IPP 11(1)(f)',
              'Sharing is necessary to avoid prejudice to the maintenance of the law, or to prevent or lessen a '
              'serious threat; Corrections and Police share only what is needed.'),
            P('Family violence',
              'To reduce the risk of family violence where the person returns to live with whānau.',
              'Family Violence Act 2018, s 20',
              'The agencies are family violence agencies or social services practitioners and sharing may help '
              'protect a victim.')],
        info={
            'lead': 'Reintegration plan, whānau and marae supports, and kaupapa Māori programmes.',
            'corrections': 'Release date, release or parole conditions, the probation officer, and risk information '
                           'relevant to the plan.',
            'police': 'Victim safety concerns, protection orders and local risk information.',
            'ko': 'Available housing and tenancy history relevant to a placement.',
            'msd': 'Benefit status and the steps needed for income on release.',
            'health': 'Continuity of prescribed medication and mental health or addiction follow-up the person has '
                      'agreed to.',
        },
        method=[
            'Corrections sends the release list for the next eight weeks to the kaihautū by secure email; the '
            'kaihautū circulates the agenda to the named representatives.',
            'Information is shared verbally at the hui; the kaihautū records agreed actions in the reintegration '
            'plan.',
            'Agencies follow up with each other by secure email or phone.'],
    )


def m_attend(o):
    return dict(
        name='Te Hui Haere ki te Kura',
        kaupapa=[
            ('p', 'Te Hui Haere ki te Kura (the school attendance hui) meets every three weeks during term at %s. '
                  '%s runs the attendance service for the rohe, and this hui brings together the kura, Te Tāhuhu o '
                  'te Mātauranga, Oranga Tamariki and the Ministry of Social Development to support tamariki who '
                  'are missing a lot of kura to get back to regular attendance.' % (o['venue'], o['lead'])),
            ('p', 'Most barriers to attendance sit in the whānau\'s circumstances – transport, housing, health, '
                  'money, or tamariki caring for others. The hui looks for what will make it easier for the whānau, '
                  'not for who to blame.')],
        purposes=[
            P('Return to kura',
              'To agree, with each whānau, a plan that supports their tamariki back into regular attendance at '
              'kura, and the supports each agency provides to make that plan work.',
              'Privacy Act 2020, IPP 11(1)(a) and IPP 11(1)(c); Oranga Tamariki Act 1989, s 66C where there is a '
              'concern for the wellbeing or safety of the tamaiti',
              'Attendance information was collected by the kura and the attendance service for this purpose; other '
              'information is shared with the whānau\'s agreement; s 66C only where wellbeing or safety is in '
              'issue.')],
        info={
            'lead': 'Attendance service contact with the whānau, and the whānau\'s own view of the barriers.',
            'kura': 'Enrolment, attendance pattern, learning and pastoral concerns, and the supports the kura has in '
                    'place.',
            'moe': 'Enrolment history across schools, and learning support.',
            'ot': 'Whether Oranga Tamariki is involved with the whānau, and concerns relevant to the tamaiti '
                  'attending kura.',
            'msd': 'Whether the whānau receives help with school costs, transport or childcare, and eligibility for '
                   'it.',
        },
        method=[
            'The kura and the attendance service agree the list of tamariki to be discussed; the attendance service '
            'emails it to the named representatives before the hui.',
            'Information is shared verbally at the hui. The attendance adviser records the agreed plan in the '
            'attendance service case record.',
            'The plan is shared with the whānau and with the agencies that hold an action.'],
    )


def m_fv(o):
    return dict(
        name='Te Hui Whakahaumaru Whānau',
        kaupapa=[
            ('pi', 'Ko te whakaaro matua: kia haumaru ngā whānau katoa – the goal is that every whānau is safe.'),
            ('p', 'The family harm hui (Te Hui Whakahaumaru Whānau) meets each weekday morning at %s. %s leads the '
                  'hui under a kaupapa Māori model, with Police, Oranga Tamariki, Corrections, Health New Zealand, '
                  'the Ministry of Social Development and Kāinga Ora. Every family violence episode reported to '
                  'Police in the rohe in the previous working day is reviewed, the risk assessed and a safety '
                  'response agreed for each whānau.' % (o['venue'], o['lead'])),
            ('p', 'Victims and tamariki come first. The hui also looks for ways to engage people using violence in '
                  'change, through kaupapa Māori services where whānau want them.')],
        purposes=[
            P('Assess risk',
              'To assess the risk to victims, tamariki and other whānau members after a family violence episode.',
              'Family Violence Act 2018, s 20',
              'The agencies are family violence agencies or social services practitioners, and sharing may help '
              'protect a victim or assess risk.'),
            P('Safety plan',
              'To agree and carry out a safety plan for each whānau, and decide which agency leads it.',
              'Family Violence Act 2018, ss 20 and 21',
              'Sharing may help make or carry out a safety plan; agencies consider disclosing when asked.'),
            P('Tamariki safety',
              'To ensure the safety and wellbeing of tamariki living in the home.',
              'Oranga Tamariki Act 1989, s 66C',
              'Both agencies are child welfare and protection agencies and sharing is to prevent or reduce the risk '
              'of harm to tamariki.'),
            P('Imminent threat',
              'To respond to an imminent threat to someone\'s life or safety.',
              'Privacy Act 2020, IPP 11(1)(f)',
              'The threat is serious, sharing is necessary to prevent or lessen it, and the reasons are recorded.')],
        info={
            'lead': 'Refuge contact with the victim, their wishes and safety concerns, and supports already in place.',
            'police': 'The episode, family violence history, risk assessment results, protection orders and bail '
                      'conditions.',
            'ot': 'Whether tamariki are known to Oranga Tamariki, and any current plan or assessment.',
            'corrections': 'Whether the person using violence is on a sentence or order, its conditions, and the '
                           'probation officer.',
            'health': 'Whether there are pēpi or tamariki enrolled with Well Child Tamariki Ora, and maternity or '
                      'mental health engagement relevant to safety.',
            'msd': 'Income and emergency housing support relevant to a safety plan.',
            'ko': 'Tenancy details, and options for safe relocation or changing locks.',
        },
        method=[
            'Police load the previous day\'s episodes into the Family Safety System by 8am; representatives view '
            'them there with their own log-in before the hui.',
            'Information is shared verbally at the hui, and agreed actions are recorded in the Family Safety '
            'System.',
            'Follow-up between agencies is by secure email or phone between the named representatives.'],
        controls_extra=['Representatives never share their Family Safety System log-in with anyone.'],
    )


def m_housing(o):
    return dict(
        name='Te Kāhui Whare',
        kaupapa=[
            ('p', 'Te Kāhui Whare meets every second Monday at %s. %s, a community housing provider owned by %s, '
                  'leads the hui with Kāinga Ora, the Ministry of Social Development, Health New Zealand and '
                  'Oranga Tamariki.' % (o['venue'], o['lead'], o['iwi'])),
            ('p', 'The hui finds safe, warm and affordable homes for whānau in emergency or unsuitable housing – '
                  'motels, overcrowded homes, cars and garages – and helps whānau at risk of losing a tenancy to '
                  'keep it.')],
        purposes=[
            P('Match whānau to homes',
              'To match whānau on the housing register with available public, community and transitional homes.',
              'Privacy Act 2020, IPP 11(1)(c)',
              'The whānau member has agreed in writing, on the housing application, to the agencies at the hui '
              'sharing their housing information.'),
            P('Sustain tenancies',
              'To help whānau keep a tenancy that is at risk because of arrears, overcrowding, damage or neighbour '
              'disputes.',
              'Privacy Act 2020, IPP 11(1)(a) and IPP 11(1)(c)',
              'Agreement recorded by the tenancy manager; information is used for the tenancy support plan only.'),
            P('Tamariki in emergency housing',
              'To make sure tamariki living in emergency housing are safe and their needs are met.',
              'Oranga Tamariki Act 1989, s 66C',
              'The agencies sharing are child welfare and protection agencies; sharing is to prevent or reduce the '
              'risk of harm, or to plan services for tamariki.'),
            P('Family violence',
              'To support whānau whose housing need arises from family violence.',
              'Family Violence Act 2018, s 20',
              'Sharing may help protect a victim from family violence; a victim\'s new address is never shared '
              'with the person using violence.')],
        info={
            'lead': 'Tenancy support plans, transitional housing placements and whānau housing goals.',
            'ko': 'Available homes, tenancy history, arrears and tenancy concerns.',
            'msd': 'Housing register status and priority, emergency housing and accommodation supplement, and '
                   'hardship grants.',
            'health': 'Health conditions that affect the kind of home a whānau needs (for example accessibility or '
                      'respiratory illness), where the whānau has agreed.',
            'ot': 'Whether Oranga Tamariki is working with the whānau, and concerns for tamariki in emergency '
                  'housing.',
        },
        method=[
            'The kaihautū sends the hui list to representatives two days before the hui by secure email.',
            'Information is shared verbally; placements and actions are recorded in the housing action register '
            'held by the lead agency.',
            'Kāinga Ora and the Ministry of Social Development confirm placements to each other through their usual '
            'secure channels.'],
    )


def m_mental(o):
    return dict(
        name='Te Kāhui Hinengaro',
        kaupapa=[
            ('p', 'Te Kāhui Hinengaro meets weekly at %s. %s, a kaupapa Māori mental health and addiction service, '
                  'brings together Health New Zealand specialist mental health and addiction services, Police, the '
                  'Ministry of Social Development and Kāinga Ora to coordinate support for tāngata whaiora with '
                  'complex needs who are in contact with several agencies, especially after a crisis.'
                  % (o['venue'], o['lead'])),
            ('p', 'Tāngata whaiora are discussed with their agreement, and the hui works to the plan they have made '
                  'with their whānau and clinicians.')],
        purposes=[
            P('Coordinate support',
              'To coordinate care and support for tāngata whaiora who have agreed to be discussed at the hui.',
              'Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(c)',
              'Written authorisation from the person names the agencies and is renewed every six months.'),
            P('Serious threat',
              'To respond to a serious threat to the life or health of tāngata whaiora or another person.',
              'Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, IPP 11(1)(f)',
              'Sharing is necessary to prevent or lessen the threat, and it is not practicable or desirable to get '
              'authorisation; the reasons are recorded.'),
            P('Safe transitions',
              'To plan safe transitions from inpatient care or Police custody back to the community.',
              'Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(c)',
              'The person has agreed to transition planning; their whānau contact is involved where they wish.')],
        info={
            'lead': 'Whānau ora plan, peer support and kaupapa Māori service engagement.',
            'health': 'Diagnosis and treatment information needed for the plan, crisis plans, and admission and '
                      'discharge dates. Full clinical records are not shared.',
            'police': 'Recent mental-health-related callouts, custody, and safety concerns for staff visiting.',
            'msd': 'Income support, and any sanctions or debts affecting the plan.',
            'ko': 'Tenancy status and tenancy concerns.',
        },
        method=[
            'The kaihautū emails the hui list to the named representatives the day before the hui.',
            'Information is shared verbally at the hui; actions are recorded in the shared care plan held by the '
            'lead agency.',
            'Urgent follow-up is by phone between named representatives, confirmed by secure email.'],
    )


def m_hapu(o):
    return dict(
        name='Te Kāhui Hapū Māmā',
        kaupapa=[
            ('p', 'Te Kāhui Hapū Māmā meets monthly at %s. %s leads the hui with Health New Zealand maternity '
                  'services, Oranga Tamariki, the Ministry of Social Development and Kāinga Ora, so that hapū māmā '
                  'who face barriers to care get early maternity care, a safe home and whānau support before and '
                  'after their pēpi is born.' % (o['venue'], o['lead']))],
        purposes=[
            P('Maternity connection',
              'To connect hapū māmā with a lead maternity carer, and with a Well Child Tamariki Ora provider after '
              'birth.',
              'Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(c)',
              'Authorisation from the hapū māmā, recorded by the kaimahi before the hui.'),
            P('Safety of pēpi',
              'To plan for the safety and wellbeing of pēpi before and after birth where there are concerns.',
              'Oranga Tamariki Act 1989, s 66C',
              'The agencies are child welfare and protection agencies; sharing is to make or contribute to an '
              'assessment or plan.'),
            P('Housing and income',
              'To remove housing and income barriers for hapū māmā and their whānau.',
              'Privacy Act 2020, IPP 11(1)(c)',
              'Consent recorded on the referral.')],
        info={
            'lead': 'Referral, the hapū māmā\'s goals, and whānau and kaupapa Māori supports.',
            'health': 'Whether she is booked with a lead maternity carer, estimated due date, and health needs she '
                      'has agreed may be shared.',
            'ot': 'Whether Oranga Tamariki is involved, and any plan for pēpi.',
            'msd': 'Income support and eligibility for hardship assistance.',
            'ko': 'Housing register placement, tenancy and housing conditions.',
        },
        method=[
            'The kaihautū emails the hui list to the named representatives two working days before the hui.',
            'Information is shared verbally at the hui; actions are recorded in the action log.',
            'Follow-up between agencies is by secure email between the named representatives.'],
    )


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
def A(code, name, rep, signer, role, date, rm=None, lead=False, unsigned=False, iso=None):
    return dict(code=code, name=name, rep=rep, signer=signer, role=role, date=date,
                rm=rm or ('Manager responsible for the %s representative' % name.split(' – ')[-1]),
                lead=lead, unsigned=unsigned, iso=iso)


def intro_blocks(s):
    names = [a['name'] for a in s['agencies']]
    return [('p', 'This kawa (information sharing protocol) records how the agencies that attend %s share '
                  'information about whānau: why they share it, what they share, the law they rely on, and how '
                  'they keep it safe. It was prepared by the %s information governance lead with the privacy '
                  'and legal advisers of each attending agency.' % (s['meeting']['name'], s['org']['iwi'])),
            ('p', 'Ko ngā rōpū: %s.' % '; '.join(names))]


def glossary_blocks(s):
    keys = GLOSS_CORE + s.get('glossary_extra', [])
    keys = sorted(set(keys), key=lambda k: k.lower())
    rows = [['Kupu (Word)', 'Te tikanga o te kupu (Meaning)']] + [[k, GLOSSARY[k]] for k in keys]
    return [('t', rows, {'widths': [4.5, 12.0]})]


def build(spec):
    s = spec
    b = Builder(s)
    d = b.doc
    # title block
    tp = d.add_paragraph(s['title'], style='Title')
    st = d.add_paragraph(s['subtitle'], style='Subtitle')
    if s.get('doc_control'):
        b.table(d, [['Putanga (Version)', s.get('version', '1.0')],
                    ['Tūnga (Status)', s.get('status_text', 'Final – signed by all attending agencies')],
                    ['Kaituhi (Prepared by)', '%s, Kaiārahi Mana Raraunga (Information Governance Lead), %s'
                     % (s['org']['author'], s['org']['lead'])],
                    ['Rā tuhi (Drafted)', s['drafted']]],
                header=False, widths=[4.5, 12.0], first_col_shade='EADBC8')
        d.add_paragraph()
    # intro
    if s['heading'] == 'h1':
        d.add_heading('He kupu whakataki', 1)
    else:
        p = d.add_paragraph()
        r = p.add_run('He kupu whakataki')
        r.bold = True
        r.font.size = Pt(12)
    if s['gloss'] != 'none':
        if s['heading'] != 'table' and s.get('gloss_style', 'italic' if s['gloss'] != 'bracket' else 'bracket') == 'bracket':
            d.add_paragraph('(Introduction)')
        else:
            d.add_paragraph('Introduction', style='Kupu Whakamāori')
    b.render(d, s.get('intro') or intro_blocks(s))
    if s.get('glossary') == 'start':
        _glossary(b, s)
    # sections
    secs = {}
    for key in s['order']:
        if key in s.get('drop', ()):
            continue
        ov = s.get('overrides', {}).get(key)
        secs[key] = ov if ov is not None else GEN[key](s)
    if s['heading'] == 'table':
        keys = [k for k in secs if k != 'approval']
        rows = len(keys)
        t = d.add_table(rows, 2)
        t.style = d.styles['Table Grid']
        for i, key in enumerate(keys):
            lc, rc = t.cell(i, 0), t.cell(i, 1)
            lc.width, rc.width = Cm(4.6), Cm(12.0)
            num = '%d. ' % (i + 1) if s.get('numbered') else ''
            b.para(lc, num + s.get('mi', {}).get(key, MI[key]), bold=True)
            if s['gloss'] != 'none':
                b.para(lc, s['glossmap'][key], italic=True, size=9)
            b.shade(lc, 'EADBC8')
            b.render(rc, secs[key])
        d.add_paragraph()
        if 'approval' in secs:
            p = d.add_paragraph()
            r = p.add_run(('%d. ' % (len(keys) + 1) if s.get('numbered') else '') + MI['approval'])
            r.bold = True
            r.font.size = Pt(12)
            if s['gloss'] != 'none':
                d.add_paragraph(s['glossmap']['approval'], style='Kupu Whakamāori')
            b.render(d, secs['approval'])
    else:
        n = 0
        group_done = False
        for key, blocks in secs.items():
            level = 1
            if key in s.get('h2_keys', ()):
                level = 2
                if not group_done:
                    gmi, gen = s['group_heading']
                    d.add_heading(gmi, 1)
                    if s['gloss'] in ('italic', 'bracket'):
                        d.add_paragraph(gen, style='Kupu Whakamāori')
                    group_done = True
            n += 1
            num = str(n) if s['heading'] == 'boldnum' else None
            b.heading(key, num=num, level=level)
            b.render(d, blocks)
    if s.get('glossary') == 'end':
        _glossary(b, s, appendix=True)
    b.save(os.path.join(OUT, s['file']))


def _glossary(b, s, appendix=False):
    d = b.doc
    label = ('Āpitihanga A – Ngā kupu | Glossary' if appendix else 'Ngā kupu | Glossary')
    if s['heading'] == 'h1':
        d.add_heading(label, 1)
    else:
        p = d.add_paragraph()
        r = p.add_run(label)
        r.bold = True
        r.font.size = Pt(12)
    b.render(d, glossary_blocks(s))


# ---------------------------------------------------------------------------
# Organisations (iwi and hapū names are fictional)
# ---------------------------------------------------------------------------
def org(iwi, lead, short, Short, author, rohe, venue):
    return dict(iwi=iwi, lead=lead, short=short, Short=Short, author=author, rohe=rohe, venue=venue)


def D(y, m, d, h=9):
    return dt.datetime(y, m, d, h, 0, 0)


DEFAULTS = dict(glossmap=GLOSS_A, gloss='italic', heading='h1', v=0, order=ORDER_STD,
                classification='IN-CONFIDENCE', header_mark='IN-CONFIDENCE', sig='table', glossary='start',
                title='He Kawa Tuari Mōhiohio', expect=[], tolerate=[])


def make(**kw):
    s = dict(DEFAULTS)
    s.update(kw)
    s['meeting'] = s['meeting_fn'](s['org'])
    if 'purposes' in kw:
        s['meeting']['purposes'] = kw['purposes']
    if 'footer' not in s:
        s['footer'] = 'Kawa Tuari Mōhiohio – %s – Putanga %s' % (s['meeting']['name'], s.get('version', '1.0'))
    s.setdefault('modified', s['created'])
    s.setdefault('drafted', s['created'].strftime('%-d %B %Y'))
    return s


SPECS = []

# ---- clean-01: whānau wellbeing hui, Heading 1 with italic English gloss, signature table -------------
o = org('Ngāti Manawaroa', 'Te Rūnanga o Ngāti Manawaroa – Ngā Ratonga Whānau', 'the Rūnanga', 'Te Rūnanga',
        'Ripeka Tautahi', 'the Manawaroa rohe', 'Te Whare Oranga, 14 Kōwhai Street, Manawaroa')
SPECS.append(make(
    file='clean-01-hui-oranga-whanau-manawaroa.docx', kind='clean',
    note='Full iwi-led whānau wellbeing hui protocol: te reo Heading 1 headings with italic English gloss on the '
         'next line, five purposes each with an authority in the table, all six controls, breach contact sentence, '
         '12-month review signed April 2026.',
    subtitle='Hui Oranga Whānau – Information Sharing Protocol', org=o, meeting_fn=m_whanau,
    agencies=[
        A('lead', o['lead'], 'Kaiwhakahaere Whānau Ora (Whānau Ora Manager), as kaihautū', 'Hōhepa Te Whata',
          'Tumu Whakarae (Chief Executive)', '9 April 2026', lead=True),
        A('ot', 'Oranga Tamariki—Ministry for Children', 'Supervisor, Manawaroa site', 'Leanne Moffitt',
          'Site Manager, Manawaroa', '13 April 2026'),
        A('police', 'Ngā Pirihimana o Aotearoa – New Zealand Police', 'Family Harm Coordinator, Manawaroa Area',
          'Craig Hollis', 'Inspector, Area Commander', '15 April 2026'),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Social Worker, Community and Whānau Health',
          'Dr Anahera Wiremu', 'Group Manager, Hauora Māori', '20 April 2026'),
        A('msd', 'Te Manatū Whakahiato Ora – Ministry of Social Development', 'Integrated Services Case Manager',
          'Pania Hetaraka', 'Regional Commissioner', '21 April 2026'),
        A('ko', 'Kāinga Ora – Homes and Communities', 'Senior Tenancy Manager', 'Mark Feeney',
          'Regional Director', '21 April 2026'),
        A('kura', 'Te Kura Kaupapa Māori o Manawaroa', 'Tumuaki tuarua (Deputy Principal)', 'Rangi Pōhatu',
          'Tumuaki (Principal), for the school board', '27 April 2026')],
    breach=dict(role='Kaiārahi Mana Raraunga (Information Governance Lead)', agency=o['lead'],
                email='raraunga@manawaroa.iwi.nz', phone='07 308 4410'),
    review=dict(months=12), created=D(2026, 3, 30), modified=D(2026, 4, 28), version='2.0',
    glossary_extra=['tamariki', 'kura', 'karakia', 'kanohi ki te kanohi'],
))

# ---- clean-02: rangatahi panel, bold numbered headings + bracketed gloss, signature blocks ------------
o = org('Ngāi Tamahaere', 'Te Whare Rangatahi o Ngāi Tamahaere', 'Te Whare Rangatahi', 'Te Whare Rangatahi',
        'Hinewai Pōtae', 'the Tamahaere rohe', 'Te Whare Rangatahi, 3 Rātā Road')
SPECS.append(make(
    file='clean-02-te-pae-rangatahi-tamahaere.docx', kind='clean',
    note='Youth offending panel led by a kaupapa Māori youth provider: bold numbered te reo headings with '
         'bracketed English on the next line, tikanga placed early, four purposes mapped in the authority table, '
         'controls split into requirements and restrictions, breach contact in a table, 24-month review with a '
         'next review date of 28 February 2027.',
    subtitle='Te Pae Rangatahi – Information Sharing Protocol', org=o, meeting_fn=m_rangatahi,
    heading='boldnum', gloss='bracket', glossmap=GLOSS_B, v=1, order=ORDER_TIKANGA_EARLY, sig='blocks',
    glossary='end', doc_control=True, footer_mark='IN-CONFIDENCE',
    agencies=[
        A('lead', o['lead'], 'Kaiārahi Rangatahi (Youth Services Lead), as kaihautū', 'Tāwhiri Mātene',
          'Tumu Whakarae (Chief Executive)', '10 February 2025', lead=True),
        A('police', 'New Zealand Police', 'Youth Aid Sergeant', 'Sarah Boyce',
          'Senior Sergeant, Youth Services Supervisor', '12 February 2025'),
        A('ot', 'Oranga Tamariki—Ministry for Children', 'Youth Justice Coordinator', 'Hemi Ruatapu',
          'Youth Justice Manager', '18 February 2025'),
        A('moe', 'Te Tāhuhu o te Mātauranga – Ministry of Education', 'Learning Support Facilitator',
          'Julie Cartwright', 'Director of Education', '19 February 2025'),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Youth Health Nurse', 'Dr Michael Tan',
          'Service Manager, Youth Health', '24 February 2025'),
        A('ngo', 'Te Pūtahi Tōmua Mentoring Trust', 'Lead Mentor', 'Aroha Heremaia',
          'Kaiwhakahaere Matua (General Manager)', '26 February 2025')],
    breach=dict(role='Kaitiaki Matatapu (Privacy Officer)', agency=o['lead'], email='matatapu@tamahaere.org.nz',
                phone='027 418 5520'),
    review=dict(months=24, next='28 February 2027'), created=D(2025, 1, 20), modified=D(2025, 2, 27),
    glossary_extra=['rangatahi', 'kura', 'mana', 'karakia'],
))

# ---- clean-03: kaumātua elder abuse hui, te reo headings only, te reo signature labels --------------------
o = org('Te Aitanga-a-Rongomai', 'Te Hauora o Te Aitanga-a-Rongomai', 'Te Hauora', 'Te Hauora',
        'Tame Haereroa', 'the Rongomai rohe', 'the Te Hauora wharenui, 22 Tōtara Street')
SPECS.append(make(
    file='clean-03-kahui-tiaki-kaumatua-rongomai.docx', kind='clean',
    note='Elder abuse hui with te reo Heading 1 section names and no English gloss; every section opens with '
         'English that makes its subject plain; classification in a form row; te reo-only signature labels '
         '(Ingoa, Tūranga) with English roles; 12-month review signed February 2026.',
    subtitle='Te Kāhui Tiaki Kaumātua – Information Sharing Protocol', org=o, meeting_fn=m_kaumatua,
    gloss='none', v=2, sig='blocks_mi', glossary='end',
    agencies=[
        A('lead', o['lead'], 'Kaitiaki Kaumātua (Kaumātua Services Coordinator), as kaihautū', 'Wairua Tūtaki',
          'Tumu Whakarae (Chief Executive)', '3 February 2026', lead=True,
          rm='Kaiwhakahaere Matua (General Manager), Hauora'),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Older Adults Social Worker', 'Fiona McKenzie',
          'Operations Manager, Older Adults and Home Support', '5 February 2026',
          rm='Director of Allied Health, Rongomai'),
        A('police', 'New Zealand Police', 'Family Harm Coordinator', 'Ben Walker',
          'Senior Sergeant, Family Harm Team', '9 February 2026', rm='Area Prevention Manager'),
        A('msd', 'Ministry of Social Development', 'Senior Case Manager, Seniors', 'Losa Fa\'alogo',
          'Service Centre Manager', '11 February 2026', rm='Regional Partnerships Manager'),
        A('ngo', 'Te Pou Tautoko Kaumātua', 'Elder Abuse Response Coordinator', 'Marama Kīngi',
          'Kaiwhakahaere Matua (General Manager)', '16 February 2026', rm='Kaiwhakahaere Matua (General Manager)')],
    breach=dict(role='Kaitiaki Matatapu (Privacy Officer)', agency=o['lead'],
                email='privacy@rongomaihauora.org.nz', phone='06 868 2290'),
    review=dict(months=12), created=D(2026, 1, 19), modified=D(2026, 2, 17),
    glossary_extra=['kaumātua', 'mana', 'karakia', 'taonga'],
))

# ---- clean-04: reintegration hui, form-table layout, SENSITIVE, 18-month review -------------------------
o = org('Ngāti Kōpūtai', 'Te Rūnanga o Ngāti Kōpūtai – Te Ara Whakahoki', 'Te Ara Whakahoki', 'Te Ara Whakahoki',
        'Awhina Te Rangiwai', 'the Kōpūtai rohe', 'the Te Ara Whakahoki office, 7 Wharf Road')
SPECS.append(make(
    file='clean-04-te-ara-whakahoki-reintegration-koputai.docx', kind='clean',
    note='Reintegration hui laid out as a two-column form table (te reo section name with English beneath in the '
         'left column), classification SENSITIVE matching the header, three purposes each with an authority, '
         'signature grid, 18-month review from March 2026.',
    subtitle='Te Ara Whakahoki – Reintegration Hui Information Sharing Protocol', org=o, meeting_fn=m_reint,
    heading='table', numbered=True, classification='SENSITIVE', header_mark='SENSITIVE', sig='grid',
    glossary='start',
    agencies=[
        A('lead', o['lead'], 'Kaiārahi Whakahoki (Reintegration Lead), as kaihautū', 'Te Ariki Morehu',
          'Tumu Whakarae (Chief Executive)', '19 January 2026', lead=True),
        A('corrections', 'Ara Poutama Aotearoa – Department of Corrections', 'Service Manager, Community '
          'Corrections', 'Gillian Hart', 'Regional Commissioner', '26 January 2026'),
        A('police', 'New Zealand Police', 'Prevention Sergeant', 'Wiremu Rēweti',
          'Inspector, Area Prevention Manager', '2 February 2026'),
        A('ko', 'Kāinga Ora – Homes and Communities', 'Placement Coordinator', 'Simon Clarke', 'Area Manager',
          '9 February 2026'),
        A('msd', 'Ministry of Social Development', 'Reintegration Case Manager', 'Mele Tupou',
          'Regional Commissioner', '3 March 2026'),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Forensic Community Nurse', 'Kahurangi Waaka',
          'Manager, Mental Health and Addiction Services', '10 March 2026')],
    breach=dict(role='Kaiārahi Mana Raraunga (Information Governance Lead)', agency=o['lead'],
                email='raraunga@koputai.iwi.nz', phone='09 401 7785'),
    review=dict(months=18), created=D(2026, 1, 12), modified=D(2026, 3, 11),
    glossary_extra=['rohe', 'kanohi ki te kanohi'],
))

# ---- clean-05: kura attendance hui, single purpose, bold unnumbered headings, mixed gloss ----------------
o = org('Te Aitanga-a-Rongomai', 'Te Pūtahi Tōmua o Rongomai – Ratonga Haere ki te Kura', 'Te Pūtahi Tōmua',
        'Te Pūtahi Tōmua', 'Tame Haereroa', 'the Rongomai rohe', 'Te Pūtahi Tōmua, 5 Mātai Street')
SPECS.append(make(
    file='clean-05-hui-haere-ki-te-kura-rongomai.docx', kind='clean',
    note='School attendance hui with a single purpose of sharing and its authorities listed under Te mana '
         'ā-ture; bold Normal headings with outline level and an English gloss under only some of them; breach '
         'contact in a table with an 0800 number; 12-month review signed August 2026.',
    subtitle='Te Hui Haere ki te Kura – School Attendance Hui Information Sharing Protocol', org=o,
    meeting_fn=m_attend, heading='bold', outline=True, gloss='mixed',
    gloss_keys={'attending-agencies', 'sharing-purpose', 'legal-authority', 'security-controls', 'tikanga',
                'breach-management', 'review'},
    v=1, sig='table', glossary='start', font='Arial', colour='1F4E5A',
    agencies=[
        A('lead', o['lead'], 'Kaitohutohu Haere ki te Kura (Attendance Adviser), as kaihautū', 'Hinemoa Paraone',
          'Kaiwhakahaere Matua (General Manager)', '4 August 2026', lead=True),
        A('moe', 'Te Tāhuhu o te Mātauranga – Ministry of Education', 'Senior Adviser, Attendance',
          'Grant Whitcombe', 'Director of Education', '6 August 2026'),
        A('kura', 'Te Kura Kaupapa Māori o Rongomai', 'Tumuaki tuarua (Deputy Principal)', 'Tipene Hōhaia',
          'Tumuaki (Principal)', '11 August 2026'),
        A('ot', 'Oranga Tamariki—Ministry for Children', 'Social Worker, Rongomai site', 'Kiri Pōmare',
          'Site Manager', '13 August 2026'),
        A('msd', 'Ministry of Social Development', 'Community Connector', 'David Liu', 'Regional Commissioner',
          '18 August 2026')],
    breach=dict(role='Kaitiaki Matatapu (Privacy Officer)', agency=o['lead'], email='matatapu@ptrongomai.org.nz',
                phone='0800 476 664'),
    review=dict(months=12), created=D(2026, 7, 20), modified=D(2026, 8, 19),
    glossary_extra=['kura', 'tamariki'],
    overrides={'legal-authority': [
        ('p', NOT_SELF[1]),
        ('p', 'For the purpose of sharing above, the attending agencies rely on:'),
        ('ul', ['Privacy Act 2020, IPP 11(1)(a) – attendance information collected by the kura and the attendance '
                'service so that tamariki can be supported back to kura;',
                'Privacy Act 2020, IPP 11(1)(c) – other information the whānau has agreed may be shared, recorded on '
                'the attendance service referral;',
                'Oranga Tamariki Act 1989, s 66C – only where there is a concern for the wellbeing or safety of a '
                'tamaiti, and only between child welfare and protection agencies.']),
        ('p', 'Representatives check that the criteria of the provision they rely on are met before sharing.')]},
))

# ---------------------------------------------------------------------------
# Defect protocols: one realistic defect each
# ---------------------------------------------------------------------------

# ---- ISP101: family harm hui, conflicts of interest section left out ------------------------------------
o = org('Ngāti Manawaroa', 'Te Whare Whakaruruhau o Manawaroa', 'Te Whare', 'Te Whare', 'Ripeka Tautahi',
        'the Manawaroa rohe', 'the Manawaroa Police station whānau room')
SPECS.append(make(
    file='defect-isp101-hui-whakahaumaru-no-conflicts-section.docx', kind='defect',
    expect=[{'rule': 'ISP101', 'data': {'section': 'conflicts-of-interest'}}],
    note='Family harm hui led by a Māori women\'s refuge; security sections grouped under a Heading 1 with '
         'Heading 2 subsections; there is no Ngā pānga taupatupatu (conflicts of interest) section and nothing '
         'about conflicts anywhere.',
    subtitle='Te Hui Whakahaumaru Whānau – Family Harm Hui Information Sharing Protocol', org=o, meeting_fn=m_fv,
    classification='SENSITIVE', header_mark='SENSITIVE', drop={'conflicts-of-interest'},
    h2_keys={'security-classification', 'security-controls'},
    group_heading=('Te haumarutanga o ngā mōhiohio', 'Security of information'),
    agencies=[
        A('lead', o['lead'], 'Kaiārahi Haumaru (Safety Lead), as kaihautū', 'Ngaio Tautahi',
          'Kaiwhakahaere Matua (General Manager)', '4 May 2026', lead=True),
        A('police', 'New Zealand Police', 'Family Harm Team Sergeant', 'Craig Hollis', 'Inspector, Area Commander',
          '6 May 2026'),
        A('ot', 'Oranga Tamariki—Ministry for Children', 'Intake Social Worker', 'Leanne Moffitt',
          'Site Manager, Manawaroa', '6 May 2026'),
        A('corrections', 'Ara Poutama Aotearoa – Department of Corrections', 'Probation Officer', 'Gillian Hart',
          'District Manager, Community Corrections', '8 May 2026'),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Family Violence Intervention Coordinator',
          'Dr Anahera Wiremu', 'Group Manager, Hauora Māori', '12 May 2026'),
        A('msd', 'Ministry of Social Development', 'Family Violence Case Manager', 'Pania Hetaraka',
          'Regional Commissioner', '13 May 2026'),
        A('ko', 'Kāinga Ora – Homes and Communities', 'Tenancy Manager', 'Mark Feeney', 'Regional Director',
          '14 May 2026')],
    breach=dict(role='Kaiārahi Haumaru (Safety Lead)', agency=o['lead'],
                email='haumaru@whakaruruhau-manawaroa.org.nz', phone='07 308 9921'),
    review=dict(months=12), created=D(2026, 4, 20), modified=D(2026, 5, 15),
    glossary_extra=['tamariki', 'pēpi', 'karakia'],
))

# ---- ISP301: whānau hui, MSD purpose added late with no row in the authority table ------------------------
o = org('Ngāti Tūāwhiorangi', 'Te Rūnanga o Ngāti Tūāwhiorangi – Whānau Ora', 'the Rūnanga', 'Te Rūnanga',
        'Manaia Kerehoma', 'the Tūāwhiorangi rohe', 'Te Rūnanga boardroom, 41 Main Road')
_wp = m_whanau(o)['purposes'] + [P(
    'Hardship and entitlements',
    'To check eligibility for, and arrange, hardship grants and benefit entitlements for whānau members.',
    '', '')]
SPECS.append(make(
    file='defect-isp301-hui-oranga-whanau-hardship-purpose-no-authority.docx', kind='defect',
    expect=[{'rule': 'ISP301', 'data_contains': {'purpose': 'hardship grants'}}],
    note='Whānau wellbeing hui with six purposes of sharing; the sixth (hardship grants and benefit entitlements) '
         'was added to He aha i tuari ai but the Te mana ā-ture table stops at purpose 5.',
    subtitle='Hui Oranga Whānau – Information Sharing Protocol', org=o, meeting_fn=m_whanau, purposes=_wp,
    heading='boldnum', gloss='none', v=1, sig='table', glossary='end',
    agencies=[
        A('lead', o['lead'], 'Kaiārahi Whānau Ora, as kaihautū', 'Manaia Kerehoma',
          'Kaiwhakahaere Matua (General Manager)', '1 June 2026', lead=True),
        A('ot', 'Oranga Tamariki—Ministry for Children', 'Senior Social Worker', 'Mere Hape', 'Site Manager',
          '3 June 2026'),
        A('police', 'New Zealand Police', 'Family Harm Coordinator', 'Jason Parata', 'Inspector, Area Commander',
          '5 June 2026'),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Whānau Ora Navigator, Primary and Community',
          'Priya Nair', 'Group Manager, Primary and Community', '9 June 2026'),
        A('msd', 'Ministry of Social Development', 'Work Broker', 'Thomas Rāwhiti', 'Regional Commissioner',
          '10 June 2026'),
        A('ko', 'Kāinga Ora – Homes and Communities', 'Tenancy Manager', 'Anna Berkeley', 'Area Manager',
          '16 June 2026')],
    breach=dict(role='Kaitiaki Matatapu (Privacy Officer)', agency=o['lead'],
                email='matatapu@tuawhiorangi.iwi.nz', phone='06 835 2217'),
    review=dict(months=24), created=D(2026, 5, 18), modified=D(2026, 6, 17),
    overrides={},
    glossary_extra=['tamariki', 'kura'],
))
SPECS[-1]['overrides']['legal-authority'] = sec_legal(SPECS[-1], drop_rows=(6,))

# ---- ISP703: housing hui, MSD attends but has no signature block ---------------------------------------
o = org('Ngāi Tamahaere', 'Kāhui Whare o Tamahaere', 'Kāhui Whare', 'Kāhui Whare', 'Hinewai Pōtae',
        'the Tamahaere rohe', 'the Kāhui Whare office, 90 Commerce Street')
SPECS.append(make(
    file='defect-isp703-kahui-whare-housing-msd-unsigned.docx', kind='defect',
    expect=[{'rule': 'ISP703', 'data': {'agency': 'Te Manatū Whakahiato Ora – Ministry of Social Development'}}],
    note='Iwi housing hui: the Ministry of Social Development is listed under Ko wai mātou and shares housing '
         'register information, but the Te hainatanga signature blocks stop at four agencies.',
    subtitle='Te Kāhui Whare – Housing Hui Information Sharing Protocol', org=o, meeting_fn=m_housing,
    glossmap=GLOSS_B, v=2, sig='blocks', glossary='start',
    agencies=[
        A('lead', o['lead'], 'Kaiwhakahaere Whare (Housing Manager), as kaihautū', 'Huia Rangiwai',
          'Tumu Whakarae (Chief Executive)', '7 September 2026', lead=True, rm='Tumu Whakarae (Chief Executive)'),
        A('ko', 'Kāinga Ora – Homes and Communities', 'Senior Placement Coordinator', 'Simon Clarke',
          'Area Manager', '9 September 2026', rm='Regional Director'),
        A('msd', 'Te Manatū Whakahiato Ora – Ministry of Social Development', 'Housing Broker', '', '', '',
          unsigned=True, rm='Regional Housing Manager'),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Healthy Homes Coordinator', 'Dr Michael Tan',
          'Service Manager, Public Health', '14 September 2026', rm='Public Health Manager'),
        A('ot', 'Oranga Tamariki—Ministry for Children', 'Social Worker', 'Hemi Ruatapu', 'Site Manager',
          '15 September 2026', rm='Practice Leader')],
    breach=dict(role='Kaitiaki Matatapu (Privacy Officer)', agency=o['lead'], email='privacy@kahuiwhare.org.nz',
                phone='07 576 3318'),
    review=dict(months=12), created=D(2026, 8, 24), modified=D(2026, 9, 16),
    glossary_extra=['tamariki', 'rohe'],
))

# ---- ISP702: mental health hui, Police signature block has no role --------------------------------------
o = org('Ngāti Kōpūtai', 'Te Puna Hinengaro o Kōpūtai', 'Te Puna Hinengaro', 'Te Puna Hinengaro',
        'Awhina Te Rangiwai', 'the Kōpūtai rohe', 'Te Puna Hinengaro, 18 Harbour View Road')
SPECS.append(make(
    file='defect-isp702-kahui-hinengaro-police-role-blank.docx', kind='defect',
    expect=[{'rule': 'ISP702', 'data': {'agency': 'Ngā Pirihimana o Aotearoa – New Zealand Police',
                                        'missing': ['role']}}],
    note='Kaupapa Māori mental health hui with bold numbered headings and bracketed gloss; the Police signature '
         'block has the signatory\'s name and date but the Tūranga | Role line is left as a blank rule.',
    subtitle='Te Kāhui Hinengaro – Information Sharing Protocol', org=o, meeting_fn=m_mental,
    heading='boldnum', gloss='bracket', classification='SENSITIVE', header_mark='SENSITIVE', sig='blocks',
    glossary='end',
    agencies=[
        A('lead', o['lead'], 'Pou Whakahaere Haumanu (Clinical Lead), as kaihautū', 'Moana Herewini',
          'Tumu Whakarae (Chief Executive)', '6 July 2026', lead=True),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Community Mental Health Team Leader', 'Kahurangi Waaka',
          'Manager, Mental Health and Addiction Services', '8 July 2026'),
        A('police', 'Ngā Pirihimana o Aotearoa – New Zealand Police', 'Mental Health Liaison Officer',
          'Wiremu Rēweti', '____________________', '10 July 2026'),
        A('msd', 'Ministry of Social Development', 'Health and Disability Case Manager', 'Mele Tupou',
          'Regional Commissioner', '14 July 2026'),
        A('ko', 'Kāinga Ora – Homes and Communities', 'Sustaining Tenancies Coordinator', 'Simon Clarke',
          'Area Manager', '15 July 2026')],
    breach=dict(role='Kaitiaki Matatapu (Privacy Officer)', agency=o['lead'],
                email='matatapu@punahinengaro.org.nz', phone='09 401 3346'),
    review=dict(months=12), created=D(2026, 6, 22), modified=D(2026, 7, 16),
    glossary_extra=['tāngata whaiora'],
))

# ---- ISP451: rangatahi panel, no statement about agency-approved devices --------------------------------
o = org('Ngāti Tūāwhiorangi', 'Te Rūnanga o Ngāti Tūāwhiorangi – Te Pae Rangatahi', 'the Rūnanga', 'Te Rūnanga',
        'Manaia Kerehoma', 'the Tūāwhiorangi rohe', 'Te Rūnanga boardroom, 41 Main Road')
SPECS.append(make(
    file='defect-isp451-te-pae-rangatahi-no-approved-devices.docx', kind='defect',
    expect=[{'rule': 'ISP451', 'data': {'control': 'approved-devices'}}],
    note='Rangatahi panel with Heading 1 te reo headings, English gloss under some; Ngā tikanga haumaru lists '
         'five controls but says nothing about sharing only from agency-approved devices, and the method section '
         'is silent on devices too.',
    subtitle='Te Pae Rangatahi – Information Sharing Protocol', org=o, meeting_fn=m_rangatahi,
    gloss='mixed', gloss_keys={'meeting-purpose', 'legal-authority', 'transparency', 'security-controls',
                               'retention-disposal', 'review', 'approval'},
    v=2, omit_controls={'approved-devices'}, sig='table', glossary='end',
    agencies=[
        A('lead', o['lead'], 'Kaiārahi Rangatahi, as kaihautū', 'Manaia Kerehoma', 'Tumu Whakarae (Chief Executive)',
          '13 October 2025', lead=True, rm='Kaiwhakahaere Matua (General Manager)'),
        A('police', 'New Zealand Police', 'Youth Aid Officer', 'Jason Parata', 'Sergeant, Youth Aid Supervisor',
          '15 October 2025', rm='Area Prevention Manager'),
        A('ot', 'Oranga Tamariki—Ministry for Children', 'Youth Justice Social Worker', 'Mere Hape',
          'Youth Justice Manager', '20 October 2025', rm='Youth Justice Manager'),
        A('moe', 'Te Tāhuhu o te Mātauranga – Ministry of Education', 'Learning Support Facilitator',
          'Catherine Doyle', 'Director of Education', '22 October 2025', rm='Manager, Learning Support'),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Youth Alcohol and Drug Clinician', 'Priya Nair',
          'Service Manager, Youth Health', '27 October 2025', rm='Service Manager, Youth Health')],
    breach=dict(role='Kaitiaki Matatapu (Privacy Officer)', agency=o['lead'],
                email='matatapu@tuawhiorangi.iwi.nz', phone='06 835 2217'),
    review=dict(months=24), created=D(2025, 9, 29), modified=D(2025, 10, 28),
    glossary_extra=['rangatahi', 'kura'],
))

# ---- ISP501: kaumātua hui, breach section has obligations and the Commissioner's number only ------------
o = org('Ngāti Manawaroa', 'Te Rūnanga o Ngāti Manawaroa – Ratonga Kaumātua', 'the Rūnanga', 'Te Rūnanga',
        'Ripeka Tautahi', 'the Manawaroa rohe', 'Te Whare Oranga, 14 Kōwhai Street, Manawaroa')
SPECS.append(make(
    file='defect-isp501-kahui-kaumatua-no-breach-contact.docx', kind='defect',
    expect=[{'rule': 'ISP501'}],
    note='Kaumātua hui with bold numbered headings and italic gloss; Ngā takahanga says what to do after a breach '
         'and gives the Privacy Commissioner\'s 0800 number, but names no designated breach contact with an agency '
         'and email or phone.',
    subtitle='Te Kāhui Tiaki Kaumātua – Information Sharing Protocol', org=o, meeting_fn=m_kaumatua,
    heading='boldnum', gloss='italic', glossmap=GLOSS_B, v=1, sig='table', glossary='start',
    agencies=[
        A('lead', o['lead'], 'Kaitiaki Kaumātua, as kaihautū', 'Hōhepa Te Whata', 'Tumu Whakarae (Chief Executive)',
          '2 March 2026', lead=True),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Needs Assessment Coordinator', 'Fiona McKenzie',
          'Operations Manager, Older Adults', '4 March 2026'),
        A('police', 'New Zealand Police', 'Family Harm Coordinator', 'Ben Walker', 'Senior Sergeant, Family Harm',
          '4 March 2026'),
        A('msd', 'Ministry of Social Development', 'Senior Services Case Manager', 'Pania Hetaraka',
          'Regional Commissioner', '10 March 2026'),
        A('ngo', 'Te Pou Tautoko Kaumātua', 'Elder Abuse Response Coordinator', 'Marama Kīngi',
          'Kaiwhakahaere Matua (General Manager)', '12 March 2026')],
    breach=None,
    review=dict(months=12), created=D(2026, 2, 16), modified=D(2026, 3, 13),
    glossary_extra=['kaumātua', 'mana'],
    overrides={'breach-management': [
        ('p', 'The agencies take privacy and security breaches seriously. A breach includes information from the '
              'hui sent to the wrong person, lost, looked at without a reason, or used outside the purposes of '
              'this kawa.'),
        ('ul', ['A representative who finds or suspects a breach tells their own agency\'s privacy officer straight '
                'away, and lets the kaihautū know at or before the next hui.',
                'Each agency manages a breach of its own information under its own privacy breach policy.',
                'The agencies whose information is involved agree together what is said to the kaumātua and '
                'whānau affected, and who says it.',
                'Notifiable privacy breaches are reported to the Office of the Privacy Commissioner (0800 803 909) '
                'by the agency responsible.'])]},
))

# ---- ISP602: reintegration hui (form table), reviewed every three years ----------------------------------
o = org('Te Aitanga-a-Rongomai', 'Te Aitanga-a-Rongomai Trust – Te Ara Hou', 'Te Ara Hou', 'Te Ara Hou',
        'Tame Haereroa', 'the Rongomai rohe', 'the Te Ara Hou whare, 2 Rewarewa Lane')
SPECS.append(make(
    file='defect-isp602-te-ara-hou-reintegration-three-yearly-review.docx', kind='defect',
    expect=[{'rule': 'ISP602', 'data': {'months': 36}}],
    note='Reintegration hui in a form table; the Te arotake row says the kawa is reviewed "ia toru tau" / every '
         'three years after the last signature (36 months).',
    subtitle='Te Ara Hou – Reintegration Hui Information Sharing Protocol', org=o, meeting_fn=m_reint,
    heading='table', numbered=False, glossmap=GLOSS_B, v=1, sig='grid', glossary='end',
    agencies=[
        A('lead', o['lead'], 'Kaiārahi Ara Hou, as kaihautū', 'Wairua Tūtaki', 'Tumu Whakarae (Chief Executive)',
          '7 April 2026', lead=True),
        A('corrections', 'Ara Poutama Aotearoa – Department of Corrections', 'Probation Officer', 'Rachel Ngaio',
          'District Manager, Community Corrections', '9 April 2026'),
        A('police', 'New Zealand Police', 'Prevention Sergeant', 'Ben Walker', 'Senior Sergeant, Prevention',
          '14 April 2026'),
        A('ko', 'Kāinga Ora – Homes and Communities', 'Placement Coordinator', 'Anna Berkeley', 'Area Manager',
          '16 April 2026'),
        A('msd', 'Ministry of Social Development', 'Reintegration Case Manager', 'Losa Fa\'alogo',
          'Service Centre Manager', '21 April 2026')],
    breach=dict(role='Kaiārahi Mana Raraunga (Information Governance Lead)', agency=o['lead'],
                email='raraunga@rongomai.iwi.nz', phone='06 868 4471'),
    review=dict(months=36, blocks=[
        ('p', 'Ka arotakehia tēnei kawa ia toru tau i muri i te hainatanga whakamutunga. This kawa is reviewed '
              'every three years after the last signature, by Te Aitanga-a-Rongomai Trust – Te Ara Hou as lead '
              'agency.'),
        ('p', 'The review checks that the sharing is still needed, whether the purposes or uses have changed, the '
              'quality of information shared, and whether it is still shared securely.'),
        ('p', 'Any attending agency may ask for an earlier review if an issue with the sharing arises.')]),
    created=D(2026, 3, 23), modified=D(2026, 4, 22),
    glossary_extra=['rohe'],
))

# ---- ISP604: kura attendance hui, annual review fell due 30 June 2025 -----------------------------------
o = org('Ngāti Kōpūtai', 'Te Rūnanga o Ngāti Kōpūtai – Ratonga Haere ki te Kura', 'the Rūnanga', 'Te Rūnanga',
        'Awhina Te Rangiwai', 'the Kōpūtai rohe', 'the Rūnanga office, 7 Wharf Road')
SPECS.append(make(
    file='defect-isp604-hui-haere-ki-te-kura-review-overdue.docx', kind='defect',
    expect=[{'rule': 'ISP604', 'data': {'due': '2025-06-30'}}],
    note='School attendance hui signed in June 2024 with an annual review; Te arotake gives the next review as '
         '30 June 2025, which has passed by 24 November 2026.',
    subtitle='Te Hui Haere ki te Kura – School Attendance Hui Information Sharing Protocol', org=o,
    meeting_fn=m_attend, gloss='bracket', v=0, sig='table', glossary='start',
    agencies=[
        A('lead', o['lead'], 'Kaitohutohu Haere ki te Kura (Attendance Adviser), as kaihautū', 'Te Ariki Morehu',
          'Tumu Whakarae (Chief Executive)', '17 June 2024', lead=True),
        A('moe', 'Te Tāhuhu o te Mātauranga – Ministry of Education', 'Senior Adviser, Attendance',
          'Catherine Doyle', 'Director of Education', '20 June 2024'),
        A('kura', 'Te Kura Kaupapa Māori o Kōpūtai', 'Tumuaki tuarua (Deputy Principal)', 'Rāhera Tipoki',
          'Tumuaki (Principal)', '24 June 2024'),
        A('ot', 'Oranga Tamariki—Ministry for Children', 'Social Worker in Schools', 'Kiri Pōmare', 'Site Manager',
          '24 June 2024'),
        A('msd', 'Ministry of Social Development', 'Community Connector', 'Mele Tupou', 'Regional Commissioner',
          '30 June 2024')],
    breach=dict(role='Kaitiaki Matatapu (Privacy Officer)', agency=o['lead'], email='matatapu@koputai.iwi.nz',
                phone='09 401 7780'),
    review=dict(months=12, next='30 June 2025'), created=D(2024, 6, 3), modified=D(2024, 7, 1),
    glossary_extra=['kura', 'tamariki'],
))

# ---- ISP402: whānau hui classified UNCLASSIFIED -------------------------------------------------------
o = org('Ngāi Tamahaere', 'Te Rūnanga o Ngāi Tamahaere – Ngā Ratonga Toko i te Ora', 'the Rūnanga', 'Te Rūnanga',
        'Hinewai Pōtae', 'the Tamahaere rohe', 'the Rūnanga wharekai, 3 Rātā Road')
SPECS.append(make(
    file='defect-isp402-hui-oranga-whanau-unclassified.docx', kind='defect',
    expect=[{'rule': 'ISP402', 'data': {'classification': 'UNCLASSIFIED'}}],
    note='Whānau wellbeing hui with bold unnumbered headings; Te whakarōpūtanga states the information shared is '
         'UNCLASSIFIED, reasoning that whānau already know most of it; no header marking.',
    subtitle='Hui Oranga Whānau – Information Sharing Protocol', org=o, meeting_fn=m_whanau,
    heading='bold', gloss='mixed', gloss_keys={'attending-agencies', 'information-shared', 'security-classification',
                                               'tikanga', 'breach-management', 'approval'},
    gloss_style='bracket', v=2, header_mark=None, sig='blocks', glossary='end', colour='2E4A2E',
    classification='UNCLASSIFIED',
    classification_blocks=[
        ('p', 'Whakarōpūtanga (classification): UNCLASSIFIED'),
        ('p', 'The rōpū talked this through when the hui was set up and agreed on UNCLASSIFIED. Most of what is '
              'shared is already known to the whānau and the kaimahi working with them, and a protective marking '
              'would make it harder for the kura and community providers to take part. Representatives still '
              'treat whānau information with care and apply the security controls below.')],
    agencies=[
        A('lead', o['lead'], 'Kaiwhakahaere Toko i te Ora, as kaihautū', 'Tāwhiri Mātene',
          'Tumu Whakarae (Chief Executive)', '2 March 2026', lead=True, rm='Kaiwhakahaere Matua (General Manager)'),
        A('ot', 'Oranga Tamariki—Ministry for Children', 'Supervisor', 'Hemi Ruatapu', 'Site Manager',
          '5 March 2026', rm='Practice Leader'),
        A('police', 'New Zealand Police', 'Family Harm Coordinator', 'Sarah Boyce', 'Inspector, Area Commander',
          '5 March 2026', rm='Area Prevention Manager'),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Whānau Ora Navigator', 'Dr Michael Tan',
          'Service Manager, Primary and Community', '9 March 2026', rm='Service Manager, Primary and Community'),
        A('msd', 'Ministry of Social Development', 'Integrated Services Case Manager', 'David Liu',
          'Regional Commissioner', '11 March 2026', rm='Regional Partnerships Manager'),
        A('kura', 'Te Kura o Tamahaere', 'Deputy Principal', 'Julie Cartwright', 'Principal', '12 March 2026',
          rm='Principal')],
    breach=dict(role='Kaitiaki Matatapu (Privacy Officer)', agency=o['lead'], email='matatapu@tamahaere.iwi.nz',
                phone='07 576 2240'),
    review=dict(months=12), created=D(2026, 2, 16), modified=D(2026, 3, 13),
    glossary_extra=['tamariki', 'kura'],
))

# ---- ISP305: family harm hui, the kawa says it authorises the sharing -----------------------------------
o = org('Te Aitanga-a-Rongomai', 'Te Whare Rokiroki o Rongomai', 'Te Whare Rokiroki', 'Te Whare Rokiroki',
        'Tame Haereroa', 'the Rongomai rohe', 'Te Whare Rokiroki, 11 Kahikatea Street')
SPECS.append(make(
    file='defect-isp305-hui-whakahaumaru-kawa-claims-authority.docx', kind='defect',
    expect=[{'rule': 'ISP305', 'data_contains': {'text': 'authorises the attending agencies'}}],
    note='Family harm hui led by a kaupapa Māori refuge; Te mana ā-ture opens by saying the kawa authorises the '
         'attending agencies to share personal information, then lists the Acts against each purpose.',
    subtitle='Te Hui Whakahaumaru Whānau – Information Sharing Protocol', org=o, meeting_fn=m_fv,
    glossmap=GLOSS_B, v=1, sig='table', glossary='start',
    agencies=[
        A('lead', o['lead'], 'Kaiārahi Haumaru, as kaihautū', 'Marama Kīngi', 'Kaiwhakahaere Matua (General Manager)',
          '5 October 2026', lead=True),
        A('police', 'New Zealand Police', 'Family Harm Sergeant', 'Ben Walker', 'Inspector, Area Commander',
          '7 October 2026'),
        A('ot', 'Oranga Tamariki—Ministry for Children', 'Intake Social Worker', 'Kiri Pōmare', 'Site Manager',
          '7 October 2026'),
        A('corrections', 'Ara Poutama Aotearoa – Department of Corrections', 'Probation Officer', 'Rachel Ngaio',
          'District Manager, Community Corrections', '12 October 2026'),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Family Violence Intervention Coordinator',
          'Fiona McKenzie', 'Operations Manager, Women\'s Health', '14 October 2026'),
        A('msd', 'Ministry of Social Development', 'Family Violence Case Manager', 'Losa Fa\'alogo',
          'Service Centre Manager', '15 October 2026'),
        A('ko', 'Kāinga Ora – Homes and Communities', 'Tenancy Manager', 'Anna Berkeley', 'Area Manager',
          '19 October 2026')],
    breach=dict(role='Kaitiaki Matatapu (Privacy Officer)', agency=o['lead'], email='matatapu@rokiroki.org.nz',
                phone='06 868 5512'),
    review=dict(months=12), created=D(2026, 9, 21), modified=D(2026, 10, 20),
    glossary_extra=['tamariki', 'pēpi'],
    overrides={},
))
_s = SPECS[-1]
_legal = sec_legal(_s)
_s['overrides']['legal-authority'] = [
    ('p', 'Ko tēnei kawa te tūāpapa o te tuari mōhiohio i te hui.'),
    ('p', 'This kawa authorises the attending agencies to share personal information about whānau discussed at the '
          'hui, for the purposes and within the limits it sets out. The legislation each agency also relies on is '
          'listed against each purpose below.')] + _legal[1:]

# ---------------------------------------------------------------------------
# Legacy and trap protocols
# ---------------------------------------------------------------------------

# ---- legacy: the 2019 whānau hui kawa, never reviewed ---------------------------------------------------
o = org('Ngāti Manawaroa', 'Te Rūnanga o Ngāti Manawaroa – Ngā Ratonga Whānau', 'the Rūnanga', 'Te Rūnanga',
        'Ripeka Tautahi', 'the Manawaroa rohe', 'the Rūnanga office, 14 Kōwhai Street, Manawaroa')
_legacy_purposes = [
    P('Understand whānau needs',
      'To understand the strengths, needs and risks of each whānau referred to the hui.',
      'Privacy Act 1993, principle 11(d) (disclosure authorised by the individual)',
      'Whānau consent form signed at referral.'),
    P('Safety of tamariki',
      'To respond to concerns about the safety or wellbeing of tamariki.',
      'Children, Young Persons, and Their Families Act 1989, ss 15 and 66',
      'Reports of concern, and requests for information from Oranga Tamariki social workers.'),
    P('Family violence',
      'To reduce the risk of family violence to whānau members.',
      'Domestic Violence Act 1995',
      'Information about protection orders and the safety of protected persons.'),
    P('Health information',
      'To share the health information needed for the whānau plan.',
      'Health Information Privacy Code 1994, rule 11',
      'Authorised by the individual, or a serious and imminent threat.')]
SPECS.append(make(
    file='legacy-2019-hui-oranga-whanau-repealed-acts.docx', kind='legacy',
    expect=[
        {'rule': 'ISP303', 'data_contains': {'authority': 'Privacy Act 1993'}},
        {'rule': 'ISP303', 'data_contains': {'authority': 'Children, Young Persons'}},
        {'rule': 'ISP303', 'data_contains': {'authority': 'Domestic Violence Act'}},
        {'rule': 'ISP303', 'data_contains': {'authority': 'Health Information Privacy Code 1994'}},
        {'rule': 'ISP451', 'data': {'control': 'password-protection'}},
        {'rule': 'ISP451', 'data': {'control': 'virtual-meeting'}},
        {'rule': 'ISP602', 'data': {'months': 36}},
        {'rule': 'ISP604', 'data': {'due': '2022-03-12'}},
        {'rule': 'ISP801', 'data_contains': {'text': 'future reference'}}],
    tolerate=['ISP302'],
    note='The 2019 kawa still in use: authorities cite the Privacy Act 1993, the Children, Young Persons, and Their '
         'Families Act 1989, the Domestic Violence Act 1995 and the HIPC 1994; controls rely on SEEMail with no '
         'password-protected attachments and say nothing about online hui; reviewed every three years from 12 March '
         '2019 (overdue since 12 March 2022); agencies may keep hui notes for future reference.',
    title='Kawa Tuari Mōhiohio', subtitle='Hui Oranga Whānau – Information Sharing Protocol (2019)', org=o,
    meeting_fn=m_whanau, purposes=_legacy_purposes, heading='boldnum', gloss='bracket', v=1, sig='blocks',
    glossary='end', doc_control=True, status_text='Final', version='1.0', font='Times New Roman',
    colour='000000',
    agencies=[
        A('lead', o['lead'], 'Whānau Ora Manager (chair)', 'Hōhepa Te Whata', 'Tumu Whakarae (Chief Executive)',
          '4 March 2019', lead=True),
        A('ot', 'Oranga Tamariki—Ministry for Children', 'Supervisor', 'Leanne Moffitt', 'Site Manager',
          '6 March 2019'),
        A('police', 'New Zealand Police', 'Family Violence Coordinator', 'Craig Hollis',
          'Senior Sergeant, Family Violence', '7 March 2019'),
        A('health', 'Manawaroa District Health Board', 'Hospital Social Worker', 'Dr Anahera Wiremu',
          'Director, Māori Health', '11 March 2019'),
        A('msd', 'Ministry of Social Development', 'Case Manager', 'Pania Hetaraka', 'Regional Commissioner',
          '12 March 2019'),
        A('ko', 'Housing New Zealand Corporation', 'Tenancy Manager', 'Mark Feeney', 'Area Manager',
          '12 March 2019')],
    breach=dict(role='Privacy Officer', agency=o['lead'], email='privacy@manawaroa.iwi.nz', phone='07 308 4410'),
    review=dict(months=36, blocks=[
        ('p', 'This protocol will be reviewed every three years by Te Rūnanga o Ngāti Manawaroa – Ngā Ratonga '
              'Whānau as lead agency, or sooner if the law changes.')]),
    created=D(2019, 2, 18), modified=D(2019, 3, 13), drafted='18 February 2019',
    overrides={
        'security-controls': [
            ('p', 'Representatives must:'),
            ('ul', ['have completed their agency\'s privacy training;',
                    'return all papers to the chair at the end of the hui for shredding;',
                    'use only agency-issued computers and phones for hui information;',
                    'not hand papers to representatives of other agencies.']),
            ('p', 'The agenda and minutes are sent by SEEMail or another secure email system.')],
        'retention-disposal': [
            ('ul', ['Information is kept by the agencies that need it for the whānau plan.',
                    'Attending agencies may keep copies of the hui notes on their own files for future reference.',
                    'Te Rūnanga keeps the hui minutes for seven years.'])],
        'breach-management': [
            ('p', 'If information from the hui is lost or sent to the wrong person, contact:'),
            ('t', [['Tūranga (Role)', 'Rōpū (Agency)', 'Īmēra (Email)', 'Waea (Phone)'],
                   ['Privacy Officer', o['lead'], 'privacy@manawaroa.iwi.nz', '07 308 4410']],
             {'widths': [4.0, 5.5, 4.5, 2.5]}),
            ('p', 'The Privacy Officer will work with the agencies involved to contain the breach and decide what '
                  'the whānau should be told.')]},
    glossary_extra=['tamariki'],
))

# ---- trap: hapū māmā hui; deciding text in content controls and tracked changes ------------------------
o = org('Ngāti Tūāwhiorangi', 'Te Rūnanga o Ngāti Tūāwhiorangi – Hauora', 'the Rūnanga', 'Te Rūnanga',
        'Manaia Kerehoma', 'the Tūāwhiorangi rohe', 'the Hauora clinic, 41 Main Road')
SPECS.append(make(
    file='trap-kahui-hapu-mama-content-controls-tracked-changes.docx', kind='trap',
    expect=[{'rule': 'ISP202'}],
    note='Hapū māmā hui otherwise compliant, but circulated for signing with tracked changes: the review period '
         'changed 36→24 months, the authority for purpose 3 exists only as a tracked insertion, and a "for future '
         'reference" sentence is a tracked deletion; the classification is a filled drop-down, the breach contact a '
         'filled text control and the signature dates date pickers.',
    subtitle='Te Kāhui Hapū Māmā – Information Sharing Protocol', org=o, meeting_fn=m_hapu,
    v=0, sig='table_dates_sdt', glossary='start', doc_control=True, status_text='Final for signature',
    rev_author='Manaia Kerehoma', rev_date='2026-04-27T14:05:00Z',
    agencies=[
        A('lead', o['lead'], 'Kaiārahi Hapū Māmā, as kaihautū', 'Tūī Rangihuna', 'Tumu Whakarae (Chief Executive)',
          '4/05/2026', lead=True, iso='2026-05-04'),
        A('health', 'Te Whatu Ora – Health New Zealand', 'Midwife Coordinator, Maternity Services', 'Priya Nair',
          'Director of Midwifery', '6/05/2026', iso='2026-05-06'),
        A('ot', 'Oranga Tamariki—Ministry for Children', 'Intake Social Worker', 'Mere Hape', 'Site Manager',
          '11/05/2026', iso='2026-05-11'),
        A('msd', 'Ministry of Social Development', 'Integrated Services Case Manager', 'Thomas Rāwhiti',
          'Regional Commissioner', '13/05/2026', iso='2026-05-13'),
        A('ko', 'Kāinga Ora – Homes and Communities', 'Tenancy Manager', 'Anna Berkeley', 'Area Manager',
          '18/05/2026', iso='2026-05-18')],
    breach=dict(role='Kaitiaki Matatapu (Privacy Officer)', agency=o['lead'],
                email='matatapu@tuawhiorangi.iwi.nz', phone='06 835 2217'),
    review=dict(months=24), created=D(2026, 4, 13), modified=D(2026, 4, 28),
    glossary_extra=['hapū māmā', 'pēpi'],
    overrides={},
))
_s = SPECS[-1]
_ps = _s['meeting']['purposes']
_s['overrides']['legal-authority'] = [
    ('p', NOT_SELF[0]),
    ('t', [['Take (Purpose)', 'Mana ā-ture (Legal authority)', 'Me whakaū (Check before sharing)'],
           ['1. ' + _ps[0]['short'], _ps[0]['auth'], _ps[0]['crit']],
           ['2. ' + _ps[1]['short'], _ps[1]['auth'], _ps[1]['crit']],
           ['3. ' + _ps[2]['short'], [('rich', [('ins', 'Privacy Act 2020, IPP 11(1)(c)')])], _ps[2]['crit']]],
     {'widths': [4.0, 6.0, 6.5]}),
    ('p', 'If a representative is unsure whether the criteria are met, they do not share until they have checked '
          'with their own privacy or legal team.')]
_s['overrides']['security-classification'] = [
    ('rich', [('t', 'Ko te whakarōpūtanga o ngā mōhiohio ka tuaritia (classification of information shared at the '
                    'hui): '),
              ('drop', 'IN-CONFIDENCE', 'Classification',
               ['Choose an item.', 'UNCLASSIFIED', 'IN-CONFIDENCE', 'SENSITIVE', 'RESTRICTED'])]),
    ('p', 'Each government agency handles the information at this level under the Protective Security '
          'Requirements; the non-government attending agencies have confirmed they can do the same.')]
_br = sec_breach(_s)
_br[1] = ('rich', [('b', 'Kaitiaki takahanga (breach contact): '),
                   ('text', breach_contact_text(_s), 'Breach contact')])
_s['overrides']['breach-management'] = _br
_s['overrides']['retention-disposal'] = sec_retention(_s)[:1] + [
    ('rich', [('t', 'Agencies keep only what they need to carry out an action agreed at the hui. '),
              ('del', 'Copies of the hui notes may also be kept on file for future reference.')])] + sec_retention(_s)[1:]
_s['overrides']['review'] = [
    ('rich', [('t', 'Ka arotakehia tēnei kawa ia '), ('del', '36'), ('ins', '24'),
              ('t', ' marama. This kawa is reviewed every '), ('del', '36'), ('ins', '24'),
              ('t', ' months from the date of the last signature. %s, as lead attending agency, initiates the '
                    'review.' % o['lead'])])] + sec_review(_s)[1:]


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
STYLE = ('Iwi information governance lead: te reo Māori section names first (Ko wai mātou, Te mana ā-ture, '
         'Ngā takahanga ...), English gloss in italics or brackets on the next line in some documents and none in '
         'others; Heading 1 or bold Normal (some numbered, one form table); Te Mana Raraunga principles in the '
         'tikanga section; Ngā kupu | Glossary table; tribal roles (Tumu Whakarae, Kaiwhakahaere Matua) and '
         'bilingual agency names in signature tables or blocks.')


def main():
    truth = {'as_of': '2026-11-24', 'style': STYLE, 'files': {}}
    for s in SPECS:
        build(s)
        truth['files'][s['file']] = {'kind': s['kind'], 'expect': s['expect'], 'tolerate': s['tolerate'],
                                     'note': s['note']}
    with open(os.path.join(OUT, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('built %d documents' % len(SPECS))


if __name__ == '__main__':
    main()
