"""DocBuilder: write realistic, deterministic Word documents for samples and tests.

Built on python-docx; where python-docx cannot write what Word writes (content
controls, tracked changes, text boxes, footnotes, TOC fields, custom
properties) the markup is written as raw OOXML in the shape Word itself uses.

Every method returns the python-docx object it created (paragraph, table,
section ...) so callers can keep adding to it.  ``save`` and ``to_bytes``
produce byte-identical output for identical input: core properties, comment
and revision dates are fixed, no rsids are generated, and the zip is rewritten
with fixed timestamps in a stable member order.

    b = DocBuilder(title="Family Violence Safety Meeting ISP", author="NZ Police")
    b.heading("Security classification")
    p = b.para("Information shared at the meeting is classified ")
    b.dropdown(["IN-CONFIDENCE", "SENSITIVE"], selected="IN-CONFIDENCE", paragraph=p)
    b.save("example.docx")
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from typing import Iterable, Sequence
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

__all__ = ["DocBuilder", "FIXED_DATE"]

FIXED_DATE = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"

PLACEHOLDER_DROPDOWN = "Choose an item."
PLACEHOLDER_TEXT = "Click or tap here to enter text."
PLACEHOLDER_DATE = "Click or tap to enter a date."
# Word's built-in building blocks for content-control placeholder text.
DOCPART_DEFAULT = "DefaultPlaceholder_-1854013440"  # text
DOCPART_DROPDOWN = "DefaultPlaceholder_-1854013438"
DOCPART_DATE = "DefaultPlaceholder_-1854013437"

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _w(tag: str) -> str:
    return qn(tag)


def _t(text: str, tag: str = "w:t") -> str:
    """A ``w:t``/``w:delText``/``w:instrText`` element, preserving spaces."""
    return f'<{tag} xml:space="preserve">{escape(text)}</{tag}>'


def _iso(when: dt.datetime | dt.date | str | None, default: dt.datetime) -> str:
    if when is None:
        when = default
    if isinstance(when, str):
        return when
    if not isinstance(when, dt.datetime):
        when = dt.datetime(when.year, when.month, when.day)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _display_date(value: dt.date) -> str:
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


class DocBuilder:
    """Builds one .docx.  ``.doc`` is the underlying python-docx Document."""

    def __init__(self, title: str | None = None, author: str | None = None,
                 created: dt.datetime | None = None, modified: dt.datetime | None = None,
                 revision: int = 1):
        self.doc = Document()
        self._ids = 0  # sdt ids, revision ids, drawing ids: all derived from this counter
        self._footnotes = None  # the footnotes part's root element, once created
        self._custom = None  # the custom.xml part's root element, once created
        cp = self.doc.core_properties
        cp.title = title or ""
        cp.author = author or ""
        cp.last_modified_by = author or ""
        cp.comments = ""
        cp.subject = ""
        cp.keywords = ""
        cp.category = ""
        cp.revision = revision
        cp.created = created or FIXED_DATE
        cp.modified = modified or created or FIXED_DATE
        for el in self.doc.element.body.iter():  # the template's sectPr carries rsids
            for name in [a for a in el.attrib if a.startswith(qn("w:rsid"))]:
                del el.attrib[name]
        sec = self.doc.sections[0]  # A4 with 2.54 cm margins, as NZ agencies use
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Twips(1440)

    # ------------------------------------------------------------------ ids
    def _next_id(self) -> int:
        self._ids += 1
        return self._ids

    def _sdt_id(self) -> int:
        """A signed 32-bit id that looks like Word's but is deterministic."""
        n = self._next_id()
        h = int(hashlib.sha1(f"sdt-{n}".encode()).hexdigest()[:8], 16)
        return h - 2**31

    # --------------------------------------------------------------- styles
    def _style(self, name: str, kind=WD_STYLE_TYPE.PARAGRAPH, style_id: str | None = None):
        """Return the named style, creating it (based on Normal) when absent."""
        styles = self.doc.styles
        for s in styles:
            if s.name == name and s.type == kind:
                return s
        style = styles.add_style(name, kind)
        if style_id:
            style.element.styleId = style_id
        if kind == WD_STYLE_TYPE.PARAGRAPH:
            style.base_style = styles["Normal"]
        return style

    def _placeholder_style(self):
        style = self._style("Placeholder Text", WD_STYLE_TYPE.CHARACTER, "PlaceholderText")
        style.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        style.hidden = False
        return style

    # ------------------------------------------------------------- body helpers
    def _body_append(self, element):
        body = self.doc.element.body
        sect = body.sectPr
        if sect is not None:
            sect.addprevious(element)
        else:
            body.append(element)
        return element

    # ------------------------------------------------------------- headings
    def heading(self, text: str, level: int = 1) -> Paragraph:
        """A paragraph in the built-in "Heading N" style (level 0 = Title)."""
        return self.doc.add_heading(text, level)

    def styled_heading(self, text: str, style_name: str, outline_level: int = 0,
                       size: int = 14) -> Paragraph:
        """A heading in a custom or localised paragraph style (not "Heading N") whose
        style definition carries ``w:outlineLvl`` (0 = level 1)."""
        # Word drops non-ASCII letters from style ids ("Überschrift 1" -> "berschrift1").
        style_id = "".join(ch for ch in style_name if ch.isascii() and ch.isalnum()) or "Heading"
        style = self._style(style_name, WD_STYLE_TYPE.PARAGRAPH, style_id)
        if style.element.find(_w("w:pPr")) is None or style.element.pPr.find(_w("w:outlineLvl")) is None:
            style.font.bold = True
            style.font.size = Pt(size)
            pPr = style.element.get_or_add_pPr()
            pPr.append(parse_xml(f'<w:keepNext {nsdecls("w")}/>'))
            pPr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{outline_level}"/>'))
            style.element.append(parse_xml(f'<w:qFormat {nsdecls("w")}/>'))
            # w:qFormat must precede pPr/rPr in CT_Style: move it into place.
            q = style.element[-1]
            style.element.pPr.addprevious(q)
        return self.doc.add_paragraph(text, style=style)

    def bold_heading(self, text: str) -> Paragraph:
        """A Normal paragraph whose runs are all bold, e.g. "4. Legal authority to share"."""
        p = self.doc.add_paragraph()
        p.add_run(text).bold = True
        return p

    def caps_heading(self, text: str, caps_property: bool = False) -> Paragraph:
        """A bold Normal paragraph in capitals: typed in upper case, or (with
        ``caps_property``) typed in mixed case and shown in capitals by ``w:caps``."""
        p = self.doc.add_paragraph()
        run = p.add_run(text if caps_property else text.upper())
        run.bold = True
        if caps_property:
            run.font.all_caps = True
        return p

    # ------------------------------------------------------------ paragraphs
    def para(self, text: str = "", style: str | None = None, bold: bool = False,
             italic: bool = False) -> Paragraph:
        p = self.doc.add_paragraph(style=style)
        if text:
            run = p.add_run(text)
            if bold:
                run.bold = True
            if italic:
                run.italic = True
        return p

    def _restart_numbering(self, style_name: str) -> int:
        """A new w:num over the style's abstract numbering, restarting at 1."""
        style = self.doc.styles[style_name]
        num_id = int(style.element.pPr.numPr.numId.val)
        numbering = self.doc.part.numbering_part.element
        abstract_id = numbering.num_having_numId(num_id).abstractNumId.val
        num = numbering.add_num(abstract_id)
        override = num.add_lvlOverride(ilvl=0)
        override.add_startOverride(1)
        return num.numId

    def bullets(self, items: Iterable[str], numbered: bool = False, level: int = 0,
                restart: bool = True) -> list[Paragraph]:
        """Real list paragraphs ("List Bullet"/"List Number", "... 2" for level 1).
        A numbered list restarts at 1 unless ``restart`` is False."""
        base = "List Number" if numbered else "List Bullet"
        style = base if level == 0 else f"{base} {level + 1}"
        num_id = self._restart_numbering(style) if numbered and restart else None
        out = []
        for item in items:
            p = self.doc.add_paragraph(item, style=style)
            if num_id is not None:
                numPr = p._p.get_or_add_pPr().get_or_add_numPr()
                numPr.get_or_add_ilvl().val = 0
                numPr.get_or_add_numId().val = num_id
            out.append(p)
        return out

    def page_break(self) -> Paragraph:
        return self.doc.add_page_break()

    # ---------------------------------------------------------------- tables
    @staticmethod
    def _fill_cell(cell: _Cell, value, bold: bool = False) -> None:
        """Cell text: a string (newlines become separate paragraphs) or a list of
        strings (one paragraph each)."""
        lines = value if isinstance(value, (list, tuple)) else str(value if value is not None else "").split("\n")
        first = cell.paragraphs[0]
        for i, line in enumerate(lines):
            p = first if i == 0 else cell.add_paragraph()
            if line:
                p.add_run(line).bold = bold or None

    def table(self, rows: Sequence[Sequence], header: bool = True, style: str | None = "Table Grid",
              merges: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
              widths: Sequence[float] | None = None, container=None) -> Table:
        """A table; with ``header`` the first row is bold and repeats across pages.
        ``merges`` lists ((r1, c1), (r2, c2)) ranges merged with python-docx
        ``cell.merge`` (give "" for the cells that get covered)."""
        ncols = max(len(r) for r in rows)
        target = container if container is not None else self.doc
        if isinstance(target, _Cell):
            table = target.add_table(rows=len(rows), cols=ncols)
        else:
            table = target.add_table(rows=len(rows), cols=ncols)
        if style:
            table.style = self.doc.styles[style]
        for r, row in enumerate(rows):
            for c in range(ncols):
                value = row[c] if c < len(row) else ""
                self._fill_cell(table.cell(r, c), value, bold=header and r == 0)
        if header:
            trPr = table.rows[0]._tr.get_or_add_trPr()
            trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        if widths:
            from docx.shared import Cm
            for row in table.rows:
                for c, width in enumerate(widths):
                    if c < len(row.cells):
                        row.cells[c].width = Cm(width)
        for (r1, c1), (r2, c2) in merges:
            table.cell(r1, c1).merge(table.cell(r2, c2))
        return table

    def form_table(self, pairs: Sequence[tuple[str, object]], style: str | None = "Table Grid") -> Table:
        """A two-column label | value table (labels bold), the layout many agency
        templates use instead of headings.  A value may be a string or a list of
        paragraphs; use ``table.cell(i, 1).paragraphs[0]`` to put controls in it."""
        table = self.table([[label, value] for label, value in pairs], header=False, style=style,
                           widths=(5.0, 11.0))
        for r in range(len(pairs)):
            for run in table.cell(r, 0).paragraphs[0].runs:
                run.bold = True
        return table

    def nested_table(self, cell: _Cell, rows: Sequence[Sequence], header: bool = True) -> Table:
        """A table inside a table cell (python-docx keeps the trailing paragraph Word needs)."""
        return self.table(rows, header=header, container=cell)

    # ------------------------------------------------------- content controls
    def _sdt_xml(self, pr_inner: str, content: str, alias: str | None, tag: str | None,
                 placeholder: bool, docpart: str | None) -> str:
        parts = [f'<w:sdt {nsdecls("w")} xmlns:w14="{W14_NS}"><w:sdtPr>']
        if alias is not None:
            parts.append(f'<w:alias w:val="{escape(alias, {chr(34): "&quot;"})}"/>')
        if tag is not None:
            parts.append(f'<w:tag w:val="{escape(tag, {chr(34): "&quot;"})}"/>')
        parts.append(f'<w:id w:val="{self._sdt_id()}"/>')
        if docpart:
            parts.append(f'<w:placeholder><w:docPart w:val="{docpart}"/></w:placeholder>')
        if placeholder:
            parts.append("<w:showingPlcHdr/>")
        parts.append(pr_inner)
        parts.append("</w:sdtPr>")
        parts.append(f"<w:sdtContent>{content}</w:sdtContent></w:sdt>")
        return "".join(parts)

    @staticmethod
    def _run_xml(text: str, placeholder: bool, rpr_extra: str = "") -> str:
        rpr = ('<w:rStyle w:val="PlaceholderText"/>' if placeholder else "") + rpr_extra
        rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        return f"<w:r>{rpr}{_t(text)}</w:r>"

    def _place(self, sdt_xml: str, paragraph: Paragraph | None, block: bool):
        """Put an sdt inline at the end of ``paragraph`` (or of a new paragraph), or
        as a block-level control (wrapping ``paragraph`` if given, else at the end of
        the body).  Returns the paragraph holding the text."""
        sdt = parse_xml(sdt_xml)
        if not block:
            if paragraph is None:
                paragraph = self.doc.add_paragraph()
            paragraph._p.append(sdt)
            return paragraph
        content = sdt.find(_w("w:sdtContent"))
        inner_run = content[0]
        if paragraph is None:
            paragraph = self.doc.add_paragraph()
            paragraph._p.append(inner_run)
        else:
            paragraph._p.append(inner_run)
        paragraph._p.addprevious(sdt)
        content.append(paragraph._p)
        return paragraph

    def dropdown(self, choices: Sequence[str], selected: str | None = None,
                 paragraph: Paragraph | None = None, tag: str | None = None,
                 alias: str | None = None, block: bool = False,
                 blank_item: bool = True) -> Paragraph:
        """A drop-down list content control.  Unselected, it shows Word's placeholder
        "Choose an item." (``w:showingPlcHdr``, run style PlaceholderText).  Like Word,
        the list starts with a "Choose an item." item with an empty value unless
        ``blank_item`` is False."""
        if selected is not None and selected not in choices:
            raise ValueError(f"{selected!r} is not one of the choices")
        items = []
        if blank_item:
            items.append(f'<w:listItem w:displayText="{PLACEHOLDER_DROPDOWN}" w:value=""/>')
        for c in choices:
            v = escape(c, {'"': "&quot;"})
            items.append(f'<w:listItem w:displayText="{v}" w:value="{v}"/>')
        pr = f"<w:dropDownList>{''.join(items)}</w:dropDownList>"
        placeholder = selected is None
        text = PLACEHOLDER_DROPDOWN if placeholder else selected
        if placeholder:
            self._placeholder_style()
        xml = self._sdt_xml(pr, self._run_xml(text, placeholder), alias, tag, placeholder, DOCPART_DROPDOWN)
        return self._place(xml, paragraph, block)

    def text_control(self, value: str | None = None, paragraph: Paragraph | None = None,
                     block: bool = False, tag: str | None = None, alias: str | None = None,
                     placeholder_text: str = PLACEHOLDER_TEXT, rich: bool = False) -> Paragraph:
        """A plain-text (or, with ``rich``, rich-text) content control; ``value`` None
        leaves it showing "Click or tap here to enter text."."""
        placeholder = value is None
        text = placeholder_text if placeholder else value
        if placeholder:
            self._placeholder_style()
        pr = "" if rich else "<w:text/>"
        xml = self._sdt_xml(pr, self._run_xml(text, placeholder), alias, tag, placeholder, DOCPART_DEFAULT)
        return self._place(xml, paragraph, block)

    def date_control(self, value: dt.date | None = None, paragraph: Paragraph | None = None,
                     tag: str | None = None, alias: str | None = None, block: bool = False,
                     date_format: str = "d MMMM yyyy") -> Paragraph:
        """A date picker content control ("Click or tap to enter a date." when empty);
        shows dates as "1 March 2026" (en-NZ)."""
        placeholder = value is None
        full = "" if placeholder else f' w:fullDate="{value.strftime("%Y-%m-%d")}T00:00:00Z"'
        pr = (f"<w:date{full}><w:dateFormat w:val=\"{date_format}\"/><w:lid w:val=\"en-NZ\"/>"
              '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        text = PLACEHOLDER_DATE if placeholder else _display_date(value)
        if placeholder:
            self._placeholder_style()
        xml = self._sdt_xml(pr, self._run_xml(text, placeholder), alias, tag, placeholder, DOCPART_DATE)
        return self._place(xml, paragraph, block)

    def checkbox(self, checked: bool = False, paragraph: Paragraph | None = None,
                 tag: str | None = None, alias: str | None = None, label: str | None = None) -> Paragraph:
        """A Word 2010 check box content control (``w14:checkbox``) showing ☒ or ☐,
        followed by ``label`` text if given."""
        pr = (f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
              '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
              '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
        font = '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
        xml = self._sdt_xml(pr, self._run_xml("☒" if checked else "☐", False, font), alias, tag, False, None)
        p = self._place(xml, paragraph, False)
        if label:
            p.add_run(" " + label)
        return p

    # ------------------------------------------------------- tracked changes
    def _rev_attrs(self, author: str, date) -> str:
        rid = 1000 + self._next_id()
        return f'w:id="{rid}" w:author="{escape(author, {chr(34): "&quot;"})}" w:date="{_iso(date, FIXED_DATE)}"'

    def tracked(self, paragraph: Paragraph, inserted: str | None = None, deleted: str | None = None,
                author: str = "Reviewer", date: dt.datetime | str | None = None) -> Paragraph:
        """Append an unresolved tracked deletion (``w:del``/``w:delText``) and/or
        insertion (``w:ins``) to the end of ``paragraph``."""
        if deleted:
            paragraph._p.append(parse_xml(
                f'<w:del {nsdecls("w")} {self._rev_attrs(author, date)}><w:r>{_t(deleted, "w:delText")}</w:r></w:del>'))
        if inserted:
            paragraph._p.append(parse_xml(
                f'<w:ins {nsdecls("w")} {self._rev_attrs(author, date)}><w:r>{_t(inserted)}</w:r></w:ins>'))
        return paragraph

    def tracked_paragraph_insert(self, text: str, author: str = "Reviewer",
                                 date: dt.datetime | str | None = None, style: str | None = None) -> Paragraph:
        """A whole new paragraph inserted with track changes on (its run and its
        paragraph mark are both marked inserted)."""
        p = self.doc.add_paragraph(style=style)
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:ins {self._rev_attrs(author, date)}/></w:rPr>'))
        p._p.append(parse_xml(f'<w:ins {nsdecls("w")} {self._rev_attrs(author, date)}><w:r>{_t(text)}</w:r></w:ins>'))
        return p

    def tracked_paragraph_delete(self, text: str, author: str = "Reviewer",
                                 date: dt.datetime | str | None = None, style: str | None = None) -> Paragraph:
        """A whole paragraph deleted with track changes on (still in the file)."""
        p = self.doc.add_paragraph(style=style)
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del {self._rev_attrs(author, date)}/></w:rPr>'))
        p._p.append(parse_xml(
            f'<w:del {nsdecls("w")} {self._rev_attrs(author, date)}><w:r>{_t(text, "w:delText")}</w:r></w:del>'))
        return p

    # --------------------------------------------------------------- comments
    def comment(self, paragraph: Paragraph, text: str, author: str = "Reviewer",
                initials: str | None = None, date: dt.datetime | None = None):
        """A comment anchored to all of ``paragraph``'s runs (python-docx
        ``Document.add_comment``), with a fixed date.  Returns the Comment."""
        runs = paragraph.runs or [paragraph.add_run("")]
        if initials is None:
            initials = "".join(w[0] for w in author.split() if w[:1].isalpha()).upper()
        comment = self.doc.add_comment(runs, text=text, author=author, initials=initials)
        comment._comment_elm.date = date or FIXED_DATE
        return comment

    # ------------------------------------------------------ headers/footers
    def _hf(self, kind: str, text: str, section: int, which: str, align: str):
        sec = self.doc.sections[section]
        if which == "first":
            sec.different_first_page_header_footer = True
        elif which == "even":
            self.doc.settings.odd_and_even_pages_header_footer = True
        attr = {"primary": kind, "first": f"first_page_{kind}", "even": f"even_page_{kind}"}[which]
        hf = getattr(sec, attr)
        hf.is_linked_to_previous = False
        p = hf.paragraphs[0]
        if p.text:
            p = hf.add_paragraph()
        p.add_run(text)
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                       "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        return p

    def header(self, text: str, section: int = 0, which: str = "primary", align: str = "center") -> Paragraph:
        """Header text for a section; ``which`` is primary, first (first page) or even."""
        return self._hf("header", text, section, which, align)

    def footer(self, text: str, section: int = 0, which: str = "primary", align: str = "center") -> Paragraph:
        return self._hf("footer", text, section, which, align)

    # --------------------------------------------------------------- text box
    def textbox(self, text: str | Sequence[str], paragraph: Paragraph | None = None,
                width_pt: int = 450, height_pt: int = 60) -> Paragraph:
        """A text box anchored in ``paragraph`` (or a new one), written as Word
        writes it: ``mc:AlternateContent`` with a DrawingML ``wps:txbx`` choice and
        a VML ``v:textbox`` fallback; both hold the same ``w:txbxContent``."""
        lines = [text] if isinstance(text, str) else list(text)
        content = "".join(f"<w:p><w:r>{_t(line)}</w:r></w:p>" for line in lines)
        n = self._next_id()
        cx, cy = width_pt * 12700, height_pt * 12700
        xml = f"""<w:r {nsdecls('w')}
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:w10="urn:schemas-microsoft-com:office:word"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic><wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH><wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Text Box {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{width_pt}pt;height:{height_pt}pt;z-index:{n};visibility:visible;mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:absolute;mso-position-horizontal-relative:text;mso-position-vertical:absolute;mso-position-vertical-relative:text;mso-width-percent:0;mso-height-percent:0;mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top"><v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{content}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
        if paragraph is None:
            paragraph = self.doc.add_paragraph()
        paragraph._p.append(parse_xml(xml))
        return paragraph

    # -------------------------------------------------------------- footnotes
    def _footnotes_root(self):
        if self._footnotes is not None:
            return self._footnotes
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        root = parse_xml(f'<w:footnotes {nsdecls("w", "r")}>{sep}</w:footnotes>')
        part = XmlPart(PackURI("/word/footnotes.xml"), CT_FOOTNOTES, root, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        # Word also lists the separators in settings (w:footnotePr precedes w:compat).
        settings = self.doc.settings.element
        fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
        compat = settings.find(_w("w:compat"))
        if compat is not None:
            compat.addprevious(fpr)
        else:
            settings.append(fpr)
        text_style = self._style("footnote text", WD_STYLE_TYPE.PARAGRAPH, "FootnoteText")
        text_style.font.size = Pt(10)
        ref_style = self._style("footnote reference", WD_STYLE_TYPE.CHARACTER, "FootnoteReference")
        ref_style.font.superscript = True
        self._footnotes = root
        return root

    def footnote(self, paragraph: Paragraph, text: str) -> Paragraph:
        """A footnote: a ``w:footnoteReference`` run at the end of ``paragraph`` and
        the note in word/footnotes.xml (created with Word's separator notes -1 and 0).
        Returns ``paragraph``."""
        root = self._footnotes_root()
        fid = len(root.findall(_w("w:footnote"))) - 1
        root.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r>{_t(" " + text)}</w:r></w:p></w:footnote>'))
        paragraph._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return paragraph

    # ------------------------------------------------------ custom properties
    def custom_property(self, name: str, value) -> None:
        """A custom document property (docProps/custom.xml, related from the package)."""
        if self._custom is None:
            root = parse_xml(f'<Properties xmlns="{CUSTOM_NS}" xmlns:vt="{VT_NS}"/>')
            package = self.doc.part.package
            part = XmlPart(PackURI("/docProps/custom.xml"), CT_CUSTOM, root, package)
            package.relate_to(part, RT.CUSTOM_PROPERTIES)
            self._custom = root
        root = self._custom
        pid = len(root) + 2  # Word numbers custom properties from 2
        if isinstance(value, bool):
            v = f"<vt:bool>{'true' if value else 'false'}</vt:bool>"
        elif isinstance(value, int):
            v = f"<vt:i4>{value}</vt:i4>"
        elif isinstance(value, dt.date):
            v = f"<vt:filetime>{_iso(value, FIXED_DATE)}</vt:filetime>"
        else:
            v = f"<vt:lpwstr>{escape(str(value))}</vt:lpwstr>"
        root.append(parse_xml(
            f'<property xmlns="{CUSTOM_NS}" xmlns:vt="{VT_NS}" fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" '
            f'pid="{pid}" name="{escape(name, {chr(34): "&quot;"})}">{v}</property>'))

    # -------------------------------------------------------------------- TOC
    def toc(self, entries: Sequence[tuple], heading: str | None = "Contents") -> list[Paragraph]:
        """A table of contents as Word writes it: a TOC field (begin, instruction
        `` TOC \\o "1-3" \\h \\z \\u ``, separate) whose result is one paragraph per
        entry in style "toc 1"/"toc 2" (styleIds TOC1/TOC2), each a hyperlink with a
        nested PAGEREF field, and the field end in a paragraph of its own.
        ``entries`` are (text, level) or (text, level, page)."""
        out = []
        if heading:
            style = self._style("TOC Heading")
            out.append(self.doc.add_paragraph(heading, style=style))
        for lvl in sorted({e[1] for e in entries}):
            s = self._style(f"toc {lvl}", WD_STYLE_TYPE.PARAGRAPH, f"TOC{lvl}")
            if s.element.pPr is None or s.element.pPr.find(_w("w:tabs")) is None:
                pPr = s.element.get_or_add_pPr()
                pPr.append(parse_xml(f'<w:tabs {nsdecls("w")}><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>'))
                s.paragraph_format.space_after = Pt(5)
                if lvl > 1:
                    s.paragraph_format.left_indent = Pt(11 * (lvl - 1))
        for i, entry in enumerate(entries):
            text, lvl = entry[0], entry[1]
            page = entry[2] if len(entry) > 2 else i + 2
            bookmark = f"_Toc{150000000 + self._next_id()}"
            p = self.doc.add_paragraph(style=self._style(f"toc {lvl}", WD_STYLE_TYPE.PARAGRAPH))
            xml = []
            if i == 0:
                xml.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                           f'<w:r>{_t(" TOC " + chr(92) + "o " + chr(34) + "1-3" + chr(34) + " " + chr(92) + "h " + chr(92) + "z " + chr(92) + "u ", "w:instrText")}</w:r>'
                           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            xml.append(f'<w:hyperlink w:anchor="{bookmark}" w:history="1">'
                       f'<w:r>{_t(text)}</w:r><w:r><w:tab/></w:r>'
                       '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                       f'<w:r>{_t(f" PAGEREF {bookmark} " + chr(92) + "h ", "w:instrText")}</w:r>'
                       '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                       f'<w:r>{_t(str(page))}</w:r>'
                       '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>')
            for el in parse_xml(f'<w:x {nsdecls("w")}>{"".join(xml)}</w:x>'):
                p._p.append(el)
            out.append(p)
        end = self.doc.add_paragraph()
        end._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
        out.append(end)
        return out

    # --------------------------------------------------------------- sections
    def landscape_section(self):
        """Start a new section (on a new page) in landscape; returns the Section."""
        return self._new_section(landscape=True)

    def portrait_section(self):
        """Start a new section (on a new page) back in portrait; returns the Section."""
        return self._new_section(landscape=False)

    def _new_section(self, landscape: bool):
        prev = self.doc.sections[-1]
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        w, h = prev.page_width, prev.page_height
        short, long_ = min(w, h), max(w, h)
        sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = (long_, short) if landscape else (short, long_)
        return sec

    # ------------------------------------------------------------------- save
    def to_bytes(self) -> bytes:
        """The .docx as bytes, identical for identical input."""
        raw = io.BytesIO()
        self.doc.save(raw)
        src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
        names = src.namelist()
        # [Content_Types].xml first (as Word writes it), then the rest as saved.
        names.sort(key=lambda n: (n != "[Content_Types].xml",))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for name in names:
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 0
                info.external_attr = 0
                dst.writestr(info, src.read(name), compresslevel=6)
        return out.getvalue()

    def save(self, path) -> None:
        data = self.to_bytes()
        with open(path, "wb") as f:
            f.write(data)
