#!/usr/bin/env python3
"""Build the ministry-policy blind corpus of multi-agency meeting information
sharing protocols, and its truth.json.

House style: a central-government policy-unit document.  Foreword from a
Minister or Deputy Chief Executive, Parts A-D, automatically numbered
multi-level paragraphs (1, 1.1, 1.1.1) defined in numbering.xml and linked to
custom paragraph styles, bold defined terms, footnotes citing legislation,
and an endorsement table at the end.

Run with /work/blind-kit4/.venv/bin/python build.py.  Output is deterministic:
fixed core-property dates and fixed zip entry timestamps.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

OUT = Path(__file__).resolve().parent
AS_OF = "2026-11-24"
NUM_ID = 90
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# --------------------------------------------------------------------------
# Low-level document builder
# --------------------------------------------------------------------------

TOKEN_RE = re.compile(r"(\*\*.+?\*\*|__.+?__|⟦fn:.+?⟧)")


class Builder:
    def __init__(self, spec):
        self.spec = spec
        self.doc = Document()
        self.footnotes: list[str] = []
        self._rev_id = 700
        self._n = [0, 0, 0]
        self._setup_page()
        self._setup_styles()
        self._setup_numbering()
        self._setup_header_footer()
        self._setup_core()

    # ---- setup -----------------------------------------------------------
    def _setup_page(self):
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = Cm(2.5)
        sec.bottom_margin = Cm(2.2)

    def _setup_styles(self):
        st = self.doc.styles
        normal = st["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(10.5)
        normal.paragraph_format.space_after = Pt(6)
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(att), "Arial")
        for name in ("Heading 1", "Heading 2", "Title", "Subtitle"):
            s = st[name]
            s.font.name = "Arial"
            s.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

        # Part headings: outline level 1, based on Heading 1
        part = st.add_style("PU Part Heading", WD_STYLE_TYPE.PARAGRAPH)
        part.base_style = st["Heading 1"]
        part.font.size = Pt(15)
        part.font.bold = True
        part.paragraph_format.space_before = Pt(18)
        part.paragraph_format.space_after = Pt(6)
        part.paragraph_format.keep_with_next = True
        part.element.get_or_add_pPr().get_or_add_outlineLvl().val = 0

        # Numbered section headings: outline level 2, based on Heading 2
        sech = st.add_style("PU Section Heading", WD_STYLE_TYPE.PARAGRAPH)
        sech.base_style = st["Heading 2"]
        sech.font.size = Pt(12)
        sech.font.bold = True
        sech.paragraph_format.space_before = Pt(12)
        sech.paragraph_format.space_after = Pt(4)
        sech.paragraph_format.keep_with_next = True
        self._style_num(sech, 0)
        sech.element.get_or_add_pPr().get_or_add_outlineLvl().val = 1

        para = st.add_style("PU Numbered Para", WD_STYLE_TYPE.PARAGRAPH)
        para.base_style = st["Normal"]
        para.paragraph_format.space_after = Pt(6)
        self._style_num(para, 1)

        sub = st.add_style("PU Numbered Subpara", WD_STYLE_TYPE.PARAGRAPH)
        sub.base_style = st["Normal"]
        sub.paragraph_format.space_after = Pt(4)
        self._style_num(sub, 2)

        body = st.add_style("PU Body", WD_STYLE_TYPE.PARAGRAPH)
        body.base_style = st["Normal"]

        fnt = st.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
        fnt.base_style = st["Normal"]
        fnt.font.size = Pt(8.5)
        fnt.paragraph_format.space_after = Pt(0)
        fnr = st.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
        fnr.font.superscript = True
        self.fn_text_id = fnt.style_id
        self.fn_ref_id = fnr.style_id

        cls = st.add_style("PU Classification", WD_STYLE_TYPE.PARAGRAPH)
        cls.base_style = st["Normal"]
        cls.font.bold = True
        cls.font.size = Pt(9)
        cls.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        cls.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cls.paragraph_format.space_after = Pt(0)

    def _style_num(self, style, ilvl):
        numPr = style.element.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = ilvl
        numPr.get_or_add_numId().val = NUM_ID

    def _setup_numbering(self):
        numbering = self.doc.part.numbering_part.element
        st = self.doc.styles
        ids = [st["PU Section Heading"].style_id, st["PU Numbered Para"].style_id,
               st["PU Numbered Subpara"].style_id]
        lvls = [
            ("%1", 0, 709),
            ("%1.%2", 0, 709),
            ("%1.%2.%3", 709, 851),
        ]
        xml = [f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">',
               '<w:nsid w:val="5A1C0E90"/>', '<w:multiLevelType w:val="multilevel"/>',
               '<w:tmpl w:val="1D2B3C90"/>', '<w:name w:val="PU Legal Numbering"/>']
        for i, (txt, left0, hang) in enumerate(lvls):
            left = left0 + hang
            bold = '<w:rPr><w:b/></w:rPr>' if i == 0 else ''
            xml.append(
                f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                f'<w:pStyle w:val="{ids[i]}"/><w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
                f'<w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>{bold}</w:lvl>')
        for i in range(3, 9):
            xml.append(
                f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>'
                f'<w:lvlText w:val="({"%" + str(i + 1)})"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{1560 + 567 * (i - 2)}" w:hanging="567"/></w:pPr></w:lvl>')
        xml.append('</w:abstractNum>')
        absnum = parse_xml("".join(xml))
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absnum)
        else:
            numbering.append(absnum)
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))

    def _setup_header_footer(self):
        s = self.spec
        sec = self.doc.sections[0]
        sec.different_first_page_header_footer = False
        hp = sec.header.paragraphs[0]
        hp.style = self.doc.styles["PU Classification"]
        hp.add_run(s["header_mark"])
        hp2 = sec.header.add_paragraph()
        hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp2.add_run(s["short_title"])
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = fp.add_run(f"{s['short_title']}  |  Page ")
        r.font.size = Pt(8)
        self._add_field(fp, "PAGE", "1")
        fp2 = sec.footer.add_paragraph()
        fp2.style = self.doc.styles["PU Classification"]
        fp2.add_run(s["footer_mark"])

    def _add_field(self, p, instr, shown):
        for kind in ("begin",):
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr>'
                                  f'<w:fldChar w:fldCharType="{kind}"/></w:r>'))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr>'
                              f'<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr>'
                              f'<w:fldChar w:fldCharType="separate"/></w:r>'))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr>'
                              f'<w:t>{shown}</w:t></w:r>'))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr>'
                              f'<w:fldChar w:fldCharType="end"/></w:r>'))

    def _setup_core(self):
        s = self.spec
        cp = self.doc.core_properties
        cp.title = f"{s['title']}: Information Sharing Protocol"
        cp.subject = "Multi-agency meeting information sharing protocol"
        cp.author = s.get("core_author", "Policy Unit")
        cp.last_modified_by = s.get("core_author", "Policy Unit")
        cp.created = s["core_created"]
        cp.modified = s["core_modified"]
        cp.last_printed = s["core_modified"]
        cp.revision = s.get("core_revision", 4)
        cp.keywords = "information sharing; protocol; " + s["short_title"]
        cp.category = s["header_mark"]
        cp.comments = ""

    # ---- inline text -----------------------------------------------------
    def add_runs(self, p, text, bold=False, size=None):
        for tok in TOKEN_RE.split(text):
            if not tok:
                continue
            if tok.startswith("**") and tok.endswith("**"):
                r = p.add_run(tok[2:-2])
                r.bold = True
                if size:
                    r.font.size = size
            elif tok.startswith("__") and tok.endswith("__"):
                r = p.add_run(tok[2:-2])
                r.italic = True
                r.bold = bold or None
                if size:
                    r.font.size = size
            elif tok.startswith("⟦fn:"):
                self.add_footnote(p, tok[4:-1])
            else:
                r = p.add_run(tok)
                if bold:
                    r.bold = True
                if size:
                    r.font.size = size
        return p

    def add_footnote(self, p, text):
        self.footnotes.append(text)
        fid = len(self.footnotes)
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="{self.fn_ref_id}"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    # ---- block helpers ---------------------------------------------------
    def title_block(self):
        s = self.spec
        p = self.doc.add_paragraph(style="Title")
        p.add_run(s["title"])
        p = self.doc.add_paragraph(style="Subtitle")
        p.add_run(s.get("subtitle", "Information Sharing Protocol"))
        p = self.doc.add_paragraph(style="PU Body")
        self.add_runs(p, s["between_line"])
        if s.get("doc_info"):
            self.table(["", ""], s["doc_info"], widths=[4.5, 11.9], show_header=False,
                       first_col_fill="DCE6F0")
        for extra in s.get("title_extra", []):
            self.add_runs(self.doc.add_paragraph(style="PU Body"), extra)
        self.doc.add_paragraph()

    def plain_heading(self, text, style="PU Part Heading"):
        if self.manual:
            p = self.doc.add_paragraph(style="PU Body")
            p.paragraph_format.space_before = Pt(18)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(text.upper())
            r.bold = True
            r.font.size = Pt(13)
            return p
        p = self.doc.add_paragraph(style=style)
        p.add_run(text)
        return p

    manual = False
    _n = [0, 0, 0]

    def section_heading(self, text):
        if self.manual:
            self._n = [self._n[0] + 1, 0, 0]
            p = self.doc.add_paragraph(style="PU Body")
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(f"{self._n[0]}.\t{text.upper()}")
            r.bold = True
            return p
        p = self.doc.add_paragraph(style="PU Section Heading")
        p.add_run(text)
        return p

    def para(self, text, level=1):
        if self.manual and level in (1, 2):
            p = self.doc.add_paragraph(style="PU Body")
            if level == 1:
                self._n[1] += 1
                self._n[2] = 0
                p.paragraph_format.left_indent = Cm(1.25)
                p.paragraph_format.first_line_indent = Cm(-1.25)
                p.add_run(f"{self._n[0]}.{self._n[1]}\t")
            else:
                self._n[2] += 1
                p.paragraph_format.left_indent = Cm(2.25)
                p.paragraph_format.first_line_indent = Cm(-1.0)
                p.add_run(f"({'abcdefghijklmnop'[self._n[2] - 1]})\t")
            self.add_runs(p, text)
            return p
        style = {0: "PU Body", 1: "PU Numbered Para", 2: "PU Numbered Subpara"}[level]
        p = self.doc.add_paragraph(style=style)
        self.add_runs(p, text)
        return p

    def items(self, items):
        """items: list of strings (level 1), '> ' prefix level 2, '= ' unnumbered,
        or ('table', header, rows[, widths]) tuples, or callables(builder)."""
        for it in items:
            if callable(it):
                it(self)
            elif isinstance(it, tuple) and it[0] == "table":
                widths = it[3] if len(it) > 3 else None
                self.table(it[1], it[2], widths=widths)
            elif it.startswith("> "):
                self.para(it[2:], 2)
            elif it.startswith("= "):
                self.para(it[2:], 0)
            else:
                self.para(it, 1)

    def shade(self, cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
        # keep schema order: shd goes after tcW/gridSpan/vMerge/tcBorders
        anchor = None
        for tag in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"):
            anchor = tcPr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(shd)
        else:
            tcPr.append(shd)

    def table(self, header, rows, widths=None, show_header=True, first_col_fill=None,
              header_fill="1F3A5F"):
        ncols = len(rows[0]) if rows else len(header)
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        if show_header:
            cells = t.add_row().cells
            for i, h in enumerate(header):
                cells[i].text = ""
                p = cells[i].paragraphs[0]
                r = p.add_run(h)
                r.bold = True
                r.font.size = Pt(9.5)
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                self.shade(cells[i], header_fill)
            # repeat header row
            trPr = t.rows[0]._tr.get_or_add_trPr()
            trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        for row in rows:
            cells = t.add_row().cells
            for i, val in enumerate(row):
                p = cells[i].paragraphs[0]
                if callable(val):
                    val(self, p)
                else:
                    self.add_runs(p, val, size=Pt(9.5), bold=(first_col_fill is not None and i == 0))
                if first_col_fill and i == 0:
                    self.shade(cells[i], first_col_fill)
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        self.doc.add_paragraph(style="PU Body").paragraph_format.space_after = Pt(2)
        return t

    # ---- special OOXML ---------------------------------------------------
    def next_rev(self):
        self._rev_id += 1
        return self._rev_id

    def sdt_dropdown(self, p, alias, tag, items, chosen, sdt_id):
        lis = "".join(f'<w:listItem w:displayText="{i}" w:value="{i}"/>' for i in items)
        xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
               f'<w:id w:val="{sdt_id}"/><w:dropDownList w:lastValue="{chosen}">{lis}</w:dropDownList>'
               f'</w:sdtPr><w:sdtContent><w:r><w:rPr><w:b/></w:rPr><w:t>{chosen}</w:t></w:r>'
               f'</w:sdtContent></w:sdt>')
        p._p.append(parse_xml(xml))

    def sdt_text(self, p, alias, tag, text, sdt_id):
        xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
               f'<w:id w:val="{sdt_id}"/><w:text/></w:sdtPr><w:sdtContent><w:r>'
               f'<w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')
        p._p.append(parse_xml(xml))

    def sdt_date(self, p, alias, tag, iso, shown, sdt_id):
        xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
               f'<w:id w:val="{sdt_id}"/><w:date w:fullDate="{iso}T00:00:00Z">'
               f'<w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-NZ"/>'
               f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
               f'</w:sdtPr><w:sdtContent><w:r><w:rPr><w:sz w:val="19"/></w:rPr><w:t>{shown}</w:t></w:r>'
               f'</w:sdtContent></w:sdt>')
        p._p.append(parse_xml(xml))

    def tracked_insert(self, p, text, author, date):
        xml = (f'<w:ins {nsdecls("w")} w:id="{self.next_rev()}" w:author="{author}" '
               f'w:date="{date}"><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>')
        p._p.append(parse_xml(xml))

    # ---- finishing -------------------------------------------------------
    def _write_footnotes_part(self):
        if not self.footnotes:
            return
        parts = [f'<w:footnotes {nsdecls("w")}>',
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
                 'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
                 'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
                 '</w:r></w:p></w:footnote>']
        for i, text in enumerate(self.footnotes, start=1):
            esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
            parts.append(
                f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="{self.fn_text_id}"/></w:pPr>'
                f'<w:r><w:rPr><w:rStyle w:val="{self.fn_ref_id}"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {esc}</w:t></w:r></w:p></w:footnote>')
        parts.append('</w:footnotes>')
        blob = "".join(parts).encode("utf-8")
        blob = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + blob
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        # settings: footnotePr referencing the separators, as Word writes it
        settings = self.doc.settings.element
        fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/>'
                        f'<w:footnote w:id="0"/></w:footnotePr>')
        # insert before w:endnotePr / w:compat / w:rsids etc. (schema order)
        followers = ["w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr",
                     "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
                     "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures",
                     "w:forceUpgrade", "w:captions", "w:readModeInkLockDown", "w:smartTagType",
                     "w14:docId", "w15:chartTrackingRefBased", "w15:docId", "w:decimalSymbol",
                     "w:listSeparator"]
        anchor = None
        for child in settings:
            tag = etree.QName(child).localname
            if any(tag == f.split(":")[1] for f in followers):
                anchor = child
                break
        if anchor is not None:
            anchor.addprevious(fpr)
        else:
            settings.append(fpr)

    def _write_custom_props(self):
        props = self.spec.get("custom_props")
        if not props:
            return
        body = "".join(
            f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name="{k}">'
            f'<vt:lpwstr>{v}</vt:lpwstr></property>'
            for i, (k, v) in enumerate(props.items(), start=2))
        blob = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                f'{body}</Properties>').encode("utf-8")
        part = Part(PackURI("/docProps/custom.xml"),
                    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                    blob, self.doc.part.package)
        self.doc.part.package.relate_to(part, RT.CUSTOM_PROPERTIES)

    def save(self, path: Path):
        self._write_footnotes_part()
        self._write_custom_props()
        buf = io.BytesIO()
        self.doc.save(buf)
        # rewrite zip with fixed timestamps so the build is byte-stable
        src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for info in src.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o600 << 16
                z.writestr(zi, src.read(info.filename))
        path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# House-style protocol renderer
# --------------------------------------------------------------------------

HEADINGS = {
    "intro": "Introduction and interpretation",
    "attending-agencies": "Participating organisations",
    "meeting-purpose": "Objective of the {F}",
    "sharing-purpose": "Rationale for information exchange",
    "information-shared": "Information exchanged",
    "legal-authority": "Statutory basis",
    "use-of-information": "Permitted uses",
    "transparency": "Openness with individuals and whānau",
    "method-of-sharing": "Means of exchange",
    "security-classification": "Protective marking",
    "security-controls": "Handling requirements",
    "tikanga": "Tikanga Māori and Māori data",
    "retention-disposal": "Retention and destruction",
    "breach-management": "Incident response",
    "conflicts-of-interest": "Declarations of interest",
    "relationship-management": "Oversight and relationship management",
    "review": "Assurance and refresh",
    "approval": "Endorsement",
}

PARTS = [
    ("Part A: Context", ["intro", "attending-agencies", "meeting-purpose", "sharing-purpose"]),
    ("Part B: Sharing arrangements", ["information-shared", "legal-authority", "use-of-information",
                                      "transparency", "method-of-sharing"]),
    ("Part C: Safeguards", ["security-classification", "security-controls", "tikanga",
                            "retention-disposal", "breach-management", "conflicts-of-interest"]),
    ("Part D: Governance", ["relationship-management", "review", "approval"]),
]


def section_order(spec):
    order = []
    for _, keys in PARTS:
        for k in keys:
            if k not in spec.get("omit", set()):
                order.append(k)
    return order


def refs_for(spec):
    order = section_order(spec)
    R = {k: str(i) for i, k in enumerate(order, start=1)}
    return R


def purpose_ref(spec, i):
    R = refs_for(spec)
    if spec.get("manual_numbering"):
        return f"{R['sharing-purpose']}.1({'abcdefgh'[i]})"
    return f"{R['sharing-purpose']}.1.{i + 1}"


def fmt(text, spec, R):
    return text.format(F=spec["F"], L=spec["lead"], **{f"S_{k.replace('-', '_')}": v for k, v in R.items()},
                       **spec.get("vars", {}))


def render(spec, path: Path):
    b = Builder(spec)
    b.manual = bool(spec.get("manual_numbering"))
    R = refs_for(spec)
    F = spec["F"]

    def f(t):
        if isinstance(t, str):
            return fmt(t, spec, R)
        if isinstance(t, tuple) and t[0] == "table":
            hdr = [fmt(h, spec, R) for h in t[1]]
            rows = [[fmt(c, spec, R) if isinstance(c, str) else c for c in row] for row in t[2]]
            return ("table", hdr, rows) + tuple(t[3:])
        return t

    b.title_block()

    # Foreword
    fw = spec["foreword"]
    b.plain_heading(fw["heading"])
    for ptxt in fw["paras"]:
        b.para(f(ptxt), 0)
    sp = b.para("", 0)
    sp.paragraph_format.space_before = Pt(12)
    b.add_runs(sp, f"**{fw['name']}**")
    b.para(fw["role"], 0).paragraph_format.space_after = Pt(0)
    b.para(fw["date"], 0)

    for part_title, keys in PARTS:
        keys = [k for k in keys if k not in spec.get("omit", set())]
        b.plain_heading(part_title)
        for k in keys:
            heading = spec.get("headings", {}).get(k, HEADINGS[k])
            b.section_heading(fmt(heading, spec, R))
            content = SECTION_RENDERERS[k](spec, R)
            b.items([f(x) for x in content])
    b.save(path)


# ---- section renderers ---------------------------------------------------

def r_intro(s, R):
    F = s["F"]
    out = list(s["intro"])
    if not s.get("claims_authority"):
        out.append(s.get("not_authority",
                         "This Protocol does not itself authorise any disclosure of personal information, "
                         "and it cannot create or change the law. Every disclosure made at or for the {F} must "
                         "be permitted by legislation. Section {S_legal_authority} records the statutory basis "
                         "relied on for each Exchange Purpose, so that each Representative can confirm that the "
                         "criteria of the relevant provision are met before disclosing information."))
    else:
        out.append(s["claims_authority"])
    out.append("In this Protocol, unless the context requires otherwise:")
    defs = [
        "> **Chair** means the person appointed by the Lead Agency to chair meetings of the {F};",
        "> **Exchange Purpose** means a purpose set out in paragraph {S_sharing_purpose}.1;",
        "> **Lead Agency** means " + s["lead"] + ", which convenes the {F} and is responsible for "
        "developing and implementing this Protocol" + ("" if s.get("trap") else " and initiating its review") + ";",
        "> **Participating Agency** means an agency listed in section {S_attending_agencies} that attends the {F} "
        "and has endorsed this Protocol;",
        "> **Relationship Manager** means the person nominated by a Participating Agency under section "
        "{S_relationship_management};",
        "> **Representative** means a person nominated by a Participating Agency to attend the {F} on its behalf.",
    ]
    out += s.get("extra_defs_before", []) + defs
    out.append("This Protocol is to be read with the privacy, information management and security policies of "
               "each Participating Agency. Where this Protocol sets a higher standard than an agency's own policy, "
               "the higher standard applies to information exchanged through the {F}.")
    return out


def r_agencies(s, R):
    rows = []
    for a in s["agencies"]:
        name = a["name"] + (" (Lead Agency)" if a["name"] == s["lead"] else "")
        rows.append([name, a["role"]])
    out = ["The following agencies are the Participating Agencies. Each attends the {F} and is a signatory to "
           "this Protocol.",
           ("table", ["Participating Agency", "Role at the {F}"], rows, [6.0, 10.4])]
    out.append(s["lead"] + " is the Lead Agency. It convenes the {F}, provides the Chair and secretariat, "
               "and holds the administrative records of the {F}.")
    out += s.get("agencies_after", [
        "An agency that is not a Participating Agency may be invited to attend for a particular item only "
        "where the Chair is satisfied that any disclosure to it is permitted by law. It does not receive the "
        "agenda and leaves the meeting at the end of that item."])
    return out


def r_objective(s, R):
    return list(s["objective"])


def r_rationale(s, R):
    out = ["Information is exchanged through the {F} only for the following purposes (the **Exchange Purposes**):"]
    n = len(s["purposes"])
    for i, (label, text) in enumerate(s["purposes"]):
        end = "; and" if i == n - 2 else (";" if i < n - 1 else ".")
        out.append(f"> **{label}**: {text}{end}")
    out += s.get("rationale_after", [
        "The Exchange Purposes follow from the objective in section {S_meeting_purpose}. A Representative who is "
        "asked to disclose information outside the Exchange Purposes declines, and refers the request to their "
        "agency's privacy officer."])
    return out


def r_info(s, R):
    out = [s.get("info_intro", "Each Participating Agency may disclose the following categories of information, "
                               "so far as they are relevant to an Exchange Purpose for the person being discussed:"),
           ("table", ["Participating Agency", "Information that may be disclosed"], s["info_rows"], [5.0, 11.4])]
    out += s.get("info_after", [
        "A Representative discloses only as much information as is necessary for the Exchange Purpose "
        "concerned, and says when information is unverified, out of date, or subject to a restriction on its "
        "further use.",
        "Information that is not listed above is not disclosed unless the Chair and the disclosing "
        "Representative are satisfied that it is necessary for an Exchange Purpose and that a statutory basis "
        "in section {S_legal_authority} applies to it."])
    return out


def r_authority(s, R):
    rows = []
    for idxs, auth, cond in s["authority_rows"]:
        labels = " and ".join(f"{purpose_ref(s, i)} {s['purposes'][i][0]}" for i in idxs)
        rows.append([labels, auth, cond])
    out = [s.get("authority_intro",
                 "The table below records the statutory basis relied on for each Exchange Purpose. The Protocol "
                 "does not add to or vary those provisions, and a Representative must be satisfied that the "
                 "conditions of the provision are met before any disclosure is made."),
           ("table", ["Exchange Purpose", "Statutory basis", "Conditions and notes"], rows, [4.2, 5.4, 6.8])]
    out += s.get("authority_after", [
        "Where more than one provision is listed for an Exchange Purpose, the Representative relies on the "
        "provision that fits the circumstances of the disclosure, and the receiving agency records it as "
        "described in paragraph {S_use_of_information}.2.",
        "A Representative who is unsure whether a provision applies seeks advice from their agency's privacy "
        "or legal team before disclosing."])
    return out


def r_use(s, R):
    out = [
        "Information received through the {F} may be used only for the Exchange Purpose for which it was "
        "disclosed, and only in a way consistent with the statutory basis relied on for that disclosure.",
        "A Participating Agency does not enter information received through the {F} into its own records or "
        "business systems unless it needs the information to carry out an action agreed at the {F}. Where it "
        "does so, the record notes:",
        "> the agency that supplied the information;",
        "> the statutory basis on which it was disclosed;",
        "> the Exchange Purpose for which it was disclosed;",
        "> any restriction on its further use; and",
        "> the date on which it was disclosed.",
    ]
    out += s.get("use_after", [])
    out.append("A Participating Agency that wishes to use information received through the {F} for any other "
               "purpose first assesses, with its privacy or legal team, whether that secondary use has its own "
               "lawful basis. The agency that supplied the information is consulted before any such use.")
    return out


def r_transparency(s, R):
    return list(s["transparency"])


def r_method(s, R):
    return list(s["method"])


def r_class(s, R):
    return list(s.get("classification_paras") or [
        "Information exchanged under this Protocol is classified **" + s["classification"] + "**.⟦fn:New Zealand "
        "Government Security Classification System, Protective Security Requirements.⟧ Agendas, action records "
        "and emails that contain personal information carry that marking.",
        "Each Participating Agency handles the information in accordance with the Protective Security "
        "Requirements for that classification. The non-government Participating Agencies have confirmed that "
        "they are able to receive and handle information at that classification, and the Lead Agency has "
        "briefed their Representatives on the handling rules.",
    ])


CONTROL_TEXT = {
    "training": [
        "each Representative has completed their agency's privacy and information security training before "
        "first attending the {F}, together with any training required to use {system}",
        "every Representative has completed privacy and information security training, including their own "
        "agency's modules, before taking part in a meeting",
    ],
    "hardcopy-destruction": [
        "any printed material used at a meeting is collected by the Chair when the meeting closes and is "
        "securely destroyed by shredding or in a locked secure-destruction bin",
        "hard copy information taken into a meeting is kept secure throughout and is securely destroyed at "
        "the end of the meeting",
    ],
    "password-protection": [
        "personal information sent by email is sent only in a password-protected attachment, with the "
        "password supplied separately by telephone or text message",
        "email attachments that contain personal information are protected by a password, which is never "
        "sent in the same email",
    ],
    "approved-devices": [
        "information is accessed, sent and received only on devices issued or approved by the "
        "Representative's own agency, and never on personal phones or home computers",
        "Representatives share and view information only from agency-approved devices",
    ],
    "virtual-meeting": [
        "when a meeting is held wholly or partly by video conference, no one puts personal information in the "
        "chat function, records the meeting or takes screenshots of shared screens, and each Representative "
        "joins from a place where they cannot be overheard",
        "in virtual meetings the chat function is not used for personal information, the meeting is not "
        "recorded, and no screenshots are taken",
    ],
    "hardcopy-distribution": [
        "Representatives do not give printed material to Representatives of other Participating Agencies",
        "hard copies of information are not handed to, or left with, other Representatives",
    ],
}
CONTROL_ORDER = ["training", "hardcopy-destruction", "password-protection", "approved-devices",
                 "virtual-meeting", "hardcopy-distribution"]


def r_controls(s, R):
    variant = s.get("control_variant", 0)
    overrides = s.get("control_override", {})
    texts = []
    for k in CONTROL_ORDER:
        if k in overrides:
            if overrides[k] is None:
                continue
            texts.append(overrides[k])
        else:
            texts.append(CONTROL_TEXT[k][variant].replace("{system}", s.get("system", "the {F}'s systems")))
    out = ["In addition to the Protective Security Requirements for information at the classification in "
           "section {S_security_classification}, each Participating Agency ensures that:"]
    for i, t in enumerate(texts):
        end = "; and" if i == len(texts) - 2 else (";" if i < len(texts) - 1 else ".")
        out.append("> " + t + end)
    out += s.get("controls_after", [
        "The Chair may agree further handling requirements for a particular case, for example where the "
        "information concerns a person at risk of serious harm. Any such requirement is recorded in the action "
        "record for that case."])
    return out


def r_tikanga(s, R):
    return list(s["tikanga"])


def r_retention(s, R):
    out = [
        "A Participating Agency retains information received through the {F} only where it needs the "
        "information to carry out an action agreed at the {F} or otherwise to fulfil an Exchange Purpose.",
        "Retained information is stored in the agency's approved business system and recorded as described in "
        "paragraph {S_use_of_information}.2. Once the information is stored there, any copy received by email "
        "is deleted, including from deleted-items folders.",
    ]
    out += s.get("retention_extra", [])
    if s.get("retention_override") is not None:
        return list(s["retention_override"])
    out += [
        "Information is held only for as long as it is required for the Exchange Purpose, and is then disposed "
        "of under the agency's disposal authority.⟦fn:Public Records Act 2005, ss 17 and 18. Non-government "
        "Participating Agencies apply their own retention policies, consistent with information privacy "
        "principle 9 (Privacy Act 2020, s 22).⟧",
        "The Lead Agency keeps the agendas, minutes and action records of the {F} in its records system. "
        "Minutes record decisions and agreed actions rather than the information disclosed, and access to "
        "them is limited to the Chair and the secretariat.",
    ]
    return out


def r_breach(s, R):
    if s.get("breach_override") is not None:
        return list(s["breach_override"])
    bc = s["breach_contact"]
    return [
        "A **Privacy Incident** is any loss of, or unauthorised access to, use, disclosure, alteration or "
        "destruction of, information exchanged through the {F}. It includes a near miss, such as an email "
        "addressed to the wrong recipient but recalled before it was opened.",
        "A Representative who becomes aware of a Privacy Incident tells their own agency's privacy officer and "
        "the Breach Contact straight away, and in any event within 24 hours.",
        bc,
        "The Breach Contact coordinates the response of the Participating Agencies involved. Those agencies "
        "work together to contain the incident, recover the information where they can, assess the likely "
        "harm, and agree what the people affected will be told, when, and by whom.",
        "The agency that held the information when the incident occurred assesses whether it is a notifiable "
        "privacy breach and, if it is, notifies the Privacy Commissioner and the affected people as the Privacy "
        "Act 2020 requires.⟦fn:Privacy Act 2020, ss 114 and 115.⟧ The other Participating Agencies give it "
        "any help it needs.",
        "The Breach Contact reports each Privacy Incident, and what was learned from it, to the next meeting "
        "of the Relationship Managers.",
    ]


def r_conflicts(s, R):
    return [
        "A Representative has a conflict of interest where they know, or are related to, a person to be "
        "discussed, or have any other personal connection that may affect, or appear to affect, their "
        "impartiality.",
        "A Representative who has, or may have, a conflict of interest:",
        "> tells the Chair as soon as they become aware of it, and if possible before the meeting;",
        "> refers any request for information about that person to a colleague in their agency to action; and",
        "> leaves the meeting while that person is discussed.",
        "The Chair records the declaration, but not its details, in the minutes. Where the Chair has a "
        "conflict, the Lead Agency appoints another person to chair that item.",
    ]


def r_oversight(s, R):
    out = [
        "Each Participating Agency nominates a Relationship Manager. A Relationship Manager need not attend the "
        "{F}, but understands its objective, which agencies attend and what information is exchanged. The "
        "Relationship Managers at the date of endorsement are:",
        ("table", ["Participating Agency", "Relationship Manager"], s["rel_managers"], [6.0, 10.4]),
        "Relationship Managers:",
        "> support their Representative with information-sharing questions, and liaise with their agency's "
        "privacy and legal teams;",
        "> check with their Representative at least every six months that this Protocol is operating as "
        "intended and that the exchange of information has not drifted beyond the Exchange Purposes; and",
        "> work with each other to resolve issues, escalating to the signatories any issue they cannot resolve.",
        "The Relationship Managers meet at least twice a year, convened by the Lead Agency. Each Participating "
        "Agency records this Protocol in its register of information-sharing arrangements.",
    ]
    return out


def r_review(s, R):
    return list(s["review"])


def r_approval(s, R):
    out = list(s.get("endorse_intro", [
        "Each Participating Agency endorses this Protocol by the signature below of a person authorised to "
        "do so, who has received advice from their agency's privacy, legal or information team.",
        "This Protocol takes effect on the date of the last signature. The Lead Agency provides each "
        "Participating Agency with a copy of the signed Protocol.",
    ]))
    cols = s.get("endorse_cols", ["Participating Agency", "Name", "Designation", "Signature", "Date"])
    rows = []
    for sig in s["signatories"]:
        row = []
        for c in cols:
            key = {"Participating Agency": "agency", "Organisation": "agency", "Agency": "agency",
                   "Name": "name", "Signatory": "name", "Designation": "role", "Position": "role",
                   "Title": "role", "Signature": "sig", "Date": "date", "Date signed": "date"}[c]
            v = sig.get(key, "")
            row.append(v)
        rows.append(row)
    widths = s.get("endorse_widths")
    out.append(("table", cols, rows, widths) if widths else ("table", cols, rows))
    out += s.get("endorse_after", [])
    return out


SECTION_RENDERERS = {
    "intro": r_intro,
    "attending-agencies": r_agencies,
    "meeting-purpose": r_objective,
    "sharing-purpose": r_rationale,
    "information-shared": r_info,
    "legal-authority": r_authority,
    "use-of-information": r_use,
    "transparency": r_transparency,
    "method-of-sharing": r_method,
    "security-classification": r_class,
    "security-controls": r_controls,
    "tikanga": r_tikanga,
    "retention-disposal": r_retention,
    "breach-management": r_breach,
    "conflicts-of-interest": r_conflicts,
    "relationship-management": r_oversight,
    "review": r_review,
    "approval": r_approval,
}


# --------------------------------------------------------------------------
# Shared wording helpers
# --------------------------------------------------------------------------

def review_paras(period, owner, first_due, extra=None):
    out = [
        "This Protocol is reviewed " + period + " from the date of the last endorsement in section {S_approval}, "
        "and earlier if the law, the membership of the {F} or the Exchange Purposes change.",
        owner + ", as Lead Agency, is responsible for initiating each review and for coordinating the work of "
        "the other Participating Agencies on it.",
        "Any Participating Agency may ask the Lead Agency for an earlier review at any time, for example after "
        "a Privacy Incident or where it is concerned about the information being exchanged.",
        "A review involves:",
        "> a full read-through of this Protocol by the Relationship Managers;",
        "> confirming with each Participating Agency whether the exchange of information is still needed as "
        "documented, whether the Exchange Purposes or the use of the information have changed materially, and "
        "whether there are any issues with the quality of the information exchanged;",
        "> agreeing and endorsing any amendments; and",
        "> giving each Participating Agency a copy of the updated Protocol, and making sure that its "
        "Representatives understand what has changed.",
    ]
    if first_due:
        out.append("The first review is due by " + first_due + ".")
    return out + (extra or [])


def doc_info(spec):
    rows = [["Document", spec.get("doc_kind", "Multi-agency meeting information sharing protocol")],
            ["Version", spec.get("version", "1.0 (endorsed)")],
            ["Lead Agency", spec["lead"]],
            ["Date of effect", spec["effective"]]]
    if not spec.get("trap"):
        rows.insert(3, ["Protective marking", spec["classification"]])
    if spec.get("next_review"):
        rows.append(["Next review due", spec["next_review"]])
    rows.append(["Document owner", spec["owner_unit"]])
    return rows


def sig(agency, name, role, date, sign="Signed"):
    return {"agency": agency, "name": name, "role": role, "date": date, "sig": sign}


def tikanga_paras(provider, extra_item, maori_context):
    return [
        maori_context + " The Participating Agencies recognise that information about Māori individuals and "
        "whānau is Māori data, that it may be a taonga, and that it is to be handled in a way that upholds the "
        "mana of the people concerned.⟦fn:Te Kāhui Raraunga, Māori Data Governance Model (2023).⟧",
        "The tikanga applied at the {F} was developed with " + provider + " and the Māori advisory teams of "
        "the Participating Agencies. It includes:",
        "> speaking about people and their whānau with care, using their names correctly, and recognising "
        "their strengths as well as the concerns;",
        "> disclosing whakapapa and wider whānau, hapū or iwi connections only where they are relevant to an "
        "Exchange Purpose; and",
        "> " + extra_item,
        "It is not for the Crown agencies to decide what tikanga requires, and the tikanga is not fixed. The "
        "Lead Agency revisits these arrangements with " + provider + " at each review, and earlier if "
        "asked.",
    ]


# --------------------------------------------------------------------------
# Base protocols
# --------------------------------------------------------------------------

def base_fv():
    agencies = [
        ("New Zealand Police", "Convenes and chairs the {F}; presents family violence episodes and relevant "
                               "Police history."),
        ("Oranga Tamariki", "Advises on care and protection history and current involvement with tamariki in "
                            "the household."),
        ("Health New Zealand | Te Whatu Ora", "Advises on relevant health service involvement, including "
                                              "maternity, mental health and addiction services."),
        ("Department of Corrections", "Advises on sentences, orders and conditions being managed in the "
                                      "community."),
        ("Ministry of Social Development", "Advises on income, housing and hardship assistance, and can "
                                           "arrange urgent support."),
        ("Te Whare Whakaruruhau o Te Tai Tokerau", "Kaupapa Māori specialist family violence service; "
                                                   "whānau-centred support and advice on tikanga."),
        ("Ngā Whare Āwhina Women's Refuge", "Specialist family violence service for adult victims; safety "
                                            "planning and advocacy."),
    ]
    return {
        "title": "Te Tai Tokerau Whānau Safety Table",
        "short_title": "Te Tai Tokerau Whānau Safety Table ISP",
        "F": "Safety Table",
        "lead": "New Zealand Police",
        "classification": "SENSITIVE",
        "owner_unit": "Family Harm Prevention, Northland District, New Zealand Police",
        "custom_props": {"Classification": "SENSITIVE"},
        "between_line": "Agreed between New Zealand Police, Oranga Tamariki, Health New Zealand | Te Whatu "
                        "Ora, the Department of Corrections, the Ministry of Social Development, Te Whare "
                        "Whakaruruhau o Te Tai Tokerau and Ngā Whare Āwhina Women's Refuge",
        "foreword": {
            "heading": "Foreword from the Minister",
            "paras": [
                "Family violence does lasting harm to the people who experience it and to the tamariki who grow "
                "up around it. Too often the agencies that could have helped a whānau each held part of the "
                "picture, and no one held all of it.",
                "The Te Tai Tokerau Whānau Safety Table brings those agencies together every working day. Police, "
                "Oranga Tamariki, health, Corrections, the Ministry of Social Development and two specialist "
                "services sit at the same table, look at the risk together, and agree who will do what for each "
                "whānau.",
                "That only works if the people at the table can share what they know quickly and with "
                "confidence, and if the people being discussed can trust that their information is treated with "
                "care. This Protocol sets out how that is done: the purposes for which information is exchanged, "
                "the law each agency relies on, and the safeguards that apply from the moment information is "
                "shared until it is destroyed.",
                "I thank the agencies and their kaimahi for the work that has gone into it, and I commend it to "
                "everyone who takes a seat at the Safety Table.",
            ],
            "name": "Hon Aroha Whitcombe",
            "role": "Minister for the Prevention of Family and Sexual Violence",
            "date": "February 2026",
        },
        "intro": [
            "On each working day the Participating Agencies meet to consider the family violence episodes "
            "reported to Police in the Northland District in the previous 24 hours, together with referrals "
            "from other Participating Agencies. This Protocol records the arrangements they have agreed for the "
            "exchange of personal information at and for those meetings (the **Safety Table**).",
        ],
        "agencies": [{"name": n, "role": r} for n, r in agencies],
        "objective": [
            "The objective of the {F} is to reduce the risk of further family violence to adult victims and "
            "their tamariki, by making sure that every family violence episode reported in the district receives "
            "a timely and coordinated response from the agencies best placed to help.",
            "To meet that objective the {F}:",
            "> triages each episode and referral according to the level of risk;",
            "> assesses the risk for those episodes that need a multi-agency response;",
            "> agrees a safety plan, with a named Participating Agency responsible for each action; and",
            "> reviews progress on the actions agreed for high-risk whānau until the risk has reduced.",
            "The {F} does not make decisions that belong to a single agency, such as a decision to prosecute, to "
            "make a report of concern or to grant assistance. Those decisions remain with the agency concerned "
            "and are made under its own processes.",
        ],
        "purposes": [
            ("Risk assessment", "to assess the nature and level of risk that family violence poses to adult "
                                "victims and to tamariki in the household, following a Police family violence "
                                "episode or a referral from a Participating Agency"),
            ("Safety planning", "to agree a safety plan for each whānau considered and decide which "
                                "Participating Agency will provide each support or intervention"),
            ("Child safety", "to identify and respond to concerns about the safety or wellbeing of a child or "
                             "young person living in the household"),
            ("Serious threat", "to prevent or lessen a serious threat to the life or health of any person that "
                               "becomes known in the course of the work of the {F} and is not covered by the "
                               "purposes above"),
        ],
        "info_rows": [
            ["New Zealand Police", "Details of the family violence episode; relevant Police history of the people "
                                   "involved, including previous episodes, protection orders, bail conditions and "
                                   "firearms licence status; warnings and risk indicators."],
            ["Oranga Tamariki", "Whether tamariki in the household are known to Oranga Tamariki; current "
                                "involvement and the allocated social worker; relevant care and protection "
                                "history."],
            ["Health New Zealand | Te Whatu Ora", "Current involvement of health services relevant to the risk, "
                                                  "including maternity, mental health, addiction and emergency "
                                                  "department presentations. Clinical notes are not disclosed."],
            ["Department of Corrections", "Sentences and orders being served in the community, relevant "
                                          "conditions, and the contact details of the probation officer."],
            ["Ministry of Social Development", "Whether the people involved receive assistance; current address "
                                               "and contact details; urgent housing or hardship assistance that "
                                               "could be arranged."],
            ["Te Whare Whakaruruhau o Te Tai Tokerau", "Current involvement with the whānau; the whānau's views "
                                                       "and needs where the whānau has shared them; cultural "
                                                       "considerations relevant to the safety plan."],
            ["Ngā Whare Āwhina Women's Refuge", "Current involvement with the adult victim; safety concerns "
                                                "raised by the victim; support being provided."],
        ],
        "authority_rows": [
            ([0, 1], "Family Violence Act 2018, ss 20 and 21⟦fn:Family Violence Act 2018, ss 20 and 21. Each "
                     "Participating Agency has confirmed that it is a family violence agency, or that its "
                     "Representative is a social services practitioner, for the purposes of those sections.⟧",
             "The Representative believes that the disclosure may help to ensure that a victim is protected "
             "from family violence, or may help to make or contribute to a family violence risk or needs "
             "assessment, or a decision or action relating to it. A Representative who receives a request "
             "under s 20 considers whether to disclose."),
            ([2], "Oranga Tamariki Act 1989, s 66C⟦fn:Oranga Tamariki Act 1989, s 66C. The terms child welfare "
                  "and protection agency and independent person are defined in s 2(1).⟧",
             "The disclosing agency is a child welfare and protection agency, or its Representative is an "
             "independent person, and the disclosure is for a purpose in s 66C(1), such as preventing or "
             "reducing the risk of harm, ill-treatment, abuse, neglect or deprivation of a child or young person."),
            ([3], "Privacy Act 2020, s 22, IPP 11(1)(f); for health information, Health Information Privacy "
                  "Code 2020, rule 11(2)(d)",
             "The Representative believes on reasonable grounds that the disclosure is necessary to prevent or "
             "lessen a serious threat to public health or safety, or to the life or health of any person. The "
             "reasons are recorded in the action record."),
        ],
        "use_after": [
            "Information that an adult victim has given to Te Whare Whakaruruhau o Te Tai Tokerau or Ngā Whare "
            "Āwhina Women's Refuge about their own safety is never passed to the person alleged to have used "
            "violence.",
        ],
        "transparency": [
            "Police tell adult victims, at the time of the family violence episode or as soon as practicable "
            "afterwards, that information about the episode will be considered by the {F} and why. Te Whare "
            "Whakaruruhau o Te Tai Tokerau and Ngā Whare Āwhina Women's Refuge give the same explanation to the "
            "people they refer.⟦fn:Privacy Act 2020, s 22, information privacy principle 3.⟧",
            "A person alleged to have used violence is not told in advance that the {F} will consider an "
            "episode where telling them could increase the risk to a victim or a child. Where notice is withheld "
            "for that reason, the Participating Agency records the reason and considers again whether notice "
            "can be given once the risk has reduced.",
            "Each Participating Agency's privacy statement describes its participation in the {F}. The Lead "
            "Agency publishes a short description of the {F} and a copy of this Protocol on its website.",
            "People may ask any Participating Agency for access to, or correction of, the information it holds "
            "about them.⟦fn:Privacy Act 2020, s 22, information privacy principles 6 and 7.⟧ A request that "
            "relates to information received from another Participating Agency is handled in consultation with "
            "that agency.",
        ],
        "method": [
            "Information is exchanged through the {F} in the following ways only:",
            "> by 8.30 am on each meeting day, the Lead Agency makes the list of episodes and referrals to be "
            "considered available to Representatives in the Family Safety System;",
            "> Representatives enter relevant information from their agency's records into the Family Safety "
            "System before the meeting, and speak to it at the meeting;",
            "> agreed actions are recorded in the Family Safety System against the whānau and the Participating "
            "Agency responsible; and",
            "> where information has to be sent outside the Family Safety System, it is sent by email between "
            "agency addresses, using SEEMail or another channel on which TLS is enforced.",
            "The {F} meets in person at the Whangārei Police Station. Representatives may join by Microsoft "
            "Teams using their own agency's account.",
            "The Lead Agency gives access to the Family Safety System to named Representatives and their "
            "nominated alternates, and removes it when they stop attending. Access credentials are not shared.",
        ],
        "system": "the Family Safety System",
        "control_variant": 0,
        "tikanga": tikanga_paras(
            "Te Whare Whakaruruhau o Te Tai Tokerau",
            "inviting Te Whare Whakaruruhau o Te Tai Tokerau to lead, or advise on, engagement with whānau who "
            "have asked for a kaupapa Māori response.",
            "Many of the whānau considered by the {F} are Māori."),
        "breach_contact": "The **Breach Contact** for the {F} is the Family Violence Coordinator, Northland "
                          "District, New Zealand Police (currently Senior Sergeant Kahu Wihongi), who can be "
                          "reached at northland.fvcoordinator@police.govt.nz or on 09 430 4500.",
        "rel_managers": [
            ["New Zealand Police", "Prevention Manager, Northland District"],
            ["Oranga Tamariki", "Practice Leader, Te Tai Tokerau"],
            ["Health New Zealand | Te Whatu Ora", "Family Violence Intervention Coordinator, Te Tai Tokerau"],
            ["Department of Corrections", "District Manager, Northland Community Corrections"],
            ["Ministry of Social Development", "Regional Family Violence Lead, Northland"],
            ["Te Whare Whakaruruhau o Te Tai Tokerau", "Kaiwhakahaere"],
            ["Ngā Whare Āwhina Women's Refuge", "Service Manager"],
        ],
        "review": review_paras("every 24 months", "New Zealand Police", "31 March 2028"),
        "effective": "27 March 2026",
        "next_review": "31 March 2028",
        "signatories": [
            sig("New Zealand Police", "Rāwiri Tane", "District Commander, Northland", "2 March 2026"),
            sig("Oranga Tamariki", "Leilani Faʻasoa", "Regional Manager, Te Tai Tokerau", "4 March 2026"),
            sig("Health New Zealand | Te Whatu Ora", "Dr Fiona McAlister",
                "Group Manager, Hospital and Specialist Services, Te Tai Tokerau", "10 March 2026"),
            sig("Department of Corrections", "Simon Ngata", "Regional Commissioner, Northern Region",
                "11 March 2026"),
            sig("Ministry of Social Development", "Teresa Hohaia", "Regional Commissioner, Northland",
                "17 March 2026"),
            sig("Te Whare Whakaruruhau o Te Tai Tokerau", "Mereana Pōhatu",
                "Kaiwhakahaere Matua (Chief Executive)", "24 March 2026"),
            sig("Ngā Whare Āwhina Women's Refuge", "Janine Cole", "Manager", "27 March 2026"),
        ],
        "core_created": dt.datetime(2025, 11, 3, 9, 12, 0),
        "core_modified": dt.datetime(2026, 3, 30, 14, 5, 0),
    }


def base_yj():
    agencies = [
        ("Oranga Tamariki", "Convenes and chairs the {F}; youth justice and care and protection social work."),
        ("New Zealand Police", "Youth Aid; refers rangatahi who have come to Police attention and advises on "
                               "alternative action."),
        ("Ministry of Education", "Advises on enrolment, attendance and learning support, and liaises with "
                                  "schools and kura."),
        ("Health New Zealand | Te Whatu Ora", "Advises on youth health, mental health and addiction service "
                                              "involvement."),
        ("Te Rūnanga Rangatahi o Kirikiriroa", "Iwi social service; mentoring and whānau support, and advice "
                                               "on tikanga."),
    ]
    return {
        "title": "Kirikiriroa Rangatahi Early Intervention Panel",
        "short_title": "Kirikiriroa Rangatahi Panel ISP",
        "F": "Panel",
        "lead": "Oranga Tamariki",
        "classification": "IN-CONFIDENCE",
        "owner_unit": "Youth Justice Services, Waikato Region, Oranga Tamariki",
        "between_line": "Agreed between Oranga Tamariki, New Zealand Police, the Ministry of Education, Health "
                        "New Zealand | Te Whatu Ora and Te Rūnanga Rangatahi o Kirikiriroa",
        "foreword": {
            "heading": "Foreword from the Minister for Children",
            "paras": [
                "Most young people who come to Police attention do so once and never again. For a smaller group, "
                "a first brush with the law is the first visible sign of needs that have gone unmet for years: "
                "a learning difficulty nobody picked up, a disengagement from school, a whānau under pressure.",
                "The Kirikiriroa Rangatahi Early Intervention Panel exists to find those needs early and to meet "
                "them. It brings Oranga Tamariki, Police, education, health and an iwi social service together "
                "so that a rangatahi and their whānau deal with one plan rather than five agencies.",
                "Information is at the heart of that work, and so is trust. This Protocol sets out, plainly, what "
                "each agency may share, the law it relies on to do so, and the care it must take with what it "
                "learns. I expect every Representative on the Panel to know it well.",
            ],
            "name": "Hon Daniel Prendergast",
            "role": "Minister for Children",
            "date": "August 2025",
        },
        "intro": [
            "The Participating Agencies meet fortnightly to consider tamariki and rangatahi aged 10 to 17 years "
            "in Kirikiriroa (Hamilton) who have come to Police attention for low-level offending, or who are at "
            "risk of offending, and whose needs are not already being met through a family group conference or "
            "a plan under the Oranga Tamariki Act 1989. This Protocol records the arrangements agreed between "
            "them for the exchange of personal information at and for those meetings (the **Panel**).",
        ],
        "agencies": [{"name": n, "role": r} for n, r in agencies],
        "objective": [
            "The objective of the {F} is to prevent offending by rangatahi, and to stop low-level offending from "
            "escalating, by identifying early the needs that lie behind it and connecting rangatahi and their "
            "whānau with support that works for them.",
            "The {F} works from the principles of the Oranga Tamariki Act 1989, including the wellbeing and best "
            "interests of the child or young person and the involvement of their whānau, hapū and iwi in "
            "decisions that affect them.⟦fn:Oranga Tamariki Act 1989, ss 4A and 5.⟧",
            "The {F} does not decide whether a young person is charged, and it does not replace a family group "
            "conference. Those decisions remain with Police and Oranga Tamariki under Part 4 of the Oranga "
            "Tamariki Act 1989.",
        ],
        "purposes": [
            ("Needs identification", "to identify the needs of each rangatahi referred to the {F}, and of their "
                                     "whānau, including education, health, and care and protection needs"),
            ("Support planning", "to agree and coordinate a plan of support for each rangatahi, with a lead "
                                 "worker from one Participating Agency"),
            ("Offending prevention", "to help Police prevent further offending by a rangatahi, and to inform "
                                     "Police decisions about alternative action"),
        ],
        "info_rows": [
            ["Oranga Tamariki", "Current and past involvement with the rangatahi and whānau; existing plans; "
                                "the allocated social worker."],
            ["New Zealand Police", "The offending or incident that led to the referral; previous Youth Aid "
                                   "involvement; alternative action already taken."],
            ["Ministry of Education", "School or kura of enrolment; attendance pattern; stand-downs, suspensions "
                                      "and exclusions; learning support in place."],
            ["Health New Zealand | Te Whatu Ora", "Whether the rangatahi is engaged with youth health, mental "
                                                  "health or addiction services, and the service contact. "
                                                  "Diagnoses and clinical notes are not disclosed."],
            ["Te Rūnanga Rangatahi o Kirikiriroa", "Current involvement with the rangatahi and whānau; the "
                                                   "whānau's aspirations and needs where they have shared them."],
        ],
        "authority_rows": [
            ([0, 1], "Oranga Tamariki Act 1989, s 66C⟦fn:Oranga Tamariki Act 1989, s 66C. Each Participating "
                     "Agency is a child welfare and protection agency, or its Representative is an independent "
                     "person, as defined in s 2(1).⟧",
             "The disclosure is for a purpose in s 66C(1), such as arranging, providing or facilitating "
             "services for the rangatahi, or making, implementing or reviewing a plan for them."),
            ([2], "Privacy Act 2020, s 22, IPP 11(1)(e)(i)",
             "The Representative believes on reasonable grounds that the disclosure is necessary to avoid "
             "prejudice to the maintenance of the law, including the prevention and detection of offences. "
             "Disclosure for this purpose is to New Zealand Police only."),
        ],
        "transparency": [
            "Police Youth Aid tell each rangatahi, and a parent or caregiver, when the rangatahi is referred to "
            "the {F}: what the {F} is, which agencies attend, and why information about them will be "
            "discussed.⟦fn:Privacy Act 2020, s 22, information privacy principle 3.⟧",
            "Before disclosing information under s 66C of the Oranga Tamariki Act 1989, the Representative "
            "considers whether the rangatahi and their whānau should be consulted, and consults them where that "
            "is practicable and appropriate.",
            "The views of the rangatahi and their whānau on the proposed plan are recorded and taken into "
            "account. The lead worker tells them the outcome of the discussion at the {F}.",
            "Oranga Tamariki publishes a description of the {F} on its website, and each Participating Agency's "
            "privacy statement refers to its participation. Rangatahi and their whānau may ask any Participating "
            "Agency for access to, or correction of, information it holds about them.",
        ],
        "method": [
            "Information is exchanged through the {F} in the following ways only:",
            "> Oranga Tamariki circulates the list of rangatahi to be considered to Representatives by secure "
            "email, no earlier than three working days before each meeting;",
            "> Representatives check their own agency's records before the meeting and share relevant "
            "information verbally at the meeting; and",
            "> after the meeting, Oranga Tamariki sends each Representative only the agreed actions for which "
            "their agency is responsible.",
            "The {F} meets in person at the Oranga Tamariki site in Hamilton East. A Representative who cannot "
            "attend in person may join by video conference.",
            "Email is sent only between agency email addresses and is marked with the classification in "
            "section {S_security_classification}.",
        ],
        "system": "their agency's case management system",
        "control_variant": 1,
        "tikanga": tikanga_paras(
            "Te Rūnanga Rangatahi o Kirikiriroa",
            "offering every Māori rangatahi and their whānau a kaupapa Māori lead worker from Te Rūnanga "
            "Rangatahi o Kirikiriroa, and respecting their choice if they decline.",
            "More than half of the rangatahi referred to the {F} are Māori."),
        "breach_contact": "The **Breach Contact** for the {F} is the Privacy Officer, Oranga Tamariki, who can "
                          "be reached at privacy.officer@ot.govt.nz or on 07 858 6300. Outside business hours, "
                          "Representatives contact the Chair, Wiremu Tawhai, Site Manager, Oranga Tamariki "
                          "Hamilton East, on 021 245 7781.",
        "rel_managers": [
            ["Oranga Tamariki", "Regional Youth Justice Manager, Waikato"],
            ["New Zealand Police", "Youth Services Manager, Waikato District"],
            ["Ministry of Education", "Manager, Learning Support, Waikato"],
            ["Health New Zealand | Te Whatu Ora", "Service Manager, Youth Health, Waikato"],
            ["Te Rūnanga Rangatahi o Kirikiriroa", "Kaiwhakahaere"],
        ],
        "review": review_paras("every 24 months", "Oranga Tamariki", "30 September 2027"),
        "effective": "26 September 2025",
        "next_review": "30 September 2027",
        "endorse_cols": ["Organisation", "Signatory", "Position", "Signature", "Date signed"],
        "signatories": [
            sig("Oranga Tamariki", "Anahera Morehu", "Regional Manager, Waikato", "8 September 2025"),
            sig("New Zealand Police", "Inspector Grant Holloway", "Area Commander, Hamilton City",
                "12 September 2025"),
            sig("Ministry of Education", "Sarah Whitlock", "Director of Education, Waikato", "15 September 2025"),
            sig("Health New Zealand | Te Whatu Ora", "Dr Ravi Menon",
                "Clinical Director, Infant, Child and Adolescent Mental Health, Waikato", "22 September 2025"),
            sig("Te Rūnanga Rangatahi o Kirikiriroa", "Hemi Te Rangi", "Tumu Whakarae (Chief Executive)",
                "26 September 2025"),
        ],
        "core_created": dt.datetime(2025, 6, 16, 10, 0, 0),
        "core_modified": dt.datetime(2025, 9, 29, 11, 40, 0),
    }


def base_sa():
    agencies = [
        ("Ministry of Education", "Convenes and chairs the {F}; attendance data, learning support and liaison "
                                  "with schools and kura."),
        ("Ōtara–Papatoetoe Attendance Service", "Attendance service provider contracted by the Ministry of "
                                                "Education; follows up students with unjustified absence."),
        ("Oranga Tamariki", "Advises on care and protection involvement."),
        ("Ministry of Social Development", "Advises on income support and can arrange hardship assistance."),
        ("Kāinga Ora", "Advises on tenancy matters and transfers for public housing tenants."),
        ("Health New Zealand | Te Whatu Ora", "School-based health services; advises on health needs "
                                              "affecting attendance."),
        ("Te Kāhui Whānau Ora o Ōtara", "Whānau Ora provider; whānau navigation and support, and advice on "
                                        "tikanga."),
    ]
    return {
        "title": "Ōtara–Papatoetoe School Attendance Coordination Group",
        "short_title": "Ōtara–Papatoetoe Attendance Group ISP",
        "F": "Group",
        "lead": "Ministry of Education",
        "classification": "IN-CONFIDENCE",
        "owner_unit": "Te Mahau, Tāmaki Herenga Manawa (Auckland), Ministry of Education",
        "between_line": "Agreed between the Ministry of Education, Ōtara–Papatoetoe Attendance Service, Oranga "
                        "Tamariki, the Ministry of Social Development, Kāinga Ora, Health New Zealand | Te "
                        "Whatu Ora and Te Kāhui Whānau Ora o Ōtara",
        "foreword": {
            "heading": "Foreword from the Associate Minister of Education",
            "paras": [
                "A child who is not at school is not learning. Behind most long absences there is a reason that "
                "no school can fix on its own: a whānau that has had to move, an illness, money that has run "
                "out before the week has, or something harder to see.",
                "The Ōtara–Papatoetoe School Attendance Coordination Group lets the agencies who can address those "
                "reasons work on them together, with the whānau, rather than one after another. Its success "
                "depends on the right information reaching the right people, and on nobody receiving more than "
                "they need.",
                "This Protocol is the agencies' shared commitment on that point. I am grateful to the schools, "
                "kura and community partners of Ōtara and Papatoetoe whose experience shaped it.",
            ],
            "name": "Hon Lisiate Manu",
            "role": "Associate Minister of Education",
            "date": "May 2026",
        },
        "intro": [
            "The Participating Agencies meet every three weeks during the school term to coordinate support for "
            "students in Ōtara and Papatoetoe whose attendance at school or kura has fallen to a level that puts "
            "their learning at risk. This Protocol records the arrangements agreed between them for the exchange "
            "of personal information at and for those meetings (the **Group**).",
        ],
        "agencies": [{"name": n, "role": r} for n, r in agencies],
        "objective": [
            "The objective of the {F} is to return students with persistent unjustified absence to regular "
            "attendance, by identifying the barriers to attendance for each student and coordinating support to "
            "remove them.",
            "The {F} considers students enrolled at the schools and kura of the Ōtara–Papatoetoe area who have "
            "been absent without justification for more than ten school days in a term, or who are referred by "
            "the attendance service because their absence appears to be linked to wider wellbeing concerns.",
            "The {F} does not take enforcement action. Any prosecution relating to non-attendance remains a "
            "matter for the school board concerned under the Education and Training Act 2020.",
        ],
        "purposes": [
            ("Re-engagement", "to identify the reasons for a student's persistent unjustified absence and agree "
                              "the supports needed to return the student to regular attendance"),
            ("Wellbeing concerns", "to identify and respond to concerns about the safety or wellbeing of a "
                                   "student that may lie behind their absence"),
            ("Whānau support", "to connect the student's whānau with housing, income and health support that "
                               "affects attendance, where the whānau has agreed to that support"),
        ],
        "info_rows": [
            ["Ministry of Education", "Enrolment, attendance and absence codes; stand-downs and suspensions; "
                                      "learning support in place."],
            ["Ōtara–Papatoetoe Attendance Service", "Contact made with the student and whānau; reasons for "
                                                    "absence they have given; supports already tried."],
            ["Oranga Tamariki", "Whether the student or their siblings are known to Oranga Tamariki, and current "
                                "involvement."],
            ["Ministry of Social Development", "Whether the whānau receives assistance, and hardship assistance "
                                               "that could be arranged, where the whānau has agreed."],
            ["Kāinga Ora", "Whether the whānau is a Kāinga Ora tenant, and any tenancy or transfer issue "
                           "affecting attendance, where the whānau has agreed."],
            ["Health New Zealand | Te Whatu Ora", "Whether a health need affecting attendance is being "
                                                  "addressed, where the student or whānau has agreed."],
            ["Te Kāhui Whānau Ora o Ōtara", "Whānau aspirations and needs the whānau has shared; current "
                                            "navigation support."],
        ],
        "authority_rows": [
            ([0], "Oranga Tamariki Act 1989, s 66C; Privacy Act 2020, s 22, IPP 11(1)(a)",
             "Disclosure by a child welfare and protection agency or independent person for a purpose in "
             "s 66C(1), such as arranging or providing services. IPP 11(1)(a) applies to disclosures by the "
             "Ministry of Education and the attendance service, which collect attendance information in order "
             "to return students to school."),
            ([1], "Oranga Tamariki Act 1989, s 66C⟦fn:Oranga Tamariki Act 1989, s 66C; child welfare and "
                  "protection agency and independent person are defined in s 2(1).⟧",
             "As for re-engagement. Where the concern is that a student has been, or is likely to be, harmed, "
             "the Representative also considers whether to report the concern to Oranga Tamariki."),
            ([2], "Privacy Act 2020, s 22, IPP 11(1)(c); for health information, Health Information Privacy "
                  "Code 2020, rule 11(1)(b)",
             "The disclosure is authorised by the whānau member concerned or, for health information about a "
             "student, by the student or their representative. The agency that obtained the authorisation "
             "records it."),
        ],
        "transparency": [
            "The attendance service explains the {F} to each student and whānau at its first contact with them: "
            "what the {F} is, which agencies attend, and what information may be discussed and why.⟦fn:Privacy "
            "Act 2020, s 22, information privacy principle 3.⟧ The explanation is given in the whānau's "
            "preferred language where possible.",
            "Information about whānau support is disclosed only with the agreement of the whānau member "
            "concerned, and that person may withdraw their agreement at any time.",
            "Where a Representative decides not to tell a student or whānau about a disclosure because telling "
            "them would put a child at risk, the reason is recorded and the decision is revisited once that risk "
            "has passed.",
            "Each school and kura in the area refers to the {F} in the privacy statement it gives to whānau on "
            "enrolment, and the Ministry of Education publishes a description of the {F} on its website.",
        ],
        "method": [
            "Information is exchanged through the {F} in the following ways only:",
            "> the Ministry of Education sends Representatives the list of students to be considered, by email "
            "between agency addresses, no earlier than two working days before the meeting;",
            "> Representatives share information verbally at the meeting; and",
            "> after the meeting, the Ministry of Education sends each Representative the actions for which "
            "their agency is responsible.",
            "Meetings are held at the Ministry of Education's Manukau office. Representatives may join through "
            "Microsoft Teams.",
        ],
        "control_variant": 1,
        "tikanga": tikanga_paras(
            "Te Kāhui Whānau Ora o Ōtara",
            "offering whānau Māori the option of support through Te Kāhui Whānau Ora o Ōtara, and involving "
            "the whānau in decisions about how that support is provided.",
            "Many of the students and whānau considered by the {F} are Māori, and many are Pacific."),
        "retention_extra": [
            "No Participating Agency keeps information from the {F} just in case it might become useful later.",
        ],
        "breach_contact": "The **Breach Contact** for the {F} is Natalie Fonoti, Senior Advisor, Attendance and "
                          "Engagement, Ministry of Education, who can be reached at "
                          "natalie.fonoti@education.govt.nz or on 09 632 9400.",
        "rel_managers": [
            ["Ministry of Education", "Manager, Attendance and Engagement, Tāmaki Herenga Manawa"],
            ["Ōtara–Papatoetoe Attendance Service", "Service Manager"],
            ["Oranga Tamariki", "Site Manager, Ōtara"],
            ["Ministry of Social Development", "Service Centre Manager, Ōtara"],
            ["Kāinga Ora", "Area Manager, Manukau"],
            ["Health New Zealand | Te Whatu Ora", "Team Leader, School Based Health Services, Counties Manukau"],
            ["Te Kāhui Whānau Ora o Ōtara", "Pou Whakahaere"],
        ],
        "review": review_paras("every 12 months", "The Ministry of Education", "30 June 2027"),
        "effective": "19 June 2026",
        "next_review": "30 June 2027",
        "endorse_cols": ["Participating Agency", "Name", "Title", "Signature", "Date"],
        "signatories": [
            sig("Ministry of Education", "Karen Alofaituli", "Director of Education, Tāmaki Herenga Manawa",
                "1/06/2026", ""),
            sig("Ōtara–Papatoetoe Attendance Service", "Peni Taufa", "Service Manager", "3/06/2026", ""),
            sig("Oranga Tamariki", "Robyn Kerr", "Regional Manager, Counties Manukau", "5/06/2026", ""),
            sig("Ministry of Social Development", "Ioane Fuimaono", "Regional Commissioner, Counties Manukau",
                "9/06/2026", ""),
            sig("Kāinga Ora", "Megan Duthie", "Regional Director, South Auckland", "11/06/2026", ""),
            sig("Health New Zealand | Te Whatu Ora", "Dr Amelia Hu",
                "Director, Public and Population Health, Counties Manukau", "16/06/2026", ""),
            sig("Te Kāhui Whānau Ora o Ōtara", "Tui Herewini", "Chief Executive", "19/06/2026", ""),
        ],
        "core_created": dt.datetime(2026, 2, 9, 8, 30, 0),
        "core_modified": dt.datetime(2026, 6, 22, 16, 10, 0),
    }


def base_ea():
    agencies = [
        ("Health New Zealand | Te Whatu Ora", "Convenes and chairs the {F}; older persons' health, needs "
                                              "assessment and service coordination, and district nursing."),
        ("New Zealand Police", "Advises on reported incidents and investigates suspected offending against "
                               "older people."),
        ("Ministry of Social Development", "Advises on income support, including New Zealand Superannuation, "
                                           "and on suspected financial abuse involving payments."),
        ("Kaumātua Care Waitaha", "Elder abuse response service; case management and advocacy for older "
                                  "people."),
        ("Te Rōpū Hauora o te Awa", "Kaupapa Māori health and social service; support for kaumātua and their "
                                    "whānau, and advice on tikanga."),
    ]
    return {
        "title": "Waitaha Older Persons Safety Network",
        "short_title": "Waitaha Older Persons Safety Network ISP",
        "F": "Network",
        "lead": "Health New Zealand | Te Whatu Ora",
        "classification": "IN-CONFIDENCE",
        "owner_unit": "Older Persons' Health, Waitaha Canterbury, Health New Zealand | Te Whatu Ora",
        "custom_props": {"Classification": "IN-CONFIDENCE"},
        "between_line": "Agreed between Health New Zealand | Te Whatu Ora, New Zealand Police, the Ministry of "
                        "Social Development, Kaumātua Care Waitaha and Te Rōpū Hauora o te Awa",
        "foreword": {
            "heading": "Foreword from the Deputy Chief Executive",
            "paras": [
                "Abuse of older people is seldom seen and even more seldom reported. It often comes from those "
                "closest to the older person, and it takes many forms: financial, psychological, physical and "
                "neglect.",
                "The Waitaha Older Persons Safety Network was set up so that a concern noticed by a district "
                "nurse, a bank, a police officer or a whānau member does not sit with one agency alone. Its "
                "members bring what they know together, always with the older person at the centre and, wherever "
                "possible, with their agreement.",
                "This Protocol records how that information is exchanged and protected. It reflects a simple "
                "principle: older people have the same right as anyone else to decide what happens to them and to "
                "information about them, and the same right to be kept safe.",
            ],
            "name": "Margaret Ellery",
            "role": "Regional Deputy Chief Executive, Te Waipounamu, Health New Zealand | Te Whatu Ora",
            "date": "October 2025",
        },
        "intro": [
            "The Participating Agencies meet monthly, and by arrangement between meetings for urgent cases, to "
            "consider older people in Waitaha Canterbury who have been referred because of suspected abuse or "
            "neglect. This Protocol records the arrangements agreed between them for the exchange of personal "
            "information at and for those meetings (the **Network**).",
        ],
        "agencies": [{"name": n, "role": r} for n, r in agencies],
        "objective": [
            "The objective of the {F} is to keep older people safe from abuse and neglect, and to support them to "
            "live the life they choose, by making sure that concerns are assessed promptly and that the agencies "
            "able to help act together.",
            "The older person is at the centre of the work of the {F}. Their views are sought and respected, and "
            "the {F} assumes that an older person is able to make their own decisions unless there is evidence "
            "that they cannot.",
        ],
        "purposes": [
            ("Risk assessment", "to assess the nature and level of risk of abuse or neglect to an older person "
                                "referred to the {F}"),
            ("Support planning", "to agree, with the older person's involvement, a plan of support and safety, "
                                 "and decide which Participating Agency will carry out each action"),
            ("Suspected offending", "to enable Police to prevent, detect or investigate suspected offending "
                                    "against an older person, including financial abuse and assault"),
        ],
        "info_rows": [
            ["Health New Zealand | Te Whatu Ora", "Needs assessment outcome, services in place, and health "
                                                  "information directly relevant to the risk (for example "
                                                  "injuries, cognitive impairment). Full clinical records are "
                                                  "not disclosed."],
            ["New Zealand Police", "Reported incidents involving the older person; relevant history of the "
                                   "person suspected of abuse."],
            ["Ministry of Social Development", "Whether the older person receives New Zealand Superannuation or "
                                               "other assistance; payment arrangements, including any agent; "
                                               "concerns about misuse."],
            ["Kaumātua Care Waitaha", "The referral concern; the older person's views and wishes; the support "
                                      "being provided."],
            ["Te Rōpū Hauora o te Awa", "Current involvement with the kaumātua and whānau; their views and needs "
                                        "where they have shared them."],
        ],
        "authority_rows": [
            ([0], "Privacy Act 2020, s 22, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d); "
                  "and, where the suspected abuse is family violence, Family Violence Act 2018, ss 20 and 21",
             "Reasonable belief that disclosure is necessary to prevent or lessen a serious threat to the life "
             "or health of the older person or another person. Where the person suspected of abuse is in a "
             "family relationship with the older person, the Family Violence Act 2018 provisions may be relied "
             "on instead."),
            ([1], "Privacy Act 2020, s 22, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b)",
             "The older person, or, where they lack capacity, their attorney under an activated enduring power "
             "of attorney or their welfare guardian, has authorised the disclosure. The authorisation is "
             "recorded."),
            ([2], "Privacy Act 2020, s 22, IPP 11(1)(e)(i)",
             "Disclosure to New Zealand Police only, where the Representative believes on reasonable grounds "
             "that it is necessary to avoid prejudice to the maintenance of the law. Health information is not "
             "disclosed for this purpose without the older person's authorisation unless rule 11(2)(d) applies."),
        ],
        "transparency": [
            "The referring agency tells the older person about the referral to the {F}, what it means and which "
            "agencies attend, unless doing so would increase the risk to them, for example because the person "
            "suspected of abuse lives with them or manages their affairs.⟦fn:Privacy Act 2020, s 22, "
            "information privacy principle 3.⟧",
            "Wherever practicable the older person is asked what they want to happen before the {F} agrees a "
            "plan, and Kaumātua Care Waitaha or Te Rōpū Hauora o te Awa supports them to take part.",
            "Where notice is withheld, the reason is recorded, and the decision is reconsidered at each meeting "
            "at which the older person is discussed.",
            "Each Participating Agency's privacy statement refers to its participation in the {F}, and Health "
            "New Zealand | Te Whatu Ora publishes a description of the {F} on its website.",
        ],
        "method": [
            "Information is exchanged through the {F} in the following ways only:",
            "> the Lead Agency sends Representatives the agenda, listing the older people to be discussed, by "
            "email between agency addresses, five working days before each meeting;",
            "> Representatives share information verbally at the meeting; and",
            "> the Lead Agency records agreed actions and sends each Participating Agency the actions for which "
            "it is responsible.",
            "Urgent cases between meetings are dealt with by telephone conference convened by the Chair, with "
            "only the Participating Agencies needed for that case.",
            "Meetings are held at Burwood Hospital, with Representatives able to join by Microsoft Teams.",
        ],
        "control_variant": 0,
        "tikanga": tikanga_paras(
            "Te Rōpū Hauora o te Awa",
            "recognising the standing of kaumātua within their whānau and, where the kaumātua wishes, involving "
            "whānau members they trust in decisions about their care.",
            "Some of the older people considered by the {F} are kaumātua."),
        "breach_contact": "The **Breach Contact** for the {F} is the Privacy Lead, Health New Zealand | Te Whatu "
                          "Ora Waitaha Canterbury (currently Emma Thorne), who can be reached at "
                          "privacy.waitaha@tewhatuora.govt.nz or on 03 364 0640.",
        "rel_managers": [
            ["Health New Zealand | Te Whatu Ora", "Service Manager, Older Persons' Health, Waitaha"],
            ["New Zealand Police", "Family Harm Manager, Canterbury District"],
            ["Ministry of Social Development", "Regional Health and Disability Coordinator, Canterbury"],
            ["Kaumātua Care Waitaha", "Service Manager"],
            ["Te Rōpū Hauora o te Awa", "Kaiwhakahaere"],
        ],
        "review": review_paras("every two years", "Health New Zealand | Te Whatu Ora", "30 November 2027"),
        "effective": "21 November 2025",
        "next_review": "30 November 2027",
        "endorse_cols": ["Agency", "Name", "Position", "Signature", "Date"],
        "signatories": [
            sig("Health New Zealand | Te Whatu Ora", "Margaret Ellery",
                "Regional Deputy Chief Executive, Te Waipounamu", "10 November 2025"),
            sig("New Zealand Police", "Superintendent Tony Brennan", "District Commander, Canterbury",
                "12 November 2025"),
            sig("Ministry of Social Development", "Daniel Ruawai", "Regional Commissioner, Canterbury",
                "14 November 2025"),
            sig("Kaumātua Care Waitaha", "Helen Pryor", "General Manager", "18 November 2025"),
            sig("Te Rōpū Hauora o te Awa", "Matiu Kereama", "Tumuaki", "21 November 2025"),
        ],
        "core_created": dt.datetime(2025, 7, 21, 9, 0, 0),
        "core_modified": dt.datetime(2025, 11, 24, 10, 30, 0),
    }


def base_ri():
    agencies = [
        ("Department of Corrections", "Convenes and chairs the {F}; release planning and management of "
                                      "sentences and orders."),
        ("Kāinga Ora", "Advises on public housing options and tenancy matters."),
        ("Ministry of Social Development", "Advises on income support, including the steps needed for benefit "
                                           "applications before release."),
        ("Health New Zealand | Te Whatu Ora", "Advises on continuity of health, mental health and addiction "
                                              "treatment after release."),
        ("New Zealand Police", "Advises on risk to victims and the community, and on relevant Police "
                               "information."),
        ("Te Ara Hou Reintegration Trust", "Kaupapa Māori reintegration provider; supported accommodation, "
                                           "mentoring and whānau reconnection."),
    ]
    return {
        "title": "Manawatū Reintegration Panel",
        "short_title": "Manawatū Reintegration Panel ISP",
        "F": "Panel",
        "lead": "Department of Corrections",
        "classification": "IN-CONFIDENCE",
        "owner_unit": "Reintegration Services, Central Region, Department of Corrections",
        "between_line": "Agreed between the Department of Corrections, Kāinga Ora, the Ministry of Social "
                        "Development, Health New Zealand | Te Whatu Ora, New Zealand Police and Te Ara Hou "
                        "Reintegration Trust",
        "foreword": {
            "heading": "Foreword from the Deputy Chief Executive",
            "paras": [
                "The weeks after release from prison are when the risk of reoffending is highest and when support "
                "matters most. A person who leaves prison without somewhere to live, an income or a doctor is far "
                "more likely to return.",
                "The Manawatū Reintegration Panel plans that transition with the person, before release, with "
                "every agency that has a part to play in the room. Te Ara Hou Reintegration Trust brings a "
                "kaupapa Māori approach and connection to whānau that the Crown agencies cannot provide alone.",
                "Planning of this kind needs information to move between agencies, and people in prison are "
                "entitled to expect that it moves carefully and only for the reasons they have been told about. "
                "This Protocol records how the Panel meets that expectation.",
            ],
            "name": "Tania Rewiti",
            "role": "Deputy Chief Executive, Partnerships and Reintegration, Department of Corrections",
            "date": "March 2026",
        },
        "intro": [
            "The Participating Agencies meet fortnightly to plan the release of people held at Manawatū Prison "
            "who are expected to live in the Manawatū–Whanganui region after release. This Protocol records the "
            "arrangements agreed between them for the exchange of personal information at and for those "
            "meetings (the **Panel**).",
        ],
        "agencies": [{"name": n, "role": r} for n, r in agencies],
        "objective": [
            "The objective of the {F} is to reduce reoffending and harm by making sure that people leaving prison "
            "have somewhere safe to live, an income, continuing health care and the support they need from the "
            "day of their release.",
            "The {F} also makes sure that any risk to victims or the community associated with a release is known "
            "to the agencies that need to manage it.",
        ],
        "purposes": [
            ("Release planning", "to plan accommodation, income, health and employment support for a person who "
                                 "is within 12 weeks of release and has agreed to be referred to the {F}"),
            ("Public safety", "to identify and manage a serious risk to the safety of victims or other people "
                              "associated with a person's release"),
            ("Release conditions", "to support the management of release conditions imposed by the New Zealand "
                                   "Parole Board or a court, and the prevention and detection of offending"),
        ],
        "info_rows": [
            ["Department of Corrections", "Expected release date and conditions; proposed address; programmes "
                                          "completed; risk assessment summary; victim notification status."],
            ["Kāinga Ora", "Housing options available; any existing or previous tenancy and related debt."],
            ["Ministry of Social Development", "Eligibility for assistance on release; steps completed for a "
                                               "benefit application; Housing Register status."],
            ["Health New Zealand | Te Whatu Ora", "Current treatment that needs to continue after release, and "
                                                  "the community service that will provide it."],
            ["New Zealand Police", "Relevant risk information about the proposed address and any victim-related "
                                   "concerns."],
            ["Te Ara Hou Reintegration Trust", "Availability of supported accommodation and mentoring; the "
                                               "person's goals and whānau connections where they have shared "
                                               "them."],
        ],
        "authority_rows": [
            ([0], "Privacy Act 2020, s 22, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b)",
             "The person has authorised the disclosure in writing on the referral form, which names each "
             "Participating Agency. The person may withdraw the authorisation at any time."),
            ([1], "Privacy Act 2020, s 22, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)",
             "Reasonable belief that the disclosure is necessary to prevent or lessen a serious threat to "
             "public safety or to the life or health of any person. The reasons are recorded in the action "
             "record."),
            ([2], "Privacy Act 2020, s 22, IPP 11(1)(e)(i)",
             "Reasonable belief that the disclosure is necessary to avoid prejudice to the maintenance of the "
             "law. Disclosure for this purpose is limited to the Department of Corrections and New Zealand "
             "Police."),
        ],
        "transparency": [
            "A case manager explains the {F} to each person before they are asked to agree to referral: what the "
            "{F} is, which agencies attend, what information will be discussed, and that they may withdraw their "
            "agreement at any time.⟦fn:Privacy Act 2020, s 22, information privacy principle 3.⟧",
            "People are also told that information may be disclosed without their agreement where there is a "
            "serious threat to someone's safety, or for the management of their release conditions, and that "
            "this does not depend on their agreement.",
            "The Department of Corrections' privacy statement for people in its care describes the {F}, and each "
            "other Participating Agency's privacy statement refers to its participation.",
        ],
        "method": [
            "Information is exchanged through the {F} in the following ways only:",
            "> the Department of Corrections sends Representatives the list of people to be discussed, with "
            "their signed referral forms, by email between agency addresses, three working days before the "
            "meeting;",
            "> Representatives share information verbally at the meeting; and",
            "> the Department of Corrections records the release plan and sends each Participating Agency the "
            "actions for which it is responsible.",
            "The {F} meets at the Palmerston North Community Corrections site. Representatives may join by "
            "video conference.",
        ],
        "control_variant": 0,
        "system": "the Panel's video-conferencing service",
        "tikanga": tikanga_paras(
            "Te Ara Hou Reintegration Trust",
            "supporting Māori who are leaving prison to reconnect with their whānau, hapū and iwi where they "
            "want to, and taking their lead on who in their whānau is involved.",
            "More than half of the people considered by the {F} are Māori."),
        "retention_extra": [
            "No Participating Agency keeps information from the {F} just in case it may be useful later; "
            "information about a person who declines a service is not retained by the agency that offered it.",
        ],
        "breach_contact": "The **Breach Contact** for the {F} is Kiri Matene, Privacy Advisor, Department of "
                          "Corrections, who can be reached at kiri.matene@corrections.govt.nz or on "
                          "04 460 3000.",
        "rel_managers": [
            ["Department of Corrections", "Regional Reintegration Manager, Central Region"],
            ["Kāinga Ora", "Area Manager, Manawatū"],
            ["Ministry of Social Development", "Regional Director, Central"],
            ["Health New Zealand | Te Whatu Ora", "Manager, Forensic and Community Mental Health, "
                                                  "MidCentral"],
            ["New Zealand Police", "Area Prevention Manager, Manawatū"],
            ["Te Ara Hou Reintegration Trust", "Operations Manager"],
        ],
        "review": review_paras("every two years", "The Department of Corrections", "30 April 2028"),
        "effective": "22 April 2026",
        "next_review": "30 April 2028",
        "endorse_cols": ["Participating Agency", "Name", "Designation", "Date"],
        "endorse_after": ["The signed originals are held by the Department of Corrections."],
        "signatories": [
            sig("Department of Corrections", "Paul Tuhiwai", "Regional Commissioner, Central Region",
                "1 April 2026"),
            sig("Kāinga Ora", "Hemi Walker", "Regional Director, Central", "7 April 2026"),
            sig("Ministry of Social Development", "Carolyn Amituanai", "Regional Commissioner, Central",
                "9 April 2026"),
            sig("Health New Zealand | Te Whatu Ora", "Dr Jonathan Frew",
                "Director of Mental Health and Addictions, MidCentral", "14 April 2026"),
            sig("New Zealand Police", "Superintendent Kerry Marsh", "District Commander, Central",
                "16 April 2026"),
            sig("Te Ara Hou Reintegration Trust", "Rangi Paewai", "Chief Executive", "22 April 2026"),
        ],
        "core_created": dt.datetime(2026, 1, 19, 9, 45, 0),
        "core_modified": dt.datetime(2026, 4, 24, 15, 20, 0),
    }


def base_hp():
    agencies = [
        ("Ministry of Social Development", "Convenes and chairs the {F}; emergency housing, the Housing "
                                           "Register and income support."),
        ("Kāinga Ora", "Advises on public housing availability and tenancy matters."),
        ("Health New Zealand | Te Whatu Ora", "Advises on health, disability, mental health and addiction "
                                              "service involvement."),
        ("Oranga Tamariki", "Advises on care and protection involvement with children in emergency housing."),
        ("Hutt Valley Housing Trust", "Community housing provider; transitional housing and tenancy support."),
    ]
    return {
        "title": "Te Awa Kairangi Emergency Housing Case Panel",
        "short_title": "Te Awa Kairangi Housing Case Panel ISP",
        "F": "Case Panel",
        "lead": "Ministry of Social Development",
        "classification": "IN-CONFIDENCE",
        "owner_unit": "Housing Policy and Delivery, Wellington Region, Ministry of Social Development",
        "between_line": "Agreed between the Ministry of Social Development, Kāinga Ora, Health New Zealand | Te "
                        "Whatu Ora, Oranga Tamariki and Hutt Valley Housing Trust",
        "foreword": {
            "heading": "Foreword from the Deputy Chief Executive",
            "paras": [
                "Emergency housing is meant to be a short stay. For some households in Te Awa Kairangi it has "
                "become months, and the longer a family stays in a motel the harder every other part of life "
                "becomes: school, work, health and whānau.",
                "The Te Awa Kairangi Emergency Housing Case Panel looks at the households with the most complex "
                "needs and agrees, across agencies, how to move them into stable housing with the support they "
                "need to stay there.",
                "The households we discuss have shared a great deal with us in order to get help. This Protocol "
                "makes sure that information is used only for that help, and is protected while we hold it.",
            ],
            "name": "Paula Henare",
            "role": "Deputy Chief Executive, Service Delivery, Ministry of Social Development",
            "date": "June 2026",
        },
        "intro": [
            "The Participating Agencies meet fortnightly to consider households in Te Awa Kairangi (the Hutt "
            "Valley) who have been in emergency housing for longer than eight weeks or who have complex needs. "
            "This Protocol records the arrangements agreed between them for the exchange of personal information "
            "at and for those meetings (the **Case Panel**).",
        ],
        "agencies": [{"name": n, "role": r} for n, r in agencies],
        "objective": [
            "The objective of the {F} is to move households with complex needs out of emergency housing and into "
            "stable housing as quickly as possible, with the support they need to sustain it.",
            "The {F} does not decide eligibility for assistance or allocate public housing. Those decisions are "
            "made by the Ministry of Social Development and Kāinga Ora under their own processes, informed by "
            "the work of the {F}.",
        ],
        "purposes": [
            ("Housing needs", "to identify the housing needs of each household considered and agree the priority "
                              "and type of transitional or public housing that would suit it"),
            ("Health supports", "to connect household members with the health and disability services they have "
                                "agreed to receive"),
            ("Child safety", "to identify and respond to concerns about the safety or wellbeing of children "
                             "living in emergency housing"),
        ],
        "info_rows": [
            ["Ministry of Social Development", "Household composition; time in emergency housing; Housing "
                                               "Register priority; income support and barriers to housing."],
            ["Kāinga Ora", "Suitable properties likely to become available; previous tenancy history relevant "
                           "to an offer."],
            ["Health New Zealand | Te Whatu Ora", "Whether a household member's health or disability need "
                                                  "affects the housing required, where they have agreed."],
            ["Oranga Tamariki", "Whether children in the household are known to Oranga Tamariki, and current "
                                "involvement."],
            ["Hutt Valley Housing Trust", "Transitional housing available; tenancy support that could be "
                                          "provided."],
        ],
        "authority_rows": [
            ([0], "Privacy Act 2020, s 22, IPP 11(1)(c) and IPP 11(1)(a)",
             "The household has authorised the disclosure on the housing assistance application. IPP 11(1)(a) "
             "covers disclosures by the Ministry of Social Development and Kāinga Ora that are directly related "
             "to the housing assistance for which the information was obtained."),
            ([1], "Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, s 22, IPP 11(1)(c)",
             "The household member concerned has authorised the disclosure of their health information, and "
             "the authorisation is recorded."),
            ([2], "Oranga Tamariki Act 1989, s 66C⟦fn:Oranga Tamariki Act 1989, s 66C. Hutt Valley Housing "
                  "Trust discloses as an independent person within the meaning of s 2(1).⟧",
             "Disclosure by a child welfare and protection agency or independent person for a purpose in "
             "s 66C(1), such as preventing or reducing the risk of harm to a child."),
        ],
        "transparency": [
            "The Ministry of Social Development explains the {F} to each household when it applies for emergency "
            "housing: what the {F} is, which agencies attend, and what information may be discussed.⟦fn:Privacy "
            "Act 2020, s 22, information privacy principle 3.⟧",
            "Health information is disclosed only with the agreement of the household member concerned, which "
            "they may withdraw at any time.",
            "Where a Representative decides not to tell a household about a disclosure made to protect a child, "
            "the reason is recorded and revisited once the risk has passed.",
            "The Ministry of Social Development publishes a description of the {F} on its website.",
        ],
        "method": [
            "Information is exchanged through the {F} in the following ways only:",
            "> the Ministry of Social Development sends Representatives a list of the households to be "
            "considered, by email between agency addresses, two working days before each meeting;",
            "> Representatives share information verbally at the meeting; and",
            "> after the meeting, the Ministry of Social Development sends each Representative the actions for "
            "which their agency is responsible.",
            "The {F} meets at the Ministry of Social Development's Lower Hutt office. Representatives may join "
            "by Microsoft Teams.",
        ],
        "control_variant": 1,
        "tikanga": tikanga_paras(
            "the Ministry of Social Development's Māori Housing team",
            "offering whānau Māori a referral to a kaupapa Māori housing navigator, and involving the whānau in "
            "decisions about the support offered.",
            "Whānau Māori are over-represented among households in emergency housing in Te Awa Kairangi."),
        "breach_contact": "The **Breach Contact** for the {F} is the Regional Privacy Champion, Ministry of "
                          "Social Development, Wellington Region (currently Sione Tuilagi), who can be reached at "
                          "wellington.privacy@msd.govt.nz or on 04 978 1000.",
        "rel_managers": [
            ["Ministry of Social Development", "Regional Housing Manager, Wellington"],
            ["Kāinga Ora", "Area Manager, Hutt Valley"],
            ["Health New Zealand | Te Whatu Ora", "Social Work Professional Leader, Hutt Valley"],
            ["Oranga Tamariki", "Site Manager, Lower Hutt"],
            ["Hutt Valley Housing Trust", "Tenancy Services Manager"],
        ],
        "review": review_paras("every 24 months", "The Ministry of Social Development", "31 July 2028"),
        "effective": "24 July 2026",
        "next_review": "31 July 2028",
        "endorse_cols": ["Participating Agency", "Name", "Designation", "Signature", "Date"],
        "signatories": [
            sig("Ministry of Social Development", "Ana Lemalu", "Regional Commissioner, Wellington",
                "6 July 2026"),
            sig("Kāinga Ora", "Craig Benfell", "Regional Director, Wellington", "9 July 2026"),
            sig("Health New Zealand | Te Whatu Ora", "Dr Priya Raman",
                "Group Manager, Community Services, Hutt Valley", "15 July 2026"),
            sig("Oranga Tamariki", "Stephen Pauga", "Regional Manager, Wellington", "20 July 2026"),
            sig("Hutt Valley Housing Trust", "Jo Whitfield", "Chief Executive", "24 July 2026"),
        ],
        "core_created": dt.datetime(2026, 3, 2, 9, 0, 0),
        "core_modified": dt.datetime(2026, 7, 27, 12, 0, 0),
    }


def base_mh():
    agencies = [
        ("Health New Zealand | Te Whatu Ora", "Convenes and chairs the {F}; specialist mental health and "
                                              "addiction services, including the crisis resolution service."),
        ("New Zealand Police", "Advises on mental-health-related calls for service and safety concerns."),
        ("Ministry of Social Development", "Advises on income support and hardship assistance."),
        ("Kāinga Ora", "Advises on public housing tenancies and tenancy sustainment."),
        ("Ōtautahi Peer Support Trust", "Peer support service; peer workers for people in or after crisis."),
        ("Te Puna Mauri o Waitaha", "Kaupapa Māori mental health and addiction service; whānau support and "
                                    "advice on tikanga."),
    ]
    return {
        "title": "Ōtautahi Acute Mental Health Interagency Forum",
        "short_title": "Ōtautahi Interagency Forum ISP",
        "F": "Forum",
        "lead": "Health New Zealand | Te Whatu Ora",
        "classification": "IN-CONFIDENCE",
        "owner_unit": "Mental Health and Addiction Services, Waitaha Canterbury, Health New Zealand | Te Whatu Ora",
        "between_line": "Agreed between Health New Zealand | Te Whatu Ora, New Zealand Police, the Ministry of "
                        "Social Development, Kāinga Ora, Ōtautahi Peer Support Trust and Te Puna Mauri o Waitaha",
        "foreword": {
            "heading": "Foreword from the Minister for Mental Health",
            "paras": [
                "A person in mental distress should be met by the help that fits their need, not by whichever "
                "service happens to answer the call. Too many people in Ōtautahi have been through repeated crises "
                "that ended with Police, an emergency department, or both.",
                "The Ōtautahi Acute Mental Health Interagency Forum brings specialist services, Police, the "
                "agencies responsible for income and housing, peer support and a kaupapa Māori service together "
                "to break that cycle, one person at a time, with the person involved in the plan.",
                "Mental health information is among the most sensitive information the state holds. This Protocol "
                "sets out the limits within which it is shared, and the care with which it must be handled.",
            ],
            "name": "Hon Catherine Bryce",
            "role": "Minister for Mental Health",
            "date": "August 2026",
        },
        "intro": [
            "The Participating Agencies meet weekly to consider people in Ōtautahi Christchurch who have "
            "experienced repeated mental health crises. This Protocol records the arrangements agreed between "
            "them for the exchange of personal information at and for those meetings (the **Forum**).",
        ],
        "agencies": [{"name": n, "role": r} for n, r in agencies],
        "objective": [
            "The objective of the {F} is to reduce repeated mental health crises, and the harm that comes with "
            "them, by agreeing with each person a coordinated plan of clinical, housing, income and peer "
            "support.",
            "The {F} does not make clinical decisions, decisions under the Mental Health (Compulsory Assessment "
            "and Treatment) Act 1992, or decisions about eligibility for assistance. Those remain with the agency "
            "responsible.",
        ],
        "purposes": [
            ("Crisis coordination", "to coordinate the response of the Participating Agencies to a person who has "
                                    "had repeated mental health crises bringing them into contact with Police or "
                                    "emergency services in the previous three months"),
            ("Support planning", "to agree, with the person's involvement, the housing, income and peer support "
                                 "that will reduce the likelihood of further crises"),
            ("Serious threat", "to prevent or lessen a serious threat to the life or health of the person or "
                               "another person"),
        ],
        "info_rows": [
            ["Health New Zealand | Te Whatu Ora", "Current involvement of mental health and addiction services; "
                                                  "crisis plan; the clinician responsible. Clinical notes are "
                                                  "not disclosed."],
            ["New Zealand Police", "Mental-health-related calls for service involving the person and any safety "
                                   "concerns."],
            ["Ministry of Social Development", "Whether the person receives assistance; hardship assistance that "
                                               "could be arranged."],
            ["Kāinga Ora", "Whether the person is a Kāinga Ora tenant, and any tenancy issue."],
            ["Ōtautahi Peer Support Trust", "Current peer support involvement and the person's own account of "
                                            "what helps, where they have shared it."],
            ["Te Puna Mauri o Waitaha", "Current involvement with the person and their whānau; their views and "
                                        "needs where they have shared them."],
        ],
        "authority_rows": [
            ([0], "Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, s 22, IPP 11(1)(c)",
             "The person has authorised their referral to the {F} and the disclosure of information for it. "
             "Where they have not, information is disclosed only if the serious threat basis below applies."),
            ([1], "Privacy Act 2020, s 22, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b)",
             "The person has authorised the disclosure, and the referring agency has recorded the "
             "authorisation."),
            ([2], "Privacy Act 2020, s 22, IPP 11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)",
             "Reasonable belief that the disclosure is necessary to prevent or lessen a serious threat and, for "
             "health information, that it is not desirable or not practicable to obtain the person's "
             "authorisation."),
        ],
        "transparency": [
            "The referring clinician or peer worker explains the {F} to the person and asks whether they agree to "
            "be referred: what the {F} is, which agencies attend, what will be discussed and why.⟦fn:Privacy Act "
            "2020, s 22, information privacy principle 3; Health Information Privacy Code 2020, rule 3.⟧",
            "The person is told that, if there is a serious threat to their life or health or that of another "
            "person, information may be disclosed without their agreement.",
            "Where the person is too unwell to be told at the time of referral, they are told as soon as they "
            "are able to understand, and the reason for the delay is recorded.",
            "Each Participating Agency's privacy statement refers to its participation in the {F}.",
        ],
        "method": [
            "Information is exchanged through the {F} in the following ways only:",
            "> the Lead Agency sends Representatives the list of people to be discussed, by email between agency "
            "addresses, the working day before each meeting;",
            "> Representatives share information verbally at the meeting; and",
            "> the Lead Agency records the agreed plan and sends each Participating Agency the actions for which "
            "it is responsible.",
            "The {F} meets at Hillmorton Hospital, with Representatives able to join by Microsoft Teams.",
        ],
        "control_variant": 0,
        "system": "Microsoft Teams",
        "tikanga": tikanga_paras(
            "Te Puna Mauri o Waitaha",
            "offering every Māori person considered by the {F} the option of support from Te Puna Mauri o "
            "Waitaha, and involving whānau where the person wants them involved.",
            "A significant proportion of the people considered by the {F} are Māori."),
        "breach_contact": "The **Breach Contact** for the {F} is the Duty Manager, Mental Health and Addiction "
                          "Services, Health New Zealand | Te Whatu Ora Waitaha Canterbury, who can be reached at "
                          "mhas.dutymanager@tewhatuora.govt.nz or on 03 364 0480.",
        "rel_managers": [
            ["Health New Zealand | Te Whatu Ora", "Service Manager, Adult Community Mental Health, Waitaha"],
            ["New Zealand Police", "Mental Health Coordinator, Canterbury District"],
            ["Ministry of Social Development", "Regional Health and Disability Coordinator, Canterbury"],
            ["Kāinga Ora", "Area Manager, Christchurch"],
            ["Ōtautahi Peer Support Trust", "Operations Lead"],
            ["Te Puna Mauri o Waitaha", "Kaiwhakahaere"],
        ],
        "review": review_paras("every 24 months", "Health New Zealand | Te Whatu Ora", "30 September 2028"),
        "effective": "25 September 2026",
        "next_review": "30 September 2028",
        "endorse_cols": ["Participating Agency", "Name", "Designation", "Signature", "Date"],
        "signatories": [
            sig("Health New Zealand | Te Whatu Ora", "Dr Alastair Finch",
                "Group Manager, Mental Health and Addictions, Waitaha", "7 September 2026"),
            sig("New Zealand Police", "Superintendent Tony Brennan", "District Commander, Canterbury",
                "10 September 2026"),
            sig("Ministry of Social Development", "Daniel Ruawai", "Regional Commissioner, Canterbury",
                "15 September 2026"),
            sig("Kāinga Ora", "Louise Harcourt", "Regional Director, Canterbury", "18 September 2026"),
            sig("Ōtautahi Peer Support Trust", "Sam O'Connell", "Chief Executive", "22 September 2026"),
            sig("Te Puna Mauri o Waitaha", "Huia Tipene", "Tumu Whakarae", "25 September 2026"),
        ],
        "core_created": dt.datetime(2026, 4, 14, 9, 0, 0),
        "core_modified": dt.datetime(2026, 9, 28, 10, 15, 0),
    }


# --------------------------------------------------------------------------
# Legacy protocol (2017, typed numbering, superseded law)
# --------------------------------------------------------------------------

def legacy_sf():
    agencies = [
        ("Ministry of Social Development", "Convenes and chairs the {F}; Work and Income and Child, Youth and "
                                           "Family services."),
        ("New Zealand Police", "Advises on family violence and other Police involvement."),
        ("Ministry of Education", "Advises on enrolment, attendance and special education."),
        ("Southern District Health Board", "Advises on health service involvement, including Well Child and "
                                           "mental health services."),
        ("Housing New Zealand Corporation", "Advises on state housing tenancies."),
        ("Southland Family Support Trust", "Lead professional for many Strengthening Families plans; family "
                                           "support and social work."),
    ]
    hd = {
        "intro": "Introduction",
        "attending-agencies": "Parties to this Protocol",
        "meeting-purpose": "Purpose of the {F}",
        "sharing-purpose": "Purposes for which information is shared",
        "information-shared": "Information to be shared",
        "legal-authority": "Legal basis for sharing",
        "use-of-information": "Use of information",
        "transparency": "Informing families",
        "method-of-sharing": "How information is shared",
        "security-classification": "Security classification",
        "security-controls": "Security of information",
        "retention-disposal": "Retention and disposal",
        "breach-management": "Privacy breaches",
        "conflicts-of-interest": "Conflicts of interest",
        "relationship-management": "Relationship management",
        "review": "Review of this Protocol",
        "approval": "Signatures",
    }
    return {
        "manual_numbering": True,
        "omit": {"tikanga"},
        "headings": hd,
        "title": "Southland Strengthening Families Local Management Group",
        "subtitle": "Protocol for the Sharing of Information",
        "short_title": "Southland Strengthening Families LMG Protocol",
        "F": "LMG",
        "lead": "Ministry of Social Development",
        "classification": "IN-CONFIDENCE",
        "owner_unit": "Regional Office, Southern, Ministry of Social Development",
        "version": "2.0 (final)",
        "between_line": "Agreed between the Ministry of Social Development, New Zealand Police, the Ministry of "
                        "Education, Southern District Health Board, Housing New Zealand Corporation and "
                        "Southland Family Support Trust",
        "foreword": {
            "heading": "Foreword",
            "paras": [
                "Strengthening Families has operated in Southland for nearly twenty years. Its strength has always "
                "been that a family agrees to one plan, with one lead professional, instead of working with each "
                "agency separately.",
                "This revised Protocol replaces the 2013 version. It reflects the agencies now represented on the "
                "Local Management Group, and the way referrals and plans are now managed.",
                "I thank the members of the Local Management Group for their continued commitment to the families "
                "of Southland.",
            ],
            "name": "Graeme Rowley",
            "role": "Deputy Chief Executive, Service Delivery, Ministry of Social Development",
            "date": "February 2017",
        },
        "intro": [
            "The Southland Strengthening Families Local Management Group meets monthly to oversee Strengthening "
            "Families plans in Southland and to resolve issues that individual plans cannot. This Protocol "
            "records the arrangements agreed between its member agencies for the exchange of personal "
            "information at and for its meetings (the **LMG**).",
        ],
        "not_authority": "This Protocol does not itself authorise the disclosure of personal information. Each "
                         "disclosure must be permitted by law, and section {S_legal_authority} sets out the legal "
                         "basis relied on for each Exchange Purpose.",
        "agencies": [{"name": n, "role": r} for n, r in agencies],
        "objective": [
            "The purpose of the {F} is to make sure that families taking part in Strengthening Families receive "
            "coordinated services, and to resolve barriers that prevent agencies from delivering the services "
            "agreed in a family's plan.",
            "The {F} also monitors the operation of Strengthening Families in Southland and reports to the "
            "national Strengthening Families office.",
        ],
        "purposes": [
            ("Coordinated support", "to coordinate the services provided to a family that has agreed to take "
                                    "part in a Strengthening Families plan"),
            ("Care and protection", "to report and respond to concerns that a child or young person in the "
                                    "family has been, or is likely to be, harmed, ill-treated, abused or "
                                    "neglected"),
            ("Serious threat", "to prevent or lessen a serious and imminent threat to the life or health of a "
                               "family member or another person"),
        ],
        "info_rows": [
            ["Ministry of Social Development", "Benefit and hardship assistance; Child, Youth and Family "
                                               "involvement."],
            ["New Zealand Police", "Family violence and other relevant Police involvement with the family."],
            ["Ministry of Education", "Enrolment, attendance and special education involvement."],
            ["Southern District Health Board", "Health services involved with the family, where the family "
                                               "has agreed."],
            ["Housing New Zealand Corporation", "Tenancy status and issues affecting the tenancy."],
            ["Southland Family Support Trust", "Progress of the family's plan and barriers to services."],
        ],
        "authority_rows": [
            ([0], "Privacy Act 1993, s 6, principle 11(d); Health Information Privacy Code 1994, rule 11(1)(b)",
             "The family has signed the Strengthening Families consent form, which names the agencies on the "
             "{F}."),
            ([1], "Children, Young Persons, and Their Families Act 1989, ss 15 and 16",
             "Any person may report a concern to Child, Youth and Family or the Police. No civil, criminal or "
             "disciplinary proceedings lie against a person for a report made in good faith."),
            ([2], "Privacy Act 1993, s 6, principle 11(f); Health Information Privacy Code 1994, rule 11(2)(d)",
             "Belief on reasonable grounds that disclosure is necessary to prevent or lessen a serious and "
             "imminent threat to public health or safety, or to the life or health of an individual."),
        ],
        "transparency": [
            "Each family is told about the {F} by its lead professional before it signs the Strengthening "
            "Families consent form, including which agencies are members of the {F} and what information may be "
            "discussed.⟦fn:Privacy Act 1993, s 6, principle 3.⟧",
            "A family may withdraw its consent at any time. Information is then shared only where the law allows "
            "it without consent.",
            "Families may ask any member agency for access to, or correction of, information about them under "
            "principles 6 and 7 of the Privacy Act 1993.⟦fn:Privacy Act 1993, s 6, principles 6 and 7.⟧",
        ],
        "method": [
            "Information is shared through the {F} in the following ways:",
            "> the Ministry of Social Development sends members the agenda and any plans to be discussed by "
            "email, five working days before the meeting;",
            "> members share information verbally at the meeting; and",
            "> the minutes record only agreed actions and are sent to members by email.",
            "The {F} meets at the Work and Income office in Invercargill.",
        ],
        "control_override": {
            "training": "each Representative has completed their agency's privacy and security training",
            "approved-devices": "information is accessed and sent only from agency computers and phones",
            "virtual-meeting": None,
        },
        "controls_after": [],
        "retention_override": [
            "Member agencies retain information received through the {F} only where they need it to carry out "
            "an action agreed at the {F}, and store it in their own records systems.",
            "Information is kept only as long as it is needed and is disposed of in accordance with each "
            "agency's disposal schedule under the Public Records Act 2005.",
            "The Ministry of Social Development keeps the agendas and minutes of the {F}.",
        ],
        "breach_override": [
            "A member agency that becomes aware that information shared through the {F} has been lost, or "
            "accessed or disclosed without authority, tells the Privacy Officer, Ministry of Social "
            "Development, at privacy_officer@msd.govt.nz or on 04 916 3300, on the same day.",
            "The agencies involved work together to contain the breach and decide whether the family should be "
            "told. The agency responsible considers whether to notify the Privacy Commissioner.",
        ],
        "rel_managers": [
            ["Ministry of Social Development", "Regional Commissioner, Southern"],
            ["New Zealand Police", "Family Violence Coordinator, Southland"],
            ["Ministry of Education", "Manager, Special Education, Southland"],
            ["Southern District Health Board", "Child Health Services Manager"],
            ["Housing New Zealand Corporation", "Area Manager, Southland"],
            ["Southland Family Support Trust", "Manager"],
        ],
        "review": [
            "This Protocol will be reviewed three years after the date on which it is signed by all parties, or "
            "earlier if any party asks for a review.",
            "The Ministry of Social Development, as Lead Agency, will initiate the review.",
        ],
        "effective": "28 March 2017",
        "endorse_cols": ["Agency", "Name", "Position", "Signature", "Date"],
        "signatories": [
            sig("Ministry of Social Development", "Jan Robertson", "Regional Commissioner, Southern",
                "6 March 2017"),
            sig("New Zealand Police", "Inspector Mike Corrigan", "Area Commander, Southland", "9 March 2017"),
            sig("Ministry of Education", "Julie Anderson", "Manager, Education, Otago and Southland",
                "14 March 2017"),
            sig("Southern District Health Board", "Lisa Harvey", "Executive Director, Planning and Funding",
                "20 March 2017"),
            sig("Housing New Zealand Corporation", "Brent Sinclair", "Area Manager, Southland", "23 March 2017"),
            sig("Southland Family Support Trust", "Maree Tipa", "Manager", "28 March 2017"),
        ],
        "core_created": dt.datetime(2016, 11, 8, 9, 0, 0),
        "core_modified": dt.datetime(2017, 3, 29, 16, 45, 0),
        "core_author": "MSD Southern Regional Office",
        "core_revision": 11,
    }


# --------------------------------------------------------------------------
# Variants
# --------------------------------------------------------------------------

def finalize(spec):
    spec.setdefault("header_mark", spec["classification"])
    spec.setdefault("footer_mark", spec["classification"])
    spec["doc_info"] = doc_info(spec)
    if "custom_props" in spec:
        spec["custom_props"] = {"Classification": spec["classification"]}
    return spec


def v_d1_no_tikanga():
    s = base_hp()
    s["omit"] = {"tikanga"}
    return s


def v_d2_extra_purpose():
    s = base_sa()
    s["purposes"].append(
        ("Benefit obligations", "to confirm, when the Ministry of Social Development asks, whether a child is "
                                "enrolled at and attending school, so that the social obligations attached to a "
                                "parent's benefit can be checked"))
    s["info_rows"][3][1] = ("Whether the whānau receives assistance, and hardship assistance that could be "
                            "arranged, where the whānau has agreed; whether social obligations apply to a parent's "
                            "benefit.")
    s["core_modified"] = dt.datetime(2026, 6, 23, 9, 5, 0)
    return s


def v_d3_unsigned():
    s = base_ea()
    s["signatories"] = [x for x in s["signatories"] if x["agency"] != "Te Rōpū Hauora o te Awa"]
    s["effective"] = "18 November 2025"
    return s


def v_d4_no_designation():
    s = base_ri()
    for x in s["signatories"]:
        if x["agency"] == "Kāinga Ora":
            x["role"] = ""
    return s


def v_d5_seemail():
    s = base_mh()
    s["control_override"] = {
        "password-protection": "personal information is emailed only between agency email addresses, using "
                               "SEEMail or another channel on which TLS is enforced",
    }
    return s


def v_d6_no_breach_contact():
    s = base_fv()
    s["breach_override"] = [
        "A **Privacy Incident** is any loss of, or unauthorised access to, use, disclosure, alteration or "
        "destruction of, information exchanged through the {F}. It includes a near miss, such as an email "
        "addressed to the wrong recipient but recalled before it was opened.",
        "A Representative who becomes aware of a Privacy Incident reports it without delay to the Lead Agency "
        "and to their own agency's privacy officer.",
        "Each Participating Agency remains responsible for the information it holds and for meeting its own "
        "obligations under the Privacy Act 2020. The agency that held the information when the incident "
        "occurred assesses whether it is a notifiable privacy breach and, if it is, notifies the Privacy "
        "Commissioner (0800 803 909) and the people affected.⟦fn:Privacy Act 2020, ss 114 and 115.⟧",
        "The Participating Agencies involved work together to contain the incident and agree what the people "
        "affected will be told, when, and by whom.",
        "Privacy Incidents, and what was learned from them, are reported to the next meeting of the "
        "Relationship Managers.",
    ]
    return s


def v_d7_three_years():
    s = base_yj()
    s["review"] = review_paras("every three years", "Oranga Tamariki", "30 September 2028")
    s["next_review"] = "30 September 2028"
    return s


def v_d8_overdue():
    s = base_hp()
    s["review"] = review_paras("every 12 months", "The Ministry of Social Development", "30 August 2025")
    s["effective"] = "30 August 2024"
    s["next_review"] = "30 August 2025"
    s["foreword"]["date"] = "July 2024"
    s["signatories"] = [
        sig("Ministry of Social Development", "Ana Lemalu", "Regional Commissioner, Wellington", "12 August 2024"),
        sig("Kāinga Ora", "Craig Benfell", "Regional Director, Wellington", "14 August 2024"),
        sig("Health New Zealand | Te Whatu Ora", "Dr Priya Raman",
            "Group Manager, Community Services, Hutt Valley", "21 August 2024"),
        sig("Oranga Tamariki", "Stephen Pauga", "Regional Manager, Wellington", "26 August 2024"),
        sig("Hutt Valley Housing Trust", "Jo Whitfield", "Chief Executive", "30 August 2024"),
    ]
    s["core_created"] = dt.datetime(2024, 4, 8, 9, 0, 0)
    s["core_modified"] = dt.datetime(2024, 9, 2, 11, 0, 0)
    return s


def v_d9_unclassified():
    s = base_sa()
    s["classification"] = "UNCLASSIFIED"
    s["classification_paras"] = [
        "Information exchanged under this Protocol is classified **UNCLASSIFIED**.⟦fn:New Zealand Government "
        "Security Classification System, Protective Security Requirements.⟧ The Participating Agencies regard "
        "attendance information as routine school administration information that does not need a higher "
        "protective marking.",
        "Each Participating Agency nonetheless handles the information in line with its own privacy policies "
        "and the handling requirements in section {S_security_controls}.",
    ]
    return s


def v_d10_claims_authority():
    s = base_ea()
    s["claims_authority"] = (
        "This Protocol is the authority under which the Participating Agencies share personal information about "
        "the older people referred to the {F}. Once it is endorsed, each Participating Agency is authorised by "
        "this Protocol to disclose to the others the information described in section {S_information_shared}; "
        "section {S_legal_authority} records the statutory provisions that also apply.")
    return s


def v_d11_future_reference():
    s = base_fv()
    s["retention_extra"] = [
        "Representatives may also keep their own notes of Safety Table discussions on their agency's files for "
        "future reference, whether or not an action was allocated to their agency.",
    ]
    return s


# --------------------------------------------------------------------------
# Trap: deciding text only in content controls and a tracked insertion
# --------------------------------------------------------------------------

TRAP_AUTHOR = "Rachel Dunne"


def v_trap():
    s = base_mh()
    s["trap"] = True
    F = s["F"]

    def cls_para(b):
        p = b.para("Information exchanged under this Protocol is classified ", 1)
        b.sdt_dropdown(p, "Protective marking", "classification",
                       ["UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"], "IN-CONFIDENCE", 410001)
        b.add_runs(p, ".⟦fn:New Zealand Government Security Classification System, Protective Security "
                      "Requirements.⟧ Agendas, action records and emails that contain personal information carry "
                      "that marking.")

    s["classification_paras"] = [
        cls_para,
        "Each Participating Agency handles the information in accordance with the Protective Security "
        "Requirements for that classification. The non-government Participating Agencies have confirmed that "
        "they are able to receive and handle information at that classification.",
    ]

    def review_first(b):
        p = b.para("This Protocol is reviewed every ", 1)
        b.sdt_dropdown(p, "Review period", "reviewperiod", ["12 months", "18 months", "24 months"],
                       "24 months", 410002)
        b.add_runs(p, " from the date of the last endorsement in section 18, and earlier if the law, the "
                      f"membership of the {F} or the Exchange Purposes change.")
        b.tracked_insert(p, " Health New Zealand | Te Whatu Ora, as Lead Agency, initiates each review.",
                         TRAP_AUTHOR, "2026-09-03T10:14:00Z")

    rp = review_paras("every 24 months", "Health New Zealand | Te Whatu Ora", "30 September 2028")
    s["review"] = [review_first] + rp[2:-1]
    s["next_review"] = None

    def breach_para(b):
        p = b.para(f"The **Breach Contact** for the {F} is ", 1)
        b.sdt_text(p, "Breach contact", "breachcontact",
                   "the Duty Manager, Mental Health and Addiction Services, Health New Zealand | Te Whatu Ora "
                   "Waitaha Canterbury, mhas.dutymanager@tewhatuora.govt.nz, 03 364 0480", 410003)
        p.add_run(".")

    s["breach_contact"] = breach_para

    method = list(s["method"])

    def commented(b):
        p = b.para(f"The {F} meets at Hillmorton Hospital, with Representatives able to join by Microsoft "
                   "Teams.", 1)
        c = b.doc.add_comment(p.runs, text="Peer Support Trust confirmed by email on 3 September that TLS is "
                                           "enforced on its domain. OK to remove this comment before signing?",
                              author=TRAP_AUTHOR, initials="RD")
        c._comment_elm.set(qn("w:date"), "2026-09-03T10:20:00Z")

    method[-1] = commented
    s["method"] = method

    iso = {"7 September 2026": "2026-09-07", "10 September 2026": "2026-09-10",
           "15 September 2026": "2026-09-15", "18 September 2026": "2026-09-18",
           "22 September 2026": "2026-09-22", "25 September 2026": "2026-09-25"}
    for i, x in enumerate(s["signatories"]):
        shown = x["date"]

        def mk(shown=shown, i=i):
            return lambda b, p: b.sdt_date(p, "Date signed", "datesigned", iso[shown], shown, 410100 + i)
        x["date"] = mk()
    s["core_modified"] = dt.datetime(2026, 9, 28, 10, 15, 0)
    return s


# --------------------------------------------------------------------------
# Corpus and truth
# --------------------------------------------------------------------------

CORPUS = [
    ("clean-01-fv-safety-table.docx", base_fv, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Seven-agency family violence safety table, SENSITIVE (body, header, footer and custom property), "
                "four purposes mapped in the Statutory basis table (one row covers two purposes), breach contact "
                "in a sentence with role, agency, email and phone."}),
    ("clean-02-youth-panel.docx", base_yj, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Youth early intervention panel with a Minister's foreword; endorsement table uses "
                "Organisation/Signatory/Position columns; review every 24 months owned by Oranga Tamariki, "
                "first due 30 September 2027."}),
    ("clean-03-school-attendance.docx", base_sa, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "School attendance group with an NGO and a Whānau Ora provider; 12-month review due 30 June "
                "2027; NZ numeric signature dates; retention section contains a sentence forbidding "
                "just-in-case keeping (must not be reported)."}),
    ("clean-04-older-persons.docx", base_ea, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Elder abuse network led by Health New Zealand | Te Whatu Ora, three purposes with combined "
                "Privacy Act/HIPC/Family Violence Act authorities, review 'every two years', Agency/Name/"
                "Position endorsement columns."}),
    ("clean-05-reintegration.docx", base_ri, {
        "kind": "clean", "expect": [], "tolerate": [],
        "note": "Corrections-led reintegration panel; endorsement table without a signature column "
                "(Participating Agency/Name/Designation/Date); relationship managers meet twice a year (not a "
                "review period); negated just-in-case sentence in retention."}),
    ("defect-isp101-housing-no-tikanga.docx", v_d1_no_tikanga, {
        "kind": "defect",
        "expect": [{"rule": "ISP101", "data": {"section": "tikanga"}}],
        "tolerate": [],
        "note": "Housing case panel whose Part C goes straight from Handling requirements to Retention and "
                "destruction: there is no tikanga section anywhere."}),
    ("defect-isp301-attendance-benefit-purpose.docx", v_d2_extra_purpose, {
        "kind": "defect",
        "expect": [{"rule": "ISP301", "data_contains": {"purpose": "social obligations"}}],
        "tolerate": [],
        "note": "A fourth Exchange Purpose (benefit obligations checks, paragraph 4.1.4) was added to the "
                "rationale but the Statutory basis table still has rows for purposes 4.1.1 to 4.1.3 only."}),
    ("defect-isp703-older-persons-unsigned-provider.docx", v_d3_unsigned, {
        "kind": "defect",
        "expect": [{"rule": "ISP703", "data": {"agency": "Te Rōpū Hauora o te Awa"}}],
        "tolerate": [],
        "note": "Te Rōpū Hauora o te Awa is a Participating Agency (section 2 table, relationship managers) "
                "but has no row in the Endorsement table."}),
    ("defect-isp702-reintegration-no-designation.docx", v_d4_no_designation, {
        "kind": "defect",
        "expect": [{"rule": "ISP702", "data": {"agency": "Kāinga Ora", "missing": ["role"]}}],
        "tolerate": [],
        "note": "The Kāinga Ora row of the Endorsement table gives the signatory's name and date but the "
                "Designation cell is empty."}),
    ("defect-isp451-mental-health-seemail-only.docx", v_d5_seemail, {
        "kind": "defect",
        "expect": [{"rule": "ISP451", "data": {"control": "password-protection"}}],
        "tolerate": [],
        "note": "Handling requirements replace the password-protected attachment control with 'emailed only "
                "... using SEEMail or another channel on which TLS is enforced'; nothing protects attachments."}),
    ("defect-isp501-fv-no-breach-contact.docx", v_d6_no_breach_contact, {
        "kind": "defect",
        "expect": [{"rule": "ISP501"}],
        "tolerate": [],
        "note": "Incident response tells Representatives to report to 'the Lead Agency' and gives only the "
                "Privacy Commissioner's 0800 number; no designated person or role with contact details."}),
    ("defect-isp602-youth-three-year-review.docx", v_d7_three_years, {
        "kind": "defect",
        "expect": [{"rule": "ISP602", "data": {"months": 36}}],
        "tolerate": [],
        "note": "Assurance and refresh section: 'reviewed every three years'; signed September 2025 so not "
                "yet overdue (first review 30 September 2028)."}),
    ("defect-isp604-housing-review-overdue.docx", v_d8_overdue, {
        "kind": "defect",
        "expect": [{"rule": "ISP604", "data": {"due": "2025-08-30"}}],
        "tolerate": [],
        "note": "Endorsed 12-30 August 2024 with a 12-month review; the review section and document table "
                "state the first review is due by 30 August 2025, which has passed."}),
    ("defect-isp402-attendance-unclassified.docx", v_d9_unclassified, {
        "kind": "defect",
        "expect": [{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}],
        "tolerate": [],
        "note": "Protective marking section, document table, header and footer all say UNCLASSIFIED for "
                "personal information about students and whānau."}),
    ("defect-isp305-older-persons-protocol-authorises.docx", v_d10_claims_authority, {
        "kind": "defect",
        "expect": [{"rule": "ISP305"}],
        "tolerate": [],
        "note": "Paragraph 1.2 says the Protocol is the authority under which agencies share and that each "
                "agency 'is authorised by this Protocol to disclose'."}),
    ("defect-isp801-fv-notes-future-reference.docx", v_d11_future_reference, {
        "kind": "defect",
        "expect": [{"rule": "ISP801"}],
        "tolerate": [],
        "note": "Retention and destruction lets Representatives keep their own notes of discussions on agency "
                "files 'for future reference', whether or not their agency has an action."}),
    ("legacy-01-strengthening-families-2017.docx", legacy_sf, {
        "kind": "legacy",
        "expect": [
            {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993", "replacement": "2020"}},
            {"rule": "ISP303", "data_contains": {"authority": "Young Persons", "replacement": "Oranga Tamariki"}},
            {"rule": "ISP303", "data_contains": {"authority": "Code 1994", "replacement": "2020"}},
            {"rule": "ISP101", "data": {"section": "tikanga"}},
            {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
            {"rule": "ISP602", "data": {"months": 36}},
            {"rule": "ISP604", "data": {"due": "2020-03-28"}},
        ],
        "tolerate": ["ISP302"],
        "note": "2017 protocol with typed numbering and bold capitals headings: cites the Privacy Act 1993, "
                "HIPC 1994 and the CYPF Act, has no tikanga section, no virtual-meeting control, and a "
                "three-year review from the last signature (28 March 2017), so overdue since 28 March 2020."}),
    ("trap-01-mental-health-controls-and-tracked.docx", v_trap, {
        "kind": "trap",
        "expect": [{"rule": "ISP202", "data": {"count": 1}}, {"rule": "ISP203", "data": {"count": 1}}],
        "tolerate": [],
        "note": "Otherwise clean: the body's classification (10.1) and review period (17.1) are only in filled "
                "drop-down content controls, the breach contact (14.3) only in a filled plain-text control, "
                "signature dates in date pickers, and the review owner only in a tracked insertion at the end of "
                "17.1; one comment remains on paragraph 9.2 of the Means of exchange."}),
]


def main():
    truth = {
        "as_of": AS_OF,
        "style": "Central-government policy-unit document: Minister's or DCE's foreword, Parts A-D, auto-numbered "
                 "1/1.1/1.1.1 paragraphs under renamed section headings, bold defined terms, footnotes citing "
                 "legislation, endorsement table at the end.",
        "files": {},
    }
    for name, fn, t in CORPUS:
        spec = finalize(fn())
        render(spec, OUT / name)
        truth["files"][name] = t
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"built {len(CORPUS)} documents in {OUT}")


if __name__ == "__main__":
    main()
